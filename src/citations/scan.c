/*
 * scan.c — the atoms of citations: one unanchored pattern,
 * grammar/citation.pcre, finds the pieces (第三條, 第一項, 前條, 本法, the
 * last word of a law's name, 附表九, 但書 …); a law's name is then read
 * backward from its last word through the law book.
 */
#include <string.h>
#include <unicode/utf8.h>

#include "citations/extract.h"

/* The named groups of grammar/citation.pcre, in the order of G_SELF …. */
const char *const CSQ__CITATION_GROUPS[G_COUNT] = {
    "self",     "num",   "n",     "w",      "nsub",   "rel",    "relw",   "reln",  "rell",
    "each",     "eachl", "annex", "annexk", "annexn", "part",   "lawend", "alias", "relhead",
    "relheadl", "to",    "nmore", "nto",    "relsub", "quoted", "qname"};

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

/* The kind of the heading a word names: 編 a part, 章 a chapter, 節 a
 * section (grammar/words.tsv's heading_words, in that order). */
static int heading_kind(const char *w) {
  static const int KINDS[] = {CSQ_PART, CSQ_CHAPTER, CSQ_SECTION};
  int i = csq__word_index(w, strlen(w), CSQ__WORDS(heading_words));
  return i >= 0 && i < 3 ? KINDS[i] : CSQ_SECTION;
}

/* The level a word names: 條 an article … 目 an item (article_words); of
 * 同條項款, its last. */
static int level_of_word(const char *w) {
  int i = csq__ends_with_any(w, strlen(w), CSQ__WORDS(article_words));
  return i >= 0 ? L_ART + i : L_ITEM;
}

/* Whether the character s[at..at + n) ends a law's name read backward: no
 * Han character, or one of grammar/words.tsv's law_name_stops. */
static int name_stop(const char *s, int32_t at, int32_t n, UChar32 c) {
  return !csq__is_han(c) || csq__word_index(s + at, (size_t)n, CSQ__WORDS(law_name_stops)) >= 0;
}

/* A name the dictionary does not know, read back from `end` to a stop
 * character: at least three characters (二字 such as 辦法 are words). A
 * stop that opens an act's ending (條 of 條例) does not stop it. */
static size_t unknown_name_start(const char *s, size_t floor, size_t end) {
  int32_t i = (int32_t)end, chars = 0;
  while (i > (int32_t)floor && chars < 80) {
    int32_t at = i;
    UChar32 c;
    U8_PREV(s, (int32_t)floor, at, c);
    if (name_stop(s, at, i - at, c) &&
        csq__starts_with_any(s + at, end - (size_t)at, CSQ__WORDS(act_endings)) < 0) {
      /* 本院組織法, 本部組織條例: the body's own act, 本 and all */
      if (chars >= 3 && csq__starts_with(s + at, end - (size_t)at, CSQ_WORD_REL_THIS))
        i = at;
      break;
    }
    i = at;
    chars++;
  }
  return chars >= 3 ? (size_t)i : (size_t)-1;
}

/* Whether s[at..) is 第N followed by a provision's word (第三條, 第 5 項):
 * 國際財務報導準則第九號 cites no provision. */
static int numbered_provision_at(const char *s, size_t len, size_t at) {
  size_t n = strlen(CSQ_WORD_NUMBERED);
  if (at + n > len || memcmp(s + at, CSQ_WORD_NUMBERED, n) != 0)
    return 0;
  int32_t i = (int32_t)(at + n), digits = 0;
  while (i < (int32_t)len) {
    int32_t here = i;
    UChar32 c;
    U8_NEXT(s, i, (int32_t)len, c);
    if (c == ' ' || csq__numeral_value(s + here, (size_t)(i - here)) >= 0) {
      digits += c != ' ';
      continue;
    }
    /* numbers that share the word: 第七及第十條, 第三、第四兩款 */
    size_t w = (size_t)(i - here);
    if (digits && (csq__word_index(s + here, w, CSQ__WORDS(list_words)) >= 0 ||
                   csq__word_index(s + here, w, CSQ__WORDS(numbered)) >= 0 ||
                   csq__word_index(s + here, w, CSQ__WORDS(two)) >= 0))
      continue;
    return digits &&
           (csq__starts_with_any(s + here, len - (size_t)here, CSQ__WORDS(article_words)) >= 0 ||
            csq__starts_with_any(s + here, len - (size_t)here, CSQ__WORDS(heading_words)) >= 0);
  }
  return 0;
}

/* A name followed by 施行法 or 施行細則 is part of a name of its own (民法施行法,
 * known or not); a longer known name that holds it is found at its own
 * ending (extract.c keeps the longest). */
static int enforcement_name(const char *s, size_t len, size_t end) {
  return csq__starts_with_any(s + end, len - end, CSQ__WORDS(enforcement_names)) >= 0;
}

/* A name of two characters (民法, 刑法, 憲法) right after a character that
 * makes its first one part of a word (國民法官, 特別刑法, 新住民法律): no citation. */
static int inside_word(const char *s, size_t floor, size_t start, size_t end) {
  if (csq__code_points(s, start, end) != 2 || start <= floor)
    return 0;
  int32_t at = (int32_t)start;
  UChar32 c;
  U8_PREV(s, (int32_t)floor, at, c);
  (void)c;
  return csq__word_index(s + at, start - (size_t)at, CSQ__WORDS(short_name_not_after)) >= 0;
}

static const alias *find_alias(const extractor *x, const char *s, size_t start, size_t end) {
  for (int i = 0; i < x->alias_count; i++) {
    size_t n = strlen(x->aliases[i].name);
    if (n <= end - start && memcmp(s + end - n, x->aliases[i].name, n) == 0)
      return &x->aliases[i];
  }
  return NULL;
}

/* 民法繼承編, 刑法分則, 刑法瀆職罪章: a heading of the law just named, by its
 * title, right after the name. Fills the atom's heading and moves its end. */
static void heading_title(const char *s, size_t len, atom *a) {
  const char *t = s + a->end;
  size_t left = len - a->end;
  const csq_law *law = a->law.law;
  for (int k = 0; k < 2; k++) { /* 編 a part, 章 a chapter */
    csq_kind kind = k == 0 ? CSQ_PART : CSQ_CHAPTER;
    const char *word = csq_words_heading_words[k];
    for (size_t n = 1; n < left && n < 40; n++) {
      if (strncmp(t + n, word, strlen(word)) != 0)
        continue;
      char title[128];
      snprintf(title, sizeof title, "%.*s", (int)n, t);
      const csq_node *node = law ? csq__heading_titled(law, kind, title) : NULL;
      const char *eid = node                        ? node->eid
                        : a->law.id && a->law.id[0] ? csq__law_heading_eid(a->law.id, title, kind)
                                                    : NULL;
      if (eid) {
        a->head_kind = kind;
        a->head_node = node;
        a->head_eid = eid;
        a->end += n + strlen(word);
        return;
      }
    }
  }
  int w = csq__starts_with_any(t, left, CSQ__WORDS(bare_titles)); /* 民法總則, 刑法分則 */
  if (w >= 0) {
    const char *title = csq_words_bare_titles[w];
    const csq_node *node = law ? csq__heading_titled(law, CSQ_PART, title) : NULL;
    const char *eid = node                        ? node->eid
                      : a->law.id && a->law.id[0] ? csq__law_heading_eid(a->law.id, title, CSQ_PART)
                                                  : NULL;
    if (eid) {
      a->head_kind = CSQ_PART;
      a->head_node = node;
      a->head_eid = eid;
      a->end += strlen(title);
    }
  }
}

/* The law named by the name that ends at `end` (the lawend word): a short
 * name the text gave, the dictionary's longest name, or — when 第 and a
 * provision or an alias follow — a name unknown to both. Returns 0 when
 * there is none, or when the name is part of a longer one or of a word. */
static int read_law_name(extractor *x, const char *s, size_t len, size_t floor,
                         const PCRE2_SIZE *ov, atom *a) {
  size_t end = ov[2 * x->group[G_LAWEND] + 1], after = ov[1];
  const alias *al = find_alias(x, s, floor, end);
  size_t start = csq__lawbook_name_before(x->book, s, floor, end, x->law->version, &a->law);
  if (start != (size_t)-1 && (enforcement_name(s, len, end) || inside_word(s, floor, start, end)))
    start = (size_t)-1;
  if (al &&
      (start == (size_t)-1 || end - strlen(al->name) <= start)) { /* the text's own name first */
    start = end - strlen(al->name);
    a->law = al->law;
  }
  if (start == (size_t)-1) {
    /* 本法施行細則: the rules, named right after 本法 (extract.c joins them) */
    size_t rules = strlen(CSQ_WORD_RULES_SUFFIX);
    int cited = numbered_provision_at(s, len, after) || has(ov, x->group[G_ALIAS]) ||
                (end - floor == rules && memcmp(s + floor, CSQ_WORD_RULES_SUFFIX, rules) == 0 &&
                 csq__ends_with_any(s, floor, CSQ__WORDS(self_act)) >= 0);
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
  } else if (a->law.known) {
    heading_title(s, len, a);
  }
  return 1;
}

/* Whether the character s[0..n) is a digit of a numeral (not 兩, which in
 * 第三、第四兩款 counts the numbers). */
static int numeral_char(const char *s, size_t n) {
  return csq__numeral_value(s, n) >= 0 && csq__word_index(s, n, CSQ__WORDS(two)) < 0;
}

/* The numbers that share the word of 第三、第四兩款 (第四) or 第二至四款
 * (四), after the first: each run of numeral characters in the group. */
static void read_more(const char *s, const PCRE2_SIZE *ov, const int *g, atom *a) {
  int grp = has(ov, g[G_NMORE]) ? g[G_NMORE] : has(ov, g[G_NTO]) ? g[G_NTO] : -1;
  if (grp < 0)
    return;
  a->more_range = grp == g[G_NTO];
  int32_t i = (int32_t)ov[2 * grp], end = (int32_t)ov[2 * grp + 1], run = -1;
  while (i <= end && a->more_count < MAX_MORE) {
    int32_t at = i;
    int digit = 0;
    if (i < end) {
      UChar32 c;
      U8_NEXT(s, i, end, c);
      digit = numeral_char(s + at, (size_t)(i - at));
    } else {
      i++; /* past the end: close the last run */
    }
    if (digit && run < 0)
      run = at;
    if (!digit && run >= 0) {
      long v = csq__numeral_value(s + run, (size_t)(at - run));
      if (v > 0)
        a->more[a->more_count++] = v;
      run = -1;
    }
  }
}

/* 第N + 條 / 項 / 款 / 目 (article_words) or 編 / 章 / 節 (heading_words). */
static void read_numbered(const char *s, const PCRE2_SIZE *ov, const int *g, atom *a) {
  static const atom_type LEVELS[] = {A_ART, A_PARA, A_SUB, A_ITEM};
  char word[8];
  copy_group(word, sizeof word, s, ov, g[G_W]);
  int i = csq__word_index(word, strlen(word), CSQ__WORDS(article_words));
  if (i >= 0) {
    a->type = LEVELS[i];
  } else {
    a->type = A_HEAD;
    a->level = heading_kind(word);
  }
  a->n = num_of(s, ov, g[G_N]);
  /* 之N only for inserted articles and headings (第十條之一, 第二章之一), and
   * the sub-items of a 目 (第二目之2) */
  a->sub = a->type == A_ART || a->type == A_HEAD ? num_of(s, ov, g[G_NSUB]) : 0;
  a->subitem = a->type == A_ITEM ? num_of(s, ov, g[G_NSUB]) : 0;
  if (has(ov, g[G_TO])) { /* 至一千一百四十條: the 至 is the join, not the atom */
    a->range_end = 1;
    a->start = ov[2 * g[G_TO] + 1];
  }
  read_more(s, ov, g, a);
}

/* 「軍機保密實施規定」第一章第四節: the quoted name of a law (known) or of a
 * document of its own (named, not resolved), when a numbered provision
 * follows. */
static int read_quoted(extractor *x, const char *s, size_t len, const PCRE2_SIZE *ov, atom *a) {
  int g = x->group[G_QNAME];
  size_t after = ov[1];
  while (after < len && s[after] == ' ')
    after++;
  if (!numbered_provision_at(s, len, after))
    return 0;
  const char *name = csq__arena_strndup(x->arena, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
  if (!name)
    return -1;
  csq__lawbook_find(x->book, name, x->law->version, &a->law);
  a->type = A_LAW;
  a->start = ov[0];
  a->end = ov[1];
  return 1;
}

/* Fills `a` from a match; 0 when the match is not an atom after all (a
 * law word with no law name before it). */
static int read_atom(extractor *x, const char *s, size_t len, size_t floor, const PCRE2_SIZE *ov,
                     atom *a) {
  const int *g = x->group;
  memset(a, 0, sizeof *a);
  a->start = ov[0];
  a->end = ov[1];
  if (has(ov, g[G_LAWEND]))
    return read_law_name(x, s, len, floor, ov, a);
  if (has(ov, g[G_QUOTED]))
    return read_quoted(x, s, len, ov, a);
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
    if (a->type == A_ART && !a->range_end &&
        csq__ends_with_any(s, a->start, CSQ__WORDS(charters)) >= 0)
      return 0; /* 本公司章程第三十條: a company's charter, no law */
  } else if (has(ov, g[G_REL])) {
    char level[8];
    a->type = A_REL;
    copy_group(a->word, sizeof a->word, s, ov, g[G_RELW]);
    copy_group(level, sizeof level, s, ov, g[G_RELL]);
    a->level = level_of_word(level);
    a->n = has(ov, g[G_RELN]) && ov[2 * g[G_RELN] + 1] > ov[2 * g[G_RELN]]
               ? num_of(s, ov, g[G_RELN])
               : 1;
    a->subitem = num_of(s, ov, g[G_RELSUB]); /* 前目之3 */
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
  if (a->n < 0 || a->sub < 0 || a->subitem < 0)
    return 0; /* a numeral out of range: 第一〇〇〇〇〇條 */
  return 1;
}

int csq__atom_next(extractor *x, const char *s, size_t len, size_t from, size_t floor, atom *a) {
  while (from < len) {
    PCRE2_SIZE *ov;
    if (csq__pattern_match(&x->pattern, s, len, from, &ov) <= 0)
      return 0;
    int got = read_atom(x, s, len, floor, ov, a);
    if (got != 0)
      return got;
    from = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
  return 0;
}

int csq__atom_join(const char *s, size_t len) {
  if (len == 0)
    return 0;
  if (csq__word_index(s, len, CSQ__WORDS(list_words)) >= 0)
    return 1;
  return csq__word_index(s, len, CSQ__WORDS(range_words)) >= 0 ? 2 : -1;
}
