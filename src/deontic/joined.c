/*
 * joined.c — names joined to others by 、及或與: where a part after a
 * joiner ends (…機構、[航港局]或…), whether a run of names is bearers
 * joined (保險代理人、保險經紀人及銀行), a name that qualifies a longer head
 * (人民團體), and the last of names that a segment before a comma begins
 * (存續公司之董事會，或新設公司之發起人，應…).
 */
#include <string.h>

#include "deontic/extract.h"

/* Whether a known actor ending at `at` only qualifies a longer head right
 * after it: 人民團體, 公司負責人, 事業單位 (a known actor or an ending of
 * two characters or more within MAX_HEAD_GAP characters). */
int csq__longer_head(const reader *r, const char *s, size_t at, size_t end) {
  size_t pos = at;
  if (csq__word_at(r, W_JOINER, s, at, end, NULL)) /* 主管機關或法院: two bearers */
    return 0;
  for (int k = 0; k < MAX_HEAD_GAP && pos < end; k++) {
    pos = csq__next_char(s, pos, end);
    if (csq__known_before(r, s, at, pos, NULL) == pos - at ||
        (!csq__word_before(r, W_NOTSUFFIX, s, at, pos, NULL) &&
         csq__word_before(r, W_SUFFIX, s, at, pos, NULL) >= GROW_SUFFIX_BYTES))
      return 1;
  }
  return 0;
}

/* Whether a longer name goes on at s[at] (其所屬會計師[事務所]), and not
 * what befalls the name or whom it acts toward (經理人[受]主管機關…,
 * 輔佐人[對]法院…: words.tsv name_then_befalls, actors.tsv openers and
 * toward words). */
static int longer_name(const reader *r, const char *s, size_t at, size_t end) {
  return csq__starts_with_any(s + at, end - at, CSQ__WORDS(name_then_befalls)) < 0 &&
         !csq__word_at(r, W_OPENER, s, at, end, NULL) &&
         !csq__word_at(r, W_TOWARD, s, at, end, NULL) && csq__longer_head(r, s, at, end);
}

/* Where a part after a joiner that is no known actor ends, when it ends
 * like a bearer within MAX_JOINED_BYTES: in an ending of two characters
 * (財團法人及[非營利社團法人]受託辦理…), or of one that no longer name goes
 * on from (…機構、[航港局]或…; not 其所屬會計師[事務所]); 0 when it does not. */
size_t csq__joined_part(const reader *r, const char *s, size_t at, size_t end) {
  end = csq__segment_end(s, at, end); /* not past a comma: 幼兒園及其分班，其為…者 */
  /* 機關、團體或[個人]應…: a person named last, right before the cue or a
   * comma (words.tsv joined_persons; 個人 ends no other name: 個人資料) */
  int k = csq__starts_with_any(s + at, end - at, CSQ__WORDS(joined_persons));
  if (k >= 0) {
    size_t after = at + strlen(csq_words_joined_persons[k]);
    if (after == end || csq__cue_in(r, after, after + 1))
      return after;
  }
  size_t limit = at + MAX_JOINED_BYTES < end ? at + MAX_JOINED_BYTES : end;
  for (size_t pos = csq__next_char(s, at, limit); pos < limit;) {
    pos = csq__next_char(s, pos, limit);
    size_t n = csq__bearer_suffix(r, s, at, pos);
    /* not before 之: 死亡者[之]遺屬 goes on */
    if (pos < end && csq__word_at(r, W_MODIFIER, s, pos, end, NULL))
      continue;
    if (n >= GROW_SUFFIX_BYTES ||
        (n && (pos >= end || !(csq__bearer_like(r, s, at, csq__next_char(s, pos, end)) ||
                               longer_name(r, s, pos, end)))))
      return pos;
  }
  return 0;
}

/* Whether s[lo..at) is bearers joined by 、及或與, each known or ending like
 * a bearer, each perhaps with its alias: 保險代理人、保險經紀人及銀行 (銀行
 * known, the others not). */
int csq__joined_bearers(const reader *r, const char *s, size_t lo, size_t at) {
  size_t from = lo;
  int parts = 0;
  for (size_t pos = lo, j; pos < at;) {
    if (pos > from && (j = csq__word_at(r, W_JOINER, s, pos, at, NULL)) != 0) {
      size_t end = csq__alias_before(s, from, pos); /* 保險代理人（以下簡稱代理人）、 */
      if (!csq__bearer_like(r, s, from, end) && !csq__known_exactly(r, s, from, end))
        return 0;
      parts++;
      from = pos = pos + j;
      continue;
    }
    pos = csq__next_char(s, pos, at);
  }
  return parts > 0 && from < at &&
         (csq__bearer_like(r, s, from, at) || csq__known_exactly(r, s, from, at));
}

/* A bearer that opens with a joiner after a comma is the last of names that
 * the segment before it holds too (存續公司之董事會，或新設公司之發起人，應…;
 * 政府機關學校團體，及軍事部隊，應…): it runs from that segment's start when the
 * segment ends like a bearer and does nothing. */
void csq__joined_before(reader *r, const char *s, size_t lo, actor_found *a) {
  size_t j = csq__word_at(r, W_JOINER, s, a->start, a->end, NULL);
  if (!j || j >= a->end - a->start)
    return;
  size_t end;
  if (csq__comma_before(s, lo, a->start, &end)) {
    size_t from = csq__segment_start(s, lo, end);
    if (from < end && csq__bearer_like(r, s, from, end) && csq__names_only(r, s, from, end) &&
        csq__subject_kind(csq__segment_kind(r, s, from, end))) {
      *a = (actor_found){.start = from, .end = a->end, .weak = a->weak};
      return;
    }
  }
  /* …，或少年法院（地方法院少年法庭）應先裁定: the names before it do
   * something of their own, so the joiner is none of this name; not a
   * word it opens (與會人員, 及格人員: words.tsv joiner_words, and ICU's
   * dictionary) */
  size_t one = csq__next_char(s, a->start, a->end);
  if (csq__starts_with_any(s + a->start, a->end - a->start, CSQ__WORDS(joiner_words)) < 0 &&
      csq__word_ends_at(r, s, a->start, one, a->end))
    a->start = one;
}

/* Past the first 之 in s[at..hi), or 0 when none stands there. */
static size_t past_first_modifier(const reader *r, const char *s, size_t at, size_t hi) {
  for (size_t pos = at, m; pos < hi; pos = csq__next_char(s, pos, hi))
    if ((m = csq__word_at(r, W_MODIFIER, s, pos, hi, NULL)) != 0)
      return pos + m;
  return 0;
}

/* Where a phrase ends that an opener at s[at] begins and 之 closes, when it
 * qualifies a name joined to those before it: 銀行業及其他[經本會指定之]金融
 * 機構辦理…, 稅捐稽徵機關或其他[經財政部授權之]機關依…者. s[lo..at) ends with
 * a joiner, perhaps and a word like 其他 (words.tsv pronoun_words), after
 * names; the end is past the first 之 before hi, or 0 when none is there. */
size_t csq__joined_qualifier(const reader *r, const char *s, size_t lo, size_t at, size_t hi) {
  size_t before = at;
  int k = csq__ends_with_any(s + lo, at - lo, CSQ__WORDS(pronoun_words));
  if (k >= 0)
    before -= strlen(csq_words_pronoun_words[k]);
  size_t j = before > lo ? csq__word_before(r, W_JOINER, s, lo, before, NULL) : 0;
  /* the names before the joiner are a subject: not 以未滿十六歲或[因]…之人為證人者,
   * 公立或[依法]立案之私立…學校 */
  if (!j || csq__word_at(r, W_OPENER, s, lo, before, NULL) ||
      !(csq__bearer_like(r, s, lo, before - j) || csq__known_exactly(r, s, lo, before - j) ||
        csq__joined_bearers(r, s, lo, before - j)))
    return 0;
  return past_first_modifier(r, s, at, hi);
}

/* A bearer that another reading cut inside a phrase qualifying its last
 * name (政府或[經政府]認可之民間單位, 銀行業及其他經本會[指定之金融機構]未能…時):
 * its last joiner, perhaps and a word like 其他, opens 經 or 依 (words.tsv
 * joined_qualifier_opens) that no 之 closes within it, so it runs on to the
 * name after the first 之 that follows it in its segment (joined_part). */
void csq__joined_qualified(const reader *r, const char *s, size_t hi, actor_found *a) {
  size_t last = 0;
  for (size_t pos = a->start; pos < a->end;) {
    size_t j = csq__word_at(r, W_JOINER, s, pos, a->end, NULL);
    pos = j ? (last = pos + j) : csq__next_char(s, pos, a->end);
  }
  if (!last || csq__has_word(r, W_MODIFIER, s, last, a->end))
    return;
  int k = csq__starts_with_any(s + last, a->end - last, CSQ__WORDS(pronoun_words));
  size_t opener = k >= 0 ? last + strlen(csq_words_pronoun_words[k]) : last;
  if (csq__starts_with_any(s + opener, a->end - opener, CSQ__WORDS(joined_qualifier_opens)) < 0 ||
      csq__word_at(r, W_NOTOPENER, s, opener, a->end, NULL))
    return;
  size_t seg_end = csq__segment_end(s, a->end, hi);
  size_t head = past_first_modifier(r, s, a->end, seg_end);
  size_t end = head ? csq__joined_part(r, s, head, seg_end) : 0;
  if (end)
    *a = (actor_found){.start = a->start, .end = end, .weak = a->weak};
}
