# Hand labels for fresh7-unlabelled.tsv (seed 20261203), written by reading each text and,
# where needed for `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).

LABELS = {
    1: [
        ('shall', '[應]繕造出航', '船籍公司', '', '',
         '…者 (crew sailing > 90 days) is a circumstance; 回航時繕造 (second sentence) has no cue of its own'),
        ('shall', '[應]重新', '船籍公司', '', '', 'bearer written again in the third sentence'),
    ],
    2: [],  # 反應 false friend; item of a list of duties (lead-in 受監控人…應遵守下列事項) with no cue of its own
    3: [
        ('shall', '[應]經', '', '', '發行機構',
         'subject is a circumstance (營業執照所載事項有變更者); 發行機構, who applies, named only in its modifier; 並申請 shares the 應'),
    ],
    4: [],  # 得獎者 / 得獎資格 / 領得 false friends; 取消…追繳 has no cue
    5: [
        ('may', '並[得]分科', '本局', '', '', 'same sentence: 本局 is the subject'),
    ],
    6: [
        ('may', '[得]予註銷', '檢驗機關（構）', '', '', '取得 false friend; 報驗義務人 is not 負…義務'),
    ],
    7: [
        ('shall', '[應]連同', '管理委員會', '', '',
         'hard: 應…由管理委員會保存: agent after 由 within the scope of the 應; 會議紀錄 is the topic'),
    ],
    8: [
        ('shall', '[應]向', '船舶所有人', '', '', '由該機關核發 has no cue'),
    ],
    9: [
        ('shall', '[應]由', '借用機關', '', '', '應由X: agent after 由; 交由…申請 shares the 應'),
    ],
    10: [
        ('shall_not', '[不予]許可', '', '', '',
         'the competent authority is not named here; paragraph right before (第2項) names only 申請人'),
    ],
    11: [],  # 應行審計事項: attributive (jurisdiction item)
    12: [
        ('shall', '[應]加強', '', '', '主管機關',
         '應施檢驗品目 is attributive, inside the …者 condition; lead-in 主管機關查驗肥料，應注意下列事項'),
    ],
    13: [
        ('shall', '主管機關[應]於', '主管機關', '', '', '並踐行 shares the 應'),
        ('shall', '並[應]於', '理事會', '', '', 'after ；: 理事會 written again (並 adverb)'),
    ],
    14: [
        ('may', '[得]依', '主管稽徵機關', '', '', '但…得 is a may; first sentence (計算) has no cue'),
    ],
    15: [
        ('shall', '[應]加強', '直轄市或縣（市）政府', '', '', ''),
        ('may', '並[得]併同', '直轄市或縣（市）政府', '', '', 'after ；, 並得: same written bearer'),
    ],
    16: [
        ('shall', '仍[應]以', '', '', '', 'the deciding authority is not named'),
    ],
    17: [
        ('shall', '[應]於會計', '發行機構', '', '', '編製 / 申報及公告 share the 應'),
    ],
    18: [],  # 應記載事項: attributive, inside the …者 item
    19: [
        ('shall', '文件[應]於', '', '', '', 'topic (文件); the applicant is not named; 交付 shares the 應'),
        ('shall_not', '[不予]受理登記', '', '', '受理登記機關',
         'hard: 文件不齊者 is a circumstance; the refusing body is the 受理登記機關 named in the sentence before'),
        ('shall', '[應]於登記截止', '', '', '', '其需增補資料者 is a circumstance; the applicant (其) is not named'),
        ('shall_not', '逾期[不予]受理', '', '', '受理登記機關', 'same refusing body'),
    ],
    20: [
        ('may', '核准，[得]視為', '', '', '',
         'hard: 得視為 (may be deemed) read as a may; topic (職務); 為應…需要: 應 = meet (false friend)'),
        ('may', '副首長，[得]視為', '', '', '', 'topic (the two posts)'),
    ],
    21: [
        ('shall', '[應]依', '', '', '科技工業機構',
         'subject is the items (topic, 選定之); the selecting 科技工業機構 is named in its modifier'),
    ],
    22: [
        ('may', '[得]在', '^[外國人]', '外國人領有中華民國醫師證書者', '',
         'N + …者 phrase: head as bearer, phrase as bearer_full'),
    ],
    23: [
        ('may', '[得]附具', '原移送機關', '', '',
         'hard: 滯納案件 read as topic (撤回之 = the case), 原移送機關 as the bearer'),
    ],
    24: [],  # 得以採認之國外大學: attributive; qualification item
    25: [],  # 取得 false friend
    26: [
        ('shall', '[應]予', '雇主', '', '', ''),
    ],
    27: [],  # 應受停止親權人: attributive (the person to be subjected)
    28: [
        ('shall', '[應]併計', '', '', '直轄市、縣（市）主管機關',
         '應支付之金額 attributive; 命向被害人支付 no cue; lead-in: the authority computes the amount'),
    ],
    29: [
        ('may', '[得]準用', '', '', '', 'topic (員額); the second sentence (比照…聘任) has no cue'),
    ],
    30: [
        ('shall', '[應]參加', '技工、工友', '農會僱用之技工、工友', '', 'modifier ending in 之 to bearer_full'),
        ('shall', '農會[應]於', '農會', '', '', 'second sentence, bearer written again'),
    ],
    31: [
        ('shall_not', '[不得]超過', '', '', '',
         'hard: a quota (upper limit of branches per year); 銀行 names the category counted, read as topic'),
    ],
    32: [
        ('may', '[得]與', '園管局', '', '', ''),
    ],
    33: [
        ('may', '[得]依約', '本部或所屬機關', '', '', ''),
        ('may', '並[得]要求', '本部或所屬機關', '', '', 'same sentence, 並得: same bearer'),
    ],
    34: [
        ('shall', '[應]依', '所有人、使用人或管理人', '古蹟之所有人、使用人或管理人', '',
         'modifier ending in 之 to bearer_full'),
    ],
    35: [
        ('shall_not', '[不得]通過', '', '', '礦場',
         'thing (索道); lead-in 礦場設置架空索道時，應遵守下列規定 (subject of the …時 clause, who acts)'),
    ],
    36: [
        ('shall', '系統，[應]具備', '', '', '', 'thing (管路系統)'),
        ('shall', '其功能[應]具備', '', '', '', 'thing (其功能); 核子反應器 in the law name only'),
    ],
    37: [
        ('shall', '[應]將', '機關', '異動前辦理事務所在之機關', '',
         'modifier ending in 之 to bearer_full; 受評人…時 is a condition'),
    ],
    38: [
        ('shall_not', '[不得]洩漏', '', '', '審查醫藥專家',
         'lead-in 辦理審查業務，審查醫藥專家應…遵守下列事項'),
    ],
    39: [
        ('may', '[得]依', '直轄市或縣（市）地政機關', '', '', '商同 / 為…規定 share the 得'),
    ],
    40: [
        ('shall', '[應]由', '法規主管單位', '', '',
         'agent after 由; the 行政院或立法院 clause is a condition'),
        ('may', '並[得]邀', '法規主管單位', '', '', 'same sentence, 並得: same bearer'),
    ],
    41: [
        ('shall', '[應]按日', '各事業部門', '', '', 'in a parenthesis (not 「」), still an operative duty'),
    ],
    42: [
        ('shall', '[應]依', '', '', '', 'topic (損益之計算及表達)'),
    ],
    43: [
        ('shall', '[應]向', '災害防救團體或災害防救志願組織',
         '依本法協助執行災害應變措施之災害防救團體或災害防救志願組織', '',
         'modifier ending in 之 to bearer_full; 應變 false friend; 由內政部定之 has no cue'),
    ],
    44: [
        ('may', '仍[得]主張', '', '', '', '如有優先權者 is a circumstance; the applicant is not named'),
    ],
    45: [
        ('may', '[得]依', '', '', '', 'the purchase (以社區公共基金價購…) is the topic; who acts is not named'),
    ],
    46: [
        ('shall', '[應]受', '', '', '', 'thing (放射性物質)'),
    ],
    47: [
        ('shall', '[應]避免', '', '', '', 'thing (財產帳及財產卡)'),
    ],
    48: [
        ('may', '[得]於', '^[業者]', '業者於投資前搭乘飛機以外之交通工具前往邦交國考察者', '',
         'N + …者 phrase'),
    ],
    49: [
        ('may', '[得]使用', '', '', '',
         'thing (設備); 經設計者確認 is inside its modifier; 並視…依下列規定辦理 shares the 得'),
    ],
    50: [
        ('shall', '[應]使用', '雇主', '', '', ''),
        ('shall_not', '[不得]有', '', '', '雇主',
         'thing (該孔) after 且; the employer who drills is named in the same sentence'),
    ],
    51: [
        ('shall', '[應]再行', '^[檢察官、檢察事務官、司法警察官或司法警察]', '', '',
         'subject of the condition clause, who acts; 依第二項但書禁止辯護人在場 restates a power inside the condition: not labelled'),
    ],
    52: [
        ('may', '期間[得]申請', '', '', '承租人',
         'topic (承租人承租之耕地); 承租人, who applies, named in its modifier'),
        ('may', '並[得]申請', '', '', '承租人', '經…核定增劃編者 is a circumstance; 免繳 has no cue'),
    ],
    53: [
        ('may', '[得]續僱', '', '', '',
         'the employee is the one re-employed, not the bearer; the employing court is not named (paragraph before neither)'),
    ],
    54: [],  # definition; 取得 false friend
    55: [
        ('may', '[得]不經', '保險人', '', '',
         'hard: 得不經…，由保險人暫予收載: one may, agent after 由 within its scope'),
    ],
    56: [
        ('shall', '[應]設置', '液化石油氣分裝場及販賣場所', '', '', 'places as the regulated unit (cf. 公私場所)'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    57: [
        ('shall', '[應]檢具', '申請承購、承租住宅者', '', '', 'agent …者 phrase without head noun kept whole'),
    ],
    58: [
        ('may', '[得]連任', '本會委員', '', '',
         'hard: 本會委員 read as the topic-subject of the sentence (who serves another term)'),
    ],
    59: [
        ('may', '[得]由', '各該主管機關', '', '', 'agent after 由; 採認…者 is a circumstance'),
    ],
    60: [
        ('shall', '[應]依醫囑', '', '', '', 'topic (拘束身體或限制行動自由)'),
        ('shall', '並[應]於', '醫師', '', '', ''),
    ],
    61: [
        ('shall', '[應]通知申請者', '審核機關', '', '', ''),
        ('shall', '並[應]於', '審核機關', '', '', 'same sentence, 並應: same bearer'),
        ('may', '[得]再延長', '審核機關', '', '', 'after ；: same written bearer'),
        ('shall', '者，[應]於完成', '', '', '審核機關', 'across 。: carried; 經審查符合規定者 is a circumstance'),
    ],
    62: [
        ('may', '[得]增減', '', '', '', 'topic (委員會議)'),
    ],
    63: [
        ('may', '並[得]保留', '外國僑民學校', '', '',
         'hard: 外國僑民學校 is the possessor-topic (招生對象 of the school); the school reserves places'),
    ],
    64: [
        ('shall', '[應]包括', '化粧品批發零售業者', '', '',
         'hard: 化粧品批發零售業者，訂定…之措施，應包括: the business, which sets the measures, read as bearer (the measures are the thing)'),
    ],
    65: [
        ('may', '[得]委任', '中央或地方主管機關', '', '', '並擔任 shares the 得'),
    ],
    66: [
        ('shall_not', '海關[應]不予', '海關', '', '', '應不予 is one shall_not, cue at 應'),
        ('shall', '承攬業[應]依限', '承攬業', '', '', '或由海關公告註銷 is an alternative within the same 應'),
    ],
    67: [
        ('shall', '[應]以公開', '中央主管機關', '', '', '並訂立 shares the 應'),
        ('shall', '[應]載明', '', '', '', 'thing (契約內容)'),
    ],
    68: [
        ('may', '[得]暫行', '', '', '', 'topic (工業用水); the 管理處 is not named'),
    ],
    69: [
        ('may', '[始得]',
         '依第四條規定調任視為同一職組之其他職組職系職務人員及依第五條至第八條規定取得現任職務之職系專長人員', '', '',
         'hard: coordinated alternatives kept whole (the 之 modifiers are inside each conjunct); 取得 false friend'),
    ],
    70: [
        ('shall_not', '[不得]為', '', '', '同業公會',
         '有下列情事之一者 is a circumstance; paragraph before: registration is made with 同業公會'),
        ('shall', '[應]予撤銷', '', '', '同業公會', 'after ；; same registering body'),
    ],
    71: [
        ('shall', '[應]遵循', '機構、團體', '經認可之機構、團體', '', 'modifier ending in 之 to bearer_full'),
    ],
    72: [
        ('may', '[得]按次', '主管機關', '', '',
         '仍不予改善 is inside the …者 condition (restates the failure): not labelled'),
        ('may', '並[得]解除', '主管機關', '', '', 'after ；, 並得: same written bearer'),
    ],
    73: [
        ('shall', '[應]以', '', '', '', 'the plaintiff is not named; 起訴 is the topic'),
    ],
    74: [
        ('shall', '[應]高出', '', '', '', 'thing (視線); 如必須建造高覘標時 is a condition, its 必須 not labelled'),
        ('shall', '[須]按', '', '', '', 'thing (視線)'),
    ],
    75: [
        ('shall', '[應]限期', '主管機關', '', '', 'subject inside the …時 clause, who acts'),
    ],
    76: [
        ('may', '[得]合併', '', '', '', 'the operator is not named; 運作過程…者 is a circumstance'),
    ],
    77: [
        ('shall', '[應]以', '', '', '', 'thing (目錄前一頁); the quoted text has no cue'),
    ],
    78: [],  # definition; 應繳納專利年費之期間 attributive
    79: [
        ('shall', '[應]於', '信用評等事業',
         '本規則中華民國一百零四年十二月三十一日修正施行前已完成設立登記之信用評等事業', '',
         'modifier ending in 之 to bearer_full; 並報 shares the 應'),
    ],
    80: [
        ('may', '[得]提', '', '', '公司',
         'lead-in 公司對於下列事項應提董事會討論; 但…得 is a may, not an exception'),
    ],
    81: [
        ('may', '[得]結束', '', '', '',
         'the victims are those whose placement ends; the placement provider is not named; 並視情形提供 shares the 得'),
    ],
    82: [
        ('shall', '[應]符合', '保險業', '', '', 'subject inside the …時 clause'),
    ],
    83: [
        ('shall', '[應]更新', '', '', '', 'the court is not named; 大法官有變更者 is a circumstance'),
    ],
    84: [
        ('shall', '[應]按', '', '', '', 'topic (保險年資)'),
    ],
    85: [
        ('may', '[得]向', '直轄市或縣（市）主管機關', '', '', ''),
    ],
    86: [
        ('shall', '每週[應]至少', '學校', '', '', '並予記錄 shares the 應'),
        ('shall', '紀錄[應]保存', '', '', '學校', 'after ；: thing (其紀錄), 其 = the school'),
    ],
    87: [
        ('may', '並[得]分科', '本局', '', '', 'same sentence: 本局 is the subject'),
    ],
    88: [
        ('shall', '[應]就', '主管機關', '', '', ''),
    ],
    89: [
        ('shall', '[應]由', '各主管機關', '', '', '應由X: agent after 由; 各基金投資其他事業 is the topic'),
    ],
    90: [
        ('shall', '[應]依', '本部', '', '',
         'hard: 應依…，由本部…繳交: agent after 由 within the scope of the 應; 執行單位之研發成果收入 is the topic'),
    ],
    91: [
        ('shall', '[應]編列', '主管機關', '', '', ''),
        ('exception', '[不受]', '', '', '',
         'hard: 不受廣播電視法第五條規定之限制 read as an exception (= 不適用 that provision)'),
    ],
    92: [
        ('shall', '[應]出示', '查驗人員', '', '', ''),
    ],
    93: [
        ('exception', '[不適用]', '', '', '', '應回收 only in the law name'),
    ],
    94: [
        ('shall', '[應]視需要', '', '', '', 'no bearer written; lead-in 排泥管及排出口之規定如下'),
    ],
    95: [
        ('shall', '[應]負', '保險人', '', '', '道德上之義務 is not 負…義務; 應負 is one cue at 應'),
    ],
    96: [
        ('shall', '[應]就', '經營者', '', '', '訂定 / 報請 / 備置 share the 應; 亦同 has no cue'),
    ],
    97: [
        ('may', '[得]先以', '', '', '', 'thing (脂肪物質); the sender is not named'),
    ],
    98: [
        ('shall', '之一者，[應]經', '', '', '',
         'the teacher is the one dismissed, not the bearer; the school is not named'),
        ('shall', '形者，[應]經', '', '', '', 'after ；; same'),
    ],
    99: [
        ('shall', '[應]隨時', '', '', '', 'topic (案件); the court is not named'),
        ('shall', '[應]即', '', '', '', '其已消滅者 is a circumstance'),
    ],
    100: [
        ('shall', '[應]依', '', '', '',
         '須辦理徵收 is inside the …者 condition: not labelled; 需用土地人 not named here'),
    ],
    101: [
        ('shall', '[應]由', '農田水利會', '', '', '應由X: agent after 由; 應用 false friend'),
        ('shall', '[應]刊印', '', '', '農田水利會', 'across 。: thing (選舉票上); the printer is carried'),
    ],
    102: [
        ('may', '者[得]向', '取得審驗證明者', '', '', 'agent …者 phrase without head noun kept whole; 取得 verb'),
        ('shall_not', '[不得]申請', '', '', '取得審驗證明者',
         '驗證機關（構）辦理…期間 is a condition; across 。 carried; 但…不得 is a shall_not, not an exception'),
    ],
    103: [
        ('shall', '每年[應]公告', '中央主管機關', '', '', '支應 false friend; 應公告獎勵之額度: 應 governs 公告'),
    ],
    104: [],  # 應收票據 / 應收 false friends
    105: [
        ('may', '[得]檢具',
         '少年保護官、負責安置輔導之福利、教養機構、醫療機構、執行過渡性教育措施或其他適當措施之處所、少年之法定代理人或現在保護少年之人',
         '', '', 'coordinated alternatives kept whole; 應遵守之事項 (twice) attributive; 聲請 shares the 得'),
        ('shall', '[應]執行至', '', '', '', '其所餘之期間不滿六月者 is a circumstance; executing body not named'),
    ],
    106: [
        ('shall', '[應]符合', '衛星頻道節目供應事業', '', '', '供應 inside the name (false friend)'),
    ],
    107: [
        ('shall', '[應]依', '', '', '',
         'topic (電影片); 須往國外者 is inside the condition: not labelled; 所得 false friend'),
    ],
    108: [],  # 獲得 false friend
    109: [],  # 反應 false friend; no cue
    110: [],  # 供應 false friend
    111: [],  # 取得 false friend
    112: [
        ('may', '中心[得]與', '前項中心', '', '',
         'hard: the centre (an institution) taken as bearer as written; reference without 之 stays'),
        ('shall', '並[應]配置', '前項中心', '', '', 'same sentence, 並應: same bearer; 由…定之 has no cue'),
    ],
    113: [
        ('may', '[得]併同', '公私場所', '', '', ''),
    ],
    114: [
        ('shall', '[應]依規定', '公司或有限合夥事業', '適用前項規定之公司或有限合夥事業', '',
         'modifier ending in 之 to bearer_full; 所得稅法 false friend; 並檢附 shares the 應'),
    ],
    115: [
        ('shall', '[應]予檢驗', '', '', '', 'thing (原料); lead-in 前條樣品，應依下列原則檢驗之 names no bearer'),
        ('exception', '[除]鑑別', '', '', '', '除…外 carves identity tests out of the 得 of the same sentence'),
        ('may', '[得]視', '', '', '', '但…得 is a may; 供應商 false friend; 酌予 is not 不予'),
    ],
    116: [
        ('shall', '[應]依', '', '', '各基金',
         'topic (計畫); lead-in 各基金…並應分別擬具計畫; cue inside 「」 none'),
    ],
    117: [],  # 所得 false friend; 沒收之 / 追徵 have no cue
    118: [
        ('shall', '[應]保障', '政府', '', '', '提供 / 輔導 / 健全 / 保障 share the 應; 取得 false friend'),
    ],
    119: [
        ('may', '[得]不辦理', '所有人', '執照之所有人', '',
         '須電臺執照之 attributive; 需繼續使用者 condition; 得不 = may refrain; leading 其 dropped'),
        ('shall', '前，[應]指派', '所有人', '執照之所有人', '', 'same sentence: same bearer; 取得 false friend; 並報請 shares the 應'),
        ('may', '主管機關[得]不定期', '主管機關', '', '', 'new subject'),
    ],
    120: [
        ('shall', '[應]訂定', '非公務機關', '', '', '因應 / 應變 false friends'),
    ],
}
