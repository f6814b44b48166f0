/*
 * base.h — what every stage uses and none owns: errors, memory (the
 * allocator, the arena, growable arrays and buffers), text helpers, Chinese
 * numerals, compiled patterns and the embedded data files, a hash map.
 * Nothing here knows of laws. Not installed; programs use csquery.h.
 */
#ifndef CSQ_BASE_H
#define CSQ_BASE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "csquery.h"
#include "words.h" /* grammar/words.tsv and messages.tsv, generated */

/* ---- errors (error.c) ------------------------------------------------ */

/* Fills err (if not NULL) and returns status. `source` may be NULL. */
csq_status csq__fail(csq_error *err, csq_status status, const char *source, long long offset,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The same, keeping the cause as the failing library gave it (errno, an
 * SQLite result code, a UErrorCode). */
csq_status csq__fail_cause(csq_error *err, csq_status status, int cause, const char *source,
                           long long offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* The one way an allocation failure is reported. */
csq_status csq__oom(csq_error *err);

/* ---- memory (mem.c, arena.c) ------------------------------------------ */

/* The allocator of a csq_mem, NULL meaning the default. */
void *csq__calloc(const csq_mem *mem, size_t count, size_t size);
void *csq__realloc(const csq_mem *mem, void *p, size_t size);
void csq__free(const csq_mem *mem, void *p);
/* A NUL-terminated copy of s[0..len) (csq__strdup: of s); NULL when out of
 * memory. */
char *csq__strndup(const csq_mem *mem, const char *s, size_t len);
/* Copies s[0..len) into p and ends it with a NUL; returns p (NULL stays NULL). */
char *csq__copy_text(char *p, const char *s, size_t len);
char *csq__strdup(const csq_mem *mem, const char *s);
/* qsort that takes an empty array: qsort's base must not be NULL even when
 * count is 0 (C11 7.22.5), and an empty CSQ_VEC's items are NULL. */
void csq__sort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
/* Sorts integer keys in place, ascending, through tmp (room for count
 * keys; NULL will do under 32): insertion for a few, else a radix sort
 * that makes one pass per byte the keys differ in (bigram ids of a diff
 * differ in two or three; qsort's comparisons through a pointer were a
 * third of a diff's time). */
void csq__sort_u32(uint32_t *keys, size_t count, uint32_t *tmp);
void csq__sort_u64(uint64_t *keys, size_t count, uint64_t *tmp);

/* A growable array of T, the one every list of the library is:
 *   CSQ_VEC(csq_law *) laws = {0};
 *   if (csq__vec_push(mem, &laws, law) != 0) return csq__oom(err);
 *   … laws.items[i] for i < laws.count …
 *   csq__vec_free(mem, &laws); */
#define CSQ_VEC(T)                                                                                 \
  struct {                                                                                         \
    T *items;                                                                                      \
    size_t count, cap;                                                                             \
  }
/* Makes room for `extra` more items of `size` bytes in the array whose
 * items pointer is at `items` (a T **); 0 or -1. */
int csq__vec_reserve(const csq_mem *mem, void *items, size_t *cap, size_t count, size_t extra,
                     size_t size);
/* The check that there is room already is made here, inline: a push is
 * most often into room there is (a diff pushes millions). */
#define csq__vec_grow(mem, v, extra)                                                               \
  ((v)->count + (extra) <= (v)->cap                                                                \
       ? 0                                                                                         \
       : csq__vec_reserve((mem), &(v)->items, &(v)->cap, (v)->count, (extra), sizeof *(v)->items))
#define csq__vec_push(mem, v, x)                                                                   \
  (csq__vec_grow(mem, v, 1) != 0 ? -1 : ((v)->items[(v)->count++] = (x), 0))
#define csq__vec_free(mem, v)                                                                      \
  (csq__free((mem), (v)->items), (v)->items = NULL, (v)->count = (v)->cap = 0)

/* The public list types (csq_node_list, csq_citation_list …) are structs of
 * one shape, CSQ__LIST(T): their items, and what the list owns —
 * release(owned) frees it with the list (the citations a question built for
 * it, the rows a database read back). */
#define CSQ__LIST(T)                                                                               \
  const csq_mem *mem;                                                                              \
  CSQ_VEC(T) items;                                                                                \
  void (*release)(void *owned);                                                                    \
  void *owned

/* Defines csq__SHORT_new (an empty list), NAME_count, NAME_at (ADDR is &
 * when the items are values) and NAME_free for a struct NAME { CSQ__LIST(…); },
 * e.g. CSQ__LIST_FUNCTIONS(csq_node_list, node_list, csq_node, ). */
#define CSQ__LIST_FUNCTIONS(NAME, SHORT, ITEM, ADDR)                                               \
  csq_status csq__##SHORT##_new(const csq_mem *mem, NAME **out, csq_error *err) {                  \
    NAME *l = csq__calloc(mem, 1, sizeof *l);                                                      \
    if (!l)                                                                                        \
      return csq__oom(err);                                                                        \
    l->mem = mem;                                                                                  \
    *out = l;                                                                                      \
    return CSQ_OK;                                                                                 \
  }                                                                                                \
  size_t NAME##_count(const NAME *l) { return l->items.count; }                                    \
  const ITEM *NAME##_at(const NAME *l, size_t i) {                                                 \
    return i < l->items.count ? ADDR l->items.items[i] : NULL;                                     \
  }                                                                                                \
  void NAME##_free(NAME *l) {                                                                      \
    if (!l)                                                                                        \
      return;                                                                                      \
    if (l->release)                                                                                \
      l->release(l->owned);                                                                        \
    csq__vec_free(l->mem, &l->items);                                                              \
    csq__free(l->mem, l);                                                                          \
  }

/* A bump allocator: everything a law owns lives in one arena and is freed
 * at once, so the tree needs no per-node free. */
typedef struct csq_arena {
  struct csq_arena_block *head;
  const csq_mem *mem;
} csq_arena;

void csq__arena_init(csq_arena *arena, const csq_mem *mem);
void csq__arena_release(csq_arena *arena);
/* Zeroed, 8-byte aligned; NULL when out of memory. */
void *csq__arena_alloc(csq_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len); NULL when out of memory. */
char *csq__arena_strndup(csq_arena *arena, const char *s, size_t len);
char *csq__arena_printf(csq_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A growable byte buffer, NUL-terminated once written to; {0} is empty
 * and allocates with the default allocator. */
typedef struct csq_buf {
  char *data;
  size_t len, cap;
  const csq_mem *mem;
} csq_buf;

int csq__buf_append(csq_buf *buf, const char *s, size_t len); /* 0 or -1 */
int csq__buf_puts(csq_buf *buf, const char *s);               /* 0 or -1 */
void csq__buf_free(csq_buf *buf);

/* ---- text (text.c) ------------------------------------------------------ */

/* Checks that data[0..len) is valid UTF-8 with no NUL byte; on failure
 * fills err with `source` and the offset of the first bad byte. Every text
 * that enters the library passes here once; patterns then run with
 * PCRE2_NO_UTF_CHECK. */
csq_status csq__check_utf8(const char *data, size_t len, const char *source, csq_error *err);
/* Writes `text` into buf as a message may show it (error.c): valid UTF-8
 * as it is, any other byte (and control characters) as \xNN, cut short
 * with … to fit `size`; NUL-terminated. Returns buf. csq_error_format
 * shows every source and message so. */
const char *csq__quote(const char *text, char *buf, size_t size);

/* The limits of what the library reads (docs/reliability.md): past them an
 * input is refused with a message (CSQ_BAD_INPUT, CSQ_BAD_QUERY) instead of
 * taking memory without bound. The largest law of the national corpus has
 * 1,079 articles, 4,643 lines and 706 KB; its longest line is 3,036 bytes,
 * its longest provision (a table) 48,632. */
enum {
  CSQ_MAX_FILE = 256 << 20, /* bytes of one input: the whole national dump fits */
  CSQ_MAX_LINE = 64 << 10,  /* bytes of one line of law text */
  CSQ_MAX_TEXT = 256 << 10, /* bytes of one provision's text, its lines joined (a table) */
  CSQ_MAX_ARTICLES = 10000, /* articles (條) of one law */
  CSQ_MAX_NODES = 200000,   /* provisions and headings of one law */
  CSQ_MAX_QUERY = 1024      /* bytes of a lookup, cited-by, search, term, actor or law name */
};
/* Checks text a caller hands the library as a question (`what` names it in
 * the message: "the query", "--law"): valid UTF-8 and at most CSQ_MAX_QUERY
 * bytes, else CSQ_BAD_QUERY with the offending byte quoted. NULL passes. */
csq_status csq__check_query(const char *text, const char *what, csq_error *err);
/* Bytes of the UTF-8 character at s (1 for a stray byte, 0 at the end).
 * Inline: the obligation extractor asks it at nearly every character. */
static inline size_t csq__char_len(const char *s, size_t len) {
  if (!len)
    return 0;
  int32_t i = 0;
  U8_FWD_1(s, i, (int32_t)(len < 4 ? len : 4));
  return (size_t)i;
}
/* Whether c is a Han character (ICU's script property; the unified blocks,
 * most of any text, answered without a lookup). Inline: the SQLite
 * extension's tokenizer asks it too. */
static inline int csq__is_han(UChar32 c) {
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
    return 1;
  return c >= 0x2E80 && u_getIntPropertyValue(c, UCHAR_SCRIPT) == USCRIPT_HAN;
}
/* The ） that closes a parenthesis opened before s[at], past those opened
 * and closed inside it (（以下簡稱學校（園））); end when none does. */
size_t csq__paren_close(const char *s, size_t at, size_t end);
/* The same for any pair of brackets: `close` past those `open` opens. */
size_t csq__bracket_close(const char *s, size_t at, size_t end, const char *open,
                          const char *close);
/* s[at..end) past the white space at its start (csq__space_len); and where
 * s[lo..at) ends without the white space at its end. */
size_t csq__skip_space(const char *s, size_t at, size_t end);
size_t csq__skip_space_back(const char *s, size_t lo, size_t at);
/* A short name in brackets at s[at] that is part of the name before it:
 * 學校（園）, 獸醫師（佐）, 機關（構）, 支給（發放）機關 (one to three
 * characters, not an alias), or in half-width brackets after a space as
 * older texts set them (學校 (園)). Its length, or 0. */
size_t csq__bracket_after(const char *s, size_t at, size_t end);
/* The short name in brackets that closes s[lo..hi) (研考單位 (人員), 獸醫師（佐）),
 * with the spaces around it, its length, or 0. */
size_t csq__bracket_before(const char *s, size_t lo, size_t hi);
/* Whether every character of s (a C string) is Han, and there is one. */
int csq__all_han(const char *s);
/* Code points in s[from..to). */
size_t csq__code_points(const char *s, size_t from, size_t to);
/* Code points of s[0..to), counted from where the last count of the same
 * text stopped (forward or back): spans found in any order over a text
 * cost about one pass over it, where counting from the start each time
 * made a 60 KB paragraph's obligations take a quarter of a second. */
typedef struct csq__cp_cursor {
  const char *s;
  size_t byte, cps;
} csq__cp_cursor;
size_t csq__code_points_to(csq__cp_cursor *cursor, const char *s, size_t to);
/* The byte offset of code point `n` of s[0..len). */
size_t csq__byte_at(const char *s, size_t len, size_t n);
/* Whether s[0..len) starts / ends with `word`, or holds it. Inline: they
 * run at nearly every character read, most often with a word whose length
 * the compiler knows (COMMA). Most words are ruled out by their first two
 * bytes, or by their last one (in UTF-8 Chinese the first byte of a
 * character is one of a few, the others one of 64). */
static inline int csq__starts_with(const char *s, size_t len, const char *word) {
  if (!*word)
    return 1;
  if (!len || *s != *word || (word[1] && (len < 2 || s[1] != word[1])))
    return 0;
  size_t k = strlen(word);
  return len >= k && memcmp(s, word, k) == 0;
}
static inline int csq__ends_with(const char *s, size_t len, const char *word) {
  size_t k = strlen(word);
  return len >= k && (!k || s[len - 1] == word[k - 1]) && memcmp(s + len - k, word, k) == 0;
}
/* The byte where `word` first stands in s[0..len), or len. */
size_t csq__find(const char *s, size_t len, const char *word);
int csq__contains(const char *s, size_t len, const char *word);
/* Whether s[0..len) holds any word of words[0..count). */
int csq__contains_any(const char *s, size_t len, const char *const *words, size_t count);
/* Bytes of the white space (ASCII, or U+3000) at s; 0 if none. */
size_t csq__space_len(const char *s, size_t len);
/* Bytes of the UTF-8 byte order mark opening s (3), else 0. */
size_t csq__bom_len(const char *s, size_t len);
/* Strips white space at both ends of *s[0..*len). */
void csq__trim(const char **s, size_t *len);
/* Display columns of s[0..len), by ICU's East Asian Width property: 2 for
 * wide and full-width characters (漢字, 。), 1 for the others. */
int csq__display_width(const char *s, size_t len);

/* A word list of grammar/words.tsv, as CSQ__WORDS(comma) names it. */
#define CSQ__WORDS(name) csq_words_##name, csq_words_##name##_count
/* The index of the word of words[0..count) that s[0..len) starts with,
 * ends with, or is (the first in the list that does); -1 when none. */
int csq__starts_with_any(const char *s, size_t len, const char *const *words, size_t count);
int csq__ends_with_any(const char *s, size_t len, const char *const *words, size_t count);
int csq__word_index(const char *s, size_t len, const char *const *words, size_t count);
/* A word list by name; NULL when there is none. */
const csq__word_list *csq__word_list_find(const char *name, size_t len);

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

/* ---- patterns and data files (grammar.c) ------------------------------ */

/* A pattern of grammar/, compiled (JIT where the platform has it) with its
 * match data. The subjects are validated UTF-8 (csq__check_utf8), so
 * matching skips PCRE2's own check. */
typedef struct csq_pattern {
  pcre2_code *code;
  pcre2_match_data *match;
} csq_pattern;

/* Compiles the embedded grammar file `file` (PCRE2_EXTENDED | PCRE2_UTF, plus
 * `flags`, e.g. PCRE2_ANCHORED). @NAME in the file stands for the word list
 * NAME of grammar/words.tsv: (?:word|word…). */
csq_status csq__pattern_compile(csq_pattern *p, const char *file, uint32_t flags, csq_error *err);
/* The same for a pattern made at run time, `name` naming it in errors
 * (search's contractions: 土\p{Han}{0,3}?增\p{Han}{0,3}?稅). It is read as
 * a grammar file is: extended syntax (spaces and # are layout) and @NAME a
 * word list, so text from outside goes in escaped, or Han characters only. */
csq_status csq__pattern_compile_text(csq_pattern *p, const char *name, const char *text, size_t len,
                                     uint32_t flags, csq_error *err);
void csq__pattern_release(csq_pattern *p);
/* Runs the pattern on s[0..len) from byte `from`. Returns the number of
 * capture pairs (>0) on a match, 0 on no match; *ovector receives the
 * offsets (pairs, PCRE2_UNSET for unset groups). */
int csq__pattern_match(const csq_pattern *p, const char *s, size_t len, size_t from,
                       PCRE2_SIZE **ovector);
/* Group number of a named group, or -1. */
int csq__pattern_group(const csq_pattern *p, const char *name);

/* Embedded data files (generated from grammar/ and corpus/ at build). */
typedef struct csq_embedded_file {
  const char *name;
  const unsigned char *data;
  size_t size;
} csq_embedded_file;

const csq_embedded_file *csq__embedded_find(const char *name);

/* ---- a hash map (hashmap.c) ------------------------------------------- */

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
  const csq_mem *mem; /* NULL: the default */
} csq__u64map;

int csq__u64map_put(csq__u64map *m, uint64_t key, uint64_t val); /* 0 or -1 */
/* 1 and *val when present, else 0. */
int csq__u64map_get(const csq__u64map *m, uint64_t key, uint64_t *val);
void csq__u64map_free(csq__u64map *m);
/* Empties the map, keeping its room: refilling it with as many keys cannot fail. */
void csq__u64map_clear(csq__u64map *m);
/* Makes room for `count` keys at once (0 or -1). */
int csq__u64map_reserve(csq__u64map *m, size_t count);

/* Spans: a key's items [first, first + count) of a list kept in order (a
 * node's citations, a law's definitions), first and count in one value;
 * at most 2^24 - 1 items a key. */
int csq__span_put(csq__u64map *m, uint64_t key, size_t first, size_t count); /* 0 or -1 */
/* Adds item `at` to the key's span when it extends it (the first run
 * stands otherwise). 0 or -1. */
int csq__span_add(csq__u64map *m, uint64_t key, size_t at);
/* The count of the key's items (0 when none) and the first in *first. */
size_t csq__span_get(const csq__u64map *m, uint64_t key, size_t *first);
uint64_t csq__hash_bytes(const char *s, size_t len); /* in-memory keys only */

#endif /* CSQ_BASE_H */
