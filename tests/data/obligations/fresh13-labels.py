# Hand labels for fresh13-unlabelled.tsv (sample.py seed 271828, 100 with a cue + 20 false-friend),
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
        ('exception', '基礎，[除]利息支出', '', '', '', '除利息支出應依第三項規定辦理外 carves interest out of the 得 (allocation) statement; the 應 inside 除…外 is not listed'),
        ('may', '外，[得]按其支出性質', '', '', '營利事業', 'topic is 分攤基礎 (a thing); the enterprise computing its income (para 1) is carried'),
        ('shall_not', '選定，[不得]變更', '', '', '營利事業', '計算基準 is a topic; enterprise carried from para 1'),
    ],
    2: [
        ('may', '[得]分別議獎', '', '', '', '得分別 is 得 + 分別 (not 得分); 各級行政人員…者 are the beneficiaries of the award (patients), the awarding authority is not named -> no bearer'),
    ],
    3: [
    ],
    4: [
        ('shall', '[應]備置', '法院及檢察署', '', '', ''),
        ('may', '並[得]視需要', '法院及檢察署', '', '', 'shared subject of the coordinated predicate'),
    ],
    5: [
        ('exception', '，[除]鄉', '', '', '', '除…至任期屆滿日外 carves the chiefs out of the 不得逾三年 limit'),
        ('shall_not', '期限[不得]逾三年', '', '', '', '期限 is a topic; 其餘申請人員 is also a topic (the deciding authority is not named)'),
    ],
    6: [
        ('shall', '[應]符合', '運動員', '參加競賽之運動員', '', ''),
    ],
    7: [
        ('shall', '[應]予錄音', '，[法院]審理', '', '', 'subject 法院 written in the 時 clause of the same sentence (topic chain, like 民航局…時，應…); 亦同 is no cue'),
    ],
    8: [
    ],
    9: [
        ('may', '外，[得]以書面', '當事人', '', '', ''),
        ('exception', '[除]法規另有規定外', '', '', '', '除法規另有規定外 carves out of the 得 of the same sentence'),
        ('shall', '行政機關[應]作成紀錄', '受理之[行政機關]應', '受理之行政機關', '', ''),
    ],
    10: [
        ('shall', '[應]檢送一式四份', '', '', '學校法人', '聲請書 and 清冊 are things; the applicant 學校法人 is in the previous paragraph'),
        ('shall', '並[應]依第七條', '', '', '學校法人', ''),
    ],
    11: [
        ('shall_not', '[不得]執行', '評價人員或機構', '', '', ''),
    ],
    12: [
        ('shall', '[應]將委託之對象', '民航局', '', '', ''),
    ],
    13: [
        ('shall', '[應]專任', '財團法人總經理或秘書長', '政府捐助之財團法人總經理或秘書長', '', 'relative clause 政府捐助之 stripped; 財團法人 kept as possessor part of the name'),
        ('shall_not', '[不得]於其他公司', '財團法人總經理或秘書長', '政府捐助之財團法人總經理或秘書長', '', ''),
    ],
    14: [
    ],
    15: [
    ],
    16: [
        ('shall', '[應]依業務執行規範', '', '', '公寓大廈管理維護公司', 'bearer from the lead-in'),
    ],
    17: [
        ('may', '[得]指定', '裁決委員會', '', '', ''),
    ],
    18: [
        ('shall', '[應]由主管單位', '主管單位', '', '', 'agent after 由; 負責保管該項軍品之人員 is the topic (the one made to compensate); 除依…懲處外 is additive (besides punishing the thieves), not an exception'),
        ('shall', '[應]按情節嚴予處分', '', '', '', 'passive: 直屬單位主管及政戰主管人員 are the ones to be punished, the punishing authority is not named; 除依法處刑外 additive'),
    ],
    19: [
    ],
    20: [
        ('shall', '[必須]持有', '', '', '個人經營計程車客運業者', 'topic 受僱人之資格; the duty is on the operator who hires, named in the same provision; 需要僱用 is no cue'),
    ],
    21: [
        ('shall', '[應]各依', '', '', '', 'topic 年資採計 of the retiree; the counting authority is not named'),
        ('shall_not', '[不予]採計', '', '', '', ''),
    ],
    22: [
        ('may', '[得]依電路布局權人', '電路布局專責機關', '', '', ''),
    ],
    23: [
        ('shall', '[應]於參加人', '^[保管事業]', '', '', '應收有價證券 is a false friend'),
    ],
    24: [
        ('may', '[得]以下列方式', '^[保險業]', '', '', ''),
    ],
    25: [
        ('shall_not', '[不得]低於', '', '', '', 'lead-in: 第三項之處、局，其編制員額依下列規定設置 -- no bearer named'),
    ],
    26: [
        ('shall_not', '[不得]低於', '', '', '民營航空站經營人', 'topic 實收資本額; lead-in names the owner of the capital 民營航空站經營人'),
    ],
    27: [
        ('shall', '[應]以書面', '擬任機關、學校', '', '', '不得任用為警察官情形 is inside the condition (restates the statute), not listed'),
        ('may', '[得]依法提起訴願', '；[當事人]不服', '', '', ''),
    ],
    28: [
        ('shall', '[應]敘明舉發', '', '', '', '舉發理由 is a thing; the 舉發人 is not named'),
    ],
    29: [
    ],
    30: [
        ('may', '[得]劃定', '^[園區]', '', '', '園區 is the written subject (acts as an agent here); 並由管理局…予以開發 has no cue of its own'),
    ],
    31: [
        ('shall', '民營事業[應]依', '各國營事業機關', '', '', 'no cue inside the quoted name'),
        ('shall', '[應]從嚴審核', '各主管機關', '', '', ''),
        ('may', '[得]直接編入預算', '', '', '各國營事業機關', '但…得 is a may (no 不在此限); the state enterprises of the first sentence'),
    ],
    32: [
        ('shall_not', '[不得]超過', '', '', '', '插座之裝設 is a topic; no bearer in lead-in'),
    ],
    33: [
        ('shall', '[應]遵守', '^[業餘無線電人員]', '', '', ''),
    ],
    34: [
        ('shall', '[應]指定', '', '', '直轄市、縣（市）教育主管機關', 'the designating authority is named in the lead-in (whose grammatical subject is the designated unit, but 指定 is done by the authority)'),
    ],
    35: [
    ],
    36: [
        ('shall', '法院[應]繼續', '法院', '', '', ''),
        ('may', '亦[得]聲請', '當事人、辯護人或輔佐人', '', '', ''),
    ],
    37: [
        ('shall', '[應]提撥', '', '', '', '罰鍰 is a thing; 由交通部…定之 has no cue'),
    ],
    38: [
        ('exception', '[除]原始文書外', '', '', '', '除原始文書外 removes original documents from the deletion duty (they are dealt with in para 3)'),
        ('shall', '[應]將當事人', '', '', '調查處理校園性別事件人員', 'grammatical subject is 文書 (a thing); the 人員 who make the documents are named in the relative clause'),
    ],
    39: [
        ('shall', '[應]繳納', '^[集散站經營業]', '', '', ''),
    ],
    40: [
        ('shall', '[應]遵行', '政府部門', '', '', ''),
    ],
    41: [
        ('shall', '[應]定期', '家屬教育服務提供單位', '', '', ''),
    ],
    42: [
        ('shall_not', '[不得]載運', '', '', '汽車買賣業、汽車製造業或汽車研究機構', 'bearer from the lead-in'),
    ],
    43: [
        ('shall', '[應]作成紀錄', '', '', '', 'things as topic; no bearer in previous paragraph'),
    ],
    44: [
        ('may', '[得]指定', '', '', '', 'who designates is not written'),
    ],
    45: [
    ],
    46: [
        ('may', '[得]免為', '', '', '公務機關或非公務機關', '得免 = may dispense with the notice of para 1 (an exemption, labelled by its cue as may); bearer from para 1'),
    ],
    47: [
        ('shall', '[應]將超過部分', '', '', '區內事業', ''),
        ('shall', '並[應]向海關', '', '', '區內事業', ''),
        ('shall', '[應]修訂用料清表', '', '', '區內事業', ''),
    ],
    48: [
    ],
    49: [
        ('shall', '並[應]檢附', '', '', '', 'lead-in subject is 徵收計畫書 (a thing); no bearer named'),
    ],
    50: [
        ('shall', '[應]使用', '', '', '', ''),
    ],
    51: [
        ('shall', '[應]分別', '公立學校或未設理（董）事會之行政法人', '', '', 'coordinated alternatives kept whole; the inner 之 clause cannot be stripped contiguously'),
        ('shall', '[應]報理', '其他勸募團體', '', '', '並於…報主管機關許可 has no cue of its own'),
    ],
    52: [
        ('may', '[得]請', '申復受理機關', '', '', ''),
    ],
    53: [
        ('may', '[得]予以解職', '全國聯合會', '', '', ''),
    ],
    54: [
        ('may', '[得]申請', '', '', '', '贈與 is a topic; applicant (donor/donee) not named here or in para 1; the 但 clause has no cue (不課徵 is not 不予)'),
    ],
    55: [
    ],
    56: [
        ('exception', '[除]第十七條', '', '', '', '除第十七條規定外 carves art. 17 out of the 仍應 of the same sentence'),
        ('shall', '仍[應]依', '', '', '', '退休及撫卹事項 is a topic'),
        ('shall', '並[應]依', '臺鐵公司', '', '', '支應 false friend'),
    ],
    57: [
        ('shall', '[應]先', '^[公司]', '', '', ''),
        ('may', '[始得]', '存續或新設公司', '', '', ''),
    ],
    58: [
        ('may', '[得]由', '各該主管機關', '', '', 'agent after 由'),
    ],
    59: [
        ('shall', '[應]依關稅法', '，[海關]應依', '', '', ''),
        ('shall', '[應]廢止', '', '', '海關', 'subject omitted after ；, carried from the preceding clause'),
    ],
    60: [
        ('shall', '[應]設人力', '', '', '', 'thing as topic; 不需設 (need not) is like 無須, not a cue, though it acts as an exemption'),
    ],
    61: [
        ('shall', '聲請後，[應]即行', '法院', '', '', '應即 = one cue (應); 法院受理…後 is a temporal condition, not a modifier'),
        ('shall_not', '[不得]以被害人', '法院', '', '', 'coordinated predicate of the same sentence; shares the written subject 法院'),
    ],
    62: [
        ('shall', '活動時，[應]充實', '^[法務部 (以下簡稱本部) 與所屬機關]', '', '', 'coordinated subject 法務部…與所屬機關 kept whole; the (以下簡稱本部) alias sits inside it'),
    ],
    63: [
        ('shall', '人行道[應]為水泥', '', '', '', 'topic is a place (道路及人行道), a thing, no bearer written'),
        ('shall', '入口處[應]置有', '', '', '', 'place as topic; the duty-holder (factory operator) not named'),
    ],
    64: [
        ('shall', '價金[須]以新臺幣', '', '', '競價者', "grammatical subject is the thing 價金 (競價者 is only its possessor); duty is the bidder's, also lead-in 競價者應依下列規定報價 -> carried"),
    ],
    65: [
        ('shall', '主管機關[應]通知', '中央主管機關', '', '', '駁回其申請 carries no cue; 不能補正 is no cue'),
    ],
    66: [
        ('may', '五百人者[得]由社員代表大會', '社員代表大會', '', '', 'agent after 由 is the bearer'),
        ('may', '連選[得]連任', '', '', '信用合作社理事、監事', 'clause has no subject; the re-electable directors/supervisors are the sentence topic -> carried'),
    ],
    67: [
        ('may', '查核需要，[得]規定', '中央主管機關', '', '', ''),
    ],
    68: [
        ('shall', '傳輸[應]以符合', '', '', '', 'thing as subject (傳輸); previous paragraph (專人管理資訊安全) does not clearly carry the transmitting actor'),
    ],
    69: [
        ('may', '數量[得]經認可', '', '', '', "subject is 數量 (thing); 客船 is a topic (a ship), not a person; hard: duty/permission is the shipowner's, unnamed"),
    ],
    70: [
        ('shall', '管路系統[應]完全分離', '', '', '', 'things as subjects; lead-in 建築與設施 is also a thing'),
        ('shall', '出水口[應]明顯區分', '', '', '', 'thing as subject'),
    ],
    71: [
        ('exception', '養殖者，[不在此限]', '', '', '', '但…不在此限 carves an exception out of the 不予出租 ground of this item'),
    ],
    72: [
        ('shall_not', '同意，[不得]轉讓', '', '', '民間機構', 'subject is the assets (營運資產、設備, topic); 民間機構 appears only inside the relative clause 因…所取得之 -> carried, not bearer. 取得 false friend, 負擔 no cue'),
    ],
    73: [
        ('shall', '之一者，[應]主動迴避', '公務機關代表或專家學者', '前項公務機關代表或專家學者', '', 'coordinated alternatives kept whole; 前項 is the restrictive modifier'),
    ],
    74: [
    ],
    75: [
        ('shall', '客戶，[應]採行', '', '', '', 'no subject written; lead-in (確認客戶身分措施…應以風險基礎方法決定) names no actor either'),
    ],
    76: [
        ('shall', '每年[應]公開說明', '各直轄市政府、縣（市）政府', '', '', 'coordinated subject kept whole, 各 kept as fixed modifier'),
    ],
    77: [
        ('shall', '數額，[應]報經', '', '', '審查機構', 'subject is 收費項目及數額 (thing); the charging party is the 審查機構 named as topic of the first sentence -> carried. 由…負擔 is not 負…義務'),
    ],
    78: [
        ('shall', '處理業，[應]於本辦法', '回收業、處理業', '本辦法修正發布前已登記之回收業、處理業', '', ''),
    ],
    79: [
        ('shall', '審查會[應]於', '^[審查會]', '', '', ''),
    ],
    80: [
        ('shall', '結餘款，[應]於', '', '', '農會及漁會', 'grammatical subject is 結餘款 (thing), the 其 refers back to the topic 農會及漁會 who must transfer -> carried'),
    ],
    81: [
        ('shall', '國原院[應]定期', '^[國原院]', '', '', ''),
        ('may', '本會並[得]視需要', '本會', '', '', '並 is an adverb, not part of the bearer'),
    ],
    82: [
        ('shall', '紀錄後，[應]以書面', '電信事業', '', '', ''),
        ('may', '同意者，[得]以磁片', '', '', '電信事業', '但-clause after 。 has no subject of its own; carried from the first sentence'),
    ],
    83: [
        ('shall_not', '依據，[不得]以上年度', '', '', '', 'lead-in 預算支出依下列原則辦理 names no actor'),
    ],
    84: [
        ('may', '法院並[得]檢核', '法院', '', '', '除準用…外，法院並得 is additive (besides…, also may), NOT an exception; 準用 is no cue; 除名 is a false friend'),
    ],
    85: [
        ('shall', '案件後，[應]向主管機關', '公路監理機關', '', '', '投保義務人 is a noun (no 負…義務)'),
    ],
    86: [
        ('shall', '主管機關[應]設置', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    87: [
        ('shall', '必要者，[應]速擬具', '大法官', '', '', '送由憲法法庭優先評決 carries no cue'),
    ],
    88: [
        ('may', '有期徒刑，[得]併科', '', '', '', 'penalty clause, but the 得 (court may add a fine) is a real cue; the court is not named'),
    ],
    89: [
        ('may', '法務部[得]退還', '上級機關或法務部', '', '', 'one 得 governs the alternatives 退還… or 由法務部逕予變更 (逕予 is not 不予); 違反本辦法 and 顯不適當 are inside the condition'),
    ],
    90: [
        ('shall', '判斷時，[應]更正', '公司', '已公開財務預測之公司', '', ''),
    ],
    91: [
        ('may', '嫌疑者，[得]在刑事訴訟', '', '', '法院', 'actor not written here; the paragraph right before (法院對於聲明異議事件…) carries 法院'),
    ],
    92: [
    ],
    93: [
        ('shall', '評估會[應]依', '績效評估會', '', '', 'one 應 governs 評估… and 審酌發給'),
    ],
    94: [
        ('shall_not', '之人數，[不予]列計', '', '', '', '不予 labelled shall_not per guide, though it works as a carve-out from the headcount rule; subject 人數 is a thing, counting authority unnamed'),
    ],
    95: [
        ('may', '主管機關[得]認可', '中央主管機關', '', '', "不受第一項規定之限制 is semantically an exception but none of the guide's exception cues (不在此限/不適用/除…外) -> not listed"),
    ],
    96: [
        ('shall', '之一端，[應]設進站', '', '', '', 'topic is a place (站之兩端…), no bearer'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    97: [
        ('shall', '繼承人[應]於收藏人', '繼承人', '', '', '由警察機關收繳之 has no cue'),
    ],
    98: [
        ('shall', '移交，[應]依本條例', '各級人員', '', '', ''),
        ('shall', '不清者，[應]由新任人員', '新任人員', '新任人員會同監交人員', '', 'agent after 由 is 新任人員; 會同監交人員 (jointly with the supervising official) kept in bearer_full; hard: one may read both as co-bearers'),
    ],
    99: [
        ('shall', '預算，[應]就各有關', '主計總處', '', '', '並將…提報 continues the same 應, no second cue'),
    ],
    100: [
        ('shall', '保險人[應]於收入時', '保險人', '', '', ''),
    ],
    101: [
    ],
    102: [
        ('shall', '書面同意[應]經公證', '', '', '', 'validity requirement (應經公證始生效力) still a shall; subject 書面同意 is a thing; 始生效力 is not 始得; 取得 false friend'),
    ],
    103: [
    ],
    104: [
        ('shall', '為處罰，[應]審酌', '稅捐稽徵機關', '', '', '應受責難程度 is attributive (degree of blame), 所得 false friend, 義務 without 負 is no cue'),
        ('may', '並[得]考量', '稅捐稽徵機關', '', '', 'coordinated predicate of the same sentence, same written subject'),
    ],
    105: [
    ],
    106: [
        ('may', '本會[得]廢止', '本會', '', '', '取得再利用許可之事業 — 取得 false friend'),
    ],
    107: [
    ],
    108: [
        ('may', '需要，[得]設飛航', '本總台', '', '', '因應 false friend'),
    ],
    109: [
    ],
    110: [
    ],
    111: [
    ],
    112: [
    ],
    113: [
        ('shall', '調查，[應]取得', '', '', '', 'subject is the 調查 (an act); 被告 is only the topic; the investigating authority is not named'),
    ],
    114: [
    ],
    115: [
        ('shall', '經營者[應]自取得', '經營者', '', '', 'the second clause 完成後並向主管機關申請 continues the same 應; 取得 false friend'),
    ],
    116: [
        ('shall', '管路佈置，[應]使', '', '', '', 'thing (管路佈置) as subject; lead-in is about the test, no actor'),
        ('shall_not', '長度[不應]小於', '', '', '', '不應 = shall_not; 供應管路 false friend'),
    ],
    117: [
        ('shall', '應付帳款，[應]以攤銷後', '', '', '', 'the 指… part is a definition (應付票據/應付帳款 false friends), but the appended 應以攤銷後成本衡量 is a measurement rule (siblings list it as a separate duty); no bearer'),
    ],
    118: [
    ],
    119: [
        ('shall', '機構者，[應]以書面', '主管機關', '', '', ''),
        ('shall_not', '機構[不得]接受', '機構', '該申請查核之機構', '', 'pivot construction 通知X不得…: the prohibition the notice imposes binds X (the institution), X written right before'),
        ('shall', '細胞，[應]予以銷毀', '', '', '申請查核之機構', 'no subject in the clause; the institution that obtained the cells (named just before) carries it; 取得 false friend'),
    ],
    120: [
    ],
}
