# fresh37: seed 2163391, session 37 (two readers: a = 1-60, b = 61-120)
# o37: reader a, provisions 1-60 of /work/eval/s37/o37/to_label-a.tsv (sample seed 2163391, session 37)
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh36-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh36):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement; 應…並應 is two statements.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''. A patient
#   (予以議處, 減少其給與) is not a bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers and
#   determiners (該) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…者 condition clause is
#   the bearer when the main clause has no subject of its own and that subject is the actor; the agent after
#   應由/得由 is the bearer.
# - 但…不在此限 / 不適用 / 除…外 carving out of a statement of the same sentence are exceptions.
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 (應配合之義務, 應備之文件, 應提報之會計報告,
#   應遵行事項, 應實施更新之地區, 應提出之證明文件, 應領), 義務 without 負; false friends 取得, 求得, 應變, 應力,
#   對應, 適應, 應召集 inside a …時 condition; 視為 / 以…計算 / 以抽籤定之 / 由…定之 are no cues.
# o37: reader b, provisions 61-120 of the sample (seed 2163391, session 37), numbered 1-60 here,
# hand labels for /work/eval/s37/o37/to_label-b.tsv in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh36-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh35/fresh36):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   (also an embedded 由X clause) is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent inside a condition or
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; 之-modifiers and determiners (前項) go to bearer_full; coordinated subjects kept whole;
#   the subject of a …時 condition clause is the bearer when the main clause has no subject of its own and that
#   subject is the actor; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…不得 / 但…得 without
#   不在此限 are a shall_not / a may; 應…始得 is two statements (shall + may); 應力求 is a shall (力求 = strive).
# - a 應 inside the content of what the provision permits an authority to stipulate is labelled (as fresh10 #104).
# - not labelled: cues inside …者/…時 conditions and inside 除…外, attributive 應X之 (應載明之事項, 應遵守事項, 應有之,
#   得進行…之協定), 禁止 as the object of 不得; false friends 取得, 獲得, 所得, 得標, 應試, 應收, 應變, 應用 (apply),
#   供應, 因應, 肆應, 相對應; 需 (need), 准, 可, 不宜, 免, 始能, 負責 (not 負…義務), 準用, 處…罰鍰 are no cues.
LABELS = {
    1: [('shall', '者，[應]辨識', '', '', '地政士及不動產經紀業', '未能依前款發現…者 is a condition; no subject in the item; lead-in 地政士及不動產經紀業，應瞭解…，依下列規定確認… -> carried'), ('shall', '者，[應]確認', '', '', '地政士及不動產經紀業', 'after ；, 仍未發現者 is a condition; no subject -> carried as above')],
    2: [],
    3: [('shall_not', '品[不得]含有', '', '', '', 'thing subject (化粧品); no actor named; 經中央主管機關公告禁止使用之成分: 禁止 attributive, not labelled'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 不得')],
    4: [('shall', '董事會[應]於', '各財團法人私立學校董事會', '', '', '變更後之主管機關許可為新設合併者 is a condition; 各 + compound name kept; 共同訂定… / 報…核定 same 應')],
    5: [('shall', '控制[應]符合', '', '', '', 'thing subject (貨物圍護系統…其環境控制); no actor in the article'), ('exception', '[不在此限]', '', '', '', '但丙型獨立櫃不在此限 carves out of the 應')],
    6: [('may', '亦[得]免除', '法院', '', '', 'subject of the 如…者 condition clause (法院認為正當者) is the actor; main clause has no subject of its own; 鑑定義務 without 負 is no cue')],
    7: [('shall', '，[應]核轉', '', '', '各主管機關', 'thing subject (科技發展計畫); lead-in 各主管機關對所屬基金…陳報之項目，應審核…核轉 -> carried')],
    8: [('shall', '商[應]提出', '投標廠商', '', '', '')],
    9: [('shall', '線[應]站', '', '', '', 'thing subject (電壓較高之線); …交叉時 condition; 依…規則之規定 has no cue')],
    10: [('shall', '時，[應]調查', '', '', '', 'hard: 受刑人 (subject of the …時 clause) is the patient, not the actor; the prison is not named in the article -> no carried; 應備之文件 attributive')],
    11: [],
    12: [('shall', '，[應]重視', '^[企業經營者]', '', '', '並向消費者說明… / 維護… / 提供… / 及實施… all under the same 應')],
    13: [],
    14: [('shall', '人數[應]合併', '', '', '', 'thing subject (連署人人數); 重複連署以一人計算 no cue; 並優先採計 same 應; 內政部 is named only in the following paragraph -> no carried')],
    15: [('shall', '處理[應]依', '', '', '', 'act topic (機密文件處理); no actor named; names inside 「」 carry no cue')],
    16: [],
    17: [('shall', '人員[應]依限', '^[調任人員]', '', '', ''), ('exception', '，[除]因', '', '', '', '除因特殊情形經呈奉核核准者外 carves out of the 逾期應…予以議處 of the same sentence'), ('shall', '逾期[應]視', '', '', '', 'hard: 逾期應視情節輕重，予以議處 — 調任人員 is the patient of 議處, not the bearer; the disciplining authority is not named -> no carried')],
    18: [('shall', '機構[應]依', '^[科技工業機構]', '', '', '選定… same 應')],
    19: [('may', '者，[得]另繳交', '申請就讀或轉學大學、專科學校二年制者', '', '', 'headless agentive …者 phrase, the only subject, kept whole'), ('shall', '者，[應]附', '', '', '申請就讀或轉學大學、專科學校二年制者', 'hard: parenthesis; 文件為中、英文以外語文者 is a condition with a thing subject; the submitter named in this item -> carried')],
    20: [('may', '款[得]經', '', '', '公司', 'topic (前項第一款、第二款, the dissolution grounds); paragraph right before: 公司有下列各款情事之一者解散 -> carried; 視為退股 no cue')],
    21: [('shall', '時，[應]依', '^[養殖漁業人]', '', '', 'hard: subject of the …時 clause (養殖漁業人變更時), main clause has none; the (new) fish farmer is the applicant')],
    22: [('shall', '時，[應]依法', '', '', '', '當選人不足法定名額時 condition; no actor in the article (voting body not named); 以抽籤定之 no cue')],
    23: [('shall', '報告，[應]經', '', '', '信託投資公司', 'thing subject (會計報告); 應提報之 attributive (not labelled); paragraph right before names 信託投資公司 as the reporter -> carried')],
    24: [('shall', '者，[應]於', '官兵', '憲兵單位退伍除役之官兵', '', 'N[condition]者 keeps N (合乎申請服裝代金者); 繳交… / 取具… / 更換… / 請領代金 all under the same 應; no cue inside 「」')],
    25: [('shall', '機構[應]指定', '機構', '該機構', '', '…未能執行業務或離職時 condition; 該 determiner -> bearer_full; 並於九十日內另聘… same 應'), ('shall', '內[應]報請', '機構', '該機構', '', 'same sentence, no new subject (其技術人員離職時 condition; 其代理人接任…之日起 is a time phrase) -> shares the bearer')],
    26: [('shall', '者，[應]向', '', '', '會計師', '如由他人持有…者 is a condition; no subject; paragraph lead-in 會計師查核簽證財務報表…依下列程序查核 -> carried; 會同盤點庫存票據 has no cue'), ('shall', '日，[應]調節', '', '', '會計師', 'after ；, 盤點日如非資產負債表日 condition; carried as above')],
    27: [('may', '，[得]免設置', '', '', '', 'hard: 設有…之自動撒水設備…者 is a condition (premises), no actor written; paragraph 1 names no actor -> no carried')],
    28: [('shall', '時，[須]以', '', '', '', 'technical rule, no actor; 負載 is no 負…義務; 求得 / 應力 false friends')],
    29: [],
    30: [],
    31: [('shall', '，[應]由', '主聘學校', '', '', 'agent after 應由; 合聘教師之員額 is the object topic')],
    32: [('shall', '者，[應]自始', '', '', '', 'the convicted person is the patient (減少其…給與); lead-in names only the patients (兩廠派用人員); 兩廠 named only in paragraph 2 -> no carried; 應領 attributive')],
    33: [('shall', '時，[應]依', '^[期貨信託事業]', '', '', 'subject of the …時 clause, main clause has none; 扣除… same 應'), ('shall', '費用[應]歸入', '', '', '期貨信託事業', 'own thing subject (該買回費用) -> bearer empty; actor named in this provision -> carried')],
    34: [('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the scope (適用對象) of the standard; first sentence is a definition (指), no operator')],
    35: [('may', '亦[得]列舉', '^[利害關係人]', '', '', '發現…有前條所定情事時 is a condition; 提出證據 / 報請… / 核轉… same 得')],
    36: [('shall', '人[應]合理', '^[運送人]', '', '', ''), ('shall', '時，[應]即', '^[運送人]', '', '', 'second cue of the same sentence shares the bearer; 如…無法提供前項服務時 condition; 並妥善處理 same 應')],
    37: [('shall', '，[應]添具', '', '', '', 'thing subject (書狀); the filer is not named in the article (paragraph 2 is the following one) -> no carried; 提出於法院 / 並以繕本…通知 same 應')],
    38: [('may', '者，[得]經', '', '', '', 'thing topic (危險物品處理標準), 適於國內採用者 condition; 民航局 after 經 approves, not the adopter; adopter not clearly named; 其他應遵行事項 attributive; 由交通部定之 no cue')],
    39: [('may', '法人[得]予', '學校法人', '', '', '校長…被提起公訴者 is the patient/condition; 並就…報…核定後代理之 same 得')],
    40: [('shall', '，[應]檢附', '', '', '', 'act topic (前項申請); the applicant is not named in paragraph 1 (延長…強制住院之申請) -> no carried')],
    41: [('shall_not', '施[不得]增建', '', '', '', 'thing subject (原合法建築物或設施); lead-in (…應依下列規定處理, 得 inside 所定…使用 attributive) names no actor')],
    42: [('shall', '時，[應]檢具', '^[報關業]', '', '', 'subject of the …時 clause, main clause has none')],
    43: [('shall', '者，[應]向', '^[遴委會委員與候選人]', '', '', 'hard: N[condition]者 keeps N (遴委會委員與候選人[間之有下列情形之一]者), coordinated kept whole; paragraph 3 (候選人或遴委會委員…亦應…揭露) confirms both disclose')],
    44: [],
    45: [('shall', '時，[應]出示', '^[查驗人員]', '', '', '執行前項查驗時 is the occasion')],
    46: [('may', '，[得]調整', '', '', '直轄市、縣（市）主管機關', '經…仍不能適應者 is a condition (適應 false friend); no subject; paragraph right before: 直轄市、縣（市）主管機關…應依需求提供或轉介… -> carried'), ('shall_not', '，[不予]扶助', '', '', '直轄市、縣（市）主管機關', 'after ；, 其無正當理由拒不接受調整者 is a condition; no subject -> carried as above')],
    47: [('may', '屋[得]與', '', '', '兼營加油站業務者', 'thing subject (其加油站之營業站屋); the possessor 其 = 兼營加油站業務者 named in this item -> carried; lead-in (加氣站設施及安全距離…應符合下列規定) thing topic'), ('shall', '築物[應]與', '', '', '兼營加油站業務者', '但…應 without 不在此限 is a shall; own thing subject (其建築物) -> carried as above')],
    48: [('shall', '，[應]作成', '', '', '', 'thing topic (依本辦法規定執行之各項計畫…等措施); the executing operator is not named in the article'), ('shall', '並[應]保存', '', '', '', '應…並應 = two statements; same thing topic')],
    49: [('exception', '[不適用]之', '', '', '', '不適用之 carves 第三百二十三條第一項但書 out for the deferred-prosecution period')],
    50: [('shall', '容[應]包括', '', '', '', 'thing subject (記帳憑證之內容); 並經…負責人…簽名或蓋章 same 應 (經 signers are not the bearer); no actor clearly named -> no carried')],
    51: [('shall', '站[應]設置', '室內加油站', '', '', 'hard: premises subject read as the regulated place (like 公私場所), as in the lead-in 前項場所…並應設置; item listed under 除下列情形外 but has its own 應')],
    52: [],
    53: [('may', '，[得]申請', '^[家庭暴力被害人]', '', '', 'N[condition]者 keeps N (為六十五歲以下之成年人者)')],
    54: [('shall', '前，[應]通知', '^[服務機關]', '', '', 'subject of the …前 time clause, main clause has none')],
    55: [('may', '，[得]以', '', '', '', 'thing topic (書面同意之方式); the consenting donor is not named -> no carried; 或…以電子文件為之 same 得')],
    56: [('may', '會[得]視', '重劃會', '', '', '重劃計畫書、圖經公告期滿後 is a time condition; 申請辦理… same 得')],
    57: [('shall', '，[應]記載', '', '', '擬參選人', 'thing subject (擬參選人會計報告書); its possessor 擬參選人 inside the topic NP -> carried')],
    58: [('shall', '，[應]告知', '', '', '', 'act topic (前項情形); paragraph 1 names 書記官 / 勞動調解委員會法官及勞動調解委員 for recording and signing, not clearly the notifier -> no carried')],
    59: [('shall', '，[應]於', '^[請求權人]', '', '', 'subject of the …時 clause, main clause has none; 提出書狀… / 並檢附…為之 same 應')],
    60: [('shall_not', '，[不得]編列', '機關', '未依組織法令設立之機關', '', '之-modifier -> bearer_full')],
    61: [('shall', '者，[應]檢具', '系統經營者', '申請或經指定實施數位轉換實驗區計畫之系統經營者', '', '之-modifier -> bearer_full; 向中央主管機關申請 same 應')],
    62: [('shall', '者，[應]由', '原核准機關', '', '', 'agent after 應由; 製造或輸入偽藥…者 is a condition (the patient of the revocation)')],
    63: [('shall', '體[應]力求', '', '', '', '應力求 = shall strive (not the false friend 應力 = stress); thing subject (計畫圖之字體); the drafting agency appears only inside the agent phrase of the last clause -> no carried'), ('shall', '並[應]均勻', '', '', '', 'thing subject (計畫圖著色); 不宜太濃 has no guide cue'), ('shall', '背面[應]由', '業務承辦及主管人員', '各該都市計畫擬定或變更機關之業務承辦及主管人員', '', 'agent after 應由; possessor 各該…機關之 -> bearer_full; 計畫書之末頁及計畫圖之背面 is the object topic')],
    64: [('may', '政府[得]予以', '縣政府', '', '', '鄉（鎮、市）有…之虞時 is a condition; 償債義務 is not 負…義務')],
    65: [('shall', '人[應]用', '', '', '', 'hard: 應用 here is 應 + 用 (shall use a 協尋書), not the false friend 應用 (apply); act topic (協尋受處分人); paragraph right before (得請有關機關協尋之) names no requester -> no carried; 通知… same 應'), ('shall_not', '但[不得]公告', '', '', '', '但…不得 is a shall_not (no 不在此限); 或登載… / 或以其他方式公開之 same 不得')],
    66: [('shall', '則[應]依法', '', '', '稽徵機關', 'hard: topic (交易相對人涉嫌違章部分); the handling authority 稽徵機關 is named in this provision (in the conditions) -> carried; 應給與而未給與 inside a condition (not labelled); 准按 / 免予 no cue; 取得 false friend')],
    67: [('shall', '，[應]報', '', '', '計畫主持人', 'thing subject (前項實驗教育結果報告); paragraph right before: 計畫主持人應提出結果報告 -> carried; 並作為…參考 same 應; 是否許可 no cue')],
    68: [('shall', '層[應]考量', '管理階層', '', '', '同時需考慮… : 需 (need) is no guide cue; 可協助 no cue')],
    69: [('may', '者，[得]以', '', '', '', 'thing topic (固定資產…已經過相當年數之使用者, a condition); the taxpayer is not named -> no carried; 取得 false friend')],
    70: [('shall', '，[應]具有', '', '', '', 'thing subject (前項護罩之頂端部分); technical standard, no actor')],
    71: [('shall', '章，[應]舉行', '', '', '', 'act topic (授予勳章); the granting authority is not clearly one named body (總統 / 代授機關) -> no carried; 其日期…由代授機關定之 no cue'), ('may', '，[得]派員', '', '', '', 'hard: 得 governs two alternatives (派員 / 由駐外使領館酌定日期授予之): the 由 agent is inside one alternative, not 得由 -> bearer empty; 如受勳人在地方或國外 is a condition'), ('may', '，[得]簽請', '', '', '', '但…得 without 不在此限 is a may; 或由代授機關提前授予 is an alternative under the same 得; 免行 no cue')],
    72: [],
    73: [('may', '處[得]視', '^[本處]', '', '', '於地區設辦事處 under the same 得'), ('shall', '，[應]就', '', '', '本處', '所需工作人員 is the object topic (they are assigned); 本處 is the subject of the first clause of the same sentence -> carried (as fresh16)')],
    74: [],
    75: [('shall', '育，[應]於', '^[學校]', '', '', '學校辦理職業繼續教育: 學校 is the subject; 報…備查 same 應')],
    76: [('may', '機關[得]以', '受理檢舉機關', '', '', '檢舉案件經裁處確定…者 is a condition')],
    77: [('shall', '籌編，[應]注意', '', '', '各國營事業機關', 'act topic (年度計畫與預算之籌編); lead-in 各國營事業機關擬編…時，應注意下述各點 -> carried; 並本零基預算原則辦理 same 應'), ('shall', '資料[應]力求', '', '', '各國營事業機關', 'new sentence, thing subject (數據資料); 應力求 = shall strive'), ('shall', '均[應]切實', '', '', '各國營事業機關', 'new sentence, thing topic (固定資產投資…及各項支出); 均 adverb'), ('shall_not', '，[不得]引用', '', '', '各國營事業機關', 'after ；, no subject; 非確因…之實際需要 is a condition; 肆應 false friend'), ('shall', '擬編時[應]設置', '', '', '各國營事業機關', 'new sentence, no subject; 由…組成 no cue; 並儘量邀請 same 應')],
    78: [('shall_not', '外[不得]超過10W', '', '', '', 'thing subject (發射功率); lead-in 行動微波電臺之運作，應符合下列規定 names no actor'), ('exception', '[除]經主管機關', '', '', '', '除經主管機關核准外 carves out of the 不得 of the same clause'), ('shall_not', '其發射功率[不得]超過5W', '', '', '', '但…不得 without 不在此限 is its own shall_not; …之發射機者 is a condition; thing subject')],
    79: [('shall', '並[應]再', '借款人', '前項借款人', '', 'N[condition]者 keeps N (借款人[之外資比率達…]者); 前項 determiner -> bearer_full; 並 = also, one statement')],
    80: [('shall_not', '內[不得]裝置', '', '', '', 'locative topic (庫房內); lead-in 地下火藥庫之位置、構造及設備應依下列規定 names no actor'), ('shall', '備[應]採用', '', '', '', 'own thing subject (庫房坑道照明設備); 並裝置自動遮斷器 same 應')],
    81: [('shall', '車[應]備有', '', '', '', 'vehicles are things; lead-in 汽車定期檢驗之項目及基準，依下列規定 names no actor'), ('shall', '器[應]為', '', '', '', 'own thing subject (使用之滅火器)'), ('shall', '且大客車[應]於', '', '', '', 'own thing subject (大客車); 另設 = additionally install, not an exception'), ('shall', '廂，[應]依前述', '', '', '', 'new sentence, thing subject (各節車廂 / 各層車廂); 對應 false friend')],
    82: [('shall', '者，[應]累加', '', '', '', 'thing topic (前項裝修範圍貫通二層以上者, a condition); the applicant is not clearly named in para 1 (申請室內裝修之建築物) -> no carried'), ('shall_not', '值[不得]超過', '', '', '', 'second operator of the sentence, own thing subject (合計值)')],
    83: [('may', '者，[得]報請', '', '', '替代役役男', 'hard: 如經…診斷確有繼續治療之必要者 is a condition; the applicant is the 役男 named in the lead-in (替代役役男退役或停役有下列情形之一者) -> carried; 準用 / 以一年為限 no cue')],
    84: [('shall', '前[應]先', '', '', '', 'no subject; no actor in the article')],
    85: [],
    86: [('shall', '時，[應]派員', '^[直轄市或縣（市）主管機關]', '', '', 'subject of the …時 clause is the actor, main clause has none; 並以…為範圍，由戶政機關或自行派員…清查…審查認定 same 應 (embedded 由 clause); 取得 false friend')],
    87: [('shall', '者，[應]至少', '', '', '', '住宅處所設有洗衣區域者 is a condition (place); lead-in 分路出線口數及裝設位置依下列規定辦理 names no actor')],
    88: [('shall_not', '船舶[不得]大於', '', '', '', 'thing subject (the heel angle of ships built after 1994); lead-in 船舶…至少應能符合下列基準 names no actor')],
    89: [],
    90: [('shall', '，[應]施以', '', '', '', 'no subject; 對於…受刑人 is the object; no actor in the article; 應遵守事項 attributive')],
    91: [('shall', '時，[應]沿用', '', '', '', '申請換、補發護照時 is a condition without subject; lead-in 護照外文別名之記載方式如下 names no actor'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應')],
    92: [('shall', '者，[應]於', '', '', '', 'hard: 前項屬因…而吊銷牌照者 is a case class (plates revoked…), not a named actor; paragraph right before has a thing subject (汽車牌照) -> no carried; 應受吊扣牌照處分 inside the time phrase (not labelled)'), ('may', '，[始得]再', '', '', '', '應…後，始得 = shall + may (as fresh15)')],
    93: [('shall', '僑[應]繳', '華僑', '', '', 'own subject in the item; 核發之 / 加簽…之 modify the documents')],
    94: [('shall_not', '走廊[禁止]堆放', '', '', '', '禁止 as operative verb; locative topic (本會館各樓層走廊), no actor; 或任意張貼… same 禁止; 需有 (need) no guide cue; 違反者 condition; 由清潔人員… / 負責 no cue')],
    95: [('shall', '府[應]通知', '直轄市、縣（市）政府', '', '', '實驗教育計畫經審議通過後 is a time condition')],
    96: [('shall', '，[應]供給', '^[雇主]', '', '', '並使勞工確實使用 same 應')],
    97: [('shall', '業[應]檢附', '外國保險業', '', '', 'own subject in the item; 經…簽證之 modifies the document')],
    98: [('may', '時，[得]視', '', '', '', 'no subject; the requisitioning authority is named only in paragraph 1 (not right before) -> no carried; 應有之徵用時間 attributive')],
    99: [],
    100: [('may', '者，[得]優先', '^[承租人]', '', '', 'N[condition]者 keeps N'), ('shall', '並[應]於', '^[承租人]', '', '', 'second cue of the same sentence shares the written bearer')],
    101: [('shall', '物[應]考慮', '', '', '', 'thing subject (支撐及臨時結構物); 但…可較短: 可 is no cue')],
    102: [],
    103: [('may', '關[得]視', '^[機關]', '', '', '於招標文件中訂明… under the same 得; 得標 false friend'), ('shall', '商[應]將', '得標廠商', '', '', 'hard: 應 inside the content the agency may stipulate in the tender documents; labelled as the duty it states on the winning bidder (as fresh10 #104); 送機關備查 same 應')],
    104: [],
    105: [('shall', '招標機關[應]於得標人', '招標機關', '', '', '土地已完成地籍整理者 is a condition; 由得標人會同招標機關申請… is an embedded 由 clause under the same 應; 得標人 false friend'), ('shall', '機關並[應]以', '招標機關', '', '', 'after ；, own subject (last 招標機關 before the cue); 製作點交紀錄 same 應'), ('shall', '，[應]以土地', '', '', '', 'after ；, thing subject (其土地之面積); rule of determination (以…為準), no actor')],
    106: [],
    107: [('may', '意，[得]從事', '水路事故調查機關授權代表', '實質利害關係國之水路事故調查機關授權代表', '', '之-possessor -> bearer_full; 於書面承諾保密及獲得…同意 is a condition; 獲得 false friend')],
    108: [('shall', '，[應]單獨', '', '', '', 'thing subject (金額重大之應收關係人帳款); 應收 false friend; lead-in (流動資產至少應包括…, 應收帳款) names no actor')],
    109: [('shall', '發，[應]預測', '', '', '', 'act topic (…之開發); the developer is not named in the article -> no carried; 水源供應 false friend'), ('shall', '並[應]評估', '', '', '', 'second 應 of the same sentence, same (no) subject')],
    110: [('shall', '者，[應]查明是否已', '', '', '', 'after ；, 其列報商品報廢者 is a condition; lead-in (各科目個別查核規定) names no actor (the CPA only in the law title) -> no carried; first clause (查明…) has no cue; 取得 false friend'), ('shall', '者，[應]查明是否以', '', '', '', 'after ；, …而報廢者 is a condition; same as above')],
    111: [('shall_not', '者，[不得]轉讓', '^[申請人]', '', '', 'N[condition]者 keeps N; 或禁止他人另行錄製: 禁止 is the object of 不得 (may not prohibit others), not its own statement; 取得 false friend')],
    112: [('shall_not', '值[不得]低於', '', '', '', 'thing subject (其接戶開關額定值); 僅供應…者 is a condition (供應 false friend); lead-in 接戶開關之額定不得低於…下列之額定值 names no actor')],
    113: [('shall', '者，[應]自', '', '', '稅捐稽徵機關', 'thing topic (申請抵減所得稅之設備或技術); the collecting 稅捐稽徵機關 is named in this provision (經稅捐稽徵機關查獲) -> carried; 一併徵收 same 應; 所得稅 false friend')],
    114: [],
    115: [],
    116: [],
    117: [('may', '時，[得]據', '航政機關或驗船機構', '', '', 'coordinated kept whole; …獲得者 / 於確認…時 are conditions; 免依…施行 no cue; 獲得 false friend')],
    118: [],
    119: [('may', '機關[得]準用', '直轄市、縣（市）主管機關', '', '', '得 governs 準用… and 限期命…繳納 (one statement); 應變 false friend; 應負責之負責人 attributive')],
    120: [],
}
