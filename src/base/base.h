/*
 * base.h — what every stage uses: errors, the arena and buffers, numerals,
 * the compiled grammar and the embedded data files, a hash map. Not
 * installed; programs use csquery.h.
 */
#ifndef CSQ_BASE_H
#define CSQ_BASE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdint.h>

#include "csquery.h"

/* ---- errors (error.c) ------------------------------------------------ */

/* Fills err (if not NULL) and returns status. `source` may be NULL. */
csq_status csq__fail(csq_error *err, csq_status status, const char *source,
                     long long offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* ---- arena (arena.c) ------------------------------------------------- */

/* A bump allocator: everything a law owns lives in one arena and is freed
 * at once, so the tree needs no per-node free. */
typedef struct csq_arena {
  struct csq_arena_block *head;
} csq_arena;

void csq__arena_init(csq_arena *arena);
void csq__arena_release(csq_arena *arena);
/* Zeroed, 8-byte aligned; NULL when out of memory. */
void *csq__arena_alloc(csq_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len); NULL when out of memory. */
char *csq__arena_strndup(csq_arena *arena, const char *s, size_t len);
char *csq__arena_printf(csq_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- growable byte buffer (arena.c) ---------------------------------- */

typedef struct csq_buf {
  char *data;
  size_t len, cap;
} csq_buf;

int csq__buf_append(csq_buf *buf, const char *s, size_t len); /* 0 or -1 */
void csq__buf_free(csq_buf *buf);

/* ---- numerals (numerals.c) ------------------------------------------- */

/* The value of s[0..len) written in ASCII or full-width digits, or in
 * Chinese numerals (一…九千九百九十九, 零/〇, 兩, 壹貳參…拾佰仟); -1 when
 * the whole of s is not one number or the value exceeds 99999. */
long csq__numeral_value(const char *s, size_t len);

/* Writes n (0…99999) in Chinese numerals as statutes write them (十一,
 * 一百十, 一千零五) into buf; returns the length, or -1 if it does not
 * fit. */
int csq__numeral_format(long n, char *buf, size_t size);

/* Number of bytes of a numeral run at the start of s (digits of any of the
 * systems above), 0 if none. */
size_t csq__numeral_span(const char *s, size_t len);

/* ---- grammar (grammar.c) --------------------------------------------- */

/* The patterns of grammar/, compiled once per corpus (JIT where the
 * platform has it). Indices name the patterns. */
typedef enum csq_pattern_id {
  CSQ_PAT_ARTICLE_HEADING, /* grammar/article_heading.pcre */
  CSQ_PAT_HEADING,         /* grammar/heading.pcre */
  CSQ_PAT_LIST_MARKER,     /* grammar/list_marker.pcre */
  CSQ_PAT_METADATA,        /* grammar/metadata.pcre */
  CSQ_PAT_QUERY,           /* grammar/query.pcre */
  CSQ_PAT_CITATION,        /* grammar/citation.pcre (unanchored: searches) */
  CSQ_PAT_COUNT
} csq_pattern_id;

typedef struct csq_grammar {
  pcre2_code *code[CSQ_PAT_COUNT];
  pcre2_match_data *match[CSQ_PAT_COUNT];
} csq_grammar;

csq_status csq__grammar_init(csq_grammar *grammar, csq_error *err);
/* Compiles the embedded grammar file `file` (PCRE2_EXTENDED | PCRE2_UTF, plus
 * `flags`), JIT where it can, with match data for it. For stages that keep
 * patterns of their own (obligations.c, definitions.c). */
csq_status csq__grammar_compile(const char *file, uint32_t flags, pcre2_code **code,
                                pcre2_match_data **match, csq_error *err);
void csq__grammar_release(csq_grammar *grammar);

/* Runs pattern `id` anchored at the start of s[0..len). Returns the number
 * of capture pairs (>0) on a match, 0 on no match; *ovector receives the
 * offsets (pairs, PCRE2_UNSET for unset groups). */
int csq__grammar_match(const csq_grammar *grammar, csq_pattern_id id,
                       const char *s, size_t len, PCRE2_SIZE **ovector);

/* Group number of a named group of pattern `id`, or -1. */
int csq__grammar_group(const csq_grammar *grammar, csq_pattern_id id,
                       const char *name);

/* Embedded data files (generated from grammar/ and corpus/ at build). */
typedef struct csq_embedded_file {
  const char *name;
  const unsigned char *data;
  size_t size;
} csq_embedded_file;

const csq_embedded_file *csq__embedded_find(const char *name);


/* A hash map from 64-bit keys to 64-bit values (open addressing); key 0 is
 * stored as 1. Used for the name trie, per-node spans and the reverse
 * index. */
typedef struct csq__u64slot {
  uint64_t key, val;
} csq__u64slot;

/* Key and value side by side: a lookup touches one cache line. */
typedef struct csq__u64map {
  csq__u64slot *slots;
  size_t size, count;
} csq__u64map;

int csq__u64map_put(csq__u64map *m, uint64_t key, uint64_t val); /* 0 or -1 */
/* 1 and *val when present, else 0. */
int csq__u64map_get(const csq__u64map *m, uint64_t key, uint64_t *val);
void csq__u64map_free(csq__u64map *m);
/* Makes room for `count` keys at once (0 or -1). */
int csq__u64map_reserve(csq__u64map *m, size_t count);
uint64_t csq__hash_bytes(const char *s, size_t len); /* in-memory keys only */


#endif /* CSQ_BASE_H */
