/*
 * rewrap.h — a parsed law written back out as the wrapped text that a copy
 * from a law.moj.gov.tw PDF gives (the seed's layout), and the comparison of
 * the tree read back from it with the original. Used by test_roundtrip and
 * tools/roundtrip; nothing here is part of the library.
 */
#ifndef CSQ_REWRAP_H
#define CSQ_REWRAP_H

#include <stddef.h>

#include "csquery.h"

/* How the wrapped text is laid out. Zero is "off" for every flag. */
typedef struct csq_rewrap_options {
  int width;          /* display columns per line; a CJK character takes 2 (the seed: 54) */
  int trailing_space; /* a space after each line that ends a node, as the PDF copy has */
  int blank_lines;    /* an empty line after every line */
  int page_lines;     /* after every page_lines lines, a leading space (a page break); 0: none */
  int kinsoku;        /* no closing punctuation at a line's start, no opening one at its end */
  int title;          /* the law's name on the first line */
  int links;          /* the LawSingle.aspx source links at the end */
} csq_rewrap_options;

/* The options that reproduce the seed's layout at `width` columns. */
csq_rewrap_options csq_rewrap_pdf_like(int width, int trailing_space);

/* The law as wrapped text in a malloc'd, NUL-terminated buffer (the caller
 * frees it); *len receives its length. NULL when out of memory. */
char *csq_rewrap_law(const csq_law *law, const csq_rewrap_options *opt, size_t *len);

/* Whether two trees are identical: the same kinds, nums, eIds and texts in
 * the same shape. */
int csq_rewrap_same_tree(const csq_law *a, const csq_law *b);

/* One node boundary that the two trees disagree on. */
typedef struct csq_boundary_error {
  const char *eid;   /* the article (of the reference tree) */
  int missed;        /* 1: the reference starts a node here and the other does not;
                        0: the other starts a node the reference does not have */
  csq_kind ref_kind; /* the node the reference starts here, or the one it continues */
  char before[64];   /* up to 8 characters before the boundary (spaces left out) */
  char after[64];    /* up to 8 characters after it */
  int in_table;      /* the reference node holds a table (rows joined by newlines) */
} csq_boundary_error;

typedef void (*csq_boundary_fn)(void *ctx, const csq_boundary_error *e);

/* Boundary counts over a comparison: a boundary is the place in an
 * article's text (spaces left out) where a paragraph, subparagraph or item
 * begins; the first one of each article is not counted. */
typedef struct csq_boundary_stats {
  size_t articles;         /* articles of the reference */
  size_t articles_missing; /* articles the other tree does not have, or whose text differs */
  size_t articles_table;   /* articles left out: they hold a table (csq_rewrap_has_table) */
  size_t expected;         /* boundaries of the reference */
  size_t found;            /* boundaries of the other tree (in matched articles) */
  size_t matched;          /* boundaries both have */
} csq_boundary_stats;

/* Whether a node's text is laid out in rows or columns (a newline, or a run
 * of three spaces): wrapped text cannot carry that layout, so such articles
 * are counted apart. csq_rewrap_has_table: whether any node of the law is. */
int csq_rewrap_node_has_table(const csq_node *node);
int csq_rewrap_has_table(const csq_law *law);

/* Compares the node boundaries of `got` with those of `ref`, article by
 * article (matched by eId), leaving out articles that hold a table, adds the counts to *stats and
 * calls `fn` (if not NULL) for each boundary they disagree on. Returns the number of disagreements,
 * or (size_t)-1 when out of memory. */
size_t csq_rewrap_compare(const csq_law *ref, const csq_law *got, csq_boundary_stats *stats,
                          csq_boundary_fn fn, void *ctx);

#endif
