# fresh71: seed 6250001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind early in session 53 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o71: reader a, provisions 1-60 of the sample seed 6250001, from /work/eval/o71/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-07 (session 53).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh68-labels.py, fresh69-labels.py and
# fresh70-labels.py (fresh70's header holds no conventions list, so its LABELS entries were read for the format and
# precedents); a few notes of other freshNN-labels.py files were grepped for precedents (以…為限 after 得…者,
# 除…外 out of 不適用, 各該 / 所在地 as fixed modifiers, 宜, 應…不得).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh68/fresh69/fresh70):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…，不得 / 應…並應 are two statements; after ； or in a new sentence a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''; carried gives the head noun (restrictive 之-modifiers
#   dropped); topic-comment X…者，其Y…，應… gives bearer '' and carried X (as fresh70 b 70).
# - 'N[condition]者' keeps N; coordinated subjects are kept whole (a 之-modifier inside a coordination is kept);
#   determiners (該) and restrictive 之-modifiers go to bearer_full; 各該 / 所在地 / 本局 kept as fixed modifiers;
#   a compound naming an office of an institution is kept whole; the subject of a …時 clause is the bearer when the
#   main clause has none; the agent after 應由 is the bearer; the party after 經 (who approves) is not the bearer.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除), also out of a 不適用; 除應…外，並應 is additive and its inner 應 not labelled;
#   但…應 without 不在此限 is a shall.
# - not labelled: attributive 應X之 / 應X NP (應如何撤銷或變更之聲明, 應修學分數, 應置之技術員, 應行辦理或注意事項,
#   所定不得轉讓期間, 應依法令所為之查詢, 應經核准之事項), cues inside …者 conditions (應受酒駕犯處遇者), 宜, 準用,
#   予以 (予以扣考), 核減 without a cue, 負責 (not 負…義務), 由…定之; false friends 得標, 所得, 應變, 應考.
# New conventions decided here:
# - 60 (得提起抗告者，以關係人為限): the 得 inside the …者 topic is the permission the provision restricts (as the
#   precedent 得 inside …者，僅以…為限 labelled may) -> a may at 得; the persons named in 以X為限 are the bearer
#   (關係人); alternative bearer ''.
# - 59 (…現金，應占資本額比率不得低於百分之九十): two operators in one clause -> a shall at 應 and a shall_not at
#   不得, both with the thing subject and 營造業 (possessor in 營造業資本額) carried; alternative one shall_not.
# - 17 (國際客船之乘客定額…並應使…; …航政機關或驗船機構核減其乘客定額): thing topic (quota); the authorities that set
#   and reduce the quota are named in the same sentence -> carried 航政機關或驗船機構; alternative carried ''.
# - 40 (訓練期限，由內政部定之。訓練期限不得少於一年多於三年): the period is set by 內政部 named in the same provision
#   -> carried 內政部; alternative carried ''.
# - 19: the office 主任委員 of 訴願審議委員會（以下簡稱訴願會） is kept whole with its parenthesis (compound office);
#   alternative bearer 主任委員.
# - 28 (有下列情形之一，不得充任…, no 者): the clause is a condition, no person written -> bearer '', carried '';
#   alternative bearer 有下列情形之一 (as fresh70 a 18 with 者).
# - 30 (應由各該主管機關依照辦理，並由行政院主計處、財政部及審計機關…負責監督，並於…提出報告): the later 由X clauses
#   have no cue of their own -> one statement, bearer the first agent after 應由; 負責 is not 負…義務.
# - 47 (分部之組織規程應明定於本校組織規程，並報經…核定): thing subject; 本校, whose regulations must state it and
#   who reports, is named inside the object (as fresh70 a 8 本社) -> carried 本校; alternative carried ''.
# - 50 (遊說終止後十日內，應申請終止登記): no subject; para 2 before has none either; 遊說者 of para 1 heads the
#   chain of registration paragraphs and 遊說 is its activity -> carried 遊說者; alternative carried ''.
# - 58 (…所定資金、技術投資或授權者，應經獎勵主體書面同意): the …者 phrase is read as the investment / licensing (a
#   thing; para 2 resumes it as 前項技術投資或授權) -> bearer '', carried ''; alternative the …者 phrase as bearer.
# Provisions with no statement: 3 (應如何…之聲明 attributive), 5 (得標), 20 (應修學分數 attributive; 由…報請 no
# cue), 22 (所得), 29 (應變), 43 (應依法令所為之查詢 attributive; item without own operator), 44 (應受…者 inside a
# condition), 46 (應變), 55 (應經核准之事項 attributive).
# o71: reader b, provisions 1-60 of the sample seed 6250001, from /work/eval/o71/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-07 (session 53).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh68-labels.py, fresh69-labels.py and
# fresh70-labels.py (fresh70's header holds no conventions list, so its LABELS notes were read for the format and
# precedents); a few notes of other freshNN-labels.py files were grepped for precedents (交由, 准 / 方准, 應不予,
# 應用X = 應 + 用, 應變更 = 應 + 變更).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh68/fresh69/fresh70):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue is one statement; 應…，不得 / 應…並應 are
#   two statements; after ； or in a new sentence a clause without a subject gets bearer '' and `carried` from the
#   clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else '' (an actor named only in a later paragraph, another item
#   or only inside a definition is not carried); carried gives the head noun.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; determiners (前項, 該) and restrictive 之-modifiers go to bearer_full; a compound noun
#   naming an office / class of persons without 之 is kept whole; the agent after 應由 is the bearer; the party after
#   應經 / 經…同意 is not the bearer; 交由X: X is the recipient, not the bearer (as fresh 110 冷媒應交由…); a regulated
#   vessel that is the possessor inside the topic NP is carried (metonymy, as fresh69 a 59).
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外，並應 that only adds is additive (its inner cue not labelled); 但…不得 without 不在此限 is a shall_not;
#   應不予 is one shall_not at 應.
# - not labelled: attributive 應X事項 (應遵行事項, 應行記載事項), 由…定之 / 由…發給 without a cue, 准 (not a guide
#   cue, as fresh52/53 precedents), 準用, 命; false friends 取得, 所得, 應用 (noun), 應變 (noun), 感應, 應考人 / 應考資格,
#   供應, 義務人 (noun).
# - 應用X填寫 read as 應 + 用 (shall use, as precedents 應用X表示); 應變更 read as 應 + 變更 (as precedents);
#   得分列 read as 得 + 分列 (may split), not the false friend 得分.
# New conventions decided here:
# - 5 (…兒童堅決反對時，非確信認可被收養，乃符合兒童最佳利益之唯一選擇外，法院應不予認可): 非…外 ("unless") carves an
#   exception out of the shall_not of the same sentence exactly as 除(非)…外 -> an exception with cue 非; alternative
#   not labelled (read as a condition).
# - 23 (除依本編實施定期檢驗外，船舶所有人應責由…予以保養): the 除…外 adds (besides the periodic survey) and carves nothing
#   out of the 應 -> additive, not labelled, although no 並/亦 follows; alternative an exception at 除. The later
#   如發現異常時，應即採必要措施 of the same sentence shares the written bearer 船舶所有人; alternative 有關使用人員
#   (the users who maintain and inspect).
# - 43 (…如一百九十九箱應為 Tota1:199Cases …): the 應為 of the worked example prescribes the concrete form of the entry
#   -> labelled as a shall with a thing subject; alternative not labelled (illustration restating the rule).
# - 26 (…准依其意願補足差額，…支領差額期間不得請領生活津貼): 准 is no cue; the 不得 of the same sentence shares the
#   written subject 原經濟部專業人員研究中心現職人員 (compound naming a class of staff, kept whole, first mention not the
#   以下簡稱 one); alternative bearer 現職人員.
# - 21 (前項人員…應具備…；不符者，應予解任): the dismissing party is not clearly named (the institutions of para 1 appear
#   only inside the office names 專營電子支付機構或電子票證發行機構總經理…) -> carried ''; alternative carried those
#   institutions.
# - 12 (委託代理出席人數不得逾出席人數三分之一): thing subject; para 1 right before names 法官 who delegate -> carried
#   法官; alternative carried ''.
# Provisions with no statement: 4 (應用), 39 (取得; item of grounds), 40 (感應), 41 (應變; item of violations),
# 45 (所得), 46 (取得; 由學校發給 no cue), 48 (所得), 50 (應用), 53 (應用), 59 (所得稅; 如左 no cue).
LABELS = {
  1: [('may', '[得]適度', '', '', '', 'thing topic 競爭性需求額度; 各主管機關 are the beneficiaries; the granting authority is not named in the article -> carried empty')],
  2: [('exception', '，[除]水溫', '', '', '', '除…外 carves out of the 不適用 of the same sentence (exception to the exception)'),
      ('exception', '[不適用]', '', '', '', '…不適用之 is an exception; 有事業…者 condition')],
  3: [],
  4: [('shall', '[須]重新', '', '', '', 'thing subject 其製程 (須 = required result); 宜有 no cue; the applicant is not named in the article -> carried empty'),
      ('shall', '[應]於製程', '', '', '', 'new sentence, no subject; no actor in the article')],
  5: [],
  6: [('shall', '[應]具備', '外國證券商', '', '', '向本會申請核准 under the same 應')],
  7: [('shall', '[應]依', '', '', '', 'thing topic 本基金…預算編製…; the fund manager is not named in the single-paragraph article -> carried empty')],
  8: [('shall', '[應]符合', '', '', '幼兒園', 'thing subject 名稱; possessor 幼兒園 in the topic NP -> carried')],
  9: [('shall', '組員[應]於', '組員', '', '', ''),
      ('may', '[得]不執行', '組員', '', '', 'second cue of the same sentence, shares the written bearer; …時 condition')],
  10: [('shall', '[應]邀請', '覆審會及審議會', '', '', 'subject of the …時 clause, main clause has none; 保護機構或分會 are the invitees')],
  11: [('may', '[得]置助教', '^[本大學]', '', '', 'organisation act: 本大學 is the subject of the whole sentence; 均聘任 / 由…定之 no cue')],
  12: [('shall', '[應]將', '私立就業服務機構', '', '', '經委任人終止委任時 condition; 委任人 beneficiary')],
  13: [('shall', '[應]自行', '^[申請人所在地稅捐稽徵機關]', '', '', '所在地 (no 之) kept as fixed modifier; 下載…以辦理… under the same 應')],
  14: [('shall', '[應]符合', '', '', '', 'thing subject 幫浦設備 (…者 condition); 準用 no cue; lead-in 地下儲槽場所之位置、構造及設備應符合下列規定 names no actor')],
  15: [('shall', '[應]通知', '研習委員會', '', '', '為…決定前 time frame; 研習人員 is the one notified')],
  16: [('shall_not', '[不得]從事', '', '', '船長', 'item without subject; lead-in 娛樂漁業漁船之船長應遵守下列事項 -> carried (head noun)')],
  17: [('shall', '並[應]使', '', '', '航政機關或驗船機構', 'hard/new: 除應…外，並應 is additive, inner 應 not labelled; thing topic 乘客定額; the authorities that set / reduce the quota are named in the same sentence -> carried; alternative carried empty; 核減 no cue'),
       ('exception', '[不在此限]', '', '', '', '但…不在此限')],
  18: [('shall', '[應]指定代理人', '公營事業', '該公營事業', '', '公營事業應置之技術員 attributive, not labelled; 該 to bearer_full; 報請…備查 under the same 應'),
       ('shall', '並[應]於九十日內', '公營事業', '該公營事業', '', '並應: second statement, shared bearer'),
       ('shall', '，[應]於三十日內', '', '', '公營事業', '但…應 without 不在此限 is a shall; the technician is the patient (to be hired) -> bearer empty, carried from the sentence before'),
       ('shall', '[應]於十五日內', '公營事業', '該公營事業', '', 'new sentence with own subject; 技術員另聘時 condition')],
  19: [('may', '[得]指定', '^[訴願審議委員會（以下簡稱訴願會）主任委員]', '', '', 'hard/new: compound office kept whole with its parenthesis; alternative bearer 主任委員; 並作成紀錄附訴願卷宗 under the same 得')],
  20: [],
  21: [('shall', '[應]繳', '華僑', '', '', 'second sentence of the item with its own subject')],
  22: [],
  23: [('shall', '[應]保存', '私立職業訓練機構', '', '', 'lead-in, itself a statement')],
  24: [('shall', '[應]合於', '', '', '學校教職員', 'topic-comment 學校教職員…者，其一次退休金…辦理優惠存款 (thing subject) -> carried the head noun; alternative bearer 學校教職員')],
  25: [('shall', '[應]注意', '各機構', '', '', '…時 frame'),
       ('shall', '離職[應]報', '', '', '各機構', 'second cue of the same sentence with its own thing subject 其進用及離職 -> bearer empty, carried')],
  26: [('exception', '，[除]另有', '', '', '', '除另有規定外 carves out of the 應 of the same sentence'),
       ('shall', '[應]比照', '附屬機構及相關事業', '學校之附屬機構及相關事業', '', '學校之 scopes over the coordination -> bearer_full; 建立本制度 under the same 應')],
  27: [('shall', '[應]於年度', '財團法人', '', '', 'the clause after ； (檢具…報請主管機關核備) has no new cue: under the same 應')],
  28: [('shall_not', '[不得]充任', '', '', '', 'hard/new: 有下列情形之一 (no 者) is a condition, no person written -> bearer empty, carried empty; alternative bearer 有下列情形之一; 撤銷或廢止… no cue (sanction as fact)')],
  29: [],
  30: [('shall', '[應]由', '各該主管機關', '', '', 'hard: agent after 應由 (各該 kept as fixed modifier); 應行辦理或注意事項 attributive; 並由行政院主計處…負責監督 and 並於次會期…提出報告 have no cue of their own -> under the same 應; 負責 is not 負…義務')],
  31: [('shall', '[應]即通報', '強制治療處所', '', '', '應即 one cue; 並通知其家屬 under the same 應')],
  32: [('may', '[得]就', '內政部', '', '', '為確保… purpose; 並公告之 under the same 得')],
  33: [('shall', '[應]實施', '', '', '', 'thing subject 技藝訓練; lead-in 技藝訓練實施之方式如左 names no actor'),
       ('shall_not', '[不得]少於', '', '', '', 'after ；, thing subject 施教期間 (參加習藝生產者 condition); no actor')],
  34: [('shall', '[應]由', '教育主管機關', '', '', 'agent after 應由; 邀請…組成小組為之 under the same 應')],
  35: [('shall', '[應]送由', '', '', '期貨經理事業', 'thing subject 申報事項; 同業公會 is the forwarder, not the bearer; para 1 right before names 期貨經理事業 -> carried')],
  36: [('may', '[得]依', '行政院主計處', '', '', 'embedded 由…擔任 / 並以…為主任委員 / 由電子中心兼辦 clauses, main clause has an actor -> one statement')],
  37: [('shall', '[應]嚴守', '本院人員', '', '', '未經宣布者 condition (the matters)'),
       ('shall_not', '[不得]洩漏', '本院人員', '', '', 'second cue of the same sentence, shared bearer')],
  38: [('shall_not', '，[不得]再從事', '再利用機構', '', '', 'N[condition]者 keeps N'),
       ('shall', '[應]依本法', '', '', '再利用機構', '但…應 without 不在此限 is a shall; thing subject (廢棄物) -> carried')],
  39: [('exception', '[除]另有', '', '', '', '除另有規定外 carves out of the 應 of the same sentence'),
       ('shall', '[應]為', '', '', '', 'thing subject 電壓; lead-ins name no actor')],
  40: [('shall_not', '[不得]少於', '', '', '內政部', 'hard/new: thing subject 訓練期限; the period is set by 內政部 (由內政部定之) in the same provision -> carried; alternative carried empty')],
  41: [('shall_not', '內，[不得]兼為', '發起人', '證券投資信託事業之發起人', '', 'restrictive 之-modifier to bearer_full; 所定不得轉讓期間 attributive, not labelled')],
  42: [('shall', '[應]使用', '', '', '船長', 'hard: thing subject 名稱; para 3 right before (船長於船舶開航前應備有第一項或第二項文件) names the holder of the documents -> carried; 均 adverb; alternative carried empty')],
  43: [],
  44: [],
  45: [('shall', '[應]定有', '銀行業及其他經本會指定之金融機構', '', '', 'coordinated subject kept whole (之-modifier inside the coordination)'),
       ('shall', '內容[應]包括', '', '', '銀行業及其他經本會指定之金融機構', 'second cue with its own thing subject 內容 -> carried')],
  46: [],
  47: [('shall', '[應]明定', '', '', '本校', 'hard/new: thing subject 組織規程 of the branch; 本校, named inside the object, is the one that states it and reports -> carried; 主管教育行政機關 after 經 approves; alternative carried empty')],
  48: [('shall', '[應]就', '學校', '', '', '進行…自評，並於…檢附…送本部備查 under the same 應')],
  49: [('shall', '並[應]載明', '', '', '申請實體審查者', 'after ；, 有代表人者 condition; lead-in 發明專利申請案申請實體審查者，應備具申請書，載明下列事項 and the item itself name the applicant -> carried (headless agentive …者 phrase)')],
  50: [('shall', '[應]申請', '', '', '遊說者', 'hard/new: no subject; para 1 (遊說者應…申請登記) names the registrant of the paragraph chain -> carried; alternative carried empty')],
  51: [('shall', '[應]為', '法院', '', '', '如有疑義 condition')],
  52: [('shall', '[應]自知悉', '教保服務機構', '', '', '…者 condition names the staff (patients); 予以解聘… under the same 應')],
  53: [('shall_not', '[不得]繼續', '船員', '', '', 'N[condition]者 keeps N; 予以扣考 no cue; 應考 false friend')],
  54: [('shall', '[應]發給', '', '', '', 'thing topic 申請案件; 申請者 beneficiary; the issuing authority is not clearly named in the article -> carried empty')],
  55: [],
  56: [('shall', '[應]定期', '主管機關', '', '', '並依…公開本會會議紀錄 under the same 應')],
  57: [('shall', '[應]依照', '本局各級人員', '', '', '本局各級 kept as fixed modifier')],
  58: [('shall', '[應]經', '', '', '', 'hard/new: …所定資金、技術投資或授權者 read as the investment / licensing (para 2 前項技術投資或授權) -> thing, bearer empty; 獎勵主體 after 經 approves; no actor written -> carried empty; alternative bearer the …者 phrase; 並符合… under the same 應')],
  59: [('shall', '[應]占', '', '', '營造業', 'hard/new: 應占…比率不得低於: two operators -> two statements; thing subject (不動產…現金); 營造業 possessor in 營造業資本額 -> carried; alternative one shall_not'),
       ('shall_not', '[不得]低於', '', '', '營造業', 'second operator, same thing subject')],
  60: [('may', '[得]提起', '關係人', '', '', 'hard/new: 得 inside the …者 topic restricted by 以關係人為限 (as the precedent 得 inside …者，僅以…為限) -> may; the persons of 以X為限 are the bearer; alternative bearer empty')],
  61: [('shall', '[應]符合', '', '', '', 'thing subject 特別股及次順位債券 in a definitions article; the issuing holding company is named only inside the definition of 前款 -> carried empty')],
  62: [('shall', '[應]徵收', '各機關學校', '', '', 'lead-in, itself a statement; 特定對象 are the users (patients)')],
  63: [('shall', '[應]於', '保險業', '', '', '第一項人員有異動者 condition; 向同業公會申報 under the same 應')],
  64: [],
  65: [('shall', '[應]受尊重', '', '', '法院', 'thing subject 兒童之意願 (passive); para 1 right before names 法院 (認可兒童收養事件) -> carried'),
      ('exception', '，[非]確信', '', '', '', 'hard/new: 非…外 (unless) carves out of the 應不予認可 of the same sentence, as 除…外; alternative not labelled'),
      ('shall_not', '[應]不予', '法院', '', '', '應不予 one shall_not at 應; 兒童堅決反對時 condition')],
  66: [('shall', '[應]交由', '', '', '', 'thing subject 所有電信設備; 交由X施工及維護: X is the recipient, not the bearer (as precedent 冷媒應交由…); single-paragraph article names no actor'),
      ('exception', '[不在此限]', '', '', '', '但…不在此限; 經本會公告 only inside the condition')],
  67: [('shall', '[應]迅即', '發覺自來水有礙衛生或妨害人體健康者', '', '', 'headless agentive …者 phrase, the only subject, kept whole (凡 dropped); 該自來水事業予以處理 no own cue')],
  68: [('may', '[得]洽商', '區域排水管理機關', '該區域排水管理機關', '', 'hard: 由X報…備查後辦理 has no cue; 並得 of the same sentence shares its agent X (determiner 該 to bearer_full); 區域排水排入河川者… conditions')],
  69: [('shall', '[應]依規定', '', '', '', 'thing topic 捐贈; lead-ins (三、捐贈之原始憑證及捐贈金額之認定如下 / 捐贈：) name no actor (營利事業 only in another item) -> carried empty; 取得 false friend under the same 應')],
  70: [('shall', '[應]載明', '', '', '本部', 'thing subject 認可文書; para 1 right before: 本部…發給認可文書 -> carried')],
  71: [('exception', '，[除]本規則', '', '', '', '除本規則規定者外 carves out of the 應 of the same sentence'),
       ('shall', '[應]依', '證券商', '', '', '')],
  72: [('shall_not', '[不得]逾', '', '', '法官', 'hard/new: thing subject 委託代理出席人數; para 1 right before names 法官 (who delegate) -> carried; alternative carried empty; after ；, 由主席…定之 no cue')],
  73: [('shall', '[應]同時', '申請人', '', '', '前項展示地點位於國外者 condition')],
  74: [('shall', '[應]親自', '董事', '', '', ''),
       ('shall_not', '[不得]委任', '董事', '', '', '應…，不得 two statements; shares the written bearer')],
  75: [('may', '[得]糾正', '本會', '', '', 'subject of the …時 clauses; the company is the patient')],
  76: [('may', '[得]予以', '主管機關', '', '', '租賃住宅團體提供… condition / beneficiary; lead-in, itself a statement')],
  77: [('shall', '[應]輔導', '主管機關', '', '', '本法施行前已依規定取得…者 are the patients (取得 false friend)'),
       ('may', '[得]變更', '主管機關', '水權或礦業權之主管機關', '', 'after ；, own subject; restrictive 之-modifier to bearer_full; 屆期仍未換證者 condition')],
  78: [('shall', '[應]繳存', '專營電子支付機構', '', '', 'N[condition]者 keeps N; after ；, 其他應遵行事項之辦法 attributive and 由…定之 no cue')],
  79: [('shall', '[應]限制', '直轄市或縣（市）政府', '', '', '土地所有權人 is the patient')],
  80: [('may', '[得]於', '', '', '要保人', 'thing topic 保險費補助; para 1 right before: 要保人…申請保險費補助 -> carried')],
  81: [('shall', '[應]具備', '人員', '前項人員', '', '…升任或充任者 condition; determiner 前項 to bearer_full'),
       ('shall', '[應]予解任', '', '', '', 'hard/new: after ；, 不符者 is the patient; the dismissing party not clearly named (institutions only inside the office names of para 1) -> carried empty; alternative carried 專營電子支付機構或電子票證發行機構')],
  82: [('shall', '[應]於', '移民署', '', '', 'the listed persons are patients; 取得 false friend')],
  83: [('shall', '[應]責由', '船舶所有人', '', '', 'hard/new: 除依本編實施定期檢驗外 additive (besides), not an exception; 責由有關使用人員…予以保養，並於…施行檢查 under the same 應'),
       ('shall', '[應]即', '船舶所有人', '', '', 'hard: second cue of the same sentence (如發現異常時 condition) shares the written bearer; alternative 有關使用人員')],
  84: [('shall', '[應]符合', '', '', '保存庫', 'thing topic 保存庫之設置及運作 with the organ bank as possessor -> carried')],
  85: [('shall', '[應]揭露', '票券金融公司', '', '', '…有更換會計師情形者 condition; lead-in, itself a statement')],
  86: [('shall_not', '[不得]請領', '原經濟部專業人員研究中心現職人員', '', '', 'hard/new: 准 not a guide cue (not labelled); 不得 of the same sentence shares the written subject, a compound naming the staff kept whole; alternative bearer 現職人員; 依規定請領 no cue')],
  87: [('shall', '[應]接受', '專業審查人員', '受託機構所聘僱之專業審查人員', '', 'restrictive 之-modifier to bearer_full')],
  88: [('shall', '[應]於', '白帶魚運搬船漁業人', '', '', 'compound name kept whole')],
  89: [('shall', '時，[應]於', '', '', '', '…認證時 clause has no subject; the notary 公證人 is named only in the later para 2 -> carried empty'),
       ('shall', '另紙[應]連綴', '', '', '', 'after ；, thing subject 另紙; 並加蓋…或以其他方法表示 under the same 應; no actor carried')],
  90: [('shall', '[應]限期', '', '', '中央主管機關', 'thing topic 品種權 (…經撤銷或廢止者 condition); para 2 right before (and the whole article) names 中央主管機關 -> carried'),
       ('shall', '[應]公告', '', '', '中央主管機關', 'after ；, 無法追回者 condition; carried as above')],
  91: [('may', '[得]互選', '第一級受刑人', '', '', 'class name kept whole; 為維持…purpose clause')],
  92: [('shall', '[應]為', '', '', '', 'thing subject 裁定; the court is not named in the article -> carried empty')],
  93: [('shall', '[應]與', '主管機關', '', '', '')],
  94: [('shall', '[應]由', '社務會', '', '', 'agent after 應由 is the bearer (合作社 the topic)'),
       ('shall_not', '[不得]擔任', '申請候選人登記者', '', '', '但…不得 without 不在此限 is a shall_not; headless agentive …者 phrase kept whole')],
  95: [('may', '[得]向', '被停職法官', '', '', '…如經駁回 conditions; 準用 no cue')],
  96: [('may', '[得]設', '本局', '', '', '視業務需要 condition'),
       ('shall', '[應]就', '', '', '本局', 'after ；, patient subject 所需工作人員 -> carried from the clause before')],
  97: [('shall', '並[應]給予', '主管機關', '', '', '除對檢舉人身分資料保守秘密外，並應 additive (no cue inside the 除 clause); 檢舉人 beneficiary')],
  98: [('shall', '[應]填具', '區漁會', '', '', '並檢附…申請 under the same 應; lead-in, itself a statement')],
  99: [],
  100: [],
  101: [],
  102: [('shall', '[應]經', '', '', '化學液體船', 'thing subject 結構材料; 航政機關或驗船機構 after 應經 is not the bearer; the vessel, possessor inside the topic NP, carried (metonymy); alternative carried empty'),
       ('shall', '[應]考慮', '', '', '化學液體船', 'new sentence, 選定構造材料時 without subject -> carried from the clause before; alternative carried empty')],
  103: [('shall', '[應]用阿拉伯', '', '', '', '應用X填寫 read as 應 + 用 (shall use); …以英文繕打時 condition; 並在…加括弧，…註明 under the same 應; the article names no actor'),
       ('shall', '箱[應]為', '', '', '', 'hard/new: the worked example prescribes the form of the entry -> shall, thing subject; alternative not labelled (illustration)'),
       ('may', '時[得]分列', '', '', '', '得分列 = 得 + 分列 (may split), not 得分; 如一行無法容納時 condition')],
  104: [('may', '[得]申請', '大陸地區法人、團體或其他機構，或陸資公司', '', '', 'coordinated subject kept whole; 經中央目的事業主管機關同意後: party after 經 is not the bearer; 取得 false friend')],
  105: [],
  106: [],
  107: [('shall', '[應]於', '廣播電視事業、網際網路平臺提供者或網際網路應用服務提供者', '', '', 'coordinated subject kept whole; lead-in, itself a statement')],
  108: [],
  109: [('shall', '內容[應]符合', '', '', '保險業', 'thing subject 鑑價報告書之內容; lead-in 保險業取得或處分不動產之鑑價報告作業，應符合下列規定 names 保險業 inside the topic NP -> carried; 應行記載事項 attributive')],
  110: [],
  111: [('shall', '[應]以', '', '', '考選部', 'thing topic 處分; para 1 right before: 考選部得…通知應考人 -> carried; 應考人 beneficiary (false friend)')],
  112: [('may', '[得]經', '公立學校及各該主管機關', '', '', 'coordinated subject kept whole; …未足額錄取…者 condition; 應考資格 false friend')],
  113: [],
  114: [('shall', '[應]將', '', '', '稽徵機關', '…查核結果如涉及…時 condition; para 1 right before: 稽徵機關應依其查核結果… -> carried; 納稅義務人 beneficiary')],
  115: [('shall', '[應]考慮', '', '', '', 'thing subject 皺曲分析; lead-ins (乙型獨立櫃應適用下列規定 / 貨艙櫃應…進行結構分析) name no actor -> carried empty')],
  116: [('shall', '[應]依', '天然氣進口事業', '', '', 'subject of the …時 clause; 供應管制 false friend in the object')],
  117: [('shall', '[應]依', '醫療法人', '', '', '並…揭露 under the same 應'),
       ('shall', '並[應]考慮', '', '', '醫療法人', 'after ；, …時 clause without subject -> carried; 除應注意…外，並應 additive, the inner 應 not labelled')],
  118: [('shall', '[應]變更', '', '', '公糧業者', '應變更 = 應 + 變更 (not 應變); 連帶保證人有異動 condition, 經分署同意 party after 經; para 1 right before names 公糧業者 -> carried; 並辦理對保 under the same 應')],
  119: [],
  120: [('shall', '[應]將', '保險業', '', '', '諮詢並取得…加以揭露 under the same 應 (取得 false friend)')],
}
