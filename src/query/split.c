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
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "query/query.h"

/* Whether s names a law: a name or short name, or one less an ending of an
 * act's name (商標 of 商標法; grammar/words.tsv act_endings). */
static int is_law_name(void *ctx, const char *name) {
  csq__search *s = ctx;
  sqlite3_stmt *q = NULL;
  csq_error ignored;
  char quoted[sizeof s->terms->items[0].text + 2], with[3][sizeof quoted];
  if (strchr(name, '"') || csq__searcher_stmt(s->sr, CSQ__Q_IS_LAW_NAME, &q, &ignored) != CSQ_OK)
    return 0;
  snprintf(quoted, sizeof quoted, "\"%s\"", name);
  sqlite3_bind_text(q, 1, quoted, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
  for (int k = 0; k < 3; k++) {
    snprintf(with[k], sizeof with[k], "%s%s", name,
             (size_t)k < csq_words_act_endings_count ? csq_words_act_endings[k] : "");
    sqlite3_bind_text(q, 3 + k, with[k], -1, SQLITE_STATIC);
  }
  int named = sqlite3_step(q) == SQLITE_ROW;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return named;
}

/* Whether term i alone (with its long forms) stands in fewer provisions
 * than the page asks for. */
static int term_finds_few(void *ctx, size_t i) {
  csq__search *s = ctx;
  size_t want = s->o->offset + (s->o->limit ? s->o->limit : 10);
  sqlite3_stmt *q = NULL;
  csq_error ignored;
  csq_buf match = {.mem = s->mem};
  char map[CSQ__MAX_PHRASES + 1];
  int few = 0;
  if (csq__terms_fts(s->terms, 1u << i, 0, &match, map, &ignored) == CSQ_OK &&
      csq__searcher_stmt(s->sr, CSQ__Q_COUNT_UPTO, &q, &ignored) == CSQ_OK) {
    sqlite3_bind_text(q, 1, match.data, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)want);
    few = sqlite3_step(q) == SQLITE_ROW && (size_t)sqlite3_column_int64(q, 0) < want;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
  }
  csq__buf_free(&match);
  return few;
}

/* The byte length of term x's longest prefix that names a law, with two
 * characters or more after it; 0 when none does. */
static size_t law_name_prefix(csq__search *s, const csq__term *x) {
  size_t len = strlen(x->text), chars = csq__code_points(x->text, 0, len);
  for (size_t k = chars >= 2 ? chars - 2 : 0; k >= 2; k--) {
    size_t at = csq__byte_at(x->text, len, k);
    char prefix[sizeof x->text];
    snprintf(prefix, sizeof prefix, "%.*s", (int)at, x->text);
    if (is_law_name(s, prefix))
      return at;
  }
  return 0;
}

/* Pairs are counted this far: one held by more binds as a word. */
enum { CAP_PAIR = 50000, MIN_COMPOUND = 4, MAX_COMPOUND = 8 };

/* How many provisions hold the string (up to CAP_PAIR), or −1. */
static double rows_holding(csq__search *s, const char *str, int q_kind) {
  sqlite3_stmt *q = NULL;
  csq_error ignored;
  char quoted[64];
  if (csq__searcher_stmt(s->sr, q_kind, &q, &ignored) != CSQ_OK)
    return -1;
  snprintf(quoted, sizeof quoted, "\"%s\"", str);
  sqlite3_bind_text(q, 1, q_kind == CSQ__Q_COUNT_UPTO ? quoted : str, -1, SQLITE_TRANSIENT);
  if (q_kind == CSQ__Q_COUNT_UPTO)
    sqlite3_bind_int(q, 2, CAP_PAIR);
  int rc = sqlite3_step(q);
  double n = rc == SQLITE_ROW ? sqlite3_column_double(q, 0) : rc == SQLITE_DONE ? 0 : -1;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return n;
}

/* Where a compound of four to eight Han characters splits, in bytes, each
 * side two characters or more: between the neighbours whose pair is held
 * by the fewest provisions for how many hold each (the least pointwise
 * mutual information); 0 when it is no such compound. */
static size_t compound_split(csq__search *s, const csq__term *x) {
  size_t len = strlen(x->text), n = csq__code_points(x->text, 0, len), best = 0;
  if (n < MIN_COMPOUND || n > MAX_COMPOUND)
    return 0;
  for (int32_t i = 0; i < (int32_t)len;) {
    UChar32 c;
    U8_NEXT(x->text, i, (int32_t)len, c);
    if (c < 0 || u_getIntPropertyValue(c, UCHAR_SCRIPT) != USCRIPT_HAN)
      return 0;
  }
  double least = INFINITY;
  for (size_t k = 2; k + 2 <= n; k++) {
    size_t a = csq__byte_at(x->text, len, k - 1), b = csq__byte_at(x->text, len, k);
    size_t c = csq__byte_at(x->text, len, k + 1);
    char left[8], right[8], pair[16];
    snprintf(left, sizeof left, "%.*s", (int)(b - a), x->text + a);
    snprintf(right, sizeof right, "%.*s", (int)(c - b), x->text + b);
    snprintf(pair, sizeof pair, "%.*s", (int)(c - a), x->text + a);
    double f_pair = rows_holding(s, pair, CSQ__Q_COUNT_UPTO);
    double f_left = rows_holding(s, left, CSQ__Q_CHAR_ROWS);
    double f_right = rows_holding(s, right, CSQ__Q_CHAR_ROWS);
    if (f_pair < 0 || f_left <= 0 || f_right <= 0)
      return 0;
    double pmi = log(f_pair + 0.5) - log(f_left) - log(f_right);
    if (pmi < least) {
      least = pmi;
      best = b;
    }
  }
  return best;
}

/* Whether a law defines the term as it stands (消費者保護法 第2條: 通訊交易：指…). */
static int defined(csq__search *s, const char *term) {
  sqlite3_stmt *q = NULL;
  csq_error ignored;
  char upto[sizeof((csq__term *)0)->text + 1];
  if (csq__searcher_stmt(s->sr, CSQ__Q_DEFINING, &q, &ignored) != CSQ_OK)
    return 1;                                  /* not known: left whole */
  snprintf(upto, sizeof upto, "%s\x01", term); /* the term, and no longer one */
  sqlite3_bind_text(q, 1, term, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, upto, -1, SQLITE_STATIC);
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc != SQLITE_DONE;
}

size_t csq__split_at(void *ctx, const csq__term *x, size_t i) {
  csq__search *s = ctx;
  /* a word of its own: one a table widens whole (職場霸凌), or that a law
   * defines (通訊交易), however few provisions hold it */
  if (x->known || !term_finds_few(s, i) || defined(s, x->text))
    return 0; /* 商標侵權 stands in (or widens to) provisions enough */
  size_t at = law_name_prefix(s, x);
  return at ? at : compound_split(s, x);
}
