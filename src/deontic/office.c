/*
 * office.c — the acts of an office that a cue states (應予, 不予, 得予…:
 * 應予免職, 不予核發) and whom they fall on: the …者 case before the cue, or
 * the name that opens it (派用人員…有…之一者，應予免職), which bears nothing
 * there, as the office that acts is not written; unless the name judges
 * the case (第三審法院認…者，得予解任). bearer.c asks once it has a bearer.
 */
#include <string.h>

#include "deontic/extract.h"

int csq__office_cue(const reader *r, const char *s, size_t cue) {
  return csq__starts_with_any(s + cue, r->node_len - cue, CSQ__WORDS(office_cues)) >= 0;
}

int csq__names_office(const char *s, size_t lo, size_t hi) {
  return csq__ends_with_any(s + lo, hi - lo, CSQ__WORDS(office_endings)) >= 0;
}

int csq__office_act(const reader *r, const char *s, size_t cue) {
  size_t len = r->node_len - cue;
  if (csq__starts_with_any(s + cue, len, CSQ__WORDS(office_refusals)) >= 0)
    return OFFICE_REFUSAL;
  int m = csq__starts_with_any(s + cue, len, CSQ__WORDS(office_modals));
  if (m >= 0) { /* 應收回其貸款, 得令其停業; 應即時訊問, 得拘提之; 應發給許可之文件 */
    size_t its = cue + strlen(csq_words_office_modals[m]), rest = r->node_len - its;
    if (csq__starts_with_any(s + its, rest, CSQ__WORDS(office_its_acts)) >= 0 ||
        csq__starts_with_any(s + its, rest, CSQ__WORDS(office_person_acts)) >= 0)
      return OFFICE_ON_ITS;
    if (csq__starts_with_any(s + its, rest, CSQ__WORDS(giving_acts)) >= 0)
      return OFFICE_GIVES;
  }
  int k = csq__starts_with_any(s + cue, len, CSQ__WORDS(office_grants));
  if (k < 0)
    return 0;
  size_t act = cue + strlen(csq_words_office_grants[k]);
  return csq__starts_with_any(s + act, r->node_len - act, CSQ__WORDS(office_acts)) >= 0
             ? OFFICE_GRANT
             : 0;
}

/* Whether the bearer found is one in a …者 case whom the cue, an office's
 * act, does not bind: 協商不成者，均不予受理其報名; 申請者有下列各款情形之一者，
 * 不予補助; 已登記者，應予撤銷 (office_act; the office is not written). Not a
 * trade's name (…業者); 應予 only before an office's act, as it is as often
 * the case's own (經營石油礦者…應予保密, 待移植者…應予迴避). A known name only
 * when it says what was done to them and the act gives (經核准者，應發給許可之文件). */
static int acted_on(const reader *r, const char *s, size_t hi, size_t cue, const actor_found *a) {
  size_t n = a->end - a->start;
  int judged = csq__starts_with_any(s + a->start, n, CSQ__WORDS(case_judged_marks)) >= 0;
  if (csq__ends_with_any(s + a->start, n, CSQ__WORDS(case_nominal_ends)) < 0 ||
      csq__bearer_suffix(r, s, a->start, a->end) >= GROW_SUFFIX_BYTES || (a->end >= hi && !judged))
    return 0;
  int act = csq__office_act(r, s, cue);
  /* one named by what was done to them, a known name, is given to (經核准者，應發給…) */
  if (act == OFFICE_GIVES && judged)
    return 1;
  return act && a->end < hi && !a->known;
}

/* Whether the name found judges the case it opens, so that it acts: a
 * judging word in its segment, not after 經, 被 or 受 (第三審法院認…不適任者;
 * 學校或主管機關於接獲…時，有…者; words.tsv case_judging_marks), 認 right after
 * it (case_judging_next), or 對於 right after a body's name (主管機關對於…者;
 * not 教師對學生…者: toward_opens, office_endings). */
static int judges_case(const char *s, size_t seg_end, const actor_found *a) {
  size_t len = seg_end - a->end;
  if (csq__starts_with_any(s + a->end, len, CSQ__WORDS(case_judging_next)) >= 0)
    return 1;
  if (csq__starts_with_any(s + a->end, len, CSQ__WORDS(toward_opens)) >= 0)
    return csq__names_office(s, a->start, a->end);
  for (size_t at = a->end; at < seg_end; at = csq__next_char(s, at, seg_end))
    if (csq__starts_with_any(s + at, seg_end - at, CSQ__WORDS(case_judging_marks)) >= 0)
      return !(at > a->end &&
               csq__ends_with_any(s + a->end, at - a->end, CSQ__WORDS(case_judged_marks)) >= 0);
  return 0;
}

/* Whether the name found names persons (person_endings, recipient_endings),
 * to whom an office gives: 警察人員記大功者，得頒給功標. */
static int names_persons(const char *s, const actor_found *a) {
  size_t n = a->end - a->start;
  return csq__ends_with_any(s + a->start, n, CSQ__WORDS(person_endings)) >= 0 ||
         csq__ends_with_any(s + a->start, n, CSQ__WORDS(recipient_endings)) >= 0;
}

/* Whether the bearer found is a name that opens the …者 case before the cue,
 * on whom the office's act the cue states falls: 派用人員於派用後，有…之一者，
 * 應予免職; 漁業人有下列情形之一者，不予核發…; 法官有下列情形之一者，得不予遷調;
 * 漁業人違反規定者，三年內不予核發… (a time before the cue is no part of the
 * case). The office is not written. Not one who judges the case. */
static int case_acted_on(reader *r, const char *s, size_t lo, size_t hi, size_t cue,
                         const actor_found *a) {
  int act = csq__office_act(r, s, cue);
  if (!act)
    return 0;
  segs g;
  csq__split_commas(s, lo, csq__before_time(s, lo, csq__strip_adverbs(r, s, lo, hi)), &g);
  if (g.n < 1)
    return 0;
  int i = g.n - 1;
  size_t case_hi = g.at[i][1];
  /* the name may stand in a segment before: X於…後，有…之一者 */
  while (i > 0 && a->start < g.at[i][0] &&
         csq__starts_with_any(s + g.at[i][0], g.at[i][1] - g.at[i][0], CSQ__WORDS(case_goes_on)) >=
             0)
    i--;
  size_t case_lo = g.at[i][0];
  if (act == OFFICE_ON_ITS &&
      csq__ends_with_any(s + a->start, a->end - a->start, CSQ__WORDS(authority_endings)) >= 0)
    return 0; /* 主管機關依…通知…者，應令其…: the authority acts on another's */
  if (act == OFFICE_GIVES && !names_persons(s, a))
    return 0; /* 驗證機構實施…，經審驗合格者，應發給…: the body gives */
  return a->start == case_lo && a->end < case_hi &&
         csq__ends_with_any(s + case_lo, case_hi - case_lo, CSQ__WORDS(case_nominal_ends)) >= 0 &&
         !judges_case(s, g.at[i][1], a);
}

/* Whether the bearer found names persons, not one who acts for an office
 * (words.tsv person_endings, office_persons), and the cue grants or lays an
 * office's act on them by 予 (office_grants, office_acts): 新進人員應先予
 * 試用; 有關人員應予議處. Not a refusal, which such a person may make (筆錄
 * 製作人認異議為不當不予更正…時). */
static int persons_acted_on(const reader *r, const char *s, size_t cue, const actor_found *a) {
  size_t n = a->end - a->start;
  return csq__ends_with_any(s + a->start, n, CSQ__WORDS(person_endings)) >= 0 &&
         csq__ends_with_any(s + a->start, n, CSQ__WORDS(office_persons)) < 0 &&
         csq__office_act(r, s, cue) == OFFICE_GRANT;
}

/* Whether the cue at s[cue..) gives something (words.tsv giving_acts) right
 * after its modal, or after a 依 / 按 phrase of the rule or the rate it goes
 * by, in its clause (得依規定支給兼職酬勞, 得按其等級發給每日旅行津貼); not
 * after a verb of one who receives (得依本辦法規定申請發給證明書, 得依規定支領
 * 主管職務加給: giving_receivers), nor a chance to be heard, which an office
 * gives (應給予…陳述意見之機會: giving_chances), nor to a known name right
 * after the act, who receives (試驗主持人…應給予受試者…: the subject gives). */
static int gives(const reader *r, const char *s, size_t cue) {
  int m = csq__starts_with_any(s + cue, r->node_len - cue, CSQ__WORDS(office_modals));
  if (m < 0)
    return 0;
  size_t act = cue + strlen(csq_words_office_modals[m]), end = r->node_len;
  int by = csq__starts_with_any(s + act, end - act, CSQ__WORDS(giving_rates)) >= 0;
  for (size_t at = act, chars = 0; at < end && chars <= MAX_GIVING_RATE_CHARS;
       at = csq__next_char(s, at, end), chars++) {
    if (csq__starts_with_any(s + at, end - at, CSQ__WORDS(giving_receivers)) >= 0 ||
        csq__starts_at(s, at, end, COMMA) ||
        csq__starts_with_any(s + at, end - at, CSQ__WORDS(clause_marks)) >= 0)
      return 0;
    int give = csq__starts_with_any(s + at, end - at, CSQ__WORDS(giving_acts));
    if (give >= 0) {
      size_t given = at + strlen(csq_words_giving_acts[give]);
      if (csq__starts_with_any(s + given, end - given, CSQ__WORDS(law_endings)) >= 0)
        return 0; /* a law's name: 應依警察刑事紀錄證明核發條例規定申請… */
      size_t stop = given + csq__find(s + given, end - given, COMMA);
      return (at == act || by) && !csq__known_at(r, s, given, end, NULL) &&
             !csq__contains(s + given, stop - given, CSQ_WORD_GIVING_CHANCES);
    }
  }
  return 0;
}

/* Whether the name s[lo..hi) names persons (words.tsv recipient_endings),
 * not one who acts for an office, and the cue at s[cue..) gives to them:
 * 公務人員失蹤期間…，應發給全數之本俸; 人員出差或調差，在途期間得按其等級發給
 * 每日旅行津貼 (the office that gives is not written). Not 雇主, 保險人 or
 * 雇用人, who give. */
int csq__given_to(const reader *r, const char *s, size_t cue, const char *name, size_t lo,
                  size_t hi) {
  return csq__ends_with_any(name + lo, hi - lo, CSQ__WORDS(recipient_endings)) >= 0 &&
         csq__ends_with_any(name + lo, hi - lo, CSQ__WORDS(office_persons)) < 0 && gives(r, s, cue);
}

/* Whether the cue re-appoints one whose term ends (words.tsv
 * office_term_acts: 期滿得續聘一次) and the bearer found is no office's
 * name: the one re-appointed, not the office that does it. */
static int reappointed(const reader *r, const char *s, size_t cue, const actor_found *a) {
  return csq__starts_with_any(s + cue, r->node_len - cue, CSQ__WORDS(office_term_acts)) >= 0 &&
         !csq__names_office(s, a->start, a->end);
}

/* Whether the office's act the cue states falls on the bearer found, who
 * then bears nothing: one in a headless …者 case (acted_on), the name that
 * opens one (case_acted_on), persons named right before it, persons it
 * gives to, or one it re-appoints. */
int csq__acted_on_by_office(reader *r, const char *s, size_t lo, size_t hi, size_t cue,
                            const actor_found *a) {
  return acted_on(r, s, hi, cue, a) || case_acted_on(r, s, lo, hi, cue, a) ||
         persons_acted_on(r, s, cue, a) || csq__given_to(r, s, cue, s, a->start, a->end) ||
         reappointed(r, s, cue, a);
}
