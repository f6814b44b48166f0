/*
 * tree.c — the provision tree: law → headings → 條 article → 項 paragraph →
 * 款 subparagraph → 目 item (→ sub-items). Readers feed the builder blocks
 * in document order; the builder nests them, numbers them and gives each
 * node its eId (art_4__para_1__subpara_5) and its citation (第4條第1項第5款).
 */
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

/* ---- accessors -------------------------------------------------------- */

csq_kind csq_node_kind(const csq_node *n) { return n->kind; }
const char *csq_node_num(const csq_node *n) { return n->num; }
const char *csq_node_eid(const csq_node *n) { return n->eid; }
const char *csq_node_cite(const csq_node *n) { return n->cite; }
const char *csq_node_title(const csq_node *n) { return n->title; }
long long csq_node_source_offset(const csq_node *n) { return n->source_offset; }
const csq_node *csq_node_parent(const csq_node *n) { return n->parent; }
const csq_node *csq_node_first_child(const csq_node *n) { return n->first_child; }
const csq_node *csq_node_next(const csq_node *n) { return n->next; }
size_t csq_node_child_count(const csq_node *n) { return n->child_count; }
const csq_law *csq_node_law(const csq_node *n) { return n->law; }

const char *csq_node_text(const csq_node *n, size_t *len) {
  if (len)
    *len = n->text_len;
  return n->text;
}

const char *csq_law_id(const csq_law *l) { return l->id; }
const char *csq_law_name(const csq_law *l) { return l->name; }
const char *csq_law_level(const csq_law *l) { return l->level; }
const char *csq_law_version(const csq_law *l) { return l->version; }
int csq_law_is_repealed(const csq_law *l) { return l->repealed; }
const char *csq_law_parent_id(const csq_law *l) { return l->parent_id; }
const char *csq_law_parent_name(const csq_law *l) { return l->parent_name; }
const char *csq_law_source(const csq_law *l) { return l->source; }
const char *csq_law_history(const csq_law *l) { return l->history; }
const char *csq_law_format(const csq_law *l) { return l->format; }
const csq_node *csq_law_root(const csq_law *l) { return l->root; }
size_t csq_law_article_count(const csq_law *l) { return l->article_count; }

void csq__law_free(csq_law *law) {
  if (!law)
    return;
  csq__free(law->arena.mem, law->index);
  csq_arena arena = law->arena; /* the law itself lives in its arena */
  csq__arena_release(&arena);
}

/* ---- building --------------------------------------------------------- */

/* A new node under parent; NULL when out of memory or when the law would
 * have more than CSQ_MAX_NODES (no_node tells which). */
static csq_node *new_node(csq_builder *b, csq_kind kind, csq_node *parent, long long offset) {
  if (b->nodes >= CSQ_MAX_NODES)
    return NULL;
  b->nodes++;
  csq_node *n = csq__arena_alloc(&b->law->arena, sizeof *n);
  if (!n)
    return NULL;
  n->kind = kind;
  n->num = n->eid = n->cite = n->title = n->text = "";
  n->source_offset = offset;
  n->law = b->law;
  n->parent = parent;
  if (parent) {
    if (parent->last_child)
      parent->last_child->next = n;
    else
      parent->first_child = n;
    parent->last_child = n;
    parent->child_count++;
  }
  return n;
}

/* Why new_node made no node. */
static csq_status no_node(const csq_builder *b, long long offset, csq_error *err) {
  if (b->nodes < CSQ_MAX_NODES)
    return csq__oom(err);
  return csq__fail(err, CSQ_BAD_INPUT, b->source, offset,
                   "more than %d provisions and headings in one law; csquery reads laws of up to "
                   "%d (docs/reliability.md)",
                   CSQ_MAX_NODES, CSQ_MAX_NODES);
}

/* Moves the text collected for the last node into the arena. */
static int flush_text(csq_builder *b) {
  if (!b->last)
    return 0;
  char *text =
      csq__arena_strndup(&b->law->arena, b->pending.data ? b->pending.data : "", b->pending.len);
  if (!text)
    return -1;
  b->last->text = text;
  b->last->text_len = b->pending.len;
  b->pending.len = 0;
  b->last = NULL;
  return 0;
}

static int start_text(csq_builder *b, csq_node *n, const char *text, size_t len) {
  if (flush_text(b) != 0)
    return -1;
  b->last = n;
  b->pending_is_table = 0;
  return csq__buf_append(&b->pending, text, len);
}

csq_status csq__builder_init(csq_builder *b, const csq_grammar *grammar, const csq_mem *mem,
                             const char *source, csq_error *err) {
  memset(b, 0, sizeof *b);
  b->mem = mem;
  b->pending.mem = mem;
  csq_arena arena;
  csq__arena_init(&arena, mem);
  csq_law *law = csq__arena_alloc(&arena, sizeof *law);
  if (!law) {
    csq__arena_release(&arena);
    return csq__oom(err);
  }
  law->arena = arena;
  b->law = law;
  b->grammar = grammar;
  law->id = law->name = law->level = law->version = "";
  law->parent_id = law->parent_name = law->history = "";
  law->format = "text";
  law->source = csq__arena_strndup(&law->arena, source, strlen(source));
  b->source = law->source;
  law->root = new_node(b, CSQ_LAW, NULL, 0);
  if (!law->source || !law->root) {
    csq__builder_abandon(b);
    return csq__oom(err);
  }
  return CSQ_OK;
}

void csq__builder_abandon(csq_builder *b) {
  csq__buf_free(&b->pending);
  if (b->law) {
    csq_law *law = b->law;
    b->law = NULL;
    csq__law_free(law);
  }
}

/* The text of capture group `group`, or NULL when it did not take part. */
static const char *group_text(const char *s, const PCRE2_SIZE *ov, int rc, int group, size_t *len) {
  if (group < 0 || group >= rc || ov[2 * group] == PCRE2_UNSET)
    return NULL;
  *len = ov[2 * group + 1] - ov[2 * group];
  return s + ov[2 * group];
}

static const csq_kind HEADING_LEVELS[] = {CSQ_PART, CSQ_CHAPTER, CSQ_SECTION, CSQ_SUBSECTION,
                                          CSQ_SUBSUBSECTION};

/* The level of a heading's word (grammar/words.tsv's heading_words, in
 * order): 編 0 … 目 4; a chapter for anything else. */
static int heading_level_of(const char *level, size_t len) {
  int i = csq__word_index(level, len, CSQ__WORDS(heading_words));
  return i >= 0 ? i : 1;
}

static size_t count_leading_spaces(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && s[i] == ' ')
    i++;
  return i;
}

/* Counts the children of `parent` that have the kind of heading `level`,
 * going on from the count the level keeps (linear over a law, where a count
 * from the first child each time made 100,000 headings take minutes). */
static size_t count_headings(csq_builder *b, int level, const csq_node *parent) {
  if (b->heading_count[level].parent != parent) {
    b->heading_count[level].parent = parent;
    b->heading_count[level].seen = NULL;
    b->heading_count[level].count = 0;
  }
  const csq_node *c = b->heading_count[level].seen;
  for (c = c ? c->next : parent->first_child; c; c = c->next) {
    b->heading_count[level].count += c->kind == HEADING_LEVELS[level];
    b->heading_count[level].seen = c;
  }
  return b->heading_count[level].count;
}

csq_status csq__builder_heading(csq_builder *b, const char *line, size_t len, long long offset,
                                csq_error *err) {
  PCRE2_SIZE *ov;
  int rc = csq__grammar_match(b->grammar, CSQ_PAT_HEADING, line, len, &ov);
  int level;
  long num = -1, sub = -1;
  const char *title = NULL;
  size_t title_len = 0;
  if (rc > 0) {
    size_t l = 0;
    const char *s =
        group_text(line, ov, rc, csq__grammar_group(b->grammar, CSQ_PAT_HEADING, "level"), &l);
    level = s ? heading_level_of(s, l) : 1;
    s = group_text(line, ov, rc, csq__grammar_group(b->grammar, CSQ_PAT_HEADING, "num"), &l);
    num = s ? csq__numeral_value(s, l) : -1;
    s = group_text(line, ov, rc, csq__grammar_group(b->grammar, CSQ_PAT_HEADING, "sub"), &l);
    if (s)
      sub = csq__numeral_value(s, l);
    title = group_text(line, ov, rc, csq__grammar_group(b->grammar, CSQ_PAT_HEADING, "title"),
                       &title_len);
  } else {
    /* 壹 總則, 甲 …: no 第N章. The official JSON indents headings by
     * level, three spaces a level; anything else is a chapter. */
    size_t indent = count_leading_spaces(line, len);
    level = indent % 3 == 0 && indent / 3 < 5 ? (int)(indent / 3) : 1;
  }
  csq_kind kind = HEADING_LEVELS[level];

  /* The new heading closes every heading at its level and below. */
  for (int i = level; i < 5; i++)
    b->heading_stack[i] = NULL;
  csq_node *parent = b->law->root;
  for (int i = level - 1; i >= 0; i--)
    if (b->heading_stack[i]) {
      parent = b->heading_stack[i];
      break;
    }
  if (flush_text(b) != 0)
    return csq__oom(err);
  if (num < 0)
    num = (long)count_headings(b, level, parent) + 1;
  csq_node *n = new_node(b, kind, parent, offset);
  if (!n)
    return no_node(b, offset, err);
  csq_arena *a = &b->law->arena;
  n->num = sub > 0 ? csq__arena_printf(a, "%ld-%ld", num, sub) : csq__arena_printf(a, "%ld", num);
  const char *text = line;
  size_t text_len = len;
  csq__trim(&text, &text_len);
  if (!title) {
    title = text;
    title_len = text_len;
  }
  n->title = csq__arena_strndup(a, title, title_len);
  n->text = csq__arena_strndup(a, text, text_len);
  n->text_len = text_len;
  if (!n->num || !n->title || !n->text)
    return csq__oom(err);
  b->heading_stack[level] = n;
  b->article = b->paragraph = NULL;
  b->list_depth = 0;
  return CSQ_OK;
}

/* The innermost open heading, or the root. */
static csq_node *article_parent(csq_builder *b) {
  for (int i = 4; i >= 0; i--)
    if (b->heading_stack[i])
      return b->heading_stack[i];
  return b->law->root;
}

csq_status csq__builder_article(csq_builder *b, const char *num, long long offset, csq_error *err) {
  if (b->law->article_count >= CSQ_MAX_ARTICLES)
    return csq__fail(err, CSQ_BAD_INPUT, b->source, offset,
                     "more than %d articles in one law; csquery reads laws of up to %d "
                     "(docs/reliability.md)",
                     CSQ_MAX_ARTICLES, CSQ_MAX_ARTICLES);
  if (flush_text(b) != 0)
    return csq__oom(err);
  csq_node *n = new_node(b, CSQ_ARTICLE, article_parent(b), offset);
  if (!n)
    return no_node(b, offset, err);
  n->num = csq__arena_strndup(&b->law->arena, num, strlen(num));
  if (!n->num)
    return csq__oom(err);
  b->article = n;
  b->paragraph = NULL;
  b->list_depth = 0;
  b->law->article_count++;
  return CSQ_OK;
}

/* ---- list markers ------------------------------------------------------ */

typedef struct marker {
  int family; /* 1 一、  2 （一）  3 1.  4 （1）; 0 when none */
  long value;
  size_t len; /* bytes of the marker itself */
} marker;

/* The value of a marker's numeral, spaces left out: （三  十） is 30. */
static long numeral_without_spaces(const char *s, size_t len) {
  char buf[64];
  size_t n = 0;
  for (size_t i = 0; i < len && n < sizeof buf; i++)
    if (s[i] != ' ')
      buf[n++] = s[i];
  return n < sizeof buf ? csq__numeral_value(buf, n) : -1;
}

static marker read_marker(const csq_grammar *g, const char *s, size_t len) {
  static const char *const FAMILIES[] = {"cn", "pcn", "ar", "par"};
  marker m = {0, 0, 0};
  PCRE2_SIZE *ov;
  size_t l = 0;
  int rc = csq__grammar_match(g, CSQ_PAT_LIST_MARKER, s, len, &ov);
  if (rc <= 0)
    return m;
  for (int f = 0; f < 4; f++) {
    const char *t =
        group_text(s, ov, rc, csq__grammar_group(g, CSQ_PAT_LIST_MARKER, FAMILIES[f]), &l);
    if (t) {
      m.value = numeral_without_spaces(t, l);
      if (m.value <= 0)
        return m;
      m.family = f + 1;
      m.len = ov[1];
      return m;
    }
  }
  return m;
}

/* Where a list node of `family` goes: its index in the open-list stack if
 * that family is open (the new node is its sibling), else the stack depth
 * (the new node nests one deeper). */
static int list_slot(const csq_builder *b, int family) {
  for (int i = b->list_depth - 1; i >= 0; i--)
    if (b->list_stack[i]->marker_style == family)
      return i;
  return b->list_depth;
}

int csq__builder_marker_fits(const csq_builder *b, const char *text, size_t len) {
  marker m = read_marker(b->grammar, text, len);
  if (!m.family || !b->article)
    return 0;
  int slot = list_slot(b, m.family);
  if (slot < b->list_depth)
    return m.value == strtol(b->list_stack[slot]->num, NULL, 10) + 1;
  return m.value == 1;
}

static csq_status add_paragraph(csq_builder *b, const char *text, size_t len, long long offset,
                                csq_error *err) {
  csq_node *n = new_node(b, CSQ_PARAGRAPH, b->article, offset);
  if (!n)
    return no_node(b, offset, err);
  n->num = csq__arena_printf(&b->law->arena, "%zu", b->article->child_count);
  if (!n->num || start_text(b, n, text, len) != 0)
    return csq__oom(err);
  b->paragraph = n;
  b->list_depth = 0;
  return CSQ_OK;
}

static csq_status add_list_node(csq_builder *b, marker m, const char *text, size_t len,
                                long long offset, csq_error *err) {
  if (!b->paragraph) {
    /* 一、 right after 第N條: the article's sole paragraph has no lead-in. */
    csq_status st = add_paragraph(b, "", 0, offset, err);
    if (st != CSQ_OK)
      return st;
  }
  int slot = list_slot(b, m.family);
  if (slot >= (int)(sizeof b->list_stack / sizeof b->list_stack[0]))
    slot = (int)(sizeof b->list_stack / sizeof b->list_stack[0]) - 1;
  csq_node *parent = slot == 0 ? b->paragraph : b->list_stack[slot - 1];
  csq_kind kind = slot == 0 ? CSQ_SUBPARAGRAPH : slot == 1 ? CSQ_ITEM : CSQ_SUBITEM;
  csq_node *n = new_node(b, kind, parent, offset);
  if (!n)
    return no_node(b, offset, err);
  n->marker_style = m.family;
  n->num = csq__arena_printf(&b->law->arena, "%ld", m.value);
  if (!n->num || start_text(b, n, text, len) != 0)
    return csq__oom(err);
  b->list_stack[slot] = n;
  b->list_depth = slot + 1;
  return CSQ_OK;
}

csq_status csq__builder_block(csq_builder *b, const char *text, size_t len, long long offset,
                              csq_error *err) {
  if (!b->article)
    return csq__fail(err, CSQ_BAD_INPUT, b->source, offset, CSQ_MSG_TEXT_BEFORE_ARTICLES);
  marker m = read_marker(b->grammar, text, len);
  if (m.family)
    return add_list_node(b, m, text, len, offset, err);
  return add_paragraph(b, text, len, offset, err);
}

csq_status csq__builder_append(csq_builder *b, const char *text, size_t len, int is_table_row,
                               csq_error *err) {
  if (!b->last)
    return csq__builder_block(b, text, len, -1, err);
  if (b->pending.len + len + 1 > CSQ_MAX_TEXT)
    return csq__fail(err, CSQ_BAD_INPUT, b->source, b->last->source_offset,
                     "a provision of more than %d bytes (its lines joined); csquery reads "
                     "provisions of up to %d KiB (docs/reliability.md)",
                     CSQ_MAX_TEXT, CSQ_MAX_TEXT >> 10);
  if (is_table_row && csq__buf_append(&b->pending, "\n", 1) != 0)
    return csq__oom(err);
  if (csq__buf_append(&b->pending, text, len) != 0)
    return csq__oom(err);
  b->pending_is_table = is_table_row;
  return CSQ_OK;
}

/* ---- finishing: eIds and citations ------------------------------------- */

/* A node's name: its parent's (a base) followed by its own part. */
static const char *make_name(csq_arena *a, const char *base, csq_kind kind, const char *num,
                             int (*append)(char *, size_t, size_t *, csq_kind, const char *)) {
  char buf[1024];
  size_t at = strlen(base);
  if (at >= sizeof buf)
    return NULL;
  memcpy(buf, base, at + 1);
  return append(buf, sizeof buf, &at, kind, num) == 0 ? csq__arena_strndup(a, buf, at) : NULL;
}

/* The citation: articles and headings stand alone (第4條, 第2章), the parts
 * of an article follow it, and the sole paragraph of an article goes
 * unnamed before a 款 (第3條第5款). */
static const char *make_cite(csq_arena *a, const csq_node *n) {
  const csq_node *p = n->parent;
  if (n->kind == CSQ_LAW)
    return "";
  const char *base = n->kind <= CSQ_ARTICLE                                       ? ""
                     : n->kind == CSQ_SUBPARAGRAPH && p->parent->child_count == 1 ? p->parent->cite
                                                                                  : p->cite;
  return make_name(a, base, n->kind, n->num, csq__cite_append);
}

/* The eId: articles stand alone (their numbers are unique in a law);
 * headings and the parts of an article extend their parent's eId. */
static const char *make_eid(csq_arena *a, const csq_node *n) {
  const csq_node *p = n->parent;
  if (n->kind == CSQ_LAW)
    return "";
  const char *base = n->kind == CSQ_ARTICLE || p->kind == CSQ_LAW ? "" : p->eid;
  return make_name(a, base, n->kind, n->num, csq__eid_append);
}

/* Names n and its descendants (eId and citation) and indexes them, each
 * before its children: a repeated eId's suffix (art_1~2) is then in the
 * eIds of its descendants (art_1~2__para_1). */
static int finish_node(csq_law *law, csq__u64map *taken, csq_node *n) {
  n->eid = make_eid(&law->arena, n);
  n->cite = make_cite(&law->arena, n);
  if (!n->eid || !n->cite)
    return -1;
  if (n->kind != CSQ_LAW && csq__law_index_node(law, taken, n) != 0)
    return -1;
  for (csq_node *c = n->first_child; c; c = c->next)
    if (finish_node(law, taken, c) != 0)
      return -1;
  return 0;
}

static const char *meta_str(csq_law *law, const char *value) {
  return value ? csq__arena_strndup(&law->arena, value, strlen(value)) : "";
}

/* The reader's (or the database's) facts about the law, copied in. */
static void apply_meta(csq_law *law, const csq_law_meta *meta) {
  law->id = meta_str(law, meta->id);
  law->name = meta_str(law, meta->name);
  law->level = meta_str(law, meta->level);
  law->version = meta_str(law, meta->version);
  law->parent_id = meta_str(law, meta->parent_id);
  law->parent_name = meta_str(law, meta->parent_name);
  law->history = meta_str(law, meta->history);
  law->format = meta->format ? meta_str(law, meta->format) : "text";
  law->repealed = meta->repealed;
}

/* Enforcement rules name their act: X施行細則 rests on X. (Binding 本法 by
 * （以下簡稱本法） in the text is the citation stage's work.) */
static void infer_parent(csq_law *law) {
  static const char SUFFIX[] = CSQ_WORD_RULES_SUFFIX;
  size_t n = strlen(law->name), k = strlen(SUFFIX);
  if (law->parent_name[0] || law->parent_id[0] || n <= k || strcmp(law->name + n - k, SUFFIX) != 0)
    return;
  const char *parent = csq__arena_strndup(&law->arena, law->name, n - k);
  if (parent)
    law->parent_name = parent;
}

csq_status csq__builder_finish(csq_builder *b, const csq_law_meta *meta, csq_law **out,
                               csq_error *err) {
  csq_law *law = b->law;
  if (flush_text(b) != 0) {
    csq__builder_abandon(b);
    return csq__oom(err);
  }
  csq__buf_free(&b->pending);
  if (law->article_count == 0) {
    /* b->source lives in the law's arena: report before abandoning. */
    csq__fail(err, CSQ_BAD_INPUT, b->source, -1, CSQ_MSG_NO_ARTICLE);
    csq__builder_abandon(b);
    return CSQ_BAD_INPUT;
  }
  if (meta)
    apply_meta(law, meta);
  infer_parent(law);
  csq__u64map taken = {.mem = law->arena.mem};
  int fail = csq__law_index_new(law) != 0 || finish_node(law, &taken, law->root) != 0;
  csq__u64map_free(&taken);
  if (fail) {
    csq__builder_abandon(b);
    return csq__oom(err);
  }
  b->law = NULL;
  *out = law;
  return CSQ_OK;
}

/* ---- restoring a stored tree (store/read.c; nodes and the index: eid_index.c) */

csq_status csq__law_new(const csq_law_meta *meta, const char *source, const csq_mem *mem,
                        csq_law **out, csq_error *err) {
  csq_builder b;
  csq_status st = csq__builder_init(&b, NULL, mem, source, err);
  if (st != CSQ_OK)
    return st;
  csq_law *law = b.law;
  apply_meta(law, meta);
  csq__buf_free(&b.pending);
  *out = law;
  return CSQ_OK;
}
