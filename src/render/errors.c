/*
 * errors.c — what went wrong, for people and programs: the error as one
 * line of text ("source: byte N: message"), or as JSON {"error":
 * {"status", "message", "source", "offset", "cause"}}
 * (docs/schema/csquery-error.schema.json).
 */
#include <string.h>
#include <unicode/utf8.h>

#include "render/render.h"

/* A status as a name programs can compare: not_found, bad_query, … */
static const char *status_id(csq_status status) {
  static const char *const IDS[] = {[CSQ_OK] = "ok",
                                    [CSQ_NOT_FOUND] = "not_found",
                                    [CSQ_BAD_QUERY] = "bad_query",
                                    [CSQ_BAD_INPUT] = "bad_input",
                                    [CSQ_BAD_DB] = "bad_db",
                                    [CSQ_IO] = "io",
                                    [CSQ_DB] = "db",
                                    [CSQ_ICU] = "icu",
                                    [CSQ_NO_MEMORY] = "no_memory",
                                    [CSQ_INTERNAL] = "internal"};
  return (unsigned)status < sizeof IDS / sizeof IDS[0] && IDS[status] ? IDS[status] : "internal";
}

/* A JSON string of s. A message or file name may quote bytes a user gave
 * that are not UTF-8, which JSON cannot hold: each becomes U+FFFD. */
static json_t *text_json(const char *s) {
  char fixed[3 * 1024];
  int32_t len = (int32_t)strlen(s), n = 0;
  for (int32_t i = 0; i < len && n + 4 < (int32_t)sizeof fixed;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      memcpy(fixed + n, "\xef\xbf\xbd", 3);
      n += 3;
    } else {
      memcpy(fixed + n, s + start, (size_t)(i - start));
      n += i - start;
    }
  }
  return json_stringn(fixed, (size_t)n);
}

static csq_status error_json(FILE *out, const csq_error *e, csq_error *err) {
  json_t *source = e->source[0] ? text_json(e->source) : json_null();
  json_t *offset = e->offset >= 0 ? json_integer((json_int_t)e->offset) : json_null();
  json_t *message = text_json(e->message);
  json_t *doc =
      json_pack("{s:{s:s, s:o, s:o, s:o, s:i}}", "error", "status", status_id(e->status), "message",
                message, "source", source, "offset", offset, "cause", e->cause);
  return csq__render_json_line(out, doc, err);
}

csq_status csq_render_error(FILE *out, const csq_render_options *o, const csq_error *error,
                            csq_error *err) {
  if (csq__render_format(o) == CSQ_FORMAT_JSON)
    return error_json(out, error, err);
  char line[1024];
  fprintf(out, "%s\n", csq_error_format(error, line, sizeof line));
  return csq__render_finish(out, err);
}
