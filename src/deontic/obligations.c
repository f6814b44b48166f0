/*
 * obligations.c — who must, may or must not do what. One pass over each
 * provision's own text: ICU sentence breaks and the clause marks (。；：)
 * cut it into clauses; grammar/modality.pcre finds the first cue of each
 * clause (its false friends and attributive uses are consumed first); the
 * text before the cue gives the bearer (grammar/actors.tsv) and the
 * condition (grammar/conditions.pcre), the text after it the action. A
 * clause with no bearer of its own carries one from the clause before, from
 * its list's lead-in (各機關…應注意下列事項：) or from the paragraph before.
 * docs/obligations.md describes the choices.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "deontic/deontic.h"

/* The comma that cuts a clause into segments, and 但 that opens a proviso
 * (…，但…不在此限). */
static const char COMMA[] = "，";
static const char PROVISO[] = "但";

#define PART_COUNT 5
#define MAX_CONJ 4
#define GROW_SUFFIX_BYTES 6 /* an ending of two CJK characters (機關) */
#define MAX_QUALIFIER_BYTES 48 /* sixteen CJK characters */
#define MAX_AGENT_BYTES 30     /* ten CJK characters: 船籍所在地之法院 */
#define MAX_HEAD_GAP 3         /* characters between a qualifying actor and its head */

struct csq_obligation {
  const csq_node *node;
  csq_modality modality;
  size_t span[PART_COUNT][2]; /* code points */
  int has[PART_COUNT];
  const char *text[PART_COUNT];
  const char *actor;            /* the name, written here or carried */
  const char *conj[MAX_CONJ];   /* the known names it joins */
  int conj_count, actor_known;
  const csq_node *actor_from;   /* where a carried actor was written */
};

/* 各機關 stands for 公務機關 and 特定非公務機關 in its law. */
typedef struct alias {
  const csq_law *law;
  const char *name;
  const char *conj[MAX_CONJ];
  int conj_count;
} alias;

struct csq_obligations {
  csq_arena arena;
  csq_obligation **list;
  size_t count, cap;
  csq__u64map spans; /* node → first obligation << 24 | count */
  alias *aliases;
  size_t alias_count, alias_cap;
};

/* The patterns of grammar/ the extractor reads with (one file each). */
enum {
  PAT_MODALITY,  /* the cues and their false friends */
  PAT_CONDITION, /* a comma segment that states a condition, or a purpose */
  PAT_FRAME,     /* what an opening bearer is doing as the duty arises */
  PAT_AGENT,     /* 由 after the cue: who does the act */
  PAT_EXCEPTED,  /* 除…外: cues inside are none of the clause's */
  PAT_AFTER_CUE, /* a condition between the cue and the action */
  PAT_PERSON,    /* a …者 segment that names the bearer */
  PAT_COUNT
};

static const char *const PATTERN_FILES[PAT_COUNT] = {
    "grammar/modality.pcre", "grammar/conditions.pcre", "grammar/frames.pcre",
    "grammar/agent.pcre",    "grammar/excepted.pcre",   "grammar/after_cue.pcre",
    "grammar/person.pcre"};

/* The kinds of words of grammar/actors.tsv. */
enum {
  W_ACTOR,
  W_SUFFIX,
  W_NOTSUFFIX,
  W_JOINER,
  W_ADVERB,
  W_OPENER,
  W_VERB,
  W_LINK,
  W_MODIFIER,
  W_NOTHEAD,
  W_NOTOPENER,
  W_TOWARD,
  W_COUNT
};

static const char *const WORD_KINDS[W_COUNT] = {"actor",  "suffix", "notsuffix", "joiner", "adverb",
                                                "opener", "verb",   "link",      "modifier",
                                                "nothead", "notopener", "toward"};

/* A word list, and an index of it by first and by last character: a word
 * is looked for at every position of every clause, and the lists run to
 * hundreds of words, so word_at and word_before try only the words that
 * start (end) with the character at hand. */
enum { WORD_BUCKETS = 512 };

typedef struct words {
  const char **list; /* longest first */
  size_t count;
  size_t *len;
  /* Indexes into list, longest first within each bucket of the first
   * (head) or last (tail) character: bucket b holds by_head[head_at[b] ..
   * head_at[b + 1]). */
  size_t *by_head, *by_tail;
  size_t head_at[WORD_BUCKETS + 1], tail_at[WORD_BUCKETS + 1];
} words;

/* What the extractor reads with; lives for one build. */
typedef struct reader {
  csq_obligations *o;
  const csq_grammar *grammar;
  pcre2_code *code[PAT_COUNT];
  pcre2_match_data *md[PAT_COUNT];
  int g_mod[4];  /* groups of the four modalities (the others only consume) */
  int g_purpose, g_topic, g_nominal, g_opens, g_opening; /* groups of conditions.pcre */
  words words[W_COUNT];
  size_t node_first; /* the first obligation of the node being read */
  UBreakIterator *sentences;
  UChar *u16;
  size_t u16_cap;
} reader;

static csq_status oom(csq_error *err) {
  return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
}

static const char *const MODALITY_NAMES[] = {"shall", "may", "shall_not", "exception"};

const char *csq_modality_name(csq_modality m) {
  return (unsigned)m < 4 ? MODALITY_NAMES[m] : "";
}

int csq_modality_from_name(const char *name) {
  for (int i = 0; i < 4; i++)
    if (strcmp(name, MODALITY_NAMES[i]) == 0)
      return i;
  return -1;
}

/* ---- grammar ------------------------------------------------------------ */

static int longer_first(const void *a, const void *b) {
  size_t la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);
  return la < lb ? 1 : la > lb ? -1 : 0;
}

static int push_word(csq_arena *arena, const char ***list, size_t *count, const char *s,
                     size_t len) {
  const char **grown = realloc(*list, (*count + 1) * sizeof *grown);
  if (!grown)
    return -1;
  *list = grown;
  return (grown[(*count)++] = csq__arena_strndup(arena, s, len)) ? 0 : -1;
}

static int word_kind(const char *s, size_t len) {
  for (int k = 0; k < W_COUNT; k++)
    if (strlen(WORD_KINDS[k]) == len && memcmp(s, WORD_KINDS[k], len) == 0)
      return k;
  return -1;
}

/* The bucket of the character s[0..n). */
static size_t char_bucket(const char *s, size_t n) {
  size_t h = 0;
  for (size_t i = 0; i < n; i++)
    h = h * 131 + (unsigned char)s[i];
  return h % WORD_BUCKETS;
}

/* Bytes of the first and of the last character of a word. */
static size_t first_char_len(const char *w, size_t n) {
  int32_t i = 0;
  U8_FWD_1(w, i, (int32_t)n);
  return (size_t)i;
}

static size_t last_char_len(const char *w, size_t n) {
  int32_t i = (int32_t)n;
  U8_BACK_1((const uint8_t *)w, 0, i);
  return n - (size_t)i;
}

/* Fills by[] with the indexes of w's words by bucket (a counting sort, so
 * each bucket keeps the list's longest-first order). */
static int fill_buckets(words *w, size_t *by, size_t *at, int tail) {
  size_t *bucket = calloc(w->count ? w->count : 1, sizeof *bucket);
  if (!bucket)
    return -1;
  memset(at, 0, (WORD_BUCKETS + 1) * sizeof *at);
  for (size_t i = 0; i < w->count; i++) {
    const char *x = w->list[i];
    size_t n = w->len[i], c = tail ? last_char_len(x, n) : first_char_len(x, n);
    bucket[i] = char_bucket(tail ? x + n - c : x, c);
    at[bucket[i] + 1]++;
  }
  for (size_t b = 0; b < WORD_BUCKETS; b++)
    at[b + 1] += at[b];
  size_t fill[WORD_BUCKETS];
  memcpy(fill, at, sizeof fill);
  for (size_t i = 0; i < w->count; i++)
    by[fill[bucket[i]]++] = i;
  free(bucket);
  return 0;
}

static int index_words(words *w) {
  size_t n = w->count ? w->count : 1;
  w->len = malloc(n * sizeof *w->len);
  w->by_head = malloc(n * sizeof *w->by_head);
  w->by_tail = malloc(n * sizeof *w->by_tail);
  if (!w->len || !w->by_head || !w->by_tail)
    return -1;
  for (size_t i = 0; i < w->count; i++)
    w->len[i] = strlen(w->list[i]);
  return fill_buckets(w, w->by_head, w->head_at, 0) || fill_buckets(w, w->by_tail, w->tail_at, 1)
             ? -1
             : 0;
}

/* grammar/actors.tsv: KIND<TAB>WORDS lines, # comments; each kind's words
 * longest first (特定非公務機關 before 公務機關, 或其 before 或). */
static csq_status load_words(reader *r, csq_error *err) {
  const char *file = "grammar/actors.tsv";
  const csq_embedded_file *f = csq__embedded_find(file);
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, file, -1, "grammar file is not embedded in this build");
  const char *s = (const char *)f->data, *end = s + f->size;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s)), *eol = nl ? nl : end;
    const char *tab = memchr(s, '\t', (size_t)(eol - s));
    int k = *s != '#' && tab && tab + 1 < eol ? word_kind(s, (size_t)(tab - s)) : -1;
    if (k >= 0 && push_word(&r->o->arena, &r->words[k].list, &r->words[k].count, tab + 1,
                            (size_t)(eol - tab - 1)) != 0)
      return oom(err);
    s = eol + 1;
  }
  for (int k = 0; k < W_COUNT; k++) {
    if (r->words[k].count)
      qsort(r->words[k].list, r->words[k].count, sizeof *r->words[k].list, longer_first);
    if (index_words(&r->words[k]) != 0)
      return oom(err);
  }
  return CSQ_OK;
}

static csq_status reader_init(reader *r, csq_obligations *o, const csq_grammar *g,
                              csq_error *err) {
  memset(r, 0, sizeof *r);
  r->o = o;
  r->grammar = g;
  csq_status st = CSQ_OK;
  for (int p = 0; st == CSQ_OK && p < PAT_COUNT; p++)
    st = csq__grammar_compile(PATTERN_FILES[p], 0, &r->code[p], &r->md[p], err);
  if (st == CSQ_OK)
    st = load_words(r, err);
  if (st != CSQ_OK)
    return st;
  for (int i = 0; i < 4; i++)
    r->g_mod[i] =
        pcre2_substring_number_from_name(r->code[PAT_MODALITY], (PCRE2_SPTR)MODALITY_NAMES[i]);
  r->g_purpose =
      pcre2_substring_number_from_name(r->code[PAT_CONDITION], (PCRE2_SPTR) "purpose");
  r->g_topic = pcre2_substring_number_from_name(r->code[PAT_CONDITION], (PCRE2_SPTR) "topic");
  r->g_nominal =
      pcre2_substring_number_from_name(r->code[PAT_CONDITION], (PCRE2_SPTR) "nominal");
  r->g_opens = pcre2_substring_number_from_name(r->code[PAT_CONDITION], (PCRE2_SPTR) "opens");
  r->g_opening =
      pcre2_substring_number_from_name(r->code[PAT_CONDITION], (PCRE2_SPTR) "opening");
  UErrorCode uerr = U_ZERO_ERROR;
  r->sentences = ubrk_open(UBRK_SENTENCE, "zh", NULL, 0, &uerr);
  if (U_FAILURE(uerr))
    return csq__fail(err, CSQ_INTERNAL, NULL, -1, "ICU sentence iterator: %s",
                     u_errorName(uerr));
  return CSQ_OK;
}

static void reader_release(reader *r) {
  for (int p = 0; p < PAT_COUNT; p++) {
    pcre2_match_data_free(r->md[p]);
    pcre2_code_free(r->code[p]);
  }
  for (int k = 0; k < W_COUNT; k++) {
    free(r->words[k].list);
    free(r->words[k].len);
    free(r->words[k].by_head);
    free(r->words[k].by_tail);
  }
  if (r->sentences)
    ubrk_close(r->sentences);
  free(r->u16);
}

/* ---- text helpers -------------------------------------------------------- */

/* Code points in s[0..byte). */
static size_t chars_at(const char *s, size_t byte) {
  size_t n = 0;
  int32_t i = 0;
  while ((size_t)i < byte) {
    UChar32 c;
    U8_NEXT(s, i, (int32_t)byte, c);
    (void)c;
    n++;
  }
  return n;
}

static int starts(const char *s, size_t at, size_t end, const char *w) {
  size_t n = strlen(w);
  return at + n <= end && memcmp(s + at, w, n) == 0;
}

static int ends(const char *s, size_t lo, size_t at, const char *w) {
  size_t n = strlen(w);
  return at >= lo + n && memcmp(s + at - n, w, n) == 0;
}

/* The longest word of `kind` at s[at..end), its length in bytes or 0. */
static size_t word_at(const reader *r, int kind, const char *s, size_t at, size_t end,
                      const char **name) {
  const words *w = &r->words[kind];
  if (at >= end || !w->count)
    return 0;
  size_t c = first_char_len(s + at, end - at), b = char_bucket(s + at, c);
  for (size_t j = w->head_at[b]; j < w->head_at[b + 1]; j++) {
    size_t i = w->by_head[j], n = w->len[i];
    if (at + n <= end && memcmp(s + at, w->list[i], n) == 0) {
      if (name)
        *name = w->list[i];
      return n;
    }
  }
  return 0;
}

/* The longest word of `kind` ending at s[..at), its length or 0. */
static size_t word_before(const reader *r, int kind, const char *s, size_t lo, size_t at,
                          const char **name) {
  const words *w = &r->words[kind];
  if (at <= lo || !w->count)
    return 0;
  size_t c = last_char_len(s + lo, at - lo), b = char_bucket(s + at - c, c);
  for (size_t j = w->tail_at[b]; j < w->tail_at[b + 1]; j++) {
    size_t i = w->by_tail[j], n = w->len[i];
    if (at >= lo + n && memcmp(s + at - n, w->list[i], n) == 0) {
      if (name)
        *name = w->list[i];
      return n;
    }
  }
  return 0;
}

static size_t next_char(const char *s, size_t at, size_t end) {
  int32_t i = (int32_t)at;
  U8_FWD_1(s, i, (int32_t)end);
  return (size_t)i;
}

/* Whether a word of `kind` stands anywhere in s[lo..hi). */
static int has_word(const reader *r, int kind, const char *s, size_t lo, size_t hi) {
  for (size_t at = lo; at < hi; at = next_char(s, at, hi))
    if (word_at(r, kind, s, at, hi, NULL))
      return 1;
  return 0;
}

/* Whether pattern `p` matches s[lo..hi) (its \A and \z are lo and hi). */
static int matches(reader *r, int p, const char *s, size_t lo, size_t hi) {
  return pcre2_match(r->code[p], (PCRE2_SPTR)(s + lo), hi - lo, 0, PCRE2_NO_UTF_CHECK, r->md[p],
                     NULL) > 0;
}

/* The end of pattern `p` matched anchored at s[lo..hi), or 0. */
static size_t match_end(reader *r, int p, const char *s, size_t lo, size_t hi) {
  if (pcre2_match(r->code[p], (PCRE2_SPTR)(s + lo), hi - lo, 0,
                  PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, r->md[p], NULL) <= 0)
    return 0;
  return lo + pcre2_get_ovector_pointer(r->md[p])[1];
}


/* ---- one clause ------------------------------------------------------------ */

/* The bearer found in a clause: bytes [start, end), the known names. */
typedef struct actor_found {
  size_t start, end;
  const char *conj[MAX_CONJ];
  int conj_count, known;
} actor_found;

/* Whether a known actor ending at `at` only qualifies a longer head right
 * after it: 人民團體, 公司負責人, 事業單位 (a known actor or an ending of
 * two characters or more within MAX_HEAD_GAP characters). */
static int longer_head(const reader *r, const char *s, size_t at, size_t end) {
  size_t pos = at;
  if (word_at(r, W_JOINER, s, at, end, NULL)) /* 主管機關或法院: two bearers */
    return 0;
  for (int k = 0; k < MAX_HEAD_GAP && pos < end; k++) {
    pos = next_char(s, pos, end);
    if (word_before(r, W_ACTOR, s, at, pos, NULL) == pos - at ||
        (!word_before(r, W_NOTSUFFIX, s, at, pos, NULL) &&
         word_before(r, W_SUFFIX, s, at, pos, NULL) >= GROW_SUFFIX_BYTES))
      return 1;
  }
  return 0;
}

/* 主管機關或中央目的事業主管機關 reading forward from `at`; not when a
 * word follows that makes it no head (主管機關以外之政府機關, 人民團體). */
static int actor_forward(const reader *r, const char *s, size_t at, size_t end, actor_found *a) {
  const char *name;
  size_t n = word_at(r, W_ACTOR, s, at, end, &name);
  if (!n || word_at(r, W_NOTHEAD, s, at + n, end, NULL) || longer_head(r, s, at + n, end))
    return 0;
  *a = (actor_found){at, at + n, {name}, 1, 1};
  for (;;) {
    size_t j = word_at(r, W_JOINER, s, a->end, end, NULL), m;
    if (!j || a->conj_count == MAX_CONJ ||
        !(m = word_at(r, W_ACTOR, s, a->end + j, end, &name)))
      return 1;
    a->conj[a->conj_count++] = name;
    a->end += j + m;
  }
}

/* An unknown subject is a bearer when it ends like one (人員, 機關 …) and
 * not like a word that only looks so (延長). The suffix's length, or 0. */
static size_t bearer_suffix(const reader *r, const char *s, size_t lo, size_t hi) {
  if (word_before(r, W_NOTSUFFIX, s, lo, hi, NULL))
    return 0;
  return word_before(r, W_SUFFIX, s, lo, hi, NULL);
}

static int bearer_like(const reader *r, const char *s, size_t lo, size_t hi) {
  return bearer_suffix(r, s, lo, hi) > 0;
}

/* Where the comma segment holding s[at] begins (lo at the latest). */
static size_t segment_start(const char *s, size_t lo, size_t at) {
  while (at > lo && !ends(s, lo, at, COMMA))
    at--;
  return at;
}

/* What stands before a known bearer in its segment and qualifies it
 * (審查委員會, 公民營事業, 執行法院, 前項完成檢定之申請人): short, no
 * condition and no purpose, and neither opened nor closed by a verb that
 * takes the bearer as its object (同意主管機關及中央銀行). Where the bearer
 * then begins. */
static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at);

/* The same, reading backward from the cue. A part before a joiner that is
 * not known but ends like a bearer from the start of its segment joins it
 * too: 病人或其代理人 (代理人 known, 病人 not). */
static int actor_backward(reader *r, const char *s, size_t lo, size_t at, actor_found *a) {
  const char *name;
  size_t n = word_before(r, W_ACTOR, s, lo, at, &name);
  if (!n)
    return 0;
  *a = (actor_found){at - n, at, {name}, 1, 1};
  for (;;) {
    size_t j = word_before(r, W_JOINER, s, lo, a->start, NULL), m;
    if (a->conj_count == MAX_CONJ)
      return 1;
    if (!j) {
      a->start = qualified_start(r, s, lo, a->start);
      return 1;
    }
    if (!(m = word_before(r, W_ACTOR, s, lo, a->start - j, &name))) {
      size_t from = segment_start(s, lo, a->start - j);
      if (from < a->start - j && bearer_like(r, s, from, a->start - j))
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
static const char *const ALIAS_OPEN[] = {"（以下簡稱", "（以下稱", "（下稱"};
static const char ALIAS_CLOSE[] = "）";

/* （以下簡稱各機關） right after an actor: its length, and the alias. */
static size_t alias_after(const char *s, size_t at, size_t end, size_t *name, size_t *name_len) {
  for (size_t i = 0; i < sizeof ALIAS_OPEN / sizeof *ALIAS_OPEN; i++) {
    if (!starts(s, at, end, ALIAS_OPEN[i]))
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
static size_t strip_adverbs(const reader *r, const char *s, size_t lo, size_t at) {
  for (size_t n; (n = word_before(r, W_ADVERB, s, lo, at, NULL));)
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
    if (i == hi || starts(s, i, hi, COMMA)) {
      if (i > start) {
        g->at[g->n][0] = start;
        g->at[g->n++][1] = i;
      }
      if (i < hi)
        i += strlen(COMMA) - 1;
      start = i + 1;
    }
}

/* What one comma segment is: a condition, a purpose (為維護公共安全), a
 * topic (前項與事件相關之必要內容…), or none of them. */
typedef enum { SEG_PLAIN, SEG_CONDITION, SEG_PURPOSE, SEG_TOPIC } seg_kind;

static seg_kind segment_kind(reader *r, const char *s, size_t lo, size_t hi) {
  if (!matches(r, PAT_CONDITION, s, lo, hi))
    return SEG_PLAIN;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md[PAT_CONDITION]);
  if (ov[2 * r->g_purpose] != PCRE2_UNSET)
    return SEG_PURPOSE;
  return ov[2 * r->g_topic] != PCRE2_UNSET ? SEG_TOPIC : SEG_CONDITION;
}

/* Whether s[lo..hi) opens with a condition word (conditions.pcre's opens
 * group: 經中央主管機關…, not 受理申請之機關（構）). */
static int opens_condition(reader *r, const char *s, size_t lo, size_t hi) {
  if (segment_kind(r, s, lo, hi) != SEG_CONDITION)
    return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md[PAT_CONDITION]);
  return ov[2 * r->g_opens] != PCRE2_UNSET || ov[2 * r->g_opening] != PCRE2_UNSET;
}

/* A condition that closes with 者 (conditions.pcre's nominal group). */
static int is_nominal(reader *r, const char *s, size_t lo, size_t hi) {
  return segment_kind(r, s, lo, hi) == SEG_CONDITION &&
         pcre2_get_ovector_pointer(r->md[PAT_CONDITION])[2 * r->g_nominal] != PCRE2_UNSET;
}

/* A segment that may name a subject: no condition, no purpose. */
static int subject_kind(seg_kind k) { return k == SEG_PLAIN || k == SEG_TOPIC; }

static size_t qualified_start(reader *r, const char *s, size_t lo, size_t at) {
  size_t from = segment_start(s, lo, at);
  if (from == at || at - from > MAX_QUALIFIER_BYTES || word_before(r, W_VERB, s, from, at, NULL) ||
      word_at(r, W_VERB, s, from, at, NULL))
    return at;
  /* 依前項規定未印製股票之公司: a phrase closed by 之 modifies the bearer,
   * whatever opens it */
  if (word_before(r, W_MODIFIER, s, from, at, NULL))
    return from;
  return subject_kind(segment_kind(r, s, from, at)) ? from : at;
}


static int is_condition(reader *r, const char *s, size_t lo, size_t hi) {
  return segment_kind(r, s, lo, hi) == SEG_CONDITION;
}

/* The subject that opens a segment before what it does or meets:
 * 檢查員於實施前項定期檢查後，應…; 審查諮詢委員有下列情形之一者，應…;
 * 檢察總長對於檢察事務，應…. It ends like a bearer, right before an
 * opener (grammar/actors.tsv). */
static int subject_of_condition(reader *r, const char *s, size_t lo, size_t hi,
                                actor_found *a) {
  for (size_t at = next_char(s, lo, hi), word; at < hi;) {
    /* 期貨經紀商對客戶…: 經紀 opens nothing */
    if ((word = word_at(r, W_NOTOPENER, s, at, hi, NULL)) != 0) {
      at += word;
      continue;
    }
    /* 戶政事務所受理人員: an opener before an ending of two characters or
     * more, four in all, names a person */
    if (!word_at(r, W_OPENER, s, at, hi, NULL) ||
        (hi - at <= 2 * GROW_SUFFIX_BYTES && bearer_suffix(r, s, at, hi) >= GROW_SUFFIX_BYTES)) {
      at = next_char(s, at, hi);
      continue;
    }
    /* not 經中央主管機關 (in 經中央主管機關依…廢止認可之辦理團體): a
     * subject does not open with an opener itself */
    if (bearer_like(r, s, lo, at)) {
      /* …but 經行政法院遴選之調解委員於受聘任前: a phrase closed by 之
       * modifies the subject */
      if ((opens_condition(r, s, lo, at) && !has_word(r, W_MODIFIER, s, lo, at)) ||
          word_at(r, W_VERB, s, lo, at, NULL))
        return 0;
      /* a known actor keeps its names (主管機關對有前項情形之…) */
      if (!actor_forward(r, s, lo, at, a) || a->end != at)
        *a = (actor_found){lo, at, {NULL}, 0, 0};
      return 1;
    }
    /* 學生實習期間於合作機構有…: the first condition word after a word of
     * two characters or more ends the subject, and this one is none (an
     * opener inside one word, 持有人於, is passed; a verb, 受理申請之…, too) */
    if (at - lo >= GROW_SUFFIX_BYTES && opens_condition(r, s, at, hi))
      return 0;
    at = next_char(s, at, hi);
  }
  return 0;
}

/* Where an alias （以下簡稱X） that ends s[lo..at) begins, else at. */
static size_t alias_before(const char *s, size_t lo, size_t at) {
  if (!ends(s, lo, at, ALIAS_CLOSE))
    return at;
  for (size_t i = 0; i < sizeof ALIAS_OPEN / sizeof *ALIAS_OPEN; i++) {
    const char *open = NULL;
    for (const char *p = strstr(s + lo, ALIAS_OPEN[i]); p && (size_t)(p - s) < at;
         p = strstr(p + 1, ALIAS_OPEN[i]))
      open = p;
    size_t name, name_len;
    if (open && alias_after(s, (size_t)(open - s), at, &name, &name_len) == at - (size_t)(open - s))
      return (size_t)(open - s);
  }
  return at;
}

/* The bearer written in pre = s[lo..hi), tried in this order: a known
 * actor right before the cue (…者，委託機關應); a segment right before it
 * that names persons (前項被委託之…或被複委託者，不得); the subject right
 * before it when it ends like a bearer (…者，執行受託業務之相關人員應); a
 * known actor opening the clause (中央目的事業主管機關依…前，應); one
 * opening a segment that is no condition; a subject before an opener
 * (檢察總長對於…，應). 0 when none is written: the subject is a topic
 * (資通安全維護計畫…，應包括) or there is none. */
static int find_actor(reader *r, const char *s, size_t lo, size_t hi, actor_found *a) {
  size_t at = strip_adverbs(r, s, lo, hi);
  /* …就學輔導會（以下簡稱鑑輔會）應…: the bearer is before its alias */
  at = alias_before(s, lo, at);
  segs g;
  split_commas(s, lo, at, &g);
  /* 主管機關對有前項情形之票券金融公司，得…: a subject before an opener in
   * the segment right before the cue, before a known actor that ends it */
  if (g.n > 0 && subject_of_condition(r, s, g.at[g.n - 1][0], g.at[g.n - 1][1], a))
    return 1;
  if (actor_backward(r, s, lo, at, a))
    return 1;
  if (g.n > 0 && matches(r, PAT_PERSON, s, g.at[g.n - 1][0], g.at[g.n - 1][1])) {
    *a = (actor_found){g.at[g.n - 1][0], g.at[g.n - 1][1], {NULL}, 0, 0};
    return 1;
  }
  int last = g.n - 1;
  while (last >= 0 && !subject_kind(segment_kind(r, s, g.at[last][0], g.at[last][1])))
    last--;
  /* 立法院對應邀出席之專業人員，得…: the subject is the one before an opener */
  if (last >= 0 && bearer_like(r, s, g.at[last][0], g.at[last][1])) {
    if (!subject_of_condition(r, s, g.at[last][0], g.at[last][1], a))
      *a = (actor_found){g.at[last][0], g.at[last][1], {NULL}, 0, 0};
    return 1;
  }
  /* not when a topic of its own stands right before the cue: 人民…傷亡者，
   * …，其撫慰金、撫卹金得… */
  int topic_before_cue = g.n >= 2 && last == g.n - 1 &&
                         segment_kind(r, s, g.at[last][0], g.at[last][1]) == SEG_TOPIC;
  if (!topic_before_cue && actor_forward(r, s, lo, at, a))
    return 1;
  /* …者，主管機關疏於執行時，…得: not from inside a condition */
  for (int i = g.n - 1; i >= 1; i--)
    if (!is_condition(r, s, g.at[i][0], g.at[i][1]) &&
        actor_forward(r, s, g.at[i][0], g.at[i][1], a))
      return 1;
  if (g.n > 0 && subject_of_condition(r, s, g.at[0][0], g.at[0][1], a))
    return 1;
  /* 資安科技中心公有財產之管理或使用人員，對所保管…之財產，遇有…時，應…:
   * a segment that opens the clause and ends like a bearer */
  if (g.n >= 2 && subject_kind(segment_kind(r, s, g.at[0][0], g.at[0][1])) &&
      bearer_like(r, s, g.at[0][0], g.at[0][1])) {
    *a = (actor_found){g.at[0][0], g.at[0][1], {NULL}, 0, 0};
    return 1;
  }
  return 0;
}


/* The condition in the segments of s[lo..hi): from the first condition
 * segment (or the segments a 或/及 ties to it) to the last one; with
 * `whole`, when one is a condition, all of them from the first that is no
 * purpose (受託者[執行受託業務，違反…時]; 前項人員[在大陸地區受強暴…，致有
 * 違反前項規定之虞]: all of it after the bearer). A …者 closing the run names one
 * case however many commas it spans, so the segments before it join it
 * (未依第一項規定報請備查或前項規定申報復業，達六個月以上者). */
static int find_condition(reader *r, const char *s, size_t lo, size_t hi, int whole, size_t *cs,
                          size_t *ce) {
  segs g;
  split_commas(s, lo, hi, &g);
  int first = -1, last = -1, purposes = 0;
  seg_kind kind[32];
  actor_found subject;
  for (int i = 0; i < g.n; i++) {
    seg_kind k = kind[i] = segment_kind(r, s, g.at[i][0], g.at[i][1]);
    /* 製造或輸入動物用藥品業者依本法…申請檢驗登記，中央主管機關應…: a
     * segment with its own subject before an opener states a case */
    if (k == SEG_PLAIN && !whole && subject_of_condition(r, s, g.at[i][0], g.at[i][1], &subject))
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
  int nominal = is_nominal(r, s, g.at[last][0], g.at[last][1]);
  /* 該系統屬核心資通系統，或委託金額達…者: one condition in two segments
   * (grammar/actors.tsv's links) */
  while (first > purposes &&
         (whole || (nominal && kind[first - 1] != SEG_TOPIC) ||
          word_at(r, W_LINK, s, g.at[first][0], hi, NULL)))
    first--;
  *cs = g.at[first][0];
  *ce = g.at[whole ? g.n - 1 : last][1];
  return 1;
}

/* 應定期或於知悉…時，以稽核…確認: a condition that opens the action
 * (grammar/after_cue.pcre on its first segment, and more follows). */
static int condition_after_cue(reader *r, const char *s, size_t lo, size_t hi, size_t *ce) {
  segs g;
  split_commas(s, lo, hi, &g);
  if (g.n < 2 || !matches(r, PAT_AFTER_CUE, s, g.at[0][0], g.at[0][1]))
    return 0;
  *ce = g.at[0][1];
  return 1;
}

/* Who 由 names after the cue (應由資料科摘錄…): a known actor, else the
 * shortest subject that ends like a bearer, grown by a following ending of
 * two characters or more (各該主管 → 各該主管機關, not 服務單位會). Its
 * end, or 0 when none is named or nothing follows it in its segment. */
static size_t agent_end(const reader *r, const char *s, size_t at, size_t end) {
  size_t seg_end = at;
  while (seg_end < end && !starts(s, seg_end, end, COMMA))
    seg_end = next_char(s, seg_end, end);
  /* 得由經財政部關務署核准之授信機構…: a phrase that an opener begins
   * modifies the agent after its 之 */
  if (word_at(r, W_OPENER, s, at, seg_end, NULL)) {
    size_t m = at;
    while (m < seg_end && !word_at(r, W_MODIFIER, s, m, seg_end, NULL))
      m = next_char(s, m, seg_end);
    if (m >= seg_end || m - at > MAX_QUALIFIER_BYTES)
      return 0;
    size_t tail = agent_end(r, s, m + word_at(r, W_MODIFIER, s, m, seg_end, NULL), end);
    return tail;
  }
  actor_found a;
  size_t found = actor_forward(r, s, at, seg_end, &a) ? a.end : 0;
  int gap = 0;
  /* 應由客戶將資產全權委託保管機構保管: 客戶 ends like no bearer, and a
   * subject is not looked for further than MAX_AGENT_BYTES */
  if (!found && seg_end - at > MAX_AGENT_BYTES)
    seg_end = at + MAX_AGENT_BYTES;
  for (size_t pos = found ? found : at; pos < seg_end && (!found || gap < 3);) {
    pos = next_char(s, pos, seg_end);
    size_t n = bearer_suffix(r, s, at, pos);
    if (n && (!found || n >= GROW_SUFFIX_BYTES))
      found = pos, gap = 0;
    else if (found)
      gap++;
  }
  return found && found < seg_end ? found : 0;
}

/* ---- building ------------------------------------------------------------ */

typedef struct clause {
  const csq_node *node;
  const char *s;
  size_t start, end, body_end; /* bytes: the clause, and without its mark */
} clause;

static void set_part(csq_obligations *o, csq_obligation *ob, int part, const char *s, size_t b0,
                     size_t b1) {
  ob->has[part] = 1;
  ob->span[part][0] = chars_at(s, b0);
  ob->span[part][1] = ob->span[part][0] + chars_at(s + b0, b1 - b0);
  ob->text[part] = csq__arena_strndup(&o->arena, s + b0, b1 - b0);
}

static int add_alias(csq_obligations *o, const csq_node *n, const char *s, size_t at,
                     size_t len, const actor_found *a) {
  if (o->alias_count == o->alias_cap) {
    size_t cap = o->alias_cap ? o->alias_cap * 2 : 16;
    alias *grown = realloc(o->aliases, cap * sizeof *grown);
    if (!grown)
      return -1;
    o->aliases = grown;
    o->alias_cap = cap;
  }
  alias *al = &o->aliases[o->alias_count++];
  al->law = csq_node_law(n);
  al->name = csq__arena_strndup(&o->arena, s + at, len);
  al->conj_count = a->conj_count;
  memcpy(al->conj, a->conj, sizeof al->conj);
  return al->name ? 0 : -1;
}

static int push(csq_obligations *o, csq_obligation *ob) {
  if (o->count == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 256;
    csq_obligation **grown = realloc(o->list, cap * sizeof *grown);
    if (!grown)
      return -1;
    o->list = grown;
    o->cap = cap;
  }
  o->list[o->count++] = ob;
  return 0;
}

/* The last obligation of `n`'s own text, or NULL. */
static const csq_obligation *last_of(const csq_obligations *o, const csq_node *n) {
  uint64_t v;
  if (!n || !csq__u64map_get(&o->spans, (uint64_t)(uintptr_t)n, &v))
    return NULL;
  return o->list[(v >> 24) + (v & 0xffffff) - 1];
}

/* A paragraph's previous sibling paragraph, or NULL. */
static const csq_node *previous_paragraph(const csq_node *n) {
  const csq_node *prev = NULL;
  for (const csq_node *c = csq_node_first_child(csq_node_parent(n)); c && c != n;
       c = csq_node_next(c))
    prev = c;
  return prev && csq_node_kind(prev) == CSQ_PARAGRAPH ? prev : NULL;
}

/* An earlier duty of the same provision whose written, known bearer the
 * condition of `ob` names, when the clause before's bearer is not named:
 * in 第4條第1項第5款 「涉及利用非受託者自行開發之系統或資源者，並應標示…」
 * follows 委託機關's duty, but the case is 受託者's (what it did not
 * develop itself), and 受託者 wrote the provision's first duty. NULL when
 * there is none. */
static const csq_obligation *named_in_condition(const csq_obligations *o, size_t first,
                                                const csq_obligation *ob,
                                                const csq_obligation *prev) {
  /* an exception qualifies the duty before it, whatever its case names */
  if (!prev || !ob->has[CSQ_PART_CONDITION] || !prev->actor[0] ||
      ob->modality == CSQ_EXCEPTION)
    return NULL;
  const char *cond = ob->text[CSQ_PART_CONDITION];
  if (strstr(cond, prev->actor))
    return NULL;
  for (size_t i = o->count; i-- > first;) {
    const csq_obligation *e = o->list[i];
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
 * leaves it out, and the clause before names the wrong one. */
static int acted_on(const reader *r, const csq_obligation *ob, const char *actor) {
  const char *action = ob->text[CSQ_PART_ACTION], *at = action;
  if (!ob->has[CSQ_PART_ACTION])
    return 0;
  for (; (at = strstr(at, actor)) != NULL; at += strlen(actor))
    if (word_before(r, W_TOWARD, action, 0, (size_t)(at - action), NULL))
      return 1;
  return 0;
}

/* The bearer of a clause that writes none: one its condition names (see
 * named_in_condition), else the clause before in this node, else the
 * list's lead-in, else the paragraph before. */
static void carry_actor(const reader *r, size_t first, csq_obligation *ob,
                        const csq_obligation *prev) {
  const csq_obligations *o = r->o;
  const csq_node *n = ob->node;
  const csq_obligation *named = named_in_condition(o, first, ob, prev);
  if (named)
    prev = named;
  if (!prev && csq_node_kind(n) >= CSQ_SUBPARAGRAPH)
    prev = last_of(o, csq_node_parent(n));
  else if (!prev && csq_node_kind(n) == CSQ_PARAGRAPH)
    prev = last_of(o, previous_paragraph(n));
  if (!prev || !prev->actor[0] || acted_on(r, ob, prev->actor))
    return;
  ob->actor = prev->actor;
  ob->conj_count = prev->conj_count;
  memcpy(ob->conj, prev->conj, sizeof ob->conj);
  ob->actor_known = prev->actor_known;
  ob->actor_from = prev->actor_from ? prev->actor_from : prev->node;
}

#define MAX_EXCEPTED 8

/* The parts of a clause excepted from its duty (除…外), byte ranges. */
typedef struct excepted {
  size_t at[MAX_EXCEPTED][2];
  int n;
} excepted;

static void find_excepted(reader *r, const clause *c, excepted *x) {
  x->n = 0;
  pcre2_code *code = r->code[PAT_EXCEPTED];
  pcre2_match_data *md = r->md[PAT_EXCEPTED];
  /* the clause is the subject, so that \A is its start */
  const char *s = c->s + c->start;
  size_t len = c->body_end - c->start;
  for (size_t at = 0; x->n < MAX_EXCEPTED && at < len;) {
    if (pcre2_match(code, (PCRE2_SPTR)s, len, at, PCRE2_NO_UTF_CHECK, md, NULL) <= 0)
      break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    x->at[x->n][0] = c->start + ov[0];
    x->at[x->n++][1] = c->start + ov[1];
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
}

static int in_excepted(const excepted *x, size_t at) {
  for (int i = 0; i < x->n; i++)
    if (at >= x->at[i][0] && at < x->at[i][1])
      return 1;
  return 0;
}

/* Whether the cue at `at` stands inside a …者 case that is not the last
 * segment of the clause (…並經實習至少一年成績及格，得有碩士以上學位者，得應
 * 諮商心理師考試): it describes the case, and a later cue is the clause's. */
static int in_case(reader *r, const clause *c, size_t at) {
  size_t from = segment_start(c->s, c->start, at), to = at;
  while (to < c->body_end && !starts(c->s, to, c->body_end, COMMA))
    to = next_char(c->s, to, c->body_end);
  return to < c->body_end && is_nominal(r, c->s, from, to);
}

/* The first cue of the clause that is a modality, outside what 除…外
 * excepts and, when a later one follows, outside a case (in_case); unless
 * `first_only`, an exception anywhere in it wins (但…，不在此限). 0 when
 * the clause has none. */
static int find_cue(reader *r, const clause *c, int first_only, int *modality, size_t *cs,
                    size_t *ce) {
  int found = 0, deferred = 0, dm = 0;
  size_t dcs = 0, dce = 0;
  excepted x;
  find_excepted(r, c, &x);
  size_t at = c->start;
  while (at < c->body_end && !(found && first_only)) {
    int rc = pcre2_match(r->code[PAT_MODALITY], (PCRE2_SPTR)c->s, c->body_end, at,
                         PCRE2_NO_UTF_CHECK, r->md[PAT_MODALITY], NULL);
    if (rc <= 0)
      break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md[PAT_MODALITY]);
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    for (int m = 0; m < 4; m++) {
      int g = r->g_mod[m];
      if (rc <= g || ov[2 * g] == PCRE2_UNSET || in_excepted(&x, ov[2 * g]))
        continue;
      size_t b0 = ov[2 * g], b1 = ov[2 * g + 1];
      if (!found && in_case(r, c, b0)) {
        if (!deferred)
          deferred = 1, dm = m, dcs = b0, dce = b1;
        continue;
      }
      if (!found || m == CSQ_EXCEPTION) {
        *modality = m;
        *cs = b0;
        *ce = b1;
      }
      found = 1;
    }
  }
  if (!found && deferred)
    *modality = dm, *cs = dcs, *ce = dce;
  return found || deferred;
}

static size_t skip_but(const char *s, size_t at, size_t end) {
  return starts(s, at, end, PROVISO) ? at + strlen(PROVISO) : at;
}

/* Where the proviso a cue stands in begins: after the last 「，但」 before
 * it (國庫支票由國庫經辦行核驗兌付之，但逾發票日期一年者，不得兌付), else at
 * the clause's start, after its own 但. */
static size_t proviso_start(const char *s, size_t start, size_t cue) {
  size_t lo = skip_but(s, start, cue);
  for (size_t at = lo; at < cue; at = next_char(s, at, cue))
    if (starts(s, at, cue, COMMA) && skip_but(s, at + strlen(COMMA), cue) > at + strlen(COMMA))
      lo = skip_but(s, at + strlen(COMMA), cue);
  return lo;
}

static size_t trim_comma(const char *s, size_t lo, size_t hi) {
  while (ends(s, lo, hi, COMMA))
    hi -= strlen(COMMA);
  return hi;
}

/* Writes the bearer found in the clause into `ob`, and an alias defined
 * right after it (公務機關或特定非公務機關（以下簡稱各機關）). Where the
 * text after the bearer (and its alias) begins, or 0 when out of memory. */
static size_t set_actor(csq_obligations *o, csq_obligation *ob, const clause *c,
                        const actor_found *a, size_t hi) {
  const char *s = c->s;
  set_part(o, ob, CSQ_PART_ACTOR, s, a->start, a->end);
  ob->actor = ob->text[CSQ_PART_ACTOR];
  ob->conj_count = a->conj_count;
  memcpy(ob->conj, a->conj, sizeof ob->conj);
  ob->actor_known = a->known;
  size_t name, name_len, al = alias_after(s, a->end, hi, &name, &name_len);
  if (al && a->known && add_alias(o, c->node, s, name, name_len, a) != 0)
    return 0;
  return a->end + al;
}

/* 應由資料科摘錄…: when the clause writes no bearer, the one 由 names
 * after the cue bears it, and the action follows it. The action's start. */
static size_t read_agent(reader *r, csq_obligation *ob, const clause *c, size_t action) {
  size_t from = match_end(r, PAT_AGENT, c->s, action, c->body_end);
  size_t to = from ? agent_end(r, c->s, from, c->body_end) : 0;
  if (!to)
    return action;
  actor_found a = {from, to, {NULL}, 0, 0};
  actor_found known;
  if (actor_forward(r, c->s, from, to, &known) && known.end == to)
    a = known;
  return set_actor(r->o, ob, c, &a, to) ? to : 0;
}

/* Whether the segment right before the cue is a topic of its own: no
 * bearer, no condition (評鑑委員會之決議，應有全體委員二分之一以上之出席):
 * a bearer from elsewhere is then not carried into it. */
static int topic_before_cue(reader *r, const char *s, size_t lo, size_t hi) {
  size_t from = segment_start(s, lo, hi);
  return from < hi && subject_kind(segment_kind(r, s, from, hi));
}

/* The bearer, condition and action of one obligation; `*topic` tells
 * whether the clause has a topic of its own and no bearer. */
static int read_parts(reader *r, const clause *c, csq_obligation *ob, size_t cs, size_t ce,
                      int *topic) {
  csq_obligations *o = r->o;
  const char *s = c->s;
  /* 如非櫃裝貨物並應…, …時均應…: the adverb belongs to neither side */
  size_t lo = proviso_start(s, c->start, cs), bare = strip_adverbs(r, s, c->start, cs);
  size_t hi = trim_comma(s, lo, bare);
  actor_found a;
  /* an exception qualifies the duty before it: its bearer is carried */
  int have = ob->modality != CSQ_EXCEPTION && find_actor(r, s, lo, hi, &a);
  *topic = !have && ob->modality != CSQ_EXCEPTION && topic_before_cue(r, s, lo, hi);
  size_t cond_lo = lo, cond_hi = hi, cs2, ce2;
  int cond_found = 0;
  if (have) {
    size_t after = set_actor(o, ob, c, &a, hi);
    if (!after)
      return -1;
    /* the condition is on one side of the bearer: after it, else before;
     * after it, a frame (委託機關辦理…之適任性查核，應…) is one too */
    if (find_condition(r, s, after, hi, 1, &cs2, &ce2))
      cond_lo = cs2, cond_hi = ce2, cond_found = 1;
    else if (a.start == lo && after < hi && hi < bare && matches(r, PAT_FRAME, s, after, hi))
      cond_lo = after, cond_found = 1;
    else
      cond_hi = trim_comma(s, lo, a.start);
  }
  size_t action = ce;
  int agent = !have && ob->modality != CSQ_EXCEPTION &&
              match_end(r, PAT_AGENT, s, ce, c->body_end) != 0;
  if ((cond_found || ob->modality == CSQ_EXCEPTION) && cond_hi > cond_lo)
    set_part(o, ob, CSQ_PART_CONDITION, s, cond_lo, cond_hi);
  else if (find_condition(r, s, cond_lo, cond_hi, 0, &cs2, &ce2))
    set_part(o, ob, CSQ_PART_CONDITION, s, cs2, ce2);
  else if (!agent && condition_after_cue(r, s, ce, c->body_end, &ce2)) {
    set_part(o, ob, CSQ_PART_CONDITION, s, ce, ce2);
    action = ce2 + strlen(COMMA);
  }
  if (agent && !(action = read_agent(r, ob, c, action)))
    return -1;
  if (action < c->body_end && ob->modality != CSQ_EXCEPTION)
    set_part(o, ob, CSQ_PART_ACTION, s, action, c->body_end);
  return 0;
}

/* Whether s[lo..cue) names its own bearer before the cue: a known actor
 * opening it (，主管機關認有必要時，得…), or in one segment with the cue a
 * subject that ends like a bearer right before it (，其負責人應…) or one
 * before an opener (，陪同人員於訪談進行中不得…). */
static int own_subject(reader *r, const char *s, size_t lo, size_t cue) {
  size_t hi = strip_adverbs(r, s, lo, cue), seg_end = lo;
  actor_found a;
  if (actor_forward(r, s, lo, hi, &a))
    return 1;
  while (seg_end < hi && !starts(s, seg_end, hi, COMMA))
    seg_end = next_char(s, seg_end, hi);
  if (seg_end < hi) /* 捐贈者有指定用途者，並應…: a case, not a subject */
    return 0;
  if (hi > lo && bearer_like(r, s, lo, hi) && subject_kind(segment_kind(r, s, lo, hi)))
    return 1;
  return subject_of_condition(r, s, lo, seg_end, &a);
}

/* Where a second duty begins inside a clause whose first cue ends at
 * `after`: the comma before a part with its own subject and cue
 * (受訪談人員應據實陳述…，陪同人員於訪談進行中不得發言…) or before a
 * proviso with a cue (，但受訪談人員得與陪同人員討論之; ，但…不在此限).
 * 0 when there is none. */
static size_t next_duty(reader *r, const clause *c, size_t after) {
  const char *s = c->s;
  for (size_t p = after; p < c->body_end; p = next_char(s, p, c->body_end)) {
    if (!starts(s, p, c->body_end, COMMA))
      continue;
    clause rest = {c->node, s, p + strlen(COMMA), c->end, c->body_end};
    int m;
    size_t cs, ce;
    if (!find_cue(r, &rest, 1, &m, &cs, &ce))
      return 0;
    if (skip_but(s, rest.start, cs) > rest.start || own_subject(r, s, rest.start, cs))
      return p;
  }
  return 0;
}

/* One clause, one obligation for each duty in it (see next_duty). */
static int read_clause(reader *r, const clause *c, const csq_obligation **prev) {
  int modality = 0;
  size_t cs = 0, ce = 0;
  if (!find_cue(r, c, 1, &modality, &cs, &ce))
    return 0;
  clause head = *c;
  size_t split = next_duty(r, c, ce);
  if (split) {
    head.end = split + strlen(COMMA);
    head.body_end = split;
  }
  find_cue(r, &head, 0, &modality, &cs, &ce); /* its exception wins */
  csq_obligations *o = r->o;
  csq_obligation *ob = csq__arena_alloc(&o->arena, sizeof *ob);
  if (!ob)
    return -1;
  ob->node = head.node;
  ob->modality = (csq_modality)modality;
  ob->actor = "";
  for (int i = 0; i < PART_COUNT; i++)
    ob->text[i] = "";
  set_part(o, ob, CSQ_PART_CLAUSE, head.s, head.start, head.end);
  set_part(o, ob, CSQ_PART_CUE, head.s, cs, ce);
  int topic = 0;
  if (read_parts(r, &head, ob, cs, ce, &topic) != 0)
    return -1;
  if (!ob->has[CSQ_PART_ACTOR] && !topic)
    carry_actor(r, r->node_first, ob, *prev);
  *prev = ob;
  if (push(o, ob) != 0)
    return -1;
  if (!split)
    return 0;
  clause tail = {c->node, c->s, split + strlen(COMMA), c->end, c->body_end};
  return read_clause(r, &tail, prev);
}

/* The clause marks that end a clause inside a sentence. */
static int clause_mark(const char *s, size_t at, size_t end) {
  return starts(s, at, end, "。") || starts(s, at, end, "；") || starts(s, at, end, "：");
}

static size_t skip_space(const char *s, size_t at, size_t end) {
  for (;;) {
    if (at < end && (s[at] == ' ' || s[at] == '\n' || s[at] == '\t'))
      at++;
    else if (starts(s, at, end, "\u3000"))
      at += 3;
    else
      return at;
  }
}

/* One sentence s[lo..hi): its clauses, cut after each mark. */
static int read_sentence(reader *r, const csq_node *n, const char *s, size_t lo, size_t hi,
                         const csq_obligation **prev) {
  size_t start = skip_space(s, lo, hi);
  for (int32_t i = (int32_t)start; (size_t)i < hi;) {
    int32_t next = i;
    U8_FWD_1(s, next, (int32_t)hi);
    int mark = clause_mark(s, (size_t)i, hi);
    if (mark || (size_t)next >= hi) {
      clause c = {n, s, start, (size_t)next, mark ? (size_t)i : (size_t)next};
      if (c.body_end > c.start && read_clause(r, &c, prev) != 0)
        return -1;
      start = skip_space(s, (size_t)next, hi);
    }
    i = next;
  }
  return 0;
}

/* Where the text of a list node begins after its marker (一、). */
static size_t body_start(const reader *r, const csq_node *n, const char *s, size_t len) {
  PCRE2_SIZE *ov;
  if (csq_node_kind(n) < CSQ_SUBPARAGRAPH ||
      !csq__grammar_match(r->grammar, CSQ_PAT_LIST_MARKER, s, len, &ov))
    return 0;
  return ov[1];
}

/* The sentences of s[from..len) by ICU, in bytes. */
static int read_node_text(reader *r, const csq_node *n, const char *s, size_t from, size_t len) {
  int32_t u16_len = 0;
  UErrorCode uerr = U_ZERO_ERROR;
  u_strFromUTF8(NULL, 0, &u16_len, s + from, (int32_t)(len - from), &uerr);
  if ((size_t)u16_len + 1 > r->u16_cap) {
    free(r->u16);
    r->u16_cap = (size_t)u16_len * 2 + 64;
    if (!(r->u16 = malloc(r->u16_cap * sizeof *r->u16)))
      return -1;
  }
  uerr = U_ZERO_ERROR;
  u_strFromUTF8(r->u16, (int32_t)r->u16_cap, &u16_len, s + from, (int32_t)(len - from), &uerr);
  ubrk_setText(r->sentences, r->u16, u16_len, &uerr);
  if (U_FAILURE(uerr))
    return -1;
  const csq_obligation *prev = NULL;
  size_t byte = from, unit = 0, start = from;
  for (int32_t b = ubrk_next(r->sentences); b != UBRK_DONE; b = ubrk_next(r->sentences)) {
    while (unit < (size_t)b && byte < len) { /* walk the UTF-8 to the same place */
      UChar32 c;
      int32_t i = (int32_t)byte;
      U8_NEXT(s, i, (int32_t)len, c);
      byte = (size_t)i;
      unit += (size_t)U16_LENGTH(c < 0 ? 0xfffd : c);
    }
    if (read_sentence(r, n, s, start, byte, &prev) != 0)
      return -1;
    start = byte;
  }
  return 0;
}

static int read_node(reader *r, const csq_node *n) {
  size_t len, first = r->o->count;
  r->node_first = first;
  const char *s = csq_node_text(n, &len);
  if (len && !csq_kind_is_heading(csq_node_kind(n)) && csq_node_kind(n) != CSQ_LAW &&
      read_node_text(r, n, s, body_start(r, n, s, len), len) != 0)
    return -1;
  if (r->o->count > first &&
      csq__u64map_put(&r->o->spans, (uint64_t)(uintptr_t)n,
                      (uint64_t)first << 24 | (r->o->count - first)) != 0)
    return -1;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if (read_node(r, c) != 0)
      return -1;
  return 0;
}

csq_status csq_obligations_build(const csq_corpus *corpus, csq_obligations **out,
                                 csq_error *err) {
  *out = NULL;
  csq_obligations *o = calloc(1, sizeof *o);
  if (!o)
    return oom(err);
  csq__arena_init(&o->arena);
  reader r;
  csq_status st = reader_init(&r, o, csq__corpus_grammar(corpus), err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    if (read_node(&r, csq_law_root(csq_corpus_law_at(corpus, i))) != 0)
      st = oom(err);
  reader_release(&r);
  if (st != CSQ_OK) {
    csq_obligations_free(o);
    return st;
  }
  *out = o;
  return CSQ_OK;
}

void csq_obligations_free(csq_obligations *o) {
  if (!o)
    return;
  csq__u64map_free(&o->spans);
  free(o->list);
  free(o->aliases);
  csq__arena_release(&o->arena);
  free(o);
}

/* ---- reading --------------------------------------------------------------- */

size_t csq_obligations_count(const csq_obligations *o) { return o->count; }

const csq_obligation *csq_obligations_at(const csq_obligations *o, size_t i) {
  return i < o->count ? o->list[i] : NULL;
}

/* The first and one-past-last obligations of n (and its descendants). */
static void span_of(const csq_obligations *o, const csq_node *n, int deep, size_t *lo,
                    size_t *hi) {
  uint64_t v;
  if (csq__u64map_get(&o->spans, (uint64_t)(uintptr_t)n, &v)) {
    size_t first = (size_t)(v >> 24), end = first + (size_t)(v & 0xffffff);
    *lo = *lo < first ? *lo : first;
    *hi = *hi > end ? *hi : end;
  }
  for (const csq_node *c = deep ? csq_node_first_child(n) : NULL; c; c = csq_node_next(c))
    span_of(o, c, deep, lo, hi);
}

size_t csq_obligations_in(const csq_obligations *o, const csq_node *node, int deep,
                          const csq_obligation *const **list) {
  size_t lo = (size_t)-1, hi = 0;
  span_of(o, node, deep, &lo, &hi);
  *list = hi > lo ? (const csq_obligation *const *)o->list + lo : NULL;
  return hi > lo ? hi - lo : 0;
}

static int names_match(const csq_obligations *o, const csq_law *law, const char *name,
                       const char *actor) {
  if (strcmp(name, actor) == 0)
    return 1;
  for (size_t i = 0; i < o->alias_count; i++)
    if (o->aliases[i].law == law && strcmp(o->aliases[i].name, name) == 0)
      for (int j = 0; j < o->aliases[i].conj_count; j++)
        if (strcmp(o->aliases[i].conj[j], actor) == 0)
          return 1;
  return 0;
}

int csq_obligation_has_actor(const csq_obligations *o, const csq_obligation *ob,
                             const char *actor) {
  if (strcmp(ob->actor, actor) == 0)
    return 1;
  for (int i = 0; i < ob->conj_count; i++)
    if (names_match(o, csq_node_law(ob->node), ob->conj[i], actor))
      return 1;
  return 0;
}

const csq_node *csq_obligation_node(const csq_obligation *o) { return o->node; }
csq_modality csq_obligation_modality(const csq_obligation *o) { return o->modality; }

int csq_obligation_span(const csq_obligation *o, csq_obligation_part part, size_t *start,
                        size_t *end) {
  if ((unsigned)part >= PART_COUNT || !o->has[part])
    return 0;
  *start = o->span[part][0];
  *end = o->span[part][1];
  return 1;
}

const char *csq_obligation_text(const csq_obligation *o, csq_obligation_part part) {
  if (part == CSQ_PART_ACTOR)
    return o->actor;
  return (unsigned)part < PART_COUNT ? o->text[part] : "";
}

const csq_node *csq_obligation_actor_from(const csq_obligation *o) { return o->actor_from; }
int csq_obligation_actor_known(const csq_obligation *o) { return o->actor_known; }
