/*
 * terminal.c — output to a person at a terminal: whether to colour it
 * (--color, NO_COLOR) and the pager that long output goes through.
 *
 * Colour, as most tools do it (https://no-color.org): "always" and "never"
 * are obeyed; "auto" colours a stream that is a terminal, unless NO_COLOR
 * is set to anything but "" or TERM is "dumb".
 *
 * The pager, as git does it: on a terminal only, $CSQUERY_PAGER, else
 * $PAGER, else less; with LESS=FRX unless LESS is set (F: quit at once when
 * the text fits the screen, R: show colours, X: leave the text on the
 * screen), so short output reads as if there were no pager. An empty
 * pager, or cat, means none. The stream's file descriptor is pointed at the
 * pager's input while it runs and put back when the pager is freed.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "render/render.h"

csq_status csq_color_wanted(const char *when, FILE *stream, int *out, csq_error *err) {
  if (when && strcmp(when, "always") == 0) {
    *out = 1;
  } else if (when && strcmp(when, "never") == 0) {
    *out = 0;
  } else if (!when || strcmp(when, "auto") == 0) {
    const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
    *out = !(no_color && no_color[0]) && !(term && strcmp(term, "dumb") == 0) &&
           isatty(fileno(stream));
  } else {
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "--color takes auto, always or never, not %s (--color=never)", when);
  }
  return CSQ_OK;
}

struct csq_pager {
  FILE *stream;
  int saved_fd; /* the stream's own descriptor, kept while the pager has it */
  pid_t pid;
};

/* Whether `name` is an executable file in a folder of $PATH. */
static int on_path(const char *name) {
  const char *path = getenv("PATH");
  for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
    size_t n = strcspn(p, ":");
    char full[4096];
    snprintf(full, sizeof full, "%.*s/%s", (int)n, p, name);
    if (n && access(full, X_OK) == 0)
      return 1;
    p += n + (p[n] == ':');
  }
  return 0;
}

/* The pager command, or NULL for none. */
static const char *pager_command(void) {
  const char *cmd = getenv("CSQUERY_PAGER");
  if (!cmd)
    cmd = getenv("PAGER");
  if (!cmd) /* the default, where it is installed: never an error of ours */
    return on_path("less") ? "less" : NULL;
  return cmd[0] && strcmp(cmd, "cat") != 0 ? cmd : NULL;
}

/* The pager's side of the pipe: the pipe as its input, then the command. */
static void run_pager(int input, const char *cmd) {
  if (dup2(input, STDIN_FILENO) < 0)
    _exit(127);
  close(input);
  setenv("LESS", "FRX", 0); /* 0: a LESS the user set is kept */
  setenv("LV", "-c", 0);    /* lv, the other common pager: keep colours */
  execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
  _exit(127);
}

csq_status csq_pager_open(FILE *stream, csq_pager **out, csq_error *err) {
  *out = NULL;
  const char *cmd = isatty(fileno(stream)) ? pager_command() : NULL;
  if (!cmd)
    return CSQ_OK;
  csq_pager *p = csq__calloc(NULL, 1, sizeof *p);
  if (!p)
    return csq__oom(err);
  int fds[2];
  fflush(stream);
  if (pipe(fds) != 0) {
    csq__free(NULL, p);
    return csq__fail_cause(err, CSQ_IO, errno, NULL, -1, "cannot start the pager: %s",
                           strerror(errno));
  }
  p->pid = fork();
  if (p->pid == 0) {
    close(fds[1]);
    run_pager(fds[0], cmd);
  }
  close(fds[0]);
  int fd = fileno(stream);
  p->stream = stream;
  p->saved_fd = p->pid > 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 3) : -1;
  if (p->pid < 0 || p->saved_fd < 0 || dup2(fds[1], fd) < 0) {
    int e = errno;
    close(fds[1]);
    if (p->saved_fd >= 0)
      close(p->saved_fd);
    if (p->pid > 0)
      waitpid(p->pid, NULL, 0);
    csq__free(NULL, p);
    return csq__fail_cause(err, CSQ_IO, e, NULL, -1, "cannot start the pager: %s", strerror(e));
  }
  close(fds[1]);
  *out = p;
  return CSQ_OK;
}

void csq_pager_free(csq_pager *p) {
  if (!p)
    return;
  /* Putting the stream's own descriptor back closes the pager's input: it
   * shows the end and waits for the reader to quit. Meanwhile an
   * interrupt at the terminal is the pager's to handle (less: stop
   * waiting for input), not a reason to leave it behind. */
  fflush(p->stream);
  dup2(p->saved_fd, fileno(p->stream));
  close(p->saved_fd);
  struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR)
    ;
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGQUIT, &old_quit, NULL);
  csq__free(NULL, p);
}
