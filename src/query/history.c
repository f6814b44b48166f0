/*
 * history.c — the history of a law asked of the library: its amendment
 * record read as data (reading/history.c, with the pattern the library
 * compiles once) and the versions the library knows of it.
 */
#include "query/query.h"

csq_status csq_find_amendments(csq_library *lib, const csq_law *law, csq_amendment_list **out,
                               csq_error *err) {
  csq_status st = CSQ_OK;
  if (!lib->history.code)
    st = csq__pattern_compile(&lib->history, "grammar/history.pcre", 0, err);
  if (st == CSQ_OK)
    st = csq__amendments_parse(&lib->history, lib->mem, law->history, out, err);
  if (st != CSQ_OK)
    return st;
  st = csq__library_add_versions(lib, law->id[0] ? law->id : law->name, NULL,
                                 csq__amendments_versions(*out), err);
  if (st != CSQ_OK) {
    csq_amendment_list_free(*out);
    *out = NULL;
  }
  return st;
}
