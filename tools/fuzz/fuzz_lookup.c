/*
 * fuzz_lookup — arbitrary bytes as what a person types to name a
 * provision (第4條 第1項, 資通安全管理法第16條, 第4條至第6條), against the
 * built-in law: found, not found or a malformed query, each with its
 * message; what is found is rendered.
 */
#include <stdlib.h>

#include "fuzz.h"

const char *const fuzz_name = "lookup";

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
  char *query = fuzz_string(data, size);
  csq_error err;
  csq_node_list *m = NULL;
  csq_status st = csq_lookup(lib, law, query, &m, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK && csq_node_list_count(m) == 0)
    fuzz_fail("a lookup found nothing but said it did");
  if (st == CSQ_OK)
    fuzz_nodes(m);
  csq_node_list_free(m);
  free(query);
  return 0;
}
