# Hand labels for fresh14-unlabelled.tsv (sample.py seed 577215, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# example: LABELS = {
# example:     1: [
# example:         ('may', '時[得]分課', '所設之[縣度量衡檢定站] (', '轄區不完整之省所設之縣度量衡檢定站', '',
# example:          'bearer = head of the subject NP (first occurrence, not the one in (以下簡稱…)); 準用 is no cue'),
# Provisions 1-60 by reader a (labels-a.py), 61-120 by reader b (labels-b.py), both blind; merged unchanged.
LABELS = {
    1: [('may', '會[得]徵收', '^[農田水利會]', '', '', '')],
    2: [('shall', '，[應]通知', '^[主管機關]', '', '', '')],
    3: [('shall', '離[應]酌量', '', '', '',
         '其安全距離 is a thing; 汽車 in para 1 is only a topic (thing), so nothing carried; 並保持 is under the same 應')],
    4: [('shall', '主[應]即', '雇主', '', '', '')],
    5: [('shall', '離職，[應]即補足', '^[從事放射性物質或可發生游離輻射設備銷售服務業務者]', '', '',
         '應設置之專職人員 is attributive; the 者-phrase is the subject of 補足 (the staff-leaving clause is a condition)'),
        ('may', '，[得]報經', '', '', '從事放射性物質或可發生游離輻射設備銷售服務業務者',
         'no subject written in this sentence; 得 governs 報經主管機關核准 done by the business, so the later 由-agent (兼任者) is not taken as bearer')],
    6: [('shall', '，[應]分別', '', '', '', 'subject is the additives (thing); lead-in subject is the container (thing)')],
    7: [('may', '，[得]依', '', '', '', 'the awarding authority is not named')],
    8: [('shall', '，[應]報請', '', '', '',
         '除追究責任外 is additive (besides), not an exception; 始可 is not a listed cue (covered by the 應); 財產帳及財產卡 is a thing')],
    9: [('shall', '均[應]公開', '', '', '', 'topic 開標, no bearer')],
    10: [('shall', '位[應]在', '辦理軍儲業務單位', '', '', 'first sentence (無效，並依法究辦) has no cue')],
    11: [('may', '院[得]撤銷', '法院', '', '', '')],
    12: [('shall', '後，[應]依', '^[受稽核者]', '', '', ''),
         ('may', '，[得]要求', '本會', '', '', '')],
    13: [('shall_not', '[不予]補發', '', '', '', '稽徵津貼 is a thing; 因案停職人員 is in the condition; second clause (停發或減發) has no cue')],
    14: [('shall', '，[應]以裁定', '^[抗告法院]', '', '', ''),
         ('shall', '長[應]定期間', '審判長', '', '', '但 clause without 不在此限: just a shall')],
    15: [('shall_not', '[不得]超過', '', '', '病媒防治業', 'subject 其置放總量 is a thing; 病媒防治業 is in the 於…置放 clause'),
         ('shall', '者[應]設專櫥', '', '', '病媒防治業', ''),
         ('shall', '者[應]設專用', '', '', '病媒防治業', ''),
         ('shall_not', '區[不得]置放', '', '', '病媒防治業', 'subject 專櫥或專用置放區 is a thing')],
    16: [('shall', '一、[應]本', '', '', '', 'lead-in 年度預算收支之基本原則 names no bearer')],
    17: [('may', '後，[得]自', '^[投資方]', '', '', ''),
         ('shall', '售，[應]依', '', '', '投資方', 'topic 其資金之結售'),
         ('shall', '者，[應]依', '', '', '投資方', '以外匯支應…者 is a condition (支應 false friend)')],
    18: [('may', '，[得]依', '^[農業金庫]', '', '', '')],
    19: [('shall_not', '，[不予]表彰', '', '', '', '員工 is the object/topic, the honouring body is not named'),
         ('exception', '[不在此限]', '', '', '', '')],
    20: [('shall', '項，[應]於事實', '', '', '期貨交易所', 'topic 事項; bearer from para 1'),
         ('shall', '，[應]於知悉', '', '', '期貨交易所', ''),
         ('shall', '[應]將', '', '', '期貨交易所', '')],
    21: [('shall', '間[應]設有', '', '', '', 'thing (安全梯間); lead-ins name no bearer'),
         ('shall', '者，[應]與', '', '', '', '')],
    22: [('may', '並[得]將', '', '', '', 'no bearer written (the meeting/小組 not a named subject of 得)')],
    23: [('exception', '（二）[除]以', '', '', '', '除…外 carves motor-driven appliances out of the 不得 of the same sentence'),
         ('shall_not', '[不得]小於用電器具標示額定之', '', '', '', 'thing (分路電流額定)'),
         ('shall_not', '[不得]小於用電器具標示額定值', '', '', '', '但 clause with its own 不得')],
    24: [('shall', '，[應]具備', '^[維修體外診斷醫療器材技術人員]', '', '', 'fixed category name, no 之-relative')],
    25: [('shall', '題[應]附標準', '', '', '典試委員及命題委員', 'subject 測驗式試題 is a thing; persons only in the 命題時 clause'),
         ('shall', '題[應]附參考', '', '', '典試委員及命題委員', '')],
    26: [('shall', '均[須]取得', '^[總務科]', '', '',
         '總務科支出款項 read as subject-verb clause; 取得 false friend; 由經收人員出具單據 has no cue')],
    27: [('shall', '場[應]將', '^[大養豬場]', '', '', '由其逕報 has no cue')],
    28: [('shall', '，[應]符合', '', '', '', 'thing (列管軍品)')],
    29: [('may', '，[得]併科', '', '', '', 'penalty with 得: the court (not named) may also impose a fine')],
    30: [('shall', '[應]先依', '', '', '', '應領之一次退休金 attributive; 始由 (without 得) is not a cue')],
    31: [('shall', '，[應]即函送', '^[法務部]', '', '', ''),
         ('may', '，[得]於三日', '執行檢察官', '', '', '')],
    32: [],  # 應辦理檢驗之產品: attributive
    33: [('may', '，[得]由', '社員大會', '', '', 'agent after 由; 亦同 no cue')],
    34: [('may', '，[得]以新臺幣', '', '', '經核准機構', 'topic 代理收付款項…; bearer from lead-in'),
         ('shall', '，[應]以外幣', '', '', '經核准機構', ''),
         ('shall', '，[應]經由', '經核准機構', '銀行業以外之經核准機構', '', '')],
    35: [('shall', '線[應]配合', '', '', '', 'thing (本標線)')],
    36: [('may', '部[得]副知', '經濟部', '', '', '')],
    37: [('shall', '關[應]對', '^[各該主管教育行政機關]', '', '', '由…定之 has no cue')],
    38: [('shall_not', '[不得]超過', '', '', '證券投資信託事業', 'subject 總金額 (thing); the company is inside its relative clause; 不受…限制 not a listed cue'),
         ('shall', '[應]併依', '', '', '證券投資信託事業', 'topic 其餘投資限制')],
    39: [('shall', '鎘[應]妥善', '', '', '申請廢乾電池回收清除處理補貼者', 'thing (鎘); bearer from lead-in'),
         ('shall_not', '[不得]任意', '', '', '申請廢乾電池回收清除處理補貼者', '')],
    40: [],  # 應力 false friend (容許彎曲應力, 容許抗拉應力)
    41: [('may', '關[得]命', '主管機關', '', '', ''),
         ('shall', '關[應]廢止', '主管機關', '', '', '')],
    42: [('may', '[得]准其', '', '', '', 'the permitting authority is not named; aircraft is a thing/topic. 僅准 is not a listed cue')],
    43: [('shall', '關[應]令', '主管機關', '', '', '')],
    44: [('shall', '，[應]將', '', '', '', '航空器 is a thing in a temporal clause; the owner is not named')],
    45: [('shall', '，[應]注意', '^[採尿人員]', '', '', ''),
         ('shall_not', '並[不得]逾', '^[採尿人員]', '', '', 'same subject, coordinated predicate')],
    46: [('shall', '，[應]經', '', '', '實施者', 'topic 更新地區; bearer from para lead-in')],
    47: [('shall', '關[應]予以', '各級主管機關', '', '', '並推動 under the same 應')],
    48: [('shall', '，[應]載明', '', '', '', 'thing (頻道規劃…事項)')],
    49: [('may', '，[得]申請', '^[役男]', '役男家庭狀況合於左列各款規定者', '', 'bearer 役男 with its condition in bearer_full')],
    50: [('shall', '，[應]查明', '', '', '會計師', 'one 應 for both 查明; bearer from para lead-in')],
    51: [('shall', '，[應]於每年', '', '', '直轄市、縣（市）主管機關', 'topic 年度考核; bearer from para 1')],
    52: [('exception', '[不適用]', '', '', '', '')],
    53: [('may', '長[得]命', '審判長', '', '',
          '除前項所列外 = besides the items of para 1 (already mandatory): additive, not an exception')],
    54: [('may', '，[得]連任', '', '', '高等檢察署以下各級檢察署及其檢察分署主任檢察官',
          'clause topic is 職期; the prosecutor is only a possessor; 但…合併計算 has no cue')],
    55: [('shall', '，[應]實施', '^[直轄市、縣（市）主管機關]', '', '', '')],
    56: [('may', '局[得]向', '^[標準檢驗局]', '', '', ''),
         ('may', '並[得]派員', '^[標準檢驗局]', '', '', ''),
         ('shall_not', '[不得]規避', '指定試驗室', '', '', '')],
    57: [('shall', '函[應]購用', '', '', '寄件人', 'thing (保價信函); sender named in the 但 sentence'),
         ('may', '[得]由寄件人', '寄件人', '', '', 'agent after 由; 但…得 is a may, not an exception')],
    58: [('shall', '，[應]訂定', '^[基金管理機關]', '', '', '')],
    59: [('may', '業[得]依', '^[人身保險業]', '', '', '')],
    60: [],  # 應行層報監察院…案件: attributive
    61: [
        ('shall', '：[應]提供', '', '', '中華民國人',
         'no bearer in item; lead-in subject is a thing (勞動條件), the investor 中華民國人 is named in its condition'),
        ('shall', '每人[應]有', '', '', '中華民國人',
         '每人 is distributive (per person, the beneficiary crew member), not the duty bearer'),
    ],
    62: [],  # 因應 false friend
    63: [
        ('may', '人員[得]查核', '動物檢疫人員', '', '', ''),
        ('shall', '代理人[應]向海關', '輸入人或其代理人', '', '',
         '須更換者 is inside a condition (not a statement); 「」 holds a name'),
    ],
    64: [
        ('shall', '清算人[應]以', '^[清算人]', '', '', ''),
        ('shall', '，[應]對公司', '清算人', '', '',
         'same sentence, shared subject 清算人 (topic chain after the 時-condition); 負…責任 governed by 應, one statement'),
        ('shall', '並[應]對第三人', '', '', '清算人',
         'after ；, new conditional clause (其 = 清算人, only in the condition); bearer carried'),
    ],
    65: [
        ('shall', '，[應]依都市計畫法', '權利人', '公共設施保留地臨時建築之權利人', '',
         '應…負有…之義務 is one duty (負有 is the verb governed by 應), labelled once at 應; 由地方政府強制拆除/由…負擔 have no cue'),
    ],
    66: [
        ('shall_not', '他人[不得]進入', '他人', '', '', ''),
        ('exception', '，[除]醫療機構', '', '', '', '除…外 carves an exception out of 不得進入'),
    ],
    67: [
        ('shall', '，[應]加計', '', '', '', 'topic is a thing (支出項目); no party named in article'),
    ],
    68: [
        ('may', '本會[得]提供', '本會', '', '', '請知會 is a request, no cue'),
    ],
    69: [
        ('may', '者，[得]減輕', '', '', '',
         '應處罰鍰之行為 is attributive; 主管機關 only inside the condition (經主管機關核定者)'),
    ],
    70: [
        ('may', '者，[得]申請', '^[鮪延繩釣漁船]', '', '', 'condition 符合下列規定者 not part of bearer'),
    ],
    71: [
        ('may', '查核[得]併入', '', '', '公私場所', 'subject is a thing (查核); lead-in names 公私場所'),
    ],
    72: [
        ('shall_not', '總額[不得]少於', '', '', '', 'subject is a thing (現金總額)'),
    ],
    73: [
        ('exception', '[不在此限]', '', '', '', '以董事為清算人 has no cue'),
    ],
    74: [
        ('shall', '、[須]自有', '', '', '菸草種植人',
         'lead-in: 非上一年期之菸草種植人申請種植菸草者，應具有左列各款條件'),
    ],
    75: [
        ('shall', '事項[應]一併', '', '', '登記機關',
         'subject of the 應 clause is a thing (記載事項); 登記機關 only in the 時-clause; 取得 false friend'),
    ],
    76: [
        ('shall', '，[應]聘請', '司法院', '', '', '心得 false friend'),
        ('may', '期滿[得]續聘', '', '', '司法院', 'topic shifts to 任期 of the members; hiring body carried'),
    ],
    77: [],  # 應變 false friend
    78: [
        ('shall', '者，[應]於改制', '原機關聘僱人員', '', '',
         '並依…發給 is under the same 應; 不加發 is a plain negation, no listed cue'),
    ],
    79: [
        ('may', '拘票[得]作', '', '', '', 'subject is a thing (拘票); issuer not named'),
    ],
    80: [
        ('may', '，[得]予變動', '', '', '', 'topic is 辦公時間 (thing); who may change is not clearly written'),
    ],
    81: [
        ('shall', '並[應]檢附', '', '', '電影片製作業',
         'lead-in: 取得核准函之電影片製作業…檢具下列文件; 所得 false friend'),
    ],
    82: [
        ('shall', '，[應]受', '', '', '醫事放射師公會',
         '其目的事業 is a thing; 其 = 醫事放射師公會; 但 here adds a qualification, no 不在此限 -> no exception'),
    ],
    83: [
        ('shall', '並[應]由', '公地管理機關', '', '', 'agent after 由'),
    ],
    84: [
        ('shall', '機關[應]核發', '航政機關', '', '', ''),
    ],
    85: [
        ('shall', '時，[應]自待出售', '', '', '', 'no party written; assets are things'),
        ('shall', '時，[應]停止', '', '', '', 'no party written'),
    ],
    86: [
        ('shall', '仍[應]依', '', '', '',
         '應選出之名額 attributive; 得票 false friend; topic is 選舉'),
    ],
    87: [
        ('shall_not', '，[不得]任意', '', '', '直轄市、縣（市）政府',
         'topic is the plan (thing); the body that may revise it is named in the 但 clause'),
        ('may', '政府[得]視', '直轄市、縣（市）政府', '', '', '但…得 is a may, not an exception'),
    ],
    88: [
        ('shall', '時，[應]邀請', '遴選小組', '', '', 'shared subject of 時-clause and main clause'),
    ],
    89: [
        ('shall', '時，[應]以', '', '', '', 'no party written'),
    ],
    90: [
        ('shall', '，[應]力求', '', '', '各單位預算機關', 'topic is 暫付款 (thing); 各單位預算機關 is its possessor'),
        ('shall', '，[應]以各該', '', '', '各單位預算機關', ''),
        ('shall', '並[應]隨時', '', '', '各單位預算機關', ''),
    ],
    91: [],  # 應經…而未簽章 describes a defect listed as a condition (lead-in 發現下列情事之一者) -> restated duty inside condition
    92: [
        ('shall', '，[應]清理', '', '', '各機關', 'subject is 資料 (thing); 各機關 inside the relative clause 各機關保管之'),
    ],
    93: [
        ('shall', '時，[應]顧及', '^[航空器]', '', '',
         'aircraft treated as the acting party (飛航); shared subject of 時-clause'),
    ],
    94: [],  # no cue; 除…外 carves from a non-deontic rule; 應選出名額 attributive; 得票 false friend
    95: [
        ('shall', '決議[應]有', '', '', '', 'topic is 決議'),
    ],
    96: [
        ('shall', '均[應]符合', '', '', '', 'subject is a thing (材料)'),
        ('shall', '者，[應]依相關', '', '', '', ''),
    ],
    97: [
        ('shall', '機構[應]具備', '助產機構', '', '', ''),
    ],
    98: [
        ('shall', '，[應]由', '主管機關', '各財團法人之主管機關', '', 'agent after 由'),
    ],
    99: [
        ('may', '競價者[得]指派', '每一競價者', '', '', ''),
        ('shall', '二人[須]曾', '', '', '每一競價者',
         '其中二人 is a quantified part of the appointees (qualification), not a named party'),
    ],
    100: [
        ('shall', '，[應]透過', '^[本基金]', '', '', 'the fund acts (從事交易) -> bearer; 並依下列規定辦理 under same 應'),
    ],
    101: [],  # 取得 false friend
    102: [
        ('shall', '，[應]分別', '', '', '主管機關',
         'subject is 所得利益 (thing); 主管機關 inside relative clause; 所得 false friend'),
    ],
    103: [
        ('shall', '，[應]先取得', '', '', '', 'topic is 施工及設置; no party in clause or previous paragraph'),
    ],
    104: [],  # definition; 供應 false friend
    105: [
        ('shall', '者，[應]於修正', '', '', '',
         'subject is a headless 者-clause (condition: 已獲交通部核准延展逾二次以上者)'),
    ],
    106: [
        ('shall', '資金，[應]以', '', '', '公司',
         '公司 is the topic; subject of 應 is 其…所募集資金 (thing); 支應 false friend'),
    ],
    107: [
        ('shall', '時，[應]依下列', '', '', '天然氣進口事業',
         '天然氣進口事業 only inside the 時-condition; 供應 false friend'),
    ],
    108: [],  # 應變 false friend
    109: [],  # 應用, 取得 false friends
    110: [
        ('may', '機關[得]於', '中央主管機關', '', '', '應收保險費 false friend'),
    ],
    111: [],  # 所得稅 false friend
    112: [],  # definition (…指…均得利用…者)
    113: [
        ('shall', '時，[應]考量', '主管機關', '', '', ''),
    ],
    114: [
        ('shall', '費用，[應]取得', '', '', '', 'topic is 費用 (thing); lead-in names no party'),
    ],
    115: [],  # 免予 / 所得 false friends; no cue
    116: [],  # 所得稅 false friend
    117: [
        ('shall', '者，[應]取得', '役男', '', '', 'condition 申請出境至大陸地區就學者 not part of bearer'),
    ],
    118: [],  # 因應 false friend
    119: [],  # 應納…稅額 false friend
    120: [],  # definition (本法稱…係指…應申報…之人)
}
