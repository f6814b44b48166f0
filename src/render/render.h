/*
 * render.h — the renderers: text for people, JSON for programs (jansson),
 * every one of one shape (csquery.h, "Rendering").
 */
#ifndef CSQ_RENDER_H
#define CSQ_RENDER_H

#include <jansson.h>
#include <libxml/xmlwriter.h>

#include "query/query.h"

/* Flushes `out`; CSQ_IO, with errno as the cause, when writing failed. */
csq_status csq__render_finish(FILE *out, csq_error *err);

/* Writes `doc` as indented JSON and a newline, and releases it; a NULL
 * doc (jansson could not build it) is CSQ_NO_MEMORY. */
csq_status csq__render_json(FILE *out, json_t *doc, csq_error *err);
/* The same on one line, compact: an error, a progress report. */
csq_status csq__render_json_line(FILE *out, json_t *doc, csq_error *err);

/* What an answer looked at, as JSON (docs/obligations.md); NULL when out
 * of memory. */
json_t *csq__scope_json(const csq_scope *scope);

/* A version's status as a person reads it ("superseded on 2025-09-24",
 * "repealed", "in force"), and a version as JSON (the history schema's
 * $defs/version; NULL when out of memory): history.c, for laws.c too. */
const char *csq__version_status(const csq_version_info *v, char *buf, size_t size);
json_t *csq__version_json(const csq_version_info *v);

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

/* ---- exports (export.c) ------------------------------------------------ */

/* The file of `law` in an export: A0030303@2021-08-23 and the extension. */
const char *csq__export_file_name(const csq_law *law, const char *extension, char *buf,
                                  size_t size);
/* The HTML edition's index of laws and its stylesheet (renderers of the
 * one shape, called by csq_export_write). */
csq_status csq__render_html_index(FILE *out, const csq_render_options *options,
                                  const csq_export *ex, csq_error *err);
csq_status csq__render_html_style(FILE *out, const csq_render_options *options,
                                  const csq_export *ex, csq_error *err);
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

/* ---- the HTML edition (html.c, html_text.c, html_site.c) ----------------- */

/* Text s[0..len) through libxml2's writer, which escapes it; a control
 * character XML 1.0 and HTML cannot carry (all but tab and line breaks)
 * becomes U+FFFD (none occurs in the national corpus). 0 or -1. */
int csq__xml_text(xmlTextWriterPtr w, const char *s, size_t len);

/* A page being written: libxml2's text writer escapes text and
 * attributes; elements are closed in full (<p></p>), as HTML wants. The
 * page is made in memory after an XML declaration (which has the writer
 * keep UTF-8 in attributes as it is) that is not written out. */
typedef struct csq__html {
  xmlTextWriterPtr w;
  xmlBufferPtr buf; /* the page, written out when done */
  size_t skip;      /* the XML declaration at its start, left out */
  const csq_export *ex;
  const csq_edition *ed; /* the law's page; NULL for the index */
  csq__mark_vec marks;
  int fail;
} csq__html;

csq_status csq__html_open(csq__html *h, FILE *out, const csq_export *ex, const csq_edition *ed,
                          csq_error *err);
/* Finishes the page; CSQ_IO when any write failed. */
csq_status csq__html_close(csq__html *h, FILE *out, csq_error *err);
void csq__html_start(csq__html *h, const char *element, const char *class_name);
void csq__html_end(csq__html *h);
void csq__html_attr(csq__html *h, const char *name, const char *value);
void csq__html_attrf(csq__html *h, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An element with no content and no end tag (meta, link). */
void csq__html_void(csq__html *h, const char *element, const char *name1, const char *value1,
                    const char *name2, const char *value2);
void csq__html_text(csq__html *h, const char *s, size_t len);
void csq__html_printf(csq__html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* <!DOCTYPE html>, <head> with the title, <body>; and the end of it. */
void csq__html_head(csq__html *h, const char *title);
void csq__html_tail(csq__html *h);
/* A provision's text, obligations marked by modality, citations linked to
 * the page and provision they name, defined terms to their definition. */
void csq__html_provision_text(csq__html *h, const csq_node *node);

/* Every cue and the statement it became or the rule that explains it
 * (csquery obligations --explain; docs/obligations.md). */
csq_status csq__render_cues(FILE *out, const csq_render_options *options, const csq__cue_list *list,
                            csq_error *err);

#endif /* CSQ_RENDER_H */
