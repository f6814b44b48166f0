/*
 * reader_moj_old.c — the older official open-data format of 全國法規資料庫,
 * as the Ministry of Justice published it until 2019 (the dump of
 * 2019-02-22 in ../shared/corpus/moj-2019): Chinese keys, one object a law
 *
 *   {"法規性質": "命令", "法規名稱": …, "法規網址": "…?pcode=A0030303",
 *    "最新異動日期": "20181121", "廢止註記": "廢" (repealed laws only),
 *    "沿革內容": "1.中華民國…", "法規內容": [{"編章節": "第 一 章 總則"},
 *    {"條號": "第 1 條", "條文內容": "…"}]}
 *
 * or the whole dump: {"法規": [law, …]} (the element the official XML
 * repeats, <法規資料庫><法規>…) or a bare array of laws. Article text is
 * hard-wrapped at 64 columns; wraps.c recovers the paragraphs, so that a
 * law whose version is the same in both formats gives the same tree.
 *
 * jansson parses the JSON and keeps no positions: where a law or an article
 * is malformed, its offset is found by looking for the JSON text of its
 * name (or article number) in the bytes.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "reading/reading.h"

static const char *str_field(const json_t *obj, const char *key) {
  const char *s = json_string_value(json_object_get(obj, key));
  return s ? s : "";
}

/* Where the JSON string `value` is written in data, at or after `from`; -1
 * when it is not found (written with escapes, or not at all). */
static long long locate(const char *data, size_t len, long long from, const char *value) {
  if (!value[0] || from < 0 || (size_t)from >= len)
    return -1;
  json_t *s = json_string(value);
  char *literal = s ? json_dumps(s, JSON_ENCODE_ANY) : NULL;
  json_decref(s);
  if (!literal)
    return -1;
  size_t n = strlen(literal);
  const char *at = NULL;
  for (const char *p = data + from; !at && (size_t)(p - data) + n <= len; p++)
    if (*p == '"' && memcmp(p, literal, n) == 0)
      at = p;
  free(literal);
  return at ? (long long)(at - data) : -1;
}

int csq__moj_old_shape(const json_t *root) {
  if (json_is_array(root))
    return json_is_object(json_array_get(root, 0)) &&
           json_object_get(json_array_get(root, 0), CSQ_WORD_OLD_CONTENT) != NULL;
  return json_is_object(root) && (json_is_array(json_object_get(root, CSQ_WORD_OLD_LAWS)) ||
                                  json_object_get(root, CSQ_WORD_OLD_CONTENT) != NULL);
}

/* What a law is read with: the input, the law's name, and whether its
 * text is hard-wrapped. */
typedef struct old_input {
  const csq_grammar *grammar;
  const csq_mem *mem;
  const char *data, *source;
  size_t len;
  const char *name;
  int hard_wrapped;
} old_input;

/* Whether the law's text is hard-wrapped, by the test the current format's
 * reader applies (reader_moj.c), so that a text the two formats share is
 * read the same way: most of the older format is, a law whose articles
 * all fit on a line is not. */
static int is_hard_wrapped(const json_t *entries) {
  size_t lines = 0, wrapped = 0;
  for (size_t i = 0; i < json_array_size(entries); i++) {
    const char *t =
        json_string_value(json_object_get(json_array_get(entries, i), CSQ_WORD_OLD_ARTICLE_TEXT));
    if (t)
      csq__count_wrapped(t, strlen(t), &lines, &wrapped);
  }
  return csq__is_hard_wrapped(lines, wrapped);
}

/* Where the law is written (its name), else -1; only an error asks. */
static long long law_at(const old_input *in) { return locate(in->data, in->len, 0, in->name); }

/* One entry of 法规內容: a heading or an article. */
static csq_status read_entry(const old_input *in, csq_builder *b, const json_t *e, size_t index,
                             size_t *ordinal, csq_error *err) {
  const json_t *heading = json_object_get(e, CSQ_WORD_OLD_HEADING);
  const json_t *no = json_object_get(e, CSQ_WORD_OLD_ARTICLE_NO);
  if (json_is_string(heading)) {
    /* The older format drops the indentation that gives the level of a
     * heading without 第N (壹 總則): the current one indents those of its
     * one law that has them (S0110006) as chapters, three spaces. */
    const char *h = json_string_value(heading);
    csq_buf line = {.mem = in->mem};
    csq_status st = csq__buf_puts(&line, "   ") || csq__buf_puts(&line, h)
                        ? csq__oom(err)
                        : csq__builder_heading(b, line.data, line.len, -1, err);
    csq__buf_free(&line);
    return st;
  }
  if (!json_is_string(no))
    return csq__fail(err, CSQ_BAD_INPUT, in->source, law_at(in), CSQ_MSG_OLD_BAD_ENTRY, in->name,
                     index + 1);
  const char *number = json_string_value(no);
  const json_t *text = json_object_get(e, CSQ_WORD_OLD_ARTICLE_TEXT);
  if (text && !json_is_string(text))
    return csq__fail(err, CSQ_BAD_INPUT, in->source,
                     locate(in->data, in->len, law_at(in) < 0 ? 0 : law_at(in), number),
                     CSQ_MSG_OLD_BAD_TEXT, in->name, number);
  char num[64];
  ++*ordinal;
  if (csq__article_num(in->grammar, number, strlen(number), num, sizeof num) != 0)
    snprintf(num, sizeof num, "%zu", *ordinal);
  csq_status st = csq__builder_article(b, num, -1, err);
  const char *content = text ? json_string_value(text) : "";
  if (st == CSQ_OK)
    st = in->hard_wrapped ? csq__add_wrapped_lines(b, content, strlen(content), err)
                          : csq__add_lines(b, content, strlen(content), err);
  return st;
}

static csq_status read_law(old_input *in, const json_t *obj, csq_emit_fn emit, void *ctx,
                           csq_error *err) {
  const char *name = in->name = str_field(obj, CSQ_WORD_OLD_NAME);
  const json_t *entries = json_object_get(obj, CSQ_WORD_OLD_CONTENT);
  if (!json_is_array(entries))
    return csq__fail(err, CSQ_BAD_INPUT, in->source, law_at(in), CSQ_MSG_OLD_NO_CONTENT, name);
  in->hard_wrapped = is_hard_wrapped(entries);
  csq_builder b;
  csq_status st = csq__builder_init(&b, in->grammar, in->mem, in->source, err);
  size_t ordinal = 0;
  for (size_t i = 0; st == CSQ_OK && i < json_array_size(entries); i++)
    st = read_entry(in, &b, json_array_get(entries, i), i, &ordinal, err);
  if (st != CSQ_OK) {
    csq__builder_abandon(&b);
    return st;
  }
  char id[16], version[16];
  csq_law_meta meta = {
      .id = csq__moj_pcode(str_field(obj, CSQ_WORD_OLD_URL), id, sizeof id),
      .name = name,
      .level = str_field(obj, CSQ_WORD_OLD_LEVEL),
      .version = csq__moj_iso_date(str_field(obj, CSQ_WORD_OLD_MODIFIED), version, sizeof version),
      .history = str_field(obj, CSQ_WORD_OLD_HISTORY),
      .format = "moj-old",
      .repealed = strcmp(str_field(obj, CSQ_WORD_OLD_ABANDON), CSQ_WORD_REPEALED_MARK) == 0,
  };
  csq_law *law;
  st = csq__builder_finish(&b, &meta, &law, err);
  if (st == CSQ_BAD_INPUT)
    return csq__fail(err, CSQ_BAD_INPUT, in->source, law_at(in), "law %s: %s", name,
                     CSQ_MSG_NO_ARTICLE);
  return st == CSQ_OK ? emit(ctx, law, err) : st;
}

csq_status csq__read_moj_old(const csq_grammar *g, const csq_mem *mem, const json_t *root,
                             const char *data, size_t len, const char *source, csq_emit_fn emit,
                             void *ctx, csq_error *err) {
  old_input in = {g, mem, data, source, len, "", 0};
  const json_t *laws = json_is_array(root) ? root : json_object_get(root, CSQ_WORD_OLD_LAWS);
  if (!laws)
    return read_law(&in, root, emit, ctx, err);
  csq_status st = CSQ_OK;
  for (size_t i = 0; st == CSQ_OK && i < json_array_size(laws); i++) {
    const json_t *law = json_array_get(laws, i);
    if (!json_is_object(law))
      return csq__fail(err, CSQ_BAD_INPUT, source, -1, CSQ_MSG_OLD_NOT_LAW, i + 1);
    st = read_law(&in, law, emit, ctx, err);
  }
  return st;
}
