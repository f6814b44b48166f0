/*
 * lines.c — text laid out one paragraph per line, as in the official JSON's
 * ArticleContent and in plain-text laws: a line opening with 一、 starts a
 * subparagraph, （一） an item, any other line a paragraph. Old texts also
 * carry hard line wraps and tables drawn with box characters; join_kind()
 * keeps those lines with the node they belong to.
 */
#include <string.h>
#include <unicode/utf8.h>

#include "reading/reading.h"

/* A row of a table: it opens with a box-drawing character (U+2500…257F),
 * or it is laid out in columns by runs of three or more spaces. */
int csq__is_table_row(const char *s, size_t len) {
  int32_t i = 0, n = (int32_t)len;
  UChar32 c;
  while (i < n && (s[i] == ' '))
    i++;
  if (i < n) {
    int32_t at = i;
    U8_NEXT(s, at, n, c);
    if (c >= 0x2500 && c <= 0x257F)
      return 1;
  }
  /* Spaces padding the end of a line lay out nothing: only a gap with text
   * after it makes columns. */
  while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (; i + 3 < n; i++)
    if (s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ' && s[i + 3] == ' ')
      return 1;
  return 0;
}

/* Whether a line ends a sentence or a lead-in, so that the next line starts
 * a node of its own. ︰ (U+FE30) stands for ：in about 400 older lines. A line
 * that ends otherwise (，、 or mid-word) was wrapped by hand in the source. */
int csq__ends_clause(const char *s, size_t len) {
  return csq__ends_with_any(s, len, CSQ__WORDS(line_ends)) >= 0;
}

typedef enum { LINE_BLOCK, LINE_WRAP, LINE_TABLE } line_role;

/* -1 when t opens with no list marker; else 1 when the marker's family
 * (一、 （一） 1. （1）) is open under the current paragraph, 0 when not. */
static int marker_family_open(const csq_builder *b, const char *t, size_t tl) {
  static const char *const FAMILIES[] = {"cn", "pcn", "ar", "par"};
  PCRE2_SIZE *ov;
  int rc = csq__grammar_match(b->grammar, CSQ_PAT_LIST_MARKER, t, tl, &ov);
  if (rc <= 0)
    return -1;
  for (int f = 0; f < 4; f++) {
    int g = csq__grammar_group(b->grammar, CSQ_PAT_LIST_MARKER, FAMILIES[f]);
    if (g < 0 || g >= rc || ov[2 * g] == PCRE2_UNSET)
      continue;
    for (int i = 0; b->paragraph && i < b->list_depth; i++)
      if (b->list_stack[i]->marker_style == f + 1)
        return 1;
    return 0;
  }
  return 0;
}

/* How a line joins the tree: a block of its own, the hard-wrapped rest of
 * the previous line, or a table row kept under the node before it.
 * `indented` is whether the raw line began with white space. */
static line_role join_kind(csq_builder *b, const char *line, size_t len, int indented,
                           int prev_ended, int prev_table) {
  if (csq__is_table_row(line, len))
    return LINE_TABLE;
  const char *t = line;
  size_t tl = len;
  csq__trim(&t, &tl);
  if (csq__builder_marker_fits(b, t, tl) || !b->last)
    return LINE_BLOCK;
  /* After a row, a line of its own starts the next node, but an indented one
   * that ends the row's sentence was wrapped: 「編      註：…內容請」 +
   * 「            參閱相關圖表附檔。」 (A0010110 §1). */
  if (prev_table)
    return indented && !prev_ended ? LINE_WRAP : LINE_BLOCK;
  /* An opening marker that does not continue a list is still a marker when
   * the line is not indented (the official rule of the data), unless the
   * line before stopped mid-sentence and the marker would open a new list
   * numbered other than 1: 「…各占百分之三」 + 「十、書類製作…」 (A0030223
   * §7) is one wrapped sentence, not a 款 numbered ten. A marker of a list
   * already open stays a marker even out of sequence (a skipped number). */
  if (!indented && marker_family_open(b, t, tl) >= (prev_ended ? 0 : 1))
    return LINE_BLOCK;
  if (indented || !prev_ended)
    return LINE_WRAP;
  return LINE_BLOCK;
}

csq_status csq__add_lines(csq_builder *b, const char *content, size_t size, csq_error *err) {
  csq_line_joiner j = {1, 0};
  const char *p = content, *end = content + size;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *next = eol ? eol + 1 : p + len;
    if (len && p[len - 1] == '\r')
      len--;
    if (len > CSQ_MAX_LINE)
      return csq__fail(err, CSQ_BAD_INPUT, b->source, -1,
                       "a line of %zu bytes in an article; csquery reads lines of up to %d bytes "
                       "(docs/reliability.md)",
                       len, CSQ_MAX_LINE);
    csq_status st = csq__joiner_line(&j, b, p, len, -1, err);
    if (st != CSQ_OK)
      return st;
    p = next;
  }
  return CSQ_OK;
}

csq_status csq__joiner_line(csq_line_joiner *j, csq_builder *b, const char *p, size_t len,
                            long long offset, csq_error *err) {
  const char *t = p;
  size_t tl = len;
  csq__trim(&t, &tl);
  if (tl == 0)
    return CSQ_OK; /* blank lines separate nothing in this layout */
  line_role role = join_kind(b, p, len, csq__space_len(p, len) != 0, j->prev_ended, j->prev_table);
  csq_status st;
  if (role == LINE_TABLE) /* kept as laid out, after a newline */
    st = b->last ? csq__builder_append(b, p, len, 1, err)
                 : csq__builder_block(b, p, len, offset, err);
  else if (role == LINE_WRAP)
    st = csq__builder_append(b, t, tl, 0, err);
  else
    st = csq__builder_block(b, t, tl, offset, err);
  j->prev_ended = csq__ends_clause(t, tl);
  j->prev_table = role == LINE_TABLE;
  return st;
}

/* 「第 10-1 條」 → "10-1"; a bare 「1」 (編制表 entries) → "1". */
int csq__article_num(const csq_grammar *g, const char *no, size_t len, char *buf, size_t size) {
  if (len && len < size && strspn(no, "0123456789") >= len) {
    snprintf(buf, size, "%.*s", (int)len, no);
    return 0;
  }
  PCRE2_SIZE *ov;
  int rc = csq__grammar_match(g, CSQ_PAT_ARTICLE_HEADING, no, len, &ov);
  if (rc <= 0)
    return -1;
  int gnum = csq__grammar_group(g, CSQ_PAT_ARTICLE_HEADING, "num");
  int gsub = csq__grammar_group(g, CSQ_PAT_ARTICLE_HEADING, "sub");
  int gsub2 = csq__grammar_group(g, CSQ_PAT_ARTICLE_HEADING, "sub2");
  long num = csq__numeral_value(no + ov[2 * gnum], ov[2 * gnum + 1] - ov[2 * gnum]);
  if (num <= 0)
    return -1;
  int n = snprintf(buf, size, "%ld", num);
  if (gsub < rc && ov[2 * gsub] != PCRE2_UNSET) {
    /* "1-2" may hold full-width digits and dashes: copy digit runs. */
    const char *s = no + ov[2 * gsub], *end = no + ov[2 * gsub + 1];
    while (s < end && n + 1 < (int)size) {
      size_t span = csq__numeral_span(s, (size_t)(end - s));
      if (!span) {
        s += csq__starts_with(s, (size_t)(end - s), CSQ_WORD_DASH_FULLWIDTH)
                 ? strlen(CSQ_WORD_DASH_FULLWIDTH)
                 : 1;
        continue;
      }
      n += snprintf(buf + n, size - (size_t)n, "-%ld", csq__numeral_value(s, span));
      s += span;
    }
  } else if (gsub2 < rc && ov[2 * gsub2] != PCRE2_UNSET) {
    long sub = csq__numeral_value(no + ov[2 * gsub2], ov[2 * gsub2 + 1] - ov[2 * gsub2]);
    if (sub <= 0)
      return -1;
    snprintf(buf + n, size - (size_t)n, "-%ld", sub);
  }
  return 0;
}
