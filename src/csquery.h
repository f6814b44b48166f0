/*
 * csquery.h — the public C API of csquery.
 *
 * csquery reads Taiwanese regulation text (official open-data JSON, wrapped
 * text copied from a PDF, or one paragraph per line), builds the tree of its
 * provisions (law → headings → 條 article → 項 paragraph → 款 subparagraph →
 * 目 item), finds the citations, obligations and definitions in it, stores
 * it in a database, and answers lookups such as 「第4條 第1項」.
 *
 * The stages, each a group of functions below, in the order data flows:
 * the corpus (laws read into memory), citations, obligations and
 * definitions (found in a corpus), the database (csq_db, csq_import), the
 * library (a corpus and a database together, which answers questions:
 * lookups, search, cited-by, obligations, definitions), and the renderers.
 *
 * Ownership, one rule for every function:
 *   An object a function creates is returned through its `out` parameter
 *   and is the caller's: release it with the _free function of its type
 *   (csq_corpus_free for a csq_corpus, csq_node_list_free for a
 *   csq_node_list, …). Nothing else is ever the caller's to free: every
 *   other pointer the library returns, from accessors and lists, is
 *   borrowed from the object it was reached through and stays valid until
 *   that object is freed. Arguments are borrowed too: an object made from
 *   others (a library from a corpus and a database, citations from a
 *   corpus, a list from what it lists) refers to them, so they must
 *   outlive it. Functions whose parameter is const change nothing there.
 *
 * Errors: every fallible function returns a csq_status and, when it fails,
 * fills the caller's csq_error (if not NULL) with the status, the cause as
 * the failing library reports it (errno, SQLite's result code, ICU's
 * UErrorCode), the file and byte offset where there is one, and a message a
 * user can act on. Nothing in the library prints or exits.
 *
 * Memory: every allocation goes through a csq_mem (as cmark's cmark_mem),
 * given when a corpus or database is made (NULL: the C library's). What is
 * made from an object allocates with that object's csq_mem.
 *
 * Threads: objects are not shared between threads while one of them
 * changes; distinct objects may be used on distinct threads.
 */
#ifndef CSQUERY_H
#define CSQUERY_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma GCC visibility push(default) /* what libcsquery.so exports: all this declares */

#define CSQ_VERSION "0.2.0"

/* ---- Errors ------------------------------------------------------------ */

/* What went wrong. The csquery command maps each to an exit status (docs/architecture.md). */
typedef enum csq_status {
  CSQ_OK = 0,
  CSQ_NOT_FOUND, /* the provision, law or term named does not exist */
  CSQ_BAD_QUERY, /* the query or an option is malformed */
  CSQ_BAD_INPUT, /* input data is malformed (file, byte offset) */
  CSQ_BAD_DB,    /* the database is damaged, or not a csquery database */
  CSQ_IO,        /* a file could not be read or written (cause: errno) */
  CSQ_DB,        /* SQLite failed (cause: its extended result code) */
  CSQ_ICU,       /* ICU failed (cause: its UErrorCode) */
  CSQ_NO_MEMORY, /* an allocation failed */
  CSQ_INTERNAL   /* a bug in csquery */
} csq_status;

/* A status's name: "not found", "bad input", …; a static string. */
const char *csq_status_name(csq_status status);
/* What went wrong, filled in by a failing call. A plain value: the caller
 * owns it, usually on the stack. */
typedef struct csq_error {
  csq_status status;
  int cause;         /* errno, SQLite result code or UErrorCode; 0 if none */
  char source[256];  /* file name, "<built-in>", or "" if not about a file */
  long long offset;  /* byte offset into source, or -1 */
  char message[512]; /* one line, no trailing newline */
} csq_error;

/* Resets err to "no error". */
void csq_error_clear(csq_error *err);
/* Writes "source: byte OFFSET: message" (unknown parts left out, stray bytes
 * as \xNN) into buf, NUL-terminated and truncated to size. Returns buf. */
const char *csq_error_format(const csq_error *err, char *buf, size_t size);

/* ---- Help ---------------------------------------------------------------- */

/* The help text of the csquery command (NULL or ""), as docs/help/ holds it
 * and the library carries it; NULL when there is none. A static string. */
const char *csq_help(const char *command);

/* ---- Memory ------------------------------------------------------------ */

/* The allocator. Each function behaves as its C library namesake; calloc
 * and realloc return NULL when they cannot allocate. */
typedef struct csq_mem {
  void *(*calloc)(size_t count, size_t size);
  void *(*realloc)(void *p, size_t size);
  void (*free)(void *p);
} csq_mem;

/* calloc, realloc and free of the C library. */
const csq_mem *csq_default_mem(void);

/* ---- Node kinds -------------------------------------------------------- */

typedef enum csq_kind {
  CSQ_LAW = 0,
  CSQ_PART,          /* 編  part_N */
  CSQ_CHAPTER,       /* 章  chp_N */
  CSQ_SECTION,       /* 節  sec_N */
  CSQ_SUBSECTION,    /* 款 as a heading (民法)  subsec_N */
  CSQ_SUBSUBSECTION, /* 目 as a heading (民法)  subsubsec_N */
  CSQ_ARTICLE,       /* 條  art_N, art_10-1 */
  CSQ_PARAGRAPH,     /* 項  para_N */
  CSQ_SUBPARAGRAPH,  /* 款  subpara_N  (一、) */
  CSQ_ITEM,          /* 目  item_N     (（一）) */
  CSQ_SUBITEM        /* below 目: 1.  (1)   subitem_N */
} csq_kind;

/* "article", "paragraph", …; a static string. */
const char *csq_kind_name(csq_kind kind);
/* True for the heading kinds (part … subsubsection). */
int csq_kind_is_heading(csq_kind kind);

/* ---- Opaque types ------------------------------------------------------ */

typedef struct csq_corpus csq_corpus;       /* laws read into memory */
typedef struct csq_law csq_law;             /* one law, one version */
typedef struct csq_node csq_node;           /* one provision or heading */
typedef struct csq_node_list csq_node_list; /* nodes, e.g. what a lookup selected */
typedef struct csq_db csq_db;               /* a csquery database, read-only */
typedef struct csq_library csq_library;     /* a corpus and a database, asked questions */

/* ---- Corpus: laws in memory -------------------------------------------- */

/* Creates an empty corpus that allocates with `mem` (NULL: the default).
 * Fails only with CSQ_NO_MEMORY or CSQ_INTERNAL (a grammar pattern that
 * does not compile). */
csq_status csq_corpus_new(const csq_mem *mem, csq_corpus **out, csq_error *err);
void csq_corpus_free(csq_corpus *corpus);
/* Parses `len` bytes of law text in any supported format (picked from the
 * content) and adds the law(s) it holds. `source` names the input in error
 * messages. The bytes are copied. On CSQ_BAD_INPUT, err names the source,
 * the byte offset and the problem, and the corpus is unchanged. */
csq_status csq_corpus_add_buffer(csq_corpus *corpus, const char *data, size_t len,
                                 const char *source, csq_error *err);
/* Reads the file at `path` and adds it as csq_corpus_add_buffer does. */
csq_status csq_corpus_add_file(csq_corpus *corpus, const char *path, csq_error *err);
/* Adds the built-in corpus (compiled into the library): the seed text of
 * 資通安全管理法施行細則 with the facts of its manifest. */
csq_status csq_corpus_add_builtin(csq_corpus *corpus, csq_error *err);
size_t csq_corpus_law_count(const csq_corpus *corpus);
/* The i-th law in load order, or NULL. */
const csq_law *csq_corpus_law_at(const csq_corpus *corpus, size_t i);
/* The law in memory whose pcode or name equals `name`, or NULL. Where
 * several versions are loaded, the latest. */
const csq_law *csq_corpus_find_law(const csq_corpus *corpus, const char *name);
/* ---- Laws -------------------------------------------------------------- */

const char *csq_law_id(const csq_law *law);      /* pcode, or "" */
const char *csq_law_name(const csq_law *law);    /* 資通安全管理法施行細則 */
const char *csq_law_level(const csq_law *law);   /* 法律 / 命令 / 憲法 / "" */
const char *csq_law_version(const csq_law *law); /* yyyy-mm-dd, or "" */
int csq_law_is_repealed(const csq_law *law);
const char *csq_law_parent_id(const csq_law *law);   /* or "" */
const char *csq_law_parent_name(const csq_law *law); /* or "" */
const char *csq_law_source(const csq_law *law);      /* the file it came from */
const char *csq_law_format(const csq_law *law);      /* moj, moj-old (older format), text */
const char *csq_law_history(const csq_law *law);     /* 沿革內容 / LawHistories, or "" */

/* The law's root node (kind CSQ_LAW); its children are headings and articles in document order. */
const csq_node *csq_law_root(const csq_law *law);
/* The node with this eId (art_4__para_1, chp_2__sec_1), or NULL. */
const csq_node *csq_law_find(const csq_law *law, const char *eid);
size_t csq_law_article_count(const csq_law *law);
/* A version of a law (a plain value, its strings its list's): `until` is
 * the date of the version that replaced it, or "" for the latest. */
typedef struct csq_version_info {
  const char *id, *name, *level, *version, *until, *format, *source;
  int repealed;
  size_t articles;
} csq_version_info;
typedef struct csq_version_list csq_version_list;
size_t csq_version_list_count(const csq_version_list *list);
const csq_version_info *csq_version_list_at(const csq_version_list *list, size_t i);
void csq_version_list_free(csq_version_list *list);

/* ---- Nodes ------------------------------------------------------------- */

csq_kind csq_node_kind(const csq_node *node);
/* The number as written in the identifier: "4", "10-1"; "" for the root. */
const char *csq_node_num(const csq_node *node);
/* The eId (art_4__para_1__subpara_5); "" for the root. */
const char *csq_node_eid(const csq_node *node);
/* The citation a lawyer writes (第4條第1項第5款); headings: 第2章. */
const char *csq_node_cite(const csq_node *node);
/* The node's own text, byte for byte from the source with wrap breaks
 * removed; subparagraphs and items keep their marker (一、, （一）). For an
 * article the text is empty: its content is in its paragraphs. Heading
 * nodes hold the heading line. `len` (may be NULL) receives the length;
 * the text is NUL-terminated. */
const char *csq_node_text(const csq_node *node, size_t *len);
/* For headings, the title after the number (總則); otherwise "". */
const char *csq_node_title(const csq_node *node);
/* Byte offset in the source file where the node begins, or -1. */
long long csq_node_source_offset(const csq_node *node);
const csq_node *csq_node_parent(const csq_node *node);
const csq_node *csq_node_first_child(const csq_node *node);
const csq_node *csq_node_next(const csq_node *node);
size_t csq_node_child_count(const csq_node *node);
const csq_law *csq_node_law(const csq_node *node);
/* A list of nodes: count, the i-th (NULL past the end), free. */
size_t csq_node_list_count(const csq_node_list *list);
const csq_node *csq_node_list_at(const csq_node_list *list, size_t i);
/* Its part selected: proviso, first_sentence, second_sentence, "" (all); span in code points. */
const char *csq_node_list_part(const csq_node_list *list, size_t i, size_t *start, size_t *end);
void csq_node_list_free(csq_node_list *list);

/* ---- Citations --------------------------------------------------------- */

/* The citations of every law of a corpus (docs/citations.md): each one
 * found in a provision's own text, resolved to the provisions it names (in
 * the same law, the parent act, other laws, loaded or not) and checked
 * against the loaded text. Built once by csq_refs_build; read-only after. */
typedef struct csq_refs csq_refs;
typedef struct csq_citation csq_citation;           /* one citation in a node's text */
typedef struct csq_target csq_target;               /* one thing a citation names */
typedef struct csq_citation_list csq_citation_list; /* citations */
typedef struct csq_cited_by_list csq_cited_by_list; /* the answers of a cited-by */

typedef enum csq_target_kind {
  CSQ_TARGET_PROVISION = 0, /* an article, paragraph, subparagraph or item */
  CSQ_TARGET_LAW,           /* a whole law: 電子簽章法, 本法 */
  CSQ_TARGET_ANNEX          /* 附表九, 附件一 (eId att_table_9, att_annex_1) */
} csq_target_kind;

/* How a citation found by a cited-by relates to what was asked. */
typedef enum csq_relation {
  CSQ_CITES_EXACT = 0, /* it names the provision asked for */
  CSQ_CITES_PART,      /* it names a part of it (§16¶1 when asked for §16) */
  CSQ_CITES_WHOLE      /* it names a provision containing it (§16 when asked
                          for §16¶1) */
} csq_relation;

/* One answer of a cited-by: the citation, which of its targets matched, and how. A plain value. */
typedef struct csq_cited_by {
  const csq_citation *citation;
  size_t target;
  csq_relation relation;
} csq_cited_by;

/* Extracts and resolves the citations of every law in `corpus`. Fails
 * only with CSQ_NO_MEMORY or CSQ_INTERNAL. */
csq_status csq_refs_build(const csq_corpus *corpus, csq_refs **out, csq_error *err);
void csq_refs_free(csq_refs *refs);
/* Every citation, laws in load order, nodes in document order. */
size_t csq_refs_count(const csq_refs *refs);
const csq_citation *csq_refs_at(const csq_refs *refs, size_t i);
/* The citations made by `node`'s own text (deep = 0) or by it and its
 * descendants (deep = 1, e.g. an article). */
csq_status csq_refs_from(const csq_refs *refs, const csq_node *node, int deep,
                         csq_citation_list **out, csq_error *err);
/* Who cites the provision `eid` ("" for the whole law) of the law `law`
 * (its pcode, else its name): citations of it and of its parts first in
 * document order, then those of a provision containing it. */
csq_status csq_refs_cited_by(const csq_refs *refs, const char *law, const char *eid,
                             csq_cited_by_list **out, csq_error *err);
/* Citation accessors. */
const csq_node *csq_citation_from(const csq_citation *c); /* the citing node */
size_t csq_citation_start(const csq_citation *c);         /* code points into the node's text */
size_t csq_citation_end(const csq_citation *c);
size_t csq_citation_byte_start(const csq_citation *c); /* bytes, the same span */
size_t csq_citation_byte_end(const csq_citation *c);
const char *csq_citation_text(const csq_citation *c);    /* the raw text */
int csq_citation_resolved(const csq_citation *c);        /* every target resolved */
const char *csq_citation_problem(const csq_citation *c); /* why not; or "" */
size_t csq_citation_target_count(const csq_citation *c);
const csq_target *csq_citation_target(const csq_citation *c, size_t i);
/* Target accessors. */
csq_target_kind csq_target_kind_of(const csq_target *t);
const char *csq_target_law_id(const csq_target *t);   /* pcode, or "" */
const char *csq_target_law_name(const csq_target *t); /* as known, or as written */
/* The loaded version linked (the latest on or before the citing law's
 * date), or NULL when the law is not loaded. */
const csq_law *csq_target_law(const csq_target *t);
/* The version linked is later than the citing law (none was earlier). */
int csq_target_version_fallback(const csq_target *t);
const char *csq_target_eid(const csq_target *t);  /* art_16__para_1; "" for a law */
const char *csq_target_cite(const csq_target *t); /* 第16條第1項; "" for a law */
/* "" or a finer part: "proviso" (但書), "first_sentence" (前段),
 * "second_sentence" (後段), "each_paragraph" / "each_subparagraph" /
 * "each_item" (各項, 各款, 各目: all of them, one level down). */
const char *csq_target_part(const csq_target *t);
int csq_target_resolved(const csq_target *t); /* the law and eId are known */
/* 1 exists in the loaded law, 0 does not (a dangling citation), -1 the
 * law is not loaded (or an annex, whose text is not in the data). */
int csq_target_exists(const csq_target *t);
const csq_node *csq_target_node(const csq_target *t); /* or NULL */
const csq_node *csq_target_now(const csq_target *t);  /* where an earlier one is now */

/* Lists of citations and of cited-by answers. */
size_t csq_citation_list_count(const csq_citation_list *list);
const csq_citation *csq_citation_list_at(const csq_citation_list *list, size_t i);
void csq_citation_list_free(csq_citation_list *list);
size_t csq_cited_by_list_count(const csq_cited_by_list *list);
const csq_cited_by *csq_cited_by_list_at(const csq_cited_by_list *list, size_t i);
void csq_cited_by_list_free(csq_cited_by_list *list);

/* ---- Obligations and definitions --------------------------------------- */

/* The deontic content of every law of a corpus (docs/obligations.md): one
 * obligation per clause that holds a modality cue of grammar/modality.pcre,
 * with its bearer (actor), the action after the cue and the condition
 * before it. Spans are code point offsets into the node's own text
 * (csq_node_text), like citations. */
typedef struct csq_obligations csq_obligations;
typedef struct csq_obligation csq_obligation;
typedef struct csq_obligation_list csq_obligation_list;

typedef enum csq_modality {
  CSQ_SHALL = 0, /* 應, 須, 必須, 負…義務 */
  CSQ_MAY,       /* 得 */
  CSQ_SHALL_NOT, /* 不得, 禁止, 不予, 應不 */
  CSQ_EXCEPTION  /* 但…不在此限, 不適用 */
} csq_modality;
/* "shall", "may", "shall_not", "exception"; a static string. */
const char *csq_modality_name(csq_modality m);
/* The modality named so; -1 for an unknown name. */
int csq_modality_from_name(const char *name);
/* The parts of an obligation that have a span. */
typedef enum csq_obligation_part {
  CSQ_PART_CLAUSE = 0, /* the clause, up to its mark (。；：) */
  CSQ_PART_CUE,        /* 應, 不得 … */
  CSQ_PART_ACTOR,      /* the bearer as written here (none when carried) */
  CSQ_PART_ACTION,     /* the verb phrase after the cue */
  CSQ_PART_CONDITION   /* …時, …者, 依…規定, 於…前, 經…同意 */
} csq_obligation_part;
/* Extracts the obligations of every law in `corpus`. Fails only with
 * CSQ_NO_MEMORY, CSQ_ICU or CSQ_INTERNAL (a grammar file that does not
 * compile). */
csq_status csq_obligations_build(const csq_corpus *corpus, csq_obligations **out, csq_error *err);
void csq_obligations_free(csq_obligations *obls);
/* Every obligation, laws in load order, clauses in document order. */
size_t csq_obligations_count(const csq_obligations *obls);
const csq_obligation *csq_obligations_at(const csq_obligations *obls, size_t i);
/* Which obligations csq_obligations_in lists: those of `node` (deep = 1:
 * and of its descendants), with this modality (-1: any) and borne by this
 * actor (NULL: any; see csq_obligation_has_actor). */
typedef struct csq_obligation_filter {
  int deep;
  int modality;
  const char *actor;
} csq_obligation_filter;
/* The obligations of `node` that pass `filter` (NULL: all of its own). */
csq_status csq_obligations_in(const csq_obligations *obls, const csq_node *node,
                              const csq_obligation_filter *filter, csq_obligation_list **out,
                              csq_error *err);
/* Whether the obligation's bearer is `actor`: its name, one of the names
 * it joins (主管機關或中央目的事業主管機關), or a name its alias stands for
 * (各機關 is 公務機關或特定非公務機關 in 資通安全管理法施行細則). */
int csq_obligation_has_actor(const csq_obligations *obls, const csq_obligation *o,
                             const char *actor);
const csq_node *csq_obligation_node(const csq_obligation *o);
csq_modality csq_obligation_modality(const csq_obligation *o);
/* 1 and the span of `part` in code points; 0 when the part is absent. */
int csq_obligation_span(const csq_obligation *o, csq_obligation_part part, size_t *start,
                        size_t *end);
/* The text of `part` ("" when absent); for the actor, its name even when
 * it was carried from elsewhere. */
const char *csq_obligation_text(const csq_obligation *o, csq_obligation_part part);
/* The actor was not written in the clause but carried from the clause
 * before, the list's lead-in or the paragraph before; the node it was
 * written in, or NULL when written here or unknown. */
const csq_node *csq_obligation_actor_from(const csq_obligation *o);
/* 1: the bearer is a name of grammar/ (or an alias of one); 0: as written. */
int csq_obligation_actor_known(const csq_obligation *o);
/* The statement whose bearer it takes; the one an exception qualifies (else NULL). */
const csq_obligation *csq_obligation_actor_source(const csq_obligation *o);
const csq_obligation *csq_obligation_qualifies(const csq_obligation *o);
size_t csq_obligation_list_count(const csq_obligation_list *list);
const csq_obligation *csq_obligation_list_at(const csq_obligation_list *list, size_t i);
void csq_obligation_list_free(csq_obligation_list *list);
/* Definitions: 所稱X，指Y; 稱X者，謂Y; （以下簡稱X）; 「X」…指Y; and the
 * entries of 本法用詞，定義如下：一、X：指Y. */
typedef struct csq_definitions csq_definitions;
typedef struct csq_definition csq_definition;
typedef struct csq_definition_list csq_definition_list;
/* Finds the definitions of every law of `corpus`. `refs`, when not NULL
 * (built on the same corpus), resolves the provisions a scope names
 * (本法第三條第五款所稱…). */
csq_status csq_definitions_build(const csq_corpus *corpus, const csq_refs *refs,
                                 csq_definitions **out, csq_error *err);
void csq_definitions_free(csq_definitions *defs);
size_t csq_definitions_count(const csq_definitions *defs);
const csq_definition *csq_definitions_at(const csq_definitions *defs, size_t i);
const char *csq_definition_term(const csq_definition *d);
const char *csq_definition_meaning(const csq_definition *d);
/* "said" (所稱), "called" (稱…者，謂), "alias" (以下簡稱), "quoted", "list". */
const char *csq_definition_form(const csq_definition *d);
const csq_node *csq_definition_node(const csq_definition *d); /* where it stands */
/* Code point spans of the term and the meaning in the node's text. */
void csq_definition_spans(const csq_definition *d, size_t *term_start, size_t *term_end,
                          size_t *meaning_start, size_t *meaning_end);
/* The scope as written (本法第三條第五款), or "" for the whole law. */
const char *csq_definition_scope_text(const csq_definition *d);
/* The provisions the scope names, resolved ("A0030297/art_3__para_1__subpara_5");
 * none when the scope is the law or refs were not given. */
size_t csq_definition_scope_count(const csq_definition *d);
const char *csq_definition_scope_at(const csq_definition *d, size_t i);
/* The nodes of the definition's law whose text uses the term, other than
 * the definition itself, in document order. */
csq_status csq_definition_uses(const csq_definition *d, csq_node_list **out, csq_error *err);
size_t csq_definition_list_count(const csq_definition_list *list);
const csq_definition *csq_definition_list_at(const csq_definition_list *list, size_t i);
void csq_definition_list_free(csq_definition_list *list);

/* ---- The database ------------------------------------------------------ */

/* Opens the csquery database at `path`, read-only. CSQ_IO when the file
 * cannot be opened, CSQ_BAD_DB when it is not a csquery database. */
csq_status csq_db_open(const char *path, const csq_mem *mem, csq_db **out, csq_error *err);
void csq_db_free(csq_db *db);
/* Visits every law stored (every version), in import order. */
typedef void (*csq_law_visit_fn)(void *ctx, const char *id, const char *name, const char *version,
                                 const char *level, int repealed, size_t articles);
csq_status csq_db_laws(csq_db *db, csq_law_visit_fn visit, void *ctx, csq_error *err);
/* Reads the law whose pcode or name is `name` (its latest version) into
 * `corpus`; *out is the law, now the corpus's. CSQ_NOT_FOUND when no such
 * law is stored. */
csq_status csq_db_load_law(csq_db *db, csq_corpus *corpus, const char *name, const csq_law **out,
                           csq_error *err);
/* Who cites `provision` (a node of a stored law), answered from the
 * citations stored in the database alone, without reading the citing laws
 * in: the provision and its parts first (CSQ_CITES_EXACT, CSQ_CITES_PART),
 * then the provisions holding it (CSQ_CITES_WHOLE; citations of the whole
 * law are not among them). The answers' citations point at nodes that
 * carry the citing provision's law, eId, citation and text only. */
csq_status csq_db_cited_by(csq_db *db, const csq_node *provision, csq_cited_by_list **out,
                           csq_error *err);
/* Checks every page, the index and the tables' agreements (docs/reliability.md),
 * telling say (or NULL) each line, problem 1 for damage; CSQ_BAD_DB when any. */
typedef void (*csq_check_fn)(void *ctx, int problem, const char *line);
csq_status csq_db_check(csq_db *db, csq_check_fn say, void *ctx, csq_error *err);
/* Counts of an import, filled by csq_import. */
typedef struct csq_import_stats {
  size_t files, laws, replaced, articles, nodes, citations, obligations, definitions;
  size_t unchanged, kept; /* not written: the same text stored; the older format's */
  long long text_bytes;   /* bytes of node text stored */
  long long db_bytes;     /* size of the database written */
  double seconds;
} csq_import_stats;

/* Where an import stands: told when the files are listed, after each batch
 * is written (its files and laws counted at once) and when finishing. */
typedef struct csq_import_progress {
  size_t files_done, files_total, laws; /* written; a dump file holds many laws */
  long long bytes_done, bytes_total;    /* of the input files */
  double seconds, seconds_left;         /* since the start; estimated, -1: not yet */
  int finishing;                        /* every file is in; the index is merged */
} csq_import_progress;
typedef void (*csq_progress_fn)(void *ctx, const csq_import_progress *progress);

typedef struct csq_import_options {
  csq_progress_fn progress; /* or NULL */
  void *progress_ctx;
  const csq_mem *mem; /* or NULL */
  int fresh, no_wait; /* fresh: replace the file at db_path; no_wait: CSQ_IO, not a wait */
  void (*waiting)(void *ctx, const char *db_path); /* told when it waits, or NULL */
} csq_import_options;

/* Builds or updates the database at db_path from `paths` (law files in any
 * supported format, or folders whose *.json files are laws), with their
 * citations, obligations and definitions. A law already stored with the
 * same pcode (or, without one, name) and version is replaced. Atomic: the
 * new database is written beside db_path and renamed into place, so a
 * failed or interrupted import leaves the old one untouched; a second import
 * into it waits (DB.lock). `options` and `stats` may be NULL. */
csq_status csq_import(const char *db_path, const char *const *paths, size_t count,
                      const csq_import_options *options, csq_import_stats *stats, csq_error *err);

/* ---- The library: questions over a corpus and a database --------------- */

/* A library answers from the laws of `corpus` and, when `db` is not NULL,
 * from the database, reading a stored law into the corpus when a question
 * names it. Both must outlive the library. */
csq_status csq_library_new(csq_corpus *corpus, csq_db *db, csq_library **out, csq_error *err);
void csq_library_free(csq_library *lib);
/* The law of pcode or any name `name` (刑法, 勞基法, a former name), in the
 * version in force on the library's date (the latest without one): in memory,
 * else stored. CSQ_NOT_FOUND: what the name is, or the closest names (did you mean). */
csq_status csq_library_find_law(csq_library *lib, const char *name, const csq_law **out,
                                csq_error *err);
/* The date questions are asked on (2019-06-01, 20190601; NULL, "": today):
 * a law named without a date is in its version in force then (the latest
 * on or before it). CSQ_BAD_QUERY when `date` is no date. */
csq_status csq_library_set_date(csq_library *lib, const char *date, csq_error *err);
const char *csq_library_date(const csq_library *lib); /* yyyy-mm-dd, or "" */
/* The versions known of `law` (NULL: every law, in the order first
 * imported), oldest first; only those in force on `at` unless NULL. */
csq_status csq_find_versions(csq_library *lib, const char *law, const char *at,
                             csq_version_list **out, csq_error *err);
/* The law a bare 第N條 means: the first law loaded into the corpus; failing
 * that, in the database, the law csquery was made for (資通安全管理法施行細則)
 * when it is stored, else the first law imported. CSQ_NOT_FOUND when there
 * is none. */
csq_status csq_library_primary(csq_library *lib, const csq_law **out, csq_error *err);
/* Resolves what a person types (docs/query-language.md: 第4條 第1項, 第4條、第5條, 第2章,
 * 民法繼承編, 第4條但書, 刑法第10條, 勞基法30-1, 資通安全管理法@2018-06-06第16條) against
 * `law` (NULL: the library's primary law, read only when the query does not name its law).
 * On CSQ_OK the list has a node or more; CSQ_NOT_FOUND: err says what exists
 * (「第4條 has 3 項」); CSQ_BAD_QUERY: err gives an example. */
csq_status csq_lookup(csq_library *lib, const csq_law *law, const char *query, csq_node_list **out,
                      csq_error *err);
/* The citations the nodes make (each with its descendants), in order. */
csq_status csq_find_citations(csq_library *lib, const csq_node_list *nodes, csq_citation_list **out,
                              csq_error *err);
/* Every citation of a provision that the loaded text lacks. */
csq_status csq_find_dangling(csq_library *lib, csq_citation_list **out, csq_error *err);
/* Who cites `provision`, written as a query or a citation (資通安全管理法第16條,
 * 本法第16條, 第4條第1項, 電子簽章法) read in the context of `law`. The
 * named law need not be loaded. With a database, answered from the
 * citations stored there; else from the citations of the laws in memory.
 * CSQ_BAD_QUERY when `provision` names no provision. */
csq_status csq_find_cited_by(csq_library *lib, const csq_law *law, const char *provision,
                             csq_cited_by_list **out, csq_error *err);
/* The obligations of `nodes` (each with its descendants), or of the whole
 * of `law` when nodes is NULL, that pass `filter` (its deep is ignored). */
csq_status csq_find_obligations(csq_library *lib, const csq_law *law, const csq_node_list *nodes,
                                const csq_obligation_filter *filter, csq_obligation_list **out,
                                csq_error *err);

/* ---- Obligations across laws (docs/obligations.md) ---- */

/* How the names of csq_obligation_query's actors meet a bearer's names (its
 * own, those it joins, those its law's alias stands for). */
typedef enum csq_actor_match {
  CSQ_ACTOR_EXACT = 0, /* the name itself: 受託者 is not 受託人 */
  CSQ_ACTOR_CONTAINS   /* every name holding it: 受託 → 受託者, 受託人, 受託機構 */
} csq_actor_match;

/* What csq_query_obligations asks; {0} with modality -1 (or NULL) asks for
 * every obligation of every law. */
typedef struct csq_obligation_query {
  const char *law;                 /* only this law (pcode, name), or NULL: every law */
  const csq_node_list *provisions; /* only these and what they hold, or NULL */
  const char *level;               /* only laws of this level (法律, 命令), or NULL */
  int in_force;                    /* only laws in force */
  int modality;                    /* a csq_modality, or -1: any */
  const char *const *actors;       /* borne by any of these names; none: any */
  size_t actor_count;
  csq_actor_match actor_match;
  const char *text; /* only where the provision holds these words (as csq_search reads them) */
  int exact;        /* the words not widened by abbreviations */
  size_t limit;     /* obligations wanted, 0: all */
  size_t offset;    /* obligations skipped */
} csq_obligation_query;

/* A bearer name with what stands under it. */
typedef struct csq_actor_count {
  const char *name;
  size_t obligations; /* whose bearer answers to the name */
  size_t as_bearer;   /* of them, where it is the bearer's whole name */
  size_t laws;        /* the laws they stand in */
  size_t top_count;   /* up to 3 laws holding most of them: */
  const char *top_law[3];
  size_t top_obligations[3];
} csq_actor_count;

/* What an answer looked at: the laws (the latest version of each) and the
 * question, as asked and as it was read. */
typedef struct csq_scope {
  const char *database;   /* the database's path; "" for the laws in memory */
  size_t laws;            /* how many laws were looked at */
  const char *law;        /* the one law looked at, or "" */
  const char *provisions; /* the provisions asked for (第4條), or "" */
  const char *level;      /* "" for any */
  int in_force;
  int modality; /* -1 for any */
  const char *text;
  const char *const *asked; /* the actor names asked for */
  size_t asked_count;
  csq_actor_match actor_match;
  const csq_actor_count *actors; /* the bearer names they matched */
  size_t actor_count;
} csq_scope;

/* The obligations that answer `q`, grouped by law: laws in force first,
 * then 憲法, 法律, 命令, then by how many they hold, then by name; in each
 * law, document order. Over the database, the stored obligations of every
 * law's latest version (read back with their provision's law, eId,
 * citation and text only); without one, those of the laws in memory. The
 * list has the total before limit and offset, the groups and the scope.
 * CSQ_NOT_FOUND for a law that is not loaded; CSQ_BAD_QUERY for text with
 * no word to search for. */
csq_status csq_query_obligations(csq_library *lib, const csq_obligation_query *q,
                                 csq_obligation_list **out, csq_error *err);
/* One law of a list csq_query_obligations made: the items [first, first +
 * count) of the list, and how many of its obligations answer in all. */
typedef struct csq_obligation_group {
  const char *law_id, *law_name, *level, *version;
  int in_force;
  size_t first, count, total;
} csq_obligation_group;

/* Every obligation that answered, before limit and offset (the count for a list no query made). */
size_t csq_obligation_list_total(const csq_obligation_list *list);
size_t csq_obligation_list_offset(const csq_obligation_list *list);
/* Every law that holds an answer, in order, also those past the page. */
size_t csq_obligation_list_group_count(const csq_obligation_list *list);
const csq_obligation_group *csq_obligation_list_group_at(const csq_obligation_list *list, size_t i);
/* What it looked at; NULL for a list no query made. */
const csq_scope *csq_obligation_list_scope(const csq_obligation_list *list);
/* What csq_find_actors lists ({0} or NULL: every name). */
typedef struct csq_actor_query {
  const char *text; /* only names holding it, or NULL */
  const char *law;  /* only this law's bearers, or NULL */
  const char *level;
  int in_force;
  size_t limit, offset; /* 0: all */
} csq_actor_query;

typedef struct csq_actor_list csq_actor_list;

/* The bearer names, most obligations first (then by name), with their
 * counts over the laws looked at (as csq_query_obligations looks). */
csq_status csq_find_actors(csq_library *lib, const csq_actor_query *q, csq_actor_list **out,
                           csq_error *err);
size_t csq_actor_list_count(const csq_actor_list *list);
const csq_actor_count *csq_actor_list_at(const csq_actor_list *list, size_t i);
size_t csq_actor_list_total(const csq_actor_list *list); /* before limit and offset */
const csq_scope *csq_actor_list_scope(const csq_actor_list *list);
void csq_actor_list_free(csq_actor_list *list);

/* The definitions of `term` in `law` and in its parent act (an act's 用詞定義 serve its rules). */
csq_status csq_find_definitions(csq_library *lib, const csq_law *law, const char *term,
                                csq_definition_list **out, csq_error *err);

/* ---- Versions: the amendment record, diffs (docs/versions.md) ----------- */

/* The amendment record of `law` (csq_law_history) as data: its events
 * (date, kind, articles) in the order written; empty when there is none. */
typedef struct csq_amendment_list csq_amendment_list;
csq_status csq_find_amendments(csq_library *lib, const csq_law *law, csq_amendment_list **out,
                               csq_error *err);
void csq_amendment_list_free(csq_amendment_list *list);
/* Two versions of one law compared: articles and provisions matched by
 * their text, not their numbers, then the characters changed in each. The
 * laws must outlive it: `law`'s versions in force on `from` and `to` (NULL
 * to: the latest; NULL from: the one before `to`). */
typedef struct csq_diff csq_diff;
csq_status csq_find_diff(csq_library *lib, const char *law, const char *from, const char *to,
                         csq_diff **out, csq_error *err);
void csq_diff_free(csq_diff *diff);

/* ---- Full-text search -------------------------------------------------- */

typedef struct csq_search_options {
  const char *law;   /* only this law (name or pcode), or NULL */
  const char *level; /* only 法律, 命令 or 憲法, or NULL (else CSQ_BAD_QUERY) */
  int in_force;      /* only laws in force (with exact too) */
  int repealed;      /* repealed laws too (else only when nothing in force
                        matches); exact searches always include them */
  int exact;         /* the provisions holding the text, ranked by bm25 alone:
                        no widening, no priors, nothing found by name */
  size_t limit;      /* results wanted (0: 10) */
  size_t offset;     /* results skipped */
  const char *mark_open, *mark_close; /* around hits in snippets (NULL: « ») */
  int explain;                        /* keep the parts of each hit's score */
  const char *weights; /* NAME<TAB>VALUE lines overriding grammar/search_weights.tsv, or NULL */
} csq_search_options;

typedef struct csq_hits csq_hits; /* the results of a search */

/* Searches the text of every provision: space-separated terms are all
 * required, "a quoted phrase" is one term, -term excludes. Ranked for a
 * professional (docs/search.md): each term widened by its abbreviations and
 * legal synonyms and matched by the name of a law as well as by its text,
 * simplified characters folded to traditional, scored by relevance and by
 * what csquery knows of each provision (its law's level and status, its
 * kind, its duties and definitions), identical provisions folded into one
 * hit. With `exact`, the provisions holding the text, as Ctrl-F finds them
 * (docs/search.md), by bm25 alone. Ties are ordered by the provision's
 * place in the database, so pages never repeat or skip a hit. Reads the
 * library's database, or, without one, the laws in memory. CSQ_BAD_QUERY
 * when the query has no term to search for, or an option is not valid. */
csq_status csq_search(csq_library *lib, const char *query, const csq_search_options *options,
                      csq_hits **out, csq_error *err);

size_t csq_hits_count(const csq_hits *hits);
/* Provisions found in all, before folding, limit and offset. */
size_t csq_hits_total(const csq_hits *hits);
/* Provisions of repealed laws left out of the results that a search with
 * `repealed` finds (0 for a search with it, or in_force). */
size_t csq_hits_repealed_left_out(const csq_hits *hits);
/* The total a search with `repealed` gives: total + repealed_left_out, but
 * when repealed laws hold every term where the laws in force hold only some
 * of them (see csq_hits_some_terms): then fewer. */
size_t csq_hits_total_with_repealed(const csq_hits *hits);
/* 1 when too few provisions hold every term (none, or fewer than ten: the weight some_below,
 * whatever the page) and the hits go on with those that hold some of them (the most first);
 * 0 when every hit holds every term. */
int csq_hits_some_terms(const csq_hits *hits);
/* Provisions found that hold every term (csq_hits_total with some_terms 0). */
size_t csq_hits_every_term(const csq_hits *hits);
/* The list items placed right after a lead-in among the first hits (see
 * csq_hit_listed). They are not in csq_hits_total, which counts what the
 * search found, though the search may have found some of them too: the
 * hits of all pages are at most the total and these. */
size_t csq_hits_listed(const csq_hits *hits);
/* The terms searched for, one space between, when they are not those typed
 * (a term that begins with a law's name split: 勞基法特休 → 勞基法 特休;
 * simplified characters folded: 个人资料 → 個人資料; a term typed short with
 * the form it was read as: 著財權(著作財產權)); "" when they are. */
const char *csq_hits_searched_as(const csq_hits *hits);
const char *csq_hit_law_id(const csq_hits *hits, size_t i);
const char *csq_hit_law_name(const csq_hits *hits, size_t i);
/* The version of the law the hit is in (yyyy-mm-dd, or ""): the one in force on the library's
 * date, else the latest. */
const char *csq_hit_law_version(const csq_hits *hits, size_t i);
const char *csq_hit_eid(const csq_hits *hits, size_t i);
const char *csq_hit_cite(const csq_hits *hits, size_t i);
const char *csq_hit_kind(const csq_hits *hits, size_t i);
/* The node's text around the hits, with the hits between the markers. */
const char *csq_hit_snippet(const csq_hits *hits, size_t i);
/* What a 款 or 目 is a list of: its lead-in's words (the paragraph's, and a
 * 目's 款), marked as the snippet; "" for other provisions. */
const char *csq_hit_lead_in(const csq_hits *hits, size_t i);
/* How many provisions of the same text this hit stands for (1, or more
 * where identical provisions of several laws were folded into it). */
size_t csq_hit_same_text(const csq_hits *hits, size_t i);
/* Whether the law is repealed. */
int csq_hit_repealed(const csq_hits *hits, size_t i);
/* Whether the hit holds only some of the terms (see csq_hits_some_terms). */
int csq_hit_some_terms(const csq_hits *hits, size_t i);
/* Whether the hit is an item of a list whose lead-in is among the first
 * hits, shown right after it (it need not hold the terms). */
int csq_hit_listed(const csq_hits *hits, size_t i);
double csq_hit_score(const csq_hits *hits, size_t i); /* higher is better */

/* One part of a hit's score (with csq_search_options.explain): the first is
 * the relevance, each other a factor it was multiplied by. */
typedef struct csq_score_part {
  const char *name; /* "relevance", "regulation", "duty", "law's name" … (static) */
  double value;
} csq_score_part;
/* The parts of hit i's score; *parts is borrowed from hits (none without
 * explain). */
size_t csq_hit_score_parts(const csq_hits *hits, size_t i, const csq_score_part **parts);
void csq_hits_free(csq_hits *hits);

/* ---- Exports (docs/exports.md): laws with what was found in them ----- */
typedef struct csq_export csq_export;   /* the laws chosen, every version */
typedef struct csq_edition csq_edition; /* one law version of an export */
/* A defined term in a node's text (spans as a citation's). A plain value. */
typedef struct csq_term_use {
  size_t start, end, byte_start, byte_end;
  const csq_definition *definition;
  int defining; /* where its definition stands, not a use */
} csq_term_use;
/* The laws `names` (pcode or name; every version), or for count 0 every
 * law in memory, else in the database (with the laws around them read in,
 * so that citations and cited-by are whole). CSQ_NOT_FOUND: no such law. */
csq_status csq_export_new(csq_library *lib, const char *const *names, size_t count,
                          csq_export **out, csq_error *err);
void csq_export_free(csq_export *ex);
size_t csq_export_law_count(const csq_export *ex); /* the laws chosen, in order */
const csq_law *csq_export_law_at(const csq_export *ex, size_t i);
/* visit gets each chosen law's edition, alive until it returns. */
typedef csq_status (*csq_edition_fn)(void *ctx, const csq_edition *ed, csq_error *err);
csq_status csq_export_walk(csq_export *ex, csq_edition_fn visit, void *ctx, csq_error *err);
/* Per provision: a count and in *out the first of them, in document order:
 * the citations of node's own text, who cites node exactly (linked to this
 * version; the root: the law), its obligations, its defined terms, and the
 * exceptions that qualify o (those of its provision, 但…不在此限, and those
 * citing its provision, 不適用前二條規定). */
const csq_law *csq_edition_law(const csq_edition *ed);
size_t csq_edition_citations(const csq_edition *ed, const csq_node *node,
                             const csq_citation *const **out);
size_t csq_edition_cited_by(const csq_edition *ed, const csq_node *node, const csq_cited_by **out);
size_t csq_edition_obligations(const csq_edition *ed, const csq_node *node,
                               const csq_obligation *const **out);
size_t csq_edition_terms(const csq_edition *ed, const csq_node *node, const csq_term_use **out);
size_t csq_edition_exceptions(const csq_edition *ed, const csq_obligation *o,
                              const csq_obligation *const **out);

/* ---- Rendering --------------------------------------------------------- */

/* Every renderer has one shape: it writes what it is given to `out` in the
 * format of `options` (NULL: text) and returns CSQ_IO when writing fails. */
typedef enum csq_format {
  CSQ_FORMAT_TEXT = 0, /* for people */
  CSQ_FORMAT_JSON,     /* for programs (docs/json.md, docs/schema/) */
  CSQ_FORMAT_AKN,      /* Akoma Ntoso 3.0 XML, one document per law version */
  CSQ_FORMAT_HTML,     /* a static linked edition, one page per law version */
  CSQ_FORMAT_RULES     /* obligations as rules, JSON Lines */
} csq_format;

int csq_format_from_name(const char *name); /* "text" … "rules"; -1: none */

typedef struct csq_render_options {
  csq_format format;
  int with_target_text; /* citations as text: each target's text beneath */
  int color;            /* text: ANSI colour (csq_color_wanted) */
  int explain;          /* search hits: the parts of each score */
} csq_render_options;

/* Nodes, each with its descendants: text with a citation heading and
 * 款/目 indented; JSON {"law": {...}, "nodes": [...]} (one law's nodes). */
csq_status csq_render_nodes(FILE *out, const csq_render_options *options,
                            const csq_node_list *nodes, csq_error *err);
/* A whole law. */
csq_status csq_render_law(FILE *out, const csq_render_options *options, const csq_law *law,
                          csq_error *err);
/* Citations with their targets (docs/citations.md). */
csq_status csq_render_citations(FILE *out, const csq_render_options *options,
                                const csq_citation_list *list, csq_error *err);
/* Cited-by answers, each with the citing text. */
csq_status csq_render_cited_by(FILE *out, const csq_render_options *options,
                               const csq_cited_by_list *list, csq_error *err);
/* Obligations: text grouped by law, then by bearer; JSON {"looked_at",
 * "total", "offset", "count", "laws": [{…, "obligations": [...]}]}
 * (docs/obligations.md). */
csq_status csq_render_obligations(FILE *out, const csq_render_options *options,
                                  const csq_obligation_list *list, csq_error *err);
/* One line for people: what an answer holds of what it was asked and what it
 * looked at ("10 of 2656 obligations of 雇主 in 118 laws; looked at 11542
 * laws of DB"); `noun` names the items, `laws_with` the laws they are in
 * (0: unsaid). Written into buf (truncated to size); returns buf. */
const char *csq_scope_summary(const csq_scope *scope, size_t shown, size_t total, size_t laws_with,
                              const char *noun, char *buf, size_t size);
/* Bearer names with their counts and the laws that hold most of them. */
csq_status csq_render_actors(FILE *out, const csq_render_options *options,
                             const csq_actor_list *list, csq_error *err);
/* Definitions, each with where it stands, its scope and its uses. */
csq_status csq_render_definitions(FILE *out, const csq_render_options *options,
                                  const csq_definition_list *list, csq_error *err);
/* A law's versions and amendment record; a diff: the changed articles,
 * texts marked [-…-] {+…+} or in colour; JSON as docs/schema/csquery-diff
 * and -history. */
csq_status csq_render_history(FILE *out, const csq_render_options *options,
                              const csq_amendment_list *list, csq_error *err);
csq_status csq_render_diff(FILE *out, const csq_render_options *options, const csq_diff *diff,
                           csq_error *err);
/* Search results: law and citation, then the snippet; JSON
 * {"total", "count", "hits": [...]} (docs/search.md). */
csq_status csq_render_hits(FILE *out, const csq_render_options *options, const csq_hits *hits,
                           csq_error *err);
/* The laws, every version (csq_find_versions; text: a line each,
 * tab-separated; JSON as docs/schema/csquery-laws), an error (text: its
 * csq_error_format line; JSON, one line: {"error": {"status", "message",
 * "source", "offset", "cause"}}), what an import did, and where it stands
 * (text: a line that rewrites itself, ended when finishing). */
csq_status csq_render_laws(FILE *out, const csq_render_options *options,
                           const csq_version_list *list, csq_error *err);
csq_status csq_render_error(FILE *out, const csq_render_options *options, const csq_error *error,
                            csq_error *err);
csq_status csq_render_import_stats(FILE *out, const csq_render_options *options,
                                   const csq_import_stats *stats, csq_error *err);
csq_status csq_render_progress(FILE *out, const csq_render_options *options,
                               const csq_import_progress *progress, csq_error *err);
/* What csq_db_check told (csquery check): the database, its problems and
 * its facts, each a line. Text: the facts, each problem as "problem: …",
 * then the verdict; JSON {"database", "ok", "problems", "facts"}
 * (docs/json.md). */
typedef struct csq_check_report {
  const char *db_path;
  const char *const *problems, *const *facts;
  size_t problem_count, fact_count;
} csq_check_report;
csq_status csq_render_check(FILE *out, const csq_render_options *options,
                            const csq_check_report *report, csq_error *err);
/* Colour for --color's always, never or auto (NULL: on a terminal, unless
 * NO_COLOR or TERM=dumb); CSQ_BAD_QUERY for another word. The pager of a
 * terminal stream: $CSQUERY_PAGER, $PAGER or less (LESS=FRX); none ("",
 * cat): *out NULL. _free gives the stream back and waits for the pager. */
csq_status csq_color_wanted(const char *when, FILE *stream, int *out, csq_error *err);
typedef struct csq_pager csq_pager;
csq_status csq_pager_open(FILE *stream, csq_pager **out, csq_error *err);
void csq_pager_free(csq_pager *pager);

/* One law version as Akoma Ntoso, an HTML page, rules (JSON Lines). */
csq_status csq_render_akn(FILE *out, const csq_render_options *options, const csq_edition *ed,
                          csq_error *err);
csq_status csq_render_html(FILE *out, const csq_render_options *options, const csq_edition *ed,
                           csq_error *err);
csq_status csq_render_rules(FILE *out, const csq_render_options *options, const csq_edition *ed,
                            csq_error *err);
/* The export in options->format, a file per law version in the folder dir
 * (html: and index.html, csquery.css), or with dir NULL onto out. */
csq_status csq_export_write(csq_export *ex, const csq_render_options *options, const char *dir,
                            FILE *out, csq_error *err);

#pragma GCC visibility pop

#ifdef __cplusplus
}
#endif
#endif /* CSQUERY_H */
