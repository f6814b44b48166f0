/*
 * test_errors.c — bad input gets one clear error (source, byte offset, the
 * problem) and status CSQ_BAD_INPUT, leaves the corpus as it was, and
 * never crashes or hangs; also under a stream of mutated inputs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "corpus_dir.h"
#include "csquery.h"

/* Adds data[0..len) to a fresh corpus and checks status, offset and words
 * of the message; the corpus must hold no law afterwards. */
static void expect_bad(const char *data, size_t len, long long offset, const char *words) {
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  csq_status st = csq_corpus_add_buffer(c, data, len, "input.txt", &err);
  if (st != CSQ_BAD_INPUT)
    fail_msg("expected CSQ_BAD_INPUT for 「%.40s」, got %d", data, st);
  assert_int_equal(err.status, CSQ_BAD_INPUT);
  assert_string_equal(err.source, "input.txt");
  if (err.offset != offset)
    fail_msg("offset %lld, expected %lld (%s)", err.offset, offset, err.message);
  if (!strstr(err.message, words))
    fail_msg("message 「%s」 lacks 「%s」", err.message, words);
  assert_null(strchr(err.message, '\n'));
  assert_int_equal(csq_corpus_law_count(c), 0);
  csq_corpus_free(c);
}

static void bad_text(void **state) {
  (void)state;
  expect_bad("", 0, 0, "empty file");
  expect_bad(" \n\r\n\t", 5, 0, "empty file");
  const char bad_utf8[] = "第 1 條\n本法\xe6\x9c第一條。"; /* 本法 then a cut 3-byte sequence */
  expect_bad(bad_utf8, sizeof bad_utf8 - 1, (long long)strlen("第 1 條\n本法"), "invalid UTF-8");
  const char latin1[] = "第 1 條\ncaf\xe9";
  expect_bad(latin1, sizeof latin1 - 1, 13, "invalid UTF-8");
  const char nul[] = "第 1 條\n本法\0ELF";
  expect_bad(nul, sizeof nul - 1, (long long)strlen("第 1 條\n本法"), "binary");
  const char *no_article = "這是一份沒有條文的文件。\n只有兩行。\n";
  expect_bad(no_article, strlen(no_article), 0, "no article"); /* where one was expected */
  const char *titled = "測試法\n\n沒有條文。\n";
  expect_bad(titled, strlen(titled), (long long)strlen("測試法\n\n"), "no article");
  const char *huge = "第 100000 條\n太大的條號。\n";
  expect_bad(huge, strlen(huge), 0, "article number");
}

static void bad_json(void **state) {
  (void)state;
  const char *truncated = "{\"LawName\": \"測試法\", \"LawArticles\": [{\"ArticleType\": \"A\",";
  expect_bad(truncated, strlen(truncated), (long long)strlen(truncated), "invalid JSON");
  const char *not_law = "{\"hello\": 1}";
  expect_bad(not_law, strlen(not_law), 0, "JSON is not a law");
  const char *array = "[1, 2, 3]";
  expect_bad(array, strlen(array), 0, "JSON is not a law");
  const char *no_articles = "{\"LawName\": \"測試法\", \"LawArticles\": []}";
  expect_bad(no_articles, strlen(no_articles), -1, "has no article");
  const char *not_array = "{\"LawName\": \"測試法\", \"LawArticles\": 3}";
  expect_bad(not_array, strlen(not_array), -1, "no LawArticles array");
  /* The second law of a dump is broken: the first must not be kept. */
  const char *dump = "{\"Laws\": [{\"LawName\": \"甲法\", \"LawArticles\": [{\"ArticleType\": "
                     "\"A\", \"ArticleNo\": \"第 1 條\", \"ArticleContent\": \"甲。\"}]},"
                     "{\"LawName\": \"乙法\", \"LawArticles\": []}]}";
  expect_bad(dump, strlen(dump), -1, "乙法 has no article");
}

static void files_that_cannot_be_read(void **state) {
  (void)state;
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_file(c, "/nonexistent/law.json", &err), CSQ_IO);
  assert_string_equal(err.source, "/nonexistent/law.json");
  assert_non_null(strstr(err.message, "cannot open"));
  assert_int_equal(csq_corpus_add_file(c, "/", &err), CSQ_IO); /* a folder */
  char buf[600];
  csq_error_format(&err, buf, sizeof buf);
  assert_non_null(strstr(buf, "/: "));
  csq_corpus_free(c);
}

static void error_format(void **state) {
  (void)state;
  csq_error err;
  csq_error_clear(&err);
  err.status = CSQ_BAD_INPUT;
  snprintf(err.source, sizeof err.source, "law.json");
  err.offset = 42;
  snprintf(err.message, sizeof err.message, "invalid JSON: '}' expected");
  char buf[256];
  assert_string_equal(csq_error_format(&err, buf, sizeof buf),
                      "law.json: byte 42: invalid JSON: '}' expected");
  err.offset = -1;
  assert_string_equal(csq_error_format(&err, buf, sizeof buf),
                      "law.json: invalid JSON: '}' expected");
}

/* A small deterministic generator, so that a failure repeats. */
static uint32_t next_random(uint32_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 17;
  *s ^= *s << 5;
  return *s;
}

/* Mutates real inputs (flip, cut, duplicate, insert markers) and feeds
 * them to the readers: every outcome must be CSQ_OK or CSQ_BAD_INPUT with
 * a message, and (under the sanitizers) no memory error. */
static void mutated_inputs(void **state) {
  (void)state;
  static const char *const SEEDS[] = {"corpus/資通安全管理法施行細則.txt",
                                      "tests/golden/structure.json", "tests/golden/lines.md",
                                      "tests/golden/wrapped.txt"};
  static const char *const SPLICE[] = {"第 1 條\n",    "一、",    "（一）", "1.",
                                       "\r\n",         "\"",      "}",      "第 一 章 總則\n",
                                       "\xe3\x80\x80", "\xe4\xb8"};
  uint32_t seed = 20261124;
  size_t ok = 0, bad = 0;
  for (size_t f = 0; f < sizeof SEEDS / sizeof SEEDS[0]; f++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", CSQ_SOURCE_DIR, SEEDS[f]);
    size_t len;
    char *orig = csq_test_read_file(path, &len);
    assert_non_null(orig);
    char *buf = malloc(len + 64);
    for (int round = 0; round < 300; round++) {
      size_t n = len;
      memcpy(buf, orig, len);
      for (int k = 0; k < 4; k++) {
        size_t at = n ? next_random(&seed) % n : 0;
        /* Mostly at character boundaries, so that most mutants stay UTF-8
         * and reach the readers; one round in eight breaks a character. */
        while (round % 8 && at > 0 && ((unsigned char)buf[at] & 0xC0) == 0x80)
          at--;
        switch (next_random(&seed) % 4) {
        case 0: /* replace an ASCII byte, or any byte one round in eight */
          if (round % 8 == 0 || (unsigned char)buf[at] < 0x80)
            buf[at] = round % 8 ? (char)(' ' + next_random(&seed) % 95) : (char)next_random(&seed);
          break;
        case 1: /* cut the tail */
          n = at;
          break;
        case 2: { /* insert a marker */
          const char *s = SPLICE[next_random(&seed) % (sizeof SPLICE / sizeof SPLICE[0])];
          size_t sl = strlen(s);
          if (n + sl <= len + 63) {
            memmove(buf + at + sl, buf + at, n - at);
            memcpy(buf + at, s, sl);
            n += sl;
          }
          break;
        }
        default: /* delete a run */
          if (at + 8 < n) {
            memmove(buf + at, buf + at + 8, n - at - 8);
            n -= 8;
          }
        }
      }
      csq_corpus *c;
      csq_error err;
      assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
      csq_status st = csq_corpus_add_buffer(c, buf, n, "mutant", &err);
      if (st == CSQ_OK) {
        ok++;
        assert_true(csq_corpus_law_count(c) >= 1);
      } else {
        bad++;
        assert_int_equal(st, CSQ_BAD_INPUT);
        assert_true(err.message[0] != '\0');
      }
      csq_corpus_free(c);
    }
    free(buf);
    free(orig);
  }
  print_message("mutants: %zu parsed, %zu rejected\n", ok, bad);
  assert_true(ok > 0 && bad > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(bad_text),
      cmocka_unit_test(bad_json),
      cmocka_unit_test(files_that_cannot_be_read),
      cmocka_unit_test(error_format),
      cmocka_unit_test(mutated_inputs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
