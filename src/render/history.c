/*
 * history.c — a law's history for people and programs: the versions known
 * (each with its status: in force, superseded on the date of the next,
 * repealed) and its amendment record, event by event, with what each did
 * and the articles it named (docs/versions.md; JSON schema
 * docs/schema/csquery-history.schema.json).
 */
#include "render/render.h"

const char *csq__version_status(const csq_version_info *v, char *buf, size_t size) {
  if (v->until[0])
    snprintf(buf, size, "superseded on %s", v->until);
  else
    snprintf(buf, size, "%s", v->repealed ? "repealed" : "in force");
  return buf;
}

/* 修正 第6、7、13條; 制定 全文13條 */
static void write_action(FILE *out, const csq__amendment_action *a) {
  fputs(csq__amendment_kind_word(a->kind), out);
  if (a->total)
    fprintf(out, " %s%ld%s", CSQ_WORD_WHOLE_TEXT, a->total, csq_words_article_words[0]);
  for (size_t i = 0; i < a->article_count; i++)
    fprintf(out, "%s%s", i ? CSQ_WORD_LIST_WORDS : " " CSQ_WORD_NUMBERED, a->articles[i]);
  if (a->article_count)
    fputs(csq_words_article_words[0], out);
}

static csq_status history_text(FILE *out, const csq_amendment_list *list, csq_error *err) {
  const csq_version_list *vl = csq__amendment_list_versions(list);
  const csq_version_info *v = csq_version_list_at(vl, 0);
  size_t n = csq_version_list_count(vl);
  if (n)
    fprintf(out, "%s%s%s%s\n", v[n - 1].name, v[n - 1].id[0] ? " (" : "", v[n - 1].id,
            v[n - 1].id[0] ? ")" : "");
  fprintf(out, "%zu version%s known:\n", n, n == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) {
    char status[64];
    fprintf(out, "  %s  %zu articles  %s  (%s, %s)\n", v[i].version, v[i].articles,
            csq__version_status(&v[i], status, sizeof status), v[i].format, v[i].source);
  }
  size_t count = csq__amendment_list_count(list);
  if (count == 0)
    fputs("no amendment record (the text read holds none)\n", out);
  else
    fprintf(out, "the amendment record, %zu event%s:\n", count, count == 1 ? "" : "s");
  for (size_t i = 0; i < count; i++) {
    const csq__amendment *a = csq__amendment_list_at(list, i);
    int first = i == 0 || csq__amendment_entry(csq__amendment_list_at(list, i - 1)) !=
                              csq__amendment_entry(a);
    fprintf(out, first ? "%3d. " : "     ", csq__amendment_entry(a));
    fprintf(out, "%-10s ", csq__amendment_date(a)[0] ? csq__amendment_date(a) : "(no date)");
    csq__amendment_action act;
    for (size_t k = 0; csq__amendment_action_at(a, k, &act) == 0; k++) {
      fputs(k ? "; " : "", out);
      write_action(out, &act);
    }
    fprintf(out, "\n                %s\n", csq__amendment_text(a));
  }
  return csq__render_finish(out, err);
}

/* ---- JSON ------------------------------------------------------------------ */

json_t *csq__version_json(const csq_version_info *v) {
  char status[64];
  return json_pack("{s:s, s:s, s:s, s:s, s:I, s:s, s:s}", "version", v->version, "until", v->until,
                   "status",
                   v->until[0]   ? "superseded"
                   : v->repealed ? "repealed"
                                 : "in force",
                   "described", csq__version_status(v, status, sizeof status), "articles",
                   (json_int_t)v->articles, "format", v->format, "source", v->source);
}

static json_t *amendment_json(const csq__amendment *a) {
  json_t *actions = json_array();
  json_t *o = json_pack("{s:i, s:s, s:s, s:o}", "entry", csq__amendment_entry(a), "date",
                        csq__amendment_date(a), "text", csq__amendment_text(a), "actions", actions);
  csq__amendment_action act;
  for (size_t k = 0; o && csq__amendment_action_at(a, k, &act) == 0; k++) {
    json_t *arts = json_array();
    for (size_t i = 0; arts && i < act.article_count; i++)
      if (json_array_append_new(arts, json_string(act.articles[i])) != 0) {
        json_decref(arts);
        arts = NULL;
      }
    json_t *j = arts ? json_pack("{s:s, s:s, s:o, s:I}", "kind", csq__amendment_kind_name(act.kind),
                                 "word", csq__amendment_kind_word(act.kind), "articles", arts,
                                 "total", (json_int_t)act.total)
                     : NULL;
    if (!j || json_array_append_new(actions, j) != 0) {
      json_decref(o);
      return NULL;
    }
  }
  return o;
}

static csq_status history_json(FILE *out, const csq_amendment_list *list, csq_error *err) {
  const csq_version_list *vl = csq__amendment_list_versions(list);
  const csq_version_info *v = csq_version_list_at(vl, 0);
  size_t n = csq_version_list_count(vl);
  json_t *versions = json_array(), *events = json_array();
  json_t *doc = json_pack("{s:{s:s, s:s}, s:o, s:o}", "law", "id", n ? v[n - 1].id : "", "name",
                          n ? v[n - 1].name : "", "versions", versions, "amendments", events);
  for (size_t i = 0; doc && i < n; i++) {
    json_t *j = csq__version_json(&v[i]);
    if (!j || json_array_append_new(versions, j) != 0) {
      json_decref(doc);
      doc = NULL;
    }
  }
  for (size_t i = 0; doc && i < csq__amendment_list_count(list); i++) {
    json_t *j = amendment_json(csq__amendment_list_at(list, i));
    if (!j || json_array_append_new(events, j) != 0) {
      json_decref(doc);
      doc = NULL;
    }
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_history(FILE *out, const csq_render_options *o,
                              const csq_amendment_list *list, csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? history_json(out, list, err)
                                                  : history_text(out, list, err);
}
