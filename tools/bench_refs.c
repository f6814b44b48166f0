/*
 * bench_refs.c — citation extraction + resolution over the whole national
 * corpus, in MB/s of provision text, and the latency of cited-by over that
 * corpus held in memory (the database's cited-by is the store's to measure).
 *
 * usage: bench_refs [RUNS]   (reads ../shared/corpus/moj/ch.tar.xz, unpacked
 *                             once into the build's corpus-cache)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "measure.h"

/* cited-by for `count` provisions that are cited (every k-th target), timed
 * one by one: each is looked up in the reverse index by its law and eId. */
static void bench_cited_by(const csq_corpus *corpus, const csq_refs *refs, size_t count) {
  double *times = calloc(count, sizeof *times);
  size_t done = 0, hits = 0, step = csq_refs_count(refs) / count + 1;
  csq_error err;
  for (size_t i = 0; times && i < csq_refs_count(refs) && done < count; i += step) {
    const csq_citation *c = csq_refs_at(refs, i);
    const csq_target *t = csq_citation_target(c, 0);
    if (csq_target_kind_of(t) != CSQ_TARGET_PROVISION || !csq_target_resolved(t) ||
        !csq_target_law_name(t)[0])
      continue;
    const char *law = csq_target_law_id(t)[0] ? csq_target_law_id(t) : csq_target_law_name(t);
    csq_cited_by_list *out;
    double t0 = csq_test_now();
    csq_status st = csq_refs_cited_by(refs, law, csq_target_eid(t), &out, &err);
    times[done++] = (csq_test_now() - t0) * 1e3;
    if (st == CSQ_OK) {
      hits += csq_cited_by_list_count(out);
      csq_cited_by_list_free(out);
    }
  }
  qsort(times, done, sizeof *times, csq_test_by_double);
  double sum = 0;
  for (size_t i = 0; i < done; i++)
    sum += times[i];
  if (done)
    printf("cited-by (in memory, %zu laws): %zu queries, %zu citations found; mean %.3f ms, "
           "median %.3f ms, p99 %.3f ms, max %.3f ms\n",
           csq_corpus_law_count(corpus), done, hits, sum / (double)done, times[done / 2],
           times[done * 99 / 100], times[done - 1]);
  free(times);
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 3;
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  if (!dir)
    return 1;
  size_t count;
  char **files = csq_test_list_laws(dir, &count);
  csq_corpus *corpus;
  csq_error err;
  if (!files || csq_corpus_new(NULL, &corpus, &err) != CSQ_OK)
    return 1;
  for (size_t i = 0; i < count; i++)
    if (csq_corpus_add_file(corpus, files[i], &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", files[i], err.message);
      return 1;
    }
  csq_test_free_list(files, count);
  size_t bytes = 0;
  for (size_t i = 0; i < csq_corpus_law_count(corpus); i++)
    bytes += csq_test_text_bytes(csq_law_root(csq_corpus_law_at(corpus, i)));
  double best = 1e9;
  csq_refs *refs = NULL;
  for (int r = 0; r < runs; r++) {
    csq_refs_free(refs);
    double t0 = csq_test_now();
    if (csq_refs_build(corpus, &refs, &err) != CSQ_OK) {
      fprintf(stderr, "%s\n", err.message);
      return 1;
    }
    double t = csq_test_now() - t0;
    best = t < best ? t : best;
  }
  printf("extraction + resolution + cited-by index: %zu laws, %.1f MB of provision text, "
         "%zu citations; best of %d runs %.3f s = %.1f MB/s\n",
         csq_corpus_law_count(corpus), (double)bytes / 1e6, csq_refs_count(refs), runs, best,
         (double)bytes / 1e6 / best);
  bench_cited_by(corpus, refs, 1000);
  csq_refs_free(refs);
  csq_corpus_free(corpus);
  return 0;
}
