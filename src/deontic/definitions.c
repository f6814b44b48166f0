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
  const char **scope;
  size_t scope_count;
};

struct csq_definitions {
  csq_arena arena;
  csq_definition **list;
  size_t count, cap;
};

typedef struct finder {
  csq_definitions *d;
  const csq_grammar *grammar;
  const csq_refs *refs;
  pcre2_code *code[3]; /* definitions, definition_leadin, definition_item */
  pcre2_match_data *md[3];
} finder;

enum { P_DEFS, P_LEADIN, P_ITEM };

static csq_status oom(csq_error *err) {
  return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
}

static csq_status compile(finder *f, int i, const char *file, uint32_t flags, csq_error *err) {
  return csq__grammar_compile(file, flags, &f->code[i], &f->md[i], err);
}

static size_t chars_at(const char *s, size_t byte) {
  size_t n = 0;
  int32_t i = 0;
  while ((size_t)i < byte) {
    UChar32 c;
    U8_NEXT(s, i, (int32_t)byte, c);
    (void)c;
    n++;
  }
  return n;
}

static int group(const finder *f, int p, const char *name, const PCRE2_SIZE *ov, int rc,
                 size_t *s, size_t *e) {
  int g = pcre2_substring_number_from_name(f->code[p], (PCRE2_SPTR)name);
  if (g <= 0 || g >= rc || ov[2 * g] == PCRE2_UNSET)
    return 0;
  *s = ov[2 * g];
  *e = ov[2 * g + 1];
  return 1;
}

static int push(csq_definitions *d, csq_definition *def) {
  if (d->count == d->cap) {
    size_t cap = d->cap ? d->cap * 2 : 64;
    csq_definition **grown = realloc(d->list, cap * sizeof *grown);
    if (!grown)
      return -1;
    d->list = grown;
    d->cap = cap;
  }
  d->list[d->count++] = def;
  return 0;
}

static csq_definition *add(finder *f, const csq_node *n, const char *s, const char *form,
                           size_t ts, size_t te, size_t ms, size_t me) {
  csq_arena *a = &f->d->arena;
  csq_definition *def = csq__arena_alloc(a, sizeof *def);
  if (!def)
    return NULL;
  *def = (csq_definition){n, csq__arena_strndup(a, s + ts, te - ts),
                          csq__arena_strndup(a, s + ms, me - ms), form, "", {0, 0}, {0, 0},
                          NULL, 0};
  def->term_span[0] = chars_at(s, ts);
  def->term_span[1] = def->term_span[0] + chars_at(s + ts, te - ts);
  def->meaning_span[0] = chars_at(s, ms);
  def->meaning_span[1] = def->meaning_span[0] + chars_at(s + ms, me - ms);
  return def->term && def->meaning && push(f->d, def) == 0 ? def : NULL;
}

static int ends_with(const char *s, size_t lo, size_t at, const char *w) {
  size_t n = strlen(w);
  return at >= lo + n && memcmp(s + at - n, w, n) == 0;
}

/* Where the clause holding byte `at` begins: after the last 。；： (or 一、). */
static size_t clause_start(const char *s, size_t lo, size_t at) {
  for (size_t i = at; i > lo; i--)
    if (ends_with(s, lo, i, "。") || ends_with(s, lo, i, "；") || ends_with(s, lo, i, "："))
      return i;
  return lo;
}

/* The phrase an alias stands for: back to the last ，。；： and after the
 * last 規定 or 依 (各機關依本法第九條規定委外辦理…（以下簡稱受託業務）). */
static size_t alias_phrase_start(const char *s, size_t lo, size_t at) {
  size_t from = clause_start(s, lo, at);
  for (size_t i = at; i > from; i--)
    if (ends_with(s, from, i, "，"))
      return i;
  for (size_t i = at; i > from; i--)
    if (ends_with(s, from, i, "規定") || ends_with(s, from, i, "依"))
      return i < at ? i : from;
  return from;
}

/* The provisions the scope s[from..to) names, from the node's citations. */
static int resolve_scope(finder *f, csq_definition *def, size_t from, size_t to) {
  if (!f->refs)
    return 0;
  const csq_citation *const *list;
  size_t n = csq_refs_from(f->refs, def->node, 0, &list);
  for (size_t i = 0; i < n; i++) {
    if (csq_citation_byte_start(list[i]) < from || csq_citation_byte_end(list[i]) > to)
      continue;
    for (size_t j = 0; j < csq_citation_target_count(list[i]); j++) {
      const csq_target *t = csq_citation_target(list[i], j);
      const char **grown = realloc(def->scope, (def->scope_count + 1) * sizeof *grown);
      if (!grown)
        return -1;
      def->scope = grown;
      const char *law = csq_target_law_id(t)[0] ? csq_target_law_id(t) : csq_target_law_name(t);
      grown[def->scope_count] = csq__arena_printf(&f->d->arena, "%s%s%s", law,
                                                  csq_target_eid(t)[0] ? "/" : "",
                                                  csq_target_eid(t));
      if (!grown[def->scope_count++])
        return -1;
    }
  }
  return 0;
}

/* 所稱X: the scope written before it in its clause, or the one before in
 * this node (所稱軍事機關…；所稱情報機關 share 本法第三條第五款). */
static int said_scope(finder *f, csq_definition *def, const csq_definition *prev, const char *s,
                      size_t lo, size_t at) {
  size_t from = clause_start(s, lo, at);
  if (from == at && prev) {
    def->scope_text = prev->scope_text;
    def->scope = prev->scope ? malloc(prev->scope_count * sizeof *def->scope) : NULL;
    if (prev->scope && !def->scope)
      return -1;
    if (prev->scope)
      memcpy(def->scope, prev->scope, prev->scope_count * sizeof *def->scope);
    def->scope_count = prev->scope_count;
    return 0;
  }
  if (!(def->scope_text = csq__arena_strndup(&f->d->arena, s + from, at - from)))
    return -1;
  return resolve_scope(f, def, from, at);
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

static size_t body_start(const finder *f, const csq_node *n, const char *s, size_t len) {
  PCRE2_SIZE *ov;
  if (csq_node_kind(n) < CSQ_SUBPARAGRAPH ||
      !csq__grammar_match(f->grammar, CSQ_PAT_LIST_MARKER, s, len, &ov))
    return 0;
  return ov[1];
}

/* 一、資通系統：指… under 本法用詞，定義如下： */
static int read_list_entry(finder *f, const csq_node *n, const char *s, size_t len) {
  size_t lo = body_start(f, n, s, len);
  int rc = pcre2_match(f->code[P_ITEM], (PCRE2_SPTR)s, len, lo, PCRE2_NO_UTF_CHECK,
                       f->md[P_ITEM], NULL);
  if (rc <= 0)
    return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(f->md[P_ITEM]);
  size_t ts, te, ms, me;
  if (!group(f, P_ITEM, "term", ov, rc, &ts, &te) || !group(f, P_ITEM, "meaning", ov, rc, &ms, &me))
    return 0;
  while (me > ms && (ends_with(s, ms, me, "。") || ends_with(s, ms, me, "；")))
    me -= 3;
  return add(f, n, s, "list", ts, te, ms, me) ? 0 : -1;
}

static int is_leadin(finder *f, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  return n && csq_node_kind(n) == CSQ_PARAGRAPH &&
         pcre2_match(f->code[P_LEADIN], (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK,
                     f->md[P_LEADIN], NULL) > 0;
}

static int read_node(finder *f, const csq_node *n) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  csq_kind kind = csq_node_kind(n);
  if (len && kind != CSQ_LAW && !csq_kind_is_heading(kind)) {
    if (kind == CSQ_SUBPARAGRAPH && is_leadin(f, csq_node_parent(n)) &&
        read_list_entry(f, n, s, len) != 0)
      return -1;
    size_t lo = body_start(f, n, s, len), at = lo;
    csq_definition *prev_said = NULL;
    int rc;
    while (at < len && (rc = pcre2_match(f->code[P_DEFS], (PCRE2_SPTR)s, len, at,
                                         PCRE2_NO_UTF_CHECK, f->md[P_DEFS], NULL)) > 0) {
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(f->md[P_DEFS]);
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
  for (int i = 0; i < 3; i++) {
    pcre2_match_data_free(f->md[i]);
    pcre2_code_free(f->code[i]);
  }
}

csq_status csq_definitions_build(const csq_corpus *corpus, const csq_refs *refs,
                                 csq_definitions **out, csq_error *err) {
  *out = NULL;
  csq_definitions *d = calloc(1, sizeof *d);
  if (!d)
    return oom(err);
  csq__arena_init(&d->arena);
  finder f = {d, csq__corpus_grammar(corpus), refs, {NULL}, {NULL}};
  csq_status st = compile(&f, P_DEFS, "grammar/definitions.pcre", 0, err);
  if (st == CSQ_OK)
    st = compile(&f, P_LEADIN, "grammar/definition_leadin.pcre", 0, err);
  if (st == CSQ_OK)
    st = compile(&f, P_ITEM, "grammar/definition_item.pcre", PCRE2_ANCHORED, err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++)
    if (read_node(&f, csq_law_root(csq_corpus_law_at(corpus, i))) != 0)
      st = oom(err);
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
  for (size_t i = 0; i < d->count; i++)
    free(d->list[i]->scope);
  free(d->list);
  csq__arena_release(&d->arena);
  free(d);
}

size_t csq_definitions_count(const csq_definitions *d) { return d->count; }
const csq_definition *csq_definitions_at(const csq_definitions *d, size_t i) {
  return i < d->count ? d->list[i] : NULL;
}

const char *csq_definition_term(const csq_definition *d) { return d->term; }
const char *csq_definition_meaning(const csq_definition *d) { return d->meaning; }
const char *csq_definition_form(const csq_definition *d) { return d->form; }
const csq_node *csq_definition_node(const csq_definition *d) { return d->node; }
const char *csq_definition_scope_text(const csq_definition *d) { return d->scope_text; }
size_t csq_definition_scope_count(const csq_definition *d) { return d->scope_count; }
const char *csq_definition_scope_at(const csq_definition *d, size_t i) {
  return i < d->scope_count ? d->scope[i] : "";
}

void csq_definition_spans(const csq_definition *d, size_t *ts, size_t *te, size_t *ms,
                          size_t *me) {
  *ts = d->term_span[0];
  *te = d->term_span[1];
  *ms = d->meaning_span[0];
  *me = d->meaning_span[1];
}

typedef struct use_list {
  const csq_node **nodes;
  size_t count, cap;
} use_list;

static int collect_uses(const csq_definition *d, const csq_node *n, use_list *u) {
  size_t len;
  const char *s = csq_node_text(n, &len);
  if (n != d->node && len && strstr(s, d->term)) {
    if (u->count == u->cap) {
      u->cap = u->cap ? u->cap * 2 : 16;
      const csq_node **grown = realloc(u->nodes, u->cap * sizeof *grown);
      if (!grown)
        return -1;
      u->nodes = grown;
    }
    u->nodes[u->count++] = n;
  }
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if (collect_uses(d, c, u) != 0)
      return -1;
  return 0;
}

csq_status csq_definition_uses(const csq_definition *d, const csq_node ***out, size_t *count,
                               csq_error *err) {
  use_list u = {NULL, 0, 0};
  if (collect_uses(d, csq_law_root(csq_node_law(d->node)), &u) != 0) {
    free(u.nodes);
    return oom(err);
  }
  *out = u.nodes;
  *count = u.count;
  return CSQ_OK;
}
