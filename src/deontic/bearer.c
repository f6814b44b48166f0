/*
 * bearer.c — who bears a statement, read from the text before its cue: a
 * subject before an opener, a known actor and what joins it, a …者 phrase
 * that names who acts (persons.c), the subject of a time condition;
 * not a topic or a thing (docs/obligations.md, "Bearer").
 */
#include <string.h>

#include "deontic/extract.h"

/* Where the cue after s[..at) begins, past the commas before it. */
static size_t past_commas(const reader *r, const char *s, size_t at) {
  while (csq__starts_at(s, at, r->node_len, COMMA))
    at += strlen(COMMA);
  return at;
}

/* Whether segment i is a topic of its own: 前項…, 其…, or a thing after a
 * …者 case (學生實習期間…者，[所定產學合作書面契約]應…). */
static int topic_segment(reader *r, const char *s, const segs *g, int i) {
  seg_kind k = csq__segment_kind(r, s, g->at[i][0], g->at[i][1]);
  if (k == SEG_TOPIC)
    return 1;
  return k == SEG_PLAIN && i > 0 && !csq__bearer_like(r, s, g->at[i][0], g->at[i][1]) &&
         csq__is_nominal(r, s, g->at[i - 1][0], g->at[i - 1][1]);
}

/* A known name that ends the segment s[lo..hi) after a condition: 必要時
 * [稽徵機關]得派員監督銷燬; after a short place, with it (三、[室內加油站]應…). */
static int known_after_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  const char *name;
  size_t n = csq__word_before(r, W_LEXICON, s, lo, hi, &name);
  size_t m = csq__word_before(r, W_ACTOR, s, lo, hi, n ? NULL : &name);
  n = n > m ? n : m;
  if (!n || hi - n == lo || csq__word_before(r, W_MODIFIER, s, lo, hi - n, NULL) ||
      !csq__is_condition(r, s, lo, hi - n))
    return 0;
  int place = csq__place_qualifies(r, s, lo, hi - n, MAX_SHORT_QUALIFIER_CHARS);
  *a = (actor_found){
      .start = place ? lo : hi - n, .end = hi, .conj = {name}, .conj_count = 1, .known = 1};
  return 1;
}

static int owned_thing(const reader *r, const char *s, size_t at, size_t hi);
static int acts_after(const reader *r, const char *s, size_t at, size_t hi);
static int sets_up(const reader *r, const char *s, size_t at, size_t hi);

/* Whether the segments after the first are what the clause's subject does,
 * one after another, up to the cue's own segment, which opens with an
 * adverb of grammar/actors.tsv (並, 亦, 另 …): 本局設四組，分別掌理前條所列
 * 事項，[並]得分科辦事 (none of them opens with a known actor of its own).
 * `hi` is where the text before the cue's segment ends. */
static int coordinated(reader *r, const char *s, const segs *g, size_t hi) {
  size_t end = r->node_len, comma = strlen(COMMA);
  if (g->n < 2 || hi != g->at[g->n - 1][1] || !csq__starts_at(s, hi, end, COMMA) ||
      !csq__word_at(r, W_ADVERB, s, hi + comma, end, NULL))
    return 0;
  actor_found other;
  for (int i = 1; i < g->n; i++)
    if (csq__actor_forward(r, s, g->at[i][0], g->at[i][1], &other))
      return 0;
  return 1;
}

/* The subject that opens the text of a statement with no other bearer
 * named, before what it does: 法醫官相驗屍體後，應…; 電能供應事業發生電源不足，
 * …時，…，得…; 旅客進入自然人文生態景觀區，應…; 本會各單位自行調整工作者，應…
 * (the head of a …者 phrase); 本局設四組，…，並得… (`chained`: coordinated).
 * Not when the segment before the cue has a subject of its own (受收容人病危或
 * 死亡時，[收容處所]應…), nor a condition word opening it. Weak: a 由X after
 * the cue wins over it. */
static int opening_subject(reader *r, const char *s, const segs *g, int chained, actor_found *a) {
  size_t lo = g->at[0][0], hi = g->at[0][1];
  if (g->n >= 2 && !csq__is_condition(r, s, g->at[g->n - 1][0], g->at[g->n - 1][1])) {
    /* chained: only a known actor that does what follows it (本局[設四組];
     * not 董事之名額，以…為限，並須為奇數: a topic) */
    if (!chained || csq__has_word(r, W_MODIFIER, s, lo, hi))
      return 0;
    int self = csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(self_references));
    if (self >= 0) {
      size_t end = lo + strlen(csq_words_self_references[self]);
      if (!sets_up(r, s, end, hi))
        return 0;
      *a = csq__actor_span(lo, end);
    } else if (!csq__actor_forward(r, s, lo, hi, a) || !acts_after(r, s, a->end, hi)) {
      return 0;
    }
    a->weak = 1;
    return 1;
  }
  if (csq__opens_condition(r, s, lo, hi) || csq__word_at(r, W_VERB, s, lo, hi, NULL) ||
      csq__segment_kind(r, s, lo, hi) == SEG_TOPIC)
    return 0;
  size_t head = lo, at = csq__subject_prefix(r, s, lo, hi);
  size_t head_end = at ? csq__qualified_head(r, s, at, hi, &head) : 0;
  if (head_end)
    lo = head, at = head_end;
  /* 本基金會計事務之處理，應…: the subject only owns the topic */
  if (!at || owned_thing(r, s, at, hi) || csq__cut_inside_word(r, s, lo, at, hi))
    return 0;
  *a = csq__actor_span(lo, at);
  a->weak = 1;
  return 1;
}

/* Whether s[at..hi), after a known actor, ends its segment with 之 and a
 * short noun that names no person, with nothing that acts between: 政府之
 * 決算，應…; 個人資料之利用，應… (the thing is the topic, and the actor bears
 * nothing; not 主管機關之承辦人員, nor 主管機關對於申請之審查). */
static int owned_thing(const reader *r, const char *s, size_t at, size_t hi) {
  size_t k = csq__after_last_modifier(r, s, at, hi);
  return k > at && k < hi && hi - k <= MAX_SHORT_PART_BYTES && !csq__bearer_like(r, s, k, hi) &&
         !csq__known_at(r, s, k, hi, NULL) && !csq__has_word(r, W_OPENER, s, at, k) &&
         !csq__has_word(r, W_VERB, s, at, k) && !csq__has_word(r, W_JOINER, s, at, hi) &&
         !csq__has_word(r, W_AGENTIVE, s, at, k);
}

/* What the known actor `a` is to the thing its segment names (see owns). */
typedef enum { BEARS, OWNS_TOPIC, OWNS_THING_AT_CUE } ownership;

/* Whether s[at..hi), right after a known actor, is a short thing it owns
 * right before the cue (監事[名額], 重劃會[章程], 各機關[辦公處所]): four characters at
 * most, ending like a thing, nothing in it that acts on things (申請人[檢附資料]:
 * words.tsv owner_acts) nor a time of the actor's own (受刑人[服刑期間]:
 * act_times). */
static int thing_at_cue(const char *s, size_t at, size_t hi) {
  return csq__code_points(s, at, hi) <= MAX_OWNED_AT_CUE_CHARS &&
         csq__ends_with_any(s + at, hi - at, CSQ__WORDS(act_times)) < 0 &&
         !csq__contains_any(s + at, hi - at, CSQ__WORDS(owner_acts));
}

/* Whether the known actor `a` only owns the thing its segment names: 勞工
 * 正常工作時間，每日不得超過八小時 (a noun ending like a thing right after it,
 * no verb between, and another segment before the cue: the hours are the
 * topic, and the worker bears nothing): OWNS_TOPIC, and a bearer may be read
 * elsewhere. A short thing right before the cue, with no comma between
 * (`touches`: 監事名額不得超過…, 重劃會章程應載明…): OWNS_THING_AT_CUE, and no one is
 * named there (not 審查會審查診療費用應於…, where the body acts). */
static ownership owns(const reader *r, const char *s, const actor_found *a, const segs *g,
                      int touches) {
  size_t hi = a->end;
  int last = 0; /* 非公務機關蒐集個人資料，應…: the segment before the cue acts */
  for (int i = 0; i < g->n; i++)
    if (a->start >= g->at[i][0] && a->start < g->at[i][1])
      hi = g->at[i][1], last = i == g->n - 1;
  if (owned_thing(r, s, a->end, hi))
    return OWNS_TOPIC;
  int at_cue = last && touches && thing_at_cue(s, a->end, hi);
  if ((last && !at_cue) || hi == a->end || hi - a->end > MAX_POSSESSED_BYTES ||
      csq__ends_with_any(s + a->end, hi - a->end, CSQ__WORDS(thing_endings)) < 0)
    return BEARS;
  if (csq__word_at(r, W_OPENER, s, a->end, hi, NULL) ||
      csq__word_at(r, W_VERB, s, a->end, hi, NULL) ||
      csq__word_at(r, W_AGENTIVE, s, a->end, hi, NULL) ||
      csq__word_at(r, W_JOINER, s, a->end, hi, NULL) ||
      csq__word_at(r, W_MODIFIER, s, a->end, hi, NULL))
    return BEARS;
  return at_cue ? OWNS_THING_AT_CUE : OWNS_TOPIC;
}

/* The known actor `a` found: 1 when it bears the statement, 0 when it only
 * owns a topic (read on), -1 when it owns the thing right before the cue
 * (no bearer, and `a` says the statement's text opens with a topic). */
static int found_bears(const reader *r, const char *s, actor_found *a, const segs *g, int touches) {
  ownership o = owns(r, s, a, g, touches);
  a->topic = o == OWNS_THING_AT_CUE;
  return o == BEARS ? 1 : o == OWNS_TOPIC ? 0 : -1;
}

/* Whether s[at..hi) is a body setting up something of two characters or
 * more (設審議會, 設立分校; not 設立人: a founder). */
static int sets_up(const reader *r, const char *s, size_t at, size_t hi) {
  (void)r;
  int i = csq__starts_with_any(s + at, hi - at, CSQ__WORDS(establishing_verbs));
  return i >= 0 && csq__code_points(s, at + strlen(csq_words_establishing_verbs[i]), hi) >= 2;
}

/* Whether what follows a known actor at s[at..hi) is what it does, not
 * the rest of a longer word: a word of two characters or more before a
 * joiner or the end (代檢機構[聘用]、資遣…; not 受害人[民]或公益團體). */
static int acts_after(const reader *r, const char *s, size_t at, size_t hi) {
  size_t pos = at;
  /* 戶政事務所[受理人員]: a short head noun after it, no act; but 主管機關
   * [設審議會]: a body set up */
  if (hi - at <= 4 * 3 && csq__bearer_like(r, s, at, hi) && !sets_up(r, s, at, hi))
    return 0;
  for (int k = 0; k < 2; k++) {
    if (pos >= hi || csq__word_at(r, W_JOINER, s, pos, hi, NULL))
      return 0;
    pos = csq__next_char(s, pos, hi);
  }
  return 1;
}

/* 允許廠商在不降低原有功能條件下，得…: the one a segment allows (grammar/
 * actors.tsv's permit words) is the bearer of the permission after it: a
 * known actor right after the word, else its subject before an opener. */
static int permitted(reader *r, const char *s, const segs *g, actor_found *a) {
  for (int i = g->n - 1; i >= 0; i--) {
    size_t lo = g->at[i][0], hi = g->at[i][1], n = csq__word_at(r, W_PERMIT, s, lo, hi, NULL);
    if (!n)
      continue;
    if (csq__actor_forward(r, s, lo + n, hi, a))
      return 1;
    for (size_t at = csq__next_char(s, lo + n, hi); at < hi; at = csq__next_char(s, at, hi))
      if (csq__word_at(r, W_OPENER, s, at, hi, NULL) && csq__bearer_like(r, s, lo + n, at)) {
        *a = csq__actor_span(lo + n, at);
        return 1;
      }
    return 0;
  }
  return 0;
}

/* 經核准登記之[農場]，其登記事項有變更時，應…: a first segment that names
 * a bearer, and a second that 其 opens (its …): the bearer is the first's
 * head, after its last 之. Not 其他. */
static int named_then_its(reader *r, const char *s, const segs *g, int office, actor_found *a) {
  if (g->n < 2)
    return 0;
  size_t lo = g->at[0][0], hi = g->at[0][1], next = g->at[1][0], end = g->at[1][1];
  if (!csq__its_pronoun(s, next, end))
    return 0;
  /* 申請發明專利者，其申請書應…: one who acts, not a case (申請人為公司者,
   * 開發期程少於一年者), and not when the office acts on what is its (參加訓練
   * 者，其缺課時數達…，應予退訓); 提供平臺之業者 is read as a name below */
  int named =
      csq__bearer_like(r, s, lo, hi) && csq__bearer_suffix(r, s, lo, hi) >= GROW_SUFFIX_BYTES;
  if (!named && csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends)) >= 0)
    return !csq__contains_any(s + lo, hi - lo, CSQ__WORDS(its_case_marks)) && !office &&
           csq__agent_phrase(r, s, lo, hi, 1, a);
  if (!(named || csq__bearer_like(r, s, lo, hi) || csq__known_before(r, s, lo, hi, NULL)))
    return 0;
  size_t head = csq__after_last_modifier(r, s, lo, hi);
  if (head == lo)
    head = csq__is_condition(r, s, lo, hi) ? hi : lo;
  if (head == hi || csq__has_word(r, W_OPENER, s, head, hi) ||
      csq__has_word(r, W_VERB, s, head, hi))
    return 0;
  *a = csq__actor_span(head, hi);
  return 1;
}

/* 本會委員任期二年，期滿得連任: the one who holds the term the clause's first
 * segment opens with (words.tsv held_terms) bears what follows: the name
 * before it, when it ends like a bearer or is a known one. Not a name after
 * a time or a place (出缺之日至原委員任期屆滿之日). */
static int term_holder(reader *r, const char *s, const segs *g, actor_found *a) {
  /* 委員任期二年，任期內出缺時，得補聘之: a case between, and another acts */
  if (g->n < 1 || g->n > 2)
    return 0;
  size_t lo = g->at[0][0], hi = g->at[0][1];
  for (size_t at = csq__next_char(s, lo, hi); at < hi; at = csq__next_char(s, at, hi))
    if (csq__starts_with_any(s + at, hi - at, CSQ__WORDS(held_terms)) >= 0) {
      size_t end = at - csq__word_before(r, W_MODIFIER, s, lo, at, NULL); /* 委員之任期 */
      if (end == lo || csq__is_condition(r, s, lo, hi) ||
          csq__starts_with_any(s + lo, end - lo, CSQ__WORDS(bearer_never_opens)) >= 0 ||
          !(csq__bearer_like(r, s, lo, end) || csq__known_before(r, s, lo, end, NULL)))
        return 0;
      *a = csq__actor_span(lo, end);
      return 1;
    }
  return 0;
}

/* 本法所定之行政處罰，由金融監督管理委員會為之，並應通知交通部: the agent of a
 * 由 that opens the segment right before the cue bears what follows. Not a
 * case or a time (由徵用機關…取得…之使用權者，…). */
static int agent_before(reader *r, const char *s, const segs *g, actor_found *a) {
  if (g->n < 1)
    return 0;
  size_t lo = g->at[g->n - 1][0], hi = g->at[g->n - 1][1];
  return !csq__ends_as_case(s, lo, hi) && csq__agent_named(r, s, lo, hi, a);
}

/* A head at s[lo..) that acts: a known actor, or a name of eight characters
 * at most right before an opener (經 於 依 …) that ends with a known actor
 * (退除役官兵經…, 蒙藏學生經錄取…). */
static int head_before_opener(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  if (csq__actor_forward(r, s, lo, hi, a))
    return 1;
  /* not a segment that opens with what a condition does (經主管機關…, 由…) */
  if (csq__word_at(r, W_OPENER, s, lo, hi, NULL) ||
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(rule_opens)) >= 0 ||
      csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(cue_chars)) >= 0)
    return 0;
  /* the first opener after such a name (退除役官兵經…: not the 除 inside it),
   * one name: no joiner, no 之, no adverb */
  for (size_t k = lo, n = 0; k < hi && n <= 8; k = csq__next_char(s, k, hi), n++) {
    if (csq__word_at(r, W_JOINER, s, k, hi, NULL) || csq__word_at(r, W_MODIFIER, s, k, hi, NULL) ||
        csq__word_at(r, W_ADVERB, s, k, hi, NULL) ||
        csq__starts_with_any(s + k, hi - k, CSQ__WORDS(case_head_not_in)) >= 0)
      return 0;
    if (k > lo && csq__word_at(r, W_OPENER, s, k, hi, NULL) &&
        csq__known_before(r, s, lo, k, NULL)) {
      *a = csq__actor_span(lo, k);
      return 1;
    }
  }
  return 0;
}

/* The head of a case that opens with the rule it follows, after the 之
 * that closes it: 依本辦法升學之[蒙藏學生]經錄取…轉系者 (head_before_opener). */
static int head_after_rule(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  if (csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(rule_opens)) < 0)
    return 0;
  size_t at = lo, n = 0;
  while (at < hi && !(n = csq__word_at(r, W_MODIFIER, s, at, hi, NULL)))
    at = csq__next_char(s, at, hi);
  return n && head_before_opener(r, s, at + n, hi, a);
}

/* The head of a case that spans segments: a known actor opens the clause
 * and does something, conditions follow, and the case closes in segment i
 * naming no one (退除役官兵經就業安置，如無特殊原因，自行離職者，…不得…). */
static int case_head_opens(reader *r, const char *s, const segs *g, int i, actor_found *a) {
  for (int k = 1; k < i; k++)
    if (!csq__is_condition(r, s, g->at[k][0], g->at[k][1]))
      return 0;
  size_t lo = g->at[0][0], hi = g->at[0][1];
  for (size_t at = g->at[i][0]; at < g->at[i][1]; at = csq__next_char(s, at, g->at[i][1]))
    if (csq__known_at(r, s, at, g->at[i][1], NULL))
      return 0; /* the case names someone of its own */
  return head_before_opener(r, s, lo, hi, a) && csq__word_at(r, W_OPENER, s, a->end, hi, NULL);
}

/* The body under the name found that 所屬 names right after it: a known
 * name or one ending like a bearer that fills the text from 所屬 on, up to
 * MAX_SUBORDINATE_CHARS characters and a name in brackets, with no joiner,
 * 之 or opener between (…政府所屬[二級機關（構）]預算…者; not 醫院所屬人員
 * [與病人]…: words.tsv subordinate_marks). The bearer then runs to its end,
 * one name, no longer those it was found as. */
enum { MAX_SUBORDINATE_CHARS = 6 };

static void subordinate_head(const reader *r, const char *s, size_t hi, actor_found *a) {
  int k = csq__starts_with_any(s + a->end, hi - a->end, CSQ__WORDS(subordinate_marks));
  if (k < 0)
    return;
  size_t from = a->end + strlen(csq_words_subordinate_marks[k]), pos = from, end = 0;
  for (int n = 0; n < MAX_SUBORDINATE_CHARS && pos < hi; n++) {
    if (csq__word_at(r, W_JOINER, s, pos, hi, NULL) ||
        csq__word_at(r, W_MODIFIER, s, pos, hi, NULL) ||
        csq__word_at(r, W_OPENER, s, pos, hi, NULL))
      break;
    pos = csq__next_char(s, pos, hi);
    if (csq__known_before(r, s, from, pos, NULL) == pos - from ||
        csq__bearer_suffix(r, s, from, pos) >= GROW_SUFFIX_BYTES)
      end = pos;
  }
  if (end) {
    a->end = end + csq__bracket_after(s, end, hi);
    a->known = 0;
    a->conj_count = 0;
  }
}

/* A known actor that opens the …者 case right before the cue, what it does
 * or meets after it: 申請人撤回調解之申請者，應…; 中華民國國民年滿四十歲者，
 * 得…; 廠商不服者，得… (the case's head is the bearer, the rest the
 * condition). Not one that owns what follows (申請人之配偶…者), nor a longer name's start. */
static int actor_opens_case(reader *r, const char *s, const segs *g, actor_found *a) {
  /* …者，並向中央主管機關申請許可後，得…: past the conditions after it */
  int i = g->n - 1;
  while (i > 0 && csq__is_condition(r, s, g->at[i][0], g->at[i][1]) &&
         csq__ends_with_any(s + g->at[i][0], g->at[i][1] - g->at[i][0],
                            CSQ__WORDS(case_nominal_ends)) < 0)
    i--;
  if (i < 0)
    return 0;
  size_t lo = g->at[i][0], hi = g->at[i][1];
  int end = csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends));
  if (end < 0)
    return 0;
  if (!head_before_opener(r, s, lo, hi, a) && !head_after_rule(r, s, lo, hi, a) &&
      !(i > 0 && case_head_opens(r, s, g, i, a)))
    return 0;
  subordinate_head(r, s, hi, a);
  /* what it does: two characters at the least before 者 (不服者), no 之,
   * no joiner, no other name right after it (委員會委員…者) */
  size_t act = hi - strlen(csq_words_case_nominal_ends[end]);
  return a->end < act && csq__code_points(s, a->end, act) >= 2 &&
         !csq__word_at(r, W_MODIFIER, s, a->end, hi, NULL) &&
         !csq__word_at(r, W_JOINER, s, a->end, hi, NULL) && !csq__known_at(r, s, a->end, hi, NULL);
}

/* Whether the …者 case s[lo..hi) names the ones who carry on a trade: its
 * 者 closes an ending of two characters (爆炸物製造、販賣[業者]), no
 * condition word opens it, it states no case (受託人[為]信託業者, [非]屬…
 * 事業者: words.tsv its_case_marks, person_case_opens), and what stands
 * before 者 is no state of a business (開業, 復業: actors.tsv notsuffix). */
static int names_makers(reader *r, const char *s, size_t lo, size_t hi) {
  int end = csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends));
  return end >= 0 && csq__is_nominal(r, s, lo, hi) && !csq__opens_condition(r, s, lo, hi) &&
         csq__bearer_suffix(r, s, lo, hi) >= GROW_SUFFIX_BYTES &&
         !csq__contains_any(s + lo, hi - lo, CSQ__WORDS(its_case_marks)) &&
         csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(person_case_opens)) < 0 &&
         !csq__word_before(r, W_NOTSUFFIX, s, lo, hi - strlen(csq_words_case_nominal_ends[end]),
                           NULL);
}

/* 就商業調解事件有利害關係之第三人，…得…; 經中央主管機關委託…之清除、處理機構，
 * 對於…，應…: a segment that opens the clause with a qualifier (words.tsv
 * qualifier_opens) and ends with 之 and a name (known, or ending like a
 * bearer, not a …者): the name, which the phrase before its 之 only
 * qualifies. */
static int qualified_head(reader *r, const char *s, const segs *g, actor_found *a) {
  if (g->n == 0 ||
      csq__starts_with_any(s + g->at[0][0], g->at[0][1] - g->at[0][0],
                           CSQ__WORDS(qualifier_opens)) < 0 ||
      csq__known_at(r, s, g->at[0][0], g->at[0][1], NULL)) /* 就服機構 is a name */
    return 0;
  size_t head = csq__after_last_modifier(r, s, g->at[0][0], g->at[0][1]);
  if (head <= g->at[0][0] || head >= g->at[0][1] ||
      csq__ends_with_any(s + head, g->at[0][1] - head, CSQ__WORDS(case_nominal_ends)) >= 0 ||
      (csq__known_at(r, s, head, g->at[0][1], NULL) != g->at[0][1] - head &&
       !csq__bearer_like(r, s, head, g->at[0][1])))
    return 0;
  /* not when a later segment names its own (經評鑑為優等之…機構，本部得…) */
  actor_found later;
  for (int i = 1; i < g->n; i++)
    if (csq__actor_forward(r, s, g->at[i][0], g->at[i][1], &later) ||
        csq__bearer_like(r, s, g->at[i][0], g->at[i][1]))
      return 0;
  if (!csq__actor_forward(r, s, head, g->at[0][1], a) || a->end != g->at[0][1])
    *a = csq__actor_span(head, g->at[0][1]);
  a->weak = 1; /* 經本會核定…之運動團體，得由理事長…: the agent acts */
  return 1;
}

/* Whether the …者 segment s[lo..hi) follows a condition of time whole,
 * s[prev_lo..prev_hi): it ends with 時 (not 臨時), and the segment holds
 * no cue of its own (執行法院應公告願買受該不動產者 is no name). */
static int after_time(const reader *r, const char *s, size_t prev_lo, size_t prev_hi, size_t lo,
                      size_t hi) {
  return csq__ends_as_time(s, prev_lo, prev_hi) && !csq__cue_in(r, lo, hi);
}

/* Whether segment i opens with a word that names whom the act goes to
 * (各機關首長，[對]所屬人員，應予考核: words.tsv toward_opens): no name in it
 * bears the statement. */
static int names_whom(const char *s, const segs *g, int i) {
  return csq__starts_with_any(s + g->at[i][0], g->at[i][1] - g->at[i][0],
                              CSQ__WORDS(toward_opens)) >= 0;
}

/* The bearer written in pre = s[lo..hi), tried in this order: a known
 * actor right before the cue (…者，委託機關應); a segment right before it
 * that names persons (前項被委託之…或被複委託者，不得); the subject right
 * before it when it ends like a bearer (…者，執行受託業務之相關人員應); the
 * subject of a case that goes on past a comma (各組之口試委員如遇有…，或…者，
 * 應); a known actor opening the clause (中央目的事業主管機關依…前，應); one
 * opening a segment that is no condition; a subject before an opener
 * (檢察總長對於…，應). 0 when none is written: the subject is a topic
 * (資通安全維護計畫…，應包括) or there is none. `office`: the cue is one by
 * which an office acts on who the text names (words.tsv office_cues). */
static int find_written(reader *r, const char *s, size_t lo, size_t hi, int office,
                        actor_found *a) {
  /* the bearer is read before the time (…讓出者，當年度不得…) and before its
   * alias (…就學輔導會（以下簡稱鑑輔會）應…) */
  size_t at = csq__alias_before(s, lo, csq__before_time(s, lo, csq__strip_adverbs(r, s, lo, hi)));
  segs g;
  csq__split_commas(s, lo, at, &g);
  if (g.n > 0)
    g.at[0][0] = csq__past_every(r, s, g.at[0][0], g.at[0][1]);
  /* whether the text right before the cue is its own (no comma closes it) */
  int touches = !csq__starts_at(s, hi, r->node_len, COMMA);
  int b;
  /* 主管機關對有前項情形之票券金融公司，得…: a subject before an opener in
   * the segment right before the cue, before a known actor that ends it */
  if (g.n > 0 && csq__subject_of_condition(r, s, g.at[g.n - 1][0], g.at[g.n - 1][1], a))
    return 1;
  /* 各機關首長，對所屬人員，應予考核: no name in the segment before the cue bears it */
  int goes_to = g.n > 1 && names_whom(s, &g, g.n - 1);
  if ((!goes_to && csq__actor_backward(r, s, lo, at, a)) || agent_before(r, s, &g, a) ||
      actor_opens_case(r, s, &g, a) || qualified_head(r, s, &g, a))
    return 1;
  if (g.n > 0 && csq__rule_matches(r, PAT_PERSON, s, g.at[g.n - 1][0], g.at[g.n - 1][1])) {
    *a = csq__actor_span(g.at[g.n - 1][0], g.at[g.n - 1][1]);
    return 1;
  }
  /* 擔任主治醫師職務以上者，[除依前條規定外]，並應…: past the conditions
   * after it; one named by what they did is whom an office acts on when
   * the cue says so (口試成績不及格者，不予錄取; 訓練成績不及格者得予解僱) */
  for (int i = g.n - 1; i >= 0; i--) {
    /* not the end of a longer case (並經實習…及格，得有碩士以上學位者), but
     * after the rule it follows (依前項規定，申請補助者，應…); a time before it
     * is a condition whole (…未能提供檢驗服務時，申請審驗證明者得…) */
    int whole = i == 0 || csq__is_basis(r, s, g.at[i - 1][0], g.at[i - 1][1]) ||
                !(csq__is_condition(r, s, g.at[i - 1][0], g.at[i - 1][1]) ||
                  csq__starts_with_any(s + g.at[i - 1][0], g.at[i - 1][1] - g.at[i - 1][0],
                                       CSQ__WORDS(statement_joiners)) >= 0) ||
                after_time(r, s, g.at[i - 1][0], g.at[i - 1][1], g.at[i][0], g.at[i][1]);
    if (whole && (csq__agent_phrase(r, s, g.at[i][0], g.at[i][1], i == 0, a) ||
                  csq__person_list(r, s, g.at[i][0], g.at[i][1], a) ||
                  (!office && csq__agent_noun(r, s, g.at[i][0], g.at[i][1], i == 0, a))))
      return 1;
    if (!csq__is_condition(r, s, g.at[i][0], g.at[i][1]) ||
        csq__is_nominal(r, s, g.at[i][0], g.at[i][1]))
      break;
  }
  /* …之祭祀公業，視為已依本條例申報之祭祀公業，得…: what it is deemed is no
   * subject (words.tsv bearer_deemed_opens) */
  int last = g.n - 1;
  while (last >= 0 && (!csq__subject_kind(csq__segment_kind(r, s, g.at[last][0], g.at[last][1])) ||
                       (last > 0 && names_whom(s, &g, last)) ||
                       csq__starts_with_any(s + g.at[last][0], g.at[last][1] - g.at[last][0],
                                            CSQ__WORDS(bearer_deemed_opens)) >= 0))
    last--;
  /* 立法院對應邀出席之專業人員，得…: the subject is the one before an opener;
   * 代檢機構聘用…所定人員，應…: a known actor that opens a segment with no
   * 之 does what follows it */
  if (last >= 0 && csq__bearer_like(r, s, g.at[last][0], g.at[last][1])) {
    if (csq__subject_of_condition(r, s, g.at[last][0], g.at[last][1], a))
      return 1;
    if (!csq__has_word(r, W_MODIFIER, s, g.at[last][0], g.at[last][1]) &&
        csq__actor_forward(r, s, g.at[last][0], g.at[last][1], a) &&
        acts_after(r, s, a->end, g.at[last][1]))
      return 1;
    if (known_after_condition(r, s, g.at[last][0], g.at[last][1], a))
      return 1;
    /* 告知當事人、辯護人或輔佐人得…: who is told what they may */
    size_t verb = csq__word_at(r, W_VERB, s, g.at[last][0], g.at[last][1], NULL);
    if (csq__known_at(r, s, g.at[last][0], g.at[last][1], NULL) > verb)
      verb = 0; /* 請求人或利害關係人，…得: 請 opens a name, not an act */
    if (g.at[last][0] + verb >= g.at[last][1])
      return 0; /* 交會應…: the verb is all of it, no name */
    /* 用人機關 (團體) 得…: a known name with its bracket stays known */
    if (verb || !csq__bracket_before(s, g.at[last][0], g.at[last][1]) ||
        !csq__actor_forward(r, s, g.at[last][0], g.at[last][1], a) ||
        a->end != csq__skip_space_back(s, a->start, g.at[last][1]))
      *a = csq__actor_span(g.at[last][0] + verb, g.at[last][1]);
    return 1;
  }
  /* not when a topic of its own stands right before the cue: 人民…傷亡者，
   * …，其撫慰金、撫卹金得… */
  int topic_before_cue = g.n >= 2 && last == g.n - 1 && topic_segment(r, s, &g, last);
  if (permitted(r, s, &g, a) || named_then_its(r, s, &g, office, a) || term_holder(r, s, &g, a))
    return 1;
  /* 文策院公有不動產之管理或使用人員，對…，應…: a segment that opens the
   * text, names persons and holds 之 is one bearer, not the known actor
   * that opens it */
  if (g.n >= 2 && csq__has_word(r, W_MODIFIER, s, g.at[0][0], g.at[0][1]) &&
      csq__subject_kind(csq__segment_kind(r, s, g.at[0][0], g.at[0][1])) &&
      csq__bearer_like(r, s, g.at[0][0], g.at[0][1])) {
    *a = csq__actor_span(g.at[0][0], g.at[0][1]);
    return 1;
  }
  if (!topic_before_cue && csq__subject_of_case(r, s, &g, a))
    return 1;
  if (!topic_before_cue && csq__actor_forward(r, s, lo, at, a) &&
      (b = found_bears(r, s, a, &g, touches)) != 0)
    return b > 0;
  /* …者，主管機關疏於執行時，…得: not from inside a condition, nor from whom
   * the act goes to */
  for (int i = g.n - 1; i >= 1; i--)
    if (!csq__is_condition(r, s, g.at[i][0], g.at[i][1]) && !names_whom(s, &g, i) &&
        csq__actor_forward(r, s, g.at[i][0], g.at[i][1], a) &&
        (b = found_bears(r, s, a, &g, touches)) != 0)
      return b > 0;
  if (!topic_before_cue && g.n > 0 && csq__subject_of_condition(r, s, g.at[0][0], g.at[0][1], a))
    return 1;
  /* 資安科技中心公有財產之管理或使用人員，對所保管…之財產，遇有…時，應…:
   * a segment that opens the clause and ends like a bearer; one that ends
   * in …者 is a case, unless its ending is a name of two characters or
   * more (爆炸物製造、販賣業者，對於爆炸物之包裝，應…) */
  if (g.n >= 2 &&
      (csq__subject_kind(csq__segment_kind(r, s, g.at[0][0], g.at[0][1])) ||
       names_makers(r, s, g.at[0][0], g.at[0][1])) &&
      csq__bearer_like(r, s, g.at[0][0], g.at[0][1])) {
    *a = csq__actor_span(g.at[0][0], g.at[0][1]);
    return 1;
  }
  return !topic_before_cue && g.n > 0 && opening_subject(r, s, &g, coordinated(r, s, &g, at), a);
}

int csq__find_actor(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  size_t cue = past_commas(r, s, hi); /* the cue's text: who it binds */
  int office = csq__office_cue(r, s, cue);
  if (!find_written(r, s, lo, hi, office, a))
    return 0;
  /* …所屬機關（構）對…，於直轄市、縣（市）主管機關…處理前，應…: a name a clause
   * of when opens bears nothing; the bearer is read before that clause */
  size_t seg = csq__segment_start(s, lo, a->start), before;
  if (csq__comma_before(s, lo, seg, &before) &&
      csq__when_clause(s, seg, csq__before_time(s, lo, csq__strip_adverbs(r, s, lo, hi))) &&
      !find_written(r, s, lo, before, office, a))
    return 0;
  if (csq__acted_on_by_office(r, s, lo, hi, cue, a) || !csq__before_condition_copula(r, s, a))
    return 0;
  csq__agent_within(r, s, hi, cue, a);
  csq__name_before_act(r, s, lo, hi, a);
  csq__joined_before(r, s, lo, a);
  csq__joined_qualified(r, s, hi, a);
  csq__name_before_case(r, s, lo, hi, a);
  csq__with_basis(r, s, lo, a);
  a->end = csq__skip_space_back(s, a->start, a->end); /* 學校 (園) 應…: not the space before */
  return a->end > a->start;
}
