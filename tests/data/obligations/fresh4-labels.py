# Hand labels for fresh4-unlabelled.tsv (seed 60606), written by reading each text and,
# where needed for `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
#
# `carried` is also used (as in fresh3) when the statement's own subject is a thing/topic but
# the actor is named in that subject's modifier or elsewhere in the same provision.

LABELS = {
    1: [
        ('shall', '紀錄[應]詳實', '', '', '理事會',
         'subject is the minutes (a thing); the board (理事會) is named in its modifier'),
        ('shall', '內[應]重新', '主管機關', '', '', '並踐行 has no cue of its own'),
    ],
    2: [
        ('may', '機關[得]於', '主管機關', '', '', '均得標 false friend; 不受…之限制 is not a listed cue'),
    ],
    3: [],  # 應行移交事項之表冊: attributive inside a noun phrase
    4: [],  # 所得稅法 false friend; no cue
    5: [
        ('shall', '者，[應]報', '駐外人員',
         '駐外人員赴任、調任或回國，因本人疾病或因其眷屬疾病、死亡、求學之重大事故或交通障礙，確屬不能依規定限期起程者', '',
         'agent …者 phrase with head noun: head as bearer, phrase as bearer_full'),
        ('exception', '[除]報經', '', '', '', '除報經核准者外 carves an exception out of the 應將…繳回 of the same sentence'),
        ('shall', '外，[應]將', '', '', '駐外人員', 'across 。: carried'),
    ],
    6: [
        ('shall_not', '[不得]有', '', '', '', 'lead-in 內科檢查標準如下 names no bearer; a medical standard (the examinee is not named)'),
    ],
    7: [
        ('may', '機關[得]邀集', '^[主管機關]', '', '', ''),
        ('may', '時，[得]邀請', '^[主管機關]', '', '', 'second cue of the same sentence: same bearer, same offset'),
    ],
    8: [
        ('shall', '機關[應]會商', '之[直轄市、縣（市）主管機關]應會商', '就學區之直轄市、縣（市）主管機關', '',
         '所定應遵行事項 is attributive'),
        ('shall', '者，[應]自行', '之[直轄市、縣（市）主管機關]應會商', '就學區之直轄市、縣（市）主管機關', '',
         'after ；, no subject of its own (就學區涉及…者 is a circumstance): same bearer, same offset'),
    ],
    9: [
        ('shall', '[應]向', '投資合作人', '投資合作人約定期內有左列情形之一者', '',
         'agent …者 phrase with head noun'),
    ],
    10: [
        ('shall', '[應]予以續保', '', '', '船舶運送業',
         'hard: grammatical subject of 屆滿 is the insurance period (topic); 船舶運送業 is named in its modifier; 並於…報請 has no cue'),
    ],
    11: [
        ('shall', '[應]符合', '', '', '', 'thing (起居艙空間之一般佈置)'),
    ],
    12: [
        ('may', '[得]併計', '公務人員', '公務人員依本法辦理屆齡或命令退休且任職年資未滿十五年者', '',
         'agent …者 phrase with head noun'),
    ],
    13: [
        ('shall', '[應]予以獎助', '中央主管機關', '', '', ''),
    ],
    14: [
        ('shall', '[應]於每年', '', '', '申請者',
         'no subject written (申請…補助 is the topic); the applicant (申請者) is named in the next clause of the same sentence'),
        ('shall_not', '[不得]重複', '成員', '同一戶內之成員', '', ''),
    ],
    15: [
        ('shall', '[應]以信託', '公眾', '公眾依本法第七十一條第一項規定加入為委託人者', '',
         'agent …者 phrase with head noun; 並準用 is not a cue'),
    ],
    16: [
        ('may', '[得]召開', '', '', '', '委員會議 (the meeting) is a topic; the convener is not named'),
    ],
    17: [],  # 所應適用之職務列等表: attributive; 准予/不再晉級 carry no cue
    18: [
        ('shall', '客船，[應]酌量', '', '', '', 'the ship (國內客船) is a thing; its operator is not named; 並至少有 has no cue'),
        ('shall', '時，[應]增設', '', '', '', ''),
        ('may', '[得]免予', '', '', '',
         '但…得免予設置 is a may (a permission to omit), not 不在此限; 情形特殊經航政機關認可者 is a circumstance'),
    ],
    19: [
        ('may', '[得]函請', '', '', '司法院', 'lead-in 司法院應辦理下列事項'),
    ],
    20: [
        ('shall_not', '[不得]頂替', '', '', '承裝業',
         'subject is the licence (a thing); 承裝業 named in its modifier; one 不得 governs the three alternatives'),
    ],
    21: [
        ('may', '[得]免經', '申請第四條第三項貸款利息補貼者',
         '經依本辦法核定貸款信用保證，申請第四條第三項貸款利息補貼者', '',
         'agent …者 phrase without head noun; the leading 經…保證 read as a condition, kept in bearer_full; 由本部逕予核定 has no cue'),
    ],
    22: [
        ('shall', '[應]經', '', '', '', 'topic (審查案件); 委員 is the subject of the …時 condition only, and does not bear the duty'),
    ],
    23: [
        ('shall_not', '[不得]超過', '', '', '信託投資公司', 'subject is the total (其總額, topic); the company is named in the sentence head'),
    ],
    24: [],  # definition item (lead-in 護理機構分類如下): 並得於所內提供… is inside the noun phrase …之機構 defining 居家護理所 (hard case)
    25: [
        ('shall', '[應]包括', '', '', '', 'thing (設立計畫書內容)'),
    ],
    26: [
        ('may', '[得]以總公司', '製造廠商', '', '', '…者 at the head is a circumstance (products made in one company\'s factories)'),
        ('shall', '電話，[應]與', '', '', '製造廠商',
         'after ；, but with a subject of its own (其名稱、地址及電話, a thing): no bearer written; the labelling manufacturer carried'),
        ('shall', '仍[應]以', '', '', '製造廠商', '但…仍應 is not an exception; across 。: carried'),
    ],
    27: [
        ('shall', '[應]備具', '申請變更公共設施用地多目標使用者', '', '', 'agent …者 phrase without head noun, kept whole'),
    ],
    28: [
        ('shall', '[應]於完成', '中央主管機關', '', '', '並造具 / 送請 carry no cue'),
    ],
    29: [
        ('shall', '[應]經', '', '', '',
         'topic (訂定或修正); 應經X核定: X is the approver, not an agent after 由'),
    ],
    30: [
        ('shall', '[應]就', '財政部', '', '', ''),
    ],
    31: [
        ('shall', '[應]於委員', '本會', '', '', 'the clause after ； (由召集委員召集之) has no cue'),
    ],
    32: [
        ('shall', '[應]參照', '各機關', '', '', 'subject inside the …時 condition, who acts'),
    ],
    33: [
        ('shall', '[應]至少', '', '', '', 'thing (記錄); lead-in 殺菌作業之管理應符合左列規定 names no bearer'),
    ],
    34: [
        ('shall', '[應]具備', '申請人', '', '', ''),
    ],
    35: [
        ('shall', '[應]依金管會', '本基金', '', '',
         'the fund is a legal person (財團法人) that acts (reports): read as a bearer'),
    ],
    36: [
        ('exception', '[不在此限]', '', '', '', 'the item itself is a circumstance (dissolution ground), no statement'),
    ],
    37: [],  # 禁止入境 is inside a circumstance item (…經有關機關通知…禁止入境…者): restates, not operative here
    38: [],  # 反應 false friend
    39: [
        ('shall', '，[應]禁止', '', '', '',
         'hard: 應禁止使用 read like 應不得 (one shall_not, cue at 應); the prohibiting person is not named; lead-in names no bearer. '
         '[amended after scoring, to the convention of dev-d (少年福利法 第21條): 應禁止 is the bearer\'s duty to forbid others, a shall]'),
        ('shall', '並[應]於', '船長', '', '', '船長並應: adverb 並 dropped'),
    ],
    40: [
        ('may', '本會[得]廢止', '本會', '', '', '發起人有變更者 is a circumstance'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    41: [
        ('shall', '[應]於該股票', '發行股票公司', '', '', ''),
    ],
    42: [
        ('shall', '[應]報財政部', '財產保險安定基金委員會及人身保險安定基金委員會', '', '', 'coordinated bearers kept whole'),
    ],
    43: [
        ('shall', '[應]於專責', '資源教室', '', '',
         'hard: 資源教室 read as an organisational unit that acts (執行工作), not as a room'),
    ],
    44: [
        ('shall', '[應]由', '行政院院長', '', '', '應由X: agent after 由; 本會委員有…者 is the object of removal'),
    ],
    45: [
        ('shall', '[應]為半天', '', '', '', 'topic (休假時間)'),
    ],
    46: [
        ('shall', '[應]由', '主辦機關', '', '', '應由X: agent after 由; 禁建 is a noun, not a cue'),
    ],
    47: [
        ('shall_not', '[不得]提高', '', '', '主管機關',
         'topic (利息補貼額度); the authority (由主管機關…評定) is named in the first clause of the same sentence'),
    ],
    48: [
        ('may', '[得]由', '地方主管機關', '', '', '得由X: agent after 由'),
    ],
    49: [],  # 得獎 false friend
    50: [
        ('may', '[得]依', '', '', '', 'topic (土地)'),
    ],
    51: [
        ('may', '[得]應本考試', '現職委任職未具委任任用資格者', '', '',
         '得應 = may sit (the exam); agent …者 phrase, kept whole (委任職 is a grade, not a head noun)'),
    ],
    52: [
        ('shall', '[應]加強', '學校', '', '', 'the following 充實/舉辦 carry no cue of their own'),
    ],
    53: [
        ('shall', '[應]揭露', '', '', '',
         '已提供擔保品者 read as a circumstance (if collateral was given), not an agent; lead-in 流動負債包括下列會計項目 names no bearer'),
    ],
    54: [],  # 應回收之日: attributive
    55: [
        ('shall_not', '[不得]超過', '', '', '農會', 'subject is the number (其名額, topic); 農會 is named in the first clause'),
    ],
    56: [
        ('shall', '[應]做', '電子支付機構', '', '', ''),
    ],
    57: [
        ('shall', '[應]提出', '之[人]應', '申請支領費用之人', '',
         'modifier ending in 之 goes to bearer_full, leaving the head 人'),
    ],
    58: [
        ('may', '[得]不設置', '', '', '', '得不 = may omit: one may; subject 升降機 is a thing'),
    ],
    59: [
        ('shall', '[應]於受理', '本部', '', '', ''),
        ('may', '[得]延長', '', '', '本部',
         'hard: same sentence, but the clause has its own topic subject (其審查期限), so no bearer written; 本部 carried'),
    ],
    60: [],  # 實得分數 (actual score): false friend
    61: [
        ('shall', '[應]同時', '金融機構', '', '', ''),
    ],
    62: [
        ('may', '[得]依業務', '中央主管機關、勞動檢查機構及本法第八條第一項之型式驗證機構', '', '',
         'coordinated bearers kept whole (the 之 is a statutory reference inside the last conjunct, not a restrictive clause of the whole)'),
    ],
    63: [
        ('shall', '[應]記載', '', '', '', 'thing (言詞辯論筆錄)'),
    ],
    64: [],  # 應…邀請 = at the invitation of: false friend
    65: [
        ('shall', '[應]通知', '', '', '受輔導人', 'lead-in 受輔導人應遵守事項如左'),
    ],
    66: [
        ('shall', '[應]檢具', '經營海運承攬運送業者', '', '', 'agent …者 phrase without head noun, kept whole'),
    ],
    67: [
        ('may', '[得]不列', '', '', '', 'thing (票據); 得不 = may omit'),
        ('shall', '但[應]揭露', '', '', '', '但…應 is a further duty, not an exception; discloser not named'),
    ],
    68: [
        ('may', '[得]向', '法官', '處理強制處分事項之法官為處理前四條所定事項而認有必要者', '',
         'agent …者 phrase with head noun; 及通知 has no cue of its own'),
    ],
    69: [
        ('shall_not', '[不得]對外', '', '', '教師',
         'subject is the data (a thing); 教師 named in its modifier; 獲得 false friend; 非依法律規定 is a condition, not an exception cue'),
    ],
    70: [],  # 應用 false friend
    71: [
        ('shall', '[應]符合', '', '', '', 'thing (柴油汽車及其引擎)'),
        ('may', '[始得]核發', '中央主管機關', '', '', ''),
    ],
    72: [
        ('may', '，[得]以分組', '本會', '', '', ''),
        ('may', '時[得]指定', '本會', '', '', 'after ；: same bearer, same offset'),
    ],
    73: [],  # 取得, 所得 false friends; 應提示文件資料 attributive
    74: [
        ('may', '[得]報請', '教職員', '教職員已達前項第一款所規定之年齡，服務學校仍需其任職，而自願繼續服務者', '',
         'hard: agent …者 phrase with head noun 教職員, labelled as written (in practice the school may be the one reporting); 需 is not 須'),
    ],
    75: [
        ('shall', '[應]合併', '', '', '',
         'topic (交易金額); 得使用於網際網路交易之儲值卡 is attributive; lead-in names no bearer'),
        ('shall_not', '[不得]超過', '', '', '', 'topic (總交易金額)'),
    ],
    76: [
        ('shall', '[應]將', '中央主管機關', '', '', ''),
    ],
    77: [
        ('shall_not', '[不得]為', '', '', '', 'thing (該藥品); 負責調度 is not 負…義務'),
    ],
    78: [
        ('may', '[得]比照', '', '', '研習人員',
         'subject is the fees (雜費、宿費); 研習人員 heads the sentence as topic; 應支數額 attributive; 負擔 is not a cue'),
    ],
    79: [
        ('shall', '[應]留存', '', '', '', 'topic (本準備金…賸餘)'),
    ],
    80: [
        ('may', '[得]分別', '依前項第三款規定遴任者', '', '',
         'hard: agent …者 phrase without head noun; the second …者 (執行律師職務…以上者) read as a condition on years of practice'),
    ],
    81: [
        ('shall', '[應]設', '事業單位', '儲存高壓氣體之容積在三百立方公尺或三千公斤以上之事業單位', '', ''),
        ('exception', '[不在此限]', '', '', '', '供應 false friend'),
    ],
    82: [
        ('may', '[得]按', '', '', '公司',
         'subject is the expenditure (支出); 公司 named in its modifier; 應納營利事業所得稅額 false friend'),
    ],
    83: [
        ('shall', '[應]廢止', '主管機關', '', '', '由主管機關發給 has no cue'),
    ],
    84: [
        ('shall', '[應]繳回', '驗證機構', '', '', ''),
    ],
    85: [],  # 取得, 所得 false friends; 可檢附 is not a cue
    86: [
        ('may', '[得]按次', '', '', '', 'penalty authority not named; 處…罰鍰 is a fact, not deontic'),
    ],
    87: [
        ('shall', '[應]依', '特定非公務機關', '', '', 'subject of the leading clause, who acts'),
    ],
    88: [
        ('shall', '[應]依', '船舶運送業', '', '', ''),
    ],
    89: [
        ('shall', '[應]依', '航空器使用人', '', '', ''),
    ],
    90: [
        ('shall', '[應]以', '', '', '行政法院',
         'no subject written; the paragraph before names the court (行政法院所為…之裁定，應…送達)'),
    ],
    91: [
        ('shall_not', '[不得]逾越', '', '', '安定基金',
         'lead-in 安定基金辦理之事項如下; 但不得 is a limit (shall_not), not an exception'),
    ],
    92: [
        ('shall', '[應]依', '', '', '雇主', 'thing (立柱柱腳); lead-in 雇主對於原木施工架，應依下列規定辦理'),
    ],
    93: [
        ('may', '機關[得]不予', '主管機關', '', '',
         'hard: 得不予退還 read as one may (permission to withhold), by analogy with 應不予 being one cue; 得標者 false friend'),
        ('may', '[得]追繳', '主管機關', '', '', 'after ； with its own subject 主管機關'),
    ],
    94: [
        ('shall', '[應]由', '由[直轄市、縣（市）主管機關]發給', '', '', '應由X: agent after 由'),
    ],
    95: [
        ('shall', '[應]設置', '金融控股公司', '', '', '並定期…提出 has no cue of its own'),
        ('shall', '者，[應]立即', '金融控股公司', '', '', 'same sentence, only a condition between: same bearer'),
    ],
    96: [
        ('shall', '[應]適用', '政府捐助之[財團法人]，且',
         '行政院農業委員會（以下簡稱本會）主管之政府捐助之財團法人，且其基金之全部或一部係由依法律設立之公法人捐助或捐贈者', '',
         'hard: a scope clause (應適用本準則) read as a shall on the foundations; head noun 財團法人'),
    ],
    97: [
        ('may', '[得]向', '特別補償基金', '', '', 'subject of the leading 依…為補償後 clause; 事故汽車…者 is a circumstance'),
    ],
    98: [
        ('shall', '[應]就', '', '', '', 'topic (三等職員); the appointing authority is not named'),
    ],
    99: [
        ('shall_not', '[不得]有', '銀行', '', '', ''),
    ],
    100: [
        ('shall', '[應]有', '', '', '', 'thing (該構造物)'),
    ],
    101: [
        ('shall', '者，[應]作', '', '', '', '應納所得稅 false friend; the reporting issuer is not named'),
    ],
    102: [
        ('shall', '短期票券[應]註明', '', '', '', '應付 (應付短期票券, 應付商業本票) false friend; subject is a thing'),
        ('shall', '者，[應]揭露', '', '', '', '如有提供擔保品者 is a circumstance'),
    ],
    103: [],  # 應考證件 false friend
    104: [],  # 應公開之檔案內容: attributive, inside a circumstance item
    105: [],  # 應用 false friend
    106: [
        ('shall', '[應]依', '營利事業', '', '', 'subject inside the …時 condition, who acts; 所得稅 false friend'),
    ],
    107: [
        ('shall_not', '[不予]錄取', '', '', '',
         'the examination authority is not named; 應考資格 false friend; 撤銷/予以扣考 carry no cue'),
    ],
    108: [],  # 取得 false friend
    109: [
        ('shall', '[應]另繳交', '', '', '應考人',
         'hard: 原著…者 is a circumstance (a thing); the submitter is named later in the same provision (要求應考人繳交); lead-in subject is a thing'),
        ('may', '[得]要求', '試務機關', '', '', '應考人 false friend'),
    ],
    110: [],  # 供應商 false friend
    111: [],  # definition; 取得 false friend
    112: [],  # 所得 false friend
    113: [],  # 取得 false friend
    114: [
        ('shall', '[應]依', '', '', '', 'topic (財務收支)'),
    ],
    115: [
        ('shall', '國發會[應]就', '國發會', '', '', '應用 false friend'),
    ],
    116: [
        ('shall', '[應]包含', '', '', '觀光遊樂業',
         'subject is the notice content (a thing); lead-in 觀光遊樂業…應採取下列機制 carries the actor; 因應 false friend'),
    ],
    117: [
        ('shall', '[應]於期間', '得標者或經營者', '得標者或經營者未能於期限內完成架設者', '',
         'agent …者 phrase with head noun; 得標者 itself is a false friend'),
        ('shall_not', '[不得]逾', '', '', '', 'topic (展期)'),
    ],
    118: [],  # 因應 false friend
    119: [
        ('shall_not', '[不得]以', '', '', '', 'topic (學歷); the holder is not named; 取得 false friend'),
    ],
    120: [
        ('shall', '[應]編列', '主管機關', '', '', '支應 false friend'),
    ],
}
