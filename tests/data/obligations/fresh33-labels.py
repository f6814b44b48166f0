# Hand labels for /work/eval/s35/o33/to_label-a.tsv (sample of session 35, o33), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh31-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh31 reader a/b):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent inside the modifier of
#   the topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers
#   go to bearer_full; coordinated subjects kept whole; the subject of a …時/…後 clause is the bearer of the cue;
#   the agent after (應/得)由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，並得 is additive;
#   但…得/應 without 不在此限 is a may/shall; 得不受理 is one may at 得; 應即 is one cue 應.
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 / 得為…之人, 是否應予 (whether), definitions,
#   false friends 所得, 取得, 得標, 供應; 免 / 予以 / 仍予 are no cues.
LABELS = {
    1: [
        ('shall', '，[應]自', '', '', '事業',
         'thing topic (其管線之廢止或停用); 事業廢(污)水以管線排放於海洋者 is a condition; the discharging 事業 is named inside it (possessor of the wastewater) -> carried'),
    ],
    2: [
        ('shall', '，[應]依', '', '', '區漁會',
         'hard: act topic (區漁會會員資格審查); the association reviewing its members is named inside the topic NP (items 一-三 give its organs) -> carried'),
    ],
    3: [
        ('shall', '，[應]委託', '^[直轄市或縣（市）政府]', '', '',
         'subject of the …後 clause; one 應 governs 委託 / 通知申請人 (申請人 is the recipient)'),
    ],
    4: [
        ('shall', '，[應]事先', '', '', '財團法人',
         'thing subject (其出資額或投資股份變更); 財團法人…者 is the topic/condition whose 其 it is -> carried; 經本部專案許可 no new cue'),
    ],
    5: [
        ('shall', '角[應]在', '', '', '', 'thing subject (其遊角 of the 吊籠); no actor in the article'),
    ],
    6: [
        ('shall_not', '，[不得]加入', '^[受益人]', '', '', '…致…之虞時 is a condition'),
        ('shall_not', '並[不得]代理', '^[受益人]', '', '', 'second 不得 of the same sentence, same written bearer; 其他受益人 is the object'),
    ],
    7: [
        ('shall', '所有人[應]向', '所有人', '其所有人', '',
         '遊艇有下列情形之一者 is a condition; 其 (= the yacht\'s) kept in bearer_full; 航政機關 is the recipient'),
    ],
    8: [
        ('shall', '人[應]維持', '登錄人', '', '', '完成登錄之發射載具或太空載具 is a topic'),
    ],
    9: [
        ('may', '，[得]依法', '^[各目的事業主管機關]', '', '',
         '為執行…計畫 purpose, 必要時 condition; one 得 governs 價購、徵收'),
    ],
    10: [
        ('shall', '事業[應]檢附', '事業', '改組後或另行新設之事業', '',
         '依…免徵土地增值稅時 is a condition; 向…申請… / 再向…辦理… continue the same 應'),
    ],
    11: [
        ('shall', '者，[應]註銷', '', '', '受理訴願機關',
         'hard: 訴願人…已向受理訴願機關補正者 is a condition (訴願人 is not the annulling party); the annulling/receiving agency is named in it -> carried; 仍予受理 continues the same 應 (予 no cue); the 但 sentence has no operator (no 不在此限)'),
    ],
    12: [],  # 遞延所得稅負債: 所得 false friend; list item of statement names, no operator
    13: [],  # 取得 false friend; list item (a condition for revocation), no operator
    14: [
        ('shall', '者，[應]於', '^[特定非公務機關]', '', '', 'N[condition]者 (經本會…要求提出…者) keeps N'),
    ],
    15: [],  # 而應核獎時: 應 inside a …時 condition (restates the reward duty); 由貿易局…分配核獎 has no cue
    16: [],  # 所得利益: 所得 false friend; list item (a condition), no operator
    17: [
        ('may', '並[得]為', '，[用戶]免取得', '', '',
         '…且經…核定許可挖掘埋設者 is a condition; 用戶 is the written subject of the clause; 免取得… is an exemption (免 no cue, 取得 false friend)'),
    ],
    18: [
        ('shall', '並[應]限定', '', '', '司法院',
         'hard: thing subject (第二項律師之酬金); the same sentence gives the 支給標準 (of which the ceiling is part) to 司法院 (由司法院…定之, no cue) -> carried'),
    ],
    19: [
        ('shall', '，[應]不待', '', '', '原審軍事法院',
         'hard: 應不待上訴依職權送請 = shall send ex officio without awaiting appeal; 不 belongs to 不待 (adverbial), so a shall, not 應不 shall_not; thing subject (…之判決); the sending court 原審軍事法院 is named in the first sentence -> carried; 並通知當事人 same 應; 但 without 不在此限 is no exception'),
    ],
    20: [
        ('shall', '股份有限公司[應]檢附', '股份有限公司', '', '', '…超過…者 is a condition'),
        ('shall', '；有限公司[應]檢附', '；[有限公司]應', '', '', 'after ；, own subject'),
    ],
    21: [],  # 被保險人應承擔責任所致之損失: 應 attributive inside the NP (list item of excluded losses)
    22: [
        ('shall', '，[應]發給', '', '', '學校主管機關',
         'thing subject (職業繼續教育課程); the approving 學校主管機關 is the agent inside its 之-modifier -> carried'),
        ('shall', '者，[應]於', '；[期滿擬繼續開設者]，', '', '',
         'after ；, own subject: headless agentive …者 phrase (the course provider), the only subject, kept whole'),
    ],
    23: [
        ('shall', '，[應]就', '^[公司管理當局]', '', '', 'subject of the …時 clause'),
    ],
    24: [],  # definition (平均功率：指…); 供應 false friend
    25: [
        ('may', '並[得]命', '海關', '', '',
         'bearer = agent after 由 (由海關…予以警告或處…罰鍰，並得命…); 專責報關人員…者 is a condition (patient); 予以警告 / 處…罰鍰 / 按次處罰 have no cue'),
        ('may', '者，[得]停止', '海關', '', '',
         'after ；, omitted subject = the 由-agent 海關 of the same sentence; 處罰三次仍未完成改正者 is a condition; 或廢止其登記 same 得'),
    ],
    26: [],  # 得標廠商: 得標 false friend; list item (scope definition), no operator
    27: [
        ('may', '法官[得]依', '^[審判長或法官]', '', '', '家事調查官 is the person ordered'),
    ],
    28: [
        ('may', '，[得]以提出', '^[申請輔助貸款者]', '', '',
         'headless agentive …者 phrase kept whole; …接獲…通知後 is the time of the subject\'s clause'),
        ('shall', '並[應]於', '^[申請輔助貸款者]', '', '', 'after ；, same sentence, omitted subject -> same written bearer'),
    ],
    29: [
        ('shall', '，[應]依', '^[教師助理員及學生助理員]', '', '', 'coordinated subject kept whole'),
    ],
    30: [
        ('shall', '方案[應]包括', '', '', '管理局',
         'thing subject (前項方案); paragraph right before: 管理局…得於籌設計畫書內提出…之方案 -> carried'),
    ],
    31: [],  # 其他應遵行事項之辦法: 應 attributive; 由主管機關定之 has no cue
    32: [
        ('may', '國防部視需要，[得]成立', '國防部', '', '', '視需要 is a condition'),
        ('may', '單位，[得]成立', '管制單位或管制分區單位', '各災害地區負有管制任務之管制單位或管制分區單位', '',
         'own subject; 負有管制任務 is inside the restrictive modifier (and is no 負…義務)'),
    ],
    33: [],  # 依…規定應報主管院遴聘（派）、解任者: 應 inside a …者 condition; 由主管院定之 has no cue
    34: [
        ('shall', '機構[應]召開', '學研機構', '', '',
         '是否應予揭露 (whether) inside the …時 condition is not labelled'),
        ('shall', '並[應]提供', '學研機構', '', '', 'second 應 of the same sentence, same written bearer'),
    ],
    35: [
        ('may', '者，[得]依到場', '', '', '',
         'hard: the court (renders the default judgment) is not written; 當事人之一造不到場者 is a condition; 由其一造辯論 names the arguing party, not the agent of 得'),
        ('may', '並[得]依職權', '', '', '', 'after ；, second 得, same unwritten court; 不到場之當事人…者 is a condition'),
    ],
    36: [
        ('shall_not', '[不予]核發', '', '', '',
         '漁業人有…者 is a condition (the applicant, patient); the issuing authority is not named in the article'),
    ],
    37: [
        ('shall', '材料[應]視', '', '', '', 'thing / act topic (採購材料); no actor in the article'),
    ],
    38: [
        ('shall', '監獄[應]於', '各監獄', '', '', '名冊 is the fronted object; 報請法務部備查 same 應'),
    ],
    39: [
        ('shall', '，[應]使', '^[雇主]', '', '', 'subject of the …時 clause; 該勞工 is the object'),
    ],
    40: [
        ('may', '，[得]依規定', '', '', '',
         'hard: 但…得 without 不在此限 is a may; 非由本機關人員兼任者 are the recipients (patients) of the remuneration, the paying body not written'),
    ],
    41: [
        ('shall', '機關[應]規劃', '^[中央衛生主管機關]', '', '', 'one 應 governs 規劃整合 / 提供'),
    ],
    42: [
        ('shall_not', '齡[不得]逾', '', '', '',
         'topic (董事長初任年齡); the appointing body is named only in paragraphs 1-2, not the paragraph right before -> no carried'),
        ('shall', '者，[應]即更換', '', '', '', '應即 = 應; 任期屆滿前年滿七十歲者 is the chairman (patient)'),
        ('exception', '[不在此限]', '', '', '', '但…經行政院核准者，不在此限'),
    ],
    43: [
        ('may', '當事人[得]以', '^[當事人]', '', '', '其辦法，由司法院定之 has no cue'),
    ],
    44: [],  # definition (購置成本：指…); 取得 false friend x2
    45: [],  # definition: 依公司法之規定應提撥定額之公積 (應 attributive inside the NP)
    46: [
        ('may', '之人[得]聲請', '^[檢察官、被告、辯護人及得為被告輔佐人之人]', '', '',
         'coordinated alternatives kept whole (the 之 inside the last one stays); 得為被告輔佐人之人 is attributive (not labelled)'),
        ('may', '聲請，[得]聽取', '；[法院]對於', '', '', 'after ；, own subject'),
    ],
    47: [
        ('shall', '，[應]檢具', '事業', '參加評選之事業', '', '向中央主管機關提出 same 應'),
    ],
    48: [
        ('shall', '，[應]符合', '^[本國銀行]', '', '', '本國銀行申請採行… = the subject\'s own clause'),
    ],
    49: [
        ('may', '並[得]以', '', '', '廠商',
         '除前項配額外，並得 is additive, not an exception; 屬…換類…者 is a condition (a kind of exchange); paragraph right before: 廠商限以下列配額申請換出 -> carried'),
    ],
    50: [
        ('shall', '者，[應]負', '^[證券發行公司]', '', '', 'N[condition]者 keeps N; 應負…之責 is one shall at 應'),
    ],
    51: [],  # definition (基準年：指…); 負擔…義務者 / 應備 inside the NP
    52: [
        ('shall', '者[應]列席', '^[提出者]', '', '', '並對…答覆說明 same 應'),
    ],
    53: [
        ('may', '機關[得]不受理', '，[本部或所屬機關]得不受理', '', '',
         '得不受理 = may refuse (one may at 得); 申請人拒絕… is a condition'),
        ('may', '機關[得]駁回', '者，[本部或所屬機關]得駁回', '', '',
         'after ；, own subject; 其聲明不實經發現者 is a condition; 或撤銷… / 並追回… same 得'),
        ('shall', '機關[應]於', '。[本部或所屬機關]應於', '', '', 'new sentence, own subject'),
    ],
    54: [],  # 申請項目應設置之地點: 應 attributive inside the NP (lead-in 如下), no statement in this node
    55: [
        ('exception', '[除]外國語文', '', '', '', '除…外 carves foreign-language subjects out of the 應使用本國文字 of the same sentence'),
        ('shall', '，[應]使用', '', '', '',
         'thing subject (試題); lead-in 申論式試題之命擬，應注意下列各點 names no actor'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
        ('shall', '時，[應]附註', '', '', '', 'new sentence, no subject written (引用譯名時 condition); no actor in the lead-in'),
    ],
    56: [
        ('shall', '，[應]由', '由[委員]二人', '委員二人', '',
         'bearer = agent after 應由 (委員二人: the numeral kept in bearer_full); 懲戒委員會受理懲戒事件 is the time/topic clause; 並作成… / 提…審議 same 應'),
    ],
    57: [],  # 供應 false friend; list item of tasks, no operator
    58: [
        ('shall', '，[應]加入', '^[驗光師或驗光生]', '', '', '…執業 = the subject\'s own clause'),
    ],
    59: [
        ('shall', '者，[應]向', '', '', '大陸地區人民',
         'hard: 在國外地區者 is a locative condition, no agent written; lead-in 大陸地區人民申請進入臺灣地區，依下列申請方式… names the applicant -> carried'),
        ('may', '，[得]由', '由[在臺灣地區親屬或邀請單位]代向', '', '',
         'bearer = agent after 得由 (coordinated, 在臺灣地區 kept as fixed modifier); 其居住國無駐外機構者 is a condition'),
    ],
    60: [
        ('shall', '，[應]即', '', '', '', '應即 = 應; 工事完成後 is a time clause; no actor in the article'),
    ],
}

# ---- reader b, provisions 61-120 (numbered 1-60 in the reader's own file, +60 here) ----
# Hand labels for /work/eval/s35/o33/to_label-b.tsv (sample of session 35, o33), provisions 61-120 numbered 1-60 here: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f PCODE.json 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh31-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order of to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used here (as in fresh31):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject
#   (then '' + carried); one 應/得 governing 並X / a following 由X clause without a new cue is one statement.
# - a thing / topic / patient subject gives bearer ''; `carried` when this provision (also an agent inside the
#   之-modifier / possessor of the topic NP), its list lead-in or the paragraph right before clearly names the actor.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; the agent after
#   得由 / 應由 is the bearer (not when it is a fund); 之-modifiers go to bearer_full; coordinated subjects kept whole.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception, 除…外，並應
#   is additive; 但…得 without 不在此限 is a may; 得免 is a may; 不予 is a shall_not.
# - not labelled: cues inside …者 conditions (依法應登記者), attributive 應遵行事項 / 應納稅款 / 應納…稅額, 禁止 inside a
#   condition (需要禁止吸菸…時), 限於 / 以…為限 / 準用 (no cue); false friends 所得, 取得, 獲得, 得標(者/金), 應變, 因應,
#   支應, 對應, 應募, 無須; 應用 as a noun (設置及應用電腦計畫) but 應用我國語言 = 應 + 用 (parallel to 應以我國文字).
LABELS.update({
    61: [('shall', '）[應]給予', '服務機關（構）', '', '', "提供感染者服務…而感染…者 is the beneficiary (topic); 其 (= the infected worker's) dropped as a determiner; 應遵行事項 attributive; 由中央主管機關定之 no cue")],
    62: [('may', '期滿[得]續聘', '', '', '本部', 'patient/thing subject (專家學者委員之任期 / the members to be re-appointed); paragraph right before: 其餘委員，由本部…聘兼之 -> carried'), ('shall', '代表[應]隨', '機關代表', '', '', 'after ；, own subject')],
    63: [('shall', '公司[應]隨時', '^[公開發行公司]', '', '', '違反…規定 inside the object, no cue'), ('shall', '，公司[應]於', '公司', '', '', 'own subject (公司 again); 如有違反者 is a condition')],
    64: [('shall', '時，[應]將', '^[民航局]', '', '', 'subject of the …時 clause; 並刊登 under the same 應')],
    65: [('may', '，[得]由', '法定代理人、配偶、親屬或關係人', '', '', 'bearer = agent after 得由, coordinated alternatives kept whole (其 dropped); 同意書之簽具 topic; 病人為未成年人…者 condition')],
    66: [('shall', '，[應]於事實', '產製廠商', '', '', 'subject of the …時 clause (產製廠商…有變更，或產製廠商解散…時); 並繳清 under the same 應; 應納稅款 attributive')],
    67: [('may', '局[得]就', '^[行政院新聞局]', '', '', '')],
    68: [('shall', '，[應]充分', '^[保險業]', '', '', ''), ('shall', '至少[應]包括', '', '', '保險業', 'own thing subject (其內容, of the knowing-the-customer) -> carried')],
    69: [('shall', '，[應]添加', '^[漁船加油站]', '', '', ''), ('shall', '劑量[須]達', '', '', '漁船加油站', '須 modal; own thing subject (其添加劑量) -> carried')],
    70: [('may', '，[得]免辦', '', '', '', '得免辦 = may dispense with (a may); topic …時 clause (a survey act); the surveying office is not named in the article')],
    71: [('shall', '：[應]使用', '', '', '', 'thing topic (地面); lead-in 食品作業場所，依下列規定辦理 names no actor'), ('shall_not', '[不得]有', '', '', '', 'same thing topic')],
    72: [('shall', '價款[應]優先', '', '', '', 'thing subject (抵費地售出後所得價款; 所得 false friend); no actor in the article'), ('shall', '時，[應]以', '', '', '', 'same thing subject; 如有盈餘時 condition'), ('shall', '，[應]由', '', '', '', 'hard: 應由 + a fund (實施平均地權基金) is no agent (fresh31 convention) -> bearer empty')],
    73: [('shall', '，[應]由', '應由[再任機關（構）、學校]對於', '', '', 'bearer = agent after 應由 (second occurrence; the first is inside the 所定 restatement); 已領取…者 is the patient; 以一個月計 / 不計 no cue')],
    74: [('shall', '，[應]依照', '', '', '會計人員', 'hard: thing subject (各傳票); one 應 governs 彙訂 / 另加封面 / 並於…詳記 / 由會計人員保存備核; the agent named only in the trailing 由 clause -> carried, not bearer')],
    75: [('may', '，[得]由', '授信機構', '經財政部關務署核准之授信機構', '', 'bearer = agent after 得由; 經…核准之 is a 之-modifier -> bearer_full'), ('exception', '[不適用]', '', '', '', '但被擔保人為自然人者，不適用之')],
    76: [('shall', '屠宰場[應]依', '^[屠宰場]', '', '', 'one 應 governs 擇一實施')],
    77: [('shall', '者，[應]於', '^[災害防救團體或災害防救志願組織]', '', '', 'N[condition]者 keeps N; coordinated kept whole')],
    78: [('shall', '[必須]停車', '車輛', '', '', "hard: 必須 inside 用以指示… (the content the sign conveys) -- read as the rule stating the sign's mandatory meaning, labelled; 車輛 (for its driver) is the addressee written"), ('may', '[得]同時', '', '', '', 'thing subject (本標字與…標誌, things set up); the installing authority is not named in the article; 「停車再開」 quoted')],
    79: [('shall', '，[應]將', '所屬人員', '', '', 'subject of the …後 clause; the item is one of the 停車場經營業 measures (lead-in), but its own clause names the staff'), ('shall_not', '[不得]私自', '所屬人員', '', '', '亦不得, same sentence, same written subject')],
    80: [('shall', '機長[應]通知', '機長', '', '', '禁止 inside the condition (於需要禁止吸菸…時) not operative; 未依前項規定…者 condition')],
    81: [('shall', '，[應]準用', '', '', '射擊運動團體及其會員', 'thing topic (槍枝、彈藥 carried off); paragraph right before names 射擊運動團體及其會員 (the holders) -> carried; 準用 no cue, 應 is')],
    82: [('shall', '起重機，[應]裝置', '^[雇主]', '', '', ''), ('shall', '安全閥[應]調整', '', '', '雇主', 'own thing subject (此安全閥) -> carried'), ('exception', '[不在此限]', '', '', '', '')],
    83: [('shall', '，[應]依', '', '', '', 'thing topic (家事事件經聲請調解者); the applicant who pays is not named')],
    84: [],
    85: [('shall', '期貨商[應]保存', '^[期貨商]', '', '', ''), ('may', '資料[得]以', '', '', '期貨商', 'own thing subject (其資料) -> carried')],
    86: [('shall', '者[應]於', '^[申請補助者]', '', '', 'headless agentive 者 phrase kept whole; 核准失其效力 fact'), ('exception', '[不在此限]', '', '', '', '')],
    87: [('shall_not', '[不得]列', '', '', '漁會', 'thing subject (其編制員工之年度考核); 漁會 (possessor, the rating employer) named in the condition -> carried')],
    88: [('may', '出借[得]免向', '', '', '經營育成服務業者', 'hard: first sentence (限於… ，並向…報備) has no cue -> no statement; 但…得免 without 不在此限 is a may; subject is the act 其建築物之出租或出借, topic 經營育成服務業者 -> carried')],
    89: [('shall', '事業[應]根據', '^[營利事業]', '', '', '並將…記入 under the same 應')],
    90: [('shall', '水利會[應]重行', '農田水利會', '', '', '報由主管機關為…宣告 under the same 應 (no cue)'), ('shall_not', '年內[不得]再', '原提議人', '', '', 'after ；, own subject')],
    91: [('shall', '，[應]轉交', '^[我國主管機關]', '', '', '我國 kept as a fixed modifier')],
    92: [('shall_not', '[不得]', '', '', '出納及保管人員', 'no subject in the item; lead-in 各機構辦理現金、票據及有價證券之出納及保管人員，應遵守左列各款規定 -> carried')],
    93: [('shall', '，[應]經', '', '', '人民團體', 'act topic (會址之設置及異動); 經理事會 is no 由-agent; the possessor 人民團體 reports -> carried')],
    94: [('shall', '機關[應]於', '中央主管機關', '', '', '漁會辦理…改選時 is a condition')],
    95: [('may', '，[得]會同', '^[中央主管機關]', '', '', '')],
    96: [('may', '，[得]組成', '^[各該主管機關]', '', '', '為審議… is a purpose')],
    97: [('shall', '，[應]即', '', '', '小型航空器', 'hard: 應即 = 應; no subject in the item; lead-in 小型航空器目視飛航時應遵守下列規定 (the aircraft, standing for its pilot) -> carried')],
    98: [('shall', '大會[應]函請', '', '', '發起人', 'act topic (召開成立大會); paragraph right before: 發起人…應組成籌備會，辦理…召開成立大會 -> carried'), ('may', '主管機關[得]派員', '主管機關', '', '', 'own subject')],
    99: [('shall', '姓名[應]以', '', '', '', 'thing subject (護照外文姓名); lead-in (…記載方式如下) names no actor'), ('shall', '者，[應]翻譯', '', '', '', '非屬英文字母者 condition; same thing subject'), ('may', '，[得]加簽', '', '', '', 'after ；, own thing subject (該非英文字母之姓名)')],
    100: [('shall_not', '，[不得]參加', '^[公立高級中等學校校長]', '', '', 'N[condition]者 keeps N')],
    101: [('exception', '，[除]因應', '', '', '', '除因應…調整外 carves out of the 不得 of the same sentence; 因應 inside it'), ('shall_not', '外，[不得]對', '法人、團體', '依第一項規定受補貼之法人、團體', '', ''), ('shall_not', '亦[不得]解散', '法人、團體', '依第一項規定受補貼之法人、團體', '', 'second 不得, same subject')],
    102: [('may', '設備部分[得]就', '^[民間機構]', '', '', 'N[condition]者 keeps N; 屬設備部分 a topic; 應納…所得稅額 attributive / false friend'), ('may', '技術部分[得]就', '民間機構', '', '', 'second 得 after ；, same written subject'), ('may', '抵減者，[得]在', '民間機構', '', '', 'third 得; 當年度…不足抵減者 is a condition; omitted subject = 民間機構')],
    103: [('shall', '並[應]考量', '審議小組', '', '', '除…外，並應 is additive (besides), not an exception; subject of the …時 clause')],
    104: [('exception', '[除]屬', '', '', '', '除…外 carves cases out of the 應 of the same sentence; 無須 no duty'), ('shall', '外，[應]依', '', '', '', 'thing topic (地上權之補償); the payer is not named in the article')],
    105: [],
    106: [('may', '經費，[得]編列', '', '', '各主管機關', 'thing subject (…所需經費); 各主管機關 is the agent inside its modifier -> carried; 由銓敘部編列預算支應 has no cue (支應 false friend)')],
    107: [('may', '[得]依下列', '^[住宅所有權人]', '', '', '所得稅 false friend')],
    108: [('shall', '時，[應]用', '^[外國人]', '', '', 'hard: 應用我國語言 = 應 + 用 (shall use), not the false friend 應用 (parallel 應以我國文字); N[condition]者 keeps N'), ('shall', '，[應]以我國', '', '', '外國人', 'after ；, own thing subject (所陳文件) -> carried')],
    109: [],
    110: [('may', '後，[得]向', '大法官、律師、教授、副教授、助理教授及中央研究院研究員、副研究員、助研究員', '未具擬任職務任用資格之大法官、律師、教授、副教授、助理教授及中央研究院研究員、副研究員、助研究員', '', 'coordinated alternatives kept whole; 之-modifier -> bearer_full; 取得 false friend')],
    111: [('shall_not', '者，[不得]操作', '^[未領有核子反應器運轉人員執照者]', '', '', 'headless agentive 者 phrase kept whole'), ('exception', '[不在此限]', '', '', '', '但下列人員，不在此限')],
    112: [('may', '機關[得]依', '稽徵機關', '', '', '個人未依…申報者 condition; 通知 under the same 得; 所得額 / 應納稅額 false friend / attributive')],
    113: [('shall', '，[應]檢送', '^[運作人、所有人]', '', '', 'N[condition]者 keeps N; 應變計畫 false friend')],
    114: [],
    115: [('may', '原告[得]聲請', '原告', '', '', '依法應登記者: 應 inside a …者 condition, not labelled; 取得 false friend')],
    116: [],
    117: [],
    118: [('shall', '者，[應]於期間', '得標者', '', '', 'N[condition]者 keeps N (得標者 = the winning bidder, a noun); 取得 false friend'), ('shall_not', '最長[不得]逾', '', '', '', 'own thing subject (展期); applicant vs. granting authority unclear -> no carried; 並以一次為限 no cue'), ('shall_not', '利息[不予]發還', '', '', '主管機關', 'not labelled: 逾期…失其效力 / 由主管機關廢止 (facts). 不予 = shall_not; thing subject (已繳納得標金及利息; 得標金 false friend); 主管機關 named in the same sentence -> carried')],
    119: [('shall', '，[應]依', '', '', '各主管機關', 'thing topic (設置及應用電腦計畫; 應用 false friend x2); lead-in 各主管機關應…，其中屬下列各項計畫範圍者，應分別依下列規定辦理 -> carried')],
    120: [('may', '者，[得]依', '^[營利事業]', '', '', '持有股票期間達三年以上者 condition; 應募 / 取得 / 應納 / 所得 false friends or attributive')],
})
