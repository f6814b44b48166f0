/*
 * diff.h — the parts of a diff of two versions of a law (diff.c): which
 * provisions match (diff_match.c), the character changes inside a pair of
 * them (diff_text.c), and what the renderer reads.
 */
#ifndef CSQ_QUERY_DIFF_H
#define CSQ_QUERY_DIFF_H

#include "query/query.h"

/* ---- matching (diff_match.c) --------------------------------------------- */

/* An article, or a paragraph with its 款 and 目, of one version. */
typedef struct csq__unit {
  const csq_node *node;
  size_t article;                /* a paragraph: its article's index */
  size_t first_para, para_count; /* an article: its paragraphs */
  uint32_t *grams;               /* sorted distinct bigram ids */
  size_t gram_count, len;        /* len: code points, white space left out */
  uint64_t text_hash;            /* of the text, white space left out */
  const char *heading;           /* an article: the title of its heading, or "" */
  long match;                    /* the unit of the other version, or -1 */
  double score;                  /* how alike the two are (0…1, bonuses added) */
  double best;                   /* a paragraph: the likeness of the most alike of the other */
  int merged;                    /* joined a paragraph matched already */
} csq__unit;

typedef struct csq__diff_cand {
  uint32_t unit;
  double score;
} csq__diff_cand;

typedef struct csq__side {
  const csq_law *law;
  CSQ_VEC(csq__unit) arts;
  CSQ_VEC(csq__unit) paras;
} csq__side;

typedef struct csq__differ {
  const csq_mem *mem;
  csq__u64map gram_ids; /* (code point, code point) → bigram id */
  csq__side old, new;
} csq__differ;

/* A candidate pair of units: a of the earlier version, b of the later. */
typedef struct pair {
  uint32_t a, b;
  double score;
} pair;
typedef CSQ_VEC(pair) pair_vec;
enum { TOP = 8 }; /* the candidates kept of each unit */

/* Each unit of `from` with its TOP most alike of `to` (likeness ≥ floor)
 * into `out`; the best-first candidates of each unit into *per_unit (when
 * not NULL: TOP a unit, UINT32_MAX after the last; the caller frees). */
int csq__diff_candidates(csq__differ *d, const csq__unit *from, size_t nf, const csq__unit *to,
                         size_t nt, double floor, pair_vec *out, csq__diff_cand **per_unit);
/* Best first (qsort order of pairs). */
int csq__by_score(const void *x, const void *y);

/* Matches the articles and paragraphs of `from` and `to` (the differ's
 * mem set, the rest zero). */
csq_status csq__differ_match(csq__differ *d, const csq_law *from, const csq_law *to,
                             csq_error *err);
void csq__differ_release(csq__differ *d);
/* Whether an article's text is （刪除）: a deleted article keeps its number. */
int csq__deleted_in_place(const csq_node *article);

/* ---- character changes (diff_text.c) ----------------------------------- */

/* One run of a text diff: equal, deleted from the old text, or inserted in
 * the new; spans in code points and in bytes of each text. */
typedef struct csq__edit {
  int op; /* CSQ_EDIT_EQUAL, CSQ_EDIT_DELETE, CSQ_EDIT_INSERT */
  size_t old_start, old_end, new_start, new_end;
  size_t old_byte_start, old_byte_end, new_byte_start, new_byte_end;
} csq__edit;

/* The shortest edit script from old to new (Myers), code point by code
 * point; *out allocated with mem (NULL when the texts are equal). Texts
 * too unlike for a readable script (more than half of either changed)
 * come back as one deletion and one insertion. */
csq_status csq__diff_text(const csq_mem *mem, const char *old, size_t old_len, const char *new,
                          size_t new_len, csq__edit **out, size_t *count, csq_error *err);

/* Whether two texts differ in form only: the same once folded by NFKC (（）
 * and ( ), full-width and ASCII digits) with their white space left out.
 * The data of 2024 wrote in that form many texts of 2019 it did not amend. */
csq_status csq__same_form(const csq_mem *mem, const char *a, size_t a_len, const char *b,
                          size_t b_len, int *same, csq_error *err);

/* The distinct character pairs of a text, sorted, for likeness. */
typedef struct csq__gramset {
  uint64_t *grams;
  size_t count, len; /* len: code points */
} csq__gramset;
int csq__gramset_of(const csq_mem *mem, const char *text, size_t len, csq__gramset *out);
void csq__gramset_free(const csq_mem *mem, csq__gramset *set);
/* Dice's coefficient of two sets (0…1). */
double csq__gramset_likeness(const csq__gramset *a, const csq__gramset *b);

/* The edits of a row with their byte spans (the renderer writes slices of
 * the texts); their count. */
const csq__edit *csq__diff_row_edits(const csq_diff *diff, size_t article, size_t row,
                                     size_t *count);

#endif /* CSQ_QUERY_DIFF_H */
