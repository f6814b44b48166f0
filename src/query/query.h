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
