/*
 * cues.c — every cue of a clause and what it is. grammar/modality.pcre is
 * searched from left to right: a match of a cue group (shall, may,
 * shall_not, exception) is a statement unless a rule explains it — inside a
 * name in 「」 or restated inside 除…外 (grammar/excepted.pcre), inside a
 * …者 or …時 case (依前項規定應申報而未申報者), inside a definition
 * (grammar/defining.pcre), or the verb of the statement before it (得禁止);
 * a match of a false friend (所得) or an attributive form (應具備之措施)
 * is explained by its group. A 除…外 before a statement of the clause makes
 * an exception of its own (除顯無必要者外，應指定期日), unless it is
 * additive (除…外，並應…). The explained cues are kept, so that
 * `csquery obligations --explain` can say what became of each.
 */
#include <stdint.h>
#include <string.h>

#include "deontic/extract.h"

size_t csq__cp(reader *r, const char *s, size_t b) {
  if (b < r->cp_byte && b >= r->anchor_byte)
    r->cp_byte = r->anchor_byte, r->cp_count = r->anchor_count;
  else if (b < r->cp_byte)
    r->cp_byte = r->cp_count = 0;
  r->cp_count += csq__code_points(s, r->cp_byte, b);
  r->cp_byte = b;
  return r->cp_count;
}

/* The ranges of 除…外 (excepted) and 「」 (quoted) in a clause. */
typedef struct ranges {
  size_t at[16][2];
  int quoted[16];
  int own[16]; /* 除應…外 that says a duty of its own (see own_duty) */
  int n;
} ranges;

/* Whether 除…外 [lo, hi) closes on a case or a person it excepts
 * (除應永久保存或有關未結會計事項者外, 除應發還被害人…之人外). */
static int excepts_case(const char *s, size_t lo, size_t hi) {
  return csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(excepted_case_ends)) >= 0;
}

/* Whether 除…外 [lo, hi) states a duty of its own besides the one after
 * it: it opens with a cue, cites nothing and names no case (公務機關知悉資通
 * 安全事件時，除應通報上級或監督機關外，並應通報主管機關); not 除應備有符合
 * 前條規定之…外, which restates, nor 除應永久保存…者外, which excepts. */
static int own_duty(reader *r, const clause *c, size_t lo, size_t hi) {
  const char *s = c->s;
  size_t after = csq__next_char(s, lo, hi); /* past 除 */
  int cue = csq__starts_with_any(s + after, hi - after, CSQ__WORDS(cue_openers));
  if (cue < 0)
    return 0;
  after += strlen(csq_words_cue_openers[cue]);
  /* 除應依法發給預告期間工資外，並依左列規定加發資遣費: with no cue after it,
   * its cue governs the clause (廠礦工人受雇解雇辦法 第4條) */
  if (csq__starts_with_any(s + after, hi - after, CSQ__WORDS(restate_openers)) >= 0)
    return csq__next_cue(r, s, hi, c->body_end) >= c->body_end;
  return !csq__contains_any(s + lo, hi - lo, CSQ__WORDS(restate_marks)) && !excepts_case(s, lo, hi);
}

static void find_ranges(reader *r, const clause *c, ranges *x) {
  x->n = 0;
  /* every range opens with 除 or 「: most clauses are not looked at */
  if (!csq__contains_any(c->s + c->start, c->body_end - c->start, CSQ__WORDS(range_opens)))
    return;
  const csq_pattern *p = &r->pattern[PAT_EXCEPTED];
  int g_quoted = csq__pattern_group(p, "quoted");
  /* the clause is the subject, so that lookbehinds stop at its start */
  const char *s = c->s + c->start;
  size_t len = c->body_end - c->start;
  for (size_t at = 0; x->n < 16 && at < len;) {
    int rc = pcre2_match(p->code, (PCRE2_SPTR)s, len, at, PCRE2_NO_UTF_CHECK, p->match, NULL);
    if (rc <= 0)
      break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->match);
    x->at[x->n][0] = c->start + ov[0];
    x->at[x->n][1] = c->start + ov[1];
    x->quoted[x->n] = rc > g_quoted && ov[2 * g_quoted] != PCRE2_UNSET;
    x->own[x->n] = !x->quoted[x->n] && own_duty(r, c, x->at[x->n][0], x->at[x->n][1]);
    x->n++;
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
}

/* The range holding byte `at`: 1 excepted, 2 quoted, 3 a duty of its own
 * (its end in *cap), 0 none. */
static int in_range(const ranges *x, size_t at, size_t *cap) {
  for (int i = 0; i < x->n; i++)
    if (at >= x->at[i][0] && at < x->at[i][1]) {
      *cap = x->at[i][1];
      return x->quoted[i] ? 2 : x->own[i] ? 3 : 1;
    }
  return 0;
}

static int push_cue(reader *r, size_t b0, size_t b1, int modality, csq__cue_rule rule) {
  cue k = {b0, b1, 0, 0, rule == CSQ__CUE_STATEMENT ? modality : -1, rule, SIZE_MAX, 0};
  return csq__vec_push(r->mem, &r->cues, k);
}

/* The cue groups and the explaining groups of one match, pushed. */
static int push_match(reader *r, int rc, const PCRE2_SIZE *ov) {
  for (int m = 0; m < 4; m++) {
    int g = r->g_mod[m];
    if (rc > g && ov[2 * g] != PCRE2_UNSET)
      return push_cue(r, ov[2 * g], ov[2 * g + 1], m, CSQ__CUE_STATEMENT);
  }
  for (int i = 0; i < r->n_explaining; i++) {
    int g = r->explaining[i].group;
    if (rc > g && ov[2 * g] != PCRE2_UNSET)
      return push_cue(r, ov[0], ov[1], -1, r->explaining[i].rule);
  }
  return 0;
}

/* The comma segment of the clause around byte `at`: [*lo, *hi). */
static void segment_around(const clause *c, size_t at, size_t *lo, size_t *hi) {
  *lo = csq__segment_start(c->s, c->start, at);
  *hi = csq__segment_end(c->s, at, c->body_end);
}

static int ends_with_list(const char *s, size_t lo, size_t hi, const char *const *w, size_t n) {
  return csq__ends_with_any(s + lo, hi - lo, w, n) >= 0;
}

/* Whether a bearer is written before the cue in its segment (委託機關應
 * 通知受託者，…: the 者 that ends the segment is a noun's, no case). */
static int bearer_before(reader *r, const clause *c, size_t lo, size_t cue) {
  actor_found a;
  size_t hi = csq__strip_adverbs(r, c->s, lo, cue);
  return hi > lo &&
         (csq__find_actor(r, c->s, lo, hi, &a) || csq__known_before(r, c->s, lo, hi, NULL) != 0);
}

/* Whether the segment after the one ending at `hi` opens with a cue, past
 * its comma and adverbs (…裝卸貨物者，[應]檢附…; …者，並[得]…). */
static int cue_opens_next(reader *r, const clause *c, size_t hi) {
  if (hi >= c->body_end)
    return 0;
  size_t at = csq__next_char(c->s, hi, c->body_end), n;
  while ((n = csq__word_at(r, W_ADVERB, c->s, at, c->body_end, NULL)) != 0)
    at += n;
  return csq__cue_in(r, at, at + 1);
}

/* Whether a later cue of the clause, after the segment ending at `hi`, has
 * a bearer of its own written before it (…法院禁止其接見通信者，有前項情形
 * 時，[看守所]應…). */
static int later_bearer(reader *r, const clause *c, const cue *k, size_t hi) {
  for (const cue *n = k + 1; n < r->cues.items + r->cues.count; n++) {
    if (n->b0 < hi || n->rule != CSQ__CUE_STATEMENT)
      continue;
    size_t lo, end;
    segment_around(c, n->b0, &lo, &end);
    return bearer_before(r, c, lo, n->b0);
  }
  return 0;
}

/* A cue inside a …者 case: its segment ends with 者, no bearer stands
 * before it there, and either more follows in the clause (依前項規定應申報
 * 而未申報者，處…) or the clause is an item of a list of cases. With a
 * bearer before it, only when the next segment opens with its own cue: the
 * 者 phrase is then who the later statement binds (前項船舶…因故須裝卸貨物
 * 者，應檢附…), or when a later statement names its own bearer (經裁定羈押之
 * 法院禁止其接見通信者，…，看守所應…), while 主管機關應就…合格者，核發…
 * states one duty whole. */
static int in_nominal_case(reader *r, const clause *c, const cue *k) {
  size_t lo, hi;
  segment_around(c, k->b0, &lo, &hi);
  if (!ends_with_list(c->s, k->b1, hi, CSQ__WORDS(case_nominal_ends)) ||
      csq__known_before(r, c->s, lo, hi, NULL))
    return 0;
  if (hi >= c->body_end && !r->item_of_cases)
    return 0;
  actor_found a;
  size_t at = csq__strip_adverbs(r, c->s, lo, k->b0);
  if (at > lo && csq__find_actor(r, c->s, lo, at, &a) &&
      csq__starts_with_any(c->s + a.end, at - a.end, CSQ__WORDS(case_bearer_opens)) >= 0)
    return 1;
  return !bearer_before(r, c, lo, k->b0) || cue_opens_next(r, c, hi) || later_bearer(r, c, k, hi);
}

/* A cue inside a …時 case before a later statement of the clause (於被扣留
 * 石油應發還時，應將其價金發還…); not 應於…時 (its own time). With a bearer
 * before it, only when the later statement names its own (債務人或第三人就
 * 強制執行事件得提起異議之訴時，執行法院得指示其另行起訴: 強制執行法 第16條),
 * and no supposition (words.tsv supposition_opens) follows the cue there. */
static int in_time_case(reader *r, const clause *c, const cue *k) {
  size_t lo, hi;
  segment_around(c, k->b0, &lo, &hi);
  if (hi >= c->body_end || !csq__ends_as_time(c->s, k->b1, hi) ||
      csq__starts_with_any(c->s + k->b1, hi - k->b1, CSQ__WORDS(cue_time_opens)) >= 0 ||
      csq__ends_with_any(c->s + k->b0, k->b1 - k->b0, CSQ__WORDS(cue_time_opens)) >= 0)
    return 0;
  if (!bearer_before(r, c, lo, k->b0))
    return 1;
  /* …應依時出席倘因故不能出席時，幹事會應…: the case opens after the cue */
  return !csq__contains_any(c->s + k->b1, hi - k->b1, CSQ__WORDS(supposition_opens)) &&
         later_bearer(r, c, k, hi);
}

/* 禁止 or 不予 after a statement's cue in the same segment is its verb. */
static int is_action_verb(const clause *c, const cue *k, const cue *before) {
  if (!before || before->b1 > k->b0 ||
      csq__word_index(c->s + k->b0, k->b1 - k->b0, CSQ__WORDS(cue_verbs)) < 0)
    return 0;
  return csq__segment_start(c->s, c->start, k->b0) <= before->b0;
}

/* A cue of ability (得以) in a clause of purpose or result, a mark of it
 * (確保, 俾, 因而使 …: words.tsv purpose_marks) before the cue in its
 * segment: 以確保內部控制制度得以持續有效實施 is no permission; and any cue
 * in a segment that opens with 使 (words.tsv result_opens): …公開，使被告
 * 得以知悉 says what follows, it binds no one. */
static int in_purpose(const clause *c, const cue *k) {
  size_t lo, hi;
  segment_around(c, k->b0, &lo, &hi);
  if (csq__starts_with_any(c->s + lo, k->b0 - lo, CSQ__WORDS(result_opens)) >= 0 &&
      csq__starts_with_any(c->s + lo, k->b0 - lo, CSQ__WORDS(result_open_not)) < 0)
    return 1;
  return csq__starts_with_any(c->s + k->b0, c->body_end - k->b0, CSQ__WORDS(ability_cues)) >= 0 &&
         csq__contains_any(c->s + lo, k->b0 - lo, CSQ__WORDS(purpose_marks));
}

/* Where the case an item of a list of cases states ends: the first of
 * case_item_ends after its number (三、…者，[得]…), or its end. */
static size_t case_ends(const reader *r, const csq_node *n) {
  size_t len, end;
  const char *s = csq_node_text(n, &len);
  end = len;
  size_t from = r->body_start;
  for (size_t i = 0; i < csq_words_case_item_ends_count; i++) {
    size_t at = from + csq__find(s + from, end - from, csq_words_case_item_ends[i]);
    if (at < end)
      end = at;
  }
  return end;
}

/* A cue in the case an item of a list of cases states (三、病情嚴重必須長期在監外
 * 住院治療。: obligations.c found where the case ends). A cue that opens a
 * segment opens what the case entails (二、終止連結作業時，應於終止日前…通知;
 * （一）…達四分之一以上，應揭露…), unless it says what the case needs (三、配偶
 * …病危或死亡，須出境探病或奔喪: words.tsv case_needs). */
static int in_listed_case(reader *r, const clause *c, const cue *k) {
  if (r->case_end == CASE_END_UNREAD)
    r->case_end = case_ends(r, c->node);
  if (k->b0 >= r->case_end)
    return 0;
  return !csq__ends_at(c->s, c->start, k->b0, COMMA) ||
         csq__starts_with_any(c->s + k->b0, c->body_end - k->b0, CSQ__WORDS(case_needs)) >= 0;
}

/* The rules that explain a cue matched as a statement. */
static void explain_statements(reader *r, const clause *c, const ranges *x) {
  const cue *last = NULL;
  for (size_t i = 0; i < r->cues.count; i++) {
    cue *k = &r->cues.items[i];
    if (k->rule != CSQ__CUE_STATEMENT)
      continue;
    size_t cap = 0;
    int range = in_range(x, k->b0, &cap);
    if (range == 3) /* its text ends before 外 */
      k->cap = cap - csq__char_len(c->s + cap - 3, 3);
    else if (range)
      k->rule = range == 2 ? CSQ__CUE_QUOTED : CSQ__CUE_EXCEPTED;
    else if (k->b0 >= r->defining || r->in_definitions)
      k->rule = CSQ__CUE_DEFINITION;
    else if (is_action_verb(c, k, last))
      k->rule = CSQ__CUE_ACTION;
    else if (in_purpose(c, k))
      k->rule = CSQ__CUE_PURPOSE;
    else if (in_listed_case(r, c, k) || in_nominal_case(r, c, k))
      k->rule = CSQ__CUE_CASE;
    if (k->rule != CSQ__CUE_STATEMENT)
      k->modality = -1;
    else
      last = k;
  }
  /* a …時 case only before a later statement */
  const cue *later = NULL;
  for (size_t i = r->cues.count; i-- > 0;) {
    cue *k = &r->cues.items[i];
    if (k->rule != CSQ__CUE_STATEMENT)
      continue;
    if (later && in_time_case(r, c, k))
      k->rule = CSQ__CUE_CASE, k->modality = -1;
    else
      later = k;
  }
}

/* The first statement at or after byte `at`, or NULL. */
static cue *statement_after(reader *r, size_t at) {
  for (size_t i = 0; i < r->cues.count; i++)
    if (r->cues.items[i].rule == CSQ__CUE_STATEMENT && r->cues.items[i].b0 >= at)
      return &r->cues.items[i];
  return NULL;
}

/* Whether 除…外 [lo, hi) is additive before the statement `k`: it opens
 * with a cue and names no case (除應備有…外; 除應永久保存…者外 excepts),
 * or with an act of an authority (除註銷其登記外, 除依前條規定處罰外:
 * words.tsv additive_acts), or with a rule or a means that names no case
 * before a duty or a permission (除依第十二條規定辦理外，得…, 除以中文記載
 * 外，應…: additive_opens; before 不得 it excepts: 除依本法規定外，不得用任何
 * 名目征收), or an additive adverb stands before k's cue (除依前條規定外，
 * 並應…). */
static int additive(reader *r, const clause *c, size_t lo, size_t hi, const cue *k) {
  const char *s = c->s;
  size_t after = csq__next_char(s, lo, k->b0);         /* past 除 */
  size_t inner = csq__prev_char(s, after, hi) - after; /* its text, before 外 */
  if ((csq__starts_with_any(s + after, k->b0 - after, CSQ__WORDS(cue_openers)) >= 0 &&
       !excepts_case(s, lo, hi)) ||
      csq__starts_with_any(s + after, k->b0 - after, CSQ__WORDS(additive_acts)) >= 0 ||
      (csq__starts_with_any(s + after, k->b0 - after, CSQ__WORDS(rule_opens)) >= 0 &&
       csq__ends_with_any(s + after, inner, CSQ__WORDS(additive_acts)) >= 0) ||
      (k->modality != CSQ_SHALL_NOT &&
       csq__starts_with_any(s + after, k->b0 - after, CSQ__WORDS(additive_opens)) >= 0 &&
       !csq__has_word(r, W_MODIFIER, s, after, after + inner) &&
       csq__ends_with_any(s + after, inner, CSQ__WORDS(case_nominal_ends)) < 0 &&
       !csq__contains_any(s + after, inner, CSQ__WORDS(otherwise_provided))))
    return 1;
  for (size_t at = k->b0, n; at > lo; at -= n)
    if (!(n = csq__word_before(r, W_ADVERB, s, lo, at, NULL)))
      return 0;
    else if (csq__ends_with_any(s + at - n, n, CSQ__WORDS(additive)) >= 0)
      return 1;
  return 0;
}

/* 除…外 ranges before a statement make exceptions (除顯無必要者外，應指定
 * 期日: an exception at 除, then the shall). Inserted in text order. */
static int add_exceptions(reader *r, const clause *c, const ranges *x) {
  for (int i = 0; i < x->n; i++) {
    if (x->quoted[i] || x->own[i])
      continue;
    cue *k = statement_after(r, x->at[i][1]);
    if (!k)
      continue;
    if (additive(r, c, x->at[i][0], x->at[i][1], k)) {
      /* its bearer stands before it, as an exception's does */
      k->besides = x->at[i][0];
      k->besides_end = x->at[i][1];
      continue;
    }
    size_t b0 = x->at[i][0];
    cue e = {b0,
             csq__next_char(c->s, b0, c->body_end),
             x->at[i][1],
             0,
             CSQ_EXCEPTION,
             CSQ__CUE_STATEMENT,
             SIZE_MAX,
             0};
    if (csq__vec_push(r->mem, &r->cues, e) != 0)
      return -1;
    size_t j = r->cues.count - 1;
    for (; j > 0 && r->cues.items[j - 1].b0 > b0; j--)
      r->cues.items[j] = r->cues.items[j - 1];
    r->cues.items[j] = e;
  }
  return 0;
}

/* The explained cues of the clause, kept for --explain. */
static int keep_explained(reader *r, const clause *c) {
  csq_obligations *o = r->o;
  for (size_t i = 0; i < r->cues.count; i++) {
    const cue *k = &r->cues.items[i];
    if (k->rule == CSQ__CUE_STATEMENT)
      continue;
    csq__cue note = {c->node, {csq__cp(r, c->s, k->b0), 0}, NULL, k->rule, NULL};
    note.span[1] = note.span[0] + csq__code_points(c->s, k->b0, k->b1);
    note.text = csq__arena_strndup(&o->arena, c->s + k->b0, k->b1 - k->b0);
    if (!note.text || csq__vec_push(o->mem, &o->cues, note) != 0)
      return -1;
  }
  return 0;
}

/* The three bytes of a character as one number. */
static uint32_t char3(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  return (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
}

/* Where the next character of grammar/words.tsv's cue_chars stands in
 * s[at..end) (every match of modality.pcre holds one), or end. This runs at
 * every character of the corpus: a character whose last byte is no cue
 * character's (most are: it is one of 64) is passed at once, and the others
 * are compared as numbers. */
static size_t next_cue_char(const reader *r, const char *s, size_t at, size_t end) {
  while (at + 3 <= end) {
    unsigned char lead = (unsigned char)s[at];
    if (lead < 0xe0 || lead >= 0xf0) { /* not three bytes: on by one */
      at++;
      continue;
    }
    if (!(r->cue_last_bytes >> ((unsigned char)s[at + 2] & 0x3f) & 1)) {
      at += 3;
      continue;
    }
    uint32_t here = char3(s + at);
    for (size_t i = 0; i < r->n_cue_chars; i++)
      if (here == r->cue_chars[i])
        return at;
    at += 3;
  }
  return end;
}

size_t csq__next_cue(reader *r, const char *s, size_t at, size_t end) {
  if (at < r->cue_from || at > r->cue_at) {
    r->cue_from = at;
    r->cue_at = next_cue_char(r, s, at, r->node_len);
  }
  return r->cue_at < end ? r->cue_at : end;
}

void csq__cue_leads_init(reader *r) {
  /* every cue character is three bytes long (test_obligations checks it) */
  r->n_cue_chars = 0;
  r->cue_last_bytes = 0;
  for (size_t i = 0; i < csq_words_cue_chars_count && r->n_cue_chars < MAX_CUE_CHARS; i++) {
    uint32_t c = char3(csq_words_cue_chars[i]);
    r->cue_chars[r->n_cue_chars++] = c;
    r->cue_last_bytes |= UINT64_C(1) << (c & 0x3f);
  }
  r->n_leads = 0;
  for (size_t i = 0; i < csq_words_modality_leads_count && r->n_leads < MAX_LEADS; i++)
    if (strlen(csq_words_modality_leads[i]) == 3)
      r->leads[r->n_leads++] = char3(csq_words_modality_leads[i]);
}

/* Whether a match of modality.pcre may begin at s, a character before a
 * cue character (so at least three bytes stand there). */
static int is_lead(const reader *r, const char *s) {
  uint32_t here = char3(s);
  for (size_t i = 0; i < r->n_leads; i++)
    if (here == r->leads[i])
      return 1;
  return 0;
}

/* The byte `n` characters before `at`, not before lo. */
static size_t back_chars(const char *s, size_t lo, size_t at, int n) {
  for (; n > 0 && at > lo; n--)
    at = csq__prev_char(s, lo, at);
  return at;
}

/* modality.pcre matched at the first place of s[from..cue] where it
 * matches (a match begins at most CUE_REACH characters before the cue
 * character it holds: 所必須, 不得): its ovector, or NULL. Anchored tries
 * at a few places are far cheaper than a search through text without a
 * cue character. */
static PCRE2_SIZE *match_near(reader *r, const clause *c, size_t from, size_t cue, int *rc) {
  const csq_pattern *p = &r->pattern[PAT_MODALITY];
  for (size_t at = back_chars(c->s, from, cue, CUE_REACH); at <= cue;
       at = csq__next_char(c->s, at, c->body_end)) {
    if (at < cue && !is_lead(r, c->s + at))
      continue; /* no match begins here (words.tsv modality_leads) */
    *rc =
        pcre2_match(p->code, (PCRE2_SPTR)c->s, c->body_end, at, PCRE2_NO_UTF_CHECK, p->match, NULL);
    if (*rc > 0)
      return pcre2_get_ovector_pointer(p->match);
  }
  return NULL;
}

int csq__scan_cues(reader *r, const clause *c) {
  r->cues.count = 0;
  for (size_t at = c->start; at < c->body_end;) {
    size_t cue = csq__next_cue(r, c->s, at, c->body_end);
    if (cue >= c->body_end)
      break;
    int rc;
    PCRE2_SIZE *ov = match_near(r, c, at, cue, &rc);
    if (!ov) {
      at = cue + 3;
      continue;
    }
    if (push_match(r, rc, ov) != 0)
      return -1;
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
  if (!r->cues.count)
    return 0;
  ranges x;
  find_ranges(r, c, &x);
  explain_statements(r, c, &x);
  if (add_exceptions(r, c, &x) != 0)
    return -1;
  return keep_explained(r, c);
}

/* Whether the cue at s[at] opens a count or a measure (words.tsv
 * measure_comparatives, then a number or measure_wholes): 任一性別委員不得少於
 * 委員總數三分之一 sets how many of them there are. */
static int measures(const reader *r, const char *s, size_t at, csq_modality modality) {
  if (modality != CSQ_SHALL_NOT && modality != CSQ_SHALL)
    return 0;
  /* 不得少於 …; a share of a whole for a duty (女性委員應占委員總數二分之一以上) */
  int shall_not = modality == CSQ_SHALL_NOT;
  const char *const *words = shall_not ? csq_words_measure_comparatives : csq_words_measure_shares;
  size_t count = shall_not ? csq_words_measure_comparatives_count : csq_words_measure_shares_count;
  for (size_t i = 0; i < r->cues.count; i++) {
    if (r->cues.items[i].b0 != at)
      continue;
    size_t from = r->cues.items[i].b1, len = r->node_len - from;
    int k = csq__starts_with_any(s + from, len, words, count);
    if (k < 0)
      return 0;
    size_t n = strlen(words[k]);
    return csq__numeral_span(s + from + n, len - n) > 0 ||
           csq__starts_with_any(s + from + n, len - n, CSQ__WORDS(measure_wholes)) >= 0;
  }
  return 0;
}

/* 任一性別委員不得少於委員總數三分之一, 前項顧問不得逾二十五人: a prohibition
 * (or a duty to a share: 其中女性委員應占委員總數二分之一以上) whose act is a
 * count of whom the subject names, written in the cue's own segment, right
 * before the cue (adverbs aside) or before a thing of it that is measured
 * (董事長初任[年齡]不得逾六十五歲: words.tsv thing_endings, measured_things), is a
 * rule of composition or size: the subject is whom it counts, not one bound
 * to act (but 志願士兵服現役不得少於四年, 實驗者設置於室外之基地臺不得超過三座: they
 * act). A part of a body after 其中 (words.tsv part_opens, read off before
 * `a` or at its start: 其中…代表，不得少於二分之一) is counted from the segment
 * before too. The bearer found, `a`, stands in s[lo..cue). */
int csq__counts_subject(reader *r, const char *s, const actor_found *a, size_t lo, size_t cue,
                        csq_modality modality) {
  int part = csq__starts_with_any(s + a->start, a->end - a->start, CSQ__WORDS(part_opens)) >= 0 ||
             csq__ends_with_any(s + lo, a->start - lo, CSQ__WORDS(part_opens)) >= 0;
  size_t end = csq__strip_adverbs(r, s, a->end, cue); /* 理事[均]不得逾十五人 */
  int own = a->start >= csq__segment_start(s, lo, cue) &&
            (end <= a->end ||
             csq__ends_with_any(s + a->end, end - a->end, CSQ__WORDS(thing_endings)) >= 0 ||
             csq__ends_with_any(s + a->end, end - a->end, CSQ__WORDS(measured_things)) >= 0);
  return (own || part) && measures(r, s, cue, modality);
}
