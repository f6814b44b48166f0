/*
 * fuzz_search — arbitrary bytes as a search over a small database (the
 * seed and the laws of tests/golden, imported once into a temporary file):
 * the first byte picks the options (exact, in force, level, law, page),
 * the rest is the query. Hits, none, or a malformed query with its message.
 */
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"

const char *const fuzz_name = "search";

static char db_path[256];
static csq_corpus *corpus;
static csq_db *db;
static csq_library *lib;

static void remove_db(void) { unlink(db_path); }

static void setup(void) {
  static const char *const files[] = {
      CSQ_SOURCE_DIR "/corpus/資通安全管理法施行細則.txt",
      CSQ_SOURCE_DIR "/tests/golden/dump.json",
      CSQ_SOURCE_DIR "/tests/golden/structure.json",
      CSQ_SOURCE_DIR "/tests/golden/lines.md",
  };
  snprintf(db_path, sizeof db_path, "/tmp/csq-fuzz-search-%ld.db", (long)getpid());
  atexit(remove_db);
  csq_error err;
  if (csq_import(db_path, files, sizeof files / sizeof files[0], NULL, NULL, &err) != CSQ_OK ||
      csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_db_open(db_path, NULL, &db, &err) != CSQ_OK ||
      csq_library_new(corpus, db, &lib, &err) != CSQ_OK)
    fuzz_fail("setting up: %s: %s", err.source, err.message);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!lib)
    setup();
  if (size == 0)
    return 0;
  static const char *const LAWS[] = {NULL, "A0030303", "甲測試法", "no such law"};
  static const char *const LEVELS[] = {NULL, "法律", "命令", NULL};
  unsigned flags = data[0];
  csq_search_options o = {.law = LAWS[flags & 3],
                          .level = LEVELS[(flags >> 2) & 3],
                          .in_force = (flags >> 4) & 1,
                          .exact = (flags >> 5) & 1,
                          .limit = (flags >> 6) & 1 ? 3 : 0,
                          .offset = (flags >> 7) & 1 ? 2 : 0};
  char *query = fuzz_string(data + 1, size - 1);
  csq_error err;
  csq_hits *hits = NULL;
  csq_status st = csq_search(lib, query, &o, &hits, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_hits(hits);
  csq_hits_free(hits);
  free(query);
  return 0;
}
