/*
 * names.c — the one formatter of names: each kind's name, eId part and
 * word, and from them the eId (art_4__para_1__subpara_5) and the citation
 * a lawyer writes (第4條第1項第5款) of a node or of a provision given by
 * its numbers. The tree, the citation resolver and the query all name
 * provisions here.
 */
#include <stdio.h>
#include <string.h>

#include "reading/reading.h"

static const struct {
  const char *name, *eid_prefix;
} KINDS[] = {
    [CSQ_LAW] = {"law", ""},
    [CSQ_PART] = {"part", "part"},
    [CSQ_CHAPTER] = {"chapter", "chp"},
    [CSQ_SECTION] = {"section", "sec"},
    [CSQ_SUBSECTION] = {"subsection", "subsec"},
    [CSQ_SUBSUBSECTION] = {"subsubsection", "subsubsec"},
    [CSQ_ARTICLE] = {"article", "art"},
    [CSQ_PARAGRAPH] = {"paragraph", "para"},
    [CSQ_SUBPARAGRAPH] = {"subparagraph", "subpara"},
    [CSQ_ITEM] = {"item", "item"},
    [CSQ_SUBITEM] = {"subitem", "subitem"},
};

/* The word that joins an inserted number to its base (第10條之1) and the
 * one that opens a numbered citation (第4條): grammar/words.tsv. */
static const char INSERTED[] = CSQ_WORD_INSERTED;
static const char NUMBERED[] = CSQ_WORD_NUMBERED;

const char *csq_kind_name(csq_kind kind) {
  return kind <= CSQ_SUBITEM ? KINDS[kind].name : "unknown";
}

int csq_kind_is_heading(csq_kind kind) { return kind >= CSQ_PART && kind <= CSQ_SUBSUBSECTION; }

csq_kind csq__kind_from_name(const char *name) {
  for (int k = CSQ_LAW; k <= CSQ_SUBITEM; k++)
    if (strcmp(KINDS[k].name, name) == 0)
      return (csq_kind)k;
  return CSQ_LAW; /* never a stored node's kind: the caller rejects it */
}

/* 章 in 第2章: grammar/words.tsv's heading_words and article_words, in the
 * order of csq_kind. */
const char *csq__kind_word(csq_kind kind) {
  if (csq_kind_is_heading(kind))
    return csq_words_heading_words[kind - CSQ_PART];
  if (kind >= CSQ_ARTICLE && kind <= CSQ_ITEM)
    return csq_words_article_words[kind - CSQ_ARTICLE];
  return "";
}

/* Appends s[0..len) to buf[*at..size), NUL-terminated; -1 when it does not
 * fit. (Names are made for every node of every law: no printf here.) */
static int put(char *buf, size_t size, size_t *at, const char *s, size_t len) {
  if (*at + len >= size)
    return -1;
  memcpy(buf + *at, s, len);
  *at += len;
  buf[*at] = '\0';
  return 0;
}

static int puts_(char *buf, size_t size, size_t *at, const char *s) {
  return put(buf, size, at, s, strlen(s));
}

int csq__eid_append(char *buf, size_t size, size_t *at, csq_kind kind, const char *num) {
  return (*at && puts_(buf, size, at, "__")) || puts_(buf, size, at, KINDS[kind].eid_prefix) ||
                 puts_(buf, size, at, "_") || puts_(buf, size, at, num)
             ? -1
             : 0;
}

int csq__cite_append(char *buf, size_t size, size_t *at, csq_kind kind, const char *num) {
  if (kind == CSQ_SUBITEM)
    return puts_(buf, size, at, "(") || puts_(buf, size, at, num) || puts_(buf, size, at, ")") ? -1
                                                                                               : 0;
  /* 10-1 → 第10條之1, 3-1-2 → 第3條之1之2 */
  size_t head = strcspn(num, "-");
  if (puts_(buf, size, at, NUMBERED) || put(buf, size, at, num, head) ||
      puts_(buf, size, at, csq__kind_word(kind)))
    return -1;
  for (const char *s = num + head; *s == '-';) {
    size_t len = strcspn(s + 1, "-");
    if (puts_(buf, size, at, INSERTED) || put(buf, size, at, s + 1, len))
      return -1;
    s += 1 + len;
  }
  return 0;
}

/* The num of an article: "4", "10-1". */
static void article_num(char *buf, size_t size, long art, long artsub) {
  if (artsub)
    snprintf(buf, size, "%ld-%ld", art, artsub);
  else
    snprintf(buf, size, "%ld", art);
}

/* The levels below the article, outermost first; a negative number is a
 * level not named. */
static int put_levels(char *buf, size_t size, size_t *at, long para, long sub, long item,
                      int (*append)(char *, size_t, size_t *, csq_kind, const char *)) {
  const csq_kind kinds[] = {CSQ_PARAGRAPH, CSQ_SUBPARAGRAPH, CSQ_ITEM};
  const long nums[] = {para, sub, item};
  for (int i = 0; i < 3; i++) {
    char num[24];
    snprintf(num, sizeof num, "%ld", nums[i]);
    if (nums[i] >= 0 && append(buf, size, at, kinds[i], num) != 0)
      return -1;
  }
  return 0;
}

/* A provision's eId or citation, by `append`. */
static int provision_name(char *buf, size_t size, long art, long artsub, long para, long sub,
                          long item,
                          int (*append)(char *, size_t, size_t *, csq_kind, const char *)) {
  char num[48];
  size_t at = 0;
  buf[0] = '\0';
  article_num(num, sizeof num, art, artsub);
  return append(buf, size, &at, CSQ_ARTICLE, num) ||
                 put_levels(buf, size, &at, para, sub, item, append)
             ? -1
             : 0;
}

int csq__provision_eid(char *buf, size_t size, long art, long artsub, long para, long sub,
                       long item) {
  return provision_name(buf, size, art, artsub, para, sub, item, csq__eid_append);
}

int csq__provision_cite(char *buf, size_t size, long art, long artsub, long para, long sub,
                        long item) {
  return provision_name(buf, size, art, artsub, para, sub, item, csq__cite_append);
}

int csq__heading_names(char *eid, size_t eid_size, char *cite, size_t cite_size,
                       const char *outer_eid, csq_kind kind, const char *num) {
  size_t e = 0, c = 0;
  eid[0] = cite[0] = '\0';
  if (outer_eid && puts_(eid, eid_size, &e, outer_eid) != 0)
    return -1;
  return csq__eid_append(eid, eid_size, &e, kind, num) ||
                 csq__cite_append(cite, cite_size, &c, kind, num)
             ? -1
             : 0;
}
