/*
 * mem.c — the allocator (csq_mem, as cmark's cmark_mem) and the growable
 * array every list of the library is built on.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

static const csq_mem DEFAULT = {calloc, realloc, free};

const csq_mem *csq_default_mem(void) { return &DEFAULT; }

void *csq__calloc(const csq_mem *mem, size_t count, size_t size) {
  return (mem ? mem : &DEFAULT)->calloc(count ? count : 1, size ? size : 1);
}

void *csq__realloc(const csq_mem *mem, void *p, size_t size) {
  return (mem ? mem : &DEFAULT)->realloc(p, size ? size : 1);
}

void csq__free(const csq_mem *mem, void *p) {
  if (p)
    (mem ? mem : &DEFAULT)->free(p);
}

char *csq__copy_text(char *p, const char *s, size_t len) {
  if (p && len)
    memcpy(p, s, len);
  if (p)
    p[len] = '\0';
  return p;
}

char *csq__strndup(const csq_mem *mem, const char *s, size_t len) {
  return csq__copy_text(csq__realloc(mem, NULL, len + 1), s, len);
}

char *csq__strdup(const csq_mem *mem, const char *s) { return csq__strndup(mem, s, strlen(s)); }

void csq__sort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  if (count > 1)
    qsort(base, count, size, compare);
}

/* The one body of both key sizes: T the key type, BYTES its size. */
#define CSQ__RADIX(T, BYTES)                                                                       \
  do {                                                                                             \
    if (count < 32) {                                                                              \
      for (size_t i = 1; i < count; i++)                                                           \
        for (size_t j = i; j > 0 && keys[j - 1] > keys[j]; j--) {                                  \
          T t = keys[j];                                                                           \
          keys[j] = keys[j - 1];                                                                   \
          keys[j - 1] = t;                                                                         \
        }                                                                                          \
      return;                                                                                      \
    }                                                                                              \
    T any = 0, all = (T) ~(T)0;                                                                    \
    for (size_t i = 0; i < count; i++)                                                             \
      any |= keys[i], all &= keys[i];                                                              \
    for (int shift = 0; shift < 8 * (BYTES); shift += 8) {                                         \
      if ((((any ^ all) >> shift) & 0xFF) == 0)                                                    \
        continue; /* every key has this byte alike */                                              \
      size_t at[257] = {0};                                                                        \
      for (size_t i = 0; i < count; i++)                                                           \
        at[((keys[i] >> shift) & 0xFF) + 1]++;                                                     \
      for (int b = 0; b < 256; b++)                                                                \
        at[b + 1] += at[b];                                                                        \
      for (size_t i = 0; i < count; i++)                                                           \
        tmp[at[(keys[i] >> shift) & 0xFF]++] = keys[i];                                            \
      memcpy(keys, tmp, count * sizeof *keys);                                                     \
    }                                                                                              \
  } while (0)

void csq__sort_u32(uint32_t *keys, size_t count, uint32_t *tmp) { CSQ__RADIX(uint32_t, 4); }

void csq__sort_u64(uint64_t *keys, size_t count, uint64_t *tmp) { CSQ__RADIX(uint64_t, 8); }

int csq__vec_reserve(const csq_mem *mem, void *items, size_t *cap, size_t count, size_t extra,
                     size_t size) {
  if (count + extra <= *cap)
    return 0;
  size_t want = *cap ? *cap : 8;
  while (want < count + extra)
    want *= 2;
  if (want > SIZE_MAX / size)
    return -1;
  /* items is a T **: read and write the pointer through memcpy, which is
   * defined for any object pointer type. */
  void *old;
  memcpy(&old, items, sizeof old);
  void *grown = csq__realloc(mem, old, want * size);
  if (!grown)
    return -1;
  memcpy(items, &grown, sizeof grown);
  *cap = want;
  return 0;
}
