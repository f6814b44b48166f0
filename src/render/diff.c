/*
 * diff.c — a diff of two versions as a lawyer's redline: each article that
 * changed, its number then and now, and each provision's text with what
 * was deleted and inserted marked (in colour on a terminal: struck red and
 * underlined green; in plain text as [-deleted-] and {+inserted+}); as
 * JSON (docs/json.md, docs/schema/csquery-diff.schema.json) the same with
 * the edits as spans of code points.
 */
#include <string.h>

#include "query/diff.h"
#include "render/render.h"

typedef struct marks {
  const char *del_open, *del_close, *ins_open, *ins_close;
} marks;

static const marks PLAIN = {"[-", "-]", "{+", "+}"};
static const marks COLOUR = {"\033[31;9m", "\033[0m", "\033[32;4m", "\033[0m"};

/* A provision's place: 第16條第6項, or 第16條第6項 → 第22條第1項. */
static void write_places(FILE *out, const csq_node *from, const csq_node *to) {
  if (from && to && strcmp(from->cite, to->cite) != 0)
    fprintf(out, "%s → %s", from->cite, to->cite);
  else
    fputs((from ? from : to)->cite, out);
}

static int depth_of(const csq_node *n) {
  int d = 0;
  for (; n && n->kind > CSQ_ARTICLE; n = n->parent)
    d++;
  return d;
}

static const csq_node *article_of(const csq_node *n) {
  while (n && n->kind != CSQ_ARTICLE)
    n = n->parent;
  return n;
}

/* The redline of a pair's own text, or the text of a node alone. */
static void write_redline(FILE *out, const csq_diff *d, size_t a, size_t r, const marks *m) {
  csq__diff_row row;
  csq__diff_row_at(d, a, r, &row);
  const csq_node *from = row.from, *to = row.to;
  size_t count;
  const csq__edit *e = csq__diff_row_edits(d, a, r, &count);
  if (!from || !to) {
    const csq_node *n = from ? from : to;
    fprintf(out, "%s%s%s", from ? m->del_open : m->ins_open, n->text,
            from ? m->del_close : m->ins_close);
  } else if (!count) {
    fputs(to->text, out);
  }
  for (size_t k = 0; from && to && k < count; k++) {
    if (e[k].op == CSQ_EDIT_EQUAL)
      fwrite(from->text + e[k].old_byte_start, 1, e[k].old_byte_end - e[k].old_byte_start, out);
    else if (e[k].op == CSQ_EDIT_DELETE)
      fprintf(out, "%s%.*s%s", m->del_open, (int)(e[k].old_byte_end - e[k].old_byte_start),
              from->text + e[k].old_byte_start, m->del_close);
    else
      fprintf(out, "%s%.*s%s", m->ins_open, (int)(e[k].new_byte_end - e[k].new_byte_start),
              to->text + e[k].new_byte_start, m->ins_close);
  }
  fputc('\n', out);
}

/* One provision: its places, what happened to it, and its redline. A
 * provision that went to another article is shown there; here a line says
 * where. */
static void write_row(FILE *out, const csq_diff *d, const csq__diff_article *art, size_t a,
                      size_t r, const marks *m) {
  csq__diff_row row;
  csq__diff_row_at(d, a, r, &row);
  const csq_node *from = row.from, *to = row.to;
  csq__change change = row.change;
  int moved_out = from && to && article_of(to) != art->to;
  int moved_in = from && to && article_of(from) != art->from;
  int indent = 2 * depth_of(from ? from : to);
  fprintf(out, "%*s", indent, "");
  write_places(out, from, to);
  fprintf(out, "  %s%s\n", csq__change_name(change),
          moved_out  ? ", moved to another article"
          : moved_in ? ", moved here"
                     : "");
  if (moved_out || (change == CSQ_UNCHANGED && !moved_in))
    return;
  fprintf(out, "%*s", indent + 2, "");
  write_redline(out, d, a, r, m);
}

typedef struct tally {
  size_t change[4], renumbered, moved;
} tally;

static tally count_articles(const csq_diff *d) {
  tally t = {{0}, 0, 0};
  csq__diff_article art;
  for (size_t a = 0; csq__diff_article_at(d, a, &art) == 0; a++) {
    t.change[art.change]++;
    t.renumbered += (size_t)art.renumbered;
    t.moved += (size_t)art.moved;
  }
  return t;
}

static csq_status diff_text(FILE *out, const csq_diff *d, const marks *m, csq_error *err) {
  const csq_law *from = csq__diff_from(d), *to = csq__diff_to(d);
  tally t = count_articles(d);
  fprintf(out,
          "%s %s → %s: %zu changed, %zu added, %zu deleted, %zu unchanged; %zu renumbered (%zu "
          "moved)\n",
          to->name, from->version, to->version, t.change[CSQ_CHANGED], t.change[CSQ_ADDED],
          t.change[CSQ_DELETED], t.change[CSQ_UNCHANGED], t.renumbered, t.moved);
  csq__diff_article art;
  for (size_t a = 0; csq__diff_article_at(d, a, &art) == 0; a++) {
    if (art.change == CSQ_UNCHANGED && !art.renumbered)
      continue;
    fputc('\n', out);
    write_places(out, art.from, art.to);
    fprintf(out, "  %s%s\n", csq__change_name(art.change),
            art.moved        ? ", moved"
            : art.renumbered ? ", renumbered"
                             : "");
    for (size_t r = 0; art.change != CSQ_UNCHANGED && r < art.rows; r++)
      write_row(out, d, &art, a, r, m);
  }
  return csq__render_finish(out, err);
}

/* ---- JSON ------------------------------------------------------------------ */

static json_t *node_json(const csq_node *n, int with_text) {
  if (!n)
    return json_null();
  json_t *o =
      json_pack("{s:s, s:s, s:s}", "kind", csq_kind_name(n->kind), "eid", n->eid, "cite", n->cite);
  if (o && with_text && json_object_set_new(o, "text", json_stringn(n->text, n->text_len)) != 0) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static json_t *edits_json(const csq_diff *d, size_t a, size_t r) {
  static const char *const OPS[] = {"equal", "delete", "insert"};
  json_t *list = json_array();
  csq__diff_row row;
  csq__diff_row_at(d, a, r, &row);
  const csq_node *from = row.from, *to = row.to;
  size_t count;
  const csq__edit *e = csq__diff_row_edits(d, a, r, &count);
  for (size_t k = 0; list && k < count; k++) {
    int ins = e[k].op == CSQ_EDIT_INSERT;
    const char *text = ins ? to->text + e[k].new_byte_start : from->text + e[k].old_byte_start;
    size_t len =
        ins ? e[k].new_byte_end - e[k].new_byte_start : e[k].old_byte_end - e[k].old_byte_start;
    json_t *o = json_pack("{s:s, s:[I,I], s:[I,I], s:s%}", "op", OPS[e[k].op], "from",
                          (json_int_t)e[k].old_start, (json_int_t)e[k].old_end, "to",
                          (json_int_t)e[k].new_start, (json_int_t)e[k].new_end, "text", text, len);
    if (!o || json_array_append_new(list, o) != 0) {
      json_decref(list);
      return NULL;
    }
  }
  return list;
}

static json_t *article_json(const csq_diff *d, size_t a) {
  csq__diff_article art;
  csq__diff_article_at(d, a, &art);
  json_t *rows = json_array();
  json_t *o = json_pack("{s:s, s:b, s:b, s:o, s:o, s:o}", "change", csq__change_name(art.change),
                        "renumbered", art.renumbered, "moved", art.moved, "from",
                        node_json(art.from, 0), "to", node_json(art.to, 0), "provisions", rows);
  csq__diff_row row;
  for (size_t r = 0; o && csq__diff_row_at(d, a, r, &row) == 0; r++) {
    json_t *j =
        json_pack("{s:s, s:o, s:o, s:o}", "change", csq__change_name(row.change), "from",
                  node_json(row.from, 1), "to", node_json(row.to, 1), "edits", edits_json(d, a, r));
    if (!j || json_array_append_new(rows, j) != 0) {
      json_decref(o);
      return NULL;
    }
  }
  return o;
}

static json_t *version_json(const csq_law *law) {
  return json_pack("{s:s, s:s, s:s}", "version", law->version, "status",
                   law->repealed ? "repealed" : "in force", "format", law->format);
}

static csq_status diff_json(FILE *out, const csq_diff *d, csq_error *err) {
  const csq_law *to = csq__diff_to(d);
  tally t = count_articles(d);
  json_t *articles = json_array();
  json_t *doc =
      json_pack("{s:{s:s, s:s}, s:o, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I}, s:o}", "law", "id",
                to->id, "name", to->name, "from", version_json(csq__diff_from(d)), "to",
                version_json(to), "summary", "changed", (json_int_t)t.change[CSQ_CHANGED], "added",
                (json_int_t)t.change[CSQ_ADDED], "deleted", (json_int_t)t.change[CSQ_DELETED],
                "unchanged", (json_int_t)t.change[CSQ_UNCHANGED], "renumbered",
                (json_int_t)t.renumbered, "moved", (json_int_t)t.moved, "articles", articles);
  for (size_t a = 0; doc && a < csq__diff_article_count(d); a++) {
    json_t *o = article_json(d, a);
    if (!o || json_array_append_new(articles, o) != 0) {
      json_decref(doc);
      doc = NULL;
    }
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_diff(FILE *out, const csq_render_options *o, const csq_diff *d,
                           csq_error *err) {
  if (csq__render_format(o) == CSQ_FORMAT_JSON)
    return diff_json(out, d, err);
  return diff_text(out, d, o && o->color ? &COLOUR : &PLAIN, err);
}
