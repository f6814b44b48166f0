# Hand labels for /work/eval/s32/o27/to_label-a.tsv (sample of session 32, o27), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 但不得, 亦不得, after ；) shares the written bearer at the same offset unless
#   its clause has its own subject (a thing subject gives '' + carried); across 。 a new written subject is its own bearer.
# - a thing / topic / place / patient subject (盈餘, 檢測作業, 設計, 軍用飛機場, 管理機構人員 to be commended) is no bearer;
#   `carried` when this provision (also a possessor inside the topic NP), its list lead-in or the paragraph right before
#   names the actor clearly, else ''. A vessel / vehicle as regulated unit (氣墊船, 遞補車輛) is kept as bearer.
# - 'N[condition]者' keeps N (an agentive restrictive …者 phrase with a head noun goes to bearer_full); 之-modifiers go
#   to bearer_full; coordinated alternatives kept whole.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除), an
#   additive 除…外 (besides …, may also …) is not; a cue inside 除…外 is not labelled when it restates, but is when it is
#   the only source of the duty (prov. 30); 應不予 is one shall_not at 應; 得不予 is one may at 得; 得無庸 is a may;
#   attributive 應提撥數 / 應廢止…之案件 / 應稅貨物 / 得領取之 / X應提供…之範圍如下, cues inside …者 conditions and in
#   definitions, 所得, 取得, 得知, 變得, 應用 (application), 供應, 應考人, 得應…之請 (respond), 准 / 准予 are not labelled.
LABELS = {
    1: [
        ('shall', '辭職，[應]以', '^[農會選任人員]', '', '', '因故辭職 is the same subject\'s clause; 即生效力 has no cue'),
        ('shall', '農會[應]向主管機關', '。[農會]應', '', '', 'new sentence with its own subject; 並向…提出報告 under the same 應'),
    ],
    2: [
        ('may', '者，[得]按次', '', '', '',
         'penalty 得 (may punish per violation); 民營廣播、電視事業 is the offender (condition/object), the punishing authority is not named in the article; 處…罰鍰 / 令其限期改正 are facts without cue'),
    ],
    3: [
        ('shall', '時，[應]敘明', '^[校長]', '', '', '送請本會復議 under the same 應'),
        ('shall', '校長[應]即', '，[校長]應即', '', '', 'after ；, own written subject; 應即 = 應; 並予發布執行 under the same 應'),
    ],
    4: [],  # 得知 false friend (使公眾得知 = make known); list item of means, no operator
    5: [
        ('may', '者，[得]無庸', '法院', '審理本案之法院', '',
         '得無庸 = may dispense with (a permission); 審理本案之法院認為…有必要者 read as N[condition]者 -> N = 法院, 之-modifier to bearer_full; 候選國民法官通知之送達 is a topic'),
    ],
    6: [
        ('shall', '盈餘[應]用於', '', '', '私立社會教育機構',
         'hard: 應用於 read as 應 + 用於 (shall be used for), not the false friend 應用 (the parallel 不得分配 and para 1 (應獨立) confirm the modal reading); thing subject 盈餘, its possessor carried'),
        ('shall_not', '，[不得]分配', '', '', '私立社會教育機構', 'same thing subject (盈餘); possessor carried'),
    ],
    7: [
        ('shall', '時，[應]表明', '^[外國法事務律師]', '', '', '執行職務時 is a condition; 並告知 under the same 應'),
    ],
    8: [
        ('shall', '，[應]具備', '^[證券商]', '', '', '證券商申請辦理…款項 -> subject 證券商'),
    ],
    9: [
        ('shall_not', '，[應]不予', '', '', '戶政事務所',
         '應不予 is one shall_not at 應; 申請人未依…者 is a condition about another party; 戶政事務所 named in paragraph 2 right before (受理…業務時…應通知申請人補正)'),
    ],
    10: [
        ('shall', '，[應]嚴守', '之[與會人員及其他工作人員]對於', '申評會委員會議之與會人員及其他工作人員', '', ''),
        ('shall', '均[應]予以', '', '', '與會人員及其他工作人員',
         'after ；, own thing subject (申訴案及申訴人之基本資料) -> no bearer; the personnel of the first clause carried'),
    ],
    11: [
        ('may', '合作社[得]自定', '信用合作社', '', '', '…時 is a condition; 每年應提撥數 is attributive (amount to be appropriated) -> not labelled'),
        ('shall_not', '[不得]低於', '', '', '信用合作社', '但…不得 (no 不在此限) is a shall_not; thing subject (其比率) -> carried'),
    ],
    12: [
        ('shall', '獎章[應]填具', '', '', '',
         'topic 請頒本獎章 (an act), no actor written; para 1 names several recommenders (服務機關 / 主管機關或團體), none clearly -> no carried; 並檢附 under the same 應'),
    ],
    13: [
        ('shall', '，[應]審慎', '', '', '', 'topic 考試及格人員分發任用 (they are the concern, not the handler); handling agency not named in the article'),
        ('may', '者，[得]派員', '', '', '', '其案情複雜者 is a condition; 並協助解決之 under the same 得; no actor written'),
    ],
    14: [],  # 依法得領取之…給付: 得 attributive inside the NP; 始為繳納 (始 without 得) no cue; 計算之 stated as fact
    15: [],  # definition clause (環境驗證測試：指…): 必須確保 inside the definition; 應用 false friend
    16: [
        ('shall_not', '者，[不予]調整', '', '', '',
         '…者 is a condition (price comparison); no actor in the item or lead-ins (利用市場實際交易價格…之處理原則如下); second clause 調整其支付價格為… has no cue'),
    ],
    17: [
        ('may', '時，[得]向', '^[主管機關]', '', '', '由中央主管機關定之 has no cue'),
    ],
    18: [
        ('shall', '機關[應]建置', '中央主管機關', '', '', '為辦理… is a purpose; 並依…遴聘 under the same 應'),
    ],
    19: [
        ('shall_not', '場[禁止]牲畜', '', '', '',
         'hard: 禁止 as operative verb (livestock entry is prohibited); 軍用飛機場 is a place/topic, not a bearer; the prohibited party is not named'),
        ('may', '者，[得]捕殺', '', '', '',
         '對…危害飛航安全者 is the object/condition; who may kill is not named (權責機關 only in para 3, after)'),
    ],
    20: [
        ('may', '需要，[得]使用', '', '', '', 'place topic (隧道路段); the road authority is not named'),
        ('may', '標線[得]配合', '', '', '', 'thing subject (本標線)'),
    ],
    21: [
        ('shall', '法人[應]將會計制度報本會核定', '政府捐助之[財團法人]', '政府捐助之財團法人', '', ''),
        ('shall', '法人[應]將會計制度報本會備查', '民間捐助之[財團法人]', '民間捐助之財團法人', '', 'own subject in the second clause'),
    ],
    22: [
        ('shall', '作業[應]於', '', '', '目的事業主管機關',
         'thing subject (檢測作業); paragraph 1 right before: 目的事業主管機關…應定期檢測'),
        ('exception', '[不在此限]', '', '', '', '經中央主管機關同意者 is the condition'),
    ],
    23: [
        ('shall_not', '車輛[不得]再有', '遞補車輛', '', '',
         'hard: vehicle as regulated unit kept as bearer (cf. ships); 准予保留 / 准比照 are no cues (准 not 得); 但…不得 without 不在此限 is a shall_not'),
        ('shall_not', '亦[不得]轉讓', '遞補車輛', '', '', 'second cue of the same sentence, same written bearer; 違者由監理機關註銷 has no cue'),
    ],
    24: [
        ('shall_not', '且[不得]設於', '', '', '家庭托顧服務員',
         'thing subject (休憩設施或寢室); lead-in 家庭托顧服務員之服務處所…其設施設備應符合下列規定 names the 托顧服務員 inside the topic NP -> carried; 並保障 no cue'),
    ],
    25: [
        ('may', '外，[得]以', '', '', '',
         '除以一般方式施教外，得以… is additive (besides), not an exception; topic 補習及進修教育, no actor in the article'),
    ],
    26: [
        ('may', '加工品，[得]申請', '^[保稅工廠]', '', '', '並以…為限 has no cue'),
        ('may', '出口者，[得]申請', '但[保稅工廠]所生產', '', '',
         '但…得 without 不在此限 is a may; 保稅工廠[…已超過工廠產能…者] is N[condition]者 -> N; 具結負責 is no 負…義務'),
    ],
    27: [
        ('may', '機關[得]不予', '主管機關', '', '', '得不予 is one may at 得; 前項雜誌有下列情形之一者 is a condition'),
    ],
    28: [
        ('exception', '[除]因', '', '', '', '除因緊急情況外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '，[不得]利用', '^[氣墊船]', '', '', 'vessel as regulated unit kept as bearer'),
    ],
    29: [],  # hard: 電子支付機構…應提供…所得資料…之範圍如下 -- 應提供 sits in the relative clause of 範圍 (attributive, like 應接受之訓練課程如下); 所得 false friend
    30: [
        ('shall', '資料[須]定期', '', '', '公民營事業機構',
         'hard: 須 inside 除…外, but it is the only source of the reporting duty (no restatement) -> labelled; its clause has a thing subject (儲放數量資料), the sentence topic 於港區從事危險物品作業之公民營事業機構 carried; main clause 其運作參照… has no cue, so 除 is no exception'),
    ],
    31: [],  # 應用 and 供應 false friends; list item of tasks, no operator
    32: [],  # 取得 false friend; list item of expenditures, no operator
    33: [
        ('shall', '設計，[應]經', '', '', '會計機構',
         'thing subject (前項設計); paragraph 3 right before: 各機關之會計制度，由各該機關之會計機構設計'),
        ('may', '後[始得]核定', '', '', '主計機關',
         'second operator (始得 = may only then); approving authority = 各該政府之主計機關 of paragraph 3; 修正時亦同 has no cue'),
    ],
    34: [
        ('shall', '法人[應]以', '^[教育法人]', '', '', '所得捐贈: 所得 = obtained (false friend)'),
    ],
    35: [
        ('may', '顧問[得]應', '^[人權諮詢顧問]', '', '', '得 governs 應本會之請參與 / 列席 / 陳明; 應…之請 (respond to a request) is no modal 應'),
        ('shall_not', '但[不得]參加', '^[人權諮詢顧問]', '', '', '但不得 (no 不在此限), same sentence, same written bearer'),
    ],
    36: [],  # 應考人 false friend (供應考人 = 供 + 應考人); 不另收費 no cue
    37: [
        ('exception', '，[除]有特別', '', '', '', '除有特別規定外 carves an exception out of the 得 of the same sentence'),
        ('may', '外，[得]提起', '^[當事人及被告直屬長官]', '', '', 'coordinated subject kept whole; 對…裁定 is the object'),
    ],
    38: [
        ('shall', '）[應]自', '各機關（構）', '', '',
         '獲選為模範公務人員…者 is a condition (the awardee is the object); 並函送 under the same 應'),
    ],
    39: [
        ('exception', '，[除]直接', '', '', '', '除直接出口或售與保稅區者外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]依', '', '', '保稅工廠', 'thing subject (保稅物品); its possessor 保稅工廠 carried'),
        ('may', '，[始得]出廠', '', '', '保稅工廠', 'second operator (始得); thing subject, possessor carried'),
    ],
    40: [
        ('shall_not', '[不得]投資', '', '', '都市更新投資信託公司', 'lead-in: 都市更新投資信託公司應…並遵守下列規定'),
    ],
    41: [
        ('shall', '機長[應]報請', '機長', '', '', '航空人員…於航空器內吸菸者 is a condition about other persons'),
    ],
    42: [
        ('shall', '，[應]配合', '^[各機關、學校、法人、機構及團體]', '', '', '辦理 / 並提供 under the same 應'),
    ],
    43: [],  # hard: list item of a condition lead-in (有下列情形之一者，招標文件得免標示…): 開標程序及內容應予保密 restates the Act's duty inside the condition
    44: [
        ('shall', '者，[應]以', '', '', '監理會',
         '保險人原核定…認為正當者 is a condition (保險人 is not the actor); paragraph 1 right before: 監理會應為駁回之審定'),
    ],
    45: [
        ('may', '署[得]視', '^[法務部矯正署]', '', '', ''),
    ],
    46: [
        ('shall', '者，[應]以', '^[公眾]', '公眾依本法第七十一條第一項規定加入為委託人者', '',
         'agentive …者 phrase with head noun 公眾: head as bearer, phrase as bearer_full; 並準用 no cue'),
    ],
    47: [
        ('may', '法院[得]依', '少年法院', '', '', '前項假日生活輔導 is a topic; 受…指導 no cue'),
    ],
    48: [],  # definition (所稱之禁運，包括禁止…運輸): 禁止 inside the definition's noun phrase, no statement
    49: [
        ('may', '，[得]向', '^[申請人或被查扣人]', '', '', ''),
    ],
    50: [
        ('may', '，[得]予', '', '', '',
         '管理機構人員有下列情事之一者 is a condition about the persons commended (patients); the rewarding authority is not named'),
    ],
    51: [
        ('may', '案件，[得]比照', '^[直轄市、縣（市）警察局]', '', '',
         '應廢止其執業登記或吊扣執業登記證之案件: 應 attributive inside the NP -> not labelled'),
    ],
    52: [
        ('may', '，[得]填具', '之[法人、機構或團體]，', '符合前項資格條件之法人、機構或團體', '',
         '並訂定 / 向…申請認可 under the same 得'),
    ],
    53: [
        ('shall', '者，[應]予', '', '', '',
         'topic 財務報告編製 (thing); 國防部 only notifies; the 財團法人 appears in para 1 only as possessor of the figures, not clearly as actor -> no carried'),
    ],
    54: [
        ('shall', '，[應]依', '', '', '經營者', 'thing subject (會計制度及會計處理); its possessor 經營者 carried'),
    ],
    55: [
        ('shall', '者，[應]按次', '', '', '',
         'penalty 應 (shall punish per violation); 屆期未改善者 is a condition about the offender; the punishing authority is not named'),
    ],
    56: [
        ('exception', '，[除]應', '', '', '', '除應抵償被害人者外 carves an exception out of the 得沒收 of the same sentence; the 應 inside 除…外 restates para 1 (應發還被害人) -> not labelled'),
        ('may', '外，[得]沒收', '', '', '', 'thing subject/object (財產利益); the confiscating court is not named; 變得 false friend'),
    ],
    57: [],  # 應稅貨物 (taxable goods) attributive/false friend; definition of a register, no operator
    58: [
        ('shall_not', '，[不得]再行', '', '', '', 'no subject written (the parties); para 1 names only the court of appeal'),
    ],
    59: [
        ('shall', '人員[應]根據', '^[各單位收發人員]', '', '', '各單位 kept as fixed modifier; second sentence (研考人員稽催…) has no cue'),
    ],
    60: [],  # 所得 / 利息所得 / 所得額 false friends; 不計入 no cue
}

# Hand labels for /work/eval/s32/o27/to_label-b.tsv (sample of session 32, o27), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (對象, 配線, 收入, 簡章, 裁定, 說明書, 資本, 計算, 證明文件 before 由) or a passive
#   patient / beneficiary (初聘僱人員 granted leave, certificate holders 得設置於) gives bearer ''; `carried` when this
#   provision (also the topic / possessor 其 of the thing subject), its list lead-in or the paragraph right before
#   clearly names the actor, else ''.
# - a second cue of the same sentence (並得, after ；) shares the written bearer at the same offset; across 。 carried;
#   one 應 governing 並X without a new cue is one statement; the subject of a condition clause (…時, 因故未能…)
#   is the subject of the cue; the agent after 應由 is the bearer, 之-modifiers to bearer_full; a reference without
#   之 (前項, 本法第三十六條所稱, 前條所稱) stays in the bearer.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole.
# - 但…不在此限 is an exception (also in a non-deontic list item); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 除…外，應 = "besides" (additive) is not; 但…得 without 不在此限 is a may.
# - not labelled: attributive 應聘雇之技術人員 (a heading NP), cues inside …者 conditions (須先經…核准者, 應申報而未
#   申報者), 可 / 可得 / 無須 / 免 / 不致 / 責令 / 處…罰鍰; false friends 取得, 獲得, 所得, 應付, 支應, 因應, 應變, 反應.
LABELS.update({
    61: [
        ('shall', '時，[應]於', '^[前項股票發行公司]', '', '',
         'subject of the …時 clause; reference 前項 without 之 kept in the bearer. Second sentence: 應申報 inside the '
         '…者 condition (restates), 除依限責令…外，並按…處罰鍰 is additive with no cue (penalty as fact) -> no statement'),
    ],
    62: [
        ('shall_not', '至多[不得]超過', '', '', '',
         'hard: a cap inside the template parenthesis (number of alternate directors at most half of the directors); '
         'thing subject (候補理事人數), no bearer; 由…選舉 / 並由理事互推 have no cue'),
    ],
    63: [
        ('may', '者，[得]向', '^[要派單位]', '', '', 'N[condition]者 keeps N; 應付費用 false friend (attributive)'),
    ],
    64: [],  # no cue; 取得 false friend (由本中心取得之財產); a classification rule
    65: [
        ('may', '本部[得]邀集', '^[本部]', '', '', ''),
    ],
    66: [
        ('may', '者，[得]按', '', '', '',
         'hard: 初聘僱人員…者 is the beneficiary of 核給慰勞假 (leave granted to them), not the granting actor; '
         'the granting agency is not named in the article (para 1 is passive 應給慰勞假); 依…規定 clauses have no cue'),
    ],
    67: [
        ('shall', '者，[應]先報', '^[期貨信託事業]', '', '', '有下列情事之ㄧ者 is a circumstance; N[condition]者 keeps N'),
    ],
    68: [
        ('shall', '，[應]以公平', '^[負責管理及運用研發成果者]', '', '',
         'agentive headless 者 phrase, the only subject, kept whole; 負責 is no cue; 並以…為對象 under the same 應'),
        ('exception', '[不在此限]', '', '', '', '但…報經本部同意者，不在此限'),
    ],
    69: [
        ('may', '訊息，[得]以', '', '', '',
         'thing subject (出口裝船清表訊息 may be replaced by the manifest); para right before names only a headless '
         'transmitter phrase, para 1 the 船長或運輸業者 -> not carried clearly; 由關務署公告之 no cue'),
    ],
    70: [],  # attributive: 電動家畜屠宰場應聘雇之技術人員 is a noun-phrase heading of a list (應X之), no statement of its own
    71: [
        ('shall', '對象[應]包括', '', '', '各級主管教育行政機關、學校、社教機構',
         'thing subject (宣導之對象); paragraph 1 right before: 各級主管教育行政機關、學校、社教機構應…辦理…宣導工作'),
    ],
    72: [
        ('may', '院長[得]提出', '該院院長', '', '', '前項情形 is a condition; 該院 kept as part of the name'),
    ],
    73: [
        ('exception', '[不在此限]', '', '', '', 'list item of the scope of ship inspection (non-deontic item); 免 is no cue'),
    ],
    74: [
        ('exception', '[除]本法', '', '', '', '除本法另有規定外 carves out of the 得兼任 of the same sentence'),
        ('may', '關係，[得]兼任', '金融控股公司負責人', '', '', '因投資關係 is a condition; 應具備/應遵行 only in the law name'),
    ],
    75: [
        ('may', '但[得]依', '', '', '',
         '但…得 without 不在此限 is a may; the collecting authority (customs) is not written in the item or lead-in '
         '(lead-in 按下列規定繳納 speaks of the payers); 繳費義務人 is the applicant, not the bearer'),
    ],
    76: [
        ('shall', '者，[應]予補償', '', '', '',
         '土地所有人或使用人遭受損失者 is the condition (they are the ones compensated); the compensating party is not '
         'clearly named (劃設小組 in para 1, 執行機關 assists in para 2); second sentence has no cue'),
    ],
    77: [
        ('shall', '，[應]全額', '^[訓練機構]', '', '', 'subject of the condition clause (因故未能開班上課) is the subject of 應'),
    ],
    78: [
        ('shall', '，[應]於', '', '', '', 'act topic (言詞辯論); no actor written in the article'),
    ],
    79: [
        ('shall', '師資，[應]符合', '師資', '辦理移民專業人員訓練之機關（構）、團體、學校聘請之師資', '',
         'qualification rule; 師資 (the teachers) read as the written subject (cf. fresh19 37); the hiring bodies are '
         'inside the 之-modifier'),
    ],
    80: [],  # definition (…：指…之公有土地); 可得確定 (determinable) is no cue
    81: [
        ('shall', '配線，[應]裝設', '', '', '', 'thing subject (配線); no actor in the article; 不致 no cue; 或按…裝設 same 應'),
    ],
    82: [
        ('shall', '收入[應]掣給', '', '', '教育法人',
         'hard: topic 教育法人, clause subject 其收入 (thing) -> bearer empty, the topic/possessor carried; '
         '並留存根備查 under the same 應'),
    ],
    83: [
        ('may', '並[得]協調', '', '', '',
         'topic 進修教育 (thing); the organising actor is not written (國防部 in para 2 only sets standards)'),
    ],
    84: [
        ('shall', '者，[應]自', '', '', '',
         'hard: counting rule; 軍官、士官…畢業者 is the topic/condition (their minimum service period shall be counted '
         'from…), the subject of 起算 is the 年限 (thing); first sentence has no cue'),
    ],
    85: [
        ('may', '者，[始得]入學', '^[全修生]', '', '', 'N[condition]者 keeps N (具有學籍…並經…錄取者); 始得 = may only then'),
    ],
    86: [
        ('shall', '內政部[應]視', '內政部', '', '', '本準則發布施行後 is a time condition'),
    ],
    87: [
        ('shall', '航次[應]全程', '漁業人及船長', '', '',
         'topic 依第四條許可之漁船 fronted; subject 漁業人及船長; 並維持 under the same 應'),
    ],
    88: [],  # hard: 須 sits inside the condition 第一款基本資料，須先經…核准者 (a …者 condition); 自…內為之 has no cue (the duty is the lead-in's 應)
    89: [
        ('shall', '變更，[應]依', '', '', '再使用業者',
         'thing subject (變更); 再使用業者 only inside the 之-modifier of the topic -> carried'),
    ],
    90: [
        ('shall', '文件[應]由', '境內或境外驗證機構', '我國認證合格之境內或境外驗證機構', '',
         'bearer = agent after 應由 (the thing subject 證明文件 is no bearer); 我國認證合格之 modifier to bearer_full; '
         '其內容包括 has no cue'),
    ],
    91: [
        ('shall', '簡章[應]載明', '', '', '本部或所屬機關',
         'thing subject (簡章); paragraph 1 right before: 本部或所屬機關應…公告簡章'),
    ],
    92: [
        ('shall', '裁定[應]送達', '', '', '職務法庭',
         'thing subject (裁定); the court is the subject of paras 1-2 (right before); 並通知 under the same 應'),
        ('shall', '者，[應]一併', '', '', '職務法庭', '移送機關為監察院者 is a condition; across 。 -> carried'),
    ],
    93: [
        ('shall', '後，[應]將', '^[直轄市、縣（市）主管機關]', '', '', 'subject of the …後 clause is the subject of 應'),
    ],
    94: [
        ('shall', '說明書，[應]記載', '', '', '',
         'thing subject (船舶主要規範說明書); 應記載 is the main verb here, not attributive; no actor in the article'),
    ],
    95: [
        ('shall', '人員，[應]具備', '^[本法第三十六條所稱就業服務專業人員]', '', '',
         'hard: qualification rule phrased with 應具備…者 (not a 指 definition) -> labelled; the reference 本法第三十六條所稱 '
         'without 之 stays in the bearer'),
    ],
    96: [
        ('shall', '，[應]告知', '', '', '本會',
         'no subject written; paragraph 1 right before: 本會審議個案評鑑事件…得…調查及審議; 並給予 under the same 應'),
    ],
    97: [
        ('may', '時，[得]強制', '^[警察]', '', '', 'subject of the …時 clause'),
        ('may', '並[得]檢查', '^[警察]', '', '',
         'second cue after ；, same sentence, same written bearer; 有事實足認…者 is a circumstance condition'),
    ],
    98: [
        ('shall', '審查中[應]予駁回', '', '', '',
         '前項聲明不實經查屬實者 is a condition (the applicant firm is the one sanctioned); the reviewing authority is not '
         'named in the article'),
        ('shall', '者，[應]予撤銷', '', '', '', 'after ；, own condition; third clause (解除或終止獎勵契約) has no cue'),
    ],
    99: [
        ('shall', '外，[應]視', '', '', '機構式安置服務處所',
         'hard: 除以中文記載外 is additive (besides Chinese, also in a language they understand), not an exception; '
         'thing subject (生活公約); paragraph 2 right before: 機構式安置服務處所…應訂定生活公約'),
    ],
    100: [
        ('may', '僅[得]設置', '', '', '',
         'hard: 僅得 = may only (a restriction read as may); the certificate holders (依…取得合格證書者) are the patients of '
         '設置 (they are appointed by the premises), not the actor -> no bearer; 取得 false friend'),
    ],
    101: [],  # 取得 false friend; valuation rule as fact (以…為準), no cue
    102: [
        ('shall', '物權，[應]填具', '^[大陸地區人民]', '', '', '取得 false friend; 並檢附…申請審核 under the same 應'),
    ],
    103: [
        ('shall', '資本，[應]以', '', '', '票券金融公司',
         'thing subject (所需之資本); lead-in 票券金融公司計算合格自有資本，應符合下列規定 names the actor; 支應 false friend'),
        ('shall_not', '二類資本[不得]超過', '', '', '票券金融公司', 'second operator after 且, own thing subject (所使用第二類資本)'),
    ],
    104: [],  # 取得 false friend (取得第九職等派用資格); no operator
    105: [
        ('shall', '（一）[應]按', '', '', '', 'no subject; thing topic (應付票據 in the item heading); lead-ins name no actor'),
        ('may', '者，[得]按', '', '', '', '但…得 without 不在此限 is a may; 因業務而發生…者 is a condition on the notes'),
        ('shall', '票據，[應]分別', '', '', '', 'thing subject (應付票據; 應付 false friend inside it)'),
    ],
    106: [
        ('shall', '事業[應]於', '^[有限合夥創投事業]', '', '', '所得 / 所得稅 false friends; one 應 governs 將…填發'),
    ],
    107: [],  # 取得 false friend; list item of a criterion, no operator
    108: [],  # 可提 (可 is no cue); 獲得 false friend; 並以…列支 no cue
    109: [
        ('shall', '計算，[應]依', '', '', '營利事業',
         'thing subject (其處分利益之計算); 營利事業 is the topic (subject of the 處分 clause, possessor 其) -> carried; 所得 false friend'),
    ],
    110: [],  # 應變 false friend (防範應變之措施); description of a marking, no operator
    111: [
        ('may', '但[得]因應', '', '', '藥廠',
         'hard: item = content of the distribution procedure the factory must set up (lead-in 藥廠應制訂包括左列事項之…程序); '
         '但…得 is a may; 因應 false friend right after the cue'),
    ],
    112: [
        ('shall', '時，[應]檢附', '^[都市更新事業機構及協助實施者]', '', '', 'subject of the …時 clause; 所得稅 false friends'),
    ],
    113: [],  # criterion item (…者); 可呈現 (可 no cue), 反應 false friend
    114: [
        ('shall', '機關[應]就', '^[主管機關]', '', '', '取得 false friend; 辦理評鑑 is the verb governed by 應'),
    ],
    115: [
        ('shall', '監護人，[應]為', '^[前條所稱在臺監護人]', '', '',
         'qualification rule, not a 指 definition; reference 前條所稱 without 之 kept; 並提出 under the same 應; 所得 false friend'),
    ],
    116: [],  # 無須 (no duty) and 自動解除 as fact; no operator
    117: [
        ('shall', '費用，[應]併入', '', '', '', 'thing subject (棧儲費); lead-in 棧儲費： names no actor; 取得 false friend'),
    ],
    118: [
        ('shall', '機構，[應]於', '身心障礙者職業訓練機構', '本準則施行前已設立之身心障礙者職業訓練機構', '',
         '之-modifier to bearer_full; 取得 false friend'),
    ],
    119: [],  # 所得 false friend; list item of a condition (…者), no operator
    120: [],  # 支應 false friend; 由…支應之 no cue
})
