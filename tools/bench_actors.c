/*
 * bench_actors.c — obligations across the whole national corpus, the
 * benchmark of docs/performance.md and docs/obligations.md:
 *
 *  1. import the unpacked national corpus into a fresh database (wall time,
 *     size), unless "reuse" keeps one built by an earlier run;
 *  2. for each question — `obligations --actor 雇主` first, the goal's
 *     (≤ 50 ms for the command) — the command as a user runs it (a process
 *     per run, output to /dev/null), median, p99 and best over RUNS runs,
 *     and the question in process (csq_query_obligations or
 *     csq_find_actors on a database opened once), with what it found;
 *  3. `csquery --version`, the cost of starting any process of csquery.
 *
 * usage: bench_actors [CACHE_DIR [DB [reuse]]]   (default CSQ_CACHE_DIR, /tmp/csq_bench.db,
 *        the database bench_search builds: "reuse" shares it)
 * Not a test: it prints figures and exits 0 unless something fails.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

extern char **environ;

enum { RUNS = 30, IN_PROCESS_RUNS = 30 };

/* A question, as typed after `csquery --db DB`, and as asked in process. */
typedef struct question {
  const char *args[12];
  const char *actor;
  int contains;
  const char *text, *law;
  size_t limit;
  int listing; /* csquery actors [text] */
} question;

static const question QUESTIONS[] = {
    {{"obligations", "--actor", "雇主"}, "雇主", 0, NULL, NULL, 10, 0},
    {{"obligations", "--actor", "雇主", "--limit", "0"}, "雇主", 0, NULL, NULL, 0, 0},
    {{"obligations", "--actor", "雇主", "--text", "通報"}, "雇主", 0, "通報", NULL, 10, 0},
    {{"obligations", "--actor", "受託", "--actor-match", "contains"}, "受託", 1, NULL, NULL, 10, 0},
    {{"obligations", "--law", "勞動基準法", "--actor", "雇主"},
     "雇主",
     0,
     NULL,
     "勞動基準法",
     0,
     0},
    {{"obligations", "--text", "資通安全事件 通報"}, NULL, 0, "資通安全事件 通報", NULL, 10, 0},
    {{"obligations"}, NULL, 0, NULL, NULL, 10, 0},
    {{"actors"}, NULL, 0, NULL, NULL, 10, 1},
    {{"actors", "受託"}, NULL, 0, "受託", NULL, 10, 1},
};
enum { NQ = sizeof QUESTIONS / sizeof QUESTIONS[0] };

static long long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

/* One run of the command, output to /dev/null; its wall time in ms. */
static double run_command(const char *exe, const char *db, const char *const *args) {
  const char *argv[20] = {exe, "--db", db};
  size_t n = 3;
  for (size_t i = 0; args[i] && n < 19; i++)
    argv[n++] = args[i];
  argv[n] = NULL;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int status = -1;
  double t = csq_test_now();
  if (posix_spawn(&pid, exe, &fa, NULL, (char *const *)argv, environ) == 0)
    waitpid(pid, &status, 0);
  t = csq_test_now() - t;
  posix_spawn_file_actions_destroy(&fa);
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
    fprintf(stderr, "%s %s: failed\n", exe, args[0]);
    exit(1);
  }
  return t * 1e3;
}

/* The question in process; *found: what it found in all. */
static double run_in_process(csq_library *lib, const question *q, size_t *found, size_t *laws) {
  csq_error err;
  const char *actors[] = {q->actor};
  double t = csq_test_now();
  csq_status st;
  if (q->listing) {
    csq_actor_query a = {.text = q->text, .limit = q->limit};
    csq_actor_list *l = NULL;
    st = csq_find_actors(lib, &a, &l, &err);
    *found = st == CSQ_OK ? csq_actor_list_total(l) : 0;
    *laws = 0; /* names, not laws */
    csq_actor_list_free(l);
  } else {
    csq_obligation_query o = {.law = q->law,
                              .modality = -1,
                              .actors = actors,
                              .actor_count = q->actor ? 1 : 0,
                              .actor_match = q->contains ? CSQ_ACTOR_CONTAINS : CSQ_ACTOR_EXACT,
                              .text = q->text,
                              .limit = q->limit};
    csq_obligation_list *l = NULL;
    st = csq_query_obligations(lib, &o, &l, &err);
    *found = st == CSQ_OK ? csq_obligation_list_total(l) : 0;
    *laws = st == CSQ_OK ? csq_obligation_list_group_count(l) : 0;
    csq_obligation_list_free(l);
  }
  t = csq_test_now() - t;
  if (st != CSQ_OK) {
    fprintf(stderr, "%s: %s\n", q->args[0], err.message);
    exit(1);
  }
  return t * 1e3;
}

static void stats(double *ms, size_t n, double *median, double *p99, double *best) {
  qsort(ms, n, sizeof *ms, csq_test_by_double);
  *median = ms[n / 2];
  *p99 = ms[(size_t)((double)(n - 1) * 0.99)];
  *best = ms[0];
}

static int import_corpus(const char *ch, const char *db_path) {
  unlink(db_path);
  const char *paths[] = {ch};
  csq_import_stats s;
  csq_error err;
  printf("import of %s\n", ch);
  if (csq_import(db_path, paths, 1, NULL, &s, &err) != CSQ_OK) {
    fprintf(stderr, "import: %s\n", err.message);
    return -1;
  }
  printf("  %zu laws, %zu obligations; import %.1f s; database %.1f MB\n", s.laws, s.obligations,
         s.seconds, (double)s.db_bytes / 1e6);
  return 0;
}

static void describe(const question *q, char *buf, size_t size) {
  size_t at = 0;
  for (size_t i = 0; q->args[i] && at < size; i++)
    at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? " " : "", q->args[i]);
}

int main(int argc, char **argv) {
  const char *ch = csq_test_unpack_ch(argc > 1 ? argv[1] : CSQ_CACHE_DIR);
  const char *db_path = argc > 2 ? argv[2] : "/tmp/csq_bench.db";
  if (!ch)
    return 1;
  int reuse = argc > 3 && strcmp(argv[3], "reuse") == 0 && file_size(db_path) > 0;
  if (!reuse && import_corpus(ch, db_path) != 0)
    return 1;
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_db_open(db_path, NULL, &db, &err) != CSQ_OK ||
      csq_library_new(corpus, db, &lib, &err) != CSQ_OK) {
    fprintf(stderr, "%s: %s\n", db_path, err.message);
    return 1;
  }
  /* The command beside this benchmark in the build folder. */
  char exe[4096];
  snprintf(exe, sizeof exe, "%s", argv[0]);
  char *slash = strrchr(exe, '/');
  snprintf(slash ? slash + 1 : exe, sizeof exe - (size_t)(slash ? slash + 1 - exe : 0), "csquery");
  double cmd[RUNS], in[IN_PROCESS_RUNS], med, p99, best;
  printf("\n%-58s %8s %6s | %9s %9s %9s | %9s %9s\n", "question (csquery --db DB …)", "found",
         "laws", "cmd med", "cmd p99", "cmd best", "lib med", "lib p99");
  for (size_t q = 0; q < NQ; q++) {
    size_t found = 0, laws = 0;
    run_in_process(lib, &QUESTIONS[q], &found, &laws); /* warm the page cache */
    run_command(exe, db_path, QUESTIONS[q].args);
    for (int r = 0; r < IN_PROCESS_RUNS; r++)
      in[r] = run_in_process(lib, &QUESTIONS[q], &found, &laws);
    for (int r = 0; r < RUNS; r++)
      cmd[r] = run_command(exe, db_path, QUESTIONS[q].args);
    char what[256];
    describe(&QUESTIONS[q], what, sizeof what);
    stats(cmd, RUNS, &med, &p99, &best);
    printf("%-58s %8zu %6zu | %9.1f %9.1f %9.1f |", what, found, laws, med, p99, best);
    stats(in, IN_PROCESS_RUNS, &med, &p99, &best);
    printf(" %9.2f %9.2f\n", med, p99);
  }
  const char *version[] = {"--version", NULL};
  for (int r = 0; r < RUNS; r++)
    cmd[r] = run_command(exe, db_path, version);
  stats(cmd, RUNS, &med, &p99, &best);
  printf("\ncsquery --version (starting a process): median %.1f ms, best %.1f ms\n", med, best);
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  return 0;
}
