/*
 * prefix.c — the subject that opens a clause with no other bearer named,
 * read as its shortest prefix that ends like a bearer (警察官初任官等時), and
 * the name after a 之 that such a prefix only qualifies (獲核配用戶號碼之
 * [電信事業]). bearer.c's opening_subject decides when they apply.
 */
#include <string.h>

#include "deontic/extract.h"

/* The length of a known name that fills s[lo..at) whole, after a word
 * that only says which (words.tsv actor_qualifiers: [私立]幼稚園籌設完竣，
 * 應…, [聯合]執行業務者), when no longer name goes on within MAX_HEAD_GAP
 * characters (私立幼稚園[園長], 外國銀行[分行]); 0 when none does. */
static size_t qualified_known(const reader *r, const char *s, size_t lo, size_t at, size_t hi) {
  size_t n = csq__known_before(r, s, lo, at, NULL);
  if (n != at - lo)
    return 0;
  for (int k = 0; k < MAX_HEAD_GAP && at < hi; k++) {
    at = csq__next_char(s, at, hi);
    if (csq__bearer_suffix(r, s, lo, at))
      return 0;
  }
  return n;
}

/* The subject that opens s[lo..hi): its first prefix of two to eight
 * characters (counted anew after each joiner: bearers joined, 環境用藥販賣業或
 * 病媒防治業歇業時) that ends like a bearer (警察官初任官等時: 警察官), or a longer one
 * that ends in an ending of two characters (新聞媒體採訪人員進入…時: not 新聞
 * 媒體), grown by an ending right after it that ends a known name with it
 * (養殖漁業人變更時: not 養殖漁業), before
 * any opener or 之, or a 由 or 係 after a name (本會委員[由]…), with
 * at least three characters after it
 * (營業場所: a noun, no subject). 0 when none: 評鑑委員會之決議 (whose). */
size_t csq__subject_prefix(reader *r, const char *s, size_t lo, size_t hi) {
  if (csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(pronoun_words)) >= 0 ||
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(finding_opens)) >= 0)
    return 0; /* 其中受僱者、雇主及學者專家代表，不得少於二分之一: among them; 認有…必要時 */
  int q = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(actor_qualifiers));
  size_t qualifier = q >= 0 ? strlen(csq_words_actor_qualifiers[q]) : 0;
  size_t first = 0, strong = 0, before = lo, at = csq__next_char(s, lo, hi);
  for (int k = 1; k < MAX_PREFIX_CHARS && at < hi;
       k++, before = at, at = csq__next_char(s, at, hi)) {
    size_t n = csq__bearer_suffix(r, s, lo, at);
    if (!n && qualifier)
      n = qualified_known(r, s, lo + qualifier, at, hi);
    if (n && csq__word_at(r, W_JOINER, s, at, hi, NULL))
      k = 0; /* 環境用藥販賣業或病媒防治業歇業時: the next part counts anew */
    else if (n) {
      /* 養殖漁業[人]: an ending right after the first goes on with it when
       * the two end a known name (漁業人; not 本局[局]務, 合夥人[人]數) */
      first =
          !first || (first == before && csq__known_ending(r, s, lo, at) > at - before) ? at : first;
      strong = n >= GROW_SUFFIX_BYTES ? at : strong;
    }
    if (!csq__word_at(r, W_NOTOPENER, s, at, hi, NULL) &&
        csq__word_at(r, W_OPENER, s, at, hi, NULL))
      break;
    /* 長照機構[由]政府機關（構）設立者: a name, then its agent or a copula,
     * which no name goes on through (words.tsv case_head_not_in): the
     * whole name before it (本會委員由…, not 本會) */
    if (n && csq__starts_with_any(s + at, hi - at, CSQ__WORDS(case_head_not_in)) >= 0) {
      strong = at;
      break;
    }
  }
  size_t best = strong ? strong : first;
  /* 內陸貨櫃集散站[業者]具備…: past the characters counted, a known name that
   * runs across the prefix's end goes on with it (the lexicon's 集散站業者);
   * not from a name of one character after an opener that is dropped
   * (凡人[民]聚居地方: 人 is none) */
  int opener = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(bearer_openers_dropped));
  size_t name = lo + (opener >= 0 ? strlen(csq_words_bearer_openers_dropped[opener]) : 0);
  int grows = best > name && csq__code_points(s, name, best) >= 2;
  for (size_t k = 0, at = best; grows && k < 2 && at < hi; k++) {
    at = csq__next_char(s, at, hi);
    if (csq__known_ending(r, s, lo, at) > at - best)
      best = at;
  }
  /* 獸醫師（佐）診療…時: a short bracket after the name belongs to it */
  size_t bracket = best ? csq__bracket_after(s, best, hi) : 0;
  if (bracket && csq__code_points(s, best + bracket, hi) >= MIN_ACT_CHARS)
    best += bracket;
  if (!best || csq__word_at(r, W_MODIFIER, s, best, hi, NULL) ||
      csq__code_points(s, best, hi) < MIN_ACT_CHARS)
    return 0;
  /* 有公司法第三十條…情事之一者: has, and a known name that runs on */
  int having = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(having_opens));
  if (having >= 0 &&
      csq__known_ending(r, s, lo, best) == best - lo - strlen(csq_words_having_opens[having]))
    return 0;
  return best;
}

/* Whether a thing of words.tsv thing_endings closes within MAX_HEAD_GAP
 * characters of s[at]: the name before it only owns it (理事[名額],
 * 當事人個人[資料]). */
static int thing_follows(const char *s, size_t at, size_t hi) {
  for (int k = 0; k <= MAX_HEAD_GAP && at < hi; k++) {
    at = csq__next_char(s, at, hi);
    if (csq__ends_with_any(s, at, CSQ__WORDS(thing_endings)) >= 0)
      return 1;
  }
  return 0;
}

/* Where the name after a 之 ends, when the subject read so far ends inside
 * a word that the 之 closes within MAX_HEAD_GAP characters: the subject only
 * qualifies that name (獲核配用戶[號碼之]電信事業, 公平交易委員會主管之
 * 財團法人), a known actor and what joins it, or a word ending like a bearer
 * in two characters within four. 0 when a thing follows (經辦機構截留之外國
 * 幣券, 原拍定人繳納之保證金: the subject stands). */
size_t csq__qualified_head(reader *r, const char *s, size_t at, size_t hi, size_t *head) {
  size_t m = 0;
  for (int k = 1; k < MAX_HEAD_GAP && at < hi && !m; k++) {
    at = csq__next_char(s, at, hi);
    m = csq__word_at(r, W_MODIFIER, s, at, hi, NULL);
  }
  if (!m)
    return 0;
  *head = at + m;
  actor_found known;
  size_t end = 0, pos = csq__next_char(s, *head, hi);
  if (csq__actor_forward(r, s, *head, hi, &known))
    end = known.end;
  for (int k = 1; !end && k <= MAX_HEAD_GAP && pos < hi; k++) {
    pos = csq__next_char(s, pos, hi);
    if (csq__bearer_suffix(r, s, *head, pos) >= GROW_SUFFIX_BYTES)
      end = pos;
  }
  return end && !thing_follows(s, end, hi) ? end : 0;
}
