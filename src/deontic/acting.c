/*
 * acting.c — a bearer read as one name that holds what its first name
 * does: 電子支付機構傳輸及儲存客戶資料至雲端服務業者，應… is borne by
 * 電子支付機構, which acts (grammar/actors.tsv's acting words), not by the
 * whole segment that ends like a bearer (業者); and the first party of a
 * contract, which the other is named with (金融服務業與金融消費者訂立契約時，
 * 須…: 金融服務業).
 */
#include <string.h>

#include "deontic/extract.h"

/* Whether the word at s[at..end) is inside a known name that goes on one
 * character past it: 勞動基金[運用]局 (the lexicon's 基金運用局), no act. */
static int inside_known(const reader *r, const char *s, size_t lo, size_t at, size_t end,
                        size_t hi) {
  size_t next = csq__next_char(s, end, hi);
  return next > end && csq__known_ending(r, s, lo, next) > next - at;
}

/* Where a name that opens s[lo..hi) ends when what follows it is what it
 * does (grammar/actors.tsv's acting words): 電子支付機構[傳輸]…至雲端服務業者;
 * 技師公會及技師公會全國聯合會[召開]會員（代表）大會. The name (each part, up
 * to nine characters) ends like a bearer, and no longer name goes on after
 * it (各國營事業[機關]). Not in a phrase closed by 之 (建築師聘僱之外國技術
 * 人員: the one hired bears it), nor one a condition opens (經航政機關會商…),
 * nor before a name the word forms (外交部授權機構, 各機關聘用人員). 0 when
 * none. */
static size_t name_then_act(const reader *r, const char *s, size_t lo, size_t hi) {
  if (csq__has_word(r, W_MODIFIER, s, lo, hi) || csq__word_at(r, W_OPENER, s, lo, hi, NULL) ||
      csq__word_at(r, W_AGENTIVE, s, lo, hi, NULL))
    return 0; /* nor a …者 phrase that acts itself: 取得技術母廠授權組裝或製造者 */
  size_t part = lo, j, act;
  for (size_t at = csq__next_char(s, lo, hi);
       at < hi && csq__code_points(s, part, at) <= MAX_PREFIX_CHARS;
       at = csq__next_char(s, at, hi)) {
    if ((j = csq__word_at(r, W_JOINER, s, at, hi, NULL)) != 0)
      part = at + j; /* the next part of 技師公會及技師公會全國聯合會 counts anew */
    else if ((act = csq__word_at(r, W_ACTING, s, at, hi, NULL)) != 0 &&
             csq__word_at(r, W_SUFFIX, s, at + act, hi, NULL) < GROW_SUFFIX_BYTES &&
             csq__bearer_suffix(r, s, lo, at) && !csq__longer_head(r, s, at, hi) &&
             !inside_known(r, s, lo, at, at + act, hi))
      return at;
  }
  return 0;
}

/* 金融服務業與金融消費者訂立契約時，須…: a 與 before the verb of a
 * contract (words.tsv contract_verbs) names the other party, and the first
 * alone bears the statement, when it reads as a name (not 不及與廠商簽訂契約者).
 * Whether it did. */
static int first_party(const reader *r, const char *s, actor_found *a) {
  size_t with = csq__find(s + a->start, a->end - a->start, CSQ_WORD_CONTRACT_WITH);
  if (with == 0 || with >= a->end - a->start ||
      csq__starts_with_any(s + a->end, r->node_len - a->end, CSQ__WORDS(contract_verbs)) < 0 ||
      !csq__bearer_like(r, s, a->start, a->start + with))
    return 0;
  a->end = a->start + with;
  a->conj_count = a->conj_count > 0 ? 1 : 0;
  return 1;
}

/* A bearer read as one name that holds what its first name does: that name
 * alone (known, when it is). Not when the cue follows it directly: the one
 * acted on is then its head (受申請人委任律師應按…收取費用: the lawyer; the
 * text before the cue ends at `cue`, adverbs passed; a comma there
 * closes the name's own clause: 外國雇用人僱用中華民國船員，應…). */
void csq__name_before_act(reader *r, const char *s, size_t lo, size_t cue, actor_found *a) {
  if (first_party(r, s, a))
    return;
  if (a->end == csq__strip_adverbs(r, s, lo, cue) && !csq__starts_at(s, cue, r->node_len, COMMA))
    return;
  size_t end = name_then_act(r, s, a->start, a->end);
  if (end)
    *a = csq__name_over(r, s, a->start, end, a->weak);
}
