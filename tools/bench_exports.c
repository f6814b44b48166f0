/*
 * bench_exports.c — exporting the whole national corpus from a database as
 * Akoma Ntoso, HTML and rules (goal: AKN and HTML ≤ 60 s each), each timed
 * from opening the database to the last file written, as `csquery --db DB
 * export --format F --out DIR` does; then, with `validate`, every AKN
 * document through `xmllint --schema` and every HTML link through
 * tools/check_links.py.
 *
 * usage: bench_exports [DB [OUT [validate]]]
 *   DB   a database of the national corpus; made by importing the corpus
 *        cache (../shared/corpus/moj/ch.tar.xz, unpacked by the tests) when
 *        it does not exist (default: build/bench_exports.db)
 *   OUT  the folder the exports are written under (default: a temporary one,
 *        removed at the end)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

static int import_corpus(const char *db) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!dir)
    return 1;
  csq_import_stats s;
  csq_error err;
  const char *paths[] = {dir};
  if (csq_import(db, paths, 1, NULL, &s, &err) != CSQ_OK)
    return fprintf(stderr, "import: %s\n", err.message), 1;
  printf("imported %zu laws into %s in %.1f s\n", s.laws, db, s.seconds);
  return 0;
}

/* Seconds of CPU this process has used (user and system). */
static double cpu_now(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

/* One export of the whole database; its seconds, or -1. */
static double export_all(const char *db_path, csq_format format, const char *dir, double *setup) {
  double t0 = csq_test_now();
  csq_corpus *corpus = NULL;
  csq_db *db = NULL;
  csq_library *lib = NULL;
  csq_export *ex = NULL;
  csq_error err;
  csq_render_options o = {.format = format};
  csq_status st = csq_corpus_new(NULL, &corpus, &err);
  if (st == CSQ_OK)
    st = csq_db_open(db_path, NULL, &db, &err);
  if (st == CSQ_OK)
    st = csq_library_new(corpus, db, &lib, &err);
  if (st == CSQ_OK)
    st = csq_export_new(lib, NULL, 0, &ex, &err);
  *setup = csq_test_now() - t0;
  if (st == CSQ_OK)
    st = csq_export_write(ex, &o, dir, stdout, &err);
  double t = csq_test_now() - t0;
  if (st != CSQ_OK)
    fprintf(stderr, "export: %s\n", err.message);
  else
    printf("  %zu laws", csq_export_law_count(ex));
  csq_export_free(ex);
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  return st == CSQ_OK ? t : -1;
}

static int run(const char *cmd) {
  fflush(stdout);
  return system(cmd);
}

int main(int argc, char **argv) {
  const char *db = argc > 1 ? argv[1] : "bench_exports.db";
  char out[4096];
  int temporary = argc <= 2;
  snprintf(out, sizeof out, "%s", argc > 2 ? argv[2] : "/tmp/csq_bench_exports_XXXXXX");
  if (temporary ? !mkdtemp(out) : mkdir(out, 0777) != 0 && errno != EEXIST)
    return perror(out), 1;
  if (access(db, R_OK) != 0 && import_corpus(db) != 0)
    return 1;
  static const char *const NAMES[] = {"akn", "html", "rules"};
  static const csq_format FORMATS[] = {CSQ_FORMAT_AKN, CSQ_FORMAT_HTML, CSQ_FORMAT_RULES};
  int failed = 0;
  for (int i = 0; i < 3; i++) {
    char dir[4200], cmd[8600];
    snprintf(dir, sizeof dir, "%s/%s", out, NAMES[i]);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    run(cmd);
    double setup, cpu = cpu_now(), t = export_all(db, FORMATS[i], dir, &setup);
    cpu = cpu_now() - cpu;
    snprintf(cmd, sizeof cmd, "du -sm '%s' | cut -f1 | tr -d '\\n'; echo ' MB'", dir);
    printf(" as %s: %.1f s (reading and analysing %.1f s, writing %.1f s; CPU %.1f s); ", NAMES[i],
           t, setup, t - setup, cpu);
    run(cmd);
    failed |= t < 0 || (i < 2 && t > 60);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak memory %.0f MB\n", (double)ru.ru_maxrss / 1024);
  if (argc > 3 && strcmp(argv[3], "validate") == 0) {
    char cmd[16384];
    snprintf(cmd, sizeof cmd,
             "cd '%s/akn' && n=$(ls | wc -l) && v=$(ls | xargs -n 1000 xmllint --noout "
             "--schema '%s/../schema/akn/akomantoso30.xsd' 2>&1 | grep -c ' validates$'); "
             "echo \"akn: $v of $n documents validate\"; test \"$v\" = \"$n\"",
             out, csq_test_shared_corpus());
    failed |= run(cmd) != 0;
    snprintf(cmd, sizeof cmd, "python3 '%s/tools/check_links.py' '%s/html'", CSQ_SOURCE_DIR, out);
    failed |= run(cmd) != 0;
  }
  if (temporary) {
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", out);
    run(cmd);
  }
  return failed;
}
