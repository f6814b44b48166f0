/*
 * lookup.c — what a person types to name provisions (第4條 第1項, 第四條第一項,
 * 4條1項, 第10條之1, 第4條至第6條, 第4條第1項至第3項, 第4條、第5條,
 * 資通安全管理法第16條, 勞基法30-1, 民法第五編, 民法繼承編, 第4條但書,
 * 資通安全管理法施行細則@2019-06-01第6條), read
 * into provision queries and resolved to nodes (select.c). The query is
 * NFKC-normalised by ICU (full-width digits become ASCII), its white space
 * dropped, and read by grammar/query.pcre, one provision after another.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "query/query.h"

static const char EXAMPLES[] = CSQ_MSG_LOOKUP_EXAMPLES;

/* NFKC, then without white space: 「第４條　第１項」 → 「第4條第1項」. A
 * query of CSQ_MAX_QUERY bytes (checked) is at most as many UTF-16 units;
 * NFKC may make it longer (㍿ → 株式会社). */
enum { QUERY_UNITS = CSQ_MAX_QUERY + 1, NORMAL_UNITS = 4 * QUERY_UNITS };

static csq_status normalise(const char *query, char *out, size_t size, csq_error *err) {
  UErrorCode uerr = U_ZERO_ERROR;
  UChar src[QUERY_UNITS], dst[NORMAL_UNITS];
  int32_t n;
  u_strFromUTF8(src, QUERY_UNITS, &n, query, -1, &uerr);
  if (U_FAILURE(uerr) || n >= QUERY_UNITS)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "the query is not valid UTF-8 or is too long; %s", EXAMPLES);
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&uerr);
  int32_t m = U_SUCCESS(uerr) ? unorm2_normalize(nfkc, src, n, dst, NORMAL_UNITS, &uerr) : 0;
  if (uerr == U_BUFFER_OVERFLOW_ERROR)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "the query is too long once normalised; %s",
                     EXAMPLES);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU normalisation failed: %s",
                           u_errorName(uerr));
  int32_t k = 0;
  for (int32_t i = 0; i < m; i++)
    if (!u_isWhitespace(dst[i]))
      dst[k++] = dst[i];
  int32_t len;
  u_strToUTF8(out, (int32_t)size, &len, dst, k, &uerr);
  if (U_FAILURE(uerr) || (size_t)len >= size)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "the query is too long; %s", EXAMPLES);
  return CSQ_OK;
}

typedef csq__provision_query parsed;

/* The numeric value of a named group: 0 when absent, -1 when malformed. */
static long group_value(const csq_pattern *g, const char *s, const PCRE2_SIZE *ov, int rc,
                        const char *name) {
  int n = csq__pattern_group(g, name);
  if (n < 0 || n >= rc || ov[2 * n] == PCRE2_UNSET)
    return 0;
  long v = csq__numeral_value(s + ov[2 * n], ov[2 * n + 1] - ov[2 * n]);
  return v > 0 ? v : -1;
}

static int group_set(const csq_pattern *g, const PCRE2_SIZE *ov, int rc, const char *name) {
  int n = csq__pattern_group(g, name);
  return n >= 0 && n < rc && ov[2 * n] != PCRE2_UNSET;
}

/* The first of two groups that is set: 10-1條 or 第10條之1. */
static long either(const csq_pattern *g, const char *q, const PCRE2_SIZE *ov, int rc, const char *a,
                   const char *b) {
  long v = group_value(g, q, ov, rc, a);
  return v ? v : group_value(g, q, ov, rc, b);
}

/* The kind a range ends with: 條 an article … 目 an item. */
static csq_kind end_kind(const char *w, size_t len) {
  static const csq_kind KINDS[] = {CSQ_ARTICLE, CSQ_PARAGRAPH, CSQ_SUBPARAGRAPH, CSQ_ITEM};
  int i = csq__word_index(w, len, CSQ__WORDS(article_words));
  if (i < 0) /* 条 and 项, as an IME types them */
    i = csq__word_index(w, len, CSQ__WORDS(article_words_simplified));
  return i >= 0 && i < 4 ? KINDS[i] : CSQ_ARTICLE;
}

/* The piece a word names: 但書 proviso, 前段, 後段 (part_words). */
static const char *piece_of(const char *w, size_t len) {
  static const char *const PIECES[] = {"proviso", "first_sentence", "second_sentence"};
  int i = csq__word_index(w, len, CSQ__WORDS(part_words));
  return i >= 0 && i < 3 ? PIECES[i] : "";
}

/* Reads the numbers of a match into p; CSQ_BAD_QUERY when one is 0. */
static csq_status read_match(const csq_pattern *g, const char *q, const PCRE2_SIZE *ov, int rc,
                             parsed *p, const char *original, csq_error *err) {
  int lg = csq__pattern_group(g, "law");
  if (ov[2 * lg + 1] - ov[2 * lg] >= sizeof p->law) /* no law's name is that long */
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, original, EXAMPLES);
  snprintf(p->law, sizeof p->law, "%.*s", (int)(ov[2 * lg + 1] - ov[2 * lg]), q + ov[2 * lg]);
  int ag = csq__pattern_group(g, "at");
  if (group_set(g, ov, rc, "at")) { /* LAW@DATE */
    char date[32];
    snprintf(date, sizeof date, "%.*s", (int)(ov[2 * ag + 1] - ov[2 * ag]), q + ov[2 * ag]);
    if (csq__parse_date(date, p->at) != 0)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_QUERY_BAD_DATE, original, date);
  }
  p->part = group_value(g, q, ov, rc, "part");
  p->partsub = group_value(g, q, ov, rc, "partsub");
  p->subsec = group_value(g, q, ov, rc, "subsec");
  p->subsecsub = group_value(g, q, ov, rc, "subsecsub");
  p->subsubsec = group_value(g, q, ov, rc, "subsubsec");
  p->chp = group_value(g, q, ov, rc, "chp");
  p->chpsub = group_value(g, q, ov, rc, "chpsub");
  p->sec = group_value(g, q, ov, rc, "sec");
  p->secsub = group_value(g, q, ov, rc, "secsub");
  p->heading = p->part || p->chp || p->sec;
  p->bare = group_set(g, ov, rc, "bare");
  p->art = p->bare ? group_value(g, q, ov, rc, "bare") : group_value(g, q, ov, rc, "art");
  p->artsub =
      p->bare ? group_value(g, q, ov, rc, "baresub") : either(g, q, ov, rc, "artsub", "artsub2");
  p->para = group_value(g, q, ov, rc, "para");
  p->subpara = group_value(g, q, ov, rc, "subpara");
  p->item = group_value(g, q, ov, rc, "item");
  p->end = group_value(g, q, ov, rc, "end");
  p->endsub = either(g, q, ov, rc, "endsub", "endsub2");
  int ew = csq__pattern_group(g, "endw"), pw = csq__pattern_group(g, "piece");
  p->end_kind = p->end ? end_kind(q + ov[2 * ew], ov[2 * ew + 1] - ov[2 * ew]) : CSQ_LAW;
  p->piece =
      group_set(g, ov, rc, "piece") ? piece_of(q + ov[2 * pw], ov[2 * pw + 1] - ov[2 * pw]) : "";
  long numbers[] = {p->part,    p->partsub,   p->chp,       p->chpsub, p->sec,    p->secsub,
                    p->subsec,  p->subsecsub, p->subsubsec, p->art,    p->artsub, p->para,
                    p->subpara, p->item,      p->end,       p->endsub};
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
    if (numbers[i] < 0)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NUMBERS_FROM_ONE, original, EXAMPLES);
  return CSQ_OK;
}

/* Whether a range's end names the level its start names: 第4條第1項至第3項,
 * 第4條至第6條. */
static int range_fits(const parsed *p) {
  csq_kind deepest = p->item      ? CSQ_ITEM
                     : p->subpara ? CSQ_SUBPARAGRAPH
                     : p->para    ? CSQ_PARAGRAPH
                                  : CSQ_ARTICLE;
  return !p->end || p->end_kind == deepest;
}

/* One provision read at byte `at` of q; p->next is where it ends. */
static csq_status parse_one(const csq_pattern *g, const char *q, size_t at, parsed *p,
                            const char *original, csq_error *err) {
  PCRE2_SIZE *ov;
  memset(p, 0, sizeof *p);
  p->piece = "";
  int rc = csq__pattern_match(g, q, strlen(q), at, &ov);
  if (rc <= 0 || ov[1] == ov[0])
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, original, EXAMPLES);
  p->next = ov[1];
  csq_status st = read_match(g, q, ov, rc, p, original, err);
  if (st != CSQ_OK)
    return st;
  if (p->bare && !p->law[0])
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, original, EXAMPLES);
  if (!range_fits(p))
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_RANGE_LEVELS, original);
  return CSQ_OK;
}

static csq_status compile(csq_library *lib, csq_error *err) {
  if (lib->query.code)
    return CSQ_OK;
  return csq__pattern_compile(&lib->query, "grammar/query.pcre", PCRE2_ANCHORED, err);
}

/* The normalised query in q; CSQ_BAD_QUERY when it is not UTF-8. */
static csq_status prepare(csq_library *lib, const char *text, char *q, size_t size,
                          csq_error *err) {
  csq_status st = csq__check_query(text, "the query", err);
  if (st != CSQ_OK) { /* what to type instead */
    if (err) {
      size_t at = strlen(err->message);
      snprintf(err->message + at, sizeof err->message - at, "; %s", EXAMPLES);
    }
    return st;
  }
  if ((st = compile(lib, err)) != CSQ_OK)
    return st;
  return normalise(text, q, size, err);
}

csq_status csq__query_parse(csq_library *lib, const char *text, parsed *out, csq_error *err) {
  char q[3 * NORMAL_UNITS];
  csq_status st = prepare(lib, text, q, sizeof q, err);
  if (st == CSQ_OK)
    st = parse_one(&lib->query, q, 0, out, text, err);
  if (st == CSQ_OK && (out->next != strlen(q) || !out->art))
    st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, text, EXAMPLES);
  return st;
}

/* The bytes of a word that joins two provisions at q (、 ， 及 …), or 0. */
static size_t join_at(const char *q) {
  for (size_t i = 0; i < csq_words_query_joins_count; i++) {
    size_t n = strlen(csq_words_query_joins[i]);
    if (strncmp(q, csq_words_query_joins[i], n) == 0)
      return n;
  }
  return 0;
}

/* The end of the piece of q that starts at `at`: the next join, or the end. */
static size_t segment_end(const char *q, size_t at) {
  size_t len = strlen(q);
  for (size_t i = at; i < len; i++)
    if (join_at(q + i))
      return i;
  return len;
}

/* Whether words may name a heading by its title (they end with 編 or 章:
 * 民法繼承編, 刑法瀆職罪章; or with 總則 or 分則), or a whole law (刑法,
 * and with its date: 資通安全管理法施行細則@2019-06-01, the date read
 * with the name). */
static int titled_words(const char *s, size_t len) {
  const char *sign = memchr(s, '@', len);
  if (sign && sign > s)
    len = (size_t)(sign - s);
  for (int i = 0; i < 2; i++)
    if (csq__ends_with(s, len, csq_words_heading_words[i]))
      return 1;
  return csq__ends_with_any(s, len, CSQ__WORDS(bare_titles)) >= 0 ||
         csq__ends_with_any(s, len, CSQ__WORDS(law_endings)) >= 0;
}

/* One piece of a query: a provision read, or words that may name a heading
 * by its title (民法繼承編), tried when the provisions are selected. */
typedef struct piece {
  parsed p;
  size_t at, end; /* titled: the words */
  int titled;
} piece;

enum { MAX_PIECES = 64 };

/* Reads every provision of q; CSQ_BAD_QUERY at the first that is none. */
static csq_status parse_all(const csq_pattern *g, const char *q, const char *query, piece *out,
                            size_t *count, csq_error *err) {
  size_t len = strlen(q), at = 0;
  *count = 0;
  while (at < len) {
    if (*count == MAX_PIECES)
      return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "more than %d provisions in one query",
                       MAX_PIECES);
    size_t joined = at ? join_at(q + at) : 0;
    piece *k = &out[(*count)++];
    memset(k, 0, sizeof *k);
    at += joined;
    csq_status st = parse_one(g, q, at, &k->p, query, err);
    if (st == CSQ_OK && !k->p.heading && !k->p.art && !joined) /* 第2項 alone: of what? */
      st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, query, EXAMPLES);
    size_t end = segment_end(q, at);
    if (st == CSQ_BAD_QUERY && (at == 0 || joined) && titled_words(q + at, end - at)) {
      k->titled = 1; /* 民法繼承編, 刑法分則 */
      k->at = at;
      k->end = end;
      k->p.next = end;
      st = CSQ_OK;
    }
    if (st != CSQ_OK)
      return st;
    at = k->p.next;
  }
  return *count ? CSQ_OK
                : csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, query, EXAMPLES);
}

csq_status csq_lookup(csq_library *lib, const csq_law *law, const char *query, csq_node_list **out,
                      csq_error *err) {
  char q[3 * NORMAL_UNITS];
  piece pieces[MAX_PIECES];
  size_t count = 0;
  csq_status st = prepare(lib, query, q, sizeof q, err);
  if (st == CSQ_OK)
    st = parse_all(&lib->query, q, query, pieces, &count, err);
  csq_node_list *m = NULL;
  if (st == CSQ_OK)
    st = csq__node_list_new(lib->mem, &m, err);
  csq__lookup_state s;
  memset(&s, 0, sizeof s);
  s.base = s.law = law;
  for (size_t i = 0; st == CSQ_OK && i < count; i++) {
    piece *k = &pieces[i];
    if (!k->titled) {
      st = csq__select(lib, &s, &k->p, m, err);
      continue;
    }
    st = csq__select_titled(lib, &s, q + k->at, k->end - k->at, m, err);
    if (st == CSQ_BAD_QUERY) /* no law's name and title either */
      st = csq__fail(err, CSQ_BAD_QUERY, NULL, -1, CSQ_MSG_NO_PROVISION, query, EXAMPLES);
  }
  if (st == CSQ_OK) /* an earlier version: where each provision is now */
    st = csq__note_now_nodes(lib, m, err);
  if (st != CSQ_OK) {
    csq_node_list_free(m);
    return st;
  }
  *out = m;
  return CSQ_OK;
}
