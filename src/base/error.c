/*
 * error.c — filling and formatting csq_error.
 */
#include <stdio.h>
#include <string.h>
#include <unicode/utf8.h>

#include "base/base.h"

void csq_error_clear(csq_error *err) {
  if (!err)
    return;
  err->status = CSQ_OK;
  err->cause = 0;
  err->source[0] = '\0';
  err->offset = -1;
  err->message[0] = '\0';
}

const char *csq_status_name(csq_status status) {
  static const char *const NAMES[] = {[CSQ_OK] = "ok",
                                      [CSQ_NOT_FOUND] = "not found",
                                      [CSQ_BAD_QUERY] = "bad query",
                                      [CSQ_BAD_INPUT] = "bad input",
                                      [CSQ_BAD_DB] = "bad database",
                                      [CSQ_IO] = "i/o error",
                                      [CSQ_DB] = "database error",
                                      [CSQ_ICU] = "ICU error",
                                      [CSQ_NO_MEMORY] = "out of memory",
                                      [CSQ_INTERNAL] = "internal error"};
  return (unsigned)status < sizeof NAMES / sizeof NAMES[0] ? NAMES[status] : "unknown";
}

static csq_status fill(csq_error *err, csq_status status, int cause, const char *source,
                       long long offset, const char *fmt, va_list ap) {
  if (!err)
    return status;
  err->status = status;
  err->cause = cause;
  snprintf(err->source, sizeof err->source, "%s", source ? source : "");
  err->offset = offset;
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  return status;
}

csq_status csq__fail(csq_error *err, csq_status status, const char *source, long long offset,
                     const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fill(err, status, 0, source, offset, fmt, ap);
  va_end(ap);
  return status;
}

csq_status csq__fail_cause(csq_error *err, csq_status status, int cause, const char *source,
                           long long offset, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fill(err, status, cause, source, offset, fmt, ap);
  va_end(ap);
  return status;
}

csq_status csq__oom(csq_error *err) {
  return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
}

const char *csq__quote(const char *text, char *buf, size_t size) {
  if (!size)
    return buf;
  size_t at = 0;
  int32_t i = 0, n = (int32_t)strnlen(text, INT32_MAX);
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text, i, n, c);
    char esc[8];
    const char *piece = text + start;
    size_t len = (size_t)(i - start);
    if (c < 0 || c < 0x20 || c == 0x7f) { /* a stray byte, or a control character */
      snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)text[start]);
      piece = esc;
      len = strlen(esc);
      i = start + 1;
    }
    if (at + len + 4 > size) { /* room for an ellipsis and the NUL */
      if (size >= 4 && at + 4 <= size) {
        memcpy(buf + at, "\xe2\x80\xa6", 3); /* U+2026 */
        at += 3;
      }
      break;
    }
    memcpy(buf + at, piece, len);
    at += len;
  }
  buf[at] = '\0';
  return buf;
}

/* The source and the message as they may be shown: a file name or a
 * caller's text that is not UTF-8 has its stray bytes written \xNN. */
const char *csq_error_format(const csq_error *err, char *buf, size_t size) {
  if (!size)
    return buf;
  char source[sizeof err->source * 2], message[sizeof err->message * 2];
  csq__quote(err->source, source, sizeof source);
  csq__quote(err->message, message, sizeof message);
  if (err->source[0] && err->offset >= 0)
    snprintf(buf, size, "%s: byte %lld: %s", source, err->offset, message);
  else if (err->source[0])
    snprintf(buf, size, "%s: %s", source, message);
  else
    snprintf(buf, size, "%s", message);
  return buf;
}
