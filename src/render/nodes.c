/*
 * nodes.c — provisions: as text for people (a heading with the law and the
 * citation, then the text, each paragraph on its own line and 款 and 目
 * indented beneath it), and as the JSON of docs/json.md ({"law": {…},
 * "nodes": [{"kind", "num", "eid", "cite", "text", "children": […]}]}).
 */
#include <string.h>

#include "render/render.h"

static int indent_of(csq_kind kind) {
  switch (kind) {
  case CSQ_SUBPARAGRAPH:
    return 2;
  case CSQ_ITEM:
    return 4;
  case CSQ_SUBITEM:
    return 6;
  default:
    return 0;
  }
}

static void write_node(FILE *out, const csq_node *n, int top) {
  if (csq_kind_is_heading(n->kind)) {
    fprintf(out, "%s%s\n", top ? "" : "\n", n->text);
  } else if (n->kind == CSQ_ARTICLE) {
    if (!top)
      fprintf(out, "\n%s\n", n->cite);
  } else if (n->kind != CSQ_LAW && (n->text_len || n->kind != CSQ_PARAGRAPH)) {
    int indent = indent_of(n->kind);
    fprintf(out, "%*s", indent, "");
    /* Table rows keep their layout, each row on its own line. */
    for (const char *s = n->text; *s; s++) {
      fputc(*s, out);
      if (*s == '\n')
        fprintf(out, "%*s", indent, "");
    }
    fputc('\n', out);
  }
  for (const csq_node *c = n->first_child; c; c = c->next)
    write_node(out, c, 0);
}

/* The word of a part of a provision's text: 但書, 前段, 後段 (part_words,
 * in the order of csq_node_list_part's names). */
static const char *part_word(const char *name) {
  static const char *const NAMES[] = {"proviso", "first_sentence", "second_sentence"};
  for (int i = 0; i < 3; i++)
    if (strcmp(name, NAMES[i]) == 0)
      return csq_words_part_words[i];
  return "";
}

/* The law, the provision (and the part of its text) and the version shown:
 * 資通安全管理法 第16條 (2018-06-06), in bold when colour is asked for. */
static void write_heading(FILE *out, const csq_render_options *o, const csq_node *n,
                          const csq__node_part *part, const csq_node *now, int annotated) {
  const csq_law *law = n->law;
  fputs(csq__render_bold(o), out);
  if (n->kind != CSQ_LAW)
    fprintf(out, "%s %s%s", law->name, n->cite, part ? part_word(part->name) : "");
  else
    fputs(law->name, out);
  fprintf(out, "%s%s%s", law->version[0] ? " (" : "", law->version, law->version[0] ? ")" : "");
  fputs(csq__render_plain(o), out);
  if (now) /* an earlier version: where it is now (query/now.c) */
    fprintf(out, ", now %s (%s)", now->cite, now->law->version);
  else if (annotated)
    fputs(", no longer in the version in force", out);
  fputc('\n', out);
}

/* The part of the i-th node a lookup selected, or NULL. */
static const csq__node_part *part_at(const csq_node_list *list, size_t i) {
  return list ? csq__node_list_part_at(list, i) : NULL;
}

static csq_status nodes_text(FILE *out, const csq_render_options *o, const csq_node *const *nodes,
                             const csq_node *const *now, size_t count, const csq_node_list *list,
                             csq_error *err) {
  for (size_t i = 0; i < count; i++) {
    const csq__node_part *part = part_at(list, i);
    if (i)
      fputc('\n', out);
    write_heading(out, o, nodes[i], part, now ? now[i] : NULL, now != NULL);
    if (part)
      fprintf(out, "%*s%.*s\n", indent_of(nodes[i]->kind), "", (int)(part->end - part->start),
              nodes[i]->text + part->start);
    else
      write_node(out, nodes[i], 1);
  }
  return csq__render_finish(out, err);
}

static json_t *law_json(const csq_law *law) {
  return json_pack("{s:s, s:s, s:s, s:s, s:s}", "id", law->id, "name", law->name, "version",
                   law->version, "level", law->level, "status",
                   law->repealed ? "repealed" : "in force");
}

static json_t *node_json(const csq_node *n) {
  json_t *children = json_array();
  json_t *obj = json_pack("{s:s, s:s, s:s, s:s, s:s%}", "kind", csq_kind_name(n->kind), "num",
                          n->num, "eid", n->eid, "cite", n->cite, "text", n->text, n->text_len);
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

/* Where a node of an earlier version is now: {"eid", "cite", "version"},
 * or null when it is gone. */
static json_t *now_json(const csq_node *now) {
  return now ? json_pack("{s:s, s:s, s:s}", "eid", now->eid, "cite", now->cite, "version",
                         now->law->version)
             : json_null();
}

/* What a top-level node carries beyond its own: its law when another than
 * the document's, and the part of its text selected. */
static int add_extras(json_t *obj, const csq_node *n, const csq_law *doc_law,
                      const csq__node_part *part) {
  if (n->law != doc_law && json_object_set_new(obj, "law", law_json(n->law)))
    return -1;
  if (!part)
    return 0;
  json_t *pj = json_pack("{s:s, s:I, s:I, s:s%}", "name", part->name, "start",
                         (json_int_t)csq__code_points(n->text, 0, part->start), "end",
                         (json_int_t)csq__code_points(n->text, 0, part->end), "text",
                         n->text + part->start, part->end - part->start);
  return !pj || json_object_set_new(obj, "part", pj) ? -1 : 0;
}

static csq_status nodes_json(FILE *out, const csq_node *const *nodes, const csq_node *const *now,
                             size_t count, const csq_node_list *from, csq_error *err) {
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
      fail = !cj || add_extras(cj, nodes[i], nodes[0]->law, part_at(from, i)) ||
             (now && json_object_set_new(cj, "now", now_json(now[i]))) ||
             json_array_append_new(list, cj);
    }
  }
  if (fail) {
    json_decref(doc);
    doc = NULL;
  }
  return csq__render_json(out, doc, err);
}

static csq_status render(FILE *out, const csq_render_options *o, const csq_node *const *nodes,
                         const csq_node *const *now, size_t count, const csq_node_list *list,
                         csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON
             ? nodes_json(out, nodes, now, count, list, err)
             : nodes_text(out, o, nodes, now, count, list, err);
}

csq_status csq_render_nodes(FILE *out, const csq_render_options *o, const csq_node_list *nodes,
                            csq_error *err) {
  const csq_node *const *now =
      nodes->now.count == nodes->items.count && nodes->now.count ? nodes->now.items : NULL;
  return render(out, o, nodes->items.items, now, nodes->items.count, nodes, err);
}

csq_status csq_render_law(FILE *out, const csq_render_options *o, const csq_law *law,
                          csq_error *err) {
  const csq_node *root = law->root;
  return render(out, o, &root, NULL, 1, NULL, err);
}
