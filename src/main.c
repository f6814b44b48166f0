/*
 * main.c — the csquery command line, and nothing else: options, then the
 * library does the work, then the exit status is the csq_status.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


#include "csquery.h"

static const char USAGE[] =
    "usage: csquery [OPTIONS] PROVISION...      the text of a provision\n"
    "       csquery [OPTIONS] search TEXT...    full-text search\n"
    "       csquery [OPTIONS] import FILE...    build or update the database\n"
    "       csquery [OPTIONS] laws              the loaded laws\n"
    "       csquery [OPTIONS] refs PROVISION    the citations it makes, with their targets\n"
    "       csquery [OPTIONS] refs --dangling   citations of provisions that do not exist\n"
    "       csquery [OPTIONS] cited-by PROVISION  who cites it (資通安全管理法第16條)\n"
    "       csquery [OPTIONS] obligations [--actor A] [--modality M] [PROVISION]\n"
    "                                           who must, may or must not do what\n"
    "       csquery [OPTIONS] define TERM       a term's definition, scope and uses\n"
    "\n"
    "Examples:\n"
    "  csquery 第4條 第1項          paragraph 1 of article 4 (with its 款)\n"
    "  csquery 第四條第一項第五款    the same numbers in Chinese, down to a 款\n"
    "  csquery 4條1項               the short form\n"
    "  csquery 第10條之1            an inserted article (第十條之一)\n"
    "  csquery 第4條至第6條          a range of articles\n"
    "  csquery --json 第4條          JSON for programs\n"
    "  csquery -f law.json --json    a whole law read from a file, as JSON\n"
    "  csquery -f A0030297.json 本法第16條\n"
    "  csquery import ch/            every law file in a folder, into the database\n"
    "  csquery search 資通安全事件 通報      provisions holding both terms\n"
    "  csquery search \"委外辦理\" -刪除 --level 命令 --limit 20\n"
    "\n"
    "Options:\n"
    "  -f, --file FILE   read FILE (official JSON, PDF-copied or one-paragraph-\n"
    "                    per-line text) instead of the database; repeatable\n"
    "      --db FILE     the database (default: $CSQUERY_DB, else\n"
    "                    $XDG_DATA_HOME/csquery/csquery.db)\n"
    "      --law NAME    the law a bare 第N條 means, or the law searched (name or\n"
    "                    pcode; default: the first law loaded, or A0030303)\n"
    "      --json        write JSON (docs/json.md)\n"
    "  search options:\n"
    "      --level L     only 法律 or 命令\n"
    "      --in-force    only laws in force\n"
    "      --exact       no abbreviations (資安 → 資通安全)\n"
    "      --limit N     results to show (default 10)\n"
    "      --offset N    results to skip\n"
    "  obligations options (docs/obligations.md):\n"
    "      --actor A     only the duties of A (受託者; 公務機關 also finds 各機關)\n"
    "      --modality M  only shall, may, shall_not or exception\n"
    "  -h, --help        this help\n"
    "  -V, --version     the version\n"
    "\n"
    "With no -f and no database, the built-in corpus serves: 資通安全管理法施行細則.\n"
    "Exit status: 0 found; 1 not found; 2 bad query or option; 65 bad input\n"
    "data; 74 a file could not be read or written.\n";

typedef struct options {
  const char **files;
  char **owned; /* argv words rewritten for getopt, freed at exit */
  int owned_count;
  int file_count;
  const char *db, *law, *level;
  int json, in_force, exact;
  int dangling; /* refs --dangling */
  const char *actor; /* obligations --actor */
  int modality;      /* obligations --modality, or -1 */
  long limit, offset;
  char default_db[4096];
} options;

static int report(const csq_error *err) {
  char buf[1024];
  fprintf(stderr, "csquery: %s\n", csq_error_format(err, buf, sizeof buf));
  return err->status;
}

static long parse_count(const char *s, const char *option) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < 0 || v > 100000) {
    fprintf(stderr, "csquery: %s takes a number from 0 to 100000, not %s\n", option, s);
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
  enum { DB = 256, LAW, JSON, LEVEL, IN_FORCE, EXACT, LIMIT, OFFSET, DANGLING, ACTOR, MODALITY };
  static const struct option LONG[] = {
      {"file", required_argument, NULL, 'f'}, {"db", required_argument, NULL, DB},
      {"law", required_argument, NULL, LAW},  {"json", no_argument, NULL, JSON},
      {"level", required_argument, NULL, LEVEL}, {"in-force", no_argument, NULL, IN_FORCE},
      {"exact", no_argument, NULL, EXACT},    {"limit", required_argument, NULL, LIMIT},
      {"offset", required_argument, NULL, OFFSET}, {"help", no_argument, NULL, 'h'},
      {"dangling", no_argument, NULL, DANGLING},
      {"actor", required_argument, NULL, ACTOR}, {"modality", required_argument, NULL, MODALITY},
      {"version", no_argument, NULL, 'V'},    {NULL, 0, NULL, 0}};
  o->files = calloc((size_t)argc, sizeof *o->files);
  o->owned = calloc((size_t)argc, sizeof *o->owned);
  if (!o->files || !o->owned)
    return CSQ_NO_MEMORY;
  o->limit = 10;
  o->modality = -1;
  /* A search's -term excludes a term. In Chinese (-刪除) it cannot be an
   * option: write it with the full-width minus the search also reads, so
   * that getopt leaves it alone. ASCII terms are excluded after `--`. */
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-' && (unsigned char)argv[i][1] >= 0x80) {
      size_t n = strlen(argv[i]);
      char *w = malloc(n + 3);
      if (!w)
        return CSQ_NO_MEMORY;
      memcpy(w, "－", 3);
      memcpy(w + 3, argv[i] + 1, n);
      argv[i] = o->owned[o->owned_count++] = w;
    }
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
      o->level = optarg;
      break;
    case IN_FORCE:
      o->in_force = 1;
      break;
    case EXACT:
      o->exact = 1;
      break;
    case DANGLING:
      o->dangling = 1;
      break;
    case ACTOR:
      o->actor = optarg;
      break;
    case MODALITY:
      if ((o->modality = csq_modality_from_name(optarg)) < 0) {
        fprintf(stderr, "csquery: --modality takes shall, may, shall_not or exception, not %s\n",
                optarg);
        return CSQ_BAD_QUERY;
      }
      break;
    case LIMIT:
      if ((o->limit = parse_count(optarg, "--limit")) < 0)
        return CSQ_BAD_QUERY;
      break;
    case OFFSET:
      if ((o->offset = parse_count(optarg, "--offset")) < 0)
        return CSQ_BAD_QUERY;
      break;
    case 'h':
      fputs(USAGE, stdout);
      return -1;
    case 'V':
      printf("csquery %s\n", CSQ_VERSION);
      return -1;
    default:
      fputs("csquery: see csquery --help for the options\n", stderr);
      return CSQ_BAD_QUERY;
    }
  }
  if (!o->db)
    o->db = default_db(o);
  return CSQ_OK;
}

/* -f files; else the database when it exists; else the built-in corpus. */
static int load(csq_corpus *corpus, const options *o) {
  csq_error err;
  csq_error_clear(&err);
  struct stat st;
  if (o->file_count == 0 && stat(o->db, &st) == 0)
    return csq_corpus_open_db(corpus, o->db, &err) == CSQ_OK ? CSQ_OK : report(&err);
  if (o->file_count == 0)
    return csq_corpus_add_builtin(corpus, &err) == CSQ_OK ? CSQ_OK : report(&err);
  for (int i = 0; i < o->file_count; i++)
    if (csq_corpus_add_file(corpus, o->files[i], &err) != CSQ_OK)
      return report(&err);
  return CSQ_OK;
}

static int emit(const csq_node *const *nodes, size_t count, int json) {
  csq_error err;
  csq_error_clear(&err);
  if (!json)
    return csq_render_text(stdout, nodes, count, &err) == CSQ_OK ? CSQ_OK : report(&err);
  char *s;
  if (csq_render_json(nodes, count, &s, &err) != CSQ_OK)
    return report(&err);
  puts(s);
  free(s);
  return CSQ_OK;
}

/* ---- laws ---- */

static void print_law(void *ctx, const char *id, const char *name, const char *version,
                      const char *level, int repealed, size_t articles) {
  (void)ctx;
  printf("%s\t%s\t%s\t%s\t%zu articles%s\n", id[0] ? id : "-", name, version, level, articles,
         repealed ? "\trepealed" : "");
}

static int cmd_laws(const csq_corpus *corpus) {
  csq_error err;
  if (csq_corpus_law_count(corpus) == 0)
    return csq_corpus_list_stored(corpus, print_law, NULL, &err) == CSQ_OK ? CSQ_OK
                                                                           : report(&err);
  for (size_t i = 0; i < csq_corpus_law_count(corpus); i++) {
    const csq_law *l = csq_corpus_law_at(corpus, i);
    print_law(NULL, csq_law_id(l), csq_law_name(l), csq_law_version(l), csq_law_level(l),
              csq_law_is_repealed(l), csq_law_article_count(l));
  }
  return CSQ_OK;
}

/* ---- import ---- */

typedef struct progress_state {
  double start;
  int tty;
} progress_state;

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* On a terminal: files done, rate and time left, on one rewritten line. */
static void show_progress(void *ctx, size_t done, size_t total, size_t laws) {
  progress_state *p = ctx;
  if (!p->tty || (done % 50 && done != total))
    return;
  double elapsed = seconds_now() - p->start, rate = elapsed > 0 ? (double)done / elapsed : 0;
  fprintf(stderr, "\rimporting: %zu/%zu files, %zu laws, %.0f files/s, %.0f s left   ", done,
          total, laws, rate, rate > 0 ? (double)(total - done) / rate : 0);
  if (done == total)
    fputc('\n', stderr);
}

static int cmd_import(const options *o, int argc, char **argv) {
  if (argc == 0) {
    fputs("csquery: import needs files or folders: csquery import law.json ch/\n", stderr);
    return CSQ_BAD_QUERY;
  }
  progress_state p = {seconds_now(), isatty(2)};
  csq_import_stats s;
  csq_error err;
  csq_error_clear(&err);
  if (csq_import(o->db, (const char *const *)argv, (size_t)argc, show_progress, &p, &s, &err) !=
      CSQ_OK)
    return report(&err);
  fprintf(stderr,
          "imported %zu files: %zu laws (%zu replaced), %zu articles, %zu provisions, "
          "%zu citations, %zu obligations, %zu definitions, %.1f MB of text, in %.1f s; "
          "%s is %.1f MB\n",
          s.files, s.laws, s.replaced, s.articles, s.nodes, s.citations, s.obligations,
          s.definitions, (double)s.text_bytes / 1e6, s.seconds, o->db,
          (double)s.db_bytes / 1e6);
  return CSQ_OK;
}

/* ---- search ---- */

static char *join_words(int argc, char **argv);

static int print_json(char *s) {
  puts(s);
  free(s);
  return CSQ_OK;
}

static int cmd_search(const csq_corpus *corpus, const options *o, int argc, char **argv) {
  char *q = join_words(argc, argv);
  if (!q)
    return CSQ_NO_MEMORY;
  int colour = !o->json && isatty(1);
  csq_search_options so = {.law = o->law, .level = o->level, .in_force = o->in_force,
                           .exact = o->exact, .limit = (size_t)o->limit,
                           .offset = (size_t)o->offset,
                           .mark_open = colour ? "\033[1;31m" : NULL,
                           .mark_close = colour ? "\033[0m" : NULL};
  csq_hits *h;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_search(corpus, q, &so, &h, &err);
  free(q);
  if (rc != CSQ_OK)
    return report(&err);
  char *s;
  if (o->json) {
    rc = csq_render_hits_json(h, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  } else {
    rc = csq_render_hits_text(stdout, h, &err) == CSQ_OK ? CSQ_OK : report(&err);
    fprintf(stderr, "%zu of %zu results\n", csq_hits_count(h), csq_hits_total(h));
  }
  if (csq_hits_total(h) == 0 && rc == CSQ_OK)
    rc = CSQ_NOT_FOUND;
  csq_hits_free(h);
  return rc;
}

/* ---- lookups ---- */

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

/* ---- citations ---- */

static int build_refs(const csq_corpus *corpus, csq_refs **refs) {
  csq_error err;
  csq_error_clear(&err);
  return csq_refs_build(corpus, refs, &err) == CSQ_OK ? CSQ_OK : report(&err);
}


/* Under a provision's text: the citations it makes, one line each. */
static int show_citations(const csq_corpus *corpus, const csq_node *const *nodes, size_t count) {
  csq_refs *refs;
  csq_error err;
  csq_error_clear(&err);
  int rc = build_refs(corpus, &refs);
  for (size_t i = 0; rc == CSQ_OK && i < count; i++) {
    const csq_citation *const *list;
    size_t n = csq_refs_from(refs, nodes[i], 1, &list);
    if (n)
      printf("\n%s: %zu citation%s\n", csq_node_cite(nodes[i]), n, n == 1 ? "" : "s");
    if (n && csq_render_refs_text(stdout, list, n, 0, &err) != CSQ_OK)
      rc = report(&err);
  }
  csq_refs_free(refs);
  return rc;
}

/* refs --dangling: every citation of a provision the loaded text lacks. */
static int list_dangling(const csq_refs *refs, const options *o) {
  size_t n = 0, total = csq_refs_count(refs);
  const csq_citation **list = malloc((total + 1) * sizeof *list);
  if (!list)
    return CSQ_NO_MEMORY;
  for (size_t i = 0; i < total; i++) {
    const csq_citation *c = csq_refs_at(refs, i);
    for (size_t j = 0; j < csq_citation_target_count(c); j++)
      if (csq_target_exists(csq_citation_target(c, j)) == 0) {
        list[n++] = c;
        break;
      }
  }
  csq_error err;
  csq_error_clear(&err);
  int rc = CSQ_OK;
  char *s;
  if (o->json)
    rc = csq_render_refs_json(list, n, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  else if (csq_render_refs_text(stdout, list, n, 0, &err) != CSQ_OK)
    rc = report(&err);
  fprintf(stderr, "%zu of %zu citations name a provision that does not exist\n", n, total);
  free(list);
  return rc;
}

static int cmd_refs(const csq_corpus *corpus, const csq_law *law, const options *o, int argc,
                    char **argv) {
  if (argc == 0 && !o->dangling) {
    fputs("csquery: refs needs a provision (csquery refs 第5條) or --dangling\n", stderr);
    return CSQ_BAD_QUERY;
  }
  csq_refs *refs = NULL;
  int rc;
  if (o->dangling) {
    if ((rc = build_refs(corpus, &refs)) == CSQ_OK)
      rc = list_dangling(refs, o);
    csq_refs_free(refs);
    return rc;
  }
  char *q = join_words(argc, argv);
  csq_match *m = NULL;
  csq_error err;
  csq_error_clear(&err);
  /* the lookup first: with a database it loads the law into the corpus */
  rc = !q ? CSQ_NO_MEMORY : csq_lookup(corpus, law, q, &m, &err) == CSQ_OK ? CSQ_OK : report(&err);
  free(q);
  if (rc == CSQ_OK)
    rc = build_refs(corpus, &refs);
  /* the citations of every node selected, in document order */
  size_t total = 0;
  const csq_citation **all = NULL;
  for (size_t i = 0; rc == CSQ_OK && i < csq_match_count(m); i++) {
    const csq_citation *const *list;
    size_t n = csq_refs_from(refs, csq_match_node(m, i), 1, &list);
    const csq_citation **grown = realloc(all, (total + n + 1) * sizeof *grown);
    if (!grown) {
      rc = CSQ_NO_MEMORY;
      break;
    }
    all = grown;
    if (n) /* list is NULL when the node cites nothing */
      memcpy(all + total, list, n * sizeof *list);
    total += n;
  }
  char *s;
  if (rc == CSQ_OK && o->json)
    rc = csq_render_refs_json(all, total, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  else if (rc == CSQ_OK && csq_render_refs_text(stdout, all, total, 1, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == CSQ_OK && total == 0 && !o->json)
    fprintf(stderr, "csquery: %s cites nothing\n", csq_node_cite(csq_match_node(m, 0)));
  free(all);
  csq_match_free(m);
  csq_refs_free(refs);
  return rc;
}

/* Over a database, a provision that csq_lookup finds in a stored law is
 * answered from the stored citations alone (-1: not this way). */
static int cited_by_stored(csq_corpus *corpus, const csq_law *law, const options *o,
                           const char *q) {
  csq_match *m = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (csq_lookup(corpus, law, q, &m, &err) != CSQ_OK || csq_match_count(m) != 1) {
    csq_match_free(m);
    return -1;
  }
  csq_stored_citations *set = NULL;
  int rc = csq_store_cited_by(corpus, csq_match_node(m, 0), &set, &err) == CSQ_OK ? CSQ_OK
                                                                               : report(&err);
  size_t n = 0;
  const csq_cited_by *hits = rc == CSQ_OK ? csq_stored_citations_hits(set, &n) : NULL;
  char *s;
  if (rc == CSQ_OK && o->json)
    rc = csq_render_cited_by_json(hits, n, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  else if (rc == CSQ_OK && csq_render_cited_by_text(stdout, hits, n, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == CSQ_OK && n == 0) {
    fprintf(stderr, "csquery: nothing stored cites %s (%s/%s)\n", q,
            csq_law_name(csq_node_law(csq_match_node(m, 0))), csq_node_eid(csq_match_node(m, 0)));
    rc = CSQ_NOT_FOUND;
  }
  csq_stored_citations_free(set);
  csq_match_free(m);
  return rc;
}

static int cmd_cited_by(csq_corpus *corpus, const csq_law *law, const options *o, int argc,
                        char **argv) {
  if (argc == 0) {
    fputs("csquery: cited-by needs a provision (csquery cited-by 資通安全管理法第16條)\n", stderr);
    return CSQ_BAD_QUERY;
  }
  if (o->file_count == 0 && csq_corpus_law_count(corpus) > 0) {
    char *q = join_words(argc, argv);
    int stored = q && access(o->db, R_OK) == 0 ? cited_by_stored(corpus, law, o, q) : -1;
    free(q);
    if (stored >= 0)
      return stored;
  }
  csq_refs *refs;
  int rc = build_refs(corpus, &refs);
  if (rc != CSQ_OK)
    return rc;
  char *q = join_words(argc, argv), *what = NULL, *s;
  csq_cited_by *hits = NULL;
  size_t n = 0;
  csq_error err;
  csq_error_clear(&err);
  rc = !q ? CSQ_NO_MEMORY
          : csq_refs_cited_by(refs, law, q, &hits, &n, &what, &err) == CSQ_OK ? CSQ_OK
                                                                            : report(&err);
  /* With a database, the stored citations say which laws cite it: read
   * them in and ask again over them. */
  if (rc == CSQ_OK && what && csq_corpus_load_citing(corpus, what, &err) == CSQ_OK &&
      csq_corpus_law_count(corpus) > 1) {
    free(hits);
    free(what);
    hits = NULL;
    what = NULL;
    csq_refs_free(refs);
    refs = NULL;
    rc = build_refs(corpus, &refs);
    if (rc == CSQ_OK)
      rc = csq_refs_cited_by(refs, law, q, &hits, &n, &what, &err) == CSQ_OK ? CSQ_OK
                                                                           : report(&err);
  }
  if (rc == CSQ_OK && o->json)
    rc = csq_render_cited_by_json(hits, n, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  else if (rc == CSQ_OK && csq_render_cited_by_text(stdout, hits, n, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == CSQ_OK && n == 0) {
    fprintf(stderr, "csquery: nothing loaded cites %s (%s)\n", q, what ? what : "");
    rc = CSQ_NOT_FOUND;
  }
  free(q);
  free(what);
  free(hits);
  csq_refs_free(refs);
  return rc;
}

static int cmd_lookup(const csq_corpus *corpus, const csq_law *law, const options *o, int argc,
                      char **argv) {
  if (argc == 0) {
    if (o->file_count == 0 && !o->json) {
      fputs(USAGE, stderr);
      return CSQ_BAD_QUERY;
    }
    const csq_node *root = csq_law_root(law);
    return emit(&root, 1, o->json);
  }
  char *q = join_words(argc, argv);
  if (!q)
    return CSQ_NO_MEMORY;
  csq_match *m;
  csq_error err;
  csq_error_clear(&err);
  int rc = csq_lookup(corpus, law, q, &m, &err);
  free(q);
  if (rc != CSQ_OK)
    return report(&err);
  size_t count = csq_match_count(m);
  const csq_node **nodes = malloc(count * sizeof *nodes);
  if (!nodes) {
    csq_match_free(m);
    return CSQ_NO_MEMORY;
  }
  for (size_t i = 0; i < count; i++)
    nodes[i] = csq_match_node(m, i);
  rc = emit(nodes, count, o->json);
  if (rc == CSQ_OK && !o->json)
    rc = show_citations(corpus, nodes, count);
  free(nodes);
  csq_match_free(m);
  return rc;
}

/* ---- obligations and definitions ---- */

/* The nodes asked for: the provision(s) of the query, else the law. */
static int select_nodes(const csq_corpus *corpus, const csq_law *law, int argc, char **argv,
                        csq_match **m) {
  *m = NULL;
  if (argc == 0)
    return CSQ_OK;
  char *q = join_words(argc, argv);
  csq_error err;
  csq_error_clear(&err);
  int rc = !q ? CSQ_NO_MEMORY : csq_lookup(corpus, law, q, m, &err) == CSQ_OK ? CSQ_OK : report(&err);
  free(q);
  return rc;
}

/* The obligations of `node` that pass --actor and --modality, appended. */
static int collect_obligations(const csq_obligations *obls, const csq_node *node,
                               const options *o, const csq_obligation ***all, size_t *total) {
  const csq_obligation *const *list;
  size_t n = csq_obligations_in(obls, node, 1, &list);
  const csq_obligation **grown = realloc(*all, (*total + n + 1) * sizeof *grown);
  if (!grown)
    return CSQ_NO_MEMORY;
  *all = grown;
  for (size_t i = 0; i < n; i++)
    if ((o->modality < 0 || (int)csq_obligation_modality(list[i]) == o->modality) &&
        (!o->actor || csq_obligation_has_actor(obls, list[i], o->actor)))
      grown[(*total)++] = list[i];
  return CSQ_OK;
}

static int cmd_obligations(const csq_corpus *corpus, const csq_law *law, const options *o,
                           int argc, char **argv) {
  csq_match *m;
  int rc = select_nodes(corpus, law, argc, argv, &m); /* first: it may load the law */
  csq_obligations *obls = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (rc == CSQ_OK && csq_obligations_build(corpus, &obls, &err) != CSQ_OK)
    rc = report(&err);
  const csq_obligation **all = NULL;
  size_t total = 0;
  const csq_node *root = csq_law_root(law);
  for (size_t i = 0; rc == CSQ_OK && i < (m ? csq_match_count(m) : 1); i++)
    rc = collect_obligations(obls, m ? csq_match_node(m, i) : root, o, &all, &total);
  char *s;
  if (rc == CSQ_OK && o->json)
    rc = csq_render_obligations_json(all, total, &s, &err) == CSQ_OK ? print_json(s)
                                                                     : report(&err);
  else if (rc == CSQ_OK && csq_render_obligations_text(stdout, all, total, 1, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == CSQ_OK && total == 0) {
    fprintf(stderr, "csquery: no obligation found%s%s\n", o->actor ? " for " : "",
            o->actor ? o->actor : "");
    rc = CSQ_NOT_FOUND;
  }
  free(all);
  csq_match_free(m);
  csq_obligations_free(obls);
  return rc;
}

static int cmd_define(const csq_corpus *corpus, const csq_law *law, const options *o, int argc,
                      char **argv) {
  if (argc == 0) {
    fputs("csquery: define needs a term (csquery define 核心資通系統)\n", stderr);
    return CSQ_BAD_QUERY;
  }
  /* the parent act defines the words its rules use (本法用詞，定義如下) */
  const char *parent = csq_law_parent_id(law)[0] ? csq_law_parent_id(law) : csq_law_parent_name(law);
  if (parent[0])
    (void)csq_corpus_find_law(corpus, parent);
  char *term = join_words(argc, argv);
  csq_refs *refs = NULL;
  csq_definitions *defs = NULL;
  csq_error err;
  csq_error_clear(&err);
  int rc = !term ? CSQ_NO_MEMORY : build_refs(corpus, &refs);
  if (rc == CSQ_OK && csq_definitions_build(corpus, refs, &defs, &err) != CSQ_OK)
    rc = report(&err);
  const csq_definition **found = NULL;
  size_t n = 0;
  if (rc == CSQ_OK && !(found = calloc(csq_definitions_count(defs) + 1, sizeof *found)))
    rc = CSQ_NO_MEMORY;
  for (size_t i = 0; rc == CSQ_OK && i < csq_definitions_count(defs); i++)
    if (strcmp(csq_definition_term(csq_definitions_at(defs, i)), term) == 0)
      found[n++] = csq_definitions_at(defs, i);
  char *s;
  if (rc == CSQ_OK && o->json)
    rc = csq_render_definitions_json(found, n, &s, &err) == CSQ_OK ? print_json(s) : report(&err);
  else if (rc == CSQ_OK && csq_render_definitions_text(stdout, found, n, &err) != CSQ_OK)
    rc = report(&err);
  if (rc == CSQ_OK && n == 0) {
    fprintf(stderr, "csquery: no loaded law defines %s\n", term);
    rc = CSQ_NOT_FOUND;
  }
  free(found);
  free(term);
  csq_definitions_free(defs);
  csq_refs_free(refs);
  return rc;
}

static int run(csq_corpus *corpus, const options *o, int argc, char **argv) {
  if (argc >= 1 && strcmp(argv[0], "import") == 0)
    return cmd_import(o, argc - 1, argv + 1);
  int rc = load(corpus, o);
  if (rc != CSQ_OK)
    return rc;
  if (argc == 1 && strcmp(argv[0], "laws") == 0)
    return cmd_laws(corpus);
  if (argc >= 1 && strcmp(argv[0], "search") == 0)
    return cmd_search(corpus, o, argc - 1, argv + 1);
  const csq_law *law = o->law ? csq_corpus_find_law(corpus, o->law) : csq_corpus_primary(corpus);
  if (!law) {
    fprintf(stderr, o->law ? "csquery: --law %s: no such law is loaded (see csquery laws)\n"
                           : "csquery: the database holds no law%s\n",
            o->law ? o->law : "");
    return CSQ_NOT_FOUND;
  }
  if (argc >= 1 && strcmp(argv[0], "refs") == 0)
    return cmd_refs(corpus, law, o, argc - 1, argv + 1);
  if (argc >= 1 && strcmp(argv[0], "cited-by") == 0)
    return cmd_cited_by(corpus, law, o, argc - 1, argv + 1);
  if (argc >= 1 && strcmp(argv[0], "obligations") == 0)
    return cmd_obligations(corpus, law, o, argc - 1, argv + 1);
  if (argc >= 1 && strcmp(argv[0], "define") == 0)
    return cmd_define(corpus, law, o, argc - 1, argv + 1);
  return cmd_lookup(corpus, law, o, argc, argv);
}

int main(int argc, char **argv) {
  options o = {0};
  int rc = parse_options(argc, argv, &o);
  if (rc != CSQ_OK) {
    free(o.files);
    for (int i = 0; i < o.owned_count; i++)
      free(o.owned[i]);
    free(o.owned);
    return rc < 0 ? 0 : rc;
  }
  csq_corpus *corpus = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (csq_corpus_new(&corpus, &err) != CSQ_OK)
    rc = report(&err);
  else
    rc = run(corpus, &o, argc - optind, argv + optind);
  csq_corpus_free(corpus);
  free(o.files);
  for (int i = 0; i < o.owned_count; i++)
    free(o.owned[i]);
  free(o.owned);
  return rc;
}
