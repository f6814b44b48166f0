/*
 * versions.c — the versions of the laws stored: which one is in force on a
 * date (the latest stored on or before it), and every version with the
 * date the next one replaced it (the law_versions view of schema.c).
 */
#include <string.h>

#include "store/store.h"

/* The earliest version of `name` stored, for a message; 0 or -1. */
static int earliest(csq_db *d, const char *name, char *version, size_t size, char *full,
                    size_t full_size) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT version, name FROM laws WHERE id = ?1 OR name = ?1"
                         " ORDER BY version LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return -1;
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  version[0] = full[0] = '\0';
  if (rc == SQLITE_ROW) {
    snprintf(version, size, "%s", csq__db_text(s, 0));
    snprintf(full, full_size, "%s", csq__db_text(s, 1));
  }
  sqlite3_finalize(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

csq_status csq__db_pick_version(csq_db *d, const char *name, const char *date, char *key,
                                size_t key_size, char *version, size_t version_size,
                                csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT CASE WHEN id <> '' THEN id ELSE name END, version FROM laws"
                         " WHERE (id = ?1 OR name = ?1) AND (?2 = '' OR version <= ?2)"
                         " ORDER BY version DESC, law_key DESC LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, date ? date : "", -1, SQLITE_STATIC);
  key[0] = '\0';
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    snprintf(key, key_size, "%s", csq__db_text(s, 0));
    snprintf(version, version_size, "%s", csq__db_text(s, 1));
  }
  sqlite3_finalize(s);
  if (rc == SQLITE_ROW)
    return CSQ_OK;
  if (rc != SQLITE_DONE)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  char first[16], full[512];
  if (earliest(d, name, first, sizeof first, full, sizeof full) != 0)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  if (!first[0] && !full[0])
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law named %s is stored", name);
  snprintf(key, key_size, "%s", name); /* stored, only younger than `date` */
  return csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                   "%s has no version in force on %s: the earliest stored is %s (csquery history "
                   "%s)",
                   full, date, first, name);
}

/* The columns a visitor is told of, in csq_version_info's order. */
static void visit_row(sqlite3_stmt *s, csq_version_visit_fn visit, void *ctx) {
  csq_version_info v = {.id = csq__db_text(s, 0),
                        .name = csq__db_text(s, 1),
                        .level = csq__db_text(s, 2),
                        .version = csq__db_text(s, 3),
                        .until = csq__db_text(s, 4),
                        .repealed = strcmp(csq__db_text(s, 5), "repealed") == 0,
                        .articles = (size_t)sqlite3_column_int64(s, 6),
                        .format = csq__db_text(s, 7),
                        .source = csq__db_text(s, 8)};
  visit(ctx, &v);
}

csq_status csq__db_versions(csq_db *d, const char *law, csq_version_visit_fn visit, void *ctx,
                            csq_error *err) {
  /* Every law: laws in the order first imported, each one's versions by
   * date. One law: its rows alone (the window over every law costs a
   * hundred times more). */
  static const char ALL[] =
      "SELECT id, name, level, version, until, status, articles, format, source FROM ("
      " SELECT *, min(law_key) OVER (PARTITION BY CASE WHEN id <> '' THEN id ELSE name END)"
      "  AS first FROM law_versions) ORDER BY first, version, law_key";
  /* (the law's rows found by pcode through laws_by_id, else by name among
   * the laws with none: a condition on an expression of every row read
   * the whole table, 0.1 s over the national database) */
  static const char ONE[] =
      "WITH k AS (SELECT id, name FROM laws WHERE id = ?1 OR name = ?1"
      "  ORDER BY version DESC LIMIT 1)"
      " SELECT l.id, l.name, l.level, l.version,"
      " coalesce(lead(l.version) OVER (ORDER BY l.version, l.law_key), '') AS until, l.status,"
      " l.articles, l.format, l.source FROM k JOIN laws l ON l.id = k.id"
      " WHERE k.id <> '' OR l.name = k.name ORDER BY l.version, l.law_key";
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, law ? ONE : ALL, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the versions", err);
  if (law)
    sqlite3_bind_text(s, 1, law, -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    visit_row(s, visit, ctx);
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(d->db, d->path, "reading the versions", err);
}

csq_status csq__db_cited_versions(csq_db *d, const csq_node *node, csq_version_visit_fn visit,
                                  void *ctx, csq_error *err) {
  /* the versions the stored targets link (settled at import), by law */
  static const char SQL[] =
      "SELECT DISTINCT t.law_id, t.law_name, t.version FROM citations c"
      " CROSS JOIN nodes n ON n.node_key = c.node_key"
      " CROSS JOIN targets t ON t.citation_key = c.citation_key"
      " WHERE c.node_key BETWEEN ?1 AND ?2 AND n.law_key = ?3 AND t.version <> ''";
  long long law_key, lo, hi;
  csq_status st = csq__db_law_key(d, node->law, &law_key, err);
  if (st == CSQ_OK)
    st = csq__db_subtree_keys(d, law_key, node, &lo, &hi, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, SQL, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the citations", err);
  sqlite3_bind_int64(s, 1, lo);
  sqlite3_bind_int64(s, 2, hi);
  sqlite3_bind_int64(s, 3, law_key);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    csq_version_info v = {
        .id = csq__db_text(s, 0), .name = csq__db_text(s, 1), .version = csq__db_text(s, 2)};
    visit(ctx, &v);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(d->db, d->path, "reading the citations", err);
}
