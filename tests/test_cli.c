/*
 * test_cli.c — the csquery command as a user runs it: output, exit status
 * (0 found, 1 not found, 2 bad query or option, 65 bad data, 74 I/O) and
 * messages, from any directory.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "corpus_dir.h"

extern char **environ;

typedef struct result {
  int status;
  char *out, *err;
} result;

static void result_free(result *r) {
  free(r->out);
  free(r->err);
}

/* Runs csquery with args (NULL-terminated) in `cwd`, stdin from /dev/null. */
static result run_in(const char *cwd, const char *const *args) {
  char out_path[] = "/tmp/csq_cli_outXXXXXX", err_path[] = "/tmp/csq_cli_errXXXXXX";
  int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
  assert_true(out_fd >= 0 && err_fd >= 0);
  const char *argv[32] = {CSQ_BINARY};
  size_t n = 1;
  while (args[n - 1] && n < 31) {
    argv[n] = args[n - 1];
    n++;
  }
  argv[n] = NULL;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
  posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
  posix_spawn_file_actions_addchdir_np(&fa, cwd);
  pid_t pid;
  assert_int_equal(posix_spawn(&pid, CSQ_BINARY, &fa, NULL, (char *const *)argv, environ), 0);
  posix_spawn_file_actions_destroy(&fa);
  int wstatus;
  assert_int_equal(waitpid(pid, &wstatus, 0), pid);
  assert_true(WIFEXITED(wstatus)); /* never a crash */
  result r = {WEXITSTATUS(wstatus), NULL, NULL};
  size_t len;
  r.out = csq_test_read_file(out_path, &len);
  r.err = csq_test_read_file(err_path, &len);
  close(out_fd);
  close(err_fd);
  unlink(out_path);
  unlink(err_path);
  assert_non_null(r.out);
  assert_non_null(r.err);
  return r;
}

static result run(const char *const *args) { return run_in("/", args); }

static void contains(const char *haystack, const char *needle) {
  if (!strstr(haystack, needle))
    fail_msg("「%s」 not in:\n%s", needle, haystack);
}

static size_t count(const char *haystack, const char *needle) {
  size_t n = 0;
  for (const char *p = haystack; (p = strstr(p, needle)); p += strlen(needle))
    n++;
  return n;
}

static void the_main_job(void **state) {
  (void)state;
  result r = run((const char *[]){"第4條", "第1項", NULL});
  assert_int_equal(r.status, 0);
  assert_string_equal(r.err, "");
  contains(r.out, "資通安全管理法施行細則 第4條第1項 (2021-08-23)\n"); /* the version shown */
  contains(r.out, "各機關依本法第九條規定委外辦理資通系統之建置");
  contains(r.out, "\n  一、受託者辦理受託業務之相關程序及環境");
  contains(r.out, "\n  九、委託機關應定期或於知悉受託者發生");
  assert_int_equal(count(r.out, "\n  "), 9); /* nine 款, indented */
  result_free(&r);
}

static void json_output(void **state) {
  (void)state;
  result r = run((const char *[]){"--json", "第四條第一項第五款", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "\"id\": \"A0030303\"");
  contains(r.out, "\"eid\": \"art_4__para_1__subpara_5\"");
  contains(r.out, "\"cite\": \"第4條第1項第5款\"");
  contains(r.out, "\"kind\": \"subparagraph\"");
  result_free(&r);
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/golden/lines.md", CSQ_SOURCE_DIR);
  r = run((const char *[]){"-f", path, "--json", NULL}); /* the whole law */
  assert_int_equal(r.status, 0);
  contains(r.out, "\"name\": \"測試管理法\"");
  contains(r.out, "\"eid\": \"chp_2\"");
  contains(r.out, "\"eid\": \"art_2-1__para_1\"");
  result_free(&r);
}

static void ranges_and_articles(void **state) {
  (void)state;
  result r = run((const char *[]){"第4條至第6條", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "資通安全管理法施行細則 第4條 (2021-08-23)\n");
  contains(r.out, "資通安全管理法施行細則 第5條 (2021-08-23)\n");
  contains(r.out, "資通安全管理法施行細則 第6條 (2021-08-23)\n");
  contains(r.out, "前條第三項及本法第十六條第一項之書面");
  result_free(&r);
}

static void not_found(void **state) {
  (void)state;
  result r = run((const char *[]){"第4條", "第4項", NULL});
  assert_int_equal(r.status, 1);
  assert_string_equal(r.out, "");
  contains(r.err, "第4條 has 3 項");
  result_free(&r);
  r = run((const char *[]){"第99條", NULL});
  assert_int_equal(r.status, 1);
  contains(r.err, "第1條 to 第13條");
  result_free(&r);
}

static void bad_queries_and_options(void **state) {
  (void)state;
  result r = run((const char *[]){"hello", NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "try 第4條 第1項");
  result_free(&r);
  r = run((const char *[]){"--frobnicate", NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "--help");
  result_free(&r);
  r = run((const char *[]){NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "usage: csquery");
  result_free(&r);
  r = run((const char *[]){"--law", "不存在法", "第1條", NULL});
  assert_int_equal(r.status, 1);
  result_free(&r);
  /* A search's page has one hit at least, and 法律, 命令 and 憲法 are the levels. */
  r = run((const char *[]){"search", "--limit", "0", "受託者", NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "--limit takes a number from 1");
  result_free(&r);
  r = run((const char *[]){"search", "--level", "省", "受託者", NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "--level takes");
  result_free(&r);
  r = run((const char *[]){"search", "--level", "憲法", "受託者", NULL});
  assert_int_equal(r.status, 1); /* a level, but the seed has no constitution */
  result_free(&r);
}

static void help_and_version(void **state) {
  (void)state;
  result r = run((const char *[]){"--help", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "csquery 第4條 第1項");
  contains(r.out, "Exit status");
  result_free(&r);
  r = run((const char *[]){"--version", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "csquery 0.");
  result_free(&r);
}

static void bad_files(void **state) {
  (void)state;
  char path[] = "/tmp/csq_cli_badXXXXXX";
  int fd = mkstemp(path);
  assert_true(write(fd, "{\"LawName\": \"x\", \"LawArt", 24) == 24);
  close(fd);
  result r = run((const char *[]){"-f", path, "第1條", NULL});
  assert_int_equal(r.status, 65);
  contains(r.err, path);
  contains(r.err, ": byte 24: invalid JSON");
  assert_int_equal(count(r.err, "\n"), 1); /* one line */
  result_free(&r);
  unlink(path);
  r = run((const char *[]){"-f", "/nonexistent.json", "第1條", NULL});
  assert_int_equal(r.status, 74);
  contains(r.err, "/nonexistent.json: cannot open");
  result_free(&r);
}

static void other_laws(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  char act[4096], rules[4096];
  snprintf(act, sizeof act, "%s/moj/key/ch/A0030297.json", shared);
  snprintf(rules, sizeof rules, "%s/moj/key/ch/A0030303.json", shared);
  result r = run((const char *[]){"-f", rules, "-f", act, "本法第16條第1項", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "資通安全管理法 第16條第1項 (2018-06-06)\n");
  result_free(&r);
  r = run((const char *[]){"-f", rules, "-f", act, "--law", "A0030297", "laws", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "A0030297\t資通安全管理法\t2018-06-06\t法律\t23 articles\tin force\n");
  result_free(&r);
}

/* Over a database, obligations answer across every law, grouped by law,
 * and say what they looked at; the built-in law says it is the one. */
static void obligations_across_laws(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus(), *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(shared);
  assert_non_null(ch);
  char key[4096], labour[4096], safety[4096], db[] = "/tmp/csq_cli_dbXXXXXX";
  snprintf(key, sizeof key, "%s/moj/key/ch", shared);
  snprintf(labour, sizeof labour, "%s/N0030001.json", ch);
  snprintf(safety, sizeof safety, "%s/N0060001.json", ch);
  close(mkstemp(db));
  unlink(db);
  result r = run((const char *[]){"--db", db, "import", key, labour, safety, NULL});
  assert_int_equal(r.status, 0);
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor", "雇主", NULL});
  assert_int_equal(r.status, 0); /* it once looked at the primary law only: not found */
  contains(r.out, "# 勞動基準法 (N0030001, 法律, 2024-07-31, in force): ");
  contains(r.out, "職業安全衛生法 (N0060001)");
  contains(r.err, "10 of ");
  contains(r.err, "obligations of 雇主, in 2 laws; looked at 12 laws in the database");
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor", "雇主", "--text", "通報",
                           "--limit", "0", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "第37條第2項 [shall] 應於八小時內通報勞動檢查機構");
  contains(r.err, "where the provision holds 通報");
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor", "受託", "--actor-match",
                           "contains", NULL});
  assert_int_equal(r.status, 0);
  contains(r.err, "--actor 受託 matched ");
  result_free(&r);
  r = run((const char *[]){"--db", db, "actors", "雇主", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "雇主\t");
  contains(r.out, "most in: 勞動基準法 ");
  contains(r.err, "bearer names holding 雇主; looked at 12 laws");
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor", "無此機關", NULL});
  assert_int_equal(r.status, 1);
  contains(r.err, "no obligations of 無此機關; looked at 12 laws");
  contains(r.err, "no bearer is named 無此機關");
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor-match", "some", NULL});
  assert_int_equal(r.status, 2);
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--actor", ",", NULL});
  assert_int_equal(r.status, 2);
  contains(r.err, "--actor takes one or more names");
  result_free(&r);
  /* the names lawyers use (issue 15), in a lookup, --law, cited-by and obligations --law */
  r = run((const char *[]){"--db", db, "勞基法", "30-1", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "勞動基準法 第30條之1 (2024-07-31)\n");
  result_free(&r);
  r = run((const char *[]){"--db", db, "--law", "職安法", "第6條", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "職業安全衛生法 第6條 (2019-05-15)\n");
  result_free(&r);
  r = run((const char *[]){"--db", db, "cited-by", "勞基法第30條", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, " cites 勞動基準法 第30條");
  result_free(&r);
  r = run((const char *[]){"--db", db, "obligations", "--law", "勞基法", "--limit", "1", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out, "# 勞動基準法 (N0030001, 法律, 2024-07-31, in force): ");
  result_free(&r);
  r = run((const char *[]){"--db", db, "刑法第10條", NULL});
  assert_int_equal(r.status, 1);
  contains(r.err, "刑法 is 中華民國刑法 (C0000001), which is not stored (12 laws stored)");
  result_free(&r);
  r = run((const char *[]){"--db", db, "--law", "勞動法", "第1條", NULL});
  assert_int_equal(r.status, 1);
  contains(r.err, "--law 勞動法: no law is named 勞動法");
  contains(r.err, "did you mean");
  result_free(&r);
  unlink(db);
  r = run((const char *[]){"--db", "/nonexistent.db", "obligations", NULL});
  assert_int_equal(r.status, 0);
  contains(r.out,
           "# 資通安全管理法施行細則 (A0030303, 命令, 2021-08-23, in force): 26 obligations\n");
  contains(r.err,
           "26 obligations; looked at 資通安全管理法施行細則 (no database: the laws loaded)");
  result_free(&r);
  r = run((const char *[]){"--db", "/nonexistent.db", "actors", "受託", NULL});
  assert_int_equal(r.status, 0);
  assert_string_equal(r.out, "受託者\t5 obligations\tin 資通安全管理法施行細則\n"
                             "執行受託業務之相關人員\t1 obligation\tin 資通安全管理法施行細則\n");
  result_free(&r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(the_main_job),
      cmocka_unit_test(json_output),
      cmocka_unit_test(ranges_and_articles),
      cmocka_unit_test(not_found),
      cmocka_unit_test(bad_queries_and_options),
      cmocka_unit_test(help_and_version),
      cmocka_unit_test(bad_files),
      cmocka_unit_test(other_laws),
      cmocka_unit_test(obligations_across_laws),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
