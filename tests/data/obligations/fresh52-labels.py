# fresh52: seed 3970001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 42) after the session's first obligations rules, by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o52: reader a, provisions 1-60 of /work/eval/s42/o52/to_label-a.tsv (sample seed 3970001), numbered in file order.
# Labelled 2026-12-06, session 42, by reading each provision's text (plus its list lead-in / whole article via
# `s42start -f ... 第N條`, for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the
# headers of fresh50-labels.py and fresh51-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh50/fresh51):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the
#   bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception (also in a list item of disqualifying circumstances); 除…外 carving out of a
#   statement of the same sentence is an exception; 除…外 that only adds (除行為人依法送辦外，得勒令…) is additive;
#   除…外 carving out of a clause without a cue (準用…, 以…為買價) is not labelled; 但…得 without 不在此限 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - 應負…責任: one statement, cue 應.
# - not labelled: attributive 應X之 / 得X之 / 應X事項 inside NPs (應辦理之事項, 應具備之條件, 應揭露之事項, 應繳利息,
#   應屬國有之土地, 得行使…之股數, 應領月退休金), cues inside …者 conditions and inside 除…外, 予以, 准, 始 alone
#   (始發給), 免, 準用, 適用, 亦同, 由…定之, 以…為限; 負責 governed by another 應 (指派…人員，負責…); false friends
#   因應, 對應, 供應, 所得, 取得.
# o52: reader b, provisions 61-120 of the sample seed 3970001 (numbered 1-60 here), from /work/eval/s42/o52/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 42).
# Written by reading each provision's text (plus its list lead-in / whole article via `s42start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh50-labels.py
# and fresh51-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh50/fresh51):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / 得…並得 are two
#   statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of
#   a topic / framing clause is the bearer when the main clause has none; an organisational unit or regulated place
#   that acts (悔過室 收訓, 實驗室或保存場所 辦理演習) is an actor, not a thing.
# - 但…不在此限 is an exception (also inside a list item of a definition); 除…外 carving out of a statement of the
#   same sentence is an exception, and so is a parenthetical （X除外） inside a statement's clause (cue 除); 除…外
#   whose main clause has no cue is not labelled; 但…應 without 不在此限 is a shall.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應經董事會決議事項, 得列入儘後召集之後備軍人), 以…為限,
#   限以 (no cue), 準用, 不受…限制, 亦同, 宜, 可; false friends 應變, 應用, 應酬, 應考, 所得, 取得, 獲得, 得標,
#   供應.
LABELS = {
    1: [('shall', '，[應]函送', '^[中央目的事業主管機關]', '', '', 'plain subject; 經查…者 condition; 並副知公司 under the same 應')],
    2: [('shall_not', '，[不得]拒絕', '^[雇主]', '', '', 'subject of the sentence (…辦理招募時); 非有正當理由 condition; 求職人 is the patient')],
    3: [('shall', '，[應]據', '^[內政部]', '', '', 'plain subject; 考核… under the same 應; 准其成為… (准) no cue')],
    4: [],
    5: [('shall', '三、[應]使用', '', '', '', 'list item, no subject; lead-in 第二類場所之可撓軟線，依下列規定 names no actor -> no carried')],
    6: [],
    7: [('shall', '人[應]設置', '^[內政財團法人]', '', '', 'plain subject; 記明… and the embedded 並由…董事長…簽名或蓋章 under the same 應')],
    8: [('shall', '少[應]包括', '', '', '農業金融機構', 'thing subject (監控政策及程序); 農業金融機構 is the possessor inside the topic and the subject of the lead-in (農業金融機構對…，應依下列規定辦理) -> carried; 並將其書面化 under the same 應')],
    9: [('may', '關[得]依', '主管機關', '', '', 'plain subject; 簽署人員…者 condition (patient); 予以記點 / 並向保險業揭露 under the same 得; 其揭露期間為三年 no cue')],
    10: [('shall', '）[應]通知', '', '', '非公務機關', 'hard: item （三） read as a VP (應通知 + 當事人 + …等內容, no 之), not an attributive NP like items （一）（二）; the actor is the 非公務機關 of the article lead-in (非公務機關…應訂定下列…機制) -> carried; alternative: attributive NP (contents to be notified), not labelled; 因應 false friend')],
    11: [('shall', '，[應]檢附', '', '', '專業訓練機構', 'list item of the plan contents (thing lead-in 訓練計畫書內容應包含下列事項); 所有權狀如非屬自有者 condition; para 1 right before names 專業訓練機構 as the applicant -> carried')],
    12: [('shall', '額[應]予', '', '', '中央主管機關', 'hard: thing subject (其聘僱外國人之名額, 雇主 is only the possessor / beneficiary); the authority that revoked the permits, 中央主管機關, is named in the provision and retains the quota -> carried; alternative: no carried, or 雇主')],
    13: [('shall', '，[應]先行', '^[開發主管機關]', '', '', 'plain subject; 依…撥用公有土地 framing; 免徵求其同意 (免) no cue')],
    14: [('may', '，[得]將其整體', '^[機關]', '', '', 'plain subject; 合併或分別辦理 under the cue'), ('may', '，[得]依', '', '', '機關', 'hard: new sentence, 其分別辦理者 read as a condition (where handled separately), no subject -> carried 機關 from the sentence before; alternative: headless 其分別辦理者 as bearer')],
    15: [('shall', '前，[應]填具', '自由港區事業', '經核准辦理按月彙報之自由港區事業', '', 'restrictive 經核准…之 -> bearer_full; 向海關申請… under the cue; the later clauses (憑…辦理…並登帳, 於次月十五日前…辦理通關手續) have no cue -> not labelled')],
    16: [('may', '關[得]令', '主管機關', '', '', 'plain subject; 驗證機構 is the patient; 屆期未改善者，依前項規定辦理 no cue')],
    17: [('may', '，[得]勒令', '', '', '', '火化場…者 condition (patient); 除行為人依法送辦外 is additive, not an exception; the punishing authority is not named in the article -> no carried; 其經營者 is the patient'), ('may', '，[得]廢止', '', '', '', 'new sentence, 其情節重大者 condition; no bearer, no carried (as above)')],
    18: [('may', '關[得]通知', '放租機關', '', '', 'plain subject; 承租人…者 condition (patient); 終止租約 under the cue')],
    19: [('may', '，[得]給與', '', '', '', '公務人員…者 is the beneficiary (condition); the granting authority is not named -> no carried; 由考試院會同行政院定之 no cue')],
    20: [('shall', '容[應]包括', '', '', '本處', 'thing subject (其內容, of the plan); para 1 lead-in names 本處 as the one drafting the plans (本處…應…擬訂年度業務計畫…年度業務計畫之內容應包括左列各項) -> carried')],
    21: [('shall', '關[應]對', '^[直轄市、縣（市）主管機關]', '', '', 'plain subject; 擬訂… / 報請… / 優先實施改善 / 並至少每四年檢討修正一次 under the same 應')],
    22: [('may', '，[得]併計', '', '', '', 'thing subject (合格教師年資); 園長及教師 are the beneficiaries (topic); no actor named -> no carried')],
    23: [('shall', '，[應]出具', '進口電動輔助自行車或微型電動二輪車自行使用者', '', '', 'headless agentive …者 phrase as the only subject kept whole')],
    24: [('shall', '人[應]於', '權利人及義務人', '', '', 'coordinated subject kept whole; …時 time clause; 檢同… / 共同申請… / 並共同申報 under the same 應'), ('may', '人[得]單獨', '，[權利人]得', '', '', '但…得 without 不在此限 = may; own subject; the 得 inside 依規定得由權利人單獨申請登記者 is a condition -> not labelled')],
    25: [('shall_not', '一、[不予]核准', '', '', '本會', 'list item writes its own operator (不予); the lead-in subject 本會 (本會…亦得為下列之處置) -> carried; 證券商 (其) is the patient')],
    26: [('shall', '，[應]依', '', '', '', 'thing topic (本基金會計事務之處理); single-paragraph article names no actor -> no carried')],
    27: [('shall_not', '，[不得]超過', '', '', '', 'thing subject (張力); lead-in (…供電導線及架空地線，其機械強度規定如下 / 張力：) names no actor -> no carried')],
    28: [('shall', '，[應]同時', '', '', '', '發生…之重大情事者 condition (即時公告或申報 has no cue); lead-in 海外有價證券發行後，應依照下列規定辦理 names no actor -> no carried (the issuer 發行人 is named only in para 4)')],
    29: [('shall', '，[應]先訂定', '^[保險人或再保險人]', '', '', 'coordinated subject kept whole; 經…通過後，檢附…報…核定 under the same 應')],
    30: [('shall_not', '算，[不得]超過', '', '', '', 'hard: 在修業期間休學者 read as an event topic (the leave of absence), the subject of 不得超過 is its duration -> no bearer; no actor named in the sentence -> no carried; alternative: headless 在修業期間休學者 as bearer; 以一次為限 no cue'), ('exception', '，[不在此限]', '', '', '', '但…不在此限')],
    31: [('may', '訴[得]僅', '', '', '', 'thing topic (申訴); para 1, the review body 申訴會 is named only in para 2 (after) -> no carried')],
    32: [('shall', '，[應]檢具', '^[外銷事業]', '', '', 'plain subject; the embedded 並由申請人加蓋…後向管理處或分處申辦 under the same 應')],
    33: [('may', '書[得]為', '', '', '', 'hard: 其調解書得為執行名義 (legal effect / capacity) read as a may with a thing subject, no actor -> no carried; alternative: not deontic; 有同一之效力 no cue')],
    34: [('shall', '器[應]依', '', '', '', 'thing subject (呼吸器); para 1, no actor -> no carried')],
    35: [],
    36: [],
    37: [('shall', '，[應]經', '^[外國公司]', '', '', 'N[condition]者 keeps N (外國公司[於我國從事第三條所定業務]者); 及經…認許及辦理分公司登記 under the same 應'), ('may', '，[始得]營業', '^[外國公司]', '', '', '應…，始得 = a second statement; same subject; 並於領得…及加入…後 time clause')],
    38: [('shall', '構[應]指派', '合作機構', '', '', 'plain subject; 學生…時 time clause (the students are beneficiaries); 負責職場學習輔導 is the duty of the assigned staff governed by the same 應, not a separate 負 cue'), ('shall', '並[應]安排', '學校', '', '', 'after ；, own subject; 並 adverb')],
    39: [],
    40: [],
    41: [],
    42: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carving out of a list item of disqualifying circumstances (受有…刑之宣告…未滿二年者)')],
    43: [('may', '，[得]就', '^[主管機關]', '', '', 'plain subject; 於辦理…程序 framing; 併同…辦理 under the same 得')],
    44: [('shall', '，[應]於距離', '', '', '', 'thing subject (收受…製程之廢水處理設施); para 11 right before names no actor -> no carried; 設置… / 檢測… under the cue'), ('shall', '少[應]每', '', '', '', 'second 應 of the same sentence, same thing subject; 並做成紀錄 under the cue')],
    45: [('shall', '時[應]考量', '^[直轄市、縣（市）主管機關]', '', '', 'subject of the …時 clause, the main clause has none')],
    46: [('shall', '滅，[應]於', '^[留職停薪人員]', '', '', 'plain subject; …因留職停薪原因消滅 condition; 向…申請提前復職 under the cue'), ('shall', '構[應]於受理', '之[學校、機構]應於受理', '服務之學校、機構', '', 'own subject; restrictive 服務之 -> bearer_full; 通知其復職 under the cue'), ('shall', '員[應]於服務', '，[留職停薪人員]應於服務', '', '', 'own subject; 三十日內復職報到 under the cue'), ('shall', '構[應]即', '之[學校、機構]應即', '服務之學校、機構', '', 'after ；, 其未申請提前復職者 condition; own subject; 應即 one cue; 並通知於十日內復職 under the same 應')],
    47: [('shall', '人[應]依照', '排班計程車駕駛人', '臺北機場及高雄機場合格登記之排班計程車駕駛人', '', 'restrictive …合格登記之 -> bearer_full; 參加… / 實施… / 推選… under the cue; 始發給 (始 alone) no cue'), ('shall', '並[應]依規定', '排班計程車駕駛人', '臺北機場及高雄機場合格登記之排班計程車駕駛人', '', '並應 = a second statement; shares the written bearer')],
    48: [('shall', '，[應]訂定', '^[保護機構]', '', '', 'plain subject; 並向本會申報核備 under the same 應; 修改時亦同 not labelled')],
    49: [('shall', '三、[應]提供', '', '', '管理者', 'list item, no subject; lead-in 管理者向用戶收費…者，應…並應符合下列規定 -> carried')],
    50: [('may', '時[得]依法', '', '', '', 'no subject (為維持後備力量 purpose); para 1 right before names no actor (國防兵力 thing) -> no carried; 施以教育訓練 under the cue')],
    51: [('shall', '，[應]依', '^[邀請單位]', '', '', 'plain subject; 限期提出… under the cue')],
    52: [('may', '族[得]申請', '遺族', '', '', '前項人員…死亡者 condition; 應辦理期限 attributive inside the condition'), ('may', '，[得]按', '', '', '', '但…得 without 不在此限 = may; the 得擇領 is inside the condition (退休條件已達…者); 遺族 is the beneficiary; the paying authority is not named in this or the preceding paragraph -> no carried; 應領月退休金 attributive')],
    53: [('shall', '，[應]負', '所有人或使用人', '發射載具或太空載具之所有人或使用人', '', '應負…責任 one statement (cue 應); genitive 發射載具或太空載具之 -> bearer_full; 因…時 condition')],
    54: [('shall', '，[應]包括', '', '', '再利用機構', 'thing topic (再利用計畫書內容); para 1 right before names 再利用機構 as the one submitting the plan -> carried')],
    55: [('shall', '，[應]會同', '^[農委會]', '', '', 'plain subject; 如涉及社務者 condition; 為之 under the cue')],
    56: [('may', '位[得]列', '', '', '', 'thing subject (職位 of 科員六人至十人); 各地區支付處 is only the possessor of the posts -> no carried (as fresh51 #9)')],
    57: [('may', '，[得]洽由', '', '', '機關', 'hard: topic 機關之採購 (a thing), the procuring 機關 is the possessor inside the topic and the one who arranges -> carried; 洽由X代辦: X (其他具有專業能力之機關) is the agent of 代辦, not the holder of the permission; alternative: bearer 機關')],
    58: [],
    59: [('shall', '人[應]各自', '領務承辦人員及在場人', '', '', 'coordinated subject kept whole; 為前二項之記載時 time clause'), ('may', '員[得]代書', '，[領務承辦人員]得', '', '', 'after ；, own subject; 在場人不能簽名者 condition; 使本人蓋章… / 並記明其事由 / 由領務承辦人員簽名 under the same 得')],
    60: [('shall', '校[應]善用', '^[各級學校]', '', '', 'plain subject; 加強… / 提昇… under the same 應')],
    61: [('shall', '質[應]向', '', '', '', 'framing clause 運作關注化學物質 has no subject; the operator is not named in the article -> no bearer, no carried; 並依核可文件內容運作 under the same 應')],
    62: [],
    63: [('may', '，[得]經', '^[主管機關]', '', '', 'subject of the …時 clause, the main clause has none; 為配合…之需要 purpose; 不受…限制 not a cue')],
    64: [('exception', '，[不在此限]', '', '', '', 'hard: 但…不在此限 carving a case out of a list item of a definition (顯著滅火困難場所, no cue in the item); labelled as an exception by the 不在此限 convention; alternative: none (definition)')],
    65: [('shall', '人[須]具備', '', '', '打撈業', 'hard: 其中一人須具備…證照 = qualification requirement on the staffing (須 modal); 其中一人 is a quantified member of the staff the company hires, read as the patient of the staffing rule -> bearer empty; 打撈業 (the employer of 僱用, named in the lead-in 打撈業技術人員資格基準如下 and para 1) -> carried; alternative: bearer 其中一人')],
    66: [('shall', '，[應]依', '^[各級漁會]', '', '', 'framing clause 辦理本辦法所定各項經費; plain subject')],
    67: [('shall', '，[應]於', '', '', '', 'thing subject (前二條經本部備查之資料); the uploader (教育法人, named only in art. 4) is not named in this article -> no carried; 以電子傳輸方式上傳 under the cue')],
    68: [('shall', '儲[應]有', '', '', '菸產製工廠', 'thing topic (物品之倉儲); lead-in 菸產製工廠之倉儲與運輸管理，應符合下列規定 names the factory as possessor inside the topic -> carried'), ('shall', '廠[應]作成', '', '', '菸產製工廠', 'own clause, thing topic (成品出廠); carried as above'), ('shall', '容[應]包括', '', '', '菸產製工廠', 'own thing subject (內容 of the shipping record); carried as above; 可迅速回收 (可 not a cue)')],
    69: [('shall', '，[應]依', '^[雇主]', '', '', 'plain subject; 對於…之設置 prepositional')],
    70: [('shall_not', '內[不得]再', '地方主管機關', '', '', 'fronted object 考核不合格之受託民間團體 (the patient); subject 地方主管機關')],
    71: [('shall', '，[應]於', '^[金融控股公司]', '', '', 'plain subject')],
    72: [('shall', '數[應]依', '', '', '', 'thing subject (其基數 of the solatium); 依…發給…撫慰金者 is a case condition; the payer is not named in the article -> no carried; 一次發給 under the same 應')],
    73: [('shall_not', '，[不得]超過', '', '', '', 'thing subject (the number of directors 由外國人充任者); lead-in 董事配置規定如下 names no actor -> no carried')],
    74: [('shall', '，[應]以', '', '', '', 'item writes its own cue; 為履行轉換義務 purpose (義務 without 負, no cue); lead-in 發行轉換公司債時，應於發行及轉換辦法中訂定… names no actor -> no carried (alternative: 發行人); 但…限以發行新股方式履約 has no guide cue -> not labelled')],
    75: [('shall', '關[應]指導', '^[人力動員準備方案主管機關]', '', '', 'plain subject; the compound name 人力動員準備方案主管機關 kept whole (no 之-modifier)')],
    76: [],
    77: [('may', '，[得]免', '', '', '農藥生產業或販賣業者', 'item writes its own 得免; thing subject (申請核准登記之農藥, condition …並經中央主管機關同意者); the lead-in 有下列情形之一者，農藥生產業或販賣業者申請核准登記時，得免… names the applicant -> carried')],
    78: [('shall', '，[應]確認', '^[悔過室]', '', '', 'hard: 悔過室 is the unit that receives trainees (收訓), read as an organisational actor -> written bearer; alternative: a place, bearer empty, carried 管理人員 (art. 4); 並核校… under the same 應'), ('shall', '，[應]拒絕', '', '', '悔過室', 'after ；, 身分不符或文件不齊全時 condition without subject -> carried from the clause before')],
    79: [('shall', '均[應]裝', '', '', '', 'thing subject (乾舷甲板暴露部分之全長); 如船艛間連有箱艙 condition; article names no actor -> no carried; 均 adverb')],
    80: [('shall', '準[應]報', '', '', '本部', '但…應 without 不在此限 = shall; thing subject (最高標準); 本部 sets the standards in the same sentence (由本部…定之, no cue) -> carried')],
    81: [],
    82: [('shall', '商[應]依', '藥商', '', '', 'thing topic (專案核准…之必要藥品或其替代藥品); subject 藥商'), ('shall', '，[應]經', '', '', '藥商', 'after ；, 其核准事項有變更必要者 condition (thing), no subject -> carried from the clause before'), ('may', '，[始得]為', '', '', '藥商', '應…，始得 = two statements; no subject -> carried as above')],
    83: [],
    84: [('shall', '，[應]列明', '', '', '', 'item of what shall be disclosed, writes its own cue; 其處罰結果…者 condition (thing); lead-ins (特別記載事項應列明… / 最近二年度違法受處分…應依下列原則揭露) name no actor -> no carried (alternative: the issuing 公司); 本會 is the punisher, not the discloser')],
    85: [('shall', '，[應]具有', '', '', '', 'thing subject (光電式安全裝置); lead-in 光電式安全裝置應符合下列規定 names no actor -> no carried')],
    86: [('shall', '問[應]依', '政府機關（構）', '', '', 'N[condition]者 keeps N (政府機關（構）[設有科技設備]者); 第一項情形 topic; 配合辦理 under the cue')],
    87: [],
    88: [('shall', '，[應]即', '^[申請人]', '', '', 'subject of the …後 clause/sentence; 應即 one cue; 並依…向…辦理球場開發事項 under the same 應; 取得 false friend'), ('exception', '關[除]外', '', '', '', 'hard: parenthetical （政府機關除外） carves government-agency applicants out of the duty to register a legal person in the same clause -> exception, cue 除')],
    89: [],
    90: [('shall', '關[應]於', '，[主辦機關]應', '', '', 'topic 主辦機關提供土地、設施案件; subject is the second 主辦機關; 成立甄審會，辦理下列事項 under the same 應')],
    91: [('shall', '，[應]檢附', '個人', '辦理駕駛員術科檢定之個人', '', 'restrictive 之-modifier -> bearer_full; 於…時 time clause; 申請民航局審查 under the same 應'), ('may', '，[始得]執行', '個人', '辦理駕駛員術科檢定之個人', '', '應…，始得 = two statements; same sentence, shares the written bearer')],
    92: [('shall', '，[應]符合', '', '', '', 'thing subject (研發成果之歸屬及運用); single-paragraph article names no actor -> no carried; 並有助於… under the same 應')],
    93: [('shall', '，[應]置', '服務提供單位', '前項服務提供單位', '', 'determiner 前項 -> bearer_full; 或提供替代照顧服務措施 under the same 應')],
    94: [('shall', '，[應]主動', '^[醫院、診所]', '', '', 'subject of the 若…時 clause; coordination kept whole; 並告知… under the same 應')],
    95: [('may', '關[得]為', '人民團體主管機關', '', '', '語言治療師公會有違反…者 condition (the patient); plain subject')],
    96: [('shall', '艙[應]前後', '', '', '', 'thing subject (該隔艙); 為使… purpose, 而以…分隔…時 condition; article names no actor -> no carried; 左右延至… under the same 應'), ('shall', '性[應]符合', '', '', '', 'own thing subject (其絕熱值及完整性); no actor -> no carried')],
    97: [('shall', '歷，[應]依', '', '', '外國學生', 'thing subject (前二目以外之國外地區學歷); the article lead-in above the nested list (申請入學…之外國學生…應…檢附下列文件) names the applicant -> carried'), ('shall', '歷，[應]經', '', '', '外國學生', 'new sentence, own thing subject (設校或分校於大陸地區之國外學校學歷); notary / verifying bodies follow 經 (not 由) -> not bearers; carried as above; 並經…驗證 under the same 應')],
    98: [('may', '關[得]限期', '著作權專責機關', '', '', '集管團體有違反…之行為 condition (the patient); 令其改正 under the cue')],
    99: [('shall', '帳[應]有', '', '', '', 'thing subject (前項總分類帳及明細分類帳); article names no actor -> no carried'), ('shall', '額[應]相互', '', '', '', 'own thing subject (各有關帳戶之金額); no carried')],
    100: [('shall', '中[應]有', '', '', '', 'hard: existential requirement (發起人中應有…機構) under the framing clause 經營期貨信託事業 (no subject); 發起人中 is the set, not the actor -> bearer empty, no carried; alternative: bearer 發起人'), ('shall_not', '計[不得]少於', '', '', '基金管理機構、銀行、保險公司、證券商、期貨商或金融控股公司', 'thing subject (其所認股份); the possessor 其 = the listed institutions (agent of 認 inside the topic NP) -> carried; alternative: no carried')],
    101: [('shall', '，[應]檢具', '^[發行人]', '', '', 'subject of the …後 clause; 取得 false friend; 報本會備查 under the cue')],
    102: [('shall', '圍[應]包括', '', '', '申請者', 'thing subject (認證範圍); 取得…證書 has no cue; lead-in 申請者應具備下列要件 names the applicant -> carried')],
    103: [('may', '，[得]協助', '^[本會]', '', '', 'plain subject; 為輔導… purpose; 廉價或免費供應 (供應 false friend), 並…分區設置…，指定… under the same 得')],
    104: [],
    105: [],
    106: [('may', '，[得]分別', '', '', '', 'thing subject (交際應酬費用, 應酬 false friend; 其經取得確實單據者 condition, 取得 false friend); the taxpayer is not named in this paragraph -> no carried; 列為費用或損失 under the cue')],
    107: [],
    108: [],
    109: [],
    110: [('shall', '年[應]依', '^[管制性病原、毒素實驗室或保存場所]', '', '', 'hard: the regulated lab / storage place conducts the drill -> organisational actor, coordination kept whole; alternative: a place, bearer empty; 應變演習 (應變 false friend)'), ('shall', '年[應]有', '^[管制性病原、毒素實驗室或保存場所]', '', '', '且…應 = a second statement of the same sentence, shares the written bearer')],
    111: [],
    112: [('shall', '，[應]符合', '', '', '受讓事業', 'thing subject (受讓事業所受讓之生產或服務設備); the transferee is the agent inside the topic NP -> carried; 符合第三條規定…者 / 將其…轉讓…者 conditions; 取得 false friend'), ('shall_not', '，[不得]繼續', '', '', '受讓事業', 'after ；, 未符合者 condition (the equipment does not conform), no subject; the transferee enjoys the remaining exemption -> carried')],
    113: [],
    114: [('shall', '均[應]辦理', '要保人及被保險人', '', '', 'coordinated subject kept whole; 均 adverb; 獲得…之後亦同 (亦同, 獲得 false friend) not labelled')],
    115: [('shall', '，[應]考量', '^[義務採購單位]', '', '', 'subject of the …時 clause')],
    116: [('shall', '，[應]接受', '現場品保品管負責人、採樣員及安全衛生負責人', '其現場品保品管負責人、採樣員及安全衛生負責人', '', 'framing clause 檢測機構從事…; the personnel are the subject of 接受訓練; determiner 其 -> bearer_full; coordination kept whole; 應變知能 false friend')],
    117: [('shall', '，[應]同時', '^[得標者]', '', '', 'hard: topic / condition 得標者為…經營者 names the actor, and the …時 clause and the main clause have no other subject -> bearer 得標者 (得標 false friend inside the name); 取得 false friend')],
    118: [],
    119: [],
    120: [('shall', '關[應]參', '，[機關]應', '', '', '前項人員於保護期間…經醫師評估確認不適原有工作者 condition (the staff are beneficiaries); plain subject 機關; 依…規定重新採取適當之處置 under the same 應')],
}
