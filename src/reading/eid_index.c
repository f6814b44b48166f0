/*
 * eid_index.c — a law's eId index (every node by its eId, a repeated eId
 * suffixed ~2, ~3 … so that each stays unique), csq_law_find, and the
 * nodes of a tree read back from the database.
 */
#include <string.h>

#include "reading/reading.h"

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603ULL; /* FNV-1a */
  while (*s) {
    h ^= (unsigned char)*s++;
    h *= 1099511628211ULL;
  }
  return h;
}

/* Puts n into the eId index under its eId: 1, or 0 when the eId is taken. */
static int index_put(csq_law *law, csq_node *n) {
  size_t mask = law->index_size - 1, i = hash_str(n->eid) & mask;
  while (law->index[i] && strcmp(law->index[i]->eid, n->eid) != 0)
    i = (i + 1) & mask;
  if (law->index[i])
    return 0;
  law->index[i] = n;
  return 1;
}

/* Inserts n into the eId index. A node whose eId is taken (a source that
 * repeats an article or list number) gets a suffix, ~2, ~3 …, so that every
 * eId stays unique and its descendants follow it. `taken` remembers, by
 * the hash of an eId, the suffix to try next: a law that repeats one
 * number 10,000 times is indexed in linear time. */
int csq__law_index_node(csq_law *law, csq__u64map *taken, csq_node *n) {
  if (index_put(law, n))
    return 0;
  const char *base = n->eid;
  uint64_t key = hash_str(base), next = 2;
  csq__u64map_get(taken, key, &next);
  for (;; next++) {
    n->eid = csq__arena_printf(&law->arena, "%s~%llu", base, (unsigned long long)next);
    if (!n->eid)
      return -1;
    if (index_put(law, n))
      return csq__u64map_put(taken, key, next + 1);
  }
}

static size_t count_nodes(const csq_node *n) {
  size_t total = 1;
  for (const csq_node *c = n->first_child; c; c = c->next)
    total += count_nodes(c);
  return total;
}

static int index_all(csq_law *law, csq__u64map *taken, csq_node *n) {
  if (n->kind != CSQ_LAW && csq__law_index_node(law, taken, n) != 0)
    return -1;
  for (csq_node *c = n->first_child; c; c = c->next)
    if (index_all(law, taken, c) != 0)
      return -1;
  return 0;
}

int csq__law_index_new(csq_law *law) {
  size_t nodes = count_nodes(law->root);
  law->index_size = 16;
  while (law->index_size < nodes * 2)
    law->index_size *= 2;
  law->index = csq__calloc(law->arena.mem, law->index_size, sizeof *law->index);
  return law->index ? 0 : -1;
}

csq_status csq__law_seal(csq_law *law, csq_error *err) {
  csq__u64map taken = {.mem = law->arena.mem};
  int fail = csq__law_index_new(law) != 0 || index_all(law, &taken, law->root) != 0;
  csq__u64map_free(&taken);
  return fail ? csq__oom(err) : CSQ_OK;
}

const csq_node *csq_law_find(const csq_law *law, const char *eid) {
  if (!law->index)
    return NULL;
  size_t mask = law->index_size - 1, i = hash_str(eid) & mask;
  while (law->index[i]) {
    if (strcmp(law->index[i]->eid, eid) == 0)
      return law->index[i];
    i = (i + 1) & mask;
  }
  return NULL;
}

csq_node *csq__law_add_node(csq_law *law, csq_node *parent, csq_kind kind, const char *num,
                            const char *eid, const char *cite, const char *title, const char *text,
                            size_t text_len) {
  csq_arena *a = &law->arena;
  csq_node *n = csq__arena_alloc(a, sizeof *n);
  if (!n)
    return NULL;
  n->kind = kind;
  n->law = law;
  n->source_offset = -1;
  n->num = csq__arena_strndup(a, num, strlen(num));
  n->eid = csq__arena_strndup(a, eid, strlen(eid));
  n->cite = csq__arena_strndup(a, cite, strlen(cite));
  n->title = csq__arena_strndup(a, title, strlen(title));
  n->text = csq__arena_strndup(a, text, text_len);
  n->text_len = text_len;
  if (!n->num || !n->eid || !n->cite || !n->title || !n->text)
    return NULL;
  n->parent = parent ? parent : law->root;
  if (n->parent->last_child)
    n->parent->last_child->next = n;
  else
    n->parent->first_child = n;
  n->parent->last_child = n;
  n->parent->child_count++;
  law->article_count += kind == CSQ_ARTICLE;
  return n;
}
