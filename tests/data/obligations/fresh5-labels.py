# Hand labels for fresh5-unlabelled.tsv (seed 777001), written by reading each text and,
# where needed for `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md; 應禁止 is one
# shall (cue 應), like 應不得 is one shall_not.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
#
# Where the party that must act is named only inside the modifier of a thing/topic subject
# (e.g. 經營者擬訂之服務契約範本，不得…), it is left out of bearer and written in `carried`
# (as fresh3 did, e.g. its #90 and #98).

LABELS = {
    1: [
        ('may', '，[得]依業務', '法院、檢察署', '', '', '可申請 (can apply) is not a listed cue'),
    ],
    2: [
        ('shall', '，[應]一律', '代辦所投遞及接送郵件人員', '', '',
         'no 之 in the modifier, so the whole noun phrase stays in bearer'),
    ],
    3: [
        ('exception', '[不適用]', '', '', '', ''),
    ],
    4: [
        ('may', '者，[得]檢附', '^[再生能源發電設備設置者]',
         '再生能源發電設備設置者為履行一定契約容量以上之電力用戶應設置再生能源發電設備管理辦法所定之義務，而須變更再生能源發電設備之售電方式者', '',
         'agent 者 phrase with head noun (設置者); 應設置 is part of a law title, 須變更 inside the condition: neither labelled'),
    ],
    5: [
        ('may', '[得]依法', '軍事人員及役政人員', '軍事人員及役政人員辦理兵役功績特著者', '',
         'hard: labelled as written; in substance the personnel are beneficiaries and their agency reports them for the medal'),
    ],
    6: [],  # 應具備之資格條件: attributive; 除…外 does not carve anything out of a deontic statement
    7: [
        ('shall', '，[應]符合', '', '', '', 'thing (性能標準); 應急 in 應急指位 is a false friend'),
    ],
    8: [],  # 應變中心: false friend
    9: [
        ('shall', '，[應]考量', '', '', '', 'thing (容器); lead-in subject is also a thing (運送工具)'),
    ],
    10: [
        ('shall', '局[應]就', '航港局', '', '',
         '但下列商港，免予收取: 免予 is in the GUIDE list of non-cues, so no exception labelled (hard call)'),
    ],
    11: [
        ('shall', '委員[應]由', '', '', '',
         'hard: 由…組成 names what the members consist of (representatives), not an agent who acts; no bearer'),
    ],
    12: [
        ('shall', '，[應]保持', '雇主', '', '', '或採取必要之預防措施 is the alternative of the same 應'),
    ],
    13: [
        ('shall', '構[應]定期', '科技工業機構', '', '', '得委託之項目 is attributive'),
    ],
    14: [
        ('shall', '並[應]於', '評估機構', '', '', '並應 here is plain "also shall", not after 除…外'),
    ],
    15: [
        ('shall_not', '[不得]逾', '', '', '當事人',
         'topic (number of agents); the party who appoints is named only in the modifier (每一當事人委任之)'),
    ],
    16: [
        ('shall', '所[應]即', '看守所', '', '', '應即 one cue; 並陳報 has no cue of its own'),
    ],
    17: [
        ('shall_not', '[不得]行使', '', '', '',
         'topic (追繳押標金); 不予開標/不予決標 are parts of a time reference (attributive), not statements'),
    ],
    18: [
        ('shall', '，[應]通知', '中央選舉委員會委員', '', '', 'subject of the …時 condition, who acts'),
    ],
    19: [
        ('shall', '船，[應]依本規則', '', '', '', 'thing (化學液體船) as subject'),
        ('shall', '並[應]依國際', '', '', '', 'thing (化學液體船)'),
    ],
    20: [
        ('may', '[得]向', '工業區管理機構或指定機構', '', '', ''),
    ],
    21: [
        ('shall', '[應]同時', '', '', '任一造當事人',
         'subject is the document (thing); the filing party is named only in its modifier'),
    ],
    22: [
        ('shall_not', '[不予]錄影', '', '', '', 'no bearer written; 第一項會議屬秘密者 is a circumstance'),
    ],
    23: [
        ('shall_not', '[不得]向', '軍人或其配偶', '接戰地域直接參加作戰或擔任緊急防務之軍人或其配偶', '', ''),
    ],
    24: [
        ('shall', '[應]檢附', '本條例第十二條第一項第四款所定優先購買權人', '', '',
         'reference modifier without 之 (所定) stays in bearer'),
    ],
    25: [
        ('shall_not', '[不得]適用', '', '', '',
         'topic (資金); cue is 不得 (shall_not), not the exception 不適用; 支應, 所得稅 false friends'),
    ],
    26: [
        ('may', '[得]依其', '公營事業機關', '', '', ''),
    ],
    27: [
        ('shall', '：[應]有', '', '', '園區事業',
         'evaluation criterion; lead-in: 管理局 (the evaluator) assesses the 園區事業 whose plan is implemented; the enterprise is named only inside a modifier there (hard)'),
    ],
    28: [
        ('may', '並[得]', '本辦法所稱中央主管機關', '', '',
         'the first clause (…為經濟部) is a definition; reference modifier 本辦法所稱 without 之 kept in bearer; the law title in the cite is not text'),
    ],
    29: [
        ('shall_not', '[不得]逾', '', '', '',
         'topic (警員總數); 由…定之 has no cue; 但…不得 is a shall_not, not an exception'),
    ],
    30: [
        ('shall_not', '後[不得]挑選', '', '', '', 'topic (宿舍); the assignee is not named'),
        ('exception', '[除]有特殊', '', '', '',
         'hard: 除…外 carves out of the consequences of the same sentence, which include the two 不得 that follow'),
        ('shall_not', '且[不得]保留', '', '', '', ''),
        ('shall_not', '內[不得]再申請', '', '', '', ''),
    ],
    31: [
        ('shall', '序[應]作成', '', '', '', 'topic (程序); 並全程錄音 has no cue of its own; the court is not named'),
        ('may', '，[得]全程錄影', '', '', '', ''),
    ],
    32: [
        ('shall', '接頭[應]為', '', '', '', 'things throughout'),
        ('shall', '並[應]以雙面', '', '', '', ''),
        ('exception', '，[除]對非常', '', '', '', '除…外 carves an exception out of the 應 of the same sentence'),
        ('shall', '墊圈[應]於', '', '', '', ''),
        ('shall', '，[應]經航政', '', '', '', '應經X准許: X approves, it is not the bearer (not 由)'),
    ],
    33: [
        ('shall', '關[應]通知', '中央主管機關', '', '', '未依…申報…者 is a condition'),
    ],
    34: [
        ('shall', '構[應]於', '臺灣地區證券、期貨機構', '第一項被投資之臺灣地區證券、期貨機構', '', ''),
        ('shall', '時[應]確實', '臺灣地區證券、期貨機構', '第一項被投資之臺灣地區證券、期貨機構', '',
         'second cue of the same sentence: same bearer, same offset'),
    ],
    35: [
        ('shall', '料[應]依', '', '', '', 'thing (前項資料); the paragraph before names no party either'),
    ],
    36: [
        ('shall', '[應]辦理', '居家式醫護服務提供單位', '', '', ''),
    ],
    37: [
        ('may', '，[得]設', '主管機關', '', '', ''),
        ('may', '並[得]依', '主管機關', '', '', 'second cue of the same sentence (並得)'),
    ],
    38: [
        ('shall', '[應]於開發前', '開發特殊性工業區者', '', '', 'agent 者 phrase without head noun, kept whole'),
        ('may', '[始得]開發', '開發特殊性工業區者', '', '', 'same sentence: same bearer'),
    ],
    39: [
        ('shall', '洞[應]設', '', '', '', 'thing (避車洞)'),
        ('shall', '隧道[應]設', '', '', '', 'thing (隧道)'),
    ],
    40: [
        ('shall', '[應]於學年度', '各地方教育輔導委員會召集學校', '', '',
         'no 之 in the modifier: kept whole; 並將…報 has no cue of its own'),
    ],
    41: [
        ('shall', '[應]自修正', '經營者', '已取得特許執照之經營者', '',
         'the leading 修正之條文施行前 is a time condition, not put in bearer_full; 取得 false friend'),
    ],
    42: [
        ('shall', '[應]依下列', '', '', '',
         'hard: 採數值法分割複丈者 read as a circumstance ("where the survey uses the numerical method"), not as an agent'),
    ],
    43: [
        ('exception', '[不適用]', '', '', '', ''),
    ],
    44: [],  # 依法不得採伐…之樹木: attributive inside a noun phrase
    45: [
        ('shall', '[應]準用', '', '', '',
         'topic (學歷及成績); lead-in 前項申請，應檢具下列表件 names no party'),
    ],
    46: [
        ('shall', '[應]檢具', '共同處理機構', '', '', '申請… is the subject\'s predicate of circumstance, the agency acts'),
    ],
    47: [
        ('may', '[得]提起', '', '', '',
         'hard: 聲請法官迴避經裁定駁回者 read as a circumstance (the motion was rejected), no agent noun written'),
    ],
    48: [],  # main clause 沒收之 has no cue; 應發還 / 得請求 are inside 除…外 (restating); 所得, 取得 false friends
    49: [
        ('shall_not', '[不得]早於', '', '', '', 'topic (申請日)'),
    ],
    50: [],  # definition clause; 毋須 false friend
    51: [
        ('shall', '[應]依第十一條', '前項機構', '前項機構照顧有需鼻胃管、胃造廔口、導尿管護理服務需求之老人者', '',
         'agent 者 phrase with head noun (reference 前項機構, no 之, kept in bearer)'),
    ],
    52: [],  # 取得 false friend
    53: [
        ('shall', '者，[應]附', '開發單位', '', '', '其…可量化者 is a condition; 並於…標明 has no cue of its own'),
    ],
    54: [],  # definition; 應實施都市更新地區 attributive
    55: [
        ('shall', '司[應]於股東常會開會二十五', '^[公司]', '', '', ''),
        ('shall', '公司[應]於股東常會開會四十', '股票之[公司]', '公開發行股票之公司', '',
         '但… here states a special rule (another shall), not an exception (no 不在此限)'),
    ],
    56: [
        ('shall', '[應]由', '之[家長]為', '在學學生之家長', '',
         'hard: 應由X為會員組織之: the parents, as members, organize the association: agent after 由; 並冠以 has no cue; 由…定之 no cue'),
    ],
    57: [
        ('may', '[得]以使用', '', '', '',
         'thing (calculation/crane); 但…得 is a may, not an exception; lead-in names no party'),
    ],
    58: [],  # 獲得 false friend
    59: [],  # 供應商 false friend; no cue
    60: [
        ('shall', '[應]符合', '', '', '', 'thing (窗及舷窗)'),
    ],
    61: [
        ('shall', '[應]自中華民國', '醫療機構', '', '', ''),
    ],
    62: [
        ('shall', '[應]符合', '', '', '', 'thing (貯存設施)'),
    ],
    63: [
        ('shall_not', '[不得]擔任', '配偶及其三親等以內血親、姻親', '董事、監事之配偶及其三親等以內血親、姻親', '',
         'labelled as written (in substance a bar on hiring them)'),
    ],
    64: [
        ('may', '[得]撤銷', '本部', '', '', ''),
    ],
    65: [
        ('shall_not', '[不得]大於', '', '', '指定銀行及郵政儲金匯業局',
         'topic (匯出金額); lead-in 指定銀行…及郵政儲金匯業局得辦理…下列匯出款業務: the banks remit'),
    ],
    66: [
        ('shall_not', '[不得]移用', '', '', '', 'topic (保管款)'),
    ],
    67: [
        ('may', '[得]續聘', '', '', '', 'topic (委員); who reappoints is not named'),
        ('shall', '，[應]改派', '', '', '',
         '機關代表職務異動時 is a condition; the agency that must reappoint is not named as a subject'),
        ('shall', '，[應]予補聘', '', '', '', ''),
    ],
    68: [],  # 反應 false friend; no cue
    69: [
        ('may', '[始得]辦理', '', '', '學校教職員',
         'things (退休金, 養老給付) as subject; lead-in: 學校教職員…退休生效者，其一次退休金…辦理優惠存款，應合於下列規定'),
    ],
    70: [
        ('shall', '[應]包含', '', '', '', 'thing (計畫內容)'),
    ],
    71: [
        ('shall', '[應]就', '直轄市或縣（市）主管機關', '', '', 'subject of the …時 condition, who acts'),
    ],
    72: [
        ('shall', '，[應]事先', '', '', '糧商',
         'topic (new kinds of grain/business); lead-in 糧商登記事項有變更時，應…申請變更登記: the grain dealer, named in a modifier there'),
        ('may', '[始得]開始', '', '', '糧商', ''),
    ],
    73: [
        ('may', '[得]廢止', '中央衛生主管機關', '', '', ''),
    ],
    74: [
        ('may', '[得]依訴願法', '廠商', '廠商不服者', '',
         'agent 者 phrase with head noun; the first sentence (one way of seeking remedy) has no cue of its own'),
    ],
    75: [
        ('shall', '[應]計入', '', '', '', 'thing (鋼索自重)'),
    ],
    76: [
        ('shall', '[應]兼顧', '', '', '', 'topic (撫育及更新)'),
    ],
    77: [
        ('shall', '[應]對', '監督機構', '', '',
         'one statement (應…負…責任); 所定之義務 inside the condition is not 負…義務'),
    ],
    78: [
        ('may', '[始得]辦理', '^[理事、監事]', '', '',
         'hard: as written the former directors/supervisors are the subject; 由信用合作社 is the agent of 報經…備查 only'),
        ('may', '[得]不受', '', '', '理事、監事',
         '但…得不受…限制 is a may (not 不在此限); across 。 the subject is carried; 應負…責任 occurrences are attributive'),
    ],
    79: [
        ('shall', '[應]檢具', '屆期未換證者', '', '', 'agent 者 phrase without head noun, kept whole'),
    ],
    80: [
        ('shall', '[應]作成', '', '', '', 'topic (執行情形); 妥善保存 has no cue of its own'),
    ],
    81: [
        ('shall_not', '[不得]違反', '', '', '經營者',
         'subject is the contract template (thing); the operator is named only in its modifier'),
        ('shall', '並[應]載明', '', '', '經營者', 'second cue of the same sentence'),
    ],
    82: [],  # 得拒絕當事人行使權利之事由: attributive inside a condition
    83: [
        ('may', '，[得]向本會', '', '', '證券投資信託事業或證券投資顧問事業',
         'but-clause across 。 from the subject; 廢止 has no cue'),
    ],
    84: [
        ('may', '[得]以史蹟', '所有人、使用人或管理人', '', '', '因應 false friend'),
    ],
    85: [
        ('shall', '[應]維持', '', '', '', 'things (場所)'),
    ],
    86: [
        ('shall', '，[應]尊重', '', '', '', 'topic (plans)'),
        ('shall', '必要時[應]邀集', '', '', '', 'no bearer written; lead-in names no party'),
    ],
    87: [
        ('shall', '徑[應]在', '', '', '', 'thing (規格); 由其自行製用 has no cue'),
        ('exception', '[不適用]', '', '', '', ''),
    ],
    88: [
        ('may', '[得]視', '各法院', '', '', ''),
    ],
    89: [
        ('may', '並[得]', '', '', '加氣站',
         'hard: the station (as business) is named only in the topic 加氣站之經營'),
    ],
    90: [
        ('may', '校[得]視', '高級中等以下學校', '', '', ''),
        ('may', '亦[得]寬列', '教育部及高級中等以下學校主管機關', '', '', ''),
    ],
    91: [
        ('shall', '證[應]按日', '', '', '', 'thing (記帳憑證)'),
        ('shall', '上[應]註明', '', '', '',
         'thing; 由董事長…簽名或蓋章 names who signs, a further predicate without a cue of its own, not the bearer of 應註明'),
    ],
    92: [],  # 享有禁止他人…之權利: 禁止 inside a noun phrase (a right), not an operative verb (hard)
    93: [
        ('shall', '關[應]按年度', '^[各級主管機關]', '', '', ''),
        ('shall', '，[應]予輔導', '^[各級主管機關]', '', '',
         'same sentence (after ；): same bearer, same offset; 予以獎勵 has no cue'),
        ('shall', '構[應]提出', '各機構', '', '', ''),
    ],
    94: [
        ('shall_not', '[不得]超過', '', '', '休閒農場', 'topic (停業期間); the farm is named only in its modifier'),
        ('may', '，[得]於', '', '', '休閒農場', '其有正當理由者 is a circumstance (其 = the farm)'),
    ],
    95: [
        ('shall', '，[應]遵守', '證券集中保管事業', '前項經核准兼營短期票券集中保管結算業務之證券集中保管事業', '', ''),
    ],
    96: [
        ('shall', '均[應]於', '', '', '', 'things (通道或廣場); lead-in subject is a thing (地下建築物)'),
    ],
    97: [
        ('may', '五年內，[得]自認列', '營利事業', '', '',
         'the tax paid is the grammatical subject; 營利事業 heads the …時 clause, who credits it; 應納稅額 false friend'),
        ('may', '[得]申請退稅。營', '營利事業', '', '', 'same sentence: same bearer'),
        ('may', '期限內，[得]自認列', '營利事業', '', '', 'second sentence, its own subject 營利事業'),
        ('may', '[得]申請退稅。扣', '營利事業', '', '', 'same sentence: same bearer'),
        ('shall_not', '[不得]超過', '', '', '', 'topic (扣抵之數)'),
    ],
    98: [
        ('shall', '者[應]符合', '伙食包作業者', '', '', ''),
        ('shall', '前，[應]自行', '伙食包作業者', '', '', 'after ；, same sentence (其 = the caterer): same bearer'),
        ('shall', '容[應]包括', '', '', '', 'thing (備查內容); 供應人數 false friend'),
    ],
    99: [
        ('shall', '[應]具有', '人才', '引進之人才', '', 'a qualification requirement on a person: the person is the bearer'),
    ],
    100: [
        ('shall', '度[應]包括', '', '', '總代理人及銷售機構',
         'thing (內部控制制度) named with its owners in a modifier; 應遵循之作業原則 attributive; 並由總代理人送交 has no cue of its own'),
    ],
    101: [],  # 應用 false friend
    102: [
        ('shall', '，[應]收回', '', '', '',
         'hard: 借款人 is inside the condition and is not the one who recovers; the lender is not named in this clause'),
        ('shall', '補貼[應]繳還', '', '', '貸款經辦機構',
         'thing (補貼) as subject; the institution that claimed it is named in its modifier'),
    ],
    103: [],  # definition; 反應 false friend
    104: [],  # 反應器 false friend; no cue
    105: [],  # 應採取之應變措施: attributive; 應變 false friend
    106: [],  # 取得 false friend; definition
    107: [],  # 因應 false friend
    108: [],  # 得標人 false friend; 由…發給 has no cue
    109: [],  # 取得 false friend; the item has no cue of its own
    110: [],  # 應用 false friend
    111: [],  # 因應 false friend
    112: [
        ('shall', '，[應]協調', '前項法定繼承人', '', '',
         'subject of the …時 condition, who acts; reference 前項 without 之 kept in bearer'),
        ('shall', '[應]由全體', '全體法定繼承人', '', '', '應由X: agent after 由; 應繼分 false friend'),
    ],
    113: [
        ('shall', '亦[應]依', '經營者', '', '', '應變中心 false friend'),
    ],
    114: [
        ('shall', '[應]檢具', '^[受託人]',
         '受託人依本法第七十六條及第三十五條第一項第三款規定，申請許可將信託財產轉為自有財產或於該信託財產上設定或取得權利者', '',
         'agent 者 phrase with head noun; 取得 false friend'),
    ],
    115: [
        ('shall', '額，[應]於', '', '', '納稅義務人',
         'subject is the deduction (thing), the taxpayer named in its modifier; lead-in 納稅義務人應就下列各款規定擇一適用; 得減除之 attributive'),
    ],
    116: [],  # 供應 false friend
    117: [
        ('shall', '者，[應]併入', '但[外國銀行分行]', '外國銀行分行當年度有營運資金匯入、盈餘匯出或因合併致淨值變動者', '',
         'agent 者 phrase with head noun (the branch computes its net worth); 但…應 is a shall, not an exception; 取得 false friend'),
    ],
    118: [
        ('shall_not', '人[不得]有', '文化法人', '', '', ''),
        ('shall', '外，[應]全數', '', '', '文化法人',
         '除應依法課徵稅外 is additive (besides being taxed): not an exception, its 應 not labelled; across 。 carried'),
        ('shall', '並[應]用於', '', '', '文化法人', '並應 + 用於 (shall be used for), not the false friend 應用'),
    ],
    119: [
        ('shall', '[應]包括', '', '', '', 'thing (名冊之內容); 所得 false friend'),
    ],
    120: [],  # 所得稅, 取得 false friends; no cue
}
