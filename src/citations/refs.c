/*
 * refs.c — csq_refs: the citations of every law of a corpus, found by the
 * extractor (extract.c and its parts), filed by node (what a provision
 * cites) and by target (who cites a provision), and their accessors.
 */
#include <string.h>

#include "citations/extract.h"

struct csq_refs {
  const csq_mem *mem;
  csq_arena arena; /* every citation, target and string */
  csq__lawbook *book;
  csq__citedby *citedby;
  CSQ_VEC(csq_citation *) cites;
  csq__u64map spans; /* node → its span of cites (csq__node_span) */
};

/* Extracts the citations of `n` and its descendants, noting the span of
 * each node's citations (nodes are read in document order, so a subtree's
 * citations are contiguous). */
static int extract_tree(extractor *x, csq_refs *r, const csq_node *n) {
  size_t first = x->cites.count;
  if (csq__extract_node(x, n) != 0)
    return -1;
  if (csq__node_span_note(&r->spans, n, first, x->cites.count) != 0)
    return -1;
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (extract_tree(x, r, c) != 0)
      return -1;
  return 0;
}

static csq_status extract_all(csq_refs *r, const csq_corpus *corpus, csq_error *err) {
  extractor x;
  csq_status st = csq__extractor_init(&x, r->book, &r->arena, r->mem, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++) {
    const csq_law *law = csq_corpus_law_at(corpus, i);
    csq__extract_start_law(&x, law);
    if (extract_tree(&x, r, law->root) != 0)
      st = csq__oom(err);
  }
  r->cites.items = x.cites.items; /* the extractor's list becomes ours */
  r->cites.count = x.cites.count;
  r->cites.cap = x.cites.cap;
  x.cites.items = NULL;
  x.cites.count = x.cites.cap = 0;
  csq__extractor_release(&x);
  return st;
}

csq_status csq_refs_build(const csq_corpus *corpus, csq_refs **out, csq_error *err) {
  const csq_mem *mem = csq__corpus_mem(corpus);
  csq_refs *r = csq__calloc(mem, 1, sizeof *r);
  if (!r)
    return csq__oom(err);
  r->mem = r->spans.mem = mem;
  csq__arena_init(&r->arena, mem);
  csq_status st = csq__lawbook_new(corpus, mem, &r->book, err);
  if (st == CSQ_OK)
    st = extract_all(r, corpus, err);
  if (st == CSQ_OK)
    st = csq__citedby_build(mem, r->cites.items, r->cites.count, &r->citedby, err);
  if (st != CSQ_OK) {
    csq_refs_free(r);
    return st;
  }
  *out = r;
  return CSQ_OK;
}

void csq_refs_free(csq_refs *r) {
  if (!r)
    return;
  csq__lawbook_free(r->book);
  csq__citedby_free(r->citedby);
  csq__u64map_free(&r->spans);
  csq__vec_free(r->mem, &r->cites);
  csq__arena_release(&r->arena);
  csq__free(r->mem, r);
}

size_t csq_refs_count(const csq_refs *r) { return r->cites.count; }

const csq_citation *csq_refs_at(const csq_refs *r, size_t i) {
  return i < r->cites.count ? r->cites.items[i] : NULL;
}

csq_status csq_refs_from(const csq_refs *r, const csq_node *node, int deep, csq_citation_list **out,
                         csq_error *err) {
  csq_citation_list *list;
  csq_status st = csq__citation_list_new(r->mem, &list, err);
  if (st != CSQ_OK)
    return st;
  size_t lo = (size_t)-1, hi = 0;
  csq__node_span(&r->spans, node, deep, &lo, &hi);
  for (size_t i = lo; i < hi; i++)
    if (csq__vec_push(r->mem, &list->items, r->cites.items[i]) != 0) {
      csq_citation_list_free(list);
      return csq__oom(err);
    }
  *out = list;
  return CSQ_OK;
}

csq_status csq_refs_cited_by(const csq_refs *r, const char *law, const char *eid,
                             csq_cited_by_list **out, csq_error *err) {
  csq_cited_by_list *list = NULL;
  csq_status st = csq__check_query(law, "the law", err);
  if (st == CSQ_OK)
    st = csq__check_query(eid, "the eId", err);
  if (st == CSQ_OK)
    st = csq__cited_by_list_new(r->mem, &list, err);
  if (st == CSQ_OK)
    st = csq__citedby_find(r->citedby, r->cites.items, law, eid, list, err);
  if (st != CSQ_OK) {
    csq_cited_by_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}

/* ---- accessors -------------------------------------------------------------- */

const csq_node *csq_citation_from(const csq_citation *c) { return c->from; }
size_t csq_citation_start(const csq_citation *c) { return c->start; }
size_t csq_citation_end(const csq_citation *c) { return c->end; }
size_t csq_citation_byte_start(const csq_citation *c) { return c->byte_start; }
size_t csq_citation_byte_end(const csq_citation *c) { return c->byte_end; }
const char *csq_citation_text(const csq_citation *c) { return c->text; }
int csq_citation_resolved(const csq_citation *c) { return c->resolved; }
const char *csq_citation_problem(const csq_citation *c) { return c->problem; }
size_t csq_citation_target_count(const csq_citation *c) { return c->target_count; }
const csq_target *csq_citation_target(const csq_citation *c, size_t i) {
  return i < c->target_count ? &c->targets[i] : NULL;
}

csq_target_kind csq_target_kind_of(const csq_target *t) { return t->kind; }
const char *csq_target_law_id(const csq_target *t) { return t->law_id; }
const char *csq_target_law_name(const csq_target *t) { return t->law_name; }
const csq_law *csq_target_law(const csq_target *t) { return t->law; }
int csq_target_version_fallback(const csq_target *t) { return t->fallback; }
const char *csq_target_eid(const csq_target *t) { return t->eid; }
const char *csq_target_cite(const csq_target *t) { return t->cite; }
const char *csq_target_part(const csq_target *t) { return t->part; }
int csq_target_resolved(const csq_target *t) { return t->resolved; }
int csq_target_exists(const csq_target *t) { return t->exists; }
const csq_node *csq_target_node(const csq_target *t) { return t->node; }
const csq_node *csq_target_now(const csq_target *t) { return t->now; }
