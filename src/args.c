/*
 * args.c — the command line's words, read for main.c (args.h).
 */
#include "args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long csq_cli_count(const char *s, const char *option) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < 0 || v > 100000) {
    fprintf(stderr, "csquery: %s takes a number from 0 to 100000, not %s\n", option, s);
    return -1;
  }
  return v;
}

const char *csq_cli_default_db(char *buf, size_t size) {
  const char *env = getenv("CSQUERY_DB");
  if (env && *env)
    return env;
  const char *data = getenv("XDG_DATA_HOME");
  if (data && *data)
    snprintf(buf, size, "%s/csquery/csquery.db", data);
  else
    snprintf(buf, size, "%s/.local/share/csquery/csquery.db",
             getenv("HOME") ? getenv("HOME") : ".");
  return buf;
}

char *csq_cli_join_words(int argc, char **argv) {
  size_t len = 1;
  for (int i = 0; i < argc; i++)
    len += strlen(argv[i]) + 1;
  char *q = calloc(len, 1);
  for (int i = 0; q && i < argc; i++) {
    if (i)
      strcat(q, " ");
    strcat(q, argv[i]);
  }
  return q;
}
