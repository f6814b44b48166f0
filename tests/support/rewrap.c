/*
 * rewrap.c — see rewrap.h.
 */
#include "rewrap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

csq_rewrap_options csq_rewrap_pdf_like(int width, int trailing_space) {
  csq_rewrap_options o = {0};
  o.width = width;
  o.trailing_space = trailing_space;
  o.blank_lines = 1;
  o.page_lines = 37; /* about a page of the PDF; any number will do */
  o.kinsoku = 1;
  o.title = 0; /* the seed has none: its name comes from elsewhere */
  o.links = 1;
  return o;
}

/* ---- writing ------------------------------------------------------------ */

typedef struct writer {
  FILE *out;
  const csq_rewrap_options *opt;
  int lines; /* lines written, for page breaks */
} writer;

/* One line of output, with the decorations the options ask for. */
static void put_line(writer *w, const char *s, size_t len, int ends_node) {
  int page_break = w->opt->page_lines > 0 && w->lines > 0 && w->lines % w->opt->page_lines == 0;
  if (page_break)
    fputc(' ', w->out); /* the PDF copy opens a page's first line with a space */
  fwrite(s, 1, len, w->out);
  if (ends_node && w->opt->trailing_space)
    fputc(' ', w->out);
  fputc('\n', w->out);
  w->lines++;
  /* The line before a page break has no blank line after it (as in the seed). */
  int next_breaks = w->opt->page_lines > 0 && w->lines % w->opt->page_lines == 0;
  if (w->opt->blank_lines && !next_breaks)
    fputc('\n', w->out);
}

typedef struct glyph {
  int32_t at; /* byte offset */
  int width;  /* display columns */
  UChar32 c;
} glyph;

static int glyph_width(UChar32 c) {
  if (c < 0)
    return 1;
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/* Characters a line may not open with (closing punctuation) or end with
 * (opening brackets): the kinsoku rule the PDF's typesetter follows, which
 * is why the seed has lines one character short. */
static int no_line_start(UChar32 c) {
  return (c == 0xFF0C || c == 0x3001 || c == 0x3002 || c == 0xFF1B || c == 0xFF1A || c == 0xFF01 ||
          c == 0xFF1F || c == 0xFF09 || c == 0x300D || c == 0x300F || c == 0x3011 || c == 0x3015 ||
          c == 0x300B || c == 0x3009); /* ，、。；：！？）」』】〕》〉 */
}

static int no_line_end(UChar32 c) { /* （「『【〔《〈 */
  return c == 0xFF08 || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3014 || c == 0x300A ||
         c == 0x3008;
}

static int is_space_char(UChar32 c) { return c == ' ' || c == '\t' || c == 0x3000; }

/* Where the line that starts at glyph `start` ends (exclusive). */
static size_t line_end(const glyph *g, size_t n, size_t start, const csq_rewrap_options *opt) {
  int used = 0;
  size_t end = start;
  while (end < n && (used + g[end].width <= opt->width || end == start))
    used += g[end++].width;
  if (end == n)
    return end;
  /* Kinsoku, as the PDF's typesetter does it: no closing punctuation at a
   * line's start, no opening bracket at its end, so 「對象，」 pushes 象 down
   * and 「（構）、」 moves as one piece (the seed's lines one to three
   * characters short). */
  for (int step = 0; opt->kinsoku && step < 3 && end > start + 1; step++) {
    if (!no_line_start(g[end].c) && !no_line_end(g[end - 1].c))
      break;
    end--;
  }
  /* No line starts or ends with a space: the reader trims them away. */
  for (int step = 0; step < 8 && end > start + 1; step++) {
    if (!is_space_char(g[end].c) && !is_space_char(g[end - 1].c))
      break;
    end--;
  }
  return end;
}

static glyph *glyphs_of(const char *s, size_t len, size_t *count) {
  glyph *g = malloc((len + 1) * sizeof *g);
  if (!g)
    return NULL;
  size_t n = 0;
  int32_t i = 0, total = (int32_t)len;
  while (i < total) {
    g[n].at = i;
    U8_NEXT(s, i, total, g[n].c);
    g[n].width = glyph_width(g[n].c);
    n++;
  }
  g[n].at = total; /* a sentinel: the end of the last glyph */
  *count = n;
  return g;
}

/* One piece of text (a node's text, or one row of a table) wrapped. */
static int put_wrapped(writer *w, const char *s, size_t len, int ends_node) {
  size_t n;
  glyph *g = glyphs_of(s, len, &n);
  if (!g)
    return -1;
  for (size_t start = 0; start < n;) {
    size_t end = line_end(g, n, start, w->opt);
    put_line(w, s + g[start].at, (size_t)(g[end].at - g[start].at), ends_node && end == n);
    start = end;
  }
  free(g);
  return 0;
}

/* A node's own text; the rows of a table each start a line. */
static int put_text(writer *w, const csq_node *node) {
  size_t len;
  const char *text = csq_node_text(node, &len);
  while (len) {
    const char *nl = memchr(text, '\n', len);
    size_t piece = nl ? (size_t)(nl - text) : len;
    const char *p = text;
    size_t pl = piece;
    while (pl && (*p == ' ' || *p == '\t'))
      p++, pl--;
    while (pl && (p[pl - 1] == ' ' || p[pl - 1] == '\t'))
      pl--;
    if (pl && put_wrapped(w, p, pl, !nl) != 0)
      return -1;
    if (!nl)
      break;
    text = nl + 1;
    len -= piece + 1;
  }
  return 0;
}

static int put_node(writer *w, const csq_node *node) {
  csq_kind kind = csq_node_kind(node);
  if (kind == CSQ_ARTICLE) {
    char head[96];
    int n = snprintf(head, sizeof head, "第 %s 條", csq_node_num(node));
    put_line(w, head, (size_t)n, 1);
  } else if (csq_kind_is_heading(kind)) {
    size_t len;
    const char *text = csq_node_text(node, &len);
    put_line(w, text, len, 1);
  } else if (kind != CSQ_LAW && put_text(w, node) != 0) {
    return -1;
  }
  for (const csq_node *c = csq_node_first_child(node); c; c = csq_node_next(c))
    if (put_node(w, c) != 0)
      return -1;
  return 0;
}

/* The links a copy of the PDF ends with: one per article of the last page. */
static void put_links(writer *w, const csq_law *law) {
  const char *id = csq_law_id(law);
  if (!id[0])
    return;
  const csq_node *last[4] = {0};
  size_t seen = 0;
  for (size_t i = 0;; i++) {
    char eid[32];
    snprintf(eid, sizeof eid, "art_%zu", i + 1);
    const csq_node *a = csq_law_find(law, eid);
    if (!a)
      break;
    last[seen++ % 4] = a;
  }
  fputc('\n', w->out);
  for (size_t k = seen > 4 ? seen - 4 : 0; k < seen; k++)
    fprintf(w->out, "https://law.moj.gov.tw/LawClass/LawSingle.aspx?pcode=%s&flno=%s\n", id,
            csq_node_num(last[k % 4]));
}

char *csq_rewrap_law(const csq_law *law, const csq_rewrap_options *opt, size_t *len) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  if (!out)
    return NULL;
  writer w = {out, opt, 0};
  fputc('\n', out); /* the seed opens with an empty line */
  if (opt->title)
    put_line(&w, csq_law_name(law), strlen(csq_law_name(law)), 1);
  int failed = put_node(&w, csq_law_root(law));
  if (opt->links)
    put_links(&w, law);
  if (fclose(out) != 0 || failed) {
    free(buf);
    return NULL;
  }
  if (len)
    *len = size;
  return buf;
}

/* ---- comparing ------------------------------------------------------------ */

static int same_node(const csq_node *a, const csq_node *b) {
  size_t la, lb;
  const char *ta = csq_node_text(a, &la), *tb = csq_node_text(b, &lb);
  if (csq_node_kind(a) != csq_node_kind(b) || strcmp(csq_node_num(a), csq_node_num(b)) != 0 ||
      strcmp(csq_node_eid(a), csq_node_eid(b)) != 0 || la != lb || memcmp(ta, tb, la) != 0 ||
      csq_node_child_count(a) != csq_node_child_count(b))
    return 0;
  const csq_node *ca = csq_node_first_child(a), *cb = csq_node_first_child(b);
  for (; ca && cb; ca = csq_node_next(ca), cb = csq_node_next(cb))
    if (!same_node(ca, cb))
      return 0;
  return 1;
}

int csq_rewrap_same_tree(const csq_law *a, const csq_law *b) {
  return same_node(csq_law_root(a), csq_law_root(b));
}

/* An article's text with its spaces and line breaks left out (wrapping
 * loses those), and where each of its nodes begins in it. */
typedef struct stream {
  char *text;
  size_t len, cap;
  size_t *starts; /* byte offsets into text, one per node, in document order */
  const csq_node **nodes;
  size_t count, node_cap;
} stream;

static int is_dropped(const char *s, size_t left, size_t *step) {
  if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
    *step = 1;
    return 1;
  }
  if (left >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0) { /* U+3000 */
    *step = 3;
    return 1;
  }
  return 0;
}

static int stream_add(stream *st, const csq_node *node) {
  if (st->count == st->node_cap) {
    st->node_cap = st->node_cap ? st->node_cap * 2 : 16;
    size_t *s = realloc(st->starts, st->node_cap * sizeof *s);
    if (s)
      st->starts = s;
    const csq_node **n = realloc(st->nodes, st->node_cap * sizeof *n);
    if (n)
      st->nodes = n;
    if (!s || !n)
      return -1;
  }
  size_t len;
  const char *t = csq_node_text(node, &len);
  if (st->len + len + 1 > st->cap) {
    st->cap = (st->len + len + 1) * 2;
    char *grown = realloc(st->text, st->cap);
    if (!grown)
      return -1;
    st->text = grown;
  }
  st->starts[st->count] = st->len;
  st->nodes[st->count++] = node;
  for (size_t i = 0; i < len;) {
    size_t step;
    if (is_dropped(t + i, len - i, &step)) {
      i += step;
      continue;
    }
    st->text[st->len++] = t[i++];
  }
  st->text[st->len] = '\0';
  for (const csq_node *c = csq_node_first_child(node); c; c = csq_node_next(c))
    if (stream_add(st, c) != 0)
      return -1;
  return 0;
}

static void stream_free(stream *st) {
  free(st->text);
  free(st->starts);
  free(st->nodes);
}

/* Whether a node other than the article itself begins at `at`; *node
 * receives the first one. */
static int starts_at(const stream *st, size_t at, const csq_node **node) {
  for (size_t i = 1; i < st->count; i++)
    if (st->starts[i] == at) {
      *node = st->nodes[i];
      return 1;
    }
  return 0;
}

/* The reference node that holds byte `at` (the last one to start at or
 * before it). */
static const csq_node *node_at(const stream *st, size_t at) {
  const csq_node *n = st->nodes[0];
  for (size_t i = 1; i < st->count && st->starts[i] <= at; i++)
    n = st->nodes[i];
  return n;
}

static void context(const stream *st, size_t at, csq_boundary_error *e) {
  int32_t from = (int32_t)at, to = (int32_t)at, n = (int32_t)st->len;
  for (int k = 0; k < 8 && from > 0; k++)
    U8_BACK_1((const uint8_t *)st->text, 0, from);
  for (int k = 0; k < 8 && to < n; k++)
    U8_FWD_1(st->text, to, n);
  snprintf(e->before, sizeof e->before, "%.*s", (int)((int32_t)at - from), st->text + from);
  snprintf(e->after, sizeof e->after, "%.*s", (int)(to - (int32_t)at), st->text + at);
}

int csq_rewrap_node_has_table(const csq_node *node) {
  size_t len;
  const char *t = csq_node_text(node, &len);
  if (memchr(t, '\n', len))
    return 1;
  for (size_t i = 0; i + 2 < len; i++)
    if (t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' ')
      return 1;
  for (const csq_node *c = csq_node_first_child(node); c; c = csq_node_next(c))
    if (csq_rewrap_node_has_table(c))
      return 1;
  return 0;
}

int csq_rewrap_has_table(const csq_law *law) {
  return csq_rewrap_node_has_table(csq_law_root(law));
}

static size_t compare_article(const csq_node *ra, const csq_node *ga, csq_boundary_stats *stats,
                              csq_boundary_fn fn, void *ctx, int *oom) {
  stream r = {0}, g = {0};
  size_t errors = 0;
  if (stream_add(&r, ra) != 0 || (ga && stream_add(&g, ga) != 0)) {
    *oom = 1;
    goto done;
  }
  for (size_t at = 1; at < r.len; at++) {
    const csq_node *rn;
    stats->expected += starts_at(&r, at, &rn);
  }
  if (!ga || r.len != g.len || memcmp(r.text, g.text, r.len) != 0) {
    stats->articles_missing++;
    errors++;
    goto done;
  }
  for (size_t at = 1; at < r.len; at++) {
    const csq_node *rn = NULL, *gn = NULL;
    int in_r = starts_at(&r, at, &rn), in_g = starts_at(&g, at, &gn);
    stats->found += in_g;
    stats->matched += in_r && in_g;
    if (in_r == in_g)
      continue;
    errors++;
    if (!fn)
      continue;
    csq_boundary_error e;
    memset(&e, 0, sizeof e);
    e.eid = csq_node_eid(ra);
    e.missed = in_r;
    const csq_node *ref = in_r ? rn : node_at(&r, at);
    e.ref_kind = csq_node_kind(ref);
    size_t tl;
    const char *t = csq_node_text(ref, &tl);
    e.in_table = memchr(t, '\n', tl) != NULL;
    if (!in_r) { /* a table anywhere in the node before counts too */
      const csq_node *prev = node_at(&r, at);
      t = csq_node_text(prev, &tl);
      e.in_table |= memchr(t, '\n', tl) != NULL;
    }
    context(&r, at, &e);
    fn(ctx, &e);
  }
done:
  stream_free(&r);
  stream_free(&g);
  return errors;
}

static size_t compare_under(const csq_node *n, const csq_law *got, csq_boundary_stats *stats,
                            csq_boundary_fn fn, void *ctx, int *oom) {
  size_t errors = 0;
  for (const csq_node *c = csq_node_first_child(n); c && !*oom; c = csq_node_next(c)) {
    if (csq_node_kind(c) == CSQ_ARTICLE) {
      stats->articles++;
      if (csq_rewrap_node_has_table(c)) {
        stats->articles_table++;
        continue;
      }
      const csq_node *gc = csq_law_find(got, csq_node_eid(c));
      if (gc && csq_node_kind(gc) != CSQ_ARTICLE)
        gc = NULL;
      errors += compare_article(c, gc, stats, fn, ctx, oom);
    } else if (csq_kind_is_heading(csq_node_kind(c))) {
      errors += compare_under(c, got, stats, fn, ctx, oom);
    }
  }
  return errors;
}

size_t csq_rewrap_compare(const csq_law *ref, const csq_law *got, csq_boundary_stats *stats,
                          csq_boundary_fn fn, void *ctx) {
  int oom = 0;
  size_t errors = compare_under(csq_law_root(ref), got, stats, fn, ctx, &oom);
  return oom ? (size_t)-1 : errors;
}
