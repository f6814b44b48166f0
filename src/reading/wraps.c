/*
 * wraps.c — article text of the older open-data format, hard-wrapped at 64
 * columns (32 Chinese characters) with no kinsoku: a line may begin with the
 * 。 or ， that closes the line before, and a wrapped line inside a 款 goes
 * on indented (「一、資通系統：指用以…或對資」 + 「    訊為其他處理…」).
 *
 * Each line is either the wrapped rest of the line before, joined to it
 * here, or a line of its own, handed to the one-paragraph-a-line joiner
 * (lines.c) exactly as the current format's text would be: a law whose
 * version is the same in both formats then gives the same tree.
 *
 * A line ends its node when it is short (the rest of the line was empty).
 * A full line that stops mid-sentence (；and ） included) was wrapped. A
 * full line that ends a sentence or a lead-in (。：) is the one case the
 * layout cannot decide: the sentence ended the paragraph exactly at the
 * margin, or only a sentence of it. The reader
 * takes a new node unless the next line opens with a word that goes on with
 * the sentence (但, 其 …, grammar/words.tsv sentence_goes_on), as the
 * wrapped-text reader does (docs/text-formats.md, docs/versions.md).
 */
#include <string.h>

#include "reading/reading.h"

/* A line this wide (columns, its indentation included) was wrapped at the
 * margin: 64, or 63 when a wide character did not fit after an odd number
 * of narrow ones. */
enum { FULL_WIDTH = 63 };

typedef enum { LINE_OWN, LINE_WRAPPED, LINE_NEW } wrap_role;

/* How `line` follows `prev`: as its hard-wrapped rest (LINE_WRAPPED), as a
 * node of its own (LINE_NEW), or as the joiner of lines.c decides. */
static wrap_role role_of(const csq_builder *b, const char *prev, size_t prev_len, const char *line,
                         size_t len) {
  if (!b->last || csq__is_table_row(prev, prev_len) || csq__is_table_row(line, len))
    return LINE_OWN;
  const char *t = line, *pt = prev;
  size_t tl = len, ptl = prev_len;
  csq__trim(&t, &tl);
  csq__trim(&pt, &ptl);
  if (csq__starts_with_any(t, tl, CSQ__WORDS(line_goes_on)) >= 0)
    return LINE_WRAPPED; /* 「。」 alone, 「，應立即通知…」 */
  /* A short line: the joiner decides, as for the current format. A line
   * indented after it goes on with its node (the hanging indent of a 款 or
   * 目: 「 (三) 短期投資  買入之各種有價證券。」 + 「      備抵投資證券…」,
   * G0400065 第17條), although a new paragraph is now and then indented so
   * too (D0040043 第5條 「    前項委託管理之財產…」). One that stops open
   * was made short by Latin text or digits that do not break (「…複印費用，
   * B4」 + 「以下尺寸…」). */
  if (csq__display_width(prev, prev_len) < FULL_WIDTH)
    return LINE_OWN;
  /* 「有前項第」 + 「一、二、三各款」: a numeral list inside a sentence. */
  int mid_list = csq__ends_with_any(pt, ptl, CSQ__WORDS(number_goes_on)) >= 0;
  if (csq__builder_marker_fits(b, t, tl) && !mid_list)
    return LINE_NEW;
  if (csq__ends_with_any(pt, ptl, CSQ__WORDS(wrap_ends)) < 0)
    return LINE_WRAPPED;
  /* A full line that ends a sentence. The older format indents the lines
   * that go on inside a 款 (「一、得停止集會結社…之認為與軍事有妨害者。」 +
   * 「    上述集會結社及遊行請願，必要時並得解散之。」, F0070002 第11條):
   * the joiner reads an indented line as going on. */
  if (csq__space_len(line, len))
    return LINE_OWN;
  return csq__starts_with_any(t, tl, CSQ__WORDS(sentence_goes_on)) >= 0 ? LINE_WRAPPED : LINE_NEW;
}

/* Counts the lines of content that are not empty and not its last: all of
 * them, and those full and open (wrapped at the margin in mid-sentence). */
void csq__count_wrapped(const char *content, size_t size, size_t *lines, size_t *wrapped) {
  const char *p = content, *end = content + size;
  int last_wrapped = -1; /* the last non-empty line: not counted */
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    if (len && p[len - 1] == '\r')
      len--;
    const char *t = p;
    size_t tl = len;
    csq__trim(&t, &tl);
    if (tl) {
      if (last_wrapped >= 0) {
        ++*lines;
        *wrapped += (size_t)last_wrapped;
      }
      last_wrapped = csq__display_width(p, len) >= FULL_WIDTH && !csq__is_table_row(p, len) &&
                     csq__ends_with_any(t, tl, CSQ__WORDS(wrap_ends)) < 0;
    }
    p = eol ? eol + 1 : end;
  }
}

int csq__is_hard_wrapped(size_t lines, size_t wrapped) {
  return wrapped >= 1 && wrapped * 4 >= lines;
}

csq_status csq__add_wrapped_lines(csq_builder *b, const char *content, size_t size,
                                  csq_error *err) {
  csq_line_joiner joiner = {1, 0};
  const char *p = content, *end = content + size, *prev = NULL;
  size_t prev_len = 0;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *next = eol ? eol + 1 : end;
    if (len && p[len - 1] == '\r')
      len--;
    const char *t = p;
    size_t tl = len;
    csq__trim(&t, &tl);
    csq_status st = CSQ_OK;
    wrap_role role = tl && prev ? role_of(b, prev, prev_len, p, len) : LINE_OWN;
    if (tl == 0) {
      prev = NULL; /* an empty line ends what it follows */
    } else if (role == LINE_OWN) {
      st = csq__joiner_line(&joiner, b, p, len, -1, err);
    } else {
      st = role == LINE_WRAPPED ? csq__builder_append(b, t, tl, 0, err)
                                : csq__builder_block(b, t, tl, -1, err);
      joiner.prev_ended = csq__ends_clause(t, tl);
      joiner.prev_table = 0;
    }
    if (st != CSQ_OK)
      return st;
    if (tl)
      prev = p, prev_len = len;
    p = next;
  }
  return CSQ_OK;
}
