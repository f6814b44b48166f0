# Hand labels for /work/eval/s32/o26/to_label-a.tsv (sample of session 32, o26), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 且不得, 但不得, after ；) shares the written bearer at the same offset unless
#   its clause has its own subject (a thing subject gives '' + carried); across 。 the bearer is carried; 之-modifiers
#   go to bearer_full; the agent after (應/得)由 is the bearer; coordinated alternatives kept whole.
# - a thing / topic / patient subject (紀錄, 最高高度, 沉砂池, 新進人員 to be put on probation) is no bearer; `carried`
#   when this provision (also a possessor inside the topic NP), its list lead-in or the paragraph right before names
#   the actor clearly, else ''. A ship as regulated unit (油輪, 漁船) is kept as bearer.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception (cue 除),
#   also out of a 不適用; 除X外之Y inside a noun phrase is not; 但…得 without 不在此限 is a may; 應不予 is one
#   shall_not at 應; 得不予 is one may at 得; attributive 應遵行事項 / 不得請求買回之限制 / 應受尿液採驗人, cues inside …者
#   conditions, 取得, 獲得, 所得, 供應, 因應, 適應, 可, 始 (without 得), 免納 are not labelled.
LABELS = {
    1: [
        ('shall_not', '高度[不得]超過', '', '', '飛機或直昇機',
         'hard: the clause subject is 最高高度 (a thing/topic); 飛機或直昇機 is the subject of the …飛航時 clause (the regulated unit, antecedent of 其) -> carried, not written as bearer'),
    ],
    2: [
        ('shall', '[應]保存', '', '', '事業單位',
         'thing subject (執行紀錄); paragraph 1 right before: 第十二條之二第一項之事業單位…應…訂定承攬管理計畫'),
    ],
    3: [],  # 適應症 = 適應 false friend; fee-schedule list item, no operator
    4: [
        ('shall', '者，[應]予', '^[戶政事務所]', '', '',
         '新證有下列情形之一者 is a condition on the card; 應予作廢並重新製發 is one 應'),
    ],
    5: [
        ('shall', '機構[應]確實', '之[金融機構]應確實', '申請補貼之金融機構', '', '完整之相關資料 no cue'),
        ('shall', '機構[應]返還', '之[金融機構]應返還', '申請補貼之金融機構', '',
         'after ；, own written subject; 如有…情事者 is a condition; 並加計…利息 under the same 應'),
    ],
    6: [
        ('shall_not', '[不得]超過', '', '', '',
         'hard: 係… is a definition of 折舊總額, but 但剩餘耐用年數不得超過委託經營期間 is a separate limiting clause, labelled; thing subject, no actor in the paragraph before'),
    ],
    7: [
        ('shall', '事業[應]於', '^[證券投資信託事業]', '', '', ''),
    ],
    8: [
        ('may', '者，[得]免費', '', '', '',
         'thing subject (申請之政府資訊, inside a …者 condition); the providing agency is only in the law name, single-paragraph article'),
    ],
    9: [
        ('shall', '政府[應]於', '^[中央主管機關、台北市政府]', '', '', 'coordinated subjects kept whole'),
    ],
    10: [
        ('may', '並[得]命', '由[海關]依', '', '',
         'bearer = the 由-agent of the sentence (由海關…予以警告或處…罰鍰 has no cue); 運輸業或運輸工具負責人違反…者 is the offender (condition)'),
        ('may', '者，[得]停止', '由[海關]依', '', '',
         'hard: same sentence after ；, same written 由-agent at the same offset; 處罰三次仍未完成改正者 is the offender (condition); 按次處罰 has no cue'),
    ],
    11: [
        ('may', '，[得]由', '由[民航局]委託', '', '',
         'fronted topic (…之核發); bearer = agent after 得由 (民航局 may entrust); 航空警察局 is the entrustee'),
    ],
    12: [
        ('shall', '者，[應]提具', '^[鮪延繩釣漁船]', '', '',
         'N[condition]者 keeps N (ship as regulated unit); 並繳回 under the same 應; 始核發 (始 without 得) is no cue'),
    ],
    13: [
        ('shall', '）[應]檢附', '^[申請籌設航空站者]', '', '',
         'agentive headless 者 phrase, the only subject, kept whole (（以下簡稱申請人） is an abbreviation note)'),
    ],
    14: [
        ('shall', '，[應]注意', '^[審判長]', '', '', ''),
        ('shall_not', '且[不得]侵害', '^[審判長]', '', '', 'second cue of the same sentence (且不得), same written bearer'),
    ],
    15: [],  # 取得 false friend (inside the …者 condition); 可先行 — 可 is no cue
    16: [
        ('shall', '者，[應]分別', '', '', '',
         'no subject written (申請個別認可之型式達二種以上者 is a condition on the types); paragraph 1 (申請個別認可，應檢附…) names no actor'),
    ],
    17: [],  # 獲得 false friend; list item describing an interest relationship (lead-in 應…揭露…有無下列利益關係), no operator
    18: [],  # 所得稅 = 所得 false friend; organisational task (掌理), no operator
    19: [
        ('shall', '考選部[應]將', '考選部', '', '', '本考試辦理竣事 is a time clause; 一併報請 under the same 應'),
    ],
    20: [
        ('exception', '[除]在監所', '', '', '',
         '除在監所之人外 carves persons in custody out of the 得 (fax service) of the same sentence'),
        ('may', '法院[得]以', '法院', '', '',
         '當事人或訴訟關係人指定陳明…者 is a condition; 可供 — 可 is no cue'),
    ],
    21: [
        ('may', '機關[得]查明', '直轄市或縣（市）主管機關', '', '',
         '建築改良物之基地標示…變更者 is a condition; 並依…通知換發書狀 under the same 得 (no second cue)'),
    ],
    22: [
        ('may', '，[得]憑', '', '', '證券業',
         'thing subject (避險交易); lead-in of the 目 list: 證券業辦理下列外匯業務，得逕向…借款；或依下列規定…辦理外幣借款'),
    ],
    23: [
        ('shall', '機關[應]調查', '主管機關', '', '',
         '進口貨物…之認定 is a fronted topic; 並綜合評估 under the same 應'),
    ],
    24: [
        ('shall', '提供，[須]按', '', '', '本館',
         'hard: topic 本館藏品圖像提供 (thing); the one collecting fees is 本館, named as possessor in the topic and in 本館所訂 -> carried'),
        ('shall', '時[須]註明', '使用者', '', '',
         'own subject after 且; 「國立歷史博物館館藏」 quoted, no cue inside'),
        ('shall_not', '但[不得]使用', '使用者', '', '',
         '但不得 without 不在此限 is a shall_not; same sentence, same written bearer; 並於…致贈本館樣書 has no cue of its own'),
    ],
    25: [
        ('shall', '時，[應]依', '^[應受尿液採驗人]', '', '',
         'hard: the 應 of 應受尿液採驗人 is attributive (part of the name of the person to be tested), not labelled; that person (possessor-subject of the …時 clause) presses the prints -> bearer; 並由採尿人員附註 continues under the same 應 (no second cue)'),
        ('exception', '[不在此限]', '', '', '', '但…且經採尿人員註明者，不在此限; 不適合 is not 不適用'),
    ],
    26: [],  # 應遵行事項 is attributive inside the NP (…之辦法); 由主管機關定之 has no cue
    27: [
        ('exception', '[除]主管機關', '', '', '',
         'hard: 除主管機關…另有規定外 carves out of the 不適用 of the same sentence (exception to the exception)'),
        ('exception', '[不適用]', '', '', '', '不適用第七十三條至第七十六條規定'),
    ],
    28: [
        ('shall', '使用人[應]建立', '^[航空器使用人]', '', '', '確保… is the purpose/content; 可達成 — 可 is no cue'),
        ('may', '後，[始得]使用', '', '', '航空器使用人',
         'after ；, the clause has its own thing subject (該產品…經民航局核准後); the user of the product is the 航空器使用人 of the first clause -> carried'),
    ],
    29: [
        ('shall', '，[應]取得', '', '', '開發單位',
         'place/thing topic (相關法令所限制開發之區域); lead-in (開發基地位於…，依左列規定辦理) names no actor, paragraph 1 right before: 開發單位應先查明…; 應取得: 取得 is the verb after the cue 應; 另覓 under the same 應'),
    ],
    30: [
        ('shall_not', '者，[應]不予', '^[學校或主管機關]', '', '',
         '應不予 (受理) is one shall_not at 應; 有下列情形之一者 is a condition'),
    ],
    31: [
        ('shall', '使用[應]建立', '', '', '',
         'hard: garbled text (no punctuation before 船舶運送業); thing subject (…之保管及使用); the record keeper is unclear (船長 of para 1, responsible for management, or the 船舶運送業) -> nothing carried'),
        ('shall', '業並[應]於', '船舶運送業', '', '', '並應 with its own written subject'),
    ],
    32: [
        ('shall', '事務所[應]提供', '，[會計師事務所]應提供', '', '',
         'the first 會計師事務所 is inside the …者 condition (屬會計師事務所持有者); 供…查詢或調閱 is the purpose'),
    ],
    33: [
        ('shall', '者，[應]於', '^[申請修繕住宅貸款利息補貼或簡易修繕住宅費用補貼者]', '', '',
         'agentive headless 者 phrase, the only subject, kept whole'),
    ],
    34: [
        ('shall', '油料，[應]在', '^[油輪]', '', '', 'ship as regulated unit (油輪裝卸油料 = subject + predicate)'),
        ('shall', '作業時[應]圍設', '', '', '油輪',
         'new sentence without subject; carried from the first sentence; 並備妥 under the same 應'),
        ('shall', '溢漏[應]即', '', '', '油輪', 'second 應 of the sentence (如有溢漏 is a condition); 應即 = 應; 並通知 under the same 應'),
    ],
    35: [
        ('shall', '內，[應]填具', '之[編制員工]', '除總幹事外之編制員工', '',
         'hard: 除總幹事外之編制員工 is a noun phrase (staff other than the general manager), its 除…外 restricts the NP, not labelled as an exception; 檢具…向農會報到就職 under the same 應'),
        ('shall_not', '[不予]聘僱', '', '', '農會',
         'after ；, 無故逾期者 is a condition about the staff; the one not hiring is 農會 (named in the same sentence) -> carried'),
    ],
    36: [
        ('shall', '學校[應]主動', '私立學校', '', '', '教職員年滿六十五歲 is a condition'),
        ('may', '，[得]予以', '', '', '私立學校',
         '但…得 without 不在此限 is a may; new sentence without subject (有下列情形之一 is a condition) -> carried from the first sentence'),
    ],
    37: [
        ('may', '給付[始得]辦理', '', '', '學校教職員',
         'thing subject (一次退休金及…養老給付); lead-in 學校教職員於…退休生效者，其一次退休金…辦理優惠存款，應合於下列規定 names the depositor; 領取 / 支領 no cues'),
    ],
    38: [
        ('shall', '，[應]依法', '', '', '民用航空運輸業',
         'topic (…之公司名稱、組織或代表人變更); the carrier is the possessor inside the topic NP -> carried'),
    ],
    39: [
        ('may', '者，[始得]依', '', '', '',
         'hard: the 應 of 應依文化資產保存法第八十五條報經主管機關核准者 sits inside the …者 condition (restates the duty of that law) -> not labelled; thing subject (植物); the collectors (原住民族) are named only in the law title, paragraphs 1-2 name no actor'),
    ],
    40: [
        ('shall', '池[應]設在', '', '', '', 'thing subject (沉砂池); single-paragraph article, no actor; 取水口 no cue'),
        ('shall_not', '並[不得]設在', '', '', '', 'second cue of the same sentence, same thing subject'),
    ],
    41: [
        ('may', '者，[得]依', '^[對於本中心之行政處分不服者]', '', '',
         'agentive headless 者 phrase (whoever contests), the only subject, kept whole'),
    ],
    42: [
        ('shall', '基金，[應]受', '^[前項人員]', '', '',
         'reference without 之 stays in the bearer (前項人員); hard: 不得 inside 最低持有期間內不得請求買回之限制 is attributive (the content of the restriction NP) -> not labelled'),
    ],
    43: [],  # 因應措施 = 因應 false friend; prospectus content list item
    44: [
        ('shall', '幼兒園[應]於', '幼兒園', '', '', '教保服務人員…屆滿一學年者 is a condition (whose appraisal)'),
    ],
    45: [],  # 免納 (exemption stated as fact), 所得稅 = 所得 false friend; no operator
    46: [
        ('may', '經濟部[得]依', '經濟部', '', '', '前項查核業務 is a fronted topic'),
    ],
    47: [],  # 供應 false friend (供應學校餐盒之餐盒業); percentage list item
    48: [
        ('shall', '俸[應]按', '', '', '',
         'hard: after ；, a computing rule, not part of the definition of 等級 (本法所稱等級，指…); thing subject (本（年功）俸); no actor'),
    ],
    49: [
        ('exception', '[不在此限]', '', '', '',
         'list item of 十二、不得有下列情事 (the item itself has no operator); 但…不在此限 is an exception'),
    ],
    50: [
        ('shall', '並[應]紀錄', '', '', '',
         'thing subject (…異動、刪除、使用情形); paragraph 1 right before names no actor (由專人管理 is the management, not the recording)'),
    ],
    51: [
        ('shall', '機構[應]依', '^[公立就業服務機構]', '', '', ''),
    ],
    52: [],  # 應遵行事項 attributive inside the NP; list item of plan contents
    53: [
        ('shall', '人員[應]先予', '', '', '',
         'hard: 新進人員 is the patient (to be put on probation), not the actor; the employing units (兩廠, 本行) are named only after, in paragraph 2 -> nothing carried'),
        ('may', '者[始得]正式', '', '', '', 'patient subject (試用期滿經考核合格者 = the new staff); 始得 = may only then'),
        ('shall_not', '[不予]派用', '', '', '',
         'new sentence; 考核不合格者 is a condition, 派用人員 the patient (not appointed); the appointing unit is not named'),
    ],
    54: [
        ('shall', '，[應]於', '^[財團法人]', '', '', '『財團法人』 quoted, no cue inside'),
    ],
    55: [
        ('shall', '財政部[應]即', '財政部', '', '', '應即 = 應; 前項查核結果如發現… is a condition'),
    ],
    56: [
        ('shall', '，[應]由', '由[主任委員]指定', '', '',
         'bearer = agent after 應由 (the 委員會 is the sentence subject)'),
        ('may', '並[得]視', '^[委員會]', '', '',
         'hard: second cue of the same sentence; the subject of 邀集有關機關派員 is the 委員會 (the alternative 由主任委員專案遴聘 names the chairman separately), so the sentence subject, not the 由-agent of 應由, is taken'),
    ],
    57: [
        ('shall', '機構[應]於', '^[保險醫事服務機構]', '', '', ''),
        ('may', '保險人[得]不予', '，[保險人]得不予', '', '',
         '得不予 is one may at 得 (may refuse to pay); 未經查核者 is a condition; own subject after ；'),
        ('shall', '保險人[應]予', '，[保險人]應予', '', '', '已領取醫療費用者 is a condition; own subject'),
        ('exception', '[不在此限]', '', '', '', '不可歸責 — 可 is no cue'),
    ],
    58: [
        ('shall', '者，[應]立即', '之[公務人員]於', '各機關學校選送或自行申請全時進修之公務人員', '',
         '於進修期滿，或…或因故無法完成者 are conditions'),
    ],
    59: [
        ('exception', '[除]已取得', '', '', '',
         '除已取得任用資格者外 carves those out of the 得繼續任原職 of the same sentence; 取得 false friend'),
        ('may', '外，[得]繼續', '之[現任行政、技術人員]', '中央研究院於民國七十九年一月二十六日前，已遴用之現任行政、技術人員', '',
         '現任 kept as a short fixed modifier; the 已遴用之 modifier goes to bearer_full'),
    ],
    60: [
        ('shall', '受託人[應]依', '受託人', '', '', '公益信託因…而消滅者 is a condition'),
    ],
}

# Hand labels for /work/eval/s32/o26/to_label-b.tsv (sample of session 32, o26), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in sample file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (報告事項, 體格檢查表, 結構/設備, 鋼索, 會議, 審查程序, 查驗結果, 總風險暴露, 保留期限, 墊片)
#   gives bearer ''; `carried` when this provision (also the possessor 其 / an entity in the modifier of the thing
#   subject), its list lead-in or the paragraph right before clearly names the actor, else ''. A fund that 從事交易
#   (cf. fresh14) and a ship as regulated unit are kept as bearer.
# - a second cue of the same sentence (並應, 並得, after ；) shares / has its own written bearer; across 。 carried;
#   one 應 governing 並X without a new cue is one statement; the agent after (應/得)…由 is the bearer.
# - 'N[condition]者' keeps N; a circumstance …者 (符合下列情形之一者, 外文名稱變更者) is a condition; an agentive
#   headless …者 that is the only subject is kept whole (取得審驗證明者); 之-modifiers go to bearer_full.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception (cue 除),
#   additive 除…外，亦得 is not; 但… without 不在此限 keeps its own modality (但…得酌免 = may);
#   attributive 應標示事項 / 應遵行事項 / 不應有之文字 / 不得上訴…之事件 / 得執行期間 / 應依序應試之考試, 應試科目,
#   不受理 / 不可 / 從其規定 (not in the cue list), 互負…之義務 = 負 (shall), 應用X表示 = 應 + 用 (shall use).
LABELS.update({
    61: [
        ('shall', '秘書處[應]於', '^[國民大會秘書處]', '', '', '將…印送 is governed by the one 應'),
    ],
    62: [
        ('may', '，[得]引用', '', '', '',
         'thing subject (前項安全分析報告應載明之事項; 應載明之 attributive); 申請興建之設施…者 is a circumstance; the applicant is not named in the article'),
    ],
    63: [
        ('may', '表[得]視', '', '', '',
         'thing subject (體格檢查表 may be required depending on the discipline); para 1 申請檢覈，應繳左列費件 names no actor'),
    ],
    64: [
        ('shall', '，[應]採行', '畜牧業', '飼養豬隻或牛隻之畜牧業', '', ''),
    ],
    65: [],  # list item of 應記載下列事項: 經中央主管機關指定應標示事項 is attributive (應標示事項), no operator of its own
    66: [
        ('shall', '，[應]於就任前', '各級主管', '信用合作社具有業務或交易核准權限之各級主管', '',
         'qualification duty (具備下列條件之一); 之-modifier to bearer_full'),
    ],
    67: [
        ('shall', '，[應]填具', '^[當事人]', '', '', 'subject of the …時 clause; 並檢附…向受託法人提出 has no second cue'),
        ('shall', '受託法人[應]予', '；[受託法人]應予', '', '', 'own subject after ；; 並協助 has no second cue'),
    ],
    68: [
        ('shall_not', '，[不得]變更', '', '', '',
         'thing subject (高速船完成檢查之結構、設備…材質); 非經…核准 is a condition; the owner is not named in the article'),
    ],
    69: [
        ('shall', '，[應]有', '', '', '',
         'thing topic (對於吊臂起伏用鋼索); 當其…時 condition; lead-in 鋼索之安全係數等應符合下列規定 names no actor'),
    ],
    70: [
        ('shall', '者，[應]填具', '^[學校]', '', '', 'N[condition]者 keeps N; 連同…向各級主管機關提出 under the same 應'),
    ],
    71: [
        ('shall', '，[應]列名', '加工船及加工船附屬運搬船', '轉載秋刀魚漁船漁獲物之加工船及加工船附屬運搬船', '',
         'hard: ships as the regulated unit kept as bearer (cf. fresh22); 之-modifier to bearer_full'),
    ],
    72: [
        ('exception', '，[不適用]之', '', '', '', '第一項規定…不適用之 carves the low-value case out of para 1'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限 excepts from the 不適用'),
    ],
    73: [
        ('shall', '稽徵機關[應]於', '^[稽徵機關]', '', '',
         'one 應 governs 相互討論 and 並於…由申請人…共同簽署 (no second cue); 適用期間 no cue'),
        ('shall', '互[負]履行', '雙方', '', '', '互負履行及遵守之義務 = 負…義務 (cue 負); 雙方 is the written subject'),
    ],
    74: [
        ('shall', '，[應]透過', '^[本準備金]', '', '',
         'hard: the fund is the written subject of 從事…交易 (cf. fresh14, same wording: fund acts -> bearer); 並依下列規定辦理 under the same 應'),
    ],
    75: [
        ('shall', '度[應]在', '', '', '',
         'hard: sub-item of a definition item (廣場式開放空間：係指…符合左列規定之開放空間), but (一) is a sentence of its own with a modal 應 (a design standard) -> labelled; thing subject, no actor in the article'),
    ],
    76: [],  # 不應有之文字 is attributive inside the …者 condition; 以零分計算 is a consequence without a cue
    77: [
        ('may', '，[得]經', '由[度量衡專責機關]辦理', '', '',
         'hard: 符合下列情形之一者 is a circumstance (those who qualify are the commissioned party, a patient); the acting party of the permission is the agent after 由 (辦理議價並委託)'),
    ],
    78: [],  # 應試科目 (exam subjects) is no cue; 均採測驗式試題 stated as fact
    79: [
        ('shall', '者，[應]於', '^[本辦法中華民國一百零四年十一月二十四日修正施行前已採共同排放者]', '', '',
         'hard: agentive headless …者 phrase (those who already use a common discharge) is the only subject, kept whole incl. its time reference'),
    ],
    80: [],  # list item of the lead-in 檢察官…應於下列期限內提出; 該處分得執行期間 is attributive (the period in which it may be executed), no operator of its own
    81: [
        ('shall', '製劑[須]符合', '', '', '', 'thing subject (被檢…抗體製劑)'),
    ],
    82: [
        ('shall', '測量[應]依', '', '', '', 'act/thing topic (圖根測量); no actor in the article'),
    ],
    83: [
        ('may', '機關[得]廢止', '中央主管機關', '', '',
         '專業訓練單位有下列情形之一者 is a condition; 並註銷 has no second cue'),
    ],
    84: [
        ('may', '政府[得]提供', '各級政府', '', '', '績效優良之單位或人員 is the fronted beneficiary (topic)'),
    ],
    85: [
        ('may', '時，[得]通知', '^[海關]', '', '', '海關 is the subject of the …時 clause'),
    ],
    86: [
        ('may', '者，[得]先行', '^[各級政府]', '', '', '為…需要 / 於河川區域有…使用行為者 are conditions; 並於…補辦 has no second cue'),
        ('may', '時，[得]命其', '河川管理機關', '', '', 'own subject after ；; 許可之 has no cue'),
    ],
    87: [
        ('shall', '申評會[應]通知', '申評會', '', '', '提起申訴不合法定程式…可補正者 is a condition'),
        ('shall', '，[應]自評議', '', '', '申評會', 'thing subject (其補正期間) after ；; the committee of the same sentence computes the period -> carried'),
    ],
    88: [
        ('may', '亦[得]提起', '', '', '',
         'no subject written (the party to the judgment); 不得上訴於第三審法院之事件 is attributive; 除前條規定外…亦得 is additive (besides), no exception; 當事人 appears only inside a condition'),
    ],
    89: [
        ('shall', '所[應]依', '^[票據交換所]', '', '', ''),
        ('may', '並[得]派員', '；[本行]並得', '', '', 'own subject after ；'),
    ],
    90: [
        ('shall', '會議[應]於', '', '', '直轄市或縣（市）主管機關',
         'thing subject (前項會議); para 1 right before: 由直轄市或縣（市）主管機關邀集…召開審查會議 (also named in the same sentence)'),
        ('shall', '並[應]於會後', '直轄市或縣（市）主管機關', '', '', 'own written subject of the second clause'),
    ],
    91: [
        ('shall', '，[應]由', '由[執行機關]轉交', '', '', 'topic 武器彈藥等軍用物資 (thing); bearer = agent after 應由'),
    ],
    92: [
        ('shall', '程序[應]於', '', '', '勞保局',
         'hard: thing subject (前項審查程序); para 1 right before has 勞保局 as the subject running the procedure (送請初審, 提請審議) -> carried'),
    ],
    93: [
        ('shall', '，[應]檢具', '^[電信事業]', '', '', 'subject of the …時 clause'),
    ],
    94: [
        ('shall', '結果[應]為', '', '', '查驗機構',
         'hard: thing subject (查驗結果); lead-in 前項查驗之方式 names no actor, para 1 right before: 應經…許可之查驗機構查驗 (the verifier issues the result) -> carried'),
    ],
    95: [],  # 其他應遵行事項之辦法 is attributive; 由主管機關定之 has no cue
    96: [
        ('shall', '，[應]確保', '^[期貨信託事業]', '', '', '並通知基金保管機構 under the same 應; 取得 false friend'),
        ('exception', '，[除]主管', '', '', '', '除主管機關核准外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]超過', '', '', '期貨信託事業',
         'thing subject (其交易之總風險暴露, 其 = the trust enterprise\'s trading); across 。 -> carried'),
    ],
    97: [
        ('may', '內[得]入國', '', '', '',
         'hard: list item of 入國許可證件種類如下; read as the permission the permit confers (the holder may enter once); holder not written, permit is a thing'),
    ],
    98: [
        ('shall', '並[應]檢附', '', '', '申請變更動物用藥品之中、外文名稱者',
         '輸入動物用藥品之外文名稱變更者 is a circumstance (condition); the applicant is carried from the lead-in (申請…者，應檢附下列資料)'),
    ],
    99: [
        ('shall', '，[應]向申請者', '^[各級主管機關]', '', '', '收費標準，由中央主管機關定之 has no cue'),
    ],
    100: [
        ('shall_not', '[不得]逾二年', '', '', '正額錄取人員',
         'thing subject (其保留期限; 其 = the admitted candidate); lead-in 正額錄取人員…得檢具事證申請保留錄取資格 -> carried'),
        ('shall_not', '[不得]逾三年', '', '', '正額錄取人員', 'second cue after ；, thing subject, carried likewise'),
    ],
    101: [
        ('exception', '，[除]與', '', '', '', '除…外 carves the listed transactions out of the 應 of the same sentence'),
        ('shall', '者，[應]於', '^[公開發行公司]', '', '',
         '交易金額達…者 is a condition; 取得 after 應 is the verb, not a cue (false friend also inside 除…外); 並符合下列規定 under the same 應'),
    ],
    102: [],  # list item of a mechanism's contents: 違反應遵行事項之處置 -- 應遵行事項 is attributive
    103: [
        ('shall_not', '者，[不得]應試', '應考人', '', '',
         '其他應依序應試之考試: 應 attributive inside the NP (topic); 應考人…者 = N[condition]者; 但…從其規定 has no cue'),
    ],
    104: [],  # 供應處 (organ name, 供應 false friend); 掌理左列事項 no cue
    105: [],  # 所得稅 false friend; list item of tasks
    106: [],  # 供應 false friend; list item of competences
    107: [
        ('shall', '1 [應]提供', '', '', '', 'no subject written; the applicant is not named in the item or the article'),
        ('shall', '測試結果[應]包括', '', '', '', 'thing subject (測試結果)'),
        ('shall', '數據[應]經', '', '', '', 'thing subject; one 應 governs 經…整理並…加註'),
        ('shall', '分析的結果[應]用', '', '', '',
         'hard: 應用 is 應 + 用 (shall be expressed using actual data), not the false friend; 而不可用… — 不可 is not a listed cue, not labelled'),
        ('shall', '鑑定[應]包括', '', '', '', 'thing subject (物理化學特性鑑定); （但不限於） no cue'),
    ],
    108: [],  # 緊急應變程序: 應變 false friend; list item of a plan's contents
    109: [
        ('shall', '墊片[應]以', '', '', '', 'thing subject (墊片); 引起反應 false friend; lead-in 特別規定如下 names no actor'),
        ('shall', '並[應]為', '', '', '', 'second cue of the same sentence, same thing subject'),
        ('shall', '表面[應]為', '', '', '', 'thing subject; 化學反應 false friend'),
        ('may', '者[得]認可', '', '', '', 'passive (may be approved); the approving authority is not written in the item or lead-in'),
    ],
    110: [
        ('shall', '資料[應]設定', '^[連結機關]', '', '', '取得之 false friend (inside the object NP)'),
    ],
    111: [],  # list item of disclosures (建立估價之作業流程…); 取得 false friend, no operator
    112: [],  # 用地取得 (取得 false friend); list item of tasks
    113: [
        ('may', '，[得]酌免', '第七條至第十九條應考人', '', '',
         'hard: 但…得 without 不在此限 is a may (得酌免 = may be exempted, cf. fresh19 得免); written subject kept (reference without 之 stays); 受…聘用…者 is a condition; first sentence 依…辦理 has no cue'),
    ],
    114: [
        ('may', '，[得]以其', '^[投資人]', '', '', '經核准轉讓股份… is a condition; 所得 false friend; 亦同 no cue'),
    ],
    115: [
        ('may', '前，[得]為', '^[法官評鑑委員會]', '', '', '或通知… / 並予…陳述之機會 under the same 得'),
        ('may', '亦[得]通知', '^[法官評鑑委員會]', '', '', 'second cue after ；, same sentence, same written bearer'),
        ('exception', '，[除]法律', '', '', '', '除法律另有規定外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]供人', '', '', '法官評鑑委員會',
         'thing subject (調查所得資料; 所得 false friend); across 。 -> carried'),
    ],
    116: [
        ('may', '，[得]向', '^[取得審驗證明者]', '', '',
         'agentive headless 者 phrase (the certificate holder) is the subject of the …時 clause, kept whole; 但…不受理其申請 — 不受理 is not a listed cue (cf. fresh11), not labelled'),
    ],
    117: [
        ('may', '者，[得]於', '沼氣發電業者', '取得前項獎勵資格之沼氣發電業者', '', '取得 false friend (inside the modifier)'),
    ],
    118: [],  # formula text; 所得 false friends; 准予扣除 / 準用 no cues
    119: [
        ('shall', '中心[應]有', '^[各級災害應變中心]', '', '',
         '應變 inside the name is a false friend; one 應 governs 有 / 充實 / 並作 (no second cue)'),
    ],
    120: [],  # 獲得 false friend; list item of tasks
})
