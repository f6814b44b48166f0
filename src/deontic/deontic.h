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
  /* What an answer across laws adds (csq_query_obligations), kept in what
   * the list owns: every law with answers, the total before limit and
   * offset, and the scope. */
  const csq_obligation_group *groups;
  size_t group_count, total, offset;
  const csq_scope *scope;
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

/* ---- obligations as the store keeps them (stored.c) ---------------------- */

/* Visits the names the bearer of `ob` answers to (csq_obligation_has_actor),
 * each once: its name (how 0), the known names it joins (1), the names an
 * alias of its law stands for (2). Stops when visit returns non-zero, and
 * returns that. */
typedef int (*csq__name_fn)(void *ctx, const char *name, int how);
int csq__obligation_names(const csq_obligations *obls, const csq_obligation *ob, csq__name_fn visit,
                          void *ctx);

/* An empty set of obligations, to which the store adds those it reads. */
csq_status csq__obligations_new(const csq_mem *mem, csq_obligations **out, csq_error *err);

/* An obligation read back: its parts (text NULL where absent) and spans in
 * code points, its bearer's name and where a carried one is written. */
typedef struct csq__stored_obligation {
  const csq_node *node;
  csq_modality modality;
  const char *text[CSQ_PART_CONDITION + 1];
  size_t span[CSQ_PART_CONDITION + 1][2];
  const char *actor;
  int actor_known;
  const csq_node *actor_from;
} csq__stored_obligation;

/* Adds it to `obls` (its strings copied); NULL when out of memory. */
const csq_obligation *csq__obligations_add_stored(csq_obligations *obls,
                                                  const csq__stored_obligation *s);

#endif /* CSQ_DEONTIC_H */
