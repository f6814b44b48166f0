/*
 * export.c — csq_export_write, which walks an export into a folder (one
 * file per law version, and the site's index for HTML) or onto one stream,
 * each edition through its format's renderer.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "render/render.h"

int csq_format_from_name(const char *name) {
  static const char *const NAMES[] = {"text", "json", "akn", "html", "rules"};
  for (int i = 0; i < (int)(sizeof NAMES / sizeof *NAMES); i++)
    if (strcmp(name, NAMES[i]) == 0)
      return i;
  return -1;
}

/* ---- writing an export ------------------------------------------------------- */

typedef struct writer {
  const csq_render_options *options;
  const char *dir;
  FILE *out;
} writer;

static csq_status open_in(const char *dir, const char *name, FILE **f, csq_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  *f = fopen(path, "w");
  return *f ? CSQ_OK
            : csq__fail_cause(err, CSQ_IO, errno, path, -1, "cannot write: %s", strerror(errno));
}

static csq_status render_one(FILE *f, const csq_render_options *o, const csq_edition *ed,
                             csq_error *err) {
  switch (o->format) {
  case CSQ_FORMAT_AKN:
    return csq_render_akn(f, o, ed, err);
  case CSQ_FORMAT_HTML:
    return csq_render_html(f, o, ed, err);
  default:
    return csq_render_rules(f, o, ed, err);
  }
}

static csq_status write_edition(void *ctx, const csq_edition *ed, csq_error *err) {
  writer *w = ctx;
  if (!w->dir)
    return render_one(w->out, w->options, ed, err);
  static const char *const EXTENSION[] = {"", "", ".xml", ".html", ".jsonl"};
  char name[512];
  csq__export_file_name(csq_edition_law(ed), EXTENSION[w->options->format], name, sizeof name);
  FILE *f;
  csq_status st = open_in(w->dir, name, &f, err);
  if (st != CSQ_OK)
    return st;
  st = render_one(f, w->options, ed, err);
  if (fclose(f) != 0 && st == CSQ_OK)
    st = csq__fail_cause(err, CSQ_IO, errno, name, -1, "cannot write: %s", strerror(errno));
  return st;
}

/* index.html and csquery.css beside the pages. */
static csq_status write_site(const csq_export *ex, const csq_render_options *o, const char *dir,
                             csq_error *err) {
  static const char *const NAMES[] = {"index.html", "csquery.css"};
  csq_status st = CSQ_OK;
  for (int i = 0; st == CSQ_OK && i < 2; i++) {
    FILE *f;
    if ((st = open_in(dir, NAMES[i], &f, err)) != CSQ_OK)
      break;
    st = i == 0 ? csq__render_html_index(f, o, ex, err) : csq__render_html_style(f, o, ex, err);
    if (fclose(f) != 0 && st == CSQ_OK)
      st = csq__fail_cause(err, CSQ_IO, errno, NAMES[i], -1, "cannot write: %s", strerror(errno));
  }
  return st;
}

csq_status csq_export_write(csq_export *ex, const csq_render_options *options, const char *dir,
                            FILE *out, csq_error *err) {
  csq_format f = csq__render_format(options);
  if (f != CSQ_FORMAT_AKN && f != CSQ_FORMAT_HTML && f != CSQ_FORMAT_RULES)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1, "export takes --format akn, html or rules");
  if (f == CSQ_FORMAT_HTML && !dir)
    return csq__fail(err, CSQ_BAD_QUERY, NULL, -1,
                     "an HTML edition is many files: give a folder, --out DIR");
  if (dir && mkdir(dir, 0777) != 0 && errno != EEXIST)
    return csq__fail_cause(err, CSQ_IO, errno, dir, -1, "cannot make the folder: %s",
                           strerror(errno));
  writer w = {options, dir, out};
  csq_status st = csq_export_walk(ex, write_edition, &w, err);
  if (st == CSQ_OK && f == CSQ_FORMAT_HTML)
    st = write_site(ex, options, dir, err);
  return st;
}
