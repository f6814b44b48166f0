/*
 * history.c — a law's amendment record (LawHistories, 沿革內容) read as
 * data: numbered entries (1.中華民國…), each one event or more (an order,
 * then perhaps an announcement of its effective date or of a change of
 * authority, each on a line of its own that opens with its date), and what
 * each event did (grammar/history.pcre): enacted, revised as a whole,
 * amended / added / deleted which articles, repealed, renamed, took effect,
 * handed to another authority.
 *
 * The record is hard-wrapped with its continuation lines indented; the
 * wraps are joined with nothing between (「…令修」 + 「  正公布…」).
 */
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

typedef struct action {
  csq__amendment_kind kind;
  const char **articles;
  size_t count;
  long total;
} action;

struct csq__amendment {
  int entry;
  char date[11];
  const char *text;
  action *actions;
  size_t action_count;
};

struct csq_amendment_list {
  const csq_mem *mem;
  csq_arena arena;
  CSQ_VEC(csq__amendment) items;
  csq_version_list *versions; /* of the law, oldest first */
};

static const char *const KIND_NAMES[] = {"enacted",   "revised",     "amended", "added",
                                         "deleted",   "repealed",    "renamed", "effective",
                                         "suspended", "transferred", "annex"};

const char *csq__amendment_kind_name(csq__amendment_kind k) {
  return k <= CSQ_AMEND_ANNEX ? KIND_NAMES[k] : "";
}

const char *csq__amendment_kind_word(csq__amendment_kind k) {
  return (size_t)k < csq_words_amendment_kinds_count ? csq_words_amendment_kinds[k] : "";
}

int csq__amendment_kind_from_name(const char *name) {
  for (int k = 0; k <= CSQ_AMEND_ANNEX; k++)
    if (strcmp(KIND_NAMES[k], name) == 0)
      return k;
  return -1;
}

/* ---- the list ----------------------------------------------------------- */

size_t csq__amendment_list_count(const csq_amendment_list *l) { return l ? l->items.count : 0; }
const csq__amendment *csq__amendment_list_at(const csq_amendment_list *l, size_t i) {
  return l && i < l->items.count ? &l->items.items[i] : NULL;
}
void csq_amendment_list_free(csq_amendment_list *l) {
  if (!l)
    return;
  csq__vec_free(l->mem, &l->items);
  csq_version_list_free(l->versions);
  csq__arena_release(&l->arena);
  csq__free(l->mem, l);
}

const csq_version_list *csq__amendment_list_versions(const csq_amendment_list *l) {
  return l->versions;
}
csq_version_list *csq__amendments_versions(csq_amendment_list *l) { return l->versions; }

/* ---- lists of versions -------------------------------------------------- */

csq_status csq__version_list_new(const csq_mem *mem, csq_version_list **out, csq_error *err) {
  csq_version_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  csq__arena_init(&l->arena, mem);
  *out = l;
  return CSQ_OK;
}

size_t csq_version_list_count(const csq_version_list *l) { return l ? l->items.count : 0; }
const csq_version_info *csq_version_list_at(const csq_version_list *l, size_t i) {
  return l && i < l->items.count ? &l->items.items[i] : NULL;
}
void csq_version_list_free(csq_version_list *l) {
  if (!l)
    return;
  csq__vec_free(l->mem, &l->items);
  csq__arena_release(&l->arena);
  csq__free(l->mem, l);
}

static const char *copy(csq_arena *a, const char *s) {
  return csq__arena_strndup(a, s ? s : "", s ? strlen(s) : 0);
}

int csq__version_list_add(csq_version_list *l, const csq_version_info *v) {
  csq_arena *a = &l->arena;
  csq_version_info c = {.id = copy(a, v->id),
                        .name = copy(a, v->name),
                        .level = copy(a, v->level),
                        .version = copy(a, v->version),
                        .until = copy(a, v->until),
                        .format = copy(a, v->format),
                        .source = copy(a, v->source),
                        .repealed = v->repealed,
                        .articles = v->articles};
  if (!c.id || !c.name || !c.level || !c.version || !c.until || !c.format || !c.source)
    return -1;
  return csq__vec_push(l->mem, &l->items, c);
}

int csq__amendment_entry(const csq__amendment *a) { return a->entry; }
const char *csq__amendment_date(const csq__amendment *a) { return a->date; }
const char *csq__amendment_text(const csq__amendment *a) { return a->text; }
size_t csq__amendment_action_count(const csq__amendment *a) { return a->action_count; }
int csq__amendment_action_at(const csq__amendment *a, size_t i, csq__amendment_action *out) {
  if (i >= a->action_count)
    return -1;
  const action *x = &a->actions[i];
  *out = (csq__amendment_action){x->kind, x->articles, x->count, x->total};
  return 0;
}

/* ---- reading ------------------------------------------------------------ */

/* One numbered entry, its lines joined, and where each line began. */
typedef struct entry_text {
  csq_buf text;
  CSQ_VEC(size_t) starts;
} entry_text;

/* The article numbers of 「3～5、16、57-1」 as eId numbers, ranges spelled
 * out (3～5 → 3 4 5; 57～57-2 → 57 57-1 57-2). */
typedef CSQ_VEC(const char *) names;

static int push_name(csq_amendment_list *l, names *out, long base, long sub) {
  const char *s = sub ? csq__arena_printf(&l->arena, "%ld-%ld", base, sub)
                      : csq__arena_printf(&l->arena, "%ld", base);
  return s ? csq__vec_push(l->mem, out, s) : -1;
}

/* Reads N or N-M at *p (spaces and 第 skipped); 0 when there is none. */
static int read_number(const char **p, const char *end, long *base, long *sub) {
  const char *s = *p;
  while (s < end && (*s == ' ' || csq__starts_with(s, (size_t)(end - s), CSQ_WORD_NUMBERED)))
    s += *s == ' ' ? 1 : strlen(CSQ_WORD_NUMBERED);
  if (s >= end || *s < '0' || *s > '9')
    return 0;
  *base = strtol(s, (char **)&s, 10);
  *sub = 0;
  while (s < end && *s == ' ')
    s++;
  size_t dash = s < end && *s == '-' ? 1
                : csq__starts_with(s, (size_t)(end - s), CSQ_WORD_DASH_FULLWIDTH)
                    ? strlen(CSQ_WORD_DASH_FULLWIDTH)
                    : 0;
  if (dash) {
    const char *d = s + dash;
    while (d < end && *d == ' ')
      d++;
    if (d < end && *d >= '0' && *d <= '9') {
      *sub = strtol(d, (char **)&s, 10);
      while (s < end && (*s == '-' || (*s >= '0' && *s <= '9')))
        s++; /* 1-2-3: the rest is left out */
    }
  }
  *p = s;
  return 1;
}

static int add_range(csq_amendment_list *l, names *out, long a, long as, long b, long bs) {
  if (b < a || b - a > 2000)
    return push_name(l, out, b, bs);
  if (a == b) {
    for (long s = as + 1; s <= bs; s++)
      if (push_name(l, out, a, s) != 0)
        return -1;
    return 0;
  }
  for (long n = a + 1; n <= b; n++)
    if (push_name(l, out, n, 0) != 0)
      return -1;
  for (long s = 1; s <= bs; s++)
    if (push_name(l, out, b, s) != 0)
      return -1;
  return 0;
}

static int read_list(csq_amendment_list *l, const char *s, const char *end, names *out) {
  long base, sub, prev_base = 0, prev_sub = 0;
  int range = 0;
  while (s < end) {
    if (read_number(&s, end, &base, &sub)) {
      int fail =
          range ? add_range(l, out, prev_base, prev_sub, base, sub) : push_name(l, out, base, sub);
      if (fail)
        return -1;
      prev_base = base, prev_sub = sub, range = 0;
      continue;
    }
    size_t n = csq__char_len(s, (size_t)(end - s));
    range |= csq__word_index(s, n, CSQ__WORDS(history_range)) >= 0;
    s += n ? n : 1;
  }
  return 0;
}

/* ---- events -------------------------------------------------------------- */

typedef struct reader {
  const csq_pattern *pattern;
  csq_amendment_list *list;
  CSQ_VEC(action) actions; /* of the event being read */
  int entry;
  size_t event_start;
  char date[11];
  int open;
} reader;

static const char *group(const reader *r, const char *s, const PCRE2_SIZE *ov, int rc,
                         const char *name, size_t *len) {
  int g = csq__pattern_group(r->pattern, name);
  if (g < 0 || g >= rc || ov[2 * g] == PCRE2_UNSET)
    return NULL;
  *len = ov[2 * g + 1] - ov[2 * g];
  return s + ov[2 * g];
}

/* Closes the event being read: its text is s[start..end). */
static int close_event(reader *r, const char *s, size_t end) {
  if (!r->open)
    return 0;
  r->open = 0;
  const char *t = s + r->event_start;
  size_t len = end - r->event_start;
  csq__trim(&t, &len);
  csq__amendment a = {.entry = r->entry};
  memcpy(a.date, r->date, sizeof a.date);
  a.text = csq__arena_strndup(&r->list->arena, t, len);
  a.action_count = r->actions.count;
  a.actions = csq__arena_alloc(&r->list->arena, (r->actions.count + 1) * sizeof *a.actions);
  if (!a.text || !a.actions)
    return -1;
  if (r->actions.count) /* an event with no action: no vector yet */
    memcpy(a.actions, r->actions.items, r->actions.count * sizeof *a.actions);
  r->actions.count = 0;
  return csq__vec_push(r->list->mem, &r->list->items, a);
}

static void open_event(reader *r, size_t at, const char *date) {
  r->open = 1;
  r->event_start = at;
  snprintf(r->date, sizeof r->date, "%s", date);
}

/* 中華民國一百零七年十一月二十一日 → 2018-11-21 in out; 0 or -1. */
static int roc_date(const reader *r, const char *s, const PCRE2_SIZE *ov, int rc, char *out) {
  size_t yl = 0, ml = 0, dl = 0;
  const char *y = group(r, s, ov, rc, "y", &yl), *m = group(r, s, ov, rc, "m", &ml),
             *d = group(r, s, ov, rc, "d", &dl);
  long year = y ? csq__numeral_value(y, yl) : 0, month = m ? csq__numeral_value(m, ml) : 0,
       day = d ? csq__numeral_value(d, dl) : 0;
  if (year <= 0 || year > 3000 || (m && (month < 1 || month > 12)) || (d && (day < 1 || day > 31)))
    return -1;
  /* A date the record gives without its day (or month) stays as precise as
   * written: 1947-07, 1974. */
  int n = snprintf(out, 11, "%04d", (int)(year + 1911) % 10000);
  if (m)
    n += snprintf(out + n, (size_t)(11 - n), "-%02d", (int)month);
  if (m && d)
    snprintf(out + n, (size_t)(11 - n), "-%02d", (int)day);
  return 0;
}

static int is_line_start(const entry_text *e, size_t at) {
  for (size_t i = 0; i < e->starts.count; i++)
    if (e->starts.items[i] == at)
      return 1;
  return 0;
}

/* Adds an action to the event being read; one that names no article is
 * said once (「（原名稱：…；新名稱：…）」 names 名稱 twice). */
static int add_action(reader *r, action a) {
  for (size_t i = 0; !a.count && i < r->actions.count; i++)
    if (r->actions.items[i].kind == a.kind && !r->actions.items[i].count) {
      if (a.total && !r->actions.items[i].total)
        r->actions.items[i].total = a.total;
      return 0;
    }
  return csq__vec_push(r->list->mem, &r->actions, a);
}

/* What one match found: an event's date, or an action of the event. */
static int take_match(reader *r, const entry_text *e, const PCRE2_SIZE *ov, int rc) {
  const char *s = e->text.data;
  size_t len;
  char date[11];
  if (group(r, s, ov, rc, "y", &len)) {
    /* A date inside an event (定自中華民國…起施行) opens nothing; one
     * without 中華民國 only where the entry opens with it. */
    int roc = group(r, s, ov, rc, "roc", &len) != NULL;
    if ((ov[0] != 0 && (!roc || !is_line_start(e, ov[0]))) || roc_date(r, s, ov, rc, date) != 0)
      return 0;
    if (close_event(r, s, ov[0]) != 0)
      return -1;
    open_event(r, ov[0], date);
    return 0;
  }
  if (!r->open)
    open_event(r, 0, "");
  action a = {0};
  const char *v, *n;
  if (group(r, s, ov, rc, "enacted", &len) || group(r, s, ov, rc, "passed", &len) ||
      group(r, s, ov, rc, "approved", &len)) {
    a.kind = CSQ_AMEND_ENACTED;
    if ((n = group(r, s, ov, rc, "enacted_n", &len)) ||
        (n = group(r, s, ov, rc, "approved_n", &len)))
      a.total = strtol(n, NULL, 10);
  } else if (group(r, s, ov, rc, "revised", &len)) {
    a.kind = CSQ_AMEND_REVISED;
    if ((n = group(r, s, ov, rc, "revised_n", &len)))
      a.total = strtol(n, NULL, 10);
    if (group(r, s, ov, rc, "revised_renamed", &len) &&
        add_action(r, (action){.kind = CSQ_AMEND_RENAMED}) != 0)
      return -1;
  } else if ((v = group(r, s, ov, rc, "verb", &len))) {
    static const csq__amendment_kind VERBS[] = {CSQ_AMEND_AMENDED, CSQ_AMEND_ADDED,
                                                CSQ_AMEND_DELETED, CSQ_AMEND_DELETED};
    int w = csq__word_index(v, len, CSQ__WORDS(history_verbs));
    a.kind = w >= 0 ? VERBS[w] : CSQ_AMEND_AMENDED;
    if (a.kind == CSQ_AMEND_AMENDED && group(r, s, ov, rc, "annex", &len))
      a.kind = CSQ_AMEND_ANNEX; /* 第 6 條條文之附表一: the annex, not the text */
    names list = {0};
    size_t ll;
    const char *ls = group(r, s, ov, rc, "list", &ll);
    if (ls && read_list(r->list, ls, ls + ll, &list) != 0) {
      csq__vec_free(r->list->mem, &list);
      return -1;
    }
    a.count = list.count;
    a.articles = csq__arena_alloc(&r->list->arena, (list.count + 1) * sizeof *a.articles);
    if (a.articles && list.count) /* none read: no vector */
      memcpy(a.articles, list.items, list.count * sizeof *a.articles);
    csq__vec_free(r->list->mem, &list);
    if (!a.articles || add_action(r, a) != 0)
      return -1;
    int renamed = group(r, s, ov, rc, "verb_renamed", &len) != NULL;
    return renamed ? add_action(r, (action){.kind = CSQ_AMEND_RENAMED}) : 0;
  } else if (group(r, s, ov, rc, "amended", &len)) {
    a.kind = CSQ_AMEND_AMENDED;
  } else if (group(r, s, ov, rc, "repealed", &len)) {
    a.kind = CSQ_AMEND_REPEALED;
  } else if (group(r, s, ov, rc, "suspended", &len)) {
    a.kind = CSQ_AMEND_SUSPENDED;
  } else if (group(r, s, ov, rc, "renamed", &len)) {
    a.kind = CSQ_AMEND_RENAMED;
  } else if (group(r, s, ov, rc, "effective", &len)) {
    a.kind = CSQ_AMEND_EFFECTIVE;
  } else {
    a.kind = CSQ_AMEND_TRANSFERRED;
  }
  return add_action(r, a);
}

static int read_entry(reader *r, const entry_text *e) {
  const char *s = e->text.data ? e->text.data : "";
  size_t len = e->text.len, at = 0;
  PCRE2_SIZE *ov;
  int rc;
  while (at < len && (rc = csq__pattern_match(r->pattern, s, len, at, &ov)) > 0) {
    if (take_match(r, e, ov, rc) != 0)
      return -1;
    at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
  }
  return close_event(r, s, len);
}

/* The number opening an entry line: 「12. 中華民國…」 → 12 and the text
 * after it; 0 when the line opens no entry. */
static int entry_number(const char *line, size_t len, size_t *skip) {
  size_t digits = 0;
  while (digits < len && line[digits] >= '0' && line[digits] <= '9')
    digits++;
  if (!digits || digits > 4 || digits >= len || line[digits] != '.')
    return 0;
  *skip = digits + 1;
  return (int)strtol(line, NULL, 10);
}

static int add_line(entry_text *e, const csq_mem *mem, const char *t, size_t tl) {
  return csq__vec_push(mem, &e->starts, e->text.len) || csq__buf_append(&e->text, t, tl);
}

csq_status csq__amendments_parse(const csq_pattern *pattern, const csq_mem *mem,
                                 const char *history, csq_amendment_list **out, csq_error *err) {
  csq_amendment_list *l = csq__calloc(mem, 1, sizeof *l);
  if (!l)
    return csq__oom(err);
  l->mem = mem;
  csq__arena_init(&l->arena, mem);
  if (csq__version_list_new(mem, &l->versions, err) != CSQ_OK) {
    csq_amendment_list_free(l);
    return CSQ_NO_MEMORY;
  }
  reader r = {.pattern = pattern, .list = l};
  entry_text e = {.text = {.mem = mem}};
  int fail = 0;
  const char *p = history ? history : "", *end = p + strlen(p);
  while (!fail && p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    const char *t = p;
    size_t tl = len, skip;
    int number = entry_number(p, len, &skip);
    if (number) { /* a new entry: the one before is read */
      fail = (e.text.len || r.entry) && read_entry(&r, &e) != 0;
      e.text.len = e.starts.count = 0;
      r.entry = number;
      t += skip, tl -= skip;
    }
    csq__trim(&t, &tl);
    if (!fail && tl)
      fail = add_line(&e, mem, t, tl) != 0;
    p = eol ? eol + 1 : end;
  }
  if (!fail && e.text.len)
    fail = read_entry(&r, &e) != 0;
  csq__buf_free(&e.text);
  csq__vec_free(mem, &e.starts);
  csq__vec_free(mem, &r.actions);
  if (fail) {
    csq_amendment_list_free(l);
    return csq__oom(err);
  }
  *out = l;
  return CSQ_OK;
}
