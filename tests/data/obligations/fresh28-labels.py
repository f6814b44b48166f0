# Hand labels for /work/eval/s33/o28/to_label-a.tsv (sample of session 33, o28), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 且應, after ；, 始得) shares the written bearer at the same offset unless its
#   clause has its own subject (a thing subject gives '' + carried); across 。 a new written subject is its own bearer,
#   else the bearer is carried; one 應 governing 並X without a new cue is one statement.
# - a thing / topic / patient subject (獎章, 戶籍資料, 轉撥價格, 飛灰, 計畫, 年資, certified persons) is no bearer;
#   `carried` when this provision (also an entity inside the topic NP), its list lead-in or the paragraph right before
#   names the actor clearly, else ''. A vehicle / aircraft as regulated unit (客車, 航空器, 停駛車輛) is kept as bearer.
# - 'N[condition]者' keeps N, the whole …者 phrase goes to bearer_full; a circumstance …者 (分期實施者, 官等為薦任者,
#   場地不同者) is a condition; 之-modifiers go to bearer_full; possessive 其 dropped; the agent after 得由 is the
#   bearer; coordinated alternatives kept whole; quantifiers (每一) kept.
# - 但…不在此限 is an exception (also when the main clause has no cue); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除), additive 除…外，並 is not; 得…禁止 is one may at 得; a 得 inside the content of
#   a notice (告知其得…) restates a right granted elsewhere and is not labelled; attributive 應X之 (應專戶存管之,
#   應繳納之, 應遵行事項), definitions (…指…), cues inside …者 conditions, 所得, 取得, 獲得, 應用, 供應, 酬應, 准予,
#   準用, 可, 令其, 由…定之, 處…罰鍰 are not labelled.
LABELS = {
    1: [
        ('shall', '者，[應]依', '', '', '',
         '場地不同者 is a circumstance (condition); payer not named in the article (前項費用…繳交 passive)'),
    ],
    2: [],  # definition clause (禁用農藥，指…禁止製造…之農藥): 禁止 inside a definition, no statement
    3: [
        ('shall', '使用人[應]訂定', '^[航空器使用人]', '', '', '可適時獲得 (可 no cue, 獲得 false friend) inside the purpose clause'),
    ],
    4: [
        ('shall', '[應]輔導', '^[目的事業主管機關]', '', '', ''),
    ],
    5: [
        ('shall', '情形，[應]依', '', '', '發行人',
         'no subject written (如自願…之情形 is a condition); one 應 governs 計算 / 並將…洽請 / 辦理公告申報; 並對…表示意見 is the accountant\'s act, no cue; carried from lead-in 發行人有會計變動者，應依下列規定辦理; 適用 / 不可行 no cues'),
    ],
    6: [
        ('shall', '時，[應]通知', '^[主管機關]', '', '', 'subject of the …時 clause is the subject of 應; 所有人、使用人或管理人 are the notified objects'),
    ],
    7: [
        ('shall', '[應]配有', '每一檢驗人員', '', '',
         'hard: written subject 每一檢驗人員 kept (quantifier kept); one could read the inspector as the beneficiary and carry 檢驗機構 from the lead-in 檢驗機構應具備左列要件'),
    ],
    8: [
        ('shall', '客車[應]設置', '之[客車]應', '未提供對號入座之客車', '', '博愛座： is a heading; vehicle as regulated unit kept as bearer (lead-in 公路及市區汽車客運客車應依下列規定設置)'),
        ('shall', '地板[應]平坦', '', '', '客車', 'thing subject (地板); second cue of the sentence (且…應); the 客車 of the same sentence / lead-in carried'),
    ],
    9: [],  # attributive 應專戶存管之特種基金 (noun phrase in a list of funds), no statement
    10: [
        ('may', '，[得]於維持', '', '', '建築物所有權人',
         'hard: thing subject (…之合法建築物); the owner named in this provision (非可歸責於建築物所有權人) carried as the applicant'),
        ('may', '者，[得]檢具', '', '', '建築物所有權人',
         'new sentence, thing subject continued; 依其他法令規定得申請重建者 is a condition (its 得 not labelled)'),
    ],
    11: [],  # definition (劑量限度：指…不應超過之劑量值): 不應 attributive inside a definition
    12: [
        ('shall', '者，[應]於', '^[船舶運送業]', '船舶運送業經營旅客運送者', '', 'N[condition]者 keeps N'),
    ],
    13: [
        ('shall', '時[應]填具', '^[停駛車輛]', '', '',
         'hard: subject of the …時 clause; vehicle as regulated unit kept as bearer (the owner is not named); 並予登記 / 發還牌照 are the authority\'s acts without cue'),
    ],
    14: [],  # definition (…之土地，指…); 所得 / 取得 false friends
    15: [
        ('may', '，[得]於回任', '', '', '教師',
         'topic 年資 (thing); 教師 is the subject inside its modifier (教師經學校…同意借調…之年資), carried'),
        ('may', '，[始得]併計', '', '', '教師', '始得 = may only then; same sentence, same (no) written bearer'),
    ],
    16: [
        ('may', '，[得]依其', '', '', '',
         'hard: 第一項之環境教育人員 is the patient (may be certified, 予以認證), no bearer; the certifiers are named in para 1, not in the paragraph right before (para 3), so not carried; 應遵行事項 attributive; 由中央主管機關定之 no cue'),
    ],
    17: [
        ('shall', '移民署[應]告知', '，[內政部移民署]應告知', '', '',
         '已經收容之大陸地區人民…者 is a topic/condition; the 得 in 告知其得提出收容異議 is the content of the notice (a right granted elsewhere, 準用 入出國及移民法) -> not labelled'),
        ('shall', '必要，[應]於期間', '，[內政部移民署]應告知', '', '', 'same sentence, comma clause sharing the subject (認有續予收容之必要 is a condition)'),
        ('shall', '必要，[應]附具', '，[內政部移民署]如認', '', '', 'after ；, own written subject'),
    ],
    18: [
        ('may', '後，[得]申請退還', '', '', '全區性廣播事業得標者',
         '分期實施者 is a circumstance (mode of implementation), no bearer; carried from lead-in 全區性廣播事業得標者得依下列規定 (得標 false friend); 或申請通知 under the same 得'),
        ('may', '後，[得]申請再退還', '', '', '全區性廣播事業得標者', 'after ；, same (no) written bearer, carried'),
    ],
    19: [
        ('shall_not', '獎章[不得]轉讓', '', '', '',
         'thing subject (獎章); the holder is not named in the article; 違者除…外，並科以 is additive 除…外 and a penalty fact, no cue'),
        ('shall', '者，[應]一併', '', '', '',
         '佩帶他人獎章者 is the offender (object of 處分), not the bearer; punishing authority not named'),
    ],
    20: [
        ('shall', '案，[應]先', '^[部本部及參謀本部主管單位]', '', '', 'one 應 governs 擬具 / 協調 / 會法制司 / 打印 / 函送'),
    ],
    21: [
        ('shall', '，[應]將', '', '', '各主管機關',
         'topic (前項…之計畫, thing); paragraph right before: 各主管機關應依…辦理…編報作業'),
    ],
    22: [
        ('shall', '中心[應]參酌', '^[課照中心]', '', '', ''),
        ('shall', '時[應]予以', '^[課照中心]', '', '', 'second 應 of the same sentence (必要時 is a condition), same written bearer'),
    ],
    23: [
        ('shall', '其中[應]包括', '', '', '醫事人員',
         'thing subject (積分數 / 課程); lead-ins 醫事人員每六年應完成…積分數如下 / 二、前款以外之醫事人員 name the actor'),
    ],
    24: [
        ('shall', '業務，[應]於', '^[漁會]', '', '', '並副知 under the same 應'),
    ],
    25: [
        ('may', '者，[得]按次', '', '', '直轄市、縣（市）主管機關',
         'penalty 得; 得按次處罰並禁止其繼續使用 is one may at 得; 經營者 is the offender; 處…罰鍰 / 令其限期改善 facts without cue; authority carried from para 1 (直轄市、縣（市）主管機關應禁止該設施繼續使用); 強制或禁止規定 is a noun'),
        ('may', '者，[得]廢止', '', '', '直轄市、縣（市）主管機關', '情節重大者 is a condition; same sentence'),
    ],
    26: [
        ('shall', '[應]以電腦', '^[海運快遞業者]', '', '', ''),
    ],
    27: [
        ('shall', '時，[應]於', '', '', '',
         'hard: the …時 clause has a thing subject (文書) and 由X agents of 代收 (the receivers), who do not note; the server (postal clerk) is not named in the article; 應受送達人 is a noun (no cue)'),
    ],
    28: [
        ('shall', '院長[應]令', '院長', '', '', '委員、工作人員違反前項規定者 is a condition (offenders, objects of 令其)'),
        ('may', '，[得]懲處', '院長', '', '', 'second cue of the same sentence (必要時 is a condition), same written bearer'),
    ],
    29: [
        ('shall', '[應]核轉', '', '', '各主管機關', 'thing topic (計畫); lead-in 各主管機關…應審核加具意見，依規定時間核轉'),
    ],
    30: [
        ('shall', '機關[應]通知', '中央主管機關', '', '', '報驗義務人逾…者 is a condition (義務 without 負 no cue); 並副知海關 under the same 應'),
        ('shall_not', '申請案[不予]核准', '', '', '中央主管機關',
         'after ；, thing subject (申請案); 未依通知辦理者 is a condition; the approving 中央主管機關 of the same sentence carried'),
    ],
    31: [
        ('shall', '，[應]於', '', '', '', '開發特殊性工業區 is a circumstance/topic; the developer is not named in the article'),
    ],
    32: [
        ('exception', '[除]因', '', '', '', '除…外 carves the three cases out of the 不得 of the same sentence; 經…核可 no cue'),
        ('shall_not', '[不得]攜出', '', '', '', 'thing subject (戶籍資料); no actor named in the article'),
    ],
    33: [],  # 准予認列 (准予 no cue); 取得 false friend; list item of deductible cases, no operator
    34: [
        ('may', '[得]向', '^[出口人]', '', '', ''),
    ],
    35: [],  # attributive 應繳納之登記費如下 (the fees are listed), 自用發電設備設置人申請…者 is a condition; no statement
    36: [
        ('shall', '價格[應]取現行市場價格與帳面價值之高', '', '', '事業', 'thing subject (轉撥價格); lead-in 事業所經營各業務間資產移轉之內部交易 names the enterprise'),
        ('shall', '價格[應]取現行市場價格與帳面價值之低', '', '', '事業', 'after ；, same thing subject'),
    ],
    37: [
        ('shall', '執票人[應]將', '執票人', '', '', '參加付款後 is a condition'),
        ('shall', '者，[應]一併', '執票人', '', '', 'second 應 of the same sentence (有拒絕證書者 is a condition), same written bearer'),
    ],
    38: [
        ('shall', '後，[應]於', '^[設置者]', '', '', '取得 false friend; one 應 governs 檢具…申請設置'),
        ('may', '[始得]設置', '^[設置者]', '', '',
         '始得 = may only then; same sentence (經主管機關審查核准，發給…證明 is the condition), same written bearer'),
    ],
    39: [],  # 應用軟體 false friend (application software); organisational list item, no operator
    40: [
        ('shall', '航空器[應]備有海錨', '之[航空器]應', '水上或水陸二用之航空器', '', 'aircraft as regulated unit kept as bearer; 並置於 under the same 應'),
        ('shall', '且[應]備有', '之[航空器]應', '水上或水陸二用之航空器', '', 'after ；且, same sentence, same written bearer'),
    ],
    41: [
        ('shall', '開會，[應]有', '^[審查會]', '', '', 'hard: 審查會開會 read like a …時 clause whose subject is the subject of 應'),
        ('shall', '決議，[應]經', '', '', '審查會', 'after ；, thing subject (其決議); 審查會 of the same sentence carried'),
    ],
    42: [
        ('may', '機關[得]採', '^[中央主管機關]', '', '', '並支付委託費用 under the same 得'),
        ('may', '費用[得]由', '', '', '中央主管機關',
         'thing subject (其費用, may be deducted); 由汽車排氣檢驗費 is a source, not an agent; the 中央主管機關 of the sentence carried'),
    ],
    43: [
        ('may', '時[得]由', '由[律師、相關專業人員或其他熟諳法令之人員]在場', '', '',
         'agent after 得由, coordinated alternatives kept whole (之 sits inside the last conjunct only); 由行政機關首長…為主持人 has no cue'),
    ],
    44: [
        ('shall', '總經理[應]具備', '^[保險業總經理]', '', '', '應具備 is the main verb here (qualification duty); 並具備下列資格之一 under the same 應'),
    ],
    45: [
        ('shall', '經營者[應]依', '^[申請人或經營者]', '', '', ''),
    ],
    46: [
        ('exception', '灰[除]再利用', '', '', '', '除再利用外 carves reuse out of the 應…處理 of the same sentence'),
        ('shall', '外，[應]採', '', '', '', 'thing subject (飛灰); no actor named in the article; 經中央主管機關許可之 attributive'),
        ('may', '[始得]進行', '', '', '', '始得 = may only then; same sentence, same (no) bearer'),
    ],
    47: [],  # 酬應 false friend; list item of misconduct under 公證人有下列行為之一者 (a condition), no operator
    48: [
        ('shall', '時，[應]即呈報', '^[本部員工]', '', '', '應即 = 應'),
        ('shall', '時，[應]報請', '，[駐外機構員工]發現', '', '', 'own written subject in the second clause'),
    ],
    49: [
        ('may', '遺屬[得]就', '其[遺屬]得', '', '', 'topic 前項第一款人員之養老年金給付; possessive 其 dropped'),
        ('shall_not', '[不得]變更', '其[遺屬]得', '', '', 'after ；, same sentence, same written bearer (一經領受 is a condition)'),
    ],
    50: [
        ('may', '同意，[得]由', '由[調解委員]酌定', '', '', 'agent after 得由; 經兩造同意 is a condition'),
    ],
    51: [],  # attributive 應遵行事項之辦法; 由中央主管機關定之 has no cue
    52: [
        ('exception', '[不在此限]', '', '', '',
         '但…不在此限 excepts the deferred trainees; the main clause is a definition / procedure without cue (由分發機關函送…核備); 經核准 no cue'),
    ],
    53: [
        ('shall', '者，[應]辦理', '', '', '消防設備人員',
         'topic 前項自行停止執業之期間; 逾一年者 is a condition; paragraph right before: 消防設備人員自行停止執業…者，應…報請'),
    ],
    54: [
        ('may', '者，[得]適用', '^[廠商]', '廠商進口車輛提出美國政府登載為LDT車型或歐盟會員國之政府登載為M1G車型之證明文件者', '', 'N[condition]者 keeps N; 得適用 is a may (適用 without 不 no exception)'),
    ],
    55: [
        ('may', '補習班，[得]依', '之[補習班]，得', '營業樓地板面積未達二百平方公尺之補習班', '',
         '但…得 without 不在此限 is a may; the rest of the item is a document list (no cue); 免辦理 no cue'),
    ],
    56: [
        ('shall', '用戶[應]於', '能源用戶', '新設或增設空調系統之能源用戶', '', ''),
    ],
    57: [
        ('may', '者，[得]佩帶', '', '', '副法警長',
         'hard: 但官等為薦任者 read as a circumstance on the 副法警長 of the previous sentence (carried across 。); could be read as a headless agent phrase kept whole; 佩帶 without cue in the first sentence'),
    ],
    58: [],  # 供應範圍 false friend; list item of a scope definition, no operator
    59: [
        ('may', '[得]經', '^[外國保險業]', '', '', '經主管機關核准 is a condition; one 得 governs 移轉'),
    ],
    60: [
        ('may', '[得]申請', '之[教師]，', '具原住民族身分之教師', '', '由原住民族委員會所公告 is inside a modifier, no cue'),
    ],
}

# Hand labels for /work/eval/s33/o28/to_label-b.tsv (sample of session 33, o28), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer; across 。 it is carried.
# - a thing / topic / place / act subject (排煙口, 通風坑及風道, 案件, 申請利用…, 預算之編製, 疫苗) is no bearer;
#   a topic whose possession is the clause subject (徵求人，其代理之股數不得…) gives bearer '' + carried topic;
#   a ship acting as the regulated unit (裝卸爆炸物之船舶…得使用裝卸機械) is kept as bearer, a vehicle that merely
#   has to be of a kind (車輛須為合法…車) is not.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole;
#   之-modifiers go to bearer_full; references without 之 (前項專責人員) stay in the bearer.
# - 但…不在此限 is an exception even after a non-deontic rule; 除…外 is an exception only when it carves out of a
#   deontic statement of the same sentence; 不適用 is an exception.
# - not labelled: attributive 其應具備條件如下 / 應行記載之事項 / 應遵行事項 / 得提起準抗告之案件 / 應撥給…之款項 /
#   應稅貨物, cues inside …者 conditions and 除…外, definitions (指…), 負責 (no 負…義務), 需否, 為應…需要 (respond to),
#   false friends 取得, 所得, 獲得, 應用, 反應, 因應, 免予.
LABELS.update({
    61: [
        ('exception', '[除]本規則', '', '', '', '除本規則另有規定外 carves out of the 不得超過 of the same sentence'),
        ('shall_not', '股數[不得]超過', '', '', '徵求人',
         'hard: topic 徵求人, clause subject 其代理之股數 (a thing) -> bearer empty, the topic carried'),
    ],
    62: [
        ('shall', '者，[應]於', '^[經營者]', '', '', 'N[condition]者 keeps N (實收…二百人以上 is the condition)'),
    ],
    63: [
        ('may', '：[得]經營', '', '', '清除、處理機構',
         'no subject in the item (category 第二類廢棄物處理業務 is a heading); lead-in 清除、處理機構申請經營…應分別具備下列條件; '
         'hard: 其應具備條件如下 read as attributive (= 其應具備之條件如下, predicate 如下), not labelled'),
    ],
    64: [
        ('may', '排煙口[得]裝置', '', '', '', 'thing subject (排煙口); lead-in 排煙設備之構造，應依左列規定 names no actor'),
        ('shall', '位置[應]在', '', '', '', 'thing subject (開關位置)'),
        ('shall', '者，[應]垂吊', '', '', '', 'thing subject (其裝設於天花板者 = the switch so installed)'),
        ('shall', '並[應]標註', '', '', '', 'second cue of the same sentence, thing subject'),
    ],
    65: [
        ('shall_not', '風道，[不得]堆放', '', '', '', 'place topic (坑內通風坑及風道); no actor in the article'),
    ],
    66: [
        ('may', '案件，[得]於', '', '', '',
         'thing subject (案件); 得提起準抗告之案件 is attributive (not labelled); the detainee is not written'),
    ],
    67: [
        ('may', '者，[得]檢具', '中小企業', '經營與市場開放項目相同或直接競爭產品或服務之中小企業', '',
         '自…起至…止 a period, 受影響達一定程度者 a condition on N; 市場開放義務 is no 負…義務'),
    ],
    68: [
        ('shall', '航空站接獲申請後，[應]派員', '^[航空站]', '', '', '會同…赴現場初勘、鑑價 under the same 應'),
    ],
    69: [
        ('may', '職務評定[得]評列', '', '', '',
         '受評人…者 is the condition (the one rated, not the rater); 職務評定 is a thing; the rating authority is not written'),
    ],
    70: [],  # 得請領 inside the 除…者外 condition (restates); the main clause 比照…結算補償金 has no cue, so 除…外 carves no deontic statement
    71: [
        ('shall', '時，[應]審酌', '^[主管機關]', '', '', ''),
    ],
    72: [],  # attributive: 原發執業執照所載應辦理執業執照應更新日期 (a date NP); 依修正前之規定 has no cue
    73: [
        ('shall', '，[應]以書面', '', '', '',
         'act topic (申請利用文化創意資產, no 者); the applicant is not named in the article'),
    ],
    74: [
        ('shall', '機構[應]建立', '^[信用卡業務機構]', '', '',
         '應具備之資格條件 / 應遵行事項 attributive; 由主管機關定之 has no cue'),
    ],
    75: [],  # attributive: 其他應行記載之事項 (a list item NP)
    76: [
        ('shall_not', '三、[不得]從事', '', '', '驗證決定人員',
         'qualification item; lead-in para 4: 第二項第四款之驗證決定人員，應符合下列各款條件'),
    ],
    77: [
        ('may', '機關[得]就', '^[中央主管機關]', '', '', '符合下列資格者 is the object (the designated institutions)'),
    ],
    78: [
        ('may', '並[得]於', '選舉委員會', '', '',
         '候選人或政黨…不繳納者 is a condition (offenders); 應撥給候選人之競選費用補助金 attributive'),
    ],
    79: [],  # attributive: 其他應遵行事項之辦法; 由中央主管機關定之 has no cue
    80: [
        ('shall', '者，[應]限期', '^[銀行]', '', '', 'N[condition]者 keeps N; 逾期不繳銷者，由…公告註銷之 has no cue'),
    ],
    81: [
        ('shall', '者，[應]依', '^[對於暫予收容處分不服者]', '', '',
         'agentive headless 者 phrase, the only subject, kept whole'),
        ('exception', '，[不適用]其他', '', '', '', ''),
    ],
    82: [
        ('shall', '會議[應]切合', '', '', '',
         'act topic (舉辦國際會議, no 者); the organizing body is not written in the article (only in the law name)'),
        ('shall', '並[應]特別', '', '', '', 'second cue of the same sentence; 提昇國家形象 under the first 應'),
    ],
    83: [
        ('may', '時，[得]使用', '物之[船舶]，與', '裝卸爆炸物之船舶', '',
         'hard: the ship as regulated unit is the subject of the sentence (…有高度之差距時 conditions); 之-modifier to bearer_full'),
        ('shall', '但[應]依', '', '', '船舶',
         '但應 (no 不在此限) is a shall; new sentence after 。 without subject -> the ship carried'),
    ],
    84: [
        ('shall', '人[應]於', '納稅義務人', '', '',
         '尚未完稅之應稅貨物…者 is a condition; 應稅貨物 attributive (not labelled)'),
    ],
    85: [
        ('may', '受僱者於申請育嬰留職停薪期間，[得]與', '^[受僱者]', '', '', ''),
    ],
    86: [
        ('shall', '仍[應]列為', '^[醫療法人]', '', '',
         '醫療法人 is the subject of the sentence (對…金融負債 its object, 若…者 a condition); 始完成 is no 始得'),
    ],
    87: [
        ('shall', '每四年[應]通盤', '縣（市）主管機關', '', '',
         '前項實施方案 is a topic; 或…進行必要之修正 under the same 應; 依前項程序辦理 has no cue'),
    ],
    88: [
        ('shall_not', '[不予]退還', '', '', '',
         'the earlier sentences (退還學費七成 / 半數) have no cue; lead-in 駕訓班受訓學員…退訓者，應依下列規定退費 has '
         'no written subject (駕訓班 only modifies 學員) -> not carried'),
    ],
    89: [
        ('may', '士兵[得]於', '^[志願士兵]', '', '',
         '由上校以上編階主官…核定 has no cue; 除…辦理者外 restricts 以年為單位 (no cue) -> no exception'),
    ],
    90: [
        ('shall', '車輛[須]為', '', '', '',
         'thing subject (a subsidy condition on the vehicle); lead-in 本辦法補助氣價條件如下 names no actor'),
    ],
    91: [
        ('shall', '時，[應]填具', '^[事業或污水下水道系統]', '', '', '並檢附 under the same 應 (no second cue)'),
    ],
    92: [
        ('shall', '時，[應]命', '^[裁決委員會]', '', '', '其職員 is the object of 命'),
    ],
    93: [
        ('may', '需要，[得]設', '^[本處]', '', '', '為應執行任務需要: 應 = respond to, not a cue'),
        ('may', '並[得]設', '^[本處]', '', '', 'second cue of the same sentence'),
    ],
    94: [
        ('shall', '疫苗[須]符合', '', '', '', 'thing subject (疫苗)'),
    ],
    95: [
        ('shall', '男子，[應]區分', '男子', '經徵兵檢查之男子', '',
         'hard: 男子 is the written subject; 區分為 reads passively (be classified) but 依下列規定服役 is their act, one 應'),
    ],
    96: [
        ('shall', '者，[應]於', '^[特定非公務機關]', '', '', 'N[condition]者 keeps N'),
    ],
    97: [
        ('shall', '後，[應]簽訂', '', '', '各機關',
         'thing topic (議價採購案件); hard: the agency is written only in the third sentence (得由各機關自行酌定) -> carried'),
        ('shall', '手續，[應]參照', '', '', '各機關', 'thing subject (對保報備及通知手續)'),
        ('may', '，[得]由', '由[各機關]自行', '', '', 'agent after 由; 需否 (whether needed) is no cue'),
    ],
    98: [
        ('shall', '編製，[應]在', '', '', '',
         'act topic (預算之編製); 妥善規劃 / 並設法提升 under the same 應; no actor in the article'),
    ],
    99: [
        ('exception', '[不在此限]', '', '', '',
         '但因不可抗力以致損失者，不在此限 excepts from 由各該經管人員負責 (負責 itself is no cue)'),
    ],
    100: [
        ('may', '亦[得]依', '法院', '', '', '未成年子女 is a topic/beneficiary; 於必要時 a condition'),
    ],
    101: [
        ('shall', '容量[應]考慮', '', '', '', 'thing subject (有效容量); lead-in 配水池之規定如下 names no actor'),
    ],
    102: [],  # 取得 false friend; list item (a case of confiscation), no operator
    103: [
        ('shall', '亦[應]併入', '', '', '開發單位',
         'topic (上游集水區 / its problems); paragraph 1 right before: 開發單位應評估…; 因應對策 false friend'),
    ],
    104: [],  # 應用 false friend (資訊管理與應用); organizational item, no operator
    105: [],  # definition (…，指…); 所得稅 false friend
    106: [
        ('shall', '人員[須]經', '^[前項專責人員]', '', '',
         'qualification of the person (須經…講習合格); reference 前項 without 之 kept; 並取得 under the same 須, 取得 false friend'),
    ],
    107: [],  # definition (研發成果：指…); 獲得 false friend
    108: [
        ('may', '機關[得]視', '機關', '', '', '前項權利 is a topic; 取得 ×2 false friend (verb under 得)'),
    ],
    109: [
        ('shall', '機關[應]儘先', '稽徵機關', '', '',
         '執行業務者…已依法扣繳 / 如有退稅 are conditions; 所得稅 false friend'),
    ],
    110: [],  # 核子反應器 (反應 false friend); 依…規定辦理 has no cue
    111: [
        ('shall', '試驗，[應]考慮', '', '', '', 'thing subject (材料之選擇與試驗); 並符合 under the same 應'),
        ('may', '品質[得]放寬', '', '', '', '但…得 (no 不在此限) is a may; thing subject; 不致 is no cue'),
        ('exception', '，[除]在薄膜', '', '', '',
         '除…外 carves the drain pipes and all pipes inside membrane tanks out of the 亦得放寬之 of the same sentence'),
        ('may', '亦[得]放寬', '', '', '', 'thing subject (端部開口管路)'),
    ],
    112: [],  # 所得 false friend (勸募活動所得金額); rate item, no operator
    113: [
        ('shall', '者，[應]依', '^[公開發行公司]', '', '', 'N[有下列情形之一]者 keeps N; 取得 false friend'),
        ('exception', '，[不適用]前三項', '', '', '', ''),
    ],
    114: [],  # 免予收取 (免予 false friend, no cue); 除役 is not 除…外; 反應 false friend
    115: [
        ('shall_not', '者，[不得]使用', '^[製造者、輸入者、供應者或雇主]', '', '',
         'coordinated bearer kept whole; 對於…者 is the object of the prohibition'),
    ],
    116: [
        ('shall', '商品[應]分類', '', '', '',
         'thing subject (金融商品); the first sentence is a category NP, its 除…外 carves from no deontic statement; '
         '取得 false friend; 財產保險業 is not named as actor'),
    ],
    117: [],  # 取得 false friend; qualification list item, no operator
    118: [
        ('shall', '人[應]於', '^[申請人]', '', '', '取得 false friend; 檢具…申請 under the same 應'),
    ],
    119: [],  # 取得 false friend; list item of violations (未依…告知), no operator
    120: [
        ('may', '時，[得]敘明', '中央或地方政府', '', '',
         'hard: the information (我國個人…取得者) is a thing topic; the requesting actor is the subject of the 於…時 clause, '
         '中央或地方政府（以下簡稱權責機關）; 令…提供使用 has no cue'),
    ],
})
