/*
 * lawbook.c — the laws a citation can name: the loaded ones, and every law
 * of the national database by grammar/law_names.tsv (so that a law that is
 * not loaded still gets its pcode), by name and short name, and the version
 * of a law in force on a date.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "citations/citations.h"

/* ---- the law book ------------------------------------------------------- */

/* A name a citation may use: a law's name or short name. */
typedef struct entry {
  const char *id, *name; /* name: the law's full name */
} entry;

/* A loaded law, chained to the other loaded versions with the same key. */
typedef struct loaded {
  const csq_law *law;
  size_t next; /* index + 1 of the next version, 0 at the end */
  const csq_node **articles;
  size_t article_count;
} loaded;

struct csq__lawbook {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(entry) entries;
  /* Names are read backward from the word that ends them (法, 條例 …): the
   * text before that word is tried at every start, longest first, against
   * by_name. A hash per name costs less to build at every run than a trie
   * of the 11,722 names did (15 ms of a 17 ms lookup). */
  size_t longest;      /* bytes of the longest name */
  csq__u64map by_key;  /* hash of pcode or name → loaded index + 1 (first) */
  csq__u64map by_name; /* hash of any name → entry index + 1 */
  csq__u64map by_law;  /* law pointer → loaded index + 1 */
  loaded *laws;
  size_t law_count;
};

static int add_entry(csq__lawbook *b, const char *id, const char *name, size_t *out) {
  *out = b->entries.count;
  return csq__vec_push(b->mem, &b->entries, ((entry){id, name}));
}

/* Adds `alias` (a name or short name) of entry `e` to the trie and the
 * name map; a later alias of the same spelling wins (loaded laws come
 * last, so they win over the national list). */
static int add_name(csq__lawbook *b, const char *alias, size_t len, size_t e) {
  if (len > b->longest)
    b->longest = len;
  return csq__u64map_put(&b->by_name, csq__hash_bytes(alias, len), e + 1);
}

/* 「總統副總統選舉罷免法（新 84.08.09 制定）」 is cited without the note
 * that tells its versions apart: the name before （ is a short name too,
 * of the version with the latest date in its note (ROC year first), unless
 * a law of its own has that name. */
static int add_base_name(csq__lawbook *b, csq__u64map *years, const char *name, size_t e) {
  const char *paren = strstr(name, CSQ_WORD_PAREN_OPEN);
  if (!paren || paren == name)
    return 0;
  size_t len = (size_t)(paren - name);
  uint64_t h = csq__hash_bytes(name, len), have, year = 0;
  for (const char *d = paren; *d && !year; d++)
    if (*d >= '0' && *d <= '9')
      year = strtoull(d, NULL, 10) + 1;
  if (csq__u64map_get(&b->by_name, h, &have)) {
    uint64_t before;
    if (!csq__u64map_get(years, h, &before) || before >= year)
      return 0; /* a law of that name, or a later version */
  }
  return csq__u64map_put(years, h, year) || add_name(b, name, len, e);
}

/* grammar/law_names.tsv: `pcode<TAB>name` lines; the first line of a pcode
 * gives its full name, later ones its short names. The file is embedded
 * with its tabs and line ends turned into NULs (CMakeLists.txt), so that
 * every field is a C string in place: nothing is copied at start-up. */
static int read_names(csq__lawbook *b) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  if (!f)
    return -1;
  const char *s = (const char *)f->data, *end = s + f->size;
  csq__u64map first = {.mem = b->mem}; /* pcode hash → entry of its full name + 1 */
  csq__u64map years = {.mem = b->mem}; /* base name hash → ROC year of its version + 1 */
  int fail = csq__u64map_reserve(&first, 12000) || csq__u64map_reserve(&years, 1024) ||
             csq__u64map_reserve(&b->by_name, 24000) || csq__vec_grow(b->mem, &b->entries, 12000);
  while (s < end && !fail) {
    const char *id = s;
    s += strlen(s) + 1;
    if (id[0] == '#' || id[0] == '\0' || s >= end)
      continue; /* a comment or the end */
    const char *name = s;
    s += strlen(s) + 1;
    uint64_t full, h = csq__hash_bytes(id, strlen(id));
    size_t e;
    if (csq__u64map_get(&first, h, &full))
      fail = add_name(b, name, strlen(name), full - 1) != 0;
    else
      fail = add_entry(b, id, name, &e) != 0 || csq__u64map_put(&first, h, e + 1) != 0 ||
             add_name(b, name, strlen(name), e) != 0 || add_base_name(b, &years, name, e) != 0;
  }
  csq__u64map_free(&first);
  csq__u64map_free(&years);
  return fail ? -1 : 0;
}

static const char *law_key(const csq_law *law) { return law->id[0] ? law->id : law->name; }

static void collect_articles(const csq_node *n, const csq_node **out, size_t *count) {
  for (const csq_node *c = n->first_child; c; c = c->next) {
    if (c->kind == CSQ_ARTICLE)
      out[(*count)++] = c;
    else if (csq_kind_is_heading(c->kind))
      collect_articles(c, out, count);
  }
}

static int add_loaded(csq__lawbook *b, const csq_law *law, size_t i) {
  loaded *l = &b->laws[i];
  l->law = law;
  l->articles = csq__arena_alloc(&b->arena, (law->article_count + 1) * sizeof *l->articles);
  if (!l->articles)
    return -1;
  collect_articles(law->root, l->articles, &l->article_count);
  const char *key = law_key(law);
  uint64_t h = csq__hash_bytes(key, strlen(key)), head;
  if (csq__u64map_get(&b->by_key, h, &head))
    l->next = head;
  size_t e;
  return csq__u64map_put(&b->by_key, h, i + 1) ||
         csq__u64map_put(&b->by_law, (uintptr_t)law, i + 1) ||
         add_entry(b, law->id, law->name, &e) || add_name(b, law->name, strlen(law->name), e);
}

csq_status csq__lawbook_new(const csq_corpus *corpus, const csq_mem *mem, csq__lawbook **out,
                            csq_error *err) {
  csq__lawbook *b = csq__calloc(mem, 1, sizeof *b);
  if (!b)
    return csq__oom(err);
  b->mem = mem;
  b->by_key.mem = b->by_name.mem = b->by_law.mem = mem;
  csq__arena_init(&b->arena, mem);
  b->law_count = corpus ? csq_corpus_law_count(corpus) : 0;
  b->laws = csq__calloc(mem, b->law_count + 1, sizeof *b->laws);
  int fail = !b->laws || read_names(b) != 0;
  for (size_t i = 0; i < b->law_count && !fail; i++)
    fail = add_loaded(b, csq_corpus_law_at(corpus, i), i) != 0;
  if (fail) {
    csq__lawbook_free(b);
    return csq__oom(err);
  }
  *out = b;
  return CSQ_OK;
}

void csq__lawbook_free(csq__lawbook *b) {
  if (!b)
    return;
  csq__u64map_free(&b->by_key);
  csq__u64map_free(&b->by_name);
  csq__u64map_free(&b->by_law);
  csq__vec_free(b->mem, &b->entries);
  csq__free(b->mem, b->laws);
  csq__arena_release(&b->arena);
  csq__free(b->mem, b);
}

/* Among the loaded versions with this key, the latest on or before `date`;
 * when every one is later, the earliest, flagged as a fallback. */
static void pick_key(const csq__lawbook *b, const char *key, const char *date, csq__lawref *out) {
  uint64_t at;
  const csq_law *best = NULL, *earliest = NULL;
  if (!key[0] || !csq__u64map_get(&b->by_key, csq__hash_bytes(key, strlen(key)), &at))
    return;
  for (; at; at = b->laws[at - 1].next) {
    const csq_law *l = b->laws[at - 1].law;
    if (strcmp(law_key(l), key) != 0)
      continue;
    if (!earliest || strcmp(l->version, earliest->version) < 0)
      earliest = l;
    int fits = !date[0] || !l->version[0] || strcmp(l->version, date) <= 0;
    if (fits && (!best || strcmp(l->version, best->version) > 0))
      best = l;
  }
  out->law = best ? best : earliest;
  out->fallback = !best && earliest;
  if (out->law) {
    if (out->law->id[0])
      out->id = out->law->id;
    out->name = out->law->name;
    out->known = 1;
  }
}

/* A law loaded without its pcode is filed under its name. */
static void pick_version(const csq__lawbook *b, const char *id, const char *name, const char *date,
                         csq__lawref *out) {
  pick_key(b, id[0] ? id : name, date, out);
  if (!out->law && id[0])
    pick_key(b, name, date, out);
}

void csq__lawbook_link(const csq__lawbook *b, const char *id, const char *name, const char *date,
                       csq__lawref *out) {
  memset(out, 0, sizeof *out);
  out->id = id ? id : "";
  out->name = name ? name : "";
  out->known = out->id[0] || out->name[0];
  if (!out->id[0] && out->name[0]) { /* a name alone: find its pcode */
    csq__lawref named;
    csq__lawbook_find(b, out->name, date, &named);
    if (named.known) {
      *out = named;
      return;
    }
  }
  pick_version(b, out->id, out->name, date, out);
}

void csq__lawbook_find(const csq__lawbook *b, const char *name, const char *date,
                       csq__lawref *out) {
  memset(out, 0, sizeof *out);
  out->id = "";
  out->name = name;
  uint64_t e;
  if (!csq__u64map_get(&b->by_name, csq__hash_bytes(name, strlen(name)), &e))
    return;
  const entry *en = &b->entries.items[e - 1];
  out->id = en->id;
  out->name = en->name;
  out->known = 1;
  pick_version(b, en->id, en->name, date, out);
}

size_t csq__lawbook_name_before(const csq__lawbook *b, const char *s, size_t floor, size_t end,
                                const char *date, csq__lawref *out) {
  uint64_t e, found = 0;
  int32_t i = (int32_t)end, best = -1;
  while (i > (int32_t)floor && (size_t)((int32_t)end - i) < b->longest) {
    U8_BACK_1((const uint8_t *)s, (int32_t)floor, i);
    if (csq__u64map_get(&b->by_name, csq__hash_bytes(s + i, (size_t)((int32_t)end - i)), &e)) {
      best = i; /* keep going: the longest name wins */
      found = e;
    }
  }
  if (best < 0)
    return (size_t)-1;
  const entry *en = &b->entries.items[found - 1];
  memset(out, 0, sizeof *out);
  out->id = en->id;
  out->name = en->name;
  out->known = 1;
  pick_version(b, en->id, en->name, date, out);
  return (size_t)best;
}

const csq_node *const *csq__lawbook_articles(const csq__lawbook *b, const csq_law *law,
                                             size_t *count) {
  uint64_t at;
  if (!csq__u64map_get(&b->by_law, (uintptr_t)law, &at)) {
    *count = 0;
    return NULL;
  }
  *count = b->laws[at - 1].article_count;
  return b->laws[at - 1].articles;
}
