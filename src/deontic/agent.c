/*
 * agent.c — who a 由 names: 應由資料科摘錄… (the agent acts), …，由金融監督
 * 管理委員會為之; a known actor, else the shortest name that ends like a
 * bearer, after a phrase that an opener begins and 之 closes.
 */
#include <stdlib.h>
#include <string.h>

#include "deontic/extract.h"

/* The agent a 由 at s[at] names (應由資料科摘錄…, …，由金融監督管理委員會為之):
 * a known actor when all of it is one. 0 when s[at..end) opens with no 由
 * or names none. */
int csq__agent_named(reader *r, const char *s, size_t at, size_t end, actor_found *a) {
  size_t from = csq__match_end(r, PAT_AGENT, s, at, end);
  size_t to = from ? csq__agent_end(r, s, from, end) : 0;
  if (!to)
    return 0;
  *a = csq__name_over(r, s, from, to, 0);
  return 1;
}

/* The agent's name from s[at]: a known actor, else the shortest subject
 * that ends like a bearer, grown by a following ending of two characters or
 * more (各該主管 → 各該主管機關, not 服務單位會). Its end, or 0 when none is
 * named, or nothing follows it in its segment and no act after a comma. */
static size_t agent_name_end(const reader *r, const char *s, size_t at, size_t end) {
  size_t seg_end = csq__segment_end(s, at, end);
  actor_found a;
  size_t found = csq__actor_forward(r, s, at, seg_end, &a) ? a.end : 0;
  int gap = 0, strong = found != 0;
  /* 應由客戶將資產全權委託保管機構保管: 客戶 ends like no bearer, and a
   * subject is not looked for further than MAX_AGENT_BYTES */
  size_t look = !found && seg_end - at > MAX_AGENT_BYTES ? at + MAX_AGENT_BYTES : seg_end;
  /* a name in brackets does not count (退休金支給（發放）機關: 11 characters),
   * unless a 之 stands in the wider window: the name would run on past it
   * (各縣（市）政府負擔之[社會]福利支出) */
  size_t widened = look;
  for (size_t pos = at, b; pos < widened; pos = b ? pos + b : csq__next_char(s, pos, seg_end))
    if ((b = csq__bracket_after(s, pos, seg_end)) != 0)
      widened = widened + b < seg_end ? widened + b : seg_end;
  /* a 之 that ends it opens no name: 公所辦理之 */
  if (!csq__has_word(r, W_MODIFIER, s, at, csq__prev_char(s, at, widened)))
    look = widened;
  /* an ending of one character (商港經營事業機構: 商) may go on to one of two;
   * after 之, any ending names the head (代表法人之[管理人]) */
  int of = 0;
  size_t known_end = 0; /* where a known name first ends, however it begins */
  for (size_t pos = found ? found : at; pos < look && (!found || gap < (strong && !of ? 3 : 8));) {
    if (found && csq__word_at(r, W_JOINER, s, pos, look, NULL))
      break; /* 本人或死亡者之遺屬: joined below */
    if (pos > at && csq__starts_with_any(s + pos, look - pos, CSQ__WORDS(agent_stops)) >= 0)
      break; /* 應由會議主席當場宣布: how it acts begins */
    if (found && csq__jointly_at(s, pos, look))
      break; /* 由典試委員長會同考選部: the one that leads */
    if (found && !csq__word_at(r, W_NOTOPENER, s, pos, look, NULL) &&
        csq__word_at(r, W_OPENER, s, pos, look, NULL))
      break; /* 應由本人向移民署申請: what it does begins */
    if (pos == found && csq__starts_with_any(s + pos, look - pos, CSQ__WORDS(agent_then_verb)) >= 0)
      break; /* 由縣（市）後備軍人會組織支會: likewise */
    /* …之, or 所屬 right after a known name (中央主管機關所屬機關: its own
     * agencies, fresh30), opens the head's phrase */
    of |= found && (csq__word_at(r, W_MODIFIER, s, pos, look, NULL) ||
                    (pos == found && csq__word_at(r, W_NOTHEAD, s, pos, look, NULL)));
    /* a name in brackets is passed whole: none ends inside one (社員 (代表) 大會) */
    size_t bracket = csq__bracket_after(s, pos, look);
    pos = bracket ? pos + bracket : csq__next_char(s, pos, look);
    size_t n = csq__bearer_suffix(r, s, at, pos);
    /* only read when no ending like a bearer is found, the one case it serves */
    if (!found && !known_end && csq__known_ending(r, s, at, pos) >= GROW_SUFFIX_BYTES)
      known_end = pos;
    /* 各該主管教育行政機關: an ending that opens a longer known name goes
     * on to its end, past `look` too (得由直轄市、縣（市）主管教育行政機關出具…:
     * 免役禁役緩徵緩召實施辦法 第12條, fresh35) */
    size_t m = n ? csq__known_at(r, s, pos - n, seg_end, NULL) : 0;
    if (m > n)
      pos += m - n;
    if (n && (!found || n >= GROW_SUFFIX_BYTES || !strong || of))
      found = pos, gap = 0, of = 0, strong = strong || n >= GROW_SUFFIX_BYTES;
    else if (found)
      gap++;
  }
  /* a name the window's end cut where its ending goes on (各直轄市、縣（市）
   * 選舉委員[會]) */
  while (found && found == look && look < seg_end) {
    size_t next = csq__next_char(s, found, seg_end);
    if (!csq__bearer_suffix(r, s, at, next))
      break;
    found = look = next;
  }
  /* 應由國家[銀行]予以貸款: no ending like a bearer, but a known name, when
   * no 之 stands after it in the segment: a 之 may go on to another name (…由
   * 漁船以外船舶之目的事業主管機關…, 得由救助地或被救助之船舶最初到達地之法院) */
  if (!found && known_end && !csq__has_word(r, W_MODIFIER, s, known_end, seg_end))
    found = known_end;
  /* 地方主管機關人員: an ending of two characters or more right after the
   * name is its head, however far the name ran; not one that is what the
   * agent does (words.tsv agent_then_verb) */
  for (size_t n; found && found < seg_end &&
                 (n = csq__word_at(r, W_SUFFIX, s, found, seg_end, NULL)) >= GROW_SUFFIX_BYTES &&
                 csq__bearer_suffix(r, s, at, found + n) == n &&
                 csq__starts_with_any(s + found, seg_end - found, CSQ__WORDS(agent_then_verb)) < 0;)
    found += n;
  /* …機構、航港局或指定機關代為清除: the agents joined to it */
  for (size_t j, m; found && (j = csq__word_at(r, W_JOINER, s, found, seg_end, NULL)) &&
                    ((m = csq__known_at(r, s, found + j, seg_end, NULL)) != 0 ||
                     csq__joined_part(r, s, found + j, seg_end));)
    found = m ? found + j + m : csq__joined_part(r, s, found + j, seg_end);
  /* 應由本人或死亡者之遺屬，檢具證明文件…: an agent joined to more, the
   * whole segment, when the act follows after its comma */
  if (found && seg_end < end && seg_end - at <= MAX_AGENT_BYTES + MAX_QUALIFIER_BYTES / 2 &&
      csq__word_at(r, W_JOINER, s, found, seg_end, NULL))
    return seg_end;
  /* 應由公立文化機構或公私立大專院校，針對…: the act after its comma */
  return found && (found < seg_end || seg_end < end) ? found : 0;
}

/* 應由[具有專科以上學校教師…資格之一者]擔任: a …者 phrase that a qualification
 * opens (words.tsv agent_person_opens) names the agent whole, up to its last
 * 者, when what the agent does follows in the segment. Its end, or 0. */
static size_t person_phrase_end(const char *s, size_t at, size_t seg_end) {
  if (csq__starts_with_any(s + at, seg_end - at, CSQ__WORDS(agent_person_opens)) < 0)
    return 0;
  size_t end = 0;
  for (size_t pos = at; pos < seg_end; pos = csq__next_char(s, pos, seg_end)) {
    int k = csq__starts_with_any(s + pos, seg_end - pos, CSQ__WORDS(case_nominal_ends));
    if (k >= 0)
      end = pos + strlen(csq_words_case_nominal_ends[k]);
  }
  return end < seg_end ? end : 0;
}

/* How far a phrase that qualifies the agent may reach from s[at]: at most
 * MAX_QUALIFIER_BYTES, within its segment. */
static size_t qualifier_reach(size_t at, size_t seg_end) {
  return seg_end - at > MAX_QUALIFIER_BYTES ? at + MAX_QUALIFIER_BYTES : seg_end;
}

/* Where the first 之 (W_MODIFIER) stands in s[at..limit), or limit: the end
 * of a phrase that qualifies the agent after it. */
static size_t modifier_at(const reader *r, const char *s, size_t at, size_t limit, size_t seg_end) {
  while (at < limit && !csq__word_at(r, W_MODIFIER, s, at, seg_end, NULL))
    at = csq__next_char(s, at, limit);
  return at < limit ? at : limit;
}

/* Where a rule that names the agent ends (應由[第三條…規定之]醫護人員為之:
 * words.tsv agent_rule_opens, agent_rule_closes), within MAX_QUALIFIER_BYTES
 * of s[at]; 0 when s[at..seg_end) opens with none. */
static size_t rule_named_end(const char *s, size_t at, size_t seg_end) {
  if (csq__starts_with_any(s + at, seg_end - at, CSQ__WORDS(agent_rule_opens)) < 0)
    return 0;
  size_t reach = qualifier_reach(at, seg_end);
  for (size_t pos = at; pos < reach; pos = csq__next_char(s, pos, reach)) {
    int k = csq__starts_with_any(s + pos, seg_end - pos, CSQ__WORDS(agent_rule_closes));
    if (k >= 0)
      return pos + strlen(csq_words_agent_rule_closes[k]);
  }
  return 0;
}

/* Who 由 names after the cue (應由資料科摘錄…): the agent's name, after a
 * phrase that an opener or a rule begins and 之 closes when there is one. */
size_t csq__agent_end(const reader *r, const char *s, size_t at, size_t end) {
  size_t seg_end = csq__segment_end(s, at, end);
  size_t person = person_phrase_end(s, at, seg_end);
  if (person)
    return person;
  size_t rule = rule_named_end(s, at, seg_end);
  if (rule && rule < seg_end)
    return csq__agent_end(r, s, rule, end);
  /* 應由[領有學習車類駕照之]汽車駕駛人在旁指導: a qualification held that 之
   * closes qualifies the one after it (not a name: 得由持有人以背書轉讓之) */
  if (csq__starts_with_any(s + at, seg_end - at, CSQ__WORDS(agent_person_opens)) >= 0 &&
      !csq__known_at(r, s, at, seg_end, NULL)) {
    size_t reach = qualifier_reach(at, seg_end), m = modifier_at(r, s, at, reach, seg_end);
    size_t n = m < reach ? csq__word_at(r, W_MODIFIER, s, m, seg_end, NULL) : 0;
    size_t named = n && m + n < seg_end ? csq__agent_end(r, s, m + n, end) : 0;
    if (named)
      return named;
  }
  /* 得由經財政部關務署核准之授信機構…: a phrase that an opener begins
   * modifies the agent after its 之; not a known name the opener begins
   * (應由[申請人]依…繳納) */
  size_t opener = csq__word_at(r, W_OPENER, s, at, seg_end, NULL);
  if (opener && !csq__known_at(r, s, at, seg_end, NULL)) {
    size_t m = modifier_at(r, s, at, seg_end, seg_end);
    /* 應由[執行送達人]作成送達證書: no 之, so a verb of two characters
     * begins the name (not 經: 應由經中央目的事業主管機關會商…) */
    if (m >= seg_end)
      return opener >= GROW_SUFFIX_BYTES ? agent_name_end(r, s, at, end) : 0;
    if (m - at > MAX_QUALIFIER_BYTES)
      return 0;
    return csq__agent_end(r, s, m + csq__word_at(r, W_MODIFIER, s, m, seg_end, NULL), end);
  }
  return agent_name_end(r, s, at, end);
}

/* Whether a verb of acting ends s[lo..at), not one a 之 makes a noun (本訓練之實施由考選部…). */
static int acts_before(const reader *r, const char *s, size_t lo, size_t at) {
  size_t n = csq__word_before(r, W_AGENTIVE, s, lo, at, NULL);
  return n && !csq__word_before(r, W_MODIFIER, s, lo, at - n, NULL);
}

/* The agent found at s[at..) grown to the end of the subject `end` when all of that is one
 * name (校名由[學校財團法人]; 研發成果由[本會或所屬機關（構）]: agent.c cuts it shorter). */
static void agent_whole(const reader *r, const char *s, size_t end, actor_found *agent) {
  if (agent->end < end && csq__code_points(s, agent->end, end) <= MAX_AGENT_GROWN_CHARS &&
      csq__bearer_like(r, s, agent->start, end) && !csq__has_word(r, W_VERB, s, agent->end, end) &&
      !csq__has_word(r, W_OPENER, s, agent->end, end)) {
    agent->end = end;
    agent->known = 0;
    agent->conj_count = 0;
  }
}

/* Whether the agent named inside a subject appoints what stands before its 由
 * (words.tsv appointing_verbs in its segment) and the cue at s[cue..) states an act
 * on the one appointed (reappointing_acts: 其餘委員由本部…聘兼，…期滿得續聘). */
static int appoints(const reader *r, const char *s, const actor_found *agent, size_t hi,
                    size_t cue) {
  size_t seg = csq__segment_end(s, agent->end, hi);
  size_t cue_seg = csq__segment_end(s, cue, r->node_len);
  return csq__contains_any(s + agent->end, seg - agent->end, CSQ__WORDS(appointing_verbs)) &&
         csq__contains_any(s + cue, cue_seg - cue, CSQ__WORDS(reappointing_acts));
}

/* 其試務由考選部辦理，必要時，得委託…; 逾期由主管機關廢止…，並不予退還…: a subject
 * found with a 由 inside it (試務由考選部) names what is done and the agent who
 * does it, and the agent bears what follows; so does one who appoints what is
 * named before the 由 when the statement acts on the one appointed (其餘委員由本部
 * …聘兼，…期滿得續聘). Else, when what stands before the 由 names one like a bearer
 * (參加評選之事業由…推薦參加者，應…; 財產管理人由法院選任者，應…), that one bears it.
 * In a …時 case the agent acts once, and the known actor that opens the subject
 * bears it, or no one (銀行年度財務報表由會計師辦理查核簽證時，應委託…: the bank; 慰問金由
 * 最近親屬具領時，應…). Not an agent in a …者 case, nor after a word that ends in 由
 * (自由, 理由, 事由: words.tsv agent_in_words, unless a name ends there: 董事由股東會
 * 選任; the next 由 may be one) or that hands on, negates or joins it (委由, 非由, 已由,
 * 或由: agent_not_after), nor a 由 inside a modifier (前項由學者專家擔任之委員) or after
 * a verb (奉派參加由中央一級機關…). `hi`: where the subject's text ends; `cue`: the
 * cue, past the commas before it. */
void csq__agent_within(reader *r, const char *s, size_t hi, size_t cue, actor_found *a) {
  if (a->known)
    return;
  int is_case =
      csq__ends_with_any(s + a->start, a->end - a->start, CSQ__WORDS(case_nominal_ends)) >= 0;
  for (size_t at = csq__next_char(s, a->start, a->end); at < a->end;
       at = csq__next_char(s, at, a->end)) {
    if (!csq__starts_at(s, at, a->end, CSQ_WORD_AGENT_MARK))
      continue;
    size_t mark = strlen(CSQ_WORD_AGENT_MARK);
    if (csq__ends_with_any(s + a->start, at + mark - a->start, CSQ__WORDS(agent_in_words)) >= 0 &&
        !csq__names_one(r, s, a->start, at))
      continue;
    if (csq__ends_with_any(s + a->start, at + mark - a->start, CSQ__WORDS(agent_not_after)) >= 0 ||
        csq__has_word(r, W_MODIFIER, s, at, a->end) ||
        csq__word_before(r, W_VERB, s, a->start, at, NULL) || acts_before(r, s, a->start, at) ||
        !csq__match_end(r, PAT_AGENT, s, at, hi))
      return;
    if (csq__ends_as_time(s, at, csq__segment_end(s, at, hi))) {
      a->end = a->start + csq__known_at(r, s, a->start, at, NULL);
      a->conj_count = 0;
      return;
    }
    actor_found agent;
    int named = !is_case && csq__agent_named(r, s, at, hi, &agent) &&
                (agent.known || csq__bearer_like(r, s, agent.start, agent.end)) &&
                !csq__word_at(r, W_VERB, s, agent.start, agent.end, NULL);
    if (!(named && appoints(r, s, &agent, hi, cue)) && csq__names_one(r, s, a->start, at)) {
      a->end = at;
      a->conj_count = 0;
    } else if (named) {
      agent_whole(r, s, a->end, &agent);
      *a = agent;
      a->weak = 1; /* 本獎章由本會主動頒給，並得由政府有關機關…推薦之: the later 由X */
    }
    return;
  }
}
