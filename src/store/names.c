/*
 * names.c — the bearer names of the stored obligations with their counts
 * (csquery actors, and the names an --actor matched), the laws a question
 * looks at, and where a law and a provision of it are stored. What the
 * answers hold is kept in a csq__stored that their list owns.
 */
#include <string.h>

#include "store/store.h"

csq_status csq__stored_new(const csq_mem *mem, csq__stored **out, csq_error *err) {
  csq__stored *st = csq__calloc(mem, 1, sizeof *st);
  if (!st)
    return csq__oom(err);
  st->mem = mem;
  csq__arena_init(&st->arena, mem);
  csq_status rc = csq__obligations_new(mem, &st->obls, err);
  if (rc != CSQ_OK) {
    csq__free(mem, st);
    return rc;
  }
  *out = st;
  return CSQ_OK;
}

void csq__stored_free(void *p) {
  csq__stored *st = p;
  if (!st)
    return;
  csq_obligations_free(st->obls);
  for (size_t i = 0; i < st->laws.count; i++)
    csq__law_free(st->laws.items[i]);
  csq__vec_free(st->mem, &st->laws);
  csq__vec_free(st->mem, &st->law_keys);
  csq__vec_free(st->mem, &st->groups);
  csq__vec_free(st->mem, &st->names);
  csq__vec_free(st->mem, &st->asked);
  csq__arena_release(&st->arena);
  csq__free(st->mem, st);
}

/* ---- the laws looked at ---------------------------------------------------- */

int csq__law_condition(csq_buf *sql, const char *col, const csq__law_filter *f) {
  char buf[200] = "";
  if (f->law_key)
    snprintf(buf, sizeof buf, " AND %s = %lld", col, f->law_key);
  else if (f->at && f->at[0]) /* the versions in force then (docs/versions.md) */
    snprintf(buf, sizeof buf,
             " AND +%s IN (SELECT law_key FROM law_versions"
             " WHERE version <= :at AND (until = '' OR until > :at))",
             col);
  else if (!f->every_current) /* + keeps SQLite from walking current_laws for every name */
    snprintf(buf, sizeof buf, " AND +%s IN current_laws", col);
  return csq__buf_puts(sql, buf) != 0 ||
         (f->level && csq__buf_puts(sql, " AND l.level = :level") != 0) ||
         (f->in_force && csq__buf_puts(sql, " AND l.status = 'in force'") != 0);
}

csq_status csq__db_every_law_current(csq_db *d, int *out, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT (SELECT count(*) FROM laws) = (SELECT count(*) FROM current_laws)",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "the laws", err);
  csq_status st =
      sqlite3_step(s) == SQLITE_ROW ? CSQ_OK : csq__db_fail(d->db, d->path, "the laws", err);
  *out = st == CSQ_OK && sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  return st;
}

static void bind_text(sqlite3_stmt *s, const char *name, const char *value) {
  int i = sqlite3_bind_parameter_index(s, name);
  if (i > 0 && value)
    sqlite3_bind_text(s, i, value, -1, SQLITE_STATIC);
}

/* Prepares `sql` (failing with `what`) and binds the filter's level. */
static csq_status prepare(csq_db *d, const csq_buf *sql, const csq__law_filter *f, sqlite3_stmt **s,
                          const char *what, csq_error *err) {
  if (!sql->data)
    return csq__oom(err);
  if (sqlite3_prepare_v2(d->db, sql->data, -1, s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, what, err);
  bind_text(*s, ":level", f->level);
  bind_text(*s, ":at", f->at);
  return CSQ_OK;
}

csq_status csq__db_count_laws(csq_db *d, const csq__law_filter *f, size_t *out, csq_error *err) {
  csq_buf sql = {.mem = d->mem};
  /* counted from its b-tree */
  int every = !f->law_key && !f->level && !f->in_force && !(f->at && f->at[0]);
  int fail = csq__buf_puts(&sql, every ? "SELECT count(*) FROM current_laws"
                                       : "SELECT count(*) FROM laws l WHERE 1") != 0 ||
             (!every && csq__law_condition(&sql, "l.law_key", f));
  sqlite3_stmt *s = NULL;
  csq_status st = fail ? csq__oom(err) : prepare(d, &sql, f, &s, "the laws", err);
  csq__buf_free(&sql);
  int rc = st == CSQ_OK ? sqlite3_step(s) : SQLITE_OK;
  if (st == CSQ_OK && rc != SQLITE_ROW)
    st = csq__db_fail(d->db, d->path, "the laws", err);
  if (st == CSQ_OK)
    *out = (size_t)sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return st;
}

/* One row of `sql` with two integer columns, bound to (?1, ?2) texts and
 * ?3 integer; CSQ_NOT_FOUND when there is none (or its first is NULL). */
static csq_status two_keys(csq_db *d, const char *sql, const char *t1, const char *t2, long long i3,
                           long long *a, long long *b, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "finding a law", err);
  sqlite3_bind_text(s, 1, t1, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, t2, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, i3);
  int rc = sqlite3_step(s);
  csq_status st = rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL ? CSQ_OK
                  : rc == SQLITE_ROW || rc == SQLITE_DONE
                      ? csq__fail(err, CSQ_NOT_FOUND, d->path, -1, "%s is not stored", t1)
                      : csq__db_fail(d->db, d->path, "finding a law", err);
  if (st == CSQ_OK) {
    *a = sqlite3_column_int64(s, 0);
    *b = sqlite3_column_int64(s, 1);
  }
  sqlite3_finalize(s);
  return st;
}

csq_status csq__db_law_key(csq_db *d, const csq_law *law, long long *out, csq_error *err) {
  long long unused;
  return law->id[0] ? two_keys(d,
                               "SELECT law_key, 0 FROM laws WHERE id = ?1 AND version = ?2"
                               " ORDER BY law_key DESC LIMIT ?3",
                               law->id, law->version, 1, out, &unused, err)
                    : two_keys(d,
                               "SELECT law_key, 0 FROM laws WHERE name = ?1 AND version = ?2"
                               " AND id = '' ORDER BY law_key DESC LIMIT ?3",
                               law->name, law->version, 1, out, &unused, err);
}

csq_status csq__db_subtree_keys(csq_db *d, long long law_key, const csq_node *node, long long *lo,
                                long long *hi, csq_error *err) {
  /* the node and its last descendant: the writer numbers a law's nodes in
   * document order, so what the node holds (a chapter's articles too) has
   * the keys between theirs */
  const csq_node *first = node->kind == CSQ_LAW ? node->first_child : node, *last = node;
  while (last->last_child)
    last = last->last_child;
  if (!first) { /* a law of no provisions: an empty range */
    *lo = 1;
    *hi = 0;
    return CSQ_OK;
  }
  /* (the last first: a NULL in the first column is two_keys' not found;
   * one in the second reads as 0, and node keys start at 1) */
  csq_status st = two_keys(d,
                           "SELECT (SELECT node_key FROM nodes WHERE law_key = ?3 AND eid = ?2),"
                           " (SELECT node_key FROM nodes WHERE law_key = ?3 AND eid = ?1)",
                           first->eid, last->eid, law_key, hi, lo, err);
  if (st == CSQ_OK && *lo == 0)
    st = csq__fail(err, CSQ_NOT_FOUND, d->path, -1, "%s is not stored", first->eid);
  if (st == CSQ_OK && *hi < *lo)
    st = csq__db_damaged(err, 0, d->path, "node keys out of document order");
  return st;
}

/* ---- names --------------------------------------------------------------- */

/* The counts of every name over every law, made by the import: what a
 * question with no filter on the laws reads (by its index on the count). */
static const char FROM_SUMMARY[] =
    "SELECT name, obligations, as_bearer, laws FROM actors a WHERE 1";

static const char COUNTED[] =
    "SELECT a.name, count(*), sum(a.how = 'bearer'), count(DISTINCT a.law_key)"
    " FROM obligation_actors a JOIN laws l ON l.law_key = a.law_key WHERE 1";

/* Counted by law, the best three taken, then named: a name such as
 * 主管機關 stands in a thousand laws. Ties go to the law stored first. */
static const char TOP_LAWS[] = "SELECT m.name, t.n FROM (SELECT a.law_key, count(*) AS n"
                               " FROM obligation_actors a";

/* The names asked for, unordered; and, with `page`, ordered and cut. */
static int names_sql(const csq__name_ask *a, csq_buf *sql, int summary, int page) {
  int fail = csq__buf_puts(sql, summary ? FROM_SUMMARY : COUNTED) != 0;
  if (!summary)
    fail = fail || csq__law_condition(sql, "a.law_key", &a->laws);
  if (a->names)
    fail = fail || csq__buf_puts(sql, " AND a.name IN (SELECT value FROM json_each(:names))");
  else if (a->text)
    fail = fail || csq__buf_puts(sql, " AND instr(a.name, :text) > 0");
  if (!summary)
    fail = fail || csq__buf_puts(sql, " GROUP BY a.name");
  if (page)
    fail = fail ||
           /* a few names out of many: read the table and sort them, not the
            * index on the count and the table for each name of it */
           csq__buf_puts(sql, !summary              ? " ORDER BY count(*) DESC, a.name"
                              : a->names || a->text ? " ORDER BY -obligations, name"
                                                    : " ORDER BY obligations DESC, name") != 0 ||
           csq__buf_puts(sql, " LIMIT :limit OFFSET :offset") != 0;
  return fail;
}

/* The statement of the names (page) or of how many there are. */
static csq_status names_statement(csq_db *d, const csq__name_ask *a, int page, sqlite3_stmt **s,
                                  csq_error *err) {
  /* the counts the import made are of the latest versions: a date, a law,
   * a level or in force only count again */
  int summary =
      !a->laws.law_key && !a->laws.level && !a->laws.in_force && !(a->laws.at && a->laws.at[0]);
  csq_buf sql = {.mem = d->mem};
  int fail = !page && csq__buf_puts(&sql, "SELECT count(*) FROM (") != 0;
  fail = fail || names_sql(a, &sql, summary, page) || (!page && csq__buf_puts(&sql, ")") != 0);
  csq_status rc = fail ? csq__oom(err) : prepare(d, &sql, &a->laws, s, "the bearers", err);
  csq__buf_free(&sql);
  if (rc != CSQ_OK)
    return rc;
  bind_text(*s, ":names", a->names);
  bind_text(*s, ":text", a->text);
  if (page) {
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":limit"),
                       a->limit ? (long long)a->limit : -1);
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":offset"), (long long)a->offset);
  }
  return CSQ_OK;
}

static csq_status count_names(csq_db *d, const csq__name_ask *a, size_t *total, csq_error *err) {
  sqlite3_stmt *s = NULL;
  csq_status rc = names_statement(d, a, 0, &s, err);
  if (rc == CSQ_OK && sqlite3_step(s) != SQLITE_ROW)
    rc = csq__db_fail(d->db, d->path, "the bearers", err);
  if (rc == CSQ_OK)
    *total = (size_t)sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return rc;
}

/* The laws that hold most of the obligations of c->name. */
static csq_status top_laws(csq_db *d, const csq__name_ask *a, csq__stored *st, csq_actor_count *c,
                           csq_error *err) {
  csq_buf sql = {.mem = d->mem};
  int fail = csq__buf_puts(&sql, TOP_LAWS) != 0 ||
             ((a->laws.level || a->laws.in_force) &&
              csq__buf_puts(&sql, " JOIN laws l ON l.law_key = a.law_key") != 0) ||
             csq__buf_puts(&sql, " WHERE a.name = :name") != 0 ||
             csq__law_condition(&sql, "a.law_key", &a->laws) ||
             csq__buf_puts(
                 &sql, " GROUP BY a.law_key ORDER BY n DESC, a.law_key LIMIT 3) t"
                       " JOIN laws m ON m.law_key = t.law_key ORDER BY t.n DESC, t.law_key") != 0;
  sqlite3_stmt *s = NULL;
  csq_status rc = fail ? csq__oom(err) : prepare(d, &sql, &a->laws, &s, "the bearers", err);
  csq__buf_free(&sql);
  if (rc != CSQ_OK)
    return rc;
  bind_text(s, ":name", c->name);
  int step;
  while (rc == CSQ_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
    const char *name = csq__db_text(s, 0);
    c->top_law[c->top_count] = csq__arena_strndup(&st->arena, name, strlen(name));
    c->top_obligations[c->top_count++] = (size_t)sqlite3_column_int64(s, 1);
    if (!c->top_law[c->top_count - 1])
      rc = csq__oom(err);
  }
  if (rc == CSQ_OK && step != SQLITE_DONE)
    rc = csq__db_fail(d->db, d->path, "the bearers", err);
  sqlite3_finalize(s);
  return rc;
}

csq_status csq__db_names(csq_db *d, const csq__name_ask *a, csq__stored *st, size_t *total,
                         csq_error *err) {
  sqlite3_stmt *s = NULL;
  csq_status rc = count_names(d, a, total, err);
  if (rc == CSQ_OK)
    rc = names_statement(d, a, 1, &s, err);
  size_t first = st->names.count;
  int step = SQLITE_DONE;
  while (rc == CSQ_OK && (step = sqlite3_step(s)) == SQLITE_ROW) {
    const char *name = csq__db_text(s, 0);
    csq_actor_count c = {.name = csq__arena_strndup(&st->arena, name, strlen(name)),
                         .obligations = (size_t)sqlite3_column_int64(s, 1),
                         .as_bearer = (size_t)sqlite3_column_int64(s, 2),
                         .laws = (size_t)sqlite3_column_int64(s, 3)};
    if (!c.name || csq__vec_push(st->mem, &st->names, c) != 0)
      rc = csq__oom(err);
  }
  if (rc == CSQ_OK && step != SQLITE_DONE)
    rc = csq__db_fail(d->db, d->path, "the bearers", err);
  sqlite3_finalize(s);
  for (size_t i = first; rc == CSQ_OK && a->top && i < st->names.count; i++)
    rc = top_laws(d, a, st, &st->names.items[i], err);
  return rc;
}
