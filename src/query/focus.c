/*
 * focus.c — the law a search is about. Of the provisions found, the ones
 * that rank first crowd into the laws that govern the matter: for 積欠工資
 * 墊償, 勞動基準法 and 積欠工資墊償基金提繳及墊償管理辦法 hold most of the
 * first hundred, while a law that holds the words once (a subsidy rule's
 * list of costs) holds one. A hit among the first `law_focus_pool` weighs
 * (1 + n)^law_focus, n the hits of its law among them.
 *
 * Over the judged needs (tests/data/search/), a hit in the top ten is core
 * for 14 % of those whose law holds one of the first three hundred and for
 * 53 % of those whose law holds thirty or more: the relevance of one
 * provision does not see it.
 *
 * The first `law_focus_pool` are the same whatever page is asked for (the
 * heap holds that many at the least: search.c), and no hit below them is
 * raised, so a hit left out of the heap could never have reached the page.
 */
#include <math.h>

#include "query/searching.h"

/* The law_key of each of the first n candidates, -1 for one of none. */
static csq_status read_laws(csq__search *s, size_t n, sqlite3_int64 *law, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_LAW_KEY, &q, err);
  for (size_t i = 0; st == CSQ_OK && i < n; i++) {
    sqlite3_bind_int64(q, 1, s->heap[i].key);
    int rc = sqlite3_step(q);
    law[i] = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      st = csq__db_fail(s->sr->db, NULL, "search", err);
  }
  return st;
}

csq_status csq__law_focus(csq__search *s, csq_error *err) {
  double power = s->w->v[CSQ__W_LAW_FOCUS];
  size_t pool = (size_t)s->w->v[CSQ__W_LAW_FOCUS_POOL];
  if (s->o->exact || power == 0 || pool == 0)
    return CSQ_OK;
  if (pool > s->count)
    pool = s->count;
  sqlite3_int64 *law = csq__calloc(s->mem, pool + 1, sizeof *law);
  csq_status st = law ? read_laws(s, pool, law, err) : csq__oom(err); /* the heap: best first */
  for (size_t i = 0; st == CSQ_OK && i < pool; i++) {
    size_t hits = 0;
    for (size_t j = 0; j < pool; j++) /* a hundred at most: counted in place */
      hits += law[j] == law[i];
    if (law[i] < 0)
      continue;
    s->heap[i].focus = (unsigned short)hits;
    s->heap[i].score *= pow(1.0 + (double)hits, power);
  }
  csq__free(s->mem, law);
  return st;
}
