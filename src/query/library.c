/*
 * library.c — csq_library: the laws a question is answered from, those of
 * a corpus in memory and, when there is one, those of a database, read
 * into the corpus when a question names them.
 */
#include <string.h>

#include "query/query.h"

csq_status csq_library_new(csq_corpus *corpus, csq_db *db, csq_library **out, csq_error *err) {
  const csq_mem *mem = csq__corpus_mem(corpus);
  csq_library *lib = csq__calloc(mem, 1, sizeof *lib);
  if (!lib)
    return csq__oom(err);
  lib->mem = lib->law_names.mem = mem;
  lib->corpus = corpus;
  lib->db = db;
  *out = lib;
  return CSQ_OK;
}

void csq_library_free(csq_library *lib) {
  if (!lib)
    return;
  csq__pattern_release(&lib->query);
  csq__searcher_free(lib->searcher);
  csq__u64map_free(&lib->law_names);
  csq__free(lib->mem, lib);
}

/* The law whose pcode or exact name is `key`: in memory, else stored. */
static csq_status find_key(csq_library *lib, const char *key, const csq_law **out, csq_error *err) {
  *out = csq_corpus_find_law(lib->corpus, key);
  if (*out)
    return CSQ_OK;
  if (lib->db)
    return csq_db_load_law(lib->db, lib->corpus, key, out, err);
  return CSQ_NOT_FOUND;
}

csq_status csq_library_find_law(csq_library *lib, const char *name, const csq_law **out,
                                csq_error *err) {
  csq__lawref ref;
  csq_status st = csq__check_query(name, "the law's name", err);
  if (st != CSQ_OK)
    return st;
  st = find_key(lib, name, out, err);
  if (st == CSQ_NOT_FOUND) /* any name of the law: 刑法, 勞基法, a former name */
    st = csq__library_name(lib, name, &ref, err);
  else
    return st;
  if (st == CSQ_OK && ref.known && (st = find_key(lib, ref.id, out, err)) == CSQ_NOT_FOUND)
    st = find_key(lib, ref.name, out, err);
  if (st == CSQ_OK && !ref.known)
    st = CSQ_NOT_FOUND;
  return st == CSQ_NOT_FOUND ? csq__library_no_law(lib, name, &ref, err) : st;
}

csq_status csq_library_primary(csq_library *lib, const csq_law **out, csq_error *err) {
  *out = csq__corpus_first_loaded(lib->corpus);
  if (*out || !lib->db)
    return *out ? CSQ_OK : csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law is loaded");
  char name[256];
  csq_status st = csq__db_primary(lib->db, name, sizeof name, err);
  return st == CSQ_OK ? csq_library_find_law(lib, name, out, err) : st;
}

csq_status csq__library_laws(csq_library *lib, csq_law_visit_fn visit, void *ctx, csq_error *err) {
  if (lib->db)
    return csq_db_laws(lib->db, visit, ctx, err);
  for (size_t i = 0; i < csq_corpus_law_count(lib->corpus); i++) {
    const csq_law *l = csq_corpus_law_at(lib->corpus, i);
    visit(ctx, l->id, l->name, l->version, l->level, l->repealed, l->article_count);
  }
  return CSQ_OK;
}
