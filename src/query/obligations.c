/*
 * obligations.c — obligations asked across laws (csq_query_obligations) and
 * the bearer names (csq_find_actors). Both read a database: the library's,
 * or, without one, a database made in memory from the laws of its corpus
 * with their obligations, so that the laws given with -f are asked exactly
 * as the national database is. Every answer says what it looked at.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "query/searching.h"

/* The database a question reads, and what was made for it. */
typedef struct source {
  csq_db db; /* the library's, or one over `memory` */
  sqlite3 *memory;
  int reading; /* in a read transaction */
} source;

static void source_release(source *src) {
  if (src->reading)
    sqlite3_exec(src->db.db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close(src->memory);
}

/* Writes every law of the corpus, with its obligations and its bearers'
 * names, into a database in memory. */
static csq_status memory_source(csq_library *lib, source *src, csq_error *err) {
  if (sqlite3_open(":memory:", &src->memory) != SQLITE_OK)
    return csq__db_fail(src->memory, ":memory:", "opening a database in memory", err);
  src->db = (csq_db){lib->mem, src->memory, (char *)":memory:"};
  csq__writer *w = NULL;
  csq_obligations *obls = NULL;
  csq_status st = csq__store_create_schema(src->memory, err);
  if (st == CSQ_OK)
    st = csq__writer_new(src->memory, lib->mem, NULL, &w, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(lib->corpus); i++)
    st = csq__writer_law(w, csq_corpus_law_at(lib->corpus, i), err);
  if (st == CSQ_OK)
    st = csq_obligations_build(lib->corpus, &obls, err);
  if (st == CSQ_OK)
    st = csq__writer_obligations(w, obls, err);
  if (st == CSQ_OK)
    st = csq__store_summarize(src->memory, err);
  csq_obligations_free(obls);
  csq__writer_free(w);
  return st;
}

/* The question's database, in one read transaction: each statement on its
 * own would take the file lock and look at the file again, a row at a
 * time for the page read back. */
static csq_status open_source(csq_library *lib, source *src, csq_error *err) {
  memset(src, 0, sizeof *src);
  csq_status st = CSQ_OK;
  if (lib->db)
    src->db = *lib->db;
  else
    st = memory_source(lib, src, err);
  src->reading = st == CSQ_OK && sqlite3_exec(src->db.db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  return st;
}

static const char *keep(csq__stored *st, const char *s) {
  return s ? csq__arena_strndup(&st->arena, s, strlen(s)) : "";
}

/* The law a question names (with --law, or the law of its provisions), as
 * the filter on laws and the scope's law. */
static csq_status law_filter(csq_library *lib, source *src, const char *name, const csq_law *law,
                             csq__law_filter *f, csq__stored *st, csq_error *err) {
  csq_status rc = !law && name ? csq_library_find_law(lib, name, &law, err) : CSQ_OK;
  if (rc == CSQ_OK)
    rc = csq__db_every_law_current(&src->db, &f->every_current, err);
  f->at = csq_library_date(lib); /* --at: the versions in force then */
  if (rc == CSQ_OK && law)
    rc = csq__db_law_key(&src->db, law, &f->law_key, err);
  if (rc == CSQ_OK && law && !(st->scope.law = keep(st, csq_law_name(law))))
    rc = csq__oom(err);
  if (rc == CSQ_OK)
    rc = csq__db_count_laws(&src->db, f, &st->scope.laws, err);
  /* the one law in memory, named */
  if (rc == CSQ_OK && !law && !lib->db && st->scope.laws == 1 &&
      csq_corpus_law_count(lib->corpus) == 1 &&
      !(st->scope.law = keep(st, csq_law_name(csq_corpus_law_at(lib->corpus, 0)))))
    rc = csq__oom(err);
  return rc;
}

/* The node_key ranges of the provisions asked for, and their citations. */
static csq_status provision_ranges(source *src, const csq__law_filter *f,
                                   const csq_node_list *nodes, long long *ranges, csq__stored *st,
                                   csq_error *err) {
  csq_buf cites = {.mem = st->mem};
  csq_status rc = CSQ_OK;
  for (size_t i = 0; rc == CSQ_OK && i < csq_node_list_count(nodes); i++) {
    const csq_node *n = csq_node_list_at(nodes, i);
    rc = csq_node_law(n) != csq_node_law(csq_node_list_at(nodes, 0))
             ? csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "the provisions asked for are of two laws")
             : csq__db_subtree_keys(&src->db, f->law_key, n, &ranges[2 * i], &ranges[2 * i + 1],
                                    err);
    if (rc == CSQ_OK &&
        ((i && csq__buf_puts(&cites, ", ")) || csq__buf_puts(&cites, csq_node_cite(n))))
      rc = csq__oom(err);
  }
  if (rc == CSQ_OK && !(st->scope.provisions = keep(st, cites.data)))
    rc = csq__oom(err);
  csq__buf_free(&cites);
  return rc;
}

/* A JSON array of the names, for SQLite's json_each; NULL when out of
 * memory. Freed with free(). */
static char *names_json(const csq_actor_count *names, size_t count, const char *const *plain,
                        size_t plain_count) {
  json_t *a = json_array();
  int fail = !a;
  for (size_t i = 0; !fail && i < count; i++)
    fail = json_array_append_new(a, json_string(names[i].name)) != 0;
  for (size_t i = 0; !fail && i < plain_count; i++)
    fail = json_array_append_new(a, json_string(plain[i])) != 0;
  char *out = fail ? NULL : json_dumps(a, JSON_COMPACT);
  json_decref(a);
  return out;
}

static int by_name(const void *x, const void *y) {
  return strcmp(((const csq_actor_count *)x)->name, ((const csq_actor_count *)y)->name);
}

static int by_count(const void *x, const void *y) {
  const csq_actor_count *a = x, *b = y;
  if (a->obligations != b->obligations)
    return a->obligations > b->obligations ? -1 : 1;
  return strcmp(a->name, b->name);
}

/* Names found for several texts, each once, most obligations first. */
static void merge_names(csq__stored *st) {
  csq_actor_count *n = st->names.items;
  size_t count = st->names.count, kept = 0;
  if (!count)
    return;
  csq__sort(n, count, sizeof *n, by_name);
  for (size_t i = 0; i < count; i++)
    if (kept == 0 || strcmp(n[kept - 1].name, n[i].name) != 0)
      n[kept++] = n[i];
  csq__sort(n, kept, sizeof *n, by_count);
  st->names.count = kept;
}

/* The bearer names the query's actors match, with their counts, into the
 * scope; *json: the names to find obligations by. */
static csq_status match_names(source *src, const csq_obligation_query *q, const csq__law_filter *f,
                              csq__stored *st, char **json, csq_error *err) {
  csq_status rc = CSQ_OK;
  for (size_t i = 0; rc == CSQ_OK && i < q->actor_count; i++) {
    const char *asked = keep(st, q->actors[i]);
    if (!asked || csq__vec_push(st->mem, &st->asked, asked) != 0)
      rc = csq__oom(err);
  }
  char *exact = rc == CSQ_OK ? names_json(NULL, 0, q->actors, q->actor_count) : NULL;
  if (rc == CSQ_OK && !exact)
    rc = csq__oom(err);
  size_t total;
  int contains = q->actor_match == CSQ_ACTOR_CONTAINS;
  for (size_t i = 0; rc == CSQ_OK && contains && i < q->actor_count; i++) {
    csq__name_ask a = {.laws = *f, .text = q->actors[i]};
    rc = csq__db_names(&src->db, &a, st, &total, err);
  }
  if (rc == CSQ_OK && !contains) {
    csq__name_ask a = {.laws = *f, .names = exact};
    rc = csq__db_names(&src->db, &a, st, &total, err);
  }
  if (rc == CSQ_OK && contains) {
    merge_names(st);
    free(exact);
    exact = names_json(st->names.items, st->names.count, NULL, 0);
    rc = exact ? CSQ_OK : csq__oom(err);
  }
  if (rc == CSQ_OK)
    *json = exact;
  else
    free(exact);
  return rc;
}

/* UTF-8 and no longer than a query may be, the stray byte shown. */
static csq_status check_text(const char *what, const char *text, csq_error *err) {
  return csq__check_query(text, what, err);
}

static csq_status check_query(const csq_obligation_query *q, csq_error *err) {
  csq_status rc = check_text("--text", q->text, err);
  if (rc == CSQ_OK)
    rc = check_text("--law", q->law, err);
  if (rc == CSQ_OK)
    rc = check_text("--level", q->level, err);
  if (rc == CSQ_OK && q->actor_count && !q->actors)
    rc = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "%zu actors and no names", q->actor_count);
  for (size_t i = 0; rc == CSQ_OK && i < q->actor_count; i++)
    rc = q->actors[i] && q->actors[i][0]
             ? check_text("--actor", q->actors[i], err)
             : csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "--actor names nobody");
  if (rc == CSQ_OK && (q->modality < -1 || q->modality > CSQ_EXCEPTION))
    rc = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "no modality %d", q->modality);
  return rc;
}

/* The scope's echo of the question. */
static csq_status echo_query(const csq_obligation_query *q, csq__stored *st, csq_error *err) {
  csq_scope *s = &st->scope;
  s->database = keep(st, s->database);
  s->level = keep(st, q->level);
  s->text = keep(st, q->text);
  s->in_force = q->in_force;
  s->modality = q->modality;
  s->actor_match = q->actor_match;
  s->asked = st->asked.items;
  s->asked_count = st->asked.count;
  s->actors = st->names.items;
  s->actor_count = st->names.count;
  if (!s->law)
    s->law = "";
  if (!s->provisions)
    s->provisions = "";
  return s->database && s->level && s->text ? CSQ_OK : csq__oom(err);
}

/* Everything but the reading of the answers: laws, provisions, names, words. */
static csq_status ask(csq_library *lib, source *src, const csq_obligation_query *q,
                      csq__obligation_ask *a, long long *ranges, char **names, csq_buf *match,
                      csq__stored *st, csq_error *err) {
  size_t nprov = q->provisions ? csq_node_list_count(q->provisions) : 0;
  const csq_law *law = nprov ? csq_node_law(csq_node_list_at(q->provisions, 0)) : NULL;
  a->laws = (csq__law_filter){0, q->level, q->in_force, 0, NULL};
  csq_status rc = law_filter(lib, src, q->law, law, &a->laws, st, err);
  if (rc == CSQ_OK && nprov)
    rc = provision_ranges(src, &a->laws, q->provisions, ranges, st, err);
  a->ranges = ranges;
  a->range_count = nprov;
  if (rc == CSQ_OK && q->actor_count)
    rc = match_names(src, q, &a->laws, st, names, err);
  a->names = *names;
  csq__terms t;
  char phrases[CSQ__MAX_PHRASES + 1]; /* whose each quoted string is: search's, unused here */
  if (rc == CSQ_OK && q->text && (rc = csq__terms_split(q->text, &t, err)) == CSQ_OK) {
    csq__terms_widen(&t, q->exact); /* as search widens: 資安 → 資通安全, 特休 → 特別休假 */
    rc = csq__terms_fts(&t, UINT32_MAX, 0, match, phrases, err);
  }
  a->match = q->text ? match->data : NULL;
  a->modality = q->modality;
  a->limit = q->limit;
  a->offset = q->offset;
  return rc;
}

csq_status csq_query_obligations(csq_library *lib, const csq_obligation_query *query,
                                 csq_obligation_list **out, csq_error *err) {
  const csq_obligation_query every = {.modality = -1}, *q = query ? query : &every;
  csq_obligation_list *list = NULL;
  csq__stored *st = NULL;
  source src = {0};
  csq_status rc = check_query(q, err);
  size_t nprov = q->provisions ? csq_node_list_count(q->provisions) : 0;
  long long *ranges = rc == CSQ_OK ? csq__calloc(lib->mem, nprov * 2 + 2, sizeof *ranges) : NULL;
  if (rc == CSQ_OK && !ranges)
    rc = csq__oom(err);
  if (rc == CSQ_OK && (rc = csq__obligation_list_new(lib->mem, &list, err)) == CSQ_OK &&
      (rc = csq__stored_new(lib->mem, &st, err)) == CSQ_OK) {
    list->release = csq__stored_free;
    list->owned = st;
    list->scope = &st->scope;
  }
  if (rc == CSQ_OK && (rc = open_source(lib, &src, err)) == CSQ_OK) {
    char *names = NULL;
    csq_buf match = {.mem = lib->mem};
    csq__obligation_ask a = {0};
    st->scope.database = lib->db ? lib->db->path : "";
    rc = ask(lib, &src, q, &a, ranges, &names, &match, st, err);
    if (rc == CSQ_OK)
      rc = csq__db_obligations(&src.db, &a, st, list, err);
    if (rc == CSQ_OK)
      rc = echo_query(q, st, err);
    free(names);
    csq__buf_free(&match);
  }
  source_release(&src);
  csq__free(lib->mem, ranges);
  if (rc != CSQ_OK) {
    csq_obligation_list_free(list);
    return rc;
  }
  *out = list;
  return CSQ_OK;
}

/* ---- bearer names ---------------------------------------------------------- */

csq_status csq_find_actors(csq_library *lib, const csq_actor_query *query, csq_actor_list **out,
                           csq_error *err) {
  const csq_actor_query every = {0}, *q = query ? query : &every;
  csq_status rc = check_text("the text", q->text, err);
  if (rc == CSQ_OK)
    rc = check_text("--law", q->law, err);
  csq_actor_list *list = rc == CSQ_OK ? csq__calloc(lib->mem, 1, sizeof *list) : NULL;
  if (rc == CSQ_OK && !list)
    rc = csq__oom(err);
  if (rc == CSQ_OK) {
    list->mem = lib->mem;
    rc = csq__stored_new(lib->mem, &list->stored, err);
  }
  source src = {0};
  if (rc == CSQ_OK)
    rc = open_source(lib, &src, err);
  csq__stored *st = list ? list->stored : NULL;
  csq__name_ask a = {.laws = {0, q->level, q->in_force, 0, NULL},
                     .text = q->text,
                     .limit = q->limit,
                     .offset = q->offset,
                     .top = 1};
  if (rc == CSQ_OK) {
    st->scope.database = lib->db ? lib->db->path : "";
    rc = law_filter(lib, &src, q->law, NULL, &a.laws, st, err);
  }
  if (rc == CSQ_OK)
    rc = csq__db_names(&src.db, &a, st, &list->total, err);
  if (rc == CSQ_OK) {
    /* the text is the names', said by the names listed */
    csq_obligation_query echo = {.level = q->level, .in_force = q->in_force, .modality = -1};
    rc = echo_query(&echo, st, err);
    st->scope.actors = NULL; /* the names are the list's, not a filter's */
    st->scope.actor_count = 0;
  }
  source_release(&src);
  if (rc != CSQ_OK) {
    csq_actor_list_free(list);
    return rc;
  }
  *out = list;
  return CSQ_OK;
}

size_t csq_actor_list_count(const csq_actor_list *l) { return l->stored->names.count; }

const csq_actor_count *csq_actor_list_at(const csq_actor_list *l, size_t i) {
  return i < l->stored->names.count ? &l->stored->names.items[i] : NULL;
}

size_t csq_actor_list_total(const csq_actor_list *l) { return l->total; }
const csq_scope *csq_actor_list_scope(const csq_actor_list *l) { return &l->stored->scope; }

void csq_actor_list_free(csq_actor_list *l) {
  if (!l)
    return;
  csq__stored_free(l->stored);
  csq__free(l->mem, l);
}
