/*
 * grammar.c — compiles the patterns of grammar/ (embedded at build time)
 * with PCRE2, JIT-compiled where the platform supports it.
 */
#include <string.h>

#include "base/base.h"

static const char *const PATTERN_FILES[CSQ_PAT_COUNT] = {
    [CSQ_PAT_ARTICLE_HEADING] = "grammar/article_heading.pcre",
    [CSQ_PAT_HEADING] = "grammar/heading.pcre",
    [CSQ_PAT_LIST_MARKER] = "grammar/list_marker.pcre",
    [CSQ_PAT_METADATA] = "grammar/metadata.pcre",
    [CSQ_PAT_QUERY] = "grammar/query.pcre",
    [CSQ_PAT_CITATION] = "grammar/citation.pcre",
};

/* Patterns that search a text rather than read it from its start. */
static int is_search_pattern(csq_pattern_id id) { return id == CSQ_PAT_CITATION; }

csq_status csq__grammar_compile(const char *file, uint32_t flags, pcre2_code **code,
                                pcre2_match_data **match, csq_error *err) {
  const csq_embedded_file *f = csq__embedded_find(file);
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, file, -1, "grammar file is not embedded in this build");
  int rc;
  PCRE2_SIZE at;
  /* Extended syntax so that the files can carry comments and layout. The
   * subjects are validated UTF-8 (csq__check_utf8 or jansson), so the
   * per-match UTF check is skipped. */
  *code = pcre2_compile((PCRE2_SPTR)f->data, f->size,
                        PCRE2_EXTENDED | PCRE2_UTF | PCRE2_NO_UTF_CHECK | flags, &rc, &at, NULL);
  if (!*code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    return csq__fail(err, CSQ_INTERNAL, file, (long long)at, "pattern does not compile: %s",
                     (const char *)msg);
  }
  pcre2_jit_compile(*code, PCRE2_JIT_COMPLETE); /* optional speed-up */
  *match = pcre2_match_data_create_from_pattern(*code, NULL);
  if (!*match)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  return CSQ_OK;
}

static csq_status compile_one(csq_grammar *g, csq_pattern_id id, csq_error *err) {
  return csq__grammar_compile(PATTERN_FILES[id], is_search_pattern(id) ? 0 : PCRE2_ANCHORED,
                              &g->code[id], &g->match[id], err);
}

csq_status csq__grammar_init(csq_grammar *g, csq_error *err) {
  memset(g, 0, sizeof *g);
  for (int id = 0; id < CSQ_PAT_COUNT; id++) {
    csq_status st = compile_one(g, (csq_pattern_id)id, err);
    if (st != CSQ_OK) {
      csq__grammar_release(g);
      return st;
    }
  }
  return CSQ_OK;
}

void csq__grammar_release(csq_grammar *g) {
  for (int id = 0; id < CSQ_PAT_COUNT; id++) {
    pcre2_match_data_free(g->match[id]);
    pcre2_code_free(g->code[id]);
    g->match[id] = NULL;
    g->code[id] = NULL;
  }
}

int csq__grammar_match(const csq_grammar *g, csq_pattern_id id,
                       const char *s, size_t len, PCRE2_SIZE **ovector) {
  int rc = pcre2_match(g->code[id], (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK,
                       g->match[id], NULL);
  if (rc <= 0)
    return 0;
  *ovector = pcre2_get_ovector_pointer(g->match[id]);
  return rc;
}

int csq__grammar_group(const csq_grammar *g, csq_pattern_id id,
                       const char *name) {
  int n = pcre2_substring_number_from_name(g->code[id], (PCRE2_SPTR)name);
  return n > 0 ? n : -1;
}
