/*
 * edition.c — one law version of an export with what its renderers ask of
 * each provision: the citations it makes, who cites it (linked to this
 * version), its obligations and the exceptions that qualify them, and the
 * defined terms in its text. Built when the walk reaches the law, freed
 * when it moves on.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

struct csq_edition {
  const csq_export *ex;
  const csq_law *law;
  const csq_law *act; /* its parent act among ex's laws, or NULL */
  const csq_mem *mem;
  csq_citation_list *cites; /* the law's, in document order */
  csq__u64map cites_at;     /* node → span */
  CSQ_VEC(csq_cited_by) cited;
  csq__u64map cited_at; /* hash of the target eId → span */
  csq_obligation_list *obls;
  csq__u64map obls_at;                        /* node → span */
  CSQ_VEC(const csq_obligation *) exceptions; /* grouped by the obligation qualified */
  csq__u64map exceptions_at;                  /* obligation → span */
  CSQ_VEC(csq_term_use) terms;
  csq__u64map terms_at; /* node → span */
  CSQ_VEC(const csq_definition *) defs;
};

static uint64_t eid_key(const char *eid) { return csq__hash_bytes(eid, strlen(eid)); }

/* ---- citations made, and received ------------------------------------------ */

static csq_status citations_made(csq_edition *ed, csq_error *err) {
  csq_status st = csq_refs_from(ed->ex->refs, ed->law->root, 1, &ed->cites, err);
  for (size_t i = 0; st == CSQ_OK && i < ed->cites->items.count; i++)
    if (csq__span_add(&ed->cites_at, (uintptr_t)ed->cites->items.items[i]->from, i) != 0)
      st = csq__oom(err);
  return st;
}

typedef struct ranked {
  csq_cited_by cb;
  size_t ord;
} ranked;

static const char *ranked_eid(const ranked *r) { return r->cb.citation->targets[r->cb.target].eid; }

static int by_eid(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  int c = strcmp(ranked_eid(x), ranked_eid(y));
  return c ? c : (x->ord > y->ord) - (x->ord < y->ord);
}

/* Who cites each provision of this version: every citation of the law
 * (and its parts) linked to this version, grouped by the eId named. */
static csq_status citations_received(csq_edition *ed, csq_error *err) {
  const csq_law *law = ed->law;
  csq_cited_by_list *all;
  csq_status st = csq_refs_cited_by(ed->ex->refs, law->id[0] ? law->id : law->name, "", &all, err);
  if (st != CSQ_OK)
    return st;
  size_t n = 0;
  ranked *r = csq__calloc(ed->mem, all->items.count + 1, sizeof *r);
  for (size_t i = 0; r && i < all->items.count; i++) {
    const csq_cited_by *cb = &all->items.items[i];
    if (cb->citation->targets[cb->target].law == law)
      r[n++] = (ranked){*cb, i};
  }
  if (r && n > 1)
    csq__sort(r, n, sizeof *r, by_eid);
  st = r && csq__vec_grow(ed->mem, &ed->cited, n) == 0 ? CSQ_OK : csq__oom(err);
  for (size_t i = 0; st == CSQ_OK && i < n; i++) {
    ed->cited.items[ed->cited.count++] = r[i].cb;
    if (csq__span_add(&ed->cited_at, eid_key(ranked_eid(&r[i])), i) != 0)
      st = csq__oom(err);
  }
  csq__free(ed->mem, r);
  csq_cited_by_list_free(all);
  return st;
}

/* ---- obligations and their exceptions ---------------------------------------- */

/* An exception and an obligation of this law it qualifies, by their
 * places in the law's list. */
typedef struct qualifies {
  size_t obligation, exception;
} qualifies;

typedef CSQ_VEC(qualifies) qualifies_vec;

static int by_obligation(const void *a, const void *b) {
  const qualifies *x = a, *y = b;
  if (x->obligation != y->obligation)
    return x->obligation < y->obligation ? -1 : 1;
  return (x->exception > y->exception) - (x->exception < y->exception);
}

/* The obligations of `node` and its descendants that exception e
 * qualifies; they are contiguous in the law's list. */
static int qualify_tree(csq_edition *ed, const csq_node *node, size_t e, qualifies_vec *pairs) {
  const csq_obligation *const *items = ed->obls->items.items;
  size_t first = 0, n = csq__span_get(&ed->obls_at, (uintptr_t)node, &first);
  for (size_t i = first; i < first + n; i++)
    if (csq_obligation_modality(items[i]) != CSQ_EXCEPTION &&
        csq__vec_push(ed->mem, pairs, ((qualifies){i, e})) != 0)
      return -1;
  for (const csq_node *c = node->first_child; c; c = c->next)
    if (qualify_tree(ed, c, e, pairs) != 0)
      return -1;
  return 0;
}

/* What exception e qualifies, from what exists today: the obligations of
 * its own provision (但…不在此限 after the rule), and those of the
 * provisions of this law its clause cites (不適用前二條規定). */
static int qualified_by(csq_edition *ed, size_t e, qualifies_vec *pairs) {
  const csq_obligation *ex = ed->obls->items.items[e];
  const csq_node *node = csq_obligation_node(ex);
  size_t first = 0, n = csq__span_get(&ed->obls_at, (uintptr_t)node, &first), start, end;
  for (size_t i = first; i < first + n; i++)
    if (i != e && csq_obligation_modality(ed->obls->items.items[i]) != CSQ_EXCEPTION &&
        csq__vec_push(ed->mem, pairs, ((qualifies){i, e})) != 0)
      return -1;
  if (!csq_obligation_span(ex, CSQ_PART_CLAUSE, &start, &end))
    return 0;
  const csq_citation *const *cites;
  size_t nc = csq_edition_citations(ed, node, &cites);
  for (size_t i = 0; i < nc; i++) {
    if (cites[i]->start < start || cites[i]->end > end)
      continue;
    for (size_t j = 0; j < cites[i]->target_count; j++) {
      const csq_target *t = &cites[i]->targets[j];
      if (t->law == ed->law && t->node && t->node != node && qualify_tree(ed, t->node, e, pairs))
        return -1;
    }
  }
  return 0;
}

static csq_status obligations(csq_edition *ed, csq_error *err) {
  csq_obligation_filter all = {1, -1, NULL};
  csq_status st = csq_obligations_in(ed->ex->obls, ed->law->root, &all, &ed->obls, err);
  for (size_t i = 0; st == CSQ_OK && i < ed->obls->items.count; i++)
    if (csq__span_add(&ed->obls_at, (uintptr_t)csq_obligation_node(ed->obls->items.items[i]), i))
      st = csq__oom(err);
  qualifies_vec pairs = {0};
  for (size_t i = 0; st == CSQ_OK && i < ed->obls->items.count; i++)
    if (csq_obligation_modality(ed->obls->items.items[i]) == CSQ_EXCEPTION &&
        qualified_by(ed, i, &pairs) != 0)
      st = csq__oom(err);
  if (st == CSQ_OK && pairs.count)
    csq__sort(pairs.items, pairs.count, sizeof *pairs.items, by_obligation);
  for (size_t i = 0; st == CSQ_OK && i < pairs.count; i++) {
    if (i && by_obligation(&pairs.items[i - 1], &pairs.items[i]) == 0)
      continue;
    const csq_obligation *o = ed->obls->items.items[pairs.items[i].obligation];
    if (csq__span_add(&ed->exceptions_at, (uintptr_t)o, ed->exceptions.count) != 0 ||
        csq__vec_push(ed->mem, &ed->exceptions, ed->obls->items.items[pairs.items[i].exception]))
      st = csq__oom(err);
  }
  csq__vec_free(ed->mem, &pairs);
  return st;
}

/* ---- defined terms ----------------------------------------------------------- */

/* The definitions the law's text uses: its own, then its parent act's,
 * each term once (the first definition of a term wins). */
static csq_status usable_definitions(csq_edition *ed, csq_error *err) {
  const csq_export *ex = ed->ex;
  const csq_law *from[2] = {ed->law, ed->act};
  for (int k = 0; k < 2 && from[k]; k++) {
    size_t first, n = csq__span_get(&ex->law_defs, (uintptr_t)from[k], &first);
    for (size_t i = 0; i < n; i++) {
      const csq_definition *d = ex->defs_by_law.items[first + i];
      int dup = 0;
      for (size_t j = 0; j < ed->defs.count && !dup; j++)
        dup = strcmp(csq_definition_term(ed->defs.items[j]), csq_definition_term(d)) == 0;
      if (!dup && csq__vec_push(ed->mem, &ed->defs, d) != 0)
        return csq__oom(err);
    }
  }
  return CSQ_OK;
}

/* Earlier first; at one place the defining span, then the longer. */
static int by_place(const void *a, const void *b) {
  const csq_term_use *x = a, *y = b;
  if (x->byte_start != y->byte_start)
    return x->byte_start < y->byte_start ? -1 : 1;
  if (x->defining != y->defining)
    return y->defining - x->defining;
  return (y->byte_end > x->byte_end) - (y->byte_end < x->byte_end);
}

/* Every place in `node`'s text where a usable term stands, the definition
 * itself marked defining; terms of one character are left out (too
 * common to mean the defined sense). */
static int find_terms(csq_edition *ed, const csq_node *node, void *buf) {
  CSQ_VEC(csq_term_use) *found = buf;
  const char *text = node->text;
  for (size_t i = 0; i < ed->defs.count; i++) {
    const csq_definition *d = ed->defs.items[i];
    const char *term = csq_definition_term(d);
    size_t len = strlen(term);
    if (csq__code_points(term, 0, len) < 2)
      continue;
    if (csq_definition_node(d) == node) {
      size_t ts, te, ms, me;
      csq_definition_spans(d, &ts, &te, &ms, &me);
      size_t bs = csq__byte_at(text, node->text_len, ts),
             be = csq__byte_at(text, node->text_len, te);
      if (be > bs && csq__vec_push(ed->mem, found, ((csq_term_use){0, 0, bs, be, d, 1})) != 0)
        return -1;
    }
    for (const char *p = strstr(text, term); p; p = strstr(p + len, term)) {
      size_t bs = (size_t)(p - text);
      if (csq__vec_push(ed->mem, found, ((csq_term_use){0, 0, bs, bs + len, d, 0})) != 0)
        return -1;
    }
  }
  return 0;
}

/* The terms of one node, none overlapping, with their code point spans. */
static int node_terms(csq_edition *ed, const csq_node *node, void *buf) {
  CSQ_VEC(csq_term_use) *found = buf;
  found->count = 0;
  if (find_terms(ed, node, found) != 0)
    return -1;
  if (found->count > 1)
    csq__sort(found->items, found->count, sizeof *found->items, by_place);
  size_t end = 0, cp = 0, cp_at = 0;
  for (size_t i = 0; i < found->count; i++) {
    csq_term_use u = found->items[i];
    if (u.byte_start < end)
      continue;
    cp += csq__code_points(node->text, cp_at, u.byte_start);
    u.start = cp;
    u.end = cp + csq__code_points(node->text, u.byte_start, u.byte_end);
    cp = u.end;
    cp_at = end = u.byte_end;
    if (csq__span_add(&ed->terms_at, (uintptr_t)node, ed->terms.count) != 0 ||
        csq__vec_push(ed->mem, &ed->terms, u) != 0)
      return -1;
  }
  return 0;
}

static int all_terms(csq_edition *ed, const csq_node *node, void *buf) {
  if (node->text_len && node_terms(ed, node, buf) != 0)
    return -1;
  for (const csq_node *c = node->first_child; c; c = c->next)
    if (all_terms(ed, c, buf) != 0)
      return -1;
  return 0;
}

static csq_status terms(csq_edition *ed, csq_error *err) {
  csq_status st = usable_definitions(ed, err);
  if (st != CSQ_OK || ed->defs.count == 0)
    return st;
  CSQ_VEC(csq_term_use) buf = {0};
  int fail = all_terms(ed, ed->law->root, &buf);
  csq__vec_free(ed->mem, &buf);
  return fail ? csq__oom(err) : CSQ_OK;
}

/* ---- the edition ------------------------------------------------------------- */

csq_status csq__edition_new(const csq_export *ex, const csq_law *law, const csq_law *act,
                            csq_edition **out, csq_error *err) {
  csq_edition *ed = csq__calloc(ex->mem, 1, sizeof *ed);
  if (!ed)
    return csq__oom(err);
  ed->ex = ex;
  ed->law = law;
  ed->act = act;
  ed->mem = ed->cites_at.mem = ed->cited_at.mem = ed->obls_at.mem = ex->mem;
  ed->exceptions_at.mem = ed->terms_at.mem = ex->mem;
  csq_status st = citations_made(ed, err);
  if (st == CSQ_OK)
    st = citations_received(ed, err);
  if (st == CSQ_OK)
    st = obligations(ed, err);
  if (st == CSQ_OK)
    st = terms(ed, err);
  if (st != CSQ_OK) {
    csq__edition_free(ed);
    return st;
  }
  *out = ed;
  return CSQ_OK;
}

void csq__edition_free(csq_edition *ed) {
  if (!ed)
    return;
  csq_citation_list_free(ed->cites);
  csq_obligation_list_free(ed->obls);
  csq__u64map_free(&ed->cites_at);
  csq__u64map_free(&ed->cited_at);
  csq__u64map_free(&ed->obls_at);
  csq__u64map_free(&ed->exceptions_at);
  csq__u64map_free(&ed->terms_at);
  csq__vec_free(ed->mem, &ed->cited);
  csq__vec_free(ed->mem, &ed->exceptions);
  csq__vec_free(ed->mem, &ed->terms);
  csq__vec_free(ed->mem, &ed->defs);
  csq__free(ed->mem, ed);
}

/* ---- accessors --------------------------------------------------------------- */

const csq_law *csq_edition_law(const csq_edition *ed) { return ed->law; }
const csq_export *csq__edition_export(const csq_edition *ed) { return ed->ex; }

size_t csq_edition_citations(const csq_edition *ed, const csq_node *node,
                             const csq_citation *const **out) {
  size_t first = 0, n = csq__span_get(&ed->cites_at, (uintptr_t)node, &first);
  *out = n ? ed->cites->items.items + first : NULL;
  return n;
}

size_t csq_edition_cited_by(const csq_edition *ed, const csq_node *node, const csq_cited_by **out) {
  size_t first = 0, n = csq__span_get(&ed->cited_at, eid_key(node->eid), &first);
  if (n && strcmp(ranked_eid(&(ranked){ed->cited.items[first], 0}), node->eid) != 0)
    n = 0; /* another eId with the same hash */
  *out = n ? ed->cited.items + first : NULL;
  return n;
}

size_t csq_edition_obligations(const csq_edition *ed, const csq_node *node,
                               const csq_obligation *const **out) {
  size_t first = 0, n = csq__span_get(&ed->obls_at, (uintptr_t)node, &first);
  *out = n ? ed->obls->items.items + first : NULL;
  return n;
}

size_t csq_edition_exceptions(const csq_edition *ed, const csq_obligation *o,
                              const csq_obligation *const **out) {
  size_t first = 0, n = csq__span_get(&ed->exceptions_at, (uintptr_t)o, &first);
  *out = n ? ed->exceptions.items + first : NULL;
  return n;
}

size_t csq_edition_terms(const csq_edition *ed, const csq_node *node, const csq_term_use **out) {
  size_t first = 0, n = csq__span_get(&ed->terms_at, (uintptr_t)node, &first);
  *out = n ? ed->terms.items + first : NULL;
  return n;
}

size_t csq__edition_definition_count(const csq_edition *ed) { return ed->defs.count; }

const csq_definition *csq__edition_definition_at(const csq_edition *ed, size_t i) {
  return i < ed->defs.count ? ed->defs.items[i] : NULL;
}
