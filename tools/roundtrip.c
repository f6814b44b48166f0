/*
 * roundtrip.c — how well the wrapped-text reader recovers the tree.
 *
 * Every law of the national corpus (or of the folder given) is read from its
 * official JSON, written out as PDF-like wrapped text (tests/support/rewrap.c)
 * at several widths, with and without trailing spaces, and read back. The
 * report gives, per layout and in all: laws and articles, the precision and
 * recall of node starts (paragraph, subparagraph and item boundaries), the
 * share of laws whose tree comes back identical, and the boundaries missed
 * or invented, sorted into the cases of docs/text-formats.md with examples.
 *
 *   roundtrip [--every N] [--examples K] [--widths 40,54,60,80] [DIR]
 *   roundtrip --dump FILE.json WIDTH [SP]    the wrapped text of one law
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "rewrap.h"

#ifndef CSQ_CACHE_DIR
#define CSQ_CACHE_DIR "corpus-cache"
#endif

enum { MAX_LAYOUTS = 16, MAX_EXAMPLES = 20 };

typedef enum {
  CASE_TABLE,
  CASE_BUT,
  CASE_MARKER_MISSED,
  CASE_NO_STOP,
  CASE_STOP_MISSED,
  CASE_STOP_CONTINUES,
  CASE_MARKER_INVENTED,
  CASE_OTHER_INVENTED,
  CASE_ARTICLE,
  CASE_COUNT
} error_case;

static const char *const CASE_NAMES[CASE_COUNT] = {
    [CASE_TABLE] = "table rows (either way)",
    [CASE_BUT] = "missed: the node opens with 但",
    [CASE_MARKER_MISSED] = "missed: a list marker out of sequence (or after an open clause)",
    [CASE_NO_STOP] = "missed: the node before ends without 。：； at a full line",
    [CASE_STOP_MISSED] = "missed: other (the line before ends a clause)",
    [CASE_STOP_CONTINUES] = "invented: the sentence goes on after 。 at a line's end",
    [CASE_MARKER_INVENTED] = "invented: marker-like text (一、 （一）) at a line's start",
    [CASE_OTHER_INVENTED] = "invented: other (a short line inside a node)",
    [CASE_ARTICLE] = "article lost or its text changed (heading-like or 第N條 lines)",
};

typedef struct layout_stats {
  int width, trailing;
  size_t laws, exact_laws;
  size_t plain_laws, plain_exact; /* laws without tables */
  csq_boundary_stats b;
} layout_stats;

typedef struct report {
  layout_stats layouts[MAX_LAYOUTS];
  size_t layout_count;
  size_t cases[CASE_COUNT];
  char examples[CASE_COUNT][MAX_EXAMPLES][256];
  size_t example_count[CASE_COUNT];
  size_t max_examples;
  const char *law_id; /* the law being compared, for examples */
  int layout_width;
} report;

static int has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* 一、 十二、 （一） (一) 1. （1）: a list marker at the start of s. */
static int looks_like_marker(const char *s) {
  static const char NUMERALS[] = "一二三四五六七八九十百";
  int32_t i = 0, n = (int32_t)strlen(s), digits = 0;
  UChar32 c;
  int paren = has_prefix(s, "（") || has_prefix(s, "(");
  if (paren)
    U8_NEXT(s, i, n, c);
  for (;;) {
    int32_t at = i;
    if (i >= n)
      return 0;
    U8_NEXT(s, i, n, c);
    char buf[8] = {0};
    memcpy(buf, s + at, (size_t)(i - at) < 7 ? (size_t)(i - at) : 7);
    if ((c >= '0' && c <= '9') || (c > 0x7f && strstr(NUMERALS, buf))) {
      digits++;
      continue;
    }
    if (!digits)
      return 0;
    if (paren)
      return c == 0xFF09 || c == ')';
    return c == 0x3001 || c == '.' || c == 0xFF0E;
  }
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static error_case classify(const csq_boundary_error *e) {
  if (e->in_table)
    return CASE_TABLE;
  int stop = ends_with(e->before, "。") || ends_with(e->before, "：") ||
             ends_with(e->before, "；") || ends_with(e->before, "？") || ends_with(e->before, "！");
  if (e->missed) {
    if (has_prefix(e->after, "但"))
      return CASE_BUT;
    if (looks_like_marker(e->after))
      return CASE_MARKER_MISSED;
    return stop ? CASE_STOP_MISSED : CASE_NO_STOP;
  }
  if (ends_with(e->before, "。"))
    return CASE_STOP_CONTINUES;
  if (looks_like_marker(e->after))
    return CASE_MARKER_INVENTED;
  return CASE_OTHER_INVENTED;
}

static void note(report *r, error_case c, const char *eid, const char *before, const char *after) {
  r->cases[c]++;
  if (r->example_count[c] < r->max_examples)
    snprintf(r->examples[c][r->example_count[c]++], 256, "%s/%s @%d  …%s | %s…", r->law_id, eid,
             r->layout_width, before, after);
}

static void on_error(void *ctx, const csq_boundary_error *e) {
  note(ctx, classify(e), e->eid, e->before, e->after);
}

/* Parses data into a fresh corpus; NULL (with a message) on failure. */
static csq_corpus *parse(const char *data, size_t len, const char *source) {
  csq_corpus *c;
  csq_error err;
  if (csq_corpus_new(NULL, &c, &err) != CSQ_OK)
    return NULL;
  if (csq_corpus_add_buffer(c, data, len, source, &err) != CSQ_OK || csq_corpus_law_count(c) != 1) {
    char buf[1024];
    fprintf(stderr, "%s\n", csq_error_format(&err, buf, sizeof buf));
    csq_corpus_free(c);
    return NULL;
  }
  return c;
}

static void run_law(report *r, const char *path) {
  size_t len;
  char *data = csq_test_read_file(path, &len);
  csq_corpus *ref = data ? parse(data, len, path) : NULL;
  free(data);
  if (!ref)
    return; /* files the JSON reader refuses are test_corpus's business */
  const csq_law *law = csq_corpus_law_at(ref, 0);
  r->law_id = csq_law_id(law);
  for (size_t i = 0; i < r->layout_count; i++) {
    layout_stats *ls = &r->layouts[i];
    csq_rewrap_options opt = csq_rewrap_pdf_like(ls->width, ls->trailing);
    size_t tl;
    char *text = csq_rewrap_law(law, &opt, &tl);
    csq_corpus *got = text ? parse(text, tl, "<rewrapped>") : NULL;
    free(text);
    ls->laws++;
    r->layout_width = ls->width;
    if (!got) {
      ls->b.articles += csq_law_article_count(law);
      ls->b.articles_missing += csq_law_article_count(law);
      note(r, CASE_ARTICLE, "(whole law)", "", "does not parse");
      continue;
    }
    const csq_law *back = csq_corpus_law_at(got, 0);
    int same = csq_rewrap_same_tree(law, back);
    int plain = !csq_rewrap_has_table(law);
    ls->exact_laws += same;
    ls->plain_laws += plain;
    ls->plain_exact += plain && same;
    size_t lost = ls->b.articles_missing;
    csq_rewrap_compare(law, back, &ls->b, on_error, r);
    for (; lost < ls->b.articles_missing; lost++)
      note(r, CASE_ARTICLE, "(an article)", "", "");
    csq_corpus_free(got);
  }
  csq_corpus_free(ref);
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 100.0; }

static void print_stats(const char *label, const layout_stats *ls) {
  const csq_boundary_stats *b = &ls->b;
  printf("%-14s %6zu laws  exact %6.2f%% (no tables: %6zu, exact %6.2f%%)  articles %7zu "
         "(tables %5zu, lost %4zu)  boundaries %7zu  precision %7.3f%%  recall %7.3f%%\n",
         label, ls->laws, pct(ls->exact_laws, ls->laws), ls->plain_laws,
         pct(ls->plain_exact, ls->plain_laws), b->articles, b->articles_table, b->articles_missing,
         b->expected, pct(b->matched, b->found), pct(b->matched, b->expected));
}

static void print_report(const report *r) {
  layout_stats all = {0};
  for (size_t i = 0; i < r->layout_count; i++) {
    const layout_stats *ls = &r->layouts[i];
    char label[32];
    snprintf(label, sizeof label, "width %d%s", ls->width, ls->trailing ? " +sp" : "");
    print_stats(label, ls);
    all.b.articles += ls->b.articles;
    all.b.articles_missing += ls->b.articles_missing;
    all.b.articles_table += ls->b.articles_table;
    all.b.expected += ls->b.expected;
    all.b.found += ls->b.found;
    all.b.matched += ls->b.matched;
    all.laws += ls->laws;
    all.exact_laws += ls->exact_laws;
    all.plain_laws += ls->plain_laws;
    all.plain_exact += ls->plain_exact;
  }
  print_stats("all layouts", &all);
  printf("\n(boundaries: the starts of paragraphs, subparagraphs and items, articles with "
         "tables left out)\n\nerrors by case (all layouts):\n");
  for (int c = 0; c < CASE_COUNT; c++) {
    printf("%8zu  %s\n", r->cases[c], CASE_NAMES[c]);
    for (size_t k = 0; k < r->example_count[c]; k++)
      printf("            %s\n", r->examples[c][k]);
  }
}

static void parse_widths(report *r, const char *list) {
  r->layout_count = 0;
  for (const char *p = list; *p && r->layout_count + 2 <= MAX_LAYOUTS;) {
    int w = atoi(p);
    for (int t = 0; t < 2 && w > 0; t++) {
      r->layouts[r->layout_count].width = w;
      r->layouts[r->layout_count++].trailing = t;
    }
    p = strchr(p, ',');
    if (!p)
      break;
    p++;
  }
}

/* Writes the wrapped text of one law to stdout, to look at a case. */
static int dump(const char *path, int width, int trailing) {
  size_t len;
  char *data = csq_test_read_file(path, &len);
  csq_corpus *c = data ? parse(data, len, path) : NULL;
  free(data);
  if (!c)
    return 1;
  csq_rewrap_options opt = csq_rewrap_pdf_like(width, trailing);
  char *text = csq_rewrap_law(csq_corpus_law_at(c, 0), &opt, &len);
  if (text)
    fwrite(text, 1, len, stdout);
  free(text);
  csq_corpus_free(c);
  return text ? 0 : 1;
}

int main(int argc, char **argv) {
  static report r;
  if (argc >= 4 && strcmp(argv[1], "--dump") == 0)
    return dump(argv[2], atoi(argv[3]), argc > 4 && atoi(argv[4]));
  size_t every = 1;
  const char *dir = NULL;
  r.max_examples = 6;
  parse_widths(&r, "40,54,60,80");
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--every") == 0 && i + 1 < argc)
      every = (size_t)strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--examples") == 0 && i + 1 < argc)
      r.max_examples = (size_t)strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--widths") == 0 && i + 1 < argc)
      parse_widths(&r, argv[++i]);
    else if (argv[i][0] != '-')
      dir = argv[i];
    else {
      fprintf(stderr, "usage: roundtrip [--every N] [--examples K] [--widths 40,54] [DIR]\n");
      return 2;
    }
  }
  if (r.max_examples > MAX_EXAMPLES)
    r.max_examples = MAX_EXAMPLES;
  if (every == 0)
    every = 1;
  if (!dir && !(dir = csq_test_unpack_ch(CSQ_CACHE_DIR)))
    return 1;
  size_t count;
  char **laws = csq_test_list_laws(dir, &count);
  if (!laws || !count) {
    fprintf(stderr, "no laws in %s\n", dir);
    return 1;
  }
  for (size_t i = 0; i < count; i += every)
    run_law(&r, laws[i]);
  csq_test_free_list(laws, count);
  printf("round trip of %s (every %zu. law of %zu)\n\n", dir, every, count);
  print_report(&r);
  return 0;
}
