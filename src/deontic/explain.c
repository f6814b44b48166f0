/*
 * explain.c — what became of every cue of a provision (csquery obligations
 * --explain): the statements it holds and the cues a rule of grammar/
 * explains, in text order, as a csq__cue_list.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deontic/extract.h"

struct csq__cue_list {
  const csq_mem *mem;
  CSQ_VEC(const csq__cue *) items;
  CSQ_VEC(csq__cue *) made; /* the cues of statements, owned */
  void (*release)(void *owned);
  void *owned;
};

static const struct {
  const char *name, *source;
} RULES[CSQ__CUE_RULE_COUNT] = {
    {"statement",
     "grammar/modality.pcre (shall, may, shall_not, exception; except in excepted.pcre)"},
    {"false_friend", "grammar/modality.pcre (ff)"},
    {"attributive", "grammar/modality.pcre (attr, attrmatter, attrcase, attrother, attrlist, "
                    "attrdue, attrundone, attrmore)"},
    {"quoted", "grammar/excepted.pcre (quoted); grammar/modality.pcre (stated)"},
    {"excepted", "grammar/excepted.pcre (except)"},
    {"case", "grammar/words.tsv (case_nominal_ends, case_bearer_opens, case_time_ends, "
             "case_leadins, case_list_leadins, case_item_ends)"},
    {"definition", "grammar/defining.pcre; an item under grammar/words.tsv's definition_leadins"},
    {"action", "grammar/words.tsv (cue_verbs)"},
    {"purpose", "grammar/words.tsv (purpose_marks, ability_cues, result_opens)"},
};

const char *csq__cue_rule_name(csq__cue_rule rule) {
  return (unsigned)rule < CSQ__CUE_RULE_COUNT ? RULES[rule].name : "";
}

const char *csq__cue_rule_source(csq__cue_rule rule) {
  return (unsigned)rule < CSQ__CUE_RULE_COUNT ? RULES[rule].source : "";
}

static int by_start(const void *a, const void *b) {
  const csq__cue *x = *(const csq__cue *const *)a, *y = *(const csq__cue *const *)b;
  return x->span[0] < y->span[0] ? -1 : x->span[0] > y->span[0];
}

/* The cue of a statement, as a csq__cue the list owns. */
static int add_statement(csq__cue_list *l, const csq_obligation *ob) {
  csq__cue *k = csq__calloc(l->mem, 1, sizeof *k);
  if (!k || csq__vec_push(l->mem, &l->made, k) != 0) {
    csq__free(l->mem, k);
    return -1;
  }
  *k = (csq__cue){ob->node,
                  {ob->span[CSQ_PART_CUE][0], ob->span[CSQ_PART_CUE][1]},
                  ob->text[CSQ_PART_CUE],
                  CSQ__CUE_STATEMENT,
                  ob};
  return csq__vec_push(l->mem, &l->items, k);
}

/* The cues of one node's own text, in text order, appended. */
static int fill(const csq_obligations *o, const csq_node *node, csq__cue_list *l) {
  size_t first = 0, from = l->items.count;
  size_t count = csq__span_get(&o->spans, (uintptr_t)node, &first);
  for (size_t i = first; i < first + count; i++)
    if (add_statement(l, o->list.items[i]) != 0)
      return -1;
  count = csq__span_get(&o->cue_spans, (uintptr_t)node, &first);
  for (size_t i = first; i < first + count; i++)
    if (csq__vec_push(l->mem, &l->items, &o->cues.items[i]) != 0)
      return -1;
  if (l->items.count > from)
    csq__sort(l->items.items + from, l->items.count - from, sizeof *l->items.items, by_start);
  return 0;
}

static int fill_deep(const csq_obligations *o, const csq_node *node, csq__cue_list *l) {
  if (fill(o, node, l) != 0)
    return -1;
  for (const csq_node *c = csq_node_first_child(node); c; c = csq_node_next(c))
    if (fill_deep(o, c, l) != 0)
      return -1;
  return 0;
}

csq_status csq__cue_list_new(const csq_mem *mem, csq__cue_list **out, csq_error *err) {
  csq__cue_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  *out = l;
  return CSQ_OK;
}

void csq__cue_list_own(csq__cue_list *l, void (*release)(void *), void *owned) {
  l->release = release;
  l->owned = owned;
}

csq_status csq__obligations_cues_collect(const csq_obligations *o, const csq_node *node,
                                         csq__cue_list *l, csq_error *err) {
  return fill_deep(o, node, l) == 0 ? CSQ_OK : csq__oom(err);
}

csq_status csq__obligations_cues(const csq_obligations *o, const csq_node *node,
                                 csq__cue_list **out, csq_error *err) {
  csq__cue_list *l = NULL;
  csq_status st = csq__cue_list_new(o->mem, &l, err);
  if (st != CSQ_OK)
    return st;
  if (fill(o, node, l) != 0) {
    csq__cue_list_free(l);
    return csq__oom(err);
  }
  *out = l;
  return CSQ_OK;
}

size_t csq__cue_list_count(const csq__cue_list *l) { return l->items.count; }

const csq__cue *csq__cue_list_at(const csq__cue_list *l, size_t i) {
  return i < l->items.count ? l->items.items[i] : NULL;
}

void csq__cue_list_free(csq__cue_list *l) {
  if (!l)
    return;
  for (size_t i = 0; i < l->made.count; i++)
    csq__free(l->mem, l->made.items[i]);
  csq__vec_free(l->mem, &l->made);
  csq__vec_free(l->mem, &l->items);
  if (l->release)
    l->release(l->owned);
  csq__free(l->mem, l);
}

const csq_node *csq__cue_node(const csq__cue *k) { return k->node; }

void csq__cue_span(const csq__cue *k, size_t *start, size_t *end) {
  *start = k->span[0];
  *end = k->span[1];
}

const char *csq__cue_text(const csq__cue *k) { return k->text; }
csq__cue_rule csq__cue_rule_of(const csq__cue *k) { return k->rule; }
const csq_obligation *csq__cue_obligation(const csq__cue *k) { return k->obligation; }
