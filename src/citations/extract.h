/*
 * extract.h — the citation extractor's own types, shared by its files and
 * by nothing else: scan.c reads atoms (第三條, 前項, 本法, a law's name …)
 * from a text, chain.c strings atoms into specs of the provisions named,
 * resolve.c turns a spec into targets, extract.c runs the three over each
 * provision. docs/citations.md describes the choices.
 */
#ifndef CSQ_CITATIONS_EXTRACT_H
#define CSQ_CITATIONS_EXTRACT_H

#include "citations/citations.h"

/* The levels of a provision a spec names, outermost first. */
enum { L_NONE = -1, L_LAW = 0, L_ART, L_PARA, L_SUB, L_ITEM };

typedef enum atom_type {
  A_SELF,
  A_LAW,
  A_ART,
  A_PARA,
  A_SUB,
  A_ITEM,
  A_REL,
  A_EACH,
  A_ANNEX,
  A_PART,
  A_HEAD,
  A_RELHEAD
} atom_type;

enum { MAX_MORE = 8 };

typedef struct atom {
  atom_type type;
  size_t start, end;   /* bytes */
  long n, sub;         /* numbers: 第十條之一 → 10, 1 */
  long subitem;        /* 第二目之2, 前目之3: the sub-item */
  long more[MAX_MORE]; /* 第三、第四兩款: 4; 第一至第三款: 3 (more_range) */
  int more_count, more_range;
  int range_end;     /* 至一千一百四十條: an end of a range with no 第 */
  int level;         /* rel, each: the level named; */
  char word[16];     /* self: 本法 …; rel: 前/同/本/次/該; annex: 表/件/…; part */
  csq__lawref law;   /* A_LAW */
  const char *alias; /* A_LAW: （以下簡稱X） */
  size_t alias_len;
  /* A_LAW followed by a heading's title: 民法繼承編 (the loaded law's node,
   * else its eId from grammar/law_headings.tsv) */
  csq_kind head_kind;
  const csq_node *head_node;
  const char *head_eid;
} atom;

/* Named groups of grammar/citation.pcre. */
enum {
  G_SELF,
  G_NUM,
  G_N,
  G_W,
  G_NSUB,
  G_REL,
  G_RELW,
  G_RELN,
  G_RELL,
  G_EACH,
  G_EACHL,
  G_ANNEX,
  G_ANNEXK,
  G_ANNEXN,
  G_PART,
  G_LAWEND,
  G_ALIAS,
  G_RELHEAD,
  G_RELHEADL,
  G_TO,
  G_NMORE,
  G_NTO,
  G_RELSUB,
  G_QUOTED,
  G_QNAME,
  G_COUNT
};
extern const char *const CSQ__CITATION_GROUPS[G_COUNT]; /* their names (scan.c) */

/* The alias a law gives another law or itself: （以下簡稱本法）. */
typedef struct alias {
  char name[64];
  csq__lawref law;
} alias;

/* ---- where the citing text stands ----------------------------------------- */

enum { LEAD_INS = 8 }; /* provisions of a list's lead-in kept for its 款 */

/* A provision being named, level by level. */
typedef struct spec {
  csq_target_kind kind;
  csq__lawref law;
  int law_named; /* the chain named the law (not the citing law by default) */
  long art, artsub, para, sub, item;
  long subitem;      /* 第二目之2: below the item */
  int level;         /* deepest level set, L_NONE when nothing */
  int count;         /* 前二項: this many, ending at the number */
  int implicit_para; /* 第三條第五款: 款 right under 條 */
  long prefer_para;  /* a bare 第五款: the citing paragraph's, if it has one */
  csq_kind heading;  /* 第三章, 本章: a heading of this kind (else CSQ_LAW) */
  long head_num, head_sub;
  const csq_node *head_node; /* 本章: the heading itself */
  const char *head_eid;      /* 民法繼承編 of a law not loaded: its eId */
  const struct spec *within; /* 第二章第四節: the heading this one is in */
  int placed;                /* the article (and paragraph) come from where the text stands */
  const char *part;          /* "", proviso, each_subparagraph … */
  char annex[16];            /* 表 件 圖 錄 */
  long annex_n;
  const char *problem;
} spec;

typedef struct place {
  const csq_node *node;
  const char *text;                  /* the citing text */
  long art, artsub, para, sub, item; /* 0 where the node is not inside one */
  const csq_node *art_node;
  spec last; /* the provision last cited in this node, for 同條 */
  int has_last;
  int last_here;              /* last was cited in this node's own text (not carried in) */
  int lead_in;                /* a 款 of a list whose lead-in cites 款 elsewhere (x->lead_ins) */
  spec cited[LEAD_INS];       /* the articles and paragraphs cited in this node's text */
  int cited_count, cited_any; /* cited_any: one of them is 各款 or another law's */
  spec last_sub; /* the last provision cited here down to a 款: 第二目 after 前項第四款第一目 */
  int has_last_sub;
  spec last_prov; /* the last article or part of one cited here (not a heading or law) */
  int has_last_prov;
  size_t last_end;   /* where the last citation ended (bytes) */
  csq__lawref other; /* the last law other than the citing one named here */
  int has_other;
} place;

/* The extractor: what it reads with and where citations go. */
typedef struct extractor {
  const csq_mem *mem;
  csq_arena *arena;
  const csq__lawbook *book;
  csq_pattern pattern; /* grammar/citation.pcre */
  int group[G_COUNT];
  CSQ_VEC(csq_citation *) cites;
  /* the law being read */
  const csq_law *law;
  csq__lawref self, parent;
  int parent_open; /* a regulation whose act its first article may name */
  int articles;    /* articles read so far */
  /* the provision last cited in the article being read, for 同條 in a
   * later paragraph */
  spec last;
  int has_last;
  const csq_node *last_art;
  csq__lawref other; /* the law other than this one named last in the article */
  int has_other;
  /* The provisions a list's lead-in cites when its 款 are what the list's own
   * 款 speak of: 「經依第十三條各款廢止…：一、第一款或第二款：一年度」 */
  spec lead_ins[LEAD_INS];
  int lead_in_marked[LEAD_INS]; /* it is 各款, or another law's */
  int lead_in_count;
  const csq_node *lead_in_para;
  spec outer[4]; /* headings that contain the one named next (第二章第四節) */
  int outer_count;
  alias aliases[16];
  int alias_count;
} extractor;

typedef struct chain {
  int open;
  size_t start, end;
  spec cur, from; /* from: the start of a 至 range */
  int range;
  CSQ_VEC(csq_target) targets;
  const char *problem;
} chain;

/* ---- scan.c ------------------------------------------------------------ */

/* The next atom at or after byte `from`: 1, 0 at the end, -1 out of memory.
 * `floor`: where a law's name may begin at the earliest. */
int csq__atom_next(extractor *x, const char *s, size_t len, size_t from, size_t floor, atom *a);
/* What joins two atoms: 0 nothing, 1 a list word, 2 a range word, -1 text
 * that ends the citation. */
int csq__atom_join(const char *s, size_t len);

/* ---- chain.c ----------------------------------------------------------- */

/* A spec naming nothing yet, in the citing law. */
spec csq__spec_fresh(const extractor *x);
/* What a list member keeps of the member before: the levels above its own. */
spec csq__spec_inherit(const extractor *x, const spec *prev, int level);
/* Applies atom `a` to the spec being built. */
void csq__spec_apply(extractor *x, spec *s, place *p, const atom *a);
/* The level an atom names (L_NONE for those that refine: 各款, 但書). */
int csq__atom_level(const atom *a);
/* Keeps the short name a law atom gives (（以下簡稱個資法）) for the rest of
 * the law; （以下簡稱本法） binds 本法. 0. */
int csq__bind_alias(extractor *x, const atom *a);
/* A name that ends like an act's (法, 條例, 通則). */
int csq__is_act_name(const char *name);
/* Whether `ref` names `law` (the same loaded law, or the same pcode). */
int csq__lawref_is(const csq__lawref *ref, const csq_law *law);

/* ---- resolve.c --------------------------------------------------------- */

/* The targets of a finished spec, appended to the chain's. */
int csq__spec_emit(extractor *x, chain *ch, place *p, const spec *s);

/* ---- extract.c --------------------------------------------------------- */

csq_status csq__extractor_init(extractor *x, const csq__lawbook *book, csq_arena *arena,
                               const csq_mem *mem, csq_error *err);
void csq__extractor_release(extractor *x);
/* Starts reading a law: its 本細則 (itself) and 本法 (its parent act). */
void csq__extract_start_law(extractor *x, const csq_law *law);
/* Every citation of `node`'s own text, appended to x->cites. */
int csq__extract_node(extractor *x, const csq_node *node);

#endif /* CSQ_CITATIONS_EXTRACT_H */
