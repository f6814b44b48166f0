# Hand labels for fresh17-unlabelled.tsv (sample.py seed 173205, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# example: LABELS = {
# example:     1: [
# example:         ('may', '時[得]分課', '所設之[縣度量衡檢定站] (', '轄區不完整之省所設之縣度量衡檢定站', '',
# example:          'bearer = head of the subject NP (first occurrence, not the one in (以下簡稱…)); 準用 is no cue'),
# provisions 1-60: reader a; 61-120: reader b.
# Conventions used by reader a:
# - comma-separated clauses of one sentence (up to 。/；) that share an omitted subject get that subject as bearer;
#   a clause with its own thing/topic subject gets bearer '' and, when the actor is clear from this provision,
#   its lead-in or the previous paragraph, that actor in `carried`.
# - 'X者' with no head noun (condition) is not a bearer; 'N[condition]者' with N the subject keeps N as bearer.
LABELS = {
    1: [
        ('shall', '處分時，[應]衡量', '^[主管機關]', '', '', ''),
        ('shall', '並[應]符合', '', '', '主管機關',
         'subject is 其處分 (a thing; 其 = the authority), so bearer empty, carried from the same sentence'),
    ],
    2: [
        ('shall', '界線，[應]以地形', '', '', '', 'thing subject (界線), no actor written'),
        ('shall', '段，[應]以裡地線', '', '', '', 'thing subject'),
        ('shall', '[應]以距離', '', '', '', 'thing subject'),
    ],
    3: [
        ('shall', '編組，[應]設隊', '^[直轄市、縣（市）政府]', '', '', ''),
        ('may', '並[得]視工作', '直轄市、縣（市）政府', '', '', 'second operator after ；並, same subject'),
    ],
    4: [
        ('shall', '期間，[應]定期', '之[電信事業]分配', '獲核配用戶號碼之電信事業', '',
         'subject of the 期間 clause is also the implied subject of 應 (para 2 confirms: 獲核配用戶號碼之電信事業得…)'),
    ],
    5: [
        ('shall', '面積，[應]一併', '', '', '', 'thing subject (興建面積)'),
    ],
    6: [
        ('shall', '稽核人員[應]克盡', '^[稽核人員]', '', '', '上應有之注意義務 is attributive (not a statement; no 負)'),
        ('shall', '執行職務[應]採', '稽核人員', '', '', 'shared subject of the sentence'),
        ('shall', '稽核資料[應]加以', '稽核人員', '', '', 'shared subject; 稽核資料 is the object fronted by 對於'),
    ],
    7: [
        ('shall', '買賣者，[應]揭露', '', '', '期貨商',
         '「期貨商股票已…上櫃買賣者」 is a condition; lead-in subject is 財務報告附註 (a thing); the next sentence shows 期貨商 does the disclosure'),
        ('may', '事項，[得]請', '。[期貨商]為辦理', '', '', ''),
    ],
    8: [
        ('may', '者，[得]繼續', '時，[獨立董事]係', '', '', 'subject 獨立董事 with its conditions (係…或有…之情形者) stripped'),
    ],
    9: [
        ('may', '小組[得]共同', '外部視察小組', '', '', 'one 得 covers both alternatives (共同為之 / 指定委員)'),
    ],
    10: [
        ('shall', '查封時，[應]即填寫', '，[法院]因當事人', '', '',
         'subject of the 時 clause is the implied subject of 應即; cue 應即 = 應; 「某某地方法院…」 is a quoted name'),
    ],
    11: [
        ('shall', '經紀業[應]訂定', '^[經紀業]', '', '', ''),
        ('shall', '並[應]向負責人', '經紀業', '', '',
         '檢查結果 is a fronted object/topic, agent is the sentence subject 經紀業; 負責人 is a false friend (no 負…義務)'),
    ],
    12: [],  # 法令禁止販賣或交易之商品 -- 禁止 is attributive inside the noun phrase; list item of a 不得 lead-in, no operator of its own
    13: [
        ('shall', '者，[應]敘明', '', '', '申請人或管理者',
         'the 者 clause names no actor; paragraphs 1-3 (right before) have 申請人或管理者'),
    ],
    14: [
        ('shall', '時，[應]充分考量', '', '', '公開發行公司',
         '「已依本法規定設置獨立董事者」 is a headless condition; the company (para 1) is the actor; 取得 is a false friend'),
        ('shall', '意見，[應]於董事會', '', '', '公開發行公司',
         '獨立董事 is subject of the 如有 condition only; the recording in the minutes is the company/board duty'),
    ],
    15: [
        ('shall', '人，[應]由同一', '能力之[人]代表', '同一戶籍具行為能力之人', '',
         'bearer = agent after 由 (head noun 人 after stripping the 之-clause); 前項之申請人 is the one represented'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    16: [
        ('shall', '者，[應]另再', '^[寄件人]', '', '',
         '寄件人 is the subject of the 者 clause (寄件人[需要…通知]者); 需要 means "wants", not 須'),
    ],
    17: [],  # 取得 false friend; 無須 = no duty; 除…外 carves out of 仍適用本辦法, which is not a deontic operator (only 不適用 is) -> no statement
    18: [
        ('shall_not', '[禁止]實施', '', '', '被告',
         'list item under 「法院得附下列…條件命被告遵守」; 禁止 is the operative verb of the condition; the prohibited party is 被告 (lead-in). Hard case: content of an order the court may impose'),
    ],
    19: [
        ('shall', '異議，[應]於公告', '^[土地所有權人]', '', '', 'second clause (未…提出異議者…確定) has no cue'),
    ],
    20: [
        ('shall', '事項，[應]自要保', '', '', '', 'thing subject (規定事項); no actor written'),
    ],
    21: [
        ('may', '者，[得]以掃描', '', '', '', 'thing subject (招標/投標文件)'),
    ],
    22: [
        ('may', '時，[得]依本法', '^[少年法院]', '', '', ''),
    ],
    23: [
        ('shall', '入口處[應]無', '', '', '', 'thing subject'),
    ],
    24: [
        ('shall', '等[應]予牢固', '', '', '', 'thing subject'),
    ],
    25: [
        ('may', '業務，[得]視業務', '^[銀行]', '', '', '「由總行維護控管」 has no cue (bare 由X, not 應由) -> no statement'),
    ],
    26: [
        ('exception', '）[除]符合', '', '', '', '除…者外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]依照', '', '', '', 'thing subject'),
        ('shall_not', '均[不得]以', '', '', '', 'thing subject; 均 is an adverb'),
    ],
    27: [
        ('shall_not', '每月[不得]超過', '', '', '', '所得之商 (quotient) is a false friend; 每人 is a measure, not a bearer'),
    ],
    28: [],  # 得使用暫准通關證…之貨物: 得 is attributive inside the noun phrase (goods that may use the carnet); scope clause, no statement
    29: [
        ('shall', '時，[應]由各該', '[各該資料檔案承辦單位]簽報', '', '', 'bearer = agent after 應由'),
    ],
    30: [
        ('shall', '當事人[應]將', '^[團體協約雙方當事人]', '', '', 'one 應 governs both 公開揭示 and 並備置'),
    ],
    31: [
        ('shall', '裝置，[應]使雷達', '', '', '', 'thing subject'),
        ('shall', '至少[應]使顯示器', '', '', '', 'inside the 但 sentence, still a shall (no 不在此限)'),
        ('shall', '盲區[應]予避免', '', '', '', 'thing subject'),
    ],
    32: [
        ('shall', '專戶後[應]即以', '三、[直轄市或縣（市）主管機關]存入', '', '', '應受補償人 is a noun (false friend)'),
        ('shall', '該通知[應]包括', '', '', '直轄市或縣（市）主管機關', 'thing subject (該通知), issued by the authority of the same sentence'),
    ],
    33: [
        ('shall', '服務者，[應]繳驗', '', '', '', 'headless 者 condition; lead-in names no actor (applicant not written)'),
    ],
    34: [
        ('shall', '儲值卡[應]為', '', '', '電子支付機構', 'thing subject; para 1 right before names 電子支付機構'),
    ],
    35: [
        ('shall', '前，[應]由簽證', '由[簽證銀行]盡', '', '', 'bearer = agent after 應由; 盡…責任 is not 負…義務'),
    ],
    36: [
        ('exception', '[除]借款人', '', '', '', '除…外 carves an exception out of the 應有 of the same sentence'),
        ('shall', '貸款，[應]有下列', '', '', '', 'thing subject (本基金會提供之貸款); actor ambiguous (fund vs borrower), so no carried'),
    ],
    37: [],  # 應考人 false friend; classification rule (為體格檢查不合格), no operator
    38: [
        ('shall', '委員會，[應]辦理', '[性別平等教育委員會]，', '各級主管教育行政機關所設性別平等教育委員會', '', '所設 relative clause stripped'),
    ],
    39: [
        ('shall', '停辦，[應]依第一項', '', '', '辦理機關', 'topic subject (變更或停辦); actor 辦理機關 named later in this provision and in para 2'),
        ('may', '時，[得]要求', '；[核定機關或中央主計機關]於', '', '', ''),
    ],
    40: [
        ('shall', '公報，[應]使', '^[本會]', '', '', ''),
    ],
    41: [
        ('shall_not', '持有人[不得]破解', '持有人', '', '', ''),
    ],
    42: [
        ('may', '人員，[得]以書函', '^[校級人員，及年齡較高行動不便之小組人員]', '', '',
         'coordinated subject kept whole (the 之-modifier belongs to the second conjunct only); hard case: could also be read as these persons being contacted by letter; 由團管區定之 has no cue'),
        ('shall', '事項，[應]由鄉鎮市區公所', '由[鄉鎮市區公所]處理', '', '', 'bearer = agent after 應由'),
        ('shall', '者，[應]即彙送', '鄉鎮市區公所', '', '', 'same sentence, shared agent; 其不能解決者 is a condition'),
    ],
    43: [],  # 應達成之回收率 is attributive; 由…公告之 has no cue
    44: [],  # 供應 (三軍衛材供應處) false friend; classification, no operator
    45: [
        ('shall', '身分[應]予保密', '^[直轄市、縣（市）主管機關]', '', '', ''),
    ],
    46: [
        ('shall', '者，[應]檢附', '', '', '權利人',
         '土地登記名義人已死亡者 is a condition (the dead owner is not the bearer); para 1 names 權利人; 應繼分 false friend'),
    ],
    47: [
        ('shall_not', '但[不得]納入', '', '', '', 'no actor written for the grading ban'),
    ],
    48: [],  # 應具備之特定訓練標準 attributive, list item of 應包括 lead-in
    49: [
        ('shall', '駕駛人[必須]慢行', '車輛駕駛人', '', '',
         'hard case: duty stated as what the sign notifies (用以告示…必須…); read as the drivers\' duty, not a quotation in 「」'),
        ('may', '時，[方得]續行', '車輛駕駛人', '', '', 'same reported clause; 方得 = may only then'),
    ],
    50: [
        ('shall', '後，[應]於三日內', '^[主管機關]', '', '',
         '並將…具報 is the content of the notice to the parties (no own cue); 不為具報 not a cue'),
    ],
    51: [
        ('shall', '本基金[應]依', '^[本基金]', '', '', ''),
    ],
    52: [
        ('may', '審判長[得]加以', '審判長', '', '', ''),
        ('shall_not', '或[禁止]其', '', '', '律師',
         '禁止 is an operative verb (禁止其…代理或辯護) under the 得: two operators; the prohibited party is the lawyer (其)'),
    ],
    53: [
        ('may', '主管機關[得]依', '^[主管機關]', '', '', ''),
    ],
    54: [
        ('shall', '者，[應]即登報', '', '', '', 'thing condition (許可證或執照遺失者); holder not named'),
    ],
    55: [
        ('may', '者，[得]設委員會', '^[更生保護會]', '', '', '更生保護會[設有分會]者 -> subject 更生保護會'),
        ('may', '連聘[得]連任', '', '', '委員', 'subject omitted; 委員 named earlier in the provision'),
    ],
    56: [
        ('shall', '結果[應]陳報', '', '', '中央主計機關', 'thing subject; para 1 lead-in names 中央主計機關; 參考應用 false friend'),
    ],
    57: [
        ('shall', '人員，[應]受', '[佐理員及其他人員]，', '公證處配置之佐理員及其他人員', '', ''),
    ],
    58: [
        ('shall', '中心[應]訂定', '^[互助教保服務中心]', '', '', 'one 應 governs 訂定/準用/完成; 準用 no cue'),
    ],
    59: [
        ('shall', '者，[應]令其', '^[主管機關]', '', '', '主管機關[依…限期改善]者 -> subject 主管機關; 必要時會同… has no cue'),
    ],
    60: [
        ('shall', '各事業[應]繼續', '各事業', '', '', ''),
    ],
    # --- provisions 61-120 (reader b) ---
    61: [
        ('may', '機關[得]令其', '主管機關', '', '', ''),
        ('shall_not', '[不予]受理', '', '', '主管機關',
         'subject of 不予受理 not written in its clause (the preceding condition clause 屆期未補正…者 is about the applicant); the agency is carried from the same sentence'),
    ],
    62: [
        ('shall', '容量[應]按', '', '', '', 'topic 安培容量 is a thing, no bearer'),
    ],
    63: [
        ('may', '法院[得]據以', '上級法院', '', '', '為違背法令 is a qualification, not deontic; 適用 is not 不適用'),
    ],
    64: [
        ('shall', '，[應]自死亡', '由[中央選舉委員會]公告', '', '',
         'bearer = agent after 由 (not the 中央選舉委員會 inside 送達…之日)'),
    ],
    65: [
        ('exception', '，[除]研究學院', '', '', '',
         'hard: 除研究學院院長為當然委員外 takes the ex officio dean out of the composition duty 應包括…; no 並應/亦應, so read as exception rather than additive'),
        ('shall', '外，[應]包括', '', '', '', 'topic 管理會之委員 (composition rule), no bearer written'),
        ('shall', '人數[應]分別', '', '', '', 'topic 人數, no bearer'),
    ],
    66: [
        ('shall', '者[應]訂定', '^[普及服務提供者]', '', '', '其修正時亦同 adds no cue'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    67: [
        ('shall', '並[應]依', '', '', '',
         'hard: 除應符合…外，並應… is additive (not an exception) and the 應 inside 除…外 restates other rules -> not labelled; subject 電氣設備 is a thing'),
    ],
    68: [
        ('shall', '者，[應]經其', '', '', '外國保險業、保險代理人、經紀人、公證人在臺分公司，或未設董（理）事會者',
         'hard: topic is 前二項…之規定; the entities are named only in the 於-phrase (not a subject), so put in carried; 負責人 is no cue'),
    ],
    69: [
        ('shall', '單位，[應]敘明', '需求、使用或承辦採購單位', '前項採購之需求、使用或承辦採購單位', '',
         '簽報…核准 continues the same duty, no second cue'),
    ],
    70: [
        ('shall', '檢查員，[應]填具', '^[代檢機構]', '', '', ''),
    ],
    71: [
        ('may', '漁會[得]向', '漁會', '', '',
         '由當地漁會負責 has no deontic cue (負責 is not 負…義務) -> not labelled'),
    ],
    72: [
        ('shall', '用地[應]維持', '', '', '', 'subject 該農業用地 is a thing'),
        ('shall', '機關[應]將', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    73: [
        ('shall', '原料，[應]填具', '', '', '',
         'no subject written (生產或持有核子原料 is a condition); 但…免於請發執照 is an exemption without a guide cue (免於 like 免予) -> not labelled'),
    ],
    74: [
        ('shall', '合併，[應]以', '^[教育部]', '', '', ''),
    ],
    75: [
        ('shall', '，[應]籌設', '', '', '', 'no bearer written in the provision or article'),
    ],
    76: [
        ('shall', '場所[應]登載', '', '', '運作人',
         '運作場所 is a place, not a bearer; lead-in names …之運作人 (bearer_full 製造、使用、貯存毒性及具危害性關注化學物質之運作人)'),
    ],
    77: [
        ('may', '期滿[得]續聘', '', '', '財政部長',
         'hard: 委員任期一年 is a topic; 續聘 is the appointer\'s act (由財政部長聘任之 in the same provision); one could also read 委員 as bearer of 連任. 由…聘任之 / 由委員互選之 have no cue'),
    ],
    78: [
        ('shall', '，[應]確實', '', '', '動物用藥品販賣業者', 'carried from paragraph 1; 並保存 has no second cue'),
    ],
    79: [
        ('shall', '[應]憑', '', '', '外匯證券商', 'carried from lead-in 外匯證券商辦理…應遵循下列規定'),
    ],
    80: [
        ('shall', '，[應]本公開', '行政法人', '', '', ''),
        ('shall', '並[應]依', '行政法人', '', '', '應…並應… = two statements, shared subject'),
    ],
    81: [
        ('shall', '機關[應]發給', '中央主管機關', '', '',
         '其應記載事項如下 = attributive 應記載事項 -> not labelled'),
    ],
    82: [
        ('shall', '機構[應]於', '^[憑證機構]', '', '', ''),
    ],
    83: [
        ('shall', '，[應]另附', '', '', '',
         'hard: first 應 is attributive (應檢附之證明文件); lead-in is framed as a definition of 出產國許可製售證明 but 應另附譯本 is an operative requirement on the (unnamed) applicant, so labelled'),
    ],
    84: [],  # 應變 false friend (緊急應變程序); list item of contents
    85: [
        ('shall_not', '內，[不得]重新', '^[審驗機構]', '', '', '違反…者 is a condition on the subject 審驗機構'),
    ],
    86: [
        ('shall', '，[應]由行政法院', '由[行政法院]加具', '', '', 'bearer = agent after 由; 並納足 continues same duty'),
    ],
    87: [],  # 因應 false friend (因應措施); list item
    88: [
        ('may', '亦[得]為之', '', '', '被上訴人', '附帶上訴 is the act, not a bearer; 被上訴人 carried from paragraph 1'),
    ],
    89: [
        ('may', '事業，[得]清理', '^[執行機關、公民營廢棄物清除處理機構、共同清除處理機構處理或依第二十九條第一項提供處理設施之事業]', '', '',
         'hard: coordinated bearer kept whole; the relative clause …之 modifies only the last conjunct 事業 and cannot be cut out contiguously; 除 in 清除處理 is no cue'),
        ('shall_not', '機關[不得]限制', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    90: [
        ('shall', '人[應]於', '申請人', '', '', '須取得許可者 is a cue inside a condition (and 取得 false friend) -> not labelled'),
        ('may', '[始得]為之', '', '', '申請人',
         'hard: 始得為之 is the applicant\'s act after 由該管主管機關…審查許可 (由 here is the agent of 審查, not of 為之); bearer carried'),
    ],
    91: [
        ('shall_not', '[不得]少於', '', '', '', 'PH of the product (thing); lead-in 螢光抗體須符合 is a thing too'),
    ],
    92: [
        ('shall', '商[應]揭露', '證券商', '', '', '應收帳款 is a false friend'),
    ],
    93: [
        ('shall', '，[應]依規定', '', '', '', 'topic 本基金, no bearer'),
    ],
    94: [
        ('shall_not', '[不予]續聘', '', '', '', 'no bearer named in the article (考核 is passive)'),
    ],
    95: [
        ('exception', '[不在此限]', '', '', '', 'exception to the lead-in 應實施環境影響評估'),
    ],
    96: [
        ('shall', '，[應]提撥', '', '', '', 'topic 使用價金 is money, no bearer'),
        ('shall_not', '依法[不得]解繳', '', '', '', '非依法 is a condition; 準用 is no cue'),
    ],
    97: [
        ('may', '人選[得]另行', '', '', '',
         'hard: 得 sits inside 除…外, but it does not restate another rule, it is the only grant of this permission -> labelled as may; the main clause 悉以退除役官兵充任之 has no cue so 除 is not labelled as exception'),
    ],
    98: [
        ('shall', '者，[應]於', '^[長照機構]', '', '', '由政府機關（構）設立者 is a condition'),
        ('shall', '者，[應]冠以', '', '', '長照機構', 'clause subject is the headless condition 由民間設立者; 長照機構 carried from the same sentence'),
    ],
    99: [
        ('may', '[得]免', '', '', '省 (市)',
         'hard: 已參加…者 is a headless condition; the 省 (市) (games run by its 教育廳 (局)) carried from paragraph 1'),
    ],
    100: [],  # 禁止 is attributive inside the condition (法令禁止輸出之貨物); penalty stated as a fact (依各該法令處罰), no cue; 負責人 is not 負…義務
    101: [
        ('shall_not', '[不得]承受', '^[私法人]', '', '', '取得 false friend'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    102: [
        ('may', '人[得]於', '得標人', '', '', '得標人 is a false friend'),
        ('shall_not', '[不予]受理', '', '', '登記機關', 'receiving agency carried from 向登記機關申請 in the same provision'),
    ],
    103: [],  # 取得 false friend; list item of the 免予查驗 list (免予 is no cue)
    104: [],  # 免予收取: 免予 is a false friend / no cue (exemption from a fee); 核子反應器 = 反應 false friend
    105: [],  # 心得 false friend; qualification list item
    106: [],  # definition (指…); 供應 false friend
    107: [
        ('shall', '均[應]特別', '各主管機關', '', '', '均 is an adverb, excluded'),
        ('shall', '，[應]由國家', '國家銀行', '', '', 'bearer = agent after 由'),
        ('may', '時[得]由', '政府', '', '', 'bearer = agent after 由; 供應 false friend'),
    ],
    108: [
        ('shall', '，[應]儘量', '', '', '',
         '依法得不經拍賣程序賣卻者 = 得 inside a condition -> not labelled; 所得 ×2 false friends; no bearer named'),
    ],
    109: [
        ('shall', '[須]領有', '', '', '申請汽車駕駛執照考驗者',
         'hard: 應考 is a false friend (應考人); the 者-phrase 應考聯結車普通駕駛執照者 is treated as a condition (the class of applicants), bearer carried from lead-in'),
    ],
    110: [
        ('shall_not', '[不得]低於', '', '', '', 'topic 時薪或所得報酬 (thing); 所得 false friend'),
    ],
    111: [
        ('shall', '貨品，[應]先向', '', '', '',
         '應取得…之戰略性高科技貨品 is attributive -> not labelled; no bearer in lead-in (貨品輸入園區，依下列規定辦理)'),
    ],
    112: [],  # 得標者 false friend; 得標者應自建之核心網路元件 is attributive (應…之 inside a NP) per guide
    113: [
        ('shall', '[應]依重要性', '', '', '記帳士、記帳及報稅代理人',
         'carried from lead-in; 獲得, 得知 false friends; 並於…進行審查 has no second cue'),
    ],
    114: [],  # 對應經其審核…之文件: 應 is attributive inside a NP; 有…之權 is no cue
    115: [],  # definition of 應收承兌票款; 應收 false friend and 應於…收取之支票款項 attributive
    116: [],  # 無須 = no duty (false friend)
    117: [
        ('shall', '年限，[應]依', '', '', '公路經營業',
         'hard: topic 年限 is a thing; 公路經營業 appears only inside the NP modifier and is the one who 擬訂/報請 -> carried. 應收回費用 is attributive; 即停止收費…移交 has no cue'),
    ],
    118: [
        ('may', '[得]免再', '', '', '稽徵機關',
         '稽徵機關 appears only inside the condition 如經稽徵機關查明…者 -> carried; 所得/取得 false friends; 應扣繳稅款 attributive'),
        ('shall', '仍[應]依法', '', '', '稽徵機關', ''),
    ],
    119: [
        ('shall', '[應]先取得', '', '', '受款人或執票人', '已向法院聲請…者 is a condition; carried from lead-in'),
    ],
    120: [
        ('shall', '機關[應]就', '稽徵機關', '', '', '所得額, 應納稅額 false friends'),
        ('shall_not', '[不得]減除', '', '', '稽徵機關', 'topic 扣繳稅款 (thing); the deducting agency carried from the same provision; 減除 is not 除…外'),
    ],
}
