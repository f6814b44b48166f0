/*
 * diff_index.c — finding the units of the other version most alike a unit
 * (diff_match.c): an inverted index of bigrams, the common ones kept
 * apart, and the units of the same text found by a hash of it.
 */
#include <stdlib.h>
#include <string.h>

#include "query/diff.h"

/* ---- the inverted index ---------------------------------------------------- */

/* Bigram id → the units of one list holding it. Bigrams that many units
 * hold (主管, 機關 …) are common: looking them up would touch most units.
 * The common bigrams are numbered apart, and each unit keeps the set of
 * those it holds as bits: two units' likeness is the rare bigrams they
 * share, counted through the postings, plus the common ones, counted by
 * the bits both sets have. Units of the same text are found by a hash of
 * it, whatever their bigrams (（刪除）). */
typedef struct index {
  size_t *start; /* start[g]..start[g+1]: postings of bigram g */
  uint32_t *postings;
  uint32_t *common; /* common[g]: 1 + the number of bigram g among the common ones, or 0 */
  size_t words;     /* 64-bit words of a unit's set of common bigrams */
  uint64_t *sets;   /* unit u's set: sets[u * words …] */
  unsigned *common_count;
} index_t;

/* The set of u's common bigrams into out[0..words); their number. */
static unsigned commons_of(const index_t *ix, const csq__unit *u, uint64_t *out) {
  unsigned n = 0;
  memset(out, 0, ix->words * sizeof *out);
  for (size_t k = 0; k < u->gram_count; k++) {
    uint32_t c = ix->common[u->grams[k]];
    if (c--) {
      out[c / 64] |= 1ULL << (c % 64);
      n++;
    }
  }
  return n;
}

static int index_build(const csq__differ *d, const csq__unit *units, size_t n, index_t *ix) {
  size_t grams = d->gram_ids.count + 2, total = 0, limit = n / 16 > 24 ? n / 16 : 24, commons = 0;
  ix->start = csq__calloc(d->mem, grams + 1, sizeof *ix->start);
  ix->common = csq__calloc(d->mem, grams + 1, sizeof *ix->common);
  ix->common_count = csq__calloc(d->mem, n + 1, sizeof *ix->common_count);
  if (!ix->start || !ix->common || !ix->common_count)
    return -1;
  for (size_t u = 0; u < n; u++)
    for (size_t k = 0; k < units[u].gram_count; k++)
      ix->start[units[u].grams[k] + 1]++, total++;
  for (size_t g = 1; g <= grams; g++) {
    if (ix->start[g] > limit)
      ix->common[g - 1] = (uint32_t)++commons;
    ix->start[g] += ix->start[g - 1];
  }
  ix->words = commons / 64 + 1;
  ix->sets = csq__calloc(d->mem, (n + 1) * ix->words, sizeof *ix->sets);
  ix->postings = csq__calloc(d->mem, total + 1, sizeof *ix->postings);
  size_t *fill = csq__calloc(d->mem, grams + 1, sizeof *fill);
  if (!ix->sets || !ix->postings || !fill) {
    csq__free(d->mem, fill);
    return -1;
  }
  for (size_t u = 0; u < n; u++) {
    for (size_t k = 0; k < units[u].gram_count; k++) {
      uint32_t g = units[u].grams[k];
      ix->postings[ix->start[g] + fill[g]++] = (uint32_t)u;
    }
    ix->common_count[u] = commons_of(ix, &units[u], ix->sets + u * ix->words);
  }
  csq__free(d->mem, fill);
  return 0;
}

static void index_free(const csq__differ *d, index_t *ix) {
  csq__free(d->mem, ix->sets);
  csq__free(d->mem, ix->common_count);
  csq__free(d->mem, ix->common);
  csq__free(d->mem, ix->start);
  csq__free(d->mem, ix->postings);
}

/* Inserts (v, s) into the best-first list out[0..*found) of at most k. */
static void keep_best(csq__diff_cand *out, size_t *found, size_t k, uint32_t v, double s) {
  for (size_t i = 0; i < *found; i++)
    if (out[i].unit == v)
      return;
  size_t at = *found < k ? (*found)++ : k;
  while (at > 0 && out[at - 1].score < s) {
    if (at < k)
      out[at] = out[at - 1];
    at--;
  }
  if (at < k)
    out[at] = (csq__diff_cand){v, s};
}

static size_t shared(const uint64_t *a, const uint64_t *b, size_t words) {
  size_t n = 0;
  for (size_t w = 0; w < words; w++)
    n += (size_t)__builtin_popcountll(a[w] & b[w]);
  return n;
}

/* What the candidates of one unit are looked for with. */
typedef struct search {
  const index_t *ix;
  const csq__unit *to;
  size_t n;
  unsigned *hits;
  uint32_t *touched;
  const uint64_t *hashes; /* the sorted text hashes of `to`, unit in the low bits */
  uint64_t *mine;         /* the common bigrams of the unit looked for */
} search;

/* The `k` units of `to` most alike `u` (likeness ≥ floor), best first. */
static int candidates(const search *se, const csq__unit *u, csq__diff_cand *out, size_t k,
                      double floor) {
  const index_t *ix = se->ix;
  size_t t = 0, found = 0;
  uint64_t *mine = se->mine;
  size_t nc = commons_of(ix, u, mine);
  for (size_t i = 0; i < u->gram_count; i++) {
    uint32_t g = u->grams[i];
    if (ix->common[g])
      continue; /* counted from the sets */
    for (size_t p = ix->start[g]; p < ix->start[g + 1]; p++)
      if (se->hits[ix->postings[p]]++ == 0)
        se->touched[t++] = ix->postings[p];
  }
  for (size_t i = 0; i < t; i++) {
    uint32_t v = se->touched[i];
    size_t rare = se->hits[v], nv = ix->common_count[v];
    se->hits[v] = 0;
    double sum = (double)(u->gram_count + se->to[v].gram_count);
    /* an upper bound first: every common bigram shared */
    double upper = 2.0 * (double)(rare + (nc < nv ? nc : nv)) / sum;
    if (upper < floor || (found == k && upper <= out[k - 1].score))
      continue;
    double s = 2.0 * (double)(rare + shared(mine, ix->sets + v * ix->words, ix->words)) / sum;
    if (s >= floor)
      keep_best(out, &found, k, v, s);
  }
  /* the same text, whatever it is made of */
  size_t lo = 0, hi = se->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (se->hashes[mid] >> 24 < u->text_hash >> 24)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < se->n && se->hashes[lo] >> 24 == u->text_hash >> 24; lo++) {
    uint32_t v = (uint32_t)(se->hashes[lo] & 0xFFFFFF);
    if (se->to[v].text_hash == u->text_hash && se->to[v].len == u->len)
      keep_best(out, &found, k, v, 1.0);
  }
  return (int)found;
}

/* ---- every unit's candidates ------------------------------------------------ */

int csq__by_score(const void *x, const void *y) {
  const pair *p = x, *q = y;
  return p->score < q->score ? 1 : p->score > q->score ? -1 : (p->a > q->a) - (p->a < q->a);
}

static int by_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Candidate pairs of units (each of `from` with its TOP most alike). */
int csq__diff_candidates(csq__differ *d, const csq__unit *from, size_t nf, const csq__unit *to,
                         size_t nt, double floor, pair_vec *out, csq__diff_cand **per_unit) {
  index_t ix = {0};
  search se = {&ix, to, nt, NULL, NULL, NULL, NULL};
  se.hits = csq__calloc(d->mem, nt + 1, sizeof *se.hits);
  se.touched = csq__calloc(d->mem, nt + 1, sizeof *se.touched);
  uint64_t *hashes = csq__calloc(d->mem, nt + 1, sizeof *hashes);
  csq__diff_cand *cands = csq__calloc(d->mem, nf * TOP + 1, sizeof *cands);
  int fail = !se.hits || !se.touched || !hashes || !cands || nt > 0xFFFFFF ||
             index_build(d, to, nt, &ix) != 0;
  for (size_t v = 0; !fail && v < nt; v++)
    hashes[v] = (to[v].text_hash & ~0xFFFFFFULL) | v;
  if (!fail)
    csq__sort(hashes, nt, sizeof *hashes, by_u64);
  se.hashes = hashes;
  if (!fail && !(se.mine = csq__calloc(d->mem, ix.words, sizeof *se.mine)))
    fail = 1;
  for (size_t u = 0; u < nf && !fail; u++) {
    int k = candidates(&se, &from[u], cands + u * TOP, TOP, floor);
    fail = k < 0;
    for (int i = 0; i < k && !fail; i++)
      fail = csq__vec_push(
          d->mem, out, ((pair){(uint32_t)u, cands[u * TOP + i].unit, cands[u * TOP + i].score}));
    for (int i = k < 0 ? 0 : k; i < TOP; i++)
      cands[u * TOP + i] = (csq__diff_cand){UINT32_MAX, 0};
  }
  index_free(d, &ix);
  csq__free(d->mem, se.mine);
  csq__free(d->mem, se.hits);
  csq__free(d->mem, se.touched);
  csq__free(d->mem, hashes);
  if (fail || !per_unit)
    csq__free(d->mem, cands);
  else
    *per_unit = cands;
  return fail ? -1 : 0;
}
