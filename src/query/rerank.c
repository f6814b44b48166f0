/*
 * rerank.c — the second phase of a search: the best candidates of the
 * first, best first, are read, and weighed by what their text says of the
 * query:
 *
 *  - a duty whose clause holds a term (…應依下列規定給予特別休假), or a
 *    definition of a term holding one (本法所稱營業秘密，係指…), is about it;
 *  - a list item whose lead-in holds a term is about it too;
 *  - a term that stands only across a word boundary (個資 in 「第 i 個資金
 *    來源」, 圍標 in 範圍標示) is not what the reader meant. No dictionary is
 *    needed to see it: the word the match breaks into (資金, 範圍), a bigram of
 *    the match's edge and the character beside it, is found in many times as
 *    many provisions as the term itself (cross_ratio); both are counted in
 *    the index, only as far as that ratio needs;
 *  - a provision whose text is that of one read before (「四、違反受託人義務。」
 *    in fourteen laws) is folded into it, which counts it.
 *
 * These weights only multiply a score by a bounded factor, so once even the
 * largest could not lift a candidate onto the page, no later one can: the
 * rest are not read.
 */
#include <math.h>
#include <string.h>
#include <unicode/utf8.h>

#include "query/query.h"

typedef csq__hit hit;

void csq__hit_release(const csq_mem *mem, hit *x) {
  csq__free(mem, x->law_id);
  csq__free(mem, x->law_name);
  csq__free(mem, x->eid);
  csq__free(mem, x->cite);
  csq__free(mem, x->kind);
  csq__free(mem, x->snippet);
  csq__free(mem, x->text);
  csq__free(mem, x->lead_in);
}

static int better_cand(const void *a, const void *b) {
  const csq__cand *x = a, *y = b;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return x->key < y->key ? -1 : x->key > y->key;
}

/* ---- reading a candidate ---------------------------------------------------- */

static char *dup_col(const csq_mem *mem, sqlite3_stmt *s, int i) {
  return csq__strdup(mem, csq__db_text(s, i));
}

static csq_status read_hit(csq__search *s, const csq__cand *c, hit *x, csq_error *err) {
  sqlite3_stmt *d = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_DETAILS, &d, err);
  if (st != CSQ_OK)
    return st;
  memset(x, 0, sizeof *x);
  x->cand = *c;
  x->key = c->key;
  x->same = 1;
  sqlite3_bind_int64(d, 1, c->key);
  int rc = sqlite3_step(d);
  if (rc == SQLITE_ROW) {
    const csq_mem *mem = s->mem;
    x->law_id = dup_col(mem, d, 0);
    x->law_name = dup_col(mem, d, 1);
    x->eid = dup_col(mem, d, 2);
    x->cite = dup_col(mem, d, 3);
    x->kind = dup_col(mem, d, 4);
    x->text = dup_col(mem, d, 5);
    x->parent = sqlite3_column_int64(d, 6);
    x->repealed = strcmp(csq__db_text(d, 7), "repealed") == 0;
    if (!x->law_id || !x->law_name || !x->eid || !x->cite || !x->kind || !x->text)
      st = csq__oom(err);
  } else if (rc == SQLITE_DONE) {
    st = csq__fail(err, CSQ_BAD_DB, NULL, -1,
                   "search: node %lld is indexed but has no row: the database is damaged; "
                   "build it again with csquery import",
                   (long long)c->key);
  } else {
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  }
  sqlite3_reset(d);
  if (st != CSQ_OK)
    csq__hit_release(s->mem, x);
  return st;
}

/* A provision's parent: its key (0 for none), whether it is a list item,
 * and its text into *text (allocated). */
static csq_status read_parent(csq__search *s, sqlite3_int64 key, sqlite3_int64 *up, int *is_item,
                              char **text, csq_error *err) {
  sqlite3_stmt *p = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_PARENT, &p, err);
  *up = 0;
  *is_item = 0;
  *text = NULL;
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_int64(p, 1, key);
  int rc = sqlite3_step(p);
  if (rc == SQLITE_ROW) {
    csq_kind kind = csq__kind_from_name(csq__db_text(p, 1));
    *up = sqlite3_column_int64(p, 0);
    *is_item = kind >= CSQ_SUBPARAGRAPH;
    if (!(*text = csq__strdup(s->mem, csq__db_text(p, 2))))
      st = csq__oom(err);
  } else if (rc != SQLITE_DONE) {
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  }
  sqlite3_reset(p);
  return st;
}

/* The text of a list item's lead-in: its parent's, and for an item of a
 * list in a list (a 目 of a 款) the outer lead-in before it. */
static csq_status read_lead_in(csq__search *s, hit *x, csq_error *err) {
  uint16_t kind = x->cand.prior & CSQ_PRIOR_KIND_MASK;
  if (kind < CSQ_PRIOR_KIND_SUBPARAGRAPH || kind > CSQ_PRIOR_KIND_SUBITEM || !x->parent)
    return CSQ_OK;
  sqlite3_int64 up = 0, ignored;
  int is_item = 0, outer_item;
  char *inner = NULL, *outer = NULL;
  csq_status st = read_parent(s, x->parent, &up, &is_item, &inner, err);
  if (st == CSQ_OK && is_item && up)
    st = read_parent(s, up, &ignored, &outer_item, &outer, err);
  if (st == CSQ_OK && outer && *outer) {
    csq_buf b = {.mem = s->mem};
    if (csq__buf_puts(&b, outer) || csq__buf_puts(&b, " ") || csq__buf_puts(&b, inner) ||
        csq__buf_append(&b, "", 1)) {
      csq__buf_free(&b);
      st = csq__oom(err);
    } else {
      x->lead_in = b.data;
    }
  } else if (st == CSQ_OK) {
    x->lead_in = inner;
    inner = NULL;
  }
  csq__free(s->mem, inner);
  csq__free(s->mem, outer);
  return st;
}

/* ---- what the text says of the query ---------------------------------------- */

/* Whether s holds an alternative of a positive term (or, with `either`, is
 * held by one). */
static int holds_term(const csq__search *s, const char *text, int either) {
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; (s->positive >> i & 1) && k < t->alt_count; k++)
      if (strstr(text, t->alt[k]) || (either && strlen(text) >= 6 && strstr(t->alt[k], text)))
        return 1;
  }
  return 0;
}

/* Whether a row of statement q (bound to key) holds a term. */
static csq_status any_row_holds(csq__search *s, int which, sqlite3_int64 key, int either,
                                int *out, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, which, &q, err);
  *out = 0;
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_int64(q, 1, key);
  int rc;
  while (!*out && (rc = sqlite3_step(q)) == SQLITE_ROW)
    *out = holds_term(s, csq__db_text(q, 0), either);
  if (!*out && rc != SQLITE_DONE)
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  sqlite3_reset(q);
  return st;
}

/* Rows counted, up to a limit, per string: a search asks few. */
typedef struct counts {
  char text[16][32];
  long long limit[16], count[16];
  size_t n;
} counts;

/* The rows holding the string s, counted up to `limit`. */
static csq_status count_upto(csq__search *s, counts *cc, const char *str, long long limit,
                             long long *out, csq_error *err) {
  for (size_t i = 0; i < cc->n; i++)
    if (strcmp(cc->text[i], str) == 0 && (cc->count[i] < cc->limit[i] || cc->limit[i] >= limit)) {
      *out = cc->count[i] < limit ? cc->count[i] : limit;
      return CSQ_OK;
    }
  sqlite3_stmt *q = NULL;
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_COUNT_UPTO, &q, err);
  if (st != CSQ_OK)
    return st;
  char quoted[40];
  snprintf(quoted, sizeof quoted, "\"%s\"", str);
  sqlite3_bind_text(q, 1, quoted, -1, SQLITE_STATIC);
  sqlite3_bind_int64(q, 2, limit);
  int rc = sqlite3_step(q);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
  sqlite3_reset(q);
  if (rc != SQLITE_ROW)
    return csq__db_fail(s->sr->db, NULL, "search", err);
  size_t slot = cc->n < 16 ? cc->n++ : 15;
  snprintf(cc->text[slot], sizeof cc->text[slot], "%s", str);
  cc->limit[slot] = limit;
  cc->count[slot] = *out;
  return CSQ_OK;
}

static int is_han(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* Whether the bigram of the character before (or after) a match and the
 * match's edge character is found in `limit` rows or more. */
static csq_status breaks_word(csq__search *s, counts *cc, const char *text, size_t at, size_t end,
                              const char *alt, long long limit, int *out, csq_error *err) {
  char pair[16] = "";
  int32_t i = (int32_t)at, n = (int32_t)strlen(text), m = (int32_t)strlen(alt);
  UChar32 before = -1, after = -1, first, last;
  if (i > 0)
    U8_PREV(text, 0, i, before);
  int32_t j = (int32_t)end;
  if (j < n)
    U8_NEXT(text, j, n, after);
  int32_t a = 0, z = m;
  U8_NEXT(alt, a, m, first);
  U8_PREV(alt, 0, z, last);
  *out = 0;
  long long found;
  csq_status st = CSQ_OK;
  if (is_han(before) && is_han(first)) {
    int32_t k = 0;
    U8_APPEND_UNSAFE(pair, k, before);
    U8_APPEND_UNSAFE(pair, k, first);
    pair[k] = '\0';
    st = count_upto(s, cc, pair, limit, &found, err);
    *out = st == CSQ_OK && found >= limit;
  }
  if (st == CSQ_OK && !*out && is_han(after) && is_han(last)) {
    int32_t k = 0;
    U8_APPEND_UNSAFE(pair, k, last);
    U8_APPEND_UNSAFE(pair, k, after);
    pair[k] = '\0';
    st = count_upto(s, cc, pair, limit, &found, err);
    *out = st == CSQ_OK && found >= limit;
  }
  return st;
}

/* Rows of a term held by more than this many are taken as meant wherever
 * they stand. */
enum { COMMON_TERM = 500 };

/* Whether some positive term stands in the text only across word
 * boundaries. */
static csq_status crosses_word(csq__search *s, counts *cc, const char *text, int *out,
                               csq_error *err) {
  csq_status st = CSQ_OK;
  *out = 0;
  double ratio = s->w->v[CSQ__W_CROSS_RATIO];
  for (size_t i = 0; st == CSQ_OK && !*out && i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    int seen = 0, clean = 0;
    for (size_t k = 0; st == CSQ_OK && !clean && (s->positive >> i & 1) && k < t->alt_count; k++) {
      const char *alt = t->alt[k];
      if (strlen(alt) < 6 || strlen(alt) > 24) { /* one character, or a long phrase */
        clean |= strstr(text, alt) != NULL;
        continue;
      }
      long long rows = 0;
      for (const char *p = strstr(text, alt); st == CSQ_OK && p && !clean; p = strstr(p + 1, alt)) {
        seen = 1;
        if (!rows)
          st = count_upto(s, cc, alt, COMMON_TERM + 1, &rows, err);
        int broken = 0;
        if (st == CSQ_OK && rows <= COMMON_TERM)
          st = breaks_word(s, cc, text, (size_t)(p - text), (size_t)(p - text) + strlen(alt), alt,
                           (long long)ceil(ratio * (double)rows), &broken, err);
        clean = !broken;
      }
    }
    *out = seen && !clean;
  }
  return st;
}

/* Whether the text holds an excluded term (a provision brought in by its
 * law's name or its lead-in was not matched against them). */
static int holds_excluded(const csq__search *s, const char *text) {
  for (size_t i = 0; i < s->terms->count; i++) {
    const csq__term *t = &s->terms->items[i];
    for (size_t k = 0; t->exclude && t->searchable && k < t->alt_count; k++)
      if (strstr(text, t->alt[k]))
        return 1;
  }
  return 0;
}

static void add_part(hit *x, int explain, const char *name, double w) {
  if (explain && w != 0 && x->n_parts < sizeof x->parts / sizeof x->parts[0])
    x->parts[x->n_parts++] = (csq_score_part){name, exp(w)};
}

/* The weights of what the text says of the query, added to the hit's
 * score; the parts of the score with explain. */
static csq_status weigh(csq__search *s, counts *cc, hit *x, csq_error *err) {
  const csq__weights *w = s->w;
  int explain = s->o->explain, about = 0;
  double sum = 0;
  csq_status st = CSQ_OK;
  if (explain) {
    x->parts[x->n_parts++] = (csq_score_part){"relevance", x->cand.relevance};
    x->n_parts += 0;
    size_t n = x->n_parts;
    csq__prior_weight(w, x->cand.prior, x->parts, &n);
    x->n_parts = n;
    if (x->cand.law >= 0)
      add_part(x, 1, "law's name", s->laws.items[(int)x->cand.law].weight);
  }
  if (x->cand.prior & CSQ_PRIOR_DUTY)
    st = any_row_holds(s, CSQ__Q_DUTIES, x->key, 0, &about, err);
  if (st == CSQ_OK && about) {
    sum += w->v[CSQ__W_ABOUT_DUTY];
    add_part(x, explain, "duty about it", w->v[CSQ__W_ABOUT_DUTY]);
  }
  about = 0;
  if (st == CSQ_OK && (x->cand.prior & CSQ_PRIOR_DEFINES))
    st = any_row_holds(s, CSQ__Q_DEFINED, x->key, 1, &about, err);
  if (st == CSQ_OK && about) {
    sum += w->v[CSQ__W_ABOUT_DEFINITION];
    add_part(x, explain, "defines it", w->v[CSQ__W_ABOUT_DEFINITION]);
  }
  if (st == CSQ_OK)
    st = read_lead_in(s, x, err);
  if (st == CSQ_OK && x->lead_in && holds_term(s, x->lead_in, 0)) {
    sum += w->v[CSQ__W_LEADIN_MENTIONS];
    add_part(x, explain, "lead-in names it", w->v[CSQ__W_LEADIN_MENTIONS]);
  }
  int crosses = 0;
  if (st == CSQ_OK)
    st = crosses_word(s, cc, x->text, &crosses, err);
  if (st == CSQ_OK && crosses) {
    sum += w->v[CSQ__W_CROSSES_WORD];
    add_part(x, explain, "breaks a word", w->v[CSQ__W_CROSSES_WORD]);
  }
  x->score = x->cand.score * exp(sum);
  return st;
}

/* The largest factor weigh() can multiply a score by. */
static double largest_boost(const csq__weights *w) {
  double up = 0;
  static const csq__weight BOOSTS[] = {CSQ__W_ABOUT_DUTY, CSQ__W_ABOUT_DEFINITION,
                                       CSQ__W_LEADIN_MENTIONS, CSQ__W_CROSSES_WORD};
  for (size_t i = 0; i < sizeof BOOSTS / sizeof BOOSTS[0]; i++)
    up += w->v[BOOSTS[i]] > 0 ? w->v[BOOSTS[i]] : 0;
  return exp(up);
}

/* The best `want` final scores so far, best first: the last is the bar a
 * candidate must clear to enter the page. */
typedef struct bar {
  double *score;
  size_t count, want;
} bar;

static double bar_add(bar *b, double score) {
  size_t j;
  if (b->count < b->want)
    j = b->count++;
  else if (score > b->score[b->want - 1])
    j = b->want - 1;
  else
    return b->score[b->want - 1];
  b->score[j] = score;
  for (; j > 0 && b->score[j] > b->score[j - 1]; j--) {
    double t = b->score[j];
    b->score[j] = b->score[j - 1];
    b->score[j - 1] = t;
  }
  return b->count == b->want ? b->score[b->want - 1] : 0;
}

static int better_hit(const void *a, const void *b) {
  const hit *x = a, *y = b;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return x->key < y->key ? -1 : x->key > y->key;
}

/* Folds x into the hit read before with the same text, if any: 1 when it
 * was folded. */
static int fold(csq__u64map *texts, hit *items, size_t count, const hit *x, int *fail) {
  uint64_t h = csq__hash_bytes(x->text, strlen(x->text)) | 1, at;
  if (csq__u64map_get(texts, h, &at) && at < count && strcmp(items[at].text, x->text) == 0) {
    items[at].same++;
    return 1;
  }
  *fail |= csq__u64map_put(texts, h, count) != 0;
  return 0;
}

csq_status csq__rerank(csq__search *s, size_t want, hit **out, size_t *count, csq_error *err) {
  const csq_mem *mem = s->mem;
  qsort(s->heap, s->count, sizeof *s->heap, better_cand);
  hit *items = csq__calloc(mem, s->count + 1, sizeof *items);
  counts *cc = csq__calloc(mem, 1, sizeof *cc);
  bar b = {csq__calloc(mem, want + 1, sizeof(double)), 0, want};
  csq__u64map texts = {.mem = mem};
  csq_status st = items && cc && b.score ? CSQ_OK : csq__oom(err);
  double up = s->o->exact ? 1 : largest_boost(s->w), threshold = 0;
  size_t n = 0;
  int fail = 0;
  for (size_t i = 0; st == CSQ_OK && i < s->count; i++) {
    const csq__cand *c = &s->heap[i];
    if (c->score * up < threshold)
      break; /* no later candidate can reach the page */
    hit *x = &items[n];
    st = read_hit(s, c, x, err);
    if (st != CSQ_OK)
      break;
    if (!s->o->exact && ((c->inherited || c->law >= 0) && holds_excluded(s, x->text))) {
      csq__hit_release(mem, x);
      s->total--;
      continue;
    }
    if (!s->o->exact && fold(&texts, items, n, x, &fail)) {
      csq__hit_release(mem, x);
      continue;
    }
    if (s->o->exact)
      x->score = c->score;
    else
      st = weigh(s, cc, x, err);
    n++;
    if (st == CSQ_OK)
      threshold = bar_add(&b, x->score);
  }
  if (st == CSQ_OK && fail)
    st = csq__oom(err);
  csq__u64map_free(&texts);
  csq__free(mem, cc);
  csq__free(mem, b.score);
  if (st != CSQ_OK) {
    for (size_t i = 0; i < n; i++)
      csq__hit_release(mem, &items[i]);
    csq__free(mem, items);
    return st;
  }
  qsort(items, n, sizeof *items, better_hit);
  *out = items;
  *count = n;
  return CSQ_OK;
}
