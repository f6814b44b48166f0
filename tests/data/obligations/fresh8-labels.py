# Hand labels for fresh8-unlabelled.tsv, written by reading each text and, where needed for
# `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).

LABELS = {
    1: [
        ('may', '[得]視', '指揮官', '', '', '應變需要: 應變 false friend'),
        ('may', '，[得]請', '', '', '',
         'hard: topic 各處任務; who asks for support (the divisions or the commander) is not written'),
    ],
    2: [],  # 應支付之費用項目: attributive
    3: [
        ('shall', '[應]用', '', '', '', 'hard: 應 + 用 (shall use), not the false friend 應用; thing (文書)'),
        ('may', '[得]附記', '', '', '', '但…得 is a may, not an exception'),
    ],
    4: [
        ('may', '[得]酌給', '', '', '', '被害人…者 is a circumstance; the payer is not named'),
        ('shall_not', '[不予]給付', '', '', '', 'after ；; circumstance 如係出於被害人之故意行為者'),
    ],
    5: [
        ('may', '[得]併科新臺幣一億', '', '', '', 'penalty with a 得 cue (the court, not named)'),
        ('may', '[得]併科新臺幣八千萬', '', '', '', 'same'),
    ],
    6: [
        ('shall', '[應]訂定', '^[事業]', '', '', '報經…核定後實施 shares the 應'),
    ],
    7: [
        ('may', '[得]不經', '礦業權者', '', '', '應遵守之各種法規: attributive inside the condition'),
    ],
    8: [
        ('shall', '且[應]符合', '', '', '保險業',
         'subject 保險業資金 (funds, a thing); 保險業 named in it; second half of the sentence after 以…為限'),
    ],
    9: [],  # 取得 false friend; qualification item, no cue
    10: [
        ('shall', '[應]包括', '', '', '病媒防治業', 'thing (健康檢查); paragraph before: 病媒防治業應為…健康檢查'),
        ('shall', '其紀錄[應]保存', '', '', '病媒防治業', 'after ；: topic (紀錄); carried from paragraph before'),
    ],
    11: [
        ('shall', '[應]包括', '', '', '', 'composition rule: topic (學者); 由司法院院長遴聘 has no cue'),
    ],
    12: [
        ('shall', '[應]備具', '', '', '被保險人', 'applicant not written; paragraph before: 被保險人有申請…需求者'),
    ],
    13: [
        ('may', '[得]視', '', '', '', 'penalty with a 得 cue; customs not named; the importer is the circumstance'),
    ],
    14: [
        ('shall', '[應]依法', '', '', '', 'topic (廢料); 由海關監督銷毀 has no cue'),
    ],
    15: [
        ('may', '[得]予', '主管機關', '', '', ''),
    ],
    16: [
        ('shall_not', '[不得]進用', '', '', '', 'the school is not named'),
        ('may', '[得]繼續', '', '', '', '已進用者 are the ones employed, not the bearer'),
    ],
    17: [
        ('shall', '並[應]通報', '公務機關', '', '',
         '除應…外，並應 is additive: the 應 inside 除…外 not labelled; subject inside the …時 condition'),
        ('shall', '者，[應]通報', '無上級機關者', '', '',
         'hard: after ；, agent …者 phrase without head noun (an agency having no superior), kept whole'),
    ],
    18: [
        ('may', '[得]就', '', '', '各機關團體',
         'hard: 屬應辦理…申報者 read as a category condition (應辦理 inside it restates); lead-in 各機關團體給付員工請假期間之薪資金額，依下列方式…減除'),
    ],
    19: [],  # 其他應遵行事項之辦法: attributive; 由內政部定之 has no cue
    20: [],  # 應負擔之費用: attributive; violation item
    21: [
        ('shall', '[應]予記錄', '', '', '申請人',
         'subject is 情形 (thing); 申請人 named in its modifier (and paragraph before); 並…進行保存 shares the 應'),
    ],
    22: [
        ('shall', '[應]確實', '金融機構及信保基金', '', '', ''),
        ('may', '[得]免除相關', '信保基金之[各級承辦人員]得免除', '民營金融機構及信保基金之各級承辦人員', '',
         'modifier ending in 之 to bearer_full'),
        ('may', '[得]依審計法', '公營金融機構之[各級承辦人員]', '公營金融機構之各級承辦人員', '',
         'modifier ending in 之 to bearer_full; 或免除予以糾正之處置 shares the 得'),
    ],
    23: [
        ('shall', '物資，[應]於', '', '', '',
         'hard: 不適用物資 = unserviceable goods, not the exception cue 不適用; topic; 由本會函知 has no cue'),
        ('shall', '[應]隨時', '', '', '各機構', '但…應 is a shall; subject 物資 (thing), 各機構 named in its modifier'),
    ],
    24: [],  # definition; 取得 false friend
    25: [
        ('shall', '契約，[應]參考', '', '', '特定體育團體',
         'subject is 贊助契約 (thing); the group is named in the topic clause before it (其 refers to it)'),
        ('shall', '[應]於參賽前', '特定體育團體、選手及雙方贊助廠商', '', '', '並尊重 shares the 應'),
        ('shall_not', '[不得]對', '特定體育團體、選手及雙方贊助廠商', '', '', 'same sentence: same bearer'),
    ],
    26: [
        ('shall', '[應]訂定', '中央主管機關', '', '', ''),
        ('may', '[得]結合', '學校', '', '', 'after ；: subject 學校 (規劃課程)'),
    ],
    27: [
        ('may', '[得]交由', '主管機關', '', '', '交由 = hand to: the one who hands over is the bearer'),
    ],
    28: [
        ('shall', '並[應]檢具', '申請財團法人私立老人福利機構設立許可者', '', '',
         'agent …者 phrase kept whole; 除…外，並應 additive'),
    ],
    29: [
        ('shall', '[應]採取', '經營石油礦者', '', '', 'agent …者 phrase'),
    ],
    30: [
        ('shall', '[應]盡量', '', '', '', 'thing (間隔); lead-in 鐵路客車應依下列規定設置… names no person'),
    ],
    31: [
        ('shall', '[須]有', '', '', '', '須 as modal (quorum); topic (會議)'),
        ('may', '[始得]', '', '', '', 'second operator of the clause; 以…行之 has no cue'),
    ],
    32: [
        ('shall', '[應]提供', '能源用戶', '', '', '電能供應事業: 供應 false friend; 並依…裝妥…報請 share the 應'),
    ],
    33: [
        ('shall_not', '[不得]以', '金融控股公司負責人', '', '', 'no 之: whole name'),
    ],
    34: [
        ('may', '[得]依', '保訓會', '', '', '原處分機關…者 is the circumstance'),
    ],
    35: [
        ('shall', '[應]於', '民間機構', '', '', ''),
    ],
    36: [
        ('shall_not', '[不得]拒絕', '管理者', '', '', ''),
        ('shall', '且[應]以', '管理者', '', '', 'second cue of the same sentence: same bearer'),
    ],
    37: [
        ('may', '[得]併科', '', '', '', 'penalty with a 得 cue; 取得 false friend'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    38: [],  # definition; 反應 false friend
    39: [
        ('shall', '並[應]通知', '', '', '中央主管機關',
         'hard: 廢止…執照者 read as a circumstance; the revoking authority is not written in the clause, 中央主管機關 named in the next clause'),
    ],
    40: [
        ('shall', '[應]於', '內部管控出口人', '', '', ''),
    ],
    41: [
        ('shall', '敘述[應]簡明', '', '', '', '宜 is not a cue; topic (文字敘述); lead-in 年報編製之基本原則如下 names no bearer'),
        ('may', '[得]以中', '', '', '', ''),
    ],
    42: [
        ('shall', '[應]置', '駕訓班', '', '', ''),
        ('may', '並[得]設', '駕訓班', '', '', 'second cue of the same sentence (並得): same bearer'),
    ],
    43: [
        ('shall', '[應]將', '清理機構', '', '', ''),
        ('shall_not', '[不得]超過', '', '', '', 'topic (代理期間)'),
        ('shall', '者，[應]依', '', '', '清理機構',
         'hard: 遞補者 read as a circumstance (where the post is filled); the institution applies'),
    ],
    44: [
        ('shall', '[應]通知', '檢察官、軍事檢察官、觀護人或監獄長官', '', '', '應受保護之必要: attributive inside the condition'),
    ],
    45: [
        ('shall', '[應]報經', '', '', '管理委員會', 'topic (經營目標); paragraph before: 管理委員會…提出經營目標'),
    ],
    46: [
        ('shall', '[應]核發', '直轄市、縣（市）主管機關', '直轄市、縣（市）主管機關依第一項規定准予登記者', '',
         'N + …者 phrase; 准予 is not a cue'),
    ],
    47: [
        ('may', '[得]調降', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    48: [
        ('may', '[得]隨時', '', '', '', '第一項人員 are the ones transferred, not the bearer; who transfers not named'),
    ],
    49: [
        ('shall', '者，[應]具體', '', '', '', 'lead-in 資金運用計畫執行情形應記載下列事項 names no bearer'),
        ('shall', '另[應]揭露', '', '', '', '另應 is additive, still a shall'),
    ],
    50: [
        ('shall', '[應]檢具', '雇主', '', '', ''),
    ],
    51: [
        ('may', '[得]橫穿', '', '', '', 'thing (電纜架)'),
        ('shall', '[須]加以', '', '', '', '惟須: a shall'),
    ],
    52: [
        ('may', '[得]於', '公私場所', '', '', ''),
    ],
    53: [
        ('shall', '[應]基於', '', '', '以現地調查方法辦理基地地質調查者',
         'topic (細部調查之進行); lead-in 以現地調查方法辦理基地地質調查者，應依下列方式辦理'),
    ],
    54: [
        ('shall_not', '[不得]混接', '', '', '', 'thing'),
    ],
    55: [
        ('shall', '[應]即', '移民署', '移民署未依第一項規定於二十四小時內移送者', '',
         'N + …者 phrase; 暫予 not a cue; 並釋放 shares the 應'),
    ],
    56: [
        ('may', '[始得]', '須於區內居住者', '其他基於業務需要、安全維護等正當事由，須於區內居住者', '',
         'hard: agent …者 phrase; the 須 inside it not labelled; 由各機關或事業 is the agent of 填具 only; 經…核准者 a condition'),
    ],
    57: [
        ('shall', '[應]審核', '^[主管機關]', '', '', ''),
        ('shall', '[應]停止', '者，[主管機關]應停止', '', '', '並列入漁會考核 shares the 應'),
    ],
    58: [
        ('shall', '[應]使用', '', '', '', 'thing (駕駛座); lead-in names a machine'),
    ],
    59: [
        ('may', '[得]免', '', '', '庇護工場', 'subject 場址 (thing); 庇護工場 named in the condition'),
        ('shall', '但[應]依', '', '', '庇護工場', '但應 is a shall, not an exception; across 。: carried'),
        ('may', '[始得]', '', '', '庇護工場', 'same sentence as 但應'),
    ],
    60: [
        ('may', '，[得]向', '父母或監護人', '', '', '其 dropped'),
        ('may', '[得]於知悉', '父母或監護人', '', '', 'same sentence: same bearer'),
        ('may', '[得]依法', '父母或監護人', '', '', 'same sentence: same bearer'),
    ],
    61: [
        ('shall', '[應]每二年', '運作人', '', '', '應變器材: 應變 false friend; 重新報請 shares the 應'),
    ],
    62: [
        ('shall', '均[應]成立', '入學委員會', '前二條之入學委員會', '', 'modifier ending in 之 to bearer_full; 均 adverb'),
    ],
    63: [
        ('shall', '[應]加蓋', '', '', '為專供外銷及研發而申請經營模擬槍輸出入業或製造業，以製造、販賣、運輸或轉讓模擬槍者',
         'topic (文件); paragraph before names the applicant'),
    ],
    64: [
        ('shall_not', '[不得]有', '', '', '', 'thing (注射液)'),
    ],
    65: [
        ('shall', '[應]接受', '船舶', '', '', 'hard: the ship as the acting unit, subject inside the …時 condition'),
    ],
    66: [
        ('may', '[得]逕以', '地方主管機關', '', '', '視為 is not deontic'),
    ],
    67: [
        ('shall_not', '[不得]少於', '', '', '',
         'topic (學分數); 應修學分數 / 應修課程 attributive; 由各校發給 has no cue'),
    ],
    68: [
        ('may', '[得]視', '管理局及自來水事業', '', '', ''),
    ],
    69: [
        ('shall_not', '[不得]少於', '', '', '', 'quantity per passenger, no bearer'),
    ],
    70: [
        ('shall', '[應]予', '本部', '', '', '並限期改善 shares the 應'),
    ],
    71: [
        ('shall', '[應]依', '', '', '各主管機關', 'topic; paragraph before: 各主管機關應…擬定本年度施政計畫'),
    ],
    72: [
        ('shall_not', '國內航線其飛航時間[不得]超過八小時', '', '', '', 'topic (飛航時間); operator not named'),
        ('shall', '[應]給予連續十小時以上之休息。國際', '', '', '', 'who gives rest (the operator) not named'),
        ('shall_not', '國際航線其飛航時間[不得]超過十小時', '', '', '', ''),
        ('shall', '[應]給予連續十小時以上之休息，如', '', '', '', ''),
        ('shall', '[應]給予連續十八', '', '', '', ''),
        ('shall', '限度[應]依', '', '', '', 'topic (飛航時間限度)'),
    ],
    73: [
        ('shall', '[應]設有', '', '', '', 'thing (曝氣池)'),
        ('shall', '配水管[應]具', '', '', '', 'thing'),
    ],
    74: [
        ('shall', '[應]至少', '', '', '廠商',
         'hard: 申請EU驗證者 read as a circumstance (document list item); lead-in 廠商為所屬加工廠申請驗證時，應…檢附下列文件'),
    ],
    75: [
        ('shall', '[應]自行', '各級衛生主管機關', '', '', ''),
        ('shall', '並[應]予以', '各級衛生主管機關', '', '', 'second cue of the same sentence (並應): same bearer'),
    ],
    76: [
        ('may', '[得]視', '中央主計機關', '', '', ''),
    ],
    77: [
        ('shall', '[應]於會議', '', '', '', 'topic (討論); the foundation / chair not named'),
        ('may', '[得]派員', '本部', '', '', ''),
    ],
    78: [
        ('may', '[得]禁止', '移民署', '', '', '得禁止: one may at 得 (cf. 應禁止 one shall at 應)'),
    ],
    79: [
        ('may', '[得]於', '', '', '民間機構',
         'hard: item of a notice\'s required contents, but states a permission to appeal; the addressee (被接管之民間機構) named in the lead-in'),
    ],
    80: [
        ('may', '[得]邀請', '', '', '審查會', 'after ；, no subject written; the committee set up at the start'),
    ],
    81: [
        ('exception', '[不受]預算法', '', '', '',
         'hard: 不受…之限制 exempts from other rules (cf. 不受此限); the 不得 inside it restates 預算法 (not labelled)'),
        ('exception', '及[不受]地方', '', '', '', 'same'),
    ],
    82: [
        ('shall', '時，[應]依', '理事會', '', '', 'subject inside the …時 condition, who acts'),
        ('shall', '結果[應]當場', '', '', '理事會', 'after ；: topic (審查結果); carried'),
    ],
    83: [
        ('shall', '[應]依', '', '', '', 'lead-in 財務報告…對下列事項應加註釋 names no bearer'),
    ],
    84: [
        ('may', '[得]派員', '主管機關', '', '', ''),
        ('shall_not', '[不得]規避', '受檢人員', '', '', ''),
    ],
    85: [
        ('shall', '[應]就', '', '', '', 'registry office not named'),
    ],
    86: [
        ('shall', '[應]經', '', '', '事業或污水下水道系統', 'subject is the waste water (thing); the source named in its modifier'),
        ('may', '[始得]', '', '', '事業或污水下水道系統', 'same'),
    ],
    87: [
        ('shall', '者，[應]使用', '使用全自動高溫洗碗機洗滌餐具者', '', '', 'agent …者 phrase kept whole'),
        ('shall', '並[應]具備', '', '', '使用全自動高溫洗碗機洗滌餐具者', 'after ；: thing (洗碗機); carried'),
    ],
    88: [],  # 其他應遵行事項之辦法: attributive
    89: [
        ('shall', '經營者[應]核對', '^[經營者]', '', '', '並…保存 shares the 應'),
        ('shall', '經營者[應]提供', '時，[經營者]應提供', '', '', 'after ；: bearer written again'),
        ('shall', '服務經營者[應]將', '虛擬行動網路服務經營者或E.164用戶號碼網路電話服務經營者', '', '', ''),
        ('may', '後[始得]開通', '虛擬行動網路服務經營者或E.164用戶號碼網路電話服務經營者', '', '',
         'same sentence: same bearer; 亦同 has no cue'),
    ],
    90: [
        ('shall', '[應]以', '私立學校', '', '', ''),
    ],
    91: [
        ('may', '[得]向', '^[本行]', '', '', ''),
    ],
    92: [
        ('may', '[得]於', '受稽核者', '受稽核者因業務因素或其他正當理由，未能於本部指定之時間配合稽核者', '',
         'N + …者 phrase'),
    ],
    93: [
        ('shall', '[須]有', '', '', '財團', 'topic (經費收支); lead-in 財團應依下列規定建立會計制度'),
        ('exception', '[除]有關', '', '', '', '除…外 carves an exception out of the 應'),
        ('shall', '外，[應]自', '', '', '財團', 'topic (憑證); carried from the lead-in'),
    ],
    94: [
        ('shall', '[應]自', '擬參選人', '', '', ''),
    ],
    95: [
        ('shall', '[應]依', '電視事業', '', '', 'subject inside the …時 condition; 其節目內容之製播 is the topic'),
        ('shall_not', '[不得]有', '電視事業', '', '', 'same sentence: same bearer'),
    ],
    96: [],  # violation item: 應繳銷而不繳銷 restates a duty inside a condition
    97: [
        ('shall', '[應]以', '', '', '', 'thing (儲存壓力)'),
    ],
    98: [
        ('may', '[得]令', '', '', '', 'authority not named; 處… and 並通知 have no cue'),
        ('may', '並[得]廢止', '', '', '', ''),
    ],
    99: [
        ('may', '[得]視同', '', '', '',
         'hard: 除依第四條規定辦理外 read as additive (besides art. 4), not an exception; 由原校報經… is the agent of 報經; the deeming has no written bearer; 獲得 false friend'),
    ],
    100: [
        ('shall', '[應]予', '油輪清艙事業單位', '', '', ''),
    ],
    101: [
        ('shall', '[須]向', '出國人員', '', '', '並於返國後…提出 (after 。) shares the 須, no cue of its own'),
        ('shall', '其內容[應]包括', '', '', '', 'thing (內容); 心得 false friend'),
        ('may', '[得]個別', '二人以上', '', '',
         'hard: subject inside the …時 condition (二人以上 = two or more of the persons going abroad)'),
    ],
    102: [],  # 應付款 / 應付票據 / 應付帳款 / 應付稅捐 false friends
    103: [],  # 因應 false friend
    104: [
        ('shall', '[應]負', '申請人', '', '', '應負…責任: one shall at 應; 應變 false friend'),
        ('shall', '損害，[應]依', '申請人', '', '', 'after ；: same bearer'),
    ],
    105: [
        ('shall_not', '[不得]搬動', '經營者', '', '', ''),
        ('shall_not', '並[不得]遮蔽', '', '', '經營者', 'across 。: carried; 確保 shares it'),
        ('shall', '附近，[應]避免', '', '', '經營者', 'after ；: topic (place), carried'),
        ('shall', '[應]先經', '拆除封緘或影響偵測監視設備之電源供應者', '', '',
         'hard: agent …者 phrase kept whole (one who removes seals …); 電源供應: 供應 false friend'),
    ],
    106: [],  # 仍適用 (not a cue); 支應 false friend; 由…提撥 has no cue
    107: [],  # 應用 false friend
    108: [
        ('may', '[得]用', '', '', '', '應用三角網: 應用 false friend'),
    ],
    109: [],  # 反應 false friend
    110: [
        ('shall', '[應]就', '', '', '', 'chair not named; 已得可決: 得 = obtain; 無須 no duty'),
    ],
    111: [
        ('shall', '且[應]以', '', '', '當事人或第三人',
         '應受命令保護之營業秘密: attributive; lead-in 當事人或第三人…提出聲請…書狀，應一併記載下列事項'),
    ],
    112: [
        ('shall', '計畫，[應]考量', '', '', '各主管機關', 'topic (公共工程計畫); lead-in 各主管機關編製歲出概算時，應…辦理'),
        ('shall', '[應]作', '', '', '各主管機關', 'across 。: carried'),
        ('shall', '[應]確實', '', '', '各主管機關', 'topic (預算之編列); carried'),
    ],
    113: [
        ('shall', '[應]嚴守', '典試委員、審查委員及辦理考試人員', '', '', '應考人 false friend'),
    ],
    114: [],  # 供應 false friend
    115: [],  # 取得 false friend
    116: [
        ('shall', '[應]報請', '', '', '天然氣生產或進口事業',
         'subject is 價格計算方式 (thing); the enterprise named in its modifier'),
    ],
    117: [],  # 應用 false friend
    118: [],  # 支應 false friend; 由…編列 has no cue
    119: [],  # 應處罰鍰案件: attributive; 免予 false friend
    120: [],  # 所得 false friend
}
