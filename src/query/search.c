/*
 * search.c — full-text search over the text of every provision: the
 * user's terms (terms.c) are matched by FTS5, ranked by bm25 (rank.c) and
 * then boosted where the hits fall on ICU word boundaries and in article
 * text; the page's hits get their snippets (snippet.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "query/query.h"

typedef csq__terms terms;

typedef struct hit {
  char *law_id, *law_name, *eid, *cite, *kind, *snippet, *text;
  double score;
} hit;

struct csq_hits {
  const csq_mem *mem;
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

static void hit_release(const csq_mem *mem, hit *x) {
  csq__free(mem, x->law_id);
  csq__free(mem, x->law_name);
  csq__free(mem, x->eid);
  csq__free(mem, x->cite);
  csq__free(mem, x->kind);
  csq__free(mem, x->snippet);
  csq__free(mem, x->text);
}

void csq_hits_free(csq_hits *h) {
  if (!h)
    return;
  for (size_t i = 0; i < h->count; i++)
    hit_release(h->mem, &h->items[i]);
  csq__free(h->mem, h->items);
  csq__free(h->mem, h);
}

/* ---- ranking --------------------------------------------------------------- */

/* Whether every occurrence of the positive terms in text starts and ends on
 * an ICU word boundary (dictionary-based for Chinese): 資通安全 in
 * 「資通安全事件」 does, 通安 does not. -1 when out of memory. */
static int on_word_boundaries(const csq_mem *mem, UBreakIterator *bi, const char *text,
                              const terms *t) {
  UErrorCode e = U_ZERO_ERROR;
  if (!bi)
    return 0;
  int32_t n = 0;
  u_strFromUTF8(NULL, 0, &n, text, -1, &e);
  if (n == 0 || n > 20000)
    return 0;
  UChar *u = csq__calloc(mem, (size_t)n + 1, sizeof *u);
  if (!u)
    return -1;
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
  csq__free(mem, u);
  return all && found;
}

static int by_score(const void *a, const void *b) {
  double x = ((const hit *)a)->score, y = ((const hit *)b)->score;
  return x < y ? 1 : x > y ? -1 : 0;
}

/* ---- running it ---------------------------------------------------------------- */

static char *dup_col(const csq_mem *mem, sqlite3_stmt *s, int i) {
  return csq__strdup(mem, csq__db_text(s, i));
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

static csq_status fail_db(sqlite3 *db, csq_error *err) {
  return csq__db_fail(db, NULL, "search", err);
}

/* Binds ?5 and ?6 of `s` to the node_keys of the law named (every row
 * when none is named); CSQ_NOT_FOUND when no law has that name, rather
 * than a search that finds nothing. */
static csq_status bind_law_range(sqlite3 *db, sqlite3_stmt *range, sqlite3_stmt *s, const char *law,
                                 csq_error *err) {
  sqlite3_int64 first = 0, last = INT64_MAX;
  int rc = SQLITE_ROW;
  if (law) {
    sqlite3_bind_text(range, 1, law, -1, SQLITE_STATIC);
    rc = sqlite3_step(range);
    int none = rc == SQLITE_ROW && sqlite3_column_type(range, 0) == SQLITE_NULL;
    if (rc == SQLITE_ROW && !none) {
      first = sqlite3_column_int64(range, 0);
      last = sqlite3_column_int64(range, 1);
    }
    sqlite3_reset(range);
    sqlite3_clear_bindings(range);
    if (none)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                       "no law named %s is stored (csquery laws lists the laws)", law);
  }
  sqlite3_bind_int64(s, 5, first);
  sqlite3_bind_int64(s, 6, last);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? CSQ_OK : fail_db(db, err);
}

/* Reads a candidate's row. */
static csq_status fill_hit(const csq_mem *mem, sqlite3_stmt *d, long long key, hit *x,
                           csq_error *err) {
  memset(x, 0, sizeof *x);
  sqlite3_bind_int64(d, 1, key);
  int rc = sqlite3_step(d);
  if (rc == SQLITE_ROW) {
    x->law_id = dup_col(mem, d, 0);
    x->law_name = dup_col(mem, d, 1);
    x->eid = dup_col(mem, d, 2);
    x->cite = dup_col(mem, d, 3);
    x->kind = dup_col(mem, d, 4);
    x->text = dup_col(mem, d, 5);
  }
  csq_status st = rc == SQLITE_ROW ? CSQ_OK
                  : rc == SQLITE_DONE
                      ? csq__fail(err, CSQ_BAD_DB, NULL, -1,
                                  "search: node %lld is indexed but has no row: the database is "
                                  "damaged; build it again with csquery import",
                                  key)
                      : fail_db(sqlite3_db_handle(d), err);
  sqlite3_reset(d);
  if (st == CSQ_OK && (!x->law_id || !x->law_name || !x->eid || !x->cite || !x->kind || !x->text))
    st = csq__oom(err);
  if (st != CSQ_OK)
    hit_release(mem, x);
  return st;
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

/* What search keeps between searches on one connection: its prepared
 * statements and a word break iterator (costly to open), and the
 * connection itself when it is a database made in memory. */
struct csq__searcher {
  const csq_mem *mem;
  sqlite3 *db;
  int owns_db; /* a database in memory for the laws of a corpus */
  sqlite3_stmt *stmt[Q_COUNT];
  UBreakIterator *words; /* dictionary-based, for the word-boundary boost */
  csq_ranker *ranker;    /* the connection's; borrowed */
};

typedef csq__searcher csq_search_cache;

void csq__searcher_free(csq_search_cache *cache) {
  if (!cache)
    return;
  for (int i = 0; i < Q_COUNT; i++)
    sqlite3_finalize(cache->stmt[i]);
  ubrk_close(cache->words);
  if (cache->owns_db)
    sqlite3_close(cache->db);
  csq__free(cache->mem, cache);
}

static csq_status cache_new(const csq_mem *mem, sqlite3 *db, int owns_db, csq_search_cache **out,
                            csq_error *err) {
  static const char *const SQL[Q_COUNT] = {RANK_ALL, RANK_FILTERED, DETAILS, LAW_RANGE};
  csq_search_cache *cache = csq__calloc(mem, 1, sizeof *cache);
  if (!cache) {
    if (owns_db)
      sqlite3_close(db);
    return csq__oom(err);
  }
  cache->mem = mem;
  cache->db = db;
  cache->owns_db = owns_db;
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
      st =
          csq__fail_cause(err, CSQ_ICU, e, NULL, -1, "ICU word break iterator: %s", u_errorName(e));
  }
  if (st != CSQ_OK) {
    csq__searcher_free(cache);
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
  csq_status st = filtered ? bind_law_range(db, cache->stmt[Q_LAW_RANGE], s, o->law, err) : CSQ_OK;
  if (st != CSQ_OK)
    return st;
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
  top_scores *top = want <= 512 ? csq__calloc(cache->mem, 1, sizeof *top) : NULL;
  if (top)
    top->want = want;
  double threshold = 0;
  csq_status st = want <= 512 && !top ? csq__oom(err) : CSQ_OK;
  *count = 0;
  for (size_t i = 0; st == CSQ_OK && i < cands->count; i++) {
    double bm25 = cands->items[i].bm25;
    if (top && bm25 * BOOST_NUM / BOOST_DEN < threshold)
      break;
    st = fill_hit(cache->mem, d, cands->items[i].key, &items[*count], err);
    if (st != CSQ_OK)
      break;
    hit *x = &items[(*count)++];
    x->score = bm25 * (is_heading_kind(x->kind) ? 0.5 : 1.0);
    /* The word-boundary boost is worth computing only where it matters. */
    int boundaries = x->score * BOOST_NUM / BOOST_DEN >= threshold
                         ? on_word_boundaries(cache->mem, cache->words, x->text, t)
                         : 0;
    if (boundaries < 0)
      st = csq__oom(err);
    else if (boundaries)
      x->score = x->score * BOOST_NUM / BOOST_DEN;
    if (top)
      threshold = top_add(top, x->score);
  }
  csq__free(cache->mem, top);
  done_with(d);
  return st;
}

/* Marks the hits of the page's texts: a pass over each text, so only for
 * the page. */
static csq_status add_snippets(const csq_mem *mem, hit *items, size_t count, const terms *t,
                               const csq_search_options *o, csq_error *err) {
  csq__needles *nd = csq__calloc(mem, 1, sizeof *nd);
  if (!nd)
    return csq__oom(err);
  csq__terms_needles(t, o->exact, nd);
  csq_status st = CSQ_OK;
  for (size_t i = 0; i < count && st == CSQ_OK; i++) {
    items[i].snippet = csq__snippet(mem, items[i].text, nd, o->mark_open ? o->mark_open : "«",
                                    o->mark_close ? o->mark_close : "»");
    if (!items[i].snippet)
      st = csq__oom(err);
  }
  csq__free(mem, nd);
  return st;
}

static csq_status run_query(sqlite3 *db, csq_search_cache *cache, const char *match, const terms *t,
                            const csq_search_options *o, csq_hits *h, csq_error *err) {
  const csq_mem *mem = cache->mem;
  size_t limit = o->limit ? o->limit : 10, want = o->offset + limit;
  /* The boosts reorder the best bm25 scores only so far: four times the
   * page and fifty more are read. (Pages deeper than 512 places read every
   * candidate.) */
  size_t cap = want * 4 + 50;
  candidates cands = {csq__calloc(mem, cap, sizeof(candidate)), 0, cap};
  hit *items = csq__calloc(mem, cap, sizeof *items);
  size_t count = 0, total = 0;
  csq_status st = cands.items && items ? CSQ_OK : csq__oom(err);
  if (st == CSQ_OK)
    st = rank_hits(db, cache, match, o, &cands, &total, err);
  if (st == CSQ_OK)
    st = boost_candidates(cache, &cands, t, want, items, &count, err);
  csq__free(mem, cands.items);
  if (items)
    qsort(items, count, sizeof *items, by_score);
  /* Keep the page; release the rest. */
  size_t first = o->offset < count ? o->offset : count;
  size_t last = first + limit < count ? first + limit : count;
  if (st != CSQ_OK)
    first = last = 0;
  for (size_t i = 0; i < count; i++)
    if (i < first || i >= last)
      hit_release(mem, &items[i]);
  if (first && last > first)
    memmove(items, items + first, (last - first) * sizeof *items);
  h->items = items;
  h->count = last - first;
  h->total = total;
  if (st == CSQ_OK)
    st = add_snippets(mem, items, h->count, t, o, err);
  return st;
}

/* Without a database: a throw-away one in memory, holding the laws of the
 * corpus (the built-in corpus is a few kilobytes). */
static csq_status memory_db(const csq_corpus *corpus, sqlite3 **out, csq_error *err) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    csq_status st = csq__db_fail(db, ":memory:", "opening a database in memory", err);
    sqlite3_close(db);
    return st;
  }
  csq__writer *w = NULL;
  csq_status st = csq__store_create_schema(db, err);
  if (st == CSQ_OK)
    st = csq__writer_new(db, csq__corpus_mem(corpus), NULL, &w, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    st = csq__writer_law(w, csq_corpus_law_at(corpus, i), err);
  csq__writer_free(w);
  if (st == CSQ_OK)
    st = csq__rank_write_lengths(db, err);
  if (st != CSQ_OK) {
    sqlite3_close(db);
    return st;
  }
  *out = db;
  return CSQ_OK;
}

/* The searcher of the library's database, made once; without a database,
 * one over the laws in memory for this search alone (the corpus may grow
 * between searches). */
static csq_status searcher_for(csq_library *lib, csq_search_cache **out, int *local,
                               csq_error *err) {
  *local = !lib->db;
  if (lib->db && lib->searcher) {
    *out = lib->searcher;
    return CSQ_OK;
  }
  sqlite3 *db = lib->db ? lib->db->db : NULL;
  csq_status st = db ? CSQ_OK : memory_db(lib->corpus, &db, err);
  if (st == CSQ_OK)
    st = cache_new(lib->mem, db, !lib->db, out, err);
  if (st == CSQ_OK && lib->db)
    lib->searcher = *out;
  return st;
}

csq_status csq_search(csq_library *lib, const char *query, const csq_search_options *options,
                      csq_hits **out, csq_error *err) {
  csq_search_options defaults = {0};
  const csq_search_options *o = options ? options : &defaults;
  terms t;
  csq_buf match = {.mem = lib->mem};
  csq_search_cache *cache = NULL;
  int local = 0;
  csq_status st = csq__check_query(query, "the search", err);
  if (st == CSQ_OK)
    st = csq__check_query(o->law, "the law", err);
  if (st == CSQ_OK)
    st = csq__check_query(o->level, "the level", err);
  if (st == CSQ_OK)
    st = csq__check_query(o->mark_open, "the opening mark", err);
  if (st == CSQ_OK)
    st = csq__check_query(o->mark_close, "the closing mark", err);
  if (st == CSQ_OK)
    st = csq__terms_split(query, &t, err);
  if (st == CSQ_OK)
    st = csq__terms_match(&t, o->exact, &match, err);
  if (st == CSQ_OK)
    st = searcher_for(lib, &cache, &local, err);
  csq_hits *h = st == CSQ_OK ? csq__calloc(lib->mem, 1, sizeof *h) : NULL;
  if (st == CSQ_OK && !h)
    st = csq__oom(err);
  if (h)
    h->mem = lib->mem;
  /* One read transaction for every statement of the search: each on its
   * own would take and drop the file lock and check the file again. */
  int in_transaction =
      st == CSQ_OK && sqlite3_exec(cache->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  if (st == CSQ_OK)
    st = run_query(cache->db, cache, match.data, &t, o, h, err);
  if (in_transaction)
    sqlite3_exec(cache->db, "COMMIT", NULL, NULL, NULL);
  if (local)
    csq__searcher_free(cache);
  csq__buf_free(&match);
  if (st != CSQ_OK) {
    csq_hits_free(h);
    return st;
  }
  *out = h;
  return CSQ_OK;
}
