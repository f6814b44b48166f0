/*
 * store.h — the SQLite database: schema, writing, reading, the FTS5
 * tokenizer and the ranking function.
 */
#ifndef CSQ_STORE_H
#define CSQ_STORE_H

#include <sqlite3.h>

#include "deontic/deontic.h"

/* ---- the database (store.c) ------------------------------------------ */

/* Opens a database read-only (*out is the caller's: csq__store_close). */
csq_status csq__store_open(const char *path, csq_store **out, csq_error *err);
void csq__store_close(csq_store *store);
sqlite3 *csq__store_db(csq_store *store);
/* Reads the latest version of the law whose pcode or name is `name`;
 * *out is NULL (and CSQ_OK) when there is none. */
csq_status csq__store_load_law(csq_store *store, const char *name, csq_law **out,
                               csq_error *err);
/* The pcode or name of the law a bare 第N條 means in this database. */
csq_status csq__store_primary(csq_store *store, char *buf, size_t size);
/* What search.c keeps between searches on one database: its prepared
 * statements and a word break iterator (costly to open). */
typedef struct csq_search_cache csq_search_cache;
csq_search_cache **csq__store_search_cache(csq_store *store);
void csq__search_cache_free(csq_search_cache *cache);
/* Creates the schema in an empty database (search.c makes one in memory
 * for the laws of a corpus that has no database). */
csq_status csq__store_create_schema(sqlite3 *db, csq_error *err);
/* Inserts one law with its nodes and their full-text rows. */
csq_status csq__store_insert_law(sqlite3 *db, const csq_law *law, csq_error *err);

/* ---- full-text search (fts_tokenizer.c) ------------------------------- */

/* A character of text as the tokenizer sees it: its bytes and its folded
 * form. Separators (punctuation, spaces) are left out. */
typedef struct csq_fts_unit {
  int start, end;   /* byte offsets in the text */
  int cjk;          /* a Han (kana, bopomofo) character, else a letter/digit */
  char folded[17];  /* NFKC, lower case, NUL-terminated */
} csq_fts_unit;

/* The units of text[0..len); *out is malloc'd (caller frees). Search uses
 * them to find the hits to highlight exactly as the index matched them. */
csq_status csq__fts_units(const char *text, size_t len, csq_fts_unit **out, size_t *count,
                          csq_error *err);

/* Registers the "csquery" FTS5 tokenizer on db. */
csq_status csq__fts_register(sqlite3 *db, csq_error *err);
/* The fts5_api of a connection (SELECT fts5(?1)); NULL without FTS5. */
fts5_api *csq__fts5_api(sqlite3 *db);

/* ---- ranking (rank.c) ---------------------------------------------------- */

/* The ranking function of one connection: csq_bm25(nodes_fts, caller_scales)
 * in SQL. */
typedef struct csq_ranker csq_ranker;
/* Registers csq_bm25 on db (it reads fts_lengths a row at a time as hits
 * fall in them). *out is owned by the connection (freed when db closes);
 * callers only borrow it. */
csq_status csq__rank_register(sqlite3 *db, csq_ranker **out, csq_error *err);
/* What the scores of the ranker's last query are to be multiplied by, that
 * query having found `hits` rows: the idf that csq_bm25(…, 1) leaves out of
 * a query of one phrase, else 1. */
double csq__rank_scale(const csq_ranker *ranker, double hits);
/* Writes fts_lengths (every node's length in tokens, one byte each) from
 * the FTS5 index: the last step of an import. */
csq_status csq__rank_write_lengths(sqlite3 *db, csq_error *err);

#endif /* CSQ_STORE_H */
