/*
 * extract.h — the obligation reader's own types and steps, shared by its
 * files and by nothing else: words.c (the word lists of grammar/actors.tsv
 * and the patterns), subject.c (bearer and condition of a clause), agent.c
 * (who 由 names), clause.c (one clause: its cues, its duties, what it carries), and
 * obligations.c (sentences and clauses of each provision, the results).
 * docs/obligations.md describes the choices.
 */
#ifndef CSQ_DEONTIC_EXTRACT_H
#define CSQ_DEONTIC_EXTRACT_H

#include <unicode/ubrk.h>
#include <unicode/uset.h>
#include <unicode/utf8.h>

#include "deontic/deontic.h"

/* The comma that cuts a clause into segments, and 但 that opens a proviso
 * (…，但…不在此限). */
#define COMMA CSQ_WORD_COMMA     /* ，: cuts a clause into segments */
#define PROVISO CSQ_WORD_PROVISO /* 但: opens a proviso */

#define PART_COUNT 5
#define MAX_CONJ 4
#define CASE_END_UNREAD SIZE_MAX       /* reader.case_end before cues.c reads it */
#define GROW_SUFFIX_BYTES 6            /* an ending of two CJK characters (機關) */
#define MAX_QUALIFIER_BYTES 48         /* sixteen CJK characters */
#define MAX_OPENING_QUALIFIER_BYTES 96 /* thirty-two */
#define MAX_POSSESSED_BYTES 30         /* ten: 勞工[正常工作時間] */
#define MAX_PREFIX_CHARS 9             /* a subject that opens a text: up to eight characters */
#define MAX_MANNER_CHARS 16 /* 以…名義 before a verb of acting: up to sixteen characters */
#define MAX_SHORT_QUALIFIER_CHARS 4 /* 新設銀行經許可設立者, 實驗教育學生符合…者 */
#define MIN_ACT_CHARS 3             /* …and what it does after it, three at least */
#define MAX_JOINED_BYTES 30         /* ten CJK characters: a bearer joined after 或 / 及 / 、 */
#define MAX_SHORT_PART_BYTES 12     /* four: 少年之父母、[養父母]或監護人 */
#define WORD_WINDOW_CHARS 8         /* what ICU's dictionary sees from where a word may end */
#define WORD_BREAK_UNITS 96 /* … and at most this many UTF-16 units from where it starts */
#define MAX_OWNED_AT_CUE_CHARS 4 /* 各機關[辦公處所]應…: a thing an actor owns before the cue */
#define MAX_AGENT_BYTES 30       /* ten CJK characters: 船籍所在地之法院 */
#define MAX_AGENT_GROWN_CHARS 8 /* 學校[財團法人], 各機關[人事管理人員] */
#define CUE_REACH 2         /* characters a modality.pcre match begins before its cue character */
#define MAX_HEAD_GAP 3      /* characters between a qualifying actor and its head */
#define MAX_ITS_ACT_CHARS 4 /* 其[聘僱]之專任專業人員: what the pronoun did, before its 之 */
/* 得[按其等級]發給, 得[依相關規定]支給: the rule or rate a gift goes by */
#define MAX_GIVING_RATE_CHARS 12
/* [依本法第十三條第二項規定]申請…者: the rule a …者 phrase acts by, in characters */
#define MAX_BASIS_CHARS 24
#define FREQUENCY_MARK_BYTES (6 * 3) /* 每 stands this near the end of how often */

/* The bearer found in a clause: bytes [start, end), the known names. */
typedef struct actor_found {
  size_t start, end;
  const char *conj[MAX_CONJ];
  int conj_count, known;
  int weak;  /* the subject of a time condition (法醫官相驗屍體後): 由X wins */
  int topic; /* none found: the actor owns the thing right before the cue (監事名額不得…) */
} actor_found;

struct csq_obligation {
  const csq_node *node;
  csq_modality modality;
  size_t index;               /* in csq_obligations_at's order */
  size_t span[PART_COUNT][2]; /* code points */
  int has[PART_COUNT];
  const char *text[PART_COUNT];
  const char *actor;          /* the name, written here or carried */
  const char *conj[MAX_CONJ]; /* the known names it joins */
  int conj_count, actor_known;
  const csq_node *actor_from;         /* where a carried actor was written */
  const csq_obligation *actor_source; /* the statement whose bearer it takes */
  const csq_obligation *qualifies;    /* an exception: the statement it qualifies */
  int counted; /* a count of whom its subject names: no bearer, none carried (parts.c) */
  /* the subject written before the cue that a 由X after it outranked (董事會應由董事長召集):
   * the statements after it in the sentence may bear it again (clause.c); an empty span
   * when none was */
  actor_found outranked;
};

/* A cue that became no statement, and the rule that says why (the
 * statements are the obligations themselves). */
struct csq__cue {
  const csq_node *node;
  size_t span[2]; /* code points */
  const char *text;
  csq__cue_rule rule;
  const csq_obligation *obligation; /* a statement's, in a csq__cue_list */
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
  csq__u64map spans; /* node → its span of list (csq__node_span) */
  CSQ_VEC(alias) aliases;
  CSQ_VEC(csq__cue) cues; /* the cues that became no statement, in text order */
  csq__u64map cue_spans;  /* node → its span of cues */
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
  PAT_DEFINING,  /* where a sentence begins to define a term (…，指…) */
  PAT_COUNT
};

extern const char *const CSQ__OBLIGATION_PATTERNS[PAT_COUNT];

/* The patterns matched from a given place only (bit p for PAT_p). */
#define ANCHORED_PATTERNS                                                                          \
  (1u << PAT_MODALITY | 1u << PAT_CONDITION | 1u << PAT_FRAME | 1u << PAT_AGENT |                  \
   1u << PAT_AFTER_CUE)

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
  W_LEXICON,  /* grammar/actor_lexicon.tsv: bearers the corpus names */
  W_AGENTIVE, /* a verb that makes …者 a person: 從事…者, 請領…者 */
  W_PERMIT,   /* a verb whose object bears the permission after it: 允許 */
  W_ACTING,   /* what a name that opens a bearer does: 電子支付機構傳輸… */
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
/* One occurrence of a cue in a clause (bytes of the node's text), the
 * statement it is (modality) or the rule that explains it. A 除…外 that
 * makes an exception has x_end at its 外. */
typedef struct cue {
  size_t b0, b1, x_end;
  size_t cap; /* a statement inside 除…外 (除應通報…外，並應…): where its text ends */
  int modality; /* -1 unless the rule is CSQ__CUE_STATEMENT */
  csq__cue_rule rule;
  /* an additive 除…外 right before it (除依前條規定辦理外，應…): where its 除
   * stands, or SIZE_MAX, and where its 外 ends */
  size_t besides, besides_end;
} cue;

/* A group of modality.pcre that consumes a cue without a statement. */
typedef struct explaining_group {
  int group;
  csq__cue_rule rule;
} explaining_group;

enum { MAX_EXPLAINING = 12 };
enum { MAX_LEADS = 64 };     /* words.tsv modality_leads, each three bytes */
enum { MAX_CUE_CHARS = 16 }; /* words.tsv cue_chars, each three bytes */

/* What conditions.pcre said of one comma segment of the node being read
 * (subject.c): a segment is asked about again and again (whether it is a
 * condition, opens one, closes with 者, may name a subject), and the
 * pattern is the costliest of a clause. Keyed by the segment's bytes;
 * `node` is the reader's count of nodes read, so a new node starts empty. */
typedef struct segment_answer {
  const char *s;
  size_t lo, hi, node;
  unsigned char kind, opens, nominal, basis;
} segment_answer;

enum { SEGMENT_ANSWERS = 32 }; /* a power of two */

/* The bearer s[start..end), no known name in it: what most rules find. */
static inline actor_found csq__actor_span(size_t start, size_t end) {
  return (actor_found){.start = start, .end = end};
}

/* What csq__subject_of_condition said of one segment of the node being
 * read, kept as segment_answer is: each cue after the segment asks again. */
typedef struct subject_answer {
  const char *s;
  size_t lo, hi, node;
  int found;
  actor_found actor;
} subject_answer;

enum { SUBJECT_ANSWERS = 16 }; /* a power of two */

typedef struct reader {
  const csq_mem *mem;
  csq_obligations *o;
  const csq_grammar *grammar;
  csq_pattern pattern[PAT_COUNT];
  int g_mod[4]; /* groups of the four modalities */
  explaining_group explaining[MAX_EXPLAINING];
  int n_explaining;
  int g_purpose, g_topic, g_nominal, g_opens, g_opening, g_basis; /* groups of conditions.pcre */
  segment_answer segments[SEGMENT_ANSWERS];
  subject_answer subjects[SUBJECT_ANSWERS];
  size_t nodes_read;         /* from 1: a zeroed answer belongs to no node */
  size_t node_len;           /* the bytes of the node's text */
  int out_of_memory;         /* a part's text could not be copied: the clause fails */
  size_t cue_from, cue_at;   /* the first cue character at or after cue_from */
  uint32_t leads[MAX_LEADS]; /* modality_leads as numbers (cues.c) */
  size_t n_leads;
  uint32_t cue_chars[MAX_CUE_CHARS]; /* cue_chars as numbers (cues.c) */
  size_t n_cue_chars;
  uint64_t cue_last_bytes; /* their last bytes, by their low six bits */
  uint64_t mark_leads[4];  /* first bytes of clause marks and the comma (obligations.c) */
  words words[W_COUNT];
  size_t node_first;                     /* the first obligation of the node being read */
  const csq_obligation *prev;            /* the last one read in this node */
  const csq_obligation *sentence_prev;   /* … in this sentence */
  const csq_obligation *sentence_bearer; /* the last in this sentence whose bearer it writes */
  size_t defining;                       /* where the sentence defines a term, or SIZE_MAX */
  int in_definitions;                    /* the node is an item of a list of definitions */
  const csq_node *lead_in;               /* the last lead-in looked at, and whether it */
  int lead_in_defines;                   /* … defines (本法用詞，定義如下：) */
  int lead_in_cases;       /* … lists cases (有下列情形之一者，不予許可：) */
  int lead_in_names_cases; /* … names cases (有下列…: words.tsv case_leadins) */
  int item_of_cases;       /* the node is an item of such a list */
  size_t case_end;   /* in an item of a list of cases, where its case ends (CASE_END_UNREAD: not yet
                        read); else 0 */
  size_t body_start; /* where the node's text begins past its list number (一、), read once */
  size_t cp_byte, cp_count;         /* a code point count known at a byte */
  size_t anchor_byte, anchor_count; /* … and at the clause's start */
  CSQ_VEC(cue) cues;                /* the clause being read */
  /* The names the law being read gives its actors (民營汽車駕駛人訓練機構
   * （以下簡稱駕訓班）): known actors in that law only. */
  CSQ_VEC(const char *) law_aliases;
  UBreakIterator *sentences;
  USet *sentence_ends; /* what ICU's sentence rules break after (obligations.c may_break) */
  /* ICU's dictionary words, asked only where a one-character verb stands
   * (csq__word_at: 交 opens 交貨驗收單位 as part of the word 交貨) or a
   * subject opens a clause (csq__cut_inside_word) */
  UBreakIterator *words_break;
  UChar *u16;
  size_t u16_cap;
} reader;

/* Whether a cue of the clause being read begins in s[lo..hi). */
static inline int csq__cue_in(const reader *r, size_t lo, size_t hi) {
  for (size_t i = 0; i < r->cues.count; i++)
    if (r->cues.items[i].b0 >= lo && r->cues.items[i].b0 < hi)
      return 1;
  return 0;
}

/* What one comma segment is: a condition, a purpose (為維護公共安全), a
 * topic (前項與事件相關之必要內容…), or none of them. */
typedef enum { SEG_PLAIN, SEG_CONDITION, SEG_PURPOSE, SEG_TOPIC } seg_kind;

typedef struct clause {
  const csq_node *node;
  const char *s;
  size_t start, end, body_end; /* bytes: the clause, and without its mark */
} clause;

/* What one statement of a clause reads: its clause span [start, end) and
 * text without the mark or comma that ends it (body_end), the cue, and
 * where its own bearer may stand (actor_lo: the cue's segment for a
 * statement that follows another in the clause). */
typedef struct region {
  clause c;
  const cue *cue;
  size_t actor_lo;
  size_t cut; /* the 除 of an exception or an additive 除…外 right before the cue, or SIZE_MAX */
  int follows; /* another statement of the clause stands before it */
} region;

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
/* Whether s[lo..hi) ends as a time says when (…時; not 小時, 臨時: words.tsv
 * case_time_ends, not_time_ends). */
static inline int csq__ends_as_time(const char *s, size_t lo, size_t hi) {
  return csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(case_time_ends)) >= 0 &&
         csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(not_time_ends)) < 0;
}
/* Where the character before s[at] begins, lo at the least. */
static inline size_t csq__prev_char(const char *s, size_t lo, size_t at) {
  int32_t i = (int32_t)(at - lo);
  U8_BACK_1((const uint8_t *)s + lo, 0, i);
  return lo + (size_t)i;
}

/* ---- words.c ------------------------------------------------------------- */

/* grammar/actors.tsv into r->words, each kind longest first and indexed. */
csq_status csq__load_words(reader *r, csq_error *err);
void csq__words_release(reader *r);
/* The longest word of `kind` at s[at..end), its length in bytes or 0; a
 * verb of one character only where ICU's dictionary ends a word after it. */
size_t csq__word_at(const reader *r, int kind, const char *s, size_t at, size_t end,
                    const char **name);
/* Whether ICU's dictionary, breaking s[from..end), ends a word at s[cut]. */
int csq__word_ends_at(const reader *r, const char *s, size_t from, size_t cut, size_t end);
/* Whether a subject s[lo..at) that opens a clause ends inside a word of
 * ICU's dictionary, so that it names no one (預算員|額異動計畫). */
int csq__cut_inside_word(const reader *r, const char *s, size_t lo, size_t at, size_t hi);
/* The longest word of `kind` ending at s[..at), its length or 0. */
size_t csq__word_before(const reader *r, int kind, const char *s, size_t lo, size_t at,
                        const char **name);
/* A known actor (actors.tsv or the lexicon) at s[at..end) or ending at
 * s[..at): its length or 0. A name of the lexicon counts before `at` only
 * where it begins a word (at lo, after a comma, a joiner or 之): 工作人員
 * in 同業公會會務工作人員 is none. */
size_t csq__known_at(const reader *r, const char *s, size_t at, size_t end, const char **name);
size_t csq__known_before(const reader *r, const char *s, size_t lo, size_t at, const char **name);
/* The length of a known name (actors.tsv or the lexicon) that ends at s[at],
 * wherever it begins, a word's start or not: 漁業人 of 養殖漁業人. */
size_t csq__known_ending(const reader *r, const char *s, size_t lo, size_t at);
/* Whether s[lo..at) is bearers joined by 、及或與, each known or ending like a
 * bearer (保險代理人、保險經紀人及銀行). */
int csq__joined_bearers(const reader *r, const char *s, size_t lo, size_t at);
/* Whether s[lo..at) is a known actor, all of it (被告對看守所…: 被告). */
int csq__known_exactly(const reader *r, const char *s, size_t lo, size_t at);
/* The bearer s[lo..at): the known actor when all of it is one (its known
 * names kept), else the span; `weak` as given. */
actor_found csq__name_over(const reader *r, const char *s, size_t lo, size_t at, int weak);
/* Where a phrase that an opener at s[at] begins and 之 closes ends, when it
 * qualifies a name joined to those before it (銀行業及其他[經本會指定之]金融
 * 機構); 0 when it does not. */
size_t csq__joined_qualifier(const reader *r, const char *s, size_t lo, size_t at, size_t hi);
/* Whether s[lo..hi) does nothing: no verb, no opener (names only). */
int csq__names_only(const reader *r, const char *s, size_t lo, size_t hi);
/* A bearer that opens with a joiner after a comma grown back over the names
 * of the segment before it (存續公司之董事會，或新設公司之發起人). */
void csq__joined_before(reader *r, const char *s, size_t lo, actor_found *a);
/* A bearer cut inside a phrase that qualifies its last name (政府或經政府 →
 * 政府或經政府認可之民間單位) run on to that name. */
void csq__joined_qualified(const reader *r, const char *s, size_t hi, actor_found *a);
/* A …者 case bearer whose segment follows one that only names it (退休公務人員，
 * 已參加退休人員保險者，不得…): that name. */
void csq__name_before_case(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
/* Where a case begins past 凡 (凡申請為藥商者), or lo (persons.c). */
size_t csq__past_every(reader *r, const char *s, size_t lo, size_t hi);
/* Whether a word of `kind` stands anywhere in s[lo..hi). */
int csq__has_word(const reader *r, int kind, const char *s, size_t lo, size_t hi);
/* Whether pattern `p` matches s[lo..hi) (its \A and \z are lo and hi). */
int csq__rule_matches(reader *r, int p, const char *s, size_t lo, size_t hi);
/* The end of pattern `p` matched anchored at s[lo..hi), or 0. */
size_t csq__match_end(reader *r, int p, const char *s, size_t lo, size_t hi);

/* ---- aliases.c ----------------------------------------------------------- */
/* How many words open an alias, full-width and half-width; the i-th, and in
 * *half whether it is half-width (set between spaces). */
size_t csq__alias_openers(void);
const char *csq__alias_opener(size_t i, int *half);
/* （以下簡稱各機關） right after an actor, or its half-width form between
 * spaces: its length, and in *name, *name_len the alias; 0 when none. */
size_t csq__alias_after(const char *s, size_t at, size_t end, size_t *name, size_t *name_len);
/* Where an alias （以下簡稱X） that ends s[lo..at) begins, else at. */
size_t csq__alias_before(const char *s, size_t lo, size_t at);

/* ---- subject.c, agent.c and bearer.c ------------------------------------ */
/* Reads the names the law under `root` gives its actors (（以下簡稱X）)
 * into r->law_aliases; -1 when out of memory. */
int csq__law_aliases_read(reader *r, const csq_node *root);

/* Segments of s[lo..hi) split at commas (，): their byte ranges. */
typedef struct segs {
  size_t at[32][2];
  int n;
} segs;

void csq__split_commas(const char *s, size_t lo, size_t hi, segs *g);
int csq__is_condition(reader *r, const char *s, size_t lo, size_t hi);
/* Whether s[lo..hi) ends like a case or a time (…者, …時, …後: words.tsv
 * case_nominal_ends, case_time_ends): no one who acts is named there. */
int csq__ends_as_case(const char *s, size_t lo, size_t hi);
int csq__opens_condition(reader *r, const char *s, size_t lo, size_t hi);
/* A known actor ending at `at`, with the names joined to it and what
 * qualifies it in its segment (病人或其代理人, 依前項規定未印製股票之公司). */
int csq__actor_backward(reader *r, const char *s, size_t lo, size_t at, actor_found *a);
int csq__actor_forward(const reader *r, const char *s, size_t at, size_t end, actor_found *a);
size_t csq__bearer_suffix(const reader *r, const char *s, size_t lo, size_t hi);
size_t csq__joined_part(const reader *r, const char *s, size_t at, size_t end);
int csq__bearer_like(const reader *r, const char *s, size_t lo, size_t hi);
int csq__names_one(const reader *r, const char *s, size_t lo, size_t at);
/* Whether a longer head follows at s[at] (人民團體, 公司負責人, 事業單位:
 * a known actor or an ending of two characters within MAX_HEAD_GAP). */
int csq__longer_head(const reader *r, const char *s, size_t at, size_t end);
size_t csq__segment_start(const char *s, size_t lo, size_t at);
/* Whether a comma ends right before s[at] (not below lo); where it begins,
 * the end of the segment before, goes to *before. */
int csq__comma_before(const char *s, size_t lo, size_t at, size_t *before);
/* Where the segment that s[at] stands in ends: the next ，, or `end`. */
size_t csq__segment_end(const char *s, size_t at, size_t end);
size_t csq__strip_adverbs(const reader *r, const char *s, size_t lo, size_t at);
/* The end of s[lo..at) without a segment of time alone that follows a …者
 * case (…讓出者，當年度; …離職者，一年內): it says when, not who; else at. */
size_t csq__before_time(const char *s, size_t lo, size_t at);
/* Whether s[seg..at) is the last comma segment before at and a clause of when that 於 or
 * 在 opens (於…處理前). */
int csq__when_clause(const char *s, size_t seg, size_t at);
/* The bearer found, cut before a copula of a condition inside it (申請人[如為法人]); 0
 * when no name like a bearer's stands before it. */
int csq__before_condition_copula(const reader *r, const char *s, actor_found *a);
/* The length of the 其 (its) that opens s[lo..hi) as a pronoun (not 其他,
 * 其餘, 其中), or 0. */
size_t csq__its_pronoun(const char *s, size_t lo, size_t hi);
seg_kind csq__segment_kind(reader *r, const char *s, size_t lo, size_t hi);
int csq__is_nominal(reader *r, const char *s, size_t lo, size_t hi);
int csq__subject_kind(seg_kind k);
int csq__subject_of_condition(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
int csq__subject_of_case(reader *r, const char *s, const segs *g, actor_found *a);
/* Whether s[lo..end) is 無 and a known actor or 人 in a …時 or …者 case
 * that ends its comma segment before hi: no one is there (無人回應時). */
int csq__names_absent(const reader *r, const char *s, size_t lo, size_t end, size_t hi);
int csq__is_basis(reader *r, const char *s, size_t lo, size_t hi);
int csq__find_actor(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
/* A …者 bearer grows back over the rule it acts by that opens its comma
 * segment (依前項規定申請者): persons.c. */
void csq__with_basis(const reader *r, const char *s, size_t lo, actor_found *a);
/* Whether the bearer `a` found in s[lo..cue) is whom a count at the cue
 * counts (cues.c). */
int csq__counts_subject(reader *r, const char *s, const actor_found *a, size_t lo, size_t cue,
                        csq_modality modality);
/* persons.c: a …者 segment s[lo..hi) that names who acts: by what they do
 * (`opens`: it opens the clause), by a verb of acting, or as a list of
 * persons. Each fills *a and says whether it did. */
int csq__agent_noun(reader *r, const char *s, size_t lo, size_t hi, int opens, actor_found *a);
int csq__agent_phrase(reader *r, const char *s, size_t lo, size_t hi, int opens, actor_found *a);
int csq__person_list(reader *r, const char *s, size_t lo, size_t hi, actor_found *a);
/* Where the verb of acting stands after a 以…名義 that opens s[at..hi)
 * (以公司、行號名義[申請]登記者); `at` when none does. */
size_t csq__manner_end(const reader *r, const char *s, size_t at, size_t hi);
/* Whether s[lo..at), right before a known bearer and at most `most` code
 * points long, is a place and its 內, which says which bearer, not when
 * (words.tsv place_within: 室內加油站, 國內製造廠; conditions.pcre reads a
 * closing 內 as a time, 三十日內). */
int csq__place_qualifies(const reader *r, const char *s, size_t lo, size_t at, size_t most);
/* 會同 at s[pos] (jointly with), not 會同意 (委員會同意). */
int csq__jointly_at(const char *s, size_t pos, size_t end);
/* Cuts a bearer found in s[lo..cue) to the name that opens it when what
 * follows that name is what it does (acting.c). */
void csq__name_before_act(reader *r, const char *s, size_t lo, size_t cue, actor_found *a);
/* prefix.c: where the subject that opens s[lo..hi) ends (0: none), and where
 * the name after a 之 it only qualifies ends (0: none; *head: where it opens). */
size_t csq__subject_prefix(reader *r, const char *s, size_t lo, size_t hi);
size_t csq__qualified_head(reader *r, const char *s, size_t at, size_t hi, size_t *head);
int csq__find_condition(reader *r, const char *s, size_t lo, size_t hi, int whole, size_t *cs,
                        size_t *ce);
int csq__condition_after_cue(reader *r, const char *s, size_t lo, size_t hi, size_t *ce);
size_t csq__agent_end(const reader *r, const char *s, size_t at, size_t end);
int csq__agent_named(reader *r, const char *s, size_t at, size_t end, actor_found *a);
void csq__agent_within(reader *r, const char *s, size_t hi, size_t cue, actor_found *a);
/* Where the text after the last 之 of s[lo..hi) begins, else lo. */
size_t csq__after_last_modifier(const reader *r, const char *s, size_t lo, size_t hi);

/* ---- cues.c -------------------------------------------------------------- */

/* Every cue of the clause into r->cues, in text order, each a statement or
 * explained by a rule; the explained ones recorded in r->o->cues. 0 or -1. */
int csq__scan_cues(reader *r, const clause *c);
/* Reads words.tsv cue_chars and modality_leads into the reader. */
void csq__cue_leads_init(reader *r);

/* Where the next character of grammar/words.tsv's cue_chars stands in the
 * text of the node being read, s[at..end) (every match of modality.pcre
 * holds one), or end; each stretch looked at once (the node, its sentences
 * and its clauses ask in turn). */
size_t csq__next_cue(reader *r, const char *s, size_t at, size_t end);
/* The code points of s[0..b) for the node being read (counted on from the
 * last place asked). */
size_t csq__cp(reader *r, const char *s, size_t b);

/* ---- office.c ------------------------------------------------------------ */
/* Whether the cue at s[cue] is one by which an office acts on who or what the
 * text names (words.tsv office_cues: 應予, 不予, 得予, 得不予, 應不予). */
int csq__office_cue(const reader *r, const char *s, size_t cue);
/* Whether the cue at s[cue..) gives (words.tsv giving_acts) to the persons
 * name[lo..hi) names, who then bear nothing and are carried into nothing. */
int csq__given_to(const reader *r, const char *s, size_t cue, const char *name, size_t lo,
                  size_t hi);
/* Whether s[lo..hi) names an office (words.tsv office_endings: 機關, 法院, 部 …). */
int csq__names_office(const char *s, size_t lo, size_t hi);
/* Which act of an office, falling on whom a case names, the cue at `cue`
 * states: a refusal (不予, 得不予, 應不予), 應予 / 得予 before an act only an
 * office does (office_grants, office_acts), an act on what the text calls
 * 其 (應撤銷其執照: office_its_acts); 0 when none. */
enum { OFFICE_REFUSAL = 1, OFFICE_GRANT, OFFICE_ON_ITS, OFFICE_GIVES };
int csq__office_act(const reader *r, const char *s, size_t cue);
/* Whether the office's act the cue at `cue` states falls on the bearer `a`
 * found in s[lo..hi), which then bears nothing. */
int csq__acted_on_by_office(reader *r, const char *s, size_t lo, size_t hi, size_t cue,
                            const actor_found *a);

/* ---- parts.c ------------------------------------------------------------- */

/* The bearer, condition and action of one statement; `*topic` tells
 * whether its text has a topic of its own and no bearer. 0 or -1. */
int csq__read_parts(reader *r, const region *g, csq_obligation *ob, int *topic);
void csq__set_part(reader *r, csq_obligation *ob, int part, const char *s, size_t b0, size_t b1);
/* `ob`, after `src` in the sentence s, bears the subject src's 由X outranked. */
void csq__bear_outranked(reader *r, csq_obligation *ob, const char *s, const csq_obligation *src);
/* Back from `at` over adverbs and the words that join a statement to the
 * one before (並應, 且得), not below lo. */
size_t csq__strip_joiners(const reader *r, const char *s, size_t lo, size_t at);

/* ---- clause.c ------------------------------------------------------------ */

/* One clause, one obligation for each statement in it (r->prev and
 * r->sentence_prev follow). 0 or -1. */
int csq__read_clause(reader *r, const clause *c);

#endif /* CSQ_DEONTIC_EXTRACT_H */
