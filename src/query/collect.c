/*
 * collect.c — the first phase of a search: every provision the query
 * finds, each scored as it comes and the best kept in a heap.
 *
 * A provision is found when it holds every positive term (each as itself or
 * one of its long forms) and none excluded: one FTS5 query over the whole
 * index; when none holds them all, one that holds some (search.c). A ranked search finds more: a
 * law the terms name, or whose name they cover, brings in its provisions that hold the other terms
 * (勞基法 特休: the provisions of 勞動基準法 that hold 特休 or 特別休假), a heading (編 章 節)
 * brings in the provisions under it that hold the other terms (船舶碰撞: 海商法 第四章 船舶碰撞,
 * whose articles say 碰撞), and a lead-in found there brings in the items of its list
 * (…應依下列規定給予 特別休假：一、…三日。). Its score is its relevance (csq_match, store/match.c)
 * times exp of the weights of its priors (priors.c) and of its law's name (laws.c); an exact search
 * scores by bm25 alone.
 */
#include <math.h>
#include <string.h>

#include "query/searching.h"

typedef csq__cand cand;

/* ---- weights ----------------------------------------------------------------- */

/* exp(the weight of a provision's priors and its law's name): the same few
 * pairs come again and again, so they are kept. */
typedef struct factor_cache {
  uint64_t key[512];
  double value[512];
} factor_cache;

static double factor(csq__search *s, factor_cache *fc, uint32_t bits, int law) {
  bits &= (1u << CSQ_PRIOR_LENGTH_SHIFT) - 1; /* the length weighs nothing here */
  uint64_t key = (uint64_t)bits << 8 | (uint64_t)(law + 1) | 1ull << 63;
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
int csq__passes(const csq__search *s, uint32_t bits) {
  if (s->level >= 0 &&
      (!(bits & CSQ_PRIOR_KNOWN) || (int)(bits & CSQ_PRIOR_LEVEL_MASK) != s->level))
    return 0;
  return !(bits & CSQ_PRIOR_REPEALED) || (!s->o->in_force && s->with_repealed);
}

/* TAKEN when a provision passes the filters, ASIDE when it fails for its
 * law's repeal alone: counted apart, as a search with repealed laws would
 * count it (csq_hits_repealed_left_out), and bringing in what it would. */
enum { LEFT_OUT, TAKEN, ASIDE };

static int accept(const csq__search *s, uint32_t bits) {
  if (csq__passes(s, bits))
    return TAKEN;
  return (bits & CSQ_PRIOR_REPEALED) && !s->o->in_force &&
                 csq__passes(s, bits & ~(uint32_t)CSQ_PRIOR_REPEALED)
             ? ASIDE
             : LEFT_OUT;
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
  uint32_t terms; /* the terms it holds, and its items with it */
} leadin;

/* A heading (編 章 節) found: what it holds, and the nodes under it,
 * (key, last]. */
typedef struct heading {
  sqlite3_int64 key, last;
  double relevance;
  uint32_t terms;
} heading;

typedef struct collector {
  csq__search *s;
  factor_cache fc;
  CSQ_VEC(leadin) leadins;
  CSQ_VEC(heading) headings; /* in the order of their keys */
  int law;                   /* the law whose provisions are being brought in, or -1 */
  int in_heading;            /* … or the heading */
  double about_factor[16];   /* exp of the weights of each CSQ__ABOUT_* set */
  double about_max;          /* the largest of them */
  double same_law;           /* exp(some_same_law) */
  double name_part;          /* the relevance its name gives */
  uint32_t by_name;          /* the terms its name holds */
  int took;                  /* the last provision found passed the filters */
  int citing;                /* taking provisions that cite one found */
  int first_pass;            /* the first search, over every law: each provision found once */
  int excluding;             /* the query excludes a word */
  csq_status failed;         /* why a provision's text could not be read (its cause in why) */
  csq_error why;
  uint32_t rarest; /* searching for some terms: the term held by the fewest rows */
  int fail;
} collector;

static int in_set(const csq__u64map *m, sqlite3_int64 key) {
  uint64_t ignored;
  return csq__u64map_get(m, (uint64_t)key, &ignored);
}

/* The lead-in of list item `key` of kind `kind`: the nearest provision
 * before it of a shallower kind (a provision's children follow it). */
static sqlite3_int64 lead_in_of(csq__search *s, sqlite3_int64 key, uint32_t kind) {
  for (sqlite3_int64 k = key - 1, n = 0; k > 0 && n < 400; k--, n++) {
    uint32_t b = csq__priors_at(&s->sr->priors, k);
    uint32_t up = b & CSQ_PRIOR_KIND_MASK;
    if (!(b & CSQ_PRIOR_KNOWN) || up == CSQ_PRIOR_KIND_HEADING)
      return 0;
    if (up < kind && up != CSQ_PRIOR_KIND_OTHER)
      return k;
  }
  return 0;
}

/* What says the provision is about the query: it defines a term, or its
 * lead-in was found too. */
static char about(csq__search *s, sqlite3_int64 key, uint32_t bits, int inherited) {
  char a = 0;
  if ((bits & CSQ_PRIOR_DEFINES) && in_set(&s->defining, key))
    a |= CSQ__ABOUT_DEFINES;
  uint32_t kind = bits & CSQ_PRIOR_KIND_MASK;
  if (csq__is_list_kind(kind) && (inherited || in_set(&s->leadins, lead_in_of(s, key, kind))))
    a |= CSQ__ABOUT_LEADIN;
  return a;
}

static double about_weight(const csq__weights *w, char a) {
  return ((a & CSQ__ABOUT_DEFINES) ? w->v[CSQ__W_ABOUT_DEFINITION] : 0) +
         ((a & CSQ__ABOUT_LEADIN) ? w->v[CSQ__W_LEADIN_MENTIONS] : 0) +
         ((a & CSQ__ABOUT_HEADING) ? w->v[CSQ__W_UNDER_HEADING] : 0);
}

/* The innermost heading found that `key` is under, or NULL. Headings nest
 * or follow one another, so it is among the last few that begin before
 * it. */
static const heading *under_heading(const collector *c, sqlite3_int64 key) {
  size_t lo = 0, hi = c->headings.count;
  while (lo < hi) { /* the first that begins at or after key */
    size_t mid = lo + (hi - lo) / 2;
    if (c->headings.items[mid].key < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t i = lo, n = 0; i-- > 0 && n < 8; n++)
    if (c->headings.items[i].last >= key)
      return &c->headings.items[i];
  return NULL;
}

/* The terms the lead-in of list item `key` holds, when it was found. */
static uint32_t lead_in_terms(csq__search *s, sqlite3_int64 key, uint32_t bits) {
  uint32_t kind = bits & CSQ_PRIOR_KIND_MASK;
  uint64_t terms = 0;
  if (csq__is_list_kind(kind))
    csq__u64map_get(&s->leadins, (uint64_t)lead_in_of(s, key, kind), &terms);
  return (uint32_t)terms;
}

/* The tier of a provision found that holds `terms` (with its law's name).
 * A list item is read with its lead-in: the two hold what either holds
 * (…汽機車駕駛人…處…罰鍰： with 一、酒精濃度超過規定標準。). */
static char tier_of(csq__search *s, sqlite3_int64 key, int law, uint32_t bits, uint32_t terms) {
  if ((terms & s->positive) != s->positive &&
      ((terms | lead_in_terms(s, key, bits)) & s->positive) != s->positive)
    return CSQ__TIER_SOME_TERMS;
  /* The law the query names, first (its headings are not provisions: they
   * rank with the rest). */
  return law >= 0 && s->laws.items[law].names_query &&
                 (bits & CSQ_PRIOR_KIND_MASK) != CSQ_PRIOR_KIND_HEADING
             ? CSQ__TIER_NAMED_LAW
             : CSQ__TIER_SCORED;
}

/* Whether provision `key`, found without the index, holds a word the query
 * excludes; when its text cannot be read, the search fails (c->fail stops
 * every loop; the cause is kept for stop()). */
static int excluded(collector *c, sqlite3_int64 key) {
  int held = 0;
  if (!c->failed && (c->failed = csq__excluded_at(c->s, key, &held, &c->why)) == CSQ_OK)
    return held;
  c->fail = 1;
  return 1;
}

/* The status of a collection that stopped: the database's cause when a
 * text could not be read, else out of memory. */
static csq_status stop(collector *c, csq_error *err) {
  if (c->failed == CSQ_OK)
    return csq__oom(err);
  *err = c->why;
  return c->failed;
}

/* A provision found that holds `terms`: scored and kept. `m` is what
 * csq_match read of it (NULL: its priors are read here). */
static void take(collector *c, sqlite3_int64 key, double relevance, int inherited, uint32_t terms,
                 const csq__match *m) {
  c->took = 0; /* until it passes every filter below */
  csq__search *s = c->s;
  if (csq__out_of_time(s, key)) /* another version of its law: neither found nor counted */
    return;
  if (!m && !s->o->exact && c->excluding && excluded(c, key))
    return;
  uint32_t bits = m ? m->priors : csq__priors_at(&s->sr->priors, key);
  uint32_t in_text = terms & ~c->by_name; /* not those its law's name or heading holds */
  int law = s->o->exact ? -1 : law_of(s, key);
  const heading *h = s->o->exact || !c->headings.count ? NULL : under_heading(c, key);
  if (h) { /* found under a heading found before: it is taken here, not again */
    terms |= h->terms;
    c->fail |= csq__u64map_put(&s->seen, (uint64_t)key, 1) != 0;
  }
  int scoped = law >= 0 && s->laws.items[law].scope;
  if (scoped && csq__u64map_put(&s->seen, (uint64_t)key, 1) != 0)
    c->fail = 1;
  /* A lead-in whose own text holds terms speaks for its items (not one of a
   * law whose name holds them: 役男出境處理辦法 第13條's list of tasks) */
  if (!s->o->exact && (bits & CSQ_PRIOR_LEADIN) && in_text &&
      csq__u64map_put(&s->leadins, (uint64_t)key, in_text))
    c->fail = 1;
  int taken = accept(s, bits);
  if (taken == LEFT_OUT)
    return;
  char tier = tier_of(s, key, law, bits, terms);
  cand x = {key, relevance, relevance, bits, (signed char)law, (char)inherited, tier, 0, 0};
  if (taken == ASIDE) {
    x.score = -1; /* never placed */
  } else if (!s->o->exact) {
    x.score = relevance * factor(s, &c->fc, bits, law);
    if (tier == CSQ__TIER_SOME_TERMS && csq__in_every_law(s, key))
      x.score *= c->same_law;
    /* What says it is about the query is looked up only when it could
     * lift it into a full heap (for 資, 83,778 hits, most cannot). */
    const cand *worst = s->count == s->cap ? &s->heap[0] : NULL;
    if (worst && tier != CSQ__TIER_NAMED_LAW &&
        (worst->tier > tier || (worst->tier == tier && x.score * c->about_max < worst->score))) {
      s->left_out = 1;
      x.score = -1; /* below any: heap_add leaves it out */
    } else {
      x.about = (char)(about(s, key, bits, inherited && !c->citing) | (h ? CSQ__ABOUT_HEADING : 0) |
                       (c->citing ? CSQ__ABOUT_CITES : 0));
      x.score *= c->about_factor[(int)x.about];
    }
  }
  if (x.score >= 0)
    csq__heap_add(s, &x);
  unsigned how = (tier != CSQ__TIER_SOME_TERMS ? CSQ__FOUND_EVERY : 0) |
                 (bits & CSQ_PRIOR_REPEALED ? CSQ__FOUND_REPEALED : 0) |
                 (taken == ASIDE ? CSQ__FOUND_ASIDE : 0) | (c->first_pass ? CSQ__FOUND_FIRST : 0);
  c->fail |= csq__count_found(s, key, how) != 0;
  c->took = 1;
  if (!s->o->exact && taken == TAKEN &&
      csq__vec_push(s->mem, &s->texts, m ? m->text : csq__priors_text_hash(&s->sr->priors, key)) !=
          0)
    c->fail = 1;
  if (scoped && !inherited && (bits & CSQ_PRIOR_LEADIN)) {
    leadin l = {key, relevance, law, terms};
    c->fail |= csq__vec_push(s->mem, &c->leadins, l) != 0;
  }
}

/* Whether a provision found holding `terms`, searching for some of the
 * terms, is in a law whose name holds others: the law brings it in after,
 * with the terms of its name, as a search for every term does. */
static int brought_in_later(const csq__search *s, sqlite3_int64 key, uint32_t terms) {
  int law = law_of(s, key);
  return law >= 0 && s->laws.items[law].scope &&
         (csq__law_terms(&s->laws.items[law]) & s->positive & ~terms) != 0;
}

static size_t bits_set(uint32_t x) {
  size_t n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
}

/* Keeps heading `key` found holding `terms`, with where what is under it
 * ends, when the terms cover `scope_cover` of its title or more: a heading
 * is what its provisions are about, not every word of it. */
static csq_status add_heading(collector *c, sqlite3_int64 key, double relevance, uint32_t terms,
                              csq_error *err) {
  csq__search *s = c->s;
  sqlite3_stmt *q = NULL, *t = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_TITLE, &t, err);
  if (st == CSQ_OK)
    st = csq__searcher_stmt(s->sr, CSQ__Q_HEADING_LAST, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_int64(t, 1, key);
  int rc = sqlite3_step(t);
  const char *title = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(t, 0) : NULL;
  /* a title that lists subjects is about the one that holds the terms, and
   * its provisions each about one: the heading then speaks for those that
   * hold the terms themselves, bringing in none on its own (第六節 眷屬喪葬
   * 津貼、生育給付及育嬰留職停薪津貼: not 喪葬津貼 for 育嬰留職停薪 津貼) */
  double one = 0;
  int listed = title && csq__title_subjects(s, title, terms, &one);
  /* for some of the terms, one that holds the rarest (工作規則 of 工作規則 核備,
   * not 稅率 of 房地合一 稅率: every tax's chapter of rates) */
  int keep = title && (!s->some_terms || (terms & c->rarest)) &&
             (listed ? one : csq__title_cover(s, title, terms)) >= s->w->v[CSQ__W_SCOPE_COVER];
  sqlite3_reset(t);
  if (rc != SQLITE_ROW)
    return csq__db_fail(s->sr->db, NULL, "search", err);
  if (!keep)
    return CSQ_OK;
  sqlite3_bind_int64(q, 1, key);
  rc = sqlite3_step(q);
  sqlite3_int64 last = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
  sqlite3_reset(q);
  if (rc != SQLITE_ROW)
    return csq__db_fail(s->sr->db, NULL, "search", err);
  heading h = {key, last, relevance, listed ? 0 : terms};
  return last > key && csq__vec_push(s->mem, &c->headings, h) != 0 ? csq__oom(err) : CSQ_OK;
}

/* The relevance of a provision that holds only `held` of the terms: as if
 * they were all the terms, times their share of the terms' idf to the
 * power some_share (a rare term of art beside a common word, 職務發明 歸屬:
 * the provisions that hold the rare one come first); a term that names an
 * aspect (天數 of 喪假 天數) weighs aspect_share of its idf. */
static double some_relevance(const collector *c, const csq__match *m, uint32_t held) {
  const csq__search *s = c->s;
  double have = 0, all = 0, aspect = s->w->v[CSQ__W_ASPECT_SHARE];
  for (size_t t = 0; t < 32; t++)
    if (s->positive >> t & 1) {
      double idf = (m->idf ? m->idf[t] : 1) * (s->aspects >> t & 1 ? aspect : 1);
      all += idf;
      have += (held >> t & 1) ? idf : 0;
    }
  return all > 0 ? (m->relevance + c->name_part) / (double)bits_set(held) *
                       pow(have / all, s->w->v[CSQ__W_SOME_SHARE])
                 : 0;
}

/* The positive term of the highest idf (the fewest rows hold it). */
static uint32_t rarest_term(const csq__search *s, const double *idf) {
  size_t best = 32;
  for (size_t t = 0; t < 32; t++)
    if ((s->positive >> t & 1) && (best == 32 || idf[t] > idf[best]))
      best = t;
  return best < 32 ? 1u << best : 0;
}

/* Runs FTS5 query `match` between node_keys first and last; each row is
 * taken, or, bringing in a law's provisions, taken unless found before. */
static csq_status each_match(collector *c, const char *match, const char *map, sqlite3_int64 first,
                             sqlite3_int64 last, csq_error *err) {
  csq__search *s = c->s;
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, s->o->exact ? CSQ__Q_BM25 : CSQ__Q_MATCH, &q, err);
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
    sqlite3_bind_int(q, 7, s->some_terms); /* how rare each term is, for those that hold some */
  }
  int rc = SQLITE_DONE;
  double n = s->o->exact ? 1.0 : (double)s->n_positive;
  while (!c->fail && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    sqlite3_int64 key = sqlite3_column_int64(q, 0);
    if ((c->law >= 0 || c->in_heading) && was_seen(s, key))
      continue;
    if (s->o->exact) {
      take(c, key, sqlite3_column_double(q, 1), 0, s->positive, NULL);
      continue;
    }
    const csq__match *m = csq__rank_match(s->sr->ranker); /* the row's, from csq_match */
    if (c->law < 0 && s->some_terms && brought_in_later(s, key, m->terms))
      continue;
    uint32_t held = (m->terms | c->by_name) & s->positive;
    if (!c->rarest && m->idf)
      c->rarest = rarest_term(s, m->idf);
    double relevance =
        held == s->positive ? (m->relevance + c->name_part) / n : some_relevance(c, m, held);
    take(c, key, relevance, 0, held, m);
    if (c->took && c->law < 0 && !c->in_heading && !s->o->exact &&
        (m->priors & CSQ_PRIOR_KIND_MASK) == CSQ_PRIOR_KIND_HEADING &&
        (st = add_heading(c, key, relevance, held, err)) != CSQ_OK)
      break;
  }
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (st != CSQ_OK)
    return st;
  if (c->fail)
    return stop(c, err);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? CSQ_OK
                                               : csq__db_fail(s->sr->db, NULL, "search", err);
}

/* Every provision with text of a law whose name holds every term (the
 * priors say which have text: no row of nodes is read). */
static csq_status each_text_node(collector *c, const csq__law_match *m, csq_error *err) {
  csq__search *s = c->s;
  sqlite3_int64 first = m->first > s->first ? m->first : s->first;
  sqlite3_int64 last = m->last < s->last ? m->last : s->last;
  for (sqlite3_int64 key = first; key <= last && !c->fail; key++)
    if ((csq__priors_at(&s->sr->priors, key) & CSQ_PRIOR_TEXT) && !was_seen(s, key))
      take(c, key, c->name_part / (double)s->n_positive, 0, s->positive, NULL);
  return c->fail ? stop(c, err) : CSQ_OK;
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
  c->by_name = by_name;
  csq_status st;
  if (!rest) {
    st = each_text_node(c, m, err);
  } else {
    csq_buf match = {.mem = s->mem};
    char map[CSQ__MAX_PHRASES + 1];
    st = csq__terms_fts(s->terms, rest, s->some_terms, &match, map, err);
    if (st == CSQ_OK)
      st = each_match(c, match.data, map, m->first > s->first ? m->first : s->first,
                      m->last < s->last ? m->last : s->last, err);
    csq__buf_free(&match);
  }
  c->law = -1;
  c->name_part = 0;
  c->by_name = 0;
  return st;
}

/* The provisions under a heading found that hold the terms it does not
 * (羈押 finds 刑事訴訟法 第十章 被告之羈押: every provision of the chapter;
 * 股東會 召集 under 第三款 股東會, those that hold 召集), as a law's name
 * brings in its provisions. */
static csq_status bring_in_heading(collector *c, const heading *h, csq_error *err) {
  csq__search *s = c->s;
  sqlite3_int64 first = h->key + 1 > s->first ? h->key + 1 : s->first;
  sqlite3_int64 last = h->last < s->last ? h->last : s->last;
  uint32_t rest = s->positive & ~h->terms;
  csq_status st = CSQ_OK;
  c->in_heading = 1;
  if (!rest) {
    double relevance = h->relevance * s->w->v[CSQ__W_INHERIT];
    for (sqlite3_int64 k = first; k <= last && !c->fail; k++)
      if ((csq__priors_at(&s->sr->priors, k) & CSQ_PRIOR_TEXT) && !was_seen(s, k))
        take(c, k, relevance, 0, s->positive, NULL);
  } else if (first <= last) {
    csq_buf match = {.mem = s->mem};
    char map[CSQ__MAX_PHRASES + 1];
    c->by_name = h->terms & s->positive;
    c->name_part = (double)bits_set(c->by_name) * s->w->v[CSQ__W_NAME_TERM];
    st = csq__terms_fts(s->terms, rest, s->some_terms, &match, map, err);
    if (st == CSQ_OK)
      st = each_match(c, match.data, map, first, last, err);
    csq__buf_free(&match);
  }
  c->in_heading = 0;
  c->by_name = 0;
  c->name_part = 0;
  return st == CSQ_OK && c->fail ? stop(c, err) : st;
}

/* The items of a lead-in's list (and of their lists): the provisions after
 * it that are list items deeper than it, up to the first that is not. */
static void bring_in_list(collector *c, const leadin *l) {
  csq__search *s = c->s;
  const csq__law_match *m = &s->laws.items[l->law];
  uint32_t kind = csq__priors_at(&s->sr->priors, l->key) & CSQ_PRIOR_KIND_MASK;
  double relevance = l->relevance * s->w->v[CSQ__W_INHERIT];
  for (sqlite3_int64 k = l->key + 1; k <= m->last && !c->fail; k++) {
    uint32_t item = csq__priors_at(&s->sr->priors, k) & CSQ_PRIOR_KIND_MASK;
    if (!csq__is_list_kind(item) || (csq__is_list_kind(kind) && item <= kind))
      break;
    if (!was_seen(s, k))
      take(c, k, relevance, 1, l->terms, NULL);
  }
}

/* A provision that cites one holding every term (前項 of it, its 施行細則):
 * taken as holding none, at `inherit` of its relevance, before those that
 * hold only some; not outside the law a search is narrowed to (--law: the
 * 施行細則 that cites 文化資產保存法 第57條 is another law). */
static void take_citing(void *ctx, sqlite3_int64 key, double relevance) {
  collector *c = ctx;
  if (was_seen(c->s, key) || key < c->s->first || key > c->s->last)
    return;
  if (csq__u64map_put(&c->s->seen, (uint64_t)key, 1) != 0)
    c->fail = 1;
  else {
    c->citing = 1;
    take(c, key, relevance * c->s->w->v[CSQ__W_INHERIT], 1, 0, NULL);
    c->citing = 0;
  }
}

csq_status csq__collect(csq__search *s, csq_error *err) {
  collector *c = csq__calloc(s->mem, 1, sizeof *c);
  if (!c)
    return csq__oom(err);
  c->s = s;
  c->law = -1;
  for (size_t i = 0; i < s->terms->count; i++)
    c->excluding |= s->terms->items[i].exclude && s->terms->items[i].searchable;
  c->same_law = exp(s->w->v[CSQ__W_SOME_SAME_LAW]);
  for (char a = 0; a < 16; a++) {
    c->about_factor[(int)a] = exp(about_weight(s->w, a));
    c->about_max =
        a && c->about_max > c->about_factor[(int)a] ? c->about_max : c->about_factor[(int)a];
  }
  csq_buf match = {.mem = s->mem};
  char map[CSQ__MAX_PHRASES + 1];
  csq_status st = s->o->exact ? CSQ_OK : csq__find_defining(s, err);
  if (st == CSQ_OK)
    st = csq__terms_fts(s->terms, s->positive, s->some_terms, &match, map, err);
  c->first_pass = 1;
  if (st == CSQ_OK)
    st = each_match(c, match.data, map, s->first, s->last, err);
  c->first_pass = 0;
  csq__buf_free(&match);
  for (size_t i = 0; st == CSQ_OK && !s->o->exact && i < s->laws.count; i++)
    if (s->laws.items[i].scope)
      st = bring_in(c, (int)i, err);
  for (size_t i = 0; st == CSQ_OK && i < c->headings.count; i++)
    st = bring_in_heading(c, &c->headings.items[i], err);
  for (size_t i = 0; st == CSQ_OK && i < c->leadins.count; i++)
    bring_in_list(c, &c->leadins.items[i]);
  if (st == CSQ_OK && s->some_terms) {
    size_t n = 0;
    cand every[32];
    for (size_t i = 0; i < s->count && n < 32; i++)
      if (s->heap[i].tier > CSQ__TIER_SOME_TERMS)
        every[n++] = s->heap[i];
    for (size_t i = 0; st == CSQ_OK && i < n; i++)
      st = csq__each_citing(s, every[i].key, every[i].relevance, take_citing, c, err);
  }
  if (st == CSQ_OK && c->fail)
    st = stop(c, err);
  csq__vec_free(s->mem, &c->leadins);
  csq__vec_free(s->mem, &c->headings);
  csq__free(s->mem, c);
  return st;
}
