# fresh48: seed 3490001, 120 provisions (100 + 20), labelled on 2026-12-06 (session 41) by two readers who saw neither the rules nor csquery's answers: provisions 1-60 by reader a, 61-120 by reader b
# o48: reader a, provisions 1-60 of /work/eval/s41/o48/to_label-a.tsv (sample seed 3490001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh46-labels.py
# and fresh47-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh46/fresh47):
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
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception; 除…外，並應 /
#   …外，並應 / 除…外，得 in the sense "besides …, also" is additive (not an exception); 但…得 / 但…應 / 但…不得
#   without 不在此限 are a may / a shall / a shall_not.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應檢具之消防安全設備圖說, 應遵行事項, 應改善事項), cues inside
#   …者 conditions, 予以, 由…定之, 以…為限, 準用, 適用 (not 不適用); false friends 所得, 取得, 得同意 (= obtain),
#   應用, 因應, 為應…需要 (= 因應), 支應.
# o48: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s41/o48/to_label-b.tsv (sample seed 3490001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s41start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh46-labels.py
# and fresh47-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh46/fresh47):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; after ； or in a new sentence a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive / genitive / locative modifiers go to bearer_full; the subject of a …時/…後 clause
#   is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue); 除…外 carving out of a
#   statement of the same sentence is an exception (a 除…外 carving out of a clause with no cue is not labelled);
#   但…得 without 不在此限 is a may.
# - not labelled: attributive 應X之 / 得X之 / 不得X之 inside NPs (應檢附之文件, 應徵進口稅捐之總額, 應收取之價款,
#   應繳納管理費之園區事業), cues inside …者 conditions (不予認可…者, 應辦理…申報…者, 應申報股權者) and inside 除…外,
#   以…為限, 亦同, 準用, 無須; false friends 所得, 取得, 獲得, 供應, 支應, 因應, 應用, 應考.
LABELS = {
    1: [('shall', '，[應]於召開', '^[工會]', '', '', 'N[condition]者 keeps N (工會[依…改正…]者); 一併議決 is the verb under 應'), ('shall_not', '，[不得]改正', '但[工會]理事', '', '', 'hard: 但…不得 without 不在此限 = shall_not; 工會[理事、監事任期於…屆滿]者 read as N[condition]者 -> 工會 (the union may not change the term); alternative: the 任期 is the topic of the …者 and 工會 only carried')],
    2: [('may', '，[得]以經', '', '', '以第三項結構安全鑑定證明文件替代建築物使用執照者', 'hard: thing subject (消防安全設備圖說); the headless …者 phrase is the topic / possessor (其) -> carried (as fresh47 #50; alternative: 法人或團體 of para 1); 應檢具之 attributive (not labelled); 替代之 under the same 得')],
    3: [('shall', '，[應]依', '', '', '主管機關', 'hard: topic NP 主管機關對…之查核 (nominalized act, 主管機關 = agent inside the topic NP) -> bearer empty, carried (as fresh47 #42); alternative: 主管機關 as written bearer')],
    4: [('shall', '人[應]依規定', '，[承領人]應', '', '', '其屬宜林地者 condition; own subject (second 承領人); 先行完成造林 under the cue'), ('may', '，[始得]移轉', '，[承領人]應', '', '', '應…，始得 = two statements; shares the written bearer')],
    5: [('shall', '，[須]無特異性', '', '', '', 'modal 須 on a thing subject (標本 = specimen); lead-in 被檢…螢光抗體須符合左列條件 names no actor -> no carried'), ('shall', '本[須]呈現', '', '', '', 'new sentence, thing subject (標本); 且其染色性無異常 under the same 須; no carried')],
    6: [('shall', '，[應]予結算', '', '', '', 'hard: 本基金 (subject of the …時 clause) is the patient of 予結算 (the fund is settled), a thing; single-paragraph article names no actor -> no carried'), ('shall', '益[應]解繳', '', '', '', 'thing subject (其餘存權益); no actor named -> no carried')],
    7: [],
    8: [('may', '，[得]約聘', '^[本中心]', '', '', '為應…需要 = 因應 (false friend, not labelled)')],
    9: [('shall', '，[應]即通知', '', '', '', 'impersonal duty of whoever discovers a suspected site (發見疑似考古遺址 condition, no subject); first paragraph, no actor -> no carried; the authority is the one notified (採取必要維護措施 is its task)')],
    10: [('shall', '部[應]於', '^[國防部]', '', '', 'cue outside the quoted title「四年期國防總檢討」')],
    11: [('shall', '，[應]建立', '^[中央衛生主管機關]', '', '', '對早產兒…之兒童，為維持生命所需之…藥品及醫療器材 are prepositional / purpose phrases; 適用藥品 is not 不適用')],
    12: [('shall', '者，[應]說明', '', '', '保險業', 'no subject in the item; 若…致使…者 condition; lead-in article 保險業應就其財務狀況、財務績效…加以檢討…其內容至少包括下列各事項 -> carried; 並說明 (when clause) has no cue of its own')],
    13: [('shall', '人[應]收容', '', '', '', 'hard: 受觀察、勒戒人 is the patient (shall be housed); the article names no executing agency -> no carried; 執行觀察、勒戒處分 under the same 應'), ('may', '年[得]由', '少年法院（庭）', '', '', '但…得 without 不在此限 = may; agent after 得由; 對於少年 prepositional (the juvenile is the patient)')],
    14: [('may', '，[得]申報', '無整補需求而以封條加封商品者', '', '', 'hard: 但…得 without 不在此限 = may; headless agentive …者 phrase as the only subject kept whole; alternative: a case condition with bearer empty and carried 機長或飛機所屬運輸業者 from the lead-in (第71條第6項)')],
    15: [],
    16: [('may', '，[得]依', '^[直轄市、縣 (市) 政府]', '', '', 'the parenthetical (以下簡稱各級政府) is not part of the bearer; 結合民間資源辦理… framing clause of the subject')],
    17: [('shall', '，[應]予財稅', '', '', '', 'hard: thing subject (其投資…之費用); the 事業 is only the beneficiary; the granting authority is not named as the actor (中央財稅主管機關… only set the items, 由…定之) -> no carried; 應遵行事項 attributive, 由…定之 not labelled')],
    18: [('shall', '人[應]於', '^[申請人]', '', '', '依規定格式填具… / 並檢附下列文件 / 向主管機關辦理核銷 under the same 應')],
    19: [('shall', '司[應]自該機構', '該[股票發行公司]應', '該股票發行公司', '', 'determiner 該 -> bearer_full; the long …者 conditions (機構…, 創作人…選擇…者, 經…認定適用…者) carry no cue (所得/取得 false friends, 適用 not a cue); 填報… / 並於…檢附下列文件 under the same 應')],
    20: [('shall', '，[應]斟酌', '^[本會]', '', '', '因調查程序而為行政處分… framing; 依…判斷 / 並將決定及理由告知當事人 under the same 應')],
    21: [('may', '聘[得]連任', '', '', '監察人', 'hard: clause 連聘得連任 has no own subject (sentence subject 更生保護會 sets up the posts; 法務部 appoints) -> the supervisors of the topic chain (任期三年) are carried; alternative: 監察人 as written bearer')],
    22: [('may', '，[得]僅持有', '之[青年養蜂農民]，得', '申報有案未滿二年之青年養蜂農民', '', 'hard: 但…得 without 不在此限 = may (a relaxed eligibility threshold, read as a permission); restrictive 之-modifier -> bearer_full; 青年 kept as part of the name')],
    23: [('shall', '，[應]通知', '中央主管機關', '', '', '前項人員 topic; 認有不適任者 condition; 代檢機構 is the one notified (限期改善 its task)')],
    24: [('shall', '，[應]於契約', '^[機關]', '', '', 'subject of the framing clause 機關委託廠商辦理技術服務; 服務費用採…者 condition (thing)')],
    25: [('may', '，[得]購買', '^[本基金]', '', '', 'hard: 本基金 read as the acting budget unit (agentive subject of 購買, as fresh46 #5 各非營業基金); alternative: thing subject, bearer empty; 為應業務需要 = 因應 (false friend)')],
    26: [],
    27: [('shall', '人[應]於', '^[納稅義務人]', '', '', '填具… / 檢附… / 向…申報契稅 under the same 應'), ('shall', '，[應]由', '雙方當事人', '', '', '但…應 without 不在此限 = shall; agent after 應由; 共同申報 under the cue')],
    28: [('may', '時[得]召開', '^[本會]', '', '', 'same sentence as 本會每六個月開會一次 (no cue) -> shares the written subject 本會; 必要時 condition; the later 由召集人擔任主席 clauses have no cue')],
    29: [('may', '，[得]以申請書', '一造當事人', '公害糾紛之一造當事人', '', 'genitive 公害糾紛之 -> bearer_full; 向…調處委員會申請調處 under the same 得')],
    30: [('shall_not', '，[不得]小於', '', '', '', 'thing subject (水平力); single-paragraph article names no actor -> no carried'), ('shall', '數[應]以左列', '', '', '', 'thing subject (震力係數); no carried')],
    31: [('may', '外，[得]依', '^[高級中等學校]', '', '', 'hard: 除依…公開選用…教科用書外，得… read as additive (besides using approved textbooks, may also compile supplementary materials), not an exception carving out of the 得 -> no exception; 自編補充教材 under the cue')],
    32: [('shall', '構[應]備置', '^[表徵我國頂級域名註管機構]', '', '', 'modifier 表徵我國 without 之 kept as part of the name; 供主管機關查核 purpose; 並準用前二項規定 under the same 應 (準用 not a cue)')],
    33: [('shall', '，[應]於借款', '^[受託機構]', '', '', '依第一項規定借入款項 framing; 依主管機關規定之方式 attributive (no cue)')],
    34: [('shall', '，[應]為', '^[當事人]', '', '', '就其提出之事實 prepositional')],
    35: [('may', '局[得]設', '^[本局]', '', '', '其組織另以法律定之 has no cue')],
    36: [('shall', '約[應]載明', '', '', '財團法人及非營利社團法人', 'thing subject (前項書面契約); the paragraph right before (財團法人及非營利社團法人受託辦理…時，應與受媒合當事人簽訂書面契約) names the party who draws up the contract -> carried; 並以…雙語作成 under the same 應')],
    37: [('shall', '，[應]檢具', '）[公務人員]執行', '', '', 'N[condition]者 keeps N (公務人員[執行職務時，發生意外致受傷]者); 詳述… / 並檢附… / 向其服務機關學校申請核定 under the same 應; 後發給 no cue'), ('may', '，[得]以全民', '之[人員及澎湖、金門、馬祖等離島地區公務人員]，得', '依第四條第一項第一款第六目及第七目申請受傷慰問金之人員及澎湖、金門、馬祖等離島地區公務人員', '', 'hard: 但…得 without 不在此限 = may; coordinated subject kept whole; the restrictive 依…申請受傷慰問金之 (on the first conjunct) -> bearer_full; 澎湖、金門、馬祖等離島地區 locative without 之 kept')],
    38: [('may', '，[得]充', '經鑲牙生考試及格者', '', '', 'headless agentive …者 phrase as the only subject kept whole; 凡 (quantifier, like an adverb) left out; 並請領鑲牙生證書 under the same 得')],
    39: [('shall', '，[應]於完成', '', '', '受託測繪業', 'hard: the subject of the …時 clause (測量技師或測量員) is only the patient of the 異動; the firm (受託測繪業, possessor inside the topic NP) completes the change registration and reports -> carried; alternative: bearer 測量技師或測量員 (bearer_full 受託測繪業經許可或登記之測量技師或測量員) by the …時-subject rule')],
    40: [('shall_not', '，[不得]逾', '', '', '', 'thing subject (押金之金額); first paragraph (the 出租人 is named only in the next paragraph) -> no carried')],
    41: [('shall', '頂[應]以', '', '', '雇主', 'thing subject (室頂); lead-in 雇主對於乙炔發生器室之構造，應依下列規定 -> carried')],
    42: [('shall', '，[應]於公文書', '者，[主管機關]核發', '', '', 'subject of the framing clause 主管機關核發排放許可證…; 新設事業…者 condition; 廢止其…許可 is inside the content of the text to be written (no cue)')],
    43: [('may', '時[得]要求', '主管機關或目的事業主管機關', '第一項許可文件核發之主管機關或目的事業主管機關', '', 'restrictive 之-modifier -> bearer_full (scopes over both conjuncts); 於必要時 condition; 掩埋場設置者 is the one required (檢討 its task); 由受讓人檢討之 (new sentence) has no cue')],
    44: [('shall', '並[應]填具', '所屬醫務單位', '', '', 'hard: …外，並應 is additive (no exception, no 除); the 並應 clause has no own subject -> shares the agent 所屬醫務單位 of the first clause (由…修正…, no cue); cue outside 「」; 俾保持… purpose')],
    45: [('shall', '者，[應]依申請', '依第三項規定向本會申請經同意者', '', '', 'headless agentive …者 phrase as the only subject kept whole (the unit of para 3)'), ('exception', '。[除]報經', '', '', '', 'hard: 除報經本會另為同意外 carves out of the 得廢止 of the same sentence (no revocation when the change was approved); alternative: part of the condition only'), ('may', '會[得]廢止', '，[本會]得', '', '', '變更執行內容，或得同意後…未完成…者 condition (得同意 = obtain consent, false friend); 並溯及失其效力 under the same 得')],
    46: [('shall', '，[應]載明', '', '', '主管機關', 'thing subject (前項清冊); the paragraph right before (主管機關依本辦法公告之閒置土地，應編造清冊…) names the authority that compiles the register -> carried')],
    47: [('may', '，[得]設', '、[直轄市政府及縣（市）政府所屬二級機關（構）]預算', '', '', 'N[condition]者 keeps N (…二級機關（構）[預算執行規模…達…]者); 所屬 without 之 kept; lead-in 主計機構設置處（室）基準如下 has no cue')],
    48: [],
    49: [('shall', '件[應]置於', '', '', '', 'thing subject (包件); lead-in 核子燃料經空中運送者，應依…下列規定執行 has a thing subject and names no actor -> no carried')],
    50: [('may', '，[得]出具', '^[非居住民]', '', '', 'N[condition]者 keeps N (非居住民[依…申請辦理新臺幣結匯]者); 授權…代為辦理結匯申報 under the same 得; 境內代理人 is the authorized one')],
    51: [('shall', '，[應]提供', '申請人', '', '', 'subject of the …時 clause, the main clause has none; lead-in 申請人資料，應包含下列事項 (thing subject)')],
    52: [('may', '關[得]發給', '主管機關', '', '', '機構經…審查未達一定基準者 condition (the 機構 is the beneficiary); 並載明… under the same 得; 應改善事項 attributive (not labelled)')],
    53: [('may', '，[得]委任', '', '', '事業', 'hard: thing topic (前二項之申請); paras 1-2 name the applicants (para 1 事業…申請許可, 應由參與聯合行為之事業共同為之; para 2 前項事業…者，應由該同業公會或團體為之) -> carried 事業 (the applying enterprise; alternative: 同業公會或團體 of the paragraph right before)')],
    54: [('shall', '：[須]使用', '', '', '', 'no subject; lead-in 陸上運輸系統交通噪音之測定應符合下列規定 (thing topic) names no actor -> no carried (the measuring authority appears only in item 三)')],
    55: [],
    56: [('shall', '關[應]提述', '審計機關', '', '', '前項辦理情形 topic; 送立法院 under the same 應')],
    57: [('may', '，[得]納入', '', '', '', 'thing subject (國手培訓時數); 中央主管機關 is only the agent of 認定 inside 經…認定 (condition), not the bearer -> no carried')],
    58: [('may', '，[得]編列', '^[直轄市、縣（市）主管機關]', '', '', 'subject of the …時 clause, the main clause has none; 運用都市更新基金 / 依本辦法辦理 under the same 得')],
    59: [('shall', '構[應]自', '專業機構', '', '', '經服勤人員訓練合格者 condition (the trainees are beneficiaries); 檢具… / 向…申請合格證書字號 under the same 應'), ('may', '，[始得]製作', '專業機構', '', '', '應…，始得 = two statements; 經審查符合規定 condition; shares the written bearer; 並發給合格證書 under the same 始得')],
    60: [('shall', '，[應]以非破壞', '', '', '', 'thing subject (IC 板之電容器, 其…者 condition); first paragraph names no actor -> no carried; 去除 under the cue')],
    61: [('shall', '，[應]另加', '', '', '專科以上學校', 'thing subject of the …時 clause (其擬訂之學校名稱); 有二所以上…學校 is an existential condition; lead-in 專科以上學校申請改名者，其變更後之名稱應符合下列規定 -> carried (as fresh47 #4, same article)')],
    62: [('shall', '攤[應]以', '', '', '', 'thing / activity subject (成本分攤); paras 1-2 are definitions naming no actor (系統經營者 only in the law title) -> no carried'), ('may', '並[得]考量', '', '', '', '應…並得 = two statements; same thing subject; no carried')],
    63: [('shall', '，[應]由', '核發退離給與機關', '其核發退離給與機關', '', 'agent after 應由; determiner 其 -> bearer_full (the parenthetical short name 核發機關 left out); 第二條所定公職人員仍支領退離給與者 condition (the official is the beneficiary); 扣除… / 重行核計退離給與 under the same 應')],
    64: [('shall', '人[應]與', '召集人', '', '', '舉行實地考試前 time clause')],
    65: [('shall_not', '，[不得]向', '相對人', '假扣押、假處分或定暫時狀態處分事件之相對人', '', '前項情形 framing; restrictive 之-modifier -> bearer_full; 聲請人 is the addressee')],
    66: [('shall', '[須]提供', '', '', '公共場所', 'hard: modal 須; no subject in the item; lead-in 公共場所親子廁所盥洗室供兒童使用之設備規格，應符合下列規定 (公共場所 = possessor inside the topic NP, and art. 3 uses 公共場所 as the acting subject: 公共場所…應設置…) -> carried (alternative: a mere place, no carried)')],
    67: [('shall_not', '，[不得]跨項', '', '', '報名、參賽廣播金鐘獎者', 'thing topic (同一名稱節目); 以報名一節目獎項為限 not labelled; lead-in 報名、參賽廣播金鐘獎者，應遵守下列事項 -> carried')],
    68: [('may', '校[得]訂定', '各學校', '大學系統內各學校', '', 'locative restrictor 大學系統內 -> bearer_full (各 kept as part of the name); 報教育部核定後實施 under the same 得')],
    69: [('shall', '況[應]立即', '^[會計師]', '', '', 'subject of the …時 clause, main clause has none; 若遇下列情況 condition; 應立即 one cue (應)')],
    70: [('shall', '，[應]依', '^[檢察官、司法警察官或司法警察]', '', '', 'N[condition]者 keeps N; coordinated subject kept whole; the juvenile is the patient')],
    71: [('may', '理[得]依', '', '', '', 'thing topic (槽化區, 其養護管理); para 3 right before names 該路原主管機關 only for another case (roads through an interchange), the authority of the 第一項劃分 is two paragraphs before -> no carried')],
    72: [('shall', '人[應]將', '^[公正第三人]', '', '', '載明下列事項，通知抵押人、債務人及債權人 under the same 應 (the notified are addressees)')],
    73: [('shall', '地[應]發給', '', '', '', 'hard: 每一宗地 is a topic (for each parcel), 土地所有權人 the recipient; 並將該宗地以記號區別之 under the same 應; single-paragraph article names no issuer -> no carried'), ('may', '，[得]以', '', '', '', 'new sentence; 宗地過大者 condition (thing); no actor named -> no carried')],
    74: [('shall', '均[應]依', '中[船員]均', '', '', '船舶在航行時或錨泊中 time / condition; 均 adverb'), ('shall_not', '，[不得]擅離', '各當值船員', '', '', 'own subject (各 kept as part of the name, 當值 a modifier without 之); 非經主管許可 condition'), ('shall', '仍[應]繼續', '', '', '各當值船員', 'new sentence, 交值時 / 在接替者未接替前 time clauses without the watch-keeper as subject -> carried from the sentence before; 並即報告主管處理 under the same 應 (並即 is no new cue); 如情形嚴重者，則報請船長議處 has no cue')],
    75: [('may', '，[得]以', '', '', '', 'activity topic (水下文資標的活動); para 1 right before (…活動之申請，應…) names no actor -> no carried')],
    76: [],
    77: [('shall', '部[應]於', '^[內政部]', '', '', '並副知直轄市、縣（市）政府 under the same 應; 起造人 is the addressee')],
    78: [('exception', '，[不在此限]', '', '', '', 'hard: 但…不在此限 inside a condition item of the lead-in 具有下列各款情形之一，得予緩召; it carves out of the 得予緩召 (those whose parents are both dead are not deferred under this item) -> labelled as an exception, as 但…不在此限 is labelled also when its own clause has no cue')],
    79: [('may', '長[得]指定', '，[秘書長]得', '', '', 'after ；, the second 秘書長 (the first is inside 秘書長座位, possessor) is the subject; 大會主席之座位置於… has no cue')],
    80: [('shall', '，[應]按', '', '', '直轄市、縣（市）政府', 'thing subject (…所需經費); 直轄市、縣（市）政府 is the agent inside the topic NP (政府拆除違章建築所需經費) -> carried; 支應 false friend')],
    81: [],
    82: [('shall', '，[應]符合', '^[外國人]', '', '', 'hard: subject of the framing clause (外國人受聘僱擔任…教師); the qualification requirement falls on the person as written (alternative: a qualification topic, bearer empty)')],
    83: [('shall', '，[應]依', '', '', '化粧品製造場所', 'hard: thing / activity subject (設備安裝); 化粧品製造場所 is the possessor inside the topic NP and the law uses it as an acting subject (art. 5: 化粧品製造場所，應依下列規定建置組織架構) -> carried (alternative: a mere place, no carried)')],
    84: [('may', '，[得]隨時', '經銓敘部銓敘審定准予權理高三職等以上職務人員', '本法修正施行前經銓敘部銓敘審定准予權理高三職等以上職務人員', '', 'hard: the personnel are the subject as written (繼續任原職 is their act, 調任 passive-like = may be transferred); modifier without 之 kept in the bearer, the time restriction 本法修正施行前 only in bearer_full (alternative: patients of 調任, bearer empty)')],
    85: [('shall', '度[應]扣除', '', '', '事業', 'hard: thing subject (獎勵額度); 事業屬…但書情形者 condition; the 事業 computes the amount it applies for (para 2 right before: 事業申請獎勵額度之計算公式) -> carried (alternative: the 中央主管機關 that grants, not named here)')],
    86: [('shall', '具[應]按', '', '', '', 'hard: thing subject (超輕型載具, a vehicle); the article names no operator -> no carried'), ('shall_not', '，[不得]逾越', '', '', '', 'second cue of the same sentence, same thing subject; no carried')],
    87: [('shall', '者，[應]同時', '，[航政機關]認為', '', '', 'N[condition]者 keeps N (航政機關[認為有…必要]者); 小船丈量時 time; 並以…為準，焊刻於…，以…表示 under the same 應'), ('may', '關[得]酌予', '，[航政機關]得', '', '', '但…得 without 不在此限 = may; own subject; 於內水區域航行者 condition (the boats)')],
    88: [('shall', '生[應]於', '：[學生]應於', '', '', '分發依據： heading; 選擇登記分發區 under the same 應'), ('may', '，[得]擇', '之[學生]，得', '參加二次測驗之學生', '', 'own subject; restrictive 之-modifier -> bearer_full; 但以…為分發依據 has no cue')],
    89: [('may', '，[得]視', '', '', '', 'event topic (集團喜慶…學術講演會等); para 1 right before is a definition naming no actor (各機關 only inside a list item) -> no carried; 參照本編之規定辦理 under the same 得')],
    90: [('may', '[得]審酌', '教育部', '', '', '為提升… purpose; 核准…改制為技術學院 under the same 得; the parenthetical (以下簡稱本部) not part of the bearer'), ('may', '並[得]核准', '', '', '教育部', '得…並得 = two statements; after ；, no subject -> carried from the clause before')],
    91: [],
    92: [('shall_not', '者[不得]超過', '', '', '政府', 'hard: thing subject (經常門, part of 計畫總經費); 政府 is the agent inside the topic NP (政府主辦之…計畫) -> carried (alternative: no carried)')],
    93: [('may', '關[得]斟酌', '各機關', '', '', '有關員工福利事項 topic; 訂定計畫辦理之 under the same 得')],
    94: [('shall', '者，[應]敘明', '', '', '免稅商店', '實際盤存數量少於帳面結存數量者 condition (thing); 並於…內，繕具報單補繳進口稅費 under the same 應 (並於 is no new cue); lead-in 免稅商店辦理盤存結果…依下列規定辦理 -> carried; 海關 inside an NP')],
    95: [('may', '，[得]請求', '^[利害關係人]', '', '', '於必要時 condition')],
    96: [('shall', '關[應]於', '登記機關', '', '', '土地權利關係人…提出異議，而生權利爭執事件者 condition; 依…規定調處 under the same 應')],
    97: [('shall', '，[應]公告', '^[中央主管機關]', '', '', 'N[condition]者 keeps N; 不予 inside the condition (依前項規定不予認可…者) not labelled')],
    98: [('shall', '格，[應]按', '', '', '', 'thing subject (其貨物稅之完稅價格); 應徵貨物稅貨物 / 應徵進口稅捐之總額 attributive; 如屬…貨物 condition; the article names no computing authority (海關 only in para 3 as collector) -> no carried')],
    99: [],
    100: [('shall', '，[應]點交', '', '', '公民營事業', 'thing subject (設施、設備); 公民營事業 is the agent inside the topic NP (公民營事業因經營管理所保管之設施) -> carried; a contract clause (lead-in 應於委託經營管理契約約定如下) but a duty put on the enterprise, labelled')],
    101: [('may', '下，[得]由', '由[飛航組員]執行', '', '', 'hard: agent after 得由 (the crew may perform the preflight check); the 得由 sits in the …後 clause of the second 得 but is a permission of its own, not a restating condition; 航空器使用人如…者 condition; 無須 no duty'), ('may', '後，[得]免執行', '', '', '航空器使用人', 'hard: 得免 = may be exempted (cue 得); thing subject (其航空器); 航空器使用人 is the possessor (其) and subject of the …者 condition -> carried')],
    102: [('may', '，[得]應本', '^[中華民國國民]', '', '', 'N[condition]者 keeps N; 無依法不得應國家考試之情事 is inside the condition (attributive 不得, not labelled); 應考資格 / 應本考試: 應 = sit (an exam), not modal')],
    103: [],
    104: [('shall', '量[應]用', '', '', '', 'hard: 應用…比例尺實施 read as modal 應 + 用 (shall be carried out using a scale), not the false friend 應用; the final 展繪應用之 is the false friend 應用 (not labelled); activity subject (圖解三角測量); no actor named -> no carried')],
    105: [('shall', '查[應]考量', '', '', '中央主管機關', 'activity subject (前項審查); para 1 right before: 中央主管機關應邀集…進行審查 -> carried; 應考量 is not 應考')],
    106: [('shall', '分，[應]採取', '', '', '', 'thing topic (其不足之土地透水面積部分); …未符合上述規定者 condition; 應提供部分土地供公共使用之土地 attributive inside an NP in the 但 sentence (not labelled); 以…為原則 no cue; 因應 false friend; lead-ins name no actor -> no carried')],
    107: [],
    108: [('shall', '者，[應]揭露', '', '', '金融控股公司', 'new sentence, …之相對人為關係人者 condition, no subject; article lead-in 金融控股公司之公司治理報告應記載下列事項 (possessor inside the topic NP) -> carried; 應申報股權者 (twice) inside NPs (attributive), 所取得 false friend -> not labelled')],
    109: [],
    110: [('may', '，[得]於', '居住者', '前項他方締約國之居住者', '', 'determiner 前項 and 之-modifier -> bearer_full; 應辦理所得稅結算申報或申報納稅者 is a condition (its 應 not labelled); 檢附… / 併同申請適用所得稅協定 under the same 得; 由稅捐稽徵機關核定… is an embedded 由X clause without a new cue -> same 得; 所得 false friend, 適用 is not 不適用')],
    111: [('may', '，[得]申請', '蒙藏學生', '海外出生連續居住 (留) 迄今，或最近連續居住 (留) 海外八年以上，並取得當地居住 (留) 證及能獲得當地政府發給回程簽證 (特殊地區除外) 之蒙藏學生', '', 'restrictive 之-modifier -> bearer_full (凡 left out); (特殊地區除外) is inside the relative clause (no 除…外 carving out of a statement) -> not labelled; 取得 / 獲得 false friends')],
    112: [('shall_not', '[不得]勸誘', '', '', '信託業', 'no subject in the item; lead-in 信託業就…為廣告、業務招攬及營業促銷活動時…應遵守下列規定 -> carried; 客戶 is the patient; 取得 false friend')],
    113: [],
    114: [('shall', '位[應]於', '留守業務執行單位', '其留守業務執行單位', '', 'determiner 其 -> bearer_full; 依「…辦法」辦理外 has no 除 and is additive (besides …, also), not an exception; 調製…名冊五份 under the same 應'), ('shall', '者[應]附', '留守業務執行單位', '其留守業務執行單位', '', 'second cue of the same sentence; 無遺骨者 condition (the case), no own agent -> shares the written bearer')],
    115: [],
    116: [],
    117: [],
    118: [('may', '，[得]通知', '^[大法官自律會議]', '', '', 'subject of the framing clause (大法官自律會議審議案件); 相關之人 is the one notified'), ('may', '，[得]推請', '', '', '大法官自律會議', 'after ；, 必要時 condition, no subject -> carried from the clause before'), ('shall', '，[應]予保密', '', '', '大法官自律會議', 'new sentence, thing subject (所得資料; 所得 false friend); the meeting of the sentence before -> carried; 應予 = 應 (予 is no cue)')],
    119: [('exception', '，[除]有', '', '', '', '除…外 carves out of the 應以…為準 of the same sentence; the 得 inside 除…外 restates (not labelled); 取得 false friend'), ('shall', '外，[應]以', '', '', '', 'thing subject (…計算之同意比率); the article names no actor -> no carried')],
    120: [],
}
