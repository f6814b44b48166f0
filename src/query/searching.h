/*
 * searching.h — full-text search inside the query stage: what a search asks
 * for (terms, their forms), the weights it ranks with, the laws its terms
 * name, and a search under way (search.c and the files it calls:
 * collect.c, hit.c, focus.c, rerank.c, split.c, contraction.c …;
 * docs/search.md).
 */
#ifndef CSQ_QUERY_SEARCHING_H
#define CSQ_QUERY_SEARCHING_H

#include "query/query.h"

/* ---- what a search asks for (terms.c) and shows (snippet.c) ------------ */

enum {
  CSQ__MAX_TERMS = 32,
  CSQ__MAX_ALTS = 8,      /* a term and its long forms (資安 → 資通安全) */
  CSQ__MAX_PHRASES = 128, /* quoted strings in one FTS5 query */
  CSQ__SPLIT_BELOW = 10,  /* split.c: fewer hold a term, whatever the page */
  CSQ__TERM_BYTES = 256   /* a term and each of its forms, with the NUL */
};

typedef struct csq__term {
  char text[CSQ__TERM_BYTES];
  int exclude;
  int quoted;     /* "a phrase": searched as typed, never split */
  int searchable; /* holds a letter, digit or Han character */
  /* What it is searched as: itself, then its long forms
   * (grammar/abbreviations.tsv, grammar/synonyms.tsv) unless --exact. */
  char alt[CSQ__MAX_ALTS][CSQ__TERM_BYTES];
  size_t alt_count;
  int known; /* a table widens it whole: a word of its own (職場霸凌) */
  /* the form the corpus writes it in when it was typed short (土增稅 →
   * 土地增值稅: contraction.c), or "" */
  char contracted[CSQ__TERM_BYTES];
} csq__term;

typedef struct csq__terms {
  csq__term items[CSQ__MAX_TERMS];
  size_t count;
} csq__terms;

/* The strings whose hits a snippet marks: the positive terms and their long
 * forms (資安 → 資通安全). */
typedef struct csq__needles {
  char text[64][512];
  size_t count;
  csq_fts_unit *units[64]; /* each one's units (csq__needles_units), or NULL */
  size_t unit_count[64];
} csq__needles;

/* Splits a search: words separated by spaces, "quoted phrases", -word and
 * －word exclude. */
csq_status csq__terms_split(const char *query, csq__terms *out, csq_error *err);
/* Fills every term's alternatives: itself, and unless `exact` its long
 * forms. */
void csq__terms_widen(csq__terms *t, int exact);
/* Positive terms that can be searched for. */
size_t csq__terms_positive(const csq__terms *t);
/* The FTS5 query of the positive terms of `mask` (bit i: term i), each an
 * OR of its alternatives, all of them (any: one at least), AND NOT every
 * excluded term; map[k] says whose phrase the k-th quoted string is ('A' +
 * term, '-' for an excluded one), NUL-terminated (CSQ__MAX_PHRASES + 1
 * bytes). CSQ_BAD_QUERY when none of `mask` can be searched for. */
csq_status csq__terms_fts(const csq__terms *t, uint32_t mask, int any, csq_buf *out, char *map,
                          csq_error *err);
void csq__terms_needles(const csq__terms *t, csq__needles *out);
/* Folds simplified characters to traditional (ICU's Hans-Hant) in every
 * term when one holds a Han character that absent(ctx, character) says no
 * provision holds: 个人资料 外泄 → 個人資料 外洩. *changed says whether any
 * term changed (the alternatives are then to be widened again). */
/* Splits every unquoted positive term i at the byte `split_at` puts in *at
 * (0: not): the term up to it, then a term of the rest. *changed says
 * whether any was. */
csq_status csq__terms_cut(csq__terms *t,
                          csq_status (*split_at)(void *ctx, const csq__term *x, size_t i,
                                                 size_t *at, csq_error *err),
                          void *ctx, int *changed, csq_error *err);
/* Where term i of a search (`ctx`) splits, in *at, when too few provisions
 * hold it: after a law's name it begins with, else where a Han compound
 * binds least; 0 when it does not (split.c). */
csq_status csq__split_at(void *ctx, const csq__term *x, size_t i, size_t *at, csq_error *err);
csq_status csq__terms_fold_simplified(csq__terms *t, int (*absent)(void *ctx, const char *ch),
                                      void *ctx, int *changed, csq_error *err);
/* The units of every needle, once for all the snippets of a page; 0 or -1
 * (out of memory). csq__needles_free releases them. */
int csq__needles_units(const csq_mem *mem, csq__needles *needles);
void csq__needles_free(const csq_mem *mem, csq__needles *needles);
/* The text around the first hit with every hit between the markers;
 * allocated with mem, NULL when out of memory. */
char *csq__snippet(const csq_mem *mem, const char *text, const csq__needles *needles,
                   const char *open, const char *close);

/* ---- the weights search ranks with (weights.c) ------------------------- */

typedef enum csq__weight {
  CSQ__W_K1,
  CSQ__W_B,
  CSQ__W_LEVEL_REGULATION,
  CSQ__W_LEVEL_CONSTITUTION,
  CSQ__W_LEVEL_OTHER,
  CSQ__W_REPEALED,
  CSQ__W_KIND_ARTICLE,
  CSQ__W_KIND_SUBPARAGRAPH,
  CSQ__W_KIND_ITEM,
  CSQ__W_KIND_SUBITEM,
  CSQ__W_KIND_HEADING,
  CSQ__W_DUTY,
  CSQ__W_MAY,
  CSQ__W_DEFINES,
  CSQ__W_LEADIN_RULE,
  CSQ__W_BOILERPLATE,
  CSQ__W_DELEGATION,
  CSQ__W_ORG_LAW,
  CSQ__W_PENALTY,
  CSQ__W_LEADIN,
  CSQ__W_FRAGMENT,
  CSQ__W_CONTENTS,
  CSQ__W_LAW_NAMED,
  CSQ__W_LAW_FAMILY,
  CSQ__W_LAW_STEM,
  CSQ__W_NAME_COVER,
  CSQ__W_NAME_TERM,
  CSQ__W_SCOPE_COVER,
  CSQ__W_SCOPE_LAWS,
  CSQ__W_INHERIT,
  CSQ__W_ABOUT_DEFINITION,
  CSQ__W_LEADIN_MENTIONS,
  CSQ__W_UNDER_HEADING,
  CSQ__W_CROSS_MARGIN,
  CSQ__W_SHORT_FORM_SHARE,
  CSQ__W_SOME_SAME_LAW,
  CSQ__W_SOME_SHARE,
  CSQ__W_LAW_FOCUS,
  CSQ__W_LAW_FOCUS_POOL,
  CSQ__W_ASPECT_SHARE,
  CSQ__W_LIST_RANK,
  CSQ__W_LIST_ITEMS,
  CSQ__W_SOME_BELOW,
  CSQ__W_TERMS_APART,
  CSQ__W_COUNT
} csq__weight;

typedef struct csq__weights {
  double v[CSQ__W_COUNT];
} csq__weights;

/* grammar/search_weights.tsv, then `override` (the same form, or NULL). */
csq_status csq__weights_load(const char *override, csq__weights *w, csq_error *err);
const char *csq__weight_name(csq__weight w);

/* ---- the laws a search's terms name (laws.c) --------------------------- */

/* A law whose name holds, or is, a term. */
typedef struct csq__law_match {
  sqlite3_int64 law_key, first, last; /* its provisions' node_keys */
  uint32_t named;                     /* terms that are its name or a short name (勞基法) */
  uint32_t stem;                      /* terms that are a short name less 法/條例 (勞退) */
  uint32_t family;  /* terms naming a law its name begins with (勞動基準法施行細則) */
  uint32_t in_name; /* terms its name holds */
  double cover;     /* the share of its name they hold, each term's best form summed */
  float term_share[CSQ__MAX_TERMS]; /* each term's: the share of its longest form in the name */
  int scope;                        /* brings in provisions that hold some terms only in its name */
  int names_query; /* every positive term is its name or short name: it comes first */
  double weight;   /* the log-weight its provisions get */
} csq__law_match;

typedef struct csq__law_matches {
  csq__law_match items[64];
  size_t count;
  sqlite3_int64 first, last; /* the node_keys all their provisions lie between */
} csq__law_matches;

/* The laws the positive terms name or whose names hold them, by
 * search_laws_fts; the best `scope_laws` with a name cover of `scope_cover`
 * or more, or named, bring in provisions. `names` is a prepared
 * search_laws_fts query (NULL on a database without it: none found),
 * `law_name` the name of the law of law_key ?1. */
csq_status csq__laws_match(sqlite3_stmt *names, sqlite3_stmt *law_name, const csq__terms *t,
                           const csq__weights *w, csq__law_matches *out, csq_error *err);
/* The match holding node `key`, or NULL. */
const csq__law_match *csq__laws_at(const csq__law_matches *m, sqlite3_int64 key);
/* The terms a law's name holds or is (none for NULL). */
uint32_t csq__law_terms(const csq__law_match *m);

/* ---- a search under way (search.c, collect.c, rerank.c) ---------------- */

/* The statements a searcher prepares once. */
enum {
  CSQ__Q_MATCH,          /* the ranked rows of an FTS5 query between two node_keys */
  CSQ__Q_BM25,           /* the same, by bm25 (exact) */
  CSQ__Q_DETAILS,        /* what is shown of a provision */
  CSQ__Q_LAW_RANGE,      /* the node_keys of a law, by pcode or name */
  CSQ__Q_NAMES,          /* the laws whose names hold a string */
  CSQ__Q_LAW_NAME,       /* a law's name by law_key */
  CSQ__Q_DEFINING,       /* the provisions that define a term beginning with a string */
  CSQ__Q_PARENT,         /* a provision's parent: its key, kind and text */
  CSQ__Q_COUNT_UPTO,     /* rows of an FTS5 query, counted up to a limit */
  CSQ__Q_CHAR_ROWS,      /* the provisions holding a character */
  CSQ__Q_OUT_OF_TIME,    /* the node_keys of the versions not in force on a date */
  CSQ__Q_REPLACED,       /* the node_keys of the versions a later one replaced */
  CSQ__Q_REPLACED_COUNT, /* how many of them there are, when the import counted them */
  CSQ__Q_NODE_ID,        /* a provision's law and eid */
  CSQ__Q_CITING,         /* the provisions that cite a provision or its article */
  CSQ__Q_LAW_OF_NODE,    /* the first and last node_key of the law of a provision */
  CSQ__Q_LAW_KEY,        /* the law_key of a provision */
  CSQ__Q_HEADING_LAST,   /* the last node under a heading (編 章 節) */
  CSQ__Q_TITLE,          /* a heading's title */
  CSQ__Q_IS_LAW_NAME,    /* whether a string is a law's name, with 法 or 條例 or without */
  CSQ__Q_TEXTS,          /* the rowid and text of the rows of an FTS5 query, up to a limit */
  CSQ__Q_TEXT_OF,        /* a provision's text */
  CSQ__Q_COUNT
};

/* The node_keys of one stored version of a law, first to last. */
typedef struct csq__node_range {
  sqlite3_int64 first, last;
} csq__node_range;

struct csq__searcher {
  const csq_mem *mem;
  sqlite3 *db;
  int owns_db; /* a database in memory for the laws of a corpus */
  sqlite3_stmt *stmt[CSQ__Q_COUNT];
  csq_ranker *ranker; /* the connection's; borrowed */
  csq__priors priors;
  csq__weights weights;
  char weights_override[4096]; /* what `weights` was read with, to see a change */
  /* The versions a search on `out_of_time_at` leaves out (those not in
   * force then; "9999": the latest only), by first node_key: read once a
   * date. */
  CSQ_VEC(csq__node_range) out_of_time;
  char out_of_time_at[11];
};

/* Prepares statement q of the searcher on first use. */
csq_status csq__searcher_stmt(csq__searcher *sr, int q, sqlite3_stmt **out, csq_error *err);
/* The searcher of the library's database, made once; without a database,
 * one over the laws in memory for this search alone (*local: free it after
 * the search). searcher.c */
csq_status csq__searcher_for(csq_library *lib, csq__searcher **out, int *local, csq_error *err);

/* How many provisions hold str, counted up to `limit`, and how many hold the
 * character ch (search_chars): asked of the index once a search and kept in
 * it (split.c weighs a compound's bonds with them, rerank.c a match's
 * edges). searcher.c */
typedef struct csq__counts csq__counts;
typedef struct csq__search csq__search;
csq_status csq__rows_holding(csq__search *s, const char *str, long long limit, long long *out,
                             csq_error *err);
/* Whether `longer`, a string that holds a shorter one, stands in half or
 * more of the `f_shorter` provisions that hold the shorter: that one is then
 * no word of its own but a part of `longer` (方箋 of 處方箋, 古遺 of 考古遺址;
 * split.c, rerank.c). `longer` is counted only as far as that needs. */
csq_status csq__mostly_within(csq__search *s, const char *longer, long long f_shorter, int *mostly,
                              csq_error *err);
csq_status csq__rows_holding_char(csq__search *s, const char *ch, double *out, csq_error *err);
/* Whether term i alone (with its long forms) stands in fewer provisions
 * than CSQ__SPLIT_BELOW (split.c). */
csq_status csq__term_finds_few(csq__search *s, size_t i, int *few, csq_error *err);
/* Whether `name` names a law: a name or short name, or one less an ending
 * of an act's name (商標 of 商標法; split.c). */
csq_status csq__is_law_name(csq__search *s, const char *name, int *named, csq_error *err);
/* Gives each term typed short that too few provisions hold the form the
 * corpus writes it in (土增稅 → 土地增值稅: contraction.c); *changed says
 * whether any was given one (the alternatives are then to be widened
 * again). */
csq_status csq__terms_contract(csq__search *s, int *changed, csq_error *err);

/* A provision found, and its score so far. */
typedef struct csq__cand {
  sqlite3_int64 key;
  double score, relevance;
  uint32_t prior;
  signed char law;      /* its law in the search's law matches, or -1 */
  char inherited;       /* found through its lead-in */
  char tier;            /* CSQ__TIER_*: ranks before every hit of a lower tier */
  char about;           /* CSQ__ABOUT_*: what says it is about the query */
  unsigned short focus; /* hits of its law among the first law_focus_pool (focus.c) */
} csq__cand;

/* What says a provision is about the query, not a mere mention. */
enum {
  CSQ__ABOUT_DEFINES = 1, /* it defines a term that begins with a term (本法所稱營業秘密…) */
  CSQ__ABOUT_LEADIN = 2,  /* a list item whose lead-in holds the terms too */
  CSQ__ABOUT_HEADING = 4, /* under a heading that holds terms (第十章 被告之羈押) */
  CSQ__ABOUT_CITES = 8    /* cites a provision that holds every term (第一項之請求權…) */
};

/* The tiers hits rank in, whatever their scores: the provisions of the law
 * a query names (勞基法) first; then the others; then, when too few hold
 * every term to fill the page, those that hold some; last those whose term
 * stands only across a word boundary. In a tier, by score, then by place. */
enum {
  CSQ__TIER_BROKEN_WORD = 0,
  CSQ__TIER_SOME_TERMS = 1,
  CSQ__TIER_SCORED = 2,
  CSQ__TIER_NAMED_LAW = 3
};

/* (heap.c) Whether a ranks before b (by tier, by score, by place). */
int csq__ranks_before(char tier_a, double score_a, sqlite3_int64 key_a, char tier_b, double score_b,
                      sqlite3_int64 key_b);

typedef struct csq__search {
  const csq_mem *mem;
  csq_library *lib;
  csq__searcher *sr;
  const csq_search_options *o;
  const csq__weights *w;
  csq__terms *terms;
  uint32_t positive; /* the positive terms (bit i: term i) */
  uint32_t aspects;  /* those that name an aspect (words.tsv search_aspects: 天數) */
  size_t n_positive;
  csq__law_matches laws;
  sqlite3_int64 first, last; /* --law: its node_keys; else everything */
  int level;                 /* CSQ_PRIOR_LEVEL_* of --level, or -1 */
  int with_repealed;
  int some_terms; /* provisions that hold some of the terms: none holds them all */
  size_t total;
  size_t every;          /* of total, those that hold every term */
  size_t repealed_found; /* of total, provisions of repealed laws */
  /* Provisions set aside for their law's repeal alone, as a search with
   * repealed laws would count them (their headings and lead-ins bring in
   * more), and those of them that hold every term. */
  size_t aside, aside_every;
  csq__u64map seen; /* node_keys found in laws that bring in provisions */
  /* What is counted in total, once a provision however many ways it is
   * found (holding the terms, then as an item of a lead-in that does, or as
   * citing one that does), so that every page gives the same total: the
   * first pass's node_keys in the order found (ascending), each shifted
   * left with 1 when it holds every term; then those counted after: 1 in
   * total, 2 in every too. */
  CSQ_VEC(uint64_t) matched;
  int matched_unsorted;
  csq__u64map counted;
  csq__cand *heap; /* the best `cap` so far, the worst on top */
  size_t count, cap;
  int left_out;            /* candidates were left out of the heap */
  size_t placed;           /* hits read that take a place on the page (rerank) */
  size_t listed;           /* list items placed after the first lead-ins (listed.c): not in total */
  csq__u64map defining;    /* provisions that define a term beginning with a term */
  csq__u64map leadins;     /* lead-ins found: their items are about the query */
  CSQ_VEC(uint32_t) texts; /* the hash of the text of every provision found */
  csq__counts *counts;     /* what it has counted (csq__rows_holding) */
  /* Searching for some terms: the node_keys of the laws of the provisions
   * that hold every term (search.c), each law's first and last. */
  sqlite3_int64 every_law[8][2];
  size_t every_laws;
} csq__search;

/* Whether provision `key` is of a version of its law other than the one the
 * search asks for (--at, else the latest). */
int csq__out_of_time(const csq__search *s, sqlite3_int64 key);
/* Reads the versions csq__out_of_time answers for, once a date (laws.c). */
csq_status csq__read_out_of_time(csq__search *s, csq_error *err);
/* Whether a provision of priors `bits` passes the search's filters (level,
 * in force, repealed). */
int csq__passes(const csq__search *s, uint32_t bits);
/* Whether provision `key` is in a law of a provision that holds every term
 * (searching for some of the terms; hit.c). */
int csq__in_every_law(const csq__search *s, sqlite3_int64 key);
/* (focus.c) Weighs each of the first law_focus_pool candidates, best
 * first in s->heap, by how many of them its law holds. */
csq_status csq__law_focus(csq__search *s, csq_error *err);
/* Phase one (collect.c): every provision the query finds, scored by its
 * relevance and priors; the best s->cap kept, best first. */
csq_status csq__collect(csq__search *s, csq_error *err);
/* (heap.c) Keeps candidate c when it ranks among the best s->cap so far. */
void csq__heap_add(csq__search *s, const csq__cand *c);
/* (counted.c) Counts provision `key` found, in every when it holds every
 * term, once however many ways it is found; `first_pass`: the first search,
 * which finds each once. -1 when out of memory. */
/* How a provision found is counted (csq__count_found's flags). */
enum {
  CSQ__FOUND_EVERY = 1,    /* it holds every term */
  CSQ__FOUND_REPEALED = 2, /* its law is repealed */
  CSQ__FOUND_ASIDE = 4,    /* set aside for that alone: counted apart from total */
  CSQ__FOUND_FIRST = 8     /* by the first pass, which finds each once */
};
int csq__count_found(csq__search *s, sqlite3_int64 key, unsigned how);
/* Whether provision `key`, found without the index (a law's or a heading's
 * every provision, a list's items, one citing a hit), holds a word the
 * query excludes: read from its text, as the index's NOT keeps out the
 * rest (*held). CSQ_BAD_DB when it has no row. */
csq_status csq__excluded_at(csq__search *s, sqlite3_int64 key, int *held, csq_error *err);
/* (titles.c) The share of a heading's title that the forms of `terms`
 * cover; and whether the title lists subjects (眷屬喪葬津貼、生育給付及
 * 育嬰留職停薪津貼), with *cover the share of the one subject that holds every
 * term (0: none does). */
double csq__title_cover(const csq__search *s, const char *title, uint32_t terms);
int csq__title_subjects(const csq__search *s, const char *title, uint32_t terms, double *cover);
/* (related.c) The provisions that define a term beginning with one of a
 * term's forms, into s->defining. */
csq_status csq__find_defining(csq__search *s, csq_error *err);
/* (related.c) Calls each(ctx, k, relevance) for every provision k that
 * cites provision `key` or its article by a citation of three provisions at
 * most (not 第十二條至第六十八條: a range names none in particular). */
csq_status csq__each_citing(csq__search *s, sqlite3_int64 key, double relevance,
                            void (*each)(void *ctx, sqlite3_int64 key, double relevance), void *ctx,
                            csq_error *err);
/* The log-weight of priors `bits` (and the parts, when `parts` is not NULL). */
double csq__prior_weight(const csq__weights *w, uint32_t bits, csq_score_part *parts,
                         size_t *n_parts);

enum { CSQ__MAX_PARTS = 40 };

/* A hit of the page. */
typedef struct csq__hit {
  char *law_id, *law_name, *version, *eid, *cite, *kind, *snippet, *text, *lead_in;
  sqlite3_int64 key, parent;
  double score;
  size_t same;
  int repealed;
  int crosses;        /* a term stands only across a word boundary: ranked last */
  int listed;         /* an item of a first hit's list, shown right after its lead-in (listed.c) */
  sqlite3_int64 lead; /* listed: its lead-in's key */
  char tier;          /* CSQ__TIER_* */
  csq__cand cand;
  csq_score_part *parts; /* with explain: CSQ__MAX_PARTS, allocated */
  size_t n_parts;
} csq__hit;

void csq__hit_release(const csq_mem *mem, csq__hit *x);

/* Phase two (rerank.c): the candidates best first, read; a hit whose term
 * stands only across a word boundary ranked last; identical texts folded.
 * The best `want` hits (at least) in *items, best first. */
csq_status csq__rerank(csq__search *s, size_t want, csq__hit **items, size_t *count,
                       csq_error *err);
/* Reading a hit (hit.c). The text of a list item's lead-in into x->lead_in
 * (its parent's, and the outer lead-in of a list in a list); nothing for
 * other provisions. */
csq_status csq__read_lead_in(csq__search *s, csq__hit *x, csq_error *err);
/* Reads the provision of candidate c into *x. */
csq_status csq__read_hit(csq__search *s, const csq__cand *c, csq__hit *x, csq_error *err);
/* Whether the text holds an excluded term (a provision brought in by its
 * law's name or its lead-in was not matched against them). */
int csq__holds_excluded(const csq__search *s, const char *text);
/* CSQ_BAD_DB: node `key` is found (indexed, or in a law's range) but has no
 * row. */
csq_status csq__node_missing(sqlite3_int64 key, csq_error *err);
/* Whether a provision kind (CSQ_PRIOR_KIND_*) is a list item: 款, 目 or below. */
static inline int csq__is_list_kind(uint32_t kind) {
  return kind >= CSQ_PRIOR_KIND_SUBPARAGRAPH && kind <= CSQ_PRIOR_KIND_SUBITEM;
}
/* Most list items listed.c shows after the lead-ins of the first hits. */
enum { CSQ__MAX_LISTED = 64 };
/* The items of the lists whose lead-ins are among the first list_rank hits
 * of items[0..*count) (best first), the first list_items of each, read into
 * items (room for CSQ__MAX_LISTED more), their keys into *listed
 * (listed.c). */
csq_status csq__list_items(csq__search *s, csq__hit *items, size_t *count, csq__u64map *listed,
                           csq_error *err);
/* Puts each listed item of items[0..count) (sorted best first) right after
 * its lead-in, in the list's order. */
csq_status csq__list_regroup(const csq_mem *mem, csq__hit *items, size_t count, csq_error *err);

#endif /* CSQ_QUERY_SEARCHING_H */
