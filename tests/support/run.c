/*
 * run.c — the csquery command run as a user runs it (run.h).
 */
#define _GNU_SOURCE
#include "run.h"

#include <fcntl.h>
#include <setjmp.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "corpus_dir.h"

extern char **environ;

static pid_t spawn(const char *cwd, const char *const *args, int out_fd, int err_fd) {
  size_t count = 0;
  while (args[count])
    count++;
  const char **argv = calloc(count + 2, sizeof *argv);
  assert_non_null(argv);
  argv[0] = CSQ_BINARY;
  memcpy(argv + 1, args, count * sizeof *args);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (out_fd >= 0)
    posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
  else
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  if (err_fd >= 0)
    posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
  else
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addchdir_np(&fa, cwd);
  pid_t pid;
  assert_int_equal(posix_spawn(&pid, CSQ_BINARY, &fa, NULL, (char *const *)argv, environ), 0);
  posix_spawn_file_actions_destroy(&fa);
  free(argv);
  return pid;
}

pid_t csq_test_start(const char *cwd, const char *const *args) { return spawn(cwd, args, -1, -1); }

int csq_test_wait(pid_t pid) {
  int wstatus;
  assert_int_equal(waitpid(pid, &wstatus, 0), pid);
  if (!WIFEXITED(wstatus))
    fail_msg("csquery did not exit: signal %d", WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
  return WEXITSTATUS(wstatus);
}

csq_test_result csq_test_run(const char *cwd, const char *const *args) {
  char out_path[] = "/tmp/csq_run_outXXXXXX", err_path[] = "/tmp/csq_run_errXXXXXX";
  int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
  assert_true(out_fd >= 0 && err_fd >= 0);
  csq_test_result r = {csq_test_wait(spawn(cwd, args, out_fd, err_fd)), NULL, NULL};
  size_t len;
  r.out = csq_test_read_file(out_path, &len);
  r.err = csq_test_read_file(err_path, &len);
  close(out_fd);
  close(err_fd);
  unlink(out_path);
  unlink(err_path);
  assert_non_null(r.out);
  assert_non_null(r.err);
  return r;
}

void csq_test_result_free(csq_test_result *r) {
  free(r->out);
  free(r->err);
  r->out = r->err = NULL;
}

void csq_test_contains(const char *haystack, const char *needle) {
  if (!strstr(haystack, needle))
    fail_msg("「%s」 not in:\n%s", needle, haystack);
}
