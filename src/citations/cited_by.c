/*
 * cited_by.c — the reverse index: every resolved target filed under the
 * provision it names and under each provision containing it, so that
 * "who cites §16" finds the citations of §16 and of its parts, and then
 * those of the whole that contains it.
 */
#include <string.h>

#include "citations/citations.h"

/* Each target is filed under its own key (exact) and under the key of each
 * provision containing it (part): 「A0030297/art_16__para_1」 and
 * 「A0030297/art_16」. A key maps to a chain of postings. */
typedef struct posting {
  uint32_t cite, target;
  uint32_t part; /* 0 exact, 1 filed under a containing provision */
  uint32_t next; /* posting index + 1, 0 at the end */
} posting;

struct csq__citedby {
  const csq_mem *mem;
  csq__u64map heads; /* key hash → posting index + 1 (latest) */
  CSQ_VEC(posting) postings;
};

const char *csq__target_lawkey(const csq_target *t) {
  return t->law_id[0] ? t->law_id : t->law_name;
}

static uint64_t key_hash(const char *lawkey, const char *eid, size_t eid_len) {
  uint64_t h = csq__hash_bytes(lawkey, strlen(lawkey));
  h ^= '/';
  h *= 1099511628211ULL;
  for (size_t i = 0; i < eid_len; i++) {
    h ^= (unsigned char)eid[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static int post(csq__citedby *x, uint64_t key, size_t cite, size_t target, int part) {
  uint64_t head = 0;
  csq__u64map_get(&x->heads, key, &head);
  posting p = {(uint32_t)cite, (uint32_t)target, (uint32_t)part, (uint32_t)head};
  return csq__vec_push(x->mem, &x->postings, p) ||
         csq__u64map_put(&x->heads, key, x->postings.count);
}

static int file_target(csq__citedby *x, const csq_target *t, size_t cite, size_t target) {
  const char *lawkey = csq__target_lawkey(t);
  if (!t->resolved || !lawkey[0])
    return 0;
  size_t len = strlen(t->eid);
  if (post(x, key_hash(lawkey, t->eid, len), cite, target, 0) != 0)
    return -1;
  /* art_16__para_1 is part of art_16 and of the whole law ("") */
  for (size_t i = len; i > 0; i--)
    if (i >= 2 && t->eid[i - 1] == '_' && t->eid[i - 2] == '_' &&
        post(x, key_hash(lawkey, t->eid, i - 2), cite, target, 1) != 0)
      return -1;
  return len ? post(x, key_hash(lawkey, "", 0), cite, target, 1) : 0;
}

csq_status csq__citedby_build(const csq_mem *mem, csq_citation *const *cites, size_t count,
                              csq__citedby **out, csq_error *err) {
  csq__citedby *x = csq__calloc(mem, 1, sizeof *x);
  if (!x)
    return csq__oom(err);
  x->mem = x->heads.mem = mem;
  for (size_t i = 0; i < count; i++)
    for (size_t j = 0; j < cites[i]->target_count; j++)
      if (file_target(x, &cites[i]->targets[j], i, j) != 0) {
        csq__citedby_free(x);
        return csq__oom(err);
      }
  *out = x;
  return CSQ_OK;
}

void csq__citedby_free(csq__citedby *x) {
  if (!x)
    return;
  csq__u64map_free(&x->heads);
  csq__vec_free(x->mem, &x->postings);
  csq__free(x->mem, x);
}

/* The postings of one key, oldest first (chains run newest first). */
/* Whether target t is filed under LAWKEY/EID[0..len): keys are hashes, so
 * each posting is checked against what was asked. */
static int files_under(const csq_target *t, const char *lawkey, const char *eid, size_t len) {
  return strcmp(csq__target_lawkey(t), lawkey) == 0 && strncmp(t->eid, eid, len) == 0 &&
         (t->eid[len] == '\0' || (t->eid[len] == '_' && t->eid[len + 1] == '_') || len == 0);
}

static int collect(const csq__citedby *x, csq_citation *const *cites, const char *lawkey,
                   const char *eid, size_t len, int whole, csq_cited_by_list *list) {
  uint64_t at, key = key_hash(lawkey, eid, len);
  size_t n = 0;
  if (!csq__u64map_get(&x->heads, key, &at))
    return 0;
  for (uint64_t p = at; p; p = x->postings.items[p - 1].next)
    n++;
  uint32_t *order = csq__calloc(x->mem, n, sizeof *order);
  if (!order)
    return -1;
  size_t i = n;
  for (uint64_t p = at; p; p = x->postings.items[p - 1].next)
    order[--i] = (uint32_t)(p - 1);
  int fail = 0;
  for (i = 0; i < n && !fail; i++) {
    const posting *ps = &x->postings.items[order[i]];
    if (whole && ps->part)
      continue; /* for a containing provision, only citations of it exactly */
    if (!files_under(&cites[ps->cite]->targets[ps->target], lawkey, eid, len))
      continue;
    csq_relation rel = whole ? CSQ_CITES_WHOLE : ps->part ? CSQ_CITES_PART : CSQ_CITES_EXACT;
    fail = csq__cited_by_list_add(list, cites[ps->cite], ps->target, rel) != 0;
  }
  csq__free(x->mem, order);
  return fail ? -1 : 0;
}

csq_status csq__citedby_find(const csq__citedby *x, csq_citation *const *cites, const char *lawkey,
                             const char *eid, csq_cited_by_list *list, csq_error *err) {
  size_t len = strlen(eid);
  int fail = collect(x, cites, lawkey, eid, len, 0, list) != 0;
  for (size_t i = len; i > 0 && !fail; i--)
    if (i >= 2 && eid[i - 1] == '_' && eid[i - 2] == '_')
      fail = collect(x, cites, lawkey, eid, i - 2, 1, list) != 0;
  return fail ? csq__oom(err) : CSQ_OK;
}
