/*
 * tune_search.c — tunes the weights of grammar/search_weights.tsv on the
 * needs of the judged set (tests/data/search/) of the sets named (dev
 * alone unless told; never on a set still to be measured blind):
 * coordinate ascent, one weight at a time over a grid of values, each
 * try scored by the mean nDCG@10 of every dev need (as tests/search_judged.py
 * scores it: gain 2^grade − 1, unjudged hits gain 0), searched in process
 * with csq_search_options.weights. A change is kept only when it gains more
 * than 0.002, so that a weight moves for many needs, not one.
 *
 * usage: tune_search DB [ROUNDS] [WEIGHTS] [odd|even|all] [SETS]   prints
 *        the best weights as NAME<TAB>VALUE lines, and the score of each
 *        round on stderr. WEIGHTS: a file of NAME<TAB>VALUE lines to start
 *        from. odd|even: tune on half the needs only, and print the score of
 *        the other half before and after (how well the weights carry).
 *        SETS: the sets tuned on, comma-separated (dev,fresh,fresh2,…;
 *        default dev), read from needs*.tsv and judgments*.tsv.
 * Not a test: the figures it prints are for whoever edits the weights file.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_dir.h"
#include "csquery.h"

enum { MAX_NEEDS = 1024, MAX_JUDGED = 131072 };

typedef struct judged {
  char need[8], law[16], eid[96];
  int grade;
} judged;

typedef struct need {
  char id[8], query[256];
  double ideal;
  size_t *judged; /* indexes into judgments of this need's lines */
  size_t judged_count;
} need;

static need needs[MAX_NEEDS];
static size_t need_count;
static judged judgments[MAX_JUDGED];
static size_t judged_count;

/* The weights tuned, with the values tried for each. */
typedef struct knob {
  const char *name;
  double value;
  double grid[12];
  size_t grid_count;
} knob;

#define STEPS(...) {__VA_ARGS__}, sizeof((double[]){__VA_ARGS__}) / sizeof(double)
static knob knobs[] = {
    {"b", 0.75, STEPS(0, 0.25, 0.5, 0.75, 1)},
    {"level_regulation", 0, STEPS(-4, -3, -2.5, -2, -1.5, -1, -0.7, -0.4, 0)},
    {"kind_article", 0, STEPS(-0.5, 0, 0.3, 0.6)},
    {"kind_subparagraph", 0, STEPS(-1.5, -1, -0.6, -0.3, 0, 0.3)},
    {"kind_item", 0, STEPS(-2.5, -2, -1.5, -1, -0.6, -0.3, 0)},
    {"kind_heading", -0.7, STEPS(-2, -1.4, -0.7, 0)},
    {"duty", 0, STEPS(-0.3, 0, 0.3, 0.6, 1)},
    {"may", 0, STEPS(-0.3, 0, 0.3, 0.6)},
    {"defines", 0, STEPS(-0.3, 0, 0.3, 0.6, 1)},
    {"leadin_rule", 0, STEPS(-0.3, 0, 0.3, 0.6, 1)},
    {"boilerplate", 0, STEPS(-3, -2, -1, -0.5, 0)},
    {"org_law", 0, STEPS(-5, -4, -3, -2, -1, 0)},
    {"penalty", 0, STEPS(-0.5, 0, 0.3, 0.6)},
    {"leadin", 0, STEPS(-0.5, 0, 0.3, 0.6, 0.9, 1.2)},
    {"fragment", 0, STEPS(-2, -1.5, -1, -0.5, 0)},
    {"contents", 0, STEPS(-2, -1.5, -1, -0.5, 0, 0.5)},
    {"law_named", 0, STEPS(0, 1, 2, 3, 4)},
    {"law_family", 0, STEPS(0, 0.5, 1, 2, 3)},
    {"law_stem", 0, STEPS(0, 0.5, 1, 2, 3)},
    {"name_cover", 0, STEPS(0, 0.5, 1, 2, 3, 4)},
    {"name_term", 0.5, STEPS(0.1, 0.3, 0.5, 0.7, 0.9)},
    {"scope_cover", 0.5, STEPS(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)},
    {"inherit", 0.8, STEPS(0.3, 0.5, 0.7, 0.8, 0.9, 1)},
    {"about_definition", 0, STEPS(0, 0.3, 0.6, 1, 1.5, 2)},
    {"leadin_mentions", 0, STEPS(0, 0.3, 0.6, 1)},
    {"cross_margin", 1, STEPS(0, 0.5, 1, 2, 3)},
    {"list_rank", 0, STEPS(0, 1, 2, 3, 5)},
    {"list_items", 5, STEPS(2, 3, 5, 8)},
};
enum { KNOBS = sizeof knobs / sizeof knobs[0] };

static char *field(char **line) {
  char *start = *line, *tab = strchr(start, '\t');
  if (tab) {
    *tab = '\0';
    *line = tab + 1;
  } else {
    *line = start + strlen(start);
  }
  start[strcspn(start, "\n")] = '\0';
  return start;
}

/* Whether `set` is one of the comma-separated `sets`. */
static int named(const char *sets, const char *set) {
  size_t n = strlen(set);
  for (const char *p = sets; *p;) {
    size_t len = strcspn(p, ",");
    if (len == n && strncmp(p, set, n) == 0)
      return 1;
    p += len + (p[len] == ',');
  }
  return 0;
}

/* Reads one needs file: the needs of the sets named. */
static int read_needs(const char *path, const char *sets) {
  char line[4096];
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *p = line;
    if (line[0] == '#' || line[0] == '\n')
      continue;
    if (need_count == MAX_NEEDS) { /* never a score over some of them */
      fprintf(stderr, "tune_search: more than %d needs; raise MAX_NEEDS\n", MAX_NEEDS);
      fclose(f);
      return -1;
    }
    char *id = field(&p), *set = field(&p), *query = field(&p);
    if (!named(sets, set)) /* never tuned on a set not named */
      continue;
    snprintf(needs[need_count].id, sizeof needs[0].id, "%s", id);
    snprintf(needs[need_count].query, sizeof needs[0].query, "%s", query);
    need_count++;
  }
  fclose(f);
  return 0;
}

static int read_judgments(const char *path) {
  char line[4096];
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *p = line;
    if (line[0] == '#' || line[0] == '\n')
      continue;
    if (judged_count == MAX_JUDGED) { /* a judgment left out would count a hit 0 */
      fprintf(stderr, "tune_search: more than %d judgments; raise MAX_JUDGED\n", MAX_JUDGED);
      fclose(f);
      return -1;
    }
    judged *j = &judgments[judged_count++];
    snprintf(j->need, sizeof j->need, "%s", field(&p));
    snprintf(j->law, sizeof j->law, "%s", field(&p));
    snprintf(j->eid, sizeof j->eid, "%s", field(&p));
    j->grade = atoi(field(&p));
  }
  fclose(f);
  return 0;
}

/* needs.tsv and judgments.tsv (dev and fresh), then needs-freshN.tsv and
 * judgments-freshN.tsv for every N that has them. */
static int read_data(const char *dir, const char *sets) {
  char path[4200];
  snprintf(path, sizeof path, "%s/needs.tsv", dir);
  if (read_needs(path, sets) != 0)
    return -1;
  snprintf(path, sizeof path, "%s/judgments.tsv", dir);
  if (read_judgments(path) != 0)
    return -1;
  for (int n = 2;; n++) {
    snprintf(path, sizeof path, "%s/needs-fresh%d.tsv", dir, n);
    if (read_needs(path, sets) != 0)
      return 0;
    snprintf(path, sizeof path, "%s/judgments-fresh%d.tsv", dir, n);
    if (read_judgments(path) != 0)
      return -1;
  }
}

static int grade_of(const need *n, const char *law, const char *eid) {
  for (size_t k = 0; k < n->judged_count; k++) {
    const judged *j = &judgments[n->judged[k]];
    if (strcmp(j->law, law) == 0 && strcmp(j->eid, eid) == 0)
      return j->grade;
  }
  return 0;
}

static int by_grade_down(const void *a, const void *b) { return *(const int *)b - *(const int *)a; }

/* Each need's judged lines, and the DCG of its ten best grades. */
static int ideals(void) {
  for (size_t n = 0; n < need_count; n++) {
    need *d = &needs[n];
    if (!(d->judged = malloc(judged_count * sizeof *d->judged)))
      return -1;
    for (size_t i = 0; i < judged_count; i++)
      if (strcmp(judgments[i].need, d->id) == 0)
        d->judged[d->judged_count++] = i;
    int *grades = malloc((d->judged_count + 1) * sizeof *grades);
    if (!grades)
      return -1;
    for (size_t k = 0; k < d->judged_count; k++)
      grades[k] = judgments[d->judged[k]].grade;
    qsort(grades, d->judged_count, sizeof *grades, by_grade_down);
    double sum = 0;
    for (size_t i = 0; i < d->judged_count && i < 10; i++)
      sum += (pow(2, grades[i]) - 1) / log2((double)i + 2);
    free(grades);
    d->ideal = sum;
  }
  return 0;
}

/* The query split on spaces, as a user types it, is one string here. */
/* Which dev needs are tuned on: all, or (to see how the weights carry to
 * needs they were not tuned on) the odd or the even ones of needs.tsv. */
static int half; /* 0 all, 1 odd, 2 even */

static int in_half(size_t n, int which) { return !which || (int)(n % 2) == which % 2; }

static double score_half(csq_library *lib, const char *weights, int which) {
  double sum = 0;
  size_t counted = 0;
  for (size_t n = 0; n < need_count; n++) {
    if (!in_half(n, which))
      continue;
    counted++;
    csq_search_options o = {.limit = 10, .weights = weights};
    csq_hits *h = NULL;
    csq_error err;
    if (csq_search(lib, needs[n].query, &o, &h, &err) != CSQ_OK) {
      fprintf(stderr, "%s: %s\n", needs[n].query, err.message);
      exit(1);
    }
    double d = 0;
    for (size_t i = 0; i < csq_hits_count(h); i++)
      d += (pow(2, grade_of(&needs[n], csq_hit_law_id(h, i), csq_hit_eid(h, i))) - 1) /
           log2((double)i + 2);
    csq_hits_free(h);
    sum += needs[n].ideal > 0 ? d / needs[n].ideal : 0;
  }
  return counted ? sum / (double)counted : 0;
}

static double score_all(csq_library *lib, const char *weights) {
  return score_half(lib, weights, half);
}

static void weights_text(char *buf, size_t size) {
  size_t at = 0;
  for (size_t k = 0; k < KNOBS; k++)
    at += (size_t)snprintf(buf + at, size - at, "%s\t%g\n", knobs[k].name, knobs[k].value);
}

static void read_start(const char *path) {
  FILE *f = fopen(path, "r");
  char line[512];
  while (f && fgets(line, sizeof line, f)) {
    char *p = line, *name = field(&p), *value = field(&p);
    for (size_t k = 0; k < KNOBS; k++)
      if (strcmp(knobs[k].name, name) == 0)
        knobs[k].value = atof(value);
  }
  if (f)
    fclose(f);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: tune_search DB [ROUNDS] [WEIGHTS] [odd|even|all] [SETS]\n");
    return 2;
  }
  int rounds = argc > 2 ? atoi(argv[2]) : 3;
  if (argc > 3)
    read_start(argv[3]);
  if (argc > 4)
    half = strcmp(argv[4], "odd") == 0 ? 1 : strcmp(argv[4], "even") == 0 ? 2 : 0;
  if (read_data(CSQ_SOURCE_DIR "/tests/data/search", argc > 5 ? argv[5] : "dev") != 0) {
    fprintf(stderr, "cannot read tests/data/search\n");
    return 1;
  }
  if (ideals() != 0) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  csq_corpus *corpus;
  csq_db *db;
  csq_library *lib;
  csq_error err;
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_db_open(argv[1], NULL, &db, &err) != CSQ_OK ||
      csq_library_new(corpus, db, &lib, &err) != CSQ_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  char text[4096];
  weights_text(text, sizeof text);
  double best = score_all(lib, text);
  fprintf(stderr, "start: mean nDCG@10 %.4f over %zu needs\n", best, need_count);
  if (half)
    fprintf(stderr, "the other half of the needs, at the start: %.4f\n",
            score_half(lib, text, 3 - half));
  for (int r = 0; r < rounds; r++) {
    int moved = 0;
    for (size_t k = 0; k < KNOBS; k++) {
      double keep = knobs[k].value, best_value = keep;
      for (size_t g = 0; g < knobs[k].grid_count; g++) {
        if (knobs[k].grid[g] == keep)
          continue;
        knobs[k].value = knobs[k].grid[g];
        weights_text(text, sizeof text);
        double s = score_all(lib, text);
        if (s > best + 0.002) {
          best = s;
          best_value = knobs[k].value;
        }
      }
      knobs[k].value = best_value;
      if (best_value != keep) {
        moved = 1;
        fprintf(stderr, "  %s %g → %g: %.4f\n", knobs[k].name, keep, best_value, best);
      }
    }
    fprintf(stderr, "round %d: mean nDCG@10 %.4f\n", r + 1, best);
    if (!moved)
      break;
  }
  weights_text(text, sizeof text);
  if (half)
    fprintf(stderr, "the other half of the needs, with these weights: %.4f\n",
            score_half(lib, text, 3 - half));
  fputs(text, stdout);
  csq_library_free(lib);
  csq_db_free(db);
  csq_corpus_free(corpus);
  return 0;
}
