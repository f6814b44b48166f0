/*
 * gen_man.c — the manual page csquery(1), made at build time from the help
 * texts of docs/help/ (the ones `csquery help CMD` prints), so that the
 * page and the command never say different things.
 *
 * usage: gen_man OUT.1 VERSION DATE USAGE.txt [COMMAND.txt…]
 *
 * The help texts are plain text in one form:
 *   - a line at column 0 starting "usage: ", and the lines after it that
 *     start with spaces, are the synopsis;
 *   - "csquery — SUMMARY" on usage.txt's first line is the page's NAME;
 *   - a line at column 0 that ends with ':' is a section (Options:,
 *     Examples:, Environment:, Exit status:);
 *   - in a section, a line indented less than 8 columns is an item: its
 *     term, then two or more spaces, then what it does; a line indented
 *     more continues the item before;
 *   - other lines at column 0 are running text, a blank line ends a
 *     paragraph.
 * usage.txt gives NAME, SYNOPSIS, DESCRIPTION and its own sections (their
 * names upper-cased); each COMMAND.txt becomes a subsection of COMMANDS.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LINE = 4096, ITEM_INDENT = 8 };

/* Writes s as roff text: backslashes escaped, hyphen-minus as \- (so that
 * options and commands copy as typed), a leading . or ' made literal. */
static void put_text(FILE *out, const char *s, size_t len) {
  if (len && (s[0] == '.' || s[0] == '\''))
    fputs("\\&", out);
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\\')
      fputs("\\e", out);
    else if (s[i] == '-')
      fputs("\\-", out);
    else
      fputc(s[i], out);
  }
}

static void put_line(FILE *out, const char *s) {
  put_text(out, s, strlen(s));
  fputc('\n', out);
}

static size_t indent_of(const char *s) {
  size_t n = 0;
  while (s[n] == ' ')
    n++;
  return n;
}

/* The end of an item's term: the first run of two spaces (or the end). */
static size_t term_end(const char *s) {
  const char *gap = strstr(s, "  ");
  return gap ? (size_t)(gap - s) : strlen(s);
}

static int is_section(const char *line) {
  size_t n = strlen(line);
  return n > 1 && line[0] != ' ' && line[n - 1] == ':' && !strstr(line, "  ") &&
         strncmp(line, "usage:", 6) != 0;
}

/* The state of one file being written. */
typedef struct writer {
  FILE *out;
  int top;          /* usage.txt: sections are .SH; commands: bold labels */
  int in_synopsis;  /* after "usage:" */
  int in_section;   /* after "Options:" and its kin */
  int in_paragraph; /* running text was written since the last break */
  int in_item;      /* an item's description was written */
} writer;

static void synopsis_line(writer *w, const char *line) {
  const char *s = line + indent_of(line);
  if (line[0] == ' ' && strncmp(s, "csquery", 7) != 0) {
    /* What the line before does, continued. */
    if (w->top) {
      fputs("\\(em ", w->out);
      put_line(w->out, s);
    }
    return;
  }
  if (strncmp(s, "usage: ", 7) == 0)
    s += 7;
  fputs(".br\n\\fB", w->out);
  size_t end = term_end(s);
  put_text(w->out, s, end);
  fputs("\\fR\n", w->out);
  s += end;
  while (*s == ' ')
    s++;
  if (*s && w->top) {
    fputs("\\(em ", w->out);
    put_line(w->out, s);
  }
}

static void section(writer *w, const char *line) {
  size_t n = strlen(line) - 1; /* without the ':' */
  if (w->top) {
    fputs(".SH ", w->out);
    for (size_t i = 0; i < n; i++)
      fputc(toupper((unsigned char)line[i]), w->out);
    fputc('\n', w->out);
  } else {
    fputs(".PP\n\\fI", w->out);
    put_text(w->out, line, n);
    fputs("\\fR\n", w->out);
  }
  w->in_section = 1;
  w->in_item = 0;
  w->in_paragraph = 0;
}

static void item(writer *w, const char *line) {
  const char *s = line + indent_of(line);
  if (indent_of(line) >= ITEM_INDENT && w->in_item) {
    put_line(w->out, s); /* continues the description */
    return;
  }
  size_t end = term_end(s);
  const char *desc = s + end;
  while (*desc == ' ')
    desc++;
  /* A term alone on its line takes its description from the lines after. */
  fputs(".TP\n\\fB", w->out);
  put_text(w->out, s, end);
  fputs("\\fR\n", w->out);
  if (*desc)
    put_line(w->out, desc);
  w->in_item = 1;
}

static void text_line(writer *w, const char *line) {
  if (!w->in_paragraph)
    fputs(".PP\n", w->out);
  put_line(w->out, line);
  w->in_paragraph = 1;
  w->in_section = 0;
}

static void write_line(writer *w, char *line) {
  line[strcspn(line, "\r\n")] = '\0';
  if (line[0] == '\0') {
    w->in_synopsis = 0;
    w->in_paragraph = 0;
    w->in_item = 0;
    return;
  }
  if (strncmp(line, "usage: ", 7) == 0 || (w->in_synopsis && line[0] == ' ')) {
    if (!w->in_synopsis && w->top)
      fputs(".SH SYNOPSIS\n", w->out);
    else if (!w->in_synopsis)
      fputs(".PP\n", w->out);
    w->in_synopsis = 1;
    synopsis_line(w, line);
  } else if (is_section(line)) {
    section(w, line);
  } else if (line[0] == ' ' && w->in_section) {
    item(w, line);
  } else {
    text_line(w, line + indent_of(line));
  }
}

/* The command a help file is about: its name without folder and .txt. */
static void command_name(const char *path, char *buf, size_t size) {
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  size_t n = strcspn(base, ".");
  snprintf(buf, size, "%.*s", (int)n, base);
}

static int write_command(FILE *out, const char *path);

/* The COMMANDS section: each command's help text a subsection. */
static int write_commands(FILE *out, char **paths, int count) {
  if (count == 0)
    return 0;
  fputs(".SH COMMANDS\n"
        "Each command's text is also what \\fBcsquery help\\fR \\fICOMMAND\\fR prints.\n",
        out);
  int rc = 0;
  for (int i = 0; rc == 0 && i < count; i++)
    rc = write_command(out, paths[i]);
  return rc;
}

/* usage.txt: NAME, SYNOPSIS, DESCRIPTION, then COMMANDS (from the command
 * files), then usage.txt's own sections. */
static int write_usage(FILE *out, const char *path, char **commands, int count) {
  FILE *in = fopen(path, "r");
  if (!in) {
    perror(path);
    return 1;
  }
  writer w = {.out = out, .top = 1};
  char line[MAX_LINE];
  int first = 1, described = 0, commands_done = 0, rc = 0;
  while (rc == 0 && fgets(line, sizeof line, in)) {
    if (first && strncmp(line, "csquery ", 8) == 0) {
      /* "csquery — summary": the NAME section. */
      const char *summary = strstr(line, "\xe2\x80\x94"); /* the em dash */
      summary = summary ? summary + 3 : line + 8;
      while (*summary == ' ')
        summary++;
      fputs(".SH NAME\ncsquery \\- ", out);
      line[strcspn(line, "\r\n")] = '\0';
      put_line(out, summary);
      first = 0;
      continue;
    }
    first = 0;
    /* The first running text after the synopsis opens DESCRIPTION. */
    if (!described && line[0] != ' ' && line[0] != '\n' && strncmp(line, "usage: ", 7) != 0 &&
        !w.in_synopsis) {
      fputs(".SH DESCRIPTION\n", out);
      described = 1;
    }
    char copy[MAX_LINE];
    snprintf(copy, sizeof copy, "%s", line);
    copy[strcspn(copy, "\r\n")] = '\0';
    if (!commands_done && is_section(copy)) {
      rc = write_commands(out, commands, count);
      commands_done = 1;
    }
    write_line(&w, line);
  }
  fclose(in);
  if (rc == 0 && !commands_done)
    rc = write_commands(out, commands, count);
  return rc;
}

static int write_command(FILE *out, const char *path) {
  FILE *in = fopen(path, "r");
  if (!in) {
    perror(path);
    return 1;
  }
  char name[256];
  command_name(path, name, sizeof name);
  fputs(".SS ", out);
  put_line(out, name);
  writer w = {.out = out, .top = 0};
  char line[MAX_LINE];
  while (fgets(line, sizeof line, in))
    write_line(&w, line);
  fclose(in);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: gen_man OUT.1 VERSION DATE USAGE.txt [COMMAND.txt...]\n");
    return 2;
  }
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
  FILE *out = fopen(tmp, "w");
  if (!out) {
    perror(tmp);
    return 1;
  }
  fputs(".\\\" Generated by tools/gen_man.c from docs/help/. Do not edit.\n", out);
  fprintf(out, ".TH CSQUERY 1 \"%s\" \"csquery %s\" \"User Commands\"\n", argv[3], argv[2]);
  int rc = write_usage(out, argv[4], argv + 5, argc - 5);
  if (rc == 0)
    fputs(".SH SEE ALSO\n\\fBsqlite3\\fR(1); the documentation in docs/ of the source: "
          "README.md, docs/query-language.md, docs/search.md, docs/database.md, docs/json.md.\n",
          out);
  if (fclose(out) != 0 || rc != 0) {
    remove(tmp);
    return 1;
  }
  return rename(tmp, argv[1]) == 0 ? 0 : 1;
}
