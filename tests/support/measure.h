/*
 * measure.h — what the benchmarks in tools/ all need: a clock, a qsort
 * order for timings, and the bytes of provision text a law holds.
 */
#ifndef CSQ_TEST_MEASURE_H
#define CSQ_TEST_MEASURE_H

#include <stddef.h>

#include "csquery.h"

/* Seconds on the monotonic clock. */
double csq_test_now(void);
/* Seconds of CPU this thread has used: what one core spent, whatever else
 * the machine runs at the time. */
double csq_test_cpu_now(void);

/* qsort order for doubles, smallest first. */
int csq_test_by_double(const void *a, const void *b);

/* Bytes of the text of n and its descendants, headings left out. */
size_t csq_test_text_bytes(const csq_node *n);

#endif
