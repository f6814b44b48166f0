/*
 * snippet.c — the text around a hit with every hit marked, found exactly as
 * the index matched it: the same folded characters (the tokenizer's units),
 * Han characters side by side.
 */
#include <string.h>
#include <unicode/utf8.h>

#include "query/searching.h"

typedef struct span {
  int start, end;
} span;

/* Where needle's units stand in the text's units, as the index matches
 * them: the same folded characters, CJK characters side by side. */
static int match_at(const csq_fts_unit *t, size_t tn, size_t i, const csq_fts_unit *n, size_t nn) {
  if (i + nn > tn)
    return 0;
  for (size_t j = 0; j < nn; j++) {
    if (strcmp(t[i + j].folded, n[j].folded) != 0)
      return 0;
    if (j && t[i + j].cjk && t[i + j - 1].cjk && t[i + j].start != t[i + j - 1].end)
      return 0;
  }
  return 1;
}

int csq__needles_units(const csq_mem *mem, csq__needles *nd) {
  for (size_t k = 0; k < nd->count; k++)
    if (csq__fts_units(mem, nd->text[k], strlen(nd->text[k]), &nd->units[k], &nd->unit_count[k],
                       NULL) != CSQ_OK)
      return -1;
  return 0;
}

void csq__needles_free(const csq_mem *mem, csq__needles *nd) {
  for (size_t k = 0; k < nd->count; k++) {
    csq__free(mem, nd->units[k]);
    nd->units[k] = NULL;
  }
}

/* Byte spans of every hit, merged and in order; -1 when the text's units
 * could not be had (out of memory): no snippet then, rather than one with
 * its hits left unmarked. */
static long find_spans(const csq_mem *mem, const char *text, const csq__needles *nd, span *spans,
                       size_t cap) {
  csq_fts_unit *tu = NULL;
  size_t tn = 0, count = 0;
  if (csq__fts_units(mem, text, strlen(text), &tu, &tn, NULL) != CSQ_OK)
    return -1;
  for (size_t k = 0; k < nd->count; k++) {
    const csq_fts_unit *nu = nd->units[k];
    size_t nn = nu ? nd->unit_count[k] : 0;
    for (size_t i = 0; nn && i < tn && count < cap; i++)
      if (match_at(tu, tn, i, nu, nn))
        spans[count++] = (span){tu[i].start, tu[i + nn - 1].end};
  }
  csq__free(mem, tu);
  /* insertion sort, then merge overlaps */
  for (size_t i = 1; i < count; i++)
    for (size_t j = i; j > 0 && spans[j].start < spans[j - 1].start; j--) {
      span x = spans[j];
      spans[j] = spans[j - 1];
      spans[j - 1] = x;
    }
  size_t merged = 0;
  for (size_t i = 0; i < count; i++) {
    if (merged && spans[i].start <= spans[merged - 1].end) {
      if (spans[i].end > spans[merged - 1].end)
        spans[merged - 1].end = spans[i].end;
    } else {
      spans[merged++] = spans[i];
    }
  }
  return (long)merged;
}

/* Moves `at` back (or forward) by `chars` characters within text[0..len). */
static int step_chars(const char *text, int len, int at, int chars) {
  while (chars < 0 && at > 0) {
    U8_BACK_1((const uint8_t *)text, 0, at);
    chars++;
  }
  while (chars > 0 && at < len) {
    U8_FWD_1(text, at, len);
    chars--;
  }
  return at;
}

enum { SNIPPET_BEFORE = 30, SNIPPET_CHARS = 110 };

/* The text around the first hit, about SNIPPET_CHARS characters, with
 * every hit inside between the markers. */
char *csq__snippet(const csq_mem *mem, const char *text, const csq__needles *nd, const char *open,
                   const char *close) {
  span spans[256];
  long found = find_spans(mem, text, nd, spans, 256);
  if (found < 0)
    return NULL;
  size_t n = (size_t)found;
  int len = (int)strlen(text);
  int from = n ? step_chars(text, len, spans[0].start, -SNIPPET_BEFORE) : 0;
  int to = step_chars(text, len, from, SNIPPET_CHARS);
  csq_buf b = {.mem = mem};
  int fail = from > 0 ? csq__buf_append(&b, "…", strlen("…")) : 0;
  int at = from;
  for (size_t i = 0; i < n && spans[i].start < to; i++) {
    if (spans[i].end <= from)
      continue;
    int s = spans[i].start > at ? spans[i].start : at, e = spans[i].end < to ? spans[i].end : to;
    fail |= csq__buf_append(&b, text + at, (size_t)(s - at));
    fail |= csq__buf_append(&b, open, strlen(open));
    fail |= csq__buf_append(&b, text + s, (size_t)(e - s));
    fail |= csq__buf_append(&b, close, strlen(close));
    at = e;
  }
  fail |= csq__buf_append(&b, text + at, (size_t)(to - at));
  if (to < len)
    fail |= csq__buf_append(&b, "…", strlen("…"));
  if (fail) {
    csq__buf_free(&b);
    return NULL;
  }
  return b.data ? b.data : csq__strdup(mem, "");
}
