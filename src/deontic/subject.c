/*
 * subject.c — what stands before a cue: the bearer (a known actor, a
 * subject that ends like a bearer, a …者 phrase, the agent after 由), the
 * condition (…時, …者, 依…規定, 經…同意) and the comma segments they lie in.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "deontic/extract.h"

/* Whether a known actor ending at `at` only qualifies a longer head right
 * after it: 人民團體, 公司負責人, 事業單位 (a known actor or an ending of
 * two characters or more within MAX_HEAD_GAP characters). */
static int longer_head(const reader *r, const char *s, size_t at, size_t end) {
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

/* A name in brackets right after a known actor is part of it: 學校（園）,
 * 獸醫師（佐）, 機關（構） (three characters at most, not an alias). Its length. */
static size_t bracket_after(const char *s, size_t at, size_t end) {
  if (!csq__starts_at(s, at, end, CSQ_WORD_PAREN_OPEN))
    return 0;
  size_t pos = at + strlen(CSQ_WORD_PAREN_OPEN);
  for (int k = 0; k < 4 && pos < end; k++) {
    if (csq__starts_at(s, pos, end, CSQ_WORD_PAREN_CLOSE))
      return k ? pos + strlen(CSQ_WORD_PAREN_CLOSE) - at : 0;
    pos = csq__next_char(s, pos, end);
  }
  return 0;
}

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

/* 主管機關或中央目的事業主管機關 reading forward from `at`; not when a
 * word follows that makes it no head (主管機關以外之政府機關, 人民團體), nor
 * a join that says between (營利事業與其關係人間). */
int csq__actor_forward(const reader *r, const char *s, size_t at, size_t end, actor_found *a) {
  const char *name, *head;
  size_t n = csq__known_at(r, s, at, end, &name);
  if (!n)
    return 0;
  head = name;
  n = compound_end(r, s, at + n, end, name, &head) - at;
  n += bracket_after(s, at + n, end);
  if (csq__word_at(r, W_NOTHEAD, s, at + n, end, NULL) || longer_head(r, s, at + n, end))
    return 0;
  *a = (actor_found){at, at + n, {head}, 1, 1, 0};
  for (;;) {
    size_t j = csq__word_at(r, W_JOINER, s, a->end, end, NULL), m;
    if (!j || a->conj_count == MAX_CONJ || !(m = csq__known_at(r, s, a->end + j, end, &name)))
      return 1;
    m += bracket_after(s, a->end + j + m, end);
    if (csq__starts_with_any(s + a->end + j + m, end - a->end - j - m, CSQ__WORDS(between)) >= 0)
      return 1;
    a->conj[a->conj_count++] = name;
    a->end += j + m;
  }
}

/* An unknown subject is a bearer when it ends like one (人員, 機關 …) and
 * not like a word that only looks so (延長). The suffix's length, or 0. */
size_t csq__bearer_suffix(const reader *r, const char *s, size_t lo, size_t hi) {
  if (csq__word_before(r, W_NOTSUFFIX, s, lo, hi, NULL))
    return 0;
  return csq__word_before(r, W_SUFFIX, s, lo, hi, NULL);
}

int csq__bearer_like(const reader *r, const char *s, size_t lo, size_t hi) {
  return csq__bearer_suffix(r, s, lo, hi) > 0;
}

/* Where the comma segment holding s[at] begins (lo at the latest). */
size_t csq__segment_start(const char *s, size_t lo, size_t at) {
  while (at > lo && !csq__ends_at(s, lo, at, COMMA))
    at--;
  return at;
}

/* What stands before a known bearer in its segment and qualifies it
 * (審查委員會, 公民營事業, 執行法院, 前項完成檢定之申請人): short, no
 * condition and no purpose, and neither opened nor closed by a verb that
 * takes the bearer as its object (同意主管機關及中央銀行). Where the bearer
 * then begins. */
static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at);
static int is_condition(reader *r, const char *s, size_t lo, size_t hi);

/* The same, reading backward from the cue. A part before a joiner that is
 * not known but ends like a bearer from the start of its segment joins it
 * too: 病人或其代理人 (代理人 known, 病人 not). */
static int actor_backward(reader *r, const char *s, size_t lo, size_t at, actor_found *a) {
  const char *name, *body;
  size_t n = csq__known_before(r, s, lo, at, &name), m;
  if (!n)
    return 0;
  *a = (actor_found){at - n, at, {name}, 1, 1, 0};
  /* 交通部民用航空局: a known body right before it */
  while ((m = csq__known_before(r, s, lo, a->start, &body)) != 0 &&
         csq__ends_with_any(body, strlen(body), CSQ__WORDS(body_endings)) >= 0)
    a->start -= m;
  for (;;) {
    size_t j = csq__word_before(r, W_JOINER, s, lo, a->start, NULL), m;
    if (a->conj_count == MAX_CONJ)
      return 1;
    if (!j) {
      a->start = qualified_start(r, s, lo, a->start);
      return 1;
    }
    if (!(m = csq__known_before(r, s, lo, a->start - j, &name))) {
      size_t from = csq__segment_start(s, lo, a->start - j);
      if (from < a->start - j && csq__bearer_like(r, s, from, a->start - j))
        a->start = from;
      return 1;
    }
    memmove(a->conj + 1, a->conj, (size_t)a->conj_count * sizeof *a->conj);
    a->conj[0] = name;
    a->conj_count++;
    a->start -= j + m;
  }
}

/* How the text defines an alias: 公務機關或特定非公務機關（以下簡稱各機關）. */
static const char *const *const ALIAS_OPEN = csq_words_alias_opens;
static const char ALIAS_CLOSE[] = CSQ_WORD_PAREN_CLOSE;

/* （以下簡稱各機關） right after an actor: its length, and the alias. */
size_t csq__alias_after(const char *s, size_t at, size_t end, size_t *name, size_t *name_len) {
  for (size_t i = 0; i < csq_words_alias_opens_count; i++) {
    if (!csq__starts_at(s, at, end, ALIAS_OPEN[i]))
      continue;
    size_t from = at + strlen(ALIAS_OPEN[i]);
    const char *close = strstr(s + from, ALIAS_CLOSE);
    if (!close || (size_t)(close - s) > end)
      return 0;
    *name = from;
    *name_len = (size_t)(close - s) - from;
    return (size_t)(close - s) + strlen(ALIAS_CLOSE) - at;
  }
  return 0;
}

/* Adverbs between a bearer and its cue: 並應, 亦應, 均應, 仍得, 即應, 另應. */
size_t csq__strip_adverbs(const reader *r, const char *s, size_t lo, size_t at) {
  for (size_t n; (n = csq__word_before(r, W_ADVERB, s, lo, at, NULL));)
    at -= n;
  return at;
}

/* Segments of s[lo..hi) split at commas (，): their byte ranges. */
typedef struct segs {
  size_t at[32][2];
  int n;
} segs;

static void split_commas(const char *s, size_t lo, size_t hi, segs *g) {
  g->n = 0;
  size_t start = lo;
  for (size_t i = lo; i <= hi && g->n < 32; i++)
    if (i == hi || csq__starts_at(s, i, hi, COMMA)) {
      if (i > start) {
        g->at[g->n][0] = start;
        g->at[g->n++][1] = i;
      }
      if (i < hi)
        i += strlen(COMMA) - 1;
      start = i + 1;
    }
}

seg_kind csq__segment_kind(reader *r, const char *s, size_t lo, size_t hi) {
  if (!csq__rule_matches(r, PAT_CONDITION, s, lo, hi))
    return SEG_PLAIN;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->pattern[PAT_CONDITION].match);
  if (ov[2 * r->g_purpose] != PCRE2_UNSET)
    return SEG_PURPOSE;
  return ov[2 * r->g_topic] != PCRE2_UNSET ? SEG_TOPIC : SEG_CONDITION;
}

/* Whether s[lo..hi) opens with a condition word (conditions.pcre's opens
 * group: 經中央主管機關…, not 受理申請之機關（構）). */
static int opens_condition(reader *r, const char *s, size_t lo, size_t hi) {
  if (csq__segment_kind(r, s, lo, hi) != SEG_CONDITION)
    return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->pattern[PAT_CONDITION].match);
  return ov[2 * r->g_opens] != PCRE2_UNSET || ov[2 * r->g_opening] != PCRE2_UNSET;
}

/* A condition that closes with 者 (conditions.pcre's nominal group). */
int csq__is_nominal(reader *r, const char *s, size_t lo, size_t hi) {
  return csq__segment_kind(r, s, lo, hi) == SEG_CONDITION &&
         pcre2_get_ovector_pointer(r->pattern[PAT_CONDITION].match)[2 * r->g_nominal] !=
             PCRE2_UNSET;
}

/* A segment that may name a subject: no condition, no purpose. */
int csq__subject_kind(seg_kind k) { return k == SEG_PLAIN || k == SEG_TOPIC; }

static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at) {
  size_t from = csq__segment_start(s, lo, at);
  /* a text that opens with its subject may name a long list of bearers:
   * 直轄市、縣（市）主管教育行政機關所屬教育機構、公立學校，應… */
  size_t most = from == lo ? MAX_OPENING_QUALIFIER_BYTES : MAX_QUALIFIER_BYTES;
  if (from == at || at - from > most || csq__word_before(r, W_VERB, s, from, at, NULL) ||
      csq__word_at(r, W_VERB, s, from, at, NULL))
    return at;
  /* 依前項規定未印製股票之公司: a phrase closed by 之 modifies the bearer,
   * whatever opens it */
  if (csq__word_before(r, W_MODIFIER, s, from, at, NULL))
    return from;
  /* 必要時稽徵機關得…: a condition before it qualifies nothing */
  if (is_condition(r, s, from, at))
    return at;
  return csq__subject_kind(csq__segment_kind(r, s, from, at)) ? from : at;
}

static int is_condition(reader *r, const char *s, size_t lo, size_t hi) {
  return csq__segment_kind(r, s, lo, hi) == SEG_CONDITION;
}

/* The subject that opens a segment before what it does or meets:
 * 檢查員於實施前項定期檢查後，應…; 審查諮詢委員有下列情形之一者，應…;
 * 檢察總長對於檢察事務，應…. It ends like a bearer, right before an
 * opener (grammar/actors.tsv). */
/* Whether s[lo..at) is a known actor, all of it (被告對看守所…: 被告). */
static int known_exactly(const reader *r, const char *s, size_t lo, size_t at) {
  actor_found a;
  return csq__actor_forward(r, s, lo, at, &a) && a.end == at;
}

int csq__subject_of_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  for (size_t at = csq__next_char(s, lo, hi), word; at < hi;) {
    /* 期貨經紀商對客戶…: 經紀 opens nothing */
    if ((word = csq__word_at(r, W_NOTOPENER, s, at, hi, NULL)) != 0) {
      at += word;
      continue;
    }
    /* 戶政事務所受理人員: an opener before an ending of two characters or
     * more, four in all, names a person */
    if (!csq__word_at(r, W_OPENER, s, at, hi, NULL) ||
        (hi - at <= 2 * GROW_SUFFIX_BYTES &&
         csq__bearer_suffix(r, s, at, hi) >= GROW_SUFFIX_BYTES)) {
      at = csq__next_char(s, at, hi);
      continue;
    }
    /* not 經中央主管機關 (in 經中央主管機關依…廢止認可之辦理團體): a
     * subject does not open with an opener itself */
    if (csq__bearer_like(r, s, lo, at) || known_exactly(r, s, lo, at)) {
      /* …but 經行政法院遴選之調解委員於受聘任前: a phrase closed by 之
       * modifies the subject */
      if ((opens_condition(r, s, lo, at) && !csq__has_word(r, W_MODIFIER, s, lo, at)) ||
          csq__word_at(r, W_VERB, s, lo, at, NULL))
        return 0;
      /* a known actor keeps its names (主管機關對有前項情形之…) */
      if (!csq__actor_forward(r, s, lo, at, a) || a->end != at)
        *a = (actor_found){lo, at, {NULL}, 0, 0, 0};
      return 1;
    }
    /* 學生實習期間於合作機構有…: the first condition word after a word of
     * two characters or more ends the subject, and this one is none (an
     * opener inside one word, 持有人於, is passed; a verb, 受理申請之…, too) */
    if (at - lo >= GROW_SUFFIX_BYTES && opens_condition(r, s, at, hi))
      return 0;
    at = csq__next_char(s, at, hi);
  }
  return 0;
}

/* Where an alias （以下簡稱X） that ends s[lo..at) begins, else at. */
static size_t alias_before(const char *s, size_t lo, size_t at) {
  if (!csq__ends_at(s, lo, at, ALIAS_CLOSE))
    return at;
  for (size_t i = 0; i < csq_words_alias_opens_count; i++) {
    const char *open = NULL;
    for (const char *p = strstr(s + lo, ALIAS_OPEN[i]); p && (size_t)(p - s) < at;
         p = strstr(p + 1, ALIAS_OPEN[i]))
      open = p;
    size_t name, name_len;
    if (open &&
        csq__alias_after(s, (size_t)(open - s), at, &name, &name_len) == at - (size_t)(open - s))
      return (size_t)(open - s);
  }
  return at;
}

/* The byte where the character before s[at] begins (lo at the least). */
static size_t last_char_start(const char *s, size_t lo, size_t at) {
  int32_t i = (int32_t)(at - lo);
  U8_BACK_1((const uint8_t *)s + lo, 0, i);
  return lo + (size_t)i;
}

/* A …者 segment that names who acts, right before the cue: it opens with
 * a verb of acting (grammar/actors.tsv's agentive: 從事地下水鑿井業務者,
 * 向舊貨商購進廢料…者, 得利用他人著作者), after a 依…規定 that stays out of
 * the name (依本法第五條規定[請領藥師證書者]). Not a case (有下列情形之一者,
 * 經審議與預防接種無關者, 未聘用者). */
static int agent_phrase(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  if (csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_nominal_ends)) < 0)
    return 0;
  size_t from = lo;
  if (csq__starts_with_any(s + lo, hi - lo, CSQ__WORDS(rule_opens)) >= 0) {
    from = hi;
    for (size_t at = lo; at < hi; at = csq__next_char(s, at, hi))
      if (csq__ends_with_any(s + lo, at - lo, CSQ__WORDS(rule_closes)) >= 0 &&
          csq__word_at(r, W_AGENTIVE, s, at, hi, NULL)) {
        from = at;
        break;
      }
  }
  if (from >= hi || !csq__word_at(r, W_AGENTIVE, s, from, hi, NULL))
    return 0;
  *a = (actor_found){from, hi, {NULL}, 0, 0, 0};
  return 1;
}

/* A …者 segment that lists persons after what they make or handle:
 * 爆炸物之製造、販賣業者及購買者 (after its last 之, parts joined by 、及或與,
 * each but the first ending like a bearer, one in an ending of two
 * characters: 業者). Not a case: 有下列情形之一者 (一者). */
static int person_list(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
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
      at = last_char_start(s, from, at);
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
  *a = (actor_found){lo, hi, {NULL}, 0, 0, 0};
  return 1;
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
 * [稽徵機關]得派員監督銷燬. */
static int known_after_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  const char *name;
  size_t n = csq__word_before(r, W_LEXICON, s, lo, hi, &name);
  size_t m = csq__word_before(r, W_ACTOR, s, lo, hi, n ? NULL : &name);
  n = n > m ? n : m;
  if (!n || hi - n == lo || csq__word_before(r, W_MODIFIER, s, lo, hi - n, NULL) ||
      !is_condition(r, s, lo, hi - n))
    return 0;
  *a = (actor_found){hi - n, hi, {name}, 1, 1, 0};
  return 1;
}

/* The subject of a time condition that opens the text, when nothing else
 * names a bearer: 法醫官相驗屍體後，應製作相驗屍體證明書 (the shortest head of
 * two to eight characters that ends like a bearer, a verb after it). Weak: a
 * 由X after the cue wins over it. */
static int time_subject(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  if (csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(time_subject_ends)) < 0 ||
      csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(not_time_ends)) >= 0 ||
      csq__segment_kind(r, s, lo, hi) != SEG_CONDITION || opens_condition(r, s, lo, hi))
    return 0;
  size_t at = csq__next_char(s, lo, hi);
  for (int k = 1; k < 8 && at < hi; k++, at = csq__next_char(s, at, hi)) {
    if (!csq__bearer_like(r, s, lo, at))
      continue;
    size_t next = csq__next_char(s, at, hi);
    if (csq__bearer_like(r, s, lo, next)) /* 前條人 → 前條人員 */
      continue;
    if (hi - at < 2 * 3 || csq__word_at(r, W_MODIFIER, s, at, hi, NULL) ||
        csq__word_at(r, W_JOINER, s, at, hi, NULL))
      return 0;
    *a = (actor_found){lo, at, {NULL}, 0, 0, 0};
    a->weak = 1;
    return 1;
  }
  return 0;
}

/* Whether the known actor `a` only owns the thing its segment names: 勞工
 * 正常工作時間，每日不得超過八小時 (a noun ending like a thing right after it,
 * no verb between, and another segment before the cue: the hours are the
 * topic, and the worker bears nothing). */
static int possessive(const reader *r, const char *s, const actor_found *a, const segs *g) {
  size_t hi = a->end;
  int last = 0; /* 非公務機關蒐集個人資料，應…: the segment before the cue acts */
  for (int i = 0; i < g->n; i++)
    if (a->start >= g->at[i][0] && a->start < g->at[i][1])
      hi = g->at[i][1], last = i == g->n - 1;
  if (last || hi == a->end || hi - a->end > MAX_POSSESSED_BYTES ||
      csq__ends_with_any(s + a->end, hi - a->end, CSQ__WORDS(thing_endings)) < 0)
    return 0;
  return !csq__word_at(r, W_OPENER, s, a->end, hi, NULL) &&
         !csq__word_at(r, W_VERB, s, a->end, hi, NULL) &&
         !csq__word_at(r, W_AGENTIVE, s, a->end, hi, NULL) &&
         !csq__word_at(r, W_JOINER, s, a->end, hi, NULL) &&
         !csq__word_at(r, W_MODIFIER, s, a->end, hi, NULL);
}

/* Whether what follows a known actor at s[at..hi) is what it does, not
 * the rest of a longer word: a word of two characters or more before a
 * joiner or the end (代檢機構[聘用]、資遣…; not 受害人[民]或公益團體). */
static int acts_after(const reader *r, const char *s, size_t at, size_t hi) {
  size_t pos = at;
  /* 戶政事務所[受理人員]: a short head noun after it, no act */
  if (hi - at <= 4 * 3 && csq__bearer_like(r, s, at, hi))
    return 0;
  for (int k = 0; k < 2; k++) {
    if (pos >= hi || csq__word_at(r, W_JOINER, s, pos, hi, NULL))
      return 0;
    pos = csq__next_char(s, pos, hi);
  }
  return 1;
}

/* The bearer written in pre = s[lo..hi), tried in this order: a known
 * actor right before the cue (…者，委託機關應); a segment right before it
 * that names persons (前項被委託之…或被複委託者，不得); the subject right
 * before it when it ends like a bearer (…者，執行受託業務之相關人員應); a
 * known actor opening the clause (中央目的事業主管機關依…前，應); one
 * opening a segment that is no condition; a subject before an opener
 * (檢察總長對於…，應). 0 when none is written: the subject is a topic
 * (資通安全維護計畫…，應包括) or there is none. */
int csq__find_actor(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  size_t at = csq__strip_adverbs(r, s, lo, hi);
  /* …就學輔導會（以下簡稱鑑輔會）應…: the bearer is before its alias */
  at = alias_before(s, lo, at);
  segs g;
  split_commas(s, lo, at, &g);
  /* 主管機關對有前項情形之票券金融公司，得…: a subject before an opener in
   * the segment right before the cue, before a known actor that ends it */
  if (g.n > 0 && csq__subject_of_condition(r, s, g.at[g.n - 1][0], g.at[g.n - 1][1], a))
    return 1;
  if (actor_backward(r, s, lo, at, a))
    return 1;
  if (g.n > 0 && csq__rule_matches(r, PAT_PERSON, s, g.at[g.n - 1][0], g.at[g.n - 1][1])) {
    *a = (actor_found){g.at[g.n - 1][0], g.at[g.n - 1][1], {NULL}, 0, 0, 0};
    return 1;
  }
  /* 擔任主治醫師職務以上者，[除依前條規定外]，並應…: past the conditions
   * after it */
  for (int i = g.n - 1; i >= 0; i--) {
    /* not the end of a longer case (並經實習…及格，得有碩士以上學位者) */
    int whole =
        i == 0 || !(is_condition(r, s, g.at[i - 1][0], g.at[i - 1][1]) ||
                    csq__starts_with_any(s + g.at[i - 1][0], g.at[i - 1][1] - g.at[i - 1][0],
                                         CSQ__WORDS(statement_joiners)) >= 0);
    if (whole && (agent_phrase(r, s, g.at[i][0], g.at[i][1], a) ||
                  person_list(r, s, g.at[i][0], g.at[i][1], a)))
      return 1;
    if (!is_condition(r, s, g.at[i][0], g.at[i][1]) ||
        csq__is_nominal(r, s, g.at[i][0], g.at[i][1]))
      break;
  }
  int last = g.n - 1;
  while (last >= 0 && !csq__subject_kind(csq__segment_kind(r, s, g.at[last][0], g.at[last][1])))
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
    *a = (actor_found){g.at[last][0], g.at[last][1], {NULL}, 0, 0, 0};
    return 1;
  }
  /* not when a topic of its own stands right before the cue: 人民…傷亡者，
   * …，其撫慰金、撫卹金得… */
  int topic_before_cue = g.n >= 2 && last == g.n - 1 && topic_segment(r, s, &g, last);
  if (!topic_before_cue && csq__actor_forward(r, s, lo, at, a) && !possessive(r, s, a, &g))
    return 1;
  /* …者，主管機關疏於執行時，…得: not from inside a condition */
  for (int i = g.n - 1; i >= 1; i--)
    if (!is_condition(r, s, g.at[i][0], g.at[i][1]) &&
        csq__actor_forward(r, s, g.at[i][0], g.at[i][1], a) && !possessive(r, s, a, &g))
      return 1;
  if (!topic_before_cue && g.n > 0 && csq__subject_of_condition(r, s, g.at[0][0], g.at[0][1], a))
    return 1;
  /* 資安科技中心公有財產之管理或使用人員，對所保管…之財產，遇有…時，應…:
   * a segment that opens the clause and ends like a bearer */
  if (g.n >= 2 && csq__subject_kind(csq__segment_kind(r, s, g.at[0][0], g.at[0][1])) &&
      csq__bearer_like(r, s, g.at[0][0], g.at[0][1])) {
    *a = (actor_found){g.at[0][0], g.at[0][1], {NULL}, 0, 0, 0};
    return 1;
  }
  return !topic_before_cue && g.n > 0 && time_subject(r, s, g.at[0][0], g.at[0][1], a);
}

/* The condition in the segments of s[lo..hi): from the first condition
 * segment (or the segments a 或/及 ties to it) to the last one; with
 * `whole`, when one is a condition, all of them from the first that is no
 * purpose (受託者[執行受託業務，違反…時]; 前項人員[在大陸地區受強暴…，致有
 * 違反前項規定之虞]: all of it after the bearer). A …者 closing the run names one
 * case however many commas it spans, so the segments before it join it
 * (未依第一項規定報請備查或前項規定申報復業，達六個月以上者). */
int csq__find_condition(reader *r, const char *s, size_t lo, size_t hi, int whole, size_t *cs,
                        size_t *ce) {
  segs g;
  split_commas(s, lo, hi, &g);
  int first = -1, last = -1, purposes = 0;
  seg_kind kind[32];
  actor_found subject;
  for (int i = 0; i < g.n; i++) {
    seg_kind k = kind[i] = csq__segment_kind(r, s, g.at[i][0], g.at[i][1]);
    /* 製造或輸入動物用藥品業者依本法…申請檢驗登記，中央主管機關應…: a
     * segment with its own subject before an opener states a case */
    if (k == SEG_PLAIN && !whole &&
        csq__subject_of_condition(r, s, g.at[i][0], g.at[i][1], &subject))
      k = kind[i] = SEG_CONDITION;
    if (k == SEG_PURPOSE && first < 0 && i == purposes)
      purposes++;
    if (k == SEG_CONDITION) {
      first = first < 0 ? i : first;
      last = i;
    }
  }
  if (first < 0)
    return 0;
  int nominal = csq__is_nominal(r, s, g.at[last][0], g.at[last][1]);
  /* 該系統屬核心資通系統，或委託金額達…者: one condition in two segments
   * (grammar/actors.tsv's links) */
  while (first > purposes && (whole || (nominal && kind[first - 1] != SEG_TOPIC) ||
                              csq__word_at(r, W_LINK, s, g.at[first][0], hi, NULL)))
    first--;
  *cs = g.at[first][0];
  *ce = g.at[whole ? g.n - 1 : last][1];
  return 1;
}

/* 應定期或於知悉…時，以稽核…確認: a condition that opens the action
 * (grammar/after_cue.pcre on its first segment, and more follows). */
int csq__condition_after_cue(reader *r, const char *s, size_t lo, size_t hi, size_t *ce) {
  segs g;
  split_commas(s, lo, hi, &g);
  if (g.n < 2 || !csq__rule_matches(r, PAT_AFTER_CUE, s, g.at[0][0], g.at[0][1]))
    return 0;
  *ce = g.at[0][1];
  return 1;
}

/* Who 由 names after the cue (應由資料科摘錄…): a known actor, else the
 * shortest subject that ends like a bearer, grown by a following ending of
 * two characters or more (各該主管 → 各該主管機關, not 服務單位會). Its
 * end, or 0 when none is named or nothing follows it in its segment. */
size_t csq__agent_end(const reader *r, const char *s, size_t at, size_t end) {
  size_t seg_end = at;
  while (seg_end < end && !csq__starts_at(s, seg_end, end, COMMA))
    seg_end = csq__next_char(s, seg_end, end);
  /* 得由經財政部關務署核准之授信機構…: a phrase that an opener begins
   * modifies the agent after its 之 */
  if (csq__word_at(r, W_OPENER, s, at, seg_end, NULL)) {
    size_t m = at;
    while (m < seg_end && !csq__word_at(r, W_MODIFIER, s, m, seg_end, NULL))
      m = csq__next_char(s, m, seg_end);
    if (m >= seg_end || m - at > MAX_QUALIFIER_BYTES)
      return 0;
    size_t tail = csq__agent_end(r, s, m + csq__word_at(r, W_MODIFIER, s, m, seg_end, NULL), end);
    return tail;
  }
  actor_found a;
  size_t found = csq__actor_forward(r, s, at, seg_end, &a) ? a.end : 0;
  int gap = 0;
  /* 應由客戶將資產全權委託保管機構保管: 客戶 ends like no bearer, and a
   * subject is not looked for further than MAX_AGENT_BYTES */
  if (!found && seg_end - at > MAX_AGENT_BYTES)
    seg_end = at + MAX_AGENT_BYTES;
  for (size_t pos = found ? found : at; pos < seg_end && (!found || gap < 3);) {
    pos = csq__next_char(s, pos, seg_end);
    size_t n = csq__bearer_suffix(r, s, at, pos);
    if (n && (!found || n >= GROW_SUFFIX_BYTES))
      found = pos, gap = 0;
    else if (found)
      gap++;
  }
  /* 應由本人或死亡者之遺屬，檢具證明文件…: an agent joined to more, the
   * whole segment, when the act follows after its comma */
  size_t whole = at;
  while (whole < end && !csq__starts_at(s, whole, end, COMMA))
    whole = csq__next_char(s, whole, end);
  if (found && whole < end && whole - at <= MAX_AGENT_BYTES + MAX_QUALIFIER_BYTES / 2 &&
      csq__word_at(r, W_JOINER, s, found, whole, NULL))
    return whole;
  return found && found < seg_end ? found : 0;
}
