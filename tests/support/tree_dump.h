/*
 * tree_dump.h — a law's tree as readable text, the format of the golden
 * files in tests/golden/ (NAME.tree): one line per node, indented two spaces per
 * level, `kind num eid cite` then ` | ` and the node's text (table rows'
 * newlines written as ⏎).
 */
#ifndef CSQ_TREE_DUMP_H
#define CSQ_TREE_DUMP_H

#include "csquery.h"

/* The dump in a malloc'd string (caller frees); NULL when out of memory. */
char *csq_test_dump_law(const csq_law *law);

#endif
