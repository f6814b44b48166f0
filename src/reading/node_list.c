/*
 * node_list.c — csq_node_list, what a lookup selects and what a
 * definition's uses are.
 */
#include "reading/reading.h"

csq_status csq__node_list_new(const csq_mem *mem, csq_node_list **out, csq_error *err) {
  csq_node_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  *out = l;
  return CSQ_OK;
}

int csq__node_list_push(csq_node_list *l, const csq_node *n) {
  return csq__vec_push(l->mem, &l->nodes, n);
}

int csq__collect_articles(const csq_node *n, csq_node_list *list) {
  for (const csq_node *c = n->first_child; c; c = c->next) {
    if (c->kind == CSQ_ARTICLE && csq__node_list_push(list, c) != 0)
      return -1;
    if (csq_kind_is_heading(c->kind) && csq__collect_articles(c, list) != 0)
      return -1;
  }
  return 0;
}

size_t csq_node_list_count(const csq_node_list *l) { return l->nodes.count; }

const csq_node *csq_node_list_at(const csq_node_list *l, size_t i) {
  return i < l->nodes.count ? l->nodes.items[i] : NULL;
}

void csq_node_list_free(csq_node_list *l) {
  if (!l)
    return;
  csq__vec_free(l->mem, &l->nodes);
  csq__vec_free(l->mem, &l->now);
  csq__free(l->mem, l);
}
