/*
 * agreement.h — the laws that are in another version in the 2019 dump
 * than in the 2024 dump: for each pair of versions, the articles `diff`
 * reports as changed, added and deleted, against those the amendment
 * record names between the two dates (docs/versions.md).
 */
#ifndef CSQ_TEST_AGREEMENT_H
#define CSQ_TEST_AGREEMENT_H

#include <stddef.h>

typedef struct csq_test_agreement {
  size_t pairs;      /* laws in two versions */
  size_t compared;   /* whose record names the articles changed between them */
  size_t agree;      /* of those: the diff's three sets are the record's */
  size_t revised;    /* a whole revision (全文修正) between: no article named */
  size_t unnamed;    /* an amendment between that names no article (修正發布；) */
  size_t unrecorded; /* no event of the record between the two dates */
  size_t failed;     /* a file that did not read */
  /* what the disagreements are, as sets of articles: the diff says more or
   * fewer changed (added, deleted) than the record */
  size_t changed_more, changed_fewer, added_diff, deleted_diff;
  /* of the articles the diff says changed and the record names not at
   * all: a character or two changed (備註 → 編註, a typo), 3 to 10, more */
  size_t unrecorded_small, unrecorded_words, unrecorded_more;
  /* article by article over the pairs compared: the record's changed,
   * added and deleted articles the diff finds (recall), and the diff's the
   * record names (precision) */
  size_t record_articles, diff_articles, both_articles;
} csq_test_agreement;

/* Told of each pair that disagrees: the pcode, the versions, and what. */
typedef void (*csq_test_disagree_fn)(void *ctx, const char *pcode, const char *from, const char *to,
                                     const char *what);

/* Compares every law of old_dir (the 2019 dump) whose version in new_dir
 * (2024) is later; `every` > 1 takes every N-th file. 0, or -1 when a
 * folder cannot be read. */
int csq_test_agreement_run(const char *old_dir, const char *new_dir, size_t every,
                           csq_test_agreement *out, csq_test_disagree_fn fn, void *ctx);

#endif
