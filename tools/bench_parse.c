/*
 * bench_parse.c — how fast csquery parses the whole national corpus, and
 * how long `csquery 第4條 第1项` takes from the shell. A benchmark, not a
 * test: it prints figures and always exits 0 unless it cannot run.
 *
 *   bench_parse [CACHE_DIR]     (default: the tests' corpus cache)
 *
 * Every law file is read into memory first, so no I/O is timed. The sizes
 * (JSON bytes, ArticleContent bytes) are measured with jansson outside the
 * timed part. All laws go into one corpus, as `csquery import` would hold
 * them, so the peak RSS is that of the whole corpus in memory (plus the
 * input buffers, reported separately).
 */

#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

#define RUNS 3         /* parse runs; the best is reported */
#define QUERY_RUNS 200 /* spawns of the csquery binary */

extern char **environ;

typedef struct input {
  char *data;
  size_t len;
  const char *path;
} input;

static double max_rss_mb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

/* Bytes of ArticleContent of type "A" entries, and their number. */
static void measure(const input *in, size_t *text_bytes, size_t *articles) {
  json_error_t jerr;
  json_t *root = json_loadb(in->data, in->len, 0, &jerr);
  if (!root)
    return;
  json_t *list = json_object_get(root, "LawArticles"), *a;
  size_t i;
  json_array_foreach(list, i, a) {
    const char *type = json_string_value(json_object_get(a, "ArticleType"));
    if (!type || strcmp(type, "A") != 0)
      continue;
    (*articles)++;
    *text_bytes += json_string_length(json_object_get(a, "ArticleContent"));
  }
  json_decref(root);
}

/* Parses every input into one new corpus; returns the seconds, or -1. */
static double parse_all(const input *inputs, size_t count, size_t *laws) {
  csq_corpus *corpus;
  csq_error err;
  double start = csq_test_now();
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return -1;
  for (size_t i = 0; i < count; i++) {
    if (csq_corpus_add_buffer(corpus, inputs[i].data, inputs[i].len, inputs[i].path, &err) !=
        CSQ_OK) {
      char msg[1024];
      fprintf(stderr, "%s\n", csq_error_format(&err, msg, sizeof msg));
    }
  }
  double seconds = csq_test_now() - start;
  *laws = csq_corpus_law_count(corpus);
  csq_corpus_free(corpus);
  return seconds;
}

/* One thread's share: every `step`-th input from `first`, into its own
 * corpus (the library has no global state; a corpus is one thread's). */
typedef struct share {
  const input *inputs;
  size_t count, first, step, laws;
} share;

static void *parse_share(void *arg) {
  share *sh = arg;
  csq_corpus *corpus;
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return NULL;
  for (size_t i = sh->first; i < sh->count; i += sh->step)
    csq_corpus_add_buffer(corpus, sh->inputs[i].data, sh->inputs[i].len, sh->inputs[i].path, &err);
  sh->laws = csq_corpus_law_count(corpus);
  csq_corpus_free(corpus);
  return NULL;
}

/* The same parse on `threads` threads; returns the seconds. */
static double parse_parallel(const input *inputs, size_t count, int threads, size_t *laws) {
  pthread_t tid[8];
  share shares[8];
  double start = csq_test_now();
  for (int t = 0; t < threads; t++) {
    shares[t] = (share){inputs, count, (size_t)t, (size_t)threads, 0};
    pthread_create(&tid[t], NULL, parse_share, &shares[t]);
  }
  *laws = 0;
  for (int t = 0; t < threads; t++) {
    pthread_join(tid[t], NULL);
    *laws += shares[t].laws;
  }
  return csq_test_now() - start;
}

/* Runs argv QUERY_RUNS times; fills the median and p99 in ms. Returns the
 * exit status of the last run, or -1 when it could not be spawned. */
static int time_query(char *const argv[], double *median, double *p99) {
  static double ms[QUERY_RUNS];
  int status = -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  for (int i = 0; i < QUERY_RUNS; i++) {
    pid_t pid;
    double start = csq_test_now();
    if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
      posix_spawn_file_actions_destroy(&fa);
      return -1;
    }
    int ws;
    waitpid(pid, &ws, 0);
    ms[i] = (csq_test_now() - start) * 1000.0;
    status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
  }
  posix_spawn_file_actions_destroy(&fa);
  qsort(ms, QUERY_RUNS, sizeof ms[0], csq_test_by_double);
  *median = ms[QUERY_RUNS / 2];
  *p99 = ms[QUERY_RUNS * 99 / 100];
  return status;
}

static void report_query(const char *label, char *const argv[]) {
  double median, p99;
  int status = time_query(argv, &median, &p99);
  if (status < 0)
    printf("  %-28s could not run %s\n", label, argv[0]);
  else
    printf("  %-28s median %6.2f ms   p99 %6.2f ms   exit %d   (goal < 5 ms)\n", label, median, p99,
           status);
}

int main(int argc, char **argv) {
  const char *cache = argc > 1 ? argv[1] : CSQ_CACHE_DIR;
  const char *dir = csq_test_unpack_ch(cache);
  if (!dir)
    return 1;
  size_t count;
  char **paths = csq_test_list_laws(dir, &count);
  if (!paths || count == 0) {
    fprintf(stderr, "no law files in %s\n", dir);
    return 1;
  }
  input *inputs = calloc(count, sizeof *inputs);
  size_t json_bytes = 0, text_bytes = 0, articles = 0;
  for (size_t i = 0; i < count; i++) {
    inputs[i].path = paths[i];
    inputs[i].data = csq_test_read_file(paths[i], &inputs[i].len);
    if (!inputs[i].data) {
      fprintf(stderr, "cannot read %s\n", paths[i]);
      return 1;
    }
    json_bytes += inputs[i].len;
    measure(&inputs[i], &text_bytes, &articles);
  }
  double rss_inputs = max_rss_mb();

  double best = -1;
  size_t laws = 0;
  printf("parse runs:");
  for (int r = 0; r < RUNS; r++) {
    double s = parse_all(inputs, count, &laws);
    printf(" %.3f s", s);
    if (s >= 0 && (best < 0 || s < best))
      best = s;
  }
  printf("\n");
  double rss_peak = max_rss_mb();
  double mb_text = (double)text_bytes / 1e6, mb_json = (double)json_bytes / 1e6;

  printf("\ncsquery %s: whole national corpus, one corpus, best of %d runs\n", CSQ_VERSION, RUNS);
  printf("  %-34s %12zu\n", "files", count);
  printf("  %-34s %12zu\n", "laws parsed", laws);
  printf("  %-34s %12zu\n", "articles", articles);
  printf("  %-34s %12.1f\n", "article text (ArticleContent) MB", mb_text);
  printf("  %-34s %12.1f\n", "JSON MB", mb_json);
  printf("  %-34s %12.3f\n", "wall seconds", best);
  printf("  %-34s %12.1f   (goal >= 50)\n", "MB/s of article text", mb_text / best);
  printf("  %-34s %12.1f\n", "MB/s of JSON", mb_json / best);
  printf("  %-34s %12.0f\n", "articles per second", (double)articles / best);
  double best2 = -1;
  size_t laws2 = 0;
  for (int r = 0; r < RUNS; r++) {
    double s = parse_parallel(inputs, count, 2, &laws2);
    if (best2 < 0 || s < best2)
      best2 = s;
  }
  printf("  %-34s %12.3f   (%zu laws)\n", "wall seconds, 2 threads", best2, laws2);
  printf("  %-34s %12.1f   (goal >= 50)\n", "MB/s of article text, 2 threads", mb_text / best2);
  printf("  %-34s %12.1f\n", "peak RSS MB (inputs loaded)", rss_inputs);
  printf("  %-34s %12.1f\n", "peak RSS MB (after parsing)", rss_peak);

  printf("\nquery wall time, %d runs of %s\n", QUERY_RUNS, CSQ_BINARY);
  char *simplified[] = {CSQ_BINARY, "第4條", "第1项", NULL};
  char *traditional[] = {CSQ_BINARY, "第4條", "第1項", NULL};
  char *version[] = {CSQ_BINARY, "--version", NULL};
  report_query("csquery 第4條 第1项", simplified);
  report_query("csquery 第4條 第1項", traditional);
  report_query("csquery --version", version);

  for (size_t i = 0; i < count; i++)
    free(inputs[i].data);
  free(inputs);
  csq_test_free_list(paths, count);
  return 0;
}
