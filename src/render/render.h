/*
 * render.h — the renderers: text for people, JSON for programs (jansson),
 * every one of one shape (csquery.h, "Rendering").
 */
#ifndef CSQ_RENDER_H
#define CSQ_RENDER_H

#include <jansson.h>

#include "query/query.h"

/* Flushes `out`; CSQ_IO, with errno as the cause, when writing failed. */
csq_status csq__render_finish(FILE *out, csq_error *err);

/* Writes `doc` as indented JSON and a newline, and releases it; a NULL
 * doc (jansson could not build it) is CSQ_NO_MEMORY. */
csq_status csq__render_json(FILE *out, json_t *doc, csq_error *err);
/* The same on one line, compact: an error, a progress report. */
csq_status csq__render_json_line(FILE *out, json_t *doc, csq_error *err);

/* The format asked for (text when options is NULL). */
static inline csq_format csq__render_format(const csq_render_options *o) {
  return o ? o->format : CSQ_FORMAT_TEXT;
}

/* Around a heading in text when colour is asked for (bold), else "". */
static inline const char *csq__render_bold(const csq_render_options *o) {
  return o && o->color && o->format == CSQ_FORMAT_TEXT ? "\033[1m" : "";
}
static inline const char *csq__render_plain(const csq_render_options *o) {
  return o && o->color && o->format == CSQ_FORMAT_TEXT ? "\033[0m" : "";
}

#endif /* CSQ_RENDER_H */
