/*
 * condition.c — the condition of a statement, read from its comma segments:
 * the run of segments that state a case (…時, …者, 依…規定, a subject before
 * an opener) before the cue, and one that opens the action after it
 * (應定期或於知悉…時，…). parts.c sets them on the statement.
 */
#include "deontic/extract.h"

/* The condition in the segments of s[lo..hi): from the first condition
 * segment (or the segments a 或/及 ties to it) to the last one; with
 * `whole`, when one is a condition, all of them from the first that is no
 * purpose (受託者[執行受託業務，違反…時]; 前項人員[在大陸地區受強暴…，致有
 * 違反前項規定之虞]: all of it after the bearer). A …者 closing the run names one
 * case however many commas it spans, so the segments before it join it
 * (未依第一項規定報請備查或前項規定申報復業，達六個月以上者). */
int csq__find_condition(reader *r, const char *s, size_t lo, size_t hi, int whole, size_t *cs,
                        size_t *ce) {
  segs g;
  csq__split_commas(s, lo, hi, &g);
  int first = -1, last = -1, purposes = 0;
  seg_kind kind[32];
  actor_found subject;
  for (int i = 0; i < g.n; i++) {
    seg_kind k = kind[i] = csq__segment_kind(r, s, g.at[i][0], g.at[i][1]);
    /* 製造或輸入動物用藥品業者依本法…申請檢驗登記，中央主管機關應…: a
     * segment with its own subject before an opener states a case */
    if (k == SEG_PLAIN && !whole &&
        csq__subject_of_condition(r, s, g.at[i][0], g.at[i][1], &subject))
      k = kind[i] = SEG_CONDITION;
    if (k == SEG_PURPOSE && first < 0 && i == purposes)
      purposes++;
    if (k == SEG_CONDITION) {
      first = first < 0 ? i : first;
      last = i;
    }
  }
  if (first < 0)
    return 0;
  int nominal = csq__is_nominal(r, s, g.at[last][0], g.at[last][1]);
  /* 該系統屬核心資通系統，或委託金額達…者: one condition in two segments
   * (grammar/actors.tsv's links) */
  while (first > purposes && (whole || (nominal && kind[first - 1] != SEG_TOPIC) ||
                              csq__word_at(r, W_LINK, s, g.at[first][0], hi, NULL)))
    first--;
  *cs = g.at[first][0];
  *ce = g.at[whole ? g.n - 1 : last][1];
  return 1;
}

/* 應定期或於知悉…時，以稽核…確認: a condition that opens the action
 * (grammar/after_cue.pcre on its first segment, and more follows). */
int csq__condition_after_cue(reader *r, const char *s, size_t lo, size_t hi, size_t *ce) {
  segs g;
  csq__split_commas(s, lo, hi, &g);
  if (g.n < 2 || !csq__rule_matches(r, PAT_AFTER_CUE, s, g.at[0][0], g.at[0][1]))
    return 0;
  *ce = g.at[0][1];
  return 1;
}
