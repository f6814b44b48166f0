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

enum { TAIL = 3, TAIL_BITS = 1 << 18 };

/* A law a citation may name: its pcode and full name. */
typedef struct entry {
  const char *id, *name;
} entry;

/* by_name's values: the entry + 1, and the name's kind above NAME_KIND. */
enum { NAME_KIND = 48 };

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
   * of the names did (15 ms of a 17 ms lookup). */
  size_t longest;      /* bytes of the longest name */
  csq__u64map by_key;  /* hash of pcode or name → loaded index + 1 (first) */
  csq__u64map by_name; /* hash of any name → entry + 1 | kind << NAME_KIND */
  /* A bit for the key of every name's last TAIL characters and fewer:
   * reading back from 法, text that is no name's ending (依法, 方法, 本辦法)
   * stops at once. False positives only cost a longer walk. */
  uint64_t tails[TAIL_BITS / 64];
  csq__u64map by_law; /* law pointer → loaded index + 1 */
  loaded *laws;
  size_t law_count;
};

/* The start of the character that ends before byte i (i > floor). Names
 * and texts are valid UTF-8 (checked where text enters): a character starts
 * at the byte that is no continuation. */
static int32_t char_before(const char *s, int32_t floor, int32_t i) {
  do
    i--;
  while (i > floor && ((unsigned char)s[i] & 0xC0) == 0x80);
  return i;
}

static uint64_t tail_bit(const char *s, size_t len) {
  return (csq__hash_bytes(s, len) >> 20) % TAIL_BITS;
}

/* Notes the name's last TAIL characters and fewer. */
static void add_tails(csq__lawbook *b, const char *name, size_t len) {
  int32_t i = (int32_t)len;
  for (int chars = 0; i > 0 && chars < TAIL; chars++) {
    i = char_before(name, 0, i);
    uint64_t bit = tail_bit(name + i, len - (size_t)i);
    b->tails[bit / 64] |= (uint64_t)1 << (bit % 64);
  }
}

/* Whether some name ends with s[0..len) (false positives aside). */
static int tail_has(const csq__lawbook *b, const char *s, size_t len) {
  uint64_t bit = tail_bit(s, len);
  return (b->tails[bit / 64] >> (bit % 64)) & 1;
}

static int add_entry(csq__lawbook *b, const char *id, const char *name, size_t *out) {
  *out = b->entries.count;
  return csq__vec_push(b->mem, &b->entries, ((entry){id, name}));
}

/* Adds `name` (NUL-terminated) of entry `e`. A name the table lists once;
 * a loaded law's name wins over the table's (loaded laws come last). */
static int add_name(csq__lawbook *b, const char *name, size_t e, csq__name_kind kind) {
  size_t len = strlen(name);
  if (len > b->longest)
    b->longest = len;
  add_tails(b, name, len);
  return csq__u64map_put(&b->by_name, csq__hash_bytes(name, len),
                         (e + 1) | (uint64_t)kind << NAME_KIND);
}

/* The kinds of grammar/law_names.tsv's second column, in csq__name_kind's
 * order. */
static csq__name_kind kind_of(const char *word) {
  switch (word[0]) { /* name, repealed, former, short, base */
  case 'n':
    return CSQ__NAME_OFFICIAL;
  case 'r':
    return CSQ__NAME_REPEALED;
  case 'f':
    return CSQ__NAME_FORMER;
  case 'b':
    return CSQ__NAME_BASE;
  default:
    return CSQ__NAME_SHORT;
  }
}

/* grammar/law_names.tsv: `pcode<TAB>kind<TAB>name` lines (tools/
 * gen_law_names.py), a law's official name first, each name once. The file
 * is embedded with its tabs and line ends turned into NULs (CMakeLists.txt),
 * so that every field is a C string in place: nothing is copied at start-up.
 * Comment lines hold no tab. */
static int read_names(csq__lawbook *b) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  if (!f)
    return -1;
  const char *s = (const char *)f->data, *end = s + f->size, *last_id = "";
  int fail = csq__u64map_reserve(&b->by_name, 16000) || csq__vec_grow(b->mem, &b->entries, 12000);
  size_t e = 0;
  while (s < end && !fail) {
    const char *id = s;
    s += strlen(s) + 1;
    if (id[0] == '#' || id[0] == '\0')
      continue; /* a comment or the end */
    const char *kind = s, *name = s + strlen(s) + 1;
    if (name >= end)
      break;
    s = name + strlen(name) + 1;
    if (strcmp(id, last_id) != 0) /* a law's first line: its official name */
      fail = add_entry(b, id, name, &e) != 0;
    last_id = id;
    fail = fail || add_name(b, name, e, kind_of(kind)) != 0;
  }
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
         add_entry(b, law->id, law->name, &e) || add_name(b, law->name, e, CSQ__NAME_LOADED);
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
  const entry *en = &b->entries.items[(e & (((uint64_t)1 << NAME_KIND) - 1)) - 1];
  out->id = en->id;
  out->name = en->name;
  out->known = 1;
  out->kind = (csq__name_kind)(e >> NAME_KIND);
  pick_version(b, en->id, en->name, date, out);
}

size_t csq__lawbook_name_before(const csq__lawbook *b, const char *s, size_t floor, size_t end,
                                const char *date, csq__lawref *out) {
  uint64_t e, found = 0;
  int32_t i = (int32_t)end, best = -1;
  for (int chars = 1; i > (int32_t)floor && (size_t)((int32_t)end - i) < b->longest; chars++) {
    i = char_before(s, (int32_t)floor, i);
    size_t len = (size_t)((int32_t)end - i);
    if (chars <= TAIL && !tail_has(b, s + i, len))
      break; /* no name ends so (依法, 方法, 本辦法) */
    if (csq__u64map_get(&b->by_name, csq__hash_bytes(s + i, len), &e)) {
      best = i; /* keep going: the longest name wins */
      found = e;
    }
  }
  if (best < 0)
    return (size_t)-1;
  const entry *en = &b->entries.items[(found & (((uint64_t)1 << NAME_KIND) - 1)) - 1];
  memset(out, 0, sizeof *out);
  out->id = en->id;
  out->name = en->name;
  out->known = 1;
  out->kind = (csq__name_kind)(found >> NAME_KIND);
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

/* ---- names closest to one that matches none ------------------------------- */

enum { MAX_CHARS = 64 };

/* The code points of s (at most MAX_CHARS); their count. */
static int32_t code_points(const char *s, UChar32 *out) {
  int32_t i = 0, n = 0, len = (int32_t)strlen(s);
  while (i < len && n < MAX_CHARS) {
    UChar32 c;
    U8_NEXT((const uint8_t *)s, i, len, c);
    out[n++] = c;
  }
  return n;
}

/* The cost of turning what was typed (a) into a name (b): a character the
 * name has more costs 1 (a short or partial name: 職業安全法 for
 * 職業安全衛生法), one typed too many or typed wrong costs 2. */
static int32_t distance(const UChar32 *a, int32_t n, const UChar32 *b, int32_t m, int32_t most) {
  /* what the lengths alone cost already: more than `most` rules the name
   * out without filling a row (a long query against 23,000 names) */
  if ((n > m ? 2 * (n - m) : m - n) > most)
    return most + 1;
  int32_t row[MAX_CHARS + 1];
  for (int32_t j = 0; j <= m; j++)
    row[j] = j;
  for (int32_t i = 1; i <= n; i++) {
    int32_t diag = row[0], least;
    row[0] = least = 2 * i;
    for (int32_t j = 1; j <= m; j++) {
      int32_t up = row[j];
      int32_t best = diag + 2 * (a[i - 1] != b[j - 1]);
      if (up + 2 < best)
        best = up + 2;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      least = best < least ? best : least;
      diag = up;
    }
    if (least > most) /* a row only grows: no cheaper way is left */
      return most + 1;
  }
  return row[m];
}

typedef struct near {
  int32_t score;
  const char *law; /* the official name, first of its law's lines */
} near;

/* Offers the name to the best `max` so far (each law once). */
static size_t offer(near *best, size_t count, size_t max, int32_t score, const char *law) {
  size_t at = count;
  for (size_t k = 0; k < count; k++)
    if (best[k].law == law) {
      if (best[k].score <= score)
        return count;
      at = k;
      break;
    }
  if (at == count) {
    if (count < max)
      count++;
    else if (score >= best[count - 1].score)
      return count;
    at = count - 1;
  }
  best[at] = (near){score, law};
  for (; at > 0 && best[at].score < best[at - 1].score; at--) {
    near t = best[at];
    best[at] = best[at - 1];
    best[at - 1] = t;
  }
  return count;
}

/* The lines of grammar/law_names.tsv in place: pcode, kind, name. */
typedef struct names_cursor {
  const char *s, *end;
} names_cursor;

static names_cursor names_open(void) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  names_cursor c = {f ? (const char *)f->data : NULL, f ? (const char *)f->data + f->size : NULL};
  return c;
}

/* The next name line; 0 at the end. */
static int names_next(names_cursor *c, const char **id, const char **kind, const char **name) {
  while (c->s && c->s < c->end) {
    *id = c->s;
    c->s += strlen(c->s) + 1;
    if ((*id)[0] == '#' || (*id)[0] == '\0')
      continue;
    *kind = c->s;
    *name = c->s + strlen(c->s) + 1;
    if (*name >= c->end)
      return 0;
    c->s = *name + strlen(*name) + 1;
    return 1;
  }
  return 0;
}

int csq__law_names_find(const char *name, csq__lawref *out) {
  names_cursor c = names_open();
  const char *id, *kind, *n, *official = "", *last = "";
  memset(out, 0, sizeof *out);
  out->id = "";
  out->name = name;
  while (names_next(&c, &id, &kind, &n)) {
    if (strcmp(id, last) != 0) /* a law's first line: its official name */
      official = n;
    last = id;
    if (strcmp(n, name) == 0) {
      out->id = id;
      out->name = official;
      out->known = 1;
      out->kind = kind_of(kind);
      return 1;
    }
  }
  return 0;
}

/* The fields of the line at byte `line` of the names' data. */
static void names_line(const char *base, uint32_t line, const char **id, const char **kind,
                       const char **name) {
  *id = base + line;
  *kind = *id + strlen(*id) + 1;
  *name = *kind + strlen(*kind) + 1;
}

int csq__law_names_index(csq__u64map *index) {
  names_cursor c = names_open();
  const char *base = c.s, *id, *kind, *name, *last = "";
  uint32_t official = 0;
  while (names_next(&c, &id, &kind, &name)) {
    uint32_t line = (uint32_t)(id - base);
    if (strcmp(id, last) != 0) /* a law's first line: its official name */
      official = line;
    last = id;
    uint64_t key = csq__hash_bytes(name, strlen(name)), seen;
    /* the first line that gives a name wins, as in csq__law_names_find */
    if (!csq__u64map_get(index, key, &seen) &&
        csq__u64map_put(index, key, (uint64_t)line << 32 | official) != 0)
      return -1;
  }
  return 0;
}

int csq__law_names_lookup(const csq__u64map *index, const char *name, csq__lawref *out) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_names.tsv");
  uint64_t v;
  memset(out, 0, sizeof *out);
  out->id = "";
  out->name = name;
  if (!f || !csq__u64map_get(index, csq__hash_bytes(name, strlen(name)), &v))
    return 0;
  const char *base = (const char *)f->data, *id, *kind, *found, *first_id, *first_kind, *official;
  names_line(base, (uint32_t)(v >> 32), &id, &kind, &found);
  if (strcmp(found, name) != 0) /* two names of one hash: read the list */
    return csq__law_names_find(name, out);
  names_line(base, (uint32_t)v, &first_id, &first_kind, &official);
  out->id = id;
  out->name = official;
  out->known = 1;
  out->kind = kind_of(kind);
  return 1;
}

size_t csq__law_names_closest(const char *name, const char **out, size_t max) {
  UChar32 q[MAX_CHARS], c[MAX_CHARS];
  int32_t n = code_points(name, q);
  near best[8];
  size_t count = 0;
  if (max > 8)
    max = 8;
  names_cursor cur = names_open();
  const char *id, *kind, *law, *official = "", *last = "";
  while (n > 0 && names_next(&cur, &id, &kind, &law)) {
    if (strcmp(id, last) != 0)
      official = law;
    last = id;
    int32_t score = distance(q, n, c, code_points(law, c), n);
    if (score <= n) /* no more to change than was typed; then official names first */
      count = offer(best, count, max, score * 8 + (int32_t)kind_of(kind), official);
  }
  for (size_t k = 0; k < count; k++)
    out[k] = best[k].law;
  return count;
}

/* ---- titled headings of the laws that are not loaded ------------------- */

const char *csq__law_heading_eid(const char *id, const char *title, csq_kind kind) {
  const csq_embedded_file *f = csq__embedded_find("grammar/law_headings.tsv");
  const char *s = f ? (const char *)f->data : NULL, *end = s ? s + f->size : NULL;
  const char *want = kind == CSQ_PART ? "part_" : "__chp_";
  while (s && s < end) {
    const char *pcode = s;
    s += strlen(s) + 1;
    if (pcode[0] == '#' || !pcode[0] || s >= end)
      continue;
    const char *eid = s, *t = s + strlen(s) + 1;
    s = t + strlen(t) + 1;
    int is_part = strncmp(eid, "part_", 5) == 0 && !strstr(eid, "__");
    if (strcmp(pcode, id) == 0 && strcmp(t, title) == 0 &&
        (kind == CSQ_PART ? is_part : strstr(eid, want) != NULL))
      return eid;
  }
  return NULL;
}

size_t csq__lawbook_longest(const csq__lawbook *b) { return b->longest; }

static const csq_node *titled_under(const csq_node *n, csq_kind kind, const char *title) {
  for (const csq_node *c = n->first_child; c; c = c->next) {
    if (!csq_kind_is_heading(c->kind))
      continue;
    if (c->kind == kind && strcmp(c->title, title) == 0)
      return c;
    const csq_node *below = c->kind < kind ? titled_under(c, kind, title) : NULL;
    if (below)
      return below;
  }
  return NULL;
}

const csq_node *csq__heading_titled(const csq_law *law, csq_kind kind, const char *title) {
  return titled_under(law->root, kind, title);
}
