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
    /* a law's provisions are stored together: one range of node_keys, its
     * ends two seeks of nodes_by_law (the node_key is the rowid) */
    "INSERT INTO search_laws(law_key, name, short, first_node, last_node)"
    " SELECT law_key, name, 0, first, last FROM ("
    "  SELECT l.law_key, l.name,"
    "   (SELECT min(node_key) FROM nodes n WHERE n.law_key = l.law_key) AS first,"
    "   (SELECT max(node_key) FROM nodes n WHERE n.law_key = l.law_key) AS last"
    "  FROM laws l) WHERE first IS NOT NULL ORDER BY law_key;";

/* Whether s is a pcode: a capital letter and seven digits (A0030297). */
static int is_pcode(const char *s) {
  return strlen(s) == 8 && s[0] >= 'A' && s[0] <= 'Z' && strspn(s + 1, "0123456789") == 7;
}

/* A stored law: its row of search_laws, by pcode. */
typedef struct stored {
  sqlite3_int64 law_key, first, last;
  char name[512];
} stored;

typedef struct stored_laws {
  const csq_mem *mem;
  CSQ_VEC(stored) items;
  csq__u64map by_pcode; /* hash of the pcode → index + 1 */
} stored_laws;

static csq_status read_stored(sqlite3 *db, stored_laws *laws, csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT l.id, s.law_key, s.name, s.first_node, s.last_node"
                              " FROM search_laws s JOIN laws l ON l.law_key = s.law_key",
                              -1, &s, NULL);
  int fail = 0;
  for (rc = rc == SQLITE_OK ? sqlite3_step(s) : rc; rc == SQLITE_ROW && !fail;
       rc = sqlite3_step(s)) {
    const char *id = csq__db_text(s, 0);
    if (!is_pcode(id))
      continue;
    stored x = {sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 3), sqlite3_column_int64(s, 4),
                ""};
    snprintf(x.name, sizeof x.name, "%s", csq__db_text(s, 2));
    fail = csq__vec_push(laws->mem, &laws->items, x) != 0 ||
           csq__u64map_put(&laws->by_pcode, csq__hash_bytes(id, 8), laws->items.count) != 0;
  }
  sqlite3_finalize(s);
  if (fail)
    return csq__oom(err);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "indexing the laws' names", err);
}

/* The other names grammar/law_names.tsv gives the pcodes of stored laws
 * (its `pcode<TAB>kind<TAB>name` lines: short names 勞基法, former names,
 * names without a version note; a law's official name first), each a row
 * of search_laws. The file is embedded with its tabs and line ends turned
 * into NULs (as the lawbook reads it): a field is a C string in place. */
static csq_status add_short_names(sqlite3 *db, const stored_laws *laws, csq_error *err) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, "grammar/law_names.tsv", -1, "not embedded");
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db,
                              "INSERT INTO search_laws(law_key, name, short, first_node, last_node)"
                              " VALUES (?1, ?2, 1, ?3, ?4)",
                              -1, &s, NULL);
  const char *p = (const char *)f->data, *end = p + f->size;
  while (rc == SQLITE_OK && p < end) {
    const char *id = p;
    p += strlen(p) + 1;
    if (!is_pcode(id) || p >= end)
      continue;         /* a comment, or the end */
    p += strlen(p) + 1; /* the kind: every name but the law's own counts alike */
    if (p >= end)
      break;
    const char *name = p;
    p += strlen(p) + 1;
    uint64_t at;
    if (!csq__u64map_get(&laws->by_pcode, csq__hash_bytes(id, 8), &at))
      continue;
    const stored *x = &laws->items.items[at - 1];
    if (strcmp(x->name, name) == 0)
      continue;
    sqlite3_bind_int64(s, 1, x->law_key);
    sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, x->first);
    sqlite3_bind_int64(s, 4, x->last);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_OK ? CSQ_OK : csq__db_fail(db, NULL, "indexing the short names", err);
}

csq_status csq__law_index_write(sqlite3 *db, csq_error *err) {
  stored_laws laws = {0}; /* the C library's allocator: a write has no csq_mem */
  csq_status st = csq__db_exec(db, CREATE, NULL, err);
  if (st == CSQ_OK)
    st = read_stored(db, &laws, err);
  if (st == CSQ_OK)
    st = add_short_names(db, &laws, err);
  if (st == CSQ_OK)
    st = csq__db_exec(db, "INSERT INTO search_laws_fts(search_laws_fts) VALUES('rebuild');", NULL,
                      err);
  csq__vec_free(laws.mem, &laws.items);
  csq__u64map_free(&laws.by_pcode);
  return st;
}
