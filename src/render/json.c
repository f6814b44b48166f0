/*
 * render_json.c — provisions as JSON (docs/json.md, docs/schema/), built
 * with jansson: {"law": {…}, "nodes": [{"kind", "num", "eid", "cite",
 * "text", "children": […]}]}.
 */
#include <jansson.h>
#include <stdlib.h>

#include "render/render.h"

static json_t *law_json(const csq_law *law) {
  return json_pack("{s:s, s:s, s:s, s:s, s:s}", "id", law->id, "name", law->name,
                   "version", law->version, "level", law->level, "status",
                   law->repealed ? "repealed" : "in force");
}

static json_t *node_json(const csq_node *n) {
  json_t *children = json_array();
  json_t *obj = json_pack("{s:s, s:s, s:s, s:s, s:s%}", "kind", csq_kind_name(n->kind),
                          "num", n->num, "eid", n->eid, "cite", n->cite, "text",
                          n->text, n->text_len);
  if (!obj || !children) {
    json_decref(obj);
    json_decref(children);
    return NULL;
  }
  if (csq_kind_is_heading(n->kind) && json_object_set_new(obj, "title", json_string(n->title)))
    goto fail;
  for (const csq_node *c = n->first_child; c; c = c->next) {
    json_t *cj = node_json(c);
    if (!cj || json_array_append_new(children, cj))
      goto fail;
  }
  if (json_object_set_new(obj, "children", children) == 0)
    return obj;
  children = NULL;
fail:
  json_decref(children);
  json_decref(obj);
  return NULL;
}

csq_status csq_render_json(const csq_node *const *nodes, size_t count,
                           char **out, csq_error *err) {
  if (count == 0)
    return csq__fail(err, CSQ_INTERNAL, NULL, -1, "nothing to render");
  json_t *list = json_array();
  json_t *doc = json_pack("{s:o, s:o}", "law", law_json(nodes[0]->law), "nodes", list);
  int fail = !doc;
  for (size_t i = 0; i < count && !fail; i++) {
    if (nodes[i]->kind == CSQ_LAW) {
      /* The whole law: its top-level headings and articles. */
      for (const csq_node *c = nodes[i]->first_child; c && !fail; c = c->next) {
        json_t *cj = node_json(c);
        fail = !cj || json_array_append_new(list, cj);
      }
    } else {
      json_t *cj = node_json(nodes[i]);
      fail = !cj || json_array_append_new(list, cj);
    }
  }
  char *s = fail ? NULL : json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(doc);
  if (!s)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory rendering JSON");
  *out = s;
  return CSQ_OK;
}

csq_status csq_render_hits_json(const csq_hits *hits, char **out, csq_error *err) {
  json_t *list = json_array();
  json_t *doc = json_pack("{s:I, s:I, s:o}", "total", (json_int_t)csq_hits_total(hits), "count",
                          (json_int_t)csq_hits_count(hits), "hits", list);
  int fail = !doc;
  for (size_t i = 0; i < csq_hits_count(hits) && !fail; i++) {
    json_t *h = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:f}", "law", csq_hit_law_id(hits, i),
                          "law_name", csq_hit_law_name(hits, i), "eid", csq_hit_eid(hits, i),
                          "cite", csq_hit_cite(hits, i), "kind", csq_hit_kind(hits, i),
                          "snippet", csq_hit_snippet(hits, i), "score", csq_hit_score(hits, i));
    fail = !h || json_array_append_new(list, h);
  }
  char *s = fail ? NULL : json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(doc);
  if (!s)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory rendering JSON");
  *out = s;
  return CSQ_OK;
}
