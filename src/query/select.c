/*
 * select.c — the nodes a provision query names: the law (本法, a name, or
 * the law of the provision before), an article and what is under it, a
 * range of articles, paragraphs, 款 or 目, a heading by number (第2章,
 * 第五編) or by title (民法繼承編), and a piece of a provision's text
 * (但書, 前段, 後段). What does not exist is said with what does.
 */
#include <stdlib.h>
#include <string.h>

#include "query/query.h"

typedef csq__provision_query parsed;

static const char *law_label(const csq_law *law) { return law->name[0] ? law->name : law->source; }

/* ---- articles and what is under them ----------------------------------- */

static csq_status no_article(const csq_law *law, long art, long sub, csq_error *err) {
  csq_node_list all = {.mem = law->arena.mem};
  if (csq__collect_articles(law->root, &all) != 0) {
    csq__vec_free(all.mem, &all.items);
    return csq__oom(err);
  }
  size_t count = all.items.count;
  const char *first = count ? all.items.items[0]->cite : "";
  const char *last = count ? all.items.items[count - 1]->cite : "";
  char cite[64];
  csq__provision_cite(cite, sizeof cite, art, sub, -1, -1, -1);
  csq_status st =
      csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s does not exist: %s has %zu articles, %s to %s",
                cite, law_label(law), count, first, last);
  csq__vec_free(all.mem, &all.items);
  return st;
}

static const csq_node *find_article(const csq_law *law, long art, long sub) {
  char eid[64];
  return csq__provision_eid(eid, sizeof eid, art, sub, -1, -1, -1) == 0 ? csq_law_find(law, eid)
                                                                        : NULL;
}

/* From an article down to the paragraph, 款 and 目 the query names. */
static csq_status descend(const csq_node *art, const parsed *p, const csq_node **out,
                          csq_error *err) {
  const csq_node *n = art;
  if (p->para) {
    n = csq__child(art, CSQ_PARAGRAPH, p->para);
    if (!n)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_PARAGRAPH, art->cite,
                       csq__count_children(art, CSQ_PARAGRAPH), p->para);
  } else if (p->subpara) {
    /* 第3條第5款: only where the article has a single paragraph. */
    if (art->child_count != 1)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_WHICH_PARAGRAPH, art->cite,
                       art->child_count, art->cite, p->subpara);
    n = art->first_child;
  }
  if (p->subpara) {
    const csq_node *s = csq__child(n, CSQ_SUBPARAGRAPH, p->subpara);
    if (!s)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_SUBPARAGRAPH, n->cite,
                       csq__count_children(n, CSQ_SUBPARAGRAPH), p->subpara);
    n = s;
  }
  if (p->item) {
    if (!p->subpara)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_ITEM_IN_SUBPARAGRAPH,
                       art->child_count == 1 ? art->cite : art->first_child->cite, p->item);
    const csq_node *s = csq__child(n, CSQ_ITEM, p->item);
    if (!s)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_ITEM, n->cite,
                       csq__count_children(n, CSQ_ITEM), p->item);
    n = s;
  }
  *out = n;
  return CSQ_OK;
}

/* Articles from p's to its range's end, in the law's order (第十條之一 lies
 * between 第十條 and 第十一條). */
static csq_status article_range(const csq_law *law, const parsed *p, csq_node_list *m,
                                csq_error *err) {
  const csq_node *from = find_article(law, p->art, p->artsub);
  const csq_node *to = find_article(law, p->end, p->endsub);
  if (!from)
    return no_article(law, p->art, p->artsub, err);
  if (!to)
    return no_article(law, p->end, p->endsub, err);
  csq_node_list all = {.mem = m->mem};
  int fail = csq__collect_articles(law->root, &all) != 0, inside = 0, reached = 0;
  for (size_t i = 0; i < all.items.count && !fail && !reached; i++) {
    inside |= all.items.items[i] == from;
    if (inside)
      fail = csq__node_list_push(m, all.items.items[i]) != 0;
    reached = inside && all.items.items[i] == to;
  }
  csq__vec_free(all.mem, &all.items);
  if (fail)
    return csq__oom(err);
  if (!reached)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "the range ends before it starts: %s comes before %s", to->cite, from->cite);
  return CSQ_OK;
}

/* 第4條第1項至第3項, 第4條第1項第1款至第3款: siblings from `from` to the
 * one numbered p->end. */
static csq_status sibling_range(const csq_node *from, const parsed *p, csq_node_list *m,
                                csq_error *err) {
  const csq_node *to = csq__child(from->parent, from->kind, p->end);
  if (!to) {
    const csq_node *up = from->parent;
    char word[16];
    snprintf(word, sizeof word, "%s", csq__kind_word(from->kind));
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_SIBLING, up->cite,
                     csq__count_children(up, from->kind), word, p->end, word);
  }
  int inside = 0, reached = 0;
  for (const csq_node *c = from->parent->first_child; c && !reached; c = c->next) {
    inside |= c == from;
    if (inside && c->kind == from->kind && csq__node_list_push(m, c) != 0)
      return csq__oom(err);
    reached = inside && c == to;
  }
  if (!reached)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "the range ends before it starts: %s comes before %s", to->cite, from->cite);
  return CSQ_OK;
}

/* ---- the provision before: 第4條第1項、第2項 ----------------------------- */

/* A query with no article takes the levels above its own from the one
 * before it. */
static void carry(const csq__lookup_state *s, parsed *p) {
  if (p->art || p->heading || !s->has_last)
    return;
  p->art = s->last.art;
  p->artsub = s->last.artsub;
  if (!p->para && (p->subpara || p->item))
    p->para = s->last.para;
  if (!p->subpara && p->item)
    p->subpara = s->last.subpara;
}

/* ---- pieces of the text: 但書, 前段, 後段 ----------------------------------- */

/* Where the 但書 of text[0..len) starts (但 after 。 ； or ， ), or len. */
static size_t proviso_at(const char *text, size_t len) {
  size_t but = strlen(CSQ_WORD_PROVISO_OPEN);
  for (size_t i = 0; i + but <= len; i++)
    if (memcmp(text + i, CSQ_WORD_PROVISO_OPEN, but) == 0 &&
        (i == 0 || csq__ends_with_any(text, i, CSQ__WORDS(proviso_after)) >= 0))
      return i;
  return len;
}

/* The end of the sentence that starts at `at`: after the next 。 or ；. */
static size_t sentence_end(const char *text, size_t at, size_t len) {
  for (size_t i = at; i < len; i++) {
    int w = csq__starts_with_any(text + i, len - i, CSQ__WORDS(sentence_cuts));
    if (w >= 0)
      return i + strlen(csq_words_sentence_cuts[w]);
  }
  return len;
}

/* The bytes of a piece of n's text: 但書 from its 但 to the end of its
 * sentence; 前段 the first sentence of the text before it, 後段 the rest.
 * 0 when the text has no such piece. */
static int piece_span(const csq_node *n, const char *piece, size_t *start, size_t *end) {
  size_t len = n->text_len, but = proviso_at(n->text, len);
  if (strcmp(piece, "proviso") == 0) {
    *start = but;
    *end = sentence_end(n->text, but, len);
    return but < len;
  }
  size_t first = sentence_end(n->text, 0, but);
  if (strcmp(piece, "first_sentence") == 0) {
    *start = 0;
    *end = first;
    return first < but || but < len; /* two sentences, or one and a 但書 */
  }
  *start = first;
  *end = but;
  return first < but;
}

/* An article's piece is its paragraph's: the only one, or for a 但書 the
 * only one that has one. */
static csq_status piece_node(const csq_node *n, const char *piece, const csq_node **out,
                             csq_error *err) {
  size_t s, e;
  const csq_node *with = NULL;
  int several = 0;
  if (n->kind == CSQ_ARTICLE && n->child_count == 1)
    n = n->first_child;
  for (const csq_node *c = n->kind == CSQ_ARTICLE ? n->first_child : NULL; c; c = c->next)
    if (strcmp(piece, "proviso") == 0 && piece_span(c, piece, &s, &e)) {
      several |= with != NULL;
      with = c;
    }
  if (n->kind == CSQ_ARTICLE && (!with || several))
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_PIECE_WHICH_PARAGRAPH, n->cite,
                     n->child_count, n->cite);
  *out = with ? with : n;
  return CSQ_OK;
}

static csq_status push_piece(csq_node_list *m, const csq_node *n, const char *piece,
                             csq_error *err) {
  if (!piece[0])
    return csq__node_list_push(m, n) == 0 ? CSQ_OK : csq__oom(err);
  csq_status st = piece_node(n, piece, &n, err);
  size_t s, e;
  int word = strcmp(piece, "proviso") == 0 ? 0 : strcmp(piece, "first_sentence") == 0 ? 1 : 2;
  if (st == CSQ_OK && !piece_span(n, piece, &s, &e))
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, CSQ_MSG_NO_PIECE, n->cite,
                     csq_words_part_words[word]);
  if (st == CSQ_OK && csq__node_list_push_part(m, n, piece, s, e) != 0)
    st = csq__oom(err);
  return st;
}

/* ---- one provision query ------------------------------------------------ */

csq_status csq__select(csq_library *lib, csq__lookup_state *s, parsed *p, csq_node_list *m,
                       csq_error *err) {
  const csq_law *law = s->has_last ? s->law : s->base;
  csq_status st = p->law[0] || p->at[0] || !law
                      ? csq__query_law_at(lib, s->base, p->law, p->at, &law, err)
                      : CSQ_OK;
  if (st != CSQ_OK)
    return st;
  if (p->heading) {
    st = csq__select_heading(law, p, m, err);
  } else {
    carry(s, p);
    const csq_node *art = find_article(law, p->art, p->artsub), *n = NULL;
    if (!art)
      st = no_article(law, p->art, p->artsub, err);
    else if (p->end && p->end_kind == CSQ_ARTICLE)
      st = article_range(law, p, m, err);
    else if ((st = descend(art, p, &n, err)) == CSQ_OK)
      st = p->end ? sibling_range(n, p, m, err) : push_piece(m, n, p->piece, err);
  }
  s->law = law;
  s->last = *p;
  s->has_last = 1;
  return st;
}
