/*
 * export.c — csq_export: the laws an export covers, read from memory or
 * from the database with the laws around them (those they cite, those
 * citing them), and their citations, obligations and definitions found
 * once for all of them; csq_export_walk hands out one edition a law.
 */
#include <string.h>

#include "query/query.h"

/* ---- choosing the laws ---------------------------------------------------- */

static int law_named(const csq_law *l, const char *name) {
  return strcmp(l->id, name) == 0 || strcmp(l->name, name) == 0;
}

static csq_status choose(csq_export *ex, const csq_law *law, csq_error *err) {
  uint64_t seen;
  if (csq__u64map_get(&ex->chosen, (uintptr_t)law, &seen))
    return CSQ_OK;
  if (csq__vec_push(ex->mem, &ex->laws, law) != 0 ||
      csq__u64map_put(&ex->chosen, (uintptr_t)law, 1) != 0)
    return csq__oom(err);
  return CSQ_OK;
}

/* Laws in memory: those named, every version, or all. */
static csq_status choose_in_memory(csq_export *ex, const char *const *names, size_t count,
                                   csq_error *err) {
  const csq_corpus *c = ex->corpus;
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && count == 0 && i < csq_corpus_law_count(c); i++)
    st = choose(ex, csq_corpus_law_at(c, i), err);
  for (size_t k = 0; st == CSQ_OK && k < count; k++) {
    size_t before = ex->laws.count, found = 0;
    for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(c); i++)
      if (law_named(csq_corpus_law_at(c, i), names[k])) {
        st = choose(ex, csq_corpus_law_at(c, i), err);
        found++;
      }
    if (st == CSQ_OK && found == 0 && before == ex->laws.count)
      st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law named %s is loaded (see csquery laws)",
                     names[k]);
  }
  return st;
}

/* Reads every version of a law into a corpus. */
typedef struct reader {
  csq_db *db;
  csq_corpus *corpus;
} reader;

static csq_status read_versions(void *ctx, const char *key, csq_error *err) {
  reader *r = ctx;
  return csq__db_load_versions(r->db, r->corpus, key, NULL, err);
}

/* From a database, the laws the chosen ones cite and those citing them,
 * so that every citation links a loaded version and cited-by is whole. */
static csq_status neighbours(csq_export *ex, csq_db *db, csq_error *err) {
  reader r = {db, ex->own};
  csq_refs *refs;
  csq_status st = csq_refs_build(ex->own, &refs, err);
  csq__u64map asked = {.mem = ex->mem};
  for (size_t i = 0; st == CSQ_OK && i < csq_refs_count(refs); i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    for (size_t j = 0; st == CSQ_OK && j < c->target_count; j++) {
      const csq_target *t = &c->targets[j];
      const char *key = csq__target_lawkey(t);
      uint64_t h = csq__hash_bytes(key, strlen(key)), v;
      if (t->law || !t->resolved || !key[0] || csq__u64map_get(&asked, h, &v))
        continue;
      st = csq__u64map_put(&asked, h, 1) != 0 ? csq__oom(err) : read_versions(&r, key, err);
    }
  }
  csq__u64map_free(&asked);
  csq_refs_free(refs);
  for (size_t i = 0; st == CSQ_OK && i < ex->laws.count; i++) {
    const csq_law *l = ex->laws.items[i];
    st = csq__db_citing_laws(db, l->id[0] ? l->id : l->name, "", read_versions, &r, err);
  }
  return st;
}

/* Laws from the database: those named (every version), or all, into a
 * corpus of the export's own. */
static csq_status choose_stored(csq_export *ex, csq_db *db, const char *const *names, size_t count,
                                csq_error *err) {
  csq_status st = csq_corpus_new(ex->mem, &ex->own, err);
  if (st != CSQ_OK)
    return st;
  ex->corpus = ex->own;
  if (count == 0)
    st = csq__db_load_versions(db, ex->own, NULL, NULL, err);
  for (size_t k = 0; st == CSQ_OK && k < count; k++) {
    size_t n;
    st = csq__db_load_versions(db, ex->own, names[k], &n, err);
    int known = n > 0;
    for (size_t i = 0; st == CSQ_OK && !known && i < csq_corpus_law_count(ex->own); i++)
      known = law_named(csq_corpus_law_at(ex->own, i), names[k]);
    if (st == CSQ_OK && !known)
      st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law named %s is stored (see csquery laws)",
                     names[k]);
  }
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(ex->own); i++)
    st = choose(ex, csq_corpus_law_at(ex->own, i), err);
  if (st == CSQ_OK && count > 0)
    st = neighbours(ex, db, err);
  return st;
}

/* ---- laws by pcode and name ---------------------------------------------------- */

static int index_key(csq__u64map *m, const char *key, const csq_law *law) {
  uint64_t h = csq__hash_bytes(key, strlen(key)), v;
  if (!key[0])
    return 0;
  if (csq__u64map_get(m, h, &v) &&
      strcmp(((const csq_law *)(uintptr_t)v)->version, law->version) > 0)
    return 0;
  return csq__u64map_put(m, h, (uintptr_t)law);
}

static csq_status index_laws(csq_export *ex, csq_error *err) {
  for (size_t i = 0; i < csq_corpus_law_count(ex->corpus); i++) {
    const csq_law *l = csq_corpus_law_at(ex->corpus, i);
    if (index_key(&ex->by_key, l->id, l) != 0 || index_key(&ex->by_key, l->name, l) != 0)
      return csq__oom(err);
  }
  return CSQ_OK;
}

const csq_law *csq__export_find_law(const csq_export *ex, const char *key) {
  uint64_t v;
  if (!key[0] || !csq__u64map_get(&ex->by_key, csq__hash_bytes(key, strlen(key)), &v))
    return NULL;
  const csq_law *law = (const csq_law *)(uintptr_t)v;
  return strcmp(law->id, key) == 0 || strcmp(law->name, key) == 0 ? law : NULL;
}

/* ---- what was found in them ----------------------------------------------- */

/* The definitions grouped by law (they come law by law). */
static csq_status group_definitions(csq_export *ex, csq_error *err) {
  for (size_t i = 0; i < csq_definitions_count(ex->defs); i++) {
    const csq_definition *d = csq_definitions_at(ex->defs, i);
    const csq_law *law = csq_node_law(csq_definition_node(d));
    if (csq__span_add(&ex->law_defs, (uintptr_t)law, ex->defs_by_law.count) != 0 ||
        csq__vec_push(ex->mem, &ex->defs_by_law, d) != 0)
      return csq__oom(err);
  }
  return CSQ_OK;
}

csq_status csq_export_new(csq_library *lib, const char *const *names, size_t count,
                          csq_export **out, csq_error *err) {
  csq_export *ex = csq__calloc(lib->mem, 1, sizeof *ex);
  if (!ex)
    return csq__oom(err);
  ex->mem = ex->chosen.mem = ex->law_defs.mem = ex->by_key.mem = lib->mem;
  ex->corpus = lib->corpus;
  int in_memory = !lib->db || csq__corpus_first_loaded(lib->corpus);
  csq_status st = in_memory ? choose_in_memory(ex, names, count, err)
                            : choose_stored(ex, lib->db, names, count, err);
  if (st == CSQ_OK)
    st = index_laws(ex, err);
  if (st == CSQ_OK)
    st = csq_refs_build(ex->corpus, &ex->refs, err);
  if (st == CSQ_OK)
    st = csq_obligations_build(ex->corpus, &ex->obls, err);
  if (st == CSQ_OK)
    st = csq_definitions_build(ex->corpus, ex->refs, &ex->defs, err);
  if (st == CSQ_OK)
    st = group_definitions(ex, err);
  if (st != CSQ_OK) {
    csq_export_free(ex);
    return st;
  }
  *out = ex;
  return CSQ_OK;
}

void csq_export_free(csq_export *ex) {
  if (!ex)
    return;
  csq_definitions_free(ex->defs);
  csq_obligations_free(ex->obls);
  csq_refs_free(ex->refs);
  csq__vec_free(ex->mem, &ex->defs_by_law);
  csq__u64map_free(&ex->law_defs);
  csq__u64map_free(&ex->chosen);
  csq__u64map_free(&ex->by_key);
  csq__vec_free(ex->mem, &ex->laws);
  csq_corpus_free(ex->own);
  csq__free(ex->mem, ex);
}

size_t csq_export_law_count(const csq_export *ex) { return ex->laws.count; }

const csq_law *csq_export_law_at(const csq_export *ex, size_t i) {
  return i < ex->laws.count ? ex->laws.items[i] : NULL;
}

int csq__export_has(const csq_export *ex, const csq_law *law) {
  uint64_t v;
  return law && csq__u64map_get(&ex->chosen, (uintptr_t)law, &v);
}

csq_status csq_export_walk(csq_export *ex, csq_edition_fn visit, void *ctx, csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < ex->laws.count; i++) {
    csq_edition *ed = NULL;
    const csq_law *law = ex->laws.items[i];
    const char *parent = law->parent_id[0] ? law->parent_id : law->parent_name;
    st = csq__edition_new(ex, law, csq__export_find_law(ex, parent), &ed, err);
    if (st == CSQ_OK)
      st = visit(ctx, ed, err);
    csq__edition_free(ed);
  }
  return st;
}
