/*
 * test_citation_sample.c — csquery's citations against a sample labelled by
 * hand (tests/data/citations/, GUIDE.md says how): articles drawn at random
 * from the national corpus, every citation they make written out by reading
 * the law before csquery was run on them.
 *
 * The whole national corpus is loaded (as a lawyer's database holds it) and
 * every target csquery gives for a sampled article is matched with the
 * labels by citing eId, target law and target eId, each label at most once.
 * Target recall and precision are printed with every miss and every target
 * csquery gives that no label has.
 *
 *   dev.tsv    the sample the extractor was worked on: recall and precision
 *              must reach GOAL, else the test fails
 *   fresh.tsv  a second sample, never tuned on: measured and printed only
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
#include "csquery.h"

#define GOAL 0.99

/* One target: labelled, or given by csquery. */
typedef struct target {
  char pcode[32], from[160], law[256], eid[160], written[512];
  int used;
} target;

typedef struct targets {
  target *items;
  size_t count, cap;
} targets;

static target *add(targets *t) {
  if (t->count == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 256;
    t->items = realloc(t->items, t->cap * sizeof *t->items);
    assert_non_null(t->items);
  }
  memset(&t->items[t->count], 0, sizeof *t->items);
  return &t->items[t->count++];
}

static void copy(char *dst, size_t size, const char *src) { snprintf(dst, size, "%s", src); }

/* Cuts a line at its tabs; the number of fields. */
static size_t split(char *line, char **fields, size_t max) {
  size_t n = 0;
  for (char *f = line; n < max; f++) {
    fields[n++] = f;
    f = strchr(f, '\t');
    if (!f)
      break;
    *f = '\0';
  }
  return n;
}

/* The corpus, loaded once for both samples. */
static csq_corpus *corpus;
static csq_refs *refs;

static int load(void **state) {
  (void)state;
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!dir)
    return -1;
  size_t count;
  char **files = csq_test_list_laws(dir, &count);
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return -1;
  for (size_t i = 0; i < count; i++)
    if (csq_corpus_add_file(corpus, files[i], &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", files[i], err.message);
      return -1;
    }
  csq_test_free_list(files, count);
  return csq_refs_build(corpus, &refs, &err) == CSQ_OK ? 0 : -1;
}

static int unload(void **state) {
  (void)state;
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  return 0;
}

/* What csquery gives for the article `art` of `pcode`. */
static void given(const char *pcode, const char *art, targets *out) {
  const csq_law *law = csq_corpus_find_law(corpus, pcode);
  if (!law)
    fail_msg("%s is not in the corpus", pcode);
  const csq_node *node = csq_law_find(law, art);
  if (!node)
    fail_msg("%s has no %s", pcode, art);
  csq_citation_list *list;
  csq_error err;
  assert_int_equal(csq_refs_from(refs, node, 1, &list, &err), CSQ_OK);
  for (size_t i = 0; i < csq_citation_list_count(list); i++) {
    const csq_citation *c = csq_citation_list_at(list, i);
    for (size_t j = 0; j < csq_citation_target_count(c); j++) {
      const csq_target *g = csq_citation_target(c, j);
      target *t = add(out);
      copy(t->pcode, sizeof t->pcode, pcode);
      copy(t->from, sizeof t->from, csq_node_eid(csq_citation_from(c)));
      if (csq_target_law_id(g)[0])
        copy(t->law, sizeof t->law, csq_target_law_id(g));
      else
        snprintf(t->law, sizeof t->law, "?%s", csq_target_law_name(g));
      copy(t->eid, sizeof t->eid,
           csq_target_resolved(g) || csq_target_eid(g)[0] ? csq_target_eid(g) : "?");
      copy(t->written, sizeof t->written, csq_citation_text(c));
    }
  }
  csq_citation_list_free(list);
}

/* The labels of a sample file and csquery's targets for its articles. */
static void read_sample(const char *name, targets *labels, targets *got) {
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/data/citations/%s", CSQ_SOURCE_DIR, name);
  size_t len;
  char *buf = csq_test_read_file(path, &len);
  if (!buf)
    fail_msg("%s cannot be read", path);
  char pcode[32] = "", art[160] = "";
  int line_no = 0;
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
    line_no++;
    char *f[8];
    if (line[0] == '#')
      continue;
    size_t n = split(line, f, 8);
    if (strcmp(f[0], "A") == 0 && n == 4) {
      copy(pcode, sizeof pcode, f[1]);
      copy(art, sizeof art, f[2]);
      given(pcode, art, got);
    } else if (strcmp(f[0], "T") == 0 && n == 8 && pcode[0]) {
      target *t = add(labels);
      copy(t->pcode, sizeof t->pcode, pcode);
      copy(t->from, sizeof t->from, f[1]);
      copy(t->written, sizeof t->written, f[3]);
      copy(t->law, sizeof t->law, f[4]);
      copy(t->eid, sizeof t->eid, f[5]);
    } else {
      fail_msg("%s: a line out of form: %s", path, line);
    }
  }
  free(buf);
}

static int same(const target *a, const target *b) {
  return strcmp(a->pcode, b->pcode) == 0 && strcmp(a->from, b->from) == 0 &&
         strcmp(a->law, b->law) == 0 && strcmp(a->eid, b->eid) == 0;
}

/* Matches, prints the figures and what differs; recall and precision. */
static void score(const char *name, double *recall, double *precision) {
  targets labels = {0}, got = {0};
  read_sample(name, &labels, &got);
  size_t hit = 0;
  for (size_t i = 0; i < labels.count; i++)
    for (size_t j = 0; j < got.count; j++)
      if (!got.items[j].used && same(&labels.items[i], &got.items[j])) {
        got.items[j].used = labels.items[i].used = 1;
        hit++;
        break;
      }
  for (size_t i = 0; i < labels.count; i++) {
    const target *t = &labels.items[i];
    if (!t->used)
      printf("  missed: %s %s 「%s」 → %s/%s\n", t->pcode, t->from, t->written, t->law, t->eid);
  }
  for (size_t j = 0; j < got.count; j++) {
    const target *t = &got.items[j];
    if (!t->used)
      printf("  wrong:  %s %s 「%s」 → %s/%s\n", t->pcode, t->from, t->written, t->law, t->eid);
  }
  *recall = labels.count ? (double)hit / (double)labels.count : 0;
  *precision = got.count ? (double)hit / (double)got.count : 0;
  double f1 = *recall + *precision > 0 ? 2 * *recall * *precision / (*recall + *precision) : 0;
  printf("%s: %zu labelled targets, %zu given, %zu matched: recall %.4f, precision %.4f, "
         "F1 %.4f\n",
         name, labels.count, got.count, hit, *recall, *precision, f1);
  assert_true(labels.count > 0);
  free(labels.items);
  free(got.items);
}

static void dev_sample(void **state) {
  (void)state;
  double r, p;
  score("dev.tsv", &r, &p);
  if (r < GOAL || p < GOAL)
    fail_msg("dev.tsv: recall %.4f, precision %.4f; the goal is %.2f for both", r, p, GOAL);
}

static void fresh_sample(void **state) {
  (void)state;
  double r, p;
  score("fresh.tsv", &r, &p);
}

/* With an argument (dev_sample or fresh_sample), that test alone. */
int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(dev_sample),
      cmocka_unit_test(fresh_sample),
  };
  if (argc > 1)
    cmocka_set_test_filter(argv[1]);
  return cmocka_run_group_tests(tests, load, unload);
}
