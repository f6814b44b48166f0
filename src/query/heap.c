/*
 * heap.c — the best candidates a search has found so far: a heap of at
 * most s->cap, the worst on top, so that a provision that ranks below all of
 * a full heap is left out at once (s->left_out), and an order of every
 * candidate that ties by node_key, so that pages never repeat or skip.
 */
#include "query/searching.h"

typedef csq__cand cand;

int csq__ranks_before(char tier_a, double score_a, sqlite3_int64 key_a, char tier_b, double score_b,
                      sqlite3_int64 key_b) {
  if (tier_a != tier_b)
    return tier_a > tier_b;
  if (score_a != score_b)
    return score_a > score_b;
  return key_a < key_b; /* ties by place: pages never repeat or skip */
}

/* Whether a ranks below b. */
static int worse(const cand *a, const cand *b) {
  return csq__ranks_before(b->tier, b->score, b->key, a->tier, a->score, a->key);
}

static void sift_down(cand *h, size_t n, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && worse(&h[l], &h[m]))
      m = l;
    if (r < n && worse(&h[r], &h[m]))
      m = r;
    if (m == i)
      return;
    cand t = h[i];
    h[i] = h[m];
    h[m] = t;
    i = m;
  }
}

void csq__heap_add(csq__search *s, const cand *c) {
  cand *h = s->heap;
  if (s->count == s->cap) {
    s->left_out = 1;
    if (!worse(&h[0], c))
      return;
    h[0] = *c;
    sift_down(h, s->count, 0);
    return;
  }
  size_t i = s->count++;
  h[i] = *c;
  while (i > 0 && worse(&h[i], &h[(i - 1) / 2])) {
    cand t = h[i];
    h[i] = h[(i - 1) / 2];
    h[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}
