/*
 * refs.c — citations. One pass over each provision's own text finds the
 * atoms of grammar/citation.pcre (第三條, 第一項, 前條, 本法, a law's name,
 * 附表九, 但書 …); a small state machine strings atoms that touch, or that
 * a list word joins (、及或與至), into one citation, each atom carrying the
 * context of the one before (第三條第一項第一款及第二項: 第二項 of 第三條).
 * Each provision named is resolved against where the text stands (前項 in
 * 第4條第2項 is 第4條第1項), linked to the loaded version of its law in
 * force on the citing law's date, and checked against that text.
 * docs/citations.md describes the choices.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "citations/citations.h"

struct csq_refs {
  csq_arena arena;
  csq__lawbook *book;
  csq__citedby *citedby;
  csq_citation **cites;
  size_t count, cap;
  csq__u64map spans; /* node → first citation << 24 | count */
  const csq_grammar *grammar;
};

static csq_status oom(csq_error *err) {
  return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
}

/* ---- atoms ------------------------------------------------------------ */

enum { L_NONE = -1, L_LAW = 0, L_ART, L_PARA, L_SUB, L_ITEM };

typedef enum atom_type {
  A_SELF,
  A_LAW,
  A_ART,
  A_PARA,
  A_SUB,
  A_ITEM,
  A_REL,
  A_EACH,
  A_ANNEX,
  A_PART,
  A_HEAD,
  A_RELHEAD
} atom_type;

typedef struct atom {
  atom_type type;
  size_t start, end; /* bytes */
  long n, sub;       /* numbers: 第十條之一 → 10, 1 */
  int level;         /* rel, each: the level named; */
  char word[16];     /* self: 本法 …; rel: 前/同/本/次; annex: 表/件/…; part */
  csq__lawref law;   /* A_LAW */
  const char *alias; /* A_LAW: （以下簡稱X） */
  size_t alias_len;
} atom;

/* Named groups of grammar/citation.pcre. */
enum {
  G_SELF,
  G_NUM,
  G_N,
  G_W,
  G_NSUB,
  G_REL,
  G_RELW,
  G_RELN,
  G_RELL,
  G_EACH,
  G_EACHL,
  G_ANNEX,
  G_ANNEXK,
  G_ANNEXN,
  G_PART,
  G_LAWEND,
  G_ALIAS,
  G_RELHEAD,
  G_RELHEADL,
  G_COUNT
};
static const char *const GROUP_NAMES[G_COUNT] = {
    "self",  "num",   "n",      "w",      "nsub", "rel",    "relw",  "reln",    "rell",    "each",
    "eachl", "annex", "annexk", "annexn", "part", "lawend", "alias", "relhead", "relheadl"};

/* The alias a law gives another law or itself: （以下簡稱本法）. */
typedef struct alias {
  char name[64];
  csq__lawref law;
} alias;

/* ---- where the citing text stands ----------------------------------------- */

/* A provision being named, level by level. */
typedef struct spec {
  csq_target_kind kind;
  csq__lawref law;
  int law_named; /* the chain named the law (not the citing law by default) */
  long art, artsub, para, sub, item;
  int level;         /* deepest level set, L_NONE when nothing */
  int count;         /* 前二項: this many, ending at the number */
  int implicit_para; /* 第三條第五款: 款 right under 條 */
  long prefer_para;  /* a bare 第五款: the citing paragraph's, if it has one */
  csq_kind heading;  /* 第三章, 本章: a heading of this kind (else CSQ_LAW) */
  long head_num, head_sub;
  const csq_node *head_node; /* 本章: the heading itself */
  const struct spec *within; /* 第二章第四節: the heading this one is in */
  int placed;                /* the article (and paragraph) come from where the text stands */
  const char *part;          /* "", proviso, each_subparagraph … */
  char annex[16];            /* 表 件 圖 錄 */
  long annex_n;
  const char *problem;
} spec;

typedef struct place {
  const csq_node *node;
  const char *text;                  /* the citing text */
  long art, artsub, para, sub, item; /* 0 where the node is not inside one */
  const csq_node *art_node;
  spec last; /* the provision last cited in this node, for 同條 */
  int has_last;
  size_t last_end;   /* where the last citation ended (bytes) */
  csq__lawref other; /* the last law other than the citing one named here */
  int has_other;
} place;

/* The extractor: what it reads with and where citations go. */
typedef struct extractor {
  csq_arena *arena;
  const csq__lawbook *book;
  const pcre2_code *code;
  pcre2_match_data *md;
  int group[G_COUNT];
  csq_citation **cites; /* grown with realloc */
  size_t count, cap;
  /* the law being read */
  const csq_law *law;
  csq__lawref self, parent;
  int parent_open; /* a regulation whose act its first article may name */
  int articles;    /* articles read so far */
  /* the provision last cited in the article being read, for 同條 in a
   * later paragraph */
  spec last;
  int has_last;
  const csq_node *last_art;
  spec outer[4]; /* headings that contain the one named next (第二章第四節) */
  int outer_count;
  alias aliases[16];
  int alias_count;
} extractor;

typedef struct chain {
  int open;
  size_t start, end;
  spec cur, from; /* from: the start of a 至 range */
  int range;
  csq_target *targets;
  size_t target_count, target_cap;
  const char *problem;
} chain;

static long num_of(const char *s, const PCRE2_SIZE *ov, int g) {
  if (g < 0 || ov[2 * g] == PCRE2_UNSET)
    return 0;
  return csq__numeral_value(s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
}

static int has(const PCRE2_SIZE *ov, int g) { return g >= 0 && ov[2 * g] != PCRE2_UNSET; }

static void copy_group(char *buf, size_t size, const char *s, const PCRE2_SIZE *ov, int g) {
  size_t len = has(ov, g) ? ov[2 * g + 1] - ov[2 * g] : 0;
  if (len >= size)
    len = size - 1;
  memcpy(buf, s + (len ? ov[2 * g] : 0), len);
  buf[len] = '\0';
}

static int heading_kind(const char *w) {
  return strcmp(w, "編") == 0 ? CSQ_PART : strcmp(w, "章") == 0 ? CSQ_CHAPTER : CSQ_SECTION;
}

static int level_of_word(const char *w) {
  if (strcmp(w, "條") == 0)
    return L_ART;
  if (strcmp(w, "項") == 0)
    return L_PARA;
  if (strcmp(w, "款") == 0)
    return L_SUB;
  return L_ITEM;
}

/* Characters that end a law's name read backward when the dictionary does
 * not know the name: punctuation and the words that introduce a citation. */
static int name_stop(UChar32 c) {
  static const UChar32 STOPS[] = {
      0x4F9D /* 依 */, 0x6307 /* 指 */, 0x4E26 /* 並 */, 0x65BC /* 於 */, 0x4E4B /* 之 */,
      0x53CA /* 及 */, 0x8207 /* 與 */, 0x6216 /* 或 */, 0x7B2C /* 第 */, 0x689D /* 條 */,
      0x9805 /* 項 */, 0x6B3E /* 款 */, 0x70BA /* 為 */, 0x5C0D /* 對 */, 0x7531 /* 由 */,
      0x662F /* 是 */, 0x5F9E /* 從 */, 0x672C /* 本 */, 0x540C /* 同 */, 0x7167 /* 照 */,
      0x7528 /* 用 */};
  if (!(c >= 0x3400 && c <= 0x9FFF))
    return 1;
  for (size_t i = 0; i < sizeof STOPS / sizeof STOPS[0]; i++)
    if (c == STOPS[i])
      return 1;
  return 0;
}

/* A name the dictionary does not know, read back from `end` to a stop
 * character: at least three characters (二字 such as 辦法 are words). */
static size_t unknown_name_start(const char *s, size_t floor, size_t end) {
  int32_t i = (int32_t)end, chars = 0;
  UChar32 after = 0;
  while (i > (int32_t)floor && chars < 30) {
    int32_t at = i;
    UChar32 c;
    U8_PREV(s, (int32_t)floor, at, c);
    if (name_stop(c) && !(c == 0x689D /* 條 */ && after == 0x4F8B /* 例 */))
      break;
    after = c;
    i = at;
    chars++;
  }
  return chars >= 3 ? (size_t)i : (size_t)-1;
}

static const alias *find_alias(const extractor *x, const char *s, size_t start, size_t end) {
  for (int i = 0; i < x->alias_count; i++) {
    size_t n = strlen(x->aliases[i].name);
    if (n <= end - start && memcmp(s + end - n, x->aliases[i].name, n) == 0)
      return &x->aliases[i];
  }
  return NULL;
}

/* The law named by the name that ends at `end` (the lawend word): a short
 * name the text gave, the dictionary's longest name, or — when a 第 or an
 * alias follows — a name unknown to both. Returns 0 when there is none. */
static int read_law_name(extractor *x, const char *s, size_t floor, const PCRE2_SIZE *ov, atom *a) {
  size_t end = ov[2 * x->group[G_LAWEND] + 1], after = ov[1];
  const alias *al = find_alias(x, s, floor, end);
  size_t start = csq__lawbook_name_before(x->book, s, floor, end, x->law->version, &a->law);
  if (al && (start == (size_t)-1 || end - strlen(al->name) < start)) {
    start = end - strlen(al->name);
    a->law = al->law;
  }
  if (start == (size_t)-1) {
    int cited = strncmp(s + after, "第", strlen("第")) == 0 || has(ov, x->group[G_ALIAS]);
    start = cited ? unknown_name_start(s, floor, end) : (size_t)-1;
    if (start == (size_t)-1)
      return 0;
    const char *name = csq__arena_strndup(x->arena, s + start, end - start);
    if (!name)
      return -1;
    csq__lawbook_find(x->book, name, x->law->version, &a->law); /* known = 0 */
  }
  a->type = A_LAW;
  a->start = start;
  a->end = after;
  if (has(ov, x->group[G_ALIAS])) {
    a->alias = s + ov[2 * x->group[G_ALIAS]];
    a->alias_len = ov[2 * x->group[G_ALIAS] + 1] - ov[2 * x->group[G_ALIAS]];
  }
  return 1;
}

/* 第N + 條 / 項 / 款 / 目 / 編 / 章 / 節. */
static void read_numbered(const char *s, const PCRE2_SIZE *ov, const int *g, atom *a) {
  static const struct {
    const char *word;
    atom_type type;
    int level; /* headings: their kind */
  } WORDS[] = {{"條", A_ART, 0},           {"項", A_PARA, 0},        {"款", A_SUB, 0},
               {"目", A_ITEM, 0},          {"編", A_HEAD, CSQ_PART}, {"章", A_HEAD, CSQ_CHAPTER},
               {"節", A_HEAD, CSQ_SECTION}};
  char word[8];
  copy_group(word, sizeof word, s, ov, g[G_W]);
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
    if (strcmp(word, WORDS[i].word) == 0) {
      a->type = WORDS[i].type;
      a->level = WORDS[i].level;
    }
  a->n = num_of(s, ov, g[G_N]);
  /* 之N only for inserted articles and headings (第十條之一, 第二章之一) */
  a->sub = a->type == A_ART || a->type == A_HEAD ? num_of(s, ov, g[G_NSUB]) : 0;
}

/* Fills `a` from a match; 0 when the match is not an atom after all (a
 * law word with no law name before it). */
static int read_atom(extractor *x, const char *s, size_t floor, const PCRE2_SIZE *ov, atom *a) {
  const int *g = x->group;
  memset(a, 0, sizeof *a);
  a->start = ov[0];
  a->end = ov[1];
  if (has(ov, g[G_LAWEND]))
    return read_law_name(x, s, floor, ov, a);
  if (has(ov, g[G_SELF])) {
    a->type = A_SELF;
    copy_group(a->word, sizeof a->word, s, ov, g[G_SELF]);
  } else if (has(ov, g[G_RELHEAD])) {
    char level[8];
    a->type = A_RELHEAD;
    copy_group(level, sizeof level, s, ov, g[G_RELHEADL]);
    a->level = heading_kind(level);
  } else if (has(ov, g[G_NUM])) {
    read_numbered(s, ov, g, a);
  } else if (has(ov, g[G_REL])) {
    char level[8];
    a->type = A_REL;
    copy_group(a->word, sizeof a->word, s, ov, g[G_RELW]);
    copy_group(level, sizeof level, s, ov, g[G_RELL]);
    a->level = level_of_word(level);
    a->n = has(ov, g[G_RELN]) && ov[2 * g[G_RELN] + 1] > ov[2 * g[G_RELN]]
               ? num_of(s, ov, g[G_RELN])
               : 1;
  } else if (has(ov, g[G_EACH])) {
    char level[8];
    a->type = A_EACH;
    copy_group(level, sizeof level, s, ov, g[G_EACHL]);
    a->level = level_of_word(level);
  } else if (has(ov, g[G_ANNEX])) {
    a->type = A_ANNEX;
    copy_group(a->word, sizeof a->word, s, ov, g[G_ANNEXK]);
    a->n = num_of(s, ov, g[G_ANNEXN]);
  } else {
    a->type = A_PART;
    copy_group(a->word, sizeof a->word, s, ov, g[G_PART]);
  }
  if (a->n < 0 || a->sub < 0)
    return 0; /* a numeral out of range: 第一〇〇〇〇〇條 */
  return 1;
}

/* The next atom at or after byte `from`: 1, 0 at the end, -1 out of memory.
 * `floor`: where a law's name may begin at the earliest. */
static int next_atom(extractor *x, const char *s, size_t len, size_t from, size_t floor, atom *a) {
  while (from < len) {
    int rc = pcre2_match(x->code, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, x->md, NULL);
    if (rc <= 0)
      return 0;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(x->md);
    int got = read_atom(x, s, floor, ov, a);
    if (got != 0)
      return got;
    from = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
  return 0;
}

/* What joins two atoms: 0 nothing, 1 a list word, 2 a range word, -1 text
 * that ends the citation. */
static int join_of(const char *s, size_t len) {
  static const char *const LIST[] = {"、", "及", "或", "與", "暨", "和", "以及", "及其", "或其"};
  static const char *const RANGE[] = {"至", "到"};
  if (len == 0)
    return 0;
  for (size_t i = 0; i < sizeof LIST / sizeof LIST[0]; i++)
    if (len == strlen(LIST[i]) && memcmp(s, LIST[i], len) == 0)
      return 1;
  for (size_t i = 0; i < sizeof RANGE / sizeof RANGE[0]; i++)
    if (len == strlen(RANGE[i]) && memcmp(s, RANGE[i], len) == 0)
      return 2;
  return -1;
}

/* ---- targets -------------------------------------------------------------- */

static int push_target(extractor *x, chain *ch, const csq_target *t) {
  (void)x;
  if (ch->target_count == ch->target_cap) {
    size_t cap = ch->target_cap ? ch->target_cap * 2 : 8;
    csq_target *grown = realloc(ch->targets, cap * sizeof *grown);
    if (!grown)
      return -1;
    ch->targets = grown;
    ch->target_cap = cap;
  }
  ch->targets[ch->target_count++] = *t;
  return 0;
}

static const csq_node *child_num(const csq_node *parent, csq_kind kind, long num) {
  char want[32];
  snprintf(want, sizeof want, "%ld", num);
  for (const csq_node *c = parent ? parent->first_child : NULL; c; c = c->next)
    if (c->kind == kind && strcmp(c->num, want) == 0)
      return c;
  return NULL;
}

/* 第三條第五款: the paragraph of an article that a 款 right under 條 means:
 * the only one, or else the first that has that 款 (docs/citations.md). */
static long implicit_para(const csq_law *law, const char *art_eid, long sub, int *named) {
  const csq_node *art = law ? csq_law_find(law, art_eid) : NULL;
  *named = art && art->child_count > 1;
  if (!*named)
    return 1;
  for (const csq_node *p = art->first_child; p; p = p->next)
    if (child_num(p, CSQ_SUBPARAGRAPH, sub))
      return strtol(p->num, NULL, 10);
  return 1;
}

/* 「科長兼辦第一款事項」 in a paragraph without 款: a bare 第N款 names the
 * citing paragraph's 款 when it has one, else the article's paragraph that
 * does. */
static long other_para(const csq_law *law, const char *art_eid, long prefer, long sub) {
  const csq_node *art = law ? csq_law_find(law, art_eid) : NULL;
  if (!art || child_num(child_num(art, CSQ_PARAGRAPH, prefer), CSQ_SUBPARAGRAPH, sub))
    return prefer;
  for (const csq_node *p = art->first_child; p; p = p->next)
    if (child_num(p, CSQ_SUBPARAGRAPH, sub))
      return strtol(p->num, NULL, 10);
  return prefer;
}

static int art_text(char *buf, size_t size, const char *fmt_plain, const char *fmt_sub, long art,
                    long artsub) {
  return artsub ? snprintf(buf, size, fmt_sub, art, artsub) : snprintf(buf, size, fmt_plain, art);
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
  static const char *const PREFIX[] = {
      [CSQ_PART] = "part", [CSQ_CHAPTER] = "chp", [CSQ_SECTION] = "sec"};
  static const char *const WORD[] = {[CSQ_PART] = "編", [CSQ_CHAPTER] = "章", [CSQ_SECTION] = "節"};
  char num[48];
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
  n = s->head_node ? s->head_node : find_heading(root, s->heading, num);
  if (n) {
    t->eid = n->eid;
    t->cite = n->cite;
    return 0;
  }
  t->eid = s->within ? csq__arena_printf(x->arena, "%s__%s_%s", outer.eid, PREFIX[s->heading], num)
                     : csq__arena_printf(x->arena, "%s_%s", PREFIX[s->heading], num);
  t->cite = s->head_sub ? csq__arena_printf(x->arena, "第%ld%s之%ld", s->head_num, WORD[s->heading],
                                            s->head_sub)
                        : csq__arena_printf(x->arena, "第%ld%s", s->head_num, WORD[s->heading]);
  return t->eid && t->cite ? 0 : -1;
}

/* The eId and citation of a provision. */
static int provision_names(extractor *x, const spec *s, long para, long sub, long item,
                           csq_target *t) {
  char eid[160], cite[160];
  int n = art_text(eid, sizeof eid, "art_%ld", "art_%ld-%ld", s->art, s->artsub);
  int c = art_text(cite, sizeof cite, "第%ld條", "第%ld條之%ld", s->art, s->artsub);
  int named = 1;
  if (s->level >= L_SUB && s->implicit_para)
    para = implicit_para(t->law, eid, sub, &named);
  else if (s->level >= L_SUB && s->prefer_para)
    para = other_para(t->law, eid, s->prefer_para, sub);
  if (s->level >= L_PARA) {
    n += snprintf(eid + n, sizeof eid - (size_t)n, "__para_%ld", para);
    if (named)
      c += snprintf(cite + c, sizeof cite - (size_t)c, "第%ld項", para);
  }
  if (s->level >= L_SUB) {
    n += snprintf(eid + n, sizeof eid - (size_t)n, "__subpara_%ld", sub);
    c += snprintf(cite + c, sizeof cite - (size_t)c, "第%ld款", sub);
  }
  if (s->level >= L_ITEM) {
    snprintf(eid + n, sizeof eid - (size_t)n, "__item_%ld", item);
    snprintf(cite + c, sizeof cite - (size_t)c, "第%ld目", item);
  }
  t->eid = csq__arena_strndup(x->arena, eid, strlen(eid));
  t->cite = csq__arena_strndup(x->arena, cite, strlen(cite));
  return t->eid && t->cite ? 0 : -1;
}

static int annex_names(extractor *x, const spec *s, csq_target *t) {
  static const struct {
    const char *word, *eid;
  } KINDS[] = {{"表", "table"}, {"件", "annex"}, {"圖", "figure"}, {"錄", "appendix"}};
  const char *kind = "annex";
  for (size_t i = 0; i < 4; i++)
    if (strcmp(s->annex, KINDS[i].word) == 0)
      kind = KINDS[i].eid;
  t->eid = s->annex_n ? csq__arena_printf(x->arena, "att_%s_%ld", kind, s->annex_n)
                      : csq__arena_printf(x->arena, "att_%s", kind);
  t->cite = s->annex_n ? csq__arena_printf(x->arena, "附%s%ld", s->annex, s->annex_n)
                       : csq__arena_printf(x->arena, "附%s", s->annex);
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
  t.resolved = s->law.known && !s->problem;
  int fail = 0;
  if (s->problem)
    ;
  else if (s->kind == CSQ_TARGET_PROVISION && s->heading != CSQ_LAW)
    fail = heading_names(x, s, &t);
  else if (s->kind == CSQ_TARGET_PROVISION)
    fail = provision_names(x, s, para, sub, item, &t);
  else if (s->kind == CSQ_TARGET_ANNEX)
    fail = annex_names(x, s, &t);
  if (fail)
    return -1;
  if (s->kind == CSQ_TARGET_LAW)
    t.exists = t.law ? 1 : -1;
  else if (s->kind == CSQ_TARGET_ANNEX || !t.law || !t.resolved)
    t.exists = -1; /* annex text is not in the data */
  else {
    t.node = csq_law_find(t.law, t.eid);
    t.exists = t.node != NULL;
  }
  *out = t;
  return 0;
}

static int same_law(const csq__lawref *a, const csq_law *law) {
  return a->law == law || (a->id && a->id[0] && strcmp(a->id, law->id) == 0);
}

/* 「核發第十四條第一項第一款至第七款…之暫時保護令；…第十款」: a bare
 * 第N款 (項, 目) that the citing article lacks, after a citation of another
 * article in the same text, is that article's where it exists there. */
static int after_other_article(extractor *x, chain *ch, const place *p, const spec *s, long para,
                               long sub, long item, csq_target *t, spec *used) {
  (void)ch;
  const spec *last = &p->last;
  if (!p->has_last || last->kind != CSQ_TARGET_PROVISION || last->level < L_ART ||
      (last->art == p->art && last->artsub == p->artsub && same_law(&last->law, x->law)))
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

static int add_target(extractor *x, chain *ch, place *p, const spec *s, long para, long sub,
                      long item) {
  csq_target t;
  if (s->problem)
    ch->problem = s->problem;
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
    if (o.exists == 1) /* only where that law is loaded and has it */
      t = o;
  }
  spec used = *s;
  if (t.exists == 0 && s->placed && s->level > L_ART &&
      after_other_article(x, ch, p, s, para, sub, item, &t, &used) != 0)
    return -1;
  if (s->law_named && s->law.known && !same_law(&s->law, x->law)) {
    p->other = s->law;
    p->has_other = 1;
  }
  p->last = used;
  p->has_last = 1;
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

/* The targets of a finished spec. */
static int emit_spec(extractor *x, chain *ch, place *p, const spec *s) {
  if (s->level == L_NONE)
    return 0;
  if (ch->range && ch->from.level == s->level && !s->problem && !ch->from.problem) {
    ch->range = 0;
    return add_range(x, ch, p, &ch->from, s);
  }
  if (ch->range) { /* a range whose ends do not match: both ends alone */
    ch->range = 0;
    if (emit_spec(x, ch, p, &ch->from) != 0)
      return -1;
  }
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

/* ---- the state machine ---------------------------------------------------- */

static spec fresh_spec(const extractor *x) {
  spec s;
  memset(&s, 0, sizeof s);
  s.kind = CSQ_TARGET_PROVISION;
  s.law = x->self;
  s.level = L_NONE;
  return s;
}

/* What a list member keeps of the member before: the levels above its own. */
static spec inherit(const extractor *x, const spec *prev, int level) {
  if (level <= L_LAW)
    return fresh_spec(x);
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
  *s = fresh_spec(x);
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
          !same_law(&law, x->law)) {
        *out = law;
        found = 1;
      }
    }
  return found;
}

static void apply_self(extractor *x, spec *s, const place *p, const atom *a) {
  *s = fresh_spec(x);
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
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int is_act_name(const char *name) {
  return ends_with(name, "法") || ends_with(name, "條例") || ends_with(name, "通則");
}

/* 「本辦法依某某法第五條規定訂定之」: a regulation with no parent on record
 * rests on the first act its first article names; its 本法 is that act. */
static void infer_parent(extractor *x, const atom *a) {
  if (!x->parent_open || !a->law.known || !a->law.name || !is_act_name(a->law.name))
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

/* Applies atom `a` to the spec being built. */
static void apply(extractor *x, spec *s, place *p, const atom *a) {
  switch (a->type) {
  case A_SELF:
    apply_self(x, s, p, a);
    return;
  case A_LAW:
    *s = fresh_spec(x);
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

static int atom_level(const atom *a) {
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

/* Whether `word` occurs in s[0..len) (memmem is not C11). */
static int find(const char *s, size_t len, const char *word) {
  size_t k = strlen(word);
  for (size_t i = 0; i + k <= len; i++)
    if (memcmp(s + i, word, k) == 0)
      return 1;
  return 0;
}

/* ---- citations -------------------------------------------------------------- */

static size_t chars_to(const char *s, size_t *byte_at, size_t *char_at, size_t to) {
  int32_t i = (int32_t)*byte_at;
  while ((size_t)i < to) {
    U8_FWD_1(s, i, (int32_t)to);
    (*char_at)++;
  }
  *byte_at = (size_t)i;
  return *char_at;
}

typedef struct cursor {
  size_t byte_at, char_at;
} cursor;

static int close_chain(extractor *x, chain *ch, place *p, const char *s, cursor *cur) {
  if (!ch->open)
    return 0;
  ch->open = 0;
  if (emit_spec(x, ch, p, &ch->cur) != 0)
    return -1;
  if (ch->range && emit_spec(x, ch, p, &ch->from) != 0)
    return -1;
  ch->range = 0;
  p->last_end = ch->end;
  if (ch->target_count == 0)
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
  c->targets = csq__arena_alloc(x->arena, ch->target_count * sizeof *c->targets);
  if (!c->text || !c->targets)
    return -1;
  memcpy(c->targets, ch->targets, ch->target_count * sizeof *c->targets);
  c->target_count = ch->target_count;
  c->resolved = 1;
  for (size_t i = 0; i < c->target_count; i++)
    c->resolved &= c->targets[i].resolved;
  if (x->count == x->cap) {
    size_t cap = x->cap ? x->cap * 2 : 256;
    csq_citation **grown = realloc(x->cites, cap * sizeof *grown);
    if (!grown)
      return -1;
    x->cites = grown;
    x->cap = cap;
  }
  x->cites[x->count++] = c;
  return 0;
}

/* 「第一百零一條第一項第七款情形或第六款」: a citation that a list word
 * joins to the one before, in the same clause, carries its context on. */
static int continues_list(const place *p, const char *s, size_t at) {
  static const char *const WORDS[] = {"或", "及", "、", "與", "暨", "以及"};
  static const char *const STOPS[] = {"，", "。", "；", "：", "但"};
  if (!p->has_last || p->last.kind != CSQ_TARGET_PROVISION || at <= p->last_end)
    return 0;
  size_t len = at - p->last_end;
  const char *gap = s + p->last_end;
  for (size_t i = 0; i < sizeof STOPS / sizeof STOPS[0]; i++)
    if (find(gap, len, STOPS[i]))
      return 0;
  /* 「…交付郵政機關或依第二項」: the list word may come before 依 */
  if (len >= strlen("依") && memcmp(gap + len - strlen("依"), "依", strlen("依")) == 0)
    len -= strlen("依");
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++) {
    size_t k = strlen(WORDS[i]);
    if (len >= k && memcmp(gap + len - k, WORDS[i], k) == 0)
      return 1;
  }
  return 0;
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
  apply(x, cur, p, a);
  cur->within = outer;
  ch->end = a->end;
  return 1;
}

/* 「本法施行細則第八條」: 施行細則 right after 本法 (or 本條例) is the act's
 * rules, named after the act. Returns 1 when `a` was that. */
static int act_rules(extractor *x, chain *ch, const atom *a, int join) {
  static const char RULES[] = "施行細則";
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

static int feed(extractor *x, chain *ch, place *p, const char *s, const atom *a, cursor *cur) {
  int level = atom_level(a);
  int join = ch->open ? join_of(s + ch->end, a->start - ch->end) : -1;
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
    ch->target_count = 0;
    ch->problem = NULL;
    ch->cur = fresh_spec(x);
    if (level >= L_ART && continues_list(p, s, a->start))
      ch->cur = inherit(x, &p->last, level);
  } else if (level == L_NONE) {
    if (join != 0)
      return close_chain(x, ch, p, s, cur);
  } else if (ch->cur.level != L_NONE && (join > 0 || level <= ch->cur.level)) {
    if (join == 2 && !ch->range) {
      ch->from = ch->cur;
      ch->range = 1;
    } else if (emit_spec(x, ch, p, &ch->cur) != 0) {
      return -1;
    }
    ch->cur = inherit(x, &ch->cur, level);
  }
  apply(x, &ch->cur, p, a);
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
  }
  chain ch;
  memset(&ch, 0, sizeof ch);
  cursor cur = {0, 0};
  atom a;
  size_t at = 0;
  int rc, fail = 0;
  while (!fail && (rc = next_atom(x, s, len, at, at, &a)) > 0) {
    fail = feed(x, &ch, &p, s, &a, &cur) != 0;
    at = a.end;
  }
  fail = fail || rc < 0 || close_chain(x, &ch, &p, s, &cur) != 0;
  if (p.has_last) {
    x->last = p.last;
    x->last.within = NULL; /* x->outer is this node's */
    x->has_last = 1;
    x->last_art = p.art_node;
  }
  free(ch.targets);
  return fail ? -1 : 0;
}

/* The law's 本細則 (itself) and 本法 (its parent act, or itself for an act). */
static void start_law(extractor *x, const csq_law *law) {
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
  } else if (is_act_name(law->name) || strcmp(law->level, "命令") != 0) {
    x->parent = x->self; /* an act's 本法 is itself */
  } else {
    memset(&x->parent, 0, sizeof x->parent);
    x->parent_open = 1;
  }
}

static int extract_node(extractor *x, csq_refs *r, const csq_node *n) {
  size_t first = x->count;
  if (n->kind == CSQ_ARTICLE && ++x->articles > 1)
    x->parent_open = 0;
  if (n->text_len && !csq_kind_is_heading(n->kind) && n->kind != CSQ_LAW &&
      extract_text(x, n, n->text, n->text_len) != 0)
    return -1;
  if (x->count > first &&
      csq__u64map_put(&r->spans, (uintptr_t)n, (uint64_t)first << 24 | (x->count - first)) != 0)
    return -1;
  for (const csq_node *c = n->first_child; c; c = c->next)
    if (extract_node(x, r, c) != 0)
      return -1;
  return 0;
}

static int extractor_init(extractor *x, const csq_grammar *g, const csq__lawbook *book,
                          csq_arena *arena) {
  memset(x, 0, sizeof *x);
  x->arena = arena;
  x->book = book;
  x->code = g->code[CSQ_PAT_CITATION];
  x->md = pcre2_match_data_create_from_pattern(x->code, NULL);
  for (int i = 0; i < G_COUNT; i++)
    x->group[i] = csq__grammar_group(g, CSQ_PAT_CITATION, GROUP_NAMES[i]);
  return x->md ? 0 : -1;
}

csq_status csq_refs_build(const csq_corpus *corpus, csq_refs **out, csq_error *err) {
  csq_refs *r = calloc(1, sizeof *r);
  if (!r)
    return oom(err);
  csq__arena_init(&r->arena);
  r->grammar = csq__corpus_grammar(corpus);
  csq_status st = csq__lawbook_new(corpus, &r->book, err);
  if (st != CSQ_OK) {
    csq_refs_free(r);
    return st;
  }
  extractor x;
  int fail = extractor_init(&x, csq__corpus_grammar(corpus), r->book, &r->arena) != 0;
  for (size_t i = 0; i < csq_corpus_law_count(corpus) && !fail; i++) {
    const csq_law *law = csq_corpus_law_at(corpus, i);
    start_law(&x, law);
    fail = extract_node(&x, r, law->root) != 0;
  }
  pcre2_match_data_free(x.md);
  r->cites = x.cites;
  r->count = x.count;
  if (fail) {
    csq_refs_free(r);
    return oom(err);
  }
  st = csq__citedby_build(r->cites, r->count, &r->citedby, err);
  if (st != CSQ_OK) {
    csq_refs_free(r);
    return st;
  }
  *out = r;
  return CSQ_OK;
}

void csq_refs_free(csq_refs *r) {
  if (!r)
    return;
  csq__lawbook_free(r->book);
  csq__citedby_free(r->citedby);
  csq__u64map_free(&r->spans);
  free(r->cites);
  csq__arena_release(&r->arena);
  free(r);
}

size_t csq_refs_count(const csq_refs *r) { return r->count; }
const csq_citation *csq_refs_at(const csq_refs *r, size_t i) {
  return i < r->count ? r->cites[i] : NULL;
}

/* The span of citations of node and (deep) its descendants: nodes are read
 * in document order, so a subtree's citations are contiguous. */
static void span_of(const csq_refs *r, const csq_node *n, int deep, size_t *lo, size_t *hi) {
  uint64_t v;
  if (csq__u64map_get(&r->spans, (uintptr_t)n, &v)) {
    size_t first = (size_t)(v >> 24), count = (size_t)(v & 0xFFFFFF);
    if (first < *lo)
      *lo = first;
    if (first + count > *hi)
      *hi = first + count;
  }
  for (const csq_node *c = deep ? n->first_child : NULL; c; c = c->next)
    span_of(r, c, deep, lo, hi);
}

size_t csq_refs_from(const csq_refs *r, const csq_node *node, int deep,
                     const csq_citation *const **list) {
  size_t lo = (size_t)-1, hi = 0;
  span_of(r, node, deep, &lo, &hi);
  if (hi <= lo) {
    *list = NULL;
    return 0;
  }
  *list = (const csq_citation *const *)r->cites + lo;
  return hi - lo;
}

/* Strips white space so that 「資通安全管理法 第16條」 reads as one citation. */
static char *squeeze(const char *q) {
  size_t n = strlen(q), k = 0;
  char *out = malloc(n + 1);
  for (size_t i = 0; out && i < n;) {
    if (q[i] == ' ' || q[i] == '\t') {
      i++;
    } else if (strncmp(q + i, "\xe3\x80\x80", 3) == 0) { /* U+3000 */
      i += 3;
    } else {
      out[k++] = q[i++];
    }
  }
  if (out)
    out[k] = '\0';
  return out;
}

csq_status csq_refs_cited_by(const csq_refs *r, const csq_law *law, const char *provision,
                             csq_cited_by **out, size_t *count, char **what, csq_error *err) {
  csq_arena arena;
  csq__arena_init(&arena);
  extractor x;
  char *q = squeeze(provision);
  int fail = !q || extractor_init(&x, r->grammar, r->book, &arena) != 0;
  csq_status st = CSQ_OK;
  if (!fail) {
    start_law(&x, law);
    fail = extract_text(&x, NULL, q, strlen(q)) != 0;
    pcre2_match_data_free(x.md);
  }
  if (fail)
    st = oom(err);
  else if (x.count == 0 || !x.cites[0]->targets[0].resolved)
    st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                   "「%s」 names no provision; try 資通安全管理法第16條, 本法第16條 or 第4條第1項",
                   provision);
  else {
    const csq_target *t = &x.cites[0]->targets[0];
    st = csq__citedby_find(r->citedby, r->cites, csq__target_lawkey(t), t->eid, out, count, err);
    if (st == CSQ_OK && what) {
      *what = malloc(strlen(csq__target_lawkey(t)) + strlen(t->eid) + 2);
      if (*what)
        sprintf(*what, "%s/%s", csq__target_lawkey(t), t->eid);
    }
  }
  free(x.cites);
  free(q);
  csq__arena_release(&arena);
  return st;
}

/* ---- accessors -------------------------------------------------------------- */

const csq_node *csq_citation_from(const csq_citation *c) { return c->from; }
size_t csq_citation_start(const csq_citation *c) { return c->start; }
size_t csq_citation_end(const csq_citation *c) { return c->end; }
size_t csq_citation_byte_start(const csq_citation *c) { return c->byte_start; }
size_t csq_citation_byte_end(const csq_citation *c) { return c->byte_end; }
const char *csq_citation_text(const csq_citation *c) { return c->text; }
int csq_citation_resolved(const csq_citation *c) { return c->resolved; }
const char *csq_citation_problem(const csq_citation *c) { return c->problem; }
size_t csq_citation_target_count(const csq_citation *c) { return c->target_count; }
const csq_target *csq_citation_target(const csq_citation *c, size_t i) {
  return i < c->target_count ? &c->targets[i] : NULL;
}

csq_target_kind csq_target_kind_of(const csq_target *t) { return t->kind; }
const char *csq_target_law_id(const csq_target *t) { return t->law_id; }
const char *csq_target_law_name(const csq_target *t) { return t->law_name; }
const csq_law *csq_target_law(const csq_target *t) { return t->law; }
int csq_target_version_fallback(const csq_target *t) { return t->fallback; }
const char *csq_target_eid(const csq_target *t) { return t->eid; }
const char *csq_target_cite(const csq_target *t) { return t->cite; }
const char *csq_target_part(const csq_target *t) { return t->part; }
int csq_target_resolved(const csq_target *t) { return t->resolved; }
int csq_target_exists(const csq_target *t) { return t->exists; }
const csq_node *csq_target_node(const csq_target *t) { return t->node; }
