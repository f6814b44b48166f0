/*
 * query.c — what a person types to name a provision (第4條 第1項, 第四條第一項,
 * 4條1項, 第10條之1, 第4條至第6條, 資通安全管理法第16條), resolved to nodes.
 * The query is NFKC-normalised by ICU (full-width digits become ASCII) and
 * read by grammar/query.pcre.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "query/query.h"

static const char EXAMPLES[] = CSQ_MSG_LOOKUP_EXAMPLES;

/* NFKC, then without white space: 「第４條　第１項」 → 「第4條第1項」. A
 * query of CSQ_MAX_QUERY bytes (checked) is at most as many UTF-16 units;
 * NFKC may make it longer (㍿ → 株式会社). */
enum { QUERY_UNITS = CSQ_MAX_QUERY + 1, NORMAL_UNITS = 4 * QUERY_UNITS };

static csq_status normalise(const char *query, char *out, size_t size, csq_error *err) {
  UErrorCode uerr = U_ZERO_ERROR;
  UChar src[QUERY_UNITS], dst[NORMAL_UNITS];
  int32_t n;
  u_strFromUTF8(src, QUERY_UNITS, &n, query, -1, &uerr);
  if (U_FAILURE(uerr) || n >= QUERY_UNITS)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "the query is not valid UTF-8 or is too long; %s", EXAMPLES);
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&uerr);
  int32_t m = U_SUCCESS(uerr) ? unorm2_normalize(nfkc, src, n, dst, NORMAL_UNITS, &uerr) : 0;
  if (uerr == U_BUFFER_OVERFLOW_ERROR)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "the query is too long once normalised; %s",
                     EXAMPLES);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU normalisation failed: %s",
                           u_errorName(uerr));
  int32_t k = 0;
  for (int32_t i = 0; i < m; i++)
    if (!u_isWhitespace(dst[i]))
      dst[k++] = dst[i];
  int32_t len;
  u_strToUTF8(out, (int32_t)size, &len, dst, k, &uerr);
  if (U_FAILURE(uerr) || (size_t)len >= size)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "the query is too long; %s", EXAMPLES);
  return CSQ_OK;
}

typedef csq__provision_query parsed;

/* The numeric value of a named group: 0 when absent, -1 when malformed. */
static long group_value(const csq_pattern *g, const char *s, const PCRE2_SIZE *ov, int rc,
                        const char *name) {
  int n = csq__pattern_group(g, name);
  if (n < 0 || n >= rc || ov[2 * n] == PCRE2_UNSET)
    return 0;
  long v = csq__numeral_value(s + ov[2 * n], ov[2 * n + 1] - ov[2 * n]);
  return v > 0 ? v : -1;
}

static csq_status parse(const csq_pattern *g, const char *q, parsed *p, const char *original,
                        csq_error *err) {
  PCRE2_SIZE *ov;
  int rc = csq__pattern_match(g, q, strlen(q), 0, &ov);
  if (rc <= 0)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, original, EXAMPLES);
  memset(p, 0, sizeof *p);
  int lg = csq__pattern_group(g, "law");
  if (ov[2 * lg + 1] - ov[2 * lg] >= sizeof p->law) /* no law's name is that long */
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, original, EXAMPLES);
  snprintf(p->law, sizeof p->law, "%.*s", (int)(ov[2 * lg + 1] - ov[2 * lg]), q + ov[2 * lg]);
  p->art = group_value(g, q, ov, rc, "art");
  p->artsub = group_value(g, q, ov, rc, "artsub");
  if (!p->artsub)
    p->artsub = group_value(g, q, ov, rc, "artsub2");
  p->para = group_value(g, q, ov, rc, "para");
  p->subpara = group_value(g, q, ov, rc, "subpara");
  p->item = group_value(g, q, ov, rc, "item");
  p->art2 = group_value(g, q, ov, rc, "art2");
  p->art2sub = group_value(g, q, ov, rc, "art2sub");
  if (!p->art2sub)
    p->art2sub = group_value(g, q, ov, rc, "art2sub2");
  if (p->art <= 0 || p->artsub < 0 || p->para < 0 || p->subpara < 0 || p->item < 0 || p->art2 < 0 ||
      p->art2sub < 0)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NUMBERS_FROM_ONE, original, EXAMPLES);
  if (p->art2 && (p->para || p->subpara || p->item))
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_RANGE_OF_ARTICLES, original);
  return CSQ_OK;
}

const char *csq__query_parent(const csq_law *law, const char *name) {
  if (csq__word_index(name, strlen(name), CSQ__WORDS(self_act)) < 0 ||
      (!law->parent_id[0] && !law->parent_name[0]))
    return NULL;
  return law->parent_id[0] ? law->parent_id : law->parent_name;
}

/* 本細則, 本辦法 …: the law itself; 本法: the parent act; else a name. */
csq_status csq__query_law(csq_library *lib, const csq_law *law, const char *name,
                          const csq_law **out, csq_error *err) {
  size_t len = strlen(name);
  if (!len || csq__word_index(name, len, CSQ__WORDS(self_law)) >= 0) {
    *out = law;
    return CSQ_OK;
  }
  if (csq__word_index(name, len, CSQ__WORDS(self_act)) >= 0) {
    if (!law->parent_id[0] && !law->parent_name[0]) {
      *out = law; /* an act's 本法 is itself */
      return CSQ_OK;
    }
    csq_status st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no parent act");
    if (law->parent_id[0])
      st = csq_library_find_law(lib, law->parent_id, out, err);
    if (st == CSQ_NOT_FOUND && law->parent_name[0])
      st = csq_library_find_law(lib, law->parent_name, out, err);
    if (st != CSQ_NOT_FOUND)
      return st;
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_PARENT_NOT_LOADED, law->parent_name,
                     law->parent_id);
  }
  return csq_library_find_law(lib, name, out, err);
}

static csq_status no_article(const csq_law *law, long art, long sub, csq_error *err) {
  csq_node_list all = {.mem = law->arena.mem};
  if (csq__collect_articles(law->root, &all) != 0) {
    csq__vec_free(all.mem, &all.items);
    return csq__oom(err);
  }
  size_t count = all.items.count;
  const char *first = count ? all.items.items[0]->cite : "";
  const char *last = count ? all.items.items[count - 1]->cite : "";
  char cite[64];
  csq__provision_cite(cite, sizeof cite, art, sub, -1, -1, -1);
  csq_status st =
      csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s does not exist: %s has %zu articles, %s to %s",
                cite, law->name[0] ? law->name : law->source, count, first, last);
  csq__vec_free(all.mem, &all.items);
  return st;
}

static const csq_node *find_article(const csq_law *law, long art, long sub) {
  char eid[64];
  return csq__provision_eid(eid, sizeof eid, art, sub, -1, -1, -1) == 0 ? csq_law_find(law, eid)
                                                                        : NULL;
}

static csq_status descend(const csq_node *art, const parsed *p, const csq_node **out,
                          csq_error *err) {
  const csq_node *n = art;
  if (p->para) {
    n = csq__child(art, CSQ_PARAGRAPH, p->para);
    if (!n)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_PARAGRAPH, art->cite,
                       csq__count_children(art, CSQ_PARAGRAPH), p->para);
  } else if (p->subpara) {
    /* 第3條第5款: only where the article has a single paragraph. */
    if (art->child_count != 1)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_WHICH_PARAGRAPH, art->cite,
                       art->child_count, art->cite, p->subpara);
    n = art->first_child;
  }
  if (p->subpara) {
    const csq_node *s = csq__child(n, CSQ_SUBPARAGRAPH, p->subpara);
    if (!s)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_SUBPARAGRAPH, n->cite,
                       csq__count_children(n, CSQ_SUBPARAGRAPH), p->subpara);
    n = s;
  }
  if (p->item) {
    if (!p->subpara)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_ITEM_IN_SUBPARAGRAPH,
                       art->child_count == 1 ? art->cite : art->first_child->cite, p->item);
    const csq_node *s = csq__child(n, CSQ_ITEM, p->item);
    if (!s)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_ITEM, n->cite,
                       csq__count_children(n, CSQ_ITEM), p->item);
    n = s;
  }
  *out = n;
  return CSQ_OK;
}

static csq_status select_range(const csq_law *law, const parsed *p, csq_node_list *m,
                               csq_error *err) {
  const csq_node *from = find_article(law, p->art, p->artsub);
  const csq_node *to = find_article(law, p->art2, p->art2sub);
  if (!from)
    return no_article(law, p->art, p->artsub, err);
  if (!to)
    return no_article(law, p->art2, p->art2sub, err);
  csq_node_list all = {.mem = m->mem};
  int fail = csq__collect_articles(law->root, &all) != 0, inside = 0;
  for (size_t i = 0; i < all.items.count && !fail; i++) {
    if (all.items.items[i] == from)
      inside = 1;
    if (inside)
      fail = csq__node_list_push(m, all.items.items[i]) != 0;
    if (all.items.items[i] == to)
      break;
  }
  int reversed = !fail && !inside;
  csq__vec_free(all.mem, &all.items);
  if (fail)
    return csq__oom(err);
  if (reversed || m->items.items[m->items.count - 1] != to)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "the range ends before it starts: %s comes before %s", to->cite, from->cite);
  return CSQ_OK;
}

csq_status csq__query_parse(csq_library *lib, const char *text, parsed *out, csq_error *err) {
  csq_status st = csq__check_query(text, "the query", err);
  if (st != CSQ_OK) { /* what to type instead */
    if (err) {
      size_t at = strlen(err->message);
      snprintf(err->message + at, sizeof err->message - at, "; %s", EXAMPLES);
    }
    return st;
  }
  if (!lib->query.code &&
      (st = csq__pattern_compile(&lib->query, "grammar/query.pcre", PCRE2_ANCHORED, err)) != CSQ_OK)
    return st;
  char q[3 * NORMAL_UNITS];
  st = normalise(text, q, sizeof q, err);
  return st == CSQ_OK ? parse(&lib->query, q, out, text, err) : st;
}

csq_status csq_lookup(csq_library *lib, const csq_law *law, const char *query, csq_node_list **out,
                      csq_error *err) {
  parsed p;
  csq_status st = csq__query_parse(lib, query, &p, err);
  if (st == CSQ_OK)
    st = csq__query_law(lib, law, p.law, &law, err);
  if (st != CSQ_OK)
    return st;
  csq_node_list *m;
  if ((st = csq__node_list_new(lib->mem, &m, err)) != CSQ_OK)
    return st;
  if (p.art2) {
    st = select_range(law, &p, m, err);
  } else {
    const csq_node *art = find_article(law, p.art, p.artsub), *n = NULL;
    st = art ? descend(art, &p, &n, err) : no_article(law, p.art, p.artsub, err);
    if (st == CSQ_OK && csq__node_list_push(m, n) != 0)
      st = csq__oom(err);
  }
  if (st != CSQ_OK) {
    csq_node_list_free(m);
    return st;
  }
  *out = m;
  return CSQ_OK;
}
