/*
 * obligations.c — obligations and definitions as text for people
 * and as the JSON of docs/obligations.md (jansson).
 */
#include <string.h>

#include "render/render.h"

/* Whether the list spans several laws (then each line names its law). */
static int several_laws(const csq_obligation *const *list, size_t count) {
  for (size_t i = 1; i < count; i++)
    if (csq_node_law(csq_obligation_node(list[i])) != csq_node_law(csq_obligation_node(list[0])))
      return 1;
  return 0;
}

static void text_one(FILE *out, const csq_obligation *o, int law_names) {
  const csq_node *n = csq_obligation_node(o);
  fprintf(out, "  %s%s%s [%s] %s%s\n", law_names ? csq_law_name(csq_node_law(n)) : "",
          law_names ? " " : "", csq_node_cite(n), csq_modality_name(csq_obligation_modality(o)),
          csq_obligation_text(o, CSQ_PART_CUE), csq_obligation_text(o, CSQ_PART_ACTION));
  if (csq_obligation_text(o, CSQ_PART_CONDITION)[0])
    fprintf(out, "      condition: %s\n", csq_obligation_text(o, CSQ_PART_CONDITION));
  if (csq_obligation_actor_from(o))
    fprintf(out, "      bearer carried from %s\n", csq_node_cite(csq_obligation_actor_from(o)));
  if (csq_obligation_qualifies(o))
    fprintf(out, "      qualifies %s [%s] %s%s\n",
            csq_node_cite(csq_obligation_node(csq_obligation_qualifies(o))),
            csq_modality_name(csq_obligation_modality(csq_obligation_qualifies(o))),
            csq_obligation_text(csq_obligation_qualifies(o), CSQ_PART_CUE),
            csq_obligation_text(csq_obligation_qualifies(o), CSQ_PART_ACTION));
}

/* list[0..count) grouped by bearer, the groups in the order their bearer
 * first appears; `done` is scratch of count bytes. */
static void by_bearer(FILE *out, const csq_obligation *const *list, size_t count, char *done,
                      int law_names) {
  memset(done, 0, count);
  for (size_t i = 0; i < count; i++) {
    if (done[i])
      continue;
    const char *actor = csq_obligation_text(list[i], CSQ_PART_ACTOR);
    size_t n = 0;
    for (size_t j = i; j < count; j++)
      n += strcmp(csq_obligation_text(list[j], CSQ_PART_ACTOR), actor) == 0;
    fprintf(out, "%s%s (%zu)\n", i ? "\n" : "", actor[0] ? actor : "(no bearer written)", n);
    for (size_t j = i; j < count; j++)
      if (!done[j] && strcmp(csq_obligation_text(list[j], CSQ_PART_ACTOR), actor) == 0) {
        done[j] = 1;
        text_one(out, list[j], law_names);
      }
  }
}

/* The laws with answers past the page, most first: up to this many. */
enum { MORE_LAWS_SHOWN = 20 };

static void more_laws(FILE *out, const csq_obligation_list *l) {
  size_t more = 0, shown = 0, obligations = 0;
  for (size_t i = 0; i < l->group_count; i++)
    if (!l->groups[i].count) {
      more++;
      obligations += l->groups[i].total;
    }
  if (!more)
    return;
  fprintf(out, "\n# %zu obligation%s more in %zu other law%s:\n", obligations,
          obligations == 1 ? "" : "s", more, more == 1 ? "" : "s");
  for (size_t i = 0; i < l->group_count && shown < MORE_LAWS_SHOWN; i++) {
    const csq_obligation_group *g = &l->groups[i];
    if (!g->count && ++shown)
      fprintf(out, "  %s (%s) %zu\n", g->law_name, g->law_id[0] ? g->law_id : "-", g->total);
  }
  if (more > shown)
    fprintf(out, "  … and %zu more laws\n", more - shown);
}

/* An answer across laws: each law of the page under its heading, its
 * obligations by bearer; then the laws past the page. */
static csq_status obligations_text(FILE *out, const csq_obligation_list *l, csq_error *err) {
  const csq_obligation *const *list = l->items.items;
  size_t count = l->items.count;
  char *done = csq__calloc(l->mem, count + 1, 1);
  if (!done)
    return csq__oom(err);
  if (!l->scope)
    by_bearer(out, list, count, done, several_laws(list, count));
  for (size_t i = 0, printed = 0; l->scope && i < l->group_count; i++) {
    const csq_obligation_group *g = &l->groups[i];
    if (!g->count)
      continue;
    /* the version the answers are of (the latest, or in force on --at) */
    fprintf(out, "%s# %s (%s, %s, %s%s%s): %zu obligation%s", printed++ ? "\n" : "", g->law_name,
            g->law_id[0] ? g->law_id : "-", g->level[0] ? g->level : "-", g->version,
            g->version[0] ? ", " : "", g->in_force ? "in force" : "repealed", g->total,
            g->total == 1 ? "" : "s");
    if (g->count < g->total)
      fprintf(out, ", %zu shown", g->count);
    fputs("\n\n", out);
    by_bearer(out, list + g->first, g->count, done, 0);
  }
  if (l->scope)
    more_laws(out, l);
  csq__free(l->mem, done);
  return csq__render_finish(out, err);
}

/* {"text", "start", "end"} of a part, or null when absent. */
static json_t *part_json(const csq_obligation *o, csq_obligation_part part) {
  size_t s, e;
  if (!csq_obligation_span(o, part, &s, &e))
    return json_null();
  return json_pack("{s:s, s:I, s:I}", "text", csq_obligation_text(o, part), "start", (json_int_t)s,
                   "end", (json_int_t)e);
}

/* Another statement by its provision and cue: {eid, cite, cue: {start, end}}. */
static json_t *statement_ref(const csq_obligation *o) {
  size_t s, e;
  if (!o || !csq_obligation_span(o, CSQ_PART_CUE, &s, &e))
    return json_null();
  const csq_node *n = csq_obligation_node(o);
  return json_pack("{s:s, s:s, s:{s:I, s:I}}", "eid", csq_node_eid(n), "cite", csq_node_cite(n),
                   "cue", "start", (json_int_t)s, "end", (json_int_t)e);
}

static json_t *actor_json(const csq_obligation *o) {
  const char *name = csq_obligation_text(o, CSQ_PART_ACTOR);
  if (!name[0])
    return json_null();
  size_t s, e;
  int here = csq_obligation_span(o, CSQ_PART_ACTOR, &s, &e);
  const csq_node *from = csq_obligation_actor_from(o);
  return json_pack("{s:s, s:o, s:o, s:b, s:o, s:o}", "text", name, "start",
                   here ? json_integer((json_int_t)s) : json_null(), "end",
                   here ? json_integer((json_int_t)e) : json_null(), "known",
                   csq_obligation_actor_known(o), "from",
                   from ? json_string(csq_node_eid(from)) : json_null(), "source",
                   statement_ref(csq_obligation_actor_source(o)));
}

static json_t *obligation_json(const csq_obligation *o) {
  const csq_node *n = csq_obligation_node(o);
  const csq_law *law = csq_node_law(n);
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o}", "law",
                   csq_law_id(law), "law_name", csq_law_name(law), "eid", csq_node_eid(n), "cite",
                   csq_node_cite(n), "modality", csq_modality_name(csq_obligation_modality(o)),
                   "clause", part_json(o, CSQ_PART_CLAUSE), "cue", part_json(o, CSQ_PART_CUE),
                   "actor", actor_json(o), "action", part_json(o, CSQ_PART_ACTION), "condition",
                   part_json(o, CSQ_PART_CONDITION), "qualifies",
                   statement_ref(csq_obligation_qualifies(o)));
}

/* One law of the answer with its obligations on the page. */
static json_t *group_json(const csq_obligation_group *g, const csq_obligation *const *items) {
  json_t *list = json_array();
  for (size_t i = 0; list && i < g->count; i++)
    if (json_array_append_new(list, obligation_json(items[g->first + i])) != 0) {
      json_decref(list);
      list = NULL;
    }
  return list ? json_pack("{s:s, s:s, s:s, s:s, s:b, s:I, s:o}", "law", g->law_id, "law_name",
                          g->law_name, "level", g->level, "version", g->version, "in_force",
                          g->in_force, "total", (json_int_t)g->total, "obligations", list)
              : NULL;
}

/* The groups of a list no query made: each run of one law. */
static json_t *runs_json(const csq_obligation_list *l) {
  json_t *laws = json_array();
  for (size_t i = 0, j; laws && i < l->items.count; i = j) {
    const csq_law *law = csq_node_law(csq_obligation_node(l->items.items[i]));
    for (j = i; j < l->items.count && csq_node_law(csq_obligation_node(l->items.items[j])) == law;)
      j++;
    csq_obligation_group g = {csq_law_id(law),
                              csq_law_name(law),
                              csq_law_level(law),
                              csq_law_version(law),
                              !csq_law_is_repealed(law),
                              i,
                              j - i,
                              j - i};
    if (json_array_append_new(laws, group_json(&g, l->items.items)) != 0) {
      json_decref(laws);
      laws = NULL;
    }
  }
  return laws;
}

static csq_status obligations_json(FILE *out, const csq_obligation_list *l, csq_error *err) {
  json_t *laws = l->scope ? json_array() : runs_json(l);
  for (size_t i = 0; laws && l->scope && i < l->group_count; i++)
    if (json_array_append_new(laws, group_json(&l->groups[i], l->items.items)) != 0) {
      json_decref(laws);
      laws = NULL;
    }
  json_t *scope = l->scope ? csq__scope_json(l->scope) : json_null();
  json_t *doc = NULL;
  if (laws && scope) /* json_pack takes both, also when it fails */
    doc = json_pack("{s:o, s:I, s:I, s:I, s:o}", "looked_at", scope, "total",
                    (json_int_t)csq_obligation_list_total(l), "offset", (json_int_t)l->offset,
                    "count", (json_int_t)l->items.count, "laws", laws);
  else {
    json_decref(laws);
    json_decref(scope);
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_obligations(FILE *out, const csq_render_options *o,
                                  const csq_obligation_list *list, csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? obligations_json(out, list, err)
                                                  : obligations_text(out, list, err);
}

/* ---- definitions ----------------------------------------------------------- */

static const char *scope_words(const csq_definition *d) {
  return csq_definition_scope_text(d)[0] ? csq_definition_scope_text(d) : "the whole law";
}

static csq_status definitions_text(FILE *out, const csq_definition_list *list, csq_error *err) {
  for (size_t i = 0; i < list->items.count; i++) {
    const csq_definition *d = list->items.items[i];
    const csq_node *n = csq_definition_node(d);
    fprintf(out, "%s%s: %s\n  defined in %s %s (%s)\n  scope: %s", i ? "\n" : "",
            csq_definition_term(d), csq_definition_meaning(d), csq_law_name(csq_node_law(n)),
            csq_node_cite(n), csq_definition_form(d), scope_words(d));
    for (size_t j = 0; j < csq_definition_scope_count(d); j++)
      fprintf(out, "%s%s", j ? ", " : " → ", csq_definition_scope_at(d, j));
    csq_node_list *uses;
    csq_status st = csq_definition_uses(d, &uses, err);
    if (st != CSQ_OK)
      return st;
    size_t n_uses = csq_node_list_count(uses);
    fprintf(out, "\n  used in %zu provision%s%s", n_uses, n_uses == 1 ? "" : "s",
            n_uses ? ":" : "");
    for (size_t j = 0; j < n_uses; j++)
      fprintf(out, " %s", csq_node_cite(csq_node_list_at(uses, j)));
    fputc('\n', out);
    csq_node_list_free(uses);
  }
  return csq__render_finish(out, err);
}

static json_t *definition_json(const csq_definition *d, csq_error *err) {
  const csq_node *n = csq_definition_node(d);
  size_t ts, te, ms, me;
  csq_definition_spans(d, &ts, &te, &ms, &me);
  csq_node_list *uses;
  if (csq_definition_uses(d, &uses, err) != CSQ_OK)
    return NULL;
  json_t *scope = json_array(), *used = json_array();
  for (size_t j = 0; scope && j < csq_definition_scope_count(d); j++)
    json_array_append_new(scope, json_string(csq_definition_scope_at(d, j)));
  for (size_t j = 0; used && j < csq_node_list_count(uses); j++) {
    const csq_node *u = csq_node_list_at(uses, j);
    json_array_append_new(
        used, json_pack("{s:s, s:s}", "eid", csq_node_eid(u), "cite", csq_node_cite(u)));
  }
  csq_node_list_free(uses);
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:{s:I, s:I}, s:{s:I, s:I}, s:{s:s, s:o}, "
                   "s:o}",
                   "term", csq_definition_term(d), "meaning", csq_definition_meaning(d), "form",
                   csq_definition_form(d), "law", csq_law_id(csq_node_law(n)), "eid",
                   csq_node_eid(n), "cite", csq_node_cite(n), "term_span", "start", (json_int_t)ts,
                   "end", (json_int_t)te, "meaning_span", "start", (json_int_t)ms, "end",
                   (json_int_t)me, "scope", "text", csq_definition_scope_text(d), "provisions",
                   scope, "used_in", used);
}

static csq_status definitions_json(FILE *out, const csq_definition_list *list, csq_error *err) {
  json_t *doc = json_array();
  for (size_t i = 0; doc && i < list->items.count; i++) {
    json_t *one = definition_json(list->items.items[i], err);
    if (!one || json_array_append_new(doc, one) != 0) {
      json_decref(doc);
      if (!one && err && err->status != CSQ_OK)
        return err->status;
      doc = NULL;
    }
  }
  return csq__render_json(out, doc, err);
}

csq_status csq_render_definitions(FILE *out, const csq_render_options *o,
                                  const csq_definition_list *list, csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? definitions_json(out, list, err)
                                                  : definitions_text(out, list, err);
}
