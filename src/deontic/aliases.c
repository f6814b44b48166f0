/*
 * aliases.c — how the text gives a name an alias: 公務機關或特定非公務機關
 * （以下簡稱各機關）, and in half-width brackets between spaces as older texts
 * set them (直轄市、縣 (市) 政府 (以下簡稱各級政府)). The bearer is read past
 * it (csq__alias_after, csq__alias_before), and the aliases a law gives its
 * bodies are made known actors of the law (csq__law_aliases_read).
 */
#include <string.h>

#include "deontic/extract.h"

/* How the text defines an alias: 公務機關或特定非公務機關（以下簡稱各機關）, or
 * in half-width brackets between spaces, as older texts do: 直轄市、縣 (市)
 * 政府 (以下簡稱各級政府) 結合…. Opener i of both lists, the full-width first. */
size_t csq__alias_openers(void) {
  return csq_words_alias_opens_count + csq_words_alias_opens_half_count;
}

const char *csq__alias_opener(size_t i, int *half) {
  *half = i >= csq_words_alias_opens_count;
  return *half ? csq_words_alias_opens_half[i - csq_words_alias_opens_count]
               : csq_words_alias_opens[i];
}

/* （以下簡稱各機關） right after an actor (past the spaces before a
 * half-width one): its length (with the spaces after it), and the alias. */
size_t csq__alias_after(const char *s, size_t at, size_t end, size_t *name, size_t *name_len) {
  for (size_t i = 0; i < csq__alias_openers(); i++) {
    int half;
    const char *word = csq__alias_opener(i, &half);
    size_t from = half ? csq__skip_space(s, at, end) : at;
    if (!csq__starts_at(s, from, end, word))
      continue;
    from += strlen(word);
    const char *close_mark = half ? CSQ_WORD_HALF_PAREN_CLOSE : CSQ_WORD_PAREN_CLOSE;
    size_t close = csq__bracket_close(
        s, from, end, half ? CSQ_WORD_HALF_PAREN_OPEN : CSQ_WORD_PAREN_OPEN, close_mark);
    if (close >= end)
      return 0;
    *name = from;
    *name_len = close - from;
    size_t after = close + strlen(close_mark);
    return (half ? csq__skip_space(s, after, end) : after) - at;
  }
  return 0;
}

/* Where an alias （以下簡稱X） that ends s[lo..at) begins, else at. */
size_t csq__alias_before(const char *s, size_t lo, size_t at) {
  size_t last = csq__skip_space_back(s, lo, at); /* …政府 (以下簡稱各級政府) */
  if (!csq__ends_at(s, lo, last, CSQ_WORD_PAREN_CLOSE) &&
      !csq__ends_at(s, lo, last, CSQ_WORD_HALF_PAREN_CLOSE))
    return at;
  for (size_t i = 0; i < csq__alias_openers(); i++) {
    int half;
    const char *word = csq__alias_opener(i, &half), *open = NULL;
    for (const char *p = strstr(s + lo, word); p && (size_t)(p - s) < at; p = strstr(p + 1, word))
      open = p;
    if (!open)
      continue;
    size_t start = (size_t)(open - s), name, name_len;
    if (half)
      start = csq__skip_space_back(s, lo, start);
    if (csq__alias_after(s, start, at, &name, &name_len) == at - start)
      return start;
  }
  return at;
}

/* Each （以下簡稱X） of node n and under it whose phrase ends like a bearer or
 * is a known actor: X, unless known already. */
static int aliases_of(reader *r, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  r->node_len = len;
  int marked = 0; /* most texts give no alias: one look for what every opener holds */
  for (size_t i = 0; s && i < csq_words_alias_marks_count; i++)
    marked |= strstr(s, csq_words_alias_marks[i]) != NULL;
  for (size_t i = 0; marked && i < csq__alias_openers(); i++) {
    int half; /* a half-width one stands between spaces: 政府 (以下簡稱各級政府) */
    const char *word = csq__alias_opener(i, &half);
    for (const char *p = strstr(s, word); p; p = strstr(p + 1, word)) {
      size_t at = (size_t)(p - s), name, name_len;
      if (half)
        at = csq__skip_space_back(s, 0, at);
      size_t from = csq__segment_start(s, 0, at);
      if (!csq__alias_after(s, at, len, &name, &name_len) ||
          csq__code_points(s, name, name + name_len) < 2 ||
          !(csq__bearer_like(r, s, from, at) || csq__known_before(r, s, from, at, NULL)) ||
          csq__known_at(r, s, name, name + name_len, NULL) == name_len ||
          csq__starts_with_any(s + name, name_len, CSQ__WORDS(self_alias_openers)) >= 0)
        continue;
      const char *x = csq__arena_strndup(&r->o->arena, s + name, name_len);
      if (!x || csq__vec_push(r->mem, &r->law_aliases, x) != 0)
        return -1;
    }
  }
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (aliases_of(r, c) != 0)
      return -1;
  return 0;
}

/* The trade a law's name regulates, made a known actor of the law:
 * 電子遊戲場業管理條例's 電子遊戲場業 (電子遊戲場業經依法辦妥…後，應…: the
 * trade, not 電子遊戲場 and 業經), 保全業法's 保全業. The name up to its
 * first 業, when a word that says what the law does with it follows that 業
 * (words.tsv law_trade_follows), two characters at least stand before it,
 * and they make one trade: no list (電子遊戲場及撞球場業…), no rule it goes
 * by (依礦業法…: basis_opens), no word of 業 that names no trade (執業, 作業,
 * 農業, 產業 …: trade_not; but 經營業 is one: trade_kept). Asked before the
 * law's aliases are read: csq__known_at looks at no alias (whose test reads
 * the node's length) while it reads the name. */
static int law_trade(reader *r, const csq_node *root) {
  if (!root->law)
    return 0;
  const char *name = csq_law_name(root->law);
  size_t len = strlen(name), at = csq__find(name, len, CSQ_WORD_TRADE);
  if (at >= len)
    return 0;
  size_t end = at + strlen(CSQ_WORD_TRADE);
  if (csq__code_points(name, 0, at) < 2 ||
      csq__starts_with_any(name + end, len - end, CSQ__WORDS(law_trade_follows)) < 0 ||
      csq__starts_with_any(name, len, CSQ__WORDS(basis_opens)) >= 0 ||
      (csq__ends_with_any(name, end, CSQ__WORDS(trade_not)) >= 0 &&
       csq__ends_with_any(name, end, CSQ__WORDS(trade_kept)) < 0) ||
      csq__has_word(r, W_JOINER, name, 0, end) || csq__known_at(r, name, 0, end, NULL) == end)
    return 0;
  const char *x = csq__arena_strndup(&r->o->arena, name, end);
  return x ? csq__vec_push(r->mem, &r->law_aliases, x) : -1;
}

int csq__law_aliases_read(reader *r, const csq_node *root) {
  r->law_aliases.count = 0;
  return law_trade(r, root) != 0 ? -1 : aliases_of(r, root);
}
