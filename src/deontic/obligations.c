/*
 * obligations.c — who must, may or must not do what. One pass over each
 * provision's own text: ICU sentence breaks and the clause marks (。；：)
 * cut it into clauses; grammar/modality.pcre finds the first cue of each
 * clause (its false friends and attributive uses are consumed first); the
 * text before the cue gives the bearer (grammar/actors.tsv) and the
 * condition (grammar/conditions.pcre), the text after it the action. A
 * clause with no bearer of its own carries one from the clause before, from
 * its list's lead-in (各機關…應注意下列事項：) or from the paragraph before.
 * docs/obligations.md describes the choices.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "deontic/extract.h"

static const char *const MODALITY_NAMES[] = {"shall", "may", "shall_not", "exception"};

const char *csq_modality_name(csq_modality m) { return (unsigned)m < 4 ? MODALITY_NAMES[m] : ""; }

int csq_modality_from_name(const char *name) {
  for (int i = 0; i < 4; i++)
    if (strcmp(name, MODALITY_NAMES[i]) == 0)
      return i;
  return -1;
}

/* The groups of modality.pcre that explain a cue, and their rules. */
static const struct {
  const char *name;
  csq__cue_rule rule;
} EXPLAINING[] = {
    {"ff", CSQ__CUE_FALSE_FRIEND},        {"attr", CSQ__CUE_ATTRIBUTIVE},
    {"attrmatter", CSQ__CUE_ATTRIBUTIVE}, {"attrcase", CSQ__CUE_ATTRIBUTIVE},
    {"attrother", CSQ__CUE_ATTRIBUTIVE},  {"attrlist", CSQ__CUE_ATTRIBUTIVE},
    {"attrdue", CSQ__CUE_ATTRIBUTIVE},    {"attrundone", CSQ__CUE_ATTRIBUTIVE},
    {"attrmore", CSQ__CUE_ATTRIBUTIVE},   {"stated", CSQ__CUE_QUOTED},
};

/* The first bytes of the clause marks and of a comma: a byte that is none
 * of them (nearly every byte of a text) begins no clause mark, and is
 * passed without a look (a continuation byte of UTF-8 is no first byte). */
static void mark_leads_init(reader *r) {
  memset(r->mark_leads, 0, sizeof r->mark_leads);
  for (size_t i = 0; i < csq_words_clause_marks_count; i++) {
    unsigned char b = (unsigned char)csq_words_clause_marks[i][0];
    r->mark_leads[b >> 6] |= UINT64_C(1) << (b & 63);
  }
  unsigned char comma = (unsigned char)COMMA[0];
  r->mark_leads[comma >> 6] |= UINT64_C(1) << (comma & 63);
}

static csq_status reader_init(reader *r, csq_obligations *o, const csq_grammar *g, csq_error *err) {
  memset(r, 0, sizeof *r);
  r->mem = o->mem;
  r->o = o;
  r->grammar = g;
  csq_status st = CSQ_OK;
  for (int p = 0; st == CSQ_OK && p < PAT_COUNT; p++)
    /* modality.pcre is tried at a few places near each cue character
     * (cues.c), the others that read one segment from its start: compiled
     * anchored, since JIT takes no match-time anchor (an unanchored search
     * tries every place of a segment again) */
    st = csq__pattern_compile(&r->pattern[p], CSQ__OBLIGATION_PATTERNS[p],
                              ANCHORED_PATTERNS >> p & 1 ? PCRE2_ANCHORED : 0, err);
  if (st == CSQ_OK)
    st = csq__load_words(r, err);
  if (st != CSQ_OK)
    return st;
  csq__cue_leads_init(r);
  mark_leads_init(r);
  for (int i = 0; i < 4; i++)
    r->g_mod[i] = csq__pattern_group(&r->pattern[PAT_MODALITY], MODALITY_NAMES[i]);
  for (size_t i = 0; i < sizeof EXPLAINING / sizeof *EXPLAINING; i++) {
    int g = csq__pattern_group(&r->pattern[PAT_MODALITY], EXPLAINING[i].name);
    if (g > 0 && r->n_explaining < MAX_EXPLAINING)
      r->explaining[r->n_explaining++] = (explaining_group){g, EXPLAINING[i].rule};
  }
  const csq_pattern *cond = &r->pattern[PAT_CONDITION];
  r->g_purpose = csq__pattern_group(cond, "purpose");
  r->g_topic = csq__pattern_group(cond, "topic");
  r->g_nominal = csq__pattern_group(cond, "nominal");
  r->g_opens = csq__pattern_group(cond, "opens");
  r->g_opening = csq__pattern_group(cond, "opening");
  r->g_basis = csq__pattern_group(cond, "basis");
  UErrorCode uerr = U_ZERO_ERROR;
  r->sentences = ubrk_open(UBRK_SENTENCE, "zh", NULL, 0, &uerr);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU sentence break iterator: %s",
                           u_errorName(uerr));
  static const UChar ends[] = u"[[:SB=STerm:][:SB=ATerm:][:SB=Sep:][:SB=CR:][:SB=LF:]]";
  r->sentence_ends = uset_openPattern(ends, -1, &uerr);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU set of sentence ends: %s",
                           u_errorName(uerr));
  uset_freeze(r->sentence_ends);
  r->words_break = ubrk_open(UBRK_WORD, "zh", NULL, 0, &uerr);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU word break iterator: %s",
                           u_errorName(uerr));
  return CSQ_OK;
}

static void reader_release(reader *r) {
  for (int p = 0; p < PAT_COUNT; p++)
    csq__pattern_release(&r->pattern[p]);
  csq__words_release(r);
  csq__vec_free(r->mem, &r->cues);
  csq__vec_free(r->mem, &r->law_aliases);
  if (r->sentences)
    ubrk_close(r->sentences);
  if (r->sentence_ends)
    uset_close(r->sentence_ends);
  if (r->words_break)
    ubrk_close(r->words_break);
  csq__free(r->mem, r->u16);
}

/* The clause marks that end a clause inside a sentence. */
static int clause_mark(const char *s, size_t at, size_t end) {
  return csq__starts_with_any(s + at, end - at, CSQ__WORDS(clause_marks)) >= 0;
}

/* Where a clause begins past a note or a number in brackets that a
 * sentence break left at its start (grammar/words.tsv note_open, note_close:
 * 。（格式十一）人身保險業…應…, whose （ ICU gives to the sentence before;
 * 2) 大豆沙拉油工廠應…): past a closing bracket with none opened before it,
 * at a sentence's start only (`tail`: after ： it may close what the clause
 * before opened, （以下簡稱：本會）應…), or a bracket opened and closed
 * (下列情形均應…：（三）外勤員工…應…), within the first NOTE_CHARS
 * characters; not a note that holds a cue (（仍須呈准後舉行）但…), which is
 * read. Half-width brackets count too, so it is no csq__paren_close. */
enum { NOTE_CHARS = 8 };

static size_t past_note(reader *r, const char *s, size_t at, size_t end, int tail) {
  int opened = csq__starts_with_any(s + at, end - at, CSQ__WORDS(note_open)) >= 0;
  if (!opened && !tail)
    return at;
  size_t k = opened ? csq__next_char(s, at, end) : at, window = k;
  for (int chars = 0; window < end && chars <= NOTE_CHARS; chars++)
    window = csq__next_char(s, window, end);
  /* no bracket closes within reach: most clauses (one look, not three a character) */
  if (!csq__contains_any(s + k, window - k, CSQ__WORDS(note_close)))
    return at;
  for (int chars = 0; k < end && chars <= NOTE_CHARS; chars++, k = csq__next_char(s, k, end)) {
    int close = csq__starts_with_any(s + k, end - k, CSQ__WORDS(note_close));
    if (close >= 0 && csq__next_cue(r, s, at, k) >= k)
      return csq__skip_space(s, k + strlen(csq_words_note_close[close]), end);
    if (close >= 0)
      return at;
    if (csq__starts_with_any(s + k, end - k, CSQ__WORDS(note_open)) >= 0 ||
        csq__starts_with(s + k, end - k, COMMA) || clause_mark(s, k, end))
      return at;
  }
  return at;
}

/* Reading a clause takes time that grows with its length times its commas
 * (each comma may start another duty). The longest clause of the national
 * corpus is 1,797 bytes; a longer one (a table, or hostile input) is read
 * in pieces cut at the first comma past this many bytes, so that reading
 * stays linear in the text (docs/reliability.md). */
enum { CLAUSE_PIECE = 4096 };

/* Where the sentence s[lo..hi) begins to define a term (grammar/
 * defining.pcre), or SIZE_MAX. */
static size_t defining_at(reader *r, const char *s, size_t lo, size_t hi) {
  const csq_pattern *p = &r->pattern[PAT_DEFINING];
  /* every form holds 指 or 謂: most sentences are not looked at */
  if (!csq__contains_any(s + lo, hi - lo, CSQ__WORDS(defining_chars)))
    return SIZE_MAX;
  if (pcre2_match(p->code, (PCRE2_SPTR)s, hi, lo, PCRE2_NO_UTF_CHECK, p->match, NULL) <= 0)
    return SIZE_MAX;
  return pcre2_get_ovector_pointer(p->match)[0];
}

/* One sentence s[lo..hi): its clauses, cut after each mark. */
static int read_sentence(reader *r, const csq_node *n, const char *s, size_t lo, size_t hi) {
  size_t start = past_note(r, s, csq__skip_space(s, lo, hi), hi, 1);
  r->sentence_prev = r->sentence_bearer = NULL;
  /* a sentence without a cue character has nothing to read, nor does it
   * hand anything on (the bearer carried is the last statement's) */
  if (csq__next_cue(r, s, start, hi) >= hi)
    return 0;
  r->defining = defining_at(r, s, lo, hi);
  for (size_t i = start; i < hi;) {
    unsigned char b = (unsigned char)s[i];
    if (!(r->mark_leads[b >> 6] >> (b & 63) & 1) ||
        !(clause_mark(s, i, hi) ||
          (i - start > CLAUSE_PIECE && csq__starts_with(s + i, hi - i, COMMA)))) {
      i++;
      continue;
    }
    size_t next = csq__next_char(s, i, hi);
    clause c = {n, s, start, next, i};
    if (c.body_end > c.start && csq__read_clause(r, &c) != 0)
      return -1;
    start = past_note(r, s, csq__skip_space(s, next, hi), hi, 0);
    i = start > next ? start : next;
  }
  if (start < hi) { /* the last clause, with no mark after it */
    clause c = {n, s, start, hi, hi};
    if (csq__read_clause(r, &c) != 0)
      return -1;
  }
  return 0;
}

/* Whether s[from..len) can break into sentences before its last character:
 * whether a character before it is one that ICU's sentence rules break
 * after (UAX #29's STerm, ATerm, Sep, CR, LF). Most provisions are one
 * sentence that ends in 。: spanning the set costs a tenth of breaking. */
static int may_break(const reader *r, const char *s, size_t from, size_t len) {
  int32_t last = (int32_t)len;
  U8_BACK_1((const uint8_t *)s, (int32_t)from, last); /* the last character's start */
  int32_t n = last - (int32_t)from;
  return uset_spanUTF8(r->sentence_ends, s + from, n, USET_SPAN_NOT_CONTAINED) < n;
}

/* The sentences of s[from..len) by ICU, in bytes. */
static csq_status read_node_text(reader *r, const csq_node *n, const char *s, size_t from,
                                 size_t len, csq_error *err) {
  if (from >= len)
    return CSQ_OK;
  if (!may_break(r, s, from, len))
    return read_sentence(r, n, s, from, len) != 0 ? csq__oom(err) : CSQ_OK;
  int32_t u16_len = 0;
  UErrorCode uerr = U_ZERO_ERROR;
  /* UTF-16 takes at most one unit for each byte of UTF-8: converted once,
   * without asking ICU the length first */
  if (len - from + 1 > r->u16_cap) {
    csq__free(r->mem, r->u16);
    r->u16_cap = (len - from) * 2 + 64;
    if (!(r->u16 = csq__calloc(r->mem, r->u16_cap, sizeof *r->u16)))
      return csq__oom(err);
  }
  u_strFromUTF8(r->u16, (int32_t)r->u16_cap, &u16_len, s + from, (int32_t)(len - from), &uerr);
  if (U_SUCCESS(uerr))
    ubrk_setText(r->sentences, r->u16, u16_len, &uerr);
  if (U_FAILURE(uerr))
    return csq__fail_cause(err, CSQ_ICU, uerr, NULL, -1, "ICU sentence breaks of %s: %s", n->cite,
                           u_errorName(uerr));
  size_t byte = from, unit = 0, start = from;
  for (int32_t b = ubrk_next(r->sentences); b != UBRK_DONE; b = ubrk_next(r->sentences)) {
    while (unit < (size_t)b && byte < len) { /* walk the UTF-8 to the same place */
      /* the text is valid UTF-8 (checked where it entered): a character
       * takes two units of UTF-16 when it takes four bytes */
      int32_t i = (int32_t)byte;
      unit += (unsigned char)s[byte] >= 0xf0 ? 2 : 1;
      U8_FWD_1(s, i, (int32_t)len);
      byte = (size_t)i;
    }
    if (read_sentence(r, n, s, start, byte) != 0)
      return csq__oom(err);
    start = byte;
  }
  return CSQ_OK;
}

/* What the lead-in of the node's list says, asked once a list: whether
 * its items define (本法用詞，定義如下：; 所定核心業務，其範圍如下：: their cues
 * are the definition's), name cases (有下列…: a …者 case that ends an item is
 * one, cues.c in_nominal_case) or state cases one of which is to hold
 * (有下列情形之一者，不予許可：, cues.c in_listed_case). */
static void read_lead_in(reader *r, const csq_node *n) {
  const csq_node *parent = csq_node_parent(n);
  if (csq_node_kind(n) < CSQ_SUBPARAGRAPH || !parent) {
    r->in_definitions = r->item_of_cases = 0, r->case_end = 0;
    return;
  }
  if (parent != r->lead_in) { /* the items of one list share the answer */
    size_t len;
    const char *lead = csq_node_text(parent, &len);
    r->lead_in = parent;
    r->lead_in_defines = csq__contains_any(lead, len, CSQ__WORDS(definition_leadins));
    r->lead_in_names_cases = csq__contains_any(lead, len, CSQ__WORDS(case_leadins));
    r->lead_in_cases = csq__contains_any(lead, len, CSQ__WORDS(case_list_leadins)) &&
                       !csq__contains_any(lead, len, CSQ__WORDS(case_list_excepts));
  }
  r->in_definitions = r->lead_in_defines;
  r->item_of_cases = r->lead_in_names_cases;
  r->case_end = r->lead_in_cases ? CASE_END_UNREAD : 0; /* cues.c reads it when asked */
}

static csq_status read_node(reader *r, const csq_node *n, csq_error *err) {
  size_t len, first = r->o->list.count, first_cue = r->o->cues.count;
  r->node_first = first;
  r->nodes_read++;
  read_lead_in(r, n);
  r->prev = NULL;
  r->cp_byte = r->cp_count = r->anchor_byte = r->anchor_count = 0;
  const char *s = csq_node_text(n, &len);
  r->node_len = len;
  r->cue_from = r->cue_at = SIZE_MAX; /* nothing known of this text */
  csq_status st = CSQ_OK;
  size_t from = r->body_start = csq__node_body_start(r->grammar, n);
  /* ICU's sentence breaks only where there is a cue to read */
  if (len && !csq_kind_is_heading(n->kind) && n->kind != CSQ_LAW &&
      csq__next_cue(r, s, from, len) < len)
    st = read_node_text(r, n, s, from, len, err);
  if (st == CSQ_OK && (csq__node_span_note(&r->o->spans, n, first, r->o->list.count) != 0 ||
                       csq__node_span_note(&r->o->cue_spans, n, first_cue, r->o->cues.count) != 0))
    st = csq__oom(err);
  for (const csq_node *c = n->first_child; st == CSQ_OK && c; c = c->next)
    st = read_node(r, c, err);
  return st;
}

csq_status csq_obligations_build(const csq_corpus *corpus, csq_obligations **out, csq_error *err) {
  const csq_mem *mem = csq__corpus_mem(corpus);
  csq_obligations *o = csq__calloc(mem, 1, sizeof *o);
  if (!o)
    return csq__oom(err);
  o->mem = o->spans.mem = o->cue_spans.mem = mem;
  csq__arena_init(&o->arena, mem);
  reader r;
  csq_status st = reader_init(&r, o, csq__corpus_grammar(corpus), err);
  for (size_t i = 0; st == CSQ_OK && i < csq_corpus_law_count(corpus); i++) {
    const csq_node *root = csq_corpus_law_at(corpus, i)->root;
    st = csq__law_aliases_read(&r, root) != 0 ? csq__oom(err) : read_node(&r, root, err);
  }
  reader_release(&r);
  if (st != CSQ_OK) {
    csq_obligations_free(o);
    return st;
  }
  *out = o;
  return CSQ_OK;
}

void csq_obligations_free(csq_obligations *o) {
  if (!o)
    return;
  csq__u64map_free(&o->spans);
  csq__u64map_free(&o->cue_spans);
  csq__vec_free(o->mem, &o->cues);
  csq__vec_free(o->mem, &o->list);
  csq__vec_free(o->mem, &o->aliases);
  csq__arena_release(&o->arena);
  csq__free(o->mem, o);
}

/* ---- reading --------------------------------------------------------------- */

size_t csq_obligations_count(const csq_obligations *o) { return o->list.count; }

const csq_obligation *csq_obligations_at(const csq_obligations *o, size_t i) {
  return i < o->list.count ? o->list.items[i] : NULL;
}

static int passes(const csq_obligations *o, const csq_obligation *ob,
                  const csq_obligation_filter *f) {
  return (!f || f->modality < 0 || (int)ob->modality == f->modality) &&
         (!f || !f->actor || csq_obligation_has_actor(o, ob, f->actor));
}

csq_status csq__obligations_collect(const csq_obligations *o, const csq_node *node,
                                    const csq_obligation_filter *filter, csq_obligation_list *list,
                                    csq_error *err) {
  size_t lo = (size_t)-1, hi = 0;
  csq__node_span(&o->spans, node, filter && filter->deep, &lo, &hi);
  for (size_t i = lo; i < hi; i++)
    if (passes(o, o->list.items[i], filter) &&
        csq__vec_push(list->mem, &list->items, o->list.items[i]) != 0)
      return csq__oom(err);
  return CSQ_OK;
}

csq_status csq_obligations_in(const csq_obligations *o, const csq_node *node,
                              const csq_obligation_filter *filter, csq_obligation_list **out,
                              csq_error *err) {
  csq_obligation_list *list = NULL;
  csq_status st = csq__check_query(filter ? filter->actor : NULL, "the actor", err);
  if (st == CSQ_OK)
    st = csq__obligation_list_new(o->mem, &list, err);
  if (st == CSQ_OK)
    st = csq__obligations_collect(o, node, filter, list, err);
  if (st != CSQ_OK) {
    csq_obligation_list_free(list);
    return st;
  }
  *out = list;
  return CSQ_OK;
}

static int names_match(const csq_obligations *o, const csq_law *law, const char *name,
                       const char *actor) {
  if (strcmp(name, actor) == 0)
    return 1;
  for (size_t i = 0; i < o->aliases.count; i++) {
    const alias *al = &o->aliases.items[i];
    if (al->law == law && strcmp(al->name, name) == 0)
      for (int j = 0; j < al->conj_count; j++)
        if (strcmp(al->conj[j], actor) == 0)
          return 1;
  }
  return 0;
}

int csq_obligation_has_actor(const csq_obligations *o, const csq_obligation *ob,
                             const char *actor) {
  if (strcmp(ob->actor, actor) == 0)
    return 1;
  for (int i = 0; i < ob->conj_count; i++)
    if (names_match(o, csq_node_law(ob->node), ob->conj[i], actor))
      return 1;
  return 0;
}

const csq_node *csq_obligation_node(const csq_obligation *o) { return o->node; }
csq_modality csq_obligation_modality(const csq_obligation *o) { return o->modality; }

int csq_obligation_span(const csq_obligation *o, csq_obligation_part part, size_t *start,
                        size_t *end) {
  if ((unsigned)part >= PART_COUNT || !o->has[part])
    return 0;
  *start = o->span[part][0];
  *end = o->span[part][1];
  return 1;
}

const char *csq_obligation_text(const csq_obligation *o, csq_obligation_part part) {
  if (part == CSQ_PART_ACTOR)
    return o->actor;
  return (unsigned)part < PART_COUNT ? o->text[part] : "";
}

const csq_node *csq_obligation_actor_from(const csq_obligation *o) { return o->actor_from; }
const csq_obligation *csq_obligation_actor_source(const csq_obligation *o) {
  return o->actor_source;
}
const csq_obligation *csq_obligation_qualifies(const csq_obligation *o) { return o->qualifies; }
size_t csq__obligation_index(const csq_obligation *o) { return o->index; }
int csq_obligation_actor_known(const csq_obligation *o) { return o->actor_known; }
