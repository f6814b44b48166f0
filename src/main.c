/*
 * main.c — the csquery command line, and nothing else: options, then the
 * library does the work, then the exit status is the csq_status.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csquery.h"

static const char USAGE[] =
    "usage: csquery [OPTIONS] PROVISION...\n"
    "       csquery [OPTIONS] laws\n"
    "\n"
    "Shows the text of a provision of a Taiwanese law or regulation.\n"
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
    "\n"
    "Options:\n"
    "  -f, --file FILE   read FILE (official JSON, PDF-copied or one-paragraph-\n"
    "                    per-line text) instead of the built-in corpus; repeatable\n"
    "      --law NAME    the law a bare 第N條 means (name or pcode; default: the\n"
    "                    first law loaded)\n"
    "      --json        write JSON (docs/json.md)\n"
    "  -h, --help        this help\n"
    "  -V, --version     the version\n"
    "\n"
    "With no -f, the built-in corpus serves: 資通安全管理法施行細則 (A0030303).\n"
    "Exit status: 0 found; 1 not found; 2 bad query or option; 65 bad input\n"
    "data; 74 a file could not be read.\n";

typedef struct options {
  const char **files;
  int file_count;
  const char *law;
  int json;
} options;

static int report(const csq_error *err) {
  char buf[1024];
  fprintf(stderr, "csquery: %s\n", csq_error_format(err, buf, sizeof buf));
  return err->status;
}

static int parse_options(int argc, char **argv, options *o) {
  static const struct option LONG[] = {
      {"file", required_argument, NULL, 'f'}, {"law", required_argument, NULL, 'l'},
      {"json", no_argument, NULL, 'j'},       {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},    {NULL, 0, NULL, 0}};
  o->files = calloc((size_t)argc, sizeof *o->files);
  if (!o->files)
    return CSQ_NO_MEMORY;
  int c;
  while ((c = getopt_long(argc, argv, "f:hV", LONG, NULL)) != -1) {
    switch (c) {
    case 'f':
      o->files[o->file_count++] = optarg;
      break;
    case 'l':
      o->law = optarg;
      break;
    case 'j':
      o->json = 1;
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
  return CSQ_OK;
}

static int load(csq_corpus *corpus, const options *o) {
  csq_error err;
  csq_error_clear(&err);
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

static int list_laws(const csq_corpus *corpus) {
  for (size_t i = 0; i < csq_corpus_law_count(corpus); i++) {
    const csq_law *l = csq_corpus_law_at(corpus, i);
    printf("%s\t%s\t%s\t%s\t%zu articles%s\n", csq_law_id(l)[0] ? csq_law_id(l) : "-",
           csq_law_name(l), csq_law_version(l), csq_law_level(l),
           csq_law_article_count(l), csq_law_is_repealed(l) ? "\trepealed" : "");
  }
  return CSQ_OK;
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

static int run(csq_corpus *corpus, const options *o, int argc, char **argv) {
  csq_error err;
  csq_error_clear(&err);
  const csq_law *law = csq_corpus_law_at(corpus, 0);
  if (o->law && !(law = csq_corpus_find_law(corpus, o->law))) {
    fprintf(stderr, "csquery: --law %s: no such law is loaded (see csquery laws)\n", o->law);
    return CSQ_NOT_FOUND;
  }
  if (argc == 1 && strcmp(argv[0], "laws") == 0)
    return list_laws(corpus);
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
  free(nodes);
  csq_match_free(m);
  return rc;
}

int main(int argc, char **argv) {
  options o = {0};
  int rc = parse_options(argc, argv, &o);
  if (rc != CSQ_OK) {
    free(o.files);
    return rc < 0 ? 0 : rc;
  }
  csq_corpus *corpus = NULL;
  csq_error err;
  csq_error_clear(&err);
  if (csq_corpus_new(&corpus, &err) != CSQ_OK)
    rc = report(&err);
  else if ((rc = load(corpus, &o)) == CSQ_OK)
    rc = run(corpus, &o, argc - optind, argv + optind);
  csq_corpus_free(corpus);
  free(o.files);
  return rc;
}
