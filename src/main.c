/*
 * main.c — the csquery command line, and nothing else: options, dispatch to
 * the library, and the exit status each csq_status maps to.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "csquery.h"
#include "words.h" /* grammar/words.tsv and messages.tsv */

typedef struct options {
  const char **files;
  char **owned; /* argv words rewritten for getopt, freed at exit */
  int owned_count;
  int file_count;
  const char *db, *law, *level;
  int json, in_force, exact, limit_set; /* limit_set: --limit was given */
  int dangling;                         /* refs --dangling */
  int fresh;                            /* import --fresh */
  const char **actors;                  /* --actor A,B --actor C: each name, split in place */
  csq_obligation_query obl; /* obligations: --actor, --actor-match, --text, --modality */
  long limit, offset;
  char default_db[4096];
} options;

/* The exit status of each csq_status (sysexits.h's where one fits). */
static int exit_code(csq_status st) {
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

/* Prints the error on stderr; its exit status. */
static int report(const csq_error *err) {
  char buf[1024];
  fprintf(stderr, "csquery: %s\n", csq_error_format(err, buf, sizeof buf));
  return exit_code(err->status);
}

int cli_report(const csq_error *err) { return report(err); }

/* A message of main's own on stderr; the exit status of `st`. */
static int say(csq_status st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int say(csq_status st, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("csquery: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return exit_code(st);
}

static long parse_count(const char *s, const char *option) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < 0 || v > 100000) {
    char shown[64];
    fprintf(stderr, "csquery: %s takes a number from 0 to 100000, not %s\n", option,
            csq_quote(s, shown, sizeof shown));
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

static int parse_options(int argc, char **argv, options *o) {
  enum { DB = 256, LAW, JSON, LEVEL, IN_FORCE, EXACT, LIMIT, OFFSET, DANGLING };
  enum { ACTOR = DANGLING + 1, ACTOR_MATCH, TEXT, MODALITY, FRESH };
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
                                       {"actor", required_argument, NULL, ACTOR},
                                       {"actor-match", required_argument, NULL, ACTOR_MATCH},
                                       {"text", required_argument, NULL, TEXT},
                                       {"modality", required_argument, NULL, MODALITY},
                                       {"version", no_argument, NULL, 'V'},
                                       {"fresh", no_argument, NULL, FRESH},
                                       {NULL, 0, NULL, 0}};
  o->files = calloc((size_t)argc, sizeof *o->files);
  o->owned = calloc((size_t)argc, sizeof *o->owned);
  o->obl.actors = o->actors = calloc((size_t)argc * 2, sizeof *o->actors);
  if (!o->files || !o->owned || !o->actors)
    return say(CSQ_NO_MEMORY, "out of memory");
  o->limit = 10;
  o->obl.modality = -1;
  /* A search's -term excludes a term. In Chinese (-刪除) it cannot be an
   * option: write it with the full-width minus the search also reads, so
   * that getopt leaves it alone. ASCII terms are excluded after `--`. */
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-' && (unsigned char)argv[i][1] >= 0x80) {
      size_t n = strlen(argv[i]);
      size_t dash = strlen(CSQ_WORD_DASH_FULLWIDTH);
      char *w = malloc(n + dash);
      if (!w)
        return say(CSQ_NO_MEMORY, "out of memory");
      memcpy(w, CSQ_WORD_DASH_FULLWIDTH, dash);
      memcpy(w + dash, argv[i] + 1, n);
      argv[i] = o->owned[o->owned_count++] = w;
    }
  char shown[64]; /* an option's value in a message */
  int c;
  while ((c = getopt_long(argc, argv, "f:hV", LONG, NULL)) != -1) {
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
    case FRESH:
      o->fresh = 1;
      break;
    case ACTOR: /* 雇主,勞工: names hold no ASCII comma */
      for (char *name = strtok(optarg, ","); name; name = strtok(NULL, ","))
        o->actors[o->obl.actor_count++] = name;
      if (o->obl.actor_count == 0)
        return say(CSQ_BAD_QUERY, CSQ_MSG_ACTOR_NEEDS_NAME);
      break;
    case ACTOR_MATCH:
      if (strcmp(optarg, "exact") != 0 && strcmp(optarg, "contains") != 0)
        return say(CSQ_BAD_QUERY, "--actor-match takes exact or contains, not %s",
                   csq_quote(optarg, shown, sizeof shown));
      o->obl.actor_match = strcmp(optarg, "contains") == 0 ? CSQ_ACTOR_CONTAINS : CSQ_ACTOR_EXACT;
      break;
    case TEXT:
      o->obl.text = optarg;
      break;
    case MODALITY:
      if ((o->obl.modality = csq_modality_from_name(optarg)) < 0) {
        return say(CSQ_BAD_QUERY, "--modality takes shall, may, shall_not or exception, not %s",
                   csq_quote(optarg, shown, sizeof shown));
      }
      break;
    case LIMIT:
      if ((o->limit = parse_count(optarg, "--limit")) < 0)
        return exit_code(CSQ_BAD_QUERY);
      o->limit_set = 1;
      break;
    case OFFSET:
      if ((o->offset = parse_count(optarg, "--offset")) < 0)
        return exit_code(CSQ_BAD_QUERY);
      break;
    case 'h':
      fputs(csq_help(NULL), stdout);
      return -1;
    case 'V':
      printf("csquery %s\n", CSQ_VERSION);
      return -1;
    default:
      return say(CSQ_BAD_QUERY, "see csquery --help for the options");
    }
  }
  if (!o->db)
    o->db = default_db(o);
  return 0;
}

/* What every command but import works on: the laws of -f files, else of
 * the database when there is one, else the built-in corpus. */
typedef struct session {
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
  csq_render_options render;
} session;

static int open_session(session *s, const options *o) {
  csq_error err;
  csq_error_clear(&err);
  struct stat st;
  csq_status rc = csq_corpus_new(NULL, &s->corpus, &err);
  if (rc == CSQ_OK && o->file_count == 0 && stat(o->db, &st) == 0)
    rc = csq_db_open(o->db, NULL, &s->db, &err);
  else if (rc == CSQ_OK && o->file_count == 0)
    rc = csq_corpus_add_builtin(s->corpus, &err);
  for (int i = 0; rc == CSQ_OK && i < o->file_count; i++)
    rc = csq_corpus_add_file(s->corpus, o->files[i], &err);
  if (rc == CSQ_OK)
    rc = csq_library_new(s->corpus, s->db, &s->lib, &err);
  s->render.format = o->json ? CSQ_FORMAT_JSON : CSQ_FORMAT_TEXT;
  return rc == CSQ_OK ? 0 : report(&err);
}

static void close_session(session *s) {
  csq_library_free(s->lib);
  csq_db_free(s->db);
  csq_corpus_free(s->corpus);
}

/* The words of the query, joined by spaces: 「第4條 第1項」. */
static char *join_words(int argc, char **argv) {
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

/* ---- laws ---- */

static void print_law(void *ctx, const char *id, const char *name, const char *version,
                      const char *level, int repealed, size_t articles) {
  (void)ctx;
  printf("%s\t%s\t%s\t%s\t%zu articles%s\n", id[0] ? id : "-", name, version, level, articles,
         repealed ? "\trepealed" : "");
}

static int cmd_laws(session *s) {
  csq_error err;
  csq_error_clear(&err);
  return csq_library_laws(s->lib, print_law, NULL, &err) == CSQ_OK ? 0 : report(&err);
}

/* ---- search ---- */

static int cmd_search(session *s, const options *o, int argc, char **argv) {
  char *q = join_words(argc, argv);
  if (!q)
    return say(CSQ_NO_MEMORY, "out of memory");
  int colour = !o->json && isatty(1);
  csq_search_options so = {.law = o->law,
                           .level = o->level,
                           .in_force = o->in_force,
                           .exact = o->exact,
                           .limit = (size_t)o->limit,
                           .offset = (size_t)o->offset,
                           .mark_open = colour ? "\033[1;31m" : NULL,
                           .mark_close = colour ? "\033[0m" : NULL};
  csq_hits *h = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_search(s->lib, q, &so, &h, &err) == CSQ_OK &&
                   csq_render_hits(stdout, &s->render, h, &err) == CSQ_OK
               ? 0
               : report(&err);
  free(q);
  if (rc == 0 && !o->json)
    fprintf(stderr, "%zu of %zu results\n", csq_hits_count(h), csq_hits_total(h));
  if (rc == 0 && csq_hits_total(h) == 0)
    rc = exit_code(CSQ_NOT_FOUND);
  csq_hits_free(h);
  return rc;
}

/* ---- lookups ---- */

/* The nodes a query names, in *m; an exit status. */
static int look_up(session *s, const csq_law *law, int argc, char **argv, csq_node_list **m) {
  char *q = join_words(argc, argv);
  if (!q)
    return say(CSQ_NO_MEMORY, "out of memory");
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_lookup(s->lib, law, q, m, &err) == CSQ_OK ? 0 : report(&err);
  free(q);
  return rc;
}

/* Under a provision's text: the citations it makes, one line each. */
static int show_citations(session *s, const csq_node_list *nodes) {
  csq_error err;
  csq_error_clear(&err);
  csq_refs *refs = NULL;
  int rc = csq_refs_build(s->corpus, &refs, &err) == CSQ_OK ? 0 : report(&err);
  for (size_t i = 0; rc == 0 && i < csq_node_list_count(nodes); i++) {
    const csq_node *n = csq_node_list_at(nodes, i);
    csq_citation_list *list = NULL;
    rc = csq_refs_from(refs, n, 1, &list, &err) == CSQ_OK ? 0 : report(&err);
    size_t k = rc == 0 ? csq_citation_list_count(list) : 0;
    if (k)
      printf("\n%s: %zu citation%s\n", csq_node_cite(n), k, k == 1 ? "" : "s");
    if (k && csq_render_citations(stdout, NULL, list, &err) != CSQ_OK)
      rc = report(&err);
    csq_citation_list_free(list);
  }
  csq_refs_free(refs);
  return rc;
}

static int cmd_lookup(session *s, const csq_law *law, const options *o, int argc, char **argv) {
  csq_error err;
  csq_error_clear(&err);
  if (argc == 0 && o->file_count == 0 && !o->json) {
    fputs(csq_help(NULL), stderr);
    return exit_code(CSQ_BAD_QUERY);
  }
  if (argc == 0) /* the whole law */
    return csq_render_law(stdout, &s->render, law, &err) == CSQ_OK ? 0 : report(&err);
  csq_node_list *m = NULL;
  int rc = look_up(s, law, argc, argv, &m);
  if (rc == 0 && csq_render_nodes(stdout, &s->render, m, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == 0 && !o->json)
    rc = show_citations(s, m);
  csq_node_list_free(m);
  return rc;
}

/* ---- citations ---- */

static int cmd_refs(session *s, const csq_law *law, const options *o, int argc, char **argv) {
  if (argc == 0 && !o->dangling)
    return say(CSQ_BAD_QUERY, CSQ_MSG_REFS_NEEDS_PROVISION);
  csq_error err;
  csq_error_clear(&err);
  csq_node_list *m = NULL;
  csq_citation_list *list = NULL;
  int rc = o->dangling ? (csq_find_dangling(s->lib, &list, &err) == CSQ_OK ? 0 : report(&err))
                       : look_up(s, law, argc, argv, &m);
  if (rc == 0 && !o->dangling && csq_find_citations(s->lib, m, &list, &err) != CSQ_OK)
    rc = report(&err);
  csq_render_options ro = s->render;
  ro.with_target_text = !o->dangling;
  if (rc == 0 && csq_render_citations(stdout, &ro, list, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == 0 && o->dangling)
    fprintf(stderr, "%zu citations name a provision that does not exist\n",
            csq_citation_list_count(list));
  else if (rc == 0 && csq_citation_list_count(list) == 0 && !o->json)
    fprintf(stderr, "csquery: %s cites nothing\n", csq_node_cite(csq_node_list_at(m, 0)));
  csq_citation_list_free(list);
  csq_node_list_free(m);
  return rc;
}

static int cmd_cited_by(session *s, const csq_law *law, const options *o, int argc, char **argv) {
  (void)o;
  if (argc == 0)
    return say(CSQ_BAD_QUERY, CSQ_MSG_CITED_BY_NEEDS_PROVISION);
  char *q = join_words(argc, argv);
  if (!q)
    return say(CSQ_NO_MEMORY, "out of memory");
  csq_error err;
  csq_error_clear(&err);
  csq_cited_by_list *list = NULL;
  int rc = csq_find_cited_by(s->lib, law, q, &list, &err) == CSQ_OK &&
                   csq_render_cited_by(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : report(&err);
  if (rc == 0 && csq_cited_by_list_count(list) == 0)
    rc = say(CSQ_NOT_FOUND, "nothing loaded cites %s", q);
  csq_cited_by_list_free(list);
  free(q);
  return rc;
}

/* ---- obligations and definitions ---- */

/* The law a bare 第N條 means: --law, else the library's primary law. */
static int pick_law(session *s, const options *o, const csq_law **law) {
  csq_error err;
  csq_error_clear(&err);
  csq_status st = o->law ? csq_library_find_law(s->lib, o->law, law, &err)
                         : csq_library_primary(s->lib, law, &err);
  if (st == CSQ_NOT_FOUND && o->law)
    return say(st, "--law %s: no such law is loaded (see csquery laws)", o->law);
  return st == CSQ_OK ? 0 : report(&err);
}

/* What a list holds and what it looked at, on stderr, a line each. */
static void tell_scope(const csq_scope *sc, size_t shown, size_t total, size_t laws,
                       const char *noun) {
  char buf[2048];
  csq_scope_summary(sc, shown, total, laws, noun, buf, sizeof buf);
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
    say(CSQ_OK, "%s", line);
}

/* Lists that may span many laws show --limit (10); one law's, all. */
static size_t limit_of(const session *s, const options *o, int one_law) {
  int across = !one_law && (s->db || csq_corpus_law_count(s->corpus) > 1);
  return o->limit_set ? (size_t)o->limit : across ? 10 : 0;
}

static int cmd_obligations(session *s, const options *o, int argc, char **argv) {
  const csq_law *law = NULL;
  csq_node_list *m = NULL;
  int rc = argc ? pick_law(s, o, &law) : 0;
  if (rc == 0 && argc)
    rc = look_up(s, law, argc, argv, &m);
  csq_obligation_query q = o->obl;
  q.law = argc ? NULL : o->law; /* a provision names its law */
  q.provisions = m;
  q.limit = limit_of(s, o, argc || o->law);
  q.offset = (size_t)o->offset;
  csq_obligation_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (rc == 0 && (csq_query_obligations(s->lib, &q, &list, &err) != CSQ_OK ||
                  csq_render_obligations(stdout, &s->render, list, &err) != CSQ_OK))
    rc = report(&err);
  size_t total = rc == 0 ? csq_obligation_list_total(list) : 0;
  if (rc == 0 && (!o->json || total == 0))
    tell_scope(csq_obligation_list_scope(list), csq_obligation_list_count(list), total,
               csq_obligation_list_group_count(list), "obligations");
  if (rc == 0 && total == 0)
    rc = exit_code(CSQ_NOT_FOUND);
  csq_obligation_list_free(list);
  csq_node_list_free(m);
  return rc;
}

static int cmd_actors(session *s, const options *o, int argc, char **argv) {
  char *text = argc ? join_words(argc, argv) : NULL, noun[512];
  if (argc && !text)
    return say(CSQ_NO_MEMORY, "out of memory");
  csq_actor_query q = {
      text, o->law, o->level, o->in_force, limit_of(s, o, o->law != NULL), (size_t)o->offset};
  csq_actor_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_find_actors(s->lib, &q, &list, &err) == CSQ_OK &&
                   csq_render_actors(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : report(&err);
  snprintf(noun, sizeof noun, "bearer names%s%s", text ? " holding " : "", text ? text : "");
  if (rc == 0 && (!o->json || csq_actor_list_total(list) == 0))
    tell_scope(csq_actor_list_scope(list), csq_actor_list_count(list), csq_actor_list_total(list),
               0, noun);
  if (rc == 0 && csq_actor_list_total(list) == 0)
    rc = exit_code(CSQ_NOT_FOUND);
  csq_actor_list_free(list);
  free(text);
  return rc;
}

static int cmd_define(session *s, const csq_law *law, int argc, char **argv) {
  if (argc == 0)
    return say(CSQ_BAD_QUERY, CSQ_MSG_DEFINE_NEEDS_TERM);
  char *term = join_words(argc, argv);
  if (!term)
    return say(CSQ_NO_MEMORY, "out of memory");
  csq_definition_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_find_definitions(s->lib, law, term, &list, &err) == CSQ_OK &&
                   csq_render_definitions(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : report(&err);
  if (rc == 0 && csq_definition_list_count(list) == 0)
    rc = say(CSQ_NOT_FOUND, "no loaded law defines %s", term);
  csq_definition_list_free(list);
  free(term);
  return rc;
}

static int dispatch(session *s, const options *o, int argc, char **argv) {
  const char *cmd = argc ? argv[0] : "";
  if (argc == 1 && strcmp(cmd, "laws") == 0)
    return cmd_laws(s);
  if (strcmp(cmd, "search") == 0)
    return cmd_search(s, o, argc - 1, argv + 1);
  if (strcmp(cmd, "obligations") == 0)
    return cmd_obligations(s, o, argc - 1, argv + 1);
  if (strcmp(cmd, "actors") == 0)
    return cmd_actors(s, o, argc - 1, argv + 1);
  const csq_law *law;
  int rc = pick_law(s, o, &law);
  if (rc != 0)
    return rc;
  if (strcmp(cmd, "refs") == 0)
    return cmd_refs(s, law, o, argc - 1, argv + 1);
  if (strcmp(cmd, "cited-by") == 0)
    return cmd_cited_by(s, law, o, argc - 1, argv + 1);
  if (strcmp(cmd, "define") == 0)
    return cmd_define(s, law, argc - 1, argv + 1);
  return cmd_lookup(s, law, o, argc, argv);
}

static void free_options(options *o) {
  free(o->files);
  free(o->actors);
  for (int i = 0; i < o->owned_count; i++)
    free(o->owned[i]);
  free(o->owned);
}

int main(int argc, char **argv) {
  options o = {0};
  int rc = parse_options(argc, argv, &o);
  if (rc != 0) {
    free_options(&o);
    return rc < 0 ? 0 : rc;
  }
  argc -= optind;
  argv += optind;
  if (argc == 1 && strcmp(argv[0], "import") == 0) {
    rc = say(CSQ_BAD_QUERY, "import needs files or folders: csquery import law.json ch/");
  } else if (argc >= 1 && strcmp(argv[0], "import") == 0) {
    rc = cli_import(o.db, o.fresh, argc - 1, argv + 1);
  } else if (argc == 1 && strcmp(argv[0], "check") == 0) {
    rc = cli_check(o.db);
  } else {
    session s = {0};
    rc = open_session(&s, &o);
    if (rc == 0)
      rc = dispatch(&s, &o, argc, argv);
    close_session(&s);
  }
  free_options(&o);
  return rc;
}
