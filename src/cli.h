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
  const char *at;                       /* --at DATE: the versions in force then */
  int json, in_force, exact, limit_set; /* limit_set: --limit was given */
  int dangling;                         /* refs --dangling */
  int fresh;                            /* import --fresh */
  int explain;                          /* obligations --explain, search --explain */
  int repealed;                         /* search --repealed */
  const char **actors;                  /* --actor A,B --actor C: each name, split in place */
  csq_obligation_query obl; /* obligations: --actor, --actor-match, --text, --modality */
  int format;               /* export --format, or -1 */
  const char *out;          /* export --out DIR */
  long limit, offset;
  int help;               /* --help: the help of the command named, else the usage */
  const char *color_when; /* --color's word (NULL: auto) */
  int colour;             /* colour the text written to stdout */
  int no_pager;
  char default_db[4096];
} options;

/* The exit status of each csq_status (sysexits.h's where one fits). */
int cli_exit_code(csq_status st);
/* --json anywhere before `--`: every error is JSON. Called first. */
void cli_choose_error_style(int argc, char **argv);
/* Writes the error on stderr (text, or one line of JSON); its exit status. */
int cli_report(const csq_error *err);
/* An error of the command's own, reported; the exit status of `st`. With
 * CSQ_OK, a note ("csquery: …" on stderr; none under --json). */
int cli_say(csq_status st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reads the options (getopt_long) into o: 0, -1 when the command is done
 * (--version), else the exit status of a bad option. */
int cli_parse_options(int argc, char **argv, options *o);
void cli_free_options(options *o);

/* csquery check (cli_check.c): every page of the database and its tables'
 * agreements; the exit status. */
int cli_check(const options *o);

#endif /* CSQ_CLI_H */
