/*
 * tree_dump.c — see tree_dump.h.
 */
#include "tree_dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void dump_node(FILE *out, const csq_node *n, int depth) {
  size_t len;
  const char *text = csq_node_text(n, &len);
  fprintf(out, "%*s%s %s %s %s |", depth * 2, "", csq_kind_name(csq_node_kind(n)),
          csq_node_num(n), csq_node_eid(n), csq_node_cite(n));
  if (len)
    fputc(' ', out);
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '\n')
      fputs("⏎", out);
    else
      fputc(text[i], out);
  }
  fputc('\n', out);
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    dump_node(out, c, depth + 1);
}

char *csq_test_dump_law(const csq_law *law) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  if (!out)
    return NULL;
  fprintf(out, "law id=%s name=%s version=%s level=%s status=%s parent=%s %s\n",
          csq_law_id(law), csq_law_name(law), csq_law_version(law), csq_law_level(law),
          csq_law_is_repealed(law) ? "repealed" : "in-force", csq_law_parent_id(law),
          csq_law_parent_name(law));
  for (const csq_node *c = csq_node_first_child(csq_law_root(law)); c; c = csq_node_next(c))
    dump_node(out, c, 1);
  fclose(out);
  return buf;
}
