/*
 * law_list.c — csq_law_list: the laws of a library as a list (what
 * `csquery laws` shows), built from what csq_library_laws visits, each
 * field copied.
 */
#include "query/query.h"

typedef struct law_entry {
  char *id, *name, *version, *level;
  int repealed;
  size_t articles;
} law_entry;

struct csq_law_list {
  const csq_mem *mem;
  CSQ_VEC(law_entry) laws;
  int out_of_memory; /* a visit could not keep its law */
};

static void keep_law(void *ctx, const char *id, const char *name, const char *version,
                     const char *level, int repealed, size_t articles) {
  csq_law_list *list = ctx;
  if (list->out_of_memory)
    return;
  law_entry e = {csq__strdup(list->mem, id),
                 csq__strdup(list->mem, name),
                 csq__strdup(list->mem, version),
                 csq__strdup(list->mem, level),
                 repealed,
                 articles};
  if (e.id && e.name && e.version && e.level && csq__vec_push(list->mem, &list->laws, e) == 0)
    return;
  csq__free(list->mem, e.id);
  csq__free(list->mem, e.name);
  csq__free(list->mem, e.version);
  csq__free(list->mem, e.level);
  list->out_of_memory = 1;
}

csq_status csq_library_law_list(csq_library *lib, csq_law_list **out, csq_error *err) {
  *out = NULL;
  csq_law_list *list = csq__calloc(lib->mem, 1, sizeof *list);
  if (!list)
    return csq__oom(err);
  list->mem = lib->mem;
  csq_status st = csq_library_laws(lib, keep_law, list, err);
  if (st == CSQ_OK && list->out_of_memory)
    st = csq__oom(err);
  if (st != CSQ_OK) {
    csq_law_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}

void csq_law_list_free(csq_law_list *list) {
  if (!list)
    return;
  for (size_t i = 0; i < list->laws.count; i++) {
    law_entry *e = &list->laws.items[i];
    csq__free(list->mem, e->id);
    csq__free(list->mem, e->name);
    csq__free(list->mem, e->version);
    csq__free(list->mem, e->level);
  }
  csq__vec_free(list->mem, &list->laws);
  csq__free(list->mem, list);
}

size_t csq_law_list_count(const csq_law_list *list) { return list->laws.count; }
const char *csq_law_list_id(const csq_law_list *l, size_t i) { return l->laws.items[i].id; }
const char *csq_law_list_name(const csq_law_list *l, size_t i) { return l->laws.items[i].name; }
const char *csq_law_list_version(const csq_law_list *l, size_t i) {
  return l->laws.items[i].version;
}
const char *csq_law_list_level(const csq_law_list *l, size_t i) { return l->laws.items[i].level; }
int csq_law_list_repealed(const csq_law_list *l, size_t i) { return l->laws.items[i].repealed; }
size_t csq_law_list_articles(const csq_law_list *l, size_t i) { return l->laws.items[i].articles; }
