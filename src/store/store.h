/*
 * store.h — the SQLite database: the schema and opening (schema.c),
 * writing laws with what the earlier stages found in them (write.c),
 * reading laws back and listing them (read.c), cited-by from the stored
 * citations (cited_by.c), the FTS5 tokenizer (fts_tokenizer.c) and the
 * ranking function (rank.c). docs/database.md describes the schema.
 */
#ifndef CSQ_STORE_H
#define CSQ_STORE_H

/* Built into the loadable SQLite extension (extension.c), the store reaches
 * SQLite through the host's routines (sqlite3ext.h), never a second copy. */
#ifdef CSQ_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#else
#include <sqlite3.h>
#endif

#include "deontic/deontic.h"

/* ---- the database and its schema (schema.c) ---------------------------- */

struct csq_db {
  const csq_mem *mem;
  sqlite3 *db;
  char *path;
};

/* Fills err from the connection's last error: CSQ_BAD_DB when SQLite says
 * the file is damaged or no database, else CSQ_DB, the extended result
 * code kept as the cause. `what` says what was being done. */
csq_status csq__db_fail(sqlite3 *db, const char *path, const char *what, csq_error *err);
/* The same from a result code alone (sqlite3_backup_step's, which leaves
 * the connections' codes as they were). */
csq_status csq__db_fail_rc(int rc, const char *path, const char *what, csq_error *err);
/* CSQ_BAD_DB for the database at path, saying what is wrong and what to do. */
csq_status csq__db_damaged(csq_error *err, int cause, const char *path, const char *problem);

/* Runs SQL that returns no rows. */
csq_status csq__db_exec(sqlite3 *db, const char *sql, const char *path, csq_error *err);

/* Steps a statement that returns no rows and resets it; 0 or -1. */
int csq__db_step_done(sqlite3_stmt *stmt);

/* A text column, "" for NULL. */
const char *csq__db_text(sqlite3_stmt *stmt, int col);

/* Creates the schema in an empty database (search.c makes one in memory
 * for the laws of a corpus that has no database). */
csq_status csq__store_create_schema(sqlite3 *db, csq_error *err);

/* ---- page checksums (checksum.c) ---------------------------------------- */

/* The VFS every csquery database is opened with: the default one, with
 * each page's checksum kept and checked where the file reserves room for
 * it (docs/reliability.md). */
#define CSQ_CHECKSUM_VFS "csquery-checksum"
/* Registers the VFS (once a process). */
csq_status csq__checksum_vfs(csq_error *err);
/* Reserves room for the checksums in a database not yet written to (a
 * database written before needs a VACUUM after): SQLite's result code. */
int csq__checksum_reserve(sqlite3 *db);
/* Whether the database's pages carry checksums. */
int csq__checksum_reserved(sqlite3 *db);
/* Whether a page read on this connection failed its checksum: whatever
 * error a statement ends with then (FTS5 says "vtable constructor failed"),
 * the database is damaged. */
int csq__checksum_failed(sqlite3 *db);
/* The bytes at the end of a page that hold its checksum. */
enum { CSQ_SUM_BYTES = 8 };
/* The checksum of a page's first `bytes` bytes (its last CSQ_SUM_BYTES hold
 * it), page `number` of the file counted from 0: two sums of its 32-bit
 * words, written to out in little-endian order. */
void csq__page_sum(const unsigned char *page, int bytes, sqlite3_int64 number,
                   unsigned char out[CSQ_SUM_BYTES]);

/* ---- writing (write.c) ------------------------------------------------- */

/* Writes laws, their nodes and full-text rows, and then what the later
 * stages found in them, into an open transaction. Node keys are kept
 * between a batch's laws and its citations, obligations and definitions. */
typedef struct csq__writer csq__writer;

csq_status csq__writer_new(sqlite3 *db, const csq_mem *mem, csq_import_stats *stats,
                           csq__writer **out, csq_error *err);
void csq__writer_free(csq__writer *w);
/* A law, replacing a stored one with the same pcode (or name) and version. */
csq_status csq__writer_law(csq__writer *w, const csq_law *law, csq_error *err);
csq_status csq__writer_citations(csq__writer *w, const csq_refs *refs, csq_error *err);
csq_status csq__writer_obligations(csq__writer *w, const csq_obligations *obls, csq_error *err);
csq_status csq__writer_definitions(csq__writer *w, const csq_definitions *defs, csq_error *err);
/* Forgets the node keys of the batch written. */
void csq__writer_end_batch(csq__writer *w);

/* The last steps of a write, once every law is in: whether each target of
 * another law exists in the version stored, the full-text index merged
 * into one segment when `nodes_written` is a tenth of the rows or more,
 * the lengths csq_bm25 ranks with, and what search weighs (node_priors,
 * search_chars, search_laws), built in memory of `mem`. */
csq_status csq__store_finish(sqlite3 *db, const csq_mem *mem, size_t nodes_written, csq_error *err);
/* The step of it that settles which version of each law is the latest
 * (current_laws) and counts the bearers' names over them (actors). */
csq_status csq__store_summarize(sqlite3 *db, csq_error *err);

/* ---- reading (read.c) -------------------------------------------------- */

/* The pcode or name of the law a bare 第N條 means in this database;
 * CSQ_NOT_FOUND when it holds no law. */
csq_status csq__db_primary(csq_db *db, char *buf, size_t size, csq_error *err);

/* How many laws the database holds (versions of one law count once). */
csq_status csq__db_law_count(csq_db *db, size_t *out, csq_error *err);

/* Reads into `corpus` every stored version of the law whose pcode or name
 * is `name` (NULL: every law stored), in import order, but for versions
 * the corpus holds already (when name is not NULL); *loaded (may be NULL)
 * counts those read. */
csq_status csq__db_load_versions(csq_db *db, csq_corpus *corpus, const char *name, size_t *loaded,
                                 csq_error *err);
/* Calls found(ctx, key, err) with the key (pcode, else name) of every
 * stored law whose citations name `eid` of the law `law_key` ("" eid: the
 * law), a part of it, or a provision holding it; stops at a failure. */
csq_status csq__db_citing_laws(csq_db *db, const char *law_key, const char *eid,
                               csq_status (*found)(void *ctx, const char *key, csq_error *err),
                               void *ctx, csq_error *err);

/* Reads the version `version` of the law whose pcode (else name) is `key`
 * into `corpus`; *out is the law, now the corpus's. */
csq_status csq__db_load_version(csq_db *db, csq_corpus *corpus, const char *key,
                                const char *version, const csq_law **out, csq_error *err);

/* ---- versions (versions.c) ---------------------------------------------- */

/* Visits every version stored of `law` (pcode or name; NULL: of every law),
 * laws in the order first imported, each one's versions by date. */
typedef void (*csq_version_visit_fn)(void *ctx, const csq_version_info *version);
csq_status csq__db_versions(csq_db *db, const char *law, csq_version_visit_fn visit, void *ctx,
                            csq_error *err);

/* The version of the law whose pcode or name is `name` in force on `date`
 * (yyyy-mm-dd; "" or NULL: the latest): its key (pcode, else name) and
 * version. CSQ_NOT_FOUND when no law has that name (key ""), or none of its
 * versions is as old (key `name`; the message names the earliest). */
csq_status csq__db_pick_version(csq_db *db, const char *name, const char *date, char *key,
                                size_t key_size, char *version, size_t version_size,
                                csq_error *err);

/* Visits the laws that the stored citations of `node` (of a law read from
 * the database) and of what it holds name, each with the version linked
 * (id, name and version only, borrowed for the visit). */
csq_status csq__db_cited_versions(csq_db *db, const csq_node *node, csq_version_visit_fn visit,
                                  void *ctx, csq_error *err);

/* ---- citations read back (citations.c, cited_by.c) -------------------------- */

typedef CSQ_VEC(csq_target) csq__target_vec;

/* The targets of a citation, in order: prepare it, bind the citation_key
 * as ?1; the columns csq__db_read_targets reads. */
#define CSQ__TARGETS_OF                                                                            \
  "SELECT kind, law_id, law_name, eid, cite, part, resolved, exists_in_text, version"              \
  " FROM targets WHERE citation_key = ?1 ORDER BY ord"
/* Links a target read back, given the version of its law the import
 * linked ("" when none). */
typedef void (*csq__target_link_fn)(void *ctx, const char *version, csq_target *target);
/* The targets of citation `key` from `tq` (CSQ__TARGETS_OF), appended to
 * `targets`, their strings in `arena`; each given to `link` (if not NULL)
 * before it is appended. */
csq_status csq__db_read_targets(csq_db *db, csq_arena *arena, sqlite3_stmt *tq, long long key,
                                csq__target_link_fn link, void *ctx, csq__target_vec *targets,
                                csq_error *err);

/* Appends to `list` the stored citations that `node` (of a law read from
 * this database, in `corpus`) and what it holds make, in document order,
 * as csq_refs_from(deep) would: the list then owns them. Each target is
 * linked to the version of its law in `corpus` the import linked, when
 * that version is there. CSQ_NOT_FOUND: the node's law is not stored. */
csq_status csq__db_citations_from(csq_db *db, const csq_corpus *corpus, const csq_node *node,
                                  csq_citation_list *list, csq_error *err);

/* ---- cited-by (cited_by.c) -------------------------------------------------- */

/* Appends to `list` (made by csq__cited_by_list_new; the rows read back are
 * then its own) the stored citations of `eid` of the law `law_key` linked to
 * its version `version` ("": any), made by the citing laws' versions in
 * force on `at` ("": the latest); their targets get `now` (or NULL): where
 * the provision is today, when it was cited under an earlier number. */
csq_status csq__db_cited_by_into(csq_db *db, const char *law_key, const char *eid,
                                 const char *version, const char *at, const csq_node *now,
                                 csq_cited_by_list *list, csq_error *err);

/* ---- obligations and bearer names across laws (obligations.c, names.c) -- */

/* What a list read back from the database owns: the obligations, the laws
 * they stand in (each with only the provisions read), the names counted,
 * and the strings of the groups and of the scope. */
typedef struct csq__stored {
  const csq_mem *mem;
  csq_arena arena;
  csq_obligations *obls;
  CSQ_VEC(csq_law *) laws;
  CSQ_VEC(long long) law_keys; /* in step with laws */
  CSQ_VEC(csq_obligation_group) groups;
  CSQ_VEC(csq_actor_count) names;
  CSQ_VEC(const char *) asked;
  csq_scope scope;
} csq__stored;

csq_status csq__stored_new(const csq_mem *mem, csq__stored **out, csq_error *err);
void csq__stored_free(void *stored); /* a list's release */

struct csq_actor_list {
  const csq_mem *mem;
  csq__stored *stored; /* the names are its names */
  size_t total;
};

/* Which laws a question looks at: one (law_key), or the latest version of
 * every law (current_laws, not checked when every stored law is one), or
 * the version of every law in force on `at` (law_versions); of a level (or
 * NULL), in force or any. */
typedef struct csq__law_filter {
  long long law_key;
  const char *level;
  int in_force;
  int every_current; /* csq__db_every_law_current */
  const char *at;    /* yyyy-mm-dd, or NULL or "": the latest versions */
} csq__law_filter;

/* Whether every law stored is the latest version of its law. */
csq_status csq__db_every_law_current(csq_db *db, int *out, csq_error *err);
/* Appends the filter to a WHERE clause as conditions on the law_key `col`;
 * level and status on laws joined as l. 0 or -1 (out of memory). */
int csq__law_condition(csq_buf *sql, const char *col, const csq__law_filter *f);

/* How many laws the filter looks at. */
csq_status csq__db_count_laws(csq_db *db, const csq__law_filter *f, size_t *out, csq_error *err);
/* The law_key of a law as stored (its pcode, else name, and version). */
csq_status csq__db_law_key(csq_db *db, const csq_law *law, long long *out, csq_error *err);
/* The node_keys of `node` (of a law in memory, stored as `law_key`) and of
 * all it holds: [*lo, *hi] (empty, lo > hi, for a law of no provisions).
 * CSQ_NOT_FOUND when the stored law has no such node. */
csq_status csq__db_subtree_keys(csq_db *db, long long law_key, const csq_node *node, long long *lo,
                                long long *hi, csq_error *err);

/* Which bearer names csq__db_names counts: those equal to one of `names`
 * (a JSON array), else those holding `text`, else all. */
typedef struct csq__name_ask {
  csq__law_filter laws;
  const char *names, *text;
  size_t limit, offset; /* limit 0: all */
  int top;              /* also the laws that hold most of each */
} csq__name_ask;

/* Appends the names, most obligations first, to st->names (strings in
 * st's arena); *total is how many there are before limit and offset. */
csq_status csq__db_names(csq_db *db, const csq__name_ask *a, csq__stored *st, size_t *total,
                         csq_error *err);

/* What csq__db_obligations asks. */
typedef struct csq__obligation_ask {
  csq__law_filter laws;
  const long long *ranges; /* node_key pairs [lo, hi] of provisions, or NULL */
  size_t range_count;
  int modality;         /* or -1 */
  const char *names;    /* the bearer names, a JSON array, or NULL: any */
  const char *match;    /* an FTS5 query of the provision's text, or NULL */
  size_t limit, offset; /* limit 0: all */
} csq__obligation_ask;

/* Every stored obligation that answers, counted and grouped by law into
 * `list` (groups, total), and the page of them read back into st. */
csq_status csq__db_obligations(csq_db *db, const csq__obligation_ask *a, csq__stored *st,
                               csq_obligation_list *list, csq_error *err);

/* ---- full-text search (fts_tokenizer.c) ------------------------------- */

/* A character of text as the tokenizer sees it: its bytes and its folded
 * form. Separators (punctuation, spaces) are left out. */
typedef struct csq_fts_unit {
  int start, end;  /* byte offsets in the text */
  int cjk;         /* a Han (kana, bopomofo) character, else a letter/digit */
  char folded[17]; /* NFKC, lower case, NUL-terminated */
} csq_fts_unit;

/* The units of text[0..len); *out is allocated with mem (caller frees).
 * Search uses them to find the hits to highlight exactly as the index
 * matched them. */
csq_status csq__fts_units(const csq_mem *mem, const char *text, size_t len, csq_fts_unit **out,
                          size_t *count, csq_error *err);

/* Registers the "csquery" FTS5 tokenizer on db. */
csq_status csq__fts_register(sqlite3 *db, csq_error *err);
/* The fts5_api of a connection (SELECT fts5(?1)); NULL without FTS5. */
fts5_api *csq__fts5_api(sqlite3 *db);

/* ---- ranking (rank.c) ---------------------------------------------------- */

/* The ranking functions of one connection: csq_bm25(nodes_fts, caller_scales)
 * (bm25, for an exact search) and csq_match(nodes_fts, map, k1, b) (match.c,
 * for a ranked search: query/collect.c) in SQL. */
typedef struct csq_ranker csq_ranker;
/* Registers csq_bm25 on db (it reads fts_lengths a row at a time as hits
 * fall in them). *out is owned by the connection (freed when db closes);
 * callers only borrow it. */
csq_status csq__rank_register(sqlite3 *db, csq_ranker **out, csq_error *err);
/* What the scores of the ranker's last query are to be multiplied by, that
 * query having found `hits` rows: the idf that csq_bm25(…, 1) leaves out of
 * a query of one phrase, else 1. */
double csq__rank_scale(const csq_ranker *ranker, double hits);
/* A length byte of fts_lengths as a number of tokens. */
double csq__rank_decode_length(int byte);
/* Nodes a row of fts_lengths holds (node_keys chunk·1024 …). */
enum { CSQ_LENGTHS_CHUNK = 1024 };
/* What csq_match read of a row. It returns the relevance, and leaves the
 * whole in the ranker (csq__rank_match), where the caller reads it after
 * each step: a blob allocated and copied for every row cost 10 % of a
 * search of 83,778 hits. */
typedef struct csq__match {
  double relevance;  /* each term's bm25 saturation (0 to 1), summed */
  uint32_t terms;    /* the terms it holds: bit t for term t (map's 'A' + t) */
  const double *idf; /* each term's idf, when the query asked (else NULL) */
  uint32_t priors;   /* the row's node_priors (CSQ_PRIOR_*) */
  uint32_t text;     /* the hash of its text (csq__text_hash) */
} csq__match;
/* Registers csq_match (search's: the SQLite extension offers csq_bm25
 * alone) on the ranker's connection, after csq__rank_register (match.c). */
csq_status csq__match_register(csq_ranker *r, csq_error *err);
/* What csq_match read of the row the last query stepped to. */
csq__match *csq__rank_match(csq_ranker *r);
sqlite3 *csq__rank_db(const csq_ranker *r);
/* The connection's FTS5 API, which csq__rank_register looked up (never NULL). */
fts5_api *csq__rank_api(const csq_ranker *r);
/* Writes fts_lengths (every node's length in tokens, one byte each) from
 * the FTS5 index: the last step of an import. */
csq_status csq__rank_write_lengths(sqlite3 *db, csq_error *err);

/* ---- what search knows of each provision (priors.c) ---------------------- */

/* Four bytes a provision, computed at the end of an import: the bits of its
 * law (level, repealed, an organisation act), its kind, and what its text,
 * obligations and definitions say of it. docs/search.md gives each one's
 * weight. */
enum {
  CSQ_PRIOR_LEVEL_MASK = 0x3,
  CSQ_PRIOR_LEVEL_ACT = 0,          /* 法律 */
  CSQ_PRIOR_LEVEL_REGULATION = 1,   /* 命令 */
  CSQ_PRIOR_LEVEL_CONSTITUTION = 2, /* 憲法 */
  CSQ_PRIOR_LEVEL_OTHER = 3,
  CSQ_PRIOR_REPEALED = 1 << 2,
  CSQ_PRIOR_KIND_MASK = 0x7 << 3,
  CSQ_PRIOR_KIND_OTHER = 0 << 3,
  CSQ_PRIOR_KIND_ARTICLE = 1 << 3, /* an article's own text (no paragraphs) */
  CSQ_PRIOR_KIND_PARAGRAPH = 2 << 3,
  CSQ_PRIOR_KIND_SUBPARAGRAPH = 3 << 3, /* 款 */
  CSQ_PRIOR_KIND_ITEM = 4 << 3,         /* 目 */
  CSQ_PRIOR_KIND_SUBITEM = 5 << 3,
  CSQ_PRIOR_KIND_HEADING = 6 << 3, /* 編 章 節 */
  CSQ_PRIOR_DUTY = 1 << 6,         /* states what someone shall or shall not do */
  CSQ_PRIOR_MAY = 1 << 7,          /* states what someone may do */
  CSQ_PRIOR_DEFINES = 1 << 8,      /* defines a term */
  CSQ_PRIOR_LEADIN_RULE = 1 << 9,  /* a list item whose lead-in states a duty or definition */
  CSQ_PRIOR_BOILERPLATE = 1 << 10, /* 本辦法自發布日施行。, 本細則依…訂定之。 */
  CSQ_PRIOR_ORG_LAW = 1 << 11,  /* in an agency's organisation act (組織法, 處務規程 …) */
  CSQ_PRIOR_PENALTY = 1 << 12,  /* fines or sentences (罰鍰, 有期徒刑 …) */
  CSQ_PRIOR_LEADIN = 1 << 13,   /* introduces a list */
  CSQ_PRIOR_FRAGMENT = 1 << 14, /* a list item of a few words: 「四、資遣費。」 */
  CSQ_PRIOR_KNOWN = 1 << 15,    /* set for every stored node */
  CSQ_PRIOR_CONTENTS =
      1 << 16, /* lists what a document holds (應記載下列事項：), or an item of it */
  CSQ_PRIOR_TEXT = 1 << 17,       /* has text (an article of paragraphs has none of its own) */
  CSQ_PRIOR_DELEGATION = 1 << 18, /* only hands its matter to a rule: …之辦法，由…定之。 */
  CSQ_PRIOR_LENGTH_SHIFT = 24     /* bits 24-31: its length in tokens, as fts_lengths writes it */
};

/* Writes node_priors from the stored laws, nodes, obligations and
 * definitions, and search_chars: a last step of an import. */
csq_status csq__priors_write(sqlite3 *db, const csq_mem *mem, csq_error *err);
/* Whether db holds node_priors (a database imported before them does not). */
int csq__priors_present(sqlite3 *db);

/* Reads priors a row at a time, keeping the row read last. */
typedef struct csq__priors {
  sqlite3 *db;
  sqlite3_blob *blob;
  sqlite3_int64 chunk; /* the row in `bytes`, or -1 */
  int size;            /* nodes in it */
  int failed;          /* an SQLite error while reading (not a missing row), or 0 */
  unsigned char bytes[4000];
} csq__priors;

/* The priors of node `key`; 0 (not CSQ_PRIOR_KNOWN) for none. */
uint32_t csq__priors_at(csq__priors *p, sqlite3_int64 key);
/* The hash of node `key`'s text (csq__text_hash); 0 for none. */
uint32_t csq__priors_text_hash(csq__priors *p, sqlite3_int64 key);
/* The 32-bit hash node_priors keeps of a text (never 0). */
uint32_t csq__text_hash(const char *text);
/* Closes the reader's handle (before its transaction ends). */
void csq__priors_close(csq__priors *p);
/* The error a read of the priors met, if any, as a csq_error: a search
 * that read priors as 0 where the disk failed would rank otherwise. */
csq_status csq__priors_check(const csq__priors *p, csq_error *err);

/* How many provisions hold each Han character (char_counts.c), counted in
 * the pass that writes the priors, into search_chars. */
typedef struct csq__char_counts csq__char_counts;
csq__char_counts *csq__char_counts_new(const csq_mem *mem); /* NULL when out of memory */
void csq__char_counts_free(const csq_mem *mem, csq__char_counts *c);
/* Counts the characters of row `row` (each once). */
void csq__char_counts_add(csq__char_counts *c, uint32_t row, const char *text);
csq_status csq__char_counts_write(sqlite3 *db, const csq__char_counts *c, csq_error *err);

/* ---- the names of the stored laws, for search (law_names.c) -------------- */

/* Writes search_laws (every stored law's name and the short names
 * grammar/law_names.tsv gives its pcode, with the node_keys its provisions
 * lie between) and search_laws_fts over the names: a last step of an
 * import. */
csq_status csq__law_index_write(sqlite3 *db, csq_error *err);

#endif /* CSQ_STORE_H */
