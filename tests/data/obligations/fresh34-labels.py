# fresh34: seed 1790417, session 36 (two readers: a = 1-60, b = 61-120)
# Hand labels for /work/eval/s36/o34/to_label-a.tsv (sample seed 1790417, session 36, o34), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh33-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh33 reader a/b):
# - a second cue of the same sentence (並得, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; one 應/得 governing 並X / a following 由X clause without a new cue is one statement.
# - a thing / topic / patient subject gives bearer ''; `carried` when this provision (also an agent or possessor
#   inside the topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers
#   and determiners (其 / 其他) go to bearer_full; coordinated subjects kept whole; the agent right after 得由/應由
#   is the bearer, an agent only in a trailing 由 clause (應視…，由X辦理) is carried.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，並應 and
#   除依本法處罰外 (in addition to punishment) are additive; 但…得 without 不在此限 is a may.
# - not labelled (GUIDE, applied literally): cues inside …者/…時 conditions, cues inside 除…外, attributive
#   應X之 / 應載事項 / 應更新日期, reported content of 敘明; false friends 應用, 所得, 取得, 應考人, 應收帳款.
LABELS = {
    1: [
        ('shall', '，[應]於三個月', '', '', '爭審會',
         'act topic (爭審會對爭議案件之審定); the reviewing 爭審會 is the agent inside the topic NP -> carried'),
        ('may', '必要時，[得]予延長', '', '', '爭審會', 'after ；, no subject written; 並通知申請人 under the same 得'),
        ('may', '者，[得]免通知', '', '', '爭審會', '但…得免 without 不在此限 is a may; 經申請人同意者 is a condition'),
        ('shall_not', '最長[不得]逾', '', '', '爭審會', 'new sentence, topic (延長); 以一次為限 no cue'),
    ],
    2: [
        ('shall', '時[應]另檢具', '^[未經鄉（鎮、市、區）公所列入補助名冊而有居住於偏遠與原住民族地區之事實者]', '', '',
         'headless agentive …者 phrase, the only subject, kept whole; 並由…公所或村（里）辦公處認定後增列入冊 follows without a new cue (one statement)'),
    ],
    3: [
        ('may', '，[得]劃定', '^[中央氣象局]', '', '',
         '禁止或限制建築之一定範圍: 禁止 attributive inside the NP; 報請…核定 same 得; 由…政府公告之 no cue'),
    ],
    4: [
        ('shall', '[應]即解除', '', '', '金管會',
         '應即 = 應; no subject written; paragraph right before: 金管會應立即公告 (the agency taking the measures) -> carried'),
    ],
    5: [
        ('may', '，[得]於', '廠商', '經評鑑未認可之廠商', '', '之-modifier -> bearer_full'),
    ],
    6: [
        ('may', '機關[得]於', '受理訴願機關', '', '',
         'hard: 應為不受理決定 is inside the …者 condition (not labelled); 應由原處分機關撤銷或變更之 is the content the agency states (敘明), not a duty the provision imposes -> not labelled'),
    ],
    7: [
        ('shall', '，[應]予', '^[審判長]', '', '', '訴訟參與人… are the recipients'),
    ],
    8: [],  # 應用作業系統: 應用 false friend; list item of tasks, no operator
    9: [
        ('shall', '者，[應]依', '^[鑑定評估人員]', '', '', 'N[condition]者 keeps N; 其版本更新者，亦同 no cue'),
    ],
    10: [
        ('exception', '[除]初任者', '', '', '',
         'hard: 除初任者…外 read as carving first-year new appointees out of the 每年應 of the same sentence (no 並/亦); the 應 inside 除…外 (18 hours) is not labelled per GUIDE although it is not a restatement'),
        ('shall', '每年[應]至少', '、[公司治理主管]除', '', '', ''),
        ('shall', '至少[應]包括', '', '', '公司治理主管', 'own thing subject (其進修課程) -> carried; 參照…辦理 no cue'),
    ],
    11: [
        ('shall', '[應]擔保', '', '', '報名廣播金鐘獎者',
         'no subject in the item; lead-in 報名廣播金鐘獎者，應履行下列負擔 -> carried'),
    ],
    12: [
        ('may', '，[得]與', '^[經濟部]', '', '', ''),
    ],
    13: [
        ('shall_not', '，[不得]擔任', '發起人或負責人', '金融控股公司之發起人或負責人', '', 'coordinated kept whole; 之-modifier -> bearer_full'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    14: [
        ('shall', '，[應]與', '', '', '專科學校',
         'thing subject (專科學校之學生人數規模); its possessor 專科學校 (para 3: 各校應依前項標準，設定…規模) -> carried; 其標準由教育部定之 no cue'),
    ],
    15: [
        ('may', '，[得]按', '', '', '承租人',
         '但…得 without 不在此限 is a may; thing subject (其約定負擔之…費用); 承租人以融資租賃方式取得資產者 is a condition naming the deducting lessee -> carried; 並免視為 same 得 (免 no cue); 取得 false friend'),
    ],
    16: [
        ('shall', '，[應]依廢棄物', '', '', '',
         'hard: thing subject (封存之環境用藥、物品); 除依本法規定處罰外 = in addition to punishment (additive), not an exception; lead-in (…為下列處理) names no actor; 主管機關 only determines waste status -> no carried'),
    ],
    17: [
        ('shall', '，[應]併入', '', '', '', 'thing subject (修繕費及裝修費); lead-in 折舊： names no actor'),
    ],
    18: [
        ('shall', '，[應]依', '', '', '直轄市、縣 (市) 政府',
         'thing subject (…政府各類公共建設計畫); the possessor 直轄市、縣 (市) 政府 -> carried; 為統籌… is a purpose'),
    ],
    19: [
        ('shall', '公司[應]協助', '金融控股公司', '', '', '…之虞時 is a condition; the subsidiaries are the object (其)'),
    ],
    20: [
        ('shall', '並[應]說明', '申請人', '', '',
         'N[condition]者 keeps N (申請人非土地所有權人者); 並檢附… same 應; 並應 here is not after 除…外'),
    ],
    21: [
        ('shall', '並[應]分別', '', '', '',
         '除應符合…外，並應 is additive; the 應 inside 除…外 and 應載事項 not labelled; thing subject (保險契約及保險商品說明書); no actor in the article'),
    ],
    22: [
        ('may', '，[得]於法定', '稅捐稽徵機關', '', '', '有左列情形之一者 condition; 依法應徵收之稅捐 attributive'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    23: [
        ('exception', '，[除]財務報告外', '', '', '', '除…外 carves 財務報告 out of the 應附具 of the same sentence'),
        ('shall', '，[應]附具', '', '', '', 'thing subject (各種書件); no actor in the article'),
    ],
    24: [
        ('shall', '，[應]列為', '', '', '查核小組',
         'thing topic (查核小組查核結果); the agent 查核小組 inside the topic NP -> carried; 有下列情況之一者 is a condition'),
    ],
    25: [
        ('shall', '，[應]精簡', '', '', '', 'no subject in the item; lead-in (市區道路橋梁設計規定如下) names no actor'),
    ],
    26: [
        ('shall', '人員[應]於', '^[受訓人員]', '', '', ''),
        ('exception', '[不在此限]', '', '', '',
         'hard: 但…不在此限; the 得於開訓前…申請延後訓練 sits inside the 但…者 condition of the exception -> not labelled (GUIDE: cues inside …者 conditions)'),
    ],
    27: [
        ('shall', '訊息[應]符合', '', '', '', 'thing subject (危害圖式、警示語、危害警告訊息); no actor in the article'),
    ],
    28: [
        ('shall', '時，[應]於三日', '^[公證人]', '', '', 'subject of the …時 clause'),
        ('shall', '時，[應]附具', '^[公證人]', '', '', 'after ；, same sentence, omitted subject; 於三日內送交… same 應'),
        ('shall', '法院[應]於五日', '法院', '', '', 'own subject'),
    ],
    29: [
        ('shall', '，[應]計算', '', '', '', 'thing subject (債務總額); computation rule; no actor in the article'),
    ],
    30: [
        ('shall', '後，[應]於三十日', '^[申請補助單位]', '', '', 'subject of the …後 clause'),
        ('shall', '款[應]繳回', '', '', '申請補助單位',
         'hard: no subject in its clause (如有剩餘款 is a condition; the intervening clause 經職安署審查…予以核銷 has 職安署 as agent); the grantee (申請補助單位 = 受補助單位) -> carried'),
    ],
    31: [
        ('shall', '組員[應]經', '^[飛航組員]', '', '', '並具備 same 應'),
    ],
    32: [],  # list item of documents; 但得以電腦完成查詢者，免附: 得 inside a …者 condition (possibility), 免 no cue
    33: [],  # 競業禁止 is a noun (non-compete clause); list item of conditions, no operator
    34: [
        ('shall', '政府[應]制', '^[中央政府]', '', '', 'one 應 governs 制定 / 策定 / 建立 / 推動實施'),
    ],
    35: [
        ('shall', '，[應]另', '', '', '申訴人',
         'no subject written (再申訴時 condition); paragraph right before: 由申訴人署名，並應檢附… -> carried'),
    ],
    36: [
        ('shall', '，[應]報請', '^[各級檢察官]', '', '', '或通知 same 應'),
    ],
    37: [],  # 須優先實施者: 須 inside a …者 item describing a priority category (lead-in 其優先順序如下), not labelled
    38: [
        ('shall', '至少[應]滿', '', '', '博士學位者',
         'thing subject (修業時間); 博士學位者 (topic, whose study time it is) named in the item -> carried'),
    ],
    39: [
        ('shall', '人員[應]就', '礦場作業人員', '其他礦場作業人員', '', '其他 determiner -> bearer_full'),
        ('shall', '工作[應]受', '', '', '礦場作業人員', 'after ；, own thing subject (其檢查工作) -> carried'),
    ],
    40: [
        ('may', '並[得]按', '', '', '營利事業',
         'thing subject (其分期付款銷貨利益); lead-in 營利事業分期付款之銷貨，其當期損益得依下列方法擇一計算 -> carried; 應攤計之成本 attributive, 應收帳款 false friend'),
    ],
    41: [
        ('shall', '，[應]視', '', '', '發料部門',
         '交運材料須加包裝者: 須 inside the …者 condition, not labelled; the agent named only in the trailing 由發料部門妥為辦理 -> carried'),
    ],
    42: [
        ('may', '學校[得]設', '^[專科學校]', '', '', '其…辦法，由教育部定之 no cue'),
    ],
    43: [
        ('shall', '，[應]具備', '^[機構或法人]', '', '', 'coordinated kept whole'),
    ],
    44: [
        ('shall', '場所[應]符合', '', '', '電子遊戲場',
         'thing subject (其營業場所); subject of the …時 clause 電子遊戲場 (its possessor, the applicant) -> carried'),
    ],
    45: [
        ('shall', '，[應]於土地', '^[土地所有權人]', '', '', '土地所有權人申請… = the subject\'s own clause; 並檢附 same 應'),
        ('may', '，[得]於繳納', '^[土地所有權人]', '', '', 'after ；, same sentence, omitted subject; 其未註明者 is a condition'),
        ('shall_not', '逾期[不得]申請', '^[土地所有權人]', '', '', 'same sentence, omitted subject'),
    ],
    46: [
        ('may', '，[得]專案', '^[教育部]', '', '', '為配合… is a purpose'),
    ],
    47: [
        ('may', '，[得]於', '', '', '', 'no subject written (關於緩刑 topic); the deliberating court is not named in the article'),
    ],
    48: [
        ('shall', '本院[應]於', '^[本院]', '', '', '編具收支決算 / 均由董事會審查核定並報… continue without a new cue (one statement)'),
    ],
    49: [
        ('may', '，[得]報請', '^[本校]', '', '', '因…需要 condition; 調整或設… same 得'),
    ],
    50: [],  # 所應負之法律責任: 應 attributive; 不免除 is no cue
    51: [
        ('shall', '，[應]符合', '', '', '漁船',
         'thing subject (船位回報器); the installing 漁船 is the agent inside its modifier -> carried'),
    ],
    52: [],  # 應更新日期 (x4): 應 attributive inside the NP (the renewal-due date); 以…為… no cue
    53: [
        ('shall', '，[應]即', '^[主管機關]', '', '', '應即 = 應; 其未定有期限者 is a condition'),
    ],
    54: [
        ('may', '，[得]優先', '', '', '',
         'hard: 新開闢之公路 is a topic; the granting authority is not named in the item or the lead-in (依下列規定) -> no carried'),
        ('may', '，[得]由', '由[政府]經營', '', '', 'bearer = agent after 得由; 如其無力擴充營運時 is a condition; 或核交他人經營之 same 得'),
    ],
    55: [
        ('shall', '法院[應]使', '法院', '', '', '前二項情形 topic'),
    ],
    56: [],  # definition (標準分數：指…); 應考人 / 得分 / 所得 false friends
    57: [
        ('exception', '，[除]因涉', '', '', '', '除…外 carves cases out of the 得 of the same sentence'),
        ('may', '者，[得]依本條例', '', '', '',
         'hard: 教職員 is the patient (the deceased, 第三條第一款) of 辦理撫卹, not its agent -> bearer empty; the processing body is not named; 亦同 no cue'),
    ],
    58: [
        ('shall', '池[應]定期', '', '', '雇主', 'thing subject (人工貯木池); lead-in 雇主對於貯木池及水道，依下列規定 -> carried'),
    ],
    59: [
        ('may', '，[得]斟酌', '', '', '直轄市或縣（市）政府',
         'thing topic (前項徵收之補償地價); paragraph right before: 該管直轄市或縣（市）政府得依本法徵收之 -> carried'),
    ],
    60: [
        ('shall_not', '設施[不得]少於', '', '', '',
         '但…不得 without 不在此限 is a shall_not; topic (the marking\'s distance); 設於… has no cue; no actor in the article'),
    ],
}

# ---- reader b, provisions 61-120 (numbered 1-60 in the reader's own file, +60 here) ----
# Hand labels for /work/eval/s36/o34/to_label-b.tsv (sample of session 36, o34), provisions 61-120 of the sample,
# numbered 1-60 here in file order: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh33-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh33):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent inside the modifier of
#   the topic NP), its list lead-in or the paragraph right before clearly names the actor, else '' (an actor named
#   only in an earlier / later paragraph of the article is not carried).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers and
#   determiners (其, 前項, 前條) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…後/…者
#   condition clause is the bearer of the cue when the main clause has no subject of its own; the agent after 由 is
#   the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…應 without 不在此限 is a
#   shall; 得不檢附 / 得不予 is one may at 得; 應…後始得 is two statements (shall + may).
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 / 應變賣地, cues inside 「」, 無需 (no duty),
#   false friends 所得, 取得, 得標, 供應, 因應, 應用 (noun), 應收, 應考, 應納稅額, 須知; 予 / 處…罰鍰 are no cues.
LABELS.update({
    61: [
        ('may', '僅[得]以', '授權代理人', '各競價者之授權代理人', '',
         '僅得 = may only (a restriction phrased as a permission); one may at 得'),
    ],
    62: [
        ('shall', '，[應]有', '', '', '懲戒委員會',
         'thing topic (懲戒委員會會議之決議); the committee is named inside the topic NP -> carried; the alternative after ； has no new cue (same 應)'),
    ],
    63: [
        ('shall', '，[應]自行', '', '', '固網經營者與行動經營者',
         'hard: topic is the NP …所需之建置及維護成本 (resumed by 之 in 負擔之); 固網經營者與行動經營者 is the subject inside its relative clause -> carried, not bearer'),
    ],
    64: [
        ('may', '本局[得]依', '^[本局]', '', '', '商准內政部 continues the same 得'),
    ],
    65: [
        ('shall', '基金運用局[應]按月', '基金運用局', '', '', 'thing topic first (基金之收支…), own subject 基金運用局'),
        ('shall', '主管機關[應]按年', '主管機關', '', '', 'second clause, own subject (the last 主管機關 before the cue)'),
    ],
    66: [
        ('shall', '前[應]事先', '（二）[電動輔助自行車國內製造廠或國外原廠代理商]對', '', '',
         'subject of the …時 condition clause, main clause has no subject of its own; coordinated subject kept whole'),
        ('may', '中央主管機關[得]授權', '中央主管機關', '', '', 'own subject'),
        ('may', '時，[得]取消', '。[中央主管機關]認為', '', '',
         'subject of the …時 clause; 另行選取測試車遞補 continues the same 得'),
    ],
    67: [
        ('may', '，[得]報請', '司法警察官或司法警察', '', '',
         '少年…不到場者 is a condition; 於必要時 condition; 強制其到場 continues the same 得'),
    ],
    68: [
        ('may', '，[得]不檢附', '', '', '',
         'thing condition (電信終端設備…者); 得不檢附 is one may; the applicant is named only in paragraph 1 (paragraph right before names none) -> no carried'),
    ],
    69: [
        ('shall', '結果，[應]於', '^[原土地所有權人]', '', '',
         '由中央主管機關逕予撤銷 / 函復 / 依法提起行政救濟 have no cue'),
    ],
    70: [
        ('exception', '[除]別有', '', '', '', '除別有規定外 carves out of the shall of the same sentence'),
        ('shall', '法院[應]將', '最高行政法院', '', '', '經廢棄原判決者 is a condition'),
    ],
    71: [
        ('may', '間[得]視', '', '', '縣市行政機關',
         'hard: 臨時服勤者 is the patient (得…予以編隊 = may be organized into teams), not the bearer; lead-in 二、行政機關方面 and the same item name 縣市行政機關 -> carried; 由…檢定之 has no cue'),
    ],
    72: [
        ('shall', '：[應]包含', '', '', '',
         'thing subject (職訓課程資料); lead-in 申請參加職業訓練補助，應…檢附下列文件 names no actor'),
    ],
    73: [
        ('shall', '關[應]將', '^[地方主管機關]', '', '', ''),
    ],
    74: [
        ('shall_not', '內[不得]移轉', '^[拍定人]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', '但…不在此限; the 得 inside the 但…者 condition is not labelled'),
    ],
    75: [
        ('shall', '審查會[應]審查', '審查會', '前條審查會', '', '並擇優表彰 continues the same 應'),
    ],
    76: [],  # 因應 false friend; list item, no operator
    77: [],  # penalty stated as fact (處…罰鍰); 取得 false friend; 亦同 no cue
    78: [
        ('may', '，[得]由', '經辦機關', '', '',
         'bearer = agent after 由; …漏未…報明者 / 如廠商無法取得… are conditions (取得 false friend)'),
    ],
    79: [
        ('may', '局[得]撤銷', '交通部鐵道局', '', '', '檢測機構或驗證機構有…者 is a condition'),
    ],
    80: [
        ('shall', '，[應]於', '', '', '',
         'act topic (第一項事項之討論); the 保護機構 is named only in paragraph 1, the paragraph right before names no actor -> no carried; 報請本會備查 continues the same 應'),
        ('may', '並[得]派員', '本會', '', '', 'own subject (the second 本會)'),
    ],
    81: [
        ('shall', '狀[應]敘述', '', '', '上訴者',
         'thing subject (上訴書狀); paragraph right before: 不服地方法院之第一審判決而上訴者，應… -> carried'),
    ],
    82: [
        ('may', '，[得]委任', '', '', '主管機關',
         'act topic (前項專業訓練); paragraph right before: 主管機關…舉辦專業訓練 -> carried; 或委託 continues the same 得'),
    ],
    83: [
        ('may', '並[得]按次', '', '', '',
         '其拒不停辦者 is a condition; the punishing authority is not written (named only in the following paragraph) -> no carried; 處…罰鍰 / 令其停辦 have no cue'),
    ],
    84: [
        ('shall', '，[應]公平', '', '', '直轄市、縣（市）政府',
         'thing topic (…政府公告之地點); the announcing government is the agent inside its modifier -> carried; 由…定之 has no cue'),
    ],
    85: [
        ('shall', '，[應]主動', '公務機關代表或專家學者', '前項公務機關代表或專家學者', '',
         '有下列情形之一者 is a condition'),
    ],
    86: [
        ('exception', '，[不適用]之', '', '', '', '不適用之 carves the foreign brokers out of the preceding paragraphs'),
    ],
    87: [
        ('shall', '但[應]記載', '', '', '調解委員會',
         'thing subject (其調解書); 無需 = no duty (not labelled); paragraph right before: 調解委員會應作成調解書 -> carried; 但…應 without 不在此限 is a shall'),
    ],
    88: [],  # 應變賣地: 應 attributive inside the NP (the place of the required sale); 由…為之 has no cue
    89: [
        ('shall', '審判長[應]於', '^[審判長]', '', '', '參與人 is the recipient'),
    ],
    90: [],  # 依法不得為之者: 不得 inside a …者 condition (a ground in a list), not operative
    91: [
        ('shall', '團體[應]依', '^[特定體育團體]', '', '', ''),
    ],
    92: [
        ('shall', '運作人[應]依', '^[運作人]', '', '', '適時更新 / 並至少每三年檢討一次 continue the same 應'),
        ('shall', '，[應]保存', '', '', '運作人', 'new sentence, thing subject (其更新內容…等紀錄) -> carried'),
    ],
    93: [],  # 應收票據 / 應收 false friend; 應註明事項 attributive
    94: [
        ('may', '院系[得]接受', '^[公立教育院系]', '', '', '辦理…工作 continues the same 得'),
    ],
    95: [
        ('shall', '[應]讓', '', '', '慢車',
         'no subject in the item; lead-in 慢車行駛至交岔路口…應依…下列規定行駛 -> carried'),
    ],
    96: [
        ('exception', '[除]法令', '', '', '', '除法令另有規定外 carves out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]投資', '', '', '',
         'topic is the fund (債券型基金, a thing); the 證券投資信託事業 is named only in later paragraphs -> no carried'),
    ],
    97: [
        ('shall', '書[應]記載', '', '', '',
         'thing subject (前項調處方案書); the paragraph right before names no maker (調處委員 propose, subject of 作成 omitted) -> no carried'),
    ],
    98: [
        ('shall', '，[應]於', '^[報名、參賽廣播金鐘獎者]', '', '',
         'headless agentive …者 phrase, the only subject, kept whole; 報名須知 false friend'),
    ],
    99: [
        ('shall', '者，[應]於', '^[全區性廣播事業、區域性廣播事業得標者]', '', '',
         'N[condition]者: …得標者 (得標 false friend) is N, 無法…者 the condition; 向主管機關申請展期 same 應'),
        ('shall_not', '最長[不得]逾', '', '', '全區性廣播事業、區域性廣播事業得標者',
         'thing subject (展期申請); the applicant is the subject of this provision -> carried; 以一次為限 no cue'),
        ('may', '後[始得]展期', '^[全區性廣播事業、區域性廣播事業得標者]', '', '',
         'hard: 並經主管機關許可後始得展期, same sentence, no subject of its own -> shares the written bearer (主管機關 is the approver)'),
        ('may', '者，[得]不予', '；[主管機關]認定', '', '',
         'after ；: 主管機關 is the subject of the 認定…者 condition and the omitted subject of the main clause; 得不予 is one may at 得'),
    ],
    100: [],  # 經考核應加薪點…時: 應 inside a …時 condition; 改發 has no cue
    101: [],  # 取得 false friend; list item (a class of persons), no operator
    102: [],  # 取得成本 false friend; list item (content to be stated), no operator
    103: [
        ('shall', '，[應]按', '', '', '',
         'thing topic/condition (…優惠存款金額，高於…者); 所得 false friend; the paragraph right before names no actor (前項人員 are the retirees, not the ones computing) -> no carried'),
    ],
    104: [
        ('shall', '，[應]附送', '', '', '公司',
         '…股東人數達二人以上者 is a condition; 所得稅 false friend; lead-in 其所投資之公司應檢具下列文件 -> carried'),
    ],
    105: [
        ('shall', '，[應]檢送', '個人、廠商或機構',
         '報請主管機關核准輸入、輸出、遷移核子反應器或其他經主管機關指定事項之個人、廠商或機構', '',
         '依本法第十七條規定 + relative clause ending in 之 go to bearer_full; coordinated subject kept whole'),
    ],
    106: [],  # 副產物應用: 應用 false friend; list item (a duty area), no operator
    107: [
        ('may', '收購公司[得]分別', '，[合併後存續或新設公司、分割後既存或新設公司、收購公司]得分別', '', '',
         'coordinated subject kept whole; 公司進行合併…收購 is a condition'),
        ('shall', '者，[應]繼續', '但[適用免徵營利事業所得稅之獎勵者]', '', '',
         'hard: 但…應 without 不在此限 is a shall, not an exception; 適用…之獎勵者 read as the headless agentive subject (the company applying the exemption), kept whole; 且以…為限 no cue; 所得稅 / 所得額 / 應納稅額 false friends'),
    ],
    108: [],  # 應考資格: 應考 false friend
    109: [],  # 應考證件: 應考 false friend; list item (a ground), no operator
    110: [
        ('shall', '，[應]加入', '', '', '公用天然氣事業',
         'thing topic (…供應用戶之天然氣; 供應 false friend); the supplying 事業 is the agent inside its modifier -> carried'),
        ('shall', '，[應]定期', '', '', '公用天然氣事業', 'after ；, own thing subject (其添加之嗅劑種類及濃度) -> carried'),
    ],
    111: [
        ('shall', '仍[應]依', '', '', '',
         'hard: the item is content the approval letter must state (lead-in 前項同意函之內容，應敘明下列事項), not quoted in 「」, so labelled; thing topic (申請取得之土地); lead-in names no actor -> no carried'),
    ],
    112: [],  # penalty stated as fact; 供應 false friend; 明知…者 condition
    113: [],  # 供應事項: 供應 false friend; list item (a duty area), no operator
    114: [
        ('shall', '，[應]先', '', '', '申請人',
         'no subject in the item; lead-in 申請人委託…受託機構…應定有一定政策及程序，內容應包括 -> carried; 取得 here is a verb after 應, not a cue'),
        ('may', '後[始得]辦理', '', '', '申請人', '應先…後始得 is two operators: shall + may (始得)'),
    ],
    115: [
        ('shall', '連接[應]用', '', '', '',
         'hard: 應用 here is modal 應 + 用 (shall use), not the false friend 應用; thing subject (接地導體（線）連接); lead-in names no actor'),
    ],
    116: [],  # sentencing rule stated as fact (減輕或免除其刑); 所得 false friend
    117: [
        ('may', '，[得]於', '^[園區事業]', '', '', '為因應…之需要 is a purpose (因應 false friend)'),
    ],
    118: [
        ('shall', '人員[應]取得', '檢定技術人員', '', '', '取得 is the verb after 應, the cue is 應'),
    ],
    119: [
        ('shall', '，[應]從高', '', '', '',
         '但…應 without 不在此限 is a shall; thing topic (…領回…抵價地之地價…者); the assessing authority is not written -> no carried; 取得 false friend'),
    ],
    120: [
        ('may', '：[得]憑', '', '', '證券業',
         'no subject in the subitem; lead-in 證券業辦理下列外匯業務，…或依下列規定向外匯指定銀行辦理外幣借款 -> carried'),
        ('shall', '並[應]出具', '', '', '證券業',
         'same sentence, second cue; 不得 and 所得 inside 「」 are not labelled'),
    ],
})
