/*
 * obligations.c — the stored obligations asked across laws. One query finds
 * every obligation that answers (by the names its bearer answers to, its
 * modality, its law's level and status, the provisions asked for, and the
 * words of its provision through the full-text index); they are counted
 * and grouped by law here, and only the page shown is read back, each
 * obligation with its provision's law, eId, citation and text.
 */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* An obligation that answers: its key, its law, and its law's rank. */
typedef struct hit {
  long long key, law;
  size_t rank;
} hit;

/* A law that holds answers, as the groups are ordered. */
typedef struct group {
  long long law;
  size_t total, rank;
  int in_force, level;
  const char *id, *name, *level_name, *version; /* in the stored's arena */
} group;

typedef CSQ_VEC(hit) hit_vec;
typedef CSQ_VEC(group) group_vec;

/* ---- the query ------------------------------------------------------------- */

static int ranges_condition(csq_buf *sql, const long long *r, size_t count) {
  char buf[96];
  int fail = csq__buf_puts(sql, " AND (") != 0;
  for (size_t i = 0; i < count; i++) {
    snprintf(buf, sizeof buf, "%so.node_key BETWEEN %lld AND %lld", i ? " OR " : "", r[2 * i],
             r[2 * i + 1]);
    fail = fail || csq__buf_puts(sql, buf) != 0;
  }
  return fail || csq__buf_puts(sql, ")") != 0;
}

/* Names drive the query from obligation_actors' index; without them, every
 * obligation of the laws looked at is read. */
static int answers_sql(const csq__obligation_ask *a, csq_buf *sql) {
  int laws = a->laws.level || a->laws.in_force; /* joined only for these */
  int fail = csq__buf_puts(sql, a->names ? "SELECT DISTINCT a.obligation_key, a.law_key"
                                           " FROM obligation_actors a JOIN obligations o"
                                           " ON o.obligation_key = a.obligation_key"
                                         : "SELECT o.obligation_key, n.law_key FROM obligations o"
                                           " JOIN nodes n ON n.node_key = o.node_key") != 0;
  fail = fail || (laws && csq__buf_puts(sql, a->names ? " JOIN laws l ON l.law_key = a.law_key"
                                                      : " JOIN laws l ON l.law_key = n.law_key"));
  fail =
      fail || csq__buf_puts(sql, a->names ? " WHERE a.name IN (SELECT value FROM json_each(:names))"
                                          : " WHERE 1") != 0;
  fail = fail || csq__law_condition(sql, a->names ? "a.law_key" : "n.law_key", &a->laws);
  fail = fail || (a->modality >= 0 && csq__buf_puts(sql, " AND o.modality = :modality") != 0);
  fail = fail || (a->range_count && ranges_condition(sql, a->ranges, a->range_count));
  fail = fail || (a->match && csq__buf_puts(sql, " AND o.node_key IN (SELECT rowid FROM"
                                                 " nodes_fts WHERE nodes_fts MATCH :match)") != 0);
  return fail;
}

static void bind_named(sqlite3_stmt *s, const char *name, const char *value) {
  int i = sqlite3_bind_parameter_index(s, name);
  if (i > 0 && value)
    sqlite3_bind_text(s, i, value, -1, SQLITE_STATIC);
}

/* Every obligation that answers, in `hits`. */
static csq_status find_answers(csq_db *d, const csq__obligation_ask *a, hit_vec *hits,
                               csq_error *err) {
  csq_buf sql = {.mem = d->mem};
  sqlite3_stmt *s = NULL;
  csq_status st = answers_sql(a, &sql) || !sql.data ? csq__oom(err) : CSQ_OK;
  if (st == CSQ_OK && sqlite3_prepare_v2(d->db, sql.data, -1, &s, NULL) != SQLITE_OK)
    st = csq__db_fail(d->db, d->path, "obligations", err);
  csq__buf_free(&sql);
  if (st != CSQ_OK)
    return st;
  bind_named(s, ":names", a->names);
  bind_named(s, ":level", a->laws.level);
  bind_named(s, ":at", a->laws.at);
  bind_named(s, ":modality", a->modality >= 0 ? csq_modality_name(a->modality) : NULL);
  bind_named(s, ":match", a->match);
  int rc;
  while (st == CSQ_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    hit h = {sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), 0};
    if (csq__vec_push(d->mem, hits, h) != 0)
      st = csq__oom(err);
  }
  /* a malformed MATCH shows only now: it is the user's words, not damage */
  if (st == CSQ_OK && rc != SQLITE_DONE)
    st = (sqlite3_extended_errcode(d->db) & 0xff) == SQLITE_ERROR && a->match
             ? csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "--text: %s", sqlite3_errmsg(d->db))
             : csq__db_fail(d->db, d->path, "obligations", err);
  sqlite3_finalize(s);
  return st;
}

/* ---- groups ---------------------------------------------------------------- */

static int by_law_then_key(const void *x, const void *y) {
  const hit *a = x, *b = y;
  if (a->law != b->law)
    return a->law < b->law ? -1 : 1;
  return a->key < b->key ? -1 : a->key > b->key;
}

static int by_rank_then_key(const void *x, const void *y) {
  const hit *a = x, *b = y;
  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;
  return a->key < b->key ? -1 : a->key > b->key;
}

/* In force first, then 憲法, 法律, 命令, the rest; most answers first;
 * then by name. */
static int by_order(const void *x, const void *y) {
  const group *a = x, *b = y;
  if (a->in_force != b->in_force)
    return b->in_force - a->in_force;
  if (a->level != b->level)
    return a->level - b->level;
  if (a->total != b->total)
    return a->total > b->total ? -1 : 1;
  int c = strcmp(a->name, b->name);
  return c ? c : (a->law < b->law ? -1 : a->law > b->law);
}

static int level_rank(const char *level) {
  static const char *const ORDER[] = {CSQ_WORD_LEVEL_CONSTITUTION, CSQ_WORD_LEVEL_ACT,
                                      CSQ_WORD_LEVEL_REGULATION};
  for (int i = 0; i < 3; i++)
    if (strcmp(level, ORDER[i]) == 0)
      return i;
  return 3;
}

static char *keep(csq__stored *st, sqlite3_stmt *s, int col) {
  const char *t = csq__db_text(s, col);
  return csq__arena_strndup(&st->arena, t, strlen(t));
}

/* The facts of each group's law. */
static csq_status read_groups(csq_db *d, csq__stored *st, group_vec *groups, csq_error *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db,
                         "SELECT id, name, level, version, status FROM laws WHERE law_key = ?", -1,
                         &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "obligations", err);
  csq_status rc = CSQ_OK;
  for (size_t i = 0; rc == CSQ_OK && i < groups->count; i++) {
    group *g = &groups->items[i];
    sqlite3_bind_int64(s, 1, g->law);
    int step = sqlite3_step(s);
    if (step != SQLITE_ROW) {
      rc = step == SQLITE_DONE ? csq__fail(err, CSQ_BAD_DB, d->path, -1,
                                           "obligations of law %lld, which is not stored: "
                                           "build the database again with csquery import",
                                           g->law)
                               : csq__db_fail(d->db, d->path, "obligations", err);
      break;
    }
    g->id = keep(st, s, 0);
    g->name = keep(st, s, 1);
    g->level_name = keep(st, s, 2);
    g->version = keep(st, s, 3);
    g->in_force = strcmp(csq__db_text(s, 4), "in force") == 0;
    g->level = level_rank(g->level_name);
    if (!g->id || !g->name || !g->level_name || !g->version)
      rc = csq__oom(err);
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc;
}

/* Counts the hits of each law into `groups`, orders the groups and ranks
 * every hit by its group. */
static csq_status make_groups(csq_db *d, csq__stored *st, hit_vec *hits, group_vec *groups,
                              csq_error *err) {
  if (hits->count)
    csq__sort(hits->items, hits->count, sizeof *hits->items, by_law_then_key);
  for (size_t i = 0; i < hits->count; i++) {
    if (i == 0 || hits->items[i].law != hits->items[i - 1].law) {
      group g = {.law = hits->items[i].law};
      if (csq__vec_push(d->mem, groups, g) != 0)
        return csq__oom(err);
    }
    groups->items[groups->count - 1].total++;
  }
  csq_status rc = read_groups(d, st, groups, err);
  if (rc != CSQ_OK)
    return rc;
  if (groups->count)
    csq__sort(groups->items, groups->count, sizeof *groups->items, by_order);
  csq__u64map rank = {.mem = d->mem};
  for (size_t i = 0; i < groups->count; i++)
    if (csq__u64map_put(&rank, (uint64_t)groups->items[i].law, i) != 0) {
      csq__u64map_free(&rank);
      return csq__oom(err);
    }
  for (size_t i = 0; i < hits->count; i++) {
    uint64_t r = 0;
    csq__u64map_get(&rank, (uint64_t)hits->items[i].law, &r);
    hits->items[i].rank = (size_t)r;
  }
  csq__u64map_free(&rank);
  if (hits->count)
    csq__sort(hits->items, hits->count, sizeof *hits->items, by_rank_then_key);
  return CSQ_OK;
}

/* ---- reading the page back --------------------------------------------------- */

static const char READ_ONE[] =
    "SELECT o.modality, o.actor, o.actor_known,"
    " o.clause, o.clause_start, o.clause_end, o.cue, o.cue_start, o.cue_end,"
    " o.actor, o.actor_start, o.actor_end, o.action, o.action_start, o.action_end,"
    " o.condition, o.condition_start, o.condition_end,"
    " n.node_key, n.kind, n.num, n.eid, n.cite, n.text,"
    " f.node_key, f.kind, f.num, f.eid, f.cite,"
    " q.modality, q.cue, q.cue_start, q.cue_end, q.action,"
    " qn.node_key, qn.kind, qn.num, qn.eid, qn.cite,"
    " sn.node_key, sn.kind, sn.num, sn.eid, sn.cite, so.cue, so.cue_start, so.cue_end"
    " FROM obligations o JOIN nodes n ON n.node_key = o.node_key"
    " LEFT JOIN nodes f ON f.node_key = o.actor_from"
    " LEFT JOIN obligations q ON q.obligation_key = o.qualifies"
    " LEFT JOIN nodes qn ON qn.node_key = q.node_key"
    " LEFT JOIN obligations so ON so.obligation_key = o.actor_source"
    " LEFT JOIN nodes sn ON sn.node_key = so.node_key"
    " WHERE o.obligation_key = ?";

enum { COL_NODE = 18, COL_FROM = 24, COL_QUALIFIES = 29, COL_SOURCE = 39 };

/* The law of group g, made once, holding only the provisions read. */
static csq_status law_of(csq__stored *st, const group *g, csq_law **out, csq_error *err) {
  for (size_t i = 0; i < st->laws.count; i++)
    if (st->law_keys.items[i] == g->law) {
      *out = st->laws.items[i];
      return CSQ_OK;
    }
  csq_law_meta meta = {.id = g->id,
                       .name = g->name,
                       .level = g->level_name,
                       .version = g->version,
                       .repealed = !g->in_force};
  csq_status rc = csq__law_new(&meta, "<database>", st->mem, out, err);
  if (rc != CSQ_OK)
    return rc;
  if (csq__vec_push(st->mem, &st->laws, *out) != 0) {
    csq__law_free(*out);
    return csq__oom(err);
  }
  return csq__vec_push(st->mem, &st->law_keys, g->law) != 0 ? csq__oom(err) : CSQ_OK;
}

/* The node of columns col… (key, kind, num, eid, cite[, text]) in `law`:
 * made once for each node key. */
static const csq_node *node_of(csq__u64map *nodes, csq_law *law, sqlite3_stmt *s, int col,
                               int with_text) {
  uint64_t key = (uint64_t)sqlite3_column_int64(s, col), found;
  if (csq__u64map_get(nodes, key, &found))
    return (const csq_node *)(uintptr_t)found;
  const char *text = with_text ? csq__db_text(s, col + 5) : "";
  const csq_node *n = csq__law_add_node(law, NULL, csq__kind_from_name(csq__db_text(s, col + 1)),
                                        csq__db_text(s, col + 2), csq__db_text(s, col + 3),
                                        csq__db_text(s, col + 4), "", text, strlen(text));
  if (n && csq__u64map_put(nodes, key, (uint64_t)(uintptr_t)n) != 0)
    return NULL;
  return n;
}

/* One part's text and span from columns col, col+1, col+2 (NULL span: the
 * part is absent). */
static void part_of(sqlite3_stmt *s, int col, csq__stored_obligation *o, int part) {
  if (sqlite3_column_type(s, col + 1) == SQLITE_NULL)
    return;
  o->text[part] = csq__db_text(s, col);
  o->span[part][0] = (size_t)sqlite3_column_int64(s, col + 1);
  o->span[part][1] = (size_t)sqlite3_column_int64(s, col + 2);
}

static csq_status read_one(csq_db *d, csq__stored *st, sqlite3_stmt *s, csq__u64map *nodes,
                           const hit *h, const group *g, csq_obligation_list *list,
                           csq_error *err) {
  csq_law *law;
  csq_status rc = law_of(st, g, &law, err);
  if (rc != CSQ_OK)
    return rc;
  sqlite3_bind_int64(s, 1, h->key);
  int step = sqlite3_step(s);
  if (step != SQLITE_ROW) {
    rc = step == SQLITE_DONE ? csq__fail(err, CSQ_BAD_DB, d->path, -1,
                                         "obligation %lld has no row: build the database "
                                         "again with csquery import",
                                         h->key)
                             : csq__db_fail(d->db, d->path, "obligations", err);
    sqlite3_reset(s);
    return rc;
  }
  csq__stored_obligation o = {.modality = csq_modality_from_name(csq__db_text(s, 0)),
                              .actor = csq__db_text(s, 1),
                              .actor_known = sqlite3_column_int(s, 2)};
  static const int PART_COL[] = {3, 6, 9, 12, 15}; /* clause, cue, actor, action, condition */
  for (int p = 0; p <= CSQ_PART_CONDITION; p++)
    part_of(s, PART_COL[p], &o, p);
  o.node = node_of(nodes, law, s, COL_NODE, 1);
  if (sqlite3_column_type(s, COL_FROM) != SQLITE_NULL)
    o.actor_from = node_of(nodes, law, s, COL_FROM, 0);
  /* the statements it names: the one an exception qualifies, the one whose
   * bearer it takes (their provision, cue and, for the first, its act) */
  csq__stored_obligation q = {0}, src = {0};
  if (sqlite3_column_type(s, COL_QUALIFIES + 5) != SQLITE_NULL) {
    q.modality = csq_modality_from_name(csq__db_text(s, COL_QUALIFIES));
    q.text[CSQ_PART_CUE] = csq__db_text(s, COL_QUALIFIES + 1);
    q.span[CSQ_PART_CUE][0] = (size_t)sqlite3_column_int64(s, COL_QUALIFIES + 2);
    q.span[CSQ_PART_CUE][1] = (size_t)sqlite3_column_int64(s, COL_QUALIFIES + 3);
    q.text[CSQ_PART_ACTION] = csq__db_text(s, COL_QUALIFIES + 4);
    q.node = node_of(nodes, law, s, COL_QUALIFIES + 5, 0);
    o.qualifies = q.node ? &q : NULL;
  }
  if (sqlite3_column_type(s, COL_SOURCE) != SQLITE_NULL) {
    src.text[CSQ_PART_CUE] = csq__db_text(s, COL_SOURCE + 5);
    src.span[CSQ_PART_CUE][0] = (size_t)sqlite3_column_int64(s, COL_SOURCE + 6);
    src.span[CSQ_PART_CUE][1] = (size_t)sqlite3_column_int64(s, COL_SOURCE + 7);
    src.node = node_of(nodes, law, s, COL_SOURCE, 0);
    o.actor_source = src.node ? &src : NULL;
  }
  const csq_obligation *ob = o.node ? csq__obligations_add_stored(st->obls, &o) : NULL;
  rc = ob && csq__vec_push(list->mem, &list->items, ob) == 0 ? CSQ_OK : csq__oom(err);
  sqlite3_reset(s);
  return rc;
}

/* The page [offset, offset + limit) of the ordered hits, read back into
 * the list, and each group's share of it. */
static csq_status read_page(csq_db *d, const csq__obligation_ask *a, csq__stored *st,
                            const hit_vec *hits, const group_vec *groups, csq_obligation_list *list,
                            csq_error *err) {
  size_t first = a->offset < hits->count ? a->offset : hits->count;
  size_t last = a->limit && a->limit < hits->count - first ? first + a->limit : hits->count;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(d->db, READ_ONE, -1, &s, NULL) != SQLITE_OK)
    return csq__db_fail(d->db, d->path, "obligations", err);
  csq__u64map nodes = {.mem = d->mem};
  csq_status rc = CSQ_OK;
  for (size_t i = first; rc == CSQ_OK && i < last; i++) {
    const hit *h = &hits->items[i];
    csq_obligation_group *g = &st->groups.items[h->rank];
    if (g->count++ == 0)
      g->first = list->items.count;
    rc = read_one(d, st, s, &nodes, h, &groups->items[h->rank], list, err);
  }
  csq__u64map_free(&nodes);
  sqlite3_finalize(s);
  return rc;
}

csq_status csq__db_obligations(csq_db *d, const csq__obligation_ask *a, csq__stored *st,
                               csq_obligation_list *list, csq_error *err) {
  hit_vec hits = {0};
  group_vec groups = {0};
  csq_status rc = find_answers(d, a, &hits, err);
  if (rc == CSQ_OK)
    rc = make_groups(d, st, &hits, &groups, err);
  for (size_t i = 0; rc == CSQ_OK && i < groups.count; i++) {
    const group *g = &groups.items[i];
    csq_obligation_group lg = {g->id, g->name, g->level_name, g->version, g->in_force,
                               0,     0,       g->total};
    if (csq__vec_push(st->mem, &st->groups, lg) != 0)
      rc = csq__oom(err);
  }
  if (rc == CSQ_OK)
    rc = read_page(d, a, st, &hits, &groups, list, err);
  list->groups = st->groups.items;
  list->group_count = st->groups.count;
  list->total = hits.count;
  list->offset = a->offset;
  csq__vec_free(d->mem, &hits);
  csq__vec_free(d->mem, &groups);
  return rc;
}
