/*
 * versions_report.c — for every law in two versions in the 2019 and 2024
 * dumps, the articles `csquery diff` reports as changed, added and deleted
 * against those the amendment record names between the two dates: the
 * agreement over all pairs and what the disagreements are (the figures of
 * docs/versions.md). A report, not a test (test_versions checks a sample).
 *
 *   versions_report [--every N] [--examples K] [CACHE_DIR]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agreement.h"
#include "corpus_dir.h"
#include "measure.h"

typedef struct shown {
  size_t examples, shown;
} shown;

static void disagree(void *ctx, const char *pcode, const char *from, const char *to,
                     const char *what) {
  shown *s = ctx;
  if (s->shown++ < s->examples)
    printf("%s %s → %s: %s\n", pcode, from, to, what);
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0; }

int main(int argc, char **argv) {
  size_t every = 1;
  shown s = {40, 0};
  const char *cache = CSQ_CACHE_DIR;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--every") == 0 && i + 1 < argc)
      every = strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--examples") == 0 && i + 1 < argc)
      s.examples = strtoul(argv[++i], NULL, 10);
    else
      cache = argv[i];
  }
  const char *ch = csq_test_unpack_ch(cache), *old = csq_test_unpack_moj2019(cache);
  if (!ch || !old)
    return 1;
  csq_test_agreement a;
  double start = csq_test_now();
  if (csq_test_agreement_run(old, ch, every, &a, disagree, &s) != 0)
    return 1;
  printf("\n%zu laws in two versions (2019 → 2024 dumps), %zu failed to read\n", a.pairs, a.failed);
  printf("  %zu with a whole revision (全文修正) between: the record names no article\n",
         a.revised);
  printf("  %zu with an amendment between that names no article (修正發布；並自…生效)\n",
         a.unnamed);
  printf("  %zu with no event of the record between the two dates\n", a.unrecorded);
  printf("  %zu compared: the diff's changed, added and deleted articles are the record's in "
         "%zu (%.2f%%)\n",
         a.compared, a.agree, pct(a.agree, a.compared));
  printf("articles: the record names %zu, the diff reports %zu, both %zu: recall %.2f%%, "
         "precision %.2f%%\n",
         a.record_articles, a.diff_articles, a.both_articles,
         pct(a.both_articles, a.record_articles), pct(a.both_articles, a.diff_articles));
  printf("disagreements by article: diff says changed, record not %zu; record says changed, "
         "diff not %zu; added differs %zu; deleted differs %zu\n",
         a.changed_more, a.changed_fewer, a.added_diff, a.deleted_diff);
  printf("  changed, named nowhere in the record: %zu by a character or two (備註 → 編註, a typo), "
         "%zu by 3 to 10, %zu by more\n%.1f s\n",
         a.unrecorded_small, a.unrecorded_words,
         a.changed_more - a.unrecorded_small - a.unrecorded_words, csq_test_now() - start);
  return 0;
}
