# fresh54: seed 4210001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 43) at the start, before any change of the session, by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o54: reader a, provisions 1-60 of the sample seed 4210001 (numbered 1-60 here), from /work/eval/s43/o54/a/to_label-a.tsv,
# numbered in file order; labelled 2026-12-06 (session 43).
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
#   one 應/得 governing 並X / 且X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 are two statements; after ； or in a new sentence (also 。但…應) a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of a framing clause
#   whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names the actor,
#   else ''.
# - 'N[condition]者' keeps N (bearer_full '' for a mere condition); a headless agentive …者 phrase that is the only
#   subject is kept (an adverbial 依…規定 in front goes to bearer_full); determiners (該, 前項, 所屬) and restrictive
#   之-modifiers go to bearer_full; the subject of a …時 / framing clause is the bearer when the main clause has none.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外，仍應 that only adds is additive and its inner cue is not labelled; 但…得 / 但…應 / 但…不得 without
#   不在此限 are a may / a shall / a shall_not; 但…由X…之 / 免… without a cue is not labelled.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement (also a modal
#   須 in a qualifications list, 須為…); a modal 應 inside a parenthetical (（…應列明…）, (…應予註明)) is labelled.
# - 應負…責任: one statement, cue 應; 應予 is a shall at 應; 得免附 / 得不簽章 are a may.
# - new here: a list item of a 處分書應載明左列事項 list that is the text of a remedies notice (不服處分者，得…聲明異議)
#   is only the content of the document, not labelled (as 通知其得… in fresh51/53).
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應具備之資格及條件, 應先報主管機關核准之事項, 應行迴避之情形,
#   應記載事項), cues inside …者 NPs (得行…職權者) and inside 除…外 (禁止保留), a definition clause (…應回收者), 勿;
#   false friends 應用, 應變, 因應, 應 = sit for (應獸醫師…考試).
# o54: reader b, provisions 61-120 of the sample seed 4210001 (numbered 1-60 here), from /work/eval/s43/o54/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 43).
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
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient / pivot)
#   subject; one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / 不得…且不得
#   are two statements; 應…始得…並應 is three (shall, may, shall); after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the article
#   lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 前項之) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of a
#   framing clause is the bearer when the main clause has none (thing topic only); the agent after 應由/得由 is the
#   bearer; a regulated place that acts (屠宰場, 礦場) and a vessel (輪船) are actors.
# - 但…不在此限 is an exception; 除…外，仍應 is additive, not an exception; 但不包括 (no cue) is not labelled; 僅得 is a
#   may (cue 得).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 / 應X事項 / 不予X之 inside NPs (應負擔之成本, 應提委員會會議…事項, 調查得取得之
#   標的, 輸入不予管制之證明文件, 劃定禁止或限制之一定範圍), 由…定之 / 由…公告之, 以…為限, 不受…限制, 無須, 始 alone
#   (始外銷); false friends 所得, 取得, 得標, 應變, 因應, 支應, 應收退稅款, 應考人 / 應本考試 (= sit for).
# New conventions decided here:
# - a 所屬 modifier without 之 is kept in the bearer as part of the name (事業或再利用機構所屬產業公會, 事件管轄學校或
#   機關所屬人員, 直轄市及縣（市）政府所屬二級各機關).
# - a pivot object that carries out the next verbs (應指派委員…，依職權調查…，並應…作成調查報告，必要時得延長) is the
#   bearer of the later cues of that chain.
# - 應有百分之六十以上不得小於… : the embedded 不得 is labelled as its own shall_not besides the shall.
LABELS = {
    1: [('shall_not', '後懸[不得]', '', '', '', 'thing subject (後懸); lead-in subject is the fire engine, a thing'), ('shall_not', '部分[不得]', '', '', '', '但…不得 without 不在此限: a second shall_not')],
    2: [('may', '[得]認可', '標準專責機關', '', '', 'one 得 governs the three coordinated 認可 clauses')],
    3: [('exception', '，[除]細菌', '', '', '', '除…外 carves the bacteria/fungi testing out of the 須 statement'), ('shall', '[須]依', '', '', '公告場所所有人、管理人或使用人', 'thing subject (採樣點之位置); actor is the subject of the framing clause'), ('exception', '[不在此限]', '', '', '', '')],
    4: [('shall_not', '[不得]', '', '', '民用航空運輸業', 'thing subject (實收資本額); the …者 phrase only sorts cases; lead-in 民用航空運輸業實收資本額應符合下列規定')],
    5: [],
    6: [],
    7: [('shall_not', '[不得]', '', '', '', 'hard: 但…不得 on the interest rate (thing); the rate is fixed by the rule itself, not by the paying bank, so carried left empty')],
    8: [('shall', '仍[應]', '', '', '', 'hard: 除…外，仍應 read as additive (besides the plan content, still follow arts 3, 5-7); inner 應包含 inside 除…外 not labelled; topic is a thing, no actor named')],
    9: [('shall', '[應]', '匯款人', '', '', 'subject of the …時 clause; 並索取 under the same 應')],
    10: [('shall', '基金[應]', '各基金', '所屬各基金', '', 'hard: 所屬 treated as a determiner (bearer_full); funds are the budgeting units of the lead-in 各非營業基金'), ('shall', '亦[應]', '被投資事業', '該被投資事業', '', 'the 持股比例超過百分之五十者 clause is a condition')],
    11: [],
    12: [('exception', '，[除]授權', '', '', '', '除…外 carves out of the 應 statement'), ('shall', '[應]依', '', '', '各級主計機構', 'topic subject (員額編制之訂定、修正); possessor in the topic NP; 但…逕予登錄，免再層報 has no cue')],
    13: [('shall', '[應]', '', '', '', 'thing / place subject (再壓室內部及外部); employer not named in the article')],
    14: [('exception', '[除]', '', '', '', ''), ('shall', '[應]', '入出國及移民署人員', '', '', '勿 inside the content is not a separate cue')],
    15: [('may', '[得]', '', '', '', 'no subject')],
    16: [],
    17: [('shall', '[應]', '', '', '', '若為債券型基金者 is a condition; lead-in 基金投資應記載下列事項 names no actor')],
    18: [('may', '[得]', '最高軍事法院檢察署檢察長', '', '', '但…仍由…提起之 has no cue')],
    19: [('shall', '[應]', '', '', '', 'thing subject (船上設備); lead-in is 定期檢查, a thing')],
    20: [('shall', '[應]', '申請甄試審查人員', '', '', '及依下列申請資格檢附 under the same 應'), ('may', '[得]', '執業律師', '', '', 'parenthetical 得免附: N[condition]者 keeps N')],
    21: [('shall', '[應]', '省縣市政府及鄉鎮公所', '', '', '並列入 under the same 應')],
    22: [('shall', '事項，[應]', '', '', '', 'modal 應 inside the parenthetical; lead-in 營運概況應記載下列事項 names no actor'), ('shall', '者，[應]', '', '', '', '如無法合理估計者 is a condition; 因應措施 false friend')],
    23: [('shall', '[應]', '申請設立醫事放射所者', '依本法第十八條第一項規定申請設立醫事放射所者', '', 'hard: headless agentive …者 subject; the 依…規定 adverbial put in bearer_full')],
    24: [('shall', '[應]', '申請人', '', '', 'subject of the 如 clause; 並繳回 / 且依…處罰 under the same 應')],
    25: [('shall', '[應]', '', '', '', 'lead-in 電子支付平臺之設計原則 is a thing; no actor named')],
    26: [('shall_not', '[不得]', '質權人', '', '', '')],
    27: [('shall', '[應]', '來賓', '', '', 'N[condition]者 keeps N; 由警衛引領 embedded, one statement')],
    28: [('shall', '仍[應]', '', '', '值勤檢察官', 'new sentence 。但…仍應 without subject; 應行迴避之情形 attributive; 自行迴避 has no cue')],
    29: [('shall', '[應]', '受託人', '', '', '')],
    30: [('shall', '時，[應]', '發電業', '', '', 'subject of the …時 clause'), ('shall', '並[應]', '', '', '發電業', 'new sentence without subject')],
    31: [],
    32: [('shall', '，[應]', '', '', '期貨經理事業', 'thing subject (事項); first 應 is attributive; 由同業公會 is the agent of 轉送, not of 送')],
    33: [('shall', '[應]', '', '', '申請人、受扶助人或扶助律師', 'hard: thing subject (申請程式); 前二項 name 申請人、受扶助人 (1) and 扶助律師 (2); 準用 not labelled')],
    34: [('may', '[得]', '人員', '前項第一款及第四款人員', '', '得不簽章: a may; N[condition]者 keeps N')],
    35: [('exception', '[除]', '', '', '', ''), ('shall_not', '[不得]', '', '', '', 'hard: impersonal prohibition, the roll holder (農會, compiler in para 1) not named as subject; carried left empty')],
    36: [('shall', '[應]', '', '', '雇主', 'lead-in 雇主使勞工從事…作業時，依下列規定')],
    37: [('may', '，[得]敘明', '', '', '觀光遊樂業', '如有正當理由者 is a condition; actor in the paragraph before'), ('shall_not', '[不得]', '', '', '', 'thing subject (延展)')],
    38: [('shall', '[應]即', '主計處', '', '', '陳報行政院核定 under the same 應; 由行政院…函知 has no cue'), ('shall', '並[應]', '中央各主管機關', '', '', '')],
    39: [('shall_not', '[不得]', '業餘無線電人員', '', '', 'subject of the …時 clause')],
    40: [('shall_not', '[不得]', '銀行負責人及職員', '', '', '')],
    41: [('shall_not', '大貨車[不得]', '', '', '', 'vehicle (thing) subject; lead-in subject 貨車 is a thing'), ('shall_not', '小貨車[不得]', '', '', '', '')],
    42: [('shall', '[應]', '', '', '', 'the offender (…者) is only the patient; court not named')],
    43: [('may', '[得]', '', '', '', 'hard: thing subject (專用電信網路); its operator not named')],
    44: [('shall', '[應]', '', '', '普及服務提供者', 'thing subject (申請書); paragraph before names the applicant')],
    45: [('shall', '[須]', '', '', '受委託機關、團體', 'hard: 須為 in a qualifications list is a modal 須; lead-in 前項之受委託機關、團體，應具下列資格之一')],
    46: [('shall_not', '[不得]', '', '', '', 'thing subject (菌苗)')],
    47: [('shall', '[應]', '', '', '申請單位', '應予註明 in a parenthetical; paragraph before names 申請單位')],
    48: [('exception', '[除]', '', '', '', '除…外 carves out of the 得 statement; 禁止 inside 除…外 not labelled'), ('may', '[得]', '立法院', '', '', '')],
    49: [('shall', '者，[應]', '開發單位', '', '', 'subject of the framing clause; the 可量化者 clause is a condition'), ('shall', '並[應]', '開發單位', '', '', '並應 (於)該圖件上: second shall of the same sentence')],
    50: [],
    51: [],
    52: [],
    53: [('may', '[得]', '外國人', '', '', '應…考試 = sit for, false friend')],
    54: [('shall', '[應]', '公司', '', '', '並經會計師簽核 under the same 應')],
    55: [('shall', '[應]', '', '', '計時員', '候選人 is the subject of the cause clause, not of 停止計時; paragraph before names 計時員')],
    56: [('shall', '[應]', '各級主管機關', '', '', '')],
    57: [('may', '[得]', '', '', '', 'hard: who makes the 開審陳述 (parties) is not named here or in 前項')],
    58: [('shall', '[須]', '', '', '檢驗機關', 'thing subject (每批); lead-in names 檢驗機關'), ('may', '[得]', '', '', '檢驗機關', '')],
    59: [('shall', '[應]', '申請人', '', '', '')],
    60: [('shall', '[應]', '', '', '各層負責人員', '應負…責任 one statement; topic subject (事項 / 室稿); lead-in names 各層負責人員')],
    61: [('shall_not', '[不予]減免', '', '', '', '子女 is the beneficiary / topic, 就學費用 a thing; the school that grants reductions is not named')],
    62: [('shall', '中心[應]分別', '', '', '輔導會', '勞務中心 is the thing being named (patient); 輔導會 sets up the centres (para before) and fixes their number here')],
    63: [('shall', '公所[應]於', '各縣 (市) 政府或鄉 (鎮、市) 公所', '', '', '')],
    64: [('shall_not', '許可，[不得]執行', '', '', '', 'thing subject 感訓處分; executing authority not named (原移送機關 / 法院 are in the condition)'), ('shall_not', '者，[不得]執行。', '', '', '', 'thing subject 感訓處分')],
    65: [('shall', '者，[應]接受', '持有、使用感染性生物材料者', '', '', 'headless agentive …者 kept whole'), ('shall_not', '[不得]規避', '持有、使用感染性生物材料者', '', '', 'shares the bearer of the 應 clause')],
    66: [('shall', '學校[應]加強', '各級各類學校', '', '', '')],
    67: [('shall', '人員[應]就', '', '', '', '所需工作人員 is the patient (派充之); who assigns them is not clearly named')],
    68: [('shall', '執行，[應]遵守', '', '', '', 'topic 再生醫療之執行; the performer is not named; 由中央主管機關公告之 has no cue')],
    69: [('may', '[得]置專責', '中央政府四級各機關、直轄市及縣（市）政府所屬二級各機關', '', '', 'item writes its own subject (N[且…者] keeps N); could be read as a sorting condition with carried 各機關 from the lead-in')],
    70: [('may', '[得]由', '事業或再利用機構所屬產業公會', '', '', 'agent after 得由; read as the association to which the enterprise or reuse institution belongs, kept whole')],
    71: [('shall', '物，[應]按', '', '', '', 'thing subject 殘留之爆炸物; lead-in (發爆後應檢查…) names no actor')],
    72: [('may', '[得]劃定', '民航局', '', '', '禁止或限制之一定範圍 is attributive; 由…政府公告之 has no cue'), ('exception', '[不在此限]', '', '', '', '')],
    73: [('shall', '[應]有百分', '', '', '', 'thing subject 淨面積; lead-in (一般觀光旅館…應符合下列規定) names no actor'), ('shall_not', '[不得]小於', '', '', '', 'hard: 不得 embedded in the object of 應有 (60% or more must not be smaller); labelled as its own operator')],
    74: [],
    75: [('may', '僅[得]在', '技師', '', '', '僅得 = may only; cue 得'), ('may', '者，[得]在', '持有不同科別之技師證書者', '其持有不同科別之技師證書者', '', 'headless …者 with determiner 其 (= the 技師)')],
    76: [],
    77: [('may', '[得]於', '利害關係人', '', '', '並記明… governed by the same 得')],
    78: [],
    79: [('shall_not', '[不予]退還', '外交部及駐外館處', '', '', 'main clause has a thing topic (所繳規費); the subject of the …後 clause is the one who refunds')],
    80: [('may', '[得]檢具', '事業機構', '', '', 'N[condition]者 keeps N')],
    81: [('shall', '[應]填具', '農產品經營業者', '', '', '')],
    82: [('shall', '[須]加', '', '', '', 'thing subject 一等點; surveyor not named; the 二等點 clause has no cue')],
    83: [('shall', '管路[應]分開', '', '', '屠宰場', 'thing subject; the article lead-in (屠宰場之一般設施應符合下列規定) names the place as possessor'), ('shall', '並[應]明顯', '', '', '屠宰場', 'thing subject; second 應')],
    84: [('may', '[得]撤銷', '主管機關', '', '', '')],
    85: [('shall_not', '[不予]列計', '', '', '', 'thing topic 人數或點數; 人員 / 雇主 are not the ones counting; the authority is not named')],
    86: [('shall', '[應]在降落後', '', '', '', 'no subject; the paragraphs before name no actor either (飛航 / 飛航計畫), the pilot / operator is implied')],
    87: [('shall', '[應]確認', '運動彩券業', '', '', 'one 應 governing 確認 / 界定 / 並…清查')],
    88: [('shall', '[應]立即', '監評或監場人員', '', '', '')],
    89: [('shall', '[應]設置', '', '', '礦場', 'subject of the …時 clause (索道) is a thing; lead-in 礦場設置架空索道時，應遵守下列規定')],
    90: [('shall', '[應]符合', '', '', '', 'thing subject 計畫; lead-in (辦理國際合作發展事務，應遵循下列原則) names no actor')],
    91: [('may', '[得]於', '檢查人員', '', '', '編製 / 提供 are what the 受檢機構 are told to do (content of 知照), one statement')],
    92: [('shall', '[應]讓', '輪船', '', '', 'a vessel as actor (nautical rule)')],
    93: [('shall', '會[應]指派', '裁決委員會', '', '', ''), ('shall', '並[應]於', '指派[委員]一人', '', '', 'hard: the appointed members (pivot object) investigate and write the report; could be read as shared bearer 裁決委員會'), ('may', '[得]延長', '指派[委員]一人', '', '', 'hard: extension of the report period, same pivot bearer')],
    94: [('shall', '[應]於', '戶政機關', '', '', 'topic 查對 fronted; subject 戶政機關')],
    95: [('shall', '[應]於', '事業', '', '', '因應措施 is a false friend')],
    96: [('shall', '[應]依', '各機關', '', '', '')],
    97: [('shall', '[應]至少', '', '', '漁船', 'thing subject 船位回報器; 漁船 is its possessor here and the actor of the paragraph before')],
    98: [('shall', '[應]定期', '中央主管機關', '', '', '')],
    99: [('shall_not', '員[不得]以', '事件管轄學校或機關所屬人員', '', '', '所屬 modifier kept in the name'), ('shall_not', '且[不得]要求', '事件管轄學校或機關所屬人員', '', '', '')],
    100: [('shall', '[應]符合', '事業或污水下水道系統', '', '', 'hard: main clause has a thing topic (土地區段之特性); the framing clause subject is the actor')],
    101: [('shall', '班[應]訂定', '補習班', '', '', '應變 is a false friend; 迅速處理 governed by the same 應')],
    102: [],
    103: [('shall', '一，[應]收回', '', '', '貸款經辦機構', '借款人 is the patient; the lender is named in the next clause of this provision'), ('shall', '補貼[應]繳還', '', '', '貸款經辦機構', 'thing topic 利息差額補貼 with its agent 貸款經辦機構 inside the topic NP')],
    104: [('shall', '[應]於', '事業', '符合前條規定之事業', '', '')],
    105: [('may', '委員會[得]提前', '直轄市、縣（市）選舉委員會', '', '', ''), ('may', '公所[得]提前', '鄉（鎮、市、區）公所', '', '', 'own subject')],
    106: [('shall', '[應]先', '藥品管理技術人員', '前項之藥品管理技術人員', '', '並取得 governed by the same 應')],
    107: [('shall_not', '[不得]應', '^[應考人]', '', '', '應考人 / 應本考試 are not cues')],
    108: [],
    109: [('shall', '時，[應]檢具', '^[單一區塊得標者或經營者]', '', '', '得標 is a false friend'), ('may', '[始得]使用', '^[單一區塊得標者或經營者]', '', '', ''), ('shall', '並[應]繳納', '^[單一區塊得標者或經營者]', '', '', '')],
    110: [],
    111: [],
    112: [],
    113: [('shall', '[應]予收藏', '', '', '', 'thing subject (文物); the museum is not named in the provision'), ('may', '[得]謝絕', '', '', '', '其認為…者 = the objects it judges without value; 其 not resolvable in the provision; 無須 not labelled')],
    114: [],
    115: [('may', '[得]由', '移撥、整併機關', '', '', 'agent after 得由; 支應 false friend; 不受…限制 not labelled')],
    116: [('shall', '，[應]以成本', '', '', '營利事業', 'topic NP 營利事業繳納…之稅捐 (thing) with the agent inside it'), ('shall', '者[應]自成本', '', '', '營利事業', 'thing topic 成品 / 退稅款'), ('shall', '，[應]估列', '', '', '營利事業', 'new sentence without subject; 應收退稅款 is a false friend'), ('shall', '均[應]於', '', '', '營利事業', '始外銷: 始 alone is not a cue')],
    117: [],
    118: [],
    119: [('shall', '佣金[應]依法', '', '', '', 'topic is the act 支付佣金; the payer is not named in the provision or lead-in (佣金支出：)'), ('shall', '仍[應]予以', '', '', '', '除依…處理外，仍應 is additive, not an exception; the tax authority is not named')],
    120: [('shall', '基金，[應]由', '信託業者或證券投資信託事業', '', '', 'agent after 應由')],
}
