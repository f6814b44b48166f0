/*
 * spec.h — the driver of the spec files in tests/spec/: cases written as
 * data, an input line and what csquery must make of it, so that adding a
 * case needs no C. It reads a file, hands each case to the test's check and
 * names each failure by file and line; the file's header says its format.
 *
 * Two forms share comments (#), sections (##) and blank lines:
 *   arrows: [@ WHERE] / TEXT / "-> RESULT" lines (citations.txt); a case
 *           has the fields "where" (NULL without an @ line), "text" and
 *           "want" (its arrow lines joined by " | ").
 *   table:  under each section a header row names the columns, tab
 *           separated; then one row a case (obligations.txt).
 */
#ifndef CSQ_TEST_SPEC_H
#define CSQ_TEST_SPEC_H

typedef struct csq_spec_case csq_spec_case;

/* The field `name` of a case, or NULL when it is not checked: a table's
 * field "*", a column its section lacks, a citation case's missing @. */
const char *csq_spec_field(const csq_spec_case *c, const char *name);

/* Runs one case: NULL when it passes, else a malloc'd message that says
 * what differs (the driver adds the file, line and section). */
typedef char *(*csq_spec_check)(const csq_spec_case *c);

/* Read tests/spec/NAME of the source tree, run `check` on every case and
 * print each failure to stderr. Return the number of failures, where a
 * file that cannot be read, a line out of form and a file without cases
 * count as one each. `columns` lists the names a table may use; its first
 * is the column every section starts with. */
int csq_spec_run_arrows(const char *name, csq_spec_check check);
int csq_spec_run_table(const char *name, const char *const columns[], csq_spec_check check);

#endif
