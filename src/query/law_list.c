/*
 * law_list.c — csq_law_list: the laws of a library as a list (what
 * `csquery laws` shows), built from what csq__library_laws visits; the
 * strings are copied into an arena the list owns.
 */
#include <string.h>

#include "query/query.h"

struct csq_law_list {
  CSQ__LIST(csq_law_info);
  int out_of_memory; /* a visit could not keep its law */
};

CSQ__LIST_FUNCTIONS(csq_law_list, law_list, csq_law_info, &)

static void release_arena(void *owned) {
  csq_arena *arena = owned;
  const csq_mem *mem = arena->mem;
  csq__arena_release(arena);
  csq__free(mem, arena);
}

static const char *keep_text(csq_law_list *list, const char *s) {
  return csq__arena_strndup(list->owned, s, strlen(s));
}

static void keep_law(void *ctx, const char *id, const char *name, const char *version,
                     const char *level, int repealed, size_t articles) {
  csq_law_list *list = ctx;
  csq_law_info law = {keep_text(list, id),
                      keep_text(list, name),
                      keep_text(list, version),
                      keep_text(list, level),
                      repealed,
                      articles};
  if (!law.id || !law.name || !law.version || !law.level ||
      csq__vec_push(list->mem, &list->items, law) != 0)
    list->out_of_memory = 1;
}

csq_status csq_library_law_list(csq_library *lib, csq_law_list **out, csq_error *err) {
  *out = NULL;
  csq_law_list *list = NULL;
  csq_status st = csq__law_list_new(lib->mem, &list, err);
  if (st != CSQ_OK)
    return st;
  csq_arena *arena = csq__calloc(lib->mem, 1, sizeof *arena);
  if (arena) {
    csq__arena_init(arena, lib->mem);
    list->owned = arena;
    list->release = release_arena;
  }
  st = arena ? csq__library_laws(lib, keep_law, list, err) : csq__oom(err);
  if (st == CSQ_OK && list->out_of_memory)
    st = csq__oom(err);
  if (st != CSQ_OK) {
    csq_law_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}
