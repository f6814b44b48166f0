/*
 * output.c — what every renderer ends with: the stream flushed and checked,
 * JSON written by jansson.
 */
#include <errno.h>
#include <string.h>

#include "render/render.h"

csq_status csq__render_finish(FILE *out, csq_error *err) {
  if (fflush(out) != 0 || ferror(out))
    return csq__fail_cause(err, CSQ_IO, errno, "<output>", -1, "write failed: %s", strerror(errno));
  return CSQ_OK;
}

static csq_status dump(FILE *out, json_t *doc, size_t flags, csq_error *err) {
  if (!doc)
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory rendering JSON");
  int rc = json_dumpf(doc, out, flags | JSON_PRESERVE_ORDER);
  json_decref(doc);
  if (rc != 0 || fputc('\n', out) == EOF)
    return csq__fail_cause(err, CSQ_IO, errno, "<output>", -1, "write failed: %s", strerror(errno));
  return csq__render_finish(out, err);
}

csq_status csq__render_json(FILE *out, json_t *doc, csq_error *err) {
  return dump(out, doc, JSON_INDENT(2), err);
}

csq_status csq__render_json_line(FILE *out, json_t *doc, csq_error *err) {
  return dump(out, doc, JSON_COMPACT, err);
}
