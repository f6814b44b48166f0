/*
 * citations.c — citations for people and for programs: `csquery refs`
 * (each citation with its targets and their text), `csquery cited-by` (who
 * cites a provision, with the citing text) and the JSON list of
 * docs/citations.md (schema: docs/schema/csquery-refs.schema.json).
 */
#include "render/render.h"

/* 資通安全管理法 第16條第1項, with what is known of it. */
static void write_target(FILE *out, const csq_target *t) {
  const char *name = t->law_name[0] ? t->law_name : t->law_id;
  fprintf(out, "%s%s%s", name, t->cite[0] ? " " : "", t->cite);
  if (t->part[0])
    fprintf(out, " (%s)", t->part);
  if (!t->resolved)
    fputs(" [unresolved]", out);
  else if (t->exists == 0)
    fputs(" [does not exist in the loaded text]", out);
  else if (!t->law)
    fprintf(out, " [%s%snot loaded]", t->law_id, t->law_id[0] ? "; " : "");
  else if (t->law->version[0])
    fprintf(out, " [%s%s]", t->law->version,
            t->fallback ? ", the earliest loaded: none was in force then" : "");
  if (t->now) /* old citations today (query/now.c) */
    fprintf(out, ", now %s (%s)", t->now->cite, t->now->law->version);
  else if (t->gone)
    fputs(", no longer in the version in force", out);
}

/* A node's text beneath a target, indented; its descendants too. */
static void write_text(FILE *out, const csq_node *n, int depth) {
  if (n->text_len)
    fprintf(out, "%*s%s\n", 6 + 2 * depth, "", n->text);
  for (const csq_node *c = n->first_child; c; c = c->next)
    write_text(out, c, depth + (n->text_len ? 1 : 0));
}

/* With text: the citation, then each target on its own line with its text
 * beneath. Without: one line, 「raw」 → target; target (no indentation, so
 * that it reads apart from the provision's own indented 款). */
static void write_citation(FILE *out, const csq_citation *c, int with_text) {
  const csq_node *from = c->from;
  fprintf(out, CSQ_MSG_CITATION_LINE, from->law->name, from->cite, c->start, c->end, c->text);
  if (c->problem[0])
    fprintf(out, " (unresolved: %s)", c->problem);
  for (size_t i = 0; i < c->target_count; i++) {
    fputs(with_text ? "\n  → " : i ? "; " : " → ", out);
    write_target(out, &c->targets[i]);
    if (with_text && c->targets[i].node) {
      fputc('\n', out);
      write_text(out, c->targets[i].node, 0);
    }
  }
  if (!with_text || !c->target_count || !c->targets[c->target_count - 1].node)
    fputc('\n', out);
}

static csq_status citations_text(FILE *out, const csq_citation_list *list, int with_text,
                                 csq_error *err) {
  for (size_t i = 0; i < list->items.count; i++) {
    if (i && with_text)
      fputc('\n', out);
    write_citation(out, list->items.items[i], with_text);
  }
  return csq__render_finish(out, err);
}

static csq_status cited_by_text(FILE *out, const csq_cited_by_list *list, csq_error *err) {
  static const char *const RELATION[] = {"", " (a part of it)", " (the whole that contains it)"};
  const csq_cited_by *hits = list->items.items;
  for (size_t i = 0; i < list->items.count; i++) {
    const csq_citation *c = hits[i].citation;
    const csq_target *t = &c->targets[hits[i].target];
    if (i)
      fputc('\n', out);
    fprintf(out, "%s %s cites %s%s%s%s", c->from->law->name, c->from->cite, t->law_name,
            t->cite[0] ? " " : "", t->cite, RELATION[hits[i].relation]);
    if (t->now) /* an earlier number of the provision asked (query/now.c) */
      fprintf(out, ", now %s (%s)", t->now->cite, t->now->law->version);
    fputc('\n', out);
    /* the citing text, the citation between 【】 */
    fprintf(out, CSQ_MSG_CITED_IN_TEXT, (int)c->byte_start, c->from->text, c->text,
            c->from->text + c->byte_end);
  }
  return csq__render_finish(out, err);
}

/* ---- JSON ------------------------------------------------------------------- */

static json_t *exists_json(int exists) { return exists < 0 ? json_null() : json_boolean(exists); }

static json_t *target_json(const csq_target *t) {
  json_t *o =
      json_pack("{s:s, s:s, s:s, s:s, s:s, s:o, s:b}", "kind", csq__target_kind_name(t->kind),
                "law", csq__target_lawkey(t), "law_name", t->law_name, "eid", t->eid, "cite",
                t->cite, "exists", exists_json(t->exists), "resolved", t->resolved);
  if (!o)
    return NULL;
  int fail = 0;
  if (t->part[0])
    fail |= json_object_set_new(o, "part", json_string(t->part));
  if (t->law)
    fail |= json_object_set_new(o, "version", json_string(t->law->version));
  if (t->fallback)
    fail |= json_object_set_new(o, "version_fallback", json_true());
  if (t->now)
    fail |= json_object_set_new(o, "now",
                                json_pack("{s:s, s:s, s:s}", "eid", t->now->eid, "cite",
                                          t->now->cite, "version", t->now->law->version));
  else if (t->gone)
    fail |= json_object_set_new(o, "now", json_null());
  if (fail) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static json_t *citation_json(const csq_citation *c) {
  const csq_law *law = c->from->law;
  json_t *targets = json_array();
  json_t *o =
      json_pack("{s:s, s:s, s:{s:s, s:s, s:s}, s:I, s:I, s:s, s:o, s:b}", "from", c->from->eid,
                "from_cite", c->from->cite, "from_law", "id", law->id, "name", law->name, "version",
                law->version, "start", (json_int_t)c->start, "end", (json_int_t)c->end, "text",
                c->text, "targets", targets, "resolved", c->resolved);
  int fail = !o;
  for (size_t i = 0; i < c->target_count && !fail; i++) {
    json_t *t = target_json(&c->targets[i]);
    fail = !t || json_array_append_new(targets, t);
  }
  if (!fail && c->problem[0])
    fail = json_object_set_new(o, "problem", json_string(c->problem));
  if (fail) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static csq_status citations_json(FILE *out, const csq_citation_list *list, csq_error *err) {
  json_t *doc = json_array();
  int fail = !doc;
  for (size_t i = 0; i < list->items.count && !fail; i++) {
    json_t *c = citation_json(list->items.items[i]);
    fail = !c || json_array_append_new(doc, c);
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

static csq_status cited_by_json(FILE *out, const csq_cited_by_list *list, csq_error *err) {
  static const char *const RELATION[] = {"exact", "part", "whole"};
  const csq_cited_by *hits = list->items.items;
  json_t *doc = json_array();
  int fail = !doc;
  for (size_t i = 0; i < list->items.count && !fail; i++) {
    json_t *c = citation_json(hits[i].citation);
    fail = !c || json_object_set_new(c, "relation", json_string(RELATION[hits[i].relation])) ||
           json_object_set_new(c, "target", json_integer((json_int_t)hits[i].target)) ||
           json_object_set_new(c, "from_text", json_string(hits[i].citation->from->text)) ||
           json_array_append_new(doc, c);
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_citations(FILE *out, const csq_render_options *o,
                                const csq_citation_list *list, csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON
             ? citations_json(out, list, err)
             : citations_text(out, list, o && o->with_target_text, err);
}

csq_status csq_render_cited_by(FILE *out, const csq_render_options *o,
                               const csq_cited_by_list *list, csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? cited_by_json(out, list, err)
                                                  : cited_by_text(out, list, err);
}
