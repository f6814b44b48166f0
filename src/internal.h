/*
 * internal.h — structures and functions shared between the library's
 * stages. Not installed; programs use csquery.h.
 */
#ifndef CSQ_INTERNAL_H
#define CSQ_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdint.h>

#include "csquery.h"

/* ---- errors (error.c) ------------------------------------------------ */

/* Fills err (if not NULL) and returns status. `source` may be NULL. */
csq_status csq__fail(csq_error *err, csq_status status, const char *source,
                     long long offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* ---- arena (arena.c) ------------------------------------------------- */

/* A bump allocator: everything a law owns lives in one arena and is freed
 * at once, so the tree needs no per-node free. */
typedef struct csq_arena {
  struct csq_arena_block *head;
} csq_arena;

void csq__arena_init(csq_arena *arena);
void csq__arena_release(csq_arena *arena);
/* Zeroed, 8-byte aligned; NULL when out of memory. */
void *csq__arena_alloc(csq_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len); NULL when out of memory. */
char *csq__arena_strndup(csq_arena *arena, const char *s, size_t len);
char *csq__arena_printf(csq_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- growable byte buffer (arena.c) ---------------------------------- */

typedef struct csq_buf {
  char *data;
  size_t len, cap;
} csq_buf;

int csq__buf_append(csq_buf *buf, const char *s, size_t len); /* 0 or -1 */
void csq__buf_free(csq_buf *buf);

/* ---- numerals (numerals.c) ------------------------------------------- */

/* The value of s[0..len) written in ASCII or full-width digits, or in
 * Chinese numerals (一…九千九百九十九, 零/〇, 兩, 壹貳參…拾佰仟); -1 when
 * the whole of s is not one number or the value exceeds 99999. */
long csq__numeral_value(const char *s, size_t len);

/* Writes n (0…99999) in Chinese numerals as statutes write them (十一,
 * 一百十, 一千零五) into buf; returns the length, or -1 if it does not
 * fit. */
int csq__numeral_format(long n, char *buf, size_t size);

/* Number of bytes of a numeral run at the start of s (digits of any of the
 * systems above), 0 if none. */
size_t csq__numeral_span(const char *s, size_t len);

/* ---- grammar (grammar.c) --------------------------------------------- */

/* The patterns of grammar/, compiled once per corpus (JIT where the
 * platform has it). Indices name the patterns. */
typedef enum csq_pattern_id {
  CSQ_PAT_ARTICLE_HEADING, /* grammar/article_heading.pcre */
  CSQ_PAT_HEADING,         /* grammar/heading.pcre */
  CSQ_PAT_LIST_MARKER,     /* grammar/list_marker.pcre */
  CSQ_PAT_METADATA,        /* grammar/metadata.pcre */
  CSQ_PAT_QUERY,           /* grammar/query.pcre */
  CSQ_PAT_CITATION,        /* grammar/citation.pcre (unanchored: searches) */
  CSQ_PAT_COUNT
} csq_pattern_id;

typedef struct csq_grammar {
  pcre2_code *code[CSQ_PAT_COUNT];
  pcre2_match_data *match[CSQ_PAT_COUNT];
} csq_grammar;

csq_status csq__grammar_init(csq_grammar *grammar, csq_error *err);
/* Compiles the embedded grammar file `file` (PCRE2_EXTENDED | PCRE2_UTF, plus
 * `flags`), JIT where it can, with match data for it. For stages that keep
 * patterns of their own (obligations.c, definitions.c). */
csq_status csq__grammar_compile(const char *file, uint32_t flags, pcre2_code **code,
                                pcre2_match_data **match, csq_error *err);
void csq__grammar_release(csq_grammar *grammar);

/* Runs pattern `id` anchored at the start of s[0..len). Returns the number
 * of capture pairs (>0) on a match, 0 on no match; *ovector receives the
 * offsets (pairs, PCRE2_UNSET for unset groups). */
int csq__grammar_match(const csq_grammar *grammar, csq_pattern_id id,
                       const char *s, size_t len, PCRE2_SIZE **ovector);

/* Group number of a named group of pattern `id`, or -1. */
int csq__grammar_group(const csq_grammar *grammar, csq_pattern_id id,
                       const char *name);

/* Embedded data files (generated from grammar/ and corpus/ at build). */
typedef struct csq_embedded_file {
  const char *name;
  const unsigned char *data;
  size_t size;
} csq_embedded_file;

const csq_embedded_file *csq__embedded_find(const char *name);

/* ---- the tree (tree.c) ----------------------------------------------- */

struct csq_node {
  csq_kind kind;
  const char *num;   /* "4", "10-1" */
  const char *eid;   /* art_4__para_1 */
  const char *cite;  /* 第4條第1項 */
  const char *text;  /* NUL-terminated */
  size_t text_len;
  const char *title; /* headings only */
  long long source_offset;
  int marker_style; /* list nodes: which marker family opened them */
  struct csq_node *parent, *first_child, *last_child, *next;
  size_t child_count;
  const struct csq_law *law;
};

struct csq_law {
  csq_arena arena;
  const char *id, *name, *level, *version, *parent_id, *parent_name;
  const char *source;
  int repealed;
  csq_node *root;
  size_t article_count;
  /* eId index: open addressing over node pointers, built once parsed. */
  csq_node **index;
  size_t index_size;
};

/* The metadata a reader finds (any field may be NULL). */
typedef struct csq_law_meta {
  const char *id, *name, *level, *version, *parent_id, *parent_name;
  int repealed;
} csq_law_meta;

/* Builds a law's tree from the blocks a reader sees, in document order.
 * Readers call heading/article/block/append; the builder numbers nodes,
 * nests list items by their markers and makes eIds and citations. */
typedef struct csq_builder {
  csq_law *law;
  const csq_grammar *grammar;
  const char *source;
  csq_node *heading_stack[8]; /* innermost heading per level */
  csq_node *article;          /* current article */
  csq_node *paragraph;        /* current paragraph */
  csq_node *list_stack[8];    /* open list nodes under the paragraph */
  int list_depth;
  csq_node *last;       /* the node text is appended to */
  csq_buf pending;      /* text of `last` while it grows */
  int pending_is_table; /* text grows by table rows */
} csq_builder;

csq_status csq__builder_init(csq_builder *builder, const csq_grammar *grammar,
                             const char *source, csq_error *err);
/* A heading line such as 「第 一 章 總則」 (its level from the word, or
 * from its indentation where it has no 第N章). */
csq_status csq__builder_heading(csq_builder *builder, const char *line,
                                size_t len, long long offset,
                                csq_error *err);
/* An article with number `num` ("4", "10-1"). */
csq_status csq__builder_article(csq_builder *builder, const char *num,
                                long long offset, csq_error *err);
/* A block of article text that starts a node: a paragraph, or a
 * subparagraph / item when it opens with a list marker. */
csq_status csq__builder_block(csq_builder *builder, const char *text,
                              size_t len, long long offset, csq_error *err);
/* Whether text opens with a list marker that continues an open list (the
 * next number) or starts one (number 1). The wrapped-text reader uses it to
 * tell a marker from a wrapped line that happens to begin with 三、. */
int csq__builder_marker_fits(const csq_builder *builder, const char *text,
                             size_t len);
/* Text that continues the last node: a wrapped line (joined as is) or a
 * table row (joined after a newline). */
csq_status csq__builder_append(csq_builder *builder, const char *text,
                               size_t len, int is_table_row, csq_error *err);
/* Finishes the tree, applies the metadata and hands the law over:
 * *out is the caller's (freed with csq__law_free). */
csq_status csq__builder_finish(csq_builder *builder, const csq_law_meta *meta,
                               csq_law **out, csq_error *err);
/* Releases a builder that will not be finished. */
void csq__builder_abandon(csq_builder *builder);

void csq__law_free(csq_law *law);

/* Rebuilding a tree whose eIds and citations are already known (a law read
 * back from the database): new, then nodes in document order, then seal
 * (which builds the eId index). *out is the caller's (csq__law_free). */
csq_status csq__law_new(const csq_law_meta *meta, const char *source, csq_law **out,
                        csq_error *err);
/* Adds a node under parent (NULL: the root); NULL when out of memory. */
csq_node *csq__law_add_node(csq_law *law, csq_node *parent, csq_kind kind, const char *num,
                            const char *eid, const char *cite, const char *title,
                            const char *text, size_t text_len);
csq_status csq__law_seal(csq_law *law, csq_error *err);
/* The kind named "article" etc.; CSQ_LAW for an unknown name. */
csq_kind csq__kind_from_name(const char *name);

/* ---- one paragraph per line (lines.c) ---------------------------------- */

/* Feeds lines to the builder, telling new blocks from hard-wrapped
 * continuations and table rows. Reset (= {1, 0}) at each article. */
typedef struct csq_line_joiner {
  int prev_ended; /* the previous line ended a clause (。：；…) */
  int prev_table; /* the previous line was a table row */
} csq_line_joiner;

csq_status csq__joiner_line(csq_line_joiner *joiner, csq_builder *builder,
                            const char *line, size_t len, long long offset,
                            csq_error *err);
/* All the lines of `content` (separated by \n or \r\n), one joiner. */
csq_status csq__add_lines(csq_builder *builder, const char *content,
                          size_t len, csq_error *err);
/* Strips ASCII and ideographic spaces at both ends. */
void csq__trim_line(const char **s, size_t *len);
/* The line ends a sentence or a lead-in (。：；！？ and closing brackets). */
int csq__ends_clause(const char *s, size_t len);
/* The line is a table row (box drawing, or columns of spaces). */
int csq__is_table_row(const char *s, size_t len);

/* The identifier number of an article heading or ArticleNo: 「第 10-1 條」,
 * 「第十條之一」 → "10-1"; a bare 「1」 (編制表 entries) → "1". Returns 0,
 * or -1 when `no` is not an article number. */
int csq__article_num(const csq_grammar *grammar, const char *no, size_t len,
                     char *buf, size_t size);

/* ---- readers --------------------------------------------------------- */

/* Every reader adds the law(s) found in data[0..len) by calling `emit`
 * once per law; the law then belongs to the callee. */
typedef csq_status (*csq_emit_fn)(void *ctx, csq_law *law, csq_error *err);

csq_status csq__read_moj_json(const csq_grammar *grammar, const char *data,
                              size_t len, const char *source,
                              csq_emit_fn emit, void *ctx, csq_error *err);
csq_status csq__read_text(const csq_grammar *grammar, const char *data,
                          size_t len, const char *source,
                          const csq_law_meta *defaults, csq_emit_fn emit,
                          void *ctx, csq_error *err);

/* Checks that data is valid UTF-8; on failure fills err with the offset
 * of the first bad byte. */
csq_status csq__check_utf8(const char *data, size_t len, const char *source,
                           csq_error *err);

/* ---- citations (refs.c, refs_index.c, refs_render.c) ------------------ */

struct csq_target {
  csq_target_kind kind;
  const char *law_id, *law_name; /* "" when unknown */
  const char *eid, *cite, *part; /* "" when none */
  const csq_law *law;            /* the loaded version linked, or NULL */
  const csq_node *node;          /* the target node, or NULL */
  int resolved, exists, fallback;
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

/* A hash map from 64-bit keys to 64-bit values (open addressing); key 0 is
 * stored as 1. Used for the name trie, per-node spans and the reverse
 * index. */
typedef struct csq__u64slot {
  uint64_t key, val;
} csq__u64slot;

/* Key and value side by side: a lookup touches one cache line. */
typedef struct csq__u64map {
  csq__u64slot *slots;
  size_t size, count;
} csq__u64map;

int csq__u64map_put(csq__u64map *m, uint64_t key, uint64_t val); /* 0 or -1 */
/* 1 and *val when present, else 0. */
int csq__u64map_get(const csq__u64map *m, uint64_t key, uint64_t *val);
void csq__u64map_free(csq__u64map *m);
/* Makes room for `count` keys at once (0 or -1). */
int csq__u64map_reserve(csq__u64map *m, size_t count);
uint64_t csq__hash_bytes(const char *s, size_t len); /* in-memory keys only */

/* A law as a citation names it: its pcode and name where known, and the
 * loaded version linked (or NULL). */
typedef struct csq__lawref {
  const char *id, *name;
  const csq_law *law;
  int known, fallback;
} csq__lawref;

/* Laws of the corpus and of grammar/law_names.tsv (refs_index.c). */
typedef struct csq__lawbook csq__lawbook;

csq_status csq__lawbook_new(const csq_corpus *corpus, csq__lawbook **out, csq_error *err);
void csq__lawbook_free(csq__lawbook *book);
/* The longest law name that ends at byte `end` of s and starts at or after
 * byte `floor`: its start (or (size_t)-1 when none) and the lawref it names,
 * linked to the version in force on `date` (yyyy-mm-dd or ""). */
size_t csq__lawbook_name_before(const csq__lawbook *book, const char *s, size_t floor,
                                size_t end, const char *date, csq__lawref *out);
/* The law whose pcode or exact name (or short name) is `name`, linked for
 * `date`; out->known is 0 when the name is nobody's. */
void csq__lawbook_find(const csq__lawbook *book, const char *name, const char *date,
                       csq__lawref *out);
/* The version of `law` itself (by its pcode or name) in force on `date`. */
void csq__lawbook_link(const csq__lawbook *book, const char *id, const char *name,
                       const char *date, csq__lawref *out);
/* The articles of a loaded law in document order. */
const csq_node *const *csq__lawbook_articles(const csq__lawbook *book, const csq_law *law,
                                             size_t *count);

/* The reverse index: citations by the provisions they name. */
typedef struct csq__citedby csq__citedby;
csq_status csq__citedby_build(csq_citation *const *cites, size_t count,
                              csq__citedby **out, csq_error *err);
void csq__citedby_free(csq__citedby *index);
/* Appends to `hits` the citations of key "LAWKEY/EID" and its parts, then
 * those of the provisions containing it. */
csq_status csq__citedby_find(const csq__citedby *index, csq_citation *const *cites,
                             const char *lawkey, const char *eid, csq_cited_by **hits,
                             size_t *count, csq_error *err);

/* The key of a target's law in the reverse index: the pcode, else the name. */
const char *csq__target_lawkey(const csq_target *t);

/* ---- corpus (corpus.c) ----------------------------------------------- */

typedef struct csq_store csq_store;

const csq_grammar *csq__corpus_grammar(const csq_corpus *corpus);
/* The attached database, or NULL. */
csq_store *csq__corpus_store(const csq_corpus *corpus);
/* Frees every law of the corpus, keeping its compiled grammar (an import
 * reuses one corpus for thousands of files). */
void csq__corpus_clear(csq_corpus *corpus);

/* ---- the database (store.c) ------------------------------------------ */

#include <sqlite3.h>

/* Opens a database read-only (*out is the caller's: csq__store_close). */
csq_status csq__store_open(const char *path, csq_store **out, csq_error *err);
void csq__store_close(csq_store *store);
sqlite3 *csq__store_db(csq_store *store);
/* Reads the latest version of the law whose pcode or name is `name`;
 * *out is NULL (and CSQ_OK) when there is none. */
csq_status csq__store_load_law(csq_store *store, const char *name, csq_law **out,
                               csq_error *err);
/* The pcode or name of the law a bare 第N條 means in this database. */
csq_status csq__store_primary(csq_store *store, char *buf, size_t size);
/* What search.c keeps between searches on one database: its prepared
 * statements and a word break iterator (costly to open). */
typedef struct csq_search_cache csq_search_cache;
csq_search_cache **csq__store_search_cache(csq_store *store);
void csq__search_cache_free(csq_search_cache *cache);
/* Creates the schema in an empty database (search.c makes one in memory
 * for the laws of a corpus that has no database). */
csq_status csq__store_create_schema(sqlite3 *db, csq_error *err);
/* Inserts one law with its nodes and their full-text rows. */
csq_status csq__store_insert_law(sqlite3 *db, const csq_law *law, csq_error *err);

/* ---- full-text search (fts_tokenizer.c) ------------------------------- */

/* A character of text as the tokenizer sees it: its bytes and its folded
 * form. Separators (punctuation, spaces) are left out. */
typedef struct csq_fts_unit {
  int start, end;   /* byte offsets in the text */
  int cjk;          /* a Han (kana, bopomofo) character, else a letter/digit */
  char folded[17];  /* NFKC, lower case, NUL-terminated */
} csq_fts_unit;

/* The units of text[0..len); *out is malloc'd (caller frees). Search uses
 * them to find the hits to highlight exactly as the index matched them. */
csq_status csq__fts_units(const char *text, size_t len, csq_fts_unit **out, size_t *count,
                          csq_error *err);

/* Registers the "csquery" FTS5 tokenizer on db. */
csq_status csq__fts_register(sqlite3 *db, csq_error *err);
/* The fts5_api of a connection (SELECT fts5(?1)); NULL without FTS5. */
fts5_api *csq__fts5_api(sqlite3 *db);

/* ---- ranking (rank.c) ---------------------------------------------------- */

/* The ranking function of one connection: csq_bm25(nodes_fts, caller_scales)
 * in SQL. */
typedef struct csq_ranker csq_ranker;
/* Registers csq_bm25 on db (it reads fts_lengths a row at a time as hits
 * fall in them). *out is owned by the connection (freed when db closes);
 * callers only borrow it. */
csq_status csq__rank_register(sqlite3 *db, csq_ranker **out, csq_error *err);
/* What the scores of the ranker's last query are to be multiplied by, that
 * query having found `hits` rows: the idf that csq_bm25(…, 1) leaves out of
 * a query of one phrase, else 1. */
double csq__rank_scale(const csq_ranker *ranker, double hits);
/* Writes fts_lengths (every node's length in tokens, one byte each) from
 * the FTS5 index: the last step of an import. */
csq_status csq__rank_write_lengths(sqlite3 *db, csq_error *err);

#endif /* CSQ_INTERNAL_H */
