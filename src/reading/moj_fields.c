/*
 * moj_fields.c — what the two formats of the national database share in the
 * fields of a law (reader_moj.c, reader_moj_old.c): dates written yyyymmdd,
 * and the pcode inside a law's URL.
 */
#include <stdio.h>
#include <string.h>

#include "reading/reading.h"

const char *csq__moj_iso_date(const char *yyyymmdd, char *buf, size_t size) {
  if (strlen(yyyymmdd) != 8 || strspn(yyyymmdd, "0123456789") != 8)
    return "";
  snprintf(buf, size, "%.4s-%.2s-%.2s", yyyymmdd, yyyymmdd + 4, yyyymmdd + 6);
  return buf;
}

const char *csq__moj_pcode(const char *url, char *buf, size_t size) {
  const char *p = strstr(url, "pcode=");
  if (!p)
    return "";
  p += strlen("pcode=");
  size_t n = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  snprintf(buf, size, "%.*s", (int)(n < size ? n : size - 1), p);
  return buf;
}
