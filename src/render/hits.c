/*
 * hits.c — search results: the law and citation of each hit, the lead-in
 * of a list item, its snippet, how many provisions of the same text it
 * stands for and, with explain, the parts of its score; JSON {"total",
 * "repealed_left_out", "total_with_repealed", "some_terms", "every_term", "listed", "searched_as",
 * "count", "hits":
 * [{"law", "law_name", "version", "eid", "cite", "kind", "repealed", "some_terms", "listed",
 * "lead_in", "snippet", "same_text", "score", "explain"}]} (docs/search.md).
 */
#include "render/render.h"

static void explain_text(FILE *out, const csq_hits *hits, size_t i) {
  const csq_score_part *parts;
  size_t n = csq_hit_score_parts(hits, i, &parts);
  fprintf(out, "  score %.4g =", csq_hit_score(hits, i));
  for (size_t k = 0; k < n; k++)
    fprintf(out, "%s %s %.3g", k ? " ×" : "", parts[k].name, parts[k].value);
  fputc('\n', out);
}

static csq_status hits_text(FILE *out, const csq_render_options *o, const csq_hits *hits,
                            csq_error *err) {
  for (size_t i = 0; i < csq_hits_count(hits); i++) {
    const char *version = csq_hit_law_version(hits, i);
    fprintf(out, "%s%s %s%s%s%s%s%s%s\n", csq__render_bold(o), csq_hit_law_name(hits, i),
            csq_hit_cite(hits, i), csq__render_plain(o), version[0] ? " (" : "", version,
            version[0] ? ")" : "", csq_hit_repealed(hits, i) ? " [repealed]" : "",
            csq_hit_some_terms(hits, i) ? " [some terms]"
            : csq_hit_listed(hits, i)   ? " [item of the list above]"
                                        : "");
    if (*csq_hit_lead_in(hits, i))
      fprintf(out, "  %s\n  ", csq_hit_lead_in(hits, i));
    fprintf(out, "  %s\n", csq_hit_snippet(hits, i));
    size_t more = csq_hit_same_text(hits, i) - 1;
    if (more)
      fprintf(out, "  (the same text in %zu more provision%s)\n", more, more == 1 ? "" : "s");
    if (o && o->explain)
      explain_text(out, hits, i);
  }
  return csq__render_finish(out, err);
}

static json_t *explain_json(const csq_hits *hits, size_t i) {
  const csq_score_part *parts;
  size_t n = csq_hit_score_parts(hits, i, &parts);
  json_t *list = json_array();
  for (size_t k = 0; list && k < n; k++)
    if (json_array_append_new(
            list, json_pack("{s:s, s:f}", "part", parts[k].name, "value", parts[k].value)) != 0) {
      json_decref(list);
      return NULL;
    }
  return list;
}

static csq_status hits_json(FILE *out, const csq_render_options *o, const csq_hits *hits,
                            csq_error *err) {
  json_t *list = json_array();
  json_t *doc = json_pack(
      "{s:I, s:I, s:I, s:b, s:I, s:I, s:s, s:I, s:o}", "total", (json_int_t)csq_hits_total(hits),
      "repealed_left_out", (json_int_t)csq_hits_repealed_left_out(hits), "total_with_repealed",
      (json_int_t)csq_hits_total_with_repealed(hits), "some_terms", csq_hits_some_terms(hits),
      "every_term", (json_int_t)csq_hits_every_term(hits), "listed",
      (json_int_t)csq_hits_listed(hits), "searched_as", csq_hits_searched_as(hits), "count",
      (json_int_t)csq_hits_count(hits), "hits", list);
  int fail = !doc;
  for (size_t i = 0; i < csq_hits_count(hits) && !fail; i++) {
    json_t *h = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:b, s:b, s:s, s:s, s:I, s:f}",
                          "law", csq_hit_law_id(hits, i), "law_name", csq_hit_law_name(hits, i),
                          "version", csq_hit_law_version(hits, i), "eid", csq_hit_eid(hits, i),
                          "cite", csq_hit_cite(hits, i), "kind", csq_hit_kind(hits, i), "repealed",
                          csq_hit_repealed(hits, i), "some_terms", csq_hit_some_terms(hits, i),
                          "listed", csq_hit_listed(hits, i), "lead_in", csq_hit_lead_in(hits, i),
                          "snippet", csq_hit_snippet(hits, i), "same_text",
                          (json_int_t)csq_hit_same_text(hits, i), "score", csq_hit_score(hits, i));
    if (h && o && o->explain)
      fail = json_object_set_new(h, "explain", explain_json(hits, i)) != 0;
    fail |= !h || json_array_append_new(list, h);
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_hits(FILE *out, const csq_render_options *o, const csq_hits *hits,
                           csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? hits_json(out, o, hits, err)
                                                  : hits_text(out, o, hits, err);
}
