/*
 * extract.c — one pass over each provision's own text: atoms that touch, or
 * that a list word joins (、及或與至), are strung into one citation, each
 * atom carrying the context of the one before (第三條第一項第一款及第二項:
 * 第二項 of 第三條); a chain closes into a citation with its targets.
 */
#include <stdlib.h>
#include <string.h>

#include "citations/extract.h"

/* Code points up to byte `to`, counted on from where the cursor stands. */
static size_t chars_to(const char *s, size_t *byte_at, size_t *char_at, size_t to) {
  *char_at += csq__code_points(s, *byte_at, to);
  *byte_at = to;
  return *char_at;
}

typedef struct cursor {
  size_t byte_at, char_at;
} cursor;

static int close_chain(extractor *x, chain *ch, place *p, const char *s, cursor *cur) {
  if (!ch->open)
    return 0;
  ch->open = 0;
  if (csq__spec_emit(x, ch, p, &ch->cur) != 0)
    return -1;
  if (ch->range && csq__spec_emit(x, ch, p, &ch->from) != 0)
    return -1;
  ch->range = 0;
  p->last_end = ch->end;
  if (ch->targets.count == 0)
    return 0;
  csq_citation *c = csq__arena_alloc(x->arena, sizeof *c);
  if (!c)
    return -1;
  c->from = p->node;
  c->byte_start = ch->start;
  c->byte_end = ch->end;
  c->start = chars_to(s, &cur->byte_at, &cur->char_at, ch->start);
  c->end = chars_to(s, &cur->byte_at, &cur->char_at, ch->end);
  c->text = csq__arena_strndup(x->arena, s + ch->start, ch->end - ch->start);
  c->problem = ch->problem ? ch->problem : "";
  c->targets = csq__arena_alloc(x->arena, ch->targets.count * sizeof *c->targets);
  if (!c->text || !c->targets)
    return -1;
  memcpy(c->targets, ch->targets.items, ch->targets.count * sizeof *c->targets);
  c->target_count = ch->targets.count;
  c->resolved = 1;
  for (size_t i = 0; i < c->target_count; i++)
    c->resolved &= c->targets[i].resolved;
  return csq__vec_push(x->mem, &x->cites, c);
}

/* 「第一百零一條第一項第七款情形或第六款」: a citation that a list word
 * joins to the one before, in the same clause, carries its context on; so
 * does one of a lower level that a connector joins to it (「前條第二項所列
 * 第一款至第四款」 are 前條第二項's 款). Only citations of this node's text. */
static int continues_list(const place *p, const char *s, size_t at, int level) {
  if (!p->has_last || !p->last_here || p->last.kind != CSQ_TARGET_PROVISION || at <= p->last_end)
    return 0;
  size_t len = at - p->last_end;
  const char *gap = s + p->last_end;
  /* 「第十四條第二項所定第一項」: 所定 and its kin hand on the article to a
   * provision of the same level too; 之 and 中 only to a lower one */
  int w = csq__word_index(gap, len, CSQ__WORDS(context_connectors));
  if (w >= 0 && p->last.heading == CSQ_LAW &&
      (level > p->last.level || (level == p->last.level && level > L_ART &&
                                 w < (int)csq_words_context_connectors_count - 2)))
    return 1;
  if (csq__contains_any(gap, len, CSQ__WORDS(list_stops)))
    return 0;
  /* 「…交付郵政機關或依第二項」: the list word may come before 依 */
  if (csq__ends_with(gap, len, CSQ_WORD_CITES_BY))
    len -= strlen(CSQ_WORD_CITES_BY);
  return csq__ends_with_any(gap, len, CSQ__WORDS(list_continues)) >= 0;
}

/* 「修正之民法第一千零十條之規定…。其第五款所定之期間」: 其 (its) before a
 * provision of a lower level names one of the provision cited last. */
static int its(const place *p, const char *s, size_t at, int level) {
  return p->has_last_prov && level > p->last_prov.level && csq__ends_with(s, at, CSQ_WORD_ITS);
}

/* One atom into the chain: it continues the citation or starts one. */
/* 「第二章第四節」: a heading right after a larger one is inside it. The
 * outer heading is kept in the extractor (a citation has at most a few). */
static int within_heading(extractor *x, chain *ch, place *p, const atom *a) {
  spec *cur = &ch->cur;
  if (a->type != A_HEAD || cur->kind != CSQ_TARGET_PROVISION || cur->heading == CSQ_LAW ||
      cur->problem || (!cur->head_node && cur->head_num <= 0) || a->level <= (int)cur->heading ||
      cur->within || x->outer_count == 4)
    return 0;
  spec *outer = &x->outer[x->outer_count++];
  *outer = *cur;
  csq__spec_apply(x, cur, p, a);
  cur->within = outer;
  ch->end = a->end;
  return 1;
}

/* 「本法施行細則第八條」: 施行細則 right after 本法 (or 本條例) is the act's
 * rules, named after the act. Returns 1 when `a` was that. */
static int act_rules(extractor *x, chain *ch, const atom *a, int join) {
  static const char RULES[] = CSQ_WORD_RULES_SUFFIX;
  if (a->type != A_LAW || join != 0 || a->law.known || strcmp(a->law.name, RULES) != 0 ||
      ch->cur.kind != CSQ_TARGET_LAW || ch->cur.level != L_LAW || !ch->cur.law.known ||
      !ch->cur.law.name)
    return 0;
  char name[512];
  snprintf(name, sizeof name, "%s%s", ch->cur.law.name, RULES);
  csq__lawbook_find(x->book, name, x->law->version, &ch->cur.law);
  if (!ch->cur.law.known) {
    ch->cur.law.name = csq__arena_strndup(x->arena, name, strlen(name));
    if (!ch->cur.law.name)
      return -1;
  }
  ch->end = a->end;
  return 1;
}

/* A paragraph whose text (the lead-in of its list) cites the 款 of a
 * provision (第十三條各款) or a provision of another law
 * (本法第三十八條第一項): the bare 款 that its own 款 name are of the
 * provisions it cites (all of them: 「前項…。但有第十二條第一項各款情形…」). */
static void note_lead_in(extractor *x, const csq_node *para, const place *p) {
  x->lead_in_para = p->cited_count && p->cited_any ? para : NULL;
  x->lead_in_count = p->cited_count;
  for (int i = 0; i < p->cited_count; i++) {
    x->lead_ins[i] = p->cited[i];
    x->lead_in_marked[i] =
        (p->cited[i].part && strcmp(p->cited[i].part, "each_subparagraph") == 0) ||
        !csq__lawref_is(&p->cited[i].law, x->law);
    x->lead_ins[i].part = NULL;
  }
}

/* Whether the 款 a citation in a 款 names (the atom `a` and those a list
 * word joins to it) reach the 款 it stands in or beyond: 「七、代替第一款至第
 * 六款之行政處分」 names the 款 above it in its own list, 「二、第一款、第二款及
 * 第六款之公告」 those of the provision its lead-in cites. */
static int names_beyond(extractor *x, const char *s, const atom *a, long here) {
  long most = a->n;
  for (int i = 0; i < a->more_count; i++)
    most = a->more[i] > most ? a->more[i] : most;
  atom b;
  size_t end = a->end, len = strlen(s);
  while (most < here && csq__atom_next(x, s, len, end, end, &b) > 0 && b.type == A_SUB &&
         csq__atom_join(s + end, b.start - end) > 0) {
    for (int i = -1; i < b.more_count; i++)
      most = (i < 0 ? b.n : b.more[i]) > most ? (i < 0 ? b.n : b.more[i]) : most;
    end = b.end;
  }
  return most >= here;
}

/* Whether the provision `s` names (an article or paragraph) has a 第n款. */
static int has_subparagraph(const spec *s, long n) {
  char eid[64];
  const csq_law *law = s->law.law;
  if (!law || csq__provision_eid(eid, sizeof eid, s->art, s->artsub,
                                 s->level >= L_PARA ? s->para : -1, -1, -1) != 0)
    return 0;
  const csq_node *node = csq_law_find(law, eid);
  if (node && node->kind == CSQ_ARTICLE && node->child_count == 1)
    node = node->first_child;
  return node && csq__child(node, CSQ_SUBPARAGRAPH, n) != NULL;
}

/* Of a lead-in's provisions, the one whose 第n款 a 款 of its list names:
 * the first that has one, else the first that is 各款 or another law's. */
static const spec *lead_in_for(const extractor *x, long n) {
  for (int i = 0; i < x->lead_in_count; i++)
    if (has_subparagraph(&x->lead_ins[i], n))
      return &x->lead_ins[i];
  for (int i = 0; i < x->lead_in_count; i++)
    if (x->lead_in_marked[i])
      return &x->lead_ins[i];
  return &x->lead_ins[0];
}

/* One atom into the chain; `join` is what joins it to the one before (as
 * csq__atom_join says), or JOIN_TEXT to read it from the text between. */
enum { JOIN_TEXT = -2 };

static int feed(extractor *x, chain *ch, place *p, const char *s, const atom *a, int join,
                cursor *cur) {
  int level = csq__atom_level(a);
  if (join == JOIN_TEXT)
    join = ch->open && a->start >= ch->end ? csq__atom_join(s + ch->end, a->start - ch->end) : -1;
  if (a->range_end && join != 2)
    return 0; /* 至三條 that ends no range */
  int rules = ch->open ? act_rules(x, ch, a, join) : 0;
  if (rules != 0)
    return rules < 0 ? -1 : 0;
  if (ch->open && join == 0 && within_heading(x, ch, p, a))
    return 0;
  if (join < 0) {
    if (close_chain(x, ch, p, s, cur) != 0)
      return -1;
    if (level == L_NONE)
      return 0; /* 但書, 各款 with nothing before them */
    ch->open = 1;
    ch->start = a->start;
    ch->targets.count = 0;
    ch->problem = NULL;
    ch->cur = csq__spec_fresh(x);
    if (level >= L_ART && continues_list(p, s, a->start, level))
      ch->cur = csq__spec_inherit(x, &p->last, level);
    else if (level >= L_ART && its(p, s, a->start, level))
      ch->cur = csq__spec_inherit(x, &p->last_prov, level);
    else if (a->type == A_SUB && p->lead_in && names_beyond(x, s, a, p->sub))
      ch->cur = csq__spec_inherit(x, lead_in_for(x, a->n), level); /* 一、第一款或第二款：… */
  } else if (level == L_NONE) {
    if (join != 0)
      return close_chain(x, ch, p, s, cur);
  } else if (ch->cur.level != L_NONE && (join > 0 || level <= ch->cur.level)) {
    if (join == 2 && !ch->range) {
      ch->from = ch->cur;
      ch->range = 1;
    } else if (csq__spec_emit(x, ch, p, &ch->cur) != 0) {
      return -1;
    }
    ch->cur = csq__spec_inherit(x, &ch->cur, level);
  }
  csq__spec_apply(x, &ch->cur, p, a);
  ch->end = a->end;
  return 0;
}

static void locate(const csq_node *node, place *p) {
  memset(p, 0, sizeof *p);
  p->node = node;
  for (const csq_node *n = node; n; n = n->parent) {
    long v = strtol(n->num, NULL, 10);
    if (n->kind == CSQ_ARTICLE) {
      char *dash;
      p->art = strtol(n->num, &dash, 10);
      p->artsub = *dash == '-' ? strtol(dash + 1, NULL, 10) : 0;
      p->art_node = n;
    } else if (n->kind == CSQ_PARAGRAPH)
      p->para = v;
    else if (n->kind == CSQ_SUBPARAGRAPH)
      p->sub = v;
    else if (n->kind == CSQ_ITEM)
      p->item = v;
  }
}

/* Every citation in s[0..len), the text of `node` (NULL: a query). */
static int extract_text(extractor *x, const csq_node *node, const char *s, size_t len) {
  place p;
  locate(node, &p);
  p.text = s;
  x->outer_count = 0;
  if (node && p.art_node == x->last_art && x->has_last) {
    p.last = x->last;
    p.has_last = 1;
    p.other = x->other; /* 「本條例第五條第三項第一款…」 then 「第五條第三項第二款…」 */
    p.has_other = x->has_other;
  }
  p.lead_in = node && node->kind == CSQ_SUBPARAGRAPH && node->parent == x->lead_in_para;
  chain ch;
  memset(&ch, 0, sizeof ch);
  cursor cur = {0, 0};
  atom a, b;
  int rc = csq__atom_next(x, s, len, 0, 0, &a), fail = 0;
  while (!fail && rc > 0) {
    /* The next atom; a law's name that holds the one just read (民法總則施行法
     * after 民法) takes its place: the longest name wins. A short name given
     * here (（以下簡稱退撫條例）) is bound before the next atom is read. */
    if (a.type == A_LAW && a.alias)
      csq__bind_alias(x, &a);
    int next = csq__atom_next(x, s, len, a.end, a.type == A_LAW ? a.start : a.end, &b);
    if (next > 0 && a.type == A_LAW && b.type == A_LAW && b.start <= a.start && !a.alias) {
      a = b;
      continue;
    }
    if (next > 0 && b.start < a.end) /* a name read back into the atom before */
      next = csq__atom_next(x, s, len, a.end, a.end, &b);
    fail = feed(x, &ch, &p, s, &a, JOIN_TEXT, &cur) != 0;
    for (int i = 0; i < a.more_count && ch.open && !fail; i++) { /* 第三、第四兩款, 第一至第三款 */
      atom c = a;
      c.n = a.more[i];
      c.sub = c.subitem = 0;
      c.more_count = 0;
      c.start = a.end;
      fail = feed(x, &ch, &p, s, &c, a.more_range ? 2 : 1, &cur) != 0;
    }
    a = b;
    rc = next;
  }
  fail = fail || rc < 0 || close_chain(x, &ch, &p, s, &cur) != 0;
  if (node && node->kind == CSQ_PARAGRAPH)
    note_lead_in(x, node, &p);
  if (p.has_last) {
    x->last = p.last;
    x->last.within = NULL; /* x->outer is this node's */
    x->has_last = 1;
    x->last_art = p.art_node;
    x->other = p.other;
    x->has_other = p.has_other;
  }
  csq__vec_free(x->mem, &ch.targets);
  return fail ? -1 : 0;
}

void csq__extract_start_law(extractor *x, const csq_law *law) {
  x->law = law;
  x->alias_count = 0;
  memset(&x->self, 0, sizeof x->self);
  x->self.id = law->id;
  x->self.name = law->name;
  x->self.law = law;
  x->self.known = 1;
  x->articles = 0;
  x->parent_open = 0;
  if (law->parent_id[0] || law->parent_name[0]) {
    csq__lawbook_link(x->book, law->parent_id, law->parent_name, law->version, &x->parent);
  } else if (csq__is_act_name(law->name) || strcmp(law->level, CSQ_WORD_LEVEL_REGULATION) != 0) {
    x->parent = x->self; /* an act's 本法 is itself */
  } else {
    memset(&x->parent, 0, sizeof x->parent);
    x->parent_open = 1;
  }
}

int csq__extract_node(extractor *x, const csq_node *n) {
  if (n->kind == CSQ_ARTICLE && ++x->articles > 1)
    x->parent_open = 0;
  if (!n->text_len || csq_kind_is_heading(n->kind) || n->kind == CSQ_LAW)
    return 0;
  return extract_text(x, n, n->text, n->text_len);
}

csq_status csq__extractor_init(extractor *x, const csq__lawbook *book, csq_arena *arena,
                               const csq_mem *mem, csq_error *err) {
  memset(x, 0, sizeof *x);
  x->mem = mem;
  x->arena = arena;
  x->book = book;
  csq_status st = csq__pattern_compile(&x->pattern, "grammar/citation.pcre", 0, err);
  for (int i = 0; st == CSQ_OK && i < G_COUNT; i++)
    x->group[i] = csq__pattern_group(&x->pattern, CSQ__CITATION_GROUPS[i]);
  return st;
}

void csq__extractor_release(extractor *x) {
  csq__pattern_release(&x->pattern);
  csq__vec_free(x->mem, &x->cites);
}
