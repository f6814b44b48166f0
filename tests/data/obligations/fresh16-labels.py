# Hand labels for fresh16-unlabelled.tsv (sample.py seed 141421, 100 with a cue + 20 false-friend),
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
# provisions 1-60: reader a; 61-120: reader b.
LABELS = {
    1: [],  # 所得 = income (false friend); list item of fund sources, no operator
    2: [
        ('shall', '，[應]指定專人', '雇主', '', '', ''),
    ],
    3: [
        ('shall', '機構[應]置', '^[植物診療機構]', '', '', ''),
        ('shall', '業務[負]督導之責', '為[負責植物診療師]，', '', '',
         'hard: 負…之責 read as a duty like 負…義務 (cue 負); elided subject of 對其診療業務負督導之責 is the 負責植物診療師 just named; 負責 in the title is no cue'),
    ],
    4: [
        ('shall', '，[應]依本準則', '', '', '票券金融公司',
         'topic 年報之記載事項 is a thing, not a bearer; the company (possessor of the report) is the actor -> carried'),
        ('may', '並[得]參照', '', '', '票券金融公司',
         'second operator, coordinated VP; 應行記載事項準則 (a regulation name, attributive), 應列內容 (attributive, inside condition) and 核准得予省略者 (inside condition) are no statements; 加註「無」 has no cue'),
    ],
    5: [
        ('may', '，[得]命令', '主管機關', '', '', '並重行申報及公告 stays under the same 得命令 (what the authority may order)'),
    ],
    6: [
        ('shall', '電焊機[應]符合', '', '', '', 'subject 電弧電焊機 is a thing, not a bearer'),
    ],
    7: [
        ('shall', '道路[應]在', '', '', '慢車',
         '單行道道路 is a place/topic; the lead-in (慢車行駛之車道…應依下列規定行駛) is about 慢車 driving -> carried 慢車'),
    ],
    8: [
        ('shall', '前，[應]依行政程序法', '^[體育署]', '', '', ''),
        ('shall', '，[應]由體育署', '由[體育署]以書面', '', '', 'agent after 由'),
    ],
    9: [
        ('exception', '，[除]專任委員外', '', '', '',
         'hard: 除專任委員外 carves 專任委員 out of the term rule and the 得續聘 permission of the same sentence'),
        ('may', '期滿[得]續聘', '', '', '',
         '本會委員 is the object (who is re-appointed), the appointing authority is not named'),
        ('shall', '，[應]隨其本職', '', '', '',
         'hard: 代表機關或團體出任者 is the grammatical subject but passive (they are replaced, 更替), not the actor -> no bearer'),
    ],
    10: [
        ('may', '資金[得]併入', '', '', '信託業',
         'subject 營運資金 is a thing; 信託業 is named as its owner here and is the bearer of the previous paragraph -> carried'),
    ],
    11: [
        ('shall', '，[應]依本會', '', '', '',
         'topic (編製及表達 of reports) is a thing; no entity named; the quoted regulation name carries no cue'),
    ],
    12: [
        ('may', '時，[得]依章程', '^[物理治療師公會]', '', '', ''),
    ],
    13: [
        ('shall', '，[應]就本條例', '', '', '本會',
         '其餘所需工作人員 is the object (they are appointed); 本會 is the subject of the first clause of the same provision -> carried'),
    ],
    14: [
        ('shall', '前，[應]組成', '^[學校]', '', '', '並擬訂 stays under the same 應'),
    ],
    15: [
        ('shall', '證人[應]朗讀', '^[證人]', '', '', '由書記官朗讀，並說明其意義 has no cue'),
    ],
    16: [
        ('shall', '，[應]由船舶', '由[船舶或航空公司]會同', '', '', 'agent after 由'),
    ],
    17: [
        ('shall', '匯出[應]經', '', '', '證券投資信託事業',
         'topic 資金之匯出 is a thing; bearer of the previous paragraph (same article) -> carried'),
    ],
    18: [
        ('shall_not', '，[不予]受理', '', '', '原屬單位',
         'list lead-in 二、原屬單位： carries the bearer; 通知申請人…補正 has no cue'),
    ],
    19: [
        ('shall', '，[應]簽報', '^[考選部題庫工作人員及部外入闈辦理建檔之工作人員]', '', '',
         'hard: coordinated subject kept whole (cannot drop the inner 之-relative and stay contiguous); 應考 (sit an exam) is a false friend; 並依規定迴避 stays under the same 應'),
    ],
    20: [
        ('shall', '，[應]繳納', '', '', '',
         'no bearer written (the applicant is only implied by 申請…許可); 由中央主管機關定之 has no cue'),
    ],
    21: [
        ('shall', '時，[應]先商徵', '', '', '財政部',
         'the 但-clause has no subject of its own; 財政部 is the subject of the first sentence -> carried. First sentence (隨時抄送) has no cue'),
    ],
    22: [
        ('shall', '機關[應]於本辦法', '^[特定非公務機關]', '', '', ''),
        ('shall', '法人[應]於符合', '本會主管之[財團法人]應於', '本會主管之財團法人', '', ''),
    ],
    23: [],  # 取得 (false friend); condition item under 視為停止生產 lead-in
    24: [
        ('shall', '，[應]檢附', '', '', '', 'no bearer written: the applicant is only implied by 向…申請…時 (a condition)'),
    ],
    25: [],  # no operator; 須知 is a false friend and inside 「」 (document name)
    26: [
        ('shall', '單位[應]與', '前條[負責處理單位]應與', '前條負責處理單位', '',
         'bearer without the short reference 前條 (bearer_full keeps it); 負責 (in charge) is no cue'),
        ('shall', '，[應]協調地區', '', '', '負責處理單位',
         'new clause after ；若無相關單位 without its own subject -> carried'),
    ],
    27: [
        ('shall', '者，[應]檢附', '^[申請教官資格審查者]', '', '',
         'the 者-phrase is the subject (the applicant) and the actor of 檢附'),
    ],
    28: [
        ('shall', '時，[應]自尋獲', '', '', '保險對象',
         'hard: 失蹤未滿六個月者 is a case description of the lead-in 保險對象 (保險對象停保後，應依下列規定辦理) -> carried; 並補繳 stays under the same 應'),
        ('shall', '者，[應]溯自', '', '', '保險對象',
         'same: 逾六個月未尋獲者 is a case description, cannot itself act'),
    ],
    29: [
        ('shall', '申請書[應]記載', '', '', '申請著作人登記者',
         'subject 申請書 is a thing; the applicant is named as its owner in the same provision -> carried'),
    ],
    30: [
        ('shall', '政府[應]於', '^[政府]', '', '', '因應 is a false friend'),
    ],
    31: [
        ('shall', '並[應]繳驗', '撫卹受益人', '僑居國外之撫卹受益人', '',
         'hard: 除適用國內程序辦理外，並應 is additive (besides…also), not an exception; 適用 inside 除…外 is no cue'),
        ('shall', '另[須]填具', '', '', '撫卹受益人',
         'new clause after the condition 如委託在臺親友代領 without its own subject -> carried'),
    ],
    32: [],  # 應變 (緊急應變) is a false friend; 掌理事項 list item, no operator
    33: [
        ('may', '，[得]就官階', '', '', '',
         'subject (positions/人員 listed in the 編制表) is what is filled, not the actor; appointing authority not named'),
    ],
    34: [],  # 且須進行工程改善… is inside the condition (…者); 最長不超過五年 has no listed cue
    35: [
        ('may', '，[得]於初', '^[參加基金人員]', '', '',
         'hard: 依規定得予併計之 (attributive), 准予併計 (no cue), 其應繳之基金費用 (attributive) are no statements; 由基金管理會…換算 and 另加計利息 have no cue'),
    ],
    36: [],  # 規定應檢附之各項文件 is attributive; 免附 is an exemption without a listed cue
    37: [
        ('shall', '者，[應]自取得', '^[個人及營利事業]', '', '', '取得 is a false friend'),
    ],
    38: [
        ('shall', '品，[應]另附', '', '', '', 'no bearer written; lead-in (申請…變更登記，應檢附下列資料) names none either'),
        ('may', '，[得]以原產國', '', '', '', 'subject 出產國許可製售證明 is a thing'),
        ('may', '者，[得]於中央', '', '', '', '如未能於申請時檢附者 is a condition; applicant not named'),
    ],
    39: [
        ('may', '人員[得]以兵役', '^[本署及所屬機關]', '', '',
         'hard: 為應任務需要 = to meet task needs (false friend, like 因應); 所需人員 is a sub-topic, the agencies are the subject'),
    ],
    40: [],  # 取得 is a false friend; item of a condition list
    41: [
        ('exception', '，[除]開除學籍', '', '', '', '除…外 carves the listed sanctions out of the 得相互抵銷 of the same sentence'),
        ('may', '時，[得]相互抵銷', '', '', '', 'subject 獎懲 is a thing'),
    ],
    42: [
        ('shall', '，中央主管機關[應]會同', '，[中央主管機關]應會同', '', '', ''),
    ],
    43: [
        ('may', '機關[得]通知', '商標專責機關', '', '', '限期補正 has no cue'),
    ],
    44: [
        ('exception', '者，[不在此限]', '', '', '', ''),
    ],
    45: [],  # 應申報國居住者 / 應申報帳戶 are attributive terms of art (reportable); a classification rule
    46: [
        ('shall_not', '對隊員[不得]', '', '', '山域嚮導', 'lead-in 山域嚮導應遵守下列事項 carries the bearer'),
    ],
    47: [
        ('shall', '，[應]與受託者', '^[政黨及全國性民政財團法人]', '', '', ''),
    ],
    48: [
        ('shall', '，[應]遵守', '^[驗證機構]', '', '', ''),
    ],
    49: [
        ('may', '機關[得]令', '主管機關', '', '', '限期直航返回 stays under the same 得令'),
    ],
    50: [],  # 必須增加用水量者 is inside a condition (list of 情形 under 外線有左列情形之一者)
    51: [
        ('shall', '亦[須]考慮', '', '', '期貨結算機構',
         'hard: 除注意其法律形式外，亦須 is additive, not an exception; bearer of paragraph 1 -> carried'),
        ('exception', '者，[除]能證明', '', '', '', '除…外 carves an exception out of 應視為 of the same sentence'),
        ('shall', '，[應]視為', '', '', '', 'hard: deeming (shall be deemed) still carries the modal 應; no bearer (the related parties are deemed, they do not act)'),
        ('shall', '，[須]依照', '', '', '期貨結算機構',
         'disclosure in the financial report is by the 期貨結算機構 (paragraph 1), not by the related parties that are the grammatical subject -> carried'),
    ],
    52: [
        ('shall_not', '每次[不得]逾', '', '', '', 'topic 關機期間 is a period, not a bearer'),
        ('may', '經營者[得]依', '經營者', '', '', ''),
    ],
    53: [
        ('exception', '，[除]主副食', '', '', '', '除…外 carves 主副食 out of 應全部收繳'),
        ('shall', '均[應]全部收繳', '', '', '',
         'hard: 得由主管單位…收購 is inside 除…外 -> no statement (guide rule), although it reads as a permission; who 收繳 is ambiguous (the 各單位 hand in vs. an authority collects) -> no carried'),
    ],
    54: [
        ('shall_not', '業[不得]聘用', '^[航空貨運承攬業]', '', '', '已充任者，解任之 has no cue'),
    ],
    55: [],  # 供應 is a false friend; definition of scope (如下), no operator
    56: [
        ('shall', '者，[應]於公告', '由[本人或代理人]檢附', '', '', 'agent after 由'),
        ('may', '分娩者，[得]保留', '，[因病、傷、懷孕或分娩者]，得', '', '',
         'hard: the 者-phrase is the subject and the one who retains the status'),
        ('may', '子女者，[得]保留', '；[撫育三歲以下子女者]，得', '', '', 'same as above'),
    ],
    57: [
        ('shall', '雇主[應]補償', '雇主', '', '', '依勞工保險條例有關之規定 has no cue'),
    ],
    58: [
        ('shall', '，[應]於發生日', '^[從事輻射防護訓練業務業者]', '', '', 'compound subject without 之 kept whole'),
    ],
    59: [
        ('shall', '，[應]依自衛槍枝', '', '', '軍人',
         'clause subject 其持有之自衛槍枝 is a thing; 軍人 is named in the preceding (condition) clause -> carried'),
    ],
    60: [
        ('may', '，[得]組設', '^[直轄市或縣（市）主管機關]', '', '', ''),
        ('may', '並[得]於重劃區', '', '', '直轄市或縣（市）主管機關',
         'new clause after ；必要時 without its own subject -> carried; 由中央主管機關定之 has no cue'),
    ],
    # --- provisions 61-120 (reader b) ---
    61: [
        ('shall', '補償金數額，[應]委由', '', '', '',
         'hard: 應委由原承保機關核算 -- the duty is on whoever entrusts (the fund / agency, not written); 原承保機關 is the entrusted computer, not the bearer (委由 is not the agentive 由)'),
        ('shall', '給付時，[應]由', '應由[原承保機關]通知', '', '',
         'agent after 由'),
    ],
    62: [
        ('shall', '[應]備具', '^[申請繼續加保者]', '', '',
         'X者，應… : the 者-nominal is the subject'),
    ],
    63: [
        ('may', '成年者，[得]繼續給卹至成年', '', '', '',
         'the payer is not written (子女…者 is a condition, not the bearer); no bearer in the article'),
        ('may', '未中斷者，[得]繼續給卹至大學', '', '', '',
         'second may in the alternative clause'),
    ],
    64: [],  # 其他應遵行事項 attributive; 由中央主管機關定之 is a delegation, no cue
    65: [
        ('shall', '藥典者，[應]依序註明', '', '', '',
         'topic 原料 is not a bearer; the applicant is not written; lead-in 前項…規定如下 names none'),
        ('shall', '其版本[應]為', '', '', '',
         '應為 as a requirement on a thing (版本), no bearer'),
        ('exception', '許可證後，[除]賦形劑外', '', '', '',
         'hard: 除賦形劑外 carves excipients out of the 亦同 (the same duty applies after licensing); labelled exception. 以…為限 is not a cue; 取得 false friend'),
    ],
    66: [
        ('shall', '稽核認證團體[應]依', '^[稽核認證團體]', '', '',
         '辦理應回收廢棄物 = defined term (attributive, no statement); 由中央主管機關定之 no cue'),
    ],
    67: [
        ('shall', '[應]檢附下列', '', '', '',
         '申請輸入中藥查驗登記 is a condition (no 者), applicant not written'),
    ],
    68: [
        ('shall', '主管機關[應]通知', '直轄市、縣（市）主管機關', '', '',
         '應繳納之保證金 is attributive (no statement)'),
    ],
    69: [
        ('may', '財政部[得]會商', '財政部', '', '', ''),
    ],
    70: [
        ('may', '變故，[得]經行政院', '^[總統]', '', '',
         '應付 is a false friend; 不受…之限制 is not a listed cue'),
        ('shall', '但[須]於發布命令後', '', '', '總統',
         'hard: new sentence 但須… with elided subject; the President is carried from the first sentence'),
    ],
    71: [
        ('exception', '[不適用]之', '', '', '', '不適用之 carves the anti-virus/firewall products out of para 1'),
    ],
    72: [
        ('shall', '包裝，[應]於容器外部', '^[爆炸物製造、販賣業者]', '', '', ''),
        ('shall', '容器內部[須]附', '', '', '爆炸物製造、販賣業者',
         'hard: 容器內部 is a topic (place), not a bearer; the 業者 is the subject of the sentence before the semicolon -> carried'),
        ('shall', '炸藥，[應]註明批號', '', '', '爆炸物製造、販賣業者',
         'topic 條狀之炸藥 is a thing; bearer carried from the first clause'),
    ],
    73: [
        ('may', '工程外，[得]依其登記', '^[專業營造業]', '', '',
         '除依第一項規定承攬…外，得… is additive ("besides"), not an exception'),
    ],
    74: [
        ('shall', '氣象局[應]儘速', '中央氣象局', '', '', ''),
    ],
    75: [
        ('shall', '屆滿，[應]併專戶', '', '', '',
         'hard: topic 保證金; the actor (直轄市或縣（市）主管機關) is named only in para 1, not in the paragraph right before (para 2), so carried left empty. 準用…辦理 and 歸屬國庫 carry no cue'),
    ],
    76: [
        ('shall', '未滿十二人者，[應]置', '^[各機關]', '', '',
         'hard: 各機關…員額總數…未滿十二人者 -- the postposed 者 condition is not part of the bearer'),
        ('shall_not', '[不得]列薦任', '', '', '各機關',
         'subject 其委任官等職稱 is a thing; the agency is carried from the previous sentence'),
    ],
    77: [
        ('may', '大學[得]就', '^[大學]', '', '', ''),
    ],
    78: [
        ('shall', '[應]依政府公共建設計畫', '', '', '各主管機關',
         'topic 公共建設計畫; lead-in 各主管機關應…應分別依下列規定辦理 carries the bearer'),
    ],
    79: [
        ('may', '但[得]視', '', '', '本行',
         'lead-in 本行對本國金融機構之檢查頻率如左 carries 本行; 惟至少二年檢查一次 has no cue'),
    ],
    80: [
        ('shall', '[應]遵守下列規定', '', '', '',
         '在…進行海洋科學研究活動 is a condition; researcher not written (para 1 also names none)'),
    ],
    81: [
        ('shall', '[應]由各機關學校', '應由[各機關學校]自行', '', '',
         'agent after 由; 並按人分戶列帳管理 is under the same 應'),
    ],
    82: [
        ('shall', '審查委員[應]親自', '會之[審查委員]應', '審查會之審查委員', '',
         '並有…出席 (quorum) is under the same 應, no second cue'),
    ],
    83: [
        ('shall', '仍[應]依法發給', '原雇主', '', '',
         'hard: 但…從其規定 is not a listed cue (no 不在此限), so no exception labelled'),
    ],
    84: [
        ('shall', '報告後，[應]依其缺失', '^[受稽核者]', '', '', ''),
        ('may', '必要時，[得]要求', '本部', '', '', 'second operator in the same sentence'),
    ],
    85: [
        ('shall', '並[須]提供災害模擬分析', '', '', '',
         'hard: 須 is modal (the plan must also contain the simulation for class-3 operation); no bearer written; lead-in (內容應包括下列事項) names none'),
    ],
    86: [
        ('shall', '學校[應]設學生申訴', '^[學校]', '', '', ''),
        ('shall_not', '家長代表[不得]少於', '', '', '學校',
         'topic 家長代表 (composition constraint) is not a bearer; 學校 from the same clause'),
        ('shall', '並[應]包括', '', '', '學校',
         'second shall on the committee composition'),
        ('shall', '主管機關[應]設學生再申訴', '直轄市、縣（市）主管機關', '', '', ''),
        ('shall', '學者人數[應]逾', '', '', '直轄市、縣（市）主管機關',
         'composition constraint of the re-appeal committee set up by the authority'),
        ('shall_not', '性別委員人數[不得]少於', '', '', '',
         'topic (both committees); duty split over 學校 and the authority, so no single carried bearer; 由中央主管機關定之 no cue'),
    ],
    87: [],  # 應發支付命令之陳述: attributive (the statement that a payment order should issue)
    88: [
        ('shall', '支給標準[應]依', '', '', '',
         'topic 差旅費支給標準; lead-in 應由受接管金融機構負擔 concerns a different duty, so nothing carried'),
    ],
    89: [
        ('may', '結算機構[得]經', '短期票券集中保管結算機構', '', '', ''),
    ],
    90: [
        ('exception', '，[除]有下列情形', '', '', '',
         '除…外 carves the listed cases out of 不得拒絕 in the same sentence'),
        ('shall_not', '醫院[不得]拒絕', '醫院', '', '', ''),
    ],
    91: [],  # 免納所得稅 / 免稅所得額: 所得 false friends; 免納 and 以…為限 are not cues
    92: [
        ('shall', '異常者，[應]分析', '', '', '會計師',
         'carried from the article lead-in 會計師查核簽證財務報表，應…依下列程序查核 (via 十二、/（九） lead-ins); the opening 分析… has no cue'),
    ],
    93: [
        ('shall', '擴展工業，[應]於增加', '^[興辦工業人]', '', '', ''),
    ],
    94: [
        ('shall', '議事科[應]就', '^[議事科]', '', '', '並將… is under the same 應 (no new cue)'),
    ],
    95: [],  # 財產管理應遵行事項如下: attributive 應遵行事項 in a lead-in
    96: [
        ('shall', '給與[應]從嚴審核', '', '', '',
         'topic 獎金之給與; 除依法追究外，並追繳 is additive (besides…also), not an exception, and 追繳 has no cue'),
    ],
    97: [
        ('shall_not', '[不得]提出個人質詢', '代表政黨質詢之[立法委員]', '代表政黨質詢之立法委員', '', ''),
    ],
    98: [
        ('shall', '[應]就整體情形', '^[主計總處]', '', '', ''),
    ],
    99: [
        ('shall', '裝置[應]依航政機關', '', '', '',
         'topic 機器之設計、構造及裝置 is a thing; lead-in 小船機器應符合… names none'),
        ('shall', '裝置[應]能易於', '', '', '', 'second shall, a thing as subject'),
    ],
    100: [
        ('shall_not', '[不得]作任何', '', '', '', 'topic 孔廟房屋 is a thing; no bearer'),
    ],
    101: [],  # 應變機制: false friend
    102: [],  # definition of 購置; 取得 false friends
    103: [],  # definition; 所得 false friends
    104: [],  # 氣候變遷因應法: 因應 false friend inside a law name
    105: [
        ('may', '新船者，[得]以', '^[漁業人]', '', '',
         '取得 false friend; …不建造新船者 is a postposed condition, not part of the bearer'),
    ],
    106: [
        ('shall', '[應]進行洗錢', '^[會計師及其所屬會計師事務所]', '', '',
         '並建立 under the same 應; 相應 false friend'),
    ],
    107: [
        ('may', '外交部[得]依據', '^[外交部]', '', '', '所得稅法 / 所得稅款: false friends'),
    ],
    108: [
        ('may', '授權者，[得]同意', '^[機關或法人]', '', '', '取得 false friend'),
        ('may', '並[得]將被授與之權利', '廠商或實際創作人', '履行該案採購契約之廠商或實際創作人', '',
         'hard: the one who re-licenses rights it was granted (被授與之權利，所受授權範圍) is the contractor/creator, subject of the clause embedded under 同意'),
    ],
    109: [],  # 安全須知: false friend
    110: [],  # 營利事業所得稅: false friend
    111: [],  # 犯罪所得: false friend; 減輕或免除其刑 has no deontic cue
    112: [
        ('shall', '跆拳道：[應]取得', '', '', '特殊專長人員',
         'hard: 應取得 is a modal 應 (qualification requirement), 取得 itself is the false friend; lead-in 特殊專長人員報考…並應具備下列專長 carries the bearer'),
    ],
    113: [],  # 所得 false friends in an item of a document list
    114: [],  # 負有接續受話之義務時: 負…義務 restated inside a condition (…時); 取得 false friend; no operator in the item
    115: [],  # 取得 false friend; 適用 (not 不適用) is not a cue
    116: [],  # 應納稅額 false friend
    117: [],  # 取得 false friend
    118: [
        ('may', '之人員，[得]在', '第七條規定之[人員]', '第七條規定之人員', '',
         '不計入…課稅 has no cue; 所得 false friend'),
    ],
    119: [
        ('shall', '至少[應]考量', '^[金融機構及指定之非金融事業或人員]', '', '',
         '指定之 kept as part of the fixed name (designated non-financial businesses or professions)'),
    ],
    120: [],  # 財產之取得: false friend
}
