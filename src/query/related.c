/*
 * related.c — provisions a search finds through one it found or through a
 * term: those that define a term beginning with one of its forms (the index
 * of defined terms), and those that cite a provision found (the index of
 * citations: 前項 of it, its 施行細則).
 */
#include <string.h>

#include "query/searching.h"

/* The provisions that define a term beginning with one of a term's forms
 * (營業秘密: 本法所稱營業秘密，係指…), by the index of defined terms. */
csq_status csq__find_defining(csq__search *s, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_DEFINING, &q, err);
  for (size_t i = 0; st == CSQ_OK && i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; st == CSQ_OK && (s->positive >> i & 1) && k < t->alt_count; k++) {
      char upto[sizeof t->alt[0] + 1];
      snprintf(upto, sizeof upto, "%s\xff", t->alt[k]);
      sqlite3_bind_text(q, 1, t->alt[k], -1, SQLITE_STATIC);
      sqlite3_bind_text(q, 2, upto, -1, SQLITE_STATIC);
      int rc;
      while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (csq__u64map_put(&s->defining, (uint64_t)sqlite3_column_int64(q, 0), 1) != 0)
          st = csq__oom(err);
      sqlite3_reset(q);
      if (st == CSQ_OK && rc != SQLITE_DONE)
        st = csq__db_fail(s->sr->db, NULL, "search", err);
    }
  }
  return st;
}

csq_status csq__each_citing(csq__search *s, sqlite3_int64 key, double relevance,
                            void (*each)(void *ctx, sqlite3_int64 key, double relevance), void *ctx,
                            csq_error *err) {
  sqlite3_stmt *id = NULL, *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_NODE_ID, &id, err);
  if (st == CSQ_OK)
    st = csq__searcher_stmt(s->sr, CSQ__Q_CITING, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_int64(id, 1, key);
  int rc = sqlite3_step(id);
  if (rc == SQLITE_ROW) {
    const char *eid = (const char *)sqlite3_column_text(id, 1);
    const char *cut = eid ? strstr(eid, "__") : NULL; /* its article: art_157 */
    sqlite3_bind_value(q, 1, sqlite3_column_value(id, 0));
    sqlite3_bind_text(q, 2, eid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 3, eid, cut ? (int)(cut - eid) : -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
      if (sqlite3_column_int64(q, 0) != key)
        each(ctx, sqlite3_column_int64(q, 0), relevance);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
  }
  sqlite3_reset(id);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? CSQ_OK
                                               : csq__db_fail(s->sr->db, NULL, "search", err);
}
