# Hand labels for /work/eval/s33/o29/to_label-a.tsv (sample of session 33, o29), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 應即 after a …時 clause, after ；) shares the written bearer at the same
#   offset unless its clause has its own subject (a thing subject gives '' + carried); across 。 it is carried.
# - a thing / topic subject (構造, 期間, 計畫書, 封面, 資金成本, 證明文件正本) is no bearer; a device after 由 is no
#   bearer; `carried` only when this provision (also a possessor inside the topic NP or a …者 topic), its list
#   lead-in or the paragraph right before names the actor clearly, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (incl. its
#   time reference, cf. fresh labels); 之-modifiers go to bearer_full; coordinated alternatives kept whole.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   但…得 / 但…應 / 但…不得 without 不在此限 keep their own modality; 宜 is no cue; attributive 應買應賣義務 / 應認列之 /
#   應予分配之 / 應遵行事項 / 應附…之租約 / 得停泊之, cues inside a text to be annotated (…字樣), 所得, 取得, 獲得, 因應
#   are not labelled.
LABELS = {
    1: [
        ('shall_not', '，[不得]有', '^[政黨、聯盟及任何人]', '', '', 'list lead-in; coordinated subject kept whole'),
    ],
    2: [
        ('shall', '，[應]依', '', '', '', 'thing subject (救生圈用自燃燈之構造); list lead-in, no actor in the article'),
    ],
    3: [
        ('exception', '，[除]法院', '', '', '',
         '除法院准予重整外 carves an exception out of the 不得超過九十日 of the same sentence'),
        ('shall_not', '其期間[不得]超過', '', '', '', 'thing subject (期間 of the 處分)'),
        ('may', '法院[得]由', '法院', '', '',
         'the court may extend; 由公司或利害關係人之聲請 is the trigger (由…之聲請 = upon application), not an agent'),
        ('shall_not', '延長期間[不得]', '', '', '', 'thing subject (延長期間), after ；'),
    ],
    4: [
        ('shall', '，[應]採行', '^[跨行金融資訊網路事業]', '', '', '辦理…作業 is the subject\'s own clause'),
    ],
    5: [
        ('may', '機關[得]委由', '^[中央主管機關]', '', '', '取得 false friend (取得防焰標示之物品)'),
        ('shall_not', '業者[不得]規避', '業者', '', '', 'own subject in the second clause'),
    ],
    6: [
        ('shall', '，[應]於二個', '^[主管機關]', '', '',
         'one 應 governs 交由…審查 and 並定期…報告 (no second cue); 接獲檢舉或知悉… is the subject\'s own clause'),
    ],
    7: [
        ('shall', '者，[應]自', '^[本法中華民國一百零三年十二月九日修正之條文施行前已取得農藥販賣業執照者]', '', '',
         'hard: headless agentive …者 phrase (those already holding a dealer licence) is the only subject, kept whole incl. its time reference (cf. earlier fresh labels); 取得 false friend'),
    ],
    8: [
        ('shall', '，[應]依審計', '^[會計師]', '', '', '對…期後事項 is the fronted object'),
    ],
    9: [
        ('shall', '船上[應]設有', '', '', '',
         '船上 is a locative; lead-in 第一級船消防設備之配備，規定如下 names no actor'),
        ('may', '警報[得]為', '', '', '', 'thing subject (警報 may be part of the general alarm system): a permission'),
        ('shall', '但[應]能', '', '', '', '但…應 without 不在此限 keeps its own modality; thing subject (警報)'),
    ],
    10: [
        ('shall', '，[應]依流動性', '', '', '',
         'thing subject (liability items); the paragraphs before state accounting rules with thing subjects only (證券商 not named as actor of the classification)'),
    ],
    11: [
        ('shall', '均[應]就', '', '', '',
         'hard: subject is the acts 詰問證人、鑑定人 and 證人、鑑定人之回答 (a topic of acts, not an actor); no bearer; 均 adverb'),
    ],
    12: [],  # 應買應賣義務 is attributive inside a noun phrase (market-maker duty named, not imposed); list item of a 得 lead-in
    13: [],  # no cue: 以…為準 / 從其移轉價格 stated as rules of valuation; 取得 false friend
    14: [
        ('shall', '評估[應]檢具', '', '', '',
         'no subject written (申請基因轉殖植物生物安全評估 is the act); the applicant is not named in the article'),
    ],
    15: [
        ('shall', '學校[應]自', '，[學校]應自', '', '', '教師有…情形者 is a condition (the teacher is the object)'),
        ('shall', '委員會[應]依', '；[性平會或依法令組成之相關委員會]應依', '', '',
         'own subject after ；; coordinated alternatives kept whole (依法令組成之 inside the second conjunct)'),
        ('shall', '學校[應]報', '，[學校]應報', '', '', 'own subject again; 並於核准後，予以解聘 under the same 應'),
    ],
    16: [
        ('shall', '，[應]訂定', '^[照管中心或地方主管機關]', '', '', '依第三條核定…時 is the subject\'s own clause'),
    ],
    17: [
        ('shall', '單位[應]於', '^[軍用機場管理單位]', '', '', 'one 應 governs 提送 and 並陳報 (no second cue)'),
    ],
    18: [
        ('shall', '者，[應]自', '^[停工期間未滿而復工者]', '', '',
         'hard: headless agentive …者 phrase (the plant that resumes work) is the only subject, kept whole; could be read as a condition with the 取得品質管制等級之廠 (場) of paragraph 1 as carried actor'),
        ('shall', '等級[應]重新', '', '', '',
         'thing subject (品管等級 shall be re-evaluated, passive); the evaluating body is not named in this sentence'),
    ],
    19: [
        ('shall', '，[應]自退休', '', '', '', 'thing topic (一次退休金…辦理優惠存款): interest runs from …; no actor named'),
        ('shall', '者，[應]自入帳', '', '', '', '但…應 without 不在此限 keeps its own modality; thing subject (優惠存款金額)'),
    ],
    20: [
        ('shall', '海關[應]於', '主管稽徵機關或海關', '', '',
         '符合前項規定之車輛出廠或進口時 is a condition; 不得辦理登檢牌照 is inside the wording to be annotated (…字樣) -> not labelled'),
    ],
    21: [
        ('shall', '，[應]填具', '^[酒精製造人]', '', '', 'one 應 governs 填具 / 載明 / 送請'),
    ],
    22: [
        ('shall', '光度[應]在', '', '', '', 'thing subject (照明光度); lead-in (屠宰場之基本設施) names no actor'),
    ],
    23: [
        ('may', '時，[得]洽請', '電信局', '', '',
         '由用戶自行選定 has no cue; 並宜選用 (宜 = advisable) is no cue; one 得 governs 洽請…或代為選定之'),
    ],
    24: [
        ('shall_not', '合計[不得]超過', '', '', '', 'thing subject (the allowances received); no actor'),
    ],
    25: [],  # 應認列之所得稅費用 attributive inside the NP; 所得 false friend; definition item of a list
    26: [
        ('exception', '，[除]第三條', '', '', '',
         '除…所列事項外 carves an exception out of the 應自行迴避 of the same sentence'),
        ('shall', '，[應]自行', '，[出席人員]對', '', '', ''),
        ('may', '者，[得]由', '由[其他出席人員]申請', '', '',
         'hard: 其不自行迴避者 is a condition about the attendee; bearer = first agent after 得由; the alternative 或由主席依職權命其迴避 is under the same 得 (no second cue)'),
    ],
    27: [
        ('shall', '者，[應]於', '^[申請人或管理者]', '', '', '未於…完成設置者 is a condition on N (N[condition]者)'),
        ('shall_not', '最長[不得]逾', '', '', '', 'thing subject (展期期間); 並以一次為限 has no cue'),
        ('shall_not', '，[不得]申請展期', '', '', '申請人或管理者',
         '但…不得 (no 不在此限) is a shall_not; topic 電臺設置核准 (thing); the applicant of the same provision carried'),
    ],
    28: [
        ('shall', '機關[應]予', '，[主管機關]應予', '', '', '用人單位有下列情形之一者 is a condition (the unit is the object); one 應 governs 糾正並限期改善'),
        ('may', '機關[得]廢止', '，[主管機關]得廢止', '', '', '屆期未改善者 is a condition'),
        ('shall_not', '內[不得]提出', '', '', '用人單位',
         'hard: 於一定期間內不得提出申請 is one of the sanctions the authority may impose; the one barred is the 用人單位 (object, named in the same provision), not the written subject 主管機關'),
    ],
    29: [
        ('shall', '，[應]就', '', '', '本室各單位',
         'topic 本室各單位之事務 (thing); the units are named inside the 之-modifier of the topic -> carried'),
        ('may', '，[得]由', '由[各單位主管人員]，', '', '', 'bearer = agent after 得由; 遇有特別繁忙時 is a condition'),
    ],
    30: [
        ('shall', '、[應]貯存', '', '', '',
         'no subject; lead-in 廢照明光源回收、貯存、清除方法及設施，應符合下列規定 has a thing subject, no actor'),
        ('shall_not', '貯存量[不得]超過', '', '', '', 'thing subject (貯存量); 且 second operator'),
    ],
    31: [
        ('shall', '封條[應]符合', '', '', '申請自備高保安機械式貨運貨櫃封條者',
         'hard: the clause subject is 其自備封條 (a thing; 其 = the applicant); the applicant …者 phrase is the sentence topic -> carried; 並依第九條規定辦理 under the same 應'),
    ],
    32: [
        ('may', '，[得]至', '^[中央主管機關]', '', '', '為審查前條申請 is a purpose clause'),
    ],
    33: [],  # 應予分配之退休金總額 attributive inside the NP; 由當事人一方…通知 stated without a cue
    34: [
        ('exception', '，[除]公債', '', '', '', '除公債及國庫券外 carves an exception out of the 應經…評定 of the same sentence'),
        ('shall', '機構[應]經', '金融機構', '其發行、承兌或保證之金融機構', '',
         'hard: qualification rule; the written subject is the issuing / accepting / guaranteeing institution (其 = the securities), 之-modifier to bearer_full; the party actually bound (保險人, buyer) is only in the topic; could be read as no bearer + carried 保險人'),
    ],
    35: [
        ('shall', '，[應]由', '由[當地政府機關、法院、我國駐當地使領館、辦事處或由該國駐我國使領館、辦事處]辦理', '', '',
         'bearer = agent after 應由, coordinated alternatives kept whole (incl. the second 或由…); topic 前項第一款文件 is a thing'),
    ],
    36: [],  # definition item (查驗漁港：指…); 得停泊之 is attributive inside the NP
    37: [
        ('may', '者，[得]由', '', '', '',
         'the 由-phrase names a device (分路過電流保護裝置 may serve as overload protection), a thing -> no bearer; 電動機裝設於…者 is a condition; the lead-in names no actor'),
        ('shall_not', '裝置[不得]大於', '', '', '', 'thing subject (該裝置)'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    38: [
        ('shall', '說明會[應]於', '^[領銜人及被罷免人]', '', '', '參加公辦電視罷免說明會 is the subject\'s own clause'),
    ],
    39: [
        ('shall', '人員[應]僱用', '^[生活重建服務中心]', '', '',
         'hard: double-subject 生活重建服務中心 | 非專業人員 應僱用災民 = the centre shall hire disaster victims as its non-professional staff; the staff are the topic (the posts), the centre the hiring actor; paragraph before 生活重建服務中心應配置… confirms'),
    ],
    40: [
        ('shall', '，[應]依「', '', '', '各基金',
         'thing topic (委託研究計畫); lead-in 各基金依前條規定擬編之業務計畫與預算…並應分別擬具計畫 names 各基金 (inside the 之-modifier of the topic) -> carried; 各機關 inside 「」 not relevant'),
    ],
    41: [
        ('shall', '，[應]載明', '', '', '', 'thing subject (計畫書); the applicant appears only in list items as content, not as actor'),
    ],
    42: [],  # 其他應遵行事項 attributive inside the NP; 由中央衛生主管機關定之 has no cue
    43: [
        ('may', '機關[得]就', '^[主管機關]', '', '', 'one 得 governs 進行評鑑 and 並要求…提供 (no second cue)'),
    ],
    44: [
        ('shall', '，[應]檢附', '', '', '',
         'no subject (輸入專業爆竹煙火 is the act/condition); 輸入者 appears only as an item of the data list, not as subject -> no bearer, not carried'),
    ],
    45: [
        ('shall', '機關[應]將', '^[各級主管機關]', '', '', ''),
    ],
    46: [
        ('may', '，[得]檢附', '^[下列文件持有人]', '', '', '下列 kept as with 下列人員 in earlier sets'),
    ],
    47: [
        ('shall', '者，[應]依', '身心障礙福利機構', '已許可立案之身心障礙福利機構', '',
         'the leading 本標準…修正施行前 is a time adverbial (comma), not in bearer_full; 與本標準規定未符合者 is a condition'),
    ],
    48: [],  # 應附同意租期為三十年以上之租約 attributive inside the NP (所定應附…之租約, restating para 1); 以…為限 no cue
    49: [],  # 因應 false friend (因應機制); list item of a plan's content, no operator
    50: [
        ('may', '國軍[得]實施', '國軍', '', '', '為驗證… is a purpose clause'),
        ('shall', '）[應]配合', '，[各公、民營機關（構）]應配合', '', '',
         'own subject in the second clause; 但…以不超過兩次為原則 has no cue'),
    ],
    51: [
        ('shall', '成本[應]依', '', '', '',
         'thing subject (資金成本); the paragraph before (營運成本應依…) names no actor'),
    ],
    52: [
        ('shall', '均[須]成立', '國防部、各軍總部及各國軍醫院', '', '',
         '須 modal; coordinated subject kept whole; 均 adverb; 獲得 false friend (inside the committee name); 檢討/審查/避免 under the same 須'),
    ],
    53: [
        ('shall', '，[應]刊載', '', '', '', 'thing subject (年報之封面); 信用合作社 appears only in the object (名稱)'),
    ],
    54: [
        ('may', '者，[得]由', '土地之[寺廟或宗教性質之法人]於申報', '使用該土地之寺廟或宗教性質之法人', '',
         'bearer = agent after 得由, coordinated 寺廟或宗教性質之法人 kept whole, 使用該土地之 to bearer_full; the land and 未能證明…者 are conditions'),
    ],
    55: [
        ('shall', '融券，[應]逐日', '^[證券金融事業]', '', '', ''),
        ('shall', '時，[應]即', '^[證券金融事業]', '', '',
         'second cue of the same sentence, same written bearer; 其低於規定之比率時 is a condition (其 = the ratio); 應即 = 應'),
    ],
    56: [
        ('may', '各[得]單獨', '^[監察人]', '', '', '各 adverb (each)'),
        ('shall', '時，[應]即', '^[監察人]', '', '',
         'second cue of the same sentence, same written bearer; 同時副知 / 並於三日內…函報 under the same 應'),
    ],
    57: [
        ('shall', '者，[應]於期限', '，[原以具有專科以上學校機械、電機、電子等有關科系畢業經考訓合格取得檢查員證者]，', '', '',
         'hard: headless agentive …者 phrase (holders of an inspector card obtained on the old basis) is the only subject, kept whole; the leading 本辦法…五年內 is a time adverbial; 取得 false friend; 重新申請 under the same 應'),
        ('shall_not', '者，[不得]辦理', '，[原以具有專科以上學校機械、電機、電子等有關科系畢業經考訓合格取得檢查員證者]，', '', '',
         'hard: 屆期未取得檢查員證者 is a circumstance about the same persons (condition); same sentence -> same written bearer at the same offset'),
    ],
    58: [
        ('shall', '、[應]配合', '', '', '保險業',
         'no subject in the item; lead-in 保險業辦理再保險業務應遵守下列作業規定; 並於…取得 under the same 應 (取得 false friend)'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    59: [
        ('shall', '，[應]填具', '', '', '',
         'no subject written (經營證券投資顧問事業 is the act); the applicant is not named in the article; 並檢具 under the same 應'),
    ],
    60: [
        ('may', '，[得]以', '', '', '',
         'thing subject (證明文件正本 may be replaced by …); paragraph 1 (應附繳正本…) names no actor'),
    ],
}

# Hand labels for /work/eval/s33/o29/to_label-b.tsv (sample of session 33, o29), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic/act subject (對地高度, 處分, 教室, 施政計畫之擬定, 靈敏度, 裁定, 節目, 收入, 成本) or a passive patient
#   (議案 to be referred, 已具領者 to be recovered from) gives bearer ''; `carried` when this provision (also the topic /
#   an agent inside the 之-modifier of the thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - a second clause of the same sentence with its own subject / 由-agent gets its own bearer; one 應 governing 並X /
#   且於…X without a new cue is one statement; the agent after 應由 is the bearer, also when 由X follows the cue.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception (cue 除),
#   additive 除…外，並應 is not; 但…得 / 但不得 without 不在此限 keep their own modality; 僅得 / 始得 are a may.
# - not labelled: a cue in a condition list item (役男有下列情形之一者…: 應履行兵役義務), attributive 不予核准之審查意見 /
#   禁止停車線, 免附, 準用, 不受…限制, 始可, 負責, 需; false friends 取得, 獲得, 所得, 領得, 應用, 供應, 因應, 反應, 應納.
LABELS.update({
    61: [
        ('shall', '時，[應]檢同', '^[服務學校]', '', '',
         'subject of the …時 condition clause is the subject of 應; one 應 governs 檢同…送主管機關; 認定之 no cue'),
    ],
    62: [
        ('shall', '高度[應]符合', '', '', '',
         'thing subject (其對地高度); 屋外照明採用多芯電纜…者 is a circumstance; no actor in the provision'),
    ],
    63: [
        ('shall_not', '該人[不得]具領', '該人', '', '', '因故意致…者 is the condition, resumed by 該人 as subject'),
        ('shall', '，[應]予追繳', '', '', '',
         'hard: 已具領者 is the patient (recovered from), not the bearer; the recovering authority is not named in the article'),
    ],
    64: [],  # list item of documents to attach; 但…免附 is an exemption without a listed cue (免附, cf. fresh 36); 取得 false friend; 權利義務 has no 負
    65: [
        ('may', '，[得]於', '^[法院]', '', '', '因…之必要或遇有急迫情形時 is a condition'),
    ],
    66: [
        ('shall', '者，[應]與', '', '', '',
         'thing subject (擔保放款 whose borrower is a related party); first sentences (係…均屬之 / 包括…) are definitional, no cue; '
         'lead-ins (資產負債表之資產科目分類…如下 / 二、放款) name no actor'),
        ('shall', '時[應]評估', '', '', '',
         'no subject written (the reporting insurer is not named in the item or its lead-ins); one 應 governs 評估 / 提列 / 並於附註揭露'),
    ],
    67: [
        ('shall', '者，[應]於', '^[受理檢舉機關]', '', '', 'N[condition]者 keeps N; 並通知檢舉人 under the same 應'),
    ],
    68: [
        ('shall', '時，[應]予退費', '^[檢驗機關]', '', '', '不受理委託 is inside the …時 condition (no cue)'),
        ('shall', '，[應]一併', '廠商', '', '',
         'second sentence: thing topic (樣品…文件), the agent after 應…由 is the bearer'),
    ],
    69: [
        ('shall', '，[應]於', '', '', '審判長、受命法官或檢察官',
         'thing topic (前項處分); the permit (許可書) is issued by 審判長、受命法官或檢察官 named in para 1 right before '
         '(鑑定人 is the one permitted, not the writer)'),
    ],
    70: [],  # hard: condition list item under 役男有下列情形之一者，限制其出境: 應履行兵役義務 restates the duty under the 服役辦法 inside the condition (cf. fresh 43/50); no 負
    71: [
        ('may', '議案[得]經', '', '', '',
         'hard: passive patient subject (討論之議案 may be referred); 主席 is the agent of the 經…徵求 means clause, not the '
         'subject; no other actor written'),
    ],
    72: [
        ('shall', '費，[應]比照', '中央衛生主管機關', '', '',
         'thing subject (臨場費); the agent after 應…由 (由中央衛生主管機關向被查核者收取) is the bearer; 被查核者 is the payer'),
    ],
    73: [
        ('may', '但[得]寄至', '', '', '',
         '但…得 without 不在此限 is a may; thing subject (存證信函); 限在…交寄 has no cue; sender not named'),
    ],
    74: [
        ('shall', '土地[應]與', '', '', '',
         'hard: thing subject (該土地); 現耕所有權人 is the subject of the …後 condition only; who merges the parcels '
         '(owner or 縣（市）主管機關 of para 1) is not clear -> carried empty'),
    ],
    75: [
        ('shall', '教室[應]有', '', '', '受託機構',
         'thing subject (教室); lead-in 受託機構應設置…場所，並符合下列規定'),
        ('shall', '等，[應]符合', '', '', '受託機構',
         'second clause after ；, own thing subject (樓梯寬度、防火避難設施及消防設備等); carried from the lead-in'),
    ],
    76: [
        ('shall', '，[應]依', '', '', '各主管機關',
         'act topic (施政計畫之擬定及概算之編製); para 1 right before: 各主管機關應…擬定施政計畫…編製主管概算; '
         '通盤考量，妥為規劃，把握…辦理 under the same 應; 另訂之 no cue'),
    ],
    77: [
        ('may', '僅[得]依', '^[以二種以上長照人員資格登錄者]', '', '',
         'hard: 僅得 = may only; the agentive headless 者 phrase is the topic resumed by 其 and the only person named, kept whole'),
    ],
    78: [
        ('shall_not', '地點[不得]再', '', '', '設置自用加儲油（氣）設施者',
         'hard: the clause subject is the place (原設置地點不得再申請設置); the 者 phrase is the topic (whose approval is '
         'revoked) -> bearer empty, topic carried (cf. para 2, where 原營業主體及負責人 is written)'),
    ],
    79: [
        ('exception', '，[除]與', '', '', '', '除與其利害關係相同之人已到場為辯論者外 carves out of the 得 of the same sentence'),
        ('may', '外，[得]於', '^[訴願人或參加人]', '', '', 'N[condition]者 keeps N (未受合法通知…致未…到場…者)'),
    ],
    80: [
        ('may', '人[得]向', '當事人或利害關係人', '', '',
         'coordinated alternatives kept whole; second sentence (…者，向…法院聲請之) has no cue'),
    ],
    81: [],  # 準用 is no cue; 獲得 false friend; no operator
    82: [
        ('shall', '時，[應]於', '', '', '',
         'no subject written; lead-in 從事液化石油氣之灌裝應依下列規定 is an act topic, no actor; one 應 governs 確認 and '
         '且於灌注後…排放; 始可 is not a cue; 不致 no cue'),
    ],
    83: [
        ('may', '，[得]獎勵', '^[主管機關]', '', '', '為推廣…之認識 is a purpose clause'),
    ],
    84: [
        ('shall', '車輛[應]符合', '', '', '執行機關或本法第十一條第九款之管理機構',
         'thing subject (前項租用之車輛); para 1 right before names the renters (執行機關或…管理機構…得租用…車輛)'),
    ],
    85: [
        ('shall', '時，[應]等於', '', '', '',
         'thing subject (靈敏度); lead-in (性能標準，應符合下列規定) names no actor'),
    ],
    86: [
        ('shall_not', '但[不得]少於', '', '', '',
         '但不得 without 不在此限 is a shall_not; thing subject (the objection period); 對…提出異議者 is a circumstance'),
    ],
    87: [
        ('may', '者，[得]依', '當事人', '', '', 'N[condition]者 keeps N (當事人無資力委任訴訟代理人者)'),
    ],
    88: [
        ('may', '申報[得]自行', '', '', '',
         'act topic (登錄及申報); the registrants are named only in para 2 (after this one) -> nothing carried'),
    ],
    89: [
        ('shall', '，[應]訂定', '', '', '爭議處理機構',
         'topic (內部單位之組織、員額編制及職稱); the body is named only inside the 之-modifier -> carried; 並報請…備查 '
         'and 修改時亦同 under the same 應'),
    ],
    90: [
        ('exception', '，[除]本法', '', '', '', '除本法另有規定者外 carves out of the 應送達 of the same sentence'),
        ('shall', '外，[應]送達', '', '', '',
         'thing subject (…之書面); the issuing court / prosecutor is not written; 亦同 sentence has no cue of its own'),
    ],
    91: [
        ('shall', '，[應]宣示之', '', '', '',
         'thing subject (經言詞辯論之裁定); court not written; 但…以公告代之 has no 不在此限 and no cue'),
    ],
    92: [
        ('shall', '者，[應]扣除', '', '', '',
         'hard: 請領一次養老給付者 (the survivors choosing a lump sum) is the condition / beneficiary (給與其餘額), not the '
         'one who deducts; the paying insurer is not named in the item or the lead-in (其遺屬得…請領)'),
    ],
    93: [
        ('shall', '事業[應]自行', '^[電信事業]', '', '',
         'one 應 governs 審核及遴用; 並由其負責及監督 — 負責 is not 負…義務, no second cue'),
    ],
    94: [
        ('shall', '者，[應]由', '監督機關', '', '',
         '政府機關核撥之經費超過…者 is a circumstance; agent after 應由 is the bearer'),
    ],
    95: [
        ('shall', '者，[應]作成', '^[審查小組]', '', '',
         '如認…者 is a condition; 不予核准之審查意見 is attributive (不予 inside the NP), not a statement'),
    ],
    96: [
        ('may', '後，[得]依', '中央主管機關', '', '',
         '認可職能復健專業機構有下列情形之一者 is a condition (patient); 經審議小組審議通過後 is a condition'),
    ],
    97: [
        ('may', '機關[得]配合', '^[各目的事業主管機關]', '', '', '並準用…規定辦理: 準用 is no cue, under the same 得'),
    ],
    98: [],  # 不受前項…之限制 is no cue; 因應 false friend; 經…核准者 a condition
    99: [
        ('exception', '，[不適用]之', '', '', '', 'the protected 表徵 registered as trademarks are excluded; 取得 false friend'),
    ],
    100: [
        ('shall', '續期，[應]於', '^[外籍移工匯兌公司]', '', '', 'one 應 governs 檢具…向主管機關為之'),
    ],
    101: [],  # 所得稅法 false friend (law name); list item of a condition (未依…辦理結算申報), no operator
    102: [],  # 取得 false friend; qualification rule (…者，取得…任用資格), no operator
    103: [
        ('may', '道路[得]標繪', '', '', '',
         'hard: 得 + 標繪 (may be painted on the road surface), not the false friend 得標; thing subject (禁止停車線); '
         '禁止停車線 / 禁止停車路段 are names of the marking (attributive), no statement; road authority not named'),
    ],
    104: [],  # 應用 false friend (材料應用); list item of qualifications, no operator
    105: [
        ('may', '者，[得]於', '', '', '納稅義務人',
         'thing subject (…所繳納…之綜合所得稅額 may be deducted or refunded); the taxpayer is inside its 之-modifier -> '
         'carried; 所得 / 應納綜合所得稅額 attributive or false friends'),
        ('exception', '[不在此限]', '', '', '', '但…扣抵部分不在此限'),
    ],
    106: [
        ('may', '，[得]設', '^[本所]', '', '', '為配合…需要 is a purpose clause'),
        ('may', '分所[得]視', '，[分所]得視', '', '',
         '分所得 = 分所 + 得 (not the false friend 所得); second clause has its own subject 分所'),
    ],
    107: [
        ('shall', '主持人[應]依', '主持人', '', '',
         '受試者 (依…召募之…受試者) is the fronted topic/patient; 取得 after 應 is the verb; 但書 no cue'),
    ],
    108: [],  # 所得 false friend (各類所得資料); list item of tasks, no operator
    109: [],  # 取得 / 所得 false friends; 以…為準 is no cue, so the 除…外 carves out of no deontic statement
    110: [],  # 應用 false friend (檔案開放應用); list item of tasks
    111: [
        ('shall', '價[應]在', '', '', '',
         'hard: criterion inside the parenthesis (the serum agglutination titre shall be ≤ 50 IU), thing subject; the '
         'importer of the lead-in commissions the test but does not bear the result criterion; 反應 false friend'),
    ],
    112: [
        ('shall', '並[應]由', '土地所有權人', '', '',
         '除由政府補償…外，並應 is additive (besides), not an exception; agent after 應由 is the bearer; 所得之補償地價 '
         '= 所得 (what is received) false friend'),
    ],
    113: [],  # 供應 false friend (食品供應); list item of tasks
    114: [],  # 領得 / 取得 false friends; list item under 實施者…應依下列規定辦理, no operator of its own
    115: [],  # 應用 false friend (活化應用); list item of tasks
    116: [],  # 取得 false friend; list item (violation ground), no operator
    117: [
        ('shall', '收入，[應]以', '', '', '國外影片事業',
         'topic 國外影片事業 (with condition 在…無分支機構), clause subject 出租影片之收入 (thing) -> bearer empty, '
         'topic carried; 所得額 false friend'),
        ('may', '，[得]按', '', '', '國外影片事業',
         'second clause: 其(=國外影片事業)…設有分支機構者 is a condition, thing subject 出租影片之成本 -> topic carried'),
    ],
    118: [],  # 供應 false friend (供應電源); list item under 依下列規定 without an operator of its own
    119: [
        ('shall', '者，[應]依', '', '', '報名、參賽第三條第一項第四款創新技術獎者',
         'thing subject (參賽…之節目為…合作完成者 = condition on the programme); lead-in 報名、參賽…創新技術獎者，應遵守下列事項 '
         'names the entrants; the 「」 regulation name has no cue; 供應 false friend'),
        ('may', '，[始得]報名', '', '', '報名、參賽第三條第一項第四款創新技術獎者',
         '始得 = may only then; same carried entrants'),
    ],
    120: [],  # 供應 false friend (購置、保管、供應); list item of tasks
})
