/*
 * test_obligations.c — obligations and definitions (issue 4): the seed
 * against the hand-written spec in tests/golden/obligations/ (no update
 * mode: the spec is read, not generated), every cue and every false friend
 * one by one (written as data in tests/spec/obligations.txt), spans,
 * aliases of actors, and the whole national corpus
 * (counts of each modality and the most frequent actors, printed; a
 * sample of 50 for reading by hand in $CSQ_OBLIGATION_SAMPLE).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "spec.h"
#include "text.h"
#include "csquery.h"

/* ---- writing down --------------------------------------------------------- */

/* The spec's form of one obligation (docs in the golden file's header). */
static void put_obligation(csq_test_text *t, const csq_obligation *o) {
  const char *actor = csq_obligation_text(o, CSQ_PART_ACTOR);
  const char *cond = csq_obligation_text(o, CSQ_PART_CONDITION);
  csq_test_put(t, "%s %s 「%s」\n", csq_node_eid(csq_obligation_node(o)),
      csq_modality_name(csq_obligation_modality(o)), csq_obligation_text(o, CSQ_PART_CUE));
  csq_test_put(t, "  actor: %s", actor[0] ? actor : "-");
  if (csq_obligation_actor_from(o))
    csq_test_put(t, " (carried from %s)", csq_node_eid(csq_obligation_actor_from(o)));
  csq_test_put(t, "\n  condition: %s\n", cond[0] ? cond : "-");
  if (csq_obligation_modality(o) != CSQ_EXCEPTION)
    csq_test_put(t, "  action: %s\n", csq_obligation_text(o, CSQ_PART_ACTION));
}

static void put_definition(csq_test_text *t, const csq_definition *d) {
  csq_test_put(t, "%s %s 「%s」 = %s\n  scope: %s", csq_node_eid(csq_definition_node(d)),
      csq_definition_form(d), csq_definition_term(d), csq_definition_meaning(d),
      csq_definition_scope_text(d)[0] ? csq_definition_scope_text(d) : "the law");
  for (size_t i = 0; i < csq_definition_scope_count(d); i++)
    csq_test_put(t, "%s%s", i ? " " : " → ", csq_definition_scope_at(d, i));
  csq_test_put(t, "\n");
}

/* The spec without its comments and blank lines. */
static char *read_spec(const char *path) {
  size_t len;
  char *raw = csq_test_read_file(path, &len);
  assert_non_null(raw);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (char *line = strtok(raw, "\n"); line; line = strtok(NULL, "\n"))
    if (line[0] != '#' && line[0] != '\0')
      csq_test_put(&t, "%s\n", line);
  free(raw);
  return t.s;
}

/* Compares line by line and names the first difference. */
static void expect_spec(const char *path, const char *got) {
  char *want = read_spec(path);
  if (strcmp(want, got) != 0) {
    const char *w = want, *g = got;
    int line = 1;
    while (*w && *w == *g) {
      line += *w == '\n';
      w++, g++;
    }
    while (w > want && w[-1] != '\n')
      w--, g--;
    fprintf(stderr, "%s: line %d (comments left out) differs\n  want: %.*s\n  got:  %.*s\n",
            path, line, (int)strcspn(w, "\n"), w, (int)strcspn(g, "\n"), g);
    fprintf(stderr, "--- got in full ---\n%s", got);
  }
  assert_string_equal(want, got);
  free(want);
}

/* ---- fixtures -------------------------------------------------------------- */

static csq_corpus *seed(void) {
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(c, &err), CSQ_OK);
  return c;
}

/* A one-article law holding `body` as its first paragraph. */
static csq_corpus *one(const char *body) {
  csq_corpus *c;
  csq_error err;
  char buf[2048];
  snprintf(buf, sizeof buf, "第 1 條\n\n%s\n", body);
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, buf, strlen(buf), "test", &err), CSQ_OK);
  return c;
}

static csq_obligations *build(const csq_corpus *c) {
  csq_obligations *o;
  csq_error err;
  assert_int_equal(csq_obligations_build(c, &o, &err), CSQ_OK);
  return o;
}

/* ---- the seed ------------------------------------------------------------- */

static void test_seed_spec(void **state) {
  (void)state;
  csq_corpus *c = seed();
  csq_obligations *o = build(c);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_obligations_count(o); i++)
    put_obligation(&t, csq_obligations_at(o, i));
  expect_spec("golden/obligations/資通安全管理法施行細則.obligations", t.s);
  free(t.s);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

static void test_seed_definitions(void **state) {
  (void)state;
  csq_corpus *c = seed();
  csq_refs *refs;
  csq_definitions *d;
  csq_error err;
  assert_int_equal(csq_refs_build(c, &refs, &err), CSQ_OK);
  assert_int_equal(csq_definitions_build(c, refs, &d, &err), CSQ_OK);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_definitions_count(d); i++)
    put_definition(&t, csq_definitions_at(d, i));
  expect_spec("golden/obligations/資通安全管理法施行細則.definitions", t.s);
  /* 核心資通系統 is used in 第6條第1項第6款 (and defined in 第7條第2項) */
  const csq_definition *core = NULL;
  for (size_t i = 0; i < csq_definitions_count(d); i++)
    if (strcmp(csq_definition_term(csq_definitions_at(d, i)), "核心資通系統") == 0)
      core = csq_definitions_at(d, i);
  assert_non_null(core);
  csq_node_list *uses;
  assert_int_equal(csq_definition_uses(core, &uses, &err), CSQ_OK);
  assert_int_equal(csq_node_list_count(uses), 2);
  assert_string_equal(csq_node_eid(csq_node_list_at(uses, 0)), "art_4__para_1__subpara_5");
  assert_string_equal(csq_node_eid(csq_node_list_at(uses, 1)), "art_6__para_1__subpara_6");
  csq_node_list_free(uses);
  free(t.s);
  csq_definitions_free(d);
  csq_refs_free(refs);
  csq_corpus_free(c);
}

/* The byte offset of code point `n` of s. */
static size_t byte_of(const char *s, size_t len, size_t n) {
  int32_t i = 0;
  U8_FWD_N(s, i, (int32_t)len, (int32_t)n);
  return (size_t)i;
}

static size_t chars_of(const char *s) {
  size_t n = 0;
  int32_t len = (int32_t)strlen(s);
  for (int32_t i = 0; i < len; n++)
    U8_FWD_1(s, i, len);
  return n;
}

/* Every span of the seed cuts its part out of the node's text. */
static void test_seed_spans(void **state) {
  (void)state;
  csq_corpus *c = seed();
  csq_obligations *o = build(c);
  for (size_t i = 0; i < csq_obligations_count(o); i++) {
    const csq_obligation *ob = csq_obligations_at(o, i);
    size_t len;
    const char *s = csq_node_text(csq_obligation_node(ob), &len);
    for (int p = CSQ_PART_CLAUSE; p <= CSQ_PART_CONDITION; p++) {
      size_t a, b;
      if (!csq_obligation_span(ob, (csq_obligation_part)p, &a, &b))
        continue;
      size_t ba = byte_of(s, len, a), bb = byte_of(s, len, b);
      const char *want = csq_obligation_text(ob, (csq_obligation_part)p);
      if (bb - ba != strlen(want))
        fprintf(stderr, "%s part %d: %zu-%zu is not 「%s」\n",
                csq_node_eid(csq_obligation_node(ob)), p, a, b, want);
      assert_int_equal(bb - ba, strlen(want));
      assert_memory_equal(s + ba, want, bb - ba);
    }
  }
  /* 第4條第1項第5款: three clauses after 五、, each to its ；/。 */
  const csq_law *law = csq_corpus_law_at(c, 0);
  csq_obligation_list *found;
  csq_error err;
  assert_int_equal(
      csq_obligations_in(o, csq_law_find(law, "art_4__para_1__subpara_5"), NULL, &found, &err),
      CSQ_OK);
  assert_int_equal(csq_obligation_list_count(found), 3);
  const csq_obligation *list[3];
  for (size_t i = 0; i < 3; i++)
    list[i] = csq_obligation_list_at(found, i);
  size_t a, b;
  assert_true(csq_obligation_span(list[0], CSQ_PART_CLAUSE, &a, &b));
  assert_int_equal(a, 2);  /* after 五、 */
  assert_int_equal(b, 39); /* 16 + ， + 19 + ； */
  assert_true(csq_obligation_span(list[1], CSQ_PART_CLAUSE, &a, &b));
  assert_int_equal(a, 39);
  assert_true(csq_obligation_span(list[2], CSQ_PART_CLAUSE, &a, &b));
  assert_int_equal(b, chars_of(csq_node_text(csq_obligation_node(list[2]), NULL)));
  csq_obligation_list_free(found);
  /* 第4條: 第1項 1, its 款 9, 第2項 1, 第3項 2 */
  csq_obligation_filter deep = {1, -1, NULL};
  assert_int_equal(csq_obligations_in(o, csq_law_find(law, "art_4"), &deep, &found, &err), CSQ_OK);
  assert_int_equal(csq_obligation_list_count(found), 13);
  csq_obligation_list_free(found);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* Asking for 公務機關 also finds the duties of 各機關 (its alias). */
static void test_actor_alias(void **state) {
  (void)state;
  csq_corpus *c = seed();
  csq_obligations *o = build(c);
  size_t public = 0, contractor = 0, competent = 0;
  for (size_t i = 0; i < csq_obligations_count(o); i++) {
    const csq_obligation *ob = csq_obligations_at(o, i);
    public += csq_obligation_has_actor(o, ob, "公務機關");
    contractor += csq_obligation_has_actor(o, ob, "受託者");
    competent += csq_obligation_has_actor(o, ob, "主管機關");
  }
  /* 第3條 (公務機關或…), 第4條第1項 and 第1項第7款 (各機關), 第6條第2項
   * (各機關), 第6條第3項 (公務機關) */
  assert_int_equal(public, 5);
  /* 第4條第1項第1款, 第2款, 第5款 (its first and third duties), 第6款 */
  assert_int_equal(contractor, 5);
  /* 第11條 (4, joined with 中央目的事業主管機關) and 第12條 */
  assert_int_equal(competent, 5);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* ---- cues, false friends and parts: tests/spec/obligations.txt ---------------- */

/* One row of the spec: a sentence, how many obligations it holds and the
 * parts of one of them (NULL: not checked). */
typedef struct cue_case {
  const char *text;
  int count; /* obligations expected */
  int nth;   /* which of them the parts describe, from 1 */
  const char *modality, *cue, *actor, *condition, *action, *clause;
} cue_case;

/* The clause of `ob` as its span cuts it out of the node's text, or NULL
 * when it has no span; the caller frees it. */
static char *clause_of(const csq_obligation *ob) {
  size_t len, a, b;
  const char *s = csq_node_text(csq_obligation_node(ob), &len);
  if (!csq_obligation_span(ob, CSQ_PART_CLAUSE, &a, &b))
    return NULL;
  size_t ba = byte_of(s, len, a), bb = byte_of(s, len, b);
  csq_test_text t = {0};
  csq_test_put(&t, "%.*s", (int)(bb - ba), s + ba);
  return t.s;
}

/* Each part the case names that `ob` does not have, one line each; NULL
 * when all agree. */
static char *check_parts(const cue_case *k, const csq_obligation *ob) {
  enum { N = 6 };
  static const char *const NAMES[N] = {"modality", "cue", "actor", "condition", "action", "clause"};
  char *clause = k->clause ? clause_of(ob) : NULL;
  const char *got[N] = {
      csq_modality_name(csq_obligation_modality(ob)), csq_obligation_text(ob, CSQ_PART_CUE),
      csq_obligation_text(ob, CSQ_PART_ACTOR),        csq_obligation_text(ob, CSQ_PART_CONDITION),
      csq_obligation_text(ob, CSQ_PART_ACTION),       clause ? clause : "(no span)"};
  const char *want[N] = {k->modality, k->cue, k->actor, k->condition, k->action, k->clause};
  csq_test_text why = {0};
  for (int i = 0; i < N; i++)
    if (want[i] && strcmp(got[i], want[i]) != 0)
      csq_test_put(&why, "\n  %s\n     got: \"%s\"\n    want: \"%s\"", NAMES[i], got[i], want[i]);
  free(clause);
  return why.s;
}

/* The sentence as the only paragraph of a law: its obligations against the
 * case. NULL when they agree, else what differs. */
static char *check_case(const cue_case *k) {
  csq_corpus *c = one(k->text);
  csq_obligations *o = build(c);
  csq_test_text why = {0};
  size_t count = csq_obligations_count(o);
  if (count != (size_t)k->count) {
    csq_test_put(&why, "%s\n  %zu obligations, want %d", k->text, count, k->count);
  } else if (k->count) {
    char *parts = check_parts(k, csq_obligations_at(o, (size_t)k->nth - 1));
    if (parts)
      csq_test_put(&why, "%s\n  obligation %d of %d:%s", k->text, k->nth, k->count, parts);
    free(parts);
  }
  csq_obligations_free(o);
  csq_corpus_free(c);
  return why.s;
}

/* The columns a section of the spec may name; text comes first. */
static const char *const COLUMNS[] = {"text",  "count",     "obligation", "modality", "cue",
                                      "actor", "condition", "action",     "clause",   NULL};

/* A field that must be a whole number: the number, or -1. */
static int number_of(const char *field) {
  if (!field || !*field)
    return -1;
  char *end;
  long n = strtol(field, &end, 10);
  return n < 0 || n > 1000 || *end ? -1 : (int)n;
}

/* What is out of form in a row, or NULL. */
static const char *row_error(const cue_case *k, int nth_given) {
  int parts = k->modality || k->cue || k->actor || k->condition || k->action || k->clause;
  if (!k->text)
    return "the text is missing";
  if (k->count < 0)
    return "count must be a whole number";
  if (k->count == 0 && (parts || nth_given))
    return "count is 0: every field after it must be *";
  if (k->count > 0 && (k->nth < 1 || k->nth > k->count))
    return "obligation must be a number from 1 to count";
  return NULL;
}

static char *check_row(const csq_spec_case *row) {
  const char *nth = csq_spec_field(row, "obligation");
  cue_case k = {csq_spec_field(row, "text"),      number_of(csq_spec_field(row, "count")),
                nth ? number_of(nth) : 1,         csq_spec_field(row, "modality"),
                csq_spec_field(row, "cue"),       csq_spec_field(row, "actor"),
                csq_spec_field(row, "condition"), csq_spec_field(row, "action"),
                csq_spec_field(row, "clause")};
  const char *error = row_error(&k, nth != NULL);
  if (!error)
    return check_case(&k);
  csq_test_text why = {0};
  csq_test_put(&why, "%s", error);
  return why.s;
}

/* Every cue and false friend of issue 4 one by one, the parts of each duty,
 * bearers carried or not, duties joined by commas: the cases are data. */
static void test_cue_spec(void **state) {
  (void)state;
  int failed = csq_spec_run_table("obligations.txt", COLUMNS, check_row);
  if (failed)
    fail_msg("%d failed in tests/spec/obligations.txt: each is named above", failed);
}

/* 本法用詞，定義如下：一、X：指Y, and 「X」…指Y. */
static void test_definition_forms(void **state) {
  (void)state;
  static const char LAW[] = "第 1 條\n\n本法用詞，定義如下：\n一、資通系統：指用以蒐集、控制、"
                            "傳輸、儲存資訊之系統。\n二、資通服務：指與資訊之蒐集相關之服務。\n\n"
                            "第 2 條\n\n本辦法所定「關鍵基礎設施」，係指實體或虛擬資產。\n";
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, LAW, strlen(LAW), "test", &err), CSQ_OK);
  csq_definitions *d;
  assert_int_equal(csq_definitions_build(c, NULL, &d, &err), CSQ_OK);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_definitions_count(d); i++)
    put_definition(&t, csq_definitions_at(d, i));
  assert_string_equal(t.s, "art_1__para_1__subpara_1 list 「資通系統」 = 用以蒐集、控制、傳輸、"
                           "儲存資訊之系統\n  scope: the law\n"
                           "art_1__para_1__subpara_2 list 「資通服務」 = 與資訊之蒐集相關之服務\n"
                           "  scope: the law\n"
                           "art_2__para_1 quoted 「關鍵基礎設施」 = 實體或虛擬資產\n"
                           "  scope: the law\n");
  free(t.s);
  csq_definitions_free(d);
  csq_corpus_free(c);
}

/* ---- the national corpus --------------------------------------------------- */

typedef struct tally {
  const char *name;
  size_t n;
} tally;

static int by_count(const void *a, const void *b) {
  const tally *x = a, *y = b;
  return x->n < y->n ? 1 : x->n > y->n ? -1 : strcmp(x->name, y->name);
}

/* Counts of each modality, the 30 most frequent actors, and (when
 * CSQ_OBLIGATION_SAMPLE names a file) 50 obligations drawn at random. */
static void test_national_corpus(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  size_t count;
  char **paths = csq_test_list_laws(ch, &count);
  assert_non_null(paths);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  for (size_t i = 0; i < count; i++)
    assert_int_equal(csq_corpus_add_file(c, paths[i], &err), CSQ_OK);
  csq_obligations *o = build(c);
  size_t total = csq_obligations_count(o), by_modality[4] = {0};
  tally *actors = calloc(total + 1, sizeof *actors);
  size_t n_actors = 0;
  for (size_t i = 0; i < total; i++) {
    const csq_obligation *ob = csq_obligations_at(o, i);
    by_modality[csq_obligation_modality(ob)]++;
    const char *a = csq_obligation_text(ob, CSQ_PART_ACTOR);
    size_t j = 0;
    while (j < n_actors && strcmp(actors[j].name, a) != 0)
      j++;
    if (j == n_actors && n_actors < 20000)
      actors[n_actors++] = (tally){a, 0};
    if (j < n_actors)
      actors[j].n++;
  }
  qsort(actors, n_actors, sizeof *actors, by_count);
  printf("obligations over %zu laws: %zu; shall %zu, may %zu, shall_not %zu, exception %zu\n",
         csq_corpus_law_count(c), total, by_modality[0], by_modality[1], by_modality[2],
         by_modality[3]);
  for (size_t i = 0; i < 30 && i < n_actors; i++)
    printf("  %2zu. %s %zu\n", i + 1, actors[i].name[0] ? actors[i].name : "(none)",
           actors[i].n);
  assert_true(by_modality[CSQ_SHALL] > 50000);
  assert_true(by_modality[CSQ_MAY] > 10000);
  assert_true(by_modality[CSQ_SHALL_NOT] > 5000);
  assert_true(by_modality[CSQ_EXCEPTION] > 1000);
  const char *sample = getenv("CSQ_OBLIGATION_SAMPLE");
  FILE *f = sample ? fopen(sample, "w") : NULL;
  srand(getenv("CSQ_OBLIGATION_SEED") ? (unsigned)atoi(getenv("CSQ_OBLIGATION_SEED")) : 4);
  for (int k = 0; f && k < 50; k++) {
    const csq_obligation *ob = csq_obligations_at(o, (size_t)rand() % total);
    const csq_node *n = csq_obligation_node(ob);
    csq_test_text t = {0};
    csq_test_put(&t, "");
    put_obligation(&t, ob);
    fprintf(f, "%d. %s %s\n  clause: %s\n%s\n", k + 1, csq_law_name(csq_node_law(n)),
            csq_node_cite(n), csq_obligation_text(ob, CSQ_PART_CLAUSE), t.s);
    free(t.s);
  }
  if (f)
    fclose(f);
  free(actors);
  csq_obligations_free(o);
  csq_corpus_free(c);
  csq_test_free_list(paths, count);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seed_spec),       cmocka_unit_test(test_seed_definitions),
      cmocka_unit_test(test_seed_spans),      cmocka_unit_test(test_actor_alias),
      cmocka_unit_test(test_cue_spec),        cmocka_unit_test(test_definition_forms),
      cmocka_unit_test(test_national_corpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
