/*
 * patterns.c — the patterns the readers and the tree builder read with:
 * article headings, headings, list markers and metadata lines.
 */
#include <string.h>

#include "reading/reading.h"

static const char *const PATTERN_FILES[CSQ_PAT_COUNT] = {
    [CSQ_PAT_ARTICLE_HEADING] = "grammar/article_heading.pcre",
    [CSQ_PAT_HEADING] = "grammar/heading.pcre",
    [CSQ_PAT_LIST_MARKER] = "grammar/list_marker.pcre",
    [CSQ_PAT_METADATA] = "grammar/metadata.pcre",
};

csq_status csq__grammar_init(csq_grammar *g, csq_error *err) {
  memset(g, 0, sizeof *g);
  for (int id = 0; id < CSQ_PAT_COUNT; id++) {
    csq_status st = csq__pattern_compile(&g->pattern[id], PATTERN_FILES[id], PCRE2_ANCHORED, err);
    if (st != CSQ_OK) {
      csq__grammar_release(g);
      return st;
    }
  }
  return CSQ_OK;
}

void csq__grammar_release(csq_grammar *g) {
  for (int id = 0; id < CSQ_PAT_COUNT; id++)
    csq__pattern_release(&g->pattern[id]);
}

int csq__grammar_match(const csq_grammar *g, csq_pattern_id id, const char *s, size_t len,
                       PCRE2_SIZE **ovector) {
  return csq__pattern_match(&g->pattern[id], s, len, 0, ovector);
}

int csq__grammar_group(const csq_grammar *g, csq_pattern_id id, const char *name) {
  return csq__pattern_group(&g->pattern[id], name);
}

size_t csq__node_body_start(const csq_grammar *g, const csq_node *n) {
  PCRE2_SIZE *ov;
  if (n->kind < CSQ_SUBPARAGRAPH ||
      !csq__grammar_match(g, CSQ_PAT_LIST_MARKER, n->text, n->text_len, &ov))
    return 0;
  return ov[1];
}
