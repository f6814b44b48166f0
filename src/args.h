/*
 * args.h — the command line's words, read for main.c: a count, the default
 * database, the words of a query joined.
 */
#ifndef CSQ_ARGS_H
#define CSQ_ARGS_H

#include <stddef.h>

/* s as a count from 0 to 100000, or -1 with a message on stderr naming
 * the option. */
long csq_cli_count(const char *s, const char *option);

/* $CSQUERY_DB, else the user's data folder's csquery.db (written into buf). */
const char *csq_cli_default_db(char *buf, size_t size);

/* The words of the query, joined by spaces (「第4條 第1項」); malloc'd, NULL
 * when out of memory. */
char *csq_cli_join_words(int argc, char **argv);

#endif
