/*
 * import.c — an import for people and programs: where it stands while it
 * runs (one line on a terminal that rewrites itself), and what it did.
 */
#include "render/render.h"

static csq_status stats_json(FILE *out, const csq_import_stats *s, csq_error *err) {
  json_t *doc = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:f}",
                          "files", (json_int_t)s->files, "laws", (json_int_t)s->laws, "replaced",
                          (json_int_t)s->replaced, "unchanged", (json_int_t)s->unchanged, "kept",
                          (json_int_t)s->kept, "articles", (json_int_t)s->articles, "provisions",
                          (json_int_t)s->nodes, "citations", (json_int_t)s->citations,
                          "obligations", (json_int_t)s->obligations, "definitions",
                          (json_int_t)s->definitions, "text_bytes", (json_int_t)s->text_bytes,
                          "db_bytes", (json_int_t)s->db_bytes, "seconds", s->seconds);
  return csq__render_json(out, doc, err);
}

csq_status csq_render_import_stats(FILE *out, const csq_render_options *o,
                                   const csq_import_stats *s, csq_error *err) {
  if (csq__render_format(o) == CSQ_FORMAT_JSON)
    return stats_json(out, s, err);
  /* Versions stored already are named only when there are (docs/database.md). */
  char skipped[160] = "";
  if (s->unchanged || s->kept)
    snprintf(skipped, sizeof skipped,
             "; %zu already stored, %zu older-format texts of versions stored", s->unchanged,
             s->kept);
  fprintf(out,
          "imported %zu file%s: %zu laws (%zu replaced%s), %zu articles, %zu provisions, "
          "%zu citations, %zu obligations, %zu definitions, %.1f MB of text, in %.1f s; "
          "the database is %.1f MB\n",
          s->files, s->files == 1 ? "" : "s", s->laws, s->replaced, skipped, s->articles, s->nodes,
          s->citations, s->obligations, s->definitions, (double)s->text_bytes / 1e6, s->seconds,
          (double)s->db_bytes / 1e6);
  return csq__render_finish(out, err);
}

static csq_status progress_json(FILE *out, const csq_import_progress *p, csq_error *err) {
  json_t *doc =
      json_pack("{s:I, s:I, s:I, s:I, s:I, s:f, s:f, s:b}", "files_done", (json_int_t)p->files_done,
                "files_total", (json_int_t)p->files_total, "laws", (json_int_t)p->laws,
                "bytes_done", (json_int_t)p->bytes_done, "bytes_total", (json_int_t)p->bytes_total,
                "seconds", p->seconds, "seconds_left", p->seconds_left, "finishing", p->finishing);
  return csq__render_json_line(out, doc, err);
}

/* The time left as a person reads it: "8 s", "3 min 20 s". */
static void put_time_left(FILE *out, double seconds) {
  if (seconds < 0)
    fputs("estimating the time left", out);
  else if (seconds < 60)
    fprintf(out, "%.0f s left", seconds);
  else
    fprintf(out, "%d min %02d s left", (int)(seconds / 60), (int)seconds % 60);
}

csq_status csq_render_progress(FILE *out, const csq_render_options *o, const csq_import_progress *p,
                               csq_error *err) {
  if (csq__render_format(o) == CSQ_FORMAT_JSON)
    return progress_json(out, p, err);
  /* The input's size in MB, or kB when it is under one MB. */
  double unit = p->bytes_total >= 1000000 ? 1e6 : 1e3;
  fprintf(out, "\rimporting: %zu/%zu files (%.1f of %.1f %s), %zu law%s, ", p->files_done,
          p->files_total, (double)p->bytes_done / unit, (double)p->bytes_total / unit,
          unit == 1e6 ? "MB" : "kB", p->laws, p->laws == 1 ? "" : "s");
  if (p->finishing)
    fputs("merging the index, ", out);
  put_time_left(out, p->seconds_left);
  fputs("   ", out); /* over what a longer line before left */
  if (p->finishing)
    fputc('\n', out);
  return csq__render_finish(out, err);
}
