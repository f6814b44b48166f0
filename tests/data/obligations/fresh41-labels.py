# fresh41: seed 2650001, session 38 (two readers: a = 1-60, b = 61-120)
# o41: reader a, provisions 1-60 of /work/eval/s38/o41/to_label-a.tsv (sample seed 2650001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh40-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh40):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also a possessor / agent inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing (證書污損或滅失者) is read as a condition; determiners (該, 其, 前二項) and restrictive
#   之-modifiers go to bearer_full; the subject of a …時 clause is the bearer when the main clause has none.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，應… whose
#   meaning is plainly "besides …, also" is additive (not an exception); 但…得 / 但…應 without 不在此限 are a may / a shall.
# - not labelled: attributive 應X之 / 須…之 / 得…之 / 禁止…之 inside NPs, cues inside conditions and definitions,
#   由…定之, 以…為限, 負責 (no 負…義務); false friends 應聘, 應募, 應用, 供應, 應有部分, 算得, 獲得, 取得.
# o41: reader b, provisions 61-120 of the sample (seed 2650001, session 38), numbered 1-60 here,
# hand labels for /work/eval/s38/o41/to_label-b.tsv in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the header of fresh40-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh39/fresh40):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   應…並應 is two statements; one 應/得 governing 並X / a following clause without a new cue is one statement;
#   得不予受理 (may refuse) is one may statement.
# - a thing / topic subject, or a person who is only the patient / beneficiary, gives bearer ''; `carried` when this
#   provision (also a possessor inside the topic NP), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - 'N[condition]者' keeps N; the subject of a …時 clause is the bearer when the main clause has none; the agent
#   after (應)由 is the bearer; determiners (其) and restrictive 之/所定 modifiers go to bearer_full.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions (a 但…不在此限 in a list item
#   carving out of the lead-in's statement is still labelled, bearer ''); 但…得 without 不在此限 is a may.
# - not labelled: cues inside …者/…時 conditions and definitions, attributive 得X之 / 應X之 / 不適用X之 (NP),
#   不受…之限制, 由…支應/辦理 without cue, 需 (not a guide cue; also inside a prescribed disclosure text);
#   false friends 所得, 取得, 因應, 應變, 供應, 支應, 肆應, 應募人, 應(考試) as a verb after 得.
LABELS = {
    1: [('shall', '，[應]分別獨立', '', '', '證券投資信託事業或證券投資顧問事業及全權委託保管機構', 'thing subject (the entrusted assets and the own property); the 事業 and 保管機構 named as possessors in the topic -> carried'),
        ('shall_not', '人[不得]對', '債權人', '其債權人', '', 'own subject; 其 determiner -> bearer_full; 或行使其他權利 same 不得')],
    2: [('may', '，[得]續訂', '^[公民營事業]', '', '', '於聘僱期限屆滿如確有需要 condition'),
        ('shall', '，[應]於期滿', '^[公民營事業]', '', '', 'second cue of the same sentence shares the bearer; 應聘技術人員 = hired (false friend, attributive)')],
    3: [('shall', '業[應]於投資', '^[個人及營利事業]', '', '', ''),
        ('shall', '者，[應]於各該', '^[個人及營利事業]', '', '', 'hard: after ；, same sentence; subject 其已依前項規定提取資金…者, 其 = 個人及營利事業 -> shares the written bearer; 並依第十條規定辦理 same 應')],
    4: [('shall', '[須]符合', '', '', '少年福利機構', 'thing subject (用水供應; 供應 false friend); lead-in 少年福利機構應符合下列規定 -> carried')],
    5: [('shall_not', '[不得]有', '', '', '船員', 'no subject; lead-in 船員應遵行船員服務守則如下 -> carried; 善保船員證件 has no cue of its own')],
    6: [('may', '，[得]並撤銷', '', '', '', '有左列各款情形之一者 condition (the offender is the patient); the revoking authority is not named in the article -> no carried; 科…罰鍰, 沒收 stated as facts, no cue')],
    7: [('shall', '校[應]按', '^[學校]', '', '', '評估決定安置… / 並減少班級人數 same 應')],
    8: [('shall', '，[應]全部', '', '', '', 'thing subject (其前已縮短之日數); the restoring authority is not named -> no carried; 當月不縮短刑期 has no cue')],
    9: [('shall', '關[應]撤銷', '直轄市、縣（市）主管機關', '', '', '起造人…資料不實者 condition; 並由主管建築機關撤銷其建築許可 is an embedded 由X clause under the same 應 (one statement)')],
    10: [('shall_not', '容量[不得]超過管制量', '', '', '', 'thing subject (儲槽容量); lead-in 室內儲槽場所之位置、構造及設備應符合下列規定 names no actor'),
         ('exception', '[除]第四石油類', '', '', '', '除…外 carves out of the second 不得 of the same sentence'),
         ('shall_not', '外，[不得]超過二萬', '', '', '', 'after 且, 儲存…時 condition, thing subject as before'),
         ('shall', '容量[應]合併', '', '', '', 'new sentence, thing subject (其容量)')],
    11: [('shall', '，[應]辦理', '', '', '受訓人員', 'hard: 前項第二款所定…請假時數合計達…六分之一者 read as a condition (its own subject is 請假時數), no bearer written; paragraph right before: 受訓人員於訓練期間… -> carried'),
         ('may', '並[得]向', '', '', '受訓人員', 'second cue of the same sentence; carried as above; 以一次為限 no cue')],
    12: [],  # 得辦理專業訓練之機關 / 應備文件 / 應遵行事項 attributive; 由中央主管機關定之 no cue
    13: [('shall', '[應]有', '', '', '', 'thing subject (單獨設置禮廳及靈堂); the operator is not named in the article -> no carried')],
    14: [('may', '，[得]合併', '', '', '', 'topic 民事事件 (a thing); the plaintiff is not named -> no carried; 得互為利用 is inside the …者 condition -> not labelled; 或…為追加或提起反訴 same 得'),
         ('exception', '[不在此限]', '', '', '', '但別有規定者，不在此限 carves out of the 得 before')],
    15: [],  # a definition (前項所稱不得為差別待遇，指…); the 不得 restates the defined term
    16: [],  # 應守機密之事項 attributive; 由…負責 / 連帶負責 (no 負…義務) has no cue
    17: [('shall', '成員[應]兼顧', '', '', '本院', 'thing subject (其組成成員); paragraph right before: 本院每年應舉行諮詢會議，邀請…代表 -> carried')],
    18: [],  # 經本會規定應提出之文件: attributive 應X之
    19: [('shall', '資料[應]保存', '', '', '', 'thing subject (前項第一款至第三款資料); lead-in of 第1項 is 經營派遣業務應遵守下列規定 (an activity, no actor named) -> no carried'),
         ('shall', '並[應]整理', '', '', '', '應…並應 is two statements'),
         ('shall', '者，[應]保存十五日', '', '', '', '但…應 without 不在此限 is a shall; 派遣設備為無線電者 condition')],
    20: [('may', '人[得]選擇', '借款人', '', '', '本息償還年限，最長為三十年 has no cue')],
    21: [('shall_not', '[不得]聲明', '', '', '有妨害法庭秩序或其他不當行為者', 'topic 前項處分 (a thing); paragraph right before names the person subject to the order (有妨害法庭秩序或其他不當行為者) -> carried')],
    22: [('shall', '轉載，[應]按', '^[直轄市或縣（市）主管機關]', '', '', '轉載於重劃後應分配之土地: 應分配之 attributive'),
         ('shall', '轉載，[應]以', '', '', '直轄市或縣（市）主管機關', 'after ；, 其為合併分配者 condition, own thing subject (他項權利之轉載) -> bearer empty, carried from the same sentence; 所算得 / 應有部分 false friends'),
         ('shall', '並[應]於轉載後', '', '', '直轄市或縣（市）主管機關', '應…並應 is two statements; same clause as the one before -> carried')],
    23: [('shall_not', '量[不予]計算', '', '', '', 'thing subject (其生效日期前之銷售量); the computing party is not named -> no carried'),
         ('may', '資料[得]排除', '', '', '', 'thing subject (該資料); 若於公立醫院…者 condition; the reporting party is not named -> no carried'),
         ('shall', '並[應]檢附', '', '', '', 'second cue (得…並應 = two statements); the party reporting to 保險人 is not named -> no carried')],
    24: [('shall', '者，[應]提供', '^[著作權人或製版權人]', '', '', 'N[condition]者 keeps N, coordinated kept whole; 並以書面敘明下列事項…申請之 same 應')],
    25: [('shall', '，[應]全額', '', '', '過渡銀行', 'thing subject (過渡銀行經營期間之年度決算 / 盈餘); possessor 過渡銀行 inside the topic NP -> carried')],
    26: [('shall', '外，[應]查明', '', '', '', 'hard: 除比照前目規定查核外，應查明 = "besides auditing as in the previous item, also verify" (additive, not an exception); 中華民國境內總公司…者 is the audited company (condition); the auditing CPA is not named in the article or lead-in -> no carried')],
    27: [('shall', '書[應]記載', '', '', '請求方', 'thing subject (前二項之請求書); paragraph right before: 請求方應於…補提請求書 -> carried; 並附加… same 應')],
    28: [],  # a definition item (檢驗人員：指…); 取得 false friend
    29: [('shall', '，[應]以', '', '', '學校', 'thing subject (學籍資料); possessor 學校 inside the topic NP -> carried; 永久保存 / 並依法維護… same 應')],
    30: [('shall', '，[應]依', '', '', '直轄市、縣（市）主管機關', 'thing subject (前項需求評估); paragraph right before: 直轄市、縣（市）主管機關…籌組專業團隊進行需求評估 -> carried')],
    31: [('may', '，[得]依', '建築物所有權人、區分所有權人或共有人', '該戶建築物所有權人、區分所有權人或共有人', '', 'coordinated subject kept whole; 該戶 determiner -> bearer_full; 主管機關發現…者 condition'),
         ('shall', '，[應]繳回', '', '', '建築物所有權人、區分所有權人或共有人', '但…應 without 不在此限 is a shall; new sentence without a subject; the recipients named in the sentence before -> carried')],
    32: [],  # 公告禁止進入之地區: 禁止 attributive inside an NP; a penalty-condition item
    33: [('shall', '，[應]保持', '', '', '', 'thing subject (特殊教育之課程、教材、教法及評量); no actor named in the article -> no carried; 適合… same 應')],
    34: [('shall', '，[應]記載', '', '', '', 'thing subject (資產證券化計畫); the article names no drafting party -> no carried')],
    35: [('shall_not', '[不得]賣出', '', '', '境外華僑及外國人', 'no subject; lead-in 境外華僑及外國人…並應遵守下列規定 -> carried')],
    36: [('shall', '，[應]邀集', '^[民航局]', '', '', '並將審查結果報請交通部核准 same 應')],
    37: [('may', '，[得]受進修', '國民', '已受九年國民教育之國民', '', 'after ；, own subject; restrictive 之-modifier -> bearer_full; 予以國民補習教育 (earlier clause) has no cue'),
         ('may', '，[得]受短期', '國民', '志願增進生活知能之國民', '', 'as the one before')],
    38: [],  # 應用研究 false friend; a duties-list item without cue
    39: [('shall', '大會[應]於', '', '', '信用合作社', 'hard: 其社員（代表）大會…召集之 -- the assembly is the object convened (patient topic), not the actor -> bearer empty; the 信用合作社 named in the provision convenes -> carried'),
         ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 before')],
    40: [('exception', '[除]主管機關', '', '', '', '除主管機關依第十八條規定選任者外 carves out of the 應 of the same sentence'),
         ('shall', '外，[應]檢具', '新受託人', '', '', '信託關係存續中受託人變更者 condition; 向主管機關申請… same 應')],
    41: [('shall', '[應]儘量', '', '', '雇主', 'no subject; lead-in 雇主依本標準規定設置之局部排氣裝置，應依下列規定 (雇主 agent inside the topic NP) -> carried; 減少彎曲數目 same 應'),
         ('shall', '且[應]於', '', '', '雇主', 'after 且, second 應 -> two statements; carried as above')],
    42: [('shall_not', '[不得]超過', '', '', '', 'thing/topic subject (其連選連任者 = the re-elected share); no actor -> no carried; 以一次為限 no cue')],
    43: [('shall', '關[應]以', '^[承保機關]', '', '', '')],
    44: [('shall', '人[應]於', '^[財團法人]', '', '', 'one 應 governs both time clauses (…；於年度終結後…檢具…送本會核備)')],
    45: [('shall', '，[應]採取', '^[私立職業訓練機構]', '', '', '')],
    46: [('shall', '者[應]於', '受補助者', '', '', 'hard: the duty is written with a doubled 應 (受補助者應於…及…左側應標示…) -- read as one duty, cue = the first 應; headless agentive …者 kept whole; 獲得 false friend'),
         ('may', '，[得]標示', '', '', '受補助者', '但…得 without 不在此限 is a may (得+標示, not 得標); thing subject (特殊形式之產品), 經報請…核准者 condition; grantee named in the sentence before -> carried')],
    47: [],  # 應募 = subscribe (false friend); a document-list item
    48: [],  # 公告須取具同意輸入文件之物品: attributive 須…之
    49: [('may', '者，[得]填具', '', '', '申請人', 'hard: 歸化、喪失、回復國籍許可證書污損或滅失者 read as a condition (its own subject is the certificate); 申請人 named later in the provision -> carried; 並檢附… / 申請換發或補發 same 得'),
         ('may', '時，[得]以書面', '申請人', '', '', 'subject of the …時 clause, main clause has none')],
    50: [('shall', '，[須]在', '', '', '', 'thing subject (its EID50); lead-in 被檢乾燥犬瘟熱活毒疫苗須符合下列條件 names no actor')],
    51: [('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the lead-in 不得註冊 (the item itself is a trigger, no cue)')],
    52: [('shall', '府[應]將', '^[地方政府]', '', '', '')],
    53: [('shall', '業[應]設置', '^[第一類電信事業]', '', '', '並以適當方式提供… same 應')],
    54: [('may', '員[得]依', '', '', '', 'hard: 前二項人員 are the beneficiaries of 辦理陞遷及銓敘審定 (as 得…敘薪), not the actors -> bearer empty; the handling agency is not clearly named -> no carried')],
    55: [('shall', '，[應]即', '^[民眾]', '', '', 'subject of the …時 clause, main clause has none; 應即 one cue')],
    56: [('may', '關[得]委託', '觀光主管機關', '', '', '第一項之專業訓練 object topic')],
    57: [('shall_not', '，[不得]兼辦', '人員', '證券商辦理受託買賣有價證券業務之人員，及負責資產配置或財務規劃等顧問諮詢或金融商品銷售服務之人員', '', 'coordinated subject (two 之人員 phrases); head 人員 (last occurrence) as bearer, the whole coordination with restrictive 之-modifiers -> bearer_full')],
    58: [('may', '，[得]僅就', '', '', '地方主管機關', '申請特約單位…符合規定者 condition (the applicant is the patient); the reviewing 地方主管機關 (agent inside the condition) grants -> carried'),],
    59: [('may', '[得]不適用', '', '', '', 'hard: 得不適用本法 = may be exempted; the 得 (may) and the 不適用 (exception) labelled as two operators; topic 前項之創新實驗 (a thing), no actor -> no carried'),
         ('exception', '得[不適用]', '', '', '', 'not-applicable carve-out from 本法')],
    60: [('shall', '，[應]述明', '^[中華郵政公司]', '', '', 'subject of the …時 clause, main clause has none; 事先報…備查 same 應; 權利義務 no cue')],

    61: [('shall', '[應]同時', '請領人', '', '', 'N[condition]者 keeps N: 請領人[與死亡者非屬同一戶籍]者; lead-in 請領第一項補助者，應備下列書件 agrees')],
    62: [('shall_not', '[不得]超過', '', '', '相互投資公司', 'thing subject (其得行使之表決權; 得行使之 attributive, not labelled); 其 = the company -> carried'),
        ('may', '仍[得]行使', '', '', '相互投資公司', '但…仍得 without 不在此限 = may; thing subject (…所得之股份; 所得 false friend); the company votes them -> carried')],
    63: [('may', '[得]按年核計加級，', '', '', '', 'hard: subject is the 年資 (thing) / the employee only benefits; the agency that 核敘 is not named (lead-in 薪級核敘基準如下) -> no carried'),
        ('may', '[得]按年核計加級至', '', '', '', 'as the first 得, after ；'),
        ('shall_not', '[不予]採計', '', '', '', '但…不予 without 不在此限 = shall_not; thing subject (下列年資)')],
    64: [('shall', '[應]依規定', '', '', '', 'thing topic (本基金會計事務之處理); article names no actor')],
    65: [('shall', '[應]經常', '', '', '', 'thing subject (檔案); lead-in 檔案管理事項 names no actor'),
        ('shall', '[應]即查出', '', '', '', '如…時 condition; 隨時更正 same 應; no actor written')],
    66: [('may', '[得]應醫師', '外國人', '', '', '外國人[具有左列資格之一]者 keeps N; 應(考試之檢覈) is the verb "sit for", not a cue')],
    67: [('shall', '[應]訂定', '法人會計師事務所', '', '', '')],
    68: [],  # condition item; 應備具文件 attributive inside the condition
    69: [('shall', '，[應]儘速', '經濟部', '', '', 'subject of the …時 clause; 並與…進行諮商 same 應')],
    70: [('may', '[得]與', '', '', '', 'thing subject (附熔線開關及斷路器 …者); lead-in of the article (…之裝設依下列規定辦理) names no actor')],
    71: [('shall', '[應]受', '證書簽署人及檢驗人員', '其證書簽署人及檢驗人員', '', '登記為…之生產廠場 is the topic; 其 determiner -> bearer_full')],
    72: [('shall', '[應]主動', '影視聽中心', '', '', '')],
    73: [('shall', '[應]包括', '', '', '', 'thing subject (法令遵循制度之規劃、管理及執行); paragraph right before (法令遵循人員之委任…申報) names no clear actor -> no carried')],
    74: [('shall', '[應]檢附', '優先購買權人', '本條例第五十二條第一項第四款所定優先購買權人', '', '所定 restrictive modifier -> bearer_full')],
    75: [('shall_not', '[不得]要求', '被保險人', '', '', '其因暫住三等病房者 condition; first clause 以公保病房為準 has no cue')],
    76: [],  # 不適用強制引水之船舶 attributive (NP); 仍依…規定辦理 has no cue
    77: [('shall', '時，[應]填具', '公私場所', '', '', 'subject of the …時 clause; 並檢具…向審核機關為之 same 應')],
    78: [('shall_not', '[不得]小於', '', '', '', 'thing subject (其比例尺); article names no actor')],
    79: [('shall', '[應]於其', '憑證機構', '', '', '')],
    80: [('shall', '[應]符合', '', '', '', 'thing subject (前項第九款, i.e. the ELT temporarily removed); paragraph before names no actor')],
    81: [('may', '[得]應牙', '中華民國國民', '', '', '中華民國國民[具有下列資格之一]者 keeps N; 應 (sit for) not a cue')],
    82: [('exception', '[不在此限]', '', '', '', 'hard: the item has no operator of its own; 但…不在此限 carves out of the lead-in 不得考列甲等 (another provision) -> still an exception here')],
    83: [('exception', '[除]法律', '', '', '', '除法律另有規定外 carves out of the 應 of the same sentence'),
         ('shall', '外，[應]依', '', '', '', 'thing topic (…特許執照之授與); the granting agency is not named')],
    84: [],  # hard: 需有 is not a guide cue and is part of a text to be printed (lead-in 以顯著方式刊印下列文字); 應募人 false friend
    85: [('shall', '，[應]加強', '', '', '', '對於高風險情形 adverbial; lead-in (第三條…措施…應以風險基礎方法決定其執行強度) names no actor'),
         ('shall', '至少[應]額外', '', '', '', 'second 應 of the sentence, own cue; no actor written')],
    86: [('shall', '[須]具', '', '', '', 'modal 須 (must); the vaccine (lead-in 被檢…疫苗須符合下列條件) is a thing -> no bearer, no carried; 且無… same 須')],
    87: [('may', '亦[得]舉行', '', '', '', 'thing subject (前項會議); who convenes is not clear (院長 chairs per para 1, 主席 notifies dates) -> no carried')],
    88: [('shall', '選任，[應]依', '', '', '保險人', 'hard: 保險人得委託…者 is a condition (得 inside the …者 clause, not labelled); thing subject (該管理事業之選任); the insurer selects -> carried'),
         ('shall', '保險人[應]向', '保險人', '', '', 'new sentence, own subject'),
         ('shall', '[應]於變更後', '保險人', '', '', '管理事業有變更者 is a condition (the manager is not the reporter); same sentence -> shares 保險人')],
    89: [('shall', '[應]予封閉', '', '', '', 'thing subject (開孔空隙); lead-in names no actor')],
    90: [('shall', '，[應]注意', '', '', '各基金', 'thing topic (年度計畫與預算之籌編); 並本…辦理 same 應; lead-in 各基金擬編業務計畫與預算時，應注意下述各點 -> carried'),
         ('shall', '資料[應]力求', '', '', '各基金', 'thing subject (數據資料)'),
         ('shall', '均[應]切實', '', '', '各基金', 'thing topic (固定資產投資…及各項支出); 均 adverb'),
         ('shall_not', '[不得]引用', '', '', '各基金', '非確因… is a condition, no exception cue; 肆應 false friend'),
         ('shall', '時[應]設置', '', '', '各基金', '擬編預算時 condition without subject; 由…組成 / 並儘量邀請… same 應')],
    91: [],  # 應請求協商或聲請調解者: cue restating a duty inside a condition; 視…為 is a deeming, no cue
    92: [('shall', '[應]以左列', '', '', '', 'thing topic (木材甲板貨物之縛繫); article names no actor')],
    93: [('shall', '[應]提出', '', '', '', 'thing topic (借出之檔案; 如需 inside the condition); the borrowing agency (機關間借調, para 1) is not in the paragraph right before -> no carried')],
    94: [('shall', '[應]依本辦法', '精神復健機構', '', '', '')],
    95: [('may', '[得]不予', '', '', '主管機關', '得不予受理 = one may (may refuse); 公民營事業 is the patient of a condition; paragraph right before names 主管機關 as the authority receiving reports/applications -> carried')],
    96: [('shall_not', '[不得]要求', '食品業者', '', '', '前項抽驗 topic')],
    97: [],  # definition (指…而得延後…清償…之支付工具); 取得 false friend
    98: [('shall', '[應]作成', '', '', '本會', 'hard: 本會決議 read as NP (the committee resolution, thing subject); 本會 possessor -> carried; 報請…/以…送達/並以副本分送 same 應')],
    99: [('shall_not', '[不得]超過', '', '', '', 'thing subject (裝載貨物寬度); lead-in 貨車之裝載，應依下列規定 names no actor')],
    100: [('shall', '[須]採樣', '', '', '', 'modal 須; no subject; lead-in (DNA 樣本採取方式如下) names no actor; first sentences (先請…) have no cue')],
    101: [],  # content list; 取得 false friend
    102: [('may', '財政部[得]公告', '財政部', '', '', '但…得 without 不在此限 = may; 不受…之限制 not labelled; 因應 false friend; first sentence 免徵 has no cue')],
    103: [('shall', '既設事業，[應]依', '既設事業', '自中華民國九十六年七月一日起始納入本法事業範圍之既設事業', '', 'restrictive modifier -> bearer_full; 並於…前取得 same 應 (取得 false friend)')],
    104: [('may', '事務所[得]於', '聯合執業事務所', '', '', 'hard: 事務所得於 is 事務所 + 得 (not 所得); other 所得 are false friends; 檢附…轉開… / 並彙報 same 得')],
    105: [('shall', '[應]考量', '中央管理機關', '', '', 'hard: thing topic (類別變更事項); the agent of the 由 clause governed by the same 應 is the one who considers -> bearer')],
    106: [('shall', '[應]先報請', '經營者', '', '', 'subject of the …時 / …後 clauses; 並於…申請 same 應'),
         ('may', '[始得]使用', '經營者', '', '', 'same sentence, shares the written bearer; 由主管機關發給 has no cue')],
    107: [],  # condition item; 取得 false friend
    108: [],  # 由…編列預算支應: no cue; 支應 false friend
    109: [],  # 應變 false friend
    110: [('shall', '[應]採取', '人力供應業者', '', '', '供應 inside the name, not a cue')],
    111: [],  # 取得 false friend, condition item
    112: [('shall', '：[應]保有', '', '', '信用合作社', 'no subject; lead-in 信用合作社之內部控制制度應包含下列各項原則 (possessor) -> carried'),
         ('shall', '資訊[應]具備', '', '', '信用合作社', 'thing subject (資訊); 並以…提供 same 應; 取得 false friend'),
         ('shall', '制度[應]建立', '', '', '信用合作社', 'thing subject (有效之內部控制制度)')],
    113: [('shall', '[應]取得', '', '', '申請人', '如為私有土地 condition; lead-in 前項申請人應符合下列規定 -> carried'),
         ('shall', '[應]經該', '', '', '申請人', 'after ；, 其屬…公有土地 condition; the applicant obtains the approval; 該管理機關 is the approving agent, not the bearer')],
    114: [],  # 依法律應由藥師執行之業務 attributive (NP); 供應 false friend
    115: [('shall', '[應]妥適', '交通主管機關', '', '', '為因應… purpose clause (因應 false friend)')],
    116: [],  # 應變 false friend
    117: [],  # definition (係指), no cue
    118: [('may', '[得]再增加', '', '', '', 'hard: subject is the 興辦事業計畫 (thing) that gets the bonus; the applicant is not named -> no carried; 取得 false friend')],
    119: [],  # category heading, no cue; 所得 false friend
    120: [('shall', '船長[應]指定', '船長', '', '', '並將…準備妥善 same 應 (予以檢視 is the appointed officers\' task inside the 指定 predicate)'),
         ('shall', '者，[應]指定專人', '', '', '船長', 'new sentence, topic 其有關救生、消防及救難者; the master named in the sentence before -> carried; 應變 false friend')],
}
