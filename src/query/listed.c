/*
 * listed.c — the items of a first hit's list. A lead-in among the first
 * hits (…有下列情事之一者，亦得向中央主管機關申請遞補：) is followed by the
 * items of its list, in order: a professional reads a list whole, and its
 * items rarely repeat its words (二、外國人於雇主處所發生行蹤不明之情事…).
 * Over the judged needs, of the items of a top-ten lead-in that the search
 * did not find, three in five were judged core or relevant
 * (docs/search.md).
 *
 * An item takes its lead-in's tier and score and stands right after it,
 * unless it is among the first hits already, or holds an excluded term.
 * The items placed are counted apart (`listed`), not in the total of what
 * the search found: whether the search found one cannot be read from the
 * heap, which keeps what a page needs, and its text says it only roughly.
 */
#include <stdlib.h>
#include <string.h>

#include "query/searching.h"

typedef csq__hit hit;

static csq_status explain_item(csq__search *s, hit *x, const hit *lead, csq_error *err) {
  if (!s->o->explain)
    return CSQ_OK;
  if (!(x->parts = csq__calloc(s->mem, CSQ__MAX_PARTS, sizeof *x->parts)))
    return csq__oom(err);
  x->parts[0] = (csq_score_part){"an item of a first hit's list: its lead-in's score", lead->score};
  x->n_parts = 1;
  return CSQ_OK;
}

/* The candidate of `key` in the heap, or NULL. */
static const csq__cand *found(const csq__search *s, sqlite3_int64 key) {
  for (size_t i = 0; i < s->count; i++)
    if (s->heap[i].key == key)
      return &s->heap[i];
  return NULL;
}

/* Reads the item `key` of the list `lead` introduces into items[*count]
 * unless it is read already or holds an excluded term. */
static csq_status place_item(csq__search *s, const hit *lead, sqlite3_int64 key, hit *items,
                             size_t *count, csq__u64map *listed, csq_error *err) {
  for (size_t i = 0; i < *count; i++)
    if (items[i].key == key)
      return CSQ_OK;
  const csq__cand *c = found(s, key);
  csq__cand none = {key, 0, 0, csq__priors_at(&s->sr->priors, key), -1, 0, lead->tier, 0, 0};
  hit *x = &items[*count];
  csq_status st = csq__read_hit(s, c ? c : &none, x, err);
  if (st != CSQ_OK)
    return st;
  if (csq__holds_excluded(s, x->text)) {
    csq__hit_release(s->mem, x);
    return CSQ_OK;
  }
  x->score = lead->score, x->tier = lead->tier;
  x->listed = 1, x->lead = lead->key;
  st = explain_item(s, x, lead, err);
  if (st == CSQ_OK && csq__u64map_put(listed, (uint64_t)key, 1) != 0)
    st = csq__oom(err);
  if (st != CSQ_OK) {
    csq__hit_release(s->mem, x);
    return st;
  }
  (*count)++;
  s->listed++;
  return CSQ_OK;
}

/* The items of the list `lead` introduces, the first `most` of them: the
 * provisions after it (node_keys follow the text) of the kind of its first
 * item, up to one of its own kind or none of a list's. */
static csq_status place_list(csq__search *s, const hit *lead, size_t most, hit *items,
                             size_t *count, csq__u64map *listed, size_t *room, csq_error *err) {
  uint32_t own = lead->cand.prior & CSQ_PRIOR_KIND_MASK, first = 0;
  csq_status st = CSQ_OK;
  size_t tried = 0;
  for (sqlite3_int64 k = lead->key + 1; st == CSQ_OK && tried < most && *room; k++) {
    uint32_t kind = csq__priors_at(&s->sr->priors, k) & CSQ_PRIOR_KIND_MASK;
    if (!csq__is_list_kind(kind) || (csq__is_list_kind(own) && kind <= own))
      break;
    if (!first)
      first = kind;
    if (kind != first)
      continue; /* a 目 of a 款 of the list */
    size_t before = *count;
    tried++;
    st = place_item(s, lead, k, items, count, listed, err);
    *room -= *count - before;
  }
  return st;
}

csq_status csq__list_items(csq__search *s, hit *items, size_t *count, csq__u64map *listed,
                           csq_error *err) {
  size_t rank = (size_t)s->w->v[CSQ__W_LIST_RANK], most = (size_t)s->w->v[CSQ__W_LIST_ITEMS];
  size_t room = CSQ__MAX_LISTED, leads = *count;
  csq_status st = CSQ_OK;
  for (size_t i = 0, placed = 0; st == CSQ_OK && i < leads && placed < rank; i++) {
    if (items[i].tier == CSQ__TIER_BROKEN_WORD)
      continue;
    placed++;
    if (items[i].cand.prior & CSQ_PRIOR_LEADIN) {
      hit lead = items[i]; /* items may move as the list is read into it */
      st = place_list(s, &lead, most, items, count, listed, &room, err);
    }
  }
  return st;
}

csq_status csq__list_regroup(const csq_mem *mem, hit *items, size_t count, csq_error *err) {
  size_t kids[CSQ__MAX_LISTED], n_kids = 0;
  for (size_t i = 0; i < count; i++)
    if (items[i].listed && n_kids < CSQ__MAX_LISTED)
      kids[n_kids++] = i;
  if (!n_kids)
    return CSQ_OK;
  hit *out = csq__calloc(mem, count, sizeof *out);
  if (!out)
    return csq__oom(err);
  size_t k = 0;
  for (size_t i = 0; i < count; i++) {
    if (items[i].listed)
      continue;
    out[k++] = items[i];
    /* its items, in the order of the list (they were read in it) */
    for (size_t j = 0; j < n_kids; j++)
      if (items[kids[j]].lead == items[i].key)
        out[k++] = items[kids[j]];
  }
  memcpy(items, out, k * sizeof *out);
  csq__free(mem, out);
  return CSQ_OK;
}
