/*
 * names.c — a law by any name a lawyer gives it: the official name, the
 * name without 中華民國, a short name (刑法, 個資法, 勞基法), a former name
 * (食品衛生管理法), through the law book's national names
 * (grammar/law_names.tsv), in the forms the statutes write (台灣 → 臺灣);
 * and, when a name names nothing, what the library holds and the names
 * closest to it (did you mean 中華民國刑法?).
 */
#include <string.h>

#include "query/query.h"

/* The name with its ASCII brackets full-width, as the names of the data
 * write them: a query's NFKC turns 加氣站設置管理規則（82.10.01訂定） into
 * …(82.10.01訂定). 0 when it has none or does not fit. */
static int full_width_brackets(const char *name, char *out, size_t size) {
  size_t at = 0;
  int any = 0;
  for (const char *p = name; *p; p++) {
    const char *w = *p == '(' ? CSQ_WORD_PAREN_OPEN : *p == ')' ? CSQ_WORD_PAREN_CLOSE : NULL;
    size_t n = w ? strlen(w) : 1;
    if (at + n >= size)
      return 0;
    memcpy(out + at, w ? w : p, n);
    at += n;
    any |= w != NULL;
  }
  out[at] = '\0';
  return any;
}

/* The first few names a library looks up are found by a scan of the list,
 * which costs less than indexing its 13,882 names for a command that asks
 * one or two (csquery 刑法第10條); the index is made for the fifth. */
enum { SCANS_BEFORE_INDEX = 4 };

static int find_name(const csq_library *lib, int scan, const char *name, csq__lawref *out) {
  return scan ? csq__law_names_find(name, out) : csq__law_names_lookup(&lib->law_names, name, out);
}

csq_status csq__library_name(csq_library *lib, const char *name, csq__lawref *out, csq_error *err) {
  int scan = !lib->law_names.count && lib->name_scans < SCANS_BEFORE_INDEX;
  if (scan)
    lib->name_scans++;
  else if (!lib->law_names.count && csq__law_names_index(&lib->law_names) != 0) {
    csq__u64map_free(&lib->law_names); /* half made: made again next time */
    return csq__oom(err);
  }
  size_t roc = strlen(CSQ_WORD_ROC);
  char wide[512];
  if (!find_name(lib, scan, name, out) && strncmp(name, CSQ_WORD_ROC, roc) == 0 && name[roc])
    find_name(lib, scan, name + roc, out); /* 中華民國民法 */
  if (!out->known && full_width_brackets(name, wide, sizeof wide))
    find_name(lib, scan, wide, out);
  /* 台灣地區與大陸地區人民關係條例: as the statutes write it, 臺灣 */
  if (!out->known && csq__fold_variants(name, wide, sizeof wide))
    find_name(lib, scan, wide, out);
  if (!out->known)
    out->name = name;
  return CSQ_OK;
}

/* How many laws the library holds: those of its database, else in memory. */
static csq_status law_count(csq_library *lib, size_t *out, csq_error *err) {
  if (lib->db)
    return csq__db_law_count(lib->db, out, err);
  *out = csq_corpus_law_count(lib->corpus);
  return CSQ_OK;
}

/* 「1 law loaded: 資通安全管理法施行細則」, 「11542 laws stored」. */
static void holdings(csq_library *lib, size_t count, char *buf, size_t size) {
  const char *verb = lib->db ? "stored" : "loaded";
  const csq_law *only = count == 1 && !lib->db ? csq_corpus_law_at(lib->corpus, 0) : NULL;
  if (only)
    snprintf(buf, size, "1 law %s: %s", verb, only->name);
  else
    snprintf(buf, size, "%zu law%s %s", count, count == 1 ? "" : "s", verb);
}

/* The laws in memory whose names are nobody's in the national list, among
 * the closest names: a law read from a file of one's own. */
static size_t closest_loaded(csq_library *lib, const char *name, const char **out, size_t have,
                             size_t max) {
  for (size_t i = 0; i < csq_corpus_law_count(lib->corpus) && have < max; i++) {
    const char *n = csq_corpus_law_at(lib->corpus, i)->name;
    int dup = 0;
    for (size_t k = 0; k < have; k++)
      dup |= strcmp(out[k], n) == 0;
    if (!dup && n[0] && (strstr(n, name) || strstr(name, n)))
      out[have++] = n;
  }
  return have;
}

csq_status csq__library_no_law(csq_library *lib, const char *name, const csq__lawref *ref,
                               csq_error *err) {
  size_t count;
  csq_status st = law_count(lib, &count, err);
  if (st != CSQ_OK)
    return st;
  char held[512];
  holdings(lib, count, held, sizeof held);
  if (ref->known) { /* 「刑法 is 中華民國刑法 (C0000001), which」, 「電子簽章法 (J0080037)」 */
    char what[768];
    if (strcmp(name, ref->name) == 0)
      snprintf(what, sizeof what, "%s (%s) is", name, ref->id);
    else
      snprintf(what, sizeof what, "%s is %s (%s), which is", name, ref->name, ref->id);
    if (lib->db)
      return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "%s not stored (%s)", what, held);
    return csq__fail(err, CSQ_NOT_FOUND, NULL, -1,
                     "%s not loaded (%s); load it with -f FILE, or import the national corpus "
                     "(csquery import)",
                     what, held);
  }
  const char *near[3];
  size_t n = csq__law_names_closest(name, near, 3);
  n = closest_loaded(lib, name, near, n, 3);
  char guess[1024] = "";
  for (size_t i = 0, at = 0; i < n && at < sizeof guess; i++)
    at += (size_t)snprintf(guess + at, sizeof guess - at, "%s%s", i ? ", " : "; did you mean ",
                           near[i]);
  return csq__fail(err, CSQ_NOT_FOUND, NULL, -1, "no law is named %s (%s)%s%s", name, held, guess,
                   n ? "?" : "");
}
