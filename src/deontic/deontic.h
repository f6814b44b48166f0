/*
 * deontic.h — the deontic stage: obligations (who must, may or must not do
 * what) and definitions, and the lists of them later stages hand out.
 */
#ifndef CSQ_DEONTIC_H
#define CSQ_DEONTIC_H

#include "citations/citations.h"

/* A list may own what its items point into (release(owned) frees it with
 * the list), as the citation lists do. */
struct csq_obligation_list {
  CSQ__LIST(const csq_obligation *);
  /* What an answer across laws adds (csq_query_obligations), kept in what
   * the list owns: every law with answers, the total before limit and
   * offset, and the scope. */
  const csq_obligation_group *groups;
  size_t group_count, total, offset;
  const csq_scope *scope;
};

struct csq_definition_list {
  CSQ__LIST(const csq_definition *);
};

csq_status csq__obligation_list_new(const csq_mem *mem, csq_obligation_list **out, csq_error *err);
csq_status csq__definition_list_new(const csq_mem *mem, csq_definition_list **out, csq_error *err);

/* Appends to `list` the obligations of `node` that pass `filter`. */
csq_status csq__obligations_collect(const csq_obligations *obls, const csq_node *node,
                                    const csq_obligation_filter *filter, csq_obligation_list *list,
                                    csq_error *err);

/* ---- what became of each cue (obligations --explain; explain.c) --------- */

/* Where the obligation stands in csq_obligations_at. */
size_t csq__obligation_index(const csq_obligation *o);

/* Each cue (應 得 須 不得 禁止 不予 不適用 不在此限 毋, 除…外) of a provision
 * became a statement or is explained by a named rule of grammar/. */
typedef struct csq__cue csq__cue;
typedef struct csq__cue_list csq__cue_list;

typedef enum csq__cue_rule {
  CSQ__CUE_STATEMENT = 0, /* it became a statement (csq__cue_obligation) */
  CSQ__CUE_FALSE_FRIEND,  /* a word: 所得, 取得, 應變, 因應 (modality.pcre ff) */
  CSQ__CUE_ATTRIBUTIVE,   /* inside a noun phrase: 應具備之措施 (modality.pcre attr…) */
  CSQ__CUE_QUOTED,        /* inside a name in 「」, or stated: 敘明應… (excepted.pcre
                           * quoted, modality.pcre stated) */
  CSQ__CUE_EXCEPTED,      /* restated inside 除…外 (excepted.pcre except) */
  CSQ__CUE_CASE, /* inside a …者 / …時 condition: 依前項規定應申報而未申報者 */
  CSQ__CUE_DEFINITION, /* inside a definition: …，指…應依預算法…之財團法人 (defining.pcre) */
  CSQ__CUE_ACTION, /* the verb of the statement before it: 得禁止…, 應予禁止 */
  CSQ__CUE_PURPOSE, /* ability in a clause of purpose: 以確保內部控制制度得以持續有效實施 */
  CSQ__CUE_RULE_COUNT
} csq__cue_rule;

/* "statement", "false_friend" …, and where the rule is written ("grammar/
 * modality.pcre (ff)"); static strings. */
const char *csq__cue_rule_name(csq__cue_rule rule);
const char *csq__cue_rule_source(csq__cue_rule rule);

/* The cues of `node`'s own text, in text order. */
csq_status csq__obligations_cues(const csq_obligations *obls, const csq_node *node,
                                 csq__cue_list **out, csq_error *err);
size_t csq__cue_list_count(const csq__cue_list *list);
const csq__cue *csq__cue_list_at(const csq__cue_list *list, size_t i);
void csq__cue_list_free(csq__cue_list *list);
/* A cue's node, span in code points (a false friend's whole word), text … */
const csq_node *csq__cue_node(const csq__cue *cue);
void csq__cue_span(const csq__cue *cue, size_t *start, size_t *end);
const char *csq__cue_text(const csq__cue *cue);
csq__cue_rule csq__cue_rule_of(const csq__cue *cue);
const csq_obligation *csq__cue_obligation(const csq__cue *cue); /* what it became, or NULL */

/* A cue list that may own what it was built from (release(owned) with it),
 * and the cues of a node and its descendants appended to one. */
csq_status csq__cue_list_new(const csq_mem *mem, csq__cue_list **out, csq_error *err);
void csq__cue_list_own(csq__cue_list *list, void (*release)(void *owned), void *owned);
csq_status csq__obligations_cues_collect(const csq_obligations *obls, const csq_node *node,
                                         csq__cue_list *list, csq_error *err);

/* ---- obligations as the store keeps them (stored.c) ---------------------- */

/* Visits the names the bearer of `ob` answers to (csq_obligation_has_actor),
 * each once: its name (how 0), the known names it joins (1), the names an
 * alias of its law stands for (2). Stops when visit returns non-zero, and
 * returns that. */
typedef int (*csq__name_fn)(void *ctx, const char *name, int how);
int csq__obligation_names(const csq_obligations *obls, const csq_obligation *ob, csq__name_fn visit,
                          void *ctx);

/* An empty set of obligations, to which the store adds those it reads. */
csq_status csq__obligations_new(const csq_mem *mem, csq_obligations **out, csq_error *err);

/* An obligation read back: its parts (text NULL where absent) and spans in
 * code points, its bearer's name and where a carried one is written. */
typedef struct csq__stored_obligation {
  const csq_node *node;
  csq_modality modality;
  const char *text[CSQ_PART_CONDITION + 1];
  size_t span[CSQ_PART_CONDITION + 1][2];
  const char *actor;
  int actor_known;
  const csq_node *actor_from;
  /* the statement an exception qualifies, the one whose bearer it takes:
   * their node, modality, cue and action (made with it), or NULL */
  const struct csq__stored_obligation *qualifies, *actor_source;
} csq__stored_obligation;

/* Adds it to `obls` (its strings copied); NULL when out of memory. */
const csq_obligation *csq__obligations_add_stored(csq_obligations *obls,
                                                  const csq__stored_obligation *s);

#endif /* CSQ_DEONTIC_H */
