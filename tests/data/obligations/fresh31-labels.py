# Hand labels for /work/eval/s34/o31/to_label-a.tsv (sample of session 34, o31), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, after ；) shares the written bearer unless its clause has its own
#   (thing) subject (then '' + carried); a clause after ； with an omitted subject gets the sentence's written
#   subject; across 。 the bearer is carried; one 應/得 governing 並X / a following 由X clause without a new cue is one
#   statement.
# - a thing / topic subject (經費, 新股, 實收資本額, 計畫內容, 文物 as object, 區域, 申請) is no bearer; an agent inside
#   the 之-modifier of such a topic NP (農會為…之經費, 公司…發行之新股) is carried; 應由 + a fund (總用人費) is no agent;
#   經X審查 (X in a 經-phrase) is not a 由-agent -> carried when X clearly issues.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers go
#   to bearer_full; coordinated subjects kept whole; the subject of a …時 clause is the bearer of the following cue.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 without 不在此限 is a
#   may; penalty 得併科 is a may with no bearer (court not named); 僅得 is a may.
# - not labelled: cues inside 除…外 (restating), inside …者 conditions (依法應負刑事責任者), attributive 應具備之 /
#   所應指撥之; 可 / 方可 / 不核給 / 免試 / 不受…限制 are no cues; 為應業務需要 (應 = respond to), 應徵 (召), 支應,
#   因應, 所得, 取得 are false friends; 負擔 / 負刑事責任 are not 負…義務.
LABELS = {
    1: [
        ('exception', '[不在此限]', '', '', '',
         'list item without an operator of its own (lead-in 雇主應依左列規定設置…); 但…者，不在此限 excepts from it'),
    ],
    2: [
        ('shall', '，[應]依', '^[漁會]', '', '', '漁會審查…資格 = the subject\'s own clause; list lead-in'),
    ],
    3: [
        ('shall', '機關[應]依據', '^[中央主管機關]', '', '',
         'one 應 governs 擬訂 / 報行政院核定; 負擔能力 is no 負…義務; 直轄市、縣（市）主管機關 is inside the object'),
    ],
    4: [
        ('may', '時，[得]循', '^[漁港所在地漁會]', '', '',
         '因…無法…辦理時 is a condition; 漁港所在地 (no 之) kept; 由主管機關提供 / 由投資人… are content of the same 得 (no cue); 取得 ×2 false friends'),
    ],
    5: [],  # 應徵、召服役人員: 應徵 false friend (conscripts); 免試換發 / 換發 stated as fact, no operator
    6: [
        ('shall', '，[應]由', '', '', '農會',
         'hard: thing subject (經費); 由總用人費 is a fund, not an agent; 農會 is the agent inside the 之-modifier of the topic -> carried; 支應 false friend'),
    ],
    7: [
        ('shall_not', '期貨商[不得]以', '^[委任期貨商]', '', '',
         'one 不得 governs the whole 約定…; 由期貨交易輔助人代為執行 is the content; …業務外 (no 除) is no exception'),
    ],
    8: [
        ('shall', '保險業[應]已', '保險業', '', '', '取得 after 應已 is the verb (cue 應); list item under 應符合下列條件'),
    ],
    9: [
        ('shall_not', '（五）[不得]以', '', '', '指定銀行',
         'no subject in the 目; the paragraph lead-in 指定銀行辦理…外匯衍生性商品業務，應依下列規定辦理 names the bank (款 heading 三、… is a topic)'),
    ],
    10: [
        ('shall', '中心[應]訂定', '^[本中心]', '', '', 'one 應 governs 訂定 / 提經…通過後，報請…備查'),
    ],
    11: [],  # 依法應負刑事責任者: 應 inside a …者 condition (restates a duty); 減輕其刑 stated as fact; 不依規定 no cue
    12: [
        ('shall', '，[應]預先', '', '', '雇主',
         'no subject in the 目 (有湍流、潮流之情況 is a condition); 款 lead-in 於作業場所…設置下列救生設備 has none; paragraph lead-in 雇主使勞工…作業…者，應依下列規定辦理 -> carried; 落水者 is inside the NP'),
    ],
    13: [
        ('shall', '者，[應]加附', '', '', '供自行使用者',
         'thing subject/condition (前項變更涉及…者); paragraph right before: 供自行使用者如有變更…之需要，應檢具… -> carried; one 應 governs 加附 / 說明'),
    ],
    14: [
        ('shall', '設置者[應]於', '設置者', '', '', '仍有設置之必要者 is a condition'),
        ('may', '機關[得]重新', '主管機關', '', '',
         'after ；, own subject (the occurrence right before the cue); 由主管機關發給 / 新照有效期間…起算 have no cue'),
    ],
    15: [
        ('may', '，[得]就', '^[各級地方政府]', '', '', '依其需要 is a condition'),
        ('shall_not', '[不得]超過', '', '', '各級地方政府',
         'same sentence, own thing subject (其所占之百分比權數) -> bearer empty; the setter of the weights carried'),
    ],
    16: [],  # hard: the only 應 (應先行減除) sits inside 除…外 (GUIDE: cues inside 除…外 are not statements); the main clause
             # (由營利事業…自行擇定之) has no operator, so 除 carves nothing deontic; 所得 / 所得稅 false friends
    17: [
        ('shall', '，[應]分別', '', '', '各級教育行政機關',
         'thing subject (經費); 各級教育行政機關 is the agent inside the 之-modifier (…實施視聽教育之經費) -> carried; 編列科目辦理 continues the same 應'),
    ],
    18: [
        ('may', '稽核，[得]要求', '，[海關]執行', '', '',
         '海關執行前項事後稽核 = the subject\'s own clause; 為調查證據之必要 purpose; 或通知 / 或由海關人員…調查 continue the same 得'),
        ('shall_not', '人[不得]規避', '被調查人', '', '', 'after ；, own subject'),
    ],
    19: [
        ('shall', '，[須]於', '，[教師]欲', '', '',
         '教師欲辭職者 = N[condition]者 keeps N; 方可 is not a cue (only 方得); 經學校同意 no cue'),
    ],
    20: [
        ('shall', '至少[應]包含', '', '', '公私場所',
         'thing subject (改善計畫內容); paragraph right before: 公私場所得…檢具空氣污染改善計畫 -> carried'),
    ],
    21: [
        ('shall_not', '[不得]供為', '', '', '',
         'thing subject (該屠體及其內臟); 具有下列情形之一者 / 經判定不合格者 are conditions; no actor'),
    ],
    22: [
        ('may', '[得]併科', '', '', '',
         'penalty with a 得 cue: the court (not named) may add a fine; 處…有期徒刑 itself is not deontic; the offender (…者) is a condition'),
    ],
    23: [],  # 航空器於飛航時應具備之文書: 應 attributive inside the noun phrase (list item of violations)
    24: [
        ('shall', '，[應]即', '', '', '當值航行員',
         '應即 = 應; no subject in the item (遇突發事件 condition; 船長 is the recipient); lead-in 當值航行員應督率…注意辦理下列事項 -> carried'),
    ],
    25: [
        ('shall_not', '[不得]低於', '', '', '保險業',
         'thing subject (保險業之實收資本額): 保險業 is the possessor -> carried; 所應指撥之 is attributive'),
        ('shall', '，[應]辦理', '', '', '保險業', 'same sentence, no subject written (如有不足時 condition) -> carried'),
    ],
    26: [
        ('exception', '[除]第二十一條', '', '', '', '除…規定外 carves an exception out of the 應 of the same sentence'),
        ('shall', '審議會[應]自', '審議會', '', '', '經濟部 is the notifier inside the time phrase'),
    ],
    27: [
        ('shall', '者，[應]建立', '^[天然氣生產或進口事業]', '', '',
         'N[condition]者 (兼營其他事業者) keeps N; coordinated 生產或進口 kept'),
    ],
    28: [
        ('may', '，[得]以', '', '', '公司',
         'hard: thing subject (新股; 得以現金…為出資 = may be paid up in cash or property, a permission, not "can"); 公司 is the agent inside the 之-modifier (公司依前項發行之新股) -> carried; 不受…之限制 no cue'),
    ],
    29: [
        ('may', '，[得]視', '', '', '',
         'thing subject (…歲出額度之內容 may be split); the splitting authority not written (前條 is another article)'),
    ],
    30: [
        ('may', '者，[得]協調', '', '', '',
         'topic (國有眷舍房地處理 涉及地方政府者, a condition); 地方政府 is the object; the acting agency is not written in the article'),
    ],
    31: [
        ('may', '公會[得]依', '，[公會]得', '', '', '醫師公會之會員有…行為者 is a condition (the member is the patient)'),
    ],
    32: [
        ('may', '者，[得]於', '^[第三人]', '', '', '第三人…有…權利者 = N[condition]者 keeps N'),
        ('may', '並[得]以', '', '', '第三人',
         'across 。 (如債務人亦否認其權利時 condition; 債務人 is the object/defendant) -> carried; 得以X為被告 = may name X as defendant'),
    ],
    33: [],  # definition clause (污染防制設備：指…); 因應 false friend
    34: [
        ('shall', '事業[應]訂定', '^[銀行間徵信資料處理交換服務事業]', '', '', ''),
    ],
    35: [
        ('may', '僅[得]從事', '^[依第一項第六款取得合格證書者]', '', '',
         'hard: 僅得 = may only (a may); headless agentive …者 phrase, the only subject, kept whole; 取得 false friend inside it'),
    ],
    36: [
        ('may', '亦[得]視', '', '', '',
         'thing topic (本標誌設置); 可視 (可) is no cue; the installing authority is not named in the article'),
    ],
    37: [
        ('may', '班[得]由', '由[社教機構]發給', '', '',
         'bearer = agent after 得由; 非學分班 is a topic; 學分班由合作之大專校院發給 has no cue'),
    ],
    38: [
        ('shall', '，[應]檢具', '', '', '申請著作財產權讓與登記者',
         'topic 前項申請 (an act); paragraph right before: 申請著作財產權讓與登記者，其申請書應記載… -> carried (headless agentive 者 phrase)'),
    ],
    39: [
        ('shall', '，[應]設置', '', '', '雇主',
         'place subject (作業場所); lead-in 雇主使勞工從事…之作業時，依下列規定 -> carried'),
    ],
    40: [
        ('may', '，[得]依', '^[本局]', '', '',
         '為應業務需要: 應 = respond to (因應 sense), not a modal -> not labelled'),
    ],
    41: [
        ('shall', '委員會[應]將', '^[法醫師懲戒委員會]', '', '', '被付懲戒法醫師 etc. are recipients'),
    ],
    42: [
        ('may', '並[得]通知', '^[人民團體理事會、監事會]', '', '',
         'coordinated subject kept whole; 每三個月至少舉行會議一次 has no cue'),
    ],
    43: [
        ('shall_not', '[不得]超過', '', '', '',
         'thing subject (每一火警分區); lead-in 裝設火警自動警報設備之建築物，依下列規定劃定火警分區 names a building, no actor; 並在…以下 no cue'),
        ('may', '，[得]二層', '', '', '', '但…得 without 不在此限 is a may; …者 is a condition; thing'),
    ],
    44: [
        ('shall', '銀行[應]將', '^[代庫銀行]', '', '', 'one 應 governs 轉出 / 並按…存入後 / 依…辦理'),
    ],
    45: [
        ('shall_not', '，[不得]兼任', '之[業務員]，', '期貨商之業務員', '', '期貨商之 is a 之-modifier -> bearer_full'),
        ('exception', '[不在此限]', '', '', '', '但…兼任…者，不在此限'),
    ],
    46: [
        ('shall', '，[應]取得', '', '', '開發單位',
         'place topic (區域); lead-in 開發基地位於…，依左列規定辦理 names no actor; paragraph 1 right before: 開發單位應先查明… -> carried (as fresh30 did for item 3); 取得 after 應 is the verb; 另覓 is no 覓得'),
    ],
    47: [
        ('may', '，[得]先行', '^[總統府]', '', '',
         'subject of the …時 clause; 展覽中之文物 is the fronted object; 並於…辦理移轉 continues the same 得'),
    ],
    48: [
        ('may', '會[得]依', '^[運安會]', '', '', ''),
        ('shall', '者，[應]限制', '', '', '運安會',
         'thing subject (訪談錄音、紀錄及…文件, with a …者 condition); across 。 -> carried'),
    ],
    49: [
        ('shall', '，[應]依', '', '', '', 'thing subject (電氣配線); no actor in the article'),
    ],
    50: [
        ('may', '者，[得]於', '^[少年法院]', '', '',
         '認有必要者 is a condition; 命少年…遵守下列事項 continues the same 得 (遵守 no cue)'),
    ],
    51: [
        ('shall', '時[應]檢附', '^[申請政府資訊供學術研究或公益用途者]', '', '',
         'headless agentive …者 phrase kept whole; 除郵遞費用…外，其餘費用，減半徵收: no operator in the main clause, so 除 is no exception'),
    ],
    52: [
        ('shall', '用戶[應]以', '^[特約用戶]', '', '', '並按月結算郵資 continues the same 應; 由收寄郵局繕發「…」 has no cue'),
        ('shall', '，用戶[應]於', '，[用戶]應於', '', '', 'own subject (the 特約用戶 again, written as 用戶)'),
        ('shall', '般用戶[應]於', '一般用戶', '', '', 'own subject'),
    ],
    53: [
        ('shall', '時，[應]減少', '主管機關', '', '',
         'hard: after ；, omitted subject = 主管機關 of the same sentence (主管機關依…收回當年度配額) -> same written bearer; 不核給 is not a listed cue (not 不予); 已核給者 condition'),
    ],
    54: [
        ('shall', '者，[應]繳納', '^[申請核發或補（換）發前條審查合格發給之證書者]', '', '',
         'headless agentive …者 phrase, the only subject, kept whole'),
    ],
    55: [
        ('shall', '，[應]經', '', '', '中央主管機關',
         'hard: topic 執業執照之申請 (thing); 經中央主管機關審查登記後發給之: the issuer is named in a 經-phrase (not subject, not 由) -> carried from the same clause/sentence'),
        ('shall', '，[應]通知', '；[中央主管機關]發給', '', '', 'after ；, own subject (中央主管機關發給執業執照時); 技師公會 is the recipient'),
    ],
    56: [
        ('may', '機構[得]依', '仲裁機構', '', '',
         '未依本法訂立仲裁協議者 is a condition; 由雙方選定仲裁人進行調解 continues the same 得; 由仲裁人作成調解書 has no cue'),
    ],
    57: [
        ('may', '本部[得]予', '，[本部]得予', '', '', '財團法人有…者 is a condition; 並限期改善 continues the same 得'),
        ('may', '本部[得]撤銷', '，[本部]得撤銷', '', '', '逾期不改善者 is a condition; 並通知…法院 continues the same 得'),
    ],
    58: [
        ('may', '，[得]合理', '^[會計師]', '', '', '受託辦理事件 is the subject\'s own clause'),
    ],
    59: [
        ('shall', '二、[應]確認', '', '', '',
         'no subject in the item; lead-in 包件在每次交運前應符合下列之規定 has a thing subject (包件), no actor'),
    ],
    60: [
        ('shall', '機關[應]依', '^[各級主管機關]', '', '', '各級 kept as a fixed modifier'),
        ('may', '，[得]委託', '^[各級主管機關]', '', '', 'same sentence (必要時 condition), same written bearer'),
    ],
}

# Hand labels for /work/eval/s34/o31/to_label-b.tsv (sample of session 34, o31), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = provision number, 61 = first P line of to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a second cue of the same sentence (並應, 但不應 / 但不得 without 不在此限) shares the written bearer unless its clause
#   has its own (thing) subject; across 。 the actor is carried; one 應/得 governing 並X / a following 由X clause
#   without a new cue is one statement.
# - a thing / topic / patient subject (容器, 疫苗, 背景查核, 其法官 to be appointed, 土石, 收入) gives bearer ''; `carried`
#   when this provision (also an agent inside the 之-modifier of the topic NP), its list lead-in or the paragraph
#   right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole (依…規定 included);
#   the agent after 得由 is the bearer; 之-modifiers go to bearer_full (a 之 inside the last of coordinated
#   alternatives stays, the bearer must be contiguous).
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception, a
#   "besides" 除…外 is not; a cue inside 除…外 that restates nothing (sole source of the duty / permission) is labelled.
# - 得不予受理 is one may at 得; 應即時禁止之 is one shall at 應; 應用於 parallel to 不得用於 is 應 + 用於 (shall be used).
# - not labelled: attributive 得為訴訟當事人之團體 / 應辦理之事項 / 應不予公開之情事 / 應收之租金 / 應認列之收入 /
#   第七項禁止更換…規定, 不適用物資 (unserviceable), 不受…限制, 以…為限, 宜, 亦同, 準用 (the 得 before it is labelled);
#   false friends 應用, 所得, 取得, 獲得, 得標, 因應, 支應, 應變, 應考人, 值得 (but 該值得增至 = 該值 + 得).
LABELS.update({
    61: [],  # 得為訴訟當事人之團體: 得 attributive inside the NP; 由…行政法院管轄 states jurisdiction, no cue
    62: [
        ('shall', '者，[應]以書面', '^[供自行使用者]', '', '',
         'headless agentive 者 phrase (the self-use permittee) is the subject; 有…情形…時 and 其欲保留水量者 are conditions on it; 並檢附…申請 under the same 應; 取用 / 以…為限 no cue'),
    ],
    63: [
        ('shall', '者，[應]即時', '之[法院及地方法院]發現', '審理本案之法院及地方法院', '',
         '應即時禁止之 is one shall at 應 (the courts must stop the conduct; 禁止 is its object verb, README 應禁止); 發現有…行為者 is a condition; 於必要時並由法警維護秩序… has no new cue'),
    ],
    64: [
        ('shall', '法人[應]依', '^[環境保護法人]', '', '', '報本部備查 / 修正時亦同 under the same 應'),
    ],
    65: [
        ('exception', '，[除]聯合', '', '', '',
         '除…外 carves joint practitioners with a contractual salary clause out of the 不得 of the same sentence'),
        ('may', '其薪資[得]在', '', '', '',
         'hard: 得 inside 除…外, but it is the sole grant of this permission (item 五 of the article refers to 第二款 as its source) -> labelled; thing subject (其薪資 of the joint practitioners); who recognizes (practice vs. tax office) not clear -> no carried'),
        ('shall_not', '外，[不得]於', '二、[執行業務者]，', '', '', 'bearer is the item head 執行業務者 (not the 聯合執行業務者 inside 除…外)'),
    ],
    66: [],  # 不適用物資 = unserviceable materials (attributive), not the exception 不適用; list item of duties, no operator
    67: [
        ('shall', '時，[應]停止', '', '', '',
         'thing subject (分類為待出售之資產或處分群組); the reporting exchange is not named in the lead-ins (流動資產至少應包括下列各項目 / 十一、待出售非流動資產)'),
    ],
    68: [],  # 應辦理之事項 is attributive inside the NP (lead-in 如下), no statement in this node
    69: [
        ('shall', '繼承人[應]自', '本人或其法定繼承人', '', '', '申請人喪失補助資格或死亡時 is a condition'),
    ],
    70: [
        ('may', '時，[得]由', '由[所在地直轄市、縣（市）主管機關]提供', '', '',
         'bearer = agent after 得由 (所在地 kept as fixed modifier, like 當地); 中央主管機關規劃…時 is a condition; 亟需 no cue; 變更時，亦同 restates (no cue)'),
    ],
    71: [
        ('shall', '學校[應]於停辦日', '，[專案輔導學校]應', '', '',
         '尚未完成資遣程序之教職員工 is the fronted object; 並依…發給資遣慰助金 under the same 應; first clause (契約…終止) has no cue'),
        ('exception', '，[不適用]教師法', '', '', '', '不適用教師法第二十七條第一項… (exception to other rules)'),
    ],
    72: [],  # 應用 false friend (跨領域應用與服務); list item of tasks
    73: [
        ('shall', '者，[應]於', '^[申請經營長途網路業務者]', '', '', 'headless agentive 者 phrase kept whole'),
    ],
    74: [
        ('may', '，[得]準用', '', '', '', 'topic (受觀察、勒戒人獎勵之實施); no actor written in the article; 準用 is no cue, 得 is'),
    ],
    75: [
        ('shall', '者，[應]填具', '^[依本法第十三條第二項規定申請醫療器材商許可執照者]', '', '',
         'headless agentive 者 phrase (the applicant) kept whole, 依…規定 included as in earlier labels; 並檢附…及繳納…提出 under the same 應'),
    ],
    76: [
        ('may', '重劃，[得]因', '由[直轄市或縣（市）地政機關]核准', '', '',
         'hard: topic 土地重劃 (thing); bearer = agent after 由 of 由…核准為之 governed by the 得; 因…共同請求 is a condition; 除公有土地外 is inside the area computation of the condition, no exception'),
    ],
    77: [],  # 違法所得利益: 所得 false friend; list item of factors, no operator
    78: [
        ('shall', '，[應]以中文', '', '', '', 'thing subject (容器或外包裝); no actor in the article paragraph'),
    ],
    79: [
        ('exception', '[除]前項第三款', '', '', '', '除…外 carves the item-3 records out of the three-month 應保存 of the same sentence (they get one year)'),
        ('shall', '紀錄[應]保存', '', '', '航空器使用人',
         'hard: 應 inside 除…外, but it restates nothing (sole source of the one-year retention) -> labelled; thing subject (紀錄); the keeper 航空器使用人 is named in the same sentence -> carried'),
        ('shall', '使用人[應]保存', '航空器使用人', '', '', ''),
    ],
    80: [
        ('shall', '機關[應]定期', '^[中央主管機關]', '', '', '接受委任仲介 no cue'),
    ],
    81: [
        ('may', '法院[得]設', '^[智慧財產及商業法院]', '', '',
         'one 得 governs 設執行處; 由法官或司法事務官辦理… / 或囑託… has no new cue'),
    ],
    82: [
        ('may', '機關[得]限期', '管理機關及有關機關', '', '',
         '勘查發現有…者 is a condition; 由管理機關駁回 (second sentence part after ；) has no cue'),
    ],
    83: [
        ('shall', '疫苗[須]符合', '', '', '', 'thing subject (the vaccine under test)'),
    ],
    84: [
        ('shall', '使用人[應]調配', '航空器使用人', '', '',
         '超過…者 / 航空器內備有…設備 are conditions; 並安排 under the same 應'),
        ('shall_not', '時間[不得]超過', '', '', '航空器使用人',
         '但…不得 without 不在此限 is a shall_not; thing subject (延長之飛航時間); the scheduling operator of the sentence before carried'),
        ('shall_not', '期間[不得]超過', '', '', '航空器使用人', 'second 不得 joined by 且, own thing subject (飛航執勤期間)'),
    ],
    85: [
        ('may', '後，[得]責令', '', '', '',
         'hard: 第一項第三款之人 is the patient (the person to be supervised), not the bearer; the ordering authority is not written (para 1/2 name none)'),
        ('may', '時，[得]送交', '', '', '', 'second 得 of the sentence, same unwritten authority; 如無人管束… is a condition'),
    ],
    86: [
        ('shall', '者，[應]符合', '', '', '大學',
         'hard: 分校教師： is a heading topic and 於國內聘任者 the persons hired (patient), no written bearer; lead-in 大學設立分校，應符合下列規定 names the university -> carried; 於當地聘任者，依…辦理 has no cue'),
    ],
    87: [
        ('shall', '個月，[應]將', '^[專利專責機關]', '', '',
         '應不予公開之情事 is attributive inside the condition (no statement); 經審查認為… is a condition'),
    ],
    88: [
        ('may', '機關[得]廢止', '主管機關', '', '', '信託業未於…加入 is a condition'),
    ],
    89: [
        ('shall', '機關[應]廢止', '中央主管機關', '', '', '有下列情形之一者 is a condition; 並註銷 under the same 應'),
    ],
    90: [
        ('shall', '時，[應]與', '^[期貨經紀商]', '', '', '由主管機關定之 (second sentence) has no cue'),
    ],
    91: [
        ('shall', '義務人[應]自負', '報驗義務人', '', '',
         '經准予免驗證之機械類產品 is a topic; 應自負…責任 is one shall at 應'),
        ('may', '團體[得]隨時', '中央主管機關、勞動檢查機構或經委託之專業團體', '', '',
         'coordinated alternatives kept whole (經委託之 modifies only the last one, the bearer must be contiguous)'),
    ],
    92: [
        ('shall', '申請，[應]自', '^[直轄市、縣（市）主管機關]', '', '', ''),
    ],
    93: [],  # 應用 false friend (資訊應用); list item of tasks
    94: [
        ('shall', '後，[應]即', '^[電信線路所屬機關（構）]', '', '', '應即 = 應; 商訂日期進行會勘 under the same 應'),
    ],
    95: [
        ('may', '各方[得]約定', '締約各方', '', '', '約本 is the topic (thing)'),
    ],
    96: [
        ('may', '許可，[得]僱用', '公證人', '民間之公證人', '', '經所屬地方法院…之許可 is a condition'),
    ],
    97: [
        ('may', '土石，[得]優先', '', '', '各級政府',
         'thing subject (土石); 各級政府 named only inside its 之-modifier (and as actor of paragraph 1) -> carried'),
    ],
    98: [
        ('may', '外，[得]以', '', '', '高等法院以下各級法院或分院',
         'hard: 其法官 is the patient (the judges to be assigned), no bearer; paragraph 1 right before names the court holding the session. 除就本院法官中指派者外 read as additive ("besides assigning its own judges, may also use…"), not an exception'),
    ],
    99: [
        ('shall', '：[應]設有', '', '', '',
         'no subject; lead-in (審查基準如下) names no actor (the applicant is implied only); 宜提供 is no cue'),
    ],
    100: [
        ('shall', '貨物，[應]遵守', '^[旅客]', '', '',
         'hard: three subjects 旅客、託運人、受貨人 each with its own activity (乘車 / 託運貨物 / 領取貨物), not contiguous; the first conjunct is written as bearer'),
    ],
    101: [],  # 所得稅 false friend; list item of contract contents, no operator
    102: [],  # 應用 false friend (管理維護及應用); list item of tasks
    103: [
        ('shall', '時，[應]以前項', '之[受託人]依', '信託行為之受託人', '', '開具扣繳憑單時 is a condition'),
        ('shall', '受託人[應]依', '者，[受託人]應', '', '', 'own subject after ；; 受益人有二人以上者 is a condition'),
    ],
    104: [
        ('shall', '合作社[應]訂定', '^[信用合作社]', '', '', 'one 應 governs 訂定 and 建立; 因應 false friend'),
    ],
    105: [],  # 取得 false friend; list item (document condition), no operator
    106: [],  # 獲得 false friend; list item of design aims, no operator
    107: [],  # 得標 false friend (非暫時得標者); list item (a condition), no operator
    108: [
        ('shall', '證明者[應]檢具', '後，[取得審驗證明者]應', '', '',
         'headless agentive 者 phrase (the certificate holder) kept whole; 取得 inside it is a false friend; 授權他人… / 組裝於最終產品後 are conditions'),
    ],
    109: [
        ('shall', '查核，[應]於', '', '', '',
         'thing subject (背景查核); paragraph 1 names different checkers per item (航警局 / 所屬單位) -> no single carried; 取得 false friend'),
    ],
    110: [
        ('shall', '因素[應]取', '', '', '', 'thing subject (焊接效率因素); 當…時 is a condition'),
        ('may', '該值[得]增至', '', '', '',
         'hard: 該值得 is 該值 + 得 (the value may be raised to 1.0), not the false friend 值得; thing subject; 但…得 without 不在此限 is a may'),
        ('may', '機構[得]接受', '航政機關或驗船機構', '', '', '對於處理壓力容器 is a topic'),
        ('shall_not', '但[不應]低於', '航政機關或驗船機構', '', '',
         '但不應 (no 不在此限) is a shall_not limiting the partial NDT the authority accepts; same sentence, same written bearer'),
        ('shall', '並[應]依', '航政機關或驗船機構', '', '',
         'second cue of the same sentence (the extent is to be fixed by the accepting authority according to materials etc.), same bearer'),
        ('shall_not', '因數[不應]超過', '', '', '', 'own thing subject (所採用之效率因數)'),
        ('shall', '上述因數[應]依', '', '', '', 'thing subject (上述因數); 對於特殊之材料 is a topic'),
    ],
    111: [],  # 支應 false friend; 以下列各款為限 is no cue, so 除…外 carves out of a non-deontic restriction -> no exception
    112: [
        ('shall', '者[應]說明', '', '', '期貨商',
         'no subject written (若影響重大者 is a condition); lead-in 期貨商應就財務狀況…檢討分析…，其應記載事項如下 names the actor; 因應 false friend'),
    ],
    113: [
        ('shall', '材料[應]用於', '', '', '',
         'hard: 應用於 is not the false friend 應用 here: item 一 of the same article says 左列構造材料不得用於…, item 二 the converse (shall be used for); thing subject, no actor in the lead-in'),
    ],
    114: [
        ('may', '疏漏，[得]於', '', '', '中小企業',
         'topic NP 中小企業依第一項規定填報之資料 (a thing; 如有疏漏 is a condition); the SME is named inside its 之-modifier -> carried'),
        ('may', '機關[得]不予', '稅捐稽徵機關', '', '',
         '得不予受理 = may refuse: one may at 得 (not a separate shall_not); 屆期未補正者 is a condition'),
    ],
    115: [],  # 應考人 / 應考 false friends; 以最後應試成績為準 is no cue
    116: [],  # 不受…之限制 is no cue; 第七項禁止更換…規定 is attributive (a rule named); 取得 false friend
    117: [
        ('shall', '需要，[應]檢具', '^[身心障礙應考人]', '', '',
         '應考人 is a false friend inside the bearer (the cue is 應檢具); 如有特殊需要 is a condition'),
        ('may', '者，[得]提供', '', '', '考選部',
         '經考選部審查通過者 is a condition (the approved applicant); the provider 考選部 is named in it -> carried'),
    ],
    118: [],  # 薪資所得: 所得 false friend; list item, no operator
    119: [
        ('exception', '，[除]有正當', '', '', '', '除有正當理由者外 carves an exception out of the 應按 of the same sentence'),
        ('shall', '收入，[應]按', '', '', '營利事業',
         'thing subject (合約內各期應認列之收入; 應認列之 and 應收之租金 attributive); 營利事業 named as the lessor in the same sentence -> carried'),
    ],
    120: [],  # 緊急應變: 應變 false friend; list item of tasks
})
