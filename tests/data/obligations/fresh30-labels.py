# Hand labels for /work/eval/s34/o30/to_label-a.tsv (sample of session 34, o30), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並應, 並得, after ；) shares the written bearer at the same offset unless its
#   clause has its own subject (a thing subject gives '' + carried); across 。 the bearer is carried; one 應
#   governing 並X / a following 由X clause without a new cue is one statement.
# - a thing / topic / patient subject (書面資料, 重量, 申請書, 特許執照, 保稅貨品, 懲戒案, 新進人員 to be put on probation,
#   升降機 as a machine) is no bearer; `carried` only when this provision (also an agent inside the 之-modifier of
#   the topic NP or a …者 topic), its list lead-in or the paragraph right before names the actor clearly, else ''.
# - 'N[condition]者' keeps N; the agent after 應由/得由 is the bearer (quantifier kept: 委員二人); coordinated
#   alternatives kept whole; 之-modifiers go to bearer_full; fixed modifiers (各, 本會各級) kept.
# - 但…不在此限 is an exception; 但…得 without 不在此限 is a may; 應…負…義務 is one shall at 應; 負其(全)責(任)
#   (liability) is not 負…義務; a 得 stated as content of a summons item is still labelled (cf. fresh12).
# - not labelled: attributive 應得之處分 / 應附繳之文件 / 應遵守之事項, 應付 (歲出款), 不適用物資 (unserviceable),
#   不受理 inside an NP, 得以 (= be able to), 無需, 須 inside a 因…須…之重建 condition, 不受…限制, 以…為限, 僅限,
#   false friends 所得, 獲得, 取得, 因應, 適應.
LABELS = {
    1: [
        ('shall', '書記廳[應]造具', '書記廳', '', '',
         'one 應 governs 造具 and 移交; 經大法官決議不受理之卷宗 is the fronted object (不受理 inside the NP, no cue); 由該處…處理之 has no cue'),
    ],
    2: [
        ('shall_not', '實驗者[不得]向', '^[實驗者]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', '但為…所收取之設備保證金者，不在此限'),
    ],
    3: [
        ('shall', '資料[應]按', '', '', '',
         'hard: thing subject (前項書面資料); one 應 governs 記載 / 由…人員簽名或蓋章 / 建檔保存; the 由 agent (分析、決定及執行各步驟負責之人員) is read as the agent of the signing clause only, not the bearer of the whole duty; paragraph right before (para 2) names no actor (期貨經理事業 only in para 1)'),
    ],
    4: [],  # 不適用物資 = unserviceable materials (attributive, not the exception 不適用); definition-like lead-in, no operator
    5: [
        ('shall', '前，[應]通知', '法院', '', '', '文書、勘驗物或鑑定所需資料之持有人 is the object'),
        ('shall_not', '[不得]開示', '', '', '法院',
         'hard: 持有人…聲請…者 is a condition (the holder applies), not the subject; the court that must not disclose is carried across 。 from the first sentence'),
    ],
    6: [
        ('shall', '使用人[應]就', '各土地使用人', '', '',
         '應…負代繳地價稅之義務 is one shall at 應; …時 / 如…計算 are conditions; 各 kept as a fixed modifier'),
    ],
    7: [
        ('shall', '重量[應]依', '', '', '',
         'thing subject (貨物之重量); lead-in 其穩度之計算應依下列假定 names no actor; 無需 (no duty) and 所得 (false friend) not labelled'),
    ],
    8: [
        ('may', '者，[得]由', '由[中央主管機關所屬機關]逕', '', '',
         'bearer = agent after 得由 (所屬 without 之 kept); 有下列情形之一者 is a circumstance condition; 報請…劃定公告之 continues the same 得'),
    ],
    9: [
        ('shall', '判決，[應]於', '', '', '',
         'hard: topic 公告判決 (an act, no actor); 行政法院 appears only inside the locative 於行政法院公告處, and the paragraphs before name no announcer -> carried left empty'),
        ('shall', '並[應]作', '行政法院書記官', '', '', 'own subject of the second clause'),
    ],
    10: [
        ('may', '時，[得]以', '', '', '申請人',
         'hard: first sentence (並檢附…) has no cue of its own (lead-in 應檢附下列文件, thing-less, no actor); 證明文件持有者非申請人時 is a condition; the substituting party is the applicant named in that condition -> carried'),
    ],
    11: [
        ('shall', '機關[應]查核', '^[稅捐稽徵機關]', '', '', 'one 應 governs 查核 / 確認 / 核給 / 或於…簽章; 所得年度 false friend'),
    ],
    12: [
        ('shall', '，[應]查明', '', '', '',
         '如因掌管人員疏忽失職 is a condition (掌管人員 is the wrongdoer, not the bearer); lead-in 文物庫房之管理，應依照左列規定辦理 names no actor; 應得之處分 is attributive (deserved punishment)'),
    ],
    13: [
        ('shall', '時，[應]依', '^[本會各級人員]', '', '',
         '本會各級 kept as fixed modifier; 代理人就代理職務負其責任 is liability (負…責任), not 負…義務 -> not labelled (cf. fresh10)'),
    ],
    14: [
        ('shall', '後，[應]即', '', '', '證券商同業公會',
         'topic 前項章程之訂定或修正 (thing); the 會員代表大會 is the agent inside the 經…通過後 condition; the association (named in the condition and the lead-in of para 1) files -> carried'),
    ],
    15: [
        ('may', '保護官[得]聲請', '少年保護官', '', '',
         '少年…違反應遵守之事項…者 is a condition (two 應遵守之事項 attributive inside it); 令入…施以感化教育 continues the same 得'),
        ('shall', '者，[應]執行', '', '', '',
         'thing subject (其所餘之期間不滿六月者, the remaining term); the executing body is not named'),
    ],
    16: [
        ('shall', '所有人[應]於', '^[船舶所有人]', '', '', ''),
    ],
    17: [
        ('shall', '討論，[應]於', '', '', '',
         'hard: topic 前項重要事項之討論 (thing); paragraph 1 has 財團董事會 only as possessor of 決議事項 and the notifying party (board / foundation / chairman) is not clearly named -> carried empty; 並函報 continues the same 應'),
    ],
    18: [
        ('may', '獎章，[得]於', '', '', '',
         'thing/patient subject (未頒給之較低年資警察獎章 may be awarded later); the awarding authority is not written; 請頒警察獎章者 of the first sentence is the applicant, not the awarder'),
    ],
    19: [
        ('may', '機關[得]依', '機關', '', '',
         '適用本法第四十六條規定 (適用 alone) is no cue; 議價廠商之報價合理…者 is a condition; 照價決標 continues the same 得'),
    ],
    20: [
        ('shall_not', '四、[不得]有', '', '', '',
         'thing topic: lead-in 動物用消毒藥品及動物用一般藥品，其名稱應符合下列規定 (the name); the applicant is not named in the lead-in'),
        ('shall_not', '名稱，[不得]有', '', '', '', 'after ；, own thing subject (複方製劑之藥品名稱)'),
    ],
    21: [
        ('may', '長官[得]依', '監督長官', '', '', '被監督之人員…者 is the topic/condition (the supervised person is the object)'),
    ],
    22: [
        ('shall', '時，[應]將', '', '', '政黨、政治團體及擬參選人',
         'thing topic (依前項…收受之票據); paragraph 1 right before: 政黨、政治團體及擬參選人收受政治獻金 -> carried'),
        ('shall', '並[應]調整', '政黨及政治團體', '', '', 'after ；, own subject: 政黨及政治團體有跨年度之情事者 = N[condition]者 keeps N'),
    ],
    23: [
        ('may', '時，[得]依', '^[保訓會]', '', '', '必要時 is a condition; 通知…到達…言詞辯論 governed by the same 得'),
    ],
    24: [
        ('shall', '所，[應]填具', '', '', '',
         'no subject written (依…申請設立醫事檢驗所 is a subjectless condition); first paragraph, lead-in of its own list -> carried empty; one 應 governs 填具 / 檢附 / 繳納 / 申請'),
    ],
    25: [
        ('shall', '地點[應]適當', '', '', '',
         'thing subject (設置地點); lead-in 酒產製工廠之建築與設施，應符合下列規定 has a thing subject (the plant as premises) -> carried empty; 數目足夠 no cue'),
        ('shall', '時[應]設置', '', '', '', 'second 應 of the item, 必要時 condition; no subject written'),
    ],
    26: [
        ('shall', '，[應]由', '由[委員二人]先行', '', '',
         'hard: bearer = agent after 應由 (quantifier 二人 kept as written); 公共衛生師懲戒委員會受理懲戒事件 is the framing clause; 作成…後，提…審議 continues under the same 應'),
    ],
    27: [],  # 依其他相關規定應附繳之文件: 應 attributive inside the noun phrase (list item of documents)
    28: [
        ('may', '），[得]與', '', '', '申請人',
         'thing subject (機器設備配置圖); lead-in 經申請納管之申請人…並檢附下列文件 names the applicant -> carried'),
    ],
    29: [
        ('shall', '），[應]建立', '^[中華郵政股份有限公司]', '', '',
         'full name at offset 0 (alias 中華郵政公司 in parentheses); 並確保 continues the same 應; 得以持續有效執行 = "can", not a permission'),
    ],
    30: [
        ('shall', '單位[應]繳交', '執行單位', '', '', '獲得 false friend; 其比率由本部定之 has no cue'),
    ],
    31: [
        ('shall', '者，[應]駁回', '', '', '中央主管機關',
         '不能補正、屆期未補正或補正不完全者 is a condition about the applicant; paragraph right before: 中央主管機關應通知限期補正 -> carried'),
    ],
    32: [
        ('shall_not', '人[禁止]喝酒', '^[受感訓處分人]', '', '', '禁止 as the operative verb; the subject is the one forbidden to drink'),
    ],
    33: [
        ('shall', '等 [應]以', '', '', '開發單位',
         'hard: 基地內如有…濕地等 is a condition; 以相容性之開發方式為限 restricts the development; lead-in (開發基地位於…，依左列規定辦理) names no actor, paragraph 1 right before names 開發單位 (應先查明…) -> carried'),
    ],
    34: [
        ('shall', '業務，[應]指定', '^[機構負責人]', '', '', ''),
        ('shall', '者，[應]報請', '', '', '機構負責人', 'across 。; 代理期間超過一個月者 is a condition'),
    ],
    35: [
        ('shall_not', '每年[不得]超過', '', '', '',
         'thing topic (lead-in 氟氯烴消費量之管制時程及年度上限值如下); 僅限 no cue'),
    ],
    36: [
        ('shall', '，[應]全程', '業務主管', '', '', '負其全責 is responsibility (負…責), not 負…義務 -> not labelled'),
        ('shall', '情事，[應]協調', '', '', '業務主管', 'across 。; 如發現…情事 condition; 並採取 continues the same 應'),
    ],
    37: [
        ('may', '需要，[得]在', '^[本館]', '', '', '因應 false friend; 所需工作人員…派充之 has no cue'),
    ],
    38: [
        ('shall', '均[應]列席', '水利會會長、總幹事、主任工程師及各組室主管', '', '',
         'coordinated subject kept whole, 均 (adverb) left out; 會務委員會開會時 is a condition'),
    ],
    39: [
        ('may', '單位[得]向', '投保單位', '', '', '被保險人從事…者 is a condition'),
    ],
    40: [
        ('may', '者，[得]處', '', '', '',
         'hard: content to be recorded in the summons (lead-in 傳票，應記載下列事項), still states the permission (cf. fresh12); 無正當理由不到場者 is the witness (condition/patient); the fining court is not named'),
    ],
    41: [
        ('shall', '大學[應]於', '^[大學]', '', '', ''),
    ],
    42: [
        ('may', '機關[得]廢止', '主管機關', '', '',
         '未依前項規定申請退還…者 is a condition (no cue); 並以書面命要保人限期返還 continues the same 得'),
    ],
    43: [
        ('shall', '申請書[應]載明', '', '', '漁船公司',
         'thing subject (前項申請書); paragraph 1 right before: 漁船公司申請…應填具申請書 -> carried'),
    ],
    44: [
        ('shall', '執照[應]載明', '', '', '', 'thing subject (特許執照); 應載明下列事項 is verbal here; issuing authority not named'),
    ],
    45: [],  # 應付歲出款: 應付 false friend (payables); list item of 職掌, no operator
    46: [
        ('shall', '業者[應]以', '^[製造業者]', '', '', ''),
    ],
    47: [
        ('shall', '代表作[應]自', '', '', '持第二十一條第二項第二款所定國內外學術或專業刊物接受將定期發表之證明送審者',
         'hard: 持…送審者 is a topic, the clause subject is 其代表作 (a thing) -> bearer empty, the headless agentive 者 topic carried; 並…將該專門著作送交學校 continues the same 應; 至多以…為限 no cue'),
    ],
    48: [
        ('may', '者，[得]僅', '^[寄件人]', '', '', '寄件人不願自留副本者 = N[condition]者 keeps N'),
    ],
    49: [
        ('may', '後，[得]直接', '', '', '園區事業',
         'hard: thing topic (園區事業進口或…購買之保稅貨品); 園區事業 is the agent inside the 之-modifier (and the one who applies to customs) -> carried'),
        ('shall', '並[應]於', '', '', '園區事業', 'second cue of the same sentence, same thing subject'),
        ('may', '者，[得]免繳', '', '', '園區事業',
         'after ；, thing condition (其保稅貨品屬價值未逾…者); 得免 is one may at 得'),
    ],
    50: [
        ('shall', '懲戒案，[應]有', '', '', '',
         'thing subject (懲戒案) requirement; 會務委員 are the proposers in the object, not the bearer'),
    ],
    51: [
        ('shall', '機關[應]邀請', '^[主管機關]', '', '', '組成 / 提供 continue the same 應'),
    ],
    52: [
        ('may', '並[得]價售', '', '', '主管機關',
         'hard: thing subject (興建住宅社區 / the housing units); 以一戶為限 / 以…為準 no cues; the selling authority is 主管機關 named in the same sentence (零星餘戶由主管機關處理之) -> carried'),
    ],
    53: [
        ('shall', '升降機[應]依', '', '', '',
         'hard: 升降機 is a machine (thing subject), not a bearer; the lead-in of its own list names no actor'),
        ('exception', '[不在此限]', '', '', '', '但長跨度工程用升降機不在此限'),
    ],
    54: [
        ('shall_not', '構臺[不得]與', '', '', '雇主',
         'thing subject (施工架及施工構臺); lead-in 雇主為維持…之穩定，應依下列規定辦理 -> carried'),
    ],
    55: [
        ('shall_not', '[不予]退還', '', '', '',
         'thing subject (申請人所繳費用: 申請人 is the payer, possessor of the fees, not the refunding party); authority not named'),
    ],
    56: [
        ('may', '但[得]依', '', '', '',
         'hard: 但…得 without 不在此限 is a may; the members are recipients (passive "may be paid"), the paying body (本會) is only a modifier of 本會委員 -> no bearer, carried empty'),
    ],
    57: [
        ('may', '工程，[得]依', '', '', '',
         'thing topic (塔基用地及輸電線路架設工程); 因震災受損須進行…之興建 is a condition (須 inside it not labelled); the power company is named only in para 2 (after) -> carried empty'),
        ('may', '完成，[得]移位', '', '', '', 'after ；, condition 其因塔基流失…; 不受…之限制 is no cue; 取得 false friend'),
    ],
    58: [],  # 就業適應輔導: 適應 false friend; list item of staff duties, no operator
    59: [
        ('shall', '計算，[應]扣除', '', '', '',
         'thing subject (其津貼之計算); 退除役官兵…發生…情形 is the condition (the recipient); paying authority not named'),
    ],
    60: [
        ('shall', '人員[應]先予', '', '', '',
         'patient subject (新進人員 to be put on probation); the hiring institution is not written (law name only)'),
        ('may', '者[始得]正式', '', '', '', '始得 = may only then; patient (期滿經考核合格者 may be formally appointed)'),
        ('shall_not', '職員[不予]進用', '', '', '',
         'patient subject (公務員兼具勞工身分之職員 shall not be appointed); 考核不合格者 is a condition; 依勞動基準法規定終止勞動契約 has no cue'),
    ],
}

# Hand labels for /work/eval/s34/o30/to_label-b.tsv (sample of session 34, o30), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = provision number, 61 = first P line of to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a second cue of the same sentence (after ，/；, 並應, 始得 after 應) shares the written bearer at the same
#   offset unless its clause has its own (thing) subject; across 。 it is carried.
# - a thing / topic subject (再壓室, 裁定, 合意, 租賃契約, 該碼, 成績, 代表 as a count) is no bearer; a passive 得予延長 /
#   予以補考 has no bearer; a possessor inside a thing topic (保險業不動產之取得, 營利事業…之支出) is carried, not bearer;
#   `carried` only when this provision, its list lead-in or the paragraph before names the actor clearly, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers go to
#   bearer_full; coordinated alternatives kept whole; bearer after 由 = the agent.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，視為 (deeming, no
#   operator) is not; attributive 應行拆遷之 / 應提出之文件 / 應予防護之範圍 / 必須具備之 / 應負擔費用之項目, 應用, 應變,
#   因應, 供應, 所得, 取得, 得標, 應考 are not labelled; 可 and 免納 are no cues; 應不易 (shall not be easily …) is a
#   shall_not per GUIDE (應不).
LABELS.update({
    61: [
        ('shall', '墳墓，[應]予補償', '', '', '',
         'thing subject (土地改良物或墳墓, the object compensated); 應行拆遷之 attributive; payer not named (由理事會…查定 has no cue, 理事會 only fixes the amount)'),
    ],
    62: [
        ('may', '，[得]以祭祀公業', '', '', '',
         'hard: thing subject (利益 that is real property) may be registered in the name of the 祭祀公業 (passive); registering actor not written. 除…外，視為同意 is a deeming, no operator -> no exception'),
    ],
    63: [
        ('shall', '一、[應]邀集', '', '', '中央主管機關', 'lead-in: 中央主管機關受理電業之執行計畫申請，依下列規定辦理'),
        ('may', '，[得]要求', '', '', '中央主管機關', '申請者 is the object; same sentence, no written subject'),
    ],
    64: [
        ('shall', '，[應]繳驗', '', '', '微型電動二輪車所有人',
         'topic 進口之車輛 (thing); paragraph lead-in 微型電動二輪車所有人申請新領牌照登記應依下列規定繳驗證明文件'),
    ],
    65: [
        ('may', '[得]由主任', '由[主任]指定', '', '', 'bearer = agent after 得由; 總務人員 is the topic (the staff among whom one is designated)'),
    ],
    66: [
        ('shall', '[應]於每年', '^[關鍵基礎設施提供者]', '', '', ''),
    ],
    67: [
        ('may', '[得]以領有', '', '', '',
         'hard: topic 臨床試驗 (thing): for low-risk trials the PI post may be filled by holders of a 師類 certificate (得以…者為之); the permitted actor (sponsor/institution) not written; lead-in 試驗主持人，應具備下列資格 is a qualification topic. 但書 inside the citation is no cue'),
    ],
    68: [
        ('shall', '室內[應]置', '', '', '',
         '再壓室內 is a locative/thing; the employer is not named in the article; 必要之 is no cue'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    69: [
        ('shall', '者，[應]於', '^[營利事業]', '', '', '有左列情形之一者 is a condition (N[condition]者)'),
    ],
    70: [
        ('shall', '[應]掣給', '^[物理治療所]', '', '', '收取費用 is the subject\'s own clause'),
    ],
    71: [
        ('may', '僅[得]依', '^[檔案管理人員]', '', '', '僅得 = may only; 點收機密文書時 is the subject\'s own time clause'),
        ('shall_not', '[不得]拆開', '^[檔案管理人員]', '', '', 'same sentence, same written bearer'),
        ('shall', '[應]退回', '^[檔案管理人員]', '', '',
         'after ；, 封套上記載不全者 is a condition about the envelope (thing); same sentence -> same written bearer'),
    ],
    72: [
        ('shall_not', '[不得]擔任', '^[保險業及其從屬公司]', '', '', 'coordinated subject kept whole; one 不得 governs 擔任…或委託他人擔任'),
    ],
    73: [
        ('shall', '[應]退至', '、[代表]投票', '', '', '投票完竣後 is the subject\'s own time clause'),
        ('may', '[始得]入場', '、[代表]投票', '', '', 'second cue of the same sentence; 俟開票時 condition'),
    ],
    74: [
        ('shall', '四、[應]存有', '', '', '', 'no subject; lead-in 數位選擇呼叫設備應符合下列規定 has a thing subject, no actor'),
        ('shall_not', '碼[應]不易', '', '', '',
         'hard: 該碼應不易為使用者輕易更動 = the code shall not be easily alterable by users; 應不 read as shall_not per GUIDE (could be read as shall + adjective 不易); thing subject (該碼), 使用者 is the agent of the passive 為…更動, not bearer'),
    ],
    75: [
        ('may', '[得]發給', '，[公立就業服務機構]得發給', '', '',
         'the 中高齡者及高齡者…者 phrase is a condition/beneficiary; bearer = the later written subject'),
    ],
    76: [
        ('may', '[得]露天', '', '', '', 'thing subject (物品); no actor in the article'),
    ],
    77: [
        ('may', '並[得]視', '', '', '各級主管機關、勞動主管機關',
         'hard: item of a list of places (not a 指-definition); thing subject (the 處所 may be co-established); 由機關 is inside the attributive NP 由機關…設置之處所; lead-in 各級主管機關、勞動主管機關…應…設置或指定下列適當處所 carried'),
    ],
    78: [
        ('may', '[得]設', '^[本局]', '', '', '為執行國軍主計事項 is a purpose clause; 以編組裝備表定之 no cue'),
    ],
    79: [
        ('may', '者，[得]於', '', '', '學校',
         'hard: 凡學生…者 is the condition/beneficiary; 得…予以補考 = may be given a make-up exam (passive, the school gives it); 學校 (approver, same sentence) carried; could be read with bearer 學生'),
        ('shall_not', '[不予]折扣', '', '', '學校', 'thing subject (補考成績)'),
        # 除依規定扣減其操行成績外，…均以零分計算: no operator (以零分計算), so 除 is no exception; 應考科目 false friend
    ],
    80: [
        ('shall', '[應]根據', '[水庫管理中心運轉課] (', '', '',
         '(以下簡稱運轉課) is an abbreviation, not in bearer; one 應 governs 繪製 / 並將…呈報 / 同時通知'),
    ],
    81: [],  # 前項應提撥收支結餘辦理之事項 is attributive inside the NP; classification (屬…事項), no operator
    82: [
        ('exception', '，[除]經', '', '', '', '除經…許可者外 carves an exception out of the 不得入 of the same sentence'),
        ('shall_not', '[不得]入', '', '', '', 'no subject written (anyone); 執行死刑 is a time/topic clause'),
    ],
    83: [
        ('shall', '[應]於稽核', '^[本部]', '', '', '受稽核者 is the recipient'),
    ],
    84: [
        ('shall_not', '[不得]少於', '', '', '本部',
         'composition rule: 專家及學者代表 counted (topic), no actor; paragraph before: 其餘委員，由本部就…專家及學者聘兼之 -> 本部 carried'),
    ],
    85: [],  # 經主管機關規定應提出之文件: attributive inside the NP (list item of documents)
    86: [
        ('shall_not', '[不得]為', '', '', '', 'thing subject (前項裁定)'),
    ],
    87: [
        ('may', '[得]予延長', '', '', '直轄市、縣（市）主管機關',
         'passive 得予延長 (the permit may be extended); 有正當理由經…許可者 is a condition; the approving authority of the same sentence carried; 以一次為限 no cue'),
    ],
    88: [
        ('shall', '時，[應]填送', '', '', '',
         'no subject written (進口報關時 time clause); paragraph 1, the importer not named before; 必須具備之有關文件 attributive'),
    ],
    89: [
        ('shall', '[應]注意', '^[管理機構]', '', '', ''),
    ],
    90: [
        ('may', '[得]召開', '', '', '', 'topic 委員會議 (thing); convener not named in the article; 每月舉行一次 no cue'),
    ],
    91: [
        ('shall', '[應]依下列', '', '', '', 'thing topic (污染物); no actor in the article'),
    ],
    92: [
        ('may', '[得]僅', '', '', '雇主',
         'thing topic (第一項容器); the labeller 雇主 is the subject of paragraph 1 to which this refers (paragraph 2 between names no actor)'),
    ],
    93: [
        ('shall', '[應]依本準則', '^[鄉（鎮、市）民代表會]', '', '', ''),
    ],
    94: [
        ('shall', '[應]開具', '^[蠶種製造者]', '', '', 'one 應 governs 開具 / 繳納 / 呈請'),
        ('shall', '地方，[應]呈請', '^[蠶種製造者]', '', '',
         'after ；, 其未設商品檢驗局地方 is a locative condition; same sentence -> same written bearer'),
    ],
    95: [
        ('shall', '至少[應]使', '', '', '', 'thing subject (龍頭之數量與佈置); lead-in names no actor'),
        ('shall_not', '[不得]超過', '', '', '', 'thing subject (水龍帶之長度)'),
    ],
    96: [
        ('shall', '[應]在', '^[中央主管機關]', '', '', '審查用水計畫 is the subject\'s own clause; 可供應 false friend'),
    ],
    97: [
        ('may', '[得]提出', '^[未能出席公聽會者]', '', '',
         'headless agentive …者 phrase, the only subject, kept whole; 並列入公聽會紀錄 has no cue'),
    ],
    98: [
        ('shall', '[應]依相關', '[期貨信託事業及其基金銷售機構]應', '', '',
         'one 應 governs 負其責任 (負 not counted again); the first clause (銷售機構…違反前項規定) is a condition'),
    ],
    99: [
        ('shall', '[應]記明', '', '', '', 'thing subject (前項合意); who records not named'),
    ],
    100: [
        ('may', '[得]視', '，[主管機關]得', '', '',
         'fronted object topic; 應負擔費用之項目 attributive'),
    ],
    101: [
        ('shall', '機關，[應]於', '之[連結機關]，應', '本辦法中華民國一百十一年十二月二十六日修正施行前已經核准應用資訊連結系統或親等關聯資料之連結機關', '',
         'long 之-modifier to bearer_full; 應用 false friend'),
        ('shall', '並[應]檢附', '之[連結機關]，應', '本辦法中華民國一百十一年十二月二十六日修正施行前已經核准應用資訊連結系統或親等關聯資料之連結機關', '',
         'hard: after ；, 經核准應用全國性資料者 read as a condition on the same 連結機關 (same sentence -> same written bearer); could be read as a headless agentive …者 bearer'),
    ],
    102: [
        ('shall', '得標人[應]於', '^[標租土地得標人]', '', '', '標租土地 modifies without 之, kept; 得標 false friend'),
        ('shall', '契約[應]載明', '', '', '', 'thing subject (租賃契約); across 。'),
    ],
    103: [],  # 緊急救護應變計畫: 應變 false friend, no operator
    104: [],  # no operator; 取得 false friend (transitional validity rule)
    105: [
        ('shall_not', '[不得]依', '', '', '營利事業',
         'hard: subject NP 營利事業符合…規定之支出 has the head 支出 (thing), 營利事業 only its possessor -> carried; could be read as topic 營利事業 = bearer at 0; 所得稅法 false friend'),
    ],
    106: [],  # no operator: 所得, 得標 / 暫時得標者 false friends; 改採…辦理 stated as fact
    107: [],  # 取得 false friend; eligibility list item
    108: [],  # 取得 false friend; 比敘 stated without a cue
    109: [
        ('shall', '單位[應]於', '[投保單位]應於', '', '', '如於…調整時 is a condition; 所得 false friend'),
        ('shall', '，[應]於次年', '[投保單位]應於', '', '', 'after ；, same sentence -> same written bearer; 均自…生效 no cue'),
    ],
    110: [
        ('shall', '，[應]依所營', '', '', '保險業',
         'thing subject (會計制度之內容); 因應 false friend; paragraph before: 保險業…應…釐訂其會計制度'),
    ],
    111: [
        ('shall', '[應]列為', '', '', '', 'thing subject (售價…部分); lead-in 出售或交換資產利益 names no actor'),
        ('shall', '[應]自該項', '', '', '',
         'thing subject (損失); 但…免納所得稅 has no cue (免納 not a cue, no 不在此限); 所得稅 false friend'),
    ],
    112: [
        ('exception', '，[除]有', '', '', '', '除有特殊情形者外 carves an exception out of the 應按 of the same sentence'),
        ('shall', '[應]按', '^[直轄市或縣（市）主管機關]', '', '', '辦理保管款存管作業 is the subject\'s own clause; 得標人 false friend'),
    ],
    113: [
        ('shall', '[應]經', '', '', '保險業',
         'subject 保險業不動產之取得及處分 (acts, thing); 保險業 is the possessor inside the topic -> carried; 取得 false friend'),
    ],
    114: [
        ('shall', '[應]填具', '之[畜牧場]，', '經取得畜牧設施容許使用之畜牧場', '', 'one 應 governs 填具 / 並檢附 / 報請; 取得 false friend'),
    ],
    115: [],  # 所得 false friend; 應予防護之範圍 attributive inside the NP
    116: [],  # 應用系統: 應用 false friend (task list item)
    117: [],  # 可依 (可 is no cue); 所得稅 false friend
    118: [],  # no operator (procedure stated as fact); 取得 false friend
    119: [],  # 取得 false friend; qualification list item
    120: [
        ('shall', '[應]於取得', '[環境監測義務人]應', '', '',
         '環境監測之結果達…者 is a condition; one 應 governs 陳報 / 並副知; 取得 false friend'),
    ],
})
