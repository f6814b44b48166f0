# fresh38: seed 2291057, session 37 (two readers: a = 1-60, b = 61-120)
# o38: reader a, provisions 1-60 of /work/eval/s37/o38/to_label-a.tsv (sample seed 2291057, session 37)
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh37-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh37):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject (a pronoun 其…者 referring back to the bearer is no new subject); one 應/得 governing 並X /
#   a following clause without a new cue (also an embedded 由X clause) is one statement; 應…並應 is two statements.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''. A patient is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers go
#   to bearer_full; coordinated subjects kept whole; the subject of a …時/…者/…後 clause is the bearer when the main
#   clause has no subject of its own and that subject is the actor; the agent after 應由/得由 is the bearer.
# - 但…不在此限 carving out of a statement of the same sentence is an exception; 但…得 without 不在此限 is a may;
#   但…歸屬於 (no cue) is not labelled; 除…外，應 meaning "besides …, also" is additive, not an exception.
# - not labelled: 以…為限 / 以…為原則 / 以…為之, 準用, 免 / 免提報, 由…定之 / 由…任之 / 由…辦理 without a cue,
#   attributive 應記載事項 / 得投資之比率上限, false friends 取得, 獲得, 供應, 支應, 應考人, 應 (sit an exam) in 得應.
# o38: reader b, provisions 61-120 of the sample (seed 2163391, session 37), numbered 1-60 here,
# hand labels for /work/eval/s37/o38/to_label-b.tsv in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh37-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh37):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   (also an embedded 由X clause) is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside a
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (該, 前項) go to bearer_full; coordinated subjects kept whole; the subject of a …時/…後 clause is the bearer when
#   the main clause has no subject of its own and that subject is the actor; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…應 without
#   不在此限 are a may / a shall.
# - 得不予 (may decline) is one may statement (the 不予 is inside the permission, not a prohibition).
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 (應包含之內容, 應遵行事項, 應繳之, 應備…之數量,
#   應由政府負擔之費用, 應付懲戒之事由, 必須檢查…之案件), 禁止 attributive (禁止規定); false friends 取得, 獲得, 所得,
#   得標, 應付, 應收, 應用, 應考人, 對應, 無須; 適用 (without 不), 免附, 準用, 由…定之 are no cues.
LABELS = {
    1: [('shall', '者，[應]以', '^[受稽核機關]', '', '', 'N[condition]者 keeps N (受稽核機關依法律有正當理由，未能…者); 向主管機關提出 same 應')],
    2: [('may', '者，[得]另調', '', '', '', 'hard: 進修成績優良者 is the patient (the one transferred), not the actor; the appointing authority is not named in the article; 但以…為限 is a restriction, no cue')],
    3: [('shall', '書[應]載明', '', '', '', 'thing subject (計畫書); the applicant is not named in the article -> no carried')],
    4: [('shall', '員[應]即至', '外國技術人員', '受聘僱之外國技術人員', '', '經核准展延後 time phrase; 受聘僱之 restrictive -> bearer_full')],
    5: [],
    6: [('shall_not', '前端間之距離[不得]超過', '', '', '', 'thing subject (距離); lead-in 曳引車牽引拖架時，應依下列規定 names only a vehicle (thing) -> no carried'), ('shall_not', '後端間之距離[不得]超過', '', '', '', 'after ；, own thing subject; as above')],
    7: [('shall', '，[應]瞭解', '', '', '本事業', '客戶為法人時 condition (客戶 is not the actor); 並對…採取適當措施 same 應; lead-in 本事業確認客戶身分措施，應依下列規定辦理 (possessor in topic NP) -> carried')],
    8: [('shall', '，[應]即停止', '^[職能治療師]', '', '', '發現…不適… is the occasion; 並建議… same 應; 由醫師再行診治 no cue')],
    9: [('shall', '用，[應]由', '交通部', '', '', 'agent after 應由; 維修所需費用 is the object topic; 支應 false friend')],
    10: [('shall', '財產[應]返還', '', '', '財團法人', 'own thing subject (其賸餘財產); 財團法人 (subject of the …者 condition, possessor 其) named in this provision -> carried; 但有下列情形之一者，其賸餘財產歸屬於… has no cue (no 不在此限) -> not labelled')],
    11: [('shall', '後，[應]將', '^[法院]', '', '', 'subject of the …後 clause, main clause has none; 交由行政執行處派執行員執行 no cue')],
    12: [('shall', '內，[應]檢具', '^[取得型式認證證明或符合性聲明證明者]', '', '', 'headless agentive …者 phrase, the only subject (同意他人…使用…次日起三十日內 is a time phrase); 取得 false friend')],
    13: [('shall', '撤回，[應]記載', '', '', '', 'thing subject (上訴之撤回); the recording court/clerk is not named in the article -> no carried'), ('shall', '場，[應]將', '', '', '', '如他造不在場 condition; no subject; no actor named')],
    14: [('shall', '形，[應]適度', '', '', '', 'thing topic (檢舉案件之處理情形); lead-in 第一項檢舉制度，至少應包括下列事項 is a thing topic; 各服務事業 is named only in paragraph 1 -> no carried')],
    15: [('may', '但本部[得]視', '本部', '', '', '但…得 without 不在此限 is a may; 由公立校院編列預算辦理 / 由主管教育行政機關…辦理 are alternatives under the same 得; 以自費為原則 and 由本部另定之 no cue')],
    16: [('shall', '，[應]定期', '^[存保公司]', '', '', '')],
    17: [('may', '書，[得]以', '', '', '請領傷病給付者', 'thing subject (傷病診斷書); paragraph right before: 依本法第四十二條規定請領傷病給付者，應備具下列書件 -> carried')],
    18: [('shall', '者[應]依', '^[經營者]', '', '', '')],
    19: [('may', '者，[得]由', '理事長、常務監事、總幹事及資深員工', '', '', 'hard: agent after 得由 (組成審查小組); 未設…部門或…未達七人者 is a condition (the 漁會); quantifier 一人至三人 dropped; first sentence 以…組成審查小組為之 has no cue')],
    20: [('shall', '冊[應]編造', '', '', '機關（構）首長', 'thing subject (移交清冊); its possessor 機關（構）首長 (the one handing over) named in the topic NP -> carried; 送交… / 加蓋印章 / 以一份存… same 應')],
    21: [('shall', '時，[應]要求', '', '', '私立職業訓練機構', '所屬人員持有個人資料者 / 於其離職時 are conditions; 所屬人員 is the one asked (patient); 並銷毀或刪除 same 應; lead-in 私立職業訓練機構就人員管理，應採取下列措施 -> carried')],
    22: [('may', '宜，[得]組成', '二、[本部]', '', '', '為辦理…事宜 purpose; 進行審核 same 得; 初審就…審核 no cue')],
    23: [('shall', '額度[應]與', '', '', '信託業', 'hard: subject is the thing 額度 (信託業運用…投資…承銷股票額度); the actor 信託業 inside the topic NP -> carried; 得投資之比率上限 attributive'), ('shall', '憑證[應]與', '', '', '信託業', 'after ；, own act topic (投資存託憑證); carried as above; 得投資之 attributive')],
    24: [('shall', '者，[應]於', '', '', '私人或團體', '其有對外勸募行為或享受租稅減免者: pronoun 其 (the founder / institution) in a condition; 私人或團體 named in the same provision -> carried; 以向…申請設立許可者為限 no cue')],
    25: [('shall', '誌，[應]使用', '', '', '', 'thing subject (漁船標誌); the marker (vessel owner) is not named in the article'), ('shall', '字體[應]為正楷', '', '', '', 'own thing subject (中文船名字體)'), ('may', '數字[得]用', '', '', '', 'own thing subject (其數字)'), ('shall', '字體[應]為英文', '', '', '', 'own thing subject (英文船名…字體)'), ('shall', '色，[應]符合', '', '', '', 'after ；, own thing subject (標識字體高度與寬度及顏色)')],
    26: [],
    27: [('may', '機關[得]隨時', '^[經征機關]', '', '', ''), ('may', '並[得]調閱', '^[經征機關]', '', '', '必要時 condition; second cue of the same sentence shares the bearer; 及檢查貨品 same 得'), ('shall_not', '商人[不得]拒絕', '商人', '', '', 'own subject')],
    28: [('may', '時[得]舉行', '', '', '本會', 'topic 本會會議; possessor 本會 -> carried; 以主任委員為主席 / 由委員推定一人為主席 no cue')],
    29: [('shall', '公所[應]即', '鄉鎮市公所', '', '', '刑事調解事件…視為已經告訴者 condition'), ('shall', '後[應]先', '檢察官', '', '', 'after ；, own subject'), ('shall', '解，[應]注意', '檢察官', '', '', '如係由代理人聲請調解 condition; same sentence, no new subject -> shares 檢察官')],
    30: [('shall', '者，[應]檢具下列', '^[申請獎勵者]', '', '', '自行或委託…向中央主管機關提出申請 same 應'), ('shall', '者，[應]檢具第一款', '申請獎勵者', '', '', 'after ；, 其以網路方式申請者: pronoun 其 = the applicant -> shares the bearer')],
    31: [('shall', '機關[應]廢止', '本部或所屬機關', '', '', '能力鑑定合格者…受監護宣告 condition (patient)'), ('may', '機關[得]廢止', '本部或所屬機關', '', '', 'after ；, 受輔助宣告 condition; own (repeated) subject')],
    32: [('may', '時[得]延長', '', '', '主管機關', '但…得 without 不在此限 is a may; subject is the period (其期間); paragraph right before: 主管機關…得採取下列措施 (劃設暫時保護區) -> carried; 準用 / 以二年為限 no cue')],
    33: [('may', '，[得]免設之', '', '', '', 'thing topic (瓦斯漏氣表示燈); 但…得 without 不在此限; no actor in article; 依下列規定 no cue')],
    34: [('shall', '更，[應]經', '', '', '法人會計師事務所', 'thing topic (章程之變更); possessor 法人會計師事務所 -> carried; 並於…報主管機關備查 same 應')],
    35: [('shall', '動，[應]注意', '^[監獄]', '', '', '')],
    36: [('may', '者，[得]由校長', '校長', '', '', 'agent after 得由; 學校自辦者 condition; 委託辦理者，由受託人聘請… has no cue')],
    37: [],
    38: [('shall', '發，[應]對', '^[開發單位]', '', '', '申請工業區開發 occasion; 並訂定… same 應')],
    39: [('may', '者，[得]應', '現支薪額在九○元至二三○元者', '', '', 'hard: headless …者 phrase (the staff members), the only subject, kept whole; 應 in 得應…考試 = sit for (false friend)')],
    40: [('shall', '時，[應]遵守', '^[礦場]', '', '', 'subject of the …時 clause, main clause has none')],
    41: [('shall', '議，[應]以', '', '', '被處罰人', 'act topic (聲明異議); paragraph right before: 被處罰人不服…者，得…聲明異議 -> carried; 經原處分之警察機關 is the channel, not the bearer')],
    42: [],
    43: [('shall', '時，[應]將', '^[直轄市、縣（市）主管機關]', '', '', '')],
    44: [('shall', '時，[應]敘明', '', '', '電信事業', 'subject of the …時 clause is a thing (計畫內容); its possessor 電信事業 -> carried; 報請… same 應')],
    45: [],
    46: [('shall', '頂[應]隨時', '', '', '', 'thing subject (浮頂); lead-in names only the tank (thing)'), ('exception', '[不在此限]', '', '', '', '但儲槽排空時，不在此限 carves out of the 應')],
    47: [('shall', '法人[應]依', '^[社福法人]', '', '', '報中央主管機關備查 same 應')],
    48: [('may', '滿[得]連任', '法官代表', '', '', 'topic 法官代表 is the person who may serve again; 任期屆滿 condition; 由…任之 no cue')],
    49: [('shall', '一，[應]向', '', '', '負責人、教保服務人員或其他服務人員', 'hard: 前三款以外人員 are those who committed the acts (patients), not the reporters; lead-in: 負責人、教保服務人員或其他服務人員…知悉…時 shall report -> carried'), ('shall', '負責人並[應]以', '負責人', '', '', '應…並應 = two statements; 由負責人向…通報 is under this same 應')],
    50: [('shall', '稱，[應]檢附', '^[雇主]', '', '', '為維護…而保留… purpose/condition; 經由勞動檢查機構轉報… same 應; 供應商 false friend')],
    51: [('shall', '主[應]於', '雇主', '', '', '受聘僱之外國人罹患…者 is a condition (patient)')],
    52: [('shall', '隧道[應]具有', '', '', '', 'thing subject (隧道); 必要時以…襯裏 / 並在其進出口加以…保護 same 應; no actor in article')],
    53: [('shall', '尺[應]有', '', '', '', 'thing topic; lead-in (綠帶…其樹木栽種密度，應符合下列規定之一) names no actor')],
    54: [('shall', '外，[應]將', '當事人', '', '', '除傳送至法院外，應… = besides, also (additive), not an exception'), ('may', '者，[得]提出', '當事人', '', '', 'after ；, 其不能直接通知者: pronoun 其 = 當事人 -> shares the bearer; 由法院送達他造 no cue'), ('exception', '[不在此限]', '', '', '', '但兩造均指定…者，不在此限 carves out of the duty (and permission) of the same provision')],
    55: [('shall', '走廊[應]以', '', '', '', 'thing subject (走廊); no actor named in the article')],
    56: [('shall', '排水[應]宣洩', '', '', '雇主', 'thing subject (排水); 注意… is governed by the lead-in 應; lead-in 雇主…應依下列規定辦理 -> carried'), ('shall_not', '，[不得]積水', '', '', '雇主', 'second operator of the same clause; thing subject; carried as above')],
    57: [('may', '時，[得]出示', '^[檢察官]', '', '', 'hard: 檢察官 is the written sentence subject; the second alternative inside the …時 clause (檢察官、推事為搜索…時) also implies the 推事; 就近指揮… same 得')],
    58: [('shall', '者，[應]即', '^[懲戒委員會或覆審委員會]', '', '', '對於懲戒案件認涉有犯罪嫌疑者 condition; coordinated kept whole')],
    59: [('shall', '一、[應]能', '', '', '', 'thing subject (lead-in 機艙用固定式泡沫滅火系統); no actor')],
    60: [('shall', '仍[須]提報', '^[廣播事業]', '', '', 'N[condition]者 keeps N (廣播事業於…均為優良者); 其申請換發執照 act topic with 其 = 廣播事業; 免提報 no cue'), ('may', '並[得]不經', '^[廣播事業]', '', '', "second cue of the same sentence shares the bearer (the broadcaster's application may skip the first review); 逕由本會委員會議審議 no cue")],
    61: [('shall', '，[應]於', '', '', '本所員工', 'act topic (本所員工之差假); its possessor 本所員工 inside the topic NP -> carried'), ('exception', '[除]病假', '', '', '', '除病假外 carves out of the 應 of the same sentence')],
    62: [('shall', '[應]依', '^[各級農會]', '', '', '各級農會 is the subject (各級農會辦理…經費, as 學校辦理 in fresh37 #75)')],
    63: [('may', '關[得]依', '^[承保機關]', '', '', '另訂資格條件 under the same 得'), ('shall_not', '[不得]低於', '', '', '承保機關', 'after ；, own thing subject (所定資格條件); the stipulating 承保機關 is named in this provision -> carried')],
    64: [('shall', '[應]先', '', '', '', 'thing topic (共有耕地), 辦理分割為單獨所有者 a condition; the partitioning co-owners are not named as actor (共有人 is the agreeing party) -> no carried; 取得 false friend'), ('shall_not', '[不得]超過', '', '', '', 'own thing subject (其分割後之宗數)')],
    65: [('shall', '[應]附', '', '', '法院', 'thing subject (第一項事件之裁定); paragraph right before: 法院為裁定前… -> carried')],
    66: [('shall', '[應]為無效', '', '', '', 'thing subject (簽署), 經查明簽署重複者 a condition; 並令補正 same 應; the election commission is not named in the article -> no carried; 不計 no cue')],
    67: [('shall', '[應]平衡', '', '', '', 'act topic (監評人員之遴聘); the appointing authority is not named in the article')],
    68: [('may', '[得]指定', '', '', '縣（市）選舉委員會', 'hard: topic (福建省金門縣、連江縣議員選舉); the designating body is the 縣（市）選舉委員會 named in this item (cf. item 5 其指定之…公所) -> carried; but-clause 但…得 without 不在此限 is a may')],
    69: [('shall', '[應]分別', '理事、監事', '前項理事、監事', '', '前項 determiner -> bearer_full'), ('shall_not', '[不得]超過', '', '', '理事、監事', 'own thing subject (其名額); electors 理事、監事 named in this sentence -> carried; 選舉 / 互推 later have no cue')],
    70: [],
    71: [('may', '院[得]將', '^[本院]', '', '', ''), ('may', '並[得]將', '^[本院]', '', '', '並得 = second cue of the same sentence, shares the bearer')],
    72: [('shall', '[應]予', '相關機關及醫療機構', '', '', '前項調查作業 is the object topic; coordinated subject kept whole')],
    73: [('shall', '[應]符合', '', '', '', '採用固定密碼者 a condition; lead-in 電子支付平臺之系統維運人員管理應符合下列要求 is a thing topic; 電子支付機構 only in the law title -> no carried'), ('shall', '並[應]定期', '', '', '', '應…並應 = two statements; same (no) subject')],
    74: [('may', '[得]用', '^[少年輔育院]', '', '', "分別擔任… is the hired staff's work, no cue")],
    75: [('shall', '[應]為', '', '', '', 'hard: 應為無效報價 (deeming rule), 有下列情形之一者 condition; 本會 named only in para 1 and in item 6 (認定) -> no carried')],
    76: [('shall_not', '[不得]將', '股東', '', '', 'content of the restriction the lead-in permits the contract to impose; labelled as the duty it states (as fresh10 #104)')],
    77: [],
    78: [('may', '[得]供', '', '', '', 'hard: thing subject (低密度人口區); 居民 is the beneficiary after 供 (得供居民居住), not the subject -> bearer empty, no carried'), ('shall_not', '[不得]在', '各級政府及公私團體', '', '', '但…不得 without 不在此限 is a shall_not; coordinated subject kept whole; 規劃或設置 same 不得')],
    79: [('may', '[得]免附', '', '', '申請人', 'parenthesis: 國內商港由航港局或指定機關經營者 is a condition (thing: the port; 航港局 the operator inside it); lead-in 前條申請人…檢具下列文件 -> carried')],
    80: [('shall', '[應]就', '', '', '本處各單位', 'act topic (本處各單位之事務); possessor 本處各單位 inside the topic NP -> carried'), ('may', '[得]由', '各單位主管人員', '', '', 'agent after 得由; 遇有特別繁忙時 condition; 簽請處長另行調派 same 得')],
    81: [('may', '[得]由', '全國律師聯合會', '', '', 'agent after 得由; 管轄區域內無律師公會者 condition')],
    82: [('may', '[得]不經', '^[從業人員]', '', '', 'subject of the …時 clause, main clause has none; 逕行認購 same 得; 不經 no cue')],
    83: [('may', '所[得]設', '^[本所]', '', '', '本所得 = 本所 + 得 (not 所得)')],
    84: [('shall', '[應]適用', '', '', '', '但…並應 without 不在此限 is a shall (並 = also); act topic (人事、會計、政風人員之任用); appointing body not clearly named -> no carried; first sentence 適用 has no cue')],
    85: [('shall', '[應]依實際', '^[公民營事業]', '', '', 'subject of the …後 clause, main clause has none; 依審計法令辦理或由會計師查核簽證 (embedded 由) / 報請主管機關核定 same 應')],
    86: [('shall', '[應]成立', '^[農會、漁會]', '', '', '專款專用 / 並建立… same 應; 應包含之內容 / 應遵行事項 attributive; 由主管機關定之 no cue')],
    87: [('may', '[得]報經', '', '', '', 'thing topic (本辦法之規定), 未能適用時 condition; the overseas bodies are named only in the law title -> no carried; 酌予變通 same 得')],
    88: [('may', '[得]將', '^[政府機關]', '', '', '政府機關辦理…之採購: 政府機關 is the subject; 其採公開評選方式者 condition')],
    89: [('may', '[得]不予', '^[主管機關]', '', '', 'hard: 得不予處理 = may decline to handle: one may statement; 不予 inside the permission is no separate shall_not')],
    90: [('may', '[得]參與', '中央主管機關', '', '', 'thing topic (文案內容) then own subject 中央主管機關'), ('shall', '[應]經', '', '', '受獎勵人', 'after ；, thing subject (文案內容); lead-in 受獎勵人依契約所負之責任及義務如下 -> carried')],
    91: [('shall', '[應]分別', '', '', '各基金', 'thing topic (各基金…擬編之業務計畫與預算); 各基金 is the agent inside the topic NP -> carried; 並 = also; 依規定時間陳報 same 應')],
    92: [('may', '[得]依', '', '', '', 'the offender (…者) is the patient (加重其刑); the court is not named -> no carried')],
    93: [('shall', '[應]針對', '航政機關', '該航政機關', '', '該 determiner -> bearer_full; 為適當之處理 same 應; first sentence (…簽證者。) has no cue')],
    94: [('may', '[得]減為', '', '', '', 'but-clause 但…得 without 不在此限 is a may; thing subject (數量), 至少應備輕便滅火器之數量 attributive; 船舶總噸位未滿一百者 condition; lead-in names no actor; 適用 no cue')],
    95: [('shall', '[應]於', '立法院', '', '', 'last 立法院 before the cue is the subject; …提交立法院追認時 condition; 並於…議決 same 應; 但…由新任立法委員…處理 has no cue')],
    96: [],
    97: [('shall', '[應]自', '^[雇主]', '', '', 'N[condition]者 keeps N (雇主[依…繳納就業安定費]者); 應繳之就業安定費 attributive')],
    98: [('shall', '[應]將', '^[雇主]', '', '', '')],
    99: [],
    100: [('shall', '[應]依', '', '', '', 'act topic (處理設備之選擇); lead-in 二級處理水回收再利用處理設施設置規定如下 names no actor; 對應 false friend')],
    101: [],
    102: [],
    103: [],
    104: [],
    105: [('shall', '[應]考量', '', '', '', 'thing subject (…用水量); no actor in the article; 必需 is no 必須')],
    106: [('may', '[得]繼續', '依預鑄式建築物污水處理設施審核作業要點取得認可登記文件者', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 本辦法施行前 time phrase; 取得 false friend'), ('may', '並[得]申請', '依預鑄式建築物污水處理設施審核作業要點取得認可登記文件者', '', '', 'second cue of the same sentence shares the written bearer'), ('shall_not', '[不得]超過', '', '', '', 'own thing subject (展延之有效期限); the one fixing the period is not clearly the holder -> no carried'), ('shall', '[應]重新', '依預鑄式建築物污水處理設施審核作業要點取得認可登記文件者', '', '', 'hard: 展延期滿 is a time clause, no own subject -> shares the written bearer of the sentence'), ('may', '[得]再', '', '', '依預鑄式建築物污水處理設施審核作業要點取得認可登記文件者', 'hard: 但…得 without 不在此限 is a may; 設計水量低於…者 is a condition with a thing subject -> bearer empty; holder named in this provision -> carried')],
    107: [],
    108: [],
    109: [],
    110: [('may', '[得]報請', '^[地方法院或其分院]', '', '', 'N[condition]者 keeps N (…認…有應付懲戒之事由者); 應付懲戒 inside the condition (attributive), not labelled; 審查移送 same 得')],
    111: [('shall', '員[應]為', '監場人員', '', '', '應予以扣考… / 不予計分 inside the …者 condition, not labelled; 應考人 false friend')],
    112: [('may', '[得]於', '', '', '營利事業', 'thing topic (營利事業因震災遭受之損失…部分); possessor/agent 營利事業 inside the topic NP -> carried; 所得 false friend')],
    113: [('shall', ') [應]即', '研考單位 (人員)', '', '', 'parenthetical alternative kept whole; 列管案件經決定後 time clause; 通知承辦單位… same 應'), ('shall', '[應]予', '', '', '研考單位 (人員)', 'new sentence, thing topic (管制案件內容性質相同者, a condition) -> carried'), ('may', '[得]採用', '', '', '研考單位 (人員)', 'no subject (對…案件 is the object); 必須檢查執行進度 is inside the relative clause of 案件 (attributive), 無須 false friend -> carried as above')],
    114: [('shall', '帳款，[應]與', '', '', '', 'thing subject (因營業而發生之應付帳款); lead-in names no actor (issuers only in the law title); 應付 false friend'), ('shall', '款項，[應]為', '', '', '', 'new sentence, thing subject (應付關係機構…之款項)'), ('shall', '帳款，[應]列明', '', '', '', 'new sentence, thing subject (已提供擔保品之應付帳款)')],
    115: [],
    116: [],
    117: [],
    118: [('shall', '得者，[應]檢附營利事業所得稅結算', '', '', '民間機構', '申報有課稅所得者 is a condition (mirrors the lead-in, where 民間機構 is the subject); lead-in 適用本辦法獎勵之民間機構…檢具下列文件 -> carried; 所得 false friend'), ('shall', '得者，[應]檢附營利事業所得稅之核定', '', '', '民間機構', 'after ；, 其申報無課稅所得而經…核定有課稅所得者 condition; carried as above')],
    119: [('shall', '[應]載明廠牌', '', '', '', 'hard: thing subject (統一發票或收據); writer 銷售人 vs submitter 買受人 (lead-in) -> not clearly one actor, no carried; 但…免附: 免 no cue; 取得 false friend')],
    120: [('shall', '[應]收取', '^[主管機關及中央漁業主管機關]', '', '', 'subject of the …時 clause, main clause has none; coordinated kept whole')],
}
