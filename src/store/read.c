/*
 * read.c — reading the database: a law back into a corpus as a tree, the
 * list of stored laws, the law a bare 第N條 means, and which laws cite a
 * provision. A SQLite error inside a loop over rows fails the call: a
 * damaged database never answers as if its rows had run out.
 */
#include <string.h>

#include "store/store.h"

/* The first and last node key of a law (node keys of one law are
 * contiguous): read apart from the rows, as a window over them made
 * SQLite copy and sort every row of the law first. */
static csq_status node_key_span(csq_db *d, long long law_key, long long *first, long long *span,
                                csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(
          d->db, "SELECT min(node_key), max(node_key), count(*) FROM nodes WHERE law_key = ?", -1,
          &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading a law", err);
  sqlite3_bind_int64(s, 1, law_key);
  csq_status st = CSQ_OK;
  if (sqlite3_step(s) != SQLITE_ROW)
    st = csq__db_fail(d->db, d->path, "reading a law", err);
  else {
    *first = sqlite3_column_int64(s, 0);
    *span = sqlite3_column_type(s, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(s, 1) - *first + 1;
    if (*span != sqlite3_column_int64(s, 2)) /* a law's node keys are contiguous */
      st = csq__db_damaged(err, 0, d->path, "a law's node keys are not contiguous");
  }
  sqlite3_finalize(s);
  return st;
}

/* The node of row s, added under its parent. */
static csq_status add_row(csq_db *d, sqlite3_stmt *s, long long law_key, long long first,
                          long long span, csq_node **by_key, csq_law *law, csq_error *err) {
  long long key = sqlite3_column_int64(s, 0) - first;
  long long parent =
      sqlite3_column_type(s, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 1) - first;
  csq_kind kind = csq__kind_from_name(csq__db_text(s, 2));
  if (key < 0 || key >= span || parent >= span || (parent >= 0 && !by_key[parent]) ||
      kind == CSQ_LAW)
    return csq__fail(err, CSQ_BAD_DB, d->path, -1,
                     "damaged tree rows for law %lld: build the database again with csquery "
                     "import",
                     law_key);
  by_key[key] =
      csq__law_add_node(law, parent >= 0 ? by_key[parent] : NULL, kind, csq__db_text(s, 3),
                        csq__db_text(s, 4), csq__db_text(s, 5), csq__db_text(s, 6),
                        csq__db_text(s, 7), (size_t)sqlite3_column_bytes(s, 7));
  return by_key[key] ? CSQ_OK : csq__oom(err);
}

/* Rebuilds the tree from its rows: they come in document order, so every
 * parent is made before its children; node keys of one law are
 * contiguous, which makes the key → node map an array. */
static csq_status load_nodes(csq_db *d, long long law_key, csq_law *law, csq_error *err) {
  long long first = 0, span = 0;
  csq_status st = node_key_span(d, law_key, &first, &span, err);
  if (st != CSQ_OK || span == 0)
    return st; /* no rows: the caller says the law has no articles */
  csq_node **by_key = csq__calloc(d->mem, (size_t)span, sizeof *by_key);
  if (!by_key)
    return csq__oom(err);
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT node_key, parent_key, kind, num, eid, cite, title, text"
                         " FROM nodes WHERE law_key = ? ORDER BY ord",
                         -1, &s, NULL) != SQLITE_OK)
    st = csq__db_fail(d->db, d->path, "reading a law", err);
  else
    sqlite3_bind_int64(s, 1, law_key);
  int rc = SQLITE_DONE;
  while (st == CSQ_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
    st = add_row(d, s, law_key, first, span, by_key, law, err);
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "reading a law", err);
  csq__free(d->mem, by_key);
  sqlite3_finalize(s);
  return st;
}

/* A law read back from the row s is at (the columns of LAW_COLUMNS): its
 * facts, then its tree. */
static csq_status read_law(csq_db *d, sqlite3_stmt *s, csq_law **out, csq_error *err) {
  csq_law_meta meta = {.id = csq__db_text(s, 1),
                       .name = csq__db_text(s, 2),
                       .level = csq__db_text(s, 3),
                       .version = csq__db_text(s, 4),
                       .parent_id = csq__db_text(s, 6),
                       .parent_name = csq__db_text(s, 7),
                       .format = csq__db_text(s, 9),
                       .history = csq__db_text(s, 10),
                       .repealed = strcmp(csq__db_text(s, 5), "repealed") == 0};
  csq_law *law = NULL; /* freed below when anything fails, csq__law_new too */
  csq_status st = csq__law_new(&meta, csq__db_text(s, 8), d->mem, &law, err);
  if (st == CSQ_OK)
    st = load_nodes(d, sqlite3_column_int64(s, 0), law, err);
  if (st == CSQ_OK && csq_law_article_count(law) == 0)
    st = csq__fail(err, CSQ_BAD_DB, d->path, -1,
                   "%s is stored without articles: build the database again with csquery import",
                   meta.name);
  if (st == CSQ_OK)
    st = csq__law_seal(law, err);
  if (st != CSQ_OK) {
    csq__law_free(law);
    return st;
  }
  *out = law;
  return CSQ_OK;
}

#define LAW_COLUMNS                                                                                \
  "law_key, id, name, level, version, status, parent_id, parent_name, source, format, history"

csq_status csq__db_load_version(csq_db *d, csq_corpus *corpus, const char *key, const char *version,
                                const csq_law **out, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT " LAW_COLUMNS
                         " FROM laws WHERE (id = ?1 OR (id = '' AND name = ?1))"
                         " AND version = ?2 ORDER BY law_key DESC LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, version, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  csq_law *law = NULL;
  csq_status st = rc == SQLITE_ROW    ? read_law(d, s, &law, err)
                  : rc == SQLITE_DONE ? csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                                                  "no version %s of %s is stored", version, key)
                                      : csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_finalize(s);
  if (st == CSQ_OK)
    st = csq__corpus_adopt(corpus, law, err);
  if (st == CSQ_OK)
    *out = law;
  return st;
}

csq_status csq_db_load_law(csq_db *d, csq_corpus *corpus, const char *name, const csq_law **out,
                           csq_error *err) {
  csq_status checked = csq__check_query(name, "the law's name", err);
  if (checked != CSQ_OK)
    return checked;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT " LAW_COLUMNS " FROM laws WHERE id = ?1 OR name = ?1"
                         " ORDER BY version DESC, law_key DESC LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  csq_law *law = NULL;
  csq_status st = rc == SQLITE_ROW ? read_law(d, s, &law, err)
                  : rc == SQLITE_DONE
                      ? csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law named %s is stored", name)
                      : csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_finalize(s);
  if (st == CSQ_OK)
    st = csq__corpus_adopt(corpus, law, err);
  if (st == CSQ_OK)
    *out = law;
  return st;
}

csq_status csq__db_law_count(csq_db *d, size_t *out, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT count(DISTINCT CASE WHEN id <> '' THEN id ELSE name END)"
                         " FROM laws",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "counting the laws", err);
  int rc = sqlite3_step(s);
  *out = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 0) : 0;
  sqlite3_finalize(s);
  return rc == SQLITE_ROW ? CSQ_OK : csq__db_fail(d->db, d->path, "counting the laws", err);
}

/* Whether `corpus` holds this version of the law in row s already. */
static int in_corpus(const csq_corpus *corpus, sqlite3_stmt *s) {
  for (size_t i = 0; i < csq_corpus_law_count(corpus); i++) {
    const csq_law *l = csq_corpus_law_at(corpus, i);
    if (strcmp(l->id, csq__db_text(s, 1)) == 0 && strcmp(l->name, csq__db_text(s, 2)) == 0 &&
        strcmp(l->version, csq__db_text(s, 4)) == 0)
      return 1;
  }
  return 0;
}

csq_status csq__db_load_versions(csq_db *d, csq_corpus *corpus, const char *name, size_t *loaded,
                                 csq_error *err) {
  static const char COLUMNS[] = "SELECT law_key, id, name, level, version, status, parent_id,"
                                " parent_name, source FROM laws";
  char sql[256];
  snprintf(sql, sizeof sql, "%s%s ORDER BY law_key", COLUMNS,
           name ? " WHERE id = ?1 OR name = ?1" : "");
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  if (name)
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  csq_status st = CSQ_OK;
  size_t n = 0;
  int rc;
  while (st == CSQ_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (name && in_corpus(corpus, s))
      continue;
    csq_law *law = NULL;
    st = read_law(d, s, &law, err);
    if (st == CSQ_OK)
      st = csq__corpus_adopt(corpus, law, err);
    n += st == CSQ_OK;
  }
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_finalize(s);
  if (loaded)
    *loaded = n;
  return st;
}

csq_status csq__db_primary(csq_db *d, char *buf, size_t size, csq_error *err) {
  char preferred[64];
  csq_status st = csq__manifest_primary(preferred, sizeof preferred, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_stmt *s = NULL;
  /* The law csquery was made for when stored, else the first law stored.
   * Two queries, each answered from an index: one ORDER BY over both read
   * every law. */
  if (sqlite3_prepare_v2(d->db,
                         "SELECT id FROM laws WHERE id = ?1"
                         " UNION ALL SELECT * FROM (SELECT CASE WHEN id <> '' THEN id ELSE name END"
                         " FROM laws ORDER BY law_key LIMIT 1) LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_bind_text(s, 1, preferred, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    snprintf(buf, size, "%s", csq__db_text(s, 0));
  st = rc == SQLITE_ROW    ? CSQ_OK
       : rc == SQLITE_DONE ? csq__fail(err, CSQ_NOT_FOUND, d->path, -1,
                                       "the database holds no law: csquery import FILE…")
                           : csq__db_fail(d->db, d->path, "reading the laws", err);
  sqlite3_finalize(s);
  return st;
}

csq_status csq_db_laws(csq_db *d, csq_law_visit_fn visit, void *ctx, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT id, name, version, level, status, articles FROM laws"
                         " ORDER BY law_key",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "reading the laws", err);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    visit(ctx, csq__db_text(s, 0), csq__db_text(s, 1), csq__db_text(s, 2), csq__db_text(s, 3),
          strcmp(csq__db_text(s, 4), "repealed") == 0, (size_t)sqlite3_column_int64(s, 5));
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(d->db, d->path, "reading the laws", err);
}

/* The laws whose citations name `eid` of the law `key` (pcode or name), a
 * part of it, or a provision holding it: the relations of cited-by, but
 * for citations of the whole law (依公司法之規定), which are read in only
 * when the law itself is asked for — a law such as 公司法 is named as a
 * whole by hundreds of others. */
csq_status csq__db_citing_laws(csq_db *d, const char *key, const char *eid,
                               csq_status (*found)(void *, const char *, csq_error *), void *ctx,
                               csq_error *err) {
  /* The eIds asked for: the provision and every provision holding it
   * (art_16__para_1 → art_16__para_1, art_16), and its parts by range. */
  static const char SQL[] =
      "SELECT DISTINCT CASE WHEN l.id <> '' THEN l.id ELSE l.name END FROM targets t"
      " JOIN citations c ON c.citation_key = t.citation_key"
      " JOIN nodes n ON n.node_key = c.node_key JOIN laws l ON l.law_key = n.law_key"
      " WHERE (t.law_id = ?1 OR (t.law_id = '' AND t.law_name = ?1))"
      " AND (?2 = '' OR t.eid = ?2 OR (t.eid > ?2 || '__' AND t.eid < ?2 || '__~')"
      "      OR (t.eid <> '' AND instr(?2, t.eid || '__') = 1))";
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, SQL, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "cited-by", err);
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, eid, -1, SQLITE_STATIC);
  int rc;
  csq_status st = CSQ_OK;
  while (st == CSQ_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
    st = found(ctx, csq__db_text(s, 0), err);
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(d->db, d->path, "cited-by", err);
  sqlite3_finalize(s);
  return st;
}
