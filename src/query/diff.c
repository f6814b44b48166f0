/*
 * diff.c — csq_diff: two versions of a law side by side, article by
 * article in the later version's order. The matching is diff_match.c's;
 * here the matched paragraphs are walked down to their 款 and 目 (aligned
 * in order by likeness), every pair gets its character changes
 * (diff_text.c), and each provision of the earlier version learns where it
 * is now.
 */
#include <string.h>

#include "query/diff.h"

typedef struct row {
  csq__change change;
  const csq_node *from, *to;
  csq__edit *edits;
  size_t edit_count;
} row;

typedef struct entry {
  csq__change change;
  const csq_node *from, *to;
  int renumbered, moved;
  size_t first_row, row_count;
  long order; /* where it goes: 2 × new index (+1 after it: deleted) */
} entry;

struct csq_diff {
  const csq_mem *mem;
  const csq_law *from, *to;
  CSQ_VEC(entry) entries;
  CSQ_VEC(row) rows;
  csq__u64map now;                  /* old node → new node, or GONE */
  csq__u64map before;               /* new node → first old node; a second in `merged` */
  CSQ_VEC(const csq_node *) merged; /* pairs: new node, old node */
};

enum { GONE = 1 };

const char *csq__change_name(csq__change c) {
  static const char *const NAMES[] = {"unchanged", "changed", "added", "deleted"};
  return c <= CSQ_DELETED ? NAMES[c] : "";
}

void csq_diff_free(csq_diff *d) {
  if (!d)
    return;
  for (size_t i = 0; i < d->rows.count; i++)
    csq__free(d->mem, d->rows.items[i].edits);
  csq__vec_free(d->mem, &d->rows);
  csq__vec_free(d->mem, &d->entries);
  csq__vec_free(d->mem, &d->merged);
  csq__u64map_free(&d->now);
  csq__u64map_free(&d->before);
  csq__free(d->mem, d);
}

/* ---- rows ---------------------------------------------------------------- */

/* Notes that `from` is now `to` (NULL: gone); a pair is noted once. */
static int note(csq_diff *d, const csq_node *from, const csq_node *to) {
  uint64_t have;
  if (from && csq__u64map_put(&d->now, (uintptr_t)from, to ? (uintptr_t)to : GONE) != 0)
    return -1;
  if (!from || !to)
    return 0;
  if (!csq__u64map_get(&d->before, (uintptr_t)to, &have))
    return csq__u64map_put(&d->before, (uintptr_t)to, (uintptr_t)from);
  if (have == (uintptr_t)from)
    return 0;
  for (size_t i = 0; i + 1 < d->merged.count; i += 2)
    if (d->merged.items[i] == to && d->merged.items[i + 1] == from)
      return 0;
  return csq__vec_push(d->mem, &d->merged, to) || csq__vec_push(d->mem, &d->merged, from);
}

static csq_status add_row(csq_diff *d, const csq_node *from, const csq_node *to, csq_error *err) {
  row r = {.from = from, .to = to, .change = !from ? CSQ_ADDED : !to ? CSQ_DELETED : CSQ_UNCHANGED};
  if (from && to) {
    csq_status st = csq__diff_text(d->mem, from->text, from->text_len, to->text, to->text_len,
                                   &r.edits, &r.edit_count, err);
    int same = 1; /* a change of form only (（） for ( )) is no change of the law */
    if (st == CSQ_OK && r.edit_count)
      st = csq__same_form(d->mem, from->text, from->text_len, to->text, to->text_len, &same, err);
    if (st != CSQ_OK) {
      csq__free(d->mem, r.edits);
      return st;
    }
    if (!same)
      r.change = CSQ_CHANGED;
  }
  if (note(d, from, to) != 0 || csq__vec_push(d->mem, &d->rows, r) != 0) {
    csq__free(d->mem, r.edits);
    return csq__oom(err);
  }
  return CSQ_OK;
}

/* A node and its descendants, all on one side. */
static csq_status add_alone(csq_diff *d, const csq_node *from, const csq_node *to, csq_error *err) {
  csq_status st = add_row(d, from, to, err);
  for (const csq_node *c = (from ? from : to)->first_child; st == CSQ_OK && c; c = c->next)
    st = add_alone(d, from ? c : NULL, from ? NULL : c, err);
  return st;
}

static size_t children(const csq_node *n, const csq_node **out, size_t max) {
  size_t k = 0;
  for (const csq_node *c = n->first_child; c && k < max; c = c->next)
    out[k++] = c;
  return k;
}

enum { MAX_CHILDREN = 256 };

static csq_status add_pair(csq_diff *d, const csq_node *from, const csq_node *to, csq_error *err);

/* The children of a matched pair aligned in order, the most alike pairs
 * kept (pairs less alike than 0.3 are not the same 款). */
static csq_status align_children(csq_diff *d, const csq_node *from, const csq_node *to,
                                 csq_error *err) {
  const csq_node *a[MAX_CHILDREN], *b[MAX_CHILDREN];
  size_t n = children(from, a, MAX_CHILDREN), m = children(to, b, MAX_CHILDREN);
  if (!n && !m)
    return CSQ_OK;
  double *best = csq__calloc(d->mem, (n + 1) * (m + 1), sizeof *best);
  double *sim = csq__calloc(d->mem, (n + 1) * (m + 1), sizeof *sim);
  csq__gramset *sa = csq__calloc(d->mem, n + 1, sizeof *sa);
  csq__gramset *sb = csq__calloc(d->mem, m + 1, sizeof *sb);
  int fail = !best || !sim || !sa || !sb;
  for (size_t i = 0; i < n && !fail; i++)
    fail = csq__gramset_of(d->mem, a[i]->text, a[i]->text_len, &sa[i]) != 0;
  for (size_t j = 0; j < m && !fail; j++)
    fail = csq__gramset_of(d->mem, b[j]->text, b[j]->text_len, &sb[j]) != 0;
#define AT(x, i, j) x[(i) * (m + 1) + (j)]
  for (size_t i = 1; i <= n && !fail; i++)
    for (size_t j = 1; j <= m && !fail; j++) {
      double s =
          a[i - 1]->kind == b[j - 1]->kind ? csq__gramset_likeness(&sa[i - 1], &sb[j - 1]) : 0;
      AT(sim, i, j) = s;
      double v = AT(best, i - 1, j) > AT(best, i, j - 1) ? AT(best, i - 1, j) : AT(best, i, j - 1);
      if (s >= 0.3 && AT(best, i - 1, j - 1) + s > v)
        v = AT(best, i - 1, j - 1) + s;
      AT(best, i, j) = v;
    }
  /* back from the end, pairs found into match[] (the old child of each new) */
  long match[MAX_CHILDREN];
  for (size_t j = 0; j < m; j++)
    match[j] = -1;
  for (size_t i = n, j = m; !fail && i > 0 && j > 0;) {
    double s = AT(sim, i, j);
    if (s >= 0.3 && AT(best, i, j) == AT(best, i - 1, j - 1) + s)
      match[--j] = (long)--i;
    else if (AT(best, i, j) == AT(best, i - 1, j))
      i--;
    else
      j--;
  }
#undef AT
  for (size_t i = 0; sa && i < n; i++)
    csq__gramset_free(d->mem, &sa[i]);
  for (size_t j = 0; sb && j < m; j++)
    csq__gramset_free(d->mem, &sb[j]);
  csq__free(d->mem, sa);
  csq__free(d->mem, sb);
  csq__free(d->mem, best);
  csq__free(d->mem, sim);
  if (fail)
    return csq__oom(err);
  csq_status st = CSQ_OK;
  size_t next_old = 0;
  for (size_t j = 0; st == CSQ_OK && j < m; j++) {
    if (match[j] < 0) {
      st = add_alone(d, NULL, b[j], err);
      continue;
    }
    for (; st == CSQ_OK && next_old < (size_t)match[j]; next_old++)
      st = add_alone(d, a[next_old], NULL, err);
    if (st == CSQ_OK)
      st = add_pair(d, a[next_old++], b[j], err);
  }
  for (; st == CSQ_OK && next_old < n; next_old++)
    st = add_alone(d, a[next_old], NULL, err);
  return st;
}

static csq_status add_pair(csq_diff *d, const csq_node *from, const csq_node *to, csq_error *err) {
  csq_status st = add_row(d, from, to, err);
  return st == CSQ_OK ? align_children(d, from, to, err) : st;
}

/* ---- article entries ------------------------------------------------------- */

/* The rows of article entry e: the paragraphs of the later article in
 * order, each with the paragraph it was (from this article or another),
 * the earlier article's paragraphs that are gone or went elsewhere in
 * their places. */
static csq_status entry_rows(csq_diff *d, const csq__differ *m, entry *e, long old_art,
                             long new_art, csq_error *err) {
  const csq__side *o = &m->old, *n = &m->new;
  e->first_row = d->rows.count;
  csq_status st = CSQ_OK;
  size_t p = old_art >= 0 ? o->arts.items[old_art].first_para : 0;
  size_t p_end = old_art >= 0 ? p + o->arts.items[old_art].para_count : 0;
  size_t q0 = new_art >= 0 ? n->arts.items[new_art].first_para : 0;
  size_t q_end = new_art >= 0 ? q0 + n->arts.items[new_art].para_count : 0;
  for (size_t q = q0; st == CSQ_OK && q < q_end; q++) {
    long from = n->paras.items[q].match;
    /* the earlier paragraphs of this article that stand before it */
    if (from >= 0 && o->paras.items[from].article == (size_t)old_art)
      for (; st == CSQ_OK && p < (size_t)from; p++)
        if (o->paras.items[p].match < 0 ||
            n->paras.items[o->paras.items[p].match].article != (size_t)new_art)
          st = o->paras.items[p].match < 0
                   ? add_alone(d, o->paras.items[p].node, NULL, err)
                   : add_row(d, o->paras.items[p].node,
                             n->paras.items[o->paras.items[p].match].node, err);
    if (st != CSQ_OK)
      break;
    if (from < 0)
      st = add_alone(d, NULL, n->paras.items[q].node, err);
    else
      st = add_pair(d, o->paras.items[from].node, n->paras.items[q].node, err);
    if (from >= 0 && o->paras.items[from].article == (size_t)old_art && (size_t)from >= p)
      p = (size_t)from + 1;
  }
  for (; st == CSQ_OK && p < p_end; p++) {
    long to = o->paras.items[p].match;
    if (to >= 0 && n->paras.items[to].article == (size_t)new_art)
      continue; /* shown above */
    st = to < 0 ? add_alone(d, o->paras.items[p].node, NULL, err)
                : add_row(d, o->paras.items[p].node, n->paras.items[to].node, err);
  }
  e->row_count = d->rows.count - e->first_row;
  return st;
}

static void entry_change(const csq_diff *d, entry *e) {
  if (!e->from || !e->to) {
    e->change = e->from ? CSQ_DELETED : CSQ_ADDED;
    return;
  }
  if (csq__deleted_in_place(e->to) && !csq__deleted_in_place(e->from)) {
    e->change = CSQ_DELETED;
    return;
  }
  e->change = CSQ_UNCHANGED;
  for (size_t r = e->first_row; r < e->first_row + e->row_count; r++)
    if (d->rows.items[r].change != CSQ_UNCHANGED)
      e->change = CSQ_CHANGED;
}

/* Articles that moved: those off the longest run of matched articles whose
 * later numbers rise in the earlier order (the rest only shifted). */
static int mark_moved(csq_diff *d, const csq__differ *m, char *moved) {
  size_t n = m->old.arts.count;
  long *prev = csq__calloc(d->mem, n + 1, sizeof *prev);
  long *tails_at = csq__calloc(d->mem, n + 1, sizeof *tails_at); /* LIS by length */
  if (!prev || !tails_at) {
    csq__free(d->mem, prev), csq__free(d->mem, tails_at);
    return -1;
  }
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    long v = m->old.arts.items[i].match;
    moved[i] = v >= 0;
    if (v < 0)
      continue;
    size_t lo = 0, hi = len;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (m->old.arts.items[tails_at[mid]].match < v)
        lo = mid + 1;
      else
        hi = mid;
    }
    prev[i] = lo ? tails_at[lo - 1] : -1;
    tails_at[lo] = (long)i;
    if (lo == len)
      len++;
  }
  for (long i = len ? tails_at[len - 1] : -1; i >= 0; i = prev[i])
    moved[i] = 0;
  csq__free(d->mem, prev), csq__free(d->mem, tails_at);
  return 0;
}

static int by_order(const void *a, const void *b) {
  long x = ((const entry *)a)->order, y = ((const entry *)b)->order;
  return x < y ? -1 : x > y;
}

static csq_status build_entries(csq_diff *d, const csq__differ *m, csq_error *err) {
  const csq__side *o = &m->old, *n = &m->new;
  char *moved = csq__calloc(d->mem, o->arts.count + 1, 1);
  if (!moved || mark_moved(d, m, moved) != 0) {
    csq__free(d->mem, moved);
    return csq__oom(err);
  }
  csq_status st = CSQ_OK;
  long last = -1; /* the new index of the last matched old article */
  for (size_t i = 0; st == CSQ_OK && i < o->arts.count; i++) {
    long j = o->arts.items[i].match;
    entry e = {.from = o->arts.items[i].node, .to = j >= 0 ? n->arts.items[j].node : NULL};
    e.order = j >= 0 ? 2 * j : 2 * last + 1;
    e.renumbered = j >= 0 && strcmp(e.from->num, e.to->num) != 0;
    e.moved = moved[i] && e.renumbered;
    if (j >= 0)
      last = j;
    if ((st = entry_rows(d, m, &e, (long)i, j, err)) == CSQ_OK) {
      entry_change(d, &e);
      if (note(d, e.from, e.to) != 0 || csq__vec_push(d->mem, &d->entries, e) != 0)
        st = csq__oom(err);
    }
  }
  for (size_t j = 0; st == CSQ_OK && j < n->arts.count; j++) {
    if (n->arts.items[j].match >= 0)
      continue;
    entry e = {.to = n->arts.items[j].node, .order = 2 * (long)j};
    if ((st = entry_rows(d, m, &e, -1, (long)j, err)) == CSQ_OK) {
      entry_change(d, &e);
      if (csq__vec_push(d->mem, &d->entries, e) != 0)
        st = csq__oom(err);
    }
  }
  csq__free(d->mem, moved);
  /* the later version's order; the row ranges go with their entries */
  if (st == CSQ_OK)
    csq__sort(d->entries.items, d->entries.count, sizeof *d->entries.items, by_order);
  return st;
}

csq_status csq__diff_laws(const csq_law *from, const csq_law *to, csq_diff **out, csq_error *err) {
  const csq_mem *mem = from->arena.mem;
  csq_diff *d = csq__calloc(mem, 1, sizeof *d);
  if (!d)
    return csq__oom(err);
  d->mem = d->now.mem = d->before.mem = mem;
  d->from = from;
  d->to = to;
  csq__differ m = {.mem = mem};
  csq_status st = csq__differ_match(&m, from, to, err);
  if (st == CSQ_OK)
    st = build_entries(d, &m, err);
  csq__differ_release(&m);
  if (st != CSQ_OK) {
    csq_diff_free(d);
    return st;
  }
  *out = d;
  return CSQ_OK;
}

/* ---- accessors --------------------------------------------------------------- */

const csq_law *csq__diff_from(const csq_diff *d) { return d->from; }
const csq_law *csq__diff_to(const csq_diff *d) { return d->to; }
size_t csq__diff_article_count(const csq_diff *d) { return d->entries.count; }

static const entry *entry_at(const csq_diff *d, size_t i) {
  return i < d->entries.count ? &d->entries.items[i] : NULL;
}

int csq__diff_article_at(const csq_diff *d, size_t i, csq__diff_article *out) {
  const entry *e = entry_at(d, i);
  if (!e)
    return -1;
  *out = (csq__diff_article){e->change, e->from, e->to, e->renumbered, e->moved, e->row_count};
  return 0;
}

static const row *row_at(const csq_diff *d, size_t i, size_t r) {
  const entry *e = entry_at(d, i);
  return e && r < e->row_count ? &d->rows.items[e->first_row + r] : NULL;
}

int csq__diff_row_at(const csq_diff *d, size_t i, size_t r, csq__diff_row *out) {
  const row *w = row_at(d, i, r);
  if (!w)
    return -1;
  *out = (csq__diff_row){w->change, w->from, w->to, w->edit_count};
  return 0;
}

csq__edit_op csq__diff_row_edit(const csq_diff *d, size_t i, size_t r, size_t k, size_t *fs,
                                size_t *fe, size_t *ts, size_t *te) {
  const row *w = row_at(d, i, r);
  if (!w || k >= w->edit_count)
    return CSQ_EDIT_EQUAL;
  const csq__edit *e = &w->edits[k];
  *fs = e->old_start, *fe = e->old_end, *ts = e->new_start, *te = e->new_end;
  return (csq__edit_op)e->op;
}

const csq__edit *csq__diff_row_edits(const csq_diff *d, size_t i, size_t r, size_t *count) {
  const row *w = row_at(d, i, r);
  *count = w ? w->edit_count : 0;
  return w ? w->edits : NULL;
}

const csq_node *csq__diff_now(const csq_diff *d, const csq_node *n) {
  for (; n && n->kind != CSQ_LAW; n = n->parent) {
    uint64_t v;
    if (csq__u64map_get(&d->now, (uintptr_t)n, &v))
      return v == GONE ? NULL : (const csq_node *)(uintptr_t)v;
  }
  return NULL;
}

size_t csq__diff_before(const csq_diff *d, const csq_node *later, const csq_node **out,
                        size_t max) {
  uint64_t v;
  size_t k = 0;
  if (csq__u64map_get(&d->before, (uintptr_t)later, &v) && k < max)
    out[k++] = (const csq_node *)(uintptr_t)v;
  for (size_t i = 0; i + 1 < d->merged.count && k < max; i += 2)
    if (d->merged.items[i] == later)
      out[k++] = d->merged.items[i + 1];
  return k;
}
