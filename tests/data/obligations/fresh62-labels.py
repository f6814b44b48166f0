# fresh62: seed 5170001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind late in session 46 (2026-12-06) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o62: reader a, provisions 1-60 of the sample seed 5170001 (numbered 1-60 here), from /work/eval/s46/o62/a/to_label-a.tsv,
# numbered in file order; labelled 2026-12-06 (session 46, late).
# Written by reading each provision's text (plus its list lead-in / whole article via `s46start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py,
# fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; after ； or in a new sentence a clause without a subject gets bearer '' and `carried`
#   from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (第二項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of a
#   topic / framing clause is the bearer when the main clause has none (unless it is only a non-actor of the main
#   act); the agent after 應由/得由 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception (also in a list item of disqualifying circumstances); 但…不適用之 is an exception
#   (cue 不適用); 除…外 carving out of a statement of the same sentence is an exception (cue 除); 除…外，並應 is
#   additive; 但…得 without 不在此限 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; a 但…得 in a
#   list item that is otherwise a trigger condition (…有下列情形之一者，應予退訓) is labelled.
# - not labelled: attributive 應X之 / 得X之 / 應X事項 inside NPs (應辦理事項, 應記載事項, 得辦理之…範圍, 應具備之
#   資格條件, 得為告訴或自訴之規定, 得為被告輔佐人之人, 應納稅額), cues inside …者 conditions and inside 除…外
#   (經…認應採行居家檢疫, 得易科罰金者), 免 (免提供擔保), 準用, 適用 (not 不適用), 以…為限 / 以…為準 / 以…為適當,
#   不能 (not a guide cue); false friends 所得, 取得, 供應, 對應, 應徵人.
# New conventions decided here:
# - 不予限制 (其數量不予限制) is a shall_not at 不予 (guide lists 不予 as shall_not), thing subject, bearer ''.
# - 應用於 = 應 + 用於 (盈餘應用於其運作之需, "shall be used for") is a shall at 應, not the false friend 應用.
# - X，得由Y辦理 with a written institutional topic X: the agent Y after 得由 is the bearer (as the convention says);
#   likewise 宣誓應莊重為之，由宣誓人… gives bearer 宣誓人 (agent of the embedded 由 clause of the same statement).
# - 選定代表人應… (the formula of 訴願法第21條) reads as "the selection of representatives": an act topic, bearer '',
#   carried from the clause before.
# o62: reader b, provisions 61-120 of the sample seed 5170001 (numbered 1-60 here), from /work/eval/s46/o62/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 46, late).
# Written by reading each provision's text (plus its list lead-in / whole article via `s46start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py,
# fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   得…並應 / 應…並應 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of a framing /
#   …者 clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (from after the
#   last comma); determiners (其, 前條) and restrictive 之 / 所定 modifiers go to bearer_full; the subject of a
#   …時/…後 clause or of a framing clause is the bearer when the main clause has none; the agent after 應由/得由 is
#   the bearer (not 得由其中 = from among them).
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外 that only adds (除由典試委員擔任外，必要時得另…遴聘之) is additive, not labelled; 但…得 without 不在此限 is
#   a may; penalty 得沒入 is a may without bearer (authority not named); 不應 is a shall_not.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement (also items
#   under a lead-in that reads as conditions, when the item is a stand-alone technical requirement: 38-2-1 化學液體船).
# - NEW: 負…之責 (處務規程: 對該管業務…負依限完成…之責, under 有左列各種之責任) is read like 負…義務: shall, cue 負.
# - NEW: a 所稱X，指Y definition whose definiens Y is itself a full modal clause (…之損益，應合併計入…年度之所得額課稅)
#   is labelled (the 應 in Y states the timing rule); the cue inside the restated X (所稱…應併計…) is not.
# - not labelled: attributive 應X之 inside NPs (公費生應服務之機構, 應繳保險費, 應加徵滯納金, 應行申報之事項, 應辦之文件,
#   應繳之使用費), 予以 / 逕予 / 均予, 准予, 不受…限制, 視同, 免視為, 以…為準, 由…定之; items without a cue under a
#   deontic lead-in; false friends 取得, 獲得, 領得, 所得, 得票數, 得標, 應變, 應用, 應付利息, 應收債權, 應考人, 因應,
#   反應器, 須知.
LABELS = {
    1: [('shall_not', '數量[不予]限制', '', '', '', 'thing subject 數量; the authority that would restrict (customs) is not clearly named as such'), ('shall', '者，[應]於進口', '入境乘客', '', '', 'subject of the framing clause 入境乘客攜帶金、銀、外幣; 其擬…攜帶出境者 is a condition on the goods; 由海關登記 is an embedded 由X clause of the same statement'), ('shall', '否則[應]照', '入境乘客', '', '', '否則 clause of the same sentence shares the written bearer; 以…為限 not labelled')],
    2: [('shall', '並[應]就下列', '', '', '', '除依前條規定辦理外，並應 is additive; thing subject 買賣或收益實例; 並記載 governed by the same 應; actor (the appraising agency) not named in the article')],
    3: [],
    4: [('shall', '當舖業[應]採行', '當舖業', '', '', '')],
    5: [('shall', '情形，[應]於每季', '', '', '', 'topic 獎勵費用分配情形; the reporting 矯正機關 is not named in the article')],
    6: [('shall', '憑證機構[應]於', '憑證機構', '', '', '')],
    7: [('may', '[得]恢復', '海關', '', '', '或派員駐庫監管 governed by the same 得')],
    8: [],
    9: [('shall', '人員[應]視', '專門職業及技術人員', '辦理查核之專門職業及技術人員', '', '')],
    10: [('may', '[得]由兼職', '兼職人員', '', '', 'hard: agent after 得由 is the bearer (convention); the written topic 位於…之認可職能復健專業機構 is the institution that is in substance permitted')],
    11: [('shall', '[應]另以一份', '', '', '各主管機關', 'thing subject 職技訓練經費概算表; actor from the article lead-in 各主管機關…並應依左列規定辦理')],
    12: [('may', '[得]合併計算', '', '', '', 'hard: subject 年資 is a thing; 法官及司法行政人員 of the …時 clause are only the beneficiaries, not the actor who computes; actor not named')],
    13: [('shall', '[應]裝設', '', '', '', 'thing subject (甲板、釣台); lead-in 小船船體應符合下列一般規定 names no actor')],
    14: [('may', '[得]占用', '現職雇員', '原臺灣省政府交通處臺灣鐵路管理局依雇員管理規則僱用之現職雇員', '', '其未具任用資格者 is a condition on N = 現職雇員')],
    15: [('shall', '[須]為', '申請經營通關網路者', '', '', 'headless agentive …者 kept whole; 須為 = must be (qualification); 且…達五億元 has no new cue')],
    16: [('shall', '時，[應]經', '土石採取業者', '第二項土石採取業者', '', 'subject of the …時 clause'), ('shall', '並[應]檢附', '土石採取業者', '第二項土石採取業者', '', '應…並應 are two statements')],
    17: [('shall_not', '[不得]有', '', '', '', 'topic 耳、鼻、喉科檢查; the examinee is not named in the article')],
    18: [],
    19: [('shall', '該節目[應]符合', '', '', '以第三條第一款所列節目報名、參賽節目創新獎者', 'thing subject 該節目; 以迷你劇集報名者 only sorts the cases; actor from the list lead-in')],
    20: [('may', '機關[得]依時價', '主管稽徵機關', '', '', '並補徵之 governed by the same 得; 應納稅額 attributive')],
    21: [],
    22: [('shall', '會計[應]依', '', '', '地方營、民營鐵路機構', 'thing subject 其附屬事業之會計; actor = N of the topic …者 phrase (possessor)')],
    23: [('shall', '出資額[應]依', '', '', '有限合夥', 'thing subject 其出資額; 有限合夥 named in the topic condition (possessor)'), ('exception', '[不適用]之', '', '', '', '但…不適用之')],
    24: [('shall_not', '[不得]令', '', '', '處理小組', 'list item without subject; lead-in 處理小組進行調查時，應依下列規定辦理'), ('exception', '[不在此限]', '', '', '', '')],
    25: [('shall', '[應]依行政院', '', '', '', 'topic 附屬單位預算之編製; the paragraph before names 各主管機關 only as reviewer, not clearly the compiler')],
    26: [('shall', '[應]於違法', '主管機關', '', '', '')],
    27: [('shall_not', '[不得]對', '', '', '受刑人', 'list item without subject; lead-in 受刑人外出時…並應遵守下列規定')],
    28: [],
    29: [('shall', '人[應]訂定', '航空器使用人', '', '', ''), ('shall', '內容[應]包括', '', '', '航空器使用人', 'thing subject 其內容'), ('shall', '設計[應]遵守', '', '', '航空器使用人', 'after ；, thing subject 操作手冊、程序、檢查表之設計')],
    30: [],
    31: [('shall', '[應]由負責人', '負責人', '', '', 'agent after 應由 is the bearer; 期貨商 is the subject of the …時 clause')],
    32: [('shall', '宣誓[應]莊重', '宣誓人', '', '', 'hard: topic 宣誓 (an act); the embedded 由宣誓人… clause of the same statement names the agent'), ('exception', '[不在此限]', '', '', '', '')],
    33: [('exception', '[除]法律', '', '', '', '除法律別有規定外 carves out of the 得 of the same sentence'), ('may', '[得]依本法', '', '', '', 'topic 公法上之爭議; the claimant is not named')],
    34: [('shall', '時效期間[應]接續', '', '', '', 'after ；, thing subject 時效期間; actor not named; 適用 not labelled')],
    35: [('shall', '仍[應]於', '依前項但書規定申請者', '', '', 'headless agentive …者 kept whole')],
    36: [('shall', '[應]依種類', '', '', '地方行政機關', 'list item without subject; lead-in 地方行政機關…其業務如左; 供應, 應徵人 false friends'), ('may', '[得]自行', '', '', '地方行政機關', 'second cue of the same sentence, no written bearer')],
    37: [('shall', '[應]以行政院', '主計處', '', '', '並邀集… and the 由行政院分行… clause carry no new cue: one statement')],
    38: [('shall', '熔線[應]有', '', '', '', 'thing subject 熔線; 不能 is not a guide cue; lead-in names no actor')],
    39: [('exception', '[除]法令', '', '', '', '除法令另有規定者外 carves out of 得予公開'), ('may', '[得]予公開', '', '', '', 'thing subject 秘密會議文件; actor not named'), ('may', '[得]由院長', '院長', '', '', '但…得 without 不在此限 is a may; agent after 得由')],
    40: [('may', '[得]保留', '', '', '', 'hard: 但…得 without 不在此限 is a may inside a trigger-condition item (lead-in …者，應予退訓); the trainee is only the beneficiary; 經…認應採行… is inside the condition, not labelled')],
    41: [('may', '[得]以三點五倍', '', '', '廠商', 'thing subject 額度倍數; lead-in 廠商銷售…依下列方式計算其加權平均能效; 對應 false friend')],
    42: [('shall', '[須]滿', '', '', '申請人', 'hard: thing subject 累計修業時間; 持博士學位者 only sorts the cases; the lead-in defines 修業期限 of the 申請人 (possessor); a requirement inside a definitional paragraph, labelled for the modal 須')],
    43: [('shall', '高度[應]距離', '', '', '', 'thing subject 其高度; the first clause 設…進排氣管 has no cue; lead-in names no actor'), ('shall', '並[應]加裝', '', '', '', 'thing topic 管頂端; second 應 is its own statement')],
    44: [('shall', '[應]符合', '', '', '經營者', 'thing subject (服務品質); 經營者 is the possessor inside the topic NP')],
    45: [('shall', '登錄作業，[應]依', '', '', '證券投資信託事業、證券投資顧問事業及證券商', 'thing subject (範圍、資格條件、申請程序及登錄作業); actor = N of the topic …者 phrase; 得辦理之 and 應具備之 are attributive')],
    46: [('may', '[得]依本法', '主管機關或受託機構', '', '', 'subject of the …後 clause; 蒐集、製作、送…審議 are one statement')],
    47: [('shall', '[應]自本會', '本國金融機構', '', '', '')],
    48: [],
    49: [('may', '機關[得]於繳納', '稅捐稽徵機關', '', '', '並免提供擔保: 免 not labelled'), ('may', '機關[得]於法定', '稅捐稽徵機關', '', '', 'after ；, own written subject')],
    50: [('shall', '並[應]以', '', '', '', '除補償…外，並應 is additive; topic 出租耕地; the party compensating is not named here nor in the paragraph before')],
    51: [('may', '[得]選定', '學生', '學生二人以上', '', ''), ('shall', '代表人[應]於', '', '', '學生', 'hard: 選定代表人 read as the act of selection (訴願法第21條 formula), an act topic; after ；')],
    52: [('exception', '[不在此限]', '', '', '', 'disqualification list item; 得易科罰金 inside the …者 condition not labelled')],
    53: [('shall', '[應]提報', '', '', '學校', 'thing subject 年度財務規劃報告書; actor 學校 from the paragraph before; 於…報管理機關備查 same statement')],
    54: [('may', '[得]合併', '本會', '', '', '')],
    55: [('shall', '[應]通知', '標準專責機關', '', '', 'the 屆期未依規定補正者，附記… clause has no new cue: same statement')],
    56: [('may', '[得]訂定', '主管機關', '', '', '')],
    57: [('shall', '[應]訂定', '監督機關', '', '', '推動辦理… governed by the same 應')],
    58: [('shall', '[應]符合', '學校法人', '', '', '')],
    59: [('shall', '盈餘[應]用於', '', '', '私立博物館', 'hard: 應用於 = 應 + 用於 (shall be used for), not the false friend 應用; thing subject 盈餘, possessor 私立博物館'), ('shall_not', '[不得]分配', '', '', '私立博物館', 'same sentence, thing subject')],
    60: [],
    61: [('may', '，[得]由本部', '本部', '', '', 'agent after 得由')],
    62: [('shall_not', '，[不得]移供', '', '', '保險業', 'thing subject 場所; 保險業 is the agent inside the topic NP'), ('shall_not', '場所[不得]有', '', '', '保險業', 'second clause after 且, no subject')],
    63: [('shall', '者，[應]說明', '', '', '', 'lead-in 投資人須知應載明下列事項 (document); no author named in lead-in or para 1 (which names who delivers it)')],
    64: [('shall', '監視，[應]依', '^[醫療器材許可證所有人或登錄者]', '', '', ''), ('shall', '計畫書，[應]由', '由[醫療器材許可證所有人或登錄者]', '', '', 'agent after 應由')],
    65: [('shall', '機關[應]按', '直轄市、縣（市）主管機關', '', '', '並追究 governed by the same 應: one statement')],
    66: [('shall', '截止後，[應]即', '各級檢察署及其檢察分署', '', '', '應即 one cue; 得票數 false friend'), ('shall', '完成後，[應]將', '', '', '各級檢察署及其檢察分署', 'new sentence, no subject; 均予 not a cue')],
    67: [('shall', '封面[應]以', '', '', '第一上市（櫃）公司及興櫃公司', 'thing subject; lead-in has no actor, para 1 (right before) names the companies that prepare the prospectus')],
    68: [('shall', '者，[應]於', '依本法規定取得任一公開發行公司已發行股份總額超過百分之十之股份者', '', '', 'headless agentive …者 kept whole (after 為併購目的，); 應行申報之事項 attributive'), ('shall', '時，[應]隨時', '', '', '依本法規定取得任一公開發行公司已發行股份總額超過百分之十之股份者', 'after ；, topic 申報事項 is a thing')],
    69: [('may', '[得]由其中', '公害糾紛當事人', '多數有共同利益之公害糾紛當事人', '', '得由其中 = select from among them, not an agent 由')],
    70: [('may', '，[得]沒入', '', '', '', 'confiscation; authority not named; 處…罰鍰 is a fact, not labelled')],
    71: [('shall', '時，[應]即', '', '', '雇主', 'lead-in 雇主儲存、使用鉛…時，依下列規定')],
    72: [('shall', '者，[應]退回', '', '', '立法院', 'thing subject 雙邊條約; 立法院 agent inside the topic NP (and subject of para 1); hard: could be read as the executive')],
    73: [('shall', '時，[應]檢具', '', '', '', 'applicant not named anywhere in the article')],
    74: [],
    75: [('shall', '時，[應]出示', '主管機關', '', '', ''), ('shall', '查核時[應]作成', '', '', '主管機關', 'after ；, no subject; 並由查核人員…簽章 is an embedded 由X clause under the same 應')],
    76: [('shall', '導管[應]為', '', '', '雇主', 'thing subject; 雇主 agent inside the topic NP; 並於…開設 governed by the same 應')],
    77: [],
    78: [],
    79: [('may', '者，[得]以', '', '', '', 'thing topic 積極利益; 主管機關 appears only in the items')],
    80: [('shall_not', '，[不得]取得', '', '', '', 'thing subject 申請專利之發明'), ('exception', '[不在此限]', '', '', '', '')],
    81: [('may', '時[得]於', '', '', '', 'thing topic; actor not named in this or the previous paragraph')],
    82: [('shall', '機關[應]彙集', '主管機關', '', '', 'one 應 over 編印…送達…並分別張貼…及公開')],
    83: [('shall', '機關[應]設置', '直轄市、縣（市）主管機關', '前條直轄市、縣（市）主管機關', '', '')],
    84: [('may', '者，[得]報請', '教師', '', '', 'hard: N[condition]者 keeps N grammatically; the one who 報請 could be the school (not named)')],
    85: [('shall', '建築物，[應]依', '', '', '', 'thing subject 建築物; owner not named'), ('exception', '[不在此限]', '', '', '', '')],
    86: [('may', '後，[得]申請', '雇主', '', '', '')],
    87: [('shall', '者，[應]繳納', '向交通部鐵道局申請認可為檢測機構或驗證機構、複審、展延認可有效期間或增列認可範圍者', '', '', 'headless agentive …者 kept whole; second clause 以一件計收之 has no cue')],
    88: [('may', '時[得]另', '', '', '典試委員會', 'topic 實地測驗委員 is the patient of 遴聘; para 1 names 典試委員會; 除…外 additive, not labelled')],
    89: [('may', '，[得]為', '', '', '學校', 'lead-in 學校聘任…代課、代理教師，應依下列資格順序公開甄選; the teacher is the patient')],
    90: [('shall', '，[負]依限', '', '', '各層負責人員', 'hard/new: 負…之責 read as 負…義務; lead-in 各層負責人員…有左列各種之責任; 應辦之文件 attributive')],
    91: [],
    92: [('shall', '制度[應]包括', '', '', '金融控股公司', 'thing subject; possessor inside the topic NP')],
    93: [('may', '，[得]辦理', '臺灣地區保險業、保險代理人公司、保險經紀人公司及保險公證人公司', '', '', 'hard: subject of the framing clause 在大陸地區設立代表人辦事處 (the office itself could be read as the actor)'), ('shall', '並[應]符合', '臺灣地區保險業、保險代理人公司、保險經紀人公司及保險公證人公司', '', '', '得…並應: two statements')],
    94: [('may', '制，[得]逕行', '曾領有自用動力小船駕駛執照或動力小船駕駛證者', '', '', 'headless …者 kept whole; 不受…限制 not labelled')],
    95: [('shall_not', '[不應]低於', '', '', '', 'thing subject; lead-in 呼吸閥…得准旁通之 names no actor; item is a stand-alone requirement'), ('shall', '出口[應]較', '', '', '', 'thing subject')],
    96: [('exception', '[除]以研究', '', '', '', '除…外 carves the gratis-equity case out of the may of the same sentence; 取得 false friend'), ('may', '外，[得]以', '', '', '國立大學校院', 'lead-in 國立大學校院…得投資下列項目')],
    97: [('may', '，[得]由', '遺族', '其第四十三條所定遺族', '', 'agent after 得由; 其 and 所定 modifier to bearer_full')],
    98: [('shall', '書，[應]表明', '', '', '', 'thing subject; 並提出 under the same 應; the debtor is named only in para 1, not adjacent')],
    99: [('shall', '爭執，[應]由', '移交人或接收人', '', '', 'agent after 應由; 會同監交人 not a co-bearer'), ('shall', '爭執，[應]陳報', '主管人員及經管人員', '', '', 'hard: subject of the framing clause 主管人員及經管人員交接發生爭執 (main clause has none)')],
    100: [('exception', '[除]前項', '', '', '', '除…外 carves out of the statements of the same sentence'), ('shall', '者，[應]依法', '', '', '', '經廢止許可者 is the patient of 處分/追繳; authority not named; 應繳之使用費 attributive'), ('shall_not', '年內[不得]再', '經廢止許可者', '', '', 'hard: the …者 topic is the agent of 再申請 (not of the preceding 應)')],
    101: [],
    102: [('shall', '人，[應]依', '公司', '', '', '')],
    103: [('shall', '計畫，[應]依', '', '', '各主管機關', 'thing subject; lead-in 前項歲出概算，應…; para 1 names 各主管機關; 應用 false friend')],
    104: [('shall', '者，[應]說明', '', '', '', 'thing topic; lead-ins 資通安全管理： / 公司治理應記載下列事項 name no actor; 因應 false friend')],
    105: [],
    106: [],
    107: [('shall', '等，[應]分別', '', '', '', 'thing subject; lead-in 損益表之科目結構…如左 names no actor; 獲得 false friend'), ('shall', '折讓，[應]列為', '', '', '', 'thing subject')],
    108: [],
    109: [('may', '者[得]依', '全區性廣播事業得標者', '', '', 'hard: 得標者 = winning bidder, kept whole (not yet a 廣播事業); 得標 false friend')],
    110: [],
    111: [],
    112: [('shall', '代理人[應]於', '總代理人', '', '', '須知 false friend')],
    113: [],
    114: [],
    115: [('may', '，[得]按', '', '', '承租人', '但…得 without 不在此限; thing topic 其約定負擔之…費用; 承租人 subject of the …者 framing clause')],
    116: [('shall', '等[應]依', '', '', '金融機構', 'thing subject; 金融機構 subject of the framing clause; 應收債權 false friend'), ('shall', '並[應]經', '', '', '金融機構', 'thing subject 通知書函範本; 送主管機關備查 under the same 應')],
    117: [('shall', '損益，[應]合併', '', '', '發行人', 'hard/new: modal clause inside the definiens of 所稱…指…; 發行人 agent inside the topic NP; the restated 應併計 inside 所稱 not labelled')],
    118: [],
    119: [('shall_not', '，[不得]依', '', '', '', 'the …者 is the patient (not to be reduced); court not named'), ('exception', '[不在此限]', '', '', '', '')],
    120: [],
}
