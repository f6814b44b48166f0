/*
 * laws.c — the list of laws (csquery laws): as text, one law a line with
 * tab-separated fields (pcode or -, name, version, level, "N articles",
 * and "repealed" for a repealed law); as JSON {"count", "laws": [{"id",
 * "name", "version", "level", "status", "articles"}]}
 * (docs/schema/csquery-laws.schema.json).
 */
#include "render/render.h"

static csq_status laws_text(FILE *out, const csq_law_list *list, csq_error *err) {
  for (size_t i = 0; i < csq_law_list_count(list); i++) {
    const csq_law_info *l = csq_law_list_at(list, i);
    fprintf(out, "%s\t%s\t%s\t%s\t%zu articles%s\n", l->id[0] ? l->id : "-", l->name, l->version,
            l->level, l->articles, l->repealed ? "\trepealed" : "");
  }
  return csq__render_finish(out, err);
}

static csq_status laws_json(FILE *out, const csq_law_list *list, csq_error *err) {
  json_t *laws = json_array();
  json_t *doc =
      json_pack("{s:I, s:o}", "count", (json_int_t)csq_law_list_count(list), "laws", laws);
  int fail = !doc;
  for (size_t i = 0; i < csq_law_list_count(list) && !fail; i++) {
    const csq_law_info *l = csq_law_list_at(list, i);
    json_t *law =
        json_pack("{s:s, s:s, s:s, s:s, s:s, s:I}", "id", l->id, "name", l->name, "version",
                  l->version, "level", l->level, "status", l->repealed ? "repealed" : "in force",
                  "articles", (json_int_t)l->articles);
    fail = !law || json_array_append_new(laws, law);
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_laws(FILE *out, const csq_render_options *o, const csq_law_list *list,
                           csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? laws_json(out, list, err)
                                                  : laws_text(out, list, err);
}
