/*
 * corpus.c — the set of loaded laws: picks the reader for each input,
 * checks the bytes before any reader sees them, and serves the built-in
 * corpus (corpus/ compiled into the binary).
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "store/store.h" /* TODO(stage 3): the corpus reads the store */

/* The laws in memory. Kept behind a pointer because laws read from the
 * database on demand are added through a const csq_corpus: the corpus is a
 * cache of the store, not thread-safe. */
typedef struct law_set {
  csq_law **laws;
  size_t count, cap;
  size_t loaded; /* how many were loaded by the user (the rest came from the db) */
} law_set;

struct csq_corpus {
  csq_grammar grammar;
  law_set *set;
  csq_store *store; /* the attached database, or NULL */
};

const csq_grammar *csq__corpus_grammar(const csq_corpus *c) {
  return &c->grammar;
}

csq_store *csq__corpus_store(const csq_corpus *c) { return c->store; }

csq_status csq_corpus_new(csq_corpus **out, csq_error *err) {
  csq_corpus *c = calloc(1, sizeof *c);
  law_set *set = calloc(1, sizeof *set);
  if (!c || !set) {
    free(c);
    free(set);
    return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
  }
  c->set = set;
  csq_status st = csq__grammar_init(&c->grammar, err);
  if (st != CSQ_OK) {
    free(set);
    free(c);
    return st;
  }
  *out = c;
  return CSQ_OK;
}

void csq_corpus_free(csq_corpus *c) {
  if (!c)
    return;
  for (size_t i = 0; i < c->set->count; i++)
    csq__law_free(c->set->laws[i]);
  free(c->set->laws);
  free(c->set);
  csq__store_close(c->store);
  csq__grammar_release(&c->grammar);
  free(c);
}

size_t csq_corpus_law_count(const csq_corpus *c) { return c->set->count; }

const csq_law *csq_corpus_law_at(const csq_corpus *c, size_t i) {
  return i < c->set->count ? c->set->laws[i] : NULL;
}

void csq__corpus_clear(csq_corpus *c) {
  for (size_t i = 0; i < c->set->count; i++)
    csq__law_free(c->set->laws[i]);
  c->set->count = c->set->loaded = 0;
}

static int set_push(law_set *set, csq_law *law) {
  if (set->count == set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 8;
    csq_law **grown = realloc(set->laws, cap * sizeof *grown);
    if (!grown)
      return -1;
    set->laws = grown;
    set->cap = cap;
  }
  set->laws[set->count++] = law;
  return 0;
}

static const csq_law *find_loaded(const law_set *set, const char *name) {
  const csq_law *best = NULL;
  for (size_t i = 0; i < set->count; i++) {
    const csq_law *l = set->laws[i];
    if (strcmp(l->id, name) != 0 && strcmp(l->name, name) != 0)
      continue;
    if (!best || strcmp(l->version, best->version) > 0)
      best = l;
  }
  return best;
}

/* Reads a law from the database into the set; NULL when it is not there. */
static const csq_law *load_stored(const csq_corpus *c, const char *name) {
  if (!c->store)
    return NULL;
  csq_law *law = NULL;
  csq_error err;
  if (csq__store_load_law(c->store, name, &law, &err) != CSQ_OK || !law)
    return NULL;
  if (set_push(c->set, law) != 0) {
    csq__law_free(law);
    return NULL;
  }
  return law;
}

const csq_law *csq_corpus_find_law(const csq_corpus *c, const char *name) {
  const csq_law *law = find_loaded(c->set, name);
  return law ? law : load_stored(c, name);
}

csq_status csq_corpus_open_db(csq_corpus *c, const char *path, csq_error *err) {
  if (c->store)
    return csq__fail(err, CSQ_BAD_QUERY, path, -1, "a database is already attached");
  return csq__store_open(path, &c->store, err);
}

const csq_law *csq_corpus_primary(const csq_corpus *c) {
  if (c->set->loaded)
    return c->set->laws[0];
  if (!c->store)
    return NULL;
  char name[64];
  if (csq__store_primary(c->store, name, sizeof name) != CSQ_OK)
    return NULL;
  return csq_corpus_find_law(c, name);
}

/* ---- checking input ----------------------------------------------------- */

csq_status csq__check_utf8(const char *data, size_t len, const char *source,
                           csq_error *err) {
  int32_t i = 0, n = (int32_t)len;
  if (len > INT32_MAX)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1, "file larger than 2 GiB");
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(data, i, n, c);
    if (c < 0)
      return csq__fail(err, CSQ_BAD_INPUT, source, at,
                       "invalid UTF-8 (byte 0x%02x); expected UTF-8 text or JSON",
                       (unsigned char)data[at]);
    if (c == 0)
      return csq__fail(err, CSQ_BAD_INPUT, source, at,
                       "NUL byte: this is a binary file, not law text or JSON");
  }
  return CSQ_OK;
}

static size_t skip_space(const char *data, size_t len, size_t at) {
  if (at == 0 && len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
    at = 3;
  while (at < len && (data[at] == ' ' || data[at] == '\t' || data[at] == '\n' ||
                      data[at] == '\r'))
    at++;
  return at;
}

/* ---- adding laws -------------------------------------------------------- */

/* Laws a reader emits wait here until the whole input has been read, so
 * that a failing input leaves the corpus as it was. */
typedef struct pending {
  csq_law **laws;
  size_t count, cap;
} pending;

static csq_status collect(void *ctx, csq_law *law, csq_error *err) {
  pending *p = ctx;
  if (p->count == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 4;
    csq_law **grown = realloc(p->laws, cap * sizeof *grown);
    if (!grown) {
      csq__law_free(law);
      return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
    }
    p->laws = grown;
    p->cap = cap;
  }
  p->laws[p->count++] = law;
  return CSQ_OK;
}

static csq_status commit(csq_corpus *c, pending *p, csq_error *err) {
  law_set *set = c->set;
  if (set->count + p->count > set->cap) {
    size_t cap = set->cap ? set->cap : 8;
    while (cap < set->count + p->count)
      cap *= 2;
    csq_law **grown = realloc(set->laws, cap * sizeof *grown);
    if (!grown)
      return csq__fail(err, CSQ_NO_MEMORY, NULL, -1, "out of memory");
    set->laws = grown;
    set->cap = cap;
  }
  /* User-loaded laws stay in front of those read from the database, so
   * that the first law loaded is the primary one. */
  size_t from_db = set->count - set->loaded;
  memmove(set->laws + set->loaded + p->count, set->laws + set->loaded,
          from_db * sizeof *set->laws);
  memcpy(set->laws + set->loaded, p->laws, p->count * sizeof *p->laws);
  set->count += p->count;
  set->loaded += p->count;
  p->count = 0;
  return CSQ_OK;
}

static void discard(pending *p) {
  for (size_t i = 0; i < p->count; i++)
    csq__law_free(p->laws[i]);
  free(p->laws);
}

static csq_status add_buffer(csq_corpus *c, const char *data, size_t len,
                             const char *source, const csq_law_meta *defaults,
                             csq_error *err) {
  size_t start = skip_space(data, len, 0);
  if (start == len)
    return csq__fail(err, CSQ_BAD_INPUT, source, 0,
                     "empty file: expected law text or JSON");
  /* jansson checks JSON for UTF-8 itself (and names the offset); text is
   * checked here, before any pattern runs over it. */
  int json = data[start] == '{' || data[start] == '[';
  csq_status st = json ? CSQ_OK : csq__check_utf8(data, len, source, err);
  if (st != CSQ_OK)
    return st;
  pending p = {0};
  if (json)
    st = csq__read_moj_json(&c->grammar, data, len, source, collect, &p, err);
  else
    st = csq__read_text(&c->grammar, data, len, source, defaults, collect, &p, err);
  if (st == CSQ_OK)
    st = commit(c, &p, err);
  discard(&p);
  return st;
}

csq_status csq_corpus_add_buffer(csq_corpus *c, const char *data, size_t len,
                                 const char *source, csq_error *err) {
  return add_buffer(c, data, len, source ? source : "<buffer>", NULL, err);
}

/* A file named after its law says which law it holds where the text does
 * not: 資通安全管理法施行細則.txt gives the name, A0030297.md the pcode. */
static csq_law_meta meta_from_path(const char *path, char *buf, size_t size) {
  csq_law_meta meta = {0};
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  snprintf(buf, size, "%.*s", (int)len, base);
  int pcode = len == 8 && buf[0] >= 'A' && buf[0] <= 'Z' && strspn(buf + 1, "0123456789") == 7;
  if (pcode)
    meta.id = buf;
  else if ((unsigned char)buf[0] >= 0x80) /* a Chinese name, not data.txt */
    meta.name = buf;
  return meta;
}

csq_status csq_corpus_add_file(csq_corpus *c, const char *path,
                               csq_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return csq__fail(err, CSQ_IO, path, -1, "cannot open: %s", strerror(errno));
  csq_buf buf = {0};
  char chunk[65536];
  size_t n;
  int fail = 0;
  while (!fail && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    fail = csq__buf_append(&buf, chunk, n) != 0;
  int read_error = ferror(f);
  fclose(f);
  csq_status st;
  if (fail)
    st = csq__fail(err, CSQ_NO_MEMORY, path, -1, "out of memory");
  else if (read_error)
    st = csq__fail(err, CSQ_IO, path, -1, "read error");
  else {
    char name[256];
    csq_law_meta meta = meta_from_path(path, name, sizeof name);
    st = add_buffer(c, buf.data ? buf.data : "", buf.len, path, &meta, err);
  }
  csq__buf_free(&buf);
  return st;
}

/* ---- the built-in corpus ------------------------------------------------ */

static const char *json_str(json_t *obj, const char *key) {
  return json_string_value(json_object_get(obj, key));
}

csq_status csq_corpus_add_builtin(csq_corpus *c, csq_error *err) {
  const csq_embedded_file *m = csq__embedded_find("corpus/manifest.json");
  if (!m)
    return csq__fail(err, CSQ_INTERNAL, "<built-in>", -1, "no manifest embedded");
  json_error_t jerr;
  json_t *root = json_loadb((const char *)m->data, m->size, 0, &jerr);
  if (!root)
    return csq__fail(err, CSQ_INTERNAL, "corpus/manifest.json",
                     (long long)jerr.position, "invalid JSON: %s", jerr.text);
  csq_status st = CSQ_OK;
  size_t i;
  json_t *entry;
  json_array_foreach(json_object_get(root, "laws"), i, entry) {
    char path[512];
    snprintf(path, sizeof path, "corpus/%s", json_str(entry, "file") ? json_str(entry, "file") : "");
    const csq_embedded_file *f = csq__embedded_find(path);
    if (!f) {
      st = csq__fail(err, CSQ_INTERNAL, "corpus/manifest.json", -1,
                     "%s is not embedded", path);
      break;
    }
    json_t *parent = json_object_get(entry, "parent");
    csq_law_meta meta = {
        .id = json_str(entry, "id"),
        .name = json_str(entry, "name"),
        .level = json_str(entry, "level"),
        .version = json_str(entry, "version"),
        .parent_id = json_str(parent, "id"),
        .parent_name = json_str(parent, "name"),
        .repealed = json_str(entry, "status") && strcmp(json_str(entry, "status"), "repealed") == 0,
    };
    st = add_buffer(c, (const char *)f->data, f->size, path, &meta, err);
    if (st != CSQ_OK)
      break;
  }
  json_decref(root);
  return st;
}
