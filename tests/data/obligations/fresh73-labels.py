# fresh73: seed 6490001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind in session 54 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o73: reader a, provisions 1-60 of the sample seed 6490001, from /work/eval/o73/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-07 (session 54).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set) and the conventions in the headers of fresh70-labels.py, fresh71-labels.py and
# fresh72-labels.py (fresh70's header is cut short and holds no conventions list, so its LABELS entries were read for
# the format), with a look at fresh69's header; a few notes of other freshNN-labels.py files were grepped for
# precedents (definition items with a modal, 其為…者 after ；, 需 vs 須, framing activity 申請X, 應即由).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh70/fresh71/fresh72):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / 應…，不得
#   are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and `carried` from
#   the clause before; a pronoun 其 in a …者 condition after ； is no bearer (carried what it resumes).
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in (also the article lead-in above a nested list) or the paragraph right before clearly
#   names the actor, else '' (an actor named only in a later paragraph or another item is not carried); carried
#   gives the head noun; a compound topic noun naming its holder without 之 is a thing topic with a possessor
#   (as fresh69 b 16); a framing activity (申請X, no noun naming the applicant) is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole (a 之-modifier inside a coordination is kept); determiners (該) and restrictive
#   之-modifiers go to bearer_full; 本會 / 本局 / 各 kept as fixed modifiers; a compound naming a class of persons
#   without 之 is kept whole; the subject of a …時 / …後 clause is the bearer when the main clause has none; the
#   agent after 應由 is the bearer; the party after 經 / 報經 (who approves) is not the bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外 that only adds (besides X, shall also Y) is additive and not labelled, also without 並 (as fresh71 b 23);
#   但…得 without 不在此限 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; a sub-item of
#   a definition list that writes a modal 應 is labelled (as fresh26's 廣場式開放空間 precedent).
# - not labelled: attributive 應X之 / 應X NP (應指派…之公股代表, 應備文件, 應遵行事項, 應繳納使用費額, 應製作之
#   財務報表), cues inside …者 conditions (依…應申請…許可者, 依本規則應登記而不辦理登記者), a 不得 describing the
#   content of a contract inside a …者 condition, 由…定之 / 由…辦理 / 由…供給之 without a cue, 宜, 命, 處…罰鍰 as a
#   fact, 需 (need, not 須), 負擔 (not 負…義務), 均不計, definitions (…指…得從事…者); false friends 無須, 復得 (失而
#   復得), 應考人, 所得稅 (in a cite), 權利義務 (noun).
# New conventions decided here:
# - 2 (…人員再任…時，無須繳回…；其重行退休…時，應自再任之月起計算其任職年資): the persons (其, subject of the …時
#   clause) are only the patients whose seniority is computed; the computing school / authority is not named ->
#   bearer '', carried ''; alternative bearer '' carried 已領退休金、離職退費或資遣給與人員.
# - 6 (item 五 of a list of documents: 申請人為…承租人者，並應檢附…；其為耕地三七五租約承租人者，並應檢附…): the
#   written 申請人 of 'N[condition]者' is the bearer of the first 並應 (alternative: the 者 phrase only sorts the
#   cases -> bearer '', carried 主張優先購買標售土地者 from the lead-in); the second 並應, after ；, has only the
#   pronoun 其 in its condition -> bearer '', carried 申請人 (as the 其為參賽節目之著作財產權人 precedent). 並 here
#   adds to the lead-in's documents, the 應 is a statement of the item.
# - 8 (其測驗資格應予取消，已考領之駕駛執照無效，由測驗發證機關註銷並追繳之): patient subject (測驗資格); the
#   authority named in the same sentence in a cue-less 由X clause about the licence -> carried 測驗發證機關;
#   alternative bearer 測驗發證機關 (embedded 由X clause).
# - 12 (申請籌設遊艇或動力小船駕駛訓練機構，應擬具…): framing activity, no bearer; para 1 right before names
#   申請辦理…訓練之機構 as the applicant -> carried 機構 (head noun); alternative carried ''.
# - 21 (期滿仍需繼續排放者，應…重新…申請排放許可): headless agentive …者 phrase kept whole (期滿 inside it);
#   需 is no cue; alternative bearer 仍需繼續排放者.
# - 23 (sub-item 2 of documents proving manufacture: …電費單據，且其地址應與廠址相符): shall with a thing subject
#   (the document's address); the item's lead-in names no actor, the article lead-in (前條第一款未登記工廠…之事實，
#   得以下列各款文件之一證明之) names the factory as possessor of the fact proved -> carried 未登記工廠; alternative ''.
# - 28 (…應敘明理由…申請展延，展延總日數不得超過九十日): the 不得 has its own thing subject -> bearer '', carried
#   加油站 (the applicant of the sentence); alternative carried 地方主管機關 (who grants).
# - 39 (郵件依第三章規定作特別處理時，應另付特別處理費): thing subject; para 1 right before names 寄件人 (inside
#   its 但 condition) as the sender of the mail -> carried 寄件人; alternative carried ''.
# - 40 (definition sub-item （三）其構造…應能阻止煙及火焰之通過者): labelled as a shall with a thing subject (as the
#   fresh26 precedent, and as the 應具備…者 qualification precedent); no actor in the item or its lead-ins;
#   alternative not labelled (criterion inside a definition).
# - 41 (…各試場監場人員認為適當者，應即由專人陪同，並通報…): bearer the agent after 應由 (專人), although 並通報
#   is in substance the proctors' duty (as fresh72 b 18); alternative bearer 各試場監場人員.
# - 42 (item 九 組隊來臺者，應另附團體名冊 under 大陸地區衛生專業人士申請來臺…，應備具左列文件): the …者 phrase only
#   sorts the cases -> bearer '', carried 大陸地區衛生專業人士; alternative bearer 組隊來臺者.
# - 47 (信託公司之發起人及股東，同一人或同一關係人持有同一信託公司之股份，分別不得超過…): the holder named as
#   subject of 持有 is the bearer (同一人或同一關係人); alternative bearer '' (the holding is a thing subject) with
#   carried 同一人或同一關係人 or 發起人及股東.
# - 57 (…宜以適當方式公開，使被告得以知悉): 宜 is no cue and 使…得以知悉 is a result clause (able to), not a
#   permission -> no statement.
# Provisions with no statement: 29 (不得 is the content of a contract inside a …者 condition), 38 (應申請 inside a
# …者 condition; item of documents), 43 (應指派…之 attributive; 由…辦理 no cue), 48 (應製作之 attributive),
# 51 (應備文件 / 應遵行事項 attributive; 由…擬訂 no cue), 55 (definition; 得從事 inside it), 57 (宜; 使…得以).
# o73: reader b, provisions 1-60 of the sample seed 6490001, from /work/eval/o73/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-07 (session 54).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the one 除…外 here, 26, has no inner cue and is additive) and the conventions in
# the headers of fresh70-labels.py, fresh71-labels.py and fresh72-labels.py (fresh70's header holds no conventions
# list, so its and fresh72's LABELS entries were read for the format and precedents); a few notes of other
# freshNN-labels.py files were grepped for precedents (該管, 得併科, 不受…限制, 始得 / quorum, 船舶 as bearer, 得免,
# 期滿得續聘, 處所得).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh70/fresh71/fresh72):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…並應 / 應…，其Y應 / 得…；…不予 are two statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the article
#   lead-in above a nested list) or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph, another item or a paragraph further up is not carried); carried gives the head noun;
#   topic-comment X…，其Y…，得… gives bearer '' and carried X (as fresh70 b 70).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; determiners (前項) and restrictive 之-modifiers go to bearer_full; the subject of a …時
#   clause is the bearer when the main clause has none; the agent after 應由 / 得由 is the bearer; the party after
#   經 (who approves) and the recipient after 交予 / 向 are not the bearer; the ship as regulated unit is kept as
#   bearer (precedent 船舶應於).
# - 但…不在此限 is an exception (also when the statement it limits has no cue); …不適用… is an exception (cue 不適用,
#   bearer ''); 除…外，並應 is additive; 但…得 / 但…不予 without 不在此限 are a may / a shall_not; 得不予 / 得免 are one
#   may at 得; 不予 is a shall_not; penalty 得併科 is a may with no bearer (the court is not named).
# - not labelled: attributive 應X之 NP (應予說明之情事, 應注意事項), cues inside a definition (係指…得取得…之證明文件),
#   可, 亦同, 不受…之限制 (no guide cue), indicative statements without a cue (海關…彙齊逕繳…; 依…規定辦理), 由…為之
#   without a cue; false friends 所得(稅), 取得, 應用, 因應, 應變, 供應, 無須, 應考人 / 應試.
# New conventions decided here:
# - 20 (有左列情事之一者，該管主管機關得予警告…): 該管 ("competent") is read as a fixed part of the name, not a
#   determiner -> bearer 該管主管機關 (as the precedents bearer 該管主管機關 / 各地該管稽徵機關); alternative bearer
#   主管機關 with bearer_full 該管主管機關.
# - 30 (…；採押金方式回收者，應標明…，並報請…核備): after ； the headless agentive …者 phrase (the dealers who use a
#   deposit) is the only subject -> kept whole as bearer (as fresh72 a 28); alternative bearer '' carried 農藥業者.
# - 21 (item 二 …無工作能力者，應就其生活需要，籌給現金或實物): the …者 are the families helped (beneficiaries) -> bearer
#   ''; the lead-in 由內政部主管，依下列原則訂定辦法，並由直轄市、縣（市）政府辦理 names the body that does it -> carried
#   直轄市、縣（市）政府; alternative carried 內政部 (who lays the principles down in a 辦法).
# - 22 (審核小組應有委員過半數以上出席始得開會，並依…決定…): quorum rule -> a shall at 應 (有…出席) and a may at 始得
#   (開會), both bearer 審核小組; 並依…決定 has no cue of its own (under the same sentence); alternative one
#   statement.
# - 23 (海關代收…彙齊逕繳…並…造具…送…，必要時得由收入機關派員稽核): the customs' part is indicative without a cue -> not
#   labelled; only the may at 得 with bearer 收入機關 (agent after 得由); alternative a shall for the customs.
# - 19 (第一項第十一款委員聘期為二年，期滿得續聘之): the appointer 財政部 is named only in para 1 (two paragraphs up;
#   para 2 right before names no actor) -> carried '' (as fresh72 b 85); alternative carried 財政部.
# - 28 (對於前二項之檢查、鑑定及命令，不得規避、妨礙或拒絕): the inspected 公私場所或移動污染源 are named only in para 1;
#   para 2 right before names only 軍事機關 -> carried ''; alternative carried 公私場所或移動污染源.
# - 29 (登記有案之寺廟、教堂、…或農民團體，其…農業用地，得於…更名為…所有): topic-comment -> bearer '', carried the
#   coordination whole (依法成立財團法人之 inside the coordination kept, 登記有案之 dropped); alternative bearer the
#   coordination.
# - 36 (較低資產帳戶應依下列程序之一審查：): thing subject of a lead-in; 申報金融機構 is named only in the items below
#   -> carried ''; alternative carried 申報金融機構.
# - 38 (item 三 …但前項第三款之配方依據…，得免檢附): 得免 one may at 得; the applicant is named in the article lead-in
#   only as a headless …者 phrase -> carried that phrase whole (申請分裝飼料或飼料添加物許可者); alternative carried ''.
# - 44 (公司或有限合夥事業依第一項規定填報之資料如有疏漏，得於…補正): the company is the agent inside the topic NP
#   (資料) -> bearer '', carried 公司或有限合夥事業; alternative bearer 公司或有限合夥事業 (topic-subject reading).
# - 9 (車臺應裝設於…，車臺執照應交予所屬計程車駕駛人隨車攜帶): two thing subjects; the driver is the recipient after
#   交予, the station setter is named only in a later paragraph -> carried '' for both.
# - 14 (…證券經紀商或證券自營商，應由交易所與其訂立…，並檢同有關資料，申報主管機關核備): one statement, bearer 交易所
#   (agent after 應由); the brokers of the topic are the counterparty; alternative a second statement for 申報.
# - 47 / 56: 診所得 = 診所 + 得, 勒戒處所得 = 處所 + 得 (not the false friend 所得, as precedent 處所得免裝).
# Provisions with no statement: 17 (應予說明之情事 attributive; item of prohibited acts), 32 (應注意事項 attributive),
# 41 (應用), 45 (取得; qualification item without operator), 48 (definition; 所得), 49 (因應), 51 (供應), 53
# (definition; 得取得 inside it; 取得), 55 (所得稅; 依…辦理 no cue), 58 (取得; item without operator), 59 (無須),
# 60 (所得; 由學校…報… no cue).
LABELS = {
  1: [('shall', '公所[應]將', '鄉（鎮、市、區）公所', '', '', '選舉人名冊經公告閱覽期滿後 time frame; 送戶政機關查核更正 under the same 應')],
  2: [('shall', '[應]自', '', '', '', 'hard/new: after ；, 其 (subject of the …時 clause) is only the patient whose seniority is computed; the computing school/authority is not named in the single-paragraph article -> carried empty; 無須 false friend; alternative carried 已領退休金、離職退費或資遣給與人員')],
  3: [('shall', '[應]參照', '^[各主管機關]', '', '', 'subject of the …時 clause; 並衡酌… / 考量… / 力求… / 並明列… under the same 應')],
  4: [('shall', '[應]予以', '^[主辦選舉委員會]', '', '', 'subject of the …後 clause; 有不合規定者 condition (the entries, patients); 並…函報 under the same 應')],
  5: [('may', '[得]依', '', '', '', 'thing topic (未規定事項…者); single-paragraph article names no actor -> carried empty')],
  6: [('shall', '並[應]檢附租賃', '申請人', '', '', 'hard/new: N[condition]者 keeps the written 申請人; 並 adds to the lead-in documents; alternative bearer empty, carried 主張優先購買標售土地者 (lead-in)'), ('shall', '並[應]檢附鄉', '', '', '申請人', 'hard/new: after ；, 其為耕地三七五租約承租人者 is a condition whose subject is only the pronoun 其 -> bearer empty, carried 申請人')],
  7: [('shall', '[應]依', '直轄市、縣（市）主管機關', '', '', '無國籍學生具特殊教育需求者 condition (students are beneficiaries); 評估、鑑定及實施 under the same 應')],
  8: [('shall', '[應]予取消', '', '', '測驗發證機關', 'hard/new: patient subject 測驗資格 (不依規定…者 condition); 由測驗發證機關註銷並追繳之 (cue-less 由X clause of the same sentence) names the authority -> carried; alternative bearer 測驗發證機關')],
  9: [('may', '[得]臨時', '^[本會調查人員]', '', '', '本會 kept as fixed modifier; 必要時 condition; 或攜去、留置 under the same 得')],
  10: [('shall', '[應]編列', '', '', '', 'activity topic (宗地測量完竣); single-paragraph article names no actor; 記載於… under the same 應')],
  11: [('shall', '[應]通知', '', '', '', 'hard: 除撤銷或廢止其許可，並註銷其長期居留證外 is additive (besides…), carves nothing out -> not labelled (as fresh71 b 23); the …者 is the alien (patient); the authority is not named in the article (paras 1-2 use 不予許可 without subject) -> carried empty')],
  12: [('shall', '[應]擬具', '', '', '機構', 'hard/new: framing activity 申請籌設…機構 (no noun naming the applicant); para 1 right before names 申請辦理遊艇或動力小船駕駛訓練之機構 -> carried head noun; alternative carried empty; 報請主管機關許可籌設 under the same 應')],
  13: [('may', '[得]視', '稽徵機關或財政部指定之調查人員', '', '', 'coordinated subject of the …時 clause kept whole (之-modifier inside the coordination kept); 報經財政部核准: party after 經 not the bearer; 納稅義務人 noun; 所得稅法 only in the cite')],
  14: [('shall', '[應]主動', '直轄市、縣（市）主管機關或其他相關機關', '', '', 'N[condition]者 keeps N; coordination kept whole')],
  15: [('shall', '[應]留存', '^[特定非公務機關]', '', '', 'subject of the …後 clause; lead-in itself a statement')],
  16: [('shall', '[應]檢具', '直轄市、縣 (市) 主管機關', '', '', 'topicalised object (施行區段徵收之範圍); 層轉…複勘後，報請行政院核定之 under the same 應')],
  17: [('may', '[得]參考', '^[執行單位]', '', '', 'subject of the …時 clause; lead-in itself a statement')],
  18: [('shall', '者，[應]填具', '', '', '工程技術顧問公司', 'compound topic 工程技術顧問公司登記證 names its holder without 之 -> thing topic with possessor, carried (as fresh69 b 16); 敘明… / 向主管機關申請補發 under the same 應; alternative bearer 工程技術顧問公司'), ('shall', '[應]即', '', '', '工程技術顧問公司', 'after ；, 其失而復得者 condition (thing; 復得 false friend); 應即 one cue; carried as above')],
  19: [('shall', '[應]符合', '', '', '', 'thing subject 其品質 (肥料訂有國家標準者 condition); 中央主管機關 only announces 品目與規格 (由…公告之 no cue), the producer is not named -> carried empty')],
  20: [('may', '[得]提出', '地方政府', '', '', '為保障…，並促進… purpose; 由中央政府專案核定補助之 no cue')],
  21: [('shall', '[應]自期滿', '期滿仍需繼續排放者', '', '', 'hard/new: headless agentive …者 phrase kept whole; 需 is no cue (not 須); alternative bearer 仍需繼續排放者; 重新向…申請 under the same 應')],
  22: [('shall', '[應]依其性質', '^[各主管機關]', '', '', '分別編列… under the same 應'), ('shall', '並[應]切實', '^[各主管機關]', '', '', '應…並應: second statement, shares the written bearer'), ('shall', '[應]予簡併', '', '', '各主管機關', 'own patient topic 凡性質相近者 (the funds) -> bearer empty, carried from the same sentence'), ('shall', '[應]予裁撤', '', '', '各主管機關', 'after ；, 無繼續設立必要者 (the funds, patients) condition -> carried from the clause before')],
  23: [('shall', '[應]與廠址', '', '', '未登記工廠', 'hard/new: thing subject (其地址, of the 電費單據); sub-lead-in （二） names no actor, the article lead-in names 未登記工廠 as possessor of the fact proved -> carried; alternative carried empty; 載明 no cue')],
  24: [('shall', '[應]於事畢', '^[本局奉派參加局外會議人員]', '', '', 'compound naming a class of staff without 之 kept whole (本局 fixed modifier); 陳局長核閱後，歸檔備查 under the same 應')],
  25: [('shall', '[應]先', '', '', '', 'thing topic (都市計畫之訂定或變更); the planning authority is not named in para 1 (政府機關 only in the later para 2) -> carried empty; 主管機關 is the one consulted')],
  26: [('shall', '[應]通知', '中央主管機關', '', '', '有下列情形之一者 condition; lead-in itself a statement'), ('may', '[得]按次', '', '', '中央主管機關', 'after ；, 屆期仍未改善者 condition (the violator, patient), no agent -> carried from the clause before; 處…罰鍰 / 命其再限期改善 (no cue) not labelled')],
  27: [('exception', '，[除]認為', '', '', '', '除…有請示必要者外 carves cases out of the 得 of the same sentence'), ('may', '[得]以局稿', '^[各單位主管]', '', '', '在其職責範圍內 frame')],
  28: [('shall', '者，[應]敘明', '加油站', '', '', 'N[condition]者 keeps N; 向地方主管機關申請展延 under the same 應'), ('shall_not', '[不得]超過', '', '', '加油站', 'hard/new: own thing subject 展延總日數 -> bearer empty, carried the applicant of the sentence; alternative carried 地方主管機關 (who grants)')],
  29: [],
  30: [('shall', '[應]自', '主管機關', '設立公有市場之主管機關', '', '使用人…未繳納…者 condition; restrictive 設立公有市場之 to bearer_full; 加徵滯納金 under the same 應'), ('shall_not', '[不得]超過', '', '', '主管機關', 'after ；, thing subject 滯納金加徵額 -> carried from the clause before; 應繳納使用費額 attributive')],
  31: [('shall', '[應]於', '', '', '', 'thing topic (延長…強制住院之申請); the applicant is not named in the article (para 2, after, names none) -> carried empty; 為之 under the same 應')],
  32: [('shall', '[應]以整數', '', '', '', 'thing subject (合計數); the computing authority is not named; 第一項人員 of the paragraph before are the retirees (patients) -> carried empty; 均不計 no cue')],
  33: [('shall', '[應]呈報', '^[本會]', '', '', 'topicalised 對各項法規研究之結果')],
  34: [('shall', '[應]主動', '服務機關', '', '', '列入…之人員 topic (patients), 如有資料異動之情形 condition; 保訓會 recipient')],
  35: [('shall', '[應]依', '', '', '', 'framing activity 申請檢查、丈量 (no noun naming the applicant); single-paragraph article -> carried empty; alternative bearer the activity phrase')],
  36: [('shall', '[應]於主管機關', '^[要保人]', '', '', '向…投保，簽訂保險契約並…交付… under the same 應; 自行負擔 (負擔) no cue'), ('may', '[得]向任一', '要保人', '', '', '但…得 without 不在此限 is a may; N[condition]者 keeps N (the second 要保人)')],
  37: [('may', '[得]搭乘', '國民法官、備位國民法官及候選國民法官', '居住於臺灣地區之國民法官、備位國民法官及候選國民法官', '', 'coordination kept whole, restrictive 居住於臺灣地區之 to bearer_full; 有下列情形之一，而有…必要者 condition; 並支領交通費 under the same 得; lead-in itself a statement')],
  38: [],
  39: [('shall', '[應]另付', '', '', '寄件人', 'hard/new: thing subject 郵件 (subject of the …時 clause); para 1 right before names 寄件人 as the sender of mail (in its 但 condition) -> carried; alternative carried empty')],
  40: [('shall', '[應]能', '', '', '', 'hard/new: sub-item of a definition (A 級隔艙：指…符合下列標準) writing a modal 應 (…應能阻止…者) -> labelled with a thing subject (其構造), as the fresh26 precedent; no actor in the item or its lead-ins; alternative not labelled (criterion of a definition)')],
  41: [('shall', '[應]即由', '專人', '', '', "hard/new: agent after 應由 is the bearer; 各試場監場人員認為適當者 read as a condition; 並通報… under the same 應 (in substance the proctors' duty); 應即 one cue; 應考人 false friend; alternative bearer 各試場監場人員"), ('shall', '陪同人員[應]監督', '陪同人員', '', '', 'new sentence with its own subject; 應考人 false friend (noun)')],
  42: [('shall', '[應]另附', '', '', '大陸地區衛生專業人士', 'hard/new: 組隊來臺者 only sorts the cases of a list item whose lead-in (大陸地區衛生專業人士申請來臺…，應備具左列文件) names the actor -> condition, carried; alternative bearer 組隊來臺者')],
  43: [],
  44: [('shall', '[應]於每月', '^[證券商]', '', '', '委託人 is the one whose holdings are disclosed')],
  45: [('shall', '[應]在', '', '', '', 'thing subject (一氧化碳濃度); single-paragraph article names no actor -> carried empty')],
  46: [('may', '[得]按', '', '', '管理或使用人員', 'thing topic (原未評定殘值之財產, …時 condition); lead-in 前項…時，…管理或使用人員應予賠償…；其賠償方式如下 names who pays -> carried')],
  47: [('shall_not', '[不得]超過', '同一人或同一關係人', '', '', 'hard/new: topic 信託公司之發起人及股東; the holder written as subject of 持有 is the bearer; 分別 adverb; alternative bearer empty (the holding as thing subject), carried 同一人或同一關係人'), ('exception', '[不在此限]', '', '', '', '但…不在此限')],
  48: [],
  49: [('may', '[得]以書面', '', '', '政黨、附隨組織或黨營機構', 'thing subject 前項通報; para 1 right before (政黨、附隨組織或黨營機構持有政治檔案者，應通報促轉會) names the notifier -> carried; 促轉會 recipient'), ('shall', '促轉會[應]作成', '促轉會', '', '', 'after ；, own subject; 其以言詞為之者 condition')],
  50: [('may', '[得]委託', '^[中央主管機關]', '', '', '專業機構 is the delegate')],
  51: [],
  52: [('shall', '機關[應]查明', '各主管機關', '', '', '依本規則應登記而不辦理登記者: the first 應 restates a duty inside the condition, not labelled')],
  53: [('shall', '均[應]遵守', '旅行業及其所派遣之隨團服務人員', '該旅行業及其所派遣之隨團服務人員', '', 'coordination kept whole (之-modifier inside it kept); determiner 該 to bearer_full; 均 adverb; subject of the …時 clause is the same; lead-in itself a statement')],
  54: [('may', '[得]通知', '主管機關', '', '', '…應備文件不全而可以補正者 condition (應備 attributive, inside the condition); 申請人 is the patient')],
  55: [],
  56: [('shall', '[應]組織', '^[經濟部]', '', '', '為受理… purpose; after ；, 由經濟部另定之 no cue')],
  57: [],
  58: [('shall', '[應]在二以上', '', '', '主辦單位', 'thing subject 其安全係數 (of the pole); 主辦單位, named in the same sentence as designer of the strength (由主辦單位設計), -> carried; 由附架單位供給之 no cue')],
  59: [('shall', '[應]確認', '', '', '', 'thing / activity topic (定期檢查); single-paragraph article names no inspector -> carried empty'), ('shall', '必要時[應]作', '', '', '', 'second 應 of the sentence (必要時 condition), same topic; no actor')],
  60: [('shall', '[應]核轉', '', '', '各主管機關', 'thing topic (…科技發展計畫); lead-in 各主管機關對所屬基金…應審核加具意見，依規定時間核轉… names the forwarding authority -> carried')],
  61: [('may', '[得]洽', '地方法院', '本法第六十條第一項規定之地方法院', '', 'subject of the …時 clause; restrictive modifier to bearer_full; 認有…必要者 condition; 商業法院 is the addressee, its 指派之 has no cue')],
  62: [('may', '[得]按', '區內事業', '', '', 'N[condition]者 keeps N; 所得 false friend'), ('exception', '[不適用]', '', '', '', '…不適用之 is an exception (但 without 不在此限); 總機構在…境內者 condition')],
  63: [('shall', '[應]於', '主管機關', '', '', '勞雇雙方拒絕協商…時 condition; 召集…組成…，就…進行協商，並適時提出替代方案 under the same 應')],
  64: [('shall', '[應]依', '^[經營者]', '', '', '')],
  65: [('shall_not', '[不得]航行', '^[船舶]', '', '', 'the ship as regulated unit kept as bearer (precedent 船舶應於); 非經檢查合格 condition; second sentence 亦同 has no cue')],
  66: [('shall', '[應]將', '', '', '普及服務提供者', 'item without subject; lead-in 普及服務提供者提報之成本資料，應符合下列規定 names the provider as agent inside the topic NP -> carried; 彙總並申報之 under the same 應')],
  67: [('shall', '，[應]載明其', '', '', '', 'thing subject 人名帳戶; the article names no bookkeeper (營利事業 inside the object is an account holder) -> carried empty'), ('shall', '並[應]在', '', '', '', '並應: second statement, same thing subject'), ('shall', '帳戶，[應]載明代表人', '', '', '', 'new sentence, thing subject 共有人之帳戶')],
  68: [('shall', '[應]於', '', '', '', 'thing subject 滅火藥劑量; no actor named in the article')],
  69: [('shall', '車臺[應]裝設', '', '', '', 'hard: thing subject 車臺; 電臺設置者 named only in the later para 2 -> carried empty'), ('shall', '執照[應]交予', '', '', '', 'hard: thing subject 車臺執照; 所屬計程車駕駛人 is the recipient after 交予 (隨車攜帶 no own cue) -> not bearer; carried empty')],
  70: [('shall', '[應]由', '醫護人員', '第三條、第四條或第十三條規定之醫護人員', '', 'agent after 應由; thing topic (健康指導及評估建議); restrictive modifier to bearer_full'), ('may', '[得]由', '檢查之[醫護人員]為之', '辦理勞工體格及健康檢查之醫護人員', '', '但…得 without 不在此限 is a may; agent after 得由; 依規定免僱用或特約醫護人員者 condition (the employer)')],
  71: [('shall', '[應]予以', '', '', '', 'thing subject (the animals, patients); single-paragraph article names no actor -> carried empty')],
  72: [('may', '[得]委託', '^[中央農業主管機關]', '', '', '其他機關（構）或民間團體 are the delegates (patients)')],
  73: [('may', '[得]由', '農民或農業產銷班', '', '', 'agent after 得由; thing topic (前項農民團體未辦理…之農產品或地區)'), ('shall', '[應]積極', '政府', '', '', 'second cue of the sentence with its own subject')],
  74: [('shall', '[應]由', '由[交易所]與其', '', '', 'hard: agent after 應由; the brokers / dealers of the topic are the counterparty; 並檢同有關資料，申報主管機關核備 under the same 應 (one statement)')],
  75: [('exception', '[不在此限]', '', '', '', '但…不在此限 is an exception although the limited statement (可…互換使用) has no guide cue; 可 no cue')],
  76: [('may', '[得]請求', '森林所有人', '', '', '…時 condition (the remaining forest)')],
  77: [],
  78: [('shall', '計畫[應]核轉', '', '', '各主管機關', 'thing subject (設置及應用電腦計畫; 應用 false friend); lead-in 各主管機關…應審核加具意見…核轉 -> carried')],
  79: [('may', '[得]續聘', '', '', '', 'hard/new: the members are patients; the appointer 財政部 is named only in para 1 (para 2 right before names none) -> carried empty; alternative carried 財政部')],
  80: [('may', '[得]予', '該管主管機關', '', '', 'hard/new: 該管 read as fixed part of the name (competent authority); 有左列情事之一者 condition; lead-in itself a statement; 制止或命令解散 under the same 得; alternative bearer 主管機關, bearer_full 該管主管機關')],
  81: [('shall', '[應]就', '', '', '直轄市、縣（市）政府', 'hard/new: the …者 are the families helped (beneficiaries); lead-in …並由直轄市、縣（市）政府辦理 names who does it -> carried; alternative carried 內政部; 以維持其生活 purpose')],
  82: [('shall', '[應]有', '^[審核小組]', '', '', 'hard/new: quorum rule, shall at 應 (有…出席)'), ('may', '[始得]開會', '^[審核小組]', '', '', 'hard/new: 始得 = may only then, same written bearer; 並依…決定扶助方式及金額 has no cue of its own; alternative one statement')],
  83: [('may', '[得]由', '由[收入機關]派員', '', '', "hard/new: agent after 得由 (必要時 condition); the customs' 彙齊逕繳…造具…送 is indicative without a cue -> not labelled")],
  84: [('shall', '[應]按', '', '', '', 'thing subject 津貼; single-paragraph article names no payer -> carried empty')],
  85: [('shall', '[應]向', '眷屬', '與被告同住之眷屬', '', 'restrictive modifier to bearer_full; 看守所 is the recipient')],
  86: [('shall', '，[應]訂定', '', '', '外幣清算銀行', 'thing topic 約定事項; lead-in 經本行許可之外幣清算銀行…應遵循下列規定 -> carried (head noun); 報本行備查 under the same 應'), ('shall', '並[應]視', '', '', '外幣清算銀行', '除依契約處置外，並應 is additive (no cue inside 除…外), not an exception; 參加單位 are patients; carried as above')],
  87: [('shall', '[應]配合', '', '', '政府捐助法人', 'thing topic 支給基準 (compound naming its holder without 之) -> possessor carried (para 1 right before also names it); …不符者 condition')],
  88: [('shall_not', '[不得]規避', '', '', '', 'hard/new: no subject; the inspected 公私場所或移動污染源 are named only in para 1, para 2 right before names only 軍事機關 -> carried empty; alternative carried 公私場所或移動污染源; 妨礙或拒絕 under the same 不得')],
  89: [('may', '[得]於本條例', '', '', '寺廟、教堂、依法成立財團法人之教堂（會）、宗教基金會或農民團體', 'hard/new: topic-comment X，其…農業用地，得…更名 -> bearer empty, carried X (coordination whole, 登記有案之 dropped); 取得 false friend; alternative bearer the coordination')],
  90: [('shall', '[應]於', '^[農藥業者]', '', '', ''), ('shall', '，[應]標明', '採押金方式回收者', '', '', 'hard/new: after ；, headless agentive …者 phrase as the only subject kept whole (as fresh72 a 28); 並報請中央主管機關核備 under the same 應; alternative bearer empty carried 農藥業者')],
  91: [('may', '[得]為', '', '', '', 'the …者 phrase is the case (a condition); the disciplinary body is not named in the single-paragraph article -> carried empty; 亦同 no cue')],
  92: [],
  93: [('may', '四人，職務[得]列', '', '', '', '得列 in an organisation act: grading permission, posts are patients (as fresh72 b 68); 置 / 均列 no cue'), ('may', '其中五人，職務[得]列', '', '', '', 'as the first 得列')],
  94: [('shall', '標租者，出租機關[應]', '出租機關', '', '', '屬標租者 condition'), ('shall', '違約金，出租機關[應]', '出租機關', '', '', 'after ；, 由出租機關通知承租人… has no cue; 承租人屆期未繳納違約金 condition; own subject')],
  95: [('shall', '[應]依', '^[設施經營者]', '', '', 'lead-in, itself a statement; 先檢具…，報請主管機關核准後實施 under the same 應')],
  96: [('shall', '[應]依', '', '', '', 'hard/new: thing subject 較低資產帳戶 of a lead-in; 申報金融機構 named only in the items below -> carried empty; alternative carried 申報金融機構')],
  97: [('may', '[得]併科', '', '', '', 'penalty: 處…有期徒刑 is a fact; 得併科 = the (unnamed) court may add a fine; the offender …者 is no bearer (precedents)')],
  98: [('may', '[得]免', '', '', '申請分裝飼料或飼料添加物許可者', 'hard/new: 但…得免檢附 = may omit (one may at 得); the applicant is named in the article lead-in only as a headless …者 phrase -> carried whole; first sentence (所定資料或物品) no cue; alternative carried empty')],
  99: [('shall', '[應]先', '^[貨櫃集散站經營業]', '', '', '變更組織、名稱 is its own act; 並於…申請…換發許可證 under the same 應; 航政機關 / 主管機關 after 報請 / 經 are not bearers')],
  100: [('may', '[得]予以', '中央主管機關', '', '', '檢驗機構辦理檢驗之費用 topic; the institutions are beneficiaries'), ('shall_not', '[不予]', '', '', '中央主管機關', '但…不予 without 不在此限 is a shall_not; no subject -> carried from the clause before')],
  101: [],
  102: [('shall', '，[應]依', '', '', '各基金', 'thing subject (資通訊應用計畫; 應用 false friend; the quoted 要點 name not labelled); lead-in 各基金依前條規定擬編之業務計畫… names the funds as agent inside the topic NP -> carried')],
  103: [('shall', '[應]由', '財產管理單位', '', '', 'agent after 應由; 取得 false friend; 並按照分類編號，黏訂標籤 under the same 應')],
  104: [('may', '[得]於所得', '', '', '公司或有限合夥事業', 'hard/new: thing topic 資料 (如有疏漏 condition); the company is the agent inside the topic NP -> carried; alternative bearer 公司或有限合夥事業; 所得稅法 false friend'), ('may', '[得]不予', '稅捐稽徵機關', '', '', '得不予 = one may at 得; after ；, 其逾期未補正者 condition; own subject')],
  105: [],
  106: [('shall', '[應]於', '公司員工', '前項公司員工', '', 'determiner 前項 to bearer_full; …時 frame; 以…作為…收益，依…計算所得並申報 under the same 應; 所得 / 所得稅 false friends')],
  107: [('shall', '[應]於', '', '', '', 'item without subject; lead-in 生物醫療廢棄物之貯存設施…應符合下列規定 names no actor -> carried empty; 並備有… under the same 應; 緊急應變 false friend'), ('shall', '設施[應]堅固', '', '', '', 'second 應 with its own thing subject 其設施; 並與…隔離 under the same 應'), ('may', '診所[得]於', '診所', '', '', '但…得 without 不在此限 is a may; 診所得 = 診所 + 得 (not 所得)')],
  108: [],
  109: [],
  110: [('shall', '對策[應]包括', '', '', '', 'thing subject 因應對策 (因應 false friend); para 1 right before is passive (應予評估), no actor -> carried empty'), ('shall', '[應]予', '', '', '', 'after ；, thing subject 所需經費; 並納入… under the same 應')],
  111: [],
  112: [('may', '[得]由', '監督機關', '', '', 'agent after 得由; thing topic 經費; 調整因應 (因應 false friend); 不受…之限制 is no guide cue -> not labelled')],
  113: [],
  114: [('shall_not', '[不得]有', '應考人', '', '', '考試時 frame; 應考人 / 應試 false friends; bearer the first 應考人 (before the cue)')],
  115: [],
  116: [('may', '[得]自', '勒戒處所', '', '', '勒戒處所得 = 處所 + 得 (not 所得); 前項費用 topic; 受觀察、勒戒人 is the patient')],
  117: [('shall', '[應]加強', '', '', '', 'activity subject 變更作業; lead-ins (遠距之系統管理工作，應遵循下列措施 / 網路管理應符合下列要求) name no actor -> carried empty; 可 no cue; 取得 false friend')],
  118: [],
  119: [],
  120: [],
}
