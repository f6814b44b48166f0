# Hand labels for fresh10-unlabelled.tsv (provisions 1-60 by one reader, 61-120 by another) (seed 24680, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
LABELS = {
    1: [
        ('shall', '員[應]接受', '營場所負責人及衛生管理人員', '', '',
         'coordinated bearer kept whole; lead-in 各種營業 not needed (bearer written)'),
    ],
    2: [
        ('shall', '者，[應]由原', '原登記員', '', '', 'agent after 由; 繕寫錯誤而當時發現者 is a circumstance'),
        ('shall_not', '明，[不得]挖補', '原登記員', '', '', 'second cue in same sentence: same written bearer'),
    ],
    3: [
        ('shall', '務，[應]填具', '^[廠商]', '', '', '應繳費用 is attributive, not a statement'),
    ],
    4: [
        ('may', '期間[得]置', '^[本會]', '', '', ''),
    ],
    5: [
        ('exception', '，[不適用]本辦法', '', '', '', 'tax reliefs carved out of this regulation'),
    ],
    6: [
        ('shall_not', '數，[不得]超過', '', '', '屠宰業雇主',
         'hard: topic 申請重新招募人數 (not a bearer); applicant 屠宰業雇主 carried from the previous paragraph (前項申請)'),
    ],
    7: [
        ('shall_not', '比率[不得]逾', '', '', '',
         'hard: topic 一定比率; limit binds whoever sets the preference (機關 of prev. para / 主管機關 setting 優惠比率), not clearly one -> no carried'),
        ('shall_not', '期限[不得]逾', '', '', '', 'hard: as above, topic 優惠期限; 由主管機關…定之 has no cue'),
    ],
    8: [
        ('shall', '權，[應]依', '^[個人或營利事業]', '個人或營利事業適用本條例第十九條之二或第十九條之三規定者', '',
         'hard: grammatical subject 其…專利權 is a thing; the agent 者-phrase (head 個人或營利事業) bears the duty to acquire and register; 取得 is a false friend'),
    ],
    9: [
        ('shall', '料[應]按月', '能源供應事業', '', '',
         'hard: subject is 經營資料 (a thing) but its possessor 能源供應事業 is the one who 填列/申報; 供應 inside the name is a false friend'),
    ],
    10: [
        ('may', '者，[得]於完成', '', '', '',
         'hard: applicant not named (申請開發 modifies 基地); 除垃圾及污水處理設施外 qualifies the phased-development condition, not the 得 -> no exception'),
    ],
    11: [
        ('shall', '主，[應]於', '飼主', '經取得、轉讓已登記寵物或住居所異動之飼主', '', '取得 is a false friend inside the modifier'),
    ],
    12: [
        ('shall', '時，[應]依其', '', '', '',
         'lead-in 採圖解法複丈者 is a circumstance, names no bearer'),
    ],
    13: [
        ('shall', '者，[應]提出', '遺族', '領受義務役軍人死亡慰問金之遺族居住在國外、大陸地區、香港或澳門，委託他人代領者', '',
         'agent 者-phrase with head noun 遺族: head = bearer, phrase = bearer_full'),
    ],
    14: [
        ('shall', '時，[應]依規定', '^[各級人員]', '', '',
         'hard: 代理人就代理職務負其責任 is liability (負…責任), not 負…義務 -> not labelled'),
    ],
    15: [
        ('may', '並[得]命', '', '', '學校主管機關',
         'bearer carried from lead-in 學校主管機關辦理查證，得…; 函請… carries no own cue'),
    ],
    16: [
        ('shall', '並[應]確保', '', '', '非公務機關', 'carried from lead-in 非公務機關應就下列事項…'),
    ],
    17: [
        # none: 應計入每月退休所得之社會保險年金 is attributive (inside a noun phrase); 所得 is a false friend
    ],
    18: [
        ('shall', '者，[應]分別', '', '', '',
         'hard: 追繳 by the tax authority, not named (該轉讓事業 is the subject of the preceding clause, not of 應追繳); 應用軟體, 所得稅額 are false friends'),
    ],
    19: [
        ('shall', '可，[應]由本人', '本人或委託他人、民間團體或直轄市、縣（市）主管機關', '', '',
         'hard: agent after 由 kept whole (本人 / 委託 others); the sentence subject 被害人 is the applicant'),
    ],
    20: [
        ('shall', '率[應]達', '', '', '臺灣地區銀行',
         'hard: eligibility condition phrased with 應 (subject a ratio, a thing); bank carried from lead-in 臺灣地區銀行符合下列各款規定者'),
    ],
    21: [
        ('shall', '品[須]更換', '', '', '藥局 (調劑室)',
         'hard: subject 麻醉藥品 is a thing; lead-in 藥局 (調劑室) 所領之麻醉藥品依左列規定管理 -> pharmacy carried'),
        ('shall', '者，[應]註明', '', '', '藥局 (調劑室)', '如自行製劑者 is a circumstance; same carried bearer'),
    ],
    22: [
        ('shall', '備[應]符合', '', '', '', 'thing subject (船用無線電設備), no bearer'),
    ],
    23: [
        ('shall', '，[應]載明', '', '', '', 'thing subject (資通安全維護計畫) as in the guide example; preceding para names no bearer'),
    ],
    24: [
        ('may', '條件[得]不裝設', '', '', '', '得不 = permission not to install; thing subject (隔離設備)'),
    ],
    25: [
        ('shall', '員[應]遵守', '^[專業人員]', '', '', ''),
    ],
    26: [
        ('shall_not', '員[不得]任', '^[機要人員]', '', '', ''),
    ],
    27: [
        ('shall', '人[應]撤銷', '保險人', '', '', '溢領或誤領…者 is a circumstance'),
        ('shall', '並[應]以書面', '保險人', '', '', '並應: same written bearer'),
    ],
    28: [
        ('shall', '：[應]載明', '', '', '信託業',
         'hard: thing subject (營業計畫書); applicant 兼營期貨信託事業之信託業 carried from the list lead-in (…應…檢具下列書件)'),
    ],
    29: [
        ('shall', '並[應]於', '', '', '',
         'hard: topic 原標示 (a thing); registrant not named here nor in the preceding paragraph; first sentence 換發 has no cue'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    30: [
        ('may', '內，[得]檢具', '收貨人', '', '', ''),
        ('shall', '實，[應]認定', '', '', '',
         'hard: the actor changes to 海關 (named only as addressee 向海關), so 收貨人 is not carried; no written subject'),
    ],
    31: [
        ('may', '間[得]增至', '', '', '',
         'hard: topic 總飛航時間; 航空器使用人 only inside the 如…者 condition (circumstance), so no bearer written'),
    ],
    32: [
        ('may', '關[得]廢止', '中央主管機關', '', '', '並公告之 under the same 得'),
    ],
    33: [
        ('shall', '者，[應]將', '', '', '警勤區員警',
         'topic 警勤區訪查, circumstance …者; 警勤區員警 carried from the previous paragraph'),
    ],
    34: [
        ('exception', '，[除]電路', '', '', '', '除…外 carves out of the 得; 應予保密 inside 除…外 restates, not a statement'),
        ('may', '均[得]申請', '任何人', '', '', '均 is an adverb, left out'),
    ],
    35: [
        ('shall_not', '三、[不得]供', '', '', '雇主', 'carried from lead-in 雇主使勞工…應依下列規定辦理'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    36: [
        ('shall', '者，[應]檢具', '^[經核准設置自用加儲油（氣）設施者]', '', '',
         'agent 者-phrase without head noun kept whole; 其…變更者 is a circumstance'),
    ],
    37: [
        ('may', '部[得]召集', '內政部', '', '', ''),
    ],
    38: [
        ('may', '者，[得]依法', '^[不服再申訴決定者]', '', '', 'agent 者-phrase without head noun kept whole'),
    ],
    39: [
        ('shall', '心[應]訂定', '^[保稅倉庫及物流中心]', '', '', ''),
    ],
    40: [
        ('shall', '位[應]先', '開發單位', '', '', '並將…報 under the same 應'),
    ],
    41: [
        ('may', '關[得]對', '中央主管機關', '', '',
         '取得 false friend; 其他應遵循規定 attributive; 依附錄五規定辦理 has no cue'),
    ],
    42: [
        ('shall', '關[應]核定', '直轄市或縣（市）主管機關', '', '', '應核定不發給 = shall (decide not to issue), not shall_not'),
    ],
    43: [
        ('shall', '竣，[應]報請', '^[私立幼稚園]', '', '', ''),
        ('may', '後[始得]開辦', '^[私立幼稚園]', '', '', 'second cue after a condition: same written bearer'),
    ],
    44: [
        ('shall', '員[應]按時', '學員', '', '', 'first sentence (班本部…函寄) has no cue'),
        ('may', '並[得]以信函', '學員', '', '', ''),
    ],
    45: [
        ('may', '，[得]委任', '登記機關', '第一項第五款之登記機關', '', ''),
    ],
    46: [
        ('shall', '券，[應]檢具', '^[受託機構]', '', '',
         'hard: two coordinated subject-predicate phrases (受託機構… 及 特殊目的公司…); both bear it, first head taken'),
        ('may', '後，[始得]為之', '^[受託機構]', '', '', 'same sentence: same written bearer'),
    ],
    47: [
        ('shall', '，[應]配合', '漁船經營者或船長', '經主管機關指定應接受查核之漁船經營者或船長', '',
         '指定應接受查核之 is attributive (inside the modifier), not a statement'),
    ],
    48: [
        ('shall', '會[應]對', '^[學生申評會]', '', '', ''),
        ('shall', '書[應]由', '主席', '學生申評會之主席', '', 'agent after 由'),
        ('shall', '見，[應]嚴守', '', '', '學生申評會',
         'hard: new sentence, thing subjects (評議、表決及意見); confidentiality carried from the committee of the previous sentence'),
        ('shall', '均[應]予以', '', '', '學生申評會', 'hard: as above (thing subject 申訴案與基本資料)'),
    ],
    49: [
        ('may', '府[得]視', '縣市政府', '', '', ''),
    ],
    50: [
        ('may', '者，[得]申領', '', '', '肥料業者', '經中央主管機關核准者 is a circumstance; carried from lead-in 肥料業者應…'),
        ('may', '後[始得]銷售', '', '', '肥料業者', ''),
    ],
    51: [
        ('shall', '料，[應]遵守', '^[非公務機關]', '', '', '告知義務 is a noun (no 負); 並區分…訂定…要求 under the same 應'),
    ],
    52: [
        ('may', '：[得]於', '', '', '',
         'hard: topic is the certificate (C類檢定證), permission is its holder\'s, not named here or in lead-in; 除停機線維修以外 is inside a noun phrase, no exception'),
    ],
    53: [
        # none: a list item (noun phrase) with no cue; 應用 is a false friend
    ],
    54: [
        ('may', '者，[得]不經', '機關', '受理補償請求之機關', '', ''),
    ],
    55: [
        ('shall', '料[應]具有', '', '', '', 'thing subject; 若需 is "need", not 須'),
        ('shall', '並[應]在', '', '', '', ''),
        ('shall', '時[應]有避免', '', '', '', ''),
    ],
    56: [
        ('shall', '準[應]以', '', '', '', 'thing subject (最低標準); lead-in names no bearer'),
        ('shall', '但[須]判斷', '', '', '', '但 here is contrastive, no 不在此限 -> no exception'),
    ],
    57: [
        ('shall', '者，[應]採行', '、[電子支付機構]傳輸', '', '', ''),
        ('shall', '並[應]訂定', '、[電子支付機構]傳輸', '', '', ''),
    ],
    58: [
        ('shall', '容，[應]恪遵', '^[委員會議出、列席及紀錄人員]', '', '', 'coordinated bearer kept whole'),
        ('shall', '外[應]嚴守', '^[委員會議出、列席及紀錄人員]', '', '', 'second cue in same sentence'),
    ],
    59: [
        ('may', '務[得]命', '', '', '院長', 'topic 尋常事務; 院長 carried across 。; first sentence has no cue'),
    ],
    60: [
        ('shall', '關[應]陳報', '主管機關', '', '', ''),
    ],

    61: [
        ('shall', '決議，[應]於決議後', '^[區漁會]', '', '',
         '為第一項決議 is a condition; 合併契約書應載明事項 is attributive (no statement)'),
        ('may', '債權人[得]於指定', '債權人', '', '',
         'hard: 得 inside the content of the notice (聲明債權人得…); read as the law granting creditors a right to object'),
    ],
    62: [
        ('shall_not', '其比例尺[不得]小於', '', '', '',
         'topic 比例尺 is a thing; lead-in 地質敏感區變更計畫書應載明 names no bearer'),
    ],
    63: [
        ('may', '土地，[得]予標售', '', '', '',
         'no bearer written; lead-in (區段徵收範圍內土地…其處理方式如下) names none; 可供 is no cue'),
    ],
    64: [
        ('shall', '者，[應]揭露', '', '', '',
         '…達…以上者 is a circumstance (condition); lead-in 財務預測…應充分揭露 names no bearer'),
    ],
    65: [
        ('may', '競爭力，[得]補助', '^[中央主管機關]', '', '',
         '為提升… is a purpose clause'),
    ],
    66: [
        ('shall', '期間[應]全程啟動', '', '', '機構、團體',
         'carried from lead-in 經認可之機構、團體辦理專業訓練應遵循下列事項'),
        ('shall', '並[應]全程錄影', '', '', '機構、團體',
         'second cue 並應, same (carried) bearer'),
    ],
    67: [
        ('shall', '印章[應]由各', '由[各收取要密郵件部隊或機關]製備', '', '',
         'agent after 由; modifier without 之 stays in the bearer'),
        ('shall', '時，[應]另備', '由[各收取要密郵件部隊或機關]製備', '', '',
         'second cue in the same sentence after a condition (遇有…時): same written bearer'),
    ],
    68: [
        ('may', '保險人[得]約定', '^[保險人]', '', '', '不受拘束 is no cue'),
        ('exception', '者，[不在此限]', '', '', '', '但…不在此限'),
    ],
    69: [
        ('may', '者，[得]依前項', '^[金融控股公司]', '', '',
         'hard: subject NP is 金融控股公司…申請之投資; read 金融控股公司 as topic/agent of 辦理 (the investment-clause as condition)'),
    ],
    70: [
        ('shall', '費用，[應]由', '由[直轄市及縣 (市) 國民住宅主管機關]設置', '', '',
         'agent after 由'),
    ],
    71: [
        ('shall', '內容，[應]包括', '', '', '少年輔育院',
         'hard: topic 品德教育之內容 is a thing; bearer carried from the paragraph text (lead-in) 少年輔育院應以品德教育為主'),
    ],
    72: [
        ('shall', '方法，[應]以書面', '', '', '',
         'topic 識別方法 is a thing; lead-in (…識別依下列規定辦理) names no bearer'),
    ],
    73: [
        ('shall', '申請書[應]載明', '^[申請發明專利者]', '', '',
         'hard: agent 者-phrase as topic (其申請書 is possessed thing); bearer = the agent phrase kept whole'),
    ],
    74: [
        ('shall', '使用人[應]訂定', '^[航空器使用人]', '', '', ''),
    ],
    75: [
        ('shall', '機關[應]依左列', '該主管機關', '', '',
         '本規則所定之營業有違法行為時 is a condition; 該 kept like 各'),
    ],
    # 76: definition clause; 取得 is a false friend
    76: [],
    77: [
        ('may', '士氣，獎勵工作績效，[得]發給', '^[警察機關]', '', '',
         '由行政院定之 has no cue'),
    ],
    78: [
        ('shall', '七日內[應]將', '^[技師公會及技師公會全國聯合會]', '', '',
         '召開…大會 read as condition/time'),
    ],
    79: [
        ('may', '主管機關[得]基於', '主管機關', '', '', 'topic 準備金之收回 is not the bearer'),
    ],
    80: [
        ('shall', '時，[應]綜合考量', '^[本會]', '', '', '擇定…時 is a condition'),
    ],
    81: [
        ('shall', '者，[應]由', '由[執行送達人]作成', '', '',
         'agent after 由; 訴願文書…送達者 is a circumstance'),
    ],
    # 82: 禁止事項 is a noun (attributive); 適用 (positive) is no cue
    82: [],
    83: [
        ('shall', '許可證，[應]檢附', '^[出口人]', '', '', ''),
    ],
    84: [
        ('may', '貿易署[得]撤銷', '貿易署', '', '', '有下列情形之一者 is a circumstance'),
    ],
    85: [
        ('may', '外，[得]按需要', '', '', '',
         '除筆試外…另予 is additive, not an exception; 本考試 is a topic, no bearer'),
        ('may', '者，[始得]應第二試', '第一試錄取者', '', '',
         'cue 始得; 應第二試 = take the exam (false friend); agent 者-phrase as bearer'),
    ],
    86: [
        ('shall', '機關[應]限期', '法人或學校主管機關', '', '',
         'hard: …由學校法人全體董事負連帶責任補足之 is liability (consequence), not 負…義務; not labelled'),
    ],
    87: [
        ('shall', '使用，[應]禁止', '^[雇主]', '', '', '應禁止 = one shall at 應'),
    ],
    88: [
        ('may', '處理，[得]降低', '', '', '',
         'hard: 得 inside …者，僅以…為限 (permission restricted to listed circumstances); labelled as may, no bearer'),
    ],
    89: [
        ('may', '時，[得]請', '', '', '直轄市、縣（市）政府',
         'carried from the previous paragraph (直轄市、縣（市）政府得…辦理調處)'),
        ('shall_not', '理由[不得]拒絕', '請求之[機關]無正當', '受請求之機關', '', ''),
    ],
    90: [
        ('shall', '均[應]以機密件', '', '', '',
         'hard: subject is 預算書表…其涉及機密部分 (thing); 外交部與國防部 only inside the 之-modifier of the topic'),
    ],
    91: [
        ('may', '教師[得]報准', '教師', '', '',
         '如有須查證者: 須 inside a condition, no statement; 但…以三十日為限 is a limit, not 不在此限'),
    ],
    92: [
        ('shall', '者，[應]加繳', '^[不能依前項規定繳送電子檔者]', '', '',
         'agent 者-phrase kept whole; 由登記機關製作 has no cue'),
    ],
    93: [
        ('shall', '者，[應]經海關', '', '', '',
         'hard: precondition (應經海關查證…始准予); topic is a thing, 海關 is agent after 經 not 由; 始准予 and 供應商 are no cues'),
    ],
    # 94: 應送…之污染防治措施計畫 is attributive, 應提 inside a condition, 免予 is a false friend
    94: [],
    95: [
        ('shall_not', '實績值，[不得]高於', '', '', '',
         'hard: subject 實績值 is a thing; 公用售電業 only inside its 之-modifier'),
    ],
    96: [
        ('shall', '機關[應]令', '中央主管機關', '', '',
         '且得改正者: 得 inside condition (can), no statement'),
        ('shall', '者，[應]廢止', '中央主管機關', '', '', 'second cue after ；, same written bearer'),
    ],
    97: [
        ('shall', '法規[應]記載', '', '', '', 'topic is a section of the prospectus (thing)'),
    ],
    98: [
        ('shall', '機關[應]將', '其[逮捕拘禁機關]應', '', '', '並至遲於…移送 is governed by the same 應'),
        ('may', '亦[得]聲請', '本人或他人', '', '', 'adverb 亦 excluded'),
    ],
    # 99: 應配合辦理而未配合 restates a duty inside a condition (ground for sanction)
    99: [],
    # 100: definition; 應由該法院管轄之訴訟 is attributive
    100: [],
    # 101: 應收票據/應收之 are false friends; 應註明事項 is attributive
    101: [],
    # 102: 支應 is a false friend; 由司法院編列 has no cue
    102: [],
    103: [
        ('may', '範圍，[得]適用', '', '', '', '應變 is a false friend; topic 最大容許量 is a thing'),
    ],
    104: [
        ('shall', '資產，[應]先經', '', '', '票券金融公司',
         'hard: 應 inside the content of an order the authority may issue; duty falls on the company named in the lead-in; 取得 is a false friend'),
    ],
    105: [
        ('shall', '事項[應]獨立', '', '', '財團',
         'carried from lead-in 財團應依下列規定建立會計制度; 有附屬作業組織者 is a circumstance'),
        ('shall', '所得[應]列歸', '', '', '財團', '年度所得 (所得 false friend) is the topic'),
    ],
    # 106: definition; 所得 is a false friend
    106: [],
    107: [
        ('shall', '後，[應]經', '^[本考試應考人]', '', '',
         '應考人 is a false friend (noun); 本考試 kept as fixed modifier without 之'),
        ('shall_not', '者，[不得]參加', '不合格者', '', '',
         'hard: 不合格者 read as an agent 者-phrase (persons found unfit), not a circumstance'),
    ],
    # 108: 應變 is a false friend
    108: [],
    109: [
        ('shall', '階段，[應]對民間', '人力動員準備分類計畫主管機關', '', '',
         '為確保…獲得 (false friend) is a purpose clause'),
        ('shall', '政府並[應]配合', '直轄市及縣（市）政府', '', '', ''),
    ],
    # 110: 致不得販賣 is inside a ground (condition) for revocation; 取得 is a false friend
    110: [],
    # 111: 供應 is a false friend
    111: [],
    112: [
        ('shall', '原料，[應]於', '^[產製廠商]', '', '', '並在…加蓋… governed by the same 應'),
        ('shall', '後，[應]函復', '該機關', '', '',
         'new subject after ；; 並將…函送 governed by the same 應; 供應廠商 is a false friend'),
    ],
    # 113: 得標者/得標金 are false friends; 由主管機關通知 has no cue
    113: [],
    # 114: 應稅收入 (noun) and 應分攤之 (attributive) are false friends; 可/准 are no cues
    114: [],
    # 115: 應變計畫 is a false friend
    115: [],
    116: [
        ('shall', '後，[應]於', '^[加油站]', '', '', '取得 is a false friend'),
        ('may', '者，[得]於', '但[未能於規定期限內開始營業而有正當理由者]', '', '',
         'hard: …而有正當理由者 read as agent 者-phrase (kept whole); alternatively a circumstance with 加油站 carried'),
        ('shall_not', '每次[不得]逾', '', '', '', 'topic 延展期限 is a thing'),
    ],
    # 117: 反應 is a false friend; no cue
    117: [],
    118: [
        ('may', '單位[得]於', '^[申請單位]', '', '', '並於取得…申請 continues the same 得; 取得 is a false friend'),
        ('shall_not', '延長期間[不得]逾', '', '', '', 'topic 延長期間 is a thing'),
    ],
    119: [
        ('shall_not', '額度[不得]超過', '', '', '',
         'topic 免稅額度 is a thing; 所得稅 is a false friend; 免納 is no cue'),
    ],
    # 120: 因應 is a false friend; the item is a ground in a condition list
    120: [],
}
