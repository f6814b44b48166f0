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

int csq__node_list_push_part(csq_node_list *l, const csq_node *n, const char *name, size_t start,
                             size_t end) {
  while (l->parts.count < l->nodes.count)
    if (csq__vec_push(l->mem, &l->parts, ((csq__node_part){NULL, 0, 0})) != 0)
      return -1;
  return csq__vec_push(l->mem, &l->parts, ((csq__node_part){name, start, end})) ||
         csq__node_list_push(l, n);
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

const char *csq_node_list_part(const csq_node_list *l, size_t i, size_t *start, size_t *end) {
  const csq__node_part *p =
      i < l->parts.count && l->parts.items[i].name ? &l->parts.items[i] : NULL;
  const csq_node *n = csq_node_list_at(l, i);
  if (start)
    *start = p ? csq__code_points(n->text, 0, p->start) : 0;
  if (end)
    *end = p   ? csq__code_points(n->text, 0, p->end)
           : n ? csq__code_points(n->text, 0, n->text_len)
               : 0;
  return p ? p->name : "";
}

void csq_node_list_free(csq_node_list *l) {
  if (!l)
    return;
  csq__vec_free(l->mem, &l->nodes);
  csq__vec_free(l->mem, &l->parts);
  csq__free(l->mem, l);
}
