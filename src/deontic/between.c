/*
 * between.c — what stands between a bearer and its cue and belongs to
 * neither: adverbs (並應, 亦應, 仍得), how often (…政府每年應), the 其 (its)
 * that opens what follows a name, a time alone after a …者 case
 * (…讓出者，當年度不得…), a clause of when after a name (…，於…處理前，應…), and a
 * copula of a condition inside a name (申請人[如為法人]).
 */
#include <string.h>

#include "deontic/extract.h"

/* The 其 (its) that opens s[lo..hi) as a pronoun, its length; 0 when none
 * or when it begins a word of its own (其他, 其餘, 其中: words.tsv
 * pronoun_words). */
size_t csq__its_pronoun(const char *s, size_t lo, size_t hi) {
  int p = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(bearer_pronouns));
  if (p < 0 || csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(pronoun_words)) >= 0)
    return 0;
  return strlen(csq_words_bearer_pronouns[p]);
}

/* Adverbs between a bearer and its cue: 並應, 亦應, 均應, 仍得, 即應, 另應, and
 * how often after a name in its segment (…政府每年應, …至少每月應: every form
 * holds 每 near its end), not after whom it is done to (對其他管理單位每年至少應辦理…). */
size_t csq__strip_adverbs(const reader *r, const char *s, size_t lo, size_t at) {
  for (size_t n; (n = csq__word_before(r, W_ADVERB, s, lo, at, NULL));)
    at -= n;
  size_t near = at - lo > FREQUENCY_MARK_BYTES ? at - FREQUENCY_MARK_BYTES : lo;
  if (csq__find(s + near, at - near, csq_words_frequency_mark[0]) == at - near)
    return at;
  int m = csq__ends_with_any(s + lo, at - lo, CSQ__WORDS(frequency_at_least));
  size_t end = m < 0 ? at : at - strlen(csq_words_frequency_at_least[m]);
  int f = csq__ends_with_any(s + lo, end - lo, CSQ__WORDS(frequency_adverbs));
  size_t n = f < 0 ? 0 : strlen(csq_words_frequency_adverbs[f]), name = end - n;
  int before = n ? csq__ends_with_any(s + lo, name - lo, CSQ__WORDS(frequency_at_least)) : -1;
  if (before >= 0) /* 至少 before the form too: 系統使用者至少每三個月應… */
    name -= strlen(csq_words_frequency_at_least[before]);
  if (!n || name <= lo || csq__ends_at(s, lo, name, COMMA))
    return at;
  size_t seg = csq__segment_start(s, lo, name);
  if (csq__ends_with_any(s + seg, name - seg, CSQ__WORDS(thing_endings)) >= 0)
    return at; /* a thing's: 延長辦公時數每三個月不得超過… */
  return csq__starts_with_any(s + seg, name - seg, CSQ__WORDS(frequency_objects)) >= 0 ? at : name;
}

/* Whether s[lo..hi) is a time alone: 當年度, 一年內, 三個月以內. */
static int time_segment(const char *s, size_t lo, size_t hi) {
  size_t n = hi - lo;
  if (hi <= lo || csq__code_points(s, lo, hi) > 6 ||
      csq__ends_with_any(s + lo, n, CSQ__WORDS(time_segment_ends)) < 0)
    return 0;
  return csq__starts_with_any(s + lo, n, CSQ__WORDS(time_segment_opens)) >= 0 ||
         csq__starts_with_any(s + lo, n, CSQ__WORDS(numeral_digits)) >= 0 ||
         csq__starts_with_any(s + lo, n, CSQ__WORDS(numeral_units)) >= 0;
}

size_t csq__before_time(const char *s, size_t lo, size_t at) {
  segs t;
  csq__split_commas(s, lo, at, &t);
  if (t.n >= 2 && t.at[t.n - 1][1] == at && time_segment(s, t.at[t.n - 1][0], at) &&
      csq__ends_with_any(s + t.at[t.n - 2][0], t.at[t.n - 2][1] - t.at[t.n - 2][0],
                         CSQ__WORDS(time_after_ends)) >= 0)
    return t.at[t.n - 2][1];
  return at;
}

/* Whether s[seg..at) is the last comma segment before `at` and says when,
 * as a clause which 於 or 在 opens (…所屬機關（構）對…之老人，於直轄市、縣（市）
 * 主管機關…處理前，應…: words.tsv when_opens … when_ends): it names no one who
 * bears the statement. */
int csq__when_clause(const char *s, size_t seg, size_t at) {
  return seg < at && csq__segment_end(s, seg, at) == at &&
         csq__starts_with_any(s + seg, at - seg, CSQ__WORDS(when_opens)) >= 0 &&
         csq__ends_with_any(s + seg, at - seg, CSQ__WORDS(when_ends)) >= 0;
}

/* The bearer found, cut before a copula of a condition inside it (申請人
 * [如為法人]: words.tsv condition_copulas); 0 when no name like a bearer's
 * stands before it (前項情形如係…). */
int csq__before_condition_copula(const reader *r, const char *s, actor_found *a) {
  for (size_t at = a->start; at < a->end; at = csq__next_char(s, at, a->end))
    if (csq__starts_with_any(s + at, a->end - at, CSQ__WORDS(condition_copulas)) >= 0) {
      if (at == a->start || !csq__names_one(r, s, a->start, at))
        return 0;
      a->end = at;
      a->conj_count = 0;
      return 1;
    }
  return 1;
}
