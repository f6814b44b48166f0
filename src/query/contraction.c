/*
 * contraction.c — a term typed short that the statutes write long: 土增稅
 * for 土地增值稅, 著財權 for 著作財產權, 財報 for 財務報告. Chinese shortens a
 * word by keeping some of its characters in order; when too few provisions
 * hold a term as typed, the search reads the provisions that hold its
 * characters near each other and takes the form they write, the characters
 * in order with a few others between, when one form holds most of them
 * (docs/search.md, "Words typed short"). The form is the run the statutes
 * write, not always a whole word: 財報 is read as 財務報, which holds both
 * 財務報告 and 財務報表.
 */
#include <string.h>

#include "query/searching.h"

enum {
  SHORT_MIN = 2, /* characters of a term that may be typed short */
  SHORT_MAX = 4, /* 補充保費 (補充保險費) */
  GAP = 3, /* characters between two of its own, at most: 強制(汽車責任)險 is too far */
  SCAN_ROWS = 2000, /* provisions read for the forms, at most */
  FORMS = 64,       /* distinct forms counted; more are counted as others */
  MIN_ROWS = 5      /* provisions the form must stand in: 打(擊犯罪)工 stands in 4 */
};

typedef struct form {
  char text[CSQ__TERM_BYTES];
  size_t rows;
  sqlite3_int64 last; /* the provision it was last counted in */
} form;

typedef struct forms {
  form item[FORMS];
  size_t count, rows;  /* the forms, and the provisions of every instance */
  sqlite3_int64 other; /* the provision a form past FORMS was last counted in */
} forms;

/* Counts the form s[from..to) once in provision `row`. */
static void count_form(forms *f, const char *s, size_t from, size_t to, sqlite3_int64 row) {
  size_t len = to - from, i;
  if (len >= sizeof f->item[0].text)
    return;
  for (i = 0; i < f->count; i++)
    if (strlen(f->item[i].text) == len && memcmp(f->item[i].text, s + from, len) == 0)
      break;
  if (i == f->count) {
    if (f->count == FORMS) { /* past FORMS forms: counted in the whole, never taken */
      f->rows += f->other != row;
      f->other = row;
      return;
    }
    memcpy(f->item[i].text, s + from, len);
    f->item[i].text[len] = '\0';
    f->item[i].last = -1;
    f->count++;
  }
  if (f->item[i].last != row) {
    f->item[i].last = row;
    f->item[i].rows++;
    f->rows++;
  }
}

/* The FTS5 query of the term's characters near each other (NEAR("土" "增"
 * "稅", 7): NEAR counts the term's own middle characters too) and the
 * pattern of them in order with GAP Han characters at most between
 * (土\p{Han}{0,3}?增…: from the leftmost start, the shortest). */
static int queries(const char *term, csq_buf *near, csq_buf *pattern) {
  size_t len = strlen(term), n = csq__code_points(term, 0, len);
  char gap[32];
  snprintf(gap, sizeof gap, "\\p{Han}{0,%d}?", GAP);
  int fail = csq__buf_puts(near, "NEAR(");
  for (size_t k = 0; k < n; k++) {
    size_t a = csq__byte_at(term, len, k), b = csq__byte_at(term, len, k + 1);
    fail |= (k && csq__buf_puts(near, " ")) || csq__buf_puts(near, "\"") ||
            csq__buf_append(near, term + a, b - a) || csq__buf_puts(near, "\"") ||
            (k && csq__buf_puts(pattern, gap)) || csq__buf_append(pattern, term + a, b - a);
  }
  char distance[32];
  snprintf(distance, sizeof distance, ", %zu)", (size_t)GAP * (n - 1) + (n - 2));
  return fail | csq__buf_puts(near, distance) | csq__buf_append(near, "", 1) |
         csq__buf_append(pattern, "", 1);
}

/* Counts the forms of `term` in the provisions `near` finds (up to
 * SCAN_ROWS): every match of the pattern but the term as typed, once a
 * text (a provision kept the same in several versions of its law counts
 * once). */
static csq_status count_forms(csq__search *s, const char *term, const csq_buf *near,
                              const csq_pattern *p, forms *f, csq_error *err) {
  sqlite3_stmt *q = NULL;
  csq__u64map texts = {.mem = s->mem};
  csq_status st = csq__searcher_stmt(s->sr, CSQ__Q_TEXTS, &q, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_bind_text(q, 1, near->data, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 2, SCAN_ROWS);
  int rc;
  while (st == CSQ_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    sqlite3_int64 row = sqlite3_column_int64(q, 0);
    const char *text = (const char *)sqlite3_column_text(q, 1);
    size_t len = (size_t)sqlite3_column_bytes(q, 1);
    PCRE2_SIZE *ov;
    uint64_t hash = text ? csq__hash_bytes(text, len) : 0, seen;
    csq_error bad;
    if (!text || csq__u64map_get(&texts, hash, &seen))
      continue;
    if (csq__u64map_put(&texts, hash, 1) != 0)
      st = csq__oom(err);
    /* the pattern reads it without PCRE2's check: text the import checked,
     * so a damaged database fails */
    else if (csq__check_utf8(text, len, NULL, &bad) != CSQ_OK)
      st = csq__fail(err, CSQ_BAD_DB, NULL, -1, "search: a provision's text is not UTF-8 (%s)",
                     bad.message);
    for (size_t from = 0; st == CSQ_OK && csq__pattern_match(p, text, len, from, &ov) > 0;
         from = ov[1])
      if (ov[1] - ov[0] != strlen(term) || memcmp(text + ov[0], term, ov[1] - ov[0]) != 0)
        count_form(f, text, ov[0], ov[1], row);
  }
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = csq__db_fail(s->sr->db, NULL, "search", err);
  csq__u64map_free(&texts);
  return st;
}

/* The long form of term x in x->contracted, when one form holds more than
 * half the instances of its characters in order and stands in MIN_ROWS
 * provisions or more. */
static csq_status long_form(csq__search *s, csq__term *x, csq_error *err) {
  csq_buf near = {.mem = s->mem}, pattern = {.mem = s->mem};
  forms *f = csq__calloc(s->mem, 1, sizeof *f);
  if (f)
    f->other = -1;
  csq_pattern p = {0};
  csq_status st = f && !queries(x->text, &near, &pattern) ? CSQ_OK : csq__oom(err);
  if (st == CSQ_OK)
    st = csq__pattern_compile_text(&p, "the search's contractions", pattern.data,
                                   strlen(pattern.data), 0, err);
  if (st == CSQ_OK)
    st = count_forms(s, x->text, &near, &p, f, err);
  const form *best = NULL;
  for (size_t i = 0; st == CSQ_OK && i < f->count; i++)
    if (!best || f->item[i].rows > best->rows)
      best = &f->item[i];
  if (best && best->rows >= MIN_ROWS && best->rows * 2 > f->rows)
    snprintf(x->contracted, sizeof x->contracted, "%s", best->text);
  csq__pattern_release(&p);
  csq__buf_free(&near);
  csq__buf_free(&pattern);
  csq__free(s->mem, f);
  return st;
}

/* Whether term i may be one typed short: Han characters, SHORT_MIN to
 * SHORT_MAX of them, typed unquoted, no table widening it, and fewer than
 * CSQ__SPLIT_BELOW provisions holding it. */
static csq_status may_be_short(csq__search *s, size_t i, int *yes, csq_error *err) {
  const csq__term *x = &s->terms->items[i];
  size_t n = csq__code_points(x->text, 0, strlen(x->text));
  *yes = 0;
  if (x->exclude || x->quoted || x->known || x->contracted[0] || n < SHORT_MIN || n > SHORT_MAX ||
      !csq__all_han(x->text))
    return CSQ_OK;
  int few = 0, named = 0;
  csq_status st = csq__term_finds_few(s, i, &few, err);
  if (st == CSQ_OK && few)
    st = csq__is_law_name(s, x->text, &named, err);
  *yes = few && !named;
  return st;
}

csq_status csq__terms_contract(csq__search *s, int *changed, csq_error *err) {
  *changed = 0;
  for (size_t i = 0; i < s->terms->count; i++) {
    int yes;
    csq_status st = may_be_short(s, i, &yes, err);
    if (st == CSQ_OK && yes)
      st = long_form(s, &s->terms->items[i], err);
    if (st != CSQ_OK)
      return st;
    *changed |= yes && s->terms->items[i].contracted[0] != '\0';
  }
  return CSQ_OK;
}
