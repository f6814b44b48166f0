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

/* What an answer looked at, as JSON (docs/obligations.md); NULL when out
 * of memory. */
json_t *csq__scope_json(const csq_scope *scope);

/* The format asked for (text when options is NULL). */
static inline csq_format csq__render_format(const csq_render_options *o) {
  return o ? o->format : CSQ_FORMAT_TEXT;
}

#endif /* CSQ_RENDER_H */
