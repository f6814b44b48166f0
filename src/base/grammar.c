/*
 * grammar.c — compiles the patterns of grammar/ (embedded at build time)
 * with PCRE2, JIT-compiled where the platform supports it.
 */
#include <string.h>

#include "base/base.h"

static int is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* One word as a literal of the pattern: ASCII punctuation escaped. */
static int put_literal(csq_buf *out, const char *w) {
  int fail = 0;
  for (; *w && !fail; w++) {
    int punct = (unsigned char)*w < 0x80 && !is_name_char(*w) && !(*w >= 'A' && *w <= 'Z');
    fail = (punct && csq__buf_append(out, "\\", 1)) || csq__buf_append(out, w, 1);
  }
  return fail;
}

/* The pattern with each @NAME replaced by (?:word|word…) of that list of
 * grammar/words.tsv, so that a list lives there once. */
static csq_status expand_lists(const char *file, const char *src, size_t len, csq_buf *out,
                               csq_error *err) {
  for (size_t i = 0; i < len;) {
    const char *at = memchr(src + i, '@', len - i);
    size_t upto = at ? (size_t)(at - src) : len, name = upto + 1, end = name;
    if (csq__buf_append(out, src + i, upto - i) != 0)
      return csq__oom(err);
    if (!at)
      break;
    while (end < len && is_name_char(src[end]))
      end++;
    const csq__word_list *list = csq__word_list_find(src + name, end - name);
    if (!list)
      return csq__fail(err, CSQ_INTERNAL, file, (long long)upto,
                       "@%.*s names no list of grammar/words.tsv", (int)(end - name), src + name);
    int fail = csq__buf_puts(out, "(?:");
    for (size_t k = 0; k < list->count && !fail; k++)
      fail = (k && csq__buf_puts(out, "|")) || put_literal(out, list->words[k]);
    if (fail || csq__buf_puts(out, ")") != 0)
      return csq__oom(err);
    i = end;
  }
  return CSQ_OK;
}

csq_status csq__pattern_compile_text(csq_pattern *p, const char *name, const char *text, size_t len,
                                     uint32_t flags, csq_error *err) {
  memset(p, 0, sizeof *p);
  csq_buf src = {0};
  csq_status st = expand_lists(name, text, len, &src, err);
  if (st != CSQ_OK) {
    csq__buf_free(&src);
    return st;
  }
  int rc;
  PCRE2_SIZE at;
  /* Extended syntax so that the files can carry comments and layout. */
  p->code = pcre2_compile((PCRE2_SPTR)(src.data ? src.data : ""), src.len,
                          PCRE2_EXTENDED | PCRE2_UTF | PCRE2_NO_UTF_CHECK | flags, &rc, &at, NULL);
  csq__buf_free(&src);
  if (!p->code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    return csq__fail_cause(err, CSQ_INTERNAL, rc, name, (long long)at,
                           "pattern does not compile: %s", (const char *)msg);
  }
  pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE); /* optional speed-up */
  p->match = pcre2_match_data_create_from_pattern(p->code, NULL);
  if (!p->match) {
    csq__pattern_release(p);
    return csq__oom(err);
  }
  return CSQ_OK;
}

csq_status csq__pattern_compile(csq_pattern *p, const char *file, uint32_t flags, csq_error *err) {
  memset(p, 0, sizeof *p);
  const csq_embedded_file *f = csq__embedded_find(file);
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, file, -1, "grammar file is not embedded in this build");
  return csq__pattern_compile_text(p, file, (const char *)f->data, f->size, flags, err);
}

void csq__pattern_release(csq_pattern *p) {
  pcre2_match_data_free(p->match);
  pcre2_code_free(p->code);
  p->match = NULL;
  p->code = NULL;
}

int csq__pattern_match(const csq_pattern *p, const char *s, size_t len, size_t from,
                       PCRE2_SIZE **ovector) {
  int rc = pcre2_match(p->code, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, p->match, NULL);
  if (rc <= 0)
    return 0;
  *ovector = pcre2_get_ovector_pointer(p->match);
  return rc;
}

int csq__pattern_group(const csq_pattern *p, const char *name) {
  int n = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)name);
  return n > 0 ? n : -1;
}
