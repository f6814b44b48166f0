# fresh43: seed 2890001, session 39 (two readers: a = 1-60, b = 61-120), drawn late in the session after its rules
# o43: reader a, provisions 1-60 of /work/eval/s39/o43/to_label-a.tsv (sample seed 2890001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh40-labels.py / fresh41-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh40/fresh41):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 is two statements;
#   a new sentence without a subject gets bearer '' and `carried` from the sentence before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also a possessor / agent inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該) and restrictive 之-modifiers go to bearer_full; the subject of a …時 clause is the bearer when the main
#   clause has none; the agent after 應由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 without 不在此限 is a may;
#   須…後，方得 is two statements (須 shall, 方得 may).
# - not labelled: attributive 應X之 / 得X之 / 應檢附資料(，規定如…) (NP), cues inside conditions and inside 除…外,
#   除…外 carving out of a clause without a cue, 準用, 視為, 由…定之/訂定之, 以…為限, 概不/不製發 (no guide cue);
#   false friends 所得, 取得, 應付.
# o43: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s39/o43/to_label-b.tsv (sample seed 2890001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh40-labels.py
# and fresh41-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh40/fresh41):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 應…不得 in one sentence is two statements.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing is read as a condition; determiners (其, 該) and restrictive 之-modifiers go to
#   bearer_full; the subject of a …時/…後 clause is the bearer when the main clause has none; the agent after
#   應由/得由 is the bearer (not a locative 由 'from').
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 但…得 / 但…應 / 但…不得
#   without 不在此限 are a may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 所得V之 inside NPs, cues inside …者/…時 conditions (負有…義務時) and
#   definitions, 由…定之, 由…支應, 以…為限, 亦同, 需/所需/不能 (not guide cues), 使其得… (purpose clause);
#   false friends 所得, 取得, 得獎, 應考人, 應試, 適應, 因應, 對應, 應用, 應付, 應納稅額, 支應.
LABELS = {
    1: [('shall', '人數[須]在', '', '', '辦理專案技能檢定之單位', 'thing subject (參加檢定人數); 須 modal; lead-in 辦理專案技能檢定之單位…應符合下列事項 -> carried')],
    2: [('shall', '，[應]依法', '', '', '各機關', 'thing topic (機密檔案); 各機關 is the agent inside the topic NP (各機關永久保存之…) -> carried; 檢討辦理… under the same 應')],
    3: [('shall_not', '[不得]有', '', '', '', 'thing subject (the fibre rope); lead-in 使用救命用纖維索應依下列規定 names no actor (an activity) -> no carried')],
    4: [('shall', '員[應]密切', '之[人員]應', '受檢單位之人員', '', '稽核人員執行稽核工作時 is a time clause with its own subject; main clause has its own subject; 並提供… same 應'), ('may', '，[得]會同', '且[稽核人員]認為', '', '', 'after 且, subject of the …時 clause (稽核人員認為必要時), main clause has none; 要求受檢人員開啟… under the same 得')],
    5: [('shall', '，[應]由', '所有權人及地上權人', '都市更新事業計畫內土地、合法建築物之所有權人及地上權人', '', 'agent after 應由; 前項公司之設立 is a thing topic; restrictive 之-modifier -> bearer_full; 優先參與 under the same 應')],
    6: [('shall_not', '，[不得]申請', '^[有公務人員任用法第二十八條各款情事之一者]', '', '', 'hard: headless agentive …者 phrase (the would-be applicant), the only subject, kept whole (not a condition with a thing subject)')],
    7: [('shall', '，[應]符合', '', '', '', 'thing subject (危險品包裝); the article names no actor -> no carried')],
    8: [('may', '人[得]以', '行政監督權人', '本法第九十四條所定行政監督權人', '', '所定 restrictive modifier -> bearer_full; 主任檢察官、檢察官有應受懲戒之情事時 condition (應受懲戒之 attributive, not labelled); 陳報法務部… under the same 得')],
    9: [('shall', '，[應]單獨', '', '', '', 'thing subject (應付關係人款項; 應付 false friend); the article names the exchange only in definitions, lead-in 流動負債至少應包括下列各項目 names no actor -> no carried')],
    10: [('shall', '，[應]設計', '', '', '', 'thing subject (機械強度 / 插梢與繫材…配件); lead-in names no actor; 所得 false friend; 準用之 no cue')],
    11: [('shall', '議[應]於', '', '', '', 'thing subject (復議動議); the mover is not named in the article -> no carried; 由主席…決定之 no cue')],
    12: [('may', '，[得]依', '^[起造人]', '', '', 'subject of the clause 起造人申請…')],
    13: [],
    14: [('may', '，[得]提請', '', '', '省政府主席或委員一人', 'hard: thing topic (經委員會決議之事項); 經省政府主席交付或委員一人之提出，二人之附議 is a procedural condition naming who brings the request -> carried')],
    15: [('shall', '，[應]通知', '^[直轄市、縣（市）主管機關]', '', '', "subject of the …時 clause, main clause has none; 依相關法令處理 is the notified bodies' task")],
    16: [('shall', '劃[應]符合', '', '', '', 'thing subject (共同管道線形規劃); the article names no actor -> no carried')],
    17: [('exception', '[除]法令', '', '', '', '除法令另有規定外 carves out of the 不得 of the same sentence'), ('shall_not', '外，[不得]有', '^[總代理人及銷售機構]', '', '', 'coordinated subject kept whole')],
    18: [],
    19: [('shall', '，[應]於災害', '', '', '公司', 'hard: the topic NP is the machines (公司因…而報廢之機器、設備), 公司 is the agent inside it -> carried; 檢具… / 報請… under the same 應'), ('may', '，[得]於該期間', '', '', '公司', 'after ；, 其因情形特殊，不能…辦理者 read as a condition (其 = the company); carried as above'), ('shall_not', '[不得]超過', '', '', '', '但…不得 without 不在此限 = shall_not; thing subject (延長之期限); who grants the extension (稽徵機關) vs who asks is not clear -> no carried; 以一次為限 no cue')],
    20: [('shall', '，[應]於', '', '', '', 'thing subject (議事日程); single-paragraph article, no actor named')],
    21: [('shall', '，[應]敘明', '^[銀行]', '', '', 'subject of 銀行申請…; 並檢具… / 報請主管機關核准 same 應')],
    22: [('shall', '[應]先分析', '', '', '市場顯著地位者', 'no subject; lead-in 市場顯著地位者執行前條歸屬時，應依下列步驟… -> carried; 再檢視… under the same 應; 可間接歸屬 no cue')],
    23: [('may', '，[得]適用', '', '', '', '但…得 without 不在此限 = may; no subject written, the applying party is not named -> no carried; 應適用之法令 attributive; 適用公告當時之法令規定 has no cue (適用, not 不適用)')],
    24: [('shall', '板[應]保持', '', '', '學校', 'thing subject (地板); lead-in 學校食品製作，應遵行下列事項 (學校 possessor inside the topic NP) -> carried')],
    25: [('may', '，[得]以', '', '', '因法院判決確定申請前項登記者', 'thing subject (前項第二款及第三款之文件); the applicant …者 is a condition/topic -> carried')],
    26: [('shall', '人[應]於', '^[申請人]', '', '', '與本部或所屬機關簽訂 under the same 應; 核准失其效力 no cue'), ('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of the lapse / the signing deadline of the same paragraph')],
    27: [('shall', '會議[應]由', '監事會召集人或常務監事', '', '', 'agent after 應由, coordinated kept whole; 準用前四項規定 no cue')],
    28: [('shall', '，[應]為', '其他機關', '原有管轄權之其他機關', '', 'subject of the …時 clause; restrictive 之-modifier -> bearer_full; 並將有關資料移送… same 應'), ('shall', '之機關[應]於', '；為裁處之[機關]', '為裁處之機關', '', 'after ；, own subject; restrictive 之-modifier -> bearer_full')],
    29: [('shall', '關[應]依', '^[主管機關]', '', '', 'hard: 除有下列情形者外 carves out of 期間最長為三年, a clause without a cue -> not labelled as an exception (fresh40 convention)')],
    30: [('shall', '[應]具備', '', '', '', 'hard: predicative 應具備…之功能 (之 belongs to 功能), not attributive; thing subject (中央監控室 of the lead-in 符合下列規定之中央監控室); the builder is not named -> no carried')],
    31: [],
    32: [('exception', '[除]第二十八條', '', '', '', '除第二十八條第二項規定情形外 carves out of the 應 of the same sentence'), ('shall', '外，[應]以', '', '', '', 'thing subject (股票); the valuing tax authority is not named -> no carried; 並按下列情形調整估價 same 應')],
    33: [('shall', '，[應]注意', '^[各機關]', '', '', '各機關 kept as a name; 並依…訂定標準，評定分數 under the same 應'), ('may', '並[得]視', '^[各機關]', '', '', 'second cue of the same sentence shares the bearer; 酌予加分 under the same 得'), ('may', '，[得]舉行', '', '', '各機關', 'new sentence without subject (必要時 condition); 各機關 named in the sentence before -> carried'), ('shall', '並[應]評核', '', '', '各機關', 'new sentence without subject (如係主管職務 condition); carried as above')],
    34: [('may', '，[得]申請', '', '', '興建專用公路之公私機構', 'no subject (遇有…時 condition); lead-in 興建專用公路之公私機構…享有下列之權利 -> carried')],
    35: [],
    36: [('shall', '，[應]核轉', '', '', '各主管機關', 'thing subject (…科技發展計畫); lead-in 各主管機關對所屬基金…陳報之項目，應審核加具意見，依規定時間核轉 -> carried')],
    37: [('may', '，[得]邀請', '^[測試機關或一部測試機關]', '', '', 'coordinated subject kept whole; 召開會議審議認定之 under the same 得')],
    38: [('shall', '會[應]依', '^[各級教師會]', '', '', '檢具… / 報請…立案 same 應')],
    39: [('exception', '[除]本法', '', '', '', '除本法另有規定外 carves out of the 不予給付 of the same sentence'), ('shall_not', '，[不予]給付', '', '', '', '被保險人重複參加…期間，發生…保險事故 is a condition (the insured is the beneficiary); the insurer is not named in the article -> no carried'), ('shall_not', '亦[不予]採認', '', '', '', 'after ；, own thing subject (該段年資); no actor named'), ('may', '，[得]退還', '', '', '', '但…得 without 不在此限 = may; the refunding insurer is not named -> no carried; 概不退還 has no guide cue')],
    40: [('shall', '人[應]受', '^[公設辯護人]', '', '', 'passive 應受…監督, the written subject is the bearer')],
    41: [('shall', '者，[應]於', '投資人', '其投資人', '', 'N[condition]者 keeps N (其投資人[已依…而有短繳稅額]者); 其 determiner -> bearer_full; 申請人有…之情事 condition; 補繳… / 並…加計利息，一併繳納 same 應; 所得稅 false friend')],
    42: [('shall', '，[應]劃定', '^[設施經營者]', '', '', '對於…之地區 is the object topic')],
    43: [('shall', '，[應]填具', '^[臨床心理師或諮商心理師]', '', '', 'coordinated subject kept whole; 並檢具… / 向…申請核准登記 same 應')],
    44: [],
    45: [('shall', '，[應]給予', '主管機關', '', '', '有前項第三款至第六款情形之一者 condition (the member is the patient); 於解聘前 time phrase')],
    46: [('shall', '關[應]自', '^[中央主管機關]', '', '', '完成…決定 / 並公告… same 應')],
    47: [('shall', '，[應]優先', '選手', '具國際賽會國家代表隊資格之選手', '', 'subject of the …時 clause; restrictive 之-modifier -> bearer_full'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 before')],
    48: [('may', '關[得]就', '^[學校主管機關]', '', '', '每七人至多擇一人 is the scope of the permission'), ('may', '，[得]視', '', '', '學校主管機關', '但…得 without 不在此限 = may; 專業輔導人員總數未滿七人者 is a condition (thing subject); 學校主管機關 named in the sentence before -> carried')],
    49: [('shall_not', '數[不得]超過', '', '', '直轄市、縣 (市) 主管機關', 'hard: thing subject (總補正日數), after 且; lead-in 直轄市、縣 (市) 主管機關受理本辦法各項申請，其審查期間依下列規定 (the authority sets the correction deadlines, item 一) -> carried; 不算入 no cue')],
    50: [('shall', '人[應]造具', '^[清算人]', '', '', '提交… / 並就…陳述其意見 same 應')],
    51: [('shall', '，[應]即', '', '', '', 'thing topic (判決); 應宣示之判決 attributive (not labelled); the notifying court is not named in the article -> no carried; 應即 one cue')],
    52: [('shall', '，[應]由', '志願役退除役軍人、法人或團體', '', '', 'agent after 應由, coordinated kept whole; 前項採購涉…者 condition; 由主管機關會同輔導會訂定之 no cue')],
    53: [('shall', '泉[應]調查', '', '', '', 'thing subject / patient (湧泉); lead-in 地下水水源之調查事項如下 and para 1 name no actor -> no carried')],
    54: [('shall', '但[須]聲請', '', '', '', 'hard: 須 as modal (must first apply to the court); no subject, the settling party is not named -> no carried; first sentence (同一效力) has no cue'), ('may', '，[方得]為', '', '', '', '方得 = may (only then); same sentence, no subject written')],
    55: [('may', '員[得]請求', '公務人員', '', '', '該管長官非以書面署名下達命令者 condition; 視為撤回 deeming, no cue')],
    56: [('shall', '度[須]可', '', '', '保險代理人公司、保險經紀人公司', 'thing subject (有效之內部控制制度); 須 modal; lead-in 保險代理人公司、保險經紀人公司…之內部控制制度，至少應符合下列各項原則 (possessor) -> carried; 持續評估 same 須')],
    57: [('may', '並[得]命', '^[中央主管機關]', '', '', '對未經許可輸入或輸出…者 object/patient; 依…規定處罰 stated as a fact, no cue; 或為其他必要之處置 same 得')],
    58: [('shall_not', '計[不得]超過', '', '', '隸屬之情報機關', 'hard: thing subject (補償金額); paragraph right before: 經隸屬之情報機關審查認可者，核實補償 -> the agency that approves and grants the compensation -> carried')],
    59: [('may', '，[得]遴選', '', '', '', 'hard: the 受刑人 (subject) is the patient of 遴選 (遴選其從事…); the selecting prison is not named in the article -> no carried')],
    60: [('may', '，[得]委任', '', '', '本部', 'thing topic (事項); 本部 is the agent inside the topic NP (本部應辦理之事項; 應辦理之 attributive, not labelled) -> carried')],
    61: [('shall', '院[應]於', '^[司法院]', '', '', '綜合考評… / 並徵詢… same 應')],
    62: [('shall_not', '態[不得]與', '', '', '', 'thing subject (其功能或網路型態); topic 設置技術實驗研發電信網路 is an activity, the article names no setter -> no carried')],
    63: [('shall', '[須]通知', '^[處分機關]', '', '', 'modal 須; subject of the …後 clause, main clause has none; 變更講習地點為…者 condition; 完成案件移轉程序 same 須')],
    64: [('shall', '人[應]依', '^[應考人]', '', '', '應考人 false friend (the first 應 is part of the name); 應試 = sit the exam, verb, not a cue')],
    65: [('may', '構[得]資遣', '各機構', '', '', '有下列情形之一者 condition; 各 kept as part of the name')],
    66: [('shall', '處[應]分別', '', '', '', 'thing subject (穿越道線的入口及出口處, a place); article names no actor -> no carried; first sentence (用以指示…) descriptive, no cue'), ('may', '，[得]增加', '', '', '', '必要時 condition; no subject, no actor named -> no carried')],
    67: [('shall', '，[應]於六十日', '^[交通部]', '', '', '交通部於受理…後 is the subject; 並通知… / 副知… same 應'), ('shall', '並[應]通知申請人', '', '', '交通部', 'hard: new sentence (但…), 需延展審查期間者 condition, 其延展以五十日為限 no cue (需 not a guide cue); 但…應 without 不在此限 is a shall; no subject written in the clause, 交通部 named in the sentence before -> carried')],
    68: [('exception', '業[除]符合', '', '', '', '除符合第六十九條規定者外 carves out of the 應 of the same sentence'), ('shall', '外，[應]於每年', '^[營利事業]', '', '', '自行向庫繳納 / 並依規定格式填具… / 檢附… / 一併…申報 same 應; 應納稅額 false friend (attributive), 所得稅 false friend')],
    69: [('shall', '月[應]接受', '^[檢驗機構]', '', '', '經認證後 time clause'), ('shall_not', '，[不得]規避', '^[檢驗機構]', '', '', 'second cue of the same sentence shares the written bearer; 妨礙或拒絕 same 不得')],
    70: [('shall', '院[應]先', '行政院', '', '', '適應 false friend (為適應…之需要 purpose)')],
    71: [],
    72: [('shall', '[應]就', '', '', '', 'thing topic (前二項所定情形); the article names no determining authority (only 機關 inside item texts) -> no carried')],
    73: [('shall', '均[應]符合', '', '', '', 'thing subject (地面站頻率、諧波及混附發射容許差度); 均 adverb; single-paragraph article names no actor -> no carried')],
    74: [('may', '關[得]逕為', '中央主管機關', '', '', '直轄市、縣（市）國土計畫未依規定公告者 condition (thing subject); 及公開展覽 same 得')],
    75: [('may', '，[得]於各該', '遺族或法定受益人', '其居住大陸地區之遺族或法定受益人', '', 'long condition (…死亡，而在臺灣地區無遺族或法定受益人者) before; 其 determiner + restrictive 之-modifier -> bearer_full; 經許可進入… / 以書面向主管機關申請領受… same 得'), ('shall_not', '，[不得]請領', '遺族或法定受益人', '其居住大陸地區之遺族或法定受益人', '', 'second cue of the same sentence shares the written bearer; 逾期未申請領受者，喪失其權利 has no cue')],
    76: [('shall', '組[應]即', '專案輔導小組', '', '', '應即 one cue; 縣、市政府…經評估…時 is a condition whose subject is not the actor, the main clause has its own subject; 並促請… / 報經…後，函報財政部處理 / 並副知… same 應 (no new cue)')],
    77: [('shall_not', '[不得]逾', '', '', '直轄市、縣（市）主管機關及中央主管機關', 'thing topic (前項查核); paragraph right before: 直轄市、縣（市）主管機關…得…要求查詢 / 中央主管機關…得…查詢 (both inspect) -> carried')],
    78: [('shall', '，[應]於三十日', '^[投保單位]', '', '', 'N[condition]者 keeps N (投保單位[有下列情形之一]者); 並檢附…送交保險人 same 應')],
    79: [('shall', '，[應]填具', '^[事業或污水下水道系統]', '', '', 'subject of the …時 clause, main clause has none; coordinated kept whole; 並檢附 same 應')],
    80: [('shall', '：[應]獨立', '', '', '', 'thing subject (雜碎處理洗滌室); 並與…隔離 same 應; lead-in 家禽屠宰場設施 names no actor -> no carried; second sentence (照明分佈均勻，並設高架處理台) has no cue')],
    81: [],
    82: [('may', '，[得]向', '^[市參議會]', '', '', '認為有違法或失職時 condition; 市長 is the patient')],
    83: [('shall', '，[應]繳納', '^[申請註冊給照、補發或換發小船執照者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole')],
    84: [],
    85: [('shall', '，[應]填發', '^[主管機關]', '', '', '主管機關依…處罰鍰 is the subject with its framing clause; own subject'), ('shall', '者[應]於', '受處分者', '', '', 'own subject: headless agentive …者 phrase kept whole; 逾期未繳納者，移送法院強制執行 has no cue')],
    86: [('may', '，[得]由', '', '', '', 'hard: 得由甲板平面 = may (be filled) from the deck level -- 由 is locative, not an agent -> no bearer; 注水…時 / 如…者 conditions; lead-in 化學液體船之…佈置，應符合左列規定 names no actor -> no carried')],
    87: [('may', '，[得]視', '', '', '調查小組', 'thing topic (前項調查); paragraph right before: 召集人得聘請專家…成立調查小組進行調查 -> carried; 並通知…到場說明及提供… same 得')],
    88: [('shall', '環[應]以', '', '', '', 'thing subject (鐵環); 或用鉚釘…予以固定 same 應; lead-in 使用捲揚機設備時，應依下列規定辦理 names no actor (礦業權者 appears only in item 六) -> no carried')],
    89: [('shall', '，[應]依', '', '', '直轄市、縣（市）政府', 'thing subject (各類公共建設計畫); possessor 直轄市、縣（市）政府 inside the topic NP -> carried; 為統籌… purpose')],
    90: [('shall_not', '構[不得]以', '發卡機構', '', '', '以…為由 adverbial; 要求持卡人負擔… under the same 不得')],
    91: [('shall', '件[應]由', '收受者', '', '', 'agent after 應由; topic 發出文件 (thing)'), ('shall', '者[應]將', '', '', '', 'hard: 其為郵寄者 = if it (the document) is mailed -> a condition with a thing subject, no bearer; 或由郵局加蓋日戳 is an embedded 由X clause under the same 應; the sending staff is not named in the article -> no carried')],
    92: [('may', '，[得]予解任', '^[第三審法院]', '', '', 'subject of the 認…者 clause, main clause has none; 另行選任之 same 得; 亦同 (second sentence) has no cue')],
    93: [('shall', '底[應]堅實', '', '', '', 'thing subject (倉底); 或舖設木板 same 應; lead-in 糧食倉庫…其建築設計應特別注意左列設施 names no actor -> no carried')],
    94: [],
    95: [('shall', '物[應]分別', '', '', '', 'thing subject (…騎樓地平面及其附屬建物); the article names no surveyor -> no carried')],
    96: [('shall', '費[應]分別', '', '', '申請人', 'thing subject (押標金及審查費); paragraph right before: 申請人繳交押標金及審查費後… -> carried'), ('shall', '時[應]填寫', '', '', '申請人', '匯款時 condition without subject; 申請人 here is only the possessor in the object (申請人之公司名稱); carried as above')],
    97: [('shall', '，[應]運送', '', '', '', 'hard: subject is the cattle (完成隔離檢疫牛隻…未能…屠宰者), patients; the importer / owner is not named in the article -> no carried'), ('exception', '[除]送往', '', '', '', '除送往指定屠宰場屠宰外 carves out of the 不得 of the same clause'), ('shall_not', '外[不得]擅自', '', '', '', '並於…期間…不得 = second cue of the sentence, its own statement; 或移作其他用途 same 不得; no actor written')],
    98: [('shall', '製[應]精要', '', '', '', 'thing subject (…之編製); single-paragraph article names no actor (the developer) -> no carried'), ('may', '容[得]分', '', '', '', 'after ；, thing subject (其內容)')],
    99: [('shall', '園[應]先經', '非營利幼兒園', '', '', 'the first 應 (非營利幼兒園應報…之事項) is attributive inside the topic NP -> not labelled; own subject after the topic')],
    100: [('may', '關[得]視', '主管機關', '', '', '前項得併計之金額比率: 得併計之 attributive -> not labelled; object topic')],
    101: [],
    102: [],
    103: [],
    104: [('shall', '，[應]自', '', '', '變更、補發、換發許可證者', 'thing subject inside the condition (前項許可證變更廠商名稱…者); paragraph right before: 變更、補發、換發許可證者，應檢具… -> carried; 取得 false friend')],
    105: [],
    106: [('shall', '，[應]同意', '', '', '報名電視金鐘獎者', 'hard: 其為參賽節目之著作財產權人 = if it (the entrant, 其) is the copyright owner -> a condition, the subject is only the pronoun 其; lead-in 報名電視金鐘獎者，應履行下列負擔 -> carried; 得獎 false friend'), ('shall', '期限[應]為', '', '', '報名電視金鐘獎者', '但…應 without 不在此限 is a shall; thing subject (音樂著作及MV著作授權期限); the entrant grants the licence -> carried from the lead-in'), ('shall', '者，[應]於報名時', '', '', '報名電視金鐘獎者', 'after ；, 其非參賽節目之著作財產權人者 condition (其 = the entrant); carried from the lead-in; 取得 false friend')],
    107: [('shall', '者，[應]於辦理', '^[生技醫藥公司]', '', '', 'N[condition]者 keeps N (生技醫藥公司[投資於…之支出，申請適用…]者); 登錄… / 依…填報 / 並上傳… same 應; 所得稅 false friend')],
    108: [],
    109: [('shall', '，[應]如期', '^[營利事業]', '', '', '取得前條…證明函後 time clause; 取得 / 所得稅 false friends'), ('shall', '時[應]依', '^[營利事業]', '', '', 'second cue of the same sentence shares the written bearer; 向…申請免徵 same 應'), ('may', '[始得]免徵', '', '', '所在地稅捐稽徵機關', 'hard: 當年度始得免徵 -- the enterprise only benefits from the exemption (patient/beneficiary) -> bearer empty; the 稅捐稽徵機關 applied to in this provision grants it -> carried')],
    110: [],
    111: [('shall', '前，[應]與', '之[再利用機構]經營', '取得通案再利用許可之再利用機構', '', 'restrictive 之-modifier -> bearer_full (取得 false friend inside it); 並於…檢具…送本會備查 / 並副知… same 應'), ('shall', '者，[應]另副知', '之[再利用機構]經營', '取得通案再利用許可之再利用機構', '', 'second cue of the same sentence, 如事業位於…者 condition -> shares the written bearer; 亦同 (second sentence) has no cue')],
    112: [('may', '者[得]向', '^[取得審驗證明者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole (取得 false friend inside it)'), ('shall_not', '，[不得]申請', '', '', '取得審驗證明者', '但…不得 without 不在此限 is a shall_not; 驗證機關（構）辦理…抽驗期間或經抽驗有不符合規定情形者 is a condition (its subject is not the actor); the holder named in the sentence before -> carried')],
    113: [],
    114: [('shall', '，[應]提供', '', '', '申請者', 'hard: 負有接續受話之義務時 is a condition (負…義務 restated inside …時) -> not labelled; 取得 false friend; no subject; the plan content belongs to the applicant: article lead-in 使用資源之申請者檢具之營運計畫應載明下列事項 (agent inside the topic NP) and item 五 lead-in (…負有應履行義務者，其履行之方法) -> carried')],
    115: [('may', '皆[得]以之', '', '', '保險人', 'hard: topic 保險人基於保險契約所得對抗被保險人之事由 (a thing); 所得對抗 = 所+得 inside an attributive relative clause -> not labelled; the insurer (agent inside the topic NP) raises the defences -> carried; 第三人…請求給付…時 condition; 皆 adverb')],
    116: [('may', '關[得]先行', '管理機關', '', '', 'first 應經 is inside the …者 condition -> not labelled; 使其得據以取得該等文件 is a purpose / effect clause (so that it can obtain), not read as a separate permission; 取得 false friend'), ('may', '，[得]延長之', '', '', '申請人', 'hard: 但…得 without 不在此限 is a may; 有特殊原因並經管理機關同意者 condition (its implicit subject is the applicant); 申請人 named in the sentence before -> carried; 該處分自始不生效力 has no cue')],
    117: [],
    118: [],
    119: [('may', '所[得]依法', '地政事務所', '', '', '地政事務所 + 得 (not 所得); 前項測量錯誤經查明…者 condition; 逕行更正 under the 得')],
    120: [],
}
