/*
 * test_import_progress.c — what an import tells while it runs: files and
 * laws counted at the same moment (a dump file of several laws counts as
 * one file and all its laws), bytes that add up to the input, estimates
 * of the time left that follow the pace measured, and the line a terminal
 * shows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

typedef struct told {
  csq_import_progress p[256];
  double at[256]; /* when it was told, on the test's clock */
  size_t count;
} told;

static void keep(void *ctx, const csq_import_progress *p) {
  told *t = ctx;
  if (t->count < 256) {
    t->at[t->count] = csq_test_now();
    t->p[t->count++] = *p;
  }
}

static char db_path[256];

static int setup(void **state) {
  (void)state;
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_progress_%ld.db", (long)getpid());
  unlink(db_path);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  unlink(db_path);
  return 0;
}

static long long file_bytes(const char *path) {
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  return (long long)st.st_size;
}

/* Every 8th law file of the national corpus: about 1,440 files in six
 * batches, small and large laws alike. */
static void counts_and_estimates(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  size_t all;
  char **files = csq_test_list_laws(ch, &all);
  assert_non_null(files);
  const char **paths = calloc(all, sizeof *paths);
  size_t n = 0;
  long long bytes = 0;
  for (size_t i = 0; i < all; i += 8) {
    paths[n++] = files[i];
    bytes += file_bytes(files[i]);
  }
  static told t;
  memset(&t, 0, sizeof t);
  csq_import_options io = {.progress = keep, .progress_ctx = &t};
  csq_import_stats s;
  csq_error err;
  double start = csq_test_now();
  assert_int_equal(csq_import(db_path, paths, n, &io, &s, &err), CSQ_OK);
  double end = csq_test_now();

  /* Told once the files are listed, after each batch, and when finishing. */
  size_t batches = (n + 255) / 256;
  assert_int_equal(t.count, 1 + batches + 1);
  assert_int_equal(t.p[0].files_done, 0);
  assert_true(t.p[0].seconds_left < 0); /* no pace measured yet: no guess */
  for (size_t i = 0; i < t.count; i++) {
    const csq_import_progress *p = &t.p[i];
    assert_int_equal(p->files_total, n);
    assert_true(p->bytes_total == bytes);
    /* One law a file here: the files and the laws written agree. */
    assert_int_equal(p->laws, p->files_done);
    if (i > 0) {
      assert_true(p->files_done >= t.p[i - 1].files_done);
      assert_true(p->bytes_done >= t.p[i - 1].bytes_done);
      assert_true(p->seconds >= t.p[i - 1].seconds);
    }
    assert_int_equal(p->finishing, i == t.count - 1);
  }
  const csq_import_progress *last = &t.p[t.count - 1];
  assert_int_equal(last->files_done, s.files);
  assert_int_equal(last->laws, s.laws);
  assert_true(last->bytes_done == bytes);

  /* The estimate is the bytes left at the pace of the steps so far, plus
   * FINISH_SHARE (15 %) of the whole for the last steps. The pace leaves out
   * the reading of the first batch, so it is never slower than the bytes
   * written over the time since the start: no estimate exceeds what that
   * implies. How near the first estimate comes to the time the rest took is
   * a timing, measured by tools/bench_search.c (docs/database.md), not here:
   * a loaded machine moved it past any bound a test could hold. */
  const double share = 0.15;
  for (size_t i = 1; i + 1 < t.count; i++) {
    const csq_import_progress *p = &t.p[i];
    double left_at_wall_pace =
        ((double)(p->bytes_total - p->bytes_done) + share * (double)p->bytes_total) * p->seconds /
        (double)p->bytes_done;
    assert_true(p->seconds_left > 0);
    assert_true(p->seconds_left <= left_at_wall_pace * (1 + 1e-9));
  }
  /* With every byte in, the last batch's estimate is the last steps' share,
   * and the finishing report says the same. */
  const csq_import_progress *before = &t.p[t.count - 2];
  double at_end = before->seconds_left;
  assert_true(last->seconds_left > 0);
  assert_true(last->seconds_left <= at_end * (1 + 1e-9) &&
              last->seconds_left >= at_end * (1 - 1e-9));
  print_message("first estimate %.1f s, the rest took %.1f s (import %.1f s)\n",
                t.p[1].seconds_left, end - t.at[1], end - start);
  csq_test_free_list(files, all);
  free(paths);
}

/* A dump file holding three laws is one file and three laws. */
static void a_dump_is_one_file_of_many_laws(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  const char *pcodes[] = {"A0030297", "A0030303", "A0030305"};
  char dump[256];
  snprintf(dump, sizeof dump, "/tmp/csq_test_progress_%ld.json", (long)getpid());
  FILE *f = fopen(dump, "w");
  assert_non_null(f);
  fputs("{\"Laws\": [", f);
  for (size_t i = 0; i < 3; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/moj/key/ch/%s.json", shared, pcodes[i]);
    size_t len;
    char *law = csq_test_read_file(path, &len);
    assert_non_null(law);
    size_t bom = len >= 3 && memcmp(law, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    fprintf(f, "%s%.*s", i ? ",\n" : "", (int)(len - bom), law + bom);
    free(law);
  }
  fputs("]}\n", f);
  fclose(f);
  static told t;
  memset(&t, 0, sizeof t);
  csq_import_options io = {.progress = keep, .progress_ctx = &t};
  csq_import_stats s;
  csq_error err;
  const char *paths[] = {dump};
  assert_int_equal(csq_import(db_path, paths, 1, &io, &s, &err), CSQ_OK);
  assert_int_equal(t.count, 3);
  assert_int_equal(t.p[1].files_done, 1);
  assert_int_equal(t.p[1].files_total, 1);
  assert_int_equal(t.p[1].laws, 3);
  assert_int_equal(s.laws, 3);
  assert_true(t.p[1].seconds_left >= 0);
  unlink(dump);
}

/* The line a terminal shows, and what a program reads. */
static void rendered(void **state) {
  (void)state;
  csq_import_progress p = {.files_done = 2304,
                           .files_total = 11542,
                           .laws = 2304,
                           .bytes_done = 25400000,
                           .bytes_total = 127400000,
                           .seconds = 5,
                           .seconds_left = 83};
  char buf[512] = "";
  FILE *out = fmemopen(buf, sizeof buf - 1, "w");
  assert_int_equal(csq_render_progress(out, NULL, &p, NULL), CSQ_OK);
  fclose(out);
  assert_string_equal(buf, "\rimporting: 2304/11542 files (25.4 of 127.4 MB), 2304 laws, "
                           "1 min 23 s left   ");
  p.seconds_left = -1;
  p.files_done = p.laws = 0;
  out = fmemopen(buf, sizeof buf - 1, "w");
  assert_int_equal(csq_render_progress(out, NULL, &p, NULL), CSQ_OK);
  fclose(out);
  assert_non_null(strstr(buf, "0 laws, estimating the time left"));
  p.finishing = 1;
  p.seconds_left = 4;
  out = fmemopen(buf, sizeof buf - 1, "w");
  assert_int_equal(csq_render_progress(out, NULL, &p, NULL), CSQ_OK);
  fclose(out);
  assert_non_null(strstr(buf, "merging the index, 4 s left   \n"));
  csq_render_options json = {.format = CSQ_FORMAT_JSON};
  out = fmemopen(buf, sizeof buf - 1, "w");
  assert_int_equal(csq_render_progress(out, &json, &p, NULL), CSQ_OK);
  fclose(out);
  assert_non_null(strstr(buf, "{\"files_done\":0,\"files_total\":11542,"));
  assert_non_null(strstr(buf, "\"finishing\":true}\n"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(rendered),
      cmocka_unit_test_setup_teardown(a_dump_is_one_file_of_many_laws, setup, teardown),
      cmocka_unit_test_setup_teardown(counts_and_estimates, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
