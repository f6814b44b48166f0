/*
 * fuzz_store — arbitrary bytes as a law file imported into a database and
 * read back: every law read back renders exactly as the law read from the
 * file (a stored law is never silently different), and the questions of
 * fuzz.c are asked of the laws read back.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

const char *const fuzz_name = "store";

static char dir[256], file[300], db_path[300];

static void clean(void) {
  unlink(file);
  unlink(db_path);
  rmdir(dir);
}

/* The JSON of a law, in a malloc'd buffer. */
static char *law_json(const csq_law *law) {
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  csq_render_options json = {.format = CSQ_FORMAT_JSON};
  csq_error err;
  if (!mem || csq_render_law(mem, &json, law, &err) != CSQ_OK)
    fuzz_fail("rendering a law: %s", err.message);
  fclose(mem);
  return buf;
}

/* The key a law is asked for by (pcode, else name), when no other law of
 * the corpus answers to it (a file may hold one law twice; the database
 * keeps the later, memory the earlier): NULL otherwise. */
static const char *unique_key(const csq_corpus *c, const csq_law *law) {
  const char *key = csq_law_id(law)[0] ? csq_law_id(law) : csq_law_name(law);
  for (size_t i = 0; i < csq_corpus_law_count(c); i++) {
    const csq_law *other = csq_corpus_law_at(c, i);
    if (other != law &&
        (strcmp(csq_law_id(other), key) == 0 || strcmp(csq_law_name(other), key) == 0))
      return NULL;
  }
  return key;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/csq-fuzz-store-%ld", (long)getpid());
    if (mkdir(dir, 0700) != 0)
      fuzz_fail("cannot make %s", dir);
    snprintf(file, sizeof file, "%s/law.json", dir);
    snprintf(db_path, sizeof db_path, "%s/laws.db", dir);
    atexit(clean);
  }
  csq_error err;
  csq_corpus *memory = NULL, *back = NULL;
  csq_db *db = NULL;
  csq_library *lib = NULL;
  if (csq_corpus_new(NULL, &memory, &err) != CSQ_OK || csq_corpus_new(NULL, &back, &err) != CSQ_OK)
    fuzz_fail("out of memory");
  if (csq_corpus_add_buffer(memory, (const char *)data, size, file, &err) != CSQ_OK)
    goto done;
  FILE *f = fopen(file, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
    fuzz_fail("cannot write %s", file);
  unlink(db_path);
  const char *paths[] = {file};
  csq_status st = csq_import(db_path, paths, 1, NULL, NULL, &err);
  fuzz_check_error(st, &err);
  if (st != CSQ_OK)
    fuzz_fail("a file that reads does not import: %s", err.message);
  st = csq_db_open(db_path, NULL, &db, &err);
  if (st == CSQ_OK)
    st = csq_library_new(back, db, &lib, &err);
  if (st != CSQ_OK)
    fuzz_fail("opening what was imported: %s", err.message);
  for (size_t i = 0; i < csq_corpus_law_count(memory); i++) {
    const csq_law *law = csq_corpus_law_at(memory, i), *stored = NULL;
    const char *key = unique_key(memory, law);
    if (!key)
      continue;
    st = csq_library_find_law(lib, key, &stored, &err);
    if (st != CSQ_OK)
      fuzz_fail("law %s was imported but is not found: %s", csq_law_name(law), err.message);
    char *a = law_json(law), *b = law_json(stored);
    if (strcmp(a, b) != 0)
      fuzz_fail("law %s reads back otherwise than it was read:\n%s\n----\n%s", csq_law_name(law), a,
                b);
    free(a);
    free(b);
  }
  fuzz_everything(back, 0, 1);
done:
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(back);
  csq_corpus_free(memory);
  return 0;
}
