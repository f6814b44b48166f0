/*
 * corpus.c — the set of loaded laws: picks the reader for each input,
 * checks the bytes before any reader sees them, and serves the built-in
 * corpus (corpus/ compiled into the binary).
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "reading/reading.h"

/* One law under one of its keys (pcode, name): a chain of the laws that
 * share the key, newest link first. `rank` is the law's place in the
 * corpus order (the user's laws first, then the adopted ones, each in the
 * order they came), which decides between two laws of one version. */
typedef struct key_link {
  const csq_law *law;
  uint64_t rank;
  size_t next; /* the next link of the key + 1; 0 ends the chain */
} key_link;

#define ADOPTED_RANK (UINT64_C(1) << 62)

struct csq_corpus {
  const csq_mem *mem;
  csq_grammar grammar; /* compiled when the first law comes in */
  int compiled;
  CSQ_VEC(csq_law *) laws;
  size_t loaded; /* how many the user loaded; the rest were adopted (read from a database) */
  /* Laws by pcode and by name: a lookup among 11,542 laws is a hash probe,
   * not a scan (csq_lookup finds its law on every call). */
  csq__u64map by_key; /* hash of a key → its first link + 1 */
  CSQ_VEC(key_link) links;
  uint64_t next_rank;
};

const csq_grammar *csq__corpus_grammar(const csq_corpus *c) { return &c->grammar; }
const csq_mem *csq__corpus_mem(const csq_corpus *c) { return c->mem; }

csq_status csq_corpus_new(const csq_mem *mem, csq_corpus **out, csq_error *err) {
  csq_corpus *c = csq__calloc(mem, 1, sizeof *c);
  if (!c)
    return csq__oom(err);
  c->mem = mem;
  c->by_key.mem = mem;
  *out = c;
  return CSQ_OK;
}

/* The readers' patterns are compiled when a law first comes in, by a
 * reader or from a database, not when the corpus is made: a search or a
 * question answered from the database alone needs none of them. Every law
 * comes in through add_buffer or csq__corpus_adopt, so a corpus that holds
 * a law has its grammar. */
static csq_status compile_grammar(csq_corpus *c, csq_error *err) {
  if (c->compiled)
    return CSQ_OK;
  csq_status st = csq__grammar_init(&c->grammar, err);
  c->compiled = st == CSQ_OK;
  return st;
}

/* ---- the index of laws by key -------------------------------------------- */

static int index_key(csq_corpus *c, const char *key, const csq_law *law, uint64_t rank) {
  if (!key[0])
    return 0;
  uint64_t h = csq__hash_bytes(key, strlen(key)), head = 0;
  csq__u64map_get(&c->by_key, h, &head);
  key_link link = {law, rank, (size_t)head};
  if (csq__vec_push(c->mem, &c->links, link) != 0)
    return -1;
  return csq__u64map_put(&c->by_key, h, c->links.count);
}

/* Indexes law under its pcode and its name; 0 or -1. */
static int index_law(csq_corpus *c, const csq_law *law, int adopted) {
  uint64_t rank = (adopted ? ADOPTED_RANK : 0) + c->next_rank++;
  if (index_key(c, law->id, law, rank) != 0)
    return -1;
  return strcmp(law->name, law->id) == 0 ? 0 : index_key(c, law->name, law, rank);
}

/* The index again from the laws, after some were taken out: in the room
 * the index has, so it cannot fail. */
static void reindex(csq_corpus *c) {
  csq__u64map_clear(&c->by_key);
  c->links.count = 0;
  c->next_rank = 0;
  for (size_t i = 0; i < c->laws.count; i++)
    (void)index_law(c, c->laws.items[i], i >= c->loaded);
}

/* The next law (after link `at`, 0 for the first) whose pcode or name is
 * `key`; NULL at the end. */
static const key_link *next_with_key(const csq_corpus *c, const char *key, size_t *at) {
  uint64_t head = 0;
  if (*at == 0 && !csq__u64map_get(&c->by_key, csq__hash_bytes(key, strlen(key)), &head))
    return NULL;
  for (size_t i = *at ? c->links.items[*at - 1].next : (size_t)head; i;
       i = c->links.items[i - 1].next) {
    const csq_law *l = c->links.items[i - 1].law;
    if (strcmp(l->id, key) == 0 || strcmp(l->name, key) == 0) {
      *at = i;
      return &c->links.items[i - 1];
    }
  }
  return NULL;
}

void csq__corpus_clear(csq_corpus *c) {
  for (size_t i = 0; i < c->laws.count; i++)
    csq__law_free(c->laws.items[i]);
  c->laws.count = c->loaded = 0;
  reindex(c);
}

void csq_corpus_free(csq_corpus *c) {
  if (!c)
    return;
  csq__corpus_clear(c);
  csq__vec_free(c->mem, &c->laws);
  csq__u64map_free(&c->by_key);
  csq__vec_free(c->mem, &c->links);
  if (c->compiled)
    csq__grammar_release(&c->grammar);
  csq__free(c->mem, c);
}

size_t csq_corpus_law_count(const csq_corpus *c) { return c->laws.count; }

const csq_law *csq_corpus_law_at(const csq_corpus *c, size_t i) {
  return i < c->laws.count ? c->laws.items[i] : NULL;
}

const csq_law *csq__corpus_find_law_at(const csq_corpus *c, const char *name, const char *date) {
  const key_link *best = NULL, *k;
  for (size_t at = 0; (k = next_with_key(c, name, &at)) != NULL;) {
    const char *version = k->law->version;
    if (date && date[0] && version[0] && strcmp(version, date) > 0)
      continue; /* not yet in force then */
    int later = best ? strcmp(version, best->law->version) : 1;
    if (later > 0 || (later == 0 && k->rank < best->rank))
      best = k;
  }
  return best ? best->law : NULL;
}

const csq_law *csq_corpus_find_law(const csq_corpus *c, const char *name) {
  return csq__corpus_find_law_at(c, name, NULL);
}

int csq__corpus_adopted(const csq_corpus *c, const csq_law *law) {
  const key_link *k;
  for (size_t at = 0; (k = next_with_key(c, law->id[0] ? law->id : law->name, &at)) != NULL;)
    if (k->law == law)
      return k->rank >= ADOPTED_RANK;
  return 0;
}

const csq_law *csq__corpus_find_version(const csq_corpus *c, const char *key, const char *version) {
  const key_link *best = NULL, *k;
  for (size_t at = 0; (k = next_with_key(c, key, &at)) != NULL;) {
    const csq_law *l = k->law;
    if (strcmp(l->id[0] ? l->id : l->name, key) == 0 && strcmp(l->version, version) == 0 &&
        (!best || k->rank < best->rank))
      best = k;
  }
  return best ? best->law : NULL;
}

size_t csq__corpus_drop(csq_corpus *c, int (*keep)(void *ctx, const csq_law *law), void *ctx) {
  size_t kept = 0, loaded = 0, dropped = 0;
  for (size_t i = 0; i < c->laws.count; i++) {
    csq_law *l = c->laws.items[i];
    if (keep(ctx, l)) {
      loaded += i < c->loaded;
      c->laws.items[kept++] = l;
    } else {
      csq__law_free(l);
      dropped++;
    }
  }
  c->laws.count = kept;
  c->loaded = loaded;
  if (dropped)
    reindex(c);
  return dropped;
}

const csq_law *csq__corpus_first_loaded(const csq_corpus *c) {
  return c->loaded ? c->laws.items[0] : NULL;
}

csq_status csq__corpus_adopt(csq_corpus *c, csq_law *law, csq_error *err) {
  csq_status st = compile_grammar(c, err);
  if (st != CSQ_OK) {
    csq__law_free(law);
    return st;
  }
  /* room for the law and its two keys first: indexing it cannot then fail
   * half way, leaving a key of a law freed */
  if (csq__vec_grow(c->mem, &c->laws, 1) != 0 || csq__vec_grow(c->mem, &c->links, 2) != 0 ||
      csq__u64map_reserve(&c->by_key, c->by_key.count + 2) != 0) {
    csq__law_free(law);
    return csq__oom(err);
  }
  c->laws.items[c->laws.count++] = law;
  (void)index_law(c, law, 1);
  return CSQ_OK;
}

/* ---- adding laws -------------------------------------------------------- */

/* Where the content starts: after a UTF-8 byte order mark and white space. */
static size_t skip_space(const char *data, size_t len) {
  size_t at = csq__bom_len(data, len), step;
  while ((step = csq__space_len(data + at, len - at)) != 0)
    at += step;
  return at;
}

/* Laws a reader emits wait here until the whole input has been read, so
 * that a failing input leaves the corpus as it was. */
typedef struct pending {
  const csq_mem *mem;
  CSQ_VEC(csq_law *) laws;
} pending;

static csq_status collect(void *ctx, csq_law *law, csq_error *err) {
  pending *p = ctx;
  if (csq__vec_push(p->mem, &p->laws, law) != 0) {
    csq__law_free(law);
    return csq__oom(err);
  }
  return CSQ_OK;
}

/* User-loaded laws stay in front of those read from a database, so that
 * the first law loaded is the primary one. */
static csq_status commit(csq_corpus *c, pending *p, csq_error *err) {
  size_t n = p->laws.count;
  if (csq__vec_grow(c->mem, &c->laws, n) != 0 || csq__vec_grow(c->mem, &c->links, 2 * n) != 0 ||
      csq__u64map_reserve(&c->by_key, c->by_key.count + 2 * n) != 0)
    return csq__oom(err);
  csq_law **laws = c->laws.items;
  memmove(laws + c->loaded + n, laws + c->loaded, (c->laws.count - c->loaded) * sizeof *laws);
  memcpy(laws + c->loaded, p->laws.items, n * sizeof *laws);
  c->laws.count += n;
  c->loaded += n;
  p->laws.count = 0;
  for (size_t i = 0; i < n; i++)
    if (index_law(c, laws[c->loaded - n + i], 0) != 0)
      return csq__oom(err); /* cannot fail: the room was reserved above */
  return CSQ_OK;
}

static void discard(pending *p) {
  for (size_t i = 0; i < p->laws.count; i++)
    csq__law_free(p->laws.items[i]);
  csq__vec_free(p->mem, &p->laws);
}

/* The official JSON after a UTF-8 byte order mark, as the text readers
 * take one; offsets in errors stay offsets into the file. */
static csq_status read_json(csq_corpus *c, const char *data, size_t len, const char *source,
                            pending *p, csq_error *err) {
  size_t bom = csq__bom_len(data, len);
  csq_status st =
      csq__read_moj_json(&c->grammar, c->mem, data + bom, len - bom, source, collect, p, err);
  if (st != CSQ_OK && err && err->offset >= 0)
    err->offset += (long long)bom;
  return st;
}

static csq_status add_buffer(csq_corpus *c, const char *data, size_t len, const char *source,
                             const csq_law_meta *defaults, csq_error *err) {
  /* A name that is not UTF-8 (a file's) is shown with its stray bytes as
   * \xNN: it goes into messages, the law's source and JSON. */
  char shown[4096];
  source = csq__quote(source, shown, sizeof shown);
  if (len > CSQ_MAX_FILE)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1,
                     "%zu bytes; csquery reads files of up to %d MiB (docs/reliability.md)", len,
                     CSQ_MAX_FILE >> 20);
  size_t start = skip_space(data, len);
  if (start == len)
    return csq__fail(err, CSQ_BAD_INPUT, source, 0, "empty file: expected law text or JSON");
  /* jansson checks JSON for UTF-8 itself (and names the offset); text is
   * checked here, before any pattern runs over it. */
  int json = data[start] == '{' || data[start] == '[';
  csq_status st = compile_grammar(c, err);
  if (st == CSQ_OK && !json)
    st = csq__check_utf8(data, len, source, err);
  if (st != CSQ_OK)
    return st;
  pending p = {.mem = c->mem};
  if (json)
    st = read_json(c, data, len, source, &p, err);
  else
    st = csq__read_text(&c->grammar, c->mem, data, len, source, defaults, collect, &p, err);
  if (st == CSQ_OK)
    st = commit(c, &p, err);
  discard(&p);
  return st;
}

csq_status csq_corpus_add_buffer(csq_corpus *c, const char *data, size_t len, const char *source,
                                 csq_error *err) {
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

csq_status csq_corpus_add_file(csq_corpus *c, const char *path, csq_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return csq__fail_cause(err, CSQ_IO, errno, path, -1, "cannot open: %s", strerror(errno));
  struct stat sb;
  if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    fclose(f);
    return csq__fail(err, CSQ_IO, path, -1,
                     "is a folder, not a law file: name its files, or import the folder with "
                     "csquery import FOLDER");
  }
  if (S_ISREG(sb.st_mode) && sb.st_size > CSQ_MAX_FILE) {
    fclose(f);
    return csq__fail(err, CSQ_BAD_INPUT, path, -1,
                     "%lld bytes; csquery reads files of up to %d MiB (docs/reliability.md)",
                     (long long)sb.st_size, CSQ_MAX_FILE >> 20);
  }
  csq_buf buf = {.mem = c->mem};
  char chunk[65536];
  size_t n;
  int fail = 0, too_large = 0;
  /* Read no further than the limit (a pipe or a device has no size). */
  while (!fail && !too_large && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    too_large = buf.len + n > (size_t)CSQ_MAX_FILE;
    fail = !too_large && csq__buf_append(&buf, chunk, n) != 0;
  }
  int read_error = ferror(f) ? errno : 0;
  fclose(f);
  csq_status st;
  if (too_large)
    st = csq__fail(err, CSQ_BAD_INPUT, path, (long long)CSQ_MAX_FILE,
                   "larger than %d MiB; csquery reads files of up to %d MiB (docs/reliability.md)",
                   CSQ_MAX_FILE >> 20, CSQ_MAX_FILE >> 20);
  else if (fail)
    st = csq__oom(err);
  else if (read_error)
    st =
        csq__fail_cause(err, CSQ_IO, read_error, path, -1, "cannot read: %s", strerror(read_error));
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

static csq_status load_manifest(json_t **out, csq_error *err) {
  const csq_embedded_file *m = csq__embedded_find("corpus/manifest.json");
  if (!m)
    return csq__fail(err, CSQ_INTERNAL, "<built-in>", -1, "no manifest embedded");
  json_error_t jerr;
  *out = json_loadb((const char *)m->data, m->size, 0, &jerr);
  if (!*out)
    return csq__fail(err, CSQ_INTERNAL, "corpus/manifest.json", (long long)jerr.position,
                     "invalid JSON: %s", jerr.text);
  return CSQ_OK;
}

csq_status csq__manifest_primary(char *buf, size_t size, csq_error *err) {
  json_t *root;
  csq_status st = load_manifest(&root, err);
  if (st != CSQ_OK)
    return st;
  const char *id = json_str(root, "primary");
  if (id)
    snprintf(buf, size, "%s", id);
  else
    st = csq__fail(err, CSQ_INTERNAL, "corpus/manifest.json", -1, "no \"primary\" law");
  json_decref(root);
  return st;
}

csq_status csq_corpus_add_builtin(csq_corpus *c, csq_error *err) {
  json_t *root;
  csq_status st = load_manifest(&root, err);
  if (st != CSQ_OK)
    return st;
  size_t i;
  json_t *entry;
  json_array_foreach(json_object_get(root, "laws"), i, entry) {
    char path[512];
    snprintf(path, sizeof path, "corpus/%s",
             json_str(entry, "file") ? json_str(entry, "file") : "");
    const csq_embedded_file *f = csq__embedded_find(path);
    if (!f) {
      st = csq__fail(err, CSQ_INTERNAL, "corpus/manifest.json", -1, "%s is not embedded", path);
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
