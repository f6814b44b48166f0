/*
 * test_search_rank.c — search as a professional uses it, over the database
 * of the whole national corpus (ctest's fixture national_db): a law's name
 * shows that law first; short names, abbreviations and legal synonyms widen
 * a term; a term that stands only across a word boundary ranks last;
 * repealed law only when asked; identical provisions folded; a list item
 * shown with its lead-in; pages that never repeat or skip; --level and
 * simplified characters; --exact unranked by priors; explain's parts make
 * the score. How good the ranking is, is measured by the judged set
 * (tests/search_judged.py); these check the mechanisms it rests on.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "csquery.h"

static csq_corpus *corpus;
static csq_db *db;
static csq_library *lib;

static int setup(void **state) {
  (void)state;
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_db_open(CSQ_CACHE_DIR "/national.db", NULL, &db, &err) != CSQ_OK ||
      csq_library_new(corpus, db, &lib, &err) != CSQ_OK) {
    fprintf(stderr, "setup: %s (the fixture national_db builds it)\n", err.message);
    return -1;
  }
  return 0;
}

static int teardown(void **state) {
  (void)state;
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  return 0;
}

static csq_hits *search(const char *q, const csq_search_options *o) {
  csq_hits *h = NULL;
  csq_error err;
  csq_status st = csq_search(lib, q, o, &h, &err);
  if (st != CSQ_OK)
    fail_msg("%s: %s", q, err.message);
  return h;
}

static size_t total_of(const char *q, const csq_search_options *o) {
  csq_hits *h = search(q, o);
  size_t n = csq_hits_total(h);
  csq_hits_free(h);
  return n;
}

/* Whether hit i's score has the part `name` (with explain). */
static int has_part(const csq_hits *h, size_t i, const char *name) {
  const csq_score_part *parts;
  size_t n = csq_hit_score_parts(h, i, &parts);
  for (size_t k = 0; k < n; k++)
    if (strcmp(parts[k].name, name) == 0)
      return 1;
  return 0;
}

/* A query that is a law's name or short name shows that law first. */
static void a_law_named_comes_first(void **state) {
  (void)state;
  static const char *const NAMED[][2] = {{"勞基法", "N0030001"},
                                         {"個資法", "I0050021"},
                                         {"刑法", "C0000001"},
                                         {"勞動基準法", "N0030001"},
                                         {"公平法", "J0150002"},
                                         /* what everyone calls 特種貨物及勞務稅條例
                                          * (grammar/law_aliases.tsv: fresh44's AS06) */
                                         {"奢侈稅", "G0340128"}};
  for (size_t i = 0; i < sizeof NAMED / sizeof NAMED[0]; i++) {
    csq_search_options o = {.limit = 5};
    csq_hits *h = search(NAMED[i][0], &o);
    assert_int_equal(csq_hits_count(h), 5);
    for (size_t k = 0; k < 5; k++)
      if (strcmp(csq_hit_law_id(h, k), NAMED[i][1]) != 0)
        fail_msg("%s: hit %zu is %s %s, not of %s", NAMED[i][0], k + 1, csq_hit_law_name(h, k),
                 csq_hit_cite(h, k), NAMED[i][1]);
    csq_hits_free(h);
  }
  /* With another term: that law's provisions holding it come first. */
  csq_search_options o = {.limit = 3};
  csq_hits *h = search("勞基法 特休", &o);
  for (size_t k = 0; k < csq_hits_count(h); k++)
    assert_true(strncmp(csq_hit_law_name(h, k), "勞動基準法", strlen("勞動基準法")) == 0);
  csq_hits_free(h);
  /* A term that is only a law's name less its 法 weighs that law but does not
   * put it first: 羈押 is 刑事訴訟法's word before it is 羈押法's name. */
  csq_search_options ten = {.limit = 10};
  h = search("羈押", &ten);
  size_t criminal_procedure = 0;
  for (size_t k = 0; k < csq_hits_count(h); k++)
    criminal_procedure += strcmp(csq_hit_law_id(h, k), "C0010001") == 0;
  assert_true(criminal_procedure >= 3);
  csq_hits_free(h);
}

/* Two terms typed apart that the tables know as one word: 冤獄 賠償 is 冤獄賠償,
 * which 刑事補償法 (C0010009, once 冤獄賠償法) calls 刑事補償; the pair finds
 * what holds both words or the long form, and that act first (fresh44's AS10,
 * 0.333 before). --exact reads the words as typed. */
static void terms_apart_join(void **state) {
  (void)state;
  csq_search_options one = {.limit = 1}, exact = {.exact = 1};
  csq_hits *h = search("冤獄 賠償", &one);
  assert_int_equal(csq_hits_count(h), 1);
  assert_string_equal(csq_hit_law_id(h, 0), "C0010009");
  csq_hits_free(h);
  assert_true(total_of("冤獄 賠償", &one) >= total_of("刑事補償", &one));
  assert_true(total_of("冤獄 賠償", &exact) < total_of("刑事補償", &exact));
}

/* 特休 is searched as 特別休假 too (grammar/synonyms.tsv): no provision
 * writes 特休, and the search finds what 特別休假 finds. */
static void synonyms_widen(void **state) {
  (void)state;
  csq_search_options exact = {.exact = 1}, ranked = {0};
  assert_int_equal(total_of("特休", &exact), 0);
  size_t widened = total_of("特休", &ranked);
  assert_true(widened > 0);
  assert_int_equal(widened, total_of("特別休假", &ranked));
  /* 區權會, what residents say (session 28's pairs), is 公寓大廈管理條例's
   * 區分所有權人會議, and that act comes first */
  csq_search_options one = {.limit = 1};
  assert_int_equal(total_of("區權會", &exact), 0);
  assert_int_equal(total_of("區權會", &ranked), total_of("區分所有權人會議", &ranked));
  csq_hits *h = search("區權會", &one);
  assert_int_equal(csq_hits_count(h), 1);
  assert_string_equal(csq_hit_law_id(h, 0), "D0070118");
  csq_hits_free(h);
  /* 偷電, the everyday word (session 29's pairs), is 電業法's 違規用電: no
   * provision writes 偷電, and 電業法 (J0030011) comes first */
  assert_int_equal(total_of("偷電", &exact), 0);
  assert_int_equal(total_of("偷電", &ranked), total_of("違規用電", &ranked));
  h = search("偷電", &one);
  assert_int_equal(csq_hits_count(h), 1);
  assert_string_equal(csq_hit_law_id(h, 0), "J0030011");
  csq_hits_free(h);
}

/* 廢水 is searched as 廢（污）水 too (grammar/bracket_forms.tsv, from the
 * corpus): the statutes fold 廢水 and 污水 into 廢（污）水, where Ctrl-F for
 * 廢水 finds nothing, and 水污染防治法 (O0040001) 第18條之1's ban on bypass
 * discharge writes only that (fresh41's need AP10, 廢水 偷排). */
static void bracket_forms_widen(void **state) {
  (void)state;
  csq_search_options exact = {.exact = 1}, ranked = {0}, one = {.limit = 1};
  size_t literal = total_of("廢水", &exact), folded = total_of("廢（污）水", &exact);
  assert_true(literal > 0 && folded > 0);
  assert_true(total_of("廢水", &ranked) > literal);
  assert_true(total_of("廢水", &ranked) >= folded);
  csq_hits *h = search("廢水 偷排", &one);
  assert_int_equal(csq_hits_count(h), 1);
  assert_string_equal(csq_hit_law_id(h, 0), "O0040001");
  assert_string_equal(csq_hit_cite(h, 0), "第18條之1第1項");
  csq_hits_free(h);
  /* the search bisects the table (src/query/terms.c widen_by_sorted): its
   * words stand in order, as tools/bracket_forms.py writes them */
  FILE *f = fopen(CSQ_SOURCE_DIR "/grammar/bracket_forms.tsv", "r");
  assert_non_null(f);
  char line[512], last[512] = "";
  size_t words = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' && words)
      fail_msg("grammar/bracket_forms.tsv: a comment among the sorted words: %s", line);
    if (line[0] == '#')
      continue;
    line[strcspn(line, "\t")] = '\0';
    if (strcmp(last, line) > 0)
      fail_msg("grammar/bracket_forms.tsv: %s after %s", line, last);
    snprintf(last, sizeof last, "%s", line);
    words++;
  }
  fclose(f);
  assert_true(words > 1000);
}

/* 台灣 is searched as 臺灣 too (grammar/variants.tsv), wherever 台 stands,
 * and a variant is widened further by the other tables: 電子煙 → 電子菸 →
 * 類菸品 (grammar/synonyms.tsv), first 菸害防制法 (L0070021) 第3條's
 * definition. */
static void variants_widen(void **state) {
  (void)state;
  csq_search_options exact = {.exact = 1}, ranked = {0}, one = {.limit = 1};
  size_t literal = total_of("台灣", &exact);
  assert_true(literal > 0);
  size_t widened = total_of("台灣", &ranked);
  assert_true(widened > literal);
  assert_true(widened >= total_of("臺灣", &ranked));
  assert_int_equal(total_of("電子煙", &exact), 0);
  csq_hits *h = search("電子煙", &one);
  assert_int_equal(csq_hits_count(h), 1);
  assert_string_equal(csq_hit_law_name(h, 0), "菸害防制法");
  csq_hits_free(h);
}

/* 職安 is searched as 職業安全衛生 too (grammar/law_stems.tsv, from the short
 * name 職安法): 職安 教育訓練 finds the provisions that say 職業安全衛生 and
 * 教育訓練, which --exact does not; 中標 (to win a bid, a word the statutes
 * write) is no stem of 中標法 and widens to nothing. */
static void law_stems_widen(void **state) {
  (void)state;
  csq_search_options exact = {.exact = 1}, ranked = {0};
  size_t literal = total_of("職安 教育訓練", &exact);
  size_t widened = total_of("職安 教育訓練", &ranked);
  assert_true(widened >= total_of("職業安全衛生 教育訓練", &exact));
  assert_true(widened > literal);
}

static int holds_plain(const char *snippet, const char *word) {
  /* the snippet without its « » marks */
  char plain[4096];
  size_t n = 0;
  for (const char *p = snippet; *p && n + 1 < sizeof plain; p++) {
    if (strncmp(p, "«", strlen("«")) == 0 || strncmp(p, "»", strlen("»")) == 0) {
      p += strlen("«") - 1;
      continue;
    }
    plain[n++] = *p;
  }
  plain[n] = '\0';
  return strstr(plain, word) != NULL;
}

static int breaks_word(const csq_hits *h, size_t i) {
  const csq_score_part *parts;
  size_t n = csq_hit_score_parts(h, i, &parts);
  for (size_t k = 0; k < n; k++)
    if (strstr(parts[k].name, "breaks a word"))
      return 1;
  return 0;
}

/* A long text whose terms stand only far apart ranks last, as one that
 * breaks a word: 商業團體分業標準 (J0080008) 第1條第1項, a table of every
 * trade, holds 地下 in one row and 旅行社 in another, and was the first hit
 * of 地下旅行社 (fresh52's BA04); the first page now holds 發展觀光條例's. A
 * short text whose terms stand far apart is not held against them. */
static void terms_far_apart_rank_last(void **state) {
  (void)state;
  csq_search_options page = {.limit = 10, .explain = 1}, all = {.limit = 100000, .explain = 1};
  csq_hits *h = search("地下旅行社", &page);
  assert_true(csq_hits_count(h) >= 5);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (strcmp(csq_hit_law_id(h, i), "J0080008") == 0)
      fail_msg("地下旅行社: the table of trades is hit %zu of the first page", i + 1);
  assert_string_equal(csq_hit_law_id(h, 0), "K0110001");
  csq_hits_free(h);
  h = search("地下旅行社", &all);
  size_t apart = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (has_part(h, i, "its terms stand far apart: ranked last")) {
      apart++;
      assert_true(strlen(csq_hit_snippet(h, i)) > 0);
    } else if (apart)
      fail_msg("地下旅行社: hit %zu holds its terms near, after one that does not", i + 1);
  assert_true(apart > 0);
  csq_hits_free(h);
  /* 資通安全事件 通報: its rules hold both terms near each other */
  h = search("資通安全事件 通報", &page);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    assert_false(has_part(h, i, "its terms stand far apart: ranked last"));
  csq_hits_free(h);
}

/* 個資 in 「第 i 個資金來源」 crosses a word boundary: such a hit comes after
 * every hit that holds 個資 or 個人資料 as meant. */
static void a_broken_word_ranks_last(void **state) {
  (void)state;
  csq_search_options o = {.limit = 100000, .explain = 1};
  csq_hits *h = search("個資", &o);
  size_t broken = 0, shown_broken = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (!breaks_word(h, i)) {
      if (broken)
        fail_msg("個資: hit %zu breaks a word, hit %zu after it does not", i - broken + 1, i + 1);
      continue;
    }
    broken++;
    shown_broken += holds_plain(csq_hit_snippet(h, i), "個資金");
    assert_false(holds_plain(csq_hit_snippet(h, i), "個人資料"));
  }
  csq_hits_free(h);
  assert_true(broken > 0 && shown_broken > 0);
  /* Two terms typed apart that stand together (緩起訴處分金) break no word
   * between them, however 訴 and 處 bind (不起訴處分 is common). */
  csq_search_options page = {.limit = 10, .explain = 1};
  h = search("緩起訴 處分金", &page);
  assert_true(csq_hits_count(h) > 3);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (breaks_word(h, i))
      fail_msg("緩起訴 處分金: hit %zu (%s) said to break a word", i + 1, csq_hit_cite(h, i));
  csq_hits_free(h);
}

/* A term of three characters that the provisions holding it mostly hold
 * grown by one character is that word's short form: 收視費 of 收視費用 (22 of
 * the 24 provisions holding it). 有線廣播電視法 第44條第1項, the duty to report
 * the fees, ranked after every hit as breaking the word 費用, and ten items
 * of a list of documents filled the page (fresh59, 有線電視 收視費 0.220).
 * Not 託運單 in 託運單位人員 (17 of 44: 鐵路軍事運輸條例 第19條第1項 came first
 * when the pair 運單 was counted instead of the term), nor at the start of
 * a match: 十學分 in 二十學分 (51 of 92) still breaks 二十. */
static size_t broken_holding(const char *query, const char *grown) {
  csq_search_options all = {.limit = 100000, .explain = 1};
  csq_hits *h = search(query, &all);
  size_t broken = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++)
    broken += breaks_word(h, i) && holds_plain(csq_hit_snippet(h, i), grown);
  csq_hits_free(h);
  return broken;
}

static void a_short_form_breaks_no_word(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search("有線電視 收視費", &o);
  size_t found_44 = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (breaks_word(h, i))
      fail_msg("有線電視 收視費: hit %zu (%s %s) said to break a word", i + 1,
               csq_hit_law_name(h, i), csq_hit_cite(h, i));
    found_44 += strcmp(csq_hit_law_name(h, i), "有線廣播電視法") == 0 &&
                strcmp(csq_hit_cite(h, i), "第44條第1項") == 0;
  }
  assert_int_equal(found_44, 1);
  csq_hits_free(h);
  assert_true(broken_holding("託運單", "託運單位") > 0);
  assert_true(broken_holding("十學分", "二十學分") > 0);
}

/* A term that ends or begins a compound breaks no word there: 遺址 in
 * 考古遺址 (古遺 stands nowhere but before 址). The seven provisions that hold
 * 發見 and 遺址 came after every one that holds only one of them, none of
 * them first (文化資產保存法 第57條第2項: fresh35, 施工 挖到 遺址). */
static void a_compound_breaks_no_word(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search("發見 遺址", &o);
  size_t every = csq_hits_every_term(h), found_57 = 0;
  assert_true(every >= 5 && every < csq_hits_count(h));
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (breaks_word(h, i))
      fail_msg("發見 遺址: hit %zu (%s %s) said to break a word", i + 1, csq_hit_law_name(h, i),
               csq_hit_cite(h, i));
    if (i < every)
      assert_false(csq_hit_some_terms(h, i));
    found_57 += strcmp(csq_hit_law_name(h, i), "文化資產保存法") == 0 &&
                strcmp(csq_hit_cite(h, i), "第57條第2項") == 0;
  }
  assert_int_equal(found_57, 1);
  csq_hits_free(h);
}

/* Repealed law only when asked, or when nothing in force matches. */
static void repealed_only_when_asked(void **state) {
  (void)state;
  csq_search_options o = {.limit = 50}, with = {.limit = 50, .repealed = 1};
  csq_hits *h = search("資遣費", &o);
  assert_true(csq_hits_repealed_left_out(h) > 0);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    assert_false(csq_hit_repealed(h, i));
  size_t in_force = csq_hits_total(h), left_out = csq_hits_repealed_left_out(h);
  csq_hits_free(h);
  h = search("資遣費", &with);
  assert_int_equal(csq_hits_total(h), in_force + left_out);
  csq_hits_free(h);
}

/* A page never repeats or skips a hit: pages of three make the page of
 * thirty, for a query with many equal scores, and for one whose term is
 * split when few provisions hold it (文資法 古蹟修復: the split had been
 * decided by the page asked for, so that --limit 30 began with other hits
 * than --limit 10). */
static void pages_are_stable(void **state) {
  (void)state;
  static const char *const QUERIES[] = {"資遣費",          "受託人 義務",   "罰鍰",
                                        "文資法 古蹟修復", "外籍看護 申請", "解僱 預告期間",
                                        "酒駕 吊銷駕照",   "不起訴 再議",   "勞基法 -工資"};
  for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
    csq_search_options all = {.limit = 30};
    csq_hits *whole = search(QUERIES[q], &all);
    /* the same total on every page, however deep: a provision found twice
     * (holding the terms, then as an item of a lead-in that holds them) is
     * counted once, whether or not the page reads both (酒駕 吊銷駕照 gave
     * 130, 132 and 133 on pages 1, 3 and 5); one brought in by a law's name
     * that holds an excluded word is left out whether or not a page reads it
     * (勞基法 -工資 gave 941, 937, 908 and 888 on pages 1, 3, 11 and 31) */
    for (size_t at = 0; at < 300; at += at < 30 ? 3 : 50) {
      csq_search_options page = {.limit = 3, .offset = at};
      csq_hits *h = search(QUERIES[q], &page);
      if (csq_hits_total(h) != csq_hits_total(whole) ||
          csq_hits_every_term(h) != csq_hits_every_term(whole))
        fail_msg(
            "%s: %zu found (%zu holding every term) on the page at %zu, %zu (%zu) on the first",
            QUERIES[q], csq_hits_total(h), csq_hits_every_term(h), at, csq_hits_total(whole),
            csq_hits_every_term(whole));
      for (size_t i = 0; at + i < csq_hits_count(whole) && i < csq_hits_count(h); i++)
        if (strcmp(csq_hit_eid(h, i), csq_hit_eid(whole, at + i)) != 0 ||
            strcmp(csq_hit_law_id(h, i), csq_hit_law_id(whole, at + i)) != 0)
          fail_msg("%s: place %zu is %s %s on its page, %s %s in the whole", QUERIES[q], at + i + 1,
                   csq_hit_law_name(h, i), csq_hit_cite(h, i), csq_hit_law_name(whole, at + i),
                   csq_hit_cite(whole, at + i));
      csq_hits_free(h);
    }
    /* scores fall within a tier: the hits that hold every term come before
     * those that hold some (文資法 古蹟修復: 文資法 names 文化資產保存法, and its
     * 第24條第6項 holds 古蹟修復) */
    for (size_t i = 1; i < csq_hits_count(whole); i++)
      if (csq_hit_some_terms(whole, i - 1) == csq_hit_some_terms(whole, i))
        assert_true(csq_hit_score(whole, i - 1) >= csq_hit_score(whole, i));
      else
        assert_true(!csq_hit_some_terms(whole, i - 1));
    csq_hits_free(whole);
  }
}

/* What a search says it left out of repealed laws is what --repealed adds:
 * counted by running that search, since a repealed law's lead-ins and
 * headings bring in more of its provisions (童工: 12 found, 20 shown), and
 * its provisions that hold every term can make a search for some of the
 * terms one for all (著作權 合理使用: 467 in force hold some, 10 with the
 * repealed laws hold both, so --repealed finds 10, not 467 + 89). */
static void repealed_left_out_is_what_repealed_adds(void **state) {
  (void)state;
  static const char *const QUERIES[] = {
      "童工",      "財報 申報期限", "調職",      "著作權 合理使用",
      "警察 臨檢", "資通安全事件",  "基金 贖回", "勞基法 -工資"};
  size_t switched = 0, grown = 0;
  for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
    csq_search_options in_force_first = {.limit = 1}, repealed = {.limit = 1, .repealed = 1};
    csq_hits *h = search(QUERIES[q], &in_force_first), *all = search(QUERIES[q], &repealed);
    size_t left = csq_hits_repealed_left_out(h);
    if (csq_hits_total_with_repealed(h) != csq_hits_total(all))
      fail_msg("%s: --repealed would give %zu, it gives %zu", QUERIES[q],
               csq_hits_total_with_repealed(h), csq_hits_total(all));
    assert_int_equal(csq_hits_repealed_left_out(all), 0);
    assert_int_equal(csq_hits_total_with_repealed(all), csq_hits_total(all));
    assert_true(left > 0);
    if (csq_hits_total(all) == csq_hits_total(h) + left)
      grown++;
    else
      switched += csq_hits_some_terms(h) && !csq_hits_some_terms(all);
    csq_hits_free(h);
    csq_hits_free(all);
  }
  assert_true(grown >= 5);
  assert_int_equal(switched, 2);
}

/* --level takes 法律, 命令 and 憲法; anything else is a bad query. */
static void levels(void **state) {
  (void)state;
  csq_search_options constitution = {.level = "憲法", .limit = 20};
  csq_hits *h = search("人民", &constitution);
  assert_true(csq_hits_count(h) > 0);
  /* the pcodes of the laws of level 憲法 in the corpus */
  static const char CONSTITUTION[] = " A0000001 A0000002 A0000003 A0000004 A0000005 A0000012"
                                     " A0000015 A0000016 A0000017 ";
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    char id[16];
    snprintf(id, sizeof id, " %s ", csq_hit_law_id(h, i));
    assert_non_null(strstr(CONSTITUTION, id));
  }
  csq_hits_free(h);
  csq_search_options bad = {.level = "省"};
  csq_hits *none = NULL;
  csq_error err;
  assert_int_equal(csq_search(lib, "人民", &bad, &none, &err), CSQ_BAD_QUERY);
  assert_non_null(strstr(err.message, "--level"));
}

/* --law takes a name lawyers use (勞基法 is 勞動基準法, N0030001); a name of
 * no stored law is CSQ_NOT_FOUND naming the closest, not a search that
 * finds nothing. */
static void law_by_any_name(void **state) {
  (void)state;
  csq_search_options short_name = {.law = "勞基法", .limit = 50};
  csq_hits *h = search("特休", &short_name);
  assert_true(csq_hits_count(h) > 0);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    assert_string_equal(csq_hit_law_id(h, i), "N0030001");
  csq_hits_free(h);
  csq_search_options nothing = {.law = "勞動法"};
  csq_hits *none = NULL;
  csq_error err;
  assert_int_equal(csq_search(lib, "特休", &nothing, &none, &err), CSQ_NOT_FOUND);
  assert_non_null(strstr(err.message, "勞動基準法")); /* did you mean */
}

/* Simplified characters fold to traditional, as lookups fold 条 and 项. */
static void simplified_characters_fold(void **state) {
  (void)state;
  csq_search_options o = {0};
  assert_int_equal(total_of("个人资料", &o), total_of("個人資料", &o));
  assert_int_equal(total_of("个人资料 外泄", &o), total_of("個人資料 外洩", &o));
}

/* Identical provisions of several laws are one hit, with their count. */
/* Terms that never stand in one provision (資遣費 試用期): the provisions
 * that hold some of them, and the hits say so; terms that do stand together
 * never fall back. */
static void some_terms_when_none_holds_all(void **state) {
  (void)state;
  csq_search_options o = {.limit = 20};
  csq_hits *h = search("資遣費 試用期", &o);
  assert_true(csq_hits_total(h) > 0);
  assert_int_equal(csq_hits_some_terms(h), 1);
  assert_int_equal(csq_hits_every_term(h), 0);
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    const char *s = csq_hit_snippet(h, i);
    assert_int_equal(csq_hit_some_terms(h, i), 1);
    if (!csq_hit_listed(h, i) && !strstr(s, "資遣費") && !strstr(s, "試用期"))
      fail_msg("hit %zu holds neither term: %s", i, s);
  }
  csq_hits_free(h);
  h = search("資通安全事件 通報", &o);
  assert_int_equal(csq_hits_some_terms(h), 0);
  csq_hits_free(h);
  csq_search_options exact = {.limit = 5, .exact = 1}; /* exact: every term, or nothing */
  csq_hits *e = NULL;
  csq_error err;
  assert_int_equal(csq_search(lib, "資遣費 試用期", &exact, &e, &err), CSQ_OK);
  assert_int_equal(csq_hits_total(e), 0);
  assert_int_equal(csq_hits_some_terms(e), 0);
  csq_hits_free(e);
}

/* Too few provisions hold every term, fewer than ten (解僱 預告期間: the
 * law on notice says 終止勞動契約 … 預告期間): the hits go on with those
 * that hold some, each marked; first every one that holds them all — those
 * a search for every term finds, in its order, and the list items whose
 * lead-in holds the rest (…應依下列規定發給勞工資遣費： with 一、依第十二條…
 * 終止勞動契約者。). */
static void some_terms_fill_the_page(void **state) {
  (void)state;
  const char *q = "解僱 預告期間";
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search(q, &o);
  size_t every = csq_hits_every_term(h);
  assert_true(every > 0 && every < 10);
  assert_int_equal(csq_hits_some_terms(h), 1);
  assert_int_equal(csq_hits_count(h), 10);
  assert_true(csq_hits_total(h) > every);
  csq_search_options few = {.limit = 1};
  csq_hits *alone = search(q, &few); /* a page of one: cut from the same hits */
  assert_int_equal(csq_hits_some_terms(alone), 1);
  assert_int_equal(csq_hits_count(alone), 1);
  assert_string_equal(csq_hit_eid(h, 0), csq_hit_eid(alone, 0));
  assert_string_equal(csq_hit_law_id(h, 0), csq_hit_law_id(alone, 0));
  /* the items of a first hit's list stand with it (first_lists_are_read_whole) */
  size_t with_every = every;
  for (size_t i = 0; i < csq_hits_count(h); i++)
    with_every += csq_hit_listed(h, i) && !csq_hit_some_terms(h, i);
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    const char *s = csq_hit_snippet(h, i), *l = csq_hit_lead_in(h, i);
    assert_int_equal(csq_hit_some_terms(h, i), i >= with_every);
    int holds = 0;
    for (const char *const *w = (const char *const[]){"解僱", "終止勞動契約", "預告期間", NULL}; *w;
         w++)
      holds |= strstr(s, *w) || strstr(l, *w);
    /* or cites one that holds every term (勞動基準法 第15條第2項: 準用第十六條) */
    if (!holds && !has_part(h, i, "cites a provision that holds every term") &&
        !csq_hit_listed(h, i))
      fail_msg("hit %zu holds no term: %s", i, s);
  }
  csq_hits_free(alone);
  csq_hits_free(h);
}

/* When too few hold every term, a provision that cites one that does comes
 * before those that hold only some: 證券交易法 第157條第1項 alone holds
 * 短線交易 歸入權 (as 六個月內再行 and 歸於公司); its 第2項 to 第4項 (前項請求權,
 * 第一項之請求權…) follow, and its 施行細則 第11條第2項 (本法第一百五十七條
 * 第一項所定獲得利益…). */
static void citing_provisions_follow(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search("短線交易 歸入權", &o);
  assert_int_equal(csq_hits_every_term(h), 1);
  int found[5] = {0};
  for (size_t i = 1; i < csq_hits_count(h); i++) {
    const char *law = csq_hit_law_id(h, i), *eid = csq_hit_eid(h, i);
    int paragraph = eid[0] && strncmp(eid, "art_157__para_", 14) == 0 ? atoi(eid + 14) : 0;
    if (strcmp(law, "G0400001") == 0 && paragraph >= 2 && paragraph <= 4)
      found[paragraph] = 1;
    if (strcmp(law, "G0400002") == 0 && strcmp(eid, "art_11__para_2") == 0)
      found[1] = 1;
  }
  for (int k = 1; k <= 4; k++)
    if (!found[k])
      fail_msg("%s missing from the top ten",
               k == 1 ? "施行細則 第11條第2項" : "第157條 a paragraph");
  csq_hits_free(h);
  /* …but only of the law a search is narrowed to: 古蹟管理維護辦法 and the
   * 施行細則 cite 文化資產保存法 第57條, and are not 文化資產保存法 */
  csq_search_options one = {.limit = 1000, .law = "文化資產保存法"};
  h = search("遺址 發見", &one);
  assert_true(csq_hits_count(h) > 10);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (strcmp(csq_hit_law_name(h, i), "文化資產保存法") != 0)
      fail_msg("--law 文化資產保存法: hit %zu is %s %s", i + 1, csq_hit_law_name(h, i),
               csq_hit_cite(h, i));
  csq_hits_free(h);
}

/* The place of 海商法's provision `cite` among the hits. */
static size_t find_hit(const csq_hits *h, const char *cite) {
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (strcmp(csq_hit_cite(h, i), cite) == 0 && strcmp(csq_hit_law_name(h, i), "海商法") == 0)
      return i;
  fail_msg("海商法 %s is not among the hits", cite);
  return 0;
}

/* A heading that holds the terms speaks for what is under it: 海商法's
 * chapter 第四章 船舶碰撞 brings in its articles, which say only 碰撞
 * (第95條: 碰撞係因不可抗力而發生者…), and with another term those of
 * them that hold it (船舶碰撞 過失: 第96條, 第97條), each weighed as under
 * a heading. */
static void headings_bring_in_their_provisions(void **state) {
  (void)state;
  csq_search_options o = {.limit = 20, .explain = 1};
  csq_hits *h = search("船舶碰撞", &o);
  size_t i = find_hit(h, "第95條第1項");
  assert_null(strstr(csq_hit_snippet(h, i), "船舶碰撞"));
  assert_true(has_part(h, i, "under a heading"));
  csq_hits_free(h);
  h = search("船舶碰撞 過失", &o);
  assert_int_equal(csq_hit_some_terms(h, find_hit(h, "第96條第1項")), 0);
  assert_int_equal(csq_hit_some_terms(h, find_hit(h, "第97條第1項")), 0);
  assert_true(has_part(h, find_hit(h, "第97條第1項"), "under a heading"));
  csq_hits_free(h);
  csq_search_options exact = {.limit = 20, .exact = 1}; /* Ctrl-F's rows only */
  csq_hits *e = search("船舶碰撞", &exact);
  for (size_t k = 0; k < csq_hits_count(e); k++)
    assert_non_null(strstr(csq_hit_snippet(e, k), "船舶碰撞"));
  csq_hits_free(e);
}

/* When too few provisions hold every term, a heading speaks for the query
 * only when it holds its rarest term: 房地合一 稅率 does not lift every tax's
 * chapter 稅率 (營業稅法, 貨物稅條例) over 所得稅法's provisions on house and
 * land; 工作規則 核備 still weighs 勞動基準法 第十二章 工作規則. */
static void rarest_term_makes_a_heading_speak(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search("房地合一 稅率", &o);
  for (size_t i = 0; i < csq_hits_count(h); i++)
    if (csq_hit_some_terms(h, i) && has_part(h, i, "under a heading"))
      fail_msg("%s %s is weighed as under a heading of 稅率", csq_hit_law_name(h, i),
               csq_hit_cite(h, i));
  csq_hits_free(h);
  h = search("工作規則 核備", &o);
  int weighed = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++)
    weighed += strcmp(csq_hit_law_id(h, i), "N0030001") == 0 && has_part(h, i, "under a heading");
  assert_true(weighed >= 1);
  csq_hits_free(h);
}

/* When too few provisions hold every term, those that hold some of them (or
 * cite one that holds every term) in the laws of those that hold every term
 * are weighed up (解僱 預告期間: 勞動基準法 第16條 holds both, its other
 * provisions 終止勞動契約 alone), and only they. */
static void some_terms_in_the_same_law(void **state) {
  (void)state;
  csq_search_options o = {.limit = 30, .explain = 1};
  csq_hits *h = search("解僱 預告期間", &o);
  const char *laws[8];
  size_t n_laws = 0, lifted = 0;
  for (size_t i = 0; i < csq_hits_count(h) && n_laws < 8; i++)
    if (!csq_hit_some_terms(h, i))
      laws[n_laws++] = csq_hit_law_id(h, i);
  assert_true(n_laws >= 1);
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (!csq_hit_some_terms(h, i))
      continue;
    int same = 0;
    for (size_t k = 0; k < n_laws; k++)
      same |= strcmp(laws[k], csq_hit_law_id(h, i)) == 0;
    int part = has_part(h, i, "in the law of a provision that holds every term");
    if (same != part)
      fail_msg("%s %s: in an every-term hit's law %d, weighed so %d", csq_hit_law_name(h, i),
               csq_hit_cite(h, i), same, part);
    lifted += part;
  }
  assert_true(lifted >= 1);
  csq_hits_free(h);
}

/* Searching for some terms, a rare term of art beside a common word weighs
 * its share of the terms' idf squared (some_share): 職務發明 歸屬 puts 專利法
 * 第7條第1項 (受雇人於職務上所完成之發明…屬於雇用人, found through the synonym)
 * first, before the lead-ins that hold only 歸屬 (賸餘財產之歸屬). */
static void rare_term_leads_some_terms(void **state) {
  (void)state;
  csq_search_options o = {.limit = 3};
  csq_hits *h = search("職務發明 歸屬", &o);
  assert_true(csq_hits_count(h) >= 1);
  assert_true(csq_hit_some_terms(h, 0));
  if (strcmp(csq_hit_law_id(h, 0), "J0070007") != 0 ||
      strcmp(csq_hit_cite(h, 0), "第7條第1項") != 0)
    fail_msg("first hit %s %s, not 專利法 第7條第1項", csq_hit_law_name(h, 0), csq_hit_cite(h, 0));
  csq_hits_free(h);
}

/* The laws that govern a matter hold most of its first hits: 易科罰金 puts
 * 中華民國刑法 第41條第1項 (the rule) before 國防產業發展條例 第6條第1項, a
 * law that names it once, whose relevance alone ranked it second. */
static void the_governing_law_holds_the_first_hits(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10, .explain = 1};
  csq_hits *h = search("易科罰金", &o);
  long rule = -1, once = -1;
  int focused = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (strcmp(csq_hit_law_id(h, i), "C0000001") == 0 &&
        strcmp(csq_hit_cite(h, i), "第41條第1項") == 0)
      rule = (long)i;
    if (strcmp(csq_hit_law_name(h, i), "國防產業發展條例") == 0)
      once = (long)i;
    const csq_score_part *parts;
    size_t n = csq_hit_score_parts(h, i, &parts);
    for (size_t k = 0; k < n; k++)
      focused |= strcmp(parts[k].name, "its law holds many of the first hits") == 0;
  }
  assert_true(rule >= 0);
  if (once >= 0 && once < rule)
    fail_msg("國防產業發展條例 at %ld before 刑法 第41條第1項 at %ld", once + 1, rule + 1);
  assert_true(focused);
  csq_hits_free(h);
}

/* A provision that only hands its matter to a rule another makes (…之辦法，
 * 由中央主管機關定之。) says where the rule is, not what it is: for 長照 申請
 * the act's delegations (第8條之1第4項, 第24條第1項, 第13條第2項) ranked first,
 * second and sixth, above 第8條第2項 (民眾申請前項服務，應由照管中心…評估). */
static void delegations_rank_below_rules(void **state) {
  (void)state;
  csq_search_options o = {.limit = 40, .explain = 1};
  csq_hits *h = search("長照 申請", &o);
  long rule = -1, first_delegation = -1;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    if (strcmp(csq_hit_law_name(h, i), "長期照顧服務法") == 0 &&
        strcmp(csq_hit_cite(h, i), "第8條第2項") == 0)
      rule = (long)i;
    if (first_delegation < 0 && has_part(h, i, "delegation"))
      first_delegation = (long)i;
  }
  assert_true(rule >= 0 && rule < 10);
  if (first_delegation < 10) /* also when there is none: then it was never weighed */
    fail_msg("a delegation at %ld", first_delegation + 1);
  const char *text = csq_hit_snippet(h, (size_t)first_delegation);
  assert_non_null(strstr(text, "定之。"));
  csq_hits_free(h);
}

/* A term that is a law's name with words left out (土壤污染 整治: 土壤及地下水
 * 污染整治法, whose name holds 土壤 and 污染 in that order) brings in that law
 * as a name that holds it does: its provisions come first. */
static void law_named_with_words_left_out(void **state) {
  (void)state;
  csq_search_options o = {.limit = 5};
  csq_hits *h = search("土壤污染 整治", &o);
  assert_int_equal(csq_hits_count(h), 5);
  for (size_t k = 0; k < 5; k++)
    if (strcmp(csq_hit_law_id(h, k), "O0110001") != 0)
      fail_msg("hit %zu is %s %s, not of 土壤及地下水污染整治法", k + 1, csq_hit_law_name(h, k),
               csq_hit_cite(h, k));
  csq_hits_free(h);
  csq_search_options exact = {.exact = 1};
  assert_true(total_of("土壤污染 整治", &o) > 2 * total_of("土壤污染 整治", &exact));
}

/* Terms that together cover a law's name (中高齡 and 就業, 5 of the 13
 * characters of 中高齡者及高齡者就業促進法) bring in its provisions, as one
 * term covering as much does: 第12條第1項, which forbids treating them
 * differently for their age, writes 中高齡 and not 就業. */
static void terms_together_cover_a_name(void **state) {
  (void)state;
  csq_search_options o = {.limit = 500};
  csq_hits *h = search("中高齡 就業", &o);
  int found = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++)
    found |= strcmp(csq_hit_law_name(h, i), "中高齡者及高齡者就業促進法") == 0 &&
             strcmp(csq_hit_cite(h, i), "第12條第1項") == 0;
  csq_hits_free(h);
  assert_true(found);
  csq_search_options exact = {.exact = 1};
  assert_true(total_of("中高齡 就業", &o) > 3 * total_of("中高齡 就業", &exact));
}

/* A heading whose title lists subjects (公教人員保險法 第三章第六節 眷屬喪葬津貼、
 * 生育給付及育嬰留職停薪津貼) is about each in turn: 育嬰留職停薪 津貼 finds 第35條
 * (育嬰留職停薪津貼), weighed as under the heading, but not 第34條's 喪葬津貼
 * items on the heading's words. */
static void listed_heading_speaks_for_its_subject(void **state) {
  (void)state;
  csq_search_options o = {.limit = 50, .explain = 1};
  csq_hits *h = search("育嬰留職停薪 津貼", &o);
  int found = 0;
  for (size_t i = 0, rank = 0; i < csq_hits_count(h); rank += !csq_hit_listed(h, i++)) {
    if (strcmp(csq_hit_law_name(h, i), "公教人員保險法") != 0)
      continue;
    if (strncmp(csq_hit_cite(h, i), "第34條", strlen("第34條")) == 0 && !csq_hit_some_terms(h, i))
      fail_msg("公教人員保險法 %s holds every term by its heading alone", csq_hit_cite(h, i));
    if (strcmp(csq_hit_cite(h, i), "第35條第1項") == 0) {
      assert_true(has_part(h, i, "under a heading"));
      assert_true(rank < 3); /* among the hits that are not items listed after a first one */
      found = 1;
    }
  }
  assert_true(found);
  csq_hits_free(h);
}

/* A term typed short that no table widens and too few provisions hold is
 * read in the form the corpus writes its characters in, in order with a few
 * between, when one form holds most of them (著財權 → 著作財產權, 著作權法
 * 第37條); not one with no such form (財損: 財物損失, 財產損失 …), nor with
 * --exact (Ctrl-F), and the hits say what was searched. */
static void short_terms_read_long(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10};
  csq_hits *h = search("著財權 授權", &o);
  assert_string_equal(csq_hits_searched_as(h), "著財權(著作財產權) 授權");
  assert_true(csq_hits_total(h) >= 10);
  assert_string_equal(csq_hit_law_name(h, 0), "著作權法");
  assert_non_null(strstr(csq_hit_snippet(h, 0), "著作財產權"));
  csq_hits_free(h);
  h = search("財損", &o);
  assert_string_equal(csq_hits_searched_as(h), "");
  csq_hits_free(h);
  csq_search_options exact = {.limit = 10, .exact = 1};
  h = search("著財權", &exact);
  assert_string_equal(csq_hits_searched_as(h), "");
  assert_int_equal(csq_hits_total(h), 0);
  csq_hits_free(h);
}

/* Chinese is typed without spaces: a term that stands in too few provisions
 * and begins with a law's name is split after it (勞基法特休 → 勞基法 特休,
 * 商標異議 → 商標 異議, 商標 of 商標法), else a compound where it binds least
 * (虧損扣除 → 虧損 扣除) and no side is bound to the other (連續處方箋 → 連續
 * 處方箋, not 連續處 方箋), and the hits say what was searched; one that stands
 * in enough is not (商標侵權, 42 provisions with 侵害商標權), nor a quoted
 * phrase. */
static void law_names_split_from_terms(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10};
  csq_hits *h = search("勞基法特休", &o), *spaced = search("勞基法 特休", &o);
  assert_string_equal(csq_hits_searched_as(h), "勞基法 特休");
  assert_string_equal(csq_hits_searched_as(spaced), "");
  assert_int_equal(csq_hits_total(h), csq_hits_total(spaced));
  assert_string_equal(csq_hit_law_name(h, 0), "勞動基準法");
  assert_string_equal(csq_hit_cite(h, 0), csq_hit_cite(spaced, 0));
  csq_hits_free(spaced);
  csq_hits_free(h);
  h = search("商標異議", &o);
  assert_string_equal(csq_hits_searched_as(h), "商標 異議");
  assert_true(csq_hits_total(h) >= 10);
  csq_hits_free(h);
  h = search("商標侵權", &o);
  assert_string_equal(csq_hits_searched_as(h), "");
  csq_hits_free(h);
  h = search("\"勞基法特休\"", &o);
  assert_string_equal(csq_hits_searched_as(h), "");
  csq_hits_free(h);
  /* a compound no law's name opens, split where its characters bind least
   * (所得稅法 第39條: 虧損…扣除); one that enough provisions hold, never */
  h = search("虧損扣除", &o);
  assert_string_equal(csq_hits_searched_as(h), "虧損 扣除");
  csq_hits_free(h);
  /* never where a side stands mostly with the other's character beside it:
   * 方箋 stands only in 處方箋 (全民健康保險醫療辦法 第14條: 慢性病連續處方箋) */
  h = search("連續處方箋", &o);
  assert_string_equal(csq_hits_searched_as(h), "連續 處方箋");
  csq_hits_free(h);
  h = search("資通安全事件", &o);
  assert_string_equal(csq_hits_searched_as(h), "");
  csq_hits_free(h);
  /* a word of its own, however few hold it: one a law defines (通訊交易, in
   * 9 provisions), one a table widens whole (職場霸凌 → 身體或精神不法侵害) */
  const char *words[] = {"通訊交易", "職場霸凌"};
  for (size_t k = 0; k < 2; k++) {
    h = search(words[k], &o);
    assert_string_equal(csq_hits_searched_as(h), "");
    csq_hits_free(h);
  }
}

static void identical_texts_fold(void **state) {
  (void)state;
  csq_search_options o = {.limit = 20};
  csq_hits *h = search("受託人 義務", &o);
  size_t folded = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    folded += csq_hit_same_text(h, i) > 1;
    for (size_t k = 0; k < i; k++)
      if (strcmp(csq_hit_snippet(h, i), csq_hit_snippet(h, k)) == 0 &&
          strcmp(csq_hit_lead_in(h, i), csq_hit_lead_in(h, k)) == 0)
        fail_msg("受託人 義務: hits %zu and %zu are the same text", k + 1, i + 1);
  }
  assert_true(folded > 0);
  assert_true(csq_hits_total(h) > csq_hits_count(h));
  csq_hits_free(h);
}

/* Where a law's name holds the query every provision is found; a list's
 * items weigh their lead-in only when its own text holds a term:
 * 役男出境處理辦法 第4條 (who may leave, for how long) before 第13條's list of
 * the agencies' tasks. */
static void name_alone_lifts_no_list(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10};
  csq_hits *h = search("役男出境", &o);
  size_t rule = 99, task = 99;
  for (size_t k = 0; k < csq_hits_count(h); k++) {
    if (strcmp(csq_hit_law_id(h, k), "D0040006") != 0)
      continue;
    if (rule == 99 && strcmp(csq_hit_eid(h, k), "art_4__para_1") == 0)
      rule = k;
    if (task == 99 && strncmp(csq_hit_eid(h, k), "art_13__", 8) == 0)
      task = k;
  }
  assert_true(rule < 10);
  assert_true(rule < task);
  csq_hits_free(h);
}

/* A list item is shown with its lead-in. */
static void list_items_show_their_lead_in(void **state) {
  (void)state;
  csq_search_options o = {.limit = 30, .law = "N0030001"};
  csq_hits *h = search("特別休假", &o);
  size_t items = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    int item =
        strcmp(csq_hit_kind(h, i), "subparagraph") == 0 || strcmp(csq_hit_kind(h, i), "item") == 0;
    items += item;
    assert_int_equal(*csq_hit_lead_in(h, i) != '\0', item);
  }
  assert_true(items > 0); /* 第38條第1項's days, brought in by their lead-in */
  csq_hits_free(h);
}

/* A lead-in among the first hits is followed by the items of its list, in
 * order, marked as listed: 就業服務法 第58條第2項 (…有下列情事之一者，亦得向
 * 中央主管機關申請遞補：) and its three grounds, which hold neither term.
 * They are counted apart from the total of what the search found (listed);
 * with list_rank 0 there are none, and the total is the same. */
static void first_lists_are_read_whole(void **state) {
  (void)state;
  csq_search_options o = {.limit = 10};
  csq_hits *h = search("外籍看護 申請", &o);
  size_t lead = 0;
  while (lead < csq_hits_count(h) && strcmp(csq_hit_eid(h, lead), "art_58__para_2") != 0)
    lead++;
  assert_true(lead < 3);
  assert_string_equal(csq_hit_law_id(h, lead), "N0090001");
  assert_false(csq_hit_listed(h, lead));
  size_t listed = 0;
  for (size_t i = lead + 1; i < csq_hits_count(h) && csq_hit_listed(h, i); i++, listed++) {
    char eid[64];
    snprintf(eid, sizeof eid, "art_58__para_2__subpara_%zu", listed + 1);
    assert_string_equal(csq_hit_eid(h, i), eid);
    assert_string_equal(csq_hit_law_id(h, i), "N0090001");
    assert_true(*csq_hit_lead_in(h, i) != '\0');
    assert_true(csq_hit_score(h, i) <= csq_hit_score(h, i - 1));
  }
  assert_int_equal(listed, 3);
  assert_int_equal(csq_hits_listed(h), 3);
  assert_int_equal(csq_hits_total(h), csq_hits_every_term(h)); /* what the search found */
  csq_search_options none = {.limit = 10, .weights = "list_rank\t0\n"};
  csq_hits *plain = search("外籍看護 申請", &none);
  assert_int_equal(csq_hits_listed(plain), 0);
  assert_int_equal(csq_hits_total(plain), csq_hits_total(h));
  for (size_t i = 0; i < csq_hits_count(plain); i++)
    assert_false(csq_hit_listed(plain, i));
  csq_search_options exact = {.limit = 10, .exact = 1};
  csq_hits *ctrl_f = search("外籍看護 申請", &exact);
  assert_int_equal(csq_hits_listed(ctrl_f), 0);
  csq_hits_free(ctrl_f);
  csq_hits_free(plain);
  csq_hits_free(h);
}

/* --exact gives the provisions holding the text by bm25 alone: no priors,
 * nothing found by a law's name. */
static void exact_is_unranked_by_priors(void **state) {
  (void)state;
  csq_search_options exact = {.exact = 1, .limit = 200, .explain = 1};
  csq_hits *h = search("勞基法", &exact);
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    assert_true(holds_plain(csq_hit_snippet(h, i), "勞基法"));
    const csq_score_part *parts;
    assert_true(csq_hit_score_parts(h, i, &parts) <= 1);
    if (i)
      assert_true(csq_hit_score(h, i - 1) >= csq_hit_score(h, i));
  }
  csq_hits_free(h);
}

/* The parts explain gives multiply to the score. */
static void explain_parts_make_the_score(void **state) {
  (void)state;
  static const char *const QUERIES[] = {"勞基法 特休", "環境影響評估", "個資 外洩", "罰鍰 減輕"};
  for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
    csq_search_options o = {.limit = 10, .explain = 1};
    csq_hits *h = search(QUERIES[q], &o);
    assert_true(csq_hits_count(h) > 0);
    for (size_t i = 0; i < csq_hits_count(h); i++) {
      const csq_score_part *parts;
      size_t n = csq_hit_score_parts(h, i, &parts);
      assert_true(n >= 1);
      assert_string_equal(parts[0].name, csq_hit_listed(h, i)
                                             ? "an item of a first hit's list: its lead-in's score"
                                             : "relevance");
      double product = 1;
      for (size_t k = 0; k < n; k++)
        product *= parts[k].value;
      if (fabs(product - csq_hit_score(h, i)) > 1e-9 * fabs(product) + 1e-12)
        fail_msg("%s, hit %zu: parts make %.12g, score %.12g", QUERIES[q], i + 1, product,
                 csq_hit_score(h, i));
    }
    csq_hits_free(h);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(a_law_named_comes_first),
      cmocka_unit_test(synonyms_widen),
      cmocka_unit_test(terms_apart_join),
      cmocka_unit_test(bracket_forms_widen),
      cmocka_unit_test(variants_widen),
      cmocka_unit_test(law_stems_widen),
      cmocka_unit_test(a_broken_word_ranks_last),
      cmocka_unit_test(a_compound_breaks_no_word),
      cmocka_unit_test(a_short_form_breaks_no_word),
      cmocka_unit_test(repealed_only_when_asked),
      cmocka_unit_test(pages_are_stable),
      cmocka_unit_test(repealed_left_out_is_what_repealed_adds),
      cmocka_unit_test(levels),
      cmocka_unit_test(law_by_any_name),
      cmocka_unit_test(simplified_characters_fold),
      cmocka_unit_test(some_terms_when_none_holds_all),
      cmocka_unit_test(some_terms_fill_the_page),
      cmocka_unit_test(citing_provisions_follow),
      cmocka_unit_test(headings_bring_in_their_provisions),
      cmocka_unit_test(listed_heading_speaks_for_its_subject),
      cmocka_unit_test(law_named_with_words_left_out),
      cmocka_unit_test(terms_together_cover_a_name),
      cmocka_unit_test(rarest_term_makes_a_heading_speak),
      cmocka_unit_test(some_terms_in_the_same_law),
      cmocka_unit_test(rare_term_leads_some_terms),
      cmocka_unit_test(the_governing_law_holds_the_first_hits),
      cmocka_unit_test(delegations_rank_below_rules),
      cmocka_unit_test(law_names_split_from_terms),
      cmocka_unit_test(short_terms_read_long),
      cmocka_unit_test(identical_texts_fold),
      cmocka_unit_test(name_alone_lifts_no_list),
      cmocka_unit_test(list_items_show_their_lead_in),
      cmocka_unit_test(first_lists_are_read_whole),
      cmocka_unit_test(exact_is_unranked_by_priors),
      cmocka_unit_test(explain_parts_make_the_score),
      cmocka_unit_test(terms_far_apart_rank_last),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
