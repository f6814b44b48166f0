/*
 * error.c — filling and formatting csq_error.
 */
#include <stdio.h>
#include <string.h>

#include "base/base.h"

void csq_error_clear(csq_error *err) {
  if (!err)
    return;
  err->status = CSQ_OK;
  err->source[0] = '\0';
  err->offset = -1;
  err->message[0] = '\0';
}

csq_status csq__fail(csq_error *err, csq_status status, const char *source,
                     long long offset, const char *fmt, ...) {
  if (!err)
    return status;
  err->status = status;
  snprintf(err->source, sizeof err->source, "%s", source ? source : "");
  err->offset = offset;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return status;
}

const char *csq_error_format(const csq_error *err, char *buf, size_t size) {
  if (!size)
    return buf;
  if (err->source[0] && err->offset >= 0)
    snprintf(buf, size, "%s: byte %lld: %s", err->source, err->offset,
             err->message);
  else if (err->source[0])
    snprintf(buf, size, "%s: %s", err->source, err->message);
  else
    snprintf(buf, size, "%s", err->message);
  return buf;
}
