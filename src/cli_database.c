/*
 * cli_database.c — the csquery commands that write or check the database:
 * import (with its progress on a terminal, and word of a wait for another
 * import) and check. main.c reads the options and dispatches here.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "csquery.h"

/* ---- import ---- */

typedef struct progress_state {
  double start;
  int tty;
} progress_state;

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* On a terminal: files done, rate and time left, on one rewritten line. */
static void show_progress(void *ctx, size_t done, size_t total, size_t laws) {
  progress_state *p = ctx;
  if (!p->tty || (done % 50 && done != total))
    return;
  double elapsed = seconds_now() - p->start, rate = elapsed > 0 ? (double)done / elapsed : 0;
  fprintf(stderr, "\rimporting: %zu/%zu files, %zu laws, %.0f files/s, %.0f s left   ", done, total,
          laws, rate, rate > 0 ? (double)(total - done) / rate : 0);
  if (done == total)
    fputc('\n', stderr);
}

static void show_waiting(void *ctx, const char *db) {
  (void)ctx;
  fprintf(stderr, "csquery: another import is writing %s; waiting for it to finish…\n", db);
}

int cli_import(const char *db, int fresh, int argc, char **argv) {
  progress_state p = {seconds_now(), isatty(2)};
  csq_import_options io = {
      .progress = show_progress, .progress_ctx = &p, .fresh = fresh, .waiting = show_waiting};
  csq_import_stats s;
  csq_error err;
  csq_error_clear(&err);
  if (csq_import(db, (const char *const *)argv, (size_t)argc, &io, &s, &err) != CSQ_OK)
    return cli_report(&err);
  fprintf(stderr,
          "imported %zu files: %zu laws (%zu replaced), %zu articles, %zu provisions, "
          "%zu citations, %zu obligations, %zu definitions, %.1f MB of text, in %.1f s; "
          "%s is %.1f MB\n",
          s.files, s.laws, s.replaced, s.articles, s.nodes, s.citations, s.obligations,
          s.definitions, (double)s.text_bytes / 1e6, s.seconds, db, (double)s.db_bytes / 1e6);
  return 0;
}

/* ---- check ---- */

static void print_check(void *ctx, int problem, const char *line) {
  (void)ctx;
  fprintf(problem ? stderr : stdout, "%s%s\n", problem ? "csquery: problem: " : "", line);
}

int cli_check(const char *path) {
  csq_error err;
  csq_error_clear(&err);
  csq_db *db = NULL;
  int rc = csq_db_open(path, NULL, &db, &err) == CSQ_OK &&
                   csq_db_check(db, print_check, NULL, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  if (rc == 0)
    printf("%s: no problem found\n", path);
  csq_db_free(db);
  return rc;
}
