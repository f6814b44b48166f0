/*
 * test_exports.c — exports: Akoma Ntoso documents of the seed, of the key
 * laws of ../shared/corpus/moj/key and of 200 national laws drawn at random
 * (fixed seed) validate against the OASIS schema with `xmllint --schema`
 * and say what the law says (FRBR, structure, refs to the version named,
 * definitions); the edition's citations, cited-by, exceptions and terms;
 * rules as JSON Lines, one object a line; the command's errors. Fails
 * (never skips) when xmllint or the shared corpus is missing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "corpus_dir.h"
#include "csquery.h"

#define SAMPLE_SIZE 200
#define SAMPLE_SEED 20261202u

static const char *const KEY_LAWS[] = {"A0030303", "A0030297", "A0030304", "A0030305", "A0020041",
                                       "I0060003", "J0080037", "A0030306", "A0030308", "T0020001"};
#define KEY_COUNT (sizeof KEY_LAWS / sizeof *KEY_LAWS)

/* ---- helpers ------------------------------------------------------------------ */

static char *temp_dir(void) {
  char *dir = strdup("/tmp/csq_test_exports_XXXXXX");
  assert_non_null(dir);
  assert_non_null(mkdtemp(dir));
  return dir;
}

static void remove_dir(char *dir) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(dir);
}

/* The OASIS schema beside the shared corpus: ../shared/schema/akn. */
static const char *akn_schema(void) {
  static char path[4096];
  const char *corpus = csq_test_shared_corpus();
  assert_non_null(corpus);
  snprintf(path, sizeof path, "%s/../schema/akn/akomantoso30.xsd", corpus);
  assert_int_equal(access(path, R_OK), 0);
  return path;
}

/* xmllint --schema over every .xml of dir: 0 when all `expected` files
 * validate; what xmllint said of the others on stderr. */
static int xmllint_dir(const char *dir, size_t expected) {
  char cmd[16384], log[1024];
  snprintf(log, sizeof log, "%s.log", dir);
  snprintf(cmd, sizeof cmd, "ls '%s'/*.xml | xargs -n 500 xmllint --noout --schema '%s' >'%s' 2>&1",
           dir, akn_schema(), log);
  int rc = system(cmd);
  size_t len;
  char *out = csq_test_read_file(log, &len);
  assert_non_null(out);
  size_t valid = 0;
  for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
    size_t len = strlen(line);
    if (len > 10 && strcmp(line + len - 10, " validates") == 0)
      valid++;
    else
      fprintf(stderr, "xmllint: %s\n", line);
  }
  free(out);
  unlink(log);
  fprintf(stderr, "%zu of %zu documents validate\n", valid, expected);
  return WIFEXITED(rc) && WEXITSTATUS(rc) == 0 && valid == expected ? 0 : 1;
}

static csq_corpus *key_corpus(void) {
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  for (size_t i = 0; i < KEY_COUNT; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/moj/key/ch/%s.json", shared, KEY_LAWS[i]);
    assert_int_equal(csq_corpus_add_file(c, path, &err), CSQ_OK);
  }
  return c;
}

/* Exports every law of `corpus` in `format` into dir. */
static void export_all(csq_corpus *corpus, csq_format format, const char *dir) {
  csq_library *lib;
  csq_export *ex;
  csq_error err;
  assert_int_equal(csq_library_new(corpus, NULL, &lib, &err), CSQ_OK);
  assert_int_equal(csq_export_new(lib, NULL, 0, &ex, &err), CSQ_OK);
  csq_render_options o = {.format = format};
  if (csq_export_write(ex, &o, dir, stdout, &err) != CSQ_OK)
    fail_msg("export: %s", err.message);
  csq_export_free(ex);
  csq_library_free(lib);
}

static char *read_in(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t len;
  char *s = csq_test_read_file(path, &len);
  if (!s)
    fail_msg("cannot read %s", path);
  return s;
}

static size_t occurrences(const char *s, const char *what) {
  size_t n = 0;
  for (const char *p = strstr(s, what); p; p = strstr(p + 1, what))
    n++;
  return n;
}

/* ---- Akoma Ntoso ----------------------------------------------------------------- */

static void akn_seed(void **state) {
  (void)state;
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_builtin(c, &err), CSQ_OK);
  char *dir = temp_dir();
  export_all(c, CSQ_FORMAT_AKN, dir);
  assert_int_equal(xmllint_dir(dir, 1), 0);
  char *doc = read_in(dir, "A0030303@2021-08-23.xml");
  assert_non_null(strstr(doc, "<act name=\"regulation\">"));
  assert_non_null(strstr(doc, "<FRBRuri value=\"/akn/tw/act/A0030303\"/>"));
  assert_non_null(strstr(doc, "<FRBRuri value=\"/akn/tw/act/A0030303/zho@2021-08-23\"/>"));
  assert_non_null(strstr(doc, "<FRBRlanguage language=\"zho\"/>"));
  assert_int_equal(occurrences(doc, "<article eId=\"art_"), 13);
  assert_non_null(strstr(doc, "<paragraph eId=\"art_4__para_1\"><intro><p>"));
  assert_non_null(strstr(doc, "<subparagraph eId=\"art_4__para_1__subpara_1\"><num>一、</num>"));
  /* 前項第四款 in §4¶2: a ref to this version's §4¶1(4) */
  assert_non_null(strstr(doc, "<ref href=\"/akn/tw/act/A0030303/zho@2021-08-23/"
                              "~art_4__para_1__subpara_4\">前項第四款</ref>"));
  /* the definition of 核心資通系統 (§7¶2), and a use of it elsewhere */
  assert_non_null(strstr(doc, ">核心資通系統</def>"));
  assert_true(occurrences(doc, ">核心資通系統</term>") >= 1);
  assert_non_null(strstr(doc, "showAs=\"核心資通系統\""));
  free(doc);
  remove_dir(dir);
  csq_corpus_free(c);
}

static void akn_key_laws(void **state) {
  (void)state;
  csq_corpus *c = key_corpus();
  char *dir = temp_dir();
  export_all(c, CSQ_FORMAT_AKN, dir);
  assert_int_equal(xmllint_dir(dir, KEY_COUNT), 0);
  /* With the act loaded, 本法第二十二條 links its 2018 version. */
  char *doc = read_in(dir, "A0030303@2021-08-23.xml");
  assert_non_null(strstr(doc, "<ref href=\"/akn/tw/act/A0030297/zho@2018-06-06/~art_22\">"));
  free(doc);
  /* 民法-like headings: 國家機密保護法 has chapters */
  doc = read_in(dir, "I0060003@2023-12-27.xml");
  assert_non_null(strstr(doc, "<chapter eId=\"chp_1\"><num>"));
  free(doc);
  remove_dir(dir);
  csq_corpus_free(c);
}

static void akn_national_sample(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  size_t count;
  char **files = csq_test_list_laws(ch, &count);
  assert_true(count > 10000);
  srand(SAMPLE_SEED);
  for (size_t i = 0; i < SAMPLE_SIZE; i++) { /* the first 200 of a shuffle */
    size_t j = i + (size_t)rand() % (count - i);
    char *t = files[i];
    files[i] = files[j];
    files[j] = t;
  }
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  for (size_t i = 0; i < SAMPLE_SIZE; i++)
    if (csq_corpus_add_file(c, files[i], &err) != CSQ_OK)
      fail_msg("%s: %s", files[i], err.message);
  char *dir = temp_dir();
  export_all(c, CSQ_FORMAT_AKN, dir);
  assert_int_equal(xmllint_dir(dir, SAMPLE_SIZE), 0);
  remove_dir(dir);
  csq_corpus_free(c);
  csq_test_free_list(files, count);
}

/* ---- the edition ------------------------------------------------------------------ */

typedef struct seen {
  size_t editions, cited_16, exceptions, terms;
} seen;

static void count_exceptions(const csq_edition *ed, const csq_node *n, seen *s) {
  const csq_obligation *const *obls, *const *exc;
  size_t k = csq_edition_obligations(ed, n, &obls);
  for (size_t i = 0; i < k; i++) {
    size_t e = csq_edition_exceptions(ed, obls[i], &exc);
    for (size_t j = 0; j < e; j++) {
      assert_int_equal(csq_obligation_modality(exc[j]), CSQ_EXCEPTION);
    }
    s->exceptions += e;
  }
  const csq_term_use *u;
  size_t t = csq_edition_terms(ed, n, &u);
  for (size_t i = 0; i < t; i++) {
    const char *term = csq_definition_term(u[i].definition);
    assert_memory_equal(csq_node_text(n, NULL) + u[i].byte_start, term, strlen(term));
  }
  s->terms += t;
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    count_exceptions(ed, c, s);
}

static csq_status visit(void *ctx, const csq_edition *ed, csq_error *err) {
  (void)err;
  seen *s = ctx;
  s->editions++;
  const csq_law *law = csq_edition_law(ed);
  if (strcmp(csq_law_id(law), "A0030297") == 0) {
    const csq_cited_by *cb;
    size_t n = csq_edition_cited_by(ed, csq_law_find(law, "art_16__para_5"), &cb);
    for (size_t i = 0; i < n; i++)
      s->cited_16 +=
          strcmp(csq_law_id(csq_node_law(csq_citation_from(cb[i].citation))), "A0030303") == 0;
  }
  count_exceptions(ed, csq_law_root(law), s);
  return CSQ_OK;
}

static void edition_accessors(void **state) {
  (void)state;
  csq_corpus *c = key_corpus();
  csq_library *lib;
  csq_export *ex;
  csq_error err;
  assert_int_equal(csq_library_new(c, NULL, &lib, &err), CSQ_OK);
  const char *names[] = {"A0030297", "資通安全管理法施行細則", "國家情報工作法"};
  assert_int_equal(csq_export_new(lib, names, 3, &ex, &err), CSQ_OK);
  assert_int_equal(csq_export_law_count(ex), 3);
  seen s = {0};
  assert_int_equal(csq_export_walk(ex, visit, &s, &err), CSQ_OK);
  assert_int_equal(s.editions, 3);
  assert_true(s.cited_16 >= 1);   /* the rules cite 本法第十六條第五項 (§3) */
  assert_true(s.exceptions >= 5); /* 國家情報工作法: 不適用前二條規定 … */
  assert_true(s.terms >= 10);
  csq_export_free(ex);
  const char *nobody[] = {"no such law"};
  assert_int_equal(csq_export_new(lib, nobody, 1, &ex, &err), CSQ_NOT_FOUND);
  csq_library_free(lib);
  csq_corpus_free(c);
}

/* ---- from a database --------------------------------------------------------------- */

/* Exports `name` alone from a database of the key laws. */
static csq_export *export_stored(const char *db_path, const char *name, csq_corpus **corpus,
                                 csq_db **db, csq_library **lib) {
  csq_error err;
  csq_export *ex;
  assert_int_equal(csq_corpus_new(NULL, corpus, &err), CSQ_OK);
  assert_int_equal(csq_db_open(db_path, NULL, db, &err), CSQ_OK);
  assert_int_equal(csq_library_new(*corpus, *db, lib, &err), CSQ_OK);
  if (csq_export_new(*lib, &name, 1, &ex, &err) != CSQ_OK)
    fail_msg("export %s: %s", name, err.message);
  return ex;
}

static void from_database(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  assert_non_null(shared);
  char db_path[256], key[4096];
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_exports_%ld.db", (long)getpid());
  snprintf(key, sizeof key, "%s/moj/key/ch", shared);
  const char *paths[] = {key};
  csq_error err;
  assert_int_equal(csq_import(db_path, paths, 1, NULL, NULL, &err), CSQ_OK);
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
  /* the rules alone: their citations still link the act's version */
  csq_export *ex = export_stored(db_path, "A0030303", &corpus, &db, &lib);
  assert_int_equal(csq_export_law_count(ex), 1);
  char *dir = temp_dir();
  csq_render_options o = {.format = CSQ_FORMAT_AKN};
  assert_int_equal(csq_export_write(ex, &o, dir, stdout, &err), CSQ_OK);
  assert_int_equal(xmllint_dir(dir, 1), 0);
  char *doc = read_in(dir, "A0030303@2021-08-23.xml");
  assert_non_null(strstr(doc, "<ref href=\"/akn/tw/act/A0030297/zho@2018-06-06/~art_22\">"));
  free(doc);
  remove_dir(dir);
  csq_export_free(ex);
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  /* the act alone: its page lists the rules among those citing it, not
   * as links (the rules have no page in this edition) */
  ex = export_stored(db_path, "資通安全管理法", &corpus, &db, &lib);
  assert_int_equal(csq_export_law_count(ex), 1);
  dir = temp_dir();
  o.format = CSQ_FORMAT_HTML;
  assert_int_equal(csq_export_write(ex, &o, dir, stdout, &err), CSQ_OK);
  doc = read_in(dir, "A0030297@2018-06-06.html");
  assert_non_null(strstr(doc, "<span>資通安全管理法施行細則 第3條第1項</span>"));
  assert_null(strstr(doc, "href=\"A0030303"));
  free(doc);
  remove_dir(dir);
  csq_export_free(ex);
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  unlink(db_path);
}

/* ---- rules ------------------------------------------------------------------------- */

static void rules_lines(void **state) {
  (void)state;
  csq_corpus *c = key_corpus();
  char *dir = temp_dir();
  export_all(c, CSQ_FORMAT_RULES, dir);
  char *text = read_in(dir, "A0030303@2021-08-23.jsonl");
  size_t lines = 0, with_bearer = 0;
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    json_error_t jerr;
    json_t *r = json_loads(line, 0, &jerr);
    if (!r)
      fail_msg("line %zu is no JSON: %s", lines + 1, jerr.text);
    assert_non_null(json_object_get(r, "exceptions"));
    with_bearer += json_is_object(json_object_get(r, "bearer"));
    if (strcmp(json_string_value(json_object_get(r, "id")),
               "A0030303@2021-08-23/art_4__para_1/1") == 0) {
      assert_string_equal(json_string_value(json_object_get(r, "modality")), "shall");
      assert_string_equal(json_string_value(json_object_get(json_object_get(r, "bearer"), "text")),
                          "各機關");
    }
    json_decref(r);
    lines++;
  }
  csq_obligations *obls;
  csq_error err;
  assert_int_equal(csq_obligations_build(c, &obls, &err), CSQ_OK);
  size_t expected = 0;
  for (size_t i = 0; i < csq_obligations_count(obls); i++)
    expected += strcmp(csq_law_id(csq_node_law(csq_obligation_node(csq_obligations_at(obls, i)))),
                       "A0030303") == 0;
  assert_int_equal(lines, expected);
  assert_true(with_bearer > lines / 2);
  csq_obligations_free(obls);
  free(text);
  remove_dir(dir);
  csq_corpus_free(c);
}

/* ---- the command ------------------------------------------------------------------- */

static int run(const char *args) {
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "CSQUERY_DB=/nonexistent/csquery.db %s %s >/dev/null 2>&1", CSQ_BINARY,
           args);
  int rc = system(cmd);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static void command_errors(void **state) {
  (void)state;
  assert_int_equal(run("export"), 2);                               /* no --format */
  assert_int_equal(run("export --format pdf"), 2);                  /* no such format */
  assert_int_equal(run("export --format html"), 2);                 /* html needs --out */
  assert_int_equal(run("export --format akn A9999999"), 1);         /* no such law */
  assert_int_equal(run("export --format rules --out /proc/x"), 74); /* cannot write */
  assert_int_equal(run("export --format akn"), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(akn_seed),
      cmocka_unit_test(akn_key_laws),
      cmocka_unit_test(akn_national_sample),
      cmocka_unit_test(edition_accessors),
      cmocka_unit_test(rules_lines),
      cmocka_unit_test(from_database),
      cmocka_unit_test(command_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
