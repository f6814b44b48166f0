/*
 * headings.c — the headings a query names: by number (第2章, 民法第五編,
 * 第2章第1節) or by title (民法繼承編, 刑法分則, 民法總則, 刑法瀆職罪章).
 * Where the heading does not exist, the message lists those that do.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

typedef csq__provision_query parsed;

typedef CSQ_VEC(const csq_node *) node_vec;

/* The headings of `kind` under `scope`, through headings only; a title
 * (NULL: any) must match. */
static int collect(const csq_node *scope, csq_kind kind, const char *num, const char *title,
                   const csq_mem *mem, node_vec *out) {
  for (const csq_node *c = scope->first_child; c; c = c->next) {
    if (!csq_kind_is_heading(c->kind))
      continue;
    if (c->kind == kind && (!num || strcmp(c->num, num) == 0) &&
        (!title || strcmp(c->title, title) == 0) && csq__vec_push(mem, out, c) != 0)
      return -1;
    if (collect(c, kind, num, title, mem, out) != 0)
      return -1;
  }
  return 0;
}

static void number(char *buf, size_t size, long n, long sub) {
  if (sub)
    snprintf(buf, size, "%ld-%ld", n, sub);
  else
    snprintf(buf, size, "%ld", n);
}

/* 「民法 has 5 編 (第1編 總則, 第2編 債, …); there is no 第6編」 */
static csq_status none(const csq_law *law, const csq_node *scope, csq_kind kind, const char *wanted,
                       const csq_mem *mem, csq_error *err) {
  node_vec all = {0};
  if (collect(scope, kind, NULL, NULL, mem, &all) != 0)
    return csq__oom(err);
  const char *word = csq__kind_word(kind);
  const char *where =
      scope->kind == CSQ_LAW ? (law->name[0] ? law->name : law->source) : scope->cite;
  char list[320] = "";
  for (size_t i = 0, at = 0; i < all.count && at < sizeof list - 8; i++) {
    if (i == 6 && all.count > 7) {
      snprintf(list + at, sizeof list - at, ", …");
      break;
    }
    at += (size_t)snprintf(list + at, sizeof list - at, "%s%s %s", i ? ", " : "",
                           all.items[i]->cite, all.items[i]->title);
  }
  csq_status st =
      all.count ? csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s has %zu %s (%s); there is no %s",
                            where, all.count, word, list, wanted)
                : csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s has no %s; there is no %s", where,
                            word, wanted);
  csq__vec_free(mem, &all);
  return st;
}

/* The one heading of `kind` numbered `num` under scope. */
static csq_status one_heading(const csq_law *law, const csq_node *scope, csq_kind kind, long n,
                              long sub, const csq_mem *mem, const csq_node **out, csq_error *err) {
  char num[48], cite[64], eid[64];
  number(num, sizeof num, n, sub);
  node_vec found = {0};
  if (collect(scope, kind, num, NULL, mem, &found) != 0)
    return csq__oom(err);
  csq_status st = CSQ_OK;
  if (found.count == 1)
    *out = found.items[0];
  else if (found.count == 0) {
    csq__heading_names(eid, sizeof eid, cite, sizeof cite, NULL, kind, num);
    st = none(law, scope, kind, cite, mem, err);
  } else /* 第2章 in a law of 編: each 編 has one */
    st = csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%zu %s are numbered %s: say which, e.g. %s%s",
                   found.count, csq__kind_word(kind), found.items[0]->cite,
                   found.items[0]->parent->cite, found.items[0]->cite);
  csq__vec_free(mem, &found);
  return st;
}

csq_status csq__select_heading(const csq_law *law, const parsed *p, csq_node_list *m,
                               csq_error *err) {
  const csq_node *at = law->root;
  csq_status st = CSQ_OK;
  if (p->part)
    st = one_heading(law, at, CSQ_PART, p->part, p->partsub, m->mem, &at, err);
  if (st == CSQ_OK && p->chp)
    st = one_heading(law, at, CSQ_CHAPTER, p->chp, p->chpsub, m->mem, &at, err);
  if (st == CSQ_OK && p->sec)
    st = one_heading(law, at, CSQ_SECTION, p->sec, p->secsub, m->mem, &at, err);
  if (st == CSQ_OK && p->subsec)
    st = one_heading(law, at, CSQ_SUBSECTION, p->subsec, p->subsecsub, m->mem, &at, err);
  if (st == CSQ_OK && p->subsubsec)
    st = one_heading(law, at, CSQ_SUBSUBSECTION, p->subsubsec, 0, m->mem, &at, err);
  if (st == CSQ_OK && csq__node_list_push(m, at) != 0)
    st = csq__oom(err);
  return st;
}

/* ---- by title: 民法繼承編 --------------------------------------------------- */

/* The law `name` (len bytes) names, when it names one at hand or in the
 * national list; NULL otherwise (no message: the caller tries the next
 * split of the words). */
static const csq_law *law_named(csq_library *lib, const csq__lookup_state *s, const char *name,
                                size_t len, csq_status *st, csq_error *err) {
  char buf[256];
  if (len >= sizeof buf)
    return NULL;
  memcpy(buf, name, len);
  buf[len] = '\0';
  char at[11] = "", *sign = strchr(buf, '@'); /* 民法@2019-01-01繼承編 */
  if (sign && csq__parse_date(sign + 1, at) != 0)
    return NULL;
  if (sign) {
    len = (size_t)(sign - buf);
    *sign = '\0';
  }
  const csq_law *base = s->has_last ? s->law : s->base, *law = NULL;
  csq__lawref ref = {0};
  int self = !len || csq__word_index(buf, len, CSQ__WORDS(self_law)) >= 0 ||
             csq__word_index(buf, len, CSQ__WORDS(self_act)) >= 0;
  if (!self && !csq_corpus_find_law(lib->corpus, buf) &&
      ((*st = csq__library_name(lib, buf, &ref, err)) != CSQ_OK || !ref.known))
    return NULL;
  *st = csq__query_law_at(lib, base, buf, at, &law, err);
  return *st == CSQ_OK ? law : NULL;
}

/* The kind a title's last word names (編 a part, 章 a chapter) and the
 * title's length without it; CSQ_LAW when the words end with neither (then
 * a part, else a chapter, of that title: 民法總則, 刑法分則). */
static csq_kind title_kind(const char *t, size_t *len) {
  static const csq_kind KINDS[] = {CSQ_PART, CSQ_CHAPTER};
  for (int i = 0; i < 2; i++) {
    size_t n = strlen(csq_words_heading_words[i]);
    if (*len > n && memcmp(t + *len - n, csq_words_heading_words[i], n) == 0) {
      *len -= n;
      return KINDS[i];
    }
  }
  return CSQ_LAW;
}

/* The headings of `law` titled `title`. */
static csq_status titled(const csq_law *law, csq_kind kind, const char *title, node_vec *out,
                         const csq_mem *mem, csq_error *err) {
  for (int k = 0; k < 2 && out->count == 0; k++) {
    csq_kind want = kind != CSQ_LAW ? kind : k == 0 ? CSQ_PART : CSQ_CHAPTER;
    if ((kind == CSQ_LAW || k == 0) && collect(law->root, want, NULL, title, mem, out) != 0)
      return csq__oom(err);
  }
  return CSQ_OK;
}

/* A law's name alone (刑法, 勞基法): the whole law; *found is 0 when the
 * words are no law's name. */
static csq_status whole_law(csq_library *lib, csq__lookup_state *s, const char *text, size_t len,
                            csq_node_list *m, int *found, csq_error *err) {
  csq_status st = CSQ_OK;
  const csq_law *law = law_named(lib, s, text, len, &st, err);
  *found = law != NULL;
  if (!law) /* a law named with a date it was not yet in force on: err says so */
    return st == CSQ_NOT_FOUND && !memchr(text, '@', len) ? CSQ_OK : st;
  s->law = law;
  s->has_last = 0;
  return csq__node_list_push(m, law->root) == 0 ? CSQ_OK : csq__oom(err);
}

static csq_status by_title(csq_library *lib, csq__lookup_state *s, const char *text, size_t len,
                           csq_node_list *m, csq_error *err);

/* Words that end like a law's name but name none: the closest names. */
static csq_status no_such_law(csq_library *lib, const char *text, size_t len, csq_error *err) {
  char name[256];
  csq__lawref ref = {0};
  snprintf(name, sizeof name, "%.*s", (int)len, text);
  return csq__library_no_law(lib, name, &ref, err); /* did you mean …? */
}

csq_status csq__select_titled(csq_library *lib, csq__lookup_state *s, const char *text, size_t len,
                              csq_node_list *m, csq_error *err) {
  int found;
  csq_status st = whole_law(lib, s, text, len, m, &found, err);
  if (st != CSQ_OK || found)
    return st;
  st = by_title(lib, s, text, len, m, err);
  const char *sign = memchr(text, '@', len); /* 不存在法@2019-01-01: the name alone */
  size_t name = sign ? (size_t)(sign - text) : len;
  if (st == CSQ_BAD_QUERY && csq__ends_with_any(text, name, CSQ__WORDS(law_endings)) >= 0)
    return no_such_law(lib, text, name, err);
  return st;
}

/* 民法繼承編: a heading of a law by its title. */
static csq_status by_title(csq_library *lib, csq__lookup_state *s, const char *text, size_t len,
                           csq_node_list *m, csq_error *err) {
  size_t title_len = len;
  csq_kind kind = title_kind(text, &title_len);
  if (kind == CSQ_LAW && csq__ends_with_any(text, len, CSQ__WORDS(bare_titles)) < 0)
    return CSQ_BAD_QUERY;
  const csq_law *seen = NULL;
  csq_error absent; /* 民法繼承編 with 民法 neither loaded nor stored: what 民法 is */
  absent.status = CSQ_OK;
  for (size_t k = 0; k < title_len; k++) {
    if ((text[k] & 0xC0) == 0x80)
      continue; /* inside a character */
    csq_status st = CSQ_OK;
    const csq_law *law = law_named(lib, s, text, k, &st, err);
    if (st != CSQ_OK && st != CSQ_NOT_FOUND)
      return st;
    if (st == CSQ_NOT_FOUND && err && absent.status == CSQ_OK)
      absent = *err;
    if (!law)
      continue;
    char title[256];
    snprintf(title, sizeof title, "%.*s", (int)(title_len - k), text + k);
    node_vec found = {0};
    if ((st = titled(law, kind, title, &found, m->mem, err)) != CSQ_OK)
      return st;
    if (found.count && csq__node_list_push(m, found.items[0]) != 0)
      st = csq__oom(err);
    int hit = found.count > 0;
    csq__vec_free(m->mem, &found);
    if (hit) {
      s->law = law;
      s->has_last = 0;
      return st;
    }
    seen = k ? law : seen;
  }
  if (!seen && absent.status == CSQ_NOT_FOUND) {
    *err = absent;
    return CSQ_NOT_FOUND;
  }
  if (!seen)
    return CSQ_BAD_QUERY;
  return none(seen, seen->root, kind == CSQ_CHAPTER ? CSQ_CHAPTER : CSQ_PART, text, m->mem, err);
}
