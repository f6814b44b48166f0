/*
 * actors.c — bearer names with their counts (csquery actors), as text and
 * as JSON, and what an answer across laws looked at, in JSON.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "render/render.h"

/* A string, or null for "". */
static json_t *string_or_null(const char *s) { return s && s[0] ? json_string(s) : json_null(); }

static json_t *count_json(const csq_actor_count *c) {
  json_t *top = json_array();
  for (size_t i = 0; top && i < c->top_count; i++)
    json_array_append_new(top, json_pack("{s:s, s:I}", "law_name", c->top_law[i], "obligations",
                                         (json_int_t)c->top_obligations[i]));
  return top ? json_pack("{s:s, s:I, s:I, s:I, s:o}", "name", c->name, "obligations",
                         (json_int_t)c->obligations, "as_bearer", (json_int_t)c->as_bearer, "laws",
                         (json_int_t)c->laws, "top_laws", top)
             : NULL;
}

/* The names asked for, how they match, and what they matched. */
static json_t *actors_json(const csq_scope *s) {
  if (!s->asked_count)
    return json_null();
  json_t *asked = json_array(), *names = json_array();
  for (size_t i = 0; asked && i < s->asked_count; i++)
    json_array_append_new(asked, json_string(s->asked[i]));
  for (size_t i = 0; names && i < s->actor_count; i++)
    json_array_append_new(names, count_json(&s->actors[i]));
  if (!asked || !names) {
    json_decref(asked);
    json_decref(names);
    return NULL;
  }
  return json_pack("{s:o, s:s, s:o}", "asked", asked, "match",
                   s->actor_match == CSQ_ACTOR_CONTAINS ? "contains" : "exact", "names", names);
}

json_t *csq__scope_json(const csq_scope *s) {
  json_t *actors = actors_json(s);
  if (!actors)
    return NULL;
  return json_pack("{s:o, s:I, s:o, s:o, s:o, s:b, s:o, s:o, s:o}", "database",
                   string_or_null(s->database), "laws", (json_int_t)s->laws, "law",
                   string_or_null(s->law), "provisions", string_or_null(s->provisions), "level",
                   string_or_null(s->level), "in_force", s->in_force, "modality",
                   s->modality >= 0 ? json_string(csq_modality_name(s->modality)) : json_null(),
                   "text", string_or_null(s->text), "actors", actors);
}

static csq_status actors_text(FILE *out, const csq_actor_list *l, csq_error *err) {
  for (size_t i = 0; i < csq_actor_list_count(l); i++) {
    const csq_actor_count *c = csq_actor_list_at(l, i);
    fprintf(out, "%s\t%zu obligation%s", c->name, c->obligations, c->obligations == 1 ? "" : "s");
    if (c->as_bearer != c->obligations)
      fprintf(out, " (%zu as the whole bearer)", c->as_bearer);
    if (c->laws == 1 && c->top_count)
      fprintf(out, "\tin %s\n", c->top_law[0]);
    else
      fprintf(out, " in %zu laws", c->laws);
    for (size_t j = 0; c->laws > 1 && j < c->top_count; j++)
      fprintf(out, "%s%s %zu", j ? ", " : "\tmost in: ", c->top_law[j], c->top_obligations[j]);
    if (c->laws > 1 || !c->top_count)
      fputc('\n', out);
  }
  return csq__render_finish(out, err);
}

static csq_status actors_list_json(FILE *out, const csq_actor_list *l, csq_error *err) {
  json_t *names = json_array();
  for (size_t i = 0; names && i < csq_actor_list_count(l); i++)
    if (json_array_append_new(names, count_json(csq_actor_list_at(l, i))) != 0) {
      json_decref(names);
      names = NULL;
    }
  json_t *scope = csq__scope_json(csq_actor_list_scope(l)), *doc = NULL;
  if (names && scope) /* json_pack takes both, also when it fails */
    doc = json_pack("{s:o, s:I, s:I, s:o}", "looked_at", scope, "total",
                    (json_int_t)csq_actor_list_total(l), "count",
                    (json_int_t)csq_actor_list_count(l), "actors", names);
  else {
    json_decref(names);
    json_decref(scope);
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_actors(FILE *out, const csq_render_options *o, const csq_actor_list *list,
                             csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? actors_list_json(out, list, err)
                                                  : actors_text(out, list, err);
}

/* ---- the summary line ------------------------------------------------------ */

/* Appends to buf[*at..size), truncating. */
static void add(char *buf, size_t size, size_t *at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void add(char *buf, size_t size, size_t *at, const char *fmt, ...) {
  if (*at >= size)
    return;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf + *at, size - *at, fmt, ap);
  va_end(ap);
  *at = n < 0 ? size : *at + (size_t)n;
}

/* What was asked: of whom, which modality, which words, which laws. */
static void asked(const csq_scope *s, char *buf, size_t size, size_t *at) {
  for (size_t i = 0; i < s->asked_count; i++)
    add(buf, size, at, "%s%s",
        i                ? " or "
        : s->actor_match ? " of names holding "
                         : " of ",
        s->asked[i]);
  if (s->modality >= 0)
    add(buf, size, at, " (%s)", csq_modality_name(s->modality));
  if (s->text[0])
    add(buf, size, at, " where the provision holds %s", s->text);
  if (s->level[0] || s->in_force)
    add(buf, size, at, " in laws%s%s%s", s->level[0] ? " of level " : "", s->level,
        s->in_force ? " in force" : "");
}

/* Lines on the names an --actor matched (up to 8 of them, with their
 * counts), or that no bearer has an exact name asked for. */
static void names_matched(const csq_scope *s, char *buf, size_t size, size_t *at) {
  char names[512] = "";
  for (size_t i = 0, n = 0; i < s->actor_count && i < 8 && n < sizeof names; i++)
    n += (size_t)snprintf(names + n, sizeof names - n, "%s%s %zu%s", i ? ", " : "",
                          s->actors[i].name, s->actors[i].obligations,
                          i == 7 && s->actor_count > 8 ? ", …" : "");
  char asked[256] = "";
  for (size_t i = 0, n = 0; i < s->asked_count && n < sizeof asked; i++)
    n += (size_t)snprintf(asked + n, sizeof asked - n, "%s%s", i ? "," : "", s->asked[i]);
  if (s->actor_match == CSQ_ACTOR_CONTAINS && s->asked_count) {
    add(buf, size, at, "\n");
    add(buf, size, at, CSQ_MSG_ACTORS_MATCHED, asked, s->actor_count,
        s->actor_count == 1 ? "" : "s", names, s->asked[0]);
  }
  for (size_t i = 0; s->actor_match == CSQ_ACTOR_EXACT && i < s->asked_count; i++) {
    size_t j = 0;
    while (j < s->actor_count && strcmp(s->actors[j].name, s->asked[i]) != 0)
      j++;
    if (j < s->actor_count)
      continue;
    add(buf, size, at, "\n");
    add(buf, size, at, CSQ_MSG_NO_SUCH_BEARER, s->asked[i], s->asked[i]);
  }
}

const char *csq_scope_summary(const csq_scope *s, size_t shown, size_t total, size_t laws_with,
                              const char *noun, char *buf, size_t size) {
  size_t at = 0;
  if (size)
    buf[0] = '\0';
  if (total == 0)
    add(buf, size, &at, "no %s", noun);
  else if (shown == total)
    add(buf, size, &at, "%zu %s", total, noun);
  else
    add(buf, size, &at, "%zu of %zu %s", shown, total, noun);
  asked(s, buf, size, &at);
  if (laws_with > 1)
    add(buf, size, &at, ", in %zu laws", laws_with);
  if (s->provisions[0])
    add(buf, size, &at, "; looked at %s of %s", s->provisions, s->law);
  else if (s->law[0])
    add(buf, size, &at, "; looked at %s", s->law);
  else
    add(buf, size, &at, "; looked at %zu law%s", s->laws, s->laws == 1 ? "" : "s");
  if (s->database[0])
    add(buf, size, &at, " in the database %s", s->database);
  else
    add(buf, size, &at, " (no database: the laws loaded)");
  names_matched(s, buf, size, &at);
  return buf;
}
