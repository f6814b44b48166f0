/*
 * stored.c — obligations as the store keeps them: the names a bearer
 * answers to, written beside each obligation so that a question across
 * laws finds them by name, and obligations made again from stored rows.
 */
#include <string.h>

#include "deontic/extract.h"

/* Whether `name` was visited already: the names of one bearer are few. */
static int seen(const char *const *names, size_t count, const char *name) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], name) == 0)
      return 1;
  return 0;
}

enum { MAX_NAMES = 1 + MAX_CONJ + MAX_CONJ * MAX_CONJ };

/* Calls visit for a name not visited yet, and remembers it. */
static int visit_once(const char **names, size_t *count, const char *name, int how,
                      csq__name_fn visit, void *ctx) {
  if (!name || !name[0] || *count == MAX_NAMES || seen(names, *count, name))
    return 0;
  names[(*count)++] = name;
  return visit(ctx, name, how);
}

int csq__obligation_names(const csq_obligations *o, const csq_obligation *ob, csq__name_fn visit,
                          void *ctx) {
  const char *names[MAX_NAMES];
  size_t count = 0;
  const csq_law *law = csq_node_law(ob->node);
  int rc = visit_once(names, &count, ob->actor, 0, visit, ctx);
  for (int i = 0; rc == 0 && i < ob->conj_count; i++)
    rc = visit_once(names, &count, ob->conj[i], 1, visit, ctx);
  /* 各機關 stands for 公務機關 and 特定非公務機關 where its law says so */
  for (int i = 0; rc == 0 && i < ob->conj_count; i++)
    for (size_t k = 0; rc == 0 && k < o->aliases.count; k++) {
      const alias *al = &o->aliases.items[k];
      if (al->law != law || strcmp(al->name, ob->conj[i]) != 0)
        continue;
      for (int j = 0; rc == 0 && j < al->conj_count; j++)
        rc = visit_once(names, &count, al->conj[j], 2, visit, ctx);
    }
  return rc;
}

csq_status csq__obligations_new(const csq_mem *mem, csq_obligations **out, csq_error *err) {
  csq_obligations *o = csq__calloc(mem, 1, sizeof *o);
  if (!o)
    return csq__oom(err);
  o->mem = o->spans.mem = mem;
  csq__arena_init(&o->arena, mem);
  *out = o;
  return CSQ_OK;
}

/* An obligation made of stored parts, in the arena of `o`; NULL when out
 * of memory. */
static csq_obligation *make(csq_obligations *o, const csq__stored_obligation *s) {
  csq_obligation *ob = csq__arena_alloc(&o->arena, sizeof *ob);
  if (!ob)
    return NULL;
  memset(ob, 0, sizeof *ob);
  ob->node = s->node;
  ob->modality = s->modality;
  for (int p = 0; p < PART_COUNT; p++) {
    const char *t = s->text[p] ? s->text[p] : "";
    if (!(ob->text[p] = csq__arena_strndup(&o->arena, t, strlen(t))))
      return NULL;
    ob->has[p] = s->text[p] != NULL;
    ob->span[p][0] = s->span[p][0];
    ob->span[p][1] = s->span[p][1];
  }
  const char *actor = s->actor ? s->actor : "";
  if (!(ob->actor = csq__arena_strndup(&o->arena, actor, strlen(actor))))
    return NULL;
  ob->actor_known = s->actor_known;
  ob->actor_from = s->actor_from;
  if (ob->actor[0]) { /* csq_obligation_has_actor: the name itself */
    ob->conj[0] = ob->actor;
    ob->conj_count = 1;
  }
  return ob;
}

const csq_obligation *csq__obligations_add_stored(csq_obligations *o,
                                                  const csq__stored_obligation *s) {
  csq_obligation *ob = make(o, s);
  if (!ob || (s->qualifies && !(ob->qualifies = make(o, s->qualifies))) ||
      (s->actor_source && !(ob->actor_source = make(o, s->actor_source))))
    return NULL;
  return csq__vec_push(o->mem, &o->list, ob) == 0 ? ob : NULL;
}
