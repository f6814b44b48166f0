/*
 * db.c — the one way an SQLite failure becomes a csq_error (damage is
 * CSQ_BAD_DB, a page that fails its checksum too; anything else CSQ_DB,
 * the result code kept as the cause), and the small helpers every file of
 * the store runs statements with.
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

csq_status csq__db_damaged(csq_error *err, int cause, const char *path, const char *problem) {
  return csq__fail_cause(err, CSQ_BAD_DB, cause, path, -1,
                         "the database is damaged (%s): build it again with csquery --db %s import "
                         "--fresh LAWS…, or import into a new --db",
                         problem, path ? path : "FILE");
}

/* A failure with SQLite's result code `code` and what SQLite said. */
static csq_status fail_with(int code, const char *says, const char *path, const char *what,
                            csq_error *err) {
  int primary = code & 0xff;
  char problem[256];             /* each part cut to fit: a message, not a record */
  if (code == SQLITE_IOERR_DATA) /* checksum.c: a page is not what was written */
    snprintf(problem, sizeof problem, "%.120s: a page fails its checksum", what);
  else
    snprintf(problem, sizeof problem, "%.120s: %.120s", what, says);
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || code == SQLITE_IOERR_DATA)
    return csq__db_damaged(err, code, path, problem);
  if (primary == SQLITE_NOMEM)
    return csq__fail_cause(err, CSQ_NO_MEMORY, code, path, -1, "%s: out of memory", what);
  if (primary == SQLITE_FULL)
    return csq__fail_cause(err, CSQ_IO, code, path, -1,
                           "%s: the disk is full (%s): make room, or import elsewhere with --db",
                           what, says);
  return csq__fail_cause(err, CSQ_DB, code, path, -1, "%s", problem);
}

csq_status csq__db_fail(sqlite3 *db, const char *path, const char *what, csq_error *err) {
  int code = db ? sqlite3_extended_errcode(db) : SQLITE_CANTOPEN;
  const char *says = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  /* An I/O error says which: SQLite keeps the system's errno. */
  char with_errno[300];
  int sys = db ? sqlite3_system_errno(db) : 0;
  if ((code & 0xff) == SQLITE_IOERR && sys) {
    snprintf(with_errno, sizeof with_errno, "%s: %s", says, strerror(sys));
    says = with_errno;
  }
  /* The connection knows its file when the caller does not. */
  const char *file = db ? sqlite3_db_filename(db, "main") : NULL;
  if (!path && file && file[0])
    path = file;
  if (csq__checksum_failed(db))
    code = SQLITE_IOERR_DATA;
  return fail_with(code, says, path, what, err);
}

csq_status csq__db_fail_rc(int rc, const char *path, const char *what, csq_error *err) {
  return fail_with(rc, sqlite3_errstr(rc), path, what, err);
}

csq_status csq__db_exec(sqlite3 *db, const char *sql, const char *path, csq_error *err) {
  if (sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return CSQ_OK;
  return csq__db_fail(db, path, "database", err);
}

int csq__db_step_done(sqlite3_stmt *stmt) {
  int rc = sqlite3_step(stmt);
  sqlite3_reset(stmt);
  return rc == SQLITE_DONE ? 0 : -1;
}

const char *csq__db_text(sqlite3_stmt *stmt, int col) {
  const char *t = (const char *)sqlite3_column_text(stmt, col);
  return t ? t : "";
}
