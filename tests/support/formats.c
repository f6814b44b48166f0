/*
 * formats.c — see formats.h.
 */
#include "formats.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "csquery.h"
#include "tree_dump.h"

/* Every node's kind, eId and citation, one a line: the tree's shape. */
static void shape(const csq_node *n, FILE *out) {
  fprintf(out, "%s %s %s\n", csq_kind_name(csq_node_kind(n)), csq_node_eid(n), csq_node_cite(n));
  for (const csq_node *c = csq_node_first_child(n); c; c = csq_node_next(c))
    shape(c, out);
}

static char *shape_of(const csq_law *law) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  if (!out)
    return NULL;
  shape(csq_law_root(law), out);
  fclose(out);
  return buf;
}

/* Appends the lines of s, each without the white space at its ends: the
 * layout (line breaks, indentation) left out, the spaces inside a line
 * kept. */
static void put_squeezed(FILE *out, const char *s) {
  while (s && *s) {
    size_t len = strcspn(s, "\r\n");
    const char *b = s, *e = s + len;
    for (;;) {
      if (b < e && (*b == ' ' || *b == '\t'))
        b++;
      else if (e - b >= 3 && strncmp(b, "\xe3\x80\x80", 3) == 0)
        b += 3;
      else
        break;
    }
    for (;;) {
      if (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
      else if (e - b >= 3 && strncmp(e - 3, "\xe3\x80\x80", 3) == 0)
        e -= 3;
      else
        break;
    }
    fwrite(b, 1, (size_t)(e - b), out);
    s += len;
    s += strspn(s, "\r\n");
  }
}

/* The text of every heading and article of a law file, in either format,
 * white space left out: what the data says, whatever its layout. */
static char *data_text(const char *path) {
  json_error_t jerr;
  json_t *root = json_load_file(path, 0, &jerr);
  char *buf = NULL;
  size_t size = 0;
  FILE *out = root ? open_memstream(&buf, &size) : NULL;
  if (!out) {
    json_decref(root);
    return NULL;
  }
  json_t *list = json_object_get(root, "LawArticles"), *e;
  const char *keys[] = {"ArticleContent"};
  const char *old_keys[] = {"\xe7\xb7\xa8\xe7\xab\xa0\xe7\xaf\x80",              /* 編章節 */
                            "\xe6\xa2\x9d\xe6\x96\x87\xe5\x85\xa7\xe5\xae\xb9"}; /* 條文內容 */
  int old = !list;
  put_squeezed(out, json_string_value(json_object_get(
                        root, old ? "\xe6\xb3\x95\xe8\xa6\x8f\xe5\x90\x8d\xe7\xa8\xb1"
                                  : "LawName"))); /* 法規名稱 */
  if (old)
    list = json_object_get(root, "\xe6\xb3\x95\xe8\xa6\x8f\xe5\x85\xa7\xe5\xae\xb9"); /* 法規內容 */
  size_t i;
  json_array_foreach(list, i, e) {
    for (size_t k = 0; k < (old ? 2u : 1u); k++)
      put_squeezed(out, json_string_value(json_object_get(e, old ? old_keys[k] : keys[k])));
    fputc('|', out);
  }
  fclose(out);
  json_decref(root);
  return buf;
}

/* The one law of a file, in a corpus of its own (the caller frees it). */
static const csq_law *read_one(const char *path, csq_corpus **corpus) {
  csq_error err;
  if (csq_corpus_new(NULL, corpus, &err) != CSQ_OK)
    return NULL;
  if (csq_corpus_add_file(*corpus, path, &err) != CSQ_OK) {
    fprintf(stderr, "%s\n", err.message);
    return NULL;
  }
  return csq_corpus_law_at(*corpus, 0);
}

static void compare(const char *old_path, const char *new_path, csq_test_formats *out,
                    csq_test_differ_fn differ, void *ctx) {
  csq_corpus *oc = NULL, *nc = NULL;
  const csq_law *ol = read_one(old_path, &oc), *nl = ol ? read_one(new_path, &nc) : NULL;
  if (!ol || !nl) {
    out->failed++;
  } else if (strcmp(csq_law_version(ol), csq_law_version(nl)) == 0) {
    out->compared++;
    char *od = csq_test_dump_law(ol), *nd = csq_test_dump_law(nl);
    int same = od && nd && strcmp(od, nd) == 0, edited = 0;
    if (!same) {
      char *ot = data_text(old_path), *nt = data_text(new_path);
      char *os = shape_of(ol), *ns = shape_of(nl);
      edited = !ot || !nt || strcmp(ot, nt) != 0;
      out->edited += edited;
      out->same_shape += edited && os && ns && strcmp(os, ns) == 0;
      free(ot), free(nt), free(os), free(ns);
    }
    out->identical += same;
    if (!same && differ)
      differ(ctx, csq_law_id(ol), od ? od : "", nd ? nd : "", edited);
    free(od), free(nd);
  }
  csq_corpus_free(oc);
  csq_corpus_free(nc);
}

int csq_test_compare_formats(const char *old_dir, const char *new_dir, size_t every,
                             csq_test_formats *out, csq_test_differ_fn differ, void *ctx) {
  memset(out, 0, sizeof *out);
  size_t count;
  char **files = csq_test_list_laws(old_dir, &count);
  if (!files || !count) {
    csq_test_free_list(files, count);
    return -1;
  }
  out->old_laws = count;
  for (size_t i = 0; i<count; i += every> 1 ? every : 1) {
    const char *base = strrchr(files[i], '/') + 1;
    char new_path[4200];
    snprintf(new_path, sizeof new_path, "%s/%s", new_dir, base);
    FILE *f = fopen(new_path, "rb");
    if (!f)
      continue; /* a law the 2024 dump does not have */
    fclose(f);
    compare(files[i], new_path, out, differ, ctx);
  }
  csq_test_free_list(files, count);
  return 0;
}
