# fresh50: seed 3730001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 41) by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o50: reader a, provisions 1-60 of /work/eval/s41/o50/to_label-a.tsv (sample seed 3730001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh48-labels.py
# and fresh49-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh48/fresh49):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; restrictive /
#   genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause or of a framing clause is the bearer when
#   the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue); 除…外 carving out of a statement
#   of the same sentence is an exception; 但…應 without 不在此限 is a shall.
# - not labelled: attributive 應X之 inside NPs, cues inside …者 conditions, 以…為限, 以…為原則, 由…定之 / 由X辦理
#   clauses without a cue; false friends 所得, 取得, 應付, 應力, 應聘, 支應, 應有部分, 免(加蓋).
# o50: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s41/o50/to_label-b.tsv (sample seed 3730001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh48-labels.py
# and fresh49-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh48/fresh49):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a …時/…後 clause is the
#   bearer when the main clause has none (unless it is only the patient / a non-actor of the main act); the agent
#   after 應由/得由 is the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外，並應
#   is additive; 但…得 / 但…應 / 但…不得 without 不在此限 are a may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應登記事項, 應領…退休金, 應納稅款, 得…查訪對象), cues inside
#   …者 conditions and inside 除…外, 予以, 准, 由…定之, 以…為限, 準用, 適用 (not 不適用), 不受…之限制, 無須;
#   a deontic verb that is only the content of another statement (同意授權…得…推廣使用) is not a statement of its own;
#   false friends 所得, 取得, 得標, 得獎, 應用, 因應, 支應, 應考人, 應有部分, 免.
LABELS = {
    1: [('shall', '，[應]為公正', '^[廣播電視事業]', '', '', '從事…參加節目 framing clause of the subject'), ('shall_not', '，[不得]為無', '^[廣播電視事業]', '', '', 'second cue of the same sentence, shares the written bearer')],
    2: [('exception', '者[不在此限]', '', '', '', '但…不在此限 carving out of a list item with no cue (lead-in: …有下列情形之一者，為體格檢查不合格)')],
    3: [('shall', '關[應]依', '海關', '', '', '依…廢止查扣者 condition')],
    4: [('shall', '外，[應]依', '', '', '金融控股公司、銀行、證券、期貨及保險等事業發行人', 'hard: topic is 特殊情形 (a thing) modified by the agent clause X公告申報…之 -> bearer empty, agent inside the topic NP carried (as fresh48 #3); alternative: that agent as written bearer'), ('exception', '，[除]各該', '', '', '', '除各該事業之相關法令另有規定外 carves out of the 應 of the same sentence')],
    5: [],
    6: [('shall', '但[應]咨請', '', '', '盟民代表會議及常任代表會議', "但…應 without 不在此限 = shall; new sentence without subject -> carried from the sentence before (該會議 = the two meetings); 轉呈行政院備案 is 蒙藏委員會's relay, no cue")],
    7: [('shall', '人[應]於', '財團法人', '', '', '前項查核情形有不符規定者 condition')],
    8: [('may', '，[得]准使用', '', '', '', 'hard: 得准 = may be permitted; thing subject (特定之貨物…); lead-in names no actor -> no carried'), ('shall', '但[應]有裝置', '', '', '', '但…應 without 不在此限 = shall; no subject (equipment requirement); 並在低液位時使…斷電 under the same 應'), ('shall', '時[應]能於', '', '', '', 'hard: new sentence, 應能 = shall be able to (a design requirement on the system), read as a shall; no subject, no carried')],
    9: [('may', '，[得]連選', '', '', '董事', 'hard: 董事任期三年 — 董事 is the topic / possessor of 任期, and the re-electing body is 股東會; as fresh49 #21, bearer empty and 董事 carried; alternative: 董事 as written bearer')],
    10: [('exception', '者，[不在此限]', '', '', '', '但…不在此限; the 應 inside 但當事人應為公示送達…者 is inside a …者 condition (not labelled)')],
    11: [('shall', '，[應]先公告', '^[主管機關]', '', '', 'subject of the …前 time clause; 並通知…漁業人 under the same 應')],
    12: [('may', '，[得]不受', '^[轉任軍訓教官前，已經國防部核准進修碩士以上學位，且轉任前已修完全部應修畢業學分者]', '', '', 'hard: 得不受…限制 = may be exempt (cue 得); headless agentive …者 phrase as the only subject kept whole; 應修畢業學分 attributive inside the …者 (not labelled); alternative: a condition, bearer empty, carried 軍訓教官')],
    13: [('shall', '料[應]每年', '', '', '', 'hard: thing subject (災害潛勢資料); single-paragraph article; the compiling 各直轄市、縣（市）政府 are named only in art. 3 para 1 (art. 3 para 3, right before, names none) -> no carried; alternative carried 各直轄市、縣（市）政府; 並依前條規定審定後進行資料庫更新 under the same 應'), ('may', '，[得]隨時', '', '', '', 'after ；, 必要時 condition, no subject; no carried (as above)')],
    14: [],
    15: [('shall', '，[應]依', '', '', '各主管機關', 'thing topic (公共建設計畫); lead-in 各主管機關應…其中屬下列各項計畫範圍者，應分別依下列規定辦理 -> carried')],
    16: [('shall', '，[應]先以', '', '', '', 'no subject; 依本法請求損害賠償時 time clause without subject; first paragraph names no claimant -> no carried (alternative: the claimant / 請求權人)')],
    17: [('shall', '仍[應]受', '', '', '', 'hard: 軍人[非執行勤務而有…]者 is the patient of 受懲罰 (shall be subject to punishment) -> bearer empty; the punishing authority is not named -> no carried; alternative: bearer 軍人')],
    18: [('shall', '，[應]掣給', '^[補習班]', '', '', '收取學雜費… framing clause of the subject'), ('shall', '據[應]載明', '', '', '補習班', 'new sentence, thing subject (收據); the issuer 補習班 named in the sentence before -> carried')],
    19: [('shall', '款[應]訂定', '', '', '一般容器業者', 'topic 前項第四款、第五款 (the collection methods); para 1 right before (一般容器業者得依左列方式執行…回收) names the actor -> carried')],
    20: [('shall', '，[應]載明', '', '', '物理治療所', 'thing subject (契約書); para 1 (物理治療所與其他醫事機構聯合設置…者，應檢具契約書…) names the actor -> carried (N[condition]者 keeps N)')],
    21: [],
    22: [('may', '，[得]依學校', '當事人或利害關係人', '本會審議第二條第一項第三款及第四款事項之當事人或利害關係人', '', 'restrictive 之-modifier -> bearer_full; 但以…為限 not labelled')],
    23: [('may', '，[得]延期', '', '', '', 'hard: 前項子女 is the patient topic (its delivery / stay is extended); 無相當之人受領又無法寄養者 condition; para 1 right before is passive (得准許之) and names no actor -> no carried (alternative: the prison); 期滿後交付救濟所收容 under the same 得')],
    24: [('shall', '，[應]指定', '^[電信業、傳播業]', '', '', 'N[condition]者 keeps N (電信業、傳播業[保有個人資料檔案]者)')],
    25: [],
    26: [('may', '，[得]依法', '', '', '', 'hard: no subject; para 2 right before names both 受理補償請求之機關 and 請求權人, a dispute may be raised by either -> no carried (alternative: 請求權人)')],
    27: [('shall', '額[應]改按', '', '', '', 'thing subject (其儲存之金額); 退休教職員 is the possessor but not the actor (interest is computed by the bank); the paragraph right before names only 退休教職員 -> no carried (alternative: 受理優惠存款機構 of para 2); 並依下列規定辦理 under the same 應')],
    28: [('shall', '，[應]指派', '', '', '雇主', 'no subject in the item; 起重機載人作業時 time clause (thing); lead-in 雇主使用移動式起重機…時，應依下列規定辦理 -> carried'), ('may', '，[得]採', '無法派指揮人員者', '', '', 'hard: new sentence; headless agentive …者 phrase as the only subject kept whole (the employer who cannot assign a signaller); alternative: a case condition, bearer empty, carried 雇主')],
    29: [('shall', '畫[應]記載', '', '', '', 'thing subject (the plan, i.e. its section of the prospectus); first paragraph, no actor named -> no carried (alternative: the issuing company)')],
    30: [('shall', '長[應]按日', '船長', '', '', 'subject of the …出港後 clause is the vessel (thing); own subject 船長'), ('shall', '亦[應]填寫', '', '', '船長', 'after ；, 無漁獲者 condition, no subject -> carried from the clause before; 亦 adverb')],
    31: [],
    32: [('may', '仍[得]自', '公司', '', '', '第五條之適用範圍有刪除或修正時 condition; 向經濟部工業局申請適用本辦法 under the cue (適用 not a cue)')],
    33: [('shall', '，[應]由技師本人', '由[技師本人]簽署', '', '', 'agent after 應由; topic 圖樣及書表; 並加蓋技師執業圖記 under the same 應'), ('shall', '，[應]由不同', '由[不同科別技師]為之', '', '', 'new sentence; agent after 應由; 涉及…者 condition; 並分別註明負責之範圍 under the same 應 (負責之 attributive, not a 負…義務 cue)')],
    34: [('shall_not', '度[不得]超過', '', '', '', 'thing subject (頻率容許差度); lead-in of the article not needed: a technical limit on equipment, no actor'), ('shall', '射[應]低於', '', '', '', 'own thing subject (平均混附發射); 並不超過二十五微瓦 under the same 應 (bare 不 is not a cue)')],
    35: [],
    36: [('may', '，[得]延期', '', '', '主管稅捐稽徵機關', 'hard: thing subject (稅捐); para 3 lead-in 主管稅捐稽徵機關受理…申請後應依下列標準，酌情核准延期繳納之期限或分期繳納之期數 -> the granting authority carried; alternative carried 納稅義務人 (who pays late); 或分二至二十四期 under the same 得')],
    37: [],
    38: [('may', '時[得]召開', '', '', '', 'hard: topic 委員會議; 以每月舉行一次為原則 not labelled; single-paragraph article names no convener -> no carried (alternative: 委員會 / its chair)')],
    39: [('shall', '，[應]另檢附', '', '', '申請人', 'no subject; 開發場址…位於…者 condition (thing); lead-in 開發許可之申請，應由申請人…檢附下列文件 -> carried')],
    40: [('may', '署[得]設', '^[本署]', '', '', '其組織，以法律定之 not a cue')],
    41: [('shall', '，[應]確實', '^[各單位]', '', '', 'subject of the …時 clause, main clause has none')],
    42: [('shall', '，[應]於', '^[大陸地區衛生專業人士]', '', '', 'subject of the framing clause (申請來臺…, no 之); the list items let the inviting unit file on their behalf, but as written the bearer is the professional')],
    43: [('may', '關[得]按', '原備案主管機關', '', '', '公司投資計畫內容變更…者 long condition; 原 kept as part of the name; 就其完成部分，核發… under the same 得')],
    44: [],
    45: [('may', '券[得]自由', '', '', '', 'thing subject (開發債券); holders not named -> no carried; 質押及充公務上保證 under the same 得')],
    46: [('shall', '，[應]負', '^[評鑑委員及參與評鑑相關人員]', '', '', 'hard: 應負保密義務 is one statement; cue taken as the modal 應 (alternative cue 負 of 負…義務); 對…資訊 prepositional')],
    47: [('shall', '人[應]於', '^[航空器所有人或使用人]', '', '', '於…卸載…時 time frame; 檢查是否損壞或滲漏 under the cue'), ('shall', '，[應]再檢查', '^[航空器所有人或使用人]', '', '', 'second 應 of the same sentence, shares the written bearer; 發現有損壞或滲漏時 condition')],
    48: [('shall', '，[應]就', '^[主計處]', '', '', '彙核整理 / 加具意見 / 邀集…舉行審查會議 / 並將審查結果提報… all under the same 應')],
    49: [('shall', '，[應]繳驗', '^[以第四條第四款資格報名者]', '', '', 'headless agentive …者 phrase as the only subject kept whole')],
    50: [('may', '業[得]委託', '輸配電業或再生能源發電業', '', '', 'topic 第一項檢驗; coordinated subject kept whole; 依法登記執業之 / 依…登記之 modify the agents hired (not the bearer)')],
    51: [('may', '關[得]撤銷', '主管機關', '', '', '有下列情形之一者 condition; 或廢止 under the same 得')],
    52: [('may', '構[得]委託', '醫療機構', '', '', 'topic 第三條第一項系統; 建置及管理之 under the cue'), ('shall', '構[負]本法', '由[醫療機構]負', '', '', 'hard: 並由醫療機構負本法及本辦法規定之責任 read as a duty allocation (the institution remains bound / liable), cue 負 as in 負…義務 (the guide lists 負…義務; 負…責任 read the same); agent after 由; alternative: not a statement')],
    53: [('may', '，[得]鼓勵', '', '', '', 'hard: an item in a definitions list (本條例第十五條第一項用詞，定義如下) that is not a definition but a may; activity topic (公共藝術之辦理), no actor in the item or lead-in (中央主管機關 only in para 3, after) -> no carried')],
    54: [],
    55: [('shall', '年[應]定期', '', '', '', 'thing subject (焚化爐); para 3 right before names no operator (only 當地主管機關 as recipient) -> no carried'), ('shall', '內[應]各執行', '', '', '', 'second 應 of the same sentence, own clause; thing subject continues; no carried'), ('shall', '測[應]間隔', '', '', '', '但…應 without 不在此限 = shall; thing subject (二次定期檢測)'), ('shall', '且[應]排除', '', '', '', '且 + new cue = second statement; same thing subject')],
    56: [('may', '，[得]經海關', '', '', '區內事業', 'hard: thing subject (前二項貨品, …以下者 condition on the goods); 區內事業 is the exporter named as possessor of the goods in para 1 (區內事業貨品輸往國外), which 前二項 refers to -> carried; para 2 right before names only 海關; 或加封後，交由…攜帶出區… under the same 得 (after ； but the 或 alternative continues the same 得); 但…依關稅法規辦理 no cue')],
    57: [('shall', '，[應]選任', '^[船舶共有人]', '', '', '經營其業務 purpose / under the cue; 應有部分 false friend'), ('shall', '，[應]以共有人', '', '', '船舶共有人', 'topic 共有船舶經理人之選任 (nominalized act) -> bearer empty, the co-owners of the clause before carried')],
    58: [('shall', '區[應]依', '', '', '', 'hard: 洪氾區 is the patient (shall be delineated); the following clauses split the work between 主管縣（市）政府 (縣（市）管河川) and 本部水利署 (中央管河川), no single actor -> no carried; those 由X擬訂 / 由X測定 clauses after ； carry no cue (not labelled)')],
    59: [('shall', '數[應]扣除', '', '', '', 'after ；, thing subject (日數); lead-in 各機構人員…有下列情事之一者，不得考核列甲等 names the persons assessed, not the assessor -> no carried (alternative: 各機構)')],
    60: [('shall', '，[應]詳實', '', '', '申請者', 'hard: thing topic (申請書之…欄); 申請者 occurs inside the topic NP (申請者商號) -> carried; 並加蓋印章 under the same 應; 以線上平台提交者，免加蓋印章 (免 not a cue)')],
    61: [],
    62: [],
    63: [('may', '，[得]依', '^[居家式長照機構]', '', '', 'N[condition]者 keeps N (居家式長照機構[申請於…遷移，且未變更其他登記事項]者)')],
    64: [('shall', '者，[應]載明', '', '', '', 'case topic (董事或監察人之選舉, …採候選人提名制度者 condition); lead-in 股東會議事手冊所列議案…應依下列情形，載明規定事項 has a thing topic and names no actor (公司 only inside law names) -> no carried'), ('shall', '並[應]填載', '', '', '', 'after ；, 候選人為法人代表人者 condition (the candidate is what the entry is about, not the one writing); 並應 = a second statement; no carried')],
    65: [('shall_not', '，[不得]低於', '', '', '', 'thing subject (the 處、局 編制員額 of the lead-in); 縣（市）人口在二十萬人以上者 condition; lead-in 第三項之處、局，其編制員額依下列規定設置 names no actor -> no carried')],
    66: [('shall', '均[應]裝設', '', '', '', 'thing subject (傳動機械及其他…設施); 均 adverb; lead-in 作業區，其構造、設備，應符合下列規定 names no actor -> no carried'), ('shall_not', '阻[不得]超過', '', '', '', 'own thing subject (其接地電阻); no carried')],
    67: [('shall', '，[應]依', '', '', '各主管機關', 'thing subject (科技發展計畫); lead-in 各主管機關…其中屬下列各項計畫範圍者，應分別依下列規定辦理 -> carried; 送行政院國家科學委員會 under the cue')],
    68: [('shall', '，[應]在', '^[雇主]', '', '', '使勞工從事工作 framing; 採取必要之預防設備或措施 under the cue; 勞工 is the beneficiary')],
    69: [('shall', '時，[應]檢具', '納稅義務人', '', '', '依…不計入遺產總額之遺產 topic; 於申報遺產稅時 time clause; 列報主管稽徵機關核發…證明書 under the same 應')],
    70: [('may', '，[得]由限時', '', '', '', 'hard: 但…得 without 不在此限 = may; 由限時或航空 is the route (returned by express or air mail), not an agent after 得由; 經寄件人…註明…字樣者 condition (the sender writes the note but does not return the mail); the returning post office is not named in the article -> no carried; 並由原寄人補付… (embedded 由X clause, no new cue) under the same statement; cue outside the quoted「…請由限時或航空退回」')],
    71: [('may', '，[得]由', '由[董事會]遴聘', '', '', '專案輔導學校校長因…出缺 condition (the principal is not the actor); agent after 得由; 代理之 under the cue'), ('exception', '，[不適用]私立', '', '', '', '不適用 = exception (私立學校法第四十二條 does not apply)')],
    72: [('shall', '並[應]檢附', '變更輸入動物用一般藥品效能、用法、用量者', '', '', 'hard: headless agentive …者 phrase as the only subject kept whole (as fresh48 #14); alternative: a case condition with bearer empty and carried 申請變更動物用一般藥品之效能、用法、用量者 from the lead-in (…者，應檢附下列資料); the item writes its own cue -> labelled'), ('shall', '件[應]詳載', '', '', '生產國動物用藥品主管機關', 'hard: thing subject (其證明文件); 其 = the certificate issued by 生產國動物用藥品主管機關 (agent inside the topic NP) -> carried; alternative: carried the applicant (who must submit a certificate that details the change)')],
    73: [('may', '者，[得]向', '持照人', '', '', '前項簽證有效期間屆滿後 time clause; 其期間不超過一個月者 condition (the stay); 持照人 is the subject of 如需繼續在華居留 and of the main clause; 申請延長簽證一次 under the cue'), ('shall', '者，[應]在', '', '', '持照人', 'new sentence, 如超過一個月者 condition (the stay), no subject -> carried from the sentence before')],
    74: [('shall', '亦[應]主動', '^[銀行]', '', '', 'N[condition]者 keeps N (銀行[知有前項情形]者); 亦 adverb; 主管機關 is the one notified')],
    75: [('shall', '時，[應]與', '^[移民業務機構]', '', '', 'subject of the …時 clause, the main clause has none; 當事人 is the counterparty')],
    76: [],
    77: [],
    78: [('shall', '前[應]嚴守', '', '', '', 'thing topic (訴願事件); single-paragraph article names no actor (committee members / staff) -> no carried'), ('shall_not', '，[不得]洩漏', '', '', '', 'second cue of the same sentence, same thing topic -> no bearer, no carried')],
    79: [('shall', '者，[應]就', '^[民間機構]', '', '', 'N[condition]者 keeps N (民間機構[已依…辦理分期繳納，經主辦機關認定…]者); 應納稅款 attributive (not labelled); 一次繳清 under the cue; the 但 sentence (准由受讓機構…繼續分期繳納) has 准 (not a cue) and no 不在此限 -> not labelled')],
    80: [],
    81: [],
    82: [('shall_not', '，[不得]再委託', '、[受託機構]就', '', '', 'item of the matters the contract shall state (lead-in 前條第二項契約，應載明下列事項), but the item writes its own operator -> labelled; own subject'), ('exception', '，[不在此限]', '', '', '', '但…不在此限; 不免除原受託機構之義務 is part of the condition (義務 without 負, not a cue)')],
    83: [('shall', '，[應]遵守', '^[非公務機關]', '', '', '蒐集個人資料 framing; 並區分… / 分別訂定… / 要求所屬人員確實辦理 under the same 應; 告知義務 without 負 (not a cue)')],
    84: [('may', '，[得]採行', '^[中央主管機關]', '', '', '基於… / 因應… purposes (因應 false friend)')],
    85: [('may', '會[得]不通知', '調處委員會', '', '', 'hard: 得不通知 = may dispense with notifying (a permission, cue 得, not a shall_not); 多數…當事人…為選定後 time clause (the parties are not the actor); 未被選定之人 is the patient')],
    86: [('shall', '人[應]事先', '報驗義務人', '', '', '變更貨物儲存地點 condition; 報驗義務人 is a name (義務 without 負, not a cue); 向檢驗機關（構）申請核准 under the cue'), ('may', '並[得]派員', '，[檢驗機關（構）]並得', '', '', 'own subject (the second 檢驗機關（構）); 並 adverb; 查核 under the cue')],
    87: [('may', '後，[得]捨棄', '^[當事人]', '', '', '於第一審判決宣示、公告或送達後 time clause')],
    88: [('may', '，[得]由', '由[直轄市、縣（市）主管機關]公告', '', '', 'agent after 得由; 指定機構之所屬精神科專科醫師 is the patient topic (the doctors are designated)')],
    89: [('shall', '，[應]據實', '^[訪問人員]', '', '', '每訪問一人 adverbial; parenthetical (表式如附件 (一) ) no cue'), ('shall', '字[應]簡明', '', '', '訪問人員', 'thing subject (文字 of the record); the writer 訪問人員 named in the same sentence -> carried'), ('shall_not', '，[不得]空言', '^[訪問人員]', '', '', 'hard: clause without own subject after the thing-subject clause 文字應…; 空言搪塞 is an act of the visitor -> shares the written bearer of the sentence; alternative: bearer empty, carried 訪問人員'), ('shall', '並[應]依照', '^[訪問人員]', '', '', '並應 = another statement; no own subject -> shares the written bearer; 提供適切之處理意見 under the cue')],
    90: [('shall', '統[應]具有', '', '', '', 'thing subject (自動火警警報與偵測系統); single-paragraph article names no actor -> no carried; 以試驗… purpose'), ('shall', '近[應]張貼', '', '', '', 'new sentence, no subject (在每一指示儀附近 locative); no carried'), ('shall', '並[應]備有', '', '', '', 'new sentence, no subject; no carried')],
    91: [],
    92: [('shall', '，[應]依', '', '', '電子支付機構', 'hard: 使用者 is the subject of the …時 clause but only the payer, not the one who adopts the security designs -> bearer empty; lead-in 電子支付機構對於不同交易類型，應依…採用下列交易安全設計 -> carried; alternative: bearer 使用者 by the …時-subject rule')],
    93: [('shall', '：[應]先向', '以電子資料傳輸方式辦理者', '', '', 'hard: headless …者 phrase as the only subject kept whole (those filing by EDI); alternative: a mode heading (case condition) with bearer empty and carried 連線業者 from the lead-in (連線業者申請連線申報，應依下列方式辦理); 經訂立契約後轉送… / 並於單一窗口…提出註冊申請 / 經核准後開始連線申報 under the same 應'), ('shall', '前[應]先向', '申請者', '', '', '但…應 without 不在此限 = shall; 申請者 is the subject (如屬報關業者 condition); 並取得電子郵箱號碼 under the same 應 (取得 the verb, not a cue)')],
    94: [('shall_not', '，[不得]行使', '', '', '', 'hard: thing subject (有擔保或優先權債權所生之損害賠償及違約金, the claims; 其權利 = their rights); the creditors are not named in the single-paragraph article -> no carried; 非依更生或清算程序 condition (no 除 / 不在此限, not an exception); 無優先受償之權 no cue')],
    95: [('shall', '月[應]抽查', '應用親等關聯資料者', '', '', 'hard: item of the matters the management rules shall state (lead-in 第一項…管理規定，應敘明下列事項), but the item writes its own operator -> labelled; headless agentive …者 phrase as the only subject kept whole (應用 = use, false friend); 資料使用期間 time adverbial; alternative: not labelled as only the content of the rules'), ('shall_not', '率[不得]低於', '', '', '應用親等關聯資料者', '且 + own thing subject (抽查比率) -> bearer empty, carried from the clause before')],
    96: [('may', '，[得]於', '', '', '醫護人員或勞工健康服務相關人員', 'hard: thing subject (第一項及第二項訓練); the paragraph right before (第五條第一項所定之機構…使其醫護人員或勞工健康服務相關人員，接受在職教育訓練) names the trainees who may learn online -> carried; alternative: carried 雇主 (para 1, who arranges the training) or none; 不超過 no cue')],
    97: [('shall', '[應]於每年', '^[空軍圖庫及軍圖站]', '', '', 'parenthetical (司令部、聯隊、指揮部) left out of the bearer; 統計 / 並造報… / 呈報空軍總部 under the same 應; second sentence (空軍總部彙整後…函送…) has no cue; cue outside「軍圖收發年報表」')],
    98: [('shall', '並[應]登載', '', '', '地方主管機關', 'thing subject (前項公告事項); para 1 right before (地方主管機關依前條規定公告徵求投資，其應公告之事項如下) names the announcing authority -> carried; 並 adverb (no second cue)')],
    99: [('shall', '者，[應]於', '^[勞保局]', '', '', 'N[condition]者 keeps N (勞保局[不依申請人之請求撤銷或變更原核定]者); 提出意見書… / 一併檢送… / 並將意見書副知申請人 under the same 應')],
    100: [('shall', '體[應]具有', '', '', '', 'thing subject (箱體); 適用之插孔 (適用 not a cue); the 且 clause (…予以固定) has no cue of its own (予以 not a cue); lead-in (封閉箱體支撐依下列…方式辦理) names no actor -> no carried')],
    101: [('shall', '三、[應]為', '', '', '報名、參賽廣播金鐘獎者', 'no subject in the item; lead-in 報名、參賽廣播金鐘獎者，應履行下列負擔 -> carried (headless …者 kept whole); 並同意授權… under the same 應; hard: 得永久將…推廣使用 is the content of the authorization (本部 etc. may use), not a statement of its own; 得獎 false friend'), ('shall', '時，[應]事先', '。[入圍者、得獎者]如', '', '', 'new sentence; subject of the 如…時 clause, the main clause has none; 取得 here the verb under 應')],
    102: [],
    103: [],
    104: [('may', '，[得]向中央', '之[文化藝術事業]，在', '經中央主管機關認可之文化藝術事業', '', 'restrictive 經…認可之 -> bearer_full; 申請核准… (由該文化藝術事業為所得稅扣繳義務人…扣取稅款) is the content of the application, no new cue; 免依所得稅法規定課徵 (免 not a cue); 所得 false friend')],
    105: [('shall', '容[應]包括', '', '', '使用人', 'thing subject (其內容 of the plan); 取得 false friend; lead-in 使用人應填具申請書，並檢附下列文件、資料 names who draws up and submits the plan -> carried')],
    106: [('may', '者，[得]適用財政部', '', '', '', 'hard: an operative 但…得 (without 不在此限 = may) inside a definition item; 經主管機關認定提供資料完整者 is a condition on the 受有利益人 (who provided the data), not the one computing; the computing authority appears only inside 經主管機關認定 (condition), article is a definitions list -> no bearer, no carried; alternative: whole item a definition, no statement'), ('may', '者，[得]適用同業', '', '', '', 'after ；, 未能於期限內提供或經主管機關認定提供資料不完整者 condition; no bearer, no carried; 以前一年度為準 no cue; 所得 false friend')],
    107: [('may', '，[得]就', '', '', '', 'thing subject (第二十四條第一項第一款之債權); the creditors are not named in the single-paragraph article -> no carried; 所得 false friend; 優先受償 under the cue; 不受前條第二款之限制 is not a guide cue (no 不在此限 / 不適用) -> not labelled')],
    108: [],
    109: [('may', '，[得]先憑', '用鹽場廠', '前項用鹽場廠', '', '在取得場廠登記證前 time clause (取得 false friend); 如需用試車用鹽 condition; determiner 前項 -> bearer_full; 申請購鹽 under the cue')],
    110: [('exception', '商[除]經', '', '', '', 'hard: 除經本會核准之轉投資事業外 carves the approved reinvestments out of the statements of the same sentence -> exception (cue 除)'), ('shall', '使[應]基於', '', '', '期貨商', 'thing subject (其取得被投資公司股份股權之行使; 取得 false friend); 期貨商 is the sentence topic / possessor (其) -> carried'), ('shall_not', '，[不得]直接', '^[期貨商]', '', '', 'hard: clause without own subject after a thing-subject clause; participating in management is an act of the futures firm, written as the sentence topic -> bearer 期貨商; alternative: bearer empty, carried 期貨商; 或有不當之安排情事 under the same 不得')],
    111: [],
    112: [],
    113: [],
    114: [],
    115: [],
    116: [],
    117: [('exception', '，[不適用]本辦法', '', '', '', '不適用 = exception; 依其他相關法令之規定辦理 has no cue')],
    118: [],
    119: [],
    120: [],
}
