/*
 * test_checksum.c — the page checksum (src/store/checksum.c) against its
 * definition: Fletcher's two running sums over a page's 32-bit words,
 * modulo 2^32, begun from the page's number, written here word by word as
 * the definition reads. The library sums in lanes for speed; every database
 * written before must still read, so the two must agree on every page size
 * SQLite allows, on sizes that leave words outside the lanes, and on page
 * numbers past 2^32.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "store/store.h"

/* The definition: a += w; b += a, word by word. */
static void running_sum(const unsigned char *page, int bytes, sqlite3_int64 number,
                        unsigned char out[CSQ_SUM_BYTES]) {
  uint32_t a = 1 + (uint32_t)number, b = (uint32_t)(number >> 32);
  for (int j = 0; j + 4 <= bytes; j += 4) {
    a += (uint32_t)page[j] | (uint32_t)page[j + 1] << 8 | (uint32_t)page[j + 2] << 16 |
         (uint32_t)page[j + 3] << 24;
    b += a;
  }
  for (int k = 0; k < 4; k++) {
    out[k] = (unsigned char)(a >> (8 * k));
    out[4 + k] = (unsigned char)(b >> (8 * k));
  }
}

/* A fixed pseudo-random page (xorshift), so that a failure repeats. */
static void fill(unsigned char *page, int bytes, uint32_t seed) {
  uint32_t x = seed * 2654435761u + 1;
  for (int i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    page[i] = (unsigned char)x;
  }
}

static void agree(int bytes, sqlite3_int64 number, uint32_t seed) {
  unsigned char *page = malloc((size_t)bytes + 4);
  assert_non_null(page);
  fill(page, bytes, seed);
  unsigned char want[CSQ_SUM_BYTES], got[CSQ_SUM_BYTES];
  running_sum(page, bytes, number, want);
  csq__page_sum(page, bytes, number, got);
  if (memcmp(want, got, CSQ_SUM_BYTES) != 0)
    fail_msg("page of %d bytes, number %lld, seed %u: the sums differ", bytes, (long long)number,
             seed);
  free(page);
}

static void test_page_sizes(void **state) {
  (void)state;
  /* every size SQLite allows, less the 8 bytes the sum takes */
  for (int size = 512; size <= 65536; size *= 2)
    for (uint32_t seed = 0; seed < 8; seed++)
      agree(size - CSQ_SUM_BYTES, seed * 7919, seed);
}

static void test_sizes_outside_lanes(void **state) {
  (void)state;
  /* sizes that leave words after the last full set of lanes, and bytes
   * after the last word, which the sum leaves out */
  for (int bytes = 0; bytes <= 300; bytes++)
    agree(bytes, bytes, (uint32_t)bytes);
}

static void test_large_page_numbers(void **state) {
  (void)state;
  agree(4088, (sqlite3_int64)1 << 32, 1);
  agree(4088, ((sqlite3_int64)1 << 40) + 12345, 2);
  agree(4088, INT64_MAX / 3, 3);
}

static void test_one_word_changes_it(void **state) {
  (void)state;
  unsigned char page[4088], before[CSQ_SUM_BYTES], after[CSQ_SUM_BYTES];
  fill(page, sizeof page, 9);
  csq__page_sum(page, sizeof page, 5, before);
  for (size_t i = 0; i < sizeof page; i += 509) {
    page[i] ^= 1;
    csq__page_sum(page, sizeof page, 5, after);
    assert_memory_not_equal(before, after, CSQ_SUM_BYTES);
    page[i] ^= 1;
  }
  /* the same page in another place */
  csq__page_sum(page, sizeof page, 6, after);
  assert_memory_not_equal(before, after, CSQ_SUM_BYTES);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_page_sizes),
      cmocka_unit_test(test_sizes_outside_lanes),
      cmocka_unit_test(test_large_page_numbers),
      cmocka_unit_test(test_one_word_changes_it),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
