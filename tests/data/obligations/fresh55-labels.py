# fresh55: seed 4330001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 43) midway, after the session's first obligations rules (ICU's dictionary words, brackets, 將), by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o55: reader a, provisions 1-60 of the sample seed 4330001 (numbered 1-60 here), from /work/eval/s43/o55/a/to_label-a.tsv,
# labelled 2026-12-06 (session 43, midway).
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
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 are two statements;
#   after ； or in a new sentence (also 。但…得) a clause without a subject gets bearer '' and `carried` from the
#   clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; determiners (所有, 前項) and restrictive / genitive 之- / 所屬-modifiers go to
#   bearer_full; the subject of a …時/…後 clause is the bearer when the main clause has none; the agent after 得由
#   is the bearer; a regulated place that acts (保稅倉庫 進儲) is an actor.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外，並應 is additive and its inner cue is not labelled; 除…外 whose main clause has no cue is not labelled;
#   但…得 without 不在此限 is a may; penalty 得併科 is a may without bearer (court not named).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應自行負擔之費用, 應記載事項, 應通知之…名單, 應繳納之費用,
#   應受通報之對象, 應進行測試之控制作業, 應提出之文件), cues inside …者 conditions (應經本院核准，始得出國者),
#   亦適用 / 亦同 / 仍有適用, 予以, 由…為之; false friends 所得, 取得, 領得, 獲得, 應付款, 應變, 可.
# New conventions decided here:
# - a copular qualification / composition requirement whose subject is a person noun (抵押權人應為金融機構,
#   合議庭之法官應至少一人與…為同審判系統, 陪席法官應…以…法官充之) is a shall with bearer '': the person is only
#   described (or is the patient of 充之), not an actor; carried '' when no actor is clearly named.
# - 得不受…限制 is a may (cue 得), although bare 不受…限制 is not labelled.
# - a list item of a trigger list (學生有下列情形之一者，予以記大過) that writes its own consequence with an operator
#   (…得減輕之) is labelled; a list item that is a term of an 附款 (違反下列各款規定之一者…廢止其許可：一、進港後不得
#   超過十日) and writes its own operator is labelled.
# o55: reader b, provisions 61-120 of the sample seed 4330001 (numbered 1-60 here), from /work/eval/s43/o55/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 43, midway).
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
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 are two statements;
#   after ； or in a new sentence a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners and
#   restrictive / genitive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept in the bearer);
#   short fixed modifiers without 之 stay in the bearer (有戶籍國民, 本考試及格人員, 各辦理軍儲業務單位); the subject
#   of a …時/…後 clause or of a framing clause is the bearer when the main clause has none; the agent after 得由 is
#   the bearer; a regulated place / vessel that acts is an actor.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外 whose main clause has no cue is not labelled; 但…得 / 但…不得 without 不在此限 are a may / a shall_not;
#   始得 is a may; 得不 (得不召開) is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 inside NPs (應補付、另付之資費, 應辦理之事項, 歲入預算應編數額, 應納…稅額),
#   cues inside …者 conditions and inside 除…外 (得為繼承之原住民), 可 / 即可 / 宜 (not guide cues), 亦同,
#   由…任用之; false friends 應用, 應變, 反應(器), 供應, 所得, 取得, 爭得, 得以 (= managed to), 須知,
#   應考試 / 應普通考試 / 應考資格 (應 = sit for).
# New conventions decided here:
# - 應以…為限 (with a cue) is a shall at 應 (only 以…為限 without a cue is unlabelled).
# - a case-sorting …者 clause after a topic that names the person (華僑…，但…畢業者，得應…; 其在加工出口區者，應…)
#   is a condition: bearer '' and carried from the named person.
# - an account used for its holder (劃撥儲金帳戶匯款與他人，應填…) is read as the acting holder: bearer kept.
LABELS = {
    1: [('shall', '抵押權人[應]為', '', '', '', 'copular qualification: 抵押權人 only described, not acting; lead-in subject 申請案 (thing)'), ('shall', '債務人[應]為', '', '', '', 'copular qualification: 債務人 only described')],
    2: [('shall_not', '[不得]利用', '律師', '', '', '')],
    3: [('shall', '至少[應]包括', '', '', '期貨商', 'thing subject 綜合損益表; 並於附註中揭露 under the same 應; actor 期貨商 named in the paragraph before')],
    4: [],
    5: [('shall', '機關[應]依', '主管機關', '', '', '')],
    6: [('shall', '者，[應]附', '', '', '申請人', 'first 應 is attributive (應自行負擔之費用) inside the condition; actor from lead-in 申請人應填具…並檢附下列文件')],
    7: [('shall_not', '[不得]接見', '', '', '', '辦公室內 is a locative; staff not named; one-paragraph article')],
    8: [('shall', '[應]即向', '申請人', '', '', 'subject of the …時 clause; 應即 one cue'), ('may', '機關[得]以', '監理機關', '', '', '')],
    9: [('shall', '，[應]採行', '', '', '', 'lead-in subject is a thing (確認客戶身分措施及持續審查機制); actor (本事業) not named in lead-in')],
    10: [('shall', '機關[應]定期', '主管機關', '', '', ''), ('may', '，[得]適時', '', '', '主管機關', '。但…時，得 without 不在此限: a may; new sentence without subject')],
    11: [('shall', '寬度[應]在', '', '', '', 'thing subject (堤頂寬度); no actor in lead-in')],
    12: [('shall', '機關[應]依', '各主管機關', '', '', '')],
    13: [],
    14: [('may', '）[得]減輕', '', '', '', 'own consequence clause in an item of a trigger list (學（員）生有下列情形之一者，予以記大過); the school (punisher) is not named; 加重懲處 has no cue')],
    15: [('may', '，[得]視必要', '', '', '', 'purpose clause without subject; supervisors named only in the list items below, not in a lead-in')],
    16: [('shall', '經營者[應]於', '經營者', '', '', '')],
    17: [],
    18: [('shall', '邊緣[應]齊平', '', '', '', 'thing subject; lead-in 昇降機道之構造應依下列規定 names no actor')],
    19: [('exception', '，[除]在其他', '', '', '', '除在其他頻道通信外 carves an exception out of 應隨時守聽 of the same sentence'), ('shall', '，[應]隨時', '船舶及海岸電臺', '所有船舶及海岸電臺', '', 'duty sentence at the end of a definition item; N[condition]者 keeps N; 所有 to bearer_full')],
    20: [('shall_not', '期貨經紀商[不得]購置', '期貨經紀商', '', '', ''), ('shall_not', '，[不得]超過', '', '', '期貨經紀商', 'after ；, thing subject (固定資產總額) with possessor 其 = 期貨經紀商')],
    21: [('shall', '公司[應]就', '金融控股公司', '', '', '並評估風險事項 under the same 應; 應記載事項 attributive')],
    22: [],
    23: [('shall', '業者，[應]設', '動物用藥品製造業者', '', '', 'one 應 governing 設登記簿，詳細記載…，並於…填具報告表，報…備查'), ('shall', '機關[應]每年', '直轄市或縣 (市) 農業主管機關', '', '', '')],
    24: [('may', '本會[得]對於', '本會', '', '', '予以 not a cue')],
    25: [('may', '，[得]將', '行政執行處', '法務部行政執行署所屬行政執行處', '', '所屬-modifier to bearer_full')],
    26: [],
    27: [('shall', '時，[應]採取', '', '', '非公務機關', 'list item writes its own 應; actor from the lead-in 非公務機關…應採取下列資料安全管理措施')],
    28: [],
    29: [('may', '[得]併科', '', '', '', 'penalty 得併科, court not named')],
    30: [('shall_not', '[不得]逾', '', '', '本會', 'topic subject (顧問 number); the appointing body 本會 in the paragraph before')],
    31: [],
    32: [('shall_not', '[不得]進儲', '保稅倉庫', '', '', 'regulated place that acts (進儲) taken as actor')],
    33: [('shall', '室內[應]為', '', '', '', '乘客艙室內 is a locative; lead-in (動力載客小船…依下列規定) names no actor')],
    34: [('shall', '者，[應]補強', '', '', '', 'animals are patients; the one who vaccinates is not named (paragraph before: animals as subject)')],
    35: [('may', '[得]依規定', '', '', '本會', '。但…得 without 不在此限: a may; the 者 (members) are beneficiaries; payer = 本會, possessor in topic NP 本會委員')],
    36: [('shall', '政府[應]依', '政府', '', '', '')],
    37: [('shall', '，[應]先', '', '', '', 'topic subject (價額估定); 再核算 under the same 應; tax authority not named')],
    38: [('may', '[得]連任', '', '', '管理委員及主任委員', '連選得連任: topic 任期, possessor 管理委員及主任委員 carried; 由…推選 has no cue')],
    39: [('shall', '法官[應]至少', '', '', '', 'composition requirement (copula 為同審判系統): judges only described; no actor named'), ('shall', '陪席法官[應]全部', '', '', '', 'after ；, 陪席法官 are filled (以…充之): patient; no actor named')],
    40: [('shall', '[應]載明', '', '', '', 'thing subject (切結書或申請書); the documents are issued by physician / hospital (para 1), not clearly one actor; paragraph before names none')],
    41: [('shall', '時，[應]自', '承裝業', '', '', 'subject of the …時 clause; 亦同 not labelled')],
    42: [('shall', '後，[應]作成', '法院', '', '', 'second 應 (應通知之…名單) attributive')],
    43: [('shall', '，[應]繳驗', '', '', '', 'framing clause 申請認可… without subject; applicant not named; first paragraph')],
    44: [('shall_not', '[不得]超過', '', '', '非我國籍漁船', 'term of an 附款 (主管機關許可時得以附款載明違反下列各款規定之一者…廢止其許可); item writes its own 不得; vessel from lead-in')],
    45: [('may', '，[得]一面', '', '', '', 'the distributing unit is not named; lead-in 服裝籌妥後，即按下列規定予以分配 names no actor')],
    46: [],
    47: [('shall', '，[應]存放', '', '', '信用合作社', 'thing subject 餘裕資金, possessor 信用合作社; 由…融通 has no cue')],
    48: [('shall', '機關[應]協助', '直轄市、縣（市）主管機關', '', '', '老人 is the beneficiary')],
    49: [('shall', '[應]於初次', '', '', '', 'no subject; the paragraph right before (當電腦軟體…時，應確認…) names no actor either; 製造業者 only in paras 1, 2, 4')],
    50: [('shall', '使用人[應]訂定', '航空器使用人', '', '', '可 / 獲得 not cues')],
    51: [('may', '必要時[得]會商', '主管機關', '', '', '理事、監事 are patients (解除其職務)')],
    52: [('may', '，[得]使用', '', '', '', 'thing subject (products); user (operator) not named; paragraph before names none')],
    53: [('may', '，[得]由考試院', '考試院', '', '', 'agent after 得由')],
    54: [('shall', '，[應]於', '在大陸地區從事投資者', '依第六條第一項但書規定在大陸地區從事投資者', '', 'headless agentive …者 phrase; the 依…規定 modifier goes to bearer_full')],
    55: [],
    56: [('may', '系統[得]以', '事業或污水下水道系統', '', '', '')],
    57: [('shall', '並[應]建立', '醫院', '', '', '除…外，並應 additive; 應具備 inside 除…外 not labelled; 應變 false friend')],
    58: [],
    59: [('shall', '後，[應]通知', '中央主管機關', '', '', ''), ('shall', '者，[應]予退件', '', '', '中央主管機關', 'after ；, the 申請人…者 is a condition / patient of 退件; actor from the clause before')],
    60: [('may', '[得]不受', '', '', '', '得不受…限制 taken as a may; the 經…核定者 (approved cases) are patients; no actor carried')],
    61: [('may', '[得]視', '各單位', '', '', '')],
    62: [('shall', '機關[應]於不合格', '檢驗機關', '', '', ''), ('may', '後，[得]暫免', '報驗義務人', '', '', '但…得 without 不在此限 = may; bearer is the subject of the …後 clause (報驗義務人切結並經核准後) as the main clause has none; semantically the 檢驗機關 refrains from cancelling -- hard')],
    63: [('shall', '者，[應]將', '各辦理軍儲業務單位', '', '', 'fixed modifier without 之 kept in bearer')],
    64: [('shall', '[應]遵守', '高風險漁船', '', '', 'the regulated vessel is treated as an actor (as 屠宰場); its 經營者 is named only as the one notified -- hard')],
    65: [('shall', '事項，[應]依各該相關', '', '', '休閒農業區或休閒農場', 'thing subject 其限制開發利用事項; possessor/topic 休閒農業區或休閒農場 carried'), ('shall', '[應]依各該法令', '', '', '休閒農業區或休閒農場', 'new sentence with topic 開發利用…事項; 法令應辦理之事項 is attributive, not labelled')],
    66: [('shall', '[應]即適用', '', '', '證券商', 'thing subject 超額利息; 證券商 is the agent inside the topic NP -> carried')],
    67: [('shall', '[應]按', '', '', '', 'thing subject 登記簿; 並於頁首附索引表 is the same statement; no actor named')],
    68: [('shall', '[應]指派', '各地檢署', '', '', '並將…陳報 is the same statement')],
    69: [('may', '[得]通知', '本部', '', '', '')],
    70: [('shall', '[應]填匯款單', '劃撥儲金帳戶', '', '', 'the account stands for its holder (劃撥儲金帳戶本人 later), subject of 匯款 -- hard: could be read as a thing'), ('shall', '受款人[應]照', '受款人', '', '', '')],
    71: [('shall', '[應]有適當', '', '', '雇主', 'thing subject 支架; lead-in 雇主…應依下列規定')],
    72: [('shall', '[應]函送', '', '', '各機關', 'the topic is the standards/rules (標準、…規定及…準用規定); 各機關 is the agent inside the topic NP -> carried')],
    73: [('shall', '[應]於一定', '植物診療師', '', '', '')],
    74: [('may', '[得]聘僱', '', '', '雇主', 'topic is the hired foreigner (patient); the employer 前條第三款雇主 is named inside the topic NP -> carried'), ('shall_not', '[不得]超過', '', '', '雇主', '但…不得 without 不在此限 = shall_not; the subject is the number of workers')],
    75: [],
    76: [('shall', '[應]以處理', '', '', '專科學校學生會', '應以…為限 with cue 應; thing subject 會費, collected by 專科學校學生會 (agent inside the topic NP)')],
    77: [('shall', '[應]於科技', '執行單位', '', '', '')],
    78: [('may', '，[得]續租', '', '', '', "thing subject 租約; the paragraph before names both 國防部 and 承租人, not clearly which renews -> carried ''"), ('shall_not', '即[不得]再', '', '', '', 'as the may before')],
    79: [],
    80: [],
    81: [('shall', '[應]即綜合', '主計處', '', '', '歲入預算應編數額 is attributive, not labelled'), ('shall', '並[應]轉知', '中央各主管機關', '', '', '')],
    82: [('shall', '[應]於歲修', '', '', '', "topic 關於漁船之歲修; the actor (海洋漁業開發處) is named only in the law's title -> carried ''")],
    83: [('shall', '登記[應]向貿易局', '', '', '出進口廠商', 'topic 出進口廠商登記 (thing); the firm is inside the topic NP -> carried'), ('shall', '者，[應]向該區管理處', '', '', '出進口廠商', '其在加工出口區者 only sorts the cases: condition'), ('shall', '者，[應]向該區管理局', '', '', '出進口廠商', '其在科學園區者 only sorts the cases: condition')],
    84: [],
    85: [('shall', '[應]檢具', '興辦工業人', '', '', '並敘明…，申請… is the same statement')],
    86: [('shall', '，[應]依相關', '勞保局', '', '', ''), ('may', '勞保局[得]依', '勞保局', '', '', '但…得 without 不在此限 = may')],
    87: [('shall', '[應]即將', '法院', '', '', '')],
    88: [('shall', '[應]自公告', '財政部', '', '', 'one 應 governing 完成…並將…通知…並公告之')],
    89: [('may', '[得]不召開', '', '', '書審會', '得不 = may (need not); after ； no subject -> carried'), ('may', '[得]加開', '', '', '書審會', '')],
    90: [('shall', '[應]檢附', '申請政府資訊供學術研究或公益用途者', '', '', 'headless agentive …者 kept whole; 除…外 carves out of 減半徵收 (no cue): not labelled')],
    91: [('shall', '[應]依下列', '專營電子支付機構', '', '', '')],
    92: [('may', '時[得]設副經理', '本社', '', '', 'parenthetical may inside 本社設經理'), ('may', '理事[得]兼任', '理事', '', '', '')],
    93: [('shall', '[應]依其聲請', '法院', '', '', ''), ('exception', '，[除]有正當事由外', '', '', '', '除…外 carving out of the 應 of the same sentence')],
    94: [('shall', '[應]檢視', '', '', '銀樓業', 'lead-in 銀樓業確認客戶身分，應…並採取下列方式；並保存… is the same statement')],
    95: [('shall', '[應]備', '有戶籍國民', '', '', '')],
    96: [('shall_not', '[不得]擔任', '公會工作人員', '', '', ''), ('exception', '，[除]負責', '', '', '', '')],
    97: [('may', '[得]由需用機關', '需用機關', '', '', 'agent after 得由')],
    98: [('may', '[得]命', '中央主管機關', '', '', '')],
    99: [],
    100: [('may', '並[得]視', '本局', '', '', '並得…設辦事處或聯絡處，隸屬於分局 one statement; 置/調派 have no cue')],
    101: [('shall', '[應]於填發', '徵用機關', '', '', 'the main clause has no subject; 徵用機關 is the agent of the framing 由…者 clause -- hard (could be carried)')],
    102: [],
    103: [],
    104: [('shall_not', '[不得]轉讓', '^[原住民]', '', '', ''), ('exception', '，[除]繼承', '', '', '', '得為繼承之 inside 除…外 not labelled')],
    105: [('shall_not', '[不得]轉調', '本考試及格人員', '', '', '')],
    106: [],
    107: [],
    108: [],
    109: [],
    110: [('may', '[得]應普通', '', '', '華僑', 'the …畢業者 clause sorts the 華僑 of the topic: condition, carried 華僑; 應考試/應考資格/應普通考試 = sit for, not labelled -- hard'), ('may', '[得]應特種考試之丁等', '', '', '華僑', 'as the may before')],
    111: [('shall', '[應]考量', '檢察官、辯護人或被告', '', '', '應考量 = shall consider (not 應考); 宜 not a cue')],
    112: [('shall', '[應]於依前二條', '發行股票公司', '', '', '')],
    113: [('shall', '者，[應]訂定', '^[經營汽車加油站、加氣站、油庫及漁船加油站者]', '', '', 'headless agentive …者 kept whole; 並確實遵照施行 same statement; 應變計劃 false friend')],
    114: [('shall_not', '[不得]要求', '', '', '機關', 'thing subject 招標文件; the paragraph before (機關所擬定…之技術規格) names 機關'), ('exception', '[不在此限]', '', '', '', '')],
    115: [],
    116: [],
    117: [('may', '[始得]從事', '^[供應廠商及其依前項規定申報之經銷商]', '', '', 'coordination with a 之-modifier kept whole in bearer')],
    118: [('shall', '[應]依本法', '', '', '', 'topic 除役 (thing); no actor named in the article')],
    119: [],
    120: [('may', '設備部分[得]就', '^[網際網路業、製造業及技術服務業]', '', '', "屬設備部分 is a framing phrase, the framing clause's subject is the bearer; 應納…稅額 attributive -- hard"), ('may', '技術部分[得]就', '^[網際網路業、製造業及技術服務業]', '', '', 'as the may before')],
}
