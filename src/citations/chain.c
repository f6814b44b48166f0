/*
 * chain.c — the state machine's steps: what each atom does to the spec of
 * the provision being named (第三條 sets the article, 第二項 the paragraph
 * in the article before it or where the text stands, 前條 the article
 * before, 本法 the parent act, 第二章 a heading), and what a list member
 * inherits from the member before it.
 */
#include <stdlib.h>
#include <string.h>

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
  s.level = prev->level < level - 1 ? prev->level : level - 1;
  return s;
}

/* Fills the levels above `level` from where the text stands: 第二項 in
 * 第4條 is 第4條第2項. */
static void from_place(spec *s, const place *p, int level) {
  if (s->level >= L_ART || s->law_named)
    return;
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
static void apply_rel(extractor *x, spec *s, const place *p, const atom *a) {
  int level = a->level;
  *s = csq__spec_fresh(x);
  if (strcmp(a->word, "同") == 0) {
    if (!p->has_last || p->last.level < level || p->last.kind != CSQ_TARGET_PROVISION) {
      s->problem = "同條/同項/同款 with nothing cited before it";
      s->level = level;
      return;
    }
    *s = p->last;
    s->level = level;
    s->count = 0;
    s->part = NULL;
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
                    level == L_ART    ? "前條/本條 outside an article"
                    : level == L_PARA ? "前項/本項 outside a paragraph"
                    : level == L_SUB  ? "前款/本款 outside a subparagraph (款)"
                                      : "前目/本目 outside an item (目)");
  if (s->problem)
    return;
  if (level == L_ART && strcmp(a->word, "本") != 0) {
    /* 前條 / 次條: the article before or after in the law's order */
    size_t n, i;
    const csq_node *const *arts = csq__lawbook_articles(x->book, x->law, &n);
    for (i = 0; i < n && arts[i] != p->art_node; i++)
      ;
    long at = strcmp(a->word, "前") == 0 ? (long)i - a->n : (long)i + 1;
    if (i == n || at < 0 || at >= (long)n) {
      s->problem =
          strcmp(a->word, "前") == 0 ? "前條 in the first article" : "次條 in the last article";
      return;
    }
    char *dash;
    s->art = strtol(arts[at]->num, &dash, 10);
    s->artsub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
    if (strcmp(a->word, "前") == 0 && a->n > 1) { /* 前二條: the N before */
      s->count = (int)a->n;
      s->art = strtol(arts[i - 1]->num, NULL, 10);
      s->artsub = 0;
    }
    return;
  }
  if (strcmp(a->word, "前") == 0) {
    if (*slot - a->n < 1) {
      static const char *const FIRST[3][2] = {
          {"前項 in the first paragraph", "前N項 reaches before the first paragraph"},
          {"前款 in the first subparagraph", "前N款 reaches before the first subparagraph"},
          {"前目 in the first item", "前N目 reaches before the first item"}};
      s->problem = FIRST[level - L_PARA][a->n > 1];
      return;
    }
    *slot -= 1;
    s->count = a->n > 1 ? (int)a->n : 0;
  } else if (strcmp(a->word, "次") == 0) {
    *slot += 1;
  }
  if (level < L_ITEM)
    s->item = 0;
  if (level < L_SUB)
    s->sub = 0;
  if (level < L_PARA)
    s->para = 0;
}

static int bind_alias(extractor *x, const atom *a) {
  if (!a->alias || a->alias_len >= sizeof x->aliases[0].name)
    return 0;
  if (a->alias_len == strlen("本法") && memcmp(a->alias, "本法", a->alias_len) == 0) {
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
  static const char *const ENDS[] = {"法", "條例", "通則"};
  int found = 0;
  for (size_t i = 0; s && i < end; i++)
    for (size_t k = 0; k < sizeof ENDS / sizeof ENDS[0]; k++) {
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
  if (strcmp(a->word, "本法") == 0 || strcmp(a->word, "本條例") == 0 ||
      strcmp(a->word, "本通則") == 0) {
    s->law = x->parent;
    if (!x->parent.known)
      s->problem = "本法 in a regulation that names no act (not in its first article either)";
  } else if (strncmp(a->word, "同", strlen("同")) == 0) {
    if (p->has_other)
      s->law = p->other;
    else if (!last_law_named(x, p->text, a->start, &s->law))
      s->problem = "同法 with no law named before it";
  }
}

static int ends_with(const char *s, const char *suffix) {
  return csq__ends_with(s, strlen(s), suffix);
}

int csq__is_act_name(const char *name) {
  return ends_with(name, "法") || ends_with(name, "條例") || ends_with(name, "通則");
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
  if (s->heading == CSQ_PART && ends_with(x->law->name, "編")) {
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
    s->problem = "本章/本節/本編 outside one";
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
    bind_alias(x, a);
    infer_parent(x, a);
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
    s->part = strcmp(a->word, "但書") == 0   ? "proviso"
              : strcmp(a->word, "前段") == 0 ? "first_sentence"
                                             : "second_sentence";
    return;
  default:
    break;
  }
  int level = a->type == A_ART    ? L_ART
              : a->type == A_PARA ? L_PARA
              : a->type == A_SUB  ? L_SUB
                                  : L_ITEM;
  s->kind = CSQ_TARGET_PROVISION;
  if (level > L_ART) {
    from_place(s, p, level);
    if (s->art == 0 && !s->problem)
      s->problem = "第N項/款/目 with no article: name the article";
  }
  if (level == L_ART) {
    s->heading = CSQ_LAW;
    s->placed = 0;
    s->art = a->n;
    s->artsub = a->sub;
    s->para = s->sub = s->item = 0;
    s->implicit_para = 0;
  } else if (level == L_PARA) {
    if (s->level < L_ART)
      s->problem = "第N項 of a law with no article named";
    s->para = a->n;
    s->sub = s->item = 0;
  } else if (level == L_SUB) {
    if (s->level < L_ART)
      s->problem = "第N款 of a law with no article named";
    s->implicit_para = s->level == L_ART || (s->implicit_para && s->para == 0);
    s->sub = a->n;
    s->item = 0;
  } else {
    if (s->level < L_SUB)
      s->problem = "第N目 with no 款 named";
    s->item = a->n;
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
