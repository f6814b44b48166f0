/*
 * hits.c — search results: the law and citation of each hit with its
 * snippet beneath; JSON {"total", "count", "hits": [{"law", "law_name",
 * "eid", "cite", "kind", "snippet", "score"}]} (docs/search.md).
 */
#include "render/render.h"

static csq_status hits_text(FILE *out, const csq_render_options *o, const csq_hits *hits,
                            csq_error *err) {
  for (size_t i = 0; i < csq_hits_count(hits); i++)
    fprintf(out, "%s%s %s%s\n  %s\n", csq__render_bold(o), csq_hit_law_name(hits, i),
            csq_hit_cite(hits, i), csq__render_plain(o), csq_hit_snippet(hits, i));
  return csq__render_finish(out, err);
}

static csq_status hits_json(FILE *out, const csq_hits *hits, csq_error *err) {
  json_t *list = json_array();
  json_t *doc = json_pack("{s:I, s:I, s:o}", "total", (json_int_t)csq_hits_total(hits), "count",
                          (json_int_t)csq_hits_count(hits), "hits", list);
  int fail = !doc;
  for (size_t i = 0; i < csq_hits_count(hits) && !fail; i++) {
    json_t *h = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:f}", "law", csq_hit_law_id(hits, i),
                          "law_name", csq_hit_law_name(hits, i), "eid", csq_hit_eid(hits, i),
                          "cite", csq_hit_cite(hits, i), "kind", csq_hit_kind(hits, i), "snippet",
                          csq_hit_snippet(hits, i), "score", csq_hit_score(hits, i));
    fail = !h || json_array_append_new(list, h);
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_hits(FILE *out, const csq_render_options *o, const csq_hits *hits,
                           csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? hits_json(out, hits, err)
                                                  : hits_text(out, o, hits, err);
}
