# fresh58: seed 4690001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 44) late, after every obligations rule of the session, by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o58: reader a, provisions 1-60 of the sample seed 4690001 (numbered 1-60 here), from /work/eval/s44/o58/a/to_label-a.tsv,
# numbered in file order; labelled 2026-12-06 (session 44, late).
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
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
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence
#   (also 但…得) a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (不得聘任為…, 應予以獎勵,
#   應予以扣考), gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP),
#   its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 各該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause
#   is the bearer when the main clause has none; the agent after 應由/得由 is the bearer; a regulated place that acts
#   (公立殯儀館、火化場 申請設置; 社會工作師事務所 申請換照) is an actor.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 但…得 without 不在此限 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; a modal 得 inside
#   a parenthetical of a list item (（得免附資本額證明）) is labelled, as 須 in fresh53.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應實收之最低資本額, 應經…決議事項), cues inside …者 / …時
#   conditions (須搭乘飛機者, 必須編號登記者, 須蓋鋼印時, 依法令得補正時), 命, 免予, 予以 (alone), 可 / 方可 (not a
#   guide cue), 不需, 由…支給之, 亦同; false friends 應 = in response to (應工作需求), 應考人, 對應, 供應, 得標.
# New conventions decided here:
# - 應經X + act verb with a thing subject (應經X陳述意見, 應經X認證或驗證, 應經X簽名作成紀錄): 經 is not 由, so X
#   (the consulted / certifying / signing party) is not the bearer; bearer '' and carried = the regulated party
#   named in the provision or the paragraph before.
# - 應免予X (土地法 §41: 應免予編號登記) is one shall at 應 (exemption ordered; 免予 alone is not a cue).
# - 應予以X並不予Y is two statements: shall at 應 and shall_not at 不予 (不予 is its own guide cue).
# - 須…，方可… : 須 is a shall; 方可 is not a guide cue (unlike 方得), so not labelled.
# o58: reader b, provisions 61-120 of the sample seed 4690001 (numbered 1-60 here), from /work/eval/s44/o58/b/to_label-b.tsv,
# labelled 2026-12-06 (session 44, late).
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
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
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 are two statements;
#   after ； or in a new sentence a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N (bearer_full left empty for a pure condition); determiners (其, 該, 其他) and
#   restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時 clause is the bearer when the main
#   clause has none; the agent after 得由 is the bearer; an organ that acts (董事會 開會) is an actor, not a thing.
# - 但…不在此限 is an exception (also in a list item of a qualification standard or of eligibility conditions, and
#   also when the clause it carves out of has no guide cue: 由…負責, 不可); 除…外，並應 is additive, not an exception;
#   但…得 without 不在此限 is a may; penalty-sentencing 應審酌 / 得…加重 have no bearer (court not named).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (期間內應為之行為, 應遵行事項), cues inside …者 conditions
#   (依…規定應收集處理逕流廢水者), 由…負責 (no cue), 準用, 以…為限, 不包括; false friends 取得, 所得, 因應, 應變,
#   應用, 供應, 免納所得稅 (name).
# - new here: 不可 (不可有紅綠色盲, a health-standard criterion) is not labelled, as 可 is not a guide cue;
#   應區分為 (classification of things) is still a shall with no bearer.
LABELS = {
    1: [('shall', '訂定前，[應]經', '', '', '特定體育團體', "應經運動員專項委員會或由運動選手理事陳述意見: the committee / athlete directors only state opinions (consulted parties), the duty to consult is the 特定體育團體's (para 1 subject); hard: literal 由-agent reading would give 運動選手理事"), ('shall', '契約之訂定[應]審酌', '', '', '特定體育團體', 'topic 契約之訂定 (thing); actor from para 1')],
    2: [('shall', '機構，[應]依', '身心障礙者職業訓練機構', '', '', ''), ('shall_not', '[不得]少於', '', '', '身心障礙者職業訓練機構', 'after ；, thing subject 其室內樓地板面積; 其 = the institution (possessor)')],
    3: [('shall', '[須]有二年', '學員', '開除學籍之學員', '', '須 modal (precondition for re-entry); 方可 is not a guide cue, not labelled')],
    4: [('may', '[得]由', '社會工作相關團體', '中央主管機關委託或經認可之社會工作相關團體', '', 'agent after 得由; hard: could be read as 中央主管機關 may commission (bearer 中央主管機關)')],
    5: [('shall', '者，[應]事先', '', '', '出差人員', '須搭乘飛機者 is a condition (not labelled); 報由秘書長…核准: approver is not the bearer; traveller named later in this item'), ('shall', '報支時[應]檢附', '', '', '出差人員', ''), ('exception', '[不在此限]', '', '', '', 'parenthetical 不在此限 carving out of the airplane rule'), ('may', '[得]按同路段', '', '', '出差人員', 'thing subject 其交通費; 其 = 駕駛自用汽 (機) 車者 (the traveller who drives); 可報支 / 可比照 are not guide cues'), ('shall_not', '[不得]另行', '出差人員', '', '', '')],
    6: [('shall', '[應]予複檢', '', '', '', 'no actor named in the article')],
    7: [('shall', '[應]繳納', '申請設置儲油設備者', '', '', 'headless agentive …者 as only subject, kept whole')],
    8: [('shall', '[應]有', '', '', '藥品製造工廠', 'lead-in: 藥品製造工廠（以下簡稱藥廠）應具左列基本事項')],
    9: [('shall', '[應]檢具', '公立殯儀館、火化場', '', '', 'regulated place that acts (applies)'), ('shall', '[應]報中央', '', '', '', '其由直轄市、縣（市）立殯儀館、火化場申請設置者 sorts the case; who reports (the local authority or the municipal funeral home) is not clear, so no carried; hard')],
    10: [('shall', '時，[應]對', '各級政府機關', '', '', 'subject of the …時 clause; 命其… is not labelled'), ('may', '[得]先行', '', '', '各級政府機關', '但…得 without 不在此限 is a may; new sentence, no subject; 並於…補發 governed by the same 得')],
    11: [('shall', '[應]檢附', '教育或研究機關', '', '', 'subject of the …時 clause')],
    12: [('shall', '[應]在', '上級機關政風機構', '各該上級機關政風機構', '', "thing topic (員額); one 應 governing the embedded 由X…擬訂後，逐級層送 clause, bearer the 由-agent; hard (bearer '' also defensible)")],
    13: [],
    14: [('shall', '[應]符合', '', '', '保險人', 'thing subject 分攤方式; para 3 (right before) names 保險人'), ('may', '[得]要求', '主管機關', '', '', '')],
    15: [('shall', '[應]依', '', '', '', '直昇機 is a thing (aircraft), not a bearer; operator not named in the article; 不需 not a cue; hard')],
    16: [('shall', '[應]免予', '', '', '', '應免予編號登記: one shall at 應 (new convention); land is a thing, registry not named; 必須編號登記者 is a condition'), ('exception', '[不在此限]', '', '', '', '')],
    17: [('may', '[得]抽取', '主管機關', '', '', 'subject of the …時 clause; 會同…封緘，…交由…保存 governed by the same 得'), ('shall', '[應]予價購', '', '', '主管機關', 'thing subject 攜回之種苗')],
    18: [('shall_not', '[不予]補助', '', '', '縣（市）主管機關', 'the applicant is the patient; the authority is named in this provision'), ('shall', '[應]停止', '縣（市）主管機關', '', '', ''), ('may', '並[得]命', '縣（市）主管機關', '', '', '並得 after 應: second statement, shares the bearer'), ('exception', '[不在此限]', '', '', '', '依法令得補正時: cue inside a …時 condition, not labelled')],
    19: [],
    20: [('shall', '[應]於', '社會工作師事務所', '', '', '')],
    21: [('shall', '並[應]切結', '', '', '農民', "屬…資格者 only sorts the cases in a list item whose lead-in names 農民 (condition); 並應 here is the item's own shall")],
    22: [('shall', '[應]符合', '', '', '直轄市、縣（市）政府', 'thing subject (land); para 1 names 園區所在地之直轄市、縣（市）政府 as the applicant')],
    23: [('may', '[得]召開', '本會', '', '', ''), ('may', '並[得]邀請', '本會', '', '', '並得: second statement, shares the sentence subject 本會; hard (could be 主任委員 from 均由主任委員召集之)')],
    24: [('shall', '[應]以', '', '', '公用天然氣事業', 'topic 準備金之提撥 (thing); possessor 公用天然氣事業 inside the topic NP')],
    25: [('may', '[得]比照', '', '', '', '館長 is the patient of 聘任; appointing authority not named (本館 does not appoint its head)')],
    26: [('shall', '[應]予以扣考', '', '', '', '應考人 (false friend here, a person) is the patient; examination authority not named'), ('shall_not', '並[不予]計分', '', '', '', '不予 is its own cue: second statement (new convention); 亦同 not labelled')],
    27: [('shall', '[應]有', '', '', '', 'thing subject 進屋管槽; lead-in names no actor')],
    28: [('shall', '[應]建立', '航空器使用人', '', '', '')],
    29: [('exception', '[不適用]', '', '', '', '')],
    30: [('shall_not', '[不得]聘任', '', '', '學校', 'persons with the listed circumstances are the patients of 聘任; 學校 named in this provision'), ('shall', '[應]予以解聘', '學校', '', '', '')],
    31: [('shall', '[應]設置', '直轄市、縣 (市) 政府', '', '', '')],
    32: [('shall', '[應]依', '土地權利關係人', '', '', '')],
    33: [('shall', '者，[應]先報請', '無線廣播、電視事業', '', '', 'N[condition]者 keeps N'), ('shall', '時[應]由', '員工', '', '', 'agent after 應由; 並將…記錄之 governed by the same 應'), ('shall', '紀錄檔[應]至少', '', '', '無線廣播、電視事業', 'thing subject 該紀錄檔; the keeper is the enterprise (first sentence), hard (員工 also possible)')],
    34: [('exception', '前，[除]法律', '', '', '', '除…外 carving out of the shall of the same sentence'), ('shall', '外，[應]依', '保險業', '', '', '')],
    35: [('shall', '財產[應]由', '第六課', '', '', 'agent after 應由; 指定專人保管 governed by the same 應')],
    36: [('may', '[得]免適用', '', '', '發行人', 'the 被投資公司 is what is reported on (topic), not the actor; the reporting issuer is the agent inside the topic NP (發行人直接或間接控制之); hard')],
    37: [],
    38: [('shall', '[應]經', '', '', '申請人', 'thing subject (documents); 應經X認證或驗證: the certifying missions are not the bearer (new convention); the applicant is named inside the topic NP; 並自…有效 is not a cue')],
    39: [('shall_not', '[不得]', '', '', '大陸船員', 'lead-in: 大陸船員於受僱期間，應遵守下列事項')],
    40: [('shall_not', '[不得]', '參加人', '', '', 'subject of the …時 clause')],
    41: [('shall', '[應]於', '', '', '報驗義務人', 'the …者 phrase only sorts the cases; lead-in names 報驗義務人')],
    42: [('shall', '[應]事先', '發卡機構', '', '', ''), ('may', '[始得]', '發卡機構', '', '', '應…，始得 is two statements')],
    43: [('shall', '[應]依法', '審計機關', '', '', '')],
    44: [],
    45: [('shall', '[應]每半年', '受託機構', '', '', '')],
    46: [('shall', '[應]予以獎勵', '', '', '', 'the personnel are the beneficiaries; rewarding authority not named in the article')],
    47: [('shall', '[應]經', '', '', '鐵路機構', 'thing topic 前項檢查及確認; 應經鐵路機構當值人員簽名: 經 is not 由 (new convention), para 1 names 鐵路機構; hard (當值人員 as the signing agent also defensible)')],
    48: [],
    49: [('shall_not', '[不得]', '受訓人員', '', '', "N[condition]者 keeps N; 補考 is the trainee's act")],
    50: [('shall', '[應]依', '', '', '', 'thing topic (貨物進儲倉棧); 委託人 appears only in the items, lead-in names no actor')],
    51: [('shall', '[應]於', '保險業', '', '', '')],
    52: [('shall', '[應]併同', '直轄市、縣（市）主管機關', '', '', 'subject of the …後 clause'), ('shall', '[應]通知', '直轄市、縣（市）主管機關', '', '', 'same sentence, shares the bearer'), ('shall', '[應]於受理', '直轄市、縣（市）主管機關', '', '', ''), ('may', '[得]延長', '', '', '直轄市、縣（市）主管機關', 'after ；, no subject')],
    53: [],
    54: [('shall_not', '[不得]', '', '', '簽派員', 'thing subject 此措施; lead-in: 簽派員於緊急情況時，應依下列規定辦理')],
    55: [],
    56: [('may', '[得]', '設置公眾電信網路提供加值通信服務者', '', '', 'headless agentive …者 as only subject, kept whole; 並檢具…送…備查 governed by the same 得')],
    57: [('may', '[得]免附', '', '', '環境保護事業機構', 'modal 得 inside a parenthetical of a list item; lead-in: 由環境保護事業機構檢具左列文件')],
    58: [('may', '[得]命', '主管機關', '', '', '認有…必要者 is a condition; 命 itself not labelled')],
    59: [('shall', '[應]依', '', '', '雇主', 'thing subject 踏腳桁; lead-in: 雇主對於原木施工架，應依下列規定辦理')],
    60: [('shall', '[應]載明', '', '', '', 'thing subject (計畫內容); planner not named in the article')],
    61: [('shall', '，[應]同時', '', '', '申請人', 'topic clause 申請回復原狀 has no written subject; paragraph before: 申請人…得…申請回復原狀; 應為之行為 attributive, not labelled')],
    62: [('shall_not', '[不得]再以', '能源用戶', '該能源用戶', '', 'determiner 該 to bearer_full')],
    63: [],
    64: [('shall', '，[應]建立', '', '', '公司制期貨交易所', 'topic NP 公司制期貨交易所持有金融工具之經營模式、合約現金流量 (thing); exchange is the agent inside the topic NP; 並蒐集 under the same 應'), ('shall', '，[應]納入', '', '', '公司制期貨交易所', 'thing subject 相關控管措施; 其會計制度 = the exchange')],
    65: [('shall', '[應]於事實', '販賣業者', '', '', '')],
    66: [('may', '[得]於期間', '', '', '申請人', 'topic 前項補正; paragraph before: 農監會應通知申請人…補正')],
    67: [('may', '[得]申請無息', '海運承攬運送業', '', '', 'N[condition]者 keeps N'), ('shall_not', '保險金額[不得]低於', '', '', '海運承攬運送業', 'thing subject (該責任險 …保險金額); insurer of record is the forwarder named in the same provision'), ('shall_not', '總額[不得]低於', '', '', '海運承攬運送業', 'thing subject; as the statement before')],
    68: [('may', '[得]依不同', '中央主管機關', '', '', '')],
    69: [('exception', '[不在此限]', '', '', '', 'list item of a health-examination standard; 不可有…色盲 not labelled (不可 is not a guide cue), the 但…不在此限 is')],
    70: [('shall', '者，[應]申報', '事業或污水下水道系統', '', '', 'first 應 (應收集處理逕流廢水者) is inside the 者 condition, not labelled')],
    71: [('shall', '[應]記載', '', '', '', 'thing subject 傳票; paragraph before (傳喚證人應用傳票) names no actor')],
    72: [('shall', '[應]區分', '', '', '', 'classification of things (艙口、門口…應區分為…位置); no actor named')],
    73: [('shall_not', '[不得]超過', '', '', '法院', 'topic 管收期間; paragraph before: 法院得管收之')],
    74: [('shall_not', '[不得]營業', '土木包工業', '', '', '')],
    75: [('may', '亦[得]以', '訴訟關係人', '其他訴訟關係人', '', '其他 treated as a determiner (to bearer_full); 並準用 not labelled')],
    76: [('shall', '[應]於取得', '', '', '事業', 'the …變更者 phrase is a condition on things (負責人、住所 change), not the actor; 事業 is the possessor inside the topic NP (事業負責人) and the licensee who applies')],
    77: [('exception', '[不在此限]', '', '', '', 'main clause 由各該經管人員負責 has no guide cue (負責 ≠ 負…義務), not labelled; the 但…不在此限 is')],
    78: [('shall', '[應]先確認', '憲法法庭', '', '', ''), ('shall', '[應]告知', '憲法法庭', '', '', 'second cue of the same sentence shares the bearer')],
    79: [('shall', '[應]每年', '認證機構', '', '', '確認… governed by the same 應')],
    80: [('shall', '[應]以撥付', '', '', '', 'thing subject 交換取得之財產; lead-in 財產之入帳…依下列規定處理 names no actor; 取得 false friend')],
    81: [('shall', '[應]以地方', '', '', '', 'subject 全運會 is an event, not an actor; one-paragraph article names no organiser')],
    82: [('may', '[得]於幹線道', '', '', '', 'topic 交岔路口 (thing); 於支線道設置閃光紅燈 under the same 得; lead-ins (四、特種閃光號誌 / 道路交通有下列情形之一) name no actor')],
    83: [('shall', '[應]符合', '', '', '', 'thing subject 標的指數; paragraph before is a definition')],
    84: [('shall', '[應]開會', '董事會', '財團之董事會', '', 'the board (an organ that acts) is the subject; 由董事長召集之 has no cue')],
    85: [('shall_not', '[不得]超過', '', '', '', 'thing subject 年有效劑量; 限制性使用者 = in case of restricted use (condition); lead-in (廠址…輻射劑量…應符合下列標準) names no actor')],
    86: [('shall', '[應]就', '製造業者', '', '', '')],
    87: [('shall', '學校[應]主動', '學校', '', '', ''), ('shall', '並[應]確保', '學校', '', '', '除…外，並應 is additive, not an exception; inner 宣導 not labelled')],
    88: [('shall', '[應]出示', '檢查及資料蒐集人員', '其檢查及資料蒐集人員', '', 'determiner 其 to bearer_full')],
    89: [('shall', '，[應]於七日前', '民間機構', '', '', '')],
    90: [('may', '[得]組設', '^[行政院]', '', '', '')],
    91: [('shall', '[應]檢具', '共同處理機構籌備單位', '', '', 'subject of the …時 clause; main clause has none')],
    92: [('shall_not', '[不得]超過', '', '', '雇主', 'thing subject 攔截高度; lead-in: 雇主設置之安全網，應依下列規定辦理'), ('may', '作業[得]依', '', '', '雇主', '但…得 without 不在此限 is a may; 鋼構組配作業 is an activity/topic, not the actor')],
    93: [('shall', '[應]使勞工', '', '', '雇主', '勞工 is the patient (應使勞工接受…); 並依醫師建議，採取… under the same 應; lead-in names 雇主')],
    94: [],
    95: [('shall', '並[應]令其', '主管機關或證券主管機關', '', '', 'adverb 並 excluded; after ； 繼續令其限期改正，並按次處罰 has no cue, not labelled')],
    96: [('shall_not', '本部派免以前，[不得]', '地方薦任 (派) 職以上人事人員', '', '', 'the rank phrase kept as part of the name (no 之)'), ('shall_not', '主管機構派免以前，[不得]', '委任 (派 )職人事人員', '', '', '')],
    97: [('shall', '[應]儘量', '', '', '', 'thing subject 間隔; lead-ins (四、出入口： / 捷運客車應依下列規定設置…) name only things')],
    98: [('exception', '[不在此限]', '', '', '', 'list item of eligibility conditions; bearer of the exception left empty')],
    99: [('shall', '業者[應]於', '業者', '', '', '受聘僱之外籍駕駛員…者 is a condition')],
    100: [('shall', '[應]送原核定機關', '', '', '申請人', 'thing subject 經核定之承租使用計畫; paragraph before: 申請人應於計畫核定後…申請'), ('may', '[得]由原核定機關', '得由[原核定機關]逕行', '', '', 'agent after 得由; 並通知… under the same 得')],
    101: [],
    102: [],
    103: [],
    104: [],
    105: [('shall', '[應]於取得', '^[申請人]', '', '', '取得 false friend')],
    106: [('shall', '[應]於官網', '', '', '發行機構', 'no subject; nested lead-in （三）提供行動裝置之應用程式應符合… is a thing; article lead-in 前條發行機構管理面安全需求之安全設計 names 發行機構 (possessor)')],
    107: [],
    108: [],
    109: [],
    110: [],
    111: [('shall', '，[應]審酌', '', '', '', 'sentencing court not named (依本章科罰金時); 犯罪所得 false friend'), ('may', '[得]於所得利益', '', '', '', 'new sentence, court not named; 所得 false friend')],
    112: [],
    113: [],
    114: [],
    115: [],
    116: [('may', '[始得]接受', '處理機構', '取得核發機關核發廢棄物處理許可證（以下簡稱處理許可證）之處理機構', '', 'restrictive 之-modifier to bearer_full')],
    117: [('shall', '複委託[應]立有', '', '', '', 'subject 複委託 is an act/topic; the taxpayer (執行業務者) is named only in sibling item 一, not in the lead-in (複委託費：)'), ('shall', '並[應]依', '', '', '', '除剔除其費用外，並應 is additive; the actor (tax authority applying 所得稅法§110) is not named')],
    118: [('shall', '[應]於辦理', '^[營利事業]', '', '', 'read as 營利事業[…所增置之設備，依…縮短其耐用年數]者 (N[condition]者 keeps N); alternative reading: topic = the equipment, 營利事業 only the agent inside it')],
    119: [('shall', '九款[應]依', '', '', '補償義務人', 'subject 前條第三款至第九款 (items of loss); the same provision names 補償義務人; 所得 false friend'), ('shall', '補償義務人[應]發給', '補償義務人', '', '', 'new clause after ；')],
    120: [],
}
