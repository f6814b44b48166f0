# fresh74: seed 6610001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind in session 54 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o74: reader a, provisions 1-60 of the sample seed 6610001, from /work/eval/o74/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-07 (session 54).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the 除…外 of 19 carves a case out, its inner 得 is inside the excepted …者 case,
# and the 除…外 of 56 stands before a main clause without a cue) and the conventions in the headers of
# fresh71-labels.py, fresh72-labels.py and fresh73-labels.py, whose LABELS entries were read for the format; a few
# notes of other freshNN-labels.py files were grepped for precedents (方可, 負有…之責 / 負有 governed by 應, 得予).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh71/fresh72/fresh73):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…並應 with a new subject / 應…，不得 are two statements; after ； or in a new sentence a clause
#   without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph, another item or a paragraph further up is not carried); carried gives the head noun; a
#   framing activity (申請X, 學習X, no noun naming the agent) is no bearer; a list item's heading naming the unit the
#   item regulates is carried (as fresh72 b 42).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 phrase in a
#   list item whose lead-in names the actor only sorts the cases (condition, carried from the lead-in, as fresh73 a
#   42); coordinated subjects are kept whole; restrictive 之-modifiers go to bearer_full; a compound naming an office /
#   organ / class of persons without 之 is kept whole; 各 / 當地 kept as fixed modifiers; the agent after 應由 is the
#   bearer; the party after 經 (who approves) is not the bearer (carried when it is the one who decides, as fresh72
#   b 22); 交由X: X is the recipient.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外 whose main clause has no cue is no exception; 得不 is one may at 得; 不予 is a shall_not; 始得 is a may.
# - 應…並對於…負有…之責任: 負有 governed by the 應 is one statement at 應 (precedent '應…負有…之義務 is one duty');
#   likewise 應…，確實負審核之責.
# - not labelled: attributive 應X之 / 應X NP (應備文件, 應遵行事項), 得 inside a NP (…得保有該項個人資料之合法依據),
#   可 / 方可 (not a guide cue, precedents), 亦同, 視為, 予以 without a cue, 由…定之 without a cue; false friends 取得,
#   應變 (器材), 應召 (服現役), 義務人 (noun, 報驗義務人).
# New conventions decided here:
# - 43 (受託機構應第一項第二款對象之合理請求，…負有提供…之義務): 應…之請求 means "in response to the request" (false
#   friend, like 因應 / 回應), not modal -> the statement is the 負有…之義務, cue 負, bearer 受託機構; alternative a
#   shall at 應.
# - 6 (政府機關（構）、部隊、學校及警察機關為第一項調查及審議會為第二項調查，應作成調查報告…): two subjects, each with
#   its own 為…調查 clause, share one 應 -> one statement, bearer the first coordination as written (審議會 is the
#   second bearer, which a single bearer string cannot hold without the condition between); alternative bearer 審議會
#   or a second statement.
# - 17 (definition paragraph …；所稱住屋以…為限。但經直轄市、縣（市）政府認定…之屋內居住空間，得視為住屋範圍): the 但
#   sentence writes a modal 得 (the government may treat the space as 住屋) -> a may with a thing subject, carried the
#   government after 經…認定 (who decides, as fresh72 b 22); alternative not labelled (part of a definition).
# - 18 (…；未依規定辦理或未配合查核者，下批次起免驗申請案不予核准，亦不得以…代碼通關): 不予 with a thing subject
#   (申請案) -> shall_not, carried 原同意免驗機關 (the authority of 免驗 named in the same sentence); the 亦不得 has
#   the headless agentive …者 phrase as its only subject -> kept whole (as fresh73 b 30); alternatives carried ''
#   for 不予, and bearer '' carried 報驗義務人 for 不得.
# - 19 (申請核定設置，除經…同意，得以書面方式申請者外，…應採網路傳輸方式辦理): framing activity, no bearer; para 3
#   right before names only 病媒防治業 (one of the three applicants of para 1) -> carried ''; alternative carried
#   the coordination of para 1 (環境用藥製造業、環境用藥販賣業及病媒防治業). The 得 is inside the excepted …者 case.
# - 26 (合於本條例規定之女子，得予任官): passive 得予 -> the women are patients, the appointing authority is not
#   named -> may, bearer '', carried ''; alternative bearer 女子.
# - 46 (前項會議紀錄，應於下次會議開會時分送各出列席人員，如有遺漏或錯誤，得於議事人員宣讀後，提請主席裁定更正):
#   the 應 has a thing subject, the distributor is not named -> carried '' (alternative 議事人員); the 得 has no
#   subject, the ones who may ask for correction are the attendees named in the same sentence -> carried
#   各出列席人員; alternative carried ''.
# - 48 (definition item 抽批查驗：指…；…其結果符合規定者，始得輸入): a modal 始得 inside a definition item labelled (as
#   fresh73 a 40 for 應), thing subject (the batch), importer not named -> carried ''; alternative not labelled.
# - 53 (學習汽車駕駛，…。在學習路線駕駛時，應依…為之，並應由領有學習車類駕照之汽車駕駛人在旁指導監護): the first
#   應 is about the framing activity (learner not named as a noun) -> bearer '', carried ''; 並應由 is a second
#   statement, bearer the agent after 應由 (汽車駕駛人, restrictive modifier to bearer_full).
# - 55 (item 六、航空器電臺：呼號，得於呼號前標明…): lead-in 使用語音無線電通信，應依下列各款規定識別之 names no
#   actor; the item heading names the station that identifies itself -> bearer '', carried 航空器電臺; alternative ''.
# - 12 (…；受託人…者，…其超過部分不予計算): 不予 is a shall_not (GUIDE list), thing subject, the counting meeting is
#   not named -> bearer '', carried ''; alternative not labelled (an outcome rule).
# - 10 (辦理紀錄、執行書記官應備置…): the clerks' duties written without 之 form a compound naming a class of staff
#   -> kept whole; alternative bearer 書記官 with bearer_full the whole.
# Provisions with no statement: 13 (得保有 inside a NP; item of records), 40 (取得; item of grounds without
# operator), 50 (應變器材; 應遵行事項 attributive; 由…定之 no cue).
# o74: reader b, provisions 1-60 of the sample seed 6610001, from /work/eval/o74/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-07 (session 54).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the one 除…外 here, 42, has no inner cue and carves an exception out of the 應)
# and the conventions in the headers of fresh71-labels.py, fresh72-labels.py and fresh73-labels.py (and a look at
# fresh73's LABELS entries for the format); a few notes of other freshNN-labels.py files were grepped for precedents
# (始得, 免予 / 不再發給 / 不列入, parentheses, 應收取費用).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh71/fresh72/fresh73):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…並應 / 應…且應 / 應…，始得 are two statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph, another item or a paragraph further up is not carried); carried gives the head noun (a
#   compound naming a class of persons without 之 kept whole; a headless …者 phrase kept whole);
#   topic-comment X…，其Y…，應… gives bearer '' and carried X; a framing activity (no noun naming the actor) is no
#   bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; determiners (該, 其, 前項) and restrictive 之-modifiers go to bearer_full; the agent after
#   應由 is the bearer; the party after 經 / 報經 (who approves) and the recipient / patient are not the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   a list item that writes its own operator is labelled even under a lead-in that is itself a statement;
#   須 stating a required result / qualification is a shall; 始得 after a duty (應…，始得…) is a may of its own.
# - not labelled: attributive 應X之 / 應X NP (應行考核事項, 應收取之費用, 應依…申報財產之公職人員, 不予計分之科目),
#   由…定之 / 由…支應(之) / 由…發給 / 由…核定 without a cue, 以…為限, 不受…之限制, 免予 (但…免予辦理), 無須 / 毋須,
#   不再 (一律不再發給), 不列入 (no guide cue), 方 alone (方開啟), 負責 (not 負…義務), 宜; false friends 應變(人員),
#   取得, 所得(稅), 供應, 支應, 相應, 因應, 應用, 應考, 應聘, 得標, 應納, 需.
# New conventions decided here:
# - 18 (應依…申報財產之公職人員，於…喪失申報身分者，前開申報與卸（離）職或解除代理申報得擇一辦理): the first 應 is
#   inside a restrictive relative clause (attributive, not labelled); the filings are a thing topic after the
#   X…者 phrase -> read as topic-comment: bearer '', carried 公職人員; alternative bearer 公職人員 (N[condition]者).
# - 46 (技術指導應收費用，比照本中心對外技術服務收費標準辦理之): read as modal 應 + 收費用 (shall charge fees, as the
#   precedent 應收取費用 = shall collect fees), thing/activity topic, 本中心 named inside the standard -> carried
#   本中心; alternative not labelled (應收費用 as NP "fees receivable", topic of 辦理之).
# - 56 (獎金限自開獎後五日 (二月份得於三月一日) 起…): the 得 inside the parenthesis permits a later start of the claim
#   window for February -> a may with thing subject, carried 持券人 (who claims, same sentence); alternative not
#   labelled (part of a time specification). 一律不再發給 has no guide cue.
# - 23 (前項合格證書遺失或毀損者，應向…申請補發…，該機構不得拒絕): thing topic (the certificate, as fresh73 a 18);
#   the holder is named in para 1 right before as the headless phrase 經安全技術人員訓練合格者 -> carried whole;
#   alternative carried '' or bearer the …者 phrase. 不得 bearer 機構 (bearer_full 該機構).
# - 8 (前項人員，…具原住民身分者，均不得低於百分之六十): the proportion is the subject (the persons are those counted)
#   -> bearer ''; para 1 right before (本會各職稱之官等職等及員額…) names 本會 as possessor -> carried 本會;
#   alternative carried ''.
# - 21 (前二項個人資料，於疫情結束應依…處理): thing subject; the commander is named only in para 1 (para 2 right before,
#   亦同, names none) -> carried '' (as fresh72 b 25 / fresh73 b 19); alternative carried 中央流行疫情指揮中心指揮官.
# - 27 (前項包裹內件經海關拆驗發現有重大瑕疪者，應會同作成紀錄，並通知收件人…): thing topic; 海關 is the agent inside the
#   condition; para 1 right before names 郵局 (agent inside its topic NP 郵局代為驗關之進口國際包裹) -> carried 郵局;
#   alternative carried 郵局 and 海關.
# - 6 (前項外來憑證及對外憑證，應記載下列事項，由開具人簽名或蓋章): thing subject; the issuer named in the cue-less
#   由X clause of the same sentence -> carried 開具人 (as fresh73 a 8); alternative bearer 開具人.
# - 42 (…；於特許時間內擬停止製造或輸入罕見疾病藥物者，應於…通知…): after ； the headless agentive …者 phrase is the
#   only subject -> kept whole (time phrase inside it, as fresh73 a 21 / b 30); alternative bearer '' carried 所有人.
# - 30 (服藥前，應禁食…；如係執行食物影響試驗…者，…應禁食…): no subject; para 2 right before names 健康受試者 ->
#   carried for both (compound without 之 kept whole); alternative carried 受試者.
# Provisions with no statement: 12 (所需經費 / 支應; 由…編列 no cue), 13 (不予計分之科目 attributive), 32 (應行考核事項
# attributive), 43 (應考), 44 (item without operator; 因應), 45 (供應), 47 (應考), 49 (definition; 所得, 應用),
# 50 (qualification item without operator; 應聘, 取得), 53 (取得), 55 (definition item; 無須), 57 (方開啟 no cue;
# 得標), 58 (支應; 由…編列 no cue), 59 (應考; 無…之限制 no cue).
LABELS = {
  1: [('shall', '[應]加送', '', '', '期貨信託事業', '申請時已逾年度開始六個月者 is a time condition; lead-in 期貨信託事業申請兼營…，應…檢具下列文件 names the applicant -> carried')],
  2: [('shall', '主管機關[應]命', '直轄市、縣（市）主管機關', '', '', '課後照顧中心…者 condition (the centre is the patient)'), ('may', '[得]廢止', '', '', '直轄市、縣（市）主管機關', 'after ；, 屆期未改善者 condition, no subject -> carried from the clause before; 亦同 has no cue')],
  3: [('may', '[得]委託', '內政部', '', '', '必要時 condition; topic 識別標誌之申請及審查作業')],
  4: [('may', '[始得]', '廠 (場)', '核定降為不列等或註銷品質管制等級之廠 (場)', '', '始得 is a may; restrictive 之-modifier to bearer_full')],
  5: [('shall_not', '[不得]與', '', '', '', 'thing subject (緊急廣播設備之配線 of the lead-in); lead-in 依下列規定設置 names no actor'), ('exception', '[不在此限]', '', '', '', '但…不在此限')],
  6: [('shall', '[應]作成', '政府機關（構）、部隊、學校及警察機關', '', '', 'hard/new: two subjects with their own 為…調查 clauses (…及審議會為第二項調查) share one 應; bearer the first coordination; 審議會 is the second bearer; 移送… under the same 應; alternative bearer 審議會 or a second statement')],
  7: [('shall', '[應]檢附', '', '', '申請汽車駕駛執照考驗者', '曾依…吊銷駕駛執照者 only sorts the cases of an item of documents; lead-in 申請汽車駕駛執照考驗者，均應…檢同下列文件 names the applicant (headless …者 kept whole) -> carried; alternative bearer the item …者 phrase')],
  8: [('shall', '[應]綜合', '^[主管機關]', '', '', 'subject of the …時 clause; 並敘明理由 under the same 應; lead-in itself a statement')],
  9: [('shall', '[應]以書面', '^[行政機關]', '', '', 'N[condition]者 keeps N; 申請人 is the recipient')],
  10: [('shall', '[應]備置', '^[辦理紀錄、執行書記官]', '', '', 'hard: compound naming a class of clerks without 之 kept whole; 隨時將…記載 under the same 應; alternative bearer 書記官')],
  11: [('may', '[得]向', '^[機關與廠商]', '', '', 'coordination kept whole; 因履約爭議未能達成協議者 condition (N[condition]者)'), ('shall_not', '[不得]拒絕', '機關', '', '', 'after ；, own subject 機關; 其屬廠商申請者 condition')],
  12: [('may', '[得]以書面', '^[區分所有權人]', '', '', 'subject of the …時 clause; 代理出席 under the same 得'), ('shall_not', '[不予]計算', '', '', '', 'hard: after ；, 受託人…者 condition, thing subject 其超過部分; 不予 is a shall_not (GUIDE list); the counting meeting is not named -> carried empty; alternative not labelled')],
  13: [],
  14: [('shall', '[應]依', '', '', '', 'thing topic (本基金年度決算); single-paragraph article names no actor -> carried empty')],
  15: [('shall', '[應]認知', '^[專營電子支付機構董事會]', '', '', 'compound naming an organ of the institution kept whole; 監督… and 並對於…負有最終之責任 under the same 應 (負有 governed by 應, one statement)')],
  16: [('shall', '[應]報請', '', '', '打撈業', 'thing subject of the …時 clause (其他經許可事項); para 1 right before (打撈業變更組織…時，應…) names the salvage firm -> carried')],
  17: [('may', '[得]視為', '', '', '直轄市、縣（市）政府', 'hard/new: 但 sentence of a definition paragraph writes a modal 得; thing subject (屋內居住空間); the government after 經…認定 decides -> carried; alternative not labelled (definition)')],
  18: [('shall', '[應]依', '報驗義務人', '', '', 'N[condition]者 keeps N; 原同意免驗機關 is the one who notifies; 辦理檢驗、退運或監督銷燬 under the same 應'), ('shall_not', '[不予]核准', '', '', '原同意免驗機關', 'hard/new: after ；, thing subject 免驗申請案; 未依規定辦理或未配合查核者 condition; the 免驗 authority named in the same sentence -> carried; alternative carried empty'), ('shall_not', '亦[不得]', '未依規定辦理或未配合查核者', '', '', 'hard/new: headless agentive …者 phrase is the only subject of 亦不得…通關 -> kept whole (as fresh73 b 30); alternative bearer empty, carried 報驗義務人')],
  19: [('exception', '，[除]經', '', '', '', '除…外 carves the case allowed to apply in writing out of the 應 of the same sentence; the 得 inside the excepted …者 case is not labelled'), ('shall', '[應]採', '', '', '', 'hard/new: framing activity 申請核定設置, no bearer; para 3 right before names only 病媒防治業 (para 1 names all three applicants) -> carried empty; alternative carried 環境用藥製造業、環境用藥販賣業及病媒防治業')],
  20: [('may', '[得]收受', '^[信用合作社]', '', '', '經財政部核准: party after 經 is not the bearer'), ('shall_not', '有限責任合作社[不得]', '', '', '信用合作社', 'thing subject 其額度 (of the credit union) -> carried from the same sentence'), ('shall_not', '保證責任合作社，[不得]', '', '', '信用合作社', 'after ；, thing subject (額度) carried'), ('shall_not', '無限責任合作社，[不得]', '', '', '信用合作社', 'after ；, thing subject (額度) carried')],
  21: [('shall', '[應]公告', '^[電信事業]', '', '', 'time frame …後一小時內')],
  22: [('shall', '[應]專戶', '', '', '社會團體', 'thing subject (前項基金及其孳息); para 1 right before names 社會團體 who sets up the fund -> carried'), ('shall_not', '[不得]動支', '', '', '社會團體', 'same thing subject; 非經理事會通過 condition, 理事會 (party after 經) not the bearer')],
  23: [('shall', '接收機[應]預先', '', '', '', 'thing subject (接收機); lead-in 無線電話遇險頻率守聽接收機之性能與裝置應符合下列規定 names no actor'), ('shall', '靈敏度[應]在', '', '', '', 'own thing subject 其靈敏度; 並在…保持同樣之靈敏度 under the same 應'), ('shall', '[應]迅速', '', '', '', 'own thing subject (其靈敏度 outside the range)')],
  24: [('shall', '[應]各置', '', '', '特殊教育學校', 'staff are patients; lead-in 特殊教育學校員額編制如下 names the school as possessor -> carried; 進用 without cue not labelled')],
  25: [('shall', '[應]依', '臺灣地區母公司', '', '', 'the subsidiary (第三地區子銀行) is the subject of the 赴大陸地區設立 topic clause; the parent bears the duty; party after 報經 not the bearer')],
  26: [('may', '[得]予任官', '', '', '', 'hard/new: passive 得予 -> the women are patients, the appointing authority is not named -> bearer empty; alternative bearer 女子')],
  27: [('shall', '[應]將', '當地直轄市、縣（市）主管機關', '', '', '當地 kept as fixed modifier; 交由X: X is the recipient; 並依…辦理 under the same 應; after ；, 移送司法機關偵辦 has no cue')],
  28: [('may', '[得]定', '法務部', '', '', '第一項應備文件 attributive; 命其補正 under the same 得; 視為撤回申請 no cue')],
  29: [('shall', '[應]包括', '', '', '學校', 'thing subject (開班計畫…其內容); para 1 right before names 學校 who drafts the plans -> carried')],
  30: [('shall', '[應]予註明', '', '', '申報金融機構', 'thing topic (帳戶餘額或價值), 如帳戶於年度中終止 condition; lead-in 申報金融機構應申報…下列資訊 names the reporter -> carried')],
  31: [('shall', '[應]諭知', '^[少年法院]', '', '', '認為有下列情形之一者 condition; lead-in itself a statement')],
  32: [('may', '[得]依', '', '', '', 'hard: the drivers (持有…之人員) are the patients managed; 公路監理機關 only supplies the data; para 1 right before names no manager -> carried empty; alternative carried 公路監理機關')],
  33: [('shall', '[應]召開', '', '', '', 'thing subject of the …時 clause (理事、監事人數); the convener is not named -> carried empty; the first clause 由候補理事…遞補 has no cue')],
  34: [('shall', '[應]依', '證券商', '', '', '經主管機關撤銷或廢止其申報生效時 condition')],
  35: [('shall', '[應]依', '^[雇主]', '', '', 'lead-in itself a statement')],
  36: [('shall', '[應]檢具', '^[商標權人]', '', '', 'subject of the …時 clause; 海關 is the recipient')],
  37: [('shall', '[應]將', '^[審計機關]', '', '', '如發現…時 condition; 監察院 is the recipient')],
  38: [('shall_not', '[不得]變更', '', '', '', 'thing subject (登記類別、品目…); the holder (業者) is named only in the items below -> carried empty; 依下列規定辦理 no cue')],
  39: [('shall', '[應]符合', '', '', '環境用藥工廠', 'thing subject 設置; 環境用藥工廠 possessor inside the topic NP -> carried')],
  40: [],
  41: [('shall', '[應]由', '會議主席', '', '', 'agent after 應由; the later 並由會議主席會同監票員… and 由合作社保存… clauses have no cue of their own -> one statement'), ('shall', '紀錄[應]報請', '', '', '合作社', 'new sentence, thing subject 選舉會議紀錄; 合作社, named in this provision (由合作社保存), reports -> carried; alternative carried empty')],
  42: [('shall', '機關[應]廢止', '直轄市、縣（市）主管機關', '', '', '…者 condition (the staff and the enterprise fail)'), ('shall', '並[應]於十五日', '事業或污水下水道系統', '', '', 'second 應 of the sentence with its own subject')],
  43: [('shall', '[負]有', '^[受託機構]', '', '', 'hard/new: 應…之合理請求 = in response to the request (false friend, not modal) -> the statement is 負有…之義務 (cue 負); alternative a shall at 應')],
  44: [('shall', '[負]有保密', '建立者及使用者', '刑事局 DNA  資料庫之建立者及使用者', '', '負有…之義務 (cue 負); restrictive 之-modifier to bearer_full; 經授權後方可登錄使用: 方可 is no guide cue (precedents)'), ('shall_not', '[不得]洩漏', '建立者及使用者', '刑事局 DNA  資料庫之建立者及使用者', '', 'same sentence, shares the written bearer; 非依…規定 condition')],
  45: [('shall', '[應]於該節目', '^[電視事業]', '', '', 'topic …於節目接受贊助或冠名贊助 (subject written); 其揭露不計入廣告時間 no cue')],
  46: [('shall', '[應]於下次', '', '', '', 'hard/new: thing subject (前項會議紀錄); the distributor is not named (議事人員 only reads them out) -> carried empty; alternative carried 議事人員'), ('may', '[得]於議事人員', '', '', '各出列席人員', 'hard/new: 如有遺漏或錯誤 condition, no subject; the attendees named in the same sentence ask for correction -> carried; alternative carried empty; 主席 is the one who rules')],
  47: [('may', '[得]不提出', '^[因法院確定判決申請繼承登記者]', '', '', '得不 one may at 得; headless agentive …者 phrase kept whole; alternative bearer empty, carried 申請人')],
  48: [('may', '[始得]', '', '', '', 'hard/new: 始得 inside a definition item (after ；) labelled as fresh73 a 40; thing subject (抽中批酒類); importer not named; lead-in names no actor -> carried empty; alternative not labelled')],
  49: [('shall', '[應]於', '發起人', '', '', 'topicalised object 前項最低實收資本額')],
  50: [],
  51: [('shall_not', '[不得]', '^[營造業負責人]', '', '', 'compound naming a class of persons without 之 kept whole')],
  52: [('shall_not', '[不得]', '^[任何人]', '', '', '捐贈…，或捐贈… under the same 不得')],
  53: [('shall', '時，[應]依', '', '', '', 'hard/new: framing activity 學習汽車駕駛 (the learner is not named as a noun) -> bearer empty, carried empty'), ('shall', '並[應]由', '汽車駕駛人', '領有學習車類駕照之汽車駕駛人', '', 'hard/new: 並應 second statement; agent after 應由 is the bearer; restrictive modifier to bearer_full')],
  54: [('shall', '[應]分別', '', '', '', 'thing subject (其酬勞, patient); 若董事兼任經理人員者 condition; lead-in 組織結構應記載下列事項 names no actor (the prospectus issuer unnamed) -> carried empty')],
  55: [('may', '[得]於呼號前', '', '', '航空器電臺', 'hard/new: thing topic (呼號); lead-in 使用語音無線電通信，應依下列各款規定識別之 names no actor; the item heading names the station that identifies itself -> carried; alternative carried empty; 或採用… / 加… under the same 得')],
  56: [('may', '[得]折算', '', '', '', 'thing subject 其延役時間; 予以退伍 has no cue, so 除志願留營者外 carves out of no statement -> not labelled; 應召 (服現役) false friend; converting authority not named -> carried empty')],
  57: [('shall', '[應]依', '', '', '指定銀行', 'thing topic (外匯交易); lead-in 指定銀行…應依下列規定辦理 names the bank -> carried; 「交易日報」 quoted names')],
  58: [('shall', '[應]每學期', '^[學校]', '', '', '')],
  59: [('shall', '[應]切實', '^[各基金主管機關]', '', '', '各 kept as fixed modifier'), ('shall', '計畫[應]就', '^[各基金主管機關]', '', '', 'second 應 of the sentence, shares the written bearer; 確實負審核之責 under the same 應 (負 governed by 應, one statement)')],
  60: [('shall', '[應]予以', '^[地方主管機關]', '', '', '為維護… purpose')],
  61: [('shall', '[應]廢止', '中央主管機關', '', '', '專業應變人員有下列情形之一者 condition (patients); 應變 false friend; lead-in itself a statement')],
  62: [('shall', '者[應]備妥', '^[試驗委託者]', '', '', ''), ('shall', '並[應]標示', '', '', '試驗委託者', 'own thing subject 該器材 -> bearer empty, carried the agent of the same sentence; 「臨床試驗專用」 quoted')],
  63: [('shall', '其安裝[應]與', '', '', '', 'thing subject (installation of the machines); lead-in 家畜屠宰場設備： names no actor -> carried empty'), ('shall', '密合者[應]高出', '', '', '', 'second cue with its own thing subject (無法密合者 = the machines); no actor')],
  64: [('shall', '均[須]符合', '', '', '證券商', '須 stating a required result (qualification item) is a shall; thing subject 自有資本適足比率; lead-in 證券商符合下列資格條件 names the firm -> carried')],
  65: [('shall', '[應]檢附', '^[營利事業股東]', '', '', '…時 frame; 向所在地稅捐稽徵機關辦理稅額抵減 under the same 應; 所得稅 false friend')],
  66: [('shall', '[應]記載', '', '', '開具人', 'hard/new: thing subject (vouchers); the issuer named in the cue-less 由開具人簽名或蓋章 of the same sentence -> carried; alternative bearer 開具人')],
  67: [('shall', '[應]符合', '', '', '', 'thing subject (shapes, sizes, methods of test pieces); article names no actor -> carried empty; CNS titles in 「」')],
  68: [('shall_not', '[不得]低於', '', '', '本會', 'hard/new: the proportion of indigenous staff is the subject (persons are only counted); para 1 right before names 本會 (possessor in its topic NP) -> carried; 再行進用補足 has no cue; alternative carried empty')],
  69: [('may', '[得]曉諭', '^[第二審法院]', '', '', 'subject of 認為…者; 上訴人 is the patient')],
  70: [('shall', '[應]在', '', '', '', 'thing topic (運用 of the classification); no actor named -> carried empty')],
  71: [('shall', '[應]與', '', '', '', 'thing subject (節目內容); lead-in 報名、參賽…之參賽節目，應符合下列規定 names no actor (framing activity) -> carried empty')],
  72: [],
  73: [],
  74: [('may', '[得]申請', '^[大陸地區人民]', '', '', 'N[condition]者 keeps N; lead-in of a list')],
  75: [('shall', '[應]於', '申請人', '前項完成檢定之申請人', '', 'determiner and restrictive modifier to bearer_full; 檢具…送民航局申請發證 under the same 應'), ('exception', '[不在此限]', '', '', '', '但…不在此限')],
  76: [('shall', '[應]至少', '', '', '法令遵循人員', 'thing subject 工作資料; para 1 right before (法令遵循人員應辦理下列事項) names who does the work -> carried')],
  77: [('shall', '[應]主動', '學校', '', '', 'list item with its own operator; 學生及其父母或監護人 are recipients')],
  78: [('may', '[得]擇一', '', '', '公職人員', 'hard/new: the first 應 (應依…申報財產之公職人員) is inside a restrictive relative clause -> not labelled; the filings are a thing topic after the X…者 phrase -> topic-comment, carried 公職人員; alternative bearer 公職人員 (bearer_full with the 應依… clause)')],
  79: [('may', '者，[得]檢具', '管理人、派下現員或利害關係人', '', '', 'coordination kept whole; N[condition]者 keeps N; 報經公所公告… (經: approver not bearer) / 更正不動產清冊 under the same 得'), ('shall', '[應]向法院', '有異議者', '', '', 'new sentence; headless agentive …者 phrase, the only subject, kept whole; 由公所依法院確定判決辦理 no cue')],
  80: [('shall', '[應]進行', '^[公證人]', '', '', '…前 frame; 並建立…措施 under the same 應; 相應 false friend')],
  81: [('shall', '[應]依', '', '', '', 'hard/new: thing subject 前二項個人資料; the commander is named only in para 1, para 2 right before (亦同) names none -> carried empty; alternative carried 中央流行疫情指揮中心指揮官')],
  82: [('may', '[得]依', '地方政府', '', '', 'new sentence; first sentence 由中央主管機關定之 has no cue')],
  83: [('shall', '[應]向', '', '', '經安全技術人員訓練合格者', 'hard/new: thing topic (the certificate lost or damaged); para 1 right before names the holder as the headless phrase 經安全技術人員訓練合格者 -> carried whole; alternative carried empty or bearer the …者 phrase'), ('shall_not', '[不得]拒絕', '機構', '該機構', '', 'own subject; determiner 該 to bearer_full')],
  84: [('shall', '者[應]提供', '^[選址作業者]', '', '', '並執行… under the same 應; 取得 false friend'), ('shall', '且[應]於', '^[選址作業者]', '', '', '且應: second statement, shares the written bearer')],
  85: [('shall', '[應]核轉主計總處', '', '', '各主管機關', 'thing topic (…等計畫); lead-in 各主管機關對所屬基金…應審核加具意見，依規定時間核轉 names the forwarding authority -> carried (as fresh73 a 60); 但…免予辦理: 免予 no cue, no 不在此限 -> not labelled'), ('shall', '並[應]核轉國發會', '', '', '各主管機關', 'new sentence, thing topic (上述…計畫); carried from the lead-in')],
  86: [('shall', '[應]以', '', '', '審核機關', '…無法達…者 condition on quantities (thing); lead-in 審核機關核定…操作條件，應依下列原則辦理 -> carried')],
  87: [('shall', '[應]會同', '', '', '郵局', 'hard/new: thing topic (包裹內件); 海關 is the agent inside the 經 condition; para 1 right before names 郵局 (agent inside its topic NP) -> carried; 並通知收件人到局領取 under the same 應; alternative carried 郵局 and 海關')],
  88: [('may', '[始得]為之', '之[遺族]依', '亡故退休人員之遺族', '', 'N[condition]者 keeps N; restrictive 亡故退休人員之 to bearer_full; 以…時 is the condition of the permission')],
  89: [('shall', '並[應]於', '', '', '直轄市、縣（市）主管機關', 'first clause 由…辦理公告 has no cue; after ；, no subject -> carried the agent after 由 of the clause before; lead-in of a list')],
  90: [('shall', '服藥前，[應]禁食', '', '', '健康受試者', 'hard/new: no subject; para 2 right before names 健康受試者 -> carried (compound without 之 kept whole); alternative carried 受試者'), ('shall', '食物前，[應]禁食', '', '', '健康受試者', 'after ；, 如係執行食物影響試驗…者 condition (the trial); carried as above')],
  91: [('shall', '[應]依', '', '', '農田水利會', 'thing subject 補提之提議人名冊; para 2 right before names 農田水利會 (who notifies and handles the list) -> carried; 以一次為限 no cue')],
  92: [],
  93: [('shall', '[應]依', '遷居、遷村者', '', '', 'after ；, headless agentive …者 phrase, the only subject, kept whole; the clause before (由…發給…，並予以適當安置) has no cue; 需 no cue')],
  94: [('may', '[得]向', '未登記工廠', '中華民國九十七年三月十四日前既有低污染之未登記工廠', '', '其符合…者 is a condition on the factory itself (not a thing Y) -> N keeps; restrictive modifier to bearer_full; 申請補辦臨時工廠登記 under the same 得; 不受…之限制 no cue')],
  95: [('shall', '均[應]以', '', '', '', 'thing subject (pipes); no actor in the article'), ('shall', '構造[應]具有', '', '', '', 'second cue with its own thing subject (貫穿部位…之構造); 其…時 condition')],
  96: [('shall', '[應]事先', '^[外國銀行]', '', '', '報經財政部及中央銀行核准: approvers not bearer')],
  97: [('shall', '[應]依', '', '', '醫療法人', 'thing topic 財務報告之編製; possessor 醫療法人 inside the topic NP -> carried; after ；, 依一般公認會計原則為之 has no cue')],
  98: [('shall', '[應]指定', '^[課照中心]', '', '', '負責… (not 負…義務) and 並定期向負責人提出報告 under the same 應 (one statement)')],
  99: [('shall', '[應]依', '^[機關]', '', '', 'N[condition]者 keeps N; 並逐項編列 / 由機關首長或其授權人員核定 (cue-less 由X clause) under the same 應')],
  100: [('may', '[得]兼任', '其[負責人]因', '其負責人', '', 'item under the lead-in 但下列情形，不在此限 writes its own 得 -> labelled; 證券商為…者 condition; determiner 其 to bearer_full')],
  101: [('shall', '勳章[應]照', '', '', '', 'framing activity 補發勳章 (no noun naming the issuing authority); 受領人 is the patient; article names no actor -> carried empty; 應收取之費用 attributive; 於…時通知… under the same 應')],
  102: [('exception', '，[除]因', '', '', '', '除因不可抗力之情形外 carves force majeure out of the 應 of the same sentence (no inner cue)'), ('shall', '外，[應]於', '所有人', '依第一項規定取得許可證之所有人', '', 'restrictive modifier to bearer_full; 取得 / 供應 false friends'), ('shall', '[應]於停止日', '於特許時間內擬停止製造或輸入罕見疾病藥物者', '', '', 'hard/new: after ；, headless agentive …者 phrase, the only subject, kept whole (time phrase inside it); alternative bearer empty, carried 所有人')],
  103: [],
  104: [],
  105: [],
  106: [('shall', '[應]收費用', '', '', '本中心', 'hard/new: read as modal 應 + 收費用 (shall charge fees, as the 應收取費用 precedent); activity topic 技術指導; 本中心 named inside the fee standard -> carried; alternative not labelled (應收費用 as NP "fees receivable", topic of 比照…辦理之)')],
  107: [],
  108: [('shall', '[應]將', '保險人', '', '', '…屆期仍未改善者 condition (the 廠商); 不列入 no guide cue (one statement at 應); 供應 false friend')],
  109: [],
  110: [],
  111: [('shall', '[應]於', '期貨信託事業', '', '', '如涉及… condition; thing topic 追加募集案件 before the subject'), ('may', '[始得]募集', '期貨信託事業', '', '', '應…，始得: the 始得 is a may of its own, shares the written bearer (as fresh73 b 22)'), ('exception', '[不在此限]', '', '', '', '但…不在此限; 取得 false friend')],
  112: [('shall', '[應]考量', '', '', '', 'framing activity 依…計算建物殘餘價格時 (no noun naming the appraiser); para 3 right before is a definition naming no actor -> carried empty')],
  113: [],
  114: [('shall', '[應]依前項', '營利事業', '獨資、合夥組織之營利事業', '', 'restrictive 獨資、合夥組織之 to bearer_full; 無須計算及繳納 (無須 no duty; 應納 false friend) not labelled'), ('shall', '[應]由', '獨資資本主或合夥組織合夥人', '', '', 'after ；, agent after 應由 (coordination kept whole); thing topic 其營利事業所得額; 依本法規定課徵綜合所得稅 under the same 應; the 但 sentence has only 無須 / 由…核定 (no cue) -> not labelled')],
  115: [],
  116: [('may', '二月份[得]於', '', '', '持券人', 'hard/new: the 得 in the parenthesis permits a later start of the claim window for February -> may with thing subject (獎金), carried the claimant of the same sentence; alternative not labelled (part of a time specification)'), ('shall', '持券人[應]憑', '持券人', '', '', '逾期未領者視為同意放棄，一律不再發給: 視為 / 不再 no cue'), ('shall', '並[應]依', '兌獎單位', '', '', 'new sentence with own subject; …時 frame; 所得稅 false friend')],
  117: [],
  118: [],
  119: [],
  120: [('shall', '[應]達', '', '', '經營者', 'topic-comment X…，其Y…，應 -> bearer empty, carried X; 取得 false friend')],
}
