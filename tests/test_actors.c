/*
 * test_actors.c — obligations asked across laws and the bearer names, over
 * a database imported from a sample of the national corpus (the key laws,
 * the labour, safety and trust laws, a repealed law and every 50th law).
 * The ground truth is the same files read into memory and extracted there:
 * every answer over the database must be exactly what the extraction says
 * (csq_obligation_has_actor for the names, the provision's text for
 * --text), grouped and ordered as docs/obligations.md says.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "deontic/deontic.h"

static char db_path[256], old_path[256];
static csq_corpus *truth_corpus; /* the same files, in memory */
static csq_obligations *truth;   /* their obligations */
static csq_corpus *corpus;       /* the library's (laws read from the database) */
static csq_db *db_handle;
static csq_library *lib;

/* Laws the tests name, beside the key laws: 勞動基準法, 職業安全衛生法,
 * 職業安全衛生設施規則, 就業服務法, 信託法, 信託業法, 外國人聘僱許可及管理辦法
 * (repealed, 27 duties of 雇主), 公務人員陞遷法 (各機關 as agencies, no alias),
 * 不動產證券化條例 (受託機構). */
static const char *const NAMED[] = {"N0030001", "N0060001", "N0060009", "N0090001", "I0020024",
                                    "G0310027", "N0090003", "S0110033", "G0380169"};
enum { NAMED_COUNT = sizeof NAMED / sizeof *NAMED };

/* 勞動基準法 once more, as a version of 2020-01-01 with the same text: the
 * database holds both, and only the latest is asked (else every count of
 * its duties would double). */
static int write_older_version(const char *ch) {
  char path[4096];
  snprintf(path, sizeof path, "%s/N0030001.json", ch);
  size_t len;
  char *json = csq_test_read_file(path, &len), *date = json ? strstr(json, "\"20240731\"") : NULL;
  snprintf(old_path, sizeof old_path, "/tmp/csq_test_actors_old_%ld.json", (long)getpid());
  FILE *f = date ? fopen(old_path, "wb") : NULL;
  if (f) {
    memcpy(date, "\"20200101\"", 10);
    fwrite(json, 1, len, f);
    fclose(f);
  }
  free(json);
  return f ? 0 : -1;
}

/* Whether the law file `path` is one of the key laws or the named ones. */
static int taken(const char *path, char **keys, size_t nkeys) {
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  for (size_t i = 0; i < nkeys; i++)
    if (strcmp(base, strrchr(keys[i], '/') + 1) == 0)
      return 1;
  for (size_t i = 0; i < NAMED_COUNT; i++)
    if (strncmp(base, NAMED[i], 8) == 0)
      return 1;
  return 0;
}

static int setup(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!shared || !ch)
    return -1;
  char key_dir[4096];
  snprintf(key_dir, sizeof key_dir, "%s/moj/key/ch", shared);
  size_t n, nkeys;
  char **laws = csq_test_list_laws(ch, &n), **keys = csq_test_list_laws(key_dir, &nkeys);
  const char **paths = calloc(n / 50 + nkeys + NAMED_COUNT + 3, sizeof *paths);
  char named[NAMED_COUNT][4096];
  size_t count = 0;
  for (size_t i = 0; i < nkeys; i++)
    paths[count++] = keys[i];
  for (size_t i = 0; i < NAMED_COUNT; i++) {
    snprintf(named[i], sizeof named[i], "%s/%s.json", ch, NAMED[i]);
    paths[count++] = named[i];
  }
  for (size_t i = 0; i < n; i += 50)
    if (!taken(laws[i], keys, nkeys))
      paths[count++] = laws[i];
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_actors_%ld.db", (long)getpid());
  unlink(db_path);
  csq_error err;
  csq_import_stats s;
  paths[count] = old_path; /* imported, not in the truth */
  int rc = write_older_version(ch) == 0 &&
                   csq_import(db_path, paths, count + 1, NULL, &s, &err) == CSQ_OK &&
                   csq_corpus_new(NULL, &truth_corpus, &err) == CSQ_OK
               ? 0
               : -1;
  for (size_t i = 0; rc == 0 && i < count; i++)
    rc = csq_corpus_add_file(truth_corpus, paths[i], &err) == CSQ_OK ? 0 : -1;
  if (rc == 0)
    rc = csq_obligations_build(truth_corpus, &truth, &err) == CSQ_OK &&
                 csq_corpus_new(NULL, &corpus, &err) == CSQ_OK &&
                 csq_db_open(db_path, NULL, &db_handle, &err) == CSQ_OK &&
                 csq_library_new(corpus, db_handle, &lib, &err) == CSQ_OK
             ? 0
             : -1;
  if (rc)
    fprintf(stderr, "setup: %s\n", err.message);
  else
    fprintf(stderr, "actors corpus: %zu laws, %zu obligations\n", s.laws, s.obligations);
  free(paths);
  csq_test_free_list(laws, n);
  csq_test_free_list(keys, nkeys);
  return rc;
}

static int teardown(void **state) {
  (void)state;
  csq_library_free(lib);
  csq_db_free(db_handle);
  csq_corpus_free(corpus);
  csq_obligations_free(truth);
  csq_corpus_free(truth_corpus);
  unlink(db_path);
  unlink(old_path);
  return 0;
}

/* ---- helpers ----------------------------------------------------------------- */

static csq_obligation_query everything(void) {
  csq_obligation_query q = {0};
  q.modality = -1;
  return q;
}

static csq_obligation_list *ask(const csq_obligation_query *q) {
  csq_obligation_list *list = NULL;
  csq_error err;
  csq_status st = csq_query_obligations(lib, q, &list, &err);
  if (st != CSQ_OK)
    fail_msg("csq_query_obligations: %s", err.message);
  return list;
}

static const char *law_id_of(const csq_obligation *o) {
  return csq_law_id(csq_node_law(csq_obligation_node(o)));
}

/* The group of law `id`, or NULL. */
static const csq_obligation_group *group_of(const csq_obligation_list *l, const char *id) {
  for (size_t i = 0; i < csq_obligation_list_group_count(l); i++)
    if (strcmp(csq_obligation_list_group_at(l, i)->law_id, id) == 0)
      return csq_obligation_list_group_at(l, i);
  return NULL;
}

/* Whether a name the bearer of `o` answers to holds `text`. */
static int holds(void *ctx, const char *name, int how) {
  (void)how;
  return strstr(name, ctx) != NULL;
}

typedef int (*truth_fn)(const csq_obligation *o, const void *arg);

static int bears(const csq_obligation *o, const void *name) {
  return csq_obligation_has_actor(truth, o, name);
}

/* The true answers per law: the number of obligations of each law of the
 * truth that pass `fn`; checks `list` (asked with limit 0) has exactly
 * those groups and totals, and returns the total. */
static size_t check_against_truth(const csq_obligation_list *list, truth_fn fn, const void *arg) {
  size_t total = 0, laws = 0;
  for (size_t i = 0; i < csq_corpus_law_count(truth_corpus); i++) {
    const csq_law *law = csq_corpus_law_at(truth_corpus, i);
    csq_obligation_list *all = NULL;
    csq_error err;
    csq_obligation_filter deep = {1, -1, NULL};
    assert_int_equal(csq_obligations_in(truth, csq_law_root(law), &deep, &all, &err), CSQ_OK);
    size_t n = 0;
    for (size_t j = 0; j < csq_obligation_list_count(all); j++)
      n += fn(csq_obligation_list_at(all, j), arg) != 0;
    csq_obligation_list_free(all);
    const csq_obligation_group *g = group_of(list, csq_law_id(law));
    if (n != (g ? g->total : 0))
      fail_msg("%s: %zu true answers, %zu from the database", csq_law_name(law), n,
               g ? g->total : 0);
    total += n;
    laws += n > 0;
  }
  assert_int_equal(csq_obligation_list_total(list), total);
  assert_int_equal(csq_obligation_list_group_count(list), laws);
  return total;
}

/* ---- across laws --------------------------------------------------------------- */

static void every_duty_of_a_bearer_in_every_law(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *employer[] = {"雇主"};
  q.actors = employer;
  q.actor_count = 1;
  csq_obligation_list *l = ask(&q);
  size_t total = check_against_truth(l, bears, "雇主");
  assert_true(total > 150);
  assert_non_null(group_of(l, "N0030001"));          /* 勞動基準法 */
  assert_non_null(group_of(l, "N0060001"));          /* 職業安全衛生法 */
  assert_true(group_of(l, "N0060009")->total > 100); /* 職業安全衛生設施規則 */
  const csq_scope *s = csq_obligation_list_scope(l);
  assert_string_equal(s->database, db_path);
  assert_int_equal(s->laws, csq_corpus_law_count(truth_corpus));
  assert_string_equal(s->law, "");
  assert_int_equal(s->asked_count, 1);
  assert_int_equal(s->actor_count, 1); /* 雇主 is a name, with its count */
  assert_string_equal(s->actors[0].name, "雇主");
  assert_int_equal(s->actors[0].obligations, total);
  /* limit 0 is all of them, each group's share in place */
  assert_int_equal(csq_obligation_list_count(l), total);
  for (size_t i = 0; i < csq_obligation_list_group_count(l); i++) {
    const csq_obligation_group *g = csq_obligation_list_group_at(l, i);
    assert_int_equal(g->count, g->total);
    for (size_t j = g->first; j < g->first + g->count; j++)
      assert_string_equal(law_id_of(csq_obligation_list_at(l, j)), g->law_id);
  }
  csq_obligation_list_free(l);
}

/* Two obligations are the same: provision, modality, every part's text and
 * span, bearer and where a carried one is written. */
static void same_obligation(const csq_obligation *a, const csq_obligation *b) {
  assert_string_equal(csq_node_eid(csq_obligation_node(a)), csq_node_eid(csq_obligation_node(b)));
  assert_string_equal(csq_node_cite(csq_obligation_node(a)), csq_node_cite(csq_obligation_node(b)));
  assert_int_equal(csq_obligation_modality(a), csq_obligation_modality(b));
  for (int p = CSQ_PART_CLAUSE; p <= CSQ_PART_CONDITION; p++) {
    size_t s1 = 0, e1 = 0, s2 = 0, e2 = 0;
    assert_int_equal(csq_obligation_span(a, p, &s1, &e1), csq_obligation_span(b, p, &s2, &e2));
    assert_int_equal(s1, s2);
    assert_int_equal(e1, e2);
    assert_string_equal(csq_obligation_text(a, p), csq_obligation_text(b, p));
  }
  assert_int_equal(csq_obligation_actor_known(a), csq_obligation_actor_known(b));
  const csq_node *fa = csq_obligation_actor_from(a), *fb = csq_obligation_actor_from(b);
  assert_int_equal(fa != NULL, fb != NULL);
  if (fa)
    assert_string_equal(csq_node_eid(fa), csq_node_eid(fb));
}

static void read_back_is_the_extraction(void **state) {
  (void)state;
  size_t compared = 0;
  for (size_t i = 0; i < csq_corpus_law_count(truth_corpus); i++) {
    const csq_law *law = csq_corpus_law_at(truth_corpus, i);
    csq_obligation_query q = everything();
    q.law = csq_law_id(law);
    csq_obligation_list *got = ask(&q), *want = NULL;
    csq_error err;
    csq_obligation_filter deep = {1, -1, NULL};
    assert_int_equal(csq_obligations_in(truth, csq_law_root(law), &deep, &want, &err), CSQ_OK);
    assert_int_equal(csq_obligation_list_count(got), csq_obligation_list_count(want));
    assert_string_equal(csq_obligation_list_scope(got)->law, csq_law_name(law));
    assert_int_equal(csq_obligation_list_scope(got)->laws, 1);
    for (size_t j = 0; j < csq_obligation_list_count(want); j++, compared++)
      same_obligation(csq_obligation_list_at(got, j), csq_obligation_list_at(want, j));
    csq_obligation_list_free(got);
    csq_obligation_list_free(want);
  }
  assert_true(compared > 5000);
}

/* ---- names ------------------------------------------------------------------------- */

static int named_with(const csq_obligation *o, const void *text) {
  return csq__obligation_names(truth, o, holds, (void *)text) != 0;
}

static void actor_match_contains(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *part[] = {"受託"};
  q.actors = part;
  q.actor_count = 1;
  q.actor_match = CSQ_ACTOR_CONTAINS;
  csq_obligation_list *l = ask(&q);
  check_against_truth(l, named_with, "受託");
  const csq_scope *s = csq_obligation_list_scope(l);
  int seen[3] = {0};
  static const char *const NAMES[] = {"受託者", "受託人", "受託機構"};
  for (size_t i = 0; i < s->actor_count; i++) {
    assert_non_null(strstr(s->actors[i].name, "受託"));
    if (i)
      assert_true(s->actors[i - 1].obligations >= s->actors[i].obligations);
    for (int k = 0; k < 3; k++)
      seen[k] |= strcmp(s->actors[i].name, NAMES[k]) == 0;
  }
  assert_true(seen[0] && seen[1] && seen[2]);
  csq_obligation_list_free(l);
  /* several names, each exact: 雇主 or 勞工 */
  const char *two[] = {"雇主", "勞工"};
  q = everything();
  q.actors = two;
  q.actor_count = 2;
  l = ask(&q);
  csq_obligation_query one = everything();
  one.actors = two;
  one.actor_count = 1;
  csq_obligation_list *employer = ask(&one);
  one.actors = two + 1;
  csq_obligation_list *worker = ask(&one);
  assert_true(csq_obligation_list_total(l) > csq_obligation_list_total(employer));
  assert_true(csq_obligation_list_total(l) > csq_obligation_list_total(worker));
  assert_true(csq_obligation_list_total(l) <=
              csq_obligation_list_total(employer) + csq_obligation_list_total(worker));
  csq_obligation_list_free(l);
  csq_obligation_list_free(employer);
  csq_obligation_list_free(worker);
}

/* 受託人 in trust law is a trustee; 受託者 and 受託機構 are other people. An
 * alias (各機關 for 公務機關或特定非公務機關) holds in the law that makes it
 * only: 公務人員陞遷法's 各機關 are agencies. */
static void names_that_mean_different_people_stay_apart(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *trustee[] = {"受託人"};
  q.actors = trustee;
  q.actor_count = 1;
  csq_obligation_list *l = ask(&q);
  check_against_truth(l, bears, "受託人");
  assert_true(group_of(l, "I0020024")->total >= 30); /* 信託法 */
  for (size_t i = 0; i < csq_obligation_list_count(l); i++)
    assert_non_null(
        strstr(csq_obligation_text(csq_obligation_list_at(l, i), CSQ_PART_ACTOR), "受託人"));
  csq_obligation_list_free(l);
  const char *mandatary[] = {"受託者"};
  q.actors = mandatary;
  l = ask(&q);
  check_against_truth(l, bears, "受託者");
  assert_null(group_of(l, "I0020024"));
  for (size_t i = 0; i < csq_obligation_list_count(l); i++)
    assert_null(
        strstr(csq_obligation_text(csq_obligation_list_at(l, i), CSQ_PART_ACTOR), "受託人"));
  csq_obligation_list_free(l);
  const char *agency[] = {"公務機關"};
  q.actors = agency;
  l = ask(&q);
  check_against_truth(l, bears, "公務機關");
  size_t aliased = 0;
  for (size_t i = 0; i < csq_obligation_list_count(l); i++) {
    const csq_obligation *o = csq_obligation_list_at(l, i);
    if (strcmp(csq_obligation_text(o, CSQ_PART_ACTOR), "各機關") == 0) {
      assert_string_equal(law_id_of(o), "A0030303");
      aliased++;
    }
  }
  assert_true(aliased >= 3);
  assert_null(group_of(l, "S0110033"));
  csq_obligation_list_free(l);
  const char *agencies[] = {"各機關"};
  q.actors = agencies;
  l = ask(&q);
  assert_true(group_of(l, "S0110033")->total >= 10); /* its own name finds them */
  csq_obligation_list_free(l);
}

/* ---- filters ---------------------------------------------------------------------------- */

static int bears_and_mentions(const csq_obligation *o, const void *arg) {
  const char *const *a = arg;
  return csq_obligation_has_actor(truth, o, a[0]) &&
         strstr(csq_node_text(csq_obligation_node(o), NULL), a[1]) != NULL &&
         (!a[2] || !strstr(csq_node_text(csq_obligation_node(o), NULL), a[2]));
}

static void text_through_the_full_text_index(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *employer[] = {"雇主"};
  q.actors = employer;
  q.actor_count = 1;
  q.text = "通報";
  csq_obligation_list *l = ask(&q);
  const char *arg[] = {"雇主", "通報", NULL};
  size_t total = check_against_truth(l, bears_and_mentions, arg);
  /* 職業安全衛生法 第12條第4項, 第37條第2項, 就業服務法 第33條第1項 (two) …;
   * 第33條第2項's duty is 公立就業服務機構's (issue 10), not 雇主's */
  assert_true(total >= 4);
  for (size_t i = 0; i < csq_obligation_list_count(l); i++)
    assert_non_null(
        strstr(csq_node_text(csq_obligation_node(csq_obligation_list_at(l, i)), NULL), "通報"));
  assert_string_equal(csq_obligation_list_scope(l)->text, "通報");
  csq_obligation_list_free(l);
  q.text = "通報 -主管機關"; /* search's syntax: a term left out */
  l = ask(&q);
  const char *without[] = {"雇主", "通報", "主管機關"};
  assert_true(check_against_truth(l, bears_and_mentions, without) < total);
  csq_obligation_list_free(l);
}

static int level_rank(const char *level) {
  return strcmp(level, "憲法") == 0   ? 0
         : strcmp(level, "法律") == 0 ? 1
         : strcmp(level, "命令") == 0 ? 2
                                      : 3;
}

static int bears_in_force(const csq_obligation *o, const void *name) {
  return !csq_law_is_repealed(csq_node_law(csq_obligation_node(o))) &&
         csq_obligation_has_actor(truth, o, name);
}

static int bears_in_acts(const csq_obligation *o, const void *name) {
  return strcmp(csq_law_level(csq_node_law(csq_obligation_node(o))), "法律") == 0 &&
         csq_obligation_has_actor(truth, o, name);
}

static int bears_and_must_not(const csq_obligation *o, const void *name) {
  return csq_obligation_modality(o) == CSQ_SHALL_NOT && csq_obligation_has_actor(truth, o, name);
}

static void grouped_in_force_first_then_level_then_most(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *employer[] = {"雇主"};
  q.actors = employer;
  q.actor_count = 1;
  csq_obligation_list *l = ask(&q);
  size_t n = csq_obligation_list_group_count(l), repealed = 0;
  for (size_t i = 1; i < n; i++) {
    const csq_obligation_group *a = csq_obligation_list_group_at(l, i - 1),
                               *b = csq_obligation_list_group_at(l, i);
    int before = a->in_force != b->in_force ? a->in_force > b->in_force
                 : level_rank(a->level) != level_rank(b->level)
                     ? level_rank(a->level) < level_rank(b->level)
                 : a->total != b->total ? a->total > b->total
                                        : strcmp(a->law_name, b->law_name) <= 0;
    if (!before)
      fail_msg("%s before %s", a->law_name, b->law_name);
  }
  for (size_t i = 0; i < n; i++)
    repealed += !csq_obligation_list_group_at(l, i)->in_force;
  assert_false(group_of(l, "N0090003")->in_force); /* 外國人聘僱許可及管理辦法 */
  assert_true(repealed >= 1);
  csq_obligation_list_free(l);
  q.in_force = 1;
  l = ask(&q);
  check_against_truth(l, bears_in_force, "雇主");
  assert_null(group_of(l, "N0090003"));
  assert_int_equal(csq_obligation_list_scope(l)->in_force, 1);
  csq_obligation_list_free(l);
  q.in_force = 0;
  q.level = "法律";
  l = ask(&q);
  check_against_truth(l, bears_in_acts, "雇主");
  for (size_t i = 0; i < csq_obligation_list_group_count(l); i++)
    assert_string_equal(csq_obligation_list_group_at(l, i)->level, "法律");
  csq_obligation_list_free(l);
  q.level = NULL;
  q.modality = CSQ_SHALL_NOT;
  l = ask(&q);
  check_against_truth(l, bears_and_must_not, "雇主");
  csq_obligation_list_free(l);
}

static void limit_and_offset_keep_the_total(void **state) {
  (void)state;
  csq_obligation_query q = everything();
  const char *employer[] = {"雇主"};
  q.actors = employer;
  q.actor_count = 1;
  csq_obligation_list *all = ask(&q);
  q.limit = 7;
  q.offset = 5;
  csq_obligation_list *page = ask(&q);
  assert_int_equal(csq_obligation_list_count(page), 7);
  assert_int_equal(csq_obligation_list_total(page), csq_obligation_list_total(all));
  assert_int_equal(csq_obligation_list_offset(page), 5);
  assert_int_equal(csq_obligation_list_group_count(page), csq_obligation_list_group_count(all));
  for (size_t i = 0; i < 7; i++)
    same_obligation(csq_obligation_list_at(page, i), csq_obligation_list_at(all, 5 + i));
  size_t shown = 0;
  for (size_t i = 0; i < csq_obligation_list_group_count(page); i++) {
    const csq_obligation_group *g = csq_obligation_list_group_at(page, i);
    assert_int_equal(g->total, csq_obligation_list_group_at(all, i)->total);
    for (size_t j = g->first; j < g->first + g->count; j++)
      assert_string_equal(law_id_of(csq_obligation_list_at(page, j)), g->law_id);
    shown += g->count;
  }
  assert_int_equal(shown, 7);
  csq_obligation_list_free(page);
  q.offset = csq_obligation_list_total(all); /* past the end: none, the total kept */
  page = ask(&q);
  assert_int_equal(csq_obligation_list_count(page), 0);
  assert_int_equal(csq_obligation_list_total(page), csq_obligation_list_total(all));
  csq_obligation_list_free(page);
  csq_obligation_list_free(all);
}

static void provisions_of_a_law(void **state) {
  (void)state;
  const csq_law *law;
  csq_node_list *nodes;
  csq_error err;
  assert_int_equal(csq_library_find_law(lib, "勞動基準法", &law, &err), CSQ_OK);
  assert_int_equal(csq_lookup(lib, law, "第30條至第32條", &nodes, &err), CSQ_OK);
  csq_obligation_query q = everything();
  q.provisions = nodes;
  csq_obligation_list *got = ask(&q);
  const csq_law *truth_law = csq_corpus_find_law(truth_corpus, "N0030001");
  csq_obligation_list *want = NULL;
  csq_obligation_filter deep = {1, -1, NULL};
  size_t at = 0;
  for (size_t i = 0; i < csq_node_list_count(nodes); i++) {
    const csq_node *n = csq_law_find(truth_law, csq_node_eid(csq_node_list_at(nodes, i)));
    assert_int_equal(csq_obligations_in(truth, n, &deep, &want, &err), CSQ_OK);
    for (size_t j = 0; j < csq_obligation_list_count(want); j++)
      same_obligation(csq_obligation_list_at(got, at++), csq_obligation_list_at(want, j));
    csq_obligation_list_free(want);
  }
  assert_int_equal(at, csq_obligation_list_count(got));
  assert_true(at >= 15);
  const csq_scope *s = csq_obligation_list_scope(got);
  assert_string_equal(s->law, "勞動基準法");
  assert_string_equal(s->provisions, "第30條, 第30條之1, 第31條, 第32條");
  csq_obligation_list_free(got);
  csq_node_list_free(nodes);
}

/* ---- the names and their counts ------------------------------------------------------- */

static void bearer_names_with_counts(void **state) {
  (void)state;
  csq_actor_query q = {.text = "受託"};
  csq_actor_list *l = NULL;
  csq_error err;
  assert_int_equal(csq_find_actors(lib, &q, &l, &err), CSQ_OK);
  assert_int_equal(csq_actor_list_total(l), csq_actor_list_count(l));
  int seen = 0;
  for (size_t i = 0; i < csq_actor_list_count(l); i++) {
    const csq_actor_count *c = csq_actor_list_at(l, i);
    assert_non_null(strstr(c->name, "受託"));
    if (i)
      assert_true(csq_actor_list_at(l, i - 1)->obligations >= c->obligations);
    /* the count is what --actor NAME finds */
    size_t n = 0, whole = 0;
    for (size_t j = 0; j < csq_obligations_count(truth); j++) {
      const csq_obligation *o = csq_obligations_at(truth, j);
      n += csq_obligation_has_actor(truth, o, c->name) != 0;
      whole += strcmp(csq_obligation_text(o, CSQ_PART_ACTOR), c->name) == 0;
    }
    assert_int_equal(c->obligations, n);
    assert_int_equal(c->as_bearer, whole);
    assert_true(c->top_count >= 1 && c->top_count <= 3);
    if (strcmp(c->name, "受託人") == 0) {
      seen++;
      assert_string_equal(c->top_law[0], "信託法");
    }
    seen += strcmp(c->name, "受託者") == 0 || strcmp(c->name, "受託機構") == 0;
  }
  assert_int_equal(seen, 3); /* three names, three lines */
  csq_actor_list_free(l);
  q = (csq_actor_query){.law = "勞動基準法", .limit = 3};
  assert_int_equal(csq_find_actors(lib, &q, &l, &err), CSQ_OK);
  assert_int_equal(csq_actor_list_count(l), 3);
  assert_true(csq_actor_list_total(l) > 3);
  assert_string_equal(csq_actor_list_at(l, 0)->name, "雇主");
  assert_string_equal(csq_actor_list_scope(l)->law, "勞動基準法");
  csq_actor_list_free(l);
}

/* ---- without a database: the laws in memory, asked the same way ------------------------ */

static void laws_in_memory_answer_as_the_database(void **state) {
  (void)state;
  csq_corpus *c;
  csq_library *m;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  const char *ids[] = {"N0030001", "N0060001", "I0020024"};
  for (size_t i = 0; i < 3; i++)
    assert_int_equal(
        csq_corpus_add_file(c, csq_law_source(csq_corpus_find_law(truth_corpus, ids[i])), &err),
        CSQ_OK);
  assert_int_equal(csq_library_new(c, NULL, &m, &err), CSQ_OK);
  csq_obligation_query q = everything();
  const char *employer[] = {"雇主"};
  q.actors = employer;
  q.actor_count = 1;
  csq_obligation_list *here = NULL, *there = ask(&q);
  assert_int_equal(csq_query_obligations(m, &q, &here, &err), CSQ_OK);
  assert_string_equal(csq_obligation_list_scope(here)->database, "");
  assert_int_equal(csq_obligation_list_scope(here)->laws, 3);
  assert_int_equal(csq_obligation_list_group_count(here), 2);
  for (size_t i = 0; i < 2; i++) {
    const csq_obligation_group *g = csq_obligation_list_group_at(here, i);
    assert_int_equal(g->total, group_of(there, g->law_id)->total);
  }
  csq_obligation_list_free(here);
  csq_obligation_list_free(there);
  csq_library_free(m);
  csq_corpus_free(c);
}

static void bad_questions(void **state) {
  (void)state;
  csq_obligation_list *l = NULL;
  csq_error err;
  csq_obligation_query q = everything();
  q.law = "不存在之法";
  assert_int_equal(csq_query_obligations(lib, &q, &l, &err), CSQ_NOT_FOUND);
  q = everything();
  q.text = "－刪除"; /* only a term left out: nothing to search for */
  assert_int_equal(csq_query_obligations(lib, &q, &l, &err), CSQ_BAD_QUERY);
  const char *bad[] = {"\xff\xfe"}, *empty[] = {""};
  q = everything();
  q.actors = bad;
  q.actor_count = 1;
  assert_int_equal(csq_query_obligations(lib, &q, &l, &err), CSQ_BAD_QUERY);
  q.actors = empty;
  assert_int_equal(csq_query_obligations(lib, &q, &l, &err), CSQ_BAD_QUERY);
  const char *nobody[] = {"無此機關"};
  q.actors = nobody; /* a name no bearer has: no answer, and the scope says so */
  l = ask(&q);
  assert_int_equal(csq_obligation_list_total(l), 0);
  assert_int_equal(csq_obligation_list_scope(l)->actor_count, 0);
  csq_obligation_list_free(l);
}

/* ---- out of memory ------------------------------------------------------------------------ */

/* An allocator that fails its fail_at-th call (0: never). */
static size_t calls, fail_at;
static void *failing_calloc(size_t n, size_t size) {
  return ++calls == fail_at ? NULL : calloc(n, size);
}
static void *failing_realloc(void *p, size_t size) {
  return ++calls == fail_at ? NULL : realloc(p, size);
}
static const csq_mem FAILING = {failing_calloc, failing_realloc, free};

/* Asks both questions of the database with the allocator failing at each
 * of its calls in turn: every failure is CSQ_NO_MEMORY and leaves nothing
 * behind (the sanitizer build checks), until the questions pass. (Without
 * a database the extraction runs too, and its clause reader does not yet
 * check every allocation: an obligation then lacks its clause.) */
static void fail_every_allocation(csq_library *l) {
  const char *employer[] = {"雇主"};
  csq_obligation_query q = everything();
  q.actors = employer;
  q.actor_count = 1;
  q.text = "通報";
  q.limit = 3;
  csq_actor_query a = {.text = "受託", .limit = 3};
  for (size_t at = 1;; at++) {
    calls = 0;
    fail_at = at;
    csq_obligation_list *list = NULL;
    csq_actor_list *names = NULL;
    csq_error err;
    csq_status st = csq_query_obligations(l, &q, &list, &err);
    if (st == CSQ_OK)
      st = csq_find_actors(l, &a, &names, &err);
    size_t used = calls;
    fail_at = 0;
    csq_obligation_list_free(list);
    csq_actor_list_free(names);
    if (st == CSQ_OK && at > used)
      break; /* no call failed: everything passed */
    if (st != CSQ_OK && st != CSQ_NO_MEMORY)
      fail_msg("allocation %zu failed: %s (%s)", at, csq_status_name(st), err.message);
    assert_true(at < 20000);
  }
}

static void out_of_memory_at_every_allocation(void **state) {
  (void)state;
  csq_corpus *c;
  csq_db *d;
  csq_library *l;
  csq_error err;
  assert_int_equal(csq_corpus_new(&FAILING, &c, &err), CSQ_OK);
  assert_int_equal(csq_db_open(db_path, &FAILING, &d, &err), CSQ_OK);
  assert_int_equal(csq_library_new(c, d, &l, &err), CSQ_OK);
  fail_every_allocation(l);
  csq_library_free(l);
  csq_db_free(d);
  csq_corpus_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_duty_of_a_bearer_in_every_law),
      cmocka_unit_test(read_back_is_the_extraction),
      cmocka_unit_test(actor_match_contains),
      cmocka_unit_test(names_that_mean_different_people_stay_apart),
      cmocka_unit_test(text_through_the_full_text_index),
      cmocka_unit_test(grouped_in_force_first_then_level_then_most),
      cmocka_unit_test(limit_and_offset_keep_the_total),
      cmocka_unit_test(provisions_of_a_law),
      cmocka_unit_test(bearer_names_with_counts),
      cmocka_unit_test(laws_in_memory_answer_as_the_database),
      cmocka_unit_test(bad_questions),
      cmocka_unit_test(out_of_memory_at_every_allocation),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
