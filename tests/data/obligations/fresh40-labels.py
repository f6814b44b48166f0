# fresh40: seed 2530001, session 38 (two readers: a = 1-60, b = 61-120)
# o40: reader a, provisions 1-60 of /work/eval/s38/o40/to_label-a.tsv (sample seed 2530001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh39-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh38/fresh39):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 is two statements.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also a possessor inside the topic NP),
#   its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (該, 其, 任何) and restrictive 之-modifiers go to bearer_full; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…應 without
#   不在此限 are a may / a shall.
# - adjacent 應不(予) is one shall_not (guide: 應不 = shall_not); 應 … 不予 separated by adverbials, with 應 governing
#   the whole predicate, is one shall statement (cue 應), as 得…不予 is one may.
# - not labelled: attributive 須…之 / 應X之 / 應具備條件 (NP), cues inside 除…外 and conditions, 免予 (false friend),
#   除以 (division), 應徵/應召 (respond to call-up, verbs in a condition), 所得, 取得, 得獎, 得標.
# o40: reader b, provisions 61-120 of the sample (seed 2530001, session 38), numbered 1-60 here,
# hand labels for /work/eval/s38/o40/to_label-b.tsv in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh39-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh39):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject or
#   the action is plainly another party's (then bearer '' and `carried`); 應…並應 is two statements; one 應/得
#   governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   得…不補償 (may decline) is one may statement.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (應予錄取, 應予撤銷,
#   得免除…責任, 得…敘薪, 應…處罰), gives bearer ''; `carried` when this provision (also an agent or possessor inside
#   the topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; coordinated subjects kept whole; the subject of a …時/…後 clause is the bearer when the
#   main clause has no subject of its own; the agent after 應由/得由 is the bearer; 各/各級/歷次 kept as part of the name.
# - 但…得 / 但…不予 without 不在此限 are a may / a shall_not; 應不 is shall_not; 始得 is may.
# - not labelled: cues inside …時/…者 conditions (須辦理…變更時), definitions (…指…應即退休人員), cues inside 除…外
#   (除應依…辦理外，並應 is additive), 除…外 carving out of a clause without a cue (由…處理), attributive 應X之
#   (應加徵之, 應負之, 應提供之, 應由…處理之事項), 不受…之限制, 由…定之 / 由…查定之 / 以…為限 / 以…為原則;
#   false friends 取得, 獲得, 所得, 得標, 應變, 支應, 供應, 應付款, 應考須知, 應考資格表, 應考人.
LABELS = {
    1: [],  # 須電臺執照之 / 不須電臺執照之 attributive (need); 取得 false friend; a condition item
    2: [('shall', '園[應]建立', '^[非營利幼兒園]', '', '', ''),
        ('shall', '財務[應]獨立', '', '', '非營利幼兒園', 'own thing subject (財務) after 且; the kindergarten named in this provision -> carried'),
        ('shall', '，[應]設置', '', '', '非營利幼兒園', 'thing topic (經費之收支保管及運用); carried as above')],
    3: [('shall', '簿[應]於', '', '', '承辦書記官', 'thing subject (前項收案登記簿); paragraph right before: 承辦書記官應即登載於收案登記簿 -> carried')],
    4: [],  # 但…免予檢附: 免予 is a listed false friend, no cue; 取得 false friend
    5: [('shall', '[應]予包封', '', '', '', 'thing subject (變壓器); 並經設計者確認 same 應 (設計者 is the confirming agent, not the bearer); lead-in names no actor')],
    6: [('shall', '，[應]詳為', '^[審計機關]', '', '', '所送… (sent by the audited bodies) is the object topic'),
        ('shall', '，[應]通知', '^[審計機關]', '', '', 'second cue of the same sentence, 如有錯誤或不當 condition -> shares the bearer')],
    7: [('shall_not', '[應不]予受理', '主管機關', '', '', 'guide: 應不 = shall_not, one statement (應不予受理); 船舶重複申請… is a condition')],
    8: [('shall', '，[應]立即', '^[從業人員]', '', '', 'N[condition]者 keeps N (從業人員[健康檢查結果發現有…傳染病]者)')],
    9: [('shall', '，[應]由', '本職機關', '', '', 'agent after 應由; 加班費 is the object topic'),
        ('may', '，[得]由', '借調機關或被支援機關', '', '', '但…得 without 不在此限 is a may; agent after 得由, coordinated kept whole')],
    10: [('shall', '，[應]依法', '', '', '支給或發放機關', 'hard: 其有溢領者 is a condition (the retiree is the patient); no subject; the 支給或發放機關 that computes and pays in the same item is the one that recovers -> carried; first clause 由審定機關函知… has no cue')],
    11: [('may', '時[得]依', '^[本會]', '', '', '以書面為原則 has no cue'),
         ('shall', '院[應]提供', '國原院', '', '', 'new sentence, own subject; 並配合… same 應')],
    12: [('shall', '主管機關[應]通知', '直轄市、縣 (市) 主管機關', '', '', '其使用地屬…者 condition; 依…規定辦理 same 應; first sentence (自動失效) has no cue'),
         ('may', '，[得]於', '', '', '申請人', 'hard: 但…得 without 不在此限 = may; 有不可歸責於申請人之事由者 read as a condition (not an agentive …者 subject); the applicant (named inside it) applies for the extension -> carried'),
         ('shall_not', '[不得]逾', '', '', '', 'after ；, own thing subject (每次延展期限); applicant asks, authority grants -> actor not clear, no carried')],
    13: [('exception', '[除]當事人', '', '', '', '除當事人另有約定外 carves out of the 應 of the same sentence'),
         ('shall', '，[應]由', '共有人', '其共有人', '', 'agent after 應由; 其 determiner -> bearer_full; 房屋或土地為數人共有者 condition')],
    14: [('shall', '員[應]予', '警察人員', '', '', '犯罪嫌疑人或其辯護人提出… is the situation (patient), not the bearer')],
    15: [('shall', '位[應]設立', '受補助單位', '', '', '並單獨設帳管理 / 同時依契約…編製…送本會審核 same 應')],
    16: [('may', '時，[得]先行', '', '', '', 'the 兼辦投遞代辦所 (subject of the …時 clause) is the beneficiary, not the payer; the payer (郵局) is not named as such in the article -> no carried; second sentence (給予…) has no cue')],
    17: [('shall', '報告[應]經中央', '', '', '蓄水庫興辦機關 (構)', 'thing subject (前項複核之報告); paragraph right before: 蓄水庫興辦機關 (構) 應會同管理機關 (構)…作全盤複核 -> carried'),
         ('may', '，水庫[始得]蓄水；', '', '', '', 'thing subject (水庫); who impounds (興辦 or 管理機關) not clear -> no carried'),
         ('shall', '報告[應]經直轄市', '', '', '蓄水庫興辦機關 (構)', 'after ；, 若… condition; thing subject (其複核之報告); 並報中央主管機關備查 same 應; carried as above'),
         ('may', '備查，水庫[始得]蓄水', '', '', '', 'as the first 始得')],
    18: [('shall', '，[應]由', '服務機關', '', '', 'agent after 應由; 各機關受資遣人員未依…辦理者 is a condition (patient); 檢同… / 送審定機關審定… same 應')],
    19: [('shall', '，[應]明確', '^[境外臺校]', '', '', 'subject of the …時 clause, main clause has none')],
    20: [('may', '[得]免試', '', '', '參加補考之人員', 'hard: own thing subject (該項目); 運轉操作測驗及格者 is the topic/condition; lead-in 依前條第二項規定參加補考之人員，得依下列規定免試 -> carried')],
    21: [('may', '最多[得]提前', '^[依前項規定擇領減額月退休金者]', '', '', 'hard: a cap read as a permission; after ；, same sentence, the headless …者 topic is the only subject, kept whole; 減發… has no cue'),
         ('may', '畸零日數[得]合併', '', '', '', 'thing subject (畸零日數); the computing authority is not named -> no carried; 並以三十日折算 same 得'),
         ('shall_not', '[不得]擇領', '提前年數逾五年者', '', '', 'headless …者 phrase, the only subject, kept whole')],
    22: [('shall', '）構[應]至', '原驗證機關（構）', '', '', 'the text has a stray 構 after 原驗證機關（構）; …者 conditions before (申請設定保密者, …未申請展期者)')],
    23: [('shall', '，[應]符合', '設立未滿三年者', '', '', '但…應 without 不在此限 is a shall; headless …者 phrase (the foreign insurer of the lead-in), the only subject, kept whole; first sentence (…者。) is a qualification with no cue')],
    24: [('may', '，[得]依', '漁船', '中華民國九十六年十二月三十一日前經認定具有珊瑚採捕設備，且經中央主管機關列冊有案之漁船', '', 'the vessel is the written agentive subject (兼營) standing for its operator, kept as bearer (as 油輪 in fresh39); restrictive modifiers -> bearer_full')],
    25: [],  # an item of 應記載下列事項 without own cue; 所得受償 false friend
    26: [('may', '[得]依', '', '', '', 'thing topic (前項各階停年), 戰時 condition; 酌予縮短 same 得; paragraph before names 國防部 only for 將官停年 -> no carried')],
    27: [('may', '[得]設', '', '', '學校', 'hard: inside a definition (所稱分部，指…) but 必要時，並得設行政分支單位 is a predicative permission, not attributive; subject is the 分部/school unit -> bearer empty, 學校 named in this provision -> carried')],
    28: [('may', '，[得]減輕', '', '', '', '犯…之罪…自動入營或報到者 condition (the offender is the patient); the court is not named; 應徵、應召 are verbs (respond to call-up) inside the condition -> not labelled; 或免除其刑 same 得')],
    29: [('shall', '，[應]依', '^[期貨商]', '', '', 'subject of the …時 clause, main clause has none')],
    30: [('shall', '，[應]於', '^[學校]', '', '', '')],
    31: [('may', '，[得]依', '受災失業者', '年滿十五歲至六十五歲，或未滿十五歲且國民中學畢業之受災失業者', '', 'N[condition]者 keeps N; 之-modifiers -> bearer_full')],
    32: [],  # 取得 / 所得 false friends; 暫緩課徵 has no cue
    33: [('shall', '）[應]採行', '^[少年前案資料保存機關（構）]', '', '', '留存… / 定期查核 same 應'),
         ('may', '並[得]請', '^[少年前案資料保存機關（構）]', '', '', 'second cue of the same sentence, 必要時 condition -> shares the bearer')],
    34: [('shall', '均[應]呈由', '^[聲請證明銓定資格或送審資歷者]', '', '', 'headless …者 phrase, the only subject, kept whole; 呈由 = submit through (原送審機關 is the channel, not the agent); 無論… concessive; 填具…轉送 under the same 應'),
         ('shall', '時，[應]呈由', '', '', '聲請證明銓定資格或送審資歷者', 'hard: new sentence; 原送審機關不存在時 is a condition (its subject is not the actor); the applicant named in the sentence before -> carried')],
    35: [('may', '，[得]申請', '^[廣播電視業者]', '', '', '為…之需要 purpose')],
    36: [('shall_not', '[不得]報名', '^[經本局依前項規定撤銷參賽、入圍、得獎資格者]', '', '', 'headless …者 phrase, the only subject, kept whole; 參賽 same 不得; 得獎 false friend')],
    37: [('shall', '行[應]符合', '^[大陸銀行分行]', '', '', 'lead-in')],
    38: [('may', '要[得]分組', '^[聯合污水廠]', '', '', 'an organizational unit, the actor; 係為… is a statement of purpose')],
    39: [('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the lead-in 應實施環境影響評估 (位於重要濕地 is a trigger item)')],
    40: [('shall', '者，[應]自', '', '', '', 'hard: 應 governs 不予核發… or 撤銷、廢止… (one statement, as 得…不予); the 得標廠商 is the topic/patient (其 = its permits), the issuing authority is not named; paragraph before names only 政府 (獎勵) -> no carried; 得標 false friend')],
    41: [],  # 除以 = divide; 所得比例 false friend; a formula
    42: [],  # 依法令禁止製造 restates a prohibition inside a condition item (attributive)
    43: [('shall', '，[應]符合', '', '', '', 'thing subject (緊急定位發報機); paragraph before names only 直昇機 (a thing) -> no carried')],
    44: [('exception', '[除]有第八條', '', '', '', '除…外 carves out of the 應 of the same sentence; 應予駁回 inside 除…外 restates -> not labelled'),
         ('shall', '外，[應]依', '', '', '', 'the applicants (節目供應事業…者) are a condition; the reviewing authority is not named in the article -> no carried')],
    45: [('shall', '組[應]由', '^[審查小組]', '', '', 'hard: 由委員五人至七人組成 = composition, not an agentive 由 -> the committee (subject) is the bearer; 以書面…進行審查 / 並以…為決議 same 應')],
    46: [('shall', '，[應]設置', '^[學校、機構]', '', '', 'coordinated subject kept whole; 採取… same 應')],
    47: [('shall', '器[應]有', '', '', '', 'thing subject (電動車耦合器); lead-in 電動車耦合器規定如下 names no actor'),
         ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 before')],
    48: [('may', '券[得]使用', '', '', '', 'thing subject (數位三倍券); holders not named -> no carried; 以…為限 no cue')],
    49: [('shall', '，[應]準用', '^[依本法第二十二條委託原住民族、部落、傳統組織或非營利之機構、法人或團體辦理原住民族教育者]', '', '', 'hard: headless agentive …者 phrase (the entrusting party), the only subject, kept whole'),
         ('exception', '[不予]準用', '', '', '', 'hard: 但…不予準用 carves provisions out of the 準用 of the sentence before (like 不適用) -> exception, not a shall_not')],
    50: [('shall', '關[應]視', '主管機關', '', '', 'hard: 應視情節輕重，一年至三年內不予受理… = one statement (應 governs the refusal, as 得…不予); 保證人未能履行…者 condition'),
         ('may', '，[得]代申請', '但[保證人]為', '', '', '但…得 without 不在此限 is a may; N[condition]者 keeps N (保證人為團聚之對象且有…者); 並擔任保證人 same 得')],
    51: [('shall', '，[應]以判決', '^[第二審法院]', '', '', 'subject of the 認為…者 clause, main clause has none'),
         ('shall', '審判長[應]定', '審判長', '', '', '但…應 without 不在此限 is a shall; own subject; 先命補正 same 應')],
    52: [('may', '：[得]經營', '', '', '環境保護事業機構', 'subject is the grade (甲級); lead-in 環境保護事業機構申請經營…應分別具備左列條件 -> carried; 其應具備條件如左 is attributive (應具備[之]條件 + 如左; cf. 其應具備條件為… in item 二) -> not labelled')],
    53: [],  # 取得 false friend; an eligibility item without cue
    54: [('shall', '椅[應]配置', '', '', '', 'thing subject (飛航組員座椅); 航空器使用人 is named only in the following paragraph -> no carried'),
         ('shall', '帶[應]具備', '', '', '', 'new sentence, thing subject (該安全帶)')],
    55: [('shall', '制[應]包括', '', '', '金融控股公司', 'thing subject (風險控管機制); possessor 金融控股公司 inside the topic NP -> carried')],
    56: [('shall', '主管機關[應]於初審', '直轄市、縣（市）主管機關', '', '', '申請許可案件屬…者 condition; 舉行公聽會 / 並將…登載… / 或以其他適當方法廣泛周知 same 應'),
         ('may', '[得]於公開展覽期間', '人民或團體', '任何人民或團體', '', 'after ；, own subject; 任何 determiner -> bearer_full; 向…提出意見 under the same 得; 併同審查 no cue')],
    57: [],  # 應提出之期限: attributive 應X之
    58: [('shall', '，[應]先由', '地政機關', '該地政機關', '', 'agent after 應(先)由; 該 determiner -> bearer_full; 前項土地…變形者 condition; 通知土地所有權人… (the owners agree under the notice, not a separate cue); second sentence has no cue')],
    59: [('exception', '[除]招標文件', '', '', '', '除招標文件另有規定外 carves out of the 應 of the same sentence'),
         ('shall', '其有效期[應]較', '', '', '廠商', 'thing subject (其有效期 = the guarantee); 廠商 (the furnisher, possessor 其) named in this provision -> carried'),
         ('shall', '有效期[應]一併', '', '', '廠商', 'new sentence; 廠商延長報價有效期者 condition; own thing subject (其所繳納押標金之有效期), possessor 其 = 廠商 -> carried')],
    60: [('shall', '，[應]以', '^[中央主管機關]', '', '', 'subject of the …時 clause, main clause has none')],

    61: [('shall', '，[應]就', '^[投保單位或保險對象]', '', '', 'subject of the …時 clause, main clause has none; 依法應加徵之 attributive')],
    62: [('may', '主管機關[得]派員', '主管機關', '', '', '進入…執行查驗 same 得'),
        ('may', '並[得]抽取', '主管機關', '', '', 'second 得 of the same sentence shares the bearer'),
        ('shall_not', '業者[不得]規避', '業者', '', '', 'own subject; 以足供鑑定者為限 no cue')],
    63: [('shall', '[應]到場', '重整監督人、重整人及公司負責人', '', '', 'coordinated subject kept whole; 法院審查…之期日 time phrase'),
        ('may', '[得]到場', '重整債權人、股東及其他利害關係人', '', '', 'coordinated subject kept whole')],
    64: [('shall', '並[應]符合', '', '', '職場教保服務中心', 'hard: thing subject (幼兒專用床具); lead-in 第一項服務應提供之設施設備如下 (應提供之 attributive) names no actor; paragraph right before the lead-in (para 3) and para 1 name 職場教保服務中心 as the provider -> carried; 以…為原則 no cue')],
    65: [('shall', '，[應]予', '', '', '中華郵政公司', '…者 (the salesperson) is the patient of 撤銷; paragraph right before (para 1) 中華郵政公司應…予以…撤銷其業務員登記之處分 -> carried')],
    66: [('may', '，[得]允許', '^[都市計畫主管機關]', '', '', 'subject of the …時 clause, main clause has none; 並於說明完畢後退席 is part of what is allowed')],
    67: [('may', '[得]由', '航空站', '', '', 'agent after 得由; 並報由交通部核定之 same 得 (由…核定之 no cue)')],
    68: [('shall', '，[應]督導', '', '', '解體安全作業主任', 'no subject; lead-in 前項解體安全作業主任之任務如左 -> carried'),
        ('shall', '，[應]立即', '', '', '解體安全作業主任', 'second 應 (如超過…時 condition); carried as above; 並採取必要措施 same 應')],
    69: [('shall', '[應]有', '', '', '', 'thing subject (空標設置地點之上空); single-paragraph article, no actor named')],
    70: [('shall', '，[應]由', '申請人', '', '', 'agent after 應由; 須辦理…變更時 is a condition (須 not labelled); 向…申請 / 據以核發許可 / 並辦理…登記 same 應; 不受…之限制 not a listed cue')],
    71: [('shall_not', '[不得]轉調', '^[本考試及格人員]', '', '', ''),
         ('shall', '並[須]再', '^[本考試及格人員]', '', '', '須 as modal; second operator of the same sentence shares the bearer'),
         ('may', '[始得]轉調', '^[本考試及格人員]', '', '', '始得 = may (only then); same subject')],
    72: [('may', '，[得]於次日', '', '', '受託機關（構）', '但…得 without 不在此限 is a may; 指定日…不許可者 condition; lead-in 受託機關（構）依下列規定派員取樣 -> carried; first sentence 於指定日派員取樣 has no cue'),
         ('may', '人[得]申請', '申請查驗義務人', '', '', 'own subject; 受託機關（構）尚未派員取樣前 time phrase; 以七日為限 no cue')],
    73: [('shall', '處[應]依據', '^[主計處]', '', '', 'one 應 governing the whole chain (彙案編成…簽報…提出立法院審議)')],
    74: [],
    75: [('shall', '班[應]與', '', '', '社教機構', 'thing subject (學分班); 社教機構 named at the start of this provision -> carried'),
         ('shall', '資[應]符合', '', '', '社教機構', 'own thing subject (招收學員資格及授課師資); carried as above'),
         ('shall', '至少[應]有', '', '', '社教機構', 'second operator (且至少應有), thing subject continues (授課師資); carried as above')],
    76: [('shall_not', '[不得]超過', '', '', '專任運動教練', 'thing subject (兼職時數), 所兼任職務…者 condition; lead-in 專任運動教練不得在校外兼職。但有下列情形之一…不在此限 -> carried; first sentence has no cue')],
    77: [('shall_not', '所[不得]違反', '^[語言治療所]', '', '', '超額或擅立項目收費 same 不得')],
    78: [('may', '，[得]自', '', '', '各公司', 'thing subject (…尚未減除之損失); 各公司 inside the topic NP (whose income and losses; lead-in 前項各公司選擇…合併申報…者) -> carried; 對應 false friend'),
         ('shall_not', '[不予]計入', '', '', '各公司', '…餘額為負數者 condition, thing subject (該負數); carried as above')],
    79: [('shall', '，[應]通報', '^[政黨、附隨組織或黨營機構]', '', '', 'N[condition]者 keeps N; coordinated subject kept whole'),
         ('shall', '，[應]命', '', '', '促轉會', 'hard: 經促轉會審定者 is a condition (the files / holders are the patient); the one who orders is 促轉會, named in this provision -> carried')],
    80: [('shall', '入預算，[應]按', '', '', '', 'thing subject (歲入預算); single-paragraph article, no actor named'),
         ('shall', '出預算，[應]按', '', '', '', 'thing subject (歲出預算); as above'),
         ('shall', '收支預算，[應]按', '', '', '', 'thing subject (融資性收支預算); as above')],
    81: [('may', '，[得]免除', '', '', '', 'hard: 各級承辦人員 are the beneficiaries (liability is waived for them), not the one who waives; 民營事業機構辦理… is a circumstance; the waiving party is not clearly named -> no carried')],
    82: [('shall', '證基會者，[應]於', '公司', '', '', 'N[condition]者 keeps N (公司以電子檔案傳送至證基會者); 第一項及第二項…表冊 is the topic'),
         ('shall', '公告者，[應]於', '公司', '', '', 'after ；, 以日報公告者 condition without own subject -> shares 公司')],
    83: [('shall', '，[應]併予', '', '', '', '核定國家機密等級時 condition without subject; the classifying authority is not named in the article (para 1) -> no carried')],
    84: [('shall', '關[應]廢止', '中央主管機關', '', '', '勞工未依前項規定返還者 condition; 並限期返還 same 應'),
         ('shall', '，[應]依法', '中央主管機關', '', '', '屆期未返還者 condition, no new subject -> shares the bearer (追繳)'),
         ('shall_not', '[不得]再申請', '', '', '勞工', 'hard: same sentence, but applying for assistance is the worker\'s act, not the authority\'s; 勞工 named in this provision -> carried')],
    85: [('shall_not', '[應不]低於', '', '', '保護機構', '應不 = shall_not; thing subject (該上限); 保護機構 sets the cap (由保護機構定之, no cue) in this provision -> carried')],
    86: [],
    87: [('may', '[得]免依', '', '', '登錄人', 'thing subject (限定場址中間產物); paragraph right before (para 3) 登錄人製造或輸入…者，應…申請登錄 -> carried')],
    88: [('shall', '，[應]掣給', '^[代徵人]', '', '', 'subject of the …後 clause, main clause has none; 交與證券出賣人 same 應'),
         ('may', '，[得]按月', '證券經紀商', '', '', '但…得 without 不在此限 is a may; N[condition]者 keeps N (證券經紀商為代徵人者)')],
    89: [('may', '，[得]斟酌', '', '', '', '有下列各款情形之一者 condition; 得…不補償或減少一部之補償 = may decline, one may statement; deciding body not named in the article (para 1)')],
    90: [('shall', '，[應]符合', '', '', '', 'thing subject (通信設備之性能標準及裝設); single-paragraph article, no actor named')],
    91: [('shall', '，[應]收取', '^[中央主管機關]', '', '', '重新申請認可時，亦同 no cue')],
    92: [('shall', '練[應]確定', '', '', '', 'hard: thing subject (每一飛航組員之訓練); paragraph right before names 合格之教師 (who executes training) and para 1 航空器使用人 (the program), neither clearly the one who ensures -> no carried; 其應負之責任 attributive')],
    93: [('shall', '，[應]將', '^[船員]', '', '', '自願放棄…身分 is the occasion; 繳回… / 廢止… / 並註銷… same 應'),
         ('shall', '，[應]向', '。[船員]申請', '', '', 'new sentence, own subject')],
    94: [('may', '）[得]另', '興辦機關（構）', '', '', '…基地不宜辦理…且…無虞者 condition')],
    95: [],
    96: [('may', '[得]調閱', '考選部', '', '', '各機關保管之試卷、試卡 is the object topic; 於必要時 condition')],
    97: [('may', '[得]延長', '', '', '', 'thing subject (前項定期實地檢查); paragraph right before (監查工作…) names no actor -> no carried; 以一天為原則 no cue')],
    98: [('may', '，[得]憑', '外國人', '持有該地區外僑居留證之外國人', '', '之-modifier -> bearer_full; 經查驗後入出該地區 same 得')],
    99: [('may', '，[得]依', '', '', '', 'hard: the former 約聘技術審查官、約聘商業調查官 are the patient of 敘薪 (salary grading is done by the court); the court is named only in para 4 -> no carried')],
    100: [],
    101: [('shall', '關[應]編列', '各級有關機關', '', '', '…所需之經費 is the object topic; 支應 false friend')],
    102: [],
    103: [],
    104: [('shall', '，[應]成立', '', '', '共同組織', 'thing subject (…收取之費用或獲得之收入); agent 共同組織 inside the topic NP -> carried; 並依…分帳列管 same 應; 獲得 false friend')],
    105: [],
    106: [],
    107: [('shall', '，[應]註明', '', '', '', 'thing subject (合格證明書及…登記書、行車執照與車輛使用手冊); documents from different issuers, who annotates is not clear from para 1 -> no carried')],
    108: [('shall', '並[應]依', '', '', '', 'hard: 除應依…辦理外，並應 is additive (the 應 inside 除…外 restates, not labelled, no exception); 其本身 (the business) is the one punished, not the punisher; tax authority not named')],
    109: [('shall', '，[應]依', '^[電信工程業者]', '', '', 'subject of the …後 clause, main clause has none; 取得 false friend'),
          ('may', '[始得]營業', '^[電信工程業者]', '', '', '始得 = may (only then); same sentence, same subject')],
    110: [('shall_not', '[不得]向外', '社團', '', '', ''),
          ('may', '但[得]接受', '社團', '', '', '但…得 without 不在此限 is a may; shares the written subject'),
          ('shall', '款[應]報請', '', '', '社團', 'own thing subject (所得捐款; 所得 false friend); 社團 named in this provision -> carried; 並切實照辦 same 應')],
    111: [],
    112: [],
    113: [('may', '，[得]應本', '^[中華民國國民]', '', '', 'N[condition]者 keeps N; 應 in 得應本考試 = sit; 應考資格表 false friend')],
    114: [],
    115: [('shall', '者[應]自', '^[歷次得標者]', '', '', '得標 false friend inside the name; 向主管機關繳納… same 應')],
    116: [],
    117: [('shall', '，[應]瞭解', '', '', '農業金融機構', '前款規定於客戶為…時 condition/topic, no subject; lead-in 農業金融機構確認客戶身分措施，應依下列規定辦理 -> carried; 並至少取得… / 辨識及驗證… same 應')],
    118: [],
    119: [('shall', '，[應]予', '', '', '', '應考人 is the patient (應予錄取 = shall be admitted); paragraph right before (缺考之科目，視為零分) names no actor'),
          ('shall_not', '，[不予]錄取', '', '', '', '但…不予 without 不在此限 is a shall_not; 有下列情形之一者 condition; no actor named')],
    120: [('shall', '關[應]依', '直轄市、縣（市）主管機關', '', '', '取得許可登記證之休閒農場…者 condition; 並通知限期改正 same 應; 取得 false friend'),
          ('shall', '關[應]報送', '直轄市、縣（市）主管機關', '', '', 'new sentence, 情節重大者 condition, own subject')],
}
