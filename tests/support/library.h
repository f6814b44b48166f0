/*
 * library.h — questions asked of a corpus alone, for tests: each call makes
 * a csq_library over the corpus, asks, and frees it.
 */
#ifndef CSQ_TEST_LIBRARY_H
#define CSQ_TEST_LIBRARY_H

#include "csquery.h"

csq_status csq_test_lookup(csq_corpus *corpus, const csq_law *law, const char *query,
                           csq_node_list **out, csq_error *err);
csq_status csq_test_cited_by(csq_corpus *corpus, const csq_law *law, const char *provision,
                             csq_cited_by_list **out, csq_error *err);

#endif
