# Hand labels for fresh12-unlabelled.tsv (sample.py seed 314159, 100 with a cue + 20 false-friend),
# written by reading each provision's text (plus its list lead-in / previous paragraph for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Provisions 1-60 by reader a (labels-a.py), 61-120 by reader b (labels-b.py), both blind; merged unchanged.
LABELS = {
    1: [
        ('shall', '萬元者，[應]揭露', '上市上櫃證券商', '', '', 'bearer = subject of the 者-clause (the firm itself discloses); the 者-predicate is a condition, not a modifier'),
    ],
    2: [
        ('shall', '[應]於彙整後', '主管機關', '', '', ''),
    ],
    3: [
    ],
    4: [
        ('shall', '[應]設置', '警察機關', '', '', 'cue-free 「」 name; one shall'),
    ],
    5: [
        ('shall', '[應]使當事人', '^[領務承辦人員]', '', '', ''),
    ],
    6: [
        ('shall', '[應]依申請延期', '', '', '', 'topic (輸入許可證之延期或更改內容) is not a bearer'),
    ],
    7: [
        ('may', '並[得]給予獎品', '', '', '專責機關', '反映應經檢定法定度量衡器案件: attributive 應 (devices that must be verified); 得給予 carried from lead-in 專責機關得…'),
    ],
    8: [
    ],
    9: [
        ('shall', '至少[應]包括', '', '', '', 'the plan is a thing, not a bearer; the drafting duty of 法令遵循單位 (para 1) is not this statement'),
    ],
    10: [
        ('shall', '或調職，[應]經理事會', '', '', '', 'topic 總稽核之聘任、解聘或調職 is a thing; 並報請 shares the same 應'),
        ('shall', '[應]由總稽核簽報', '由[總稽核]簽報', '', '', 'agent after 由'),
        ('shall', '人事者，[應]事先洽商', '', '', '總稽核', '但-clause is a further shall, not an exception (no 不在此限); 總稽核 carried from the preceding sentence (he 簽報)'),
    ],
    11: [
        ('shall', '提存者，[應]於提存書', '^[提存所]', '', '', '認為應予提存者: 應 inside the condition, left out'),
        ('shall', '並[應]將提存通知書', '', '', '提存所', 'new sentence, subject not written'),
        ('shall', '[應]限期命提存人取回', '', '', '提存所', '不應提存者: 不應 inside the condition, left out'),
        ('shall', '補正者，[應]定期間先命補正', '', '', '提存所', '但…應 is a shall (no 不在此限); the second 不應提存者 (亦同 sentence) is inside a condition'),
    ],
    12: [
        ('may', '[得]就停止申報', '^[總代理人]', '', '', 'second sentence has no cue'),
    ],
    13: [
    ],
    14: [
        ('exception', '點收後，[除]依規定', '', '', '', '除…外 carves re-reading cases out of the 不得; 應重閱 inside 除…外 left out'),
        ('shall_not', '[不得]再行調取', '閱卷委員', '', '', ''),
    ],
    15: [
        ('shall', '均[應]於出口或進口', '', '', '', 'topic is the goods; declarant not named. 應修理或裝配之損毀缺失情形 is attributive'),
    ],
    16: [
        ('may', '主管機關[得]廢止', '主管機關', '', '', '未依前項規定 is inside the condition'),
    ],
    17: [
        ('may', '[得]按次處罰', '', '', '', 'penalty provision; 天然氣事業 is the one punished, not the bearer; authority not named'),
        ('may', '並[得]廢止其設立許可', '', '', '', 'same; 於公用天然氣事業 is a scope, not a bearer'),
    ],
    18: [
        ('shall', '[應]於旁聽規定時間', '^[旁聽人員]', '', '', 'later sentences (由…接待, 由服務科派員引導) carry no cue'),
    ],
    19: [
        ('shall', '[應]於申請電視執照前', '^[申請人]', '', '', 'condition 為已設立之財團法人…者 not part of bearer'),
    ],
    20: [
        ('shall_not', '[不得]再申請', '^[退除役官兵]', '', '', ''),
    ],
    21: [
        ('shall', '[應]記載下列事項', '', '', '', 'the minutes are a thing'),
    ],
    22: [
        ('shall', '[應]作成紀錄', '^[再生利用者]', '', '', ''),
    ],
    23: [
        ('may', '海關[得]免予審查', '關，[海關]得', '', '', '免予 is a false friend; 得免予審查 = may dispense with review (a may)'),
    ],
    24: [
        ('shall_not', '[不予]發給僱用獎勵', '', '', '公立就業服務機構', '雇主 is the subject of the condition, not the bearer; the grantor 公立就業服務機構 is named in para 1'),
        ('may', '[得]撤銷或廢止之', '', '', '公立就業服務機構', 'same'),
    ],
    25: [
    ],
    26: [
        ('exception', '[不在此限]', '', '', '', 'item under 汽車下列設備規格不得變更; only the 但書 is in the item text'),
    ],
    27: [
        ('may', '本會[得]停止', '本會', '', '', '總代理人 is in the condition'),
    ],
    28: [
        ('shall_not', '[不得]裝置在排煙管內', '', '', '', '電氣配線 is a thing'),
        ('shall', '並[應]依本編', '', '', '', ''),
    ],
    29: [
        ('shall', '[應]自收到復審書', '^[原處分機關]', '', '', '不依 is part of the condition, no cue'),
    ],
    30: [
        ('shall', '[應]為非輕易觸及', '', '', '', '接戶導線 is a thing'),
        ('shall_not', '[不得]小於下列規定值', '', '', '', ''),
    ],
    31: [
        ('shall_not', '[不得]鼓譟及喧嘩', '', '', '民眾或媒體', 'visitors carried from lead-in (監獄…應告知並請其遵守下列事項; 其 = 民眾或媒體); 穿著…遵守秩序 has no cue'),
    ],
    32: [
        ('shall_not', '[不予]處理', '', '', '', 'debts are the object; no bearer'),
    ],
    33: [
        ('shall', '[應]依社區大學', '^[直轄市、縣（市）主管機關]', '', '', ''),
    ],
    34: [
        ('shall', '[應]親自出席', '^[董事]', '', '', ''),
        ('may', '[得]書面委託', '^[董事]', '', '', 'same sentence, topic chain from 董事; 以…為限 carries no cue'),
    ],
    35: [
        ('shall', '[應]使聲請人', '^[法院]', '', '', '準用 is no cue'),
    ],
    36: [
        ('shall', '[應]依其資通', '^[各機關]', '', '', ''),
    ],
    37: [
        ('shall', '[應]按照規定程序採購', '', '', '', 'topic is equipment/materials (things); operator not named'),
        ('shall', '並[應]採取適當措施', '', '', '', ''),
        ('shall', '[應]派專人', '', '', '', ''),
    ],
    38: [
    ],
    39: [
        ('may', '[得]視各公共建設', '', '', '本部', 'grammatical topic is the land (本部取得之可供建築用地), a thing; 本部 sits inside its relative clause, so carried'),
    ],
    40: [
        ('shall', '並[應]查明其分類', '', '', '會計師', '準用 is no cue; 會計師 from lead-in 會計師查核簽證財務報表，應…'),
    ],
    41: [
        ('shall_not', '[不得]再享受', '升學之[蒙藏學生]', '依本辦法升學之蒙藏學生', '', '亦同 is no cue'),
    ],
    42: [
        ('exception', '[不在此限]', '', '', '', 'item under 國有不動產…不得與他人所有不動產辦理交換'),
    ],
    43: [
        ('shall', '[應]於最低溫度', '', '', '', 'test specification; no bearer'),
    ],
    44: [
        ('shall', '[應]敘明理由', '^[中央政府各機關]', '', '', ''),
    ],
    45: [
    ],
    46: [
        ('shall', '[應]檢附', '', '', '環境保護事業機構', 'applicant unnamed; only the 環境保護事業機構 of para 1 applies for its labs/categories'),
    ],
    47: [
        ('shall', '經營者，[應]經中央銀行', '', '', '票券金融公司', '涉及外匯業務之經營者 = "the part (of the business) involving the conduct of FX business", 者 refers to the business, not an operator; company from para 1'),
        ('shall', '[應]經證券主管機關', '', '', '票券金融公司', 'same'),
    ],
    48: [
        ('shall', '[應]發給', '^[中央主管機關]', '', '', ''),
    ],
    49: [
        ('may', '法院[得]以裁定處', '法院', '', '', '證據持有人 is in the condition'),
        ('may', '並[得]以裁定命為強制處分', '法院', '', '', 'same sentence, 並得 continues 法院'),
    ],
    50: [
    ],
    51: [
        ('may', '[得]不備具', '', '', '', '得不 = may omit (a permission, not a prohibition); 自由氣球 is a thing, not a bearer'),
    ],
    52: [
        ('shall_not', '[不得]申請', '^[廠商]', '', '', ''),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    53: [
        ('shall', '[應]記載本法', '', '', '法院或檢察官', 'issuer not written; para 1 names 法院或檢察官 handling the protection application; 並依…載明 shares the 應'),
    ],
    54: [
        ('may', '[得]依大學法', '^[本學院]', '', '', '適應 false friend'),
    ],
    55: [
        ('shall', '[應]敘明各該情事', '學名藥藥品許可證申請人', '', '', '但書 is a reference, not a cue'),
    ],
    56: [
        ('shall', '[應]將年度執行成果', '^[本中心]', '', '', 'one 應 governs the whole chain (委託…提經…報請…送)'),
    ],
    57: [
        ('shall', '任職者，[應]繳驗服務機構', '', '', '', '證明…者 is a topic ("as for proving"), not a person; candidate not named in item or lead-in'),
        ('shall', '[應]繳驗該機構', '', '', '', 'same'),
        ('shall', '[應]繳驗當地政府', '', '', '', 'same'),
    ],
    58: [
        ('shall_not', '[不得]進用', '', '', '', 'the 者 with the listed circumstances is the person not to be hired (object), not the bearer; employer not named'),
    ],
    59: [
        ('shall', '[應]定期公布', '^[各級政府]', '', '', '並精進、整合、公開 shares the same 應'),
    ],
    60: [
        ('shall', '[應]將收購稻穀', '承辦機構', '', '', ''),
    ],
    61: [
        ('shall', '銀行[應]專設帳簿', '^[個人執業代理人、代理人公司及銀行]', '', '', 'one 應 governs 專設帳簿…並於…彙報; 另定之 and the 但 clause (另定之) carry no cue'),
    ],
    62: [
        ('may', '附屬設施[得]設置', '', '', '加氣站', '其附屬設施得設置… : 附屬設施 is a thing; the station (其 = 加氣站) is who may set them up'),
        ('may', '時，[得]兼營', '', '', '加氣站', '但…得兼營: a may (not an exception); subject elided = 加氣站'),
    ],
    63: [
        ('may', '內[得]入國一次', '', '', '', 'the permit is a thing (topic); the holder is not named, lead-in names no one'),
    ],
    64: [
        ('may', '者，[得]於五日內', '^[不服機關團體之駁回決定者]', '', '', 'headless 者-phrase is the only subject written; kept whole as bearer'),
        ('exception', '受理機關團體[除]有正當理由外', '', '', '', '除有正當理由外，應於十日內… carves an exception out of the shall'),
        ('shall', '外，[應]於十日內', '受理機關團體', '', '', ''),
    ],
    65: [
        ('shall', '該器具[應]標示', '', '', '', 'subject 該器具 is a thing; lead-in (設備構造及安裝，依下列規定辦理) names no one'),
    ],
    66: [
        ('shall', '用語，[負]有正確妥適之責', '', '', '各層負責人員', '負有…之責 read as 負有…義務 (duty); 應經其審核之文件 is attributive; bearer from lead-in 各層負責人員…其責任如下'),
    ],
    67: [
        ('shall_not', '[不得]超過', '', '', '', 'topic is the count of related directors/supervisors; no bearer written (the foundation is not named)'),
    ],
    68: [
    ],
    69: [
        ('may', '債權人[得]依法院', '債權人', '', '', 'content to be recorded in the payment order, but the text itself states the permission'),
    ],
    70: [
        ('shall_not', '債務人[不得]應買', '^[債務人]', '', '', '應買 (to bid at auction) is a false friend, not a shall'),
    ],
    71: [
        ('may', '同意，[得]予展延', '', '', '', "passive: the repayment deadline may be extended with the bank's consent; 受災企業 is topic/beneficiary, 金融機構 consents -- no clear bearer"),
    ],
    72: [
    ],
    73: [
    ],
    74: [
        ('may', '者，[得]公開', '', '', '憲法法庭', 'grammatical subject is 聲音、影像 (thing); 憲法法庭 appears only inside the condition 憲法法庭認適當者 but is clearly the actor'),
    ],
    75: [
        ('may', '使用人）[得]向民航局', '，[航空器所有人或使用人]（', '', '', 'bearer = first occurrence, not the (以下簡稱…) one'),
    ],
    76: [
        ('may', '機關[得]徵用', '^[動員演習機關]', '', '', ''),
        ('shall', '民力[應]於徵用報到日', '', '', '動員演習機關', '徵用民力 is a topic (the act), the agency of the first clause notifies'),
    ],
    77: [
        ('shall_not', '[不得]超過', '', '', '', 'topic 校外實習節數; no bearer written'),
    ],
    78: [
        ('may', '僅[得]依原墳墓形式', '', '', '', '僅得 = may only (permission restricted); subject is the tombs (thing), owner not named'),
        ('shall_not', '[不得]增加高度', '', '', '', 'same subject (tombs, a thing)'),
    ],
    79: [
        ('shall', '業者[應]於每月', '^[農藥業者]', '', '', ''),
        ('shall', '主管機關[應]於審核後', '；[縣 (市) 主管機關]應', '', '', ''),
    ],
    80: [
        ('shall', '推銷員，[應]由該業者', '由[該業者]向', '', '', '應由X辦理: bearer = agent after 由'),
        ('may', '後，[方准]執行推銷工作', '藥商僱用之[推銷員]', '藥商僱用之推銷員', '', '方准 = 方得 (only then permitted); not in the cue list but deontic; bearer = topic subject of 執行'),
    ],
    81: [
        ('shall', '者，[應]為告發', '^[公務員]', '', '', '因執行職務知有犯罪嫌疑者 is a condition, not part of the name'),
    ],
    82: [
        ('may', '者，[得]依規定支給', '', '', '', 'may be paid: 非由國防部人員兼任者 are beneficiaries (condition), payer (本會) not written as subject'),
    ],
    83: [
        ('shall', '稽徵機關[應]以當次', '稅捐稽徵機關', '', '', '應繳稅款 (false friend/attributive) and 核准得再加計利息分期繳納之期數 (attributive 得) not labelled'),
        ('shall_not', '期間，[不得]逾三年', '', '', '稅捐稽徵機關', 'topic 合計期間; limit binds the approval by 稅捐稽徵機關 named in the same provision'),
    ],
    84: [
    ],
    85: [
        ('shall_not', '[不予]核發', '', '', '中央主管機關', 'bearer from lead-in: 中央主管機關…依下列方式核發補償金'),
    ],
    86: [
        ('shall', '[應]駁回其申請', '', '', '', 'the authority is not named; 申請登記者 is the applicant (object side), not the bearer'),
    ],
    87: [
        ('may', '者，[得]由保稅工廠', '由[保稅工廠]自行', '', '', '得由X: bearer = agent after 由; 免列帳監管 has no cue'),
    ],
    88: [
        ('shall', '總務科[應]將', '總務科', '', '', ''),
    ],
    89: [
        ('shall_not', '[不得]因該人員', '', '', '請求方', 'lead-in: 請求方…應保證下列事項 -> the requesting party guarantees it will not…'),
    ],
    90: [
        ('exception', '出納管理單位[除]依法得', '', '', '', '除依法得自行保管之經費款項外 carves those funds out of the 應解繳 duty; the 得 inside 除…外 is not labelled'),
        ('shall', '等，[應]依規定', '^[出納管理單位]', '', '', ''),
        ('shall_not', '最長[不得]逾五日', '', '', '出納管理單位', 'limit on the same delivery duty; subject elided'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    91: [
        ('shall_not', '申請標的[不予]開放', '', '', '', '申請標的 is a thing; the authority is not named in this paragraph; 取得 false friend'),
    ],
    92: [
    ],
    93: [
        ('shall', '外，[應]再列明', '', '', '訓練單位', '除應記載前項事項外，應再… is additive (no exception), the 應 inside 除…外 restates; subject 結訓證書 is a thing, 訓練單位 issues it'),
    ],
    94: [
        ('shall', '政府[應]策訂', '^[政府]', '', '', 'one 應 governs 策訂, 輔導 and 並積極推動'),
    ],
    95: [
    ],
    96: [
        ('shall', '評估，[應]符合', '', '', '', 'topic 評估 (thing); developer not named'),
        ('shall', '特性，[應]採更嚴格', '', '', '', 'same topic'),
    ],
    97: [
        ('shall', '事業[應]設置', '^[期貨經理事業]', '', '', ''),
    ],
    98: [
        ('may', '請求權人[得]依本法', '請求權人', '', '', ''),
    ],
    99: [
        ('shall', '時，[應]由出售', '由[出售公有土地機關]依', '', '', '應由X: bearer = agent after 由 (compound noun, no 之)'),
    ],
    100: [
        ('shall', '規定，[應]自本標準', '之[回收、處理業]，', '已從事回收、處理之回收、處理業', '', ''),
    ],
    101: [
    ],
    102: [
    ],
    103: [
    ],
    104: [
        ('may', '時，[得]於檢查合格證', '^[雇主]', '', '', '緊急應變處置計畫: false friend'),
    ],
    105: [
        ('shall', '主管機關[應]即通知', '時，[直轄市或縣（市）主管機關]應即', '', '', '應即 is one cue; 得標人/得標者 false friends'),
    ],
    106: [
    ],
    107: [
    ],
    108: [
    ],
    109: [
        ('shall', '者，[應]填具', '^[報考研究用核子反應器運轉人員測驗者]', '', '', 'headless 者-phrase kept whole; one 應 also covers 由經營者…提出 (submission through the operator); 反應器 false friend'),
    ],
    110: [
    ],
    111: [
    ],
    112: [
    ],
    113: [
        ('shall', '者，[應]以申請承租', '', '', '', 'rule on the purchase price; no bearer written; 取得 false friend'),
    ],
    114: [
    ],
    115: [
        ('exception', '[不在此限]', '', '', '', '取得 false friend; the qualification itself carries no cue (lead-in has the 應)'),
    ],
    116: [
        ('shall', '者，[應]製作', '^[毒性及具危害性關注化學物質所有人]', '', '', '須申報 sits inside the condition (…規定須申報一般運送表單者) -> not labelled; 應變計畫 false friend; compound noun kept whole'),
    ],
    117: [
        ('shall', '觀察[須]無任何', '', '', '', 'test requirement on the vaccine/animals (things); 應用 and 反應 false friends'),
    ],
    118: [
        ('shall', '遺失，[應]更換', '', '', '', '應考人 false friend; no actor named in this paragraph'),
        ('shall', '時，[應]停止', '', '', '', 'one 應 also covers 並擇期舉行'),
    ],
    119: [
        ('may', '後，[始得]於六個月內', '^[得標者雙方或多方]', '', '', '得標者/得標金/標得 false friends; bearer kept whole (雙方或多方 is part of the subject)'),
    ],
    120: [
    ],
}
