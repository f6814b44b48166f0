/*
 * char_counts.c — how many provisions hold each Han character, counted at
 * the end of an import in the pass that reads every provision for its
 * priors (priors.c), into search_chars. Search weighs with them whether a
 * match crosses a word boundary (query/rerank.c): the pointwise mutual
 * information of two characters needs each one's count, and a common
 * character's (之, in half the provisions) is too costly to count in the
 * index at search time. The row of '' holds the number of provisions
 * with text.
 */
#include <string.h>
#include <unicode/utf8.h>

#include "store/store.h"

/* CJK Extension A and the unified block: the characters of legal text. */
enum { FIRST = 0x3400, LAST = 0x9FFF, SPAN = LAST - FIRST + 1 };

struct csq__char_counts {
  uint32_t rows[SPAN];
  uint32_t last_row[SPAN]; /* the row that counted it last: once a row */
  uint32_t with_text;
};

csq__char_counts *csq__char_counts_new(const csq_mem *mem) {
  return csq__calloc(mem, 1, sizeof(csq__char_counts));
}

void csq__char_counts_free(const csq_mem *mem, csq__char_counts *c) { csq__free(mem, c); }

void csq__char_counts_add(csq__char_counts *c, uint32_t row, const char *text) {
  int32_t i = 0, n = (int32_t)strlen(text);
  if (n)
    c->with_text++;
  while (i < n) {
    if ((unsigned char)text[i] < 0xE3 || (unsigned char)text[i] > 0xE9) {
      U8_FWD_1_UNSAFE(text, i); /* ASCII, or outside U+3000–U+9FFF: skipped */
      continue;
    }
    UChar32 ch;
    U8_NEXT_UNSAFE(text, i, ch); /* the database holds checked UTF-8 */
    if (ch < FIRST || ch > LAST)
      continue;
    uint32_t at = (uint32_t)(ch - FIRST);
    if (c->last_row[at] != row + 1) {
      c->last_row[at] = row + 1;
      c->rows[at]++;
    }
  }
}

csq_status csq__char_counts_write(sqlite3 *db, const csq__char_counts *c, csq_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_exec(db,
                        "DROP TABLE IF EXISTS search_chars;"
                        " CREATE TABLE search_chars(ch TEXT PRIMARY KEY, rows INTEGER NOT NULL)"
                        " WITHOUT ROWID;",
                        NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db, "INSERT INTO search_chars VALUES (?1, ?2)", -1, &s, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(s, 1, "", 0, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, c->with_text);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  for (uint32_t at = 0; rc == SQLITE_OK && at < SPAN; at++) {
    if (!c->rows[at])
      continue;
    char ch[8];
    int32_t len = 0;
    U8_APPEND_UNSAFE(ch, len, (UChar32)(FIRST + at));
    sqlite3_bind_text(s, 1, ch, len, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, c->rows[at]);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc == SQLITE_OK ? CSQ_OK : csq__db_fail(db, NULL, "storing the character counts", err);
}
