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
