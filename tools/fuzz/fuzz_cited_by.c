/*
 * fuzz_cited_by — arbitrary bytes as the provision a cited-by asks about
 * (資通安全管理法第16條, 本法第16條, 第4條第1項, 電子簽章法), against the
 * built-in law: an answer, or a malformed query with its message.
 */
#include <stdlib.h>

#include "fuzz.h"

const char *const fuzz_name = "cited_by";

static csq_corpus *corpus;
static csq_library *lib;
static const csq_law *law;

static void setup(void) {
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_corpus_add_builtin(corpus, &err) != CSQ_OK ||
      csq_library_new(corpus, NULL, &lib, &err) != CSQ_OK ||
      csq_library_primary(lib, &law, &err) != CSQ_OK)
    fuzz_fail("setting up: %s", err.message);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!lib)
    setup();
  char *provision = fuzz_string(data, size);
  csq_error err;
  csq_cited_by_list *list = NULL;
  csq_status st = csq_find_cited_by(lib, law, provision, &list, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_cited_by(list);
  csq_cited_by_list_free(list);
  free(provision);
  return 0;
}
