/*
 * crosscheck_en.c — csquery's citations against the official English
 * translations, which spell citations out ("Subparagraph 1 of Paragraph 1
 * of Article 3"). For every law whose English text is of the same date as
 * the Chinese, articles are aligned by number, and the articles each one
 * cites are compared: those csquery found in the Chinese against those the
 * English names (Article N, Articles N to M, the preceding / following /
 * this Article). Article numbers are what both sides state plainly; which
 * law each belongs to the English often leaves to "the Act".
 *
 * usage: crosscheck_en [EN_DIR|-] [SAMPLES] [MIN_AGREEMENT]
 *   EN_DIR: en/ from ../shared/corpus/moj/en.tar.xz; - or none: unpack it
 *           into the build's corpus-cache
 *   SAMPLES: disagreements to print (default 40)
 *   MIN_AGREEMENT: fail (exit 1) below this percentage (ctest test_refs_english)
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <jansson.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "csquery.h"

/* A set of article numbers: "16", "10-1". */
typedef struct set {
  char items[256][16];
  int n;
} set;

static void set_add(set *s, const char *num) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->items[i], num) == 0)
      return;
  size_t len = strlen(num);
  if (s->n < 256 && len < sizeof s->items[0]) /* longer is no article number */
    memcpy(s->items[s->n++], num, len + 1);
}

static int set_has(const set *s, const char *num) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->items[i], num) == 0)
      return 1;
  return 0;
}

static void drop(set *s, const char *num) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->items[i], num) == 0) {
      memmove(s->items[i], s->items[i + 1], (size_t)(s->n - i - 1) * sizeof s->items[0]);
      s->n--;
      return;
    }
}

/* The articles csquery says the Chinese article cites. */
static void chinese_side(const csq_refs *refs, const csq_node *art, set *out) {
  csq_citation_list *list;
  if (csq_refs_from(refs, art, 1, &list, NULL) != CSQ_OK)
    exit(1);
  for (size_t i = 0; i < csq_citation_list_count(list); i++)
    for (size_t j = 0; j < csq_citation_target_count(csq_citation_list_at(list, i)); j++) {
      const csq_target *t = csq_citation_target(csq_citation_list_at(list, i), j);
      const char *eid = csq_target_eid(t);
      if (csq_target_kind_of(t) != CSQ_TARGET_PROVISION || strncmp(eid, "art_", 4) != 0)
        continue;
      char num[16];
      size_t k = strcspn(eid + 4, "_~");
      snprintf(num, sizeof num, "%.*s", (int)(k < 15 ? k : 15), eid + 4);
      set_add(out, num);
    }
  csq_citation_list_free(list);
}

/* 「Articles 4 to 6」 → 4 5 6; 「Articles 4, 5 and 7」 → 4 5 7. */
static void english_list(const char *s, size_t len, set *out) {
  char prev[16] = "";
  int range = 0;
  for (size_t i = 0; i < len;) {
    if (s[i] >= '0' && s[i] <= '9') {
      char num[16];
      size_t k = 0;
      while (i < len && k < 15 && ((s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
        num[k++] = s[i++];
      num[k] = '\0';
      if (range && prev[0] && !strchr(prev, '-') && !strchr(num, '-')) {
        for (long v = atol(prev) + 1; v < atol(num) && v - atol(prev) < 400; v++) {
          char b[24];
          snprintf(b, sizeof b, "%ld", v % 100000);
          set_add(out, b);
        }
      }
      set_add(out, num);
      snprintf(prev, sizeof prev, "%s", num);
      range = 0;
    } else {
      if (strncmp(s + i, " to ", 4) == 0 || strncmp(s + i, " through ", 9) == 0)
        range = 1;
      i++;
    }
  }
}

/* 「the preceding two Articles」, 「the three preceding articles」: that many
 * articles before this one (prev_arts[0] is the one right before). */
static void preceding(const char *text, const PCRE2_SIZE *ov, char prev_arts[4][32], set *out) {
  static const char *const WORDS[] = {"two", "three", "four"};
  int n = 1;
  for (int g = 2; g <= 4; g += 2) /* groups 2 and 4: the count */
    for (int w = 0; w < 3; w++)
      if (ov[2 * g] != PCRE2_UNSET && strncmp(text + ov[2 * g], WORDS[w], strlen(WORDS[w])) == 0)
        n = w + 2;
  for (int i = 0; i < n; i++)
    if (prev_arts[i][0])
      set_add(out, prev_arts[i]);
}

/* The articles an English article's text names. `prev_arts`/`next`: the
 * numbers of the articles before and after it. */
static void english_side(pcre2_code *re, pcre2_match_data *md, const char *text, const char *self,
                         char prev_arts[4][32], const char *next, set *out) {
  size_t len = strlen(text), at = 0;
  while (at < len && pcre2_match(re, (PCRE2_SPTR)text, len, at, 0, md, NULL) > 0) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[2] != PCRE2_UNSET)
      english_list(text + ov[2], ov[3] - ov[2], out);
    else if (ov[6] != PCRE2_UNSET) /* the (two) preceding Article(s) */
      preceding(text, ov, prev_arts, out);
    else if (ov[10] != PCRE2_UNSET)
      set_add(out, next);
    else if (ov[12] != PCRE2_UNSET)
      set_add(out, self);
    else if (ov[14] != PCRE2_UNSET) { /* the 9th Article */
      char num[16];
      snprintf(num, sizeof num, "%.*s", (int)(ov[15] - ov[14] < 15 ? ov[15] - ov[14] : 15),
               text + ov[14]);
      set_add(out, num);
    }
    at = ov[1] > at ? ov[1] : at + 1;
  }
}

/* "Article 3-1" → "3-1". */
static int article_no(const char *no, char *buf, size_t size) {
  if (strncmp(no, "Article ", 8) != 0)
    return -1;
  snprintf(buf, size, "%s", no + 8);
  return 0;
}

typedef struct totals {
  size_t laws, articles, both, zh_only, en_only, samples;
} totals;

static void report_diff(totals *t, size_t max, const csq_law *law, const char *num, const set *zh,
                        const set *en, const char *text) {
  if (t->samples >= max)
    return;
  t->samples++;
  printf("%s %s 第%s條: zh-only [", csq_law_id(law), csq_law_name(law), num);
  for (int i = 0; i < zh->n; i++)
    if (!set_has(en, zh->items[i]))
      printf(" %s", zh->items[i]);
  printf(" ] en-only [");
  for (int i = 0; i < en->n; i++)
    if (!set_has(zh, en->items[i]))
      printf(" %s", en->items[i]);
  printf(" ]\n    EN: %.400s\n", text);
}

static void check_law(const csq_corpus *corpus, const csq_refs *refs, json_t *en, pcre2_code *re,
                      pcre2_match_data *md, totals *t, size_t max) {
  const char *id = json_string_value(json_object_get(en, "EngLawURL"));
  const char *p = id ? strstr(id, "pcode=") : NULL;
  if (!p)
    return;
  const csq_law *law = csq_corpus_find_law(corpus, p + 6);
  const char *date = json_string_value(json_object_get(en, "EngLawModifiedDate"));
  char ymd[16];
  snprintf(ymd, sizeof ymd, "%.4s-%.2s-%.2s", date ? date : "", date ? date + 4 : "",
           date ? date + 6 : "");
  if (!law || !date || strlen(date) != 8 || strcmp(ymd, csq_law_version(law)) != 0)
    return;
  t->laws++;
  json_t *arts = json_object_get(en, "EngLawArticles");
  size_t i, n = json_array_size(arts);
  json_t *a;
  json_array_foreach(arts, i, a) {
    const char *type = json_string_value(json_object_get(a, "EngArticleType"));
    const char *no = json_string_value(json_object_get(a, "EngArticleNo"));
    const char *text = json_string_value(json_object_get(a, "EngArticleContent"));
    char num[32], eid[48], prev[4][32] = {"", "", "", ""}, next[32] = "";
    if (!type || strcmp(type, "A") != 0 || !no || !text || article_no(no, num, sizeof num))
      continue;
    int found = 0; /* the article numbers before it */
    for (size_t k = i; k-- > 0 && found < 4;) {
      const char *pn = json_string_value(json_object_get(json_array_get(arts, k), "EngArticleNo"));
      if (pn && article_no(pn, prev[found], sizeof prev[found]) == 0)
        found++;
    }
    for (size_t k = i + 1; k < n; k++) {
      const char *nn = json_string_value(json_object_get(json_array_get(arts, k), "EngArticleNo"));
      if (nn && article_no(nn, next, sizeof next) == 0)
        break;
    }
    snprintf(eid, sizeof eid, "art_%s", num);
    const csq_node *art = csq_law_find(law, eid);
    if (!art)
      continue;
    set zh = {.n = 0}, en_set = {.n = 0};
    chinese_side(refs, art, &zh);
    english_side(re, md, text, num, prev, next, &en_set);
    /* citations within the article (前項, the preceding paragraph) name
     * the article itself: what is compared is the articles cited beyond */
    drop(&zh, num);
    drop(&en_set, num);
    t->articles++;
    int differ = 0;
    for (int k = 0; k < zh.n; k++)
      if (set_has(&en_set, zh.items[k]))
        t->both++;
      else
        t->zh_only++, differ = 1;
    for (int k = 0; k < en_set.n; k++)
      if (!set_has(&zh, en_set.items[k]))
        t->en_only++, differ = 1;
    if (differ)
      report_diff(t, max, law, num, &zh, &en_set, text);
  }
}

/* ../shared/corpus/moj/en.tar.xz unpacked (once) into the build's cache. */
static const char *unpack_en(void) { return csq_test_unpack(CSQ_CACHE_DIR, "en.tar.xz", "en"); }

int main(int argc, char **argv) {
  const char *en_dir = argc > 1 && strcmp(argv[1], "-") != 0 ? argv[1] : unpack_en();
  size_t max = argc > 2 ? (size_t)atol(argv[2]) : 40;
  double min_agreement = argc > 3 ? atof(argv[3]) : 0;
  if (!en_dir)
    return 1;
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  size_t count;
  char **files = dir ? csq_test_list_laws(dir, &count) : NULL;
  csq_corpus *corpus;
  csq_refs *refs;
  csq_error err;
  if (!files || csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return 1;
  for (size_t i = 0; i < count; i++)
    csq_corpus_add_file(corpus, files[i], &err);
  csq_test_free_list(files, count);
  if (csq_refs_build(corpus, &refs, &err) != CSQ_OK)
    return 1;
  /* 1: Article(s) N[, N][ and|or|to N]; 2: the preceding Article; 3: the
   * following/next Article; 4: this Article */
  static const char PATTERN[] =
      "\\bArticles?\\s*(\\d+(?:-\\d+)*(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s+to\\s+|"
      "\\s+through\\s+|,\\s*and\\s+|,\\s*or\\s+)(?:Article\\s+)?\\d+(?:-\\d+)*)*)"
      "|\\b(?:the\\s+)?(?:(two|three|four)\\s+)?(preceding|previous|above)\\s+"
      "(?:(two|three|four)\\s+)?Articles?\\b"
      "|\\b(?:the\\s+)?(following|next)\\s+Article\\b"
      "|\\b(this)\\s+Article\\b"
      "|\\b(\\d+)(?:st|nd|rd|th)\\s+Article\\b";
  int code;
  PCRE2_SIZE at;
  pcre2_code *re =
      pcre2_compile((PCRE2_SPTR)PATTERN, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS, &code, &at, NULL);
  pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
  if (!md)
    return 1;
  totals t = {0};
  size_t en_count;
  char **en_files = csq_test_list_laws(en_dir, &en_count);
  for (size_t i = 0; i < en_count; i++) {
    json_error_t jerr;
    json_t *en = json_load_file(en_files[i], 0, &jerr);
    if (en)
      check_law(corpus, refs, en, re, md, &t, max);
    json_decref(en);
  }
  csq_test_free_list(en_files, en_count);
  double total = (double)(t.both + t.zh_only + t.en_only);
  printf("\nEnglish cross-check: %zu laws (English of the same date), %zu articles aligned; "
         "articles cited: %zu in both, %zu only in csquery's, %zu only in the English; "
         "agreement %.1f%% (precision %.1f%%, recall %.1f%%)\n",
         t.laws, t.articles, t.both, t.zh_only, t.en_only,
         total ? 100.0 * (double)t.both / total : 0,
         t.both + t.zh_only ? 100.0 * (double)t.both / (double)(t.both + t.zh_only) : 0,
         t.both + t.en_only ? 100.0 * (double)t.both / (double)(t.both + t.en_only) : 0);
  pcre2_match_data_free(md);
  pcre2_code_free(re);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  double agreement = total ? 100.0 * (double)t.both / total : 0;
  if (agreement < min_agreement || t.laws < 2000) {
    printf("FAIL: agreement %.1f%% over %zu laws; expected at least %.1f%% over 2000\n", agreement,
           t.laws, min_agreement);
    return 1;
  }
  return 0;
}
