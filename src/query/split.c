/*
 * split.c — a term typed as one word that the search takes as two, when
 * too few provisions hold it to fill the page (Chinese is typed without
 * spaces): one that begins with a law's name (勞基法特休 → 勞基法 特休, 商標異議
 * → 商標 異議), else a compound of Han characters no provision holds as
 * typed, split where its characters bind least (危老重建 → 危老 重建, 虧損扣除 →
 * 虧損 扣除): the pointwise mutual information of each pair of neighbours,
 * counted in the index.
 */
#include <math.h>
#include <string.h>
#include <unicode/utf8.h>

#include "query/searching.h"

/* One row's first column of statement q, after binding: *out, or 0 when
 * there is no row. */
static csq_status first_value(csq__search *s, sqlite3_stmt *q, double *out, csq_error *err) {
  int rc = sqlite3_step(q);
  *out = rc == SQLITE_ROW ? sqlite3_column_double(q, 0) : 0;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? CSQ_OK
                                               : csq__db_fail(s->sr->db, NULL, "search", err);
}

/* grammar/words.tsv act_endings: 法 條例 通則 */
csq_status csq__is_law_name(csq__search *s, const char *name, int *named, csq_error *err) {
  sqlite3_stmt *q = NULL;
  char quoted[sizeof s->terms->items[0].text + 2], with[3][sizeof quoted];
  *named = 0;
  if (strchr(name, '"'))
    return CSQ_OK;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_IS_LAW_NAME, &q, err);
  if (st != CSQ_OK)
    return st;
  snprintf(quoted, sizeof quoted, "\"%s\"", name);
  sqlite3_bind_text(q, 1, quoted, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
  for (int k = 0; k < 3; k++) {
    snprintf(with[k], sizeof with[k], "%s%s", name,
             (size_t)k < csq_words_act_endings_count ? csq_words_act_endings[k] : "");
    sqlite3_bind_text(q, 3 + k, with[k], -1, SQLITE_STATIC);
  }
  double v;
  st = first_value(s, q, &v, err);
  *named = v > 0;
  return st;
}

/* Whatever page is asked for. */
csq_status csq__term_finds_few(csq__search *s, size_t i, int *few, csq_error *err) {
  size_t want = CSQ__SPLIT_BELOW;
  sqlite3_stmt *q = NULL;
  csq_buf match = {.mem = s->mem};
  char map[CSQ__MAX_PHRASES + 1];
  double n = 0;
  csq_status st = csq__terms_fts(s->terms, 1u << i, 0, &match, map, err);
  if (st == CSQ_OK)
    st = csq__searcher_stmt(s->sr, CSQ__Q_COUNT_UPTO, &q, err);
  if (st == CSQ_OK) {
    sqlite3_bind_text(q, 1, match.data, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)want);
    st = first_value(s, q, &n, err);
  }
  csq__buf_free(&match);
  *few = n < (double)want;
  return st;
}

/* Whether a law defines the term as it stands (消費者保護法 第2條: 通訊交易：指…). */
static csq_status defined(csq__search *s, const char *term, int *yes, csq_error *err) {
  sqlite3_stmt *q = NULL;
  char upto[sizeof s->terms->items[0].text + 1];
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_DEFINING, &q, err);
  if (st != CSQ_OK)
    return st;
  snprintf(upto, sizeof upto, "%s\x01", term); /* the term, and no longer one */
  sqlite3_bind_text(q, 1, term, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, upto, -1, SQLITE_STATIC);
  double key;
  st = first_value(s, q, &key, err);
  *yes = key != 0;
  return st;
}

/* The byte length of term x's longest prefix that names a law, with two
 * characters or more after it, in *at; 0 when none does. */
static csq_status law_name_prefix(csq__search *s, const csq__term *x, size_t *at, csq_error *err) {
  size_t len = strlen(x->text), chars = csq__code_points(x->text, 0, len);
  *at = 0;
  for (size_t k = chars >= 2 ? chars - 2 : 0; k >= 2; k--) {
    size_t end = csq__byte_at(x->text, len, k);
    char prefix[sizeof x->text];
    int named;
    snprintf(prefix, sizeof prefix, "%.*s", (int)end, x->text);
    csq_status st = csq__is_law_name(s, prefix, &named, err);
    if (st != CSQ_OK || named) {
      *at = named ? end : 0;
      return st;
    }
  }
  return CSQ_OK;
}

/* Pairs are counted this far: one held by more binds as a word. */
enum { CAP_PAIR = 50000, MIN_COMPOUND = 4, MAX_COMPOUND = 8 };

/* The pointwise mutual information of the characters before and after
 * character k of x's text, in *pmi (+infinity when one stands nowhere). */
static csq_status bond(csq__search *s, const char *text, size_t k, double *pmi, csq_error *err) {
  size_t len = strlen(text), a = csq__byte_at(text, len, k - 1), b = csq__byte_at(text, len, k);
  size_t c = csq__byte_at(text, len, k + 1);
  char left[8], right[8], pair[16];
  snprintf(left, sizeof left, "%.*s", (int)(b - a), text + a);
  snprintf(right, sizeof right, "%.*s", (int)(c - b), text + b);
  snprintf(pair, sizeof pair, "%.*s", (int)(c - a), text + a);
  long long f_pair = 0;
  double f_left = 0, f_right = 0;
  csq_status st = csq__rows_holding(s, pair, CAP_PAIR, &f_pair, err);
  if (st == CSQ_OK)
    st = csq__rows_holding_char(s, left, &f_left, err);
  if (st == CSQ_OK)
    st = csq__rows_holding_char(s, right, &f_right, err);
  *pmi =
      f_left > 0 && f_right > 0 ? log((double)f_pair + 0.5) - log(f_left) - log(f_right) : INFINITY;
  return st;
}

/* Whether the side text[from..to) stands mostly with the character at
 * text[grow..grow_end) beside it, so that it is no word of its own: 方箋
 * stands only in 處方箋, so 連續處方箋 is not 連續處 方箋 (it is 連續 處方箋). */
static csq_status side_bound(csq__search *s, const char *text, size_t from, size_t to,
                             size_t grow_from, size_t grow_to, int *bound, csq_error *err) {
  char side[CSQ__TERM_BYTES], grown[CSQ__TERM_BYTES];
  long long f_side = 0;
  snprintf(side, sizeof side, "%.*s", (int)(to - from), text + from);
  snprintf(grown, sizeof grown, "%.*s", (int)(grow_to - grow_from), text + grow_from);
  csq_status st = csq__rows_holding(s, side, CAP_PAIR, &f_side, err);
  *bound = 0;
  return st == CSQ_OK ? csq__mostly_within(s, grown, f_side, bound, err) : st;
}

/* Whether splitting text before character k leaves a side that is no word:
 * the right one mostly after the left's last character, or the left one
 * mostly before the right's first. */
static csq_status cuts_a_word(csq__search *s, const char *text, size_t k, int *cuts,
                              csq_error *err) {
  size_t len = strlen(text), before = csq__byte_at(text, len, k - 1),
         at = csq__byte_at(text, len, k), after = csq__byte_at(text, len, k + 1);
  csq_status st = side_bound(s, text, at, len, before, len, cuts, err);
  if (st == CSQ_OK && !*cuts)
    st = side_bound(s, text, 0, at, 0, after, cuts, err);
  return st;
}

/* Where a compound of four to eight Han characters splits, in bytes, each
 * side two characters or more: between the neighbours whose pair is held
 * by the fewest provisions for how many hold each (the least pointwise
 * mutual information), where neither side is bound to the other's
 * character next to it; 0 when it is no such compound. */
static csq_status compound_split(csq__search *s, const csq__term *x, size_t *at, csq_error *err) {
  size_t len = strlen(x->text), n = csq__code_points(x->text, 0, len);
  double least = INFINITY;
  *at = 0;
  if (n < MIN_COMPOUND || n > MAX_COMPOUND || !csq__all_han(x->text))
    return CSQ_OK;
  for (size_t k = 2; k + 2 <= n; k++) {
    double pmi;
    csq_status st = bond(s, x->text, k, &pmi, err);
    if (st != CSQ_OK)
      return st;
    int cuts = 0;
    if (pmi < least && (st = cuts_a_word(s, x->text, k, &cuts, err)) != CSQ_OK)
      return st;
    if (pmi < least && !cuts) {
      least = pmi;
      *at = csq__byte_at(x->text, len, k);
    }
  }
  return CSQ_OK;
}

csq_status csq__split_at(void *ctx, const csq__term *x, size_t i, size_t *at, csq_error *err) {
  csq__search *s = ctx;
  int few = 0, word = 0;
  *at = 0;
  /* a word of its own: one a table widens whole (職場霸凌), or that a law
   * defines (通訊交易), however few provisions hold it; 商標侵權 stands in
   * (or widens to) provisions enough; one typed short, read long */
  csq_status st = x->known || x->contracted[0] ? CSQ_OK : csq__term_finds_few(s, i, &few, err);
  if (st == CSQ_OK && few)
    st = defined(s, x->text, &word, err);
  if (st != CSQ_OK || !few || word)
    return st;
  st = law_name_prefix(s, x, at, err);
  return st == CSQ_OK && !*at ? compound_split(s, x, at, err) : st;
}
