/*
 * main.c — the csquery command line, and nothing else: dispatch to the
 * library (the options and exit statuses are cli_options.c's).
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "render/render.h" /* obligations --explain: the cues, internal */
#include "words.h"         /* grammar/words.tsv and messages.tsv */

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
  if (rc == CSQ_OK)
    rc = csq_library_set_date(s->lib, o->at, &err);
  s->render.format = o->json ? CSQ_FORMAT_JSON : CSQ_FORMAT_TEXT;
  s->render.color = o->colour;
  return rc == CSQ_OK ? 0 : cli_report(&err);
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

static int cmd_laws(session *s) {
  csq_error err;
  csq_error_clear(&err);
  csq_version_list *list = NULL;
  int rc = csq_find_versions(s->lib, NULL, csq_library_date(s->lib), &list, &err) == CSQ_OK &&
                   csq_render_laws(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  csq_version_list_free(list);
  return rc;
}

/* ---- import ---- */

/* On a terminal: where the import stands, on one line, open until the
 * last report (*ctx says so: a failure then starts a line of its own). */
static void show_progress(void *ctx, const csq_import_progress *p) {
  *(int *)ctx = !p->finishing;
  csq_render_progress(stderr, NULL, p, NULL);
}

/* Another import holds the database: this one says so, and waits. */
static void show_waiting(void *ctx, const char *db) {
  if (*(int *)ctx)
    fputc('\n', stderr);
  *(int *)ctx = 0;
  cli_say(CSQ_OK, "another import is writing %s; waiting for it to finish…", db);
}

static int cmd_import(const options *o, int argc, char **argv) {
  if (argc == 0)
    return cli_say(CSQ_BAD_QUERY, "import needs files or folders: csquery import law.json ch/");
  int line_open = 0;
  csq_import_options io = {.progress = isatty(2) && !o->json ? show_progress : NULL,
                           .progress_ctx = &line_open,
                           .fresh = o->fresh,
                           .waiting = show_waiting};
  csq_import_stats s;
  csq_error err;
  csq_error_clear(&err);
  if (csq_import(o->db, (const char *const *)argv, (size_t)argc, &io, &s, &err) != CSQ_OK) {
    if (line_open)
      fputc('\n', stderr);
    return cli_report(&err);
  }
  /* The summary: on stderr, or as JSON on stdout. */
  csq_render_options ro = {.format = o->json ? CSQ_FORMAT_JSON : CSQ_FORMAT_TEXT};
  return csq_render_import_stats(o->json ? stdout : stderr, &ro, &s, &err) == CSQ_OK
             ? 0
             : cli_report(&err);
}

/* ---- search ---- */

static int cmd_search(session *s, const options *o, int argc, char **argv) {
  if (o->limit_set && o->limit == 0) /* elsewhere 0 is all; a ranked search has no "all" */
    return cli_say(CSQ_BAD_QUERY, "--limit takes a number from 1 to 100000 in search, not 0");
  char *q = join_words(argc, argv);
  if (!q)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  int colour = !o->json && o->colour;
  csq_search_options so = {.law = o->law,
                           .level = o->level,
                           .in_force = o->in_force,
                           .exact = o->exact,
                           .repealed = o->repealed,
                           .explain = o->explain,
                           .limit = (size_t)o->limit,
                           .offset = (size_t)o->offset,
                           .mark_open = colour ? "\033[1;31m" : NULL,
                           .mark_close = colour ? "\033[0m" : NULL};
  csq_hits *h = NULL;
  csq_error err;
  csq_error_clear(&err);
  csq_render_options ro = s->render;
  ro.explain = o->explain;
  int rc = csq_search(s->lib, q, &so, &h, &err) == CSQ_OK &&
                   csq_render_hits(stdout, &ro, h, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  if (rc == 0 && !o->json && *csq_hits_searched_as(h))
    fprintf(stderr, "csquery: searched as %s\n", csq_hits_searched_as(h));
  if (rc == 0 && !o->json && csq_hits_some_terms(h) && !csq_hits_every_term(h))
    fprintf(stderr, "csquery: no provision holds every term of %s; these hold some of them\n", q);
  else if (rc == 0 && !o->json && csq_hits_some_terms(h))
    fprintf(stderr, "csquery: %zu provision%s every term of %s; then those that hold some\n",
            csq_hits_every_term(h), csq_hits_every_term(h) == 1 ? " holds" : "s hold", q);
  /* the items shown after a lead-in are no part of the total: counted apart */
  size_t items = 0;
  for (size_t i = 0; rc == 0 && i < csq_hits_count(h); i++)
    items += csq_hit_listed(h, i) != 0;
  if (rc == 0 && !o->json)
    fprintf(stderr, "%zu of %zu results", csq_hits_count(h) - items, csq_hits_total(h));
  if (rc == 0 && !o->json && items)
    fprintf(stderr, " and %zu item%s of their lists", items, items == 1 ? "" : "s");
  size_t repealed = rc == 0 ? csq_hits_repealed_left_out(h) : 0;
  size_t all = rc == 0 ? csq_hits_total_with_repealed(h) : 0;
  if (rc == 0 && !o->json && repealed && all == csq_hits_total(h) + repealed)
    fprintf(stderr, " (%zu more in repealed laws: --repealed shows them)", repealed);
  else if (rc == 0 && !o->json && repealed) /* they hold every term: a search for all of them */
    fprintf(stderr, " (--repealed finds %zu, %zu in repealed laws)", all, repealed);
  if (rc == 0 && !o->json)
    fputc('\n', stderr);
  if (rc == 0 && csq_hits_total(h) == 0) /* under --json an error says so */
    rc =
        o->json ? cli_say(CSQ_NOT_FOUND, "no provision holds %s", q) : cli_exit_code(CSQ_NOT_FOUND);
  free(q);
  csq_hits_free(h);
  return rc;
}

/* ---- lookups ---- */

/* The nodes a query names, in *m; an exit status. */
static int look_up(session *s, const csq_law *law, int argc, char **argv, csq_node_list **m) {
  char *q = join_words(argc, argv);
  if (!q)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_lookup(s->lib, law, q, m, &err) == CSQ_OK ? 0 : cli_report(&err);
  free(q);
  return rc;
}

/* Under a provision's text: the citations it makes, one line each. */
static int show_citations(session *s, const csq_node_list *nodes) {
  csq_error err;
  csq_error_clear(&err);
  csq_citation_list *list = NULL;
  int rc = csq_find_citations(s->lib, nodes, &list, &err) == CSQ_OK ? 0 : cli_report(&err);
  size_t k = rc == 0 ? csq_citation_list_count(list) : 0;
  if (k && csq_node_list_count(nodes) == 1)
    printf("\n%s: %zu citation%s\n", csq_node_cite(csq_node_list_at(nodes, 0)), k,
           k == 1 ? "" : "s");
  else if (k)
    printf("\n%zu citation%s\n", k, k == 1 ? "" : "s");
  if (k && csq_render_citations(stdout, NULL, list, &err) != CSQ_OK)
    rc = cli_report(&err);
  csq_citation_list_free(list);
  return rc;
}

static int cmd_lookup(session *s, const csq_law *law, const options *o, int argc, char **argv) {
  csq_error err;
  csq_error_clear(&err);
  if (argc == 0 && o->file_count == 0 && !o->json) {
    fputs(csq_help(NULL), stderr);
    return cli_exit_code(CSQ_BAD_QUERY);
  }
  if (argc == 0) /* the whole law */
    return csq_render_law(stdout, &s->render, law, &err) == CSQ_OK ? 0 : cli_report(&err);
  csq_node_list *m = NULL;
  int rc = look_up(s, law, argc, argv, &m);
  if (rc == 0 && csq_render_nodes(stdout, &s->render, m, &err) != CSQ_OK)
    rc = cli_report(&err);
  if (rc == 0 && !o->json)
    rc = show_citations(s, m);
  csq_node_list_free(m);
  return rc;
}

/* ---- citations ---- */

static int cmd_refs(session *s, const csq_law *law, const options *o, int argc, char **argv) {
  if (argc == 0 && !o->dangling)
    return cli_say(CSQ_BAD_QUERY, CSQ_MSG_REFS_NEEDS_PROVISION);
  csq_error err;
  csq_error_clear(&err);
  csq_node_list *m = NULL;
  csq_citation_list *list = NULL;
  int rc = o->dangling ? (csq_find_dangling(s->lib, &list, &err) == CSQ_OK ? 0 : cli_report(&err))
                       : look_up(s, law, argc, argv, &m);
  if (rc == 0 && !o->dangling && csq_find_citations(s->lib, m, &list, &err) != CSQ_OK)
    rc = cli_report(&err);
  csq_render_options ro = s->render;
  ro.with_target_text = !o->dangling;
  if (rc == 0 && csq_render_citations(stdout, &ro, list, &err) != CSQ_OK)
    rc = cli_report(&err);
  if (rc == 0 && o->dangling && !o->json)
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
    return cli_say(CSQ_BAD_QUERY, CSQ_MSG_CITED_BY_NEEDS_PROVISION);
  char *q = join_words(argc, argv);
  if (!q)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  csq_error err;
  csq_error_clear(&err);
  csq_cited_by_list *list = NULL;
  int rc = csq_find_cited_by(s->lib, law, q, &list, &err) == CSQ_OK &&
                   csq_render_cited_by(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  if (rc == 0 && csq_cited_by_list_count(list) == 0)
    rc = cli_say(CSQ_NOT_FOUND, "nothing loaded cites %s", q);
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
    return cli_say(st, "--law %s: %s", o->law, err.message);
  return st == CSQ_OK ? 0 : cli_report(&err);
}

/* What a list holds and what it looked at, on stderr, a line each; under
 * --json (told only when nothing was found) one not_found error. */
static void tell_scope(const options *o, const csq_scope *sc, size_t shown, size_t total,
                       size_t laws, const char *noun) {
  char buf[2048];
  csq_scope_summary(sc, shown, total, laws, noun, buf, sizeof buf);
  if (o->json) {
    for (char *nl = strchr(buf, '\n'); nl && nl[1]; nl = strchr(nl, '\n'))
      *nl = ' ';
    buf[strcspn(buf, "\n")] = '\0';
    cli_say(CSQ_NOT_FOUND, "%s", buf);
    return;
  }
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
    cli_say(CSQ_OK, "%s", line);
}

/* Lists that may span many laws show --limit (10); one law's, all. */
static size_t limit_of(const session *s, const options *o, int one_law) {
  int across = !one_law && (s->db || csq_corpus_law_count(s->corpus) > 1);
  return o->limit_set ? (size_t)o->limit : across ? 10 : 0;
}

/* obligations --explain: every cue of the provisions (or of the law) and
 * what became of it. */
static int cmd_explain(session *s, const options *o, int argc, char **argv) {
  const csq_law *law = NULL;
  csq_node_list *m = NULL;
  int rc = pick_law(s, o, &law);
  if (rc == 0 && argc)
    rc = look_up(s, law, argc, argv, &m);
  csq__cue_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (rc == 0 && (csq__explain_cues(s->lib, law, m, &list, &err) != CSQ_OK ||
                  csq__render_cues(stdout, &s->render, list, &err) != CSQ_OK))
    rc = cli_report(&err);
  if (rc == 0 && csq__cue_list_count(list) == 0)
    rc = cli_say(CSQ_NOT_FOUND, "no cue found");
  csq__cue_list_free(list);
  csq_node_list_free(m);
  return rc;
}

static int cmd_obligations(session *s, const options *o, int argc, char **argv) {
  if (o->explain)
    return cmd_explain(s, o, argc, argv);
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
    rc = cli_report(&err);
  size_t total = rc == 0 ? csq_obligation_list_total(list) : 0;
  if (rc == 0 && (!o->json || total == 0))
    tell_scope(o, csq_obligation_list_scope(list), csq_obligation_list_count(list), total,
               csq_obligation_list_group_count(list), "obligations");
  if (rc == 0 && total == 0)
    rc = cli_exit_code(CSQ_NOT_FOUND);
  csq_obligation_list_free(list);
  csq_node_list_free(m);
  return rc;
}

static int cmd_actors(session *s, const options *o, int argc, char **argv) {
  char *text = argc ? join_words(argc, argv) : NULL, noun[512];
  if (argc && !text)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  csq_actor_query q = {
      text, o->law, o->level, o->in_force, limit_of(s, o, o->law != NULL), (size_t)o->offset};
  csq_actor_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_find_actors(s->lib, &q, &list, &err) == CSQ_OK &&
                   csq_render_actors(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  snprintf(noun, sizeof noun, "bearer names%s%s", text ? " holding " : "", text ? text : "");
  if (rc == 0 && (!o->json || csq_actor_list_total(list) == 0))
    tell_scope(o, csq_actor_list_scope(list), csq_actor_list_count(list),
               csq_actor_list_total(list), 0, noun);
  if (rc == 0 && csq_actor_list_total(list) == 0)
    rc = cli_exit_code(CSQ_NOT_FOUND);
  csq_actor_list_free(list);
  free(text);
  return rc;
}

static int cmd_define(session *s, const csq_law *law, int argc, char **argv) {
  if (argc == 0)
    return cli_say(CSQ_BAD_QUERY, CSQ_MSG_DEFINE_NEEDS_TERM);
  char *term = join_words(argc, argv);
  if (!term)
    return cli_say(CSQ_NO_MEMORY, "out of memory");
  csq_definition_list *list = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_find_definitions(s->lib, law, term, &list, &err) == CSQ_OK &&
                   csq_render_definitions(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  if (rc == 0 && csq_definition_list_count(list) == 0)
    rc = cli_say(CSQ_NOT_FOUND, "no loaded law defines %s", term);
  csq_definition_list_free(list);
  free(term);
  return rc;
}

/* ---- export ---- */

static int cmd_export(session *s, const options *o, int argc, char **argv) {
  if (o->format < 0)
    return cli_say(CSQ_BAD_QUERY, "export needs --format akn, html or rules: "
                                  "csquery export --format html --out site/");
  csq_export *ex = NULL;
  csq_error err;
  csq_error_clear(&err);
  csq_render_options ro = {.format = (csq_format)o->format};
  int rc = csq_export_new(s->lib, (const char *const *)argv, (size_t)argc, &ex, &err) == CSQ_OK &&
                   csq_export_write(ex, &ro, o->out, stdout, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  if (rc == 0 && o->out)
    fprintf(stderr, "exported %zu law version%s to %s\n", csq_export_law_count(ex),
            csq_export_law_count(ex) == 1 ? "" : "s", o->out);
  csq_export_free(ex);
  return rc;
}

/* ---- versions ---- */

static int cmd_diff(session *s, int argc, char **argv) {
  if (argc < 1 || argc > 3)
    return cli_say(CSQ_BAD_QUERY, CSQ_MSG_DIFF_USAGE);
  csq_error err;
  csq_error_clear(&err);
  csq_diff *d = NULL;
  int rc = csq_find_diff(s->lib, argv[0], argc > 1 ? argv[1] : NULL, argc > 2 ? argv[2] : NULL, &d,
                         &err) == CSQ_OK &&
                   csq_render_diff(stdout, &s->render, d, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  csq_diff_free(d);
  return rc;
}

static int cmd_history(session *s, int argc, char **argv) {
  if (argc != 1)
    return cli_say(CSQ_BAD_QUERY, CSQ_MSG_HISTORY_USAGE);
  csq_error err;
  csq_error_clear(&err);
  const csq_law *law = NULL;
  csq_amendment_list *list = NULL;
  int rc = csq_library_find_law(s->lib, argv[0], &law, &err) == CSQ_OK &&
                   csq_find_amendments(s->lib, law, &list, &err) == CSQ_OK &&
                   csq_render_history(stdout, &s->render, list, &err) == CSQ_OK
               ? 0
               : cli_report(&err);
  csq_amendment_list_free(list);
  return rc;
}

static int dispatch(session *s, const options *o, int argc, char **argv) {
  const char *cmd = argc ? argv[0] : "";
  if (argc == 1 && strcmp(cmd, "laws") == 0)
    return cmd_laws(s);
  if (strcmp(cmd, "diff") == 0)
    return cmd_diff(s, argc - 1, argv + 1);
  if (strcmp(cmd, "history") == 0)
    return cmd_history(s, argc - 1, argv + 1);
  if (strcmp(cmd, "search") == 0)
    return cmd_search(s, o, argc - 1, argv + 1);
  if (strcmp(cmd, "obligations") == 0)
    return cmd_obligations(s, o, argc - 1, argv + 1);
  if (strcmp(cmd, "actors") == 0)
    return cmd_actors(s, o, argc - 1, argv + 1);
  if (strcmp(cmd, "export") == 0)
    return cmd_export(s, o, argc - 1, argv + 1);
  /* A provision asked for by a query that names its law (刑法第10條) needs
   * no other: csq_lookup reads the law a bare 第N條 means only then. */
  int refs = strcmp(cmd, "refs") == 0,
      lookup = !refs && strcmp(cmd, "cited-by") != 0 && strcmp(cmd, "define") != 0;
  int later = !o->law && ((lookup && argc > 0) || (refs && argc > 1 && !o->dangling));
  const csq_law *law = NULL;
  int rc = later ? 0 : pick_law(s, o, &law);
  if (rc != 0)
    return rc;
  if (refs)
    return cmd_refs(s, law, o, argc - 1, argv + 1);
  if (strcmp(cmd, "cited-by") == 0)
    return cmd_cited_by(s, law, o, argc - 1, argv + 1);
  if (strcmp(cmd, "define") == 0)
    return cmd_define(s, law, argc - 1, argv + 1);
  return cmd_lookup(s, law, o, argc, argv);
}

/* csquery help [COMMAND] and --help: the command's text, else the usage. */
static int cmd_help(const char *topic, int from_option) {
  const char *text = csq_help(topic);
  if (!text && from_option) /* csquery 第4條 --help */
    text = csq_help("lookup");
  if (!text)
    return cli_say(CSQ_BAD_QUERY, "no command %s: csquery help lists them", topic);
  fputs(text, stdout);
  return 0;
}

/* Colour, and the pager for what goes to stdout (not for an import, which
 * shows its progress on stderr). A pager that cannot start is no error:
 * the text goes to the terminal as it is. */
static int start_output(options *o, int importing, csq_pager **pager) {
  csq_error err;
  csq_error_clear(&err);
  if (csq_color_wanted(o->color_when, stdout, &o->colour, &err) != CSQ_OK)
    return cli_report(&err);
  if (!o->no_pager && !importing && csq_pager_open(stdout, pager, &err) != CSQ_OK)
    *pager = NULL;
  return 0;
}

static int run(options *o, int argc, char **argv) {
  const char *cmd = argc ? argv[0] : "";
  if (o->help)
    return cmd_help(argc ? argv[0] : NULL, 1);
  if (strcmp(cmd, "help") == 0)
    return cmd_help(argc > 1 ? argv[1] : NULL, 0);
  if (strcmp(cmd, "import") == 0)
    return cmd_import(o, argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0)
    return argc == 1 ? cli_check(o)
                     : cli_say(CSQ_BAD_QUERY, "check takes no words: csquery --db FILE check");
  session s = {0};
  int rc = open_session(&s, o);
  if (rc == 0)
    rc = dispatch(&s, o, argc, argv);
  close_session(&s);
  return rc;
}

int main(int argc, char **argv) {
  cli_choose_error_style(argc, argv);
  options o = {0};
  int rc = cli_parse_options(argc, argv, &o);
  argc -= optind;
  argv += optind;
  csq_pager *pager = NULL;
  int importing = argc >= 1 && strcmp(argv[0], "import") == 0 && !o.help;
  if (rc == 0)
    rc = start_output(&o, importing, &pager);
  if (rc == 0)
    rc = run(&o, argc, argv);
  csq_pager_free(pager);
  cli_free_options(&o);
  return rc < 0 ? 0 : rc; /* -1: --version, done */
}
