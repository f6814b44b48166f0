/*
 * write.c — writing laws into the database: the law, its nodes and their
 * full-text rows (a law stored with the same pcode, or name, and version
 * is replaced), then the citations, obligations and definitions the later
 * stages found in them, each row beside the node it stands in.
 */
#include <string.h>

#include "store/store.h"

struct csq__writer {
  const csq_mem *mem;
  sqlite3 *db;
  sqlite3_stmt *law, *node, *fts, *citation, *target, *obligation, *definition, *actor;
  sqlite3_stmt *last_obligation; /* the largest obligation_key */
  long long ord;
  csq__u64map keys;        /* node pointer → node_key, for the citations */
  csq__u64map law_keys;    /* law pointer → law_key, for the bearers' names */
  csq_import_stats *stats; /* or NULL */
};

typedef csq__writer writer;

void csq__writer_free(writer *w) {
  if (!w)
    return;
  sqlite3_finalize(w->law);
  sqlite3_finalize(w->node);
  sqlite3_finalize(w->fts);
  sqlite3_finalize(w->citation);
  sqlite3_finalize(w->target);
  sqlite3_finalize(w->obligation);
  sqlite3_finalize(w->last_obligation);
  sqlite3_finalize(w->definition);
  sqlite3_finalize(w->actor);
  csq__u64map_free(&w->keys);
  csq__u64map_free(&w->law_keys);
  csq__free(w->mem, w);
}

static csq_status writer_prepare(writer *w, csq_error *err) {
  if (sqlite3_prepare_v2(w->db,
                         "INSERT INTO laws(id, name, level, version, status, parent_id,"
                         " parent_name, source, articles, format, history, digest)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &w->law, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO nodes(law_key, parent_key, ord, kind, num, eid, cite,"
                         " title, text) VALUES (?,?,?,?,?,?,?,?,?)",
                         -1, &w->node, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db, "INSERT INTO nodes_fts(rowid, text) VALUES (?, ?)", -1, &w->fts,
                         NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO citations(node_key, start, end, text, resolved, problem)"
                         " VALUES (?,?,?,?,?,?)",
                         -1, &w->citation, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO targets(citation_key, ord, kind, law_id, law_name, eid,"
                         " cite, part, resolved, exists_in_text, version)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &w->target, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO obligations(node_key, modality, actor, actor_known,"
                         " actor_from, clause, clause_start, clause_end, cue, cue_start, cue_end,"
                         " actor_start, actor_end, action, action_start, action_end, condition,"
                         " condition_start, condition_end, obligation_key, qualifies,"
                         " actor_source)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &w->obligation, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db, "SELECT coalesce(max(obligation_key), 0) FROM obligations", -1,
                         &w->last_obligation, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO definitions(node_key, term, meaning, form, scope,"
                         " term_start, term_end, meaning_start, meaning_end)"
                         " VALUES (?,?,?,?,?,?,?,?,?)",
                         -1, &w->definition, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT OR IGNORE INTO obligation_actors(name, law_key, obligation_key,"
                         " how) VALUES (?,?,?,?)",
                         -1, &w->actor, NULL) != SQLITE_OK)
    return csq__db_fail(w->db, NULL, "preparing to write", err);
  return CSQ_OK;
}

/* Inserts n and its descendants in document order: 0, -1 when SQLite
 * failed, NODE_NO_MEMORY when the key map could not grow. */
enum { NODE_NO_MEMORY = -2 };
static int insert_node(writer *w, long long law_key, long long parent_key, const csq_node *n) {
  size_t len;
  const char *text = csq_node_text(n, &len);
  sqlite3_stmt *s = w->node;
  sqlite3_bind_int64(s, 1, law_key);
  if (parent_key)
    sqlite3_bind_int64(s, 2, parent_key);
  else
    sqlite3_bind_null(s, 2);
  sqlite3_bind_int64(s, 3, w->ord++);
  sqlite3_bind_text(s, 4, csq_kind_name(csq_node_kind(n)), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, csq_node_num(n), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 6, csq_node_eid(n), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, csq_node_cite(n), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, csq_node_title(n), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 9, text, (int)len, SQLITE_STATIC);
  if (csq__db_step_done(s) != 0)
    return -1;
  long long key = sqlite3_last_insert_rowid(w->db);
  if (csq__u64map_put(&w->keys, (uintptr_t)n, (uint64_t)key) != 0)
    return NODE_NO_MEMORY;
  if (len) {
    sqlite3_bind_int64(w->fts, 1, key);
    sqlite3_bind_text(w->fts, 2, text, (int)len, SQLITE_STATIC);
    if (csq__db_step_done(w->fts) != 0)
      return -1;
  }
  if (w->stats) {
    w->stats->nodes++;
    w->stats->text_bytes += (long long)len;
    w->stats->articles += csq_node_kind(n) == CSQ_ARTICLE;
  }
  int rc;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if ((rc = insert_node(w, law_key, key, c)) != 0)
      return rc;
  return 0;
}

/* Removes a stored law with the same pcode (or name) and version, with its
 * nodes and their full-text rows. Returns how many were removed, -1 on
 * error. */
static int remove_same(sqlite3 *db, const csq_law *law) {
  /* Two shapes, so that each uses its index: an OR here made every
   * import scan the whole table once per law. */
  static const char FIND_BY_ID[] = "SELECT law_key FROM laws WHERE id = ?2 AND version = ?1";
  static const char FIND_BY_NAME[] =
      "SELECT law_key FROM laws WHERE name = ?3 AND version = ?1 AND id = ''";
  const char *FIND = csq_law_id(law)[0] ? FIND_BY_ID : FIND_BY_NAME;
  static const char UNCITE[] =
      "DELETE FROM targets WHERE citation_key IN (SELECT citation_key FROM citations"
      " WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1));"
      " DELETE FROM citations WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1)";
  static const char UNRULE[] =
      "DELETE FROM obligation_actors WHERE law_key = ?1;"
      " DELETE FROM obligations WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1);"
      " DELETE FROM definitions WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1)";
  static const char UNINDEX[] =
      "INSERT INTO nodes_fts(nodes_fts, rowid, text) SELECT 'delete', node_key, text"
      " FROM nodes WHERE law_key = ?1 AND text <> ''";
  sqlite3_stmt *find = NULL, *unindex = NULL, *del_nodes = NULL, *del_law = NULL;
  sqlite3_stmt *del_targets = NULL, *del_citations = NULL, *del_obl = NULL, *del_def = NULL;
  sqlite3_stmt *del_names = NULL;
  const char *second = NULL, *fourth = NULL, *fifth = NULL;
  int removed = -1;
  if (sqlite3_prepare_v2(db, UNCITE, -1, &del_targets, &second) != SQLITE_OK ||
      sqlite3_prepare_v2(db, second, -1, &del_citations, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, UNRULE, -1, &del_names, &fifth) != SQLITE_OK ||
      sqlite3_prepare_v2(db, fifth, -1, &del_obl, &fourth) != SQLITE_OK ||
      sqlite3_prepare_v2(db, fourth, -1, &del_def, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, FIND, -1, &find, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, UNINDEX, -1, &unindex, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "DELETE FROM nodes WHERE law_key = ?1", -1, &del_nodes, NULL) !=
          SQLITE_OK ||
      sqlite3_prepare_v2(db, "DELETE FROM laws WHERE law_key = ?1", -1, &del_law, NULL) !=
          SQLITE_OK)
    goto done;
  sqlite3_bind_text(find, 1, csq_law_version(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(find, 2, csq_law_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(find, 3, csq_law_name(law), -1, SQLITE_STATIC);
  removed = 0;
  int rc;
  while ((rc = sqlite3_step(find)) == SQLITE_ROW) {
    long long key = sqlite3_column_int64(find, 0);
    sqlite3_bind_int64(del_targets, 1, key);
    sqlite3_bind_int64(del_citations, 1, key);
    sqlite3_bind_int64(del_names, 1, key);
    sqlite3_bind_int64(del_obl, 1, key);
    sqlite3_bind_int64(del_def, 1, key);
    sqlite3_bind_int64(unindex, 1, key);
    sqlite3_bind_int64(del_nodes, 1, key);
    sqlite3_bind_int64(del_law, 1, key);
    if (csq__db_step_done(del_targets) || csq__db_step_done(del_citations) ||
        csq__db_step_done(del_names) || csq__db_step_done(del_obl) || csq__db_step_done(del_def) ||
        csq__db_step_done(unindex) || csq__db_step_done(del_nodes) || csq__db_step_done(del_law)) {
      removed = -1;
      break;
    }
    removed++;
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    removed = -1;
done:
  sqlite3_finalize(del_names);
  sqlite3_finalize(del_obl);
  sqlite3_finalize(del_def);
  sqlite3_finalize(del_targets);
  sqlite3_finalize(del_citations);
  sqlite3_finalize(find);
  sqlite3_finalize(unindex);
  sqlite3_finalize(del_nodes);
  sqlite3_finalize(del_law);
  return removed;
}

/* What to do with a law whose pcode (or name) and version may be stored:
 * write it (replacing what is stored), or leave the stored one. */
typedef enum { WRITE, UNCHANGED, KEPT } stored_as;

/* The same text stored already (its digest) changes nothing; a text of the
 * older open-data format does not replace the current format's text of the
 * same version, which carries the corrections made since (（） for ( ),
 * typos: docs/versions.md). Any other text of a stored version replaces
 * it: a corrected file. */
static int compare_stored(sqlite3 *db, const csq_law *law, const char *digest, stored_as *out) {
  static const char BY_ID[] = "SELECT digest, format FROM laws WHERE id = ?2 AND version = ?1";
  static const char BY_NAME[] =
      "SELECT digest, format FROM laws WHERE name = ?3 AND version = ?1 AND id = ''";
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db, csq_law_id(law)[0] ? BY_ID : BY_NAME, -1, &s, NULL) != SQLITE_OK)
    return -1;
  sqlite3_bind_text(s, 1, csq_law_version(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, csq_law_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, csq_law_name(law), -1, SQLITE_STATIC);
  *out = WRITE;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (strcmp(csq__db_text(s, 0), digest) == 0)
      *out = UNCHANGED;
    else if (*out == WRITE && strcmp(csq__db_text(s, 1), "moj") == 0 &&
             strcmp(csq_law_format(law), "moj-old") == 0)
      *out = KEPT;
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : -1;
}

csq_status csq__writer_law(writer *w, const csq_law *law, csq_error *err) {
  char digest[17];
  csq__law_digest(law, digest);
  stored_as as;
  if (compare_stored(w->db, law, digest, &as) != 0)
    return csq__db_fail(w->db, NULL, "looking for a stored version", err);
  if (as != WRITE) {
    if (w->stats)
      *(as == UNCHANGED ? &w->stats->unchanged : &w->stats->kept) += 1;
    return CSQ_OK; /* its nodes get no keys: its citations are not written */
  }
  int removed = remove_same(w->db, law);
  if (removed < 0)
    return csq__db_fail(w->db, NULL, "replacing a stored law", err);
  sqlite3_stmt *s = w->law;
  sqlite3_bind_text(s, 1, csq_law_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, csq_law_name(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, csq_law_level(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, csq_law_version(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, csq_law_is_repealed(law) ? "repealed" : "in force", -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 6, csq_law_parent_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, csq_law_parent_name(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, csq_law_source(law), -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 9, (long long)csq_law_article_count(law));
  sqlite3_bind_text(s, 10, csq_law_format(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 11, csq_law_history(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 12, digest, -1, SQLITE_STATIC);
  if (csq__db_step_done(s) != 0)
    return csq__db_fail(w->db, NULL, "storing a law", err);
  long long key = sqlite3_last_insert_rowid(w->db);
  if (csq__u64map_put(&w->law_keys, (uintptr_t)law, (uint64_t)key) != 0)
    return csq__oom(err);
  w->ord = 0;
  int rc;
  for (const csq_node *c = csq_node_first_child(csq_law_root(law)); c; c = csq_node_next(c))
    if ((rc = insert_node(w, key, 0, c)) != 0)
      return rc == NODE_NO_MEMORY ? csq__oom(err)
                                  : csq__db_fail(w->db, NULL, "storing a provision", err);
  if (w->stats) {
    w->stats->laws++;
    w->stats->replaced += (size_t)removed;
  }
  return CSQ_OK;
}

csq_status csq__writer_new(sqlite3 *db, const csq_mem *mem, csq_import_stats *stats, writer **out,
                           csq_error *err) {
  writer *w = csq__calloc(mem, 1, sizeof *w);
  if (!w)
    return csq__oom(err);
  w->mem = w->keys.mem = w->law_keys.mem = mem;
  w->db = db;
  w->stats = stats;
  csq_status st = writer_prepare(w, err);
  if (st != CSQ_OK) {
    csq__writer_free(w);
    return st;
  }
  *out = w;
  return CSQ_OK;
}

void csq__writer_end_batch(writer *w) {
  csq__u64map_free(&w->keys);
  csq__u64map_free(&w->law_keys);
}

static const char *const TARGET_KINDS[] = {"provision", "law", "annex"};

static int write_target(writer *w, long long citation, size_t ord, const csq_target *t) {
  sqlite3_stmt *s = w->target;
  csq_target_kind kind = csq_target_kind_of(t);
  sqlite3_bind_int64(s, 1, citation);
  sqlite3_bind_int64(s, 2, (long long)ord);
  sqlite3_bind_text(s, 3, TARGET_KINDS[kind <= CSQ_TARGET_ANNEX ? kind : 0], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, csq_target_law_id(t), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, csq_target_law_name(t), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 6, csq_target_eid(t), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, csq_target_cite(t), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, csq_target_part(t), -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 9, csq_target_resolved(t));
  sqlite3_bind_int(s, 10, csq_target_exists(t));
  const csq_law *linked = csq_target_law(t);
  sqlite3_bind_text(s, 11, linked ? csq_law_version(linked) : "", -1, SQLITE_STATIC);
  return csq__db_step_done(s);
}

/* The citations of every law in the corpus, with their targets. Whether a
 * target in another law exists is settled once every law is in
 * (settle_existence). */
csq_status csq__writer_citations(writer *w, const csq_refs *refs, csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < csq_refs_count(refs); i++) {
    const csq_citation *x = csq_refs_at(refs, i);
    uint64_t node;
    if (!csq__u64map_get(&w->keys, (uintptr_t)csq_citation_from(x), &node))
      continue; /* a law of this batch that was not written: cannot happen */
    sqlite3_stmt *s = w->citation;
    sqlite3_bind_int64(s, 1, (long long)node);
    sqlite3_bind_int64(s, 2, (long long)csq_citation_start(x));
    sqlite3_bind_int64(s, 3, (long long)csq_citation_end(x));
    sqlite3_bind_text(s, 4, csq_citation_text(x), -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 5, csq_citation_resolved(x));
    sqlite3_bind_text(s, 6, csq_citation_problem(x), -1, SQLITE_STATIC);
    int fail = csq__db_step_done(s);
    long long key = sqlite3_last_insert_rowid(w->db);
    for (size_t t = 0; !fail && t < csq_citation_target_count(x); t++)
      fail = write_target(w, key, t, csq_citation_target(x, t));
    if (fail)
      st = csq__db_fail(w->db, NULL, "storing a citation", err);
  }
  if (w->stats && st == CSQ_OK)
    w->stats->citations += csq_refs_count(refs);
  return st;
}

/* A part of an obligation: its text, and its span or NULLs. */
static void bind_part(sqlite3_stmt *s, int col, const csq_obligation *o, csq_obligation_part part,
                      int with_text) {
  size_t start, end;
  if (with_text)
    sqlite3_bind_text(s, col++, csq_obligation_text(o, part), -1, SQLITE_STATIC);
  if (csq_obligation_span(o, part, &start, &end)) {
    sqlite3_bind_int64(s, col, (long long)start);
    sqlite3_bind_int64(s, col + 1, (long long)end);
  } else {
    sqlite3_bind_null(s, col);
    sqlite3_bind_null(s, col + 1);
  }
}

/* One name the obligation being written answers to. */
typedef struct name_row {
  sqlite3_stmt *s;
  long long law, obligation;
} name_row;

static int write_name(void *ctx, const char *name, int how) {
  static const char *const HOW[] = {"bearer", "joined", "alias"};
  name_row *r = ctx;
  sqlite3_bind_text(r->s, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64(r->s, 2, r->law);
  sqlite3_bind_int64(r->s, 3, r->obligation);
  sqlite3_bind_text(r->s, 4, HOW[how], -1, SQLITE_STATIC);
  return csq__db_step_done(r->s);
}

/* The key of statement `o` (base + its index), written in this batch, or
 * NULL when it is not (its node is not being stored). */
static void bind_statement(writer *w, sqlite3_stmt *s, int col, long long base,
                           const csq_obligation *o) {
  uint64_t node;
  if (o && csq__u64map_get(&w->keys, (uintptr_t)csq_obligation_node(o), &node))
    sqlite3_bind_int64(s, col, base + 1 + (long long)csq__obligation_index(o));
  else
    sqlite3_bind_null(s, col);
}

/* The largest obligation_key stored, in *base. */
static csq_status last_key(writer *w, long long *base, csq_error *err) {
  int rc = sqlite3_step(w->last_obligation);
  *base = rc == SQLITE_ROW ? sqlite3_column_int64(w->last_obligation, 0) : 0;
  csq_status st =
      rc == SQLITE_ROW ? CSQ_OK : csq__db_fail(w->db, NULL, "numbering the obligations", err);
  sqlite3_reset(w->last_obligation);
  return st;
}

csq_status csq__writer_obligations(writer *w, const csq_obligations *obls, csq_error *err) {
  /* each statement's key is known before it is written, so that an
   * exception can name the statement after it (除…外，應…) */
  long long base;
  csq_status st = last_key(w, &base, err);
  if (st != CSQ_OK)
    return st;
  for (size_t i = 0; i < csq_obligations_count(obls); i++) {
    const csq_obligation *o = csq_obligations_at(obls, i);
    uint64_t node, from = 0, law;
    if (!csq__u64map_get(&w->keys, (uintptr_t)csq_obligation_node(o), &node) ||
        !csq__u64map_get(&w->law_keys, (uintptr_t)csq_node_law(csq_obligation_node(o)), &law))
      continue;
    const csq_node *af = csq_obligation_actor_from(o);
    sqlite3_stmt *s = w->obligation;
    sqlite3_bind_int64(s, 1, (long long)node);
    sqlite3_bind_text(s, 2, csq_modality_name(csq_obligation_modality(o)), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, csq_obligation_text(o, CSQ_PART_ACTOR), -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 4, csq_obligation_actor_known(o));
    if (af && csq__u64map_get(&w->keys, (uintptr_t)af, &from))
      sqlite3_bind_int64(s, 5, (long long)from);
    else
      sqlite3_bind_null(s, 5);
    bind_part(s, 6, o, CSQ_PART_CLAUSE, 1);
    bind_part(s, 9, o, CSQ_PART_CUE, 1);
    bind_part(s, 12, o, CSQ_PART_ACTOR, 0); /* no span when carried */
    bind_part(s, 14, o, CSQ_PART_ACTION, 1);
    bind_part(s, 17, o, CSQ_PART_CONDITION, 1);
    long long key = base + 1 + (long long)csq__obligation_index(o);
    sqlite3_bind_int64(s, 20, key);
    bind_statement(w, s, 21, base, csq_obligation_qualifies(o));
    bind_statement(w, s, 22, base, csq_obligation_actor_source(o));
    name_row names = {w->actor, (long long)law, 0};
    if (csq__db_step_done(s) == 0)
      names.obligation = key;
    if (!names.obligation || csq__obligation_names(obls, o, write_name, &names) != 0)
      return csq__db_fail(w->db, NULL, "storing an obligation", err);
  }
  if (w->stats)
    w->stats->obligations += csq_obligations_count(obls);
  return CSQ_OK;
}

csq_status csq__writer_definitions(writer *w, const csq_definitions *defs, csq_error *err) {
  for (size_t i = 0; i < csq_definitions_count(defs); i++) {
    const csq_definition *d = csq_definitions_at(defs, i);
    uint64_t node;
    if (!csq__u64map_get(&w->keys, (uintptr_t)csq_definition_node(d), &node))
      continue;
    size_t ts, te, ms, me;
    csq_definition_spans(d, &ts, &te, &ms, &me);
    sqlite3_stmt *s = w->definition;
    sqlite3_bind_int64(s, 1, (long long)node);
    sqlite3_bind_text(s, 2, csq_definition_term(d), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, csq_definition_meaning(d), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, csq_definition_form(d), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, csq_definition_scope_text(d), -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 6, (long long)ts);
    sqlite3_bind_int64(s, 7, (long long)te);
    sqlite3_bind_int64(s, 8, (long long)ms);
    sqlite3_bind_int64(s, 9, (long long)me);
    if (csq__db_step_done(s))
      return csq__db_fail(w->db, NULL, "storing a definition", err);
  }
  if (w->stats)
    w->stats->definitions += csq_definitions_count(defs);
  return CSQ_OK;
}

/* A target in another law is linked to the version of that law in force
 * on the citing law's date (the latest stored on or before it, else the
 * earliest stored), and exists when its eId is in that version. Targets of
 * laws not stored keep the version linked when they were read (none) and
 * stay -1, unknown. Every import settles them all again: a version stored
 * now may be the one in force for a citation stored before. */
static const char SETTLE[] =
    /* keyed by the target's rowid: the update below looks each one up */
    "CREATE TEMP TABLE pending(target INTEGER PRIMARY KEY, law_id, eid, at, linked);"
    "INSERT INTO pending"
    " SELECT t.rowid, t.law_id, t.eid, cl.version, NULL FROM targets t"
    " JOIN citations c ON c.citation_key = t.citation_key"
    " JOIN nodes cn ON cn.node_key = c.node_key JOIN laws cl ON cl.law_key = cn.law_key"
    " WHERE t.kind <> 'annex' AND t.law_id <> '' AND t.law_id <> cl.id"
    " AND t.law_id IN (SELECT id FROM laws);"
    "UPDATE pending SET linked = coalesce("
    "  (SELECT l.law_key FROM laws l WHERE l.id = pending.law_id AND l.version <= pending.at"
    "   ORDER BY l.version DESC, l.law_key DESC LIMIT 1),"
    "  (SELECT l.law_key FROM laws l WHERE l.id = pending.law_id"
    "   ORDER BY l.version, l.law_key LIMIT 1));"
    "UPDATE targets SET"
    "  version = (SELECT l.version FROM pending p JOIN laws l ON l.law_key = p.linked"
    "             WHERE p.target = targets.rowid),"
    "  exists_in_text = CASE WHEN kind = 'provision' AND resolved = 1 THEN"
    "    (SELECT EXISTS (SELECT 1 FROM pending p JOIN nodes n ON n.law_key = p.linked"
    "     AND n.eid = p.eid WHERE p.target = targets.rowid)) ELSE exists_in_text END"
    " WHERE rowid IN (SELECT target FROM pending);"
    "DROP TABLE pending;";

/* Merges the full-text index into one segment when this import wrote a
 * tenth of its rows or more. Rewriting the whole index (4 s for the
 * national corpus) is not worth it for a few laws added to a large
 * database: FTS5's own merging keeps their small segments in check. */
static csq_status merge_index(sqlite3 *db, size_t nodes_written, csq_error *err) {
  sqlite3_stmt *s = NULL;
  long long rows = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM nodes", -1, &s, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
    rows = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW)
    return csq__db_fail(db, NULL, "counting the provisions", err);
  if ((long long)nodes_written * 10 < rows)
    return CSQ_OK;
  return csq__db_exec(db, "INSERT INTO nodes_fts(nodes_fts) VALUES('optimize');", NULL, err);
}

/* The latest version of each law (two NOT EXISTS, each answered from an
 * index: one OR over both read every pair of laws), how many versions a
 * later one replaced (meta 'replaced_versions': a search without a date
 * reads none when there are none), and every bearer name counted over the
 * latest. */
static const char SUMMARIZE[] =
    "DELETE FROM current_laws;"
    "INSERT INTO current_laws SELECT law_key FROM laws l"
    " WHERE NOT EXISTS (SELECT 1 FROM laws m WHERE l.id <> '' AND m.id = l.id"
    "   AND (m.version > l.version OR (m.version = l.version AND m.law_key > l.law_key)))"
    " AND NOT EXISTS (SELECT 1 FROM laws m WHERE l.id = '' AND m.name = l.name AND m.id = ''"
    "   AND (m.version > l.version OR (m.version = l.version AND m.law_key > l.law_key)));"
    "INSERT OR REPLACE INTO meta VALUES('replaced_versions',"
    " (SELECT count(*) FROM laws) - (SELECT count(*) FROM current_laws));"
    "DELETE FROM actors;"
    "INSERT INTO actors SELECT name, count(*), sum(how = 'bearer'), count(DISTINCT law_key)"
    " FROM obligation_actors WHERE law_key IN current_laws GROUP BY name;";

csq_status csq__store_summarize(sqlite3 *db, csq_error *err) {
  return csq__db_exec(db, SUMMARIZE, NULL, err);
}

csq_status csq__store_finish(sqlite3 *db, const csq_mem *mem, size_t nodes_written,
                             csq_error *err) {
  csq_status st = csq__db_exec(db, SETTLE, NULL, err);
  if (st == CSQ_OK)
    st = csq__store_summarize(db, err);
  if (st == CSQ_OK)
    st = merge_index(db, nodes_written, err);
  if (st == CSQ_OK)
    st = csq__rank_write_lengths(db, err); /* after every row is in (rank.c) */
  if (st == CSQ_OK)
    st = csq__priors_write(db, mem, err); /* what search weighs (priors.c) */
  if (st == CSQ_OK)
    st = csq__law_index_write(db, err); /* the laws by name, for search (law_names.c) */
  return st;
}
