/*
 * laws.c — the list of laws (csquery laws), every version known: as text,
 * one version a line with tab-separated fields (pcode or -, name, version,
 * level, "N articles", and its status: "in force", "superseded on
 * yyyy-mm-dd" or "repealed"); as JSON {"count", "laws": [{"id", "name",
 * "version", "level", "status", "articles", "until", "described",
 * "format", "source"}]} (docs/schema/csquery-laws.schema.json).
 */
#include "render/render.h"

static csq_status laws_text(FILE *out, const csq_version_list *list, csq_error *err) {
  for (size_t i = 0; i < csq_version_list_count(list); i++) {
    const csq_version_info *v = csq_version_list_at(list, i);
    char status[64];
    fprintf(out, "%s\t%s\t%s\t%s\t%zu articles\t%s\n", v->id[0] ? v->id : "-", v->name, v->version,
            v->level, v->articles, csq__version_status(v, status, sizeof status));
  }
  return csq__render_finish(out, err);
}

static csq_status laws_json(FILE *out, const csq_version_list *list, csq_error *err) {
  json_t *laws = json_array();
  json_t *doc =
      json_pack("{s:I, s:o}", "count", (json_int_t)csq_version_list_count(list), "laws", laws);
  int fail = !doc;
  for (size_t i = 0; i < csq_version_list_count(list) && !fail; i++) {
    const csq_version_info *v = csq_version_list_at(list, i);
    json_t *j = csq__version_json(v);
    fail = !j || json_object_set_new(j, "id", json_string(v->id)) != 0 ||
           json_object_set_new(j, "name", json_string(v->name)) != 0 ||
           json_object_set_new(j, "level", json_string(v->level)) != 0;
    if (fail)
      json_decref(j);
    else
      fail = json_array_append_new(laws, j) != 0;
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_laws(FILE *out, const csq_render_options *o, const csq_version_list *list,
                           csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? laws_json(out, list, err)
                                                  : laws_text(out, list, err);
}
