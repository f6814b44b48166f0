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

/* The parts of a list's nodes, by index, as far as any was pushed: what a
 * lookup's list owns. */
typedef struct parts {
  const csq_mem *mem;
  CSQ_VEC(csq__node_part) items;
} parts;

static void parts_release(void *p) {
  parts *ps = p;
  csq__vec_free(ps->mem, &ps->items);
  csq__free(ps->mem, ps);
}

int csq__node_list_push_part(csq_node_list *l, const csq_node *n, const char *name, size_t start,
                             size_t end) {
  if (!l->owned) {
    parts *ps = csq__calloc(l->mem, 1, sizeof *ps);
    if (!ps)
      return -1;
    ps->mem = l->mem;
    l->owned = ps;
    l->release = parts_release;
  }
  if (l->release != parts_release)
    return -1;
  parts *ps = l->owned;
  while (ps->items.count < l->items.count)
    if (csq__vec_push(l->mem, &ps->items, ((csq__node_part){NULL, 0, 0})) != 0)
      return -1;
  return csq__vec_push(l->mem, &ps->items, ((csq__node_part){name, start, end})) ||
         csq__node_list_push(l, n);
}

const csq__node_part *csq__node_list_part_at(const csq_node_list *l, size_t i) {
  const parts *ps = l && l->release == parts_release ? l->owned : NULL;
  return ps && i < ps->items.count && ps->items.items[i].name ? &ps->items.items[i] : NULL;
}

const char *csq_node_list_part(const csq_node_list *l, size_t i, size_t *start, size_t *end) {
  const csq__node_part *p = csq__node_list_part_at(l, i);
  const csq_node *n = csq_node_list_at(l, i);
  if (start)
    *start = p ? csq__code_points(n->text, 0, p->start) : 0;
  if (end)
    *end = p   ? csq__code_points(n->text, 0, p->end)
           : n ? csq__code_points(n->text, 0, n->text_len)
               : 0;
  return p ? p->name : "";
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

int csq__node_span_note(csq__u64map *spans, const csq_node *n, size_t first, size_t end) {
  return end == first ? 0 : csq__span_put(spans, (uintptr_t)n, first, end - first);
}

void csq__node_span(const csq__u64map *spans, const csq_node *n, int deep, size_t *lo, size_t *hi) {
  size_t first, count = csq__span_get(spans, (uintptr_t)n, &first);
  if (count) {
    *lo = *lo < first ? *lo : first;
    *hi = *hi > first + count ? *hi : first + count;
  }
  for (const csq_node *c = deep ? n->first_child : NULL; c; c = c->next)
    csq__node_span(spans, c, deep, lo, hi);
}
