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

#include "query/query.h"

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

/* ---- snippets ---------------------------------------------------------------- */

typedef struct span {
  int start, end;
} span;

typedef struct needles {
  char text[64][512];
  size_t count;
} needles;

/* The strings whose hits are marked: the positive terms and their long
 * forms (資安 → 資通安全). */
static void collect_needles(const terms *t, int exact, needles *out) {
  out->count = 0;
  for (size_t i = 0; i < t->count && out->count < 64; i++) {
    if (t->items[i].exclude)
      continue;
    csq_buf b = {0};
    append_widened(&b, t->items[i].text, exact);
    /* ("x" OR "y"): take the quoted strings back out. */
    for (const char *p = b.data; p && (p = strchr(p, '"')) && out->count < 64;) {
      const char *q = ++p;
      size_t n = 0;
      char *dst = out->text[out->count];
      while (*q && !(*q == '"' && q[1] != '"') && n + 1 < sizeof out->text[0]) {
        dst[n++] = *q;
        q += *q == '"' ? 2 : 1;
      }
      dst[n] = '\0';
      out->count += n > 0;
      p = *q ? q + 1 : q;
    }
    csq__buf_free(&b);
  }
}

/* Where needle's units stand in the text's units, as the index matches
 * them: the same folded characters, CJK characters side by side. */
static int match_at(const csq_fts_unit *t, size_t tn, size_t i, const csq_fts_unit *n, size_t nn) {
  if (i + nn > tn)
    return 0;
  for (size_t j = 0; j < nn; j++) {
    if (strcmp(t[i + j].folded, n[j].folded) != 0)
      return 0;
    if (j && t[i + j].cjk && t[i + j - 1].cjk && t[i + j].start != t[i + j - 1].end)
      return 0;
  }
  return 1;
}

/* Byte spans of every hit, merged and in order. */
static size_t find_spans(const char *text, const needles *nd, span *spans, size_t cap) {
  csq_fts_unit *tu = NULL;
  size_t tn = 0, count = 0;
  csq_error err;
  if (csq__fts_units(text, strlen(text), &tu, &tn, &err) != CSQ_OK)
    return 0;
  for (size_t k = 0; k < nd->count; k++) {
    csq_fts_unit *nu = NULL;
    size_t nn = 0;
    if (csq__fts_units(nd->text[k], strlen(nd->text[k]), &nu, &nn, &err) != CSQ_OK)
      continue;
    for (size_t i = 0; nn && i < tn && count < cap; i++)
      if (match_at(tu, tn, i, nu, nn))
        spans[count++] = (span){tu[i].start, tu[i + nn - 1].end};
    free(nu);
  }
  free(tu);
  /* insertion sort, then merge overlaps */
  for (size_t i = 1; i < count; i++)
    for (size_t j = i; j > 0 && spans[j].start < spans[j - 1].start; j--) {
      span x = spans[j];
      spans[j] = spans[j - 1];
      spans[j - 1] = x;
    }
  size_t merged = 0;
  for (size_t i = 0; i < count; i++) {
    if (merged && spans[i].start <= spans[merged - 1].end) {
      if (spans[i].end > spans[merged - 1].end)
        spans[merged - 1].end = spans[i].end;
    } else {
      spans[merged++] = spans[i];
    }
  }
  return merged;
}

/* Moves `at` back (or forward) by `chars` characters within text[0..len). */
static int step_chars(const char *text, int len, int at, int chars) {
  while (chars < 0 && at > 0) {
    U8_BACK_1((const uint8_t *)text, 0, at);
    chars++;
  }
  while (chars > 0 && at < len) {
    U8_FWD_1(text, at, len);
    chars--;
  }
  return at;
}

enum { SNIPPET_BEFORE = 30, SNIPPET_CHARS = 110 };

/* The text around the first hit, about SNIPPET_CHARS characters, with
 * every hit inside between the markers. */
static char *make_snippet(const char *text, const needles *nd, const char *open,
                          const char *close) {
  span spans[256];
  size_t n = find_spans(text, nd, spans, 256);
  int len = (int)strlen(text);
  int from = n ? step_chars(text, len, spans[0].start, -SNIPPET_BEFORE) : 0;
  int to = step_chars(text, len, from, SNIPPET_CHARS);
  csq_buf b = {0};
  int fail = from > 0 ? csq__buf_append(&b, "…", strlen("…")) : 0;
  int at = from;
  for (size_t i = 0; i < n && spans[i].start < to; i++) {
    if (spans[i].end <= from)
      continue;
    int s = spans[i].start > at ? spans[i].start : at, e = spans[i].end < to ? spans[i].end : to;
    fail |= csq__buf_append(&b, text + at, (size_t)(s - at));
    fail |= csq__buf_append(&b, open, strlen(open));
    fail |= csq__buf_append(&b, text + s, (size_t)(e - s));
    fail |= csq__buf_append(&b, close, strlen(close));
    at = e;
  }
  fail |= csq__buf_append(&b, text + at, (size_t)(to - at));
  if (to < len)
    fail |= csq__buf_append(&b, "…", strlen("…"));
  if (fail) {
    csq__buf_free(&b);
    return NULL;
  }
  return b.data ? b.data : strdup("");
}

/* ---- ranking --------------------------------------------------------------- */

/* Whether every occurrence of the positive terms in text starts and ends on
 * an ICU word boundary (dictionary-based for Chinese): 資通安全 in
 * 「資通安全事件」 does, 通安 does not. */
static int on_word_boundaries(UBreakIterator *bi, const char *text, const terms *t) {
  UErrorCode e = U_ZERO_ERROR;
  if (!bi)
    return 0;
  int32_t n = 0;
  u_strFromUTF8(NULL, 0, &n, text, -1, &e);
  if (n == 0 || n > 20000)
    return 0;
  UChar *u = malloc(((size_t)n + 1) * sizeof *u);
  if (!u)
    return 0;
  e = U_ZERO_ERROR;
  u_strFromUTF8(u, n + 1, NULL, text, -1, &e);
  if (U_SUCCESS(e))
    ubrk_setText(bi, u, n, &e);
  int all = U_SUCCESS(e), found = 0;
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

/* Phase one scores every hit with csq_bm25 (rank.c): bm25 from lengths
 * held in memory, one pass over the hits, no sort in SQL. */
static const char RANK_ALL[] =
    "SELECT rowid, csq_bm25(nodes_fts, 1) FROM nodes_fts WHERE nodes_fts MATCH ?1";

/* With a filter on the law, the join decides which matches count; the idf
 * is then bm25's over the whole table, computed by csq_bm25 itself. */
static const char RANK_FILTERED[] =
    "SELECT f.rowid, csq_bm25(nodes_fts, 0) FROM nodes_fts f"
    " JOIN nodes n ON n.node_key = f.rowid JOIN laws l ON l.law_key = n.law_key"
    " WHERE nodes_fts MATCH ?1 AND f.rowid BETWEEN ?5 AND ?6"
    " AND (?2 IS NULL OR l.id = ?2 OR l.name = ?2)"
    " AND (?3 IS NULL OR l.level = ?3)"
    " AND (?4 = 0 OR l.status = 'in force')";

/* The node_keys a law's provisions lie between: FTS5 seeks past the hits
 * outside them instead of joining every hit to its law. */
static const char LAW_RANGE[] =
    "SELECT min(n.node_key), max(n.node_key) FROM laws l JOIN nodes n USING (law_key)"
    " WHERE l.id = ?1 OR l.name = ?1";

/* Phase two reads what is shown of the candidates. */
static const char DETAILS[] = "SELECT l.id, l.name, n.eid, n.cite, n.kind, n.text FROM nodes n"
                              " JOIN laws l ON l.law_key = n.law_key WHERE n.node_key = ?1";

static int is_heading_kind(const char *kind) {
  return csq_kind_is_heading(csq__kind_from_name(kind));
}

static void bind_filters(sqlite3_stmt *s, const char *match, const csq_search_options *o) {
  sqlite3_bind_text(s, 1, match, -1, SQLITE_STATIC);
  if (o->law)
    sqlite3_bind_text(s, 2, o->law, -1, SQLITE_STATIC);
  if (o->level)
    sqlite3_bind_text(s, 3, o->level, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 4, o->in_force);
}

/* Binds ?5 and ?6 of `s` to the node_keys of the law named (every row
 * when none is named, or no law has that name: the join then finds none). */
static void bind_law_range(sqlite3_stmt *range, sqlite3_stmt *s, const char *law) {
  sqlite3_int64 first = 0, last = INT64_MAX;
  if (law) {
    sqlite3_bind_text(range, 1, law, -1, SQLITE_STATIC);
    if (sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL) {
      first = sqlite3_column_int64(range, 0);
      last = sqlite3_column_int64(range, 1);
    }
    sqlite3_reset(range);
    sqlite3_clear_bindings(range);
  }
  sqlite3_bind_int64(s, 5, first);
  sqlite3_bind_int64(s, 6, last);
}

static csq_status fail_db(sqlite3 *db, csq_error *err) {
  return csq__fail(err, CSQ_IO, NULL, -1, "search: %s", sqlite3_errmsg(db));
}

/* Reads a candidate's row. */
static csq_status fill_hit(sqlite3_stmt *d, long long key, hit *x, csq_error *err) {
  memset(x, 0, sizeof *x);
  sqlite3_bind_int64(d, 1, key);
  int rc = sqlite3_step(d);
  if (rc == SQLITE_ROW) {
    x->law_id = dup_col(d, 0);
    x->law_name = dup_col(d, 1);
    x->eid = dup_col(d, 2);
    x->cite = dup_col(d, 3);
    x->kind = dup_col(d, 4);
    x->text = dup_col(d, 5);
  }
  sqlite3_reset(d);
  if (rc != SQLITE_ROW)
    return csq__fail(err, CSQ_IO, NULL, -1, "search: node %lld has no row", key);
  if (!x->law_id || !x->law_name || !x->eid || !x->cite || !x->kind || !x->text) {
    hit_release(x);
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  }
  return CSQ_OK;
}

/* The boosts: headings count half; hits that all fall on word boundaries
 * count half as much again. */
enum { BOOST_NUM = 3, BOOST_DEN = 2 };

/* The best `want` scores so far, best first: the last is the bar a
 * candidate must clear to enter the page. */
typedef struct top_scores {
  double score[512];
  size_t count, want;
} top_scores;

/* Adds a score; returns the bar (0 while fewer than `want` are known). */
static double top_add(top_scores *top, double score) {
  size_t j;
  if (top->count < top->want)
    j = top->count++;
  else if (score > top->score[top->want - 1])
    j = top->want - 1;
  else
    return top->score[top->want - 1];
  top->score[j] = score;
  for (; j > 0 && top->score[j] > top->score[j - 1]; j--) {
    double t = top->score[j];
    top->score[j] = top->score[j - 1];
    top->score[j - 1] = t;
  }
  return top->count == top->want ? top->score[top->want - 1] : 0;
}

enum { Q_RANK_ALL, Q_RANK_FILTERED, Q_DETAILS, Q_LAW_RANGE, Q_COUNT };

struct csq_search_cache {
  sqlite3_stmt *stmt[Q_COUNT];
  UBreakIterator *words; /* dictionary-based, for the word-boundary boost */
  csq_ranker *ranker;    /* the connection's; borrowed */
};

void csq__search_cache_free(csq_search_cache *cache) {
  if (!cache)
    return;
  for (int i = 0; i < Q_COUNT; i++)
    sqlite3_finalize(cache->stmt[i]);
  ubrk_close(cache->words);
  free(cache);
}

static csq_status cache_new(sqlite3 *db, csq_search_cache **out, csq_error *err) {
  static const char *const SQL[Q_COUNT] = {RANK_ALL, RANK_FILTERED, DETAILS, LAW_RANGE};
  csq_search_cache *cache = calloc(1, sizeof *cache);
  if (!cache)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  /* The ranking function first: the statements name it. */
  csq_status st = csq__rank_register(db, &cache->ranker, err);
  for (int i = 0; st == CSQ_OK && i < Q_COUNT; i++)
    if (sqlite3_prepare_v3(db, SQL[i], -1, SQLITE_PREPARE_PERSISTENT, &cache->stmt[i], NULL) !=
        SQLITE_OK)
      st = fail_db(db, err);
  UErrorCode e = U_ZERO_ERROR;
  if (st == CSQ_OK) {
    cache->words = ubrk_open(UBRK_WORD, "zh", NULL, 0, &e);
    if (U_FAILURE(e))
      st = csq__fail(err, CSQ_INTERNAL, NULL, -1, "ICU word break: %s", u_errorName(e));
  }
  if (st != CSQ_OK) {
    csq__search_cache_free(cache);
    return st;
  }
  *out = cache;
  return CSQ_OK;
}

/* Puts a statement back for the next search. */
static void done_with(sqlite3_stmt *s) {
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
}

/* The best-scored hits by bm25: a min-heap of `cap`, the worst on top. */
typedef struct candidate {
  long long key;
  double bm25;
} candidate;

typedef struct candidates {
  candidate *items;
  size_t count, cap;
} candidates;

static void sift_down(candidates *c, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < c->count && c->items[l].bm25 < c->items[m].bm25)
      m = l;
    if (r < c->count && c->items[r].bm25 < c->items[m].bm25)
      m = r;
    if (m == i)
      return;
    candidate t = c->items[i];
    c->items[i] = c->items[m];
    c->items[m] = t;
    i = m;
  }
}

static void candidates_add(candidates *c, long long key, double bm25) {
  if (c->count == c->cap) {
    if (bm25 <= c->items[0].bm25)
      return;
    c->items[0] = (candidate){key, bm25};
    sift_down(c, 0);
    return;
  }
  size_t i = c->count++;
  c->items[i] = (candidate){key, bm25};
  while (i > 0 && c->items[(i - 1) / 2].bm25 > c->items[i].bm25) {
    candidate t = c->items[i];
    c->items[i] = c->items[(i - 1) / 2];
    c->items[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

static int by_bm25(const void *a, const void *b) {
  double x = ((const candidate *)a)->bm25, y = ((const candidate *)b)->bm25;
  return x < y ? 1 : x > y ? -1 : 0;
}

/* Scores every hit and keeps the best `cands->cap`, best first; *total is
 * the number of hits. */
static csq_status rank_hits(sqlite3 *db, csq_search_cache *cache, const char *match,
                            const csq_search_options *o, candidates *cands, size_t *total,
                            csq_error *err) {
  int filtered = o->law || o->level || o->in_force;
  sqlite3_stmt *s = cache->stmt[filtered ? Q_RANK_FILTERED : Q_RANK_ALL];
  bind_filters(s, match, o);
  if (filtered)
    bind_law_range(cache->stmt[Q_LAW_RANGE], s, o->law);
  int rc;
  size_t seen = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    seen++;
    candidates_add(cands, sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1));
  }
  done_with(s);
  if (rc != SQLITE_DONE)
    return fail_db(db, err);
  /* A query of one phrase was scored without its idf, the same for every
   * hit: multiplying it in now keeps the order and gives bm25's values. */
  double scale = filtered ? 1.0 : csq__rank_scale(cache->ranker, (double)seen);
  for (size_t i = 0; i < cands->count; i++)
    cands->items[i].bm25 *= scale;
  qsort(cands->items, cands->count, sizeof *cands->items, by_bm25);
  *total = seen;
  return CSQ_OK;
}

/* Reads the candidates best bm25 first, boosts them, and keeps what can
 * still reach the page. Once even the largest boost could not lift one
 * above the page's bar, no later one can: the rest are not read. */
static csq_status boost_candidates(csq_search_cache *cache, const candidates *cands, const terms *t,
                                   size_t want, hit *items, size_t *count, csq_error *err) {
  sqlite3_stmt *d = cache->stmt[Q_DETAILS];
  top_scores *top = want <= 512 ? calloc(1, sizeof *top) : NULL;
  if (top)
    top->want = want;
  double threshold = 0;
  csq_status st = CSQ_OK;
  *count = 0;
  for (size_t i = 0; st == CSQ_OK && i < cands->count; i++) {
    double bm25 = cands->items[i].bm25;
    if (top && bm25 * BOOST_NUM / BOOST_DEN < threshold)
      break;
    st = fill_hit(d, cands->items[i].key, &items[*count], err);
    if (st != CSQ_OK)
      break;
    hit *x = &items[(*count)++];
    x->score = bm25 * (is_heading_kind(x->kind) ? 0.5 : 1.0);
    /* The word-boundary boost is worth computing only where it matters. */
    if (x->score * BOOST_NUM / BOOST_DEN >= threshold &&
        on_word_boundaries(cache->words, x->text, t))
      x->score = x->score * BOOST_NUM / BOOST_DEN;
    if (top)
      threshold = top_add(top, x->score);
  }
  free(top);
  done_with(d);
  return st;
}

/* Marks the hits of the page's texts: a pass over each text, so only for
 * the page. */
static csq_status add_snippets(hit *items, size_t count, const terms *t,
                               const csq_search_options *o, csq_error *err) {
  needles *nd = malloc(sizeof *nd);
  if (!nd)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  collect_needles(t, o->exact, nd);
  csq_status st = CSQ_OK;
  for (size_t i = 0; i < count && st == CSQ_OK; i++) {
    items[i].snippet = make_snippet(items[i].text, nd, o->mark_open ? o->mark_open : "«",
                                    o->mark_close ? o->mark_close : "»");
    if (!items[i].snippet)
      st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  }
  free(nd);
  return st;
}

static csq_status run_query(sqlite3 *db, csq_search_cache *cache, const char *match, const terms *t,
                            const csq_search_options *o, csq_hits *h, csq_error *err) {
  size_t limit = o->limit ? o->limit : 10, want = o->offset + limit;
  /* The boosts reorder the best bm25 scores only so far: four times the
   * page and fifty more are read. (Pages deeper than 512 places read every
   * candidate.) */
  size_t cap = want * 4 + 50;
  candidates cands = {calloc(cap, sizeof(candidate)), 0, cap};
  hit *items = calloc(cap, sizeof *items);
  size_t count = 0, total = 0;
  csq_status st =
      cands.items && items ? CSQ_OK : csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  if (st == CSQ_OK)
    st = rank_hits(db, cache, match, o, &cands, &total, err);
  if (st == CSQ_OK)
    st = boost_candidates(cache, &cands, t, want, items, &count, err);
  free(cands.items);
  if (items)
    qsort(items, count, sizeof *items, by_score);
  /* Keep the page; release the rest. */
  size_t first = o->offset < count ? o->offset : count;
  size_t last = first + limit < count ? first + limit : count;
  if (st != CSQ_OK)
    first = last = 0;
  for (size_t i = 0; i < count; i++)
    if (i < first || i >= last)
      hit_release(&items[i]);
  if (first && last > first)
    memmove(items, items + first, (last - first) * sizeof *items);
  h->items = items;
  h->count = last - first;
  h->total = total;
  if (st == CSQ_OK)
    st = add_snippets(items, h->count, t, o, err);
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
  if (st == CSQ_OK)
    st = csq__rank_write_lengths(db, err);
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
  /* A database keeps its statements between searches; the throw-away one
   * in memory takes its own. */
  csq_search_cache *local = NULL, **cache = store ? csq__store_search_cache(store) : &local;
  if (st == CSQ_OK && !*cache)
    st = cache_new(db, cache, err);
  csq_hits *h = st == CSQ_OK ? calloc(1, sizeof *h) : NULL;
  if (st == CSQ_OK && !h)
    st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  /* One read transaction for every statement of the search: each on its
   * own would take and drop the file lock and check the file again. */
  int in_transaction = st == CSQ_OK && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  if (st == CSQ_OK)
    st = run_query(db, *cache, match.data, &t, o, h, err);
  if (in_transaction)
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  csq__search_cache_free(local);
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
