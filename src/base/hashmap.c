/*
 * hashmap.c — a hash map from 64-bit keys to 64-bit values (open
 * addressing), and the byte hash its string keys use.
 */
#include <string.h>

#include "base/base.h"

/* Eight bytes at a time, each word folded in by a multiply and a shift:
 * names are hashed 23,000 at a time at every start, and a byte-wise hash
 * was a third of that. Keys live in memory only, so byte order is moot. */
uint64_t csq__hash_bytes(const char *s, size_t len) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
  for (; len >= 8; s += 8, len -= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  memcpy(&w, s, len);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

static uint64_t mix(uint64_t k) { /* splitmix64: keys such as pointers cluster */
  k ^= k >> 30;
  k *= 0xbf58476d1ce4e5b9ULL;
  k ^= k >> 27;
  k *= 0x94d049bb133111ebULL;
  return k ^ (k >> 31);
}

static int u64map_resize(csq__u64map *m, size_t size) {
  csq__u64slot *slots = csq__calloc(m->mem, size, sizeof *slots);
  if (!slots)
    return -1;
  for (size_t i = 0; i < m->size; i++) {
    if (!m->slots[i].key)
      continue;
    size_t j = mix(m->slots[i].key) & (size - 1);
    while (slots[j].key)
      j = (j + 1) & (size - 1);
    slots[j] = m->slots[i];
  }
  csq__free(m->mem, m->slots);
  m->slots = slots;
  m->size = size;
  return 0;
}

static int u64map_grow(csq__u64map *m) { return u64map_resize(m, m->size ? m->size * 2 : 64); }

/* Tables fill to three quarters: the name tables are built at every start,
 * and every page of them is a page fault. */
int csq__u64map_reserve(csq__u64map *m, size_t count) {
  size_t size = 64;
  while (size * 3 < count * 4)
    size *= 2;
  return size > m->size ? u64map_resize(m, size) : 0;
}

int csq__u64map_put(csq__u64map *m, uint64_t key, uint64_t val) {
  key = key ? key : 1;
  if ((m->count + 1) * 4 > m->size * 3 && u64map_grow(m) != 0)
    return -1;
  size_t i = mix(key) & (m->size - 1);
  while (m->slots[i].key && m->slots[i].key != key)
    i = (i + 1) & (m->size - 1);
  if (!m->slots[i].key)
    m->count++;
  m->slots[i] = (csq__u64slot){key, val};
  return 0;
}

int csq__u64map_get(const csq__u64map *m, uint64_t key, uint64_t *val) {
  if (!m->size)
    return 0;
  key = key ? key : 1;
  size_t i = mix(key) & (m->size - 1);
  while (m->slots[i].key) {
    if (m->slots[i].key == key) {
      *val = m->slots[i].val;
      return 1;
    }
    i = (i + 1) & (m->size - 1);
  }
  return 0;
}

void csq__u64map_clear(csq__u64map *m) {
  if (m->slots)
    memset(m->slots, 0, m->size * sizeof *m->slots);
  m->count = 0;
}

void csq__u64map_free(csq__u64map *m) {
  csq__free(m->mem, m->slots);
  m->slots = NULL;
  m->size = m->count = 0;
}

/* ---- spans ------------------------------------------------------------------ */

enum { SPAN_COUNT_BITS = 24, SPAN_MOST = (1u << SPAN_COUNT_BITS) - 1 };

int csq__span_put(csq__u64map *m, uint64_t key, size_t first, size_t count) {
  if (count > SPAN_MOST)
    count = SPAN_MOST;
  return csq__u64map_put(m, key, (uint64_t)first << SPAN_COUNT_BITS | count);
}

int csq__span_add(csq__u64map *m, uint64_t key, size_t at) {
  size_t first, count = csq__span_get(m, key, &first);
  if (!count)
    return csq__span_put(m, key, at, 1);
  if (first + count == at && count < SPAN_MOST)
    return csq__span_put(m, key, first, count + 1);
  return 0; /* not contiguous: the first run stands */
}

size_t csq__span_get(const csq__u64map *m, uint64_t key, size_t *first) {
  uint64_t v;
  if (!csq__u64map_get(m, key, &v))
    return 0;
  *first = (size_t)(v >> SPAN_COUNT_BITS);
  return (size_t)(v & SPAN_MOST);
}
