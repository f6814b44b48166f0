/*
 * corpus_dir.c — finding, unpacking and listing the shared corpus.
 */
#include "corpus_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CSQ_SHARED_CORPUS
#define CSQ_SHARED_CORPUS "../shared/corpus"
#endif

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *csq_test_shared_corpus(void) {
  const char *env = getenv("CSQ_SHARED_CORPUS");
  const char *dir = env && *env ? env : CSQ_SHARED_CORPUS;
  if (!is_dir(dir)) {
    fprintf(stderr, "shared corpus not found at %s (set CSQ_SHARED_CORPUS)\n", dir);
    return NULL;
  }
  return dir;
}

/* Unpacks ../shared/corpus/moj/ARCHIVE into cache_dir once. Tests run in
 * parallel (ctest -j) and several unpack at once: an exclusive lock makes
 * the others wait for the first, and a marker file written after tar
 * succeeds says the folder is whole. */
/* Unpacks shared/ARCHIVE (a path under the shared corpus) into cache_dir,
 * whose folder `folder` it fills; the path of that folder in `path`. */
static const char *unpack(const char *cache_dir, const char *archive, const char *folder,
                          char *path, size_t size) {
  const char *shared = csq_test_shared_corpus();
  if (!shared)
    return NULL;
  snprintf(path, size, "%s/%s", cache_dir, folder);
  mkdir(cache_dir, 0755);
  char lock[4200], done[4200];
  const char *base = strrchr(folder, '/') ? strrchr(folder, '/') + 1 : folder;
  snprintf(lock, sizeof lock, "%s/.lock-%s", cache_dir, base);
  snprintf(done, sizeof done, "%s/.unpacked-%s", cache_dir, base);
  int fd = open(lock, O_CREAT | O_RDWR, 0644);
  if (fd < 0 || flock(fd, LOCK_EX) != 0) {
    fprintf(stderr, "cannot lock %s\n", lock);
    if (fd >= 0)
      close(fd);
    return NULL;
  }
  struct stat st;
  int ok = stat(done, &st) == 0;
  if (!ok) {
    char cmd[13000];
    snprintf(cmd, sizeof cmd, "tar -xJf '%s/%s' -C '%s' && touch '%s'", shared, archive, cache_dir,
             done);
    ok = system(cmd) == 0;
    if (!ok)
      fprintf(stderr, "could not unpack %s/%s into %s\n", shared, archive, cache_dir);
  }
  flock(fd, LOCK_UN);
  close(fd);
  return ok ? path : NULL;
}

const char *csq_test_unpack(const char *cache_dir, const char *archive, const char *folder) {
  static char out[2][4096];
  char moj[512];
  snprintf(moj, sizeof moj, "moj/%s", archive);
  return unpack(cache_dir, moj, folder, out[strcmp(folder, "ch") == 0 ? 0 : 1], sizeof out[0]);
}

const char *csq_test_unpack_moj2019(const char *cache_dir) {
  static char out[4096];
  return unpack(cache_dir, "moj-2019/FalVMingLing-20190222.tar.xz", "20190222/FalVMingLing", out,
                sizeof out);
}

const char *csq_test_unpack_ch(const char *cache_dir) {
  return csq_test_unpack(cache_dir, "ch.tar.xz", "ch");
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

char **csq_test_list_laws(const char *dir, size_t *count) {
  DIR *d = opendir(dir);
  *count = 0;
  if (!d)
    return NULL;
  size_t cap = 16384;
  char **list = malloc(cap * sizeof *list);
  struct dirent *e;
  while (list && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0 || strcmp(e->d_name, "index.json") == 0)
      continue;
    if (*count == cap) {
      cap *= 2;
      char **grown = realloc(list, cap * sizeof *list);
      if (!grown)
        break;
      list = grown;
    }
    size_t len = strlen(dir) + n + 2;
    list[*count] = malloc(len);
    if (!list[*count])
      break;
    snprintf(list[*count], len, "%s/%s", dir, e->d_name);
    (*count)++;
  }
  closedir(d);
  if (list)
    qsort(list, *count, sizeof *list, by_name);
  return list;
}

void csq_test_free_list(char **list, size_t count) {
  for (size_t i = 0; i < count; i++)
    free(list[i]);
  free(list);
}

char *csq_test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) {
    buf[size] = '\0';
    *len = (size_t)size;
  }
  return buf;
}
