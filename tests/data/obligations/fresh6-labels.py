# Hand labels for fresh6-unlabelled.tsv (seed 8675309), written by reading each text and,
# where needed for `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
#
# Convention used here for "N + VP者" phrases whose N acts in the main clause (as the previous
# reader did): bearer = N, bearer_full = the whole …者 phrase.

LABELS = {
    1: [
        ('may', '[得]申請', '', '', '公共衛生師',
         'hard: grammatical subject is 費用或損失 (a thing); 公共衛生師, who applies, is named only in its modifier'),
    ],
    2: [
        ('shall', '，[應]經本會', '', '', '',
         'the member (委員…者) is the one dismissed, not the bearer; 本會 follows 經, not 由'),
        ('shall', '缺額[應]依', '', '', '', 'topic (缺額)'),
        ('shall_not', '[不予]推派', '', '', '原推派機關、團體',
         '但…不予 is a shall_not, not an exception (no 不在此限); nominating is done by 原推派機關、團體 of the paragraph before'),
    ],
    3: [],  # 其他應遵行事項辦法: inside the title of a regulation (attributive); main verb 核計 has no cue
    4: [
        ('shall', '[應]由報名者', '報名者', '', '', '應由X: agent after 由; 節目供應事業: 供應 false friend'),
        ('shall_not', '[不予]受理', '', '', '',
         '協商不成者 is a circumstance; the organiser who refuses is not named; 均 adverb'),
    ],
    5: [
        ('shall', '[應]依滿載', '', '', '', 'topic (隔離設備之額定); lead-in names no bearer'),
    ],
    6: [
        ('may', '[得]報考', '實驗教育學生', '實驗教育學生符合本條例第三十條第二項規定者', '',
         'N + …者 phrase: head as bearer, phrase as bearer_full'),
        ('shall', '[應]於入學', '錄取者', '', '', 'after ；: agent …者 phrase without head noun, leading 其 dropped'),
    ],
    7: [
        ('may', '[得]按', '行動通信網路事業', '', '', 'the first two sentences (收取, 歸屬) have no cue'),
    ],
    8: [
        ('shall', '[應]檢附', '室內裝修業', '', '', ''),
    ],
    9: [
        ('may', '[得]視需要', '各機關主管研考業務單位', '', '',
         'no 之 in the name: kept whole; second sentence (則派員) has no cue'),
    ],
    10: [],  # 應變 false friend (專業應變人員); violation item, no cue
    11: [
        ('shall', '[應]於下列', '', '', '廠商',
         'subject is the vehicles (things); lead-in 廠商依前二條辦理能源效率標示，應按下列方式為之'),
    ],
    12: [],  # 取得 false friend
    13: [
        ('shall_not', '[不得]少於', '', '', '', 'composition rule: topic (專家學者及團體代表, counted), no bearer'),
    ],
    14: [
        ('shall', '[應]報', '學校', '', '', ''),
        ('may', '[得]將', '', '', '學校',
         '捐款人指定…者 is a circumstance; across 。 the school is carried; 勸募所得 false friend'),
    ],
    15: [
        ('may', '[得]酌准', '', '', '',
         'hard: 經航政機關或驗船機構認可 is a condition; who grants the waiver is not the written subject; 但…得 is a may, not an exception'),
    ],
    16: [
        ('shall', '並[應]用', '', '', '',
         'hard: 並應 + 用 (shall, using French or English, mark …), not the false friend 應用; topic (封面); the 應 inside 除…外 not labelled (additive 除…外，並應)'),
    ],
    17: [
        ('may', '[得]併科', '', '', '', 'penalty with a 得 cue: the court (not named) may add a fine; 處… itself is not deontic'),
    ],
    18: [
        ('shall', '[應]建立', '公開發行公司、證券交易所、證券商及第十八條所定之事業', '', '',
         'coordinated alternatives kept whole; the 之 modifier belongs to the last conjunct only, so it stays'),
    ],
    19: [
        ('exception', '[除]緊急', '', '', '', '除…外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '[不得]移充', '', '', '爆炸物購買者',
         'subject is the explosives (thing); 爆炸物購買者 named in its modifier; 非經…許可 is a condition'),
    ],
    20: [
        ('shall', '[應]定期', '', '', '業者', 'topic (措施); paragraph before: 業者…應採行下列資訊安全措施'),
    ],
    21: [
        ('exception', '[除]政府', '', '', '', '除…另有規定者外 carves an exception out of the 應'),
        ('shall', '[應]由學生家長', '學生家長', '', '',
         '應由X: agent after 由; 依本辦法申請入學者 is the topic; 並檢附 shares the 應'),
    ],
    22: [
        ('may', '[得]請', '前項大學', '', '', 'reference without 之 stays in the bearer'),
    ],
    23: [
        ('shall', '[應]就', '', '', '', 'topic (事務)'),
        ('may', '[得]由', '各單位主管人員', '', '', 'agent after 由'),
    ],
    24: [
        ('may', '[得]檢具', '執行機關', '執行機關認為無繼續執行必要者', '',
         'N + …者 phrase; 得分 (score) and 免予 are false friends'),
    ],
    25: [
        ('shall', '[應]分別', '', '', '機關（構）首長及主管人員',
         'subject is the inventory (thing); the handing-over heads are named in its modifier; 不另彙編 has no cue'),
    ],
    26: [
        ('may', '[得]由', '建築師或相關專業技師', '', '',
         'agent after 由; 並函請, 免依, 並於竣工後 carry no cue of their own'),
    ],
    27: [
        ('shall', '[應]盡', '個人執業經紀人、經紀人公司及銀行', '', '',
         '維護…確保…善盡 share the one 應; 忠實義務 / 權利義務 are not 負…義務'),
    ],
    28: [
        ('may', '[得]視', '', '', '', 'topic (內容)'),
    ],
    29: [
        ('shall', '[須]視', '', '', '', 'thing (航測標); second sentence (以…為準 / 為原則) has no cue'),
    ],
    30: [
        ('exception', '[除]起步', '', '', '', '除…外 carves an exception out of the 不得'),
        ('shall_not', '[不得]橫跨', '其他車種', '', '',
         'hard: vehicle types as the acting subject (their drivers meant); taken as written'),
    ],
    31: [
        ('may', '[得]另定', '保訓會', '保訓會認為有成立調處之可能者', '',
         'N + …者 phrase (subject acts); 但…得 is a may; 視為 is not deontic'),
    ],
    32: [
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    33: [
        ('shall', '[應]於', '受理訴願機關', '', '', ''),
    ],
    34: [
        ('may', '[得]改領', '前項遺族', '前項遺族符合第四十五條規定者', '',
         'N + …者 phrase; reference without 之 stays in the bearer'),
    ],
    35: [
        ('shall', '[應]依第二章', '^[期貨結算機構]', '', '', ''),
        ('shall', '並[應]依', '^[期貨結算機構]', '', '', 'second cue of the same sentence (並應): same bearer'),
    ],
    36: [
        ('shall', '[應]以菊', '', '', '', 'thing (說明書或評估書)'),
        ('may', '[得]摺頁', '', '', '', '但…得 is a may'),
    ],
    37: [
        ('shall', '[應]依商港', '^[打撈業]', '', '', ''),
        ('shall_not', '[不得]損害', '^[打撈業]', '', '', 'second cue of the same sentence: same bearer'),
        ('shall', '[應]將', '', '', '打撈業', 'across 。: carried'),
        ('shall_not', '[不得]遺留', '', '', '打撈業', 'across 。: carried'),
    ],
    38: [
        ('may', '[得]不印製', '', '', '',
         '得不 = may refrain: a may; 受益證券…者 is a circumstance (thing), issuer not named; second clause (依…辦理) has no cue'),
    ],
    39: [
        ('may', '[得]委託', '主席', '', '', 'subject inside the …時 condition, who acts; first sentence has no cue'),
    ],
    40: [
        ('may', '[得]續行', '', '', '', '債務人死亡者 is a circumstance; the enforcement court is not named'),
    ],
    41: [
        ('shall', '[應]由', '專業人員', '', '',
         'hard: 應由X: agent after 由 (design); 並維持其有效性能 (no cue of its own) is in substance the employer\'s, named only in the modifier'),
    ],
    42: [
        ('exception', '[除]專辦', '', '', '',
         'hard: 除…外 carves the commuter-bus-only operators out of the 應; the 不得 inside 除…外 not labelled per GUIDE, although it sets a duty of its own (vehicle age)'),
        ('shall', '均[應]具備', '遊覽車客運業', '', '', '均 adverb'),
        ('shall', '者，[應]具備', '金門、連江地區經營遊覽車客運業者', '', '',
         'agent …者 phrase without head noun kept whole; 但…應 is not an exception'),
        ('may', '[得]為六輛', '', '', '',
         'hard: 得為 (may be) lowers the number required; its subject is the number of buses (thing)'),
    ],
    43: [
        ('shall_not', '[不得]濫發', '船舶無線電臺', '', '',
         'hard: a radio station, the licensed unit that transmits, taken as the bearer as written'),
    ],
    44: [
        ('shall', '均[應]按', '', '', '亞奧運運動團體',
         'subject is 支出原始憑證 (thing); the group is named in the topic clause before it (其 refers to it); 另加封面 / 並於封面詳記 share the 應'),
    ],
    45: [
        ('may', '[得]視', '主管機關', '', '', 'subject inside the …時 condition, who acts'),
    ],
    46: [
        ('shall', '[應]附', '', '', '', 'the applicant is not named; the documents are the topic'),
    ],
    47: [
        ('may', '[得]商請當地直轄市', '主辦機關', '', '',
         '公告禁止或限制建築及樹立: 禁止 is the content of what the local government is asked to announce, not labelled'),
        ('exception', '[不適用]', '', '', '', '不適用…之規定'),
        ('may', '[得]商請當地主管', '主辦機關', '', '', '屆期不辦理者，逕行強制拆除之 has no cue'),
        ('shall', '但[應]給予', '', '', '主辦機關', 'across 。: carried; 但應 is a shall, not an exception'),
        ('shall', '[應]報請', '', '', '主辦機關', 'after ；, no bearer in its clause (對補償有異議時 is a condition): carried'),
        ('shall', '[應]計入', '', '', '', 'topic (補償費)'),
    ],
    48: [
        ('shall', '[應]依', '', '', '申請人或管理者',
         'subject is the equipment (thing); 申請人或管理者 named in its modifier'),
    ],
    49: [
        ('may', '[得]不經', '憲法法庭', '', '', '得不經…，逕以判決駁回: one may'),
    ],
    50: [],  # 應適用之等別: attributive; 由交通部報請行政院核定之 has no cue
    51: [
        ('shall', '[應]作成', '^[檢驗機構]', '', '',
         '由實驗室主管或檢驗機構負責人 is the agent of 簽名 only; 並保存 shares the 應'),
    ],
    52: [
        ('may', '[得]於', '所有權人', '', '', ''),
    ],
    53: [
        ('shall', '[應]偕同', '原任首長', '', '', ''),
    ],
    54: [
        ('shall', '[應]予獎勵', '', '', '', 'the staff are the ones rewarded, not the bearer; who rewards is not named'),
        ('shall', '[應]予懲處', '', '', '', 'after ；; same'),
    ],
    55: [
        ('shall', '[應]含', '', '', '', 'thing (plan item); lead-in 投資計畫書，其內容應載明下列事項 names no bearer'),
    ],
    56: [
        ('may', '[得]適用', '', '', '', 'thing (艙口蓋)'),
        ('shall_not', '[不得]小於', '', '', '', 'thing (頂板之厚度)'),
    ],
    57: [
        ('may', '[得]視', '', '', '', 'no bearer written (the examination authority); 以…為原則 has no cue'),
    ],
    58: [
        ('shall', '[應]於活動日十五', '政府機關（構）、學校或法人', '', '', '報請 shares the 應'),
        ('shall', '[應]於活動日三十', '', '', '政府機關（構）、學校或法人',
         'across 。: carried; 但…應 is a shall, not an exception'),
    ],
    59: [
        ('shall_not', '[不予]及格', '', '', '',
         '應試科目: 應試 false friend; the examination authority is not named'),
    ],
    60: [
        ('shall', '[應]辦理', '', '', '',
         '被採樣人…者 is a circumstance (the sampled person does not act); lead-in DNA資料庫資料之刪除，依下列規定辦理 names no bearer'),
    ],
    61: [
        ('shall', '[應]放置', '', '', '飼料販賣業者',
         'thing (飼料); lead-in 飼料販賣業者陳列或儲存…應合於左列規定; 並與…保持 shares the 應'),
    ],
    62: [
        ('shall', '[應]由', '土地所有權人', '土地所有權人過半數或七人以上', '',
         'hard: 應由X: agent after 由; the quorum (過半數或七人以上) put in bearer_full; 並由發起人檢附…申請 shares the one 應 (no cue of its own)'),
        ('shall', '申請書[應]載明', '', '', '', 'thing (申請書)'),
    ],
    63: [],  # 應登載事項: attributive
    64: [
        ('may', '[得]由', '管理人', '代表法人之管理人', '',
         '應由派下員大會議決 is inside the …時 condition (restates); agent after 由; 取得 false friend'),
    ],
    65: [
        ('shall_not', '[不得]規避', '任何人', '', '', 'the officials are in the …時 condition; 任何人 is the subject'),
    ],
    66: [
        ('may', '[得]派員', '', '', '', 'the authority (central bank) is not named; 要求 shares the 得'),
    ],
    67: [
        ('shall', '[應]依', '', '', '',
         'hard: 逾期未還或未向海關銷案者 read as a circumstance (應依…規定辦理 = shall be dealt with, by customs, not named); 限…內歸還 has no cue of the GUIDE list'),
    ],
    68: [
        ('shall', '[應]根據', '', '', '', 'topic (界線)'),
    ],
    69: [
        ('shall', '[應]具備', '銀行間徵信資料處理交換服務事業負責人', '', '',
         'qualification requirement on a person: the person is the bearer; no 之, whole name'),
        ('may', '[得]令', '主管機關', '', '', ''),
    ],
    70: [
        ('shall', '[應]通知', '當地檢驗機構', '', '', 'the unregistered factory is the topic'),
    ],
    71: [
        ('shall', '[應]辦理', '分發學校', '', '', '並設置 shares the 應'),
    ],
    72: [
        ('shall', '並[應]', '', '', '大陸地區人民',
         'hard: 碩士以上學歷者 read as a circumstance (degree category, cf. sibling 但高等學校或機構專科學歷，得免檢具); article lead-in 符合前條規定之大陸地區人民，申請學歷採認，應檢具下列文件'),
    ],
    73: [
        ('may', '亦[得]', '學生或學生自治組織', '', '',
         '應作為而不作為 is inside the condition; 應作為之期間 attributive'),
    ],
    74: [
        ('may', '[得]依', '前項人員', '', '',
         'subject inside the …時 condition, who acts; 其…年資滿十五年以上者 is a condition'),
        ('shall', '[應]接續', '', '', '', 'topic (年資); 亦同 has no cue'),
    ],
    75: [
        ('shall', '[應]嚴守', '辦理考成人員', '', '', ''),
        ('shall_not', '並[不得]', '辦理考成人員', '', '', 'second cue of the same sentence (並不得): same bearer'),
    ],
    76: [
        ('may', '[得]申請', '相關權利人', '相關權利人有正當理由者', '', 'N + …者 phrase'),
    ],
    77: [
        ('may', '[得]分送', '', '', '',
         'hard: 除應先提供鑑定單位外 is additive (besides first providing), not an exception carved out of the 得; its 應 not labelled; topic (animals), the authority not named'),
    ],
    78: [
        ('may', '[得]召開', '董事會', '', '',
         'after ；: the sentence subject; 由董事長召集 is the agent of 召集 only'),
    ],
    79: [
        ('shall', '[應]申請', '理事會', '', '',
         '並由承包商…繳交 / 送請 share the 應; second sentence (無息退還) has no cue'),
    ],
    80: [
        ('shall', '[應]注重', '', '', '', 'topic (保管及運用)'),
        ('shall', '並[應]依', '', '', '', 'topic (存儲)'),
    ],
    81: [
        ('may', '[得]就', '各機關', '', '', ''),
    ],
    82: [],  # 得標 false friend; 無息發還 has no cue
    83: [
        ('shall', '[應]依本法', '', '', '中央主管機關',
         'hard: the revoking authority is not the subject; 中央主管機關 appears as notifier in the condition (the same authority revokes); 雇主 is the one whose permits are revoked'),
    ],
    84: [
        ('shall_not', '[不得]帶入', '', '', '食品從業人員',
         'topic (個人衣物; 其 = the worker); lead-in 食品從業人員之衛生管理，應符合下列規定; the first clause (穿戴…) has no cue of its own'),
    ],
    85: [
        ('shall', '[應]填具', '助產人員', '', '',
         'subject inside the …時 condition, who acts; 送由原發給執照機關 is not a cue'),
    ],
    86: [
        ('shall', '[應]囑託', '法院', '', '', ''),
    ],
    87: [
        ('exception', '[除]公務', '', '', '', '除…外 carves an exception out of the 應; the 得 inside 除…外 not labelled'),
        ('shall', '[應]核轉', '', '', '各主管機關',
         'topic (計畫); lead-in 各主管機關對所屬基金…應審核加具意見，依規定時間核轉'),
    ],
    88: [
        ('shall', '收回者[應]即報請', '', '', '',
         'topic (剔除款項; 其 refers to the agencies of sibling item (1), not carried)'),
        ('shall', '勻支者[應]即於', '', '', '',
         'hard: long 凡…者 topic (expenses); 由該事業機關主管…勻支 is inside it; who transfers is not written'),
        ('shall', '[應]由原簽請', '原簽請支用單位及批准長官', '', '', '應由X: agent after 由; 負責 is not 負…義務'),
        ('shall', '者[應]連帶', '會計人員', '', '', 'subject inside the 如…者 condition, who is liable'),
        ('shall', '剔除者[應]即向', '', '', '', 'topic (支出)'),
    ],
    89: [],  # 應由書記官辦理之事務: attributive; main verb 辦理 has no cue
    90: [
        ('shall', '[應]依', '術科試務辦理單位', '', '', ''),
        ('shall', '時[應]注意', '術科試務辦理單位', '', '', '且…時應: second cue of the same sentence, same bearer'),
    ],
    91: [
        ('may', '[得]陳請', '', '', '',
         'hard: 監交人員…者 is the circumstance (the supervisor who left cannot act); who petitions is not named'),
    ],
    92: [
        ('shall', '[應]依', '特定體育團體', '', '', ''),
    ],
    93: [
        ('shall', '[應]為', '前項參與者', '', '',
         'hard: qualification requirement on a person, the person as written is the bearer (the biobank that recruits is not named)'),
        ('exception', '[不受此限]', '', '', '', '不受此限 = 不在此限: an exception'),
    ],
    94: [
        ('shall', '[應]於', '各小組', '', '', 'the rest (由小組召集人召集 / 代理之) has no cue'),
    ],
    95: [],  # 其他應遵行事項之辦法: attributive; 由主管機關…定之 has no cue
    96: [
        ('shall', '[應]採取', '雇主', '', '', '作成…並留存 share the 應'),
    ],
    97: [
        ('shall', '[應]督促', '原事業單位', '', '',
         'hard: the second 應 (勞動條件應符合…) is inside the object of 督促 (the content urged), not labelled on its own'),
    ],
    98: [
        ('shall', '[應]建立', '服務之[專責圖書館]（以下',
         '中央主管機關依身心障礙者權益保障法第三十條之一第一項指定為身心障礙者服務之專責圖書館', '',
         'modifier ending in 之 to bearer_full; bearer at the head noun, not in the （以下簡稱…）; 提供 shares the 應'),
    ],
    99: [
        ('may', '[得]由', '戶政事務所', '', '', 'agent after 由; 所得 false friend'),
    ],
    100: [
        ('may', '[得]由', '大學', '各師資培育之大學', '',
         'hard: agent after 由; 師資培育之大學 is near a fixed name, but the modifier ends in 之: to bearer_full; 並報…備查 shares the 得'),
        ('shall_not', '[不得]少於', '', '', '', 'after ；: topic (公費受領 period)'),
    ],
    101: [
        ('exception', '[除]受有', '', '', '', '除…外 carves an exception out of the 應'),
        ('shall', '[應]取得', '', '', '執行業務者及其僱用人員',
         'subject is the expenses (things); the payers are named in its modifier; 予以認定 (by the tax office) has no cue; lead-in 損害賠償： names no bearer'),
    ],
    102: [
        ('shall', '[應]向', '固定污染源', '既存之固定污染源', '',
         'hard: the pollution source taken as the acting unit (its operator), as written; 並依…削減 shares the 應'),
        ('shall', '[應]採用最佳', '固定污染源', '新設或變更之固定污染源污染物排放量達一定規模者', '',
         'after ；: N + …者 phrase'),
        ('shall', '[應]採用最低', '固定污染源', '新設或變更之固定污染源污染物排放量達一定規模者', '',
         'second cue of the same sentence, only a condition (其屬特定大型污染源者) between: same bearer'),
        ('shall', '[應]取得', '固定污染源', '新設或變更之固定污染源', '', '且…應: bearer written again'),
    ],
    103: [],  # 因應 false friend; 不依 is not a cue (violation item)
    104: [],  # 取得 false friend
    105: [],  # 應用 false friend
    106: [
        ('may', '[得]視', '主管機關', '', '', '計算所得 false friend'),
    ],
    107: [],  # 因應 false friend; 可採用: 可 is not a cue
    108: [
        ('shall', '時，[應]繳', '^[應考人]', '', '', '應考人 (false friend as a cue) is the bearer'),
    ],
    109: [],  # 取得 false friend
    110: [],  # 應遵行事項: attributive
    111: [
        ('may', '[得]經', '^[機關]', '', '', '未能取得…者 is a condition; 取得 false friend'),
        ('may', '[得]不受', '', '', '機關',
         'hard: 其辦理第二次公告者 read as a circumstance (其 = the agency); across 。 carried; 得不受…限制 is a may, not an exception'),
    ],
    112: [],  # 所得稅法 false friend; 由財政部…核定 has no cue
    113: [
        ('may', '[得]提供', '中央氣象局', '', '', '應用 false friend'),
        ('may', '並[得]', '中央氣象局', '', '', 'second cue of the same sentence (並得): same bearer'),
    ],
    114: [
        ('shall', '[應]考量', '', '', '', 'topic (特定區域, a thing); lead-in 國土計畫之規劃基本原則如下 names no bearer'),
    ],
    115: [
        ('shall', '[應]經', '欲在公共水域及與公共水域相連之非公共水域經營漁業者', '', '',
         'agent …者 phrase without head noun kept whole; 凡 dropped; 取得 is a verb here'),
        ('may', '[始得]', '欲在公共水域及與公共水域相連之非公共水域經營漁業者', '', '', 'same sentence: same bearer'),
    ],
    116: [],  # 取得 false friend (item of a list of duties of a unit, no cue)
    117: [
        ('shall', '[應]確保', '', '', '', 'topic (設計、製造、安裝及測試); 反應器 false friend'),
    ],
    118: [
        ('shall', '[應]考量', '記帳士、記帳及報稅代理人',
         '記帳士、記帳及報稅代理人無法於合理期間內確認客戶身分者', '', 'N + …者 phrase'),
        ('may', '[得]依', '', '', '記帳士、記帳及報稅代理人', 'across 。: carried'),
    ],
    119: [
        ('shall', '[應]經', '', '', '特定非公務機關',
         'subject is the measures (thing); 特定非公務機關 named in its modifier; 取得 false friend'),
    ],
    120: [
        ('shall', '[應]持續', '會計師', '取得執業登記之會計師', '', '取得 inside the modifier, false friend'),
    ],
}
