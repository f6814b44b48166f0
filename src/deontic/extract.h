/*
 * extract.h — the obligation reader's own types and steps, shared by its
 * files and by nothing else: words.c (the word lists of grammar/actors.tsv
 * and the patterns), subject.c (bearer, condition and agent of a clause),
 * clause.c (one clause: its cues, its duties, what it carries), and
 * obligations.c (sentences and clauses of each provision, the results).
 * docs/obligations.md describes the choices.
 */
#ifndef CSQ_DEONTIC_EXTRACT_H
#define CSQ_DEONTIC_EXTRACT_H

#include <unicode/ubrk.h>

#include "deontic/deontic.h"

/* The comma that cuts a clause into segments, and 但 that opens a proviso
 * (…，但…不在此限). */
#define COMMA CSQ_WORD_COMMA     /* ，: cuts a clause into segments */
#define PROVISO CSQ_WORD_PROVISO /* 但: opens a proviso */

#define PART_COUNT 5
#define MAX_CONJ 4
#define GROW_SUFFIX_BYTES 6    /* an ending of two CJK characters (機關) */
#define MAX_QUALIFIER_BYTES 48 /* sixteen CJK characters */
#define MAX_AGENT_BYTES 30     /* ten CJK characters: 船籍所在地之法院 */
#define MAX_HEAD_GAP 3         /* characters between a qualifying actor and its head */

struct csq_obligation {
  const csq_node *node;
  csq_modality modality;
  size_t span[PART_COUNT][2]; /* code points */
  int has[PART_COUNT];
  const char *text[PART_COUNT];
  const char *actor;          /* the name, written here or carried */
  const char *conj[MAX_CONJ]; /* the known names it joins */
  int conj_count, actor_known;
  const csq_node *actor_from; /* where a carried actor was written */
};

/* 各機關 stands for 公務機關 and 特定非公務機關 in its law. */
typedef struct alias {
  const csq_law *law;
  const char *name;
  const char *conj[MAX_CONJ];
  int conj_count;
} alias;

struct csq_obligations {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(csq_obligation *) list;
  csq__u64map spans; /* node → first obligation << 24 | count */
  CSQ_VEC(alias) aliases;
  csq__cp_cursor cursor; /* code points of the parts' spans */
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

extern const char *const CSQ__OBLIGATION_PATTERNS[PAT_COUNT];

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

extern const char *const CSQ__WORD_KINDS[W_COUNT];

/* A word list, and an index of it by first and by last character: a word
 * is looked for at every position of every clause, and the lists run to
 * hundreds of words, so word_at and word_before try only the words that
 * start (end) with the character at hand. */
enum { WORD_BUCKETS = 512 };

typedef struct words {
  CSQ_VEC(const char *) list; /* longest first */
  size_t *len;
  /* Indexes into list, longest first within each bucket of the first
   * (head) or last (tail) character: bucket b holds by_head[head_at[b] ..
   * head_at[b + 1]). */
  size_t *by_head, *by_tail;
  size_t head_at[WORD_BUCKETS + 1], tail_at[WORD_BUCKETS + 1];
} words;

/* What the extractor reads with; lives for one build. */
typedef struct reader {
  const csq_mem *mem;
  csq_obligations *o;
  const csq_grammar *grammar;
  csq_pattern pattern[PAT_COUNT];
  int g_mod[4]; /* groups of the four modalities (the others only consume) */
  int g_purpose, g_topic, g_nominal, g_opens, g_opening; /* groups of conditions.pcre */
  words words[W_COUNT];
  size_t node_first; /* the first obligation of the node being read */
  UBreakIterator *sentences;
  UChar *u16;
  size_t u16_cap;
} reader;

/* The bearer found in a clause: bytes [start, end), the known names. */
typedef struct actor_found {
  size_t start, end;
  const char *conj[MAX_CONJ];
  int conj_count, known;
} actor_found;

/* What one comma segment is: a condition, a purpose (為維護公共安全), a
 * topic (前項與事件相關之必要內容…), or none of them. */
typedef enum { SEG_PLAIN, SEG_CONDITION, SEG_PURPOSE, SEG_TOPIC } seg_kind;

typedef struct clause {
  const csq_node *node;
  const char *s;
  size_t start, end, body_end; /* bytes: the clause, and without its mark */
} clause;

/* s[at..end) starts with `w`; s[lo..at) ends with it; the character after at. */
static inline int csq__starts_at(const char *s, size_t at, size_t end, const char *w) {
  return at <= end && csq__starts_with(s + at, end - at, w);
}
static inline int csq__ends_at(const char *s, size_t lo, size_t at, const char *w) {
  return at >= lo && csq__ends_with(s + lo, at - lo, w);
}
static inline size_t csq__next_char(const char *s, size_t at, size_t end) {
  return at + csq__char_len(s + at, end - at);
}

/* ---- words.c ------------------------------------------------------------- */

/* grammar/actors.tsv into r->words, each kind longest first and indexed. */
csq_status csq__load_words(reader *r, csq_error *err);
void csq__words_release(reader *r);
/* The longest word of `kind` at s[at..end), its length in bytes or 0. */
size_t csq__word_at(const reader *r, int kind, const char *s, size_t at, size_t end,
                    const char **name);
/* The longest word of `kind` ending at s[..at), its length or 0. */
size_t csq__word_before(const reader *r, int kind, const char *s, size_t lo, size_t at,
                        const char **name);
/* Whether a word of `kind` stands anywhere in s[lo..hi). */
int csq__has_word(const reader *r, int kind, const char *s, size_t lo, size_t hi);
/* Whether pattern `p` matches s[lo..hi) (its \A and \z are lo and hi). */
int csq__rule_matches(reader *r, int p, const char *s, size_t lo, size_t hi);
/* The end of pattern `p` matched anchored at s[lo..hi), or 0. */
size_t csq__match_end(reader *r, int p, const char *s, size_t lo, size_t hi);

/* ---- subject.c ----------------------------------------------------------- */

int csq__actor_forward(const reader *r, const char *s, size_t at, size_t end, actor_found *a);
size_t csq__bearer_suffix(const reader *r, const char *s, size_t lo, size_t hi);
int csq__bearer_like(const reader *r, const char *s, size_t lo, size_t hi);
size_t csq__segment_start(const char *s, size_t lo, size_t at);
size_t csq__alias_after(const char *s, size_t at, size_t end, size_t *name, size_t *name_len);
size_t csq__strip_adverbs(const reader *r, const char *s, size_t lo, size_t at);
seg_kind csq__segment_kind(reader *r, const char *s, size_t lo, size_t hi);
int csq__is_nominal(reader *r, const char *s, size_t lo, size_t hi);
int csq__subject_kind(seg_kind k);
int csq__subject_of_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
int csq__find_actor(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
int csq__find_condition(reader *r, const char *s, size_t lo, size_t hi, int whole, size_t *cs,
                        size_t *ce);
int csq__condition_after_cue(reader *r, const char *s, size_t lo, size_t hi, size_t *ce);
size_t csq__agent_end(const reader *r, const char *s, size_t at, size_t end);

/* ---- clause.c ------------------------------------------------------------ */

/* One clause, one obligation for each duty in it; *prev is the last one
 * read in this node (a bearer is carried from it). 0 or -1. */
int csq__read_clause(reader *r, const clause *c, const csq_obligation **prev);

#endif /* CSQ_DEONTIC_EXTRACT_H */
