/*
 * match.c — csq_match(nodes_fts, map, k1, b, rarity), the FTS5 function a ranked
 * search reads each hit with (query/collect.c): a csq__match, left in the
 * ranker for the caller (its relevance is also the function's value), of
 *
 *  - its relevance: for each term, bm25's saturation of how often its
 *    phrases stand in the row, tf (k1 + 1) / (tf + k1 (1 − b + b · length /
 *    mean length)), divided by k1 + 1 so that it lies between 0 and 1, summed
 *    over the terms (no idf: every hit holds every term; map[k] names the
 *    term of phrase k, 'A' + term, '-' for one excluded);
 *  - which terms it holds (a search for some of the terms ranks those that
 *    hold every one first) and, when `rarity` is 1, how rare each term is:
 *    its idf, as bm25 has it, over the rows that hold any of its phrases
 *    (counted once, on the first row: a search for some of the terms
 *    ranks one that holds 酒駕 before one that holds 罰鍰);
 *  - its priors and the hash of its text, from node_priors (priors.c).
 *
 * The length comes from the priors too (their high byte, as fts_lengths
 * writes it), so a hit costs one read of node_priors, a row of 500 at a
 * time; a row without priors asks FTS5 for its length.
 */
#include <math.h>
#include <string.h>

#include "store/store.h"

typedef struct match_query {
  csq__priors priors;
  double avg_length, k1, b;
  double decoded[256]; /* length byte → tokens */
  int phrases;
  double idf[32]; /* of each term, with `rarity` */
  int rarity;
  signed char term[]; /* of each phrase, or −1 */
} match_query;

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *n) {
  (void)api;
  (void)fts;
  ++*(sqlite3_int64 *)n;
  return SQLITE_OK;
}

/* Each term's idf, ln((N − n + 0.5) / (n + 0.5) + 1), n the rows that hold
 * one of its phrases (summed over them: a row holding two is counted
 * twice, which moves a rare term's idf little). */
static int count_idf(const Fts5ExtensionApi *api, Fts5Context *fts, match_query *q,
                     sqlite3_int64 rows) {
  sqlite3_int64 n[32] = {0};
  for (int i = 0; i < q->phrases; i++) {
    int rc = q->term[i] >= 0 ? api->xQueryPhrase(fts, i, &n[q->term[i]], count_row) : SQLITE_OK;
    if (rc != SQLITE_OK)
      return rc;
  }
  for (int t = 0; t < 32; t++)
    q->idf[t] = log(((double)rows - (double)n[t] + 0.5) / ((double)n[t] + 0.5) + 1);
  q->rarity = 1;
  return SQLITE_OK;
}

static void match_query_free(void *p) {
  match_query *q = p;
  if (q)
    csq__priors_close(&q->priors);
  sqlite3_free(q);
}

/* The first row: the query's constants, and the term of each phrase, in
 * *out; an SQLite result code. */
static int match_query_new(const Fts5ExtensionApi *api, Fts5Context *fts, int argc,
                           sqlite3_value **argv, match_query **out) {
  int phrases = api->xPhraseCount(fts);
  match_query *q = sqlite3_malloc64(sizeof *q + (size_t)phrases + 1);
  *out = NULL;
  if (!q)
    return SQLITE_NOMEM;
  memset(q, 0, sizeof *q);
  q->priors.db = csq__rank_db(api->xUserData(fts));
  q->priors.chunk = -1;
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK)
    rc = api->xColumnTotalSize(fts, 0, &tokens);
  q->avg_length = rows && tokens ? (double)tokens / (double)rows : 1;
  q->k1 = argc > 1 ? sqlite3_value_double(argv[1]) : 1.2;
  q->b = argc > 2 ? sqlite3_value_double(argv[2]) : 0.75;
  for (int i = 0; i < 256; i++)
    q->decoded[i] = csq__rank_decode_length(i);
  const char *map = argc > 0 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
  size_t n = map ? strlen(map) : 0;
  q->phrases = phrases;
  for (int i = 0; i < phrases; i++)
    q->term[i] =
        (signed char)((size_t)i < n && map[i] >= 'A' && map[i] < 'A' + 32 ? map[i] - 'A' : -1);
  if (rc == SQLITE_OK && argc > 3 && sqlite3_value_int(argv[3]))
    rc = count_idf(api, fts, q, rows);
  if (rc != SQLITE_OK) {
    match_query_free(q);
    return rc;
  }
  *out = q;
  return SQLITE_OK;
}

static void match(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc,
                  sqlite3_value **argv) {
  match_query *q = api->xGetAuxdata(fts, 0);
  if (!q) {
    int rc = match_query_new(api, fts, argc, argv, &q);
    if (rc == SQLITE_OK)
      rc = api->xSetAuxdata(fts, q, match_query_free); /* frees q when it fails */
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  sqlite3_int64 key = api->xRowid(fts);
  csq__match *out = csq__rank_match(api->xUserData(fts));
  csq__match m = {0, 0, q->rarity ? q->idf : NULL, csq__priors_at(&q->priors, key),
                  csq__priors_text_hash(&q->priors, key)};
  if (q->priors.failed) { /* the disk failed: the statement fails, not the ranking */
    sqlite3_result_error_code(ctx, q->priors.failed);
    return;
  }
  int byte = (int)(m.priors >> CSQ_PRIOR_LENGTH_SHIFT);
  double length = q->decoded[byte];
  if (!byte) {
    int tokens = 0;
    api->xColumnSize(fts, 0, &tokens);
    length = tokens;
  }
  double norm = q->k1 * (1 - q->b + q->b * length / q->avg_length);
  int tf[32] = {0};
  for (int i = 0; i < q->phrases; i++) {
    int term = q->term[i], column, offset;
    if (term < 0)
      continue;
    Fts5PhraseIter it;
    for (api->xPhraseFirst(fts, i, &it, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset))
      tf[term]++;
  }
  for (int t = 0; t < 32; t++)
    if (tf[t]) {
      m.relevance += tf[t] / (tf[t] + norm);
      m.terms |= 1u << t;
    }
  *out = m;
  sqlite3_result_double(ctx, m.relevance);
}

csq_status csq__match_register(csq_ranker *r, csq_error *err) {
  fts5_api *api = csq__rank_api(r);
  if (api->xCreateFunction(api, "csq_match", r, match, NULL) != SQLITE_OK)
    return csq__db_fail(csq__rank_db(r), NULL, "registering the ranking function", err);
  return CSQ_OK;
}
