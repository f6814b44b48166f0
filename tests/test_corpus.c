/*
 * test_corpus.c — every law of the national database (../shared/corpus/moj/
 * ch.tar.xz, 11,542 files) parses, and its tree matches the line structure
 * of its official JSON, read here a second time with jansson.
 *
 * Per article, in document order: the article numbers match ArticleNo;
 * headings (ArticleType "C") come out as heading nodes in order; no text is
 * lost or added (modulo white space, since table rows keep their layout);
 * and for "clean" articles (no blank, indented or table lines, every line
 * but the last ending a clause) the nodes are exactly the naive reading of
 * the corpus README: one line, one node; 一、 a 款, （一） a 目, anything
 * else a new 項 (also 一　 and 一␠␠ for 款, and 1. （1） below 目). The classification below is
 * written independently of the library's grammar on purpose: it is the specification being checked.
 *
 * Articles that are not clean (hard-wrapped old texts, tables, blank
 * lines; in a law that kept the older format's hard wraps at 64 columns,
 * also a line at that margin, whatever it ends with) are counted and
 * summarised, so that a change in how they are
 * joined shows up in the test's output.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "csquery.h"

/* Numbers from corpus/README.md. */
#define EXPECTED_LAWS 11542
#define EXPECTED_ARTICLES 216394
#define EXPECTED_HEADINGS 14492
#define LAWS_PER_CORPUS 512 /* keeps memory flat; grammar compiles are rare */
#define MAX_REPORTED 30

/* ---- small strings ------------------------------------------------------ */

typedef struct str {
  char *data;
  size_t len, cap;
} str;

static void str_add(str *s, const char *p, size_t n) {
  if (s->len + n + 1 > s->cap) {
    s->cap = (s->len + n + 1) * 2;
    s->data = realloc(s->data, s->cap);
    assert_non_null(s->data);
  }
  memcpy(s->data + s->len, p, n);
  s->len += n;
  s->data[s->len] = '\0';
}

static void str_addf(str *s, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  str_add(s, buf, n < 0 ? 0 : (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static int starts_with(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

static int ends_with(const char *s, size_t len, const char *suffix) {
  size_t n = strlen(suffix);
  return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* s without ASCII spaces, tabs, CR, LF and U+3000: how text is compared
 * where the reader keeps a table's layout or drops a wrap's break. */
static void strip_space(str *out, const char *s, size_t len) {
  out->len = 0;
  str_add(out, "", 0);
  for (size_t i = 0; i < len; i++) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
      continue;
    if (starts_with(s + i, len - i, "\xe3\x80\x80")) {
      i += 2;
      continue;
    }
    str_add(out, s + i, 1);
  }
}

/* ---- the naive classification of a line (corpus README) ---------------- */

enum { FAM_NONE, FAM_CN, FAM_PCN, FAM_AR, FAM_PAR }; /* 一、 （一） 1. （1） */

static size_t span_of(const char *s, size_t len, const char *const *set) {
  size_t i = 0;
  for (;;) {
    size_t step = 0;
    for (const char *const *c = set; *c && !step; c++)
      if (starts_with(s + i, len - i, *c))
        step = strlen(*c);
    if (!step)
      return i;
    i += step;
  }
}

static const char *const CN_DIGITS[] = {"一", "二", "三", "四", "五", "六", "七",
                                        "八", "九", "十", "百", "零", "〇", NULL};
static const char *const AR_DIGITS[] = {"0",  "1",  "2",  "3",  "4",  "5",  "6",
                                        "7",  "8",  "9",  "０", "１", "２", "３",
                                        "４", "５", "６", "７", "８", "９", NULL};
static const char *const SPACES[] = {" ", NULL};

static size_t skip_open_paren(const char *s, size_t len) {
  if (starts_with(s, len, "（"))
    return 3;
  return starts_with(s, len, "(") ? 1 : 0;
}

static int is_close_paren(const char *s, size_t len) {
  return starts_with(s, len, "）") || starts_with(s, len, ")");
}

/* The marker family a line opens with, FAM_NONE for a paragraph. */
static int line_family(const char *s, size_t len) {
  size_t n = span_of(s, len, CN_DIGITS);
  size_t sp = n ? span_of(s + n, len - n, SPACES) : 0;
  if (n && (starts_with(s + n, len - n, "、") || starts_with(s + n, len - n, "　") ||
            (sp >= 2 && n + sp < len && s[n + sp] != '\t')))
    return FAM_CN;
  size_t open = skip_open_paren(s, len);
  if (open) {
    size_t i = open + span_of(s + open, len - open, SPACES);
    size_t cn = span_of(s + i, len - i, CN_DIGITS);
    size_t ar = span_of(s + i, len - i, AR_DIGITS);
    size_t digits = cn ? cn : ar;
    size_t j = i + digits;
    /* （三  十）: a table pads 三十 to the width of 二十九 */
    size_t pad = cn ? span_of(s + j, len - j, SPACES) : 0;
    if (pad && starts_with(s + j + pad, len - j - pad, "十"))
      j += pad + 3;
    j += span_of(s + j, len - j, SPACES);
    if (digits && is_close_paren(s + j, len - j))
      return cn ? FAM_PCN : (ar <= 9 ? FAM_PAR : FAM_NONE); /* 1-3 digits */
    return FAM_NONE;
  }
  n = span_of(s, len, AR_DIGITS);
  if (n && n <= 9) { /* 1-3 digits, ASCII (1 byte) or full-width (3) */
    size_t count = 0;
    for (size_t i = 0; i < n; i += (unsigned char)s[i] < 0x80 ? 1 : 3)
      count++;
    size_t j = n + span_of(s + n, len - n, SPACES);
    size_t dot = starts_with(s + j, len - j, ".") ? 1 : starts_with(s + j, len - j, "．") ? 3 : 0;
    if (count <= 3 && dot && !span_of(s + j + dot, len - j - dot, AR_DIGITS))
      return FAM_AR;
  }
  return FAM_NONE;
}

/* ---- one article's lines ------------------------------------------------ */

typedef struct line {
  const char *s;
  size_t len;
} line;

/* Splits content on \n (dropping a \r before it). *count lines. */
static line *split_lines(const char *content, size_t size, size_t *count) {
  size_t cap = 8, n = 0;
  line *lines = malloc(cap * sizeof *lines);
  const char *p = content, *end = content + size;
  for (;;) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    if (n == cap)
      lines = realloc(lines, (cap *= 2) * sizeof *lines);
    lines[n].s = p;
    lines[n].len = len && p[len - 1] == '\r' ? len - 1 : len;
    n++;
    if (!eol)
      break;
    p = eol + 1;
  }
  *count = n;
  return lines;
}

static int is_space_start(const char *s, size_t len) {
  return len && (s[0] == ' ' || s[0] == '\t' || starts_with(s, len, "　"));
}

static int is_space_end(const char *s, size_t len) {
  return len && (s[len - 1] == ' ' || s[len - 1] == '\t' || ends_with(s, len, "　"));
}

static int is_blank(const char *s, size_t len) {
  str t = {0};
  strip_space(&t, s, len);
  int blank = t.len == 0;
  free(t.data);
  return blank;
}

/* A table row: box-drawing characters (U+2500…257F) or columns of
 * spaces. Looser than the reader's test on purpose: such lines only take
 * an article out of the exact check. */
static int is_table_line(const char *s, size_t len) {
  for (size_t i = 0; i + 2 < len; i++)
    if ((unsigned char)s[i] == 0xE2 &&
        ((unsigned char)s[i + 1] == 0x94 || (unsigned char)s[i + 1] == 0x95))
      return 1;
  for (size_t i = 0; i + 2 < len; i++)
    if (s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')
      return 1;
  return 0;
}

static int ends_clause(const char *s, size_t len) {
  static const char *const ENDS[] = {"。", "：", "；", "！", "？", "」", "』",
                                     "）", ")",  ":",  ";",  ".",  "︰", NULL};
  for (const char *const *e = ENDS; *e; e++)
    if (ends_with(s, len, *e))
      return 1;
  return 0;
}

/* Display columns: 2 for East Asian wide and full-width characters. */
static int columns(const char *s, size_t len) {
  int32_t i = 0, n = (int32_t)len;
  int width = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    int ea = c < 0 ? U_EA_NEUTRAL : u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
  }
  return width;
}

/* A line at the 64-column margin of the older format (63 when a wide
 * character did not fit after an odd number of narrow ones). */
static int at_margin(const char *s, size_t len) { return columns(s, len) >= 63; }

/* Whether a law kept the hard wraps of the older open-data format: a
 * quarter of its lines (but each article's last) are at the margin and do
 * not end a sentence or lead-in (。！？：). There any line at the margin may
 * be wrapped, whatever it ends with (「…得參照本辦法訂定；」 +
 * 「未另訂者，…」 is one paragraph of A0030040 第13條). */
static int law_hard_wrapped(json_t *articles) {
  static const char *const STOPS[] = {"。", "！", "？", "：", "︰", NULL};
  size_t i, all = 0, open = 0;
  json_t *a;
  json_array_foreach(articles, i, a) {
    const char *content = json_string_value(json_object_get(a, "ArticleContent"));
    const char *type = json_string_value(json_object_get(a, "ArticleType"));
    if (!content || !type || strcmp(type, "A") != 0)
      continue;
    size_t n;
    line *lines = split_lines(content, strlen(content), &n);
    while (n && is_blank(lines[n - 1].s, lines[n - 1].len))
      n--;
    for (size_t k = 0; k + 1 < n; k++) {
      if (is_blank(lines[k].s, lines[k].len))
        continue;
      int stops = 0;
      for (const char *const *e = STOPS; *e; e++) {
        str t = {0};
        strip_space(&t, lines[k].s, lines[k].len);
        stops |= ends_with(t.data, t.len, *e);
        free(t.data);
      }
      all++;
      open +=
          at_margin(lines[k].s, lines[k].len) && !is_table_line(lines[k].s, lines[k].len) && !stops;
    }
    free(lines);
  }
  return open >= 1 && open * 4 >= all;
}

/* A line that opens with the mark closing the line before (，。、；：) goes on
 * with it: no line of its own starts so. */
static int opens_with_closer(const char *s, size_t len) {
  static const char *const CLOSERS[] = {"，", "。", "、", "；", "：", NULL};
  for (const char *const *c = CLOSERS; *c; c++)
    if (starts_with(s, len, *c))
      return 1;
  return 0;
}

enum { CLEAN, HAS_BLANK = 1, HAS_INDENT = 2, HAS_TABLE = 4, HAS_WRAP = 8 };

static int line_flags(const line *lines, size_t n, int hard_wrapped) {
  int flags = 0;
  for (size_t i = 0; i < n; i++) {
    const char *s = lines[i].s;
    size_t len = lines[i].len;
    if (is_blank(s, len)) {
      flags |= HAS_BLANK;
      continue;
    }
    if (is_table_line(s, len))
      flags |= HAS_TABLE;
    if (is_space_start(s, len) || is_space_end(s, len))
      flags |= HAS_INDENT;
    if (i + 1 < n && (!ends_clause(s, len) || (hard_wrapped && at_margin(s, len))))
      flags |= HAS_WRAP;
    if (i > 0 && opens_with_closer(s, len))
      flags |= HAS_WRAP; /* 「…(STER-NECK)」 + 「，二等用多星等高法。」 (F0090006 第146條) */
  }
  return flags;
}

static const char *const KIND_LETTER[] = {"L", "Pt", "Ch", "Se", "Ss", "Sss",
                                          "A", "P",  "S",  "I",  "SI"};

static void seq_add(str *seq, csq_kind kind, const char *text, size_t len) {
  str_addf(seq, "%s:", KIND_LETTER[kind]);
  str_add(seq, text, len);
  str_add(seq, "\n", 1);
}

/* The nodes an article's clean lines make: one line, one node. List
 * families nest in the order a paragraph opens them, and a list that
 * opens the article hangs under an empty paragraph. */
static void expected_nodes(const line *lines, size_t n, str *seq) {
  static const csq_kind DEPTH_KIND[] = {CSQ_SUBPARAGRAPH, CSQ_ITEM, CSQ_SUBITEM};
  int stack[16], depth = 0, in_paragraph = 0;
  seq->len = 0;
  str_add(seq, "", 0);
  for (size_t i = 0; i < n; i++) {
    int fam = line_family(lines[i].s, lines[i].len);
    if (fam == FAM_NONE) {
      seq_add(seq, CSQ_PARAGRAPH, lines[i].s, lines[i].len);
      in_paragraph = 1;
      depth = 0;
      continue;
    }
    if (!in_paragraph) {
      seq_add(seq, CSQ_PARAGRAPH, "", 0);
      in_paragraph = 1;
    }
    int slot = depth;
    for (int k = depth - 1; k >= 0; k--)
      if (stack[k] == fam) {
        slot = k;
        break;
      }
    if (slot > 15)
      slot = 15;
    stack[slot] = fam;
    depth = slot + 1;
    seq_add(seq, DEPTH_KIND[slot < 2 ? slot : 2], lines[i].s, lines[i].len);
  }
}

/* ---- what the tree holds ------------------------------------------------ */

static void actual_nodes(const csq_node *n, str *seq, str *text, size_t *count) {
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c)) {
    size_t len;
    const char *t = csq_node_text(c, &len);
    seq_add(seq, csq_node_kind(c), t, len);
    str_add(text, t, len);
    if (!(csq_node_kind(c) == CSQ_PARAGRAPH && len == 0))
      (*count)++;
    actual_nodes(c, seq, text, count);
  }
}

/* ---- totals ------------------------------------------------------------- */

typedef struct law_merges {
  char pcode[16];
  char name[256];
  size_t merged;
} law_merges;

typedef struct stats {
  size_t laws, articles, headings, clean, wrapped_articles, table_articles, blank_articles;
  size_t merged_lines, laws_affected, mismatches, failures, invariant_errors;
  str report;     /* the first mismatches */
  str invariants; /* the first invariant errors */
  law_merges *merges;
} stats;

static void mismatch(stats *st, const char *fmt, ...) {
  if (st->mismatches++ >= MAX_REPORTED)
    return;
  char buf[8192];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  str_add(&st->report, buf, strlen(buf));
}

static void invariant(stats *st, const csq_law *law, const csq_node *n, const char *what) {
  if (st->invariant_errors++ < MAX_REPORTED)
    str_addf(&st->invariants, "%s %s (%s): %s\n", csq_law_id(law), csq_node_eid(n),
             csq_node_cite(n), what);
}

/* The article number ArticleNo gives: 「第 N 條」 → N, 「第 N-M 條」 → N-M,
 * a bare 「1」 → 1; NULL for anything else. */
static const char *expected_num(const char *no, char *buf, size_t size) {
  size_t n = strlen(no);
  if (n && strspn(no, "0123456789") == n) {
    snprintf(buf, size, "%s", no);
    return buf;
  }
  if (!starts_with(no, n, "第 ") || !ends_with(no, n, " 條"))
    return NULL;
  snprintf(buf, size, "%.*s", (int)(n - strlen("第 ") - strlen(" 條")), no + strlen("第 "));
  return strspn(buf, "0123456789-") == strlen(buf) && buf[0] != '-' ? buf : NULL;
}

/* ---- invariants of every tree ------------------------------------------- */

static void check_node(stats *st, const csq_law *law, const csq_node *n, const char *art_cite) {
  csq_kind k = csq_node_kind(n);
  const csq_node *p = csq_node_parent(n);
  csq_kind pk = p ? csq_node_kind(p) : CSQ_LAW;
  if (k != CSQ_LAW) {
    if (csq_law_find(law, csq_node_eid(n)) != n)
      invariant(st, law, n, "eId does not find the node (not unique?)");
    const char *cite = csq_node_cite(n);
    if (!starts_with(cite, strlen(cite), "第"))
      invariant(st, law, n, "cite does not start with 第");
    if (art_cite && !starts_with(cite, strlen(cite), art_cite))
      invariant(st, law, n, "cite does not start with its article's");
  }
  if (k == CSQ_ARTICLE) {
    const char *cite = csq_node_cite(n);
    if (!strstr(cite, "條") || (pk != CSQ_LAW && !csq_kind_is_heading(pk)))
      invariant(st, law, n, "article misplaced or cite without 條");
    art_cite = cite;
  }
  if (k == CSQ_PARAGRAPH && pk != CSQ_ARTICLE)
    invariant(st, law, n, "paragraph not under an article");
  if (k == CSQ_SUBPARAGRAPH && pk != CSQ_PARAGRAPH)
    invariant(st, law, n, "subparagraph not under a paragraph");
  if (k == CSQ_ITEM && pk != CSQ_SUBPARAGRAPH)
    invariant(st, law, n, "item not under a subparagraph");
  if (k == CSQ_SUBITEM && pk != CSQ_ITEM && pk != CSQ_SUBITEM)
    invariant(st, law, n, "subitem not under an item");
  if (csq_kind_is_heading(k) && pk != CSQ_LAW && !csq_kind_is_heading(pk))
    invariant(st, law, n, "heading not under the law or a heading");
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    check_node(st, law, c, art_cite);
}

/* Headings and articles in document order (articles are not entered). */
static void outline(const csq_node *n, const csq_node ***out, size_t *count, size_t *cap) {
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c)) {
    csq_kind k = csq_node_kind(c);
    if (k != CSQ_ARTICLE && !csq_kind_is_heading(k))
      continue;
    if (*count == *cap) {
      *cap = *cap ? *cap * 2 : 64;
      *out = realloc(*out, *cap * sizeof **out);
      assert_non_null(*out);
    }
    (*out)[(*count)++] = c;
    if (k != CSQ_ARTICLE)
      outline(c, out, count, cap);
  }
}

/* ---- one law ------------------------------------------------------------ */

typedef struct scratch {
  str expect, got, text, a, b;
} scratch;

static size_t check_article(stats *st, scratch *w, const char *pcode, const csq_node *art,
                            const char *content, int hard_wrapped) {
  size_t n_lines, nodes = 0;
  line *lines = split_lines(content, strlen(content), &n_lines);
  w->got.len = w->text.len = 0;
  str_add(&w->got, "", 0);
  str_add(&w->text, "", 0);
  actual_nodes(art, &w->got, &w->text, &nodes);

  strip_space(&w->a, content, strlen(content));
  strip_space(&w->b, w->text.data, w->text.len);
  if (w->a.len != w->b.len || memcmp(w->a.data, w->b.data, w->a.len) != 0)
    mismatch(st, "%s %s: text differs\n  json: %.300s\n  tree: %.300s\n", pcode, csq_node_cite(art),
             w->a.data, w->b.data);

  size_t merged = 0;
  int flags = line_flags(lines, n_lines, hard_wrapped);
  if (flags == CLEAN) {
    st->clean++;
    expected_nodes(lines, n_lines, &w->expect);
    if (strcmp(w->expect.data, w->got.data) != 0)
      mismatch(st, "%s %s: structure differs\n--- expected\n%.1500s--- got\n%.1500s", pcode,
               csq_node_cite(art), w->expect.data, w->got.data);
  } else {
    size_t nonblank = 0;
    for (size_t i = 0; i < n_lines; i++)
      nonblank += !is_blank(lines[i].s, lines[i].len);
    merged = nonblank > nodes ? nonblank - nodes : 0;
    st->table_articles += (flags & HAS_TABLE) != 0;
    st->blank_articles += (flags & HAS_BLANK) != 0;
    st->wrapped_articles += !(flags & HAS_TABLE) && merged > 0;
  }
  free(lines);
  return merged;
}

static void check_law(stats *st, scratch *w, const csq_law *law, json_t *root) {
  const char *pcode = csq_law_id(law);
  check_node(st, law, csq_law_root(law), NULL);

  const csq_node **units = NULL;
  size_t n_units = 0, cap = 0, u = 0, merged = 0;
  outline(csq_law_root(law), &units, &n_units, &cap);
  json_t *articles = json_object_get(root, "LawArticles"), *a;
  int hard_wrapped = law_hard_wrapped(articles);
  size_t i;
  json_array_foreach(articles, i, a) {
    const char *type = json_string_value(json_object_get(a, "ArticleType"));
    const char *content = json_string_value(json_object_get(a, "ArticleContent"));
    const char *no = json_string_value(json_object_get(a, "ArticleNo"));
    content = content ? content : "";
    int is_article = type && strcmp(type, "A") == 0;
    st->articles += is_article;
    st->headings += !is_article;
    if (u >= n_units) {
      mismatch(st, "%s: tree ends before LawArticles[%zu]\n", pcode, i);
      break;
    }
    const csq_node *node = units[u++];
    if (!is_article) {
      strip_space(&w->a, content, strlen(content));
      size_t len;
      const char *t = csq_node_text(node, &len);
      strip_space(&w->b, t, len);
      if (!csq_kind_is_heading(csq_node_kind(node)) || strcmp(w->a.data, w->b.data) != 0)
        mismatch(st, "%s LawArticles[%zu]: heading 「%s」 is %s 「%s」\n", pcode, i, content,
                 csq_kind_name(csq_node_kind(node)), t);
      continue;
    }
    char buf[64];
    const char *num = expected_num(no ? no : "", buf, sizeof buf);
    const char *eid = csq_node_eid(node);
    size_t num_len = num ? strlen(num) : 0;
    if (csq_node_kind(node) != CSQ_ARTICLE || !num || strcmp(csq_node_num(node), num) != 0 ||
        strncmp(eid, "art_", 4) != 0 || strncmp(eid + 4, num, num_len) != 0 ||
        (eid[4 + num_len] != '\0' && eid[4 + num_len] != '~')) {
      mismatch(st, "%s LawArticles[%zu]: ArticleNo 「%s」 is %s num %s eId %s\n", pcode, i,
               no ? no : "(none)", csq_kind_name(csq_node_kind(node)), csq_node_num(node), eid);
      continue;
    }
    merged += check_article(st, w, pcode, node, content, hard_wrapped);
  }
  if (u != n_units)
    mismatch(st, "%s: the tree has %zu headings/articles, LawArticles %zu\n", pcode, n_units, u);
  free(units);

  law_merges *m = &st->merges[st->laws];
  snprintf(m->pcode, sizeof m->pcode, "%s", pcode);
  snprintf(m->name, sizeof m->name, "%s", csq_law_name(law));
  m->merged = merged;
  st->merged_lines += merged;
  st->laws_affected += merged > 0;
}

static int by_merged(const void *x, const void *y) {
  const law_merges *a = x, *b = y;
  return a->merged < b->merged ? 1 : a->merged > b->merged ? -1 : strcmp(a->pcode, b->pcode);
}

static void print_summary(stats *st) {
  printf("corpus: %zu laws, %zu articles, %zu headings\n", st->laws, st->articles, st->headings);
  printf("clean articles (exact line structure checked): %zu\n", st->clean);
  printf("not clean: %zu with wrapped lines, %zu with tables, %zu with blank lines\n",
         st->wrapped_articles, st->table_articles, st->blank_articles);
  printf("lines merged into the line before (wraps and table rows): %zu, in %zu laws\n",
         st->merged_lines, st->laws_affected);
  qsort(st->merges, st->laws, sizeof *st->merges, by_merged);
  printf("laws with the most merged lines:\n");
  for (size_t i = 0; i < 20 && i < st->laws && st->merges[i].merged; i++)
    printf("  %6zu  %s %s\n", st->merges[i].merged, st->merges[i].pcode, st->merges[i].name);
}

/* ---- the test ----------------------------------------------------------- */

static void every_law_matches_its_json(void **state) {
  (void)state;
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(dir); /* the shared corpus is required: fail, never skip */
  size_t count;
  char **paths = csq_test_list_laws(dir, &count);
  assert_non_null(paths);
  assert_int_equal(count, EXPECTED_LAWS);

  stats st = {0};
  scratch w = {0};
  st.merges = calloc(count, sizeof *st.merges);
  assert_non_null(st.merges);
  str failures = {0};
  csq_corpus *corpus = NULL;
  for (size_t i = 0; i < count; i++) {
    csq_error err;
    if (i % LAWS_PER_CORPUS == 0) {
      csq_corpus_free(corpus);
      assert_int_equal(csq_corpus_new(NULL, &corpus, &err), CSQ_OK);
    }
    size_t before = csq_corpus_law_count(corpus);
    csq_status status = csq_corpus_add_file(corpus, paths[i], &err);
    if (status != CSQ_OK || csq_corpus_law_count(corpus) != before + 1) {
      char msg[1024];
      if (st.failures++ < MAX_REPORTED)
        str_addf(&failures, "  %s\n", csq_error_format(&err, msg, sizeof msg));
      continue;
    }
    size_t len;
    char *data = csq_test_read_file(paths[i], &len);
    assert_non_null(data);
    json_error_t jerr;
    json_t *root = json_loadb(data, len, 0, &jerr);
    assert_non_null(root);
    check_law(&st, &w, csq_corpus_law_at(corpus, before), root);
    st.laws++;
    json_decref(root);
    free(data);
  }
  csq_corpus_free(corpus);

  print_summary(&st);
  if (st.failures)
    printf("%zu files did not parse:\n%s", st.failures, failures.data);
  if (st.invariant_errors)
    printf("%zu invariant errors, the first:\n%s", st.invariant_errors, st.invariants.data);
  if (st.mismatches)
    printf("%zu mismatches, the first %d:\n%s", st.mismatches, MAX_REPORTED, st.report.data);
  fflush(stdout);

  assert_int_equal(st.failures, 0);
  assert_int_equal(st.invariant_errors, 0);
  assert_int_equal(st.mismatches, 0);
  assert_int_equal(st.articles, EXPECTED_ARTICLES);
  assert_int_equal(st.headings, EXPECTED_HEADINGS);

  free(failures.data);
  free(st.report.data);
  free(st.invariants.data);
  free(st.merges);
  free(w.expect.data);
  free(w.got.data);
  free(w.text.data);
  free(w.a.data);
  free(w.b.data);
  csq_test_free_list(paths, count);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(every_law_matches_its_json)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
