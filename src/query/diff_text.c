/*
 * diff_text.c — what changed inside a provision, character by character,
 * as a lawyer's redline shows it: the shortest edit script between the two
 * texts (Myers' O(ND) algorithm) over code points, the text common to both
 * ends taken off first (an amendment changes a few words of a provision).
 * Spans are code points and bytes of the original texts, which are never
 * changed.
 */
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "query/diff.h"

/* A text as code points, with the byte offset of each (byte[n] = len). */
typedef struct points {
  int32_t *cp;
  size_t *byte;
  size_t n;
} points;

static int decode(const csq_mem *mem, const char *s, size_t len, points *p) {
  p->cp = csq__calloc(mem, len + 1, sizeof *p->cp);
  p->byte = csq__calloc(mem, len + 1, sizeof *p->byte);
  if (!p->cp || !p->byte)
    return -1;
  int32_t i = 0, n = (int32_t)len;
  p->n = 0;
  while (i < n) {
    p->byte[p->n] = (size_t)i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    p->cp[p->n++] = c;
  }
  p->byte[p->n] = len;
  return 0;
}

static void points_free(const csq_mem *mem, points *p) {
  csq__free(mem, p->cp);
  csq__free(mem, p->byte);
}

/* ---- likeness ------------------------------------------------------------ */

/* The distinct character pairs of p, sorted (through tmp, room for p->n);
 * their count. */
static size_t pairs_of(const points *p, uint64_t *out, uint64_t *tmp) {
  size_t n = 0;
  for (size_t i = 0; i + 1 < p->n; i++)
    out[n++] = (uint64_t)(uint32_t)p->cp[i] << 32 | (uint32_t)p->cp[i + 1];
  csq__sort_u64(out, n, tmp);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (!k || out[k - 1] != out[i])
      out[k++] = out[i];
  return k;
}

int csq__gramset_of(const csq_mem *mem, const char *text, size_t len, csq__gramset *out) {
  points p = {0};
  memset(out, 0, sizeof *out);
  uint64_t *tmp = NULL;
  if (decode(mem, text, len, &p) != 0 ||
      !(out->grams = csq__calloc(mem, p.n + 1, sizeof *out->grams)) ||
      (p.n >= 32 && !(tmp = csq__calloc(mem, p.n, sizeof *tmp)))) {
    csq__free(mem, out->grams);
    out->grams = NULL;
    points_free(mem, &p);
    return -1;
  }
  out->count = pairs_of(&p, out->grams, tmp);
  csq__free(mem, tmp);
  out->len = p.n;
  points_free(mem, &p);
  return 0;
}

void csq__gramset_free(const csq_mem *mem, csq__gramset *set) {
  csq__free(mem, set->grams);
  set->grams = NULL;
}

double csq__gramset_likeness(const csq__gramset *a, const csq__gramset *b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a->count && j < b->count) {
    if (a->grams[i] == b->grams[j])
      common++, i++, j++;
    else if (a->grams[i] < b->grams[j])
      i++;
    else
      j++;
  }
  if (!a->count && !b->count)
    return a->len == b->len ? 1.0 : 0.0;
  return 2.0 * (double)common / (double)(a->count + b->count);
}

/* ---- the edit script --------------------------------------------------------- */

/* Beyond this many differences the script is no redline a reader follows:
 * the provision is shown as replaced. */
enum { MAX_D = 1500 };

typedef CSQ_VEC(csq__edit) edit_vec;

/* Appends a run [ox, ox2) × [ny, ny2) of `op`, merged with the run before
 * when it is of the same kind (the script is built back to front, then
 * reversed). */
static int add_run(const csq_mem *mem, edit_vec *v, int op, size_t ox, size_t ox2, size_t ny,
                   size_t ny2) {
  if (ox == ox2 && ny == ny2)
    return 0;
  if (v->count && v->items[v->count - 1].op == op) {
    csq__edit *e = &v->items[v->count - 1];
    e->old_start = ox;
    e->new_start = ny;
    return 0;
  }
  return csq__vec_push(mem, v, ((csq__edit){op, ox, ox2, ny, ny2, 0, 0, 0, 0}));
}

/* Myers: the script between a[lo_a, hi_a) and b[lo_b, hi_b) into v (back
 * to front); 1 when it would need more than MAX_D edits, -1 out of memory. */
static int myers(const csq_mem *mem, const points *a, const points *b, size_t lo_a, size_t hi_a,
                 size_t lo_b, size_t hi_b, edit_vec *v) {
  long n = (long)(hi_a - lo_a), m = (long)(hi_b - lo_b), max = n + m;
  long dmax = max < MAX_D ? max : MAX_D;
  long *V = csq__calloc(mem, (size_t)(2 * dmax + 3), sizeof *V);
  CSQ_VEC(long) trace = {0};
  if (!V)
    return -1;
  long off = dmax + 1, found = -1;
  for (long d = 0; d <= dmax && found < 0; d++) {
    for (long k = -d; k <= d; k += 2) {
      long x = k == -d || (k != d && V[off + k - 1] < V[off + k + 1]) ? V[off + k + 1]
                                                                      : V[off + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a->cp[lo_a + (size_t)x] == b->cp[lo_b + (size_t)y])
        x++, y++;
      V[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    for (long k = -d; k <= d && found < 0; k++)
      if (csq__vec_push(mem, &trace, V[off + k]) != 0) {
        csq__free(mem, V);
        csq__vec_free(mem, &trace);
        return -1;
      }
  }
  csq__free(mem, V);
  if (found < 0) {
    csq__vec_free(mem, &trace);
    return 1;
  }
  long x = n, y = m;
  int fail = 0;
  for (long d = found; d > 0 && !fail; d--) {
    const long *prev = trace.items + (d - 1) * (d - 1); /* V of d - 1: 2(d-1)+1 entries */
    long k = x - y, pk;
#define PV(kk) prev[(kk) + (d - 1)]
    int down = k == -d || (k != d && PV(k - 1) < PV(k + 1));
    pk = down ? k + 1 : k - 1;
    long px = PV(pk), py = px - pk;
#undef PV
    long sx = down ? px : px + 1, sy = down ? py + 1 : py; /* where the snake starts */
    fail = add_run(mem, v, CSQ_EDIT_EQUAL, lo_a + (size_t)sx, lo_a + (size_t)x, lo_b + (size_t)sy,
                   lo_b + (size_t)y) ||
           (down ? add_run(mem, v, CSQ_EDIT_INSERT, lo_a + (size_t)px, lo_a + (size_t)px,
                           lo_b + (size_t)py, lo_b + (size_t)sy)
                 : add_run(mem, v, CSQ_EDIT_DELETE, lo_a + (size_t)px, lo_a + (size_t)sx,
                           lo_b + (size_t)py, lo_b + (size_t)py));
    x = px, y = py;
  }
  if (!fail)
    fail = add_run(mem, v, CSQ_EDIT_EQUAL, lo_a, lo_a + (size_t)x, lo_b, lo_b + (size_t)y);
  csq__vec_free(mem, &trace);
  return fail ? -1 : 0;
}

csq_status csq__diff_text(const csq_mem *mem, const char *old, size_t old_len, const char *new,
                          size_t new_len, csq__edit **out, size_t *count, csq_error *err) {
  *out = NULL;
  *count = 0;
  if (old_len == new_len && memcmp(old, new, old_len) == 0)
    return CSQ_OK;
  points a = {0}, b = {0};
  edit_vec v = {0};
  int rc = decode(mem, old, old_len, &a) || decode(mem, new, new_len, &b) ? -1 : 0;
  size_t pre = 0, suf = 0;
  while (!rc && pre < a.n && pre < b.n && a.cp[pre] == b.cp[pre])
    pre++;
  while (!rc && suf < a.n - pre && suf < b.n - pre && a.cp[a.n - 1 - suf] == b.cp[b.n - 1 - suf])
    suf++;
  /* back to front: the common end, the middle, the common start */
  if (!rc)
    rc = add_run(mem, &v, CSQ_EDIT_EQUAL, a.n - suf, a.n, b.n - suf, b.n);
  if (!rc)
    rc = myers(mem, &a, &b, pre, a.n - suf, pre, b.n - suf, &v);
  if (rc == 1) /* too unlike: the middle replaced */
    rc = add_run(mem, &v, CSQ_EDIT_INSERT, a.n - suf, a.n - suf, pre, b.n - suf) ||
                 add_run(mem, &v, CSQ_EDIT_DELETE, pre, a.n - suf, pre, pre)
             ? -1
             : 0;
  if (!rc)
    rc = add_run(mem, &v, CSQ_EDIT_EQUAL, 0, pre, 0, pre);
  if (!rc) {
    for (size_t i = 0, j = v.count ? v.count - 1 : 0; i < j; i++, j--) {
      csq__edit t = v.items[i];
      v.items[i] = v.items[j];
      v.items[j] = t;
    }
    for (size_t i = 0; i < v.count; i++) {
      csq__edit *e = &v.items[i];
      e->old_byte_start = a.byte[e->old_start];
      e->old_byte_end = a.byte[e->old_end];
      e->new_byte_start = b.byte[e->new_start];
      e->new_byte_end = b.byte[e->new_end];
    }
  }
  points_free(mem, &a);
  points_free(mem, &b);
  if (rc) {
    csq__vec_free(mem, &v);
    return csq__oom(err);
  }
  *out = v.items;
  *count = v.count;
  return CSQ_OK;
}

/* ---- changes of form only ------------------------------------------------------ */

/* The variant forms of grammar/words.tsv (台 for 臺) as UTF-16 pairs. */
typedef struct variants {
  UChar from[16], to[16];
  size_t count;
} variants;

static void read_variants(variants *v) {
  v->count = 0;
  for (size_t i = 0; i < csq_words_variant_forms_count && v->count < 16; i++) {
    const char *w = csq_words_variant_forms[i];
    int32_t at = 0, len = (int32_t)strlen(w);
    UChar32 variant, form;
    U8_NEXT(w, at, len, variant);
    U8_NEXT(w, at, len, form);
    if (variant >= 0 && variant <= 0xFFFF && form >= 0 && form <= 0xFFFF) {
      v->from[v->count] = (UChar)variant;
      v->to[v->count++] = (UChar)form;
    }
  }
}

static UChar variant_of(const variants *v, UChar c) {
  for (size_t i = 0; i < v->count; i++)
    if (v->from[i] == c)
      return v->to[i];
  return c;
}

/* The text folded as NFKC, variants as the form they stand for, white
 * space left out, in UTF-16. */
static int fold(const csq_mem *mem, const UNormalizer2 *nfkc, const char *s, size_t len,
                UChar **out, int32_t *out_len, UErrorCode *uerr) {
  int32_t n = 0;
  UChar *src = csq__calloc(mem, len + 1, sizeof *src);
  if (!src)
    return -1;
  u_strFromUTF8(src, (int32_t)len + 1, &n, s, (int32_t)len, uerr);
  int32_t cap = 2 * n + 16;
  UChar *dst = csq__calloc(mem, (size_t)cap, sizeof *dst);
  int32_t m = dst && U_SUCCESS(*uerr) ? unorm2_normalize(nfkc, src, n, dst, cap, uerr) : 0;
  csq__free(mem, src);
  if (!dst)
    return -1;
  variants v;
  read_variants(&v);
  int32_t k = 0;
  for (int32_t i = 0; U_SUCCESS(*uerr) && i < m; i++)
    if (dst[i] > 0x3000 || !u_isWhitespace(dst[i])) /* no white space above U+3000 */
      dst[k++] = variant_of(&v, dst[i]);
  *out = dst;
  *out_len = k;
  return 0;
}

csq_status csq__same_form(const csq_mem *mem, const char *a, size_t a_len, const char *b,
                          size_t b_len, int *same, csq_error *err) {
  UErrorCode uerr = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&uerr);
  UChar *x = NULL, *y = NULL;
  int32_t xl = 0, yl = 0;
  int fail = U_FAILURE(uerr) || fold(mem, nfkc, a, a_len, &x, &xl, &uerr) ||
             fold(mem, nfkc, b, b_len, &y, &yl, &uerr);
  *same = !fail && U_SUCCESS(uerr) && xl == yl && memcmp(x, y, (size_t)xl * sizeof *x) == 0;
  csq__free(mem, x);
  csq__free(mem, y);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU normalisation failed: %s",
                           u_errorName(uerr));
  return fail ? csq__oom(err) : CSQ_OK;
}
