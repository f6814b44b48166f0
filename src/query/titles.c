/*
 * titles.c — what a heading's title says of a search (collect.c): the share
 * of it that the terms cover (船舶碰撞 all of 船舶碰撞, 羈押 two fifths of
 * 被告之羈押), and, for a title that lists several subjects (眷屬喪葬津貼、
 * 生育給付及育嬰留職停薪津貼: grammar/words.tsv title_list_joiners), the share
 * of the one subject that holds every term.
 */
#include <string.h>

#include "query/searching.h"

/* The characters of title[0..len) that the forms of `terms` cover (each
 * term's longest form found); *every: each term has one there. */
static size_t covered(const csq__search *s, const char *title, size_t len, uint32_t terms,
                      int *every) {
  size_t n = 0;
  *every = 1;
  for (size_t t = 0; t < s->terms->count; t++) {
    if (!(terms >> t & 1))
      continue;
    const csq__term *x = &s->terms->items[t];
    size_t best = 0; /* characters of its longest form in the title */
    for (size_t k = 0; k < x->alt_count; k++) {
      size_t bytes = strlen(x->alt[k]);
      size_t chars =
          csq__contains(title, len, x->alt[k]) ? csq__code_points(x->alt[k], 0, bytes) : 0;
      best = chars > best ? chars : best;
    }
    *every &= best > 0;
    n += best;
  }
  return n;
}

double csq__title_cover(const csq__search *s, const char *title, uint32_t terms) {
  size_t len = strlen(title), all = csq__code_points(title, 0, len);
  int every;
  return all ? (double)covered(s, title, len, terms, &every) / (double)all : 0;
}

/* Whether a form of one of `terms` holds a joiner of lists (兒童及少年): the
 * title is then not cut at its joiners. */
static int form_joins(const csq__search *s, uint32_t terms) {
  for (size_t t = 0; t < s->terms->count; t++)
    for (size_t k = 0; (terms >> t & 1) && k < s->terms->items[t].alt_count; k++)
      for (size_t j = 0; j < csq_words_title_list_joiners_count; j++)
        if (strstr(s->terms->items[t].alt[k], csq_words_title_list_joiners[j]))
          return 1;
  return 0;
}

int csq__title_subjects(const csq__search *s, const char *title, uint32_t terms, double *cover) {
  size_t len = strlen(title), from = 0, items = 0;
  *cover = 0;
  if (form_joins(s, terms))
    return 0;
  for (size_t at = 0; at <= len;) {
    int j =
        at < len ? csq__starts_with_any(title + at, len - at, CSQ__WORDS(title_list_joiners)) : -1;
    if (at < len && j < 0) {
      at += csq__char_len(title + at, len - at);
      continue;
    }
    /* title[from..at) is one subject */
    int every;
    size_t chars = csq__code_points(title, from, at);
    double share =
        chars ? (double)covered(s, title + from, at - from, terms, &every) / (double)chars : 0;
    if (chars && every && share > *cover)
      *cover = share;
    items += chars > 0;
    from = at = at + (j >= 0 ? strlen(csq_words_title_list_joiners[j]) : 1);
  }
  return items >= 2;
}
