/*
 * reading.h — the reading stage: the patterns readers read with, the
 * readers, lines, the tree builder, eIds and citations of nodes, and the
 * in-memory corpus. Nothing here knows of a database.
 */
#ifndef CSQ_READING_H
#define CSQ_READING_H

#include "base/base.h"

/* ---- the patterns of the readers (patterns.c) ----------------------- */

typedef enum csq_pattern_id {
  CSQ_PAT_ARTICLE_HEADING, /* grammar/article_heading.pcre */
  CSQ_PAT_HEADING,         /* grammar/heading.pcre */
  CSQ_PAT_LIST_MARKER,     /* grammar/list_marker.pcre */
  CSQ_PAT_METADATA,        /* grammar/metadata.pcre */
  CSQ_PAT_COUNT
} csq_pattern_id;

/* Compiled once per corpus. */
typedef struct csq_grammar {
  csq_pattern pattern[CSQ_PAT_COUNT];
} csq_grammar;

csq_status csq__grammar_init(csq_grammar *grammar, csq_error *err);
void csq__grammar_release(csq_grammar *grammar);
/* Runs pattern `id` anchored at the start of s[0..len) (see
 * csq__pattern_match). */
int csq__grammar_match(const csq_grammar *grammar, csq_pattern_id id, const char *s, size_t len,
                       PCRE2_SIZE **ovector);
int csq__grammar_group(const csq_grammar *grammar, csq_pattern_id id, const char *name);

/* ---- the tree (tree.c) ----------------------------------------------- */

struct csq_node {
  csq_kind kind;
  const char *num;  /* "4", "10-1" */
  const char *eid;  /* art_4__para_1 */
  const char *cite; /* 第4條第1項 */
  const char *text; /* NUL-terminated */
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
  const char *history; /* the amendment record as written (LawHistories, 沿革內容), or "" */
  const char *format;  /* "moj", "moj-old", "text" (csq_law_format) */
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
  const char *history, *format;
  int repealed;
} csq_law_meta;

/* Builds a law's tree from the blocks a reader sees, in document order.
 * Readers call heading/article/block/append; the builder numbers nodes,
 * nests list items by their markers and makes eIds and citations. */
typedef struct csq_builder {
  csq_law *law;
  const csq_mem *mem;
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
  size_t nodes;         /* made so far: at most CSQ_MAX_NODES */
  /* Per heading level, the headings of that level under the parent the
   * last one went into: a heading without a number (壹 總則) is numbered
   * by its place, counted on from where the count stopped. */
  struct {
    const csq_node *parent, *seen;
    size_t count;
  } heading_count[5];
} csq_builder;

csq_status csq__builder_init(csq_builder *builder, const csq_grammar *grammar, const csq_mem *mem,
                             const char *source, csq_error *err);
/* A heading line such as 「第 一 章 總則」 (its level from the word, or
 * from its indentation where it has no 第N章). */
csq_status csq__builder_heading(csq_builder *builder, const char *line, size_t len,
                                long long offset, csq_error *err);
/* An article with number `num` ("4", "10-1"). */
csq_status csq__builder_article(csq_builder *builder, const char *num, long long offset,
                                csq_error *err);
/* A block of article text that starts a node: a paragraph, or a
 * subparagraph / item when it opens with a list marker. */
csq_status csq__builder_block(csq_builder *builder, const char *text, size_t len, long long offset,
                              csq_error *err);
/* Whether text opens with a list marker that continues an open list (the
 * next number) or starts one (number 1). The wrapped-text reader uses it to
 * tell a marker from a wrapped line that happens to begin with 三、. */
int csq__builder_marker_fits(const csq_builder *builder, const char *text, size_t len);
/* Text that continues the last node: a wrapped line (joined as is) or a
 * table row (joined after a newline). */
csq_status csq__builder_append(csq_builder *builder, const char *text, size_t len, int is_table_row,
                               csq_error *err);
/* Finishes the tree, applies the metadata and hands the law over:
 * *out is the caller's (freed with csq__law_free). */
csq_status csq__builder_finish(csq_builder *builder, const csq_law_meta *meta, csq_law **out,
                               csq_error *err);
/* Releases a builder that will not be finished. */
void csq__builder_abandon(csq_builder *builder);

void csq__law_free(csq_law *law);

/* A hash of what the law says, as 16 hex digits (digest.c): two readings
 * of one text, from either open-data format, have the same digest. */
void csq__law_digest(const csq_law *law, char out[17]);

/* Rebuilding a tree whose eIds and citations are already known (a law read
 * back from the database): new, then nodes in document order, then seal
 * (which builds the eId index). *out is the caller's (csq__law_free). */
csq_status csq__law_new(const csq_law_meta *meta, const char *source, const csq_mem *mem,
                        csq_law **out, csq_error *err);
/* Adds a node under parent (NULL: the root); NULL when out of memory. */
csq_node *csq__law_add_node(csq_law *law, csq_node *parent, csq_kind kind, const char *num,
                            const char *eid, const char *cite, const char *title, const char *text,
                            size_t text_len);
csq_status csq__law_seal(csq_law *law, csq_error *err);
/* The eId index (eid_index.c): made empty for the law's nodes, then each
 * node put in, in document order (a repeated eId gets ~2, ~3 …; `taken`
 * remembers the suffixes used). 0 or -1 when out of memory. */
int csq__law_index_new(csq_law *law);
int csq__law_index_node(csq_law *law, csq__u64map *taken, csq_node *n);
/* ---- names of nodes and provisions (names.c) ---------------------------- */

/* The kind named "article" etc.; CSQ_LAW for an unknown name. */
csq_kind csq__kind_from_name(const char *name);
/* The word a citation names a kind by: 條, 項, 章 …; "" for the root. */
const char *csq__kind_word(csq_kind kind);
/* Append one node's part to an eId (art_4, __para_1) or a citation (第4條,
 * 第10條之1, 第1項, (3)) being written in buf[*at..size); num is as in an
 * eId ("10-1"). 0, or -1 when it does not fit. */
int csq__eid_append(char *buf, size_t size, size_t *at, csq_kind kind, const char *num);
int csq__cite_append(char *buf, size_t size, size_t *at, csq_kind kind, const char *num);
/* The eId and citation of a provision by its numbers (negative: the level
 * is not named; a citation leaves an unnamed paragraph out: 第3條第5款). */
int csq__provision_eid(char *buf, size_t size, long art, long artsub, long para, long sub,
                       long item);
int csq__provision_cite(char *buf, size_t size, long art, long artsub, long para, long sub,
                        long item);
/* The eId and citation of heading `num` of `kind`, inside the heading
 * outer_eid (NULL or "": at the top). */
int csq__heading_names(char *eid, size_t eid_size, char *cite, size_t cite_size,
                       const char *outer_eid, csq_kind kind, const char *num);

/* ---- one paragraph per line (lines.c) ---------------------------------- */

/* Feeds lines to the builder, telling new blocks from hard-wrapped
 * continuations and table rows. Reset (= {1, 0}) at each article. */
typedef struct csq_line_joiner {
  int prev_ended; /* the previous line ended a clause (。：；…) */
  int prev_table; /* the previous line was a table row */
} csq_line_joiner;

csq_status csq__joiner_line(csq_line_joiner *joiner, csq_builder *builder, const char *line,
                            size_t len, long long offset, csq_error *err);
/* All the lines of `content` (separated by \n or \r\n), one joiner. */
csq_status csq__add_lines(csq_builder *builder, const char *content, size_t len, csq_error *err);
/* The line ends a sentence or a lead-in (。：；！？ and closing brackets). */
int csq__ends_clause(const char *s, size_t len);
/* The line is a table row (box drawing, or columns of spaces). */
int csq__is_table_row(const char *s, size_t len);

/* The identifier number of an article heading or ArticleNo: 「第 10-1 條」,
 * 「第十條之一」 → "10-1"; a bare 「1」 (編制表 entries) → "1". Returns 0,
 * or -1 when `no` is not an article number. */
int csq__article_num(const csq_grammar *grammar, const char *no, size_t len, char *buf,
                     size_t size);

/* ---- readers --------------------------------------------------------- */

/* Every reader adds the law(s) found in data[0..len) by calling `emit`
 * once per law; the law then belongs to the callee. */
typedef csq_status (*csq_emit_fn)(void *ctx, csq_law *law, csq_error *err);

csq_status csq__read_moj_json(const csq_grammar *grammar, const csq_mem *mem, const char *data,
                              size_t len, const char *source, csq_emit_fn emit, void *ctx,
                              csq_error *err);
/* The older official format (reader_moj_old.c): `root` is the parsed JSON
 * of data[0..len) (a law object with 法規內容, {"法規": […]} or an array of
 * laws), data the bytes it came from, to name offsets in errors. */
struct json_t;
int csq__moj_old_shape(const struct json_t *root);
csq_status csq__read_moj_old(const csq_grammar *grammar, const csq_mem *mem,
                             const struct json_t *root, const char *data, size_t len,
                             const char *source, csq_emit_fn emit, void *ctx, csq_error *err);
/* The article text of the older format, hard-wrapped at 64 columns
 * (wraps.c): the paragraphs, items and tables recovered, fed to the builder
 * as the current format's one-paragraph-a-line text would be. */
csq_status csq__add_wrapped_lines(csq_builder *builder, const char *content, size_t len,
                                  csq_error *err);
/* (moj_fields.c) yyyymmdd → yyyy-mm-dd in buf, or "" when the field is no
 * such date; the pcode in a law's URL (…?pcode=A0030303) in buf, or "". */
const char *csq__moj_iso_date(const char *yyyymmdd, char *buf, size_t size);
const char *csq__moj_pcode(const char *url, char *buf, size_t size);
/* Adds to *lines the lines of `content` but its last, and to *wrapped those
 * of them that are full (64 columns) and stop mid-sentence: the current
 * format kept the hard wraps of some older laws, which are then read as
 * the older format's text is (reader_moj.c). */
void csq__count_wrapped(const char *content, size_t len, size_t *lines, size_t *wrapped);
/* Whether a law with these counts is hard-wrapped: a quarter of its lines
 * full and open (a paragraph ends with a stop: one that stops mid-sentence
 * at 64 columns was wrapped). */
int csq__is_hard_wrapped(size_t lines, size_t wrapped);
csq_status csq__read_text(const csq_grammar *grammar, const csq_mem *mem, const char *data,
                          size_t len, const char *source, const csq_law_meta *defaults,
                          csq_emit_fn emit, void *ctx, csq_error *err);

/* Where a node's text begins after the list marker (一、 （一） 1. …) that
 * opens a subparagraph, item or subitem: a byte offset, 0 for the others. */
size_t csq__node_body_start(const csq_grammar *grammar, const csq_node *node);

/* ---- the amendment record (history.c) ----------------------------------- */

/* Reads a law's record with grammar/history.pcre (compiled by the caller);
 * *out is the caller's (csq_amendment_list_free). */
csq_status csq__amendments_parse(const csq_pattern *pattern, const csq_mem *mem,
                                 const char *history, csq_amendment_list **out, csq_error *err);
/* A list of versions: their strings in its arena. */
struct csq_version_list {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(csq_version_info) items;
};
csq_status csq__version_list_new(const csq_mem *mem, csq_version_list **out, csq_error *err);
/* Adds a copy of `version`; 0 or -1. */
int csq__version_list_add(csq_version_list *list, const csq_version_info *version);
/* The versions the record knows of its law (the list's, never NULL). */
csq_version_list *csq__amendments_versions(csq_amendment_list *list);
/* The kind named "enacted" …; -1 for an unknown name. */
int csq__amendment_kind_from_name(const char *name);

/* The law in memory whose pcode or name is `name`, in force on `date` (the
 * latest on or before it; NULL, "": the latest), or NULL. */
const csq_law *csq__corpus_find_law_at(const csq_corpus *corpus, const char *name,
                                       const char *date);

/* What an event of the amendment record did. */
typedef enum csq__amendment_kind {
  CSQ_AMEND_ENACTED = 0, /* 制定 / 訂定: the law made (全文 N 條) */
  CSQ_AMEND_REVISED,     /* 全文修正: the whole text replaced */
  CSQ_AMEND_AMENDED,     /* 修正: articles amended */
  CSQ_AMEND_ADDED,       /* 增訂: articles inserted */
  CSQ_AMEND_DELETED,     /* 刪除: articles deleted */
  CSQ_AMEND_REPEALED,    /* 廢止: the law repealed */
  CSQ_AMEND_RENAMED,     /* 名稱: the name changed */
  CSQ_AMEND_EFFECTIVE,   /* 施行: when it takes effect */
  CSQ_AMEND_SUSPENDED,   /* 停止適用 */
  CSQ_AMEND_TRANSFERRED, /* 管轄: provisions handed to another authority */
  CSQ_AMEND_ANNEX        /* 附表: an annex of the articles named amended, not their text */
} csq__amendment_kind;

/* "enacted", "revised" …; the record's word: 制定, 全文修正 …; static. */
const char *csq__amendment_kind_name(csq__amendment_kind kind);
const char *csq__amendment_kind_word(csq__amendment_kind kind);

/* One dated event of the record and what it did; a numbered entry holds
 * one or more. */
typedef struct csq__amendment csq__amendment;
size_t csq__amendment_list_count(const csq_amendment_list *list);
/* The versions of the law known when the record was read, oldest first. */
const csq_version_list *csq__amendment_list_versions(const csq_amendment_list *list);
const csq__amendment *csq__amendment_list_at(const csq_amendment_list *list, size_t i);

int csq__amendment_entry(const csq__amendment *a);        /* its entry's number: 1, 2 … */
const char *csq__amendment_date(const csq__amendment *a); /* yyyy-mm-dd, or "" */
const char *csq__amendment_text(const csq__amendment *a); /* as written, wraps joined */
/* What it did: action i (0, or -1 past the end). A plain value. */
typedef struct csq__amendment_action {
  csq__amendment_kind kind;
  const char *const *articles; /* eId numbers ("6", "3-1"; ranges spelled out), or none */
  size_t article_count;
  long total; /* 全文 N 條 of an enactment or a revision: N; else 0 */
} csq__amendment_action;
size_t csq__amendment_action_count(const csq__amendment *a);
int csq__amendment_action_at(const csq__amendment *a, size_t i, csq__amendment_action *out);

/* ---- node lists (node_list.c) ----------------------------------------- */

struct csq_node_list {
  CSQ__LIST(const csq_node *);
  /* Where each node is in the version of its law in force today, when its
   * own is an earlier one (NULL: gone); empty when none is later. Freed by
   * the list's release (query/now.c). */
  CSQ_VEC(const csq_node *) now;
};

/* A part of a node's text a lookup selected (但書): its name and bytes. */
typedef struct csq__node_part {
  const char *name; /* proviso, first_sentence, second_sentence; NULL: the whole node */
  size_t start, end;
} csq__node_part;

csq_status csq__node_list_new(const csq_mem *mem, csq_node_list **out, csq_error *err);
int csq__node_list_push(csq_node_list *list, const csq_node *node); /* 0 or -1 */
/* Appends a part of node's text: bytes start..end of csq_node_text. The
 * parts are what the list owns (its release frees them); a list that owns
 * something else takes none. 0 or -1. */
int csq__node_list_push_part(csq_node_list *list, const csq_node *node, const char *name,
                             size_t start, size_t end);
/* The part of the i-th node, or NULL for the whole node. */
const csq__node_part *csq__node_list_part_at(const csq_node_list *list, size_t i);
/* Node spans: what a stage extracts from each node (citations, obligations)
 * is kept in one list in document order, so a subtree's items stand
 * together; a map from each node to its items [first, end) answers for a
 * node and its descendants. */
int csq__node_span_note(csq__u64map *spans, const csq_node *n, size_t first,
                        size_t end); /* 0 or -1 */
/* Widens [*lo, *hi) to the items of n (and, with deep, its descendants);
 * start with *lo = SIZE_MAX, *hi = 0. */
void csq__node_span(const csq__u64map *spans, const csq_node *n, int deep, size_t *lo, size_t *hi);
/* The articles of a law (under any headings), in document order. */
int csq__collect_articles(const csq_node *node, csq_node_list *list); /* 0 or -1 */
/* The child of `parent` of `kind` numbered `num` (NULL parent: none), and
 * how many children of that kind it has. */
const csq_node *csq__child(const csq_node *parent, csq_kind kind, long num);
size_t csq__count_children(const csq_node *parent, csq_kind kind);
/* 第三條第五款 (a 款 right under 條): the number of the article's only
 * paragraph, else of the first that has that 款 (docs/citations.md); 1 when
 * the law or article is not there. *named: the article has several. */
long csq__implicit_paragraph(const csq_law *law, const char *art_eid, long sub, int *named);

/* ---- corpus (corpus.c) ----------------------------------------------- */

const csq_grammar *csq__corpus_grammar(const csq_corpus *corpus);
const csq_mem *csq__corpus_mem(const csq_corpus *corpus);
/* The first law the user loaded (not read from a database), or NULL. */
const csq_law *csq__corpus_first_loaded(const csq_corpus *corpus);
/* Adds a law made elsewhere (read back from a database) after the laws the
 * user loaded; the corpus owns it from then on, also when this fails. */
csq_status csq__corpus_adopt(csq_corpus *corpus, csq_law *law, csq_error *err);
/* The pcode of the law csquery was made for (corpus/manifest.json's
 * "primary"): what a bare 第N條 means in a database that holds it. */
csq_status csq__manifest_primary(char *buf, size_t size, csq_error *err);
/* The law in memory whose pcode (else name) is `key` and whose version is
 * `version`, or NULL. */
const csq_law *csq__corpus_find_version(const csq_corpus *corpus, const char *key,
                                        const char *version);
/* Whether `law` came into the corpus from a database (csq__corpus_adopt),
 * not from the library's user. */
int csq__corpus_adopted(const csq_corpus *corpus, const csq_law *law);
/* Frees the laws `keep` says no to (an import drops the versions it has
 * stored already); how many were dropped. */
size_t csq__corpus_drop(csq_corpus *corpus, int (*keep)(void *ctx, const csq_law *law), void *ctx);
/* Frees every law of the corpus, keeping its compiled grammar (an import
 * reuses one corpus for thousands of files). */
void csq__corpus_clear(csq_corpus *corpus);

#endif /* CSQ_READING_H */
