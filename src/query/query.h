/*
 * query.h — the query stage: the library (a corpus and a database asked
 * questions), lookups of what a person types, full-text search, and the
 * questions asked of citations, obligations and definitions.
 */
#ifndef CSQ_QUERY_H
#define CSQ_QUERY_H

#include "store/store.h"

/* What search keeps between searches on one connection (search.c). */
typedef struct csq__searcher csq__searcher;
void csq__searcher_free(csq__searcher *s);

/* ---- what a search asks for (terms.c) and shows (snippet.c) ------------ */

enum {
  CSQ__MAX_TERMS = 32,
  CSQ__MAX_ALTS = 8,      /* a term and its long forms (資安 → 資通安全) */
  CSQ__MAX_PHRASES = 128, /* quoted strings in one FTS5 query */
  CSQ__SPLIT_BELOW = 10   /* split.c: fewer hold a term, whatever the page */
};

typedef struct csq__term {
  char text[256];
  int exclude;
  int quoted;     /* "a phrase": searched as typed, never split */
  int searchable; /* holds a letter, digit or Han character */
  /* What it is searched as: itself, then its long forms
   * (grammar/abbreviations.tsv, grammar/synonyms.tsv) unless --exact. */
  char alt[CSQ__MAX_ALTS][256];
  size_t alt_count;
  int known; /* a table widens it whole: a word of its own (職場霸凌) */
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
  CSQ__W_SOME_SAME_LAW,
  CSQ__W_SOME_SHARE,
  CSQ__W_LAW_FOCUS,
  CSQ__W_LAW_FOCUS_POOL,
  CSQ__W_ASPECT_SHARE,
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
  double cover;     /* the share of its name they hold */
  int scope;        /* brings in provisions that hold some terms only in its name */
  int names_query;  /* every positive term is its name or short name: it comes first */
  double weight;    /* the log-weight its provisions get */
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
csq_status csq__rows_holding_char(csq__search *s, const char *ch, double *out, csq_error *err);

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

/* Whether a ranks before b (by tier, by score, by place). */
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
  size_t total, repealed;
  size_t every;     /* of total, those that hold every term */
  csq__u64map seen; /* node_keys found in laws that bring in provisions */
  csq__cand *heap;  /* the best `cap` so far, the worst on top */
  size_t count, cap;
  int left_out;            /* candidates were left out of the heap */
  size_t placed;           /* hits read that take a place on the page (rerank) */
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
 * (searching for some of the terms; collect.c). */
int csq__in_every_law(const csq__search *s, sqlite3_int64 key);
/* (focus.c) Weighs each of the first law_focus_pool candidates, best
 * first in s->heap, by how many of them its law holds. */
csq_status csq__law_focus(csq__search *s, csq_error *err);
/* Phase one (collect.c): every provision the query finds, scored by its
 * relevance and priors; the best s->cap kept, best first. */
csq_status csq__collect(csq__search *s, csq_error *err);
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
  int crosses; /* a term stands only across a word boundary: ranked last */
  char tier;   /* CSQ__TIER_* */
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
/* The text of a list item's lead-in into x->lead_in (its parent's, and the
 * outer lead-in of a list in a list); nothing for other provisions. */
csq_status csq__read_lead_in(csq__search *s, csq__hit *x, csq_error *err);

struct csq_library {
  const csq_mem *mem;
  csq_corpus *corpus;  /* borrowed */
  csq_db *db;          /* borrowed, or NULL */
  csq_pattern query;   /* grammar/query.pcre, compiled on first use */
  csq_pattern history; /* grammar/history.pcre, compiled on first use */
  char at[11];         /* the date questions are asked on (--at), or "": today */
  csq__searcher *searcher;
  CSQ_VEC(csq_diff *) diffs; /* between versions, asked once (now.c) */
  csq__u64map law_names;     /* grammar/law_names.tsv by name, made for the fifth name asked */
  int name_scans;            /* the names found by a scan of the list before it (names.c) */
};

/* ---- laws by name (names.c) ------------------------------------------- */

/* text as the statutes write it (grammar/variants.tsv: 台灣 → 臺灣), every
 * variant replaced, into out (size ≤ CSQ__FOLD_MAX); 1 when it differs. */
enum { CSQ__FOLD_MAX = 512 };
int csq__fold_variants(const char *text, char *out, size_t size);

/* The law that `name` names in the national list: its official name, a
 * short or former name, or the name without 中華民國. out->known is 0 when
 * it names none. */
csq_status csq__library_name(csq_library *lib, const char *name, csq__lawref *out, csq_error *err);
/* CSQ_NOT_FOUND for a law that is not at hand: what `name` is (ref, when
 * known) or the names closest to it, and how many laws the library holds. */
csq_status csq__library_no_law(csq_library *lib, const char *name, const csq__lawref *ref,
                               csq_error *err);
/* ---- reading what a person types (lookup.c) --------------------------- */

/* One provision a query names: the law ("" for none), the date it names the
 * law at (資通安全管理法施行細則@2019-06-01: "" for none), a heading (part, chp,
 * sec) or an article and what is under it, a range's end, a piece. */
typedef struct csq__provision_query {
  char law[256];
  char at[11];
  int heading; /* part, chp or sec is set */
  long part, partsub, chp, chpsub, sec, secsub, subsec, subsecsub, subsubsec;
  long art, artsub, para, subpara, item; /* art 0: the article of the one before */
  int bare;                              /* the article was a bare number: 勞基法30 */
  long end, endsub;                      /* a range's end: 至第6條, 至第3項 */
  csq_kind end_kind;                     /* what the end numbers (CSQ_ARTICLE …), else CSQ_LAW */
  const char *piece;                     /* "", proviso, first_sentence, second_sentence */
  size_t next;                           /* bytes of the normalised query read so far */
} csq__provision_query;

/* Reads `text` (NFKC-normalised by ICU, white space dropped) as one
 * provision; CSQ_BAD_QUERY with an example when it names none. */
csq_status csq__query_parse(csq_library *lib, const char *text, csq__provision_query *out,
                            csq_error *err);

/* ---- the nodes a query names (select.c, headings.c) ------------------- */

/* Where a query with several provisions has got to: the law a bare 第N條
 * means, and the provision before (第4條第1項、第2項: 第2項 is 第4條's). */
typedef struct csq__lookup_state {
  const csq_law *base, *law;
  csq__provision_query last;
  int has_last;
} csq__lookup_state;

/* The law a query names (library.c): the pcode (else the name) of the
 * parent act when `name` is 本法 in a law that has one; NULL otherwise. */
const char *csq__query_parent(const csq_law *law, const char *name);
/* The law a query's law part names in the context of `law`: itself for ""
 * or 本細則 …, its parent act for 本法, else the law of that name. */
csq_status csq__query_law(csq_library *lib, const csq_law *law, const char *name,
                          const csq_law **out, csq_error *err);
/* The same, the law named in its version in force on `at` (LAW@DATE; ""
 * or NULL: as the library's date has it). */
csq_status csq__query_law_at(csq_library *lib, const csq_law *law, const char *name, const char *at,
                             const csq_law **out, csq_error *err);

/* Appends the nodes `p` names to m (a 但書, 前段 or 後段 as a part of its
 * node); CSQ_NOT_FOUND says what exists. */
csq_status csq__select(csq_library *lib, csq__lookup_state *s, csq__provision_query *p,
                       csq_node_list *m, csq_error *err);
/* The heading p names by number: 第五編, 第2章第1節. */
csq_status csq__select_heading(const csq_law *law, const csq__provision_query *p, csq_node_list *m,
                               csq_error *err);
/* The heading text[0..len) names by title: 民法繼承編, 刑法分則, 總則編.
 * CSQ_BAD_QUERY (no message) when the words are no law's name and title. */
csq_status csq__select_titled(csq_library *lib, csq__lookup_state *s, const char *text, size_t len,
                              csq_node_list *m, csq_error *err);

/* ---- versions (versions.c) ---------------------------------------------- */

/* yyyy-mm-dd of a date written 2019-06-01, 20190601 or 2019/6/1; -1 when it
 * is none. */
int csq__parse_date(const char *text, char out[11]);
/* The parent act of `law` in the version in force on the library's date,
 * or, without one, on the date of `law` itself (as its citations link it):
 * what 本法 means there. CSQ_NOT_FOUND when it has none loaded or stored. */
csq_status csq__library_parent(csq_library *lib, const csq_law *law, const csq_law **out,
                               csq_error *err);

/* Adds to `list` the versions known of `law` (NULL: every law), only those
 * in force on `at` unless NULL. */
csq_status csq__library_add_versions(csq_library *lib, const char *law, const char *at,
                                     csq_version_list *list, csq_error *err);

/* The version of the law whose pcode, name or short name is `name` in
 * force on `date` (yyyy-mm-dd; "": the latest; NULL: the library's date):
 * in memory, else read from the database. CSQ_NOT_FOUND says what is
 * there: no such law, or none of its versions as old (the earliest). */
csq_status csq__library_find_law_at(csq_library *lib, const char *name, const char *date,
                                    const csq_law **out, csq_error *err);

/* ---- diffs of two versions (diff.c; docs/versions.md) --------------------- */

/* What a version did to an article or a provision. */
typedef enum csq__change {
  CSQ_UNCHANGED = 0, /* the same text (perhaps under another number) */
  CSQ_CHANGED,       /* the same provision, its text changed */
  CSQ_ADDED,         /* new in the later version */
  CSQ_DELETED        /* gone, or its text now （刪除） */
} csq__change;
const char *csq__change_name(csq__change change); /* "unchanged" …; static */

typedef enum csq__edit_op { CSQ_EDIT_EQUAL = 0, CSQ_EDIT_DELETE, CSQ_EDIT_INSERT } csq__edit_op;

/* csq_find_diff of two laws in memory (the laws must outlive it). */
csq_status csq__diff_laws(const csq_law *from, const csq_law *to, csq_diff **out, csq_error *err);
const csq_law *csq__diff_from(const csq_diff *diff);
const csq_law *csq__diff_to(const csq_diff *diff);

/* An article of the diff, and a provision (paragraph, 款, 目 …) of one: a
 * node of each version, or of one alone. Plain values. */
typedef struct csq__diff_article {
  csq__change change;
  const csq_node *from, *to; /* NULL: added, deleted */
  int renumbered;            /* its number changed (第16條 → 第20條) */
  int moved;   /* out of the order around it (第6條 → 第32條), not only shifted */
  size_t rows; /* its provisions */
} csq__diff_article;
typedef struct csq__diff_row {
  csq__change change;
  const csq_node *from, *to;
  size_t edits; /* the character changes of its own text (not its children's) */
} csq__diff_row;

/* The articles in the later version's order (a deleted one after the one it
 * followed); the provisions of each in the same order, one moved to or from
 * another article listed with both; 0, or -1 past the end. */
size_t csq__diff_article_count(const csq_diff *diff);
int csq__diff_article_at(const csq_diff *diff, size_t i, csq__diff_article *out);
int csq__diff_row_at(const csq_diff *diff, size_t article, size_t row, csq__diff_row *out);
/* A row's change `edit`: spans of code points of the old and the new text. */
csq__edit_op csq__diff_row_edit(const csq_diff *diff, size_t article, size_t row, size_t edit,
                                size_t *from_start, size_t *from_end, size_t *to_start,
                                size_t *to_end);

/* Where a provision of the earlier version is in the later one (or the
 * nearest provision holding it that is matched), NULL when it is gone; and
 * the provisions that are now `later` (two when two were merged). */
const csq_node *csq__diff_now(const csq_diff *diff, const csq_node *earlier);
size_t csq__diff_before(const csq_diff *diff, const csq_node *later, const csq_node **out,
                        size_t max);

/* ---- old citations today (now.c) ------------------------------------------ */

/* The version of `law` in force on the library's date (the latest without
 * one) when it is later than `law`'s own: *out, else NULL. */
csq_status csq__library_later(csq_library *lib, const csq_law *law, const csq_law **out,
                              csq_error *err);
/* The diff of two versions, made once per library and kept. */
csq_status csq__library_diff(csq_library *lib, const csq_law *from, const csq_law *to,
                             const csq_diff **out, csq_error *err);
/* Reads from the database the laws that the stored citations of the nodes
 * name, each in the version linked (in force on the citing law's date),
 * so that a csq_refs built then links them too. */
csq_status csq__load_cited(csq_library *lib, const csq_node_list *nodes, csq_error *err);
/* Notes where each target of the citations is today (csq_target_now). */
csq_status csq__note_now_targets(csq_library *lib, const csq_citation_list *list, csq_error *err);
/* Notes where each node of a lookup is today (the renderer says so). */
csq_status csq__note_now_nodes(csq_library *lib, csq_node_list *nodes, csq_error *err);
/* Who cites `node` of a stored law, from the database: the citations of
 * it in its version, by the citing laws in force on the library's date,
 * then those of its earlier numbers (their targets noting where it is
 * now). */
csq_status csq__cited_by_stored(csq_library *lib, const csq_node *node, csq_cited_by_list **out,
                                csq_error *err);
/* The same for the laws in memory: `list` (of `refs`) keeps the answers of
 * citing laws in force and of the version asked, then gets those of the
 * earlier numbers of `node` (NULL: a provision not loaded). */
csq_status csq__cited_by_today(csq_library *lib, const csq_refs *refs, const csq_node *node,
                               csq_cited_by_list *list, csq_error *err);

/* ---- exports (export.c, edition.c) ------------------------------------ */

struct csq_export {
  const csq_mem *mem;
  csq_corpus *own;               /* laws read from the database, or NULL */
  const csq_corpus *corpus;      /* where the laws are: own, or the library's */
  CSQ_VEC(const csq_law *) laws; /* the laws chosen */
  csq__u64map chosen;            /* law → 1 */
  csq__u64map by_key;            /* hash of a pcode or name → its latest version */
  csq_refs *refs;                /* of every law of corpus */
  csq_obligations *obls;
  csq_definitions *defs;
  csq__u64map law_defs; /* law → its span of defs_by_law (csq__span_get) */
  CSQ_VEC(const csq_definition *) defs_by_law;
};

/* The latest version of the law whose pcode or name is `key` among all
 * the export has read (chosen or not), or NULL. */
const csq_law *csq__export_find_law(const csq_export *ex, const char *key);

/* Whether this version of a law is one of the laws chosen. */
int csq__export_has(const csq_export *ex, const csq_law *law);
const csq_export *csq__edition_export(const csq_edition *ed);
/* The definitions the edition's law can use: its own, then its parent
 * act's, each term once. */
size_t csq__edition_definition_count(const csq_edition *ed);
const csq_definition *csq__edition_definition_at(const csq_edition *ed, size_t i);

/* The edition of `law` (one of ex's laws), whose parent act among them
 * (for the terms it defines) is `act` or NULL: *out is the caller's, freed
 * by csq__edition_free. */
csq_status csq__edition_new(const csq_export *ex, const csq_law *law, const csq_law *act,
                            csq_edition **out, csq_error *err);
void csq__edition_free(csq_edition *ed);

/* What became of every cue of `nodes` (each with its descendants), or of
 * the whole law when nodes is NULL: csquery obligations --explain. */
csq_status csq__explain_cues(csq_library *lib, const csq_law *law, const csq_node_list *nodes,
                             csq__cue_list **out, csq_error *err);

#endif /* CSQ_QUERY_H */
