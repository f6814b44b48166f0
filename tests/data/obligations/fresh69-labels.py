# fresh69: seed 6010001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind early in session 51 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o69: reader a, provisions 1-60 of the sample seed 6010001, from /work/eval/o69/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-07 (session 51).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq51b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh66-labels.py, fresh67-labels.py and
# fresh68-labels.py (fresh67's header holds no conventions list), and of fresh51-, fresh52-, fresh53-, fresh64- and
# fresh65-labels.py, with a look at LABELS entries of fresh67 and fresh68 for the format.
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, the label files named
# above and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq51b).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh64/fresh65/fresh66/fresh68):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…且應 / 應…並應 are two
#   statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the article
#   lead-in above a nested list) or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph or another item is not carried); carried gives the head noun (restrictive 之-modifiers dropped).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole (a 之-modifier inside a coordination is kept in the bearer); determiners (前條) and
#   restrictive 之-modifiers go to bearer_full; the agent after 應由/得由 is the bearer; the party after 應經 (who
#   approves / resolves) is not the bearer; a regulated vessel / vehicle that acts is read as the actor (metonymy).
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外，並應 / 除…外，應另 that only adds is
#   additive and its inner cue is not labelled; 但…得 without 不在此限 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; a list item
#   clause without subject under a lead-in naming the one who must attend to the items (…應注意左列事項) carries that
#   actor, literally as GUIDE.md's example (as fresh68 b 85).
# - not labelled: attributive 應X之 / 得X之 inside NPs (應有之注意, 應通報之項目, 應行拆遷之土地改良物, 公眾得出入之
#   場所, 應到案時間, 經辦事項之應保密者), cues inside …者 conditions (須先申請…登記者, 須至…申請者), cues inside 除…外,
#   命, 可, 由…訂定 / 由…代書 without a cue, 以…為限, 負 as a noun phrase (所負之責任); false friends 取得, 所得 (income),
#   計得, 得分, 對應, 應收款, 義務人 (noun).
# New conventions decided here:
# - 1 (修業時間至少須滿二十四個月, a list of minimum study periods under a definition lead-in 修業期限，指申請人…之修業
#   時間): 須 is a shall with a thing subject (the study time); the …者 phrase sorts the cases; the applicant, possessor
#   of the study time in the lead-in, is carried; alternative carried ''.
# - 52 (結文應命證人簽名，其不能簽名者，由書記官代書姓名…命證人蓋章): 命 is no cue; the 由書記官 clause has its own
#   condition and is a separate cue-less rule, not an embedded 由X clause of the 應 statement -> 書記官 is not the
#   bearer; the one who has the witness sign (court / clerk) is not clearly named -> carried ''; alternative carried
#   書記官.
# - 44 (X…均應親自…執行業務，其不在場時，應於門口懸掛明顯標示): the second 應 of the same sentence, whose …時 clause
#   subject is the pronoun 其 resuming X, shares the written (coordinated) bearer; alternative bearer '' carried X.
# - 57 (共同管道工程應辦理下列調查): a project (工程) is a thing / topic, not read as an actor: bearer '', no actor in the
#   article -> carried ''; alternative bearer 共同管道工程 (metonymy for its builder).
# - 59 (list item under 鮪延繩釣漁船…之差值，應符合下列規定): thing subject; the vessel, possessor inside the lead-in's
#   topic NP (and actor by metonymy), is carried.
# Provisions with no statement: 5 (取得; item of a definition), 11 (definition; 計得, 可), 33 (應有之注意 attributive;
# 所負之責任 noun), 37 (應通報之 attributive), 40 (definition; 得分), 45 (no cue; 對應), 51 (應行拆遷之 attributive;
# 以…為限), 56 (公眾得出入之場所 attributive).
# 
# ---- reader b (its numbers +60 below) ----
# o69: reader b, provisions 1-60 of the sample seed 6010001, from /work/eval/o69/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-07 (session 51).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq51b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh66-labels.py, fresh67-labels.py and
# fresh68-labels.py (fresh67's header holds no conventions list); a few notes of other freshNN-labels.py files were
# grepped for precedents (得列 in organisation acts, 禁止 as operative verb, 應遵行事項, 免予, 須為).
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh66/fresh67/fresh68):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / 應…且應 /
#   應…，不得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a clause
#   without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''; carried gives the head noun.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole (a 之-modifier inside a coordination is kept in the bearer); determiners (前項) and
#   restrictive 之-modifiers go to bearer_full; the subject of a …時 clause is the bearer when the main clause has
#   none; the agent after 得由 (and of an embedded 由X clause of the same statement when the main clause has no
#   actor) is the bearer; a vehicle in a lead-in (汽車行駛時) is read as the actor (metonymy).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 除…外，並應 that only adds is additive; 應不予 is one shall_not at 應; 不予 is
#   a shall_not; 得列 in an organisation act is a may with bearer ''; 須 / 須為 stating a required result of a thing
#   is a shall with bearer ''.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X NP (應繳費件之方式, 應遵行事項之辦法, 應辦理事項如下, 應納營利事業所得稅額),
#   cues inside …者 conditions (保存期限得推算為有效日期者), 由…定之, 亦同, 適用, 免予 (免予參加), 處…停業處分 (penalty
#   as a fact), 向…徵收 without a cue, 視為, 載明於 without a cue; false friends 所得, 取得, 獲得, 供應, 得標 (得標者,
#   得標金).
# New conventions decided here:
# - 13: a list item 限制或禁止X輸出… under a may lead-in (中央主管機關得採行下列石油管制措施): 禁止 is the operative verb
#   of the item (as the precedent 「法院得附下列條件…」 item 禁止實施…) -> a shall_not at 禁止; the pivot X written in
#   the item (石油輸出業, the one who must not export) is the bearer; alternatives: bearer '' and carried 中央主管機關
#   (the prohibiting agent), or not labelled (content of the lead-in's 得).
# - 47: a lead-in 「…者，於…時，應辦理事項如下：」 is attributive 應辦理事項 (as the precedent 財產管理應遵行事項如下) ->
#   no statement; alternative a shall at 應 with bearer 申請經營自由港區事業取得籌設許可者.
# - 34: 應成立評審委員會，其成員由機關首長或其授權人員…派兼或聘兼之 -- the following 由X clause is embedded in the same
#   statement and the main clause has no actor -> X is the bearer (convention above); alternative bearer '' (the
#   forming agency 機關 is not written).
# - 55: an item (四) under a sub-lead-in without an actor (三、確認客戶身分應採取下列方式：) carries the actor of the
#   article's lead-in one level up (本事業確認客戶身分措施，應依下列規定辦理), as both are the list lead-ins of the
#   item; alternative carried ''.
# - 59: 超過期限者，應就術科申請重新檢定 -- 超過期限者 read as a condition (the exceeding of the deadline), bearer ''
#   and carried from the clause before; alternative bearer 超過期限者 (headless agentive …者).
# - 16: a compound topic noun naming its holder without 之 (公路及市區汽車客運業營運路線) is a thing topic with a
#   possessor -> bearer '', carried 公路及市區汽車客運業; alternative bearer 公路及市區汽車客運業.
# - 3, 4: accounting items of financial-report rules (…得併入…, 短期借款應依…註明) with a thing subject: the reporting
#   enterprise is named in the article only inside definitions (人身保險業因營業而發生之債務, 流動負債係指證券商…), not
#   as the actor -> carried ''; alternative carried 人身保險業 / 證券商.
# Provisions with no statement: 14 (應繳費件 attributive), 17 (definition; 取得), 35 (應遵行事項 attributive; 由…定之),
# 42 (no cue; 取得, 所得), 43 (所得), 44 (definition; 所得), 45 (所得; 適用), 46 (得標者 false friend; 視為), 47 (應辦理
# 事項 attributive in a lead-in), 50 (definition; 所得), 51 (取得), 53 (definition; 應納…稅額 attributive), 57 (供應;
# item of conditions), 58 (得標金 false friend; no cue).
LABELS = {
    1: [('shall', '[須]滿', '', '', '申請人', 'hard/new: thing subject 累計修業時間; 碩士、博士學位…修習者 sorts the cases; lead-in (前項所稱修業期限，指申請人停留於當地學校之修業時間) names the applicant as possessor -> carried; alternative carried empty')],
    2: [('shall', '[應]將', '直轄市及縣（市）主管機關', '', '', 'coordinated subject kept whole; 列冊送… / 推介就業或參加職業訓練 under the same 應')],
    3: [('shall', '[應]經', '', '', '人民團體', 'thing subject 屆次之起算; the general assembly after 應經 resolves, it is not 由 -> not bearer; the association (其, topic 依前項規定議決之人民團體) is the possessor inside the topic -> carried')],
    4: [('shall', '[應]檢具', '外國籍船舶運送業', '', '', '於委託…前 time clause; 由該船務代理業向航政機關辦妥代理登記後 is a time clause (main clause has an actor)'), ('may', '[始得]營業', '外國籍船舶運送業', '', '', '應…，始得: two statements, shared bearer')],
    5: [],
    6: [('shall', '[應]遵守', '學習律師', '', '', '專心研修 under the same 應; 在訓練期間 time frame'), ('shall_not', '[不得]有', '學習律師', '', '', 'second cue of the same sentence, shared bearer')],
    7: [('shall', '[應]永久', '', '', '', 'thing subject (報表、結果及書刊); lead-in (統計相關文件與資料以電子儲存媒體保存為原則，保存期限如下) names no actor')],
    8: [('shall', '[應]接近', '', '', '', 'thing subject 位置 (of the overflow well); 並依…選定 under the same 應; lead-in names no actor')],
    9: [('shall', '[應]依', '', '', '', 'thing topic 續聘; 確實檢測… / 重新遴選聘用 under the same 應; the hiring court is not named in the article')],
    10: [('shall', '[應]通知', '', '', '搜查人員', 'item clause without subject (…時 condition); lead-in 搜查人員應…並應責令注意左列事項 -> carried')],
    11: [],
    12: [('shall', '[應]邀請', '', '', '一般容器業者', 'thing subject 管理委員會之組成; para 1 (right before) 一般容器業者…應設置成立管理委員會, also named in the next sentence -> carried; 其組織章程由一般容器業者訂定，並報請… has no cue (由…訂定), not labelled')],
    13: [('shall', '[應]自行', '申請人', '', '', '申請人申請… framing clause; lead-in itself a statement')],
    14: [('exception', '[不適用]', '', '', '', '…不適用… is an exception (第二項遞減之規定); 命令退休 (命) and 給與 are no cues')],
    15: [('shall', '[應]建立', '報驗義務人', '', '', 'N[condition]者 keeps N; 並保存三年備查 under the same 應; 義務人 is a noun, not 負…義務')],
    16: [('shall', '[應]停止', '中央主管機關', '', '', '專業機構有下列情形之一者 condition (patient)')],
    17: [('may', '[得]考量', '學校', '', '', '選擇… / 進行… / 並提出合併申請 under the same 得')],
    18: [('shall', '[應]依', '', '', '教學醫院', 'thing subject 人數; para 1 (right before) 教學醫院應…辦理醫師…訓練…並接受…見習、實習 names the one who trains -> carried')],
    19: [('shall', '二、[應]依', '', '', '具有多重醫事人員資格者', 'item clause without subject; lead-in 具有多重醫事人員資格者，得…並應符合下列規定 (headless agentive …者 kept whole) -> carried'), ('shall', '且[應]分別', '', '', '具有多重醫事人員資格者', '應…且應: two statements; carried as above')],
    20: [('may', '[得]依', '商檢局', '', '', '必要時 condition; 對前項申請變更之事項 object')],
    21: [('shall', '[應]優先', '高級中等學校', '', '', 'subject of the …時 clause, the main clause has none'), ('may', '[始得]聘任', '高級中等學校', '', '', '並於有缺額時，始得: second statement, shared bearer')],
    22: [('shall', '[應]依計畫', '受補助單位', '受補助之受補助單位', '', '確實執行 under the same 應'), ('shall', '[應]經本會', '受補助單位', '受補助之受補助單位', '', 'second cue of the same sentence, 如有…情事 condition; 本會 after 應經 approves, not bearer')],
    23: [('shall', '前[應]檢查', '', '', '', 'item clause without subject; lead-in 執行大陸地區人民…強制出境，應派員戒護… names no actor -> carried empty; 受強制出境處分人 is the patient'), ('shall', '[應]由女性人員', '女性人員', '', '', 'new sentence; thing topic 檢查身體; agent after 應由; 受強制出境處分人為女性者 condition')],
    24: [('shall', '[應]逐一', '運作人', '製造、輸入毒性及關注化學物質之運作人', '', 'restrictive 之-modifier to bearer_full'), ('shall', '[應]維持', '買受毒性及關注化學物質者', '', '', 'after ；, own subject: headless agentive …者 phrase, the only subject, kept whole')],
    25: [('shall', '[應]依', '', '', '銀行、信用合作社及其他機構', 'thing subject 營業項目; para 1 (right before) 兼營信用卡業務之銀行、信用合作社及其他機構，應…申請許可 -> carried (head nouns, restrictive modifier dropped); 主管機關 only sets the method')],
    26: [('shall', '[應]一併', '', '', '園區事業', 'thing subject 非保稅原料、物料 (…者 condition); the zone enterprise is the agent inside the topic NP (園區事業進口之) -> carried; 並於年度結算時分項列明，合併計算 under the same 應; 可 not a cue')],
    27: [('shall', '[應]填記', '', '', '', 'hard: 當場舉發者 = cases reported on the spot (item 2 contrasts 非當場舉發案件), a condition; lead-in 行為人有本條例之情形者，應填製…通知單 names no reporting officer (交通勤務警察 only in para 2, later) -> carried empty; 駕駛人或行為人 are the offenders'), ('shall', '時，[應]於填記', '', '', '', 'new sentence, 被查獲之駕駛人或行為人為受處分人時 condition (the offender is the patient, not the actor); 將通知聯交付… under the same 應'), ('shall', '仍[應]將', '', '', '', 'after ；, 拒絕簽章者 condition (the offender); 並記明其事由… under the same 應'), ('shall', '者，[應]告知', '', '', '', 'after ；, 拒絕收受者 condition; 應到案時間 attributive (not labelled); 並記明… under the same 應; 視為已收受 no cue')],
    28: [('shall', '[應]依本條例', '各級人員', '', '', '各級 kept (fixed modifier); 辦理移交、接收及陳報'), ('shall', '[應]事先', '各級人員', '', '', 'second cue of the same sentence, …時 condition; shared bearer'), ('shall_not', '[不得]超過', '', '', '各級人員', 'after ；, thing subject 其展期; 其 = the personnel (possessor in the topic) -> carried')],
    29: [('shall', '[應]採取', '', '', '停車場經營業', 'item clause without subject (如有…之需要 / 於…時 conditions); lead-in 停車場經營業應採取下列資料安全管理措施 -> carried')],
    30: [('shall', '[應]於', '申請人', '前條申請人', '', 'determiner 前條 -> bearer_full; 辦理…登記，並檢具…申請…許可，並發給營業許可證 under the same 應'), ('may', '[始得]營業', '申請人', '前條申請人', '', '應…，始得: two statements, shared bearer')],
    31: [('shall', '[應]於', '遠洋漁船', '', '', 'N[condition]者 keeps N; a regulated vessel that installs is read as the actor (metonymy, as fresh64 a / fresh66 a)')],
    32: [('shall', '[應]有', '', '', '', 'place / thing subject (油庫油料操作場所附近); single-paragraph article names no actor')],
    33: [],
    34: [('shall', '[應]包含', '', '', '', 'thing subject 技術文件 (of the product, …者 condition); no applicant named in the article')],
    35: [('shall', '[應]另行', '^[公司]', '', '', '除依公司法所規定記載事項外，應另行 is additive (besides), not an exception; 於申請審核時 time frame')],
    36: [('shall_not', '[不得]超過', '', '', '', 'thing subject 速件 (公文處理 topic); 最速件隨到隨辦 no cue; the handling unit is not named in the article'), ('shall', '[應]登記', '', '', '', 'new sentence, thing topic 機密或首長親啟文件; 原封分別呈送 under the same 應; handler not named'), ('shall_not', '[不得]擅自', '', '', '', 'second cue of the same sentence, same thing topic; handler not named; 先行呈核 no cue')],
    37: [],
    38: [('shall', '[應]查明', '', '', '審計人員', 'item clause; 其 = the claims (thing); lead-in 審計人員查核…應注意左列事項 -> carried; 應收款 false friend'), ('shall', '並[應]檢附', '', '', '審計人員', 'hard: after ；, 如經訴追程序 condition, no subject; carried from the lead-in as GUIDE example (as fresh68 b 85), although the documents are in fact supplied by the audited agency; alternative carried empty'), ('shall', '[應]附法院', '', '', '審計人員', 'hard: …而因無財產可供執行者 condition; same reading as the 並應檢附 before; alternative carried empty')],
    39: [('shall', '[應]優先', '', '', '', 'thing subject 一切所得 (所得 = income, false friend); single-paragraph article names no actor (接管人 not written)')],
    40: [],
    41: [('shall', '[應]隨時', '', '', '各機關駐外人員', 'thing topic 重要工作及資訊; 各機關駐外人員 is the agent inside the topic NP (…經辦之) -> carried'), ('may', '[得]視', '軍情機關駐外人員', '', '', '但…得 without 不在此限 is a may; own subject')],
    42: [('shall', '[應]訂定', '期貨信託事業', '', '', '並執行之 under the same 應')],
    43: [('shall_not', '[不得]裝設', '', '', '', 'place subject (廠房內易發生…者); single-paragraph article names no actor'), ('may', '[得]以阻隔', '', '', '', '但…得 without 不在此限 is a may; no subject, no actor in the article')],
    44: [('shall', '均[應]親自', '^[藥品販賣業者依本法第二十八條規定聘用之藥師、藥劑生或中醫師，或本法第十九條規定親自主持藥局業務之藥師、藥劑生]', '', '', 'coordinated subject kept whole (之-modifiers inside the coordination kept); 均 adverb'), ('shall', '時，[應]於門口', '^[藥品販賣業者依本法第二十八條規定聘用之藥師、藥劑生或中醫師，或本法第十九條規定親自主持藥局業務之藥師、藥劑生]', '', '', 'hard/new: second 應 of the same sentence; the …時 clause subject is the pronoun 其 resuming the pharmacists -> shares the written bearer; alternative bearer empty, carried the pharmacists')],
    45: [],
    46: [('shall', '[應]於移民署', '', '', '', 'thing topic (申請…案件，其資料不符或欠缺者); the applicant is not named (申請 only a verb in the topic) -> carried empty; 移民署 is the notifier; 須至…申請者 is inside a …者 condition, not labelled; 其補正期間為三個月 no cue')],
    47: [('shall', '[應]填具', '報驗義務人', '', '', '依本法第十九條指定公告須先申請內銷檢驗登記者 condition, its 須 not labelled; 並檢附…辦理登記 under the same 應')],
    48: [('shall', '[應]查明', '', '', '會計師', 'item clause without subject (…時 condition); article lead-in above the nested list 會計師查核簽證財務報表，應…依下列程序查核 -> carried')],
    49: [('shall', '[應]檢附', '代理商', '經審驗核定空氣污染防制設備補助品項及金額之代理商', '', 'N[condition]者 keeps N (申請變更代理權者); 向中央主管機關提出申請 under the same 應')],
    50: [('exception', '[不在此限]', '', '', '', '但…不在此限 in an item of the lead-in 下列人員，不得擔任職務法庭參審員 (the item itself has no operator)')],
    51: [],
    52: [('shall', '[應]命', '', '', '', 'hard/new: thing topic 結文; 命 is no cue; 其不能簽名者，由書記官代書… is a separate cue-less rule with its own condition, not an embedded 由X clause of this statement -> 書記官 not the bearer; the court / clerk who has the witness sign is not clearly named -> carried empty; alternative carried 書記官')],
    53: [('may', '並[得]委託', '各級主管機關', '', '', '各級 kept (fixed modifier); 必要時 condition')],
    54: [('shall', '[應]依車道', '', '', '汽車', 'item clause without subject; lead-in 汽車行駛至交岔路口，其行進、轉彎，應依下列規定 (vehicle as actor, metonymy, as fresh68 b 82) -> carried'), ('shall_not', '[不得]逕行', '', '', '汽車', 'second cue of the same sentence; carried as above')],
    55: [('shall', '[應]有', '', '', '', 'thing subject 過載保護裝置; lead-ins (連續責務電動機之過載保護依下列規定辦理 / 過載裝置之選定) name no actor')],
    56: [],
    57: [('shall', '[應]辦理', '', '', '', 'hard/new: 共同管道工程 (a project) is a thing / topic, not an actor; no actor in the article; alternative bearer 共同管道工程 (metonymy)')],
    58: [('shall', '[應]針對', '福利服務機構', '', '', 'lead-in, itself a statement; 兒童、少年及其家庭成員 are beneficiaries')],
    59: [('shall_not', '[不得]超過', '', '', '鮪延繩釣漁船', 'hard/new: thing subject (the difference for 鯊魚及其他魚種); lead-in 鮪延繩釣漁船單一航次電子漁獲回報與實際卸魚量之差值，應符合下列規定 names the vessel as possessor / reporter (metonymy) -> carried; alternative carried empty')],
    60: [('shall', '並[應]嚴格', '公股代表', '', '', '除應依據…行使職權外，並應 is additive (besides), not an exception; its inner 應 not labelled'), ('shall', '仍[應]注意', '公股代表', '', '', 'second 應 of the same sentence; 卸職後 time frame; 經辦事項之應保密者 attributive (the matters to be kept secret), not labelled; 繼續保密 under the same 應')],
    61: [('shall_not', '[不得]', '', '', '', '非經主縵核准 condition; lead-in 機具管理事項 names no actor')],
    62: [('shall', '[應]就', '^[簽證精算人員]', '', '', 'lead-in, itself a statement; 依…向金管會提出 under the same 應')],
    63: [('may', '者，[得]併入', '', '', '', 'hard: thing subject (流動負債 whose 金額…者); the reporting insurer is named only inside a definition (人身保險業因營業而發生之債務) -> carried empty; alternative carried 人身保險業; 所得 false friend')],
    64: [('shall', '[應]依借款', '', '', '', 'thing subject 短期借款; lead-in 流動負債至少應包括下列各項目 names no actor; 證券商 only inside definitions of para 3 -> carried empty'), ('shall', '[應]列明', '', '', '', 'second cue, 如有提供擔保品者 condition; thing subject, no written bearer')],
    65: [('shall', '[應]即報請', '衛星固定通信業務經營者', '', '', 'subject of the …時 clause'), ('shall', '並[應]將', '衛星固定通信業務經營者', '', '', '並應: second statement, shared bearer')],
    66: [('shall', '並[應]符合', '', '', '', 'thing subject 輕便無線電設備 (其裝置及性能); 除適用…外，並應 is additive, not an exception; 適用 not labelled')],
    67: [('shall', '[應]以書面', '^[管理人]', '', '', 'N[condition]者 keeps N'), ('shall', '並[應]經', '^[管理人]', '', '', '並應: second statement, shared bearer')],
    68: [('shall', '[應]於', '^[申請補助者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole')],
    69: [('shall', '均[應]建立', '', '', '', 'thing subject 個人資料之輸出入; no actor in the article; 均 adverb'), ('shall', '並[應]加設', '', '', '', 'after ；, thing subject 重要之個人資料; no actor')],
    70: [('shall', '[應]依標誌', '', '', '汽車', 'lead-in 汽車行駛時，應依下列規定使用燈光 (vehicle as actor, metonymy); 行經…時 framing; 公告之 attributive')],
    71: [('shall', '[應]記明', '', '', '', 'lead-in 登記簿之謄本或節本製成時，應分別記載… names no actor; text inside 「」 not labelled')],
    72: [('shall', '[應]訂定', '^[學校]', '', '', '規劃… / 並納入… under the same 應')],
    73: [('shall_not', '[禁止]', '石油輸出業', '', '', 'hard/new: item of the lead-in 中央主管機關得採行下列石油管制措施; 禁止 is the operative verb of the measure; the pivot 石油輸出業 (the one who must not export) taken as bearer; 限制 no cue; alternatives: bearer empty with carried 中央主管機關, or not labelled (content of the 得)')],
    74: [],
    75: [('shall', '[應]記載', '', '', '', 'thing subject 證明書; 被採樣人 is the beneficiary; the issuer of the art. 8 certificate is not named in the paragraph or the one before (主管機關 there deletes samples) -> carried empty')],
    76: [('shall', '[應]敘明', '', '', '公路及市區汽車客運業', 'hard/new: topic 營運路線 is a thing with its holder inside the compound noun -> carried; 並將…公告，報請…備查 under the same 應; 亦同 not labelled; alternative bearer 公路及市區汽車客運業')],
    77: [],
    78: [('shall', '[應]於', '保險人', '', '', '續期保險費…未交付者 condition; 並自…起算…為寬限期間 under the same 應; 效力停止 no cue')],
    79: [('may', '並[得]廢止', '', '', '', 'after ；, 其情節重大者 condition (the offender is the patient); the revoking authority is not named; 並處…停業處分 is a penalty as fact, no cue')],
    80: [('shall', '醫院[應]於', '醫院', '', '', 'thing topic 前項之申請'), ('shall', '者，[應]將', '', '', '醫院', 'after ；, 未能於該期間內處理者 condition (the case), no subject -> carried from the clause before')],
    81: [('shall', '[應]即解聘', '地方主管機關', '', '', 'lead-in, itself a statement; 調解委員有下列情形之一者 condition (patient); subject of the 於查證屬實後 clause')],
    82: [('shall', '[應]先關閉', '', '', '雇主', 'lead-in 對於雇主為…作業所須使用…之容器，應依下列規定辦理: 雇主 is the agent inside the topic NP -> carried; 並釋放… under the same 應'), ('shall', '且操作人員[應]避開', '操作人員', '', '', '且…應 with its own subject: second statement')],
    83: [('may', '[得]酌予', '^[中央主管機關]', '', '', ''), ('shall', '[應]予獎勵', '^[中央主管機關]', '', '', 'second cue of the same sentence, 對於…社區大學 object; shared bearer; 由中央主管機關定之 no cue')],
    84: [('shall_not', '[不得]', '', '', '各級獸醫師公會', 'thing subject 其名額 (of the alternates the 公會 sets up in the clause before) -> carried; 均 adverb')],
    85: [('shall_not', '[不得]', '', '', '', 'thing subject (外文姓名之排列方式); lead-in 國民…，護照外文姓名之記載方式如下 names the nationals only as holders, not actors -> carried empty')],
    86: [('may', '[得]申請', '^[領有醫事檢驗師證書，且未有醫事檢驗師法第八條第一項規定情形之一者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole')],
    87: [('shall', '[應]符合', '', '', '', 'thing subject 設施及設備 (of 前條第五款); no actor in the article')],
    88: [('shall', '[應]於', '^[司法院]', '', '', '公布… / 並發給… under the same 應; 其經遞補者，亦同 not labelled')],
    89: [('may', '[得]依', '', '', '各級主管機關', 'item of the lead-in 各級主管機關得對…徵收空氣污染防制費; after ；, thing topic 物質; 經中央主管機關指定公告 is a condition (the designating body is not the collector); 向…徵收 clauses without cue not labelled')],
    90: [('may', '職位[得]列第十', '', '', '', '得列 in an organisation act: grading permission, posts are patients'), ('may', '職位[得]列第六', '', '', '', 'as the first 得列')],
    91: [('shall', '[應]於', '', '', '', 'thing subject 前條協議書; one-paragraph article, actor (parties of art. 25) not named -> carried empty; 政府核發 inside a time clause')],
    92: [('shall', '[應]向', '', '', '', 'thing topic (股份之轉讓及設質); the transferring shareholders are not named; 公司 of the paragraph before is the issuer (addressee here), not the actor -> carried empty'), ('exception', '[不適用]', '', '', '', '…不適用… is an exception')],
    93: [('shall', '[應]即時', '', '', '', 'hard: 被告或犯罪嫌疑人 are the patients (to be interrogated); the interrogating body is not named in the paragraph')],
    94: [('exception', '[除]小額', '', '', '', '除…外 carves small purchases out of the 應成立 of the same sentence'), ('shall', '[應]成立', '機關首長或其授權人員', '', '', 'hard/new: main clause has no actor; the embedded 由X clause of the same statement (其成員由機關首長或其授權人員…派兼或聘兼之) gives the bearer; 決標…者 condition; alternative bearer empty')],
    95: [],
    96: [('shall', '[應]以', '^[學校]', '', '', '')],
    97: [('may', '並[得]獎助', '各級主管機關', '', '', 'thing topic 特殊教育; agent of 由各級主管機關辦理 (no cue) shared by the following cues of the same sentence'), ('shall', '[應]優先', '各級主管機關', '', '', 'third clause of the same sentence, 對民間辦理身心障礙教育者 = object/beneficiary; shared bearer')],
    98: [('may', '[得]由', '當地衛生機關或我國中央衛生主管機關認可之機構', '', '', 'agent after 得由, coordinated, kept whole (之-modifier inside the coordination kept); first clause is a definition (no cue); 如…未列管者 condition')],
    99: [('shall_not', '[不得]', '', '', '', 'thing topic (破解…之設備、器材…); no actor named; 未經合法授權 condition; exemptions of para 3 not labelled here')],
    100: [('shall', '[應]以', '^[機關]', '', '', '並注意… under the same 應'), ('shall_not', '[不得]逾越', '^[機關]', '', '', 'second cue of the same sentence, shared bearer')],
    101: [('shall', '均[須]呈', '', '', '', '須 = must (required test result); thing subject 凝集價; no actor'), ('shall', '對照組豬[須]為', '', '', '', '須為 = must be; thing subject')],
    102: [],
    103: [],
    104: [],
    105: [],
    106: [],
    107: [],
    108: [('may', '，[得]標示', '', '', '', '得 + 標示 (not the false friend 得標); the first 得 is inside the …者 condition; the labeller is not named')],
    109: [('shall', '[應]彙整', '^[中央主管機關]', '', '', '作成… / 陳報…後公告之 under the same 應')],
    110: [],
    111: [],
    112: [('shall', '[應]於', '外國人', '從事家庭幫傭或家庭看護工作之外國人', '', 'restrictive 之-modifier to bearer_full; 並取得完訓證明 under the same 應 (取得 false friend); 但…免予參加: 免予 no cue, no 不在此限 -> not labelled')],
    113: [],
    114: [('may', '[始得]', '申請人', '前項申請人', '', 'subject of the …後 clause; 始得 = may; the second sentence (…發給使用許可證) has no cue; 取得 false friend')],
    115: [('shall', '[應]包括', '', '', '本事業', 'hard/new: thing subject (確認客戶身分措施); sub-lead-in 三、確認客戶身分應採取下列方式 has no actor, the article lead-in 本事業確認客戶身分措施，應依下列規定辦理 names it -> carried; 並視情形取得… under the same 應; alternative carried empty')],
    116: [('shall_not', '[應]不予', '', '', '', '應不予 = one shall_not at 應; thing subject (起火原因); the fire authority is not named; …者 / 於刑事偵查期間 conditions')],
    117: [],
    118: [],
    119: [('shall', '部分，[應]再經', '', '', '檢定證申請人', 'thing topic 其術科檢定不及格部分; 其 = the 檢定證申請人 of the paragraph right before -> carried; 加強訓練…並持有證明文件 under the same 應'), ('may', '[始得]', '', '', '檢定證申請人', '應…，始得: second statement; no written bearer, same carried'), ('shall', '部分[應]於六十日', '', '', '航空器駕駛員', 'thing topic with possessor 航空器駕駛員 inside the topic NP -> carried'), ('shall', '者，[應]就', '', '', '航空器駕駛員', 'hard/new: 超過期限者 read as a condition; carried from the clause before; alternative bearer 超過期限者')],
    120: [('may', '者，[得]依', '', '', '營利事業', 'lead-in 營利事業計算…時…應依下列規定辦理 -> carried; 第一款合併計算後之餘額為正者 condition (thing); 所得 false friend'), ('shall_not', '該負數[不予]計入', '', '', '營利事業', '不予 = shall_not; new sentence, thing subject 該負數; 減除後餘額為負數者 condition; actor carried from the lead-in; 以半數計入 / 以全數計入 no cue')],
}
