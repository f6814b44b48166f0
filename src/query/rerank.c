/*
 * rerank.c — the second phase of a search: the best candidates of the
 * first, best first, are read until the page is full:
 *
 *  - a term that stands only across a word boundary (個資 in 「第 i 個資金
 *    來源」, 圍標 in 範圍標示) is not what the reader meant: such a hit ranks
 *    after every other. No dictionary is needed to see it: a character at
 *    the edge of the match that is bound more strongly to the one beside it
 *    outside (資金, 範圍) than to its neighbour inside (個資, 圍標), by the
 *    pointwise mutual information of the two pairs, breaks a word. The
 *    pairs are counted in the index, only as far as the comparison needs;
 *    the characters in search_chars (store/char_counts.c);
 *  - a provision whose text is that of one read before (「四、違反受託人義務。」
 *    in fourteen laws) is folded into it, which counts it.
 *
 * Neither raises a score, so once the page is full, a candidate that scores
 * below its last hit cannot reach it: the rest are not read.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "query/searching.h"

typedef csq__hit hit;

/* Best first. A provision can stand twice (found holding every term, and
 * again as citing one that does): its better tier first, so that is the
 * one read. */
static int better_cand(const void *a, const void *b) {
  const csq__cand *x = a, *y = b;
  if (csq__ranks_before(x->tier, x->score, x->key, y->tier, y->score, y->key))
    return -1;
  return csq__ranks_before(y->tier, y->score, y->key, x->tier, x->score, x->key) ? 1 : 0;
}

/* ---- what the text says of the query ---------------------------------------- */

/* Pairs counted only this far: a pair inside the term held by more
 * provisions is taken as a word, and one outside it as no break. */
enum { CAP_INSIDE = 200, CAP_OUTSIDE = 2000, FEWEST_OUTSIDE = 10 };

/* Whether an edge character of a match (`edge`) is bound more strongly to
 * the character outside it (`outer`) than to its neighbour inside the term
 * (`inner`), by more than the margin: the pointwise mutual information of
 * the outside pair beats that of the inside pair,
 *   f(out) / (f(edge) f(outer)) > e^margin · f(in) / (f(edge) f(inner)),
 * f counting the provisions that hold a pair or a character. So 個資 in
 * 個資金 (資金 binds, 個資 does not) breaks the word 資金; 競業禁止 in
 * 競業禁止之 does not (之 follows everything). Nor does an outside pair
 * that stands with the term's next character in most of the provisions
 * holding it (`ext`, the pair grown into the term): that pair is no word of
 * its own but the join of a compound the term ends or begins, 遺址 in
 * 考古遺址 (古遺 stands nowhere but before 址), while 資金 stands mostly
 * without 個. */
static csq_status edge_breaks(csq__search *s, const char *in, const char *inner, const char *out,
                              const char *outer, const char *ext, int *breaks, csq_error *err) {
  *breaks = 0;
  long long f_in = 0, f_out = 0;
  double f_inner = 0, f_outer = 0;
  csq_status st = csq__rows_holding(s, in, CAP_INSIDE, &f_in, err);
  if (st != CSQ_OK || f_in >= CAP_INSIDE)
    return st;
  st = csq__rows_holding_char(s, inner, &f_inner, err);
  if (st == CSQ_OK)
    st = csq__rows_holding_char(s, outer, &f_outer, err);
  if (st != CSQ_OK || f_inner <= 0)
    return st;
  double bar = exp(s->w->v[CSQ__W_CROSS_MARGIN]) * (double)f_in * f_outer / f_inner;
  /* a bar that fewer than FEWEST_OUTSIDE provisions would pass is no
   * evidence of a word outside */
  if (bar >= CAP_OUTSIDE || bar + 1 < FEWEST_OUTSIDE)
    return CSQ_OK;
  /* counted up to CAP_OUTSIDE, not the bar: ext is weighed against it */
  st = csq__rows_holding(s, out, CAP_OUTSIDE, &f_out, err);
  if (st != CSQ_OK || (double)f_out <= bar)
    return st;
  int joined = 0;
  st = csq__mostly_within(s, ext, f_out, &joined, err);
  *breaks = st == CSQ_OK && !joined;
  return st;
}

/* Appends the UTF-8 of c to buf at *at. */
static void put(char *buf, int32_t *at, UChar32 c) { U8_APPEND_UNSAFE(buf, *at, c); }

/* A term of this many Han characters is long enough to be the short form
 * of a word one character longer (LONGEST_BREAKER below keeps longer ones
 * from ever being tried for a break), when this many provisions at the
 * least hold it: fewer are no evidence, the hit being judged among them.
 * Han characters only (csq__all_han): A類機 is no word's short form. */
enum { SHORT_FORM_CHARS = 3, FEWEST_SHORT_FORMS = 5 };

/* Whether `alt`, whose match runs into the character `after`, is the short
 * form of the word it grows into: of the provisions holding it, at least
 * the share short_form_share hold it grown so (收視費 of 收視費用, 22 of 24;
 * 審閱期 of 審閱期間, 6 of 6). The term itself is counted, not the pair at
 * its edge: 運單 stands before 位 in half its provisions, but 託運單 in 託運單位
 * in 17 of 44, which are 託運單位人員, no waybill. Only at the end: one types
 * the start of a longer word. */
static csq_status short_form(csq__search *s, const char *alt, UChar32 after, int *yes,
                             csq_error *err) {
  char grown[32];
  int32_t m = (int32_t)strlen(alt);
  long long f_term = 0, f_grown = 0;
  *yes = 0;
  if (csq__code_points(alt, 0, (size_t)m) < SHORT_FORM_CHARS ||
      m + U8_MAX_LENGTH >= (int32_t)sizeof grown || !csq__all_han(alt))
    return CSQ_OK;
  memcpy(grown, alt, (size_t)m);
  put(grown, &m, after);
  grown[m] = '\0';
  csq_status st = csq__rows_holding(s, alt, CAP_INSIDE, &f_term, err);
  if (st != CSQ_OK || f_term < FEWEST_SHORT_FORMS || f_term >= CAP_INSIDE)
    return st;
  st = csq__rows_holding(s, grown, f_term, &f_grown, err);
  *yes = st == CSQ_OK && (double)f_grown >= s->w->v[CSQ__W_SHORT_FORM_SHARE] * (double)f_term;
  return st;
}

/* Whether the match of alt at text[at..end) breaks a word at either edge;
 * an edge `side` leaves alone (bit 1 before, bit 2 after) is not tried. */
static csq_status breaks_word(csq__search *s, const char *text, size_t at, size_t end,
                              const char *alt, int side, int *out, csq_error *err) {
  int32_t i = (int32_t)at, n = (int32_t)strlen(text), m = (int32_t)strlen(alt);
  UChar32 before = -1, after = -1, t0, t1, last, prev;
  if (i > 0)
    U8_PREV(text, 0, i, before);
  int32_t j = (int32_t)end, a = 0, z = m;
  if (j < n)
    U8_NEXT(text, j, n, after);
  U8_NEXT(alt, a, m, t0);
  U8_NEXT(alt, a, m, t1);
  U8_PREV(alt, 0, z, last);
  U8_PREV(alt, 0, z, prev);
  *out = 0;
  csq_status st = CSQ_OK;
  char in[16], inner[8], pair[16], outer[8], ext[24];
  int32_t k;
  if (!(side & 1) && csq__is_han(before) && csq__is_han(t0) && csq__is_han(t1)) {
    k = 0, put(in, &k, t0), put(in, &k, t1), in[k] = '\0';
    k = 0, put(inner, &k, t1), inner[k] = '\0';
    k = 0, put(pair, &k, before), put(pair, &k, t0), pair[k] = '\0';
    k = 0, put(outer, &k, before), outer[k] = '\0';
    k = 0, put(ext, &k, before), put(ext, &k, t0), put(ext, &k, t1), ext[k] = '\0';
    st = edge_breaks(s, in, inner, pair, outer, ext, out, err);
  }
  if (st == CSQ_OK && !*out && !(side & 2) && csq__is_han(after) && csq__is_han(last) &&
      csq__is_han(prev)) {
    k = 0, put(in, &k, prev), put(in, &k, last), in[k] = '\0';
    k = 0, put(inner, &k, prev), inner[k] = '\0';
    k = 0, put(pair, &k, last), put(pair, &k, after), pair[k] = '\0';
    k = 0, put(outer, &k, after), outer[k] = '\0';
    k = 0, put(ext, &k, prev), put(ext, &k, last), put(ext, &k, after), ext[k] = '\0';
    st = edge_breaks(s, in, inner, pair, outer, ext, out, err);
    int shortened = 0;
    if (st == CSQ_OK && *out)
      st = short_form(s, alt, after, &shortened, err);
    *out = *out && !shortened;
  }
  return st;
}

/* The edges of text[at..end) where another term's form or a word that joins
 * words (grammar/words.tsv search_free_neighbours) stands right beside it
 * (bit 1 before, bit 2 after): 緩起訴 處分金 in 緩起訴處分金或… breaks no word,
 * however 訴 and 處, or 金 and 或, bind. */
static int beside_other_term(const csq__search *s, size_t term, const char *text, size_t at,
                             size_t end) {
  int side = 0;
  for (size_t i = 0; i < csq_words_search_free_neighbours_count; i++) {
    const char *w = csq_words_search_free_neighbours[i];
    size_t n = strlen(w);
    if (at >= n && memcmp(text + at - n, w, n) == 0)
      side |= 1;
    if (strncmp(text + end, w, n) == 0)
      side |= 2;
  }
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; i != term && (s->positive >> i & 1) && k < t->alt_count; k++) {
      size_t n = strlen(t->alt[k]);
      if (n && at >= n && memcmp(text + at - n, t->alt[k], n) == 0)
        side |= 1;
      if (n && strncmp(text + end, t->alt[k], n) == 0)
        side |= 2;
    }
  }
  return side;
}

/* A term of more characters than this is taken as meant wherever it
 * stands: breaking words at both its ends by chance takes a short term
 * (個資, 圍標, 資遣費). */
enum { LONGEST_BREAKER = 3 };

/* Whether some positive term stands in the text only across word
 * boundaries. */
static csq_status crosses_word(csq__search *s, const char *text, int *out, csq_error *err) {
  csq_status st = CSQ_OK;
  *out = 0;
  for (size_t i = 0; st == CSQ_OK && !*out && i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    int seen = 0, clean = 0;
    for (size_t k = 0; st == CSQ_OK && !clean && (s->positive >> i & 1) && k < t->alt_count; k++) {
      const char *alt = t->alt[k];
      size_t chars = csq__code_points(alt, 0, strlen(alt));
      if (chars < 2 || chars > LONGEST_BREAKER) { /* no word to break, or no chance */
        clean |= strstr(text, alt) != NULL;
        continue;
      }
      for (const char *p = strstr(text, alt); st == CSQ_OK && p && !clean; p = strstr(p + 1, alt)) {
        int broken = 0;
        seen = 1;
        size_t at = (size_t)(p - text), end = at + strlen(alt);
        st = breaks_word(s, text, at, end, alt, beside_other_term(s, i, text, at, end), &broken,
                         err);
        clean = !broken;
      }
    }
    *out = seen && !clean;
  }
  return st;
}

/* A form of a positive term found in a hit's text: where, and which term. */
typedef struct term_at {
  size_t at, end;
  size_t term;
} term_at;

enum { MAX_TERMS_AT = 256 }; /* forms read in one text: a long table holds thousands */

static int by_place(const void *a, const void *b) {
  const term_at *x = a, *y = b;
  return x->at < y->at ? -1 : x->at > y->at;
}

/* Reads where the forms of the positive terms stand in `text` into
 * found[], at most MAX_TERMS_AT of them; the bits of the terms seen (as
 * s->positive's). */
static uint32_t find_terms(const csq__search *s, const char *text, term_at *found, size_t *n) {
  uint32_t seen = 0;
  *n = 0;
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; (s->positive >> i & 1) && k < t->alt_count; k++) {
      size_t len = strlen(t->alt[k]);
      for (const char *p = len ? strstr(text, t->alt[k]) : NULL; p && *n < MAX_TERMS_AT;
           p = strstr(p + 1, t->alt[k])) {
        found[(*n)++] = (term_at){(size_t)(p - text), (size_t)(p - text) + len, i};
        seen |= (uint32_t)1 << i;
      }
    }
  }
  return seen;
}

/* Whether the positive terms, two or more, stand only far apart in a long
 * text: no span of search_weights.tsv's terms_apart characters holds a form
 * of each (a table of every trade holds 地下 in one row and 旅行社 in
 * another). The smallest span is found by sliding over the forms in order. */
static int terms_apart(const csq__search *s, const char *text) {
  double most = s->w->v[CSQ__W_TERMS_APART];
  size_t len = strlen(text), n = 0;
  /* one term stands with itself; no text of fewer bytes has more characters */
  if (most <= 0 || s->n_positive < 2 || len <= (size_t)most)
    return 0;
  term_at found[MAX_TERMS_AT];
  uint32_t seen = find_terms(s, text, found, &n);
  if ((seen & (seen - 1)) == 0) /* one term or none */
    return 0;
  csq__sort(found, n, sizeof *found, by_place);
  unsigned count[CSQ__MAX_TERMS] = {0};
  uint32_t held = 0;
  for (size_t lo = 0, hi = 0; hi < n; hi++) {
    if (count[found[hi].term]++ == 0)
      held |= (uint32_t)1 << found[hi].term;
    for (; held == seen; lo++) {
      if (csq__code_points(text, found[lo].at, found[hi].end) <= (size_t)most)
        return 0;
      if (--count[found[lo].term] == 0)
        held &= ~((uint32_t)1 << found[lo].term);
    }
  }
  return 1;
}

static void add_part(hit *x, int explain, const char *name, double w) {
  if (explain && w != 0 && x->n_parts < CSQ__MAX_PARTS)
    x->parts[x->n_parts++] = (csq_score_part){name, exp(w)};
}

static const char *const ABOUT_PARTS[] = {"defines it", "lead-in holds it", "under a heading",
                                          "cites a provision that holds every term"};

/* Whether a term stands only across a word boundary; with explain, the
 * parts of the hit's score. */
static csq_status weigh(csq__search *s, hit *x, csq_error *err) {
  const csq__weights *w = s->w;
  if (s->o->explain && !(x->parts = csq__calloc(s->mem, CSQ__MAX_PARTS, sizeof *x->parts)))
    return csq__oom(err);
  if (s->o->explain) {
    x->parts[x->n_parts++] = (csq_score_part){"relevance", x->cand.relevance};
    size_t n = x->n_parts;
    csq__prior_weight(w, x->cand.prior, x->parts, &n);
    x->n_parts = n;
    if (x->cand.law >= 0)
      add_part(x, 1, "law's name", s->laws.items[(int)x->cand.law].weight);
    if (x->cand.about & CSQ__ABOUT_DEFINES)
      add_part(x, 1, ABOUT_PARTS[0], w->v[CSQ__W_ABOUT_DEFINITION]);
    if (x->cand.about & CSQ__ABOUT_LEADIN)
      add_part(x, 1, ABOUT_PARTS[1], w->v[CSQ__W_LEADIN_MENTIONS]);
    if (x->cand.about & CSQ__ABOUT_HEADING)
      add_part(x, 1, ABOUT_PARTS[2], w->v[CSQ__W_UNDER_HEADING]);
    /* its relevance is that of the provision it cites, times inherit */
    if ((x->cand.about & CSQ__ABOUT_CITES) && x->n_parts < CSQ__MAX_PARTS)
      x->parts[x->n_parts++] = (csq_score_part){ABOUT_PARTS[3], 1};
    if (x->cand.focus)
      add_part(x, 1, "its law holds many of the first hits",
               w->v[CSQ__W_LAW_FOCUS] * log(1.0 + x->cand.focus));
    if (x->cand.tier == CSQ__TIER_SOME_TERMS && csq__in_every_law(s, x->key))
      add_part(x, 1, "in the law of a provision that holds every term", w->v[CSQ__W_SOME_SAME_LAW]);
    if (x->cand.tier == CSQ__TIER_NAMED_LAW && x->n_parts < CSQ__MAX_PARTS)
      x->parts[x->n_parts++] = (csq_score_part){"the law the query names: first", 1};
  }
  csq_status st = crosses_word(s, x->text, &x->crosses, err);
  if (st == CSQ_OK && x->crosses && x->parts && x->n_parts < CSQ__MAX_PARTS)
    x->parts[x->n_parts++] = (csq_score_part){"breaks a word: ranked last", 1};
  if (st == CSQ_OK && !x->crosses && (x->crosses = terms_apart(s, x->text)) && x->parts &&
      x->n_parts < CSQ__MAX_PARTS)
    x->parts[x->n_parts++] = (csq_score_part){"its terms stand far apart: ranked last", 1};
  x->score = x->cand.score;
  return st;
}

/* Best first, by tier (csq__ranks_before). */
static int better_hit(const void *a, const void *b) {
  const hit *x = a, *y = b;
  if (csq__ranks_before(x->tier, x->score, x->key, y->tier, y->score, y->key))
    return -1;
  return csq__ranks_before(y->tier, y->score, y->key, x->tier, x->score, x->key) ? 1 : 0;
}

/* Whether x folds into the hit read before with the same text: another
 * provision of it (counted in that hit's same), or that provision again
 * (found holding the terms and again as citing one that does; collect.c
 * counted it once). */
static int fold(csq__u64map *texts, hit *items, size_t count, const hit *x, int *fail) {
  uint64_t h = csq__hash_bytes(x->text, strlen(x->text)) | 1, at;
  if (csq__u64map_get(texts, h, &at) && at < count && strcmp(items[at].text, x->text) == 0) {
    items[at].same += items[at].key != x->key;
    return 1;
  }
  *fail |= csq__u64map_put(texts, h, count) != 0;
  return 0;
}

/* Where reading the candidates stands: the next one, the hits read (and
 * how many of them take a place), their texts to fold. */
typedef struct reading {
  size_t next, n, placed;
  csq__u64map texts;
  int fail;
} reading;

/* Reads candidates into items until `want` hits take a place, skipping
 * those already read as an item of a list (`listed`). */
static csq_status read_until(csq__search *s, hit *items, reading *rd, size_t want,
                             const csq__u64map *listed, csq_error *err) {
  const csq_mem *mem = s->mem;
  csq_status st = CSQ_OK;
  uint64_t ignored;
  /* The candidates come best first and no score rises here: once the page
   * has its hits, every later candidate ranks below them. */
  for (; st == CSQ_OK && rd->next < s->count && rd->placed < want; rd->next++) {
    const csq__cand *c = &s->heap[rd->next];
    if (csq__u64map_get(listed, (uint64_t)c->key, &ignored))
      continue;
    hit *x = &items[rd->n];
    st = csq__read_hit(s, c, x, err);
    if (st != CSQ_OK)
      break;
    if (!s->o->exact && fold(&rd->texts, items, rd->n, x, &rd->fail)) {
      csq__hit_release(mem, x);
      continue;
    }
    if (s->o->exact)
      x->score = c->score;
    else
      st = weigh(s, x, err);
    x->tier = x->crosses ? CSQ__TIER_BROKEN_WORD : c->tier;
    rd->n++;
    rd->placed += x->tier != CSQ__TIER_BROKEN_WORD; /* one ranked last takes no place */
  }
  return st;
}

csq_status csq__rerank(csq__search *s, size_t want, hit **out, size_t *count, csq_error *err) {
  const csq_mem *mem = s->mem;
  csq__sort(s->heap, s->count, sizeof *s->heap, better_cand);
  csq_status st = csq__law_focus(s, err);
  if (st != CSQ_OK)
    return st;
  csq__sort(s->heap, s->count, sizeof *s->heap, better_cand);
  hit *items = csq__calloc(mem, s->count + 1 + CSQ__MAX_LISTED, sizeof *items);
  reading rd = {.texts = {.mem = mem}};
  csq__u64map listed = {.mem = mem};
  size_t first = s->o->exact ? 0 : (size_t)s->w->v[CSQ__W_LIST_RANK];
  st = items ? CSQ_OK : csq__oom(err);
  /* The first hits are read, and the lists of their lead-ins, whatever the
   * page: so every page of a query is cut from the same order. */
  if (st == CSQ_OK && first) {
    st = read_until(s, items, &rd, first, &listed, err);
    csq__sort(items, rd.n, sizeof *items, better_hit);
    size_t before = rd.n;
    if (st == CSQ_OK)
      st = csq__list_items(s, items, &rd.n, &listed, err);
    rd.placed += rd.n - before;
  }
  if (st == CSQ_OK)
    st = read_until(s, items, &rd, want, &listed, err);
  if (st == CSQ_OK && rd.fail)
    st = csq__oom(err);
  csq__u64map_free(&rd.texts);
  csq__u64map_free(&listed);
  if (st == CSQ_OK) {
    csq__sort(items, rd.n, sizeof *items, better_hit);
    st = csq__list_regroup(mem, items, rd.n, err);
  }
  if (st != CSQ_OK) {
    for (size_t i = 0; items && i < rd.n; i++)
      csq__hit_release(mem, &items[i]);
    csq__free(mem, items);
    return st;
  }
  *out = items;
  *count = rd.n;
  s->placed = rd.placed;
  return CSQ_OK;
}
