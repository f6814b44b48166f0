/*
 * export_parts.c — what the export renderers share: the names of laws as
 * files, as Akoma Ntoso IRIs and as links between pages, text escaped for
 * XML, and the marks (citations, defined terms) inside a provision's text.
 */
#include <string.h>

#include "render/render.h"

int csq__xml_text(xmlTextWriterPtr w, const char *s, size_t len) {
  int fail = 0;
  size_t at = 0;
  for (size_t i = 0; i <= len; i++) {
    unsigned char c = i < len ? (unsigned char)s[i] : 0;
    if (i < len && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r'))
      continue;
    if (i > at)
      fail |= xmlTextWriterWriteFormatString(w, "%.*s", (int)(i - at), s + at) < 0;
    if (i < len)
      fail |= xmlTextWriterWriteString(w, (const xmlChar *)"\xEF\xBF\xBD") < 0;
    at = i + 1;
  }
  return fail ? -1 : 0;
}

const char *csq__law_key(const csq_law *law) { return law->id[0] ? law->id : law->name; }

/* ASCII that would end or change a path segment or a URL: replaced in
 * file names, escaped in links. Bytes of UTF-8 characters pass. */
static int unsafe(unsigned char c) {
  return c < 0x21 || c == 0x7f || strchr("/\\%#?\"'<>&:*|", c) != NULL;
}

static void append_safe(char *buf, size_t size, size_t *at, const char *s, int escape) {
  for (; *s && *at + 4 < size; s++) {
    unsigned char c = (unsigned char)*s;
    if (!unsafe(c))
      buf[(*at)++] = (char)c;
    else if (escape)
      *at += (size_t)snprintf(buf + *at, size - *at, "%%%02X", c);
    else
      buf[(*at)++] = '_';
  }
  buf[*at] = '\0';
}

const char *csq__export_file_name(const csq_law *law, const char *extension, char *buf,
                                  size_t size) {
  size_t at = 0;
  if (size == 0)
    return buf;
  buf[0] = '\0';
  append_safe(buf, size, &at, csq__law_key(law), 0);
  if (law->version[0] && at + 2 < size) {
    buf[at++] = '@';
    append_safe(buf, size, &at, law->version, 0);
  }
  snprintf(buf + at, size - at, "%s", extension);
  return buf;
}

/* The work of the law `key` (/akn/tw/act/A0030297), its expression in a
 * version (…/zho@2018-06-06) and a provision of it (…/~art_16__para_1). */
const char *csq__akn_iri(char *buf, size_t size, const char *key, const char *version,
                         const char *eid) {
  size_t at = (size_t)snprintf(buf, size, "/akn/tw/act/");
  if (at >= size)
    return buf;
  append_safe(buf, size, &at, key, 1);
  if (version && version[0])
    at += (size_t)snprintf(buf + at, at < size ? size - at : 0, "/zho@%s", version);
  if (eid && eid[0] && at < size)
    snprintf(buf + at, size - at, "/~%s", eid);
  return buf;
}

/* Where a page of the edition links a law: its file, escaped as a URL. */
const char *csq__html_href(char *buf, size_t size, const csq_law *law, const char *eid) {
  char file[512];
  csq__export_file_name(law, ".html", file, sizeof file);
  size_t at = 0;
  buf[0] = '\0';
  append_safe(buf, size, &at, file, 1);
  if (eid && eid[0] && at < size)
    snprintf(buf + at, size - at, "#%s", eid);
  return buf;
}

/* ---- the marks inside a provision's text ------------------------------------- */

/* Citations and defined terms from byte `from` on, in order, none
 * overlapping: where a term and a citation meet, the citation stands. */
int csq__marks(const csq_edition *ed, const csq_node *node, size_t from, csq__mark_vec *out) {
  const csq_citation *const *cites;
  const csq_term_use *terms;
  size_t nc = csq_edition_citations(ed, node, &cites), nt = csq_edition_terms(ed, node, &terms);
  size_t i = 0, j = 0, end = from;
  out->count = 0;
  while (i < nc || j < nt) {
    csq__mark m;
    if (i < nc && (j >= nt || cites[i]->byte_start <= terms[j].byte_start)) {
      m = (csq__mark){cites[i]->byte_start, cites[i]->byte_end, cites[i], NULL};
      i++;
    } else {
      m = (csq__mark){terms[j].byte_start, terms[j].byte_end, NULL, &terms[j]};
      j++;
      if (i < nc && cites[i]->byte_start < m.end)
        continue; /* the citation that follows overlaps it */
    }
    if (m.start < end || m.end <= m.start)
      continue;
    if (csq__vec_push(csq__edition_export(ed)->mem, out, m) != 0)
      return -1;
    end = m.end;
  }
  return 0;
}
