/*
 * national_db.c — the database of the whole national corpus that the
 * judged search test reads (ctest's fixture national_db): the corpus is
 * unpacked once into the build's cache (corpus_dir.c) and imported into
 * CACHE/national.db, about 30 s. A database newer than this program (which
 * links the library that imports) and than the archive is kept: a test run
 * imports at most once, and not at all when neither has changed.
 *
 * usage: national_db [CACHE_DIR]   prints the database's path; exit 1 on failure.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus_dir.h"
#include "csquery.h"

static double mtime_of(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return -1;
  return (double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec / 1e9;
}

/* Whether the database was built after this program and the archive. */
static int up_to_date(const char *db, const char *self, const char *archive) {
  double t = mtime_of(db);
  return t > 0 && t > mtime_of(self) && t > mtime_of(archive);
}

int main(int argc, char **argv) {
  const char *cache = argc > 1 ? argv[1] : CSQ_CACHE_DIR;
  const char *shared = csq_test_shared_corpus();
  const char *ch = csq_test_unpack_ch(cache);
  if (!shared || !ch)
    return 1;
  char db[4200], lock[4200], archive[4200];
  snprintf(db, sizeof db, "%s/national.db", cache);
  snprintf(lock, sizeof lock, "%s/.lock-national-db", cache);
  snprintf(archive, sizeof archive, "%s/moj/ch.tar.xz", shared);
  int fd = open(lock, O_CREAT | O_RDWR, 0644);
  if (fd < 0 || flock(fd, LOCK_EX) != 0) {
    fprintf(stderr, "national_db: cannot lock %s\n", lock);
    return 1;
  }
  int rc = 0;
  if (up_to_date(db, "/proc/self/exe", archive)) {
    fprintf(stderr, "national_db: %s is newer than the importer and the corpus: kept\n", db);
  } else {
    /* A fresh database: an import adds to an existing one, and refuses one
     * of another schema version. */
    csq_import_options io = {.fresh = 1};
    const char *paths[] = {ch};
    csq_import_stats s;
    csq_error err;
    csq_error_clear(&err);
    if (csq_import(db, paths, 1, &io, &s, &err) != CSQ_OK) {
      char buf[1024];
      fprintf(stderr, "national_db: %s\n", csq_error_format(&err, buf, sizeof buf));
      rc = 1;
    } else {
      fprintf(stderr, "national_db: %zu laws, %zu provisions imported into %s in %.1f s\n", s.laws,
              s.nodes, db, s.seconds);
    }
  }
  flock(fd, LOCK_UN);
  close(fd);
  if (rc == 0)
    printf("%s\n", db);
  return rc;
}
