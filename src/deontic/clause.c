/*
 * clause.c — one clause: its cue (outside 除…外 and 「」), each duty in it
 * (a comma before a part with its own subject and cue starts another), the
 * parts of each, and the bearer carried into a clause that writes none.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "deontic/extract.h"

static void set_part(csq_obligations *o, csq_obligation *ob, int part, const char *s, size_t b0,
                     size_t b1) {
  ob->has[part] = 1;
  ob->span[part][0] = csq__code_points_to(&o->cursor, s, b0);
  ob->span[part][1] = csq__code_points_to(&o->cursor, s, b1);
  ob->text[part] = csq__arena_strndup(&o->arena, s + b0, b1 - b0);
}

static int add_alias(csq_obligations *o, const csq_node *n, const char *s, size_t at, size_t len,
                     const actor_found *a) {
  alias al = {n->law, csq__arena_strndup(&o->arena, s + at, len), {NULL}, a->conj_count};
  memcpy(al.conj, a->conj, sizeof al.conj);
  return al.name ? csq__vec_push(o->mem, &o->aliases, al) : -1;
}

static int push(csq_obligations *o, csq_obligation *ob) {
  return csq__vec_push(o->mem, &o->list, ob);
}

/* The last obligation of `n`'s own text, or NULL. */
static const csq_obligation *last_of(const csq_obligations *o, const csq_node *n) {
  uint64_t v;
  if (!n || !csq__u64map_get(&o->spans, (uint64_t)(uintptr_t)n, &v))
    return NULL;
  return o->list.items[(v >> 24) + (v & 0xffffff) - 1];
}

/* A paragraph's previous sibling paragraph, or NULL. */
static const csq_node *previous_paragraph(const csq_node *n) {
  const csq_node *prev = NULL;
  for (const csq_node *c = csq_node_first_child(csq_node_parent(n)); c && c != n;
       c = csq_node_next(c))
    prev = c;
  return prev && csq_node_kind(prev) == CSQ_PARAGRAPH ? prev : NULL;
}

/* An earlier duty of the same provision whose written, known bearer the
 * condition of `ob` names, when the clause before's bearer is not named:
 * in 第4條第1項第5款 「涉及利用非受託者自行開發之系統或資源者，並應標示…」
 * follows 委託機關's duty, but the case is 受託者's (what it did not
 * develop itself), and 受託者 wrote the provision's first duty. NULL when
 * there is none. */
static const csq_obligation *named_in_condition(const csq_obligations *o, size_t first,
                                                const csq_obligation *ob,
                                                const csq_obligation *prev) {
  /* an exception qualifies the duty before it, whatever its case names */
  if (!prev || !ob->has[CSQ_PART_CONDITION] || !prev->actor[0] || ob->modality == CSQ_EXCEPTION)
    return NULL;
  const char *cond = ob->text[CSQ_PART_CONDITION];
  if (strstr(cond, prev->actor))
    return NULL;
  for (size_t i = o->list.count; i-- > first;) {
    const csq_obligation *e = o->list.items[i];
    if (e->has[CSQ_PART_ACTOR] && e->actor_known && strstr(cond, e->actor))
      return e;
  }
  return NULL;
}

/* Whether the action of `ob` names `actor` as the one the act goes to
 * (grammar/actors.tsv's toward words right before it): who a duty is
 * reported, applied or given to does not bear it (變更…前，應報主管機關許可;
 * …，應向各級主管機關申請展延; 應全數返還主管機關), while 由中央主管機關組成…
 * or 存儲於發行人所開立之專戶 keep it. No bearer is then carried: the text
 * leaves it out, and the clause before names the wrong one. */
static int acted_on(const reader *r, const csq_obligation *ob, const char *actor) {
  const char *action = ob->text[CSQ_PART_ACTION], *at = action;
  if (!ob->has[CSQ_PART_ACTION])
    return 0;
  for (; (at = strstr(at, actor)) != NULL; at += strlen(actor))
    if (csq__word_before(r, W_TOWARD, action, 0, (size_t)(at - action), NULL))
      return 1;
  return 0;
}

/* The bearer of a clause that writes none: one its condition names (see
 * named_in_condition), else the clause before in this node, else the
 * list's lead-in, else the paragraph before. */
static void carry_actor(const reader *r, size_t first, csq_obligation *ob,
                        const csq_obligation *prev) {
  const csq_obligations *o = r->o;
  const csq_node *n = ob->node;
  const csq_obligation *named = named_in_condition(o, first, ob, prev);
  if (named)
    prev = named;
  if (!prev && csq_node_kind(n) >= CSQ_SUBPARAGRAPH)
    prev = last_of(o, csq_node_parent(n));
  else if (!prev && csq_node_kind(n) == CSQ_PARAGRAPH)
    prev = last_of(o, previous_paragraph(n));
  if (!prev || !prev->actor[0] || acted_on(r, ob, prev->actor))
    return;
  ob->actor = prev->actor;
  ob->conj_count = prev->conj_count;
  memcpy(ob->conj, prev->conj, sizeof ob->conj);
  ob->actor_known = prev->actor_known;
  ob->actor_from = prev->actor_from ? prev->actor_from : prev->node;
}

#define MAX_EXCEPTED 8

/* The parts of a clause excepted from its duty (除…外), byte ranges. */
typedef struct excepted {
  size_t at[MAX_EXCEPTED][2];
  int n;
} excepted;

static void find_excepted(reader *r, const clause *c, excepted *x) {
  x->n = 0;
  pcre2_code *code = r->pattern[PAT_EXCEPTED].code;
  pcre2_match_data *md = r->pattern[PAT_EXCEPTED].match;
  /* the clause is the subject, so that \A is its start */
  const char *s = c->s + c->start;
  size_t len = c->body_end - c->start;
  for (size_t at = 0; x->n < MAX_EXCEPTED && at < len;) {
    if (pcre2_match(code, (PCRE2_SPTR)s, len, at, PCRE2_NO_UTF_CHECK, md, NULL) <= 0)
      break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    x->at[x->n][0] = c->start + ov[0];
    x->at[x->n++][1] = c->start + ov[1];
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
}

static int in_excepted(const excepted *x, size_t at) {
  for (int i = 0; i < x->n; i++)
    if (at >= x->at[i][0] && at < x->at[i][1])
      return 1;
  return 0;
}

/* Whether the cue at `at` stands inside a …者 case that is not the last
 * segment of the clause (…並經實習至少一年成績及格，得有碩士以上學位者，得應
 * 諮商心理師考試): it describes the case, and a later cue is the clause's. */
static int in_case(reader *r, const clause *c, size_t at) {
  size_t from = csq__segment_start(c->s, c->start, at), to = at;
  while (to < c->body_end && !csq__starts_at(c->s, to, c->body_end, COMMA))
    to = csq__next_char(c->s, to, c->body_end);
  return to < c->body_end && csq__is_nominal(r, c->s, from, to);
}

/* The first cue of the clause that is a modality, outside what 除…外
 * excepts and, when a later one follows, outside a case (in_case); unless
 * `first_only`, an exception anywhere in it wins (但…，不在此限). 0 when
 * the clause has none. */
static int find_cue(reader *r, const clause *c, int first_only, int *modality, size_t *cs,
                    size_t *ce) {
  int found = 0, deferred = 0, dm = 0;
  size_t dcs = 0, dce = 0;
  excepted x;
  find_excepted(r, c, &x);
  size_t at = c->start;
  while (at < c->body_end && !(found && first_only)) {
    int rc = pcre2_match(r->pattern[PAT_MODALITY].code, (PCRE2_SPTR)c->s, c->body_end, at,
                         PCRE2_NO_UTF_CHECK, r->pattern[PAT_MODALITY].match, NULL);
    if (rc <= 0)
      break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->pattern[PAT_MODALITY].match);
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    for (int m = 0; m < 4; m++) {
      int g = r->g_mod[m];
      if (rc <= g || ov[2 * g] == PCRE2_UNSET || in_excepted(&x, ov[2 * g]))
        continue;
      size_t b0 = ov[2 * g], b1 = ov[2 * g + 1];
      if (!found && in_case(r, c, b0)) {
        if (!deferred)
          deferred = 1, dm = m, dcs = b0, dce = b1;
        continue;
      }
      if (!found || m == CSQ_EXCEPTION) {
        *modality = m;
        *cs = b0;
        *ce = b1;
      }
      found = 1;
    }
  }
  if (!found && deferred)
    *modality = dm, *cs = dcs, *ce = dce;
  return found || deferred;
}

static size_t skip_but(const char *s, size_t at, size_t end) {
  return csq__starts_at(s, at, end, PROVISO) ? at + strlen(PROVISO) : at;
}

/* Where the proviso a cue stands in begins: after the last 「，但」 before
 * it (國庫支票由國庫經辦行核驗兌付之，但逾發票日期一年者，不得兌付), else at
 * the clause's start, after its own 但. */
static size_t proviso_start(const char *s, size_t start, size_t cue) {
  size_t lo = skip_but(s, start, cue);
  for (size_t at = lo; at < cue; at = csq__next_char(s, at, cue))
    if (csq__starts_at(s, at, cue, COMMA) &&
        skip_but(s, at + strlen(COMMA), cue) > at + strlen(COMMA))
      lo = skip_but(s, at + strlen(COMMA), cue);
  return lo;
}

static size_t trim_comma(const char *s, size_t lo, size_t hi) {
  while (csq__ends_at(s, lo, hi, COMMA))
    hi -= strlen(COMMA);
  return hi;
}

/* Writes the bearer found in the clause into `ob`, and an alias defined
 * right after it (公務機關或特定非公務機關（以下簡稱各機關）). Where the
 * text after the bearer (and its alias) begins, or 0 when out of memory. */
static size_t set_actor(csq_obligations *o, csq_obligation *ob, const clause *c,
                        const actor_found *a, size_t hi) {
  const char *s = c->s;
  set_part(o, ob, CSQ_PART_ACTOR, s, a->start, a->end);
  ob->actor = ob->text[CSQ_PART_ACTOR];
  ob->conj_count = a->conj_count;
  memcpy(ob->conj, a->conj, sizeof ob->conj);
  ob->actor_known = a->known;
  size_t name, name_len, al = csq__alias_after(s, a->end, hi, &name, &name_len);
  if (al && a->known && add_alias(o, c->node, s, name, name_len, a) != 0)
    return 0;
  return a->end + al;
}

/* 應由資料科摘錄…: when the clause writes no bearer, the one 由 names
 * after the cue bears it, and the action follows it. The action's start. */
static size_t read_agent(reader *r, csq_obligation *ob, const clause *c, size_t action) {
  size_t from = csq__match_end(r, PAT_AGENT, c->s, action, c->body_end);
  size_t to = from ? csq__agent_end(r, c->s, from, c->body_end) : 0;
  if (!to)
    return action;
  actor_found a = {from, to, {NULL}, 0, 0};
  actor_found known;
  if (csq__actor_forward(r, c->s, from, to, &known) && known.end == to)
    a = known;
  return set_actor(r->o, ob, c, &a, to) ? to : 0;
}

/* Whether the segment right before the cue is a topic of its own: no
 * bearer, no condition (評鑑委員會之決議，應有全體委員二分之一以上之出席):
 * a bearer from elsewhere is then not carried into it. */
static int topic_before_cue(reader *r, const char *s, size_t lo, size_t hi) {
  size_t from = csq__segment_start(s, lo, hi);
  return from < hi && csq__subject_kind(csq__segment_kind(r, s, from, hi));
}

/* The bearer, condition and action of one obligation; `*topic` tells
 * whether the clause has a topic of its own and no bearer. */
static int read_parts(reader *r, const clause *c, csq_obligation *ob, size_t cs, size_t ce,
                      int *topic) {
  csq_obligations *o = r->o;
  const char *s = c->s;
  /* 如非櫃裝貨物並應…, …時均應…: the adverb belongs to neither side */
  size_t lo = proviso_start(s, c->start, cs), bare = csq__strip_adverbs(r, s, c->start, cs);
  size_t hi = trim_comma(s, lo, bare);
  actor_found a;
  /* an exception qualifies the duty before it: its bearer is carried */
  int have = ob->modality != CSQ_EXCEPTION && csq__find_actor(r, s, lo, hi, &a);
  *topic = !have && ob->modality != CSQ_EXCEPTION && topic_before_cue(r, s, lo, hi);
  size_t cond_lo = lo, cond_hi = hi, cs2, ce2;
  int cond_found = 0;
  if (have) {
    size_t after = set_actor(o, ob, c, &a, hi);
    if (!after)
      return -1;
    /* the condition is on one side of the bearer: after it, else before;
     * after it, a frame (委託機關辦理…之適任性查核，應…) is one too */
    if (csq__find_condition(r, s, after, hi, 1, &cs2, &ce2))
      cond_lo = cs2, cond_hi = ce2, cond_found = 1;
    else if (a.start == lo && after < hi && hi < bare &&
             csq__rule_matches(r, PAT_FRAME, s, after, hi))
      cond_lo = after, cond_found = 1;
    else
      cond_hi = trim_comma(s, lo, a.start);
  }
  size_t action = ce;
  int agent = !have && ob->modality != CSQ_EXCEPTION &&
              csq__match_end(r, PAT_AGENT, s, ce, c->body_end) != 0;
  if ((cond_found || ob->modality == CSQ_EXCEPTION) && cond_hi > cond_lo)
    set_part(o, ob, CSQ_PART_CONDITION, s, cond_lo, cond_hi);
  else if (csq__find_condition(r, s, cond_lo, cond_hi, 0, &cs2, &ce2))
    set_part(o, ob, CSQ_PART_CONDITION, s, cs2, ce2);
  else if (!agent && csq__condition_after_cue(r, s, ce, c->body_end, &ce2)) {
    set_part(o, ob, CSQ_PART_CONDITION, s, ce, ce2);
    action = ce2 + strlen(COMMA);
  }
  if (agent && !(action = read_agent(r, ob, c, action)))
    return -1;
  if (action < c->body_end && ob->modality != CSQ_EXCEPTION)
    set_part(o, ob, CSQ_PART_ACTION, s, action, c->body_end);
  return 0;
}

/* Whether s[lo..cue) names its own bearer before the cue: a known actor
 * opening it (，主管機關認有必要時，得…), or in one segment with the cue a
 * subject that ends like a bearer right before it (，其負責人應…) or one
 * before an opener (，陪同人員於訪談進行中不得…). */
static int own_subject(reader *r, const char *s, size_t lo, size_t cue) {
  size_t hi = csq__strip_adverbs(r, s, lo, cue), seg_end = lo;
  actor_found a;
  if (csq__actor_forward(r, s, lo, hi, &a))
    return 1;
  while (seg_end < hi && !csq__starts_at(s, seg_end, hi, COMMA))
    seg_end = csq__next_char(s, seg_end, hi);
  if (seg_end < hi) /* 捐贈者有指定用途者，並應…: a case, not a subject */
    return 0;
  if (hi > lo && csq__bearer_like(r, s, lo, hi) &&
      csq__subject_kind(csq__segment_kind(r, s, lo, hi)))
    return 1;
  return csq__subject_of_condition(r, s, lo, seg_end, &a);
}

/* Where a second duty begins inside a clause whose first cue ends at
 * `after`: the comma before a part with its own subject and cue
 * (受訪談人員應據實陳述…，陪同人員於訪談進行中不得發言…) or before a
 * proviso with a cue (，但受訪談人員得與陪同人員討論之; ，但…不在此限).
 * 0 when there is none. */
static size_t next_duty(reader *r, const clause *c, size_t after) {
  const char *s = c->s;
  for (size_t p = after; p < c->body_end; p = csq__next_char(s, p, c->body_end)) {
    if (!csq__starts_at(s, p, c->body_end, COMMA))
      continue;
    clause rest = {c->node, s, p + strlen(COMMA), c->end, c->body_end};
    int m;
    size_t cs, ce;
    if (!find_cue(r, &rest, 1, &m, &cs, &ce))
      return 0;
    if (skip_but(s, rest.start, cs) > rest.start || own_subject(r, s, rest.start, cs))
      return p;
  }
  return 0;
}

/* One clause, one obligation for each duty in it (see next_duty). */
int csq__read_clause(reader *r, const clause *c, const csq_obligation **prev) {
  int modality = 0;
  size_t cs = 0, ce = 0;
  if (!find_cue(r, c, 1, &modality, &cs, &ce))
    return 0;
  clause head = *c;
  size_t split = next_duty(r, c, ce);
  if (split) {
    head.end = split + strlen(COMMA);
    head.body_end = split;
  }
  find_cue(r, &head, 0, &modality, &cs, &ce); /* its exception wins */
  csq_obligations *o = r->o;
  csq_obligation *ob = csq__arena_alloc(&o->arena, sizeof *ob);
  if (!ob)
    return -1;
  ob->node = head.node;
  ob->modality = (csq_modality)modality;
  ob->actor = "";
  for (int i = 0; i < PART_COUNT; i++)
    ob->text[i] = "";
  set_part(o, ob, CSQ_PART_CLAUSE, head.s, head.start, head.end);
  set_part(o, ob, CSQ_PART_CUE, head.s, cs, ce);
  int topic = 0;
  if (read_parts(r, &head, ob, cs, ce, &topic) != 0)
    return -1;
  if (!ob->has[CSQ_PART_ACTOR] && !topic)
    carry_actor(r, r->node_first, ob, *prev);
  *prev = ob;
  if (push(o, ob) != 0)
    return -1;
  if (!split)
    return 0;
  clause tail = {c->node, c->s, split + strlen(COMMA), c->end, c->body_end};
  return csq__read_clause(r, &tail, prev);
}
