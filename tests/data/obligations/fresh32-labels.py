# Hand labels for /work/eval/s35/o32/to_label-a.tsv (sample of session 35, o32), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via
# `csquery -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following tests/data/obligations/GUIDE.md
# and the conventions of fresh31-labels.py. No csquery obligation output, rules, tests or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh31):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject
#   (then '' + carried); across 。 the bearer is carried; one 應/得 governing 並X without a new cue is one statement.
# - thing / topic / place subjects give bearer ''; an agent inside the modifier of the topic NP, the list lead-in
#   or the paragraph right before is `carried` when it clearly names the actor.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (a leading
#   time adverbial is left out of bearer and kept in bearer_full); 之-modifiers go to bearer_full; coordinated
#   subjects kept whole.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 without 不在此限 is a
#   may; 但…不得 without 不在此限 is a shall_not.
# - not labelled: attributive 應予記錄事項; false friends 所得, 取得, 求得, 應用, 支應, 因應, 應急; 可以 / 可為 / 僅供 /
#   不受…限制 / 以…為原則 / 從其所定 / 不再受理 (under an 應) are no cues.
LABELS = {
    1: [
        ('may', '，[得]委託', '^[證券商]', '', '', 'one 得 governs 委託…承銷 或 自行銷售'),
        ('shall', '並[應]編製', '^[證券商]', '', '', 'same sentence, same written subject; 交付… / 並辦理公告 continue the same 應'),
        ('may', '，[得]免予', '', '', '證券商',
         '但…得 without 不在此限 is a may (may dispense with delivery); 投資人於…買入者 is a condition; the issuer of the sentence before carried'),
    ],
    2: [
        ('may', '，[得]斟酌', '^[法院]', '', '',
         '因信託監察人之請求 is a condition; 就…酌給 continues the same 得; 但…從其所定 has no cue'),
    ],
    3: [
        ('may', '藥[得]適用', '', '', '', 'thing subject (新藥); the pricing body is not named in the article'),
    ],
    4: [
        ('may', '，[得]先行', '^[本總廠]', '', '',
         'hard: long sentence whose written subject is 本總廠 (提撥… stated as fact, no cue); 不敷支應時 condition (支應 false friend); 並…酌予調整 continues the same 得'),
        ('shall', '[應]予停止', '^[本總廠]', '', '', 'same sentence, omitted subject = 本總廠; 如已無支付需要 is a condition'),
    ],
    5: [
        ('shall', '，[應]每', '^[雇主]', '', '', '對一般車輛 is the object topic'),
    ],
    6: [
        ('shall_not', '[不得]適用', '民間機構', '適用本辦法獎勵之民間機構', '',
         'disqualification written with 不得 (not 不適用); 有下列情形之一者 is a condition; 之-modifier -> bearer_full'),
    ],
    7: [
        ('shall_not', '[不得]重新', '^[經營石油或石油產品生產、輸入、輸出或汽、柴油批發業務，經中央主管機關廢止其經營許可執照者]', '', '',
         'hard: headless agentive …者 phrase, the only subject, kept whole (it contains a comma and the 經…廢止 qualification)'),
    ],
    8: [
        ('may', '本部[得]對', '^[本部]', '', '', ''),
        ('may', '，[得]作為', '', '', '本部',
         'after ；, own thing subject (其評鑑結果 may serve as basis); 本部 named in the same clause as the selector -> carried'),
    ],
    9: [
        ('shall_not', '上[不得]放置', '', '', '雇主',
         'place topic (施工架上); one 不得 governs 放置或運轉 / 或以施工架作為…之用; lead-in 雇主對於…應依下列規定辦理 -> carried'),
        ('exception', '[不在此限]', '', '', '', '但無作業危險之虞者，不在此限'),
    ],
    10: [
        ('may', '造[得]合意', '^[兩造]', '', '', '並視為… is a legal fiction, no cue'),
    ],
    11: [
        ('shall', '，[應]徵求', '', '', '司法官學院或全聯會',
         '應徵求 = 應 + 徵求 (shall solicit), not the false friend 應徵 (conscription); no subject written; paragraph right before: 受委任（託）辦理本訓練之司法官學院或全聯會應擬訂每期訓練計畫 -> carried'),
    ],
    12: [
        ('may', '機關[得]指定', '中央主管機關', '', '', '為加速… is a purpose'),
        ('may', '並[得]視', '中央主管機關', '', '', 'second 得 of the same sentence, same written bearer'),
    ],
    13: [
        ('shall', '，[應]先報', '', '', '軍用廣播電台',
         'hard: 因故停播若干時日者 read as a case/condition (cf. item 二 如擬停辦者), not an agentive subject; lead-in 軍用廣播電台停播或停辦時依左列規定辦理之 -> carried'),
        ('may', '國防部[得]視', '國防部', '', '', 'own subject (second 國防部); 如逾…仍不復播時 is a condition'),
    ],
    14: [
        ('may', '，[得]依', '', '', '',
         'thing topic (前項所定規費); 有誤繳或溢繳情形者 is a condition; the payer is not clearly named in paragraph 1 (only 申請…經駁回其申請者)'),
    ],
    15: [],  # definition/formula item (本章建築技術用語定義如左); 求得 = obtain (false friend), no operator
    16: [
        ('may', '，[得]參照', '', '', '',
         '但…得 without 不在此限 is a may; thing subject (其年退休金額); the adjusting authority not named; 仍適用舊條例 has no cue (適用, not 不適用)'),
    ],
    17: [
        ('shall', '，[應]註銷', '', '', '縣市政府',
         'no subject written (依前項撤銷…時 condition); paragraph right before: 由縣市政府撤銷其土石採取許可證 -> carried; 並撤銷 / 並於三年內不再受理 continue the same 應 (不再受理 is not 不予)'),
    ],
    18: [
        ('may', '，[得]由', '由[主管機關或農委會]視', '', '',
         'bearer = agent after 得由, coordinated alternatives kept whole; 青果社…有違反法令…時 is a condition'),
    ],
    19: [
        ('shall', '管輪[應]於', '、[一等輪機長及一等大管輪]應', '', '',
         'hard: written subject = the ranks (candidates for these certificates complete their on-board training); lead-in has a thing subject (船上訓練紀錄簿應於下列船舶…完成)'),
    ],
    20: [
        ('shall', '人員[應]負', '相關人員', '', '',
         '應負失職責任 is one shall at 應 (not a 負…義務 cue); 各服務事業因…而肇致重大弊端時 is a condition'),
        ('shall', '，[應]予獎勵', '', '', '',
         'hard: 內部稽核人員 is the recipient of the reward (condition clause), not the bearer; the rewarder is not written'),
    ],
    21: [
        ('shall', '，[應]檢具', '', '', '光電業',
         'thing topic (排放標準適用之異動); paragraph right before names 本標準發布施行日前已設立之光電業 (its 排放標準之適用) -> carried; 向…申請 continues the same 應'),
    ],
    22: [
        ('shall', '內[應]予固定', '', '', '', 'no subject; lead-in 金屬導線槽之固定及支撐依下列規定辦理 names no actor'),
        ('shall_not', '間[不得]有', '', '', '', 'second operator joined by 且, thing/place subject'),
        ('shall', '，[應]拴緊', '', '', '', 'new sentence, thing subject (金屬導線槽鄰接區段)'),
    ],
    23: [
        ('may', '，[得]適用', '', '', '', 'thing subject (折現現金流量分析法); the appraiser is not named in the article'),
    ],
    24: [
        ('shall', '審判長[應]以', '審判長', '', '',
         '…證物可為證據者 is a condition (可 no cue); 使當事人…辨認或告以要旨 continues the same 應'),
    ],
    25: [
        ('may', '，[得]錄音', '', '', '少年調查官',
         'no subject written; paragraph right before: 少年調查官…應進行訪視 -> carried; 筆錄由陳述人簽名或按指印 has no cue'),
    ],
    26: [
        ('may', '，[得]依', '', '', '博物館',
         'topic (博物館之典藏盤點方式); 博物館 is the possessor/agent inside the 之-modifier -> carried'),
    ],
    27: [
        ('shall', '領銜人[應]妥慎', '領銜人', '提議人之領銜人', '', '之-modifier -> bearer_full'),
        ('exception', '，[除]複製', '', '', '', '除複製一份…使用外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]再行', '', '', '領銜人',
         'own thing topic (提議人、連署人提供之個人資料); the keeper 領銜人 of the same sentence carried; 僅供…使用 no cue; one 不得 governs 再行複製、作其他用途或違反…'),
    ],
    28: [
        ('shall', '度[須]為', '', '', '', 'thing subject (含濕度); lead-in 被檢…疫苗須符合左列條件 is a thing'),
    ],
    29: [
        ('shall', '，[應]以書面', '雇主', '取得許可之雇主', '',
         '取得 false friend inside the modifier; 其所從事之作業不適於原許可時 is a condition'),
    ],
    30: [
        ('shall', '，[應]敘明', '', '', '',
         'thing subject (執照遺失、毀損時 condition); no actor in this or the paragraph right before (設置者 only in paragraph 5)'),
        ('shall', '時，[應]向', '', '', '', 'after ；, thing condition (執照內所載事項變更時), no actor written'),
    ],
    31: [],  # 應予記錄事項: 應 attributive inside the NP (list item of minutes contents)
    32: [
        ('shall', '[應]記載', '', '', '', 'thing subject (財務概況, a part of the annual report); the bank is not named in the paragraph/lead-in'),
    ],
    33: [],  # 所得款項: 所得 false friend; list item of fund sources, no operator
    34: [
        ('may', '，[得]依', '以前[已具備專科護理師甄審資格者]，得', '本辦法中華民國一百十三年一月五日以前已具備專科護理師甄審資格者', '',
         'headless agentive …者 phrase kept whole; the leading time adverbial kept in bearer_full only'),
    ],
    35: [
        ('shall', '四、[應]以', '', '', '', 'no subject; lead-in 纜索起重機之拉條，應符合下列規定 is a thing'),
        ('shall', '並[應]有', '', '', '', '應…並應… = two statements'),
    ],
    36: [
        ('shall', '，[應]隨時', '^[礦場機電安全督察員或礦場負責人指定之人員]', '', '',
         'coordinated alternatives kept whole (礦場負責人指定之 modifies only the second; bearer must be contiguous); 妥加維護 continues the same 應'),
        ('shall', '，[應]即', '', '', '礦場機電安全督察員或礦場負責人指定之人員',
         '應即 = 應; across 。 (如有…危險時 condition) -> carried; 並作適當處置 continues the same 應'),
    ],
    37: [
        ('shall', '法[應]報請', '', '', '輔導單位',
         'thing subject (執行要點、申請程序及收費辦法); paragraph right before: 輔導單位應訂定執行要點… -> carried'),
    ],
    38: [
        ('shall', '者[應]報請', '經營者', '', '', '第一項第四款之責任分界點 is the fronted object'),
    ],
    39: [
        ('shall', '線路[應]以', '', '', '',
         'thing subject (配電板…線路); 應急配電板: 應急 false friend; lead-in 電氣裝備之特別檢查應依下列規定 names no actor'),
    ],
    40: [
        ('shall', '容[應]載明', '', '', '',
         'thing subject (授權內容); 專利權人就部分請求項授權他人實施者 is a condition; the applicant (專利權人或被授權人) is named only in paragraph 1, not right before -> no carried'),
    ],
    41: [
        ('shall', '機關[應]擬訂', '^[中央主管機關]', '', '', '報行政院核定 continues the same 應; 修正時亦同 restates (no cue)'),
    ],
    42: [
        ('shall', '七、[應]於', '', '', '保險業',
         'no subject in the item; lead-in 保險業經主管機關核准投資…者，應依下列規定辦理 -> carried; 並提報 continues the same 應'),
        ('shall', '報告[應]包括', '', '', '保險業', 'own thing subject (該業務報告); the preparer of the lead-in carried'),
    ],
    43: [
        ('may', '，[得]適用', '前[已提出電動輔助自行車經中央主管機關審核通過補助者]，', '本辦法發布前已提出電動輔助自行車經中央主管機關審核通過補助者', '',
         'headless agentive …者 phrase kept whole; the leading time adverbial kept in bearer_full only'),
    ],
    44: [
        ('shall', '，[應]裝設', '', '', '',
         'place subject (牙科醫院診所…等場所); lead-in 排水系統應裝設…並應依下列規定設置截留器 names no actor'),
    ],
    45: [
        ('may', '，[得]由', '由[原機關或監督機關]在', '', '',
         'topic 經費; bearer = agent after 得由; 因應 false friend; 不受…之限制 no cue'),
    ],
    46: [],  # 應用 false friend (資訊蒐集及應用); list item of duties (掌理事項), no operator
    47: [
        ('may', '分局[得]派員', '^[主管分局]', '', '', '監督… continues the same 得'),
    ],
    48: [
        ('shall', '，[應]符合', '^[學校]', '', '', ''),
    ],
    49: [
        ('shall', '下[應]具備', '', '', '',
         'thing subject (主甲板); lead-in 非自用遊艇之定期檢查，應包括下列各款 names no actor'),
    ],
    50: [
        ('shall', '材料[應]具', '', '', '', 'thing subject (製造磁羅經之材料); lead-in 磁羅經之構造性能，應依下列規定 names no actor'),
    ],
    51: [
        ('shall_not', '，[不得]逾', '', '', '訓練單位',
         'thing subject (學科、術科每日上課時數); paragraph right before: 訓練單位辦理…之教育訓練者 -> carried'),
        ('shall', '實習[應]於', '', '', '訓練單位', 'own thing subject (術科實習)'),
        ('may', '學科[得]於', '', '', '訓練單位', 'own thing subject (學科)'),
        ('shall_not', '惟[不得]超過', '', '', '訓練單位',
         '但…不得 without 不在此限 is a shall_not; thing subject (夜間上課); 以三小時為原則 no cue'),
    ],
    52: [
        ('shall', '，[應]依', '', '', '作業基金、債務基金、特別收入基金及資本計畫基金',
         'hard: topic (…派員赴大陸地區計畫); the funds are the agent inside the topic NP (they send staff / draft the plan; lead-in 各基金…擬編之業務計畫) -> carried'),
    ],
    53: [],  # list item of conditions (已取得驗證登錄…其情形可以改正): 取得 false friend, 可以 no cue
    54: [
        ('shall', '機關[應]督導', '^[各目的事業主管機關]', '', '', '各 kept as a fixed modifier'),
    ],
    55: [
        ('shall', '，[應]於', '', '', '各機關',
         'topic (各機關會計制度); 各機關 is the possessor inside the topic NP -> carried'),
    ],
    56: [
        ('shall', '，[應]作成', '^[事業]', '', '', '對於…名稱 is the object topic'),
    ],
    57: [
        ('may', '，[得]按次', '', '', '',
         'penalty with a 得 cue; the punishing authority not named in the article; …屆期仍不改善者 is a condition (the offender)'),
        ('may', '並[得]予以', '', '', '', 'second 得 of the same sentence, same unnamed authority'),
    ],
    58: [
        ('exception', '，[除]第四條', '', '', '', '除第四條第一款情形外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]檢附', '^[公益團體或地方自治團體]', '', '',
         'N[condition]者 (申請補助款者) keeps N; coordinated subjects kept whole; 向該檢察機關申請 continues the same 應'),
    ],
    59: [
        ('shall', '機關[應]於', '^[主管機關、其他主辦機關及相關機關]', '', '', 'coordinated subjects kept whole'),
    ],
    60: [
        ('shall', '單位[應]分別', '、[業務單位及會計單位]應', '', '', '主管機關指定之機關（構） is inside the object'),
    ],
}

# ---- reader b, provisions 61-120 (numbered 1-60 in the reader's own file, +60 here) ----
# Hand labels for /work/eval/s35/o32/to_label-b.tsv (sample of session 35, o32), provisions 61-120 of the sample,
# numbered 1-60 here in file order: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f PCODE.json 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh31-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order of to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh31, readers a/b):
# - a second cue of the same sentence (並應, 並得, 不得 after ，) shares the written bearer unless its clause has its
#   own (thing) subject (then '' + carried); across 。 the actor is carried; one 應/得 governing 並X / a following
#   由X clause without a new cue is one statement.
# - a thing / topic / act / patient subject gives bearer ''; `carried` when this provision (also an agent inside the
#   之-modifier or possessor of the topic NP), its list lead-in or the paragraph right before clearly names the actor
#   (also a paragraph the provision itself cites, 第一項…, when it names the actor), else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; the agent after
#   應由 is the bearer; 之-modifiers go to bearer_full; coordinated subjects kept whole.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception; 除…外
#   before a clause with no operator (準用, 包括) carves nothing deontic; 但…得 without 不在此限 is a may.
# - not labelled: cues inside …者 / …時 conditions or restating (依第十條應申報之情形, 前條第一項應設置…之規定,
#   第二十九條不得遴選之情形), attributive 應行登記事項 / 應自行負擔之, a norm quoted inside an object NP
#   (宣導廢鉛蓄電池應回收等事宜), a decision named in a list of decisions (依第十九條規定不予受理), a sign's meaning
#   (禁止…進入用「禁15」); false friends 取得, 所得, 供應, 支應, 因應, 應用 (noun), 應考人, 免予.
LABELS.update({
    61: [('shall', '複丈[應]以', '', '', '', 'topic (其土地複丈, an act; 以數值法辦理地籍測量之地區 is a place); no actor in the article')],
    62: [('shall', '人員[應]訂定', '消防安全設備監造人員', '', '', '消防安全設備施工前 is a time; one 應 governs 訂定 / 送交…審閱 / 並依…執行…及填寫紀錄'), ('may', '者，[得]免', '', '', '消防安全設備監造人員', '但…得免 (no 不在此限) is a may; 消防安全設備為…者 is a condition; new sentence -> actor carried')],
    63: [('shall', '時，[應]徵詢', '之[學校主管機關]於', '合併後之學校主管機關', '', "合併前後學校主管機關不同 is a condition; …於審議…時 is the subject's own clause")],
    64: [('may', '者，[得]裝設', '', '', '', 'thing subject (隔離開關); …非用於啟斷電流者 is a condition; lead-in 第一類場所之開關…依下列規定裝設 names no actor')],
    65: [('shall', '[應]連接', '', '', '', 'thing subject (線圈之一端); lead-in (…接地時，…應依下列規定辦理) names no actor')],
    66: [('shall', '人[應]避免', '仲裁人', '', '', '')],
    67: [('shall', '[應]每年', '', '', '', 'thing subject (測鼓週距值, the thing measured); no actor in the article')],
    68: [('shall', '，[應]先', '', '', '各級政府', 'topic (其使用土地或伐採林產物, an act; 第一項土地位屬森林區域者 condition); the user is 各級政府 of 第一項 (cited by the provision) -> carried; 並於事後…補辦程序 under the same 應; 林業主管機關、管理人或所有權人 are recipients'), ('shall_not', '[不得]搬出', '', '', '各級政府', 'after ；, thing subject (伐採之林產物); 程序未補辦完成前 is a time; same actor carried')],
    69: [('shall', '並[應]依', '', '', '', 'topic (…國有耕地之放租, 其租約之終止…); 並應 is additive but still a shall; paragraph 1 names no actor')],
    70: [('shall', '時，[應]由', '典試委員長', '', '', 'bearer = agent after 應由; 會同考選部 is a co-actor phrase ("jointly with"), not a coordinated alternative; 遇有…事故…時 is a condition; 應考人 false friend')],
    71: [('shall_not', '[不得]少於', '', '', '安置及教養機構', 'thing subject (室內樓地板面積); 安置及教養機構 is its possessor -> carried (as 保險業之實收資本額 in fresh31)'), ('shall', '並[應]符合', '', '', '安置及教養機構', 'second cue of the same sentence, same thing subject')],
    72: [('shall', '人員[應]受僱', '之[專責人員]應', '依本辦法設置之專責人員', '', 'one 應 governs 受僱且常駐…執行業務'), ('shall_not', '，[不得]兼任', '之[專責人員]應', '依本辦法設置之專責人員', '', 'second cue of the same sentence, omitted subject -> same written bearer; 其他公告場所之專責人員 is the object')],
    73: [('may', '本會[得]就', '^[本會]', '', '', '農糧署…各區分署 is the delegate (object)')],
    74: [('shall', '機關[應]於', '^[委託機關]', '', '', 'one 應 governs 限期受託人完成簽約手續 / 並於簽約後限期…點交; 受託人 is the object')],
    75: [('shall_not', '[不得]刺探', '', '', '', 'no subject in the 目 (非經允准 condition); lead-ins 一、資料安全方面 / 安全維護計畫標準，應具備左列事項 (a thing) name no actor; the person forbidden to snoop (staff, anyone) is not written')],
    76: [('may', '[得]不受', '', '', '', '得不受前項限制 = may be exempted: a may at 得 (不受…限制 alone is no cue); thing subject (建築物); 經主管建築機關審定…必要者 is a condition; no actor in the article')],
    77: [('shall', '僑生，[應]依法', '之[僑生]，', '符合全民健康保險參加資格之僑生', '', '')],
    78: [],
    79: [('shall', '[應]予保密', '^[本會]', '', '', '對於…資料 is the object')],
    80: [('shall_not', '機關[不得]任用', '任何機關', '', '', '凡經彈劾而受懲戒之人員 is the patient (topic); 任何 kept like 各')],
    81: [('shall', '[應]載明', '', '', '申請經營有線廣播電視服務者', 'thing subject (營運計畫); paragraph right before: 申請經營有線廣播電視服務者，應填具申請書連同營運計畫 -> carried')],
    82: [('shall', '旅行業[應]自', '旅行業', '', '', 'the 應 clause is the content of the notice, its subject 旅行業 (the notified agency); 由交通部觀光局通知 / 廢止… / 並通知… have no cue; 支應 false friend')],
    83: [('shall', '均[應]在', '', '', '', 'thing topic (辦理之搶險、搶修工程); 均 adverb; 並將…裝訂成冊 under the same 應; 俾予查核 no cue; lead-in (農田水利設施遭受天然災害…並應依下列規定辦理) names no actor')],
    84: [],
    85: [('shall', '附牌[應]裝', '', '', '', 'thing subject (附牌); no actor in the article (para 1: 附牌…得設置之)'), ('shall_not', '直式者[不得]超過', '', '', '', 'thing subject (其寬度, 直式者 condition)'), ('shall_not', '橫式者[不得]超過', '', '', '', 'after ；, thing subject; …為原則 softens but the 不得 is still the operator')],
    86: [],
    87: [],
    88: [('shall', '者，[應]依', '^[事業或污水下水道系統]', '', '', 'coordinated subject kept whole; 因…而符合前條第一項應設置…之規定: 應 restates a duty inside the condition (not labelled); 其核准時間逾…者 condition'), ('shall', '機關並[應]於', '核發機關', '', '', 'new sentence, own subject; 並 adverb; 事業或污水下水道系統 recipients')],
    89: [('shall_not', '其停留期間[不得]逾', '', '', '大陸地區教育專業人士及學生、大眾傳播人士', 'thing subject (其停留期間); the visiting persons are its possessor (subjects of the topic clause …來臺講學…) -> carried'), ('may', '者，[得]申請', '', '', '大陸地區教育專業人士及學生、大眾傳播人士', 'hard: 但…得 (no 不在此限) is a may; 講學績效良好，或經…同意延長…者 read as a condition ("where…"), not an agentive 者 subject -> bearer empty, the persons carried'), ('shall_not', '總停留期間[不得]逾', '', '', '大陸地區教育專業人士及學生、大眾傳播人士', 'second cue of the 但 sentence, own thing subject (總停留期間)')],
    90: [('shall', '者，[應]列明', '', '', '各基金', 'topic (有關投資事項; 完成期限超過一年度者 condition); lead-in 各基金應依下列規定，擬編業務計畫與預算 -> carried; 依本年度之分配額編列本年度預算 (after ；) has no new cue')],
    91: [],
    92: [('may', '[得]以', '', '', '承辦大法官', 'thing subject (第一項審查報告); 第一項 (cited) names the writer 承辦大法官…應提出審查報告 -> carried')],
    93: [('shall', '[應]分別', '', '', '', 'thing subject (…取得之不動產…及權利); 取得 false friend; no actor in the article')],
    94: [('shall', '[應]包含', '', '', '申報者', 'thing subject (前項之申報內容); paragraph right before defines the declarant (…者（以下簡稱申報者），應定期…申報) -> carried')],
    95: [('shall', '最後[應]訊問', '^[審判長]', '', '', '於宣示辯論終結前 time; 被付懲戒人 is the object')],
    96: [('may', '署[得]查證', '移民署', '', '', '受任律師及通譯到場時 is a condition; they are the object (其身分)')],
    97: [],
    98: [('may', '仍[得]任用', '', '', '', 'hard: the person (前項第二款具…外國國籍者) is the patient ("may still be appointed"), no bearer; the appointing authority is not written; 致不得放棄國籍 describes the foreign law inside the condition (not labelled); 並以…為限 no cue; 取得 false friend')],
    99: [('shall', '[應]循', '', '', '社區發展協會', 'topic (社區發展工作之推動, an act); paragraph right before: 社區發展協會…依章程推動社區發展工作 -> carried')],
    100: [('shall', '，[應]依', '^[雇主]', '', '', "使勞工…作業 is the subject's own clause; 設置必要之控制設備 under the 應")],
    101: [('shall', '時，[應]考量', '^[學校]', '', '', "學校接受…學生轉入時 = the subject's own clause; 就…從寬予以採認抵免 under the same 應 (予以 no cue)")],
    102: [('may', '者，[得]於', '之[航空企業居住者]依', '第一項澳門之航空企業居住者', '', 'N[condition]者 keeps N; 應由其…固定營業場所辦理結算申報 is a duty restated inside the …者 condition (not labelled); 由稅捐稽徵機關核定 has no cue; 所得 false friends')],
    103: [('may', '需求，[得]要求', '^[稅捐稽徵機關或海關]', '', '', '因業務需求 purpose; 程序所得資料: 所得 false friend'), ('shall_not', '機構[不得]拒絕', '，[專營電子支付機構]不得', '', '', 'own subject')],
    104: [('shall', '時[應]取得', '', '', '律師', '經評估為高風險者 (the client) is a condition; no subject written; the article is about 律師 (para 1 律師與委任人建立委任關係時應…) -> carried; 並於…持續注意 under the same 應; 依第十條應申報之情形 restates (not labelled); 取得 after 應 is the verb')],
    105: [],
    106: [],
    107: [('shall', '，[應]考量', '', '', '住宿式照顧服務單位', 'thing topic (空間設備及器具之設置); lead-in 住宿式照顧服務單位提供服務，應辦理下列事項 -> carried')],
    108: [('may', '時，[得]按', '^[自來水事業]', '', '', '為因應…需要 purpose (因應 false friend); 須增加或新裝…時: 須 inside the …時 condition ("needs to"), not labelled; 個別用戶 are the payers (object)')],
    109: [],
    110: [('exception', '[除]經查明', '', '', '', '除經查明已盡…注意義務外 carves out of the 應賠償 of the same sentence (盡…注意義務 is not 負…義務)'), ('shall', '均[應]賠償', '^[前項人員]', '', '', '前項人員 kept whole (a reference determiner, no 之; 人員 alone names nobody); 均 adverb; 賠償所得並依規定解繳國庫 has no cue of its own (所得 = proceeds)')],
    111: [('shall', '投資，[須]取得', '', '', '金融控股公司', 'hard: thing subject (…所為之投資); 金融控股公司 is the agent inside its 之-modifier (金融控股公司依…規定，對…所為之投資) -> carried, as 公司依前項發行之新股 in fresh31'), ('exception', '[不在此限]', '', '', '', '但符合…一定條件者，不在此限')],
    112: [('shall_not', '，[不得]繼續', '', '', '醫療機構', 'thing subject (已終止或停止施行或使用之技術…醫療儀器); paragraph right before names 醫療機構 (and para 3 holds it liable) -> carried; 未完成…前 time'), ('shall_not', '，[不得]施行', '', '', '新施行醫師或操作人員', 'hard: after ；, topic 新施行醫師或操作人員之資格 (a thing; …未取得前項變更登記者 condition); the doctors / operators who would 施行 / 操作 are inside its 之-modifier -> carried (para 3 makes 醫療機構 answer for violations); 取得 false friend')],
    113: [('shall', '人員，[應]於', '之[各類自來水事業技術人員]，', '已在職之各類自來水事業技術人員', '', '本辦法修正施行前 time; 取得 after 應…依…規定 is the verb (取得合格證書)'), ('shall_not', '者，[不得]執行', '未取得合格證書者', '', '', 'after ；, headless agentive …者 phrase as the only subject kept whole')],
    114: [('shall', '運搬船，[須]取得', '之[非我國籍運搬船]，', '轉載探勘漁船漁獲物之非我國籍運搬船', '', 'hard: a vessel taken as the regulated actor (it obtains a permit, installs and reports), not a thing subject; 非我國籍 kept as a fixed modifier'), ('shall', '並[應]安裝', '之[非我國籍運搬船]，', '轉載探勘漁船漁獲物之非我國籍運搬船', '', 'second cue of the same sentence, same written bearer; 並至少每一小時自動回報… under the same 應')],
    115: [],
    116: [],
    117: [('shall', '，[應]於', '', '', '申請人', 'topic (同一出口報單分批申請產證, an act); the applicant 申請人 of paragraph 1 -> carried (para 2 right before has none); 取得 false friend'), ('exception', '[不在此限]', '', '', '', '但經貿易署專案許可者，不在此限')],
    118: [('shall', '仍[應]依', '扣繳義務人', '', '', 'bearer = agent after 由 in the clause governed by 仍應; 其工資免予扣繳: 免予 false friend; first sentence (按…扣繳之) has no cue; 所得 false friend')],
    119: [('shall', '時，[應]考量', '^[主管機關]', '', '', "為…准駁時 = the subject's own clause"), ('may', '並[得]依', '^[主管機關]', '', '', 'second cue of the same sentence, same written bearer')],
    120: [('shall', '記錄，[應]用', '', '', '', 'hard: not the false friend 應用: 應 + 用X方法為之 (shall be done by double-entry); thing subject (會計事項之記錄); paragraphs before are definitions, no actor')],
})
