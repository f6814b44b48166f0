/*
 * collect.c — the first phase of a search: every provision the query
 * finds, each scored as it comes and the best kept in a heap.
 *
 * A provision is found when it holds every positive term (each as itself or
 * one of its long forms) and none excluded: one FTS5 query over the whole
 * index. A ranked search finds more: a law the terms name, or whose name
 * they cover, brings in its provisions that hold the other terms (勞基法
 * 特休: the provisions of 勞動基準法 that hold 特休 or 特別休假), and a
 * lead-in found there brings in the items of its list (…應依下列規定給予
 * 特別休假：一、…三日。). Its score is its relevance (csq_relevance, rank.c)
 * times exp of the weights of its priors (priors.c) and of its law's name
 * (laws.c); an exact search scores by bm25 alone.
 */
#include <math.h>
#include <string.h>

#include "query/query.h"

typedef csq__cand cand;

/* ---- the heap of the best candidates ------------------------------------- */

/* Whether a ranks below b: a lower score, or the same and a later place
 * (ties are ordered by node_key, so that pages never repeat or skip). */
static int worse(const cand *a, const cand *b) {
  return a->score < b->score || (a->score == b->score && a->key > b->key);
}

static void sift_down(cand *h, size_t n, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && worse(&h[l], &h[m]))
      m = l;
    if (r < n && worse(&h[r], &h[m]))
      m = r;
    if (m == i)
      return;
    cand t = h[i];
    h[i] = h[m];
    h[m] = t;
    i = m;
  }
}

static void heap_add(csq__search *s, const cand *c) {
  cand *h = s->heap;
  if (s->count == s->cap) {
    if (!worse(&h[0], c))
      return;
    h[0] = *c;
    sift_down(h, s->count, 0);
    return;
  }
  size_t i = s->count++;
  h[i] = *c;
  while (i > 0 && worse(&h[i], &h[(i - 1) / 2])) {
    cand t = h[i];
    h[i] = h[(i - 1) / 2];
    h[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

/* ---- weights ----------------------------------------------------------------- */

static void part(csq_score_part *parts, size_t *n, const char *name, double w) {
  if (parts && w != 0 && *n < 32)
    parts[(*n)++] = (csq_score_part){name, exp(w)};
}

double csq__prior_weight(const csq__weights *w, uint16_t bits, csq_score_part *parts, size_t *n) {
  static const struct {
    uint16_t bit;
    csq__weight weight;
    const char *name;
  } FLAGS[] = {
      {CSQ_PRIOR_REPEALED, CSQ__W_REPEALED, "repealed"},
      {CSQ_PRIOR_DUTY, CSQ__W_DUTY, "duty"},
      {CSQ_PRIOR_MAY, CSQ__W_MAY, "may"},
      {CSQ_PRIOR_DEFINES, CSQ__W_DEFINES, "defines"},
      {CSQ_PRIOR_LEADIN_RULE, CSQ__W_LEADIN_RULE, "lead-in rule"},
      {CSQ_PRIOR_BOILERPLATE, CSQ__W_BOILERPLATE, "boilerplate"},
      {CSQ_PRIOR_ORG_LAW, CSQ__W_ORG_LAW, "organisation act"},
      {CSQ_PRIOR_PENALTY, CSQ__W_PENALTY, "penalty"},
      {CSQ_PRIOR_LEADIN, CSQ__W_LEADIN, "lead-in"},
      {CSQ_PRIOR_FRAGMENT, CSQ__W_FRAGMENT, "fragment"},
  };
  static const struct {
    uint16_t kind;
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

/* exp(the weight of a provision's priors and its law's name): the same few
 * pairs come again and again, so they are kept. */
typedef struct factor_cache {
  uint32_t key[512];
  double value[512];
} factor_cache;

static double factor(csq__search *s, factor_cache *fc, uint16_t bits, int law) {
  uint32_t key = (uint32_t)bits << 8 | (uint32_t)(law + 1) | 1u << 31;
  size_t slot = (bits * 31u + (unsigned)law * 7u) % 512;
  if (fc->key[slot] == key)
    return fc->value[slot];
  double w = csq__prior_weight(s->w, bits, NULL, NULL) + (law >= 0 ? s->laws.items[law].weight : 0);
  fc->key[slot] = key;
  return fc->value[slot] = exp(w);
}

/* ---- which provisions count ------------------------------------------------ */

/* Whether a provision passes the filters; one left out only for its law's
 * repeal is counted. */
static int accept(csq__search *s, uint16_t bits) {
  if (s->level >= 0 && (!(bits & CSQ_PRIOR_KNOWN) || (bits & CSQ_PRIOR_LEVEL_MASK) != s->level))
    return 0;
  if ((bits & CSQ_PRIOR_REPEALED) && (s->o->in_force || !s->with_repealed)) {
    s->repealed += !s->o->in_force;
    return 0;
  }
  return 1;
}

static int was_seen(const csq__search *s, sqlite3_int64 key) {
  uint64_t ignored;
  return csq__u64map_get(&s->seen, (uint64_t)key, &ignored);
}

static int law_of(const csq__search *s, sqlite3_int64 key) {
  const csq__law_match *m = csq__laws_at(&s->laws, key);
  return m ? (int)(m - s->laws.items) : -1;
}

/* A lead-in found in a law that brings in provisions: its list follows. */
typedef struct leadin {
  sqlite3_int64 key;
  double relevance;
  int law;
} leadin;

typedef struct collector {
  csq__search *s;
  factor_cache fc;
  CSQ_VEC(leadin) leadins;
  int law;          /* the law whose provisions are being brought in, or -1 */
  double name_part; /* the relevance its name gives */
  int fail;
} collector;

/* A provision found: scored and kept. */
static void take(collector *c, sqlite3_int64 key, double relevance, int inherited) {
  csq__search *s = c->s;
  uint16_t bits = csq__priors_at(&s->sr->priors, key);
  int law = s->o->exact ? -1 : law_of(s, key);
  int scoped = law >= 0 && s->laws.items[law].scope;
  if (scoped && csq__u64map_put(&s->seen, (uint64_t)key, 1) != 0)
    c->fail = 1;
  if (!accept(s, bits))
    return;
  cand x = {key, relevance, relevance, bits, (signed char)law, (char)inherited};
  if (!s->o->exact)
    x.score = relevance * factor(s, &c->fc, bits, law);
  heap_add(s, &x);
  s->total++;
  if (scoped && !inherited && (bits & CSQ_PRIOR_LEADIN)) {
    leadin l = {key, relevance, law};
    c->fail |= csq__vec_push(s->mem, &c->leadins, l) != 0;
  }
}

/* Runs FTS5 query `match` between node_keys first and last; each row is
 * taken, or, bringing in a law's provisions, taken unless found before. */
static csq_status each_match(collector *c, const char *match, const char *map, sqlite3_int64 first,
                             sqlite3_int64 last, csq_error *err) {
  csq__search *s = c->s;
  sqlite3_stmt *q = NULL;
  csq_status st =
      csq__searcher_stmt(s->sr, s->o->exact ? CSQ__Q_BM25 : CSQ__Q_MATCH, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_text(q, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64(q, 2, first);
  sqlite3_bind_int64(q, 3, last);
  if (s->o->exact) {
    sqlite3_bind_int(q, 4, !s->o->law); /* the idf is scaled in after counting */
  } else {
    sqlite3_bind_text(q, 4, map, -1, SQLITE_STATIC);
    sqlite3_bind_double(q, 5, s->w->v[CSQ__W_K1]);
    sqlite3_bind_double(q, 6, s->w->v[CSQ__W_B]);
  }
  int rc;
  double n = s->o->exact ? 1.0 : (double)s->n_positive;
  while (!c->fail && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    sqlite3_int64 key = sqlite3_column_int64(q, 0);
    if (c->law >= 0 && was_seen(s, key))
      continue;
    take(c, key, (sqlite3_column_double(q, 1) + c->name_part) / n, 0);
  }
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (c->fail)
    return csq__oom(err);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(s->sr->db, NULL, "search", err);
}

/* Every provision with text of a law whose name holds every term. */
static csq_status each_text_node(collector *c, const csq__law_match *m, csq_error *err) {
  csq__search *s = c->s;
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_TEXT_NODES, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_int64 first = m->first > s->first ? m->first : s->first;
  sqlite3_int64 last = m->last < s->last ? m->last : s->last;
  sqlite3_bind_int64(q, 1, first);
  sqlite3_bind_int64(q, 2, last);
  int rc;
  while (!c->fail && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    sqlite3_int64 key = sqlite3_column_int64(q, 0);
    if (!was_seen(s, key))
      take(c, key, c->name_part / (double)s->n_positive, 0);
  }
  sqlite3_reset(q);
  if (c->fail)
    return csq__oom(err);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(s->sr->db, NULL, "search", err);
}

static size_t bits_set(uint32_t x) {
  size_t n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
}

/* The provisions of a law the terms name, or whose name they cover, that
 * hold the other terms in their text. */
static csq_status bring_in(collector *c, int law, csq_error *err) {
  csq__search *s = c->s;
  const csq__law_match *m = &s->laws.items[law];
  if (m->last < s->first || m->first > s->last)
    return CSQ_OK;
  uint32_t by_name = csq__law_terms(m) & s->positive, rest = s->positive & ~by_name;
  c->law = law;
  c->name_part = (double)bits_set(by_name) * s->w->v[CSQ__W_NAME_TERM];
  csq_status st;
  if (!rest) {
    st = each_text_node(c, m, err);
  } else {
    csq_buf match = {.mem = s->mem};
    char map[CSQ__MAX_PHRASES + 1];
    st = csq__terms_fts(s->terms, rest, &match, map, err);
    if (st == CSQ_OK)
      st = each_match(c, match.data, map, m->first > s->first ? m->first : s->first,
                      m->last < s->last ? m->last : s->last, err);
    csq__buf_free(&match);
  }
  c->law = -1;
  c->name_part = 0;
  return st;
}

static int is_list_kind(uint16_t kind) {
  return kind >= CSQ_PRIOR_KIND_SUBPARAGRAPH && kind <= CSQ_PRIOR_KIND_SUBITEM;
}

/* The items of a lead-in's list (and of their lists): the provisions after
 * it that are list items deeper than it, up to the first that is not. */
static void bring_in_list(collector *c, const leadin *l) {
  csq__search *s = c->s;
  const csq__law_match *m = &s->laws.items[l->law];
  uint16_t kind = csq__priors_at(&s->sr->priors, l->key) & CSQ_PRIOR_KIND_MASK;
  double relevance = l->relevance * s->w->v[CSQ__W_INHERIT];
  for (sqlite3_int64 k = l->key + 1; k <= m->last && !c->fail; k++) {
    uint16_t item = csq__priors_at(&s->sr->priors, k) & CSQ_PRIOR_KIND_MASK;
    if (!is_list_kind(item) || (is_list_kind(kind) && item <= kind))
      break;
    if (!was_seen(s, k))
      take(c, k, relevance, 1);
  }
}

csq_status csq__collect(csq__search *s, csq_error *err) {
  collector *c = csq__calloc(s->mem, 1, sizeof *c);
  if (!c)
    return csq__oom(err);
  c->s = s;
  c->law = -1;
  csq_buf match = {.mem = s->mem};
  char map[CSQ__MAX_PHRASES + 1];
  csq_status st = csq__terms_fts(s->terms, s->positive, &match, map, err);
  if (st == CSQ_OK)
    st = each_match(c, match.data, map, s->first, s->last, err);
  csq__buf_free(&match);
  for (size_t i = 0; st == CSQ_OK && !s->o->exact && i < s->laws.count; i++)
    if (s->laws.items[i].scope)
      st = bring_in(c, (int)i, err);
  for (size_t i = 0; st == CSQ_OK && i < c->leadins.count; i++)
    bring_in_list(c, &c->leadins.items[i]);
  if (st == CSQ_OK && c->fail)
    st = csq__oom(err);
  csq__vec_free(s->mem, &c->leadins);
  csq__free(s->mem, c);
  return st;
}
