/*
 * library.c — csq_library: the laws a question is answered from, those of
 * a corpus in memory and, when there is one, those of a database, read
 * into the corpus when a question names them; and the law a question
 * names (本細則, 本法, a name, at a date).
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
  csq__pattern_release(&lib->history);
  for (size_t i = 0; i < lib->diffs.count; i++)
    csq_diff_free(lib->diffs.items[i]);
  csq__vec_free(lib->mem, &lib->diffs);
  csq__searcher_free(lib->searcher);
  csq__u64map_free(&lib->law_names);
  csq__free(lib->mem, lib);
}

csq_status csq_library_find_law(csq_library *lib, const char *name, const csq_law **out,
                                csq_error *err) {
  return csq__library_find_law_at(lib, name, NULL, out, err);
}

csq_status csq_library_primary(csq_library *lib, const csq_law **out, csq_error *err) {
  const csq_law *first = csq__corpus_first_loaded(lib->corpus);
  if (first) /* the version of the first law loaded in force on the library's date */
    return csq_library_find_law(lib, first->id[0] ? first->id : first->name, out, err);
  if (!lib->db)
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law is loaded");
  char name[256];
  csq_status st = csq__db_primary(lib->db, name, sizeof name, err);
  return st == CSQ_OK ? csq_library_find_law(lib, name, out, err) : st;
}

/* ---- the law a question names ------------------------------------------- */

const char *csq__query_parent(const csq_law *law, const char *name) {
  if (csq__word_index(name, strlen(name), CSQ__WORDS(self_act)) < 0 ||
      (!law->parent_id[0] && !law->parent_name[0]))
    return NULL;
  return law->parent_id[0] ? law->parent_id : law->parent_name;
}

/* The version of `law` itself in force on `at` (a query's LAW@DATE). */
static csq_status law_at(csq_library *lib, const csq_law *law, const char *at, const csq_law **out,
                         csq_error *err) {
  if (!at || !at[0]) {
    *out = law;
    return CSQ_OK;
  }
  return csq__library_find_law_at(lib, law->id[0] ? law->id : law->name, at, out, err);
}

/* 本細則, 本辦法 …: the law itself; 本法: the parent act (in the version
 * its citations link, csq__library_parent); else a name. `at` is the date
 * the query names the law at ("" or NULL: none). */
csq_status csq__query_law_at(csq_library *lib, const csq_law *law, const char *name, const char *at,
                             const csq_law **out, csq_error *err) {
  size_t len = strlen(name);
  int self = !len || csq__word_index(name, len, CSQ__WORDS(self_law)) >= 0 ||
             csq__word_index(name, len, CSQ__WORDS(self_act)) >= 0;
  if (!law && self) { /* the library's primary law, read now that it is needed */
    csq_status st = csq_library_primary(lib, &law, err);
    if (st != CSQ_OK)
      return st;
  }
  if (!len || csq__word_index(name, len, CSQ__WORDS(self_law)) >= 0)
    return law_at(lib, law, at, out, err);
  if (csq__word_index(name, len, CSQ__WORDS(self_act)) >= 0) {
    if (!law->parent_id[0] && !law->parent_name[0])
      return law_at(lib, law, at, out, err); /* an act's 本法 is itself */
    csq_status st =
        at && at[0] ? csq__library_find_law_at(
                          lib, law->parent_id[0] ? law->parent_id : law->parent_name, at, out, err)
                    : csq__library_parent(lib, law, out, err);
    if (st != CSQ_NOT_FOUND || (at && at[0]))
      return st;
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_PARENT_NOT_LOADED, law->parent_name,
                     law->parent_id);
  }
  return csq__library_find_law_at(lib, name, at && at[0] ? at : NULL, out, err);
}

csq_status csq__query_law(csq_library *lib, const csq_law *law, const char *name,
                          const csq_law **out, csq_error *err) {
  return csq__query_law_at(lib, law, name, NULL, out, err);
}
