/*
 * priors.c — what search knows of every provision before it reads a query:
 * the level and status of its law, its kind, whether it states a duty, a
 * permission or a definition (from the obligations and definitions the
 * deontic stage found), whether the list it stands in is introduced by one,
 * whether it is boilerplate (本辦法自發布日施行。), a penalty, a fragment of a
 * few words, a lead-in of a list, a provision of an agency's organisation
 * act. Two bytes a provision (CSQ_PRIOR_* in store.h), written once at the
 * end of an import into node_priors, a row a CHUNK of node_keys, as
 * fts_lengths (rank.c); search reads the rows its hits fall in, so that
 * weighing every hit costs a lookup in memory (docs/search.md).
 */
#include <string.h>

#include "store/store.h"

/* Provisions a row of node_priors holds: node_keys [chunk · CHUNK,
 * (chunk + 1) · CHUNK), eight bytes each — the priors, then the text's
 * hash, little-endian (4,000 bytes: a row fits a page of 4,096, with no
 * overflow page to walk). */
enum { CHUNK = 500, BYTES = 8 };

/* A list item of at most this many characters only names something: 「四、資遣費。」. */
enum { FRAGMENT_CHARS = 12 };

/* ---- what a law says of its provisions ----------------------------------- */

static uint32_t level_bits(const char *level) {
  if (strcmp(level, CSQ_WORD_LEVEL_ACT) == 0)
    return CSQ_PRIOR_LEVEL_ACT;
  if (strcmp(level, CSQ_WORD_LEVEL_REGULATION) == 0)
    return CSQ_PRIOR_LEVEL_REGULATION;
  if (strcmp(level, CSQ_WORD_LEVEL_CONSTITUTION) == 0)
    return CSQ_PRIOR_LEVEL_CONSTITUTION;
  return CSQ_PRIOR_LEVEL_OTHER;
}

/* The bits every provision of each law shares, by law_key. */
static csq_status law_bits(sqlite3 *db, const csq_mem *mem, uint32_t **out, size_t *count,
                           csq_error *err) {
  sqlite3_stmt *s = NULL;
  sqlite3_int64 max_key = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT coalesce(max(law_key), 0) FROM laws", -1, &s, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
    max_key = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW)
    return csq__db_fail(db, NULL, "reading the laws for search", err);
  *count = (size_t)max_key + 1;
  uint32_t *bits = csq__calloc(mem, *count, sizeof *bits);
  if (!bits)
    return csq__oom(err);
  rc = sqlite3_prepare_v2(db, "SELECT law_key, level, status, name FROM laws", -1, &s, NULL);
  for (rc = rc == SQLITE_OK ? sqlite3_step(s) : rc; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
    sqlite3_int64 key = sqlite3_column_int64(s, 0);
    const char *name = csq__db_text(s, 3);
    uint32_t b = level_bits(csq__db_text(s, 1));
    if (strcmp(csq__db_text(s, 2), "repealed") == 0)
      b |= CSQ_PRIOR_REPEALED;
    if (csq__ends_with_any(name, strlen(name), CSQ__WORDS(org_law_endings)) >= 0)
      b |= CSQ_PRIOR_ORG_LAW;
    if (key >= 0 && (size_t)key < *count)
      bits[key] = b;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    csq__free(mem, bits);
    return csq__db_fail(db, NULL, "reading the laws for search", err);
  }
  *out = bits;
  return CSQ_OK;
}

/* ---- what a provision's text says of it ---------------------------------- */

static uint32_t kind_bits(const char *kind) {
  csq_kind k = csq__kind_from_name(kind);
  if (csq_kind_is_heading(k))
    return CSQ_PRIOR_KIND_HEADING;
  switch (k) {
  case CSQ_ARTICLE:
    return CSQ_PRIOR_KIND_ARTICLE;
  case CSQ_PARAGRAPH:
    return CSQ_PRIOR_KIND_PARAGRAPH;
  case CSQ_SUBPARAGRAPH:
    return CSQ_PRIOR_KIND_SUBPARAGRAPH;
  case CSQ_ITEM:
    return CSQ_PRIOR_KIND_ITEM;
  case CSQ_SUBITEM:
    return CSQ_PRIOR_KIND_SUBITEM;
  default:
    return CSQ_PRIOR_KIND_OTHER;
  }
}

/* Whether t holds any word of the list (t is NUL-terminated: strstr). */
static int holds_any(const char *t, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strstr(t, words[i]))
      return 1;
  return 0;
}

/* 本辦法自發布日施行。, 本細則依…規定訂定之。, 為…，特制定本法。 */
static int is_boilerplate(const char *t, size_t n) {
  if (csq__ends_with_any(t, n, CSQ__WORDS(boilerplate_ends)) >= 0 && /* few end so: first */
      (csq__starts_with_any(t, n, CSQ__WORDS(self_law)) >= 0 ||
       csq__starts_with_any(t, n, CSQ__WORDS(self_act)) >= 0))
    return 1;
  return holds_any(t, CSQ__WORDS(purpose_enacts));
}

/* One sentence that hands its matter to a rule another makes: 前項…之辦法，
 * 由中央主管機關定之。 (its last segment opens with 由, after the rule). */
static int is_delegation(const char *t, size_t n) {
  if (csq__ends_with_any(t, n, CSQ__WORDS(delegation_ends)) < 0)
    return 0;
  size_t last = n; /* where the last segment's comma stands */
  for (size_t at = 0; at + 3 < n; at++)
    if (csq__starts_with_any(t + at, n - at, CSQ__WORDS(sentence_cuts)) >= 0)
      return 0;
    else if (csq__starts_with_any(t + at, n - at, CSQ__WORDS(comma)) >= 0)
      last = at;
  if (last == n)
    return 0;
  size_t after = last + strlen(csq_words_comma[0]);
  return csq__starts_with_any(t + after, n - after, CSQ__WORDS(delegation_opens)) >= 0 &&
         csq__ends_with_any(t, last, CSQ__WORDS(delegation_rules)) >= 0;
}

static uint32_t text_bits(uint32_t kind, const char *t, size_t n) {
  uint32_t b = n ? CSQ_PRIOR_TEXT : 0;
  if (csq__ends_with_any(t, n, CSQ__WORDS(leadin_ends)) >= 0 &&
      holds_any(t, CSQ__WORDS(contents_leadin)))
    b |= CSQ_PRIOR_CONTENTS;
  if (is_boilerplate(t, n))
    b |= CSQ_PRIOR_BOILERPLATE;
  if (is_delegation(t, n))
    b |= CSQ_PRIOR_DELEGATION;
  if (holds_any(t, CSQ__WORDS(penalty_words)))
    b |= CSQ_PRIOR_PENALTY;
  if (kind >= CSQ_PRIOR_KIND_SUBPARAGRAPH && kind <= CSQ_PRIOR_KIND_SUBITEM &&
      csq__code_points(t, 0, n) <= FRAGMENT_CHARS)
    b |= CSQ_PRIOR_FRAGMENT;
  return b;
}

/* Every node's bits but those its obligations, definitions and list give;
 * parent[] the node_key of each one's parent (0 for none). */
static csq_status node_bits(sqlite3 *db, const uint32_t *laws, size_t law_count, uint32_t *bits,
                            uint32_t *hash, uint32_t *parent, size_t count, csq__char_counts *chars,
                            csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db, "SELECT node_key, law_key, parent_key, kind, text FROM nodes", -1,
                              &s, NULL);
  for (rc = rc == SQLITE_OK ? sqlite3_step(s) : rc; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
    sqlite3_int64 key = sqlite3_column_int64(s, 0), law = sqlite3_column_int64(s, 1);
    sqlite3_int64 up = sqlite3_column_int64(s, 2); /* 0 for NULL */
    if (key < 0 || (size_t)key >= count)
      continue;
    const char *text = csq__db_text(s, 4);
    uint32_t kind = kind_bits(csq__db_text(s, 3));
    uint32_t b = CSQ_PRIOR_KNOWN | kind | text_bits(kind, text, strlen(text));
    if (law >= 0 && (size_t)law < law_count)
      b |= laws[law];
    bits[key] = b;
    hash[key] = *text ? csq__text_hash(text) : 0;
    parent[key] = up > 0 && (size_t)up < count ? (uint32_t)up : 0;
    csq__char_counts_add(chars, (uint32_t)key, text);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "reading the provisions", err);
}

/* Sets `bit` on the node of every row `sql` returns (its first column), or,
 * when the row has a second column, `bit` where it is `value` and `other`
 * where it is not. */
static csq_status mark(sqlite3 *db, const char *sql, const char *value, uint32_t bit,
                       uint32_t other, uint32_t *bits, size_t count, csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
  int two = rc == SQLITE_OK && sqlite3_column_count(s) > 1;
  for (rc = rc == SQLITE_OK ? sqlite3_step(s) : rc; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
    sqlite3_int64 key = sqlite3_column_int64(s, 0);
    if (key >= 0 && (size_t)key < count)
      bits[key] |= !two || strcmp(csq__db_text(s, 1), value) == 0 ? bit : other;
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "reading the obligations", err);
}

static int is_list_item(uint32_t b) {
  uint32_t k = b & CSQ_PRIOR_KIND_MASK;
  return k >= CSQ_PRIOR_KIND_SUBPARAGRAPH && k <= CSQ_PRIOR_KIND_SUBITEM;
}

/* A list item's lead-in: its parent is one; it states a rule when the
 * parent does, or is itself an item under such a lead-in. Parents come
 * before their children in node_key order, so one pass sees each parent
 * settled. */
static void settle_lists(uint32_t *bits, const uint32_t *parent, size_t count) {
  for (size_t k = 1; k < count; k++) {
    if (!is_list_item(bits[k]) || !parent[k])
      continue;
    uint32_t *up = &bits[parent[k]];
    *up |= CSQ_PRIOR_LEADIN;
    if (*up & (CSQ_PRIOR_DUTY | CSQ_PRIOR_DEFINES | CSQ_PRIOR_LEADIN_RULE))
      bits[k] |= CSQ_PRIOR_LEADIN_RULE;
    if (*up & CSQ_PRIOR_CONTENTS)
      bits[k] |= CSQ_PRIOR_CONTENTS;
  }
}

/* The length byte of fts_lengths (rank.c, written just before) in every
 * node's high byte: a ranked search reads it with the priors, one row for
 * both. */
static csq_status add_lengths(sqlite3 *db, uint32_t *bits, size_t count, csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db, "SELECT chunk, lengths FROM fts_lengths", -1, &s, NULL);
  for (rc = rc == SQLITE_OK ? sqlite3_step(s) : rc; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
    sqlite3_int64 first = sqlite3_column_int64(s, 0) * CSQ_LENGTHS_CHUNK;
    const unsigned char *lengths = sqlite3_column_blob(s, 1);
    int n = sqlite3_column_bytes(s, 1);
    for (int i = 0; lengths && i < n; i++)
      if (first + i >= 0 && (size_t)(first + i) < count)
        bits[first + i] |= (uint32_t)lengths[i] << CSQ_PRIOR_LENGTH_SHIFT;
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? CSQ_OK : csq__db_fail(db, NULL, "reading the index's lengths", err);
}

static csq_status store_priors(sqlite3 *db, const uint32_t *bits, const uint32_t *hash,
                               size_t count, csq_error *err) {
  sqlite3_stmt *s = NULL;
  unsigned char row[BYTES * CHUNK];
  int rc =
      sqlite3_exec(db,
                   "DROP TABLE IF EXISTS node_priors;"
                   " CREATE TABLE node_priors(chunk INTEGER PRIMARY KEY, priors BLOB NOT NULL);",
                   NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db, "INSERT INTO node_priors VALUES (?1, ?2)", -1, &s, NULL);
  for (size_t first = 0; rc == SQLITE_OK && first < count; first += CHUNK) {
    size_t n = count - first < CHUNK ? count - first : CHUNK;
    for (size_t i = 0; i < n; i++)
      for (int b = 0; b < 4; b++) {
        row[BYTES * i + (size_t)b] = (unsigned char)(bits[first + i] >> (8 * b));
        row[BYTES * i + 4 + (size_t)b] = (unsigned char)(hash[first + i] >> (8 * b));
      }
    sqlite3_bind_int64(s, 1, (sqlite3_int64)(first / CHUNK));
    sqlite3_bind_blob64(s, 2, row, BYTES * n, SQLITE_TRANSIENT);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_OK ? CSQ_OK : csq__db_fail(db, NULL, "storing the search priors", err);
}

csq_status csq__priors_write(sqlite3 *db, const csq_mem *mem, csq_error *err) {
  uint32_t *laws = NULL, *bits = NULL;
  uint32_t *parent = NULL, *hash = NULL;
  csq__char_counts *chars = csq__char_counts_new(mem);
  size_t law_count = 0, count = 0;
  sqlite3_stmt *s = NULL;
  sqlite3_int64 max_key = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT coalesce(max(node_key), 0) FROM nodes", -1, &s, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
    max_key = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW || !chars) {
    csq__char_counts_free(mem, chars);
    return chars ? csq__db_fail(db, NULL, "reading the provisions", err) : csq__oom(err);
  }
  count = (size_t)max_key + 1;
  csq_status st = law_bits(db, mem, &laws, &law_count, err);
  if (st == CSQ_OK) {
    bits = csq__calloc(mem, count, sizeof *bits);
    hash = csq__calloc(mem, count, sizeof *hash);
    parent = csq__calloc(mem, count, sizeof *parent);
    if (!bits || !hash || !parent)
      st = csq__oom(err);
  }
  if (st == CSQ_OK)
    st = node_bits(db, laws, law_count, bits, hash, parent, count, chars, err);
  if (st == CSQ_OK) /* one pass: shall and shall_not are duties, may permissions */
    st = mark(db,
              "SELECT node_key, modality FROM obligations"
              " WHERE modality IN ('shall', 'shall_not', 'may')",
              "may", CSQ_PRIOR_MAY, CSQ_PRIOR_DUTY, bits, count, err);
  if (st == CSQ_OK)
    st = mark(db, "SELECT node_key FROM definitions", NULL, CSQ_PRIOR_DEFINES, 0, bits, count, err);
  if (st == CSQ_OK) {
    settle_lists(bits, parent, count);
    st = add_lengths(db, bits, count, err);
  }
  if (st == CSQ_OK)
    st = store_priors(db, bits, hash, count, err);
  if (st == CSQ_OK)
    st = csq__char_counts_write(db, chars, err);
  csq__char_counts_free(mem, chars);
  csq__free(mem, laws);
  csq__free(mem, bits);
  csq__free(mem, hash);
  csq__free(mem, parent);
  return st;
}

/* ---- reading them --------------------------------------------------------- */

void csq__priors_close(csq__priors *p) {
  if (p && p->blob) {
    sqlite3_blob_close(p->blob);
    p->blob = NULL;
  }
  if (p)
    p->chunk = -1;
}

/* Makes the row holding `chunk` the current one; 0 when there is none. */
static int read_chunk(csq__priors *p, sqlite3_int64 chunk) {
  int rc;
  if (p->blob) {
    rc = sqlite3_blob_reopen(p->blob, chunk);
    if (rc != SQLITE_OK) {
      sqlite3_blob_close(p->blob);
      p->blob = NULL;
    }
  } else {
    rc = sqlite3_blob_open(p->db, "main", "node_priors", "priors", chunk, 0, &p->blob);
  }
  int n = rc == SQLITE_OK ? sqlite3_blob_bytes(p->blob) : 0;
  if (n > BYTES * CHUNK)
    n = BYTES * CHUNK;
  if (rc == SQLITE_OK)
    rc = sqlite3_blob_read(p->blob, p->bytes, n, 0);
  p->chunk = rc == SQLITE_OK ? chunk : -1;
  p->size = rc == SQLITE_OK ? n / BYTES : 0;
  if (rc != SQLITE_OK && rc != SQLITE_ERROR && !p->failed)
    p->failed = rc; /* SQLITE_ERROR: no such row, a chunk with no provisions */
  return rc == SQLITE_OK;
}

csq_status csq__priors_check(const csq__priors *p, csq_error *err) {
  if (!p->failed)
    return CSQ_OK;
  return csq__db_fail_rc(p->failed, sqlite3_db_filename(p->db, "main"), "reading the search priors",
                         err);
}

uint32_t csq__priors_at(csq__priors *p, sqlite3_int64 key) {
  if (key < 0)
    return 0;
  sqlite3_int64 chunk = key / CHUNK;
  if (chunk != p->chunk && !read_chunk(p, chunk))
    return 0;
  int at = (int)(key % CHUNK);
  if (at >= p->size)
    return 0;
  const unsigned char *b = p->bytes + BYTES * at;
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

uint32_t csq__priors_text_hash(csq__priors *p, sqlite3_int64 key) {
  if (key < 0 || (key / CHUNK != p->chunk && !read_chunk(p, key / CHUNK)))
    return 0;
  int at = (int)(key % CHUNK);
  if (at >= p->size)
    return 0;
  const unsigned char *b = p->bytes + BYTES * at + 4;
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

uint32_t csq__text_hash(const char *text) {
  uint64_t h = csq__hash_bytes(text, strlen(text));
  return (uint32_t)(h ^ h >> 32) | 1; /* 0 is a provision without text */
}

int csq__priors_present(sqlite3 *db) {
  /* from the schema in memory: no statement to prepare */
  return sqlite3_table_column_metadata(db, "main", "node_priors", "priors", NULL, NULL, NULL, NULL,
                                       NULL) == SQLITE_OK;
}
