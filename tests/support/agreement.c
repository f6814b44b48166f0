/*
 * agreement.c — see agreement.h.
 */
#include "agreement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "query/query.h" /* the diff and the amendment record, item by item */

/* An article's state between the two versions, by the record or the diff. */
enum { NONE, CHANGED, ADDED, DELETED };
enum { MAX_ARTICLES = 2048 }; /* 用戶用電設備裝置規則 has 1,079 */

typedef struct article_set {
  char num[MAX_ARTICLES][24];
  int state[MAX_ARTICLES];
  size_t chars[MAX_ARTICLES]; /* the diff's: code points deleted and inserted */
  size_t count;
  int overflow;
} article_set;

static int *state_of(article_set *s, const char *num) {
  for (size_t i = 0; i < s->count; i++)
    if (strcmp(s->num[i], num) == 0)
      return &s->state[i];
  if (s->count == MAX_ARTICLES) {
    s->overflow = 1;
    return NULL;
  }
  snprintf(s->num[s->count], sizeof s->num[0], "%s", num);
  s->state[s->count] = NONE;
  s->chars[s->count] = 0;
  return &s->state[s->count++];
}

/* What the record's action does to an article's state, in order:
 * amended stays added when added before; added after a deletion is a
 * change; deleted after an addition is nothing. */
static void apply(article_set *s, const char *num, csq__amendment_kind kind) {
  int *st = state_of(s, num);
  if (!st)
    return;
  if (kind == CSQ_AMEND_AMENDED)
    *st = *st == ADDED ? ADDED : CHANGED;
  else if (kind == CSQ_AMEND_ADDED)
    *st = *st == DELETED ? CHANGED : ADDED;
  else if (kind == CSQ_AMEND_DELETED)
    *st = *st == ADDED ? NONE : DELETED;
}

/* The record's sets between (from, to]; 1 when a whole revision or an
 * enactment lies between (no article named), 2 when an event amends
 * without naming its articles (修正發布；並自…生效: the name not changed
 * either), -1 when no event does. */
static int record_sets(const csq_amendment_list *list, const char *from, const char *to,
                       article_set *out) {
  int events = 0, revised = 0, unnamed = 0;
  for (size_t i = 0; i < csq__amendment_list_count(list); i++) {
    const csq__amendment *a = csq__amendment_list_at(list, i);
    const char *date = csq__amendment_date(a);
    if (!date[0] || strcmp(date, from) <= 0 || strcmp(date, to) > 0)
      continue;
    csq__amendment_action act;
    int blank = 0, renamed = 0;
    for (size_t k = 0; csq__amendment_action_at(a, k, &act) == 0; k++) {
      if (act.kind == CSQ_AMEND_REVISED || act.kind == CSQ_AMEND_ENACTED)
        revised = 1;
      renamed |= act.kind == CSQ_AMEND_RENAMED;
      if (act.kind != CSQ_AMEND_AMENDED && act.kind != CSQ_AMEND_ADDED &&
          act.kind != CSQ_AMEND_DELETED)
        continue;
      events = 1;
      blank |= act.article_count == 0;
      for (size_t j = 0; j < act.article_count; j++)
        apply(out, act.articles[j], act.kind);
    }
    unnamed |= blank && !renamed;
  }
  return revised ? 1 : unnamed ? 2 : events ? 0 : -1;
}

/* How much of article i changed: code points deleted and inserted in its
 * rows (a row added or deleted counts its whole text). */
static size_t changed_chars(const csq_diff *d, size_t i, const csq__diff_article *art) {
  size_t n = 0;
  csq__diff_row row;
  for (size_t r = 0; r < art->rows && csq__diff_row_at(d, i, r, &row) == 0; r++) {
    if (row.change == CSQ_ADDED || row.change == CSQ_DELETED)
      n += strlen(csq_node_text(row.to ? row.to : row.from, NULL)) / 3 + 1;
    for (size_t k = 0; row.change == CSQ_CHANGED && k < row.edits; k++) {
      size_t fs, fe, ts, te;
      if (csq__diff_row_edit(d, i, r, k, &fs, &fe, &ts, &te) != CSQ_EDIT_EQUAL)
        n += (fe - fs) + (te - ts);
    }
  }
  return n;
}

static void diff_sets(const csq_diff *d, article_set *out) {
  csq__diff_article art;
  for (size_t i = 0; csq__diff_article_at(d, i, &art) == 0; i++) {
    int *st = NULL;
    if (art.change == CSQ_CHANGED || art.change == CSQ_ADDED)
      st = state_of(out, csq_node_num(art.to));
    else if (art.change == CSQ_DELETED)
      st = state_of(out, csq_node_num(art.from ? art.from : art.to));
    if (st) {
      *st = art.change == CSQ_CHANGED ? CHANGED : art.change == CSQ_ADDED ? ADDED : DELETED;
      out->chars[st - out->state] = changed_chars(d, i, &art);
    }
  }
}

/* Describes what the diff says of `num` against the record; counts. */
static void compare_sets(article_set *rec, article_set *dif, csq_test_agreement *out, char *what,
                         size_t size) {
  static const char *const NAMES[] = {"unchanged", "changed", "added", "deleted"};
  size_t at = 0;
  what[0] = '\0';
  /* every article either set names */
  for (size_t i = 0; i < dif->count; i++)
    state_of(rec, dif->num[i]);
  for (size_t i = 0; i < rec->count; i++) {
    int r = rec->state[i], *dp = state_of(dif, rec->num[i]), d = dp ? *dp : NONE;
    out->record_articles += r != NONE;
    out->diff_articles += d != NONE;
    out->both_articles += r != NONE && r == d;
    if (r == d)
      continue;
    out->changed_more += d == CHANGED && r != CHANGED;
    if (d == CHANGED && r == NONE) { /* how much the record left unsaid */
      size_t n = 0;
      for (size_t k = 0; k < dif->count; k++)
        if (strcmp(dif->num[k], rec->num[i]) == 0)
          n = dif->chars[k];
      out->unrecorded_small += n <= 2;
      out->unrecorded_words += n > 2 && n <= 10;
      out->unrecorded_more += n > 10;
    }
    out->changed_fewer += r == CHANGED && d != CHANGED;
    out->added_diff += (d == ADDED) != (r == ADDED);
    out->deleted_diff += (d == DELETED) != (r == DELETED);
    if (at + 64 < size)
      at += (size_t)snprintf(what + at, size - at, "%s%s: record %s, diff %s", at ? "; " : "",
                             rec->num[i], NAMES[r], NAMES[d]);
  }
}

static void compare_pair(const char *old_path, const char *new_path, csq_test_agreement *out,
                         csq_test_disagree_fn fn, void *ctx) {
  csq_error err;
  csq_corpus *c = NULL;
  csq_library *lib = NULL;
  csq_diff *d = NULL;
  csq_amendment_list *list = NULL;
  if (csq_corpus_new(NULL, &c, &err) != CSQ_OK ||
      csq_corpus_add_file(c, old_path, &err) != CSQ_OK ||
      csq_corpus_add_file(c, new_path, &err) != CSQ_OK ||
      csq_library_new(c, NULL, &lib, &err) != CSQ_OK) {
    out->failed++;
    goto done;
  }
  const csq_law *older = csq_corpus_law_at(c, 0), *newer = csq_corpus_law_at(c, 1);
  if (strcmp(csq_law_version(older), csq_law_version(newer)) >= 0)
    goto done; /* the same version, or the dumps' order reversed */
  out->pairs++;
  if (csq__diff_laws(older, newer, &d, &err) != CSQ_OK ||
      csq_find_amendments(lib, newer, &list, &err) != CSQ_OK) {
    out->failed++;
    goto done;
  }
  article_set *rec = calloc(1, sizeof *rec), *dif = calloc(1, sizeof *dif);
  int kind =
      rec && dif ? record_sets(list, csq_law_version(older), csq_law_version(newer), rec) : -2;
  if (kind == 1)
    out->revised++;
  else if (kind == 2)
    out->unnamed++;
  else if (kind == -1)
    out->unrecorded++;
  else if (kind == 0) {
    diff_sets(d, dif);
    char what[1024];
    out->compared++;
    compare_sets(rec, dif, out, what, sizeof what);
    if (!what[0] && !rec->overflow && !dif->overflow)
      out->agree++;
    else if (fn)
      fn(ctx, csq_law_id(newer), csq_law_version(older), csq_law_version(newer),
         what[0] ? what : "more than 2048 articles");
  }
  free(rec);
  free(dif);
done:
  csq_amendment_list_free(list);
  csq_diff_free(d);
  csq_library_free(lib);
  csq_corpus_free(c);
}

int csq_test_agreement_run(const char *old_dir, const char *new_dir, size_t every,
                           csq_test_agreement *out, csq_test_disagree_fn fn, void *ctx) {
  memset(out, 0, sizeof *out);
  size_t count;
  char **files = csq_test_list_laws(old_dir, &count);
  if (!files || !count) {
    csq_test_free_list(files, count);
    return -1;
  }
  for (size_t i = 0; i<count; i += every> 1 ? every : 1) {
    char new_path[4200];
    snprintf(new_path, sizeof new_path, "%s/%s", new_dir, strrchr(files[i], '/') + 1);
    FILE *f = fopen(new_path, "rb");
    if (!f)
      continue;
    fclose(f);
    compare_pair(files[i], new_path, out, fn, ctx);
  }
  csq_test_free_list(files, count);
  return 0;
}
