# fresh76: seed 6850001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind in session 55 (2026-12-08) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in their own file; their notes keep that numbering). Neither saw csquery obligation output.
#
# ---- reader a ----
# o76: reader a, provisions 1-60 of the sample seed 6850001, from /work/eval/o76/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-08 (session 55).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the 除…外 of 8 and 25 carve an exception out of the statement of the same
# sentence and hold no cue) and the conventions in the headers of fresh73-labels.py, fresh74-labels.py and
# fresh75-labels.py, whose LABELS entries were read for the format.
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh73/fresh74/fresh75):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 得…並得 / 應…並應 / 應…，始得 are two statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence, also in a cue-less 由X clause), its list lead-in (also the article lead-in above a nested list) or the
#   paragraph right before clearly names the actor, else '' (an actor named only in a later paragraph, another item
#   or a paragraph further up is not carried); carried gives the head noun (a headless …者 phrase kept whole); a
#   framing activity (no noun naming the agent) is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; restrictive 之-modifiers go to bearer_full; 本會 / 本中心 / 各 kept as fixed modifiers;
#   the subject of a …時 / …後 clause is the bearer when the main clause has none; the agent after 應由 / 得由 is the
#   bearer; the party after 經 (who approves) and the recipient are not the bearer.
# - 但…不在此限 is an exception (also when the statement it limits has no cue); 除…外 carving out of a statement of
#   the same sentence is an exception (cue 除); 但…得 / 但…應 without 不在此限 are a may / a shall; 始得 is a may;
#   a qualification 應為 is a shall.
# - not labelled: attributive 應X之 / 應X NP / 得X NP (應施檢驗之玩具槍, 應行檢查事項, 應支之範圍, 應適用之法律,
#   得抵減總額), cues inside …者 conditions (須借助…始能安全作業者, 其營業執照必須換發者), 禁止規定 (noun), 宜, 可,
#   由…定之 / 由…指定之 / 由…負擔 without a cue, 以…為限 / 以…為原則 / 以…為準, 即予 without a cue; false friends
#   供應, 獲得, 應考人, 所需 / 需用, 所得稅, 應納, 義務人 (noun).
# New conventions decided here:
# - 7 (船舶防火構造規則 45 item 五: four 應 with thing subjects -- tanks, valve, its control, the extra valve): the
#   article lead-in 船舶使用燃料油者，其…佈置，應… names the ship as the regulated unit -> carried 船舶 (as the
#   precedent 船舶應於); 其控制並應於火災發生時，得以…額外閥有效達成: 得以 is "can be effected", governed by the 應,
#   not a permission (as fresh73 a 57 使…得以) -> not labelled; 可自…予以關閉 (可) not labelled. Alternative carried ''.
#   53 (item 二 of 第18條, lead-in 旅客空間、船員空間…之空間，應具有…逃生方法): thing subjects, no actor -> carried ''.
# - 8 / 32 (各級人員移交，…應在原任所辦理; 經管人員移交，應就…編造移交清冊): the subject of the topic clause X移交 is
#   the agent of the handover and of the duty (read as a …時 clause without 時) -> bearer X; alternative bearer ''
#   carried X (agent inside a topic NP).
# - 19 (應施檢驗之玩具槍，應於輸入時…，由商檢局依法檢驗，發給合格證書始得輸入…): 應…由X with a time phrase between
#   is read as 應由X -> bearer 商檢局; alternative bearer '' carried 商檢局. 始得 a may with a thing topic, the importer
#   / maker not named -> carried ''.
# - 31 (人身保險業應…函送前任會計師，並通知前任會計師如有不同意見時，應於十日內函復): the second 應 is the content of
#   the notice the insurer sends (the regulation binds insurers), as the precedent '禁止 is only the content of the
#   notice' -> not labelled; alternative a shall with bearer 前任會計師. Two shalls for 人身保險業.
# - 36 (主管機關應限制其一年內不得辦理…仲介業務): 不得 is the content of the restriction governed by 應限制 (as the
#   precedent 禁止 as the content of an order governed by 得令) -> one shall, 主管機關; alternative a second statement
#   shall_not with bearer '' carried 仲介機構.
# - 4 (本會委員會議…必要時得召開臨時會議，由主任委員召集並主持之): the meeting is a thing topic; the convener named in
#   the cue-less 由X clause of the same sentence -> bearer '', carried 主任委員; alternative carried 本會.
# - 35 (由郵政機關送達者，以一般郵遞方式為之。但文書內容…有重大影響者，應為掛號): the sender who chooses registered
#   mail is the administrative agency, named in para 2 right before (行政機關之文書) -> carried 行政機關; alternative
#   carried 郵政機關 (named in this provision as the deliverer).
# - 41 (各項成本應先…歸屬至各市場顯著地位者內部發生或受益單位): thing subject; the dominant operator, possessor named in
#   the same sentence and the one who keeps the accounts -> carried 市場顯著地位者; alternative carried ''.
# - 44 (item 三 參賽創新技術獎之節目如為二人以上共同自創…者，應共同列名參賽): thing topic (the programme), the
#   co-creators are not named as a noun; the lead-in 報名、參賽第三條第一項第四款創新技術獎者，應遵守下列事項 names the
#   entrant as a headless …者 phrase -> carried whole; alternative carried ''.
# - 47 (…應報請…核准後，…辦理變更登記，其營業執照必須換發者，並應備辦…): 必須 inside the …者 condition not labelled;
#   the 並應 after ， (not ；) shares the written bearer 計程車客運服務業.
# - 50 (依本辦法申請抵減所得稅之設備或技術，…得於…向公司所在地稅捐稽徵機關申請延期。但至遲應…，…始得…): thing
#   subject; the company, named in the same sentence (公司所在地) and the applicant -> carried 公司 for the may, and
#   for the 但…應 and 始得 of the next sentence; alternative carried ''.
# - 51 (即予劃去… no cue. 但寄件人補足航空信函混合資費者，得劃去…): N[condition]者 keeps N -> bearer 寄件人;
#   alternative bearer '' carried 郵政機關 (para 1 names the issuing post, which strikes out in the first sentence).
# - 55 (各機關人員依…計發之加班費，應按…計算支給): thing subject; the staff are beneficiaries; the paying agency is
#   named inside the compound 各機關人員 -> carried 各機關; alternative carried ''.
# - 56 (財政部應指定期限，命其辦理增資，逾期未完成增資者，應廢止其許可): the …者 is the company as patient (condition);
#   the second 應 of the same sentence shares 財政部.
# - 57 (專家及學者不得少於委員總人數三分之二；任一性別比例不得少於三分之一): the proportion is the subject (the persons
#   are those counted, as fresh74 b 8) -> bearer ''; para 1 right before names 中央主管機關 as the one who forms the
#   panel -> carried 中央主管機關; alternative carried 評審小組.
# - 60 (sub-item （六）…軟體或硬體元件應自建： under item 二 (no actor) under the article lead-in 使用資源之申請者檢具之
#   網路設置計畫，審查基準如下): thing subject; the applicant, agent inside the article lead-in's topic NP -> carried
#   申請者 (as fresh74 a 5); alternative carried ''.
# - 3 (new sentence …時，得洽請…警力協助之 after 各級警察機關之勤務指揮中心，統一調度…): carried the head noun
#   勤務指揮中心.
# - 40 (其每一年度得抵減總額，以不超過…為限。但最後年度抵減金額，不在此限): 得抵減總額 is a NP (deductible total) ->
#   not labelled; only the exception.
# Provisions with no statement: 5 (供應; item of duties), 16 (獲得; item naming a unit), 29 (應適用之 attributive),
# 39 (應支之 attributive; 由…定之 no cue), 58 (禁止規定 noun; item of grounds without operator).
#
# ---- reader b (its numbers + 60 here) ----
# o76: reader b, provisions 1-60 of the sample seed 6850001, from /work/eval/o76/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-08 (session 55).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the one 除…外 here, 11, is additive 除…外，並得 with no inner cue) and the
# conventions in the headers of fresh73-labels.py, fresh74-labels.py and fresh75-labels.py, whose LABELS entries were
# read for the format.
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh73/fresh74/fresh75):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…並應 / 得…，不得 / 應…，應 are two statements; after ； or in a new sentence a clause without a
#   subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph, another item, a paragraph further up, or when the paragraph before names two actors for the
#   cases covered, is not carried); carried gives the head noun; topic-comment X…者，其Y…，得… gives bearer '' and
#   carried X; a framing activity (申請X, no noun naming the actor) is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; determiners (該, 其) and restrictive 之-modifiers go to bearer_full; 各 / 各級 kept as
#   fixed modifiers; the subject of a …時 / …後 clause is the bearer when the main clause has none; the agent after
#   應由 / 得由 is the bearer; the party after 經 (who approves) and the recipient are not the bearer; a vehicle /
#   craft as the regulated unit is kept as bearer (precedent 船舶應於).
# - 但…不在此限 is an exception (also when the statement it limits has no cue); …不適用… is an exception (cue 不適用);
#   除…外，並得 is additive (not labelled as exception); 但…得 / 但…不得 / 但…不予 without 不在此限 are a may /
#   shall_not / shall_not; 不予 is a shall_not; 得不 is one may at 得.
# - a list item that writes its own operator is labelled even under a lead-in that is itself a statement.
# - not labelled: attributive 應X之 / 應X NP (應出席人數, 應辦事項, 應具任用資格之, 應施檢驗商品, 應稅部分), 得 inside a
#   NP (發起人所得受之特別利益), cues inside a condition, 由…定之 / 由…辦理 / 由…專案核發 without a cue, 亦同, 視同,
#   準用, 免予 (免予裝置), 可 (可能), 義務 as a noun without 負 (盡查證義務), penalties as facts; false friends 所得(稅 /
#   額), 取得, 獲得, 既得, 應聘, 應考, 應用, 應付, 供應, 支應, 無須; 值得 in 額定值得容許 is 值 + 得 (a may).
# New conventions decided here:
# - 6 (商品檢驗法 第9條第1項第5款, item of the exemption cases 有下列情形之一者，得免檢驗: …零組件，供加工、組裝用，其
#   檢驗須以加工組裝後成品執行，且檢驗標準與其成品之檢驗標準相同): the 須 clause is, like the 且… clause after it, part
#   of the description of the exempted case (a condition) -> not labelled; alternative a shall with thing subject
#   (其檢驗), carried ''.
# - 2 (申請貸款用途為…之貸款案者，應於…補正…，屆期未補正者，其貸款利率應調整…，貸款經辦機構已溢請領之利息差額補貼應
#   繳還中央主管機關): three statements; the first has the loan case (thing) as head, the borrower is named in para 5
#   right before (第一項借款人) -> carried 借款人; the second has a thing subject (利率), the lender named in the same
#   sentence adjusts -> carried 貸款經辦機構 (alternative ''); the third has a thing subject with the agent inside the
#   topic NP -> carried 貸款經辦機構 (alternative bearer 貸款經辦機構).
# - 16 (…，其接獲通報後，應再以網路傳輸內政部，並由移民署辦理登記): the bare pronoun 其 as subject of the …後 clause is no
#   bearer -> bearer '', carried what it resumes (司法院、衛生福利部、法務部、國防部, kept whole); 並由移民署辦理登記 is a
#   cue-less embedded 由X clause under the same 應 (alternative a second shall with bearer 移民署).
# - 18 (已取得合格教師證書，於…修畢…條件，持…起核發之教師證書者，得申請…；持…以前核發之教師證書者，得申請…): the
#   first part (已取得…條件) is a qualification shared by both cases; the two 持…者 headless phrases sort the cases and
#   are the bearers, each kept whole; alternative bearer of the first the whole phrase from 已取得.
# - 19 (漁會理事長、常務監事出缺時，應依前項規定遞補或補選…後，再互選…): the offices of the …時 clause are the
#   vacancies (patients), not the actor; 漁會 is the possessor inside that NP -> bearer '', carried 漁會; alternative
#   bearer 漁會理事長、常務監事.
# - 26 (由縣統籌分配鄉（鎮、市）之款項，應本調劑財政盈虛原則，由縣政府訂定分配辦法): the 由X clause is the verb phrase
#   the 應 governs (應…由縣政府訂定, adverbial between) -> bearer 縣政府 (as the agent after 應由); alternative bearer ''
#   carried 縣政府. The 不得 after ；其中…之款項 has a thing subject -> carried 縣政府.
# - 28 (item 一 of 入境旅客…者，…海關得…酌予放寬: 華僑…者，其所攜帶應稅部分之行李物品價值，得不受限制): topic-comment ->
#   bearer '', carried 華僑 (the one allowed to bring goods without limit); alternative carried 海關 (the lead-in's
#   actor). 應稅 attributive.
# - 33 (item 五 本國民用航空器非經國防部之特許，不得飛越限航區域。但…時，得許其飛越): the aircraft is the regulated unit
#   -> bearer 本國民用航空器 (本國 kept as part of the name); the 但…得許其飛越 is a may of the one who permits, the
#   aircraft (其) being the patient -> bearer '', carried 國防部 (the grantor named in the same item); alternative
#   carried ''.
# - 46 (但有第十二條第一項第一款規定之所得者，其…所得稅，得扣抵之。扣抵之數不得超過…): the 有…者 is a condition on the
#   individual named in the first sentence (個人之基本稅額) -> bearer '', carried 個人 for both; alternative carried the
#   …者 phrase.
# - 60 (item 三 of 地方主管機關認可公私場所…排放量之依據如下: 公私場所使用…致其排放量無須…申報者，得依…認定之): 公私場所
#   is inside the condition and is the patient of the recognition; the lead-in names the recognising authority ->
#   bearer '', carried 地方主管機關; alternative bearer 公私場所 (N[condition]者). 無須 false friend.
# - 38 (廠商超裝或已動用之預借數量，應在各該廠商…配額內扣回之): thing subject, the firms are patients; para 1 right
#   before names 貿易局 only as the approver of 超裝 / 預借, and para 3 names 紡拓會 as allocator -> carried '';
#   alternative carried 貿易局.
# - 40 (第一項第二款及前項第二款所稱營業計畫書，應載明下列事項): the plans of both paragraphs are drafted by different
#   applicants (發起人 in para 1, 國際知名信用評等機構 in para 2) -> carried '' (as fresh74 a 27); alternative
#   carried 國際知名信用評等機構.
# - 14 (…得隨時派員…查核…，影視事業不得規避…；發現有缺失時，應即通知限期改善): after ； the clause without subject is
#   the inspectors' (the discoverer of faults), not the clause right before (影視事業) -> carried the inspecting
#   coordination named in the same sentence.
# Provisions with no statement: 5 (應出席人數 attributive), 6 (須 inside the case of an exemption list, see above;
# 應施檢驗 attributive), 37 (所得稅; 如下 no cue), 39 (應用), 41 (definition; 準用; 取得), 43 (所得稅; 由…定之 no cue),
# 44 (應考), 45 (取得; item of grounds without operator), 47 (無須; 亦同; 即轉為 no cue), 50 (qualification item
# without operator; 取得), 54 (獲得; item without operator), 55 (qualification item without operator), 56 (支應; 由…
# 核發 no cue), 57 (應用), 58 (視同; 依…規定 no cue), 59 (取得; 所得額; 以…為 no cue).
LABELS = {
  1: [('may', '[得]停止', '主任調查官', '', '', '不遵守 no cue; the staff of 前條 are patients')],
  2: [('may', '[得]隨時', '^[本中心各層主管]', '', '', '本中心 fixed modifier, compound kept whole'), ('may', '並[得]變更', '^[本中心各層主管]', '', '', '得…並得: second may sharing the bearer')],
  3: [('may', '[得]洽請', '', '', '勤務指揮中心', 'hard: new sentence without subject (轄區內…時 is a condition); the first sentence (no cue) names 各級警察機關之勤務指揮中心 -> carried head noun')],
  4: [('may', '[得]召開', '', '', '主任委員', 'hard: 本會委員會議 is a thing topic; convener named in the cue-less 由主任委員召集 clause -> carried; alternative carried 本會. 審議下列事項 no cue')],
  5: [],
  6: [('shall', '[應]徵求', '出席或列席人員', '', '', '依序為之 under the same 應; 由主席定 no cue; 宜 no cue')],
  7: [('shall', '[應]在各該櫃', '', '', '船舶', 'hard: the …者 condition is about a pipe damage (thing); article lead-in 船舶使用燃料油者… names the ship as the regulated unit -> carried; 可…予以關閉 no cue'), ('shall', '[應]予裝閥', '', '', '船舶', 'thing subject (該油櫃), carried as above'), ('shall', '並[應]於火災', '', '', '船舶', 'thing subject (其控制); 得以…有效達成 is ability governed by the 應, not labelled'), ('shall', '並[應]能自', '', '', '船舶', 'thing subject (該額外閥), new sentence')],
  8: [('exception', '[除]上級機關指定外', '', '', '', '除…外 carves out of the 應 of the same sentence'), ('shall', '[應]在原任所', '^[各級人員]', '', '', 'hard: subject of the topic clause 各級人員移交 read as the bearer; alternative bearer empty carried 各級人員')],
  9: [('shall', '[應]將', '目的事業主管機關', '', '', 'subject of the …後 clause; 並副知 under the same 應; 義務人 noun')],
  10: [('shall', '[應]經', '', '', '', 'framing activity 經營證券投資信託事業, no noun naming the actor; 證期會 is the approver after 經; single-paragraph article -> carried empty')],
  11: [('exception', '[不在此限]', '', '', '', '但…不在此限 exception to a rule (以…為原則) without cue; 需用機關 / 所需 not cues')],
  12: [('may', '[得]由', '主管機關', '', '', 'agent after 得由 (first occurrence after the cue); 中央主管機關 is the recipient of 陳報'), ('shall', '[應]出示', '檢查人員', '', '', 'subject of the …時 clause')],
  13: [('shall', '[應]由', '環境檢驗測定機構', '經中央主管機關許可之環境檢驗測定機構', '', 'agent after 應由; 檢測 thing topic')],
  14: [('may', '[得]同時', '大會', '', '', '則依前條第四款處理之 no cue; 不提出 no cue')],
  15: [('may', '[得]經', '^[鑑定人]', '', '', '經…許可: the approvers are not the bearer')],
  16: [],
  17: [('shall', '[應]於發現', '發行機構、受委託機構', '', '', 'coordination kept whole'), ('shall', '並[應]於一個月', '發行機構、受委託機構', '', '', '應…並應: second shall sharing the bearer')],
  18: [('shall', '[應]將圖式', '', '', '', 'hard: framing activity 使用產品驗證標識時, the user is not named; para 1 right before names none (標準檢驗局 only designates the mark) -> carried empty'), ('may', '[得]經', '', '', '', '但…得 without 不在此限 is a may; carried empty as above; 標準檢驗局 is the approver after 經')],
  19: [('shall', '[應]於輸入時', '商檢局', '', '', 'hard: 應…，由商檢局依法檢驗 read as 應由X -> bearer the agent after 由; alternative bearer empty (thing subject 玩具槍) carried 商檢局; 應施檢驗之 attributive'), ('may', '[始得]', '', '', '', 'thing topic (玩具槍); the importer / maker is not named -> carried empty')],
  20: [('shall', '[應]共同', '^[雇主]', '', '', '須借助…始能安全作業者 is a condition: 須 not labelled')],
  21: [('shall', '[應]加彙', '', '', '主計長', 'thing subject (總目錄); agent inside the topic NP 主計長移交之… -> carried')],
  22: [('may', '[得]指定', '^[主管機關]', '', '', '應行檢查事項 attributive; 並向主管機關…提出報告 is the task of the designated professionals, no cue of its own; 由受查核對象負擔 no cue')],
  23: [('shall', '[應]定期', '目的事業主管機關', '下列水體之目的事業主管機關', '', '送…備查，並公布 under the same 應')],
  24: [('shall', '[應]於舉行', '^[交通部]', '', '', '應考人 false friend; 以…為限 no cue')],
  25: [('exception', '[除]有特殊情形外', '', '', '', '除…外 carves out of the 不得 of the same sentence'), ('shall_not', '[不得]超過', '', '', '主管機關', 'thing subject (期間); agent inside the topic NP 主管機關准駁之期間 -> carried')],
  26: [('shall_not', '[不得]在臺灣', '非營利法人、團體或其他機構', '大陸地區之非營利法人、團體或其他機構', '', 'coordination kept whole; 非經…許可 is a condition (no 除…外), not an exception')],
  27: [('shall', '[應]收回', '', '', '', 'topic-comment: the leased / transferred forest land is a thing; para 1 right before names no actor (得為出租… without subject) -> carried empty')],
  28: [('may', '[得]向', '^[當事人]', '', '', '或預納費用請求… under the same 得; 書記官 is the recipient')],
  29: [],
  30: [('shall', '[應]宣示', '', '', '', 'thing subject (判決); the court is named only in para 4 (later) -> carried empty'), ('shall', '[應]公告', '', '', '', 'after ；, thing subject, carried empty')],
  31: [('shall', '[應]就', '人身保險業', '', '', '並通知… under the same 應'), ('shall', '[應]將前任', '人身保險業', '', '', 'new sentence, own subject. Hard: 如有不同意見時，應於十日內函復 is the content of the notice to the former CPA -> not labelled; alternative a shall with bearer 前任會計師')],
  32: [('shall', '[應]就', '^[經管人員]', '', '', 'hard: subject of the topic clause 經管人員移交 read as the bearer (as 8); alternative bearer empty carried 經管人員')],
  33: [('shall', '[應]依', '文化部', '', '', '董事、監事 are patients; 不出席 no cue; 行政院院長 is the recipient of 提請')],
  34: [('may', '[得]隨時', '^[證期會]', '', '', '命…提出 under the 得'), ('may', '並[得]直接', '^[證期會]', '', '', '得…並得: second may sharing the bearer')],
  35: [('shall', '[應]為掛號', '', '', '行政機關', 'hard: 但…應 without 不在此限 is a shall; thing subject (文書); the sender is 行政機關 named in para 2 right before (行政機關之文書) -> carried; alternative carried 郵政機關 (deliverer named in this provision)')],
  36: [('shall', '[應]限制', '主管機關', '', '', 'hard: 其一年內不得辦理… is the content of the restriction governed by 應限制 -> no separate shall_not; alternative a shall_not with bearer empty carried 仲介機構')],
  37: [('shall', '[應]具', '', '', '申訴人或代理人', 'framing activity 申訴; the complainant named in the cue-less 由X clause of the same sentence -> carried (as fresh74 b 6); alternative bearer 申訴人或代理人')],
  38: [('may', '[得]按', '本行', '', '', '保險業 is the patient in the …者 condition')],
  39: [],
  40: [('exception', '[不在此限]', '', '', '', '得抵減總額 is a NP (attributive), not labelled; 應納…所得稅額 false friend; 以…為限 no cue')],
  41: [('shall', '[應]先', '', '', '市場顯著地位者', 'hard: thing subject (各項成本); the operator, possessor named in the same sentence (各市場顯著地位者內部…單位) -> carried; alternative carried empty. 並依據…執行歸屬 under the same 應')],
  42: [('shall', '[應]依', '受託公民營事業', '', '', 'compound without 之 kept whole; the first sentence (通知…) has no cue of its own')],
  43: [('may', '[得]依據', '縣（市）主管機關', '', '', '為促進… purpose clause; 徵詢… / 會同… under the same 得')],
  44: [('shall', '[應]共同', '', '', '報名、參賽第三條第一項第四款創新技術獎者', 'hard: thing topic (節目) with a condition; the co-creators are not named as a noun; lead-in names the entrant as a headless …者 phrase -> carried whole; alternative carried empty')],
  45: [('may', '[得]由', '委員', '同組主持口試之委員', '', '必要時得由: agent after 得由; 應考人 false friend; 以…為準 no cue')],
  46: [('shall', '[應]於二個月', '', '', '中央主管機關', 'thing topic (審定結果) with a condition; para 1 right before names 中央主管機關 as the one who decides -> carried; 並副知 under the same 應')],
  47: [('shall', '[應]報請', '計程車客運服務業', '', '', 'subject of the …時 clause; 依法…辦理變更登記 under the same 應; 該管公路主管機關 approver'), ('shall', '並[應]備辦', '計程車客運服務業', '', '', 'hard: 其營業執照必須換發者 is a condition (必須 not labelled); the 並應 after ， shares the written bearer')],
  48: [('may', '[得]予', '主管機關', '', '', 'lead-in of a list of cases')],
  49: [('shall', '[應]為', '^[申請認證為農產品驗證機構者]', '', '', 'qualification 應為 is a shall; headless agentive …者 phrase kept whole; 並於…未有… under the same 應')],
  50: [('may', '[得]於該完成', '', '', '公司', 'hard: thing subject (設備或技術); the company named in the same sentence (公司所在地) is the applicant -> carried; alternative carried empty; 所得稅 false friend'), ('shall', '至遲[應]於', '', '', '公司', '但…應 without 不在此限 is a shall; carried as above'), ('may', '[始得]', '', '', '公司', '始得 a may; 並於完成後 attaches to it; 稅捐稽徵機關 is the one who checks (after 經), not the bearer')],
  51: [('may', '[得]劃去', '寄件人', '', '', 'hard: 但…得 without 不在此限 is a may; 即予劃去 of the first sentence has no cue; N[condition]者 keeps N -> bearer 寄件人; alternative bearer empty carried 郵政機關; 「航空郵簡」 quoted')],
  52: [('shall', '[應]與', '^[記帳士]', '', '', '並將委任書…附送 under the same 應')],
  53: [('shall', '至少[應]有二種', '', '', '', 'thing subject (the spaces); lead-in 旅客空間、船員空間…之空間，應具有… names no actor -> carried empty'), ('shall', '其中至少[應]有一種', '', '', '', 'second shall, thing subject')],
  54: [('may', '[得]連任', '^[縣參議員]', '', '', '')],
  55: [('shall', '[應]按', '', '', '各機關', 'hard: thing subject (加班費); the staff are beneficiaries; the paying agency is named inside the compound 各機關人員 -> carried 各機關; alternative carried empty')],
  56: [('shall', '[應]指定', '財政部', '', '', 'first sentence: 由財政部…核定或調整之 no cue; the company (其) is the patient of the condition'), ('shall', '[應]廢止', '財政部', '', '', 'hard: 逾期未完成增資者 is a condition (the company as patient); the second 應 of the same sentence shares 財政部')],
  57: [('shall_not', '[不得]少於委員', '', '', '中央主管機關', 'hard: the proportion of experts is the subject (the persons are counted, as fresh74 b 8); para 1 right before names 中央主管機關 as the one who forms the panel -> carried; alternative carried 評審小組'), ('shall_not', '[不得]少於三分之一', '', '', '中央主管機關', 'after ；, thing subject (性別比例), carried as above; 由委員互選 no cue')],
  58: [],
  59: [('may', '[得]由', '診斷醫師', '', '', 'agent after 得由; the insured is the beneficiary; 未持有 no cue')],
  60: [('shall', '[應]自建', '', '', '申請者', 'hard: thing subject (軟體或硬體元件); item 二 heading names no actor; the article lead-in 使用資源之申請者檢具之網路設置計畫 names the applicant -> carried head noun; alternative carried empty')],
  61: [('shall', '人[應]就', '保險人', '', '', ''), ('shall', '[應]敘明', '保險人', '', '', '倘…時 condition; second sentence with its own written subject')],
  62: [('shall', '[應]於核准', '', '', '借款人', 'hard/new: head of the …者 phrase is the loan case (thing); 申請 framing; para 5 right before names 第一項借款人 -> carried; alternative carried empty'), ('shall', '率[應]調整', '', '', '貸款經辦機構', 'hard/new: thing subject (貸款利率); the lender named in the same sentence adjusts -> carried; alternative carried empty'), ('shall', '補貼[應]繳還', '', '', '貸款經辦機構', 'thing subject (利息差額補貼) with the agent inside the topic NP -> carried; alternative bearer 貸款經辦機構')],
  63: [('shall', '[應]於召集', '^[部落會議主席]', '', '', '')],
  64: [('shall', '[應]注重', '', '', '', 'thing subject (本基金之保管及運用); the article names no actor -> carried empty'), ('shall', '並[應]依', '', '', '', '應…並應: second statement, thing subject (其存儲), carried empty')],
  65: [],
  66: [],
  67: [('shall', '[須]依限', '主管人員', '', '', '應辦事項 attributive; 須 modal')],
  68: [('shall', '[應]採取', '^[雇主]', '', '', 'subject of the …時 clause; lead-in itself a statement')],
  69: [('shall', '[應]注意', '^[各國營事業機關]', '', '', 'subject of the …時 clause; 各 kept')],
  70: [('shall', '[應]將', '^[期貨交易輔助人]', '', '', '')],
  71: [('may', '並[得]辦理', '^[植物診療師]', '', '', '除執行前項簽證業務外，並得 is additive (besides), not an exception; no cue inside the 除…外')],
  72: [('shall', '[應]向', '^[審判長]', '', '', 'N[condition]者 keeps N; 並給予…機會 under the same 應')],
  73: [('exception', '[不在此限]', '', '', '', 'item of disqualifications (lead-in 會員有下列情事之一者，不得登記為…候選人); the item itself has no operator; 但…不在此限 is an exception')],
  74: [('may', '[得]隨時', '^[內政部、相關權責警察機關與文化部]', '', '', 'coordination kept whole; subject of the …時 clause'), ('shall_not', '[不得]規避', '影視事業', '', '', '得…，不得 with its own subject'), ('shall', '[應]即通知', '', '', '內政部、相關權責警察機關與文化部', 'hard: after ； no subject; the one who finds faults is the inspecting coordination named in the same sentence (not 影視事業 of the clause right before) -> carried whole')],
  75: [('shall', '[應]於場所外', '設施經營者', '', '', 'lead-in itself a statement; 下列輻射工作場所 topic')],
  76: [('shall', '[應]以網路分別', '^[法院、醫療機構、檢察機關、軍事檢察機關]', '', '', 'coordination kept whole; subject of the …後 clause'), ('shall', '[應]再以', '', '', '司法院、衛生福利部、法務部、國防部', 'hard/new: bare pronoun 其 (subject of the …後 clause) is no bearer -> carried what it resumes, kept whole; 並由移民署辦理登記 cue-less embedded 由X clause under the same 應; alternative a second shall with bearer 移民署')],
  77: [('may', '[得]請', '', '', '', 'thing subject of the …時 clause (到場人數); 到場人員 are the ones asked; para 1 right before (說明會應於…召開) names no organiser -> carried empty')],
  78: [('may', '者，[得]申請註記', '持中華民國一百零七年十月十六日起核發之教師證書者', '', '', 'hard/new: 已取得…條件 is a qualification shared by both cases; the 持…者 headless phrase sorts the case and is kept whole; alternative bearer the whole phrase from 已取得'), ('may', '者，[得]申請核發', '持一百零七年十月十五日以前核發之教師證書者', '', '', 'after ；, headless agentive 持…者 phrase is the only subject, kept whole; 取得 false friend')],
  79: [('shall', '[應]依前項', '', '', '漁會', 'hard/new: the offices of the …時 clause are the vacancies (patients); 漁會 possessor inside that NP -> carried; 再互選 under the same 應; alternative bearer 漁會理事長、常務監事')],
  80: [('shall', '[應]就', '^[地面站經營者]', '', '', '報請…核准後公告實施 under the same 應; 變更時亦同 not labelled')],
  81: [('may', '[得]依', '各級政府機關', '', '', '於必要時 condition; 並給予適當之補償 under the same 得 (one statement); 依…指示: the commander is not the bearer')],
  82: [('shall', '者，[應]簽署', '^[審核小組委員]', '', '', 'N[condition]者 keeps N; 應聘 false friend')],
  83: [('shall', '[應]檢具', '', '', '', 'framing activity 申請驗證核章 (no noun naming the applicant); thing subject of the …者 condition (合格證明); one-paragraph article -> carried empty')],
  84: [('shall', '[應]以適當', '', '', '', 'thing subject (區分); lead-in 槽櫃之屬具、安全裝置等，依下列規定 names no actor -> carried empty; 經航政機關或驗船機構認可: party after 經 not the bearer; 免予 no cue'), ('shall', '端[應]突出', '', '', '', 'second statement with its own thing subject (管之開口端); 並不致使… under the same 應; 管口並裝設… new sentence without cue')],
  85: [('shall', '[應]依中央', '', '', '', 'thing subject (計算方法); para 1 right before names no actor -> carried empty'), ('exception', '[不適用]', '', '', '', '…不適用前項規定 is an exception')],
  86: [('shall', '[應]本調劑', '縣政府', '', '', 'hard/new: 由縣政府訂定 is the verb phrase the 應 governs (應…由X) -> agent after 由 is the bearer; 由縣統籌分配…之款項 topic; alternative bearer empty, carried 縣政府'), ('shall_not', '[不得]低於', '', '', '縣政府', 'after ；, thing subject (依公式分配之款項); the distributor named in the same sentence -> carried')],
  87: [('shall_not', '[不予]處罰', '', '', '', 'hard: 但…不予 without 不在此限 is a shall_not; the persons are patients; the lead-in (…者，處…罰鍰) names no punisher -> carried empty; 盡查證義務 noun without 負; the item itself has no operator')],
  88: [('may', '[得]不受', '', '', '華僑', 'hard/new: topic-comment 華僑…者，其…價值，得不受限制 -> bearer empty, carried 華僑; alternative carried 海關 (lead-in actor); 得不 one may at 得; 應稅 attributive')],
  89: [('may', '股東會[得]修改', '股東會', '', '', '發起人所得受之特別利益: 得 inside a NP (attributive), not labelled'), ('shall_not', '但[不得]侵及', '', '', '股東會', 'new sentence without subject -> carried; 但…不得 without 不在此限 is a shall_not; 既得 false friend')],
  90: [('shall', '[應]指定', '試驗委託者', '', '', 'item writes its own operator')],
  91: [('shall', '[應]即採取', '^[礦業主持人]', '', '', 'subject of the …時 clause; 應即 one cue')],
  92: [('shall', '[應]於每一', '^[管理機關及委託代管機構]', '', '', 'coordination kept whole; 呈報… under the same 應')],
  93: [('shall_not', '[不得]飛越', '本國民用航空器', '', '', 'hard: the aircraft as regulated unit is kept as bearer (as 船舶); 非經國防部之特許: party after 經 not the bearer'), ('may', '[得]許其', '', '', '國防部', 'hard/new: 但…得 without 不在此限 is a may of the permitting authority; the aircraft (其) is the patient; the grantor of 特許 named in the same item -> carried; alternative carried empty')],
  94: [('may', '[得]參加', '現職人員', '財政部關稅總局暨所屬機關編制內應具任用資格之現職人員', '', 'N[condition]者 keeps N; 應具任用資格之 attributive inside the restrictive modifier')],
  95: [('shall_not', '[不得]超過', '', '', '各級人民團體', 'thing subject (監事名額) with the possessor inside the topic NP -> carried; 各級 kept')],
  96: [('shall', '書[應]包括', '', '', '學生申評會', 'thing subject (評議決定書); para 1 right before names 學生申評會 as the one who deliberates and issues the 評議書 -> carried'), ('shall', '亦[應]做成', '', '', '學生申評會', 'second statement, thing topic (不受理之申訴案件, 不受理 attributive without 不予); carried as before; 明列 under the same 應')],
  97: [],
  98: [('shall', '[應]在各該', '', '', '', 'hard: thing subject (數量); the firms are patients; para 1 names 貿易局 only as the approver, para 3 names 紡拓會 -> carried empty; alternative carried 貿易局')],
  99: [],
  100: [('shall', '[應]載明', '', '', '', 'hard: thing subject (營業計畫書); the plans of para 1 and para 2 are drafted by different applicants (發起人 / 國際知名信用評等機構) -> not one actor, carried empty; alternative carried 國際知名信用評等機構')],
  101: [],
  102: [('shall', '[應]考量', '受理機關', '', '', '申請測繪成果之收費 topic')],
  103: [],
  104: [],
  105: [],
  106: [('may', '[得]扣抵', '', '', '個人', 'hard/new: 但有…所得者 is a condition on the individual named in the first sentence; topic (其…所得稅) -> bearer empty, carried 個人; alternative carried the …者 phrase; 但…得 without 不在此限 is a may; 所得 false friend'), ('shall_not', '[不得]超過', '', '', '個人', 'new sentence, thing subject (扣抵之數) -> carried 個人')],
  107: [],
  108: [('may', '僱用人[得]於', '僱用人', '', '', '但…得 without 不在此限 is a may; 取得 false friend in the first sentence')],
  109: [('may', '[得]依本法宣告臨時', '陸海空軍最高司令官', '該地陸海空軍最高司令官', '', 'determiner 該地 to bearer_full; 應付 false friend (應付非常事變 inside the 時 condition)'), ('may', '[得]由', '部隊長', '陸海空軍分駐團長以上之部隊長', '', 'after ；, agent after 得由 is the bearer; restrictive modifier to bearer_full')],
  110: [],
  111: [('shall_not', '[不予]宣告', '', '', '', '不予 is a shall_not; thing topic (犯罪所得, false friend); the court is not named -> carried empty')],
  112: [('shall', '[應]由另一', '', '', '', '應由 + 電路: the circuit is a source, not an agent -> thing subject (用電設備); lead-in 配電盤及配電箱之裝置依下列規定辦理 names no actor -> carried empty; 供應 inside 由…供應 is the verb; 且…為…回路 no cue'), ('may', '值[得]容許', '', '', '', 'hard: 額定值得容許 = 額定值 + 得容許 (not the false friend 值得); 但…得 without 不在此限 is a may with a thing subject; 可能 no cue')],
  113: [('shall', '[應]採取', '', '', '人力供應業者', 'thing topic (個人資料處理) with the possessor inside the topic NP -> carried; alternative bearer 人力供應業者; 供應 inside the name')],
  114: [],
  115: [],
  116: [],
  117: [],
  118: [],
  119: [],
  120: [('may', '[得]依申報辦法', '', '', '地方主管機關', 'hard/new: 公私場所 is inside the …者 condition and the patient of the recognition; lead-in 地方主管機關認可…之依據如下 names the actor -> carried; alternative bearer 公私場所; 無須 false friend')],
}
