/*
 * formats_agree.c — the laws whose version is the same in the 2019 dump
 * (older format) and the 2024 dump: how many give the same tree from both
 * readers, and where the others differ (the first lines of the two tree
 * dumps that differ). A report, not a test (test_versions asserts).
 *
 *   formats_agree [--every N] [--examples K] [--edited] [CACHE_DIR]
 *
 * --edited shows the laws whose data differs too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "formats.h"
#include "measure.h"

typedef struct shown {
  size_t examples, shown;
  int edited; /* show laws whose data differs too */
} shown;

/* The first line where a and b differ, with the line before. */
static void first_difference(const char *a, const char *b) {
  const char *la = a, *lb = b;
  while (*a && *a == *b) {
    if (*a == '\n')
      la = a + 1, lb = b + 1;
    a++, b++;
  }
  const char *ea = strchr(la, '\n'), *eb = strchr(lb, '\n');
  printf("  old: %.*s\n  new: %.*s\n", (int)(ea ? ea - la : (long)strlen(la)), la,
         (int)(eb ? eb - lb : (long)strlen(lb)), lb);
}

static void differ(void *ctx, const char *pcode, const char *old_dump, const char *new_dump,
                   int edited) {
  shown *s = ctx;
  if (edited && !s->edited)
    return;
  if (s->shown++ >= s->examples)
    return;
  printf("%s%s\n", pcode, edited ? " (the data differs)" : "");
  first_difference(old_dump, new_dump);
}

int main(int argc, char **argv) {
  size_t every = 1;
  shown s = {20, 0, 0};
  const char *cache = CSQ_CACHE_DIR;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--every") == 0 && i + 1 < argc)
      every = strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--edited") == 0)
      s.edited = 1;
    else if (strcmp(argv[i], "--examples") == 0 && i + 1 < argc)
      s.examples = strtoul(argv[++i], NULL, 10);
    else
      cache = argv[i];
  }
  const char *ch = csq_test_unpack_ch(cache), *old = csq_test_unpack_moj2019(cache);
  if (!ch || !old)
    return 1;
  csq_test_formats f;
  double start = csq_test_now();
  if (csq_test_compare_formats(old, ch, every, &f, differ, &s) != 0)
    return 1;
  size_t same_data = f.compared - f.edited;
  printf("\n%zu laws in the 2019 dump; %zu with the same version in 2024.\n"
         "the same data (white space aside): %zu, of which %zu identical trees (%.2f%%)\n"
         "the data edited since (punctuation, typos): %zu, of which %zu with the same nodes "
         "(%.2f%%)\n%zu failed to read; %.1f s\n",
         f.old_laws, f.compared, same_data, f.identical,
         100.0 * (double)f.identical / (double)(same_data ? same_data : 1), f.edited, f.same_shape,
         100.0 * (double)f.same_shape / (double)(f.edited ? f.edited : 1), f.failed,
         csq_test_now() - start);
  return 0;
}
