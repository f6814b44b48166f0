/*
 * text.h — a growing string written with printf formats, for the tests that
 * write results down in the form of their golden files.
 */
#ifndef CSQ_TEST_TEXT_H
#define CSQ_TEST_TEXT_H

#include <stddef.h>

typedef struct csq_test_text {
  char *s; /* NUL-terminated once anything is written; the caller frees it */
  size_t len, cap;
} csq_test_text;

/* Appends the formatted string (an empty format makes t->s a valid empty
 * string); aborts when out of memory. */
void csq_test_put(csq_test_text *t, const char *fmt, ...);

#endif
