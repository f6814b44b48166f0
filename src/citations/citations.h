/*
 * citations.h — the citation stage: citations and their targets, the law
 * book (laws by name), the reverse index (cited-by), and the lists of
 * citations and of cited-by answers that later stages hand out.
 */
#ifndef CSQ_CITATIONS_H
#define CSQ_CITATIONS_H

#include "reading/reading.h"

/* ---- citations and targets ------------------------------------------- */

struct csq_target {
  csq_target_kind kind;
  const char *law_id, *law_name; /* "" when unknown */
  const char *eid, *cite, *part; /* "" when none */
  const csq_law *law;            /* the loaded version linked, or NULL */
  const csq_node *node;          /* the target node, or NULL */
  int resolved, exists, fallback;
  /* Where the target is in the version of its law in force today (or on
   * the library's date), when that is a later one: the node, or NULL with
   * gone set when the provision is no more (query/now.c). */
  const csq_node *now;
  int gone;
};

struct csq_citation {
  const csq_node *from;
  size_t start, end;           /* code points into from's text */
  size_t byte_start, byte_end; /* bytes, the same span */
  const char *text, *problem;
  csq_target *targets;
  size_t target_count;
  int resolved;
};

/* A citation made from its parts (a reader of stored citations makes them
 * so): every string and the targets are copied into `arena`; byte offsets
 * come from the code points. NULL when out of memory. */
csq_citation *csq__citation_make(csq_arena *arena, const csq_node *from, size_t start, size_t end,
                                 const char *text, int resolved, const char *problem,
                                 const csq_target *targets, size_t target_count);
/* A target made from its parts, the strings copied into `arena`; 0 or -1. */
int csq__target_make(csq_arena *arena, csq_target_kind kind, const char *law_id,
                     const char *law_name, const char *eid, const char *cite, const char *part,
                     int resolved, int exists, csq_target *out);
/* Whether the target exists and, for a provision, its node, from the law
 * it is linked to (t->law): a whole law exists when linked, an annex's
 * text is not in the data, a provision when its law has the eId (-1: not
 * known). The extractor and a reader of stored citations say it alike. */
void csq__target_settle(csq_target *t);
/* The target kind named "provision", "law" or "annex" (and its name). */
csq_target_kind csq__target_kind_from_name(const char *name);
const char *csq__target_kind_name(csq_target_kind kind);

/* ---- lists (lists.c) --------------------------------------------------- */

/* A list may own what its items point into (the citations a query built
 * for it, the rows a database read back): `release(owned)` frees that with
 * the list. */
struct csq_citation_list {
  CSQ__LIST(const csq_citation *);
};

struct csq_cited_by_list {
  CSQ__LIST(csq_cited_by);
};

csq_status csq__citation_list_new(const csq_mem *mem, csq_citation_list **out, csq_error *err);
csq_status csq__cited_by_list_new(const csq_mem *mem, csq_cited_by_list **out, csq_error *err);
/* Appends an answer unless the list has one for that citation and target
 * already; 0 or -1. */
int csq__cited_by_list_add(csq_cited_by_list *list, const csq_citation *c, size_t target,
                           csq_relation relation);

/* ---- the law book (lawbook.c) ----------------------------------------- */

/* What a name is to the law it names (grammar/law_names.tsv's kinds). */
typedef enum csq__name_kind {
  CSQ__NAME_OFFICIAL = 0, /* the official name of a law in force */
  CSQ__NAME_REPEALED,     /* the official name of a repealed law */
  CSQ__NAME_FORMER,       /* a name it had before (食品衛生管理法) */
  CSQ__NAME_SHORT,        /* a short name (刑法, 個資法) */
  CSQ__NAME_BASE,         /* the name without its version note */
  CSQ__NAME_LOADED        /* the name of a loaded law */
} csq__name_kind;

/* A law as a citation names it: its pcode and name where known, and the
 * loaded version linked (or NULL); `kind`: what the name written is. */
typedef struct csq__lawref {
  const char *id, *name;
  const csq_law *law;
  int known, fallback;
  csq__name_kind kind;
} csq__lawref;

/* Laws of the corpus and of grammar/law_names.tsv. */
typedef struct csq__lawbook csq__lawbook;

/* The names of the national database and of every law of `corpus` (NULL:
 * none). */
csq_status csq__lawbook_new(const csq_corpus *corpus, const csq_mem *mem, csq__lawbook **out,
                            csq_error *err);
void csq__lawbook_free(csq__lawbook *book);
/* The longest law name that ends at byte `end` of s and starts at or after
 * byte `floor`: its start (or (size_t)-1 when none) and the lawref it names,
 * linked to the version in force on `date` (yyyy-mm-dd or ""). */
size_t csq__lawbook_name_before(const csq__lawbook *book, const char *s, size_t floor, size_t end,
                                const char *date, csq__lawref *out);
/* The law whose pcode or exact name (or short name) is `name`, linked for
 * `date`; out->known is 0 when the name is nobody's. */
void csq__lawbook_find(const csq__lawbook *book, const char *name, const char *date,
                       csq__lawref *out);
/* The version of `law` itself (by its pcode or name) in force on `date`. */
void csq__lawbook_link(const csq__lawbook *book, const char *id, const char *name, const char *date,
                       csq__lawref *out);
/* Bytes of the longest name the book knows. */
size_t csq__lawbook_longest(const csq__lawbook *book);
/* The heading of a loaded law of `kind` titled `title` (繼承 of 民法繼承編),
 * or NULL. */
const csq_node *csq__heading_titled(const csq_law *law, csq_kind kind, const char *title);
/* The law of the national list that `name` names (grammar/law_names.tsv
 * read in place, no law book built: a lookup's one name); 0 when none. */
int csq__law_names_find(const char *name, csq__lawref *out);
/* The same through an index made once (a lookup that tries many names:
 * each prefix of 民法繼承編): csq__law_names_index fills `index` (its mem
 * set by the caller; 0 or -1), csq__law_names_lookup reads it. */
int csq__law_names_index(csq__u64map *index);
int csq__law_names_lookup(const csq__u64map *index, const char *name, csq__lawref *out);
/* Up to `max` laws of the national list whose names are closest to `name`
 * (did you mean …?), best first, as their official names; the count. */
size_t csq__law_names_closest(const char *name, const char **out, size_t max);
/* The heading of the law `id` (pcode) titled `title` (繼承 of 民法繼承編)
 * of kind CSQ_PART or CSQ_CHAPTER from grammar/law_headings.tsv: its eId,
 * or NULL. For the laws that are not loaded. */
const char *csq__law_heading_eid(const char *id, const char *title, csq_kind kind);
/* The articles of a loaded law in document order. */
const csq_node *const *csq__lawbook_articles(const csq__lawbook *book, const csq_law *law,
                                             size_t *count);

/* ---- the reverse index (cited_by.c) ------------------------------------ */

/* Citations by the provisions they name. */
typedef struct csq__citedby csq__citedby;
csq_status csq__citedby_build(const csq_mem *mem, csq_citation *const *cites, size_t count,
                              csq__citedby **out, csq_error *err);
void csq__citedby_free(csq__citedby *index);
/* Appends to `list` the citations of key "LAWKEY/EID" and its parts, then
 * those of the provisions containing it. */
csq_status csq__citedby_find(const csq__citedby *index, csq_citation *const *cites,
                             const char *lawkey, const char *eid, csq_cited_by_list *list,
                             csq_error *err);

/* The key of a target's law in the reverse index: the pcode, else the name. */
const char *csq__target_lawkey(const csq_target *t);

#endif /* CSQ_CITATIONS_H */
