# Hand labels for /work/eval/s34/o31x/to_label.tsv (sample of session 34, o31x), provisions 1-60: reader x.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader x:
# - a second cue of the same sentence (並得, after ，/；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / 由X without a new cue is one statement.
# - a thing / topic subject (經費, 實收資本額, 新股, 火警分區, 申請, 計畫內容, 屠體) is no bearer; an entity inside the
#   之-modifier of the topic NP, a …時 clause subject before a new thing topic, the list lead-in (also the article
#   lead-in above a 款 heading) or the paragraph right before gives `carried` when it clearly names the actor.
# - 'N[condition]者' keeps N (phrase -> bearer_full); a headless agentive …者 phrase that is the only subject is kept
#   whole; 之-modifiers go to bearer_full; coordinated alternatives kept whole; the agent after 得由 is the bearer
#   (a fund after 應由 is not).
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 without 不在此限 is a
#   may; penalty 得併科 is a may without bearer; 僅得 is a may; a cue inside 除…外 is labelled only when it is the sole
#   source of the duty (no restatement).
# - not labelled: attributive 應具備之文書 / 所應指撥之, cues inside …者 conditions, definitions (…指…), 可 / 方可,
#   不受…限制, 不核給 (not a listed cue), false friends 應徵, 支應, 因應, 取得, 為應…需要 (= meet).
LABELS = {
    1: [
        ('exception', '[不在此限]', '', '', '',
         '但該清艙船原有舷梯…者，不在此限 excepts from the duty of the lead-in (雇主應依左列規定設置); the item itself (設置…扶梯) has no cue'),
    ],
    2: [
        ('shall', '，[應]依', '^[漁會]', '', '', 'list lead-in; 漁會 is the subject of 審查…資格 and of 應依'),
    ],
    3: [
        ('shall', '機關[應]依據', '^[中央主管機關]', '', '', 'one 應 governs 依據/衡酌/並參考/擬訂/報行政院核定'),
    ],
    4: [
        ('may', '時，[得]循', '^[漁港所在地漁會]', '', '',
         '所在地 without 之 kept as part of the name; 因…無法依前項規定辦理時 is a condition; 取得 false friend; 由主管機關提供 / 由投資人 clauses have no cue'),
    ],
    5: [],  # 應徵、召服役人員: 應徵 false friend (answer a call-up); 免試換發 / 換發 state facts, no operator
    6: [
        ('shall', '，[應]由', '', '', '農會',
         'thing subject (經費); 應由總用人費 names a fund, not an agent; 農會 is the agent inside the topic NP -> carried; 支應 false friend'),
    ],
    7: [
        ('shall_not', '貨商[不得]以', '^[委任期貨商]', '', '',
         '由期貨交易輔助人代為執行 is the content of the forbidden agreement (no cue); 業務外 is not 除…外'),
    ],
    8: [
        ('shall', '業[應]已取得', '保險業', '', '', '應已取得 = shall have acquired (condition list under 應符合下列條件); 取得 is the verb, not the cue'),
    ],
    9: [
        ('shall_not', '[不得]以', '', '', '指定銀行',
         'no subject in the sub-item; the 款 heading (三、無本金交割…（NDF）：) names no actor, the article lead-in 指定銀行辦理…應依下列規定辦理 does -> carried'),
    ],
    10: [
        ('shall', '中心[應]訂定', '^[本中心]', '', '', 'one 應 governs 訂定 / 提經董事會通過 / 報請監督機關備查'),
    ],
    11: [],  # 依法應負刑事責任者: 應 inside a …者 condition; 減輕其刑 has no cue; 不依規定 no cue
    12: [
        ('shall', '，[應]預先', '', '', '雇主',
         '有湍流、潮流之情況 is a condition; no subject; the 款 lead-in (設置下列救生設備) names none, the article lead-in 雇主使勞工…應依下列規定辦理 does -> carried; 可支持 no cue'),
    ],
    13: [
        ('shall', '者，[應]加附', '', '', '供自行使用者',
         '前項變更涉及…者 is a (thing) condition; paragraph 1 right before: 供自行使用者如有變更…之需要，應檢具… -> carried (headless agentive 者 kept whole)'),
    ],
    14: [
        ('shall', '設置者[應]於', '，[設置者]應', '', '',
         '仍有設置之必要者 is a condition; 設置者 (the installer) is an agentive noun, kept whole'),
        ('may', '機關[得]重新', '；[主管機關]得', '', '',
         'own subject after ；; 由主管機關發給新電臺執照 and 新照有效期間…起算 have no cue'),
    ],
    15: [
        ('may', '，[得]就', '^[各級地方政府]', '', '', '依其需要 is a manner; 各級 kept as fixed modifier'),
        ('shall_not', '權數[不得]超過', '', '', '各級地方政府',
         'own thing subject (其所占之百分比權數); the governments adding the items in the same sentence -> carried'),
    ],
    16: [
        ('shall', '，[應]先行', '', '', '營利事業',
         'hard: 應先行減除 sits inside 除…外, but it is the only source of this ordering duty (para 1 does not fix an order) -> labelled; thing subject (所得額), the enterprise of the 時-clause carried; the main clause (由營利事業…自行擇定之) has no cue, so 除 is no exception; 所得 false friend'),
    ],
    17: [
        ('shall', '，[應]分別', '', '', '各級教育行政機關',
         'thing subject (經費); 各級教育行政機關 is the agent inside the 之-modifier of the topic NP -> carried; one 應 governs 列入 / 編列科目辦理'),
    ],
    18: [
        ('may', '，[得]要求', '，[海關]執行', '', '',
         '為調查證據之必要 is a purpose; 海關執行前項事後稽核 is the subject\'s own clause; one 得 governs 要求 / 通知 / 由海關人員…調查; 納稅義務人 contains no 負 cue'),
        ('shall_not', '人[不得]規避', '；[被調查人]不得', '', '', 'own subject after ；'),
    ],
    19: [
        ('shall', '，[須]於', '，[教師]欲', '教師欲辭職者', '',
         '教師欲辭職者 = N[condition]者 keeps N; 須 modal; 方可解除職務: 可 is no cue; 經學校同意 no cue'),
    ],
    20: [
        ('shall', '至少[應]包含', '', '', '公私場所',
         'thing subject (空氣污染改善計畫內容); paragraph 2 right before: 公私場所得…檢具空氣污染改善計畫 -> carried'),
    ],
    21: [
        ('shall_not', '內臟[不得]供為', '', '', '',
         'list lead-in; thing subject (該屠體及其內臟); …者，經判定不合格者 are conditions; the slaughterhouse / inspector is not named'),
    ],
    22: [
        ('may', '，[得]併科', '', '', '',
         'penalty clause: 處…有期徒刑 is a fact, 得併科 (the court, not named, may add a fine) is a may; the offender 者 is no bearer'),
    ],
    23: [],  # 航空器於飛航時應具備之文書: 應 attributive inside the NP (list item of penalized violations)
    24: [
        ('shall', '，[應]即', '', '', '當值航行員',
         '應即 one cue; no subject in the item; lead-in 當值航行員應督率有關海員操作及注意辦理下列事項 -> carried'),
    ],
    25: [
        ('shall_not', '資本額，[不得]低於', '', '', '保險業',
         'thing subject (保險業之實收資本額); 保險業 is the possessor inside the topic NP -> carried; 所應指撥之 attributive'),
        ('shall', '時，[應]辦理', '', '', '保險業', 'same sentence, 如有不足時 condition, no written subject'),
    ],
    26: [
        ('exception', '[除]第二十一條', '', '', '', '除第二十一條第一項規定外 carves an exception out of the 應…作成決議 of the same sentence'),
        ('shall', '會[應]自', '審議會', '', '', ''),
    ],
    27: [
        ('shall', '者，[應]建立', '^[天然氣生產或進口事業]', '天然氣生產或進口事業兼營其他事業者', '',
         'N[condition]者 keeps N (the head), the whole 者 phrase to bearer_full'),
    ],
    28: [
        ('may', '，[得]以現金', '', '', '公司',
         'hard: topic 公司依前項發行之新股 is the thing (new shares may be paid in cash or property); 公司 is the agent inside the 之-modifier -> carried; 且不受…之限制 is no cue'),
    ],
    29: [
        ('may', '[得]視', '', '', '', 'thing subject (歲出額度之內容 may be divided); dividing authority not named'),
    ],
    30: [
        ('may', '者，[得]協調', '', '', '',
         'topic/condition 國有眷舍房地處理涉及地方政府者 (a circumstance); the disposing agency is not named in the article'),
    ],
    31: [
        ('may', '公會[得]依', '，[公會]得', '', '', '醫師公會之會員有違反…之行為者 is a condition (the member is the object)'),
    ],
    32: [
        ('may', '者，[得]於', '^[第三人]', '第三人就執行標的物有足以排除強制執行之權利者', '',
         'N[condition]者 keeps N, the whole 者 phrase to bearer_full'),
        ('may', '並[得]以', '', '', '第三人', 'across 。; 如債務人亦否認其權利時 is a condition (債務人 is not the bearer)'),
    ],
    33: [],  # definition item (污染防制設備：指…); 因應 false friend
    34: [
        ('shall', '事業[應]訂定', '^[銀行間徵信資料處理交換服務事業]', '', '', ''),
    ],
    35: [
        ('may', '僅[得]從事', '^[依第一項第六款取得合格證書者]', '', '',
         'hard: 僅得 = may only (a restriction read as may); the certificate holders are the actors of 從事 here, headless agentive 者 phrase kept whole; 取得 false friend'),
    ],
    36: [
        ('may', '亦[得]視', '', '', '',
         'thing topic (本標誌設置); 可視…使用 has 可 (no cue); the installing authority is not named in the article'),
    ],
    37: [
        ('may', '班[得]由', '由[社教機構]發給', '', '',
         'bearer = agent after 得由; topic 非學分班 / 學員修習期滿 is a condition; 學分班由合作之大專校院發給 has no cue'),
    ],
    38: [
        ('shall', '，[應]檢具', '', '', '申請著作財產權讓與登記者',
         'thing topic (前項申請); paragraph 1 right before: 申請著作財產權讓與登記者，其申請書應記載… -> carried (headless agentive 者 kept whole)'),
    ],
    39: [
        ('shall', '所，[應]設置', '', '', '雇主',
         '作業場所 is a locative topic; lead-in 雇主使勞工從事…之作業時，依下列規定 -> carried'),
    ],
    40: [
        ('may', '，[得]依', '^[本局]', '', '', '為應業務需要: 應 = meet (purpose clause), no cue'),
    ],
    41: [
        ('shall', '會[應]將', '^[法醫師懲戒委員會]', '', '', ''),
    ],
    42: [
        ('may', '並[得]通知', '^[人民團體理事會、監事會]', '', '',
         'coordinated subject kept whole; 每三個月至少舉行會議一次 has no cue'),
    ],
    43: [
        ('shall_not', '分區[不得]超過', '', '', '',
         'thing subject (每一火警分區); lead-in 裝設火警自動警報設備之建築物，依下列規定劃定火警分區 names no actor; 並在…以下 no cue'),
        ('may', '，[得]二層', '', '', '', '但…得 without 不在此限 is a may; thing subject (上下二層), …者 condition'),
    ],
    44: [
        ('shall', '銀行[應]將', '^[代庫銀行]', '', '', 'one 應 governs 轉出 / 存入 / 依…規定辦理; 續予保管 is no cue'),
    ],
    45: [
        ('shall_not', '員，[不得]兼任', '業務員', '期貨商之業務員', '', ''),
        ('exception', '[不在此限]', '', '', '', '但…兼任國外期貨關係企業相同性質職務者，不在此限'),
    ],
    46: [
        ('shall', '，[應]取得', '', '', '開發單位',
         'thing topic (區域); lead-in 開發基地位於…，依左列規定辦理 names no actor; paragraph 1 right before names 開發單位 (應先查明…) -> carried; 取得 is the verb here, 應 the cue; 另覓 no cue'),
    ],
    47: [
        ('may', '物，[得]先行', '', '', '總統府',
         'hard: thing topic (展覽中之文物); 總統府 is the subject of the …時 clause only -> carried (could be read as the bearer); 並於…辦理移轉 continues the same 得'),
    ],
    48: [
        ('may', '會[得]依', '^[運安會]', '', '', ''),
        ('shall', '者，[應]限制', '', '', '運安會',
         'across 。; thing subject (訪談錄音、紀錄及任何限閱文件), …情形之一者 condition; 運安會 of the first sentence carried'),
    ],
    49: [
        ('shall', '，[應]依', '', '', '', 'thing subject (電氣配線); no actor in the article'),
    ],
    50: [
        ('may', '者，[得]於', '^[少年法院]', '', '',
         '認有必要者 is a condition; one 得 governs 命少年…遵守下列事項 (命 no cue)'),
    ],
    51: [
        ('shall', '時[應]檢附', '^[申請政府資訊供學術研究或公益用途者]', '', '',
         'headless agentive 者 phrase, the only subject, kept whole; 除郵遞費用…外，其餘費用，減半徵收 has no cue -> 除 is no exception'),
    ],
    52: [
        ('shall', '特約用戶[應]以', '^[特約用戶]', '', '',
         '並按月結算郵資 continues the same 應; 由收寄郵局繕發「…」 has no cue'),
        ('shall', '，用戶[應]於', '，[用戶]應於', '', '', 'own subject'),
        ('shall', '一般用戶[應]於', '一般用戶', '', '', 'own subject'),
    ],
    53: [
        ('shall', '時，[應]減少', '主管機關', '', '',
         'hard: after ；, 當年度無配額可收回時 condition, omitted subject = 主管機關 written in the same sentence (收回…配額) -> same bearer; 不核給漁獲配額 (first sentence) has no listed cue (not 不予) -> not labelled'),
    ],
    54: [
        ('shall', '者，[應]繳納', '^[申請核發或補（換）發前條審查合格發給之證書者]', '', '',
         'headless agentive 者 phrase, the only subject, kept whole; 每件新臺幣五百元 no cue'),
    ],
    55: [
        ('shall', '之申請，[應]經', '', '', '中央主管機關',
         'thing topic (執業執照之申請: shall be issued after review); the reviewing and issuing 中央主管機關 named in the same sentence -> carried'),
        ('shall', '時，[應]通知', '；[中央主管機關]發給', '', '', 'after ；, 中央主管機關 is the subject of the clause (its …時 clause, no other topic)'),
    ],
    56: [
        ('may', '機構[得]依', '，[仲裁機構]得', '', '',
         '未依本法訂立仲裁協議者 is a condition; 由雙方選定仲裁人進行調解 continues (no cue); 調解成立者，由仲裁人作成調解書 has no cue'),
    ],
    57: [
        ('may', '本部[得]予', '，[本部]得予', '', '', '財團法人有左列情形之一者 is a condition; 得予糾正並限期改善 one 得'),
        ('may', '本部[得]撤銷', '，[本部]得撤銷', '', '', '逾期不改善者 is a condition; 並通知…法院 continues the same 得'),
    ],
    58: [
        ('may', '，[得]合理', '^[會計師]', '', '', '受託辦理事件 is the subject\'s own clause'),
    ],
    59: [
        ('shall', '二、[應]確認', '', '', '',
         'no subject; lead-in 包件在每次交運前應符合下列之規定 has a thing subject, no actor; 未能符合 no cue'),
    ],
    60: [
        ('shall', '機關[應]依', '^[各級主管機關]', '', '', ''),
        ('may', '，[得]委託', '^[各級主管機關]', '', '', 'same sentence, 必要時 condition, same written bearer'),
    ],
}
