# fresh53: seed 4090001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 42) late, after the session's obligations rules, by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o53: reader a, provisions 1-60 of /work/eval/s42/o53/to_label-a.tsv (sample seed 4090001), numbered in file order.
# Labelled 2026-12-06, session 42, by reading each provision's text (plus its list lead-in / whole article via
# `s42start -f ... 第N條`, for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the
# headers of fresh51-labels.py and fresh52-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…且應 / 應…並應 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; determiners (前項) and restrictive 之-modifiers go to bearer_full (a 之-modifier inside
#   a coordination is kept in the bearer); the subject of a …時/…後 clause is the bearer when the main clause has
#   none; the agent after 得由 is the bearer; a regulated place that acts (屠宰場 繳銷證書) is an actor.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases (分割減資者, 屬…之事業
#   或經…指定者), is a condition: bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 但…得 / 但…應 without 不在此限 are a may /
#   a shall; 應不予 is one shall_not at 應; penalty 得併科 is a may without bearer (court not named).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 / 應X事項 inside NPs (應優先辦理之施政項目, 應進行都市更新之地區,
#   得拒絕受理客戶之各種情事, 受理客戶應辦理事項, 應遵守之規定事項), cues inside …者 / …時 conditions (得供…用者,
#   須親自照顧時, 負有現時義務…時, 不予承認者), 禁止 inside a noun (禁止處分登記), 不須 (no duty), 免予, 予以,
#   逕予, 准, 僅適用 (not 不適用), 由…定之, 以…為準 / 以…為原則; false friends 應用 (紀錄科應用之簿冊), 領得,
#   得標, 所得, 不適用 as an adjective (不適用固定資產 = unusable assets), 應變.
# o53: reader b, provisions 61-120 of the sample seed 4090001 (numbered 1-60 here), from /work/eval/s42/o53/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 42).
# Written by reading each provision's text (plus its list lead-in / whole article via `s42start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py
# and fresh52-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 應…並得 are two statements; 應…始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 前項) and restrictive / genitive 之-modifiers go to bearer_full (head 人 of …之人 as bearer); the subject of
#   a …時/…後 clause or of a framing clause is the bearer when the main clause has none; the agent after 應由 is the
#   bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外 that
#   only adds (除依其法律之關係外，應考慮…; 除得…外，亦得…) is additive, not an exception, and its inner cue is not
#   labelled; 除…外 whose main clause has no cue is not labelled; 僅得 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; a modal 須
#   inside a parenthetical of a list item (（均須檢附相關證明文件）) is labelled.
# - not labelled: attributive 應X之 inside NPs (依法令應續行訴訟之人, 應符合之條件, 應公開之政府資訊), cues inside …者
#   conditions (應定許可期限者) and in list items that are trigger conditions (為…規定不得參加投標…), a deontic verb
#   that is only the content of another statement (通知其得於二十日內提出意見書), 須 = need inside a condition
#   (如須延期繳款), 以…為限, 不受…限制, 負擔 (verb, not 負…義務), 無須; false friends 應變, 因應, 所得, 取得, 獲得,
#   得標, 應收票據, 應考人, 供應人.
LABELS = {
    1: [('shall', '，[應]檢具', '', '', '', 'hard: 經營第二類電信事業 is a framing / purpose clause without 者, no subject written; the article names no operator as actor (申請人 only inside the para 2 list of contents) -> no carried; 向電信總局申請許可 under the same 應; alternative: the gerund phrase as bearer')],
    2: [('shall', '，[應]檢附', '', '', '', 'thing topic (藥品之包裝如超過…者 condition); the applicant / licence holder is not named in the article -> no carried; 申請變更登記 under the same 應'), ('shall_not', '，[不得]變更', '', '', '', '但…不得 without 不在此限 = shall_not; thing subject (含麻黃素…製劑, 其類別屬指示藥品者 condition); no actor named')],
    3: [('shall_not', '，[不得]作為', '', '', '', 'thing subject (專戶內之存款); para 2 names the depositor (請領…者) who is not the one barred (creditors / enforcement) -> no carried')],
    4: [('may', '並[得]置', '戒治所', '前項但書規定之戒治所', '', 'determiner / restrictive 前項但書規定之 -> bearer_full; 並 adverb; 職務列… no cue')],
    5: [('shall', '，[應]檢具', '^[農會]', '', '', 'N[condition]者 keeps N (農會[撤回…案]者); 送…辦理 under the same 應')],
    6: [('shall', '中[應]備有', '', '', '', 'list item, thing / place topic (運輸途中); lead-in (…清除方法…應符合…下列規定) names no actor -> no carried; 並維持正常運轉 under the same 應'), ('may', '，[得]於部分', '', '', '', '但…得 without 不在此限 = may; 離島地區因交通不便者 / 經…同意後 conditions; no actor written or carried; 不須備有 (need not) is no separate cue')],
    7: [('shall_not', '度[不得]低於', '', '', '', 'list item, thing subject (高度 of the 擋牆); lead-in 本辦法所定擋牆，規定如下 names no actor -> no carried'), ('shall', '離，[應]在', '', '', '', 'new sentence, thing subject (距離); no actor -> no carried')],
    8: [('may', '式[得]由', '司法院', '', '', 'agent after 得由 is the bearer; 紀錄科應用之簿冊 = the books the records section uses (應用 false friend / attributive), a thing topic')],
    9: [('shall', '關[應]依法', '審計機關', '', '', 'plain subject; 本條例所列預算之執行 is a topic')],
    10: [('may', '關[得]於', '^[稅捐稽徵機關]', '', '', 'plain subject; 查明或派員實地勘查 under the same 得; 以稅捐稽徵機關認定者為準 no cue')],
    11: [('may', '並[得]視', '本部', '', '', 'list item writes its own subject (本部); 核定… / 酌予補助 have no cue; 限定… under the 得; 應優先辦理之施政項目 attributive, not labelled')],
    12: [('shall', '處[應]就', '行政院相關業務處', '', '', 'list item writes its own subject; 送主計總處 under the same 應; 但…免予辦理 (免予) no cue, no 不在此限 -> not labelled')],
    13: [('shall_not', '，[不得]將', '^[投票人]', '', '', 'subject of the …後 clause, the main clause has none')],
    14: [('shall', '前[應]提報', '', '', '機關、公營事業機構、高級中等以下學校及政府捐助基金累計超過百分之五十之財團法人', 'thing subject (前項之環境教育計畫); para 1 right before names the bodies that draw up the plan -> carried; 並於…向中央主管機關提報 under the same 應; 其執行辦法，由…定之 no cue')],
    15: [('may', '，[得]依', '', '', '本會', 'hard: thing topic (前項之捐助); para 1 right before (財團法人，指經本會許可設立或捐助之財團法人) names 本會 as donor and supervisor -> carried; alternative: no carried (para 1 is a definition)')],
    16: [('may', '，[得]以其他', '', '', '發行機構', 'thing topic (前項第三款至第七款之事項; 報經主管機關核准者 condition); para 1 right before (發行機構應於彩券券面…記載下列事項) names the actor -> carried')],
    17: [],
    18: [('shall', '數[應]定額', '', '', '人民團體', 'thing subject (人數); 人民團體 is the possessor inside the topic NP -> carried; 並為奇數 under the same 應')],
    19: [('shall', '件[應]列入', '', '', '', 'thing subject (所有審議案件); 法律顧問會議 is a topic (a meeting, patient of 召開), not an actor; single-paragraph article names no actor -> no carried; 以…為原則 no cue'), ('may', '，[得]列入', '', '', '', 'same sentence, same thing subject (如不及列入時 condition); 或舉行臨時會 under the same 得; no carried (as above)')],
    20: [('shall', '，[應]檢具', '申請人', '', '', 'list item; subject of the …時 clause (申請人非起造人時), the main clause has none')],
    21: [('shall', '構[應]依', '^[檢驗機構]', '', '', 'plain subject; 其檢驗項目由檢驗機構…定之 no cue')],
    22: [],
    23: [('shall', '，[應]依據', '', '', '會計師', 'list item; 分割減資者 is a condition (the case of a split capital reduction), not the auditor; lead-in 會計師受託查核簽證…，應行查核事項如下 names the actor -> carried; 予以查核 under the same 應')],
    24: [('may', '，[得]併科', '', '', '', 'penalty clause: 處…有期徒刑 is a fact; 得併科 = the (unnamed) court may add a fine; the offender (公私場所…者) is no bearer')],
    25: [('may', '，[得]限制', '^[看守所]', '', '', 'plain subject; 刑事被告 is the patient; …必要時 condition')],
    26: [('exception', '，[不適用]之', '', '', '', '…不適用之 carves 供餐具自動洗淨機使用之洗潔劑 out of the para 1 standards; 僅適用 no cue')],
    27: [('may', '亦[得]擔任', '農會', '本辦法施行前已依農業發展條例第五十八條第二項規定辦理本保險之農會', '', 'restrictive …之 -> bearer_full; 亦 adverb; 於…二年內 time frame')],
    28: [('shall', '關[應]就', '^[主管機關]', '', '', 'list lead-in that is itself a statement (為下列措施); 財團法人 is the patient')],
    29: [],
    30: [('shall', '構[應]於', '^[保護機構]', '', '', 'plain subject; 將…送請管轄法院核定 under the same 應')],
    31: [('shall', '員[應]按時', '^[本校教職員]', '', '', 'plain subject'), ('shall', '，[須]依', '^[本校教職員]', '', '', 'second cue of the same sentence (須 modal), shares the written bearer; 如因故不能到公 condition')],
    32: [('shall', '，[應]實施', '^[直轄市、縣（市）主管機關]', '', '', 'subject of the sentence (…認…有接管之必要者); 並囑託… / 通知… under the same 應; 禁止 inside the noun 禁止處分登記, not labelled')],
    33: [('shall_not', '率[不得]超過', '', '', '', 'thing subject (專門委員員額比率); the employing 農田水利會 is only inside the comparison, para 1 right before names no actor (…應就…者任用之) -> no carried; 以一人計 no cue')],
    34: [('shall', '人[應]舉', '復審人', '', '', 'plain subject; 有具體事實…者 condition about the committee members; 向…申請迴避 under the same 應')],
    35: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carving out of a list item of grounds for dismissal')],
    36: [('may', '數[得]按', '', '', '', 'thing subject (已裝之…中繼線對數); para right before names no actor; 電信機構 is named only two paragraphs before -> no carried; 酌予 no cue')],
    37: [('shall', '前，[應]審慎', '^[公開發行公司]', '', '', 'subject of the sentence (…為他人背書或提供保證前); 併同…提報董事會決議後辦理 and the alternative 或董事會…授權董事長…決行，事後再報…追認 under the same 應 (no new cue)')],
    38: [('may', '人[得]洽請', '^[保險人]', '', '', 'plain subject; 分別推派… / 列席本會議 under the same 得; 列席人員無表決權 no cue')],
    39: [('shall', '：[應]訂定', '', '', '信託業', 'list item of the contents of the 作業準則; no subject; lead-in 信託業…應建立…作業準則，其內容至少應包括下列事項 names the actor -> carried; 受理客戶應辦理事項 (heading) and 得拒絕受理客戶之各種情事 are attributive, not labelled')],
    40: [('may', '，[得]申報', '^[生產事業、與海關簽訂策略聯盟之廠商或優質企業進、出口業者]', '', '', 'N[condition]者 keeps N: the coordinated enterprises (之-modifier inside the coordination kept) are the subject of the condition and the ones who 申報; the main clause topic (其所進口…貨物) is a thing')],
    41: [('shall', '，[應]限為', '', '', '', 'thing subject (揮發氣); the 得 inside 得供…用者 is part of the condition -> not labelled; no actor -> no carried'), ('shall', '，[應]經', '', '', '', 'new sentence, thing subject (該揮發氣…時 condition); no actor -> no carried')],
    42: [('may', '事[得]請', '', '', '聘僱人員', 'list item, no subject; lead-in 考試院…及所屬各機關（構）聘僱人員之給假，依下列規定 -> carried (possessor in the lead-in topic); 准給七日 (准) no cue'), ('may', '，[得]請家庭', '', '', '聘僱人員', 'new sentence; 其家庭成員…須親自照顧時 condition (its 須 not labelled); no subject -> carried 聘僱人員 as above')],
    43: [('may', '，[得]自行', '^[保管機關（構）]', '', '', 'plain subject; 為辦理…審定 purpose; 或委託… / 邀請…組成小組 under the same 得')],
    44: [('shall', '部[應]於', '地區最高司令部或指揮部', '', '', 'coordinated subject kept whole; the seized ships / detained persons are the patients (topic); list lead-in that is itself a statement')],
    45: [],
    46: [('shall', '，[應]認列', '醫療法人', '', '', 'list item of a definition; subject of the …時 clause (醫療法人因…負有現時義務…時), the main clause has none; 負有現時義務 inside the condition describes a fact -> not labelled; lead-in names no actor')],
    47: [('shall_not', '會[應]不予', '本會', '', '', '應不予 is one shall_not at 應; 申請裁決案件有下列…之一 condition; list lead-in'), ('shall', '，[應]定期間', '', '', '本會', '但…應 without 不在此限 = shall; new sentence, 其情形可以補正者 condition, no subject -> carried 本會 from the sentence before')],
    48: [],
    49: [('shall', '號[應]以', '', '', '', 'thing subject (船舶號數或小船編號); the article names no actor -> no carried'), ('shall', '者，[應]於', '', '', '', 'after ；, 舯部無主樑者 condition; no subject, no actor named -> no carried')],
    50: [('shall', '人[應]按', '，[保險人]應按', '', '', 'plain subject (被保險人…者 condition, the insured is the beneficiary); 依…計算後，增給…，發給… under the same 應; 但合計最高以…給付之 no cue')],
    51: [('may', '，[得]為', '交通勤務警察或依法令執行交通稽查任務之人員', '', '', 'coordinated subject kept whole (之-modifier inside the coordination kept); 汽車駕駛人…者 condition (patient); list lead-in')],
    52: [('shall', '，[應]即', '', '', '廣告回信用戶', 'hard: topic is the address (廣告回信用戶地址如有變更 condition with a thing subject); 廣告回信用戶 is the possessor inside the topic NP -> carried; 應即 one cue; 向郵局申請… under the cue; alternative: 廣告回信用戶 as bearer')],
    53: [('may', '關[得]就', '專賣機關', '', '', 'plain subject; 有左列各款情事之一者 condition; 菸草種植人 is the possessor of the patient (菸葉…); list lead-in')],
    54: [('exception', '，[不適用]臺灣', '', '', '', '…不適用…之規定 exempts the intelligence personnel from the cited provisions; exceptions get no bearer')],
    55: [('shall', '，[應]以電子', '^[公司]', '', '', 'subject of the …時 clause (公司向資訊平臺申報資料時), the main clause has none'), ('shall', '且[應]使用', '^[公司]', '', '', '且應 = a second statement of the same sentence, shares the bearer; 並依規定之…傳送電子文件 under this 應; 經中央主管機關認可之 attributive')],
    56: [('shall', '後[應]立即', '飛安會', '', '', 'plain subject (…於接獲通報後); 聯絡…要求參加調查 / 並於…派員… / 提供… under the same 應; the aircraft …失事者 is a condition')],
    57: [('shall', '，[應]符合', '', '', '', 'thing subject (光電式安全裝置之構造及性能); single-paragraph article names no actor -> no carried')],
    58: [('may', '院[得]駁回', '，[法院]得', '', '', 'plain subject; the 不予 inside the …者 condition (其核發地國…不予承認者) restates a fact of the foreign state -> not labelled')],
    59: [('shall', '，[應]將', '^[屠宰場]', '', '', 'N[condition]者 keeps N (屠宰場[停業滿一年以上]者), a regulated place that acts (繳銷證書); 視為歇業 no cue; 其不繳銷者，由中央主管機關逕予公告註銷之 (逕予) no cue')],
    60: [('shall', '，[應]檢具', '', '', '事業', 'hard: list item of the application documents; 屬…公告之事業或經主管機關指定者 read as a condition sorting the applicants (like items 四/五), not a written bearer; lead-in 事業申請…，應檢具下列文件 names the actor -> carried; 緊急應變措施 false friend; alternative: the headless 者 phrase as bearer')],
    61: [],
    62: [('shall', '廠[應]至少', '^[乙種汽車修理廠]', '', '', 'plain subject; 經依法檢定合格之 modifies the employees (patients)')],
    63: [('shall', '，[應]將', '^[本會]', '', '', 'subject of the sentence (…決議前 time clause); 並以書面通知… under the same 應; hard: 其得於二十日內提出意見書 is the content of the notice -> not labelled (alternative: a may, bearer 受評鑑法官)')],
    64: [('shall', '，[應]於', '', '', '通報權責機關', 'list item, 決定…時 time clause without subject; lead-in 通報權責機關發布停止上班及上課之程序如下 names the agent inside the topic NP -> carried')],
    65: [],
    66: [('shall_not', '校[不得]超過', '', '', '', 'thing subject (每班學生人數); the article names no actor for the class size (para 4 is about added classes) -> no carried'), ('shall_not', '，[不得]超過', '', '', '', 'after ；, second 不得, same thing subject; no carried')],
    67: [('may', '會[得]置', '^[各級醫事放射師公會]', '', '', 'plain subject'), ('shall_not', '額[不得]超過', '', '', '各級醫事放射師公會', 'thing subject (其名額 of the alternate directors); the association that sets them is named in the same sentence -> carried')],
    68: [('shall', '，[應]於', '交貨驗收單位', '', '', 'plain subject; 軍品採購於廠商交貨後 topic / time frame')],
    69: [('shall', '，[應]為', '', '', '', 'thing subject (電纜固定及支撐之間隔); lead-in 裝甲電纜裝設時應… names no actor -> no carried'), ('exception', '一、[除]有', '', '', '', '除有其他措施外 carves out of the 應為 of the same sentence')],
    70: [],
    71: [('shall', '煙[應]有', '', '', '餐飲業', 'thing subject (油煙); lead-in 餐飲業作業場所應符合下列規定 names 餐飲業 as possessor inside the topic -> carried')],
    72: [('shall', '，[應]即', '秘書處', '', '', 'subject of the sentence (…收受請願文書後); 應即 one cue')],
    73: [('shall', '，[應]分別', '^[中央主管機關]', '', '', 'plain subject; 對於…資材 prepositional; 實施檢驗 under the same 應')],
    74: [('shall', '，[應]備文', '^[各受補單位]', '', '', 'subject of the framing clause (…申請撥借服裝); 循…申請 clauses without cue; 以九十天為限 no cue')],
    75: [('shall', '，[應]通知', '', '', '直轄市或縣（市）主管機關', 'hard: 經審核…者 is a condition on the buildings; 其 is the patient; the lead-in names 直轄市或縣（市）主管機關 (agent of 公告禁建) as the authority handling the buildings -> carried; alternative: no carried')],
    76: [('shall', '，[應]裝有', '', '', '', 'thing / situation (若熔線二側均有電源者 condition); lead-in 太陽光電系統之熔線規定如下 names no actor -> no carried'), ('shall', '線[應]能', '', '', '', 'new sentence, thing subject (熔線); no carried')],
    77: [('shall', '，[應]由', '之[人]估價', '占有不動產依法取得所有權之人', '', 'agent after 應由 is the bearer; restrictive 之-modifier -> bearer_full, head 人 as bearer; 申報納稅 under the same 應; 取得 false friend')],
    78: [('shall', '，[應]通知', '', '', '檢察官或少年法院（地方法院少年法庭）', '…原因消滅後 time clause without subject; 受戒治人 is the patient; the paragraph right before names 檢察官或少年法院（地方法院少年法庭） as the one disposing of the refused person -> carried')],
    79: [('shall', '均[須]檢附', '', '', '保險業', 'modal 須 in the parenthetical of a list item; lead-in 保險業…須檢附下列書件及說明 -> carried; 因應 false friend')],
    80: [],
    81: [('may', '，[得]免', '^[聽力師]', '', '', 'subject of the framing clause (聽力師申請執業登記); 有下列情形之一者 condition')],
    82: [('shall', '人[應]置', '^[學校法人]', '', '', 'plain subject; hard: 除得由創辦人擔任外 -- cue inside 除…外 and the main clause (其餘由創辦人…遴選…報…核定) has no cue -> neither the 得 nor an exception labelled')],
    83: [('shall', '，[應]先行', '^[扣費義務人]', '', '', 'subject of the …時 clause, the main clause has none; 義務 without 負 no cue')],
    84: [('shall', '，[應]於三個月', '^[選接服務提供者]', '', '', 'N[condition]者 keeps N; 檢具… / 報請…核定 under the cue'), ('shall', '並[應]依', '^[選接服務提供者]', '', '', '並應 = a second statement; shares the written bearer')],
    85: [('shall_not', '內[不得]再', '經廢止化粧品之登錄或許可證者', '前項經廢止化粧品之登錄或許可證者', '', 'headless …者 phrase as the only subject kept whole; determiner 前項 -> bearer_full; 申請查驗登記 under the same 不得')],
    86: [('shall_not', '，[不得]設置', '', '', '雇主', 'thing subject (發生器); lead-in 雇主對於…作業時，應依下列規定 -> carried')],
    87: [('shall', '，[應]報', '', '', '儲金管理會', 'hard: thing subject (前項作業規定); the paragraph right before says these are 儲金管理會所定作業規定, so the rule-maker 儲金管理會 reports them -> carried; alternative: no carried (各學校 only apply them)')],
    88: [('shall_not', '店[不得]進儲', '^[免稅商店]', '', '', 'plain subject; 銷售 under the same 不得; 准許 no cue')],
    89: [('shall', '訓[應]以', '', '', '', 'thing / topic subject (軍訓, the subject taught); lead-in 輔導學生投考軍事學校在教學方面應辦理左列配合事項 names no actor -> no carried'), ('shall', '並[應]將', '', '', '', '並應 = a second statement; same topic, no carried')],
    90: [('may', '亦[得]選擇', '遺屬', '其遺屬', '', '其遺屬 subject (determiner 其 -> bearer_full); 被保險人…者 condition; 除得依前項規定請領年金給付外 is additive (亦得) -> inner 得 not labelled, no exception; 不受…限制 no cue'), ('shall_not', '，[不得]變更', '遺屬', '其遺屬', '', 'same sentence, no new subject -> shares the written bearer; 經保險人核付後 time clause (保險人 only the agent of 核付)')],
    91: [('may', '關[得]依', '工程主辦機關', '', '', 'plain subject; 複評合格之優良營造業 is the beneficiary (topic / time clause)')],
    92: [('may', '僅[得]就', '勞工', '', '', '僅得 = may only, labelled may; plain subject; 法院…確定後 time clause')],
    93: [('shall', '舊[應]以', '', '', '', 'thing subject (折舊); para 1, no actor named -> no carried'), ('shall', '限[應]符合', '', '', '', 'second clause, own thing subject (最低折舊年限); no carried')],
    94: [('shall', '屬[應]檢具', '遺屬', '', '', 'plain subject; …消滅後 time clause; 向保險人申請 under the cue; 恢復發給 clauses and the 但 sentence have no cue')],
    95: [('shall', '，[應]報請', '^[書記官長]', '', '', 'subject of the …時 clause, the main clause has none')],
    96: [('shall', '者[應]於', '責任業者', '', '', 'plain subject; fronted topic 中央主管機關通知查定之營業量或進口量 (thing); 逾期視為未採用 no cue')],
    97: [('shall', '會[應]有', '^[審議委員會]', '', '', 'plain subject (quorum requirement)'), ('may', '席[始得]開會', '^[審議委員會]', '', '', '應…始得 = a second statement (may); same subject'), ('may', '意[始得]決議', '^[審議委員會]', '', '', 'second 始得 of the same sentence, same subject; 由主任委員裁決 no cue')],
    98: [('shall_not', '，[不得]逾', '', '', '主管機關', 'hard: topic NP 主管機關辦理申請案件之審查 (head 審查, a thing); 主管機關 is the agent inside the topic -> carried; alternative: bearer 主管機關'), ('may', '，[得]延長', '', '', '主管機關', 'after ；, 必要時 condition without subject -> carried from the clause before')],
    99: [('shall', '，[應]符合', '', '', '', 'thing subject (資產、負債…); para 1, no actor named -> no carried'), ('may', '合下列條件[始得]認列', '', '', '', '應…始得 = a second statement (may); same thing subject')],
    100: [('shall', '員[應]於戰事', '前項第一款延役之[人員]', '前項第一款延役之人員', '', 'restrictive 前項第一款延役之 -> bearer_full; 依規定辦理退伍… shared by both clauses'), ('shall', '員[應]於原因', '第二款延役之[人員]應', '第二款延役之人員', '', 'after ；, own subject; restrictive 第二款延役之 -> bearer_full; 其延役期間，折算… no cue')],
    101: [('shall', '，[應]於到職', '^[取得環境保護專責及技術人員合格證書後，連續三年以上未經依法設置或登記為該項環境保護專責及技術人員者]', '', '', 'hard: headless agentive …者 phrase (including its …後 clause) as the only subject kept whole; alternative: start at 連續三年; 依中央主管機關規定完成到職訓練 under the cue; 取得 false friend')],
    102: [],
    103: [],
    104: [('may', '，[得]全部', '', '', '國營事業', 'thing subject (研究發展成果); 國營事業 is the agent inside the topic NP (國營事業依前項規定…所獲得之…成果) -> carried; 不受…限制 no cue; 獲得 false friend')],
    105: [('shall', '前，[應]先將', '', '', '', 'no subject (…前 time frame); 本會 is named only in paras 1, 3 of the article, not in this or the paragraph right before -> no carried; 再重新排定 under the same 應; 得標 false friend')],
    106: [('shall', '，[應]於開標', '得標人', '標售之得標人', '', 'restrictive 標售之 -> bearer_full; 繳納… under the cue; the …後，由…工業主管機關製發… clause has no cue -> not labelled'), ('shall', '，[應]於繳款期限', '；[得標人]如須', '', '', 'after ；, own subject; 如須延期繳款 condition (須 = need, not labelled); 提出申請 / 並負擔延期期間之利息 (負擔 verb, not a 負 cue) under the same 應'), ('shall_not', '且[不得]超過', '', '', '得標人', 'thing subject (其展延期限); 其 = 得標人, possessor inside the topic -> carried; 以一次為限 no cue'), ('shall_not', '金[不予]退還', '', '', '', 'hard: thing subject (其原繳保證金); 得標人 is only the possessor / patient, the refunding seller (工業主管機關、管理機構或受託租售單位) is not clearly one actor -> no carried; 逾期未繳清價款者 condition; 視為… / 並由次得標人得標 no cue')],
    107: [('shall', '，[應]考慮', '^[公開發行公司]', '', '', 'plain subject (…時 clause); hard: 除依其法律之關係外 is additive (besides the legal relationship also consider the substantive one) -> no exception')],
    108: [('shall', '，[應]考量', '', '', '', 'thing subject (農業專用區, passive 規劃時); no actor in this or the paragraph before -> no carried; 配售之土地以…為規劃原則 no cue')],
    109: [],
    110: [('may', '，[得]作為', '^[取得前項推廣教育學分證明者]', '', '', 'hard: headless …者 phrase (the certificate holders, who use it) as the only subject kept whole; 前項 modifies the certificate, not the person; alternative: the certificate is the thing subject -> bearer empty; 取得 false friend')],
    111: [('shall', '，[應]於', '^[承銷人]', '', '', 'N[condition]者 keeps N (承銷人[承購農產品]者); 向市場付清貨款 under the cue'), ('shall', '場[應]於', '，[市場]應於', '', '', 'own subject 市場; 供應人 false friend')],
    112: [('may', '所[得]辦理', '^[收容處所]', '', '', '收容處所 + 得 (not 所得); plain subject'), ('may', '，[得]有', '受收容人', '', '', 'after ；, own subject; 受收容人 is the holder of the permission'), ('exception', '人[除]經', '', '', '', '除經施以獨居戒護者外 carves out of the 得有 of the same clause'), ('exception', '，[不在此限]', '', '', '', '但…不在此限')],
    113: [('shall', '，[應]即', '^[辦理試務機關]', '', '', 'plain subject; …時 condition; 應即 one cue; 應考人 / 應考資格 false friends')],
    114: [],
    115: [],
    116: [('shall', '，[應]調查', '^[主管機關]', '', '', 'plain subject; …後 time frame'), ('may', '並[得]視需要', '^[主管機關]', '', '', '應…並得 = a second statement; shares the written bearer; 應變 false friend')],
    117: [],
    118: [('shall', '，[應]由', '由[銀行]盡', '', '', 'agent after 應由 is the bearer; 應符合之條件 attributive (not labelled); 向客戶取得… / 審核通過 under the same 應; 取得 false friend')],
    119: [],
    120: [],
}
