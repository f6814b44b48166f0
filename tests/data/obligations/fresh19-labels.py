# Hand labels for fresh19-unlabelled.tsv (sample.py seed 223607, 100 with a cue + 20 false-friend), provisions 1-60: reader a.
# provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / previous paragraph, via article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - comma clauses of one sentence (up to 。) sharing an omitted subject get that subject; a second cue of the same
#   sentence (並得, 並應, after ；, 但不得) shares the written bearer at the same offset; across 。 it is carried.
# - a thing / topic subject (期間, 申請書, 擔保, 職務, 內部控制制度) is no bearer; a passive "may be deemed /
#   appointed" (得認為, 得比照…聘任) has no bearer either; `carried` only when this provision, its list lead-in or
#   the paragraph right before names the actor clearly, else ''.
# - 'N[condition]者' keeps N (or the antecedent of 其) as bearer; a person-denoting headless …者 phrase that is the
#   only subject (or the agent after 由) is kept whole; 之-modifiers go to bearer_full.
# - 但… without 不在此限 keeps its own modality; 除…外 carving out of a 不得 of the same sentence is an exception;
#   cues inside a …時 condition and inside a regulation's name are not statements; 負有…之責 is a shall at 負.
LABELS = {
    1: [
        ('may', '機關[得]準用', '直轄市、縣（市）主管機關', '', '',
         '污染行為人…不遵行前項規定時 is a condition (不遵行 no cue); 準用 is no cue'),
    ],
    2: [
        ('shall_not', '[不得]逾', '', '', '',
         'thing/topic subject (其期間 of the 鑑定、查核); para 1 names no actor (應先予封存 passive)'),
    ],
    3: [
        ('may', '[得]隨時', '之[退休教職員]於', '擇領一次退休金之退休教職員', '',
         'hard: coordinated subject 退休教職員 … 及資遣教職員 is split by a 期間 condition, so not contiguous; the first conjunct (head of the sentence) is written as bearer'),
    ],
    4: [
        ('may', '設備[得]沒入', '', '', '直轄市、縣（市）主管教育行政機關',
         'thing subject (器材、設備); confiscating authority is the 由-agent of the first clause of the sentence. 由…命其立即停辦 has no cue; 處…罰鍰 is a penalty as a fact'),
        ('may', '者，[得]按日', '', '', '直轄市、縣（市）主管教育行政機關',
         'penalty 得 (may punish daily); 經處罰鍰後仍不遵令停辦者 is the offender (condition), not the bearer; authority carried from the same sentence'),
    ],
    5: [
        ('shall', '法庭[應]以', '^[司法院刑事補償法庭]', '', '', 'one 應 governs 以…為受命法官 (審查/製作 belong to the judge)'),
    ],
    6: [],  # 所得 false friend (薪資或報酬等所得); list item under a 不適用 lead-in, no operator of its own
    7: [
        ('shall', '，[應]即時', '', '', '受委託機關（構）',
         'no subject in the item (發生…情事 is a condition); carried from the lead-in 受委託機關（構）應遵循下列事項'),
    ],
    8: [],  # 應用化學 false friend (a discipline); qualification list item, no operator
    9: [
        ('shall', '申請書[應]記載', '', '', '', 'thing subject (申請書); applicant not named; 應記載 is the main verb here, not attributive'),
    ],
    10: [
        ('shall', '者，[應]依', '為一般車輛或漁船加注燃料者', '', '',
         'hard: headless 者 phrase read as the agent (those who fuel general vehicles or fishing boats in the area), kept whole; 前項特定區域內 is a locative'),
    ],
    11: [
        ('shall', '前，[應]使', '', '', '院長或其指定人員',
         'no subject written; paragraph 1 (right before): 院長或其指定人員得召開評鑑會議，決定…; 被評鑑之調解委員 is the object'),
    ],
    12: [],  # definition clause (禁建，係指禁止…): 禁止 inside a definition, no statement
    13: [
        ('shall', '學校[應]回復', '服務學校', '', '', 'topic …復聘之教師 fronted; subject 服務學校'),
    ],
    14: [
        ('shall', '[應]有', '', '', '', 'no subject; lead-in 裝運設備應具備下列裝置 has a thing subject, no actor'),
    ],
    15: [
        ('shall', '時，[應]將', '', '', '本國驗船機構',
         '驗船師 is the object of 解聘 inside the …時 condition, not the bearer; paragraph before: 本國驗船機構聘用驗船師時，應…報交通部備查'),
    ],
    16: [
        ('shall', '用語，[負]有正確妥適之責', '', '', '各層負責人員',
         '負有…之責 read as 負有…義務 (duty, cue 負); 應經其審核之文件 is attributive; bearer carried from lead-in 各層負責人員…其責任如下'),
    ],
    17: [
        ('may', '機關[得]隨時', '^[主管機關]', '', '', 'one 得 governs 派員 / 委託 / 令…派員 / 令其提報'),
    ],
    18: [
        ('shall_not', '出席[不得]開會', '^[本會]', '', '', '非有…出席 is a condition'),
        ('shall_not', '同意[不得]決議', '^[本會]', '', '', 'second cue after ；, same sentence, same written bearer; 由主席裁決之 has no cue'),
    ],
    19: [
        ('shall', '：[應]標識', '', '', '', 'thing topic (漁船統一編號); lead-in 漁船標誌位置，應依下列規定辦理 names no actor'),
    ],
    20: [
        ('may', '主管[得]依', '各層主管', '', '',
         '必須 sits inside the condition 遇臨時特別案件必須緊急處理時 -> not labelled; 各層 kept as fixed modifier; 負責 no cue'),
    ],
    21: [
        ('exception', '[不在此限]', '', '', '', '但懷孕不在此限 excepts from the 應予退學 ground'),
    ],
    22: [
        ('shall', '政府[應]推廣', '^[政府]', '', '', 'one 應 governs 推廣與輔導 and 並鼓勵 (no second cue)'),
    ],
    23: [
        ('may', '，[得]按', '', '', '', 'no subject written (the authority levying the duty is not named)'),
    ],
    24: [
        ('may', '者，[得]申請', '^[公立博物館]', '', '', '有…必要者 is a condition on the subject; 取得 false friend'),
        ('may', '並[得]採', '^[公立博物館]', '', '', 'second cue of the same sentence'),
        ('shall_not', '但[不得]違反', '^[公立博物館]', '', '', '但不得 (no 不在此限) is a shall_not, same sentence, same bearer'),
    ],
    25: [
        ('shall', '者，[應]使用', '', '', '', 'thing subject/condition (訴願文書交付郵政機關送達者); no actor named'),
    ],
    26: [
        ('shall', '者，[應]由', '由[具保人]負擔', '', '',
         'bearer = agent after 應由 (also the subject of the condition); 負擔 is not 負…義務; 手續費由代庫銀行…預扣 has no cue'),
    ],
    27: [
        ('shall', '者，[應]直接', '', '', '輸配電業經營者',
         'thing subject (一般共同成本); carried from lead-in 輸配電業經營者…應依序執行下列…步驟'),
    ],
    28: [
        ('shall_not', '公務員[不得]利用', '^[公務員]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    29: [
        ('shall', '[應]立即', '^[退休人員]', '', '',
         'hard: 其領有月退休金受領證書者 read as N[condition]者 with 其 = 退休人員 (subject of the sentence); could also be read as a headless agent phrase'),
    ],
    30: [
        ('shall', '時，[應]於', '^[保護機構]', '', '', '並於…網站登載 is governed by the same 應 (no second cue)'),
        ('shall', '內容[應]載明', '', '', '保護機構', 'thing subject (公告之主要內容); the announcing 保護機構 of the same sentence carried'),
    ],
    31: [
        ('may', '，[得]不以', '^[採購評選委員會]', '', '', '得不以…為限: a permission (may select more than one)'),
    ],
    32: [
        ('shall', '機構[應]於', '所在之[醫療機構]應於', '器官捐贈者所在之醫療機構', '', ''),
        ('shall', '並[應]併同', '，受移植者之[醫療機構]並應', '受移植者之醫療機構', '',
         'own subject in the second clause; 受移植者之 modifier to bearer_full'),
    ],
    33: [
        ('may', '職務[得]列', '', '', '', 'thing subject (職務 of the 正工程司 posts): the post may be ranked; organic rule, no bearer'),
    ],
    34: [
        ('shall', '者，[應]作成', '^[書記官或執達員]', '', '', '經…命為…者 is a condition on the subject'),
    ],
    35: [
        ('may', '，[得]認為', '', '', '',
         'hard: 現職公務人員 is a topic; 得認為具有 = the acquired specialty may be deemed (passive), the deeming authority is not written; 取得 false friend'),
    ],
    36: [
        ('shall', '，[應]組成', '^[直轄市、縣（市）主管機關]', '', '', ''),
    ],
    37: [
        ('shall', '師資[應]與', '^[第四條第一項第三款教保專業課程授課師資]', '', '',
         'hard: qualification rule; 授課師資 (the teachers) read as the written subject; the reference without 之 stays in the bearer; 並符合 no second cue'),
    ],
    38: [
        ('shall', '時，[應]將', '^[保管國家機密案卷人員]', '', '', 'subject of the …時 clause is the subject of 應; 並親自列冊 no second cue'),
    ],
    39: [],  # 所得 false friend (所得現金); list item of a definition (指下列情事之一), no operator
    40: [
        ('shall', '，[應]依法', '', '', '', 'thing subject (擔保); para 1 is a definition naming no actor'),
    ],
    41: [
        ('shall', '制度[應]包含', '', '', '',
         'thing subject (內部控制制度); 專營電子支付機構 appears only as a 之-modifier of the thing, not carried (cf. GUIDE: 計畫…應包括 -> none)'),
    ],
    42: [
        ('may', '法官[得]適時', '^[審判長或陪席法官]', '', '', '並重新說明之 continues under the same 得 (no cue)'),
    ],
    43: [
        ('shall', '委員會[應]就', '五、[行政院研究發展考核委員會]應', '', '', ''),
    ],
    44: [
        ('exception', '[除]農', '', '', '', '除農、漁會以外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '者，[不得]充任', '有銀行負責人應具備資格條件準則第三條所定情事之一者', '', '',
         'hard: headless 者 phrase is the only subject and names the persons barred, kept whole (cf. fresh15 有下列情事之一者); 應具備 is inside a regulation name (銀行負責人應具備資格條件準則) -> not labelled'),
    ],
    45: [
        ('may', '核准[得]分期', '', '', '承租人', 'thing subject (建築設施); 承租人 of paragraph 1 (right before) builds'),
        ('shall', '並[應]依', '', '', '承租人', 'same thing subject; carried'),
    ],
    46: [
        ('may', '時，[得]調閱', '^[法務部矯正署]', '', '', ''),
    ],
    47: [
        ('shall', '，[須]取得', '', '', '衛生單位護理人員',
         'topic 教育訓練 (thing); lead-in 衛生單位護理人員施行預防接種作業，應接受之訓練課程如下 (應接受之 attributive) names the nurses; 取得 false friend but 須 is the cue'),
    ],
    48: [
        ('shall', '，[應]另依', '', '', '', 'topic (動物之國際運送); no actor in the article'),
    ],
    49: [
        ('shall', '結果，[應]即', '^[主計處]', '', '', '應即 = 應; 歲入預算應編數額 is attributive; 由行政院…函知 has no cue'),
        ('shall', '並[應]轉知', '；[中央各主管機關]並應', '', '', 'own subject after ；'),
    ],
    50: [
        ('shall', '時，[應]以', '^[航政機關]', '', '', '準用 is no cue'),
    ],
    51: [
        ('shall', '接管人[應]報請', '監管人或接管人', '', '', '有下列情事之一者 is a circumstance (condition)'),
    ],
    52: [
        ('shall', '時，[應]確定', '', '', '雇主', 'carried from lead-in 雇主使用減壓艙時，依下列規定; 並於執行前通知 no second cue'),
    ],
    53: [
        ('shall', '檔案，[應]分別', '', '', '', 'thing topic (已銷毀之檔案); the recording agency is not named in the article'),
        ('shall', '並[應]附註', '', '', '', 'same sentence after ；, thing condition (其有…紀錄者); no bearer'),
        ('may', '目次表[得]免', '', '', '', '但…得 without 不在此限 is a may; thing subject (案卷目次表)'),
    ],
    54: [
        ('shall_not', '[不予]保留', '', '', '', 'thing subject (未辦理續存之額度); 以…為限 no cue; no actor named clearly'),
    ],
    55: [
        ('shall', '機關[應]報請', '當地公路監理機關', '', '',
         '擅自停止…者 is a condition (the testing unit is the object); 當地 kept as fixed modifier'),
    ],
    56: [
        ('may', '公司[得]從事', '^[票券金融公司]', '', '', ''),
    ],
    57: [
        ('shall', '機構[應]相同', '', '', '',
         'hard: 其實施測試之認可機構 is an attribute of the tests (其 = the tests); 應相同 is a sameness requirement, the institution bears no act -> no bearer'),
    ],
    58: [
        ('may', '時[得]比照', '', '', '', '副館長 is the one appointed (passive 得…聘任); appointing authority not written'),
    ],
    59: [],  # 應用 false friend (製圖應用之); 適用 is not 不適用 -> no statement
    60: [
        ('shall', '人員[應]由', '由[參加中央主管機關或經委託其他訓練機關（構）辦理之爆破專業人員訓練，受訓期滿成績及格，年齡未逾六十五歲，並領有爆破專業人員證者]擔任', '', '',
         'hard: bearer = agent after 應由, a headless qualification 者 phrase kept whole (cf. fresh18 師資，應由…者擔任); topic 爆破專業人員 (the post) is no bearer'),
        ('may', '，[得]由具有', '證明之[外國人或本國人員]擔任', '具有該項發爆技術證照或訓練合格證明之外國人或本國人員', '',
         '但…得 is a may; bearer = agent after 由, 之-modifier to bearer_full'),
    ],
}

# Hand labels for /work/eval/s29 sample f19 (seed 223607, 100 with a cue + 20 false-friend), provisions 61-120: reader b.
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
# - clauses of one sentence sharing an omitted subject (incl. a 由X agent of the first clause) get that subject;
#   a clause after a headless condition about another party (屆期未補正者，不予受理) gets it as carried.
# - 除…外 carving out of a may/shall of the same sentence is an exception; 可 / 方可 / 不受…限制 are no cues;
#   得不 (得不納入) is a may; 應用X為之 read as 應 + 用 (shall use) when 用X is the instrument of 為之.
LABELS.update({
    61: [
        ('shall', '使用人[應]建立', '^[航空器使用人]', '', '', ''),
        ('may', '後，[始得]於', '航空器使用人', '', '', 'same sentence, same written subject; 始得 = may only then'),
    ],
    62: [
        ('may', '亦[得]請求', '受僱者或求職者', '', '', '雖非財產上之損害 is a concession, not a condition on the bearer'),
        ('may', '並[得]請求', '', '', '受僱者或求職者',
         'hard: 其名譽被侵害者 is a circumstance 者-phrase (其 = the employee/applicant), read as a condition; the claimant is carried across 。'),
    ],
    63: [
        ('shall', '內[應]設置', '', '', '雇主',
         'thing subject (通道); lead-in 雇主架設之通道…應依下列規定 names 雇主 only inside the 之-modifier -> carried'),
    ],
    64: [
        ('may', '，[得]依前項', '', '', '',
         'thing subject (未…撥交、撥繳之數); paragraph 1 has several actors (退撫基金管理機關 / 該事業), none clearly the computing party'),
    ],
    65: [
        ('shall', '機關[應]將', '^[中央主管機關]', '', '', ''),
        ('shall', '自來水事業[應]將', '自來水事業', '', '', 'subject of the second clause (last occurrence before the cue)'),
        ('may', '自來水事業[得]不納入', '自來水事業', '', '',
         '得不 = may refrain from (a permission); 但…時 without 不在此限 is no exception cue'),
        ('shall_not', '機關[不予]補助', '中央主管機關', '', '', ''),
    ],
    66: [
        ('shall', '機關[應]公開', '各級主管機關', '', '', '本會委員名單…相關資訊 is the fronted object'),
    ],
    67: [
        ('exception', '[不在此限]', '', '', '',
         'exception to the lead-in 有下列情形之一者，不予許可 (list item 一 of para 2)'),
    ],
    68: [
        ('may', '亦[得]於', '之[當事人]未依', '其他因同一原因事實受有損害之當事人', '',
         '未依…授與訴訟實施權者 is a condition; 由法院併案審理 has no cue'),
    ],
    69: [
        ('shall', '處理，[應]依', '^[本局職員]', '', '', '機密文件之處理 is the fronted object (對於…)'),
    ],
    70: [
        ('shall', '時，[應]對受託者', '^[顧問公司]', '', '', '並明確約定 continues the same duty, no second cue'),
    ],
    71: [
        ('shall_not', '品名[不得]夾雜', '', '', '', 'thing subject (中文品名)'),
        ('exception', '[不在此限]', '', '', '', '經中央衛生主管機關核定者 is inside the condition'),
    ],
    72: [
        ('shall', '司法院[應]即', '司法院', '', '',
         '經審查小組資格審查不合格者 is a condition; 應即 = 應; 並於…通知 has no second cue'),
    ],
    73: [
        ('shall', '維修[應]依', '', '', '航空器所有人或使用人',
         'thing subject (維護、修理及預防性維修); paragraph 1 right before: 航空器所有人或使用人應負責保持…'),
    ],
    74: [
        ('may', '者，[得]於保險', '', '', '',
         'hard: 私立學校有…無法繼續辦學者 is the circumstance (the excluded risk), not the actor; the permission is to the contracting parties to stipulate an exclusion; 不負賠償責任 is not 負…義務'),
    ],
    75: [],  # 應繳之土地增值稅: 應 is attributive inside a noun phrase (list item of amounts); 取得 in the law name only
    76: [
        ('shall', '者，[應]說明', '', '', '',
         '發射功率為可變者 is a condition; lead-in 前項事業計畫書應載明下列事項 has a thing subject (the applicant is only in para 1, not the lead-in)'),
    ],
    77: [
        ('may', '，[得]邀請', '^[本會]', '', '', '本會開會時 / 如認有必要 are conditions'),
    ],
    78: [
        ('shall', '機關[應]依', '中央主管機關', '', '',
         '中小企業有…者 is a condition; 停止並追回 is the content of the notice; 所得額 false friend'),
    ],
    79: [
        ('shall', '時限[應]依', '', '', '',
         'thing subject (傳輸頻率與時限); 經指定公告應與…連線之監測設施: first 應 is attributive inside the NP -> not labelled'),
    ],
    80: [
        ('exception', '，[除]經前項', '', '', '', '除…外 carves an exception out of the 得廢止 of the same sentence'),
        ('may', '機關[得]廢止', '主管機關', '', '', '逾期未完成前項規定者 is a condition'),
    ],
    81: [
        ('shall', '本部[應]於', '本部', '', '', ''),
        ('may', '必要時，[得]延長', '本部', '', '', 'after ；, same written subject; 並以三個月為限 has no cue'),
    ],
    82: [
        ('exception', '，[除]法律', '', '', '', '除…另有規定外 carves an exception out of the 應由 of the same sentence'),
        ('shall', '外，[應]由', '由[民間機構]負責', '', '', 'bearer = agent after 應由; 負責處理 is not 負…義務'),
    ],
    83: [
        ('shall', '者[應]設置', '之[設施經營者]應', '第四條規定之設施經營者', '', '委員由下列人員組成 has no cue'),
    ],
    84: [
        ('may', '，[得]免依', '^[私立小型身心障礙福利機構]', '', '', '得免 = may be exempted (may)'),
        ('may', '主管機關[得]視', '直轄市、縣（市）主管機關', '', '', '但…得 is a may, not an exception; 負責人 no cue'),
    ],
    85: [
        ('shall', '均[應]先期', '', '', '夜間負有任務或專業工作單位及軍公工業廠所',
         'hard: clause subject is 其室內必需用燈 (a thing; 其 = the units) -> carried from the sentence topic; 負有任務 is inside the NP (not 負…義務); 必需 (needed) is no cue'),
        ('shall', '仍[須]一律', '', '', '夜間負有任務或專業工作單位及軍公工業廠所', 'thing subject (室外燈火)'),
    ],
    86: [
        ('shall', '紀錄，[應]保存', '', '', '發行機構',
         'topic 紀錄 (thing); 發行機構 is only inside the 之-modifier, and the lead-in 發行機構…應依下列事項辦理 names it; 取得 false friend'),
    ],
    87: [
        ('shall', '交易所[應]依', '公司制期貨交易所', '', '', ''),
    ],
    88: [
        ('may', '者，[得]通知', '由[受理機關]先', '', '',
         'shared subject of the sentence = agent of 由受理機關先…檢核; 有未符合規定且可補正者 is a condition; 應備文件 attributive'),
        ('shall_not', '[不予]受理', '', '', '受理機關',
         'the clause right before (屆期未補正…者) is a condition about the applicant; the agency is carried from the same sentence'),
    ],
    89: [
        ('shall', '當事人[應]立即', '當事人', '', '', '負責人 is no cue'),
        ('shall', '後[應]即主動', '。[該服務事業]於知', '', '', '並向主管機關申報 has no second cue'),
    ],
    90: [
        ('shall', '者，[應]檢附', '', '', '外籍民用航空運輸業',
         'topic 各類文件 (thing; 如為外文者 condition); paragraph 3 right before: 外籍民用航空運輸業…應另檢附'),
        ('shall', '並[應]經', '', '', '外籍民用航空運輸業', 'thing subject (the translation must be authenticated); second operator'),
    ],
    91: [],  # 應具之容量 attributive inside the NP; 由中央主管機關定之 has no cue
    92: [
        ('shall', '公司[應]將', '票券金融公司', '', '',
         '…時 is a condition; 該受讓人…有權 is no cue'),
    ],
    93: [
        ('shall', '當事人[應]釋明', '當事人', '', '', '前項但書各款事由 is a fronted object'),
    ],
    94: [
        ('shall', '周圍[應]設置', '', '', '', 'place/thing subject; lead-in (室外儲槽…得依下列規定辦理) names no actor'),
        ('shall_not', '[不得]小於', '', '', '', 'thing subject (防液堤之容量)'),
    ],
    95: [
        ('shall', '經營業[應]自', '^[貨櫃集散站經營業]', '', '', 'one 應 governs 辦妥 and 並檢具…申請 (no second cue)'),
    ],
    96: [
        ('shall', '人員，[應]簽署', '之[人員]，', '參與本辦法所定相關會議之人員', '', '應予保密之內容 attributive'),
        ('shall', '，[負]有保密', '人員', '參與本辦法所定相關會議之人員', '', '負有…義務 (cue 負), same sentence, shared subject'),
    ],
    97: [
        ('shall', '者，[應]以書面', '^[連結機關]', '', '', '連結機關有…者 -> subject 連結機關'),
    ],
    98: [
        ('shall', '專長，[應]與', '', '', '', 'thing subject (教師之學術或實務專長); no actor written'),
        ('may', '[始得]列入', '', '', '', 'thing subject (counting rule); 始得 = may only then'),
    ],
    99: [],  # no cue (收取 / 計算之 stated as fact); 核子反應器 = 反應 false friend
    100: [
        ('shall', '秘密事項，[應]保守', '^[監評人員]', '', '', ''),
    ],
    101: [
        ('shall', '口試委員[應]觀察', '每一口試委員', '', '',
         '團體討論 is a topic; 每一 kept like 各; 應考人 false friend; 並於…評分並加評語 has no second cue'),
    ],
    102: [
        ('shall', '服務業[應]訂定', '^[交友服務業]', '', '',
         'one 應 governs 訂定/公告/並揭露 (no second cue); 行動應用程式 = 應用 false friend'),
    ],
    103: [
        ('shall', '二週，[須]無', '', '', '', 'test requirement on the animals (thing); 不良反應 false friend'),
    ],
    104: [],  # 緊急應變計畫 / 應變作業程序: 應變 false friend; list item of tasks
    105: [
        ('may', '機關[得]於', '裁處機關', '', '',
         '行為人…者 is a condition; 所得 ×2 false friends; 不受…限制 is no cue'),
    ],
    106: [
        ('shall', '，[應]用雙式', '', '', '',
         'hard: 應用 is not the false friend here: 應 + 用雙式簿記方法為之 (shall be recorded by double entry); thing subject, actor (財團法人) only mentioned in para 2, not as actor'),
    ],
    107: [],  # 取得 false friend; list item (a condition), no operator
    108: [
        ('shall', '調查，[應]以', '', '', '',
         'thing subject (調查); 供應 false friend; 並可委託 — 可 is not a cue; no actor in the article'),
    ],
    109: [],  # definition (指…); 所得 false friend
    110: [],  # 因應 false friend; list item of tasks
    111: [
        ('shall', '時數，[應]為', '', '', '', 'thing subject (每年再訓練之時數); 取得 false friend'),
        ('shall', '並[應]經', '', '', '現職運轉人員',
         'second operator; the retrained persons pass the test, named only in the item heading 現職運轉人員再訓練 -> carried'),
    ],
    112: [
        ('shall', '、[必須]先行', '', '', '',
         'no subject written; lead-in 使用前置及後附符號規定如左 names none; 方可 is not a listed cue; 取得 false friend'),
    ],
    113: [
        ('shall', '主管[應]取得', '技術主管', '審核計量技術人員填製之檢定紀錄及簽署檢定結果通知書之技術主管', '',
         '取得 after 應 is the verb (cue is 應)'),
    ],
    114: [],  # 取得 false friend; list item of tasks (抽查事項)
    115: [],  # definition (係指…之人員): 應經考試及格 is inside the defining NP; 獲得 false friend; 由…定之 no cue
    116: [
        ('may', '中心[得]先', '。[指揮中心]得先', '', '',
         'first sentence (以…為解除日) has no cue; 並於…補送書面 has no second cue'),
    ],
    117: [
        ('shall', '機關[應]斟酌', '中央主管機關', '', '',
         '租金計算 is a topic; 所得 false friend; 負擔能力 no cue; 並定期檢討之 no second cue'),
    ],
    118: [],  # 所得稅 false friend; list item of tasks
    119: [
        ('shall', '用地[應]考量', '', '', '', 'thing subject (停車用地); no actor in the article'),
    ],
    120: [
        ('shall', '委員[應]按', '^[實地測驗委員]', '', '', '應考人, 實得 false friends; second sentence has no cue'),
    ],
})
