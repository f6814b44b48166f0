/*
 * bench_obligations.c — obligations and definitions over the whole national
 * corpus, in MB/s of provision text (the same measure as bench_refs), with
 * the counts of each modality and of each form of definition.
 *
 * usage: bench_obligations [RUNS]   (reads ../shared/corpus/moj/ch.tar.xz,
 *                                    unpacked once into the build's corpus-cache)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

static csq_corpus *load(void) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  size_t count;
  char **files = dir ? csq_test_list_laws(dir, &count) : NULL;
  csq_corpus *corpus;
  csq_error err;
  if (!files || csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return NULL;
  /* CSQ_BENCH_LAWS=N reads only every (count / N)th law: a sample for a
   * profiler (valgrind --tool=callgrind counts instructions the same on a
   * busy machine) */
  size_t step = getenv("CSQ_BENCH_LAWS") ? count / (size_t)atol(getenv("CSQ_BENCH_LAWS")) : 1;
  for (size_t i = 0; i < count; i += step ? step : 1)
    if (csq_corpus_add_file(corpus, files[i], &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", files[i], err.message);
      return NULL;
    }
  csq_test_free_list(files, count);
  return corpus;
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 3;
  csq_corpus *corpus = load();
  if (!corpus)
    return 1;
  size_t bytes = 0;
  for (size_t i = 0; i < csq_corpus_law_count(corpus); i++)
    bytes += csq_test_text_bytes(csq_law_root(csq_corpus_law_at(corpus, i)));
  double best_o = 1e9, best_d = 1e9, cpu_o = 1e9;
  csq_obligations *obls = NULL;
  csq_definitions *defs = NULL;
  csq_error err;
  for (int r = 0; r < runs; r++) {
    csq_obligations_free(obls);
    csq_definitions_free(defs);
    double t0 = csq_test_now(), c0 = csq_test_cpu_now();
    if (csq_obligations_build(corpus, &obls, &err) != CSQ_OK)
      return fprintf(stderr, "%s\n", err.message), 1;
    double t1 = csq_test_now(), c1 = csq_test_cpu_now();
    cpu_o = c1 - c0 < cpu_o ? c1 - c0 : cpu_o;
    /* without citations: the scope is then left as written */
    if (csq_definitions_build(corpus, NULL, &defs, &err) != CSQ_OK)
      return fprintf(stderr, "%s\n", err.message), 1;
    double t2 = csq_test_now();
    best_o = t1 - t0 < best_o ? t1 - t0 : best_o;
    best_d = t2 - t1 < best_d ? t2 - t1 : best_d;
  }
  size_t modality[4] = {0}, forms[5] = {0};
  static const char *const FORMS[5] = {"said", "called", "alias", "quoted", "list"};
  for (size_t i = 0; i < csq_obligations_count(obls); i++)
    modality[csq_obligation_modality(csq_obligations_at(obls, i))]++;
  for (size_t i = 0; i < csq_definitions_count(defs); i++)
    for (int f = 0; f < 5; f++)
      forms[f] += strcmp(csq_definition_form(csq_definitions_at(defs, i)), FORMS[f]) == 0;
  printf("%zu laws, %.1f MB of provision text; best of %d runs\n", csq_corpus_law_count(corpus),
         (double)bytes / 1e6, runs);
  printf("obligations: %zu (shall %zu, may %zu, shall_not %zu, exception %zu) in %.3f s = "
         "%.1f MB/s (%.3f s of CPU = %.1f MB/s)\n",
         csq_obligations_count(obls), modality[0], modality[1], modality[2], modality[3], best_o,
         (double)bytes / 1e6 / best_o, cpu_o, (double)bytes / 1e6 / cpu_o);
  printf("definitions: %zu (said %zu, called %zu, alias %zu, quoted %zu, list %zu) in %.3f s = "
         "%.1f MB/s\n",
         csq_definitions_count(defs), forms[0], forms[1], forms[2], forms[3], forms[4], best_d,
         (double)bytes / 1e6 / best_d);
  csq_obligations_free(obls);
  csq_definitions_free(defs);
  csq_corpus_free(corpus);
  return 0;
}
