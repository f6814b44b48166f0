/*
 * fuzz_read — arbitrary bytes as a law file (official JSON, the dump, PDF
 * text, one paragraph per line: the reader is picked from the content),
 * then every stage: citations, obligations, definitions, lookups, cited-by,
 * search (through a database in memory) and every renderer, with the
 * invariants of fuzz.c checked on every answer.
 */
#include "fuzz.h"

const char *const fuzz_name = "read";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  csq_error err;
  csq_corpus *corpus = NULL;
  csq_status st = csq_corpus_new(NULL, &corpus, &err);
  fuzz_check_error(st, &err);
  if (st != CSQ_OK)
    return 0;
  st = csq_corpus_add_buffer(corpus, (const char *)data, size, "fuzz", &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK && csq_corpus_law_count(corpus) == 0)
    fuzz_fail("a buffer was read but holds no law");
  if (st != CSQ_OK && csq_corpus_law_count(corpus) != 0)
    fuzz_fail("a failing buffer left laws in the corpus");
  if (st == CSQ_OK)
    fuzz_everything(corpus, 0, 1);
  csq_corpus_free(corpus);
  return 0;
}
