/*
 * fuzz_extract — arbitrary text as the paragraphs of one article of
 * 資通安全管理法 (one paragraph a line), the act of the built-in law:
 * the citation, obligation and definition extractors read it, and every
 * answer is checked and rendered. Text that is not UTF-8 is refused where
 * it enters the library, so it is left out here.
 */
#include <string.h>

#include "fuzz.h"
#include "reading/reading.h" /* the tree builder: text straight into an article */

const char *const fuzz_name = "extract";

/* A law whose one article holds data[0..size), a paragraph a line. */
static csq_status build_law(csq_corpus *c, const char *data, size_t size, csq_error *err) {
  csq_builder b;
  csq_status st = csq__builder_init(&b, csq__corpus_grammar(c), NULL, "fuzz", err);
  if (st != CSQ_OK)
    return st;
  st = csq__builder_article(&b, "1", 0, err);
  for (size_t at = 0; st == CSQ_OK && at < size;) {
    const char *nl = memchr(data + at, '\n', size - at);
    size_t end = nl ? (size_t)(nl - data) : size;
    if (end > at)
      st = csq__builder_block(&b, data + at, end - at, (long long)at, err);
    at = end + 1;
  }
  if (st != CSQ_OK) {
    csq__builder_abandon(&b);
    return st;
  }
  csq_law_meta meta = {.id = "A0030297", .name = "資通安全管理法", .level = "法律"};
  csq_law *law;
  st = csq__builder_finish(&b, &meta, &law, err);
  return st == CSQ_OK ? csq__corpus_adopt(c, law, err) : st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  csq_error err;
  if (csq__check_utf8((const char *)data, size, "fuzz", &err) != CSQ_OK)
    return 0;
  csq_corpus *corpus = NULL;
  csq_status st = csq_corpus_new(NULL, &corpus, &err);
  if (st == CSQ_OK)
    st = csq_corpus_add_builtin(corpus, &err);
  if (st == CSQ_OK)
    st = build_law(corpus, (const char *)data, size, &err);
  fuzz_check_error(st, &err);
  if (st == CSQ_OK)
    fuzz_everything(corpus, 1, 0); /* the law made of the input */
  csq_corpus_free(corpus);
  return 0;
}
