/*
 * fuzz.c — the harnesses' shared part: default arguments, rendering every
 * answer in text and JSON, and the invariants every answer keeps (a span
 * is a slice of its node's text, an eId finds its node, JSON parses back).
 * A broken invariant aborts: libFuzzer reports it with the input.
 */
#include "fuzz.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/utf8.h>

void fuzz_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "fuzz_%s: ", fuzz_name);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  abort();
}

FILE *fuzz_sink(void) {
  static FILE *sink;
  if (!sink && !(sink = fopen("/dev/null", "w")))
    fuzz_fail("cannot open /dev/null");
  return sink;
}

char *fuzz_string(const uint8_t *data, size_t size) {
  char *s = malloc(size + 1);
  if (!s)
    fuzz_fail("out of memory");
  memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

/* ---- default arguments --------------------------------------------------- */

/* Without inputs named (options alone, or nothing), a harness fuzzes from
 * its seeds and what earlier runs found, with the dictionary, for a minute
 * unless -max_total_time says otherwise; with inputs named, libFuzzer reads
 * its arguments as usual. libFuzzer calls this before it reads argv. */
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  int has_dict = 0, has_time = 0;
  for (int i = 1; i < *argc; i++) {
    if ((*argv)[i][0] != '-')
      return 0;
    has_dict |= strncmp((*argv)[i], "-dict=", 6) == 0;
    has_time |=
        strncmp((*argv)[i], "-max_total_time=", 16) == 0 || strncmp((*argv)[i], "-runs=", 6) == 0;
  }
  static char corpus[4096], seeds[4096], dict[4096];
  static char *args[256];
  if (*argc > 200)
    return 0;
  snprintf(corpus, sizeof corpus, "%s", CSQ_FUZZ_CORPUS);
  mkdir(corpus, 0755);
  snprintf(corpus, sizeof corpus, "%s/%s", CSQ_FUZZ_CORPUS, fuzz_name);
  mkdir(corpus, 0755);
  snprintf(seeds, sizeof seeds, "%s/%s", CSQ_FUZZ_SEEDS, fuzz_name);
  snprintf(dict, sizeof dict, "-dict=%s/csquery.dict", CSQ_FUZZ_SEEDS);
  int n = 0;
  args[n++] = (*argv)[0];
  if (!has_dict)
    args[n++] = dict;
  if (!has_time)
    args[n++] = "-max_total_time=60";
  args[n++] = "-timeout=10"; /* the options given come after: they win */
  args[n++] = "-print_final_stats=1";
  for (int i = 1; i < *argc; i++)
    args[n++] = (*argv)[i];
  args[n++] = corpus;
  args[n++] = seeds;
  args[n] = NULL;
  *argc = n;
  *argv = args;
  return 0;
}

/* ---- checks --------------------------------------------------------------- */

void fuzz_check_error(csq_status st, const csq_error *err) {
  if (st == CSQ_OK)
    return;
  if (st == CSQ_INTERNAL || (unsigned)st > CSQ_INTERNAL)
    fuzz_fail("internal error: %s", err->message);
  if (err->status != st || !err->message[0])
    fuzz_fail("status %d (%s) came with no message", (int)st, csq_status_name(st));
}

static void check_utf8(const char *what, const char *s, size_t len) {
  int32_t i = 0, n = (int32_t)len;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c <= 0)
      fuzz_fail("%s is not valid UTF-8 text at byte %d", what, (int)i);
  }
}

/* Renders into memory, in both formats; the JSON must parse. */
typedef csq_status (*render_fn)(FILE *, const csq_render_options *, const void *, csq_error *);

static void render_both(render_fn render, const void *list) {
  csq_error err;
  csq_render_options text = {.format = CSQ_FORMAT_TEXT, .with_target_text = 1},
                     json = {.format = CSQ_FORMAT_JSON, .with_target_text = 1};
  csq_status st = render(fuzz_sink(), &text, list, &err);
  fuzz_check_error(st, &err);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  if (!mem)
    fuzz_fail("open_memstream");
  st = render(mem, &json, list, &err);
  fclose(mem);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK) {
    json_error_t jerr;
    json_t *doc = json_loadb(buf, len, 0, &jerr);
    if (!doc)
      fuzz_fail("the JSON rendered does not parse: %s at byte %d", jerr.text, jerr.position);
    json_decref(doc);
  }
  free(buf);
}

static void check_node(const csq_law *law, const csq_node *n) {
  size_t len;
  const char *text = csq_node_text(n, &len);
  if (strlen(text) != len)
    fuzz_fail("node %s: text length %zu, but %zu bytes to its NUL", csq_node_eid(n), len,
              strlen(text));
  check_utf8("a node's text", text, len);
  check_utf8("an eId", csq_node_eid(n), strlen(csq_node_eid(n)));
  check_utf8("a citation", csq_node_cite(n), strlen(csq_node_cite(n)));
  if (csq_node_kind(n) != CSQ_LAW && csq_law_find(law, csq_node_eid(n)) != n)
    fuzz_fail("eId %s does not find its node", csq_node_eid(n));
  if (csq_node_law(n) != law)
    fuzz_fail("node %s names another law", csq_node_eid(n));
  size_t children = 0;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c), children++) {
    if (csq_node_parent(c) != n)
      fuzz_fail("node %s: a child has another parent", csq_node_eid(n));
    check_node(law, c);
  }
  if (children != csq_node_child_count(n))
    fuzz_fail("node %s: %zu children, counted %zu", csq_node_eid(n), csq_node_child_count(n),
              children);
}

static size_t code_points(const char *s, size_t len) {
  size_t count = 0;
  int32_t i = 0, n = (int32_t)len;
  while (i < n) {
    U8_FWD_1(s, i, n);
    count++;
  }
  return count;
}

void fuzz_law(const csq_law *law) {
  check_utf8("a law's name", csq_law_name(law), strlen(csq_law_name(law)));
  const csq_node *root = csq_law_root(law);
  if (!root || csq_node_kind(root) != CSQ_LAW)
    fuzz_fail("a law without its root");
  check_node(law, root);
  csq_error err;
  csq_render_options text = {.format = CSQ_FORMAT_TEXT}, json = {.format = CSQ_FORMAT_JSON};
  fuzz_check_error(csq_render_law(fuzz_sink(), &text, law, &err), &err);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  csq_status st = csq_render_law(mem, &json, law, &err);
  fclose(mem);
  fuzz_check_error(st, &err);
  json_error_t jerr;
  json_t *doc = st == CSQ_OK ? json_loadb(buf, len, 0, &jerr) : NULL;
  if (st == CSQ_OK && !doc)
    fuzz_fail("the law's JSON does not parse: %s", jerr.text);
  json_decref(doc);
  free(buf);
}

void fuzz_nodes(const csq_node_list *nodes) {
  for (size_t i = 0; i < csq_node_list_count(nodes); i++)
    if (!csq_node_list_at(nodes, i))
      fuzz_fail("a node list holds NULL");
  if (csq_node_list_at(nodes, csq_node_list_count(nodes)))
    fuzz_fail("a node list past its end is not NULL");
  render_both((render_fn)csq_render_nodes, nodes);
}

static void check_citation(const csq_citation *c) {
  size_t len;
  const char *text = csq_node_text(csq_citation_from(c), &len);
  size_t bs = csq_citation_byte_start(c), be = csq_citation_byte_end(c);
  if (bs > be || be > len)
    fuzz_fail("citation [%zu, %zu) outside its node's %zu bytes", bs, be, len);
  const char *written = csq_citation_text(c);
  if (strlen(written) != be - bs || memcmp(written, text + bs, be - bs) != 0)
    fuzz_fail("citation 「%s」 is not the slice of its node's text", written);
  if (csq_citation_start(c) != code_points(text, bs) ||
      csq_citation_end(c) != code_points(text, be))
    fuzz_fail("citation 「%s」: code points and bytes disagree", written);
  for (size_t t = 0; t < csq_citation_target_count(c); t++) {
    const csq_target *x = csq_citation_target(c, t);
    if (!x)
      fuzz_fail("citation 「%s」: target %zu is NULL", written, t);
    check_utf8("a target's law", csq_target_law_name(x), strlen(csq_target_law_name(x)));
    const csq_node *n = csq_target_node(x);
    if (n && strcmp(csq_node_eid(n), csq_target_eid(x)) != 0)
      fuzz_fail("target %s points at node %s", csq_target_eid(x), csq_node_eid(n));
  }
}

void fuzz_citations(const csq_citation_list *list) {
  for (size_t i = 0; i < csq_citation_list_count(list); i++)
    check_citation(csq_citation_list_at(list, i));
  render_both((render_fn)csq_render_citations, list);
}

void fuzz_cited_by(const csq_cited_by_list *list) {
  for (size_t i = 0; i < csq_cited_by_list_count(list); i++) {
    const csq_cited_by *x = csq_cited_by_list_at(list, i);
    if (x->target >= csq_citation_target_count(x->citation))
      fuzz_fail("a cited-by answer names target %zu of %zu", x->target,
                csq_citation_target_count(x->citation));
  }
  render_both((render_fn)csq_render_cited_by, list);
}

void fuzz_obligations(const csq_obligation_list *list) {
  for (size_t i = 0; i < csq_obligation_list_count(list); i++) {
    const csq_obligation *o = csq_obligation_list_at(list, i);
    size_t len;
    const char *text = csq_node_text(csq_obligation_node(o), &len);
    size_t cps = code_points(text, len);
    for (int part = CSQ_PART_CLAUSE; part <= CSQ_PART_CONDITION; part++) {
      size_t s, e;
      if (csq_obligation_span(o, (csq_obligation_part)part, &s, &e) && (s > e || e > cps))
        fuzz_fail("obligation part %d [%zu, %zu) outside its node's %zu code points", part, s, e,
                  cps);
      const char *t = csq_obligation_text(o, (csq_obligation_part)part);
      check_utf8("an obligation's part", t, strlen(t));
    }
  }
  render_both((render_fn)csq_render_obligations, list);
}

static void check_definition(const csq_definition *d) {
  size_t len, ts, te, ms, me;
  const char *text = csq_node_text(csq_definition_node(d), &len);
  size_t cps = code_points(text, len);
  csq_definition_spans(d, &ts, &te, &ms, &me);
  if (ts > te || te > cps || ms > me || me > cps)
    fuzz_fail("definition of %s: spans outside its node's %zu code points", csq_definition_term(d),
              cps);
  check_utf8("a term", csq_definition_term(d), strlen(csq_definition_term(d)));
  check_utf8("a meaning", csq_definition_meaning(d), strlen(csq_definition_meaning(d)));
}

void fuzz_definitions(const csq_definition_list *list) {
  for (size_t i = 0; i < csq_definition_list_count(list); i++)
    check_definition(csq_definition_list_at(list, i));
  render_both((render_fn)csq_render_definitions, list);
}

void fuzz_hits(const csq_hits *hits) {
  if (csq_hits_count(hits) > csq_hits_total(hits) + csq_hits_listed(hits))
    fuzz_fail("%zu hits shown of %zu found and %zu listed", csq_hits_count(hits),
              csq_hits_total(hits), csq_hits_listed(hits));
  for (size_t i = 0; i < csq_hits_count(hits); i++)
    check_utf8("a snippet", csq_hit_snippet(hits, i), strlen(csq_hit_snippet(hits, i)));
  render_both((render_fn)csq_render_hits, hits);
}

/* ---- every question -------------------------------------------------------- */

/* The first two characters of the first node with text: a search term
 * that finds something. */
static int search_term(const csq_node *n, char *buf, size_t size) {
  size_t len;
  const char *text = csq_node_text(n, &len);
  int32_t i = 0, end = (int32_t)len;
  U8_FWD_N(text, i, end, 2);
  if (i > 0 && (size_t)i < size && memchr(text, '"', (size_t)i) == NULL) {
    memcpy(buf, text, (size_t)i);
    buf[i] = '\0';
    return 1;
  }
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    if (search_term(c, buf, size))
      return 1;
  return 0;
}

/* Looks up every article (the first hundred) by its citation. When
 * `thorough`, asks the library what the first one cites and who cites it
 * too (each such question reads the whole corpus's citations again). */
static void ask_article(csq_library *lib, const csq_law *law, const csq_node *n, int thorough) {
  csq_error err;
  csq_node_list *m = NULL;
  csq_status st = csq_lookup(lib, law, csq_node_cite(n), &m, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_nodes(m);
  if (st == CSQ_OK && thorough) {
    csq_citation_list *cl = NULL;
    st = csq_find_citations(lib, m, &cl, &err);
    fuzz_check_error(st, &err);
    if (st == CSQ_OK)
      fuzz_citations(cl);
    csq_citation_list_free(cl);
  }
  csq_node_list_free(m);
  if (thorough) {
    csq_cited_by_list *cb = NULL;
    st = csq_find_cited_by(lib, law, csq_node_cite(n), &cb, &err);
    fuzz_check_error(st, &err);
    if (st == CSQ_OK)
      fuzz_cited_by(cb);
    csq_cited_by_list_free(cb);
  }
}

static void ask_articles(csq_library *lib, const csq_law *law, int thorough) {
  size_t asked = 0;
  for (const csq_node *n = csq_node_first_child(csq_law_root(law)); n && asked < 100;) {
    if (csq_node_kind(n) == CSQ_ARTICLE)
      ask_article(lib, law, n, thorough && asked++ == 0);
    /* articles under headings: depth first, headings only */
    if (csq_kind_is_heading(csq_node_kind(n)) && csq_node_first_child(n))
      n = csq_node_first_child(n);
    else {
      while (n && !csq_node_next(n) && csq_node_parent(n) != csq_law_root(law))
        n = csq_node_parent(n);
      n = n ? csq_node_next(n) : NULL;
    }
  }
}

/* What the extractors found in a law, as their own lists give it. */
static void ask_extractors(const csq_law *law, const csq_refs *refs, const csq_obligations *obls,
                           const csq_definitions *defs) {
  csq_error err;
  csq_citation_list *cl = NULL;
  csq_status st = csq_refs_from(refs, csq_law_root(law), 1, &cl, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_citations(cl);
  csq_citation_list_free(cl);
  const csq_node *first = csq_node_first_child(csq_law_root(law));
  csq_cited_by_list *cb = NULL;
  st = csq_refs_cited_by(refs, csq_law_id(law)[0] ? csq_law_id(law) : csq_law_name(law),
                         first ? csq_node_eid(first) : "", &cb, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_cited_by(cb);
  csq_cited_by_list_free(cb);
  csq_obligation_filter all = {1, -1, NULL};
  csq_obligation_list *ol = NULL;
  st = csq_obligations_in(obls, csq_law_root(law), &all, &ol, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_obligations(ol);
  csq_obligation_list_free(ol);
  for (size_t i = 0; i < csq_definitions_count(defs); i++) {
    const csq_definition *d = csq_definitions_at(defs, i);
    if (csq_node_law(csq_definition_node(d)) != law)
      continue;
    check_definition(d);
    csq_node_list *uses = NULL;
    st = csq_definition_uses(d, &uses, &err);
    fuzz_check_error(st, &err);
    csq_node_list_free(uses);
  }
}

/* The library's questions of a law: lookups, and when `thorough` its
 * obligations, a definition, what a provision cites and who cites it. */
static void ask_law(csq_library *lib, const csq_law *law, const csq_definitions *defs,
                    int thorough) {
  csq_error err;
  fuzz_law(law);
  ask_articles(lib, law, thorough);
  if (!thorough)
    return;
  csq_obligation_list *ol = NULL;
  csq_status st = csq_find_obligations(lib, law, NULL, NULL, &ol, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_obligations(ol);
  csq_obligation_list_free(ol);
  for (size_t i = 0; i < csq_definitions_count(defs); i++) {
    const csq_definition *d = csq_definitions_at(defs, i);
    if (csq_node_law(csq_definition_node(d)) != law)
      continue;
    csq_definition_list *dl = NULL;
    st = csq_find_definitions(lib, law, csq_definition_term(d), &dl, &err);
    fuzz_check_error(st, &err);
    if (st == CSQ_OK)
      fuzz_definitions(dl);
    csq_definition_list_free(dl);
    break;
  }
}

void fuzz_everything(csq_corpus *corpus, size_t first, int thorough) {
  csq_error err;
  csq_library *lib = NULL;
  csq_refs *refs = NULL;
  csq_obligations *obls = NULL;
  csq_definitions *defs = NULL;
  csq_status st = csq_library_new(corpus, NULL, &lib, &err);
  if (st == CSQ_OK)
    st = csq_refs_build(corpus, &refs, &err);
  if (st == CSQ_OK)
    st = csq_obligations_build(corpus, &obls, &err);
  if (st == CSQ_OK)
    st = csq_definitions_build(corpus, refs, &defs, &err);
  fuzz_check_error(st, &err);
  for (size_t i = 0; st == CSQ_OK && i < csq_refs_count(refs); i++)
    check_citation(csq_refs_at(refs, i));
  for (size_t i = first; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++) {
    ask_extractors(csq_corpus_law_at(corpus, i), refs, obls, defs);
    ask_law(lib, csq_corpus_law_at(corpus, i), defs, thorough);
  }
  if (st == CSQ_OK && thorough) {
    csq_citation_list *dangling = NULL;
    st = csq_find_dangling(lib, &dangling, &err);
    fuzz_check_error(st, &err);
    if (st == CSQ_OK)
      fuzz_citations(dangling);
    csq_citation_list_free(dangling);
  }
  char term[64];
  if (st == CSQ_OK && first < csq_corpus_law_count(corpus) &&
      search_term(csq_law_root(csq_corpus_law_at(corpus, first)), term, sizeof term)) {
    csq_hits *hits = NULL;
    st = csq_search(lib, term, NULL, &hits, &err);
    fuzz_check_error(st, &err);
    if (st == CSQ_OK)
      fuzz_hits(hits);
    csq_hits_free(hits);
  }
  csq_definitions_free(defs);
  csq_obligations_free(obls);
  csq_refs_free(refs);
  csq_library_free(lib);
}
