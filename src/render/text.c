/*
 * render_text.c — provisions as text for people: a heading with the law and
 * the citation, then the text, each paragraph on its own line and
 * subparagraphs and items indented beneath it.
 */
#include <errno.h>
#include <string.h>

#include "render/render.h"

static int indent_of(csq_kind kind) {
  switch (kind) {
  case CSQ_SUBPARAGRAPH:
    return 2;
  case CSQ_ITEM:
    return 4;
  case CSQ_SUBITEM:
    return 6;
  default:
    return 0;
  }
}

static void write_node(FILE *out, const csq_node *n, int top) {
  if (csq_kind_is_heading(n->kind)) {
    fprintf(out, "%s%s\n", top ? "" : "\n", n->text);
  } else if (n->kind == CSQ_ARTICLE) {
    if (!top)
      fprintf(out, "\n%s\n", n->cite);
  } else if (n->kind != CSQ_LAW && (n->text_len || n->kind != CSQ_PARAGRAPH)) {
    int indent = indent_of(n->kind);
    fprintf(out, "%*s", indent, "");
    /* Table rows keep their layout, each row on its own line. */
    for (const char *s = n->text; *s; s++) {
      fputc(*s, out);
      if (*s == '\n')
        fprintf(out, "%*s", indent, "");
    }
    fputc('\n', out);
  }
  for (const csq_node *c = n->first_child; c; c = c->next)
    write_node(out, c, 0);
}

csq_status csq_render_text(FILE *out, const csq_node *const *nodes,
                           size_t count, csq_error *err) {
  for (size_t i = 0; i < count; i++) {
    const csq_node *n = nodes[i];
    const csq_law *law = n->law;
    if (i)
      fputc('\n', out);
    if (n->kind == CSQ_LAW)
      fprintf(out, "%s%s%s%s\n", law->name, law->version[0] ? " (" : "", law->version,
              law->version[0] ? ")" : "");
    else
      fprintf(out, "%s %s\n", law->name, n->cite);
    write_node(out, n, 1);
  }
  if (fflush(out) != 0 || ferror(out))
    return csq__fail(err, CSQ_IO, "<stdout>", -1, "write failed: %s", strerror(errno));
  return CSQ_OK;
}

csq_status csq_render_hits_text(FILE *out, const csq_hits *hits, csq_error *err) {
  for (size_t i = 0; i < csq_hits_count(hits); i++)
    fprintf(out, "%s %s\n  %s\n", csq_hit_law_name(hits, i), csq_hit_cite(hits, i),
            csq_hit_snippet(hits, i));
  if (fflush(out) != 0 || ferror(out))
    return csq__fail(err, CSQ_IO, "<stdout>", -1, "write failed: %s", strerror(errno));
  return CSQ_OK;
}
