/*
 * search.c — full-text search over the text of every provision: the user's
 * words become an FTS5 query that cannot break (every term is a quoted
 * string, so no character of the user's reaches FTS5's syntax), widened by
 * the abbreviations of grammar/abbreviations.tsv, ranked by bm25 and then
 * boosted where the hits fall on ICU word boundaries and in article text.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "internal.h"

typedef struct hit {
  char *law_id, *law_name, *eid, *cite, *kind, *snippet, *text;
  double score;
} hit;

struct csq_hits {
  hit *items;
  size_t count, total;
};

size_t csq_hits_count(const csq_hits *h) { return h->count; }
size_t csq_hits_total(const csq_hits *h) { return h->total; }
const char *csq_hit_law_id(const csq_hits *h, size_t i) { return h->items[i].law_id; }
const char *csq_hit_law_name(const csq_hits *h, size_t i) { return h->items[i].law_name; }
const char *csq_hit_eid(const csq_hits *h, size_t i) { return h->items[i].eid; }
const char *csq_hit_cite(const csq_hits *h, size_t i) { return h->items[i].cite; }
const char *csq_hit_kind(const csq_hits *h, size_t i) { return h->items[i].kind; }
const char *csq_hit_snippet(const csq_hits *h, size_t i) { return h->items[i].snippet; }
double csq_hit_score(const csq_hits *h, size_t i) { return h->items[i].score; }

static void hit_release(hit *x) {
  free(x->law_id);
  free(x->law_name);
  free(x->eid);
  free(x->cite);
  free(x->kind);
  free(x->snippet);
  free(x->text);
}

void csq_hits_free(csq_hits *h) {
  if (!h)
    return;
  for (size_t i = 0; i < h->count; i++)
    hit_release(&h->items[i]);
  free(h->items);
  free(h);
}

/* ---- the user's query ------------------------------------------------------ */

typedef struct term {
  char text[256];
  int exclude;
} term;

typedef struct terms {
  term items[32];
  size_t count;
} terms;

static int is_space(const char *s, size_t n) {
  return (n >= 1 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) ||
         (n >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0);
}

static size_t char_len(const char *s, size_t n) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, (int32_t)n, c);
  (void)c;
  return (size_t)i;
}

/* Opening and closing quotes a phrase may stand in: "…", “…”, 「…」. */
static const char *closing_quote(const char *s, size_t n) {
  if (n >= 1 && *s == '"')
    return "\"";
  if (n >= 3 && memcmp(s, "“", 3) == 0)
    return "”";
  if (n >= 3 && memcmp(s, "「", 3) == 0)
    return "」";
  return NULL;
}

/* Splits the query: words separated by spaces, "quoted phrases" (spaces
 * inside are kept out), -word and －word exclude. */
static csq_status split_terms(const char *q, terms *out, csq_error *err) {
  size_t n = strlen(q), i = 0;
  out->count = 0;
  while (i < n) {
    while (i < n && is_space(q + i, n - i))
      i += char_len(q + i, n - i);
    if (i >= n)
      break;
    if (out->count == sizeof out->items / sizeof out->items[0])
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "too many search terms (32 at most)");
    term *t = &out->items[out->count];
    t->exclude = 0;
    if (q[i] == '-' || (n - i >= 3 && memcmp(q + i, "－", 3) == 0)) {
      t->exclude = 1;
      i += q[i] == '-' ? 1 : 3;
    }
    const char *close = closing_quote(q + i, n - i);
    size_t len = 0;
    if (close) {
      i += char_len(q + i, n - i);
      while (i < n && strncmp(q + i, close, strlen(close)) != 0) {
        size_t step = char_len(q + i, n - i);
        if (!is_space(q + i, n - i) && len + step < sizeof t->text) {
          memcpy(t->text + len, q + i, step);
          len += step;
        }
        i += step;
      }
      i += i < n ? strlen(close) : 0;
    } else {
      while (i < n && !is_space(q + i, n - i)) {
        size_t step = char_len(q + i, n - i);
        if (len + step < sizeof t->text) {
          memcpy(t->text + len, q + i, step);
          len += step;
        }
        i += step;
      }
    }
    t->text[len] = '\0';
    if (len)
      out->count++;
  }
  return CSQ_OK;
}

/* Appends s as one FTS5 string: "…" with inner quotes doubled. Whatever the
 * user typed is data inside the quotes, never FTS5 syntax. */
static int append_quoted(csq_buf *b, const char *s) {
  int fail = csq__buf_append(b, "\"", 1);
  for (const char *p = s; *p; p++)
    fail |= csq__buf_append(b, p, 1) | (*p == '"' ? csq__buf_append(b, "\"", 1) : 0);
  return fail | csq__buf_append(b, "\"", 1);
}

/* The long forms of a term: every abbreviation it contains, replaced. */
static int append_widened(csq_buf *b, const char *text, int exact) {
  int fail = csq__buf_append(b, "(", 1) | append_quoted(b, text);
  const csq_embedded_file *f = exact ? NULL : csq__embedded_find("grammar/abbreviations.tsv");
  const char *p = f ? (const char *)f->data : "", *end = f ? p + f->size : p;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *tab = memchr(p, '\t', len);
    if (*p != '#' && tab) {
      char shorter[64], longer[128];
      snprintf(shorter, sizeof shorter, "%.*s", (int)(tab - p), p);
      snprintf(longer, sizeof longer, "%.*s", (int)(len - (size_t)(tab - p) - 1), tab + 1);
      const char *at = strstr(text, shorter);
      if (at) {
        char wide[512];
        snprintf(wide, sizeof wide, "%.*s%s%s", (int)(at - text), text, longer,
                 at + strlen(shorter));
        fail |= csq__buf_append(b, " OR ", 4) | append_quoted(b, wide);
      }
    }
    p += len + 1;
  }
  return fail | csq__buf_append(b, ")", 1);
}

/* Whether a term has anything the tokenizer indexes (a letter, digit or
 * Han character): 「，」 or 「*」 alone would match nothing. */
static int has_indexable(const char *s) {
  int32_t i = 0, n = (int32_t)strlen(s);
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c > 0 && u_isalnum(c))
      return 1;
  }
  return 0;
}

static csq_status build_match(const terms *t, int exact, csq_buf *out, csq_error *err) {
  int fail = 0, positives = 0;
  for (size_t i = 0; i < t->count; i++) {
    if (t->items[i].exclude || !has_indexable(t->items[i].text))
      continue;
    if (positives++)
      fail |= csq__buf_append(out, " AND ", 5);
    fail |= append_widened(out, t->items[i].text, exact);
  }
  if (!positives)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "nothing to search for: give a word, e.g. csquery search 資通安全事件 通報");
  for (size_t i = 0; i < t->count; i++) {
    if (!t->items[i].exclude || !has_indexable(t->items[i].text))
      continue;
    fail |= csq__buf_append(out, " NOT ", 5) | append_widened(out, t->items[i].text, exact);
  }
  return fail ? csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory") : CSQ_OK;
}

/* ---- ranking --------------------------------------------------------------- */

/* Whether every occurrence of the positive terms in text starts and ends on
 * an ICU word boundary (dictionary-based for Chinese): 資通安全 in
 * 「資通安全事件」 does, 通安 does not. */
static int on_word_boundaries(const char *text, const terms *t) {
  UErrorCode e = U_ZERO_ERROR;
  int32_t n = 0;
  u_strFromUTF8(NULL, 0, &n, text, -1, &e);
  if (n == 0 || n > 20000)
    return 0;
  UChar *u = malloc(((size_t)n + 1) * sizeof *u);
  if (!u)
    return 0;
  e = U_ZERO_ERROR;
  u_strFromUTF8(u, n + 1, NULL, text, -1, &e);
  UBreakIterator *bi = U_SUCCESS(e) ? ubrk_open(UBRK_WORD, "zh", u, n, &e) : NULL;
  int all = U_SUCCESS(e) && bi, found = 0;
  for (size_t k = 0; all && k < t->count; k++) {
    if (t->items[k].exclude)
      continue;
    UChar needle[256];
    int32_t m = 0;
    UErrorCode e2 = U_ZERO_ERROR;
    u_strFromUTF8(needle, 256, &m, t->items[k].text, -1, &e2);
    if (U_FAILURE(e2) || m == 0)
      continue;
    for (const UChar *at = u_strFindFirst(u, n, needle, m); at && all;
         at = u_strFindFirst(at + 1, n - (int32_t)(at + 1 - u), needle, m)) {
      int32_t start = (int32_t)(at - u);
      found = 1;
      all = ubrk_isBoundary(bi, start) && ubrk_isBoundary(bi, start + m);
    }
  }
  ubrk_close(bi);
  free(u);
  return all && found;
}

static int by_score(const void *a, const void *b) {
  double x = ((const hit *)a)->score, y = ((const hit *)b)->score;
  return x < y ? 1 : x > y ? -1 : 0;
}

/* ---- running it ---------------------------------------------------------------- */

static char *dup_col(sqlite3_stmt *s, int i) {
  const char *t = (const char *)sqlite3_column_text(s, i);
  return strdup(t ? t : "");
}

static const char SELECT_HITS[] =
    "SELECT l.id, l.name, n.eid, n.cite, n.kind, n.text,"
    " snippet(nodes_fts, 0, ?2, ?3, '…', 40),"
    /* bm25 is negative, lower is better; headings count half. */
    " -bm25(nodes_fts) * CASE WHEN n.kind IN ('part', 'chapter', 'section', 'subsection',"
    " 'subsubsection') THEN 0.5 ELSE 1.0 END AS score"
    " FROM nodes_fts JOIN nodes n ON n.node_key = nodes_fts.rowid"
    " JOIN laws l ON l.law_key = n.law_key"
    " WHERE nodes_fts MATCH ?1"
    " AND (?4 IS NULL OR l.id = ?4 OR l.name = ?4)"
    " AND (?5 IS NULL OR l.level = ?5)"
    " AND (?6 = 0 OR l.status = 'in force')"
    " ORDER BY score DESC LIMIT ?7";

static const char COUNT_HITS[] =
    "SELECT count(*) FROM nodes_fts JOIN nodes n ON n.node_key = nodes_fts.rowid"
    " JOIN laws l ON l.law_key = n.law_key WHERE nodes_fts MATCH ?1"
    " AND (?4 IS NULL OR l.id = ?4 OR l.name = ?4) AND (?5 IS NULL OR l.level = ?5)"
    " AND (?6 = 0 OR l.status = 'in force')";

static void bind_filters(sqlite3_stmt *s, const char *match, const csq_search_options *o) {
  sqlite3_bind_text(s, 1, match, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count(s) >= 7) {
    sqlite3_bind_text(s, 2, o->mark_open ? o->mark_open : "«", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, o->mark_close ? o->mark_close : "»", -1, SQLITE_STATIC);
  }
  if (o->law)
    sqlite3_bind_text(s, 4, o->law, -1, SQLITE_STATIC);
  if (o->level)
    sqlite3_bind_text(s, 5, o->level, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 6, o->in_force);
}

static csq_status run_query(sqlite3 *db, const char *match, const terms *t,
                            const csq_search_options *o, csq_hits *h, csq_error *err) {
  size_t limit = o->limit ? o->limit : 10;
  /* Re-ranking needs candidates beyond the page asked for. */
  long long candidates = (long long)((o->offset + limit) * 4 + 50);
  sqlite3_stmt *s = NULL, *c = NULL;
  if (sqlite3_prepare_v2(db, SELECT_HITS, -1, &s, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, COUNT_HITS, -1, &c, NULL) != SQLITE_OK) {
    csq_status st = csq__fail(err, CSQ_IO, NULL, -1, "search: %s", sqlite3_errmsg(db));
    sqlite3_finalize(s);
    sqlite3_finalize(c);
    return st;
  }
  bind_filters(s, match, o);
  sqlite3_bind_int64(s, 7, candidates);
  size_t cap = 0, count = 0;
  hit *items = NULL;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (count == cap) {
      cap = cap ? cap * 2 : 64;
      hit *grown = realloc(items, cap * sizeof *grown);
      if (!grown)
        break;
      items = grown;
    }
    hit *x = &items[count++];
    x->law_id = dup_col(s, 0);
    x->law_name = dup_col(s, 1);
    x->eid = dup_col(s, 2);
    x->cite = dup_col(s, 3);
    x->kind = dup_col(s, 4);
    x->text = dup_col(s, 5);
    x->snippet = dup_col(s, 6);
    x->score = sqlite3_column_double(s, 7) * (on_word_boundaries(x->text, t) ? 1.5 : 1.0);
  }
  csq_status st = rc == SQLITE_DONE ? CSQ_OK
                                    : csq__fail(err, CSQ_IO, NULL, -1, "search: %s",
                                                sqlite3_errmsg(db));
  bind_filters(c, match, o);
  if (st == CSQ_OK && sqlite3_step(c) == SQLITE_ROW)
    h->total = (size_t)sqlite3_column_int64(c, 0);
  sqlite3_finalize(s);
  sqlite3_finalize(c);
  qsort(items, count, sizeof *items, by_score);
  /* Keep the page; release the rest. */
  size_t first = o->offset < count ? o->offset : count;
  size_t last = first + limit < count ? first + limit : count;
  for (size_t i = 0; i < count; i++)
    if (i < first || i >= last)
      hit_release(&items[i]);
  if (first && last > first)
    memmove(items, items + first, (last - first) * sizeof *items);
  h->items = items;
  h->count = last - first;
  return st;
}

/* Without a database: a throw-away one in memory, holding the laws of the
 * corpus (the built-in corpus is a few kilobytes). */
static csq_status memory_db(const csq_corpus *corpus, sqlite3 **out, csq_error *err) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "cannot open an in-memory database");
  }
  csq_status st = csq__store_create_schema(db, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    st = csq__store_insert_law(db, csq_corpus_law_at(corpus, i), err);
  if (st != CSQ_OK) {
    sqlite3_close(db);
    return st;
  }
  *out = db;
  return CSQ_OK;
}

csq_status csq_search(const csq_corpus *corpus, const char *query,
                      const csq_search_options *options, csq_hits **out, csq_error *err) {
  csq_search_options defaults = {0};
  const csq_search_options *o = options ? options : &defaults;
  terms t;
  csq_buf match = {0};
  csq_status st = split_terms(query, &t, err);
  if (st == CSQ_OK)
    st = build_match(&t, o->exact, &match, err);
  csq_store *store = csq__corpus_store(corpus);
  sqlite3 *db = store ? csq__store_db(store) : NULL;
  if (st == CSQ_OK && !store)
    st = memory_db(corpus, &db, err);
  csq_hits *h = st == CSQ_OK ? calloc(1, sizeof *h) : NULL;
  if (st == CSQ_OK && !h)
    st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  if (st == CSQ_OK)
    st = run_query(db, match.data, &t, o, h, err);
  if (!store && db)
    sqlite3_close(db);
  csq__buf_free(&match);
  if (st != CSQ_OK) {
    csq_hits_free(h);
    return st;
  }
  *out = h;
  return CSQ_OK;
}
