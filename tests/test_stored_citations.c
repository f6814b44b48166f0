/*
 * test_stored_citations.c — what a provision cites, read back from the
 * database (csq_find_citations over a library with one), is what the
 * extractor finds in the same laws in memory: over a fixed sample of the
 * whole national corpus (ctest's fixture national_db), articles and the
 * headings that hold them (a chapter's citations are its articles'), every
 * citation and target the same, with the same version linked and the same
 * answer to whether the provision exists.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "csquery.h"

enum { SAMPLE_LAWS = 160 };

typedef struct law_keys {
  char **keys;
  size_t count, cap;
} law_keys;

static void note_law(void *ctx, const char *id, const char *name, const char *version,
                     const char *level, int repealed, size_t articles) {
  (void)version;
  (void)level;
  (void)repealed;
  (void)articles;
  law_keys *k = ctx;
  if (k->count == k->cap) {
    k->cap = k->cap ? 2 * k->cap : 1024;
    k->keys = realloc(k->keys, k->cap * sizeof *k->keys);
    assert_non_null(k->keys);
  }
  k->keys[k->count] = strdup(id[0] ? id : name);
  assert_non_null(k->keys[k->count]);
  k->count++;
}

/* One target, as a line: what a user sees of it. */
static void target_line(const csq_target *t, char *buf, size_t size) {
  const csq_law *law = csq_target_law(t);
  const csq_node *node = csq_target_node(t);
  snprintf(buf, size, "%d|%s|%s|%s|%s|%s|%d|%d|%s|%d|%s", (int)csq_target_kind_of(t),
           csq_target_law_id(t), csq_target_law_name(t), csq_target_eid(t), csq_target_cite(t),
           csq_target_part(t), csq_target_resolved(t), csq_target_exists(t),
           law ? csq_law_version(law) : "-", csq_target_version_fallback(t),
           node ? csq_node_eid(node) : "-");
}

/* Whether the targets of b are those of a and, between them, articles
 * 之N that a lacks: a range (第三十四條至第四十條) over a law the import
 * did not have in the same batch is filled from the numbers alone, so the
 * stored citation lacks 第36條之1 (docs/citations.md, "What the database
 * stores"). */
static int only_inserted_articles_missing(const csq_citation *a, const csq_citation *b) {
  size_t j = 0;
  for (size_t i = 0; i < csq_citation_target_count(b); i++) {
    char ta[1024], tb[1024];
    target_line(csq_citation_target(b, i), tb, sizeof tb);
    if (j < csq_citation_target_count(a)) {
      target_line(csq_citation_target(a, j), ta, sizeof ta);
      if (strcmp(ta, tb) == 0) {
        j++;
        continue;
      }
    }
    const char *eid = csq_target_eid(csq_citation_target(b, i));
    if (strncmp(eid, "art_", 4) != 0 || !strchr(eid, '-') || strstr(eid, "__"))
      return 0;
  }
  return j == csq_citation_target_count(a);
}

/* The citations stored against those the extractor finds; the count of
 * those that differ, and in *inserted those that lack only articles 之N. */
static size_t compare(const csq_citation_list *stored, const csq_citation_list *found,
                      const char *where, size_t *inserted) {
  size_t n = csq_citation_list_count(stored), differ = 0;
  if (n != csq_citation_list_count(found)) {
    printf("  %s: %zu citations stored, %zu found\n", where, n, csq_citation_list_count(found));
    return 1;
  }
  for (size_t i = 0; i < n; i++) {
    const csq_citation *a = csq_citation_list_at(stored, i), *b = csq_citation_list_at(found, i);
    int same = csq_citation_from(a) == csq_citation_from(b) &&
               csq_citation_start(a) == csq_citation_start(b) &&
               csq_citation_end(a) == csq_citation_end(b) &&
               strcmp(csq_citation_text(a), csq_citation_text(b)) == 0 &&
               strcmp(csq_citation_problem(a), csq_citation_problem(b)) == 0 &&
               csq_citation_resolved(a) == csq_citation_resolved(b);
    int targets = csq_citation_target_count(a) == csq_citation_target_count(b);
    for (size_t j = 0; same && targets && j < csq_citation_target_count(a); j++) {
      char ta[1024], tb[1024];
      target_line(csq_citation_target(a, j), ta, sizeof ta);
      target_line(csq_citation_target(b, j), tb, sizeof tb);
      targets = strcmp(ta, tb) == 0;
    }
    if (same && !targets && only_inserted_articles_missing(a, b)) {
      printf("  %s 「%s」: stored without the articles 之N of its range (%zu targets, %zu found)\n",
             where, csq_citation_text(a), csq_citation_target_count(a),
             csq_citation_target_count(b));
      (*inserted)++;
    } else if (!same || !targets) {
      printf("  %s: stored %s 「%s」 [%zu-%zu] %zu targets, found %s 「%s」 [%zu-%zu] %zu\n", where,
             csq_node_eid(csq_citation_from(a)), csq_citation_text(a), csq_citation_start(a),
             csq_citation_end(a), csq_citation_target_count(a), csq_node_eid(csq_citation_from(b)),
             csq_citation_text(b), csq_citation_start(b), csq_citation_end(b),
             csq_citation_target_count(b));
      differ++;
    }
  }
  return differ;
}

/* The provisions of one law checked: each article the sample takes and
 * the heading above it, through a library of their own. */
static void check_law(csq_db *db, const char *key, unsigned pick, size_t *asked, size_t *cites,
                      size_t *differ, size_t *inserted) {
  csq_corpus *corpus;
  csq_library *lib;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  assert_int_equal(csq_library_new(corpus, db, &lib, &err), CSQ_OK);
  const csq_law *law;
  if (csq_library_find_law(lib, key, &law, &err) != CSQ_OK)
    fail_msg("%s: %s", key, err.message);
  const csq_node *root = csq_law_root(law);
  size_t k = 0;
  for (const csq_node *n = csq_node_first_child(root); n; n = csq_node_next(n), k++) {
    /* every third top-level node (an article or a heading), from `pick` */
    if ((k + pick) % 3)
      continue;
    const char *cite = csq_node_cite(n);
    csq_node_list *m;
    if (!cite[0] || csq_lookup(lib, law, cite, &m, &err) != CSQ_OK)
      continue; /* a node a query cannot name (an annex) */
    csq_citation_list *stored;
    assert_int_equal(csq_find_citations(lib, m, &stored, &err), CSQ_OK);
    /* the same laws in memory (the asked law and those its citations
     * link, which the question loaded), their citations found again */
    csq_refs *refs;
    assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
    csq_citation_list *found;
    assert_int_equal(csq_refs_from(refs, csq_node_list_at(m, 0), 1, &found, &err), CSQ_OK);
    char where[512];
    snprintf(where, sizeof where, "%s %s", key, cite);
    *differ += compare(stored, found, where, inserted);
    *cites += csq_citation_list_count(stored);
    (*asked)++;
    csq_citation_list_free(found);
    csq_refs_free(refs);
    csq_citation_list_free(stored);
    csq_node_list_free(m);
  }
  csq_library_free(lib);
  csq_corpus_free(corpus);
}

static void stored_equals_found(void **state) {
  (void)state;
  csq_db *db;
  csq_error err;
  if (csq_db_open(CSQ_CACHE_DIR "/national.db", NULL, &db, &err) != CSQ_OK)
    fail_msg("%s (the fixture national_db builds it)", err.message);
  law_keys keys = {0};
  assert_int_equal(csq_db_laws(db, note_law, &keys, &err), CSQ_OK);
  assert_true(keys.count > 11000);
  size_t asked = 0, cites = 0, differ = 0, inserted = 0;
  uint64_t x = 20261202; /* a fixed seed: the same laws every run */
  for (int i = 0; i < SAMPLE_LAWS; i++) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    check_law(db, keys.keys[(x >> 33) % keys.count], (unsigned)(x >> 20) % 3, &asked, &cites,
              &differ, &inserted);
  }
  printf("stored citations: %zu provisions of %d laws, %zu citations; %zu differ from those "
         "found in memory, %zu lack only articles 之N of a range\n",
         asked, SAMPLE_LAWS, cites, differ, inserted);
  for (size_t i = 0; i < keys.count; i++)
    free(keys.keys[i]);
  free(keys.keys);
  csq_db_free(db);
  assert_true(asked > 500 && cites > 300);
  assert_int_equal(differ, 0);
  assert_true(inserted * 200 < cites); /* the known gap stays rare: under 0.5 % */
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(stored_equals_found)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
