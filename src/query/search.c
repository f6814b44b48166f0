/*
 * search.c — full-text search over the text of every provision: the user's
 * terms (terms.c), the laws they name (laws.c), every provision found
 * scored and the best kept (collect.c), those read and weighed again by what
 * their text says of the query (rerank.c), and the page's hits with their
 * snippets (snippet.c) and lead-ins. docs/search.md says what a query means
 * and how hits are ranked.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "query/searching.h"

typedef csq__hit hit;

struct csq_hits {
  const csq_mem *mem;
  hit *items;
  size_t count, total, every, listed;
  size_t repealed;       /* provisions of repealed laws left out, that `repealed` finds */
  size_t with_repealed;  /* the total a search with `repealed` gives */
  size_t repealed_found; /* of total, provisions of repealed laws */
  size_t repealed_every; /* of repealed, those that hold every term */
  int some_terms;
  char *searched_as; /* the terms, when they are not as typed */
};

size_t csq_hits_count(const csq_hits *h) { return h->count; }
size_t csq_hits_total(const csq_hits *h) { return h->total; }
size_t csq_hits_repealed_left_out(const csq_hits *h) { return h->repealed; }
size_t csq_hits_total_with_repealed(const csq_hits *h) { return h->with_repealed; }
int csq_hits_some_terms(const csq_hits *h) { return h->some_terms; }
size_t csq_hits_every_term(const csq_hits *h) { return h->every; }
size_t csq_hits_listed(const csq_hits *h) { return h->listed; }
const char *csq_hits_searched_as(const csq_hits *h) { return h->searched_as ? h->searched_as : ""; }
const char *csq_hit_law_id(const csq_hits *h, size_t i) { return h->items[i].law_id; }
const char *csq_hit_law_name(const csq_hits *h, size_t i) { return h->items[i].law_name; }
const char *csq_hit_law_version(const csq_hits *h, size_t i) { return h->items[i].version; }
const char *csq_hit_eid(const csq_hits *h, size_t i) { return h->items[i].eid; }
const char *csq_hit_cite(const csq_hits *h, size_t i) { return h->items[i].cite; }
const char *csq_hit_kind(const csq_hits *h, size_t i) { return h->items[i].kind; }
const char *csq_hit_snippet(const csq_hits *h, size_t i) { return h->items[i].snippet; }
const char *csq_hit_lead_in(const csq_hits *h, size_t i) {
  return h->items[i].lead_in ? h->items[i].lead_in : "";
}
size_t csq_hit_same_text(const csq_hits *h, size_t i) { return h->items[i].same; }
int csq_hit_repealed(const csq_hits *h, size_t i) { return h->items[i].repealed; }
int csq_hit_some_terms(const csq_hits *h, size_t i) {
  return h->items[i].cand.tier == CSQ__TIER_SOME_TERMS;
}
int csq_hit_listed(const csq_hits *h, size_t i) { return h->items[i].listed; }
double csq_hit_score(const csq_hits *h, size_t i) { return h->items[i].score; }
size_t csq_hit_score_parts(const csq_hits *h, size_t i, const csq_score_part **parts) {
  *parts = h->items[i].parts;
  return h->items[i].n_parts;
}

void csq_hits_free(csq_hits *h) {
  if (!h)
    return;
  for (size_t i = 0; i < h->count; i++)
    csq__hit_release(h->mem, &h->items[i]);
  csq__free(h->mem, h->items);
  csq__free(h->mem, h->searched_as);
  csq__free(h->mem, h);
}

/* ---- options ------------------------------------------------------------------ */

static csq_status read_level(const char *level, int *out, csq_error *err) {
  *out = -1;
  if (!level)
    return CSQ_OK;
  if (strcmp(level, CSQ_WORD_LEVEL_ACT) == 0)
    *out = CSQ_PRIOR_LEVEL_ACT;
  else if (strcmp(level, CSQ_WORD_LEVEL_REGULATION) == 0)
    *out = CSQ_PRIOR_LEVEL_REGULATION;
  else if (strcmp(level, CSQ_WORD_LEVEL_CONSTITUTION) == 0)
    *out = CSQ_PRIOR_LEVEL_CONSTITUTION;
  else
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_BAD_LEVEL, level);
  return CSQ_OK;
}

/* ---- versions: each law in its version in force on the date asked -------- */

/* The node_keys of the law `name` names exactly (pcode or name), in the
 * version the search asks for (the latest of them when none is in force
 * then): *found 0 when none. */
static csq_status range_of(csq__search *s, const char *name, int *found, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_LAW_RANGE, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
  int rc;
  *found = 0;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (sqlite3_column_type(q, 0) == SQLITE_NULL)
      continue;
    sqlite3_int64 first = sqlite3_column_int64(q, 0);
    int in_time = !csq__out_of_time(s, first);
    if (!*found || in_time) { /* the latest version, unless one is in force */
      s->first = first;
      s->last = sqlite3_column_int64(q, 1);
    }
    *found = 1;
    if (in_time)
      break;
  }
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? CSQ_OK
                                               : csq__db_fail(s->sr->db, NULL, "search", err);
}

/* The node_keys of the law --law names: by its pcode or name, or by a name
 * lawyers use (勞基法, 中華民國刑法 for 刑法: names.c). CSQ_NOT_FOUND, with
 * the names closest, when no law stored has it, rather than a search that
 * finds nothing. */
static csq_status law_range(csq__search *s, csq_error *err) {
  s->first = 0;
  s->last = INT64_MAX;
  if (!s->o->law)
    return CSQ_OK;
  csq__lawref ref = {0};
  csq_status st = csq__library_name(s->lib, s->o->law, &ref, err);
  const char *tries[3] = {s->o->law, ref.known ? ref.id : NULL, ref.known ? ref.name : NULL};
  int found = 0;
  for (int i = 0; st == CSQ_OK && !found && i < 3; i++)
    if (tries[i] && *tries[i])
      st = range_of(s, tries[i], &found, err);
  if (st == CSQ_OK && !found)
    st = csq__library_no_law(s->lib, s->o->law, &ref, err);
  return st;
}

/* ---- running it ---------------------------------------------------------------- */

/* Phase one and two for a pool of `cap`: *items best first. The pool is
 * large enough when the page's hits are all in it: when it filled the page,
 * or nothing was left out of it. Else it grows. */
static csq_status run(csq__search *s, size_t want, hit **items, size_t *count, csq_error *err) {
  /* at the least the pool the law focus weighs (focus.c), whatever the page */
  size_t pool = (size_t)s->w->v[CSQ__W_LAW_FOCUS_POOL], first = want * 4 + 50;
  for (size_t cap = first > pool ? first : pool;; cap *= 4) {
    s->total = s->every = s->repealed_found = s->aside = s->aside_every = s->listed = 0;
    s->count = 0;
    s->cap = cap;
    s->left_out = 0;
    csq__u64map_free(&s->seen);
    csq__u64map_free(&s->counted);
    csq__u64map_free(&s->defining);
    csq__u64map_free(&s->leadins);
    s->seen.mem = s->counted.mem = s->defining.mem = s->leadins.mem = s->mem;
    s->texts.count = 0;
    s->matched.count = 0;
    s->matched_unsorted = 0;
    csq__free(s->mem, s->heap);
    s->heap = csq__calloc(s->mem, cap, sizeof *s->heap);
    if (!s->heap)
      return csq__oom(err);
    csq_status st = csq__collect(s, err);
    if (st == CSQ_OK)
      st = csq__rerank(s, want, items, count, err);
    if (st != CSQ_OK || s->placed >= want || !s->left_out)
      return st;
    for (size_t i = 0; i < *count; i++)
      csq__hit_release(s->mem, &(*items)[i]);
    csq__free(s->mem, *items);
    *items = NULL;
  }
}

/* How many provisions found hold the hit's text: those folded into it, and
 * those of the same text that ranked lower. The hashes node_priors keeps of
 * every text (a 32-bit hash: among a hundred thousand provisions found, two
 * different texts share one about once in forty thousand searches). */
static void count_same(csq__search *s, hit *x) {
  uint32_t h = csq__text_hash(x->text);
  size_t same = 0;
  for (size_t i = 0; i < s->texts.count; i++)
    same += s->texts.items[i] == h;
  if (same > x->same)
    x->same = same;
}

/* The snippets, and the lead-ins of list items, of the page's hits. */
static csq_status finish_page(csq__search *s, hit *items, size_t count, csq_error *err) {
  csq__needles *nd = csq__calloc(s->mem, 1, sizeof *nd);
  if (!nd)
    return csq__oom(err);
  csq__terms_needles(s->terms, nd);
  if (csq__needles_units(s->mem, nd) != 0) {
    csq__needles_free(s->mem, nd);
    csq__free(s->mem, nd);
    return csq__oom(err);
  }
  const char *open = s->o->mark_open ? s->o->mark_open : "«";
  const char *close = s->o->mark_close ? s->o->mark_close : "»";
  csq_status st = CSQ_OK;
  for (size_t i = 0; i < count && st == CSQ_OK; i++) {
    hit *x = &items[i];
    x->snippet = csq__snippet(s->mem, x->text, nd, open, close);
    if (!x->snippet)
      st = csq__oom(err);
    if (st == CSQ_OK)
      st = csq__read_lead_in(s, x, err);
    if (st == CSQ_OK && !s->o->exact && *x->text)
      count_same(s, x);
    if (st == CSQ_OK && x->lead_in) {
      char *marked = csq__snippet(s->mem, x->lead_in, nd, open, close);
      csq__free(s->mem, x->lead_in);
      x->lead_in = marked;
      if (!marked)
        st = csq__oom(err);
    }
  }
  csq__needles_free(s->mem, nd);
  csq__free(s->mem, nd);
  return st;
}

/* Keeps hits [offset, offset + limit) of items in h, releasing the rest. */
static void keep_page(csq__search *s, hit *items, size_t count, size_t limit, csq_hits *h) {
  size_t first = s->o->offset < count ? s->o->offset : count;
  size_t last = first + limit < count ? first + limit : count;
  for (size_t i = 0; i < count; i++)
    if (i < first || i >= last)
      csq__hit_release(s->mem, &items[i]);
  if (first && last > first)
    memmove(items, items + first, (last - first) * sizeof *items);
  h->items = items;
  h->count = last - first;
}

static csq_status search(csq__search *s, csq_hits *h, csq_error *err) {
  size_t limit = s->o->limit ? s->o->limit : 10, want = s->o->offset + limit;
  csq_status st = csq__read_out_of_time(s, err);
  if (st == CSQ_OK)
    st = law_range(s, err);
  sqlite3_stmt *names = NULL, *law_name = NULL;
  if (st == CSQ_OK && !s->o->exact)
    st = csq__searcher_stmt(s->sr, CSQ__Q_NAMES, &names, err);
  if (st == CSQ_OK && !s->o->exact)
    st = csq__searcher_stmt(s->sr, CSQ__Q_LAW_NAME, &law_name, err);
  if (st == CSQ_OK && !s->o->exact)
    st = csq__laws_match(names, law_name, s->terms, s->w, &s->laws, err);
  hit *items = NULL;
  size_t count = 0;
  if (st == CSQ_OK)
    st = run(s, want, &items, &count, err);
  /* Repealed law only when nothing in force matches. */
  if (st == CSQ_OK && !s->o->exact && !s->with_repealed && s->total == 0 && s->aside) {
    s->with_repealed = 1;
    for (size_t i = 0; i < count; i++)
      csq__hit_release(s->mem, &items[i]);
    csq__free(s->mem, items);
    items = NULL;
    st = run(s, want, &items, &count, err);
  }
  if (st == CSQ_OK && s->o->exact && !s->o->law) {
    double scale = csq__rank_scale(s->sr->ranker, (double)s->total);
    for (size_t i = 0; i < count; i++)
      items[i].score *= scale;
  }
  h->total = s->total;
  h->every = s->every;
  h->listed = s->listed;
  h->repealed = s->with_repealed ? 0 : s->aside;
  h->repealed_every = s->with_repealed ? 0 : s->aside_every;
  h->repealed_found = s->repealed_found;
  if (st != CSQ_OK)
    return st;
  keep_page(s, items, count, limit, h);
  return finish_page(s, h->items, h->count, err);
}

/* Whether no provision holds the character ch (a failed count says it is
 * held: the character stays as typed). */
static int absent(void *ctx, const char *ch) {
  long long held = 1;
  csq_error ignored;
  return csq__rows_holding(ctx, ch, 1, &held, &ignored) == CSQ_OK && held == 0;
}

/* Drops the hits of a search that found nothing, to search again. */
static void drop_hits(csq__search *s, csq_hits *h) {
  for (size_t i = 0; i < h->count; i++)
    csq__hit_release(s->mem, &h->items[i]);
  csq__free(s->mem, h->items);
  h->items = NULL;
  h->count = 0;
}

/* The laws of the provisions found holding every term (all of them are
 * among the candidates: fewer than a page), by their node_keys; the same
 * whatever page is asked for. */
static csq_status every_laws(csq__search *s, csq_error *err) {
  sqlite3_stmt *q = NULL;
  s->every_laws = 0;
  for (size_t i = 0; i < s->count && s->every_laws < 8; i++) {
    sqlite3_int64 key = s->heap[i].key;
    if (csq__in_every_law(s, key))
      continue;
    csq_status st = q ? CSQ_OK : csq__searcher_stmt(s->sr, CSQ__Q_LAW_OF_NODE, &q, err);
    if (st != CSQ_OK)
      return st;
    sqlite3_bind_int64(q, 1, key);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
      s->every_law[s->every_laws][0] = sqlite3_column_int64(q, 0);
      s->every_law[s->every_laws++][1] = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return csq__db_fail(s->sr->db, NULL, "search", err);
  }
  return CSQ_OK;
}

/* When too few provisions hold every term, fewer than some_below (解僱
 * 預告期間: the law says 終止契約 … 預告期間; 通訊交易 解除權: …解除契約),
 * the hits go on with those that hold some of them: every one that holds
 * them all first (a tier of its own), then those that hold more (their
 * relevance sums each term's), and the hits say so. Not by the page asked
 * for: a search for some terms finds more that hold them all (list items
 * whose lead-in holds the rest) and weighs them among more, so a later
 * page cut from it would repeat or skip hits of the first. */
static csq_status search_some(csq__search *s, csq_hits *h, csq_error *err) {
  if (h->every >= (size_t)s->w->v[CSQ__W_SOME_BELOW] || s->o->exact || s->n_positive < 2)
    return CSQ_OK;
  csq_status st = every_laws(s, err);
  if (st != CSQ_OK)
    return st;
  drop_hits(s, h);
  s->some_terms = h->some_terms = 1;
  return search(s, h, err);
}

/* The positive terms, as bits and a count, and those that name an aspect. */
static void count_positive(csq__search *s) {
  s->positive = s->aspects = 0;
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    if (t->exclude || !t->searchable)
      continue;
    s->positive |= 1u << i;
    if (csq__ends_with_any(t->text, strlen(t->text), CSQ__WORDS(search_aspects)) >= 0)
      s->aspects |= 1u << i;
  }
  s->n_positive = csq__terms_positive(s->terms);
}

/* The terms as searched, one space between, a term typed short with the
 * form it was read as: 土增稅(土地增值稅). */
static char *terms_text(const csq_mem *mem, const csq__terms *t) {
  csq_buf b = {.mem = mem};
  int fail = 0;
  for (size_t i = 0; i < t->count; i++) {
    const csq__term *x = &t->items[i];
    fail |= (i ? csq__buf_append(&b, " ", 1) : 0) | (x->exclude ? csq__buf_append(&b, "-", 1) : 0) |
            csq__buf_append(&b, x->text, strlen(x->text));
    if (x->contracted[0])
      fail |= csq__buf_puts(&b, "(") | csq__buf_puts(&b, x->contracted) | csq__buf_puts(&b, ")");
  }
  fail |= csq__buf_append(&b, "", 1);
  if (fail) {
    csq__buf_free(&b);
    return NULL;
  }
  return b.data;
}

/* Searches again with the terms changed by `change` (a fold or a split),
 * when it changed them. */
static csq_status search_changed(csq__search *s, csq_hits *h, int changed, csq_error *err) {
  if (!changed)
    return CSQ_OK;
  csq__terms_widen(s->terms, s->o->exact);
  count_positive(s);
  drop_hits(s, h);
  csq__free(s->mem, h->searched_as);
  if (!(h->searched_as = terms_text(s->mem, s->terms)))
    return csq__oom(err);
  return search(s, h, err);
}

/* When nothing is found, simplified characters the index has none of are
 * folded to traditional and the search runs again (lookups fold 条 and 项
 * the same way); when fewer than CSQ__SPLIT_BELOW are found, a term typed
 * short is read in the form the corpus writes it (土增稅 → 土地增值稅), then
 * a term that begins with a law's name is split (勞基法特休 → 勞基法 特休),
 * and then the provisions that hold some of the terms fill the page. */
static csq_status search_folding(csq__search *s, csq_hits *h, csq_error *err) {
  csq_status st = search(s, h, err);
  int changed = 0;
  if (st == CSQ_OK && !h->total && !s->o->exact)
    st = csq__terms_fold_simplified(s->terms, absent, s, &changed, err);
  if (st == CSQ_OK)
    st = search_changed(s, h, changed, err);
  changed = 0;
  /* not by the page asked for: the terms searched are the same for every page */
  if (st == CSQ_OK && h->total < CSQ__SPLIT_BELOW && !s->o->exact)
    st = csq__terms_contract(s, &changed, err);
  if (st == CSQ_OK)
    st = search_changed(s, h, changed, err);
  changed = 0;
  if (st == CSQ_OK && h->total < CSQ__SPLIT_BELOW && !s->o->exact)
    st = csq__terms_cut(s->terms, csq__split_at, s, &changed, err);
  if (st == CSQ_OK)
    st = search_changed(s, h, changed, err);
  return st == CSQ_OK ? search_some(s, h, err) : st;
}

/* What a search with `repealed` would add: the provisions of repealed laws
 * it finds, and its total. The search counted them apart as it went, as
 * that search would count them: their headings and lead-ins bring in more
 * (童工: 12 found, 20 with what their lists hold). That holds while the
 * two would run alike: with the terms as typed (none read in another form,
 * which is decided on how few are found), and either holding every term or
 * with no repealed provision that does (one that does could make a search
 * for some of the terms one for all of them, and brings in what cites it:
 * 著作權 合理使用, 467 in force hold some, 10 with repealed laws hold both).
 * Else that search is run. */
static csq_status left_out(csq_library *lib, const char *query, const csq__search *s, csq_hits *h,
                           csq_error *err) {
  h->with_repealed = h->total + h->repealed;
  if (!h->repealed || (!h->searched_as && !(h->some_terms && h->repealed_every)))
    return CSQ_OK;
  csq_search_options o = *s->o;
  o.repealed = 1;
  o.limit = 1;
  o.offset = 0;
  o.explain = 0;
  csq_hits *all = NULL;
  csq_status st = csq_search(lib, query, &o, &all, err);
  if (st != CSQ_OK)
    return st;
  h->repealed = all->repealed_found;
  h->with_repealed = all->total;
  csq_hits_free(all);
  return CSQ_OK;
}

csq_status csq_search(csq_library *lib, const char *query, const csq_search_options *options,
                      csq_hits **out, csq_error *err) {
  csq_search_options defaults = {0};
  csq__search s = {.mem = lib->mem, .lib = lib, .o = options ? options : &defaults};
  csq_status st = csq__check_query(query, "the search", err);
  if (st == CSQ_OK)
    st = csq__check_query(s.o->law, "the law", err);
  if (st == CSQ_OK)
    st = csq__check_query(s.o->level, "the level", err);
  if (st == CSQ_OK)
    st = csq__check_query(s.o->mark_open, "the opening mark", err);
  if (st == CSQ_OK)
    st = csq__check_query(s.o->mark_close, "the closing mark", err);
  if (st == CSQ_OK)
    st = read_level(s.o->level, &s.level, err);
  s.terms = st == CSQ_OK ? csq__calloc(lib->mem, 1, sizeof *s.terms) : NULL;
  if (st == CSQ_OK && !s.terms)
    st = csq__oom(err);
  if (st == CSQ_OK)
    st = csq__terms_split(query, s.terms, err);
  if (st == CSQ_OK) {
    csq__terms_widen(s.terms, s.o->exact);
    count_positive(&s);
    if (!s.n_positive)
      st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NOTHING_TO_SEARCH);
  }
  int local = 0;
  if (st == CSQ_OK)
    st = csq__searcher_for(lib, &s.sr, &local, err);
  csq__weights override;
  if (st == CSQ_OK && s.o->weights)
    st = csq__weights_load(s.o->weights, &override, err);
  s.w = s.o->weights ? &override : s.sr ? &s.sr->weights : NULL;
  s.with_repealed = s.o->repealed || s.o->exact;
  csq_hits *h = st == CSQ_OK ? csq__calloc(lib->mem, 1, sizeof *h) : NULL;
  if (st == CSQ_OK && !h)
    st = csq__oom(err);
  if (h)
    h->mem = lib->mem;
  /* One read transaction for every statement of the search: each on its
   * own would take and drop the file lock and check the file again. */
  int in_transaction =
      st == CSQ_OK && sqlite3_exec(s.sr->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  if (st == CSQ_OK) {
    s.sr->priors.failed = 0;
    st = search_folding(&s, h, err);
  }
  if (st == CSQ_OK) /* a read of the priors that failed ranked with none */
    st = csq__priors_check(&s.sr->priors, err);
  if (s.sr)
    csq__priors_close(&s.sr->priors); /* before the transaction ends */
  if (in_transaction)
    sqlite3_exec(s.sr->db, "COMMIT", NULL, NULL, NULL);
  if (local)
    csq__searcher_free(s.sr);
  csq__free(lib->mem, s.heap);
  csq__u64map_free(&s.seen);
  csq__u64map_free(&s.counted);
  csq__u64map_free(&s.defining);
  csq__u64map_free(&s.leadins);
  csq__vec_free(lib->mem, &s.texts);
  csq__vec_free(lib->mem, &s.matched);
  csq__free(lib->mem, s.counts);
  csq__free(lib->mem, s.terms);
  if (st == CSQ_OK)
    st = left_out(lib, query, &s, h, err);
  if (st != CSQ_OK) {
    csq_hits_free(h);
    return st;
  }
  *out = h;
  return CSQ_OK;
}
