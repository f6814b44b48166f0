/*
 * parts.c — the bearer, condition and action of one statement, read from
 * its text: the bearer and the condition before the cue (subject.c finds
 * them), the action after it; 由X after the cue names the bearer when the
 * text before writes none, and a condition written right after the cue is
 * moved out of the action. An exception's condition is its proviso, or
 * what its 除…外 excepts.
 */
#include <string.h>

#include "deontic/extract.h"

void csq__set_part(reader *r, csq_obligation *ob, int part, const char *s, size_t b0, size_t b1) {
  ob->has[part] = 1;
  ob->span[part][0] = csq__cp(r, s, b0);
  ob->span[part][1] = ob->span[part][0] + csq__code_points(s, b0, b1);
  ob->text[part] = csq__arena_strndup(&r->o->arena, s + b0, b1 - b0);
  if (!ob->text[part]) { /* noted, and the clause fails when it ends */
    ob->text[part] = "";
    r->out_of_memory = 1;
  }
}

static int add_alias(csq_obligations *o, const csq_node *n, const char *s, size_t at, size_t len,
                     const actor_found *a) {
  alias al = {n->law, csq__arena_strndup(&o->arena, s + at, len), {NULL}, a->conj_count};
  memcpy(al.conj, a->conj, sizeof al.conj);
  return al.name ? csq__vec_push(o->mem, &o->aliases, al) : -1;
}

static size_t skip_but(const char *s, size_t at, size_t end) {
  return csq__starts_at(s, at, end, PROVISO) ? at + strlen(PROVISO) : at;
}

/* Where the proviso a cue stands in begins: after the last 「，但」 before
 * it (國庫支票由國庫經辦行核驗兌付之，但逾發票日期一年者，不得兌付), else at
 * the text's start, after its own 但. */
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

/* Adverbs and the words that join a statement to the one before (並應,
 * 且得, 而應) between the text before a cue and the cue. */
size_t csq__strip_joiners(const reader *r, const char *s, size_t lo, size_t at) {
  for (size_t prev = (size_t)-1; prev != at;) {
    prev = at;
    at = csq__strip_adverbs(r, s, lo, at);
    int j = csq__ends_with_any(s + lo, at - lo, CSQ__WORDS(statement_joiners));
    if (j >= 0)
      at -= strlen(csq_words_statement_joiners[j]);
  }
  return at;
}

/* After a pronoun, what it did and 之 are no part of the name, which
 * means nothing without the pronoun: 其[聘僱之]專任專業人員不得… (移民業務機構輔導管理辦法
 * 第9條: fresh20), 其[推派之]機關或團體; not a list (其法定代理人、配偶…之人). Where the
 * name begins. */
static size_t past_its_act(const reader *r, const char *s, size_t from, size_t end) {
  size_t pos = from;
  for (int k = 0; k < MAX_ITS_ACT_CHARS && pos < end; k++) {
    pos = csq__next_char(s, pos, end);
    size_t m = csq__word_at(r, W_MODIFIER, s, pos, end, NULL);
    if (csq__word_at(r, W_JOINER, s, pos, end, NULL)) /* 、 或 及 與: actors.tsv joiners */
      return from;
    if (m && csq__code_points(s, pos + m, end) >= 2)
      return pos + m;
  }
  return from;
}

/* A person's name and what they do, run together: 醫事放射師[執業]，應向所在地…
 * 申請執業登記 (醫事放射師法 第7條: fresh36); the act opens the condition
 * (words.tsv name_acts). Where the name ends. */
static size_t name_end(const reader *r, const char *s, size_t from, size_t end) {
  int k = csq__ends_with_any(s + from, end - from, CSQ__WORDS(name_acts));
  if (k < 0)
    return end;
  size_t at = end - strlen(csq_words_name_acts[k]);
  return at > from && csq__bearer_like(r, s, from, at) ? at : end;
}

/* Writes the bearer `a` finds in s into `ob`. Where its name ends. */
static size_t write_actor(reader *r, csq_obligation *ob, const char *s, const actor_found *a) {
  size_t from = a->start;
  /* 其營業代理人: the pronoun is no part of the name */
  size_t its = csq__its_pronoun(s, from, a->end);
  if (its && csq__code_points(s, from, a->end) > 2)
    from = past_its_act(r, s, from + its, a->end);
  size_t end = name_end(r, s, from, a->end);
  csq__set_part(r, ob, CSQ_PART_ACTOR, s, from, end);
  ob->actor = ob->text[CSQ_PART_ACTOR];
  ob->conj_count = a->conj_count;
  memcpy(ob->conj, a->conj, sizeof ob->conj);
  ob->actor_known = a->known;
  return end;
}

void csq__bear_outranked(reader *r, csq_obligation *ob, const char *s, const csq_obligation *src) {
  write_actor(r, ob, s, &src->outranked);
}

/* Writes the bearer found into `ob`, and an alias defined right after it
 * (公務機關或特定非公務機關（以下簡稱各機關）). Where the text after the
 * bearer (and its alias) begins, or 0 when out of memory. */
static size_t set_actor(reader *r, csq_obligation *ob, const clause *c, const actor_found *a,
                        size_t hi) {
  const char *s = c->s;
  size_t end = write_actor(r, ob, s, a);
  if (end < a->end)
    return end;
  size_t name, name_len, al = csq__alias_after(s, a->end, hi, &name, &name_len);
  if (al && a->known && add_alias(r->o, c->node, s, name, name_len, a) != 0)
    return 0;
  return a->end + al;
}

/* 由X right after the cue: where PAT_AGENT's match ends (0: none), and the
 * agent it names, read at most once a statement. */
typedef struct agent_after {
  size_t by;
  int read; /* -1: not asked yet; else whether an agent reads there */
  actor_found a;
} agent_after;

static int agent_reads(reader *r, const char *s, size_t ce, size_t end, agent_after *g) {
  if (g->read < 0)
    g->read = g->by && csq__agent_named(r, s, ce, end, &g->a);
  return g->read;
}

/* Whether the agent read after the cue only serves the subject written before it: the
 * members it is made of (審查小組應由委員五人至七人組成) or the one whose application it
 * acts on or picks from (法院得由公司或利害關係人之聲請…裁定; 應由管理階層中指派: words.tsv
 * agent_serves, agent_applies). */
static int agent_serves(const char *s, const agent_after *g, size_t end) {
  size_t at = g->a.end, seg = csq__segment_end(s, at, end);
  return csq__ends_with_any(s + at, seg - at, CSQ__WORDS(agent_serves)) >= 0 ||
         csq__starts_with_any(s + at, seg - at, CSQ__WORDS(agent_applies)) >= 0;
}

/* 應由資料科摘錄…: when the text writes no bearer, the one 由 names after
 * the cue bears it, and the action follows it. The action's start. */
static size_t read_agent(reader *r, csq_obligation *ob, const clause *c, size_t action,
                         agent_after *g) {
  if (!agent_reads(r, c->s, action, c->body_end, g))
    return action;
  actor_found a = g->a;
  size_t to = a.end;
  if (!set_actor(r, ob, c, &a, to))
    return 0;
  return csq__starts_at(c->s, to, c->body_end, COMMA) ? to + strlen(COMMA) : to;
}

/* Whether the segment right before the cue is a topic of its own: no
 * bearer, no condition (評鑑委員會之決議，應有全體委員二分之一以上之出席):
 * a bearer from elsewhere is then not carried into it. */
static int topic_before_cue(reader *r, const char *s, size_t lo, size_t hi) {
  size_t from = csq__segment_start(s, lo, hi);
  /* …，同時應通報…: a segment that only says when is no topic */
  hi = csq__strip_adverbs(r, s, from, hi);
  int when = csq__starts_with_any(s + from, hi - from, CSQ__WORDS(adverb_segments));
  if (from == hi || (when >= 0 && strlen(csq_words_adverb_segments[when]) == hi - from))
    return 0;
  /* 對在職勞工應…: what the act goes to is no topic */
  return from < hi && !csq__word_at(r, W_TOWARD, s, from, hi, NULL) &&
         csq__subject_kind(csq__segment_kind(r, s, from, hi));
}

/* Whether the name found ends at the first character of a count that the
 * text goes on with (words.tsv count_nouns: 代理人|數). */
static int ends_in_count(const reader *r, const char *s, const actor_found *a) {
  for (size_t i = 0; i < csq_words_count_nouns_count; i++) {
    const char *w = csq_words_count_nouns[i];
    size_t k = csq__char_len(w, strlen(w));
    if (a->end >= a->start + k && csq__starts_with(s + a->end - k, r->node_len - (a->end - k), w) &&
        csq__starts_with_any(s + a->end - k, r->node_len - (a->end - k),
                             CSQ__WORDS(count_nouns_not)) < 0)
      return 1;
  }
  return 0;
}

/* Whether what was found opens like a name; past a time or a joiner that
 * opens it (必要時[本院]得調閱…, 且[受託機構]不得…: words.tsv
 * bearer_openers_dropped). Not a finding (認有修正礦業…: finding_opens), nor
 * a means or what a matter concerns (以法院所屬車輛辦理提解, 涉及其他單位
 * 職掌者: bearer_never_opens), nor what is deemed when no cue follows it
 * (視為公司未發行股份，並應…: bearer_deemed_opens; with one, the name after
 * 視為), unless a 之 makes it the modifier of a name (以公益為目的之長照機構社團法人,
 * 認為應再體檢之航空人員). */
static int named_as_bearer(const reader *r, const char *s, actor_found *a) {
  size_t len = a->end - a->start;
  int t = csq__starts_with_any(s + a->start, len, CSQ__WORDS(bearer_openers_dropped));
  if (t >= 0 && strlen(csq_words_bearer_openers_dropped[t]) < len)
    a->start += strlen(csq_words_bearer_openers_dropped[t]);
  /* 視為系統經營者應停止…: who the deemed duty binds, after 視為 */
  int deemed =
      csq__starts_with_any(s + a->start, a->end - a->start, CSQ__WORDS(bearer_deemed_opens));
  if (deemed >= 0) {
    if (csq__starts_with_any(s + a->end, r->node_len - a->end, CSQ__WORDS(cue_chars)) < 0)
      return 0;
    a->start += strlen(csq_words_bearer_deemed_opens[deemed]);
  }
  len = a->end - a->start;
  /* 以公司、行號名義申請登記者: the name or way one acts in opens one who acts
   * (persons.c, csq__agent_phrase), not a means */
  int manner = csq__manner_end(r, s, a->start, a->end) != a->start &&
               csq__ends_with_any(s + a->start, len, CSQ__WORDS(case_nominal_ends)) >= 0;
  int means =
      (!manner && csq__starts_with_any(s + a->start, len, CSQ__WORDS(bearer_never_opens)) >= 0) ||
      csq__starts_with_any(s + a->start, len, CSQ__WORDS(finding_opens)) >= 0;
  /* 代理人數不得超過…: a name cut at the first character of a count */
  if (ends_in_count(r, s, a))
    return 0;
  /* one character is no name but a head after 之 (左列各款之[人]): 凡[人]民聚居地方…，
   * 且[場]地四週應… were words cut short */
  if (csq__code_points(s, a->start, a->end) == 1 &&
      !csq__word_before(r, W_MODIFIER, s, 0, a->start, NULL))
    return 0;
  return !means || csq__has_word(r, W_MODIFIER, s, a->start, a->end);
}

/* 除…外 makes an exception: what it excepts is the condition. */
static int read_excepting(reader *r, const region *g, csq_obligation *ob) {
  size_t lo = g->cue->b1, hi = csq__prev_char(g->c.s, lo, g->cue->x_end);
  if (hi > lo)
    csq__set_part(r, ob, CSQ_PART_CONDITION, g->c.s, lo, hi);
  return 0;
}

/* The condition of a statement with a bearer: after the bearer, else
 * before it; after it, a frame (委託機關辦理…之適任性查核，應…) is one too. */
static void condition_with_bearer(reader *r, const char *s, size_t lo, size_t after, size_t hi,
                                  size_t bare, const actor_found *a, size_t *cond_lo,
                                  size_t *cond_hi, int *found) {
  size_t cs2, ce2;
  if (csq__find_condition(r, s, after, hi, 1, &cs2, &ce2))
    *cond_lo = cs2, *cond_hi = ce2, *found = 1;
  else if (a->start == lo && after < hi && hi < bare &&
           csq__rule_matches(r, PAT_FRAME, s, after, hi))
    *cond_lo = after, *found = 1;
  else if (after < a->end) /* 醫師[執業]，應…: the act of the name (name_end) */
    *cond_lo = after, *found = 1;
  else
    *cond_hi = trim_comma(s, lo, a->start);
}

/* Whether 由X after the cue bears the statement though a subject is
 * written before it: the subject's is a case, a run of conditions after it
 * that closes with 者 or 時 (第二項人員…，再任有給公職者，應由再任機關（構）
 * 按比例收回; 行政院或立法院審議…時，應由本部業務主管單位…派員出席), a
 * supposition (進口人如為政府機關（構），應由各該主管機關（構）簽署), or a time
 * it is in, when an agent reads after 由 (董事會休會期間，得由常務董事會代為行使;
 * not 園區事業於辦妥設立登記…後，始得由國外進口: from abroad); not 公務機關經其上級
 * 機關同意，得由其上級機關辦理 (公務機關 has it done). s[ce..end): after the cue. */
static int agent_wins(reader *r, const char *s, size_t after, size_t hi, size_t ce, size_t end,
                      agent_after *g) {
  size_t cs2, ce2;
  if (g->by && hi > after &&
      csq__ends_with_any(s + after, hi - after, CSQ__WORDS(agent_time_ends)) >= 0)
    return agent_reads(r, s, ce, end, g);
  if (!g->by || !csq__find_condition(r, s, after, hi, 1, &cs2, &ce2))
    return 0;
  return csq__ends_as_case(s, cs2, ce2) ||
         csq__starts_with_any(s + cs2, ce2 - cs2, CSQ__WORDS(supposition_opens)) >= 0;
}

/* Whether the bearer found only modifies a thing its segment ends with, so
 * that a 由X after the cue names who acts: 雇主設置之局部排氣裝置，應由專業
 * 人員妥為設計 (the head, after the last 之, names no one). */
static int modifies_thing(reader *r, const char *s, const actor_found *a, size_t hi) {
  size_t end = csq__segment_end(s, a->end, hi);
  size_t head = csq__after_last_modifier(r, s, a->end, end);
  return head > a->end && head < end && !csq__bearer_like(r, s, head, end) &&
         !csq__known_at(r, s, head, end, NULL);
}

/* Whether the segment right before the cue is its own topic, opened by 其
 * and naming no one (…之部隊，如未派有監察官者，[其業務]應由該部原設之政三部門
 * 兼辦): the bearer found before it owns the thing, and a 由X acts. */
static int its_thing_before_cue(reader *r, const char *s, size_t lo, size_t bare,
                                const actor_found *a) {
  size_t from = csq__segment_start(s, lo, bare);
  return from > a->end && from < bare && csq__its_pronoun(s, from, bare) &&
         !csq__bearer_like(r, s, from, bare) && !csq__known_at(r, s, from, bare, NULL);
}

/* Whether what a person does follows the cue at s[ce..): right after it
 * (…，應[檢具]…), or after the time it is due by, in the cue's segment
 * (未申請分期賠償者，應於退伍生效日前一次[繳納]…: words.tsv act_time_opens), or
 * after the one it is asked of when the case opens the provision (具備下列資格者，
 * 得向主管機關[申請]…: act_toward_opens). After anything the case goes on from
 * it: 鐵路使用之產品，經交通部指定者，應向…申請檢測 (the product's case);
 * 航空器使用人應…；無法於…週期內完成者，得向民航局申請延展 (the operator's). */
static int person_acts_after(const char *s, size_t cs, size_t ce, size_t end, int opens) {
  if (csq__starts_with_any(s + ce, end - ce, CSQ__WORDS(person_acts)) >= 0)
    return 1;
  /* the cue may hold the 於 (應於) */
  if (csq__starts_with_any(s + ce, end - ce, CSQ__WORDS(act_time_opens)) < 0 &&
      csq__ends_with_any(s + cs, ce - cs, CSQ__WORDS(act_time_opens)) < 0 &&
      !(opens && csq__starts_with_any(s + ce, end - ce, CSQ__WORDS(act_toward_opens)) >= 0))
    return 0;
  size_t seg_end = csq__segment_end(s, ce, end);
  for (size_t at = csq__next_char(s, ce, seg_end); at < seg_end;
       at = csq__next_char(s, at, seg_end))
    if (csq__starts_with_any(s + at, seg_end - at, CSQ__WORDS(person_acts)) >= 0)
      return 1;
  return 0;
}

/* A …者 case right before the cue that names who does what follows: one
 * that opens with a state (grammar/words.tsv person_case_opens: 屆期未換證者,
 * 非領有營養師證書者), when what follows is what a person does (person_acts:
 * …，應檢具…; …，不得使用營養師名稱). Not one that an office acts on (屆期
 * 未改善者，得按次處罰), nor a thing's case (就學區涉及…者，應自行協調).
 * `body`: where the provision's text begins, past its number. */
static int case_names_actor(reader *r, const char *s, size_t lo, size_t hi, size_t cs, size_t ce,
                            size_t end, size_t body, actor_found *a) {
  size_t from = csq__segment_start(s, lo, hi), before;
  /* 領有醫師證書，且未有…情形之一者: a second state the case goes on to
   * (words.tsv case_state_links) from a qualification held that opens the
   * clause (agent_person_opens); not 新設立之船舶運送業…，領有…證書，並… */
  if (csq__comma_before(s, lo, from, &before) &&
      csq__starts_with_any(s + from, hi - from, CSQ__WORDS(case_state_links)) >= 0 &&
      csq__segment_start(s, lo, before) == lo &&
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(agent_person_opens)) >= 0)
    from = lo;
  if (from >= hi || csq__ends_with_any(s + from, hi - from, CSQ__WORDS(case_nominal_ends)) < 0 ||
      csq__starts_with_any(s + from, hi - from, CSQ__WORDS(person_case_opens)) < 0 ||
      !person_acts_after(s, cs, ce, end, from == body))
    return 0;
  *a = csq__actor_span(from, hi);
  return named_as_bearer(r, s, a);
}

int csq__read_parts(reader *r, const region *g, csq_obligation *ob, int *topic) {
  const clause *c = &g->c;
  const char *s = c->s;
  size_t cs = g->cue->b0, ce = g->cue->b1;
  *topic = 0;
  if (g->cue->x_end)
    return read_excepting(r, g, ob);
  int exception = ob->modality == CSQ_EXCEPTION;
  /* 如非櫃裝貨物並應…, …時均應…: the adverb belongs to neither side */
  size_t lo = proviso_start(s, c->start, cs), bare = csq__strip_joiners(r, s, c->start, cs);
  size_t hi = trim_comma(s, lo, bare < g->cut ? bare : g->cut);
  size_t actor_lo = g->actor_lo > lo ? g->actor_lo : lo;
  if (actor_lo > hi)
    actor_lo = hi;
  actor_found a = {0};
  /* an exception qualifies the statement before it: its bearer is carried */
  int have = !exception && csq__find_actor(r, s, actor_lo, hi, &a);
  if (have)
    have = named_as_bearer(r, s, &a);
  /* 任一性別委員不得少於委員總數三分之一: a count of whom its subject names
   * binds no one written, and none is carried into it (the readers of the
   * labelled sets wrote no bearer for 266 of 276 such statements) */
  if (have && csq__counts_subject(r, s, &a, actor_lo, cs, ob->modality))
    have = 0, ob->counted = 1;
  if (!have && !exception && !ob->counted)
    have = case_names_actor(r, s, actor_lo, hi, cs, ce, c->body_end, r->body_start, &a);
  /* 無人回應時，得改用…: the case is that no one is there */
  if (have && csq__names_absent(r, s, a.start, a.end, c->body_end))
    have = 0;
  *topic = !have && !exception && (a.topic || topic_before_cue(r, s, actor_lo, hi));
  size_t cond_lo = lo, cond_hi = hi, cs2, ce2;
  int cond_found = 0;
  agent_after by = {exception ? 0 : csq__match_end(r, PAT_AGENT, s, ce, c->body_end), -1, {0}};
  if (have && (agent_wins(r, s, a.end, csq__before_time(s, lo, hi), ce, c->body_end, &by) ||
               (by.by && (a.weak || modifies_thing(r, s, &a, hi) ||
                          its_thing_before_cue(r, s, lo, bare, &a)))))
    have = 0; /* 公司於…申請…，…者，應由農委會…發給: 農委會 bears it */
  /* 各機關進用專技人員，應由用人機關組成…; 董事會應由董事長召集; 其人員得由外交部派駐境外:
   * the one 由 names after the cue acts and bears the statement, not the subject written
   * before it: a known name, or any that reads as an agent when a duty opens its segment
   * with 由 (a permission whose agent is read past a known name, 公務機關經其上級或監督機關
   * 同意，得由其上級、監督機關或…辦理, stays the subject's), unless the agent only serves
   * the subject (agent_serves: 審查小組應由委員五人至七人組成); the readers of the labelled
   * sets wrote the agent so. The subject outranked (not a case's, a time's or a thing's, as
   * above) is kept: clause.c may give it back to the statements after this one */
  if (have && by.by && agent_reads(r, s, ce, c->body_end, &by) &&
      !agent_serves(s, &by, c->body_end) &&
      (by.a.known || (ob->modality != CSQ_MAY && csq__ends_at(s, lo, bare, COMMA))))
    have = 0, ob->outranked = a;
  if (have) {
    size_t after = set_actor(r, ob, c, &a, hi);
    if (!after)
      return -1;
    condition_with_bearer(r, s, lo, after, hi, bare, &a, &cond_lo, &cond_hi, &cond_found);
  }
  size_t action = ce;
  int agent = !have && by.by != 0;
  if ((cond_found || exception) && cond_hi > cond_lo)
    csq__set_part(r, ob, CSQ_PART_CONDITION, s, cond_lo, cond_hi);
  else if (csq__find_condition(r, s, cond_lo, cond_hi, 0, &cs2, &ce2))
    csq__set_part(r, ob, CSQ_PART_CONDITION, s, cs2, ce2);
  else if (!agent && csq__condition_after_cue(r, s, ce, c->body_end, &ce2)) {
    csq__set_part(r, ob, CSQ_PART_CONDITION, s, ce, ce2);
    action = ce2 + strlen(COMMA);
  }
  if (agent && !(action = read_agent(r, ob, c, action, &by)))
    return -1;
  if (action < c->body_end && !exception)
    csq__set_part(r, ob, CSQ_PART_ACTION, s, action, c->body_end);
  return 0;
}
