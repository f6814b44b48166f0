/*
 * history.c — the amendment record of a law asked of the library: the
 * record's text read as data (reading/history.c) with the pattern the
 * library compiles once.
 */
#include "query/query.h"

csq_status csq_find_amendments(csq_library *lib, const csq_law *law, csq_amendment_list **out,
                               csq_error *err) {
  csq_status st = CSQ_OK;
  if (!lib->history.code)
    st = csq__pattern_compile(&lib->history, "grammar/history.pcre", 0, err);
  return st == CSQ_OK ? csq__amendments_parse(&lib->history, lib->mem, law->history, out, err) : st;
}
