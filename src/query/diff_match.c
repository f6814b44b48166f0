/*
 * diff_match.c — which provisions of two versions of a law are the same
 * provision, matched by their text, not their numbers (docs/versions.md):
 *
 *  1. Every article and every paragraph (項, with its 款 and 目) is a
 *     unit; two units are as alike as the character pairs (bigrams) they
 *     share: Dice's coefficient over the sets of their bigrams, found
 *     through an inverted index so that a 民法-sized law compares in
 *     milliseconds.
 *  2. Articles are paired one to one, the most alike first (the same
 *     number counts a little: an article amended in place keeps it).
 *  3. Inside each pair of articles the paragraphs are aligned in order
 *     (the alignment that keeps the most likeness).
 *  4. A paragraph left over is looked for anywhere in the other version
 *     (a paragraph moved to another article, §16 第6項 → §22), among the
 *     paragraphs not taken; one as alike as a copy may join a paragraph
 *     taken already (two paragraphs merged into one).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "query/diff.h"

/* ---- bigrams ------------------------------------------------------------- */

/* The text of n and its descendants, appended (headings left out). */
static int append_text(csq_buf *b, const csq_node *n) {
  if (n->text_len && csq__buf_append(b, n->text, n->text_len) != 0)
    return -1;
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (append_text(b, c) != 0)
      return -1;
  return 0;
}

/* The unit's sorted, distinct bigram ids (white space left out). */
static int unit_grams(csq__differ *d, csq__unit *u, const csq_node *n) {
  csq_buf b = {.mem = d->mem};
  if (append_text(&b, n) != 0) {
    csq__buf_free(&b);
    return -1;
  }
  CSQ_VEC(uint32_t) grams = {0};
  int32_t i = 0, len = (int32_t)b.len;
  u->text_hash = 0xcbf29ce484222325ULL;
  UChar32 prev = -1;
  int fail = 0;
  while (i < len && !fail) {
    UChar32 c;
    U8_NEXT(b.data, i, len, c);
    if (c < 0 || (c <= 0x3000 && u_isWhitespace(c))) /* no white space above U+3000 */
      continue;
    u->len++;
    u->text_hash = (u->text_hash ^ (uint64_t)c) * 0x100000001b3ULL;
    if (prev >= 0) {
      uint64_t key = (uint64_t)prev << 32 | (uint32_t)c, id;
      if (!csq__u64map_get(&d->gram_ids, key, &id)) {
        id = d->gram_ids.count + 1;
        fail = csq__u64map_put(&d->gram_ids, key, id) != 0;
      }
      fail = fail || csq__vec_push(d->mem, &grams, (uint32_t)id);
    }
    prev = c;
  }
  csq__buf_free(&b);
  if (fail) {
    csq__vec_free(d->mem, &grams);
    return -1;
  }
  uint32_t *tmp = grams.count >= 32 ? csq__calloc(d->mem, grams.count, sizeof *tmp) : NULL;
  if (grams.count >= 32 && !tmp) {
    csq__vec_free(d->mem, &grams);
    return -1;
  }
  csq__sort_u32(grams.items, grams.count, tmp);
  csq__free(d->mem, tmp);
  size_t k = 0;
  for (size_t j = 0; j < grams.count; j++)
    if (!k || grams.items[k - 1] != grams.items[j])
      grams.items[k++] = grams.items[j];
  u->grams = grams.items;
  u->gram_count = k;
  return 0;
}

static double dice(const csq__unit *a, const csq__unit *b) {
  if (!a->gram_count && !b->gram_count)
    return a->len == b->len ? 1.0 : 0.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a->gram_count && j < b->gram_count) {
    if (a->grams[i] == b->grams[j])
      common++, i++, j++;
    else if (a->grams[i] < b->grams[j])
      i++;
    else
      j++;
  }
  return 2.0 * (double)common / (double)(a->gram_count + b->gram_count);
}

/* ---- units ------------------------------------------------------------- */

/* An article's bigrams: the union of its paragraphs' (the pairs across
 * two paragraphs are left out), sorted once with the radix sort; its
 * length and text hash from theirs. */
static int article_grams(csq__differ *d, csq__unit *a, const csq__unit *paras, size_t n) {
  size_t total = 0;
  for (size_t i = 0; i < n; i++)
    total += paras[i].gram_count;
  uint32_t *out = csq__calloc(d->mem, total + 1, sizeof *out);
  uint32_t *tmp = total >= 32 ? csq__calloc(d->mem, total, sizeof *tmp) : NULL;
  if (!out || (total >= 32 && !tmp)) {
    csq__free(d->mem, out);
    csq__free(d->mem, tmp);
    return -1;
  }
  size_t have = 0;
  a->text_hash = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) {
    const csq__unit *p = &paras[i];
    a->len += p->len;
    a->text_hash = (a->text_hash ^ p->text_hash) * 0x100000001b3ULL;
    if (p->gram_count)
      memcpy(out + have, p->grams, p->gram_count * sizeof *out);
    have += p->gram_count;
  }
  csq__sort_u32(out, have, tmp);
  csq__free(d->mem, tmp);
  size_t k = 0;
  for (size_t j = 0; j < have; j++)
    if (!k || out[k - 1] != out[j])
      out[k++] = out[j];
  a->grams = out;
  a->gram_count = k;
  return 0;
}

static int collect(csq__differ *d, csq__side *s, const csq_node *n) {
  for (const csq_node *c = n->first_child; c; c = c->next) {
    if (csq_kind_is_heading(c->kind)) {
      if (collect(d, s, c) != 0)
        return -1;
      continue;
    }
    if (c->kind != CSQ_ARTICLE)
      continue;
    size_t art = s->arts.count, first = s->paras.count;
    for (const csq_node *p = c->first_child; p; p = p->next) {
      csq__unit u = {.node = p, .article = art};
      if (unit_grams(d, &u, p) != 0 || csq__vec_push(d->mem, &s->paras, u) != 0)
        return -1;
    }
    csq__unit a = {.node = c,
                   .article = art,
                   .heading = c->parent->title ? c->parent->title : "",
                   .first_para = first,
                   .para_count = s->paras.count - first};
    /* an article with no paragraphs, the first read: no items to point into */
    const csq__unit *own = a.para_count ? s->paras.items + first : NULL;
    if (article_grams(d, &a, own, a.para_count) != 0 || csq__vec_push(d->mem, &s->arts, a) != 0)
      return -1;
  }
  return 0;
}

/* ---- articles -------------------------------------------------------------- */

static int same_num(const csq__unit *a, const csq__unit *b) {
  return strcmp(a->node->num, b->node->num) == 0;
}

int csq__deleted_in_place(const csq_node *art) {
  const csq_node *p = art ? art->first_child : NULL;
  if (!p || p->next || p->first_child)
    return 0;
  const char *t = p->text;
  size_t len = p->text_len;
  csq__trim(&t, &len);
  return csq__word_index(t, len, CSQ__WORDS(deleted_article)) >= 0;
}

static void pair_up(csq__side *o, csq__side *n, size_t a, size_t b, double score) {
  o->arts.items[a].match = (long)b;
  n->arts.items[b].match = (long)a;
  o->arts.items[a].score = score;
}

/* The new article numbered as old article a, or -1 (by = num hash → index). */
static long numbered(const csq__u64map *by, const csq__side *n, const csq__unit *a) {
  uint64_t v;
  const char *num = a->node->num;
  if (!csq__u64map_get(by, csq__hash_bytes(num, strlen(num)), &v))
    return -1;
  return same_num(a, &n->arts.items[v - 1]) ? (long)v - 1 : -1;
}

/* How many matched articles kept their number, in a hundredth of all. */
static int kept_numbers(const csq__differ *d) {
  size_t matched = 0, kept = 0;
  for (size_t a = 0; a < d->old.arts.count; a++) {
    long b = d->old.arts.items[a].match;
    if (b < 0)
      continue;
    matched++;
    kept += same_num(&d->old.arts.items[a], &d->new.arts.items[b]);
  }
  return matched ? (int)(100 * kept / matched) : 0;
}

/* Articles under one number, in rounds. First those that say so plainly:
 * the same text (several （刪除） are alike, but each is its own) and an
 * article deleted in place (its text now （刪除））; then one amended in
 * place, still half alike (an amendment rarely moves an article: a similar
 * text elsewhere is no reason to renumber it). Last, after the likeness
 * rounds, an article left over on both sides under one number is that
 * article rewritten: when it has anything in common, or when the numbering
 * held (most articles matched kept their number, as in any amendment that
 * is not a whole revision). */
static int pair_by_number(csq__differ *d, int round) {
  csq__side *o = &d->old, *n = &d->new;
  csq__u64map by = {.mem = d->mem};
  int fail = 0, held = round == 2 && kept_numbers(d) >= 80;
  for (size_t b = 0; b < n->arts.count && !fail; b++) {
    const char *num = n->arts.items[b].node->num;
    fail = csq__u64map_put(&by, csq__hash_bytes(num, strlen(num)), b + 1) != 0;
  }
  for (size_t a = 0; a < o->arts.count && !fail; a++) {
    csq__unit *u = &o->arts.items[a];
    long b = u->match < 0 ? numbered(&by, n, u) : -1;
    if (b < 0 || n->arts.items[b].match >= 0)
      continue;
    const csq__unit *v = &n->arts.items[b];
    double s = dice(u, v);
    int same = u->text_hash == v->text_hash && u->len == v->len;
    int deleted = csq__deleted_in_place(v->node) && !csq__deleted_in_place(u->node);
    if (round == 0 ? same || deleted : round == 1 ? s >= 0.5 : s >= 0.1 || held)
      pair_up(o, n, a, (size_t)b, s);
  }
  csq__u64map_free(&by);
  return fail ? -1 : 0;
}

/* The window an unmatched old article's match should fall in: between
 * the matches of the nearest matched articles before and after it. */
static void window(const csq__side *o, size_t a, long *lo, long *hi) {
  *lo = -1;
  *hi = LONG_MAX;
  for (size_t i = a; i-- > 0;)
    if (o->arts.items[i].match >= 0) {
      *lo = o->arts.items[i].match;
      break;
    }
  for (size_t i = a + 1; i < o->arts.count; i++)
    if (o->arts.items[i].match >= 0) {
      *hi = o->arts.items[i].match;
      break;
    }
}

/* Pairs of articles taken greedily, the best first, above `floor`. */
static void take_pairs(csq__differ *d, pair_vec *pairs, double floor) {
  csq__side *o = &d->old, *n = &d->new;
  csq__sort(pairs->items, pairs->count, sizeof *pairs->items, csq__by_score);
  for (size_t i = 0; i < pairs->count; i++) {
    pair p = pairs->items[i];
    if (p.score < floor)
      break;
    if (o->arts.items[p.a].match < 0 && n->arts.items[p.b].match < 0)
      pair_up(o, n, p.a, p.b, p.score);
  }
}

/* Articles one to one, in two rounds. First the pairs alike beyond doubt
 * (the same number and the same chapter title count a little: an article
 * amended in place keeps them); then the rest, an article's match counting
 * more where it falls between the matches of its neighbours (§15 of the
 * 2018 act, between §14 → §17 and §16 → §20, is §18 of 2025 rather than
 * the §26 a little more alike). */
static int match_articles(csq__differ *d) {
  csq__side *o = &d->old, *n = &d->new;
  pair_vec pairs = {0};
  if (pair_by_number(d, 0) != 0 || pair_by_number(d, 1) != 0 ||
      csq__diff_candidates(d, o->arts.items, o->arts.count, n->arts.items, n->arts.count, 0.2,
                           &pairs, NULL) != 0) {
    csq__vec_free(d->mem, &pairs);
    return -1;
  }
  for (size_t i = 0; i < pairs.count; i++) {
    const csq__unit *a = &o->arts.items[pairs.items[i].a], *b = &n->arts.items[pairs.items[i].b];
    pairs.items[i].score += (same_num(a, b) ? 0.1 : 0) +
                            (a->heading[0] && strcmp(a->heading, b->heading) == 0 ? 0.05 : 0);
  }
  take_pairs(d, &pairs, 0.6);
  for (size_t i = 0; i < pairs.count; i++) {
    long lo, hi;
    window(o, pairs.items[i].a, &lo, &hi);
    if ((long)pairs.items[i].b > lo && (long)pairs.items[i].b < hi)
      pairs.items[i].score += 0.2;
  }
  take_pairs(d, &pairs, 0.3);
  csq__vec_free(d->mem, &pairs);
  return pair_by_number(d, 2);
}

/* ---- paragraphs ------------------------------------------------------------ */

/* Whether a paragraph as alike as `s` to one of new article b is clearly
 * more alike to a paragraph elsewhere: in an article next to b (an article
 * split in two: 2018 §7 第2項 and 第3項 went to 2025 §8, not to §7) or
 * anywhere as a copy (2018 §16 第6項 is 2025 §22). */
static int better_elsewhere(const csq__differ *d, const csq__diff_cand *cands, size_t b, double s) {
  for (size_t k = 0; k < TOP && cands[k].unit != UINT32_MAX; k++) {
    size_t art = d->new.paras.items[cands[k].unit].article;
    if (art == b || cands[k].score < s + 0.15)
      continue;
    if (cands[k].score >= 0.8 || art + 1 == b || art == b + 1)
      return 1;
  }
  return 0;
}

/* Aligns the paragraphs of old article a with those of new article b in
 * order: the alignment with the most likeness, pairs less alike than
 * `floor` never aligned (dynamic programming over the two lists). */
static int align_paragraphs(csq__differ *d, size_t a, size_t b, double floor,
                            const csq__diff_cand *per) {
  csq__side *o = &d->old, *n = &d->new;
  size_t p0 = o->arts.items[a].first_para, pn = o->arts.items[a].para_count;
  size_t q0 = n->arts.items[b].first_para, qn = n->arts.items[b].para_count;
  double *best = csq__calloc(d->mem, (pn + 1) * (qn + 1), sizeof *best);
  double *sim = csq__calloc(d->mem, (pn + 1) * (qn + 1), sizeof *sim);
  if (!best || !sim) {
    csq__free(d->mem, best);
    csq__free(d->mem, sim);
    return -1;
  }
#define AT(m, i, j) m[(i) * (qn + 1) + (j)]
  for (size_t i = 1; i <= pn; i++)
    for (size_t j = 1; j <= qn; j++) {
      double s = dice(&o->paras.items[p0 + i - 1], &n->paras.items[q0 + j - 1]);
      if (better_elsewhere(d, per + (p0 + i - 1) * TOP, b, s))
        s = 0;
      AT(sim, i, j) = s;
      double v = AT(best, i - 1, j) > AT(best, i, j - 1) ? AT(best, i - 1, j) : AT(best, i, j - 1);
      if (s >= floor && AT(best, i - 1, j - 1) + s > v)
        v = AT(best, i - 1, j - 1) + s;
      AT(best, i, j) = v;
    }
  for (size_t i = pn, j = qn; i > 0 && j > 0;) {
    double s = AT(sim, i, j);
    if (s >= floor && AT(best, i, j) == AT(best, i - 1, j - 1) + s) {
      csq__unit *u = &o->paras.items[p0 + i - 1], *v = &n->paras.items[q0 + j - 1];
      u->match = (long)(q0 + j - 1);
      u->score = s;
      v->match = (long)(p0 + i - 1);
      i--, j--;
    } else if (AT(best, i, j) == AT(best, i - 1, j)) {
      i--;
    } else {
      j--;
    }
  }
#undef AT
  csq__free(d->mem, best);
  csq__free(d->mem, sim);
  return 0;
}

/* The new articles where old article a's paragraphs went, and its own
 * match: a paragraph left over looks there first. */
static int near(const csq__differ *d, size_t old_art, size_t new_art) {
  const csq__side *o = &d->old, *n = &d->new;
  long m = o->arts.items[old_art].match;
  if (m >= 0 && labs(m - (long)new_art) <= 1)
    return 1;
  const csq__unit *a = &o->arts.items[old_art];
  for (size_t p = a->first_para; p < a->first_para + a->para_count; p++) {
    long q = o->paras.items[p].match;
    if (q >= 0 && n->paras.items[q].article == new_art)
      return 1;
  }
  return 0;
}

/* Paragraphs left over: the most alike paragraph not taken, anywhere, a
 * paragraph near where its siblings went counting more; or, as alike as a
 * copy and the most alike of all, one taken already (two paragraphs merged
 * into one: 2018 §16 第6項 and §17 第4項 are 2025 §22). */
static int place_leftovers(csq__differ *d, pair_vec *pairs, const csq__diff_cand *per) {
  csq__side *o = &d->old, *n = &d->new;
  for (size_t i = 0; i < pairs->count; i++) {
    pair *p = &pairs->items[i];
    if (near(d, o->paras.items[p->a].article, n->paras.items[p->b].article))
      p->score += 0.15;
  }
  csq__sort(pairs->items, pairs->count, sizeof *pairs->items, csq__by_score);
  for (size_t i = 0; i < pairs->count; i++) {
    pair p = pairs->items[i];
    csq__unit *u = &o->paras.items[p.a], *v = &n->paras.items[p.b];
    if (u->match >= 0 || p.score < 0.45)
      continue;
    if (v->match < 0) {
      u->match = (long)p.b;
      u->score = p.score;
      v->match = (long)p.a;
    } else if (per[p.a * TOP].unit == p.b && per[p.a * TOP].score >= 0.75) {
      u->match = (long)p.b;
      u->score = p.score;
      u->merged = 1;
    }
  }
  return 0;
}

/* Each paragraph's candidates, and the likeness of its best. */
static int paragraph_candidates(csq__differ *d, pair_vec *pairs, csq__diff_cand **per) {
  csq__side *o = &d->old, *n = &d->new;
  if (csq__diff_candidates(d, o->paras.items, o->paras.count, n->paras.items, n->paras.count, 0.3,
                           pairs, per) != 0)
    return -1;
  for (size_t u = 0; u < o->paras.count; u++)
    o->paras.items[u].best = (*per)[u * TOP].unit != UINT32_MAX ? (*per)[u * TOP].score : 0;
  return 0;
}

/* ---- the whole ------------------------------------------------------------- */

static void side_free(csq__differ *d, csq__side *s) {
  for (size_t i = 0; i < s->arts.count; i++)
    csq__free(d->mem, s->arts.items[i].grams);
  for (size_t i = 0; i < s->paras.count; i++)
    csq__free(d->mem, s->paras.items[i].grams);
  csq__vec_free(d->mem, &s->arts);
  csq__vec_free(d->mem, &s->paras);
}

void csq__differ_release(csq__differ *d) {
  side_free(d, &d->old);
  side_free(d, &d->new);
  csq__u64map_free(&d->gram_ids);
}

static void unmatch(csq__side *s) {
  for (size_t i = 0; i < s->arts.count; i++)
    s->arts.items[i].match = -1;
  for (size_t i = 0; i < s->paras.count; i++)
    s->paras.items[i].match = -1;
}

csq_status csq__differ_match(csq__differ *d, const csq_law *from, const csq_law *to,
                             csq_error *err) {
  d->old.law = from;
  d->new.law = to;
  d->gram_ids.mem = d->mem;
  if (collect(d, &d->old, from->root) != 0 || collect(d, &d->new, to->root) != 0)
    return csq__oom(err);
  unmatch(&d->old);
  unmatch(&d->new);
  pair_vec pairs = {0};
  csq__diff_cand *per = NULL;
  int fail = match_articles(d) != 0 || paragraph_candidates(d, &pairs, &per) != 0;
  for (size_t a = 0; !fail && a < d->old.arts.count; a++)
    if (d->old.arts.items[a].match >= 0)
      fail = align_paragraphs(d, a, (size_t)d->old.arts.items[a].match, 0.3, per) != 0;
  if (!fail)
    fail = place_leftovers(d, &pairs, per) != 0;
  csq__free(d->mem, per);
  csq__vec_free(d->mem, &pairs);
  return fail ? csq__oom(err) : CSQ_OK;
}
