/*
 * cited_by.c — who cites a provision, answered from the citations the
 * import stored, without reading the citing laws in: each answer's citing
 * provision is rebuilt alone (its law, eId, citation and text) in a law
 * that holds only the provisions that cite.
 */
#include <string.h>

#include "store/store.h"

/* What the answers point into: the citing laws and the citations read
 * back, all owned by the list. */
typedef struct stored {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(csq_law *) laws;
  CSQ_VEC(long long) law_keys; /* the laws' keys in the database, in step */
} stored;

static void stored_free(void *p) {
  stored *s = p;
  if (!s)
    return;
  for (size_t i = 0; i < s->laws.count; i++)
    csq__law_free(s->laws.items[i]);
  csq__vec_free(s->mem, &s->laws);
  csq__vec_free(s->mem, &s->law_keys);
  csq__arena_release(&s->arena);
  csq__free(s->mem, s);
}

static const char CITED_BY[] =
    "SELECT c.citation_key, c.start, c.end, c.text, c.resolved, c.problem,"
    " n.kind, n.num, n.eid, n.cite, n.text,"
    " l.law_key, l.id, l.name, l.level, l.version, l.status, t.ord, t.eid"
    " FROM targets t JOIN citations c ON c.citation_key = t.citation_key"
    " JOIN nodes n ON n.node_key = c.node_key JOIN laws l ON l.law_key = n.law_key"
    " WHERE t.law_id = ?1 AND (t.eid = ?2 OR (t.eid > ?2 || '__' AND t.eid < ?2 || '__~')"
    "   OR (t.eid <> '' AND instr(?2, t.eid || '__') = 1))"
    /* the version of the cited law linked, and the citing law's version in
     * force on the date asked (the latest without one) */
    " AND (?3 = '' OR t.version = ?3)"
    /* (by pcode through laws_by_id, else by name among the laws with none:
     * a scan of the laws for each row took 0.1 s) */
    " AND l.law_key = (SELECT v.law_key FROM laws v WHERE v.id = l.id"
    "   AND (l.id <> '' OR v.name = l.name) AND (?4 = '' OR v.version <= ?4)"
    "   ORDER BY v.version DESC, v.law_key DESC LIMIT 1)"
    /* the provision and its parts first, then the provisions holding it */
    " ORDER BY length(t.eid) < length(?2), l.law_key, n.ord, c.citation_key, t.ord";

/* The citing law of row q, made once: its facts and, one by one, its
 * citing nodes. */
static csq_status citing_law(csq_db *d, stored *s, sqlite3_stmt *q, csq_law **out, csq_error *err) {
  long long key = sqlite3_column_int64(q, 11);
  for (size_t i = 0; i < s->laws.count; i++)
    if (s->law_keys.items[i] == key) {
      *out = s->laws.items[i];
      return CSQ_OK;
    }
  csq_law_meta meta = {.id = csq__db_text(q, 12),
                       .name = csq__db_text(q, 13),
                       .level = csq__db_text(q, 14),
                       .version = csq__db_text(q, 15),
                       .repealed = strcmp(csq__db_text(q, 16), "repealed") == 0};
  csq_status st = csq__law_new(&meta, "<database>", d->mem, out, err);
  if (st != CSQ_OK)
    return st;
  if (csq__vec_push(d->mem, &s->laws, *out) != 0) {
    csq__law_free(*out);
    return csq__oom(err);
  }
  return csq__vec_push(d->mem, &s->law_keys, key) != 0 ? csq__oom(err) : CSQ_OK;
}

/* The citation of row q, its citing node added to its law. */
static csq_status read_citation(csq_db *d, stored *s, sqlite3_stmt *q, sqlite3_stmt *tq,
                                const csq_citation **out, csq_error *err) {
  csq_law *law;
  csq_status st = citing_law(d, s, q, &law, err);
  if (st != CSQ_OK)
    return st;
  const csq_node *from = csq__law_add_node(
      law, NULL, csq__kind_from_name(csq__db_text(q, 6)), csq__db_text(q, 7), csq__db_text(q, 8),
      csq__db_text(q, 9), "", csq__db_text(q, 10), (size_t)sqlite3_column_bytes(q, 10));
  if (!from)
    return csq__oom(err);
  csq__target_vec targets = {0};
  st =
      csq__db_read_targets(d, &s->arena, tq, sqlite3_column_int64(q, 0), NULL, NULL, &targets, err);
  if (st == CSQ_OK) {
    *out = csq__citation_make(&s->arena, from, (size_t)sqlite3_column_int64(q, 1),
                              (size_t)sqlite3_column_int64(q, 2), csq__db_text(q, 3),
                              sqlite3_column_int(q, 4), csq__db_text(q, 5), targets.items,
                              targets.count);
    if (!*out)
      st = csq__oom(err);
  }
  csq__vec_free(d->mem, &targets);
  return st;
}

static csq_relation relation_of(const char *target_eid, const char *asked) {
  size_t t = strlen(target_eid), n = strlen(asked);
  return t == n ? CSQ_CITES_EXACT : t > n ? CSQ_CITES_PART : CSQ_CITES_WHOLE;
}

/* Every stored citation of the provision and of its parts, then of the
 * provisions holding it, into `list`; their targets get `now`. */
static csq_status read_cited_by(csq_db *d, const char *law_key, const char *eid,
                                const char *version, const char *at, const csq_node *now, stored *s,
                                csq_cited_by_list *list, csq_error *err) {
  sqlite3_stmt *q = NULL, *tq = NULL;
  if (sqlite3_prepare_v2(d->db, CITED_BY, -1, &q, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(d->db, CSQ__TARGETS_OF, -1, &tq, NULL) != SQLITE_OK) {
    csq_status st = csq__db_fail(d->db, d->path, "cited-by", err);
    sqlite3_finalize(q);
    return st;
  }
  sqlite3_bind_text(q, 1, law_key, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, eid, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 3, version ? version : "", -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 4, at ? at : "", -1, SQLITE_STATIC);
  long long last = -1;
  const csq_citation *c = NULL;
  csq_status st = CSQ_OK;
  int rc;
  while (st == CSQ_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (sqlite3_column_int64(q, 0) != last)
      st = read_citation(d, s, q, tq, &c, err);
    last = sqlite3_column_int64(q, 0);
    size_t target = (size_t)sqlite3_column_int64(q, 17);
    if (st == CSQ_OK && now && target < c->target_count)
      c->targets[target].now = now; /* ours: read back into our arena */
    if (st == CSQ_OK &&
        csq__cited_by_list_add(list, c, target, relation_of(csq__db_text(q, 18), eid)) != 0)
      st = csq__oom(err);
  }
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "cited-by", err);
  sqlite3_finalize(q);
  sqlite3_finalize(tq);
  return st;
}

csq_status csq__db_cited_by_into(csq_db *d, const char *law_key, const char *eid,
                                 const char *version, const char *at, const csq_node *now,
                                 csq_cited_by_list *list, csq_error *err) {
  stored *s = list->owned;
  if (!s) {
    if (!(s = csq__calloc(d->mem, 1, sizeof *s)))
      return csq__oom(err);
    s->mem = d->mem;
    csq__arena_init(&s->arena, d->mem);
    list->release = stored_free;
    list->owned = s;
  }
  return read_cited_by(d, law_key, eid, version, at, now, s, list, err);
}

csq_status csq_db_cited_by(csq_db *d, const csq_node *provision, csq_cited_by_list **out,
                           csq_error *err) {
  csq_cited_by_list *list;
  csq_status st = csq__cited_by_list_new(d->mem, &list, err);
  if (st != CSQ_OK)
    return st;
  const csq_law *law = provision->law;
  st = csq__db_cited_by_into(d, law->id[0] ? law->id : law->name, provision->eid, law->version, "",
                             NULL, list, err);
  if (st != CSQ_OK) {
    csq_cited_by_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}
