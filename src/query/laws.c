/*
 * laws.c — the laws a search names: a term that is a law's name or short
 * name (勞基法, 個資法, 刑法), a short name less its 法 or 條例 (勞退 for
 * 勞退條例), the laws whose names begin with a named law's (勞動基準法施行細則),
 * and every law whose name holds a term (環境影響評估 in 環境影響評估法), with
 * the share of the name the terms cover. The store indexes every name and
 * short name (search_laws_fts, store/law_names.c): a lookup per term.
 * And the versions of laws a search leaves out: those not in force on its
 * date, or, without one, those a later version replaced.
 */
#include <string.h>

#include "query/searching.h"

typedef csq__law_match law_match;

/* One name the index found for a string. */
typedef struct found {
  sqlite3_int64 law_key, first, last;
  const char *name;
  int is_short;
} found;

static double chars(const char *s) { return (double)csq__code_points(s, 0, strlen(s)); }

static law_match *match_of(csq__law_matches *m, const found *f) {
  for (size_t i = 0; i < m->count; i++)
    if (m->items[i].law_key == f->law_key)
      return &m->items[i];
  if (m->count == sizeof m->items / sizeof m->items[0])
    return NULL;
  law_match *x = &m->items[m->count++];
  memset(x, 0, sizeof *x);
  x->law_key = f->law_key;
  x->first = f->first;
  x->last = f->last;
  return x;
}

/* Whether name is s followed by one of the endings of a short name. */
static int is_stem_of(const char *s, const char *name) {
  size_t n = strlen(s);
  if (strncmp(name, s, n) != 0)
    return 0;
  for (size_t i = 0; i < csq_words_law_name_endings_count; i++)
    if (strcmp(name + n, csq_words_law_name_endings[i]) == 0)
      return 1;
  return 0;
}

/* Calls visit for every law name the index holds `s` in: as one phrase, or
 * with `piece` > 0, as phrases of `piece` bytes each, in any order (the
 * visitor checks theirs). */
static csq_status each_name(sqlite3_stmt *names, const char *s, size_t piece,
                            void (*visit)(void *ctx, const found *f), void *ctx, csq_error *err) {
  csq_buf q = {0};
  int fail = csq__buf_append(&q, "\"", 1);
  for (const char *p = s; *p; p++) {
    if (piece && p > s && (size_t)(p - s) % piece == 0)
      fail |= csq__buf_append(&q, "\" \"", 3);
    fail |= csq__buf_append(&q, p, 1) | (*p == '"' ? csq__buf_append(&q, "\"", 1) : 0);
  }
  fail |= csq__buf_append(&q, "\"", 2); /* with the NUL */
  if (fail) {
    csq__buf_free(&q);
    return csq__oom(err);
  }
  sqlite3_bind_text(names, 1, q.data, -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(names)) == SQLITE_ROW) {
    found f = {sqlite3_column_int64(names, 0), sqlite3_column_int64(names, 3),
               sqlite3_column_int64(names, 4), csq__db_text(names, 1),
               sqlite3_column_int(names, 2)};
    visit(ctx, &f);
  }
  sqlite3_reset(names);
  sqlite3_clear_bindings(names);
  csq__buf_free(&q);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(sqlite3_db_handle(names), NULL, "search", err);
}

typedef struct term_visit {
  csq__law_matches *m;
  const char *alt;
  uint32_t bit;
  size_t term;             /* its index: bit is 1 << term */
  size_t piece;            /* the bytes of each piece of alt a name must hold in order, or 0 */
  char named_full[4][256]; /* the full names of the laws the term names */
  size_t named_count;
  sqlite3_int64 named_keys[4];
} term_visit;

/* Whether name holds the pieces of `piece` bytes of s in their order
 * (土壤 and 污染 of 土壤污染 in 土壤及地下水污染整治法). */
static int holds_in_order(const char *name, const char *s, size_t piece) {
  char part[64];
  for (size_t at = 0, len = strlen(s); at < len; at += piece) {
    snprintf(part, sizeof part, "%.*s", (int)(len - at < piece ? len - at : piece), s + at);
    const char *p = strstr(name, part);
    if (!p)
      return 0;
    name = p + strlen(part);
  }
  return 1;
}

/* A name that holds the term's alternative `alt`. */
static void visit_term(void *ctx, const found *f) {
  term_visit *v = ctx;
  if (v->piece && !holds_in_order(f->name, v->alt, v->piece))
    return;
  law_match *x = match_of(v->m, f);
  if (!x)
    return;
  int named = !v->piece && strcmp(f->name, v->alt) == 0;
  int stem = !v->piece && !named && is_stem_of(v->alt, f->name);
  if (named)
    x->named |= v->bit;
  if (stem)
    x->stem |= v->bit;
  if (!named && !stem)
    x->in_name |= v->bit;
  /* 中高齡 就業 cover 5/13 of 中高齡者及高齡者就業促進法 together, as a
   * heading's words do (titles.c): each term's longest form, summed */
  float share = (float)(chars(v->alt) / chars(f->name));
  if (!f->is_short && share > x->term_share[v->term])
    x->term_share[v->term] = share;
  for (size_t i = 0; (named || stem) && i <= v->named_count && i < 4; i++)
    if (i == v->named_count) {
      v->named_keys[v->named_count++] = f->law_key;
      break;
    } else if (v->named_keys[i] == f->law_key)
      break;
}

/* A law whose name begins with that of a law the term names. */
static void visit_family(void *ctx, const found *f) {
  term_visit *v = ctx;
  for (size_t i = 0; i < v->named_count; i++) {
    const char *full = v->named_full[i];
    if (!f->is_short && *full && strncmp(f->name, full, strlen(full)) == 0 &&
        strcmp(f->name, full) != 0) {
      law_match *x = match_of(v->m, f);
      if (x)
        x->family |= v->bit;
    }
  }
}

uint32_t csq__law_terms(const law_match *m) {
  return m ? m->named | m->stem | m->family | m->in_name : 0;
}

static int by_weight(const void *a, const void *b) {
  const law_match *x = a, *y = b;
  if (x->weight != y->weight)
    return x->weight < y->weight ? 1 : -1;
  return x->law_key < y->law_key ? -1 : x->law_key > y->law_key;
}

/* The named laws' full names (laws.name by law_key), then the laws whose
 * names begin with them. */
static csq_status find_family(sqlite3_stmt *names, sqlite3_stmt *law_name, term_visit *v,
                              csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < v->named_count; i++) {
    sqlite3_bind_int64(law_name, 1, v->named_keys[i]);
    int rc = sqlite3_step(law_name);
    if (rc == SQLITE_ROW)
      snprintf(v->named_full[i], sizeof v->named_full[i], "%s", csq__db_text(law_name, 0));
    else if (rc != SQLITE_DONE)
      st = csq__db_fail(sqlite3_db_handle(law_name), NULL, "search", err);
    sqlite3_reset(law_name);
    if (st == CSQ_OK && v->named_full[i][0])
      st = each_name(names, v->named_full[i], 0, visit_family, v, err);
  }
  return st;
}

csq_status csq__laws_match(sqlite3_stmt *names, sqlite3_stmt *law_name, const csq__terms *t,
                           const csq__weights *w, csq__law_matches *out, csq_error *err) {
  out->count = 0;
  csq_status st = CSQ_OK;
  for (size_t i = 0; names && st == CSQ_OK && i < t->count; i++) {
    const csq__term *x = &t->items[i];
    if (x->exclude || !x->searchable)
      continue;
    for (size_t k = 0; st == CSQ_OK && k < x->alt_count; k++) {
      if (chars(x->alt[k]) < 2) /* one character is in too many names */
        continue;
      term_visit v = {.m = out, .alt = x->alt[k], .bit = 1u << i, .term = i};
      st = each_name(names, x->alt[k], 0, visit_term, &v, err);
      if (st == CSQ_OK && v.named_count)
        st = find_family(names, law_name, &v, err);
      /* 土壤污染 as its words in order too (土壤及地下水污染整治法), when it
       * is Han words of two characters each */
      size_t n = (size_t)chars(x->alt[k]);
      if (st == CSQ_OK && n >= 4 && n % 2 == 0 && strlen(x->alt[k]) == 3 * n &&
          csq__all_han(x->alt[k])) {
        v.piece = 6; /* two characters of three bytes */
        st = each_name(names, x->alt[k], v.piece, visit_term, &v, err);
      }
    }
  }
  for (size_t i = 0; i < out->count; i++) {
    law_match *x = &out->items[i];
    x->cover = 0;
    for (size_t k = 0; k < t->count; k++)
      x->cover += x->term_share[k];
    x->weight = (x->named ? w->v[CSQ__W_LAW_NAMED] : 0) + (x->stem ? w->v[CSQ__W_LAW_STEM] : 0) +
                (x->family ? w->v[CSQ__W_LAW_FAMILY] : 0) +
                w->v[CSQ__W_NAME_COVER] * (x->cover > 1 ? 1 : x->cover);
  }
  csq__sort(out->items, out->count, sizeof *out->items, by_weight);
  out->first = INT64_MAX;
  out->last = 0;
  for (size_t i = 0; i < out->count; i++) {
    out->first = out->items[i].first < out->first ? out->items[i].first : out->first;
    out->last = out->items[i].last > out->last ? out->items[i].last : out->last;
  }
  uint32_t positive = 0;
  for (size_t i = 0; i < t->count; i++)
    if (!t->items[i].exclude && t->items[i].searchable)
      positive |= 1u << i;
  size_t scoped = 0;
  for (size_t i = 0; i < out->count; i++) {
    law_match *x = &out->items[i];
    int eligible = x->named || x->stem || x->family || x->cover >= w->v[CSQ__W_SCOPE_COVER];
    x->scope = eligible && (double)scoped < w->v[CSQ__W_SCOPE_LAWS];
    x->names_query = x->scope && positive && (x->named & positive) == positive;
    scoped += x->scope;
  }
  return st;
}

const law_match *csq__laws_at(const csq__law_matches *m, sqlite3_int64 key) {
  if (key < m->first || key > m->last)
    return NULL;
  for (size_t i = 0; i < m->count; i++)
    if (key >= m->items[i].first && key <= m->items[i].last)
      return &m->items[i];
  return NULL;
}

/* ---- the versions left out ---------------------------------------------- */

/* Whether the import counted no version a later one replaced. */
static csq_status replaced_none(csq__searcher *sr, int *none, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(sr, CSQ__Q_REPLACED_COUNT, &q, err);
  if (st != CSQ_OK)
    return st;
  int rc = sqlite3_step(q);
  *none = rc == SQLITE_ROW && strcmp(csq__db_text(q, 0), "0") == 0;
  sqlite3_reset(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(sr->db, NULL, "search", err);
}

/* The versions a search leaves out on the library's date (--at), or, without
 * one, the versions replaced by a later: read once a date. */
csq_status csq__read_out_of_time(csq__search *s, csq_error *err) {
  const char *at = csq_library_date(s->lib);
  at = at[0] ? at : "9999";
  csq__searcher *sr = s->sr;
  if (sr->out_of_time_at[0] && strcmp(sr->out_of_time_at, at) == 0)
    return CSQ_OK;
  sqlite3_stmt *q = NULL;
  int dated = strcmp(at, "9999") != 0, none = 0;
  csq_status st = dated ? CSQ_OK : replaced_none(sr, &none, err);
  if (st != CSQ_OK)
    return st;
  if (none) {
    sr->out_of_time.count = 0;
    snprintf(sr->out_of_time_at, sizeof sr->out_of_time_at, "%s", at);
    return CSQ_OK;
  }
  st = csq__searcher_stmt(sr, dated ? CSQ__Q_OUT_OF_TIME : CSQ__Q_REPLACED, &q, err);
  if (st != CSQ_OK)
    return st;
  sr->out_of_time.count = 0;
  sr->out_of_time_at[0] = '\0';
  if (dated)
    sqlite3_bind_text(q, 1, at, -1, SQLITE_STATIC);
  int rc, fail = 0;
  while (!fail && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    csq__node_range r = {sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1)};
    fail = csq__vec_push(sr->mem, &sr->out_of_time, r) != 0;
  }
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (fail)
    return csq__oom(err);
  if (rc != SQLITE_DONE)
    return csq__db_fail(sr->db, NULL, "search", err);
  snprintf(sr->out_of_time_at, sizeof sr->out_of_time_at, "%s", at);
  return CSQ_OK;
}

int csq__out_of_time(const csq__search *s, sqlite3_int64 key) {
  const csq__node_range *r = s->sr->out_of_time.items;
  size_t lo = 0, hi = s->sr->out_of_time.count;
  while (lo < hi) { /* the last range that starts at or before key */
    size_t mid = lo + (hi - lo) / 2;
    if (r[mid].first <= key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && key <= r[lo - 1].last;
}
