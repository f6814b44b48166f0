/*
 * numerals.c — numbers as statutes and people write them: Arabic digits
 * (ASCII or full-width), Chinese numerals (第二十二條, 一百零五, 一百十),
 * financial forms (壹貳參) and 兩. Code points are read with ICU's U8_NEXT.
 */
#include <string.h>
#include <unicode/utf8.h>

#include "base/base.h"

enum { NOT_NUMERAL = -1, UNIT = 1000000 };

/* The digit value of c, UNIT + its power of ten for 十/百/千/萬, or
 * NOT_NUMERAL. */
static long numeral_of(UChar32 c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 0xFF10 && c <= 0xFF19) /* full-width digits ０…９ */
    return c - 0xFF10;
  switch (c) {
  case 0x96F6: /* 零 */
  case 0x3007: /* 〇 */
    return 0;
  case 0x4E00: /* 一 */
  case 0x58F9: /* 壹 */
    return 1;
  case 0x4E8C: /* 二 */
  case 0x8CB3: /* 貳 */
  case 0x5169: /* 兩 */
    return 2;
  case 0x4E09: /* 三 */
  case 0x53C3: /* 參 */
    return 3;
  case 0x56DB: /* 四 */
  case 0x8086: /* 肆 */
    return 4;
  case 0x4E94: /* 五 */
  case 0x4F0D: /* 伍 */
    return 5;
  case 0x516D: /* 六 */
  case 0x9678: /* 陸 */
    return 6;
  case 0x4E03: /* 七 */
  case 0x67D2: /* 柒 */
    return 7;
  case 0x516B: /* 八 */
  case 0x634C: /* 捌 */
    return 8;
  case 0x4E5D: /* 九 */
  case 0x7396: /* 玖 */
    return 9;
  case 0x5341: /* 十 */
  case 0x62FE: /* 拾 */
    return UNIT + 10;
  case 0x767E: /* 百 */
  case 0x4F70: /* 佰 */
    return UNIT + 100;
  case 0x5343: /* 千 */
  case 0x4EDF: /* 仟 */
    return UNIT + 1000;
  case 0x842C: /* 萬 */
    return UNIT + 10000;
  default:
    return NOT_NUMERAL;
  }
}

static int is_arabic(UChar32 c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

size_t csq__numeral_span(const char *s, size_t len) {
  size_t i = 0, end = 0;
  int32_t n = (int32_t)(len > INT32_MAX ? INT32_MAX : len);
  while ((int32_t)i < n) {
    UChar32 c;
    int32_t at = (int32_t)i;
    U8_NEXT(s, at, n, c);
    if (c < 0 || numeral_of(c) == NOT_NUMERAL)
      break;
    i = (size_t)at;
    end = i;
  }
  return end;
}

/* Digits only (一〇五, 105, １０５): read positionally. */
static long positional_value(const char *s, int32_t n) {
  long value = 0;
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    long v = c < 0 ? NOT_NUMERAL : numeral_of(c);
    if (v < 0 || v >= 10)
      return -1;
    value = value * 10 + v;
    if (value > 99999)
      return -1;
  }
  return value;
}

/* Chinese numerals with units: 二十二, 一百零五, 十, 三萬五千. Units must
 * fall within a section (十 < 百 < 千), and 萬 closes the section. */
static long unit_value(const char *s, int32_t n) {
  long total = 0, section = 0, digit = -1, last_unit = 10001;
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    long v = c < 0 ? NOT_NUMERAL : numeral_of(c);
    if (v == NOT_NUMERAL || (c < 0x80) || (c >= 0xFF10 && c <= 0xFF19))
      return -1; /* Arabic digits do not mix with units */
    if (v < UNIT) {
      if (digit > 0)
        return -1;             /* two digits in a row: 二三十 */
      digit = v == 0 ? -1 : v; /* 零 only fills a gap: 一千零十 */
      continue;
    }
    long unit = v - UNIT;
    if (unit == 10000) {
      if (digit >= 0)
        section += digit;
      if (section == 0 || total)
        return -1;
      total = section * 10000;
      section = 0;
      digit = -1;
      last_unit = 10000;
      continue;
    }
    if (unit >= last_unit)
      return -1; /* 十百, 百百 */
    section += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    last_unit = unit;
  }
  if (digit >= 0)
    section += digit;
  total += section;
  return total > 99999 ? -1 : total;
}

long csq__numeral_value(const char *s, size_t len) {
  if (len == 0 || len > 64 || csq__numeral_span(s, len) != len)
    return -1;
  int32_t n = (int32_t)len, i = 0;
  int has_unit = 0, has_arabic = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    long v = numeral_of(c);
    if (v >= UNIT)
      has_unit = 1;
    if (is_arabic(c))
      has_arabic = 1;
  }
  if (has_arabic && has_unit)
    return -1;
  return has_unit ? unit_value(s, n) : positional_value(s, n);
}

/* grammar/words.tsv's numeral_digits and numeral_units: 零…九, 十 百 千. */
static const char *const *const DIGITS = csq_words_numeral_digits;

/* 0 < n < 10000, as statutes write it: 十 stands bare wherever its digit
 * is one (十一, 一百十, 一千零十), and one 零 fills each gap. */
static void format_section(long n, csq_buf *out, int *fail) {
  long pow = 1000;
  int emitted = 0, zero_gap = 0;
  for (int u = 3; u >= 0; u--, pow /= 10) {
    long d = (n / pow) % 10;
    if (d == 0) {
      if (emitted)
        zero_gap = 1;
      continue;
    }
    if (zero_gap && emitted)
      *fail |= csq__buf_append(out, DIGITS[0], strlen(DIGITS[0]));
    zero_gap = 0;
    if (!(u == 1 && d == 1))
      *fail |= csq__buf_append(out, DIGITS[d], strlen(DIGITS[d]));
    if (u)
      *fail |= csq__buf_puts(out, csq_words_numeral_units[u - 1]);
    emitted = 1;
  }
}

int csq__numeral_format(long n, char *buf, size_t size) {
  if (n < 0 || n > 99999 || size == 0)
    return -1;
  csq_buf out = {0};
  int fail = 0;
  if (n == 0) {
    fail |= csq__buf_append(&out, DIGITS[0], strlen(DIGITS[0]));
  } else {
    long high = n / 10000, low = n % 10000;
    if (high) {
      format_section(high, &out, &fail);
      fail |= csq__buf_puts(&out, CSQ_WORD_NUMERAL_MYRIAD);
      if (low && low < 1000)
        fail |= csq__buf_append(&out, DIGITS[0], strlen(DIGITS[0]));
    }
    if (low)
      format_section(low, &out, &fail);
  }
  int len = fail ? -1 : (int)out.len;
  if (len >= 0 && (size_t)len + 1 <= size)
    memcpy(buf, out.data, (size_t)len + 1);
  else
    len = -1;
  csq__buf_free(&out);
  return len;
}
