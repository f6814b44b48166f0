# Hand labels for fresh20 (sample.py seed 367879), provisions 1-60 from /work/eval/s30/to_label-a.tsv (sample of session 30), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via article.py, for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並應, 並得, after ；, 必要時得) shares the written bearer at the same offset;
#   across 。 the bearer is carried; coordinated alternatives are kept whole, 之-modifiers go to bearer_full.
# - a thing / topic subject (證明, 公告, 章程, 職務, 搬運機械, 廢（污）水) is no bearer; `carried` when this provision
#   (also inside a 之-modifier of the topic), its list lead-in or the paragraph right before names the actor clearly.
# - an agentive headless …者 phrase that is the only subject is kept whole; a circumstance …者 (供膳不供宿者,
#   保稅工廠產製者) is a condition; N[condition]者 keeps N.
# - 除…外 carving out of a statement of the same sentence is an exception (cue 除); additive 除…外(並應) is not;
#   cues inside 除…外, inside …者 conditions, attributive 應X之/應記載事項 and 得 = "obtain" (得有證書) are not labelled.
LABELS = {
    1: [
        ('shall', '壓[應]依', '', '', '', 'thing subject (速度壓); no actor in the article; 但…以十六計 has no cue'),
    ],
    2: [
        ('shall', '接管人[應]按月', '^[接管人]', '', '', ''),
    ],
    3: [
        ('shall', '，[應]備具', '^[大陸地區交通專業人士]', '', '', '來臺從事…活動 is the predicate of the topic clause; subject at 0'),
    ],
    4: [],  # 取得 false friend; list item (a qualification), no operator
    5: [],  # 取得 false friend (已取得較高學歷者); 起敘 / 提敘 / 辦理改敘 stated as facts, no cue
    6: [
        ('shall', '，[應]嚴守', '^[委員會議出席、列席及紀錄人員]', '', '', 'no 之 in the subject, kept whole'),
        ('shall_not', '秘密[不得]洩漏', '^[委員會議出席、列席及紀錄人員]', '', '',
         'second operator of the same clause (應嚴守秘密 + 不得洩漏), same written bearer'),
    ],
    7: [
        ('shall', '，[應]於完成', '^[專案小組]', '', '', '經核定後函送 has no cue'),
    ],
    8: [
        ('shall', '時，[應]依照', '', '', '',
         'no subject in the item; lead-in 前條外銷國產貨櫃…應按下列規定辦理出口手續 has a thing subject, no actor'),
        ('shall', '並[應]加附', '', '', '',
         '除應載明…外，並應 is additive: the 應 inside 除…外 restates (not labelled); thing subject (出口報單); 供應商 false friend'),
        ('may', '產製者[得]免附', '', '', '',
         '但…得 without 不在此限 is a may; 保稅工廠產製者 = goods made by bonded factories, a circumstance, no bearer'),
    ],
    9: [
        ('shall', '五、[應]設置', '', '', '雇主', 'no subject in the item; lead-in 雇主僱用勞工從事露天開挖作業時…應採取下列措施'),
    ],
    10: [
        ('shall', '能力[應]依', '', '', '潛水人員',
         'thing subject (潛水能力); lead-in 第八條第一項第一款所定潛水人員，應具下列資格及能力 names the divers'),
    ],
    11: [
        ('shall', '水，[應]處理', '', '', '事業或污水下水道系統',
         'thing subject (廢（污）水); the producer 事業或污水下水道系統 is named in the 之-modifier and clearly bears it -> carried; 並於…設置採樣口 governed by the same 應'),
        ('may', '標準[始得]回收', '', '', '事業或污水下水道系統', 'second operator of the clause (應處理至…始得回收使用)'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    12: [
        ('shall', '報表，[應]為', '', '', '第一上市（櫃）公司及興櫃公司',
         'hard: thing subject (財務報表); lead-in of para 2 names no actor; paragraph 1 (right before) names the companies that prepare the prospectus'),
    ],
    13: [
        ('may', '，[得]以其', '但[經核發機關核定專業技術人員設置者]，', '', '',
         'hard: headless 者 phrase is the only subject (其 = the enterprise), read as agentive and kept whole; could be read as a circumstance (then bearer empty, carried 事業 from the lead-in 事業申請自行清除許可者，應檢具下列文件). 但…得 is a may'),
    ],
    14: [
        ('shall', '至少[應]記載', '', '', '', 'thing subject (業務章則); para 1 of the article, no actor named'),
    ],
    15: [
        ('shall', '機關[應]指定', '^[各機關]', '', '', ''),
        ('shall', '並[應]指定', '^[各機關]', '', '', 'after ；, same sentence, same written bearer'),
    ],
    16: [
        ('shall', '時，[應]請', '^[法院]', '', '', ''),
        ('may', '亦[得]提出', '聲請人或利害關係人', '', '', ''),
        ('shall', '時，[應]敘明', '', '', '法院',
         'hard: the …時 condition has the subject 法院裁定結果 (a thing; 法院 only its possessor); the main clause has no written subject -> carried 法院'),
    ],
    17: [
        ('shall', '證明[應]載明', '', '', '', 'thing subject (能力鑑定證明); para 1, no actor named'),
    ],
    18: [],  # 供應 false friend; organic list item (研議事項), no operator
    19: [
        ('exception', '案件[除]由', '', '', '', '除…外 carves an exception out of the 應由 of the same sentence'),
        ('shall', '外，[應]由', '由[投資標的或負責管理該投資標的之機構]，檢具', '', '',
         'hard: bearer = agent after 應由; coordinated alternatives kept whole (the 之-modifier belongs to the second conjunct only, so not stripped)'),
        ('may', '，[得]由', '之[發起人、預定發起人或管理機構]申請', '投資標的之發起人、預定發起人或管理機構', '',
         '但…得 without 不在此限 is a may; agent after 由; 如投資標的…尚未設立者 is a condition'),
    ],
    20: [
        ('shall', '，[應]檢具', '^[農會、漁會]', '', '', 'N[condition]者 keeps N'),
    ],
    21: [],  # 應施電磁相容檢驗之商品: attributive 應 inside the noun phrase; list item (a condition)
    22: [
        ('may', '，[得]按實際', '', '', '',
         '病假超過規定日數者 is a circumstance; the bonus may be computed (passive), payer not named in the article'),
    ],
    23: [
        ('shall', '審查時，[應]徵詢', '，[主管機關]於審查', '', '', '公益信託之設立目的…相關者 is a condition'),
    ],
    24: [
        ('shall', '亦[應]隨時', '', '', '各預算支用單位',
         'hard: 各預算支用單位受領之預算具有…者 is a condition whose subject is the budget (thing); the units appear only in its 之-modifier and clearly bear the duty -> carried'),
    ],
    25: [
        ('shall', '均[應]予免職', '', '', '',
         'hard: 除比照警察人員辦理外 is additive (besides the police rules), not an exception to 應予免職; the dismissed are objects; the dismissing authority is not written'),
    ],
    26: [
        ('shall', '，[應]以中文', '', '', '', 'thing subject (登錄); paragraph 1 names no actor (前條登錄之資料)'),
    ],
    27: [
        ('shall', '時，[應]報請', '設置單位', '電信線與線路之設置單位', '', '雙方協商後未有共識時 is a condition'),
        ('may', '必要時[得]邀集', '設置單位', '電信線與線路之設置單位', '',
         'hard: second cue of the sentence with only a condition between -> same written bearer; semantically the consulting authorities (相關主管機關) could be the ones inviting experts'),
    ],
    28: [
        ('may', '機關[得]指定', '^[各機關]', '', '', '負責 no cue'),
    ],
    29: [
        ('shall', '法院[應]於', '^[法院]', '', '', '且配備 governed by the same 應'),
    ],
    30: [
        ('shall', '機械[應]加裝', '', '', '雇主', 'thing subject (搬運機械); lead-in 雇主使用搬運機械…應依下列規定辦理'),
    ],
    31: [
        ('may', '，[得]由雙方', '由[雙方]約定', '', '', '但…得 without 不在此限 is a may; bearer = agent after 由; 享有 no cue'),
    ],
    32: [],  # 前項章程，應記載事項如下: 應記載事項 is attributive (GUIDE lists it), no statement
    33: [
        ('may', '，[得]向', '^[保護機構]', '', '', '由主管機關定之 has no cue'),
    ],
    34: [
        ('shall', '電池[應]進行', '', '', '', 'thing subject (二次電池); lead-in (處理方法及設施應符合下列規定) names no actor'),
    ],
    35: [
        ('shall_not', '人員[不得]有', '之[專任專業人員]不得', '其聘僱之專任專業人員', '',
         'written subject = the employed staff (qualification rule); 公司申請…許可 is the condition/topic'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    36: [
        ('may', '仍[得]依', '', '', '技師',
         'new sentence after 。 without subject; 技師 is the subject of the sentence before (撤銷或廢止其執業執照 has no cue)'),
    ],
    37: [],  # 所得 false friends (營利事業所得稅之所得額); 免徵 no cue; list item
    38: [
        ('shall', '內，[應]經', '^[本考試應考人]', '', '', '應考人 false friend (part of the bearer); 本考試 kept as fixed modifier'),
        ('shall_not', '[不予]分配', '', '', '',
         '體格檢查不合格…者 is a condition about the candidate (object); the assigning authority is not written'),
    ],
    39: [
        ('shall', '公告，[應]記載', '', '', '', 'thing subject (公告); 應記載 is the main verb here; no actor in the article'),
    ],
    40: [
        ('shall', '組成，[應]包括', '', '', '主管機關',
         'thing subject (小組成員組成); paragraph 1 (right before): 主管機關應…組成審查小組'),
    ],
    41: [
        ('shall', '報結，[應]依', '', '', '',
         'topic 案件 (thing); 司法事務官 is only in its 之-modifier and is not the one numbering / assigning cases -> not carried'),
    ],
    42: [
        ('shall', '保險業[應]至少', '保險業', '', '',
         'hard: 及應採行因應措施 read as attributive (the response measures to be taken, object of 檢視 coordinated by 及; cf. 討論應採行之因應措施 in para 2) -> not labelled; 因應 false friend'),
    ],
    43: [
        ('may', '，[始得]在區內', '三、[其他基於業務需要、安全維護等正當事由，須於區內居住者]，', '', '',
         'hard: headless agentive 者 phrase kept whole; the 須 inside it (need to reside) is inside the phrase -> not labelled; 經管理機關核准者 is a condition'),
    ],
    44: [
        ('may', '，[得]免參加', '之[主辦會計]，', '其現職之主辦會計', '',
         '得免 = may be exempted; 已取得許可證照之期貨經理事業 is the topic (取得 false friend)'),
    ],
    45: [
        ('exception', '，[除]商港', '', '', '',
         'hard: 除商港設施外 carves the port facilities out of the zoning permission of the same sentence (no 並/亦 -> not additive)'),
        ('may', '，[得]按當地', '', '', '',
         'no subject; paragraph 1 names the planners (商港經營事業機構、航港局或指定機關) of the overall plan, but not clearly who zones -> not carried'),
        ('may', '並[得]設置', '', '', '', 'second cue of the same sentence'),
    ],
    46: [
        ('may', '人職務[得]列', '', '', '', 'thing subject (職務 of twelve 研究員 posts); organic rule, no bearer; 均列 / 兼任 no cue'),
    ],
    47: [],  # 結業得有證書: 得 = obtained (not modal); list item of qualifications, no operator
    48: [
        ('shall', '小學[應]於', '^[國民小學]', '', '', 'one 應 governs 造具 / 報請 / 並於…通知 (no second cue)'),
    ],
    49: [
        ('shall', '人員[應]依法令', '^[消防設備人員]', '', '', ''),
        ('may', '機關[得]隨時', '主管機關', '', '', '如…有降低品質之虞時 is a condition'),
    ],
    50: [
        ('shall', '學校[應]依', '學校', '', '', '並鼓勵 governed by the same 應 (no second cue)'),
    ],
    51: [
        ('exception', '郵件[除]因', '', '', '', '除…外 carves force majeure out of the refund duty (應退還) of the same sentence'),
        ('shall', '寄局[應]憑', '原寄局', '', '', '如有延誤，經查明為郵局過失者 is a condition'),
    ],
    52: [
        ('may', '，[得]由行政院', '由[行政院]設置', '', '', 'bearer = agent after 由; 為有效…之目標 is a purpose clause'),
    ],
    53: [
        ('may', '者，[得]按', '', '', '',
         'hard: 供膳不供宿者 read as a circumstance (meals provided, lodging not); lead-in 凡外國政府…供給費用者，按左列規定辦理 names no actor; the traveler is not written'),
    ],
    54: [
        ('shall_not', '內容，[不得]有', '', '', '', 'thing subject (廣告活動內容); para 1, no actor named'),
    ],
    55: [
        ('shall', '時，[應]即', '', '', '持有人或其繼承人',
         'thing subject (自製獵槍、魚槍 in the …時 condition); paragraph 1 (right before) names 持有人或其繼承人 as the reporting party; 應即 = 應'),
    ],
    56: [
        ('shall', '人員[應]接受', '^[前項檢驗人員]', '', '', 'reference without 之 stays in the bearer'),
        ('shall_not', '站[不得]拒絕', '機車排氣檢驗站', '', '', 'own subject in the second clause'),
    ],
    57: [
        ('shall', '裁定，[應]附', '', '', '', 'thing subject (裁定); only paragraph of the article, no actor named'),
    ],
    58: [
        ('shall', '者，[應]即', '', '', '',
         'hard: 前項人員經分發後，不依規定期限報到者 is a condition about the assigned person; who reports (各監所 or 主辦測驗機關) is not clear -> none carried'),
    ],
    59: [],  # 不適用物資 is a noun phrase (surplus/unusable materials), not the 不適用 exception; 如左 no cue
    60: [
        ('shall_not', '後[不得]產生', '', '', '', 'thing subject (the fireworks); lead-in 型式認可應符合下列共同認可要件 names no actor'),
    ],
}

# Hand labels for /work/eval/s30/to_label-b.tsv (provisions 61-120 of the sample): reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (報告, 股款, 證據, 內容, 可收集量, 年資) gives bearer ''; `carried` only when this provision,
#   its list lead-in, the paragraph right before (or, for a list item, the sibling item right before) clearly names
#   the actor; an entity that is only the topic / a 之-modifier of the thing subject is carried, not the bearer.
# - a second cue of the same sentence (並應, 並不得, after ；) shares the written bearer; across 。 it is carried.
# - 'N[condition]者' keeps N; a person-denoting headless …者 phrase that is the only subject is kept whole;
#   a circumstance 者 phrase (土地跨越…者, 撤銷…許可者) is a condition; 由X agent (應由X, 除由X…外，並得) is the bearer.
# - 但…應 / 但…得 without 不在此限 keep their own modality; 除…外，並得 is additive (no exception);
#   得不 (得不停止, 得不受…限制) is a may; 嚴禁 as operative verb is a shall_not (cue 嚴禁);
#   應用於 / 應變更 read as 應 + 用於 / 變更 when the sense is "shall be used / shall change";
#   可, 亦同, 不受…限制 alone, 告知義務 without 負, 應試科目 are no cues.
LABELS.update({
    61: [
        ('shall', '者，[應]於其', '^[法官]', '', '',
         '因…或其他情事，尚未依第一項辦理選定者 is a condition on the subject 法官'),
    ],
    62: [
        ('shall', '人員[應]於', '^[托育人員]', '', '', '…時，亦同 extends the duty without a cue (not labelled)'),
    ],
    63: [
        ('shall_not', '前[不得]動支', '', '', '',
         'thing subject (專戶存儲之股款); para 1 names the investor (以現金出資投資新設銀行者) but not clearly who may not draw (籌備處?) -> not carried'),
        ('exception', '[不在此限]', '', '', '', '但…有下列情形之一者，不在此限 (list follows)'),
    ],
    64: [
        ('shall', '報告[應]陳請', '', '', '', 'thing subject (調查報告); the investigating members are not named as actors'),
        ('shall', '，[應]先會', '', '', '',
         'hard: 但…應 without 不在此限 is a shall; topic 委員批辦之調查案件 (thing; 委員 only inside its 之-modifier and not the consulting party)'),
    ],
    65: [
        ('shall', '事業[應]維持', '^[天然氣生產或進口事業]', '', '', '並儲存 is governed by the same 應 (no second cue); 供應量 false friend'),
    ],
    66: [
        ('may', '機關[得]依', '主管機關', '', '', '期貨交易所…如有違反前項措施之情事者 is a condition (the sanctioned parties)'),
    ],
    67: [],  # 期貨經紀商應行提供資訊及服務事項之範圍: 應行 is attributive inside the noun phrase (list item of contract contents)
    68: [
        ('may', '者，[得]聲請', '^[補償請求人]', '', '', '不服…之決定者 is a condition on the subject'),
    ],
    69: [],  # 應備文件 / 應遵行事項 attributive inside the noun phrase; 由中央主管機關定之 has no cue
    70: [
        ('shall', '者，[應]向', '', '', '',
         'hard: 前項殯葬設施土地跨越…行政區域者 is a circumstance (the land), not an agent; the applicant is not named in para 1 (only 申請人 in item 6) -> not carried'),
        ('shall', '並[應]通知', '受理機關', '', '', 'own subject 受理機關 in the second clause'),
    ],
    71: [
        ('shall', '，[應]事先', '', '', '證券商',
         'thing subject (作業說明異動); 證券商 is the applicant of para 2 and the subject of para 3 (right before)'),
    ],
    72: [
        ('shall_not', '，[不予]補助', '', '', '直轄市、縣（市）主管機關',
         'no subject written (有下列情形之一者 is a condition); the subsidising authority is the 由-agent of the next clause of the same sentence (由…追回 has no cue)'),
    ],
    73: [
        ('shall', '者[應]檢具', '^[申請淘汰二行程機車補助者]', '', '', 'agentive headless 者 phrase is the only subject, kept whole'),
    ],
    74: [],  # 取得 false friend; list item of qualifications, no operator
    75: [
        ('shall_not', '單位[不得]自行', '^[執行單位]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', '但符合下列各款規定之一者，不在此限'),
    ],
    76: [
        ('shall', '，[應]就', '^[自來水事業]', '', '', '為遵守…告知義務規定 is a purpose; 義務 without 負 is no cue'),
    ],
    77: [
        ('shall', '，[應]於退伍', '、[未申請分期賠償者]，', '', '',
         'hard: person-denoting headless 者 phrase (the obligors who did not apply for instalments) is the only subject, kept whole; lead-in: 通知賠償義務人辦理下列事項'),
    ],
    78: [
        ('shall', '、機關[應]', '、[機關]應', '', '', '陳報權責長官 continues under the same 應 (no second cue) [cue amended after scoring, session 30: the reader bracketed the bearer in the cue context]'),
    ],
    79: [
        ('shall', '，[應]由', '由[信託投資公司同業]協議', '', '',
         'bearer = agent after 應由; topic 特別準備金提撥標準 is a thing; 報請財政部核定 under the same 應'),
    ],
    80: [
        ('shall', '者，[應]自得', '', '', '移民署',
         'hard: 依前二項規定撤銷或廢止居留、定居許可者 read as a circumstance (the revocation), not an agent; the revoking agency 移民署 is named in para 2 (para 3 right before has no subject); 得撤銷或廢止之情形 ×2 attributive'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    81: [],  # 依規定須繳回之試題: 須 attributive inside the NP, inside a 者 condition (list of misconduct cases)
    82: [
        ('shall', '，[應]取得', '', '', '開發單位',
         'topic 區域 (a place); lead-in 依左列規定辦理 names none, para 1 right before: 開發單位應先查明…; 取得 here is the verb after 應'),
    ],
    83: [],  # 應試科目 (exam subjects) is no modal (like 應考人); 依…之規定辦理 without a cue
    84: [
        ('shall', '、[應]將', '', '', '看守所人員',
         'no subject; lead-in 施以固定保護應注意下列事項 names none; items 2-3 right before: 施以固定保護應由看守所人員為之 / 看守所人員應檢查'),
        ('shall_not', '並[嚴禁]固定', '', '', '看守所人員',
         'hard: 嚴禁 (strictly forbidden) as the operative verb read like 禁止 -> shall_not, cue = 嚴禁'),
    ],
    85: [
        ('may', '，[得]隨時', '^[審計機關]', '', '', ''),
    ],
    86: [
        ('may', '地點[得]不受', '', '', '',
         'hard: 得不受前二條之限制 = may be exempt (a permission at 得); subject 其臨時停車及停車地點 (thing), the vehicles are a topic (things); drivers not written'),
        ('shall', '者，[應]依其規定', '', '', '',
         'hard: 但…另有特別規定者，應依其規定 is phrased as a shall (no 不在此限), labelled shall; no bearer written'),
    ],
    87: [
        ('may', '者，[得]以', '申請分割者', '', '',
         'hard: topic 建築基地 (thing); 其申請分割者 read as the agentive 者 phrase (those applying for division of it), like 請領藥師證書者; could be read as a circumstance (then no bearer)'),
    ],
    88: [
        ('may', '國防部[得]視', '^[國防部]', '', '', '核定酌減，或增設 both under the one 得'),
    ],
    89: [
        ('shall', '時，[應]即停發', '', '', '',
         'hard: 情報協助人員於…死亡時 is a condition (the deceased cannot be the actor); the paying agency is not named in the article; 應即 = 應; 改發給 under the same 應'),
        ('shall_not', '並[不得]再', '', '', '', 'second operator; the one barred from receiving (survivors) is not written'),
    ],
    90: [
        ('shall', '人[應]自', '被罷免人', '', '',
         'hard: 被罷免人 is the written subject (a person); 解除其職務 has an effect on him rather than an act by him, but kept as written; 罷免案通過者 is a condition'),
    ],
    91: [
        ('shall', '人員[應]協助', '本業機構或其人員', '', '', '客戶與他業機構發生爭議 is a condition'),
        ('shall', '，[應]負賠償', '本業機構或其人員', '', '',
         'hard: 但…應 is a shall (cue 應; 負賠償責任 is not 負…義務); the second 本業機構或其人員 is the subject of 因…有過失 (civil-code 544 pattern), read as the liable party'),
    ],
    92: [
        ('shall', '者，[應]敘明', '', '', '各機關',
         '須報廢 is inside the …者 condition (not a statement); thing topic 財產; para 1 right before: 各機關應依照…辦理; 轉送 under the same 應'),
    ],
    93: [
        ('shall', '，[應]辦理', '^[中央主管機關]', '', '', '為實施監測 is a purpose'),
    ],
    94: [
        ('may', '行政院[得]指定', '行政院', '', '', '因應 false friend'),
    ],
    95: [
        ('shall', '時，[應]即停止', '^[任何人]', '', '', '應即 = 應; 維持…，並立即通報 under the same 應 (no second cue)'),
        ('may', '，[得]不停止', '', '', '任何人', '但…得 is a may (得不 = may refrain); new sentence after 。 -> carried'),
        ('shall', '並[應]於發現後', '', '', '任何人', 'second operator of the 但 sentence; carried'),
    ],
    96: [
        ('shall', '，[應]依中央', '', '', '',
         'hard: thing subject (其許可證（文件）申請、變更之相關規定); the 事業 / 其他畜牧業 are the topic but the rule concerns which rules apply, actor not clear (para 2 has the authority process) -> not carried'),
    ],
    97: [
        ('may', '使用單位[得]因', '使用單位', '', '', '因應徵單位: 因 + 應徵單位 (conscripted unit), neither a cue nor 因應'),
        ('shall', '但[應]於', '', '', '使用單位', '但…應 is a shall (deduct within the total); new sentence -> carried'),
    ],
    98: [
        ('shall', '，[應]經', '', '', '外國金融機構',
         'thing subject (認證書); para 1 right before: 其中外國金融機構應附具…認證書'),
    ],
    99: [
        ('shall', '遺族[應]主動', '退休人員或其遺族', '', '',
         '應停止或喪失領受月退休金情事者 is inside the condition (not a statement); 轉報/辦理 under the same 應'),
        ('may', '並[得]加計', '由[支給機關]依法', '', '',
         'hard: 除由支給機關依法追繳…外，並得 is additive (besides recovering, may also add interest), not an exception; bearer = the 由-agent of the same clause; 自應停止辦理日 inside 除…外 (restates)'),
    ],
    100: [
        ('exception', '，[不適用]海關', '', '', '', '不適用 the customs anti-smuggling penalties'),
    ],
    101: [
        ('shall', '時，[應]於每月初', '^[電能供應事業]', '', '', '電能供應事業: 供應 false friend inside the name'),
        ('may', '主管機關[得]令', '主管機關', '', '', 'last 主管機關 before the cue (subject of the second sentence)'),
    ],
    102: [
        ('shall', '表日[應]評估', '', '', '',
         '資產負債表日 is a time, no bearer; 應收款 ×2 false friend; lead-in (其他應收款：指…；其項目性質及應註明事項如下) names no actor; 提列/列為 under the same 應'),
    ],
    103: [],  # 得標者 / 得標頻寬: 得標 false friend; no operator
    104: [
        ('shall', '百分之三十[應]用於', '', '', '民營市區汽車客運業及公路汽車客運業',
         'hard: not the false friend 應用: 應 + 用於 (30 % shall be used for staff wage losses); thing subject; the subsidised carriers named at the head of the item -> carried'),
    ],
    105: [
        ('shall', '，[應]視情形', '^[總統府與中央一級機關之直屬機關及直轄市、縣（市）政府]', '', '',
         'coordinated subject kept whole (中央一級機關之直屬機關 is one conjunct\'s name, not a restrictive modifier of the whole); 應變 false friend ×2'),
    ],
    106: [
        ('shall_not', '機關[不予]核發', '主管機關', '', '', '有下列情形之一者 is a condition'),
        ('shall', '者，[應]變更', '主管機關', '', '',
         'hard: 應變更 = 應 + 變更 (shall change), not the false friend 應變; after ；, same written subject (已核發者 is a condition)'),
    ],
    107: [],  # 可作拆併: 可 is no cue; 獲得 false friend
    108: [],  # 取得 false friend (資金取得方式); list item of duties with no operator of its own
    109: [],  # 應用 false friend (資訊應用環境); task list item
    110: [
        ('may', '，[得]繼續給卹至成年', '', '', '',
         '領受人 / 未成年子女 is the topic and the beneficiary (the pension continues to be paid: passive); the paying authority is not written'),
        ('may', '，[得]繼續給卹至取得', '', '', '', 'second operator after ；; same reading; 取得 false friend'),
    ],
    111: [
        ('shall', '後，[應]達', '', '', '事業及污水下水道系統',
         'thing subject (可收集量); 前項事業及污水下水道系統 is the topic (其 = them) -> carried; 應收集處理量 attributive'),
    ],
    112: [
        ('shall_not', '，[不得]作為', '', '', '',
         'thing subject (證據); the collecting officials are only inside its 之-modifier and are not the ones using it -> not carried; 取得 false friend ×2'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    113: [],  # 獲得 false friend (軍備獲得); task list item
    114: [],  # 應變計畫 false friend; list item with no cue of its own
    115: [],  # 因應 false friend; list item of tasks
    116: [
        ('may', '場所[得]於', '公私場所', '', '',
         'last 公私場所 before the cue (the first clause …申請展延者 and 因審核機關…無法作成 are conditions)'),
        ('shall', '場所[應]停止', '公私場所', '', '', 'after ；, own written subject; 審核機關…未作成 is a condition'),
    ],
    117: [
        ('shall_not', '者，[不得]取得', '', '', '',
         'thing subject (申請專利之設計); the applicant appears only in the 但 clause; 取得 is the verb after 不得'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    118: [
        ('shall', '債券[須]於附註', '', '', '',
         'topic 發行債券 (an act), the issuer not named; lead-in (負債…應加註明事項如左) names no actor; 應付 false friend'),
        ('shall', '並[應]註明', '', '', '', '如…者 is a condition (thing); no bearer'),
        ('shall', '，[應]列為', '', '', '', 'thing subject (公司債之溢價、折價); 並按…攤銷 under the same 應'),
    ],
    119: [
        ('shall_not', '，[不得]於', '', '', '',
         'thing subject (軍職年終考績年資); 取得 false friend ×4; other sentences have no cue'),
    ],
    120: [
        ('shall', '，[應]依證券商', '', '', '證券商',
         'thing subject (會計制度之內容, cf. GUIDE 計畫…應包括 -> none); para 1 right before: 證券商應…釐訂及修正其會計制度; 因應 false friend'),
    ],
})
