# Hand labels for fresh9-unlabelled.tsv (sample.py seed 13579, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
LABELS = {
    1: [
        ('may', '時[得]分課', '所設之[縣度量衡檢定站] (', '轄區不完整之省所設之縣度量衡檢定站', '',
         'bearer = head of the subject NP (first occurrence, not the one in (以下簡稱…)); 準用 is no cue'),
    ],
    2: [],  # 開放應用: false friend; 依…規定辦理 has no cue
    3: [
        ('may', '本基金[得]委託', '本基金', '', '', ''),
        ('may', '並[得]以前項', '本基金', '', '',
         'hard: 並得 in the same sentence (after ；) -> same written bearer 本基金 by convention; 所得資金 / 支應 false friends'),
    ],
    4: [
        ('exception', '[不適用]之', '', '', '', '於勤務上有特別義務者 is a condition; 義務 is not 負…義務'),
    ],
    5: [
        ('shall', '，[應]檢附', '', '', '申請法律扶助者',
         'hard: lead-in 前項第四款所稱相關證明文件如下 names nobody; applicant carried from 第1項 (依本辦法申請法律扶助者)'),
    ],
    6: [],  # 應公開展覽之書圖文件: attributive
    7: [
        ('may', '並[得]按次', '', '', '', 'penalising authority not written'),
    ],
    8: [],  # 取得 false friend; 但…免附 has no listed cue (not 不在此限)
    9: [
        ('may', '，[得]按退伍', '', '', '', '應得之退伍給付: attributive; payer not written'),
    ],
    10: [
        ('shall', '，[應]依', '', '', '', 'topic 試驗方法及數量, no bearer written'),
    ],
    11: [],  # 因應, 取得: false friends; item of a list of permitted cases, no cue of its own
    12: [
        ('shall', '者，[應]核對', '', '', '',
         'the auditor (會計師) is not written in this item or its lead-ins; 並查明 is under the same 應 (one statement)'),
    ],
    13: [
        ('may', '會[得]受委託', '營造業公會', '', '', ''),
    ],
    14: [],  # 其他法令禁止設置之處所: 禁止 attributive inside a noun phrase
    15: [
        ('may', '官[得]停止', '主任調查官', '', '', ''),
    ],
    16: [
        ('shall', '會[應]邀集', '行政院文化建設委員會', '', '', ''),
    ],
    17: [
        ('shall', '業[應]視', '電信事業', '', '', ''),
    ],
    18: [
        ('shall', '，[應]包括', '', '', '', 'thing (應急部署表) is not a bearer; 應急 is not a cue'),
    ],
    19: [],  # 應記載之事項: attributive
    20: [],  # hard: 其他依法律關係得停止支付 is a circumstance in a list of 情形 (condition), not a permission granted here
    21: [
        ('shall', '積[應]合併', '', '', '',
         'hard: inside an EIA-trigger item, but 開發面積應合併計算 is an operative computation rule; no bearer (thing)'),
    ],
    22: [
        ('shall', '，[應]事先', '員工', '', '', ''),
    ],
    23: [
        ('may', '時[得]召開', '本會', '', '', ''),
        ('may', '並[得]邀請', '本會', '', '',
         'hard: 並得 in the same sentence -> same written bearer 本會 (the intervening 由主任委員召集之 has no cue)'),
    ],
    24: [
        ('shall', '表[應]就', '', '', '', 'thing (財務報表) is not a bearer; preparer not written'),
    ],
    25: [],  # 應檢具書件, 應遵行事項之辦法: attributive; 由主管機關…定之 has no cue
    26: [
        ('shall', '，[應]依其', '^[保險公司、保險代理人公司、保險經紀人公司及辦理簡易人壽保險業務之郵政機構董（理）事、監察人、總經理、法令遵循人員、內部稽核人員、業務人員及與防制洗錢及打擊資恐業務有關人員]', '', '',
         'hard: grammatical subject is the list of persons (company names attach without 之, so they stay in the bearer); could be read as a topic with the duty on the company, but the persons are written as subject'),
    ],
    27: [
        ('may', '後，[得]為', '學校', '', '', ''),
    ],
    28: [
        ('shall_not', '者，[不予]受理', '', '', '受理國稅局',
         'clause has no subject; the office is named only inside the condition (經受理國稅局通知…) -> carried; 並檢還 has no cue of its own'),
    ],
    29: [
        ('shall', '時，[應]檢附', '都市計畫主管機關', '', '', 'subject precedes the 為…時 clause'),
    ],
    30: [],  # 應收、應付帳款: false friends
    31: [
        ('shall_not', '[不得]超過新臺幣八', '', '', '', 'topic 每頭評價額; 所得分數 / 即得 false friends'),
        ('shall_not', '[不得]超過新臺幣四', '', '', '', 'topic 乳牛流（死）產每件評價額'),
    ],
    32: [
        ('shall', '、[應]確保', '', '', '本事業', 'lead-in: 本事業應…並依下列規定辦理'),
    ],
    33: [
        ('shall', '業[應]考量', '各服務事業', '', '', ''),
        ('shall', '且[應]隨時', '各服務事業', '', '', 'second cue same sentence; 因應 false friend'),
    ],
    34: [
        ('shall', '構[應]依', '驗證機構', '', '', ''),
        ('may', '，[得]於國內', '', '', '驗證機構',
         'hard: new sentence (但…) without subject -> carried; 外觀照片須保密者 is a condition, its 須 is not a statement'),
    ],
    35: [
        ('shall_not', '，[不予]補', '', '', '', '但…不予補（改）聘: 不予 is shall_not (no 不在此限); appointing authority not written'),
    ],
    36: [
        ('shall', '路[應]衡酌', '', '', '', 'topic 既成道路 (thing); reviewing agency not written'),
    ],
    37: [
        ('shall_not', '數[不得]逾', '', '', '',
         'hard: cap inside a qualification item, still an operative 不得; topic 股份總數, no bearer'),
        ('may', '者，[得]申請', '。[公司]具', '公司具新臺幣六十億元以上財力證明者', '',
         '…者 phrase with head noun 公司 -> bearer 公司, phrase in bearer_full'),
    ],
    38: [
        ('shall', '管[應]於', '生安主管', '', '', '取得合格證明: 取得 false friend'),
    ],
    39: [
        ('may', '，[得]以電子', '', '', '', 'topic 有關專利之申請及其他程序; 由主管機關定之 no cue'),
    ],
    40: [
        ('shall_not', '員[不得]少於', '', '', '', 'composition rule, topic 任一性別委員; no bearer'),
    ],
    41: [
        ('may', '，[得]遴選', '各級學校', '各級學校未設體育班者', '', '…者 phrase with head noun 各級學校'),
    ],
    42: [],  # 協助獲得: false friend
    43: [
        ('shall', '時，[應]作', '', '', '', 'who must act (carrier) not written; 並即刻報告 is under the same 應'),
    ],
    44: [
        ('shall', '會[應]有', '授信審議委員會', '', '',
         'hard: 應有…之出席始得開會 read as two operators (應 + 始得), per one-statement-per-operator'),
        ('may', '席[始得]開會', '授信審議委員會', '', '', ''),
        ('may', '意[始得]決議', '授信審議委員會', '', '', 'same sentence -> same written bearer'),
    ],
    45: [
        ('exception', '，[除]持', '', '', '',
         'hard: 除…外 carves the permitted necessary answers out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]述及', '^[服務台工作人員及櫃台作業人員]', '', '', ''),
    ],
    46: [
        ('shall', '容[應]標明', '', '', '', 'thing (內容 of the 標示); lead-in 一般爆竹煙火標示應符合… names no person'),
    ],
    47: [],  # 應納稅額: false friend
    48: [
        ('shall', '，[應]通知', '', '', '各該政府主計機關或其負責主計人員',
         'approver of the change is named in the paragraph before (第1項) -> carried'),
    ],
    49: [],  # 應按月繳納之保險費: attributive; 由保險人繕具… has no cue
    50: [
        ('shall_not', '席[不得]開會', '本會', '', '', ''),
        ('shall_not', '，[不得]決議', '本會', '', '', 'same sentence; 可否 is not a cue'),
    ],
    51: [],  # 提出心得: false friend
    52: [
        ('shall', '人[應]於', '航空器使用人', '', '', ''),
        ('shall', '畫[應]包括', '', '', '航空器使用人', 'thing (該計畫) is not a bearer; maker written in same sentence -> carried'),
    ],
    53: [
        ('shall', '者，[應]予建檔', '^[直轄市或縣（市）主管機關]', '', '', ''),
        ('may', '並[得]依其', '^[直轄市或縣（市）主管機關]', '', '', '並得 same sentence; 廢止登記時，亦同 adds no cue'),
    ],
    54: [
        ('may', '要，[得]設', '本會', '', '', ''),
    ],
    55: [
        ('shall', '者，除註銷其登記外，各主管機關[應]查明', '各主管機關', '', '',
         'hard: the clause is printed twice in the official text; one statement per 應 occurrence. 除註銷其登記外 is additive (besides cancelling), not an exception'),
        ('shall', '重，除註銷其登記外，各主管機關[應]查明', '各主管機關', '', '', 'duplicated clause (second 應)'),
    ],
    56: [
        ('shall', '並[須]另聘', '', '', '',
         '除…外，並須 is additive, not an exception; topic 冷庫冰庫; hirer (蠶種製造場) not written as subject'),
    ],
    57: [
        ('may', '輸入業[得]應', '石油煉製業或輸入業', '依法設有石油管線之石油煉製業或輸入業', '',
         '得應…請求: 應 means respond to, not a cue'),
    ],
    58: [
        ('shall_not', '主[不得]以', '雇主', '', '', ''),
    ],
    59: [
        ('shall', '，[須]符合', '', '', '', 'topic 體格檢查; 由國防部…認定之 no cue'),
    ],
    60: [
        ('shall_not', '者，[不得]超過', '', '', '', 'composition rule; 本會委員具有同一黨籍者 is what is counted, not a bearer'),
        ('shall_not', '別[不得]少於', '', '', '', 'composition rule'),
    ],
    61: [
        ('may', '關[得]接受', '檔案中央主管機關', '', '', ''),
    ],
    62: [
        ('may', '內[得]申請', '', '', '存款人', 'lead-in: 存款人得以存單申請質借'),
    ],
    63: [
        ('shall', '，[應]於', '', '', '機關、學校、部隊', 'lead-in: 經發有印信之機關、學校、部隊…應…'),
    ],
    64: [
        ('may', '[得]另行保管', '', '', '', '應予永久保存 inside the …者 condition is not a statement; topic 會計憑證 (thing)'),
        ('shall', '但[應]互註', '', '', '', ''),
    ],
    65: [
        ('shall', '統[應]依序', '總統', '', '', '由黨團協商決定 no cue'),
    ],
    66: [
        ('may', '[得]按次', '', '', '', 'penalising authority not written'),
    ],
    67: [
        ('shall', '務，[應]遵守', '^[公路汽車客運業及市區汽車客運業]', '', '', ''),
    ],
    68: [
        ('shall_not', '時，[不得]強行', '監視員', '', '', ''),
        ('may', '者，[得]予解聘', '', '', '專責機關或其所屬轄區分局',
         'hard: after ； but the dismisser is not 監視員 (he is dismissed); 專責機關 in the clause is inside the condition; appointing agency from 第1項 -> carried'),
    ],
    69: [
        ('may', '兵，[得]參加', '退除役官兵', '符合國軍退除役官兵輔導條例第二條規定資格之退除役官兵', '', ''),
    ],
    70: [
        ('shall', '均[應]於', '^[退休人員或遺族]', '', '', '均 adverb left out'),
        ('shall_not', '，[不得]以任何', '^[退休人員或遺族]', '', '', 'same sentence -> same bearer'),
    ],
    71: [
        ('exception', '[不在此限]', '', '', '', 'item body is a listed prohibited act (lead-in 不得有下列行為); only the exception has a cue here'),
    ],
    72: [
        ('shall', '）[應]被', '', '', '', 'things (線路) as subject, no bearer'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    73: [
        ('shall', '書[應]載明', '', '', '證券投資信託事業、證券投資顧問事業或證券商之總機構或分支機構',
         'thing (申請書); applicant named in 第1項 -> carried'),
    ],
    74: [
        ('may', '服，[得]於', '', '', '再復核申請人', 'first sentence has no subject; 再復核申請人 written later in this provision -> carried'),
        ('shall', '人[應]於', '再復核申請人', '', '', '但… clause without 不在此限: plain shall'),
    ],
    75: [
        ('may', '時，[得]依', '被害人', '', '', '賠償義務機關 is not 負…義務'),
    ],
    76: [
        ('may', '式，[得]以橫排', '', '', '', 'topic 排列方式'),
    ],
    77: [
        ('shall', '員[應]具', '助理研究員', '', '', 'qualification duty; subject is the post-holder'),
    ],
    78: [
        ('shall', '人[應]於', '社福法人', '', '', ''),
        ('may', '關[得]定期', '主管機關', '', '', ''),
    ],
    79: [],  # hard: 廠商得提出替代方案之…項目 = the items for which bidders may propose alternatives (attributive inside a noun phrase listed as tender-document content)
    80: [],  # 應自行負擔之費用: attributive; 由輔導會補助 no cue
    81: [
        ('shall', '表[應]親自', '前項會員代表', '', '', 'reference 前項 without 之 stays in bearer'),
    ],
    82: [
        ('shall_not', '內[不得]重新', '', '', '',
         'the former holder is not written (運轉人員證書…者 is a circumstance about the certificate)'),
    ],
    83: [
        ('shall', '輛[應]經', '', '', '', 'things (機車、車輛), no bearer'),
        ('may', '後，[始得]營運', '', '', '', 'second operator (始得)'),
    ],
    84: [
        ('shall', '，[應]檢具', '', '', '教師', 'the leave types are a condition; 教師 from the paragraph before'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    85: [
        ('may', '後，[得]逕依', '金融機構', '', '', ''),
    ],
    86: [
        ('shall', '，[應]保守', '^[調解委員、執行秘書、工作人員、經通知到場說明之相關人士及專家、學者]', '', '',
         'coordinated list kept whole'),
    ],
    87: [
        ('shall', '，[應]在', '各機關', '', '', 'hard: 應在…後始得為之 read as two operators (應 + 始得)'),
        ('may', '後[始得]為之', '各機關', '', '', ''),
    ],
    88: [
        ('may', '，[得]依法', '', '', '',
         'hard: 准予保留 is not a listed cue, left unlabelled; who expropriates is not written'),
    ],
    89: [
        ('shall', '，[應]符合', '生物資料庫', '以公益為目的或政府捐補助設置之生物資料庫', '', ''),
    ],
    90: [
        ('shall', '計[應]自', '', '', '', 'method rule, topic 開發年數之估計'),
    ],
    91: [
        ('shall', '，[應]由', '土地所有權人', '', '', 'agent after 由'),
    ],
    92: [
        ('may', '：[得]用於', '', '', '', 'technique (thing) as topic'),
    ],
    93: [
        ('shall', '員[應]具備', '聘用人員', '', '', ''),
    ],
    94: [
        ('may', '滿[得]續聘', '', '', '', 'who reappoints not written'),
    ],
    95: [],  # 取得 false friend; 仍適用原規定 is not 不適用
    96: [
        ('shall', '、[應]以', '', '', '',
         'lead-in subject is a vehicle (thing) inside a 時-condition; operator not written'),
    ],
    97: [
        ('shall', '位[應]建立', '執行單位', '', '', '並指定 is under the same 應'),
    ],
    98: [
        ('may', '時，[得]委託', '政府', '', '', 'hard: 政府 precedes the 計畫…時 clause and is the subject (like 29)'),
    ],
    99: [
        ('shall', '），[應]於', '一、[經核定為修繕住宅貸款利息補貼者]', '', '',
         'agent …者 phrase without head noun kept whole'),
        ('shall_not', '且[不得]分次', '一、[經核定為修繕住宅貸款利息補貼者]', '', '',
         'hard: 且不得 in the same sentence -> same written bearer by convention (disbursement involves the bank too)'),
    ],
    100: [
        ('shall', '時，[應]對', '執行人員', '', '', '義務人 is not a cue'),
        ('may', '時[得]命', '執行人員', '', '', 'after ； same sentence -> same bearer'),
    ],
    101: [],  # 應用: false friend
    102: [
        ('exception', '，[不適用]第七十一條', '', '', '', ''),
        ('shall', '稅[應]由扣繳義務人', '扣繳義務人', '', '', '其應納所得稅: false friend; agent after 由'),
        ('shall', '境者，[應]離境前', '', '', '非中華民國境內居住之個人，及在中華民國境內無固定營業場所及營業代理人之營利事業',
         'hard: 如有…離境者 is a condition; the taxpayers are the sentence topic at its start, separated by a clause with another bearer -> carried'),
        ('shall', '境者，[應]於', '', '', '非中華民國境內居住之個人，及在中華民國境內無固定營業場所及營業代理人之營利事業',
         'as the previous statement'),
    ],
    103: [
        ('may', '，[得]依查得', '稅捐稽徵機關', '', '', '應納稅額 / 查得 false friends; 納稅義務 is not 負…義務'),
    ],
    104: [
        ('shall', '少[應]清查', '鄉 (鎮、市、區) 公所', '', '', ''),
        ('may', '公所[得]隨時', '鄉 (鎮、市、區) 公所', '', '', ''),
    ],
    105: [
        ('shall', '業[應]依', '電信事業', '', '', '應變 false friend'),
        ('shall', '錄[應]至少', '', '', '電信事業', 'thing (該紀錄) as subject; keeper named earlier in the provision -> carried'),
    ],
    106: [],  # 應收裁罰金額: false friend
    107: [
        ('may', '部[得]廢止', '本部', '', '', '取得 false friend'),
    ],
    108: [],  # 應處罰鍰案件: attributive; 免予 false friend
    109: [],  # 可取得: false friend
    110: [
        ('may', '工業主管機關[得]依', '工業主管機關', '各該開發工業區之工業主管機關', '', '得標 / 次得標人 false friends'),
        ('shall', '次得標人[應]於', '次得標人', '', '',
         'hard: 應 inside the content of the notice, but it is the operative duty of the 次得標人 (sanctioned by 視為廢標)'),
        ('may', '工業主管機關[得]重行', '工業主管機關', '各該開發工業區之工業主管機關', '', ''),
    ],
    111: [],  # definition; 反應 false friend
    112: [
        ('exception', '，[除]對', '', '', '',
         'hard: 除…外 carves round 10 out of the 不得; the 得 inside 除…外 is not labelled (cues inside 除…外 restate)'),
        ('shall_not', '外，[不得]就', '暫時得標者', '每回合所決暫時得標者', '', '得標 in 暫時得標者 is a false friend'),
    ],
    113: [
        ('shall', '數[應]用大寫', '', '', '', '應 + 用 (shall use), not the false friend 應用; topic 憑證之總數'),
        ('exception', '[不在此限]', '', '', '', ''),
        ('shall_not', '數[不得]塗改', '', '', '', ''),
        ('shall', '者[應]由', '負責人', '', '', 'agent after 由'),
    ],
    114: [
        ('shall', '者，[應]另備', '二、[於核准免徵營利事業所得稅後始行申請者]', '', '',
         'hard: read as an agent …者 phrase (those who apply after approval), kept whole as bearer (no head noun); could be a timing condition with 生產事業 of the lead-in carried; 所得稅 false friend'),
    ],
    115: [],  # 供應: false friend
    116: [
        ('shall', '商[應]依據', '證券商', '', '', ''),
        ('shall', '商[應]定期', '。[證券商]應定期', '', '', ''),
        ('shall', '時，[應]取得', '。[證券商]應定期', '', '',
         'same sentence -> same written bearer (not the 證券商 inside 該證券商之…); 高資產客戶應符合之財力標準 attributive'),
    ],
    117: [],  # 所得稅, 所得: false friends
    118: [
        ('exception', '舶[除]遊艇', '', '', '', '除遊艇及小船外 carves out of the 應依 of the same sentence'),
        ('shall', '運[應]依', '', '', '', 'topic 危險品之裝卸及載運'),
        ('shall', '，[應]符合國際', '', '', '', 'topic list of matters; 緊急應變 false friend'),
    ],
    119: [
        ('shall', '）[應]編列', '各機關（構）', '', '', '支應 false friend'),
    ],
    120: [],  # 適用修正施行後之規定: no cue; 所得稅 false friend
}
