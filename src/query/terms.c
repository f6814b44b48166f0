/*
 * terms.c — what the user typed into a search, as terms: words separated by
 * spaces, "quoted phrases", -word to exclude; turned into an FTS5 query that
 * cannot break (every term is a quoted string, so no character of the
 * user's reaches FTS5's syntax), widened by grammar/abbreviations.tsv; and
 * the strings whose hits a snippet marks.
 */
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "query/query.h"

typedef csq__term term;
typedef csq__terms terms;

static int is_space(const char *s, size_t n) { return csq__space_len(s, n) != 0; }

static size_t char_len(const char *s, size_t n) { return csq__char_len(s, n); }

/* Opening and closing quotes a phrase may stand in: "…", “…”, 「…」. */
static const char *closing_quote(const char *s, size_t n) {
  if (n >= 1 && *s == '"')
    return "\"";
  int i = csq__starts_with_any(s, n, CSQ__WORDS(quotes_open));
  if (i >= 0)
    return csq_words_quotes_close[i];
  return NULL;
}

/* Splits the query: words separated by spaces, "quoted phrases" (spaces
 * inside are kept out), -word and －word exclude. */
csq_status csq__terms_split(const char *q, terms *out, csq_error *err) {
  size_t n = strlen(q), i = 0;
  out->count = 0;
  while (i < n) {
    while (i < n && is_space(q + i, n - i))
      i += char_len(q + i, n - i);
    if (i >= n)
      break;
    if (out->count == sizeof out->items / sizeof out->items[0])
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "too many search terms (32 at most)");
    term *t = &out->items[out->count];
    t->exclude = 0;
    if (q[i] == '-' || csq__starts_with(q + i, n - i, CSQ_WORD_DASH_FULLWIDTH)) {
      t->exclude = 1;
      i += q[i] == '-' ? 1 : strlen(CSQ_WORD_DASH_FULLWIDTH);
    }
    const char *close = closing_quote(q + i, n - i);
    size_t len = 0;
    if (close) {
      i += char_len(q + i, n - i);
      while (i < n && strncmp(q + i, close, strlen(close)) != 0) {
        size_t step = char_len(q + i, n - i);
        if (!is_space(q + i, n - i) && len + step < sizeof t->text) {
          memcpy(t->text + len, q + i, step);
          len += step;
        }
        i += step;
      }
      i += i < n ? strlen(close) : 0;
    } else {
      while (i < n && !is_space(q + i, n - i)) {
        size_t step = char_len(q + i, n - i);
        if (len + step < sizeof t->text) {
          memcpy(t->text + len, q + i, step);
          len += step;
        }
        i += step;
      }
    }
    t->text[len] = '\0';
    if (len)
      out->count++;
  }
  return CSQ_OK;
}

/* Appends s as one FTS5 string: "…" with inner quotes doubled. Whatever the
 * user typed is data inside the quotes, never FTS5 syntax. */
static int append_quoted(csq_buf *b, const char *s) {
  int fail = csq__buf_append(b, "\"", 1);
  for (const char *p = s; *p; p++)
    fail |= csq__buf_append(b, p, 1) | (*p == '"' ? csq__buf_append(b, "\"", 1) : 0);
  return fail | csq__buf_append(b, "\"", 1);
}

/* The long forms of a term: every abbreviation it contains, replaced. */
static int append_widened(csq_buf *b, const char *text, int exact) {
  int fail = csq__buf_append(b, "(", 1) | append_quoted(b, text);
  const csq_embedded_file *f = exact ? NULL : csq__embedded_find("grammar/abbreviations.tsv");
  const char *p = f ? (const char *)f->data : "", *end = f ? p + f->size : p;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *tab = memchr(p, '\t', len);
    if (*p != '#' && tab) {
      char shorter[64], longer[128];
      snprintf(shorter, sizeof shorter, "%.*s", (int)(tab - p), p);
      snprintf(longer, sizeof longer, "%.*s", (int)(len - (size_t)(tab - p) - 1), tab + 1);
      const char *at = strstr(text, shorter);
      if (at) {
        char wide[512];
        snprintf(wide, sizeof wide, "%.*s%s%s", (int)(at - text), text, longer,
                 at + strlen(shorter));
        fail |= csq__buf_append(b, " OR ", 4) | append_quoted(b, wide);
      }
    }
    p += len + 1;
  }
  return fail | csq__buf_append(b, ")", 1);
}

/* Whether a term has anything the tokenizer indexes (a letter, digit or
 * Han character): 「，」 or 「*」 alone would match nothing. */
static int has_indexable(const char *s) {
  int32_t i = 0, n = (int32_t)strlen(s);
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c > 0 && u_isalnum(c))
      return 1;
  }
  return 0;
}

csq_status csq__terms_match(const terms *t, int exact, csq_buf *out, csq_error *err) {
  int fail = 0, positives = 0;
  for (size_t i = 0; i < t->count; i++) {
    if (t->items[i].exclude || !has_indexable(t->items[i].text))
      continue;
    if (positives++)
      fail |= csq__buf_append(out, " AND ", 5);
    fail |= append_widened(out, t->items[i].text, exact);
  }
  if (!positives)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NOTHING_TO_SEARCH);
  for (size_t i = 0; i < t->count; i++) {
    if (!t->items[i].exclude || !has_indexable(t->items[i].text))
      continue;
    fail |= csq__buf_append(out, " NOT ", 5) | append_widened(out, t->items[i].text, exact);
  }
  return fail ? csq__oom(err) : CSQ_OK;
}

/* The strings whose hits are marked: the positive terms and their long
 * forms (資安 → 資通安全). */
void csq__terms_needles(const terms *t, int exact, csq__needles *out) {
  out->count = 0;
  for (size_t i = 0; i < t->count && out->count < 64; i++) {
    if (t->items[i].exclude)
      continue;
    csq_buf b = {0};
    append_widened(&b, t->items[i].text, exact);
    /* ("x" OR "y"): take the quoted strings back out. */
    for (const char *p = b.data; p && (p = strchr(p, '"')) && out->count < 64;) {
      const char *q = ++p;
      size_t n = 0;
      char *dst = out->text[out->count];
      while (*q && !(*q == '"' && q[1] != '"') && n + 1 < sizeof out->text[0]) {
        dst[n++] = *q;
        q += *q == '"' ? 2 : 1;
      }
      dst[n] = '\0';
      out->count += n > 0;
      p = *q ? q + 1 : q;
    }
    csq__buf_free(&b);
  }
}

/* Where needle's units stand in the text's units, as the index matches
 * them: the same folded characters, CJK characters side by side. */
