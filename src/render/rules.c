/*
 * rules.c — the obligations of one law version as rules, one JSON object a
 * line (docs/schema/csquery-rules.schema.json): where the rule stands
 * (law, version, eId), its modality, bearer, action and condition, the
 * exceptions that qualify it and the definitions its terms use. Each line
 * is written as it is made: an export of the whole corpus never holds
 * more than one rule's JSON.
 */
#include <string.h>

#include "render/render.h"

/* "" → null: a part the clause does not have. */
static json_t *text_or_null(const char *s) { return s && s[0] ? json_string(s) : json_null(); }

/* The rule's id: LAW@VERSION/EID/N, N its place among the obligations of
 * its provision (from 1). */
static json_t *rule_id(const csq_edition *ed, const csq_obligation *o) {
  const csq_node *n = csq_obligation_node(o);
  const csq_obligation *const *all;
  size_t count = csq_edition_obligations(ed, n, &all), k = 0;
  while (k < count && all[k] != o)
    k++;
  const csq_law *law = csq_edition_law(ed);
  return json_sprintf("%s@%s/%s/%zu", csq__law_key(law), law->version, n->eid, k + 1);
}

static json_t *bearer(const csq_obligation *o) {
  const char *actor = csq_obligation_text(o, CSQ_PART_ACTOR);
  if (!actor[0])
    return json_null();
  const csq_node *from = csq_obligation_actor_from(o);
  return json_pack("{s:s, s:b, s:o}", "text", actor, "known", csq_obligation_actor_known(o),
                   "carried_from", from ? json_string(from->eid) : json_null());
}

static json_t *exceptions(const csq_edition *ed, const csq_obligation *o) {
  const csq_obligation *const *exc;
  size_t n = csq_edition_exceptions(ed, o, &exc);
  json_t *list = json_array();
  for (size_t i = 0; list && i < n; i++)
    json_array_append_new(list, json_pack("{s:o, s:s}", "id", rule_id(ed, exc[i]), "text",
                                          csq_obligation_text(exc[i], CSQ_PART_CLAUSE)));
  return list;
}

static json_t *definition(const csq_definition *d) {
  const csq_node *n = csq_definition_node(d);
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "term", csq_definition_term(d), "meaning",
                   csq_definition_meaning(d), "law", csq__law_key(n->law), "version",
                   n->law->version, "eid", n->eid, "cite", n->cite);
}

/* The definitions of the terms that stand in the clause, each once. */
static json_t *definitions(const csq_edition *ed, const csq_obligation *o) {
  const csq_term_use *uses;
  size_t n = csq_edition_terms(ed, csq_obligation_node(o), &uses), start, end;
  json_t *list = json_array();
  if (!list || !csq_obligation_span(o, CSQ_PART_CLAUSE, &start, &end))
    return list;
  for (size_t i = 0; i < n; i++) {
    int seen = uses[i].start < start || uses[i].end > end;
    for (size_t j = 0; j < i && !seen; j++)
      seen =
          uses[j].definition == uses[i].definition && uses[j].start >= start && uses[j].end <= end;
    if (!seen)
      json_array_append_new(list, definition(uses[i].definition));
  }
  return list;
}

static json_t *rule(const csq_edition *ed, const csq_obligation *o) {
  const csq_law *law = csq_edition_law(ed);
  const csq_node *n = csq_obligation_node(o);
  size_t start = 0, end = 0;
  csq_obligation_span(o, CSQ_PART_CLAUSE, &start, &end);
  return json_pack("{s:o, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:s, s:s,"
                   " s:I, s:I, s:o, s:o}",
                   "id", rule_id(ed, o), "law", csq__law_key(law), "law_name", law->name, "version",
                   law->version, "level", law->level, "eid", n->eid, "cite", n->cite, "modality",
                   csq_modality_name(csq_obligation_modality(o)), "bearer", bearer(o), "action",
                   text_or_null(csq_obligation_text(o, CSQ_PART_ACTION)), "condition",
                   text_or_null(csq_obligation_text(o, CSQ_PART_CONDITION)), "cue",
                   csq_obligation_text(o, CSQ_PART_CUE), "text",
                   csq_obligation_text(o, CSQ_PART_CLAUSE), "start", (json_int_t)start, "end",
                   (json_int_t)end, "exceptions", exceptions(ed, o), "definitions",
                   definitions(ed, o));
}

static csq_status write_node(FILE *out, const csq_edition *ed, const csq_node *n, csq_error *err) {
  const csq_obligation *const *obls;
  size_t count = csq_edition_obligations(ed, n, &obls);
  for (size_t i = 0; i < count; i++) {
    json_t *r = rule(ed, obls[i]);
    if (!r)
      return csq__oom(err);
    int rc = json_dumpf(r, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(r);
    if (rc != 0 || fputc('\n', out) == EOF)
      return csq__render_finish(out, err) == CSQ_OK
                 ? csq__fail(err, CSQ_IO, "<output>", -1, "writing a rule failed")
                 : CSQ_IO;
  }
  csq_status st = CSQ_OK;
  for (const csq_node *c = n->first_child; st == CSQ_OK && c; c = c->next)
    st = write_node(out, ed, c, err);
  return st;
}

csq_status csq_render_rules(FILE *out, const csq_render_options *options, const csq_edition *ed,
                            csq_error *err) {
  (void)options;
  csq_status st = write_node(out, ed, csq_edition_law(ed)->root, err);
  return st == CSQ_OK ? csq__render_finish(out, err) : st;
}
