/*
 * html_text.c — a provision's text on a page of the HTML edition, with
 * three kinds of marks nested in a fixed order: the clause of an
 * obligation (class by modality) outermost, then a citation (a link to
 * the page and provision it names) or a defined term (a link to its
 * definition), then the cue (應, 不得). Where marks of two levels cross,
 * the outer one is closed and opened again around the inner one, so the
 * HTML nests properly and the text is written once, byte for byte.
 */
#include <string.h>

#include "render/render.h"
#include "words.h"

/* An obligation's clause and cue, in bytes of the node's text. */
typedef struct clause {
  size_t start, end, cue_start, cue_end;
  const csq_obligation *o;
} clause;

#define MAX_CLAUSES 256

/* The clauses of node's obligations, in order, none overlapping. */
static size_t clauses_of(const csq__html *h, const csq_node *n, clause *out) {
  const csq_obligation *const *obls;
  size_t count = csq_edition_obligations(h->ed, n, &obls), k = 0, end = 0;
  for (size_t i = 0; i < count && k < MAX_CLAUSES; i++) {
    size_t s, e, cs = 0, ce = 0;
    if (!csq_obligation_span(obls[i], CSQ_PART_CLAUSE, &s, &e))
      continue;
    csq_obligation_span(obls[i], CSQ_PART_CUE, &cs, &ce);
    clause c = {csq__byte_at(n->text, n->text_len, s), csq__byte_at(n->text, n->text_len, e),
                csq__byte_at(n->text, n->text_len, cs), csq__byte_at(n->text, n->text_len, ce),
                obls[i]};
    if (c.start < end || c.end <= c.start)
      continue;
    out[k++] = c;
    end = c.end;
  }
  return k;
}

/* ---- where a citation or a term links ------------------------------------------- */

/* The link of a citation: its first target that this edition has a page
 * and a provision for; 0 when none. `title` says what each target is. */
static int citation_link(const csq__html *h, const csq_citation *c, char *href, size_t size,
                         char *title, size_t tsize) {
  const csq_law *here = csq_edition_law(h->ed);
  int found = 0;
  size_t at = 0;
  title[0] = '\0';
  for (size_t i = 0; i < c->target_count; i++) {
    const csq_target *t = &c->targets[i];
    /* whole targets only, never a character cut in two */
    if (at + 512 < tsize)
      at += (size_t)snprintf(title + at, tsize - at, "%s%s%s%s%s%s", i ? "; " : "", t->law_name,
                             t->cite[0] ? " " : "", t->cite, t->law ? " @" : "",
                             t->law ? t->law->version : "");
    else if (at + 4 < tsize && strcmp(title + at - 3, "...") != 0)
      at += (size_t)snprintf(title + at, tsize - at, "...");
    int page = t->law && csq__export_has(h->ex, t->law);
    int place = t->kind == CSQ_TARGET_LAW || (t->kind == CSQ_TARGET_PROVISION && t->node);
    if (found || !page || !place)
      continue;
    if (t->law == here)
      snprintf(href, size, "#%s", t->kind == CSQ_TARGET_LAW ? "top" : t->eid);
    else
      csq__html_href(href, size, t->law, t->kind == CSQ_TARGET_LAW ? NULL : t->eid);
    found = 1;
  }
  return found;
}

/* The link of a term: the provision that defines it, on this page or on
 * its law's page; 0 when that law has no page in the edition. */
static int term_link(const csq__html *h, const csq_definition *d, char *href, size_t size) {
  const csq_node *n = csq_definition_node(d);
  if (n->law == csq_edition_law(h->ed))
    snprintf(href, size, "#%s", n->eid);
  else if (csq__export_has(h->ex, n->law))
    csq__html_href(href, size, n->law, n->eid);
  else
    return 0;
  return 1;
}

static void open_mark(csq__html *h, const csq__mark *m) {
  char href[1024], title[4096];
  if (m->citation) {
    int linked = citation_link(h, m->citation, href, sizeof href, title, sizeof title);
    csq__html_start(h, linked ? "a" : "span", "ref");
    if (linked)
      csq__html_attr(h, "href", href);
    csq__html_attr(h, "title", title);
    return;
  }
  const csq_definition *d = m->term->definition;
  if (m->term->defining) {
    csq__html_start(h, "dfn", NULL);
  } else if (term_link(h, d, href, sizeof href)) {
    csq__html_start(h, "a", "term");
    csq__html_attr(h, "href", href);
  } else {
    csq__html_start(h, "span", "term");
  }
  csq__html_attrf(h, "title", CSQ_MSG_HTML_DEFINED, csq_definition_meaning(d));
}

static void open_clause(csq__html *h, const clause *c) {
  char class_name[64];
  snprintf(class_name, sizeof class_name, "obl %s",
           csq_modality_name(csq_obligation_modality(c->o)));
  csq__html_start(h, "span", class_name);
  const char *actor = csq_obligation_text(c->o, CSQ_PART_ACTOR);
  if (actor[0])
    csq__html_attr(h, "data-bearer", actor);
}

/* ---- the text, segment by segment ------------------------------------------------ */

/* What is open at a point of the text: the clause, the mark, the cue
 * (indices, -1 for none). */
typedef struct open_set {
  long level[3];
} open_set;

typedef struct text_state {
  csq__html *h;
  const clause *clauses;
  size_t clause_count;
  const csq__mark *marks;
  size_t mark_count;
  open_set now;
} text_state;

static void open_level(text_state *t, int level, long i) {
  if (level == 0)
    open_clause(t->h, &t->clauses[i]);
  else if (level == 1)
    open_mark(t->h, &t->marks[i]);
  else
    csq__html_start(t->h, "b", "cue");
}

/* Moves from what is open to what `want` opens: closes from the innermost
 * down to the first level that changes, then opens from there in. */
static void reopen(text_state *t, const open_set *want) {
  int first = 0;
  while (first < 3 && t->now.level[first] == want->level[first])
    first++;
  for (int l = 2; l >= first; l--)
    if (t->now.level[l] >= 0)
      csq__html_end(t->h);
  for (int l = first; l < 3; l++)
    if ((t->now.level[l] = want->level[l]) >= 0)
      open_level(t, l, want->level[l]);
}

/* Which clause, mark and cue cover [p, q), advancing the cursors. */
static open_set covering(const text_state *t, size_t p, size_t *ci, size_t *mi) {
  open_set s = {{-1, -1, -1}};
  while (*ci < t->clause_count && t->clauses[*ci].end <= p)
    (*ci)++;
  while (*mi < t->mark_count && t->marks[*mi].end <= p)
    (*mi)++;
  if (*ci < t->clause_count && t->clauses[*ci].start <= p) {
    s.level[0] = (long)*ci;
    const clause *c = &t->clauses[*ci];
    if (c->cue_end > c->cue_start && c->cue_start <= p && p < c->cue_end)
      s.level[2] = 0;
  }
  if (*mi < t->mark_count && t->marks[*mi].start <= p)
    s.level[1] = (long)*mi;
  return s;
}

/* The next place after p where some mark begins or ends. */
static size_t next_boundary(const text_state *t, size_t p, size_t ci, size_t mi, size_t len) {
  size_t q = len;
  for (size_t i = ci; i < t->clause_count && i <= ci + 1; i++) {
    const clause *c = &t->clauses[i];
    size_t cand[4] = {c->start, c->end, c->cue_start, c->cue_end};
    for (int k = 0; k < 4; k++)
      if (cand[k] > p && cand[k] < q)
        q = cand[k];
  }
  for (size_t i = mi; i < t->mark_count && i <= mi + 1; i++) {
    if (t->marks[i].start > p && t->marks[i].start < q)
      q = t->marks[i].start;
    if (t->marks[i].end > p && t->marks[i].end < q)
      q = t->marks[i].end;
  }
  return q;
}

void csq__html_provision_text(csq__html *h, const csq_node *n) {
  clause clauses[MAX_CLAUSES];
  size_t clause_count = clauses_of(h, n, clauses);
  if (csq__marks(h->ed, n, 0, &h->marks) != 0)
    h->fail = 1;
  text_state t = {h, clauses, clause_count, h->marks.items, h->marks.count, {{-1, -1, -1}}};
  size_t ci = 0, mi = 0;
  for (size_t p = 0; p < n->text_len;) {
    open_set want = covering(&t, p, &ci, &mi);
    if (want.level[0] >= 0 && want.level[2] >= 0)
      want.level[2] = want.level[0]; /* the cue of this clause */
    reopen(&t, &want);
    size_t q = next_boundary(&t, p, ci, mi, n->text_len);
    csq__html_text(h, n->text + p, q - p);
    p = q;
  }
  open_set none = {{-1, -1, -1}};
  reopen(&t, &none);
}
