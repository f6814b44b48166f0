/*
 * checksum.c — page checksums: the "csquery" VFS, a shim over the default
 * one that keeps a checksum in the last 8 bytes of every page of a database
 * whose header reserves 8 bytes a page (byte 20 of the file), and checks it
 * on every read. A damaged page is then SQLITE_IOERR_DATA, which csquery
 * reports as a damaged database (CSQ_BAD_DB), and never data: SQLite's own
 * checks catch a damaged b-tree, but not a changed byte of a law's text.
 *
 * Import reserves the bytes in every database it writes
 * (csq__checksum_reserve); a database made before has no reserve and is
 * read as it is. docs/reliability.md.
 */
#include <pthread.h>
#include <string.h>

#include "store/store.h"

static uint32_t word_at(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Two running sums over the page's 32-bit words (Fletcher's checksum,
 * modulo 2^32), begun from the page's number: any change of a single word
 * changes the first, and a page that is whole but in another page's place
 * (a copy gone wrong) fails too.
 *
 * Over n words w_0 … w_{n-1} from a0 and b0 the running sums come to
 *   a = a0 + Σ w_j,   b = b0 + n·a0 + Σ (n - j)·w_j   (modulo 2^32),
 * which is how they are computed, every page read being summed: the words
 * in LANES lanes, word j in lane j mod LANES, each lane keeping its running
 * sum r and the sum q of its running sums, two additions a word that no
 * lane waits on another for and the compiler can do side by side. Over the
 * M words x_0 … x_{M-1} of a lane, r = Σ x_i and q = Σ (M - i)·x_i, so its
 * share of Σ (n - j)·w_j, j = LANES·i + k, is (n - k - LANES·M)·r +
 * LANES·q. tests/test_checksum.c checks it against the running form. */
enum { LANES = 8 };

void csq__page_sum(const unsigned char *page, int bytes, sqlite3_int64 number,
                   unsigned char out[CSQ_SUM_BYTES]) {
  uint32_t a0 = 1 + (uint32_t)number, b0 = (uint32_t)(number >> 32);
  uint32_t n = bytes < 0 ? 0 : (uint32_t)bytes / 4, m = n / LANES;
  uint32_t r[LANES] = {0}, q[LANES] = {0};
  for (uint32_t i = 0; i < m; i++)
    for (uint32_t k = 0; k < LANES; k++) {
      r[k] += word_at(page + 4 * (LANES * i + k));
      q[k] += r[k];
    }
  uint32_t sum = 0, weighted = 0; /* Σ w_j and Σ (n - j)·w_j */
  for (uint32_t k = 0; k < LANES; k++) {
    sum += r[k];
    weighted += (n - k - LANES * m) * r[k] + LANES * q[k];
  }
  for (uint32_t j = LANES * m; j < n; j++) {
    uint32_t w = word_at(page + 4 * j);
    sum += w;
    weighted += (n - j) * w;
  }
  uint32_t a = a0 + sum, b = b0 + n * a0 + weighted;
  for (int k = 0; k < 4; k++) {
    out[k] = (unsigned char)(a >> (8 * k));
    out[4 + k] = (unsigned char)(b >> (8 * k));
  }
}

/* An open file: ours, followed in the same block by the real VFS's. */
typedef struct sum_file {
  sqlite3_file base;
  int main_db; /* the database itself, not a journal */
  int summed;  /* its header reserves the 8 bytes: every page has a sum */
  int failed;  /* a page read failed its checksum */
} sum_file;

#define REAL(f) ((sqlite3_file *)((sum_file *)(f) + 1))

static sqlite3_vfs *real_vfs(sqlite3_vfs *vfs) { return vfs->pAppData; }

/* A whole page: a power of two from 512 to 65536 bytes, at its place. */
static int is_page(int amount, sqlite3_int64 offset) {
  return amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0 && offset % amount == 0;
}

static int sum_read(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset) {
  sum_file *p = (sum_file *)f;
  int rc = REAL(f)->pMethods->xRead(REAL(f), buf, amount, offset);
  if (!p->main_db)
    return rc;
  const unsigned char *data = buf;
  if (offset == 0 && amount > 20 && rc == SQLITE_OK)
    p->summed = data[20] == CSQ_SUM_BYTES;
  if (!p->summed || !is_page(amount, offset))
    return rc;
  /* A page cut short (a truncated file) is damage too. */
  unsigned char sum[CSQ_SUM_BYTES];
  csq__page_sum(data, amount - CSQ_SUM_BYTES, offset / amount, sum);
  if (rc == SQLITE_IOERR_SHORT_READ ||
      (rc == SQLITE_OK && memcmp(sum, data + amount - CSQ_SUM_BYTES, CSQ_SUM_BYTES) != 0)) {
    p->failed = 1;
    return SQLITE_IOERR_DATA;
  }
  return rc;
}

static int sum_write(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset) {
  sum_file *p = (sum_file *)f;
  const unsigned char *data = buf;
  if (p->main_db && offset == 0 && amount > 20)
    p->summed = data[20] == CSQ_SUM_BYTES;
  if (!p->main_db || !p->summed || !is_page(amount, offset))
    return REAL(f)->pMethods->xWrite(REAL(f), buf, amount, offset);
  unsigned char *copy = sqlite3_malloc(amount);
  if (!copy)
    return SQLITE_NOMEM;
  memcpy(copy, data, (size_t)amount);
  csq__page_sum(copy, amount - CSQ_SUM_BYTES, offset / amount, copy + amount - CSQ_SUM_BYTES);
  int rc = REAL(f)->pMethods->xWrite(REAL(f), copy, amount, offset);
  sqlite3_free(copy);
  return rc;
}

static int sum_close(sqlite3_file *f) { return REAL(f)->pMethods->xClose(REAL(f)); }
static int sum_truncate(sqlite3_file *f, sqlite3_int64 size) {
  return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int sum_sync(sqlite3_file *f, int flags) { return REAL(f)->pMethods->xSync(REAL(f), flags); }
static int sum_file_size(sqlite3_file *f, sqlite3_int64 *size) {
  return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int sum_lock(sqlite3_file *f, int level) { return REAL(f)->pMethods->xLock(REAL(f), level); }
static int sum_unlock(sqlite3_file *f, int level) {
  return REAL(f)->pMethods->xUnlock(REAL(f), level);
}
static int sum_check_lock(sqlite3_file *f, int *out) {
  return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
static int sum_control(sqlite3_file *f, int op, void *arg) {
  /* Reads go through sum_read: no memory map, whose pages no one checks. */
  if (op == SQLITE_FCNTL_MMAP_SIZE) {
    *(sqlite3_int64 *)arg = 0;
    return SQLITE_OK;
  }
  return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int sum_sector_size(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int sum_device(sqlite3_file *f) {
  return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int sum_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **out) {
  return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, out);
}
static int sum_shm_lock(sqlite3_file *f, int offset, int n, int flags) {
  return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}
static void sum_shm_barrier(sqlite3_file *f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
static int sum_shm_unmap(sqlite3_file *f, int delete_flag) {
  return REAL(f)->pMethods->xShmUnmap(REAL(f), delete_flag);
}
static int sum_fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
  (void)f, (void)offset, (void)amount;
  *out = NULL; /* no memory map: see sum_control */
  return SQLITE_OK;
}
static int sum_unfetch(sqlite3_file *f, sqlite3_int64 offset, void *p) {
  (void)f, (void)offset, (void)p;
  return SQLITE_OK;
}

static const sqlite3_io_methods SUM_METHODS = {3,
                                               sum_close,
                                               sum_read,
                                               sum_write,
                                               sum_truncate,
                                               sum_sync,
                                               sum_file_size,
                                               sum_lock,
                                               sum_unlock,
                                               sum_check_lock,
                                               sum_control,
                                               sum_sector_size,
                                               sum_device,
                                               sum_shm_map,
                                               sum_shm_lock,
                                               sum_shm_barrier,
                                               sum_shm_unmap,
                                               sum_fetch,
                                               sum_unfetch};

static int sum_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out) {
  sum_file *p = (sum_file *)f;
  memset(p, 0, sizeof *p);
  int rc = real_vfs(vfs)->xOpen(real_vfs(vfs), name, REAL(f), flags, out);
  if (rc != SQLITE_OK) {
    p->base.pMethods = NULL; /* nothing to close */
    return rc;
  }
  p->base.pMethods = &SUM_METHODS;
  p->main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
  return SQLITE_OK;
}

/* The rest is the real VFS's. */
static int sum_delete(sqlite3_vfs *vfs, const char *name, int sync_dir) {
  return real_vfs(vfs)->xDelete(real_vfs(vfs), name, sync_dir);
}
static int sum_access(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
  return real_vfs(vfs)->xAccess(real_vfs(vfs), name, flags, out);
}
static int sum_full_path(sqlite3_vfs *vfs, const char *name, int size, char *out) {
  return real_vfs(vfs)->xFullPathname(real_vfs(vfs), name, size, out);
}
static void *sum_dl_open(sqlite3_vfs *vfs, const char *name) {
  return real_vfs(vfs)->xDlOpen(real_vfs(vfs), name);
}
static void sum_dl_error(sqlite3_vfs *vfs, int size, char *out) {
  real_vfs(vfs)->xDlError(real_vfs(vfs), size, out);
}
static void (*sum_dl_sym(sqlite3_vfs *vfs, void *lib, const char *sym))(void) {
  return real_vfs(vfs)->xDlSym(real_vfs(vfs), lib, sym);
}
static void sum_dl_close(sqlite3_vfs *vfs, void *lib) {
  real_vfs(vfs)->xDlClose(real_vfs(vfs), lib);
}
static int sum_randomness(sqlite3_vfs *vfs, int size, char *out) {
  return real_vfs(vfs)->xRandomness(real_vfs(vfs), size, out);
}
static int sum_sleep(sqlite3_vfs *vfs, int micro) {
  return real_vfs(vfs)->xSleep(real_vfs(vfs), micro);
}
static int sum_time(sqlite3_vfs *vfs, double *out) {
  return real_vfs(vfs)->xCurrentTime(real_vfs(vfs), out);
}
static int sum_last_error(sqlite3_vfs *vfs, int size, char *out) {
  return real_vfs(vfs)->xGetLastError(real_vfs(vfs), size, out);
}
static int sum_time64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
  return real_vfs(vfs)->xCurrentTimeInt64(real_vfs(vfs), out);
}

/* Registered once, then only read: the one piece of global state, made
 * before any database of the process is opened by csquery. */
static sqlite3_vfs SUM_VFS;
static pthread_once_t registered = PTHREAD_ONCE_INIT;
static int register_rc = SQLITE_ERROR;

static void register_vfs(void) {
  sqlite3_vfs *real = sqlite3_vfs_find(NULL);
  if (!real || real->iVersion < 2 || !real->xCurrentTimeInt64) {
    register_rc = SQLITE_ERROR;
    return;
  }
  SUM_VFS = (sqlite3_vfs){.iVersion = 2,
                          .szOsFile = (int)sizeof(sum_file) + real->szOsFile,
                          .mxPathname = real->mxPathname,
                          .zName = CSQ_CHECKSUM_VFS,
                          .pAppData = real,
                          .xOpen = sum_open,
                          .xDelete = sum_delete,
                          .xAccess = sum_access,
                          .xFullPathname = sum_full_path,
                          .xDlOpen = sum_dl_open,
                          .xDlError = sum_dl_error,
                          .xDlSym = sum_dl_sym,
                          .xDlClose = sum_dl_close,
                          .xRandomness = sum_randomness,
                          .xSleep = sum_sleep,
                          .xCurrentTime = sum_time,
                          .xGetLastError = sum_last_error,
                          .xCurrentTimeInt64 = sum_time64};
  register_rc = sqlite3_vfs_register(&SUM_VFS, 0);
}

csq_status csq__checksum_vfs(csq_error *err) {
  pthread_once(&registered, register_vfs);
  if (register_rc != SQLITE_OK)
    return csq__fail_cause(err, CSQ_DB, register_rc, NULL, -1,
                           "cannot register csquery's checksum VFS: %s",
                           sqlite3_errstr(register_rc));
  return CSQ_OK;
}

int csq__checksum_reserve(sqlite3 *db) {
  int reserve = CSQ_SUM_BYTES;
  return sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
}

int csq__checksum_failed(sqlite3 *db) {
  sqlite3_file *f = NULL;
  if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK || !f ||
      f->pMethods != &SUM_METHODS)
    return 0;
  return ((sum_file *)f)->failed;
}

int csq__checksum_reserved(sqlite3 *db) {
  int reserve = -1;
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
    return 0;
  return reserve == CSQ_SUM_BYTES;
}
