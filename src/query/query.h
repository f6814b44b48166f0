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

/* Visits every law of the library: those stored in the database when it
 * has one, else those in memory (csq_library_law_list's source). */
csq_status csq__library_laws(csq_library *lib, csq_law_visit_fn visit, void *ctx, csq_error *err);

/* ---- reading what a person types (lookup.c) --------------------------- */

/* A query read: the law it names ("" for none) and the provision. */
typedef struct csq__provision_query {
  char law[256];
  long art, artsub, para, subpara, item, art2, art2sub;
} csq__provision_query;

/* Reads `text` (NFKC-normalised by ICU, white space dropped) as a
 * provision; CSQ_BAD_QUERY with an example when it names none. */
csq_status csq__query_parse(csq_library *lib, const char *text, csq__provision_query *out,
                            csq_error *err);
/* The pcode (else the name) of the parent act when `name` is 本法 in a law
 * that has one; NULL otherwise. */
const char *csq__query_parent(const csq_law *law, const char *name);
/* The law a query's law part names in the context of `law`: itself for ""
 * or 本細則 …, its parent act for 本法, else the law of that name. */
csq_status csq__query_law(csq_library *lib, const csq_law *law, const char *name,
                          const csq_law **out, csq_error *err);

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
  csq__u64map law_defs; /* law → first << 24 | count in defs_by_law */
  CSQ_VEC(const csq_definition *) defs_by_law;
};

/* Spans of a list grouped by key (a node, an eId's hash): the first item
 * and the count, packed in the map's value. Items come in order, so a
 * key's items are contiguous; 0 or -1. */
int csq__span_add(csq__u64map *m, uint64_t key, size_t at);
size_t csq__span_get(const csq__u64map *m, uint64_t key, size_t *first);

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
