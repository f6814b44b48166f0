/*
 * extension.c — the csquery database in other tools: a loadable SQLite
 * extension that registers the "csquery" FTS5 tokenizer (fts_tokenizer.c)
 * and the ranking function csq_bm25 (rank.c) on a connection, so that
 *
 *     sqlite3 csquery.db
 *     sqlite> .load /usr/local/lib/sqlite3/csquery
 *     sqlite> SELECT rowid FROM nodes_fts WHERE nodes_fts MATCH '資通安全';
 *
 * works (docs/database.md). This file and the store's files it needs are
 * compiled a second time with CSQ_SQLITE_EXTENSION, which routes every
 * sqlite3_ call through the routines the host hands over: the module
 * carries no SQLite of its own, and exports nothing but its entry point.
 */
#include "store/store.h"

SQLITE_EXTENSION_INIT1

/* SQLite finds this entry point from the file's name: csquery.so →
 * sqlite3_csquery_init. */
__attribute__((visibility("default"))) int sqlite3_csquery_init(sqlite3 *db, char **error_message,
                                                                const sqlite3_api_routines *api) {
  SQLITE_EXTENSION_INIT2(api);
  csq_error err;
  csq_error_clear(&err);
  csq_ranker *ranker;
  if (csq__fts_register(db, &err) != CSQ_OK || csq__rank_register(db, &ranker, &err) != CSQ_OK) {
    if (error_message)
      *error_message = sqlite3_mprintf("csquery: %s", err.message);
    return err.cause ? err.cause : SQLITE_ERROR;
  }
  return SQLITE_OK;
}
