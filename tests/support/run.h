/*
 * run.h — runs the csquery command as a user does, for the tests of what a
 * user sees: exit status, stdout and stderr.
 */
#ifndef CSQ_TEST_RUN_H
#define CSQ_TEST_RUN_H

#include <sys/types.h>

typedef struct csq_test_result {
  int status; /* the exit status; a crash fails the test */
  char *out, *err;
} csq_test_result;

/* Runs csquery with args (NULL-terminated) in `cwd`, stdin from /dev/null,
 * and waits for it. */
csq_test_result csq_test_run(const char *cwd, const char *const *args);
/* Starts it, stdout and stderr to /dev/null; csq_test_wait collects it. */
pid_t csq_test_start(const char *cwd, const char *const *args);
int csq_test_wait(pid_t pid); /* the exit status; a crash fails the test */
void csq_test_result_free(csq_test_result *r);

/* Fails the test when `needle` is not in `haystack`. */
void csq_test_contains(const char *haystack, const char *needle);

#endif
