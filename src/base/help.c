/*
 * help.c — the help texts of docs/help/, built into the library, so that
 * the command and programs show the same words the documentation does.
 */
#include <stdio.h>

#include "base/base.h"

const char *csq_help(const char *command) {
  char name[128];
  snprintf(name, sizeof name, "docs/help/%s.txt", command && command[0] ? command : "usage");
  const csq_embedded_file *f = csq__embedded_find(name);
  return f ? (const char *)f->data : NULL; /* embed.cmake ends every file with a NUL */
}
