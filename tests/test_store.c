/*
 * test_store.c — the database: what is imported reads back as the same
 * tree, a version stored already changes nothing, and a failed or killed import leaves the old
 * database untouched.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "tree_dump.h"

static char db_path[256];
static char key_dir[4096];

static int setup(void **state) {
  (void)state;
  const char *shared = csq_test_shared_corpus();
  if (!shared)
    return -1;
  snprintf(key_dir, sizeof key_dir, "%s/moj/key/ch", shared);
  snprintf(db_path, sizeof db_path, "/tmp/csq_test_store_%ld.db", (long)getpid());
  unlink(db_path);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  unlink(db_path);
  return 0;
}

static void import_ok(const char *const *paths, size_t n, csq_import_stats *s) {
  csq_error err;
  csq_status st = csq_import(db_path, paths, n, NULL, s, &err);
  if (st != CSQ_OK)
    fail_msg("import: %s", err.message);
}

/* A corpus with the database under it, asked through a library. */
typedef struct stored {
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
} stored;

static void open_stored(stored *s) {
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &s->corpus, &err), CSQ_OK);
  if (csq_db_open(db_path, NULL, &s->db, &err) != CSQ_OK)
    fail_msg("%s", err.message);
  assert_int_equal(csq_library_new(s->corpus, s->db, &s->lib, &err), CSQ_OK);
}

static void close_stored(stored *s) {
  csq_library_free(s->lib);
  csq_db_free(s->db);
  csq_corpus_free(s->corpus);
}

/* The law named, in memory or read from the database; NULL when none. */
static const csq_law *find_law(csq_library *lib, const char *name) {
  const csq_law *law;
  csq_error err;
  csq_status st = csq_library_find_law(lib, name, &law, &err);
  if (st != CSQ_OK && st != CSQ_NOT_FOUND)
    fail_msg("%s: %s", name, err.message);
  return st == CSQ_OK ? law : NULL;
}

static char *dump_from(csq_library *lib, const char *name) {
  const csq_law *law = find_law(lib, name);
  if (!law)
    fail_msg("%s not found", name);
  return csq_test_dump_law(law);
}

/* Each key law, read back from the database, dumps exactly as parsed. */
static void reads_back_the_same_tree(void **state) {
  (void)state;
  const char *paths[] = {key_dir};
  csq_import_stats s;
  import_ok(paths, 1, &s);
  assert_int_equal(s.files, 10);
  assert_int_equal(s.laws, 10);
  assert_int_equal(s.replaced, 0);
  assert_true(s.db_bytes > 0);
  stored db;
  open_stored(&db);
  csq_corpus *mem;
  csq_library *in_memory;
  csq_error err;
  assert_int_equal(csq_corpus_new(NULL, &mem, &err), CSQ_OK);
  assert_int_equal(csq_library_new(mem, NULL, &in_memory, &err), CSQ_OK);
  static const char *const IDS[] = {"A0020041", "A0030297", "A0030303", "A0030304", "A0030305",
                                    "A0030306", "A0030308", "I0060003", "J0080037", "T0020001"};
  for (size_t i = 0; i < 10; i++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.json", key_dir, IDS[i]);
    assert_int_equal(csq_corpus_add_file(mem, path, &err), CSQ_OK);
    char *want = dump_from(in_memory, IDS[i]), *got = dump_from(db.lib, IDS[i]);
    assert_string_equal(got, want);
    free(want);
    free(got);
  }
  /* The primary law of a database is 施行細則 when it is there. */
  const csq_law *primary;
  assert_int_equal(csq_library_primary(db.lib, &primary, &err), CSQ_OK);
  assert_string_equal(csq_law_id(primary), "A0030303");
  assert_null(find_law(db.lib, "不存在的法"));
  close_stored(&db);
  csq_library_free(in_memory);
  csq_corpus_free(mem);
}

/* Importing a version stored already changes nothing, byte for byte. */
static void reimport_changes_nothing(void **state) {
  (void)state;
  char one[4200];
  snprintf(one, sizeof one, "%s/A0030303.json", key_dir);
  const char *paths[] = {one};
  size_t before_len, after_len;
  char *before = csq_test_read_file(db_path, &before_len);
  assert_non_null(before);
  csq_import_stats s;
  import_ok(paths, 1, &s);
  assert_int_equal(s.laws, 0);
  assert_int_equal(s.unchanged, 1);
  assert_int_equal(s.replaced, 0);
  char *after = csq_test_read_file(db_path, &after_len);
  assert_non_null(after);
  assert_int_equal(before_len, after_len);
  assert_memory_equal(before, after, before_len);
  free(before);
  free(after);
}

static size_t counted;
static void count_law(void *ctx, const char *id, const char *name, const char *version,
                      const char *level, int repealed, size_t articles) {
  (void)ctx, (void)id, (void)name, (void)version, (void)level, (void)repealed, (void)articles;
  counted++;
}

static size_t stored_laws(void) {
  stored st;
  csq_error err;
  open_stored(&st);
  counted = 0;
  assert_int_equal(csq_db_laws(st.db, count_law, NULL, &err), CSQ_OK);
  close_stored(&st);
  return counted;
}

static void still_ten_laws(void **state) {
  (void)state;
  assert_int_equal(stored_laws(), 10);
}

static char *read_all(const char *path, size_t *len) { return csq_test_read_file(path, len); }

static int no_leftovers(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "ls %s.importing-* >/dev/null 2>&1", db_path);
  return system(cmd) != 0;
}

/* A law file cut off after 15 bytes, at `path` (a mkstemp template). */
static void write_bad_file(char *path) {
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_true(write(fd, "{\"LawName\": \"x\"", 15) == 15);
  close(fd);
}

/* The database is byte for byte what it was. */
static void assert_database_is(const char *before, size_t before_len) {
  size_t after_len;
  char *after = read_all(db_path, &after_len);
  assert_int_equal(before_len, after_len);
  assert_memory_equal(before, after, before_len);
  free(after);
}

/* A bad file among good ones: the import fails and nothing changes. */
static void failed_import_changes_nothing(void **state) {
  (void)state;
  size_t before_len;
  char *before = read_all(db_path, &before_len);
  char bad[] = "/tmp/csq_test_bad_XXXXXX";
  write_bad_file(bad);
  char one[4200];
  snprintf(one, sizeof one, "%s/A0030297.json", key_dir);
  const char *paths[] = {one, bad};
  csq_error err;
  assert_int_equal(csq_import(db_path, paths, 2, NULL, NULL, &err), CSQ_BAD_INPUT);
  assert_string_equal(err.source, bad);
  assert_database_is(before, before_len);
  assert_true(no_leftovers());
  unlink(bad);
  free(before);
}

/* The same when the bad file is in a later batch: the import reads batch
 * two on its second thread while it writes batch one (docs/database.md),
 * and the error of that thread is the import's, with its file and offset. */
static void failed_later_batch_changes_nothing(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  size_t n;
  char **laws = csq_test_list_laws(ch, &n);
  assert_true(n > 300);
  char bad[] = "/tmp/csq_test_bad_XXXXXX";
  write_bad_file(bad);
  const char *paths[301];
  for (size_t i = 0; i < 300; i++)
    paths[i] = laws[i];
  paths[300] = bad; /* the 45th file of the second batch of 256 */
  size_t before_len;
  char *before = read_all(db_path, &before_len);
  csq_error err;
  assert_int_equal(csq_import(db_path, paths, 301, NULL, NULL, &err), CSQ_BAD_INPUT);
  assert_string_equal(err.source, bad);
  assert_int_equal(err.offset, 15);
  assert_database_is(before, before_len);
  assert_true(no_leftovers());
  unlink(bad);
  free(before);
  csq_test_free_list(laws, n);
}

static void kill_after_some(void *ctx, const csq_import_progress *p) {
  (void)ctx;
  if (p->files_done >= 200)
    raise(SIGKILL);
}

/* An import killed halfway (SIGKILL: no clean-up runs) leaves the old
 * database byte for byte as it was, and still answers. */
static void killed_import_leaves_old_database(void **state) {
  (void)state;
  const char *ch = csq_test_unpack_ch(CSQ_CACHE_DIR);
  assert_non_null(ch);
  size_t before_len;
  char *before = read_all(db_path, &before_len);
  pid_t pid = fork();
  if (pid == 0) {
    const char *paths[] = {ch};
    csq_error err;
    csq_import_options io = {.progress = kill_after_some};
    csq_import(db_path, paths, 1, &io, NULL, &err);
    _exit(0); /* not reached: the progress callback kills the process */
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  assert_database_is(before, before_len);
  assert_int_equal(stored_laws(), 10);
  /* The half-written file is the killed import's, beside the database. */
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -f %s.importing-%ld", db_path, (long)pid);
  assert_int_equal(system(cmd), 0);
  free(before);
}

/* Who cites the whole act: the laws whose stored citations name it are
 * read in from the database, and the citations in memory answer. */
static void cited_by_over_the_database(void **state) {
  (void)state;
  stored st;
  csq_error err;
  open_stored(&st);
  const csq_law *act = find_law(st.lib, "A0030297"); /* only the act is in memory */
  assert_non_null(act);
  assert_int_equal(csq_corpus_law_count(st.corpus), 1);
  csq_cited_by_list *hits;
  assert_int_equal(csq_find_cited_by(st.lib, act, "資通安全管理法", &hits, &err), CSQ_OK);
  assert_true(csq_corpus_law_count(st.corpus) > 1);
  assert_non_null(csq_corpus_find_law(st.corpus, "A0030303"));
  /* 施行細則 第3條, 第5條, 第6條 (twice) and 第9條 cite 本法第十六條's 項 */
  size_t from_rules = 0, art5 = 0;
  for (size_t i = 0; i < csq_cited_by_list_count(hits); i++) {
    const csq_cited_by *h = csq_cited_by_list_at(hits, i);
    const csq_node *from = csq_citation_from(h->citation);
    const char *eid = csq_target_eid(csq_citation_target(h->citation, h->target));
    if (strcmp(csq_law_id(csq_node_law(from)), "A0030303") != 0 || strncmp(eid, "art_16", 6) ||
        (eid[6] && eid[6] != '_'))
      continue;
    from_rules++;
    art5 += strcmp(csq_node_eid(from), "art_5__para_1") == 0;
  }
  assert_int_equal(from_rules, 5);
  assert_int_equal(art5, 1);
  csq_cited_by_list_free(hits);
  close_stored(&st);
}

/* The same question answered from the stored citations alone: no citing
 * law is read in, and the answers carry the citing text. */
static void cited_by_from_stored_citations(void **state) {
  (void)state;
  stored st;
  csq_error err;
  open_stored(&st);
  const csq_law *act = find_law(st.lib, "A0030297");
  assert_non_null(act);
  const csq_node *art16 = csq_law_find(act, "art_16");
  assert_non_null(art16);
  csq_cited_by_list *set;
  assert_int_equal(csq_db_cited_by(st.db, art16, &set, &err), CSQ_OK);
  assert_int_equal(csq_corpus_law_count(st.corpus), 1); /* nothing else was read in */
  size_t n = csq_cited_by_list_count(set), from_rules = 0;
  const csq_cited_by *hits = csq_cited_by_list_at(set, 0);
  assert_true(n >= 5);
  for (size_t i = 0; i < n; i++) {
    const csq_citation *x = hits[i].citation;
    const csq_node *from = csq_citation_from(x);
    const csq_target *t = csq_citation_target(x, hits[i].target);
    assert_string_equal(csq_target_law_id(t), "A0030297");
    assert_true(strncmp(csq_target_eid(t), "art_16", 6) == 0);
    if (strcmp(csq_law_id(csq_node_law(from)), "A0030303") != 0)
      continue;
    from_rules++;
    assert_int_equal(hits[i].relation, CSQ_CITES_PART);
    if (strcmp(csq_node_eid(from), "art_5__para_1") == 0) {
      /* 「前條第三項及本法第十六條第一項之書面」: the span names the act's part */
      size_t len;
      const char *text = csq_node_text(from, &len);
      assert_non_null(strstr(text, "本法第十六條第一項"));
      assert_string_equal(csq_target_cite(t), "第16條第1項");
      assert_true(csq_citation_byte_end(x) > csq_citation_byte_start(x));
      assert_true(csq_citation_byte_end(x) <= len);
    }
  }
  assert_int_equal(from_rules, 5);
  csq_cited_by_list_free(set);
  /* Asked for a paragraph, a citation of the whole article comes last. */
  const csq_node *para1 = csq_law_find(act, "art_16__para_1");
  assert_int_equal(csq_db_cited_by(st.db, para1, &set, &err), CSQ_OK);
  n = csq_cited_by_list_count(set);
  hits = csq_cited_by_list_at(set, 0);
  assert_true(n >= 2);
  for (size_t i = 1; i < n; i++)
    assert_true(hits[i - 1].relation != CSQ_CITES_WHOLE || hits[i].relation == CSQ_CITES_WHOLE);
  csq_cited_by_list_free(set);
  close_stored(&st);
}

/* Obligations and definitions are stored beside the provisions, for
 * programs that read the database with plain SQL. */
static void rules_in_plain_sql(void **state) {
  (void)state;
  sqlite3 *db;
  assert_int_equal(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_stmt *s;
  /* 第4條第1項第6款: 受託者…應立即通知委託機關 */
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT o.modality, o.actor, o.action, o.cue_start,"
                                      " o.cue_end, n.text FROM obligations o"
                                      " JOIN nodes n USING (node_key) JOIN laws l USING (law_key)"
                                      " WHERE l.id = 'A0030303'"
                                      " AND n.eid = 'art_4__para_1__subpara_6'",
                                      -1, &s, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "shall");
  assert_string_equal((const char *)sqlite3_column_text(s, 1), "受託者");
  assert_non_null(strstr((const char *)sqlite3_column_text(s, 2), "通知委託機關"));
  /* the cue's span, in code points of the node's text, is 應 */
  const char *text = (const char *)sqlite3_column_text(s, 5);
  int32_t i = 0, n = (int32_t)strlen(text);
  for (int k = 0; k < sqlite3_column_int(s, 3); k++)
    U8_FWD_1(text, i, n);
  assert_int_equal(sqlite3_column_int(s, 4) - sqlite3_column_int(s, 3), 1);
  assert_memory_equal(text + i, "應", strlen("應"));
  assert_int_equal(sqlite3_step(s), SQLITE_DONE);
  sqlite3_finalize(s);
  /* 第11條第2項第1款's 但…不在此限 qualifies 第11條第2項's 不予 (issue 10):
   * the exception names the statement by its key */
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT q.cue, qn.eid FROM obligations o"
                                      " JOIN nodes n USING (node_key) JOIN laws l USING (law_key)"
                                      " JOIN obligations q ON q.obligation_key = o.qualifies"
                                      " JOIN nodes qn ON qn.node_key = q.node_key"
                                      " WHERE l.id = 'A0030303'"
                                      " AND n.eid = 'art_11__para_2__subpara_1'",
                                      -1, &s, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "不予");
  assert_string_equal((const char *)sqlite3_column_text(s, 1), "art_11__para_2");
  sqlite3_finalize(s);
  /* every reference to another statement names a row, of the same law */
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT count(*) FROM obligations o"
                                      " JOIN nodes n USING (node_key)"
                                      " LEFT JOIN obligations q ON q.obligation_key ="
                                      " coalesce(o.qualifies, o.actor_source)"
                                      " LEFT JOIN nodes qn ON qn.node_key = q.node_key"
                                      " WHERE coalesce(o.qualifies, o.actor_source) IS NOT NULL"
                                      " AND (q.obligation_key IS NULL OR qn.law_key <> n.law_key)",
                                      -1, &s, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(s, 0), 0);
  sqlite3_finalize(s);
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT n.eid, d.form FROM definitions d"
                                      " JOIN nodes n USING (node_key) JOIN laws l USING (law_key)"
                                      " WHERE l.id = 'A0030303' AND d.term = '核心資通系統'",
                                      -1, &s, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "art_7__para_2");
  assert_string_equal((const char *)sqlite3_column_text(s, 1), "said");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

static void not_a_database(void **state) {
  (void)state;
  csq_db *d = NULL;
  csq_error err;
  assert_int_equal(csq_db_open(CSQ_SOURCE_DIR "/README.md", NULL, &d, &err) != CSQ_OK, 1);
  assert_int_equal(csq_db_open("/nonexistent.db", NULL, &d, &err), CSQ_IO);
  assert_non_null(strstr(err.message, "csquery import"));
  const char *none[] = {"/nonexistent/folder"};
  assert_int_equal(csq_import(db_path, none, 1, NULL, NULL, &err), CSQ_IO);
}

/* A database of an older schema, made by a csquery before this one: 5
 * (obligations, one version a law), and 6, which was two schemas (search's
 * tables, or every version of every law) before 7 held both. Refused when
 * opened and by an import, which leaves it byte for byte as it was; the
 * message says how to build it again. */
static void older_schema_refused(void **state) {
  (void)state;
  for (int version = 5; version <= 6; version++) {
    char old[4200], sql[256], said[64];
    snprintf(old, sizeof old, "%s.schema%d", db_path, version);
    snprintf(said, sizeof said, "schema %d, not 7", version);
    snprintf(sql, sizeof sql,
             "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
             "INSERT INTO meta VALUES('schema_version', '%d');"
             "CREATE TABLE laws(law_key INTEGER PRIMARY KEY, id TEXT);",
             version);
    unlink(old);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(old, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    size_t before_len, after_len;
    char *before = csq_test_read_file(old, &before_len);
    assert_non_null(before);
    csq_db *d = NULL;
    csq_error err;
    assert_int_equal(csq_db_open(old, NULL, &d, &err), CSQ_BAD_DB);
    assert_non_null(strstr(err.message, said));
    assert_non_null(strstr(err.message, "import --fresh"));
    char one[4200];
    snprintf(one, sizeof one, "%s/A0030303.json", key_dir);
    const char *paths[] = {one};
    assert_int_equal(csq_import(old, paths, 1, NULL, NULL, &err), CSQ_BAD_DB);
    assert_non_null(strstr(err.message, said));
    char *after = csq_test_read_file(old, &after_len);
    assert_non_null(after);
    assert_int_equal(before_len, after_len);
    assert_memory_equal(before, after, before_len);
    free(before);
    free(after);
    char lock[4300];
    snprintf(lock, sizeof lock, "%s.lock", old);
    unlink(lock);
    unlink(old);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(reads_back_the_same_tree),
      cmocka_unit_test(reimport_changes_nothing),
      cmocka_unit_test(still_ten_laws),
      cmocka_unit_test(failed_import_changes_nothing),
      cmocka_unit_test(failed_later_batch_changes_nothing),
      cmocka_unit_test(killed_import_leaves_old_database),
      cmocka_unit_test(cited_by_over_the_database),
      cmocka_unit_test(cited_by_from_stored_citations),
      cmocka_unit_test(rules_in_plain_sql),
      cmocka_unit_test(not_a_database),
      cmocka_unit_test(older_schema_refused),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
