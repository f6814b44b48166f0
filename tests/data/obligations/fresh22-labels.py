# Hand labels for /work/eval/s31/o22/to_label-a.tsv (sample of session 31, o22), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 且不得, after ；) shares the written bearer at the same offset;
#   across 。 the bearer is carried; coordinated alternatives kept whole; 之-modifiers go to bearer_full;
#   the agent after (應/得)由 is the bearer.
# - a thing / topic / passive patient subject (平均值, 溫度, 要點, 裁定, 受刑人 to be housed, 庭長 to be transferred)
#   is no bearer; `carried` when this provision (also inside a 之-modifier of the topic), its list lead-in or the
#   paragraph right before names the actor clearly, else ''. A ship or a factory as regulated unit is kept as bearer.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole; a circumstance
#   …者 (無法…設置…者, 勾選不合格者) is a condition.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   a cue inside 除…外 is labelled only when it restates nothing (sole source of a permission, 34);
#   attributive 應X之 (應改善之處, 應行懲罰之事實, 應保持空地之比率, 應記載事項, 應施檢驗商品), 應召 (answer a call-up),
#   應納稅額, 應用, 支應, 對應, 取得, 獲得 and cues inside a …時 condition are not labelled; 應付與 = 應 + 付與.
LABELS = {
    1: [
        ('exception', '[不在此限]', '', '', '', '但…不在此限 excepts the emergency case from the warning duty of para 1'),
    ],
    2: [
        ('shall', '公司[應]確保', '^[中華郵政公司]', '', '', ''),
        ('exception', '職員[除]依法令', '', '', '', '除依法令或經主管機關同意者外 carves an exception out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]閱覽', '負責人或職員', '', '',
         '其 (= 中華郵政公司) is a possessive, not a 之-modifier; one 不得 governs 閱覽 / 洩漏、交付或公開'),
    ],
    3: [
        ('exception', '[不在此限]', '', '', '', '取得 false friend; 但…不在此限 excepts new enterprises from submitting the permit copies'),
    ],
    4: [],  # no cue: 由法務部及國防部…編列預算支應 stated as fact; 支應 false friend
    5: [
        ('shall_not', '者[不予]計算', '', '', '',
         'thing subject (使用期限 of less than a year); article lead-in (賠償價格，按左列計算公式及說明處理) names no actor; 「使用期限」 quoted names carry no cue'),
    ],
    6: [
        ('shall', '[須]小於空氣品質標準之小時', '', '', '',
         'hard: 須 as modal in a compliance test (lead-in 判定方法如下); thing subject (各站之該平均值), no actor; 對應值 false friend'),
        ('shall', '[須]小於空氣品質標準之八小時', '', '', '', 'second 須, same kind (thing subject)'),
    ],
    7: [
        ('shall', '至少[應]有', '', '', '',
         'hard: headcount requirement on the guarantors (保證人中…為公職人員), no actor; the item is one of the eligibility conditions of the lead-in (合於左列規定之一者), but the 應 restates no duty so it is labelled; 取得 false friend'),
    ],
    8: [
        ('shall_not', '，[不得]設置', '', '', '',
         'thing topic (衝壓機械 = the machine to be fitted) with condition 非符合…者; no actor named in the article'),
    ],
    9: [
        ('shall', '船舶[應]於', '^[船舶]', '', '', 'the ship as regulated unit (cf. fresh8) kept as bearer'),
    ],
    10: [
        ('may', '，[得]隨時', '^[法院]', '', '', '認有必要時 is a condition; 撤銷或變更 under the same 得'),
    ],
    11: [
        ('shall', '，[應]視', '', '', '銀行',
         'thing subject (營業費用, the line item); 銀行為從事營業所需投入之費用 is the definition (no cue); preparer 銀行 named in the item and in para 3 right before (銀行應於報表…)'),
    ],
    12: [
        ('shall', '者，[應]依', '^[營業人]', '', '', 'N[condition]者 keeps N (發行禮券者 is the condition)'),
    ],
    13: [
        ('shall', '時，[應]與相對', '^[國防部及各軍種總司令部]', '', '', ''),
        ('shall', '總司令部[應]與', '同時，[國防部及各軍種總司令部]應', '', '', 'own subject in the second sentence'),
        ('shall', '時，[應]先與', '', '', '盟軍',
         'hard: the one who must first coordinate with the MND is the allied side (盟軍發布之新聞 in the condition), not the MND (coordinating with itself makes no sense) -> no written bearer, 盟軍 carried'),
    ],
    14: [
        ('shall', '，[應]收容', '', '', '',
         'hard: passive, 第一級受刑人 is the patient (shall be housed); the prison is not named in the article'),
        ('may', '並[得]為', '', '', '', 'second operator: the prisoner may be given the listed treatments (passive), no actor named'),
    ],
    15: [
        ('shall', '單位[應]視', '^[執行單位]', '', '', ''),
    ],
    16: [
        ('may', '徒刑，[得]併科', '', '', '',
         'penalty 得 (a fine may be added); the sentencing court is not named; 駕駛…者 is the offender (condition); 處…徒刑 is a penalty as a fact'),
    ],
    17: [
        ('may', '，[得]通知', '^[主管機關]', '', '', ''),
        ('may', '並[得]派員', '^[主管機關]', '', '', 'after ；, same sentence, same written bearer; 必要時 is a condition'),
        ('shall_not', '工廠[不得]規避', '工廠', '', '', 'own subject 工廠 (the regulated factory), last occurrence before the cue'),
    ],
    18: [
        ('shall', '時，[應]併注意', '^[少年保護官]', '', '', 'the long …時 clause is a condition with the same subject'),
    ],
    19: [
        ('shall', '之處，[應]通知', '^[直轄市或縣（市）主管機關]', '', '',
         '應改善之處 is attributive (not labelled); 認有…之處 is a condition'),
        ('may', '改善者，[得]報請', '^[直轄市或縣（市）主管機關]', '', '',
         'after ；, same sentence, same written bearer; 屆期不改善者 is a condition about the manufacturer'),
        ('may', '製造者，[得]報請', '', '', '直轄市或縣（市）主管機關',
         'new sentence: 經停止製造之動物用藥品，仍繼續製造者 is a condition (topic: the drug); authority carried across 。'),
    ],
    20: [
        ('shall', '機會，[應]採取', '^[主管機關]', '', '', '為協助… is a purpose clause; 獲得 false friend'),
    ],
    21: [
        ('shall', '機關[應]於', '^[主管機關]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    22: [
        ('shall', '代表人[應]於', '^[選定代表人]', '', '',
         'hard: 選定代表人 read as the noun "the selected representative" (parallel 訴訟代理人應於最初為訴訟行為時提出委任書); the other reading (the act of selecting, a topic) would give no bearer'),
    ],
    23: [
        ('shall', '運用，[應]設', '', '', '本部',
         'hard: topic (本基金之收支、保管及運用), existential 應設 with no subject; 本部 is named in the same provision as the body staffing the committee (由本部遴聘) -> carried; 由…兼任之 / 由…擔任 have no cue'),
    ],
    24: [
        ('shall', '機關[應]依原有記載全部', '登記機關', '', '', '…損壞時 is a condition'),
        ('shall', '機關[應]依原有記載有效', '登記機關', '', '', 'own subject in the second sentence (last occurrence before the cue)'),
    ],
    25: [
        ('may', '需要[得]分科', '^[本會各單位]', '', '', '本會 is a fixed modifier without 之; 其員額…定之 has no cue'),
    ],
    26: [],  # 應辦理屆齡退休之至遲退休生效日期: 應 attributive inside the NP; list lead-in (如下) without operator
    27: [
        ('shall', '衡量[應]採', '', '', '',
         'thing subject (無形資產之後續衡量); lead-in 資產負債表之資產至少應包括下列各項目 and para 2 name no actor'),
        ('shall', '揭露，[應]依', '', '', '', 'second operator, thing subject (其會計處理…揭露)'),
    ],
    28: [
        ('shall', '對象，[應]符合', '', '', '體育法人',
         'thing subject (其獎助對象); 體育法人有獎助業務者 is the topic (其 = 體育法人) -> carried'),
    ],
    29: [
        ('may', '需要，[得]使用', '^[第一類電信事業或公設專用電信設置機關]', '', '', 'coordinated alternatives kept whole; 因…需要 is a reason'),
        ('shall_not', '理由[不得]拒絕', '管理機關（構）', '', '',
         '其屬公有之土地、建築物者 is a condition; 其 (of the public land) is a possessive; 無正當理由 is a condition'),
        ('shall', '者，[應]付與', '', '', '第一類電信事業或公設專用電信設置機關',
         '應付與 = 應 + 付與 (shall pay), not the false friend 應付; 其因使用…致發生實際損失者 is a condition; the user of the land is carried from the first sentence'),
        ('shall', '但[應]擇', '', '', '第一類電信事業或公設專用電信設置機關', '但…應 without 不在此限 keeps its modality; carried as above'),
    ],
    30: [
        ('may', '合格，[始得]參加', '^[申請救生員資格檢定者]', '', '', 'agentive headless 者 phrase, the only subject, kept whole; 經審查合格 is a condition'),
        ('may', '[始得]參加術科', '^[申請救生員資格檢定者]', '', '',
         'hard: after ；, same sentence -> same written bearer; 學科成績達七十分以上者 read as a condition on the applicants (could also be read as its own headless agent phrase); 發給救生員證書 has no cue'),
    ],
    31: [
        ('shall', '時，[應]同時', '', '', '',
         '助產機構負責人 is the subject of the condition only; the disciplining authority is named neither here nor in para 1'),
    ],
    32: [
        ('shall', '律師[應]於', '^[律師]', '', '', '所聘僱之外國人 inside a time phrase'),
    ],
    33: [
        ('shall', '要點，[應]規定', '', '', '',
         'thing subject (土地使用分區管制要點); para 2 right before names only the reviewing 各縣（市）政府, not the drafter; 應保持空地之比率 is attributive (not labelled)'),
    ],
    34: [
        ('may', '主任[得]由', '由[教師]專任', '', '',
         'hard: 得 inside 除…外, but it restates nothing (sole grant of this permission) -> labelled; bearer = agent after 得由; the main clause 其餘由教師兼任 has no cue, so 除 is no exception'),
    ],
    35: [
        ('shall', '者，[應]由', '所在地之[地方主管機關]另行', '其戶籍所在地之地方主管機關', '',
         'bearer = agent after 應由; 嚴重病人無保護人者 is a condition; the second clause (由…為之) has no cue'),
    ],
    36: [
        ('shall', '時，[應]即准許', '', '', '建築師懲戒委員會',
         'hard: 不應停止 sits inside the …時 condition (認為…時) -> not labelled; 停止執行業務之建築師 is the topic/patient; the deciding committee (經審查決議) named in para 1 -> carried'),
    ],
    37: [
        ('shall', '，[應]於', '^[主管稽徵機關]', '', '', '應納稅額 false friend; 查定 / 發單通知 under the same 應'),
    ],
    38: [
        ('may', '者，[得]以鄰近', '', '', '',
         '無法於廠區內設置磅秤設備者 read as a circumstance; lead-in (申請處理機構同意設置文件應檢具下列文件) names no actor; 必留下 (必) is no cue; 由第三公證過磅單位進行過磅 is an alternative under the same 得'),
    ],
    39: [
        ('shall', '機具[應]注意', '', '', '', 'thing subject (機具); heading 機具管理事項 names no actor'),
        ('shall', '者[應]即通知', '', '', '', 'second operator; 故障時非自身能力能排除者 is a condition; no actor named'),
    ],
    40: [
        ('may', '情形[得]不依', '', '', '', '得不依 = may dispense (a may); thing subject (年限管制件); no actor named'),
    ],
    41: [
        ('shall', '，[應]於', '^[事業]', '', '', ''),
    ],
    42: [
        ('shall_not', '[不得]以', '', '', '', 'thing subject (秘密保持命令裁定); the court is not named in para 1'),
    ],
    43: [
        ('shall', '者，[應]具體', '', '', '審查諮詢委員',
         '於…勾選不合格者 read as a circumstance; carried from the lead-in 審查諮詢委員填寫換發執照審查表，應遵守下列事項'),
    ],
    44: [],  # 應召 (answer the call-up) is a false friend like 應考; list lead-in 依下列規定辦理 without cue
    45: [
        ('shall', '用具，[應]符合', '', '', '酒產製工廠', 'thing subject (設備、用具); 酒產製工廠 named in its 之-modifier -> carried'),
    ],
    46: [
        ('shall', '者，[應]劃分', '', '', '', 'thing subject (areas); lead-in 飛機棚庫依下列規定劃分危險場所 names no actor'),
    ],
    47: [
        ('may', '者，[得]隨時', '^[直轄市、縣 (市) 政府]', '', '',
         'hard: coordinated subject (直轄市、縣 (市) 政府 … 或軍、師、團管區 …) split by the 對… objects, not contiguous; the first conjunct is written (cf. fresh19 3); 應行懲罰之事實 is attributive'),
    ],
    48: [
        ('shall', '溫度[應]保持', '', '', '', 'thing subject (其溫度); 儲存於…者 is a condition; lead-in names no actor'),
        ('shall', '乙醛者，[應]保持', '', '', '', 'second operator, thing subject'),
    ],
    49: [],  # 應記載事項 attributive; 由中央主管機關另定之 has no cue
    50: [
        ('may', '亦[得]調任', '', '', '司法院',
         'passive: 庭長 is the one transferred (調任之); 司法院 is the transferring actor of para 3 right before (司法院得…調任)'),
    ],
    51: [
        ('shall', '業者，[應]自', '之[傳播業者]，', '接受委託刊播之傳播業者', '', ''),
        ('shall_not', '時，[不得]規避', '之[傳播業者]，', '接受委託刊播之傳播業者', '',
         '且…不得, same sentence, same written bearer; 於主管機關要求提供時 is a condition'),
    ],
    52: [
        ('shall', '機關[應]選定', '^[中央主管機關]', '', '', '並將… has no second cue'),
    ],
    53: [],  # 應用軟體 (應用 false friend); list item of a unit's tasks
    54: [
        ('shall', '政府[應]造具', '直轄市或縣（市）政府', '', '', '經調查結果，不符合…者 is a condition'),
    ],
    55: [
        ('shall', '後，[應]填報', '^[檢查員]', '', '', '並將…通知雇主 has no second cue'),
    ],
    56: [
        ('shall', '者，[應]報請', '^[雇主]', '', '', 'N[condition]者 keeps N; 註銷其檢查合格證 follows under the same 應'),
    ],
    57: [],  # 應施檢驗輸出商品 is attributive (the category of goods subject to inspection); lead-in without cue
    58: [
        ('exception', '[除]補貼', '', '', '', '除…依申請補助當時規定辦理外 carves those matters out of the 應依本辦法 of the same sentence'),
        ('shall', '事項[應]依', '', '', '',
         'thing subject (其餘事項); 貸款人 is the topic (whose matters), not the actor -> not carried; the handling authority is not named'),
    ],
    59: [
        ('shall', '證書，[應]具', '', '', '',
         'topic is an act (請領…證書, no 者), so no written bearer; the applicant is never named as a noun'),
    ],
    60: [
        ('may', '機關[得]強制', '地方主管機關', '', '', '長照機構未依…時 is a condition'),
    ],
}

# Hand labels for /work/eval/s31/o22/to_label-b.tsv (provisions 61-120 of the sample): reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (費率, 資料, 經費, 開班計畫, 總和) or a passive object (職員 得以契約進用) gives bearer '';
#   `carried` when this provision (also an entity inside the modifier of the thing subject), its list lead-in or
#   the paragraph right before clearly names the actor, else ''.
# - a second cue of the same sentence (並應, 始得, after ；) shares the written bearer at the same offset; across 。
#   it is carried; a clause after an intervening clause with another subject gets its own (or a carried) bearer.
# - 'N[condition]者' keeps N; the subject of a …時 condition is the subject of the following cue; 由X agent is the
#   bearer; coordinated alternatives kept whole even when a 之-modifier sits inside the second conjunct.
# - 但… without 不在此限 keeps its own modality; 除…外 carving out of a 不得 of the same sentence is an exception;
#   需, 限用, 可, 不受…限制, 視同, 以…為限 are no cues; 應用X (應用書面) read as 應 + 用 when X is an instrument;
#   得標註 is 得 + 標註 (not 得標); 應考量 is 應 + 考量 (not 應考); 應遵守事項 / 應檢附之資料 / 應查核之事項 are
#   attributive; cues inside a definition list item (…指…符合下列情形之一者) describe the definiendum, no statement.
LABELS.update({
    61: [
        ('may', '，[得]斟酌', '', '', '管理機關',
         'thing topic (各種類相同而數量繁多之財產); the article lead-in 管理機關為辦理國有財產產籍登記，應斟酌需要，備置左列各種財產卡 names the actor'),
        ('may', '，[得]自行', '', '', '各事業機關',
         'hard: topic 各事業機關特殊設備 (thing; 各事業機關 is its possessor, no 之) -> carried; could also be read as a double-subject with bearer 各事業機關. final 應用 is a false friend (use)'),
    ],
    62: [
        ('may', '機關[得]命', '中央衛生主管機關', '', '', '依第一項…之醫療器材 is a topic; 必要時 a condition'),
    ],
    63: [
        ('may', '者，[得]於', '^[受稽核者]', '', '',
         '受稽核者 is an agentive 者 phrase; 因…未能…配合稽核者 is the condition on it (N[condition]者 keeps N)'),
    ],
    64: [
        ('may', '，[得]依', '', '', '',
         'thing topic (存款保險費率); paragraph 1 names 存保公司 only as a possessor of the reserve, the setter (存保公司 drafts, 主管機關 approves) is in the paragraph after -> not carried'),
        ('may', '並[得]視', '', '', '', 'second cue of the same sentence, same (no) bearer'),
    ],
    65: [
        ('shall', '資料，[應]依', '', '', '事業',
         'thing topic (檢測資料); the second sentence of this provision names 事業 as the one testing -> carried'),
        ('shall', '者，[應]檢測', '事業', '', '', '事業具備…者: N[condition]者 keeps N'),
    ],
    66: [],  # 應考資格證明文件: 應考 false friend (sit an exam); list item of documents, no operator
    67: [
        ('may', '機關[得]自行', '^[直轄市、縣（市）主管機關]', '', '', '或委託…辦理之 is governed by the same 得'),
        ('shall', '並[應]考量', '^[直轄市、縣（市）主管機關]', '', '',
         'after ；, same sentence: 委託學校辦理者 is a circumstance (condition), the written subject is shared; 應考量 = 應 + 考量, not 應考'),
    ],
    68: [
        ('shall', '機關[應]依', '^[直轄市、縣（市）主管機關]', '', '', ''),
    ],
    69: [],  # hard: lead-in 受輔導人應遵守事項如左: 應遵守事項 is attributive inside the NP (the items carry their own cues)
    70: [
        ('shall', '並[應]提出', '', '', '私立專科學校',
         'topic 預計籌募之經費 (thing); lead-in 私立專科學校申請立案時，其設校經費及基金應符合下列規定 names the school'),
    ],
    71: [
        ('shall', '機關[應]於三十日內', '，[主辦機關]應於三十日內', '', '', '條約案經簽署後 is a condition'),
        ('shall', '機關[應]於簽署後', '者，[主辦機關]應於簽署後', '', '',
         '但… without 不在此限 keeps its own modality (an alternative regime, not an exception); 並於…生效後 starts the next clause'),
        ('shall', '機關[應]報請行政院轉呈', '後，[主辦機關]應報請', '', '', 'own written subject; 並送立法院查照 has no second cue'),
    ],
    72: [
        ('shall', '機關[應]定期', '^[各機關]', '', '', 'one 應 governs 評鑑 and 並依…採取 (no second cue)'),
    ],
    73: [
        ('may', '分院[得]置', '^[各級軍事法院及其分院]', '', '', 'organic 得置 (may have posts); 受…指揮監督 no cue'),
    ],
    74: [
        ('shall', '並[須]依', '', '', '技術員',
         'hard: 前項第二款 is a reference to an item (the persons under it), no noun -> bearer empty; paragraph 1 right before names 技術員'),
    ],
    75: [
        ('shall', '業者[應]於', '^[零售業者]', '', '', 'one 應 governs 備置及保存 and 並至少保存 (no second cue)'),
    ],
    76: [
        ('shall', '機構[應]將', '^[地方營鐵路機構]', '', '', '經審議通過之 no cue'),
    ],
    77: [
        ('shall', '所有人[應]向', '船舶所有人', '', '', '航行國內航線之船舶，需…者 is a topic/condition; 需 is no cue'),
        ('may', '者，[得]報請', '', '', '驗船機構',
         'hard: no subject written; 經認為…安全無礙者 is the finding of the 驗船機構, who then reports to the 航政機關 -> carried 驗船機構 (shared-subject reading would give 船舶所有人)'),
    ],
    78: [
        ('shall', '者，[應]經', '^[經營者]', '', '', '經營者在境外僱用…者: N[condition]者 keeps N'),
    ],
    79: [
        ('shall', '證書，[應]檢附', '', '', '',
         'no subject written (領有…執業證書，申請換發… is a condition without a noun); no actor named in the article'),
    ],
    80: [
        ('shall', '等，[應]符合', '', '', '補習班',
         'thing subject (班舍建築之採光…等); 補習班 named inside its modifier -> carried'),
        ('shall', '者，[應]置', '', '', '補習班', 'thing condition (班舍建築…以上者) across 。; carried'),
    ],
    81: [
        ('shall', '編組[應]包括', '', '', '',
         'thing subject (自衛消防編組); lead-in 共同消防防護計畫，應包括下列事項 names no actor'),
    ],
    82: [],  # 應查核之事項: attributive inside the NP (list item of matters to audit)
    83: [
        ('may', '，[得]以契約', '', '', '國立大學',
         'passive: 國立大學非主管職務之職員 are the ones hired (object), the hiring university is named inside the modifier -> carried; 不受…限制 / 權利義務 no cues'),
    ],
    84: [
        ('may', '並[得]按次', '', '', '主管機關',
         'penalty 得 with no subject in its sentence; 主管機關 of the sentence before (across 。) carried. 主管機關除勒令停業外 is additive (no deontic cue in that sentence) -> no exception; 罰鍰 stated as fact'),
    ],
    85: [
        ('shall', '人[應]於', '^[申請人]', '', '', '逾期未補正者，視同… no cue'),
    ],
    86: [],  # 其應檢附之資料如附件三: 應檢附之資料 attributive inside the NP, no operator
    87: [
        ('exception', '，[除]有', '', '', '', '除…外 carves an exception out of the 不得拒絕 of the same sentence'),
        ('shall_not', '外，[不得]拒絕', '^[行政機關]', '', '', '對前項之申請 is the object'),
    ],
    88: [
        ('shall', '，[應]於', '由[製造人]向', '', '', 'bearer = agent after 應…由 (應於施工前由製造人…申請); the 設備 is a thing topic'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    89: [
        ('shall', '：[應]包括', '', '', '學校',
         'thing subject (開班計畫); lead-in 學校辦理職業繼續教育，應檢具…開班計畫 names the school that drafts it'),
    ],
    90: [
        ('may', '機關[得]向', '，[委託機關]得', '', '',
         '有下列情形之一，經…審核…者 is a condition'),
    ],
    91: [
        ('shall', '事項[應]經', '', '', '', 'thing subject (下列事項); no actor'),
    ],
    92: [],  # 以…為限 / 不包括 are no cues; 取得 ×2 false friend
    93: [
        ('shall', '單位[應]於', '建案單位', '', '', '列管軍品屬機密級以上之案件 is a topic'),
    ],
    94: [
        ('may', '時，[得]另行', '服務單位', '', '',
         '但…得 is a may (no 不在此限); the subject of the …時 condition (服務單位認為必要時) is the subject of 得; 以…為原則 no cue'),
    ],
    95: [
        ('shall', '區域圖，[應]依據', '', '', '',
         'thing subject (申請區域圖); 限用 (restricted to) is no listed cue; 並註明 continues the same 應; applicant only named as content of item 12, not carried'),
    ],
    96: [],  # list item of a condition (有下列情事之一者，本會得…): 應經金管會核准情事 attributive, 不予核准 describes the event inside the condition
    97: [
        ('shall', '，[應]符合', '', '', '', 'thing subject (工業區開發對於環境之影響); no actor named'),
    ],
    98: [
        ('may', '費用[得]以', '', '', '', 'thing subject (第一項建造費用): a computation rule; …者 / …時 conditions'),
    ],
    99: [
        ('exception', '[不在此限]', '', '', '',
         'list item under the lead-in 期貨商之負責人及業務員…並不得有下列行為; the item itself has no other cue'),
    ],
    100: [
        ('shall_not', '內，[不得]再', '設立人', '', '',
         '補習班經…撤銷立案或廢止設立者 is the topic/condition; 其設立人 (其 = the 補習班) is the subject'),
    ],
    101: [
        ('shall', '者，[應]於', '^[區漁會]', '', '', '區漁會取得籌辦許可者: N[condition]者 keeps N; 取得 false friend'),
    ],
    102: [],  # 取得 false friend; list item of audit tasks (抽查事項), no operator
    103: [
        ('shall', '：[應]分別', '', '', '',
         'thing topic (傘型期貨信託基金, a prospectus item); lead-in 期貨信託基金交易及投資應記載下列事項 names no actor (期貨信託事業 only in the law name)'),
        ('may', '者，[得]標註', '', '', '',
         'hard: 得標註 = 得 + 標註 (may mark), not the false friend 得標; 其應記載事項之內容為…者 is a condition with attributive 應記載事項; 免重複列示 no cue'),
        ('shall', '者，[應]分別列示', '', '', '', 'second 應記載事項 attributive; 並比較 continues the same 應'),
    ],
    104: [],  # hard: item of a definition (本辦法所稱積極非金融機構實體，指…符合下列情形之一者): 除…外，不得分配 reports what the entity's law/charter provides, a criterion, not a duty of this provision; 所得 false friend
    105: [],  # 取得 ×2 false friend; list item of plan contents, no operator
    106: [
        ('may', '後，[始得]向', '^[申請人]', '', '', '始得 = may only then; 完成…後 is a condition; 取得 false friend'),
    ],
    107: [],  # 無須 false friend (no duty); list item
    108: [],  # 因應 false friend; 適用 is not 不適用; 特制定本法 no cue
    109: [
        ('shall_not', '人[不得]就', '任一契約當事人', '', '',
         'hard: item of the contract terms a 證券交易輔助人 shall stipulate, written as a prohibition on the parties -> labelled; 任一 kept like 各/每一; 取得 false friend'),
    ],
    110: [
        ('shall', '人員[應]用', '主管人員', '', '',
         'hard: 應用書面發交 = 應 + 用書面 (shall deliver in writing), not the false friend 應用; （…為限） no cue'),
        ('shall', '）被控人[應]遵限', '）[被控人]應遵限', '', '', 'own subject'),
        ('shall_not', '前，[不得]將', '', '', '主管人員',
         'hard: no subject in the clause; semantically the supervisor must not suspend the accused (將其停職, 其 = 被控人); the clause before has another subject (被控人) -> carried'),
        ('shall', '後，[應]將', '該主管員', '', '', '該主管員據覆後: own subject (first occurrence, before the cue)'),
        ('may', '時，[得]先將', '，[主管員]認為', '', '',
         '但…得 is a may (no 不在此限); the subject of the …時 condition (主管員認為…時) is the bearer'),
    ],
    111: [
        ('shall', '，[應]由', '由[廢棄物處理機構或取得中央目的事業主管機關再利用許可之機構]向', '', '',
         'hard: agent after 應由; coordinated alternatives kept whole (the 之-modifier is inside the second conjunct, so no contiguous shorter bearer); 取得 false friend'),
        ('may', '後，[始得]輸入', '由[廢棄物處理機構或取得中央目的事業主管機關再利用許可之機構]向', '', '',
         'second cue of the same sentence (始得 = may only then), same written bearer'),
    ],
    112: [
        ('shall', '人[應]給與', '', '', '',
         '對於受感訓處分人 is the recipient, not the bearer; no actor in the article (paragraph 2 only compares with 執行感訓處分之人員); 供應 false friend; 必需 no cue'),
    ],
    113: [],  # definition (購置成本：指…); 取得 false friends; 以…認定之 no cue
    114: [
        ('shall', '權證，[應]以', '', '', '票券金融公司',
         'no subject (投資認購權證 = when investing in warrants); the investor is the 票券金融公司 of the article (para 1, and para 2 right before names it) -> carried; 取得 / 有權 no cues'),
        ('shall', '總額[應]分別', '', '', '票券金融公司', 'thing subject (成本及股份總額) across 。; same computing party carried'),
    ],
    115: [],  # 取得 false friend; list item of who may be an agent (…者), no operator
    116: [
        ('shall', '者，[應]於', '^[清理機構]', '', '',
         '清理機構於…已執行…者: N[condition]者 keeps N; 並向…申請 / 並於…取得 continue the same 應; 取得 false friend'),
    ],
    117: [
        ('may', '機構[得]經', '保護機構', '', '', '保護基金不足以…時 is a condition; 支應 false friend'),
    ],
    118: [],  # 取得 false friend; list item of grounds (有下列各款情形之一者，主管機關應不予許可), no operator
    119: [
        ('shall', '總和[應]包括', '', '', '', 'thing subject (計算所得之總和; 所得 false friend); no actor'),
        ('shall', '指數值[應]是', '', '', '', 'thing subject (計算得出之…指數值); 得出 false friend; 應是 = shall be (computation rule)'),
    ],
    120: [],  # 取得 false friend; list item of grounds (有下列情形之一者，不予補助), no operator
})
