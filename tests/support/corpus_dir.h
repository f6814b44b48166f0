/*
 * corpus_dir.h — access to the real data in ../shared/corpus for tests,
 * benchmarks and corpus checks. Nothing here is part of the library.
 */
#ifndef CSQ_CORPUS_DIR_H
#define CSQ_CORPUS_DIR_H

#include <stddef.h>

/* The shared corpus folder (CSQ_SHARED_CORPUS at build time, or the
 * environment variable CSQ_SHARED_CORPUS), or NULL with a message on
 * stderr when it does not exist. */
const char *csq_test_shared_corpus(void);

/* Unpacks ../shared/corpus/moj/ch.tar.xz (once; kept in `cache_dir`) and
 * returns the path of its ch/ folder in a static buffer, or NULL with a
 * message on stderr. */
const char *csq_test_unpack_ch(const char *cache_dir);

/* The same for any archive of ../shared/corpus/moj (en.tar.xz → "en"):
 * safe when several tests unpack at once (they wait for the first). */
const char *csq_test_unpack(const char *cache_dir, const char *archive, const char *folder);

/* Unpacks ../shared/corpus/moj-2019/FalVMingLing-20190222.tar.xz (the
 * 2019-02-22 dump in the older format) once into `cache_dir` and returns
 * the path of its FalVMingLing/ folder (10,098 <pcode>.json), or NULL with a
 * message on stderr. */
const char *csq_test_unpack_moj2019(const char *cache_dir);

/* The sorted paths of the law files (ch/<pcode>.json, not index.json) in
 * `dir`. *count receives their number; free with csq_test_free_list. */
char **csq_test_list_laws(const char *dir, size_t *count);
void csq_test_free_list(char **list, size_t count);

/* The whole file in a malloc'd buffer (NUL-terminated); NULL on error. */
char *csq_test_read_file(const char *path, size_t *len);

#endif
