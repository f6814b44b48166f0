# Hand labels for fresh11-unlabelled.tsv (sample.py seed 97531, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# This file: (provisions 1-60 by one reader, 61-120 by another) (reader a).
LABELS = {
    1: [
        ('may', '本部[得]以書面', '本部', '', '', ''),
        ('shall', '[應]為不受理', '本部', '', '',
         'second cue in the same sentence after only a condition (屆期未補正者): same written bearer 本部'),
    ],
    2: [
        ('shall', '抗原[須]符合', '', '', '', 'subject is a thing (the antigen): no bearer'),
    ],
    3: [
        ('shall', '買方事業[應]繳納', '買方事業', '', '',
         'hard: 應繳納…後，始得… read as a duty to pay plus a permission conditioned on it (two statements), not 應 inside a condition'),
        ('may', '[始得]於交易平台', '買方事業', '', '', '始得 = may only after; same written bearer'),
    ],
    4: [
        ('exception', '[除]經本中心', '', '', '',
         '除…者外 carves the exonerated case out of the duty to compensate'),
        ('shall', '[應]予賠償', '管理或使用人員', '', '',
         'bearer = the occurrence right before 應 (the one inside 除…外 restates); 賠償所得 is a false friend, 並依規定解繳 has no cue; 注意義務 inside 除…外 is no 負 cue'),
    ],
    5: [
        ('may', '必要時，[得]由', '中央主管機關', '', '', 'agent after 由'),
    ],
    6: [
        ('shall', '申請人[應]依領證', '申請人', '', '', '申請案件經審查通過者 is a circumstance condition'),
    ],
    7: [
        ('may', '室[得]視業務', '各處、室', '', '', '設…分別掌理 carries no cue'),
    ],
    8: [
        ('exception', '[除]法律另有規定外', '', '', '', '除法律另有規定外 carves out of the permission'),
        ('may', '外，[得]在同一', '多重醫事資格者', '', '', ''),
    ],
    9: [
        ('shall', '排洩管路[應]具有', '', '', '',
         'subject is a thing (the vent line); lead-ins (附表十四 special rules) name no bearer'),
    ],
    10: [
        ('may', '經費來源，[得]以', '', '', '中央政府',
         'hard: topic 經費來源 is no bearer; 中央政府 carried from para 1 (it raises the funds); 不受…之限制 is an exemption but not one of the guide\'s exception cues, so not labelled'),
    ],
    11: [
        ('shall', '母畜及子畜[應]一併', '', '', '',
         'hard: 母畜及子畜 are animals (patients of quarantine), not bearers; the lead-in names none (檢疫人員 implied)'),
        ('shall', '子畜[應]於預防', '', '', '', 'same: 子畜 is the animal, not a bearer'),
    ],
    12: [
        ('shall', '業者[應]與符合', '民營退稅業者', '', '', ''),
        ('may', '[始得]發給', '民營退稅業者', '', '', 'same sentence, same written bearer'),
        ('shall', '[應]即通報', '民營退稅業者', '', '',
         'hard: after ；, same written bearer; 並禁止其使用 is under the scope of this 應 (the operator shall forbid the merchant), so no separate statement'),
    ],
    13: [
        ('shall', '[應]附具足資', '提存人', '', '',
         'hard: 提存人 is the topic-subject of 提存人為法人…時，應附具; the condition is 為法人或非法人團體 (bearer kept without it)'),
    ],
    14: [],  # 無須得其同意 = no duty (無須 false friend); 賣得, 得其同意 (obtain) are no cues
    15: [
        ('shall', '時，[應]於停訓', '職業訓練機構', '', '',
         'hard: 必須暫停全部訓練業務 sits inside the 時-condition (a circumstance, not a duty), so not a statement'),
    ],
    16: [],  # a condition item of a list; 公告應遵行之事項 is attributive
    17: [
        ('shall', '錄影帶，[應]於競選', '', '', '政黨',
         'hard: subject is the tape (a thing); 政黨 is written only in the modifier 政黨自製之, carried as the party that must submit'),
        ('shall_not', '[不得]更換', '', '', '政黨',
         'topic 經送審之錄影帶 is a thing; the party may not replace it (carried); 由本會逕送 has no cue'),
    ],
    18: [
        ('shall', '引擎[應]鑿穿', '', '', '',
         'subject is a thing (engine); lead-in 十六、堆土機… and 附表 name no bearer'),
    ],
    19: [
        ('may', '營運人[得]向', '營運人', '', '', '被認為不准入境 is part of the condition, not a statement'),
    ],
    20: [
        ('may', '（線）[得]供多個', '', '', '', 'subject is a thing'),
        ('shall', '之大小[應]符合', '', '', '', 'subject is a thing'),
        ('shall', '（線）[應]以熱銲', '', '', '', 'subject is a thing'),
    ],
    21: [
        ('may', '時，[得]聲敘', '', '', '',
         'topic 勛章獎章… is a thing; the holder is not written'),
        ('shall', '[應]即呈繳', '', '', '', '但…應 is a further duty, not an exception (no 不在此限)'),
    ],
    22: [
        ('shall', '者，[應]在中華民國', '前項第一款外國保險機構', '前項第一款外國保險機構設立未滿三年者', '',
         'hard: agent …者 phrase with head noun: head (with its reference 前項第一款, no 之) is the bearer, whole …者 phrase bearer_full; 且具備 is under the same 應'),
    ],
    23: [
        ('shall', '編號，[應]依左列', '', '', '', 'topic 編號 is a thing; no bearer written'),
    ],
    24: [
        ('shall', '一、[應]於屠宰室', '', '', '',
         'hard: lead-in subject is 屠宰場屠後檢查設備 (a thing); 屠宰場 only a modifier there, so nothing carried'),
    ],
    25: [
        ('may', '時，[得]請家庭', '', '', '聘用人員',
         '須親自照顧 is inside the 時-condition (no duty); bearer carried from lead-in 聘用人員請假依下列規定; 准七日 no cue'),
    ],
    26: [],  # condition item of a list (審核機關得撤銷…之一); 公告應申請…之固定污染源 is attributive
    27: [
        ('shall_not', '[不得]因下列', '進用人員', '', '', ''),
    ],
    28: [
        ('may', '內政部[得]定期', '內政部', '', '', ''),
    ],
    29: [
        ('shall', '證券商[應]將', '外匯證券商', '', '', ''),
    ],
    30: [
        ('shall', '[應]由評估', '評估調查人員', '', '',
         'agent after 由 (first occurrence); 並於…簽名, 檢附… under the same 應'),
    ],
    31: [
        ('may', '申請案件，[得]邀集', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    32: [
        ('shall', '間隔[應]再增加', '', '', '', 'subject is a thing (clearance)'),
        ('shall', '再增加間隔[應]以', '', '', '', 'subject is a thing'),
    ],
    33: [
        ('shall', '間隔，[應]留有', '', '', '', 'subject is machinery/clearance (a thing)'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    34: [
        ('shall', '艙櫃[應]設置', '', '', '', 'thing subject; 並加防護 under the same 應'),
        ('shall', '管路[應]配佈', '', '', '', 'thing subject'),
        ('shall', '裝備，[應]至少', '', '', '', 'thing subject'),
        ('shall', '系統並[應]在', '', '', '', '燃油供應系統: 供應 is a false friend; the cue is the 應 of 並應'),
    ],
    35: [
        ('shall', '者，[應]填具', '向政府機關申請提供政府資訊者', '', '',
         'agent …者 phrase without head noun kept whole'),
    ],
    36: [
        ('shall_not', '[不予]提列', '', '', '',
         'hard: 不予提列 = shall not be included (the appraiser, not written); 確實無殘餘價格者 is a circumstance'),
    ],
    37: [],  # 得票 is a false friend; 由…選舉之 and 以抽籤定之 carry no modal cue
    38: [
        ('shall', '[應]舉行閉幕', '', '', '', 'no organizer written (全大運結束時 is a time condition)'),
    ],
    39: [
        ('shall', '代檢機構[應]使', '代檢機構', '', '', '不受他人不當干預 carries no cue'),
    ],
    40: [
        ('may', '（市）[得]視', '', '', '',
         'hard: 其他縣（市） is a locative topic (courts may be set up in other counties), not the agent who sets them up; no bearer written'),
    ],
    41: [
        ('may', '主管機關[得]整合', '主管機關', '', '', '由中央主管機關協調指定 has no cue'),
    ],
    42: [],  # 研究應用: 應用 is a false friend; a list item of duties (掌理事項), no cue
    43: [
        ('shall', '雙方[應]先報請', '移轉雙方', '', '',
         'hard: 亦同 extends the duty without a cue (not labelled); 但…其移轉庸(毋庸)報經核准 is an exemption phrased with 毋庸, not a guide exception cue, so not labelled'),
    ],
    44: [
        ('shall_not', '[不得]互相兼任', '交易及交割人員', '辦理衍生性金融商品業務之交易及交割人員', '', ''),
        ('shall', '銀行[應]設立', '銀行', '', '', '並定期…報告 under the same 應'),
    ],
    45: [
        ('shall_not', '[不得]含有', '', '', '', 'the vaccine (a thing) is the topic; lead-in names a thing'),
    ],
    46: [
        ('shall', '[應]確實', '', '', '雇主', 'bearer carried from lead-in 雇主為防止電氣災害，應依下列規定辦理'),
    ],
    47: [
        ('shall', '[應]備具', '依本法第四十二條規定請領傷病給付者', '', '',
         'hard: agent …者 phrase without head noun kept whole (including 依本法…規定)'),
    ],
    48: [
        ('shall', '[應]利用公餘', '教師', '', '', '未經事先報准 is a condition'),
        ('shall_not', '[不得]影響', '教師', '', '', 'second cue in the same sentence: same written bearer'),
    ],
    49: [
        ('shall', '時，[應]依下列', '醫療機構', '', '', ''),
    ],
    50: [
        ('shall_not', '雇用人[不得]僱用', '雇用人', '', '', ''),
    ],
    51: [
        ('shall', '主管機關[應]經評估', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    52: [],  # 其他應遵行事項之辦法 is attributive; 由中央主管機關定之 has no modal cue
    53: [],  # a definition (所稱…指…); 得標 is a false friend; 始為得標者 is definitional
    54: [
        ('shall', '證明書，[應]於人工', '', '', '',
         'topic is the certificate (a thing); the issuing registry is not written'),
    ],
    55: [
        ('shall', '主管機關[應]建立', '各中央目的事業主管機關', '', '', ''),
    ],
    56: [
        ('shall', '警語，[應]以中文', '', '', '', 'thing subject (the warning)'),
        ('shall_not', '字體[不得]小於', '', '', '', 'thing subject'),
        ('may', '警語，[得]與禁止', '', '', '', 'thing subject; 禁止酒駕警示圖 is a name, not a cue'),
        ('shall', '並[應]與禁止', '', '', '', 'thing subject'),
    ],
    57: [
        ('shall', '營運機構[應]依', '營運機構', '', '', '並於…營運之 under the same 應'),
    ],
    58: [
        ('shall', '分析，[應]確實', '', '', '各主管機關',
         'hard: topic is the analysis (a thing); 各主管機關 carried through para 2 (which names no one) from para 1'),
    ],
    59: [
        ('shall', '貨幣，[應]以取得', '', '', '',
         'topic 所得 is a thing; 取得 is a false friend; 以當地時價計算 has no cue'),
    ],
    60: [
        ('may', '後，[得]繼續', '本基金', '', '', ''),
    ],

    61: [
        ('may', '商[得]以其', '區外廠商', '', '',
         '但…以…為限 is a restriction, no cue (not 不在此限)'),
    ],
    62: [
        ('shall', '，[應]將已決犯', '', '', '',
         'hard: 解送人犯 is the action (circumstance), not an agent; escorting authority unnamed'),
    ],
    63: [
        ('shall', '事項[應]依照', '各該有關單位', '', '',
         'hard: 審計事項 is a topic; bearer = agent after 分由'),
        ('shall', '有關單位[應]會同', '時，[有關單位]應會同', '', '',
         '應行辦理就地審計 inside the 遇有…時 condition is not a statement'),
        ('may', '亦[得]委託', '', '', '有關單位',
         'hard: 就地審計事務 is a topic; the units of the previous sentence carried'),
        ('shall', '後，[應]通知', '受託單位', '', '', ''),
    ],
    64: [
        ('shall', '[應]由未再婚配偶', '未再婚配偶', '', '',
         'agent after 應由; 其餘由…領受之 has no cue'),
    ],
    65: [
        ('shall', '法人[應]於', '政府捐助法人', '', '', ''),
    ],
    66: [
        ('shall', '構[應]將', '受託機構', '', '', '另定之 is no cue'),
    ],
    67: [
        ('shall', '證書，[應]檢具', '', '', '',
         'hard: 請領…證書 has no 者/head noun: a circumstance (purpose), applicant not written'),
    ],
    68: [],  # 供應 (票據供應繳銷) is a false friend; a task list, no deontic statement
    69: [
        ('shall', '文件，[應]記載', '', '', '',
         'thing (許可文件) is not a bearer'),
    ],
    70: [
        ('may', '局[得]派員', '航空警察局', '', '', ''),
        ('shall_not', '[不得]規避', '受查核、檢查及測試單位', '', '', ''),
        ('shall', '者，[應]通知', '^[航空警察局]', '', '',
         'hard: after ； same sentence; the notifying party is the police bureau (sentence subject), not the inspected units'),
    ],
    71: [
        ('shall', '者，[應]依', '得標者或經營者',
         '標得第七條第一項第四款第二目規定頻段及頻率之得標者或經營者', '',
         '標得/得標 are false friends'),
    ],
    72: [
        ('shall', '劑量[應]符合', '', '', '',
         'thing; lead-in 乾粉滅火藥劑量，依下列規定設置 names no bearer'),
    ],
    73: [
        ('shall', '時，[應]於', '', '', '園區事業',
         '前項盤存 = 園區事業之盤存 (para 1)'),
        ('shall_not', '逾期[不予]受理', '', '', '',
         'hard: the refusing party is 海關 (only an addressee here, not subject); not the carried 園區事業'),
    ],
    74: [
        ('may', '時，[得]選定', '^[多數人]', '', '', ''),
        ('may', '保訓會[得]限期', '保訓會', '', '', ''),
        ('may', '保訓會[得]依職權', '保訓會', '', '', ''),
    ],
    75: [
        ('may', '[得]併科', '', '', '',
         'hard: penalty clause; 得併科 is a permission to the (unnamed) court; the offender 者 is not its bearer'),
    ],
    76: [
        ('shall', '宜，[應]訂定', '發行機構', '', '', '並報 carries no second cue'),
    ],
    77: [
        ('shall', '[應]在災害', '', '', '各作戰區司令部',
         'hard: first sentence (由各作戰區司令部…彙報) has no cue; 但 introduces a special shall, not an exception'),
        ('shall', '[應]於戰鬥', '', '', '各作戰區司令部', ''),
    ],
    78: [
        ('shall', '[須]按實際', '海洋漁業開發處', '', '', '須 as modal'),
    ],
    79: [
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    80: [
        ('shall', '時，[應]先將', '', '', '', 'no bearer written'),
        ('shall', '仍[應]升至', '', '', '', ''),
    ],
    81: [],  # definition; 得否 (whether) and 取得 are false friends
    82: [
        ('shall', '後，[應]將', '登記機關', '', '', ''),
        ('shall', '並[應]通知', '', '', '登記機關',
         'new sentence after 。; 建物已辦理限制登記者 is a circumstance'),
    ],
    83: [
        ('may', '[得]隨時', '中央主管機關', '', '', ''),
        ('may', '並[得]令', '中央主管機關', '', '', 'second cue, same bearer'),
    ],
    84: [
        ('may', '院長[得]另行', '院長', '', '', '案件較繁之法院 is a condition'),
    ],
    85: [
        ('shall', '機關[應]於', '直轄市及縣 (市) 漁業主管機關', '', '', ''),
    ],
    86: [
        ('shall', '作品，[應]符合', '', '', '',
         'hard: 參賽作品 is a thing; 違反者，不受理其報名 stated as a consequence without 予/得/應 -> not labelled'),
    ],
    87: [
        ('shall', '書，[應]載明', '', '', '',
         'thing (計畫書); 亦同 is no cue; applicant of para 1 not carried (thing-subject)'),
    ],
    88: [
        ('may', '船員，[得]適用', '船員',
         '本條例施行前未具交通事業人員任用條例所定資位之船員', '',
         '得適用 is a permission (not 不適用)'),
    ],
    89: [
        ('exception', '[除]地質上', '', '', '',
         '除…者外 carves out of 不得建築'),
        ('shall_not', '[不得]建築', '', '', '', 'no bearer written'),
    ],
    90: [
        ('shall_not', '[不得]有', '', '', '雇主',
         'thing (鋼索); lead-in 雇主對於懸吊式施工架，應依下列規定辦理'),
    ],
    91: [
        ('shall', '資料，[應]遵守', '政黨及全國性民政財團法人', '', '',
         '告知義務 without 負 is no cue'),
    ],
    92: [
        ('shall', '[應]妥慎', '', '', '',
         '所購軍圖 is a topic; lead-in names no bearer'),
        ('shall_not', '[不得]交予無關', '', '', '', ''),
        ('shall_not', '[不得]交予外籍', '', '', '', ''),
    ],
    93: [
        ('shall', '[應]有定期一年', '', '', '', 'thing (汽車責任險)'),
        ('shall', '[應]有定期三年', '', '', '',
         '但… here is a special rule with its own 應, not 不在此限'),
        ('shall', '均[應]至遲', '', '', '', ''),
        ('shall', '[應]即繼續', '', '', '', '應即 is one cue'),
    ],
    94: [
        ('may', '[得]應薦任', '現派為相當薦任職人員', '', '',
         'hard: 應 after 得 is 應考 (sit an exam), not a cue; modifier without 之 kept in bearer'),
    ],
    95: [
        ('shall', '[應]將其名稱', '', '', '標準專責機關',
         '國家標準 is a topic; authority from para 1'),
    ],
    96: [
        ('may', '看守所[得]禁止', '看守所', '', '',
         'hard: not the false friend 所得; 得禁止 = one may (like 應禁止 = one shall)'),
    ],
    97: [
        ('may', '[得]主動', '主管機關', '', '', '應各級政府機關之需求 = respond to (false friend)'),
    ],
    98: [],  # definition; 供應 is a false friend
    99: [
        ('shall', '[應]於特約', '地方主管機關', '', '', ''),
    ],
    100: [
        ('shall', '送方，[應]於', '送方', '以電信傳真或電子郵遞設備傳送文書之送方', '',
         '法院認為應載明之事項 is attributive'),
    ],
    101: [
        ('may', '[得]准', '', '', '',
         'hard: 第二級受刑人 is the beneficiary/topic (其); the permitting prison is unnamed; 所得 false friend'),
    ],
    102: [],  # 所得 (犯罪所得財物) false friend; 減輕或免除其刑 is a fact, no cue
    103: [
        ('shall', '免疫組[須]無', '', '', '',
         'hard: test criterion, 須 as modal on a thing (lead-in 疫苗須符合下列條件)'),
        ('shall', '對照組[須]呈', '', '', '', ''),
    ],
    104: [],  # definition; 獲得 false friend
    105: [],  # definition; 所得 false friend
    106: [],  # 應變 (緊急應變措施計畫) false friend; list item of documents
    107: [],  # definition; 取得 false friend
    108: [],  # 應變 false friend; list item of inspection points
    109: [],  # 支應 false friend; no cue
    110: [
        ('may', '[得]標示', '', '', '',
         'hard: 得標示 = may label (not 得標); 商品…者 is a circumstance, not an agent'),
    ],
    111: [],  # 所得 (營利事業所得額) false friend; a condition item, no cue
    112: [
        ('shall', '[應]定期', '衛星頻道事業節目供應事業', '', '', '供應 inside the name is no cue'),
    ],
    113: [],  # 應付懲戒者 is inside a 者 condition (restates); 準用 is no cue
    114: [
        ('may', '[得]依第十四條', '', '', '',
         'hard: subject 魷釣漁船 is a thing, owners unnamed; 取得 false friend'),
    ],
    115: [
        ('shall_not', '[不予]發還', '', '', '', 'passive; authority unnamed'),
        ('shall', '[應]予追繳', '', '', '', '已發還者 is a circumstance; 得標金 false friend'),
    ],
    116: [],  # pass criterion stated as fact; no cue
    117: [
        ('shall_not', '[不得]逾', '^[無線廣播電視事業、有線電視系統經營者、有線電視節目播送系統經營者、廣播電視節目供應事業]', '', '',
         'hard: the 僱用…者 phrase names the hired persons (topic); the duty is the enterprises\', the sentence subject; 亦同 no cue'),
        ('shall', '[應]僱用', '', '', '無線廣播電視事業、有線電視系統經營者、有線電視節目播送系統經營者、廣播電視節目供應事業',
         'new sentence after 。, enterprises carried'),
    ],
    118: [],  # item under lead-in 查核工作底稿之編製，應具備下列要件; the item itself has no cue (獲得 false friend)
    119: [
        ('shall', '後，[應]依', '^[執行單位]', '', '',
         'hard: 執行單位 opens the topic NP (…所取得之股權); read as the allocating party; 取得 false friend'),
    ],
    120: [
        ('shall', '[應]訂定', '空廚業', '', '', '應變 (緊急應變計畫) false friend; 並定期 no second cue'),
    ],
}
