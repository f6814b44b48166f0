/*
 * test_query.c — the forms a person types for a provision, and what a
 * lookup says when the provision does not exist or the query is not one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "library.h"
#include "csquery.h"

typedef struct fixture {
  csq_corpus *corpus;
  const csq_law *rules; /* 資通安全管理法施行細則, built in */
} fixture;

static fixture fx;

static int setup(void **state) {
  (void)state;
  csq_error err;
  if (csq_corpus_new(NULL, &fx.corpus, &err) != CSQ_OK || csq_corpus_add_builtin(fx.corpus, &err))
    return -1;
  fx.rules = csq_corpus_law_at(fx.corpus, 0);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  csq_corpus_free(fx.corpus);
  return 0;
}

/* Looks `query` up in `law` and checks the eIds of what it selects
 * (space-separated in `want`). */
static void expect(const csq_law *law, const char *query, const char *want) {
  csq_node_list *m = NULL;
  csq_error err;
  csq_status st = csq_test_lookup(fx.corpus, law, query, &m, &err);
  if (st != CSQ_OK)
    fail_msg("%s: status %d: %s", query, st, err.message);
  char got[2048] = "";
  for (size_t i = 0; i < csq_node_list_count(m); i++) {
    if (i)
      strcat(got, " ");
    strncat(got, csq_node_eid(csq_node_list_at(m, i)), sizeof got - strlen(got) - 2);
  }
  csq_node_list_free(m);
  if (strcmp(got, want) != 0)
    fail_msg("%s: got [%s], expected [%s]", query, got, want);
}

/* Expects `query` to fail with `status` and a message containing `words`. */
static void expect_error(const csq_law *law, const char *query, csq_status status,
                         const char *words) {
  csq_node_list *m = NULL;
  csq_error err;
  csq_status st = csq_test_lookup(fx.corpus, law, query, &m, &err);
  if (st != status)
    fail_msg("%s: status %d, expected %d (%s)", query, st, status, err.message);
  assert_null(m);
  if (!strstr(err.message, words))
    fail_msg("%s: message 「%s」 lacks 「%s」", query, err.message, words);
}

static void the_forms_people_type(void **state) {
  (void)state;
  const char *para = "art_4__para_1";
  expect(fx.rules, "第4條 第1項", para);
  expect(fx.rules, "第4條第1項", para);
  expect(fx.rules, "第四條第一項", para);
  expect(fx.rules, "第４條第１項", para);          /* full-width digits */
  expect(fx.rules, "第４條　第１項", para);         /* ideographic space */
  expect(fx.rules, "4條1項", para);
  expect(fx.rules, " 第 4 條 第 1 項 ", para);
  expect(fx.rules, "第4條第1項第5款", "art_4__para_1__subpara_5");
  expect(fx.rules, "第四條第一項第五款", "art_4__para_1__subpara_5");
  expect(fx.rules, "第4條", "art_4");
  expect(fx.rules, "第十三條", "art_13");
  expect(fx.rules, "第3條第4款", "art_3__para_1__subpara_4"); /* sole 項 */
  expect(fx.rules, "第4條至第6條", "art_4 art_5 art_6");
  expect(fx.rules, "第四條至第六條", "art_4 art_5 art_6");
  expect(fx.rules, "第12條到第13條", "art_12 art_13");
  expect(fx.rules, "本細則第2條", "art_2");
}

static void inserted_articles(void **state) {
  (void)state;
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_file(c, CSQ_SOURCE_DIR "/tests/golden/structure.json", &err),
                   CSQ_OK);
  fixture saved = fx;
  fx.corpus = c;
  const csq_law *law = csq_corpus_law_at(c, 0);
  expect(law, "第2條之1", "art_2-1");
  expect(law, "第二條之一", "art_2-1");
  expect(law, "2-1條", "art_2-1");
  expect(law, "第3條之1第2項", "art_3-1__para_2");
  expect(law, "第2條第1項第2款第2目", "art_2__para_1__subpara_2__item_2");
  expect(law, "第2條至第3條", "art_2 art_2-1 art_3"); /* 之1 lies between */
  expect_error(law, "第2條之2", CSQ_NOT_FOUND, "第2條之2 does not exist");
  expect_error(law, "第2條第1項第2款第9目", CSQ_NOT_FOUND, "has 2 目");
  fx = saved;
  csq_corpus_free(c);
}

static void other_laws_by_name(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  char path[4096];
  snprintf(path, sizeof path, "%s/moj/key/ch/A0030297.json", shared);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(c, &err), CSQ_OK);
  fixture saved = fx;
  fx.corpus = c;
  const csq_law *rules = csq_corpus_law_at(c, 0);
  /* Before the act is loaded, 本法 says what it is and how to load it. */
  expect_error(rules, "本法第16條", CSQ_NOT_FOUND, "資通安全管理法 (A0030297), which is not loaded");
  assert_int_equal(csq_corpus_add_file(c, path, &err), CSQ_OK);
  const csq_law *act = csq_corpus_find_law(c, "資通安全管理法");
  assert_non_null(act);
  assert_ptr_equal(csq_corpus_find_law(c, "A0030297"), act);
  csq_node_list *m;
  assert_int_equal(csq_test_lookup(c, rules, "本法第16條第1項", &m, &err), CSQ_OK);
  assert_ptr_equal(csq_node_law(csq_node_list_at(m, 0)), act);
  assert_string_equal(csq_node_eid(csq_node_list_at(m, 0)), "art_16__para_1");
  csq_node_list_free(m);
  expect(rules, "資通安全管理法 第16條", "art_16");
  expect(rules, "資通安全管理法第三條第五款", "art_3__para_1__subpara_5");
  expect_error(rules, "電子簽章法第1條", CSQ_NOT_FOUND, "電子簽章法 (J0080037) is not loaded");
  fx = saved;
  csq_corpus_free(c);
}

static void what_does_not_exist(void **state) {
  (void)state;
  expect_error(fx.rules, "第4條第4項", CSQ_NOT_FOUND, "第4條 has 3 項");
  expect_error(fx.rules, "第14條", CSQ_NOT_FOUND, "has 13 articles, 第1條 to 第13條");
  expect_error(fx.rules, "第10條之1", CSQ_NOT_FOUND, "第10條之1 does not exist");
  expect_error(fx.rules, "第4條第1項第10款", CSQ_NOT_FOUND, "第4條第1項 has 9 款");
  expect_error(fx.rules, "第4條第3項第1款", CSQ_NOT_FOUND, "第4條第3項 has 0 款");
  expect_error(fx.rules, "第4條第5款", CSQ_NOT_FOUND, "第4條 has 3 項; say which");
  expect_error(fx.rules, "第4條至第20條", CSQ_NOT_FOUND, "第20條 does not exist");
}

static void not_queries(void **state) {
  (void)state;
  static const char *const BAD[] = {"hello", "", "第條", "第4項", "條4", "第0條",
                                    "第4條第0項", "第4條第1項第1款第1目第1目",
                                    "第4條第1項至第6條", "\xff\xfe"};
  for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
    expect_error(fx.rules, BAD[i], CSQ_BAD_QUERY, "第4條");
  expect_error(fx.rules, "第6條至第4條", CSQ_BAD_QUERY, "ends before it starts");
  expect_error(fx.rules, "第4條第1目", CSQ_BAD_QUERY, "a 目 sits in a 款");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(the_forms_people_type), cmocka_unit_test(inserted_articles),
      cmocka_unit_test(other_laws_by_name),    cmocka_unit_test(what_does_not_exist),
      cmocka_unit_test(not_queries),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
