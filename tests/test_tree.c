/*
 * test_tree.c — the seed (資通安全管理法施行細則, wrapped PDF text) parses to
 * exactly the official structure, with the manifest's facts and the
 * original text of every node.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "csquery.h"

static int setup(void **state) {
  csq_corpus *c;
  csq_error err;
  if (csq_corpus_new(NULL, &c, &err) != CSQ_OK || csq_corpus_add_builtin(c, &err) != CSQ_OK)
    return -1;
  *state = c;
  return 0;
}

static int teardown(void **state) {
  csq_corpus_free(*state);
  return 0;
}

static const csq_law *seed(void **state) {
  const csq_law *law = csq_corpus_law_at(*state, 0);
  assert_non_null(law);
  return law;
}

static size_t count_kind(const csq_node *n, csq_kind kind) {
  size_t total = 0;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    total += csq_node_kind(c) == kind;
  return total;
}

static void manifest_facts(void **state) {
  const csq_law *law = seed(state);
  assert_int_equal(csq_corpus_law_count(*state), 1);
  assert_string_equal(csq_law_id(law), "A0030303");
  assert_string_equal(csq_law_name(law), "資通安全管理法施行細則");
  assert_string_equal(csq_law_version(law), "2021-08-23");
  assert_string_equal(csq_law_level(law), "命令");
  assert_string_equal(csq_law_parent_id(law), "A0030297");
  assert_string_equal(csq_law_parent_name(law), "資通安全管理法");
  assert_false(csq_law_is_repealed(law));
}

/* 13 articles; 第3條 one 項 with 4 款; 第4條 three 項 with 9, 4, 0 款; 第6條
 * 13, 0, 0; 第7條 4, 0; 第8條 one 項 with 7; 第11條 0, 2, 0; 第13條 two 項;
 * every other article one 項 and no 款. */
static void official_structure(void **state) {
  static const struct {
    const char *article;
    int paragraphs;
    int subparagraphs[3];
  } WANT[] = {{"1", 1, {0}},    {"2", 1, {0}},        {"3", 1, {4}},        {"4", 3, {9, 4, 0}},
              {"5", 1, {0}},    {"6", 3, {13, 0, 0}}, {"7", 2, {4, 0}},     {"8", 1, {7}},
              {"9", 1, {0}},    {"10", 1, {0}},       {"11", 3, {0, 2, 0}}, {"12", 1, {0}},
              {"13", 2, {0, 0}}};
  const csq_law *law = seed(state);
  assert_int_equal(csq_law_article_count(law), 13);
  const csq_node *art = csq_node_first_child(csq_law_root(law));
  for (size_t i = 0; i < 13; i++, art = csq_node_next(art)) {
    assert_non_null(art);
    assert_int_equal(csq_node_kind(art), CSQ_ARTICLE);
    assert_string_equal(csq_node_num(art), WANT[i].article);
    assert_int_equal(count_kind(art, CSQ_PARAGRAPH), WANT[i].paragraphs);
    assert_int_equal(csq_node_child_count(art), WANT[i].paragraphs);
    const csq_node *para = csq_node_first_child(art);
    for (int p = 0; p < WANT[i].paragraphs; p++, para = csq_node_next(para)) {
      if ((int)count_kind(para, CSQ_SUBPARAGRAPH) != WANT[i].subparagraphs[p])
        fail_msg("第%s條第%d項: %zu 款, expected %d", WANT[i].article, p + 1,
                 count_kind(para, CSQ_SUBPARAGRAPH), WANT[i].subparagraphs[p]);
      assert_int_equal(csq_node_child_count(para), WANT[i].subparagraphs[p]);
    }
  }
  assert_null(art);
}

static void identifiers_and_citations(void **state) {
  const csq_law *law = seed(state);
  static const struct {
    const char *eid, *cite;
    csq_kind kind;
  } WANT[] = {
      {"art_4", "第4條", CSQ_ARTICLE},
      {"art_4__para_1", "第4條第1項", CSQ_PARAGRAPH},
      {"art_4__para_1__subpara_5", "第4條第1項第5款", CSQ_SUBPARAGRAPH},
      {"art_4__para_2__subpara_4", "第4條第2項第4款", CSQ_SUBPARAGRAPH},
      {"art_3__para_1__subpara_4", "第3條第4款", CSQ_SUBPARAGRAPH}, /* sole 項 */
      {"art_11__para_2__subpara_1", "第11條第2項第1款", CSQ_SUBPARAGRAPH},
      {"art_13__para_2", "第13條第2項", CSQ_PARAGRAPH},
  };
  for (size_t i = 0; i < sizeof WANT / sizeof WANT[0]; i++) {
    const csq_node *n = csq_law_find(law, WANT[i].eid);
    if (!n)
      fail_msg("%s not found", WANT[i].eid);
    assert_string_equal(csq_node_eid(n), WANT[i].eid);
    assert_string_equal(csq_node_cite(n), WANT[i].cite);
    assert_int_equal(csq_node_kind(n), WANT[i].kind);
  }
  assert_null(csq_law_find(law, "art_14"));
  assert_null(csq_law_find(law, "art_4__para_4"));
  assert_null(csq_law_find(law, "art_4__para_1__subpara_10"));
}

static const char *text_of(const csq_law *law, const char *eid) {
  const csq_node *n = csq_law_find(law, eid);
  assert_non_null(n);
  return csq_node_text(n, NULL);
}

/* The original words, with the wrap breaks (line ends, the blank lines,
 * trailing and page-break spaces) removed and nothing else changed. */
static void original_text(void **state) {
  const csq_law *law = seed(state);
  assert_string_equal(text_of(law, "art_4__para_1"),
                      "各機關依本法第九條規定委外辦理資通系統之建置、維運或資通服務之提供（以下簡稱"
                      "受託業務），選任及監督受託者時，應注意下列事項：");
  assert_string_equal(
      text_of(law, "art_4__para_1__subpara_7"),
      "七、委託關係終止或解除時，應確認受託者返還、移交、刪除或銷毀履行契約而持有之資料。");
  assert_string_equal(
      text_of(law, "art_11__para_2__subpara_1"),
      "一、涉及個人、法人或團體營業上秘密或經營事業有關之資訊，或公開有侵害公務機關、"
      "個人、法人或團體之權利或其他正當利益。但法規另有規定，或對公益有必要，或為保護"
      "人民生命、身體、健康有必要，或經當事人同意者，不在此限。");
  assert_string_equal(
      text_of(law, "art_9__para_1"),
      "中央目的事業主管機關依本法第十六條第一項規定指定關鍵基礎設施提供者前，應給予其"
      "陳述意見之機會。");
  assert_string_equal(text_of(law, "art_13__para_2"), "本細則修正條文自發布日施行。");
  assert_string_equal(text_of(law, "art_4"), "");
}

/* Every node's text, in document order, is the seed's body with only the
 * layout taken out: concatenated, they equal the seed's lines joined. */
static void nothing_lost_or_added(void **state) {
  const csq_law *law = seed(state);
  size_t len;
  char *seed_text = csq_test_read_file(CSQ_SOURCE_DIR "/corpus/資通安全管理法施行細則.txt", &len);
  assert_non_null(seed_text);
  char *want = calloc(len + 1, 1), *got = calloc(len + 1, 1);
  size_t w = 0, g = 0;
  /* The seed's bytes minus line ends, spaces, 第 N 條 lines and links. */
  for (char *line = strtok(seed_text, "\n"); line; line = strtok(NULL, "\n")) {
    if (strncmp(line, "第 ", 4) == 0 || strncmp(line, "http", 4) == 0)
      continue;
    for (char *s = line; *s; s++)
      if (*s != ' ' && *s != '\r')
        want[w++] = *s;
  }
  const csq_node *stack[256]; /* the seed needs under 40 */
  int depth = 0;
  stack[depth++] = csq_law_root(law);
  while (depth) {
    const csq_node *n = stack[--depth];
    const char *t = csq_node_text(n, &len);
    memcpy(got + g, t, len);
    g += len;
    /* push children in reverse for pre-order */
    const csq_node *kids[64];
    size_t k = 0;
    for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
      kids[k++] = c;
    while (k)
      stack[depth++] = kids[--k];
  }
  assert_int_equal(g, w);
  assert_memory_equal(got, want, w);
  free(want);
  free(got);
  free(seed_text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(manifest_facts),
      cmocka_unit_test(official_structure),
      cmocka_unit_test(identifiers_and_citations),
      cmocka_unit_test(original_text),
      cmocka_unit_test(nothing_lost_or_added),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
