/*
 * reading.h — the reading stage: readers, lines, the tree builder and the
 * in-memory corpus.
 */
#ifndef CSQ_READING_H
#define CSQ_READING_H

#include "base/base.h"

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


/* ---- corpus (corpus.c) ----------------------------------------------- */

typedef struct csq_store csq_store;

const csq_grammar *csq__corpus_grammar(const csq_corpus *corpus);
/* The attached database, or NULL. */
csq_store *csq__corpus_store(const csq_corpus *corpus);
/* Frees every law of the corpus, keeping its compiled grammar (an import
 * reuses one corpus for thousands of files). */
void csq__corpus_clear(csq_corpus *corpus);


#endif /* CSQ_READING_H */
