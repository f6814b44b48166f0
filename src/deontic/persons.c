/*
 * persons.c — the …者 phrases that name who acts, right before a cue: one
 * named by what they do (普及服務提供者), one a verb of acting opens
 * (從事地下水鑿井業務者), a list of persons after what they make or handle
 * (爆炸物之製造、販賣業者及購買者), which bearer.c tries in turn; and the
 * rule such a phrase acts by (依前項規定申請者), which it adds to any of them.
 */
#include <string.h>

#include "deontic/extract.h"

/* A …者 segment that names one by what they do, a verb of words.tsv's agent_noun_verbs right
 * before its 者 (普及服務[提供]者應…, 蠶種[製造]者應…): the name, after its last 之 (網路平臺之
 * [資料提供者]). Not a case around it (未依規定提供者, 依法登記之資料提供者: it opens with a state,
 * or holds an opener or a verb anywhere: cut after its 之, 對於本中心之行政處分不服者 would read as
 * 行政處分不服者). One who objects to what 對於 names is named whole when the clause opens
 * with it (toward_opens; `opens`), else the name before it bears it. */
int csq__agent_noun(reader *r, const char *s, size_t lo, size_t hi, int opens, actor_found *a) {
  int e = csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends));
  if (e < 0)
    return 0;
  size_t end = hi - strlen(csq_words_case_nominal_ends[e]);
  int verb = csq__ends_with_any(s + lo, end - lo, CSQ__WORDS(agent_noun_verbs));
  size_t v = verb < 0 ? 0 : strlen(csq_words_agent_noun_verbs[verb]);
  if (v && opens && strcmp(csq_words_agent_noun_verbs[verb], CSQ_WORD_OBJECTION_VERB) == 0 &&
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(toward_opens)) >= 0) {
    *a = csq__actor_span(lo, hi);
    return 1;
  }
  if (!v || end - v == lo ||
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(person_case_opens)) >= 0 ||
      csq__contains_any(s + lo, hi - lo, CSQ__WORDS(its_case_marks)) ||
      csq__has_word(r, W_OPENER, s, lo, end - v) || csq__has_word(r, W_VERB, s, lo, end - v))
    return 0;
  size_t head = csq__after_last_modifier(r, s, lo, hi);
  *a = csq__actor_span(head < end - v ? head : lo, hi);
  return 1;
}

/* Past what opens the phrase before its verb and stays in the name: how
 * often or since when one acts (已, 第一次: words.tsv past_marks) and, when the
 * phrase opens the clause (`opens`), an adverb of acting again or on one's own
 * (重新, 自行: agent_adverbs), a few in a row (已重新申請…者). Not after a subject
 * of its own (產製廠商使用菸酒…，自行使用已稅菸酒為原料者，不予退還…). */
static size_t agent_adverbs_end(const char *s, size_t at, size_t hi, int opens) {
  for (int k = 0; k < 3; k++) {
    int p = csq__starts_with_any(s + at, hi - at, CSQ__WORDS(past_marks));
    if (p >= 0) {
      at += strlen(csq_words_past_marks[p]);
      continue;
    }
    p = opens ? csq__starts_with_any(s + at, hi - at, CSQ__WORDS(agent_adverbs)) : -1;
    if (p < 0)
      break;
    at += strlen(csq_words_agent_adverbs[p]);
  }
  return at;
}

/* 以公司、行號名義[申請]登記者, 以電子資料傳輸方式[辦理]者: the verb of acting after
 * the name, way or standing one acts in (words.tsv manner_opens … manner_closes),
 * which stays in the name; else where it was. */
size_t csq__manner_end(const reader *r, const char *s, size_t at, size_t hi) {
  int open = csq__starts_with_any(s + at, hi - at, CSQ__WORDS(manner_opens));
  if (open < 0)
    return at;
  size_t from = at + strlen(csq_words_manner_opens[open]);
  for (size_t end = from, k = 0; end < hi && k < MAX_MANNER_CHARS;
       end = csq__next_char(s, end, hi), k++)
    if (csq__ends_with_any(s + from, end - from, CSQ__WORDS(manner_closes)) >= 0 &&
        csq__word_at(r, W_AGENTIVE, s, end, hi, NULL))
      return end;
  return at;
}

/* A …者 segment that names who acts, right before the cue: it opens with
 * a verb of acting (grammar/actors.tsv's agentive: 從事地下水鑿井業務者,
 * 向舊貨商購進廢料…者, 得利用他人著作者), after a 依…規定 that stays out of
 * the name (依本法第五條規定[請領藥師證書者]; 已依其他法規[享有租稅優惠者]). Not a case
 * (有下列情形之一者, 經審議與預防接種無關者, 未聘用者). One that opens with the name
 * or way one acts in (以公司、行號名義申請登記者) only when it opens the clause (`opens`). */
int csq__agent_phrase(reader *r, const char *s, size_t lo, size_t hi, int opens, actor_found *a) {
  if (csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends)) < 0)
    return 0;
  /* 本辦法施行前已取得…者: past the time, which is no part of the name (not
   * inside a rule: 依本法施行前規定申請登記者) */
  int rule_first = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(rule_opens)) >= 0;
  for (size_t at = lo, k = 0; !rule_first && at < hi && k < MAX_PREFIX_CHARS;
       at = csq__next_char(s, at, hi), k++) {
    int t = csq__starts_with_any(s + at, hi - at, CSQ__WORDS(enactment_marks));
    if (t >= 0) {
      lo = at + strlen(csq_words_enactment_marks[t]);
      break;
    }
  }
  /* 已取得…者: the verb after 已, which stays in the name; 已依其他法規
   * [享有租稅優惠者]: after the rule it names, which goes with 已 */
  size_t from = lo, verb = agent_adverbs_end(s, lo, hi, opens);
  if (csq__starts_with_any(s + verb, hi - verb, CSQ__WORDS(rule_opens)) >= 0) {
    size_t rule = verb;
    from = verb = hi;
    for (size_t at = rule; at < hi; at = csq__next_char(s, at, hi))
      if (csq__ends_with_any(s + rule, at - rule, CSQ__WORDS(rule_closes)) >= 0 &&
          csq__word_at(r, W_AGENTIVE, s, at, hi, NULL)) {
        from = verb = at;
        break;
      }
  }
  if (opens) /* 入境旅客攜帶…之貨物，以廠商名義進口者，應…: 入境旅客 */
    verb = csq__manner_end(r, s, verb, hi);
  size_t v = verb < hi ? csq__word_at(r, W_AGENTIVE, s, verb, hi, NULL) : 0;
  size_t after = verb + v;
  /* 實施者已取得…同意者: the name the verb makes, then its case (bearer.c reads the name);
   * not names joined (製造者或進口者) */
  size_t named = after + strlen(CSQ_WORD_CASE_NOMINAL_ENDS);
  if (v && csq__starts_with_any(s + after, hi - after, CSQ__WORDS(case_nominal_ends)) >= 0 &&
      named < hi && !csq__word_at(r, W_JOINER, s, named, hi, NULL) &&
      !csq__word_at(r, W_MODIFIER, s, named, hi, NULL))
    return 0;
  if (!v || (csq__starts_with_any(s + after, hi - after, CSQ__WORDS(agent_times)) >= 0 &&
             csq__starts_with_any(s + after, hi - after, CSQ__WORDS(agent_objects)) < 0))
    return 0;
  *a = csq__actor_span(from, hi);
  a->weak = 1; /* 依本辦法申請入學者，…，應由學生家長填具…: the agent acts */
  return 1;
}

/* A …者 segment that lists persons after what they make or handle:
 * 爆炸物之製造、販賣業者及購買者 (after its last 之, parts joined by 、及或與,
 * each but the first ending like a bearer, one in an ending of two
 * characters: 業者). Not a case: 有下列情形之一者 (一者). */
int csq__person_list(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  if (csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends)) < 0)
    return 0;
  size_t from = lo, end = hi, strong = 0;
  for (size_t at = lo; at < hi; at = csq__next_char(s, at, hi))
    if (csq__word_at(r, W_MODIFIER, s, at, hi, NULL))
      from = at + csq__word_at(r, W_MODIFIER, s, at, hi, NULL);
  if (from == lo || csq__has_word(r, W_OPENER, s, from, hi))
    return 0;
  int parts = 0;
  while (end > from) {
    size_t j = 0, at = end;
    while (at > from && !(j = csq__word_before(r, W_JOINER, s, from, at, NULL)))
      at = csq__prev_char(s, from, at);
    if (at == from) /* the first part: what they make or sell */
      break;
    size_t n = csq__bearer_suffix(r, s, at, end);
    if (!n)
      return 0;
    /* 設計或施工者: a maker's or a doer's 者 */
    strong |= n >= GROW_SUFFIX_BYTES || csq__word_at(r, W_AGENTIVE, s, at, end, NULL);
    parts++;
    end = at - j;
  }
  if (!strong || parts < 1)
    return 0;
  *a = csq__actor_span(lo, hi);
  return 1;
}

/* 依前項規定申請者, 依第一項申請來臺就學者: the …者 bearer found, whichever
 * finder found it, keeps the rule it acts by when that opens its comma
 * segment (words.tsv basis_opens; a …者 ending, words.tsv case_nominal_ends)
 * and holds no 之 (the readers write the bearer so: over the labelled sets
 * all 30 such phrases). Not a known name, which stands alone. */
void csq__with_basis(const reader *r, const char *s, size_t lo, actor_found *a) {
  size_t from = csq__segment_start(s, lo, a->start);
  if (from >= a->start || a->known ||
      csq__ends_with_any(s + a->start, a->end - a->start, CSQ__WORDS(case_nominal_ends)) < 0 ||
      csq__starts_with_any(s + from, a->start - from, CSQ__WORDS(basis_opens)) < 0 ||
      csq__has_word(r, W_MODIFIER, s, from, a->start) ||
      csq__code_points(s, from, a->start) > MAX_BASIS_CHARS)
    return;
  a->start = from;
}

/* A …者 case that opens its segment after a segment that only names:
 * 期貨經紀商之董事或經理人，擔任或直接從事…之職務者，應…; 退休公務人員，已參加退休
 * 人員保險者，不得…. The name is whom the case is about, and bears it. Not a
 * name that is a case itself (…者, …時), does anything (a verb, an opener) or
 * is a topic or a time (segment_kind). */
void csq__name_before_case(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  size_t end;
  if (!csq__comma_before(s, lo, a->start, &end) ||
      csq__ends_with_any(s + a->start, a->end - a->start, CSQ__WORDS(case_nominal_ends)) < 0 ||
      csq__segment_end(s, a->start, hi) != a->end)
    return; /* the case is its whole segment: not …，業者於海關…, …，經營者於接獲…後 */
  size_t from = csq__segment_start(s, lo, end);
  if (from >= end || csq__ends_as_case(s, from, end) || !csq__names_only(r, s, from, end) ||
      !(csq__bearer_like(r, s, from, end) || csq__known_exactly(r, s, from, end)) ||
      !csq__subject_kind(csq__segment_kind(r, s, from, end)))
    return;
  *a = csq__name_over(r, s, from, end, a->weak);
}

/* Where the case s[lo..hi) begins past 凡 (every one who: 凡申請為本院訪問
 * 研究學人者，應… — the case names its bearer as it would alone; words.tsv
 * every_opens), or lo: not before a condition word (凡在中華民國有住所或居所
 * 之外國人) nor before whom or with whom one acts (凡向大會要求旁聽人員),
 * read whole then. */
size_t csq__past_every(reader *r, const char *s, size_t lo, size_t hi) {
  int every = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(every_opens));
  if (every < 0)
    return lo;
  size_t past = lo + strlen(csq_words_every_opens[every]);
  if (past >= hi || csq__opens_condition(r, s, past, hi) ||
      csq__starts_with_any(s + past, hi - past, CSQ__WORDS(every_keeps)) >= 0)
    return lo;
  return past;
}
