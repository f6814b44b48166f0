# fresh60: seed 4930001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind late in session 45 (2026-12-06) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o60: reader a, provisions 1-60 of the sample seed 4930001 (numbered 1-60 here), from /work/eval/s45/o60/a/to_label-a.tsv,
# labelled 2026-12-06 (session 45, late).
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
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / 應…且…不得…並應 /
#   得…並得 are separate statements; 應…始得 is two statements (shall, may); after ； or in a new sentence a clause
#   without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (應予復職, 應即予解任),
#   gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of
#   a framing clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly
#   names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (also
#   有下列…情形之一者 naming the persons barred, as fresh51-b); determiners (其) and restrictive 之-modifiers go to
#   bearer_full (a 之-modifier inside a coordination is kept in the bearer); the subject of a …時 clause or of a
#   framing clause is the bearer when the main clause has none (unless it is only a non-actor of the main act);
#   the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 that only adds (除前款規定外，得使用…) is additive; 除…外 carving out of a
#   clause without a cue (除另有規定外，照發…) is not labelled.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement (also an item
#   under 但下列情形，不在此限); a modal 應 inside a parenthetical of a list item ((應加蓋…章)) is labelled.
# New conventions decided here:
# - 所稱X，應以Y為準 (a computation rule with its own modal 應, in a sentence after a condition item) is a shall
#   with bearer ''.
# - 得列第N職等 in an organisation statute (grading permission) is a may with bearer '' (the staff are patients).
# - a fishing vessel that acts (鮪延繩釣漁船 應即拋入海中) is an actor, like a regulated place.
# - 凡 (quantifier) before a headless …者 bearer is dropped, like an adverb.
# - …均須 covering two preceding subjects of the same sentence has no single written bearer: bearer '', carried
#   from the lead-in.
# - not labelled: attributive 應X之 / 得X之 / 應X金額 inside NPs (應載明之營業項目, 得請求分配之退休金數額,
#   應領一次退休金, 應要求之事項, 應扣除金額, 應納稅賦, 得申請不課徵土地增值稅之土地, 得為利用之情形,
#   期貨經紀商得代為沖銷交易之條件 as a contract content item), cues inside …者 conditions (須經其他機關許可者,
#   需作特定目的外利用者), 予以, 免, 亦同, 由…兼任; false friends 獲得, 取得, 應徵 (apply for a job), 供應.
# o60: reader b, provisions 61-120 of the sample seed 4930001 (numbered 1-60 here), from /work/eval/s45/o60/b/to_label-b.tsv,
# labelled 2026-12-06 (session 45, late).
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
#   應…並應 / 得…並應 / 得…並得 are two statements; 應…始得 is two statements (shall, may); after ； or in a new
#   sentence a clause without a subject gets bearer '' and `carried` from the clause before (or from the actor the
#   provision itself names for it).
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (應…課徵綜合所得稅 of the
#   taxpayer), gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP), its
#   list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the bearer
#   when the main clause has none; the agent after 應由 / 由X處…，並得 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases (有收取必要成本費用者),
#   is a condition: bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception (also when the main clause has no cue); …不適用… is an exception (cue 不適用);
#   除…外 carving out of a statement of the same sentence is an exception (cue 除); 但…得 / 但…應 without
#   不在此限 are a may / a shall; penalty 得併科 is a may without bearer (court not named).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# New conventions decided here:
# - 須不 (須不呈任何反應) is read like 應不: one shall_not, cue 須不 at the 須.
# - 應視為 in an operating rule (號誌…應視為…最大限制之號誌) is a shall (an instruction to treat the signal so).
# - 本所得 = 本所 + 得 (may), not the false friend 所得.
# - a time limit 至遲不得超過… right after 應即通報 is its own shall_not sharing the written bearer.
# - not labelled: attributive 應X之 / 得X事項 / 應X事項 inside NPs (得公開事項, 應注意等事項, 應負擔之費用,
#   應納款項, 應納之所得稅, 應分配額, 應經途中), cues inside …者 conditions (應繳貨款…者, 應行繳納罰鍰者,
#   應變更…者), 應設置 inside a relative clause naming the bearer (指定公告應設置…之公私場所), 始予, 由…定之,
#   由X負擔 / 由X扣繳 / 由X供應 (no cue), 亦同, 視為 without 應; false friends 所得, 取得, 獲得, 應繼分, 應變,
#   因應, 供應, 心得, 納稅義務人.
LABELS = {
    1: [('may', '[得]免標示', '', '', '', 'item under 但下列情形，不在此限 writing its own 得; thing subject 設備, actor not named')],
    2: [('may', '二人至四人，[得]列', '', '', '', '得列第十職等: grading permission; staff are patients, appointing authority not named'), ('may', '六人至八人，[得]列', '', '', '', 'as the first 得列')],
    3: [('shall', '[應]以最近', '', '', '', 'hard: 所稱合理營建利潤，應以…為準 in a condition item; labelled as a computation rule with modal 應, no actor clearly named')],
    4: [('shall_not', '[不得]有', '', '', '運輸業', 'thing subject (所填報之…文件); 運輸業 is the subject of the framing clause / possessor 其')],
    5: [('shall', '[應]事先', '自來水事業', '', '', '')],
    6: [],
    7: [],
    8: [('may', '[得]由', '上級軍事審判機關', '其上級軍事審判機關', '', 'agent after 得由; 其 to bearer_full')],
    9: [('shall', '[應]會同', '主管機關', '', '', 'subject of the …時 clause')],
    10: [('shall', '[應]出示', '檢查及資料蒐集人員', '其檢查及資料蒐集人員', '', '')],
    11: [('shall_not', '[不得]有', '雇主', '', '', 'subject of the …時 clause; 應徵 = apply for a job (false friend)')],
    12: [],
    13: [('shall', '[應]符合', '租屋服務事業', '依本法第五十二條第二項規定認定之租屋服務事業', '', '')],
    14: [('shall', '[應]即依法', '財團', '', '', 'N[condition]者 keeps N; 應即 one cue')],
    15: [],
    16: [('shall', '[應]向', '', '', '', 'no subject written (申請土地複丈 framing clause); applicant not named'), ('shall', '所[應]掣給', '地政事務所', '', '', '')],
    17: [('shall', '[應]於停業前五日', '當舖業', '', '', ''), ('shall_not', '[不得]計收', '當舖業', '', '', 'same sentence, shares the written bearer'), ('shall', '並[應]按', '當舖業', '', '', '')],
    18: [('shall', '[應]由', '收件人或其指定之人員', '', '', 'agent after 應由, coordination kept whole')],
    19: [],
    20: [('shall', '[應]依', '', '', '申請藥商登記者', '應載明之 attributive, not labelled; thing subject (種類及營業項目), possessor 其 = 申請藥商登記者')],
    21: [('may', '[得]考量', '', '', '運安會', 'hard: …後 clause is passive 經X評估, the team only evaluates; the one who seeks foreign help is 運安會 (possessor in the NP), carried')],
    22: [('may', '[得]向', '信託公司', '', '', '')],
    23: [],
    24: [],
    25: [('shall', '[應]按日', '', '', '', 'topic 曠職; the employing union is not named; 除另有規定外 carves from 照發 (no cue), not labelled; 予以解聘 not labelled')],
    26: [('shall', '[應]於', '水土保持義務人', '', '', '並申報開工 governed by the same 應')],
    27: [('shall', '[應]加蓋', '', '', '各校', 'modal 應 inside a parenthetical of a list item; lead-in 各校申請聘僱…應檢具下列資料'), ('shall', '契約書[應]載明', '', '', '各校', 'thing subject 聘僱契約書; the school submits it (lead-in)')],
    28: [('may', '[得]向', '符合下列條件之一者', '', '', 'headless agentive …者 phrase kept whole; 凡 dropped')],
    29: [('shall', '[應]有會議', '', '', '', 'hard: quorum rule; 審查會議 is the thing convened, not an actor'), ('may', '[始得]召開', '', '', '', '應…始得 two statements'), ('shall', '決議[應]有', '', '', '', 'thing subject 會議之決議')],
    30: [('shall', '[應]會同', '園管局', '', '', '須經…許可者 is a condition, not labelled')],
    31: [('shall', '[應]檢視', '', '', '當舖業', 'thing topic 個人資料 with agent 當舖業 inside; 需 inside the …者 condition and 得為利用之情形 not labelled')],
    32: [('shall', '[應]注意', '', '', '集管團體', '當事人 is the subject of the framing clause but not the actor of 注意; lead-in 集管團體應就下列…訂定具體程序')],
    33: [('shall', '[應]有防水', '', '', '', 'thing subject'), ('shall', '管身[應]', '', '', '', 'thing subject'), ('shall', '並[應]加設', '', '', '', 'thing subject')],
    34: [('shall', '[應]於', '', '', '各基金', 'thing topic 項目; lead-in 各基金應依下列規定')],
    35: [('shall', '[應]依', '', '', '', 'thing subject (堆高機)')],
    36: [('shall_not', '[不得]代替', '維修員', '', '', '')],
    37: [('shall', '[應]自行', '試驗委託者', '', '', '')],
    38: [],
    39: [('shall_not', '[不得]聘任', '有下列各款情形之一者', '', '', 'hard: persons barred kept whole (fresh51-b), though they are patients of 聘任 (the court is not named)'), ('shall', '[應]即予解任', '', '', '', '其已聘任者 is the patient of 解任; court not named')],
    40: [('shall', '[應]自行負擔', '', '', '發信網路所屬經營者', 'thing topic 成本; agent 經營者 inside the topic NP')],
    41: [('shall', '[應]即辦理', '地區支付處或出納部門', '', '', ''), ('shall', '並[應]通知', '出納部門', '', '', ''), ('shall_not', '[不得]超過', '', '', '出納部門', '為期 (the period) is the clause subject')],
    42: [('may', '[得]使用', '', '', '', '除前款規定外 is additive (besides item 1 materials, RC may also be used), not an exception; thing topic 構造'), ('shall', '[應]在', '', '', '', 'thing subject 高度')],
    43: [('may', '[得]請分娩假', '本人', '', '', 'subject of the framing clause 本人分娩'), ('may', '[得]請假四星期', '流產者', '', '', 'headless …者 kept whole'), ('shall', '均[須]繳', '', '', '會務工作人員', 'hard: 均須 covers both cases; no single written bearer, carried from the lead-in')],
    44: [('may', '[得]通知', '驗證機構', '', '', ''), ('shall_not', '[不予]受理', '驗證機構', '', '', 'same sentence, shares the written bearer')],
    45: [('shall', '[應]每年', '理事會', '', '', 'one 應 governing the following clauses')],
    46: [('may', '[得]就讀', '學生', '其已招收之學生', '', '')],
    47: [('may', '，[得]依', '受理訴願機關', '', '', ''), ('may', '並[得]通知', '受理訴願機關', '', '', '得…並得 two statements')],
    48: [],
    49: [('shall', '[應]將', '', '', '', 'no subject; framing clause 製造或輸入動物用藥品 has none'), ('may', '[始得]製造', '', '', '', '應…始得 two statements')],
    50: [('shall', '[應]於', '', '', '申請核准籌設觀光旅館業者', 'the …時 clause subject is a thing (登記事項); actor carried from the paragraph before')],
    51: [('may', '[得]重行', '中央主管機關', '', '', '')],
    52: [('may', '[得]選送', '省（市）主管機關', '', '', '')],
    53: [('shall', '[應]依', '期貨結算機構', '', '', '')],
    54: [],
    55: [('shall', '[應]設置', '中央政府', '', '', '')],
    56: [('shall', '[應]繳還', '', '', '合格廠商', 'thing subject; actor from the paragraph before (受捐（補）助之合格廠商)')],
    57: [('shall', '[應]即', '鮪延繩釣漁船', '', '', 'vessel as regulated actor; 並將…填報 governed by 應'), ('shall_not', '[不得]持有', '鮪延繩釣漁船', '', '', '')],
    58: [('shall', '[應]以徵信', '', '', '', 'thing topic 審議; the committee is named only in paragraph 1, not the paragraph right before'), ('shall', '並[應]以', '', '', '', '應…並應 two statements')],
    59: [('shall', '[應]予復職', '', '', '', 'the officer is the patient; reinstating authority not named')],
    60: [('shall', '[應]先', '出口人', '', '', '')],
    61: [('may', '並[得]限期', '電業管制機關或中央主管機關', '', '', 'agent after 由 of the penalty clause, shared by 並得'), ('may', '，[得]按次', '', '', '電業管制機關或中央主管機關', 'after ； no subject')],
    62: [('shall', '[應]以電動機', '', '', '', 'thing subject (二次電路); lead-in names no actor')],
    63: [('shall', '[應]即通報', '^[醫事人員、社會工作人員、教育人員、保育人員、移民管理人員、移民業務機構從業人員、戶政人員、村里幹事、警察人員、司法人員、觀光業從業人員、電子遊戲場業從業人員、資訊休閒業從業人員、就業服務人員、公寓大廈管理服務人員及其他執行兒童福利或少年福利業務人員]', '', '', 'coordination kept whole'), ('shall_not', '至遲[不得]超過', '^[醫事人員、社會工作人員、教育人員、保育人員、移民管理人員、移民業務機構從業人員、戶政人員、村里幹事、警察人員、司法人員、觀光業從業人員、電子遊戲場業從業人員、資訊休閒業從業人員、就業服務人員、公寓大廈管理服務人員及其他執行兒童福利或少年福利業務人員]', '', '', 'hard: time limit of the report; second cue of the same sentence, no own subject, shares the bearer')],
    64: [('shall', '[應]具備', '', '', '', 'no actor written (鑽井…時 has no subject); operator not named')],
    65: [('shall', '[應]告知', '', '', '交友服務業', '有收取必要成本費用者 only sorts the cases: condition, actor from the lead-in')],
    66: [('may', '[得]採', '', '', '學校', 'thing topic 其收支 (possessor 其 = 學校, subject of the …時 clause)'), ('shall', '並[應]妥為', '學校', '', '', "hard: 得…並應 two statements; 管理會計帳冊 is not the 收支's act, so the …時 subject 學校 is the bearer")],
    67: [],
    68: [('shall', '[應]提供', '', '', '看守所', 'list item, actor from lead-in')],
    69: [('may', '[得]商請', '父母或監護人', '', '', '')],
    70: [('shall', '[應]記載', '', '', '', 'thing subject (濕地影響說明書); the preparer is named only in the paragraph after')],
    71: [('shall', '[應]於送件', '單位', '', '', 'hard: subject of the …時 clause; 並註明 governed by the same 應; lead-in actor is 單位收發人員 (alternative carried)')],
    72: [],
    73: [('may', '[得]申請', '部分繼承人', '', '', 'hard: subject of the 經…後 clause; could be 繼承人 (subject of the …時 clause)'), ('shall_not', '[不得]辦理', '', '', '繼承人', 'after ； thing topic (不動產); actor the heirs named in this provision')],
    74: [('may', '[得]分期', '', '', '臺灣省及台北市各信用合作社、臺灣省政府及台北市府、臺灣省合作金庫', 'new sentence, thing topic 基金; the funders are named in the sentence before')],
    75: [],
    76: [('may', '[得]不計入', '', '', '', 'hard: 但…得 without 不在此限 inside a list item of trigger circumstances; labelled as a may (counting rule), thing subject')],
    77: [('shall_not', '[不得]小於', '', '', '', 'thing subject')],
    78: [],
    79: [('shall', '[應]視為', '', '', '', 'hard: 應視為 in an operating rule read as a shall (treat the signal as most restrictive); actor (crew) not named')],
    80: [('shall', '[應]常注意', '', '', '各單位', 'thing topic 財物; agent 各單位 inside the topic NP')],
    81: [('exception', '[除]依前三款', '', '', '', 'hard: 除…外 read as carving out the cases chosen under items 1-3 (no 並/亦, so not additive)'), ('may', '[得]依表', '', '', '', 'thing subject (管徑選用); lead-in names no actor')],
    82: [('may', '[得]併科', '', '', '', 'penalty 得併科: court not named')],
    83: [('shall', '[應]依下列', '化粧品製造業者', '', '', '')],
    84: [('shall', '[應]按每件次', '運用機關', '', '', '')],
    85: [('shall', '[應]包括', '', '', '中央主管機關', 'thing subject (補助計畫); paragraph before: 中央主管機關 擬具年度補助計畫; 應注意等事項 attributive')],
    86: [('shall', '[應]檢具', '農業金庫', '', '', 'one 應 governs 檢具…提出申請')],
    87: [],
    88: [('shall_not', '[須不]呈', '', '', '', 'hard: test criterion 須不呈 read like 應不 (shall_not); test animals are not bearers')],
    89: [('may', '[得]視實際', '', '', '', 'the post office is the patient of 設置; the actor (國防部與交通部) is named only in the paragraph after')],
    90: [('shall', '，[應]由申請人', '申請人', '', '', 'agent after 應由'), ('shall', '主管機關[應]發給', '主管機關', '', '', '')],
    91: [('may', '[得]依規定', '', '', '', '但…得; payer not named, 委員 only beneficiaries')],
    92: [('may', '[得]投資', '', '', '財團法人', 'topic 財團法人財產之運用 (thing); possessor 財團法人 inside the topic NP')],
    93: [('may', '[得]將閃光燈', '駕駛員', '', '', '')],
    94: [('shall', '[應]設置', '', '', '', 'hard: 下列場所 read as the premises to be equipped (thing), not an acting place')],
    95: [('shall', '[應]填具', '電子遊戲場業', '', '', 'one 應 governs 填具…檢附…申請'), ('may', '[始得]營業', '電子遊戲場業', '', '', '應…始得 two statements')],
    96: [('shall', '[應]就', '行政院主計處', '', '', 'one 應 governs the chain up to 並將…提報')],
    97: [('may', '[得]在外交部', '', '', '', 'thing subject (專費電); the missions are not named in this article')],
    98: [('may', '[得]依不經濟', '主管機關', '', '', ''), ('shall', '[應]將其', '既有經營者或其他第一類電信事業', '', '', '')],
    99: [('shall', '[應]於勞務', '經營者', '', '', ''), ('shall_not', '實支實付[不得]低於', '', '', '經營者', 'after ； thing subject (醫療險)'), ('shall_not', '保險金額[不得]低於', '', '', '經營者', 'thing subject')],
    100: [('shall', '[應]依「', '', '', '各非營業基金', 'thing subject (派員出國計畫); actor from the lead-in')],
    101: [],
    102: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 labelled although the main clause (責任…解除) has no cue')],
    103: [('shall', '[應]隨時', '', '', '指導員', 'actor from the article lead-in')],
    104: [],
    105: [],
    106: [],
    107: [],
    108: [('shall', '，[應]共同', '事業', '前項併購、合併或整併後之事業', '', '應共同申請並擇一代表提出: one statement'), ('shall', '者，[應]依', '未開立額度帳戶者', '', '', 'hard: after ； a headless …者 subject kept whole (could be read as a condition on 事業)')],
    109: [],
    110: [('exception', '[不適用]', '', '', '', '…不適用… is an exception; 由…扣繳義務人…扣繳 has no cue'), ('shall', '者，[應]依', '', '', '', 'hard: 但…應; 大陸地區人民 is only the taxpayer (patient of 課徵); levying authority not named')],
    111: [('shall', '[應]考慮', '', '', '', 'thing subject (接線盒); lead-in names no actor')],
    112: [('may', '[得]合併', '', '', '', '但…得, thing subject; 所應負擔之費用 attributive')],
    113: [],
    114: [('may', '[得]將該車輛', '警察機關', '', '', ''), ('shall', '者，[應]於', '', '', '警察機關', '但…應; 其應行繳納罰鍰者 is a condition; actor of 扣繳 is 警察機關')],
    115: [('shall', '[應]檢附', '', '', '目的事業主管機關、公營事業機構或公法人', 'hard: topic 結果…者 is a thing; agent inside the topic NP carried (applicant not named)')],
    116: [],
    117: [('exception', '[除]有正當理由', '', '', '', '除…外 carves out of the shall'), ('shall', '[應]於取得', '系統經營者', '', '', '')],
    118: [('may', '本所[得]隨時', '^[本所]', '', '', '本所得 = 本所 + 得, not 所得')],
    119: [],
    120: [('shall', '，[應]擬訂', '公私場所', '經中央主管機關指定公告應設置空氣污染防制專責單位或人員之公私場所', '', '應設置 inside the relative clause not labelled; 報請…核定後切實執行 governed by the same 應')],
}
