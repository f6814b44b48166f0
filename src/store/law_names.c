/*
 * law_names.c — the names search finds laws by: every stored law's name,
 * and the short names grammar/law_names.tsv gives its pcode (勞基法 for
 * 勞動基準法, 個資法 for 個人資料保護法), each with the node_keys the law's
 * provisions lie between, in search_laws; search_laws_fts indexes the names
 * with the csquery tokenizer, so that a search finds the laws whose name
 * holds a term (環境影響評估 → 環境影響評估法) in one lookup. Written once at
 * the end of an import (docs/database.md).
 */
#include <string.h>

#include "store/store.h"

static const char CREATE[] =
    "DROP TABLE IF EXISTS search_laws_fts;"
    "DROP TABLE IF EXISTS search_laws;"
    "CREATE TABLE search_laws("
    "  name_key INTEGER PRIMARY KEY,"
    "  law_key INTEGER NOT NULL REFERENCES laws,"
    "  name TEXT NOT NULL,"
    "  short INTEGER NOT NULL," /* 1 for a short name, 0 for the law's own */
    "  first_node INTEGER NOT NULL, last_node INTEGER NOT NULL);"
    "CREATE VIRTUAL TABLE search_laws_fts USING fts5("
    "  name, content='search_laws', content_rowid='name_key', tokenize='csquery');"
    /* a law's provisions are stored together: one range of node_keys */
    "INSERT INTO search_laws(law_key, name, short, first_node, last_node)"
    " SELECT l.law_key, l.name, 0, min(n.node_key), max(n.node_key)"
    " FROM laws l JOIN nodes n ON n.law_key = l.law_key GROUP BY l.law_key;"
    "CREATE TEMP TABLE short_names(pcode TEXT NOT NULL, name TEXT NOT NULL);";

static const char ADD_SHORT[] =
    "INSERT INTO search_laws(law_key, name, short, first_node, last_node)"
    " SELECT DISTINCT s.law_key, t.name, 1, s.first_node, s.last_node"
    " FROM temp.short_names t JOIN laws l ON l.id = t.pcode"
    " JOIN search_laws s ON s.law_key = l.law_key AND s.short = 0"
    " WHERE t.name <> l.name;"
    "DROP TABLE temp.short_names;"
    "INSERT INTO search_laws_fts(search_laws_fts) VALUES('rebuild');";

/* Whether s is a pcode: a capital letter and seven digits (A0030297). */
static int is_pcode(const char *s) {
  return strlen(s) == 8 && s[0] >= 'A' && s[0] <= 'Z' && strspn(s + 1, "0123456789") == 7;
}

/* The `pcode<TAB>name` lines of grammar/law_names.tsv into short_names. The
 * file is embedded with its tabs and line ends turned into NULs (as the
 * lawbook reads it): a field is a C string in place. */
static csq_status read_short_names(sqlite3 *db, csq_error *err) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, "grammar/law_names.tsv", -1, "not embedded");
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db, "INSERT INTO temp.short_names VALUES (?1, ?2)", -1, &s, NULL);
  const char *p = (const char *)f->data, *end = p + f->size;
  while (rc == SQLITE_OK && p < end) {
    const char *id = p;
    p += strlen(p) + 1;
    if (!is_pcode(id) || p >= end)
      continue; /* a comment, or the end */
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, p, -1, SQLITE_STATIC);
    p += strlen(p) + 1;
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_OK ? CSQ_OK : csq__db_fail(db, NULL, "indexing the short names", err);
}

csq_status csq__law_index_write(sqlite3 *db, csq_error *err) {
  csq_status st = csq__db_exec(db, CREATE, NULL, err);
  if (st == CSQ_OK)
    st = read_short_names(db, err);
  if (st == CSQ_OK)
    st = csq__db_exec(db, ADD_SHORT, NULL, err);
  return st;
}
