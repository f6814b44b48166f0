/*
 * grammar.c — compiles the patterns of grammar/ (embedded at build time)
 * with PCRE2, JIT-compiled where the platform supports it.
 */
#include <string.h>

#include "base/base.h"

csq_status csq__pattern_compile(csq_pattern *p, const char *file, uint32_t flags,
                                csq_error *err) {
  memset(p, 0, sizeof *p);
  const csq_embedded_file *f = csq__embedded_find(file);
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, file, -1, "grammar file is not embedded in this build");
  int rc;
  PCRE2_SIZE at;
  /* Extended syntax so that the files can carry comments and layout. */
  p->code = pcre2_compile((PCRE2_SPTR)f->data, f->size,
                          PCRE2_EXTENDED | PCRE2_UTF | PCRE2_NO_UTF_CHECK | flags, &rc, &at, NULL);
  if (!p->code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    return csq__fail_cause(err, CSQ_INTERNAL, rc, file, (long long)at,
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

void csq__pattern_release(csq_pattern *p) {
  pcre2_match_data_free(p->match);
  pcre2_code_free(p->code);
  p->match = NULL;
  p->code = NULL;
}

int csq__pattern_match(const csq_pattern *p, const char *s, size_t len, size_t from,
                       PCRE2_SIZE **ovector) {
  int rc =
      pcre2_match(p->code, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, p->match, NULL);
  if (rc <= 0)
    return 0;
  *ovector = pcre2_get_ovector_pointer(p->match);
  return rc;
}

int csq__pattern_group(const csq_pattern *p, const char *name) {
  int n = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)name);
  return n > 0 ? n : -1;
}
