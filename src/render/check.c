/*
 * check.c — what csquery check found, for people and programs: the facts,
 * the problems, and the verdict.
 */
#include "render/render.h"

/* A JSON string of s, any byte that is not UTF-8 (a file name's) as \xNN:
 * JSON holds only UTF-8. */
static json_t *text_json(const char *s) {
  char shown[4 * 1024 + 8];
  return json_string(csq__quote(s, shown, sizeof shown));
}

static json_t *texts(const char *const *lines, size_t count) {
  json_t *a = json_array();
  for (size_t i = 0; a && i < count; i++)
    if (json_array_append_new(a, text_json(lines[i])) != 0) {
      json_decref(a);
      return NULL;
    }
  return a;
}

csq_status csq_render_check(FILE *out, const csq_render_options *o, const csq_check_report *r,
                            csq_error *err) {
  if (csq__render_format(o) == CSQ_FORMAT_JSON)
    return csq__render_json(out,
                            json_pack("{s:o, s:b, s:o, s:o}", "database", text_json(r->db_path),
                                      "ok", r->problem_count == 0, "problems",
                                      texts(r->problems, r->problem_count), "facts",
                                      texts(r->facts, r->fact_count)),
                            err);
  for (size_t i = 0; i < r->fact_count; i++)
    fprintf(out, "%s\n", r->facts[i]);
  for (size_t i = 0; i < r->problem_count; i++)
    fprintf(out, "problem: %s\n", r->problems[i]);
  if (r->problem_count)
    fprintf(out, "%s: %zu problem%s found\n", r->db_path, r->problem_count,
            r->problem_count == 1 ? "" : "s");
  else
    fprintf(out, "%s: no problem found\n", r->db_path);
  return csq__render_finish(out, err);
}
