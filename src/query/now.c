/*
 * now.c — old citations today. A citation links the version of the law it
 * names in force on the citing law's date (citations/lawbook.c); where a
 * later version of that law is known, the diff of the two versions says
 * where the provision is now: 本法第十六條 of the 2021 rules is 資通安全管理法
 * 第16條 of 2018-06-06, now 第20條 of 2025-09-24. The same for a provision
 * looked up in an earlier version. Diffs are made once per library.
 */
#include <stdio.h>
#include <string.h>

#include "query/diff.h"

csq_status csq__library_later(csq_library *lib, const csq_law *law, const csq_law **out,
                              csq_error *err) {
  *out = NULL;
  const csq_law *now = NULL;
  csq_error quiet;
  csq_status st =
      csq__library_find_law_at(lib, law->id[0] ? law->id : law->name, lib->at, &now, &quiet);
  if (st == CSQ_NOT_FOUND)
    return CSQ_OK; /* none in force then: nothing later to tell of */
  if (st != CSQ_OK) {
    if (err)
      *err = quiet;
    return st;
  }
  if (now != law && strcmp(now->version, law->version) > 0)
    *out = now;
  return CSQ_OK;
}

csq_status csq__library_diff(csq_library *lib, const csq_law *from, const csq_law *to,
                             const csq_diff **out, csq_error *err) {
  for (size_t i = 0; i < lib->diffs.count; i++)
    if (csq__diff_from(lib->diffs.items[i]) == from && csq__diff_to(lib->diffs.items[i]) == to) {
      *out = lib->diffs.items[i];
      return CSQ_OK;
    }
  csq_diff *d;
  csq_status st = csq__diff_laws(from, to, &d, err);
  if (st != CSQ_OK)
    return st;
  if (csq__vec_push(lib->mem, &lib->diffs, d) != 0) {
    csq_diff_free(d);
    return csq__oom(err);
  }
  *out = d;
  return CSQ_OK;
}

typedef struct cited {
  csq_library *lib;
  CSQ_VEC(char *) keys; /* "pcode-or-name@version", each once */
  int fail;
} cited;

static void note_cited(void *ctx, const csq_version_info *v) {
  cited *c = ctx;
  const char *key = v->id[0] ? v->id : v->name;
  size_t n = strlen(key) + strlen(v->version) + 2;
  for (size_t i = 0; i < c->keys.count; i++)
    if (strncmp(c->keys.items[i], key, strlen(key)) == 0 &&
        strcmp(c->keys.items[i] + strlen(key) + 1, v->version) == 0)
      return;
  char *k = csq__calloc(c->lib->mem, n, 1);
  if (!k || csq__vec_push(c->lib->mem, &c->keys, k) != 0) {
    csq__free(c->lib->mem, k);
    c->fail = 1;
    return;
  }
  snprintf(k, n, "%s@%s", key, v->version);
}

csq_status csq__load_cited(csq_library *lib, const csq_node_list *nodes, csq_error *err) {
  cited c = {.lib = lib, .keys = {0}};
  csq_status st = CSQ_OK;
  for (size_t i = 0; lib->db && st == CSQ_OK && i < nodes->items.count; i++) {
    const csq_node *n = nodes->items.items[i];
    st = csq__db_cited_versions(lib->db, n, note_cited, &c, err);
    if (st == CSQ_NOT_FOUND) /* a law of the library's user the database lacks */
      st = CSQ_OK;
  }
  if (st == CSQ_OK && c.fail)
    st = csq__oom(err);
  for (size_t i = 0; st == CSQ_OK && i < c.keys.count; i++) {
    char *at = strrchr(c.keys.items[i], '@');
    *at = '\0';
    const csq_law *l;
    csq_error quiet;
    st = csq__library_find_law_at(lib, c.keys.items[i], at + 1, &l, &quiet);
    if (st == CSQ_NOT_FOUND) /* stored no more: nothing to link */
      st = CSQ_OK;
    else if (st != CSQ_OK && err)
      *err = quiet;
  }
  for (size_t i = 0; i < c.keys.count; i++)
    csq__free(lib->mem, c.keys.items[i]);
  csq__vec_free(lib->mem, &c.keys);
  return st;
}

/* Where `node` of `law` is in the version in force today: *now and
 * *gone; nothing when `law` is that version. */
static csq_status where_now(csq_library *lib, const csq_law *law, const csq_node *node,
                            const csq_node **now, int *gone, csq_error *err) {
  *now = NULL;
  *gone = 0;
  const csq_law *later;
  const csq_diff *d;
  csq_status st = csq__library_later(lib, law, &later, err);
  if (st != CSQ_OK || !later)
    return st;
  if ((st = csq__library_diff(lib, law, later, &d, err)) != CSQ_OK)
    return st;
  *now = csq__diff_now(d, node);
  *gone = !*now;
  return CSQ_OK;
}

csq_status csq__note_now_targets(csq_library *lib, const csq_citation_list *list, csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < list->items.count; i++) {
    const csq_citation *c = list->items.items[i];
    for (size_t k = 0; st == CSQ_OK && k < c->target_count; k++) {
      csq_target *t = &c->targets[k]; /* the list's own citations */
      if (t->law && t->node)
        st = where_now(lib, t->law, t->node, &t->now, &t->gone, err);
    }
  }
  return st;
}

static void release_now(void *owned) {
  csq_node_list *nodes = owned;
  csq__vec_free(nodes->mem, &nodes->now);
}

csq_status csq__note_now_nodes(csq_library *lib, csq_node_list *nodes, csq_error *err) {
  csq_status st = CSQ_OK;
  int any = 0;
  if (!nodes->release) { /* a lookup's list owns nothing else */
    nodes->release = release_now;
    nodes->owned = nodes;
  }
  for (size_t i = 0; st == CSQ_OK && i < nodes->items.count; i++) {
    const csq_node *n = nodes->items.items[i], *now = NULL;
    int gone = 0;
    if (n->kind != CSQ_LAW)
      st = where_now(lib, n->law, n, &now, &gone, err);
    any |= now || gone;
    if (st == CSQ_OK && nodes->release == release_now &&
        csq__vec_push(nodes->mem, &nodes->now, now) != 0)
      st = csq__oom(err);
  }
  if (!any)
    nodes->now.count = 0; /* nothing later: nothing to say */
  return st;
}

/* ---- cited-by of a provision today, and of its earlier numbers -------------- */

/* Calls `found` with each earlier version of node's law known and the
 * provisions of it that are now `node` (2018 §16 of the act for 2025 §20). */
static csq_status earlier_numbers(csq_library *lib, const csq_node *node,
                                  csq_status (*found)(void *ctx, const csq_node *old,
                                                      csq_error *err),
                                  void *ctx, csq_error *err) {
  const csq_law *law = node->law;
  const char *key = law->id[0] ? law->id : law->name;
  csq_version_list *versions = NULL;
  csq_status st = csq_find_versions(lib, key, NULL, &versions, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_version_list_count(versions); i++) {
    const csq_version_info *v = csq_version_list_at(versions, i);
    const csq_law *old;
    const csq_diff *d;
    if (strcmp(v->version, law->version) >= 0)
      continue;
    st = csq__library_find_law_at(lib, key, v->version, &old, err);
    if (st == CSQ_OK && old != law)
      st = csq__library_diff(lib, old, law, &d, err);
    const csq_node *before[8];
    size_t n = st == CSQ_OK && old != law ? csq__diff_before(d, node, before, 8) : 0;
    for (size_t k = 0; st == CSQ_OK && k < n; k++)
      st = found(ctx, before[k], err);
  }
  csq_version_list_free(versions);
  return st;
}

typedef struct from_db {
  csq_library *lib;
  const csq_node *now;
  csq_cited_by_list *list;
} from_db;

static csq_status db_earlier(void *ctx, const csq_node *old, csq_error *err) {
  from_db *f = ctx;
  const csq_law *l = old->law;
  return csq__db_cited_by_into(f->lib->db, l->id[0] ? l->id : l->name, old->eid, l->version,
                               f->lib->at, f->now, f->list, err);
}

csq_status csq__cited_by_stored(csq_library *lib, const csq_node *node, csq_cited_by_list **out,
                                csq_error *err) {
  const csq_law *law = node->law;
  csq_status st = csq__cited_by_list_new(lib->mem, out, err);
  if (st != CSQ_OK)
    return st;
  from_db f = {lib, node, *out};
  st = csq__db_cited_by_into(lib->db, law->id[0] ? law->id : law->name, node->eid, law->version,
                             lib->at, NULL, *out, err);
  if (st == CSQ_OK)
    st = earlier_numbers(lib, node, db_earlier, &f, err);
  if (st != CSQ_OK) {
    csq_cited_by_list_free(*out);
    *out = NULL;
  }
  return st;
}

/* Whether an answer of the laws in memory stands on the library's date:
 * its citing law is the version in force then, and its target links the
 * version asked (`version`: "" when the provision is not loaded). */
static int stands(csq_library *lib, const csq_cited_by *hit, const char *version) {
  const csq_law *citing = hit->citation->from->law, *now = NULL;
  csq_error quiet;
  if (csq__library_find_law_at(lib, citing->id[0] ? citing->id : citing->name, NULL, &now,
                               &quiet) == CSQ_OK &&
      now != citing)
    return 0;
  const csq_target *t = &hit->citation->targets[hit->target];
  return !version[0] || !t->law || strcmp(t->law->version, version) == 0;
}

typedef struct from_memory {
  csq_library *lib;
  const csq_refs *refs;
  const csq_node *now;
  csq_cited_by_list *list;
} from_memory;

static csq_status memory_earlier(void *ctx, const csq_node *old, csq_error *err) {
  from_memory *f = ctx;
  const csq_law *l = old->law;
  csq_cited_by_list *more;
  csq_status st = csq_refs_cited_by(f->refs, l->id[0] ? l->id : l->name, old->eid, &more, err);
  for (size_t i = 0; st == CSQ_OK && i < more->items.count; i++) {
    csq_cited_by hit = more->items.items[i];
    if (!stands(f->lib, &hit, l->version))
      continue;
    hit.citation->targets[hit.target].now = f->now; /* the refs' own */
    if (csq__cited_by_list_add(f->list, hit.citation, hit.target, hit.relation) != 0)
      st = csq__oom(err);
  }
  if (more)
    csq_cited_by_list_free(more);
  return st;
}

csq_status csq__cited_by_today(csq_library *lib, const csq_refs *refs, const csq_node *node,
                               csq_cited_by_list *list, csq_error *err) {
  size_t k = 0;
  for (size_t i = 0; i < list->items.count; i++)
    if (stands(lib, &list->items.items[i], node ? node->law->version : ""))
      list->items.items[k++] = list->items.items[i];
  list->items.count = k;
  from_memory f = {lib, refs, node, list};
  return node ? earlier_numbers(lib, node, memory_earlier, &f, err) : CSQ_OK;
}
