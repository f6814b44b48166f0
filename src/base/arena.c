/*
 * arena.c — the bump allocator that owns a law's nodes and strings, and a
 * growable byte buffer for text that is assembled piece by piece.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

struct csq_arena_block {
  struct csq_arena_block *next;
  size_t used, size;
  max_align_t data[];
};

/* Blocks grow from 4 KiB to 64 KiB: most laws are small, and the whole
 * national corpus is 11,542 of them in one process. */
enum { ARENA_FIRST = 4 * 1024, ARENA_BLOCK = 64 * 1024 };

void csq__arena_init(csq_arena *arena, const csq_mem *mem) {
  arena->head = NULL;
  arena->mem = mem;
}

void csq__arena_release(csq_arena *arena) {
  struct csq_arena_block *b = arena->head;
  while (b) {
    struct csq_arena_block *next = b->next;
    csq__free(arena->mem, b);
    b = next;
  }
  arena->head = NULL;
}

void *csq__arena_alloc(csq_arena *arena, size_t size) {
  size = (size + 7) & ~(size_t)7;
  struct csq_arena_block *b = arena->head;
  if (!b || b->size - b->used < size) {
    size_t cap = b ? (b->size * 2 < ARENA_BLOCK ? b->size * 2 : ARENA_BLOCK) : ARENA_FIRST;
    if (cap < size)
      cap = size;
    b = csq__realloc(arena->mem, NULL, sizeof *b + cap);
    if (!b)
      return NULL;
    b->size = cap;
    b->used = 0;
    b->next = arena->head;
    arena->head = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *csq__arena_strndup(csq_arena *arena, const char *s, size_t len) {
  return csq__copy_text(csq__arena_alloc(arena, len + 1), s, len);
}

char *csq__arena_printf(csq_arena *arena, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    return NULL;
  char *p = csq__arena_alloc(arena, (size_t)n + 1);
  if (!p)
    return NULL;
  if ((size_t)n < sizeof small) {
    memcpy(p, small, (size_t)n + 1);
  } else {
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  return p;
}

int csq__buf_append(csq_buf *buf, const char *s, size_t len) {
  if (buf->len + len + 1 > buf->cap) {
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < buf->len + len + 1)
      cap *= 2;
    char *p = csq__realloc(buf->mem, buf->data, cap);
    if (!p)
      return -1;
    buf->data = p;
    buf->cap = cap;
  }
  if (len)
    memcpy(buf->data + buf->len, s, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
  return 0;
}

int csq__buf_puts(csq_buf *buf, const char *s) { return csq__buf_append(buf, s, strlen(s)); }

void csq__buf_free(csq_buf *buf) {
  csq__free(buf->mem, buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}
