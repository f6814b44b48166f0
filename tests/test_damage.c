/*
 * test_damage.c — damaged databases: a small database is damaged in many
 * ways (a byte changed at three places in every page, every page zeroed,
 * two pages swapped, the file cut short at every page and inside pages), and
 * every question of every command is asked of each damaged copy. Each
 * answer is the one the undamaged database gives (the damage is where the
 * question does not read) or CSQ_BAD_DB with a message that names the file
 * and says what to do (exit 65): never another answer. `csquery check`
 * finds the damage in every page in use. The counts of docs/reliability.md
 * come from this test's output.
 *
 * Before page checksums, `--law A0030297 第16條` answered "has 0 articles"
 * from a damaged database whose `laws` said 23, and a changed byte of a
 * law's text was that law's text.
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
#include <sqlite3.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "run.h"

static char good[256], bad[256];
static char *good_bytes;
static size_t good_len, page_size;

/* ---- the questions ----------------------------------------------------------- */

typedef struct session {
  csq_db *db;
  csq_corpus *corpus;
  csq_library *lib;
} session;

static csq_status open_session(const char *path, session *s, csq_error *err) {
  memset(s, 0, sizeof *s);
  csq_status st = csq_db_open(path, NULL, &s->db, err);
  if (st == CSQ_OK)
    st = csq_corpus_new(NULL, &s->corpus, err);
  if (st == CSQ_OK)
    st = csq_library_new(s->corpus, s->db, &s->lib, err);
  return st;
}

static void close_session(session *s) {
  csq_library_free(s->lib);
  csq_corpus_free(s->corpus);
  csq_db_free(s->db);
}

static const csq_render_options JSON = {.format = CSQ_FORMAT_JSON, .with_target_text = 1};

/* Each question writes its answer to `out`; its status. */
static csq_status q_laws(session *s, FILE *out, csq_error *err) {
  csq_version_list *list = NULL;
  csq_status st = csq_find_versions(s->lib, NULL, NULL, &list, err);
  if (st == CSQ_OK)
    st = csq_render_laws(out, &JSON, list, err);
  csq_version_list_free(list);
  return st;
}

static csq_status look_up(session *s, const char *law_name, const char *query, FILE *out,
                          csq_error *err) {
  const csq_law *law = NULL;
  csq_node_list *m = NULL;
  csq_status st = law_name ? csq_library_find_law(s->lib, law_name, &law, err)
                           : csq_library_primary(s->lib, &law, err);
  if (st == CSQ_OK)
    st = csq_lookup(s->lib, law, query, &m, err);
  if (st == CSQ_OK)
    st = csq_render_nodes(out, &JSON, m, err);
  csq_node_list_free(m);
  return st;
}

static csq_status q_lookup(session *s, FILE *out, csq_error *err) {
  return look_up(s, NULL, "第4條", out, err);
}
static csq_status q_other_law(session *s, FILE *out, csq_error *err) {
  return look_up(s, "測試結構辦法", "第2條第1項第2款", out, err);
}
static csq_status q_last_article(session *s, FILE *out, csq_error *err) {
  return look_up(s, "測試管理法", "第3條", out, err);
}

static csq_status q_whole_law(session *s, FILE *out, csq_error *err) {
  const csq_law *law = NULL;
  csq_status st = csq_library_find_law(s->lib, "測試管理法", &law, err);
  return st == CSQ_OK ? csq_render_law(out, &JSON, law, err) : st;
}

static csq_status q_search(session *s, FILE *out, csq_error *err) {
  csq_hits *h = NULL;
  csq_status st = csq_search(s->lib, "資通安全 通報", NULL, &h, err);
  if (st == CSQ_OK)
    st = csq_render_hits(out, &JSON, h, err);
  csq_hits_free(h);
  return st;
}

static csq_status q_search_law(session *s, FILE *out, csq_error *err) {
  csq_search_options o = {.law = "甲測試法", .limit = 50};
  csq_hits *h = NULL;
  csq_status st = csq_search(s->lib, "條文", &o, &h, err);
  if (st == CSQ_OK)
    st = csq_render_hits(out, &JSON, h, err);
  csq_hits_free(h);
  return st;
}

static csq_status q_refs(session *s, FILE *out, csq_error *err) {
  const csq_law *law = NULL;
  csq_node_list *m = NULL;
  csq_citation_list *l = NULL;
  csq_status st = csq_library_primary(s->lib, &law, err);
  if (st == CSQ_OK)
    st = csq_lookup(s->lib, law, "第4條", &m, err);
  if (st == CSQ_OK)
    st = csq_find_citations(s->lib, m, &l, err);
  if (st == CSQ_OK)
    st = csq_render_citations(out, &JSON, l, err);
  csq_citation_list_free(l);
  csq_node_list_free(m);
  return st;
}

static csq_status q_cited_by(session *s, FILE *out, csq_error *err) {
  const csq_law *law = NULL;
  csq_cited_by_list *l = NULL;
  csq_status st = csq_library_primary(s->lib, &law, err);
  if (st == CSQ_OK)
    st = csq_find_cited_by(s->lib, law, "資通安全管理法第16條", &l, err);
  if (st == CSQ_OK)
    st = csq_render_cited_by(out, &JSON, l, err);
  csq_cited_by_list_free(l);
  return st;
}

static csq_status q_obligations(session *s, FILE *out, csq_error *err) {
  const csq_law *law = NULL;
  csq_obligation_list *l = NULL;
  csq_status st = csq_library_primary(s->lib, &law, err);
  if (st == CSQ_OK)
    st = csq_find_obligations(s->lib, law, NULL, NULL, &l, err);
  if (st == CSQ_OK)
    st = csq_render_obligations(out, &JSON, l, err);
  csq_obligation_list_free(l);
  return st;
}

static csq_status q_define(session *s, FILE *out, csq_error *err) {
  const csq_law *law = NULL;
  csq_definition_list *l = NULL;
  csq_status st = csq_library_find_law(s->lib, "測試管理法", &law, err);
  if (st == CSQ_OK)
    st = csq_find_definitions(s->lib, law, "測試系統", &l, err);
  if (st == CSQ_OK)
    st = csq_render_definitions(out, &JSON, l, err);
  csq_definition_list_free(l);
  return st;
}

static const struct {
  const char *name;
  csq_status (*ask)(session *, FILE *, csq_error *);
} QUESTIONS[] = {{"laws", q_laws},
                 {"lookup", q_lookup},
                 {"lookup in another law", q_other_law},
                 {"lookup of a last article", q_last_article},
                 {"a whole law", q_whole_law},
                 {"search", q_search},
                 {"search in a law", q_search_law},
                 {"refs", q_refs},
                 {"cited-by", q_cited_by},
                 {"obligations", q_obligations},
                 {"define", q_define}};
enum { QUESTION_COUNT = sizeof QUESTIONS / sizeof QUESTIONS[0] };

/* The answer of question q of the database at path, or NULL with *st. */
static char *answer(const char *path, size_t q, csq_status *st, csq_error *err) {
  session s;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  *st = open_session(path, &s, err);
  if (*st == CSQ_OK)
    *st = QUESTIONS[q].ask(&s, out, err);
  fclose(out);
  close_session(&s);
  if (*st != CSQ_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

static char *right[QUESTION_COUNT];

static int setup(void **state) {
  (void)state;
  snprintf(good, sizeof good, "/tmp/csq_test_damage_%ld.db", (long)getpid());
  snprintf(bad, sizeof bad, "/tmp/csq_test_damage_%ld_bad.db", (long)getpid());
  const char *paths[] = {
      CSQ_SOURCE_DIR "/corpus/資通安全管理法施行細則.txt", CSQ_SOURCE_DIR "/tests/golden/dump.json",
      CSQ_SOURCE_DIR "/tests/golden/structure.json", CSQ_SOURCE_DIR "/tests/golden/lines.md"};
  csq_error err;
  csq_import_options io = {.fresh = 1};
  if (csq_import(good, paths, 4, &io, NULL, &err) != CSQ_OK) {
    fprintf(stderr, "%s\n", err.message);
    return -1;
  }
  good_bytes = csq_test_read_file(good, &good_len);
  page_size = (size_t)((unsigned char)good_bytes[16] << 8 | (unsigned char)good_bytes[17]);
  for (size_t q = 0; q < QUESTION_COUNT; q++) {
    csq_status st;
    right[q] = answer(good, q, &st, &err);
    if (!right[q]) {
      fprintf(stderr, "%s: %s\n", QUESTIONS[q].name, err.message);
      return -1;
    }
  }
  return 0;
}

static int teardown(void **state) {
  (void)state;
  for (size_t q = 0; q < QUESTION_COUNT; q++)
    free(right[q]);
  free(good_bytes);
  char lock[300];
  snprintf(lock, sizeof lock, "%s.lock", good);
  unlink(lock);
  unlink(good);
  unlink(bad);
  return 0;
}

/* ---- the sweep ------------------------------------------------------------------ */

static const char *found_problem;

static void remember_problem(void *ctx, int problem, const char *line) {
  if (problem && strstr(line, ctx))
    found_problem = ctx;
}

typedef struct tally {
  size_t files, refused, answered, checked;
} tally;

static void write_bad(const char *bytes, size_t len) {
  FILE *f = fopen(bad, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(bytes, 1, len, f), len);
  fclose(f);
}

/* Every question of the damaged copy: the right answer, or CSQ_BAD_DB with a
 * message that names the file and says how to build it again. Then csquery
 * check: it must find damage that any question found. */
static void ask_damaged(const char *what, tally *t) {
  int any_refused = 0;
  for (size_t q = 0; q < QUESTION_COUNT; q++) {
    csq_status st;
    csq_error err;
    char *got = answer(bad, q, &st, &err);
    if (got) {
      if (strcmp(got, right[q]) != 0)
        fail_msg("%s: %s answers otherwise than the undamaged database", what, QUESTIONS[q].name);
      free(got);
      continue;
    }
    any_refused = 1;
    if (st != CSQ_BAD_DB)
      fail_msg("%s: %s failed with %s, not as a damaged database: %s", what, QUESTIONS[q].name,
               csq_status_name(st), err.message);
    if (!strstr(err.source, bad) || !strstr(err.message, "import --fresh"))
      fail_msg("%s: %s: the message does not name the file and what to do: %s: %s", what,
               QUESTIONS[q].name, err.source, err.message);
  }
  csq_db *db = NULL;
  csq_error err;
  csq_status st = csq_db_open(bad, NULL, &db, &err);
  if (st == CSQ_OK)
    st = csq_db_check(db, NULL, NULL, &err);
  csq_db_free(db);
  if (st != CSQ_OK && st != CSQ_BAD_DB)
    fail_msg("%s: check failed with %s: %s", what, csq_status_name(st), err.message);
  if (any_refused && st == CSQ_OK)
    fail_msg("%s: a question found the damage, csquery check did not", what);
  t->files++;
  t->refused += any_refused;
  t->answered += !any_refused;
  t->checked += st == CSQ_BAD_DB;
}

static void report(const char *kind, const tally *t) {
  printf("  %-28s %4zu damaged files: %4zu refused by a question, %4zu answered right by "
         "every one; csquery check finds %zu\n",
         kind, t->files, t->refused, t->answered, t->checked);
}

static void a_byte_changed(void **state) {
  (void)state;
  tally t = {0};
  char *copy = malloc(good_len);
  for (size_t page = 0; page * page_size < good_len; page++) {
    size_t places[] = {page ? page * page_size : 24, page * page_size + page_size / 2,
                       page * page_size + page_size - 3};
    for (size_t k = 0; k < 3; k++) {
      memcpy(copy, good_bytes, good_len);
      copy[places[k]] ^= 0x5a;
      write_bad(copy, good_len);
      char what[64];
      snprintf(what, sizeof what, "byte %zu changed", places[k]);
      ask_damaged(what, &t);
    }
  }
  free(copy);
  report("a byte changed", &t);
  assert_true(t.files >= 3 * (good_len / page_size));
  assert_int_equal(t.checked, t.files); /* every page is in use: check reads them all */
}

static void a_page_zeroed_or_swapped(void **state) {
  (void)state;
  tally zeroed = {0}, swapped = {0};
  char *copy = malloc(good_len);
  size_t pages = good_len / page_size;
  for (size_t page = 0; page < pages; page++) {
    memcpy(copy, good_bytes, good_len);
    memset(copy + page * page_size, 0, page_size);
    write_bad(copy, good_len);
    char what[64];
    snprintf(what, sizeof what, "page %zu zeroed", page + 1);
    ask_damaged(what, &zeroed);
    size_t other = (page + 1) % pages;
    memcpy(copy, good_bytes, good_len);
    memcpy(copy + page * page_size, good_bytes + other * page_size, page_size);
    memcpy(copy + other * page_size, good_bytes + page * page_size, page_size);
    write_bad(copy, good_len);
    snprintf(what, sizeof what, "pages %zu and %zu swapped", page + 1, other + 1);
    ask_damaged(what, &swapped);
  }
  free(copy);
  report("a page zeroed", &zeroed);
  report("two pages swapped", &swapped);
  assert_int_equal(zeroed.files, pages);
  assert_int_equal(zeroed.checked, zeroed.files);
  assert_int_equal(swapped.checked, swapped.files);
}

static void cut_short(void **state) {
  (void)state;
  tally t = {0};
  for (size_t len = 0; len < good_len; len += page_size / 2) {
    write_bad(good_bytes, len);
    char what[64];
    snprintf(what, sizeof what, "cut to %zu bytes", len);
    if (len == 0) { /* an empty file is an empty database: not csquery's */
      csq_status st;
      csq_error err;
      assert_null(answer(bad, 0, &st, &err));
      assert_int_equal(st, CSQ_BAD_DB);
      continue;
    }
    ask_damaged(what, &t);
    if (t.answered)
      fail_msg("%s: a cut file answered", what);
  }
  report("cut short", &t);
  assert_int_equal(t.checked, t.files);
}

/* The command as a user runs it: exit 65 and the message on a damaged
 * database, and the advice works. */
static void the_command(void **state) {
  (void)state;
  char *copy = malloc(good_len);
  memcpy(copy, good_bytes, good_len);
  memset(copy + 2 * page_size, 0, page_size);
  write_bad(copy, good_len);
  free(copy);
  const char *commands[][3] = {
      {"laws", NULL}, {"第4條", NULL}, {"search", "資通"}, {"check", NULL}};
  int refused = 0;
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    const char *args[] = {"--db", bad, commands[i][0], commands[i][1], NULL};
    csq_test_result r = csq_test_run("/", args);
    if (r.status != 0 && r.status != 65)
      fail_msg("csquery %s: exit %d: %s", commands[i][0], r.status, r.err);
    if (r.status == 65) {
      csq_test_contains(r.err, bad);
      csq_test_contains(r.err, "import --fresh");
      refused++;
    }
    csq_test_result_free(&r);
  }
  assert_true(refused > 0);
  /* check --json: the problems as a document on stdout, the error on stderr */
  const char *check_json[] = {"--json", "--db", bad, "check", NULL};
  csq_test_result j = csq_test_run("/", check_json);
  assert_int_equal(j.status, 65);
  csq_test_contains(j.out, "\"ok\": false");
  csq_test_contains(j.out, "\"problems\": [\n");
  csq_test_contains(j.err, "\"status\":\"bad_db\"");
  csq_test_result_free(&j);
  /* the advice: import --fresh replaces the damaged file */
  const char *fresh[] = {"--db", bad, "import", "--fresh", CSQ_SOURCE_DIR "/tests/golden/dump.json",
                         NULL};
  csq_test_result r = csq_test_run("/", fresh);
  if (r.status != 0)
    fail_msg("import --fresh over a damaged database: exit %d: %s", r.status, r.err);
  csq_test_result_free(&r);
  const char *check[] = {"--db", bad, "check", NULL};
  r = csq_test_run("/", check);
  assert_int_equal(r.status, 0);
  csq_test_contains(r.out, "no problem found");
  csq_test_result_free(&r);
  const char *check_ok[] = {"--json", "--db", bad, "check", NULL};
  r = csq_test_run("/", check_ok);
  assert_int_equal(r.status, 0);
  csq_test_contains(r.out, "\"ok\": true");
  csq_test_contains(r.out, "\"problems\": []");
  csq_test_result_free(&r);
  char lock[300];
  snprintf(lock, sizeof lock, "%s.lock", bad);
  unlink(lock);
}

/* Rows that disagree with each other but whose pages are whole (written
 * through csquery's own VFS, checksums kept): csquery's own checks find
 * them, each by name. */
static void the_tables_disagree(void **state) {
  (void)state;
  static const struct {
    const char *sql, *problem;
  } CHANGES[] = {
      {"UPDATE laws SET articles = articles + 1 WHERE law_key = 1", "article counts"},
      {"DELETE FROM laws WHERE law_key = 2", "provisions of no law"},
      {"DELETE FROM nodes WHERE node_key = (SELECT min(node_key) FROM citations)",
       "citations of no provision"},
      {"DELETE FROM citations WHERE citation_key = (SELECT min(citation_key) FROM targets)",
       "targets of no citation"},
      {"DELETE FROM nodes_fts_docsize WHERE id = (SELECT max(id) FROM nodes_fts_docsize)",
       "the full-text index"},
      /* schema 5: the statements an obligation names */
      {"UPDATE obligations SET qualifies = (SELECT max(obligation_key) + 1 FROM obligations)"
       " WHERE obligation_key = (SELECT min(obligation_key) FROM obligations)",
       "exceptions of no statement"},
      {"UPDATE obligations SET qualifies = (SELECT max(o.obligation_key) FROM obligations o"
       " JOIN nodes n USING (node_key) WHERE n.law_key <> (SELECT law_key FROM nodes"
       " WHERE node_key = (SELECT node_key FROM obligations ORDER BY obligation_key LIMIT 1)))"
       " WHERE obligation_key = (SELECT min(obligation_key) FROM obligations)",
       "exceptions of no statement"},
      {"DELETE FROM obligations WHERE obligation_key = (SELECT min(actor_source) FROM"
       " obligations)",
       "bearers taken from no statement"},
      {"UPDATE obligations SET actor_from = (SELECT max(node_key) + 1 FROM nodes)"
       " WHERE obligation_key = (SELECT min(obligation_key) FROM obligations)",
       "carried bearers of no provision"},
      /* schema 7: the versions */
      {"INSERT INTO laws(id, name, level, version, status, parent_id, parent_name, source,"
       " articles, format, history, digest) SELECT id, name, level, version, status, parent_id,"
       " parent_name, source, articles, format, history, digest FROM laws WHERE law_key = 1",
       "versions stored twice"},
      {"UPDATE laws SET format = 'pdf' WHERE law_key = 1", "formats"},
      {"INSERT INTO laws(id, name, level, version, status, parent_id, parent_name, source,"
       " articles, format, history, digest) SELECT id, name, level, '1900-01-01', status,"
       " parent_id, parent_name, source, articles, format, history, digest FROM laws"
       " WHERE law_key = (SELECT max(law_key) FROM current_laws);" /* a version dated */
       " UPDATE current_laws SET law_key = (SELECT max(law_key) FROM laws)"
       " WHERE law_key = (SELECT max(law_key) FROM current_laws)",
       "current versions"},
      {"UPDATE targets SET version = '1900-01-01' WHERE rowid = (SELECT min(rowid) FROM targets"
       " WHERE law_id <> '' AND version <> '')",
       "targets of no version"},
  };
  for (size_t i = 0; i < sizeof CHANGES / sizeof CHANGES[0]; i++) {
    write_bad(good_bytes, good_len);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(bad, &db, SQLITE_OPEN_READWRITE, "csquery-checksum"),
                     SQLITE_OK);
    if (sqlite3_exec(db, CHANGES[i].sql, NULL, NULL, NULL) != SQLITE_OK)
      fail_msg("%s: %s", CHANGES[i].sql, sqlite3_errmsg(db));
    if (sqlite3_changes(db) == 0) /* the change must damage something */
      fail_msg("%s: no row changed", CHANGES[i].sql);
    sqlite3_close(db);
    csq_db *d = NULL;
    csq_error err;
    assert_int_equal(csq_db_open(bad, NULL, &d, &err), CSQ_OK);
    found_problem = NULL;
    if (csq_db_check(d, remember_problem, (void *)CHANGES[i].problem, &err) != CSQ_BAD_DB)
      fail_msg("%s: check found nothing wrong", CHANGES[i].sql);
    if (!found_problem)
      fail_msg("%s: check did not say 「%s」", CHANGES[i].sql, CHANGES[i].problem);
    csq_db_free(d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(a_byte_changed),      cmocka_unit_test(a_page_zeroed_or_swapped),
      cmocka_unit_test(cut_short),           cmocka_unit_test(the_command),
      cmocka_unit_test(the_tables_disagree),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
