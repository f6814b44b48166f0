/*
 * text.c — the text helpers every stage shares: UTF-8 checked once where
 * text enters the library (ICU's U8 macros decode), code point and byte
 * offsets, and the few string tests the readers and extractors need.
 */
#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/base.h"

csq_status csq__check_utf8(const char *data, size_t len, const char *source, csq_error *err) {
  if (len > INT32_MAX)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1, "larger than 2 GiB");
  int32_t i = 0, n = (int32_t)len;
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(data, i, n, c);
    if (c < 0)
      return csq__fail(err, CSQ_BAD_INPUT, source, at,
                       "invalid UTF-8 (byte 0x%02x); expected UTF-8 text", (unsigned char)data[at]);
    if (c == 0)
      return csq__fail(err, CSQ_BAD_INPUT, source, at, "NUL byte: this is binary data, not text");
  }
  return CSQ_OK;
}

csq_status csq__check_query(const char *text, const char *what, csq_error *err) {
  if (!text)
    return CSQ_OK;
  size_t len = strlen(text);
  char shown[96];
  if (len > CSQ_MAX_QUERY)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "%s is %zu bytes long (%s); csquery reads at most %d bytes", what, len,
                     csq__quote(text, shown, sizeof shown), CSQ_MAX_QUERY);
  csq_error local;
  if (csq__check_utf8(text, len, NULL, &local) == CSQ_OK)
    return CSQ_OK;
  return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                   "%s %s is not valid UTF-8 (byte %lld is 0x%02x): type it in UTF-8", what,
                   csq__quote(text, shown, sizeof shown), local.offset,
                   (unsigned char)text[local.offset]);
}

size_t csq__bracket_close(const char *s, size_t at, size_t end, const char *open,
                          const char *close) {
  for (int depth = 0; at < end; at += csq__char_len(s + at, end - at)) {
    if (csq__starts_with(s + at, end - at, open))
      depth++;
    else if (csq__starts_with(s + at, end - at, close) && depth-- == 0)
      return at;
  }
  return end;
}

size_t csq__paren_close(const char *s, size_t at, size_t end) {
  return csq__bracket_close(s, at, end, CSQ_WORD_PAREN_OPEN, CSQ_WORD_PAREN_CLOSE);
}

size_t csq__skip_space(const char *s, size_t at, size_t end) {
  for (size_t n; (n = csq__space_len(s + at, end - at)) != 0;)
    at += n;
  return at;
}

/* A short name in brackets that opens at s[at]: one to three characters
 * between `open` and `close`; its length with the brackets, or 0. */
static size_t short_bracket(const char *s, size_t at, size_t end, const char *open,
                            const char *close) {
  if (at >= end || !csq__starts_with(s + at, end - at, open))
    return 0;
  size_t pos = at + strlen(open);
  for (int k = 0; k < 4 && pos < end; k++) {
    if (csq__starts_with(s + pos, end - pos, close))
      return k ? pos + strlen(close) - at : 0;
    pos += csq__char_len(s + pos, end - pos);
  }
  return 0;
}

size_t csq__bracket_after(const char *s, size_t at, size_t end) {
  /* asked at every character of a name: most open none */
  if (at >= end ||
      (s[at] != ' ' && s[at] != CSQ_WORD_HALF_PAREN_OPEN[0] && s[at] != CSQ_WORD_PAREN_OPEN[0]))
    return 0;
  size_t n = short_bracket(s, at, end, CSQ_WORD_PAREN_OPEN, CSQ_WORD_PAREN_CLOSE);
  if (n)
    return n;
  size_t from = csq__skip_space(s, at, end); /* 學校 (園), as older texts set it */
  n = short_bracket(s, from, end, CSQ_WORD_HALF_PAREN_OPEN, CSQ_WORD_HALF_PAREN_CLOSE);
  return n ? from + n - at : 0;
}

/* The short name in brackets that closes s[lo..hi), spaces after it and,
 * for half-width brackets, before it included: one to three characters
 * between `open` and `close`; its length, or 0. */
static size_t short_bracket_before(const char *s, size_t lo, size_t hi, const char *open,
                                   const char *close) {
  if (hi <= lo)
    return 0;
  size_t end = csq__skip_space_back(s, lo, hi);
  if (!csq__ends_with(s + lo, end - lo, close))
    return 0;
  int32_t pos = (int32_t)(end - strlen(close) - lo);
  for (int k = 0; k < 4 && pos > 0; k++) {
    U8_BACK_1((const uint8_t *)(s + lo), 0, pos);
    if (csq__starts_with(s + lo + pos, end - lo - (size_t)pos, open))
      return k ? hi - csq__skip_space_back(s, lo, lo + (size_t)pos) : 0;
  }
  return 0;
}

size_t csq__bracket_before(const char *s, size_t lo, size_t hi) {
  size_t n = short_bracket_before(s, lo, hi, CSQ_WORD_PAREN_OPEN, CSQ_WORD_PAREN_CLOSE);
  return n ? n
           : short_bracket_before(s, lo, hi, CSQ_WORD_HALF_PAREN_OPEN, CSQ_WORD_HALF_PAREN_CLOSE);
}

int csq__all_han(const char *s) {
  int32_t len = (int32_t)strlen(s);
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (!csq__is_han(c))
      return 0;
  }
  return len > 0;
}

size_t csq__code_points(const char *s, size_t from, size_t to) {
  /* text is valid UTF-8 once in the library (checked where it enters): a
   * code point is a byte that does not continue one (10xxxxxx). Counted
   * so, eight bytes at a time, the loop runs at memory speed (obligations
   * count a clause's code points at every part they note), and on bytes
   * that are not UTF-8 it still ends. */
  const uint64_t high = 0x8080808080808080ULL;
  size_t n = 0, i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    /* bit 7 of each byte that is 10xxxxxx: bit 7 set, bit 6 (shifted up) clear */
    uint64_t cont = w & ~(w << 1) & high;
    n += 8 - (size_t)(((cont >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < to; i++)
    n += ((unsigned char)s[i] & 0xc0) != 0x80;
  return n;
}

size_t csq__code_points_to(csq__cp_cursor *c, const char *s, size_t to) {
  if (c->s != s) {
    c->s = s;
    c->byte = c->cps = 0;
  }
  if (to >= c->byte)
    c->cps += csq__code_points(s, c->byte, to);
  else
    c->cps -= csq__code_points(s, to, c->byte);
  c->byte = to;
  return c->cps;
}

size_t csq__byte_at(const char *s, size_t len, size_t n) {
  int32_t i = 0;
  U8_FWD_N(s, i, (int32_t)len, (int32_t)n);
  return (size_t)i;
}

size_t csq__find(const char *s, size_t len, const char *word) {
  size_t k = strlen(word);
  if (!k)
    return 0;
  /* memmem is not C11: memchr finds each place the word could end. Its
   * last byte, not its first: in UTF-8 Chinese the first byte of a
   * character is one of a few (E4–E9), the last one of 64. */
  if (len < k)
    return len;
  const unsigned char last = (unsigned char)word[k - 1];
  for (const char *p = s + k - 1, *end = s + len; p < end;) {
    const char *hit = memchr(p, last, (size_t)(end - p));
    if (!hit)
      return len;
    if (memcmp(hit - (k - 1), word, k) == 0)
      return (size_t)(hit - (k - 1) - s);
    p = hit + 1;
  }
  return len;
}

int csq__contains(const char *s, size_t len, const char *word) {
  return !*word || csq__find(s, len, word) < len;
}

int csq__contains_any(const char *s, size_t len, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (csq__contains(s, len, words[i]))
      return 1;
  return 0;
}

/* U+3000, which Chinese texts indent with. */
static const char IDEOGRAPHIC_SPACE[] = CSQ_WORD_SPACE_IDEOGRAPHIC;

size_t csq__space_len(const char *s, size_t len) {
  if (len && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n'))
    return 1;
  return csq__starts_with(s, len, IDEOGRAPHIC_SPACE) ? 3 : 0;
}

static size_t space_before(const char *s, size_t len) {
  if (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
    return 1;
  return csq__ends_with(s, len, IDEOGRAPHIC_SPACE) ? 3 : 0;
}

size_t csq__skip_space_back(const char *s, size_t lo, size_t at) {
  if (at <= lo)
    return at;
  for (size_t n; (n = space_before(s + lo, at - lo)) != 0;)
    at -= n;
  return at;
}

size_t csq__bom_len(const char *s, size_t len) {
  return csq__starts_with(s, len, "\xef\xbb\xbf") ? 3 : 0; /* U+FEFF in UTF-8 */
}

void csq__trim(const char **s, size_t *len) {
  size_t from = csq__skip_space(*s, 0, *len), to = csq__skip_space_back(*s, from, *len);
  *s += from;
  *len = to - from;
}

int csq__starts_with_any(const char *s, size_t len, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (csq__starts_with(s, len, words[i]))
      return (int)i;
  return -1;
}

int csq__ends_with_any(const char *s, size_t len, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (csq__ends_with(s, len, words[i]))
      return (int)i;
  return -1;
}

int csq__word_index(const char *s, size_t len, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strlen(words[i]) == len && memcmp(s, words[i], len) == 0)
      return (int)i;
  return -1;
}

const csq__word_list *csq__word_list_find(const char *name, size_t len) {
  for (size_t i = 0; i < csq__word_list_count; i++)
    if (strlen(csq__word_lists[i].name) == len && memcmp(csq__word_lists[i].name, name, len) == 0)
      return &csq__word_lists[i];
  return NULL;
}

int csq__display_width(const char *s, size_t len) {
  int32_t i = 0, n = (int32_t)len;
  int width = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    int ea = c < 0 ? U_EA_NEUTRAL : u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
  }
  return width;
}
