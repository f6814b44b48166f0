/*
 * store.c — the SQLite database: laws, the provision tree and the full-text
 * index in one file (schema in docs/database.md), written atomically by
 * csq_import and read back a law at a time by lookups.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include "store/store.h"

enum { SCHEMA_VERSION = 3 };

/* The schema; docs/database.md explains every column. Other programs read
 * `laws` and `nodes` with plain SQL; `nodes_fts` needs the csquery
 * tokenizer, so only csquery queries it. */
static const char SCHEMA[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE laws("
    "  law_key INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL,"          /* pcode, or '' */
    "  name TEXT NOT NULL,"
    "  level TEXT NOT NULL,"       /* 法律 / 命令 / 憲法 / '' */
    "  version TEXT NOT NULL,"     /* yyyy-mm-dd of the last amendment, or '' */
    "  status TEXT NOT NULL CHECK (status IN ('in force', 'repealed')),"
    "  parent_id TEXT NOT NULL,"
    "  parent_name TEXT NOT NULL,"
    "  source TEXT NOT NULL,"      /* the file it was imported from */
    "  articles INTEGER NOT NULL);"
    "CREATE INDEX laws_by_id ON laws(id, version);"
    "CREATE INDEX laws_by_name ON laws(name, version);"
    "CREATE TABLE nodes("
    "  node_key INTEGER PRIMARY KEY,"  /* also the rowid in nodes_fts */
    "  law_key INTEGER NOT NULL REFERENCES laws,"
    "  parent_key INTEGER REFERENCES nodes," /* NULL under the law itself */
    "  ord INTEGER NOT NULL,"          /* document order within the law */
    "  kind TEXT NOT NULL,"            /* article, paragraph, … */
    "  num TEXT NOT NULL,"
    "  eid TEXT NOT NULL,"
    "  cite TEXT NOT NULL,"
    "  title TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  UNIQUE (law_key, eid));"
    "CREATE INDEX nodes_by_law ON nodes(law_key, ord);"
    "CREATE VIRTUAL TABLE nodes_fts USING fts5("
    "  text, content='nodes', content_rowid='node_key', tokenize='csquery');"
    /* The citations a provision makes (docs/citations.md), and what each
     * names; targets are indexed by what they name, for cited-by. */
    "CREATE TABLE citations("
    "  citation_key INTEGER PRIMARY KEY,"
    "  node_key INTEGER NOT NULL REFERENCES nodes," /* the citing provision */
    "  start INTEGER NOT NULL, end INTEGER NOT NULL," /* code points in its text */
    "  text TEXT NOT NULL,"                          /* as written */
    "  resolved INTEGER NOT NULL,"                   /* every target resolved */
    "  problem TEXT NOT NULL);"
    "CREATE INDEX citations_by_node ON citations(node_key);"
    "CREATE TABLE targets("
    "  citation_key INTEGER NOT NULL REFERENCES citations,"
    "  ord INTEGER NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('provision', 'law', 'annex')),"
    "  law_id TEXT NOT NULL, law_name TEXT NOT NULL,"
    "  eid TEXT NOT NULL, cite TEXT NOT NULL, part TEXT NOT NULL,"
    "  resolved INTEGER NOT NULL,"
    "  exists_in_text INTEGER NOT NULL);" /* 1, 0, or -1: the law is not stored */
    "CREATE INDEX targets_by_citation ON targets(citation_key, ord);"
    "CREATE INDEX targets_by_id ON targets(law_id, eid);"
    "CREATE INDEX targets_by_name ON targets(law_name, eid);"
    /* Who must, may or must not do what (docs/obligations.md): one row a
     * clause, each part with its span in code points of the node's text
     * (NULL where the part is absent). */
    "CREATE TABLE obligations("
    "  obligation_key INTEGER PRIMARY KEY,"
    "  node_key INTEGER NOT NULL REFERENCES nodes,"
    "  modality TEXT NOT NULL CHECK (modality IN ('shall', 'may', 'shall_not', 'exception')),"
    "  actor TEXT NOT NULL,"          /* the bearer, written or carried, or '' */
    "  actor_known INTEGER NOT NULL," /* in grammar/actors.tsv */
    "  actor_from INTEGER REFERENCES nodes," /* where a carried bearer is written */
    "  clause TEXT NOT NULL, clause_start INTEGER, clause_end INTEGER,"
    "  cue TEXT NOT NULL, cue_start INTEGER, cue_end INTEGER,"
    "  actor_start INTEGER, actor_end INTEGER,"
    "  action TEXT NOT NULL, action_start INTEGER, action_end INTEGER,"
    "  condition TEXT NOT NULL, condition_start INTEGER, condition_end INTEGER);"
    "CREATE INDEX obligations_by_node ON obligations(node_key);"
    "CREATE INDEX obligations_by_actor ON obligations(actor);"
    "CREATE TABLE definitions("
    "  definition_key INTEGER PRIMARY KEY,"
    "  node_key INTEGER NOT NULL REFERENCES nodes," /* where it stands */
    "  term TEXT NOT NULL, meaning TEXT NOT NULL,"
    "  form TEXT NOT NULL,"  /* said, called, alias, quoted, list */
    "  scope TEXT NOT NULL," /* as written, or '' for the whole law */
    "  term_start INTEGER, term_end INTEGER, meaning_start INTEGER, meaning_end INTEGER);"
    "CREATE INDEX definitions_by_term ON definitions(term);";

struct csq_store {
  sqlite3 *db;
  char *path;
  csq_search_cache *search; /* prepared statements of search.c, made once */
};

csq_search_cache **csq__store_search_cache(csq_store *store) { return &store->search; }

static csq_status db_fail(sqlite3 *db, csq_error *err, const char *path, const char *what) {
  return csq__fail(err, CSQ_IO, path, -1, "%s: %s", what, db ? sqlite3_errmsg(db) : "");
}

static csq_status exec(sqlite3 *db, const char *sql, const char *path, csq_error *err) {
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
    return CSQ_OK;
  csq_status st = csq__fail(err, CSQ_IO, path, -1, "database: %s", msg ? msg : "error");
  sqlite3_free(msg);
  return st;
}

csq_status csq__store_create_schema(sqlite3 *db, csq_error *err) {
  csq_status st = csq__fts_register(db, err);
  if (st == CSQ_OK)
    st = exec(db, SCHEMA, NULL, err);
  if (st != CSQ_OK)
    return st;
  char sql[256];
  snprintf(sql, sizeof sql,
           "INSERT INTO meta VALUES('schema_version', '%d'), ('csquery_version', '%s');",
           SCHEMA_VERSION, CSQ_VERSION);
  return exec(db, sql, NULL, err);
}

/* ---- writing ------------------------------------------------------------ */

typedef struct writer {
  sqlite3 *db;
  sqlite3_stmt *law, *node, *fts, *citation, *target, *obligation, *definition;
  long long ord;
  csq__u64map keys; /* node pointer → node_key, for the citations */
  csq_import_stats *stats;
} writer;

static void writer_finish(writer *w) {
  sqlite3_finalize(w->law);
  sqlite3_finalize(w->node);
  sqlite3_finalize(w->fts);
  sqlite3_finalize(w->citation);
  sqlite3_finalize(w->target);
  sqlite3_finalize(w->obligation);
  sqlite3_finalize(w->definition);
  csq__u64map_free(&w->keys);
}

static csq_status writer_prepare(writer *w, csq_error *err) {
  if (sqlite3_prepare_v2(w->db,
                         "INSERT INTO laws(id, name, level, version, status, parent_id,"
                         " parent_name, source, articles) VALUES (?,?,?,?,?,?,?,?,?)",
                         -1, &w->law, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO nodes(law_key, parent_key, ord, kind, num, eid, cite,"
                         " title, text) VALUES (?,?,?,?,?,?,?,?,?)",
                         -1, &w->node, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db, "INSERT INTO nodes_fts(rowid, text) VALUES (?, ?)", -1,
                         &w->fts, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO citations(node_key, start, end, text, resolved, problem)"
                         " VALUES (?,?,?,?,?,?)",
                         -1, &w->citation, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO targets(citation_key, ord, kind, law_id, law_name, eid,"
                         " cite, part, resolved, exists_in_text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                         -1, &w->target, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO obligations(node_key, modality, actor, actor_known,"
                         " actor_from, clause, clause_start, clause_end, cue, cue_start, cue_end,"
                         " actor_start, actor_end, action, action_start, action_end, condition,"
                         " condition_start, condition_end)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &w->obligation, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(w->db,
                         "INSERT INTO definitions(node_key, term, meaning, form, scope,"
                         " term_start, term_end, meaning_start, meaning_end)"
                         " VALUES (?,?,?,?,?,?,?,?,?)",
                         -1, &w->definition, NULL) != SQLITE_OK)
    return db_fail(w->db, err, NULL, "preparing the import");
  return CSQ_OK;
}

static int step_done(sqlite3_stmt *stmt) {
  int rc = sqlite3_step(stmt);
  sqlite3_reset(stmt);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* Inserts n and its descendants in document order. */
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
  if (step_done(s) != 0)
    return -1;
  long long key = sqlite3_last_insert_rowid(w->db);
  if (csq__u64map_put(&w->keys, (uintptr_t)n, (uint64_t)key) != 0)
    return -1;
  if (len) {
    sqlite3_bind_int64(w->fts, 1, key);
    sqlite3_bind_text(w->fts, 2, text, (int)len, SQLITE_STATIC);
    if (step_done(w->fts) != 0)
      return -1;
  }
  if (w->stats) {
    w->stats->nodes++;
    w->stats->text_bytes += (long long)len;
    w->stats->articles += csq_node_kind(n) == CSQ_ARTICLE;
  }
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if (insert_node(w, law_key, key, c) != 0)
      return -1;
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
      "DELETE FROM obligations WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1);"
      " DELETE FROM definitions WHERE node_key IN (SELECT node_key FROM nodes WHERE law_key = ?1)";
  static const char UNINDEX[] =
      "INSERT INTO nodes_fts(nodes_fts, rowid, text) SELECT 'delete', node_key, text"
      " FROM nodes WHERE law_key = ?1 AND text <> ''";
  sqlite3_stmt *find = NULL, *unindex = NULL, *del_nodes = NULL, *del_law = NULL;
  sqlite3_stmt *del_targets = NULL, *del_citations = NULL, *del_obl = NULL, *del_def = NULL;
  const char *second = NULL, *fourth = NULL;
  int removed = -1;
  if (sqlite3_prepare_v2(db, UNCITE, -1, &del_targets, &second) != SQLITE_OK ||
      sqlite3_prepare_v2(db, second, -1, &del_citations, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, UNRULE, -1, &del_obl, &fourth) != SQLITE_OK ||
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
    sqlite3_bind_int64(del_obl, 1, key);
    sqlite3_bind_int64(del_def, 1, key);
    sqlite3_bind_int64(unindex, 1, key);
    sqlite3_bind_int64(del_nodes, 1, key);
    sqlite3_bind_int64(del_law, 1, key);
    if (step_done(del_targets) || step_done(del_citations) || step_done(del_obl) ||
        step_done(del_def) || step_done(unindex) ||
        step_done(del_nodes) || step_done(del_law)) {
      removed = -1;
      break;
    }
    removed++;
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    removed = -1;
done:
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

static csq_status write_law(writer *w, const csq_law *law, csq_error *err) {
  int removed = remove_same(w->db, law);
  if (removed < 0)
    return db_fail(w->db, err, csq_law_source(law), "replacing a stored law");
  sqlite3_stmt *s = w->law;
  sqlite3_bind_text(s, 1, csq_law_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, csq_law_name(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, csq_law_level(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, csq_law_version(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, csq_law_is_repealed(law) ? "repealed" : "in force", -1,
                    SQLITE_STATIC);
  sqlite3_bind_text(s, 6, csq_law_parent_id(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, csq_law_parent_name(law), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, csq_law_source(law), -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 9, (long long)csq_law_article_count(law));
  if (step_done(s) != 0)
    return db_fail(w->db, err, csq_law_source(law), "storing a law");
  long long key = sqlite3_last_insert_rowid(w->db);
  w->ord = 0;
  for (const csq_node *c = csq_node_first_child(csq_law_root(law)); c; c = csq_node_next(c))
    if (insert_node(w, key, 0, c) != 0)
      return db_fail(w->db, err, csq_law_source(law), "storing a provision");
  if (w->stats) {
    w->stats->laws++;
    w->stats->replaced += (size_t)removed;
  }
  return CSQ_OK;
}

csq_status csq__store_insert_law(sqlite3 *db, const csq_law *law, csq_error *err) {
  writer w = {.db = db};
  csq_status st = writer_prepare(&w, err);
  if (st == CSQ_OK)
    st = write_law(&w, law, err);
  writer_finish(&w);
  return st;
}

/* ---- the list of input files --------------------------------------------- */

typedef struct file_list {
  char **paths;
  size_t count, cap;
} file_list;

static int list_add(file_list *l, const char *path) {
  if (l->count == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 64;
    char **grown = realloc(l->paths, cap * sizeof *grown);
    if (!grown)
      return -1;
    l->paths = grown;
    l->cap = cap;
  }
  l->paths[l->count] = strdup(path);
  return l->paths[l->count++] ? 0 : -1;
}

static void list_free(file_list *l) {
  for (size_t i = 0; i < l->count; i++)
    free(l->paths[i]);
  free(l->paths);
}

static int by_path(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder contributes its *.json files (not index.json), sorted. */
static csq_status expand(const char *path, file_list *l, csq_error *err) {
  struct stat st;
  if (stat(path, &st) != 0)
    return csq__fail(err, CSQ_IO, path, -1, "cannot open: %s", strerror(errno));
  if (!S_ISDIR(st.st_mode))
    return list_add(l, path) == 0 ? CSQ_OK : csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  DIR *d = opendir(path);
  if (!d)
    return csq__fail(err, CSQ_IO, path, -1, "cannot read folder: %s", strerror(errno));
  size_t first = l->count;
  struct dirent *e;
  int fail = 0;
  while (!fail && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0 || strcmp(e->d_name, "index.json") == 0)
      continue;
    char full[4096];
    snprintf(full, sizeof full, "%s/%s", path, e->d_name);
    fail = list_add(l, full) != 0;
  }
  closedir(d);
  if (fail)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  qsort(l->paths + first, l->count - first, sizeof *l->paths, by_path);
  return CSQ_OK;
}

/* ---- csq_import ---------------------------------------------------------- */

/* Opens the temporary database, starting from a copy of the current one
 * when there is one (so that an import updates rather than replaces). */
static csq_status open_temp(const char *db_path, const char *tmp, sqlite3 **out, csq_error *err) {
  sqlite3 *db = NULL;
  unlink(tmp);
  if (sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    csq_status st = db_fail(db, err, tmp, "cannot create the database");
    sqlite3_close(db);
    return st;
  }
  *out = db;
  csq_status st = csq__fts_register(db, err);
  if (st != CSQ_OK)
    return st;
  struct stat sb;
  if (stat(db_path, &sb) != 0)
    return csq__store_create_schema(db, err);
  csq_store *old;
  st = csq__store_open(db_path, &old, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_backup *b = sqlite3_backup_init(db, "main", old->db, "main");
  int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
  sqlite3_backup_finish(b);
  csq__store_close(old);
  if (rc != SQLITE_DONE)
    return db_fail(db, err, db_path, "copying the current database");
  return CSQ_OK;
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
  return step_done(s);
}

/* The citations of every law in the corpus, with their targets. Whether a
 * target in another law exists is settled once every law is in
 * (settle_existence). */
static csq_status write_citations(writer *w, const csq_refs *refs, csq_error *err) {
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
    int fail = step_done(s);
    long long key = sqlite3_last_insert_rowid(w->db);
    for (size_t t = 0; !fail && t < csq_citation_target_count(x); t++)
      fail = write_target(w, key, t, csq_citation_target(x, t));
    if (fail)
      st = db_fail(w->db, err, NULL, "storing a citation");
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

static csq_status write_obligations(writer *w, const csq_obligations *obls, csq_error *err) {
  for (size_t i = 0; i < csq_obligations_count(obls); i++) {
    const csq_obligation *o = csq_obligations_at(obls, i);
    uint64_t node, from = 0;
    if (!csq__u64map_get(&w->keys, (uintptr_t)csq_obligation_node(o), &node))
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
    if (step_done(s))
      return db_fail(w->db, err, NULL, "storing an obligation");
  }
  if (w->stats)
    w->stats->obligations += csq_obligations_count(obls);
  return CSQ_OK;
}

static csq_status write_definitions(writer *w, const csq_definitions *defs, csq_error *err) {
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
    if (step_done(s))
      return db_fail(w->db, err, NULL, "storing a definition");
  }
  if (w->stats)
    w->stats->definitions += csq_definitions_count(defs);
  return CSQ_OK;
}

/* What the later stages find in the batch: citations, obligations and
 * definitions, each stored beside the provisions. */

/* A target in another law: it exists when its eId is in the version of
 * that law in force on the citing law's date (the latest stored on or
 * before it, else the earliest stored). Targets of laws not stored stay
 * -1, unknown. */
static const char SETTLE[] =
    /* keyed by the target's rowid: the update below looks each one up */
    "CREATE TEMP TABLE pending(target INTEGER PRIMARY KEY, law_id, eid, at);"
    "INSERT INTO pending"
    " SELECT t.rowid, t.law_id, t.eid, cl.version FROM targets t"
    " JOIN citations c ON c.citation_key = t.citation_key"
    " JOIN nodes cn ON cn.node_key = c.node_key JOIN laws cl ON cl.law_key = cn.law_key"
    " WHERE t.kind = 'provision' AND t.resolved = 1 AND t.law_id <> '' AND t.law_id <> cl.id"
    " AND t.law_id IN (SELECT id FROM laws);"
    "UPDATE targets SET exists_in_text = (SELECT EXISTS (SELECT 1 FROM nodes n"
    "  WHERE n.eid = p.eid AND n.law_key = coalesce("
    "    (SELECT l.law_key FROM laws l WHERE l.id = p.law_id AND l.version <= p.at"
    "     ORDER BY l.version DESC LIMIT 1),"
    "    (SELECT l.law_key FROM laws l WHERE l.id = p.law_id ORDER BY l.version LIMIT 1)))"
    "  FROM pending p WHERE p.target = targets.rowid)"
    " WHERE rowid IN (SELECT target FROM pending);"
    "DROP TABLE pending;";

/* Files are read in batches: one corpus serves a batch (its grammar is
 * compiled once, its citations resolved together), and its laws leave it
 * as soon as they and their citations are written. */
enum { BATCH = 256 };

/* A batch of files on its way in. A worker thread reads a batch and finds
 * its citations, obligations and definitions while the main thread writes
 * the batch before it: reading and analysing take a third of an import's
 * time, writing the rest, and the machine has two cores. Only the main
 * thread touches the database; a batch passes between the threads at
 * pthread_create and pthread_join, and nothing else is shared. */
typedef struct batch {
  csq_corpus *corpus; /* kept between batches: its grammar is compiled once */
  const file_list *files;
  size_t first, end;  /* files[first, end) */
  size_t read;        /* files read, the failing one included */
  csq_refs *refs;
  csq_obligations *obligations;
  csq_definitions *definitions;
  csq_status status;
  csq_error err;
} batch;

static void *prepare_batch(void *arg) {
  batch *b = arg;
  b->status = CSQ_OK;
  b->read = 0;
  for (size_t i = b->first; b->status == CSQ_OK && i < b->end; i++, b->read++)
    b->status = csq_corpus_add_file(b->corpus, b->files->paths[i], &b->err);
  if (b->status == CSQ_OK)
    b->status = csq_refs_build(b->corpus, &b->refs, &b->err);
  if (b->status == CSQ_OK)
    b->status = csq_obligations_build(b->corpus, &b->obligations, &b->err);
  if (b->status == CSQ_OK)
    b->status = csq_definitions_build(b->corpus, b->refs, &b->definitions, &b->err);
  return NULL;
}

/* Frees what a batch read, keeping its corpus for the next. */
static void batch_clear(batch *b) {
  csq_definitions_free(b->definitions);
  csq_obligations_free(b->obligations);
  csq_refs_free(b->refs);
  b->definitions = NULL;
  b->obligations = NULL;
  b->refs = NULL;
  csq__corpus_clear(b->corpus);
}

static csq_status write_batch(writer *w, const batch *b, csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(b->corpus); i++)
    st = write_law(w, csq_corpus_law_at(b->corpus, i), err);
  if (st == CSQ_OK)
    st = write_citations(w, b->refs, err);
  if (st == CSQ_OK)
    st = write_obligations(w, b->obligations, err);
  if (st == CSQ_OK)
    st = write_definitions(w, b->definitions, err);
  csq__u64map_free(&w->keys);
  return st;
}

/* Makes b batch number k of files. */
static void batch_at(batch *b, const file_list *files, size_t k) {
  b->files = files;
  b->first = k * BATCH;
  b->end = b->first + BATCH < files->count ? b->first + BATCH : files->count;
}

/* Writes every batch, reading the next while one is written. */
static csq_status import_batches(writer *w, batch slots[2], const file_list *files,
                                 csq_progress_fn progress, void *ctx, csq_error *err) {
  size_t batches = (files->count + BATCH - 1) / BATCH;
  batch_at(&slots[0], files, 0);
  prepare_batch(&slots[0]);
  csq_status st = CSQ_OK;
  for (size_t k = 0; st == CSQ_OK && k < batches; k++) {
    batch *cur = &slots[k % 2], *next = &slots[(k + 1) % 2];
    pthread_t thread;
    int started = 0, more = k + 1 < batches && cur->status == CSQ_OK;
    if (more) {
      batch_at(next, files, k + 1);
      started = pthread_create(&thread, NULL, prepare_batch, next) == 0;
    }
    st = cur->status == CSQ_OK ? write_batch(w, cur, err) : cur->status;
    if (cur->status != CSQ_OK && err)
      *err = cur->err;
    w->stats->files += cur->read;
    for (size_t i = cur->first; progress && st == CSQ_OK && i < cur->end; i++)
      progress(ctx, i + 1, files->count, w->stats->laws);
    batch_clear(cur);
    if (started)
      pthread_join(thread, NULL);
    else if (more)
      prepare_batch(next); /* no thread to be had: in turn */
  }
  batch_clear(&slots[0]);
  batch_clear(&slots[1]);
  return st;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Creates the folder of db_path if it is missing (one level, as for
 * $XDG_DATA_HOME/csquery). */
static void make_parent(const char *db_path) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", db_path);
  char *slash = strrchr(dir, '/');
  if (slash && slash != dir) {
    *slash = '\0';
    mkdir(dir, 0755);
  }
}

/* Merges the full-text index into one segment when this import wrote a
 * tenth of its rows or more. Rewriting the whole index (4 s for the
 * national corpus) is not worth it for a few laws added to a large
 * database: FTS5's own merging keeps their small segments in check. */
static csq_status merge_index(sqlite3 *db, const csq_import_stats *stats, csq_error *err) {
  sqlite3_stmt *s = NULL;
  long long rows = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM nodes", -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    rows = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if ((long long)stats->nodes * 10 < rows)
    return CSQ_OK;
  return exec(db, "INSERT INTO nodes_fts(nodes_fts) VALUES('optimize');", NULL, err);
}

static csq_status import_all(sqlite3 *db, const file_list *files, csq_progress_fn progress,
                             void *ctx, csq_import_stats *stats, csq_error *err) {
  /* The temporary file is renamed into place only when everything is in,
   * so it needs neither a journal nor syncs until the end. */
  csq_status st = exec(db,
                       "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                       " PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;"
                       " BEGIN;",
                       NULL, err);
  writer w = {.db = db, .stats = stats};
  batch slots[2] = {{0}};
  /* FTS5 merges its index segments as they pile up; during a bulk load
   * that work is mostly undone by the next merge. Merging less often, and
   * once into a single segment at the end ('optimize'), is faster, and a
   * single segment makes every search faster (docs/database.md). */
  if (st == CSQ_OK)
    st = exec(db, "INSERT INTO nodes_fts(nodes_fts, rank) VALUES('automerge', 16);", NULL, err);
  if (st == CSQ_OK)
    st = writer_prepare(&w, err);
  for (int i = 0; st == CSQ_OK && i < 2; i++)
    st = csq_corpus_new(&slots[i].corpus, err);
  if (st == CSQ_OK)
    st = import_batches(&w, slots, files, progress, ctx, err);
  csq_corpus_free(slots[0].corpus);
  csq_corpus_free(slots[1].corpus);
  writer_finish(&w);
  if (st == CSQ_OK)
    st = exec(db, SETTLE, NULL, err);
  if (st == CSQ_OK)
    st = merge_index(db, stats, err);
  if (st == CSQ_OK)
    st = csq__rank_write_lengths(db, err); /* after every row is in (rank.c) */
  char sql[256];
  snprintf(sql, sizeof sql,
           "INSERT OR REPLACE INTO meta VALUES('updated', datetime('now'));"
           " INSERT OR REPLACE INTO meta VALUES('csquery_version', '%s'); COMMIT;",
           CSQ_VERSION);
  if (st == CSQ_OK)
    st = exec(db, sql, NULL, err);
  return st;
}

csq_status csq_import(const char *db_path, const char *const *paths, size_t count,
                      csq_progress_fn progress, void *ctx, csq_import_stats *stats,
                      csq_error *err) {
  csq_import_stats local = {0};
  if (!stats)
    stats = &local;
  memset(stats, 0, sizeof *stats);
  double start = now();
  file_list files = {0};
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < count; i++)
    st = expand(paths[i], &files, err);
  if (st == CSQ_OK && files.count == 0)
    st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "nothing to import: name law files or folders");
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s.importing-%ld", db_path, (long)getpid());
  sqlite3 *db = NULL;
  if (st == CSQ_OK) {
    make_parent(db_path);
    st = open_temp(db_path, tmp, &db, err);
  }
  if (st == CSQ_OK)
    st = import_all(db, &files, progress, ctx, stats, err);
  if (db && sqlite3_close(db) != SQLITE_OK && st == CSQ_OK)
    st = csq__fail(err, CSQ_IO, tmp, -1, "cannot close the new database");
  list_free(&files);
  if (st == CSQ_OK && rename(tmp, db_path) != 0)
    st = csq__fail(err, CSQ_IO, db_path, -1, "cannot move the new database into place: %s",
                   strerror(errno));
  if (st != CSQ_OK) {
    unlink(tmp);
    return st;
  }
  struct stat sb;
  stats->db_bytes = stat(db_path, &sb) == 0 ? (long long)sb.st_size : 0;
  stats->seconds = now() - start;
  return CSQ_OK;
}

/* ---- reading --------------------------------------------------------------- */

csq_status csq__store_open(const char *path, csq_store **out, csq_error *err) {
  struct stat sb;
  if (stat(path, &sb) != 0)
    return csq__fail(err, CSQ_IO, path, -1, "cannot open the database: %s (import laws with "
                     "csquery import FILE…)", strerror(errno));
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    csq_status st = db_fail(db, err, path, "cannot open the database");
    sqlite3_close(db);
    return st;
  }
  sqlite3_stmt *s = NULL;
  int version = 0;
  if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &s,
                         NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    version = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  csq_status st = CSQ_OK;
  if (version != SCHEMA_VERSION)
    st = csq__fail(err, CSQ_BAD_INPUT, path, -1,
                   "not a csquery database of schema %d: import the laws again", SCHEMA_VERSION);
  if (st == CSQ_OK)
    st = csq__fts_register(db, err);
  /* A larger page cache for searches that touch many rows. (A memory map
   * was tried: the kernel's read-ahead on its faults made a one-shot
   * command slower, 15.2 against 13.9 ms for a cited-by.) */
  if (st == CSQ_OK)
    sqlite3_exec(db, "PRAGMA cache_size = -65536;", NULL, NULL, NULL);
  csq_store *store = st == CSQ_OK ? calloc(1, sizeof *store) : NULL;
  if (st == CSQ_OK && (!store || !(store->path = strdup(path)))) {
    free(store);
    store = NULL;
    st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  }
  if (st != CSQ_OK) {
    sqlite3_close(db);
    return st;
  }
  store->db = db;
  *out = store;
  return CSQ_OK;
}

void csq__store_close(csq_store *store) {
  if (!store)
    return;
  csq__search_cache_free(store->search);
  sqlite3_close(store->db);
  free(store->path);
  free(store);
}

sqlite3 *csq__store_db(csq_store *store) { return store->db; }

static const char *col(sqlite3_stmt *s, int i) {
  const char *t = (const char *)sqlite3_column_text(s, i);
  return t ? t : "";
}

/* Rebuilds the tree from its rows: they come in document order, so every
 * parent is made before its children; node keys of one law are
 * contiguous, which makes the key → node map an array. */
static csq_status load_nodes(csq_store *store, long long law_key, csq_law *law, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(store->db,
                         "SELECT node_key, parent_key, kind, num, eid, cite, title, text,"
                         " min(node_key) OVER (), max(node_key) OVER ()"
                         " FROM nodes WHERE law_key = ? ORDER BY ord",
                         -1, &s, NULL) != SQLITE_OK)
    return db_fail(store->db, err, store->path, "reading a law");
  sqlite3_bind_int64(s, 1, law_key);
  csq_node **by_key = NULL;
  long long first = 0, span = 0;
  csq_status st = CSQ_OK;
  while (st == CSQ_OK && sqlite3_step(s) == SQLITE_ROW) {
    if (!by_key) {
      first = sqlite3_column_int64(s, 8);
      span = sqlite3_column_int64(s, 9) - first + 1;
      by_key = calloc((size_t)span, sizeof *by_key);
      if (!by_key) {
        st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
        break;
      }
    }
    long long key = sqlite3_column_int64(s, 0) - first;
    long long parent = sqlite3_column_type(s, 1) == SQLITE_NULL ? -1
                                                                 : sqlite3_column_int64(s, 1) - first;
    csq_kind kind = csq__kind_from_name(col(s, 2));
    if (key < 0 || key >= span || parent >= span || (parent >= 0 && !by_key[parent]) ||
        kind == CSQ_LAW) {
      st = csq__fail(err, CSQ_BAD_INPUT, store->path, -1, "damaged tree rows for law %lld",
                     law_key);
      break;
    }
    by_key[key] = csq__law_add_node(law, parent >= 0 ? by_key[parent] : NULL, kind, col(s, 3),
                                    col(s, 4), col(s, 5), col(s, 6), col(s, 7),
                                    (size_t)sqlite3_column_bytes(s, 7));
    if (!by_key[key])
      st = csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  }
  free(by_key);
  sqlite3_finalize(s);
  return st;
}

csq_status csq__store_load_law(csq_store *store, const char *name, csq_law **out,
                               csq_error *err) {
  *out = NULL;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(store->db,
                         "SELECT law_key, id, name, level, version, status, parent_id,"
                         " parent_name, source FROM laws WHERE id = ?1 OR name = ?1"
                         " ORDER BY version DESC, law_key DESC LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return db_fail(store->db, err, store->path, "reading the laws");
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  csq_status st = CSQ_OK;
  if (sqlite3_step(s) == SQLITE_ROW) {
    csq_law_meta meta = {.id = col(s, 1), .name = col(s, 2), .level = col(s, 3),
                         .version = col(s, 4), .parent_id = col(s, 6), .parent_name = col(s, 7),
                         .repealed = strcmp(col(s, 5), "repealed") == 0};
    csq_law *law;
    st = csq__law_new(&meta, col(s, 8), &law, err);
    if (st == CSQ_OK)
      st = load_nodes(store, sqlite3_column_int64(s, 0), law, err);
    if (st == CSQ_OK)
      st = csq__law_seal(law, err);
    if (st == CSQ_OK)
      *out = law;
    else if (law)
      csq__law_free(law);
  }
  sqlite3_finalize(s);
  return st;
}

csq_status csq__store_primary(csq_store *store, char *buf, size_t size) {
  sqlite3_stmt *s = NULL;
  csq_status st = CSQ_NOT_FOUND;
  /* The seed's rules when stored, else the first law stored. Two queries,
   * each answered from an index: one ORDER BY over both read every law. */
  if (sqlite3_prepare_v2(store->db,
                         "SELECT id FROM laws WHERE id = 'A0030303'"
                         " UNION ALL SELECT * FROM (SELECT CASE WHEN id <> '' THEN id ELSE name END"
                         " FROM laws ORDER BY law_key LIMIT 1) LIMIT 1",
                         -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    snprintf(buf, size, "%s", col(s, 0));
    st = CSQ_OK;
  }
  sqlite3_finalize(s);
  return st;
}

csq_status csq_corpus_list_stored(const csq_corpus *corpus, csq_law_visit_fn visit, void *ctx,
                                  csq_error *err) {
  csq_store *store = csq__corpus_store(corpus);
  if (!store)
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no database is attached");
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(store->db,
                         "SELECT id, name, version, level, status, articles FROM laws"
                         " ORDER BY law_key",
                         -1, &s, NULL) != SQLITE_OK)
    return db_fail(store->db, err, store->path, "reading the laws");
  while (sqlite3_step(s) == SQLITE_ROW)
    visit(ctx, col(s, 0), col(s, 1), col(s, 2), col(s, 3), strcmp(col(s, 4), "repealed") == 0,
          (size_t)sqlite3_column_int64(s, 5));
  sqlite3_finalize(s);
  return CSQ_OK;
}

/* ---- cited-by over the database ------------------------------------------ */

/* The laws whose citations name `eid` of the law `key` (pcode or name),
 * a part of it, or a provision holding it: the relations of
 * csq_refs_cited_by, but for citations of the whole law (依公司法之規定),
 * which are read in only when the law itself is asked for — a law such as
 * 公司法 is named as a whole by hundreds of others. Each law's pcode (or
 * name) is passed to `found`. */
static csq_status citing_laws(csq_store *store, const char *key, const char *eid,
                              void (*found)(void *, const char *), void *ctx, csq_error *err) {
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
  if (sqlite3_prepare_v2(store->db, SQL, -1, &s, NULL) != SQLITE_OK)
    return db_fail(store->db, err, store->path, "cited-by");
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, eid, -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    found(ctx, col(s, 0));
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : db_fail(store->db, err, store->path, "cited-by");
}

static void load_one(void *ctx, const char *name) {
  csq_corpus_find_law((const csq_corpus *)ctx, name); /* reads it in if stored */
}

csq_status csq_corpus_load_citing(csq_corpus *corpus, const char *what, csq_error *err) {
  csq_store *store = csq__corpus_store(corpus);
  if (!store)
    return CSQ_OK; /* nothing beyond what is loaded */
  const char *slash = strchr(what, '/');
  char key[512];
  snprintf(key, sizeof key, "%.*s", (int)(slash ? slash - what : (long)strlen(what)), what);
  csq_corpus_find_law(corpus, key); /* the cited law itself, for its text */
  return citing_laws(store, key, slash ? slash + 1 : "", load_one, corpus, err);
}

/* ---- cited-by from the stored citations alone ----------------------------- */

/* What csq_store_cited_by answers with: the citations read back, each
 * pointing at its citing provision in a law holding only the provisions
 * that cite (enough for the renderers), all owned here. */
struct csq_stored_citations {
  csq_arena arena;
  csq_law **laws;
  size_t law_count;
  csq_citation *citations;
  size_t count;
  csq_cited_by *hits;
  size_t hit_count;
};

void csq_stored_citations_free(csq_stored_citations *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->law_count; i++)
    csq__law_free(s->laws[i]);
  free(s->laws);
  free(s->citations);
  free(s->hits);
  csq__arena_release(&s->arena);
  free(s);
}

static const char CITED_BY[] =
    "SELECT c.citation_key, c.start, c.end, c.text, c.resolved, c.problem,"
    " n.kind, n.num, n.eid, n.cite, n.text,"
    " l.law_key, l.id, l.name, l.level, l.version, l.status, t.ord, t.eid"
    " FROM targets t JOIN citations c ON c.citation_key = t.citation_key"
    " JOIN nodes n ON n.node_key = c.node_key JOIN laws l ON l.law_key = n.law_key"
    " WHERE t.law_id = ?1 AND (t.eid = ?2 OR (t.eid > ?2 || '__' AND t.eid < ?2 || '__~')"
    "   OR (t.eid <> '' AND instr(?2, t.eid || '__') = 1))"
    /* the provision and its parts first, then the provisions holding it */
    " ORDER BY length(t.eid) < length(?2), l.law_key, n.ord, c.citation_key, t.ord";

static const char TARGETS_OF[] =
    "SELECT kind, law_id, law_name, eid, cite, part, resolved, exists_in_text FROM targets"
    " WHERE citation_key = ? ORDER BY ord";

static const char *keep(csq_stored_citations *s, sqlite3_stmt *q, int i) {
  const char *t = col(q, i);
  return csq__arena_strndup(&s->arena, t, strlen(t));
}

/* The citing law, made once: its facts and, one by one, its citing nodes. */
static csq_law *citing_law(csq_stored_citations *s, sqlite3_stmt *q, long long *keys,
                           csq_error *err) {
  long long key = sqlite3_column_int64(q, 11);
  for (size_t i = 0; i < s->law_count; i++)
    if (keys[i] == key)
      return s->laws[i];
  csq_law_meta meta = {.id = col(q, 12), .name = col(q, 13), .level = col(q, 14),
                       .version = col(q, 15), .repealed = strcmp(col(q, 16), "repealed") == 0};
  csq_law *law;
  if (csq__law_new(&meta, "<database>", &law, err) != CSQ_OK)
    return NULL;
  keys[s->law_count] = key;
  s->laws[s->law_count++] = law;
  return law;
}

static int read_targets(csq_stored_citations *s, sqlite3_stmt *tq, long long key, csq_citation *c) {
  sqlite3_bind_int64(tq, 1, key);
  size_t cap = 4;
  c->targets = csq__arena_alloc(&s->arena, cap * sizeof *c->targets);
  while (c->targets && sqlite3_step(tq) == SQLITE_ROW) {
    if (c->target_count == cap) {
      csq_target *grown = csq__arena_alloc(&s->arena, cap * 2 * sizeof *grown);
      if (!grown)
        break;
      memcpy(grown, c->targets, cap * sizeof *grown);
      c->targets = grown;
      cap *= 2;
    }
    csq_target *t = &c->targets[c->target_count++];
    const char *kind = col(tq, 0);
    t->kind = strcmp(kind, "law") == 0     ? CSQ_TARGET_LAW
              : strcmp(kind, "annex") == 0 ? CSQ_TARGET_ANNEX
                                           : CSQ_TARGET_PROVISION;
    t->law_id = keep(s, tq, 1);
    t->law_name = keep(s, tq, 2);
    t->eid = keep(s, tq, 3);
    t->cite = keep(s, tq, 4);
    t->part = keep(s, tq, 5);
    t->resolved = sqlite3_column_int(tq, 6);
    t->exists = sqlite3_column_int(tq, 7);
  }
  sqlite3_reset(tq);
  return c->targets ? 0 : -1;
}

/* The byte offset of code point `n` in text. */
static size_t byte_at(const char *text, size_t n) {
  int32_t i = 0, len = (int32_t)strlen(text);
  U8_FWD_N(text, i, len, (int32_t)n);
  return (size_t)i;
}

static csq_relation relation_of(const char *target_eid, const char *asked) {
  size_t t = strlen(target_eid), n = strlen(asked);
  return t == n ? CSQ_CITES_EXACT : t > n ? CSQ_CITES_PART : CSQ_CITES_WHOLE;
}

/* Grows an array of `size`-byte elements to hold one more; 0 or -1. */
static int grow(void **items, size_t count, size_t *cap, size_t size) {
  if (count < *cap)
    return 0;
  size_t want = *cap ? *cap * 2 : 16;
  void *grown = realloc(*items, want * size);
  if (!grown)
    return -1;
  *items = grown;
  *cap = want;
  return 0;
}

/* A new citation read from row q, its citing node added to its law. */
static int read_citation(csq_stored_citations *s, sqlite3_stmt *q, sqlite3_stmt *tq,
                         long long *law_keys, csq_error *err) {
  csq_law *law = citing_law(s, q, law_keys, err);
  if (!law)
    return -1;
  csq_citation *c = &s->citations[s->count++];
  memset(c, 0, sizeof *c);
  const char *text = col(q, 10);
  c->from = csq__law_add_node(law, NULL, csq__kind_from_name(col(q, 6)), col(q, 7), col(q, 8),
                              col(q, 9), "", text, (size_t)sqlite3_column_bytes(q, 10));
  if (!c->from)
    return -1;
  c->start = (size_t)sqlite3_column_int64(q, 1);
  c->end = (size_t)sqlite3_column_int64(q, 2);
  c->byte_start = byte_at(csq_node_text(c->from, NULL), c->start);
  c->byte_end = byte_at(csq_node_text(c->from, NULL), c->end);
  c->text = keep(s, q, 3);
  c->resolved = sqlite3_column_int(q, 4);
  c->problem = keep(s, q, 5);
  if (!c->text || !c->problem)
    return -1;
  return read_targets(s, tq, sqlite3_column_int64(q, 0), c);
}

/* Reads every stored citation of the provision and of its parts, then of
 * the provisions holding it; hits[i].citation is set once the array of
 * citations stops moving. */
static csq_status read_cited_by(csq_store *store, const char *law_key, const char *eid,
                                csq_stored_citations *s, csq_error *err) {
  sqlite3_stmt *q = NULL, *tq = NULL;
  if (sqlite3_prepare_v2(store->db, CITED_BY, -1, &q, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(store->db, TARGETS_OF, -1, &tq, NULL) != SQLITE_OK) {
    sqlite3_finalize(q);
    return db_fail(store->db, err, store->path, "cited-by");
  }
  sqlite3_bind_text(q, 1, law_key, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, eid, -1, SQLITE_STATIC);
  size_t cit_cap = 0, hit_cap = 0, law_cap = 0, *index = NULL, index_cap = 0;
  long long last = -1, *law_keys = NULL;
  int fail = 0, rc;
  while (!fail && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (sqlite3_column_int64(q, 0) != last) {
      fail = grow((void **)&s->citations, s->count, &cit_cap, sizeof *s->citations) ||
             grow((void **)&s->laws, s->law_count, &law_cap, sizeof *s->laws) ||
             (law_cap > index_cap / 2 &&
              grow((void **)&law_keys, s->law_count, &index_cap, sizeof *law_keys)) ||
             read_citation(s, q, tq, law_keys, err);
      last = sqlite3_column_int64(q, 0);
    }
    size_t cap_before = hit_cap;
    if (!fail)
      fail = grow((void **)&s->hits, s->hit_count, &hit_cap, sizeof *s->hits);
    if (!fail && hit_cap != cap_before) {
      size_t *grown = realloc(index, hit_cap * sizeof *index);
      fail = !grown;
      index = grown ? grown : index;
    }
    if (fail)
      break;
    index[s->hit_count] = s->count - 1;
    s->hits[s->hit_count++] = (csq_cited_by){
        NULL, (size_t)sqlite3_column_int64(q, 17), relation_of(col(q, 18), eid)};
  }
  for (size_t i = 0; !fail && i < s->hit_count; i++)
    s->hits[i].citation = &s->citations[index[i]];
  free(index);
  free(law_keys);
  sqlite3_finalize(q);
  sqlite3_finalize(tq);
  if (fail)
    return err && err->status != CSQ_OK ? err->status
                                        : csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  return CSQ_OK;
}

csq_status csq_store_cited_by(const csq_corpus *corpus, const csq_node *provision,
                              csq_stored_citations **out, csq_error *err) {
  csq_store *store = csq__corpus_store(corpus);
  if (!store)
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no database is attached");
  csq_stored_citations *s = calloc(1, sizeof *s);
  if (!s)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  csq__arena_init(&s->arena);
  const csq_law *law = csq_node_law(provision);
  const char *key = csq_law_id(law)[0] ? csq_law_id(law) : csq_law_name(law);
  csq_error_clear(err);
  csq_status st = read_cited_by(store, key, csq_node_eid(provision), s, err);
  if (st != CSQ_OK) {
    csq_stored_citations_free(s);
    return st;
  }
  *out = s;
  return CSQ_OK;
}

const csq_cited_by *csq_stored_citations_hits(const csq_stored_citations *s, size_t *count) {
  *count = s->hit_count;
  return s->hits;
}
