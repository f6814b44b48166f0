/*
 * formats.h — the laws whose version is the same in the 2019 dump (the
 * older format) and in the 2024 dump (the current one), read from both and
 * compared: the tree dumps (tree_dump.h) must be the same.
 */
#ifndef CSQ_TEST_FORMATS_H
#define CSQ_TEST_FORMATS_H

#include <stddef.h>

typedef struct csq_test_formats {
  size_t old_laws;  /* laws in the older dump */
  size_t compared;  /* with the same version in both */
  size_t identical; /* the same tree, text and all */
  /* The data itself differs: the text of an article or heading is not the
   * same in the two files, white space aside (the 2024 data corrected
   * punctuation, （） for ( ), and typos). Identical ones are not counted. */
  size_t edited;
  size_t same_shape; /* of the edited ones: the same nodes (kinds, eIds, citations) */
  size_t failed;     /* a file that did not read */
} csq_test_formats;

/* Told of each law whose trees differ: its pcode, both dumps, and whether
 * the data differs (edited). */
typedef void (*csq_test_differ_fn)(void *ctx, const char *pcode, const char *old_dump,
                                   const char *new_dump, int edited);

/* Compares every <pcode>.json of old_dir with new_dir/<pcode>.json where
 * both give the same version; `every` > 1 takes every N-th file. 0, or -1
 * when a folder cannot be read. */
int csq_test_compare_formats(const char *old_dir, const char *new_dir, size_t every,
                             csq_test_formats *out, csq_test_differ_fn differ, void *ctx);

#endif
