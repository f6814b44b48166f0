# fresh36: seed 2039111, session 36 (two readers: a = 1-60, b = 61-120)
# o36: reader a, provisions 1-60 of /work/eval/s36/o36/to_label-a.tsv (sample seed 2039111, session 36)
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh35-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh35):
# - a second cue of the same sentence (並得, 並應) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; 之-modifiers and determiners (前項, 該管) go to bearer_full; coordinated subjects kept
#   whole; the agent right after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，應另 is additive;
#   應…始得 is two statements (shall + may); 應不予 is one shall_not at 應不; 但…須 without 不在此限 is a shall.
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 / 應注意事項 / 應處罰鍰案件, false friends
#   取得, 因應, 供應, 應考人, 應召, 應否, 免予; 準用 / 處…罰鍰 / 以…為限 / 視為 are no cues.
LABELS = {
    1: [
        ('shall', '內[應]自行', '', '', '受訓人員',
         'no subject written; paragraph right before: 受訓人員…應檢具證明文件向經濟部申請延訓 -> carried; 逾期未提出申請者 condition, 視同 no cue'),
    ],
    2: [
        ('shall', '主[應]於', '雇主', '', '', ''),
        ('shall', '時[應]向', '雇主', '', '', 'second 應 of the same sentence, shares the written bearer; 必要時 condition'),
    ],
    3: [
        ('may', '裁判，[得]上訴', '', '', '', 'the parties are not named; 或抗告 same 得; 其審判由勞動法庭以合議行之 has no cue'),
    ],
    4: [
        ('may', '機關[得]委由', '中央主管機關', '', '', '前項業務檢查 is an act topic'),
    ],
    5: [
        ('shall', '執業，[應]向', '^[醫事放射師]', '', '', '領有執業執照 same 應'),
        ('may', '[始得]執業', '^[醫事放射師]', '', '', '應…始得 = shall + may'),
    ],
    6: [
        ('shall', '者，[應]於原申報', '^[船長或管理人]', '', '',
         'N[condition]者 keeps N; 須註銷…者 is inside the condition (not labelled)'),
    ],
    7: [
        ('shall', '公所[應]於', '^[鄉、鎮、市公所]', '', '', '檢附… / 函送… / 並函知當地警察機關 same 應'),
    ],
    8: [
        ('shall', '貨物[應]於移運', '', '', '離島免稅購物商店',
         'hard: thing subject (前二項保稅貨物); the shop moving its bonded goods is named in the paragraph right before -> carried; 辦理加封 has no cue'),
        ('may', '海關[得]視', '監管海關', '', '', 'own subject'),
    ],
    9: [
        ('shall_not', '[應不]予', '', '', '直轄市、縣（市）主管機關',
         '應不予 = one shall_not at 應不; thing subject (調解委員之名冊); paragraph right before: 直轄市、縣（市）主管機關應備置調解委員名冊 -> carried'),
    ],
    10: [
        ('shall', '並[應]列入', '', '', '管制藥品管理局與公賣局',
         'thing subject (有關收支); the agents of the same sentence (由管制藥品管理局與公賣局協商訂定, no cue) -> carried; 供應 false friend'),
    ],
    11: [
        ('shall_not', '事[不得]超過', '', '', '', 'thing subject (理事 number); lead-in names no actor (選舉 by members)'),
    ],
    12: [
        ('may', '會[得]與', '^[中華民國紅十字會]', '', '', '並接受其補助 same 得'),
    ],
    13: [
        ('may', '下，[得]承辦', '^[本局各單位]', '', '', '其代辦作業要點另定之 has no cue'),
    ],
    14: [
        ('shall', '後，[應]依', '^[經營者]', '', '', '取得 false friend; 取得…後 is a time condition'),
    ],
    15: [
        ('shall', '合作社[應]於', '^[合作社]', '', '',
         '由理事會推派… is not 應由 (應於…前，由…), the organ acting for the subject 合作社; 組成… / 辦理下列… same 應'),
    ],
    16: [
        ('may', '，[得]由', '勞動調解委員會', '', '', 'agent after 得由; 經兩造合意 is a condition'),
    ],
    17: [
        ('shall', '，[應]翔實', '', '', '各機關',
         'topic NP (各機關所管信託基金); the agent 各機關 inside the topic NP -> carried; 附入…併送 same 應'),
    ],
    18: [
        ('shall', '者，[應]填具', '報名參選者', '前項報名參選者', '', '並檢附 same 應'),
        ('shall', '者，[應]另檢附', '款[推薦參選者]', '依前項第二款推薦參選者', '',
         'after ；, own subject; 推薦者填具之推薦表 attributive'),
    ],
    19: [
        ('shall', '該節目[應]符合', '', '', '報名者',
         'thing subject (該節目); the entrant named in this item (以兒童少年節目報名者, condition) and in the lead-in (報名、參賽…者) -> carried'),
    ],
    20: [
        ('shall_not', '年資[不予]計算', '', '', '',
         'topic (超過之工作年資); lead-in (各機構人員退休金給與基準如下) names no actor; 給與 / 以…計 / 以…為限 have no cue'),
    ],
    21: [
        ('shall', '口[應]設置', '', '', '', 'no subject; no actor (technical standard)'),
    ],
    22: [
        ('shall', '業務，[應]檢具', '、[證券商]申請', '', '',
         '證券商辦理財富管理業務應注意事項 is a name (attributive 應注意事項), not labelled'),
    ],
    23: [
        ('shall_not', '機構[不得]以', '^[環境教育機構]', '', '', ''),
    ],
    24: [
        ('shall', '事項，[應]於開會', '', '', '',
         'act topic (前項各款討論事項); the sender of the materials is not named (para 1 only 董事會之決議) -> no carried'),
        ('shall', '。法務部[應]派員', '。[法務部]應', '', '', 'new sentence, own subject'),
        ('may', '並[得]於表決', '。[法務部]應', '', '', 'second cue of the same sentence shares the bearer'),
    ],
    25: [
        ('shall', '機關[應]以書面', '直轄市或縣（市）主管機關', '該管直轄市或縣（市）主管機關', '',
         '重劃區內…之土地 is a topic; 該管 determiner -> bearer_full; 逾期不接管者 condition, 視為 no cue'),
    ],
    26: [
        ('shall', '案件[應]於', '', '', '借款人',
         'topic NP (借款人申請延期還款案件); the agent 借款人 inside the topic NP -> carried'),
    ],
    27: [
        ('shall', '監事[應]列席', '^[常務監事]', '', '', ''),
    ],
    28: [
        ('shall', '後，[應]通知', '^[經濟部]', '', '', '於申請人備齊相關書件後 is a time condition'),
        ('may', '繳交，[得]予', '', '', '經濟部',
         'new sentence; 申請人未於期限內繳交 is a condition; omitted subject -> carried 經濟部'),
    ],
    29: [],  # 因應 false friend; list item of tasks, no operator
    30: [
        ('shall', '專家[應]於', '證券承銷商及其負責人、會計師、律師及其他專家', '', '',
         'coordinated kept whole; 所負責之部分 is no 負…義務'),
    ],
    31: [
        ('may', '監獄[得]分派', '監獄', '', '', '受刑人因特殊情形無法參加工場作業 is a condition; 受刑人 is the patient'),
    ],
    32: [
        ('shall', '遵守，[應]以', '', '', '',
         'act topic (各項期間之遵守); rule of computation with modal 應; no actor; 如係郵遞，以…為準 has no cue'),
    ],
    33: [
        ('shall', '計畫，[應]依', '', '', '各主管機關',
         'thing subject (科技發展計畫); lead-in 各主管機關應…依下列規定辦理 -> carried'),
    ],
    34: [],  # 應召服現役 (answer the call-up): 應召 false friend; no operator
    35: [
        ('shall', '時，[應]並受', '代表人、管理人或其他有代表權人',
         '學校與建教合作機構之代表人、管理人或其他有代表權人', '',
         'hard: liability (shall be subject to the same fine) with an explicit 應, labelled shall per the cue; 因執行職務致…受處罰時 condition'),
    ],
    36: [],  # 應處罰鍰案件 / 應課稅之所得額 attributive; 所得 false friend; 免予處罰 (免予) no cue
    37: [
        ('may', '心[得]視', '^[各組、室、中心]', '', '', '分科辦事 same 得'),
    ],
    38: [],  # 取得 false friend; list item of conditions, no operator
    39: [
        ('shall', '，[應]於適當', '本會', '', '', '其辦法，由本會定之 has no cue'),
    ],
    40: [],  # 應考人 false friend; definition of 口試, no operator
    41: [
        ('may', '起，[得]就', '^[證券投資信託事業]', '', '',
         '申請解除停止申報生效 same 得; 如未再經本會通知… 生效 has no cue'),
    ],
    42: [],  # definition clause (…指…且得經營證券業務之金融機構營業處所): 得 attributive inside a definition
    43: [
        ('may', '人，[得]以', '', '', '',
         'hard: 婦女候選人 read as the fronted object topic (…提出之, 之 = the candidate); the nominating signers/candidate as actor not written as subject -> bearer empty'),
    ],
    44: [
        ('shall', '時，[應]依', '', '', '業者', 'no subject in the item; lead-in 業者應採取下列資料安全管理措施 -> carried'),
    ],
    45: [
        ('may', '者，[得]合併', '', '', '運作人',
         '製造場所…位於同一直轄市、縣（市）者 is a condition about places; paragraph right before names 運作人 -> carried; 免另申請 has no cue'),
    ],
    46: [
        ('exception', '，[除]法律', '', '', '', '除法律另有規定外 carves out of the 得 of the same sentence'),
        ('may', '外，[得]處', '', '', '法院',
         '有…之義務者 / 經命其履行而不履行時 are conditions (義務 without 負, inside condition); the court (法院之裁定) -> carried'),
        ('may', '並[得]繼續', '', '', '法院', 'second 得 of the same sentence; 及按次連續各處… same 得'),
    ],
    47: [],  # 供應 false friend; list item of cases, no operator
    48: [
        ('shall', '，[應]盡保密', '', '', '審核委員',
         'hard: topic NP (審核委員因參與前項會議所知悉之資訊); the agent 審核委員 inside the topic NP -> carried (as fresh35 #34); 義務 without 負 not a second cue'),
        ('shall', '並[應]秉持', '', '', '審核委員', 'second cue of the same sentence; 公正執行職務 same 應'),
    ],
    49: [
        ('shall', '，[應]指定', '', '', '私立學校',
         'topic NP (私立學校新增之相關作業); the agent 私立學校 inside the topic NP -> carried; 並由其代表學校參加… same 應'),
    ],
    50: [
        ('may', '者，[得]於效期', '領有許可證者', '製造或輸入化粧品含有醫療或毒劇藥品，領有許可證者', '',
         'hard: headless agentive …者 phrase as subject; 仍須製造或輸入者 is a condition (須 inside it not labelled); 免依第一項申請查驗登記 has no cue'),
    ],
    51: [],  # 始取得 = 始 + 取得 (false friend), not 始得; list item of conditions
    52: [
        ('may', '，[得]註明', '', '', '',
         'thing subject (其發行條件); lead-in (公開說明書之封面，應…刊印下列事項) names no actor'),
    ],
    53: [
        ('shall', '撓度[應]為', '', '', '', 'thing subject (最大撓度); 以…吊升時 condition'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限; 不因撓度 no cue'),
    ],
    54: [
        ('shall', '本會[應]於', '^[本會]', '', '', '編列… / 由本會監察小組審議… / 函報… same 應'),
    ],
    55: [
        ('shall', '位準[應]介於', '', '', '', 'thing subject (信號位準); lead-in names no actor (系統 as condition)'),
        ('shall', '位準[須]比', '', '', '', '但…須 without 不在此限 is a shall; thing subject; 如…相鄰時 condition'),
    ],
    56: [
        ('may', '，[得]分別', '', '', '', 'thing topic (前項…各表); no actor in the article'),
    ],
    57: [
        ('shall', '，[應]比對', '', '', '主管機關或駐外館處',
         'hard: the two agents sit in separate clauses of the …時 condition (主管機關辦理…或駐外館處辦理…時); main clause has no subject -> carried'),
    ],
    58: [
        ('shall', '外，[應]另檢附', '^[出口人]', '', '',
         '除依前項規定辦理外，應另 is additive, not an exception'),
    ],
    59: [
        ('shall', '時，[應]提供', '債權人', '附解除條件之債權人', '', '並準用… same 應 (準用 no cue)'),
    ],
    60: [],  # 應否 (whether) false friend; 另由中央衛生主管機關…核辦或公告 has no cue
}

# ---- reader b, provisions 61-120 (numbered 1-60 in the reader's own file, +60 here) ----
# fresh36: session 36 (o36), reader b: provisions 61-120 of the sample (seed 2039111), numbered 1-60 here.
# Hand labels for /work/eval/s36/o36/to_label-b.tsv, provisions numbered 1-60 in file order: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh35-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh35):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''. A patient
#   (應予議處 / 不得應考's scoring) is not a bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers and
#   determiners (其) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…者 condition clause is
#   the bearer when the main clause has no subject of its own and that subject is the actor; the agent after
#   應由/得由 is the bearer.
# - 但…不在此限 / 不適用 / 除…外 carving out of a statement of the same sentence are exceptions; 除…外，並應 is
#   additive when the 除 clause is another act (besides …, also); 但…得 without 不在此限 is a may.
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 (應申報帳戶, 應進行…審查之資訊), cues inside 「」,
#   得應 (應 = respond / sit, a verb); false friends 取得, 獲得, 所得, 應考, 應變, 適應, 供應, 支應, 應納稅額, 是否需.
LABELS.update({
    61: [
        ('shall', '，[應]依', '', '', '受託機構',
         'no subject in the item (辦理受託業務 is an act topic); lead-in 受託機構應遵行下列事項 -> carried'),
    ],
    62: [
        ('may', '並[得]與', '', '', '',
         'no subject; the prisoner is the patient; lead-in (前條受刑人之和緩處遇，依下列方法為之) names no acting prison -> no carried; 視其個別情況定之 no cue'),
    ],
    63: [
        ('shall', '，[應]包括', '', '', '',
         'thing subject (施工中消防防護計畫); 管理權人 is named only in the following paragraph -> no carried'),
    ],
    64: [
        ('shall', '，[應]由', '事務管理單位', '', '',
         'agent after 應由; 宿舍借用人如有違反規定情事 is a condition; 簽報首長依規定處理 same 應'),
        ('shall', '人員[應]予', '', '', '',
         'hard: 有關人員應予議處 is passive (the staff are to be disciplined) -> patient, not bearer; the disciplining authority is not clearly named -> no carried'),
    ],
    65: [
        ('shall', '國防部[應]訂定', '國防部', '', '', '針對…需求 is a purpose/ground'),
    ],
    66: [
        ('may', '本部[得]委任', '本部', '', '', 'the fronted …稽核事務 is the object topic; 所定 no cue'),
    ],
    67: [
        ('shall_not', '合計[不得]超過', '', '', '',
         'thing subject (全案補助費); 勞工個別申請者 is a condition; lead-in 律師費補助標準如下 names no actor; 最高補助 no cue'),
    ],
    68: [
        ('shall_not', '，[不得]用', '', '', '', 'thing topic (…之簽名或蓋章); no actor in the article'),
    ],
    69: [],  # 取得 false friend; valuation rule (以…為準), no operator
    70: [
        ('may', '，[得]採', '', '', '',
         'act topic (…成績之考核); 各校 is named only in paragraph 3 (not right before) -> no carried'),
    ],
    71: [
        ('shall', '，[應]依', '', '', '本基金',
         'topic NP (本基金有關預算編製與執行及決算編造); its possessor 本基金 -> carried (as fresh35 #11)'),
    ],
    72: [
        ('exception', '[不在此限]', '', '', '',
         '但…不在此限 carves out of the lead-in 應實施環境影響評估; the item itself (位於…保護區) is a ground, no operator'),
    ],
    73: [
        ('shall_not', '店[不得]接受', '特約商店', '', '', 'contract clause required by the lead-in; own subject'),
    ],
    74: [
        ('exception', '[不適用]前項', '', '', '',
         '不適用前項之規定 carves these ships out of the preceding paragraph; the ships are the topic, not bearers'),
    ],
    75: [
        ('shall', '地下水[應]自', '', '', '目的事業主管機關',
         'thing subject (地下水); lead-in 目的事業主管機關其他應遵行事項 (應遵行 attributive) names the actor -> carried'),
        ('shall', '監測井[應]依', '', '', '目的事業主管機關',
         'new sentence, thing subject (標準監測井); 並製作基本資料卡 same 應'),
        ('shall', '均[應]符合', '', '', '目的事業主管機關',
         'new sentence, thing subject (監測井之開篩、水位及井水體積); 均 adverb'),
        ('shall', '者，[應]配合', '', '', '目的事業主管機關',
         '如不符合者 is a condition; no subject written; 採多深度設井及監測 same 應'),
    ],
    76: [
        ('shall', '會[應]由', '董事長', '', '',
         'bearer = agent after 應由 (董事會 is the object topic); 並擔任主席 same 應, same agent'),
    ],
    77: [],  # 適應 false friend; definition of the service content (包括…), no operator
    78: [
        ('shall', '團體[應]就', '團體', '接受委託之團體', '',
         '之-modifier -> bearer_full; 報請中央主管機關核定 same 應'),
    ],
    79: [
        ('shall_not', '，[不得]擔任', '^[有下列情形之一者]', '', '',
         'hard: the headless …者 phrase is the only subject, naming the persons (as fresh15 有下列情事之一者，不得充任)'),
    ],
    80: [
        ('shall', '基金[應]參照', '各基金', '', '',
         '衡酌… / 妥訂… / 據以核計… / 並力求節約、防杜…、抑減… all under the same 應'),
    ],
    81: [],  # 供應 false friend; list item of a fee class, no operator
    82: [
        ('shall', '，[應]加彙', '', '', '委員長',
         'thing subject (財產總目錄); the agent 委員長 inside its modifier (委員長移交之) -> carried'),
    ],
    83: [
        ('may', '，[得]依', '志願役現役軍（士）官、兵',
         '現任職於國防部與所屬機關（構）、部隊及學校，且服役滿四年之志願役現役軍（士）官、兵', '',
         'restrictive 之-modifier -> bearer_full'),
    ],
    84: [
        ('shall', '公司[應]於', '票券金融公司', '', '', '當…重大時 is a condition'),
        ('shall', '者，[應]於', '', '', '票券金融公司',
         'new sentence; 其他非利息淨損益金額達…者 is a condition; no subject written -> carried'),
    ],
    85: [
        ('may', '，[得]依', '', '', '申報金融機構',
         'topic (…之外國帳戶) with the agent 申報金融機構 inside its modifier -> carried; 應申報帳戶 (twice) attributive, not labelled'),
    ],
    86: [
        ('shall', '者，[應]告知', '法院', '', '',
         'subject of the …者 condition clause (法院以之定審理計畫…者) is the actor; main clause has no subject of its own'),
    ],
    87: [
        ('may', '金額[得]為', '', '', '',
         'thing subject (政治危險之保險金額); insurer not named in the article; 以…為限 no cue'),
    ],
    88: [
        ('exception', '[除]違反', '', '', '',
         'hard: 除違反第十條規定者外 excludes a class of the punished persons from the order to improve (a carve-out), the 並 meaning "besides the fine"; not the additive 除(another act)外，並應'),
        ('shall', '並[應]令其', '', '', '',
         'no subject written; the punishing authority is not named in the article (處…罰鍰 only) -> no carried; 處…停業處分 no cue'),
    ],
    89: [
        ('may', '連選[得]連任', '', '', '常務委員',
         'new sentence, omitted subject; 常務委員 (subject of the sentence before) -> carried; 以自動辭職論 / 由各政黨推薦遞補之 no cue'),
    ],
    90: [
        ('shall', '部[應]拒絕', '法務部', '', '', '有下列情形之一者 is a condition'),
    ],
    91: [
        ('shall', '業務[應]檢具', '銀行', '兼營信託業務之銀行', '',
         '之-modifier -> bearer_full; 申請辦理…信託業務 is the occasion; 報請主管機關核定 same 應'),
    ],
    92: [
        ('shall', '人[應]以', '^[申請人]', '', '', ''),
        ('may', '，[得]以書面', '', '', '申請人',
         '但…得 without 不在此限 is a may; new sentence, no subject written -> carried'),
    ],
    93: [
        ('shall', '者，[應]編製', '^[人身保險業]', '', '', 'N[condition]者 keeps N; no cue inside 「」'),
    ],
    94: [
        ('shall', '概況[應]記載', '', '', '',
         'thing subject (營運概況, a part of the annual report); the reporting company is not named in the provision -> no carried'),
    ],
    95: [
        ('shall', '導線[應]按', '', '', '', 'thing subject (進屋導線); no actor in the article'),
        ('shall_not', '徑[不得]小於', '', '', '', 'own thing subject (其最小線徑)'),
    ],
    96: [
        ('shall', '者，[應]自行', '', '', '出口人',
         'hard: the condition 出口人輸出之貨品有商標標示者 has a thing subject (貨品); 出口人 is the agent inside its modifier -> carried, not bearer'),
        ('shall_not', '，[不得]有', '', '', '出口人', 'same sentence, second operator, no subject written -> carried as above'),
    ],
    97: [
        ('may', '者，[得]分別', '', '', '',
         '兄弟同屬役男者 is a condition; the approving authority is not named (lead-in 依下列規定，核算…口數) -> no carried; 各發一次安家費 same 得; 最高以四口為限 no cue'),
    ],
    98: [
        ('may', '後，[得]通知', '^[預審委員]', '', '',
         '認為有必要者 / 經…決議後 are conditions; 預審委員 is the sentence subject'),
        ('may', '申訴會[得]以', '申訴會', '', '',
         '但…得 without 不在此限 is a may; 應及時處理 is inside the 認…者 condition (not labelled); 暫停之 same 得'),
    ],
    99: [
        ('shall', '學校[應]派', '相關學校', '', '',
         '以…為事件管轄學校 (both sentences) no cue'),
    ],
    100: [
        ('shall', '，[應]檢附', '^[銀行]', '', '', '申請兼營… is the occasion; 向主管機關申請許可 same 應'),
    ],
    101: [],  # 取得 false friend; list item of documents, no operator
    102: [
        ('shall', '時，[應]按', '', '', '',
         'hard: 提供者 (subject of the …時 clause) is the donor whose consent is sought, not the actor; the obtainer (…取得人體組織、細胞者) is named only in paragraph 1, not the paragraph right before -> no carried; 取得其書面同意 is the verb under the same 應'),
    ],
    103: [
        ('may', '本會[得]委任', '本會', '', '',
         '…歸屬於本會所有者 is a condition; 委託 same 得; 獲得 false friend'),
    ],
    104: [
        ('may', '機構[得]由', '執行機構', '', '',
         '由執行機構通知… (first sentence) / 視同放棄投資權 have no cue; 取得 false friend'),
    ],
    105: [
        ('shall_not', '，[不得]應考', '^[應考人]', '', '',
         'N[condition]者 keeps N; 應考人 / 應考資格 false friends; 應考 after 不得 is the verb'),
        ('shall_not', '均[不予]計分', '', '', '',
         'after ；, thing topic (已應考之科目); the scoring body (試務機關) is named only in paragraph 3 -> no carried'),
    ],
    106: [
        ('shall', '數額[應]符合', '', '', '主管機關',
         'thing subject (使用報酬之數額); paragraph right before: 主管機關許可強制授權者，應同時告知使用報酬之數額 (the authority fixes it) -> carried; 取得 false friend'),
    ],
    107: [],  # 取得 false friend; list item (a task), no operator
    108: [],  # definition (所稱…係指…); 所得稅 inside 「」, 應納稅額 false friend
    109: [
        ('may', '中心[得]應', '^[電子中心]', '', '',
         '應 after 得 is the verb (respond to a request), not a cue; 提供… / 並協調… same 得'),
    ],
    110: [
        ('shall', '個人[應]配合', '有關機關、機構、團體、事業或個人', '', '',
         'coordinated subject kept whole; the heading 應自動或自發提供締約他方之資訊 is attributive (…之資訊), not labelled'),
        ('shall', '並[應]於審查後', '', '', '有關機關、機構、團體、事業或個人',
         'after ；, own thing topic (應進行…審查之資訊, 應 attributive, not labelled) -> bearer empty; the reviewers named in this provision -> carried'),
    ],
    111: [
        ('shall', '，[應]由', '學校', '', '', 'agent after 應由; 支應 is the verb under 應 (false friend as a cue)'),
        ('shall_not', '且[不得]扣薪', '學校', '', '', 'second operator of the same sentence, shares the written bearer'),
    ],
    112: [
        ('shall', '者，[應]依', '^[取得廣播事業籌設許可者]', '', '',
         'headless agentive …者 phrase, the only subject, kept whole; 申請電臺執照 (next sentence) has no cue'),
    ],
    113: [],  # 取得 false friend; statement of fact / procedure, no operator
    114: [
        ('shall', '者，[應]具體', '^[提起再申訴者]', '', '', 'headless agentive …者 phrase, the only subject'),
        ('shall', '並[應]載明', '^[提起再申訴者]', '', '', 'second cue of the same sentence shares the bearer; 獲得 false friend'),
    ],
    115: [
        ('may', '者，[得]檢具', '^[下列情事之一，致未能依前項第一款、第二款所定年限取得建造執照或使用執照者]', '', '',
         'hard: headless …者 phrase (those who could not obtain the permits) is the only subject, kept whole; 向…申請展延 same 得; 以一次為限 / 最長為三年 no cue; 取得 false friend'),
    ],
    116: [
        ('shall', '運作人[應]組設', '相關運作人', '其相關運作人', '',
         'the fronted 製造、使用…化學物質 is the topic; 其 determiner -> bearer_full; 檢送…報請… / 輔助… same 應; 應變 false friend'),
    ],
    117: [
        ('shall_not', '本事業[不得]列為', '本事業', '', '',
         '依據契約應由倉庫負責人賠償者 is a condition (應 restates a contractual duty, not labelled)'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 不得; 取得 false friend'),
    ],
    118: [],  # 是否需經 (whether), 必需 adjective, 取得 false friend; checklist item, no operator
    119: [
        ('shall', '時，[應]對', '^[票券商]', '', '',
         'subject of the …時 clause, main clause has none; 查證… / 並取得… same 應'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應'),
    ],
    120: [
        ('shall', '者，[應]由', '林業、園藝及相關專業技師或聘有上列專業技師之技術顧問機關',
         '依法登記執業之林業、園藝及相關專業技師或聘有上列專業技師之技術顧問機關', '',
         'agent after 應由, coordinated alternatives kept whole (聘有…之 modifies the second conjunct only); 樹木保護與管理…者 is a condition'),
        ('may', '，[得]由', '依法取得相當類科技師證書者', '該機關、機構或法人內依法取得相當類科技師證書者', '',
         '但…得 without 不在此限 is a may; agent after 得由 (headless …者, the locative 該機關、機構或法人內 -> bearer_full); 取得 inside the agent phrase is not a cue'),
    ],
})
