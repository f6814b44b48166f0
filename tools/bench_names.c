/*
 * bench_names.c — a law looked up by the name a lawyer types (刑法, 勞基法,
 * 職安法, a former name, a name with 中華民國, one that names nothing),
 * against the national list of names built into the binary
 * (grammar/law_names.tsv).
 *
 Three figures for each query, the median of RUNS:
 *   names       the name alone: a fresh library over the laws in memory finds
 *               the law by the name (csq_library_find_law), through the
 *               national list when the name is not the law's own;
 *   database    a fresh library over the database: the name, the law's tree
 *               read from the database, and csq_lookup;
 *   command     `csquery --db DB QUERY` as a user runs it, process start and
 *               the citations shown under the text included (and its p99);
 *               `--json`, the same without the citations; beside them
 *               `csquery --version`, which only starts.
 *
 * usage: bench_names [RUNS] [DB]   (without DB: the laws the queries name
 *        are imported from ../shared/corpus/moj/ch.tar.xz, unpacked once into
 *        the build's corpus-cache, into a database in /tmp)
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

extern char **environ;

/* The laws the queries name: 中華民國刑法, 勞動基準法, 職業安全衛生法,
 * 個人資料保護法, 食品安全衛生管理法, and the seed's act and rules. */
static const char *const LAWS[] = {"C0000001", "N0030001", "N0060001", "I0050021",
                                   "L0040001", "A0030297", "A0030303"};

/* What a lawyer types, and what kind of name it uses. */
static const char *const QUERIES[][3] = {
    {"刑法第10條第2項", "刑法", "short name"},
    {"中華民國刑法第10條第2項", "中華民國刑法", "official name"},
    {"勞基法 30-1", "勞基法", "short name, bare number"},
    {"職安法 第6條", "職安法", "hand-kept short name"},
    {"電腦處理個人資料保護法第2條", "電腦處理個人資料保護法", "former name"},
    {"食品安全衛生管理法第1條", "食品安全衛生管理法", "official name"},
    {"刑罰法第1條", "刑罰法", "no such law: did you mean"},
};
enum { QUERY_COUNT = sizeof QUERIES / sizeof QUERIES[0] };

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, csq_test_by_double);
  return v[n / 2];
}

/* In process: a library over the laws in memory, made anew each time as a
 * command makes it, finds the law by `name`; the median in ms. */
static double names_only(csq_corpus *corpus, const char *name, int runs) {
  double *ms = calloc((size_t)runs, sizeof *ms);
  csq_error err;
  for (int r = 0; r < runs; r++) {
    double t0 = csq_test_now();
    csq_library *lib = NULL;
    const csq_law *law;
    if (csq_library_new(corpus, NULL, &lib, &err) == CSQ_OK)
      csq_library_find_law(lib, name, &law, &err);
    ms[r] = (csq_test_now() - t0) * 1e3;
    csq_library_free(lib);
  }
  double med = median(ms, runs);
  free(ms);
  return med;
}

/* In process: a library over the database, made anew each time as a
 * command makes it, and the lookup; the median in ms. */
static double in_process(const char *db_path, const char *query, int runs, csq_status *status) {
  double *ms = calloc((size_t)runs, sizeof *ms);
  csq_error err;
  for (int r = 0; r < runs; r++) {
    double t0 = csq_test_now();
    csq_corpus *corpus = NULL;
    csq_db *db = NULL;
    csq_library *lib = NULL;
    const csq_law *primary = NULL;
    csq_node_list *m = NULL;
    *status = csq_corpus_new(NULL, &corpus, &err);
    if (*status == CSQ_OK)
      *status = csq_db_open(db_path, NULL, &db, &err);
    if (*status == CSQ_OK)
      *status = csq_library_new(corpus, db, &lib, &err);
    if (*status == CSQ_OK)
      *status = csq_library_primary(lib, &primary, &err);
    if (*status == CSQ_OK)
      *status = csq_lookup(lib, primary, query, &m, &err);
    ms[r] = (csq_test_now() - t0) * 1e3;
    csq_node_list_free(m);
    csq_library_free(lib);
    csq_db_free(db);
    csq_corpus_free(corpus);
  }
  double med = median(ms, runs);
  free(ms);
  return med;
}

/* The command, run `runs` times; its median and p99 in ms, and its exit. */
static int command(char *const argv[], int runs, double *med, double *p99) {
  double *ms = calloc((size_t)runs, sizeof *ms);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  int status = -1;
  for (int r = 0; r < runs; r++) {
    pid_t pid;
    double t0 = csq_test_now();
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0)
      break;
    int ws;
    waitpid(pid, &ws, 0);
    ms[r] = (csq_test_now() - t0) * 1e3;
    status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128;
  }
  posix_spawn_file_actions_destroy(&fa);
  qsort(ms, (size_t)runs, sizeof *ms, csq_test_by_double);
  *med = ms[runs / 2];
  *p99 = ms[runs * 99 / 100];
  free(ms);
  return status;
}

/* The laws the queries name, in memory. */
static csq_corpus *load_laws(void) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  csq_corpus *c = NULL;
  csq_error err;
  if (!dir || csq_corpus_new(NULL, &c, &err) != CSQ_OK)
    return NULL;
  for (size_t i = 0; i < sizeof LAWS / sizeof LAWS[0]; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.json", dir, LAWS[i]);
    if (csq_corpus_add_file(c, path, &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", path, err.message);
      csq_corpus_free(c);
      return NULL;
    }
  }
  return c;
}

/* A database of the laws the queries name, imported into /tmp. */
static int make_db(char *path, size_t size) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!dir)
    return -1;
  char files[sizeof LAWS / sizeof LAWS[0]][4096];
  const char *paths[sizeof LAWS / sizeof LAWS[0]];
  size_t n = sizeof LAWS / sizeof LAWS[0];
  for (size_t i = 0; i < n; i++) {
    snprintf(files[i], sizeof files[i], "%s/%s.json", dir, LAWS[i]);
    paths[i] = files[i];
  }
  snprintf(path, size, "/tmp/bench_names_%d.db", (int)getpid());
  csq_error err;
  if (csq_import(path, paths, n, NULL, NULL, &err) != CSQ_OK) {
    fprintf(stderr, "import: %s\n", err.message);
    return -1;
  }
  return 0;
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 50;
  if (runs < 3)
    runs = 3;
  char db[4096];
  int own = argc <= 2;
  if (own ? make_db(db, sizeof db) != 0 : (snprintf(db, sizeof db, "%s", argv[2]), 0))
    return 1;
  csq_corpus *corpus = load_laws();
  if (!corpus)
    return 1;
  printf("name lookups, %d runs each (medians), database %s%s\n", runs, db,
         own ? " (the laws the queries name)" : "");
  printf("  %-28s %-26s %10s %10s %10s %10s %10s %5s\n", "query", "the name is", "names",
         "database", "command", "cmd p99", "--json", "exit");
  for (int q = 0; q < QUERY_COUNT; q++) {
    csq_status st;
    double name_ms = names_only(corpus, QUERIES[q][1], runs);
    double lib_ms = in_process(db, QUERIES[q][0], runs, &st);
    char *cmd[] = {CSQ_BINARY, "--db", db, (char *)QUERIES[q][0], NULL};
    char *json[] = {CSQ_BINARY, "--db", db, "--json", (char *)QUERIES[q][0], NULL};
    double med, p99, jmed, jp99;
    int exit_status = command(cmd, runs, &med, &p99);
    command(json, runs, &jmed, &jp99);
    printf("  %-28s %-26s %7.3f ms %7.2f ms %7.2f ms %7.2f ms %7.2f ms %5d\n", QUERIES[q][0],
           QUERIES[q][2], name_ms, lib_ms, med, p99, jmed, exit_status);
  }
  char *version[] = {CSQ_BINARY, "--version", NULL};
  double med, p99;
  command(version, runs, &med, &p99);
  printf("  %-28s %-26s %10s %10s %7.2f ms %7.2f ms\n", "csquery --version", "(starting only)", "",
         "", med, p99);
  csq_corpus_free(corpus);
  if (own)
    unlink(db);
  return 0;
}
