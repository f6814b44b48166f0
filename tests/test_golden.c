/*
 * test_golden.c — the golden files: each input in tests/golden/ (and the
 * seed in corpus/) parses to exactly the tree written beside it in
 * <input>.tree (format: tests/support/tree_dump.h). The .tree files are the
 * spec; read them. CSQ_UPDATE_GOLDEN=1 rewrites them from the current code
 * (then review the diff by hand).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "tree_dump.h"

static const char *const INPUTS[] = {
    "corpus/資通安全管理法施行細則.txt", /* the seed, wrapped PDF text */
    "tests/golden/structure.json",       /* official JSON: every structure */
    "tests/golden/dump.json",            /* the whole-dump shape, two laws */
    "tests/golden/lines.md",             /* one paragraph per line + header */
    "tests/golden/wrapped.txt",          /* wrapped text: 但書, page breaks */
};

static char *dump_file(const char *path) {
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  if (csq_corpus_add_file(c, path, &err) != CSQ_OK) {
    char buf[1024];
    fail_msg("%s", csq_error_format(&err, buf, sizeof buf));
  }
  char *all = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&all, &size);
  for (size_t i = 0; i < csq_corpus_law_count(c); i++) {
    char *d = csq_test_dump_law(csq_corpus_law_at(c, i));
    assert_non_null(d);
    fputs(d, out);
    free(d);
  }
  fclose(out);
  csq_corpus_free(c);
  return all;
}

static void check_one(const char *input) {
  char path[4096], golden[4200];
  snprintf(path, sizeof path, "%s/%s", CSQ_SOURCE_DIR, input);
  snprintf(golden, sizeof golden, "%s/tests/golden/%s.tree", CSQ_SOURCE_DIR,
           strrchr(input, '/') + 1);
  char *got = dump_file(path);
  const char *update = getenv("CSQ_UPDATE_GOLDEN");
  if (update && *update == '1') {
    FILE *f = fopen(golden, "w");
    assert_non_null(f);
    fputs(got, f);
    fclose(f);
  }
  size_t len;
  char *want = csq_test_read_file(golden, &len);
  if (!want)
    fail_msg("%s: golden file missing", golden);
  if (strcmp(got, want) != 0) {
    /* Point at the first differing line. */
    size_t line = 1, i = 0;
    while (got[i] && got[i] == want[i]) {
      line += got[i] == '\n';
      i++;
    }
    fail_msg("%s differs from %s at line %zu", input, golden, line);
  }
  free(want);
  free(got);
}

static void golden_files(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof INPUTS / sizeof INPUTS[0]; i++)
    check_one(INPUTS[i]);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(golden_files)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
