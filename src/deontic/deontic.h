/*
 * deontic.h — the deontic stage: obligations (who must, may or must not do
 * what) and definitions, and the lists of them later stages hand out.
 */
#ifndef CSQ_DEONTIC_H
#define CSQ_DEONTIC_H

#include "citations/citations.h"

/* A list may own what its items point into (release(owned) frees it with
 * the list), as the citation lists do. */
struct csq_obligation_list {
  CSQ__LIST(const csq_obligation *);
};

struct csq_definition_list {
  CSQ__LIST(const csq_definition *);
};

csq_status csq__obligation_list_new(const csq_mem *mem, csq_obligation_list **out, csq_error *err);
csq_status csq__definition_list_new(const csq_mem *mem, csq_definition_list **out, csq_error *err);

/* Appends to `list` the obligations of `node` that pass `filter`. */
csq_status csq__obligations_collect(const csq_obligations *obls, const csq_node *node,
                                    const csq_obligation_filter *filter, csq_obligation_list *list,
                                    csq_error *err);

#endif /* CSQ_DEONTIC_H */
