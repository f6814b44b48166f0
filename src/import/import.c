/*
 * import.c — csq_import, the one orchestrator: it lists the input files,
 * reads them in batches into a corpus, has the citation and deontic stages
 * find what is in them, and has the store write it all into a copy of the
 * database that is renamed into place only when everything is in (atomic:
 * a failed or interrupted import leaves the old database as it was), one
 * import at a time a database (DB.lock).
 */
#define _DEFAULT_SOURCE /* flock: a lock per open file, which threads do not share */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"

/* The files to read, in order, with their sizes (the progress counts
 * bytes: one law file can be a thousand times the size of another). */
typedef struct input_file {
  char *path;
  long long bytes;
} input_file;

typedef struct file_list {
  const csq_mem *mem;
  CSQ_VEC(input_file) paths;
  long long bytes;
} file_list;

static int list_add(file_list *l, const char *path, long long bytes) {
  input_file f = {csq__strdup(l->mem, path), bytes};
  if (f.path && csq__vec_push(l->mem, &l->paths, f) == 0) {
    l->bytes += bytes;
    return 0;
  }
  csq__free(l->mem, f.path);
  return -1;
}

static void list_free(file_list *l) {
  for (size_t i = 0; i < l->paths.count; i++)
    csq__free(l->mem, l->paths.items[i].path);
  csq__vec_free(l->mem, &l->paths);
}

static int by_path(const void *a, const void *b) {
  return strcmp(((const input_file *)a)->path, ((const input_file *)b)->path);
}

/* A folder contributes its *.json files (not index.json), sorted. */
static csq_status expand(const char *path, file_list *l, csq_error *err) {
  struct stat st;
  if (stat(path, &st) != 0)
    return csq__fail_cause(err, CSQ_IO, errno, path, -1, "cannot open: %s", strerror(errno));
  if (!S_ISDIR(st.st_mode))
    return list_add(l, path, (long long)st.st_size) == 0 ? CSQ_OK : csq__oom(err);
  DIR *d = opendir(path);
  if (!d)
    return csq__fail_cause(err, CSQ_IO, errno, path, -1, "cannot read folder: %s", strerror(errno));
  size_t first = l->paths.count;
  struct dirent *e;
  int fail = 0;
  while (!fail && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0 || strcmp(e->d_name, "index.json") == 0)
      continue;
    char full[4096];
    snprintf(full, sizeof full, "%s/%s", path, e->d_name);
    struct stat fs;
    fail = list_add(l, full, stat(full, &fs) == 0 ? (long long)fs.st_size : 0) != 0;
  }
  closedir(d);
  if (fail)
    return csq__oom(err);
  if (l->paths.count > first) /* (items may be NULL: no pointer arithmetic on it) */
    csq__sort(l->paths.items + first, l->paths.count - first, sizeof *l->paths.items, by_path);
  return CSQ_OK;
}

/* Room for each page's checksum in the new database (checksum.c). */
static csq_status reserve_checksums(sqlite3 *db, const char *db_path, csq_error *err) {
  return csq__checksum_reserve(db) == SQLITE_OK
             ? CSQ_OK
             : csq__db_fail(db, db_path, "reserving room for page checksums", err);
}

/* Copies the current database into the new one (so that an import updates
 * rather than replaces), and gives a copy of a database made before page
 * checksums its checksums (a VACUUM rewrites every page). */
static csq_status copy_current(sqlite3 *db, const char *db_path, const csq_mem *mem,
                               csq_error *err) {
  csq_db *old;
  csq_status st = csq_db_open(db_path, mem, &old, err);
  if (st != CSQ_OK)
    return st;
  sqlite3_backup *b = sqlite3_backup_init(db, "main", old->db, "main");
  int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE)
    st = b ? csq__db_fail_rc(rc, db_path, "copying the current database", err)
           : csq__db_fail(db, db_path, "copying the current database", err);
  csq_db_free(old);
  if (st == CSQ_OK && !csq__checksum_reserved(db)) {
    st = reserve_checksums(db, db_path, err);
    if (st == CSQ_OK)
      st = csq__db_exec(db, "VACUUM;", db_path, err);
  }
  return st;
}

/* Opens the temporary database: a copy of the current one, or (none, or
 * `fresh`) an empty one, its pages with room for their checksums. */
static csq_status open_temp(const char *db_path, const char *tmp, const csq_import_options *o,
                            sqlite3 **out, csq_error *err) {
  sqlite3 *db = NULL;
  unlink(tmp);
  csq_status st = csq__checksum_vfs(err);
  if (st != CSQ_OK)
    return st;
  /* NOMUTEX: only the main thread touches the database (the second thread
   * reads files); SQLite's connection mutex was taken on every call. */
  if (sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      CSQ_CHECKSUM_VFS) != SQLITE_OK) {
    st = csq__db_fail(db, db_path, "cannot create the new database beside it", err);
    sqlite3_close(db);
    return st;
  }
  *out = db;
  st = csq__fts_register(db, err);
  if (st == CSQ_OK)
    st = reserve_checksums(db, db_path, err);
  if (st != CSQ_OK)
    return st;
  struct stat sb;
  if (o->fresh || stat(db_path, &sb) != 0)
    return csq__store_create_schema(db, err);
  return copy_current(db, db_path, o->mem, err);
}

/* Takes DB.lock for the whole import: a second import into the database
 * waits for the first (or, with no_wait, fails), where both used to copy
 * the same database and the last rename dropped the other's laws. The
 * lock file stays; the lock ends with the import, or with its process. */
static csq_status lock_db(const char *db_path, const csq_import_options *o, int *fd,
                          csq_error *err) {
  char lock[4200];
  snprintf(lock, sizeof lock, "%s.lock", db_path);
  *fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (*fd < 0)
    return csq__fail_cause(err, CSQ_IO, errno, db_path, -1, "cannot make its lock file %s: %s",
                           lock, strerror(errno));
  if (flock(*fd, LOCK_EX | LOCK_NB) == 0)
    return CSQ_OK;
  if (errno == EWOULDBLOCK && o->no_wait)
    return csq__fail_cause(err, CSQ_IO, errno, db_path, -1,
                           "another csquery import is writing this database: import again when "
                           "it has finished");
  if (errno == EWOULDBLOCK && o->waiting)
    o->waiting(o->progress_ctx, db_path);
  int rc;
  while ((rc = flock(*fd, LOCK_EX)) != 0 && errno == EINTR)
    ;
  return rc == 0 ? CSQ_OK
                 : csq__fail_cause(err, CSQ_IO, errno, db_path, -1, "cannot lock %s: %s", lock,
                                   strerror(errno));
}

/* With the lock held no other import runs: DB.importing-PID files beside
 * the database are what killed imports left. */
static void remove_leftovers(const char *db_path) {
  const char *slash = strrchr(db_path, '/');
  const char *base = slash ? slash + 1 : db_path;
  char dir[4096], prefix[4200];
  snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - db_path) : 1, slash ? db_path : ".");
  if (!dir[0])
    snprintf(dir, sizeof dir, "/");
  snprintf(prefix, sizeof prefix, "%s.importing-", base);
  DIR *d = opendir(dir);
  if (!d)
    return;
  size_t n = strlen(prefix);
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *pid = e->d_name + n; /* DB.importing-PID, nothing else */
    if (strncmp(e->d_name, prefix, n) != 0 || !*pid || pid[strspn(pid, "0123456789")] != '\0')
      continue;
    char path[8400];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    unlink(path);
  }
  closedir(d);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What the progress callback is told, and what its estimate rests on: the
 * bytes of the batches written and the time their steps took. A step
 * writes one batch while the next is read, the pace of the whole import;
 * the first batch, read before any writing starts, is left out of it, so
 * the first estimate is not inflated by it. The last steps (the index
 * merged into one segment, the lengths for ranking) take about
 * FINISH_SHARE of the time the batches took. */
#define FINISH_SHARE 0.15

typedef struct progress {
  const csq_import_options *o;
  csq_import_progress now;
  double start;
  long long bytes_measured;
  double seconds_measured;
} progress;

static void progress_tell(progress *p) {
  p->now.seconds = now() - p->start;
  if (p->o->progress)
    p->o->progress(p->o->progress_ctx, &p->now);
}

static void progress_start(progress *p, const csq_import_options *o, const file_list *files,
                           double start) {
  memset(p, 0, sizeof *p);
  p->o = o;
  p->start = start;
  p->now.files_total = files->paths.count;
  p->now.bytes_total = files->bytes;
  p->now.seconds_left = -1;
  progress_tell(p);
}

static void progress_batch(progress *p, size_t files_done, size_t laws, long long bytes,
                           double seconds) {
  p->now.files_done = files_done;
  p->now.laws = laws;
  p->now.bytes_done += bytes;
  p->bytes_measured += bytes;
  p->seconds_measured += seconds;
  if (p->bytes_measured > 0) {
    double rate = (double)p->bytes_measured / p->seconds_measured;
    double all = (double)p->now.bytes_total / rate;
    p->now.seconds_left =
        (double)(p->now.bytes_total - p->now.bytes_done) / rate + FINISH_SHARE * all;
  }
  progress_tell(p);
}

/* Every file is in; the last steps remain. */
static void progress_finishing(progress *p) {
  p->now.finishing = 1;
  if (p->bytes_measured > 0)
    p->now.seconds_left =
        FINISH_SHARE * (double)p->now.bytes_total * p->seconds_measured / (double)p->bytes_measured;
  progress_tell(p);
}

/* Files are read in batches: one corpus serves a batch (its grammar is
 * compiled once, its citations resolved together), and its laws leave it
 * as soon as they and their citations are written. */
enum { BATCH = 256 };

/* A batch of files on its way in. A worker thread reads a batch and finds
 * its citations, obligations and definitions while the main thread writes
 * the batch before it: reading and analysing take a third of an import's
 * time, writing the rest, and the machine has two cores. Only the main
 * thread touches the database; a batch passes between the threads at
 * pthread_create and pthread_join, and nothing else is shared. */
/* The versions stored or read so far, so that a batch drops a version
 * that is stored already before any work is spent on it (the 6,649 laws
 * of the 2019 dump that the 2024 dump holds in the same version). Only the
 * reading side touches it, one batch after the other. */
typedef struct known {
  csq__u64map digests; /* hash of pcode-or-name and version → digest, bit 0: "moj" */
} known;

typedef struct batch {
  csq_corpus *corpus; /* kept between batches: its grammar is compiled once */
  known *known;
  size_t unchanged, kept; /* versions dropped, as csq_import_stats counts them */
  const file_list *files;
  size_t first, end; /* files[first, end) */
  size_t read;       /* files read, the failing one included */
  csq_refs *refs;
  csq_obligations *obligations;
  csq_definitions *definitions;
  csq_status status;
  csq_error err;
} batch;

static uint64_t version_key(const csq_law *law) {
  char buf[1024];
  int n = snprintf(buf, sizeof buf, "%s%c%s", law->id[0] ? law->id : law->name, 0, law->version);
  return csq__hash_bytes(buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
}

static uint64_t digest_value(const char *digest, const char *format) {
  return (strtoull(digest, NULL, 16) & ~1ULL) | (strcmp(format, "moj") == 0);
}

/* Whether a law read is to be written: not when the same text of that
 * version is stored (or read before), nor when it is a text of the older
 * format of a version the current format's text is stored for (as the
 * store decides, write.c). */
static int keep_law(void *ctx, const csq_law *law) {
  batch *b = ctx;
  char digest[17];
  csq__law_digest(law, digest);
  uint64_t key = version_key(law), mine = digest_value(digest, law->format), stored;
  if (csq__u64map_get(&b->known->digests, key, &stored)) {
    if ((stored | 1) == (mine | 1)) {
      b->unchanged++;
      return 0;
    }
    if ((stored & 1) && strcmp(law->format, "moj-old") == 0) {
      b->kept++;
      return 0;
    }
  }
  if (csq__u64map_put(&b->known->digests, key, mine) != 0 && b->status == CSQ_OK)
    b->status = csq__oom(&b->err); /* said, as every allocation that fails */
  return 1;
}

static void *prepare_batch(void *arg) {
  batch *b = arg;
  b->status = CSQ_OK;
  b->read = b->unchanged = b->kept = 0;
  for (size_t i = b->first; b->status == CSQ_OK && i < b->end; i++, b->read++)
    b->status = csq_corpus_add_file(b->corpus, b->files->paths.items[i].path, &b->err);
  if (b->status == CSQ_OK)
    csq__corpus_drop(b->corpus, keep_law, b);
  if (b->status == CSQ_OK)
    b->status = csq_refs_build(b->corpus, &b->refs, &b->err);
  if (b->status == CSQ_OK)
    b->status = csq_obligations_build(b->corpus, &b->obligations, &b->err);
  if (b->status == CSQ_OK)
    b->status = csq_definitions_build(b->corpus, b->refs, &b->definitions, &b->err);
  return NULL;
}

/* Frees what a batch read, keeping its corpus for the next. */
static void batch_clear(batch *b) {
  csq_definitions_free(b->definitions);
  csq_obligations_free(b->obligations);
  csq_refs_free(b->refs);
  b->definitions = NULL;
  b->obligations = NULL;
  b->refs = NULL;
  csq__corpus_clear(b->corpus);
}

static csq_status write_batch(csq__writer *w, const batch *b, csq_error *err) {
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(b->corpus); i++)
    st = csq__writer_law(w, csq_corpus_law_at(b->corpus, i), err);
  if (st == CSQ_OK)
    st = csq__writer_citations(w, b->refs, err);
  if (st == CSQ_OK)
    st = csq__writer_obligations(w, b->obligations, err);
  if (st == CSQ_OK)
    st = csq__writer_definitions(w, b->definitions, err);
  csq__writer_end_batch(w);
  return st;
}

/* Makes b batch number k of files. */
static void batch_at(batch *b, const file_list *files, size_t k) {
  b->files = files;
  b->first = k * BATCH;
  b->end = b->first + BATCH < files->paths.count ? b->first + BATCH : files->paths.count;
}

static long long batch_bytes(const batch *b) {
  long long n = 0;
  for (size_t i = b->first; i < b->end; i++)
    n += b->files->paths.items[i].bytes;
  return n;
}

/* Writes every batch, reading the next while one is written, and tells
 * the progress after each: files and laws written so far, counted at the
 * same moment. */
static csq_status import_batches(csq__writer *w, batch slots[2], const file_list *files,
                                 progress *p, csq_import_stats *stats, csq_error *err) {
  size_t count = files->paths.count, batches = (count + BATCH - 1) / BATCH;
  batch_at(&slots[0], files, 0);
  prepare_batch(&slots[0]);
  csq_status st = CSQ_OK;
  for (size_t k = 0; st == CSQ_OK && k < batches; k++) {
    batch *cur = &slots[k % 2], *next = &slots[(k + 1) % 2];
    double step_start = now();
    pthread_t thread;
    int started = 0, more = k + 1 < batches && cur->status == CSQ_OK;
    if (more) {
      batch_at(next, files, k + 1);
      started = pthread_create(&thread, NULL, prepare_batch, next) == 0;
    }
    st = cur->status == CSQ_OK ? write_batch(w, cur, err) : cur->status;
    if (cur->status != CSQ_OK && err)
      *err = cur->err;
    stats->files += cur->read;
    stats->unchanged += cur->unchanged;
    stats->kept += cur->kept;
    batch_clear(cur);
    if (started)
      pthread_join(thread, NULL);
    else if (more)
      prepare_batch(next); /* no thread to be had: in turn */
    if (st == CSQ_OK)
      progress_batch(p, cur->end, stats->laws, batch_bytes(cur), now() - step_start);
  }
  batch_clear(&slots[0]);
  batch_clear(&slots[1]);
  return st;
}

/* Creates the folder of db_path if it is missing (one level, as for
 * $XDG_DATA_HOME/csquery). */
static void make_parent(const char *db_path) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", db_path);
  char *slash = strrchr(dir, '/');
  if (slash && slash != dir) {
    *slash = '\0';
    mkdir(dir, 0755);
  }
}

/* The versions stored before the import, for keep_law. */
static csq_status load_known(sqlite3 *db, known *k, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db,
                         "SELECT CASE WHEN id <> '' THEN id ELSE name END, version, digest, format"
                         " FROM laws",
                         -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(db, NULL, "reading the versions stored", err);
  int rc, fail = 0;
  while (!fail && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    char buf[1024];
    int n = snprintf(buf, sizeof buf, "%s%c%s", csq__db_text(s, 0), 0, csq__db_text(s, 1));
    uint64_t key = csq__hash_bytes(buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
    fail = csq__u64map_put(&k->digests, key,
                           digest_value(csq__db_text(s, 2), csq__db_text(s, 3))) != 0;
  }
  sqlite3_finalize(s);
  if (fail)
    return csq__oom(err);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "reading the versions stored", err);
}

static csq_status import_all(sqlite3 *db, const file_list *files, const csq_import_options *o,
                             progress *p, csq_import_stats *stats, csq_error *err) {
  /* The temporary file is renamed into place only when everything is in,
   * so it needs neither a journal nor syncs until the end. */
  csq_status st = csq__db_exec(db,
                               "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                               " PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;"
                               " BEGIN;",
                               NULL, err);
  csq__writer *w = NULL;
  batch slots[2] = {{0}};
  known k = {.digests = {.mem = o->mem}};
  slots[0].known = slots[1].known = &k;
  if (st == CSQ_OK)
    st = load_known(db, &k, err);
  /* FTS5 merges its index segments as they pile up; during a bulk load
   * that work is mostly undone by the next merge. Merging less often, and
   * once into a single segment at the end ('optimize'), is faster, and a
   * single segment makes every search faster (docs/database.md). */
  if (st == CSQ_OK)
    st = csq__db_exec(db, "INSERT INTO nodes_fts(nodes_fts, rank) VALUES('automerge', 16);", NULL,
                      err);
  if (st == CSQ_OK)
    st = csq__writer_new(db, o->mem, stats, &w, err);
  for (int i = 0; st == CSQ_OK && i < 2; i++)
    st = csq_corpus_new(o->mem, &slots[i].corpus, err);
  if (st == CSQ_OK)
    st = import_batches(w, slots, files, p, stats, err);
  csq_corpus_free(slots[0].corpus);
  csq_corpus_free(slots[1].corpus);
  csq__u64map_free(&k.digests);
  csq__writer_free(w);
  if (st == CSQ_OK) {
    progress_finishing(p);
    st = csq__store_finish(db, o->mem, stats->nodes, err);
  }
  char sql[256];
  snprintf(sql, sizeof sql,
           "INSERT OR REPLACE INTO meta VALUES('updated', datetime('now'));"
           " INSERT OR REPLACE INTO meta VALUES('csquery_version', '%s'); COMMIT;",
           CSQ_VERSION);
  if (st == CSQ_OK)
    st = csq__db_exec(db, sql, NULL, err);
  return st;
}

csq_status csq_import(const char *db_path, const char *const *paths, size_t count,
                      const csq_import_options *options, csq_import_stats *stats, csq_error *err) {
  csq_import_options defaults = {0};
  const csq_import_options *o = options ? options : &defaults;
  csq_import_stats local = {0};
  if (!stats)
    stats = &local;
  memset(stats, 0, sizeof *stats);
  double start = now();
  file_list files = {.mem = o->mem};
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < count; i++)
    st = expand(paths[i], &files, err);
  if (st == CSQ_OK && files.paths.count == 0)
    st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "nothing to import: name law files or folders");
  progress p;
  if (st == CSQ_OK)
    progress_start(&p, o, &files, start);
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s.importing-%ld", db_path, (long)getpid());
  sqlite3 *db = NULL;
  int lock = -1, made_tmp = 0;
  if (st == CSQ_OK) {
    make_parent(db_path);
    st = lock_db(db_path, o, &lock, err);
  }
  if (st == CSQ_OK) { /* the lock held: the temporary file is this import's alone */
    remove_leftovers(db_path);
    made_tmp = 1;
    st = open_temp(db_path, tmp, o, &db, err);
  }
  struct stat before;
  int existed = stat(db_path, &before) == 0;
  if (st == CSQ_OK)
    st = import_all(db, &files, o, &p, stats, err);
  if (db && sqlite3_close(db) != SQLITE_OK && st == CSQ_OK)
    st = csq__db_fail(db, db_path, "cannot close the new database", err);
  list_free(&files);
  if (st == CSQ_OK && existed && stats->laws == 0) {
    /* Every version was stored already: the database is left as it was,
     * byte for byte. */
    unlink(tmp);
    if (lock >= 0)
      close(lock);
    stats->db_bytes = (long long)before.st_size;
    stats->seconds = now() - start;
    return CSQ_OK;
  }
  if (st == CSQ_OK && rename(tmp, db_path) != 0)
    st = csq__fail_cause(err, CSQ_IO, errno, db_path, -1,
                         "cannot move the new database into place: %s", strerror(errno));
  if (st != CSQ_OK && made_tmp)
    unlink(tmp);
  if (lock >= 0)
    close(lock); /* after the rename: the next import copies this one */
  if (st != CSQ_OK) {
    /* SQLite's failures while writing name no file: they are the database's
     * (a full disk is the database's disk, not a law file's). */
    if (err && (st == CSQ_DB || st == CSQ_IO || st == CSQ_BAD_DB) &&
        (!err->source[0] || strstr(err->source, ".importing-")))
      snprintf(err->source, sizeof err->source, "%s", db_path);
    return st;
  }
  struct stat sb;
  stats->db_bytes = stat(db_path, &sb) == 0 ? (long long)sb.st_size : 0;
  stats->seconds = now() - start;
  return CSQ_OK;
}
