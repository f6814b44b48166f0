/*
 * hit.c — a candidate read as a hit: its law, cite, text and snippet from
 * the database, the lead-in of its list, and what of the query its text
 * holds (an excluded term) or its law (one where every term stands). The
 * phases of a search (collect.c, listed.c, rerank.c) read hits through it.
 */
#include <stdlib.h>
#include <string.h>

#include "query/searching.h"

typedef csq__hit hit;

void csq__hit_release(const csq_mem *mem, hit *x) {
  csq__free(mem, x->law_id);
  csq__free(mem, x->law_name);
  csq__free(mem, x->version);
  csq__free(mem, x->eid);
  csq__free(mem, x->cite);
  csq__free(mem, x->kind);
  csq__free(mem, x->snippet);
  csq__free(mem, x->text);
  csq__free(mem, x->lead_in);
  csq__free(mem, x->parts);
}

/* ---- reading a candidate ---------------------------------------------------- */

static char *dup_col(const csq_mem *mem, sqlite3_stmt *s, int i) {
  return csq__strdup(mem, csq__db_text(s, i));
}

csq_status csq__node_missing(sqlite3_int64 key, csq_error *err) {
  return csq__fail(err, CSQ_BAD_DB, NULL, -1,
                   "search: node %lld is found but has no row: the database is damaged; "
                   "build it again with csquery import",
                   (long long)key);
}

csq_status csq__read_hit(csq__search *s, const csq__cand *c, hit *x, csq_error *err) {
  sqlite3_stmt *d = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_DETAILS, &d, err);
  if (st != CSQ_OK)
    return st;
  memset(x, 0, sizeof *x);
  x->cand = *c;
  x->key = c->key;
  x->same = 1;
  sqlite3_bind_int64(d, 1, c->key);
  int rc = sqlite3_step(d);
  if (rc == SQLITE_ROW) {
    const csq_mem *mem = s->mem;
    x->law_id = dup_col(mem, d, 0);
    x->law_name = dup_col(mem, d, 1);
    x->eid = dup_col(mem, d, 2);
    x->cite = dup_col(mem, d, 3);
    x->kind = dup_col(mem, d, 4);
    x->text = dup_col(mem, d, 5);
    x->parent = sqlite3_column_int64(d, 6);
    x->repealed = strcmp(csq__db_text(d, 7), "repealed") == 0;
    x->version = dup_col(mem, d, 8);
    if (!x->law_id || !x->law_name || !x->version || !x->eid || !x->cite || !x->kind || !x->text)
      st = csq__oom(err);
  } else if (rc == SQLITE_DONE) {
    st = csq__node_missing(c->key, err);
  } else {
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  }
  sqlite3_reset(d);
  if (st != CSQ_OK)
    csq__hit_release(s->mem, x);
  return st;
}

/* A provision's parent: its key (0 for none), whether it is a list item,
 * and its text into *text (allocated). */
static csq_status read_parent(csq__search *s, sqlite3_int64 key, sqlite3_int64 *up, int *is_item,
                              char **text, csq_error *err) {
  sqlite3_stmt *p = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_PARENT, &p, err);
  *up = 0;
  *is_item = 0;
  *text = NULL;
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_int64(p, 1, key);
  int rc = sqlite3_step(p);
  if (rc == SQLITE_ROW) {
    csq_kind kind = csq__kind_from_name(csq__db_text(p, 1));
    *up = sqlite3_column_int64(p, 0);
    *is_item = kind >= CSQ_SUBPARAGRAPH;
    if (!(*text = csq__strdup(s->mem, csq__db_text(p, 2))))
      st = csq__oom(err);
  } else if (rc != SQLITE_DONE) {
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  }
  sqlite3_reset(p);
  return st;
}

csq_status csq__read_lead_in(csq__search *s, hit *x, csq_error *err) {
  uint32_t kind = x->cand.prior & CSQ_PRIOR_KIND_MASK;
  if (kind < CSQ_PRIOR_KIND_SUBPARAGRAPH || kind > CSQ_PRIOR_KIND_SUBITEM || !x->parent)
    return CSQ_OK;
  sqlite3_int64 up = 0, ignored;
  int is_item = 0, outer_item;
  char *inner = NULL, *outer = NULL;
  csq_status st = read_parent(s, x->parent, &up, &is_item, &inner, err);
  if (st == CSQ_OK && is_item && up)
    st = read_parent(s, up, &ignored, &outer_item, &outer, err);
  if (st == CSQ_OK && outer && *outer) {
    csq_buf b = {.mem = s->mem};
    if (csq__buf_puts(&b, outer) || csq__buf_puts(&b, " ") || csq__buf_puts(&b, inner) ||
        csq__buf_append(&b, "", 1)) {
      csq__buf_free(&b);
      st = csq__oom(err);
    } else {
      x->lead_in = b.data;
    }
  } else if (st == CSQ_OK) {
    x->lead_in = inner;
    inner = NULL;
  }
  csq__free(s->mem, inner);
  csq__free(s->mem, outer);
  return st;
}

/* ---- what a hit holds of the query ---------------------------------------- */

int csq__holds_excluded(const csq__search *s, const char *text) {
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; t->exclude && t->searchable && k < t->alt_count; k++)
      if (strstr(text, t->alt[k]))
        return 1;
  }
  return 0;
}

int csq__in_every_law(const csq__search *s, sqlite3_int64 key) {
  for (size_t k = 0; k < s->every_laws; k++)
    if (key >= s->every_law[k][0] && key <= s->every_law[k][1])
      return 1;
  return 0;
}
