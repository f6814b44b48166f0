# fresh59: seed 4810001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind at the start of session 45 (2026-12-06) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o59: reader a, provisions 1-60 of the sample seed 4810001 (numbered 1-60 here), from /work/eval/s45/o59/a/to_label-a.tsv, labelled 2026-12-06 (session 45, start)
# Written by reading each provision's text (plus its list lead-in / whole article via `s45start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of
# fresh51-labels.py, fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X / 再由X / 並由X clause) is one
#   statement; 應…並應 / 應…並不得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new
#   sentence a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (受刑人 報請假釋, 執業者 積分
#   得以二點計, 縣長或副議長 去職 → 補選), gives bearer ''; `carried` when this provision (also an agent or possessor
#   inside the topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (免經職前研習者,
#   持有下列相關許可放行文件者); determiners (其, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the
#   subject of a …時/…後 clause is the bearer when the main clause has none (unless it is only a non-actor of the main
#   act); the agent after 應由 / 須由 is the bearer.
# - a …者 phrase after ； that only sorts the cases (其受停業之處分者, 其無法播放…者, 委託代理人辦理者) is a condition:
#   bearer '' and carried from the clause / paragraph before.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (also 除數字外，
#   應以中文製作 and 除…外，不予廢止); but…得 without 不在此限 (但認有羈押之必要者，得予逮捕) is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - new here: a …者 phrase that is a verb-phrase with a real agent noun as head (依…規定申請者) gets bearer 申請者 and the
#   whole phrase as bearer_full; 方准 (期滿後方准復業) is not a guide cue (准 not labelled, as fresh52/53), only 始得 /
#   方得 are; 應急 (應急戰備階段) is a false friend; a fixed administrative name without 之 (省市政府所屬各機關、學校、
#   醫院, 發行股票公司, 機密檔案管理人員) is kept whole as bearer.
# - not labelled: attributive 應X之 / 應X事項 inside NPs (應繳之各項稅費, 應記載事項, 應辦輸出許可證貨品, 應辦理之業務,
#   主任應具備之資格條件準則), cues inside 除…外 (另有禁止規定), 予以, 準用, 亦同, 由…定之, 不包括, 准; false friends
#   應付 (應付所有總費用), 應用, 應急, 取得, 另得水源, 得應…考試 (應 = sit for; the 得 is labelled).
# o59: reader b, provisions 61-120 of the sample seed 4810001 (numbered 1-60 here), from /work/eval/s45/o59/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 45, start).
# Written by reading each provision's text (plus its list lead-in / whole article via `s45start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py,
# fresh52-labels.py and fresh53-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 應…，得… are two statements; 始得 is a may; after ； or in a new sentence a clause without a subject
#   gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時 clause is the bearer when the main
#   clause has none; the agent after 應由 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases (認無理由者,
#   已停止稽核作業者, 採用…者), is a condition: bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception; 除…外 whose main clause has no cue is not labelled; 但…應 / 但…得 without 不在此限 are
#   a shall / a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應檢附之相關文件, 當事人得處分之事項, 應提列準備金之餘額),
#   cues inside …者 conditions, list items that are conditions, 由…定之, 以…為限, 廢止/註銷 without a cue;
#   false friends 所得, 取得, 獲得, 得標, 供應, 支應, 因應, 應變, 反應, 應用, 應考人, 應徵 (= enlist), 必須 as
#   an adjective (非屬醫療所必須).
# New conventions decided here:
# - 得不適用 ("may be disapplied") is one exception at 不適用; the 得 is not labelled separately.
# - a deontic operator inside a definition item that grants the permission (…係指…者，求職人得…申請…) is labelled.
# - when coordinated bearers are interleaved with their conditions (承租人依第一項各款或其繼承人依前項…者), bearer is
#   the first head written, bearer_full names both heads.
LABELS = {
    1: [('may', '外，[得]對', '機關', '', '', ''), ('exception', '[除]我國', '', '', '', '除…另有禁止規定者外 carves out of the 得; 禁止 inside 除…外 not labelled')],
    2: [('shall_not', '[不得]', '', '', '', 'thing subject 車輛; actor (railway operator) not named')],
    3: [('may', '[得]命具保', '檢察官', '', '', ''), ('may', '[得]予逮捕', '', '', '檢察官', '但…得 without 不在此限 is a may; new sentence without subject; 並將…告知…聲請法院羈押之 governed by the same 得')],
    4: [('shall', '[應]依財務', '', '', '', 'thing subject (表達與揭露); lead-in names no actor; 係指 part is a definition')],
    5: [('may', '[得]依進口', '', '', '', 'thing subject (稅費); 應繳之 attributive, not labelled; payer not named')],
    6: [('shall_not', '[不得]', '學生', '專科以上進修補習學校之學生', '', '')],
    7: [('shall', '[應]明確', '', '', '企業經營者', 'thing subject (附加費用); carried from 企業經營者 named in the same provision (the seller who writes the contract) -- unsure'), ('shall_not', '[不得]', '', '', '企業經營者', 'second cue of the sentence (且不得), same thing subject; 亦同 not labelled')],
    8: [('shall', '[應]', '', '', '', '人員 is only the person whose seniority is counted (patient); the counting authority is not named')],
    9: [('shall', '[應]', '法院', '', '', '')],
    10: [('may', '[得]以二點', '', '', '', 'subject is 積分 (thing); 執業者 is only the beneficiary of the counting -- hard case, could be read as bearer 執業者'), ('may', '[得]以一點五點', '', '', '', 'as above, after ；')],
    11: [('may', '[得]', '免經職前研習者', '', '', 'headless agentive …者 phrase kept whole')],
    12: [('shall', '[應]由', '非要保債權人', '', '', 'agent after 應由; the following 再由該公司辦理匯款 has no new cue, one statement')],
    13: [('shall', '[應]遠離', '', '', '雇主', 'thing subject (爆炸性物質); lead-in 雇主…應依下列規定辦理'), ('shall_not', '[不得]', '', '', '雇主', '應…並不得: two statements')],
    14: [('shall', '[應]予接地', '', '', '', '使用鋁質者 = (molds) made of aluminium, a thing condition; lead-in names no actor; the first clause has no cue of its own')],
    15: [('shall', '[應]', '衛生福利部食品藥物管理署', '', '', '')],
    16: [('shall', '[應]', '', '', '', 'thing subject (熱水溫度); 並經常監控水溫 governed by the same 應; lead-in names no actor')],
    17: [],
    18: [('shall', '[應]', '各級政府', '', '', '')],
    19: [('shall', '[應]', '申請者', '依本法第八條第一項、第十二條第一項、第十三條第一項、第十四條第二項及第十六條第二項規定申請者', '', '…申請者 with agent head 申請者: bearer 申請者, whole phrase as bearer_full (could also be kept whole as bearer)')],
    20: [('may', '[得]', '各機關（構）、學校', '', '', '')],
    21: [('shall', '[應]', '', '', '主管機關', 'thing subject (必要費用); item is a measure proposed by 主管機關 and executed by it per the lead-in -- carried unsure (審議會 also named)')],
    22: [('shall', '人[應]說明', '申請人', '', '', '說明並證實: one 應'), ('shall', '並[應]於', '申請人', '', '', '應…並應: two statements, shares the bearer')],
    23: [('shall', '[應]', '', '', '', 'topic subject (登記); the applicant is not named; first paragraph')],
    24: [('shall_not', '[不予]', '', '', '', 'actor 商標專責機關 is named only in paragraph 1, not the paragraph right before (para 2), so not carried'), ('exception', '[除]因知悉', '', '', '', '除…外 carves out of the 不予廢止')],
    25: [('may', '[得]', '現職薦任職未具薦任任用資格者', '', '', 'headless …者 phrase kept whole; 應 = sit for (the exam), false friend')],
    26: [],
    27: [('shall', '[應]', '', '', '', 'thing subject (文件、資料); paragraph before (前條申請，應填具…) names no actor'), ('exception', '[除]', '', '', '', '除數字外 carves out of the 應以中文製作'), ('may', '[得]', '', '', '', 'new clause 必要時得加註英文, no subject')],
    28: [('shall', '時，[應]', '護理人員', '', '', 'subject of the …時 clause'), ('shall', '者，[應]', '', '', '護理人員', 'after ；, 其受停業之處分者 only sorts the cases; 送由主管機關… embedded 由 clause, one statement; 方准復業 not a guide cue')],
    29: [('shall', '[應]', '律師', '', '', 'N[condition]者 keeps N')],
    30: [],
    31: [],
    32: [('shall', '[應]各置', '信用部及其分部', '', '', 'organisational unit that 置 a director, taken as actor -- unsure (the 農漁會 sets it up); 主任應具備之 attributive; 由…定之 not labelled')],
    33: [('shall', '[應]', '發行股票公司', '', '', '')],
    34: [('shall', '[應]', '省市政府所屬各機關、學校、醫院', '', '', 'fixed name without 之 kept whole (could split 各機關、學校、醫院 / bearer_full)')],
    35: [('may', '[得]停止', '主管機關', '', '', '另得水源: 得 = obtain, false friend')],
    36: [('shall', '[應]', '', '', '', 'thing subject (案件); applicant not named; 再由執行單位核撥 has no new cue, one statement')],
    37: [('shall', '[應]', '', '', '職業學校', 'no subject; lead-in 職業學校校舍，應符合下列規定 (possessor in topic NP)')],
    38: [('shall', '[應]', '', '', '縣參議員', '縣長或副議長 are those who left, not the electors; paragraph before: 由縣參議員…互選之')],
    39: [('shall', '[應]每種', '', '', '', 'topic subject (出口報單); declarant not named'), ('may', '[得]', '', '', '', 'after ；, thing subject (貨品); 應辦輸出許可證貨品 attributive, not labelled')],
    40: [],
    41: [('shall', '[應]', '', '', '', 'thing subject; 並與…具有同等之強度 governed by the same 應; lead-in names no actor')],
    42: [('may', '[得]', '持有下列相關許可放行文件者', '', '', 'headless agentive …者 phrase kept whole')],
    43: [('shall', '[應]', '警察機關', '', '', ''), ('shall_not', '[不予]', '', '', '警察機關', 'after ；, 其無法播放…者 refers to the case (thing)')],
    44: [('shall', '[應]', '', '', '經營者', 'topic 前項申請; paragraph before: 其經營者始得…申請')],
    45: [('shall', '[應]', '', '', '', 'thing subject (ship structures); no actor named')],
    46: [('shall', '[應]', '一般爆竹煙火製造或輸入者', '', '', 'headless agentive …者 phrase kept whole'), ('may', '[始得]', '一般爆竹煙火製造或輸入者', '', '', '應…，始得: two statements')],
    47: [('shall', '[應]', '', '', '財團法人', 'topic subject (工作計畫之訂定); 財團法人 named in the provision as the body whose purpose the plan serves -- carried unsure')],
    48: [('shall', '[須]由', '人員', '社會工作、特殊教育、復健諮商、心理諮商或醫事等相關系（所）畢業，並接受各級主管機關辦理之需求評估課程訓練取得證明之人員', '', 'agent after 須由')],
    49: [('shall', '[應]', '', '', '', 'thing subject (擋油堤); 並設有… governed by the same 應')],
    50: [],
    51: [('shall', '[應]由', '國防部或其授權單位', '', '', 'agent after 應由; 送請海關…審核決定 has no new cue')],
    52: [('shall', '[應]', '', '', '本事業', 'thing subject (政策及程序); 並將其書面化 governed by the same 應; lead-in 本事業…應依下列規定辦理')],
    53: [('shall', '[應]', '', '', '自然人', '委託代理人辦理者 only sorts the cases; paragraph before: 第二條第四款第三目自然人，申請…者')],
    54: [('may', '[得]', '商業法院', '', '', '')],
    55: [('shall', '[應]', '金融控股公司及銀行業', '', '', 'embedded 並由內部稽核單位覆核 without new cue: one statement')],
    56: [('shall', '路，[應]使用', '', '', '', 'thing subject (管路); lead-in 易燃液體…依下列規定 names no actor'), ('shall', '頭[應]使', '', '', '', 'new clause with its own thing subject (接頭)'), ('shall', '下[應]設', '', '', '', 'new clause with its own thing subject')],
    57: [('shall', '[應]', '', '', '', '受刑人 is only the patient (the prison reports for parole); prison not named')],
    58: [('shall', '[應]', '參加人', '', '', '應即 one cue; 並於客戶帳簿… governed by the same 應')],
    59: [('shall', '[應]', '機密檔案管理人員', '', '', 'subject of the …時 clause')],
    60: [('shall', '[應]', '戒護人', '', '', '')],
    61: [('shall', '，[應]由現役軍人', '現役軍人', '', '', 'agent after 應由'), ('may', '，[得]申請配偶', '中華民國一百年十二月三十一日以前已取得現役軍人身分者', '', '', 'headless agentive …者 phrase kept whole (hard: could be 現役軍人 / 已取得現役軍人身分者); 取得 is a false friend'), ('shall', '，[應]擇一個', '', '', '現役軍人', 'after ；, subject-less; 如其父母又籍設二處者 is a condition; carried the serviceman from the clauses before')],
    62: [('may', '[始得]領取', '經中央主管機關審核通過核發減量獎勵金者', '', '', 'headless …者 phrase, the only subject, kept whole (actor 公私場所 only in the law name)')],
    63: [('shall', '事前[應]簽報', '稅務人員', '', '', 'subject of the …時 clause'), ('shall', '時，[應]出示', '', '', '稅務人員', 'new sentence without subject')],
    64: [('shall', '機關[應]核發', '直轄市或縣 (市) 主管機關', '', '', '並於…發還之 is governed by the same 應')],
    65: [],
    66: [('shall', '電源[應]使用', '', '', '', 'thing subject (緊急電源); no actor named in the article'), ('shall', '[應]能使其持續動作三', '', '', '', 'thing subject (其容量)'), ('shall', '[應]能使其持續動作分', '', '', '', '但…應 without 不在此限 is a shall; thing subject')],
    67: [('may', '船長[得]依', '運送人或船長', '', '', '')],
    68: [('exception', '電路[除]利用實線外', '', '', '', 'hard: 除利用實線外，應盡量採用載波電路 read as carving physical lines out of the carrier duty (no 並/亦, not additive)'), ('shall', '，[應]盡量', '', '', '', 'thing subject (長途中繼電路); operator not named'), ('shall', '數量[應]配合', '', '', '', 'thing subject (其電路數量)')],
    69: [('shall', '，[應]要求', '', '', '本署', '認無理由者 is a condition; lead-in 本署收受前項書面後，應進行審核，依下列規定辦理'), ('may', '，[得]擇期', '', '', '本署', '已停止稽核作業者 is a condition; 並於十日前…通知 governed by the same 得')],
    70: [],
    71: [('may', '者，[得]依第二項', '大陸地區人民', '經許可進入臺灣地區之大陸地區人民', '', 'N[condition]者 keeps N')],
    72: [('may', '機關[得]撤銷', '中央主管機關', '', '', '並註銷 governed by the same 得')],
    73: [],
    74: [('shall', '，[應]於預計', '民用航空運輸業', '', '', ''), ('shall', '者，[應]另檢附', '申請非營利性飛航且載運非航空器上工作人員者', '', '', 'hard: headless agentive …者 phrase, only subject, kept whole (it is the same 民用航空運輸業)')],
    75: [('shall', '[應]由授課', '授課教授或其他適當人員', '', '', 'agent after 應由; 學生或團體參觀者 is the topic')],
    76: [('shall', '機關[應]於', '直轄市、縣（市）地政機關', '', '', '並將…副知 governed by the same 應')],
    77: [('exception', '得[不適用]', '', '', '', 'hard: 得不適用 taken as one exception; 得 not labelled separately')],
    78: [('shall', '，[應]核發', '法院或檢察官', '', '', ''), ('shall', '並[應]送達', '法院或檢察官', '', '', '應…並應: two statements')],
    79: [],
    80: [('shall', '原則[應]與', '', '', '', 'thing subject (引水壩（堰）); lead-in names no actor')],
    81: [('may', '，[得]申請調整', '煤氣事業', '', '', '應檢附之相關文件 attributive; 轉報 has no cue')],
    82: [('shall', '[應]在規定', '肥料業者', '', '', '')],
    83: [('shall', '三、[應]避免', '', '', '雇主', 'lead-in: 雇主對於勞工工作場所之採光照明，應依下列規定辦理')],
    84: [('may', '並[得]按年', '', '', '教師', 'topic 教師之年功加俸 (thing); possessor 教師 inside the topic NP carried (hard: teacher is beneficiary)')],
    85: [('shall', '結果，[應]提報', '', '', '分數轉換審議會議', 'thing subject (會議結果); the meeting named inside the topic NP carried (hard)')],
    86: [('shall', '機關[應]視', '所在地主管教育行政機關', '', '', '')],
    87: [('may', '，[得]命其', '行政法院', '', '', '')],
    88: [],
    89: [('shall', '時，[應]繳納', '期貨交易輔助人', '', '', 'subject of the …時 clause')],
    90: [('shall', '，[應]於投資契約', '', '', '', 'thing subject (作業之辦法); both contracting parties (主辦機關, 民間機構) in the paragraph before: no clear single actor')],
    91: [('shall', '者，[應]於終止', '承租人', '承租人…或其繼承人', '', 'hard: coordinated heads interleaved with their conditions (承租人依第一項各款或其繼承人依前項…者)')],
    92: [],
    93: [('shall', '機關[應]邀集', '監督機關', '', '', ''), ('shall_not', '[不得]少於', '', '', '監督機關', 'after ；, thing subject (人數)')],
    94: [('shall', '，[應]遵守', '受訓人員', '', '', '註銷其受訓資格 has no cue')],
    95: [('exception', '事項[不適用]之', '', '', '', '當事人得處分之事項 is attributive, not labelled')],
    96: [('may', '，[得]向主管機關', '', '', '事業', '但…得 without 不在此限 is a may; subject-less, actor 第一項所定事業 of the sentence before; 廢止 has no cue'), ('shall_not', '[不得]超過', '', '', '', 'thing subject (展延期限)')],
    97: [('shall', '，[應]依第十六條', '後備司令部', '', '', '分送…並將…撥交 governed by the same 應')],
    98: [('shall_not', '時，[不得]接受', '公證人', '', '', ''), ('shall_not', '且[不得]委由', '公證人', '', '', 'second cue of the same sentence shares the bearer')],
    99: [('shall', '，[應]經原核定', '其他機關', '', '', 'N[condition]者 keeps N')],
    100: [('shall_not', '[不得]以公證人', '學習公證人', '', '', '')],
    101: [('shall', '，[應]成立', '研究用核子反應器設施經營者', '', '', '由經營者擬訂，報請…核定 has no cue; 應變 / 反應 false friends')],
    102: [('shall', '，[應]包括', '', '', '', 'thing subject (緊急應變計畫); actor only in the previous article, not carried')],
    103: [],
    104: [],
    105: [],
    106: [],
    107: [],
    108: [('shall', '費用，[應]與', '', '', '系統經營者', 'topic 系統經營者之營業成本及各項費用 (thing); possessor carried; 獲得 false friend'), ('shall', '者，[應]依合理', '', '', '系統經營者', 'new sentence, condition clause, no subject')],
    109: [('shall', '，[應]依前條', '輸配電業', '', '', ''), ('exception', '[不在此限]', '', '', '', '因應 false friend')],
    110: [],
    111: [('shall', '，[應]考量', '專家學者', '', '', 'subject of the …時 clause')],
    112: [('shall', '，[應]取得', '申請者', '', '', '申請者為…原住民 names the applicant; 取得 is the verb, cue 應'), ('may', '，[得]申請優先', '申請者', '', '', 'second cue of the same sentence shares the bearer')],
    113: [],
    114: [],
    115: [('may', '[得]於申請', '公私場所', '', '', ''), ('shall', '至遲[應]於', '公私場所', '', '', 'second cue of the same sentence shares the bearer')],
    116: [],
    117: [],
    118: [('may', '求職人[得]檢附', '求職人', '', '', 'hard: permission written inside a definition item (係指…者，求職人得…申請); 獲得 false friend')],
    119: [('may', '，[得]報請', '鄉（鎮、市）、山地原住民區公所', '', '', '支應 false friend')],
    120: [('shall', '者[應]符合B1', '', '', '發行機構', '採用…者 sorts the cases (transactions); article lead-in 發行機構於交易面應確保…符合下列安全規定'), ('shall', '者[應]符合B3', '', '', '發行機構', 'as above; 應用於 false friend'), ('shall', '者[應]符合 B3', '', '', '發行機構', 'as above')],
}
