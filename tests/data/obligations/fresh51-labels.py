# fresh51: seed 3850001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 42) by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o51: reader a, provisions 1-60 of /work/eval/s42/o51/to_label-a.tsv (sample seed 3850001), numbered in file order.
# Labelled 2026-12-06, session 42, by reading each provision's text (plus its list lead-in / whole article via
# `s42start -f ... 第N條`, for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the
# headers of fresh49-labels.py and fresh50-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh49/fresh50):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項, 前條, 第一項之) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後
#   clause is the bearer when the main clause has none (unless it is only a non-actor of the main act); the agent
#   after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外，並應
#   is additive; 但…得 / 但…應 / 但…不得 without 不在此限 are a may / a shall / a shall_not; 但…從其規定 (no cue) is
#   not labelled.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應公告事項, 應賠償金額, 應納…稅額, 應負擔金額), cues inside
#   …者 conditions and inside 除…外, 予以, 由…定之, 以…為限 / 以…為原則 (without a cue), 亦同, 適用 (not 不適用), 命,
#   可 (not a guide cue); false friends 所得, 取得, 反應, 毋須, 應 = in response to (應業務之需要), 應 = sit for
#   (應技師考試).
# o51: reader b, provisions 61-120 of the sample seed 3850001 (numbered 1-60 here), from /work/eval/s42/o51/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 42).
# Written by reading each provision's text (plus its list lead-in / whole article via `s42start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh49-labels.py
# and fresh50-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh49/fresh50):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (應予停約, 應令其停工),
#   gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP or the subject of
#   a …時 clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (also
#   有下列情事之一者 naming the persons barred, as fresh15); determiners (其, 該, 前項) and restrictive /
#   genitive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept in the bearer); the subject
#   of a …時/…後 clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外 that
#   only adds (除依下列規定處罰…外，應令其…) is additive, not an exception; 但…得 without 不在此限 is a may;
#   penalty 得併科 is a may without bearer (court not named).
# - not labelled: attributive 應X之 / 得X之 / 須X之 inside NPs (應檢附之…文件如下, 應負擔之費用, 得撤銷之違法原因,
#   須由醫師處方之藥品, 應移轉…之檔案, 應修畢業學分), cues inside …者 conditions and in list items that are
#   trigger conditions (（一）有…之情形，應受吊扣…處分 under 當場暫代保管…；未宣告緩刑或得易科罰金), a deontic verb
#   that is only the content of another statement (規定…應通過…; 聲明捐贈人得…提出異議), 予以 / 酌予, 準用,
#   適用 (not 不適用), 不受…限制, 無須; false friends 所得, 取得, 得標, 應用, 應變, 因應, 支應, 應付款, 應考人,
#   須知 (報名須知), 供應.
LABELS = {
    1: [('may', '，[得]自行', '', '', '', 'hard: 車輛[…耐用年數屆滿仍繼續使用]者 is a thing / case (the vehicle), not the estimator; the article names no taxpayer or authority -> no bearer, no carried; alternative: the …者 phrase as bearer; 續提折舊 under the cue')],
    2: [('may', '，[得]由省', '由[省]撥', '', '', 'agent after 得由 (the province may lend bonds); 縣 (市) 政府…補償…時 time clause; 分年歸還 under the same 得; 由省政府定之 no cue')],
    3: [('shall', '，[應]邀請', '^[審議會]', '', '', 'subject of the …時 clause, the main clause has none; 申請人 is the invitee')],
    4: [('shall', '，[應]先實施', '', '', '', 'thing topic (有焊接及鉚釘之部分); lead-in 結構部分之鋼材實施焊接時，應依下列規定辦理 names no actor -> no carried'), ('shall_not', '分[不得]實施', '', '', '', 'new sentence, own thing topic (鉚釘部分); no carried')],
    5: [('shall', '人[應]於', '執行機構及法人', '', '', '受監護或輔助宣告之人發生…重大事件 condition; coordinated subject kept whole')],
    6: [('may', '，[得]按次', '', '', '', '屆期未改善者 condition (the offender is the patient); 並命其限期改善 has no cue; the punishing authority is not named in the article -> no carried'), ('may', '並[得]予以', '', '', '', '並得 = a second may; no bearer, no carried (as above); 予以 not a cue of its own')],
    7: [('shall', '，[應]諭知', '', '', '', 'thing / case topic (案件有下列情形之一者 condition); the military court is not named in the article -> no carried; 不受理 is not a guide cue')],
    8: [('may', '，[得]設', '^[本館]', '', '', '應業務之需要 = in response to needs (false friend, not a cue); 置委員若干人，並聘請…為顧問 under the same 得')],
    9: [('may', '務[得]列上校', '', '', '', 'hard: thing subject (職務 of 三十人至五十六人 of the 參謀); 本局 is the possessor of the posts (本局置…) but not the one who grades them -> no carried (alternative carried 本局)')],
    10: [('may', '，[得]於', '^[申請逐次召集或儘後召集未獲准者]', '', '', 'headless agentive …者 phrase as the only subject kept whole; 檢具理由向原核定機關申請複核 under the cue')],
    11: [('may', '，[得]聲請', '人員', '依第四條第二款或第三款命令退休之人員', '', '如傷病痊癒…調查屬實者 condition; restrictive 之-modifier -> bearer_full'), ('may', '並[得]由', '原服務機構', '其原服務機構', '', '並得 = a second may; agent after 得由 (determiner 其 -> bearer_full, 原 part of the name); 通知復用 under the same 得')],
    12: [('shall', '，[應]填具', '經核定分期賠償者', '', '', 'hard: headless …者 phrase as the only subject kept whole (the one allowed to pay in instalments); alternative: a case condition with bearer empty and carried 賠償義務人 (lead-in …通知賠償義務人辦理下列事項); 並於…繳付 under the same 應; 應賠償金額 attributive; 餘額…按月繳納 no new cue')],
    13: [],
    14: [('shall', '司[應]於', '^[國際證券業務分公司]', '', '', 'plain subject; 申報… under the cue; cue outside「證券商申報單一窗口」')],
    15: [('shall', '構[應]撤銷', '登錄機構', '', '', '出具不實資料…取得認可者 condition (取得 false friend); 限期繳回或註銷… / 並登載資訊網站及函知中央主管機關 under the same 應')],
    16: [('shall', '，[應]詳細', '', '', '公司', 'hard: item of what shall be disclosed, writes its own cue -> labelled; topic 公司與前任會計師間…有無不同意見, 如有不同意見時 condition, no subject; 公司 (agent inside the topic, and the subject of lead-in 公司如…有更換會計師情形者，應揭露下列事項) -> carried; 是否授權 no cue')],
    17: [('may', '工[得]終止', '職業災害勞工', '', '', '有下列情形之一者 condition; plain subject')],
    18: [('may', '，[得]依', '^[法院]', '', '', 'subject of the 認為必要時 clause; 受秘密保持命令之人 is the requester; 並於徵詢…後，對…發秘密保持命令 under the same 得')],
    19: [('shall', '，[應]會商', '土地開發目的事業主管機關及主管機關', '', '', 'subject of the 審核時 clause, the main clause has none; coordinated subject kept whole; 同時提出…者 condition')],
    20: [('may', '，[得]檢附', '', '', '', 'hard: thing subject (罐槽體由國外製造進口者 condition on the tank); the lead-in (辦理…罐槽體檢驗…均應依下列規定辦理) names no actor -> no carried (alternative: the importer / owner); 委由…申請檢驗 under the same 得')],
    21: [('shall', '業[應]於', '^[櫃檯買賣事業]', '', '', 'plain subject; 提列特別盈餘公積 under the cue')],
    22: [('shall', '，[應]具', '醫師', '施行人工流產手術之醫師', '', 'qualification requirement read as a shall; restrictive 之-modifier -> bearer_full')],
    23: [('shall', '人[應]領有', '駕駛人', '', '', 'plain subject; 並隨身攜帶… under the same 應')],
    24: [],
    25: [('shall', '部[應]對', '^[國防部]', '', '', 'plain subject; 進行事後查核 under the cue'), ('may', '並[得]派員', '海關', '', '', 'own subject; 在不妨害軍事機密情形下 / 必要時 conditions; 並 adverb; 會同查核 under the cue')],
    26: [],
    27: [('shall', '，[應]由', '審判長', '', '', 'agent after 應由; topic 關於審前說明之事項; 並於…提供檢察官、辯護人檢閱 under the same 應')],
    28: [('may', '，[得]任', '^[合於下列規定之一者]', '', '', 'headless …者 phrase as the only subject kept whole')],
    29: [('may', '，[得]選擇', '', '', '公司或有限合夥事業', 'hard: grammatical subject is the expenditure (…之公司或有限合夥事業投資於研究發展之支出, a thing); the agent inside the topic NP carried (as fresh50 #4); alternative: bearer 公司或有限合夥事業 with bearer_full 最近三年內無違反…情事之公司或有限合夥事業; 應納…稅額 attributive; 所得 false friend'), ('shall_not', '定[不得]變更', '', '', '公司或有限合夥事業', '一經擇定 condition; no own subject -> carried as above; 並以不超過…為限 not labelled')],
    30: [('exception', '，[除]經', '', '', '', '除經主管機關核准者外 carves out of the 應 of the same sentence'), ('shall', '，[應]於', '公司或機構', '第一項之公司或機構', '', 'determiner 第一項之 -> bearer_full; 向主管機關申報… under the cue')],
    31: [('may', '，[得]依', '^[外國人]', '', '', 'N[condition]者 keeps N (外國人[依我國法律應技師考試及格]者); 應技師考試 = sat the exam (false friend); 適用本法… not a cue')],
    32: [],
    33: [('shall', '會[應]審查', '審查會', '前條審查會', '', 'determiner 前條 -> bearer_full; 並擇優表彰 under the same 應; 其審查基準如下 no cue')],
    34: [('may', '關[得]公告', '^[中央主管機關]', '', '', 'plain subject; 供訓練單位辦理 purpose')],
    35: [('may', '司[始得]向', '大陸地區證券、期貨機構子公司', '', '', '臺灣地區證券商經主管機關許可後 time / condition clause; own subject of the main clause'), ('shall', '並[應]於', '大陸地區證券、期貨機構子公司', '', '', 'hard: 並應 clause without own subject shares the written bearer of the sentence (the subsidiary); alternative: 臺灣地區證券商 (the firm supervised by 主管機關, which para 2 makes report); 亦同 not labelled')],
    36: [('shall', '，[應]設', '^[地方主管機關]', '', '', 'plain subject; 為統一辦理… purpose; 由各該地方主管機關定之 no cue')],
    37: [('may', '，[得]廢止', '', '', '', 'thing patient (自然保護區有下列情形之一者 condition); the single-paragraph article names no authority -> no carried; 或調整之 under the same 得')],
    38: [('shall', '，[應]依', '涉及國家安全人員', '國防部與所屬機關（構）、部隊、學校（以下簡稱軍事單位）涉及國家安全人員', '', 'subject of the framing clause (…人員申請出國); the units are genitive modifiers -> bearer_full; 但…從其規定辦理 has no cue (no 不在此限) -> not labelled')],
    39: [],
    40: [('shall', '，[應]依', '魷釣漁船及運搬船', '經主管機關許可轉載之魷釣漁船及運搬船', '', 'hard: the vessels are the regulated units that transship (the items use them as actors) -> written bearer; restrictive 經…許可轉載之 -> bearer_full; alternative: a thing, bearer empty, carried 經營者或船長 (para 2)')],
    41: [('shall', '，[應]按', '證券投資顧問事業', '', '', 'hard: N[condition]者 keeps N (證券投資顧問事業[兼營期貨經理事業]者), the payer of the licence fee; alternative: a fee-schedule case with the fee as subject, bearer empty, carried 期貨經理事業 (lead-in 期貨經理事業向主管機關申請…時，應…繳納證照費)')],
    42: [],
    43: [('shall', '，[應]衡酌', '^[各級學校]', '', '', 'framing clause 辦理藝術推廣教育; 規劃開設 under the cue')],
    44: [('shall', '，[應]登記', '', '', '', 'thing topic (題庫試題, 經拆封或使用後 time clause); para 1 of the article, no actor named -> no carried')],
    45: [('shall_not', '戶[不得]超過', '', '', '', 'thing subject (the award per household, 每戶); 給予 / 以…為上限 no cue; the authority is named only in para 2 (after) -> no carried')],
    46: [('shall', '，[須]其', '', '', '', 'hard: 須…為限 carries an explicit 須 -> a shall (requirement on the merits, 其勳績); 呈請授予勳章者 read as a case topic (where a medal is petitioned for), no actor named -> no bearer, no carried; alternative: headless agentive bearer 呈請授予勳章者, or not labelled as 以…為限'), ('shall', '並[應]配合', '', '', '', '並應 = a second statement; no own subject; the petitioning authority is not named -> no carried (alternative: 呈請授予勳章者 as bearer)')],
    47: [('shall', '少[應]標示', '', '', '', 'thing subject (藥品最小單位包裝…, 於給藥或販售時不單獨將外盒拆封者 condition); lead-in names no actor -> no carried')],
    48: [('shall', '，[應]經', '', '', '', 'thing subject (the documents, 於大陸地區製作者 condition); 經 is not 由 -> the verifying bodies are not bearers; lead-in names no applicant -> no carried')],
    49: [('shall', '，[應]以昇高', '', '', '', 'hard: 應以昇高隔離…保護 read as the requirement after the 電壓超過一○○○伏時 condition (the trailing 時 a drafting glitch); thing subject (計器、儀表及電驛), no actor -> no carried; alternative: the 應 sits inside the …保護時 condition of 外殼可不接地 and is not labelled; 可不接地 (可 not a cue)')],
    50: [('shall', '）[應]向', '^[藥害救濟申請人]', '', '', 'parenthetical definition （以下簡稱申請人） left out; the second sentence (該機關（構）或團體…送交…審議) has no cue')],
    51: [('shall', '，[應]具有', '', '', '', 'thing subject (急速開閉裝置); single-paragraph article names no actor -> no carried')],
    52: [('may', '，[得]兼任', '', '', '中華郵政公司辦理儲金匯兌業務之負責人', 'hard: 中華郵政公司為…股東，且…無…互相兼任情事 is a condition; the one who may serve concurrently is the responsible person of the lead-in (不得充任中華郵政公司辦理儲金匯兌業務之負責人 … 但下列情形，不在此限) -> carried; alternative: bearer 中華郵政公司 as subject of the condition clause'), ('shall', '，[應]經', '兼任該控股公司銀行子公司之董事、監察人者', '', '', '但…應 without 不在此限 = shall; headless agentive …者 phrase as the only subject kept whole; 交通部洽商金融監督管理委員會 are the approvers (after 經, not 由)')],
    53: [('shall', '，[應]同時', '法定受益人', '同一順位法定受益人', '', 'subject of the …時 clause, the main clause has none; 同一順位 restrictive -> bearer_full'), ('may', '並[得]委託', '法定受益人', '同一順位法定受益人', '', '並得 = a second may; shares the written bearer'), ('shall', '，[應]詳細', '', '', '法定受益人', 'after ；, thing subject (其受益額之分配) -> carried from the clause before; 未詳細填明者，視同… no cue'), ('shall', '人[負]責分', '之[受益人]負', '具領之受益人', '', 'hard: 由具領之受益人負責分與之 read as a duty allocation (負責 + act, cue 負 as in 負…義務 / 負…責任, cf. fresh50 #52); agent after 由; restrictive 具領之 -> bearer_full; alternative: not a statement')],
    54: [('may', '槽[得]裝設', '', '', '', 'thing subject (匯流排槽); installer not named -> no carried; 以分接… purpose')],
    55: [('shall', '位[應]檢附', '單位', '申請投保之單位', '', 'restrictive 之-modifier -> bearer_full')],
    56: [('shall', '，[應]由', '符合下列條件之一者', '', '', 'agent after 應由 (headless …者 kept whole); topic 職業病診斷書; 出具 under the cue')],
    57: [],
    58: [('shall', '構[應]指定', '^[各機構]', '', '', 'plain subject; 並將姓名職稱列冊報會備查 under the same 應'), ('shall', '員[應]將', '之[管理人員]應將', '原經辦之管理人員', '', '如業務調整時 condition; own subject; restrictive 原經辦之 -> bearer_full; 列入交代 under the cue'), ('shall', '員[應]辦理', '，[土地管理人員]應辦理', '', '', '必要時 condition; own subject')],
    59: [('may', '並[得]將', '', '', '直轄市、縣（市）主管機關', 'thing topic (作業分區); 原則以…為單位 no cue; para 1 right before (直轄市、縣（市）主管機關計算…之作業步驟如下) names the actor -> carried; 合併計算 under the cue'), ('may', '，[得]予分開', '', '', '直轄市、縣（市）主管機關', 'after ；, thing topic (地價變動差異大之地區); carried as above')],
    60: [('shall', '，[應]於', '^[醫事人員]', '', '', '發現感染者之屍體 framing; 向地方主管機關通報 under the cue'), ('shall', '，[應]立即', '，[地方主管機關]接獲', '', '', 'subject of the 接獲通報時 clause, the main clause has none; 指定醫療機構…進行適當處理 under the cue')],
    61: [('shall', '件[應]於', '', '', '徵信業', 'thing topic (第一項申請案件); para 2 right before names 徵信業 as the one handling the applications -> carried; 處理之 under the cue'), ('shall', '，[應]將', '', '', '徵信業', 'new sentence, 未能於期限內處理時 condition, no subject -> carried as above; 申請人 is the one notified')],
    62: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carving out of a list item of disqualifying circumstances (lead-in …應於委任前二年及任職期間無下列情事之一); 取得 false friend')],
    63: [('shall', '，[應]登載', '', '', '執行單位', 'thing subject (決標結果之公告內容); para 1 right before names 執行單位 as the one publishing the notice -> carried; 得標 / 未得標 false friends'), ('shall', '訊[應]至少', '', '', '執行單位', 'own thing subject (相關公告資訊), same sentence; carried as above')],
    64: [('shall', '，[應]依', '^[報名中華民國一百零四年度電視金鐘獎者]', '', '', 'headless agentive …者 phrase as the only subject kept whole; 檢附…送達 under the cue; 報名須知 false friend')],
    65: [('shall', '胎[應]予', '', '', '人工生殖機構', 'hard: thing subject (其所保存之生殖細胞或胚胎, to be destroyed); 人工生殖機構 is the subject of the …時 clause and the possessor (其所保存) -> carried; alternative: 人工生殖機構 as written bearer'), ('may', '，[得]轉贈', '', '', '人工生殖機構', '但…得 without 不在此限 = may; thing subject (其所捐贈之生殖細胞); 經捐贈人書面同意 condition; the closing institution transfers -> carried'), ('may', '，[得]轉其他', '', '', '人工生殖機構', 'after ；, own thing subject (受術夫妻之生殖細胞或胚胎); 經受術夫妻書面同意 condition; carried as above; 繼續保存 under the cue')],
    66: [('shall', '者[應]於', '^[數量競價得標者]', '', '', 'headless agentive …者 phrase kept whole (得標 false friend inside the name); 提出頻率位置意向書 under the cue')],
    67: [('may', '，[得]申請', '', '', '都市更新投資信託公司', 'hard: subject is the fund (a thing); para 1 right before names 都市更新投資信託公司 that raises and runs it -> carried; alternative: the fund as written bearer')],
    68: [('shall', '，[應]指定', '^[雇主]', '', '', '對於…作業 prepositional; 依下列規定辦理 under the same 應')],
    69: [('shall', '師[應]於', '承辦監造技師', '', '', '承辦 kept as part of the name; 檢視… / 確保… / 並依…填報… under the same 應')],
    70: [('may', '學[得]依', '大學', '', '', '修讀學士學位學生…者 condition (the students are the beneficiaries); 應修學分數 attributive inside the condition (not labelled); 准其提前畢業 under the cue (准 no cue)')],
    71: [('shall', '者[應]即', '^[接受軍事檢察官之指揮命令者]', '', '', 'headless agentive …者 phrase as the only subject kept whole; 應即 one cue'), ('shall_not', '，[不得]藉詞', '^[接受軍事檢察官之指揮命令者]', '', '', 'second cue of the same sentence, shares the written bearer')],
    72: [('may', '，[得]通知', '^[管理會]', '', '', 'subject of the …時 clause, the main clause has none; 評價小組 is the one notified'), ('shall', '後，[應]於', '^[管理會]', '', '', 'same sentence, same actor; 於作成…決議後 time clause; …規定事項之決議 no cue')],
    73: [('shall_not', '離[不得]超過', '', '', '', 'thing subject (其距離 of the alternate airport); 如為…時 condition; lead-in 起飛備用機場其位置應於…之內 names no actor -> no carried')],
    74: [('shall', '，[應]通知', '^[登記機關]', '', '', '受理…經審查有下列各款情形之一者 condition; 申請人 is the one notified (補正 is the content)')],
    75: [('shall', '，[應]予停約', '', '', '保險人', 'hard: 保險醫事服務機構[…停業處分]者 is the patient (its contract is suspended); the contracting 保險人 (named in the 但 clause) does it -> carried; alternative: no carried, or the institution as bearer'), ('shall', '，[應]予終止', '', '', '保險人', 'after ；, 歇業或遷址者 condition (patient), same reading'), ('exception', '，[不在此限]', '', '', '', '但…不在此限')],
    76: [('shall', '，[應]儘速', '^[當事人]', '', '', '對於…之意見 prepositional; 或依法官指定之期間提出 under the same 應')],
    77: [],
    78: [],
    79: [('shall', '，[應]由', '由[業者]依', '', '', 'agent after 應由; …以新臺幣申購、買回者 condition; 向外匯指定銀行辦理結匯 under the cue')],
    80: [('shall', '目[應]包括', '', '', '', 'thing subject (其檢查項目 of the health certificate); 於參加…檢定時 time clause without actor; para 1 names the candidates only by a headless condition phrase -> no carried (alternative: the candidate)')],
    81: [('shall', '、[應]建立', '', '', '', "no subject in the item; lead-in 電子支付作業環境之脆弱性管理應符合下列要求 is a thing topic and names no actor -> no carried (alternative: 電子支付機構, the law's addressee); 限制… purpose under the cue")],
    82: [('shall_not', '，[不得]超過', '', '', '', 'thing subject (…選用之最大分路過電流保護裝置額定); lead-in names no actor -> no carried')],
    83: [('shall_not', '，[不得]登記', '^[有下列情事之一者]', '', '', 'hard: headless …者 phrase is the only subject, naming the persons barred, kept whole (as fresh15); alternative: a condition, bearer empty')],
    84: [],
    85: [('may', '，[得]提前', '', '', '各機關', 'thing subject (…之永久保存檔案); 應移轉 attributive inside the topic NP (not labelled); 經…同意者 condition; para 1 right before names 各機關 as possessor of the files -> carried; 或酌予延長移轉期限 under the same 得; 不受…限制 not a cue')],
    86: [('shall', '，[應]由', '由[設置人]填具', '', '', 'agent after 應由; the subject of the …時 clause is the same actor described generally; 並檢附… / 按裝置容量申請… under the same 應')],
    87: [],
    88: [('shall', '人[應]使用', '管理權人', '其管理權人', '', 'topic …建築物…場所 (things); determiner 其 -> bearer_full')],
    89: [],
    90: [('shall', '，[應]自', '記帳及報稅代理人', '合於本法第三十五條第一項規定之記帳及報稅代理人', '', 'restrictive 之-modifier -> bearer_full; 向國稅局申請登錄 under the cue')],
    91: [],
    92: [('shall_not', '且[不得]作為', '', '', '退休人員', 'hard: thing subject (the pledged deposit, implied); the first clause 限於… has no cue; lead-in 退休人員得申請質借；質借條件與限制，規定如下 names the borrower -> carried; alternative: the lending institution, or no carried')],
    93: [('may', '生[得]於', '學生', '', '', 'item of a list of retake modes; the item writes its own operator and subject')],
    94: [('may', '人[得]向', '中獎人', '', '', '違反前項規定…致中獎人權益受損者 condition; 洩密人 is the counterparty')],
    95: [('shall', '數[應]由', '由[公賣局]委請', '', '', 'agent after 應由; 原承保機關核算並加註存檔 under the cue; the following 由原承保機關通知… / 則通知… clauses carry no new cue (not labelled)')],
    96: [('shall', '，[應]撤銷', '^[主管機關]', '', '', '查獲…者 condition; 取得 false friend')],
    97: [('may', '，[得]依', '', '', '', 'thing subject (收購價格); the whole article names no purchaser -> no carried; 折價給付 under the cue')],
    98: [('shall', '，[應]出示', '^[主管機關人員]', '', '', 'subject of the …時 clause, main clause has none; 並說明實施之內容 under the same 應')],
    99: [('may', '，[得]公布', '^[中央目的事業主管機關或直轄市、縣（市）政府]', '', '', 'subject of the …後 clause, main clause has none; coordination kept whole; 未發現…者 / 經該非公務機關同意後 conditions')],
    100: [('shall', '關[應]通知', '委託機關', '', '', '委託經營期間…必要時 condition; 受託人 is the one notified')],
    101: [('shall', '，[應]令其', '', '', '', 'hard: 除依下列規定處罰並限期取得許可證外 is additive (besides punishing), not an exception; the offender (未依…取得許可證者) is the patient; the authority is not named in the article -> no carried; 取得 false friend'), ('may', '，[得]按次', '', '', '', 'after ；, 屆期未完成改善者 condition (patient); 或令其停工… under the same 得; authority not named'), ('may', '並[得]廢止', '', '', '', '必要時 condition; 並得 = a second statement; authority not named')],
    102: [],
    103: [],
    104: [],
    105: [('shall_not', '，[不得]調劑', '', '', '', 'topic 須由醫師處方之藥品 (須 attributive, not labelled); 非經醫師處方 condition; the dispenser is not named -> no carried; 調劑供應 (供應 false friend)'), ('exception', '形[不在此限]', '', '', '', '但左列各款情形不在此限 (list follows)')],
    106: [],
    107: [],
    108: [],
    109: [],
    110: [],
    111: [('shall', '，[應]轉送', '^[主管機關]', '', '', 'subject of the …後 clause; 經檢視礦業權者自評無須…者 condition (無須 no duty); 並依下列規定辦理 under the same 應')],
    112: [],
    113: [],
    114: [],
    115: [('shall', '人[應]分別', '公立學校或未設理（董）事會之行政法人', '', '', 'hard: coordinated subject kept whole (the 之-modifier restricts only 行政法人, inside the coordination); …有變更時 condition; 所得 false friend'), ('shall', '體[應]提經', '其他勸募團體', '', '', 'own subject and cue; 並於同意後七日內報主管機關許可 under the same 應; the clauses after ； (同時通知捐贈人或公告之，並定…期限) carry no new cue; 聲明捐贈人得…提出異議 is the content of the declaration (not a statement of its own, hard)')],
    116: [('may', '，[得]於', '^[政府]', '', '', 'subject of the framing clause; 規定受益人或應考人應通過… is the content of the permitted rule (the inner 應 not labelled); 應考人 false friend')],
    117: [],
    118: [('shall', '，[應]向', '公司', '申請適用本條例第十二條所定提撥國外投資損失準備之公司', '', 'restrictive 之-modifier -> bearer_full; 於進行國外投資時 time clause; 並於…時，檢附…申報提撥損失準備 under the same 應; 所得稅 false friend')],
    119: [],
    120: [('may', '，[得]併科', '', '', '', 'penalty clause with 得: the court (not named) may add a fine; the offender …者 is not its bearer; 取得 false friend'), ('exception', '，[不在此限]', '', '', '', '但…不在此限')],
}
