/*
 * test_concurrency.c — imports and readers at the same time:
 *
 *  - two imports into one database: the second waits for the first (a lock
 *    on the database, DB.lock) and no import's laws are lost; before, both
 *    exited 0 and the last rename dropped the other's 400 laws;
 *  - with no_wait, the second fails at once and says why;
 *  - readers keep working during an import and see the old database or
 *    the new one, never a mixture or an error.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "run.h"

static char db_path[256];
static char **laws;
static size_t law_count;

static void remove_db(void) {
  char lock[300];
  snprintf(lock, sizeof lock, "%s.lock", db_path);
  unlink(db_path);
  unlink(lock);
}

static int setup(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!ch)
    return -1;
  laws = csq_test_list_laws(ch, &law_count);
  if (law_count < 500)
    return -1;
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_concurrency_%ld.db", (long)getpid());
  remove_db();
  return 0;
}

static int teardown(void **state) {
  (void)state;
  csq_test_free_list(laws, law_count);
  remove_db();
  return 0;
}

static size_t counted;
static void count_law(void *ctx, const char *id, const char *name, const char *version,
                      const char *level, int repealed, size_t articles) {
  (void)ctx, (void)id, (void)name, (void)version, (void)level, (void)repealed, (void)articles;
  counted++;
}

static size_t stored_laws(void) {
  csq_db *db;
  csq_error err;
  if (csq_db_open(db_path, NULL, &db, &err) != CSQ_OK)
    fail_msg("%s", err.message);
  counted = 0;
  assert_int_equal(csq_db_laws(db, count_law, NULL, &err), CSQ_OK);
  csq_db_free(db);
  return counted;
}

/* ---- two commands at once, as the issue saw it ---------------------------- */

/* csquery import of 400 laws, and while it runs an import of one more: both
 * exit 0, the second said it waited, and all 401 are stored. */
static void two_commands_keep_every_law(void **state) {
  (void)state;
  remove_db();
  const char *first[410] = {"--db", db_path, "import"};
  for (size_t i = 0; i < 400; i++)
    first[3 + i] = laws[i];
  first[403] = NULL;
  pid_t a = csq_test_start("/", first);
  struct timespec pause = {0, 300 * 1000 * 1000};
  nanosleep(&pause, NULL); /* the first holds the lock by now: it reads for seconds */
  const char *second[] = {"--db", db_path, "import", laws[400], NULL};
  csq_test_result r = csq_test_run("/", second);
  assert_int_equal(csq_test_wait(a), 0);
  if (r.status != 0)
    fail_msg("the second import: exit %d: %s", r.status, r.err);
  csq_test_contains(r.err, "waiting for it to finish");
  csq_test_result_free(&r);
  assert_int_equal(stored_laws(), 401);
}

/* ---- two imports in one process --------------------------------------------- */

typedef struct gate {
  pthread_mutex_t lock;
  pthread_cond_t changed;
  int first_started, second_done;
} gate;

static gate G = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};

/* The first import's progress after its first batch is written: it holds
 * the lock; it goes on once the second has tried. */
static void first_holds(void *ctx, const csq_import_progress *p) {
  (void)ctx;
  if (p->files_done == 0 || G.first_started)
    return;
  pthread_mutex_lock(&G.lock);
  G.first_started = 1;
  pthread_cond_broadcast(&G.changed);
  while (!G.second_done)
    pthread_cond_wait(&G.changed, &G.lock);
  pthread_mutex_unlock(&G.lock);
}

/* The second import's waiting: told while the first holds the lock. */
static void second_waits(void *ctx, const char *db) {
  (void)db;
  pthread_mutex_lock(&G.lock);
  *(int *)ctx = 1;
  G.second_done = 1;
  pthread_cond_broadcast(&G.changed);
  pthread_mutex_unlock(&G.lock);
}

typedef struct job {
  const char *const *paths;
  size_t count;
  csq_import_options options;
  csq_status status;
  csq_error err;
} job;

static void *run_import(void *arg) {
  job *j = arg;
  j->status = csq_import(db_path, j->paths, j->count, &j->options, NULL, &j->err);
  return NULL;
}

static void wait_for_first(void) {
  pthread_mutex_lock(&G.lock);
  while (!G.first_started)
    pthread_cond_wait(&G.changed, &G.lock);
  pthread_mutex_unlock(&G.lock);
}

static void threads_wait_their_turn(void **state) {
  (void)state;
  remove_db();
  G.first_started = G.second_done = 0;
  job first = {(const char *const *)laws, 20, {.progress = first_holds}, CSQ_OK, {0}};
  int waited = 0;
  job second = {(const char *const *)laws + 20,
                5,
                {.waiting = second_waits, .progress_ctx = &waited},
                CSQ_OK,
                {0}};
  pthread_t a, b;
  assert_int_equal(pthread_create(&a, NULL, run_import, &first), 0);
  wait_for_first();
  assert_int_equal(pthread_create(&b, NULL, run_import, &second), 0);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (first.status != CSQ_OK || second.status != CSQ_OK)
    fail_msg("%s / %s", first.err.message, second.err.message);
  assert_true(waited);
  assert_int_equal(stored_laws(), 25);
}

/* The same second import without waiting: CSQ_IO at once, with why. */
static void no_wait_fails_at_once(void **state) {
  (void)state;
  remove_db();
  G.first_started = G.second_done = 0;
  job first = {(const char *const *)laws, 10, {.progress = first_holds}, CSQ_OK, {0}};
  pthread_t a;
  assert_int_equal(pthread_create(&a, NULL, run_import, &first), 0);
  wait_for_first();
  job second = {(const char *const *)laws + 10, 5, {.no_wait = 1}, CSQ_OK, {0}};
  run_import(&second);
  pthread_mutex_lock(&G.lock);
  G.second_done = 1;
  pthread_cond_broadcast(&G.changed);
  pthread_mutex_unlock(&G.lock);
  pthread_join(a, NULL);
  assert_int_equal(first.status, CSQ_OK);
  assert_int_equal(second.status, CSQ_IO);
  assert_string_equal(second.err.source, db_path);
  assert_non_null(strstr(second.err.message, "another csquery import is writing"));
  assert_int_equal(stored_laws(), 10);
}

/* ---- readers during an import ------------------------------------------------ */

/* While 300 laws are imported into a database of 100, `csquery laws` and a
 * lookup run again and again: every run succeeds and sees 100 laws or 400. */
static void readers_keep_working(void **state) {
  (void)state;
  remove_db();
  csq_error err;
  if (csq_import(db_path, (const char *const *)laws, 100, NULL, NULL, &err) != CSQ_OK)
    fail_msg("%s", err.message);
  const char *more[310] = {"--db", db_path, "import"};
  for (size_t i = 0; i < 300; i++)
    more[3 + i] = laws[100 + i];
  more[303] = NULL;
  pid_t writer = csq_test_start("/", more);
  size_t runs = 0, old_seen = 0, new_seen = 0;
  int done = 0, status = 0;
  while (!done) {
    done = waitpid(writer, &status, WNOHANG) == writer;
    const char *list[] = {"--db", db_path, "laws", NULL};
    csq_test_result r = csq_test_run("/", list);
    if (r.status != 0)
      fail_msg("laws during an import: exit %d: %s", r.status, r.err);
    size_t lines = 0;
    for (const char *p = r.out; *p; p++)
      lines += *p == '\n';
    if (lines != 100 && lines != 400)
      fail_msg("laws during an import: %zu laws, neither the old 100 nor the new 400", lines);
    old_seen += lines == 100;
    new_seen += lines == 400;
    csq_test_result_free(&r);
    const char *look[] = {"--db", db_path, "--law", "A0000001", "第1條", NULL};
    r = csq_test_run("/", look);
    if (r.status != 0)
      fail_msg("a lookup during an import: exit %d: %s", r.status, r.err);
    csq_test_result_free(&r);
    runs++;
  }
  printf("  %zu runs of laws and a lookup during an import: %zu saw the old database, %zu the "
         "new\n",
         runs, old_seen, new_seen);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  assert_true(old_seen > 0);
  assert_int_equal(stored_laws(), 400);
}

/* What a killed import left (DB.importing-PID) goes with the next import;
 * a file that only looks like it stays. */
static void leftovers_removed(void **state) {
  (void)state;
  remove_db();
  char left[300], kept[300];
  snprintf(left, sizeof left, "%s.importing-12345", db_path);
  snprintf(kept, sizeof kept, "%s.importing-notes", db_path);
  FILE *f = fopen(left, "w");
  FILE *g = fopen(kept, "w");
  assert_true(f && g);
  fclose(f);
  fclose(g);
  csq_error err;
  assert_int_equal(csq_import(db_path, (const char *const *)laws, 1, NULL, NULL, &err), CSQ_OK);
  assert_int_equal(access(left, F_OK), -1);
  assert_int_equal(access(kept, F_OK), 0);
  unlink(kept);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(two_commands_keep_every_law), cmocka_unit_test(threads_wait_their_turn),
      cmocka_unit_test(no_wait_fails_at_once),       cmocka_unit_test(readers_keep_working),
      cmocka_unit_test(leftovers_removed),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
