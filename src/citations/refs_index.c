/*
 * refs_index.c — what citation resolution looks things up in: the laws a
 * citation can name (the loaded ones, and every law of the national
 * database by grammar/law_names.tsv, so that a law that is not loaded still
 * gets its pcode), the version of a law in force on a date, and the reverse
 * index from a provision to the citations of it.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "citations/citations.h"

static csq_status oom(csq_error *err) {
  return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
}

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
  csq_arena arena;
  entry *entries;
  size_t entry_count, entry_cap;
  /* Names are read backward from the word that ends them (法, 條例 …): the
   * text before that word is tried at every start, longest first, against
   * by_name. A hash per name costs less to build at every run than a trie
   * of the 11,722 names did (15 ms of a 17 ms lookup). */
  size_t longest; /* bytes of the longest name */
  csq__u64map by_key;  /* hash of pcode or name → loaded index + 1 (first) */
  csq__u64map by_name; /* hash of any name → entry index + 1 */
  csq__u64map by_law;  /* law pointer → loaded index + 1 */
  loaded *laws;
  size_t law_count;
};

static int add_entry(csq__lawbook *b, const char *id, const char *name, size_t *out) {
  if (b->entry_count == b->entry_cap) {
    size_t cap = b->entry_cap ? b->entry_cap * 2 : 1024;
    entry *grown = realloc(b->entries, cap * sizeof *grown);
    if (!grown)
      return -1;
    b->entries = grown;
    b->entry_cap = cap;
  }
  b->entries[b->entry_count] = (entry){id, name};
  *out = b->entry_count++;
  return 0;
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
  const char *paren = strstr(name, "（");
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
  csq__u64map first = {0}; /* pcode hash → entry of its full name + 1 */
  csq__u64map years = {0}; /* base name hash → ROC year of its version + 1 */
  int fail = csq__u64map_reserve(&first, 12000) || csq__u64map_reserve(&years, 1024) ||
             csq__u64map_reserve(&b->by_name, 24000);
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

csq_status csq__lawbook_new(const csq_corpus *corpus, csq__lawbook **out, csq_error *err) {
  csq__lawbook *b = calloc(1, sizeof *b);
  if (!b)
    return oom(err);
  csq__arena_init(&b->arena);
  b->law_count = csq_corpus_law_count(corpus);
  b->laws = calloc(b->law_count + 1, sizeof *b->laws);
  int fail = !b->laws || read_names(b) != 0;
  for (size_t i = 0; i < b->law_count && !fail; i++)
    fail = add_loaded(b, csq_corpus_law_at(corpus, i), i) != 0;
  if (fail) {
    csq__lawbook_free(b);
    return oom(err);
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
  free(b->entries);
  free(b->laws);
  csq__arena_release(&b->arena);
  free(b);
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
  const entry *en = &b->entries[e - 1];
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
  const entry *en = &b->entries[found - 1];
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

/* ---- the reverse index ---------------------------------------------------- */

/* Each target is filed under its own key (exact) and under the key of each
 * provision containing it (part): 「A0030297/art_16__para_1」 and
 * 「A0030297/art_16」. A key maps to a chain of postings. */
typedef struct posting {
  uint32_t cite, target;
  uint32_t part; /* 0 exact, 1 filed under a containing provision */
  uint32_t next; /* posting index + 1, 0 at the end */
} posting;

struct csq__citedby {
  csq__u64map heads; /* key hash → posting index + 1 (latest) */
  posting *postings;
  size_t count, cap;
};

const char *csq__target_lawkey(const csq_target *t) {
  return t->law_id[0] ? t->law_id : t->law_name;
}

static uint64_t key_hash(const char *lawkey, const char *eid, size_t eid_len) {
  uint64_t h = csq__hash_bytes(lawkey, strlen(lawkey));
  h ^= '/';
  h *= 1099511628211ULL;
  for (size_t i = 0; i < eid_len; i++) {
    h ^= (unsigned char)eid[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static int post(csq__citedby *x, uint64_t key, size_t cite, size_t target, int part) {
  if (x->count == x->cap) {
    size_t cap = x->cap ? x->cap * 2 : 1024;
    posting *grown = realloc(x->postings, cap * sizeof *grown);
    if (!grown)
      return -1;
    x->postings = grown;
    x->cap = cap;
  }
  uint64_t head = 0;
  csq__u64map_get(&x->heads, key, &head);
  x->postings[x->count] =
      (posting){(uint32_t)cite, (uint32_t)target, (uint32_t)part, (uint32_t)head};
  x->count++;
  return csq__u64map_put(&x->heads, key, x->count);
}

static int file_target(csq__citedby *x, const csq_target *t, size_t cite, size_t target) {
  const char *lawkey = csq__target_lawkey(t);
  if (!t->resolved || !lawkey[0])
    return 0;
  size_t len = strlen(t->eid);
  if (post(x, key_hash(lawkey, t->eid, len), cite, target, 0) != 0)
    return -1;
  /* art_16__para_1 is part of art_16 and of the whole law ("") */
  for (size_t i = len; i > 0; i--)
    if (i >= 2 && t->eid[i - 1] == '_' && t->eid[i - 2] == '_' &&
        post(x, key_hash(lawkey, t->eid, i - 2), cite, target, 1) != 0)
      return -1;
  return len ? post(x, key_hash(lawkey, "", 0), cite, target, 1) : 0;
}

csq_status csq__citedby_build(csq_citation *const *cites, size_t count, csq__citedby **out,
                              csq_error *err) {
  csq__citedby *x = calloc(1, sizeof *x);
  if (!x)
    return oom(err);
  for (size_t i = 0; i < count; i++)
    for (size_t j = 0; j < cites[i]->target_count; j++)
      if (file_target(x, &cites[i]->targets[j], i, j) != 0) {
        csq__citedby_free(x);
        return oom(err);
      }
  *out = x;
  return CSQ_OK;
}

void csq__citedby_free(csq__citedby *x) {
  if (!x)
    return;
  csq__u64map_free(&x->heads);
  free(x->postings);
  free(x);
}

typedef struct hitlist {
  csq_cited_by *items;
  size_t count, cap;
} hitlist;

static int hit_push(hitlist *h, const csq_citation *c, size_t target, csq_relation rel) {
  for (size_t i = 0; i < h->count; i++) /* one answer per citation and target */
    if (h->items[i].citation == c && h->items[i].target == target)
      return 0;
  if (h->count == h->cap) {
    size_t cap = h->cap ? h->cap * 2 : 16;
    csq_cited_by *grown = realloc(h->items, cap * sizeof *grown);
    if (!grown)
      return -1;
    h->items = grown;
    h->cap = cap;
  }
  h->items[h->count++] = (csq_cited_by){c, target, rel};
  return 0;
}

/* The postings of one key, oldest first (chains run newest first). */
/* Whether target t is filed under LAWKEY/EID[0..len): keys are hashes, so
 * each posting is checked against what was asked. */
static int files_under(const csq_target *t, const char *lawkey, const char *eid, size_t len) {
  return strcmp(csq__target_lawkey(t), lawkey) == 0 && strncmp(t->eid, eid, len) == 0 &&
         (t->eid[len] == '\0' || (t->eid[len] == '_' && t->eid[len + 1] == '_') || len == 0);
}

static int collect(const csq__citedby *x, csq_citation *const *cites, const char *lawkey,
                   const char *eid, size_t len, int whole, hitlist *h) {
  uint64_t at, key = key_hash(lawkey, eid, len);
  size_t n = 0;
  if (!csq__u64map_get(&x->heads, key, &at))
    return 0;
  for (uint64_t p = at; p; p = x->postings[p - 1].next)
    n++;
  uint32_t *order = malloc(n * sizeof *order);
  if (!order)
    return -1;
  size_t i = n;
  for (uint64_t p = at; p; p = x->postings[p - 1].next)
    order[--i] = (uint32_t)(p - 1);
  int fail = 0;
  for (i = 0; i < n && !fail; i++) {
    const posting *ps = &x->postings[order[i]];
    if (whole && ps->part)
      continue; /* for a containing provision, only citations of it exactly */
    if (!files_under(&cites[ps->cite]->targets[ps->target], lawkey, eid, len))
      continue;
    csq_relation rel = whole ? CSQ_CITES_WHOLE : ps->part ? CSQ_CITES_PART : CSQ_CITES_EXACT;
    fail = hit_push(h, cites[ps->cite], ps->target, rel) != 0;
  }
  free(order);
  return fail ? -1 : 0;
}

csq_status csq__citedby_find(const csq__citedby *x, csq_citation *const *cites, const char *lawkey,
                             const char *eid, csq_cited_by **hits, size_t *count, csq_error *err) {
  hitlist h = {0};
  size_t len = strlen(eid);
  int fail = collect(x, cites, lawkey, eid, len, 0, &h) != 0;
  for (size_t i = len; i > 0 && !fail; i--)
    if (i >= 2 && eid[i - 1] == '_' && eid[i - 2] == '_')
      fail = collect(x, cites, lawkey, eid, i - 2, 1, &h) != 0;
  if (fail) {
    free(h.items);
    return oom(err);
  }
  *hits = h.items;
  *count = h.count;
  return CSQ_OK;
}
