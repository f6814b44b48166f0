/*
 * clause.c — one clause, one obligation for each of its statements
 * (cues.c finds them): each statement's own text runs from where it joins
 * the one before (並應, 且得, a comma and the conditions after it) to where
 * the next begins; an exception names the statement it qualifies; a
 * statement that writes no bearer takes the one before it in the sentence
 * (as written there), else one carried from the clause before, the list's
 * lead-in or the paragraph before.
 */
#include <stdint.h>
#include <string.h>

#include "deontic/extract.h"

static int push(csq_obligations *o, csq_obligation *ob) {
  ob->index = o->list.count;
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

/* The statement before `ob` outside its node's text: the list's lead-in
 * for an item, the paragraph before for a paragraph; NULL else. */
static const csq_obligation *before_node(const csq_obligations *o, const csq_node *n) {
  if (csq_node_kind(n) >= CSQ_SUBPARAGRAPH)
    return last_of(o, csq_node_parent(n));
  if (csq_node_kind(n) == CSQ_PARAGRAPH)
    return last_of(o, previous_paragraph(n));
  return NULL;
}

/* An earlier statement of the same provision whose written, known bearer
 * the condition of `ob` names, when the one before's bearer is not named:
 * in 第4條第1項第5款 「涉及利用非受託者自行開發之系統或資源者，並應標示…」
 * follows 委託機關's duty, but the case is 受託者's (what it did not
 * develop itself), and 受託者 wrote the provision's first duty. NULL when
 * there is none. */
static const csq_obligation *named_in_condition(const csq_obligations *o, size_t first,
                                                const csq_obligation *ob,
                                                const csq_obligation *prev) {
  if (!prev || !ob->has[CSQ_PART_CONDITION] || !prev->actor[0])
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
 * leaves it out, and the statement before names the wrong one. */
static int acted_on(const reader *r, const csq_obligation *ob, const char *actor) {
  const char *action = ob->text[CSQ_PART_ACTION], *at = action;
  if (!ob->has[CSQ_PART_ACTION])
    return 0;
  for (; (at = strstr(at, actor)) != NULL; at += strlen(actor))
    if (csq__word_before(r, W_TOWARD, action, 0, (size_t)(at - action), NULL))
      return 1;
  return 0;
}

/* `ob` takes the bearer of `src`: as written in this sentence (`shared`:
 * its span too), else carried from where it was written. */
static void take_actor(csq_obligation *ob, const csq_obligation *src, int shared) {
  ob->actor = src->actor;
  ob->conj_count = src->conj_count;
  memcpy(ob->conj, src->conj, sizeof ob->conj);
  ob->actor_known = src->actor_known;
  ob->actor_source = src->actor_source ? src->actor_source : src;
  if (shared && src->has[CSQ_PART_ACTOR]) {
    ob->has[CSQ_PART_ACTOR] = 1;
    memcpy(ob->span[CSQ_PART_ACTOR], src->span[CSQ_PART_ACTOR], sizeof ob->span[0]);
    ob->text[CSQ_PART_ACTOR] = src->text[CSQ_PART_ACTOR];
  } else if (shared) {
    ob->actor_from = src->actor_from;
  } else {
    ob->actor_from = src->actor_from ? src->actor_from : src->node;
  }
}

/* Whether `actor` names persons by a circumstance they are in (有下列情事之一
 * 者: words.tsv circumstance_opens, a …者 case): an office's act on them is
 * not theirs (…，不得擔任董事；其已擔任者，應即予解任). */
static int of_circumstance(const char *actor) {
  size_t n = strlen(actor);
  return csq__starts_with_any(actor, n, CSQ__WORDS(circumstance_opens)) >= 0 &&
         csq__ends_with(actor, n, CSQ_WORD_CASE_NOMINAL_ENDS);
}

/* Whether the bearer of `src` may be carried into `ob`, whose cue stands at
 * s[cue]: one is written, the act does not go to it (acted_on), and the cue
 * gives nothing to it (停職人員於停職期間，得發給半數之本薪; …，復職後應補發其
 * 停職期間薪給: the office that gives is not written). */
static int may_carry(const reader *r, const csq_obligation *ob, const csq_obligation *src,
                     const char *s, size_t cue) {
  return src && src->actor[0] && !acted_on(r, ob, src->actor) &&
         !csq__given_to(r, s, cue, src->actor, 0, strlen(src->actor)) &&
         !(of_circumstance(src->actor) && csq__office_act(r, s, cue));
}

/* Whether the 由X that bore `src` over its written subject (parts.c keeps
 * the subject itself, not a case's or a time's) is one of the staff or units
 * of that subject, a known name or an office, who act for it in that
 * statement only: the statements after it in the sentence are the
 * subject's again (期貨商兼營槓桿交易商應由專責單位辦理，並應依其事業規模…配置…
 * 經理人; 委員會議應由委員親自出席，並得…邀請有關業務人員列席: words.tsv staff_endings);
 * not staff who do the whole act (…應由稽查人員為之，必要時，並得穿戴背心或臂章: they go
 * on acting, staff_performs). */
static int staff_acted(const char *s, const csq_obligation *src) {
  const actor_found *body = &src->outranked;
  const char *act = src->has[CSQ_PART_ACTION] ? src->text[CSQ_PART_ACTION] : "";
  return body->end > body->start && src->has[CSQ_PART_ACTOR] &&
         csq__ends_with_any(src->actor, strlen(src->actor), CSQ__WORDS(staff_endings)) >= 0 &&
         csq__word_index(act, strlen(act), CSQ__WORDS(staff_performs)) < 0 &&
         (body->known || csq__names_office(s, body->start, body->end));
}

/* The bearer of a statement that writes none: one its condition names (see
 * named_in_condition), else the statement before in this sentence (shared
 * as written), else the one before in this node, else the list's lead-in,
 * else the paragraph before. An exception takes the bearer of the statement
 * it qualifies, carried. */
static void bearer_from_before(reader *r, csq_obligation *ob, const char *s, size_t cue) {
  const csq_obligations *o = r->o;
  if (ob->modality == CSQ_EXCEPTION) {
    if (ob->qualifies && ob->qualifies->actor[0])
      take_actor(ob, ob->qualifies, 0);
    return;
  }
  const csq_obligation *src = named_in_condition(o, r->node_first, ob, r->prev);
  int shared = 0;
  if (!src && r->sentence_prev)
    src = r->sentence_prev, shared = 1;
  if (shared && staff_acted(s, src)) {
    csq__bear_outranked(r, ob, s, src);
    return;
  }
  if (!src)
    src = r->prev ? r->prev : before_node(o, ob->node);
  if (may_carry(r, ob, src, s, cue))
    take_actor(ob, src, shared);
}

/* The bearer of a statement whose text opens with a topic of its own
 * (執行職務, 其節目內容之製播, 屬設備部分): none is written, but the bearer
 * written before it goes on through it, carried from where it is written:
 * in this sentence (稽核人員應克盡…義務，執行職務應採不預告方式，…，對於稽核資料
 * 應加以保密: 農會漁會信用部內部控制及稽核制度實施辦法 第11條, the readers of
 * fresh4 to fresh36 wrote 稽核人員 for all three), else, for the first of a
 * list item, in its lead-in (雇主對於…，應依下列規定：… 二、室頂應以薄鐵板…:
 * the readers carry 雇主). Not from another sentence (評鑑委員會之決議，應有…
 * 出席) or the paragraph before, whose bearers are as often another's (over
 * the labelled sets, carrying from either gave 60 % and 40 % right), and not
 * into an office's act on the topic, whose office is not written (…，其押標金
 * 不予發還; 逾期應予補徵; …得予延展), unless the bearer before is an office
 * itself (主管機關…，其申請案得不予許可: words.tsv office_endings). */
static void bearer_of_topic(reader *r, csq_obligation *ob, const clause *c, size_t cue) {
  const csq_obligation *src = r->sentence_bearer;
  if (!src && !r->prev && csq_node_kind(ob->node) >= CSQ_SUBPARAGRAPH)
    src = before_node(r->o, ob->node);
  if (may_carry(r, ob, src, c->s, cue) &&
      (!csq__office_cue(r, c->s, cue) || csq__names_office(src->actor, 0, strlen(src->actor))))
    take_actor(ob, src, 0);
}

/* Whether the segment s[lo..hi) opens with a subject of its own: a known
 * actor, or a subject before an opener (署長如對審議結果有意見). */
static int opens_with_subject(reader *r, const char *s, size_t lo, size_t hi) {
  actor_found a;
  /* …，應到場備詢，[重整債權人、股東及其他利害關係人]，得到場陳述意見: names
   * joined, each ending like a bearer, are a subject too */
  return csq__actor_forward(r, s, lo, hi, &a) || csq__subject_of_condition(r, s, lo, hi, &a) ||
         (csq__joined_bearers(r, s, lo, hi) && csq__names_only(r, s, lo, hi) &&
          !csq__has_word(r, W_MODIFIER, s, lo, hi));
}

/* Where the text of a statement whose cue begins at `cs` starts, when the
 * statement before it ends its cue at `pe`: in the same comma segment,
 * at the words that join it (應全程錄音錄影[並]應詳實記載); else at its
 * segment, with the conditions before it (…，[必要時，]並得…; …，[未聘用者，]
 * 不得聘用) and a segment that opens with its subject (…核定，[署長如對審議
 * 結果有意見，]得交遴選小組復議). */
static size_t region_start(reader *r, const clause *c, size_t pe, size_t cs) {
  const char *s = c->s;
  size_t seg = csq__segment_start(s, c->start, cs);
  if (seg <= pe)
    return csq__strip_joiners(r, s, pe, cs);
  for (;;) {
    size_t prev_end = seg - strlen(COMMA), prev = csq__segment_start(s, c->start, prev_end);
    /* 得於受理…時，[派員或委託專業機構]並得會同…: after a cue whose segment
     * holds only a condition, the act goes on into the next segment, and the
     * statement after it begins at its joiner */
    if (prev <= pe && csq__rule_matches(r, PAT_AFTER_CUE, s, pe, prev_end)) {
      size_t j = csq__strip_joiners(r, s, seg, cs);
      return j < cs ? j : seg;
    }
    if (prev <= pe)
      return seg;
    if (csq__segment_kind(r, s, prev, prev_end) != SEG_CONDITION)
      return opens_with_subject(r, s, prev, prev_end) ? prev : seg;
    seg = prev;
  }
}

/* Where the bearer of a statement that follows another may stand: after
 * the …者 cases that open its text (財團法人應將捐贈收入列帳，[捐贈者有指定
 * 用途者]，並應專款專用: 捐贈者 is the case's, the bearer the sentence's). */
static size_t actor_start(reader *r, const char *s, size_t start, size_t cs) {
  size_t lo = start;
  for (size_t at = start; at < cs; at = csq__next_char(s, at, cs))
    if (csq__starts_at(s, at, cs, COMMA)) {
      if (csq__is_nominal(r, s, lo, at))
        start = at + strlen(COMMA);
      lo = at + strlen(COMMA);
    }
  return start;
}

static size_t trim_comma(const char *s, size_t lo, size_t hi) {
  while (hi > lo && csq__ends_at(s, lo, hi, COMMA))
    hi -= strlen(COMMA);
  return hi;
}

/* Whether only joiners and commas stand between 外 (`x_end`) and the cue at
 * `b0`: nothing there can name the statement's bearer. */
static int bare_after(reader *r, const char *s, size_t x_end, size_t b0) {
  return csq__strip_joiners(r, s, x_end, trim_comma(s, x_end, b0)) == x_end;
}

/* The regions of the clause's statements, one per cue (unused for the
 * cues that are none): each from its start to the next one's. */
static void make_regions(reader *r, const clause *c, region *g) {
  size_t n = r->cues.count, prev = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    const cue *k = &r->cues.items[i];
    g[i] = (region){{c->node, c->s, c->start, c->end, c->body_end}, k, c->start, SIZE_MAX, 0};
    if (k->rule != CSQ__CUE_STATEMENT)
      continue;
    if (k->x_end) { /* 除…外: the exception is what it excepts */
      g[i].c = (clause){c->node, c->s, k->b0, k->x_end, k->x_end};
      g[i].actor_lo = k->b0;
      continue;
    }
    /* 法院受理…之聲請，除顯無必要者外，應…: the statement's own text ends
     * before what the exception excepts */
    if (i > 0 && r->cues.items[i - 1].x_end &&
        bare_after(r, c->s, r->cues.items[i - 1].x_end, k->b0))
      g[i].cut = r->cues.items[i - 1].b0;
    if (k->besides != SIZE_MAX && bare_after(r, c->s, k->besides_end, k->b0))
      g[i].cut = k->besides; /* 除依前條規定辦理外，應…: as an exception's */
    if (prev != SIZE_MAX) {
      size_t start = region_start(r, c, r->cues.items[prev].b1, k->b0);
      g[prev].c.end = start;
      g[prev].c.body_end = trim_comma(c->s, g[prev].c.start, start);
      g[i].c.start = start;
      g[i].actor_lo = actor_start(r, c->s, start, k->b0);
      g[i].follows = 1;
    }
    prev = i;
  }
  /* 除應通報上級或監督機關外: the text ends before 外 */
  for (size_t i = 0; i < n; i++)
    if (r->cues.items[i].cap && g[i].c.body_end > r->cues.items[i].cap)
      g[i].c.body_end = r->cues.items[i].cap;
}

/* A new obligation of the node being read, with its clause span and cue. */
static csq_obligation *new_obligation(reader *r, const region *g) {
  csq_obligation *ob = csq__arena_alloc(&r->o->arena, sizeof *ob);
  if (!ob)
    return NULL;
  memset(ob, 0, sizeof *ob);
  ob->node = g->c.node;
  ob->modality = (csq_modality)g->cue->modality;
  ob->actor = "";
  for (int i = 0; i < PART_COUNT; i++)
    ob->text[i] = "";
  csq__set_part(r, ob, CSQ_PART_CLAUSE, g->c.s, g->c.start, g->c.end);
  csq__set_part(r, ob, CSQ_PART_CUE, g->c.s, g->cue->b0, g->cue->b1);
  return ob;
}

/* The statement an exception of the clause qualifies: for 除…外 the one its
 * excepted part stands before; else the one before it (in this node, or
 * before it: the lead-in, the paragraph before). */
static const csq_obligation *qualified(reader *r, csq_obligation **made, size_t i) {
  const cue *k = &r->cues.items[i];
  if (k->x_end) {
    for (size_t j = i + 1; j < r->cues.count; j++)
      if (made[j] && !r->cues.items[j].x_end && made[j]->modality != CSQ_EXCEPTION)
        return made[j];
    return NULL;
  }
  const csq_obligations *o = r->o;
  for (size_t j = o->list.count; j-- > r->node_first;)
    if (o->list.items[j]->modality != CSQ_EXCEPTION && o->list.items[j] != made[i])
      return o->list.items[j];
  return before_node(o, made[i]->node);
}

/* Each statement's obligation, its parts and the bearer it takes. */
static int read_statements(reader *r, const clause *c, region *g, csq_obligation **made,
                           int *topic) {
  for (size_t i = 0; i < r->cues.count; i++) {
    made[i] = NULL;
    if (r->cues.items[i].rule != CSQ__CUE_STATEMENT)
      continue;
    if (!(made[i] = new_obligation(r, &g[i])) || csq__read_parts(r, &g[i], made[i], &topic[i]) != 0)
      return -1;
  }
  (void)c;
  return 0;
}

int csq__read_clause(reader *r, const clause *c) {
  size_t at_start = csq__cp(r, c->s, c->start);
  r->anchor_byte = c->start;
  r->anchor_count = at_start;
  if (csq__scan_cues(r, c) != 0)
    return -1;
  size_t n = r->cues.count;
  if (!n)
    return 0;
  region *g = csq__calloc(r->mem, n, sizeof *g);
  csq_obligation **made = csq__calloc(r->mem, n, sizeof *made);
  int *topic = csq__calloc(r->mem, n, sizeof *topic), rc = -1;
  if (g && made && topic) {
    make_regions(r, c, g);
    rc = read_statements(r, c, g, made, topic);
  }
  /* in text order: each takes its bearer from those before it */
  for (size_t i = 0; rc == 0 && i < n; i++) {
    csq_obligation *ob = made[i];
    if (!ob)
      continue;
    if (ob->modality == CSQ_EXCEPTION)
      ob->qualifies = qualified(r, made, i);
    /* none written: carried, unless a count needs none (parts.c) */
    if (!ob->has[CSQ_PART_ACTOR] && !ob->counted && !ob->actor_source) {
      if (!topic[i] && !r->cues.items[i].x_end)
        bearer_from_before(r, ob, c->s, r->cues.items[i].b0);
      else if (topic[i])
        bearer_of_topic(r, ob, c, r->cues.items[i].b0);
    }
    if (push(r->o, ob) != 0)
      rc = -1;
    /* an exception hands on no bearer: 法院書記官應即送法官審閱。除應撤銷…者外，應於…
     * 檢卷送抗告法院 carries 法院書記官 past the 除 (非訟事件法施行細則 第17條) */
    if (ob->modality != CSQ_EXCEPTION) {
      r->prev = ob;
      r->sentence_prev = ob;
      if (ob->has[CSQ_PART_ACTOR])
        r->sentence_bearer = ob;
    }
  }
  /* 除…外 qualifies a statement after it: its bearer is known now */
  for (size_t i = 0; rc == 0 && i < n; i++)
    if (made[i] && r->cues.items[i].x_end)
      bearer_from_before(r, made[i], c->s, r->cues.items[i].b0);
  csq__free(r->mem, g);
  csq__free(r->mem, made);
  csq__free(r->mem, topic);
  if (r->out_of_memory)
    rc = -1;
  r->out_of_memory = 0;
  return rc;
}
