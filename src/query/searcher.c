/*
 * searcher.c — what a search reads the database with: its statements,
 * prepared on first use and kept with the library's database (or, without
 * one, with a database in memory holding the corpus's laws for one search),
 * the ranking functions registered on it, and the weights.
 */
#include <string.h>

#include "query/searching.h"

static const char *const SQL[CSQ__Q_COUNT] = {
    [CSQ__Q_MATCH] = "SELECT rowid, csq_match(nodes_fts, ?4, ?5, ?6, ?7) FROM nodes_fts"
                     " WHERE nodes_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
    [CSQ__Q_BM25] = "SELECT rowid, csq_bm25(nodes_fts, ?4) FROM nodes_fts"
                    " WHERE nodes_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
    [CSQ__Q_DETAILS] = "SELECT l.id, l.name, n.eid, n.cite, n.kind, n.text, n.parent_key, l.status,"
                       " l.version"
                       " FROM nodes n JOIN laws l ON l.law_key = n.law_key WHERE n.node_key = ?1",
    /* The node_keys a law's provisions lie between (they are stored
     * together): FTS5 seeks past the hits outside them. */
    [CSQ__Q_LAW_RANGE] = "SELECT min(n.node_key), max(n.node_key) FROM laws l"
                         " JOIN nodes n USING (law_key) WHERE l.id = ?1 OR l.name = ?1"
                         " GROUP BY l.law_key ORDER BY l.version DESC, l.law_key DESC",
    [CSQ__Q_NAMES] = "SELECT s.law_key, s.name, s.short, s.first_node, s.last_node"
                     " FROM search_laws_fts f JOIN search_laws s ON s.name_key = f.rowid"
                     " WHERE search_laws_fts MATCH ?1",
    [CSQ__Q_LAW_NAME] = "SELECT name FROM laws WHERE law_key = ?1",
    /* definitions_by_term: the terms from ?1 up to ?1 followed by 0xFF */
    [CSQ__Q_DEFINING] = "SELECT node_key FROM definitions WHERE term >= ?1 AND term < ?2",
    [CSQ__Q_PARENT] = "SELECT parent_key, kind, text FROM nodes WHERE node_key = ?1",
    [CSQ__Q_COUNT_UPTO] = "SELECT count(*) FROM (SELECT 1 FROM nodes_fts"
                          " WHERE nodes_fts MATCH ?1 LIMIT ?2)",
    [CSQ__Q_CHAR_ROWS] = "SELECT rows FROM search_chars WHERE ch = ?1",
    [CSQ__Q_TEXTS] = "SELECT rowid, text FROM nodes_fts WHERE nodes_fts MATCH ?1 LIMIT ?2",
    /* Each law in its version in force on ?1 (docs/versions.md): the
     * others' provisions, a range of node_keys a version. */
    /* (a version is out of time on ?1 when it is later, or a later version
     * of its law is in force by then: each law's versions through
     * laws_by_id; the law_versions view sorted every row of laws, 58 ms a
     * search) */
    [CSQ__Q_OUT_OF_TIME] = "SELECT s.first_node, s.last_node FROM search_laws s"
                           " JOIN laws l ON l.law_key = s.law_key WHERE s.short = 0"
                           " AND (l.version > ?1 OR EXISTS (SELECT 1 FROM laws n WHERE n.id = l.id"
                           "  AND (l.id <> '' OR n.name = l.name) AND n.version <= ?1"
                           "  AND (n.version > l.version OR (n.version = l.version"
                           "  AND n.law_key > l.law_key))))"
                           " ORDER BY s.first_node",
    /* Without a date: the versions a later one replaced, those not among
     * current_laws (made at import by the same order). */
    [CSQ__Q_REPLACED] = "SELECT s.first_node, s.last_node FROM search_laws s WHERE s.short = 0"
                        " AND s.law_key NOT IN (SELECT law_key FROM current_laws)"
                        " ORDER BY s.first_node",
    /* How many there are, counted at import ('0': none to read; no row: a
     * database made before it was counted) */
    /* Before the next heading no deeper than it (its eid has no more
     * "__" than this one's: 第十章 ends at 第十一章, not at its 第一節), or
     * at its law's end. */
    [CSQ__Q_HEADING_LAST] =
        "SELECT coalesce((SELECT min(n.node_key) FROM nodes n WHERE n.law_key = h.law_key"
        " AND n.node_key > h.node_key"
        " AND n.kind IN ('part', 'chapter', 'section', 'subsection', 'subsubsection')"
        " AND length(n.eid) - length(replace(n.eid, '__', '')) <="
        " length(h.eid) - length(replace(h.eid, '__', ''))) - 1,"
        " (SELECT max(node_key) FROM nodes WHERE law_key = h.law_key))"
        " FROM nodes h WHERE h.node_key = ?1",
    [CSQ__Q_TITLE] = "SELECT title FROM nodes WHERE node_key = ?1",
    /* ?3 ?4 ?5: ?2 with each of grammar/words.tsv's act_endings */
    [CSQ__Q_IS_LAW_NAME] = "SELECT 1 FROM search_laws_fts f JOIN search_laws s"
                           " ON s.name_key = f.rowid WHERE search_laws_fts MATCH ?1"
                           " AND s.name IN (?2, ?3, ?4, ?5) LIMIT 1",
    [CSQ__Q_REPLACED_COUNT] = "SELECT value FROM meta WHERE key = 'replaced_versions'",
    [CSQ__Q_NODE_ID] = "SELECT l.id, n.eid FROM nodes n JOIN laws l USING (law_key)"
                       " WHERE n.node_key = ?1",
    [CSQ__Q_LAW_KEY] = "SELECT law_key FROM nodes WHERE node_key = ?1",
    [CSQ__Q_LAW_OF_NODE] = "SELECT s.first_node, s.last_node FROM nodes n JOIN search_laws s"
                           " ON s.law_key = n.law_key WHERE n.node_key = ?1 AND s.short = 0",
    [CSQ__Q_CITING] =
        "SELECT DISTINCT c.node_key FROM targets t JOIN citations c USING (citation_key)"
        " WHERE t.law_id = ?1 AND t.eid IN (?2, ?3) AND t.resolved"
        " AND (SELECT count(*) FROM targets n WHERE n.citation_key = t.citation_key) <= 3",
    [CSQ__Q_TEXT_OF] = "SELECT text FROM nodes WHERE node_key = ?1",
};

csq_status csq__searcher_stmt(csq__searcher *sr, int q, sqlite3_stmt **out, csq_error *err) {
  if (!sr->stmt[q] && sqlite3_prepare_v3(sr->db, SQL[q], -1, SQLITE_PREPARE_PERSISTENT,
                                         &sr->stmt[q], NULL) != SQLITE_OK)
    return csq__db_fail(sr->db, NULL, "search", err);
  *out = sr->stmt[q];
  return CSQ_OK;
}

/* ---- how many provisions hold a string: asked once a search ------------------ */

enum { COUNTS_KEPT = 32, COUNTED_BYTES = 32 };

/* What a search has counted: strings up to a limit (split.c's pairs,
 * rerank.c's pairs at a match's edges), and characters (search_chars). */
struct csq__counts {
  char text[COUNTS_KEPT][COUNTED_BYTES];
  long long limit[COUNTS_KEPT], count[COUNTS_KEPT];
  size_t n;
  char ch[COUNTS_KEPT][8];
  double ch_rows[COUNTS_KEPT];
  size_t chars;
};

static csq_status counts_of(csq__search *s, csq__counts **out, csq_error *err) {
  if (!s->counts)
    s->counts = csq__calloc(s->mem, 1, sizeof *s->counts);
  *out = s->counts;
  return s->counts ? CSQ_OK : csq__oom(err);
}

/* Where a new count goes: the next slot, or the last one again when all
 * are taken (a search asks few). */
static size_t count_slot(size_t *n) { return *n < COUNTS_KEPT ? (*n)++ : COUNTS_KEPT - 1; }

csq_status csq__rows_holding(csq__search *s, const char *str, long long limit, long long *out,
                             csq_error *err) {
  csq__counts *cc = NULL;
  csq_status st = counts_of(s, &cc, err);
  if (st != CSQ_OK)
    return st;
  size_t len = strlen(str);
  for (size_t i = 0; i < cc->n; i++)
    if (strcmp(cc->text[i], str) == 0 && (cc->count[i] < cc->limit[i] || cc->limit[i] >= limit)) {
      *out = cc->count[i] < limit ? cc->count[i] : limit;
      return CSQ_OK;
    }
  sqlite3_stmt *q = NULL;
  char quoted[COUNTED_BYTES + 2];
  if (len >= COUNTED_BYTES || strchr(str, '"'))
    return csq__fail(err, CSQ_INTERNAL, NULL, -1, "search: counting a string of %zu bytes", len);
  st = csq__searcher_stmt(s->sr, CSQ__Q_COUNT_UPTO, &q, err);
  if (st != CSQ_OK)
    return st;
  snprintf(quoted, sizeof quoted, "\"%s\"", str);
  sqlite3_bind_text(q, 1, quoted, -1, SQLITE_STATIC);
  sqlite3_bind_int64(q, 2, limit);
  int rc = sqlite3_step(q);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (rc != SQLITE_ROW)
    return csq__db_fail(s->sr->db, NULL, "search", err);
  size_t slot = count_slot(&cc->n);
  memcpy(cc->text[slot], str, len + 1);
  cc->limit[slot] = limit;
  cc->count[slot] = *out;
  return CSQ_OK;
}

csq_status csq__mostly_within(csq__search *s, const char *longer, long long f_shorter, int *mostly,
                              csq_error *err) {
  long long f = 0;
  csq_status st = f_shorter > 0 ? csq__rows_holding(s, longer, f_shorter / 2 + 1, &f, err) : CSQ_OK;
  *mostly = st == CSQ_OK && f_shorter > 0 && 2 * f >= f_shorter;
  return st;
}

csq_status csq__rows_holding_char(csq__search *s, const char *ch, double *out, csq_error *err) {
  csq__counts *cc = NULL;
  csq_status st = counts_of(s, &cc, err);
  if (st != CSQ_OK)
    return st;
  for (size_t i = 0; i < cc->chars; i++)
    if (strcmp(cc->ch[i], ch) == 0) {
      *out = cc->ch_rows[i];
      return CSQ_OK;
    }
  size_t len = strlen(ch);
  if (len >= sizeof cc->ch[0])
    return csq__fail(err, CSQ_INTERNAL, NULL, -1, "search: counting a character of %zu bytes", len);
  sqlite3_stmt *q = NULL;
  st = csq__searcher_stmt(s->sr, CSQ__Q_CHAR_ROWS, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_text(q, 1, ch, -1, SQLITE_STATIC);
  int rc = sqlite3_step(q);
  *out = rc == SQLITE_ROW ? sqlite3_column_double(q, 0) : 0;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return csq__db_fail(s->sr->db, NULL, "search", err);
  size_t slot = count_slot(&cc->chars);
  memcpy(cc->ch[slot], ch, len + 1);
  cc->ch_rows[slot] = *out;
  return CSQ_OK;
}

void csq__searcher_free(csq__searcher *sr) {
  if (!sr)
    return;
  csq__priors_close(&sr->priors);
  for (int i = 0; i < CSQ__Q_COUNT; i++)
    sqlite3_finalize(sr->stmt[i]);
  csq__vec_free(sr->mem, &sr->out_of_time);
  if (sr->owns_db)
    sqlite3_close(sr->db);
  csq__free(sr->mem, sr);
}

static csq_status searcher_new(const csq_mem *mem, sqlite3 *db, int owns_db, csq__searcher **out,
                               csq_error *err) {
  csq__searcher *sr = csq__calloc(mem, 1, sizeof *sr);
  if (!sr) {
    if (owns_db)
      sqlite3_close(db);
    return csq__oom(err);
  }
  sr->mem = mem;
  sr->db = db;
  sr->owns_db = owns_db;
  sr->priors.db = db;
  sr->priors.chunk = -1;
  csq_status st = csq__rank_register(db, &sr->ranker, err);
  if (st == CSQ_OK)
    st = csq__match_register(sr->ranker, err);
  if (st == CSQ_OK && !csq__priors_present(db))
    st = csq__fail(err, CSQ_BAD_DB, NULL, -1,
                   "search: the database was imported by an older csquery (it has no search "
                   "priors): build it again with csquery import");
  if (st == CSQ_OK)
    st = csq__weights_load(NULL, &sr->weights, err);
  if (st != CSQ_OK) {
    csq__searcher_free(sr);
    return st;
  }
  *out = sr;
  return CSQ_OK;
}

/* Without a database: a throw-away one in memory, holding the laws of the
 * corpus with their obligations and definitions (the built-in corpus is a
 * few kilobytes). */
static csq_status memory_db(const csq_corpus *corpus, sqlite3 **out, csq_error *err) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(":memory:", &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      NULL) != SQLITE_OK) {
    csq_status st = csq__db_fail(db, ":memory:", "opening a database in memory", err);
    sqlite3_close(db);
    return st;
  }
  csq__writer *w = NULL;
  csq_obligations *obligations = NULL;
  csq_definitions *definitions = NULL;
  csq_status st = csq__store_create_schema(db, err);
  if (st == CSQ_OK)
    st = csq__writer_new(db, csq__corpus_mem(corpus), NULL, &w, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    st = csq__writer_law(w, csq_corpus_law_at(corpus, i), err);
  if (st == CSQ_OK)
    st = csq_obligations_build(corpus, &obligations, err);
  if (st == CSQ_OK) /* the scopes they name matter not to search: no citations */
    st = csq_definitions_build(corpus, NULL, &definitions, err);
  if (st == CSQ_OK)
    st = csq__writer_obligations(w, obligations, err);
  if (st == CSQ_OK)
    st = csq__writer_definitions(w, definitions, err);
  csq__writer_free(w);
  csq_definitions_free(definitions);
  csq_obligations_free(obligations);
  if (st == CSQ_OK)
    st = csq__store_finish(db, csq__corpus_mem(corpus), 0, err);
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
csq_status csq__searcher_for(csq_library *lib, csq__searcher **out, int *local, csq_error *err) {
  *local = !lib->db;
  if (lib->db && lib->searcher) {
    *out = lib->searcher;
    return CSQ_OK;
  }
  sqlite3 *db = lib->db ? lib->db->db : NULL;
  csq_status st = db ? CSQ_OK : memory_db(lib->corpus, &db, err);
  if (st == CSQ_OK)
    st = searcher_new(lib->mem, db, !lib->db, out, err);
  if (st == CSQ_OK && lib->db)
    lib->searcher = *out;
  return st;
}
