# fresh57: seed 4570001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 44) midway, after the session's first obligations rules (應不易, 各組, the case that goes on past a comma, 所列, 應聘), by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o57: reader a, provisions 1-60 of the sample seed 4570001 (numbered 1-60 here), from /work/eval/s44/o57/a/to_label-a.tsv,
# numbered in file order; labelled 2026-12-06 (session 44, midway).
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
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
#   應…並應 / 應…並得 / 得…並應 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new
#   sentence a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of a framing /
#   …時 clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of a
#   framing clause is the bearer when the main clause has none (unless it is only a non-actor of the main act, e.g.
#   指揮中心成立後…得解除之); the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (除法律別有
#   規定外，當事人應預納之); 除…外 that only adds (除因災變…為緊急之供水外，…得供應左列用途) is additive, not labelled;
#   penalty 得併科 is a may without bearer (court not named).
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 得X之 / 應X事項 inside NPs (應繳還…之溢撥繳金額, 應量測之…項目, 應行移交之事項,
#   應繳納之比例額度, 得易科罰金之罪, 不得易服社會勞動之罪), cues inside …者 conditions (經法院裁定不予准許…者),
#   予以 / 先予, 亦同, 以…為限, 不受…限制, 適用 (not 不適用), 可 / 始可 (not a guide cue); false friends 所得,
#   取得, 應用, 應 = sit for (應公務人員各類考試).
# New conventions decided here:
# - 得不適用 (得不適用本法之規定) is two statements: a may at 得 and an exception at 不適用 (two guide operators
#   in one clause).
# - 須為 / 應為 stating a required status of a named person (前項機構之人員，須為…居民) keeps the person as bearer;
#   of a thing (支持物建設等級應為特級) gives bearer ''.
# - a clause with no written subject whose 均 points back to persons named as the object of the clause before
#   (置有…技術主管及…人員，且均應取得…證書) has bearer '' and those persons in `carried`.
# o57: reader b, provisions 61-120 of the sample seed 4570001 (numbered 1-60 here), from /work/eval/s44/o57/b/to_label-b.tsv,
# labelled 2026-12-06 (session 44, midway), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s43start -f ... 第N條`,
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
#   應…並應 / 應…，須… / 應…，不得… are separate statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners and
#   restrictive / genitive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept in the bearer);
#   the agent after 應由/得由 (also 應…，由X…) is the bearer.
# - a …者 phrase in a list item that only sorts the cases (本次發行特別股者, 採總評分法或序位法者, 有…情形之一者)
#   is a condition: bearer '' and carried from the lead-in when it names the actor.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (除…外，其餘應…;
#   除土地外，固定資產應…); 除…外，並應 / 尚應 is additive, not an exception; 但…應 without 不在此限 is a shall.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# New conventions decided here:
# - a laboratory / storage place that only has to meet a standard or hold something (實驗室應符合…; 其實驗室應符合…;
#   存放場所，對於…進出，應予以管制) is a thing / locus, not an acting unit: bearer '' (carried as above).
# - 得列 in an organisation act (九人得列警正, 職務得列…職等) is a may with bearer '' (the posts are patients).
# - a deontic verb that is only the content of a 要求 (要求船員…應穿著…) is not labelled (like 規定…應通過…).
# - a permission written in a list item that lists the cases exempted from a penalty (除有下列情形之一者外，處…罰鍰:
#   一、…得依…規定辦理) is labelled as a may (it is the only place that permission is written).
# - not labelled: 為業務所必須 (adjective "necessary"), 應行迴避之情事 (attributive, inside a condition), 「應收租賃款」
#   and 應收 / 應付 (accounting nouns), 亦同, 予以, 以…為準 / 以…為先; false friends 領得 (after a modal 應 the
#   cue is 應), 得知, 得標, 取得, 所得, 支應, 供應, 應變, 應用, 反應, 應考人.
LABELS = {
    1: [('shall', '[應]使客戶', '', '', '金融控股公司之子公司', 'main clause subject 其營業、業務人員及服務項目 is a thing; actor = subject of the framing clause (子公司間進行共同行銷)'), ('shall', '並[應]依', '子公司', '金融控股公司之子公司', '', 'hard: 並應依下列規定辦理 has no own subject; framing-clause subject 子公司 taken as bearer (could be read as carried only)')],
    2: [('shall', '會[應]就', '國發會', '', '', '')],
    3: [('shall', '，[應]副知', '^[新執業所在地主管機關]', '', '', 'subject of the …時 clause; main clause has none'), ('shall', '，[應]廢止', '原執業所在地主管機關', '', '', '')],
    4: [('shall', '[應]擬訂', '', '', '縣 (市) 主管機關', 'topic is a thing (國民住宅); agent 縣 (市) 主管機關 inside the topic NP')],
    5: [('shall', '[應]定期', '主管機關', '', '', '並於…設置 governed by the same 應: one statement')],
    6: [],
    7: [],
    8: [('shall', '[應]精要', '', '', '', 'thing subject (說明書或評估書之編製); preparer not named'), ('shall_not', '[不得]超過一百五十', '', '', '', 'thing subject'), ('shall_not', '[不得]超過三百', '', '', '', 'thing subject'), ('may', '[得]以附錄', '', '', '', 'thing subject (相關資料、文件、數據)'), ('exception', '[不在此限]', '', '', '', '')],
    9: [('shall', '[應]設立', '^[省轄市政府及鄉 (鎮、市) 公所]', '', '', 'coordinated bearer kept whole'), ('may', '並[得]獎勵', '^[省轄市政府及鄉 (鎮、市) 公所]', '', '', '')],
    10: [('shall', '[應]使用', '', '', '', 'thing subject (…之填充、拆解、換裝作業); user not named'), ('exception', '[不在此限]', '', '', '', '')],
    11: [('may', '[得]供應', '', '', '', 'thing subject (自用自來水設備); owner not named. hard: 除因災變…為緊急之供水外 read as additive (besides emergency supply), not an exception')],
    12: [('may', '[得]請', '主席', '', '', '')],
    13: [('shall', '[應]依', '', '', '', 'thing subject (遺屬一次金); payer not named in the provision')],
    14: [('shall', '[應]經', '各主辦演習機關', '', '', "'N[condition]者' keeps N"), ('exception', '[不在此限]', '', '', '', '')],
    15: [('shall', '，[應]共同', '區漁會', '', '', 'following clauses (作成…提經…提報…) have no new cue: one statement')],
    16: [('shall', '[應]檢送', '申請土地增值稅按最低級距稅率徵收者', '', '', 'headless agentive …者 phrase is the only subject, kept whole')],
    17: [('may', '並[得]對', '', '', '標準檢驗局', 'item writes its own 得; 派員前往… has no cue of its own (lead-in 前項調查，得依下列方式進行); actor 標準檢驗局 from 第1項')],
    18: [('shall', '[須]為', '人員', '前項機構之人員', '', "hard: 須為 = must be (status requirement); the persons are the written subject (the duty may be the institution's)")],
    19: [('shall', '[應]依其', '', '', '人身保險業', 'subject 合約群組 is a thing; 人身保險業 is the possessor inside the topic NP')],
    20: [('may', '者，[得]檢具', '園區事業', '', '', "'N[condition]者' keeps N"), ('shall', '並[應]向海關', '園區事業', '', '', '始可辦理通關手續 not labelled (可 not a guide cue); 並於…再向海關申請退還 has no new cue')],
    21: [('shall', '機構[應]檢附', '中立機構', '', '', ''), ('may', '[始得]', '中立機構', '', '', '應…，始得 is two statements')],
    22: [],
    23: [],
    24: [('shall_not', '[不得]', '證券商', '', '', '')],
    25: [('shall', '[應]記載', '', '', '', 'thing subject (財務概況); the insurer is named only in the law title')],
    26: [('shall', '[應]為特級', '', '', '', 'thing subject (支持物建設等級)')],
    27: [('shall', '[應]向', '^[利害關係人或檢察官]', '', '', "'N[condition]者' keeps N")],
    28: [('may', '[得]併科', '', '', '', 'penalty 得併科: may without bearer (court not named); 處…有期徒刑 is a penalty fact')],
    29: [('shall_not', '[不予]收繕', '', '', '發文人員', 'hard: topic 文稿 is a thing; the staff who 簽收 the drafts (由發文人員簽收, same sentence) is the one refusing')],
    30: [('shall', '[應]將', '菸草種植人', '', '', '並限於…送…查驗 has no new cue: one statement')],
    31: [],
    32: [('shall_not', '[不得]', '醫療機構', '', '', "'N[condition]者' keeps N")],
    33: [('shall', '[應]於每年', '管理處', '', '', 'topic 績效獎金之支給對象及個人發給額度 is a fronted object'), ('shall_not', '[不得]', '管理處', '', '', 'same sentence, shares the bearer')],
    34: [('shall', '[應]取得', '', '', '技術主管及實際從事受委託業務之專業技術人員', 'hard: clause 且均應取得 has no written subject; 均 points back to the persons named as object of 置有 (lead-in actor is 政府機關或團體)')],
    35: [('may', '[得]不適用', '', '', '', 'hard: 得不適用 split into a may and an exception; subject 創新實驗 is a thing'), ('exception', '得[不適用]', '', '', '', '')],
    36: [('shall', '[應]即', '閱卷室承辦人員', '', '', '應即 is one cue; 律師 is only in the condition')],
    37: [],
    38: [],
    39: [('shall', '[應]建立', '^[公立及私立專科以上實驗學校]', '', '', ''), ('may', '並[得]定期', '^[公立及私立專科以上實驗學校]', '', '', '')],
    40: [('exception', '費[除]法律', '', '', '', '除法律別有規定外 carves out of 當事人應預納之'), ('shall', '[應]預納', '當事人', '', '', ''), ('shall', '審判長[應]', '審判長', '', '', ''), ('shall', '[應]駁回', '行政法院', '', '', '')],
    41: [('shall', '，[應]經', '', '', '農業金融機構', 'thing subject (內部控制制度); 農業金融機構 is the possessor inside the topic NP; 修正時，亦同 not labelled'), ('shall', '並[應]包括', '', '', '農業金融機構', 'new sentence, thing subject (其內容)')],
    42: [('shall', '[應]設置', '財團法人', '', '', ''), ('may', '並[得]按', '財團法人', '', '', '')],
    43: [('may', '[得]於', '', '', '退休人員', 'hard: topic is the thing 優惠存款金額 (…者 condition); the applicant 退休人員 is the agent inside the topic NP; second sentence (計息) has no cue')],
    44: [('shall', '[應]檢附', '', '', '受讓人', 'thing topic (前項文件、資料); actor 受讓人 from the paragraph before')],
    45: [('may', '[得]由', '國防部或國防部陸軍司令部、國防部海軍司令部、國防部空軍司令部', '', '', 'agent after 得由 is the bearer (coordination kept whole, without the 以下簡稱 parenthesis); 不受…限制 not labelled')],
    46: [('may', '[得]申請', '船舶所有人', '', '', '以不超過五個月為限 not labelled')],
    47: [('may', '[得]選任', '股東臨時會', '依前二項規定召集之股東臨時會', '', '')],
    48: [('may', '等相關事項，[得]依', '', '', '政府', 'thing subject (承租資格、辦理程序等相關事項); 政府 is the agent inside the topic NP'), ('may', '標租作業，[得]依', '', '', '政府', 'after ；, thing subject (標售、標租作業); 政府 inside the topic NP')],
    49: [],
    50: [('shall', '[應]辨識', '農業金融機構', '', '', '')],
    51: [('shall', '[應]妥善', '書記官', '', '', ''), ('shall', '，[應]抽離', '', '', '書記官', 'hard: clause has its own thing topic (其 = 訴訟資料或卷證 …者); 不予准許 is inside the …者 condition, not labelled')],
    52: [('shall', '[應]以', '', '', '', 'thing subject (營業稅額); computing actor not clearly named (paragraph before names 執行法院、行政執行機關 and 主管稽徵機關)')],
    53: [('shall', '[應]由該管', '該管[檢察官]簽發', '該管檢察官', '', 'agent after 應由 is the bearer; 該 to bearer_full'), ('shall', '[應]即報請', '。[法警]提到', '', '', 'subject of the …時 clause; 並核對… has no new cue; 始可交付 not labelled (可)')],
    54: [('shall', '[應]在', '', '', '', 'thing subject (免稅手續); importer not named')],
    55: [('may', '[得]解除', '', '', '', 'hard: 指揮中心 (subject of the …後 clause) is only what is dissolved; the dissolving authority is not clearly named in the paragraph before')],
    56: [('shall', '[應]將', '', '', '交通部', 'no subject; the delegating 交通部 from the paragraph before (交通部得委任…)')],
    57: [('may', '[得]加註', '行政院', '', '', '')],
    58: [('shall', '[應]於', '各委員', '', '', '')],
    59: [('shall', '並[應]分析', '', '', '', 'item writes its own 並應 (the first clause 說明… relies on the lead-in 應記載); lead-in subject is a thing (…計畫), issuer not named'), ('shall', '者，[應]說明', '以低於票面金額發行股票者', '', '', 'hard: headless agentive …者 phrase kept whole (lead-in names no actor)')],
    60: [('may', '[得]就', '保險人', '', '', '')],
    61: [('shall', '實驗室），[應]符合', '', '', '政府機關', 'the lab (set up by the 政府機關 named inside the topic NP) only has to meet the standard: thing, carried 政府機關')],
    62: [('shall', '者，[應]經', '直轄市或縣（市）政府', '', '', '')],
    63: [('shall_not', '[禁止]規劃', '', '', '開發單位', 'topic 前項開發行為 is a thing; the paragraph before names 開發單位'), ('exception', '[不在此限]', '', '', '', '')],
    64: [('shall', '車身，[應]繳驗', '', '', '汽車所有人', 'thing topic (車身); lead-in 汽車所有人申請新領牌照登記應依下列規定')],
    65: [('shall_not', '[不予]補助', '', '', '', 'granting authority not named in the article'), ('shall', '[應]以行政處分', '', '', '', '已補助者 is a condition/patient; authority not named; 移送 has no cue')],
    66: [('may', '[得]依', '', '', '', 'hard: item of the cases exempted from the penalty (除有下列情形之一者外，處…罰鍰); the permission is written only here, so labelled; no actor named')],
    67: [('shall', '部分，[應]併同', '', '', '營利事業', 'topic is the undistributed portion (thing); 營利事業 is the possessor inside the topic NP and the taxpayer')],
    68: [],
    69: [('shall', '[應]將聯營', '民用航空運輸業', '', '', '')],
    70: [('shall', '均[應]簽註', '各部門', '', '', ''), ('exception', '[除]付款憑單', '', '', '', '除…外，其餘應… carves out of the shall of the same sentence'), ('shall', '其餘[應]本', '各機關', '', '', 'topic 遞移時間之簽註 is a thing; 應…，由各機關… -> agent after 由')],
    71: [('exception', '[除]有下列', '', '', '', ''), ('shall_not', '[不得]以動物', '化粧品業者', '', '', '')],
    72: [('shall', '移交[應]造具', '主管人員', '', '', '')],
    73: [('shall', '投標廠商[應]於限期前', '投標廠商', '', '', ''), ('shall', '者，[應]設置標箱', '', '', '', 'hard: 非採通信投標者 sorts the cases; the box is set up by the procuring unit, not named (材料管理部門 only opens it)'), ('shall', '[須]先封鎖', '', '', '', 'new cue 須, the box (thing) is the topic'), ('shall', '投標廠商[應]於規定', '投標廠商', '', '', ''), ('shall_not', '逾時[不得]投標', '投標廠商', '', '', 'same sentence, shares 投標廠商'), ('shall', '材料管理部門[應]會同', '材料管理部門', '', '', '並造具 governed by the same 應')],
    74: [('shall', '申請者[應]檢具', '申請者', '', '', '')],
    75: [('may', '政團，[得]以借用', '政黨黨團或政團', '依立法院組織法第三十三條組成之政黨黨團或政團', '', '')],
    76: [('may', '業者[得]於', '業者', '', '', ''), ('may', '並[得]多次', '', '', '業者', 'after ；, clause with topic 展延期限 and no actor'), ('shall_not', '[不得]繼續', '期限屆滿未申請展延者', '', '', 'headless agentive …者 phrase, the only subject, kept whole')],
    77: [('may', '九人[得]列', '', '', '', 'hard: 得列 in an organisation act: the posts may be ranked; posts are patients'), ('may', '六人職務[得]列', '', '', '', '得列 (post grading)'), ('may', '二十七人職務[得]列', '', '', '', '得列 (post grading)')],
    78: [('shall', '內容[應]與', '', '', '報名、參賽第三條第一項第一款節目獎者', 'thing topic 節目內容; actor from the lead-in'), ('shall_not', '[不得]再行後製', '', '', '報名、參賽第三條第一項第一款節目獎者', 'same thing topic')],
    79: [('may', '內，[得]申請', '藥商', '', '', ''), ('exception', '[不在此限]', '', '', '', '')],
    80: [('shall', '[應]於投標時', '投標人', '強制拍賣之廠房及有關建築物之投標人', '', '')],
    81: [('shall', '特別股者，[應]揭露', '', '', '', 'hard: 本次發行特別股者 sorts the cases (a condition); lead-in subject is the plan (thing), issuer not named'), ('shall', '並[應]揭露', '', '', '', 'new sentence, 如…者 condition; no actor named')],
    82: [('shall', '公會，[應]辦理', '製造者、製造者指定代理人或進口商聯合組成之公會', '', '', 'coordination kept whole (之-modifier inside the coordination)'), ('shall', '提報時程，[應]依', '', '', '製造者、製造者指定代理人或進口商聯合組成之公會', 'own thing subject (相關執行規定…提報時程)'), ('shall', '時，[應]說明', '', '', '製造者、製造者指定代理人或進口商聯合組成之公會', 'after ；, no subject')],
    83: [('shall', '均[應]保存', '', '', '', 'thing subjects throughout; the manufacturer is not named'), ('shall', '此檔案[應]保存', '', '', '', ''), ('shall', '紀錄，[應]保存', '', '', '', ''), ('shall', '則[應]至少', '', '', '', '')],
    84: [('shall', '調解會[應]為', '調解會', '', '', '不受理 inside the object NP, not a separate cue'), ('shall', '者，[應]酌定', '', '', '調解會', '但…應 without 不在此限 -> shall; new sentence, no subject')],
    85: [('shall', '[應]於招標文件', '', '', '機關（構）', '採總評分法或序位法者 sorts the cases; lead-in names 機關（構）')],
    86: [('may', '[得]參照', '主管機關', '', '', '')],
    87: [('shall', '登記[應]含有', '', '', '人民', 'thing subject; 人民 (agent of 自購 inside the topic NP)'), ('shall', '並[應]符合', '', '', '人民', 'after ；, thing subject 面積')],
    88: [],
    89: [('shall', '[應]取具', '', '', '', '…釋放者 is the released person (patient) / a case; the police are not named')],
    90: [('shall', '[應]予以管制', '', '', '', 'hard: 存放場所 is the locus (topic), not an actor; paragraph before names no actor (法院 only in para 1)')],
    91: [('shall', '[應]副知', '', '', '驗證機構', 'paragraph before: 得由驗證機構或中央主管機關命驗證機構撤銷或廢止 -> the revoking body is 驗證機構')],
    92: [('shall', '[應]經委員', '', '', '專審會', '有…情形之一者 sorts the cases; lead-in names 專審會')],
    93: [('shall', '船上[應]配置', '', '', '經營者', '船上 is a locative; 並要求… governed by the same 應; the inner 應穿著 is only the content of 要求 (not labelled)')],
    94: [('shall', '[應]有專屬', '檢驗機構', '申請認證之檢驗機構', '', ''), ('shall', '其實驗室[應]符合', '', '', '檢驗機構', 'after ；, thing subject 其實驗室 (possessor 其 = 檢驗機構)')],
    95: [('exception', '[除]有急迫', '', '', '', ''), ('shall', '[應]符合', '指定醫師', '山地、離島、偏僻地區之指定醫師', '', '')],
    96: [('may', '[得]報准', '新聞局', '', '', ''), ('shall', '[應]就本條例', '', '', '新聞局', 'after ；, patient topic 所需工作人員')],
    97: [('may', '[得]以一人', '', '', '前項第二款至第五款規定人員', 'thing topic 書面同意; the consenting persons are named inside the topic NP')],
    98: [('shall', '到庭，[應]先行', '檢察官、辯護人', '', '', ''), ('shall', '並[應]聯繫', '檢察官、辯護人', '', '', '應…並應: two statements, same sentence shares the bearer')],
    99: [('shall', '[應]能', '', '', '', 'thing subject; no actor named')],
    100: [('shall', '[應]標明', '', '', '', 'thing subject; the paragraph before names no actor')],
    101: [('shall', '設施[應]領得', '', '', '', 'thing subject; 領得 is a false friend (cue 應); the 由承辦廠商 clause is only the construction step, the applicant is not named'), ('shall_not', '[不得]使用', '', '', '', '')],
    102: [],
    103: [],
    104: [],
    105: [('shall', '折耗性資產，[應]分別', '', '', '', 'accounting rules: thing subjects throughout, no actor named; 為業務所必須 not a cue'), ('shall', '固定資產[應]按照', '', '', '', ''), ('shall', '已無使用價值之固定資產，[應]按其', '', '', '', ''), ('shall', '無淨變現價值者，[應]將成本', '', '', '', ''), ('shall', '資本租賃性質者，[應]將租賃資產', '', '', '', ''), ('shall', '租賃負債，[應]按全部', '', '', '', '應付租金 is a false friend'), ('shall', '尚[應]認列', '', '', '', '除…外，尚應 is additive (like 並應), not an exception'), ('shall', '出租人[應]將', '出租人', '', '', '「應收租賃款」 in quotes not labelled'), ('shall', '並[應]認列利息收入', '', '', '出租人', '除…外，並應 additive; own thing topic 每期收受之租金'), ('shall', '租賃權益改良，[應]列於', '', '', '', ''), ('shall', '固定資產[應]註明', '', '', '', ''), ('shall', '重估者，[應]列明', '', '', '', ''), ('shall', '準備，[應]作為', '', '', '', ''), ('exception', '[除]土地外', '', '', '', '除土地外 carves out of the depreciation duty'), ('shall', '固定資產[應]於估計', '', '', '', ''), ('shall_not', '按期提列折舊或折耗，並依其性質轉作各期費用或間接製造成本，[不得]間斷', '', '', '', ''), ('shall', '之累積折舊或折耗，[應]列為', '', '', '', ''), ('shall', '租賃權益改良[應]按其', '', '', '', ''), ('shall_not', '加以折舊，並依其性質轉作各期費用或間接製造成本，[不得]間斷', '', '', '', ''), ('shall', '[應]予註明', '', '', '', '')],
    106: [('shall', '[應]檢附', '約聘技術審查官、約聘商業調查官', '', '', 'N[condition]者 keeps N')],
    107: [],
    108: [],
    109: [('shall', '時，[應]立即', '航空器所有人或使用人', '', '', '得知 is a false friend'), ('shall', '必要時[應]提供', '', '', '航空器所有人或使用人', 'after ；, no subject')],
    110: [],
    111: [('shall', '[應]依學研機構', '研究人員', '', '', '亦同 not labelled')],
    112: [],
    113: [],
    114: [('shall', '[應]考量', '中央主管機關', '', '', '並綜合判斷…予以准駁 governed by the same 應')],
    115: [('shall', '[應]即陳明', '應考人', '', '', '應行迴避之情事 is attributive inside the condition; 應考人 false friend')],
    116: [],
    117: [],
    118: [('may', '[得]適用', '', '', '農產品經營者', 'hard: the …者 topic is the certificate; 農產品經營者 (who may use the name and marks) is the agent inside the topic NP')],
    119: [('shall', '[應]提出', '', '', '農產品經營業者', 'the …者 clause sorts the cases; lead-in names 農產品經營業者; 並提出 governed')],
    120: [],
}
