/*
 * html.c — one law version as a page of the HTML edition (docs/exports.md):
 * a header with the law's facts and a legend, the table of contents of its
 * headings, then every heading, article and provision with its anchor (its
 * eId), its text (html_text.c) and the provisions that cite it. The page
 * needs no script; csquery.css makes it readable on a phone and on paper.
 */
#include <string.h>

#include "render/render.h"
#include "words.h"

/* ---- who cites a provision ------------------------------------------------------ */

#define CITED_BY_OPEN 6 /* more than this: folded in a <details> */

static void citing_link(csq__html *h, const csq_node *from) {
  char href[1024];
  const csq_law *law = from->law;
  int here = law == csq_edition_law(h->ed), page = csq__export_has(h->ex, law);
  if (here)
    snprintf(href, sizeof href, "#%s", from->eid);
  else if (page)
    csq__html_href(href, sizeof href, law, from->eid);
  csq__html_start(h, here || page ? "a" : "span", NULL);
  if (here || page)
    csq__html_attr(h, "href", href);
  if (!here)
    csq__html_printf(h, "%s ", law->name);
  csq__html_text(h, from->cite, strlen(from->cite));
  csq__html_end(h);
}

static void cited_by(csq__html *h, const csq_node *n, const char *label) {
  const csq_cited_by *cb;
  size_t count = csq_edition_cited_by(h->ed, n, &cb), shown = 0;
  if (count == 0)
    return;
  int fold = count > CITED_BY_OPEN;
  csq__html_start(h, fold ? "details" : "p", "cited-by");
  csq__html_start(h, fold ? "summary" : "span", "label");
  csq__html_printf(h, fold ? "%s (%zu)" : "%s", label, count);
  csq__html_end(h);
  for (size_t i = 0; i < count; i++) {
    const csq_node *from = cb[i].citation->from;
    if (i > 0 && cb[i - 1].citation->from == from)
      continue; /* one provision citing twice is listed once */
    if (shown++)
      csq__html_printf(h, " · ");
    citing_link(h, from);
  }
  csq__html_end(h);
}

/* ---- the provisions ------------------------------------------------------------- */

static void node(csq__html *h, const csq_node *n);

static void children(csq__html *h, const csq_node *n) {
  for (const csq_node *c = n->first_child; c; c = c->next)
    node(h, c);
}

static void anchored_title(csq__html *h, const char *element, const csq_node *n, const char *s,
                           size_t len) {
  char href[256];
  snprintf(href, sizeof href, "#%s", n->eid);
  csq__html_start(h, element, NULL);
  csq__html_start(h, "a", NULL);
  csq__html_attr(h, "href", href);
  csq__html_text(h, s, len);
  csq__html_end(h);
  csq__html_end(h);
}

static void node(csq__html *h, const csq_node *n) {
  char class_name[64];
  if (csq_kind_is_heading(n->kind)) {
    snprintf(class_name, sizeof class_name, "heading %s", csq_kind_name(n->kind));
    csq__html_start(h, "section", class_name);
    csq__html_attr(h, "id", n->eid);
    anchored_title(h, "h2", n, n->text, n->text_len);
    cited_by(h, n, CSQ_MSG_HTML_CITED_BY);
    children(h, n);
    csq__html_end(h);
    return;
  }
  if (n->kind == CSQ_ARTICLE) {
    csq__html_start(h, "article", "art");
    csq__html_attr(h, "id", n->eid);
    anchored_title(h, "h3", n, n->cite, strlen(n->cite));
    cited_by(h, n, CSQ_MSG_HTML_CITED_BY);
    children(h, n);
    csq__html_end(h);
    return;
  }
  snprintf(class_name, sizeof class_name, "prov %s", csq_kind_name(n->kind));
  csq__html_start(h, "div", class_name);
  csq__html_attr(h, "id", n->eid);
  csq__html_start(h, "p", NULL);
  csq__html_provision_text(h, n);
  csq__html_end(h);
  cited_by(h, n, CSQ_MSG_HTML_CITED_BY);
  children(h, n);
  csq__html_end(h);
}

/* ---- the header ------------------------------------------------------------------ */

static void fact(csq__html *h, const char *label, const char *value) {
  csq__html_start(h, "div", NULL);
  csq__html_start(h, "dt", NULL);
  csq__html_printf(h, "%s", label);
  csq__html_end(h);
  csq__html_start(h, "dd", NULL);
  csq__html_text(h, value, strlen(value));
  csq__html_end(h);
  csq__html_end(h);
}

static void parent_fact(csq__html *h, const csq_law *law) {
  const char *key = law->parent_id[0] ? law->parent_id : law->parent_name;
  const csq_law *act = csq__export_find_law(h->ex, key);
  char href[1024];
  csq__html_start(h, "div", NULL);
  csq__html_start(h, "dt", NULL);
  csq__html_printf(h, "%s", CSQ_MSG_HTML_PARENT);
  csq__html_end(h);
  csq__html_start(h, "dd", NULL);
  int page = act && csq__export_has(h->ex, act);
  csq__html_start(h, page ? "a" : "span", NULL);
  if (page)
    csq__html_attr(h, "href", csq__html_href(href, sizeof href, act, NULL));
  const char *name = act ? act->name : law->parent_name[0] ? law->parent_name : key;
  csq__html_text(h, name, strlen(name));
  csq__html_end(h);
  csq__html_end(h);
  csq__html_end(h);
}

static void legend(csq__html *h) {
  static const char *const CLASSES[] = {"obl shall", "obl may", "obl shall_not", "obl exception"};
  static const char *const WORDS[] = {CSQ_MSG_HTML_SHALL, CSQ_MSG_HTML_MAY, CSQ_MSG_HTML_SHALL_NOT,
                                      CSQ_MSG_HTML_EXCEPTION};
  static const char *const NAMES[] = {"shall", "may", "shall not", "exception"};
  csq__html_start(h, "p", "legend");
  csq__html_printf(h, "%s: ", CSQ_MSG_HTML_LEGEND);
  for (int i = 0; i < 4; i++) {
    csq__html_start(h, "span", CLASSES[i]);
    csq__html_printf(h, "%s %s", WORDS[i], NAMES[i]);
    csq__html_end(h);
  }
  csq__html_end(h);
}

static void header(csq__html *h, const csq_law *law) {
  csq__html_start(h, "header", "law");
  csq__html_attr(h, "id", "top");
  csq__html_start(h, "p", "nav");
  csq__html_start(h, "a", NULL);
  csq__html_attr(h, "href", "index.html");
  csq__html_printf(h, "%s", CSQ_MSG_HTML_INDEX);
  csq__html_end(h);
  csq__html_end(h);
  csq__html_start(h, "h1", NULL);
  csq__html_text(h, law->name, strlen(law->name));
  csq__html_end(h);
  csq__html_start(h, "dl", "facts");
  if (law->id[0])
    fact(h, "pcode", law->id);
  if (law->level[0])
    fact(h, CSQ_MSG_HTML_LEVEL, law->level);
  if (law->version[0])
    fact(h, CSQ_MSG_HTML_VERSION, law->version);
  fact(h, CSQ_MSG_HTML_STATUS, law->repealed ? CSQ_MSG_HTML_REPEALED : CSQ_MSG_HTML_IN_FORCE);
  if (law->parent_id[0] || law->parent_name[0])
    parent_fact(h, law);
  csq__html_end(h);
  legend(h);
  cited_by(h, law->root, CSQ_MSG_HTML_CITED_BY_WHOLE);
  csq__html_end(h);
}

/* The headings, nested as in the law. */
static void contents(csq__html *h, const csq_node *n, int top) {
  int any = 0;
  for (const csq_node *c = n->first_child; c && !any; c = c->next)
    any = csq_kind_is_heading(c->kind);
  if (!any)
    return;
  if (top) {
    csq__html_start(h, "nav", "toc");
    csq__html_start(h, "details", NULL);
    csq__html_start(h, "summary", NULL);
    csq__html_printf(h, "%s", CSQ_MSG_HTML_CONTENTS);
    csq__html_end(h);
  }
  csq__html_start(h, "ul", NULL);
  for (const csq_node *c = n->first_child; c; c = c->next) {
    if (!csq_kind_is_heading(c->kind))
      continue;
    char href[256];
    snprintf(href, sizeof href, "#%s", c->eid);
    csq__html_start(h, "li", NULL);
    csq__html_start(h, "a", NULL);
    csq__html_attr(h, "href", href);
    csq__html_text(h, c->text, c->text_len);
    csq__html_end(h);
    contents(h, c, 0);
    csq__html_end(h);
  }
  csq__html_end(h);
  if (top) {
    csq__html_end(h);
    csq__html_end(h);
  }
}

csq_status csq_render_html(FILE *out, const csq_render_options *options, const csq_edition *ed,
                           csq_error *err) {
  (void)options;
  csq__html h;
  csq_status st = csq__html_open(&h, out, csq__edition_export(ed), ed, err);
  if (st != CSQ_OK)
    return st;
  const csq_law *law = csq_edition_law(ed);
  char title[1024];
  snprintf(title, sizeof title, "%s%s%s", law->name, law->version[0] ? " @" : "", law->version);
  csq__html_head(&h, title);
  header(&h, law);
  contents(&h, law->root, 1);
  csq__html_start(&h, "main", NULL);
  children(&h, law->root);
  csq__html_end(&h);
  csq__html_tail(&h);
  return csq__html_close(&h, out, err);
}
