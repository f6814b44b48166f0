/*
 * rank.c — how an exact search scores a hit: bm25, as FTS5's own bm25()
 * computes it, without a database lookup per hit (csq_bm25). A ranked search
 * scores with csq_match (match.c), from the same lengths.
 *
 * bm25 needs the length of every matching provision. FTS5's bm25() reads it
 * from the index's docsize table, one b-tree lookup a hit: with a thousand
 * hits that lookup was most of a search's time. So the import writes every
 * provision's length once, one byte each, into fts_lengths (docs/database.md)
 * in rows of CHUNK provisions; the ranking function csq_bm25 reads a row when
 * a hit falls in it, and the hits, which come in rowid order, mostly fall in
 * the row read last. Only the rows that hold hits are read: a command that
 * searches once does not pay for reading every length. Where there is no
 * length (a row added since, or a database from before the table), it asks
 * FTS5.
 *
 * A length is a count of tokens at distinct positions, as FTS5 counts them:
 * a Han character, or a word of letters and digits. Lengths below 128 are
 * stored exactly; longer ones on a logarithmic scale with steps of about
 * 4.4 % (Lucene stores its norms the same way), which moves a long
 * provision's score by at most a few percent.
 *
 * The idf of each phrase is computed as bm25() does, by counting the rows
 * that hold it (xQueryPhrase), which costs a second pass over its hits. A
 * query of one phrase over the whole table needs no such pass: every hit
 * shares the one idf, which does not change the order, and the caller scales
 * the scores by it once the hits are counted (csq__rank_scale).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* FTS5's bm25() constants. */
#define BM25_K1 1.2
#define BM25_B 0.75

/* Lengths from 128 up: 128 · 2^((byte − 128) / STEPS_PER_DOUBLING). */
enum { EXACT_LENGTHS = 128, STEPS_PER_DOUBLING = 16 };

/* Provisions a row of fts_lengths holds: node_keys [chunk · CHUNK,
 * (chunk + 1) · CHUNK). A row of 1 KiB fits a page with three others. */
enum { CHUNK = CSQ_LENGTHS_CHUNK };

struct csq_ranker {
  sqlite3 *db;
  fts5_api *api;       /* the connection's FTS5, looked up once */
  double decoded[256]; /* byte → length */
  double rows;         /* the table's row count, as the last query saw it */
  int idf_left_out;    /* the last query's scores lack their one idf */
  csq__match match;    /* what csq_match read of the row last stepped to (match.c) */
};

csq__match *csq__rank_match(csq_ranker *r) { return &r->match; }
sqlite3 *csq__rank_db(const csq_ranker *r) { return r->db; }
fts5_api *csq__rank_api(const csq_ranker *r) { return r->api; }

static unsigned char encode_length(uint64_t tokens) {
  if (tokens < EXACT_LENGTHS)
    return (unsigned char)tokens;
  double step = round(STEPS_PER_DOUBLING * log2((double)tokens / EXACT_LENGTHS));
  return (unsigned char)(EXACT_LENGTHS + (step > 127 ? 127 : step));
}

double csq__rank_decode_length(int byte) {
  if (byte < EXACT_LENGTHS)
    return byte;
  return EXACT_LENGTHS * exp2((double)(byte - EXACT_LENGTHS) / STEPS_PER_DOUBLING);
}

/* ---- writing the lengths (at the end of an import) ---------------------- */

/* A varint as SQLite and FTS5 write them: big-endian groups of seven bits,
 * the high bit saying another byte follows; a ninth byte holds eight bits.
 * FTS5's docsize table keeps one a column. */
static uint64_t read_varint(const unsigned char *p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n && i < 9; i++) {
    if (i == 8)
      return (v << 8) | p[i];
    v = (v << 7) | (p[i] & 0x7f);
    if (!(p[i] & 0x80))
      break;
  }
  return v;
}

/* Reads every row's length from FTS5's docsize table into lengths[]. */
static csq_status read_docsizes(sqlite3 *db, unsigned char *lengths, size_t count, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db, "SELECT id, sz FROM nodes_fts_docsize", -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(db, NULL, "reading the index's lengths", err);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    sqlite3_int64 id = sqlite3_column_int64(s, 0);
    const unsigned char *sz = sqlite3_column_blob(s, 1);
    if (id >= 0 && (size_t)id < count && sz)
      lengths[id] = encode_length(read_varint(sz, sqlite3_column_bytes(s, 1)));
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "reading the index's lengths", err);
}

/* Rewrites fts_lengths, a row a CHUNK of node_keys. */
static csq_status store_lengths(sqlite3 *db, const unsigned char *lengths, size_t count,
                                csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_exec(db,
                        "DROP TABLE IF EXISTS fts_lengths;"
                        " CREATE TABLE fts_lengths(chunk INTEGER PRIMARY KEY,"
                        " lengths BLOB NOT NULL);",
                        NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db, "INSERT INTO fts_lengths VALUES (?1, ?2)", -1, &s, NULL);
  for (size_t first = 0; rc == SQLITE_OK && first < count; first += CHUNK) {
    size_t n = count - first < CHUNK ? count - first : CHUNK;
    sqlite3_bind_int64(s, 1, (sqlite3_int64)(first / CHUNK));
    sqlite3_bind_blob64(s, 2, lengths + first, n, SQLITE_STATIC);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_OK ? CSQ_OK : csq__db_fail(db, NULL, "storing the index's lengths", err);
}

csq_status csq__rank_write_lengths(sqlite3 *db, csq_error *err) {
  sqlite3_stmt *s = NULL;
  sqlite3_int64 max_key = 0;
  if (sqlite3_prepare_v2(db, "SELECT coalesce(max(node_key), 0) FROM nodes", -1, &s, NULL) !=
      SQLITE_OK)
    return csq__db_fail(db, NULL, "reading the index's lengths", err);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    max_key = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW)
    return csq__db_fail(db, NULL, "reading the index's lengths", err);
  size_t count = (size_t)max_key + 1;
  unsigned char *lengths = sqlite3_malloc64(count);
  if (!lengths)
    return csq__oom(err);
  memset(lengths, 0, count);
  csq_status st = read_docsizes(db, lengths, count, err);
  if (st == CSQ_OK)
    st = store_lengths(db, lengths, count, err);
  sqlite3_free(lengths);
  return st;
}

/* ---- the ranking function ------------------------------------------------ */

/* What one query keeps between its rows: the row of fts_lengths read last,
 * the idf of each phrase (1 where the caller scales) and the mean length. */
typedef struct query_stats {
  sqlite3_blob *blob;  /* open on fts_lengths, or NULL */
  sqlite3_int64 chunk; /* the row in `lengths`, or -1 */
  int no_lengths;      /* the database has no fts_lengths */
  int chunk_size;
  unsigned char lengths[CHUNK];
  double avg_length;
  int phrases;
  double idf[];
} query_stats;

static void query_stats_free(void *p) {
  query_stats *q = p;
  if (q)
    sqlite3_blob_close(q->blob);
  sqlite3_free(q);
}

static double idf_of(double rows, double hits) {
  double idf = log((rows - hits + 0.5) / (hits + 0.5));
  return idf > 0 ? idf : 1e-6; /* as bm25(): a phrase in most rows still counts a little */
}

double csq__rank_scale(const csq_ranker *ranker, double hits) {
  return ranker->idf_left_out ? idf_of(ranker->rows, hits) : 1.0;
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx) {
  (void)api;
  (void)fts;
  (*(sqlite3_int64 *)ctx)++;
  return SQLITE_OK;
}

/* How a query's phrases are weighed: bm25's idf of each, or none where the
 * caller multiplies the one idf in. */
typedef enum idf_mode { IDF_EACH, IDF_CALLER_SCALES } idf_mode;

static query_stats *query_stats_new(csq_ranker *r, const Fts5ExtensionApi *api, Fts5Context *fts,
                                    idf_mode mode) {
  int phrases = api->xPhraseCount(fts);
  query_stats *q = sqlite3_malloc64(sizeof *q + (size_t)phrases * sizeof q->idf[0]);
  if (!q)
    return NULL;
  q->blob = NULL;
  q->chunk = -1;
  q->no_lengths = 0;
  q->chunk_size = 0;
  sqlite3_int64 rows = 0, tokens = 0;
  api->xRowCount(fts, &rows);
  api->xColumnTotalSize(fts, 0, &tokens);
  r->rows = (double)rows;
  q->avg_length = rows ? (double)tokens / (double)rows : 1;
  q->phrases = phrases;
  r->idf_left_out = mode == IDF_CALLER_SCALES && phrases == 1;
  for (int i = 0; i < phrases; i++) {
    sqlite3_int64 hits = 0;
    int count = mode == IDF_EACH || (mode == IDF_CALLER_SCALES && !r->idf_left_out);
    if (count)
      api->xQueryPhrase(fts, i, &hits, count_row);
    q->idf[i] = count ? idf_of(r->rows, (double)hits) : 1.0;
  }
  return q;
}

/* Makes the row of fts_lengths holding `chunk` the current one; 0 when it
 * cannot be read (the lengths then come from FTS5). */
static int read_chunk(csq_ranker *r, query_stats *q, sqlite3_int64 chunk) {
  int rc;
  if (q->blob) {
    rc = sqlite3_blob_reopen(q->blob, chunk);
    if (rc != SQLITE_OK) { /* the handle is spent: the next chunk opens anew */
      sqlite3_blob_close(q->blob);
      q->blob = NULL;
    }
  } else {
    rc = sqlite3_blob_open(r->db, "main", "fts_lengths", "lengths", chunk, 0, &q->blob);
    q->no_lengths = rc != SQLITE_OK; /* no table: do not try again for every hit */
  }
  int n = rc == SQLITE_OK ? sqlite3_blob_bytes(q->blob) : 0;
  if (n > CHUNK)
    n = CHUNK;
  if (rc == SQLITE_OK)
    rc = sqlite3_blob_read(q->blob, q->lengths, n, 0);
  q->chunk = rc == SQLITE_OK ? chunk : -1;
  q->chunk_size = rc == SQLITE_OK ? n : 0;
  return rc == SQLITE_OK;
}

static double row_length(csq_ranker *r, query_stats *q, const Fts5ExtensionApi *api,
                         Fts5Context *fts) {
  sqlite3_int64 id = api->xRowid(fts);
  sqlite3_int64 chunk = id >= 0 ? id / CHUNK : -1;
  if (chunk >= 0 && !q->no_lengths && (chunk == q->chunk || read_chunk(r, q, chunk))) {
    int at = (int)(id % CHUNK);
    if (at < q->chunk_size && q->lengths[at])
      return r->decoded[q->lengths[at]];
  }
  int tokens = 0;
  api->xColumnSize(fts, 0, &tokens);
  return tokens;
}

/* csq_bm25(nodes_fts, caller_scales): bm25 of the row, higher is better.
 * With caller_scales = 1 and a query of one phrase, the idf is left out
 * (csq__rank_scale gives it once the hits are counted). */
static void bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc,
                 sqlite3_value **argv) {
  csq_ranker *r = api->xUserData(fts);
  query_stats *q = api->xGetAuxdata(fts, 0);
  if (!q) {
    q = query_stats_new(r, api, fts,
                        argc > 0 && sqlite3_value_int(argv[0]) ? IDF_CALLER_SCALES : IDF_EACH);
    if (!q || api->xSetAuxdata(fts, q, query_stats_free) != SQLITE_OK) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  double norm = BM25_K1 * (1 - BM25_B + BM25_B * row_length(r, q, api, fts) / q->avg_length);
  double score = 0;
  for (int i = 0; i < q->phrases; i++) {
    int tf = 0, column, offset;
    Fts5PhraseIter it;
    for (api->xPhraseFirst(fts, i, &it, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset))
      tf++;
    if (tf)
      score += q->idf[i] * (tf * (BM25_K1 + 1)) / (tf + norm);
  }
  sqlite3_result_double(ctx, score);
}

/* The ranker lives as long as its connection: SQLite's allocator. */
static void ranker_free(void *p) { sqlite3_free(p); }

csq_status csq__rank_register(sqlite3 *db, csq_ranker **out, csq_error *err) {
  fts5_api *api = csq__fts5_api(db);
  csq_ranker *r = sqlite3_malloc64(sizeof *r);
  if (!r)
    return csq__oom(err);
  memset(r, 0, sizeof *r);
  r->db = db;
  r->api = api;
  for (int b = 0; b < 256; b++)
    r->decoded[b] = csq__rank_decode_length(b);
  /* The connection owns r from here: FTS5 frees it when db closes (with
   * the first function; the second borrows it). */
  if (!api || api->xCreateFunction(api, "csq_bm25", r, bm25, ranker_free) != SQLITE_OK) {
    ranker_free(r);
    return csq__db_fail(db, NULL, "registering the ranking function", err);
  }
  *out = r;
  return CSQ_OK;
}
