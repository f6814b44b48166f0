/*
 * digest.c — a law's digest: a hash of what it says (its name, level and
 * status, and every node's kind, number, eId, citation, title and text),
 * the same on every machine, so that an import can tell a version it has
 * already stored from a corrected text of that version. Where the law was
 * read from (its source, its format) and its amendment record are left
 * out: the same text read from either open-data format has one digest.
 */
#include <stdio.h>
#include <string.h>

#include "reading/reading.h"

/* FNV-1a, 64 bits, byte by byte (no word reads: the same on any
 * endianness); each field ends with 0xFF, a byte UTF-8 text never holds. */
static uint64_t fnv(uint64_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ULL;
  }
  h ^= 0xFF;
  return h * 0x100000001b3ULL;
}

static uint64_t field(uint64_t h, const char *s) { return fnv(h, s, strlen(s)); }

static uint64_t node_digest(uint64_t h, const csq_node *n) {
  h = field(h, csq_kind_name(n->kind));
  h = field(h, n->num);
  h = field(h, n->eid);
  h = field(h, n->cite);
  h = field(h, n->title);
  h = fnv(h, n->text, n->text_len);
  for (const csq_node *c = n->first_child; c; c = c->next)
    h = node_digest(h, c);
  return field(h, ")"); /* the children end */
}

void csq__law_digest(const csq_law *law, char out[17]) {
  uint64_t h = 0xcbf29ce484222325ULL;
  h = field(h, law->id);
  h = field(h, law->name);
  h = field(h, law->level);
  h = field(h, law->version);
  h = field(h, law->repealed ? "repealed" : "in force");
  h = node_digest(h, law->root);
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}
