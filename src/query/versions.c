/*
 * versions.c — time in the library: the date questions are asked on
 * (csquery --at), the version of a law in force on a date, from memory or
 * the database, and every version known of a law.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

int csq__parse_date(const char *text, char out[11]) {
  int y = 0, m = 0, d = 0, n = 0;
  size_t len = strlen(text);
  if (len == 8 && strspn(text, "0123456789") == 8)
    n = sscanf(text, "%4d%2d%2d", &y, &m, &d);
  else if (strspn(text, "0123456789-/.") == len) {
    char sep = len > 4 ? text[4] : '-';
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%4d%c%%d%c%%d", sep, sep);
    n = sscanf(text, fmt, &y, &m, &d);
  }
  static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (n != 3 || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1])
    return -1;
  /* unsigned, so that the compiler sees 4 + 2 + 2 digits at any -O */
  snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
  return 0;
}

csq_status csq_library_set_date(csq_library *lib, const char *date, csq_error *err) {
  csq_status st = csq__check_query(date, "the date", err);
  if (st != CSQ_OK)
    return st;
  if (!date || !date[0]) {
    lib->at[0] = '\0';
    return CSQ_OK;
  }
  char iso[11];
  if (csq__parse_date(date, iso) != 0)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "%s is not a date: write it as 2019-06-01 (or 20190601)", date);
  memcpy(lib->at, iso, sizeof iso);
  return CSQ_OK;
}

const char *csq_library_date(const csq_library *lib) { return lib->at; }

/* Without a database: the versions in memory. *known: the law is there,
 * only younger than `at` (err says so). */
static csq_status find_in_memory(csq_library *lib, const char *name, const char *at,
                                 const csq_law **out, int *known, csq_error *err) {
  *out = csq__corpus_find_law_at(lib->corpus, name, at);
  if (*out)
    return CSQ_OK;
  const csq_law *any = csq_corpus_find_law(lib->corpus, name), *first = NULL;
  for (size_t i = 0; any && i < csq_corpus_law_count(lib->corpus); i++) {
    const csq_law *l = csq_corpus_law_at(lib->corpus, i);
    if ((!strcmp(l->id, name) || !strcmp(l->name, name)) &&
        (!first || strcmp(l->version, first->version) < 0))
      first = l;
  }
  *known = first != NULL;
  if (first)
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                     "%s has no version in force on %s: the earliest loaded is %s", first->name, at,
                     first->version);
  return CSQ_NOT_FOUND;
}

/* The version in force on `at` of the law whose pcode or exact name is
 * `key`: in memory, else stored. CSQ_NOT_FOUND with *known: the law is
 * there, no version of it as old (err says so); without: no such law. */
static csq_status find_key_at(csq_library *lib, const char *key, const char *at,
                              const csq_law **out, int *known, csq_error *err) {
  *known = 0;
  if (!lib->db)
    return find_in_memory(lib, key, at, out, known, err);
  char found[512], version[16];
  csq_status st =
      csq__db_pick_version(lib->db, key, at, found, sizeof found, version, sizeof version, err);
  if (st == CSQ_OK) {
    *out = csq__corpus_find_version(lib->corpus, found, version);
    return *out ? CSQ_OK : csq__db_load_version(lib->db, lib->corpus, found, version, out, err);
  }
  *known = st == CSQ_NOT_FOUND && found[0]; /* stored, only younger than `at` */
  /* A law loaded beside the database (the library's user added it) */
  if (st == CSQ_NOT_FOUND && (*out = csq__corpus_find_law_at(lib->corpus, key, at)))
    return CSQ_OK;
  return st;
}

csq_status csq__library_find_law_at(csq_library *lib, const char *name, const char *date,
                                    const csq_law **out, csq_error *err) {
  const char *at = date ? date : lib->at;
  int known = 0;
  csq_status st = csq__check_query(name, "the law's name", err);
  if (st == CSQ_OK)
    st = find_key_at(lib, name, at, out, &known, err);
  if (st != CSQ_NOT_FOUND || known)
    return st;
  csq__lawref ref; /* any name of the law: 刑法, 勞基法, a former name */
  if ((st = csq__library_name(lib, name, &ref, err)) != CSQ_OK)
    return st;
  if (ref.known && (st = find_key_at(lib, ref.id, at, out, &known, err)) == CSQ_NOT_FOUND && !known)
    st = find_key_at(lib, ref.name, at, out, &known, err);
  if (ref.known && (st != CSQ_NOT_FOUND || known))
    return st;
  return csq__library_no_law(lib, name, &ref, err);
}

csq_status csq__library_parent(csq_library *lib, const csq_law *law, const csq_law **out,
                               csq_error *err) {
  const char *at = lib->at[0] ? lib->at : law->version;
  csq_status st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s has no parent act", law->name);
  if (law->parent_id[0])
    st = csq__library_find_law_at(lib, law->parent_id, at, out, err);
  if (st == CSQ_NOT_FOUND && law->parent_name[0])
    st = csq__library_find_law_at(lib, law->parent_name, at, out, err);
  /* The act is younger than its rules' version (a rule read from a file
   * older than every version of the act): the earliest version then, as a
   * citation links it. */
  if (st == CSQ_NOT_FOUND && law->parent_id[0])
    st = csq__library_find_law_at(lib, law->parent_id, "", out, err);
  return st;
}

/* ---- every version ------------------------------------------------------ */

static int by_key_then_version(const void *a, const void *b) {
  const csq_law *x = *(const csq_law *const *)a, *y = *(const csq_law *const *)b;
  int k = strcmp(x->id[0] ? x->id : x->name, y->id[0] ? y->id : y->name);
  return k ? k : strcmp(x->version, y->version);
}

typedef struct adding {
  csq_version_list *list;
  const char *at;
  int fail;
} adding;

static void add_version(void *ctx, const csq_version_info *v) {
  adding *a = ctx;
  if (a->at && a->at[0] &&
      (strcmp(v->version, a->at) > 0 || (v->until[0] && strcmp(v->until, a->at) <= 0)))
    return; /* not in force then */
  a->fail |= csq__version_list_add(a->list, v) != 0;
}

/* Visits the versions of `law` (NULL: all) in memory, by law, oldest first. */
static csq_status memory_versions(csq_library *lib, const char *law, csq_version_visit_fn visit,
                                  void *ctx, csq_error *err) {
  size_t n = csq_corpus_law_count(lib->corpus);
  const csq_law **laws = csq__calloc(lib->mem, n + 1, sizeof *laws);
  if (!laws)
    return csq__oom(err);
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    const csq_law *l = csq_corpus_law_at(lib->corpus, i);
    if (!law || !strcmp(l->id, law) || !strcmp(l->name, law))
      laws[m++] = l;
  }
  csq__sort(laws, m, sizeof *laws, by_key_then_version);
  for (size_t i = 0; i < m; i++) {
    const csq_law *l = laws[i], *next = i + 1 < m ? laws[i + 1] : NULL;
    int same = next && !strcmp(l->id[0] ? l->id : l->name, next->id[0] ? next->id : next->name);
    csq_version_info v = {.id = l->id,
                          .name = l->name,
                          .level = l->level,
                          .version = l->version,
                          .until = same ? next->version : "",
                          .format = l->format,
                          .source = l->source,
                          .repealed = l->repealed,
                          .articles = l->article_count};
    visit(ctx, &v);
  }
  csq__free(lib->mem, laws);
  return CSQ_OK;
}

csq_status csq__library_add_versions(csq_library *lib, const char *law, const char *at,
                                     csq_version_list *list, csq_error *err) {
  adding a = {list, at, 0};
  csq_status st = lib->db ? csq__db_versions(lib->db, law, add_version, &a, err)
                          : memory_versions(lib, law, add_version, &a, err);
  return st == CSQ_OK && a.fail ? csq__oom(err) : st;
}

csq_status csq_find_versions(csq_library *lib, const char *law, const char *at,
                             csq_version_list **out, csq_error *err) {
  *out = NULL;
  csq_status st = csq__check_query(law, "the law's name", err);
  if (st == CSQ_OK)
    st = csq__check_query(at, "the date", err);
  if (st == CSQ_OK)
    st = csq__version_list_new(lib->mem, out, err);
  if (st == CSQ_OK && (st = csq__library_add_versions(lib, law, at, *out, err)) != CSQ_OK) {
    csq_version_list_free(*out);
    *out = NULL;
  }
  return st;
}

/* ---- the versions a diff compares ----------------------------------------- */

typedef struct earlier {
  const char *before; /* looking for the latest version before this */
  char found[16];
} earlier;

/* The date given as yyyy-mm-dd in iso, "" for none; CSQ_BAD_QUERY. */
static csq_status date_arg(const char *text, char iso[11], csq_error *err) {
  iso[0] = '\0';
  if (!text || !text[0])
    return CSQ_OK;
  if (csq__parse_date(text, iso) == 0)
    return CSQ_OK;
  return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                   "%s is not a date: write it as 2018-06-06 (the versions: csquery history LAW)",
                   text);
}

csq_status csq_find_diff(csq_library *lib, const char *law, const char *from, const char *to,
                         csq_diff **out, csq_error *err) {
  char from_at[11], to_at[11];
  const csq_law *a = NULL, *b = NULL;
  *out = NULL;
  csq_status st = csq__check_query(law, "the law's name", err);
  if (st == CSQ_OK)
    st = csq__check_query(from, "the first date", err);
  if (st == CSQ_OK)
    st = csq__check_query(to, "the second date", err);
  if (st == CSQ_OK)
    st = date_arg(from, from_at, err);
  if (st == CSQ_OK)
    st = date_arg(to, to_at, err);
  if (st == CSQ_OK)
    st = csq__library_find_law_at(lib, law, to_at, &b, err);
  if (st == CSQ_OK && from_at[0]) {
    st = csq__library_find_law_at(lib, law, from_at, &a, err);
  } else if (st == CSQ_OK) {
    earlier e = {b->version, ""};
    csq_version_list *all = NULL;
    st = csq_find_versions(lib, b->id[0] ? b->id : b->name, NULL, &all, err);
    for (size_t i = 0; st == CSQ_OK && i < csq_version_list_count(all); i++) {
      const char *v = csq_version_list_at(all, i)->version;
      if (strcmp(v, e.before) < 0 && strcmp(v, e.found) > 0)
        snprintf(e.found, sizeof e.found, "%s", v);
    }
    csq_version_list_free(all);
    if (st == CSQ_OK && !e.found[0])
      st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                     "%s has no version before %s to compare it with (csquery history %s)", b->name,
                     b->version, law);
    if (st == CSQ_OK)
      st = csq__library_find_law_at(lib, b->id[0] ? b->id : b->name, e.found, &a, err);
  }
  return st == CSQ_OK ? csq__diff_laws(a, b, out, err) : st;
}
