/*
 * test_messages.c — every message acts: what a user sees when something is
 * wrong names the file that failed (the database when the database is at
 * fault, a full disk too), the byte offset where there is one, shows stray
 * bytes as \xNN, and gives advice that works. Each test is a failure of
 * issue 14 ("Never a crash, never a silent wrong answer, never a lost
 * import"), run as the user ran it.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "run.h"

static char dir[64];

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/csq_test_messages_XXXXXX");
  if (!mkdtemp(dir))
    return -1;
  /* no database of the user's: commands without --db read the built-in law */
  char none[128];
  snprintf(none, sizeof none, "%s/no.db", dir);
  return setenv("CSQUERY_DB", none, 1);
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  return system(cmd) == 0 ? 0 : -1;
}

static const char *in_dir(const char *name, char *buf, size_t size) {
  snprintf(buf, size, "%s/%s", dir, name);
  return buf;
}

static void write_file(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, len, f), len);
  fclose(f);
}

static int valid_utf8(const char *s) {
  int32_t i = 0, n = (int32_t)strlen(s);
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0)
      return 0;
  }
  return 1;
}

/* Runs csquery; expects the exit status and these words on stderr, and
 * stderr in UTF-8. */
static void expect(int status, const char *const *args, const char *words) {
  csq_test_result r = csq_test_run("/", args);
  if (r.status != status)
    fail_msg("csquery %s …: exit %d, expected %d: %s", args[0], r.status, status, r.err);
  if (words)
    csq_test_contains(r.err, words);
  if (!valid_utf8(r.err))
    fail_msg("csquery %s …: stderr is not UTF-8: %s", args[0], r.err);
  csq_test_result_free(&r);
}

/* cited-by 法\xff read past its buffer (PCRE2 with its UTF check off): now
 * a malformed query, shown as \xff; every other command that takes text
 * says the same, never the raw byte. */
static void invalid_bytes(void **state) {
  (void)state;
  const char *cited[] = {"cited-by", "法\xff", NULL};
  expect(2, cited, "法\\xff is not valid UTF-8");
  const char *lookup[] = {"第4條\xff", NULL};
  expect(2, lookup, "\\xff");
  const char *search[] = {"search", "資\xff", NULL};
  expect(2, search, "\\xff");
  const char *define[] = {"define", "資\xff", NULL};
  expect(2, define, "\\xff");
  const char *actor[] = {"obligations", "--actor", "受託者\xff", NULL};
  expect(2, actor, "\\xff");
  const char *law[] = {"--law", "資\xff", "第4條", NULL};
  expect(2, law, "\\xff");
  const char *modality[] = {"obligations", "--modality", "may\xff", NULL};
  expect(2, modality, "may\\xff");
  const char *limit[] = {"search", "--limit", "1\xff", "資通", NULL};
  expect(2, limit, "1\\xff");
  char path[256];
  const char *file[] = {"-f", in_dir("caf\xe9.txt", path, sizeof path), "第1條", NULL};
  expect(74, file, "caf\\xe9.txt");
}

/* A foreign SQLite file: one message from every command, import included,
 * and it says what to do. */
static void another_programs_database(void **state) {
  (void)state;
  char path[256];
  in_dir("other.db", path, sizeof path);
  sqlite3 *db;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  const char *commands[][4] = {{"laws"},
                               {"第4條"},
                               {"search", "資通"},
                               {"cited-by", "第4條"},
                               {"refs", "第4條"},
                               {"define", "資通系統"},
                               {"obligations"},
                               {"check"},
                               {"import", CSQ_SOURCE_DIR "/tests/golden/dump.json"}};
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    const char *args[] = {"--db", path, commands[i][0], commands[i][1], NULL};
    expect(65, args, "not a csquery database but another program's");
  }
  /* the advice: --fresh replaces it */
  const char *fresh[] = {
      "--db", path, "import", "--fresh", CSQ_SOURCE_DIR "/tests/golden/dump.json", NULL};
  expect(0, fresh, NULL);
  const char *laws[] = {"--db", path, "laws", NULL};
  expect(0, laws, NULL);
}

/* A file that is no database at all. */
static void not_a_database(void **state) {
  (void)state;
  char path[256];
  write_file(in_dir("notes.db", path, sizeof path), "hello\n", 6);
  const char *args[] = {"--db", path, "laws", NULL};
  expect(65, args, "not a database");
}

/* A full disk named the law file being read; now the database, whose disk
 * it is, with advice. The disk fills at 100 KB (RLIMIT_FSIZE). */
static void full_disk_names_the_database(void **state) {
  (void)state;
  char db[256];
  in_dir("full.db", db, sizeof db);
  pid_t pid = fork();
  if (pid == 0) {
    struct rlimit lim = {100 * 1024, 100 * 1024};
    setrlimit(RLIMIT_FSIZE, &lim);
    signal(SIGXFSZ, SIG_IGN); /* a write past the limit fails with EFBIG */
    int fd = open("/dev/null", O_WRONLY);
    dup2(fd, 1);
    char err_path[300];
    snprintf(err_path, sizeof err_path, "%s/full.err", dir);
    if (!freopen(err_path, "w", stderr))
      _exit(126);
    execl(CSQ_BINARY, CSQ_BINARY, "--db", db, "import",
          CSQ_SOURCE_DIR "/corpus/資通安全管理法施行細則.txt",
          CSQ_SOURCE_DIR "/tests/golden/dump.json", CSQ_SOURCE_DIR "/tests/golden/structure.json",
          CSQ_SOURCE_DIR "/tests/golden/lines.md", (char *)NULL);
    _exit(127);
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 74);
  char err_path[300];
  snprintf(err_path, sizeof err_path, "%s/full.err", dir);
  size_t len;
  char *err = csq_test_read_file(err_path, &len);
  assert_non_null(err);
  char named[300];
  snprintf(named, sizeof named, "csquery: %s: ", db);
  csq_test_contains(err, named);
  if (strstr(err, ".importing-"))
    fail_msg("the message names the temporary file: %s", err);
  free(err);
  assert_int_equal(access(db, F_OK), -1); /* no database was made */
}

/* "no article found" had no offset; a folder given to -f said "read error";
 * an unknown --law in search said "0 of 0 results". */
static void what_users_did(void **state) {
  (void)state;
  char path[256];
  const char text[] = "測試法\n\n這裡沒有條文。\n";
  write_file(in_dir("none.txt", path, sizeof path), text, sizeof text - 1);
  const char *none[] = {"-f", path, "第1條", NULL};
  char where[300];
  snprintf(where, sizeof where, "%s: byte %zu: no article found", path, strlen("測試法\n\n"));
  expect(65, none, where);
  const char *folder[] = {"-f", dir, "第1條", NULL};
  expect(74, folder, "is a folder, not a law file");
  const char *search[] = {"search", "--law", "沒有這部法", "資通", NULL};
  expect(1, search, "no law is named 沒有這部法");
}

/* The count a search prints counts the results it found apart from the items
 * of their lists it shows after a lead-in: 「委外辦理」 -刪除 on the seed showed
 * 12 lines and said "12 of 9 results and 4 items of their lists". */
static void search_counts_items_apart(void **state) {
  (void)state;
  const char *args[] = {"search", "委外辦理", "-刪除", "--level", "命令", "--limit", "20", NULL};
  csq_test_result r = csq_test_run("/", args);
  assert_int_equal(r.status, 0);
  size_t lines = 0, shown = 0, total = 0, items = 0;
  for (const char *p = r.out; *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p))
    lines += *p != ' ' && *p != '\n'; /* a hit's first line; its text is indented */
  const char *count = strstr(r.err, " results");
  assert_non_null(count);
  while (count > r.err && count[-1] != '\n')
    count--;
  assert_int_equal(sscanf(count, "%zu of %zu results and %zu items", &shown, &total, &items), 3);
  if (shown + items != lines || shown > total)
    fail_msg("%zu lines shown, said %zu of %zu results and %zu items", lines, shown, total, items);
  csq_test_result_free(&r);
}

/* The JSON of the issue, through the command. */
static void hostile_json(void **state) {
  (void)state;
  char path[256];
  const char nulls[] = "{\"LawName\": \"測試法\", \"LawArticles\": [1, null, 2, null]}";
  write_file(in_dir("nulls.json", path, sizeof path), nulls, sizeof nulls - 1);
  const char *a[] = {"-f", path, NULL};
  expect(65, a, "LawArticles[0] is not an object");
  const char big[] = "{\"LawName\": \"測試法\", \"LawArticles\": [{\"ArticleType\": \"A\", "
                     "\"ArticleNo\": \"第 100000 條\", \"ArticleContent\": \"本法。\"}]}";
  write_file(in_dir("big.json", path, sizeof path), big, sizeof big - 1);
  const char *b[] = {"-f", path, "第1條", NULL};
  expect(65, b, "ArticleNo 「第 100000 條」");
  const char bom[] = "\xef\xbb\xbf{\"LawName\": \"測試法\", \"LawArticles\": [{\"ArticleType\": "
                     "\"A\", \"ArticleNo\": \"第 1 條\", \"ArticleContent\": \"本法。\"}]}";
  write_file(in_dir("bom.json", path, sizeof path), bom, sizeof bom - 1);
  const char *c[] = {"-f", path, "第1條", NULL};
  expect(0, c, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(invalid_bytes),
      cmocka_unit_test(another_programs_database),
      cmocka_unit_test(not_a_database),
      cmocka_unit_test(full_disk_names_the_database),
      cmocka_unit_test(what_users_did),
      cmocka_unit_test(hostile_json),
      cmocka_unit_test(search_counts_items_apart),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
