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

#include "base/base.h" /* modality.pcre and words.tsv, for the leads */
#include "corpus_dir.h"
#include "csquery.h"
#include "deontic/deontic.h" /* the cues (obligations --explain) */
#include "spec.h"
#include "text.h"

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
    fprintf(stderr, "%s: line %d (comments left out) differs\n  want: %.*s\n  got:  %.*s\n", path,
            line, (int)strcspn(w, "\n"), w, (int)strcspn(g, "\n"), g);
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

/* A corpus of one law, `text`, named test. */
static csq_corpus *law(const char *text) {
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_buffer(c, text, strlen(text), "test", &err), CSQ_OK);
  return c;
}

/* A one-article law holding `body` as its first paragraph. */
static csq_corpus *one(const char *body) {
  char buf[2048];
  snprintf(buf, sizeof buf, "第 1 條\n\n%s\n", body);
  return law(buf);
}

static csq_obligations *build(const csq_corpus *c) {
  csq_obligations *o;
  csq_error err;
  assert_int_equal(csq_obligations_build(c, &o, &err), CSQ_OK);
  return o;
}

/* Each obligation of `o`, a line each: its node, cue and bearer, and where
 * the bearer is carried from when it is (" carried from art_1__para_1");
 * the caller frees it. */
static char *bearers_of(const csq_obligations *o) {
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_obligations_count(o); i++) {
    const csq_obligation *ob = csq_obligations_at(o, i);
    const csq_node *from = csq_obligation_actor_from(ob);
    csq_test_put(&t, "%s %s [%s]%s%s\n", csq_node_eid(csq_obligation_node(ob)),
                 csq_obligation_text(ob, CSQ_PART_CUE), csq_obligation_text(ob, CSQ_PART_ACTOR),
                 from ? " carried from " : "", from ? csq_node_eid(from) : "");
  }
  return t.s;
}

/* The bearers of the laws in texts[0..n) (one article a 第 N 條 block, a
 * first line that is none naming the law), read as one corpus and as
 * bearers_of writes them, are `want`. */
static void assert_laws_bearers(const char *const *texts, size_t n, const char *want) {
  csq_corpus *c = law(texts[0]);
  csq_error err;
  for (size_t i = 1; i < n; i++)
    assert_int_equal(csq_corpus_add_buffer(c, texts[i], strlen(texts[i]), "law", &err), CSQ_OK);
  csq_obligations *o = build(c);
  char *t = bearers_of(o);
  assert_string_equal(t, want);
  free(t);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* …of the one law in `text`. */
static void assert_bearers(const char *text, const char *want) {
  assert_laws_bearers(&text, 1, want);
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
      assert_non_null(want);
      const char *eid = csq_node_eid(csq_obligation_node(ob));
      if (want && bb - ba != strlen(want)) /* `want &&`: gcc's format check under ASan */
        fprintf(stderr, "%s part %d: %zu-%zu is not 「%s」\n", eid ? eid : "?", p, a, b, want);
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

/* A name the law gives a body (（以下簡稱駕訓班）, 民營汽車駕駛人訓練機構 第2條)
 * bears its duties in that law; not one in a longer word (鑑定會 in 鑑定會議), one that has a topic
 * (駕訓班之教練車), nor the same name in another law. A name that holds parentheses
 * (（以下簡稱學校（園））, 特殊教育學生及幼兒支持服務辦法) is the whole of it, not 學校（園. */
static void test_law_aliases_bear(void **state) {
  (void)state;
  static const char LAW[] =
      "第 1 條\n\n民營汽車駕駛人訓練機構（以下簡稱駕訓班）之設立，應經公路主管機關許可。\n"
      "\n"
      "第 2 條\n\n駕訓班應置班主任一人，並得設副主任一人。\n\n"
      "第 3 條\n\n鑑定委員會（以下簡稱鑑定會）置委員九人。\n\n"
      "第 4 條\n\n鑑定會議應有二分之一以上委員出席。\n\n"
      "第 5 條\n\n駕訓班之教練車，應每年檢驗一次。\n\n"
      "第 6 條\n\n各級學校及幼兒園（以下簡稱學校（園））之設立，應經許可。\n\n"
      "第 7 條\n\n學校（園）應定期辦理宣導活動。\n";
  static const char OTHER[] = "第 1 條\n\n駕訓班應置班主任一人。\n";
  static const char *const LAWS[] = {LAW, OTHER};
  assert_laws_bearers(LAWS, 2,
                      "art_1__para_1 應 []\n"
                      "art_2__para_1 應 [駕訓班]\n"
                      "art_2__para_1 得 [駕訓班]\n"
                      "art_4__para_1 應 []\n"
                      "art_5__para_1 應 []\n"
                      "art_6__para_1 應 []\n"
                      "art_7__para_1 應 [學校（園）]\n"
                      "art_1__para_1 應 []\n");
}

/* The trade a law's name regulates is a known actor of that law (電子遊戲場業管理條例
 * 第11條: 電子遊戲場業經依法辦妥…後，應…), not of another; a law named for a list of
 * trades (電子遊戲場及撞球場業…) names none. Elsewhere the trade is not known and 業經
 * still reads as "already" (電子遊戲場 | 業經…): the limit that is left. */
static void test_law_trade_bears(void **state) {
  (void)state;
  static const char NAMED[] = "電子遊戲場業管理條例\n\n第 1 條\n\n"
                              "電子遊戲場業經依法辦妥公司或商業登記後，應填具申請書。\n";
  static const char OTHER[] = "某某管理辦法\n\n第 1 條\n\n"
                              "電子遊戲場業經依法辦妥公司或商業登記後，應填具申請書。\n";
  static const char LISTED[] = "電子遊戲場及撞球場業管理辦法\n\n第 1 條\n\n"
                               "電子遊戲場業經依法辦妥公司或商業登記後，應填具申請書。\n";
  /* nor one the name's 業 ends a word of (礦業) or a rule it goes by opens (依…法) */
  static const char BASIS[] = "依礦業法補辦環境影響評估收費標準\n\n第 1 條\n\n"
                              "依礦業法第三條規定申請者，應繳納審查費。\n";
  static const char *const LAWS[] = {NAMED, OTHER, LISTED, BASIS};
  assert_laws_bearers(LAWS, 4,
                      "art_1__para_1 應 [電子遊戲場業]\n"
                      "art_1__para_1 應 [電子遊戲場]\n"
                      "art_1__para_1 應 [電子遊戲場]\n"
                      "art_1__para_1 應 [依礦業法第三條規定申請者]\n");
}

/* The first statement of a list item whose topic opens it carries the
 * lead-in's bearer (營造安全衛生設施標準 第56條: the readers carry 雇主); a
 * later one of the item, and one after a paragraph, carry none from there
 * (評鑑委員會之決議，應…: another sentence's bearer is as often another's). */
static void test_item_topic_carries_leadin(void **state) {
  (void)state;
  static const char LAW[] = "第 1 條\n\n雇主對於懸吊式施工架，應依下列規定辦理：\n"
                            "一、懸吊架及其他受力構件應具有充分強度。\n"
                            "二、工作臺上設置之施工架，其寬度應在四十公分以上。吊索應每日檢查。\n\n"
                            "第 2 條\n\n評鑑委員會由召集人召集。召集人應擔任主席。\n"
                            "評鑑委員會之決議，應有全體委員二分之一以上之出席。\n";
  assert_bearers(LAW, "art_1__para_1 應 [雇主]\n"
                      "art_1__para_1__subpara_1 應 [雇主] carried from art_1__para_1\n"
                      "art_1__para_1__subpara_2 應 [雇主] carried from art_1__para_1\n"
                      "art_1__para_1__subpara_2 應 []\n"
                      "art_2__para_1 應 [召集人]\n"
                      "art_2__para_2 應 []\n");
}

/* The items of a list of cases state cases: a cue there describes the case
 * (受刑人保外醫治審核基準及管理辦法 第3條第1項第3款 病情嚴重必須…, fresh70), unless it opens
 * what the case entails (…，並得按次處罰; …時，應於…; …者，得…), not when it opens a
 * segment of what the case needs (…，須出境探病或奔喪). The items of cases excepted
 * (…不在此限：), of cases to be met (應符合下列情形之一：) and of the rules a lead-in
 * hands over (依下列規定附建…：) state rules. */
static void test_case_list_items(void **state) {
  (void)state;
  static const char LAW[] = "第 1 條\n\n申請人有下列情形之一者，不予許可：\n"
                            "一、病情嚴重必須長期在監外住院治療。\n"
                            "二、配偶或直系血親病危或死亡，須出境探病或奔喪。\n"
                            "三、違反第十五條第一項、第二項之規定，並得按次處罰。\n"
                            "四、終止連結作業時，應於終止日前一個月內通知提供機關。\n"
                            "五、依規定應提供資料，拒絕提供或提供不實。\n\n"
                            "第 2 條\n\n消費券應由本人親自領取。但有下列情形之一者，不在此限：\n"
                            "一、法院裁定暫時監護案件之未成年子女，應由暫時監護人領取。\n\n"
                            "第 3 條\n\n需備用機場之飛機，應符合下列情形之一：\n"
                            "一、飛機應再攜帶四十五分鐘正常巡航速度油量。\n\n"
                            "第 4 條\n\n建築物有下列情形之一者，依下列規定附建防空避難設備：\n"
                            "一、同時申請建照之建築物，其防空避難設備得集中附建。\n";
  assert_bearers(LAW, "art_1__para_1 不予 []\n"
                      "art_1__para_1__subpara_3 得 []\n"
                      "art_1__para_1__subpara_4 應於 []\n"
                      "art_2__para_1 應 [本人]\n"
                      "art_2__para_1 不在此限 [本人] carried from art_2__para_1\n"
                      "art_2__para_1__subpara_1 應 [暫時監護人]\n"
                      "art_3__para_1 應 [需備用機場之飛機]\n"
                      "art_3__para_1__subpara_1 應 [飛機]\n"
                      "art_4__para_1__subpara_1 得 []\n");
}

/* A body that 所屬 names after the name opening a …者 case bears the
 * statement alone: the names it was found as (直轄市政府, 縣（市）政府) are
 * not its bearers (主計機構設置及員額編制標準 第4條第3款: fresh48). */
static void test_subordinate_body_bears_alone(void **state) {
  (void)state;
  static const char LAW[] =
      "第 1 條\n\n直轄市政府及縣（市）政府所屬二級機關（構）預算執行規模連續三年達"
      "新臺幣二千萬元者，得設會計室。\n";
  csq_corpus *c = law(LAW);
  csq_obligations *o = build(c);
  assert_int_equal(csq_obligations_count(o), 1);
  const csq_obligation *ob = csq_obligations_at(o, 0);
  assert_string_equal(csq_obligation_text(ob, CSQ_PART_ACTOR),
                      "直轄市政府及縣（市）政府所屬二級機關（構）");
  assert_true(csq_obligation_has_actor(o, ob, "直轄市政府及縣（市）政府所屬二級機關（構）"));
  assert_false(csq_obligation_has_actor(o, ob, "直轄市政府"));
  assert_false(csq_obligation_has_actor(o, ob, "縣（市）政府"));
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* Aliases and bracketed names in the half-width brackets between spaces of
 * older texts: the alias is read like （以下簡稱…）, known in the law's later
 * articles, and passed in a joined list (業者使用自備封條許可及管理辦法; 結合
 * 民間資源辦理身心障礙福利服務辦法 第2條第1項: fresh48). */
static void test_half_width_aliases(void **state) {
  (void)state;
  static const char LAW[] =
      "第 1 條\n\n民營汽車駕駛人訓練機構 (以下簡稱駕訓班) 之設立，應經公路主管機關許可。\n\n"
      "第 2 條\n\n駕訓班應置班主任一人。\n\n"
      "第 3 條\n\n保險代理人 (以下簡稱代理人) 、保險經紀人應於每年三月底前申報。\n\n"
      "第 4 條\n\n直轄市、縣 (市) 政府 (以下稱各級政府) 結合民間資源辦理服務，得依下列方式辦理：\n"
      "一、委託辦理。\n";
  csq_corpus *c = law(LAW);
  csq_obligations *o = build(c);
  char *t = bearers_of(o);
  assert_string_equal(t, "art_1__para_1 應 []\n"
                         "art_2__para_1 應 [駕訓班]\n"
                         "art_3__para_1 應於 [保險代理人 (以下簡稱代理人) 、保險經紀人]\n"
                         "art_4__para_1 得 [直轄市、縣 (市) 政府]\n");
  /* 駕訓班 is a known actor of the law: its alias, read in half-width brackets */
  assert_true(csq_obligation_has_actor(o, csq_obligations_at(o, 1), "駕訓班"));
  free(t);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* A count of whom the cue's own segment names is a rule of composition or
 * size: no bearer, and none carried into it from the provision before (the
 * readers of the labelled sets wrote none); a subject that acts (服現役), or
 * one before a comma (本行…之授信，不得少於…), is written
 * (國立大學校長遴選委員會組織及運作辦法 第2條第4項; the reviews of session 46). */
static void test_count_subject_no_bearer(void **state) {
  (void)state;
  static const char LAW[] = "第 1 條\n\n本會應置委員十五人。\n\n"
                            "第 2 條\n\n遴委會任一性別委員不得少於委員總數三分之一。\n\n"
                            "第 3 條\n\n志願士兵服現役不得少於四年。\n\n"
                            "第 4 條\n\n本行對於公用事業之授信，不得少於百分之七十。\n";
  assert_bearers(LAW, "art_1__para_1 應 [本會]\n"
                      "art_2__para_1 不得 []\n"
                      "art_3__para_1 不得 [志願士兵]\n"
                      "art_4__para_1 不得 [本行]\n");
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
  csq_corpus *c = law(LAW);
  csq_error err;
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

/* 所稱X（以下簡稱Y），指… defines X and Y; 所定X，其範圍如下：… defines X by
 * its items, and a cue in them is the definition's (issue 10 point 8). */
static void test_definitions_issue_10(void **state) {
  (void)state;
  static const char LAW[] = "第 1 條\n\n本辦法所稱資通安全情資（以下簡稱情資），指與資通安全事件"
                            "有關之資訊。\n\n第 2 條\n\n本法所定特定業務，其範圍如下：\n"
                            "一、受託者應提供資訊之服務。\n二、其他業務。\n";
  csq_corpus *c = law(LAW);
  csq_error err;
  csq_definitions *d;
  assert_int_equal(csq_definitions_build(c, NULL, &d, &err), CSQ_OK);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_definitions_count(d); i++)
    put_definition(&t, csq_definitions_at(d, i));
  assert_string_equal(
      t.s, "art_1__para_1 said 「資通安全情資」 = 與資通安全事件有關之資訊\n"
           "  scope: 本辦法\n"
           "art_1__para_1 said 「情資」 = 與資通安全事件有關之資訊\n"
           "  scope: 本辦法\n"
           "art_2__para_1 range 「特定業務」 = 一、受託者應提供資訊之服務。二、其他業務。\n"
           "  scope: 本法\n");
  free(t.s);
  csq_definitions_free(d);
  /* 一、受託者應提供資訊之服務: the cue in an item of a definition is the
   * definition's, no statement */
  csq_obligations *o = build(c);
  assert_int_equal(csq_obligations_count(o), 0);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* ---- issue 10: every example of "What was seen" ------------------------------ */

/* One law of the national corpus, read from its file. */
static csq_corpus *national_law(const char *pcode) {
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.json", ch, pcode);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_file(c, path, &err), CSQ_OK);
  return c;
}

typedef struct seen {
  const char *pcode, *eid;                                 /* a provision of the national corpus */
  int count;                                               /* its statements */
  int index;                                               /* the one checked */
  const char *modality, *cue, *actor, *condition, *action; /* NULL: not checked */
} seen;

/* The statements of a provision of the national corpus, one checked. */
static void check_seen(const seen *k) {
  csq_corpus *c = national_law(k->pcode);
  csq_obligations *o = build(c);
  const csq_node *n = csq_law_find(csq_corpus_law_at(c, 0), k->eid);
  assert_non_null(n);
  csq_obligation_list *list;
  csq_error err;
  assert_int_equal(csq_obligations_in(o, n, NULL, &list, &err), CSQ_OK);
  if (csq_obligation_list_count(list) != (size_t)k->count)
    fprintf(stderr, "%s %s: %zu statements, want %d\n", k->pcode, k->eid,
            csq_obligation_list_count(list), k->count);
  assert_int_equal(csq_obligation_list_count(list), k->count);
  if (k->modality) {
    const csq_obligation *ob = csq_obligation_list_at(list, (size_t)k->index);
    const char *got[] = {
        csq_modality_name(csq_obligation_modality(ob)), csq_obligation_text(ob, CSQ_PART_CUE),
        csq_obligation_text(ob, CSQ_PART_ACTOR), csq_obligation_text(ob, CSQ_PART_CONDITION),
        csq_obligation_text(ob, CSQ_PART_ACTION)};
    const char *want[] = {k->modality, k->cue, k->actor, k->condition, k->action};
    for (int i = 0; i < 5; i++) {
      if (want[i] && strcmp(want[i], got[i]) != 0)
        fprintf(stderr, "%s %s statement %d part %d: 「%s」, want 「%s」\n", k->pcode, k->eid,
                k->index, i, got[i], want[i]);
      if (want[i])
        assert_string_equal(got[i], want[i]);
    }
  }
  csq_obligation_list_free(list);
  csq_obligations_free(o);
  csq_corpus_free(c);
}

static void test_issue_10_seen(void **state) {
  (void)state;
  /* (the issue's sentences are cases of tests/spec/obligations.txt) */
  static const seen SEEN[] = {
      /* 公所得 is 公所 + 得 (公共造產獎助及管理辦法) */
      {"A0040007", "art_7__para_1", 1, 0, "may", "得", "縣（市）政府、鄉（鎮、市）公所",
       "有下列情事之一者", "申請補助"},
      /* the second statement of a clause (遊艇管理規則, 鐵路兩側禁建限建辦法) */
      {"K0070069", "art_24__para_1__subpara_3", 2, 1, "may", "得", NULL, NULL,
       "使用合併式左右舷燈替代分離式左右舷燈"},
      {"K0030022", "art_15__para_2", 3, 1, "shall", "應", "起造人、申請人、工程主辦機關或行為人",
       "", "立即將監測值或損害情形通知鐵路機構及交通部"},
      /* 除…外 is an exception (刑事訴訟法 第481條之5) */
      {"C0010001", "art_481-5__para_1", 2, 0, "exception", "除", NULL, "顯無必要者", ""},
      {"C0010001", "art_481-5__para_1", 2, 1, "shall", "應", "法院",
       "受理第四百八十一條第一項第一款所列處分之聲請",
       "指定期日傳喚受處分人，並通知檢察官、辯護人、輔佐人"},
      /* attributive rules no longer swallow duties (國軍軍事勤務致人民傷亡損害補償
       * 條例 第7條, 運動賽事或活動票券違規案件檢舉處理及獎勵辦法 第8條) */
      {"F0000036", "art_7__para_1", 1, 0, "shall", "應", "本人或死亡者之遺屬", NULL,
       "檢具證明文件，向事故發生地直轄市、縣（市）政府提出之"},
      {"H0120097", "art_8__para_1", 2, 0, "shall", "應於", "直轄市、縣（市）主管機關",
       "受理檢舉案件後", "檢舉人提供之資料齊備之日起二個月內，完成調查"},
      /* attributive uses are no duties: 按應處罰鍰, 在應領補償金額內, 有應納營利事業
       * 所得稅之年度, 第一項禁止及第二項限制投資之業別 */
      {"D0080224", "art_2__para_1", 1, 0, "may", "得", "內政部", NULL, "按應處罰鍰減輕二分之一"},
      {"D0070008", "art_57__para_6", 0, 0, NULL, NULL, NULL, NULL, NULL},
      {"J0040046", "art_6__para_1__subpara_1", 0, 0, NULL, NULL, NULL, NULL, NULL},
      {"J0040002", "art_7__para_3", 0, 0, NULL, NULL, NULL, NULL, NULL},
      /* 勞動基準法 第30條: two prohibitions, each its own text, and the topic
       * 勞工正常工作時間 no bearer; 第10條之1: 所必須 is no cue */
      {"N0030001", "art_30__para_1", 2, 0, "shall_not", "不得", "", "", "超過八小時"},
      {"N0030001", "art_30__para_1", 2, 1, "shall_not", "不得", "", "", "超過四十小時"},
      {"N0030001", "art_10-1__para_1__subpara_1", 1, 0, "shall_not", "不得", NULL,
       "基於企業經營上所必須", "有不當動機及目的"},
      /* bearers: 監獄 (軍人監獄規則), 營利事業股東 (民間機構參與重大公共建設營利
       * 事業股東適用投資抵減辦法), 職業安全衛生法 第5條第2項 and 第10條第2項,
       * 法醫官, 公私場所, 華僑, 執票人, 本公司 */
      {"F0120012", "art_73__para_1", 2, 0, "shall", "應", "監獄", NULL, "施以縝密之考核"},
      {"G0340044", "art_6__para_2", 1, 0, "shall", "應", "營利事業股東", NULL, NULL},
      {"N0060001", "art_5__para_2", 1, 0, "shall", "應於",
       "機械、設備、器具、原料、材料等物件之設計、製造或輸入者及工程之設計或施工者", NULL, NULL},
      {"N0060001", "art_10__para_2", 1, 0, "shall", "應", "製造者、輸入者或供應者",
       "提供前項化學品與事業單位或自營作業者前", "予標示及提供安全資料表"},
      {"F0010063", "art_22__para_1", 1, 0, "shall", "應", "法醫官", "相驗屍體後", NULL},
      {"O0020001", "art_23__para_1", 2, 0, "shall", "應", "公私場所", NULL, NULL},
      {"R0030008", "art_4__para_1", 3, 1, "shall", "應", "華僑", NULL, "以本國文字作答"},
      {"G0380028", "art_69__para_1", 1, 0, "shall", "應於", "執票人", NULL, NULL},
      {"F0000035", "art_8__para_1", 1, 0, "may", "得", "本公司", NULL, NULL},
      /* 資通安全管理法 第14條第2項: the main duty is a statement, not a condition;
       * 第3條第9款 defines */
      {"A0030297", "art_14__para_2", 3, 0, "shall", "應", "公務機關", "知悉資通安全事件時",
       "通報上級或監督機關"},
      {"A0030297", "art_14__para_2", 3, 1, "shall", "應", "公務機關", "", "通報主管機關"},
      {"A0030297", "art_3__para_1__subpara_9", 0, 0, NULL, NULL, NULL, NULL, NULL},
  };
  for (size_t i = 0; i < sizeof SEEN / sizeof *SEEN; i++)
    check_seen(&SEEN[i]);
}

/* The rule that explains each cue that is no statement (--explain). */
static void test_issue_10_explained(void **state) {
  (void)state;
  static const struct {
    const char *pcode, *eid, *cue; /* how the explained cue begins */
    csq__cue_rule rule;
  } CASES[] = {
      {"D0080224", "art_2__para_1", "應處罰鍰", CSQ__CUE_ATTRIBUTIVE},
      {"D0070008", "art_57__para_6", "應領補償金", CSQ__CUE_ATTRIBUTIVE},
      {"J0040046", "art_6__para_1__subpara_1", "應納營利事業所得稅", CSQ__CUE_ATTRIBUTIVE},
      {"J0040002", "art_7__para_3", "禁止及第二項限制投資之", CSQ__CUE_ATTRIBUTIVE},
      {"N0030001", "art_10-1__para_1__subpara_1", "所必須", CSQ__CUE_FALSE_FRIEND},
      {"A0030297", "art_3__para_1__subpara_9", "應", CSQ__CUE_DEFINITION},
      {"G0380244", "art_10__para_1", "得", CSQ__CUE_PURPOSE},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
    csq_corpus *c = national_law(CASES[i].pcode);
    csq_obligations *o = build(c);
    csq__cue_list *cues;
    csq_error err;
    const csq_node *n = csq_law_find(csq_corpus_law_at(c, 0), CASES[i].eid);
    assert_int_equal(csq__obligations_cues(o, n, &cues, &err), CSQ_OK);
    int found = 0;
    for (size_t j = 0; j < csq__cue_list_count(cues); j++) {
      const csq__cue *k = csq__cue_list_at(cues, j);
      if (strncmp(csq__cue_text(k), CASES[i].cue, strlen(CASES[i].cue)) == 0 &&
          csq__cue_rule_of(k) == CASES[i].rule) {
        found = 1;
        assert_null(csq__cue_obligation(k));
      }
    }
    if (!found)
      fprintf(stderr, "%s %s: no cue 「%s」\n", CASES[i].pcode, CASES[i].eid, CASES[i].cue);
    assert_true(found);
    csq__cue_list_free(cues);
    csq_obligations_free(o);
    csq_corpus_free(c);
  }
}

/* An exception names the statement it qualifies: 除…外 the one after it,
 * 但…不在此限 the one before (刑事訴訟法 第481條之5, 運動賽事…辦法 第8條). */
static void test_exceptions_qualify(void **state) {
  (void)state;
  static const struct {
    const char *pcode, *eid;
    size_t exception, qualified;
  } CASES[] = {
      {"C0010001", "art_481-5__para_1", 0, 1},
      {"H0120097", "art_8__para_1", 1, 0},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
    csq_corpus *c = national_law(CASES[i].pcode);
    csq_obligations *o = build(c);
    csq_obligation_list *list;
    csq_error err;
    const csq_node *n = csq_law_find(csq_corpus_law_at(c, 0), CASES[i].eid);
    assert_int_equal(csq_obligations_in(o, n, NULL, &list, &err), CSQ_OK);
    const csq_obligation *e = csq_obligation_list_at(list, CASES[i].exception);
    assert_int_equal(csq_obligation_modality(e), CSQ_EXCEPTION);
    assert_ptr_equal(csq_obligation_qualifies(e), csq_obligation_list_at(list, CASES[i].qualified));
    assert_null(csq_obligation_qualifies(csq_obligation_list_at(list, CASES[i].qualified)));
    csq_obligation_list_free(list);
    csq_obligations_free(o);
    csq_corpus_free(c);
  }
  /* 前條規定，於公營事業不適用之: nothing of this text to qualify */
  csq_corpus *c = one("前條規定，於公營事業不適用之。");
  csq_obligations *o = build(c);
  assert_null(csq_obligation_qualifies(csq_obligations_at(o, 0)));
  csq_obligations_free(o);
  csq_corpus_free(c);
}

/* What csquery prints for 勞動基準法 第30條第1項 is the law's text: each
 * prohibition's cue and action as written, no bearer made of the topic. */
static void test_printed_text_is_the_law(void **state) {
  (void)state;
  csq_corpus *c = national_law("N0030001");
  csq_obligations *o = build(c);
  csq_obligation_list *list;
  csq_error err;
  const csq_node *n = csq_law_find(csq_corpus_law_at(c, 0), "art_30__para_1");
  assert_int_equal(csq_obligations_in(o, n, NULL, &list, &err), CSQ_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  csq_render_options opts = {.format = CSQ_FORMAT_TEXT};
  assert_int_equal(csq_render_obligations(f, &opts, list, &err), CSQ_OK);
  fclose(f);
  assert_non_null(strstr(buf, "不得超過八小時"));
  assert_non_null(strstr(buf, "不得超過四十小時"));
  assert_null(strstr(buf, "不得每週"));
  assert_null(strstr(buf, "勞工 ("));
  free(buf);
  csq_obligation_list_free(list);
  csq_obligations_free(o);
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

/* The cue words every occurrence of which must be accounted for (issue 10
 * point 1), as the labelling guideline counts them. */
static const char *const CUE_WORDS[] = {"\xe6\x87\x89" /* 應 */,
                                        "\xe5\xbe\x97" /* 得 */,
                                        "\xe9\xa0\x88" /* 須 */,
                                        "\xe7\xa6\x81\xe6\xad\xa2" /* 禁止 */,
                                        "\xe4\xb8\x8d\xe4\xba\x88" /* 不予 */,
                                        "\xe6\xaf\x8b" /* 毋 */};

typedef struct accounting {
  size_t occurrences, unaccounted, by_rule[CSQ__CUE_RULE_COUNT], spans, bad_spans;
  int shown;
} accounting;

/* Whether code points [a, b) overlap a cue of the list. */
static int covered(const csq__cue_list *cues, size_t a, size_t b) {
  for (size_t i = 0; i < csq__cue_list_count(cues); i++) {
    size_t s, e;
    csq__cue_span(csq__cue_list_at(cues, i), &s, &e);
    if (s < b && a < e)
      return 1;
  }
  return 0;
}

/* Every occurrence of a cue word in the node's text became a statement or
 * is explained by a rule; each is counted, the others named. */
static void account_node(const csq_obligations *o, const csq_node *n, accounting *acc) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  if (!len || csq_kind_is_heading(csq_node_kind(n)) || csq_node_kind(n) == CSQ_LAW)
    return;
  csq__cue_list *cues;
  csq_error err;
  assert_int_equal(csq__obligations_cues(o, n, &cues, &err), CSQ_OK);
  for (size_t i = 0; i < csq__cue_list_count(cues); i++)
    acc->by_rule[csq__cue_rule_of(csq__cue_list_at(cues, i))]++;
  size_t cp = 0;
  for (int32_t i = 0; (size_t)i < len; cp++) {
    for (size_t w = 0; w < sizeof CUE_WORDS / sizeof *CUE_WORDS; w++) {
      size_t wl = strlen(CUE_WORDS[w]);
      if ((size_t)i + wl > len || memcmp(s + i, CUE_WORDS[w], wl) != 0)
        continue;
      acc->occurrences++;
      if (!covered(cues, cp, cp + chars_of(CUE_WORDS[w]))) {
        acc->unaccounted++;
        if (acc->shown++ < 20)
          fprintf(stderr, "unaccounted %s at %zu: %s %s: %s\n", CUE_WORDS[w], cp,
                  csq_law_name(csq_node_law(n)), csq_node_cite(n), s);
      }
    }
    U8_FWD_1(s, i, (int32_t)len);
  }
  csq__cue_list_free(cues);
}

static void account_tree(const csq_obligations *o, const csq_node *n, accounting *acc) {
  account_node(o, n, acc);
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    account_tree(o, c, acc);
}

/* Every part of every obligation is an exact slice of its node's text. */
static void check_spans(const csq_obligation *ob, accounting *acc) {
  size_t len;
  const char *s = csq_node_text(csq_obligation_node(ob), &len);
  for (int p = CSQ_PART_CLAUSE; p <= CSQ_PART_CONDITION; p++) {
    size_t a, b;
    if (!csq_obligation_span(ob, (csq_obligation_part)p, &a, &b))
      continue;
    acc->spans++;
    size_t ba = byte_of(s, len, a), bb = byte_of(s, len, b);
    const char *want = csq_obligation_text(ob, (csq_obligation_part)p);
    if (b < a || bb - ba != strlen(want) || memcmp(s + ba, want, bb - ba) != 0) {
      if (acc->bad_spans++ < 20)
        fprintf(stderr, "span %d [%zu, %zu) is not 「%s」: %s %s\n", p, a, b, want,
                csq_law_name(csq_node_law(csq_obligation_node(ob))),
                csq_node_cite(csq_obligation_node(ob)));
    }
  }
}

/* The cue characters and the leads are three bytes of UTF-8 each: the
 * search for cue characters (cues.c next_cue_char) compares them as
 * three-byte numbers and passes a character by its last byte, and the
 * leads are kept as such numbers (words.tsv cue_chars, modality_leads). */
static void test_cue_chars_three_bytes(void **state) {
  (void)state;
  for (size_t i = 0; i < csq_words_cue_chars_count; i++) {
    if (strlen(csq_words_cue_chars[i]) != 3)
      fprintf(stderr, "cue_chars: 「%s」 is not three bytes\n", csq_words_cue_chars[i]);
    assert_int_equal(strlen(csq_words_cue_chars[i]), 3);
  }
  for (size_t i = 0; i < csq_words_modality_leads_count; i++)
    assert_int_equal(strlen(csq_words_modality_leads[i]), 3);
}

/* words.tsv modality_leads against every text: wherever modality.pcre
 * matches one or two characters before a cue character, the match must
 * begin with a lead, or cues.c, which tries only there, would miss it. */
typedef struct lead_check {
  csq_pattern modality;
  size_t tries, matches, not_leads;
} lead_check;

static void check_leads(lead_check *k, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  size_t before[2] = {SIZE_MAX, SIZE_MAX}; /* the two characters before i */
  for (int32_t i = 0; (size_t)i < len;) {
    int32_t next = i;
    U8_FWD_1(s, next, (int32_t)len);
    if (csq__starts_with_any(s + i, len - (size_t)i, CSQ__WORDS(cue_chars)) >= 0)
      for (int b = 0; b < 2; b++) {
        PCRE2_SIZE *ov;
        if (before[b] == SIZE_MAX)
          continue;
        k->tries++;
        if (csq__pattern_match(&k->modality, s, len, before[b], &ov) <= 0 || ov[1] <= (size_t)i)
          continue; /* no match, or one that ends before this cue */
        k->matches++;
        if (csq__starts_with_any(s + before[b], len - before[b], CSQ__WORDS(modality_leads)) < 0) {
          k->not_leads++;
          printf("  not a lead: %s %s: %.*s\n", csq_law_name(csq_node_law(n)), csq_node_cite(n),
                 (int)(ov[1] - ov[0]), s + ov[0]);
        }
      }
    before[1] = before[0];
    before[0] = (size_t)i;
    i = next;
  }
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    check_leads(k, c);
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
    printf("  %2zu. %s %zu\n", i + 1, actors[i].name[0] ? actors[i].name : "(none)", actors[i].n);
  /* issue 10 point 1: every cue accounted for; point 4: exact spans */
  accounting acc = {0};
  for (size_t i = 0; i < csq_corpus_law_count(c); i++)
    account_tree(o, csq_law_root(csq_corpus_law_at(c, i)), &acc);
  for (size_t i = 0; i < total; i++)
    check_spans(csq_obligations_at(o, i), &acc);
  printf("cue words: %zu occurrences, %zu unaccounted; cues by rule:", acc.occurrences,
         acc.unaccounted);
  for (int k = 0; k < CSQ__CUE_RULE_COUNT; k++)
    printf(" %s %zu", csq__cue_rule_name((csq__cue_rule)k), acc.by_rule[k]);
  printf("\nspans: %zu, %zu not an exact slice of the text\n", acc.spans, acc.bad_spans);
  lead_check leads = {0};
  assert_int_equal(
      csq__pattern_compile(&leads.modality, "grammar/modality.pcre", PCRE2_ANCHORED, &err), CSQ_OK);
  for (size_t i = 0; i < csq_corpus_law_count(c); i++)
    check_leads(&leads, csq_law_root(csq_corpus_law_at(c, i)));
  csq__pattern_release(&leads.modality);
  printf(
      "modality.pcre before a cue: %zu tries, %zu matches, %zu not at a modality_leads character\n",
      leads.tries, leads.matches, leads.not_leads);
  assert_int_equal(leads.not_leads, 0);
  assert_true(leads.matches > 10000);
  assert_int_equal(acc.unaccounted, 0);
  assert_int_equal(acc.bad_spans, 0);
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
      cmocka_unit_test(test_seed_spec),
      cmocka_unit_test(test_cue_chars_three_bytes),
      cmocka_unit_test(test_seed_definitions),
      cmocka_unit_test(test_seed_spans),
      cmocka_unit_test(test_actor_alias),
      cmocka_unit_test(test_law_aliases_bear),
      cmocka_unit_test(test_law_trade_bears),
      cmocka_unit_test(test_item_topic_carries_leadin),
      cmocka_unit_test(test_case_list_items),
      cmocka_unit_test(test_subordinate_body_bears_alone),
      cmocka_unit_test(test_half_width_aliases),
      cmocka_unit_test(test_count_subject_no_bearer),
      cmocka_unit_test(test_cue_spec),
      cmocka_unit_test(test_definition_forms),
      cmocka_unit_test(test_definitions_issue_10),
      cmocka_unit_test(test_issue_10_seen),
      cmocka_unit_test(test_issue_10_explained),
      cmocka_unit_test(test_exceptions_qualify),
      cmocka_unit_test(test_printed_text_is_the_law),
      cmocka_unit_test(test_national_corpus),
  };
  /* CSQ_TEST_FILTER=test_cue_spec runs one test while a rule is worked on */
  if (getenv("CSQ_TEST_FILTER"))
    cmocka_set_test_filter(getenv("CSQ_TEST_FILTER"));
  return cmocka_run_group_tests(tests, NULL, NULL);
}
