/*
 * html_site.c — what every page of the HTML edition is written with
 * (libxml2's text writer, which escapes text and attributes), the index of
 * laws, and the stylesheet (src/render/csquery.css, built in).
 */
#include <stdarg.h>
#include <string.h>

#include "render/render.h"
#include "words.h"

#define X(call) (h->fail |= (call) < 0)
#define XS(s) ((const xmlChar *)(s))

csq_status csq__html_open(csq__html *h, FILE *out, const csq_export *ex, const csq_edition *ed,
                          csq_error *err) {
  (void)out;
  memset(h, 0, sizeof *h);
  h->buf = xmlBufferCreate();
  h->w = h->buf ? xmlNewTextWriterMemory(h->buf, 0) : NULL;
  if (!h->w) {
    xmlBufferFree(h->buf);
    return csq__oom(err);
  }
  h->ex = ex;
  h->ed = ed;
  X(xmlTextWriterStartDocument(h->w, NULL, "UTF-8", NULL));
  X(xmlTextWriterFlush(h->w));
  h->skip = (size_t)xmlBufferLength(h->buf);
  return CSQ_OK;
}

csq_status csq__html_close(csq__html *h, FILE *out, csq_error *err) {
  X(xmlTextWriterFlush(h->w));
  size_t len = (size_t)xmlBufferLength(h->buf);
  const xmlChar *page = xmlBufferContent(h->buf);
  int wrote = !h->fail && fwrite(page + h->skip, 1, len - h->skip, out) == len - h->skip;
  xmlFreeTextWriter(h->w);
  xmlBufferFree(h->buf);
  csq__vec_free(h->ex->mem, &h->marks);
  if (h->fail)
    return csq__fail(err, CSQ_NO_MEMORY, "<output>", -1, "out of memory writing an HTML page");
  if (!wrote)
    return csq__render_finish(out, err) == CSQ_OK
               ? csq__fail(err, CSQ_IO, "<output>", -1, "writing an HTML page failed")
               : CSQ_IO;
  return csq__render_finish(out, err);
}

void csq__html_start(csq__html *h, const char *element, const char *class_name) {
  X(xmlTextWriterStartElement(h->w, XS(element)));
  if (class_name)
    csq__html_attr(h, "class", class_name);
}

void csq__html_end(csq__html *h) { X(xmlTextWriterFullEndElement(h->w)); }

void csq__html_attr(csq__html *h, const char *name, const char *value) {
  X(xmlTextWriterWriteAttribute(h->w, XS(name), XS(value)));
}

void csq__html_attrf(csq__html *h, const char *name, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  X(xmlTextWriterWriteVFormatAttribute(h->w, XS(name), fmt, ap));
  va_end(ap);
}

void csq__html_void(csq__html *h, const char *element, const char *name1, const char *value1,
                    const char *name2, const char *value2) {
  X(xmlTextWriterStartElement(h->w, XS(element)));
  csq__html_attr(h, name1, value1);
  if (name2)
    csq__html_attr(h, name2, value2);
  X(xmlTextWriterEndElement(h->w));
}

void csq__html_text(csq__html *h, const char *s, size_t len) { X(csq__xml_text(h->w, s, len)); }

void csq__html_printf(csq__html *h, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  X(xmlTextWriterWriteVFormatString(h->w, fmt, ap));
  va_end(ap);
}

void csq__html_head(csq__html *h, const char *title) {
  X(xmlTextWriterWriteDTD(h->w, XS("html"), NULL, NULL, NULL));
  X(xmlTextWriterWriteRaw(h->w, XS("\n")));
  csq__html_start(h, "html", NULL);
  csq__html_attr(h, "lang", "zh-Hant-TW");
  csq__html_start(h, "head", NULL);
  csq__html_void(h, "meta", "charset", "utf-8", NULL, NULL);
  csq__html_void(h, "meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
  csq__html_start(h, "title", NULL);
  csq__html_text(h, title, strlen(title));
  csq__html_end(h);
  csq__html_void(h, "link", "rel", "stylesheet", "href", "csquery.css");
  csq__html_end(h);
  X(xmlTextWriterWriteRaw(h->w, XS("\n")));
  csq__html_start(h, "body", NULL);
}

void csq__html_tail(csq__html *h) {
  csq__html_start(h, "footer", NULL);
  csq__html_start(h, "p", NULL);
  csq__html_printf(h, CSQ_MSG_HTML_MADE_BY, CSQ_VERSION);
  csq__html_end(h);
  csq__html_end(h);
  csq__html_end(h); /* body */
  csq__html_end(h); /* html */
  X(xmlTextWriterWriteRaw(h->w, XS("\n")));
}

/* ---- the index of laws ------------------------------------------------------- */

static void index_row(csq__html *h, const csq_law *law) {
  char href[1024];
  csq__html_start(h, "tr", law->repealed ? "repealed" : NULL);
  csq__html_start(h, "td", NULL);
  csq__html_start(h, "a", NULL);
  csq__html_attr(h, "href", csq__html_href(href, sizeof href, law, NULL));
  csq__html_text(h, law->name, strlen(law->name));
  csq__html_end(h);
  csq__html_end(h);
  csq__html_start(h, "td", "meta");
  csq__html_printf(h, "%s · %s · %s · %s", law->id[0] ? law->id : "-", law->level,
                   law->version[0] ? law->version : "-",
                   law->repealed ? CSQ_MSG_HTML_REPEALED : CSQ_MSG_HTML_IN_FORCE);
  csq__html_end(h);
  csq__html_end(h);
  X(xmlTextWriterWriteRaw(h->w, XS("\n")));
}

/* How many distinct laws the versions are. */
static size_t distinct_laws(const csq_export *ex) {
  csq__u64map seen = {.mem = ex->mem};
  size_t n = 0;
  for (size_t i = 0; i < csq_export_law_count(ex); i++) {
    const char *key = csq__law_key(csq_export_law_at(ex, i));
    uint64_t h = csq__hash_bytes(key, strlen(key)), v;
    if (!csq__u64map_get(&seen, h, &v)) {
      n++;
      if (csq__u64map_put(&seen, h, 1) != 0)
        break;
    }
  }
  csq__u64map_free(&seen);
  return n;
}

csq_status csq__render_html_index(FILE *out, const csq_render_options *options,
                                  const csq_export *ex, csq_error *err) {
  (void)options;
  csq__html h;
  csq_status st = csq__html_open(&h, out, ex, NULL, err);
  if (st != CSQ_OK)
    return st;
  csq__html_head(&h, CSQ_MSG_HTML_INDEX);
  csq__html_start(&h, "header", "law");
  csq__html_start(&h, "h1", NULL);
  csq__html_printf(&h, "%s", CSQ_MSG_HTML_INDEX);
  csq__html_end(&h);
  csq__html_start(&h, "p", NULL);
  csq__html_printf(&h, CSQ_MSG_HTML_INDEX_COUNT, distinct_laws(ex), csq_export_law_count(ex));
  csq__html_end(&h);
  csq__html_end(&h);
  csq__html_start(&h, "main", NULL);
  csq__html_start(&h, "table", "laws");
  csq__html_start(&h, "tbody", NULL);
  for (size_t i = 0; i < csq_export_law_count(ex); i++)
    index_row(&h, csq_export_law_at(ex, i));
  csq__html_end(&h);
  csq__html_end(&h);
  csq__html_end(&h);
  csq__html_tail(&h);
  return csq__html_close(&h, out, err);
}

csq_status csq__render_html_style(FILE *out, const csq_render_options *options,
                                  const csq_export *ex, csq_error *err) {
  (void)options;
  (void)ex;
  const csq_embedded_file *css = csq__embedded_find("src/render/csquery.css");
  if (!css)
    return csq__fail(err, CSQ_INTERNAL, NULL, -1, "the stylesheet is not built in");
  if (fwrite(css->data, 1, css->size, out) != css->size)
    return csq__render_finish(out, err) == CSQ_OK
               ? csq__fail(err, CSQ_IO, "<output>", -1, "writing the stylesheet failed")
               : CSQ_IO;
  return csq__render_finish(out, err);
}
