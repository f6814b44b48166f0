/*
 * test_versions.c — every version of every law (docs/versions.md): the
 * older open-data format read as it is, its same-version laws giving the
 * trees of the current format; the amendment record read as data; many
 * versions in one database; questions asked on a date; the diff of two
 * versions (the 2018 → 2025 table of ../shared/corpus/README.md); and
 * old citations today.
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

#include "agreement.h"
#include "corpus_dir.h"
#include "csquery.h"
#include "formats.h"
#include "query/query.h" /* the diff and the amendment record, item by item */
#include "tree_dump.h"

static char ch[4096], old[4096], key[4096], act2025[4096], db_path[256];

static int setup(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  const char *c = csq_test_unpack_ch(CSQ_CACHE_DIR), *o = csq_test_unpack_moj2019(CSQ_CACHE_DIR);
  if (!shared || !c || !o)
    return -1; /* the shared corpus is required: fail, never skip */
  snprintf(ch, sizeof ch, "%s", c);
  snprintf(old, sizeof old, "%s", o);
  snprintf(key, sizeof key, "%s/moj/key/ch", shared);
  snprintf(act2025, sizeof act2025, "%s/act-2025/A0030297.md", shared);
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_versions_%ld.db", (long)getpid());
  unlink(db_path);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  unlink(db_path);
  return 0;
}

/* A corpus of the files named (NULL-terminated) and a library over it. */
typedef struct world {
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
} world;

static void open_world(world *w, const char *db, ...) {
  csq_error err;
  memset(w, 0, sizeof *w);
  assert_int_equal(csq_corpus_new(NULL, &w->corpus, &err), CSQ_OK);
  va_list ap;
  va_start(ap, db);
  for (const char *path; (path = va_arg(ap, const char *));)
    if (csq_corpus_add_file(w->corpus, path, &err) != CSQ_OK)
      fail_msg("%s: %s", path, err.message);
  va_end(ap);
  if (db && csq_db_open(db, NULL, &w->db, &err) != CSQ_OK)
    fail_msg("%s", err.message);
  assert_int_equal(csq_library_new(w->corpus, w->db, &w->lib, &err), CSQ_OK);
}

static void close_world(world *w) {
  csq_library_free(w->lib);
  csq_db_free(w->db);
  csq_corpus_free(w->corpus);
}

static const char *path_in(char *buf, size_t size, const char *dir, const char *pcode) {
  snprintf(buf, size, "%s/%s.json", dir, pcode);
  return buf;
}

static const csq_law *law_at(world *w, const char *name, const char *date) {
  const csq_law *law;
  csq_error err;
  if (csq__library_find_law_at(w->lib, name, date, &law, &err) != CSQ_OK)
    fail_msg("%s @%s: %s", name, date ? date : "(library)", err.message);
  return law;
}

static const char *text_of(const csq_law *law, const char *eid) {
  const csq_node *n = csq_law_find(law, eid);
  if (!n)
    fail_msg("%s has no %s", csq_law_name(law), eid);
  return csq_node_text(n, NULL);
}

/* ---- the older format ------------------------------------------------------ */

/* The 2018 rules in the older format: hard wraps joined, 款 continuations
 * indented in the source, and an article the 2021 amendment left alone
 * exactly as the current format has it. */
static void older_format_reads_the_2018_rules(void **state) {
  (void)state;
  char a[4200], b[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, old, "A0030303"), path_in(b, sizeof b, key, "A0030303"),
             NULL);
  const csq_law *l2018 = csq_corpus_law_at(w.corpus, 0), *l2021 = csq_corpus_law_at(w.corpus, 1);
  assert_string_equal(csq_law_version(l2018), "2018-11-21");
  assert_string_equal(csq_law_format(l2018), "moj-old");
  assert_string_equal(csq_law_id(l2018), "A0030303");
  assert_int_equal(csq_law_article_count(l2018), 13);
  assert_string_equal(text_of(l2018, "art_4__para_1__subpara_6"),
                      "六、受託者執行受託業務，違反資通安全相關法令或知悉資通安全事件時，"
                      "應立即通知委託機關及採行之補救措施。");
  assert_string_equal(text_of(l2018, "art_10__para_1"),
                      "本法第十八條第三項及第五項所稱重大資通安全事件，指資通安全事件通報及應變"
                      "辦法第二條第四項及第五項規定之第三級及第四級資通安全事件。");
  /* §4 was not amended in 2021: the same subtree in both formats */
  for (const char *const *e =
           (const char *const[]){"art_4__para_1", "art_4__para_2", "art_4__para_3",
                                 "art_4__para_2__subpara_1", NULL};
       *e; e++)
    assert_string_equal(text_of(l2018, *e), text_of(l2021, *e));
  assert_null(csq_law_find(l2018, "art_4__para_4"));
  assert_true(strstr(csq_law_history(l2018), "1070213547") != NULL);
  close_world(&w);
}

/* The whole-dump shapes: {"法規": [...]} and a bare array. */
static void older_format_dump_shapes(void **state) {
  (void)state;
  char a[4200];
  size_t len;
  char *one = csq_test_read_file(path_in(a, sizeof a, old, "A0030303"), &len);
  assert_non_null(one);
  size_t cap = 3 * len + 64;
  char *dump = malloc(cap), *array = malloc(cap);
  snprintf(dump, cap, "{\"UpdateDate\": \"20190222\", \"法規\": [%s, %s]}", one, one);
  snprintf(array, cap, "[%s]", one);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, dump, strlen(dump), "dump.json", &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, array, strlen(array), "array.json", &err), CSQ_OK);
  assert_int_equal(csq_corpus_law_count(c), 3);
  for (size_t i = 0; i < 3; i++)
    assert_string_equal(csq_law_version(csq_corpus_law_at(c, i)), "2018-11-21");
  csq_corpus_free(c);
  free(one);
  free(dump);
  free(array);
}

/* Bad input: one line with the law and the byte offset of its name. */
static void older_format_errors(void **state) {
  (void)state;
  static const char NO_CONTENT[] = "{\"法規\": [{\"法規名稱\": \"測試法\"}]}";
  static const char BAD_ENTRY[] = "{\"法規名稱\": \"測試法\", \"法規內容\": [{\"x\": 1}]}";
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, NO_CONTENT, strlen(NO_CONTENT), "a.json", &err),
                   CSQ_BAD_INPUT);
  assert_int_equal(err.offset, (long long)(strstr(NO_CONTENT, "\"測試法") - NO_CONTENT));
  assert_non_null(strstr(err.message, "法規內容"));
  assert_string_equal(err.source, "a.json");
  assert_int_equal(csq_corpus_add_buffer(c, BAD_ENTRY, strlen(BAD_ENTRY), "b.json", &err),
                   CSQ_BAD_INPUT);
  assert_non_null(strstr(err.message, "entry 1"));
  assert_int_equal(csq_corpus_add_buffer(c, "[{\"法", 6, "c.json", &err), CSQ_BAD_INPUT);
  assert_int_equal(csq_corpus_law_count(c), 0);
  csq_corpus_free(c);
}

/* The laws whose version is the same in both dumps: the same tree, text
 * and all, where the data is the same (white space aside); the same
 * nodes where the 2024 data edited the text (punctuation, typos). What is
 * left is the case the layout cannot decide (docs/versions.md): a full
 * line that ends a sentence, the paragraph ending there or not. */
static void same_version_same_tree(void **state) {
  (void)state;
  csq_test_formats f;
  assert_int_equal(csq_test_compare_formats(old, ch, 1, &f, NULL, NULL), 0);
  size_t same_data = f.compared - f.edited;
  printf("%zu laws of the same version: %zu the same data, %zu identical trees; %zu edited, %zu "
         "of the same nodes\n",
         f.compared, same_data, f.identical, f.edited, f.same_shape);
  assert_int_equal(f.old_laws, 10098);
  assert_int_equal(f.compared, 6649);
  assert_int_equal(f.failed, 0);
  assert_true(f.identical * 1000 >= same_data * 984); /* measured 4,897 of 4,970: 98.5% */
  assert_true(f.same_shape * 1000 >= f.edited * 925); /* measured 1,562 of 1,679: 93.0% */
}

/* ---- the amendment record ---------------------------------------------------- */

static const csq__amendment *event_on(const csq_amendment_list *l, const char *date) {
  for (size_t i = 0; i < csq__amendment_list_count(l); i++)
    if (strcmp(csq__amendment_date(csq__amendment_list_at(l, i)), date) == 0)
      return csq__amendment_list_at(l, i);
  fail_msg("no event on %s", date);
  return NULL;
}

static void expect_action(const csq__amendment *a, size_t i, csq__amendment_kind kind,
                          const char *articles) {
  csq__amendment_action act;
  assert_int_equal(csq__amendment_action_at(a, i, &act), 0);
  assert_int_equal(act.kind, kind);
  char got[512] = "";
  for (size_t k = 0; k < act.article_count; k++)
    snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? "," : "", act.articles[k]);
  assert_string_equal(got, articles);
}

static void amendment_record_as_data(void **state) {
  (void)state;
  char a[4200], b[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, key, "A0030303"), path_in(b, sizeof b, ch, "G0380112"),
             NULL);
  csq_amendment_list *l;
  csq_error err;
  /* 資通安全管理法施行細則: 1. 訂定發布全文 13 條 (+ 施行 on 2018-12-05);
   * 2. 修正發布第 6、7、13 條條文 (+ 管轄 on 2022-08-24) */
  assert_int_equal(csq_find_amendments(w.lib, csq_corpus_law_at(w.corpus, 0), &l, &err), CSQ_OK);
  assert_int_equal(csq__amendment_list_count(l), 4);
  const csq__amendment *e = event_on(l, "2018-11-21");
  assert_int_equal(csq__amendment_entry(e), 1);
  csq__amendment_action act;
  assert_int_equal(csq__amendment_action_at(e, 0, &act), 0);
  assert_int_equal(act.kind, CSQ_AMEND_ENACTED);
  assert_int_equal(act.total, 13);
  expect_action(event_on(l, "2018-12-05"), 0, CSQ_AMEND_EFFECTIVE, "");
  e = event_on(l, "2021-08-23");
  assert_int_equal(csq__amendment_entry(e), 2);
  expect_action(e, 0, CSQ_AMEND_AMENDED, "6,7,13");
  expect_action(event_on(l, "2022-08-24"), 0, CSQ_AMEND_TRANSFERRED, "");
  assert_string_equal(csq__amendment_kind_word(CSQ_AMEND_AMENDED), "修正");
  assert_int_equal(csq_version_list_count(csq__amendment_list_versions(l)), 1);
  csq_amendment_list_free(l);
  /* 金融控股公司法: 增訂第 57-1、57-2、67-1、67-2 條; 修正第 3～5、16 … 條;
   * 刪除第 48 條 */
  assert_int_equal(csq_find_amendments(w.lib, csq_corpus_law_at(w.corpus, 1), &l, &err), CSQ_OK);
  e = event_on(l, "2004-02-04");
  expect_action(e, 0, CSQ_AMEND_AMENDED, "57");
  expect_action(e, 1, CSQ_AMEND_ADDED, "57-1,57-2,67-1,67-2");
  e = event_on(l, "2009-01-21");
  expect_action(e, 0, CSQ_AMEND_AMENDED, "3,4,5,16,17,30,36,37,43,46,59,60,62,69");
  expect_action(e, 1, CSQ_AMEND_DELETED, "48");
  expect_action(event_on(l, "2018-01-31"), 0, CSQ_AMEND_AMENDED, "57,57-1,57-2,67-1");
  csq_amendment_list_free(l);
  close_world(&w);
}

/* The forms of the record that named no article before they were read:
 * each entry as the open data has it. */
static void amendment_record_forms(void **state) {
  (void)state;
  static const struct {
    const char *pcode, *date;
    size_t action;
    csq__amendment_kind kind;
    const char *articles;
  } CASES[] = {
      /* 修正發布名稱及第 1、2、4、8、9、16、22、24、37 條條文 */
      {"A0030236", "2021-02-26", 0, CSQ_AMEND_AMENDED, "1,2,4,8,9,16,22,24,37"},
      {"A0030236", "2021-02-26", 1, CSQ_AMEND_RENAMED, ""},
      /* 立法院…會議修正通過第 5 條條文 */
      {"A0010046", "2023-12-12", 0, CSQ_AMEND_AMENDED, "5"},
      /* 中央研究院…評議會…修正第 3 點條文 */
      {"A0020028", "2016-04-16", 0, CSQ_AMEND_AMENDED, "3"},
      /* …；增訂 3-2～3-4 條條文 (第 left out) */
      {"C0010011", "2019-06-19", 1, CSQ_AMEND_ADDED, "3-2,3-3,3-4"},
      /* 修正發布第 6 條條文之附表一；並增訂第 30-7、30-8 條條文 */
      {"D0060013", "2024-03-29", 0, CSQ_AMEND_ANNEX, "6"},
      {"D0060013", "2024-03-29", 1, CSQ_AMEND_ADDED, "30-7,30-8"},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    char a[4200];
    world w;
    open_world(&w, NULL, path_in(a, sizeof a, ch, CASES[i].pcode), NULL);
    csq_amendment_list *l;
    csq_error err;
    assert_int_equal(csq_find_amendments(w.lib, csq_corpus_law_at(w.corpus, 0), &l, &err), CSQ_OK);
    expect_action(event_on(l, CASES[i].date), CASES[i].action, CASES[i].kind, CASES[i].articles);
    csq_amendment_list_free(l);
    close_world(&w);
  }
}

/* 新台幣 → 新臺幣 is an edition's change of form, not an amendment: in
 * 中華民國專屬經濟海域及大陸礁層法 (1998 → 2023) only §18, amended, changed. */
static void variant_forms_are_no_change(void **state) {
  (void)state;
  char a[4200], b[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, old, "A0000010"), path_in(b, sizeof b, ch, "A0000010"),
             NULL);
  csq_diff *d;
  csq_error err;
  assert_int_equal(csq_find_diff(w.lib, "A0000010", "1998-01-21", NULL, &d, &err), CSQ_OK);
  csq__diff_article art;
  size_t changed = 0;
  for (size_t i = 0; csq__diff_article_at(d, i, &art) == 0; i++)
    if (art.change != CSQ_UNCHANGED) {
      changed++;
      assert_string_equal(csq_node_num(art.to), "18");
    }
  assert_int_equal(changed, 1);
  csq_diff_free(d);
  close_world(&w);
}

/* Two versions of one law, the older with an article that has no text
 * (found by fuzz_read): what cites the newer's article is asked through the
 * diff of the two, which reads the older's articles with no paragraphs. It
 * answers, and under UBSan points into no empty list. */
static void article_without_text_diffs(void **state) {
  (void)state;
  static const char DUMP[] =
      "{\"UpdateDate\": \"2024/10/11\", \"Laws\": ["
      "{\"LawLevel\": \"法律\", \"LawName\": \"甲測試法\","
      " \"LawURL\": \"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=Z0000002\","
      " \"LawModifiedDate\": \"20230101\", \"LawArticles\": ["
      "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 1 條\"}]},"
      "{\"LawLevel\": \"法律\", \"LawName\": \"甲測試法\","
      " \"LawURL\": \"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=Z0000002\","
      " \"LawModifiedDate\": \"20240102\", \"LawArticles\": ["
      "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 1 條\","
      " \"ArticleContent\": \"本法之條文。\"}]}]}";
  csq_corpus *c;
  csq_library *lib;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, DUMP, strlen(DUMP), "dump.json", &err), CSQ_OK);
  assert_int_equal(csq_library_new(c, NULL, &lib, &err), CSQ_OK);
  const csq_law *now = csq_corpus_law_at(c, csq_corpus_law_count(c) - 1);
  csq_cited_by_list *hits = NULL;
  assert_int_equal(csq_find_cited_by(lib, now, "第1條", &hits, &err), CSQ_OK);
  assert_int_equal(csq_cited_by_list_count(hits), 0);
  csq_cited_by_list_free(hits);
  csq_library_free(lib);
  csq_corpus_free(c);
}

/* ---- many versions in one database ------------------------------------------- */

static void import_ok(const char *const *paths, size_t n, csq_import_stats *s) {
  csq_error err;
  if (csq_import(db_path, paths, n, NULL, s, &err) != CSQ_OK)
    fail_msg("import: %s", err.message);
}

static void many_versions_in_one_database(void **state) {
  (void)state;
  char a[4200], b[4200], c[4200], d[4200], e[4200], f[4200];
  const char *paths[] = {path_in(a, sizeof a, ch, "A0030303"),
                         path_in(b, sizeof b, key, "A0030297"),
                         act2025,
                         path_in(c, sizeof c, ch, "A0010005"),
                         path_in(d, sizeof d, ch, "I0050021"),
                         path_in(e, sizeof e, ch, "N0030001")};
  csq_import_stats s;
  import_ok(paths, 6, &s);
  assert_int_equal(s.laws, 6);
  /* the older dump: two versions new, the rest stored already */
  const char *older[] = {
      path_in(a, sizeof a, old, "A0030303"), path_in(b, sizeof b, old, "A0030297"),
      path_in(c, sizeof c, old, "A0010005"), path_in(d, sizeof d, old, "I0050021"),
      path_in(e, sizeof e, old, "N0030001"), path_in(f, sizeof f, old, "A0030304")};
  import_ok(older, 6, &s);
  assert_int_equal(s.laws, 4);      /* A0030303, I0050021, N0030001 2018 versions; A0030304 */
  assert_int_equal(s.unchanged, 1); /* A0030297 2018-06-06: the same text */
  assert_int_equal(s.kept, 1);      /* A0010005: the current format's text of that version stays */
  assert_int_equal(s.replaced, 0);
  /* again: nothing changes */
  import_ok(older, 6, &s);
  assert_int_equal(s.laws, 0);
  assert_int_equal(s.unchanged + s.kept, 6);
  world w;
  open_world(&w, db_path, NULL);
  csq_version_list *v;
  csq_error err;
  assert_int_equal(csq_find_versions(w.lib, "A0030303", NULL, &v, &err), CSQ_OK);
  assert_int_equal(csq_version_list_count(v), 2);
  assert_string_equal(csq_version_list_at(v, 0)->version, "2018-11-21");
  assert_string_equal(csq_version_list_at(v, 0)->until, "2021-08-23");
  assert_string_equal(csq_version_list_at(v, 0)->format, "moj-old");
  assert_string_equal(csq_version_list_at(v, 1)->until, "");
  csq_version_list_free(v);
  assert_int_equal(csq_find_versions(w.lib, NULL, "2019-06-01", &v, &err), CSQ_OK);
  for (size_t i = 0; i < csq_version_list_count(v); i++)
    assert_true(strcmp(csq_version_list_at(v, i)->version, "2019-06-01") <= 0);
  csq_version_list_free(v);
  /* the kept text is the current format's */
  assert_string_equal(csq_law_format(law_at(&w, "A0010005", "")), "moj");
  close_world(&w);
}

/* Three dates on the rules, and on national laws: the version in force. */
static void point_in_time(void **state) {
  (void)state;
  world w;
  open_world(&w, db_path, NULL);
  static const struct {
    const char *law, *at, *version;
  } CASES[] = {
      {"A0030303", "2018-12-01", "2018-11-21"}, {"A0030303", "2021-06-01", "2018-11-21"},
      {"A0030303", "2021-09-01", "2021-08-23"}, {"A0030303", "", "2021-08-23"},
      {"I0050021", "2016-01-01", "2015-12-30"}, {"I0050021", "2021-06-01", "2015-12-30"},
      {"I0050021", "", "2023-05-31"},           {"N0030001", "2019-06-01", "2018-11-21"},
      {"N0030001", "2021-06-01", "2018-11-21"}, {"N0030001", "", "2024-07-31"},
      {"A0030297", "2019-06-01", "2018-06-06"}, {"A0030297", "", "2025-09-24"},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++)
    assert_string_equal(csq_law_version(law_at(&w, CASES[i].law, CASES[i].at)), CASES[i].version);
  /* 第6條第3項 was amended in 2021: the text of each date */
  const char *t2018 = text_of(law_at(&w, "A0030303", "2019-06-01"), "art_6__para_3");
  const char *t2021 = text_of(law_at(&w, "A0030303", "2022-01-01"), "art_6__para_3");
  assert_string_not_equal(t2018, t2021);
  /* before the earliest version: not found, and the message says which */
  const csq_law *none;
  csq_error err;
  assert_int_equal(csq__library_find_law_at(w.lib, "N0030001", "2010-01-01", &none, &err),
                   CSQ_NOT_FOUND);
  assert_non_null(strstr(err.message, "2018-11-21"));
  /* the library's date, and LAW@DATE in a query */
  const csq_law *rules = law_at(&w, "A0030303", "");
  csq_node_list *m;
  assert_int_equal(csq_library_set_date(w.lib, "20190601", &err), CSQ_OK);
  assert_string_equal(csq_library_date(w.lib), "2019-06-01");
  assert_int_equal(csq_lookup(w.lib, rules, "個人資料保護法第1條", &m, &err), CSQ_OK);
  assert_string_equal(csq_law_version(csq_node_law(csq_node_list_at(m, 0))), "2015-12-30");
  csq_node_list_free(m);
  assert_int_equal(csq_library_set_date(w.lib, "", &err), CSQ_OK);
  assert_int_equal(csq_lookup(w.lib, rules, "A0030303@2019-06-01 第6條第3項", &m, &err), CSQ_OK);
  assert_string_equal(csq_node_text(csq_node_list_at(m, 0), NULL), t2018);
  csq_node_list_free(m);
  assert_int_equal(csq_lookup(w.lib, rules, "@2022-01-01 第6條第3項", &m, &err), CSQ_OK);
  assert_string_equal(csq_node_text(csq_node_list_at(m, 0), NULL), t2021);
  csq_node_list_free(m);
  /* LAW@DATE alone: that version, whole; before its first version: which is the first */
  assert_int_equal(csq_lookup(w.lib, NULL, "資通安全管理法施行細則@2019-06-01", &m, &err), CSQ_OK);
  assert_int_equal(csq_node_kind(csq_node_list_at(m, 0)), CSQ_LAW);
  assert_string_equal(csq_law_version(csq_node_law(csq_node_list_at(m, 0))), "2018-11-21");
  csq_node_list_free(m);
  assert_int_equal(csq_lookup(w.lib, NULL, "資通安全管理法施行細則@1990-01-01", &m, &err),
                   CSQ_NOT_FOUND);
  assert_non_null(strstr(err.message, "2018-11-21"));
  assert_int_equal(csq_lookup(w.lib, rules, "A0030303@2019-13-01 第7條", &m, &err), CSQ_BAD_QUERY);
  assert_int_equal(csq_library_set_date(w.lib, "yesterday", &err), CSQ_BAD_QUERY);
  close_world(&w);
}

/* search and obligations over many versions: each law in its version in
 * force on the date asked (the latest without one), never two versions of
 * one law in one answer. 第6條第1項第6款 of the rules read 資訊及資通系統之
 * 盤點 until 2021 and 資通系統及資訊之盤點 since. */
static size_t hits_of(world *w, const char *query, csq_hits **out) {
  csq_search_options o = {.limit = 1000};
  csq_error err;
  csq_status st = csq_search(w->lib, query, &o, out, &err);
  if (st != CSQ_OK && st != CSQ_NOT_FOUND)
    fail_msg("search %s: %s", query, err.message);
  return st == CSQ_OK ? csq_hits_total(*out) : 0;
}

static void search_and_obligations_on_a_date(void **state) {
  (void)state;
  world w;
  open_world(&w, db_path, NULL);
  csq_error err;
  csq_hits *h = NULL;
  assert_int_equal(hits_of(&w, "資訊及資通系統之盤點", &h), 0);
  csq_hits_free(h);
  h = NULL;
  assert_int_equal(hits_of(&w, "資通系統及資訊之盤點", &h), 1);
  assert_string_equal(csq_hit_law_id(h, 0), "A0030303");
  assert_string_equal(csq_hit_law_version(h, 0), "2021-08-23");
  csq_hits_free(h);
  h = NULL;
  assert_int_equal(csq_library_set_date(w.lib, "2019-06-01", &err), CSQ_OK);
  assert_int_equal(hits_of(&w, "資訊及資通系統之盤點", &h), 1);
  assert_string_equal(csq_hit_eid(h, 0), "art_6__para_1__subpara_6");
  assert_string_equal(csq_hit_law_version(h, 0), "2018-11-21"); /* the hit says which */
  csq_hits_free(h);
  h = NULL;
  assert_int_equal(hits_of(&w, "資通系統及資訊之盤點", &h), 0);
  csq_hits_free(h);
  /* a word of both versions: each provision once */
  for (int date = 0; date < 2; date++) {
    assert_int_equal(csq_library_set_date(w.lib, date ? "" : "2019-06-01", &err), CSQ_OK);
    h = NULL;
    size_t n = hits_of(&w, "核心資通系統", &h);
    if (n < 2 || csq_hits_count(h) != n)
      fail_msg("核心資通系統 @%s: %zu hits, %zu shown", date ? "today" : "2019", n,
               csq_hits_count(h));
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < i; j++)
        assert_false(strcmp(csq_hit_law_id(h, i), csq_hit_law_id(h, j)) == 0 &&
                     strcmp(csq_hit_eid(h, i), csq_hit_eid(h, j)) == 0);
    csq_hits_free(h);
  }
  /* obligations: the laws in force on the date, each in that version */
  static const char *const DATES[] = {"2019-06-01", "2022-01-01", ""};
  for (size_t d = 0; d < 3; d++) {
    assert_int_equal(csq_library_set_date(w.lib, DATES[d], &err), CSQ_OK);
    csq_version_list *v;
    assert_int_equal(csq_find_versions(w.lib, NULL, DATES[d][0] ? DATES[d] : NULL, &v, &err),
                     CSQ_OK);
    size_t laws = 0;
    for (size_t i = 0; i < csq_version_list_count(v); i++)
      laws += DATES[d][0] || !csq_version_list_at(v, i)->until[0];
    csq_version_list_free(v);
    csq_obligation_query q = {.modality = -1};
    csq_obligation_list *l;
    assert_int_equal(csq_query_obligations(w.lib, &q, &l, &err), CSQ_OK);
    assert_int_equal(csq_obligation_list_scope(l)->laws, laws);
    for (size_t i = 0; i < csq_obligation_list_group_count(l); i++) {
      const csq_obligation_group *g = csq_obligation_list_group_at(l, i);
      if (strcmp(g->law_id, "A0030303") == 0)
        assert_string_equal(g->version, d == 0 ? "2018-11-21" : "2021-08-23");
      if (DATES[d][0])
        assert_true(strcmp(g->version, DATES[d]) <= 0);
    }
    csq_obligation_list_free(l);
    /* the bearer names are counted over the same laws: 雇主's count is
     * csq_query_obligations' for 雇主 */
    const char *const employer[] = {"雇主"};
    csq_obligation_query eq = {.modality = -1, .actors = employer, .actor_count = 1};
    assert_int_equal(csq_query_obligations(w.lib, &eq, &l, &err), CSQ_OK);
    csq_actor_query aq = {.text = "雇主"};
    csq_actor_list *a;
    assert_int_equal(csq_find_actors(w.lib, &aq, &a, &err), CSQ_OK);
    size_t counted = 0;
    for (size_t i = 0; i < csq_actor_list_count(a); i++)
      if (strcmp(csq_actor_list_at(a, i)->name, "雇主") == 0)
        counted = csq_actor_list_at(a, i)->obligations;
    assert_int_equal(counted, csq_obligation_list_total(l));
    assert_int_equal(csq_actor_list_scope(a)->laws, laws);
    csq_actor_list_free(a);
    csq_obligation_list_free(l);
  }
  close_world(&w);
}

/* ---- diffs -------------------------------------------------------------------- */

/* The 2018 → 2025 table of ../shared/corpus/README.md, row by row: where
 * each provision of the 2018 act is in 2025. */
static void diff_gives_the_act_table(void **state) {
  (void)state;
  char a[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, key, "A0030297"), act2025, NULL);
  csq_diff *d;
  csq_error err;
  assert_int_equal(csq_find_diff(w.lib, "A0030297", NULL, NULL, &d, &err), CSQ_OK);
  const csq_law *from = csq__diff_from(d), *to = csq__diff_to(d);
  assert_string_equal(csq_law_version(from), "2018-06-06");
  assert_string_equal(csq_law_version(to), "2025-09-24");
  static const char *const TABLE[][2] = {
      {"art_22", "art_34"},
      {"art_3__para_1__subpara_5", "art_3__para_1__subpara_5"},
      {"art_7__para_3", "art_8__para_2"},
      {"art_9", "art_10"},
      {"art_9__para_1", "art_10__para_1"},
      {"art_10", "art_13"},
      {"art_12", "art_14"},
      {"art_13__para_2", "art_16__para_1"},
      {"art_14__para_3", "art_17__para_3"},
      {"art_16__para_1", "art_20__para_1"},
      {"art_16__para_2", "art_20__para_2"},
      {"art_16__para_3", "art_20__para_3"},
      {"art_16__para_5", "art_20__para_5"},
      {"art_16__para_6", "art_22__para_1"},
      {"art_17__para_1", "art_21__para_1"},
      {"art_17__para_2", "art_21__para_2"},
      {"art_17__para_3", "art_21__para_3"},
      {"art_17__para_4", "art_22__para_1"},
      {"art_18__para_3", "art_24__para_3"},
      {"art_18__para_5", "art_24__para_5"},
      /* "Other moves" */
      {"art_4", "art_4"},
      {"art_5", "art_6"},
      {"art_6", "art_32"},
      {"art_8", "art_9"},
      {"art_11", "art_12"},
      {"art_15", "art_18"},
      {"art_19", "art_28"},
      {"art_20", "art_30"},
      {"art_21", "art_29"},
      {"art_23", "art_35"},
  };
  for (size_t i = 0; i < sizeof TABLE / sizeof *TABLE; i++) {
    const csq_node *n = csq__diff_now(d, csq_law_find(from, TABLE[i][0]));
    if (!n || strcmp(csq_node_eid(n), TABLE[i][1]) != 0)
      fail_msg("%s → %s, not %s", TABLE[i][0], n ? csq_node_eid(n) : "(gone)", TABLE[i][1]);
  }
  /* 2025 §22 holds two paragraphs of 2018 merged */
  const csq_node *before[4];
  assert_int_equal(csq__diff_before(d, csq_law_find(to, "art_22__para_1"), before, 4), 2);
  /* the articles: §6 → §32 moved, §16 → §20 renumbered; §2 changed in place */
  csq__diff_article art;
  int seen = 0;
  for (size_t i = 0; csq__diff_article_at(d, i, &art) == 0; i++) {
    const char *f = art.from ? csq_node_eid(art.from) : "", *t = art.to ? csq_node_eid(art.to) : "";
    if (!strcmp(f, "art_6") && (seen |= 1))
      assert_true(art.moved && !strcmp(t, "art_32"));
    if (!strcmp(f, "art_16") && (seen |= 2))
      assert_true(art.renumbered && !art.moved && art.change == CSQ_CHANGED);
    if (!strcmp(f, "art_2") && (seen |= 4)) {
      assert_true(!art.renumbered && art.change == CSQ_CHANGED);
      /* 本法之主管機關為[-行政院-]{+數位發展部+}。 */
      csq__diff_row row;
      assert_int_equal(csq__diff_row_at(d, i, 0, &row), 0);
      assert_int_equal(row.change, CSQ_CHANGED);
      assert_int_equal(row.edits, 4);
      size_t fs, fe, ts, te;
      assert_int_equal(csq__diff_row_edit(d, i, 0, 1, &fs, &fe, &ts, &te), CSQ_EDIT_DELETE);
      assert_true(fs == 8 && fe == 11);
      assert_int_equal(csq__diff_row_edit(d, i, 0, 2, &fs, &fe, &ts, &te), CSQ_EDIT_INSERT);
      assert_true(ts == 8 && te == 13);
    }
    if (!strcmp(f, "art_22"))
      assert_true(art.change == CSQ_UNCHANGED && art.renumbered);
  }
  assert_int_equal(seen, 7);
  csq_diff_free(d);
  close_world(&w);
}

/* An ordinary amendment: articles keep their numbers, 增訂 are added, 刪除
 * leave （刪除） in place (民事訴訟法 2018 → 2023, as its record says). */
static void diff_of_an_amendment(void **state) {
  (void)state;
  char a[4200], b[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, old, "B0010001"), path_in(b, sizeof b, ch, "B0010001"),
             NULL);
  csq_diff *d;
  csq_error err;
  assert_int_equal(
      csq__diff_laws(csq_corpus_law_at(w.corpus, 0), csq_corpus_law_at(w.corpus, 1), &d, &err),
      CSQ_OK);
  char added[256] = "", deleted[256] = "";
  csq__diff_article art;
  size_t renumbered = 0;
  for (size_t i = 0; csq__diff_article_at(d, i, &art) == 0; i++) {
    renumbered += (size_t)art.renumbered;
    if (art.change == CSQ_ADDED)
      snprintf(added + strlen(added), sizeof added - strlen(added), "%s ", csq_node_num(art.to));
    if (art.change == CSQ_DELETED)
      snprintf(deleted + strlen(deleted), sizeof deleted - strlen(deleted), "%s ",
               csq_node_num(art.from));
  }
  assert_int_equal(renumbered, 0);
  assert_string_equal(added, "114-1 211-1 249-1 ");
  assert_string_equal(deleted, "31-1 31-2 31-3 ");
  csq_diff_free(d);
  close_world(&w);
}

/* The diff against the amendment records, on a sample of the laws in two
 * versions (tools/versions_report measures them all; docs/versions.md). */
static void diff_agrees_with_the_records(void **state) {
  (void)state;
  csq_test_agreement a;
  assert_int_equal(csq_test_agreement_run(old, ch, 20, &a, NULL, NULL), 0);
  printf("%zu pairs, %zu compared, %zu agree; articles: record %zu, diff %zu, both %zu\n", a.pairs,
         a.compared, a.agree, a.record_articles, a.diff_articles, a.both_articles);
  assert_true(a.pairs > 150);
  assert_int_equal(a.failed, 0);
  /* this sample: recall 99.8%, precision 96.0%; all pairs (versions_report): 98.2%, 94.8% */
  assert_true(a.both_articles * 1000 >= a.record_articles * 975);
  assert_true(a.both_articles * 1000 >= a.diff_articles * 950);
}

/* ---- old citations today ------------------------------------------------------- */

static void old_citations_today(void **state) {
  (void)state;
  char a[4200], b[4200];
  world w;
  open_world(&w, NULL, path_in(a, sizeof a, key, "A0030303"), path_in(b, sizeof b, key, "A0030297"),
             act2025, NULL);
  const csq_law *rules = csq_corpus_law_at(w.corpus, 0);
  csq_node_list *m;
  csq_citation_list *list;
  csq_error err;
  /* 細則 §9: 本法第十六條第一項 → the 2018 act, now 第20條第1項 */
  assert_int_equal(csq_lookup(w.lib, rules, "第9條", &m, &err), CSQ_OK);
  assert_int_equal(csq_find_citations(w.lib, m, &list, &err), CSQ_OK);
  assert_int_equal(csq_citation_list_count(list), 1);
  const csq_target *t = csq_citation_target(csq_citation_list_at(list, 0), 0);
  assert_string_equal(csq_law_version(csq_target_law(t)), "2018-06-06");
  assert_string_equal(csq_target_eid(t), "art_16__para_1");
  assert_non_null(csq_target_now(t));
  assert_string_equal(csq_node_eid(csq_target_now(t)), "art_20__para_1");
  assert_string_equal(csq_law_version(csq_node_law(csq_target_now(t))), "2025-09-24");
  csq_citation_list_free(list);
  csq_node_list_free(m);
  /* cited-by of 2025 §20 finds the rules' citations of 2018 §16 */
  csq_cited_by_list *hits;
  assert_int_equal(csq_find_cited_by(w.lib, rules, "資通安全管理法第20條", &hits, &err), CSQ_OK);
  size_t earlier = 0;
  for (size_t i = 0; i < csq_cited_by_list_count(hits); i++) {
    const csq_cited_by *h = csq_cited_by_list_at(hits, i);
    const csq_target *x = csq_citation_target(h->citation, h->target);
    if (csq_node_law(csq_citation_from(h->citation)) == rules && csq_target_now(x)) {
      earlier++;
      assert_int_equal(strncmp(csq_target_eid(x), "art_16", 6), 0);
    }
  }
  assert_int_equal(earlier, 5); /* 細則 §3, §5, §6 (twice), §9 */
  csq_cited_by_list_free(hits);
  close_world(&w);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(older_format_reads_the_2018_rules),
      cmocka_unit_test(older_format_dump_shapes),
      cmocka_unit_test(older_format_errors),
      cmocka_unit_test(amendment_record_as_data),
      cmocka_unit_test(many_versions_in_one_database),
      cmocka_unit_test(point_in_time),
      cmocka_unit_test(search_and_obligations_on_a_date),
      cmocka_unit_test(diff_gives_the_act_table),
      cmocka_unit_test(diff_of_an_amendment),
      cmocka_unit_test(old_citations_today),
      cmocka_unit_test(diff_agrees_with_the_records),
      cmocka_unit_test(same_version_same_tree),
      cmocka_unit_test(amendment_record_forms),
      cmocka_unit_test(variant_forms_are_no_change),
      cmocka_unit_test(article_without_text_diffs),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
