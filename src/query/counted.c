/*
 * counted.c — how many provisions a search found: each once, however many
 * ways it is found (holding the terms, then as an item of a lead-in that
 * holds them, or as citing one that does), so that every page of a search
 * gives the same total, whether or not it reads both (酒駕 吊銷駕照 gave 130,
 * 132 and 133 as the pages went deeper, when rerank.c took off a provision
 * read twice); and what holds a word the query excludes is left out when
 * it is found, not when a page reads it (勞基法 -工資: 941 … 888).
 */
#include <stdlib.h>

#include "query/searching.h"

/* node_keys are rowids, 1 and up: shifted left one bit they stay in order. */
static int by_key(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a >> 1, y = *(const uint64_t *)b >> 1;
  return (x > y) - (x < y);
}

/* How provision `key` is counted: 0 not, 1 in total, 2 in every too. */
static uint64_t counted_as(csq__search *s, sqlite3_int64 key) {
  uint64_t was = 0;
  if (csq__u64map_get(&s->counted, (uint64_t)key, &was))
    return was;
  if (s->matched_unsorted) { /* FTS5 gives rowids ascending: never so far */
    csq__sort(s->matched.items, s->matched.count, sizeof *s->matched.items, by_key);
    s->matched_unsorted = 0;
  }
  uint64_t want = (uint64_t)key << 1;
  const uint64_t *at = s->matched.count
                           ? bsearch(&want, s->matched.items, s->matched.count, sizeof want, by_key)
                           : NULL;
  return at ? 1 + (*at & 1) : 0;
}

/* Adds a provision newly counted to the tallies `how` names. */
static void tally(csq__search *s, unsigned how) {
  int every = (how & CSQ__FOUND_EVERY) != 0;
  if (how & CSQ__FOUND_ASIDE) {
    s->aside++;
    s->aside_every += every;
    return;
  }
  s->total++;
  s->every += every;
  s->repealed_found += (how & CSQ__FOUND_REPEALED) != 0;
}

/* Counts provision `key` found, once however many ways it is found: in
 * total (and every when it holds every term), or, set aside, in aside. A
 * provision's law is repealed or not, so a key is counted in one or the
 * other. The first pass finds each once: its keys go to a vector, not a map
 * (83,778 of them for 資). -1 when out of memory. */
int csq__count_found(csq__search *s, sqlite3_int64 key, unsigned how) {
  uint64_t every = (how & CSQ__FOUND_EVERY) != 0;
  if (how & CSQ__FOUND_FIRST) {
    tally(s, how);
    if (s->matched.count && (uint64_t)key <= s->matched.items[s->matched.count - 1] >> 1)
      s->matched_unsorted = 1;
    return csq__vec_push(s->mem, &s->matched, (uint64_t)key << 1 | every);
  }
  uint64_t was = counted_as(s, key);
  if (was >= 2 || (was == 1 && !every))
    return 0;
  if (was == 0)
    tally(s, how);
  else if (how & CSQ__FOUND_ASIDE) /* found before holding some terms, now every one */
    s->aside_every++;
  else
    s->every++;
  return csq__u64map_put(&s->counted, (uint64_t)key, every ? 2 : 1);
}

csq_status csq__excluded_at(csq__search *s, sqlite3_int64 key, int *held, csq_error *err) {
  sqlite3_stmt *q = NULL;
  *held = 0;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_TEXT_OF, &q, err);
  if (st != CSQ_OK)
    return st;
  int rc = sqlite3_bind_int64(q, 1, key);
  if (rc == SQLITE_OK)
    rc = sqlite3_step(q);
  if (rc == SQLITE_ROW)
    *held = csq__holds_excluded(s, csq__db_text(q, 0));
  else if (rc == SQLITE_DONE)
    st = csq__node_missing(key, err);
  else
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  sqlite3_reset(q);
  return st;
}
