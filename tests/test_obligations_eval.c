/*
 * test_obligations_eval.c — the obligation extractor measured against a
 * set of provisions labelled by hand (tests/data/obligations/, GUIDE.md
 * says how): every deontic statement's modality, cue offset and bearer as
 * written. The provisions are read from the national corpus's real texts
 * (each label's text must still be the node's text byte for byte), and
 * the laws they stand in are extracted whole, so bearers carried from an
 * earlier paragraph are carried as in use.
 *
 * A statement is found when csquery gives one in the same provision whose
 * cue overlaps the labelled cue (one to one, in order); it is right when
 * the modality is the same too. Precision, recall and F1 count right
 * statements. The bearer is exact when csquery's bearer is the labelled
 * bearer or bearer_full, over the right statements whose bearer is written.
 * The misses are listed by kind.
 *
 * usage: test_obligations_eval [--min MIN_F1 MIN_BEARER] FILE...
 *        test_obligations_eval FILE MIN_F1 MIN_BEARER
 * One file: its figures and its misses by kind. Several: each one's figures
 * on a line, then those of all of them pooled (the counts added). Fails
 * (exit 1) when labels do not fit the corpus, or below the minimums (of
 * the pool, with several files).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "corpus_dir.h"
#include "csquery.h"

typedef struct label {
  int modality;
  size_t cue_at, cue_end; /* code points */
  const char *cue, *bearer, *bearer_full, *carried, *note;
  const csq_obligation *found; /* the statement matched to it, or NULL */
} label;

typedef struct provision {
  const char *pcode, *eid, *cite, *text;
  label *labels;
  size_t n_labels;
  const csq_node *node;
  const csq_obligation **got; /* csquery's statements */
  int *matched;
  size_t n_got;
} provision;

typedef struct sample {
  provision *p;
  size_t n, cap;
} sample;

static size_t chars_of(const char *s) {
  size_t n = 0;
  int32_t len = (int32_t)strlen(s);
  for (int32_t i = 0; i < len; n++)
    U8_FWD_1(s, i, len);
  return n;
}

/* Splits a line at its tabs in place: the fields, up to max. */
static int split(char *line, char **field, int max) {
  int n = 0;
  field[n++] = line;
  for (char *p = line; *p && n < max; p++)
    if (*p == '\t') {
      *p = '\0';
      field[n++] = p + 1;
    }
  return n;
}

static int read_sample(const char *path, char *raw, sample *s) {
  int line_no = 0;
  for (char *line = raw, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    line_no++;
    if (line[0] == '#' || line[0] == '\0')
      continue;
    char *f[9];
    int n = split(line, f, 9);
    if (strcmp(f[0], "P") == 0 && n == 5) {
      if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->p = realloc(s->p, s->cap * sizeof *s->p);
      }
      s->p[s->n++] = (provision){f[1], f[2], f[3], f[4], NULL, 0, NULL, NULL, NULL, 0};
    } else if (strcmp(f[0], "S") == 0 && n == 9 && s->n) {
      provision *p = &s->p[s->n - 1];
      int m = csq_modality_from_name(f[1]);
      if (m < 0) {
        fprintf(stderr, "%s:%d: unknown modality %s\n", path, line_no, f[1]);
        return -1;
      }
      p->labels = realloc(p->labels, (p->n_labels + 1) * sizeof *p->labels);
      size_t at = (size_t)atol(f[2]);
      p->labels[p->n_labels++] =
          (label){m, at, at + chars_of(f[3]), f[3], f[4], f[6], f[7], f[8], NULL};
    } else {
      fprintf(stderr, "%s:%d: not a P (5 fields) or S (9 fields) row\n", path, line_no);
      return -1;
    }
  }
  return 0;
}

/* Loads each law the sample names once, from the unpacked national corpus. */
static csq_corpus *load_laws(const sample *s) {
  const char *dir = csq_test_unpack_ch(CSQ_CACHE_DIR);
  csq_corpus *c;
  csq_error err;
  if (!dir || csq_corpus_new(NULL, &c, &err) != CSQ_OK)
    return NULL;
  for (size_t i = 0; i < s->n; i++) {
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(s->p[j].pcode, s->p[i].pcode) == 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.json", dir, s->p[i].pcode);
    if (!seen && csq_corpus_add_file(c, path, &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", path, err.message);
      csq_corpus_free(c);
      return NULL;
    }
  }
  return c;
}

static const csq_law *law_of(const csq_corpus *c, const char *pcode) {
  for (size_t i = 0; i < csq_corpus_law_count(c); i++)
    if (strcmp(csq_law_id(csq_corpus_law_at(c, i)), pcode) == 0)
      return csq_corpus_law_at(c, i);
  return NULL;
}

/* Each provision's node (its text must be the label's) and statements. */
static int attach(sample *s, const csq_corpus *c, const csq_obligations *o) {
  int bad = 0;
  for (size_t i = 0; i < s->n; i++) {
    provision *p = &s->p[i];
    const csq_law *law = law_of(c, p->pcode);
    p->node = law ? csq_law_find(law, p->eid) : NULL;
    size_t len;
    const char *text = p->node ? csq_node_text(p->node, &len) : NULL;
    if (!text || len != strlen(p->text) || memcmp(text, p->text, len) != 0) {
      fprintf(stderr, "%s %s: %s\n", p->pcode, p->eid,
              text ? "the labelled text is not the node's text" : "no such provision");
      bad = 1;
      continue;
    }
    csq_obligation_list *list;
    csq_error err;
    if (csq_obligations_in(o, p->node, NULL, &list, &err) != CSQ_OK)
      return -1;
    p->n_got = csq_obligation_list_count(list);
    p->got = calloc(p->n_got + 1, sizeof *p->got);
    p->matched = calloc(p->n_got + 1, sizeof *p->matched);
    for (size_t k = 0; k < p->n_got; k++)
      p->got[k] = csq_obligation_list_at(list, k);
    csq_obligation_list_free(list); /* the obligations belong to `o` */
  }
  return bad ? -1 : 0;
}

/* Pairs labels and statements whose cues overlap, one to one, in order. */
static void match(provision *p) {
  for (size_t i = 0; i < p->n_labels; i++) {
    label *l = &p->labels[i];
    for (size_t k = 0; k < p->n_got && !l->found; k++) {
      size_t a, b;
      if (p->matched[k] || !csq_obligation_span(p->got[k], CSQ_PART_CUE, &a, &b))
        continue;
      if (a < l->cue_end && l->cue_at < b) {
        l->found = p->got[k];
        p->matched[k] = 1;
      }
    }
  }
}

/* The kinds of misses, in the order they are listed. */
enum {
  K_MISSED,    /* no statement at a labelled cue */
  K_SPURIOUS,  /* a statement where none is labelled */
  K_MODALITY,  /* found, with another modality */
  K_NO_BEARER, /* a written bearer, none given */
  K_BEARER,    /* a written bearer, another given */
  K_TOPIC,     /* no bearer written, one given as written */
  K_CARRIED,   /* a carried bearer, another or none given */
  K_UNCARRIED, /* no bearer written or carried, one given carried */
  K_COUNT
};

static const char *const KIND_NAMES[K_COUNT] = {
    "missed: no statement at the cue",
    "spurious: a statement where none is labelled",
    "wrong modality",
    "bearer written, none given",
    "bearer written, another given",
    "no bearer written, one given as written",
    "bearer carried, another or none given (not in the goal)",
    "no bearer written or carried, one given carried (not in the goal)",
};

typedef struct tally {
  size_t provisions, gold, got, right, bearer_total, bearer_exact, carried_total, carried_right;
  size_t carried_given; /* carried bearers given where no bearer is written */
  size_t kind[K_COUNT];
  char *list[K_COUNT];
  size_t list_len[K_COUNT];
} tally;

static void note(tally *t, int kind, const provision *p, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void note(tally *t, int kind, const provision *p, const char *fmt, ...) {
  char line[2048];
  int n = snprintf(line, sizeof line, "  %s %s ", p->pcode, p->cite);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
  va_end(ap);
  size_t len = strlen(line);
  t->list[kind] = realloc(t->list[kind], t->list_len[kind] + len + 2);
  memcpy(t->list[kind] + t->list_len[kind], line, len);
  t->list_len[kind] += len;
  t->list[kind][t->list_len[kind]++] = '\n';
  t->list[kind][t->list_len[kind]] = '\0';
  t->kind[kind]++;
}

/* Up to `n` code points of s from code point `at`, in buf. */
static const char *excerpt(const char *s, size_t at, size_t n, char *buf, size_t cap) {
  int32_t len = (int32_t)strlen(s), i = 0, j;
  U8_FWD_N(s, i, len, (int32_t)at);
  j = i;
  U8_FWD_N(s, j, len, (int32_t)n);
  snprintf(buf, cap, "%.*s%s", (int)(j - i), s + i, j < len ? "…" : "");
  return buf;
}

static void score_label(tally *t, const provision *p, const label *l) {
  char ctx[512];
  size_t from = l->cue_at > 12 ? l->cue_at - 12 : 0;
  excerpt(p->text, from, l->cue_end - from + 12, ctx, sizeof ctx);
  const csq_obligation *o = l->found;
  if (!o) {
    note(t, K_MISSED, p, "%s 「%s」@%zu: %s", csq_modality_name(l->modality), l->cue, l->cue_at,
         ctx);
    return;
  }
  if ((int)csq_obligation_modality(o) != l->modality) {
    note(t, K_MODALITY, p, "%s 「%s」@%zu, got %s 「%s」: %s", csq_modality_name(l->modality),
         l->cue, l->cue_at, csq_modality_name(csq_obligation_modality(o)),
         csq_obligation_text(o, CSQ_PART_CUE), ctx);
    return;
  }
  t->right++;
  const char *got = csq_obligation_text(o, CSQ_PART_ACTOR);
  size_t a, b;
  int written = csq_obligation_span(o, CSQ_PART_ACTOR, &a, &b);
  if (l->bearer[0]) {
    t->bearer_total++;
    if (strcmp(got, l->bearer) == 0 || (l->bearer_full[0] && strcmp(got, l->bearer_full) == 0))
      t->bearer_exact++;
    else
      note(t, got[0] ? K_BEARER : K_NO_BEARER, p, "「%s」 want 「%s」%s%s%s, got 「%s」%s: %s",
           l->cue, l->bearer, l->bearer_full[0] ? " (" : "", l->bearer_full,
           l->bearer_full[0] ? ")" : "", got, written || !got[0] ? "" : " (carried)", ctx);
  } else if (written) {
    note(t, K_TOPIC, p, "「%s」 got 「%s」%s%s: %s", l->cue, got, l->carried[0] ? ", carried " : "",
         l->carried, ctx);
  } else if (l->modality != CSQ_EXCEPTION) { /* the readers carry no exception's bearer */
    t->carried_given += got[0] != 0;
    if (l->carried[0]) {
      t->carried_total++;
      if (strcmp(got, l->carried) == 0)
        t->carried_right++;
      else
        note(t, K_CARRIED, p, "「%s」 want 「%s」, got 「%s」: %s", l->cue, l->carried, got, ctx);
    } else if (got[0]) {
      note(t, K_UNCARRIED, p, "「%s」 got 「%s」 (carried): %s", l->cue, got, ctx);
    }
  }
}

static void score(tally *t, const sample *s) {
  for (size_t i = 0; i < s->n; i++) {
    const provision *p = &s->p[i];
    t->gold += p->n_labels;
    t->got += p->n_got;
    for (size_t j = 0; j < p->n_labels; j++)
      score_label(t, p, &p->labels[j]);
    for (size_t k = 0; k < p->n_got; k++) {
      if (p->matched[k])
        continue;
      size_t a, b;
      char ctx[512];
      csq_obligation_span(p->got[k], CSQ_PART_CUE, &a, &b);
      size_t from = a > 12 ? a - 12 : 0;
      note(t, K_SPURIOUS, p, "%s 「%s」@%zu: %s",
           csq_modality_name(csq_obligation_modality(p->got[k])),
           csq_obligation_text(p->got[k], CSQ_PART_CUE), a,
           excerpt(p->text, from, b - from + 12, ctx, sizeof ctx));
    }
  }
}

static double ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0; }

/* Reads, extracts and scores the sample at `path` into t. 0, or 1 with a
 * message when it cannot be read or its labels do not fit the corpus. */
static int eval_file(const char *path, tally *t) {
  size_t len;
  char *raw = csq_test_read_file(path, &len);
  sample s = {0};
  if (!raw || read_sample(path, raw, &s) != 0) {
    fprintf(stderr, "%s: cannot read the sample\n", path);
    free(s.p);
    free(raw);
    return 1;
  }
  csq_corpus *c = load_laws(&s);
  csq_obligations *o = NULL;
  csq_error err;
  int rc = 0;
  if (!c || csq_obligations_build(c, &o, &err) != CSQ_OK) {
    fprintf(stderr, "%s: cannot extract the sample's laws\n", path);
    rc = 1;
  } else if (attach(&s, c, o) != 0) {
    fprintf(stderr, "%s: the labels do not fit the corpus\n", path);
    rc = 1;
  }
  if (!rc) {
    t->provisions += s.n;
    for (size_t i = 0; i < s.n; i++)
      match(&s.p[i]);
    score(t, &s);
  }
  for (size_t i = 0; i < s.n; i++) {
    free(s.p[i].labels);
    free(s.p[i].got);
    free(s.p[i].matched);
  }
  free(s.p);
  free(raw);
  csq_obligations_free(o);
  csq_corpus_free(c);
  return rc;
}

typedef struct figures {
  double precision, recall, f1, bearer;
} figures;

static figures figures_of(const tally *t) {
  figures f = {ratio(t->right, t->got), ratio(t->right, t->gold), 0,
               ratio(t->bearer_exact, t->bearer_total)};
  f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
  return f;
}

static void report(const char *what, const tally *t, int misses) {
  figures f = figures_of(t);
  printf("%s: %zu provisions, %zu statements labelled, %zu given by csquery\n", what, t->provisions,
         t->gold, t->got);
  printf("modality: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), F1 %.3f\n", f.precision,
         t->right, t->got, f.recall, t->right, t->gold, f.f1);
  printf("bearer exact: %.1f %% (%zu/%zu right statements with a written bearer)\n", 100 * f.bearer,
         t->bearer_exact, t->bearer_total);
  printf("carried bearer right: %zu/%zu, of %zu carried given (not in the goal)\n",
         t->carried_right, t->carried_total, t->carried_given);
  for (int k = 0; k < K_COUNT; k++)
    if (t->kind[k])
      printf("%s: %zu\n%s", KIND_NAMES[k], t->kind[k], misses ? t->list[k] : "");
}

/* Adds one sample's counts to the pool's (the lists of misses stay). */
static void pool(tally *all, const tally *t) {
  all->provisions += t->provisions;
  all->gold += t->gold, all->got += t->got, all->right += t->right;
  all->bearer_total += t->bearer_total, all->bearer_exact += t->bearer_exact;
  all->carried_total += t->carried_total, all->carried_right += t->carried_right;
  all->carried_given += t->carried_given;
  for (int k = 0; k < K_COUNT; k++)
    all->kind[k] += t->kind[k];
}

/* Whether s is a number whole (a minimum, not a file name). */
static int number(const char *s, double *out) {
  char *end;
  *out = strtod(s, &end);
  return end != s && *end == '\0';
}

int main(int argc, char **argv) {
  int first = 1, bad = 0;
  double min_f1 = -1, min_bearer = -1;
  if (argc > 1 && strcmp(argv[1], "--min") == 0) {
    bad = argc < 5 || !number(argv[2], &min_f1) || !number(argv[3], &min_bearer);
    first = 4;
  } else if (argc == 4 && number(argv[2], &min_f1) && number(argv[3], &min_bearer)) {
    argc = 2; /* FILE MIN_F1 MIN_BEARER, as before */
  } else {
    min_f1 = min_bearer = -1; /* three files: no minimums */
  }
  if (bad || first >= argc) {
    fprintf(stderr,
            "usage: %s [--min MIN_F1 MIN_BEARER] FILE...\n       %s FILE MIN_F1 MIN_BEARER\n",
            argv[0], argv[0]);
    return 2;
  }
  tally all = {0};
  int ok = 1, files = argc - first;
  for (int a = first; a < argc; a++) {
    tally t = {0};
    if (eval_file(argv[a], &t) != 0)
      ok = 0;
    else if (files == 1)
      report(argv[a], &t, 1);
    else {
      figures f = figures_of(&t);
      printf("%s: F1 %.3f, bearer exact %.1f %% (%zu/%zu)\n", argv[a], f.f1, 100 * f.bearer,
             t.bearer_exact, t.bearer_total);
    }
    pool(&all, &t);
    for (int k = 0; k < K_COUNT; k++)
      free(t.list[k]);
  }
  if (!ok)
    return 1;
  if (files > 1)
    report("pooled", &all, 0);
  figures f = figures_of(&all);
  if (min_f1 >= 0 && f.f1 < min_f1)
    printf("FAIL: modality F1 %.3f is below %.3f\n", f.f1, min_f1), ok = 0;
  if (min_bearer >= 0 && f.bearer < min_bearer)
    printf("FAIL: bearer exact %.3f is below %.3f\n", f.bearer, min_bearer), ok = 0;
  return ok ? 0 : 1;
}
