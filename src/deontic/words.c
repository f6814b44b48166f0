/*
 * words.c — the word lists of grammar/actors.tsv (known actors, bearer
 * endings, joiners, openers …), each indexed by its first and last
 * character, and the patterns the reader matches clauses with.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "deontic/extract.h"

/* The kinds of words of grammar/actors.tsv, in the order of W_ACTOR …. */
static const char *const WORD_KINDS[] = {
    "actor",    "suffix",  "notsuffix", "joiner", "adverb",  "opener",   "verb",   "link",
    "modifier", "nothead", "notopener", "toward", "lexicon", "agentive", "permit", "acting"};

_Static_assert(sizeof WORD_KINDS / sizeof *WORD_KINDS == W_COUNT, "a name for every kind");

const char *const CSQ__OBLIGATION_PATTERNS[PAT_COUNT] = {
    "grammar/modality.pcre", "grammar/conditions.pcre", "grammar/frames.pcre",
    "grammar/agent.pcre",    "grammar/excepted.pcre",   "grammar/after_cue.pcre",
    "grammar/person.pcre",   "grammar/defining.pcre"};

static int longer_first(const void *a, const void *b) {
  size_t la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);
  return la < lb ? 1 : la > lb ? -1 : 0;
}

static int push_one(reader *r, words *w, const char *s, size_t len) {
  const char *word = csq__arena_strndup(&r->o->arena, s, len);
  return word ? csq__vec_push(r->mem, &w->list, word) : -1;
}

/* The word, and when it holds a name in brackets (縣（市）政府, 機關（構）) its
 * half-width forms as older texts write them: without spaces (縣(市)政府: 53
 * provisions), and between spaces where the word goes on around the bracket
 * (直轄市、縣 (市) 政府: 1,790); only the first bracket of a word, as no word
 * holds two. */
enum { MAX_WORD_BYTES = 256 };

static int push_word(reader *r, words *w, const char *s, size_t len) {
  if (push_one(r, w, s, len) != 0)
    return -1;
  size_t open = csq__find(s, len, CSQ_WORD_PAREN_OPEN);
  if (open >= len)
    return 0;
  size_t inner = open + strlen(CSQ_WORD_PAREN_OPEN), close = csq__paren_close(s, inner, len);
  if (close >= len)
    return 0;
  size_t rest = close + strlen(CSQ_WORD_PAREN_CLOSE);
  char half[MAX_WORD_BYTES];
  for (int spaced = 0; spaced < 1 + (open > 0 || rest < len); spaced++) {
    int n = snprintf(half, sizeof half, "%.*s%s%s%.*s%s%s%.*s", (int)open, s,
                     spaced && open ? " " : "", CSQ_WORD_HALF_PAREN_OPEN, (int)(close - inner),
                     s + inner, CSQ_WORD_HALF_PAREN_CLOSE, spaced && rest < len ? " " : "",
                     (int)(len - rest), s + rest);
    /* a longer word keeps its full-width form alone: none of grammar/ is */
    if (n > 0 && (size_t)n < sizeof half && push_one(r, w, half, (size_t)n) != 0)
      return -1;
  }
  return 0;
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

/* Bytes of the last character of a word. */
static size_t last_char_len(const char *w, size_t n) {
  int32_t i = (int32_t)n;
  U8_BACK_1((const uint8_t *)w, 0, i);
  return n - (size_t)i;
}

/* Fills by[] with the indexes of w's words by bucket (a counting sort, so
 * each bucket keeps the list's longest-first order). */
static int fill_buckets(const csq_mem *mem, words *w, size_t *by, size_t *at, int tail) {
  size_t *bucket = csq__calloc(mem, w->list.count, sizeof *bucket);
  if (!bucket)
    return -1;
  memset(at, 0, (WORD_BUCKETS + 1) * sizeof *at);
  for (size_t i = 0; i < w->list.count; i++) {
    const char *x = w->list.items[i];
    size_t n = w->len[i], c = tail ? last_char_len(x, n) : csq__char_len(x, n);
    bucket[i] = char_bucket(tail ? x + n - c : x, c);
    at[bucket[i] + 1]++;
  }
  for (size_t b = 0; b < WORD_BUCKETS; b++)
    at[b + 1] += at[b];
  size_t fill[WORD_BUCKETS];
  memcpy(fill, at, sizeof fill);
  for (size_t i = 0; i < w->list.count; i++)
    by[fill[bucket[i]]++] = i;
  csq__free(mem, bucket);
  return 0;
}

static int index_words(const csq_mem *mem, words *w) {
  size_t n = w->list.count;
  w->len = csq__calloc(mem, n, sizeof *w->len);
  w->by_head = csq__calloc(mem, n, sizeof *w->by_head);
  w->by_tail = csq__calloc(mem, n, sizeof *w->by_tail);
  if (!w->len || !w->by_head || !w->by_tail)
    return -1;
  for (size_t i = 0; i < w->list.count; i++)
    w->len[i] = strlen(w->list.items[i]);
  return fill_buckets(mem, w, w->by_head, w->head_at, 0) ||
                 fill_buckets(mem, w, w->by_tail, w->tail_at, 1)
             ? -1
             : 0;
}

/* One file of KIND<TAB>WORD[<TAB>anything] lines and # comments. */
static csq_status load_file(reader *r, const char *file, csq_error *err) {
  const csq_embedded_file *f = csq__embedded_find(file);
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, file, -1, "grammar file is not embedded in this build");
  const char *s = (const char *)f->data, *end = s + f->size;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s)), *eol = nl ? nl : end;
    const char *tab = memchr(s, '\t', (size_t)(eol - s));
    int k = *s != '#' && tab && tab + 1 < eol ? word_kind(s, (size_t)(tab - s)) : -1;
    const char *word_end = k >= 0 ? memchr(tab + 1, '\t', (size_t)(eol - tab - 1)) : NULL;
    if (!word_end)
      word_end = eol;
    if (k >= 0 && push_word(r, &r->words[k], tab + 1, (size_t)(word_end - tab - 1)) != 0)
      return csq__oom(err);
    s = eol + 1;
  }
  return CSQ_OK;
}

/* grammar/actors.tsv (by hand) and grammar/actor_lexicon.tsv (the bearers
 * the corpus itself names, tools/actor_lexicon.py); each kind's words
 * longest first (特定非公務機關 before 公務機關, 或其 before 或). */
csq_status csq__load_words(reader *r, csq_error *err) {
  csq_status st = load_file(r, "grammar/actors.tsv", err);
  if (st == CSQ_OK)
    st = load_file(r, "grammar/actor_lexicon.tsv", err);
  if (st != CSQ_OK)
    return st;
  for (int k = 0; k < W_COUNT; k++) {
    words *w = &r->words[k];
    if (w->list.count)
      csq__sort(w->list.items, w->list.count, sizeof *w->list.items, longer_first);
    if (index_words(r->mem, w) != 0)
      return csq__oom(err);
  }
  return CSQ_OK;
}

/* Whether ICU's dictionary, breaking s[from..end) into words (up to
 * WORD_WINDOW_CHARS characters from `cut` on), ends one at s[cut]. A verb
 * of one character is a verb only then: 交 in 交付主管機關 and 對 in
 * 對評審人員, not in 交貨驗收單位 (交貨), 交通勤務警察 or 與會人員 (與會); and
 * a subject that opens a clause ends only then (使用人力操作者: not 使用人).
 * Too long a text, a byte that is no UTF-8 or an ICU failure answer yes,
 * the reading without the dictionary. */
int csq__word_ends_at(const reader *r, const char *s, size_t from, size_t cut, size_t end) {
  UChar u[WORD_BREAK_UNITS];
  int32_t n = 0, cut16 = -1, past = 0;
  if (cut <= from || end <= cut)
    return 1;
  for (size_t i = from; i < end && n < WORD_BREAK_UNITS - 1 && past < WORD_WINDOW_CHARS;) {
    if (i == cut)
      cut16 = n;
    if (cut16 >= 0)
      past++;
    UChar32 c;
    int32_t k = (int32_t)(i - from), len = (int32_t)(end - from);
    U8_NEXT(s + from, k, len, c);
    if (c < 0)
      return 1;
    U16_APPEND_UNSAFE(u, n, c);
    i = from + (size_t)k;
  }
  if (cut16 < 0)
    return 1; /* the text ends at `cut`, or is too long to ask */
  /* the iterator keeps a pointer to u: it is set anew on every call, and
   * nothing reads it after this function returns */
  UErrorCode e = U_ZERO_ERROR;
  ubrk_setText(r->words_break, u, n, &e);
  return U_FAILURE(e) || ubrk_isBoundary(r->words_break, cut16);
}

/* Whether a subject s[lo..at) that opens a clause ends inside a word of
 * ICU's dictionary (使用人|力操作者, 預算員|額異動計畫, 局務會|報每月召開),
 * so that it is no name but the first characters of a longer word; not
 * when a word of two characters or more of grammar/actors.tsv that follows
 * a subject opens at `at`, where the dictionary is the one wrong
 * (請求人聲請: its 人聲). */
int csq__cut_inside_word(const reader *r, const char *s, size_t lo, size_t at, size_t hi) {
  static const int follows[] = {W_OPENER, W_TOWARD, W_VERB,  W_AGENTIVE,
                                W_ACTING, W_ADVERB, W_JOINER};
  size_t one = csq__char_len(s + at, hi - at);
  for (size_t i = 0; i < sizeof follows / sizeof *follows; i++)
    if (csq__word_at(r, follows[i], s, at, hi, NULL) > one)
      return 0;
  return !csq__word_ends_at(r, s, lo, at, hi);
}

/* The longest word of `kind` at s[at..end), its length in bytes or 0, as
 * written: a verb of one character also where it opens a longer word. */
static inline size_t longest_at(const reader *r, int kind, const char *s, size_t at, size_t end,
                                const char **name) {
  const words *w = &r->words[kind];
  if (at >= end || !w->list.count)
    return 0;
  size_t c = csq__char_len(s + at, end - at), b = char_bucket(s + at, c);
  for (size_t j = w->head_at[b]; j < w->head_at[b + 1]; j++) {
    size_t i = w->by_head[j], n = w->len[i];
    /* the bucket's words share their first character: their last byte
     * tells most of them apart before memcmp is called */
    if (at + n > end || (n > c && s[at + n - 1] != w->list.items[i][n - 1]))
      continue;
    if (memcmp(s + at, w->list.items[i], n) == 0) {
      if (name)
        *name = w->list.items[i];
      return n;
    }
  }
  return 0;
}

size_t csq__word_at(const reader *r, int kind, const char *s, size_t at, size_t end,
                    const char **name) {
  const char *found = NULL;
  size_t n = longest_at(r, kind, s, at, end, &found);
  if (kind == W_VERB && n && n == csq__char_len(s + at, end - at) &&
      !csq__word_ends_at(r, s, at, at + n, end))
    n = 0;
  if (n && name)
    *name = found;
  return n;
}

/* The longest word of `kind` ending at s[..at), its length or 0. */
size_t csq__word_before(const reader *r, int kind, const char *s, size_t lo, size_t at,
                        const char **name) {
  const words *w = &r->words[kind];
  if (at <= lo || !w->list.count)
    return 0;
  size_t c = last_char_len(s + lo, at - lo), b = char_bucket(s + at - c, c);
  for (size_t j = w->tail_at[b]; j < w->tail_at[b + 1]; j++) {
    size_t i = w->by_tail[j], n = w->len[i];
    /* the bucket's words share their last character: the byte before it
     * tells most of them apart before memcmp is called */
    if (at < lo + n || (n > c && s[at - c - 1] != w->list.items[i][n - c - 1]))
      continue;
    if (memcmp(s + at - n, w->list.items[i], n) == 0) {
      if (name)
        *name = w->list.items[i];
      return n;
    }
  }
  return 0;
}

/* The longest name the law gives an actor at s[at] (ending at s[at] when
 * `before`, from lo), longer than `than`: its length, or 0. */
static size_t law_alias(const reader *r, const char *s, size_t lo, size_t at, size_t end,
                        int before, size_t than, const char **name) {
  size_t best = 0;
  for (size_t i = 0; i < r->law_aliases.count; i++) {
    const char *a = r->law_aliases.items[i];
    size_t n = strlen(a);
    if (n <= than || n <= best)
      continue;
    size_t after = before ? at : at + n; /* 鑑定會 of 鑑定會議 */
    if ((before ? csq__ends_at(s, lo, at, a) : csq__starts_at(s, at, end, a)) &&
        (after >= r->node_len ||
         csq__starts_with_any(s + after, r->node_len - after, CSQ__WORDS(alias_not_before)) < 0)) {
      best = n;
      if (name)
        *name = a;
    }
  }
  return best;
}

int csq__jointly_at(const char *s, size_t pos, size_t end) {
  return csq__starts_with_any(s + pos, end - pos, CSQ__WORDS(agent_jointly)) >= 0 &&
         csq__starts_with_any(s + pos, end - pos, CSQ__WORDS(agent_jointly_not)) < 0;
}

size_t csq__known_at(const reader *r, const char *s, size_t at, size_t end, const char **name) {
  const char *n2;
  size_t n1 = csq__word_at(r, W_ACTOR, s, at, end, name);
  size_t n = csq__word_at(r, W_LEXICON, s, at, end, &n2);
  size_t a = law_alias(r, s, at, at, end, 0, n1 > n ? n1 : n, &n2);
  n = a ? a : n;
  /* 評鑑委員 in 評鑑委員會之決議: the name goes on into a longer one; not
   * into 會同 (主管稽徵機關會同警察機關: jointly with) */
  if (n <= n1 || (at + n < end && !csq__jointly_at(s, at + n, end) &&
                  csq__word_before(r, W_SUFFIX, s, at, csq__next_char(s, at + n, end), NULL) > 0))
    return n1;
  if (name)
    *name = n2;
  return n;
}

/* Whether a word begins at s[at] (after lo): a comma, a joiner or 之 before. */
static int word_begins(const reader *r, const char *s, size_t lo, size_t at) {
  return at == lo || csq__ends_at(s, lo, at, CSQ_WORD_COMMA) ||
         csq__word_before(r, W_JOINER, s, lo, at, NULL) ||
         csq__word_before(r, W_MODIFIER, s, lo, at, NULL);
}

size_t csq__known_before(const reader *r, const char *s, size_t lo, size_t at, const char **name) {
  const char *n2;
  size_t n1 = csq__word_before(r, W_ACTOR, s, lo, at, name);
  size_t n = csq__word_before(r, W_LEXICON, s, lo, at, &n2);
  size_t a = law_alias(r, s, lo, at, at, 1, n1 > n ? n1 : n, &n2);
  n = a ? a : n;
  if (n <= n1 || !word_begins(r, s, lo, at - n))
    return n1;
  if (name)
    *name = n2;
  return n;
}

/* The length of a known name, of actors.tsv or the lexicon, that ends at
 * s[at] (after lo), wherever it begins: 漁業人 of 養殖漁業人, 銀行 of 國家銀行. */
size_t csq__known_ending(const reader *r, const char *s, size_t lo, size_t at) {
  size_t a = csq__word_before(r, W_ACTOR, s, lo, at, NULL);
  size_t b = csq__word_before(r, W_LEXICON, s, lo, at, NULL);
  return a > b ? a : b;
}

/* Whether a word of `kind` stands anywhere in s[lo..hi): a verb of one
 * character also inside a longer word, which still says the span acts
 * (使用人力操作者: 使用). */
int csq__has_word(const reader *r, int kind, const char *s, size_t lo, size_t hi) {
  for (size_t at = lo; at < hi; at = csq__next_char(s, at, hi))
    if (longest_at(r, kind, s, at, hi, NULL))
      return 1;
  return 0;
}

/* Whether pattern `p` matches s[lo..hi) (its \A and \z are lo and hi). */
int csq__rule_matches(reader *r, int p, const char *s, size_t lo, size_t hi) {
  PCRE2_SIZE *ov;
  return csq__pattern_match(&r->pattern[p], s + lo, hi - lo, 0, &ov) > 0;
}

/* The end of pattern `p` matched anchored at s[lo..hi), or 0. */
size_t csq__match_end(reader *r, int p, const char *s, size_t lo, size_t hi) {
  /* the patterns matched so open with \A: JIT takes no match-time anchor */
  int rc = pcre2_match(r->pattern[p].code, (PCRE2_SPTR)(s + lo), hi - lo, 0, PCRE2_NO_UTF_CHECK,
                       r->pattern[p].match, NULL);
  return rc > 0 ? lo + pcre2_get_ovector_pointer(r->pattern[p].match)[1] : 0;
}

void csq__words_release(reader *r) {
  for (int k = 0; k < W_COUNT; k++) {
    csq__vec_free(r->mem, &r->words[k].list);
    csq__free(r->mem, r->words[k].len);
    csq__free(r->mem, r->words[k].by_head);
    csq__free(r->mem, r->words[k].by_tail);
  }
}
