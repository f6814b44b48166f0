# fresh65: seed 5530001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind early in session 48 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o65: reader a, provisions 1-60 of the sample seed 5530001, from /work/eval/o65/a/to_label-a.tsv, numbered in file order;
# labelled 2026-12-07 (session 48).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq48start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh63-labels.py and fresh64-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh63/fresh64):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並應 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else '' (an actor named only in a later paragraph is not carried).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners and
#   restrictive 之-modifiers go to bearer_full; short fixed modifiers that are part of the name are kept (本院職員,
#   本總臺各單位); the subject of a …時 clause is the bearer when the main clause has none; the agent after 應由/得由
#   (and of an embedded 由X clause of the same statement) is the bearer; an organisational unit that acts is an actor.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - a pronoun-headed condition 其…者 in a new sentence is a condition: bearer '', carried from the sentence before.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   但…得 / 但…應 without 不在此限 are a may / a shall; 不予 is a shall_not; 非依法不得 is a shall_not.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement (also 須 in the
#   items of a list of required activities, 營運總部認定辦法).
# - not labelled: attributive 應X之 / 應X事項 inside NPs (公告規定應登記事項, 應執行刑), a deontic verb that is only the
#   content of another statement (告知其…用戶得要求…; 允許…得進行…查核 inside the content of a document), 應否 / 宜否
#   (whether), 應為何種保護處分 inside a 為決定… purpose clause (the question to be decided), 需 (not a guide cue),
#   由…公告之 / 由…核定之, 以…為限, 視為; false friends 取得, 得獎, 供應, 因應, 應變 (災害應變中心), 應力, 所得.
# New conventions decided here:
# - a list item of a budget-submission article whose lead-in paragraph has a thing subject (前項歲出概算) carries the
#   actor named in the paragraph that lead-in restates (各主管機關編製歲出概算).
# - an item of a list of documents/contents (書面確認文件，其內容應包括：（一）該政府機關允許…得進行…查核) states a
#   condition of what the document must say; the 得 is the foreign authority's permission, not labelled.
# ---- reader b (its provisions renumbered 61-120 here) ----
# o65: reader b, provisions 61-120 of the sample seed 5530001, from /work/eval/o65/b/to_label-b.tsv, numbered in file
# order (1-60 here); labelled 2026-12-07 (session 48).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq48start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh63-labels.py and fresh64-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh63/fresh64):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also 令其…或廢止…) is one statement;
#   應…且應 / 應…並應 are two statements; 應…始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (董事及監察人 to be selected,
#   已聘任者 to be dismissed), gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP, or a compound thing noun naming its holder: 汽車運輸業營業執照), its list lead-in (also the article
#   lead-in above a nested list) or the paragraph right before clearly names the actor, else '' (an actor named
#   only two paragraphs up is not carried).
# - 'N[condition]者' keeps N; coordinated subjects are kept whole (a 之-modifier inside a coordination is kept in the
#   bearer); determiners (其) and restrictive / genitive 之-modifiers of the whole go to bearer_full; the subject of a
#   …時 clause or of a framing clause (各機關團體申請適用…規定，應…) is the bearer when the main clause has none
#   (unless it is only a non-actor of the main act); the agent after 應由 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition.
# - 但…不在此限 is an exception; 但…得 / 但…應 without 不在此限 are a may / a shall; …不適用… is an exception
#   (cue 不適用); 禁止 / 嚴禁 as the operative verb are shall_not (cue 禁止 / 嚴禁).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; an item
#   without its own operator is not labelled.
# - not labelled: attributive 應X之 inside NPs (依本法第八十八條應扣繳所得稅款之各類所得), cues inside …者 / 之情形
#   conditions and in list items that are trigger conditions (得予緩召者, 訓練期間依規定應體格複檢…, 前項須穿越…之情形),
#   a deontic verb that is only the content of another statement (不得藉由協議…使該持有人…得取得特別權利), 準用
#   (得準用 is labelled at 得), 適用, 由…定之 / 由X…擬訂 (no cue), 逕予, 准予, 免予 alone, 始 alone (始予認定);
#   不適用 = fail to apply inside a …者 condition (判決不適用法則…者); false friends 應變, 因應, 所得, 取得, 供應,
#   支應, 應賣, 應買人.
# New conventions decided here:
# - 應免予扣繳 (所得稅法施行細則 83) is a shall at 應 (免予 itself is no cue); alternative reading shall_not
#   (shall not be withheld).
# - a vehicle that stops (裝載危險物品車輛停駛時，應停放…) is a thing subject, not read as its operator (unlike the
#   applying vessel of fresh64 a, the act 停放 = be parked): bearer '', and the lead-in (車輛裝載危險物品應遵守…)
#   names no person, carried ''.
# - 禁止X接近 inside a duty clause: a shall_not at 禁止 whose written prohibited party is X (非作業人員) -> bearer X.
# - 應視為…，…並辦理扣繳、申報… (實際管理處所適用辦法 2): one shall at 應; the deemed enterprise also performs the
#   duties under the same 應, so it is the bearer.
# - a topic NP headed by an expenditure with the company as agent inside it (公司依本辦法規定投資於…之支出，應…填報)
#   gives bearer '' and carried = the company.

LABELS = {
    1: [('may', '[得]曉諭', '法院', '', '', 'subject of the sentence (法院如認為…); 即使…仍無法排除 no cue'), ('may', '[得]駁回', '', '', '法院', 'after ；, 其情節嚴重者 is a condition; court carried from the clause before')],
    2: [],
    3: [('may', '[得]參加', '護理師', '', '', '護理師具備…者: N[condition]者 keeps N')],
    4: [('may', '[得]限期', '管理機關及有關機關', '', '', 'the …者 (the enterprise) is the patient; 廢止其籌設許可 no cue')],
    5: [('may', '[得]準用', '國民大會代表', '', '', '參加公務人員保險 under the same 得; 比照 no cue')],
    6: [('may', '[得]不經', '', '', '行政法院', 'the …者 is the request (condition); para 1 (right before) names 行政法院')],
    7: [('shall_not', '[不得]以', '', '', '營利事業或個人', 'thing subject 前項差額; para 1 names the taxpayers; 所得 in the law name only')],
    8: [('shall', '[應]送請', '', '', '軍事檢察官', 'thing subject (文件); 軍事檢察官 agent inside the topic NP; second sentence 逕送 has no cue')],
    9: [('exception', '[除]因公', '', '', '', '除因公外 carves out of the 不得 of the same sentence'), ('shall_not', '[不得]接見', '本院職員', '', '', '本院 kept as part of the name')],
    10: [('may', '[得]視需要', '森林保護機關', '', '', '僱用…從事… under the same 得')],
    11: [('shall_not', '[不得]逾', '', '', '', 'thing subject 編餘期間; para 1 names no actor (軍法官 is the patient)')],
    12: [('shall', '[應]建立', '', '', '期貨結算機構', 'hard: topic NP 期貨結算機構持有金融工具之經營模式、… read as a thing topic with the clearing house as agent inside it (alternative: 期貨結算機構 as subject); 並蒐集 under the same 應'), ('shall', '[應]納入', '', '', '期貨結算機構', 'thing subject 相關控管措施; 其會計制度 = the clearing house')],
    13: [('shall', '[須]有', '', '', '', 'thing subject (搬器, lead-in 升降機之搬器應符合下列規定); no actor; 時 clause is a condition')],
    14: [('shall', '[應]進儲', '', '', '園區事業', 'thing subject 保稅貨品; 園區事業 agent inside the topic NP'), ('may', '[得]經海關', '', '', '園區事業', '但…得 without 不在此限 is a may; the …者 is a condition; 海關 only approves')],
    15: [('shall', '[應]先', '', '', '', 'no actor in the article (重測 authority not named)'), ('shall_not', '[不得]廢棄', '', '', '', '非依法不得; the …者 (測量標) is a condition')],
    16: [('may', '[得]收取評鑑費', '中央主管機關', '', '', ''), ('may', '[得]收取執照費', '直轄市、縣（市）主管機關', '', '', 'own subject after ；; 依本法核發執照時 condition')],
    17: [('shall', '[應]按', '', '', '', 'thing subject 退伍金總額; no computing authority named in the provision or para 2; second clause (為…) no cue')],
    18: [('shall', '[應]於指定', '選接服務提供者', '', '', '既有用戶得要求… is only the content of 告知 (not labelled)'), ('may', '[得]由', '得由[選接服務提供者]代為', '', '', 'agent after 得由; 如其用戶不行使… condition')],
    19: [('shall', '[應]訂定', '航空器使用人', '', '', ''), ('shall', '[應]包括', '', '', '航空器使用人', 'thing subject 該計畫; the planner named in the clause before')],
    20: [('shall', '[應]於固定', '', '', '報名、參賽廣播金鐘獎者', 'hard: 報名單元節目獎者 sorts the cases under the lead-in 報名、參賽廣播金鐘獎者，應遵守下列事項 -> condition'), ('shall_not', '[不得]報名', '', '', '報名、參賽廣播金鐘獎者', 'new sentence, thing subject 單元; actor from the lead-in')],
    21: [('shall', '裝置[應]具有', '', '', '', 'thing subject; lead-in names no actor'), ('shall', '兩閥[應]串接', '', '', '', 'thing subject'), ('shall', '則[應]在', '', '', '', 'thing subject 另一閥'), ('shall', '佈置[應]當所需', '', '', '', '應當 = shall; thing subject 佈置; 供應 false friend; 另一方法係… no cue')],
    22: [],
    23: [('shall', '[應]提出', '申請開發者', '', '', '申請開發者如…者: N[condition]者 keeps N')],
    24: [('shall', '[應]將', '主辦機關', '', '', '並刊登 under the same 應')],
    25: [('shall', '[應]作成', '', '', '', 'thing subject 前項作業; para 2 (使用回收或回用設備，應採行…) names no actor; 並保存 under the same 應')],
    26: [('may', '[得]視課程', '各專班', '', '', "hard: the program written as the hiring unit (organisational unit acting); alternative bearer '' carried the schools of the lead-in"), ('shall', '並[應]有', '各專班', '', '', '得…並應: two statements, shared written bearer; 由本部每年公告之 no cue')],
    27: [('shall', '[應]配合', '主管機關', '', '', '')],
    28: [('shall', '[應]研擬', '', '', '保險業', 'list item writes its own operator; the …者 is a condition; lead-in 保險業應…檢視…下列事項; 因應 false friend')],
    29: [('shall', '[應]經', '專科以上學校', '', '', '檢具…申請 under the same 應')],
    30: [('shall', '[應]依', '', '', '各主管機關', 'thing subject 科技發展計畫; lead-in (前項歲出概算) restates para 1, whose subject 各主管機關 edits and submits the estimates')],
    31: [('shall', '[應]扣', '', '', '汽車客運業', 'hard: 旅客 is the patient of the deduction; the carrier, named in para 1 item 2 as setting refund rules, is carried; 由…核定之 not labelled')],
    32: [('shall', '[應]重新', '', '', '', '…時 clause is a condition; para 1 names 交通部觀光署 only for announcing the postponement, not clearly the question setter'), ('may', '[得]採用', '', '', '', '但…得 without 不在此限 is a may; 評量審議會 is the agent of the confirmation (condition), not of adopting the questions')],
    33: [('shall_not', '[不得]超過', '', '', '飛航組員', 'list item; lead-in 飛航組員…其起飛降落次數不得超過下列規定 (possessor of the topic)')],
    34: [('shall_not', '[不得]有', '', '', '', 'topic 頭部損傷; lead-in 精神及神經系統檢查標準如下 names no actor')],
    35: [('shall', '[應]以書面', '', '', '', 'thing subject 審議結果; para 3 (right before) names no actor')],
    36: [('shall', '[應]採取', '', '', '中藥批發零售業者', 'list item writes its own operator; 需報廢… inside a 時 condition (需 not a cue); lead-in names 中藥批發零售業者')],
    37: [('shall', '[應]廢止', '公路主管機關', '', '', '受託機構有下列情形之一者 is a condition (patient)')],
    38: [('shall', '[應]檢具', '退休人員', '', '', '至…開設 under the same 應')],
    39: [('shall', '[須]依', '', '', '公司', 'hard: 須 in an item of required activities (lead-in 公司掌控…營運範圍，應符合下列業務活動內容) labelled as a shall; no subject in the item')],
    40: [('shall', '[應]列入', '', '', '', 'thing subject (整地); no actor in the article'), ('shall', '[應]由', '受分配土地所有權人', '', '', '但…應由 without 不在此限 is a shall; agent after 應由'), ('may', '[得]向', '', '', '受分配土地所有權人', 'after ；, thing topic 所需經費; the owner carried from the clause before')],
    41: [('shall', '[應]受', '', '', '', 'topic 協助救災工作; the helpers are named only in para 2 (after), not carried; 應變 in 災害應變中心 false friend'), ('shall_not', '[不得]單獨', '', '', '', 'second cue of the same sentence, same topic')],
    42: [('may', '[得]由', '領受人', '', '', 'agent after 得由; 函請…補發 under the same 得'), ('shall', '[應]比照', '', '', '領受人', 'new sentence, 如原件查獲時 condition; carried from the sentence before')],
    43: [('may', '[得]予拒絕', '經營機構', '', '', '並以書面通知 under the same 得; the applicant is the patient')],
    44: [('shall', '[應]綜合', '各機關', '', '', '評估… 並…擬訂…報請 under the same 應')],
    45: [('shall', '[應]依捐助', '全體董事', '', '', 'hard: subject is the verbal topic 設立體育法人 (no founder named); the agent of the embedded 由全體董事 clause of the same statement taken as bearer')],
    46: [('may', '[得]另訂', '本總臺各單位', '', '', '')],
    47: [('may', '[得]按其等級', '', '', '', '人員 is the beneficiary of 發給; no paying authority named in the article')],
    48: [('shall', '[應]使', '', '', '', 'thing subject 混凝土材料配比; no actor')],
    49: [('shall', '[應]於大眾', '土地所有人', '', '', 'subject of the …時 clause; 向主管機關提出申請 under the same 應'), ('shall_not', '[不予]受理', '', '', '主管機關', '逾期 condition; the receiving authority named in the clause before; 依有關規定辦理 no cue')],
    50: [('shall', '[應]將', '直轄市、縣（市）建築師公會', '', '', '')],
    51: [('shall', '[應]依運送', '', '', '', 'thing subject 運送工具; lead-in and para 1 name no actor')],
    52: [('shall', '[應]將裁定', '少年法院', '', '', '宜否 / 應為何種保護處分 inside the 為決定… purpose clause (the question to decide): not labelled'), ('shall', '[應]與', '少年調查官', '', '', 'own subject after ；; 並為適當之指導 under the same 應')],
    53: [('may', '[得]要求', '主管機關', '', '', ''), ('shall_not', '[不得]規避', '被檢查者', '', '', 'own subject')],
    54: [('may', '[得]斟酌', '上級機關', '', '', '決定應否: 應否 = whether, not labelled'), ('shall', '[應]事先', '', '', '上級機關', '其未派員監辦者 is a pronoun-headed condition in a new sentence; carried from the sentence before')],
    55: [('shall_not', '[不得]小於五', '', '', '', 'thing subject; no actor in the article'), ('shall_not', '[不得]小於二', '', '', '', 'second cue, same thing topic')],
    56: [],
    57: [('shall', '[應]派員', '主管稽徵機關', '', '', '並由其負責收納… (no new cue) under the same 應; 如…時 condition')],
    58: [('shall', '[應]以法人', '', '', '財團法人', 'thing subject 財產; possessor inside the topic NP')],
    59: [],
    60: [],
    61: [('shall', '[應]檢具', '申請人', '', '', '')],
    62: [('shall', '[應]就', '', '', '', 'the directors and supervisors are the persons selected (patient); the selecting body is not named in the article')],
    63: [('shall', '[應]就', '直轄市、縣（市）主管建築機關或審查機構', '', '', 'coordinated subject kept whole')],
    64: [('may', '[得]準用', '遺族', '其遺族', '', 'the …者 clause is a condition on the deceased civil servant; 準用 itself is no cue')],
    65: [('shall', '[應]停放', '', '', '', 'hard/new: subject of the 時 clause is the vehicle (thing); lead-in 車輛裝載危險物品應遵守下列事項 names no person; alternative bearer 車輛 (metonymy for the driver); 與其他車輛隔離 under the same 應'), ('shall_not', '[禁止]非作業人員', '非作業人員', '', '', "hard/new: 禁止 as the operative verb; the written prohibited party is 非作業人員; alternative bearer '' (the driver keeps them away)"), ('shall_not', '並[嚴禁]在', '', '', '', '嚴禁 as operative verb (new sentence after 。); the one who must not park (driver) not named')],
    66: [],
    67: [('shall', '[應]保留', '', '', '', 'thing subject 電子連署系統電磁紀錄; para 1 (領銜人 keeps 連署人名冊電磁紀錄) concerns other records, no actor carried'), ('shall', '[應]延長', '', '', '', 'second cue, same thing subject')],
    68: [('shall', '[應]有', '試驗主持人', '', '', '')],
    69: [('shall_not', '[不得]拍定', '', '', '分署', 'the …者 clause (invalid bid etc.) is a condition; the executing agency 分署 is named in the next clause'), ('shall', '[應]終止', '分署', '', '', '並將…函送 under the same 應')],
    70: [('shall', '[應]自', '私立學校', '', '', '')],
    71: [('shall_not', '[不得]掛失', '', '', '', 'thing subject 本債券; holder not named'), ('exception', '[不適用]', '', '', '', 'after ；')],
    72: [('shall', '[應]重行', '', '', '', 'thing subject (films); the applicant appears only in item 2 below, not in the lead-in')],
    73: [],
    74: [],
    75: [('shall', '[應]依', '', '', '發行機構', 'the …者 sorts the cases (condition); article lead-in above the nested list: 發行機構受理…，應符合下列規定')],
    76: [('shall', '[應]輔導', '各大學', '', '', '')],
    77: [('shall', '均[應]依', '', '', '汽車運輸業', 'act topic (請領、補發或換發 of licences); 汽車運輸業 names the holder inside the topic NP')],
    78: [('shall', '[應]予', '直轄市、縣 (市) 主管機關', '', '', '補聘委員之任期… no cue')],
    79: [('may', '[得]向', '經營管理者', '工業專用港或工業專用碼頭之經營管理者', '', '')],
    80: [],
    81: [('may', '[得]解除', '直轄市、縣（市）主管機關', '', '', '令其重新選任…或廢止其登記 under the same 得; the …者 clause is a condition')],
    82: [('shall', '[應]加入', '乙種醫師', '', '', ''), ('may', '[始得]執業', '乙種醫師', '', '', '應…始得 two statements'), ('shall_not', '[不得]拒絕', '各醫師公會', '', '', 'own subject')],
    83: [('may', '[得]扣除', '', '', '', 'thing subject (overdue loans); the credit cooperative is named only in the law title / inside item conditions of para 1, not as actor')],
    84: [('may', '[得]終止', '國營事業及公立單位', '', '', '')],
    85: [('shall', '醫療機構[應]詢問', '醫療機構', '', '', ''), ('shall', '[應]據實', '病人本人或其家屬', '', '', 'own subject'), ('shall_not', '[不得]故意', '病人本人或其家屬', '', '', 'second cue of the same clause shares the bearer')],
    86: [('shall', '[應]自行', '退撫基金管理機關', '', '', '提供教職員自行選擇 under the same 應; 由…配置 / 由…擬訂，報請…核定 no cue')],
    87: [],
    88: [('may', '[得]選', '', '', '', 'no electors named in this paragraph or the one before (全體專任教師 only in para 1)'), ('shall', '[應]即', '', '', '', 'new sentence, no subject; no actor carried')],
    89: [('shall', '[應]予解聘', '', '', '學校', 'hard: 已聘任者 is the coach (patient); the employing school (named in 學校審委會) dismisses; alternative carried 校長 (para 2: 由校長聘任); 並報…備查 under the same 應; 撤銷其…資格 no cue')],
    90: [('may', '[得]於', '^[各級藝術類科學校、設有藝術系（所）、科之大專院校及設有藝術才能班之學校]', '', '', 'coordinated subject kept whole (之-modifiers inside the coordination)')],
    91: [('may', '[得]在', '被告', '', '', 'N[condition]者 keeps N'), ('may', '法院[得]限制', '法院', '', '', '但…得 without 不在此限 is a may')],
    92: [('shall', '[應]將', '檢驗機構', '', '', '')],
    93: [('shall', '[應]依', '', '', '發起人', 'thing subject 記載事項; para 1 (right before) names 發起人 as the one who submits the documents; 駁回 / 逕予駁回 no cue')],
    94: [('shall', '[應]由', '代表人或其授權之其他負責人', '網際網路零售業之代表人或其授權之其他負責人', '', 'agent after 應由; coordination kept whole, genitive 網際網路零售業之 to bearer_full')],
    95: [('shall', '[應]訂定', '承保機關', '', '', '送…備查 under the same 應')],
    96: [('shall_not', '[不得]調整', '', '', '專科以上學校', 'thing subject 招生名額; lead-in 專科以上學校得…自行調整…'), ('exception', '[不在此限]', '', '', '', '')],
    97: [('shall', '[應]先', '檢驗機構', '', '', 'subject of the 時 clause'), ('shall', '[應]即', '', '', '檢驗機構', 'new sentence without subject; 並記錄 under the same 應')],
    98: [('shall', '[應]注意', '審計機關', '', '', '')],
    99: [('shall', '噴嘴[應]以', '', '', '', 'thing subject; lead-ins name no actor'), ('shall', '內徑[應]在', '', '', '', 'thing subject'), ('shall', '角度[應]在', '', '', '', 'thing subject'), ('shall', '並[應]能', '', '', '', '並應 a further statement; thing subject')],
    100: [('may', '[得]比', '', '', '夜間部學生', 'thing subject 延長修業年限; 其 = 夜間部學生 (possessor), named in the sentence before')],
    101: [('shall', '[應]定期', '經營者', '', '', ''), ('shall', '且[應]依', '經營者', '', '', '應…且應 two statements; 應變 false friend')],
    102: [('shall', '[應]於', '', '', '公司', 'hard/new: topic NP headed by 支出 with 公司 as agent inside it; alternative bearer 公司; 並…檢附…，送請… under the same 應')],
    103: [('may', '[得]隨時', '驗證機關（構）', '', '', '取得 false friend')],
    104: [],
    105: [],
    106: [('shall', '[應]視為', '外國營利事業', '依外國法律設立，實際管理處所在中華民國境內之外國營利事業', '', "hard/new: deeming plus 並辦理扣繳、申報… under the same 應, performed by the enterprise; alternative thing/patient reading bearer ''; 適用…處罰規定 no cue")],
    107: [('may', '[得]在', '本中心', '', '', '或經由…報導 under the same 得')],
    108: [],
    109: [('may', '[得]依', '驗船機構', '其驗船機構', '', 'the …者 (the ship) is a condition; 准予 no cue; 取得 false friend')],
    110: [],
    111: [('shall', '[應]定期', '本會', '', '', '並揭載 under the same 應; 取得 false friend')],
    112: [],
    113: [('shall', '[應]於', '各機關團體', '', '', 'subject of the framing clause; 並檢附 under the same 應')],
    114: [('shall_not', '[不得]藉由', '^[公開收購人與不動產投資信託受益證券之特定持有人]', '', '', 'coordinated subject kept whole; 得取得 is only the content of the forbidden arrangement; 應賣 false friend')],
    115: [('may', '[得]就', '主管機關', '', '', '前項須穿越…之情形 is a condition (須 not labelled); 準用 no cue; 取得 false friend')],
    116: [],
    117: [('shall', '[應]免予', '', '', '', 'hard/new: 應免予扣繳 = shall be exempt from withholding, cue 應 (alternative shall_not); thing subject 各類所得; withholding agent not named; 應扣繳…之各類所得 attributive'), ('shall', '仍[應]扣繳', '', '', '', '但…應 without 不在此限 is a shall; 採定額免稅者 is the taxpayer (patient)')],
    118: [],
    119: [],
    120: [('shall', '[應]取得', '', '', '營利事業', 'hard: no subject; the purchasing 營利事業 is named inside the object (載有營利事業統一編號之發票); lead-ins name no actor; 始予認定 no cue')],
}
