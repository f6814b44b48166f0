/*
 * akn.c — one law version as an Akoma Ntoso 3.0 document (docs/exports.md
 * has the mapping): FRBR identification, 編/章/節 as part/chapter/section,
 * 條 article, 項 paragraph, 款 subparagraph, 目 point, csquery's eIds,
 * every resolved citation a <ref> (several targets: an <mref>) to the
 * version it links, definitions as <def> and uses as <term>. Written
 * with libxml2's text writer, which escapes what XML must.
 */
#include <libxml/xmlwriter.h>
#include <string.h>

#include "render/render.h"
#include "words.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define CSQ_NS "https://csquery.example/ns/akn-proprietary"

typedef struct akn {
  xmlTextWriterPtr w;
  const csq_edition *ed;
  const csq_grammar *grammar;
  csq__mark_vec marks;
  int fail;
} akn;

#define X(call) (a->fail |= (call) < 0)
#define BAD_CAST_S(s) ((const xmlChar *)(s))

static void start(akn *a, const char *name) {
  X(xmlTextWriterStartElement(a->w, BAD_CAST_S(name)));
}
static void end(akn *a) { X(xmlTextWriterEndElement(a->w)); }
static void attr(akn *a, const char *name, const char *value) {
  X(xmlTextWriterWriteAttribute(a->w, BAD_CAST_S(name), BAD_CAST_S(value)));
}
static void newline(akn *a) { X(xmlTextWriterWriteRaw(a->w, BAD_CAST_S("\n"))); }

static void text(akn *a, const char *s, size_t len) { X(csq__xml_text(a->w, s, len)); }

static void empty(akn *a, const char *name, const char *att, const char *value) {
  start(a, name);
  attr(a, att, value);
  end(a);
}

/* ---- meta -------------------------------------------------------------------- */

static const char *act_name(const csq_law *law) {
  if (strcmp(law->level, CSQ_WORD_LEVEL_REGULATION) == 0)
    return "regulation";
  if (strcmp(law->level, CSQ_WORD_LEVEL_CONSTITUTION) == 0)
    return "constitution";
  return "act";
}

/* A version date as FRBRdate has it: the data writes 1946-00-00 where it
 * knows the year only; the date says 1946-01-01 and its name says so. */
static void frbr_date(akn *a, const char *version) {
  char date[16];
  snprintf(date, sizeof date, "%s", version);
  int partial = 0;
  for (size_t i = 5; i + 1 < strlen(date); i += 3)
    if (date[i] == '0' && date[i + 1] == '0') {
      date[i + 1] = '1';
      partial = 1;
    }
  start(a, "FRBRdate");
  attr(a, "date", date);
  attr(a, "name", partial ? "version (year only)" : "version");
  end(a);
}

static void frbr(akn *a, const char *element, const char *this_iri, const char *uri,
                 const char *date) {
  start(a, element);
  empty(a, "FRBRthis", "value", this_iri);
  empty(a, "FRBRuri", "value", uri);
  frbr_date(a, date);
}

static void identification(akn *a, const csq_law *law) {
  char work[512], expr[512], this_iri[600], date[16];
  const char *key = csq__law_key(law);
  csq__akn_iri(work, sizeof work, key, NULL, NULL);
  csq__akn_iri(expr, sizeof expr, key, law->version[0] ? law->version : NULL, NULL);
  if (!law->version[0]) /* an expression names its language in any case */
    snprintf(expr + strlen(expr), sizeof expr - strlen(expr), "/zho");
  /* The data gives no date of enactment: the version's date stands for the
   * work's too (docs/exports.md); 1900-01-01 where no version is known. */
  snprintf(date, sizeof date, "%s", law->version[0] ? law->version : "1900-01-01");
  start(a, "identification");
  attr(a, "source", "#csquery");
  snprintf(this_iri, sizeof this_iri, "%s/!main", work);
  frbr(a, "FRBRWork", this_iri, work, date);
  empty(a, "FRBRauthor", "href", "#source");
  empty(a, "FRBRcountry", "value", "tw");
  empty(a, "FRBRnumber", "value", key);
  empty(a, "FRBRname", "value", law->name);
  end(a);
  snprintf(this_iri, sizeof this_iri, "%s/!main", expr);
  frbr(a, "FRBRExpression", this_iri, expr, date);
  empty(a, "FRBRauthor", "href", "#source");
  empty(a, "FRBRlanguage", "language", "zho");
  end(a);
  snprintf(this_iri, sizeof this_iri, "%s/!main.xml", expr);
  char uri[600];
  snprintf(uri, sizeof uri, "%s.akn", expr);
  frbr(a, "FRBRManifestation", this_iri, uri, date);
  empty(a, "FRBRauthor", "href", "#csquery");
  empty(a, "FRBRformat", "value", "application/akn+xml");
  end(a);
  end(a);
  newline(a);
}

static void tlc(akn *a, const char *element, const char *eid, const char *href, const char *show) {
  start(a, element);
  attr(a, "eId", eid);
  attr(a, "href", href);
  attr(a, "showAs", show);
  end(a);
}

/* The organisations named above, and each term the text uses: its
 * ontology reference is the provision that defines it. */
static void references(akn *a) {
  start(a, "references");
  attr(a, "source", "#csquery");
  tlc(a, "TLCOrganization", "source", "/ontology/organization/tw/law.moj.gov.tw",
      "Laws & Regulations Database of The Republic of China (Taiwan)");
  tlc(a, "TLCOrganization", "csquery", "/ontology/organization/csquery", "csquery " CSQ_VERSION);
  for (size_t i = 0; i < csq__edition_definition_count(a->ed); i++) {
    const csq_definition *d = csq__edition_definition_at(a->ed, i);
    const csq_node *n = csq_definition_node(d);
    char eid[32], href[600];
    snprintf(eid, sizeof eid, "term_%zu", i + 1);
    csq__akn_iri(href, sizeof href, csq__law_key(n->law), n->law->version, n->eid);
    tlc(a, "TLCTerm", eid, href, csq_definition_term(d));
  }
  end(a);
  newline(a);
}

/* What the text format does not say: level, status, parent act. */
static void proprietary(akn *a, const csq_law *law) {
  start(a, "proprietary");
  attr(a, "source", "#csquery");
  X(xmlTextWriterStartElementNS(a->w, BAD_CAST_S("csq"), BAD_CAST_S("law"), BAD_CAST_S(CSQ_NS)));
  attr(a, "level", law->level);
  attr(a, "status", law->repealed ? "repealed" : "in force");
  if (law->parent_id[0] || law->parent_name[0])
    attr(a, "parent", law->parent_id[0] ? law->parent_id : law->parent_name);
  end(a);
  end(a);
  newline(a);
}

/* ---- inline: citations and terms --------------------------------------------- */

/* The IRI of a target, in the version its law is linked to; 0 when it
 * names nothing an IRI can be made of. */
static int target_iri(const csq_target *t, char *buf, size_t size) {
  const char *key = csq__target_lawkey(t);
  if (!t->resolved || !key[0])
    return 0;
  csq__akn_iri(buf, size, key, t->law ? t->law->version : NULL, t->eid);
  return 1;
}

static void citation(akn *a, const csq_citation *c, const char *s) {
  char iri[8][600];
  size_t n = 0;
  for (size_t i = 0; i < c->target_count && n < 8; i++)
    n += (size_t)target_iri(&c->targets[i], iri[n], sizeof iri[n]);
  if (n > 1)
    start(a, "mref");
  for (size_t i = 0; i < n || (n == 0 && i == 0); i++) {
    if (n > 0) {
      start(a, "ref");
      attr(a, "href", iri[i]);
    }
    if (i == 0)
      text(a, s + c->byte_start, c->byte_end - c->byte_start);
    if (n > 0)
      end(a);
  }
  if (n > 1)
    end(a);
}

static size_t definition_number(const csq_edition *ed, const csq_definition *d) {
  for (size_t i = 0; i < csq__edition_definition_count(ed); i++)
    if (csq__edition_definition_at(ed, i) == d)
      return i + 1;
  return 0;
}

static void term(akn *a, const csq_node *n, const csq_term_use *u, size_t k) {
  char refers[32], eid[256];
  snprintf(refers, sizeof refers, "#term_%zu", definition_number(a->ed, u->definition));
  start(a, u->defining ? "def" : "term");
  if (!u->defining) {
    snprintf(eid, sizeof eid, "%s%sterm_%zu", n->eid, n->eid[0] ? "__" : "", k);
    attr(a, "eId", eid);
  }
  attr(a, "refersTo", refers);
  text(a, n->text + u->byte_start, u->byte_end - u->byte_start);
  end(a);
}

/* <p> with the node's text from byte `from`, its citations and terms
 * marked. */
static void para_text(akn *a, const csq_node *n, size_t from) {
  start(a, "p");
  if (csq__marks(a->ed, n, from, &a->marks) != 0)
    a->fail = 1;
  size_t at = from, terms = 0;
  for (size_t i = 0; i < a->marks.count; i++) {
    const csq__mark *m = &a->marks.items[i];
    text(a, n->text + at, m->start - at);
    if (m->citation)
      citation(a, m->citation, n->text);
    else
      term(a, n, m->term, ++terms);
    at = m->end;
  }
  text(a, n->text + at, n->text_len - at);
  end(a);
}

/* ---- the body ------------------------------------------------------------------- */

static const char *element_of(csq_kind kind) {
  static const char *const NAMES[] = {"body",         "part",  "chapter", "section",
                                      "subsection",   "level", "article", "paragraph",
                                      "subparagraph", "point", "point"};
  return NAMES[kind];
}

static void heading(akn *a, const csq_node *n) {
  const char *title = n->title ? n->title : "";
  size_t tl = strlen(title), len = n->text_len;
  if (tl && len >= tl && strcmp(n->text + len - tl, title) == 0)
    len -= tl;
  const char *num = n->text;
  csq__trim(&num, &len);
  start(a, "num");
  text(a, num, len);
  end(a);
  if (tl) {
    start(a, "heading");
    text(a, title, tl);
    end(a);
  }
}

static void node(akn *a, const csq_node *n) {
  start(a, element_of(n->kind));
  attr(a, "eId", n->eid);
  size_t body = 0;
  if (csq_kind_is_heading(n->kind)) {
    heading(a, n);
  } else if (n->kind == CSQ_ARTICLE) {
    start(a, "num");
    text(a, n->cite, strlen(n->cite));
    end(a);
  } else if (n->kind >= CSQ_SUBPARAGRAPH) {
    body = csq__node_body_start(a->grammar, n);
    start(a, "num");
    text(a, n->text, body);
    end(a);
  }
  int text_here = !csq_kind_is_heading(n->kind) && n->kind != CSQ_ARTICLE;
  if (n->first_child && text_here && body < n->text_len) {
    start(a, "intro");
    para_text(a, n, body);
    end(a);
  } else if (!n->first_child) {
    start(a, "content");
    if (text_here)
      para_text(a, n, body);
    else
      empty(a, "p", "class", "empty");
    end(a);
  }
  for (const csq_node *c = n->first_child; c; c = c->next) {
    newline(a);
    node(a, c);
  }
  end(a);
}

static void document(akn *a, const csq_law *law) {
  X(xmlTextWriterStartDocument(a->w, NULL, "UTF-8", NULL));
  start(a, "akomaNtoso");
  attr(a, "xmlns", AKN_NS);
  newline(a);
  start(a, "act");
  attr(a, "name", act_name(law));
  newline(a);
  start(a, "meta");
  identification(a, law);
  references(a);
  proprietary(a, law);
  end(a);
  newline(a);
  start(a, "preface");
  start(a, "p");
  start(a, "docTitle");
  text(a, law->name, strlen(law->name));
  end(a);
  end(a);
  end(a);
  newline(a);
  start(a, "body");
  for (const csq_node *c = law->root->first_child; c; c = c->next) {
    newline(a);
    node(a, c);
  }
  newline(a);
  end(a);
  newline(a);
  end(a);
  newline(a);
  end(a);
  X(xmlTextWriterEndDocument(a->w));
}

csq_status csq_render_akn(FILE *out, const csq_render_options *options, const csq_edition *ed,
                          csq_error *err) {
  (void)options;
  xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);
  xmlTextWriterPtr w = buf ? xmlNewTextWriter(buf) : NULL;
  if (!w) {
    if (buf)
      xmlOutputBufferClose(buf);
    return csq__oom(err);
  }
  akn a = {w, ed, csq__corpus_grammar(csq__edition_export(ed)->corpus), {0}, 0};
  document(&a, csq_edition_law(ed));
  xmlFreeTextWriter(w); /* flushes and frees buf; the stream stays open */
  csq__vec_free(csq__edition_export(ed)->mem, &a.marks);
  if (a.fail)
    return csq__fail(err, CSQ_IO, "<output>", -1, "writing the Akoma Ntoso document failed");
  return csq__render_finish(out, err);
}
