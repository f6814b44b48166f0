# fresh46: seed 3250001, session 40 (two readers: a = 1-60, b = 61-120), drawn mid-session after the session's obligations rules (fd508af, d51c22e, 5a3b7c1)
# o46: reader a, provisions 1-60 of /work/eval/s40/o46/to_label-a.tsv (sample seed 3250001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh44-labels.py
# and fresh45-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh44/fresh45):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; after ； or in a new sentence a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其, 該, 前項) and restrictive 之-modifiers go to bearer_full; the subject of a …時/…後/…前 clause is the bearer
#   when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 and 除…外 (also 除法律另有規定，應… without 外) carving out of a statement of the same sentence are
#   exceptions; 除…外，另應 is additive (not an exception); 但…不得 without 不在此限 is a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 不應X之 inside NPs (應減刑之罪, 得辦理優惠存款之金額, 得為其輔佐人之人,
#   應許可…之規定), cues inside …者 conditions, 予以, 逕予, 免經, 亦同, 適用 (not 不適用); false friends 所得, 取得,
#   應用, 應否.
# o46: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s40/o46/to_label-b.tsv (sample seed 3250001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s40start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions in the headers of fresh44-labels.py
# and fresh45-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh44/fresh45):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 應…，或應 is two statements; after ； a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing is read as a condition; determiners and restrictive 之-modifiers go to bearer_full;
#   the subject of a …時/…後 clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer.
# - 但…不在此限 is an exception (also when the clause it carves out of has no cue: 由…支應); 除…外 carving out of a
#   statement of the same sentence is an exception; 但…得 / 但…應 without 不在此限 are a may / a shall;
#   但…從其規定 has no guide cue (not labelled).
# - not labelled: attributive 應X之 / 得X之 inside NPs (應受送達人, 應得長假, 得申請補助之合計金額), cues inside …者
#   conditions (list items of 有左列情形之一者) and inside 除…外, 適用之 (not 不適用), 由…公告之, 以…為限, 准, 無須;
#   false friends 所得, 取得, 獲得, 應用, 應變, 因應, 反應, 供應, 應收帳款, 應付款項, 應 = 因應 (應業務需要).
LABELS = {
    1: [('may', '，[得]參加', '第三人', '就商業調解事件有利害關係之第三人', '', 'restrictive 之-modifier -> bearer_full; 經法官許可 condition'), ('may', '並[得]將', '；[法官]並得', '', '', 'after ；, own subject (the second 法官); 命其參加 under the same 得')],
    2: [('shall_not', '並[不予]回任', '主管機關', '', '', '不予 as operative verb; 公立學校校長有…情形者 condition (the principal is the patient); 予以解除職務 has no guide cue'), ('shall_not', '年[不得]聘任', '主管機關', '', '', 'hard: second cue of the same sentence, its clause has no own subject (其 = the principal, possessor) -> shares the written bearer 主管機關 (who fixes the period 依其違法情節輕重); the principal is only the patient of 聘任')],
    3: [('shall', '均[應]注重', '^[專科學校各科]', '', '', '專科學校各科 kept whole (possessor without 之, part of the name); 均 adverb; 以培養… purpose')],
    4: [('shall', '，[應]符合', '', '', '', 'thing subject (申請查驗登記之醫療器材, 如係委託製造或檢驗者 condition); the applicant is named only as an activity; para 1 names the 藥商 only for a different application (同一產品不同品名) -> no carried')],
    5: [('shall', '金[應]依', '^[各非營業基金]', '', '', 'hard: 各非營業基金 read as the budget unit (agentive subject of 擬編…陳報), not a thing; 擬編… / 依規定時間陳報主管機關 under the same 應')],
    6: [('shall_not', '得[不得]超過', '', '', '', 'thing subject (其每月退休所得; 所得 false friend); 退休人員…者 is only the possessor; no actor named in the article -> no carried; 減少…之金額 has no cue; 得辦理優惠存款之金額 attributive (not labelled)')],
    7: [('shall', '關[應]依', '^[各主管機關]', '', '', '妥為辦理… under the same 應; 以達成… purpose'), ('shall', '者，[應]分別', '^[各主管機關]', '', '', 'second cue of the same sentence; 其中屬下列各項計畫範圍者 is a condition (thing subject: the plans), the clause has no own subject -> shares the written bearer')],
    8: [('shall', '鉅[應]依', '', '', '各國營事業', 'thing topic (累積虧損); article lead-in 各國營事業為執行政策，預算列有虧損者，應依下述原則處理 (N[condition]者 keeps N) -> carried')],
    9: [('shall', '另[應]檢附', '', '', '', '除前項規定外，另應 is additive (not an exception); no subject; para 1 (申請…變更，應填具申請書) names the applicant only as an activity -> no carried')],
    10: [('may', '，[得]商同', '^[交通部]', '', '', '為造就… purpose; 或商請教育部增設或調整… under the same 得')],
    11: [('shall', '縣[應]以', '，[縣]應以', '', '', '第一項第二款之房屋稅 is a thing topic; 百分之二十由縣統籌分配… has no new cue -> same 應')],
    12: [('shall', '，[應]符合', '', '', '各該主管機關', 'hard: 前項所定偏鄉學校 is a classification topic (the school does nothing, it qualifies) -> bearer empty; 並由各該主管機關認定 is an embedded 由X clause under the same 應 (not 應由 directly) -> the authority named in this provision carried')],
    13: [('shall', '，[應]依本辦法', '^[財團法人住宅地震保險基金（以下簡稱地震保險基金）、財產保險業及專業再保險業]', '', '', 'coordinated subject kept whole (the parenthetical short name lies inside it); 辦理住宅地震保險…業務 predicate of the framing clause')],
    14: [('shall', '鑑[應]參據', '', '', '', 'thing subject (績效評鑑); 分為…三階段 no cue; the actors (文化中心, 本部) are named only in the items below, not in this provision or a lead-in -> no carried')],
    15: [('shall', '數[應]在十', '', '', '雇主', 'thing subject (吊纜或懸吊鋼索之安全係數); lead-in 雇主對於懸吊式施工架，應依下列規定辦理 -> carried'), ('shall', '數[應]在五', '', '', '雇主', 'second cue, own thing subject (吊鈎之安全係數); carried from the lead-in'), ('shall', '者[應]在二點五', '', '', '雇主', 'own thing subject (支座之安全係數); 其為鋼材者 condition; carried from the lead-in'), ('shall', '者[應]在五', '', '', '雇主', 'after ；, 其為木材者 condition, same thing subject; carried from the lead-in')],
    16: [('shall', '，[應]備', '^[臺灣地區無戶籍國民]', '', '', 'subject of the framing clause (…無戶籍國民入國); 經移民署查驗相符…者，於其證件內加蓋…後入國 has no new cue; 不予許可 / 禁止入國 are inside the NP 本法第七條不予許可或禁止入國情形 within a condition (not labelled)')],
    17: [('shall', '者[應]於', '^[加氣站業者]', '', '', '將…紀錄表及報告送…備查 under the same 應')],
    18: [('shall', '，[應]訂定', '執行處所', '前項執行處所', '', 'determiner 前項 -> bearer_full; 執行處所 read as the executing unit (para 1 also puts duties on it), like 公私場所; 送上級機關備查 under the same 應')],
    19: [],
    20: [],
    21: [('may', '部[得]視', '但[國防部]得', '', '', '但…得 without 不在此限 = may; the second 國防部 is the subject; first sentence (由國防部指定單位集中辦理) has no cue; 授權… under the same 得')],
    22: [('exception', '[除]前目', '', '', '', '除前目影響數之決定在實務上不可行外 carves out of the 應 of the same sentence'), ('shall', '外，[應]於改用', '', '', '保險業', 'no subject; article lead-in 保險業有會計變動者，應依下列規定辦理 (N[condition]者 keeps N) -> carried; 計算… / 提報董（理）事會通過後公告申報並報本會備查 under the same 應'), ('shall', '者，[應]就差異', '', '', '保險業', 'after ；, 若…差異達…者 conditions (thing subject), no subject; carried from the lead-in; 洽請簽證會計師… / 併同公告並申報本會 under the same 應')],
    23: [('shall', '，[應]繳銷', '^[承裝業]', '', '', 'N[condition]者 keeps N (承裝業[變更組織]者); 並依第七條規定重行申請登記 has no new cue -> same 應')],
    24: [('shall', '關[應]就', '^[情報機關]', '', '', '進行蒐集、研析、處理及運用 under the same 應')],
    25: [('may', '，[得]於', '', '', '', 'thing topic (補償之請求); the claimant is not named in the article (para 2 comes after and names no one) -> no carried')],
    26: [('shall', '區[應]保障', '^[客語為通行語地區]', '', '', 'hard: 客語為通行語地區 read as a jurisdictional unit (like 縣), the subject as written, not a mere place'), ('may', '時，[得]使用', '居民', '', '', 'hard: the 得 is inside the object of 保障, but it is a permission conferred on the residents (subject of the …時 clause) -> a may; not attributive, not a condition')],
    27: [('shall_not', '人[不得]向', '，[保險人]不得', '', '', '要保人…申請終止保險契約者 condition (the policyholder is the beneficiary); the second 保險人 is the subject')],
    28: [('may', '，[得]撤銷', '', '', '', 'the applicants (自然人…明知…者) are the patients (conditions); 經查證屬實 condition; the awarding authority is not named in the single-paragraph article -> no carried; 已領獎者，追繳… has no cue')],
    29: [],
    30: [],
    31: [('may', '並[得]酌用', '', '', '工廠', 'no subject in the item (置… has no cue); lead-in 工廠依編制類型置左列人員 -> carried; 分掌各項業務 same 得')],
    32: [('may', '並[得]限期', '', '', '', 'the offender (有下列情形之一者) is the patient; 處…罰鍰 / 按次處罰之 stated as facts, no cue; the punishing authority is not named -> no carried')],
    33: [('shall', '後，[應]停止', '主管機關', '', '', '有下列情形之一者 condition; 於報經行政院核定後 time clause')],
    34: [('shall', '均[須]附繳', '', '', '', 'modal 須; no subject: 繳驗外國畢業證書… is a framing activity (the candidate is not named as a noun) -> no carried; 均 adverb')],
    35: [('shall', '，[應]分送', '清除、處理機構', '經中央主管機關委託之機關核發許可證或同意設置文件之清除、處理機構', '', 'restrictive 之-modifier -> bearer_full; 應許可、核准、備查、副知、檢具文件之規定 is attributive inside the NP (not labelled)')],
    36: [('may', '時[得]通知', '^[採購申訴審議委員會]', '', '', '於完成審議前 / 必要時 conditions; 招標機關 is the one notified (暫停… is the content)')],
    37: [],
    38: [],
    39: [('shall', '，[應]給予', '^[稅捐稽徵機關]', '', '', '納稅者 is the beneficiary'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 應 of the sentence before')],
    40: [('exception', '[除]法律', '', '', '', '除法律另有規定 (without 外) carves out of the 應 of the same sentence'), ('shall', '定，[應]依', '', '', '財團', 'hard: thing topic (前項經清算後賸餘財產之歸屬); the paragraph right before names the foundation that dissolves and liquidates (財團經…解散…者，應即…辦理…清算) and 其捐助章程 is its own -> carried'), ('shall_not', '但[不得]歸屬', '', '', '財團', '但…不得 without 不在此限 = shall_not; same thing topic; carried as above'), ('shall', '產[應]歸屬', '', '', '財團', 'new sentence, thing subject (其賸餘財產); 章程或遺囑未規定者 condition; carried as above')],
    41: [('shall', '，[應]依', '', '', '人力仲介業', 'no subject (個人資料之特定目的消失…時 condition, thing subject); the paragraph right before (人力仲介業應定期確認所保有個人資料…) -> carried')],
    42: [('shall_not', '[不得]遴選為軍訓教官；已介派者，免', '', '', '', 'hard: 未介派者 is the patient (the person not to be selected) and own topic of its clause; the selector is not named here or in para 1 (…者，不得遴選) -> no carried; 免經… / 由本部…逕予議決撤職 have no guide cue'), ('shall', '校[應]依', '各主管機關或學校', '', '', 'after ；, 非屬…通報有案者 condition; coordinated subject kept whole'), ('shall_not', '[不得]遴選為軍訓教官；已介派者，予以', '', '', '', "hard: same sentence as 各主管機關或學校應…, but 未介派者 is its own (patient) topic, and the selection is not clearly the authorities' or schools' act -> bearer empty, no carried; 予以撤職 has no cue")],
    43: [('shall', '，[應]由', '由[各機構]遴聘', '', '', 'agent after 應由; 前項各款因公傷病…之認定 thing topic; 遇有疑義時 condition; 組成…審查小組 / 參考…進行審查 under the same 應')],
    44: [('shall', '，[應]依前項', '^[各機關]', '', '', 'hard: 各機關依…自行保管依法支用之各款支出 read as a subject-verb-object framing clause, its subject is the bearer (main clause has none); 停止支付 / 並即繳交… same 應')],
    45: [('shall', '，[應]依', '', '', '', 'thing subject (…之可避免成本); first paragraph of the article, no actor named -> no carried')],
    46: [('may', '長[得]由', '由[原專科學校校長]繼續', '', '', 'agent after 得由; 專科學校改制為技術學院設有專科部者 condition (thing subject: the school); 原專科學校校長 kept whole (modifier without 之)')],
    47: [('may', '，[得]向', '', '', '', 'thing subject of the …時 clause (…驗證證書遺失或毀損時); the holder is not named; para 2 names only the 委託人 of a special case -> no carried')],
    48: [('shall', '關[應]於', '主管機關', '', '', '重劃前土地…分配土地者 condition (thing subject); 邀集權利人協調 under the same 應'), ('exception', '，[除]協調', '', '', '', '除協調結果該權利消滅者外 carves out of the 應列冊 of the same sentence'), ('shall', '外，[應]列冊', '主管機關', '', '', 'second cue of the same sentence, no own subject -> shares the written bearer; 送由該管登記機關…轉載 is an embedded 由X clause under the same 應'), ('shall', '，[應]以', '', '', '主管機關', "hard: new sentence, thing topic (他項權利之轉載); 其為合併分配者 condition; read as the content of the list the 主管機關 sends (computing the right's scope) -> carried 主管機關 (alternative: 該管登記機關, who transcribes)"), ('shall', '並[應]附具', '', '', '主管機關', 'after ；, 他項權利為…者 condition (thing subject), no subject; carried as above (the map goes with the list)')],
    49: [('shall', '，[應]視', '', '', '農場及分場', '農場及分場之人員 are the patients (遴用之 = appoint them); 農場及分場 is the possessor inside the topic NP -> carried; 報經輔導會核准遴用之 under the same 應')],
    50: [('shall', '目[應]與', '', '', '', 'hard: thing subject (參賽之節目); lead-in 報名、參賽第三條第三款節目創新獎者及參賽節目，應符合下列規定 names an agent only for the innovation award, item 7 concerns the 參賽節目 conjunct (a thing) -> no carried')],
    51: [('may', '，[得]隨時', '^[被告及得為其輔佐人之人或辯護人]', '', '', 'hard: coordinated subject kept whole; 得為其輔佐人之人 is an attributive 得 inside the NP (not labelled) and cannot be cut out of the name; 向法院聲請停止羈押 same 得')],
    52: [('shall', '物[應]予管制', '', '', '菸產製工廠', 'thing / patient subject (禽畜及寵物); lead-in 菸產製工廠之廠區環境，應符合下列規定 (菸產製工廠 possessor inside the topic NP) -> carried; 並有適當之措施 same 應; 以避免… purpose'), ('shall', '舍[應]與', '', '', '菸產製工廠', 'after ；, thing subject (員工宿舍); 並分別設置出入口 same 應; carried from the lead-in')],
    53: [],
    54: [('shall', '官[應]以', '少年保護官', '', '', '前項情形 framing; the parent / guardian is the one notified')],
    55: [('may', '，[得]命', '^[主管機關]', '', '', '為監督… purpose; 保護機構 is the patient of 命 (提出報告 is the content)'), ('may', '並[得]派員', '^[主管機關]', '', '', '得…並得 = two statements; shares the written bearer')],
    56: [('shall', '前，[應]充分', '^[經紀人]', '', '', 'subject of the …前 clause, main clause has none'), ('shall', '並[應]依', '^[經紀人]', '', '', '應…並應 = two statements; shares the written bearer'), ('shall', '前，[應]明確', '^[經紀人]', '', '', 'third cue of the same sentence; 向要保人或被保險人收取報酬前 time clause without its own subject -> shares the written bearer')],
    57: [],
    58: [('shall', '校[應]訂定', '^[學校]', '', '', '並公告周知 has no new cue -> same 應')],
    59: [('may', '，[得]再延長', '', '', '', 'thing subject (本條例施行期限); 經立法院同意 condition (the legislature consents, does not extend); no actor named -> no carried')],
    60: [('may', '構[得]報經', '提存物保管機構', '', '', '前條提存物為物品者 / …之情形時 conditions; after ；, 其有市價者，照市價出賣…交由…銀行保管 has no new cue -> same 得; 亦同 no cue')],
    61: [('shall', '者，[應]於', '^[設立信託公司者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 並於…檢同…向主管機關申請核發營業執照 under the same 應')],
    62: [('shall', '備[應]裝設', '', '', '', 'thing subject (隔離設備); lead-in of the article (…放電管燈照明系統依下列規定辦理) names no actor -> no carried'), ('shall', '備[應]為單一', '', '', '', 'new sentence, 若…不在…內 condition; thing subject (該隔離設備); 且附裝於… under the same 應'), ('shall', '或[應]位於', '', '', '', 'hard: 應…，或應… alternative, but a second cue occurrence -> its own statement; same thing subject')],
    63: [('shall', '線[應]在', '', '', '', 'thing subject (最後水線); the lead-in names 航政機關或驗船機構 only as those who recognise the equilibrium, not as the actor -> no carried')],
    64: [('may', '關[得]視', '^[直轄市、縣（市）主管機關]', '', '', '申請人 is the one required (patient of 要求); 驗後發還 under the same 得')],
    65: [('shall', '，[應]擬具', '^[船舶運送業]', '', '', '申請實施聯營 framing clause of the subject; 並檢附… / 申請航政機關核轉… under the same 應')],
    66: [('shall', '務[應]依', '', '', '', 'hard: 輔具服務 is an activity/topic, not an actor; 輔具服務提供單位 is named only in para 2 (after) -> no carried; 以提供… purpose')],
    67: [],
    68: [('may', '，[得]免填送', '', '', '各機關', '得免 = may be exempted (cue 得); thing topic (前項結算表); the paragraph right before: 各機關通知審計機關監視驗收時，應…填送… -> carried')],
    69: [('may', '局[得]予', '貿易局', '', '', '繳費期限如遇特殊情形 condition (thing topic); 並由紡拓會公告之 is an embedded 由X clause without a new cue -> same 得 (not a separate statement)')],
    70: [('may', '，[得]為', '', '', '監督機關', 'hard: 董事、監事 (subject of the …時 clause) are the patients of the 處分, not the bearer; lead-in 監督機關對本中心之監督權限如下 -> carried')],
    71: [('shall', '，[應]即向', '法院登記處', '新住居所地之法院登記處', '', 'subject of the …後 clause, main clause has none; 應即 one cue; restrictive 新住居所地之 -> bearer_full; the second 法院登記處 (原住居所地之) is the addressee')],
    72: [('exception', '，[除]經', '', '', '', '除經本中心查明…者外 carves out of the 應辦理賠償 of the same sentence'), ('shall', '，[應]辦理', '管理或使用人員', '本中心公有財產之管理或使用人員', '', 'restrictive 之-modifier -> bearer_full; 遇有…時 condition; 賠償所得並依規定解繳公庫 has no new cue (所得 false friend) -> same 應; 其賠償原則如下 no cue')],
    73: [('exception', '，[不適用]於', '', '', '', '不適用 = exception; 外國保險業 is who is exempted, not a bearer')],
    74: [('shall', '，[應]依', '^[公開發行公司]', '', '', '取得 false friend inside the framing clause; 但…從其規定 has no guide cue (no 不在此限) -> not labelled')],
    75: [('may', '體[得]按', '各民間團體', '', '', '但…得 without 不在此限 = may; 主管機關…委託…經本院核可者 is the condition; 僅補助 (first sentence) has no cue'), ('shall_not', '，[不得]逾', '', '', '各團體', 'after ；, thing subject (…合計金額); 各團體 is the agent inside the topic NP (各團體得申請補助之合計金額, attributive 得 not labelled) -> carried')],
    76: [('shall', '者，[應]自返國之日復', '、[預定出國六個月以上者]，', '', '', 'hard: headless agentive …者 phrase kept whole (could also be read as a condition with 保險對象 of the lead-in carried); the item marker 二、 is not part of the bearer'), ('shall', '者，[應]自返國之日註銷', '出國期間未滿六個月即提前返國者', '', '', 'hard: 但…應 without 不在此限 = shall; the …者 phrase (the person who returns early) is the only subject, kept whole; 並補繳保險費 under the same 應')],
    77: [('shall', '，[應]於', '', '', '', '若有預收（付）款情形者 condition; no subject; lead-in 交易往來情形應記載下列事項 names no actor -> no carried')],
    78: [('shall', '，[應]依', '^[士官]', '', '', 'subject of the …時 clause, main clause has none; 支領 is his act (draws the pension); 但…依左列規定辦理 has no guide cue -> not labelled')],
    79: [('shall', '形[應]記載', '', '', '', 'thing subject (員工認股權憑證辦理情形); the company is named only in the law title -> no carried')],
    80: [('shall_not', '，[不得]分期', '', '', '', 'hard: 應得長假 (twice) = the leave one is entitled to, attributive, not labelled (nor its 得); thing topic; 准…呈請 no cue; 以一年為限 no cue; single-paragraph article names no actor -> no carried')],
    81: [('may', '，[得]停止', '', '', '', 'hard: 違反前項規定者 (= 辦理單位) is the patient / condition; para 1 names 內政部 only as approver inside an NP (內政部核定之…計畫), not clearly the one accepting applications -> no carried')],
    82: [('may', '，[得]以', '', '', '偏遠地區學校', 'teachers are the patients (聘任 = be appointed); 偏遠地區學校 is the possessor inside the topic NP (and para 2: 接受偏遠地區學校聘任) -> carried')],
    83: [('shall', '，[應]檢具', '^[民間機構]', '', '', 'N[condition]者 keeps N (民間機構[依…申請免徵關稅]者); 於貨物進口時 time; 向進口地海關申請 under the same 應')],
    84: [('shall', '施[應]具備', '', '', '廢資訊物品處理廠 (場)', 'thing subject (處理設施); lead-in 廢資訊物品處理廠 (場) 應符合下列規定 (the plant, possessor of the facilities) -> carried; 並置於… under the same 應')],
    85: [('shall', '度[應]包括', '', '', '各服務事業', 'thing subject (內部控制制度); 各服務事業 is the possessor inside the topic NP -> carried')],
    86: [('shall_not', '券[不得]以', '^[銀行]', '', '', '銀行發行金融債券: the bank is the subject')],
    87: [('shall', '，[應]發給', '', '', '所', 'hard: 除保管外 is additive ("besides keeping it in custody"), not carving out of the 應 -> not an exception; thing topic (前項現金); para 1 (應點交由所妥善保管) names the detention house as 所 -> carried'), ('may', '時[得]許可', '', '', '所', '如請求支用時 condition (the detainee requests); no subject written; carried as above')],
    88: [('shall', '，[應]向', '', '', '執法官兵、軍法警察或郵政機關', 'hard: 應受送達人 attributive (the person to be served), not labelled; topic = the act of service; para 1 (送達文書由…書記官交執法官兵、軍法警察或郵政機關行之) names the servers -> carried')],
    89: [('shall', '並[應]領有', '', '', '參加汽車檢驗員或汽車駕駛考驗員晉級檢定合格者', 'hard: 執行汽車駕駛考驗時 condition without subject; 並 links to para 1, whose subject (the …者 phrase, allowed to conduct lower-class tests) is the one conducting the test -> carried')],
    90: [('shall', '者[應]依', '^[經營者]', '', '', '每年…執行…演習 under the same 應; 應變 / 反應 false friends inside the object')],
    91: [('may', '：[得]用於', '', '', '', 'thing subject (非引火性電路, a protection technique); 設計者 is the confirmer inside the object NP; lead-in 電氣與電子設備得採用下列保護技術 names no actor -> no carried')],
    92: [('shall', '後[應]備置', '^[專業訓練機構]', '', '', '以供查核 purpose')],
    93: [('shall', '市[應]設置', '^[市]', '', '', '其代理機關由市政府擬定，經市議會核定 has no guide cue')],
    94: [('shall', '者[應]於', '^[未符合前項規定者]', '', '', 'hard: headless …者 phrase, the only subject, kept whole (its referent is the 查驗機構 of para 1)')],
    95: [('shall_not', '，[不得]有', '^[申請成績複查者]', '', '', 'headless agentive …者 phrase kept whole')],
    96: [('shall', '，[應]依', '', '', '', 'thing topic (本基金之收支保管); the article names no manager -> no carried'), ('may', '，[得]存入', '', '', '', 'hard: 但應業務需要 = 因應 (in response to), false friend, not a shall; 但…得 without 不在此限 = may; 經財政部同意後 condition (財政部 approves, not the bearer); no actor -> no carried')],
    97: [('may', '，[得]自', '^[申請人]', '', '', 'N[condition]者 keeps N (申請人[於…創立、增資擴充或簽訂…]者); 所得 only in the law name')],
    98: [('may', '）[得]設置', '^[監護、禁戒、強制治療及其他保安處分執行處所]', '', '', 'coordinated name kept whole (defined as 執行處所)'), ('may', '，[得]由', '由[執行處所]或', '', '', 'hard: agent after 得由; 或委由專業機構 (僱用) is the alternative way (the institution commissions), kept out; 無法定編制戒護人員者 condition; 執行安全維護工作 purpose')],
    99: [('shall', '柱[應]設於', '', '', '', 'thing subject (路燈桿柱); lead-in 設置與公路交通有關之路旁設施規定如下 names no actor -> no carried'), ('may', '，[得]設於', '', '', '', '但…得 without 不在此限 = may; 有人行道者 condition; same thing subject')],
    100: [('shall', '，[應]採', '^[中央主管機關或直轄市、縣（市）主管機關]', '', '', 'subject of the …時 clause, main clause has none; coordinated kept whole; 繼續維持各項服務 under the same 應')],
    101: [('shall', '者，[應]於', '^[取得地熱能開發許可者]', '', '', 'headless agentive …者 phrase kept whole; 取得 false friend (twice)')],
    102: [],
    103: [('may', '，[得]任務', '^[本局]', '', '', '因應 false friend; 所需人力由…充任 / 掌理下列事項 no cue')],
    104: [('shall', '，[應]將', '^[行政執行處]', '', '', '於為終局滿足執行後 time; 執行法院 is the one notified'), ('exception', '；[除]有', '', '', '', 'hard: 除有必要情形外 carves out of the sentence after ；, which holds the 應予併案歸檔 (if necessary the file is returned, not archived); 無須 itself is no cue'), ('shall', '，[應]予併案', '', '', '行政執行處', 'after ；, thing subject (卷宗); 行政執行處 named in the clause before -> carried')],
    105: [],
    106: [],
    107: [('shall', '，[應]對於', '', '', '向資源回收管理基金申請廢機動車輛回收清除處理補貼者', 'no subject (於…不能從事處理業務時 condition); lead-in 依本法…向資源回收管理基金申請…補貼者，應符合下列規定 (headless agentive …者) -> carried; 應變 false friend; 並經中央主管機關核定 under the same 應')],
    108: [('shall', '，[應]就', '', '', '', '應收帳款 (twice) false friend; 應收帳款業經貼現或轉讓者 condition (thing subject); lead-ins (流動資產至少應包括下列各項目 / 十、應收帳款：指…) name no actor (期貨商 only in definitions and a sibling item) -> no carried')],
    109: [],
    110: [('may', '院[得]因', '法院', '', '', 'last 法院 before the cue (the first is inside 法院之判決 in the condition); 債務人…已取得…者 condition (取得 false friend); 管理人 is the applicant')],
    111: [],
    112: [],
    113: [('shall', '項[應]以', '', '', '', '應付款項 false friend (NP); thing subject; lead-in 資產負債表之負債至少應包括下列各項目 names no actor -> no carried'), ('may', '，[得]以', '', '', '', '但…得 without 不在此限 = may; 若折現之影響不大 condition; thing subject (短期應付款項)')],
    114: [],
    115: [('exception', '[不在此限]', '', '', '', 'hard: 但…不在此限 carves out of 由該管少年法院編列預算支應或補助之 (由…支應 has no guide cue, not labelled)')],
    116: [('shall_not', '，[不得]作為', '', '', '', 'thing subject (已於…取得學位之論文…報告; 取得 false friend); single-paragraph article names no actor -> no carried'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the 不得 of the sentence before; 國內學校 is inside the 但 condition')],
    117: [('shall', '師[應]就', '^[不動產估價師]', '', '', 'hard: the next sentence (。並視…考量…決定…，並將決定理由詳予敘明) has no new cue and continues with 並 -> same 應; 就其中…重新檢討 same 應; 獲得 false friend')],
    118: [],
    119: [('shall_not', '者[不得]認為', '業者', '經分配機場額度之業者', '', 'restrictive 之-modifier -> bearer_full; 取得 false friend'), ('shall_not', '並[不得]將', '業者', '經分配機場額度之業者', '', '不得…並不得 = two statements, shares the written bearer'), ('may', '者[得]報經', '業者', '', '', 'after ；, 但…得 without 不在此限 = may; own subject 業者; 因聯營或航線調整需要 condition')],
    120: [],
}
