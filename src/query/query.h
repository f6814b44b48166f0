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

typedef struct csq__term {
  char text[256];
  int exclude;
} csq__term;

typedef struct csq__terms {
  csq__term items[32];
  size_t count;
} csq__terms;

/* The strings whose hits a snippet marks: the positive terms and their long
 * forms (資安 → 資通安全). */
typedef struct csq__needles {
  char text[64][512];
  size_t count;
} csq__needles;

/* Splits a search: words separated by spaces, "quoted phrases", -word and
 * －word exclude. */
csq_status csq__terms_split(const char *query, csq__terms *out, csq_error *err);
/* The FTS5 query of the terms, each widened by the abbreviations it holds
 * unless `exact`. CSQ_BAD_QUERY when no term can be searched for. */
csq_status csq__terms_match(const csq__terms *t, int exact, csq_buf *out, csq_error *err);
void csq__terms_needles(const csq__terms *t, int exact, csq__needles *out);
/* The text around the first hit with every hit between the markers;
 * allocated with mem, NULL when out of memory. */
char *csq__snippet(const csq_mem *mem, const char *text, const csq__needles *needles,
                   const char *open, const char *close);

struct csq_library {
  const csq_mem *mem;
  csq_corpus *corpus; /* borrowed */
  csq_db *db;         /* borrowed, or NULL */
  csq_pattern query;  /* grammar/query.pcre, compiled on first use */
  csq__searcher *searcher;
};

/* ---- laws by name (names.c) ------------------------------------------- */

/* The law that `name` names in the national list: its official name, a
 * short or former name, or the name without 中華民國. out->known is 0 when
 * it names none. */
csq_status csq__library_name(csq_library *lib, const char *name, csq__lawref *out, csq_error *err);
/* CSQ_NOT_FOUND for a law that is not at hand: what `name` is (ref, when
 * known) or the names closest to it, and how many laws the library holds. */
csq_status csq__library_no_law(csq_library *lib, const char *name, const csq__lawref *ref,
                               csq_error *err);
/* Visits every law of the library: those stored in the database when it
 * has one, else those in memory (csq_library_law_list's source). */
csq_status csq__library_laws(csq_library *lib, csq_law_visit_fn visit, void *ctx, csq_error *err);

/* ---- reading what a person types (lookup.c) --------------------------- */

/* One provision a query names: the law ("" for none), a heading (part, chp,
 * sec) or an article and what is under it, a range's end, a piece. */
typedef struct csq__provision_query {
  char law[256];
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

/* The pcode (else the name) of the parent act when `name` is 本法 in a law
 * that has one; NULL otherwise. */
const char *csq__query_parent(const csq_law *law, const char *name);
/* The law a query's law part names in the context of `law`: itself for ""
 * or 本細則 …, its parent act for 本法, else the law of that name. */
csq_status csq__query_law(csq_library *lib, const csq_law *law, const char *name,
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

/* The edition of `law` (one of ex's laws): *out is the caller's, freed by
 * csq__edition_free. */
csq_status csq__edition_new(const csq_export *ex, const csq_law *law, csq_edition **out,
                            csq_error *err);
void csq__edition_free(csq_edition *ed);

/* What became of every cue of `nodes` (each with its descendants), or of
 * the whole law when nodes is NULL: csquery obligations --explain. */
csq_status csq__explain_cues(csq_library *lib, const csq_law *law, const csq_node_list *nodes,
                             csq__cue_list **out, csq_error *err);

#endif /* CSQ_QUERY_H */
