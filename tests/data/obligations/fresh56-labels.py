# fresh56: seed 4450001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 44) at its start, before any change, by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o56: reader a, provisions 1-60 of the sample seed 4450001 (numbered 1-60 here), from /work/eval/s44/o56/a/to_label-a.tsv,
# numbered in file order; labelled 2026-12-06 (session 44).
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py,
# fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and `carried`
#   from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N (bearer_full left empty: a condition is not a restrictive modifier); determiners (其)
#   and restrictive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept in the bearer); the
#   subject of a …時 clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - a …者 phrase that only sorts the cases (股票已在證券交易所上市買賣者 under a topic 公告申報) is a condition:
#   bearer ''.
# - 但…不在此限 is an exception (also in a list item of disqualifying circumstances); 除…外 carving out of a
#   statement of the same sentence is an exception (cue 除); 但…應 without 不在此限 is a shall.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應加強辦理改善事項, 應領之補償地價, 應施檢驗輸入商品),
#   cues inside …者 / …時 conditions (申請…不予繼續使用…時; 委託人得為非專業投資人), 禁止 inside a relative clause
#   (經管理機關公告禁止…之行為) with a penalty stated as a fact, 酌予, 逕行, 亦同, 可 / 始可 (not a guide cue),
#   負…之責 governed by a preceding 應 (確實負審核之責); false friends 取得, 領得, 得否.
# New conventions decided here:
# - 應不易X (不易 = "not easily", an adjective in the required property) is a shall at 應, not a shall_not.
# - 須 in a list item of a definition that only states a qualifying condition of the defined thing (被排除帳戶:
#   （三）須向相關稅捐稽徵機關申報資訊) is not labelled (provision 34 left empty).
# - 得為X (may be X: who may serve as the 負責人) and 得不要求 (may be waived) are labelled may.
# - a manner phrase 由單人操作 (by one person alone) is not a named agent: bearer ''.
# - a place that only has a property (製造場所 應具備設備) is a thing, not an acting regulated place.
# o56: reader b, provisions 61-120 of the sample seed 4450001 (numbered 1-60 here), from /work/eval/s44/o56/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 44).
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py,
# fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 應…且不得 are two statements; 應…後，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept (determiner-like
#   依前項規定 / 前項 and restrictive / genitive 之-modifiers go to bearer_full); the subject of a …時/…後 clause or
#   of a topic / framing clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases (委託國內親友代為申請者),
#   is a condition: bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - 得免 / 得予免附 are a may (cue 得); 得準用 is a may (cue 得; 準用 alone is not labelled); 應予 is a shall (cue 應);
#   不予 is a shall_not.
# New conventions decided here:
# - 應由 where 由 means "from" (幹導線應由基本控制點…起) is a plain shall with a thing subject, no agent bearer.
# - 如…者 (conditional "if …") with no actor named gives bearer '' (郵政規則 151: 如改作特別處理函件交寄者，應…).
# - a cue inside a regulation's name written without 「」 (保險業負責人應具備資格條件準則) is not labelled.
# - a facility owned by a named user (高壓以上用戶之變電站應裝置避雷器) is a thing: bearer '', carried = the owner.
# - not labelled: attributive 應X之 / 應X事項 (其他應遵行事項, 應納稅額), 不應歸責 inside a noun phrase of a condition,
#   禁止 as a noun in a trigger list item (所為之限制、禁止或處理), 以…為限, 給予 / 予 alone, 僅 alone, 由…定之;
#   false friends 所得, 取得, 既得, 得標, 應用, 應變, 因應, 支應, 供應, 所負, 應考 (not in 應考慮).
LABELS = {
    1: [('shall', '時，[應]以書面', '考核會', '', '', ''), ('shall', '通知書[應]記載', '', '', '考核會', 'thing subject (通知書); the 考核會 named in this provision issues it; 得否 = whether, not a cue')],
    2: [],
    3: [('shall', '者，[應]增列', '', '', '', 'thing / condition subject (轉投資事業有市價者); lead-in 轉投資事業應記載 is a topic and 公司 appears only as a possessor, so no actor carried')],
    4: [('shall', '政府[應]整合', '直轄市、縣（市）政府', '', '', 'one 應 governing 整合…，規劃…')],
    5: [('shall', '者，[應]將', '觀光旅館業', '', '', 'N[condition]者 keeps N')],
    6: [('may', '者，[得]為臨時性', '', '', '', 'thing subject (the facilities may be temporary or permanent)'), ('may', '同型船[得]不要求', '', '', '', '得不要求 = may be waived for sister ships; the authority is not named')],
    7: [('may', '[得]合組', '', '', '省商業同業公會聯合會及直轄市商業同業公會', 'the …者 phrase is a condition (where three or more provinces have set up …); the associations named inside it are the ones who form the federation')],
    8: [('shall', '[應]在引水人', '長期引水人', '經當地航政主管機關核准僱用之長期引水人', '', '在強制引水區域之航行船舶 read as a topic / employer, not part of the bearer')],
    9: [],
    10: [('exception', '[不在此限]', '', '', '', 'disqualifying list item')],
    11: [('may', '[得]先以', '', '', '申請人', 'thing topic (礦質成分); the applicant named in the 但 clause substitutes the specimens'), ('shall', '主管機關[應]通知', '主管機關', '', '', '但…應 without 不在此限 is a shall')],
    12: [('shall', '[應]自變更', '', '', '', 'thing subject (標示事項); the 經營者 is not clearly named in the article lead-in or the paragraph before')],
    13: [('may', '[得]聽取', '法院', '', '', '')],
    14: [('shall', '輸入者[應]註明', '輸入者', '', '', '')],
    15: [('shall', '[應]備有', '', '', '', 'list item (of shipments needing multilateral approval) writes its own 應; no actor named')],
    16: [('exception', '[不在此限]', '', '', '', '')],
    17: [('shall', '[應]繳驗', '無障礙計程車駕駛人', '', '', '')],
    18: [('shall', '[須]提出', '', '', '', 'modal 須; thing subject (使用量); the applicant is not named')],
    19: [('may', '[得]召開', '本會', '', '', '以…為原則 carries no cue')],
    20: [('shall', '[應]儘速', '保險人', '受理強制險理賠申請之保險人', '', '')],
    21: [('may', '[得]陳述', '當事人、辯護人', '', '', '')],
    22: [('may', '[得]為經', '', '', '營利事業', '得為 = may be (the 負責人 of such a company may be a manager); 公司組織 is a topic; 營利事業 is the agent inside the lead-in topic 營利事業申請營業登記之負責人')],
    23: [('shall_not', '[不得]接受', '期貨經紀商', '', '', '非俟…後，不得')],
    24: [('shall', '[應]具備', '', '', '', '製造場所 is a physical area that has equipment (a thing), not an acting regulated place')],
    25: [('shall', '[應]依預算', '', '', '', 'topic subject (費用之收取); the collecting agency is not named')],
    26: [('shall', '主管機關[應]寬列', '主管機關', '', '', ''), ('shall', '每年[應]編列', '中央主管機關', '', '', '酌予補助 not labelled')],
    27: [('shall', '[應]載明', '', '', '仲介機構', 'thing subject (契約); the paragraph before obliges 仲介機構 to sign it with 經營公司')],
    28: [],
    29: [('shall', '[應]於本法', '中華民國律師公會全國聯合會', '', '', 'one 應 governing 確定並造具…，陳報…，並公告之')],
    30: [('shall', '[應]同時', '', '', '', 'topic subject (公告申報); the filing company is not named'), ('shall', '並[應]抄送臺灣', '', '', '', '股票已在證券交易所上市買賣者 sorts the cases (condition), not an actor NP'), ('shall', '並[應]抄送財團法人中華民國證櫃', '', '', '', 'as the statement before')],
    31: [('may', '[得]記載', '背書人', '', '', '')],
    32: [('shall', '[應]按薪點', '農會', '', '', ''), ('shall_not', '[不得]超過', '', '', '農會', 'thing subject (分配總額); 其 = the 農會 distributing')],
    33: [('shall', '[應]在安全', '', '', '勞工', 'lead-in 雇主…應規定勞工遵守下列事項: the workers comply; 由單人 is manner, not a named agent; 始可 not a cue')],
    34: [],
    35: [('shall', '[應]配合', '專營電子支付機構', '', '', 'list item writes its own operator')],
    36: [('exception', '[除]法令', '', '', '', '除…外 carves out of the 應 of the same sentence'), ('shall', '[應]依約定', '', '', '', 'topic subject (帳戶之終止); 信託業 is named only in later paragraphs; 委託人得為… is inside a condition, not labelled')],
    37: [('shall', '洗手台[應]以', '', '', '', 'thing subject'), ('shall', '構造[應]不易', '', '', '', '應不易藏污納垢 = shall be hard to soil (不易 an adjective), a shall not a shall_not; 且易於 governed by the same 應')],
    38: [('shall', '[應]自事實', '', '', '', 'topic subject (經理人之任免); the registering 商業 is not named')],
    39: [('may', '[得]延長', '', '', '', 'authority not named; 亦同 not labelled')],
    40: [('may', '[得]比照', '', '', '檢驗機構', 'thing subject (商品); in the paragraph before the 檢驗機構 samples and notifies customs; 應施檢驗 attributive')],
    41: [('shall', '出力[應]為', '', '', '', 'thing subject'), ('shall', '電動機時[應]加', '', '', '', 'thing subject'), ('shall', '內燃機時[應]加', '', '', '', 'thing subject'), ('shall', '出力[應]有', '', '', '', 'thing subject')],
    42: [('shall_not', '，[不予]辦理', '', '', '', 'the visa authority is not named')],
    43: [('may', '當事人[得]申請與', '檔案當事人', '', '', ''), ('may', '[得]申請之', '配偶或民法第一千一百三十八條各款所定繼承人', '其配偶或民法第一千一百三十八條各款所定繼承人', '', '其 to bearer_full')],
    44: [('shall_not', '[禁止]輸入', '', '', '', 'thing subject')],
    45: [('shall', '[應]確保', '本事業', '', '', '')],
    46: [('may', '[得]由', '經發郵局局長', '', '', 'agent after 得由')],
    47: [('shall', '營業人[應]具備', '營業人', '進口、銷售及購買免徵關稅商品之營業人', '', ''), ('shall', '海關[應]列為', '海關', '', '', 'after ；, own subject')],
    48: [('shall_not', '[不得]據以', '', '', '', 'thing subject (記帳憑證); the 漁會 is not named in the article')],
    49: [('shall', '[應]說明', '', '', '財團法人', 'carried from the article lead-in 財團法人應依下列規定 above the nested list')],
    50: [('shall', '[應]由', '用人機關', '', '', 'agent after 應由')],
    51: [('shall', '預算，[應]切實', '各營業基金主管機關', '', '', ''), ('shall', '投資計畫[應]就', '各營業基金主管機關', '', '', '確實負審核之責 governed by this 應, not a separate statement')],
    52: [('shall', '貿易署[應]就', '貿易署', '', '', ''), ('shall', '者，[應]建議', '貿易署', '', '', 'same sentence, shares the bearer'), ('shall', '[應]即公告', '經濟部', '', '', '')],
    53: [('shall', '[應]填具', '資格條件之[機構]（', '具有第二十三條資格條件之機構', '', 'subject of the …時 clause; one 應 governing 並檢附')],
    54: [('shall', '[應]即', '無人航空器所有人或申請人', '', '', 'subject of the …時 clause; 不予繼續使用 inside the condition, not labelled; 逕行 not a cue')],
    55: [('shall', '[應]由', '建築物起造人、所有權人或使用人', '', '', 'agent after 應由')],
    56: [('shall', '[應]於本法', '政府、政黨、其捐助成立之財團法人及其受託人', '', '', 'N[condition]者 keeps N; 之-modifier inside the coordination kept')],
    57: [('shall', '[應]每季', '', '', '', 'thing subject; 公私場所 appears only in a later item of the article'), ('shall', '位置[應]於', '', '', '', 'thing subject')],
    58: [('shall', '[應]確定', '', '', '發行機構', 'possessor inside the article lead-in topic (前條發行機構端末設備…之安全設計)'), ('shall', '並[應]將', '', '', '發行機構', 'same chain as the first 應'), ('shall', '[應]隨時', '', '', '合作廠商', 'the notifier of 發行機構 cannot be the issuer; read as the 合作廠商 named in this provision')],
    59: [('may', '[得]就', '土地所有權人', '', '', 'subject of the …時 clause; 應領 attributive'), ('shall', '並[應]於', '', '', '土地所有權人', 'after ；, a condition on the land; 其 = 土地所有權人')],
    60: [('may', '[得]依', '專利專責機關', '', '', '')],
    61: [('shall', '事項，[應]符合', '', '', '非營利幼兒園', 'thing subject (會計制度之建立…事項); actor 非營利幼兒園 from 第二項 (referred to) and the paragraph before; 應遵行事項 attributive, not labelled')],
    62: [('shall', '[應]填具', '發起人', '', '', 'one statement: 應 governs 填具…並檢具…向主管機關申請')],
    63: [('may', '[得]向', '園區事業', '', '', 'N[condition]者 keeps N')],
    64: [('shall_not', '[不予]退還', '', '', '', 'topic 已繳之互助費; 互助人 only beneficiary; refunding body not named in the article')],
    65: [('shall', '[應]負責', '雇主', '', '', '')],
    66: [],
    67: [('shall', '[應]檢具', '區內事業', '', '', 'N[condition]者 keeps N; one statement (檢具…向海關結案)')],
    68: [('may', '[得]分科', '各組', '', '', ''), ('shall', '人員[應]就', '', '', '本會', 'hard: 佐理人員 is the patient (撥充之); the staffing actor is 本會, named in the provision')],
    69: [('shall', '採購，[應]依', '^[機關（構）]', '', '', ''), ('shall', '並[應]載明', '^[機關（構）]', '', '', '應…並應: two statements, same bearer')],
    70: [('shall', '者，[應]按', '', '', '', 'hard: 如改作特別處理函件交寄者 is a conditional (如…者); the sender is not named')],
    71: [('shall', '）[應]會同', '^[行政院主計總處]', '', '', 'one statement: 應 governs 會同…擬訂, 函請, 綜理彙辦, 簽報')],
    72: [('shall', '：[應]考慮', '', '', '各國營事業機關', 'subject 研究發展計畫 is a heading/topic; lead-in 各國營事業機關擬編…時，應注意下述各點; 應考慮 is not 應考; second sentence (均列入…並編列預算) has no cue')],
    73: [('shall', '耦合器[應]分', '', '', '', 'thing subject; lead-in 電動車耦合器規定如下 names no actor'), ('exception', '[不在此限]', '', '', '', '')],
    74: [],
    75: [('may', '[得]向人體', '試驗主持人、試驗委託者或主管機關', '', '', ''), ('shall_not', '[不得]拒絕', '人體試驗委員會', '', '', 'own subject')],
    76: [('shall', '前，[應]先經', '', '', '', 'topic 建築物及各種設施之新建…; the builder is not named'), ('may', '[得]通知', '主管機關', '', '', 'after ；, own subject')],
    77: [('shall', '方法，[應]符合', '', '', '', 'thing subject 空氣品質監測方法; no actor named in the article'), ('shall', '者，[應]以', '', '', '', 'hard: 中央主管機關 is only the subject of the condition (已公告或認可…者), not the actor of 以自動檢測方法為之')],
    78: [('shall', '保險人[應]以', '保險人', '', '', ''), ('shall', '投保單位[應]於', '投保單位', '', '', 'after ；, own subject')],
    79: [('may', '[得]依', '', '', '檢查機構', 'lead-in: 檢查機構依下列規定辦理')],
    80: [('shall', '包裝，[應]於', '', '', '化粧品製造業者', 'topic 前項包裝; actor named in the paragraph right before')],
    81: [('may', '論文[得]以', '', '', '學生', 'thing subject 其學生碩士論文; possessor 學生 inside the topic NP is the actor; 應用科技類 false friend; 由各校…實施 has no cue')],
    82: [('may', '[得]免', '', '', '事業或污水下水道系統', 'hard: subject is a …者 condition on 申報之水質、水量 (thing); agent 事業或污水下水道系統 inside the topic NP carried')],
    83: [('shall', '[應]依工作', '雇主', '', '', '')],
    84: [('shall', '者，[應]提出', '', '', '遺族', '委託國內親友代為申請者 only sorts the cases of the lead-in (其僑居國外之遺族…申請遺屬一次金或遺屬年金): condition, carried from the lead-in')],
    85: [('shall', '[應]裝置', '', '', '高壓以上用戶', 'hard: 變電站 is a facility (thing); its owner 高壓以上用戶 inside the subject NP carried; alternative reading bearer 變電站')],
    86: [('may', '[得]予免附', '', '', '候選人', 'thing subject 候選人學歷 (and the documents); possessor 候選人 is who may omit them')],
    87: [('shall', '[應]舉行', '', '', '', 'topic 原民運之舉辦; organiser not named in the article')],
    88: [('shall', '導線[應]由', '', '', '', 'thing subject 幹導線; 由 = from (starting point), not an agent; lead-in names no actor')],
    89: [],
    90: [('shall', '新股[應]揭露', '', '', '', 'thing subject 限制員工權利新股; lead-in 限制員工權利新股辦理情形應記載下列事項 names no actor (the company only as possessor in an item of the other paragraph); 既得 false friend')],
    91: [('shall', '機構[應]依', '臺灣地區金融機構', '', '', 'subject of the main clause; 第三地區法人… only in the 時 condition')],
    92: [('may', '時[得]召開', '^[本會]', '', '', '均由召集人召集之 / 由召集人指定委員一人代理 have no cue')],
    93: [('shall', '機關[應]廢止', '地方主管機關', '', '', '')],
    94: [('may', '[得]附設', '海外臺灣學校', '', '', ''), ('may', '[得]準用', '', '', '海外臺灣學校', 'hard: 得準用 (cue 得) with a thing subject 其設立標準…等事項; the school running the kindergarten carried')],
    95: [('shall_not', '[不得]有', '', '', '承辦配送業務單位', 'lead-in 承辦配送業務單位…應…遵守左列各事項; 確實保管 is governed by the lead-in 應, not a cue of its own')],
    96: [('shall', '單位[應]置', '內部稽核單位', '', '', ''), ('shall', '資格[應]符合', '', '', '總稽核', 'thing subject 其資格, possessor 其 = 總稽核; 保險業負責人應具備資格條件準則 is a regulation name, not labelled'), ('shall', '職位[應]相當', '', '', '總稽核', 'thing subject 職位 (of the 總稽核)'), ('shall_not', '[不得]兼任', '', '', '總稽核', 'hard: clause without subject; the one barred is the 總稽核, not the written 內部稽核單位')],
    97: [('shall', '[應]向海關', '區內事業', '', '', 'one statement: 應 governs 洽訂 / 或由海關訂定 (embedded 由X) / 並辦理盤存')],
    98: [('shall', '[應]包含', '', '', '', 'thing subject 前二項名額; earlier paragraphs name only 各系、所、院、學位學程 as possessors of the quotas, no actor')],
    99: [('shall', '[應]於公告', '耕地承領人，及利害關係人', '', '', 'coordinated subject kept whole (with its comma); 認為…時 is a condition')],
    100: [('may', '[得]就', '直轄市、縣（市）主管機關', '', '', 'one statement: 得 governs 審查登錄…, 辦理公告, 並報…備查')],
    101: [],
    102: [('shall', '員，[應]受僱', '專業應變人員', '相關運作人登載通識級、操作級或技術級之專業應變人員', '', "hard: the personnel are the subject (受僱 passive but 常駐…執行業務 active); alternative reading bearer '' carried 相關運作人; 應變 false friend")],
    103: [],
    104: [('shall', '，[應]經檢測', '製造廠、代理商及進口人', '國內電動輔助自行車或微型電動二輪車之製造廠、代理商及進口人', '', 'framing topic (製造廠…，其製造或進口之…車) gives the bearer; one statement: 應 governs 經…檢測並出具…, 並向審驗機構申請…且取得…'), ('shall', '自行車[應]依第十一條', '', '', '製造廠、代理商及進口人', 'thing subject 電動輔助自行車; the makers / importers named in the provision affix the label'), ('may', '標章後，[始得]', '', '', '', '始得 with a thing subject (the bicycle may ride on roads); the rider is not named'), ('shall', '二輪車[應]向公路', '', '', '', 'hard: after ；, thing subject 微型電動二輪車; who registers (owner) is not named'), ('may', '牌照後，[始得]', '', '', '', '始得 with a thing subject')],
    105: [('may', '[得]免依', '取得修畢師資職前教育證明書者', '依前項規定取得修畢師資職前教育證明書者', '', 'headless agentive …者 phrase is the only subject; 依前項規定 to bearer_full; 並於…以前適用之 has no cue; 取得 false friend')],
    106: [('shall', '軍品，[應]以', '', '', '得標廠商', 'hard: thing topic (由得標廠商進口之軍品); agent inside the topic NP carried; alternative carried 軍事機關 (the tendering agency)'), ('shall', '並[應]註明', '', '', '得標廠商', 'thing subject 進口報單; the importer 得標廠商 fills it in; 得標 false friend')],
    107: [],
    108: [('shall_not', '[不得]對', '債權人', '其債權人', '', 'determiner 其 to bearer_full; 所負債務 / 所取得 false friends')],
    109: [],
    110: [],
    111: [('shall', '燈座[應]收容', '', '', '', 'thing subject; lead-in 第三類場所之照明燈具，依下列規定裝設 names no actor'), ('shall', '設計[應]使', '', '', '', 'own thing subject 封閉箱體之設計; 並防止 governed by the same 應')],
    112: [('shall', '[應]主動', '中央主管機關', '', '', 'one statement: 應 governs 協助…，並將…送立法院')],
    113: [('shall', '者，[應]分別', '生技醫藥公司', '', '', 'N[condition]者 keeps N; 所得 false friend')],
    114: [],
    115: [],
    116: [],
    117: [('may', '[得]派員', '中央主管機關', '', '', 'one statement: 得 governs 派員或委託…或會同…查核…, 並索取相關資料'), ('shall', '資料[應]予', '', '', '中央主管機關', 'thing subject 所得資料 (所得 = obtained, false friend); the authority that obtained the data carried')],
    118: [('shall', '內容[應]包括', '', '', '', 'thing subject 其內容; the notifying body (本法第十二條) is not named in the article; 因應 false friend')],
    119: [],
    120: [('shall', '[應]考慮', '^[主管機關]', '', '', 'one statement: 應 governs 考慮…，並會同…訂定; 應考慮 is not 應考')],
}
