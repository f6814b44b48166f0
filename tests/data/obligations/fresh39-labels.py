# fresh39: seed 2410007, session 38 (two readers: a = 1-60, b = 61-120)
# o39: reader a, provisions 1-60 of /work/eval/s38/o39/to_label-a.tsv (sample seed 2410007, session 38)
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh38-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh38):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue (also an embedded
#   由X clause) is one statement; 應…並應 is two statements; 得…不予 (may decline) is one may statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (前項, 該) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…後 clause is the bearer when
#   the main clause has no subject of its own; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…應 without
#   不在此限 are a may / a shall.
# - not labelled: cues inside …者/…時 conditions and definitions, attributive 應X之 (應負責之, 應揭露之, 不得為之行為),
#   不受…之限制 (not a listed cue), 以…為原則 / 以…為限 without a cue, false friends 得獎, 取得, 獲得, 應用, 應聘.
# o39: reader b, provisions 61-120 of the sample (seed 2410007, session 38), numbered 1-60 here,
# hand labels for /work/eval/s38/o39/to_label-b.tsv in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s38start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh38-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh38):
# - a second cue of the same sentence (並應 after a first 應 -> two statements; ，不得 after ，應) shares the written
#   bearer unless its clause has its own (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X /
#   a following clause without a new cue (also an embedded 由X clause) is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also a possessor 其 / agent inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless …者 phrase that is the only subject is kept whole; restrictive 之-modifiers
#   and determiners (前項) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…後 clause is the
#   bearer when the main clause has no subject of its own; the agent after 應由/得由 is the bearer.
# - 除…外 carving out of a statement of the same sentence is an exception (cue 除); 但…得 without 不在此限 is a may.
# - not labelled: attributive 應X之 / 應X事項 (應遵守事項, 應約定事項, 應予保護之範圍, 應徵之關稅, 應納進口稅款),
#   須具備…始能應考之類科 (inside an NP); false friends 取得, 獲得, 所得, 應付 (cope with / payable), 應變, 因應, 供應,
#   須知, 應用 (use); 由…擔任 / 由…酌定之 / 以…為限 are no cues; a 得 inside the content of what must be proven
#   (其得於該國教授) is not a statement of this provision.
LABELS = {
    1: [('shall_not', '每節播授[不得]少於三十', '', '', '專科以上進修補習學校', 'act/thing topic (電視教學每科每節播授); the school, topic of the first clause of the same sentence, gives the instruction -> carried'),
        ('shall_not', '每節播授[不得]少於二十', '', '', '專科以上進修補習學校', 'second operator, own topic (廣播重播…播授); carried as above')],
    2: [('shall_not', '二、[不得]就', '', '', '證券商', 'lead-in 證券商推介外國有價證券，…應遵守下列事項 -> carried')],
    3: [('may', '主管機關[得]派員', '主管機關', '', '', '申請換發…時 occasion'),
        ('shall', '者，[應]即', '', '', '主管機關', 'new sentence; 審驗不合格者 is a condition (the station operator is the patient, the one notified); 主管機關 named in the first sentence -> carried; 限期改善 same 應'),
        ('shall_not', '[不予]換發', '', '', '主管機關', '逾期未改善…者 condition; no subject; carried as above')],
    4: [('shall', '，[應]載明', '', '', '', 'thing subject (畜牧場登記證書); the issuing authority is not named in the article -> no carried')],
    5: [('shall', '均[應]保密', '出席、列席及業務承辦人員', '', '', 'coordinated subject kept whole; 均 adverb dropped; 本會會議不對外公開 has no cue')],
    6: [('shall', '，[應]由', '各級政府', '', '', 'agent after 應由; 表彰名單 is the object topic; 予以公布 same 應')],
    7: [('shall', '[應]先', '目[人員]應先', '前項第一款第一目至第三目及第二款第一目至第三目人員', '', 'reference qualifiers (前項…第三目) -> bearer_full'),
        ('shall', '並[應]經', '目[人員]應先', '前項第一款第一目至第三目及第二款第一目至第三目人員', '', '應…並應 = two statements, shares the bearer; 檢附…申請核發認可證 under this 應'),
        ('may', '[始得]擔任', '目[人員]應先', '前項第一款第一目至第三目及第二款第一目至第三目人員', '', '始得 = may (only then); same sentence, same subject')],
    8: [('shall', '決議[應]有', '', '', '董事會', 'thing subject (董事會之決議, a quorum rule); possessor 董事會 inside the topic NP -> carried (as 本會會議 -> 本會)')],
    9: [],
    10: [],
    11: [('may', '機構[得]通知', '審驗機構', '', '', '申請檢測機構認可之機構…有缺點者 is a condition (patient, the one notified)'),
         ('shall_not', '[不予]認可', '審驗機構', '', '', 'hard: same sentence, 屆期未提出或複查仍有缺點者 a condition (applicant), main clause has no subject -> shares 審驗機構 (para 1: final 認可 is given by 交通部 on the 審驗機構 referral)')],
    12: [('shall', '後，[應]依', '^[公正第三方]', '', '', 'subject of the …後 clause, main clause has none; 送交國防部 same 應')],
    13: [('shall', '，[應]由', '倉庫業者', '', '', 'agent after 應由; 貨物…視同進口 is the topic; 檢附…申報 / 按出倉形態徵稅後…辦理提貨出倉 same 應')],
    14: [('shall', '並[應]每', '', '', '專科社會工作師', 'thing subject (專科社會工作師證書); possessor 專科社會工作師 inside the topic NP -> carried')],
    15: [('may', '，[得]拒絕', '^[看守所]', '', '', '對於請求接見者認為…時 condition; 請求接見者 is the patient')],
    16: [('may', '[得]延長', '', '', '本院', 'thing subject (前項准駁之期限), 必要時 condition; paragraph right before: 本院對於申請案件，應…為准駁 -> carried; 但以一次為限 no cue')],
    17: [('shall', '，[應]檢具', '申請人', '', '', 'N[condition]者 keeps N (申請人[非起造人]者)')],
    18: [('shall', '時，[應]綜合', '^[本部]', '', '', 'subject of the …時 clause, main clause has none')],
    19: [('shall', '，[應]於', '', '', '船長', 'hard: subject is the ship (客船, thing; coordinated 航行…之客船 and …之客船); 由船長指揮各級船員指導乘客演練 is embedded under the same 應 and names the master in charge -> carried 船長')],
    20: [('shall', '務[應]建立', '^[保險業]', '', '', '保險業經營…業務 = 保險業 is the subject; 將信託財產…評審 / 報告董事會 same 應')],
    21: [('shall', '，[應]保持', '', '', '', 'thing/act subject (報關程序之應用與執行); no actor in the article; 應用 false friend')],
    22: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of 為不合格 (a classification without a cue); labelled since the guide lists 不在此限 as an exception cue')],
    23: [('may', '，[得]依', '^[繼續任用人員]', '', '', '加入…協會 same 得')],
    24: [('shall', '者，[應]另', '技師', '', '', 'node also holds the next lead-in (mis-segmented); N[condition]者 keeps N (技師[申請第五條認可]者); first sentence 能源管理人員合格證書影本 has no cue')],
    25: [('shall', '者[應]提出', '^[申請產業創新或研究發展之計畫補助者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole'),
         ('shall', '畫[應]載明', '', '', '申請產業創新或研究發展之計畫補助者', 'own thing subject (該計畫); applicant named in this provision -> carried; 以書面向主管機關提出申請 same 應')],
    26: [('shall', '，[應]於', '^[雇主]', '', '', '對…升降機 is the object')],
    27: [('shall', '構[應]依', '^[各機構]', '', '', '提撥… / 並成立…監督管理之 same 應')],
    28: [('shall', '稱[應]標明', '', '', '專營電子支付機構', 'thing subject (專用存款帳戶名稱); the institution (account holder, 該專營電子支付機構) named in this provision -> carried; 並敘明 same 應')],
    29: [('shall_not', '者，[不得]應本', '^[有律師法所定不得充任律師之情事，或有其他依法不得應國家考試之情事者]', '', '', 'headless …者 phrase, the only subject, kept whole; the two 不得 inside it restate (condition), not labelled; 應 in 不得應 = sit an exam; 或申請免試 same 不得')],
    30: [('shall_not', '[不得]超過', '', '', '特約通譯', 'thing subject (住宿費及雜費); possessor 特約通譯 (the claimant, cf. para 3 報支) inside the topic NP -> carried; 依實支數計算 no cue')],
    31: [],
    32: [('shall', '，[應]敘明', '直轄市、縣（市）主管機關、鄉（鎮、市）公所、直轄市山地原住民區公所首長、幼兒園園長或學校校長', '', '', '…時 condition; coordinated subject kept whole; 交考核小組復議 same 應'),
         ('may', '[得]變更', '直轄市、縣（市）主管機關、鄉（鎮、市）公所、直轄市山地原住民區公所首長、幼兒園園長或學校校長', '', '', 'after ；, 對復議結果仍不同意時 condition, no new subject -> shares the bearer; 並敘明改核之事實及理由 same 得')],
    33: [('shall', '司[應]將', '存保公司', '', '', '…之審認 is the topic; 提供…參考 same 應')],
    34: [],
    35: [('shall', '[應]自', '主管機關', '前項主管機關', '', '前項 determiner -> bearer_full')],
    36: [('shall', '，[應]填具', '^[語言治療師]', '', '', 'hard: read as N[condition]者 (語言治療師[證書滅失或遺失]者 = the therapist whose certificate is lost), the person who applies; 繳納… / 申請補發 same 應')],
    37: [('may', '[得]由', '由[學校主管機關]調整', '', '', 'agent after 得由; 學校校長涉及…者 is a condition (the principal is the patient); 但…依…辦理 has no cue -> not labelled')],
    38: [('shall', '，[應]每月', '', '', '', 'act topic (經營全權委託投資業務), no subject; the enterprises are named only in para 2/5, not in the paragraph right before (para 3) -> no carried')],
    39: [('shall', '者，[應]向', '^[受刑人]', '', '', 'N[condition]者 keeps N; 不予許可假釋之處分 inside the condition (a noun), not labelled')],
    40: [('shall_not', '[不得]少於', '', '', '', 'thing subject (任一性別比例); the appointing 本部 named only in para 1 -> no carried')],
    41: [('shall', '，[應]據實', '^[遺族]', '', '', 'N[condition]者 keeps N; 由…機構追繳 / 移送法辦 no cue')],
    42: [('shall', '區，[應]依', '^[直轄市、縣（市）主管機關]', '', '', '…國民住宅社區 is the object topic'),
         ('may', '者，[得]依', '', '', '直轄市、縣（市）主管機關', '但…得 without 不在此限 is a may; 售價計算書載有…者 condition with a thing subject -> bearer empty; authority named in this provision -> carried')],
    43: [('shall', '外，[應]以', '', '', '候補檢察官', 'hard: thing subject (所輪辦之案件); 應以…為原則 carries a cue; the implied agent of 所輪辦 is the 候補檢察官 of the first sentence -> carried (the assigning office is not named)'),
         ('exception', '[除]相驗', '', '', '', '除相驗案件外 carves out of the 應 of the same sentence')],
    44: [('shall', '但[應]依', '', '', '', '但…應 without 不在此限 is a shall; subject is the vehicles (things); no actor named; 不受前項規定之限制 is no listed cue -> not labelled')],
    45: [('shall', '，[應]符合', '', '', '', 'thing subject (比價、議價案件); procuring agency not named in the article -> no carried; 列舉事實… / 函徵審計機關同意後辦理 same 應'),
         ('exception', '[除]依', '', '', '', '除…外 carves out of the 應 of the same sentence; 不需 inside 除…外 not labelled')],
    46: [('shall', '面[應]由', '承辦人員', '', '', 'agent after 應由; 文稿稿面 is the object topic')],
    47: [('shall', '後，[應]減列', '^[認證機構]', '', '', '於收到前項通知後 time phrase; 並換發認證證書 same 應')],
    48: [],
    49: [('shall_not', '[不得]公開', '^[調處當事人]', '', '', ''),
          ('exception', '[除]已公開', '', '', '', '除…外 carves out of the 不得 of the same sentence'),
          ('shall', '[應]保守', '保護機構及其人員、調處委員', '', '', 'new sentence, own coordinated subject kept whole'),
          ('exception', '[除]法規', '', '', '', '除…外 carves out of the 應 of the same sentence')],
    50: [('shall', '體[應]牢固', '', '', '', 'thing subject (接地電極導線或其封閉箱體), 暴露在外者 condition; no actor in the article')],
    51: [('shall', '人[應]投保', '^[遊艇所有人]', '', '', ''),
          ('shall_not', '額[不得]低於', '', '', '遊艇所有人', 'own thing subject (保險金額); insurer-buyer 遊艇所有人 named in this provision -> carried'),
          ('shall_not', '，[不得]出港', '未投保者', '', '', 'hard: new sentence; headless …者 phrase (those who have not insured), the only subject, kept whole')],
    52: [('may', '[得]依', '本部或所屬機關', '', '', '得…不予受理 = may decline: one may statement; 有前項情形之一者 condition; 該受補助人 is the patient')],
    53: [],
    54: [('may', '[得]委任', '本部', '', '', '…稽核事務 is the object topic; 或委託…辦理 same 得')],
    55: [('may', '[得]同時', '^[證券投資信託事業]', '', '', '')],
    56: [],
    57: [],
    58: [('shall_not', '[不得]超過', '', '', '工業銀行', 'thing subject (股份總額); agent 工業銀行 inside the topic NP -> carried')],
    59: [('shall', '，[應]依', '^[機關]', '', '', '')],
    60: [('shall', '[應]經', '', '', '委託保管機構', 'thing subject (信用評等等級); lead-in 本基金委託經營之委託保管機構，應具備下列資格條件 names the rated institution -> carried; 「twA」 quoted, no cue')],

    61: [('shall', '，[應]依', '^[第三方支付服務業]', '', '', '對於…業務 is the scope')],
    62: [],
    63: [('shall', '[應]按', '檢查人員', '受委託檢查之機關或團體所指派之檢查人員', '', '於檢查完畢後 time phrase; 之-modifier -> bearer_full')],
    64: [],
    65: [('shall', '，[應]於', '^[區長]', '', '', 'subject of the …後 clause, main clause has none; 並組織區公所 same 應')],
    66: [('may', '，[得]申請', '^[考試成績不及格者]', '', '', 'headless …者 phrase, the only subject, kept whole')],
    67: [('shall', '海關[應]核發', '海關', '', '', '其已提供書面保證者 condition; 命納稅義務人限期補繳 same 應; 原應納進口稅款 attributive'),
        ('shall', '者，[應]由', '由[海關]具函', '', '', 'agent after 應由; 納稅義務人未依限補繳者 condition; 責令…代繳之 under the same 應'),
        ('shall', '海關[應]以', '海關', '', '', 'after ；, 其已繳納稅款保證金者 condition; own subject; 應納 attributive')],
    68: [('exception', '[除]檢察長', '', '', '', '除檢察長別有決定外 carves out of the 應 of the same sentence'),
        ('shall', '，[應]處理', '^[值勤檢察官]', '', '', '')],
    69: [('shall_not', '[不得]參與', '全國性登山團體', '申請承辦委託業務之全國性登山團體', '', '之-modifier -> bearer_full')],
    70: [('may', '[得]訂入', '', '', '各機關', 'own thing subject (其編制); 各機關設有附屬機構者 is a condition; possessor 其 = 各機關 named in this provision -> carried')],
    71: [],
    72: [('shall_not', '[不得]有', '', '', '', 'thing subject (底板材); 且確實固定於框架 has no own cue; lead-in 吊籠之工作台應依下列規定 names only a thing -> no carried')],
    73: [('exception', '[除]經同意', '', '', '', '除…所需之物品外 carves the permitted items out of the duty of the same sentence'),
         ('shall', '，[應]將', '^[戒護人員]', '', '', '')],
    74: [('shall', '[應]各', '', '', '各主管機關', 'thing subject (歲入概算表及國有財產異動計畫表); lead-in 各主管機關…應即編製…並應依左列規定辦理 -> carried')],
    75: [],
    76: [('shall', '，[應]公告', '^[直轄市、縣（市）主管機關]', '', '', '並以書面送達…及通知… same 應')],
    77: [('may', '，[得]依', '^[國營事業及公立單位]', '', '', 'coordinated subject kept whole')],
    78: [('shall', '時[應]用', '', '', '', 'hard: 應用支撐 = 應 (modal) + 用 (use), not the false friend 應用 (parallel 並應考慮 confirms); act topic (構材之按裝), no actor in the article'),
         ('shall', '並[應]考慮', '', '', '', '應…並應 = two statements; same (no) subject')],
    79: [('shall', '[應]符合', '', '', '', 'thing subject (隔板); single-paragraph article, no actor named')],
    80: [('shall', '時，[應]附', '', '', '', 'thing topic (捐助財產為現金時 condition); lead-in 設立財團法人，應檢具左列文件 names no actor (act topic) -> no carried'),
         ('shall', '者，[應]附', '', '', '', 'after ；, 為其他財產者 condition; as above')],
    81: [('shall', '[應]採行', '^[業者]', '', '', '採取… under the same 應; 其相關紀錄之保存期限至少為五年 has no cue')],
    82: [('shall', '，[應]先', '油輪', '申請入港修理之油輪', '', 'hard: the tanker is the written agentive subject (申請, 檢具, 送交) standing for its operator -> kept as bearer; 並檢具…送交… same 應'),
         ('may', '[始得]入港', '油輪', '申請入港修理之油輪', '', 'second cue of the same sentence shares the written bearer')],
    83: [('shall', '時，[應]設置', '', '', '雇主', '以人工拆除高煙囪時 condition, no subject; lead-in 雇主對於高煙囪…之拆除，應依下列規定辦理 -> carried'),
         ('shall', '並[應]隨', '', '', '雇主', 'new sentence, own thing subject (該施工架); carried as above'),
         ('shall_not', '[不得]使', '', '', '雇主', 'second operator of the sentence; thing subject continues; carried as above')],
    84: [('shall', '[應]由', '中央或地方物資生產管理機構', '', '', 'agent after 應由; 配給實物 is the object topic; 並分別規定 same 應; 供應 false friend')],
    85: [],
    86: [('shall', '均[應]使用', '', '', '', 'thing subject (屋頂及天花板); lead-in 庫儲之建築物依左列規定辦理 names no actor')],
    87: [],
    88: [('may', '）[得]於', '^[政府及相關行政法人]', '', '', 'coordinated subject kept whole; （以下簡稱獎勵主體） is an abbreviation note; 獎勵… same 得')],
    89: [],
    90: [('shall', '，[應]主動', '^[事業]', '', '', '於…清運後三十五日內 time phrase'),
         ('shall', '者，[應]向', '', '', '事業', 'new sentence; 該有害事業廢棄物有…之情形者 condition with a thing subject; actor 事業 named in the sentence before -> carried')],
    91: [('shall', '，[應]即', '登記機關', '', '', '前項第一款情形 topic; subject of the …時 clause (登記機關於接獲…囑託時), main clause has none')],
    92: [('shall', '，[應]依', '^[依第一項申請來臺就學者]', '', '', 'headless …者 phrase, the only subject, kept whole; 於畢業後欲繼續升學 condition')],
    93: [('shall', '，[應]勸告', '^[直轄市、縣（市）政府及鄉（鎮、市、區）、山地原住民區公所]', '', '', 'coordinated subject kept whole; 或強制… / 並作適當之處置 same 應; 應變 false friend')],
    94: [('may', '[得]加', '', '', '受命軍事審判官', 'hard: 逾限者 (the defense counsel over the limit) is the patient, not the one who urges; the 受命軍事審判官 fixing the period in the same sentence -> carried; 由…酌定之 no cue')],
    95: [],
    96: [('shall', '，[應]妥慎', '', '', '旅行業及其所派遣之隨團服務人員', '執有旅客證照時 condition, no subject; lead-in 該旅行業及其所派遣之隨團服務人員，均應遵守下列規定 -> carried'),
         ('shall_not', '，[不得]遺失', '', '', '旅行業及其所派遣之隨團服務人員', 'second operator of the same sentence; carried as above')],
    97: [('shall', '機關[應]向', '標準專責機關', '', '', '國家標準草案編擬完成後 time phrase; 並將…刊登… same 應')],
    98: [('shall', '，[應]發給', '', '', '', '公務人員 is the beneficiary (topic), not the payer; the paying authority is not named in the article -> no carried')],
    99: [('may', '[得]列席', '大法官', '前項受邀請之大法官', '', '或以書面提供意見 same 得; 前項受邀請之 -> bearer_full')],
    100: [('shall_not', '，[不得]另', '^[已依本辦法規定優惠計收租金者]', '', '', 'hard: headless …者 phrase, the only subject, kept whole (who is meant - the lessee or the case - is not written)')],
    101: [],
    102: [('may', '[得]由', '司法院', '', '', 'hard: 紀錄科應用簿冊、表單 read as the topic NP (registers and forms the section uses; 應用 false friend), not 應 + 用; agent after 得由; 其格式 thing topic')],
    103: [],
    104: [('shall', '，[應]詳予', '', '', '開發單位', 'thing topic (區位中應予保護之範圍及對象; 應予保護之 attributive); lead-in names no actor; paragraph 1 of the article (right before the lead-in paragraph) 開發單位應先查明… -> carried; 研提因應對策 same 應, 因應 false friend')],
    105: [],
    106: [('shall', '，[應]考量', '^[機關]', '', '', 'subject of the …時 clause, main clause has none'),
         ('shall_not', '，[不得]逾越', '^[機關]', '', '', 'second cue of the same sentence shares the bearer'),
         ('shall_not', '並[禁止]有', '^[機關]', '', '', '禁止 as the operative verb (並禁止有…之情形); same sentence, shares the bearer')],
    107: [],
    108: [],
    109: [('may', '，[得]在海關', '', '', '', 'object topic (對進口貨物應徵之關稅或適用之關稅配額; 應徵之 attributive); actor (財政部/行政院) named only in the following paragraph -> no carried; 應付 / 供應 false friends'),
         ('may', '，[得]在百分之一百', '', '', '', '但…得 without 不在此限 is a may; 以一年為限 no cue')],
    110: [],
    111: [('shall', '並[應]揭露', '）[人身保險業]如有', '', '', 'subject of the 如有…時 clause, main clause has none; 並 = also'),
         ('shall', '人身保險業[應]揭露公司', '人身保險業', '', '', ''),
         ('shall', '者，[應]揭露該相對人', '', '', '人身保險業', '股權移轉或股權質押之相對人為關係人者 is a condition (thing subject); 人身保險業 named in the sentence before -> carried; 所取得 false friend'),
         ('shall', '者，[應]揭露核准', '）[人身保險業]經核准', '', '', 'N[condition]者 keeps N (人身保險業經核准…者)')],
    112: [],
    113: [],
    114: [],
    115: [('may', '，[得]以', '', '', '', 'thing topic (保固保證金); 應付契約價金 false friend; paragraph before names 機關 and 得標廠商 but who substitutes is not clear -> no carried')],
    116: [('shall', '[應]取得', '專業技術人員', '前項規定之專業技術人員', '', '前項規定之 -> bearer_full; 取得 here is the verb under 應')],
    117: [],
    118: [],
    119: [('shall', '，[應]取得', '^[外國人]', '', '', 'N[condition] keeps N (外國人受聘僱擔任…之教師); 且取得… same 應'),
         ('shall', '資格[應]能', '', '', '外國人', 'hard: after ；, own thing subject (前開資格); its holder 外國人 named in this provision -> carried; 其得於該國教授 is the content of what must be proven, not a statement')],
    120: [],
}
