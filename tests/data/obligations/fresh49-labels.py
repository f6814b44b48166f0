# fresh49: seed 3610001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 41) by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o49: reader a, provisions 1-60 of /work/eval/s41/o49/to_label-a.tsv (sample seed 3610001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh47-labels.py
# and fresh48-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh47/fresh48):
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
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue); 除…外 carving out of a statement
#   of the same sentence is an exception; 除…外，並應 is additive; 但…得 / 但…應 / 但…不得 without 不在此限 are a
#   may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 不予X之 inside NPs (應公告事項, 應遵循事項, 不予評鑑之案件,
#   應辦理之登記), cues inside …者 conditions and inside 所稱 terms, 予以, 准予, 以…為限, 以…為原則, 亦同, 適用
#   (not 不適用), 限於; false friends 所得, 取得, 得標, 得票數, 實得分數, 得分, 徵得 (= obtain), 應用, 供應.
# o49: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s41/o49/to_label-b.tsv (sample seed 3610001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh47-labels.py
# and fresh48-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh47/fresh48):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; after ； or in a new sentence a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the
#   bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外，並應
#   is additive; 但…得 / 但…應 / 但…不得 without 不在此限 are a may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 須X之 inside NPs, cues inside …者 / 若…時 conditions and inside 除…外,
#   予以, 由…定之, 以…為限, 準用, 適用 (not 不適用), 無須; a deontic verb that is only the content of another
#   statement (得命令或禁止…, 應許可…得…) is not a statement of its own; false friends 所得, 取得, 得標, 心得,
#   應用, 應變, 反應, 因應 (為應…需要), 供應, 支應, 應考(人), 對應, 須知, 可得.
LABELS = {
    1: [('shall', '，[應]清理', '', '', '', '有沙層或沉積物覆蓋者 condition (thing), no subject; 並依…適度保留… under the same 應; lead-in 水下文化資產之發掘出水，應就個案依下列適合步驟為之 is passive and names no actor -> no carried')],
    2: [('may', '，[始得]權理', '擬任人員', '', '', 'hard: the provision is a 所稱…指… clause, but 始得權理 is an operative predicate (only such appointees may hold the post in acting capacity), so labelled; 擬任人員[所具任用資格未達…而具有…資格]者 read as N[condition]者 -> 擬任人員; the 得予權理 inside the 所稱 term restates the statute (not labelled); alternative: whole clause a definition, no statement'), ('shall_not', '，[不得]權理', '', '', '擬任人員', 'new sentence, 但…不得 without 不在此限 = shall_not; 職務跨列二個官等者 is a condition on the post (thing), no subject -> carried from the sentence before')],
    3: [('shall', '，[應]以當地', '', '', '證券商', 'hard: modal 應 + 以…為限 (the application shall be limited to …); thing subject (申請); the paragraph right before (依本標準許可設置之證券商…得申請設置國外分支機構) names the applicant -> carried (restrictive 之-modifier dropped)')],
    4: [('shall', '均[應]佩帶', '^[投票監察員、開票監察員及有關投、開票工作人員]', '', '', 'coordinated subject kept whole; 均 adverb'), ('shall_not', '員[不得]進入', '其他人員', '', '', 'own subject')],
    5: [('may', '時，[得]徵詢', '^[少年法院]', '', '', '為第一項裁定前 / 認有必要時 conditions'), ('may', '並[得]召開', '^[少年法院]', '', '', '得…並得 = two statements; shares the written bearer; 符合少年所需 no cue')],
    6: [('may', '後，[得]將', '^[主管機關]', '', '', 'subject of the …後 clause, main clause has none; 應公告事項 attributive (not labelled); 另函請申請人… under the same 得 (申請人 is the addressee)')],
    7: [('shall', '告[應]配合', '^[被告]', '', '', '維持公共及個人衛生 under the same 應')],
    8: [('shall_not', '，[應不]予評定', '', '', '', 'hard: 應不予 read as one statement (shall not be assessed as qualified), cue 應不 (alternative cue 不予); the incumbent 總幹事 (…者 condition, applicant) is the patient; the assessing body is not named in the article -> no carried')],
    9: [('shall', '，[應]由本部以', '由[本部]以', '', '', 'agent after 應由; 並公告之 under the same 應; 申請人 is the addressee'), ('shall', '，[應]由本部將', '由[本部]將', '', '', 'new sentence; agent after 應由; 不予評鑑之案件 is attributive 不予 inside the topic NP (not labelled)')],
    10: [('may', '，[得]以電子', '', '', '會議主席及記錄人員', 'hard: activity topic (議事錄之製作及分發); the paragraph right before (議事錄須由會議主席及記錄人員簽名或蓋章，於會後二十日內分送…) names who signs and distributes the minutes -> carried; alternative: 審計委員會 (para 1, possessor of 議事) or no carried')],
    11: [('shall', '仍[應]受', '', '', '礦業權者', 'hard: thing subject (批註增列採取土石之面積), 於公有土地…採取者 condition; the paragraph right before names the 礦業權者 who applies and extracts -> carried; alternative: no carried (a limit on the area, not on a person)')],
    12: [('may', '，[得]由', '由[主管機關]另定', '', '', 'agent after 得由 (explicit 得, so labelled although 由…定之 alone is not); 除第七條外 delimits the NP 其他投資 (other than art. 7), not an exception carving out of the 得; 應遵循事項 attributive (not labelled); lead-in (信託業…應遵守下列規定) is overridden by the own agent')],
    13: [('shall', '，[應]先聲請', '', '', '文化法人董事會', 'hard: 前項各款如有…情形者 condition (the listed matters), no subject; para 1 right before (文化法人董事會之決議事項…) names the board whose decisions are meant (possessor inside the topic NP) -> carried; alternative carried 文化法人; 送本會備查 under the same 應')],
    14: [('shall', '，[應]依', '', '', '地方法院', '已終結經上訴、抗告者 condition (the cases), no subject; lead-in 原管轄之地方法院應即將家事事件之卷宗資料依下列規定辦理 -> carried (in full 原管轄之地方法院)')],
    15: [],
    16: [('shall', '資[應]予保留', '', '', '工商團體', 'hard: thing subject (工作年資); the employer 工商團體 is named in the next sentence of this provision as the one that settles the seniority -> carried; 適用勞動基準法 not a cue'), ('may', '體[得]視', '工商團體', '', '', 'new sentence, own subject; 經理事會通過 / 徵得…同意 (徵得 = obtain, false friend) conditions; 依…結清 under the same 得')],
    17: [('shall', '，[應]參考', '^[學校]', '', '', 'subject of the framing clause (學校辦理膳食之採購); 與供應業者簽訂書面契約 / 報請主管機關備查 under the same 應; 供應 false friend')],
    18: [('shall_not', '示[不得]超過', '', '', '', 'thing subject (溫度標示); article lead-in 0 區、1 區及 2 區使用之設備，依下列規定辦理 names no actor -> no carried')],
    19: [('shall', '關[應]擬訂', '^[分發機關]', '', '', '報考選部核定實施 under the same 應')],
    20: [('shall', '統[應]於', '，[總統]應', '', '', '副總統缺位時 condition; 由立法院補選 is an embedded 由X clause without a new cue -> same statement; 繼任至… no cue')],
    21: [('shall', '，[應]予以', '', '', '', 'thing subject (未絕緣之帶電組件); single-paragraph article names no actor -> no carried; 予以 not a cue of its own')],
    22: [],
    23: [('shall', '書[應]載明', '', '', '', 'thing subject (評議書); first paragraph, no actor named in it (申評會 appears only inside list items) -> no carried')],
    24: [('shall', '，[應]檢同', '^[記名式債票持票人]', '', '', 'subject of the …時 clause, main clause has none; 記名式 modifier without 之 kept; 向原經辦行填具…申請書 under the same 應; 以憑核辦 purpose')],
    25: [('shall', '，[應]由', '會計師', '', '', "hard: agent after 應由 by convention (the duty to have the accounts certified is the 機構's: 第一項機構[年度收入總額…以上]者 is the condition/topic); alternative bearer 機構")],
    26: [('shall', '關[應]將', '^[各級教育行政機關]', '', '', '各 kept as part of the name; 給與獎狀之 attributive, no cue')],
    27: [('may', '，[得]檢同', '^[依本條例及前項規定停止支給月退職酬勞金、優惠存款利息或遺屬年金者]', '', '', 'headless agentive …者 phrase as the only subject kept whole (the pensioners whose payments were stopped apply); 於停止原因消滅後 time clause; 申請繼續發放 under the same 得')],
    28: [('may', '，[得]填具', '之[領銜人]依', '提議人之領銜人', '', 'subject of the …時 clause, main clause has none; genitive 提議人之 -> bearer_full; 並備具憑證 / 領取…認證碼 under the same 得'), ('may', '後，[得]使用', '之[領銜人]以', '提議人之領銜人', '', 'second 得 of the same sentence; the clause 提議人之領銜人以認證碼…登錄系統 repeats the subject -> that occurrence; 於系統取得…網址後 time clause (取得 false friend)')],
    29: [('shall', '，[應]依左列', '^[直轄市、縣 (市) 及港區消防機構責任區消防警察隊員]', '', '', 'modifiers without 之 kept as part of the name; 依前條第四款規定…實施檢查 framing clause (埸 sic)')],
    30: [('shall', '，[應]經', '', '', '', 'hard: activity topic (總稽核之聘任、解聘或調職); the hiring insurer (保險業) is named only in para 1, two paragraphs before (para 2 right before names 內部稽核單位, not the hirer) -> no carried; 並報主管機關核准 under the same 應; alternative carried 保險業')],
    31: [('may', '，[得]視需要', '^[主管教育行政機關]', '', '', '對各校辦理建教合作業務 prepositional; 予以訪視考核 under the cue'), ('shall', '者[應]予以', '', '', '主管教育行政機關', 'hard: 辦理成效良好者 is the patient topic (the schools to be rewarded) -> bearer empty, the authority of the same sentence carried; alternative: shares the written bearer 主管教育行政機關'), ('shall', '者，[應]限期', '', '', '主管教育行政機關', 'after ；, 辦理不善者 patient topic (the schools); 限期改善 = the authority sets a deadline for improvement -> carried from the clause before'), ('may', '時[得]令其', '', '', '主管教育行政機關', 'second cue of the clause after ；, 必要時 condition; 其 = the schools (patient) -> carried')],
    32: [('shall', '、[應]使用', '', '', '雇主', 'no subject in the item; lead-in 雇主對油泥、油渣之清除及下卸作業，應依左列規定辦理 -> carried')],
    33: [('shall', '人[應]於取得', '^[申請人]', '', '', '取得 false friend; 向…機構申請…並經審查合格 under the same 應'), ('may', '，[得]敘明', '', '', '申請人', 'new sentence, 但…得 without 不在此限 = may; 有特殊情形 condition, no subject -> carried from the sentence before; 於…前向中央主管機關申請核准展延 under the same 得; 並以一次為限 no cue'), ('may', '關[得]駁回', '，[中央主管機關]得', '', '', 'after ；, own subject; 逾期申請展延者 condition (the applicants)')],
    34: [],
    35: [('shall', '局[應]派員', '^[民航局]', '', '', '或委託機關、團體指派合格人員檢查… under the same 應'), ('shall_not', '人[不得]規避', '，[航空器所有人或使用人]不得', '', '', 'own subject (the second occurrence; the first is the possessor inside 之機務作業); 妨礙或拒絕 under the same 不得'), ('shall', '者，[應]制止', '', '', '民航局', 'after ；, 如航空器之維護狀況…者 condition (thing), no subject -> carried from the clause before; 並廢止其適航證書 under the same 應')],
    36: [('shall', '減[應]合併', '', '', '', 'hard: thing subject (種菸面積增減); 菸草種植人 is subject of the condition and possessor (其) but not the one who computes; the computing authority is not named -> no carried; 但…准予相抵 has no guide cue and no 不在此限 (not labelled)')],
    37: [('may', '部[得]依', '^[本部]', '', '', '寬籌經費給予必要之協助 under the same 得')],
    38: [('may', '，[得]予以', '', '', '國營交通機構', 'hard: the …時 clause subject 出版品 is a thing (the beneficiary); the 國營交通機構 inside that clause is the one that grants the preferential rate -> carried; single-paragraph article; alternative: no carried')],
    39: [('shall', '，[應]交付', '送[實務訓練機關（構）學校首長]評定對', '', '', 'hard: topic 受訓人員實務訓練成績; the head is the pivot subject of 評定 / 有意見 in the …時 clause -> bearer by the …時-subject rule; alternative: bearer empty, carried'), ('shall', '時[應]給予', '', '', '實務訓練機關（構）學校考績委員會', 'new sentence, 審議時 time clause without subject; the committee that deliberates (named in the sentence before) -> carried; 並作成紀錄 / 再送…首長評定 under the same 應'), ('may', '，[得]加註', '。[實務訓練機關（構）學校首長]如', '', '', 'new sentence, own subject; 如…仍不同意時 condition; 變更之 under the same 得')],
    40: [('shall', '會[應]於', '', '', '', 'hard: 籌備會 is the topic-patient of 撤銷之 (the committee shall be dissolved) -> bearer empty; the paragraph right before (籌備員應互推一人為召集人) names no dissolving actor -> no carried; alternative: 籌備會 as written bearer (dissolving itself)')],
    41: [('shall', '，[應]分類', '', '', '', 'thing subject (各類資產); the list right before (前條流動資產之內容，包括下列會計項目) names no actor -> no carried')],
    42: [('shall', '院[應]依', '^[本院]', '', '', '訂定… / 經董事會通過後，報請監督機關備查 under the same 應; 修正時，亦同 not labelled')],
    43: [],
    44: [],
    45: [('shall', '，[應]依', '^[民間機構]', '', '', 'N[condition]者 keeps N (民間機構[有…情事，經主辦機關終止投資契約]者)')],
    46: [('may', '年[得]自行', '^[學校]', '', '', '每學年 adverbial; 或聯合他校、家庭教育中心辦理… under the same 得; 供…修習 purpose; 其課程內容及時數如附表 no cue')],
    47: [('may', '機[得]免予', '', '', '', 'hard: 得免予檢送 = may be exempted from submitting (cue 得); thing subject (飛機); first paragraph of the article names no operator -> no carried')],
    48: [('shall', '人[應]於', '^[承租人]', '', '', '清除基地上之動產 under the cue'), ('may', '局[得]逕予', '工業局', '', '', 'own subject; 逾期未清除者 condition; 逕予 not a cue of its own'), ('shall_not', '人[不得]異議', '，[承租人]不得', '', '', 'own subject (second 承租人); 或要求補償 under the same 不得')],
    49: [('shall', '會[應]依', '中央選舉委員會', '', '', '當選人經判決…時 conditions; 得票數 false friend; 重行審定 under the cue'), ('shall', '，[應]予撤銷', '', '', '中央選舉委員會', 'new sentence, 審定結果 topic; 不應當選而已公告當選之情形 is inside the condition (not labelled) -> carried from the sentence before'), ('shall', '，[應]重行公告', '', '', '中央選舉委員會', 'after ；, 如有應當選而未予公告之情形 condition (its 應 not labelled) -> carried'), ('exception', '，[不適用]重行', '', '', '', '不適用 = exception (the re-election rules do not apply)')],
    50: [('shall', '，[應]有職業', '', '', '', 'thing subject (審議會委員, composition rule); 適用…辦法 not a cue; the appointing authority is not named (中央主管機關 in para 1 only receives the applications) -> no carried'), ('shall_not', '計[不得]低於', '', '', '', '且 + own thing subject (比例); no carried')],
    51: [('shall', '，[應]即時', '^[法院或檢察署]', '', '', '應即時 one cue (應); 有下列情形之一 condition')],
    52: [('shall', '，[應]揭露', '', '', '期貨商', 'the officers (…經理人[最近一年內曾任職於…]者) are a condition topic, not the disclosing party; lead-in 期貨商應揭露下列有關簽證會計師之資訊 (also possessor inside the topic NP) -> carried; the 所稱…係指… sentence is a definition (取得 false friend)')],
    53: [],
    54: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carving out of 限於未曾引進之機型 (a clause without a cue) -> labelled as an exception')],
    55: [('may', '亦[得]申請', '^[期貨經紀商]', '', '', 'subject of the …後 clause; 符合左列各款規定者 condition; 亦 adverb')],
    56: [('shall', '度[應]包含', '', '', '信用合作社', 'thing subject (內部控制制度); 信用合作社 is the possessor inside the topic NP -> carried')],
    57: [('shall', '人[應]以用地', '，[申請人]應以', '', '', '依第三項分期繳交回饋金時 time clause'), ('shall', '，[應]併取得', '如[申請人]非', '', '', 'hard: second 應 of the same sentence; its clause has the applicant as subject of the 如 condition -> that occurrence; 取得 here is 應 + 併取得 (the verb, not a cue); 向…地政事務所辦理抵押權設定登記… / 檢具…申請繳交第一期回饋金 read under the same 應 (no new cue)')],
    58: [('shall', '，[應]由', '由[董事長或依分層負責核決權限指定人員及會計主管]簽名', '', '', 'agent after 應由, coordinated agents kept whole (依…指定 modifier without 之 kept); topic 帳憑證及會計帳簿 (text as given)'), ('exception', '，[不在此限]', '', '', '', '但…不在此限')],
    59: [],
    60: [('may', '，[得]向海關', '^[內陸貨櫃集散站業者]', '', '', '具備第八條規定條件 condition; 申請使用…自行加封… under the same 得')],
    61: [('shall', '者，[應]記載提存物', '', '', '', 'hard: 清償提存者 = "for a deposit made for payment" (a case condition, not an agent); lead-in 提存書應記載下列事項 is a thing topic naming no actor (提存人 only in item 一 of the list) -> no carried (alternative: carried 提存人)'), ('shall', '並[應]記載', '', '', '', 'new sentence; 如應為對待給付…者 is a condition (its 應 not labelled); thing / case topic, no actor -> no carried')],
    62: [('shall', '關[應]依據', '^[戶政機關]', '', '', '送由…公所…分送 is an embedded 由X clause under the same 應; the 但 sentence (寄交 / 留存) carries no cue and no 不在此限 -> not labelled')],
    63: [('may', '時[得]臨時', '', '', '隊長', 'hard: thing topic (本隊隊務會報, the meeting is the patient of 召開); the provision names 隊長 as chair and as the one designating / notifying -> carried (alternative: 本隊, possessor inside the topic NP)'), ('may', '並[得]通知', '餘由[隊長]指定', '', '', '其餘由隊長指定 (no cue), 並得通知 has no own subject -> shares the agent after 由 (as fresh48 #44)')],
    64: [('may', '者，[得]於', '', '', '', 'hard: …消滅時效業已完成…者 is a condition on the claim; the claimant is not named (single first paragraph) -> no bearer, no carried'), ('exception', '者，[不在此限]', '', '', '', '但…不在此限')],
    65: [('shall', '人[應]於', '勞保局及保險人', '', '', '依前二項規定之移轉 topic; coordinated subject kept whole; 完成移轉作業 under the cue')],
    66: [('shall', '場[應]設', '^[繁養殖場]', '', '', '記錄… under the same 應')],
    67: [('shall', '，[應]於第六條', '', '', '', 'thing subject (前條政見內容); first paragraph of the article, the candidates are named only in other paragraphs / articles -> no carried')],
    68: [('may', '時[得]派員', '^[各級警察機關]', '', '', '為維持治安 purpose; 必要時 condition'), ('may', '並[得]呈准', '^[各級警察機關]', '', '', '得…並得 = two statements; shares the written bearer; 遇有特殊情形 condition')],
    69: [('shall', '，[應]儘可能', '', '', '', 'no subject; 為防止… purpose; first paragraph (船長 only in para 3) -> no carried; 並將貨物平均分布… under the same 應')],
    70: [('shall', '構[應]依下列', '該[機構]應', '該機構', '', 'determiner 該 -> bearer_full; the …時 clause subject is 技術員 (condition)')],
    71: [('shall_not', '關[不予]許可', '中央主管機關', '', '', '申請人有…於二年內再提出申請者 condition')],
    72: [('shall', '務[應]具', '', '', '', 'hard: thing subject (各種職務); 漁會 appears only inside the name of the table (依漁會編制員工職務歸級表), single paragraph -> no carried (alternative: carried 漁會)')],
    73: [('may', '，[得]申請', '符合附件十三規定之條件者', '', '', 'headless agentive …者 phrase as the only subject kept whole')],
    74: [('shall', '，[應]予解散', '', '', '', 'hard: 特殊目的公司 is the patient of 予解散 (shall be dissolved), and the dissolving actor is not named (法院 only in para 2, after) -> bearer empty, no carried (alternative: bearer 特殊目的公司)')],
    75: [('shall_not', '，[不得]逾越', '', '', '受託機構', 'no subject in the item; 非經中央主管機關同意 condition (not an exception, no cue); 或延誤辦理… under the same 不得; lead-in 受託機構應遵行下列事項 -> carried')],
    76: [('may', '分，[得]命令', '', '', '', 'hard: thing subject (第一項暫時處分); 關係人 is the patient; the 法院 that issues it is named only in para 1 (para 2 right before names 關係人 as applicant) -> no carried (alternative: carried 法院 via 第一項); 禁止 is coordinated with 命令 under the 得 (the order may prohibit), the content of the permission, not a shall_not of the provision itself')],
    77: [('shall', '，[應]包括', '', '', '集管團體', 'thing subject (資訊安全管理措施); 集管團體 is the agent inside the topic NP (集管團體…採取之措施) -> carried')],
    78: [('shall', '量[應]依', '', '', '', 'thing subject (空調系統用電量); single-paragraph article names no actor -> no carried')],
    79: [],
    80: [('shall', '臟[應]予', '', '', '', 'thing subject (該屠體、內臟, patient of 改判定); 屠宰場 is a locative; the inspector is not named in the single-paragraph article -> no carried')],
    81: [('shall', '約[應]記載', '', '', '', 'thing subject (…信託契約); no actor named -> no carried'), ('may', '者，[得]以敘明', '', '', '', 'hard: same sentence, thing topic (the contract); 如受益人…尚未確定，而嗣後可得確定者 condition (可得 = can be, not a cue); the contracting parties are not named -> no carried')],
    82: [('shall', '，[應]記錄', '經主管機關公告一定規模之糧食輸入或加工業務者', '', '', 'hard: headless agentive …者 phrase as the only subject kept whole (operators of grain import / processing of an announced scale); alternative: bearer 糧食輸入或加工業務者 with the whole phrase as bearer_full; 供應 false friend')],
    83: [],
    84: [('shall', '施[應]符合', '', '', '', 'hard: thing subject (其建築物設施); 地方主管機關未制定… / 客房數達九間以上者 conditions; the 民宿 operator is not named (para 2 right before has only the thing topic 民宿建築物設施) -> no carried (alternative: carried 民宿)')],
    85: [('shall', '，[應]由', '由[消防機關]會同', '', '', 'agent after 應由 (會同該管森林保護機關 = jointly with, not a coordination of bearers); 引火人申請之地點 topic; 派員檢查 / 經…許可後發給許可證，專冊登記備查 under the same 應')],
    86: [('shall', '，[應]將', '^[集中保管機構]', '', '', '每日營業結束前 time; 對前項…之交易 prepositional; 撥回… under the cue')],
    87: [('shall', '一、[應]為', '', '', '', 'no subject in the item; lead-in 抽水井設置規定如下 (thing topic, no cue) names no actor -> no carried')],
    88: [('may', '，[得]擬訂', '^[直轄市、縣（市）主管機關]', '', '', '為促進… purpose; 提供…參與 under the same 得')],
    89: [('may', '並[得]保留', '，[廠商]並得', '', '', '須取樣檢驗之特約檢驗申請案件: attributive 須 inside the NP (not labelled); 由廠商將樣品送…檢驗 has no cue'), ('shall', '關[應]再取', '時，[檢驗機關]應', '', '', 'after ；, own subject; 廠商保留複驗權利時 condition; 並予封識後，交由廠商妥善保管 under the same 應 (embedded 由X clause)')],
    90: [('shall_not', '間[不得]少於', '', '', '身心障礙者職業訓練機構', 'thing subject (訓練場所之空間); lead-in 身心障礙者職業訓練機構應設置下列房舍建築 -> carried')],
    91: [],
    92: [('shall', '關[應]即', '主管機關', '', '', '應即 one cue; 及通知… / 並舉行說明會，說明… under the same 應; 重劃計畫書經核定後 time')],
    93: [('shall', '，[應]向', '', '', '申請核發檢查員證者', 'thing subject of the …者 condition (前項文件有變更者); paragraph right before (申請核發檢查員證者，應檢附申請書及下列證明文件) names the holder of the documents -> carried')],
    94: [('may', '行[得]視', '中央銀行', '', '', '中華郵政公司…違反…者 condition (the company is the patient); 停止… / 並通知交通部 under the same 得')],
    95: [],
    96: [('may', '件[得]按', '^[本會]', '', '', '本會審議懲戒案件 framing; 為下列之處分 under the cue')],
    97: [('shall', '備[應]位於', '', '', '', 'thing subject (其隔離設備); lead-ins (三、未裝有過電流保護者，依下列規定辦理; para 4 固定式電暖器之隔離設備…) name no actor -> no carried')],
    98: [('shall', '，[應]於進口', '^[進口人]', '', '', 'subject of the …時 clause, main clause has none; 檢具…申辦 under the cue; the 海關…發還進口人 clause has no cue (not labelled)')],
    99: [('may', '，[得]購買', '^[本基金]', '', '', 'hard: 本基金 read as the acting budget unit (as fresh48 #25, same wording); alternative: thing subject, bearer empty; 為應業務需要 = 因應 (false friend)')],
    100: [('may', '人[得]依', '當事人', '', '', '有下列情形之一者 condition; 申請…調解之 under the cue')],
    101: [('shall', '所得[應]依第十四條', '', '', '', 'hard: thing subject (其交易所得); 個人及營利事業 are the taxed (possessor, 其), the taxing authority that 課徵 is not named -> no carried (alternative: carried 個人及營利事業); 依法得核發建造執照之土地 attributive 得 (not labelled); 取得 / 所得 false friends')],
    102: [],
    103: [],
    104: [],
    105: [('shall', '，[應]收取', '^[各級主管機關]', '', '', '依本辦法受理…之審查或核發… framing of the subject')],
    106: [],
    107: [],
    108: [],
    109: [],
    110: [],
    111: [],
    112: [],
    113: [('exception', '[除]前條', '', '', '', '除前條配屬單位外 carves out of the 不得 of the same sentence'), ('shall_not', '位[不得]為', '各級預算分配單位', '', '', '對非所屬單位 prepositional'), ('shall', '時，[應]按照', '若[業務單位]按照', '', '', 'hard: new sentence; subject of the 若…時 condition clause, the main clause has none; the 應對非所屬單位供應 and 必須以預算支援 inside the 若…時 condition are not labelled (供應 false friend)')],
    114: [],
    115: [],
    116: [],
    117: [('shall', '格[須]公立', '', '', '', 'hard: modal 須 (the entrance qualification must be graduation from …); thing subject (其應考資格; 應考 false friend); the applicants are not named -> no carried; 取得 false friend')],
    118: [('shall', '關[應]許可', '主管機關', '', '', 'hard: 新經營者依前項規定申請作業許可時 condition; the 得繼續 inside 應許可該船得繼續… is the content of the permission the authority shall grant, not a may of its own (not labelled); 取得 false friend')],
    119: [],
    120: [],
}
