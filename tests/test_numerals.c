/*
 * test_numerals.c — numbers as statutes and people write them, both ways;
 * the counting of code points every span is given in; and the key sorts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <unicode/utf8.h>

#include "base/base.h"

static long value(const char *s) { return csq__numeral_value(s, strlen(s)); }

static void chinese_numerals(void **state) {
  (void)state;
  static const struct {
    const char *text;
    long value;
  } CASES[] = {
      {"一", 1},
      {"九", 9},
      {"十", 10},
      {"十一", 11},
      {"二十", 20},
      {"二十二", 22},
      {"九十九", 99},
      {"一百", 100},
      {"一百零五", 105},
      {"一百十", 110},
      {"一百一十", 110},
      {"一百十一", 111},
      {"二百二十五", 225},
      {"一千", 1000},
      {"一千零十", 1010},
      {"一千零一十", 1010},
      {"一千一百", 1100},
      {"一千二百二十五", 1225},
      {"九千九百九十九", 9999},
      {"一萬", 10000},
      {"一萬零五", 10005},
      {"零", 0},
      {"〇", 0},
      {"兩", 2},
      {"兩百", 200},
      {"壹", 1},
      {"貳拾", 20},
      {"參佰", 300},
      {"一〇五", 105},
      {"二〇二一", 2021},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    long got = value(CASES[i].text);
    if (got != CASES[i].value)
      fail_msg("%s: expected %ld, got %ld", CASES[i].text, CASES[i].value, got);
  }
}

static void arabic_digits(void **state) {
  (void)state;
  assert_int_equal(value("4"), 4);
  assert_int_equal(value("10"), 10);
  assert_int_equal(value("１０"), 10); /* full width */
  assert_int_equal(value("１2"), 12);
  assert_int_equal(value("99999"), 99999);
}

static void not_numbers(void **state) {
  (void)state;
  static const char *const BAD[] = {"",    "條",     "一條",   "十十", "百十百", "二三十",
                                    "1十", "100000", "十萬萬", "a1",   "1 2"};
  for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
    if (value(BAD[i]) != -1)
      fail_msg("「%s」 should not be a number, got %ld", BAD[i], value(BAD[i]));
}

static void span_stops_at_other_text(void **state) {
  (void)state;
  const char *s = "二十二條規定";
  assert_int_equal(csq__numeral_span(s, strlen(s)), strlen("二十二"));
  assert_int_equal(csq__numeral_span("條", strlen("條")), 0);
  assert_int_equal(csq__numeral_span("12a", 3), 2);
}

static void formats_as_statutes_do(void **state) {
  (void)state;
  static const struct {
    long value;
    const char *text;
  } CASES[] = {{0, "零"},
               {1, "一"},
               {10, "十"},
               {11, "十一"},
               {20, "二十"},
               {22, "二十二"},
               {100, "一百"},
               {105, "一百零五"},
               {110, "一百十"},
               {111, "一百十一"},
               {1010, "一千零十"},
               {1100, "一千一百"},
               {2021, "二千零二十一"},
               {9999, "九千九百九十九"},
               {10005, "一萬零五"},
               {12345, "一萬二千三百四十五"}};
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    char buf[64];
    int n = csq__numeral_format(CASES[i].value, buf, sizeof buf);
    assert_true(n > 0);
    assert_string_equal(buf, CASES[i].text);
  }
  char small[4];
  assert_int_equal(csq__numeral_format(111, small, sizeof small), -1);
  assert_int_equal(csq__numeral_format(-1, small, sizeof small), -1);
}

static void both_ways_agree(void **state) {
  (void)state;
  for (long n = 0; n <= 99999; n++) {
    char buf[64];
    int len = csq__numeral_format(n, buf, sizeof buf);
    assert_true(len > 0);
    if (csq__numeral_value(buf, (size_t)len) != n)
      fail_msg("%ld formats as %s, which reads back as %ld", n, buf,
               csq__numeral_value(buf, (size_t)len));
  }
}

/* Code points counted eight bytes at a time agree with ICU's stepping,
 * over every slice of a text of 1-, 2-, 3- and 4-byte characters. */
static void code_points_as_icu_counts(void **state) {
  (void)state;
  const char *t = "第4條a§受託者應於到職之翌日起𠀋六個月內, 完成「到職訓練」。 and 𡘙x";
  size_t len = strlen(t);
  for (size_t from = 0; from <= len; from++) {
    if (from < len && U8_IS_TRAIL((unsigned char)t[from]))
      continue;
    int32_t i = (int32_t)from;
    size_t want = 0;
    for (size_t to = from; to <= len;) {
      assert_int_equal(csq__code_points(t, from, to), want);
      if (to == len)
        break;
      U8_FWD_1(t, i, (int32_t)len);
      to = (size_t)i;
      want++;
    }
  }
}

static int by_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

static int by_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* The radix sorts give qsort's order for every size around the insertion
 * cut-off, keys alike in some bytes (bigram ids, character pairs of CJK
 * text), wholly random keys and many duplicates. */
static void key_sorts_as_qsort(void **state) {
  (void)state;
  static uint32_t a32[700], b32[700], t32[700];
  static uint64_t a64[700], b64[700], t64[700];
  uint64_t seed = 88172645463325252ULL;
  for (size_t n = 0; n < 700; n += n < 40 ? 1 : 37) {
    for (int shape = 0; shape < 4; shape++) {
      for (size_t i = 0; i < n; i++) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        uint64_t r = shape == 0   ? seed
                     : shape == 1 ? (seed & 0xFFFF) | 0x4E0000004E00ULL << 8
                     : shape == 2 ? seed % 5
                                  : (seed & 0x3FFFF) << 32 | ((seed >> 20) & 0x3FFFF);
        a64[i] = b64[i] = r;
        a32[i] = b32[i] = (uint32_t)(r ^ r >> 32);
      }
      csq__sort_u32(a32, n, t32);
      csq__sort_u64(a64, n, t64);
      csq__sort(b32, n, sizeof *b32, by_u32);
      csq__sort(b64, n, sizeof *b64, by_u64);
      for (size_t i = 0; i < n; i++) {
        assert_int_equal(a32[i], b32[i]);
        assert_true(a64[i] == b64[i]);
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(chinese_numerals),
      cmocka_unit_test(arabic_digits),
      cmocka_unit_test(not_numbers),
      cmocka_unit_test(span_stops_at_other_text),
      cmocka_unit_test(formats_as_statutes_do),
      cmocka_unit_test(both_ways_agree),
      cmocka_unit_test(code_points_as_icu_counts),
      cmocka_unit_test(key_sorts_as_qsort),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
