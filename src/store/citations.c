/*
 * citations.c — what a provision cites, read back from the citations the
 * import stored: a lookup in a large law (中華民國刑法) need not find the
 * citations of all its articles again to show those of one.
 */
#include <string.h>

#include "store/store.h"

/* What a list of citations read back owns: the citations, their targets
 * and strings. */
typedef struct owned {
  const csq_mem *mem;
  csq_arena arena;
} owned;

static void owned_free(void *p) {
  owned *o = p;
  if (!o)
    return;
  csq__arena_release(&o->arena);
  csq__free(o->mem, o);
}

/* The citations of the nodes [?1, ?2] (a provision and what it holds: its
 * node keys are those), in document order and, in a node, as found; with
 * the law each node is of, which must be ?3 (else the database is
 * damaged: a law's node keys are contiguous). */
static const char CITATIONS_OF[] =
    "SELECT c.citation_key, c.start, c.end, c.text, c.resolved, c.problem, n.eid, n.law_key"
    " FROM citations c JOIN nodes n ON n.node_key = c.node_key"
    " WHERE c.node_key BETWEEN ?1 AND ?2 ORDER BY c.node_key, c.citation_key";

csq_status csq__db_read_targets(csq_db *d, csq_arena *arena, sqlite3_stmt *tq, long long key,
                                csq__target_link_fn link, void *ctx, csq__target_vec *targets,
                                csq_error *err) {
  sqlite3_bind_int64(tq, 1, key);
  int rc;
  csq_status st = CSQ_OK;
  while (st == CSQ_OK && (rc = sqlite3_step(tq)) == SQLITE_ROW) {
    csq_target t;
    if (csq__target_make(arena, csq__target_kind_from_name(csq__db_text(tq, 0)),
                         csq__db_text(tq, 1), csq__db_text(tq, 2), csq__db_text(tq, 3),
                         csq__db_text(tq, 4), csq__db_text(tq, 5), sqlite3_column_int(tq, 6),
                         sqlite3_column_int(tq, 7), &t) != 0) {
      st = csq__oom(err);
      break;
    }
    if (link)
      link(ctx, csq__db_text(tq, 8), &t);
    if (csq__vec_push(d->mem, targets, t) != 0)
      st = csq__oom(err);
  }
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "reading citations", err);
  sqlite3_reset(tq);
  return st;
}

/* Whom the targets are linked for: the laws in memory, and the citing law
 * (a target of a later version than it is a fallback, as the extractor
 * says when no version was in force then). */
typedef struct linker {
  const csq_corpus *corpus;
  const csq_law *citing;
  long long law_key; /* the citing law's, stored */
} linker;

/* The target linked as the import linked it: to that version of its law
 * when it is in memory, and to its node there; whether it exists is then
 * said from the text in memory, as the extractor says it (the row says
 * what the import had loaded beside the citing law). */
static void link_target(void *ctx, const char *version, csq_target *t) {
  const linker *l = ctx;
  const char *key = t->law_id[0] ? t->law_id : t->law_name;
  t->law = version[0] && key[0] ? csq__corpus_find_version(l->corpus, key, version) : NULL;
  t->fallback = t->law && l->citing->version[0] && strcmp(version, l->citing->version) > 0;
  csq__target_settle(t);
}

/* The citation of row q, made in o's arena, its targets read by tq. */
static csq_status read_one(csq_db *d, linker *l, owned *o, sqlite3_stmt *q, sqlite3_stmt *tq,
                           csq_citation_list *list, csq_error *err) {
  const csq_node *from = csq_law_find(l->citing, csq__db_text(q, 6));
  if (!from || sqlite3_column_int64(q, 7) != l->law_key)
    return csq__db_damaged(err, 0, d->path, "a citation of a provision the law lacks");
  csq__target_vec targets = {0};
  csq_status st = csq__db_read_targets(d, &o->arena, tq, sqlite3_column_int64(q, 0), link_target, l,
                                       &targets, err);
  if (st == CSQ_OK) {
    const csq_citation *c = csq__citation_make(&o->arena, from, (size_t)sqlite3_column_int64(q, 1),
                                               (size_t)sqlite3_column_int64(q, 2),
                                               csq__db_text(q, 3), sqlite3_column_int(q, 4),
                                               csq__db_text(q, 5), targets.items, targets.count);
    if (!c || csq__vec_push(list->mem, &list->items, c) != 0)
      st = csq__oom(err);
  }
  csq__vec_free(d->mem, &targets);
  return st;
}

/* The rows of [lo, hi] into list. */
static csq_status read_range(csq_db *d, linker *l, owned *o, long long lo, long long hi,
                             csq_citation_list *list, csq_error *err) {
  sqlite3_stmt *q = NULL, *tq = NULL;
  if (sqlite3_prepare_v2(d->db, CITATIONS_OF, -1, &q, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(d->db, CSQ__TARGETS_OF, -1, &tq, NULL) != SQLITE_OK) {
    csq_status st = csq__db_fail(d->db, d->path, "reading citations", err);
    sqlite3_finalize(q);
    return st;
  }
  sqlite3_bind_int64(q, 1, lo);
  sqlite3_bind_int64(q, 2, hi);
  csq_status st = CSQ_OK;
  int rc;
  while (st == CSQ_OK && (rc = sqlite3_step(q)) == SQLITE_ROW)
    st = read_one(d, l, o, q, tq, list, err);
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "reading citations", err);
  sqlite3_finalize(q);
  sqlite3_finalize(tq);
  return st;
}

/* The arena the list owns, made with its first citations. */
static csq_status owned_of(csq_db *d, csq_citation_list *list, owned **out, csq_error *err) {
  if (list->owned && list->release == owned_free) {
    *out = list->owned;
    return CSQ_OK;
  }
  if (list->owned) /* the list owns something else: not a list of ours */
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "a list that is not of stored citations");
  owned *o = csq__calloc(d->mem, 1, sizeof *o);
  if (!o)
    return csq__oom(err);
  o->mem = d->mem;
  csq__arena_init(&o->arena, d->mem);
  list->owned = o;
  list->release = owned_free;
  *out = o;
  return CSQ_OK;
}

csq_status csq__db_citations_from(csq_db *d, const csq_corpus *corpus, const csq_node *node,
                                  csq_citation_list *list, csq_error *err) {
  long long law_key, lo, hi;
  csq_status st = csq__db_law_key(d, node->law, &law_key, err);
  if (st == CSQ_OK)
    st = csq__db_subtree_keys(d, law_key, node, &lo, &hi, err);
  owned *o = NULL;
  if (st == CSQ_OK)
    st = owned_of(d, list, &o, err);
  linker l = {corpus, node->law, law_key};
  return st == CSQ_OK ? read_range(d, &l, o, lo, hi, list, err) : st;
}
