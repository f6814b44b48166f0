/*
 * questions.c — the questions asked of citations, obligations and
 * definitions: what provisions cite, which citations dangle, who cites a
 * provision (from the database's stored citations when it can, else from
 * the citations of the laws in memory), whose duties, which definitions.
 * Each answer is a list that owns what it was built from.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

static void refs_release(void *p) { csq_refs_free(p); }

/* An empty list that owns the citations of the library's laws, built for
 * it: *refs borrows them. */
static csq_status list_over_refs(csq_library *lib, csq_citation_list **out, csq_refs **refs,
                                 csq_error *err) {
  csq_status st = csq__citation_list_new(lib->mem, out, err);
  if (st == CSQ_OK && (st = csq_refs_build(lib->corpus, refs, err)) != CSQ_OK)
    csq_citation_list_free(*out);
  if (st == CSQ_OK) {
    (*out)->release = refs_release;
    (*out)->owned = *refs;
  }
  return st;
}

/* Hands the list out, or frees it when it failed. */
static csq_status finish(csq_status st, csq_citation_list *list, csq_citation_list **out) {
  if (st != CSQ_OK)
    csq_citation_list_free(list);
  else
    *out = list;
  return st;
}

/* The citations the nodes make, over the laws in memory. */
static csq_status citations_of(csq_library *lib, const csq_node_list *nodes,
                               csq_citation_list **out, csq_error *err) {
  csq_citation_list *list;
  csq_refs *refs;
  csq_status st = list_over_refs(lib, &list, &refs, err);
  if (st != CSQ_OK)
    return st;
  for (size_t i = 0; st == CSQ_OK && i < csq_node_list_count(nodes); i++) {
    csq_citation_list *some = NULL;
    st = csq_refs_from(refs, csq_node_list_at(nodes, i), 1, &some, err);
    for (size_t j = 0; st == CSQ_OK && j < some->items.count; j++)
      if (csq__vec_push(lib->mem, &list->items, some->items.items[j]) != 0)
        st = csq__oom(err);
    csq_citation_list_free(some);
  }
  return finish(st, list, out);
}

/* Whether every node's law was read from the library's database: their
 * citations are stored there. */
static int all_stored(const csq_library *lib, const csq_node_list *nodes) {
  for (size_t i = 0; lib->db && i < nodes->items.count; i++)
    if (!csq__corpus_adopted(lib->corpus, nodes->items.items[i]->law))
      return 0;
  return lib->db != NULL;
}

/* The citations the nodes make, read back from the database. */
static csq_status stored_citations_of(csq_library *lib, const csq_node_list *nodes,
                                      csq_citation_list **out, csq_error *err) {
  csq_citation_list *list = NULL;
  csq_status st = csq__citation_list_new(lib->mem, &list, err);
  for (size_t i = 0; st == CSQ_OK && i < nodes->items.count; i++)
    st = csq__db_citations_from(lib->db, lib->corpus, nodes->items.items[i], list, err);
  return finish(st, list, out);
}

csq_status csq_find_citations(csq_library *lib, const csq_node_list *nodes, csq_citation_list **out,
                              csq_error *err) {
  csq_citation_list *list = NULL;
  /* the laws cited, from the database: their targets then link them */
  csq_status st = csq__load_cited(lib, nodes, err);
  if (st == CSQ_OK)
    st = all_stored(lib, nodes) ? stored_citations_of(lib, nodes, &list, err)
                                : citations_of(lib, nodes, &list, err);
  if (st == CSQ_OK)
    st = csq__note_now_targets(lib, list, err);
  return finish(st, list, out);
}

/* Whether a target of c names a provision the loaded text lacks. */
static int dangles(const csq_citation *c) {
  for (size_t j = 0; j < c->target_count; j++)
    if (c->targets[j].exists == 0)
      return 1;
  return 0;
}

csq_status csq_find_dangling(csq_library *lib, csq_citation_list **out, csq_error *err) {
  csq_citation_list *list;
  csq_refs *refs;
  csq_status st = list_over_refs(lib, &list, &refs, err);
  if (st != CSQ_OK)
    return st;
  for (size_t i = 0; st == CSQ_OK && i < csq_refs_count(refs); i++)
    if (dangles(csq_refs_at(refs, i)) &&
        csq__vec_push(lib->mem, &list->items, csq_refs_at(refs, i)) != 0)
      st = csq__oom(err);
  return finish(st, list, out);
}

/* ---- cited-by ---------------------------------------------------------- */

/* What a cited-by asks for: the cited law's key (pcode, else name), the
 * eId ("" for the whole law), and the node when the law is loaded and has
 * the provision. */
typedef struct asked {
  char law[256], eid[160];
  const csq_node *node;
} asked;

/* The key of a law named `name` that is not loaded: its pcode from the
 * national list of names, else the name as written. */
static csq_status key_of_name(const csq_library *lib, const char *name, char *key, size_t size,
                              csq_error *err) {
  csq__lawbook *book;
  csq_status st = csq__lawbook_new(NULL, lib->mem, &book, err);
  if (st != CSQ_OK)
    return st;
  csq__lawref ref;
  csq__lawbook_find(book, name, "", &ref);
  snprintf(key, size, "%s", ref.known && ref.id[0] ? ref.id : name);
  int known = ref.known;
  csq__lawbook_free(book);
  return known ? CSQ_OK : CSQ_NOT_FOUND;
}

/* The law part of a query: loaded (or read from the database), or only
 * named. */
static csq_status asked_law(csq_library *lib, const csq_law *law, const char *name, const char *at,
                            asked *a, const csq_law **found, csq_error *err) {
  csq_status st = csq__query_law_at(lib, law, name, at, found, err);
  const char *parent = csq__query_parent(law, name);
  if (st == CSQ_OK)
    snprintf(a->law, sizeof a->law, "%s", (*found)->id[0] ? (*found)->id : (*found)->name);
  else if (st == CSQ_NOT_FOUND && parent) { /* 本法, not loaded: its pcode, or its name's */
    st = law->parent_id[0] ? CSQ_OK : key_of_name(lib, parent, a->law, sizeof a->law, err);
    st = st == CSQ_NOT_FOUND ? CSQ_OK : st; /* a name nobody knows: the key is the name */
    if (law->parent_id[0])
      snprintf(a->law, sizeof a->law, "%s", law->parent_id);
  } else if (st == CSQ_NOT_FOUND && name[0])
    st = key_of_name(lib, name, a->law, sizeof a->law, err) == CSQ_OK
             ? CSQ_OK
             : csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_UNKNOWN_LAW, name);
  return st;
}

/* 第三條第五款 (款 right under 條): the article's only paragraph, else the
 * first that has that 款 (as citations read it, docs/citations.md). */
static long implicit_para(const csq_law *law, const csq__provision_query *p) {
  char eid[64];
  int named;
  csq__provision_eid(eid, sizeof eid, p->art, p->artsub, -1, -1, -1);
  return csq__implicit_paragraph(law, eid, p->subpara, &named);
}

/* Reads `provision` as what cited-by asks for: a provision (第16條,
 * 本法第16條第1項, 資通安全管理法第16條) or a whole law (電子簽章法). */
static csq_status read_asked(csq_library *lib, const csq_law *law, const char *provision, asked *a,
                             csq_error *err) {
  csq__provision_query p;
  memset(a, 0, sizeof *a);
  csq_status st = csq__query_parse(lib, provision, &p, err);
  if (st == CSQ_BAD_QUERY) { /* no provision: a law's name alone */
    const csq_law *found = NULL;
    if (asked_law(lib, law, provision, NULL, a, &found, err) != CSQ_OK)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_CITED_BY_NO_PROVISION, provision);
    return CSQ_OK;
  }
  if (st == CSQ_OK && (p.end || p.piece[0]))
    st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_CITED_BY_RANGE, provision);
  const csq_law *found = NULL;
  if (st == CSQ_OK)
    st = asked_law(lib, law, p.law, p.at, a, &found, err);
  if (st != CSQ_OK)
    return st;
  long para = p.para ? p.para : p.subpara ? implicit_para(found, &p) : -1;
  csq__provision_eid(a->eid, sizeof a->eid, p.art, p.artsub, para, p.subpara ? p.subpara : -1,
                     p.item ? p.item : -1);
  a->node = found ? csq_law_find(found, a->eid) : NULL;
  return CSQ_OK;
}

static csq_status load_citing(void *ctx, const char *key, csq_error *err) {
  const csq_law *law;
  csq_status st = csq_library_find_law(ctx, key, &law, err);
  return st == CSQ_NOT_FOUND ? CSQ_OK : st; /* named in a citation, not stored */
}

/* Without the provision in a stored law: read in the laws whose stored
 * citations name it, then ask the citations of the laws in memory. */
static csq_status cited_by_memory(csq_library *lib, const asked *a, csq_cited_by_list **out,
                                  csq_error *err) {
  csq_status st = CSQ_OK;
  if (lib->db)
    st = csq__db_citing_laws(lib->db, a->law, a->eid, load_citing, lib, err);
  csq_refs *refs = NULL;
  if (st == CSQ_OK)
    st = csq_refs_build(lib->corpus, &refs, err);
  if (st == CSQ_OK)
    st = csq_refs_cited_by(refs, a->law, a->eid, out, err);
  if (st != CSQ_OK) {
    csq_refs_free(refs);
    return st;
  }
  (*out)->release = refs_release;
  (*out)->owned = refs;
  /* versions: the citing laws in force, and the provision's earlier numbers */
  if ((st = csq__cited_by_today(lib, refs, a->node, *out, err)) != CSQ_OK) {
    csq_cited_by_list_free(*out);
    *out = NULL;
  }
  return st;
}

csq_status csq_find_cited_by(csq_library *lib, const csq_law *law, const char *provision,
                             csq_cited_by_list **out, csq_error *err) {
  asked a;
  csq_status st = csq__check_query(provision, "the provision", err);
  if (st == CSQ_OK)
    st = read_asked(lib, law, provision, &a, err);
  if (st != CSQ_OK)
    return st;
  /* A provision of a stored law: the stored citations alone answer. */
  if (lib->db && a.node && a.eid[0])
    return csq__cited_by_stored(lib, a.node, out, err);
  return cited_by_memory(lib, &a, out, err);
}

/* ---- obligations and definitions ----------------------------------------- */

static void obligations_release(void *p) { csq_obligations_free(p); }

csq_status csq_find_obligations(csq_library *lib, const csq_law *law, const csq_node_list *nodes,
                                const csq_obligation_filter *filter, csq_obligation_list **out,
                                csq_error *err) {
  csq_obligation_filter f = filter ? *filter : (csq_obligation_filter){0, -1, NULL};
  f.deep = 1;
  csq_obligation_list *list;
  csq_status st = csq__check_query(f.actor, "the actor", err);
  if (st == CSQ_OK)
    st = csq__obligation_list_new(lib->mem, &list, err);
  if (st != CSQ_OK)
    return st;
  csq_obligations *obls;
  if ((st = csq_obligations_build(lib->corpus, &obls, err)) != CSQ_OK) {
    csq_obligation_list_free(list);
    return st;
  }
  list->release = obligations_release;
  list->owned = obls;
  size_t count = nodes ? csq_node_list_count(nodes) : 1;
  for (size_t i = 0; st == CSQ_OK && i < count; i++)
    st = csq__obligations_collect(obls, nodes ? csq_node_list_at(nodes, i) : law->root, &f, list,
                                  err);
  if (st != CSQ_OK) {
    csq_obligation_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}

csq_status csq__explain_cues(csq_library *lib, const csq_law *law, const csq_node_list *nodes,
                             csq__cue_list **out, csq_error *err) {
  csq__cue_list *list = NULL;
  csq_status st = csq__cue_list_new(lib->mem, &list, err);
  if (st != CSQ_OK)
    return st;
  csq_obligations *obls;
  if ((st = csq_obligations_build(lib->corpus, &obls, err)) != CSQ_OK) {
    csq__cue_list_free(list);
    return st;
  }
  csq__cue_list_own(list, obligations_release, obls);
  size_t count = nodes ? csq_node_list_count(nodes) : 1;
  for (size_t i = 0; st == CSQ_OK && i < count; i++)
    st = csq__obligations_cues_collect(obls, nodes ? csq_node_list_at(nodes, i) : law->root, list,
                                       err);
  if (st != CSQ_OK) {
    csq__cue_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}

/* What a definition list owns: the citations that resolve scopes, and the
 * definitions. */
typedef struct defined {
  const csq_mem *mem;
  csq_refs *refs;
  csq_definitions *defs;
} defined;

static void defined_release(void *p) {
  defined *d = p;
  csq_definitions_free(d->defs);
  csq_refs_free(d->refs);
  csq__free(d->mem, d);
}

csq_status csq_find_definitions(csq_library *lib, const csq_law *law, const char *term,
                                csq_definition_list **out, csq_error *err) {
  /* the parent act defines the words its rules use (本法用詞，定義如下), in
   * the version the rules cite */
  const char *parent = law->parent_id[0] ? law->parent_id : law->parent_name;
  const csq_law *act;
  csq_status st = csq__check_query(term, "the term", err);
  if (st != CSQ_OK)
    return st;
  st = parent[0] ? csq__library_parent(lib, law, &act, err) : CSQ_OK;
  if (st != CSQ_OK && st != CSQ_NOT_FOUND)
    return st;
  csq_definition_list *list;
  if ((st = csq__definition_list_new(lib->mem, &list, err)) != CSQ_OK)
    return st;
  defined *d = csq__calloc(lib->mem, 1, sizeof *d);
  if (!d) {
    csq_definition_list_free(list);
    return csq__oom(err);
  }
  d->mem = lib->mem;
  list->release = defined_release;
  list->owned = d;
  st = csq_refs_build(lib->corpus, &d->refs, err);
  if (st == CSQ_OK)
    st = csq_definitions_build(lib->corpus, d->refs, &d->defs, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_definitions_count(d->defs); i++) {
    const csq_definition *def = csq_definitions_at(d->defs, i);
    if (strcmp(csq_definition_term(def), term) == 0 &&
        csq__vec_push(lib->mem, &list->items, def) != 0)
      st = csq__oom(err);
  }
  if (st != CSQ_OK) {
    csq_definition_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}
