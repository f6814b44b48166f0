/*
 * fts_tokenizer.c — the "csquery" FTS5 tokenizer: Chinese search that finds
 * what Ctrl-F finds.
 *
 * Han text (and kana, bopomofo) is indexed as single characters plus the
 * overlapping bigram starting at each character, at the same position:
 *
 *     資通安全   →  pos 0: 資通, 資   pos 1: 通安, 通   pos 2: 安全, 安   pos 3: 全
 *
 * A query of one character looks that character up; a longer run becomes
 * the phrase of its bigrams (資通安全 → "資通 通安 安全"), which matches
 * exactly where the run stands in the text. Bigrams never cross
 * punctuation, so 「關，指」 is not found by 關指. Latin letters and digits
 * form words, folded to lower case; everything is NFKC-folded (full-width
 * digits become ASCII) for matching only: the offsets handed to FTS5 point
 * into the original text, so highlights fall on the original bytes.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "store/store.h"

typedef struct tokenizer {
  const UNormalizer2 *nfkc;
} tokenizer;

/* One character of the text with its folded form (NFKC, lower case). */
typedef struct unit {
  int start, end; /* byte offsets in the text */
  char folded[16];
  int folded_len;
  enum { U_SEPARATOR, U_CJK, U_WORD } type;
} unit;

static int is_cjk(UChar32 c) {
  if (csq__is_han(c))
    return 1;
  if (c < 0x2E80)
    return 0; /* below the CJK radicals there is no kana or bopomofo */
  UErrorCode e = U_ZERO_ERROR;
  UScriptCode s = uscript_getScript(c, &e);
  return s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA || s == USCRIPT_BOPOMOFO;
}

/* NFKC and lower case, into u->folded. ASCII and the unified Han blocks are
 * NFKC-stable, so only other characters pay for the normaliser. */
static void fold(const tokenizer *t, UChar32 c, unit *u) {
  UChar src[4], dst[16];
  int32_t n = 0, m = 0;
  UErrorCode e = U_ZERO_ERROR;
  int stable = c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
  U16_APPEND_UNSAFE(src, n, c);
  if (stable) {
    memcpy(dst, src, (size_t)n * sizeof *src);
    m = n;
  } else {
    m = unorm2_normalize(t->nfkc, src, n, dst, 16, &e);
    if (U_FAILURE(e)) {
      memcpy(dst, src, (size_t)n * sizeof *src);
      m = n;
    }
  }
  u->folded_len = 0;
  for (int32_t i = 0; i < m;) {
    UChar32 d;
    U16_NEXT(dst, i, m, d);
    d = u_tolower(d);
    if (u->folded_len + 4 > (int)sizeof u->folded)
      break;
    U8_APPEND_UNSAFE(u->folded, u->folded_len, d);
  }
}

static void classify(const tokenizer *t, UChar32 c, unit *u) {
  if (c < 0) {
    u->type = U_SEPARATOR;
    return;
  }
  if (is_cjk(c)) {
    u->type = U_CJK;
  } else if (u_isalnum(c)) {
    u->type = U_WORD;
  } else {
    u->type = U_SEPARATOR;
    return;
  }
  fold(t, c, u);
  /* A full-width letter folds to an ASCII one: a word, not CJK. */
  if (u->type == U_CJK && u->folded_len == 1)
    u->type = U_WORD;
}

typedef int (*token_fn)(void *, int, const char *, int, int, int);

/* The bigram of two CJK units. */
static int emit_pair(const unit *a, const unit *b, int flags, void *ctx, token_fn emit) {
  char pair[32];
  memcpy(pair, a->folded, (size_t)a->folded_len);
  memcpy(pair + a->folded_len, b->folded, (size_t)b->folded_len);
  return emit(ctx, flags, pair, a->folded_len + b->folded_len, a->start, b->end);
}

/* State of one tokenize call: the previous CJK unit of the current run and
 * the word being collected. */
typedef struct scan {
  int query;
  unit prev;
  int run; /* CJK units in the current run */
  csq_buf word;
  int word_start, word_end;
} scan;

/* A CJK unit. In a document, the previous unit's position gets the bigram
 * that starts there and then, colocated, its unigram; the bigram comes
 * first because FTS5's highlight() and snippet() mark each position with
 * its first token's span, so a phrase of bigrams is marked to its last
 * character. In a query: the bigrams alone make the phrase. */
static int cjk_unit(scan *s, const unit *u, void *ctx, token_fn emit) {
  int rc = SQLITE_OK;
  if (s->run)
    rc = emit_pair(&s->prev, u, 0, ctx, emit);
  if (s->run && rc == SQLITE_OK && !s->query)
    rc = emit(ctx, FTS5_TOKEN_COLOCATED, s->prev.folded, s->prev.folded_len, s->prev.start,
              s->prev.end);
  s->prev = *u;
  s->run++;
  return rc;
}

/* The end of a CJK run: in a document, the last unit's unigram; a query
 * of one character looks it up alone, and so does a query's run that more
 * of the query follows (房屋、土地): in the document that unigram holds a
 * position of its own, which the phrase must step over to reach 土地. */
static int end_run(scan *s, int more, void *ctx, token_fn emit) {
  int rc = SQLITE_OK;
  if (s->run && (!s->query || s->run == 1 || more))
    rc = emit(ctx, 0, s->prev.folded, s->prev.folded_len, s->prev.start, s->prev.end);
  s->run = 0;
  return rc;
}

static int end_word(scan *s, void *ctx, token_fn emit) {
  int rc = SQLITE_OK;
  if (s->word_start >= 0)
    rc = emit(ctx, 0, s->word.data, (int)s->word.len, s->word_start, s->word_end);
  s->word.len = 0;
  s->word_start = -1;
  return rc;
}

static int tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int len,
                    token_fn emit) {
  const tokenizer *t = (const tokenizer *)p;
  scan s = {.query = (flags & FTS5_TOKENIZE_QUERY) != 0, .word_start = -1};
  int rc = SQLITE_OK;
  for (int32_t i = 0; i < len && rc == SQLITE_OK;) {
    unit u = {.start = i, .type = U_SEPARATOR};
    UChar32 c;
    U8_NEXT(text, i, len, c);
    u.end = i;
    classify(t, c, &u);
    if (u.type != U_WORD)
      rc = end_word(&s, ctx, emit);
    if (u.type != U_CJK && rc == SQLITE_OK)
      rc = end_run(&s, 1, ctx, emit);
    if (rc != SQLITE_OK)
      break;
    if (u.type == U_CJK) {
      rc = cjk_unit(&s, &u, ctx, emit);
    } else if (u.type == U_WORD) {
      if (s.word_start < 0)
        s.word_start = u.start;
      s.word_end = u.end;
      if (csq__buf_append(&s.word, u.folded, (size_t)u.folded_len) != 0)
        rc = SQLITE_NOMEM;
    }
  }
  if (rc == SQLITE_OK)
    rc = end_word(&s, ctx, emit);
  if (rc == SQLITE_OK)
    rc = end_run(&s, 0, ctx, emit);
  csq__buf_free(&s.word);
  return rc;
}

static int create(void *ctx, const char **args, int nargs, Fts5Tokenizer **out) {
  (void)ctx;
  (void)args;
  (void)nargs;
  /* Called by SQLite: its allocator. */
  tokenizer *t = sqlite3_malloc64(sizeof *t);
  if (!t)
    return SQLITE_NOMEM;
  UErrorCode e = U_ZERO_ERROR;
  t->nfkc = unorm2_getNFKCInstance(&e);
  if (U_FAILURE(e)) {
    sqlite3_free(t);
    return SQLITE_ERROR;
  }
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void destroy(Fts5Tokenizer *t) { sqlite3_free(t); }

csq_status csq__fts_units(const csq_mem *mem, const char *text, size_t len, csq_fts_unit **out,
                          size_t *count, csq_error *err) {
  UErrorCode e = U_ZERO_ERROR;
  tokenizer t = {unorm2_getNFKCInstance(&e)};
  if (U_FAILURE(e))
    return csq__fail_cause(err, CSQ_ICU, e, NULL, -1, "ICU NFKC: %s", u_errorName(e));
  /* at most one unit a byte, each written whole before it is counted: no
   * zeroing (a snippet's text is read into some 30 bytes a byte); len is a
   * provision's text, far below SIZE_MAX / sizeof *units */
  csq_fts_unit *units = csq__realloc(mem, NULL, (len + 1) * sizeof *units);
  if (!units)
    return csq__oom(err);
  size_t n = 0;
  for (int32_t i = 0; i < (int32_t)len;) {
    unit u = {.start = i, .type = U_SEPARATOR};
    UChar32 c;
    U8_NEXT(text, i, (int32_t)len, c);
    u.end = i;
    classify(&t, c, &u);
    if (u.type == U_SEPARATOR)
      continue;
    csq_fts_unit *o = &units[n++];
    o->start = u.start;
    o->end = u.end;
    o->cjk = u.type == U_CJK;
    memcpy(o->folded, u.folded, (size_t)u.folded_len);
    o->folded[u.folded_len] = '\0';
  }
  *out = units;
  *count = n;
  return CSQ_OK;
}

/* The fts5_api of a connection, the documented way: SELECT fts5(?1). */
fts5_api *csq__fts5_api(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

csq_status csq__fts_register(sqlite3 *db, csq_error *err) {
  fts5_api *api = csq__fts5_api(db);
  if (!api || api->iVersion < 2)
    return csq__fail(err, CSQ_DB, NULL, -1,
                     "this SQLite has no FTS5 (libsqlite3 built without it)");
  fts5_tokenizer tok = {create, destroy, tokenize};
  int rc = api->xCreateTokenizer(api, "csquery", NULL, &tok, NULL);
  return rc == SQLITE_OK ? CSQ_OK
                         : csq__db_fail_rc(rc, NULL, "registering the FTS5 tokenizer", err);
}
