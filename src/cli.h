/*
 * cli.h — what main.c and its options share: the options of the command
 * line, read by cli_options.c, and the exit status of each csq_status.
 */
#ifndef CSQ_CLI_H
#define CSQ_CLI_H

#include "csquery.h"

typedef struct options {
  const char **files;
  char **owned; /* argv words rewritten for getopt, freed at exit */
  int owned_count;
  int file_count;
  const char *db, *law, *level;
  int json, in_force, exact, limit_set; /* limit_set: --limit was given */
  int dangling;                         /* refs --dangling */
  const char **actors;                  /* --actor A,B --actor C: each name, split in place */
  csq_obligation_query obl; /* obligations: --actor, --actor-match, --text, --modality */
  int format;               /* export --format, or -1 */
  const char *out;          /* export --out DIR */
  long limit, offset;
  char default_db[4096];
} options;

/* The exit status of each csq_status (sysexits.h's where one fits). */
int cli_exit_code(csq_status st);
/* Prints the error on stderr; its exit status. */
int cli_report(const csq_error *err);
/* A message of the command's own on stderr; the exit status of `st`. */
int cli_say(csq_status st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reads the options (getopt_long) into o: 0, -1 when the command is done
 * (--help, --version), else the exit status of a bad option. */
int cli_parse_options(int argc, char **argv, options *o);
void cli_free_options(options *o);

#endif /* CSQ_CLI_H */
