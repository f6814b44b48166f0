/*
 * reader_moj.c — the official open-data JSON of 全國法規資料庫 (law.moj.gov.tw):
 * one law object ({"LawName": …, "LawArticles": […]}) or the whole dump
 * ({"UpdateDate": …, "Laws": […]}). JSON is parsed by jansson.
 *
 * ArticleType "C" entries are headings; "A" entries are articles whose
 * ArticleContent holds one paragraph per line (lines.c joins them into the
 * tree). JSON in the older format, with Chinese keys (法規內容), goes to
 * reader_moj_old.c.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

static const char *str_field(json_t *obj, const char *key) {
  const char *s = json_string_value(json_object_get(obj, key));
  return s ? s : "";
}

/* Some older laws kept, in this format too, the hard wraps of the older one
 * (at 64 columns, in mid-sentence): a law whose lines are a good share full
 * and open is read as wrapped text (wraps.c), so that it gives the tree the
 * older format gives (docs/versions.md). A paragraph of the current format
 * ends with a stop: one that stops mid-sentence at 64 columns was wrapped. */
static int is_hard_wrapped(json_t *articles) {
  size_t i, lines = 0, wrapped = 0;
  json_t *a;
  json_array_foreach(articles, i, a) {
    const char *content = str_field(a, "ArticleContent");
    if (strcmp(str_field(a, "ArticleType"), "A") == 0)
      csq__count_wrapped(content, strlen(content), &lines, &wrapped);
  }
  return csq__is_hard_wrapped(lines, wrapped);
}

/* An entry of LawArticles: a heading ("C") or an article ("A") whose number
 * is an article number (its lines read across hard wraps when `wrapped`).
 * Anything else is refused: an entry made up as an empty article (a million
 * of them took 1.7 GB), or an article numbered by its place when its number
 * cannot be read (第 100000 條 stored as 第1條), would answer what the file
 * does not say. */
static csq_status read_entry(const csq_grammar *g, csq_builder *b, json_t *law, size_t i, json_t *a,
                             int wrapped, const char *source, csq_error *err) {
  const char *name = str_field(law, "LawName");
  if (!json_is_object(a))
    return csq__fail(err, CSQ_BAD_INPUT, source, -1,
                     "law %s: LawArticles[%zu] is not an object (expected {\"ArticleType\": "
                     "\"A\", \"ArticleNo\": …, \"ArticleContent\": …})",
                     name, i);
  const char *type = str_field(a, "ArticleType");
  const char *content = str_field(a, "ArticleContent");
  if (strcmp(type, "C") == 0)
    return csq__builder_heading(b, content, strlen(content), -1, err);
  if (strcmp(type, "A") != 0)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1,
                     "law %s: LawArticles[%zu] has ArticleType \"%s\" (expected \"A\", an "
                     "article, or \"C\", a heading)",
                     name, i, type);
  char num[64];
  const char *no = str_field(a, "ArticleNo");
  if (csq__article_num(g, no, strlen(no), num, sizeof num) != 0)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1, CSQ_MSG_ARTICLE_NO_NOT_NUMBER, name, i, no);
  csq_status st = csq__builder_article(b, num, -1, err);
  if (st != CSQ_OK)
    return st;
  return wrapped ? csq__add_wrapped_lines(b, content, strlen(content), err)
                 : csq__add_lines(b, content, strlen(content), err);
}
static csq_status read_law(const csq_grammar *g, const csq_mem *mem, json_t *obj,
                           const char *source, csq_emit_fn emit, void *ctx, csq_error *err) {
  json_t *articles = json_object_get(obj, "LawArticles");
  if (!json_is_array(articles))
    return csq__fail(err, CSQ_BAD_INPUT, source, -1, "law %s has no LawArticles array",
                     str_field(obj, "LawName"));
  csq_builder b;
  csq_status st = csq__builder_init(&b, g, mem, source, err);
  if (st != CSQ_OK)
    return st;
  size_t i;
  json_t *a;
  int hard_wrapped = is_hard_wrapped(articles);
  json_array_foreach(articles, i, a) {
    st = read_entry(g, &b, obj, i, a, hard_wrapped, source, err);
    if (st != CSQ_OK) {
      csq__builder_abandon(&b);
      return st;
    }
  }
  char id[16], version[16];
  csq_law_meta meta = {
      .id = csq__moj_pcode(str_field(obj, "LawURL"), id, sizeof id),
      .name = str_field(obj, "LawName"),
      .level = str_field(obj, "LawLevel"),
      .version = csq__moj_iso_date(str_field(obj, "LawModifiedDate"), version, sizeof version),
      .history = str_field(obj, "LawHistories"),
      .format = "moj",
      .repealed = strcmp(str_field(obj, "LawAbandonNote"), CSQ_WORD_REPEALED_MARK) == 0,
  };
  csq_law *law;
  st = csq__builder_finish(&b, &meta, &law, err);
  if (st == CSQ_BAD_INPUT)
    return csq__fail(err, CSQ_BAD_INPUT, source, -1,
                     "law %s has no article (no ArticleType \"A\" entry)", meta.name);
  if (st != CSQ_OK)
    return st;
  return emit(ctx, law, err);
}

csq_status csq__read_moj_json(const csq_grammar *g, const csq_mem *mem, const char *data,
                              size_t len, const char *source, csq_emit_fn emit, void *ctx,
                              csq_error *err) {
  json_error_t jerr;
  json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!root)
    return csq__fail(err, CSQ_BAD_INPUT, source, (long long)jerr.position, "invalid JSON: %s",
                     jerr.text);
  csq_status st = CSQ_OK;
  json_t *laws = json_object_get(root, "Laws");
  if (csq__moj_old_shape(root)) {
    st = csq__read_moj_old(g, mem, root, data, len, source, emit, ctx, err);
  } else if (json_is_array(laws)) {
    size_t i;
    json_t *law;
    json_array_foreach(laws, i, law) {
      st = read_law(g, mem, law, source, emit, ctx, err);
      if (st != CSQ_OK)
        break;
    }
  } else if (json_is_object(root) && json_object_get(root, "LawArticles")) {
    st = read_law(g, mem, root, source, emit, ctx, err);
  } else {
    st = csq__fail(err, CSQ_BAD_INPUT, source, 0,
                   "JSON is not a law: expected an object with LawName and "
                   "LawArticles, or {\"Laws\": [...]}; or, in the older format, %s",
                   CSQ_MSG_OLD_SHAPE);
  }
  json_decref(root);
  return st;
}
