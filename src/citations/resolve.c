/*
 * resolve.c — from a spec (the provision a citation names, level by level)
 * to targets: eIds and citations, the paragraph a 款 right under 條 means,
 * ranges one target per member, and whether each target exists in the
 * loaded version of its law.
 */
#include <stdlib.h>
#include <string.h>

#include "citations/extract.h"

static int push_target(extractor *x, chain *ch, const csq_target *t) {
  return csq__vec_push(x->mem, &ch->targets, *t);
}

/* 「科長兼辦第一款事項」 in a paragraph without 款: a bare 第N款 names the
 * citing paragraph's 款 when it has one, else the article's paragraph that
 * does. */
static long other_para(const csq_law *law, const char *art_eid, long prefer, long sub) {
  const csq_node *art = law ? csq_law_find(law, art_eid) : NULL;
  if (!art || csq__child(csq__child(art, CSQ_PARAGRAPH, prefer), CSQ_SUBPARAGRAPH, sub))
    return prefer;
  for (const csq_node *p = art->first_child; p; p = p->next)
    if (csq__child(p, CSQ_SUBPARAGRAPH, sub))
      return strtol(p->num, NULL, 10);
  return prefer;
}

static const csq_node *find_heading(const csq_node *n, csq_kind kind, const char *num) {
  for (const csq_node *c = n ? n->first_child : NULL; c; c = c->next) {
    if (!csq_kind_is_heading(c->kind))
      continue;
    if (c->kind == kind && strcmp(c->num, num) == 0)
      return c;
    const csq_node *below = find_heading(c, kind, num);
    if (below)
      return below;
  }
  return NULL;
}

/* The eId and citation of a heading: the loaded law's node, or what its
 * eId would be at the top level (chp_3) when the law is not loaded. */
static int heading_names(extractor *x, const spec *s, csq_target *t) {
  char num[48], eid[256], cite[128];
  if (s->head_sub)
    snprintf(num, sizeof num, "%ld-%ld", s->head_num, s->head_sub);
  else
    snprintf(num, sizeof num, "%ld", s->head_num);
  const csq_node *root = t->law ? t->law->root : NULL, *n;
  csq_target outer = *t;
  if (s->within) { /* the section of that chapter */
    if (heading_names(x, s->within, &outer) != 0)
      return -1;
    root = t->law ? csq_law_find(t->law, outer.eid) : NULL;
  }
  n = s->head_node            ? s->head_node
      : s->head_eid && t->law ? csq_law_find(t->law, s->head_eid)
      : s->head_eid           ? NULL
                              : find_heading(root, s->heading, num);
  if (n) {
    t->eid = n->eid;
    t->cite = n->cite;
    return 0;
  }
  if (s->head_eid) { /* 民法繼承編 of a law not loaded: part_5, 第5編 */
    const char *last = strrchr(s->head_eid, '_');
    if (csq__heading_names(eid, sizeof eid, cite, sizeof cite, NULL, s->heading,
                           last ? last + 1 : "") != 0)
      return -1;
    t->eid = s->head_eid;
    t->cite = csq__arena_strndup(x->arena, cite, strlen(cite));
    return t->cite ? 0 : -1;
  }
  if (csq__heading_names(eid, sizeof eid, cite, sizeof cite, s->within ? outer.eid : NULL,
                         s->heading, num) != 0)
    return -1;
  t->eid = csq__arena_strndup(x->arena, eid, strlen(eid));
  t->cite = csq__arena_strndup(x->arena, cite, strlen(cite));
  return t->eid && t->cite ? 0 : -1;
}

/* The eId and citation of a provision. */
static int provision_names(extractor *x, const spec *s, long para, long sub, long item,
                           csq_target *t) {
  char eid[160], cite[160];
  int named = 1;
  if (csq__provision_eid(eid, sizeof eid, s->art, s->artsub, -1, -1, -1) != 0)
    return -1;
  if (s->level >= L_SUB && s->implicit_para)
    para = csq__implicit_paragraph(t->law, eid, sub, &named);
  else if (s->level >= L_SUB && s->prefer_para)
    para = other_para(t->law, eid, s->prefer_para, sub);
  long p = s->level >= L_PARA ? para : -1, b = s->level >= L_SUB ? sub : -1,
       i = s->level >= L_ITEM ? item : -1;
  if (csq__provision_eid(eid, sizeof eid, s->art, s->artsub, p, b, i) != 0 ||
      csq__provision_cite(cite, sizeof cite, s->art, s->artsub, named ? p : -1, b, i) != 0)
    return -1;
  if (s->level >= L_ITEM && s->subitem > 0) { /* 第二目之2: its sub-item */
    char num[24];
    size_t at = strlen(eid), cat = strlen(cite);
    snprintf(num, sizeof num, "%ld", s->subitem);
    if (csq__eid_append(eid, sizeof eid, &at, CSQ_SUBITEM, num) != 0 ||
        csq__cite_append(cite, sizeof cite, &cat, CSQ_SUBITEM, num) != 0)
      return -1;
  }
  t->eid = csq__arena_strndup(x->arena, eid, strlen(eid));
  t->cite = csq__arena_strndup(x->arena, cite, strlen(cite));
  return t->eid && t->cite ? 0 : -1;
}

/* 附表九 → att_table_9: grammar/words.tsv's annex_words, in the order of
 * KINDS. */
static int annex_names(extractor *x, const spec *s, csq_target *t) {
  static const char *const KINDS[] = {"table", "annex", "figure", "appendix"};
  int i = csq__word_index(s->annex, strlen(s->annex), CSQ__WORDS(annex_words));
  const char *kind = i >= 0 && i < 4 ? KINDS[i] : "annex";
  t->eid = s->annex_n ? csq__arena_printf(x->arena, "att_%s_%ld", kind, s->annex_n)
                      : csq__arena_printf(x->arena, "att_%s", kind);
  t->cite = s->annex_n
                ? csq__arena_printf(x->arena, "%s%s%ld", CSQ_WORD_ANNEX_OPEN, s->annex, s->annex_n)
                : csq__arena_printf(x->arena, "%s%s", CSQ_WORD_ANNEX_OPEN, s->annex);
  return t->eid && t->cite ? 0 : -1;
}

/* One target of spec `s` with these numbers at the levels below 條. */
static int make_target(extractor *x, const spec *s, long para, long sub, long item,
                       csq_target *out) {
  csq_target t = {0};
  t.kind = s->kind;
  t.law_id = s->law.id ? s->law.id : "";
  t.law_name = s->law.name ? s->law.name : "";
  t.law = s->law.law;
  t.fallback = s->law.fallback;
  t.part = s->part ? s->part : "";
  t.eid = t.cite = "";
  /* never an eId with a 0 in it: a 目 whose 款 (a 款 whose 項) was not named */
  const char *gap = s->kind != CSQ_TARGET_PROVISION || s->heading != CSQ_LAW ? NULL
                    : s->level >= L_ITEM && sub <= 0 ? CSQ_MSG_PROBLEM_ITEM_NO_SUBPARAGRAPH
                    : s->level >= L_SUB && para <= 0 && !s->implicit_para
                        ? CSQ_MSG_PROBLEM_SUBPARAGRAPH_NO_ARTICLE
                        : NULL;
  const char *problem = s->problem ? s->problem : gap;
  t.resolved = s->law.known && !problem;
  int fail = 0;
  if (problem)
    ;
  else if (s->kind == CSQ_TARGET_PROVISION && s->heading != CSQ_LAW)
    fail = heading_names(x, s, &t);
  else if (s->kind == CSQ_TARGET_PROVISION)
    fail = provision_names(x, s, para, sub, item, &t);
  else if (s->kind == CSQ_TARGET_ANNEX)
    fail = annex_names(x, s, &t);
  if (fail)
    return -1;
  csq__target_settle(&t);
  *out = t;
  return 0;
}

/* 「核發第十四條第一項第一款至第七款…之暫時保護令；…第十款」: a bare
 * 第N款 (項, 目) that the citing article lacks, after a citation of another
 * article in the same text, is that article's where it exists there. */
static int after_other_article(extractor *x, chain *ch, const place *p, const spec *s, long para,
                               long sub, long item, csq_target *t, spec *used) {
  (void)ch;
  const spec *last = &p->last;
  if (!p->has_last || last->kind != CSQ_TARGET_PROVISION || last->level < L_ART ||
      (last->art == p->art && last->artsub == p->artsub && csq__lawref_is(&last->law, x->law)))
    return 0;
  spec o = *s;
  o.law = last->law;
  o.law_named = last->law_named;
  o.art = last->art;
  o.artsub = last->artsub;
  o.placed = 0;
  o.prefer_para = 0;
  if (s->level >= L_SUB) {
    o.implicit_para = last->level < L_PARA || last->implicit_para;
    para = last->level >= L_PARA ? last->para : 0;
    o.para = para;
  }
  csq_target other;
  if (make_target(x, &o, para, sub, item, &other) != 0)
    return -1;
  if (other.exists == 1) {
    *t = other;
    *used = o;
  }
  return 0;
}

/* Whether article `art` lies beyond the last article of the law being read. */
static int beyond_last_article(const extractor *x, long art) {
  size_t n;
  const csq_node *const *arts = csq__lawbook_articles(x->book, x->law, &n);
  return n && art > strtol(arts[n - 1]->num, NULL, 10);
}

/* Whether a heading of `kind` stands anywhere under n. */
static int has_headings(const csq_node *n, csq_kind kind) {
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (csq_kind_is_heading(c->kind) && (c->kind == kind || has_headings(c, kind)))
      return 1;
  return 0;
}

static int add_target(extractor *x, chain *ch, place *p, const spec *s, long para, long sub,
                      long item) {
  csq_target t;
  if (s->problem)
    ch->problem = s->problem;
  else if (s->kind == CSQ_TARGET_PROVISION && s->heading == CSQ_LAW && s->level >= L_ITEM &&
           sub <= 0)
    ch->problem = CSQ_MSG_PROBLEM_ITEM_NO_SUBPARAGRAPH;
  if (make_target(x, s, para, sub, item, &t) != 0)
    return -1;
  /* 「本法第三十五條第四項之決定及第三十七條之決議」: a bare 第N條 that the
   * citing law lacks, after another law was named here, is that law's. */
  if (t.exists == 0 && !s->law_named && p->has_other) {
    spec other = *s;
    csq_target o;
    other.law = p->other;
    other.law_named = 1;
    if (make_target(x, &other, para, sub, item, &o) != 0)
      return -1;
    /* where that law is loaded and has it; or where this law ends before it,
     * that law loaded or not (民法親屬編施行法 §6-1: 「…民法親屬編修正後之第一千零十七條」;
     * 「本辦法依電子支付機構管理條例…第四十條準用第二十九條第二項規定訂定之」 in rules of
     * 24 articles: the act's §29 ¶2, dangling there after its amendment) */
    if (o.exists == 1 || (s->level >= L_ART && beyond_last_article(x, s->art)))
      t = o;
  }
  /* 「依海關進口稅則第八十四章至第九十七章」 in rules that have no 章: the
   * chapters of some other text, not this law's; not resolved */
  if (t.exists == 0 && !s->law_named && s->heading != CSQ_LAW && t.law == x->law &&
      !has_headings(x->law->root, s->heading)) {
    t.resolved = 0;
    t.exists = -1;
    t.eid = t.cite = "";
    ch->problem = CSQ_MSG_PROBLEM_NO_SUCH_HEADINGS;
  }
  spec used = *s;
  if (t.exists == 0 && s->placed && s->level > L_ART &&
      after_other_article(x, ch, p, s, para, sub, item, &t, &used) != 0)
    return -1;
  if (s->law_named && s->law.known && !csq__lawref_is(&s->law, x->law)) {
    p->other = s->law;
    p->has_other = 1;
  }
  p->last = used;
  p->has_last = 1;
  p->last_here = 1;
  if (used.kind == CSQ_TARGET_PROVISION && used.heading == CSQ_LAW && used.level >= L_ART &&
      !used.problem) {
    p->last_prov = used;
    p->has_last_prov = 1;
  }
  if (used.kind == CSQ_TARGET_PROVISION && used.heading == CSQ_LAW && used.level >= L_ART &&
      used.level <= L_PARA && !used.problem && p->cited_count < LEAD_INS) {
    p->cited[p->cited_count++] = used; /* for the 款 of a list this text leads in */
    p->cited_any |= (used.part && strcmp(used.part, "each_subparagraph") == 0) ||
                    !csq__lawref_is(&used.law, x->law);
  }
  if (used.kind == CSQ_TARGET_PROVISION && used.heading == CSQ_LAW && used.level >= L_SUB &&
      !used.problem) {
    p->last_sub = used;
    p->has_last_sub = 1;
  }
  return push_target(x, ch, &t);
}

/* Articles from `from` to `to` in a law that is not loaded: the numbers
 * between, with the inserted articles that the ends name (第一百六十五條之一
 * 至第一百六十五條之四: 之一 … 之四; 第十條至第十一條之二: 10, 11, 11-1, 11-2);
 * inserted articles between the ends cannot be known. */
static int article_range(extractor *x, chain *ch, place *p, const spec *from, const spec *to) {
  spec s = *to;
  for (long art = from->art; art <= to->art; art++) {
    long first = art == from->art ? from->artsub : 0;
    long last = art == to->art ? to->artsub : art == from->art && from->artsub ? from->artsub : 0;
    for (long sub = first; sub <= last; sub++) {
      s.art = art;
      s.artsub = sub;
      if (add_target(x, ch, p, &s, 0, 0, 0) != 0)
        return -1;
    }
  }
  return 0;
}

/* A 至 range: every member from `from` to `to` (docs/citations.md). Articles
 * follow the loaded law's order (so 第十條之一 falls inside 第十條至第十一條);
 * other levels and laws not loaded count numbers. */
static int add_range(extractor *x, chain *ch, place *p, const spec *from, const spec *to) {
  enum { MAX_MEMBERS = 400 };
  if (to->heading != CSQ_LAW || from->heading != CSQ_LAW) /* 第二章至第四章: the ends */
    return add_target(x, ch, p, from, 0, 0, 0) || add_target(x, ch, p, to, 0, 0, 0) ? -1 : 0;
  spec s = *to;
  if (to->level == L_ART && to->law.law) {
    size_t n;
    const csq_node *const *arts = csq__lawbook_articles(x->book, to->law.law, &n);
    int inside = 0;
    for (size_t i = 0; i < n; i++) {
      char *dash;
      long art = strtol(arts[i]->num, &dash, 10),
           sub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
      if (art == from->art && sub == from->artsub)
        inside = 1;
      if (inside) {
        s.art = art;
        s.artsub = sub;
        if (add_target(x, ch, p, &s, 0, 0, 0) != 0)
          return -1;
      }
      if (art == to->art && sub == to->artsub)
        return inside ? 0 : add_target(x, ch, p, to, 0, 0, 0);
    }
  }
  long lo = to->level == L_ART    ? from->art
            : to->level == L_PARA ? from->para
            : to->level == L_SUB  ? from->sub
                                  : from->item;
  long hi = to->level == L_ART    ? to->art
            : to->level == L_PARA ? to->para
            : to->level == L_SUB  ? to->sub
                                  : to->item;
  if (lo > hi || hi - lo > MAX_MEMBERS || to->level < L_ART || to->kind != CSQ_TARGET_PROVISION) {
    if (add_target(x, ch, p, from, from->para, from->sub, from->item) != 0)
      return -1;
    return add_target(x, ch, p, to, to->para, to->sub, to->item);
  }
  if (to->level == L_ART)
    return article_range(x, ch, p, from, to);
  for (long v = lo; v <= hi; v++)
    if (add_target(x, ch, p, &s, to->level == L_PARA ? v : s.para, to->level == L_SUB ? v : s.sub,
                   to->level == L_ITEM ? v : s.item) != 0)
      return -1;
  return 0;
}

/* 前三條 in 第1條之5: 第1條之2, 第1條之3 and 第1條之4, the articles before in
 * the law's order (s names the last of them). */
static int articles_before(extractor *x, chain *ch, place *p, const spec *s) {
  size_t n, i;
  const csq_node *const *arts = csq__lawbook_articles(x->book, x->law, &n);
  char eid[64];
  csq__provision_eid(eid, sizeof eid, s->art, s->artsub, -1, -1, -1);
  for (i = 0; i < n && strcmp(arts[i]->eid, eid) != 0; i++)
    ;
  spec one = *s;
  one.count = 0;
  for (size_t k = i + 1 >= (size_t)s->count ? i + 1 - (size_t)s->count : 0; k <= i && i < n; k++) {
    char *dash;
    one.art = strtol(arts[k]->num, &dash, 10);
    one.artsub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
    if (add_target(x, ch, p, &one, 0, 0, 0) != 0)
      return -1;
  }
  return 0;
}

int csq__spec_emit(extractor *x, chain *ch, place *p, const spec *s) {
  if (s->level == L_NONE)
    return 0;
  if (ch->range && ch->from.level == s->level && !s->problem && !ch->from.problem) {
    ch->range = 0;
    return add_range(x, ch, p, &ch->from, s);
  }
  if (ch->range) { /* a range whose ends do not match: both ends alone */
    ch->range = 0;
    if (csq__spec_emit(x, ch, p, &ch->from) != 0)
      return -1;
  }
  if (s->count > 1 && s->level == L_ART) /* 前三條: the three before, in the law's order */
    return articles_before(x, ch, p, s);
  if (s->count > 1) { /* 前二項: the two before, in order */
    long last = s->level == L_ART    ? s->art
                : s->level == L_PARA ? s->para
                : s->level == L_SUB  ? s->sub
                                     : s->item;
    spec one = *s;
    for (long v = last - s->count + 1; v <= last; v++) {
      if (s->level == L_ART)
        one.art = v;
      if (add_target(x, ch, p, &one, s->level == L_PARA ? v : s->para,
                     s->level == L_SUB ? v : s->sub, s->level == L_ITEM ? v : s->item) != 0)
        return -1;
    }
    return 0;
  }
  return add_target(x, ch, p, s, s->para, s->sub, s->item);
}
