/*
 * check.c — csquery check: SQLite's integrity check, which reads every page
 * (and so checks every page's checksum), then csquery's own: the full-text
 * index against the provisions, and the counts and keys that must agree
 * between the tables (each law's articles, provisions under stored laws and
 * parents, a law's provisions stored together, citations, targets,
 * obligations and definitions beside stored rows; of schema 5, the
 * statement an exception qualifies and the one whose bearer a statement
 * takes, both of the same law).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "store/store.h"

typedef struct checker {
  csq_db *d;
  csq_check_fn say;
  void *ctx;
  size_t problems;
} checker;

static void tell(checker *c, int problem, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void tell(checker *c, int problem, const char *fmt, ...) {
  char line[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  c->problems += problem != 0;
  if (c->say)
    c->say(c->ctx, problem, line);
}

/* A problem found while looking for problems: what SQLite said, told as a
 * problem (a page that fails its checksum stops the integrity check). */
static void failed(checker *c, const char *what) {
  csq_error e;
  csq__db_fail(c->d->db, c->d->path, what, &e);
  tell(c, 1, "%s", e.message);
}

/* Tells every row of `sql` (one text column each) as a problem, at most
 * `most`; 0, or -1 when the query itself failed. */
static int each_row(checker *c, const char *what, const char *sql, int most) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(c->d->db, sql, -1, &s, NULL) != SQLITE_OK) {
    failed(c, what);
    return -1;
  }
  int rc, told = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (told++ < most)
      tell(c, 1, "%s: %s", what, csq__db_text(s, 0));
  }
  if (told > most)
    tell(c, 1, "%s: %d more", what, told - most);
  if (rc != SQLITE_DONE)
    failed(c, what);
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* The problems csquery's readers would trip on, each a query whose rows
 * name them. */
static const struct {
  const char *what, *sql;
} AGREEMENTS[] = {
    {"article counts",
     "SELECT l.name || ' says ' || l.articles || ' articles; ' || count(n.node_key) || ' stored'"
     " FROM laws l LEFT JOIN nodes n ON n.law_key = l.law_key AND n.kind = 'article'"
     " GROUP BY l.law_key HAVING count(n.node_key) <> l.articles OR l.articles = 0"},
    {"provisions of no law",
     "SELECT 'provision ' || node_key || ' names law ' || law_key FROM nodes"
     " WHERE law_key NOT IN (SELECT law_key FROM laws)"},
    {"provisions under no provision",
     "SELECT 'provision ' || node_key || ' names parent ' || parent_key FROM nodes"
     " WHERE parent_key IS NOT NULL AND parent_key NOT IN (SELECT node_key FROM nodes)"},
    {"provisions apart",
     "SELECT l.name || ': ' || count(*) || ' provisions between keys ' || min(n.node_key) ||"
     " ' and ' || max(n.node_key) FROM laws l JOIN nodes n USING (law_key) GROUP BY l.law_key"
     " HAVING max(n.node_key) - min(n.node_key) + 1 <> count(*)"},
    {"citations of no provision",
     "SELECT 'citation ' || citation_key || ' names provision ' || node_key FROM citations"
     " WHERE node_key NOT IN (SELECT node_key FROM nodes)"},
    {"targets of no citation", "SELECT 'a target names citation ' || citation_key FROM targets"
                               " WHERE citation_key NOT IN (SELECT citation_key FROM citations)"},
    {"obligations of no provision",
     "SELECT 'obligation ' || obligation_key || ' names provision ' || node_key FROM obligations"
     " WHERE node_key NOT IN (SELECT node_key FROM nodes)"},
    /* schema 5: the statements an obligation names (an exception's, a
     * carried bearer's) and where a carried bearer is written are rows of
     * the same law; the reader takes them as parts of that law */
    {"carried bearers of no provision",
     "SELECT 'obligation ' || o.obligation_key || ' takes its bearer from provision ' ||"
     " o.actor_from FROM obligations o LEFT JOIN nodes f ON f.node_key = o.actor_from"
     " WHERE o.actor_from IS NOT NULL AND f.law_key IS NOT"
     " (SELECT law_key FROM nodes WHERE node_key = o.node_key)"},
    {"exceptions of no statement",
     "SELECT 'obligation ' || o.obligation_key || ' qualifies ' || o.qualifies ||"
     " CASE WHEN q.obligation_key IS NULL THEN ', which is not stored'"
     " ELSE ', a statement of another law' END"
     " FROM obligations o LEFT JOIN obligations q ON q.obligation_key = o.qualifies"
     " LEFT JOIN nodes qn ON qn.node_key = q.node_key"
     " WHERE o.qualifies IS NOT NULL AND qn.law_key IS NOT"
     " (SELECT law_key FROM nodes WHERE node_key = o.node_key)"},
    {"bearers taken from no statement",
     "SELECT 'obligation ' || o.obligation_key || ' takes its bearer from ' || o.actor_source ||"
     " CASE WHEN so.obligation_key IS NULL THEN ', which is not stored'"
     " ELSE ', a statement of another law' END"
     " FROM obligations o LEFT JOIN obligations so ON so.obligation_key = o.actor_source"
     " LEFT JOIN nodes sn ON sn.node_key = so.node_key"
     " WHERE o.actor_source IS NOT NULL AND sn.law_key IS NOT"
     " (SELECT law_key FROM nodes WHERE node_key = o.node_key)"},
    {"the full-text index",
     "SELECT 'provision ' || node_key || ' is not in it' FROM nodes"
     " WHERE text <> '' AND node_key NOT IN (SELECT id FROM nodes_fts_docsize)"
     " UNION ALL SELECT 'it holds ' || id || ', which is no provision with text'"
     " FROM nodes_fts_docsize WHERE id NOT IN (SELECT node_key FROM nodes WHERE text <> '')"},
    {"bearer names of no obligation",
     "SELECT 'name ' || a.name || ' names obligation ' || a.obligation_key FROM obligation_actors a"
     " WHERE a.obligation_key NOT IN (SELECT obligation_key FROM obligations)"
     " OR a.law_key NOT IN (SELECT law_key FROM laws)"},
    {"current laws", "SELECT 'law ' || law_key || ' is current but not stored' FROM current_laws"
                     " WHERE law_key NOT IN (SELECT law_key FROM laws)"},
    /* schema 7: every version of every law (docs/versions.md) is stored
     * once, read from a format csquery reads, and only the latest of a law
     * is current; a target links a version that is stored */
    {"versions stored twice",
     "SELECT name || ' ' || version || ' is stored ' || count(*) || ' times' FROM laws"
     " GROUP BY CASE WHEN id <> '' THEN id ELSE name END, version HAVING count(*) > 1"},
    {"formats", "SELECT name || ' ' || version || ' was read from ' || quote(format) ||"
                "', which csquery does not read' FROM laws WHERE format NOT IN"
                " ('moj', 'moj-old', 'text')"},
    {"current versions",
     "SELECT l.name || ' ' || l.version || ' is current, but a later version is stored'"
     " FROM current_laws c JOIN laws l USING (law_key) WHERE EXISTS (SELECT 1 FROM laws m"
     " WHERE CASE WHEN m.id <> '' THEN m.id ELSE m.name END ="
     " CASE WHEN l.id <> '' THEN l.id ELSE l.name END"
     " AND (m.version > l.version OR (m.version = l.version AND m.law_key > l.law_key)))"},
    {"targets of no version",
     "SELECT 'a target of citation ' || t.citation_key || ' links ' || t.law_id || ' ' ||"
     " t.version || ', which is not stored' FROM targets t WHERE t.version <> ''"
     " AND t.law_id <> '' AND NOT EXISTS (SELECT 1 FROM laws l WHERE l.id = t.law_id"
     " AND l.version = t.version)"},
    {"definitions of no provision",
     "SELECT 'definition ' || definition_key || ' names provision ' || node_key FROM definitions"
     " WHERE node_key NOT IN (SELECT node_key FROM nodes)"},
};

/* What the database holds, told as facts. */
static void tell_counts(checker *c) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(c->d->db,
                         "SELECT (SELECT count(*) FROM laws), (SELECT count(*) FROM nodes),"
                         " (SELECT count(*) FROM citations), (SELECT count(*) FROM obligations),"
                         " (SELECT count(*) FROM definitions)",
                         -1, &s, NULL) != SQLITE_OK) {
    failed(c, "counting");
    return;
  }
  if (sqlite3_step(s) == SQLITE_ROW)
    tell(c, 0, "%lld laws, %lld provisions, %lld citations, %lld obligations, %lld definitions",
         sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2),
         sqlite3_column_int64(s, 3), sqlite3_column_int64(s, 4));
  else
    failed(c, "counting");
  sqlite3_finalize(s);
}

/* FTS5's own check of its index. It is asked as an INSERT, so on a
 * connection that may write, in a transaction rolled back: it changes
 * nothing. (Its check against the provisions' text, rank 1, wants a row
 * for every provision; those without text are left out of the index, and
 * AGREEMENTS checks that the others are in.) */
static void check_index(checker *c) {
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(c->d->path, &db, SQLITE_OPEN_READWRITE, CSQ_CHECKSUM_VFS) != SQLITE_OK) {
    tell(c, 0, "the full-text index: not checked (%s)", sqlite3_errmsg(db));
    sqlite3_close(db);
    return;
  }
  csq_error e;
  if (csq__fts_register(db, &e) != CSQ_OK)
    tell(c, 1, "the full-text index: %s", e.message);
  else if (sqlite3_exec(
               db, "BEGIN; INSERT INTO nodes_fts(nodes_fts, rank) VALUES ('integrity-check', 0)",
               NULL, NULL, NULL) != SQLITE_OK) {
    csq__db_fail(db, c->d->path, "the full-text index", &e);
    tell(c, 1, "%s", e.message);
  } else
    tell(c, 0, "the full-text index: consistent");
  sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close(db);
}

csq_status csq_db_check(csq_db *d, csq_check_fn say, void *ctx, csq_error *err) {
  checker c = {d, say, ctx, 0};
  tell(&c, 0, "page checksums: %s",
       csq__checksum_reserved(d->db) ? "every page has one, and every read checks it"
                                     : "none (an older database: import --fresh adds them)");
  if (each_row(&c, "SQLite's integrity check",
               "SELECT integrity_check FROM pragma_integrity_check(100)"
               " WHERE integrity_check <> 'ok'",
               100) == 0 &&
      c.problems == 0)
    tell(&c, 0, "SQLite's integrity check: ok, every page read");
  check_index(&c);
  for (size_t i = 0; i < sizeof AGREEMENTS / sizeof AGREEMENTS[0]; i++)
    each_row(&c, AGREEMENTS[i].what, AGREEMENTS[i].sql, 20);
  tell_counts(&c);
  if (c.problems)
    return csq__db_damaged(err, SQLITE_CORRUPT, d->path,
                           c.problems == 1 ? "1 problem found" : "problems found");
  return CSQ_OK;
}
