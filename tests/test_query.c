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
#include "csquery.h"
#include "library.h"

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
  expect(fx.rules, "第４條第１項", para);   /* full-width digits */
  expect(fx.rules, "第４條　第１項", para); /* ideographic space */
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
  expect_error(rules, "本法第16條", CSQ_NOT_FOUND,
               "資通安全管理法 (A0030297), which is not loaded");
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

/* Several provisions at once, ranges below the article, and the sentence a
 * 但書, 前段 or 後段 names. */
static void several_and_parts(void **state) {
  (void)state;
  expect(fx.rules, "第4條 第5條", "art_4 art_5");
  expect(fx.rules, "第4條、第5條", "art_4 art_5");
  expect(fx.rules, "第4條及第6條", "art_4 art_6");
  expect(fx.rules, "第4條，第十條", "art_4 art_10");
  expect(fx.rules, "第4條第1項、第2項", "art_4__para_1 art_4__para_2");
  expect(fx.rules, "第4條第1項第2款、第3款", "art_4__para_1__subpara_2 art_4__para_1__subpara_3");
  expect(fx.rules, "第4條第1項至第3項", "art_4__para_1 art_4__para_2 art_4__para_3");
  expect(fx.rules, "第4條第1項第1款至第3款",
         "art_4__para_1__subpara_1 art_4__para_1__subpara_2 art_4__para_1__subpara_3");
  expect(fx.rules, "第4條至第5條、第8條", "art_4 art_5 art_8");
  /* 第2條: 「本法第三條第五款所稱軍事機關，…；所稱情報機關，…。」 */
  csq_node_list *m;
  csq_error err;
  size_t start, end;
  assert_int_equal(csq_test_lookup(fx.corpus, fx.rules, "第2條前段 第2條後段", &m, &err), CSQ_OK);
  assert_int_equal(csq_node_list_count(m), 2);
  assert_string_equal(csq_node_list_part(m, 0, &start, &end), "first_sentence");
  assert_int_equal(start, 0);
  const char *text = csq_node_text(csq_node_list_at(m, 0), NULL);
  assert_string_equal(csq_node_eid(csq_node_list_at(m, 0)), "art_2__para_1");
  size_t semi = end;
  assert_string_equal(csq_node_list_part(m, 1, &start, &end), "second_sentence");
  assert_int_equal(start, semi);
  assert_true(strstr(text, "所稱情報機關") != NULL);
  csq_node_list_free(m);
  assert_int_equal(csq_test_lookup(fx.corpus, fx.rules, "第4條", &m, &err), CSQ_OK);
  assert_string_equal(csq_node_list_part(m, 0, NULL, NULL), "");
  csq_node_list_free(m);
  expect_error(fx.rules, "第4條第1項但書", CSQ_NOT_FOUND, "第4條第1項 has no 但書");
  expect_error(fx.rules, "第4條但書", CSQ_NOT_FOUND, "第4條 has 3 項; say which");
  expect_error(fx.rules, "第4條第1項至第5項", CSQ_NOT_FOUND, "第4條 has 3 項; there is no 第5項");
  expect_error(fx.rules, "第4條、第99條", CSQ_NOT_FOUND, "第99條 does not exist");
  expect_error(fx.rules, "第2章", CSQ_NOT_FOUND, "has no 章");
  expect_error(fx.rules, "第4條第1項至第6條", CSQ_BAD_QUERY, "the same level");
}

/* A law's file from the unpacked national corpus, added to c. */
static void add_national(csq_corpus *c, const char *pcode) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(dir);
  char path[4096];
  csq_error err;
  snprintf(path, sizeof path, "%s/%s.json", dir, pcode);
  if (csq_corpus_add_file(c, path, &err) != CSQ_OK)
    fail_msg("%s: %s", path, err.message);
}

/* Every law by the names lawyers use: short names, former names, the name
 * without 中華民國, a bare article number after a name; headings by number
 * and by title; and what is said when a name names nothing loaded. */
static void laws_by_their_names(void **state) {
  (void)state;
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(c, &err), CSQ_OK);
  fixture saved = fx;
  fx.corpus = c;
  const csq_law *rules = csq_corpus_law_at(c, 0);
  expect_error(rules, "刑法第10條第2項", CSQ_NOT_FOUND,
               "刑法 is 中華民國刑法 (C0000001), which is not loaded (1 law loaded: "
               "資通安全管理法施行細則); load it with -f FILE");
  expect_error(rules, "刑罰法第1條", CSQ_NOT_FOUND, "no law is named 刑罰法 (1 law loaded");
  expect_error(rules, "刑罰法第1條", CSQ_NOT_FOUND, "中華民國刑法");
  expect_error(rules, "職業安全法第1條", CSQ_NOT_FOUND, "did you mean 職業安全衛生法");
  add_national(c, "C0000001"); /* 中華民國刑法 */
  add_national(c, "N0030001"); /* 勞動基準法 */
  add_national(c, "N0060001"); /* 職業安全衛生法 */
  add_national(c, "L0040001"); /* 食品安全衛生管理法, once 食品衛生管理法 */
  add_national(c, "I0050021"); /* 個人資料保護法, once 電腦處理個人資料保護法 */
  add_national(c, "Q0010001"); /* 臺灣地區與大陸地區人民關係條例 */
  expect(rules, "刑法第10條第2項", "art_10__para_2");
  expect(rules, "中華民國刑法第10條第2項", "art_10__para_2");
  expect(rules, "我國刑法 第十條 第二項", "art_10__para_2");
  expect(rules, "勞基法 30-1", "art_30-1");
  expect(rules, "勞基法30", "art_30");
  expect(rules, "勞動基準法第30條之1", "art_30-1");
  expect(rules, "職業安全衛生法33", "art_33");
  expect(rules, "職安法 第6條", "art_6");
  expect(rules, "個資法第2條第1款", "art_2__para_1__subpara_1");
  expect(rules, "電腦處理個人資料保護法第1條", "art_1");
  expect(rules, "食品衛生管理法第1條", "art_1");
  /* 台 as people type it, 臺 as the statutes write it (grammar/variants.tsv) */
  expect(rules, "台灣地區與大陸地區人民關係條例第2條", "art_2");
  expect(rules, "刑法第10條、第11條", "art_10 art_11");
  expect(rules, "刑法第10條、勞基法第1條", "art_10 art_1");
  expect(rules, "刑法 第二編", "part_2");
  expect(rules, "刑法第2編第4章", "part_2__chp_4");
  expect(rules, "刑法分則", "part_2");
  expect(rules, "刑法總則編", "part_1");
  expect(rules, "刑法瀆職罪章", "part_2__chp_4");
  expect(rules, "刑法", ""); /* the whole law: its root, whose eId is "" */
  expect(rules, "勞基法、職安法第6條", " art_6");
  expect(rules, "刑法第2條但書", "art_2__para_1");
  expect_error(rules, "刑法第3編", CSQ_NOT_FOUND,
               "中華民國刑法 has 2 編 (第1編 總則, 第2編 分則); there is no 第3編");
  expect_error(rules, "刑法第2章", CSQ_NOT_FOUND, "say which");
  expect_error(rules, "刑法第999條", CSQ_NOT_FOUND, "第999條 does not exist: 中華民國刑法 has");
  expect_error(rules, "刑罰法第1條", CSQ_NOT_FOUND, "7 laws loaded");
  expect_error(rules, "職業安全法", CSQ_NOT_FOUND, "did you mean 職業安全衛生法");
  /* one library, many names: the first few are found by a scan of the
   * list, the rest through its index, and a name asked with its fallbacks
   * (中華民國勞動基準法: the name, then without 中華民國) across the change
   * answers the same; with no law given, the library's primary law only
   * where a query needs it */
  csq_library *lib;
  for (int k = 0; k < 6; k++) { /* k unknown names first: one k crosses the change */
    assert_int_equal(csq_library_new(c, NULL, &lib, &err), CSQ_OK);
    csq_node_list *m = NULL;
    for (int i = 0; i < k; i++)
      assert_int_equal(csq_lookup(lib, NULL, "無此法第1條", &m, &err), CSQ_NOT_FOUND);
    if (csq_lookup(lib, NULL, "中華民國勞動基準法第30條", &m, &err) != CSQ_OK)
      fail_msg("after %d unknown names: %s", k, err.message);
    assert_string_equal(csq_node_eid(csq_node_list_at(m, 0)), "art_30");
    csq_node_list_free(m);
    csq_library_free(lib);
  }
  assert_int_equal(csq_library_new(c, NULL, &lib, &err), CSQ_OK);
  static const struct {
    const char *query, *law, *eids;
  } LAZY[] = {{"第4條", "資通安全管理法施行細則", "art_4"},
              {"刑法第10條 第11條", "中華民國刑法", "art_10 art_11"},
              {"刑法第10條、本細則第4條", "資通安全管理法施行細則", "art_10 art_4"}};
  for (size_t i = 0; i < sizeof LAZY / sizeof *LAZY; i++) {
    csq_node_list *m = NULL;
    if (csq_lookup(lib, NULL, LAZY[i].query, &m, &err) != CSQ_OK)
      fail_msg("%s: %s", LAZY[i].query, err.message);
    size_t n = csq_node_list_count(m);
    assert_string_equal(csq_law_name(csq_node_law(csq_node_list_at(m, n - 1))), LAZY[i].law);
    char got[256] = "";
    for (size_t k = 0; k < n; k++)
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? " " : "",
               csq_node_eid(csq_node_list_at(m, k)));
    assert_string_equal(got, LAZY[i].eids);
    csq_node_list_free(m);
  }
  csq_library_free(lib);
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
  static const char *const BAD[] = {"hello",
                                    "",
                                    "第條",
                                    "第4項",
                                    "條4",
                                    "第0條",
                                    "第4條第0項",
                                    "第4條第1項第1款第1目第1目",
                                    "第4條第1項至第6條",
                                    "\xff\xfe"};
  for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
    expect_error(fx.rules, BAD[i], CSQ_BAD_QUERY, "第4條");
  expect_error(fx.rules, "第6條至第4條", CSQ_BAD_QUERY, "ends before it starts");
  expect_error(fx.rules, "第4條第1目", CSQ_BAD_QUERY, "a 目 sits in a 款");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(the_forms_people_type), cmocka_unit_test(inserted_articles),
      cmocka_unit_test(other_laws_by_name),    cmocka_unit_test(several_and_parts),
      cmocka_unit_test(laws_by_their_names),   cmocka_unit_test(what_does_not_exist),
      cmocka_unit_test(not_queries),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
