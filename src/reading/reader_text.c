/*
 * reader_text.c — plain-text laws, in two layouts:
 *
 *  - wrapped, as copied from a PDF of law.moj.gov.tw (the seed): lines
 *    wrapped at a fixed width with blank lines between them, a trailing
 *    space after some, a leading space after page breaks, 「第 N 條」 on a
 *    line of its own and the source links at the end. Where a paragraph or
 *    subparagraph ends is recovered from the text: see wrapped_break().
 *  - one paragraph per line, with an optional header (法規名稱：, 修正日期：)
 *    and indented 章/節 headings (taiwan-laws-md); lines.c joins those.
 *
 * The layout is told from the widths of the lines (is_wrapped()).
 */
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

typedef enum {
  TL_BLANK,
  TL_META,    /* header field or source link */
  TL_ARTICLE, /* 第 N 條 */
  TL_HEADING, /* 第 一 章 總則 */
  TL_BODY
} line_type;

typedef struct text_line {
  const char *raw; /* the line as in the file, without its line break */
  size_t raw_len;
  const char *text; /* trimmed */
  size_t len;
  long long offset; /* of raw in the file */
  line_type type;
  int width;    /* display columns: 2 for wide (CJK) characters */
  int trailing; /* the raw line ends with a space (the PDF copy's mark of a node's end) */
} text_line;

typedef struct text_doc {
  const csq_mem *mem;
  CSQ_VEC(text_line) lines;
  int wrap_width; /* the widest body line, when wrapped; 0 otherwise */
  int marks_ends; /* wrapped, and trailing spaces mark the lines that end a node */
  csq_law_meta meta;
  char id[16], version[16];
  const char *name;
  size_t name_len;
  int name_from_header; /* 法規名稱： rather than a guessed title line */
} text_doc;

static csq_status split_lines(const char *data, size_t len, const char *source, text_doc *doc,
                              csq_error *err) {
  size_t at = csq__bom_len(data, len);
  while (at < len) {
    size_t end = at;
    while (end < len && data[end] != '\n' && data[end] != '\r')
      end++;
    if (end - at > CSQ_MAX_LINE)
      return csq__fail(err, CSQ_BAD_INPUT, source, (long long)at,
                       "a line of %zu bytes; csquery reads lines of up to %d bytes "
                       "(docs/reliability.md)",
                       end - at, CSQ_MAX_LINE);
    if (csq__vec_grow(doc->mem, &doc->lines, 1) != 0)
      return csq__oom(err);
    text_line *l = &doc->lines.items[doc->lines.count++];
    memset(l, 0, sizeof *l);
    l->raw = data + at;
    l->raw_len = end - at;
    l->offset = (long long)at;
    l->text = l->raw;
    l->len = l->raw_len;
    l->trailing = l->raw_len > 0 && l->raw[l->raw_len - 1] == ' ';
    csq__trim(&l->text, &l->len);
    if (end < len && data[end] == '\r' && end + 1 < len && data[end + 1] == '\n')
      end++;
    at = end + 1;
  }
  return CSQ_OK;
}

static void copy_group(const char *s, const PCRE2_SIZE *ov, int rc, int group, char *buf,
                       size_t size) {
  buf[0] = '\0';
  if (group > 0 && group < rc && ov[2 * group] != PCRE2_UNSET)
    snprintf(buf, size, "%.*s", (int)(ov[2 * group + 1] - ov[2 * group]), s + ov[2 * group]);
}

/* 法規名稱：X → name; 修正日期：20250924 → version; a link → the pcode. */
static void take_metadata(const csq_grammar *g, text_doc *doc, text_line *l, const PCRE2_SIZE *ov,
                          int rc) {
  char key[64], value[256], pcode[16];
  copy_group(l->text, ov, rc, csq__grammar_group(g, CSQ_PAT_METADATA, "key"), key, sizeof key);
  copy_group(l->text, ov, rc, csq__grammar_group(g, CSQ_PAT_METADATA, "value"), value,
             sizeof value);
  copy_group(l->text, ov, rc, csq__grammar_group(g, CSQ_PAT_METADATA, "pcode"), pcode,
             sizeof pcode);
  if (pcode[0] && !doc->id[0])
    snprintf(doc->id, sizeof doc->id, "%s", pcode);
  if (strcmp(key, CSQ_WORD_HEADER_NAME) == 0) {
    int group = csq__grammar_group(g, CSQ_PAT_METADATA, "value");
    doc->name = l->text + ov[2 * group];
    doc->name_len = ov[2 * group + 1] - ov[2 * group];
    doc->name_from_header = 1;
  } else if (strcmp(key, CSQ_WORD_HEADER_AMENDED) == 0 ||
             strcmp(key, CSQ_WORD_HEADER_PROMULGATED) == 0) {
    if (strlen(value) == 8 && strspn(value, "0123456789") == 8 &&
        (strcmp(key, CSQ_WORD_HEADER_AMENDED) == 0 || !doc->version[0]))
      snprintf(doc->version, sizeof doc->version, "%.4s-%.2s-%.2s", value, value + 4, value + 6);
  } else if (strcmp(key, CSQ_WORD_HEADER_CATEGORY) == 0) {
    static const char *const LEVELS[] = {CSQ_WORD_LEVEL_ACT, CSQ_WORD_LEVEL_REGULATION,
                                         CSQ_WORD_LEVEL_CONSTITUTION};
    int i = csq__starts_with_any(value, strlen(value), LEVELS, 3);
    doc->meta.level = i >= 0 ? LEVELS[i] : doc->meta.level;
  } else if (strcmp(key, CSQ_WORD_HEADER_REPEALED) == 0 && value[0]) {
    doc->meta.repealed = 1;
  }
}

/* A heading line is short and ends no sentence: 「第 一 章 總則」. */
static int is_heading(const csq_grammar *g, const text_line *l) {
  PCRE2_SIZE *ov;
  return l->len < 200 && csq__grammar_match(g, CSQ_PAT_HEADING, l->text, l->len, &ov) > 0;
}

static void classify(const csq_grammar *g, text_doc *doc) {
  int seen_article = 0;
  for (size_t i = 0; i < doc->lines.count; i++) {
    text_line *l = &doc->lines.items[i];
    PCRE2_SIZE *ov;
    int rc;
    if (l->len == 0) {
      l->type = TL_BLANK;
    } else if (csq__grammar_match(g, CSQ_PAT_ARTICLE_HEADING, l->text, l->len, &ov) > 0) {
      l->type = TL_ARTICLE;
      seen_article = 1;
    } else if (is_heading(g, l)) {
      l->type = TL_HEADING;
    } else if ((rc = csq__grammar_match(g, CSQ_PAT_METADATA, l->text, l->len, &ov)) > 0 &&
               (!seen_article || l->text[0] == 'h')) {
      l->type = TL_META;
      take_metadata(g, doc, l, ov, rc);
    } else {
      l->type = TL_BODY;
    }
    l->width = csq__display_width(l->text, l->len);
  }
}

/* Wrapped text has many full lines (as wide as the widest one, give or
 * take the character that kinsoku pushes down) that stop in the middle of a
 * sentence; text with one paragraph per line has widths all over the range,
 * and its few widest lines end a sentence. */
static void detect_layout(text_doc *doc) {
  int widest = 0;
  size_t body = 0, full = 0, open_full = 0, trailing = 0, unmarked_full = 0, unmarked_short = 0;
  for (size_t i = 0; i < doc->lines.count; i++)
    if (doc->lines.items[i].type == TL_BODY && doc->lines.items[i].width > widest)
      widest = doc->lines.items[i].width;
  for (size_t i = 0; i < doc->lines.count; i++) {
    const text_line *l = &doc->lines.items[i];
    if (l->type != TL_BODY)
      continue;
    int is_full = l->width >= widest - 4;
    body++;
    full += is_full;
    open_full += is_full && !csq__ends_clause(l->text, l->len);
    trailing += l->trailing;
    unmarked_full += !l->trailing && is_full;
    unmarked_short += !l->trailing && !is_full;
  }
  int wrapped = body >= 4 && full >= 3 && (full * 4 >= body || open_full * 2 >= full);
  /* The PDF copy ends the last line of every node with a space and no other
   * line: then the lines without that mark are full, but for the odd one
   * that a break next to spaced Latin text (「A  級」) leaves short. More
   * short ones, and the spaces are noise; no full line without the mark,
   * and nothing was wrapped (a Markdown file ending every line with
   * spaces). */
  doc->marks_ends = trailing >= 3 && unmarked_full >= 3 && unmarked_short * 20 <= unmarked_full;
  doc->wrap_width = wrapped || doc->marks_ends ? widest : 0;
}

static int ends_sentence(const text_line *l) {
  return csq__ends_with_any(l->text, l->len, CSQ__WORDS(sentence_ends)) >= 0;
}

/* Words that go on with the sentence before them far more often than they
 * open a paragraph, measured over the national corpus (after 。 inside a
 * paragraph vs at a paragraph's start: 但 23106:141, 必 665:83, 如 1603:323,
 * 若 256:57, 屆 161:39, 其 3149:1130, 該 449:205, 逾 258:152; see
 * docs/text-formats.md). A bracket that is not a list marker (（格式三）)
 * goes on too. */
static int continues_sentence(const text_line *l) {
  return csq__starts_with_any(l->text, l->len, CSQ__WORDS(sentence_goes_on)) >= 0;
}

/* Whether a new node starts at `line`, which follows `prev` in a wrapped
 * text. The cues, strongest first:
 *  - where the copy marks node ends with a trailing space, that mark;
 *  - a list marker that continues the open list (or starts one), unless the
 *    line before stops where a number goes on (、 ， 第 之 及 或 與 至);
 *  - a line shorter than the wrap width ended its node (the rest of the
 *    line was empty). Kinsoku leaves a full line one or two characters
 *    short, three before an opening bracket, so "short" means more;
 *  - a full line that ends a sentence (。！？) ends its node, unless the
 *    next line opens with a word that goes on with the sentence (但, 其 …:
 *    continues_sentence()). Whether a full line ending with 。 ends its
 *    paragraph is the case the text cannot decide (docs/text-formats.md);
 *  - anything else is a wrap. */
static int wrapped_break(const csq_builder *b, const text_doc *doc, const text_line *prev,
                         const text_line *line) {
  if (doc->marks_ends)
    return prev->trailing;
  /* Kinsoku moves 「（構）、」 down as one piece: a line before an opening
   * bracket can be three characters short and still full. */
  int slack = csq__starts_with_any(line->text, line->len, CSQ__WORDS(brackets_open)) >= 0 ? 8 : 4;
  int prev_short = prev->width < doc->wrap_width - slack;
  /* 「有前項第 | 一、二、三、四各款」: a numeral list inside a sentence. */
  int mid_list = csq__ends_with_any(prev->text, prev->len, CSQ__WORDS(number_goes_on)) >= 0;
  if (csq__builder_marker_fits(b, line->text, line->len) && !mid_list)
    return 1;
  if (prev_short)
    return 1;
  if (ends_sentence(prev))
    return !continues_sentence(line);
  return 0;
}

/* In wrapped text a line can look like a heading (「第五款所定之事項」 has
 * the shape of 第N款 heading) or an article (第五條) only because the wrap
 * put it at a line's start: when the body line before it is full and open
 * (no trailing mark, no clause end), it goes on with that line. Real
 * headings and article lines are spaced (「第 3 條」, 「第一章 總則」) and
 * keep their place even after an open line (a paragraph ending without a
 * stop). */
static int has_space(const text_line *l) {
  return memchr(l->text, ' ', l->len) || csq__contains(l->text, l->len, CSQ_WORD_SPACE_IDEOGRAPHIC);
}

static void unmark_wrapped_headings(text_doc *doc) {
  const text_line *prev = NULL;
  for (size_t i = 0; i < doc->lines.count; i++) {
    text_line *l = &doc->lines.items[i];
    if (l->type == TL_BLANK || l->type == TL_META)
      continue;
    int open = prev && prev->type == TL_BODY && prev->width >= doc->wrap_width - 4 &&
               (doc->marks_ends ? !prev->trailing : !csq__ends_clause(prev->text, prev->len));
    /* A heading is short: one as wide as the text 「第二章、第四十七條第一項、
     * …」 opens a paragraph that cites a chapter. */
    int full_heading = l->type == TL_HEADING && l->width >= doc->wrap_width - 4;
    if ((l->type == TL_HEADING || l->type == TL_ARTICLE) && (open || full_heading) && !has_space(l))
      l->type = TL_BODY;
    prev = l;
  }
}

static csq_status read_body(csq_builder *b, const text_doc *doc, csq_error *err) {
  const text_line *prev = NULL;
  csq_line_joiner joiner = {1, 0};
  for (size_t i = 0; i < doc->lines.count; i++) {
    const text_line *l = &doc->lines.items[i];
    csq_status st = CSQ_OK;
    switch (l->type) {
    case TL_BLANK:
    case TL_META:
      continue;
    case TL_ARTICLE: {
      char num[64];
      if (csq__article_num(b->grammar, l->text, l->len, num, sizeof num) != 0)
        return csq__fail(err, CSQ_BAD_INPUT, b->source, l->offset, CSQ_MSG_ARTICLE_OUT_OF_RANGE);
      st = csq__builder_article(b, num, l->offset, err);
      prev = NULL;
      joiner = (csq_line_joiner){1, 0};
      break;
    }
    case TL_HEADING:
      st = csq__builder_heading(b, l->raw, l->raw_len, l->offset, err);
      prev = NULL;
      break;
    case TL_BODY:
      if (!b->article)
        continue; /* title or preamble lines before the first article */
      if (!doc->wrap_width)
        st = csq__joiner_line(&joiner, b, l->raw, l->raw_len, l->offset, err);
      else if (!prev || wrapped_break(b, doc, prev, l))
        st = csq__builder_block(b, l->text, l->len, l->offset, err);
      else
        st = csq__builder_append(b, l->text, l->len, 0, err);
      prev = l;
      break;
    }
    if (st != CSQ_OK)
      return st;
  }
  return CSQ_OK;
}

/* The first line before any article that is neither metadata nor a
 * sentence is taken as the law's title. */
static void find_title(text_doc *doc) {
  if (doc->name)
    return;
  for (size_t i = 0; i < doc->lines.count; i++) {
    const text_line *l = &doc->lines.items[i];
    if (l->type == TL_ARTICLE || l->type == TL_HEADING)
      return;
    if (l->type == TL_BODY && l->len < 120 && !csq__ends_clause(l->text, l->len) &&
        !memchr(l->text, ' ', l->len)) {
      doc->name = l->text;
      doc->name_len = l->len;
      return;
    }
  }
}

/* Where a text with no article should have had one: its first line of text
 * other than the title, or its end. */
static long long where_articles_were_expected(const text_doc *doc, long long end) {
  for (size_t i = 0; i < doc->lines.count; i++) {
    const text_line *l = &doc->lines.items[i];
    if (l->type == TL_BODY && l->text != doc->name)
      return l->offset;
  }
  return end;
}

csq_status csq__read_text(const csq_grammar *g, const csq_mem *mem, const char *data, size_t len,
                          const char *source, const csq_law_meta *defaults, csq_emit_fn emit,
                          void *ctx, csq_error *err) {
  text_doc doc;
  memset(&doc, 0, sizeof doc);
  doc.mem = mem;
  csq_status st = split_lines(data, len, source, &doc, err);
  if (st != CSQ_OK) {
    csq__vec_free(mem, &doc.lines);
    return st;
  }
  classify(g, &doc);
  detect_layout(&doc);
  if (doc.wrap_width)
    unmark_wrapped_headings(&doc);
  find_title(&doc);
  csq_builder b;
  st = csq__builder_init(&b, g, mem, source, err);
  if (st == CSQ_OK)
    st = read_body(&b, &doc, err);
  if (st != CSQ_OK) {
    csq__builder_abandon(&b);
    csq__vec_free(mem, &doc.lines);
    return st;
  }
  /* The file's own header wins over the defaults (the built-in manifest
   * gives what the seed does not say). */
  csq_law_meta meta = defaults ? *defaults : (csq_law_meta){0};
  char name[512] = "";
  if (doc.name && (doc.name_from_header || !meta.name)) {
    snprintf(name, sizeof name, "%.*s", (int)doc.name_len, doc.name);
    meta.name = name;
  }
  if (doc.id[0] && !meta.id)
    meta.id = doc.id;
  if (doc.version[0])
    meta.version = doc.version;
  if (doc.meta.level)
    meta.level = doc.meta.level;
  meta.repealed |= doc.meta.repealed;
  csq_law *law;
  st = csq__builder_finish(&b, &meta, &law, err);
  if (st == CSQ_BAD_INPUT && err && err->offset < 0)
    err->offset = where_articles_were_expected(&doc, (long long)len);
  csq__vec_free(mem, &doc.lines);
  if (st != CSQ_OK)
    return st;
  return emit(ctx, law, err);
}
