/*
 * library.c — questions asked of a corpus alone, for tests.
 */
#include "library.h"

csq_status csq_test_lookup(csq_corpus *corpus, const csq_law *law, const char *query,
                           csq_node_list **out, csq_error *err) {
  csq_library *lib;
  csq_status st = csq_library_new(corpus, NULL, &lib, err);
  if (st == CSQ_OK)
    st = csq_lookup(lib, law, query, out, err);
  csq_library_free(lib);
  return st;
}

csq_status csq_test_cited_by(csq_corpus *corpus, const csq_law *law, const char *provision,
                             csq_cited_by_list **out, csq_error *err) {
  csq_library *lib;
  csq_status st = csq_library_new(corpus, NULL, &lib, err);
  if (st == CSQ_OK)
    st = csq_find_cited_by(lib, law, provision, out, err);
  csq_library_free(lib);
  return st;
}
