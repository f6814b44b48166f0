/*
 * bench_versions.c — the speed goals of docs/versions.md. A benchmark, not
 * a test: it prints figures and exits 0 unless it cannot run.
 *
 *   bench_versions [--db FILE] [--no-import] [CACHE_DIR]
 *
 *  1. importing both dumps (2024, then the 2019 dump in the older format)
 *     into one new database (goal ≤ 60 s);
 *  2. the diff of two versions of a large law, in process, the laws read
 *     first (goal ≤ 50 ms): 用戶用電設備裝置規則 (1,079 articles, the
 *     largest in two versions, 民法-sized) and 民事訴訟法 (800);
 *  3. an --at lookup, the whole command from the shell (goal ≤ 10 ms):
 *     the rules on 2019-06-01, a national law on a date, and a provision of
 *     an earlier version (which says where it is now).
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"
#include "query/query.h" /* the diff and the amendment record, item by item */

extern char **environ;

enum { DIFF_RUNS = 21, QUERY_RUNS = 101 };

static double cpu_seconds(void) {
  struct rusage self, children;
  getrusage(RUSAGE_SELF, &self);
  getrusage(RUSAGE_CHILDREN, &children);
  return (double)(self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec +
                  children.ru_stime.tv_sec) +
         (double)(self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec +
                  children.ru_stime.tv_usec) /
             1e6;
}

static int import_both(const char *db, const char *ch, const char *old) {
  unlink(db);
  const char *paths[] = {ch, old};
  csq_import_stats s;
  csq_error err;
  double wall = csq_test_now(), cpu = cpu_seconds();
  if (csq_import(db, paths, 2, NULL, &s, &err) != CSQ_OK) {
    fprintf(stderr, "import: %s\n", err.message);
    return 1;
  }
  printf("import of both dumps: %zu files, %zu versions stored (%zu unchanged, %zu kept), "
         "%.1f s wall, %.1f s CPU (goal ≤ 60 s); %s is %.0f MB\n",
         s.files, s.laws, s.unchanged, s.kept, csq_test_now() - wall, cpu_seconds() - cpu, db,
         (double)s.db_bytes / 1e6);
  return 0;
}

static void bench_diff(const char *old, const char *ch, const char *pcode) {
  char a[4200], b[4200];
  snprintf(a, sizeof a, "%s/%s.json", old, pcode);
  snprintf(b, sizeof b, "%s/%s.json", ch, pcode);
  csq_corpus *c;
  csq_error err;
  if (csq_corpus_new(NULL, &c, &err) != CSQ_OK || csq_corpus_add_file(c, a, &err) != CSQ_OK ||
      csq_corpus_add_file(c, b, &err) != CSQ_OK) {
    fprintf(stderr, "%s: %s\n", pcode, err.message);
    exit(1);
  }
  const csq_law *from = csq_corpus_law_at(c, 0), *to = csq_corpus_law_at(c, 1);
  double ms[DIFF_RUNS], cpu[DIFF_RUNS];
  size_t articles = 0;
  for (int i = 0; i < DIFF_RUNS; i++) {
    csq_diff *d;
    double t = csq_test_now(), u = cpu_seconds();
    if (csq__diff_laws(from, to, &d, &err) != CSQ_OK) {
      fprintf(stderr, "diff %s: %s\n", pcode, err.message);
      exit(1);
    }
    ms[i] = (csq_test_now() - t) * 1000.0;
    cpu[i] = (cpu_seconds() - u) * 1000.0;
    articles = csq__diff_article_count(d);
    csq_diff_free(d);
  }
  qsort(ms, DIFF_RUNS, sizeof *ms, csq_test_by_double);
  qsort(cpu, DIFF_RUNS, sizeof *cpu, csq_test_by_double);
  printf("diff %s %s (%zu and %zu articles, %zu entries) %s → %s: median %.1f ms wall, %.1f ms "
         "CPU; best %.1f ms wall (goal ≤ 50 ms)\n",
         pcode, csq_law_name(to), csq_law_article_count(from), csq_law_article_count(to), articles,
         csq_law_version(from), csq_law_version(to), ms[DIFF_RUNS / 2], cpu[DIFF_RUNS / 2], ms[0]);
  csq_corpus_free(c);
}

static void bench_command(const char *label, char *const argv[]) {
  static double ms[QUERY_RUNS], cpu[QUERY_RUNS];
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  int status = -1;
  for (int i = 0; i < QUERY_RUNS; i++) {
    pid_t pid;
    double t = csq_test_now(), u = cpu_seconds();
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
      fprintf(stderr, "cannot run %s\n", argv[0]);
      exit(1);
    }
    int ws;
    waitpid(pid, &ws, 0);
    ms[i] = (csq_test_now() - t) * 1000.0;
    cpu[i] = (cpu_seconds() - u) * 1000.0;
    status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
  }
  posix_spawn_file_actions_destroy(&fa);
  qsort(ms, QUERY_RUNS, sizeof *ms, csq_test_by_double);
  qsort(cpu, QUERY_RUNS, sizeof *cpu, csq_test_by_double);
  printf("  %-44s median %6.2f ms wall, %5.2f ms CPU  p90 %6.2f ms  exit %d  (goal ≤ 10 ms)\n",
         label, ms[QUERY_RUNS / 2], cpu[QUERY_RUNS / 2], ms[QUERY_RUNS * 9 / 10], status);
}

int main(int argc, char **argv) {
  const char *cache = CSQ_CACHE_DIR, *db = "/tmp/csq_bench_versions.db";
  int import = 1;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
      db = argv[++i];
    else if (strcmp(argv[i], "--no-import") == 0)
      import = 0;
    else
      cache = argv[i];
  }
  char ch[4096], old[4096];
  const char *c = csq_test_unpack_ch(cache), *o = csq_test_unpack_moj2019(cache);
  if (!c || !o)
    return 1;
  snprintf(ch, sizeof ch, "%s", c);
  snprintf(old, sizeof old, "%s", o);
  if (import && import_both(db, ch, old) != 0)
    return 1;
  bench_diff(old, ch, "J0030018");
  bench_diff(old, ch, "B0010001");
  bench_diff(old, ch, "C0010001");
  printf("commands, %d runs each, --db %s:\n", QUERY_RUNS, db);
  char *rules[] = {CSQ_BINARY, "--db", (char *)db, "--at", "2019-06-01", "資通安全管理法施行細則",
                   "第6條",    NULL};
  char *national[] = {CSQ_BINARY,   "--db",       (char *)db, "--at",
                      "2021-06-01", "勞動基準法", "第9條",    NULL};
  char *earlier[] = {CSQ_BINARY, "--db", (char *)db, "資通安全管理法施行細則@2019-06-01第7條",
                     NULL};
  char *latest[] = {CSQ_BINARY, "--db", (char *)db, "資通安全管理法施行細則", "第6條", NULL};
  bench_command("--at 2019-06-01 資通安全管理法施行細則 第6條", rules);
  bench_command("--at 2021-06-01 勞動基準法 第9條", national);
  bench_command("資通安全管理法施行細則@2019-06-01第7條 (now …)", earlier);
  bench_command("資通安全管理法施行細則 第6條 (no date)", latest);
  return 0;
}
