# fresh66: seed 5650001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind late in session 48 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o66: reader a, provisions 1-60 of the sample seed 5650001, from /work/eval/o66/a/to_label-a.tsv, numbered in file order;
# labelled 2026-12-07 (session 48).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq48b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh64-labels.py and fresh65-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh64/fresh65):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並得 / 不得…亦不得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence
#   a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of a framing /
#   …者 clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else '' (an actor named only two paragraphs up or only in a later item / paragraph is not carried).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; restrictive 之-modifiers go to bearer_full; a compound noun naming an office of an
#   institution (農田水利會職員) is kept whole; the subject of a …時/…後 clause is the bearer when the main clause has
#   none (unless it is only a non-actor of the main act: 委託人未領勘…時); the agent after 得由 (and of an embedded
#   由X clause of the same statement) is the bearer; a regulated vehicle / vessel that obtains and applies is read as
#   the actor (metonymy, as fresh64 a).
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception (also when the statement it limits has no cue); 除…外 carving out of a statement of
#   the same sentence is an exception (cue 除); 除…外，應 that only adds (除依前項規定懲處外，…應負賠償責任; 除應依前九項
#   規定辦理外，應符合…) is additive and its inner cue is not labelled; 除…外 whose main clause has no cue (…一律免蓋
#   印信) is not labelled; 但…得 / 但…不得 without 不在此限 are a may / a shall_not.
# - 得免X (得免揭露, 得免送) is a may at 得 (免 is no cue).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 inside NPs (應包括之內容如下), cues inside …者 conditions and in list items that
#   are trigger conditions (應依職權調查證據者; 經…公告應回收), 須 = need inside a …時 condition (如必須以總項決標時),
#   cues inside the description of a cited rule (關於股票須公開發行…應保留一定比例股份…之規定), a 不得 inside the NP
#   describing the content of a required control (…不得與受益人或客戶利益衝突…等防範之控制作業), 禁止 inside 禁止或限制
#   規定 in a condition, 需 (not a guide cue), 由…定之, 由…辦理 without a cue, 以…為限, 亦同, 免 alone;
#   由X負損害賠償責任 without 應 / 義務 (as fresh64 b 由X負完全責任); false friends 取得, 應募人, 權利義務 (noun).
# New conventions decided here:
# - 得不適用…之規定 (外國人投資條例 15 II) is one statement, a may at 得 (the combination means "may be exempt from"),
#   by analogy with 應不予 = one statement at the first cue; alternative: a may at 得 plus an exception at 不適用.
# - X不得由Y兼任 (品質主管不得由醫學主管兼任): the agent after 由 (Y) is the bearer, as for 應由/得由; alternative ''.
# - X，因執行業務所為之陳述或報告，不得… : the person X before the comma is the agent inside the topic of the thing
#   subject (陳述或報告) -> bearer '' and carried X (alternative: X as bearer).
# ---- reader b (its provisions renumbered 61-120 here) ----
# o66: reader b, provisions 61-120 of the sample seed 5650001, from /work/eval/o66/b/to_label-b.tsv, numbered in file
# order (1-60 here); labelled 2026-12-07 (session 48).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq48b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh64-labels.py and fresh65-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh64/fresh65):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also ；並根據… and an embedded 由X clause) is one
#   statement; 應…並應 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (錄取人員 to be graded,
#   公證人 to be disciplined, 個人 whose income is computed), gives bearer ''; `carried` when this provision (also an
#   agent or possessor inside the topic NP, or a compound thing noun naming its holder: 測繪業登記證), its list
#   lead-in or the paragraph right before clearly names the actor, else '' (an actor named only in another article
#   or in a later paragraph is not carried).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (凡 dropped);
#   coordinated subjects are kept whole; determiners (前條) and restrictive 之-modifiers go to bearer_full; the
#   subject of a …時 clause or of a framing clause is the bearer when the main clause has none (unless it is only a
#   non-actor of the main act); an organisational unit that acts is an actor; the agent after 應由 (and of an
#   embedded 由X clause of the same statement when the main clause has no actor) is the bearer.
# - a left-dislocated actor topic resumed by 其 (X，其Y申報，應委託…) is the bearer (as fresh65 a 40: N[condition]者
#   keeps N although the main clause topic 其…貨物 is a thing).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 除…外 that only adds (除依有關法令規定辦理外，…應合於本辦法之規定) is additive;
#   除…外 whose main clause has no cue (…外，…予以核實認定) is not labelled; 但…得 without 不在此限 is a may; 不予 is a
#   shall_not.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement or a definition
#   (所稱適當時間，指下列情形：二、…應考量…).
# - not labelled: attributive 應X之 inside NPs (前項應訂定…計畫之農產品經營者類別, 必須之準備), cues inside …者
#   conditions (如應扣繳所得稅款而未依法扣繳者, 而得補正者) and inside 除…外 (除應通知限期補繳…外, 除…應以該價格
#   計算外), a 得 inside a purpose clause (為…，使醫師得摘取…，特制定本條例), 適用, 亦同, 以…為限, 由…定之 /
#   由…公告之, 予以, 負責 (仍由前任負責, no 義務), 準照, 能 (僅能獲得); false friends 所得, 取得, 獲得, 得標, 供應,
#   因應, 應付款.
# New conventions decided here:
# - 得不予受理 is one may at 得 (the authority may refuse), by analogy with 應不予 = one shall_not at 應; 不予 is not
#   labelled separately.
# - 應付懲戒 (公證法 54) is 應 + 付懲戒 (be referred for discipline), not the false friend 應付 (應付帳款): a shall at 應
#   with the notary as patient; bearer '' (the referring body is not named in the paragraph).
# - an embedded 並由X撥交 clause under the 應 of a clause with a thing subject (自來水法 12-4: 回饋費應繳還…基金，並由
#   中央主管機關撥交…) makes X the written bearer (fresh64 b convention), although X is not the one who repays.
# Provisions with no statement: 3 (attributive 應訂定…之; 由…公告之), 7 (cues in the …者 condition and in 除…外; main
# clause 予以 has no cue), 20 (得 in a purpose clause; 適用), 24 (item without its own operator; 取得), 42 (供應),
# 44 (獲得), 45 (penalty without cue; 取得), 46 (供應), 47 (僅能獲得), 49 (得標), 50 (所得), 51 (以…為限; 所得),
# 56 (應付款), 57 (所得 = obtained; 必須之準備 attributive), 59 (取得).
LABELS = {
    1: [('shall', '[應]負', '^[農田水利會職員]', '', '', '除依前項規定懲處外 is additive (besides discipline, also liable); 因而致…者 condition; 應負…責任 one statement at 應')],
    2: [('shall', '[應]再保存', '寄存機構', '', '', '寄存機構受理…者: N[condition]者 keeps N')],
    3: [('may', '[得]不適用', '投資人', '', '', 'hard/new: 得不適用 read as one may at 得 (alternative: plus an exception at 不適用); 投資人…占…以上者 keeps N; 須公開發行 / 應保留 are inside the description of the cited rules, not labelled')],
    4: [('shall', '[應]即送', '法院書記官', '', '', '…時 clause condition'), ('exception', '[除]應撤銷', '', '', '', '除…外 carves out of the 應 of the same sentence; inner 應撤銷 not labelled'), ('shall', '[應]於抗告期間', '', '', '法院書記官', 'new sentence, no subject; carried from the sentence before')],
    5: [('shall', '[應]附', '', '', '', '如必須以總項決標時 is a condition (須 = need, not labelled); lead-in 軍品採購之決標基本原則如左 names no actor')],
    6: [],
    7: [('may', '[得]與', '國防部', '', '', '實施… under the same 得')],
    8: [('shall', '[應]檢查', '監獄人員', '', '', '')],
    9: [('may', '[得]以', '', '', '成效評估委員會', 'thing subject 前項調查; para 1 (right before) names 成效評估委員會')],
    10: [('may', '[得]計入綠化空地面積。', '', '', '', 'thing subject 樹葬面積; the …者 is a condition; no actor in the provision or para 3; the 得 in 但…得計入…者 is inside a …者 condition and 以…為限 has no cue')],
    11: [('shall', '[應]符合', '', '', '藥商', 'hard: thing subject 醫療器材; 除應依前九項規定辦理外 is additive (inner 應 not labelled); para 9 (right before) names the applicant 申請查驗登記之藥商 -> carried; alternative carried empty')],
    12: [('shall', '[應]備', '', '', '', 'the …時 clause names no applicant (海關 is the authority applied to); para 1, no actor')],
    13: [],
    14: [('shall_not', '[不得]由', '醫學主管', '', '', 'hard/new: 品質主管 (the post) is the patient; agent after 不得由 taken as bearer; alternative bearer empty'), ('shall_not', '亦[不得]兼任', '^[品質主管]', '', '', "second cue; the quality supervisor himself shall not hold another bank's post")],
    15: [('shall', '[應]包括', '', '', '高級中等學校', 'thing subject 組成; para 1 (right before) 高級中等學校設學生獎懲委員會; 由…定之 no cue')],
    16: [('shall', '[應]就', '', '', '', '法官助理 is the patient (recruited); no recruiting body named in the provision (法院 only in item 1, after)')],
    17: [('shall', '[應]取得', '汽車', '', '', 'hard: regulated vehicle that obtains / applies read as the actor (metonymy, as fresh64 a vessel); alternative bearer empty; 並經…驗證核章 under the same 應'), ('may', '[始得]', '汽車', '', '', '應…，始得: two statements')],
    18: [('shall_not', '[不得]於', '任何人', '', '', '')],
    19: [('shall_not', '[不得]經營', '經紀人', '', '', '非…不得; 取得 false friend')],
    20: [('may', '[得]由', '得由[中央銀行]委託', '', '', 'agent after 得由; first clause 由財政部授權…辦理 has no cue')],
    21: [('shall', '[應]訂定', '', '', '', '編擬…提經…陳報 under the same 應; lead-in 本基金…依下列程序辦理 names no actor')],
    22: [('may', '[得]免揭露', '', '', '銀行', 'hard: 但…得 (得免) is a may; 子公司屬…者 is a condition; lead-in 財務報告附註應分別揭露銀行及其各子公司…之相關資訊 names the reporting bank (possessor) -> carried')],
    23: [('may', '[得]採取簡化措施', '', '', '會計師', 'lead-in 會計師於辦理…確認客戶身分措施…，應以風險基礎方法決定…'), ('shall', '措施[應]與', '', '', '會計師', 'thing subject 該簡化措施'), ('shall_not', '[不得]採取', '', '', '會計師', '但…不得 without 不在此限 is a shall_not; 有下列情形者 condition')],
    24: [('shall', '[應]以', '', '', '', 'thing subject (權利義務及相關事宜); no actor named; 權利義務 noun')],
    25: [('shall', '[應]依', '^[申請從事第三條輻射防護偵測業務認可者]', '', '', 'headless agentive …者 kept whole')],
    26: [('may', '[得]免送', '^[機長或飛機所屬運輸業者]', '', '', 'coordinated subject kept whole; 得免 is a may at 得'), ('may', '[得]要求', '海關', '', '', '但…得 without 不在此限 is a may; 於必要時 condition'), ('shall', '[應]即配合', '機長或飛機所屬運輸業者', '', '', 'own subject')],
    27: [('shall', '之量計，[應]依', '', '', '', 'thing subject (量計); no measurer named in the article; 並…命名 under the same 應'), ('exception', '[除]兩端', '', '', '', '除…外 carves the end sections out of the 應乘以二 of the same sentence'), ('shall', '奇數之剖面積[應]乘以二', '', '', '', 'thing subject'), ('shall', '偶數之剖面積[應]乘以四', '', '', '', 'thing subject')],
    28: [('shall', '[應]留存', '^[政黨及全國性民政財團法人]', '', '', 'coordinated subject of the …後 clause')],
    29: [('shall_not', '[不得]超過', '', '', '', 'thing subject; lead-in 三等三角測量誤差界限如左 names no actor')],
    30: [('shall_not', '[不得]有', '', '', '專任電氣技術人員', 'hard/new: thing subject 陳述或報告; the technician is the topic / agent inside it -> carried; alternative bearer 專任電氣技術人員 (bearer_full 用電場所所置之專任電氣技術人員)')],
    31: [('may', '[得]分科', '秘書室', '', '', 'hard: the secretariat (organisational unit, subject of 掌理) may work in sections; alternative 本局')],
    32: [('shall', '[應]訂定', '', '', '證券投資信託事業或證券投資顧問事業', 'thing subject 內部控制制度; the …者 framing clause names the enterprises -> carried; 不得與受益人或客戶利益衝突 is inside the NP describing the required controls, not labelled')],
    33: [('shall_not', '[不得]小於', '', '', '', 'thing subject 面積; lead-in 室內遊戲空間之設施，應符合下列規定 names no actor; 獨立設置 no cue')],
    34: [('may', '[得]作為', '', '', '', 'thing subject 筒型熔線; 設計者 only confirms (condition); lead-in names no installer')],
    35: [('exception', '[除]特殊', '', '', '', '除…外 carves out of the 應 of the same sentence'), ('shall', '[應]維持', '', '', '', 'thing subject (places); no manufacturer named in the article')],
    36: [('shall', '[應]載明', '意願人', '', '', 'thing subject 意願書; agent of the embedded 由意願人簽署 of the same statement is the bearer')],
    37: [('shall', '[應]檢具', '^[廠商]', '', '', 'N[condition]者 keeps N'), ('shall', '[應]另檢附', '公司', '', '', 'subject of the …時 clause'), ('shall', '[應]加蓋', '檢附影本者', '', '', 'hard: headless agentive …者 after ； kept whole; alternative condition reading bearer empty, carried 公司')],
    38: [('shall', '[應]設置', '', '', '', 'thing subject; lead-ins (第一種販賣場所之位置、構造及設備; 其使用建築物之部分) name no actor')],
    39: [('shall', '[應]按日', '法官助理', '', '', '並於…送請…核閱 under the same 應'), ('may', '[得]隨時', '', '', '法官、審判長、院長', 'new sentence, no subject; the reviewers named in the sentence before are the ones who may call for the records')],
    40: [],
    41: [('shall', '[應]於', '', '', '', '委託人 is only the subject of the …時 condition (non-actor of 敘明); para 1 names no appraiser')],
    42: [('shall', '[須]訂立', '雇主', '', '', '並以定期契約為限 (以…為限 no cue); 亦同 no cue')],
    43: [('shall', '[應]具備', '督導人員', '保險業經營保險金信託業務之督導人員', '', '')],
    44: [('shall', '[應]於', '', '', '運作人', 'the …者 sorts the cases (quantities); lead-in 第一類至第三類毒性化學物質運作人設置專業技術管理人員…應符合下列規定 names the operator')],
    45: [('shall', '[應]遵循', '', '', '', 'lead-in (安全設計得使用憑證機制，相關要求如下) names no actor; 電子支付機構 only in para 1, two paragraphs up')],
    46: [],
    47: [('shall', '[應]請', '汽車修理業', '', '', '汽車所有人 is the one asked (patient)')],
    48: [('shall', '[應]先期', '委員及列席人員', '', '', 'N[condition]者 keeps N; coordinated')],
    49: [('shall', '[應]視', '境外臺校', '', '', 'subject of the …時 clause; 訂定… under the same 應')],
    50: [('exception', '[不在此限]', '', '', '', '但…不在此限 labelled even though 由服務機關負損害賠償責任 (no 應 / 義務) is not')],
    51: [('may', '[得]撤回', '中央商業主管機關', '', '', '開發人…者 is a condition (patient)')],
    52: [],
    53: [('may', '[得]依', '都更評選申訴會', '', '', '')],
    54: [('may', '[得]自行', '土地所有權人', '', '', '但…依其規定 has no cue; 禁止 inside 禁止或限制規定 (condition) not labelled')],
    55: [('shall', '[應]召開', '管理局', '', '', ''), ('may', '[得]通知', '管理局', '', '', '並得: a second statement, shared bearer')],
    56: [('shall', '[應]檢具', '', '', '外國人', 'thing subject 證明文件; para 1 (right before): the foreigner to be hired submits the documents')],
    57: [('shall_not', '[不得]有', '純網路保險公司', '', '', ''), ('shall_not', '[不得]透過', '純網路保險公司', '', '', '亦不得: second statement, shared bearer')],
    58: [('exception', '[除]厚度', '', '', '', '除…外 carves out of the 應實施 of the same sentence'), ('shall', '[應]實施', '', '', '', 'thing topic (熔接接頭 parts); no actor in the article'), ('shall', '[應]符合', '', '', '', 'thing subject 試驗結果')],
    59: [('shall', '[應]予', '期貨商', '', '', 'subject of the …後 clause')],
    60: [('shall', '[應]於', '', '', '', 'thing subject 年終考核 (契約進用人員 is the patient); para 1, no evaluator named (only in later paragraphs)')],
    61: [('shall', '[應]遵照', '專賣機關、菸酒零售商', '', '', 'coordinated subject kept whole'), ('shall_not', '[不得]變更', '專賣機關、菸酒零售商', '', '', 'second cue of the same sentence, shared bearer')],
    62: [('shall', '[應]視', '學校', '', '', '')],
    63: [],
    64: [('shall', '[應]由', '應由[前任]詳加', '', '', 'agent after 應由'), ('may', '[得]要求', '主辦會計人員', '', '', 'subject of the sentence (主辦會計人員於接收時…); 仍由前任負責 no cue')],
    65: [('may', '[得]改由', '少年法院', '', '', 'hard: 得改由X接續執行 = the court may reassign; the court is the subject, X only executes')],
    66: [('may', '[得]以', '', '', '', 'item of 交貨時間 rules; lead-in (第一項第一款之交貨時間，依下列規定認定之) names no actor; the …者 is a condition')],
    67: [],
    68: [('shall', '[應]於期滿', '^[申請許可證、登記文件或核可文件展延者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 檢具…向…為之 under the same 應')],
    69: [('shall', '文件[應]以', '', '', '法醫師', 'thing subject 前項文件; para 1 (right before) names 法醫師 as the applicant'), ('shall', '後[應]發給', '[法務部]收受後', '', '', 'subject of the …後 clause; 法務部 at its occurrence before the cue'), ('may', '法務部[得]定', '法務部', '', '', 'after ；, own subject; 而得補正者 is a condition (not labelled)')],
    70: [('may', '[得]於投票日', '', '', '', 'thing subject 答辯書 (…逾期到達者 condition); the publishing 主管行政機關 is named only in Art. 62 (another article) -> not carried; 但…於三十日內為之 no cue')],
    71: [('shall', '[應]按照', '', '', '', '錄取人員 are the patient (appointed and graded); no appointing authority in the article; 分別…任用或擢升 no cue')],
    72: [('shall', '[應]敘明', '申請人', '', '', '前項文件以影本檢附者 condition; 並簽章 under the same 應'), ('may', '[得]要求', '度量衡專責機關', '', '', 'own subject')],
    73: [('may', '[得]暫停', '', '', '中央主管機關', 'after ；, 情節重大者 condition; the authority named in the clause before (由中央主管機關處…罰鍰, no cue)'), ('shall_not', '[不得]再', '經終止委託或廢止認證者', '', '', 'headless agentive …者 phrase naming the barred entities, kept whole; 一年內 adverbial')],
    74: [('shall', '[應]合於', '', '', '', 'thing subject 資格及條件 (of 承租人或承受人, who are not the actors); the lessor (purchaser of the land) is not named; 除依有關法令規定辦理外 is additive, not labelled')],
    75: [('may', '[得]視', '本院', '', '', '但…得 without 不在此限 is a may; first sentence (準照…填於…) no cue')],
    76: [('shall', '[應]於二日', '保險業', '', '', '並主動公開說明 under the same 應')],
    77: [('may', '[得]請', '衛生福利部', '', '', '（以下簡稱本部） not part of the bearer; 就…按月逕匯款 under the same 得')],
    78: [('shall', '[應]依', '各主管機關', '', '', '；並根據…編製概算 has no new cue: under the same 應')],
    79: [('shall', '[應]依', '保險對象', '', '', 'N[condition]者 keeps N'), ('may', '[得]於', '投保單位或被保險人', '', '', 'new sentence, own subject; topic 其重複繳納之保險費'), ('shall_not', '[不予]受理', '', '', '保險人', '逾期 condition; the receiving 保險人 named in the clause before')],
    80: [],
    81: [('shall', '[應]配置', '救護隊或消防分隊', '前條救護隊或消防分隊', '', 'organisational unit as actor (alternative: the fire authority, not named); 每隊 distributive; 前條 determiner -> bearer_full'), ('shall_not', '[不得]少於', '', '', '救護隊或消防分隊', 'topic 專職人員 (their number); the squad named in the clause before')],
    82: [('shall', '[應]向', '被告', '', '', 'N[condition]者 keeps N (被告…不服其決定者)')],
    83: [('exception', '[不適用]', '', '', '', 'the derived business acts are excluded; no bearer')],
    84: [],
    85: [('may', '[得]為', '行政法院', '', '', 'second clause …亦同 not labelled')],
    86: [('shall', '[應]繳還', '由[中央主管機關]撥交', '', '', "hard/new: thing subject 回饋費 (the zone, an area, is only its topic); the embedded 並由中央主管機關撥交… clause under the same 應 gives the written bearer (fresh64 b convention); alternative bearer '' (the repaying 公所 are named only in the items)")],
    87: [('may', '[得]停止', '航政機關', '', '', '違反…者 condition')],
    88: [('exception', '[除]依審查', '', '', '', '除…外 carves out of the 不得 of the same sentence'), ('shall_not', '[不得]再', '', '', '申請人', 'thing subject 修正稿; the applicant (agent of 申請續審) is named in para 3 right before and para 1'), ('may', '[得]不予', '審定機關', '', '', 'new: 得不予受理 = one may at 得 (not a separate shall_not at 不予); 逾此範圍者 condition')],
    89: [('shall', '[應]包括', '', '', '發行機構', 'thing subject 本計畫; para 2 (right before) names 發行機構 as the planner'), ('shall', '並[應]定期', '', '', '發行機構', '應…並應: second statement, same thing subject')],
    90: [('shall', '[應]清結', '公共需要機關', '', '', '車輛…於解調時 is a condition on a thing')],
    91: [('may', '[得]以', '主管機關', '', '', '如有剩餘者 condition')],
    92: [('shall', '[應]檢具', '電子支付機構', '', '', 'subject of the framing clause')],
    93: [('shall', '[應]提具', '申請人', '', '', '')],
    94: [('shall', '[應]填具', '', '', '測繪業', 'thing subject (登記證遺失或毀損者 = condition on the certificate); the compound noun 測繪業登記證 names its holder -> carried')],
    95: [('may', '[得]依', '', '', '學生及幼兒原安置場所或就讀學校及幼兒園', 'after ；, thing subject 轉銜服務資料; para 1 (right before) names the schools that fill in the data; the students / guardians are beneficiaries')],
    96: [('shall', '[應]填具', '業餘電臺所屬者', '', '', 'subject of the …時 clause; 向主管機關申請異動 under the same 應'), ('may', '[始得]使用', '業餘電臺所屬者', '', '', '應…始得: two statements, shared written bearer')],
    97: [('shall', '[應]於前三項', '稅捐稽徵機關', '', '', ''), ('shall', '[應]於該函復', '申請人', '', '', 'new sentence, own subject (申請人並應)')],
    98: [('may', '[得]訂定', '直轄市或縣（市）主管機關', '', '', '或輔導業者訂定… under the same 得')],
    99: [('shall', '[應]依', '', '', '', 'thing subject 學歷; 申請人 is only the holder, not the one who recognises; the recognising 中央主管機關 appears only in para 3 (after) -> not carried')],
    100: [('may', '[得]成立', '中央主管機關', '', '', '')],
    101: [('shall', '[應]委託', '之[營利事業]，其', '在一定範圍內之營利事業', '', "hard: left-dislocated actor topic resumed by 其 (its filing) taken as bearer; alternative bearer '' carried 營利事業; 其辦法由財政部定之 no cue")],
    102: [],
    103: [('shall', '[應]取得', '廠商', '販賣再生列管化學物質之廠商', '', '第二類販賣許可證： is a heading, not a subject; restrictive 之-modifier -> bearer_full')],
    104: [],
    105: [],
    106: [],
    107: [],
    108: [('shall_not', '[不得]聘僱', '運作人', '', '', '依前項規定申請核定設置 framing; 取得 inside the object NP is a false friend')],
    109: [],
    110: [],
    111: [],
    112: [('exception', '[除]稽徵機關', '', '', '', '除…外 carves out of the 應按 statement of the same sentence; the 應以該價格計算 inside 除…外 is not labelled'), ('shall', '外，[應]按', '', '', '稽徵機關', 'hard: 個人…未依法申報…者 is the condition and the non-actor (its income is computed); the computing 稽徵機關 named in the same provision -> carried; second sentence after ； (以…計算其收入) no cue')],
    113: [('shall', '[應]考量', '', '', '', 'hard: item of a definition list (所稱適當時間，指下列情形) that writes its own operator -> labelled; verbal topic 轉播藝文活動; lead-in names no actor'), ('shall', '[應]於表演', '', '', '', 'thing subject 插播廣告; no actor named')],
    114: [('shall', '[應]將', '開發單位', '', '', '大眾捷運系統，如採…開發 topic/condition; 並因應…預留空間 under the same 應 (因應 false friend)')],
    115: [('may', '[得]向', '凡[合於左列各款之一者]', '', '', 'headless agentive …者 phrase kept whole, 凡 dropped; 供應人 false friend')],
    116: [],
    117: [],
    118: [('shall', '[應]付懲戒', '', '', '', 'hard/new: 應付懲戒 = 應 + 付懲戒 (cf. 得付懲戒 in para 3), not the false friend 應付; 民間之公證人 is the patient; the referring body is not named in the paragraph')],
    119: [],
    120: [('shall_not', '[不予]認定', '', '', '', '執行業務者 is the patient; the recognising tax authority is not named; lead-in 折舊： names no actor; 以…為限 no cue'), ('shall', '[應]以', '', '', '執行業務者', "hard: new sentence, thing subject 計算 (of the car's gain/loss); the owner 執行業務者 named in the sentence before computes it in the return; alternative carried '' (tax authority)")],
}
