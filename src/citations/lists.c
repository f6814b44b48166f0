/*
 * lists.c — csq_citation_list and csq_cited_by_list: what refs, cited-by
 * and the dangling check hand out, each owning what it was built from when
 * a later stage built it for the list alone.
 */
#include <string.h>

#include "citations/citations.h"

static const char *const TARGET_KINDS[] = {"provision", "law", "annex"};

csq_target_kind csq__target_kind_from_name(const char *name) {
  for (int k = 0; k < 3; k++)
    if (strcmp(name, TARGET_KINDS[k]) == 0)
      return (csq_target_kind)k;
  return CSQ_TARGET_PROVISION;
}

const char *csq__target_kind_name(csq_target_kind kind) {
  return (unsigned)kind < 3 ? TARGET_KINDS[kind] : TARGET_KINDS[0];
}

static const char *copy(csq_arena *a, const char *s) { return csq__arena_strndup(a, s, strlen(s)); }

int csq__target_make(csq_arena *a, csq_target_kind kind, const char *law_id, const char *law_name,
                     const char *eid, const char *cite, const char *part, int resolved, int exists,
                     csq_target *out) {
  *out = (csq_target){kind,
                      copy(a, law_id),
                      copy(a, law_name),
                      copy(a, eid),
                      copy(a, cite),
                      copy(a, part),
                      NULL,
                      NULL,
                      resolved,
                      exists,
                      0,
                      NULL,
                      0};
  return out->law_id && out->law_name && out->eid && out->cite && out->part ? 0 : -1;
}

void csq__target_settle(csq_target *t) {
  t->node = NULL;
  if (t->kind == CSQ_TARGET_LAW)
    t->exists = t->law ? 1 : -1;
  else if (t->kind == CSQ_TARGET_ANNEX || !t->law || !t->resolved)
    t->exists = -1; /* annex text is not in the data */
  else {
    t->node = csq_law_find(t->law, t->eid);
    t->exists = t->node != NULL;
  }
}

csq_citation *csq__citation_make(csq_arena *a, const csq_node *from, size_t start, size_t end,
                                 const char *text, int resolved, const char *problem,
                                 const csq_target *targets, size_t target_count) {
  csq_citation *c = csq__arena_alloc(a, sizeof *c);
  if (!c)
    return NULL;
  c->from = from;
  c->start = start;
  c->end = end;
  c->byte_start = csq__byte_at(from->text, from->text_len, start);
  c->byte_end = csq__byte_at(from->text, from->text_len, end);
  c->text = copy(a, text);
  c->problem = copy(a, problem);
  c->resolved = resolved;
  c->targets = csq__arena_alloc(a, (target_count ? target_count : 1) * sizeof *c->targets);
  if (!c->text || !c->problem || !c->targets)
    return NULL;
  memcpy(c->targets, targets, target_count * sizeof *targets);
  c->target_count = target_count;
  return c;
}

CSQ__LIST_FUNCTIONS(csq_citation_list, citation_list, csq_citation, )
CSQ__LIST_FUNCTIONS(csq_cited_by_list, cited_by_list, csq_cited_by, &)

int csq__cited_by_list_add(csq_cited_by_list *l, const csq_citation *c, size_t target,
                           csq_relation relation) {
  for (size_t i = 0; i < l->items.count; i++) /* one answer per citation and target */
    if (l->items.items[i].citation == c && l->items.items[i].target == target)
      return 0;
  return csq__vec_push(l->mem, &l->items, ((csq_cited_by){c, target, relation}));
}
