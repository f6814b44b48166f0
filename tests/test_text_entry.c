/*
 * test_text_entry.c — every public function that takes text refuses text
 * that is not UTF-8 where it enters the library (docs/reliability.md): a
 * status and a message that shows the stray byte as \xNN (never the raw
 * byte), or NULL / 0 / -1 from the functions that have no error. Before,
 * csq_refs_cited_by and cited-by matched invalid text with PCRE2's UTF
 * check off and read past their buffer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "csquery.h"

/* Invalid UTF-8 of every kind: a stray byte, a cut sequence, an overlong
 * form, a surrogate, past U+10FFFF, a continuation byte alone. */
static const char *const BAD[] = {"\xff",         "\xe6\x9c",         "\xc0\xaf",
                                  "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80"};
enum { BAD_COUNT = sizeof BAD / sizeof BAD[0] };

static struct {
  csq_corpus *corpus;
  csq_library *lib;
  const csq_law *law;
  csq_refs *refs;
  csq_obligations *obls;
  char db[256];
} fx;

static int setup(void **state) {
  (void)state;
  csq_error err;
  if (csq_corpus_new(NULL, &fx.corpus, &err) != CSQ_OK ||
      csq_corpus_add_builtin(fx.corpus, &err) != CSQ_OK ||
      csq_library_new(fx.corpus, NULL, &fx.lib, &err) != CSQ_OK ||
      csq_library_primary(fx.lib, &fx.law, &err) != CSQ_OK ||
      csq_refs_build(fx.corpus, &fx.refs, &err) != CSQ_OK ||
      csq_obligations_build(fx.corpus, &fx.obls, &err) != CSQ_OK)
    return -1;
  snprintf(fx.db, sizeof fx.db, "/tmp/csq_test_text_entry_%ld.db", (long)getpid());
  return 0;
}

static int teardown(void **state) {
  (void)state;
  csq_obligations_free(fx.obls);
  csq_refs_free(fx.refs);
  csq_library_free(fx.lib);
  csq_corpus_free(fx.corpus);
  char lock[300];
  snprintf(lock, sizeof lock, "%s.lock", fx.db);
  unlink(fx.db);
  unlink(lock);
  return 0;
}

static int valid_utf8(const char *s) {
  int32_t i = 0, n = (int32_t)strlen(s);
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0)
      return 0;
  }
  return 1;
}

/* `text` with a bad sequence in the middle: 「第4條」 + bad + 「第1項」. */
static const char *spoiled(const char *bad, char *buf, size_t size) {
  snprintf(buf, size, "第4條%s第1項", bad);
  return buf;
}

/* A failing call said why, in UTF-8, with the stray byte shown as \xNN. */
static void refused(const char *what, const char *bad, csq_status st, csq_status want,
                    const csq_error *err) {
  if (st != want)
    fail_msg("%s with %s: status %d, expected %d (%s)", what, bad, st, want, err->message);
  char shown[1200];
  csq_error_format(err, shown, sizeof shown);
  if (!valid_utf8(shown))
    fail_msg("%s: the message is not UTF-8: %s", what, shown);
  if (want == CSQ_BAD_QUERY && !strstr(shown, "\\x"))
    fail_msg("%s: the message does not show the stray byte: %s", what, shown);
}

static void questions_of_the_library(void **state) {
  (void)state;
  char q[64];
  for (int i = 0; i < BAD_COUNT; i++) {
    const char *text = spoiled(BAD[i], q, sizeof q);
    csq_error err;
    csq_node_list *nodes = NULL;
    refused("csq_lookup", text, csq_lookup(fx.lib, fx.law, text, &nodes, &err), CSQ_BAD_QUERY,
            &err);
    assert_null(nodes);
    csq_cited_by_list *cb = NULL;
    refused("csq_find_cited_by", text, csq_find_cited_by(fx.lib, fx.law, text, &cb, &err),
            CSQ_BAD_QUERY, &err);
    assert_null(cb);
    const csq_law *law = NULL;
    refused("csq_library_find_law", text, csq_library_find_law(fx.lib, text, &law, &err),
            CSQ_BAD_QUERY, &err);
    csq_definition_list *dl = NULL;
    refused("csq_find_definitions", text, csq_find_definitions(fx.lib, fx.law, text, &dl, &err),
            CSQ_BAD_QUERY, &err);
    assert_null(dl);
    csq_obligation_filter f = {1, -1, text};
    csq_obligation_list *ol = NULL;
    refused("csq_find_obligations", text, csq_find_obligations(fx.lib, fx.law, NULL, &f, &ol, &err),
            CSQ_BAD_QUERY, &err);
    assert_null(ol);
  }
}

static void search_and_its_options(void **state) {
  (void)state;
  char q[64];
  for (int i = 0; i < BAD_COUNT; i++) {
    const char *text = spoiled(BAD[i], q, sizeof q);
    csq_error err;
    csq_hits *hits = NULL;
    refused("csq_search", text, csq_search(fx.lib, text, NULL, &hits, &err), CSQ_BAD_QUERY, &err);
    csq_search_options o[] = {
        {.law = text}, {.level = text}, {.mark_open = text}, {.mark_close = text}};
    for (size_t k = 0; k < sizeof o / sizeof o[0]; k++)
      refused("csq_search's options", text, csq_search(fx.lib, "資通", &o[k], &hits, &err),
              CSQ_BAD_QUERY, &err);
    assert_null(hits);
  }
}

/* Versions: the date questions are asked on, the versions of a law, a diff
 * (its law and both dates); LAW@DATE is csq_lookup's. */
static void versions_and_dates(void **state) {
  (void)state;
  char q[64];
  for (int i = 0; i < BAD_COUNT; i++) {
    const char *text = spoiled(BAD[i], q, sizeof q);
    csq_error err;
    refused("csq_library_set_date", text, csq_library_set_date(fx.lib, text, &err), CSQ_BAD_QUERY,
            &err);
    assert_string_equal(csq_library_date(fx.lib), "");
    csq_version_list *vl = NULL;
    refused("csq_find_versions (law)", text, csq_find_versions(fx.lib, text, NULL, &vl, &err),
            CSQ_BAD_QUERY, &err);
    refused("csq_find_versions (date)", text,
            csq_find_versions(fx.lib, "A0030303", text, &vl, &err), CSQ_BAD_QUERY, &err);
    assert_null(vl);
    csq_diff *d = NULL;
    refused("csq_find_diff (law)", text, csq_find_diff(fx.lib, text, NULL, NULL, &d, &err),
            CSQ_BAD_QUERY, &err);
    refused("csq_find_diff (from)", text, csq_find_diff(fx.lib, "A0030303", text, NULL, &d, &err),
            CSQ_BAD_QUERY, &err);
    refused("csq_find_diff (to)", text,
            csq_find_diff(fx.lib, "A0030303", "2018-06-06", text, &d, &err), CSQ_BAD_QUERY, &err);
    assert_null(d);
    char dated[96];
    snprintf(dated, sizeof dated, "資通安全管理法施行細則@2019-06-01第6條%s", BAD[i]);
    csq_node_list *nodes = NULL;
    refused("csq_lookup (LAW@DATE)", dated, csq_lookup(fx.lib, fx.law, dated, &nodes, &err),
            CSQ_BAD_QUERY, &err);
    assert_null(nodes);
  }
}

static void citations_and_obligations(void **state) {
  (void)state;
  char q[64];
  for (int i = 0; i < BAD_COUNT; i++) {
    const char *text = spoiled(BAD[i], q, sizeof q);
    csq_error err;
    csq_cited_by_list *cb = NULL;
    refused("csq_refs_cited_by (law)", text, csq_refs_cited_by(fx.refs, text, "art_4", &cb, &err),
            CSQ_BAD_QUERY, &err);
    refused("csq_refs_cited_by (eId)", text,
            csq_refs_cited_by(fx.refs, "A0030303", text, &cb, &err), CSQ_BAD_QUERY, &err);
    assert_null(cb);
    csq_obligation_filter f = {1, -1, text};
    csq_obligation_list *ol = NULL;
    refused("csq_obligations_in", text,
            csq_obligations_in(fx.obls, csq_law_root(fx.law), &f, &ol, &err), CSQ_BAD_QUERY, &err);
    assert_null(ol);
    assert_true(csq_obligations_count(fx.obls) > 0);
    assert_false(csq_obligation_has_actor(fx.obls, csq_obligations_at(fx.obls, 0), text));
  }
}

/* The functions without an error to fill answer "none". */
static void lookups_without_an_error(void **state) {
  (void)state;
  char q[64];
  for (int i = 0; i < BAD_COUNT; i++) {
    const char *text = spoiled(BAD[i], q, sizeof q);
    assert_null(csq_corpus_find_law(fx.corpus, text));
    assert_null(csq_law_find(fx.law, text));
    assert_null(csq_help(text));
    assert_int_equal(csq_modality_from_name(text), -1);
  }
}

/* Law data that is not UTF-8: refused with the file and the byte. */
static void law_data(void **state) {
  (void)state;
  for (int i = 0; i < BAD_COUNT; i++) {
    char text[128];
    int n = snprintf(text, sizeof text, "測試法\n第 1 條\n本法%s施行。\n", BAD[i]);
    csq_corpus *c;
    csq_error err;
    assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
    refused("csq_corpus_add_buffer", BAD[i],
            csq_corpus_add_buffer(c, text, (size_t)n, "law.txt", &err), CSQ_BAD_INPUT, &err);
    assert_int_equal(err.offset, (long long)strlen("測試法\n第 1 條\n本法"));
    char json[256];
    n = snprintf(json, sizeof json,
                 "{\"LawName\": \"測試法\", \"LawArticles\": [{\"ArticleType\": \"A\", "
                 "\"ArticleNo\": \"第 1 條\", \"ArticleContent\": \"本法%s施行。\"}]}",
                 BAD[i]);
    refused("csq_corpus_add_buffer (JSON)", BAD[i],
            csq_corpus_add_buffer(c, json, (size_t)n, "law.json", &err), CSQ_BAD_INPUT, &err);
    assert_int_equal(csq_corpus_law_count(c), 0);
    csq_corpus_free(c);
  }
}

/* A name that is not UTF-8 (a file's, a source's) is shown with \xNN in
 * messages, the law's source and the JSON rendered: the law still reads. */
static void names_of_files(void **state) {
  (void)state;
  char dir[] = "/tmp/csq_test_text_entry_XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[512];
  snprintf(path, sizeof path, "%s/caf\xe9.txt", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("測試法\n第 1 條\n本法自公布日施行。\n", f);
  fclose(f);
  csq_corpus *c;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &c, &err), CSQ_OK);
  assert_int_equal(csq_corpus_add_file(c, path, &err), CSQ_OK);
  const csq_law *law = csq_corpus_law_at(c, 0);
  assert_true(valid_utf8(csq_law_source(law)));
  assert_non_null(strstr(csq_law_source(law), "caf\\xe9.txt"));
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  csq_render_options json = {.format = CSQ_FORMAT_JSON};
  assert_int_equal(csq_render_law(mem, &json, law, &err), CSQ_OK);
  fclose(mem);
  assert_true(valid_utf8(buf));
  free(buf);
  /* the same name as a source, and a file that does not exist */
  assert_int_equal(csq_corpus_add_buffer(c, "", 0, "caf\xe9.txt", &err), CSQ_BAD_INPUT);
  refused("csq_corpus_add_buffer (source)", "\\xe9", CSQ_BAD_INPUT, CSQ_BAD_INPUT, &err);
  refused("csq_corpus_add_file", "\\xff", csq_corpus_add_file(c, "/nonexistent/\xff.txt", &err),
          CSQ_IO, &err);
  /* imported: the stored source is the shown name */
  const char *paths[] = {path};
  assert_int_equal(csq_import(fx.db, paths, 1, NULL, NULL, &err), CSQ_OK);
  csq_db *db;
  assert_int_equal(csq_db_open(fx.db, NULL, &db, &err), CSQ_OK);
  csq_corpus *back;
  assert_int_equal(csq_corpus_new(NULL, &back, &err), CSQ_OK);
  const csq_law *stored;
  assert_int_equal(csq_db_load_law(db, back, "測試法", &stored, &err), CSQ_OK);
  assert_string_equal(csq_law_source(stored), csq_law_source(law));
  refused("csq_db_load_law", "\\xff", csq_db_load_law(db, back, "測試\xff", &stored, &err),
          CSQ_BAD_QUERY, &err);
  refused("csq_db_open", "\\xff", csq_db_open("/nonexistent/\xff.db", NULL, &db, &err), CSQ_IO,
          &err);
  refused("csq_import", "\\xff",
          csq_import("/nonexistent/deeper/\xff.db", paths, 1, NULL, NULL, &err), CSQ_IO, &err);
  const char *bad_paths[] = {"/nonexistent/\xff.json"};
  refused("csq_import (paths)", "\\xff", csq_import(fx.db, bad_paths, 1, NULL, NULL, &err), CSQ_IO,
          &err);
  csq_corpus_free(back);
  csq_db_free(db);
  csq_corpus_free(c);
  unlink(path);
  rmdir(dir);
}

/* Messages show what is not UTF-8 as \xNN, and control characters too. */
static void quote(void **state) {
  (void)state;
  csq_error err;
  csq_error_clear(&err);
  snprintf(err.source, sizeof err.source, "caf\xe9.txt");
  snprintf(err.message, sizeof err.message, "法\xff\nb \xe6\x9c\xe6\x9c");
  char buf[128];
  assert_string_equal(csq_error_format(&err, buf, sizeof buf),
                      "caf\\xe9.txt: 法\\xff\\x0ab \\xe6\\x9c\\xe6\\x9c");
  assert_true(valid_utf8(buf));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(questions_of_the_library), cmocka_unit_test(search_and_its_options),
      cmocka_unit_test(versions_and_dates),       cmocka_unit_test(citations_and_obligations),
      cmocka_unit_test(lookups_without_an_error), cmocka_unit_test(law_data),
      cmocka_unit_test(names_of_files),           cmocka_unit_test(quote),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
