/*
 * schema.c — the database file: its schema (docs/database.md explains every
 * column) and opening it read-only.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store.h"

/* 4: obligations (#10's first part); 5: obligations.qualifies and
 * actor_source; 6 was two schemas, never one: search's node_priors,
 * search_laws and search_chars (written at the end of an import: priors.c,
 * law_names.c, char_counts.c), and every version of every law (laws.format,
 * history, digest; targets.version; law_versions); 7 holds both. A database
 * of another version is refused, never read nor written into, and imported
 * again with import --fresh (docs/database.md). */
enum { SCHEMA_VERSION = 7 };

/* The schema; docs/database.md explains every column. Other programs read
 * `laws` and `nodes` with plain SQL; `nodes_fts` needs the csquery
 * tokenizer, so only csquery queries it. */
static const char SCHEMA[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE laws("
    "  law_key INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL," /* pcode, or '' */
    "  name TEXT NOT NULL,"
    "  level TEXT NOT NULL,"   /* 法律 / 命令 / 憲法 / '' */
    "  version TEXT NOT NULL," /* yyyy-mm-dd of the last amendment, or '' */
    "  status TEXT NOT NULL CHECK (status IN ('in force', 'repealed')),"
    "  parent_id TEXT NOT NULL,"
    "  parent_name TEXT NOT NULL,"
    "  source TEXT NOT NULL," /* the file it was imported from */
    "  articles INTEGER NOT NULL,"
    "  format TEXT NOT NULL,"  /* moj, moj-old, text: what it was read from */
    "  history TEXT NOT NULL," /* the amendment record as written, or '' */
    "  digest TEXT NOT NULL);" /* a hash of what it says (docs/versions.md) */
    "CREATE INDEX laws_by_id ON laws(id, version);"
    "CREATE INDEX laws_by_name ON laws(name, version);"
    /* Every version with the date the next one replaced it ('' for the
     * latest): the version in force on D is the one with version <= D <
     * until (docs/versions.md). */
    "CREATE VIEW law_versions AS SELECT law_key, id, name, level, version, status, articles,"
    "  format, source, coalesce(lead(version) OVER (PARTITION BY CASE WHEN id <> '' THEN id"
    "  ELSE name END ORDER BY version, law_key), '') AS until FROM laws;"
    "CREATE TABLE nodes("
    "  node_key INTEGER PRIMARY KEY," /* also the rowid in nodes_fts */
    "  law_key INTEGER NOT NULL REFERENCES laws,"
    "  parent_key INTEGER REFERENCES nodes," /* NULL under the law itself */
    "  ord INTEGER NOT NULL,"                /* document order within the law */
    "  kind TEXT NOT NULL,"                  /* article, paragraph, … */
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
    "  node_key INTEGER NOT NULL REFERENCES nodes,"   /* the citing provision */
    "  start INTEGER NOT NULL, end INTEGER NOT NULL," /* code points in its text */
    "  text TEXT NOT NULL,"                           /* as written */
    "  resolved INTEGER NOT NULL,"                    /* every target resolved */
    "  problem TEXT NOT NULL);"
    "CREATE INDEX citations_by_node ON citations(node_key);"
    "CREATE TABLE targets("
    "  citation_key INTEGER NOT NULL REFERENCES citations,"
    "  ord INTEGER NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('provision', 'law', 'annex')),"
    "  law_id TEXT NOT NULL, law_name TEXT NOT NULL,"
    "  eid TEXT NOT NULL, cite TEXT NOT NULL, part TEXT NOT NULL,"
    "  resolved INTEGER NOT NULL,"
    "  exists_in_text INTEGER NOT NULL," /* 1, 0, or -1: the law is not stored */
    "  version TEXT NOT NULL);"          /* the version linked: in force then, or '' */
    "CREATE INDEX targets_by_citation ON targets(citation_key, ord);"
    "CREATE INDEX targets_by_id ON targets(law_id, eid);"
    "CREATE INDEX targets_by_name ON targets(law_name, eid);"
    /* Who must, may or must not do what (docs/obligations.md): one row a
     * deontic statement, each part with its span in code points of the
     * node's text (NULL where the part is absent); an exception names the
     * statement it qualifies, a statement that writes no bearer the one
     * whose bearer it takes. */
    "CREATE TABLE obligations("
    "  obligation_key INTEGER PRIMARY KEY,"
    "  node_key INTEGER NOT NULL REFERENCES nodes,"
    "  modality TEXT NOT NULL CHECK (modality IN ('shall', 'may', 'shall_not', 'exception')),"
    "  actor TEXT NOT NULL,"                 /* the bearer, written or carried, or '' */
    "  actor_known INTEGER NOT NULL,"        /* in grammar/actors.tsv */
    "  actor_from INTEGER REFERENCES nodes," /* where a carried bearer is written */
    "  clause TEXT NOT NULL, clause_start INTEGER, clause_end INTEGER,"
    "  cue TEXT NOT NULL, cue_start INTEGER, cue_end INTEGER,"
    "  actor_start INTEGER, actor_end INTEGER,"
    "  action TEXT NOT NULL, action_start INTEGER, action_end INTEGER,"
    "  condition TEXT NOT NULL, condition_start INTEGER, condition_end INTEGER,"
    "  qualifies INTEGER REFERENCES obligations,"     /* an exception: the statement */
    "  actor_source INTEGER REFERENCES obligations);" /* whose bearer it takes */
    "CREATE INDEX obligations_by_node ON obligations(node_key);"
    "CREATE INDEX obligations_by_actor ON obligations(actor);"
    /* The names each obligation's bearer answers to, as
     * csq_obligation_has_actor reads them: the bearer itself ('bearer'),
     * a known name it joins ('joined': 主管機關 in 主管機關或中央目的事業
     * 主管機關), a name an alias of its law stands for ('alias': 公務機關
     * for 各機關). Keyed by name for --actor, by law for replacing one. */
    "CREATE TABLE obligation_actors("
    "  name TEXT NOT NULL,"
    "  law_key INTEGER NOT NULL REFERENCES laws,"
    "  obligation_key INTEGER NOT NULL REFERENCES obligations,"
    "  how TEXT NOT NULL CHECK (how IN ('bearer', 'joined', 'alias')),"
    "  PRIMARY KEY (name, law_key, obligation_key)) WITHOUT ROWID;"
    "CREATE INDEX obligation_actors_by_law ON obligation_actors(law_key);"
    /* Made at the end of every import: the latest version stored of each
     * law (by pcode, else name), which answers across laws read, and every
     * bearer name with its counts over those laws (csquery actors). */
    "CREATE TABLE current_laws(law_key INTEGER PRIMARY KEY REFERENCES laws);"
    "CREATE TABLE actors("
    "  name TEXT PRIMARY KEY,"
    "  obligations INTEGER NOT NULL," /* whose bearer answers to the name */
    "  as_bearer INTEGER NOT NULL,"   /* of them, where it is the bearer's whole name */
    "  laws INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX actors_by_count ON actors(obligations DESC, name);"
    "CREATE TABLE definitions("
    "  definition_key INTEGER PRIMARY KEY,"
    "  node_key INTEGER NOT NULL REFERENCES nodes," /* where it stands */
    "  term TEXT NOT NULL, meaning TEXT NOT NULL,"
    "  form TEXT NOT NULL,"  /* said, called, alias, quoted, list */
    "  scope TEXT NOT NULL," /* as written, or '' for the whole law */
    "  term_start INTEGER, term_end INTEGER, meaning_start INTEGER, meaning_end INTEGER);"
    "CREATE INDEX definitions_by_term ON definitions(term);";

csq_status csq__store_create_schema(sqlite3 *db, csq_error *err) {
  csq_status st = csq__fts_register(db, err);
  if (st == CSQ_OK)
    st = csq__db_exec(db, SCHEMA, NULL, err);
  if (st != CSQ_OK)
    return st;
  char sql[256];
  snprintf(sql, sizeof sql,
           "INSERT INTO meta VALUES('schema_version', '%d'), ('csquery_version', '%s');",
           SCHEMA_VERSION, CSQ_VERSION);
  return csq__db_exec(db, sql, NULL, err);
}

/* ---- opening ------------------------------------------------------------- */

/* The schema version the database says it has; 0 when it says none. */
static csq_status schema_version(sqlite3 *db, const char *path, int *version, csq_error *err) {
  sqlite3_stmt *s = NULL;
  *version = 0;
  if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &s, NULL) !=
      SQLITE_OK) {
    /* no meta table: another program's database, or none at all */
    int primary = sqlite3_extended_errcode(db) & 0xff;
    csq_status st = primary == SQLITE_ERROR ? CSQ_OK : csq__db_fail(db, path, "opening", err);
    sqlite3_finalize(s);
    return st;
  }
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *version = sqlite3_column_int(s, 0);
  csq_status st =
      rc == SQLITE_ROW || rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, path, "opening", err);
  sqlite3_finalize(s);
  return st;
}

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* What the first bytes of the file say before SQLite reads it: a file that
 * is no SQLite database at all, or one shorter than its header says (cut
 * short by a full disk or a copy that stopped) fails here, whatever the
 * command; an empty file is an empty database. */
static csq_status check_header(const char *path, long long size, csq_error *err) {
  unsigned char h[100];
  FILE *f = fopen(path, "rb");
  if (!f)
    return csq__fail_cause(err, CSQ_IO, errno, path, -1, "cannot read the database: %s",
                           strerror(errno));
  size_t n = fread(h, 1, sizeof h, f);
  fclose(f);
  if (n == 0)
    return CSQ_OK;
  if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0)
    return csq__fail_cause(err, CSQ_BAD_DB, SQLITE_NOTADB, path, -1,
                           "not a database: csquery reads the SQLite files csquery import makes "
                           "(if import made this one, it is damaged: build it again with csquery "
                           "--db %s import --fresh LAWS…)",
                           path);
  /* A reserve other than none or a checksum's 8 bytes is a damaged header:
   * csquery reads the reserve to know whether to check each page. */
  if (h[20] != 0 && h[20] != 8)
    return csq__db_damaged(err, SQLITE_CORRUPT, path, "its header is not what csquery wrote");
  uint32_t page = (uint32_t)h[16] << 8 | h[17];
  page = page == 1 ? 65536 : page;
  uint32_t pages = be32(h + 28);
  if (pages && be32(h + 24) == be32(h + 92) && (long long)pages * page > size) {
    char problem[128];
    snprintf(problem, sizeof problem, "%lld bytes, where its header says %lld", size,
             (long long)pages * page);
    return csq__db_damaged(err, SQLITE_CORRUPT, path, problem);
  }
  return CSQ_OK;
}

csq_status csq_db_open(const char *path, const csq_mem *mem, csq_db **out, csq_error *err) {
  struct stat sb;
  if (stat(path, &sb) != 0)
    return csq__fail_cause(err, CSQ_IO, errno, path, -1,
                           "cannot open the database: %s (import laws with csquery import FILE…)",
                           strerror(errno));
  if (S_ISDIR(sb.st_mode))
    return csq__fail(err, CSQ_IO, path, -1, "is a folder, not a database");
  csq_status st = check_header(path, (long long)sb.st_size, err);
  if (st == CSQ_OK)
    st = csq__checksum_vfs(err);
  if (st != CSQ_OK)
    return st;
  sqlite3 *db = NULL;
  /* NOMUTEX: a database is used by one thread at a time (architecture.md),
   * and the connection's mutex cost a search of 83,778 hits a quarter of
   * its time, taken and released on every row. */
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, CSQ_CHECKSUM_VFS) !=
      SQLITE_OK) {
    st = csq__db_fail(db, path, "cannot open the database", err);
    sqlite3_close(db);
    return st;
  }
  int version;
  st = schema_version(db, path, &version, err);
  if (st == CSQ_OK && version == 0)
    st = csq__fail(err, CSQ_BAD_DB, path, -1,
                   "not a csquery database but another program's: give csquery one of its own "
                   "(csquery --db NEW.db import LAWS…), or replace this one with csquery --db %s "
                   "import --fresh LAWS…",
                   path);
  else if (st == CSQ_OK && version != SCHEMA_VERSION)
    st = csq__fail(err, CSQ_BAD_DB, path, -1,
                   "a csquery database of schema %d, not %d: build it again with csquery --db %s "
                   "import --fresh LAWS…",
                   version, SCHEMA_VERSION, path);
  if (st == CSQ_OK)
    st = csq__fts_register(db, err);
  /* A larger page cache for searches that touch many rows. (A memory map
   * was tried: the kernel's read-ahead on its faults made a one-shot
   * command slower, 15.2 against 13.9 ms for a cited-by.) */
  if (st == CSQ_OK)
    st = csq__db_exec(db, "PRAGMA cache_size = -65536;", path, err);
  csq_db *d = st == CSQ_OK ? csq__calloc(mem, 1, sizeof *d) : NULL;
  if (st == CSQ_OK && (!d || !(d->path = csq__strdup(mem, path)))) {
    csq__free(mem, d);
    d = NULL;
    st = csq__oom(err);
  }
  if (st != CSQ_OK) {
    sqlite3_close(db);
    return st;
  }
  d->mem = mem;
  d->db = db;
  *out = d;
  return CSQ_OK;
}

void csq_db_free(csq_db *d) {
  if (!d)
    return;
  sqlite3_close(d->db);
  csq__free(d->mem, d->path);
  csq__free(d->mem, d);
}
