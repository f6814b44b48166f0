# fresh44: seed 3010001, session 39 (two readers: a = 1-60, b = 61-120), drawn at the end of the session after every rule of it
# o44: reader a, provisions 1-60 of /work/eval/s39/o44/to_label-a.tsv (sample seed 3010001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh42-labels.py
# and fresh43-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh42/fresh43):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also a possessor / agent inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   and restrictive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the bearer when the main
#   clause has none; the agent after 應由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue: 以…為限, 沒收之); 除…外 carving out
#   of a statement of the same sentence is an exception; 但…得 / 但…應 / 但…不得 without 不在此限 are a may / a shall /
#   a shall_not.
# - not labelled: attributive 應X之 / 不得X之 inside NPs (應標示之事項, 應遵行事項, 應記載事項, 應檢附書件, 不得僱用情事,
#   應辦理…之範圍), cues inside conditions (grounds items) and inside 除…外, 除…外 carving out of a clause without a
#   cue, 準用, 由…定之, 以…為限, 負責, 亦同, 需; false friends 應付, 得標, 取得, 應用, 所得知 (所 + 得知), 應檢覈.
# o44: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s39/o44/to_label-b.tsv (sample seed 3010001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh42-labels.py
# and fresh43-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh42/fresh43):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 應…不得 in one sentence is two statements; 應…，始得 is two statements (shall, may).
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 但有…者，得…
#   reads …者 as a condition; determiners (其, 該) and restrictive 之-modifiers go to bearer_full; the subject of a
#   …時/…後 clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…不得 without
#   不在此限 are a may / a shall_not.
# - not labelled: attributive 應X之 / 應行記載之事項 / 應遵行事項 inside NPs, cues inside …者 conditions (有應自行迴避而未迴避),
#   由…定之, 由…支應, 以…為限, 亦同, 視為, 適用 (not 不適用); false friends 所得, 取得, 應用, 應變, 因應, 應收, 應付, 供應, 支應.
LABELS = {
    1: [('shall', '額[應]由', '買受人', '', '', 'agent after 應由; 前項減徵貨物稅稅額 is a thing topic')],
    2: [('may', '人[得]依', '進口人', '', '', '進口貨物未能適用…者 condition (thing subject); 或於海關放行前依下列方式辦理 same 得')],
    3: [('exception', '[除]布氏', '', '', '', '除布氏桿菌外 carves out of the 不得 of the same sentence'), ('shall_not', '，[不得]含有', '', '', '', 'thing subject (the vaccine of the lead-in 被檢乾燥布氏桿菌第十九號活菌苗須符合左列條件); no actor named -> no carried')],
    4: [('may', '會[得]停止', '權保會', '', '', '復審之決定以…為準據…者 / 於…確定前 conditions; 並即通知復審人 has no new cue -> same 得 (one statement)')],
    5: [('shall', '，[應]發給', '', '', '', 'hard: 情報人員 is the beneficiary (subject of the …時 clause but patient of 發給); the paying agency (其隸屬之情報機關) is named only in para 2, after -> no carried; 醫療費並全額補助 no cue; 由主管機關定之 no cue')],
    6: [],
    7: [('shall', '，[應]由', '由[各事業單位]補足', '', '', 'agent after 應由 (the first 各事業單位 is inside the …時 condition); 支應 false friend')],
    8: [],
    9: [('may', '中[得]免申報', '', '', '', 'hard: 得免 = may be exempted (permission, cue 得); thing subject (建築物施工中); lead-in names only 主管建築機關 (as the deciding authority), not the builder -> no carried; 竣工後…一次報驗 has no new cue')],
    10: [('shall', '時，[應]就', '^[工會]', '', '', 'subject of the …後 clause (工會依前項規定遞補…後), main clause has none; 以補足…為限 no cue')],
    11: [('may', '，[得]撤銷', '', '', '', 'the residents (經許可…居留之香港或澳門居民, 有下列情形之一者) are the patients; 並註銷… same 得; 移民署 is named only in para 2 (after) -> no carried')],
    12: [('shall', '，[應]即通報', '^[型別檢定證、補充型別檢定證持有人或其授權使用者、零組件製造者核准書或技術標準件核准書之持有人]', '', '', 'coordinated subject kept whole (…核准書之持有人 is the name of the holder, not a restrictive clause); 其製造之…造成下列情況之一…時 condition; 應即 one cue; 並於…二十四小時內，填具…陳報民航局 has no new cue -> same 應')],
    13: [('may', '，[得]併科', '', '', '', 'the offender (…者) is the patient; 處…有期徒刑 stated as a fact, no cue; the court is not named -> no carried'), ('may', '，[得]減輕', '', '', '', 'new sentence; 在偵查或審判中自白者 condition (the offender is the patient); court not named; 但自首者減輕或免除其刑 has no cue')],
    14: [('shall', '校[應]依', '^[退除役官兵]', '', '', '退除役官兵報考學校 read as subject + predicate of the framing clause (they, when applying); 規定之手續 attributive, no cue')],
    15: [('shall', '口[應]有', '', '', '藥廠', 'thing subject (排水裝置之排水口); lead-in 藥廠廠房之建築及設施應符合下列規定 (藥廠 possessor inside the topic NP) -> carried')],
    16: [('shall', '證[應]記載', '', '', '開具人', 'hard: thing subject (外來憑證及對外憑證); 由開具人簽名或蓋章 is an embedded 由X clause under the same 應 (not 應由 directly), so bearer left empty; the issuer named in this provision fills in the voucher -> carried')],
    17: [('shall', '入預算，[應]按', '', '', '', 'thing subject (歲入預算); single-paragraph article names no actor -> no carried'), ('shall', '出預算，[應]按', '', '', '', 'after ；, thing subject (歲出預算)'), ('shall', '支預算，[應]按', '', '', '', 'after ；, thing subject (融資性收支預算)')],
    18: [],
    19: [('exception', '，[除]有正當', '', '', '', '除有正當理由，報經主管機關核准者外 carves out of the 不得 of the same sentence'), ('shall_not', '外，[不得]拒絕', '受指定之[證券投資信託事業]，除', '受指定之證券投資信託事業', '', 'after ；, own subject; restrictive 受指定之 -> bearer_full; first sentence (由主管機關指定…承受) has no cue')],
    20: [('may', '構[得]遴聘', '學校主管機關或受託機構', '', '', 'coordinated subject kept whole; 前項訪視 is the object topic; 組成小組為之 same 得')],
    21: [('shall', '，[須]檢具', '^[依前項規定辦理公開發行者]', '', '', 'modal 須; headless agentive …者 phrase, the only subject, kept whole; 應記載事項 / 應檢附書件 attributive (not labelled); 向本會提出申報, 並準用… same 須 (準用 no cue)')],
    22: [],
    23: [('may', '，[得]經海關', '', '', '倉庫業者', 'hard: thing subject (貨物之包件…者 — the goods); the one who stores them in the open area is the warehouse operator named later in this provision (仍由倉庫業者負責) -> carried; 負責 no cue')],
    24: [('shall_not', '人[不得]接受', '^[記帳士、記帳及報稅代理人]', '', '', 'coordinated subject kept whole; hard: 其與客戶建立業務關係時應辦理確認客戶身分之範圍如下 -- 應辦理…之範圍 is attributive inside the NP (the scope … is as follows) -> not labelled')],
    25: [('may', '關[得]自行', '^[度量衡專責機關]', '', '', '或由消費者保護團體推薦 is an embedded 由X clause under the same 得; 遴聘… / 協助監視舉發 same 得; 義務監視員 (義務 without 負) no cue')],
    26: [('may', '，[得]執行', '藥局', '藥師親自主持之藥局', '', 'N[condition]者 keeps N (藥局，具有鑑定設備者); restrictive 之-modifier -> bearer_full')],
    27: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of the restriction 以依公司法設立之股份有限公司為限 (以…為限 itself has no guide cue, not labelled)')],
    28: [('shall', '，[應]依其缺失', '^[受稽核者]', '', '', 'subject of the …後 clause, main clause has none; 依本會指定之期日以書面提出… same 應'), ('may', '，[得]要求', '；[本會]認有', '', '', 'after ；, subject of the …時 clause (本會認有必要時), main clause has none')],
    29: [('may', '，[得]派員', '^[航港局或指定機關]', '', '', 'coordinated subject kept whole; 為維護… purpose; 或進入…施行檢查 same 得')],
    30: [('shall_not', '線[不予]變動', '', '', '', 'hard: 不予 as operative verb (the boundary shall not be changed); thing subject (周圍之界線); 經實測結果…者 condition; lead-in 以圖解法分割複丈者，應依左列規定 names a case, not an actor (複丈人員 only in sibling items) -> no carried'), ('shall', '點[應]按', '', '', '', 'thing subject (其內部之分割點); 儘量…註明 / 並按…計算面積 same 應'), ('may', '時[得]用', '', '', '', 'new sentence, 必要時 condition, no subject written'), ('shall_not', '，[不得]分離', '', '', '', 'second cue of the sentence, thing subject (the 附圖 as 複丈圖之附件)')],
    31: [],
    32: [],
    33: [('may', '，[得]以', '', '', '家庭農場', 'hard: thing topic (前項擴大經營規模); paragraph right before: 主管機關應獎勵輔導家庭農場，擴大經營規模 -- the family farms are the ones expanding -> carried')],
    34: [('shall', '人[應]依', '^[保險人]', '', '', '與要保人簽訂保險契約 same 應; 所定契約範本 no cue')],
    35: [('shall', '構）[應]即協助', '輔導機關（構）', '', '', '應即 one cue; 如遇有重大偶發事件 condition; 信用合作社之業務經營 topic'), ('shall', '局）[應]即擬具', '縣、市政府', '縣、市政府（直轄市為財政局）', '', 'new sentence, own subject; 其情節重大…者 condition; the parenthesis (直轄市為財政局) kept in bearer_full; 函報財政部處理 / 並副知… same 應')],
    36: [('shall', '，[應]檢具', '預備士官', '', '', 'hard: 本條例第十八條所定 is a framing phrase; 預備士官 is the subject of the condition clauses (受臨時召集…，因病六個月未癒), main clause has none; 報請停役 / 俟病癒後回役 / 補足… same 應')],
    37: [('may', '，[得]隨時', '^[各層主管]', '', '', '如發現被授權人有…者 condition (被授權人 is the patient)'), ('may', '並[得]變更', '^[各層主管]', '', '', '必要時並得 = second cue of the same sentence, shares the written bearer')],
    38: [('may', '，[得]免依', '', '', '', 'thing subject (經包裝之危險品); the article names no actor -> no carried'), ('shall', '但[應]依', '', '', '', '但…應 without 不在此限 is a shall; same thing subject, no actor named')],
    39: [('shall', '，[應]提出', '眷屬', '與受刑人同住之眷屬', '', 'restrictive 之-modifier -> bearer_full; 辦理登記 same 應')],
    40: [('shall', '構[應]依', '^[機構]', '', '', '受術夫妻 is the beneficiary; 並將其結果記錄… has no new cue -> same 應')],
    41: [('may', '時，[得]換算', '', '', '', 'thing subject (各科測驗式試題之原始分數); 檢定考試 topic; …未超過百分之六十時 condition; the article names no actor (典試委員長 only approves in para 3) -> no carried')],
    42: [('shall', '，[應]繳驗', '', '', '', 'no subject: 持外國政府執業證書申請檢覈 is a framing activity (the applicant is not named as a noun) -> no carried; 應檢覈之 inside the NP (= sit the 檢覈, like 應考) not labelled; 並均附繳… same 應 (均 adverb)')],
    43: [('shall', '，[應]依', '', '', '', 'thing subject (退休年金給與上限); the article names no computing authority -> no carried')],
    44: [],
    45: [('exception', '[不在此限]', '', '', '', 'hard: 但屬於被害人者，不在此限 carves out of the confiscation 沒收之 (a clause without a guide cue, not labelled); 不問屬於犯罪行為人與否 no cue')],
    46: [('shall', '容[應]包括', '', '', '使用人', 'thing subject (使用計畫 / 其內容); lead-in 使用人應填具申請書，並檢附下列文件 -> carried'), ('shall', '者，[應]於計畫', '', '', '使用人', 'hard: 有使用特定植物檢疫物本體或其衍生物者 read as a condition ("where the plan involves use of …"), not an agentive subject; carried from the lead-in')],
    47: [('shall', '，[應]負', '^[運送人]', '', '', 'N[condition]者 keeps N (運送人[對…遲延，致損害乘客權益]者); 應負…責任 cue 應 (負 without 義務 is no separate cue)')],
    48: [('shall', '，[應]載明', '', '', '農民團體及農業企業機構', 'thing subject (農業經營利用計畫書); 農民團體及農業企業機構 is the agent inside the topic NP (…申請承受耕地所提出之) -> carried')],
    49: [('shall', '，[應]設置', '', '', '', 'thing / place subject (儲存場所周圍); lead-in 室外儲存場所儲存塊狀之硫磺…，其位置、構造及設備…應符合下列規定 names no actor -> no carried')],
    50: [('may', '者，[得]向', '', '', '郵政機關', 'thing subject (郵件); 遇收件人有左列情形之一者 condition (收件人 not the actor); the post office named in this provision delivers -> carried'), ('may', '並[得]請', '', '', '郵政機關', '但…並得 without 不在此限 = may; no subject written; 以郵政機關所得知者為限 (所得知 = 所 + 得知, not a cue; 以…為限 no cue); carried as above')],
    51: [('may', '廠[得]視', '^[加工製造工廠]', '', '', '設置成本紀錄 under the 得'), ('shall', '用[應]為', '', '', '加工製造工廠', 'thing subject (成本會計之原料、人工及費用); the factory named in the clause before -> carried; 分別編造… / 並比較分析… same 應')],
    52: [('shall_not', '低[不得]低於', '', '', '', 'hard: 但…不得 without 不在此限 = shall_not; thing subject (the interest rate); who fixes (行政院核定) vs who pays (受理存款機關) is unclear -> no carried; 除期滿得續存外: the 得 is inside 除…外 (guide: not labelled) and the 除 carves out of 其期限定為…兩種, a clause without a cue -> not labelled')],
    53: [('shall', '少[應]包括', '', '', '', 'thing subject (流動負債); first sentence is a definition (係指…), no cue; the article names no preparer -> no carried')],
    54: [('shall', '，[應]經常', '', '', '各單位（人）', 'thing topic (…所借（領）用之財物); 各單位（人） is the agent inside the topic NP -> carried; 以確保… purpose')],
    55: [('may', '並[得]按次', '', '', '', 'the offender (規避…者) and the 公告場所所有人… are the punished (patients); 處…罰鍰 stated as a fact, no cue; the punishing authority is not named -> no carried')],
    56: [('may', '時[得]召集', '', '', '主任委員', 'new sentence without subject (必要時 condition); first sentence 由主任委員召集之 (no cue) names the convener -> carried'), ('may', '，[得]邀請', '。[本會]開會時', '', '', 'subject of the …時 clause, main clause has none')],
    57: [('shall', '者，[應]即終止', '', '', '', 'hard: 約僱人員 is the topic / patient (the employee whose contract is ended); the terminating agency (各機關首長 of paras 1-2) is not named in the paragraph right before (para 3 has no actor) -> no carried; 不得僱用情事 / 不得僱用之情事 attributive inside NPs; 亦同 no cue')],
    58: [('may', '府[得]列冊', '直轄市或縣（市）政府', '', '', '所有權人未於規定期間申請…者 condition (the owner is not the actor); 囑託登記機關辦理… same 得')],
    59: [('shall_not', '例，[不得]少於', '', '', '', 'thing subject (本會委員任一性別比例); the appointing 本部 is named only in para 1 (not the paragraph right before) -> no carried')],
    60: [('shall', '人[應]依', '申請人', '', '', 'subject of the main clause after the …時 condition; 需要 no cue; 並就增加部分…補繳差額 has no new cue -> same 應'), ('shall', '關[應]退還', '公路管理機關', '', '', 'after ；, 如…少於原申請面積時 condition; own subject')],
    61: [('shall', '人[應]設', '^[醫療社團法人]', '', '', '其名額以…為限 has no cue')],
    62: [('shall', '業[應]考量', '發電業及輸配電業', '', '', '為確保… purpose; coordinated subject kept whole; 擬定…計畫 under the same 應'), ('shall', '至少[應]包括', '', '', '發電業及輸配電業', 'thing subject (其內容 = the plan); the drafter named in this provision -> carried'), ('shall', '設備[應]於中央', '', '', '發電業及輸配電業', 'hard: thing subject (既設之電業設備, i.e. the plan for it); 送中央主管機關備查 (end of the sentence) under this 應; the drafter named in this provision -> carried'), ('shall', '設備[應]併同', '', '', '發電業及輸配電業', 'thing subject (新設之電業設備); own cue, shares 送…備查; carried as above')],
    63: [('shall', '時[須]有', '', '', '', '須 modal; no subject (使用冷卻槽時 condition without subject); lead-in 家禽屠宰作業應符合下列規定 names no actor -> no carried'), ('shall', '並[應]妥善', '', '', '', 'new sentence, thing subject (溢流水); no actor named')],
    64: [('may', '人[得]舉', '當事人', '', '', '調處人員有應自行迴避而未迴避… is a condition (應 inside it not labelled); 向…申請迴避 under the same 得'), ('shall', '構[應]為', '爭議處理機構', '', '', 'own subject (the second 爭議處理機構)')],
    65: [('shall', '位[應]將', '招標訂約單位', '', '', '凡保留決標之採購案 topic; 記載… / 並要求…簽字 / 提…處理 under the same 應 (並 without new cue)')],
    66: [('shall', '議[應]有委員', '', '', '', 'thing subject (本會委員會議); no actor named'), ('shall', '項[應]有出席', '', '', '', 'thing subject (決議事項); 取決於主席 has no cue')],
    67: [('shall', '部[應]依', '^[數位部]', '', '', '繕具… / 通知…辦理 under the same 應')],
    68: [('shall', '禽[應]予以', '', '', '', 'hard: 畜禽 is the patient (to be restrained), not the bearer; 並依其種類選擇… under the same 應; lead-in 畜禽之人道致昏方式…規定如下 names no actor -> no carried; 適用於 is not a cue'), ('shall_not', '但[不得]以', '', '', '', '但…不得 without 不在此限 = shall_not; no subject, no actor named')],
    69: [('shall_not', '，[不得]超過', '', '', '', 'thing subject (每月退休所得; 所得 false friend); 退休生效者 is only the possessor/beneficiary; no actor named')],
    70: [('shall', '，[應]通知', '^[法院]', '', '', '予其陳述意見之機會 under the same 應')],
    71: [('shall', '，[應]儘量', '', '', '', 'thing topic (前項坡度及曲線半徑設計時); the designer is not named in the article -> no carried')],
    72: [('shall', '院[應]指定', '少年法院', '', '', '犯…之罪，未經選任輔佐人者 condition; 其他案件認有必要者亦同 has no cue')],
    73: [('shall', '，[應]載明', '', '', '所有人', 'thing subject (前項計畫書); paragraph right before: 所有人…應檢附申請書及計畫書 -> carried')],
    74: [('shall', '件[應]經', '', '', '', 'hard: thing subject (相關文件); the divorcing parties (雙方 / 當事人一方) are named only in para 1, the paragraph right before (退休公務人員…依前二項規定辦理) does not name who has them notarized -> no carried')],
    75: [('shall', '，[應]送達', '', '', '法院', 'hard: thing subject (和解方案); 並限期命為是否接受之表示 under the same 應; the proposer is 法院、受命法官或受託法官 of para 1; the paragraph right before (para 2) names 法院 as who proposes -> carried 法院; 視為 no cue')],
    76: [('shall', '，[應]防止', '', '', '', '裝置有危險品之貨櫃裝載於船舶時 condition with a thing subject; single-paragraph article names no actor -> no carried')],
    77: [('exception', '[不在此限]', '', '', '', 'hard: the item is one of the acts of the lead-in 信託業及其董事…並不得有下列行為 (the 不得 is in the lead-in, not in this item); 但…不在此限 carves out of that prohibition for this item')],
    78: [('shall_not', '，[不得]獨立', '', '', '', 'no subject (對於費用之裁定 is the object topic); the parties are not named -> no carried')],
    79: [('exception', '[除]小型車', '', '', '', '除小型車附掛之拖車外 carves out of the 應 of the same sentence'), ('shall', '刻[應]符合', '', '', '', 'thing subject (拖車標識牌及車身（架）號碼打刻); lead-in 汽車定期檢驗之項目及基準 names no actor; first sentence (並依規定懸掛) has no cue')],
    80: [('shall', '，[應]派人', '', '', '醫療機構', 'no subject (執行前項銷毀 topic); paragraph right before: 醫療機構…銷毀電子病歷時，應記錄… -> carried; 並拍照存證 under the same 應')],
    81: [('may', '時[得]列入', '', '', '', 'thing subject (政府首長報告案); single-paragraph article names no actor')],
    82: [('may', '，[得]依', '^[主管機關]', '', '', '對於…之情事 object topic; 調查處理 under the 得')],
    83: [],
    84: [('shall', '，[應]通知', '', '', '', 'hard: 給付租金如未依法扣繳所得稅款 condition; the tax auditor who notifies is not named (lead-in 租金支出： names no actor) -> no carried; 並依法處罰 under the same 應; 所得稅 false friend'), ('shall', '仍[應]准', '', '', '', 'thing subject (其給付金額); no actor named'), ('shall', '，[應]由', '由[出租人]合併', '', '', 'agent after 應由 (not the 出租人 inside the 承租人…者 condition); 所得 false friend')],
    85: [('may', '人[得]捨棄', '^[檢察官及申訴人]', '', '', 'coordinated subject kept whole')],
    86: [],
    87: [('may', '時[得]召開', '', '', '', 'hard: 本會委員會每三個月召開一次 -- the committee (meeting) is what is convened (patient), not a bearer; the convener is not named (主任委員 only chairs) -> no carried; 由主任委員指定… has no cue')],
    88: [],
    89: [('shall', '廠[應]製作', '^[藥廠]', '', '', '核對… / 並簽名及簽註日期 under the same 應')],
    90: [('shall', '，[應]有', '', '', '', 'thing subject (懲戒委員會會議之決議); 出席委員過半數同意行之 under the same 應')],
    91: [('shall', '，[應]簽奉', '', '', '', 'hard: 發現新事實…認有變更…者 condition without subject; the agency is named only in para 2 (after) and as 機關首長 (the approver) -> no carried; 重行辦理… / 並採取… under the same 應')],
    92: [('may', '，[得]於期限', '', '', '公司', '但…得 without 不在此限 = may; 有正當理由者 read as a condition (its implicit subject is the company); 公司 named in the sentence before -> carried; 其核准失效 has no cue')],
    93: [],
    94: [('shall', '值[應]為', '', '', '申請人', 'thing subject (其公司淨值); 申請人為公司者 condition, 其 = the applicant (possessor) named in this provision -> carried; 非屬銀行拒絕往來戶 has no cue')],
    95: [('shall_not', '隔，[不得]小於', '', '', '', 'thing subject (修正後間隔); 視為 / 適用 no cue; 計算所得 false friend; lead-in names no actor')],
    96: [('shall', '分[應]以', '', '', '', 'hard: thing subject (該部分); the article lead-in puts the duty to confirm on an unnamed supplier, 消費事業單位 is only the owner of the equipment -> no carried')],
    97: [('exception', '[除]認為', '', '', '', '除認為…有請示必要者外 carves out of the 得 of the same sentence'), ('may', '，[得]本業務', '^[各單位主官 (管)]', '', '', '在其授權範圍內 adverbial; 承辦部稿先行核發 / 或以各單位名義逕行行文 under the same 得'), ('shall', '，[應]每週', '^[各單位主官 (管)]', '', '', 'second cue of the same sentence shares the written bearer; 如係部稿 condition')],
    98: [('may', '，[得]於本辦法', '', '', '被保險人', 'hard: 被保險人 is the agent inside the topic NP (被保險人持以參加本保險之土地, whose head is the land), the …者 condition has no own written subject -> bearer empty, carried 被保險人; 檢具… / 由投保農會核轉… (embedded 由X clause) under the same 得')],
    99: [('exception', '[除]屆齡', '', '', '', '除屆齡退休者外 carves out of the 得 of the same sentence'), ('may', '，[得]一次', '', '', '', 'hard: 教職員…者 are the beneficiaries of 加發 (patients), not the bearer; the paying school / authority is not named in this provision or before (para 3 comes after) -> no carried')],
    100: [('shall', '，[應]依本法', '', '', '中央主管機關', 'hard: 雇主…屆期未改善者，或違反前項第二款規定 is a condition and 雇主 the patient (its permits are revoked); 中央主管機關 (the notifier in this provision, also the permit authority) -> carried; 並計入… under the same 應')],
    101: [],
    102: [],
    103: [('shall', '，[應]配合', '^[第二階段受獎勵者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 取得 false friend')],
    104: [('shall_not', '，[不得]從事網際網路', '^[未取得國際組織認可具有取得及分配網際網路位址之權利者]', '', '', 'hard: headless agentive …者 phrase, the only subject, kept whole (取得 false friend inside it)'), ('shall_not', '，[不得]從事網域', '；[未取得國際組織認可具有其所申請註冊管理業務範圍之.tw頂級網域名稱或其他足以表徵我國網域名稱之權利者]', '', '', 'after ；, own headless …者 subject kept whole')],
    105: [],
    106: [],
    107: [('shall', '，[應]向', '^[醫師]', '', '', '說明… / 並取得書面同意 under the same 應 (取得 false friend)'), ('may', '，[始得]為之', '^[醫師]', '', '', '始得 = may (only then); second cue of the same sentence shares the written bearer'), ('shall', '院[應]記錄', '醫院', '', '', 'new sentence, 如拒絕接受手術 condition (its subject is the patient); own subject')],
    108: [('shall', '，[應]有', '', '', '', 'hard: close to a definition (what counts as 遺族未能取得一致請領之協議), but written with modal 應 and no 指 -> labelled a shall with a thing subject; no actor; 取得 false friend')],
    109: [],
    110: [('shall', '均[應]按年', '', '', '', 'thing subject (the accounts); 應收 / 應付 false friends; 均 adverb; single-paragraph article names no actor (農會 only in the law title) -> no carried')],
    111: [('shall', '，[應]於部門', '^[直轄市、縣（市）主管機關]', '', '', 'subject of 依…訂修…; 送… / 報請…核定後實施並公開之 / 且每五年至少檢討一次 under the same 應 (no new cue); 因應 false friend')],
    112: [],
    113: [('shall', '司[應]依減資日之', '上市、上櫃公司', '', '', 'hard: 上市、上櫃公司 could be read as a topic (the kind of share) but is written as the subject of the clause (the company computes and reports the amount into the shareholder income) -> bearer; 計入…課稅 under the 應; 取得 / 所得 false friends'), ('shall', '司[應]依減資日公司', '未上市、未上櫃公司', '', '', 'own subject, same reading as above; 但…依面額計算 has no cue')],
    114: [('may', '，[得]併科', '', '', '', 'the offender (…者) is the patient; 處…有期徒刑 stated as a fact, no cue; the court is not named -> no carried; 取得 false friend')],
    115: [('shall', '，[應]考量', '^[學校]', '', '', 'subject of the …時 clause, main clause has none; 明確規定懲處要件 under the same 應'), ('shall_not', '，[不得]僅以', '^[學校]', '', '', 'second cue of the same sentence shares the written bearer')],
    116: [('may', '，[得]不報請', '中央主管機關或地方主管機關', '', '', '但…得 without 不在此限 = may; subject of the 認為…者 clause, coordinated kept whole; first sentence (取得投資人資格) has no cue (取得 false friend)')],
    117: [('shall', '，[應]評估', '', '', '', 'no subject (資產負債表日 time topic); 提列… / 列為… under the same 應; lead-ins (前條流動資產之內容… / 其他應收款…) name no actor; 應收款 false friend')],
    118: [],
    119: [('shall', '式[應]於', '', '', '申請人', 'thing subject (第一項抵減方式); paragraph right before (para 3) names 申請人 (who chooses, also in para 1) -> carried; 所得稅 false friend'), ('shall_not', '後[不得]變更', '', '', '申請人', 'second cue of the same sentence, same thing subject; carried as above')],
    120: [],
}
