# fresh61: seed 5050001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind at the start of session 46 (2026-12-06) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o61: reader a, provisions 1-60 of the sample seed 5050001 (numbered 1-60 here), from /work/eval/s46/o61/a/to_label-a.tsv,
# labelled 2026-12-06 (session 46, start).
# Written by reading each provision's text (plus its list lead-in / whole article via `s46start -f ... 第N條`,
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
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (應予停止學習, 被告入所時，應檢查
#   其身體), gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP or a purpose
#   clause), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept
#   in the bearer); the subject of a …時/…後 clause is the bearer when the main clause has none (unless it is only a
#   non-actor of the main act); the agent after 應由/得由 is the bearer (also an embedded ，由X clause under 應).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除) and its inner 得 is not labelled; 但…得 / 但…應 without 不在此限 are a may / a
#   shall; 但…依其規定 (no cue) is not labelled; 應不予 is one shall_not at 應.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 inside NPs (前項應負連帶無限清償責任之負責人, 應遵守之相關事項, 所應備具之文書,
#   應扣繳之滯報費, 應經技審會審查之事項, 一次得請領…之給付基準), cues inside …者 conditions and in list items that are
#   trigger conditions (應提足未提足…), 不應 inside a cause NP (不應歸責於己之事由), 以…為限, 準用, 命, 予以, 始予 (not
#   始得), 免考, 由…執行/管轄 (no cue), a deontic verb that is only the content of another statement (通知有關機關禁止
#   其財產為移轉); false friends 應 = in response to (為應業務需要).
# New conventions decided here:
# - 應以…為原則 carries a cue (應) and is labelled as a shall; 以…為原則 without a cue stays unlabelled.
# - 應用 followed by an instrument (應用蒸氣…沖洗) is the modal 應 + 用, labelled (not the false friend 應用).
# - a trailing 等 after a coordinated list of actors is left out of bearer (罐頭食品業、冷凍食品業及餐盒食品業).
# - 得移由X處理: X is the recipient of the transfer, not the bearer; the transferring organ is carried.
# o61: reader b, provisions 61-120 of the sample seed 5050001 (numbered 1-60 here), from /work/eval/s46/o61/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-06 (session 46, start).
# Written by reading each provision's text (plus its list lead-in / whole article via `s46start -f ... 第N條`,
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
#   應…並應 / 應…且…應 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act (其人員應予解聘, 主任委員
#   應就…任用之), gives bearer ''; `carried` when this provision (also an agent or possessor inside the topic NP),
#   its list lead-in (also the article lead-in above a nested list) or the paragraph right before clearly names the
#   actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (also
#   有下列情形之一者 naming the persons barred); determiners (其他, 前條所定之, 第一項第二款至第七款, 前款第二目之) and
#   restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of a framing clause is
#   the bearer when the main clause has none (unless it is only a non-actor of the main act); the agent after 得由
#   is the bearer.
# - 但…不在此限 is an exception (also when the main clause has no cue, e.g. 限制…，但…不在此限); 除…外 carving out of a
#   statement of the same sentence is an exception (cue 除) and its inner cue is not labelled; 除…外 that only adds
#   or concedes (除依法調用…外，得聘僱; 除…由代操作營運機構派任外，…仍應負…之責) is not an exception; 但…得 / 但…不得
#   without 不在此限 are a may / a shall_not; 應予 is one shall at 應; 應負…之責 is one shall at 應.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X inside NPs (應檢附之文件, 應補充之身分證明文件, 應收酬金, 應備文件, 應檢附文件,
#   應出席人員), cues inside …者 conditions and inside 除…外, list items that are only conditions / qualifications,
#   由…定之 / 由…擔任 (no cue), 可, 限制 (no cue); false friends 所得, 取得, 得標, 得知, 應變, 應用, 應付款, 應聘,
#   應考 (sit for an exam), 供應, 須知, and 場所得視 (農業試驗改良場所 + 得, not 所得).
# New conventions decided here:
# - `carried` writes the actor as the lead-in / paragraph names it, restrictive modifier kept (負責裝設之人員).
# - a duty whose only written actor sits in another article (依前條令投票人退出時, actor named in 第36條) gets
#   carried '' (outside this provision, its lead-in and the paragraph right before).
# - a …者 phrase that states a result rather than an act (其申復結果為不通過者) is a condition, not a bearer.
LABELS = {
    1: [('shall', '場[應]指導', '各農場', '', '', '應 governs 指導… and 辦理左列事項: one statement')],
    2: [('shall_not', '，[應]不予', '審計機關', '', '', '應不予 = one shall_not at 應')],
    3: [('exception', '，[除]政府', '', '', '', '除…得併同審查外 carves out of the 應 statement; inner 得 not labelled'), ('shall', '件[應]俟', '', '', '', 'subject 其他申請許可案件 is a thing (patient of 受理); lead-in names no actor; 始予 not a cue')],
    4: [('shall', '材料[應]能', '', '', '', 'thing subject (材料); lead-in 附表十四「h」欄…規定如下 names no actor'), ('shall_not', '，[不得]供', '', '', '', 'thing subject (下列結構材料); cue outside the 「h」 quote')],
    5: [('shall', '，[應]提供', '專責圖書館', '', '', ''), ('may', '，[得]提供', '', '', '專責圖書館', 'after ；, topic 外借圖書資源 (thing); actor from the clause before')],
    6: [('may', '員[得]由', '外交部', '', '', '為應業務需要 = in response to (false friend); 得由X: agent 外交部; 並依…辦理 under the same 得; 其人員 is the patient')],
    7: [('may', '，[得]循', '', '', '', 'thing subject 本基金; the managing agency is not named')],
    8: [('shall', '，[應]由', '主計機關', '', '', '應由X會同Y核定: agent 主計機關; 但…依其規定 has no cue')],
    9: [('shall', '人[應]暫停', '駕駛人', '', '', ''), ('may', '，[始得]通過', '駕駛人', '', '', '應…，始得: two statements, shared bearer')],
    10: [('shall', '心[應]以', '', '', '', '該防災中心 is a thing (it is to be partitioned); lead-in names no actor; 以…為限 not labelled')],
    11: [('shall', '人[應]依', '發行人', '', '', ''), ('shall', '並[應]依', '發行人', '', '', '應…並應: two statements')],
    12: [('shall', '關[應]命', '直轄市、縣（市）主管機關', '', '', '屆期不拆除者，由…強制執行 has no cue')],
    13: [('shall', '，[應]予', '', '', '', '錄取人員 is only the patient of 停止學習; the acting authority is not named (hard)')],
    14: [('shall', '，[應]盡量', '', '', '', 'thing subject 水平標點')],
    15: [('shall', '，[應]在', '閱卷室承辦人員', '', '', '應 governs 簽名或蓋章，且將…登載…，妥善保管: one statement')],
    16: [('shall', '部[應]自行', '本部', '', '', '')],
    17: [('shall', '，[應]按', '', '', '', 'thing subject 有價證券; actor (prosecutor) not named')],
    18: [('may', '，[得]通知', '主管機關', '', '', '前項應負…責任之負責人 attributive, not labelled; 禁止 is only the content of the notice, not labelled'), ('may', '並[得]函請', '主管機關', '', '', '得…並得: two statements')],
    19: [('may', '後，[得]於', '普通高級中學', '設有國民中學部之普通高級中學', '', '')],
    20: [('shall', '時，[應]按', '', '', '', '但…應 without 不在此限 = shall; 被保險人或受益人 of the …時 clause are not the actors of 計算; 得請領 attributive (hard)')],
    21: [('shall', '，[應]由', '學生', '', '', '應由X: agent 學生; 免考 not labelled')],
    22: [('exception', '，[不在此限]', '', '', '', '')],
    23: [],
    24: [],
    25: [('shall', '廠[應]以', '中藥廠', '', '', '並包括下列事項 under the same 應')],
    26: [('shall', '，[應]依據', '支薪單位', '', '', 'topic 國軍人員薪餉; agent of the embedded 由支薪單位 clause taken as bearer (hard)'), ('shall', '，[應]辦理', '', '', '支薪單位', 'new sentence without subject; actor from the sentence before')],
    27: [('shall', '校[應]與', '本部主管學校', '', '', '本部主管學校 kept whole as a fixed name; one 應 over 合作, 辦理, 公告, 鼓勵')],
    28: [('shall', '時，[應]就', '地方政府', '', '', '符合前條規定之銀行 is a topic, not the bearer')],
    29: [],
    30: [('shall', '者，[應]檢具', '在校生及畢 (肄) 業校友', '', '', 'N[condition]者 keeps N')],
    31: [('shall', '，[應]就', '處理機關', '', '', '')],
    32: [('shall', '並[應]向', '申請人', '', '', '以…為限 not labelled; N[condition]者 keeps N (申請人)')],
    33: [('shall', '者，[應]編製', '人身保險業', '', '', '')],
    34: [('shall', '金[應]填具', '漁業人', '', '', '並檢附 under the same 應')],
    35: [('shall', '時，[應]檢查', '', '', '看守所', '被告 (…時 clause) is only the patient; 看守所 named in the purpose clause as the actor (hard)'), ('may', '，[得]採集', '', '', '看守所', ''), ('may', '並[得]運用', '', '', '看守所', '得…並得: two statements')],
    36: [('shall', '，[應]揭露', '', '', '', 'actor (the reporting company) not named in this item or its lead-ins (資本及股份應記載下列事項 / 五、 / （三）)')],
    37: [('shall', '，[應]用', '罐頭食品業、冷凍食品業及餐盒食品業', '', '', '應 + 用蒸氣 (modal, not false friend 應用); trailing 等 left out of bearer')],
    38: [('shall', '關[應]將', '主管機關', '', '', '')],
    39: [('shall', '者，[應]檢附', '申請採取土石使用者', '', '', 'headless agentive …者 kept whole')],
    40: [],
    41: [('may', '，[得]移由', '', '', '警察機關', '但…得 = may; 其 = the case; the transferring organ is 受理在先之警察機關 of the sentence before; the 由-phrase is the recipient (hard)')],
    42: [('shall', '時，[應]採取', '', '', '政黨及全國性民政財團法人', 'things in the …時 clause; actor from para 1 of the article (lead-in para 2 names none)')],
    43: [('shall', '者，[應]取得', '申請於依獎勵投資條例或促進產業升級條例編定開發之工業區內設置加氣站者', '', '', 'headless agentive …者 kept whole; 並依…申請設置 under the same 應')],
    44: [],
    45: [('shall', '員[應]將', '檢查人員', '', '', '')],
    46: [('shall', '關[應]註銷', '直轄市、縣（市）主管機關', '', '', '並予公告 under the same 應')],
    47: [('exception', '員[不適用]本', '', '', '', '')],
    48: [('may', '均[得]替代', '^[高級電信工程人員及電信工程人員資格取得與管理辦法第四條所稱之高級電信工程人員或第五條所稱之電信工程人員]', '', '', 'coordination whose conjuncts each carry a 之-modifier: kept whole (hard); 均 left out')],
    49: [('shall', '，[應]朝', '', '', '', 'thing subject; lead-in 施放專業爆竹煙火，應有… names no actor')],
    50: [('may', '，[得]聲請', '遲誤不變期間者', '因天災或其他不應歸責於己之事由，致遲誤不變期間者', '', '不應歸責 inside the cause NP not labelled; headless …者 with the cause moved to bearer_full (hard)')],
    51: [('shall', '，[應]定期', '', '', '以管線輸送至運作廠（場）外者', 'thing subject 監測流量或壓力設備; its possessor (其 = the …者 phrase) carried (hard)')],
    52: [('shall_not', '各[不得]少於', '', '', '直轄市、縣（市）主管機關', 'subject is a count of representatives (topic); the authority that forms the committee is named in para 1, right before (hard)')],
    53: [('shall', '檢討[應]納入', '', '', '', 'topic 計畫之訂定與檢討; paragraph right before (項目 list) names no actor; 中央主管機關 only in para 2 (hard)')],
    54: [('may', '，[得]由', '地區最高司令官或指揮官', '', '', '得由X呈報…劃為管制區，並公告之: one statement, agent after 得由')],
    55: [('exception', '，[不在此限]', '', '', '', '以…為限 not labelled')],
    56: [],
    57: [('shall_not', '分[不得]獨立', '', '', '', 'thing subject 共用部分; 區分所有權人 not named'), ('shall_not', '並[不得]為', '', '', '', 'new sentence, thing subject')],
    58: [('shall', '時，[應]以', '', '', '', '應以…為原則 has a cue; thing subject 外銷品; exporter not named'), ('may', '原因[得]改由', '', '', '', '改由 = via another port, not an agent'), ('shall', '惟[須]事前', '', '', '', '惟須 = shall; no subject written')],
    59: [('may', '部[得]匡列', '本部', '', '', '')],
    60: [('may', '，[得]設立', '法院', '', '', '')],
    61: [('may', '[得]由', '現場最高指揮官', '', '', 'agent after 得由')],
    62: [('shall', '[應]撥入', '', '', '集中保管機構', 'carried from the paragraph lead-in 集中保管機構…並依下列方式辦理撥入作業')],
    63: [('may', '交通部[得]依', '交通部', '', '', '')],
    64: [('shall_not', '[不得]少於', '', '', '本部', 'topic subject (公務機關代表 as a share of the team); 本部 forms the team in the paragraph right before; 由…擔任 has no cue')],
    65: [('may', '[得]請領', '勞工保險被保險人', '', '', "'N[condition]者' keeps N")],
    66: [('shall', '[應]依每次', '', '', '本會', 'thing subject (董事、監察人人數 proportion); lead-in names 本會 as the one who appoints the directors; carried uncertain')],
    67: [('shall', '仍[應]負', '事業或污水下水道系統', '', '', '應負…之責 = one shall; 除…由代操作營運機構派任外 is concessive, not an exception (the duty is not carved out)')],
    68: [('may', '必要時[得]在', '本會', '', '', '除依法調用政府職員外 is additive (besides seconding, may also hire), not an exception')],
    69: [('may', '[得]經董事會', '本院', '', '', ''), ('shall', '[應]予解聘', '', '', '本院', '其人員 is the patient; 本院 dismisses its staff')],
    70: [('shall', '[應]於發生', '所有人或操作人', '', '', '得知 is a false friend')],
    71: [('shall', '[應]就下列', '', '', '', 'the chair is the patient of 任用; the appointing authority is not named in the article')],
    72: [('may', '間隔[得]以', '', '', '負責裝設之人員', 'thing subject; actor from the article lead-in 負責裝設之人員…得依下列規定辦理')],
    73: [('exception', '[除]原評鑑', '', '', '', '除…外 carves out of 應於二十日內回復; inner 應重新評鑑 not labelled'), ('shall', '外，[應]於二十日', '直轄市、縣（市）主管機關', '', '', ''), ('shall_not', '[不得]申請續辦', '', '', '計畫主持人', 'hard: 其申復結果為不通過者 read as a condition (result, not an act); the appellant 計畫主持人 is named in the paragraph right before'), ('shall', '並[應]駁回', '', '', '直轄市、縣（市）主管機關', '已申請續辦者 is the patient (whose application is rejected); the authority rejects')],
    74: [('shall', '[應]將其選舉票', '', '', '', 'hard: actor (選舉機關委員或監督) is named only in 前條 (art. 36), another article -> carried empty; 並附記 same statement')],
    75: [('exception', '，[除]提供', '', '', '', '除提供家庭托顧服務外 carves out of the qualification duty'), ('shall', '外，[應]具備', '長照機構業務負責人', '社區式服務類（以下簡稱社區式）長照機構業務負責人', '', 'qualification duty on the person; class modifier with the parenthetical definition to bearer_full')],
    76: [('may', '委員會[得]斟酌', '選舉委員會', '', '', '')],
    77: [],
    78: [('shall', '金鑰[應]儲存', '', '', '發行機構', 'thing subject; 發行機構 is the possessor in the article lead-in (前條發行機構管理面安全需求之安全設計應符合下列要求); 並限制 same statement')],
    79: [('may', '民航局[得]委託', '民航局', '', '', '')],
    80: [('shall', '[應]於醫師', '驗光人員', '', '', '應…，始得 = two statements'), ('may', '[始得]為之', '驗光人員', '', '', '')],
    81: [('shall', '之使用，[應]視', '', '', '雇主', 'topic subject 安全帶之使用; 雇主 from the paragraph right before'), ('shall', '移動，[應]採用', '', '', '雇主', 'same')],
    82: [],
    83: [('may', '[得]陳請', '監交人員', '', '', "'N[condition]者' keeps N")],
    84: [('may', '[得]隨時', '直轄市、縣（市）主管建築機關', '', '', ''), ('shall', '者，[應]以書面', '直轄市、縣（市）主管建築機關', '', '', 'second cue of the same sentence shares the bearer; 發現…者 is a condition; last clause 必要時依…處理 has no cue')],
    85: [('shall', '參賽節目，[應]以', '', '', '報名者', 'hard: thing subject (參賽節目, an eligibility property); the agent of 報名 in the topic NP is named in this provision as 報名者'), ('shall', '報名者[應]檢附', '報名者', '', '', ''), ('shall', '地區[應]為', '', '', '', 'thing subject; the broadcaster is not named -> no carried')],
    86: [('shall', '檔案[應]依', '', '', '政府機關（構）', 'thing subject 檔案; actor from the lead-in; 應用 false friend'), ('shall', '者，[應]敘明', '', '', '政府機關（構）', 'no subject; 如有…者 is a condition')],
    87: [('may', '[得]限期', '主管機關', '', '', "'N[condition]者' keeps N"), ('may', '主管機關[得]逕行', '主管機關', '', '', '並註銷…及換發 governed by the same 得; 水權人屆期未申請…者 is a condition')],
    88: [],
    89: [('shall', '[應]同時', '經濟部、直轄市政府', '', '', 'subject of the …時 clause')],
    90: [('may', '中小學[得]視', '私立國民中小學', '私立國民小學、國民中學合併設置之私立國民中小學', '', '並於…明定…，報…核定之 follows without a new cue: one statement')],
    91: [('shall', '人員[應]編造', '移交主管人員', '各單位移交主管人員', '', 'following 送交…/由…各執一份 clauses without a new cue: one statement')],
    92: [('shall', '資產，[應]將', '公開發行公司', '', '', '取得 false friend'), ('exception', '，[除]其他法律', '', '', '', '除其他法律另有規定者外 carves out of the retention duty of the same sentence')],
    93: [],
    94: [('may', '事項，[得]由', '應出席人員', '第二條第一項其他應出席人員', '', 'agent after 得由 (應 inside 應出席人員 attributive); embedded 並由出席人員中公推 one statement')],
    95: [('shall', '保險人[應]於', '保險人', '', '', '')],
    96: [('shall', '事項，[應]繳納', '', '', '保險業', 'hard: 主管機關 is the subject of the framing clause but not the payer (non-actor); the payer 保險業 is the agent inside the topic NP; 由主管機關定之 not labelled')],
    97: [('shall', '者，[應]於原因', '款[人員]逾', '第一項第二款至第七款人員', '', "'N[condition]者' keeps N; cross-reference to bearer_full"), ('shall_not', '仍[不得]辦理', '有下列情形之一者', '', '', '但…不得 without 不在此限 = shall_not; 有下列情形之一者 names the persons barred (kept whole)')],
    98: [('may', '機關[得]在', '賠償義務機關', '', '', '義務 inside the name is not 負…義務')],
    99: [('shall', '支出，[應]符合', '', '', '', 'thing subjects; no actor named in the article (paragraph before has none)'), ('may', '[始得]認列', '', '', '', '應…，始得 = two statements')],
    100: [('shall', '兒童，[應]通報', '各類社會福利、教育及醫療機構', '', '', '發現… is a condition'), ('shall', '主管機關[應]將', '直轄市、縣（市）主管機關', '', '', 'new sentence, own subject; 並視其需要提供、轉介 same statement')],
    101: [],
    102: [],
    103: [],
    104: [],
    105: [('shall_not', '[不得]應考', '^[未依前三項規定報名，或未於指定期限內繳交各種文件資料與報名費者]', '', '', 'hard: headless agentive …者 phrase as the only subject, kept whole; 應考 is a false friend (sit for the exam)'), ('exception', '[不在此限]', '', '', '', '')],
    106: [('shall', '改造，[應]依', '造船廠', '', '', '取得 false friend'), ('shall_not', '[不得]擅自', '造船廠', '', '', 'second cue of the same sentence shares the bearer')],
    107: [('shall', '酬金，[應]與', '建築師', '', '', '應收酬金 attributive; 建築師 is the subject of the framing clause (其工作範圍及應收酬金 topic); 共同遵守 same statement')],
    108: [],
    109: [],
    110: [],
    111: [('exception', '[不在此限]', '', '', '', 'hard: main clause 限制在…領航 has no guide cue (not labelled), but 但…不在此限 is labelled as an exception')],
    112: [('shall', '業務人員[應]參加票券商公會', '票券商業務人員', '', '', '並取得合格成績 same statement'), ('shall', '業務人員，[應]於到職', '業務人員', '初任及離職滿二年後再任之業務人員', '', ''), ('shall', '在職人員[應]於', '在職人員', '', '', '')],
    113: [],
    114: [('may', '時，[得]向雇主', '外國人', '前條所定之外國人', '', '並自行排定 same statement; 取得 false friend'), ('shall', '雇主[應]予同意', '雇主', '', '', '應予 = one shall'), ('may', '需求，[得]與', '雇主', '', '', '但…得 without 不在此限 = may')],
    115: [('shall', '政府[應]於', '直轄市、縣 (市) 政府', '', '', 'the 應於…後 frames when the zoning change is made; one statement; 取得 false friend')],
    116: [('shall', '獎勵人，[應]於', '探勘獎勵人', '前款第二目之探勘獎勵人', '', 'item writes its own 應; 應備文件 attributive; 經主管機關核實後撥付 has no cue')],
    117: [],
    118: [('may', '場所[得]視', '農業試驗改良場所', '', '', 'hard: 農業試驗改良場所 (name, cf. 副知相關農業試驗改良場所 in para 1) + 得, not the false friend 所得; 並邀聘 same statement')],
    119: [],
    120: [],
}
