/*
 * lists.c — csq_obligation_list and csq_definition_list.
 */
#include "deontic/deontic.h"

CSQ__LIST_FUNCTIONS(csq_obligation_list, obligation_list, csq_obligation, )
CSQ__LIST_FUNCTIONS(csq_definition_list, definition_list, csq_definition, )

size_t csq_obligation_list_total(const csq_obligation_list *l) {
  return l->scope ? l->total : l->items.count;
}

size_t csq_obligation_list_offset(const csq_obligation_list *l) { return l->offset; }

size_t csq_obligation_list_group_count(const csq_obligation_list *l) { return l->group_count; }

const csq_obligation_group *csq_obligation_list_group_at(const csq_obligation_list *l, size_t i) {
  return i < l->group_count ? &l->groups[i] : NULL;
}

const csq_scope *csq_obligation_list_scope(const csq_obligation_list *l) { return l->scope; }
