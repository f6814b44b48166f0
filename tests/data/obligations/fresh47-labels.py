# fresh47: seed 3370001, session 40 (two readers: a = 1-60, b = 61-120), drawn late in the session after its obligations rules but the last one (…之 after 經)
# o47: reader a, provisions 1-60 of /work/eval/s40/o47/to_label-a.tsv (sample seed 3370001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh45-labels.py
# and fresh46-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh45/fresh46):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the
#   bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue: 以…為限, 由…追訴審判); 除…外
#   carving out of a statement of the same sentence is an exception; 除…外，並應 / 除…外，應另 is additive (not an
#   exception); 但…得 / 但…應 / 但…不得 without 不在此限 are a may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應繳納之價額, 得抵減總額, 應執行之事項), cues inside …者
#   conditions, inside list items of 為下列情形之一者, and inside 除…外, 予以, 逕予, 免設, 可 (not a guide cue),
#   不受…限制, 以…為限, 無須; false friends 所得, 取得, 得標, 因應, 應付, 應稅, 應納…稅額.
# o47: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s40/o47/to_label-b.tsv (sample seed 3370001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh45-labels.py
# and fresh46-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh45/fresh46):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 須…並應 are two statements; after ； or in a new sentence a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the bearer
#   when the main clause has none; the agent after 應由/得由 (also 應…由X檢附 with no other verb) is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue: 以…為限); 除…外 carving out of a
#   statement of the same sentence is an exception; 但…應 / 但…不得 without 不在此限 are a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 不得X必要之 inside NPs (應遵行事項, 應補發之國庫支票, 應服之兵役,
#   得無償撥用取得之公有道路, 得不發還…之事由), cues inside …者 conditions (應聘用…者, 認定不應開發者, 如須…者,
#   議決…不得聘任…者) and inside 因…須… reasons, 予以, 由…定之, 以…為限, 亦同, 適用 / 繼續適用 (not 不適用),
#   無須, 需用; false friends 所得, 取得, 得標, 應變, 反應, 供應, 應用, 適應, 應考人, 應收帳款, 應付票據.
LABELS = {
    1: [('shall', '，[應]個別', '', '', '', "hard: the informants (二人以上…檢舉者) are the beneficiaries (condition); the rewarding 直轄市、縣（市）主管機關 is named only in para 1, two paragraphs before (para 2, right before, names no one) -> no carried under the guide's scope")],
    2: [('shall', '，[應]駁回', '^[審核機關]', '', '', 'subject of the framing clause 審核機關受理…之申請; 公私場所 are the applicants; 其申請文件…者 condition')],
    3: [('shall', '，[應]有對', '', '', '老人長期照護機構', 'thing subject (公共設施); lead-in 老人長期照護機構設施…並應符合下列規定 (possessor inside the topic NP) -> carried')],
    4: [('shall', '，[應]明確', '', '', '專科以上學校', 'thing subject (專科以上學校之名稱); lead-in 專科以上學校申請改名者，其變更後之名稱應符合下列規定 -> carried'), ('shall', '並[應]冠以', '', '', '專科以上學校', 'after ；, 公立者 = (the name of) a public school, a condition; no own agent -> carried from the lead-in'), ('shall', '者[應]冠以', '', '', '專科以上學校', 'after ；, 私立者 condition; carried from the lead-in'), ('shall_not', '並[不得]單獨', '', '', '專科以上學校', 'second cue of the 私立者 clause, same thing topic (the name); carried from the lead-in')],
    5: [('shall_not', '構[不得]開始', '該[分支機構]不得', '該分支機構', '', 'determiner 該 -> bearer_full; 兼營…證券投資信託事業取得…許可證照者 condition; 非向同業公會申報備查 is a condition of the 不得 (no separate cue)')],
    6: [('exception', '，[不適用]第五十二條', '', '', '', '不適用…之規定 = exception; no bearer')],
    7: [('may', '，[得]於收到', '^[納稅義務人]', '', '', '如不服…者 condition; 應補繳稅款 is inside the condition (object NP), not labelled; 以書面向海關申請復查 under the same 得'), ('may', '並[得]於繳納', '^[納稅義務人]', '', '', '得…並得 = two statements; shares the written bearer; 提領貨物 is its verb')],
    8: [('may', '關[得]視', '^[中央主管機關]', '', '', '選擇… / 設置… under the same 得')],
    9: [('shall', '，[應]予返還', '^[請求權人]', '', '', 'subject of the …後 clause, main clause has none; 有下列各款情形之一者 condition')],
    10: [('shall', '關[應]廢止', '，[主管機關]應', '', '', '仲介機構有下列情事之一者 condition; the 仲介機構 is the patient')],
    11: [('shall', '關[應]不定期', '^[主管機關]', '', '', 'hard: 應不定期 = shall at irregular intervals (不定期 is an adverb), not 應不 = shall_not; 每年至少一次 no cue'), ('shall_not', '者[不得]拒絕', '，[業者]不得', '', '', 'own subject 業者 (the earlier 肥料業者 is inside the object NP)'), ('shall', '並[應]提供', '，[業者]不得', '', '', '不得…並應 = two statements; shares the subject 業者 of its clause')],
    12: [('shall_not', '用[不得]超過', '', '', '機關', 'hard: 但…不得 without 不在此限 = shall_not; thing subject (全部管理費用); article lead-in 機關委託廠商辦理技術服務，…其服務費用，得包括下列各款費用 names the agency that fixes the fees -> carried (alternative: none)')],
    13: [('shall', '，[應]報由', '^[省參議會]', '', '', 'subject of the framing clause 省參議會議決…規章; 報由中央主管部會核轉… is 應報 + embedded 由X (not 應由 directly) -> the assembly is the bearer; 並報告立法院 under the same 應')],
    14: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carves out of 以不超過…為限 (no cue itself); 得抵減總額 attributive (not labelled); 應納營利事業所得稅額 false friend')],
    15: [('shall', '，[應]於行銷', '^[銀行業暨保險業]', '', '', '應付總費用 false friend; after ；, 依本標準之規定 has no cue')],
    16: [('may', '，[得]集中', '^[直轄市、縣（市）警察機關]', '', '', '因應 false friend; 免設… / 將勤務人員集中… / 編為… / 輪流服勤 under the same 得 (免設 no cue)')],
    17: [('exception', '，[除]保險子公司', '', '', '', '除…外 carves out of the 應 of the same sentence; the 得 inside 除…外 restates (not labelled)'), ('shall', '外，[應]依', '', '', '金融控股公司各業別子公司', 'thing topic (…子公司之會計變動); the subsidiaries are the possessor inside the topic NP -> carried')],
    18: [('may', '，[得]以其', '之[人]，得以', '受秘密保持命令之人', '', 'hard: restrictive 之-modifier -> bearer_full, head 人 as bearer (guide rule; the phrase works like a headless …者 and could be kept whole); 向…法院聲請撤銷 under the same 得'), ('shall', '，[應]向', '', '', '受秘密保持命令之人', '但…應 without 不在此限 = shall; new sentence, 本案裁判確定後 time clause without subject -> carried from the sentence before')],
    19: [('may', '關[得]依', '，[海關]得', '', '', '民間機構或其直接承包商…者 condition (patients); 准其繳納… / 先行驗放 / 並限期補正 / 沒入其保證金 under the same 得')],
    20: [('shall', '，[應]向', '^[航空器使用人]', '', '', '於…時 time clause; 以確保… purpose')],
    21: [('shall', '，[應]事先', '^[電業]', '', '', 'subject of the …時 clause, main clause has none')],
    22: [('exception', '、[除]有特別', '', '', '', '除…外 carves out of the 不得 of the same sentence'), ('shall_not', '槽[不得]以', '', '', '', 'thing subject (金屬管槽); lead-in 管槽之裝設依下列規定辦理 names no actor -> no carried')],
    23: [('shall', '，[應]分別', '', '', '綜合式長照機構', 'thing / patient subject (前二款之設施及人員); lead-in 綜合式長照機構，…應符合下列規定 -> carried')],
    24: [('shall', '業[應]依', '^[廣播、電視事業]', '', '', '')],
    25: [('shall', '外，[應]另依', '^[金融控股公司]', '', '', 'hard: 除依本辦法規定者外，應另依… = besides this regulation, also follow the 準則 -> additive like 另應 (not an exception); 發行… framing clause')],
    26: [('shall', '，[應]於議決', '^[各法院院長]', '', '', '各 kept as part of the name; …認…者 condition; 以書面附具理由，交法官會議復議 under the same 應'), ('may', '長[得]於', '院[院長]得', '該院院長', '', 'new sentence; determiner 該院 -> bearer_full; 復議如經…時 condition')],
    27: [('shall', '，[應]將', '', '', '', 'no subject (導線佈設於…內 is a condition, thing subject); lead-in 鐵磁性金屬封閉箱體或金屬管槽之感應電流依下列規定處理 names no actor -> no carried; 以保持… purpose')],
    28: [('shall', '一[應]置於', '', '', '雇主', 'thing subject (避難梯或斜坡道之一); the paragraph right before (雇主對於…應有…避難梯) -> carried'), ('exception', '，[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the sentence')],
    29: [('exception', '，[不在此限]', '', '', '', 'carves out of 由軍事審判機關追訴審判 (no cue itself, no other statement)')],
    30: [('shall', '畫，[應]載明', '', '', '申請使用人', "thing subject (使用管理計畫); lead-in para 2 申請使用人應…納入其使用計畫書中，其內容包括下列事項 (the plan is the applicant's) -> carried")],
    31: [('shall', '，[應]申請', '^[醫療機構或藥局]', '', '', '執行無菌調製 framing clause of the subject'), ('may', '，[始得]為之', '^[醫療機構或藥局]', '', '', '應…，始得 = two statements (shall, may); shares the written bearer'), ('exception', '，[不在此限]', '', '', '', '但…醫院，不在此限 carves out')],
    32: [('shall', '，[應]由', '輸出國輸出者', '', '', 'agent after 應由; 有害廢棄物經…過境或轉口 is a thing topic / condition'), ('may', '後[始得]為之', '輸出國輸出者', '', '', 'hard: second cue of the same sentence, no own subject (為之 = the transit, the waste being a thing) -> shares the written bearer (the exporter carries out the transit); alternative: bearer empty')],
    33: [('may', '關[得]協調', '戶政機關', '', '', '前項所定之調查造冊 topic; 必要時 condition; 當地國民小學 is the one asked to assist')],
    34: [],
    35: [('shall', '亦[應]儘速', '', '', '專責單位', 'no subject in the item; lead-in 第四條第二項第二款規定之專責單位應執行之事項如下 (應執行之事項 attributive, not labelled here) -> carried; 若有重大異常或缺失 condition; the first part of the item (就…之監督，並定期評估…) has no cue of its own')],
    36: [('may', '選[得]連任', '^[委員]', '', '', '委員…改選一次 no cue; 連選 condition; the member serves again (連任 is his act)'), ('shall_not', '並[不得]逾', '', '', '', 'after ；, thing subject (其任期); 委員 is only the possessor (the term is not his act); the paragraph right before names no one who sets it -> no carried')],
    37: [('shall', '，[應]嚴守', '與會人員及相關工作人員', '獎管會之與會人員及相關工作人員', '', 'coordinated subject kept whole; genitive 獎管會之 -> bearer_full'), ('shall', '均[應]予以', '', '', '獎管會之與會人員及相關工作人員', 'after ；, thing subject (…之事件及其基本資料); the persons of the clause before -> carried; 予以 no cue; 均 adverb')],
    38: [('exception', '，[不在此限]', '', '', '', '但…不在此限 carves out of 以一處為限 (no cue itself)')],
    39: [('shall', '，[應]依第十六條', '^[評定機關首長]', '', '', '…認…，…者 conditions'), ('exception', '，[除]所提', '', '', '', '除…外 carves out of the 不得 of the same sentence'), ('shall_not', '關[不得]變更', '外，[評定機關]不得', '', '', 'hard: 但…不得 without 不在此限 = shall_not; own subject 評定機關; 司法院…逕予變更…之案件 is the topic (逕予 no cue)')],
    40: [('exception', '，[除]第一項', '', '', '', '除第一項第五款之情形外 carves out of the 得 of the same sentence'), ('may', '仍[得]申請', '^[教職員或其遺族]', '', '', 'N[condition]者 keeps N (教職員或其遺族[有…]者); coordinated kept whole'), ('may', '僅[得]發還', '項[人員]僅得', '前項人員', '', 'hard: 但…僅得 without 不在此限 = may (a limited entitlement); read as elliptic 僅得[申請]發還 parallel to 仍得申請發還 -> the persons are the bearer (alternative: patients of the refund, bearer empty); determiner 前項 -> bearer_full; 不再發還 has no cue')],
    41: [('shall', '，[應]以書面', '', '', '商業', 'hard: thing subject (其會計資料輸入之授權); 使用電子方式處理會計資料之商業 is the topic / possessor (其) -> carried'), ('may', '，[得]經由', '', '', '商業', 'after ；, thing subject (記帳憑證及會計帳簿); carried from the clause before')],
    42: [('shall', '，[應]加彙', '', '', '本會首長', 'thing subject (財產總目錄); 本會首長 is the agent inside the topic NP (本會首長移交之…) -> carried')],
    43: [('shall', '件，[應]列明', '', '', '期貨商', 'thing topic (訴訟或非訟事件); article lead-in 期貨商應就…檢討分析 and item 六 風險事項應分析評估…下列事項 -> carried; 期貨商 inside the object NP is not the subject'), ('shall', '者，[應]揭露', '', '', '期貨商', 'second cue; 其結果可能…者 condition (thing subject); carried from the lead-in')],
    44: [('shall', '，[應]儘速', '^[法院或受命法官]', '', '', 'coordinated subject kept whole; …認有…必要時 condition')],
    45: [('shall', '板，[應]裝置', '', '', '', 'thing subject (撒水頭之迴水板); lead-in 撒水頭裝置位置與結構體之關係，應依左列規定 names no actor -> no carried'), ('may', '上[得]與', '', '', '', '但…得 without 不在此限 = may; same thing subject; no carried')],
    46: [('shall', '，[應]加計', '', '', '', 'thing topic (債權之估價); 其有約定利息者 condition; no actor in the article -> no carried')],
    47: [('may', '關[得]依職權', '主管機關', '', '', '長照機構社團法人之董事會決議…者 condition; 命令解散董事會 under the same 得; 由監察人召開社員總會重新改選之 is an embedded 由X clause without a new cue -> same 得')],
    48: [('shall', '並[應]依', '', '', '', 'hard: the 應 inside 除應符合…外 restates (not labelled) and 除…外，並應 is additive (no exception); thing subject (煙囪之構造); no actor named -> no carried')],
    49: [('may', '人[得]註銷', '，[參加人]得', '', '', '…契約終止時 condition; the first 參加人 is inside the condition; 該客戶 is the patient')],
    50: [('shall', '稱[應]標明', '', '', '以第二條第一款方式辦理身心障礙福利服務者', 'hard: thing subject (其服務場所名稱); the headless …者 phrase is the topic / possessor (其) -> carried (alternative: the …者 phrase as bearer)')],
    51: [],
    52: [('shall_not', '後[不得]再', '', '', '家屬', 'hard: 但…不得 without 不在此限 = shall_not; thing topic (遺骸或骨灰); the family who apply (依家屬之意願申請) named in this provision -> carried; 可 (first clause) is not a guide cue')],
    53: [('may', '關[得]委託', '，[中央主管機關]得', '', '', '第三條第二項…所定事項 object topic')],
    54: [],
    55: [('may', '關[得]視', '^[機關]', '', '', '於招標文件中規定… under the same 得; 得標 false friend'), ('shall', '前[應]繳納', '得標廠商', '', '', 'hard: the 應 sits in the content of what the agency may stipulate, but it is a duty put on the contractor (subject of its clause), not attributive, not a condition -> labelled (as fresh46 #26)'), ('may', '並[得]分段', '', '', '得標廠商', 'new sentence; 其屬分段起算保固期者 condition; no subject -> carried from the sentence before (the contractor pays)')],
    56: [('shall_not', '中[不得]有', '', '', '從業人員', 'no subject; lead-in 從業人員應符合左列之規定 -> carried; 工作中 time')],
    57: [('shall', '請[應]提交', '', '', '財政部', 'hard: thing subject (具結申請); the authority referring it to the committee is the 財政部 named in this provision -> carried'), ('may', '部[得]暫停', '者，[財政部]得', '', '', '經審議小組決議…者 condition; 並通知…及公告之 under the same 得'), ('may', '部[得]不接受', '素，[財政部]得', '', '', 'after ；, own subject; 得不接受 = may refuse (cue 得); 並通知…並公告之 under the same 得')],
    58: [],
    59: [('may', '行[得]由', '經總行授權人員', '', '', 'hard: 但…得 without 不在此限 = may; agent after 得由 (經總行授權人員 kept whole: modifier without 之); the subject 外國銀行在台分行 is the applicant (alternative bearer)')],
    60: [('shall', '，[應]預定', '', '', '', 'thing subject (沒入物品拍賣者 = goods to be auctioned, condition); single-paragraph article names no actor (依職權 implies an authority) -> no carried; 公告之 under the same 應'), ('shall', '，[應]請有', '', '', '', 'after ；, 其為…者 condition (thing); no carried; 有專門知識經驗之人 is the one asked'), ('may', '，[得]不經', '', '', '', 'after ；, 其為易腐壞者 condition (thing); 依職權變賣之 under the same 得; no carried')],
    61: [('shall', '人[應]於九十日', '負責人', '其負責人', '', '技術員…未能從事業務或離職時 condition; determiner 其 -> bearer_full'), ('shall', '員，[應]於三十日', '', '', '負責人', '但…應 without 不在此限 = shall; the 甲級…技術員 is the patient (另聘之 = hire a replacement), new sentence without an agent -> carried from the sentence before'), ('shall', '均[應]於十五日', '負責人', '其負責人', '', '技術員之離職及另聘 topic; 均 adverb; determiner 其 -> bearer_full'), ('shall', '，[應]層轉', '', '', '負責人', 'after ；, 其為有害事業廢棄物清除、處理者 condition, no subject -> carried from the clause before'), ('shall', '構[應]於變更後', '機構', '該機構', '', '…變更後，不符合…員額時 condition; determiner 該 -> bearer_full; 補足之 under the cue')],
    62: [('shall', '料，[應]加設', '', '', '不動產仲介經紀業', 'hard: thing topic (重要之個人資料); lead-in 個人資料檔案安全維護計畫，應具備下列事項 names no actor, but the paragraph right before the list paragraph (不動產仲介經紀業應指定專人依…安全維護計畫辦理安全維護事項) names the keeper of the plan -> carried')],
    63: [('may', '，[得]變更為全國性', '^[地方性財團法人]', '', '', '符合…條件，經申請許可者 conditions (N[condition]者 keeps N)'), ('may', '，[得]變更為地方性', '。[全國性財團法人]有', '', '', 'new sentence with its own subject; 有正當理由，經申請許可者 conditions')],
    64: [('may', '，[得]由', '採礦權者', '', '', 'agent after 得由; 抵押權者所在不明，不能共同申請… conditions; 向主管機關申請 under the same 得')],
    65: [],
    66: [('shall', '料，[應]遵守', '^[祭祀團體]', '', '', 'subject of the framing clause (祭祀團體蒐集個人資料); 並區分… / 分別訂定… / 要求所屬人員確實辦理 under the same 應; 告知義務 is an NP inside 有關…之規定 (no 負)')],
    67: [('shall', '，[應]製作', '護理人員、社會工作人員、照顧服務員及其他與服務相關之專業人員', '私立老人福利機構內護理人員、社會工作人員、照顧服務員及其他與服務相關之專業人員', '', 'hard: coordinated subject kept whole (與服務相關之 belongs to the last conjunct); the locative restrictor 私立老人福利機構內 (scoping over all conjuncts) -> bearer_full; 指定專人管理 / 並妥善保存 under the same 應')],
    68: [('may', '者，[得]暴露', '', '', '', 'thing subject (單芯電纜); 設計者 only confirms (condition); article lead-in 配線方法依下列規定 names no actor -> no carried; 適用於太陽光電配線 is not 不適用'), ('shall', '仍[應]使用', '', '', '', '但…應 without 不在此限 = shall; 有前款規定之情形時 condition; no actor named -> no carried')],
    69: [('may', '關[得]通知', '中央主管機關', '', '', '執行…檢查時 condition; 直轄市、縣（市）主管機關 is the one notified (派員參加 is the content)')],
    70: [('may', '部[得]邀請', '文化部', '', '', '前項實地查核 topic')],
    71: [('exception', '，[除]法律', '', '', '', '除法律另有規定外 carves out of the 應 of the same clause'), ('shall', '外，[應]在三個月', '^[借用人]', '', '', 'subject of the …時 clause, the main clause has none'), ('shall', '時，[應]在一個月', '', '', '借用人', 'after ；, 受撤職、免職處分時 without subject -> carried from the clause before'), ('shall', '者，[應]即依約', '', '', '', 'hard: 屆期不遷出者 is the patient (the agency acts against the occupant under the contract); the agency is not named in this paragraph or the one before (新任職機關/原任職機關 only in an exception) -> no carried; 應即 one cue'), ('shall', '並[應]議處', '', '', '', 'second cue of the sentence; 其為現職人員者 is the patient (the one disciplined); no actor written -> bearer empty, no carried')],
    72: [('shall', '時，[應]檢附', '^[中華郵政公司]', '', '', 'subject of the …時 clause, the main clause has none; 載明下列事項 under the same 應')],
    73: [('may', '，[得]要求', '^[各機關（構）]', '', '', 'N[condition]者 keeps N (各機關（構）[發現…有疑慮]者); 第一項人員 is the patient of 要求'), ('may', '亦[得]請其', '', '', '各機關（構）', 'after ；, 必要時 condition, no subject -> carried from the clause before; 亦 adverb')],
    74: [('may', '局[得]視', '^[標準檢驗局]', '', '', '依下列規定酌給獎金或獎品予以獎勵 under the same 得; 監視員 beneficiary')],
    75: [('shall', '，[應]採', '', '', '天然氣事業', 'hard: thing subject (…資料坐標系統); 天然氣事業 is the possessor inside the topic NP (天然氣事業輸儲設備…系統; art. 3: 天然氣事業應建立輸儲設備地理資訊管理系統) -> carried')],
    76: [('shall', '，[應]依本辦法', '^[外國專業人才]', '', '', 'subject of the framing clause (外國專業人才從事第三條所定工作)')],
    77: [('may', '：[得]以', '', '', '', 'permission (the completion date may be taken as the delivery date); 購置…附有…工程者 is a case heading (condition); lead-in 第一項第一款之交貨時間，依下列規定認定之 names no actor -> no carried')],
    78: [('shall', '，[應]先經', '', '', '', 'thing subject (醫療廣告); lead-in 所稱廣告費包括下列各項 names no actor -> no carried; the 衛生主管機關 approves (agent of 核准 inside 經…核准), not the bearer')],
    79: [],
    80: [('shall', '，[應]載明', '', '', '', 'thing subject (變更登記聲請書); first paragraph of the article, no actor named -> no carried (the 董事會 of art. 3 is another article)')],
    81: [],
    82: [('may', '關[得]命', '中央衛生主管機關', '', '', '辦理許可證展延申請，涉及…疑慮者 condition; 適應症 false friend; the applicant is the patient of 命')],
    83: [('shall_not', '用[不得]超過', '', '', '', 'thing subject (前項第四款費用); no actor named in the article (申請人 of para 1 is only the possessor of the expenses) -> no carried')],
    84: [('shall', '者，[應]自本辦法', '^[本辦法中華民國一百年七月六日修正施行前已依規定設立或已許可籌設者]', '', '', 'hard: headless …者 phrase (the schools set up or permitted before the amendment), the only subject, kept whole; 符合前二項…規定 under the cue'), ('shall', '者，[應]變更', '屆期未符合規定者', '', '', 'hard: headless …者 phrase as the own subject of the second clause, kept whole (alternative: a condition sharing the first bearer)')],
    85: [('shall', '者，[應]立刻', '^[經辦機構]', '', '', 'N[condition]者 keeps N (經辦機構[發現…有下列情形之一]者); 並報請警察機關偵辦 under the same 應; 持兌人 is the one recorded')],
    86: [],
    87: [('may', '者，[得]依', '^[未依前條第三項規定申請換發者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole'), ('shall_not', '但[不得]以', '', '', '未依前條第三項規定申請換發者', '但…不得 without 不在此限 = shall_not; new sentence without subject -> carried from the sentence before; 取得 false friend')],
    88: [('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 以…為限 of the sentence before (no cue there); 因行業特性須安裝… is a reason inside the exception (須 not labelled); 申請適用 is not 不適用')],
    89: [('shall_not', '，[應不]許可', '', '', '', 'hard: 應不 = shall_not; 經主管機關…審查認定不應開發者 is a condition (不應 inside it restates the committee finding, not labelled); the permitting authority is not clearly named (主管機關 appears only inside the condition as owner of the review committee; lead-in 開發基地位於…依左列規定辦理 names no actor) -> no carried')],
    90: [('shall', '，[應]依客戶', '', '', '銀行', 'hard: no subject in the item (對於六十五歲以上之客戶 = beneficiary); lead-in 銀行…前，應指派非銷售部門之人員，對於下列客戶…辦理…訪問 -> carried 銀行 (alternative: the designated 非銷售部門之人員 who visit); 確認… under the same 應'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the sentence before; 保險業 only evaluates (condition)')],
    91: [('shall_not', '實者，[不得]聘任', '', '', '學校', 'hard: 非屬…之人員…經…查證屬實者 is the patient (the person not to be hired); the hirer is not written in the clause; 學校 named in this provision (學校應予解聘) and para 2 (各級學校均不得聘任) -> carried; 終身不得聘任…必要之性騷擾 (twice) attributive inside NPs, 議決一年至四年不得聘任…者 inside a condition, 亦同 no cue -> not labelled'), ('shall', '校[應]予解聘', '學校', '', '', 'after ；, 已聘任…者 condition (the person is the patient); 學校 own subject; 免職、終止契約關係… alternatives under the same 應')],
    92: [],
    93: [('shall', '構[應]於完成', '研究機構', '第一項之研究機構', '', 'restrictive 第一項之 -> bearer_full; 將…作成書面資料送主管機關備查 under the same 應')],
    94: [('shall', '，[應]依前兩項', '', '', '', "hard: 雇員離職時 - the employee is only the one whose leaving triggers the procedure; the procedures of paras 1-2 (報請備查, 以履歷表副本送銓敘機關) are the employing agency's; para 2 (right before) names no actor, 各機關 only in para 1 -> bearer empty, no carried (alternative: 雇員 as subject of the …時 clause)")],
    95: [('shall', '關[應]協助', '^[中央主管機關]', '', '', '各診療醫院及罕見疾病病人 are the beneficiaries; 需用 not a cue; 適用藥物 not 不適用; 取得 false friend')],
    96: [('shall', '司[應]投保', '^[工程技術顧問公司]', '', '', '其投保方式採逐案強制投保 no cue; 由主管機關會商財政部定之 not labelled')],
    97: [('shall', '，[應]由', '法務部', '', '', 'agent after 應由; 復審決定書附記…錯誤時 condition (thing subject); 並自…起，計算法定期間 without a new cue -> same 應')],
    98: [('shall', '者，[應]經', '^[特定體育團體]', '', '', 'N[condition]者 keeps N (特定體育團體[與合作廠商訂定…契約]者); 始生效力 is not 始得; 並於訂定後…公布 under the same 應')],
    99: [('shall_not', '，[不得]開始', '^[銀行及其分支機構]', '', '', '非經完成…設立程序 condition; coordinated subject kept whole')],
    100: [('may', '關[得]廢止', '中央主管機關', '', '', '經認可之聽力團體有下列情事之一者 condition (the group is the patient)')],
    101: [],
    102: [('shall', '，[須]載明', '', '', '執行業務者', 'modal 須; thing subject (合約); 執行業務者 is the possessor/agent inside the topic NP (執行業務者聯合執業之合約) -> carried'), ('shall', '並[應]於事實', '代表人', '', '', 'hard: 須…並應 = two statements; 應 governs 於…時，由代表人檢附… with no other verb -> the agent after 由 is the bearer; 變更、註銷時亦同 no cue; the last sentence (依前一年度之狀況核課其所得) has no cue, 所得 false friend')],
    103: [('shall', '，[應]取得', '', '', '', "no subject; lead-ins (…機制，應以風險基礎方法決定其執行強度 / 對於高風險情形，應加強…) name no actor (金融機構 only in the law's title) -> no carried; 取得 is the verb after the cue")],
    104: [('shall', '人，[應]檢附', '個人', '參賽個人獎及數位應用獎之個人', '', 'restrictive 之-modifier -> bearer_full; 數位應用獎: 應用 false friend')],
    105: [('exception', '[除]第五條', '', '', '', '除第五條第二項之規定外 carves out of the 應 of the same sentence'), ('shall', '[應]配合業務', '', '', '', 'thing subject (臺灣省法規); no actor named for the amendment (省政府 appears only in a later clause, as the one handling 業務事項) -> no carried; 繼續適用 is not 不適用; 無須修正之省法規 attributive (無須 no duty); 亦同 no cue')],
    106: [],
    107: [('shall', '局[應]於舉行', '^[國家安全會議及國家安全局]', '', '', 'coordinated subject kept whole; 將…造具名冊…一次逕送考選部核定 under the same 應; 應考人 false friend (twice); 以冊列有案者為限 not labelled')],
    108: [('may', '務所[得]設立', '^[會計師事務所]', '', '', 'not the false friend 所得: 事務所 + 得設立'), ('shall', '所[應]由', '執業會計師', '', '', 'agent after 應由; 分事務所 is the thing topic; 同一會計師以主持一分事務所為限 not labelled'), ('shall_not', '，[不得]超過', '', '', '會計師事務所', 'after ；且, thing subject (分事務所之設立家數); the establisher of branches, 會計師事務所, is named in this provision -> carried')],
    109: [('shall', '時[應]取得', '', '', '', 'no subject (採樣時 condition); lead-in 地下水採樣頻率及採樣程序，規定如左 names no actor -> no carried; 取得 is the verb after the cue')],
    110: [],
    111: [('shall', '關[應]於招標', '^[機關]', '', '', 'hard: the 得 of 得不發還… and the 應 of 擔保者應履行其擔保責任 sit inside the object NP …之事由 (the grounds the tender documents must state) -> attributive, not labelled; 得標 false friend; 並敘明… under the same 應')],
    112: [],
    113: [],
    114: [('shall', '帳，[應]就', '', '', '', 'thing topic (前項備抵呆帳); the estimator (營利事業) is named only in para 3 (after) -> no carried; 應收帳款 / 應收票據 false friends'), ('shall', '者，[應]就其', '', '', '金融業者', 'hard: after ；, 其為金融業者 condition (its subject 其 = the business); the …者 phrase names the estimator -> carried')],
    115: [],
    116: [('shall', '，[應]訂定', '', '', '', 'thing subject (…使用方法、系統聲響及…反應程序); paras 1-2 name only aircraft -> no carried; 反應 false friend')],
    117: [('shall', '者，[應]列入', '', '', '', 'thing subject (短期借款); 如須另立票據提供擔保者 condition (須 inside it not labelled); 應付票據 false friend; lead-ins name no actor -> no carried'), ('shall', '款[應]註明', '', '', '', 'new sentence, thing subject (短期借款)'), ('shall', '者，[應]列明', '', '', '', 'second cue of the sentence, 如有提供擔保品者 condition; thing subject'), ('shall', '，[應]分別', '', '', '', 'new sentence, thing subject (向股東…之借入款)')],
    118: [],
    119: [('shall', '時，[應]報本部', '^[射擊運動團體及其會員]', '', '', 'subject of the …後/…時 clauses, the main clause has none; 取得 false friend; 核轉內政部廢止其許可 is the content'), ('shall', '並[應]自收受', '已完成進口者', '', '', 'hard: after ；, headless …者 phrase as the own subject, kept whole (alternative: a condition with 射擊運動團體及其會員 carried); 或報內政部…報繳或收購 under the same 應')],
    120: [],
}
