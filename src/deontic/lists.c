/*
 * lists.c — csq_obligation_list and csq_definition_list.
 */
#include "deontic/deontic.h"

csq_status csq__obligation_list_new(const csq_mem *mem, csq_obligation_list **out, csq_error *err) {
  csq_obligation_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  *out = l;
  return CSQ_OK;
}

size_t csq_obligation_list_count(const csq_obligation_list *l) { return l->items.count; }

const csq_obligation *csq_obligation_list_at(const csq_obligation_list *l, size_t i) {
  return i < l->items.count ? l->items.items[i] : NULL;
}

void csq_obligation_list_free(csq_obligation_list *l) {
  if (!l)
    return;
  if (l->release)
    l->release(l->owned);
  csq__vec_free(l->mem, &l->items);
  csq__vec_free(l->mem, &l->groups);
  csq__free(l->mem, l);
}

size_t csq_obligation_list_total(const csq_obligation_list *l) {
  return l->scope ? l->total : l->items.count;
}

size_t csq_obligation_list_offset(const csq_obligation_list *l) { return l->offset; }

size_t csq_obligation_list_group_count(const csq_obligation_list *l) { return l->groups.count; }

const csq_obligation_group *csq_obligation_list_group_at(const csq_obligation_list *l, size_t i) {
  return i < l->groups.count ? &l->groups.items[i] : NULL;
}

const csq_scope *csq_obligation_list_scope(const csq_obligation_list *l) { return l->scope; }

csq_status csq__definition_list_new(const csq_mem *mem, csq_definition_list **out, csq_error *err) {
  csq_definition_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  *out = l;
  return CSQ_OK;
}

size_t csq_definition_list_count(const csq_definition_list *l) { return l->items.count; }

const csq_definition *csq_definition_list_at(const csq_definition_list *l, size_t i) {
  return i < l->items.count ? l->items.items[i] : NULL;
}

void csq_definition_list_free(csq_definition_list *l) {
  if (!l)
    return;
  if (l->release)
    l->release(l->owned);
  csq__vec_free(l->mem, &l->items);
  csq__free(l->mem, l);
}
