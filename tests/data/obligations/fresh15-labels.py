# Hand labels for fresh15-unlabelled.tsv (sample.py seed 662607, 100 with a cue + 20 false-friend),
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
# Provisions 1-60 by reader a (labels-a.py), 61-120 by reader b (labels-b.py), both blind; merged unchanged.
LABELS = {
    1: [
        ('shall', '時，[應]依最大', '', '', '', '應力值 x3 false friend; subject clause is a condition (時), no bearer written'),
    ],
    2: [],  # 取得 false friend; no cue
    3: [],  # 其他應遵行事項之辦法 attributive; 由主管機關定之 has no cue
    4: [
        ('shall', '管理人[應]登記', '管理人', '', '', 'hard: 其管理人應登記為資安科技中心 (quasi-passive); subject role noun kept as bearer, 公有財產 is the topic'),
    ],
    5: [
        ('shall', '帳號，[應]由', '由[虛擬通貨平台及交易業務之事業]先予', '', '', 'agent after 由; 虛擬通貨平台及交易業務之事業 is the fixed statutory name (not a relative clause); 逕予 no cue'),
    ],
    6: [
        ('shall', '外文[應]附', '', '', '申請人', 'parenthetical duty; 外文 is a thing; lead-in 申請人…應自行檢具下列文件'),
    ],
    7: [
        ('shall', '者，[應]自事實', '^[醫療器材商]', '', '', '…者 clause is a condition on the head 醫療器材商'),
    ],
    8: [
        ('shall', '剩餘[應]即予', '', '', '', '應即 = one cue; subject is a thing (標示材料)'),
        ('shall', '未印者，[應]予', '', '', '', '其他未印者 = things'),
    ],
    9: [
        ('shall', '警察機關[應]予', '警察機關', '', '', '並準用…製作…送達 continues the same 應; 準用 no cue'),
    ],
    10: [
        ('may', '人，[得]提經', '', '', '', 'no actor written (漁會 implied only via 漁會改選 time clause)'),
        ('shall_not', '內，[不得]為之', '', '', '', '但…不得為之 is a prohibition, not 不在此限; 漁會改選前六個月內 is a time adverbial'),
    ],
    11: [
        ('shall', '異議，[應]依', '', '', '雙方', 'hard: 如有異議 parallels 雙方…無異議時; carried 雙方; 由地區憲兵單位主動辦理 has no cue'),
    ],
    12: [
        ('may', '者，[得]申請退休', '^[本公司從業人員]', '', '', '本公司 = fixed modifier; 在本公司連續工作五年以上/有下列情形之一者 = conditions'),
    ],
    13: [
        ('may', '經濟部[得]委託', '經濟部', '', '', '輸入配額之核配及管理 is the topic'),
    ],
    14: [
        ('shall_not', '最長[不得]超過', '', '', '旅館業', 'topic (期間) is not a bearer; previous paragraph carries 旅館業'),
        ('may', '者，[得]向地方', '', '', '旅館業', '其有正當理由者 = condition'),
        ('shall', '並[應]於期間', '', '', '旅館業', ''),
    ],
    15: [
        ('shall', '工廠[應]依前條', '^[再利用工廠]', '', '', ''),
    ],
    16: [
        ('shall', '據，[應]經主辦', '', '', '', 'thing subject (收款收據); 經 is not 由, so 主辦會計人員 not bearer'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    17: [],  # 緊急應變小組: 應變 false friend
    18: [
        ('shall', '路，[應]於向', '^[得標者]', '', '', '得標者 (false friend 得標) is the subject of 應'),
    ],
    19: [
        ('shall', '機關[應]核發', '中央主管機關', '', '', ''),
    ],
    20: [
        ('shall', '者，[應]提供', '', '', '', 'hard: no bearer written; lead-in subject 主管機關 governs 得提供 to the public, but 但經主管機關核准者 suggests the insurer is the actor, so nothing carried'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    21: [
        ('may', '時，[得]提供', '^[檢察官、警察機關或直轄市、縣（市）主管機關]', '', '', 'subject of the 聲請…時 clause is the same actor; 陳明需命禁止… is content of the 得 (禁止 is the content of the requested order, 需 inside relative clause)'),
    ],
    22: [],  # 得有名次: 得 = obtain, false friend
    23: [],  # 可 no cue; 應量測之像點 and 需用之點 attributive
    24: [],  # 應保存文件 attributive; 但…依其規定 is no listed cue
    25: [
        ('shall', '主管機關[應]於', '主管機關', '', '', ''),
    ],
    26: [
        ('shall', '工友[應]繳驗', '工友', '新僱之工友', '', '並填繳 continues the same 應'),
    ],
    27: [
        ('shall', '主管機關[應]於', '主管機關', '', '', '應分配之面積 attributive (inside condition); 逾期未領取者…存入 no cue'),
    ],
    28: [
        ('shall', '，[應]連同', '', '', '醫院', 'topic 第一項申請; carried from para 1 (醫院申請…) which 第一項 refers to'),
    ],
    29: [
        ('shall', '者，[應]將', '', '', '本部', '認有理由者 = condition; lead-in 本部收受前項書面後…依下列規定辦理'),
    ],
    30: [
        ('exception', '[不適用]於', '', '', '', 'hard: scope exclusion of the term 高壓氣體 (definition of para 1) -> exception'),
    ],
    31: [],  # 應依…辦理之採購 attributive; 從其規定 no cue
    32: [
        ('shall', '者，[應]依其', '規定[申請消防設備人員證書者]', '依本法第四條規定申請消防設備人員證書者', '', '…者 phrase names the applicant'),
    ],
    33: [
        ('shall', '內涵[應]參照', '', '', '', 'hard: interpretive directive (its content shall refer to the covenants); thing subject, no bearer'),
    ],
    34: [],  # 應予沒入之違禁品 attributive
    35: [
        ('may', '產局[得]隨時', '財政部國有財產局', '', '', '有左列情形之一者 = condition'),
    ],
    36: [
        ('shall', '機關[應]通知', '該管主管機關', '', '', ''),
        ('shall', '用者[應]於期限', '供自行使用者', '', '', 'second 供自行使用者 (subject of the second clause); 並以書面…報請 continues the same 應'),
    ],
    37: [],  # definition; 取得 false friend
    38: [],  # definition; 所得 false friend; 應納之…稅額 attributive
    39: [],  # hard: 其投資項目應符合下列原則之一者 is inside the definition (…指…者), not a duty
    40: [
        ('shall_not', '者，[不得]充任', '^[有下列情事之一者]', '', '', 'hard: the …者 phrase is the subject naming the persons; 當然解任 no cue'),
    ],
    41: [
        ('shall', '方案[應]明定', '', '', '經營者', 'thing subject (品質保證方案); para 1 經營者應建立品質保證方案'),
    ],
    42: [
        ('shall_not', '者，[不得]裝設', '', '', '', '門 is a thing; 需要 no cue'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    43: [
        ('shall', '事會[應]就', '董（理）事會', '', '', 'one 應 governs 作成…附具…提出'),
    ],
    44: [
        ('shall', '媒體，[應]加強', '^[廣播電視及其他大眾傳播媒體]', '', '', 'coordinated whole; 其辦法由…定之 no cue'),
    ],
    45: [
        ('shall', '，[應]以其', '', '', '', '應收帳款/應收票據 false friends; topic 估價, no bearer'),
    ],
    46: [
        ('shall', '者，[應]先報請', '^[經營者]', '', '', '委託他人…者 = condition on 經營者'),
        ('shall', '時[應]由', '[電信設備機房員工]全程', '', '', 'agent after 由; 並將…記錄之 continues this 應'),
        ('shall', '檔[應]至少', '', '', '經營者', 'thing subject (紀錄檔); same provision carries 經營者'),
    ],
    47: [
        ('shall', '時，[應]通知', '^[交通部]', '', '', 'subject of the …時 clause is the actor'),
    ],
    48: [
        ('exception', '[不適用]之', '', '', '', ''),
    ],
    49: [
        ('shall', '會議[應]依', '^[會議]', '', '', 'hard: 會議 (the deliberative meeting of the 健保會) treated as a body acting; one 應 governs 作成/載明/公開'),
    ],
    50: [
        ('may', '人[得]記載', '發行人或總代理人', '', '', '應記載事項 attributive'),
    ],
    51: [
        ('shall', '凝集[須]為', '', '', '', 'thing subject; lead-in 被檢…疫苗須符合 carries no person'),
    ],
    52: [
        ('shall', '物質，[應]於更換前', '設施經營者', '', '', '並於更換後… continues the same 應; 領有使用許可證…之放射性物質 is the topic'),
    ],
    53: [
        ('shall_not', '附近[不得]攜帶', '', '', '', 'place topic; lead-in 裝載爆炸物依下列規定 has no bearer'),
        ('shall_not', '並[不得]穿著', '', '', '', ''),
    ],
    54: [
        ('shall', '在國外作成者，[應]經', '', '', '當事人之代理人', 'thing subject (委任書); para 2 當事人之代理人應…提出委任書'),
        ('shall', '構者，[應]經', '', '', '當事人之代理人', ''),
    ],
    55: [
        ('shall', '定，[應]於召開', '', '', '籌備會', 'hard: carried from para 1 (籌備會之任務如左) that 第一項第三至第六款 refers to'),
    ],
    56: [
        ('may', '者，[得]於原職務', '[已擔任證券投資顧問事業總經理者]，', '', '', '…者 phrase names the person; 不受前項規定之限制 is not a listed exception cue'),
    ],
    57: [
        ('may', '者，[得]申請', '^[具下列資歷之一並經中央主管機關訓練及格者]', '', '', '…者 phrase is the subject naming the person'),
    ],
    58: [
        ('may', '團體[得]依據', '^[中華民國之國民、法人或團體]', '', '', 'coordinated whole; 中華民國之 = possessive name modifier, kept'),
    ],
    59: [
        ('may', '機關[得]視', '主管機關', '', '', ''),
    ],
    60: [
        ('may', '者，[得]申請', '^[退休人員]', '', '', 'long 者 condition on 退休人員; 由受理優惠存款機構逕自…扣抵 inside the condition'),
        ('shall', '時，[應]予暫停', '', '', '受理優惠存款機構', 'hard: 應予暫停 is passive-like; 退休人員 is the subject of the 時 condition, not the actor; the suspending party is the deposit institution named in the same provision'),
    ],
    61: [
        ('exception', '，[除]有留存', '', '', '',
         '除有留存必要外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]於核驗', '', '', '受託單位',
         'subject is a thing (證明文件正本); 受託單位 appears only in 受託單位章戳 but is clearly the actor; 並以影本… shares the 應'),
    ],
    62: [
        ('shall', '時，[應]依國際', '', '', '雇主', 'lead-in: 雇主對於水上作業勞工…並應符合下列規定'),
    ],
    63: [
        ('may', '會[得]隨時', '申訴會', '', '', '亦同 is no cue'),
    ],
    64: [
        ('shall', '力[應]參照', '', '', '', 'subject is a thing (容許壓力); lead-in names no bearer'),
    ],
    65: [
        ('shall', '者，[應]繳驗', '三、[以公司、行號名義申請登記者]', '', '汽車所有人',
         '…者 phrase names the applicant; lead-in carries 汽車所有人'),
        ('shall', '並[應]提具', '三、[以公司、行號名義申請登記者]', '', '汽車所有人', 'same sentence, shared subject'),
        ('shall', '亦[應]提具', '三、[以公司、行號名義申請登記者]', '', '汽車所有人',
         '除應憑…外，亦應 is additive: the 應 inside 除…外 is not labelled, 除 is no exception; 如係…者 is a condition'),
        # 但…另繳驗… has no cue (no 應, no 不在此限): not a statement.
    ],
    66: [
        ('may', '人[得]檢附', '所定之[人]得', '前項各款所定之人', '', ''),
    ],
    67: [
        ('shall', '緣[應]設附牌', '', '', '', 'subject is a place on a sign (thing)'),
    ],
    68: [
        ('shall', '訴訟卷宗之調取，[應]經', '', '', '', 'topic 調取 is no bearer; 應經X簽章 is no 由-agent'),
        ('shall', '行政卷宗之調取，[應]經', '', '', '', 'same'),
    ],
    69: [
        ('shall', '[應]即停止', '', '', '檢察官、檢察事務官、司法警察官或司法警察',
         '應即 = one cue; previous paragraph names the actors'),
    ],
    70: [
        ('shall', '等，[應]依本條例', '', '', '各級地方政府',
         'clause subject is the topic 其土地計價…等; 各級地方政府 sits in the 時-clause'),
    ],
    71: [
        ('may', '者，[得]依國軍', '^[社員]', '社員所需股金無法自行籌措者', '', ''),
    ],
    72: [
        ('shall', '主管[應]至少', '第一項專責主管', '', '', ''),
        ('shall', '時，[應]即時', '第一項專責主管', '', '', 'same sentence, shared subject'),
    ],
    73: [
        ('shall', '時，[應]設作業', '', '', '', 'no subject written (礦場負責人 implied, not written)'),
        ('shall', '並[應]令作業', '', '', '', ''),
    ],
    74: [
        ('shall', '仍[應]予計收', '', '', '保險人', 'thing subject; previous paragraph: 保險人…暫行停止保險給付'),
    ],
    75: [
        ('shall', '關[應]輔導', '稽徵機關', '', '', '扣繳義務人 is a noun (no 負): no cue'),
    ],
    76: [
        ('may', '局[得]聘請', '本局', '', '', ''),
        ('may', '並[得]請有關', '本局', '', '', ''),
    ],
    77: [
        ('shall', '人[應]依原製造廠', '^[航空器所有人或使用人]', '', '', ''),
    ],
    78: [
        ('shall', '書，[應]記載', '', '', '', 'subject is a document (徵收計畫書); 應記載下列事項 is verbal here, not the attributive 應記載事項'),
    ],
    79: [
        ('shall', '前[應]照清冊', '', '', '', 'buyer not written'),
        ('may', '，[得]分三期', '', '', '', ''),
        ('shall', '每期[應]繳全部', '', '', '', 'modal: each installment shall pay one third'),
        ('shall_not', '時間[不得]中斷', '', '', '', 'topic 提貨時間; 應繳價 and 應繳之款 are attributive (amount due)'),
    ],
    80: [
        ('shall', '者[應]按月', '業者', '', '', ''),
    ],
    81: [
        ('shall_not', '例[不得]低於', '', '', '各主管機關',
         'topic (性別比例); previous paragraph: 各主管機關應組成審議小組'),
    ],
    82: [
        ('shall', '者[應]於主管', '^[經營者]', '', '', ''),
        ('shall', '者，[應]辦理', '^[經營者]', '', '', 'same sentence; 盤點結果如…者 is a condition'),
    ],
    83: [
        ('shall_not', '器[不得]設於', '', '', '', 'thing subject (探測器)'),
    ],
    84: [
        ('shall', '時，[應]保留', '', '', '', 'lead-in 土地合併之地號，應依下列規定編定 names no bearer'),
    ],
    85: [],  # 指定不得排放之水域: attributive inside a noun phrase
    86: [
        ('shall_not', '力[不得]超過', '', '', '', 'thing subject'),
    ],
    87: [
        ('shall', '用[應]以保險', '', '', '', 'thing subject; lead-in names no bearer (應計基礎, 應付費用 attributive)'),
    ],
    88: [
        ('shall', '，[應]核轉行政院主計處', '', '', '各主管機關', 'topic 計畫; lead-in 各主管機關…應審核…核轉'),
        ('shall', '並[應]核轉', '', '', '各主管機關', '但…免予辦理: 免予 is a false friend, no 不在此限'),
    ],
    89: [],  # definition item; 其得為電纜整體之一部分 is part of the definition (possibility), not a permission
    90: [
        ('shall', '貼，[應]於當選', '由[中央選舉委員會]核算', '', '', 'agent after 由; 並通知… shares the 應'),
    ],
    91: [
        ('shall', '後，[應]進行', '^[中央衛生主管機關]', '', '', ''),
        ('may', '時，[得]通知', '', '', '中央衛生主管機關', 'new sentence without written subject'),
    ],
    92: [],  # 應用 false friend
    93: [
        ('may', '統[得]指定', '總統', '', '', ''),
    ],
    94: [
        ('may', '者，[得]按左列', '', '', '各課、室',
         'subject is a thing (文件); 須經詳細審核磋商 is inside the condition (如案情複雜…者), not a statement'),
    ],
    95: [
        ('shall_not', '[不予]補助', '主管機關', '', '', ''),
        ('shall', '關[應]解除', '主管機關', '', '', '應返還之補助款 is attributive'),
    ],
    96: [
        ('may', '時，[得]邀請', '^[本會]', '', '', '本會 is the subject of the whole sentence'),
    ],
    97: [
        ('shall_not', '者，[不得]使用', '^[雇主]', '', '', ''),
    ],
    98: [
        ('may', '業，[得]在下列', '之[觀光產業]，', '公司組織之觀光產業', '', '應納營利事業所得稅額 attributive'),
        ('may', '時，[得]在以後', '之[觀光產業]，', '公司組織之觀光產業', '', 'same sentence (；), shared subject'),
    ],
    99: [
        ('shall', '者，[應]於事實', '', '', '', 'no bearer written (所有人 only in the next paragraph); 應變 false friend'),
    ],
    100: [
        ('may', '關[得]向法院', '[利害關係人或主管機關]得', '', '', ''),
    ],
    101: [
        ('may', '場，[得]予', '^[主管機關]', '', '', '取得 false friend'),
    ],
    102: [
        ('may', '費，[得]由中央', '', '', '中央主管機關',
         'agent after 由 is a fund (thing), not a bearer; the fund is the 中央主管機關\'s; 支應 false friend'),
    ],
    103: [
        ('shall_not', '員，[不得]假借', '^[前項人員]', '', '', '取得 false friend'),
    ],
    104: [],  # 應變 false friend
    105: [],  # 應變 false friend
    106: [],  # definition; 應用 false friend
    107: [],  # 取得 false friend
    108: [
        ('shall', '故，[應]訂定', '^[業者]', '', '', '因應, 應變 false friends'),
    ],
    109: [
        ('may', '僅[得]採計', '', '', '', '僅得 (only may) labelled may; thing subject; 應考資格 false friend'),
    ],
    110: [
        ('shall', '構[應]取得', '^[環境檢驗測定機構]', '', '', ''),
        ('may', '，[始得]辦理', '^[環境檢驗測定機構]', '', '', '應…後，始得 = two operators'),
    ],
    111: [
        ('shall', '構[應]督促', '貸款經辦機構', '', '', ''),
        ('shall', '者，[應]收回', '貸款經辦機構', '', '', 'same sentence, shared subject'),
        ('shall', '貼[應]繳還', '', '', '貸款經辦機構',
         'subject is a thing (利息差額補貼); 貸款經辦機構 only in its relative clause'),
    ],
    112: [
        ('shall', '驗[應]考慮', '', '', '',
         'second sentence of a definition item is a normative requirement; thing subject'),
    ],
    113: [
        ('shall', '前，[應]先取得', '^[農產品經營業者]', '', '', '所定應公開之生產資料 is attributive'),
    ],
    114: [
        ('shall', '入，[應]就其', '', '', '', 'thing subject; 所得 false friend'),
    ],
    115: [],  # definition, no cue
    116: [
        ('shall', '備，[應]維持', '^[礦場負責人]', '', '', '應變 false friend; 並定期實施 shares the 應'),
    ],
    117: [
        ('may', '者，[得]減半', '', '', '', 'thing subject (最小間隔); 因應 false friend'),
    ],
    118: [],  # 應變 false friend
    119: [
        ('exception', '，[除]經主管', '', '', '', ''),
        ('shall', '外，[應]於會計', '', '', '', 'thing subject (收益); 約定應分配收益 is attributive; 所得 false friend'),
        ('shall', '並[應]於證券', '', '', '', ''),
    ],
    120: [],  # enabling clause, no cue
}
