/*
 * cues.c — csquery obligations --explain: every cue of the provisions asked
 * for, the statement it became or the rule of grammar/ that explains it, as
 * text for people and as JSON (docs/schema/csquery-cues.schema.json).
 */
#include <string.h>

#include "render/render.h"

static void text_statement(FILE *out, const csq_obligation *o) {
  const char *actor = csq_obligation_text(o, CSQ_PART_ACTOR);
  fprintf(out, " → %s, bearer %s", csq_modality_name(csq_obligation_modality(o)),
          actor[0] ? actor : "(none written)");
  if (csq_obligation_actor_from(o))
    fprintf(out, " (carried from %s)", csq_node_cite(csq_obligation_actor_from(o)));
  if (csq_obligation_text(o, CSQ_PART_ACTION)[0])
    fprintf(out, ": %s", csq_obligation_text(o, CSQ_PART_ACTION));
  if (csq_obligation_qualifies(o)) {
    const csq_obligation *q = csq_obligation_qualifies(o);
    fprintf(out, CSQ_MSG_EXPLAIN_QUALIFIES, csq_node_cite(csq_obligation_node(q)),
            csq_obligation_text(q, CSQ_PART_CUE));
  }
}

static csq_status cues_text(FILE *out, const csq__cue_list *list, csq_error *err) {
  const csq_node *node = NULL;
  for (size_t i = 0; i < csq__cue_list_count(list); i++) {
    const csq__cue *k = csq__cue_list_at(list, i);
    if (csq__cue_node(k) != node) {
      node = csq__cue_node(k);
      fprintf(out, "%s%s %s\n", i ? "\n" : "", csq_law_name(csq_node_law(node)),
              csq_node_cite(node));
    }
    size_t s, e;
    csq__cue_span(k, &s, &e);
    csq__cue_rule rule = csq__cue_rule_of(k);
    fprintf(out, CSQ_MSG_EXPLAIN_CUE, csq__cue_text(k), s, e, csq__cue_rule_name(rule));
    if (csq__cue_obligation(k))
      text_statement(out, csq__cue_obligation(k));
    else
      fprintf(out, " (%s)", csq__cue_rule_source(rule));
    fputc('\n', out);
  }
  return csq__render_finish(out, err);
}

static json_t *span_json(const char *text, size_t s, size_t e) {
  return json_pack("{s:s, s:I, s:I}", "text", text, "start", (json_int_t)s, "end", (json_int_t)e);
}

/* The statement a cue became: its modality, bearer and action. */
static json_t *statement_json(const csq_obligation *o) {
  if (!o)
    return json_null();
  const char *actor = csq_obligation_text(o, CSQ_PART_ACTOR);
  const char *action = csq_obligation_text(o, CSQ_PART_ACTION);
  return json_pack("{s:s, s:o, s:o}", "modality", csq_modality_name(csq_obligation_modality(o)),
                   "actor", actor[0] ? json_string(actor) : json_null(), "action",
                   action[0] ? json_string(action) : json_null());
}

static json_t *cue_json(const csq__cue *k) {
  const csq_node *n = csq__cue_node(k);
  const csq_law *law = csq_node_law(n);
  size_t s, e;
  csq__cue_span(k, &s, &e);
  csq__cue_rule rule = csq__cue_rule_of(k);
  return json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:s, s:o}", "law", csq_law_id(law), "law_name",
                   csq_law_name(law), "eid", csq_node_eid(n), "cite", csq_node_cite(n), "cue",
                   span_json(csq__cue_text(k), s, e), "rule", csq__cue_rule_name(rule), "source",
                   csq__cue_rule_source(rule), "statement", statement_json(csq__cue_obligation(k)));
}

static csq_status cues_json(FILE *out, const csq__cue_list *list, csq_error *err) {
  json_t *doc = json_array();
  for (size_t i = 0; doc && i < csq__cue_list_count(list); i++)
    if (json_array_append_new(doc, cue_json(csq__cue_list_at(list, i))) != 0) {
      json_decref(doc);
      doc = NULL;
    }
  return csq__render_json(out, doc, err);
}

csq_status csq__render_cues(FILE *out, const csq_render_options *o, const csq__cue_list *list,
                            csq_error *err) {
  return csq__render_format(o) == CSQ_FORMAT_JSON ? cues_json(out, list, err)
                                                  : cues_text(out, list, err);
}
