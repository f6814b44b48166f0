/*
 * node_list.c — csq_node_list, what a lookup selects and what a
 * definition's uses are; and finding nodes among their siblings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

const csq_node *csq__child(const csq_node *parent, csq_kind kind, long num) {
  char want[32];
  snprintf(want, sizeof want, "%ld", num);
  for (const csq_node *c = parent ? parent->first_child : NULL; c; c = c->next)
    if (c->kind == kind && strcmp(c->num, want) == 0)
      return c;
  return NULL;
}

long csq__implicit_paragraph(const csq_law *law, const char *art_eid, long sub, int *named) {
  const csq_node *art = law ? csq_law_find(law, art_eid) : NULL;
  *named = art && art->child_count > 1;
  for (const csq_node *p = *named ? art->first_child : NULL; p; p = p->next)
    if (csq__child(p, CSQ_SUBPARAGRAPH, sub))
      return strtol(p->num, NULL, 10);
  return 1;
}

size_t csq__count_children(const csq_node *parent, csq_kind kind) {
  size_t n = 0;
  for (const csq_node *c = parent->first_child; c; c = c->next)
    n += c->kind == kind;
  return n;
}

CSQ__LIST_FUNCTIONS(csq_node_list, node_list, csq_node, )

int csq__node_list_push(csq_node_list *l, const csq_node *n) {
  return csq__vec_push(l->mem, &l->items, n);
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
