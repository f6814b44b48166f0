/*
 * cli.h — what the files of the csquery command share: main.c (options,
 * dispatch, exit statuses) and cli_database.c (import and check).
 */
#ifndef CSQ_CLI_H
#define CSQ_CLI_H

#include "csquery.h"

/* Prints the error on stderr (csquery: FILE: byte N: MESSAGE); its exit
 * status (main.c). */
int cli_report(const csq_error *err);

/* csquery import FILE… into the database at db (fresh: from an empty one);
 * csquery check of the database at path. Exit statuses. */
int cli_import(const char *db, int fresh, int argc, char **argv);
int cli_check(const char *path);

#endif
