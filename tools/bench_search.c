/*
 * bench_search.c — the database and search benchmark of docs/performance.md,
 * in one run:
 *
 *  1. import the whole unpacked national corpus into a fresh database:
 *     wall time, database size against the text stored, and the import's
 *     first estimate of the time left against the time the rest took;
 *  2. search latency over a fixed query set, median and p99, for
 *       - csquery (csq_search in process, the database opened once),
 *       - the csquery command (`csquery --db DB search Q`, a process per query),
 *       - and, in one run beside it, the sqlite3 command over the trigram table
 *         (top 20 by bm25 with snippets) and `csquery --version`, the goals
 *         being to be at least as fast as the first on every query and
 *         within 2 ms of the second;
 *       - rg -F over the unpacked JSON (a process per query, as a user runs it),
 *       - SQLite's own trigram FTS5 table over the same node text;
 *     with the rows each finds: csquery and the trigram table count
 *     provisions; rg counts files (laws), compared with the laws csquery
 *     finds.
 *
 * usage: bench_search [CACHE_DIR [DB [reuse [commands]]]]   (default CSQ_CACHE_DIR,
 *        /tmp/csq_bench.db; "reuse" keeps a database built by an earlier run and times the
 *        searches only; "commands" times only the commands against each other)
 * Not a test: it prints figures and exits 0 unless something fails.
 */
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

extern char **environ;

static const char *const QUERIES[] = {
    "資通安全事件 通報", "委外 稽核", "資通安全",   "受託者",   "主管機關",
    "個人資料",          "十六條",    "通安",       "罰鍰",     "中央目的事業主管機關",
    "關鍵基礎設施",      "電子簽章",  "不在此限",   "營業秘密", "國家機密",
    "核心資通系統",      "資",        "兒童及少年", "勞工保險", "環境影響評估"};
enum { NQ = sizeof QUERIES / sizeof QUERIES[0], ROUNDS = 15 };

static void percentiles(double *ms, size_t n, double *median, double *p99) {
  qsort(ms, n, sizeof *ms, csq_test_by_double);
  *median = ms[n / 2];
  *p99 = ms[(size_t)((double)(n - 1) * 0.99)];
}

static long long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

/* ---- csquery ---- */

static size_t csquery_laws(csq_library *c, const char *q, size_t *rows) {
  csq_search_options o = {.limit = 100000, .exact = 1};
  csq_hits *h;
  csq_error err;
  if (csq_search(c, q, &o, &h, &err) != CSQ_OK) {
    fprintf(stderr, "%s: %s\n", q, err.message);
    exit(1);
  }
  *rows = csq_hits_total(h);
  /* distinct laws */
  char **ids = malloc((csq_hits_count(h) + 1) * sizeof *ids);
  size_t n = 0;
  for (size_t i = 0; i < csq_hits_count(h); i++) {
    size_t j;
    for (j = 0; j < n && strcmp(ids[j], csq_hit_law_id(h, i)) != 0; j++)
      ;
    if (j == n && n < 100000)
      ids[n++] = (char *)csq_hit_law_id(h, i);
  }
  free(ids);
  csq_hits_free(h);
  return n;
}

static double time_csquery(csq_library *c, const char *q) {
  csq_search_options o = {.limit = 10};
  csq_hits *h;
  csq_error err;
  double t = csq_test_now();
  if (csq_search(c, q, &o, &h, &err) != CSQ_OK)
    exit(1);
  t = csq_test_now() - t;
  csq_hits_free(h);
  return t * 1e3;
}

/* ---- the commands, a process per query ---- */

/* Runs argv (found on PATH), its output to /dev/null; milliseconds. */
static double spawn_ms(char *const *argv) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int status = -1;
  double t = csq_test_now();
  if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) == 0)
    waitpid(pid, &status, 0);
  t = csq_test_now() - t;
  posix_spawn_file_actions_destroy(&fa);
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
    fprintf(stderr, "%s %s: failed\n", argv[0], argv[1] ? argv[1] : "");
    exit(1);
  }
  return t * 1e3;
}

/* `csquery --db DB search --limit 20 Q` as a user runs it: process start,
 * opening the database, the search, the output (to /dev/null). */
static double run_cli(const char *exe, const char *db, const char *q) {
  char *argv[20];
  int argc = 0;
  argv[argc++] = (char *)exe;
  argv[argc++] = "--db";
  argv[argc++] = (char *)db;
  argv[argc++] = "search";
  argv[argc++] = "--limit";
  argv[argc++] = "20";
  char copy[512];
  snprintf(copy, sizeof copy, "%s", q);
  for (char *w = strtok(copy, " "); w && argc < 19; w = strtok(NULL, " "))
    argv[argc++] = w;
  argv[argc] = NULL;
  return spawn_ms(argv);
}

/* `csquery --version`: what any csquery command costs before it works. */
static double run_version(const char *exe) {
  char *argv[] = {(char *)exe, "--version", NULL};
  return spawn_ms(argv);
}

/* The SQL the sqlite3 command is given: the 20 best rows of the trigram
 * table by bm25, with snippets, for terms of three characters or more
 * (MATCH). A shorter term cannot use the index, and the trigram table's own
 * fallback, LIKE, finds nothing for Chinese in SQLite 3.40 (the "tri rows"
 * of 通安 above): it is instr() over the text, which finds the rows Ctrl-F
 * finds (with no term it can MATCH, a scan: no rank and no snippet, the
 * rows' first words). */
static void trigram_sql(const char *q, char *sql, size_t size) {
  char copy[512], match[1024] = "", like[1024] = "";
  size_t m = 0, l = 0;
  snprintf(copy, sizeof copy, "%s", q);
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
    size_t chars = 0;
    for (const char *s = w; *s; s++)
      chars += ((unsigned char)*s & 0xC0) != 0x80;
    if (chars >= 3)
      m += (size_t)snprintf(match + m, sizeof match - m, "%s\"%s\"", m ? " AND " : "", w);
    else
      l += (size_t)snprintf(like + l, sizeof like - l, " AND instr(text, '%s') > 0", w);
  }
  if (m)
    snprintf(sql, size,
             "SELECT rowid, snippet(tri, 0, '«', '»', '…', 20) FROM tri WHERE tri MATCH '%s'%s"
             " ORDER BY rank LIMIT 20;",
             match, like);
  else
    snprintf(sql, size, "SELECT rowid, substr(text, 1, 40) FROM tri WHERE 1%s LIMIT 20;", like);
}

/* `sqlite3 TRIGRAM_DB SQL`: SQLite's own command over its own index. */
static double run_sqlite3(const char *tri_path, const char *q) {
  char sql[2048];
  trigram_sql(q, sql, sizeof sql);
  char *argv[] = {"sqlite3", (char *)tri_path, sql, NULL};
  return spawn_ms(argv);
}

/* ---- rg ---- */

/* Files under dir holding every term (rg -l -F, one pass per term). */
static double run_rg(const char *dir, const char *q, size_t *files) {
  char terms[8][128];
  size_t nt = 0;
  char copy[512];
  snprintf(copy, sizeof copy, "%s", q);
  for (char *w = strtok(copy, " "); w && nt < 8; w = strtok(NULL, " "))
    snprintf(terms[nt++], sizeof terms[0], "%s", w);
  /* rg -l -F TERM1 DIR | xargs rg -l -F TERM2 …: all terms in one law. */
  char cmd[2048] = "";
  size_t at = (size_t)snprintf(cmd, sizeof cmd, "rg -l -F -e '%s' '%s'", terms[0], dir);
  for (size_t i = 1; i < nt; i++)
    at += (size_t)snprintf(cmd + at, sizeof cmd - at, " | xargs -r rg -l -F -e '%s'", terms[i]);
  snprintf(cmd + at, sizeof cmd - at, " | wc -l");
  double t = csq_test_now();
  FILE *p = popen(cmd, "r");
  if (!p || fscanf(p, "%zu", files) != 1)
    *files = 0;
  if (p)
    pclose(p);
  return (csq_test_now() - t) * 1e3;
}

/* ---- the trigram table ---- */

static void build_trigram(const char *db_path, const char *tri_path) {
  unlink(tri_path);
  sqlite3 *db;
  sqlite3_open(tri_path, &db);
  char sql[1024];
  snprintf(sql, sizeof sql,
           "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
           "ATTACH '%s' AS src;"
           "CREATE VIRTUAL TABLE tri USING fts5(text, tokenize='trigram');"
           "INSERT INTO tri(rowid, text) SELECT node_key, text FROM src.nodes WHERE text <> '';",
           db_path);
  char *msg = NULL;
  double t = csq_test_now();
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    fprintf(stderr, "trigram: %s\n", msg);
    exit(1);
  }
  printf("trigram FTS5 table: built in %.1f s, %.1f MB\n", csq_test_now() - t,
         (double)file_size(tri_path) / 1e6);
  sqlite3_close(db);
}

/* Rows of the trigram table holding every term: MATCH for terms of three
 * characters or more, LIKE (the documented fallback) for shorter ones.
 * `ranked`: the ten best by bm25 instead of the count, as csquery answers
 * (only where every term can use the index). */
static double run_trigram(sqlite3 *db, const char *q, size_t *rows, int ranked) {
  char copy[512], sql[2048] = "SELECT count(*) FROM tri WHERE 1";
  if (ranked)
    snprintf(sql, sizeof sql, "SELECT rowid FROM tri WHERE 1");
  snprintf(copy, sizeof copy, "%s", q);
  size_t at = strlen(sql);
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
    size_t chars = 0;
    for (const char *s = w; *s; s++)
      chars += ((unsigned char)*s & 0xC0) != 0x80;
    at += (size_t)snprintf(sql + at, sizeof sql - at,
                           chars >= 3 ? " AND tri MATCH '\"%s\"'" : " AND text LIKE '%%%s%%'", w);
  }
  if (ranked)
    snprintf(sql + at, sizeof sql - at, " ORDER BY rank LIMIT 10");
  sqlite3_stmt *s;
  double t = csq_test_now();
  *rows = 0;
  if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
    while (sqlite3_step(s) == SQLITE_ROW)
      *rows = ranked ? *rows + 1 : (size_t)sqlite3_column_int64(s, 0);
  }
  sqlite3_finalize(s);
  return (csq_test_now() - t) * 1e3;
}

/* The command against its peers, in one run: for every query, rounds of
 * `csquery search`, `sqlite3` over the trigram table and `csquery
 * --version` in turn, the median of each. Goals (docs/performance.md): the
 * command at least as fast as sqlite3 on every query, and within 2 ms of
 * --version. */
enum { COMMAND_ROUNDS = 15 };

static void commands(const char *exe, const char *db, const char *tri) {
  printf("\ncommands, median of %d rounds each (ms): csquery --db DB search --limit 20 Q;"
         " sqlite3 TRIGRAM_DB (top 20 by bm25, snippets);\ncsquery --version\n",
         COMMAND_ROUNDS);
  printf("%-22s %9s %9s %9s   %s\n", "query", "csquery", "sqlite3", "version", "goals");
  size_t faster = 0, within = 0;
  for (size_t q = 0; q < NQ; q++) {
    double cs[COMMAND_ROUNDS], sq[COMMAND_ROUNDS], ve[COMMAND_ROUNDS];
    run_cli(exe, db, QUERIES[q]); /* warm the page cache */
    run_sqlite3(tri, QUERIES[q]);
    for (int r = 0; r < COMMAND_ROUNDS; r++) {
      cs[r] = run_cli(exe, db, QUERIES[q]);
      sq[r] = run_sqlite3(tri, QUERIES[q]);
      ve[r] = run_version(exe);
    }
    qsort(cs, COMMAND_ROUNDS, sizeof *cs, csq_test_by_double);
    qsort(sq, COMMAND_ROUNDS, sizeof *sq, csq_test_by_double);
    qsort(ve, COMMAND_ROUNDS, sizeof *ve, csq_test_by_double);
    double c = cs[COMMAND_ROUNDS / 2], s = sq[COMMAND_ROUNDS / 2], v = ve[COMMAND_ROUNDS / 2];
    int ok_fast = c <= s, ok_close = c <= v + 2.0;
    faster += ok_fast;
    within += ok_close;
    printf("%-22s %9.2f %9.2f %9.2f   %s %s\n", QUERIES[q], c, s, v,
           ok_fast ? "≤ sqlite3" : "SLOWER than sqlite3",
           ok_close ? "≤ version + 2" : "> version + 2");
  }
  printf("csquery search at least as fast as sqlite3 on %zu of %d queries; within 2 ms of"
         " --version on %zu\n",
         faster, NQ, within);
}

/* The import's first estimate of the time left (told after its first
 * batch), kept to set against the time the rest really took. */
typedef struct first_estimate {
  double seconds_left, at;
  int told;
} first_estimate;

static void progress(void *ctx, const csq_import_progress *p) {
  first_estimate *first = ctx;
  if (!first->told && p->files_done > 0) {
    first->seconds_left = p->seconds_left;
    first->at = csq_test_now();
    first->told = 1;
  }
  if (p->files_done % 2048 == 0 || p->finishing)
    fprintf(stderr, "  %zu/%zu files, %zu laws\n", p->files_done, p->files_total, p->laws);
}

int main(int argc, char **argv) {
  const char *ch = csq_test_unpack_ch(argc > 1 ? argv[1] : CSQ_CACHE_DIR);
  const char *db_path = argc > 2 ? argv[2] : "/tmp/csq_bench.db";
  if (!ch)
    return 1;
  int reuse = argc > 3 && strcmp(argv[3], "reuse") == 0 && file_size(db_path) > 0;
  int only_commands = reuse && argc > 4 && strcmp(argv[4], "commands") == 0;
  csq_error err;
  char tri_path[512];
  snprintf(tri_path, sizeof tri_path, "%s.trigram", db_path);
  if (!reuse) {
    unlink(db_path);
    const char *paths[] = {ch};
    csq_import_stats s;
    printf("import of %s\n", ch);
    first_estimate first = {0};
    csq_import_options io = {.progress = progress, .progress_ctx = &first};
    if (csq_import(db_path, paths, 1, &io, &s, &err) != CSQ_OK) {
      fprintf(stderr, "import: %s\n", err.message);
      return 1;
    }
    double rest = csq_test_now() - first.at;
    printf("  first estimate of the time left %.1f s; the rest took %.1f s (%.2f x)\n",
           first.seconds_left, rest, first.seconds_left / rest);
    printf("  %zu laws, %zu articles, %zu provisions, %.1f MB of text\n", s.laws, s.articles,
           s.nodes, (double)s.text_bytes / 1e6);
    printf("  import: %.1f s; database %.1f MB = %.2f x the text\n", s.seconds,
           (double)s.db_bytes / 1e6, (double)s.db_bytes / (double)s.text_bytes);
  }
  if (!reuse || file_size(tri_path) <= 0)
    build_trigram(db_path, tri_path);
  sqlite3 *tri;
  sqlite3_open_v2(tri_path, &tri, SQLITE_OPEN_READONLY, NULL);

  csq_corpus *corpus;
  csq_db *db;
  csq_library *c;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_db_open(db_path, NULL, &db, &err) != CSQ_OK ||
      csq_library_new(corpus, db, &c, &err) != CSQ_OK)
    return 1;
  /* The command beside this benchmark in the build folder. */
  char exe[4096];
  snprintf(exe, sizeof exe, "%s", argv[0]);
  char *slash = strrchr(exe, '/');
  snprintf(slash ? slash + 1 : exe, sizeof exe - (size_t)(slash ? slash + 1 - exe : 0), "csquery");
  if (only_commands) {
    commands(exe, db_path, tri_path);
    csq_library_free(c);
    csq_db_free(db);
    csq_corpus_free(corpus);
    sqlite3_close(tri);
    return 0;
  }
  double cs[NQ * ROUNDS], rg[NQ * 3], tr[NQ * ROUNDS], trr[NQ * ROUNDS], cl[NQ * 3];
  size_t ncs = 0, nrg = 0, ntr = 0, ntrr = 0, ncl = 0;
  printf("\n%-22s %8s %8s %8s | %8s %8s | %9s %9s %9s %9s %9s\n", "query", "csq rows", "tri rows",
         "csq laws", "rg files", "", "csq ms", "tri ms", "tri10 ms", "cmd ms", "rg ms");
  for (size_t q = 0; q < NQ; q++) {
    size_t rows, tri_rows, rg_files, laws = csquery_laws(c, QUERIES[q], &rows);
    time_csquery(c, QUERIES[q]); /* warm the page cache */
    double best_cs = 1e9, best_tr = 1e9, best_rg = 1e9, best_trr = 1e9, best_cl = 1e9;
    size_t ranked_rows;
    for (int r = 0; r < ROUNDS; r++) {
      double t = time_csquery(c, QUERIES[q]);
      cs[ncs++] = t;
      best_cs = t < best_cs ? t : best_cs;
      t = run_trigram(tri, QUERIES[q], &tri_rows, 0);
      tr[ntr++] = t;
      best_tr = t < best_tr ? t : best_tr;
      t = run_trigram(tri, QUERIES[q], &ranked_rows, 1);
      trr[ntrr++] = t;
      best_trr = t < best_trr ? t : best_trr;
    }
    for (int r = 0; r < 3; r++) {
      double t = run_rg(ch, QUERIES[q], &rg_files);
      rg[nrg++] = t;
      best_rg = t < best_rg ? t : best_rg;
      t = run_cli(exe, db_path, QUERIES[q]);
      cl[ncl++] = t;
      best_cl = t < best_cl ? t : best_cl;
    }
    printf("%-22s %8zu %8zu %8zu | %8zu %8s | %9.3f %9.3f %9.3f %9.1f %9.1f\n", QUERIES[q], rows,
           tri_rows, laws, rg_files, rows == tri_rows ? "" : "rows≠", best_cs, best_tr, best_trr,
           best_cl, best_rg);
  }
  double m1, p1, m2, p2, m3, p3, m4, p4, m5, p5;
  percentiles(cl, ncl, &m5, &p5);
  percentiles(cs, ncs, &m1, &p1);
  percentiles(tr, ntr, &m2, &p2);
  percentiles(rg, nrg, &m3, &p3);
  percentiles(trr, ntrr, &m4, &p4);
  printf("\nlatency over %d queries (ms)   median      p99\n", NQ);
  printf("  csquery (in process)      %8.3f %8.3f\n", m1, p1);
  printf("  SQLite trigram FTS5, count %7.3f %8.3f\n", m2, p2);
  printf("  SQLite trigram, top 10    %8.3f %8.3f   (bm25; LIKE for short terms)\n", m4, p4);
  printf("  csquery search (command)  %8.1f %8.1f   (a process per query)\n", m5, p5);
  printf("  rg -F over the JSON       %8.1f %8.1f\n", m3, p3);
  printf("  csquery is %.0f x faster than rg at the median\n", m3 / m1);

  commands(exe, db_path, tri_path);
  csq_library_free(c);
  csq_db_free(db);
  csq_corpus_free(corpus);
  sqlite3_close(tri);
  return 0;
}
