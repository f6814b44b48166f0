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

/* The format asked for (text when options is NULL). */
static inline csq_format csq__render_format(const csq_render_options *o) {
  return o ? o->format : CSQ_FORMAT_TEXT;
}

/* ---- exports (export.c) ------------------------------------------------ */

/* A law's key: its pcode, else its name. */
const char *csq__law_key(const csq_law *law);
/* The Akoma Ntoso IRI of the law `key`: the work (version NULL or ""), the
 * expression of a version, a provision of it (eid not NULL or ""). */
const char *csq__akn_iri(char *buf, size_t size, const char *key, const char *version,
                         const char *eid);
/* The link from a page of the edition to `law`'s page (and to eid on it). */
const char *csq__html_href(char *buf, size_t size, const csq_law *law, const char *eid);

/* A citation or a defined term in a provision's text (byte offsets). */
typedef struct csq__mark {
  size_t start, end;
  const csq_citation *citation; /* or NULL */
  const csq_term_use *term;     /* or NULL */
} csq__mark;
typedef CSQ_VEC(csq__mark) csq__mark_vec;
/* The citations and terms of node's text from byte `from` on, in order,
 * none overlapping (a citation wins over a term); 0 or -1. */
int csq__marks(const csq_edition *ed, const csq_node *node, size_t from, csq__mark_vec *out);

#endif /* CSQ_RENDER_H */
