/*
 * subject.c — what stands before a cue: the bearer (a known actor, a
 * subject that ends like a bearer, a …者 phrase; agent.c reads the agent
 * after 由), the condition (…時, …者, 依…規定, 經…同意) and the comma
 * segments they lie in.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "deontic/extract.h"

/* A known name that ends like a body (部, 署, 局 …) and a known name right
 * after it are one: 交通部民用航空局, 經濟部標準檢驗局. The end. */
static size_t compound_end(const reader *r, const char *s, size_t at, size_t end, const char *name,
                           const char **head) {
  size_t m;
  while (csq__ends_with_any(name, strlen(name), CSQ__WORDS(body_endings)) >= 0 &&
         (m = csq__known_at(r, s, at, end, head)) != 0) {
    at += m;
    name = *head;
  }
  return at;
}

/* Whether s[at..end) opens with whom a name acts toward (學生[向]學校, 雇主
 * [向]主管機關, 技師[受]政府機關: actors.tsv openers and toward words, words.tsv
 * name_then_befalls), not with a
 * word (經營, 經紀: notopener) or a known name (外役監[受刑人]) that goes on
 * from it. */
static int acts_toward(const reader *r, const char *s, size_t at, size_t end) {
  return !csq__word_at(r, W_NOTOPENER, s, at, end, NULL) && !csq__known_at(r, s, at, end, NULL) &&
         (csq__word_at(r, W_OPENER, s, at, end, NULL) ||
          csq__word_at(r, W_TOWARD, s, at, end, NULL) ||
          csq__starts_with_any(s + at, end - at, CSQ__WORDS(name_then_befalls)) >= 0);
}

/* 主管機關或中央目的事業主管機關 reading forward from `at`; not when a
 * word follows that makes it no head (主管機關以外之政府機關, 人民團體), nor
 * a join that says between (營利事業與其關係人間). A name after whom it acts
 * toward is no longer head of it (應由學生[向]學校提出申請: 高級中等教育法
 * 第37條第1項, fresh61). */
int csq__actor_forward(const reader *r, const char *s, size_t at, size_t end, actor_found *a) {
  const char *name, *head;
  size_t n = csq__known_at(r, s, at, end, &name);
  if (!n)
    return 0;
  head = name;
  n = compound_end(r, s, at + n, end, name, &head) - at;
  n += csq__bracket_after(s, at + n, end);
  if (csq__word_at(r, W_NOTHEAD, s, at + n, end, NULL) ||
      (csq__longer_head(r, s, at + n, end) && !acts_toward(r, s, at + n, end)))
    return 0;
  *a = (actor_found){.start = at, .end = at + n, .conj = {head}, .conj_count = 1, .known = 1};
  for (;;) {
    /* 保險代理人（以下簡稱代理人）、保險經紀人…: past an alias to the next part */
    size_t name_at, name_len, al = csq__alias_after(s, a->end, end, &name_at, &name_len);
    size_t next = a->end + al; /* where the joiner would stand */
    size_t j = csq__word_at(r, W_JOINER, s, next, end, NULL), m, part;
    if (!j || a->conj_count == MAX_CONJ)
      return 1;
    if (!(m = csq__known_at(r, s, next + j, end, &name))) {
      /* 財團法人及非營利社團法人受託辦理…時: an unknown bearer joined */
      if (!(part = csq__joined_part(r, s, next + j, end)))
        return 1; /* the alias stays the bearer's own: 主管機關（以下簡稱本會）及時… */
      a->end = part + csq__bracket_after(s, part, end); /* 申請機關（單位） */
      continue;
    }
    m += csq__bracket_after(s, next + j + m, end);
    if (csq__starts_with_any(s + next + j + m, end - next - j - m, CSQ__WORDS(between)) >= 0)
      return 1;
    a->conj[a->conj_count++] = name;
    a->end = next + j + m;
  }
}

/* An unknown subject is a bearer when it ends like one (人員, 機關 …) and
 * not like a word that only looks so (延長). The suffix's length, or 0. */
size_t csq__bearer_suffix(const reader *r, const char *s, size_t lo, size_t hi) {
  size_t n = csq__word_before(r, W_NOTSUFFIX, s, lo, hi, NULL);
  /* 七人 counts persons, 第三人 is one (the third party) */
  if (n && !csq__ends_at(s, lo, hi - n, CSQ_WORD_NUMBERED))
    return 0;
  n = csq__word_before(r, W_SUFFIX, s, lo, hi, NULL);
  /* an ending of one character alone is no name: [業]經非法移除…者, [處]罰三次… */
  if (!n || (n == hi - lo && csq__code_points(s, lo, hi) == 1))
    return 0;
  /* nor one that begins a word with what follows: 高放[處]置設施, 本基金[會]計事務; but
   * 各部[分別]訂定: the text after it reads as a word of its own */
  int w = hi < r->node_len
              ? csq__starts_with_any(s + hi - n, r->node_len - (hi - n), CSQ__WORDS(suffix_words))
              : -1;
  if (w >= 0 && strlen(csq_words_suffix_words[w]) > n &&
      csq__starts_with_any(s + hi, r->node_len - hi, CSQ__WORDS(suffix_then)) < 0)
    return 0;
  return n;
}

/* A name in short brackets after it is still the name: 研考單位 (人員),
 * 獸醫師（佐）; not a note after a case (具有下列各款情形之一者 (含配偶))
 * nor one that says what it holds (words.tsv bracket_notes: （含…）). */
int csq__bearer_like(const reader *r, const char *s, size_t lo, size_t hi) {
  size_t bracket = csq__bracket_before(s, lo, hi);
  if (bracket) {
    size_t open = csq__skip_space(s, hi - bracket, hi);
    size_t inside = open + csq__char_len(s + open, hi - open);
    if (csq__ends_with_any(s + lo, csq__skip_space_back(s, lo, hi - bracket) - lo,
                           CSQ__WORDS(case_nominal_ends)) >= 0 ||
        csq__starts_with_any(s + inside, hi - inside, CSQ__WORDS(bracket_notes)) >= 0)
      return 0;
  }
  return csq__bearer_suffix(r, s, lo, hi - bracket) > 0;
}

/* Whether s[lo..at) names one: a name that ends like a bearer's, or a known actor all of it. */
int csq__names_one(const reader *r, const char *s, size_t lo, size_t at) {
  return csq__bearer_like(r, s, lo, at) || csq__known_before(r, s, lo, at, NULL) == at - lo;
}

/* Where the comma segment holding s[at] begins (lo at the latest). */
size_t csq__segment_start(const char *s, size_t lo, size_t at) {
  while (at > lo && !csq__ends_at(s, lo, at, COMMA))
    at--;
  return at;
}

int csq__comma_before(const char *s, size_t lo, size_t at, size_t *before) {
  size_t comma = strlen(COMMA);
  if (at < lo + comma || !csq__ends_at(s, lo, at, COMMA))
    return 0;
  *before = at - comma;
  return 1;
}

size_t csq__segment_end(const char *s, size_t at, size_t end) {
  while (at < end && !csq__starts_at(s, at, end, COMMA))
    at = csq__next_char(s, at, end);
  return at;
}

/* What stands before a known bearer in its segment and qualifies it
 * (審查委員會, 公民營事業, 執行法院, 前項完成檢定之申請人): short, no
 * condition and no purpose, and neither opened nor closed by a verb that
 * takes the bearer as its object (同意主管機關及中央銀行). Where the bearer
 * then begins. */
static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at);

/* 少年之父母、養父母或監護人: short names joined before the known one that
 * `at` begins, back to 之 or the segment's start `from`; where they begin,
 * or `at` when anything else stands there. */
static size_t short_parts(const reader *r, const char *s, size_t from, size_t at) {
  size_t j, part = at, pos = at;
  while ((j = csq__word_before(r, W_JOINER, s, from, part, NULL)) != 0) {
    pos = part - j;
    size_t start = pos;
    while (start > from && !csq__word_before(r, W_JOINER, s, from, start, NULL) &&
           !csq__word_before(r, W_MODIFIER, s, from, start, NULL))
      do
        start--;
      while (start > from && ((unsigned char)s[start] & 0xC0) == 0x80);
    if (start == pos || pos - start > MAX_SHORT_PART_BYTES ||
        csq__word_at(r, W_OPENER, s, start, pos, NULL) ||
        csq__word_at(r, W_VERB, s, start, pos, NULL))
      return at;
    part = start;
    if (start == from || csq__word_before(r, W_MODIFIER, s, from, start, NULL))
      return start;
  }
  return at;
}

/* The length of a known actor that opens s[lo..at) and has more after it
 * (雇主[僱用], 雇主 of 雇主僱用勞工), or 0. */
static size_t opening_actor(const reader *r, const char *s, size_t lo, size_t at) {
  size_t first = csq__known_at(r, s, lo, at, NULL);
  return first < at - lo ? first : 0;
}

/* The same, reading backward from the cue. A part before a joiner that is
 * not known but ends like a bearer from the start of its segment joins it
 * too: 病人或其代理人 (代理人 known, 病人 not). */
int csq__actor_backward(reader *r, const char *s, size_t lo, size_t at, actor_found *a) {
  const char *name, *body;
  size_t n = csq__known_before(r, s, lo, at, &name), m;
  if (!n)
    return 0;
  *a = (actor_found){.start = at - n, .end = at, .conj = {name}, .conj_count = 1, .known = 1};
  /* 交通部民用航空局: a known body right before it */
  while ((m = csq__known_before(r, s, lo, a->start, &body)) != 0 &&
         csq__ends_with_any(body, strlen(body), CSQ__WORDS(body_endings)) >= 0)
    a->start -= m;
  for (;;) {
    size_t j = csq__word_before(r, W_JOINER, s, lo, a->start, NULL), m;
    if (a->conj_count == MAX_CONJ)
      return 1;
    /* …機關（以下簡稱中央主管機關）及地方主管機關: the part before its alias */
    size_t alias = j ? csq__alias_before(s, lo, a->start - j) : a->start;
    if (j && alias < a->start - j && csq__known_before(r, s, lo, alias, NULL))
      j = a->start - alias;
    if (!j) {
      /* 對在職勞工應…: the actor is what the act goes to, no bearer; but
       * 經取得已登記寵物之飼主: what the name has undergone, closed by 之 */
      size_t from = csq__segment_start(s, lo, a->start);
      if (from < a->start && csq__word_at(r, W_TOWARD, s, from, a->start, NULL) &&
          !(csq__starts_with_any(s + from, a->start - from, CSQ__WORDS(undergone_marks)) >= 0 &&
            csq__has_word(r, W_MODIFIER, s, from, a->start)))
        return 0;
      /* 雇主僱用勞工，應…: a known actor, a verb of acting right after it,
       * and this one: the first bears it (read by csq__find_actor later);
       * not 商業同業公會理事 */
      size_t first = opening_actor(r, s, from, a->start);
      if (first && !csq__has_word(r, W_MODIFIER, s, from, a->start) &&
          csq__word_at(r, W_AGENTIVE, s, from + first, a->start, NULL))
        return 0;
      a->start = qualified_start(r, s, lo, a->start);
      return 1;
    }
    if (!(m = csq__known_before(r, s, lo, a->start - j, &name))) {
      size_t from = csq__segment_start(s, lo, a->start - j);
      if (from < a->start - j && csq__bearer_like(r, s, from, a->start - j))
        a->start = from;
      else
        a->start = short_parts(r, s, from, a->start);
      return 1;
    }
    memmove(a->conj + 1, a->conj, (size_t)a->conj_count * sizeof *a->conj);
    a->conj[0] = name;
    a->conj_count++;
    a->start -= j + m;
  }
}

void csq__split_commas(const char *s, size_t lo, size_t hi, segs *g) {
  size_t comma = strlen(COMMA);
  g->n = 0;
  for (size_t start = lo; start <= hi && g->n < 32;) {
    size_t end = start + csq__find(s + start, hi - start, COMMA);
    if (end > start) {
      g->at[g->n][0] = start;
      g->at[g->n++][1] = end;
    }
    start = end + comma;
  }
}

static const segment_answer *classify(reader *r, const char *s, size_t lo, size_t hi) {
  segment_answer *a = &r->segments[(lo * 31 + hi) & (SEGMENT_ANSWERS - 1)];
  if (a->node == r->nodes_read && a->s == s && a->lo == lo && a->hi == hi)
    return a;
  *a = (segment_answer){.s = s, .lo = lo, .hi = hi, .node = r->nodes_read, .kind = SEG_PLAIN};
  if (!csq__rule_matches(r, PAT_CONDITION, s, lo, hi))
    return a;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->pattern[PAT_CONDITION].match);
  if (ov[2 * r->g_purpose] != PCRE2_UNSET)
    a->kind = SEG_PURPOSE;
  else
    a->kind = ov[2 * r->g_topic] != PCRE2_UNSET ? SEG_TOPIC : SEG_CONDITION;
  a->opens = ov[2 * r->g_opens] != PCRE2_UNSET || ov[2 * r->g_opening] != PCRE2_UNSET;
  a->nominal = ov[2 * r->g_nominal] != PCRE2_UNSET;
  a->basis = ov[2 * r->g_basis] != PCRE2_UNSET;
  return a;
}

seg_kind csq__segment_kind(reader *r, const char *s, size_t lo, size_t hi) {
  return (seg_kind)classify(r, s, lo, hi)->kind;
}

/* Whether s[lo..hi) opens with a condition word (conditions.pcre's opens
 * group: 經中央主管機關…, not 受理申請之機關（構）). */
int csq__opens_condition(reader *r, const char *s, size_t lo, size_t hi) {
  const segment_answer *a = classify(r, s, lo, hi);
  return a->kind == SEG_CONDITION && a->opens;
}

/* A condition that only names the rule it follows (conditions.pcre's basis
 * group: 依前項規定). */
int csq__is_basis(reader *r, const char *s, size_t lo, size_t hi) {
  const segment_answer *a = classify(r, s, lo, hi);
  return a->kind == SEG_CONDITION && a->basis;
}

/* A condition that closes with 者 (conditions.pcre's nominal group). */
int csq__is_nominal(reader *r, const char *s, size_t lo, size_t hi) {
  const segment_answer *a = classify(r, s, lo, hi);
  return a->kind == SEG_CONDITION && a->nominal;
}

/* A segment that may name a subject: no condition, no purpose. */
int csq__subject_kind(seg_kind k) { return k == SEG_PLAIN || k == SEG_TOPIC; }

size_t csq__after_last_modifier(const reader *r, const char *s, size_t lo, size_t hi) {
  size_t k = hi;
  while (k > lo && !csq__word_before(r, W_MODIFIER, s, lo, k, NULL))
    k--;
  return k;
}

/* Where the head after the last 之 of s[from..at) begins, when it is short,
 * opens with no verb and is no condition (and, `alone`, no list: 依…規定認定之
 * [租屋服務]事業); else at. */
static size_t head_after_modifier(reader *r, const char *s, size_t from, size_t at, int alone) {
  size_t k = csq__after_last_modifier(r, s, from, at);
  if (k > from && k < at && at - k <= MAX_QUALIFIER_BYTES &&
      !csq__word_at(r, W_VERB, s, k, at, NULL) &&
      !(alone && csq__has_word(r, W_JOINER, s, k, at)) && !csq__is_condition(r, s, k, at))
    return k;
  return at;
}

static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at) {
  size_t from = csq__segment_start(s, lo, at);
  /* a text that opens with its subject may name a long list of bearers:
   * 直轄市、縣（市）主管教育行政機關所屬教育機構、公立學校，應… */
  size_t most = from == lo ? MAX_OPENING_QUALIFIER_BYTES : MAX_QUALIFIER_BYTES;
  /* 法人、商號、…等非自然人之農產品經營者: too long a phrase; what stands
   * after its last 之 still names the bearer */
  if (at - from > most)
    return head_after_modifier(r, s, from, at, 0);
  /* 用以告示[車輛]駕駛人必須…: the one a sign tells, after the verb (words.tsv sign_tells) */
  int told = csq__starts_with_any(s + from, at - from, CSQ__WORDS(sign_tells));
  if (told >= 0)
    from += strlen(csq_words_sign_tells[told]);
  if (from >= at || csq__word_before(r, W_VERB, s, from, at, NULL) ||
      csq__word_at(r, W_VERB, s, from, at, NULL))
    return at;
  /* 依前項規定未印製股票之公司: a phrase closed by 之 modifies the bearer,
   * whatever opens it */
  if (csq__word_before(r, W_MODIFIER, s, from, at, NULL))
    return from;
  if (csq__place_qualifies(r, s, from, at, SIZE_MAX))
    return from;
  /* 必要時稽徵機關得…: a condition before it qualifies nothing; but what
   * stands after the last 之 of a rule it follows is part of the name
   * (依本法…規定認定之[租屋服務]事業: 租屋服務事業認定及獎勵辦法 第2條第1項, fresh60) */
  if (csq__is_condition(r, s, from, at))
    return head_after_modifier(r, s, from, at, 1);
  return csq__subject_kind(csq__segment_kind(r, s, from, at)) ? from : at;
}

int csq__place_qualifies(const reader *r, const char *s, size_t lo, size_t at, size_t most) {
  return csq__ends_with_any(s + lo, at - lo, CSQ__WORDS(place_within)) >= 0 &&
         csq__code_points(s, lo, at) <= most && !csq__has_word(r, W_MODIFIER, s, lo, at);
}

int csq__ends_as_case(const char *s, size_t lo, size_t hi) {
  return csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends)) >= 0 ||
         csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_time_ends)) >= 0;
}

int csq__is_condition(reader *r, const char *s, size_t lo, size_t hi) {
  return csq__segment_kind(r, s, lo, hi) == SEG_CONDITION;
}

/* Whether s[lo..at) is a known actor, all of it (被告對看守所…: 被告). */
int csq__known_exactly(const reader *r, const char *s, size_t lo, size_t at) {
  actor_found a;
  return csq__actor_forward(r, s, lo, at, &a) && a.end == at;
}

actor_found csq__name_over(const reader *r, const char *s, size_t lo, size_t at, int weak) {
  actor_found a;
  if (!csq__actor_forward(r, s, lo, at, &a) || a.end != at)
    a = csq__actor_span(lo, at);
  a.weak = weak;
  return a;
}

/* Whether s[lo..at) is a known actor after a short qualifier of up to four
 * characters, no verb: 新設銀行 (銀行 known), 原核定機關, 大陸地區人民,
 * 實驗教育學生, 專科學校學生; not one that is a known actor and a word
 * between (雇主僱用勞工: 雇主 is the subject). */
static int short_qualified(const reader *r, const char *s, size_t lo, size_t at) {
  size_t n = csq__known_before(r, s, lo, at, NULL);
  if (!n || n == at - lo || opening_actor(r, s, lo, at - n))
    return 0;
  size_t chars = csq__code_points(s, lo, at - n);
  return chars <= MAX_SHORT_QUALIFIER_CHARS && csq__names_only(r, s, lo, at - n) &&
         !csq__has_word(r, W_MODIFIER, s, lo, at - n) && !csq__has_word(r, W_JOINER, s, lo, at - n);
}

/* Whether s[lo..at) is a known actor after a phrase that 之 closes (本公司之[員工]於離職時，不得…;
 * 前項之[勞工]於…時; bearer_like reads unknown names' endings: 各機關之人員); not a thing's name it
 * opens (員工認股權憑證: words.tsv head_compounds), nor one a known name with a verb acts on
 * (雇主[使]從事燻蒸作業以外之勞工). */
static int known_head(const reader *r, const char *s, size_t lo, size_t at, size_t hi) {
  size_t head = csq__after_last_modifier(r, s, lo, at), opening = opening_actor(r, s, lo, head);
  return head > lo && head < at && csq__known_exactly(r, s, head, at) &&
         csq__starts_with_any(s + at, hi - at, CSQ__WORDS(head_compounds)) < 0 &&
         !(opening && csq__word_at(r, W_VERB, s, lo + opening, head, NULL));
}

/* 無公民營事業提出申請…時, 無人回應時, 無廠商參加審查…者: a case that no
 * one is there, whose name after 無 (a known actor, or 人 alone: words.tsv
 * absence_anyone) bears nothing. Only where the name's comma segment, up to
 * hi, ends as a case (…時, …者) and holds no 之 after it: not
 * 無代理人或代理人為非律師之訴訟參與人 (whom 無 describes). */
int csq__names_absent(const reader *r, const char *s, size_t lo, size_t end, size_t hi) {
  int absent = csq__starts_with_any(s + lo, end - lo, CSQ__WORDS(absence_opens));
  if (absent < 0)
    return 0;
  size_t from = lo + strlen(csq_words_absence_opens[absent]);
  if (hi < end)
    return 0;
  size_t seg_end = end + csq__find(s + end, hi - end, COMMA);
  int anyone = csq__starts_with_any(s + from, end - from, CSQ__WORDS(absence_anyone));
  return from < end &&
         ((anyone >= 0 && from + strlen(csq_words_absence_anyone[anyone]) == end) ||
          csq__known_exactly(r, s, from, end)) &&
         csq__ends_as_case(s, lo, seg_end) && !csq__has_word(r, W_MODIFIER, s, end, seg_end);
}

/* The subject that opens a segment before what it does or meets: 檢查員於實施前項定期檢查後，
 * 應…; 審查諮詢委員有下列情形之一者，應…; 檢察總長對於檢察事務，應…. It ends like a bearer,
 * right before an opener (grammar/actors.tsv). */
static int subject_of_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  /* …，且由本部自網路查知者，得免附; …，且得由本部…者: a segment whose case
   * opens with its agent (grammar/agent.pcre), after a link word and a cue,
   * names who does the case's act, not a subject */
  size_t from = lo + csq__word_at(r, W_LINK, s, lo, hi, NULL);
  int cue = csq__starts_with_any(s + from, hi - from, CSQ__WORDS(cue_chars));
  if (cue >= 0)
    from += strlen(csq_words_cue_chars[cue]);
  if (from < hi && csq__match_end(r, PAT_AGENT, s, from, hi))
    return 0;
  /* …，及資遣教職員於…期間: a segment opened by a joiner goes on with the
   * subject before it, and names none of its own */
  if (csq__word_at(r, W_JOINER, s, lo, hi, NULL) ||
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(finding_opens)) >= 0)
    return 0; /* nor one that opens with a finding (認有…必要時) */
  /* …於執行職務時，發現犯罪被害人或其家屬符合…時: what is done opens
   * the segment, and what it meets names no subject */
  int done_first =
      csq__word_at(r, W_OPENER, s, lo, hi, NULL) && !csq__word_at(r, W_NOTOPENER, s, lo, hi, NULL);
  for (size_t at = csq__next_char(s, lo, hi), word; at < hi;) {
    /* 期貨經紀商對客戶…: 經紀 opens nothing */
    if ((word = csq__word_at(r, W_NOTOPENER, s, at, hi, NULL)) != 0) {
      at += word;
      continue;
    }
    /* 戶政事務所受理人員: an opener before an ending of two characters or
     * more, four in all, names a person; not whom a known name acts
     * toward (直轄市政府[對區公所]應考核其工作成績; but 前項校對人員) */
    if ((!csq__word_at(r, W_OPENER, s, at, hi, NULL) &&
         (done_first ||
          csq__starts_with_any(s + at, hi - at, CSQ__WORDS(case_bearer_opens)) < 0)) ||
        (hi - at <= 2 * GROW_SUFFIX_BYTES &&
         csq__bearer_suffix(r, s, at, hi) >= GROW_SUFFIX_BYTES &&
         !(csq__starts_with_any(s + at, hi - at, CSQ__WORDS(toward_opens)) >= 0 &&
           csq__known_exactly(r, s, lo, at)))) {
      at = csq__next_char(s, at, hi);
      continue;
    }
    /* a subject does not open with an opener (not 經中央主管機關 in 經中央主管機關依…廢止認可之
     * 辦理團體); 有線廣播電視系統經營者（以下簡稱系統經營者）依…: the subject before its alias */
    size_t end = csq__alias_before(s, lo, at);
    if (csq__bearer_like(r, s, lo, end) || csq__known_exactly(r, s, lo, end) ||
        csq__joined_bearers(r, s, lo, end) || short_qualified(r, s, lo, end) ||
        known_head(r, s, lo, end, hi)) {
      /* …but 經行政法院遴選之調解委員於受聘任前: a phrase closed by 之
       * modifies the subject */
      if ((csq__opens_condition(r, s, lo, at) && !csq__has_word(r, W_MODIFIER, s, lo, at)) ||
          csq__word_at(r, W_VERB, s, lo, at, NULL))
        return 0;
      /* a known actor keeps its names (主管機關對有前項情形之…) */
      if (!csq__actor_forward(r, s, lo, end, a) || a->end != end)
        *a = csq__actor_span(lo, end);
      return 1;
    }
    /* 學生實習期間於合作機構有…: the first condition word after a word of
     * two characters or more ends the subject, and this one is none (an
     * opener inside one word, 持有人於, is passed; a verb, 受理申請之…, too) */
    if (at - lo >= GROW_SUFFIX_BYTES && csq__opens_condition(r, s, at, hi)) {
      /* …及其他[經本會指定之]金融機構辦理…: a phrase that qualifies a name
       * joined to the subject is passed whole, no name ending inside it */
      size_t past = csq__joined_qualifier(r, s, lo, at, hi);
      if (!past)
        return 0;
      at = past;
      continue;
    }
    at = csq__next_char(s, at, hi);
  }
  return 0;
}

int csq__subject_of_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  subject_answer *c = &r->subjects[(lo * 31 + hi) & (SUBJECT_ANSWERS - 1)];
  if (!(c->node == r->nodes_read && c->s == s && c->lo == lo && c->hi == hi)) {
    *c = (subject_answer){.s = s, .lo = lo, .hi = hi, .node = r->nodes_read};
    c->found = subject_of_condition(r, s, lo, hi, &c->actor);
  }
  if (c->found)
    *a = c->actor;
  return c->found;
}

/* 各組之口試委員如遇有…，或與應考人有…關係者，應…: when every segment after
 * the first goes on with its case (grammar/actors.tsv's links: 或 及 且 致)
 * and names no one of its own (…，及直轄市、縣（市）主管機關核准…者), the
 * subject of the first one names who bears the cue. Not a subject that is
 * a clause itself, with a verb or an agentive word after its last 之 and no
 * list of names (主管機關轉送…書件予中央環境保護主管機關, 外國人領有該國各該類科技師;
 * but 遊艇經營業者或所有人、自用遊艇所有人或船長). */
int csq__subject_of_case(reader *r, const char *s, const segs *g, actor_found *a) {
  if (g->n < 2)
    return 0;
  actor_found own;
  for (int i = 1; i < g->n; i++) {
    size_t link = csq__word_at(r, W_LINK, s, g->at[i][0], g->at[i][1], NULL);
    if (!link)
      return 0;
    /* 或/及 may join a case of another; what 致 and 且 go on to is no subject
     * (…，致信用部受損害時) */
    if (csq__word_at(r, W_JOINER, s, g->at[i][0], g->at[i][1], NULL) &&
        csq__actor_forward(r, s, g->at[i][0] + link, g->at[i][1], &own))
      return 0;
  }
  actor_found found;
  if (!csq__subject_of_condition(r, s, g->at[0][0], g->at[0][1], &found))
    return 0;
  size_t from = csq__after_last_modifier(r, s, found.start, found.end);
  if (!csq__joined_bearers(r, s, from, found.end) &&
      (csq__has_word(r, W_VERB, s, from, found.end) ||
       csq__has_word(r, W_AGENTIVE, s, from, found.end)))
    return 0;
  *a = found;
  return 1;
}

int csq__names_only(const reader *r, const char *s, size_t lo, size_t hi) {
  return !csq__has_word(r, W_VERB, s, lo, hi) && !csq__has_word(r, W_OPENER, s, lo, hi);
}
