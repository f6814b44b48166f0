/*
 * chain.c — the state machine's steps: what each atom does to the spec of
 * the provision being named (第三條 sets the article, 第二項 the paragraph
 * in the article before it or where the text stands, 前條 the article
 * before, 本法 the parent act, 第二章 a heading), and what a list member
 * inherits from the member before it.
 */
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "citations/extract.h"

spec csq__spec_fresh(const extractor *x) {
  spec s;
  memset(&s, 0, sizeof s);
  s.kind = CSQ_TARGET_PROVISION;
  s.law = x->self;
  s.level = L_NONE;
  return s;
}

spec csq__spec_inherit(const extractor *x, const spec *prev, int level) {
  if (level <= L_LAW)
    return csq__spec_fresh(x);
  spec s = *prev;
  s.kind = CSQ_TARGET_PROVISION;
  s.count = 0;
  s.part = NULL;
  s.problem = NULL;
  if (level <= L_ART)
    s.artsub = s.art = 0;
  if (level <= L_PARA)
    s.para = 0;
  if (level <= L_PARA)
    s.implicit_para = 0; /* 第三條第一款至第五款: 第五款 is as implicit */
  if (level <= L_PARA)
    s.prefer_para = 0;
  if (level <= L_SUB)
    s.sub = 0;
  s.item = 0;
  s.subitem = 0;
  s.level = prev->level < level - 1 ? prev->level : level - 1;
  return s;
}

/* Fills the levels above `level` from where the text stands: 第二項 in
 * 第4條 is 第4條第2項. */
static void from_place(spec *s, const place *p, int level) {
  if (s->level >= L_ART || s->law_named)
    return;
  if (level == L_ITEM && !p->sub) {
    /* 「前項第一款第一目之地價稅…；第二目之田賦」: a bare 目 outside a 款
     * is in the 款 cited last in the same text; with none, no 款 is named */
    if (!p->has_last_sub) {
      s->art = p->art;
      s->artsub = p->artsub;
      s->para = p->para;
      s->placed = 1;
      s->level = L_PARA;
      return;
    }
    *s = p->last_sub;
    s->item = s->subitem = 0;
    s->count = 0;
    s->part = NULL;
    s->level = L_SUB;
    return;
  }
  s->art = p->art;
  s->artsub = p->artsub;
  if (level > L_PARA)
    s->para = p->para;
  if (level > L_SUB)
    s->sub = p->sub;
  if (level == L_SUB)
    s->prefer_para = p->para;
  s->placed = 1;
  s->level = level - 1;
}

static const char *need(const place *p, long have, const char *what) {
  (void)p;
  return have > 0 ? NULL : what;
}

/* 前條 / 前項 / 前款 / 同條 / 本條 / 次條 and 前二項 … */
/* 本款 / 本目 in an article under a heading 款 or 目 (民法 §657: 除本款另有
 * 規定外): that heading. 1 when it was one. */
static int heading_here(spec *s, const place *p, int level) {
  csq_kind want = level == L_SUB ? CSQ_SUBSECTION : level == L_ITEM ? CSQ_SUBSUBSECTION : CSQ_LAW;
  if (want == CSQ_LAW || (level == L_SUB ? p->sub : p->item))
    return 0;
  for (const csq_node *n = p->node; n; n = n->parent)
    if (n->kind == want) {
      s->heading = want;
      s->head_node = n;
      s->level = L_ART;
      return 1;
    }
  return 0;
}

static void apply_rel(extractor *x, spec *s, const place *p, const atom *a) {
  int level = a->level;
  *s = csq__spec_fresh(x);
  if (strcmp(a->word, CSQ_WORD_REL_THIS) == 0 && heading_here(s, p, level))
    return;
  if (strcmp(a->word, CSQ_WORD_REL_SAME) == 0 || strcmp(a->word, CSQ_WORD_REL_THAT) == 0) {
    if (!p->has_last || p->last.level < level || p->last.kind != CSQ_TARGET_PROVISION) {
      s->problem = CSQ_MSG_PROBLEM_SAME_NOTHING_BEFORE;
      s->level = level;
      return;
    }
    *s = p->last;
    s->level = level;
    s->count = 0;
    s->part = NULL;
    s->subitem = level == L_ITEM ? a->subitem : 0;
    return;
  }
  s->art = p->art;
  s->artsub = p->artsub;
  s->para = p->para;
  s->sub = p->sub;
  s->item = p->item;
  s->level = level;
  long *slot = level == L_ART    ? &s->art
               : level == L_PARA ? &s->para
               : level == L_SUB  ? &s->sub
                                 : &s->item;
  s->problem = need(p, *slot,
                    level == L_ART    ? CSQ_MSG_PROBLEM_ARTICLE_OUTSIDE
                    : level == L_PARA ? CSQ_MSG_PROBLEM_PARAGRAPH_OUTSIDE
                    : level == L_SUB  ? CSQ_MSG_PROBLEM_SUBPARAGRAPH_OUTSIDE
                                      : CSQ_MSG_PROBLEM_ITEM_OUTSIDE);
  if (s->problem)
    return;
  int before = strcmp(a->word, CSQ_WORD_REL_BEFORE) == 0;
  if (level == L_ART && strcmp(a->word, CSQ_WORD_REL_THIS) != 0) {
    /* 前條 / 次條: the article before or after in the law's order */
    size_t n, i;
    const csq_node *const *arts = csq__lawbook_articles(x->book, x->law, &n);
    for (i = 0; i < n && arts[i] != p->art_node; i++)
      ;
    long at = before ? (long)i - a->n : (long)i + 1;
    if (i == n || at < 0 || at >= (long)n) {
      s->problem = before ? CSQ_MSG_PROBLEM_FIRST_ARTICLE : CSQ_MSG_PROBLEM_LAST_ARTICLE;
      return;
    }
    char *dash;
    s->art = strtol(arts[at]->num, &dash, 10);
    s->artsub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
    s->para = s->sub = s->item = 0; /* 前條第二款: the article's, not where the text stands */
    if (before && a->n > 1) {       /* 前二條: the N before (resolve.c counts them in order) */
      s->count = (int)a->n;
      s->art = strtol(arts[i - 1]->num, &dash, 10);
      s->artsub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
    }
    return;
  }
  if (before && level == L_PARA && a->n == 1 && *slot == 1 && p->sub) {
    /* 前項 in a 款 of a first paragraph: a paragraph the source joined to
     * the list's last 款 (「五、…。證券商股票…，前項第一款第三目…」, 證券商財務
     * 報告編製準則 §22), whose 前項 is the paragraph that holds the list */
  } else if (before) {
    if (*slot - a->n < 1) {
      static const char *const FIRST[3][2] = {
          {CSQ_MSG_PROBLEM_FIRST_PARAGRAPH, CSQ_MSG_PROBLEM_BEFORE_FIRST_PARAGRAPH},
          {CSQ_MSG_PROBLEM_FIRST_SUBPARAGRAPH, CSQ_MSG_PROBLEM_BEFORE_FIRST_SUBPARAGRAPH},
          {CSQ_MSG_PROBLEM_FIRST_ITEM, CSQ_MSG_PROBLEM_BEFORE_FIRST_ITEM}};
      s->problem = FIRST[level - L_PARA][a->n > 1];
      return;
    }
    *slot -= 1;
    s->count = a->n > 1 ? (int)a->n : 0;
  } else if (strcmp(a->word, CSQ_WORD_REL_NEXT) == 0) {
    *slot += 1;
  }
  if (level < L_ITEM)
    s->item = 0;
  if (level < L_SUB)
    s->sub = 0;
  if (level < L_PARA)
    s->para = 0;
  s->subitem = level == L_ITEM ? a->subitem : 0; /* 前目之3 */
}

int csq__bind_alias(extractor *x, const atom *a) {
  if (!a->alias || a->alias_len >= sizeof x->aliases[0].name)
    return 0;
  for (int i = 0; i < x->alias_count; i++) /* bound already (extract.c binds it early) */
    if (strlen(x->aliases[i].name) == a->alias_len &&
        memcmp(x->aliases[i].name, a->alias, a->alias_len) == 0 &&
        x->aliases[i].law.id == a->law.id && x->aliases[i].law.name == a->law.name)
      return 0;
  if (csq__word_index(a->alias, a->alias_len, CSQ__WORDS(self_act)) == 0) {
    x->parent = a->law; /* （以下簡稱本法） binds 本法 for the rest of the law */
    x->parent_open = 0;
    return 0;
  }
  if (x->alias_count == (int)(sizeof x->aliases / sizeof x->aliases[0]))
    return 0;
  alias *al = &x->aliases[x->alias_count++];
  memcpy(al->name, a->alias, a->alias_len);
  al->name[a->alias_len] = '\0';
  al->law = a->law;
  return 0;
}

/* 「依公司法組設公司者，…不受同法第九十八條」: the last law whose name
 * stands in the text before `end`, cited or not. */
static int last_law_named(const extractor *x, const char *s, size_t end, csq__lawref *out) {
  const char *const *ENDS = csq_words_act_endings;
  int found = 0;
  for (size_t i = 0; s && i < end; i++)
    for (size_t k = 0; k < csq_words_act_endings_count; k++) {
      size_t n = strlen(ENDS[k]);
      csq__lawref law;
      if (i + n <= end && memcmp(s + i, ENDS[k], n) == 0 &&
          csq__lawbook_name_before(x->book, s, 0, i + n, x->law->version, &law) != (size_t)-1 &&
          !csq__lawref_is(&law, x->law)) {
        *out = law;
        found = 1;
      }
    }
  return found;
}

/* 「依本辦法第八條第一款」 in 中國鋼鐵股份有限公司管理辦法施行細則: the rules of a
 * regulation call it 本辦法 (本規則, 本準則 …), as an act's rules call it 本法. */
static int names_parent_regulation(const extractor *x, const char *word) {
  const char *name = x->law->name, *parent = x->parent.name;
  int32_t len = (int32_t)strlen(word), tail = 0;
  if (!x->parent.known || !parent || csq__lawref_is(&x->parent, x->law) ||
      !csq__ends_with(name, strlen(name), CSQ_WORD_RULES_SUFFIX))
    return 0;
  U8_FWD_1(word, tail, len); /* past 本 */
  return tail < len && csq__ends_with(parent, strlen(parent), word + tail);
}

static void apply_self(extractor *x, spec *s, const place *p, const atom *a) {
  *s = csq__spec_fresh(x);
  s->kind = CSQ_TARGET_LAW;
  s->level = L_LAW;
  s->law_named = 1;
  for (int i = 0; i < x->alias_count; i++)
    if (strcmp(x->aliases[i].name, a->word) == 0) { /* （以下簡稱本通則） */
      s->law = x->aliases[i].law;
      return;
    }
  /* 本法 (and 本條例 in a 條例's rules) is the parent act; 本細則 … itself */
  if (csq__word_index(a->word, strlen(a->word), CSQ__WORDS(self_act)) >= 0) {
    s->law = x->parent;
    if (!x->parent.known)
      s->problem = CSQ_MSG_PROBLEM_NO_ACT;
  } else if (csq__word_index(a->word, strlen(a->word), CSQ__WORDS(same_law)) >= 0 ||
             csq__word_index(a->word, strlen(a->word), CSQ__WORDS(that_law)) >= 0) {
    if (p->has_other)
      s->law = p->other;
    else if (!last_law_named(x, p->text, a->start, &s->law))
      s->problem = CSQ_MSG_PROBLEM_SAME_LAW_NOTHING_BEFORE;
  } else if (names_parent_regulation(x, a->word)) {
    s->law = x->parent;
  }
}

int csq__is_act_name(const char *name) {
  size_t len = strlen(name); /* 某某辦法 ends with 法 but is a regulation */
  return csq__ends_with_any(name, len, CSQ__WORDS(act_endings)) >= 0 &&
         csq__ends_with_any(name, len, CSQ__WORDS(regulation_endings)) < 0;
}

int csq__lawref_is(const csq__lawref *ref, const csq_law *law) {
  return ref->law == law || (ref->id && ref->id[0] && strcmp(ref->id, law->id) == 0);
}

/* 「本辦法依某某法第五條規定訂定之」: a regulation with no parent on record
 * rests on the first act its first article names; its 本法 is that act. */
static void infer_parent(extractor *x, const atom *a) {
  if (!x->parent_open || !a->law.known || !a->law.name || !csq__is_act_name(a->law.name))
    return;
  x->parent = a->law;
  x->parent_open = 0;
}

/* 第三章 (of the law the chain names) and 本章 (the chapter the citing
 * text stands in). */
static void apply_heading(extractor *x, spec *s, const place *p, const atom *a) {
  s->kind = CSQ_TARGET_PROVISION;
  s->heading = (csq_kind)a->level;
  s->head_num = a->n;
  s->head_sub = a->sub;
  s->head_node = NULL;
  if (s->within && s->within->heading >= s->heading)
    s->within = NULL; /* 第二章第四節及第三章: 第三章 is no section's */
  s->level = L_ART;
  s->art = s->artsub = s->para = s->sub = s->item = 0;
  s->placed = 0;
  if (a->type == A_HEAD)
    return;
  s->law = x->self;
  const char *part_word = csq__kind_word(CSQ_PART); /* 編 */
  if (s->heading == CSQ_PART && csq__ends_with(x->law->name, strlen(x->law->name), part_word)) {
    s->kind = CSQ_TARGET_LAW; /* 建築技術規則建築設計施工編: 本編 is the law */
    s->heading = CSQ_LAW;
    s->level = L_LAW;
    s->law_named = 1;
    return;
  }
  for (const csq_node *n = p->node; n && !s->head_node; n = n->parent)
    if (n->kind == s->heading)
      s->head_node = n;
  if (!s->head_node)
    s->problem = CSQ_MSG_PROBLEM_HEADING_OUTSIDE;
}

/* The part a word names: grammar/words.tsv's part_words, in order 但書
 * 前段 後段. */
static const char *part_of(const char *word) {
  static const char *const PARTS[] = {"proviso", "first_sentence", "second_sentence"};
  int i = csq__word_index(word, strlen(word), CSQ__WORDS(part_words));
  return PARTS[i >= 0 && i < 3 ? i : 2];
}

void csq__spec_apply(extractor *x, spec *s, place *p, const atom *a) {
  switch (a->type) {
  case A_SELF:
    apply_self(x, s, p, a);
    return;
  case A_LAW:
    *s = csq__spec_fresh(x);
    s->kind = CSQ_TARGET_LAW;
    s->level = L_LAW;
    s->law = a->law;
    s->law_named = 1;
    csq__bind_alias(x, a);
    infer_parent(x, a);
    if (a->head_eid) { /* 民法繼承編 */
      s->kind = CSQ_TARGET_PROVISION;
      s->heading = a->head_kind;
      s->head_node = a->head_node && a->head_node->law == a->law.law ? a->head_node : NULL;
      s->head_eid = a->head_eid;
      s->level = L_ART;
    }
    return;
  case A_REL:
    apply_rel(x, s, p, a);
    return;
  case A_HEAD:
  case A_RELHEAD:
    apply_heading(x, s, p, a);
    return;
  case A_ANNEX:
    s->kind = CSQ_TARGET_ANNEX;
    snprintf(s->annex, sizeof s->annex, "%s", a->word);
    s->annex_n = a->n;
    s->level = L_ART;
    return;
  case A_EACH:
    s->part = a->level == L_PARA  ? "each_paragraph"
              : a->level == L_SUB ? "each_subparagraph"
                                  : "each_item";
    return;
  case A_PART:
    s->part = part_of(a->word);
    return;
  default:
    break;
  }
  int level = a->type == A_ART    ? L_ART
              : a->type == A_PARA ? L_PARA
              : a->type == A_SUB  ? L_SUB
                                  : L_ITEM;
  s->kind = CSQ_TARGET_PROVISION;
  s->subitem = 0;
  if (level > L_ART) {
    from_place(s, p, level);
    if (s->art == 0 && !s->problem)
      s->problem = CSQ_MSG_PROBLEM_NO_ARTICLE;
  }
  if (level == L_ART) {
    s->heading = CSQ_LAW;
    s->head_eid = NULL;
    s->placed = 0;
    s->art = a->n;
    s->artsub = a->sub;
    s->para = s->sub = s->item = 0;
    s->implicit_para = 0;
  } else if (level == L_PARA) {
    if (s->level < L_ART)
      s->problem = CSQ_MSG_PROBLEM_PARAGRAPH_NO_ARTICLE;
    s->para = a->n;
    s->sub = s->item = 0;
  } else if (level == L_SUB) {
    if (s->level < L_ART)
      s->problem = CSQ_MSG_PROBLEM_SUBPARAGRAPH_NO_ARTICLE;
    s->implicit_para = s->level == L_ART || (s->implicit_para && s->para == 0);
    s->sub = a->n;
    s->item = 0;
  } else {
    if (s->level < L_SUB)
      s->problem = CSQ_MSG_PROBLEM_ITEM_NO_SUBPARAGRAPH;
    s->item = a->n;
    s->subitem = a->subitem; /* 第二目之2 */
  }
  s->level = level;
  s->count = 0;
  s->part = NULL;
}

int csq__atom_level(const atom *a) {
  switch (a->type) {
  case A_SELF:
  case A_LAW:
    return L_LAW;
  case A_ART:
  case A_ANNEX:
  case A_HEAD:
  case A_RELHEAD:
    return L_ART;
  case A_PARA:
    return L_PARA;
  case A_SUB:
    return L_SUB;
  case A_ITEM:
    return L_ITEM;
  case A_REL:
    return a->level;
  default:
    return L_NONE; /* each, part: they refine */
  }
}
