# Hand labels for fresh18-unlabelled.tsv (sample.py seed 161803, 100 with a cue + 20 false-friend), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / previous paragraph, via article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue in the same sentence (並得, 並應, 且…得, 惟不得) shares the written bearer at the same offset;
#   across 。 the bearer is carried.
# - a thing / topic subject (計畫, 劑量, 提存金, 通風系統) is no bearer; the actor goes to `carried` only when
#   this provision, its lead-in or the paragraph right before names it clearly (else carried '').
# - a person-denoting headless …者 phrase (在有效期間內未入國者) is an agent and kept whole as bearer; a
#   circumstance (…案件…者, 有更正案者) or a 者 phrase with its own subject inside is a condition.
# - 應由X / 逕由X: X (agent after 由) is the bearer; 送由X審議: X is the reviewer, not the bearer of 送.
# - 但… without 不在此限 keeps its own modality; 以…為限, 不受…限制, 準用, 免予 are no cues.
LABELS = {
    1: [
        ('may', '[得]隨時', '^[各地該管稽徵機關]', '', '', '各地該管 kept as fixed part of the name (no 之)'),
        ('may', '並[得]向', '^[各地該管稽徵機關]', '', '', 'second cue of the same sentence, same written bearer'),
        ('shall_not', '均[不得]規避', '', '', '代徵人、證券自營商、有關公私組織或個人',
         'hard: the ones who must not evade are the investigated parties (objects of the 得 clauses), not the subject 稽徵機關; 均 adverb'),
    ],
    2: [
        ('may', '者，[得]依', '^[當事人或關係人]', '', '', '當事人或關係人[無資力委任程序代理人]者 -> subject kept, condition stripped'),
    ],
    3: [
        ('exception', '[不在此限]', '', '', '', '以…為限 (first sentence) is a restriction without a cue; 取得 false friend'),
    ],
    4: [
        ('shall', '疑畜[應]與', '', '', '', 'thing subject (疑畜, the animal); no actor in the article'),
    ],
    5: [],  # 反應 false friend (產生激烈反應); list item naming a property, no operator
    6: [],  # definition clause (所稱推廣使用，指…); 得獎 false friend; 包括但不限 no cue
    7: [
        ('shall', '開會時，[應]有', '審查小組', '', '',
         'hard: quorum rule; 審查小組 is the subject of the 開會時 clause, read as the subject of 應有 (cf. 授信審議委員會應有…出席); 出席委員…同意行之 has no cue'),
    ],
    8: [
        ('shall', '、[應]報請', '', '', '經營者及其使用者',
         'thing subject (責任分界點); para 1 right before: 經營者及其使用者設置之電信設備…應符合 (named only inside the NP modifier)'),
    ],
    9: [
        ('shall', '資料，[應]於', '^[目的事業主管機關]', '', '', ''),
    ],
    10: [
        ('shall', '考核，[應]由', '由[主管人員]就', '', '',
         'agent after 應由; one 應 covers 評擬/彙送/…報請核定 (機構主持人復核後 is a step, no cue)'),
        ('may', '，[得]逕由', '由[機構主持人]考核', '', '', 'agent after 逕由; 未設考核委員會者 is a circumstance (of the 機構)'),
    ],
    11: [
        ('shall_not', '即[不得]再行', '之[人]，未於', '符合前項資格之人', '', '未於償付期間提出申請者 is a condition on the subject'),
        ('may', '者，[得]於其', '但[因不可抗力之事由，致不能於期間內提出申請者]，得', '', '',
         'hard: person-denoting headless 者 phrase (cf. 不能依前項規定繳送電子檔者) kept whole as bearer; alternative: circumstance, with 符合前項資格之人 carried'),
        ('shall_not', '惟[不得]逾', '但[因不可抗力之事由，致不能於期間內提出申請者]，得', '', '',
         'same sentence as the 得 (limit on the late application), same written bearer'),
    ],
    12: [
        ('shall', '計畫，[應]載明', '', '', '', 'thing subject (合併計畫); para 1, no actor written'),
    ],
    13: [
        ('shall_not', '但[不得]逾', '', '', '', 'topic 留職停薪期間 (a period), no bearer'),
        ('may', '必要時[得]延長', '', '', '',
         'hard: who extends (officer applying vs 權責機關 deciding, both in para 1) is ambiguous -> nothing carried'),
    ],
    14: [
        ('may', '機關[得]採取', '中央目的事業主管機關', '', '', ''),
    ],
    15: [
        ('shall', '），[應]採取', '^[非公務機關]', '', '', '因應 and 應變 (應變、通報及預防機制) are false friends'),
    ],
    16: [
        ('shall', '（二）[應]具有', '', '', '', 'thing subject (照明燈具); lead-in 第一類場所之照明燈具，依下列規定裝設 names no person'),
    ],
    17: [
        ('shall', '駕駛人[必須]領有', '駕駛人', '', '', '其駕駛人 (of the 動力機械) -> 駕駛人; 動力機械…時 is a condition'),
        ('shall', '駕駛人[應]領有大貨車', '駕駛人', '', '', '但… without 不在此限: a shall of its own'),
        ('shall', '駕駛人[應]領有聯結車', '駕駛人', '', '', 'after ；, bearer written again'),
    ],
    18: [
        ('exception', '，[除]依法', '', '', '', '除依法提出申請變更編定外 carves an exception out of 應維持 of the same sentence'),
        ('shall', '外，[應]維持', '', '', '直轄市或縣（市）政府',
         'thing subject (已依法建築之土地); lead-in: 直轄市或縣（市）政府…應即依下列規定辦理; the 其他土地…辦理變更編定 clause has no cue'),
    ],
    19: [
        ('shall', '並[應]適時', '', '', '個人資料檔案承辦人',
         'first clause 依本法第十三條維護… has no cue of its own; lead-in: 本署及所屬機關應分別指定個人資料檔案承辦人處理左列事項'),
    ],
    20: [],  # definition clause (本薪：指…); 教師應領取之基本給與 is attributive
    21: [
        ('may', '，[得]予採計', '', '', '',
         'topic 年資 (thing); 教職員 is only the subject of the 時 condition and does not 採計; authority not written'),
    ],
    22: [
        ('exception', '事業[除]法令', '', '', '', '除法令另有規定外 carves an exception out of the 不得'),
        ('shall_not', '外，[不得]有', '^[前項事業]', '', '', 'reference without 之 stays in the bearer'),
    ],
    23: [],  # 應用 false friend (應用系統規劃); list item of tasks, no operator
    24: [
        ('shall', '者，[應]合併', '', '', '', '有更正案者 is a circumstance; the examining authority is not written; one 應 covers both 合併…'),
    ],
    25: [
        ('shall', '，[應]於委託', '', '', '機關',
         'thing/topic subject (資格、人數…權責分工); para 1 right before: 機關委託廠商辦理監造 -> the agency writes the contract'),
    ],
    26: [
        ('shall', '提存金[應]給付', '', '', '', 'thing subject (提存金); payer not written (para 1)'),
    ],
    27: [
        ('may', '，[得]調度', '^[各級消防主管機關]', '', '', ''),
    ],
    28: [
        ('shall', '申請人[應]檢具', '申請人', '', '', '核發… has no cue'),
    ],
    29: [
        ('exception', '，[除]實際', '', '', '', '除…緊急曝露情況外 carves an exception out of the 不得超過 of the same sentence'),
        ('shall_not', '劑量，[不得]超過', '', '', '設施經營者',
         'thing subject (其所受之劑量); para 1 right before: 設施經營者應盡合理之努力，使接受緊急曝露人員之劑量符合… (hard: the persons exposed are the topic, not the bearer)'),
    ],
    30: [
        ('shall', '合意，[應]記明', '', '', '',
         'thing subject (合意); the court records, the parties prove by writing: ambiguous -> nothing carried'),
    ],
    31: [
        ('shall', '疫苗，[應]補強', '', '', '', 'topic 豬、牛、羊及鹿 (animals, things); owner not written'),
        ('shall', '並[應]依規定', '', '', '', 'second operator; the punishing authority is not written'),
    ],
    32: [
        ('may', '，[得]設置', '^[本中心]', '', '', '適應 false friend; 由本中心…調配之 has no cue'),
    ],
    33: [
        ('shall', '案件，[應]敘明', '', '', '', '檢舉…案件 is an action/circumstance, not a …者 agent; the reporter is not written'),
    ],
    34: [
        ('may', '罰鍰，[得]併處', '', '', '',
         '處…罰鍰 is a penalty stated as a fact; 醫師 is the punished (condition subject), not the bearer; authority not written'),
        ('may', '並[得]廢止', '', '', '', 'second cue; 情節重大者 is a circumstance'),
    ],
    35: [
        ('shall_not', '規定，[不得]洩漏', '', '', '專聘教師',
         '非依法律規定 is a condition; lead-in: 專聘教師除應遵守法令履行聘約外，並負有下列義務'),
    ],
    36: [],  # 應備具之文書 and 應記載或說明事項 are attributive (…如下); no operator applied to an action
    37: [],  # definition clause (所稱有關證件係指…); 所應負職責之說明 attributive
    38: [
        ('shall', '後，[應]先送由', '', '', '',
         'hard: 送由X審議 -> X (該管政府或…都市計畫委員會) is the reviewer, not the one who submits; the drafting body is not written'),
        ('shall', '計畫，[應]先分別', '', '', '內政部或縣（市）政府',
         'thing subject (計畫); 內政部或縣（市）政府 appears only inside its relative clause (由…訂定或擬定之計畫) -> carried'),
    ],
    39: [
        ('shall', '時，[應]附具', '^[區漁會]', '', '', ''),
    ],
    40: [
        ('shall_not', '總值[不得]少於', '', '', '',
         'thing subject (基金資產總值); qualification item of the lead-in 發起人中應有符合下列資格條件之基金管理機構 -> no actor carried'),
    ],
    41: [
        ('shall', '結構，[應]檢附', '', '', '', '在…建造… is an action/circumstance with no subject; applicant not written (para 1)'),
    ],
    42: [],  # 應變 false friend (緊急應變計畫); list item
    43: [
        ('shall', '師資，[應]由', '由[具有專科以上學校教師、專業技術人員或專業技術教師資格之一者]擔任', '', '',
         'hard: agent after 應由 is a headless 者 phrase, kept whole; really a qualification rule on the prison\'s choice of teachers'),
    ],
    44: [
        ('shall_not', '合計[不得]超過', '', '', '保險業',
         'thing subject (契約總價值); lead-in chain: 保險業從事…交易限額規定如下 / 因避險目的所持有之衍生性金融商品…應符合下列規定'),
    ],
    45: [],  # 取得 false friend (比照取得…任用資格); rule of equivalence, no operator
    46: [
        ('shall', '三、[應]據實', '', '', '', 'lead-in 其輸出入應符合下列規定 names no person (exporter/importer not written)'),
        ('shall_not', '許可，[不得]擅自', '', '', '', '非經許可 is a condition; second operator'),
    ],
    47: [
        ('shall', '；信託業[應]就', '；[信託業]應就', '', '', '不受前項規定之限制 is no cue'),
        ('shall', '並[應]告知', '；[信託業]應就', '', '', 'same sentence, 如受益人已確定者 is a condition -> same bearer'),
    ],
    48: [
        ('shall', '），[應]檢附', '複評之[機關（構）]（以下', '申請認可辦理優良營造業複評之機關（構）', '',
         'head noun of the subject NP; (以下簡稱申請認可單位) not used'),
    ],
    49: [
        ('shall', '許可，[應]檢具', '^[受託人]', '', '', ''),
    ],
    50: [
        ('may', '機關[得]派員', '^[主管機關]', '', '', ''),
    ],
    51: [],  # 取得, 所得 (×3) false friends; 免予計入 is no cue
    52: [
        ('may', '任務時，[得]不受前項', '^[消防車、救護車、警備車、工程救險車及毒性化學物質災害事故應變車]', '', '',
         'hard: vehicles as regulated actors in traffic rules (cf. 其他車種不得橫跨); 得不受…限制 is a may; 應變車 false friend'),
        ('may', '時，[得]不受標誌', '^[消防車、救護車、警備車、工程救險車及毒性化學物質災害事故應變車]', '', '',
         'second cue after 且 in the same sentence, same bearer'),
    ],
    53: [
        ('shall', '者，[應]與大氣', '', '', '', 'thing subject (人孔、配電室及洞道)'),
        ('shall', '通風系統[須]定期', '', '', '', 'thing subject (通風系統); 必要時予以清潔 under the same 須'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    54: [
        ('may', '者，[得]自當年度', '', '', '個人',
         'topic 其交易 (thing); para 1 right before is about 個人之基本所得額 -> the individual taxpayer carried; 所得 false friends; 準用 no cue'),
        ('may', '者，[得]於發生', '', '', '個人', 'same; 但…為限 is a restriction without a cue; 取得 false friend'),
    ],
    55: [],  # 應行糾正及注意事項 is attributive (matters to be corrected); 由本行…通知 / 建議…處理之 have no cue
    56: [
        ('may', '，[得]聘用', '^[本會]', '', '', ''),
    ],
    57: [
        ('may', '者，[得]於有效', '。[在有效期間內未入國者]，得', '', '',
         'hard: person-denoting headless 者 phrase kept whole as bearer (alternative: circumstance, with 無戶籍國民 carried from para 1); 以六個月為限 no cue'),
    ],
    58: [
        ('shall', '前，[應]至少', '', '', '產銷履歷農產品驗證機構', 'no subject in the item; lead-in: 產銷履歷農產品驗證機構應…依下列程序辦理驗證作業'),
        ('shall', '項目，[應]達', '', '', '產銷履歷農產品驗證機構',
         'thing subject (樣品數及檢驗項目); 並由驗證機構…決定之 is under the same 應 (no second cue)'),
    ],
    59: [
        ('shall', '稽核，[應]依', '^[本部]', '', '', ''),
    ],
    60: [
        ('shall', '本公司[應]依', '^[本公司]', '', '', ''),
    ],
}

# Hand labels for /work/eval/s29 sample (seed 161803, 100 with a cue + 20 false-friend), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via article.py for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in sample file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject gives bearer ''; `carried` only when this provision, its list lead-in or the paragraph
#   right before clearly names the actor (an entity named only inside a 之-modifier of the topic NP is carried).
# - 'N[condition]者' keeps N as bearer; a headless 者 phrase naming the acting persons (agent) is kept whole as
#   bearer, a headless circumstance 者 phrase is a condition (no bearer).
# - a cue inside 除…外 is not labelled when it restates; when it is the only source of the duty (no other rule)
#   it is labelled (80). 但…從其規定, 不受…限制, 視為, 亦同 are no cues.
# - penalty 得加重 / 得 on a thing (a measure may be …) are labelled may with no bearer.
LABELS.update({
    61: [
        ('may', '邊長[得]在', '', '', '',
         'thing subject (其邊長) inside the 但 sentence; lead-in (裝設火警自動警報設備之建築物，依下列規定劃定火警分區) names no actor'),
    ],
    62: [
        ('may', '，[得]依移交國', '', '', '', 'thing subject (分數); no actor named in the article'),
    ],
    63: [
        ('shall', '，[應]由合併後', '另立之[營利事業]負責', '合併後存續或另立之營利事業', '',
         'bearer = agent after 應由 (head noun, 之-clause stripped); the dissolved 營利事業 of the topic is not the bearer; 負責辦理 is not 負…義務'),
    ],
    64: [
        ('shall', '書[應]納入', '', '', '主辦機關',
         'thing subject (先期計畫書); 主辦機關 only inside the topic NP (主辦機關依…辦理之案件) and subject of para 1 right before -> carried'),
    ],
    65: [
        ('may', '者，[得]採', '', '', '',
         'headless circumstance 者 condition; lead-in (未達公告金額採購之招標…得以下列方式之一辦理) names no actor'),
    ],
    66: [
        ('may', '機關[得]視', '[商港經營事業機構、航港局或指定機關]得', '', '', 'coordinated bearer kept whole; 船舶 is subject of the 發生災害 condition'),
    ],
    67: [
        ('shall', '政府[應]於', '^[地方政府]', '', '',
         'second 應 (所定應訂定之原住民族教育方案) is attributive -> not labelled'),
    ],
    68: [
        ('shall', '，[應]載有', '', '', '',
         'thing subject (the 戶籍謄本 of the lead-in 並載明下列事項); 眷屬 is subject of the 為配偶時 condition only'),
    ],
    69: [
        ('may', '者，[得]以', '', '', '',
         'hard: the first sentence is a definition (指…), but the 但 sentence grants an operative permission to substitute a record -> labelled; 無須 false friend; headless circumstance condition, applicant not written'),
    ],
    70: [],  # 應由廠商賠償而未賠償者: cue inside a condition; 應賠償金額 attributive; list item of a guarantee list, no operator
    71: [
        ('shall', '者，[應]於', '^[機關]', '', '', '機關[限制…]者 -> subject 機關; one 應 governs 規定 / 通知'),
    ],
    72: [
        ('shall', '團體[應]就', '之[辦理團體]應', '受委託之辦理團體', '', '報…核定後，據以辦理 continues the same duty, no second cue'),
    ],
    73: [
        ('shall', '者，[應]予', '', '', '',
         'topic subject (軍職年資, a thing) with conditions; the crediting institution is not named (本部所屬事業機構 only inside the NP)'),
    ],
    74: [
        ('shall', '匯出[應]經', '', '', '證券投資信託事業',
         'thing subject (資金之匯出); para 2 right before names 證券投資信託事業 as the one remitting; 並依…辦理 has no second cue'),
    ],
    75: [
        ('shall', '者，[應]先經', '', '', '', 'thing subject (報酬之數額); no actor clearly named for obtaining approval'),
    ],
    76: [
        ('shall', '時，[應]於', '^[鄉（鎮、市、區）公所]', '', '',
         'subject of the 受理…時 clause; 公告/核轉 continue the same duty without a cue'),
    ],
    77: [
        ('may', '者，[得]加重', '', '', '',
         'penalty clause with 得: the (unnamed) court may aggravate; the offenders (負責人或職員…者) are not the bearer; 負責人 no cue'),
    ],
    78: [
        ('shall_not', '[不得]墊付', '', '', '清理人',
         'headless condition (…債權預估無法全數受償者); para 5 right before names 清理人 as the one who 墊付'),
    ],
    79: [
        ('shall', '後，[應]儘速', '^[直轄市、縣（市）主管機關]', '', '',
         '並提出 continues the same duty (no second cue); 但…從其規定 is no cue'),
    ],
    80: [
        ('shall', '者，[應]迴避', '^[造船技師]', '', '', '造船技師[為小船之設計者] -> subject 造船技師'),
        ('shall', '除[應]終止', '', '', '主管機關',
         'hard: 應 inside 除…外, but it is the only source of the duty to end the commission (no restatement) -> labelled; the main clause (結果無效) has no cue so 除 is no exception; the commissioning 主管機關 is named in para 2 right before'),
    ],
    81: [
        ('shall', '祕書[應]先', '[執行祕書]應', '', '', '本會受理…之評議 is a topic'),
        ('may', '必要時[得]通知', '', '', '本會',
         'hard: the clause after 送請召集委員…開會評議 has no written subject; notifying parties for inquiry is the committee\'s act (本會 in the topic), though 執行祕書 is also a possible reading'),
        ('may', '人並[得]就', '[各該當事人]並', '', '', '並 is an adverb, excluded'),
    ],
    82: [],  # 應變 false friend (緊急狀況應變); list item of tasks, no operator
    83: [
        ('shall', '書[應]載明', '', '', '',
         'thing subject (事業計畫書); the applicant is named only in para 1 (not the paragraph right before) -> not carried'),
    ],
    84: [
        ('shall', '高[應]比照', '', '', '', 'thing subject (舷弧高); lead-in names no actor'),
    ],
    85: [
        ('shall', '，[應]經', '', '', '特定體育團體',
         'thing subject (組織簡則及委員名單); 特定體育團體 appears only inside the NP modifier and is the one who submits -> carried; 亦同 no cue'),
    ],
    86: [
        ('shall_not', '[不得]採為', '', '', '', 'thing subject (陳述); investigators/courts not named'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    87: [
        ('shall', '者，[應]分別', '', '', '', 'headless circumstance condition; para 1 is passive (no actor)'),
    ],
    88: [
        ('shall', '，[應]選擇', '', '', '製造業者',
         'topic subject (確效對象); para 1 right before names 製造業者; 其選擇理由，製作紀錄並保存 has no cue'),
    ],
    89: [
        ('may', '，[得]提高', '', '', '', 'thing subject (薪資); lead-in (年終考核之等第…規定如下) names no actor'),
    ],
    90: [
        ('shall', '，[應]經', '', '', '既有廣播事業',
         'topic 前項承諾; para 1 right before names 既有廣播事業 as the one promising'),
        ('shall', '且[須]提出', '', '', '既有廣播事業', 'second operator (且須) in the same sentence; 取得 false friend'),
    ],
    91: [
        ('shall', '，[應]備具', '', '', '',
         '申請第一項補助 is a condition; the applicants are named in para 1, not the paragraph right before -> not carried'),
    ],
    92: [
        ('exception', '，[除]供甲類', '', '', '',
         '除…外 carves the listed places out of the 得免設 permission of the same sentence; 應設/應設置 inside the NPs are attributive'),
        ('may', '內，[得]免設', '', '', '', 'thing subject (場所); 得免設 = may dispense with'),
    ],
    93: [
        ('shall', '時，[應]將', '^[政府機關（構）]', '', '', '改善/提升 continue the same duty'),
    ],
    94: [
        ('shall', '者，[應]檢附', '^[泰緬地區國軍後裔]', '', '', '泰緬地區國軍後裔[申請定居]者 -> subject'),
    ],
    95: [],  # 取得 false friend; list item of excluded expenses, no operator
    96: [
        ('shall', '機關[應]經常', '^[各直轄市、縣（市）主管機關]', '', '', '各 kept as part of the name (like 各機關)'),
    ],
    97: [
        ('exception', '，[除]法令', '', '', '', '除…另有規定外 carves out of the 應有 of the same sentence'),
        ('shall', '外，[應]有', '', '', '', 'thing subject (董事會之決議)'),
        ('shall', '紀錄[應]於', '', '', '', 'thing subject (會議紀錄); the sending foundation is not written'),
    ],
    98: [
        ('may', '，[得]依', '^[執行單位]', '', '', ''),
    ],
    99: [],  # 出庭應訊 = answer a summons (false friend); list item of circumstances, no operator
    100: [
        ('shall_not', '[不得]預借', '', '', '',
         'hard: item of the contract terms the lead-in requires (契約應載明下列事項); the prohibition is still stated operatively; thing subject (政府採購卡), cardholder not written'),
    ],
    101: [],  # 供應 false friend; 所需 is no cue; list item of business activities
    102: [],  # 取得 false friend; tax-rate rule stated as a fact, no cue
    103: [
        ('shall', '者，[應]就', '', '', '',
         'headless circumstance condition (船舶…超過艏垂線者); lead-in (尖艙之設置應符合下列規定) names no actor; 所得 false friend'),
    ],
    104: [
        ('may', '機關[得]不定期', '^[度量衡專責機關]', '', '', ''),
        ('may', '者，[得]至', '', '', '度量衡專責機關', 'across 。 -> carried from the same provision; 取得 false friend'),
    ],
    105: [
        ('shall', '屆滿，[應]依', '之[留學生]於', '申請本貸款之留學生', '', ''),
        ('may', '同意，[得]向', '但[修畢碩士學位後繼續修讀博士學位者]，', '', '',
         'hard: headless agent 者 phrase (the students who go on to a doctorate) kept whole as bearer; 取得 false friend'),
        ('may', '最長[得]與', '', '', '',
         'thing subject (the extended period, at most equal to…); 由其全額負擔 is not 負…義務'),
    ],
    106: [
        ('shall', '者，[應]將', '票券金融公司', '', '', '應收票據 false friend; 授信戶 is the object of 針對'),
    ],
    107: [],  # 所得 false friend (所得之藍圖); survey-method list item, no operator
    108: [
        ('shall', '機關，[應]就', '之[中央目的事業主管機關]，', '各資料取得方之中央目的事業主管機關', '',
         '取得 false friends'),
    ],
    109: [],  # 所得 false friend (技術合作所得之報酬金); list item
    110: [],  # 應付款 false friend; list of tasks
    111: [],  # 支應 false friend; 由…定之 / 委由…執行 have no cue
    112: [],  # 因應 false friend; 需將 (need to) is no guide cue and describes a circumstance in a list
    113: [
        ('may', '機關[得]另行', '中央主管機關', '', '',
         '取得 false friend; 不受…之限制 is not a guide cue (only 不適用)'),
    ],
    114: [
        ('shall', '大小[應]以', '', '', '保險業',
         'thing subject (容積大小); lead-in subject 保險業 (…應符合下列條件). 接受基地得一次使用完畢 = "can be used up", inside the 以…為限 complement -> not labelled; 取得 false friend'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    115: [
        ('shall', '限額，[應]符合', '', '', '電子支付機構',
         'thing subject (程序及限額); lead-in 電子支付機構辦理…應依下列規定辦理; 採用 continues the duty; 相應 false friend'),
    ],
    116: [],  # 所得稅 false friend; item of a list of statements
    117: [],  # 取得 false friend; qualification list item
    118: [],  # 取得 false friend; 視為 is no cue; qualification list item
    119: [],  # 應付短期票券 false friend (account name)
    120: [
        ('may', '，[得]由中央', '得由[中央主管機關]會同', '', '',
         'hard: first part is a definition (所稱…指…; 應納稅額, 所得 false friends), but after ； the 但…得由 grants the authority a power -> labelled; bearer = agent after 由 (co-agent 會同財政部 not included); 由…公告之 has no cue'),
    ],
})
