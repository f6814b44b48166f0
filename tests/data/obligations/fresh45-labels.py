# fresh45: seed 3130001, session 40 (two readers: a = 1-60, b = 61-120), drawn at the start of the session
# o45: reader a, provisions 1-60 of /work/eval/s40/o45/to_label-a.tsv (sample seed 3130001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh43-labels.py
# and fresh44-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh43/fresh44):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 應…，始得 is two statements (shall, may); after ； a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing is read as a condition; determiners (其, 該, 前項) and restrictive 之-modifiers go to
#   bearer_full; the subject of a …時/…後 clause is the bearer when the main clause has none; the agent after
#   應由/得由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue: 以…為限, 停止獎助); 除…外 carving
#   out of a statement of the same sentence is an exception; 但…得 without 不在此限 is a may.
# - not labelled: attributive 應X之 / 得X之 / 必須X之 inside NPs (應標示之事項, 應遵守之期間, 得增購股數), cues inside
#   …者 conditions and inside 除…外, 由…定之/公告之, 以…為限, 亦同, 需, 定義 (…指…); false friends 所得, 取得, 獲得,
#   得標, 得獎, 得喪, 因應, 應召 (answer a call-up).
# o45: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s40/o45/to_label-b.tsv (sample seed 3130001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh43-labels.py
# and fresh44-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh43/fresh44):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 應…，始得 is two statements (shall, may); a new sentence without a subject gets
#   bearer '' and `carried` from the sentence before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing is read as a condition; determiners and restrictive 之-modifiers go to bearer_full;
#   the subject of a …時/…後/…者 clause is the bearer when the main clause has none; the agent after 應由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…應 / 但…不得
#   without 不在此限 are a may / a shall / a shall_not; 除…外，另應 is additive (not an exception).
# - not labelled: attributive 應X之 / 應注意事項 / 應遵行事項 inside NPs, cues inside …者/…時 conditions and inside
#   除…外, 準用, 由…定之, 以…為限, 以…為原則, 不受…限制, 免附; false friends 所得, 取得, 應用, 因應, 應收帳款,
#   應收付款項, 應付款, 應力, 不得已, 不適用物資 (NP 'unusable materials').
LABELS = {
    1: [('may', '局[得]斟酌', '各省市財政廳局', '', '', '征收菸酒類稅之貨品 is the object topic; 各 kept as part of the name; 採行分類分級課征 under the same 得')],
    2: [('shall', '者[應]取得其', '設置者', '', '', '於未滿七歲者或受監護宣告之人 is a condition naming the participants (beneficiaries); 取得 is the verb after the cue, not a cue'), ('shall', '人，[應]取得本人', '', '', '設置者', 'after ；, 於滿七歲以上之未成年人… condition, no subject written; 設置者 named in the clause before -> carried')],
    3: [],
    4: [('shall', '，[應]依核定', '地方主管機關', '', '', 'N[condition]者 keeps N (地方主管機關[獲得第二條補助]者); 獲得 false friend'), ('shall', '，[應]事前', '', '', '地方主管機關', 'after ；, 其計畫內容有變更者 condition (thing subject, 其 = the local authority) -> carried')],
    5: [('shall', '殼[應]由', '射擊運動團體及其會員', '', '', 'agent after 應由, coordinated kept whole; 射擊練習…之彈藥，其彈殼 is a thing topic; 每月辦理一次 under the same 應'), ('shall', '時，[應]洽', '', '', '射擊運動團體及其會員', 'after ；, 銷燬時 condition without subject; the destroyers named in the clause before -> carried')],
    6: [('may', '，[得]僅於', '', '', '', 'hard: 船舶總噸位未滿三百者 is a …者 with a thing subject (the ship) -> condition, bearer empty; lead-in 第十級至第十二級船消防設備之配備，規定如下 names no actor -> no carried')],
    7: [],
    8: [],
    9: [('shall', '：[應]依', '', '', '外國學生', 'hard: topic 大陸地區學歷 (a thing); lead-in of para 1: 申請入學…之外國學生…應…檢附下列文件 -> the applying foreign student carried')],
    10: [('shall', '關[應]廢止', '中央主管機關', '', '', '有下列情形之一者 condition')],
    11: [],
    12: [('may', '關[得]發給', '直轄市、縣（市）主管機關', '', '', '因檢舉而查獲…者 condition; 檢舉人 is the beneficiary')],
    13: [],
    14: [('may', '，[得]併科', '', '', '', 'the offender (…者) is the patient; 處…有期徒刑 stated as a fact, no cue; the court is not named -> no carried; 得喪 / 取得 false friends')],
    15: [('shall', '站[應]使用', '^[機車排氣檢驗站]', '', '', '取得 false friend inside the object')],
    16: [('may', '，[得]依次', '，[續立功績仍應授予本條例所定同等勛章獎章之一者]，得', '', '', 'hard: headless agentive …者 phrase (the person who earns the same decoration again), the only subject, kept whole; 應授予 inside it is part of the …者 phrase (not labelled); 以領受一次為限 no cue; 獎章之上加佩獎標 under the same 得')],
    17: [('may', '，[得]隨時', '^[調解委員]', '', '', 'N[condition]者 keeps N (調解委員[因…致不能執行職務]者)')],
    18: [('shall', '，[應]依本辦法', '^[託運人、航空器所有人或使用人、航空貨運承攬業、航空站地勤業、空廚業及航空貨物集散站經營業]', '', '', 'coordinated subject kept whole; 執行空運危險物品作業 predicate of the framing clause')],
    19: [('may', '會[得]依', '^[本基金會]', '', '', '於報請主管機關備查後由本基金會公告之 has no new cue (embedded 由X clause) -> same 得; 需 no cue; 亦同 no cue')],
    20: [('shall', '，[應]依', '', '', '', 'thing topic (本基金會計事務之處理 = 本基金 + 會計事務; the fund is a thing); single-paragraph article names no actor -> no carried')],
    21: [('shall', '，[應]符合', '', '', '', 'thing subject (監控室之網路設備與電腦設備); lead-ins (前項第七款監控室應符合下列要求 / 電子支付平臺之實體安全應符合下列要求) name no actor -> no carried')],
    22: [('shall', '，[應]符合', '^[精神復健機構]', '', '', 'subject of the …時 clause, main clause has none')],
    23: [('shall', '後，[應]於', '前項[受檢驗者]提出', '前項受檢驗者', '', 'subject of the …後 clause, main clause has none; 前項 determiner -> bearer_full; 依其缺失…以書面提出… under the same 應'), ('may', '，[得]要求', '；[主管機關]認有', '', '', 'after ；, subject of the …時 clause (主管機關認有必要時), main clause has none; 受檢驗者 is the patient')],
    24: [],
    25: [],
    26: [('shall', '度[應]達', '', '', '發行人', 'thing subject (首次發行額度); 發行人辦理…者 condition naming the issuer (possessor of the quota) in this provision -> carried')],
    27: [('shall', '，[應]符合', '', '', '', 'thing subject (航空器所裝置之儀表及裝備 / the aircraft); the operator is not named in the article (民航局 only as certificate issuer) -> no carried'), ('may', '，[始得]飛航', '', '', '', '應…，始得 is two statements (shall, may); no subject written beyond the aircraft (a thing)'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應…始得 of the sentence before')],
    28: [('shall', '）[應]廢止', '產品驗證機關（構）', '', '', '有下列情事之一者 condition; 並追繳證書 has no new cue -> same 應')],
    29: [('shall', '，[應]指定', '^[護理機構負責護理人員]', '', '', '護理機構負責護理人員 kept whole as the name of the office (modifier without 之); 因故不能執行業務 condition'), ('shall', '者，[應]報請', '', '', '護理機構負責護理人員', 'new sentence; 代理期間超過一個月者 condition (thing subject); the person who designates, named in the sentence before -> carried')],
    30: [('shall_not', '齡[不得]逾', '', '', '', 'thing subject (董事長初任年齡; the chair is only the possessor / patient); the appointer (監督機關) is named in para 2, not the paragraph right before -> no carried'), ('shall', '，[應]即更換', '', '', '', 'hard: 任期屆滿前年滿七十歲者 is the chair (patient of 更換), not the bearer; 應即 one cue; no actor named in this paragraph or the one before -> no carried'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the age limits of the sentence before')],
    31: [('shall', '轉[應]符合', '', '', '煉鋼業', 'hard: thing subject (…煉鋼作業之操作運轉); 煉鋼業 (the steelmaking enterprises) is the possessor inside the topic NP -> carried')],
    32: [('shall', '鍊[應]卸下', '', '', '', 'thing subject (錨鍊, the patient); lead-in 船舶…施行第二次特別檢查時，其船體…應按下列規定檢查 names no actor -> no carried'), ('shall', '亦[應]作', '', '', '', 'second cue with its own thing subject (錨鍊艙); 亦 adverb; no actor named')],
    33: [('shall', '，[應]經', '', '', '', 'thing subject (推進機械之型式及動力); 航政機關或驗船機構 are the approvers inside 之核可, not bearers; lead-in 機械推進救生艇之構造，應符合… names no actor -> no carried')],
    34: [('shall_not', '，[不得]以之', '^[繼受專利申請權者]', '', '', 'hard: 不得對抗第三人 is a legal-effect rule but written with the cue 不得 -> shall_not; headless agentive …者 phrase kept whole; 如…非以繼受人名義申請…者 condition')],
    35: [('shall', '，[應]由', '主管', '譯繕單位之主管', '', 'agent after 應由; 譯繕單位之 restrictive (possessive) modifier -> bearer_full; 或監督指定人員…辦理之 under the same 應; 機密文電之譯繕校對 thing topic'), ('may', '，[得]逕由', '值班人員', '其指定之值班人員', '', '但…得 without 不在此限 = may; agent after 得(逕)由; 其指定之 -> bearer_full; 負責處理 no cue')],
    36: [('shall', '，[應]按', '^[申請載飛員檢定者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 並具備下列資格 under the same 應')],
    37: [('shall', '，[應]取得', '', '', '會計師', 'no subject (如有差異 condition); article lead-in 會計師查核簽證財務報表，應…再依下列程序查核 -> carried; 就…核對，並向銀行發函詢證 has no cue; 並就調節項目予以抽查 under the same 應; 受查者 is only the preparer inside the object NP')],
    38: [('shall', '，[應]經常', '', '', '各單位 (人)', 'thing topic (…所借 (領) 用之財物); 各單位 (人) is the agent inside the topic NP -> carried; 以確保… purpose')],
    39: [('shall', '，[應]由', '退休金支給（發放）機關', '', '', 'agent after 應由; 前項人員…所領之半數本（年功）俸 is a thing topic (the retirees are the patients)')],
    40: [('may', '，[得]指定', '^[院長]', '', '', '為謀… purpose')],
    41: [('shall', '，[應]有', '', '', '', 'thing subject (甄審委員會之決議); 出席委員二分之一以上同意 under the same 應; no actor')],
    42: [('shall', '會[應]於', '農會', '', '', '農民…自願停止提繳…時 condition with its own subject (the farmer); main clause has its own subject; 填具… / 列表通知勞保局 under the same 應')],
    43: [('shall_not', '，[不得]對其', '^[銀行]', '', '', 'N[condition]者 keeps N (銀行[對同一證券金融公司具有下列情形之一]者)')],
    44: [('shall', '號[應]於', '', '', '軍用廣播電台', 'hard: thing subject (所需頻率、呼號); 軍用廣播電台 (the station unit that applies) is the possessor inside the topic NP -> carried; 並隨附… under the same 應; 由國防部核配 no cue'), ('shall_not', '，[不得]變更', '', '', '軍用廣播電台', 'second cue of the sentence, same thing subject (the frequency / call sign); 非經核准 condition; carried as above')],
    45: [('shall', '人[應]於', '', '', '', 'hard: 審查會召集人 is the patient of 選舉之 (the one elected), not the bearer; the electors are not named (國民大會 appears only inside the time clause) -> no carried')],
    46: [('shall', '時[應]辦理', '^[農會]', '', '', '平時 adverb'), ('exception', '，[除]當事人', '', '', '', '除當事人主動申請，得逕提理事會審查外 carves out of the 應先…通知 of the same sentence; the 得 inside 除…外 is not labelled'), ('shall', '外，[應]先', '', '', '農會', 'new sentence; 會員之資格條件變更者 condition (the member is the patient); 農會 named in the sentence before -> carried; 送請理事會審查 under the same 應; 逕送理事會審查 no cue')],
    47: [('shall', '人[應]根據', '^[衛生法人]', '', '', '編製… / 登入會計帳簿 under the same 應'), ('may', '，[得]不檢附', '', '', '衛生法人', '但…得 without 不在此限 = may; thing topic (整理結算…及其他相關事項); 衛生法人 named in the sentence before -> carried')],
    48: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of 自次一學期起停止獎助 (a clause without a guide cue, not labelled); 新任職大學得繼續提供…者 is the condition of the 但 clause -> its 得 not labelled')],
    49: [('may', '，[得]免標示', '', '', '電視事業', 'hard: 電視事業播送之節目均屬普遍級者 is a …者 with a thing subject (the programmes) -> condition; 電視事業 is the agent inside the topic NP -> carried; 經報請主管機關備查後 condition')],
    50: [('shall', '二、[應]對', '', '', '本事業', 'no subject; lead-in 本事業確認客戶身分措施，應包括…，並依下列規定辦理 (本事業 agent inside the topic NP) -> carried; 以確保… purpose'), ('shall', '並[應]瞭解', '', '', '本事業', '應…並應 = two statements; 必要時 condition; carried as above')],
    51: [('shall', '置[應]距', '', '', '加氫站', 'hard: thing subject (氫能車輛加氫位置); lead-in 加氫站設施及安全距離，應…並應符合下列規定 (加氫站 possessor inside the topic NP, also the actor of item 一) -> carried'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the sentence before')],
    52: [],
    53: [('shall', '，[應]將', '^[財物經管人]', '', '', 'hard: two coordinated subjects each with its own predicate in the …時 clause (財物經管人交接或一般員工離職時), not contiguous -> the first written subject as bearer (一般員工 is the alternative); 索回原借條 under the same 應; 除不發給離職證明外，並追保責賠 is additive and 不發給 is no guide cue; 依法辦理 no cue')],
    54: [],
    55: [('shall', '構[應]依', '^[鐵路機構]', '', '', '報請…備查後公告實施 under the same 應; 變更時亦同 no cue')],
    56: [('shall', '員[應]依', '^[代行檢查員]', '', '', '檢查油槽設備，並作成紀錄 under the same 應')],
    57: [('shall', '，[應]另檢附', '', '', '輸入人', '限於設施內使用者 read as a condition ("where use is confined to a facility"), not an agentive subject; lead-in 輸入人應填具申請書，並檢附下列文件 -> carried'), ('shall', '容[應]包含', '', '', '輸入人', 'thing subject (其內容 = the isolation plan); carried from the lead-in')],
    58: [],
    59: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of the restriction 以線路電壓…以下者為限 (以…為限 itself has no guide cue, not labelled)')],
    60: [('shall', '局[應]按月', '^[勞工保險局]', '', '', '按年度編具總報告 / 報請…備查 under the same 應')],
    61: [('shall', '均[應]分別', '', '', '', 'hard: thing topic (每一規格、型態、材質); 其申請不同包裝規格…者 read as a condition (where it applies for …); lead-in 申請食品添加物查驗登記新案，應填具申請書 names the applicant only as an activity -> no carried'), ('shall', '者[應]附原文', '輸入者', '', '', 'headless agentive 輸入者 (importer) is the subject; 國外未販售者免附 has no cue (免附)')],
    62: [('shall', '者，[應]就', '^[主管機關]', '', '', 'subject of the …者 clause (主管機關審認…無法恢復…者), main clause has none; 申請開發或利用者 is inside the object NP'), ('shall_not', '，[不予]許可', '', '', '主管機關', 'new sentence, 如…未載明…者 condition, no subject written; 主管機關 named in the sentence before -> carried')],
    63: [('shall', '，[應]於事前', '^[雇主]', '', '', '規定車輛行駛速率 / 並使勞工依該速率進行作業 under the same 應 (勞工 is the patient)')],
    64: [('may', '者[得]檢附', '申請審驗證明者', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 前項檢驗機構未能提供…時 condition')],
    65: [('shall', '。[應]依', '', '', '', 'no subject (the disclosure of the lease information); lead-in 財務報告…對下列事項應加註釋 has a thing subject (財務報告), names no actor -> no carried; 期貨商 appears only inside the object NP')],
    66: [],
    67: [('shall', '者，[應]依', '', '', '', 'thing subject (前項都市計畫之變更); 依法應辦理環境影響評估…者 is a condition (cue inside it not labelled); para 1 (得…迅行變更或逕為變更) names no actor -> no carried')],
    68: [('shall', '措施者，[應]於', '', '', '安全管理機構', 'no subject; 而須立即採取矯正措施者 is a condition (須 inside it not labelled); lead-in …時，安全管理機構應依下列方式辦理 -> carried'), ('may', '，[始得]航行', '', '', '安全管理機構', "hard: 應…，始得 = two statements; the sailing is the ship's (船舶, a thing, named in the lead-in condition); the lead-in's actor 安全管理機構 (the managing company) carried; 航政機關 only inspects / issues certificates")],
    69: [('shall_not', '可[不得]為之', '', '', '', 'topic = the listed activities (排水設施範圍內之下列行為); 非經許可 condition; para 1 (排水設施範圍內禁止下列行為) names no actor -> no carried')],
    70: [('shall', '，[應]於申報', '', '', '', 'hard: thing subject (賸餘之募集經費); the paragraph right before (申報…收件截止時間…) names no actor; 領銜人、代表人 appear only in para 1 (two paragraphs back) -> no carried')],
    71: [('shall_not', '，[不得]逾', '', '', '保訓會', 'thing subject (其期間 = the extended training period); 保訓會 extends it (由保訓會…酌予延長, same sentence) -> carried; 准予 no cue; 以一次為限 no cue'), ('may', '會[得]退還', '保訓會', '', '', 'new sentence with own subject; 延長訓練期滿…不及格者 / 如有…情事 conditions; 逕予核定… under the same 得')],
    72: [('may', '關[得]命令', '主管機關', '', '', 'first 主管機關 (before the cue); 漁船船位回報器…斷訊…者 condition; 限期直航返回… / 並接受主管機關派員檢查 are the content of the order'), ('may', '，[始得]出港', '', '', '漁船', 'hard: 始得 = may only then; the condition clause has a thing subject (船位回報器); the one leaving port is 漁船 (object of the order, subject of the chained VPs; the vessel standing for its operator, 經營者 only in para 2) -> carried')],
    73: [('shall', '者，[應]填具', '', '', '醫事放射所', '醫事放射所開業執照滅失或遺失者: a …者 whose own subject is a thing (the licence) = condition; 醫事放射所 is the possessor inside the topic NP -> carried; 並繳納… / 向…申請補發 same 應')],
    74: [('shall', '等[應]放置', '', '', '消費事業單位', 'hard: thing subject (灌氣容器等); lead-in …應確認消費事業單位之消費設備適於左列規定: the supplier of the lead-in is not named, the one placing / equipping is the consumer business (possessor inside the lead-in topic NP) -> carried; 並在…設置 same 應'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the same item')],
    75: [('shall', '，[應]依', '^[雇主]', '', '', '擋土支撐之構築 is the object topic')],
    76: [],
    77: [('shall', '關[應]隨時', '^[稽徵機關]', '', '', '並督促… same 應; 扣繳義務人 (義務 without 負) is the patient, no cue')],
    78: [('exception', '，[除]工業類', '', '', '', '除工業類外 carves out of the 得 of the same sentence'), ('may', '科[得]增置', '', '', '學校', 'no subject (前三目類 topic, 設有五科以上者 condition); article lead-in 學校教師員額編制如下 (學校 possessor inside the topic NP) -> carried')],
    79: [('may', '，[得]檢舉', '', '', '', 'the factory (未登記工廠有…者) is the patient (condition); the reporter is not named in the article -> no carried')],
    80: [('shall', '後，[應]即', '^[要保人或被保險人]', '', '', 'coordinated subject kept whole; 應即 one cue; 保險人 is the one notified')],
    81: [('shall', '標[應]永久', '', '', '', 'thing subject (前項永久測量標); para 1 is a definition, no actor -> no carried')],
    82: [('may', '校[得]以', '學校', '', '', 'last 學校 before the cue (the first is inside 就讀學校所在地區 in the …時 condition); 並辦理學習評量 same 得')],
    83: [('shall', '，[應]距離', '', '', '', 'thing subject (the detector of the lead-in 探測器之裝置位置，依下列規定); 牆上設有出風口時 condition; no actor named -> no carried'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the same item')],
    84: [('may', '，[得]結合', '', '', '', 'thing topic (防空演習實施之編組…等事項); single-paragraph article names no actor -> no carried; 參加機關（構）及人員 is part of the topic')],
    85: [],
    86: [('shall', '[應]逐案', '^[預算支用單位]', '', '', '申請保留…時 framing; 應付款 false friend (歲出應付款, also inside 「」); the second sentence (先送…並編製…呈報…) has no new cue -> same 應')],
    87: [('shall', '者[應]維持', '^[製造業者]', '', '', ''), ('shall', '，[應]向', '', '', '製造業者', 'new sentence without subject (如經調查結果確定…者 condition; the second 製造業者 is inside 由製造業者之活動) -> carried from the sentence before')],
    88: [('shall', '並[應]酌予', '', '', '學校', 'hard: no subject (班級中如有身心障礙學生 condition; 每班以二人為原則 no cue); paragraph right before: 學校自行或委託辦理本服務時… (學校 runs the classes; 直轄市、縣（市）主管機關 only regulates ratios) -> carried 學校')],
    89: [],
    90: [('shall', '者[應]於', '申請者', '', '', 'last 申請者 before the cue (the first is the object of 通知); 產品抽驗不合格者 condition'), ('shall', '構[應]取消', '驗證機構', '', '', 'new sentence, own subject; 超過六個月未申請重新抽驗者 condition; 申請重新抽驗以一次為限，並同時…繳交檢驗費 has no guide cue (以…為限), not labelled')],
    91: [('shall', '質[應]具', '', '', '', 'thing subject (導線管材質); lead-in 地下管路系統之導線管規定如下 names no actor -> no carried; 且適合… same 應')],
    92: [('shall', '，[應]予', '', '', '', 'thing topic (其檢驗結果); first clause (對…予以檢驗) has no cue of its own (予以 is not 不予); lead-in 生產管制，應符合下列規定 names no actor -> no carried; 及適當處理 same 應')],
    93: [('shall', '表[應]記明', '', '', '', 'thing subject (申請表); lead-in 中央主管機關審查減量方法認可申請 names only the reviewer, not the applicant (申請單位 only in the sub-items as content) -> no carried')],
    94: [('may', '，[得]依原', '', '', '', 'thing subject (…尚未完工之水土保持計畫); the article names no developer -> no carried'), ('shall', '仍[應]依', '', '', '', '但…應 without 不在此限 = shall; 原核定計畫有變更時 condition; no actor named')],
    95: [('may', '，[得]逕依', '', '', '', 'thing subject (事業廢棄物); 經…規定得逕行再利用者 is a condition (its 得 not labelled); 不受前項之限制 has no guide cue; para 1 (…再利用應經本部許可) names no reuser -> no carried')],
    96: [('shall', '械[應]具有', '', '', '', 'thing subject (衝壓機械); single-paragraph article, no actor -> no carried')],
    97: [('shall', '，[應]依受試', '', '', '', 'thing subject (試驗之設計); 受試者 are only patients; no actor named -> no carried; 以減低… purpose'), ('may', '，[得]採用', '', '', '', 'new sentence, 如無法執行…時 condition, no subject written'), ('shall', '數[應]適當', '', '', '', '但…應 without 不在此限 = shall; thing subject (其各組受試人數)')],
    98: [('shall', '，[應]依', '', '', '發行人或總代理人', 'hard: the topic NP is the products (發行人或總代理人所發行或代理之境外結構型商品); 發行人或總代理人 is the agent inside it -> carried; 編具月報 / 並經…傳送… same 應')],
    99: [('shall', '另[應]依', '', '', '教育法人', 'hard: 除應…外，另應 is additive (not an exception); the 應 inside 除…外 restates, not labelled; thing topic (年度經費決算); lead-in 教育法人應依下列規定建立會計制度 -> carried')],
    100: [('shall', '，[應]投保', '', '', '遊艇經營業者或所有人、自用遊艇所有人或船長', 'hard: topic = the liability (前項因過失所致之損害賠償責任); the paragraph right before names the liable persons (…應負損害賠償責任) -> carried whole')],
    101: [],
    102: [('shall', '，[應]於', '顧問機構', '本規則施行前已取得認可之顧問機構', '', 'restrictive 之-modifier -> bearer_full (取得 false friend inside it); 具備… / 並依第十三條規定辦理 same 應')],
    103: [],
    104: [],
    105: [('shall', '容[應]包括', '', '', '經營本法第五十六條第一項第三款規定之業務者', 'hard: thing subject (其內容 = the contract and translation); lead-in 經營…業務者，其辦理每一移民基金案，應檢附下列文件 (headless agentive …者 kept whole) -> carried; 移民申請人對於移民基金應注意事項 is an attributive NP (not labelled); 取得 false friend')],
    106: [('shall', '所[應]依職權', '看守所', '', '', '經裁定羈押之法院禁止其接見通信者 / 有前項情形時 conditions (禁止 inside the condition, not labelled); 檢具…速送… and the embedded 經裁定核准後由看守所護送… under the same 應'), ('may', '所[得]先將', '看守所', '', '', 'hard: 看守所得先 = 看守所 + 得 (not 所得); 但…得 without 不在此限 = may; 有急迫情形時 condition; 並即時通知… same 得'), ('shall', '者，[應]於五日', '法院', '', '', 'subject of the …者 clause (法院認為不應准許者; 不應 inside it not labelled), main clause has none; 裁定撤銷之 is the content')],
    107: [('shall', '部[應]撤銷', '內政部', '', '', '為權利人明知…者 / 或其…取得、設定…有立即影響者 conditions (取得 false friend); 並通知… same 應; 依第十九條規定逕為標售 no new cue')],
    108: [('may', '，[得]免徵', '', '', '臺灣省政府', 'hard: 得免 = may be exempted (permission, cue 得); thing subject (本公債利息所得; 所得 false friend); the exemption is set by 臺灣省政府 (由臺灣省政府審酌…擬訂, an embedded 由X clause, 行政院 only approves) -> carried')],
    109: [('shall_not', '五，[不得]大於', '', '', '', 'thing subject (最大應力; 所得 / 應力 false friends); no actor named in the article -> no carried'), ('shall_not', '下，[應不]超過', '', '', '', '應不 = shall_not (one cue); thing subject (其最大撓度)'), ('may', '重[得]適用', '', '', '', 'thing subject (其假設荷重); 船長不滿一○○公尺者 is a condition (船長 = ship length)')],
    110: [],
    111: [('shall', '位[應]評估', '^[開發單位]', '', '', '並訂定因應對策 same 應 (因應 false friend)')],
    112: [('shall', '，[應]收取', '', '', '', 'hard: 應收取費用 = shall collect fees (modal, not the false friend 應收帳款); 依本法受理…之各項申請 is a framing activity, the receiving authority is not named as a noun (中央主管機關 only sets the rules, 由…定之) -> no carried')],
    113: [],
    114: [('shall', '：[應]檢附', '', '', '土地所有權人', 'no subject; lead-in 土地所有權人申請適用…者，應填具申請書，並依下列規定… -> carried'), ('shall', '者，[應]加附', '', '', '土地所有權人', '建廠前依法應取得設立許可者 is a condition (its 應 not labelled; 取得 false friend); carried as above'), ('shall', '者，[應]檢附', '', '', '土地所有權人', 'new sentence, 其已開工生產者 condition; carried as above')],
    115: [],
    116: [],
    117: [('shall', '，[應]依', '', '', '', 'hard: 因應用 = 因 + 應用 (false friend), inside the topic; thing topic (…知悉之檔案內容); the user is not named as a noun; single-paragraph article -> no carried')],
    118: [('may', '，[得]依', '^[受託人]', '', '', 'hard: 不得已 (unavoidable) is a false friend, not a shall_not; 因有不得已事由 condition; 檢具… / 向主管機關申請許可… same 得; 取得 false friend')],
    119: [],
    120: [],
}
