/*
 * terms.c — what the user typed into a search, as terms: words separated by
 * spaces, "quoted phrases", -word to exclude; turned into an FTS5 query that
 * cannot break (every term is a quoted string, so no character of the
 * user's reaches FTS5's syntax), each term widened by grammar/variants.tsv,
 * grammar/abbreviations.tsv, grammar/synonyms.tsv and grammar/bracket_forms.tsv
 * (廢水 → 廢（污）水) into alternatives;
 * simplified characters folded to traditional (ICU's Hans-Hant); and the
 * strings whose hits a snippet marks.
 */
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

#include "query/searching.h"

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
    t->quoted = 0;
    if (q[i] == '-' || csq__starts_with(q + i, n - i, CSQ_WORD_DASH_FULLWIDTH)) {
      t->exclude = 1;
      i += q[i] == '-' ? 1 : strlen(CSQ_WORD_DASH_FULLWIDTH);
    }
    const char *close = closing_quote(q + i, n - i);
    size_t len = 0;
    t->quoted = close != NULL;
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

/* Adds s to the term's alternatives unless it is one already. */
static void add_alt(term *t, const char *s) {
  for (size_t i = 0; i < t->alt_count; i++)
    if (strcmp(t->alt[i], s) == 0)
      return;
  if (t->alt_count < CSQ__MAX_ALTS && strlen(s) < sizeof t->alt[0])
    snprintf(t->alt[t->alt_count++], sizeof t->alt[0], "%s", s);
}

/* A `WORD<TAB>VALUE[<TAB>SOURCE]` line of an embedded table: reads the one
 * at *p (before end), the word copied into word and the value left in
 * place (*value, *value_len), and moves *p past it; 0 for a comment or a
 * line without both, -1 at the end. */
static int next_pair(const char **p, const char *end, char *word, size_t word_size,
                     const char **value, size_t *value_len) {
  if (*p >= end)
    return -1;
  const char *line = *p, *eol = memchr(line, '\n', (size_t)(end - line));
  size_t len = eol ? (size_t)(eol - line) : (size_t)(end - line);
  const char *tab = memchr(line, '\t', len);
  *p = line + len + 1;
  if (*line == '#' || !tab || tab == line || (size_t)(tab - line) >= word_size)
    return 0;
  memcpy(word, line, (size_t)(tab - line));
  word[tab - line] = '\0';
  *value = tab + 1;
  *value_len = strcspn(tab + 1, "\t\n");
  return 1;
}

static const char *table_start(const char *table, const char **end) {
  const csq_embedded_file *f = csq__embedded_find(table);
  const char *p = f ? (const char *)f->data : "";
  *end = f ? p + f->size : p;
  return p;
}

enum { MAX_FORM_CHARS = 128 };

/* The characters of the first `bases` forms of t, in set[]; -1 when there
 * are more than MAX_FORM_CHARS. */
static int form_chars(const term *t, size_t bases, UChar32 *set) {
  int n = 0;
  for (size_t b = 0; b < bases; b++) {
    const char *form = t->alt[b];
    int32_t len = (int32_t)strlen(form);
    for (int32_t i = 0; i < len;) {
      UChar32 c;
      U8_NEXT(form, i, len, c);
      if (n == MAX_FORM_CHARS)
        return -1;
      set[n++] = c;
    }
  }
  return n;
}

/* The first character of the table line at p (before end). */
static UChar32 line_char(const char *p, const char *end) {
  int32_t i = 0, len = end - p < U8_MAX_LENGTH ? (int32_t)(end - p) : U8_MAX_LENGTH;
  UChar32 c;
  U8_NEXT(p, i, len, c);
  return c;
}

/* Where the table line after the one at p begins (end after the last). */
static const char *next_line(const char *p, const char *end) {
  const char *eol = memchr(p, '\n', (size_t)(end - p));
  return eol ? eol + 1 : end;
}

/* Whether the table line at p opens with a character that no form holds,
 * so that its word cannot be in them (most lines, for any term): then only
 * its first character is read. */
static int opens_apart(const char *p, const char *end, const UChar32 *set, int n) {
  if (n < 0)
    return 0;
  UChar32 c = line_char(p, end);
  for (int k = 0; k < n; k++)
    if (set[k] == c)
      return 0;
  return 1;
}

/* Adds to t, for each of its first `bases` forms that holds `word`, that
 * form with `word` replaced by value[0..value_len); a form that is `word`
 * makes the term known when `names` (a table of words people type, not one
 * the corpus wrote: known terms are not split or read as typed short). */
static void replace_in_forms(term *t, size_t bases, const char *word, const char *value,
                             size_t value_len, int names) {
  for (size_t b = 0; b < bases; b++) {
    const char *form = t->alt[b], *at = strstr(form, word);
    t->known |= names && at && strcmp(word, form) == 0;
    if (at) {
      char wide[512];
      snprintf(wide, sizeof wide, "%.*s%.*s%s", (int)(at - form), form, (int)value_len, value,
               at + strlen(word));
      add_alt(t, wide);
    }
  }
}

/* The term's first `bases` forms with every WORD of the `WORD<TAB>LONGER…`
 * lines p[..end) that they hold replaced (`names`: see replace_in_forms);
 * `set` holds the forms' `chars` characters, -1 when too many to tell. */
static void widen_lines(term *t, size_t bases, const char *p, const char *end, int chars,
                        const UChar32 *set, int names) {
  const char *value;
  char word[64];
  size_t value_len;
  int r;
  for (;;) {
    if (p < end && opens_apart(p, end, set, chars)) {
      p = next_line(p, end);
      continue;
    }
    if ((r = next_pair(&p, end, word, sizeof word, &value, &value_len)) < 0)
      break;
    if (r)
      replace_in_forms(t, bases, word, value, value_len, names);
  }
}

/* widen_lines over a whole table: grammar/abbreviations.tsv (資安 →
 * 資通安全), grammar/law_stems.tsv (職安 → 職業安全衛生, from 職安法) and
 * grammar/synonyms.tsv (特休 → 特別休假). */
static void widen_by(term *t, size_t bases, const char *table) {
  const char *end, *p = table_start(table, &end);
  UChar32 set[MAX_FORM_CHARS];
  int chars = form_chars(t, bases, set);
  widen_lines(t, bases, p, end, chars, set, 1);
}

/* The first line at or after `from` (before end) whose word opens with c or
 * a later character, in a table sorted by its words (below its comments). */
static const char *sorted_lines_from(const char *from, const char *end, UChar32 c) {
  const char *lo = from, *hi = end;
  while (lo < hi) {
    const char *mid = lo + (hi - lo) / 2;
    while (mid > lo && mid[-1] != '\n')
      mid--; /* the start of the line mid stands in */
    if (line_char(mid, end) < c) {
      lo = next_line(mid, end);
    } else {
      hi = mid;
    }
  }
  return lo;
}

/* widen_by for a table sorted by its words, as tools/bracket_forms.py
 * writes grammar/bracket_forms.tsv (廢水 → 廢（污）水): only the lines that
 * open with a character of the forms are read, each found by bisection (the
 * table has thousands of lines, and a term a few characters). */
static void widen_by_sorted(term *t, size_t bases, const char *table) {
  const char *end, *p = table_start(table, &end), *value;
  while (p < end && *p == '#') /* the comments above the sorted lines */
    p = next_line(p, end);
  UChar32 set[MAX_FORM_CHARS];
  int chars = form_chars(t, bases, set);
  if (chars < 0) { /* too many characters to bisect for: every line read */
    widen_lines(t, bases, p, end, chars, set, 0);
    return;
  }
  char word[64];
  size_t value_len;
  for (int k = 0; k < chars; k++) {
    int seen = 0;
    for (int j = 0; j < k && !seen; j++)
      seen = set[j] == set[k];
    const char *q = seen ? end : sorted_lines_from(p, end, set[k]);
    while (q < end && line_char(q, end) == set[k])
      if (next_pair(&q, end, word, sizeof word, &value, &value_len) > 0)
        replace_in_forms(t, bases, word, value, value_len, 0);
  }
}

int csq__fold_variants(const char *text, char *out, size_t size) {
  const char *end, *p = table_start("grammar/variants.tsv", &end), *value;
  char word[64], next[CSQ__FOLD_MAX];
  size_t value_len;
  if (size > sizeof next || strlen(text) >= size)
    return 0;
  snprintf(out, size, "%s", text);
  int r;
  while ((r = next_pair(&p, end, word, sizeof word, &value, &value_len)) >= 0) {
    const char *at;
    while (r && (at = strstr(out, word)) != NULL && strlen(out) - strlen(word) + value_len < size) {
      snprintf(next, sizeof next, "%.*s%.*s%s", (int)(at - out), out, (int)value_len, value,
               at + strlen(word));
      snprintf(out, size, "%s", next);
    }
  }
  return strcmp(out, text) != 0;
}

/* The term in the forms the statutes write, as one more alternative; the
 * number of forms the other tables then widen (1, or 2 when a variant was
 * replaced). */
static size_t widen_variants(term *t) {
  char form[sizeof t->alt[0]];
  size_t before = t->alt_count;
  if (csq__fold_variants(t->text, form, sizeof form))
    add_alt(t, form);
  return t->alt_count > before ? 2 : 1;
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

/* Whether `word` is the word of a line of the table (its lines open with a
 * comment, so every word follows a newline). */
static int table_has_word(const char *table, const char *word) {
  const char *end, *p = table_start(table, &end);
  char line[CSQ__TERM_BYTES + 1];
  if (snprintf(line, sizeof line, "\n%s", word) >= (int)sizeof line)
    return 0;
  size_t k = strlen(line);
  /* found by the word's own last byte, then its tab checked: the tab itself
   * stands on every line */
  for (size_t at; (at = csq__find(p, (size_t)(end - p), line)) < (size_t)(end - p); p += at + 1)
    if (p + at + k < end && p[at + k] == '\t')
      return 1;
  return 0;
}

/* Two terms typed apart that the tables know as one word (冤獄 賠償: 冤獄賠償 →
 * 刑事補償; 網路 賭博: 網路賭博 → 網際網路或其他相類之方法賭博): that word's long forms
 * become forms of both terms, so a provision holds the pair when it holds both
 * terms or one long form, (冤獄 AND 賠償) OR 刑事補償. Only a pair whose whole is
 * a word of a table (table_has_word), never a word that straddles the space. */
static void widen_joined(terms *t) {
  for (size_t i = 0; i + 1 < t->count; i++) {
    term *a = &t->items[i], *b = &t->items[i + 1];
    if (a->exclude || b->exclude || a->quoted || b->quoted || !a->searchable || !b->searchable)
      continue;
    char word[CSQ__TERM_BYTES];
    if (snprintf(word, sizeof word, "%s%s", a->text, b->text) >= (int)sizeof word)
      continue;
    if (!table_has_word("grammar/abbreviations.tsv", word) &&
        !table_has_word("grammar/synonyms.tsv", word))
      continue; /* the common case, found without widening */
    term joined = {0};
    memcpy(joined.text, word, sizeof word);
    add_alt(&joined, word);
    widen_by(&joined, 1, "grammar/abbreviations.tsv");
    widen_by(&joined, 1, "grammar/synonyms.tsv");
    for (size_t k = 1; k < joined.alt_count; k++) {
      add_alt(a, joined.alt[k]);
      add_alt(b, joined.alt[k]);
    }
  }
}

void csq__terms_widen(terms *t, int exact) {
  for (size_t i = 0; i < t->count; i++) {
    term *x = &t->items[i];
    x->alt_count = 0;
    x->known = 0;
    x->searchable = has_indexable(x->text);
    add_alt(x, x->text);
    if (!exact) {
      size_t bases = widen_variants(x);
      widen_by(x, bases, "grammar/abbreviations.tsv");
      widen_by(x, bases, "grammar/law_stems.tsv");
      widen_by(x, bases, "grammar/synonyms.tsv");
      widen_by_sorted(x, bases, "grammar/bracket_forms.tsv");
      if (x->contracted[0])
        add_alt(x, x->contracted);
    }
  }
  if (!exact)
    widen_joined(t);
}

size_t csq__terms_positive(const terms *t) {
  size_t n = 0;
  for (size_t i = 0; i < t->count; i++)
    n += !t->items[i].exclude && t->items[i].searchable;
  return n;
}

/* ("a" OR "b"): one phrase per alternative, each marked in map with `mark`. */
static int append_group(csq_buf *b, const term *x, char mark, char *map, size_t *phrases) {
  int fail = csq__buf_append(b, "(", 1);
  for (size_t k = 0; k < x->alt_count; k++) {
    if (k)
      fail |= csq__buf_append(b, " OR ", 4);
    fail |= append_quoted(b, x->alt[k]);
    if (*phrases < CSQ__MAX_PHRASES)
      map[*phrases] = mark;
    (*phrases)++;
  }
  return fail | csq__buf_append(b, ")", 1);
}

csq_status csq__terms_fts(const terms *t, uint32_t mask, int any, csq_buf *out, char *map,
                          csq_error *err) {
  int fail = any ? csq__buf_append(out, "(", 1) : 0, positives = 0;
  size_t phrases = 0;
  for (size_t i = 0; i < t->count; i++) {
    const term *x = &t->items[i];
    if (x->exclude || !x->searchable || !(mask >> i & 1))
      continue;
    if (positives++)
      fail |= any ? csq__buf_append(out, " OR ", 4) : csq__buf_append(out, " AND ", 5);
    fail |= append_group(out, x, (char)('A' + i), map, &phrases);
  }
  if (!positives)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NOTHING_TO_SEARCH);
  if (any) /* (A OR B) NOT C: the ORs bracketed, whatever binds first */
    fail |= csq__buf_append(out, ")", 1);
  for (size_t i = 0; i < t->count; i++) {
    const term *x = &t->items[i];
    if (!x->exclude || !x->searchable)
      continue;
    fail |= csq__buf_append(out, " NOT ", 5) | append_group(out, x, '-', map, &phrases);
  }
  map[phrases < CSQ__MAX_PHRASES ? phrases : CSQ__MAX_PHRASES] = '\0';
  if (phrases > CSQ__MAX_PHRASES)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "too many words to search for (%d at most)",
                     CSQ__MAX_PHRASES);
  return fail ? csq__oom(err) : CSQ_OK;
}

/* The strings whose hits are marked: the positive terms and their
 * alternatives (資安 → 資通安全). */
void csq__terms_needles(const terms *t, csq__needles *out) {
  out->count = 0;
  for (size_t i = 0; i < t->count; i++)
    for (size_t k = 0; !t->items[i].exclude && k < t->items[i].alt_count && out->count < 64; k++)
      snprintf(out->text[out->count++], sizeof out->text[0], "%s", t->items[i].alt[k]);
}

/* ---- simplified characters ------------------------------------------------- */

/* Whether the term holds a Han character that `absent` says the index has
 * not. */
static int has_absent(const term *x, int (*absent)(void *, const char *), void *ctx) {
  int32_t i = 0, n = (int32_t)strlen(x->text);
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(x->text, i, n, c);
    char ch[8];
    snprintf(ch, sizeof ch, "%.*s", (int)(i - at), x->text + at);
    if (csq__is_han(c) && absent(ctx, ch))
      return 1;
  }
  return 0;
}

/* text through an open transliterator, into out (UTF-8); 0 or -1. */
static int transliterate(UTransliterator *tr, const char *text, char *out, size_t size) {
  UChar u[512];
  int32_t len = 0, limit, bytes = 0;
  UErrorCode e = U_ZERO_ERROR;
  u_strFromUTF8(u, 511, &len, text, -1, &e);
  limit = len;
  if (U_SUCCESS(e))
    utrans_transUChars(tr, u, &len, 511, 0, &limit, &e);
  if (U_SUCCESS(e))
    u_strToUTF8(out, (int32_t)size - 1, &bytes, u, len, &e);
  if (U_FAILURE(e) || bytes >= (int32_t)size)
    return -1;
  out[bytes] = '\0';
  return 0;
}

csq_status csq__terms_cut(terms *t,
                          csq_status (*split_at)(void *ctx, const term *x, size_t i, size_t *at,
                                                 csq_error *err),
                          void *ctx, int *changed, csq_error *err) {
  *changed = 0;
  for (size_t i = 0; i < t->count; i++) {
    term *x = &t->items[i];
    size_t at = 0;
    csq_status st =
        x->exclude || x->quoted || !x->searchable ? CSQ_OK : split_at(ctx, x, i, &at, err);
    if (st != CSQ_OK)
      return st;
    if (!at || at >= strlen(x->text))
      continue;
    if (t->count == CSQ__MAX_TERMS)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "too many search terms (32 at most)");
    memmove(&t->items[i + 2], &t->items[i + 1], (t->count - i - 1) * sizeof t->items[0]);
    t->count++;
    term *rest = &t->items[i + 1];
    *rest = *x;
    memmove(rest->text, rest->text + at, strlen(rest->text + at) + 1);
    x->text[at] = '\0';
    *changed = 1;
    i++; /* the rest is not split again */
  }
  return CSQ_OK;
}

csq_status csq__terms_fold_simplified(terms *t, int (*absent)(void *ctx, const char *ch), void *ctx,
                                      int *changed, csq_error *err) {
  *changed = 0;
  int simplified = 0;
  for (size_t i = 0; i < t->count && !simplified; i++)
    simplified = t->items[i].searchable && has_absent(&t->items[i], absent, ctx);
  if (!simplified)
    return CSQ_OK;
  /* A character no provision holds: the query was typed in simplified
   * characters, so every term is folded (外泄 as well as 个人资料, though
   * 泄 stands in some provisions). ICU's Hans-Hant takes some 30 ms to
   * open, so only now. */
  UChar id[16];
  UErrorCode e = U_ZERO_ERROR;
  u_uastrcpy(id, "Hans-Hant");
  UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
  if (U_FAILURE(e))
    return csq__fail_cause(err, CSQ_ICU, e, NULL, -1, "ICU Hans-Hant: %s", u_errorName(e));
  for (size_t i = 0; i < t->count; i++) {
    term *x = &t->items[i];
    char folded[sizeof x->text];
    if (transliterate(tr, x->text, folded, sizeof folded) == 0 && strcmp(folded, x->text) != 0) {
      snprintf(x->text, sizeof x->text, "%s", folded);
      *changed = 1;
    }
  }
  utrans_close(tr);
  return CSQ_OK;
}
