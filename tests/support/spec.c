/*
 * spec.c — see spec.h. The file is read whole and cut into lines in place;
 * a case's fields point into it. A line out of form is reported and the
 * reading goes on, so that one mistake does not hide the cases after it.
 */
#include "spec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "text.h"

/* U+2192 RIGHTWARDS ARROW, which opens a result line of the arrow form. */
#define ARROW "\xe2\x86\x92"
#define MAX_FIELDS 16

struct csq_spec_case {
  size_t n;
  const char *names[MAX_FIELDS];
  const char *values[MAX_FIELDS]; /* NULL: not checked */
};

const char *csq_spec_field(const csq_spec_case *c, const char *name) {
  for (size_t i = 0; i < c->n; i++)
    if (strcmp(c->names[i], name) == 0)
      return c->values[i];
  return NULL;
}

/* ---- reading a spec file ------------------------------------------------- */

typedef struct spec {
  char shown[512];     /* tests/spec/NAME: how failures name the file */
  char *buf;           /* the file, cut into lines in place */
  char *next;          /* the start of the next line; NULL at the end */
  int line;            /* the number of the last line read */
  const char *section; /* the last ## heading ("" before the first) */
  int cases, failures;
  csq_spec_check check;
} spec;

static int spec_open(spec *s, const char *name, csq_spec_check check) {
  char path[1024];
  size_t len;
  memset(s, 0, sizeof *s);
  snprintf(s->shown, sizeof s->shown, "tests/spec/%s", name);
  snprintf(path, sizeof path, "%s/%s", CSQ_SOURCE_DIR, s->shown);
  s->buf = csq_test_read_file(path, &len);
  s->next = s->buf;
  s->section = "";
  s->check = check;
  if (!s->buf)
    fprintf(stderr, "%s: cannot be read\n", path);
  return s->buf != NULL;
}

/* The next line without its line end, or NULL at the end of the file. */
static char *read_line(spec *s) {
  if (!s->next || !*s->next)
    return NULL;
  char *line = s->next, *end = strchr(line, '\n');
  s->next = end ? end + 1 : NULL;
  if (end)
    *end = '\0';
  size_t len = strlen(line);
  if (len && line[len - 1] == '\r') /* a file saved with CRLF */
    line[len - 1] = '\0';
  s->line++;
  return line;
}

static void fail_at(spec *s, int line, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s:%d: ", s->shown, line);
  if (s->section[0])
    fprintf(stderr, "[%s] ", s->section);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  s->failures++;
}

static void run_case(spec *s, int line, const csq_spec_case *c) {
  s->cases++;
  char *why = s->check(c);
  if (why)
    fail_at(s, line, "%s", why);
  free(why);
}

/* A file without cases fails too: a spec that asserts nothing is a mistake
 * (a wrong name, an emptied file), never a pass. */
static int spec_close(spec *s) {
  if (s->cases == 0)
    fail_at(s, s->line, "no cases");
  fprintf(stderr, "%s: %d cases, %d failed\n", s->shown, s->cases, s->failures);
  free(s->buf);
  return s->failures;
}

static int starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static char *skip_blanks(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

typedef enum { LINE_BLANK, LINE_COMMENT, LINE_HEADING, LINE_TEXT } line_kind;

/* What the line is; a heading becomes the section of the cases below it. */
static line_kind kind_of(spec *s, char *line) {
  if (!*skip_blanks(line))
    return LINE_BLANK;
  if (starts_with(line, "##")) {
    s->section = skip_blanks(line + 2);
    return LINE_HEADING;
  }
  return line[0] == '#' ? LINE_COMMENT : LINE_TEXT;
}

/* ---- the arrow form: [@ WHERE] / TEXT / arrow lines ----------------------- */

typedef struct arrow_case {
  const char *where, *text; /* NULL until read */
  int line;                 /* of the text, or of the @ line before it */
  int arrows, bare;         /* arrow lines read; of them, with nothing after */
  csq_test_text want;       /* the results joined by " | " */
} arrow_case;

static void arrow_reset(arrow_case *k) {
  free(k->want.s);
  memset(k, 0, sizeof *k);
}

/* The case is whole: run it, unless a bare arrow (no citation) stands
 * beside others. */
static void arrow_run(spec *s, arrow_case *k) {
  if (k->bare && k->arrows > 1) {
    fail_at(s, k->line, "a bare %s says there is no result: it stands alone", ARROW);
  } else {
    csq_spec_case c = {3, {"where", "text", "want"}, {k->where, k->text, k->want.s}};
    run_case(s, k->line, &c);
  }
  arrow_reset(k);
}

static void arrow_result(spec *s, arrow_case *k, char *result) {
  if (!k->text) {
    fail_at(s, s->line, "a %s line with no text above it", ARROW);
    arrow_reset(k);
    return;
  }
  result = skip_blanks(result);
  k->arrows++;
  k->bare += !*result;
  csq_test_put(&k->want, "%s%s", k->want.len ? " | " : "", result);
}

/* Lines of one case follow each other with nothing between them. */
static void arrow_line(spec *s, arrow_case *k, char *line) {
  size_t len = strlen(line);
  while (len && (line[len - 1] == ' ' || line[len - 1] == '\t'))
    line[--len] = '\0';
  if (starts_with(line, ARROW)) {
    arrow_result(s, k, line + strlen(ARROW));
    return;
  }
  if (k->arrows) {
    arrow_run(s, k);
  } else if (k->text) {
    fail_at(s, k->line, "no %s line right below the text", ARROW);
    arrow_reset(k);
  }
  line_kind kind = kind_of(s, line);
  if (k->where && (kind != LINE_TEXT || line[0] == '@')) {
    fail_at(s, k->line, "no text right below the @ line");
    arrow_reset(k);
  }
  if (kind != LINE_TEXT)
    return;
  k->line = s->line;
  if (line[0] == '@')
    k->where = skip_blanks(line + 1);
  else
    k->text = line;
}

int csq_spec_run_arrows(const char *name, csq_spec_check check) {
  spec s;
  if (!spec_open(&s, name, check))
    return 1;
  arrow_case k = {0};
  for (char *line; (line = read_line(&s));)
    arrow_line(&s, &k, line);
  arrow_line(&s, &k, (char[]){""}); /* the end of the file ends the last case */
  return spec_close(&s);
}

/* ---- the table form: a header row per section, then one row a case ------- */

typedef struct table {
  const char *const *columns; /* the names a header may use */
  size_t n;                   /* this section's columns; 0 before its header */
  int broken;                 /* its header is out of form: skip its rows */
  const char *names[MAX_FIELDS];
} table;

/* Cuts the line at its tabs; returns the number of fields (max + 1 when
 * there are more than max). */
static size_t split_tabs(char *line, const char *fields[], size_t max) {
  size_t n = 0;
  for (char *f = line;; n++) {
    char *tab = strchr(f, '\t');
    if (n < max)
      fields[n] = f;
    if (!tab)
      return n + 1 > max ? max + 1 : n + 1;
    *tab = '\0';
    f = tab + 1;
  }
}

static int known_column(const table *t, const char *name, size_t before) {
  int known = 0;
  for (size_t i = 0; t->columns[i]; i++)
    known |= strcmp(t->columns[i], name) == 0;
  for (size_t i = 0; i < before; i++)
    known &= strcmp(t->names[i], name) != 0; /* named twice */
  return known;
}

static void table_header(spec *s, table *t, char *line) {
  size_t n = split_tabs(line, t->names, MAX_FIELDS);
  t->broken = n > MAX_FIELDS || strcmp(t->names[0], t->columns[0]) != 0;
  for (size_t i = 0; i < n && !t->broken; i++)
    t->broken = !known_column(t, t->names[i], i);
  t->n = n;
  if (t->broken)
    fail_at(s, s->line,
            "the header row must start with %s and name each column once, from those the "
            "file's header lists; its cases are skipped",
            t->columns[0]);
}

static void table_row(spec *s, table *t, char *line) {
  csq_spec_case c = {t->n, {0}, {0}};
  size_t n = split_tabs(line, c.values, MAX_FIELDS);
  if (n != t->n) {
    fail_at(s, s->line, "%zu fields, cut by tabs, where the header row names %zu%s", n, t->n,
            n < t->n ? " (was a trailing tab lost?)" : "");
    return;
  }
  for (size_t i = 0; i < n; i++) {
    c.names[i] = t->names[i];
    if (strcmp(c.values[i], "*") == 0)
      c.values[i] = NULL;
  }
  run_case(s, s->line, &c);
}

int csq_spec_run_table(const char *name, const char *const columns[], csq_spec_check check) {
  spec s;
  if (!spec_open(&s, name, check))
    return 1;
  table t = {columns, 0, 0, {0}};
  for (char *line; (line = read_line(&s));) {
    line_kind kind = kind_of(&s, line);
    if (kind == LINE_HEADING) { /* a new section names its columns anew */
      t.n = 0;
      t.broken = 0;
    }
    if (kind != LINE_TEXT || t.broken)
      continue;
    if (t.n == 0)
      table_header(&s, &t, line);
    else
      table_row(&s, &t, line);
  }
  return spec_close(&s);
}
