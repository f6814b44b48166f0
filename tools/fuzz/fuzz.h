/*
 * fuzz.h — what the libFuzzer harnesses of tools/fuzz/ share: their default
 * arguments (each fuzz_<name> runs with none: its seeds, the dictionary,
 * a minute), a stream to render into, and the checks that turn a silent
 * wrong answer into a crash the fuzzer reports.
 */
#ifndef CSQ_FUZZ_H
#define CSQ_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csquery.h"

/* The harness's name (read, lookup …): its seeds are CSQ_FUZZ_SEEDS/NAME,
 * its working corpus CSQ_FUZZ_CORPUS/NAME. Every harness defines it. */
extern const char *const fuzz_name;

/* Stops the run with a message: what the fuzzer reports as a crash. */
void fuzz_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* /dev/null, opened once: renderers write there. */
FILE *fuzz_sink(void);

/* Checks that a failing call said why: a known status and a message. */
void fuzz_check_error(csq_status st, const csq_error *err);

/* Renders the list in text and JSON (the JSON parsed back to check that it
 * is JSON) and checks every invariant of its items. */
void fuzz_nodes(const csq_node_list *nodes);
void fuzz_citations(const csq_citation_list *list);
void fuzz_cited_by(const csq_cited_by_list *list);
void fuzz_obligations(const csq_obligation_list *list);
void fuzz_definitions(const csq_definition_list *list);
void fuzz_hits(const csq_hits *hits);
void fuzz_law(const csq_law *law);

/* Every question the library answers, asked of the laws of `corpus` from
 * the law `first` on (those before are context), and every answer
 * rendered and checked. Without `thorough`, the questions that read the
 * whole corpus's citations again (what a provision cites, cited-by,
 * dangling citations, a definition) are asked of the extractors' own
 * lists only: a run is then several times faster. */
void fuzz_everything(csq_corpus *corpus, size_t first, int thorough);

/* A NUL-terminated copy of data[0..size) (freed by the caller). */
char *fuzz_string(const uint8_t *data, size_t size);

#endif
