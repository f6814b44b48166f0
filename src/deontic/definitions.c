/*
 * definitions.c — the terms a law defines. One pass over each provision's
 * own text with grammar/definitions.pcre (所稱X，指Y; 稱X者，謂Y;
 * （以下簡稱X）; 「X」…指Y), and the entries of a list whose lead-in
 * matches grammar/definition_leadin.pcre (本法用詞，定義如下：一、X：指Y)
 * read with grammar/definition_item.pcre. The scope of 所稱 is what the
 * clause names before it (本法第三條第五款所稱軍事機關), resolved by the
 * citations when they are given. docs/obligations.md describes the choices.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "deontic/deontic.h"

struct csq_definition {
  const csq_node *node;
  const char *term, *meaning, *form, *scope_text;
  size_t term_span[2], meaning_span[2]; /* code points */
  CSQ_VEC(const char *) scope;
};

struct csq_definitions {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(csq_definition *) list;
};

enum { P_DEFS, P_LEADIN, P_ITEM, P_COUNT };

typedef struct finder {
  csq_definitions *d;
  const csq_grammar *grammar;
  const csq_refs *refs;
  csq_pattern pattern[P_COUNT]; /* definitions, definition_leadin, definition_item */
  csq__cp_cursor cursor;        /* code points of the spans */
} finder;

static int group(const finder *f, int p, const char *name, const PCRE2_SIZE *ov, int rc, size_t *s,
                 size_t *e) {
  int g = csq__pattern_group(&f->pattern[p], name);
  if (g <= 0 || g >= rc || ov[2 * g] == PCRE2_UNSET)
    return 0;
  *s = ov[2 * g];
  *e = ov[2 * g + 1];
  return 1;
}

static int push(csq_definitions *d, csq_definition *def) {
  return csq__vec_push(d->mem, &d->list, def);
}

static csq_definition *add(finder *f, const csq_node *n, const char *s, const char *form, size_t ts,
                           size_t te, size_t ms, size_t me) {
  csq_arena *a = &f->d->arena;
  csq_definition *def = csq__arena_alloc(a, sizeof *def);
  if (!def)
    return NULL;
  *def = (csq_definition){n,
                          csq__arena_strndup(a, s + ts, te - ts),
                          csq__arena_strndup(a, s + ms, me - ms),
                          form,
                          "",
                          {0, 0},
                          {0, 0},
                          {NULL, 0, 0}};
  def->term_span[0] = csq__code_points_to(&f->cursor, s, ts);
  def->term_span[1] = csq__code_points_to(&f->cursor, s, te);
  def->meaning_span[0] = csq__code_points_to(&f->cursor, s, ms);
  def->meaning_span[1] = csq__code_points_to(&f->cursor, s, me);
  return def->term && def->meaning && push(f->d, def) == 0 ? def : NULL;
}

static int ends_with(const char *s, size_t lo, size_t at, const char *w) {
  return csq__ends_with(s + lo, at - lo, w);
}

/* Where the clause holding byte `at` begins: after the last 。；： (or 一、). */
static size_t clause_start(const char *s, size_t lo, size_t at) {
  for (size_t i = at; i > lo; i--)
    if (csq__ends_with_any(s + lo, i - lo, CSQ__WORDS(clause_marks)) >= 0)
      return i;
  return lo;
}

/* The phrase an alias stands for: back to the last ，。；： and after the
 * last 規定 or 依 (各機關依本法第九條規定委外辦理…（以下簡稱受託業務）). */
static size_t alias_phrase_start(const char *s, size_t lo, size_t at) {
  size_t from = clause_start(s, lo, at);
  for (size_t i = at; i > from; i--)
    if (ends_with(s, from, i, CSQ_WORD_COMMA))
      return i;
  for (size_t i = at; i > from; i--)
    if (csq__ends_with_any(s + from, i - from, CSQ__WORDS(alias_phrase_after)) >= 0)
      return i < at ? i : from;
  return from;
}

/* The provisions the scope s[from..to) names, from the node's citations. */
static int resolve_scope(finder *f, csq_definition *def, size_t from, size_t to) {
  csq_citation_list *list;
  if (!f->refs)
    return 0;
  if (csq_refs_from(f->refs, def->node, 0, &list, NULL) != CSQ_OK)
    return -1;
  int fail = 0;
  for (size_t i = 0; !fail && i < csq_citation_list_count(list); i++) {
    const csq_citation *c = csq_citation_list_at(list, i);
    if (c->byte_start < from || c->byte_end > to)
      continue;
    for (size_t j = 0; !fail && j < c->target_count; j++) {
      const csq_target *t = &c->targets[j];
      const char *key = csq__arena_printf(&f->d->arena, "%s%s%s", csq__target_lawkey(t),
                                          t->eid[0] ? "/" : "", t->eid);
      fail = !key || csq__vec_push(f->d->mem, &def->scope, key) != 0;
    }
  }
  csq_citation_list_free(list);
  return fail ? -1 : 0;
}

/* 所稱X: the scope written before it in its clause, or the one before in
 * this node (所稱軍事機關…；所稱情報機關 share 本法第三條第五款). */
static int said_scope(finder *f, csq_definition *def, const csq_definition *prev, const char *s,
                      size_t lo, size_t at) {
  size_t from = clause_start(s, lo, at);
  if (from == at && prev) {
    def->scope_text = prev->scope_text;
    for (size_t i = 0; i < prev->scope.count; i++)
      if (csq__vec_push(f->d->mem, &def->scope, prev->scope.items[i]) != 0)
        return -1;
    return 0;
  }
  if (!(def->scope_text = csq__arena_strndup(&f->d->arena, s + from, at - from)))
    return -1;
  return resolve_scope(f, def, from, at);
}

/* 所定核心業務，其範圍如下：一、…二、…: the meaning is the text of the
 * items (their span stays that of 範圍如下 in the lead-in). */
static int range_items(finder *f, csq_definition *def) {
  csq_buf items = {0};
  items.mem = f->d->mem;
  int fail = 0;
  for (const csq_node *c = csq_node_first_child(def->node); c && !fail; c = csq_node_next(c)) {
    size_t len;
    const char *t = csq_node_text(c, &len);
    fail = csq__buf_append(&items, t, len) != 0;
  }
  if (!fail && items.len)
    fail = !(def->meaning = csq__arena_strndup(&f->d->arena, items.data, items.len));
  csq__buf_free(&items);
  return fail ? -1 : 0;
}

/* One match of grammar/definitions.pcre at ov. */
static int read_match(finder *f, const csq_node *n, const char *s, size_t lo, const PCRE2_SIZE *ov,
                      int rc, csq_definition **prev_said) {
  size_t ts, te, ms, me;
  csq_definition *def;
  if (group(f, P_DEFS, "said", ov, rc, &ts, &te) &&
      group(f, P_DEFS, "saidmeaning", ov, rc, &ms, &me)) {
    if (!(def = add(f, n, s, "said", ts, te, ms, me)) ||
        said_scope(f, def, *prev_said, s, lo, ov[0]) != 0)
      return -1;
    *prev_said = def;
    /* 所稱資通安全情資（以下簡稱情資），指…: the alias means the same */
    if (group(f, P_DEFS, "saidalias", ov, rc, &ts, &te) &&
        (!(def = add(f, n, s, "said", ts, te, ms, me)) ||
         said_scope(f, def, *prev_said, s, lo, ov[0]) != 0))
      return -1;
  } else if (group(f, P_DEFS, "range", ov, rc, &ts, &te) &&
             group(f, P_DEFS, "rangemeaning", ov, rc, &ms, &me)) {
    if (!(def = add(f, n, s, "range", ts, te, ms, me)) || range_items(f, def) != 0 ||
        said_scope(f, def, NULL, s, lo, ov[0]) != 0)
      return -1;
  } else if (group(f, P_DEFS, "called", ov, rc, &ts, &te) &&
             group(f, P_DEFS, "calledmeaning", ov, rc, &ms, &me)) {
    if (!add(f, n, s, "called", ts, te, ms, me))
      return -1;
  } else if (group(f, P_DEFS, "alias", ov, rc, &ts, &te)) {
    size_t from = alias_phrase_start(s, lo, ov[0]);
    if (from < ov[0] && !add(f, n, s, "alias", ts, te, from, ov[0]))
      return -1;
  } else if (group(f, P_DEFS, "quoted", ov, rc, &ts, &te) &&
             group(f, P_DEFS, "quotedmeaning", ov, rc, &ms, &me)) {
    if (!add(f, n, s, "quoted", ts, te, ms, me))
      return -1;
  }
  return 0;
}

/* 一、資通系統：指… under 本法用詞，定義如下： */
static int read_list_entry(finder *f, const csq_node *n, const char *s, size_t len) {
  PCRE2_SIZE *ov;
  int rc =
      csq__pattern_match(&f->pattern[P_ITEM], s, len, csq__node_body_start(f->grammar, n), &ov);
  if (rc <= 0)
    return 0;
  size_t ts, te, ms, me;
  if (!group(f, P_ITEM, "term", ov, rc, &ts, &te) || !group(f, P_ITEM, "meaning", ov, rc, &ms, &me))
    return 0;
  int mark; /* 。 or ；, not ： */
  while (me > ms && (mark = csq__ends_with_any(s + ms, me - ms, CSQ__WORDS(clause_marks))) >= 0 &&
         mark < 2)
    me -= strlen(csq_words_clause_marks[mark]);
  return add(f, n, s, "list", ts, te, ms, me) ? 0 : -1;
}

static int is_leadin(finder *f, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  PCRE2_SIZE *ov;
  return n && n->kind == CSQ_PARAGRAPH && csq__pattern_match(&f->pattern[P_LEADIN], s, len, 0, &ov);
}

static int read_node(finder *f, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  csq_kind kind = csq_node_kind(n);
  if (len && kind != CSQ_LAW && !csq_kind_is_heading(kind)) {
    if (kind == CSQ_SUBPARAGRAPH && is_leadin(f, csq_node_parent(n)) &&
        read_list_entry(f, n, s, len) != 0)
      return -1;
    size_t lo = csq__node_body_start(f->grammar, n), at = lo;
    csq_definition *prev_said = NULL;
    int rc;
    PCRE2_SIZE *ov;
    while (at < len && (rc = csq__pattern_match(&f->pattern[P_DEFS], s, len, at, &ov)) > 0) {
      if (read_match(f, n, s, lo, ov, rc, &prev_said) != 0)
        return -1;
      at = ov[1] > at ? ov[1] : at + 1;
    }
  }
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if (read_node(f, c) != 0)
      return -1;
  return 0;
}

static void finder_release(finder *f) {
  for (int i = 0; i < P_COUNT; i++)
    csq__pattern_release(&f->pattern[i]);
}

csq_status csq_definitions_build(const csq_corpus *corpus, const csq_refs *refs,
                                 csq_definitions **out, csq_error *err) {
  const csq_mem *mem = csq__corpus_mem(corpus);
  csq_definitions *d = csq__calloc(mem, 1, sizeof *d);
  if (!d)
    return csq__oom(err);
  d->mem = mem;
  csq__arena_init(&d->arena, mem);
  finder f = {d, csq__corpus_grammar(corpus), refs, {{NULL, NULL}}, {NULL, 0, 0}};
  csq_status st = csq__pattern_compile(&f.pattern[P_DEFS], "grammar/definitions.pcre", 0, err);
  if (st == CSQ_OK)
    st = csq__pattern_compile(&f.pattern[P_LEADIN], "grammar/definition_leadin.pcre", 0, err);
  if (st == CSQ_OK)
    st = csq__pattern_compile(&f.pattern[P_ITEM], "grammar/definition_item.pcre", PCRE2_ANCHORED,
                              err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    if (read_node(&f, csq_corpus_law_at(corpus, i)->root) != 0)
      st = csq__oom(err);
  finder_release(&f);
  if (st != CSQ_OK) {
    csq_definitions_free(d);
    return st;
  }
  *out = d;
  return CSQ_OK;
}

void csq_definitions_free(csq_definitions *d) {
  if (!d)
    return;
  for (size_t i = 0; i < d->list.count; i++)
    csq__vec_free(d->mem, &d->list.items[i]->scope);
  csq__vec_free(d->mem, &d->list);
  csq__arena_release(&d->arena);
  csq__free(d->mem, d);
}

size_t csq_definitions_count(const csq_definitions *d) { return d->list.count; }
const csq_definition *csq_definitions_at(const csq_definitions *d, size_t i) {
  return i < d->list.count ? d->list.items[i] : NULL;
}

const char *csq_definition_term(const csq_definition *d) { return d->term; }
const char *csq_definition_meaning(const csq_definition *d) { return d->meaning; }
const char *csq_definition_form(const csq_definition *d) { return d->form; }
const csq_node *csq_definition_node(const csq_definition *d) { return d->node; }
const char *csq_definition_scope_text(const csq_definition *d) { return d->scope_text; }
size_t csq_definition_scope_count(const csq_definition *d) { return d->scope.count; }
const char *csq_definition_scope_at(const csq_definition *d, size_t i) {
  return i < d->scope.count ? d->scope.items[i] : "";
}

void csq_definition_spans(const csq_definition *d, size_t *ts, size_t *te, size_t *ms, size_t *me) {
  *ts = d->term_span[0];
  *te = d->term_span[1];
  *ms = d->meaning_span[0];
  *me = d->meaning_span[1];
}

static int collect_uses(const csq_definition *d, const csq_node *n, csq_node_list *uses) {
  if (n != d->node && n->text_len && strstr(n->text, d->term) && csq__node_list_push(uses, n) != 0)
    return -1;
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (collect_uses(d, c, uses) != 0)
      return -1;
  return 0;
}

csq_status csq_definition_uses(const csq_definition *d, csq_node_list **out, csq_error *err) {
  csq_node_list *uses;
  csq_status st = csq__node_list_new(d->node->law->arena.mem, &uses, err);
  if (st != CSQ_OK)
    return st;
  if (collect_uses(d, d->node->law->root, uses) != 0) {
    csq_node_list_free(uses);
    return csq__oom(err);
  }
  *out = uses;
  return CSQ_OK;
}
