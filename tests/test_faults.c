/*
 * test_faults.c — faults injected where csquery meets the system:
 *
 *  - every allocation through the allocator hook (csq_mem) fails in turn
 *    over the seed's whole pipeline (reading, citations, obligations,
 *    definitions, lookups, cited-by, search, every renderer; then import,
 *    the database opened and asked): each run ends in CSQ_NO_MEMORY, said
 *    with a message, and leaves nothing allocated (no leak, no crash: the
 *    sanitizer build checks the rest);
 *  - SQLite's reads and writes fail in turn (a VFS shim under csquery's
 *    own: an I/O error, or a full disk, at the Nth read or write) during
 *    an import and during the questions asked of a database: the old
 *    database is byte for byte as it was, and the error names the database.
 *
 * The counts of docs/reliability.md come from this test's output.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
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

#define SEED CSQ_SOURCE_DIR "/corpus/資通安全管理法施行細則.txt"

/* ---- an allocator that fails on demand -------------------------------------- */

/* Atomic: an import allocates on its second thread too. */
static struct {
  atomic_llong count;   /* allocations asked for */
  atomic_llong fail_at; /* the one that fails (0: none) */
  atomic_llong live;    /* allocated and not freed */
  atomic_int failed;
} F;

static int fails_now(void) {
  long long n = atomic_fetch_add(&F.count, 1) + 1;
  if (n != atomic_load(&F.fail_at))
    return 0;
  atomic_store(&F.failed, 1);
  if (getenv("CSQ_TEST_FAULT_TRAP") && atoll(getenv("CSQ_TEST_FAULT_TRAP")) == n)
    raise(SIGTRAP); /* under a debugger: where allocation n fails */
  return 1;
}

static void *f_calloc(size_t count, size_t size) {
  if (fails_now())
    return NULL;
  void *p = calloc(count, size);
  if (p)
    atomic_fetch_add(&F.live, 1);
  return p;
}

static void *f_realloc(void *p, size_t size) {
  if (fails_now())
    return NULL;
  void *q = realloc(p, size);
  if (q && !p)
    atomic_fetch_add(&F.live, 1);
  return q;
}

static void f_free(void *p) {
  if (p)
    atomic_fetch_sub(&F.live, 1);
  free(p);
}

static const csq_mem FAILING = {f_calloc, f_realloc, f_free};

static void arm(long long fail_at) {
  atomic_store(&F.count, 0);
  atomic_store(&F.fail_at, fail_at);
  atomic_store(&F.failed, 0);
}

/* A step's status: OK, or out of memory said so. Anything else fails. */
static int step(csq_status st, const csq_error *err, const char *what) {
  if (st == CSQ_OK)
    return 1;
  if (st != CSQ_NO_MEMORY)
    fail_msg("%s failed with %s (%s) at allocation %lld", what, csq_status_name(st), err->message,
             (long long)atomic_load(&F.fail_at));
  if (!strstr(err->message, "out of memory"))
    fail_msg("%s: out of memory said as 「%s」", what, err->message);
  if (!atomic_load(&F.failed))
    fail_msg("%s: out of memory with no allocation failed", what);
  return 0;
}

/* Renders in both formats into /dev/null. */
#define RENDER(fn, list, what)                                                                     \
  do {                                                                                             \
    csq_render_options text_ = {.format = CSQ_FORMAT_TEXT, .with_target_text = 1},                 \
                       json_ = {.format = CSQ_FORMAT_JSON, .with_target_text = 1};                 \
    FILE *sink_ = fopen("/dev/null", "w");                                                         \
    int ok_ = step(fn(sink_, &text_, list, &err), &err, what) &&                                   \
              step(fn(sink_, &json_, list, &err), &err, what);                                     \
    fclose(sink_);                                                                                 \
    if (!ok_)                                                                                      \
      goto done;                                                                                   \
  } while (0)

/* The questions of a library, each answer rendered; 1 when all ran. */
static int ask(csq_library *lib) {
  csq_error err;
  const csq_law *law = NULL;
  csq_node_list *nodes = NULL;
  csq_citation_list *cites = NULL, *dangling = NULL;
  csq_cited_by_list *cited = NULL;
  csq_obligation_list *obls = NULL;
  csq_definition_list *defs = NULL;
  csq_hits *hits = NULL;
  int ok = 0;
  if (!step(csq_library_primary(lib, &law, &err), &err, "primary law"))
    goto done;
  if (!step(csq_lookup(lib, law, "第4條第1項", &nodes, &err), &err, "lookup"))
    goto done;
  RENDER(csq_render_nodes, nodes, "rendering nodes");
  RENDER(csq_render_law, law, "rendering the law");
  if (!step(csq_find_citations(lib, nodes, &cites, &err), &err, "citations"))
    goto done;
  RENDER(csq_render_citations, cites, "rendering citations");
  if (!step(csq_find_dangling(lib, &dangling, &err), &err, "dangling"))
    goto done;
  if (!step(csq_find_cited_by(lib, law, "第4條", &cited, &err), &err, "cited-by"))
    goto done;
  RENDER(csq_render_cited_by, cited, "rendering cited-by");
  csq_obligation_filter f = {1, -1, "受託者"};
  if (!step(csq_find_obligations(lib, law, NULL, &f, &obls, &err), &err, "obligations"))
    goto done;
  RENDER(csq_render_obligations, obls, "rendering obligations");
  if (!step(csq_find_definitions(lib, law, "資通系統", &defs, &err), &err, "definitions"))
    goto done;
  RENDER(csq_render_definitions, defs, "rendering definitions");
  if (!step(csq_search(lib, "資通安全 通報", NULL, &hits, &err), &err, "search"))
    goto done;
  RENDER(csq_render_hits, hits, "rendering hits");
  ok = 1;
done:
  csq_hits_free(hits);
  csq_definition_list_free(defs);
  csq_obligation_list_free(obls);
  csq_cited_by_list_free(cited);
  csq_citation_list_free(dangling);
  csq_citation_list_free(cites);
  csq_node_list_free(nodes);
  return ok;
}

/* The seed read into memory and every question asked; 1 when all ran. */
static int in_memory(void) {
  csq_error err;
  csq_corpus *corpus = NULL;
  csq_refs *refs = NULL;
  csq_obligations *obls = NULL;
  csq_definitions *defs = NULL;
  csq_library *lib = NULL;
  int ok = step(csq_corpus_new(&FAILING, &corpus, &err), &err, "corpus") &&
           step(csq_corpus_add_builtin(corpus, &err), &err, "reading the seed") &&
           step(csq_refs_build(corpus, &refs, &err), &err, "citations") &&
           step(csq_obligations_build(corpus, &obls, &err), &err, "obligations") &&
           step(csq_definitions_build(corpus, refs, &defs, &err), &err, "definitions") &&
           step(csq_library_new(corpus, NULL, &lib, &err), &err, "library") && ask(lib);
  csq_library_free(lib);
  csq_definitions_free(defs);
  csq_obligations_free(obls);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  return ok;
}

static char db_path[256];

/* The seed imported, the database opened and asked; 1 when all ran. */
static int through_the_database(void) {
  csq_error err;
  const char *paths[] = {SEED};
  csq_import_options io = {.mem = &FAILING, .fresh = 1};
  csq_db *db = NULL;
  csq_corpus *corpus = NULL;
  csq_library *lib = NULL;
  int ok = step(csq_import(db_path, paths, 1, &io, NULL, &err), &err, "import") &&
           step(csq_db_open(db_path, &FAILING, &db, &err), &err, "opening") &&
           step(csq_corpus_new(&FAILING, &corpus, &err), &err, "corpus") &&
           step(csq_library_new(corpus, db, &lib, &err), &err, "library") && ask(lib);
  csq_library_free(lib);
  csq_corpus_free(corpus);
  csq_db_free(db);
  return ok;
}

/* Fails allocation 1, 2, … of `run` until a run needs no more; returns
 * how many failure points were tried. */
static long long every_allocation_fails(int (*run)(void), const char *name) {
  long long n;
  atomic_store(&F.live, 0);
  for (n = 1;; n++) {
    arm(n);
    int ok = run();
    if (atomic_load(&F.live) != 0)
      fail_msg("%s: allocation %lld failing left %lld allocations behind", name, n,
               (long long)atomic_load(&F.live));
    if (ok && atomic_load(&F.failed))
      fail_msg("%s: allocation %lld failed, and every step said it went well", name, n);
    if (ok)
      break;
  }
  printf("  %s: %lld allocations, each failed in turn\n", name, n - 1);
  return n - 1;
}

static void allocations_fail_in_memory(void **state) {
  (void)state;
  assert_true(every_allocation_fails(in_memory, "the seed in memory") > 100);
}

static void allocations_fail_through_the_database(void **state) {
  (void)state;
  assert_true(every_allocation_fails(through_the_database, "import and the database") > 100);
}

/* ---- SQLite's reads and writes fail --------------------------------------- */

/* A VFS shim under every database csquery opens (registered as the default
 * before the first: csquery's checksum VFS sits on top of it): it counts
 * reads and writes, and fails the one armed, as an I/O error or as a full
 * disk (that write and every later one). */
static struct {
  sqlite3_vfs *real;
  atomic_llong reads, writes;
  atomic_llong fail_read, fail_write; /* 0: none */
  atomic_int full;                    /* the failing write is a full disk */
  atomic_int failed;
} V;

typedef struct faulty_file {
  sqlite3_file base;
} faulty_file;

#define REAL_FILE(f) ((sqlite3_file *)((faulty_file *)(f) + 1))

static int v_read(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset) {
  long long n = atomic_fetch_add(&V.reads, 1) + 1;
  if (n == atomic_load(&V.fail_read)) {
    atomic_store(&V.failed, 1);
    return SQLITE_IOERR_READ;
  }
  return REAL_FILE(f)->pMethods->xRead(REAL_FILE(f), buf, amount, offset);
}

static int v_write(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset) {
  long long n = atomic_fetch_add(&V.writes, 1) + 1, at = atomic_load(&V.fail_write);
  if (at && (n == at || (atomic_load(&V.full) && n > at))) {
    atomic_store(&V.failed, 1);
    return atomic_load(&V.full) ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  }
  return REAL_FILE(f)->pMethods->xWrite(REAL_FILE(f), buf, amount, offset);
}

static int v_close(sqlite3_file *f) { return REAL_FILE(f)->pMethods->xClose(REAL_FILE(f)); }
static int v_truncate(sqlite3_file *f, sqlite3_int64 size) {
  return REAL_FILE(f)->pMethods->xTruncate(REAL_FILE(f), size);
}
static int v_sync(sqlite3_file *f, int flags) {
  return REAL_FILE(f)->pMethods->xSync(REAL_FILE(f), flags);
}
static int v_size(sqlite3_file *f, sqlite3_int64 *size) {
  return REAL_FILE(f)->pMethods->xFileSize(REAL_FILE(f), size);
}
static int v_lock(sqlite3_file *f, int l) { return REAL_FILE(f)->pMethods->xLock(REAL_FILE(f), l); }
static int v_unlock(sqlite3_file *f, int l) {
  return REAL_FILE(f)->pMethods->xUnlock(REAL_FILE(f), l);
}
static int v_check(sqlite3_file *f, int *out) {
  return REAL_FILE(f)->pMethods->xCheckReservedLock(REAL_FILE(f), out);
}
static int v_control(sqlite3_file *f, int op, void *arg) {
  return REAL_FILE(f)->pMethods->xFileControl(REAL_FILE(f), op, arg);
}
static int v_sector(sqlite3_file *f) { return REAL_FILE(f)->pMethods->xSectorSize(REAL_FILE(f)); }
static int v_device(sqlite3_file *f) {
  return REAL_FILE(f)->pMethods->xDeviceCharacteristics(REAL_FILE(f));
}

static const sqlite3_io_methods V_METHODS = {.iVersion = 1,
                                             .xClose = v_close,
                                             .xRead = v_read,
                                             .xWrite = v_write,
                                             .xTruncate = v_truncate,
                                             .xSync = v_sync,
                                             .xFileSize = v_size,
                                             .xLock = v_lock,
                                             .xUnlock = v_unlock,
                                             .xCheckReservedLock = v_check,
                                             .xFileControl = v_control,
                                             .xSectorSize = v_sector,
                                             .xDeviceCharacteristics = v_device};

static int v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out) {
  (void)vfs;
  int rc = V.real->xOpen(V.real, name, REAL_FILE(f), flags, out);
  f->pMethods = rc == SQLITE_OK ? &V_METHODS : NULL;
  return rc;
}

static sqlite3_vfs FAULTY;

static void register_faulty_vfs(void) {
  V.real = sqlite3_vfs_find(NULL);
  FAULTY = *V.real;
  FAULTY.zName = "csq-test-faulty";
  FAULTY.szOsFile = (int)sizeof(faulty_file) + V.real->szOsFile;
  FAULTY.xOpen = v_open;
  FAULTY.pNext = NULL;
  assert_int_equal(sqlite3_vfs_register(&FAULTY, 1), SQLITE_OK);
}

static void arm_io(long long fail_read, long long fail_write, int full) {
  atomic_store(&V.reads, 0);
  atomic_store(&V.writes, 0);
  atomic_store(&V.fail_read, fail_read);
  atomic_store(&V.fail_write, fail_write);
  atomic_store(&V.full, full);
  atomic_store(&V.failed, 0);
}

/* ---- the database before, and after a failed import ------------------------ */

static char io_db[256];

static void make_old_database(void) {
  arm_io(0, 0, 0);
  const char *paths[] = {SEED};
  csq_error err;
  csq_import_options io = {.fresh = 1};
  if (csq_import(io_db, paths, 1, &io, NULL, &err) != CSQ_OK)
    fail_msg("%s", err.message);
}

static char *database_bytes(size_t *len) {
  char *bytes = csq_test_read_file(io_db, len);
  assert_non_null(bytes);
  return bytes;
}

/* Imports a second law into the old database with the fault armed: 1 when
 * the import went through (nothing failed), else checks what it said and
 * that the old database is as it was. */
static int import_under_fault(const char *before, size_t before_len, const char *fault) {
  const char *paths[] = {CSQ_SOURCE_DIR "/tests/golden/dump.json"};
  csq_error err;
  csq_status st = csq_import(io_db, paths, 1, NULL, NULL, &err);
  if (st == CSQ_OK) {
    if (atomic_load(&V.failed))
      fail_msg("%s: an import went well though SQLite failed", fault);
    return 1;
  }
  if (!atomic_load(&V.failed))
    fail_msg("%s: the import failed with nothing failing: %s", fault, err.message);
  if (st != CSQ_IO && st != CSQ_DB && st != CSQ_BAD_DB)
    fail_msg("%s: the import failed with %s: %s", fault, csq_status_name(st), err.message);
  if (strcmp(err.source, io_db) != 0)
    fail_msg("%s: the error names 「%s」, not the database: %s", fault, err.source, err.message);
  if (atomic_load(&V.full) && (st != CSQ_IO || !strstr(err.message, "disk is full")))
    fail_msg("%s: a full disk said as %s", fault, err.message);
  size_t after_len;
  arm_io(0, 0, 0);
  char *after = database_bytes(&after_len);
  if (after_len != before_len || memcmp(before, after, before_len) != 0)
    fail_msg("%s: the old database changed", fault);
  free(after);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "ls %s.importing-* >/dev/null 2>&1", io_db);
  if (system(cmd) == 0)
    fail_msg("%s: the new database was left beside the old", fault);
  return 0;
}

/* Fails read (or write) 1, 2, … of an import until one goes through; the
 * number of failure points tried. */
static long long every_io_fails(int writes, int full, const char *name) {
  make_old_database();
  size_t before_len;
  char *before = database_bytes(&before_len);
  long long n;
  for (n = 1;; n++) {
    char fault[64];
    snprintf(fault, sizeof fault, "%s %lld", name, n);
    arm_io(writes ? 0 : n, writes ? n : 0, full);
    if (import_under_fault(before, before_len, fault))
      break;
  }
  free(before);
  printf("  an import: %s, each in turn: %lld\n", name, n - 1);
  return n - 1;
}

static void import_reads_fail(void **state) {
  (void)state;
  assert_true(every_io_fails(0, 0, "reads failing") > 10);
}

static void import_writes_fail(void **state) {
  (void)state;
  assert_true(every_io_fails(1, 0, "writes failing") > 10);
}

static void disk_fills_up(void **state) {
  (void)state;
  assert_true(every_io_fails(1, 1, "the disk full from write") > 10);
}

/* Every question asked of the database, its answers rendered as JSON into
 * one text; NULL and *st when a question failed. */
static char *answers(csq_status *st, csq_error *err) {
  csq_db *db = NULL;
  csq_corpus *corpus = NULL;
  csq_library *lib = NULL;
  const csq_law *law = NULL;
  csq_node_list *nodes = NULL;
  csq_cited_by_list *cited = NULL;
  csq_hits *hits = NULL;
  csq_version_list *laws = NULL;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  csq_render_options json = {.format = CSQ_FORMAT_JSON};
  *st = csq_db_open(io_db, NULL, &db, err);
  if (*st == CSQ_OK)
    *st = csq_corpus_new(NULL, &corpus, err);
  if (*st == CSQ_OK)
    *st = csq_library_new(corpus, db, &lib, err);
  if (*st == CSQ_OK)
    *st = csq_find_versions(lib, NULL, NULL, &laws, err);
  if (*st == CSQ_OK)
    *st = csq_render_laws(out, &json, laws, err);
  if (*st == CSQ_OK)
    *st = csq_library_primary(lib, &law, err);
  if (*st == CSQ_OK)
    *st = csq_lookup(lib, law, "第4條", &nodes, err);
  if (*st == CSQ_OK)
    *st = csq_render_nodes(out, &json, nodes, err);
  if (*st == CSQ_OK)
    *st = csq_find_cited_by(lib, law, "第4條", &cited, err);
  if (*st == CSQ_OK)
    *st = csq_render_cited_by(out, &json, cited, err);
  if (*st == CSQ_OK)
    *st = csq_search(lib, "資通安全 通報", NULL, &hits, err);
  if (*st == CSQ_OK)
    *st = csq_render_hits(out, &json, hits, err);
  fclose(out);
  csq_hits_free(hits);
  csq_version_list_free(laws);
  csq_cited_by_list_free(cited);
  csq_node_list_free(nodes);
  csq_library_free(lib);
  csq_corpus_free(corpus);
  csq_db_free(db);
  if (*st != CSQ_OK) {
    free(buf);
    return NULL;
  }
  return buf;
}

/* Reads failing one at a time under the questions: each run answers as
 * without the fault, or fails with a message that names the database. */
static void query_reads_fail(void **state) {
  (void)state;
  make_old_database();
  csq_status st;
  csq_error err;
  arm_io(0, 0, 0);
  char *right = answers(&st, &err);
  if (!right)
    fail_msg("%s", err.message);
  long long n;
  for (n = 1;; n++) {
    arm_io(n, 0, 0);
    char *got = answers(&st, &err);
    int failed = atomic_load(&V.failed);
    if (!got && (st != CSQ_IO && st != CSQ_DB && st != CSQ_BAD_DB))
      fail_msg("read %lld failing: %s (%s)", n, csq_status_name(st), err.message);
    if (!got && strstr(err.source, io_db) == NULL)
      fail_msg("read %lld failing: the error names 「%s」: %s", n, err.source, err.message);
    if (got && strcmp(got, right) != 0)
      fail_msg("read %lld failing: a different answer", n);
    free(got);
    if (!failed)
      break;
  }
  free(right);
  printf("  questions of a database: reads failing, each in turn: %lld\n", n - 1);
  assert_true(n > 10);
}

int main(void) {
  /* In memory where there is a tmpfs: a thousand imports renamed into place
   * make the disk flush each time. */
  const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(db_path, sizeof db_path, "%s/csq_test_faults_%ld.db", tmp, (long)getpid());
  snprintf(io_db, sizeof io_db, "%s/csq_test_faults_io_%ld.db", tmp, (long)getpid());
  register_faulty_vfs(); /* before csquery opens its first database */
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(allocations_fail_in_memory),
      cmocka_unit_test(allocations_fail_through_the_database),
      cmocka_unit_test(import_reads_fail),
      cmocka_unit_test(import_writes_fail),
      cmocka_unit_test(disk_fills_up),
      cmocka_unit_test(query_reads_fail),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  const char *dbs[] = {db_path, io_db};
  for (int i = 0; i < 2; i++) {
    char lock[300];
    snprintf(lock, sizeof lock, "%s.lock", dbs[i]);
    unlink(dbs[i]);
    unlink(lock);
  }
  return rc;
}
