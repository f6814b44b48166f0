/*
 * cli_check.c — csquery check: what the library's check of the database
 * tells, on stdout and stderr as it comes, or as one JSON document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What a check tells: on stdout (a problem on stderr) as it comes, or,
 * under --json, kept for the one document written at the end. */
typedef struct check_lines {
  int json, lost; /* lost: out of memory keeping a line */
  char **line[2]; /* [0] the facts, [1] the problems */
  size_t count[2], cap[2];
} check_lines;

static void take_check(void *ctx, int problem, const char *line) {
  check_lines *c = ctx;
  int k = problem != 0;
  if (!c->json) {
    fprintf(k ? stderr : stdout, "%s%s\n", k ? "csquery: problem: " : "", line);
    return;
  }
  if (c->count[k] == c->cap[k]) {
    size_t cap = c->cap[k] ? 2 * c->cap[k] : 16;
    char **grown = realloc(c->line[k], cap * sizeof *grown);
    if (!grown) {
      c->lost = 1;
      return;
    }
    c->line[k] = grown, c->cap[k] = cap;
  }
  if (!(c->line[k][c->count[k]] = strdup(line)))
    c->lost = 1;
  else
    c->count[k]++;
}

static int report_check(const options *o, const check_lines *c) {
  if (c->lost)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  csq_check_report r = {o->db, (const char *const *)c->line[1], (const char *const *)c->line[0],
                        c->count[1], c->count[0]};
  csq_render_options ro = {.format = CSQ_FORMAT_JSON};
  csq_error err;
  return csq_render_check(stdout, &ro, &r, &err) == CSQ_OK ? 0 : cli_report(&err);
}

/* csquery check: every page of the database and its tables' agreements. */
int cli_check(const options *o) {
  csq_error err;
  csq_error_clear(&err);
  csq_db *db = NULL;
  check_lines c = {.json = o->json};
  csq_status st = csq_db_open(o->db, NULL, &db, &err);
  int ran = st == CSQ_OK, rc = 0;
  if (ran)
    st = csq_db_check(db, take_check, &c, &err);
  csq_db_free(db);
  if (!ran && st == CSQ_BAD_DB && o->json) { /* damage found at open: what check found */
    take_check(&c, 1, err.message);
    ran = 1;
  }
  if (ran && o->json)
    rc = report_check(o, &c);
  else if (st == CSQ_OK)
    printf("%s: no problem found\n", o->db);
  if (st != CSQ_OK)
    rc = cli_report(&err);
  for (int k = 0; k < 2; k++) {
    for (size_t i = 0; i < c.count[k]; i++)
      free(c.line[k][i]);
    free(c.line[k]);
  }
  return rc;
}
