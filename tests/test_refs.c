/*
 * test_refs.c — citations: every form of issue 3 one by one (and the text
 * that must not be taken for one), written as data in
 * tests/spec/citations.txt; the seed's citations against a golden
 * file (tests/golden/refs/), version linking with the 2018 and 2025 acts
 * loaded together, cited-by, and the whole national corpus through
 * extraction and resolution.
 *
 * CSQ_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
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

#include "corpus_dir.h"
#include "csquery.h"
#include "library.h"
#include "spec.h"
#include "text.h"

/* ---- writing citations down ----------------------------------------------- */

/* 「raw」 → LAW/EID[part]{exists} …, one citation after another. */
static void put_citation(csq_test_text *t, const csq_citation *c) {
  csq_test_put(t, "「%s」→", csq_citation_text(c));
  for (size_t i = 0; i < csq_citation_target_count(c); i++) {
    const csq_target *g = csq_citation_target(c, i);
    const char *law = csq_target_law_id(g)[0] ? csq_target_law_id(g) : csq_target_law_name(g);
    if (!csq_target_resolved(g)) {
      csq_test_put(t, " ?");
      continue;
    }
    csq_test_put(t, " %s%s%s", law, csq_target_eid(g)[0] ? "/" : "", csq_target_eid(g));
    if (csq_target_part(g)[0])
      csq_test_put(t, "[%s]", csq_target_part(g));
    if (csq_target_exists(g) == 0)
      csq_test_put(t, "{missing}");
  }
  if (csq_citation_problem(c)[0])
    csq_test_put(t, " (%s)", csq_citation_problem(c));
}

/* One line per citation: from, character span, raw → targets, versions. */
static char *dump_refs(const csq_refs *refs) {
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    const csq_node *from = csq_citation_from(c);
    csq_test_put(&t, "%s %s %zu-%zu ", csq_law_id(csq_node_law(from)), csq_node_eid(from),
                 csq_citation_start(c), csq_citation_end(c));
    put_citation(&t, c);
    for (size_t j = 0; j < csq_citation_target_count(c); j++) {
      const csq_law *law = csq_target_law(csq_citation_target(c, j));
      if (law)
        csq_test_put(&t, " @%s", csq_law_version(law));
    }
    csq_test_put(&t, "\n");
  }
  return t.s;
}

static void compare_golden(const char *name, const char *got) {
  char path[1024];
  snprintf(path, sizeof path, "golden/refs/%s", name);
  if (getenv("CSQ_UPDATE_GOLDEN")) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(got, f);
    fclose(f);
    return;
  }
  size_t len;
  char *want = csq_test_read_file(path, &len);
  if (!want)
    fail_msg("%s is missing (run with CSQ_UPDATE_GOLDEN=1 to write it)", path);
  if (strcmp(want, got) != 0) {
    fprintf(stderr, "---- got\n%s---- want (%s)\n%s", got, path, want);
    free(want);
    fail_msg("%s differs", path);
  }
  free(want);
}

/* ---- one form at a time ------------------------------------------------------ */

/* A small rules text: 資通安全管理法施行細則 (so that 本法 is its act), 2021,
 * whose 第4條 has three paragraphs of which the second has five 款, and
 * 第5條 holds `para` paragraphs, the last of which is the text under test
 * (with its 款 below when `subs`). Returns the citations of the text. */
static char *cites_in(const char *under_test, int para, int in_sub) {
  csq_test_text j = {0};
  csq_test_put(
      &j,
      "{\"LawName\": \"資通安全管理法施行細則\", \"LawLevel\": \"命令\", \"LawModifiedDate\": "
      "\"20210823\", \"LawURL\": \"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0030303\", "
      "\"LawArticles\": [");
  for (int a = 1; a <= 4; a++)
    csq_test_put(
        &j,
        "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 %d 條\", \"ArticleContent\": "
        "\"甲。\\r\\n乙：\\r\\n一、子。\\r\\n二、丑。\\r\\n三、寅。\\r\\n四、卯。\\r\\n五、辰。\\r"
        "\\n丙。\"},",
        a);
  csq_test_put(&j, "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 5 條\", \"ArticleContent\": \"");
  for (int p = 1; p < para; p++)
    csq_test_put(&j, "項%d。\\r\\n", p);
  if (in_sub)
    csq_test_put(&j, "首：\\r\\n一、子。\\r\\n二、丑。\\r\\n三、%s\"}", under_test);
  else
    csq_test_put(&j, "%s\"}", under_test);
  csq_test_put(
      &j, ",{\"ArticleType\": \"A\", \"ArticleNo\": \"第 6 條\", \"ArticleContent\": \"末。\"}]}");
  csq_corpus *corpus;
  csq_refs *refs;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  if (csq_corpus_add_buffer(corpus, j.s, j.len, "<test>", &err) != CSQ_OK)
    fail_msg("%s", err.message);
  assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
  const csq_law *law = csq_corpus_law_at(corpus, 0);
  char eid[64];
  if (in_sub)
    snprintf(eid, sizeof eid, "art_5__para_%d__subpara_3", para);
  else
    snprintf(eid, sizeof eid, "art_5__para_%d", para);
  const csq_node *node = csq_law_find(law, eid);
  assert_non_null(node);
  csq_citation_list *list;
  assert_int_equal(csq_refs_from(refs, node, 0, &list, &err), CSQ_OK);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_citation_list_count(list); i++) {
    if (i)
      csq_test_put(&t, " | ");
    put_citation(&t, csq_citation_list_at(list, i));
  }
  csq_citation_list_free(list);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  free(j.s);
  return t.s;
}

/* Where an @ line puts the text: art_5__para_N, or art_5__para_N__subpara_3
 * (the third 款 of that paragraph); NULL (no @ line) is the first paragraph. */
static int parse_where(const char *where, int *para, int *in_sub) {
  int end = 0;
  *para = 1;
  *in_sub = 0;
  if (!where)
    return 1;
  if (sscanf(where, "art_5__para_%d%n", para, &end) != 1 || *para < 1)
    return 0;
  *in_sub = strcmp(where + end, "__subpara_3") == 0;
  return *in_sub || where[end] == '\0';
}

/* The citations of a node of real laws (@ PCODE EID [+ PCODE …]): the laws
 * are read from the national corpus, the text must stand in that node, and
 * the node's own citations are written as put_citation writes them. NULL
 * and a message in `why` when the case is out of form. */
static char *cites_of_law(const char *where, const char *text, csq_test_text *why) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  char pcode[16], eid[160], more[256] = "";
  if (!dir || sscanf(where, "%15s %159s + %255[^\n]", pcode, eid, more) < 2) {
    csq_test_put(why, "@ %s: say @ PCODE EID [+ PCODE …]", where);
    return NULL;
  }
  csq_corpus *corpus;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  char path[4096], *save = NULL;
  snprintf(path, sizeof path, "%s/%s.json", dir, pcode);
  int ok = csq_corpus_add_file(corpus, path, &err) == CSQ_OK;
  for (char *p = strtok_r(more, " +", &save); ok && p; p = strtok_r(NULL, " +", &save)) {
    snprintf(path, sizeof path, "%s/%s.json", dir, p);
    ok = csq_corpus_add_file(corpus, path, &err) == CSQ_OK;
  }
  const csq_node *node = ok ? csq_law_find(csq_corpus_law_at(corpus, 0), eid) : NULL;
  char *out = NULL;
  if (!ok)
    csq_test_put(why, "%s: %s", path, err.message);
  else if (!node)
    csq_test_put(why, "%s has no %s", pcode, eid);
  else if (!strstr(csq_node_text(node, NULL), text))
    csq_test_put(why, "%s %s does not say 「%s」: 「%s」", pcode, eid, text,
                 csq_node_text(node, NULL));
  csq_refs *refs = NULL;
  csq_citation_list *list = NULL;
  if (node && !why->s) {
    assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
    assert_int_equal(csq_refs_from(refs, node, 0, &list, &err), CSQ_OK);
    csq_test_text t = {0};
    csq_test_put(&t, "");
    for (size_t i = 0; i < csq_citation_list_count(list); i++) {
      if (i)
        csq_test_put(&t, " | ");
      put_citation(&t, csq_citation_list_at(list, i));
    }
    out = t.s;
  }
  csq_citation_list_free(list);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  return out;
}

/* One case of tests/spec/citations.txt: the citations found in its text,
 * written as put_citation writes them, against its arrow lines. */
static char *check_citation(const csq_spec_case *k) {
  const char *text = csq_spec_field(k, "text"), *want = csq_spec_field(k, "want");
  const char *where = csq_spec_field(k, "where");
  csq_test_text why = {0};
  int para, in_sub;
  char *got = NULL;
  if (where && where[0] >= 'A' && where[0] <= 'Z')
    got = cites_of_law(where, text, &why);
  else if (parse_where(where, &para, &in_sub))
    got = cites_in(text, para, in_sub);
  else
    csq_test_put(&why, "@ %s: say art_5__para_N, art_5__para_N__subpara_3 or PCODE EID", where);
  if (got && strcmp(got, want) != 0)
    csq_test_put(&why, "%s\n   got: %s\n  want: %s", text, got, want);
  free(got);
  return why.s;
}

#define SELF "A0030303"
#define ACT "A0030297"

/* Every form of issue 3 one by one, and the text that must not be taken
 * for one: the cases are data, in tests/spec/citations.txt. */
static void citation_spec(void **state) {
  (void)state;
  int failed = csq_spec_run_arrows("citations.txt", check_citation);
  if (failed)
    fail_msg("%d failed in tests/spec/citations.txt: each is named above", failed);
}

/* ---- the seed ------------------------------------------------------------- */

static void seed_golden(void **state) {
  (void)state;
  csq_corpus *corpus;
  csq_refs *refs;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(corpus, &err), CSQ_OK);
  assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
  char *got = dump_refs(refs);
  compare_golden("資通安全管理法施行細則.refs", got);
  free(got);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
}

static csq_corpus *with_acts(void) {
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  csq_corpus *corpus;
  csq_error err;
  char path[4096];
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(corpus, &err), CSQ_OK);
  const char *files[] = {"act-2025/A0030297.md",     "moj/key/ch/A0030297.json",
                         "moj/key/ch/J0080037.json", "moj/key/ch/A0020041.json",
                         "moj/key/ch/A0030304.json", "moj/key/ch/A0030305.json",
                         "moj/key/ch/I0060003.json"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", shared, files[i]);
    if (csq_corpus_add_file(corpus, path, &err) != CSQ_OK)
      fail_msg("%s: %s", path, err.message);
  }
  return corpus;
}

/* With the 2025 act loaded first and the 2018 act after it, the rules
 * (2021) still cite the 2018 text. */
static void seed_links_versions(void **state) {
  (void)state;
  csq_corpus *corpus = with_acts();
  csq_refs *refs;
  csq_error err;
  assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    if (strcmp(csq_law_id(csq_node_law(csq_citation_from(c))), SELF) != 0)
      continue;
    for (size_t j = 0; j < csq_citation_target_count(c); j++) {
      const csq_target *g = csq_citation_target(c, j);
      if (strcmp(csq_target_law_id(g), ACT) == 0) {
        assert_non_null(csq_target_law(g));
        assert_string_equal(csq_law_version(csq_target_law(g)), "2018-06-06");
        if (csq_target_kind_of(g) == CSQ_TARGET_PROVISION && csq_target_exists(g) != 1)
          fail_msg("%s %s is dangling in the 2018 act", csq_citation_text(c), csq_target_cite(g));
      }
    }
  }
  free(t.s);
  char *got = dump_refs(refs);
  /* only the rules' lines: the acts' own citations are not the point here */
  csq_test_text mine = {0};
  csq_test_put(&mine, "");
  for (char *line = strtok(got, "\n"); line; line = strtok(NULL, "\n"))
    if (strncmp(line, SELF " ", strlen(SELF) + 1) == 0)
      csq_test_put(&mine, "%s\n", line);
  compare_golden("資通安全管理法施行細則+acts.refs", mine.s);
  free(mine.s);
  free(got);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
}

/* The provision every answer of `list` names, law/eId, when all name one. */
static void expect_asked(const csq_cited_by_list *list, const char *want) {
  for (size_t i = 0; i < csq_cited_by_list_count(list); i++) {
    const csq_cited_by *h = csq_cited_by_list_at(list, i);
    const csq_target *t = csq_citation_target(h->citation, h->target);
    char got[256];
    snprintf(got, sizeof got, "%s/%s", csq_target_law_id(t), csq_target_eid(t));
    if (h->relation == CSQ_CITES_EXACT && strcmp(got, want) != 0)
      fail_msg("asked for %s, answered with a citation of %s", want, got);
  }
}

static void cited_by(void **state) {
  (void)state;
  csq_corpus *corpus = with_acts();
  csq_error err;
  const csq_law *rules = csq_corpus_law_at(corpus, 0);
  csq_cited_by_list *hits;
  /* 第16條 of the act the rules cite is the 2018 one (today's §16 is
   * another provision; the 2018 §16 is now §20: test_versions) */
  assert_int_equal(csq_test_cited_by(corpus, rules, "資通安全管理法@2018-06-06第16條", &hits, &err),
                   CSQ_OK);
  expect_asked(hits, ACT "/art_16");
  /* 細則 §5 (§16¶1), §6 ¶1 (¶2) and ¶2 (¶3), §9 (¶1) of the rules */
  csq_test_text t = {0};
  csq_test_put(&t, "");
  for (size_t i = 0; i < csq_cited_by_list_count(hits); i++) {
    const csq_cited_by *h = csq_cited_by_list_at(hits, i);
    const csq_citation *c = h->citation;
    if (strcmp(csq_law_id(csq_node_law(csq_citation_from(c))), SELF) == 0)
      csq_test_put(&t, "%s:%d ", csq_node_eid(csq_citation_from(c)), h->relation);
  }
  assert_string_equal(t.s, "art_3__para_1:1 art_5__para_1:1 art_6__para_1:1 art_6__para_2:1 "
                           "art_9__para_1:1 ");
  free(t.s);
  csq_cited_by_list_free(hits);
  /* asking for §16¶1: its citations, then those of the whole §16 */
  assert_int_equal(csq_test_cited_by(corpus, rules, "本法第16條第1項", &hits, &err), CSQ_OK);
  size_t exact = 0;
  for (size_t i = 0; i < csq_cited_by_list_count(hits); i++)
    exact += csq_cited_by_list_at(hits, i)->relation == CSQ_CITES_EXACT;
  assert_true(exact >= 2);
  csq_cited_by_list_free(hits);
  assert_int_equal(csq_test_cited_by(corpus, rules, "hello", &hits, &err), CSQ_BAD_QUERY);
  csq_corpus_free(corpus);
}

/* The built-in corpus alone: 本法 still names the act by name and pcode. */
static void builtin_names_the_act(void **state) {
  (void)state;
  csq_corpus *corpus;
  csq_refs *refs;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(corpus, &err), CSQ_OK);
  assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
  const csq_law *rules = csq_corpus_law_at(corpus, 0);
  csq_citation_list *cites;
  assert_int_equal(csq_refs_from(refs, csq_law_find(rules, "art_5"), 1, &cites, &err), CSQ_OK);
  assert_int_equal(csq_citation_list_count(cites), 2);
  const csq_citation *list[2] = {csq_citation_list_at(cites, 0), csq_citation_list_at(cites, 1)};
  const csq_target *t = csq_citation_target(list[0], 1);
  assert_string_equal(csq_target_law_id(t), ACT);
  assert_string_equal(csq_target_law_name(t), "資通安全管理法");
  assert_string_equal(csq_target_eid(t), "art_16__para_1");
  assert_string_equal(csq_target_cite(t), "第16條第1項");
  assert_int_equal(csq_target_exists(t), -1);
  assert_null(csq_target_law(t));
  /* offsets are characters: 「前條第三項及本法第十六條第一項」 is 15 long */
  assert_int_equal(csq_citation_start(list[0]), 0);
  assert_int_equal(csq_citation_end(list[0]), 15);
  assert_int_equal(csq_citation_byte_end(list[0]), 45);
  csq_citation_list_free(cites);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
}

/* ---- the national corpus ------------------------------------------------------ */

/* The query a lawyer types for a target's eId: art_4__para_1__subpara_5 →
 * 第4條第1項第5款, part_2__chp_4 → 第2編第4章; 0 for a sub-item (below 目
 * a query cannot go) or an eId out of form. */
static int query_of(const char *eid, char *buf, size_t size) {
  static const char *const KINDS[] = {"art",       "part", "chp",     "sec", "subsec",
                                      "subsubsec", "para", "subpara", "item"};
  static const char *const WORDS[] = {"條", "編", "章", "節", "款", "目", "項", "款", "目"};
  /* (subsec and subsubsec: the 款 and 目 headings of long codes) */
  size_t at = 0;
  buf[0] = '\0';
  for (const char *p = eid; *p;) {
    const char *us = strchr(p, '_');
    if (!us)
      return 0;
    size_t k = 0;
    while (k < 9 && !((size_t)(us - p) == strlen(KINDS[k]) && strncmp(p, KINDS[k], us - p) == 0))
      k++;
    if (k == 9)
      return 0;
    char *end;
    long n = strtol(us + 1, &end, 10), sub = *end == '-' ? strtol(end + 1, &end, 10) : 0;
    at += (size_t)snprintf(buf + at, size - at, sub ? "第%ld%s之%ld" : "第%ld%s", n, WORDS[k], sub);
    if (*end && strncmp(end, "__", 2) != 0)
      return 0;
    p = *end ? end + 2 : end;
  }
  return at < size;
}

/* Whether an eId has a number no law has: 0, or beyond any law's reach
 * (article 2000, 200 of anything else). */
static int impossible(const char *eid) {
  for (const char *p = strchr(eid, '_'); p; p = strchr(p + 1, '_')) {
    if (p[1] == '_' || !(p[1] >= '0' && p[1] <= '9'))
      continue;
    long n = strtol(p + 1, NULL, 10);
    if (n <= 0 || n > (strncmp(p - 3, "art", 3) == 0 ? 2000 : 200))
      return 1;
  }
  return 0;
}

/* Honest existence over the national corpus: no target's eId has a number
 * no law has, and every target marked as existing is what `csquery LAW
 * PROVISION` shows (a whole law: the law is found by its pcode). */
static void honest_existence(csq_corpus *corpus, const csq_refs *refs) {
  csq_library *lib;
  csq_error err;
  assert_int_equal(csq_library_new(corpus, NULL, &lib, &err), CSQ_OK);
  size_t existing = 0, checked = 0, subitems = 0, bad_numbers = 0, wrong = 0;
  for (size_t i = 0; i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    for (size_t j = 0; j < csq_citation_target_count(c); j++) {
      const csq_target *g = csq_citation_target(c, j);
      const char *eid = csq_target_eid(g);
      if (csq_target_kind_of(g) != CSQ_TARGET_ANNEX && eid[0] && impossible(eid) &&
          bad_numbers++ < 10)
        printf("  impossible number: %s 「%s」 → %s/%s\n", csq_node_eid(csq_citation_from(c)),
               csq_citation_text(c), csq_target_law_id(g), eid);
      if (csq_target_exists(g) != 1)
        continue;
      existing++;
      const csq_law *law = csq_target_law(g), *found = NULL;
      char q[512], provision[400];
      if (!eid[0]) { /* a whole law: linked; one in 200 found by its pcode as a query does */
        checked++;
        if (!law ||
            (checked % 200 == 0 &&
             (csq_library_find_law(lib, csq_law_id(law)[0] ? csq_law_id(law) : csq_law_name(law),
                                   &found, &err) != CSQ_OK ||
              found != law)))
          wrong++;
        continue;
      }
      if (!query_of(eid, provision, sizeof provision)) {
        subitems++;
        continue;
      }
      /* the provision in its law; one in 200 with the law named (the corpus
       * finds a law by a scan of its laws) */
      snprintf(q, sizeof q, "%s%s", checked % 200 ? "" : csq_law_id(law), provision);
      csq_node_list *m = NULL;
      checked++;
      csq_status st = csq_lookup(lib, law, q, &m, &err);
      const csq_node *n =
          st == CSQ_OK && csq_node_list_count(m) == 1 ? csq_node_list_at(m, 0) : NULL;
      if (!n || n != csq_target_node(g)) {
        if (wrong++ < 10)
          printf("  exists but %s gives %s: %s\n", q, n ? csq_node_eid(n) : "nothing",
                 st == CSQ_OK ? "" : err.message);
      }
      csq_node_list_free(m);
    }
  }
  printf("honest existence: %zu targets marked existing, %zu looked up (%zu sub-items a query "
         "cannot name), %zu not what the lookup shows; %zu eIds with an impossible number\n",
         existing, checked, subitems, wrong, bad_numbers);
  csq_library_free(lib);
  assert_int_equal(bad_numbers, 0);
  assert_int_equal(wrong, 0);
}

static void national_corpus(void **state) {
  (void)state;
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(dir);
  size_t count;
  char **files = csq_test_list_laws(dir, &count);
  assert_true(count > 11000);
  csq_corpus *corpus;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
  size_t bad = 0;
  for (size_t i = 0; i < count; i++)
    bad += csq_corpus_add_file(corpus, files[i], &err) != CSQ_OK;
  csq_test_free_list(files, count);
  assert_int_equal(bad, 0);
  csq_refs *refs;
  clock_t t0 = clock();
  assert_int_equal(csq_refs_build(corpus, &refs, &err), CSQ_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  size_t targets = 0, unresolved = 0, dangling = 0, unresolved_cites = 0, laws_with = 0;
  size_t kinds[3] = {0}, unloaded = 0;
  const csq_law *last = NULL;
  for (size_t i = 0; i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    unresolved_cites += !csq_citation_resolved(c);
    if (csq_node_law(csq_citation_from(c)) != last) {
      last = csq_node_law(csq_citation_from(c));
      laws_with++;
    }
    for (size_t j = 0; j < csq_citation_target_count(c); j++) {
      const csq_target *g = csq_citation_target(c, j);
      targets++;
      kinds[csq_target_kind_of(g)]++;
      unresolved += !csq_target_resolved(g);
      dangling += csq_target_exists(g) == 0;
      unloaded += csq_target_resolved(g) && !csq_target_law(g);
    }
  }
  printf("national corpus: %zu laws (%zu with citations), %zu citations, %zu targets "
         "(%zu provisions, %zu whole laws, %zu annexes); %zu citations not fully resolved, "
         "%zu targets unresolved, %zu dangling (exist = false), %zu resolved to a law not "
         "loaded; extraction + resolution %.2f s\n",
         csq_corpus_law_count(corpus), laws_with, csq_refs_count(refs), targets, kinds[0], kinds[1],
         kinds[2], unresolved_cites, unresolved, dangling, unloaded, secs);
  /* why citations are not resolved: the problems, then laws nobody knows */
  const char *why[32] = {0};
  size_t why_n[32] = {0}, unknown_law = 0;
  for (size_t i = 0; i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    const char *p = csq_citation_problem(c);
    if (csq_citation_resolved(c))
      continue;
    if (!p[0]) {
      unknown_law++;
      continue;
    }
    for (int k = 0; k < 32; k++)
      if (!why[k] || strcmp(why[k], p) == 0) {
        why[k] = p;
        why_n[k]++;
        break;
      }
  }
  printf("  not resolved: %zu name a law the dictionary does not know\n", unknown_law);
  for (int k = 0; k < 32 && why[k]; k++)
    printf("  not resolved: %zu %s\n", why_n[k], why[k]);
  assert_true(csq_refs_count(refs) > 100000);
  assert_true(unresolved * 20 < targets); /* under 5% */
  clock_t h0 = clock();
  honest_existence(corpus, refs);
  printf("  (honest existence checked in %.2f s)\n", (double)(clock() - h0) / CLOCKS_PER_SEC);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(citation_spec),         cmocka_unit_test(seed_golden),
      cmocka_unit_test(seed_links_versions),   cmocka_unit_test(cited_by),
      cmocka_unit_test(builtin_names_the_act), cmocka_unit_test(national_corpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
