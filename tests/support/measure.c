/*
 * measure.c — see measure.h.
 */
#include "measure.h"

#include <time.h>

double csq_test_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double csq_test_cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int csq_test_by_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

size_t csq_test_text_bytes(const csq_node *n) {
  size_t len, total = 0;
  csq_node_text(n, &len);
  if (!csq_kind_is_heading(csq_node_kind(n)))
    total += len;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    total += csq_test_text_bytes(c);
  return total;
}
