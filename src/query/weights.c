/*
 * weights.c — the weights search ranks with, as data: grammar/search_weights.tsv
 * (NAME<TAB>VALUE<TAB>what it weighs), read when a searcher is made; a
 * caller may override some (csq_search_options.weights, in the same form),
 * which is how tools/tune_search.c tries values without rebuilding; and the
 * weight of what the priors say of a provision (csq__prior_weight).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "query/searching.h"

static const char *const NAMES[CSQ__W_COUNT] = {
    [CSQ__W_K1] = "k1",
    [CSQ__W_B] = "b",
    [CSQ__W_LEVEL_REGULATION] = "level_regulation",
    [CSQ__W_LEVEL_CONSTITUTION] = "level_constitution",
    [CSQ__W_LEVEL_OTHER] = "level_other",
    [CSQ__W_REPEALED] = "repealed",
    [CSQ__W_KIND_ARTICLE] = "kind_article",
    [CSQ__W_KIND_SUBPARAGRAPH] = "kind_subparagraph",
    [CSQ__W_KIND_ITEM] = "kind_item",
    [CSQ__W_KIND_SUBITEM] = "kind_subitem",
    [CSQ__W_KIND_HEADING] = "kind_heading",
    [CSQ__W_DUTY] = "duty",
    [CSQ__W_MAY] = "may",
    [CSQ__W_DEFINES] = "defines",
    [CSQ__W_LEADIN_RULE] = "leadin_rule",
    [CSQ__W_BOILERPLATE] = "boilerplate",
    [CSQ__W_DELEGATION] = "delegation",
    [CSQ__W_ORG_LAW] = "org_law",
    [CSQ__W_PENALTY] = "penalty",
    [CSQ__W_LEADIN] = "leadin",
    [CSQ__W_FRAGMENT] = "fragment",
    [CSQ__W_CONTENTS] = "contents",
    [CSQ__W_LAW_NAMED] = "law_named",
    [CSQ__W_LAW_FAMILY] = "law_family",
    [CSQ__W_LAW_STEM] = "law_stem",
    [CSQ__W_NAME_COVER] = "name_cover",
    [CSQ__W_NAME_TERM] = "name_term",
    [CSQ__W_SCOPE_COVER] = "scope_cover",
    [CSQ__W_SCOPE_LAWS] = "scope_laws",
    [CSQ__W_INHERIT] = "inherit",
    [CSQ__W_ABOUT_DEFINITION] = "about_definition",
    [CSQ__W_LEADIN_MENTIONS] = "leadin_mentions",
    [CSQ__W_UNDER_HEADING] = "under_heading",
    [CSQ__W_CROSS_MARGIN] = "cross_margin",
    [CSQ__W_SHORT_FORM_SHARE] = "short_form_share",
    [CSQ__W_SOME_SAME_LAW] = "some_same_law",
    [CSQ__W_SOME_SHARE] = "some_share",
    [CSQ__W_LAW_FOCUS] = "law_focus",
    [CSQ__W_LAW_FOCUS_POOL] = "law_focus_pool",
    [CSQ__W_ASPECT_SHARE] = "aspect_share",
    [CSQ__W_LIST_RANK] = "list_rank",
    [CSQ__W_LIST_ITEMS] = "list_items",
    [CSQ__W_SOME_BELOW] = "some_below",
    [CSQ__W_TERMS_APART] = "terms_apart",
};

const char *csq__weight_name(csq__weight w) { return NAMES[w]; }

/* Reads `NAME<TAB>VALUE…` lines of text[0..len) into w; `source` names the
 * text in an error. Every name must be known and every value a number. */
static csq_status read_weights(const char *text, size_t len, const char *source, csq__weights *w,
                               csq_error *err) {
  const char *p = text, *end = text + len;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t n = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *tab = memchr(p, '\t', n);
    if (n && *p != '#') {
      int k = -1;
      for (int i = 0; tab && i < CSQ__W_COUNT && k < 0; i++)
        if ((size_t)(tab - p) == strlen(NAMES[i]) && memcmp(p, NAMES[i], (size_t)(tab - p)) == 0)
          k = i;
      char number[64] = "", *stop = number;
      if (tab)
        snprintf(number, sizeof number, "%.*s", (int)strcspn(tab + 1, "\t\n"), tab + 1);
      double v = strtod(number, &stop);
      if (k < 0 || stop == number || *stop)
        return csq__fail(err, CSQ_BAD_QUERY, source, (long long)(p - text),
                         "expected a weight of search_weights.tsv and a number: %.*s", (int)n, p);
      w->v[k] = v;
    }
    p += n + 1;
  }
  return CSQ_OK;
}

csq_status csq__weights_load(const char *override, csq__weights *w, csq_error *err) {
  memset(w, 0, sizeof *w);
  const csq_embedded_file *f = csq__embedded_find("grammar/search_weights.tsv");
  if (!f)
    return csq__fail(err, CSQ_INTERNAL, "grammar/search_weights.tsv", -1, "not embedded");
  csq_status st =
      read_weights((const char *)f->data, f->size, "grammar/search_weights.tsv", w, err);
  if (st == CSQ_OK && override)
    st = read_weights(override, strlen(override), "the search weights", w, err);
  return st;
}

/* ---- what applies to a provision ------------------------------------------- */

static void part(csq_score_part *parts, size_t *n, const char *name, double w) {
  if (parts && w != 0 && *n < CSQ__MAX_PARTS)
    parts[(*n)++] = (csq_score_part){name, exp(w)};
}

double csq__prior_weight(const csq__weights *w, uint32_t bits, csq_score_part *parts, size_t *n) {
  static const struct {
    uint32_t bit;
    csq__weight weight;
    const char *name;
  } FLAGS[] = {
      {CSQ_PRIOR_REPEALED, CSQ__W_REPEALED, "repealed"},
      {CSQ_PRIOR_DUTY, CSQ__W_DUTY, "duty"},
      {CSQ_PRIOR_MAY, CSQ__W_MAY, "may"},
      {CSQ_PRIOR_DEFINES, CSQ__W_DEFINES, "defines"},
      {CSQ_PRIOR_LEADIN_RULE, CSQ__W_LEADIN_RULE, "lead-in rule"},
      {CSQ_PRIOR_BOILERPLATE, CSQ__W_BOILERPLATE, "boilerplate"},
      {CSQ_PRIOR_DELEGATION, CSQ__W_DELEGATION, "delegation"},
      {CSQ_PRIOR_ORG_LAW, CSQ__W_ORG_LAW, "organisation act"},
      {CSQ_PRIOR_PENALTY, CSQ__W_PENALTY, "penalty"},
      {CSQ_PRIOR_LEADIN, CSQ__W_LEADIN, "lead-in"},
      {CSQ_PRIOR_FRAGMENT, CSQ__W_FRAGMENT, "fragment"},
      {CSQ_PRIOR_CONTENTS, CSQ__W_CONTENTS, "contents list"},
  };
  static const struct {
    uint32_t kind;
    csq__weight weight;
    const char *name;
  } KINDS[] = {
      {CSQ_PRIOR_KIND_ARTICLE, CSQ__W_KIND_ARTICLE, "article"},
      {CSQ_PRIOR_KIND_SUBPARAGRAPH, CSQ__W_KIND_SUBPARAGRAPH, "subparagraph"},
      {CSQ_PRIOR_KIND_ITEM, CSQ__W_KIND_ITEM, "item"},
      {CSQ_PRIOR_KIND_SUBITEM, CSQ__W_KIND_SUBITEM, "subitem"},
      {CSQ_PRIOR_KIND_HEADING, CSQ__W_KIND_HEADING, "heading"},
  };
  double sum = 0, x;
  switch (bits & CSQ_PRIOR_LEVEL_MASK) {
  case CSQ_PRIOR_LEVEL_REGULATION:
    part(parts, n, "regulation", x = w->v[CSQ__W_LEVEL_REGULATION]);
    sum += x;
    break;
  case CSQ_PRIOR_LEVEL_CONSTITUTION:
    part(parts, n, "constitution", x = w->v[CSQ__W_LEVEL_CONSTITUTION]);
    sum += x;
    break;
  case CSQ_PRIOR_LEVEL_OTHER:
    part(parts, n, "no level", x = w->v[CSQ__W_LEVEL_OTHER]);
    sum += x;
    break;
  default:
    break;
  }
  for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
    if ((bits & CSQ_PRIOR_KIND_MASK) == KINDS[i].kind) {
      part(parts, n, KINDS[i].name, x = w->v[KINDS[i].weight]);
      sum += x;
    }
  for (size_t i = 0; i < sizeof FLAGS / sizeof FLAGS[0]; i++)
    if (bits & FLAGS[i].bit) {
      part(parts, n, FLAGS[i].name, x = w->v[FLAGS[i].weight]);
      sum += x;
    }
  return sum;
}
