/*
 * cli_options.c — the options of the csquery command line (getopt_long)
 * and the exit status each csq_status maps to; main.c dispatches.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "words.h" /* grammar/words.tsv and messages.tsv */

int cli_exit_code(csq_status st) {
  switch (st) {
  case CSQ_OK:
    return 0;
  case CSQ_NOT_FOUND:
    return 1;
  case CSQ_BAD_QUERY:
    return 2;
  case CSQ_BAD_INPUT:
  case CSQ_BAD_DB:
    return 65; /* EX_DATAERR */
  case CSQ_IO:
  case CSQ_DB:
    return 74; /* EX_IOERR */
  case CSQ_NO_MEMORY:
    return 71; /* EX_OSERR */
  case CSQ_ICU:
  case CSQ_INTERNAL:
  default:
    return 70; /* EX_SOFTWARE */
  }
}

/* How errors are written on stderr: text, or JSON under --json. Set once,
 * from the command line, before anything can fail. */
static csq_render_options error_style;

void cli_choose_error_style(int argc, char **argv) {
  for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
    if (strcmp(argv[i], "--json") == 0)
      error_style.format = CSQ_FORMAT_JSON;
}

int cli_report(const csq_error *err) {
  if (error_style.format == CSQ_FORMAT_TEXT)
    fputs("csquery: ", stderr);
  csq_render_error(stderr, &error_style, err, NULL);
  return cli_exit_code(err->status);
}

int cli_say(csq_status st, const char *fmt, ...) {
  csq_error err;
  csq_error_clear(&err);
  err.status = st;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err.message, sizeof err.message, fmt, ap);
  va_end(ap);
  if (st != CSQ_OK)
    return cli_report(&err);
  if (error_style.format == CSQ_FORMAT_TEXT) /* a note, not an error */
    fprintf(stderr, "csquery: %s\n", err.message);
  return 0;
}

static long parse_count(const char *s, const char *option) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < 0 || v > 100000) {
    cli_say(CSQ_BAD_QUERY, "%s takes a number from 0 to 100000, not %s", option, s);
    return -1;
  }
  return v;
}

/* $CSQUERY_DB, else the user's data folder. */
static const char *default_db(options *o) {
  const char *env = getenv("CSQUERY_DB");
  if (env && *env)
    return env;
  const char *data = getenv("XDG_DATA_HOME");
  if (data && *data)
    snprintf(o->default_db, sizeof o->default_db, "%s/csquery/csquery.db", data);
  else
    snprintf(o->default_db, sizeof o->default_db, "%s/.local/share/csquery/csquery.db",
             getenv("HOME") ? getenv("HOME") : ".");
  return o->default_db;
}

int cli_parse_options(int argc, char **argv, options *o) {
  enum { DB = 256, LAW, JSON, LEVEL, IN_FORCE, EXACT, LIMIT, OFFSET, DANGLING };
  enum { ACTOR = DANGLING + 1, ACTOR_MATCH, TEXT, MODALITY, FORMAT, OUT, AT, COLOR, NO_PAGER };
  enum { EXPLAIN = NO_PAGER + 1, FRESH, REPEALED };
  static const struct option LONG[] = {{"file", required_argument, NULL, 'f'},
                                       {"db", required_argument, NULL, DB},
                                       {"law", required_argument, NULL, LAW},
                                       {"json", no_argument, NULL, JSON},
                                       {"level", required_argument, NULL, LEVEL},
                                       {"in-force", no_argument, NULL, IN_FORCE},
                                       {"exact", no_argument, NULL, EXACT},
                                       {"limit", required_argument, NULL, LIMIT},
                                       {"offset", required_argument, NULL, OFFSET},
                                       {"help", no_argument, NULL, 'h'},
                                       {"dangling", no_argument, NULL, DANGLING},
                                       {"explain", no_argument, NULL, EXPLAIN},
                                       {"repealed", no_argument, NULL, REPEALED},
                                       {"fresh", no_argument, NULL, FRESH},
                                       {"actor", required_argument, NULL, ACTOR},
                                       {"actor-match", required_argument, NULL, ACTOR_MATCH},
                                       {"text", required_argument, NULL, TEXT},
                                       {"modality", required_argument, NULL, MODALITY},
                                       {"version", no_argument, NULL, 'V'},
                                       {"format", required_argument, NULL, FORMAT},
                                       {"out", required_argument, NULL, OUT},
                                       {"at", required_argument, NULL, AT},
                                       {"color", optional_argument, NULL, COLOR},
                                       {"colour", optional_argument, NULL, COLOR},
                                       {"no-pager", no_argument, NULL, NO_PAGER},
                                       {NULL, 0, NULL, 0}};
  o->files = calloc((size_t)argc, sizeof *o->files);
  o->owned = calloc((size_t)argc, sizeof *o->owned);
  o->obl.actors = o->actors = calloc((size_t)argc * 2, sizeof *o->actors);
  if (!o->files || !o->owned || !o->actors)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  o->limit = 10;
  o->obl.modality = -1;
  o->format = -1;
  /* A search's -term excludes a term. In Chinese (-刪除) it cannot be an
   * option: write it with the full-width minus the search also reads, so
   * that getopt leaves it alone. ASCII terms are excluded after `--`. */
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-' && (unsigned char)argv[i][1] >= 0x80) {
      size_t n = strlen(argv[i]);
      size_t dash = strlen(CSQ_WORD_DASH_FULLWIDTH);
      char *w = malloc(n + dash);
      if (!w)
        return cli_say(CSQ_NO_MEMORY, "out of memory");
      memcpy(w, CSQ_WORD_DASH_FULLWIDTH, dash);
      memcpy(w + dash, argv[i] + 1, n);
      argv[i] = o->owned[o->owned_count++] = w;
    }
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":f:hV", LONG, NULL)) != -1) {
    switch (c) {
    case 'f':
      o->files[o->file_count++] = optarg;
      break;
    case DB:
      o->db = optarg;
      break;
    case LAW:
      o->law = optarg;
      break;
    case AT:
      o->at = optarg;
      break;
    case JSON:
      o->json = 1;
      break;
    case LEVEL:
      o->level = o->obl.level = optarg;
      break;
    case IN_FORCE:
      o->in_force = o->obl.in_force = 1;
      break;
    case EXACT:
      o->exact = o->obl.exact = 1;
      break;
    case DANGLING:
      o->dangling = 1;
      break;
    case EXPLAIN:
      o->explain = 1;
      break;
    case REPEALED:
      o->repealed = 1;
      break;
    case FRESH:
      o->fresh = 1;
      break;
    case ACTOR: /* 雇主,勞工: names hold no ASCII comma */
      for (char *name = strtok(optarg, ","); name; name = strtok(NULL, ","))
        o->actors[o->obl.actor_count++] = name;
      if (o->obl.actor_count == 0)
        return cli_say(CSQ_BAD_QUERY, CSQ_MSG_ACTOR_NEEDS_NAME);
      break;
    case ACTOR_MATCH:
      if (strcmp(optarg, "exact") != 0 && strcmp(optarg, "contains") != 0)
        return cli_say(CSQ_BAD_QUERY, "--actor-match takes exact or contains, not %s", optarg);
      o->obl.actor_match = strcmp(optarg, "contains") == 0 ? CSQ_ACTOR_CONTAINS : CSQ_ACTOR_EXACT;
      break;
    case TEXT:
      o->obl.text = optarg;
      break;
    case MODALITY:
      if ((o->obl.modality = csq_modality_from_name(optarg)) < 0) {
        return cli_say(CSQ_BAD_QUERY, "--modality takes shall, may, shall_not or exception, not %s",
                       optarg);
      }
      break;
    case FORMAT:
      if ((o->format = csq_format_from_name(optarg)) < CSQ_FORMAT_AKN)
        return cli_say(CSQ_BAD_QUERY, "--format takes akn, html or rules, not %s", optarg);
      break;
    case OUT:
      o->out = optarg;
      break;
    case LIMIT:
      if ((o->limit = parse_count(optarg, "--limit")) < 0)
        return cli_exit_code(CSQ_BAD_QUERY);
      o->limit_set = 1;
      break;
    case OFFSET:
      if ((o->offset = parse_count(optarg, "--offset")) < 0)
        return cli_exit_code(CSQ_BAD_QUERY);
      break;
    case COLOR: /* --color alone is always, as in ls and grep */
      o->color_when = optarg ? optarg : "always";
      break;
    case NO_PAGER:
      o->no_pager = 1;
      break;
    case 'h':
      o->help = 1;
      break;
    case 'V':
      printf("csquery %s\n", CSQ_VERSION);
      return -1;
    default: /* getopt's own message is off (opterr): one message, JSON under --json */
      return cli_say(CSQ_BAD_QUERY, "%s: %s (csquery --help lists the options)", argv[optind - 1],
                     c == ':' ? "this option needs a value" : "no such option");
    }
  }
  if (!o->db)
    o->db = default_db(o);
  return 0;
}

void cli_free_options(options *o) {
  free(o->files);
  free(o->actors);
  for (int i = 0; i < o->owned_count; i++)
    free(o->owned[i]);
  free(o->owned);
}
