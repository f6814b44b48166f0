# fresh75: seed 6730001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind in session 55 (2026-12-08) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in their own file; their notes keep that numbering). Neither saw csquery obligation output.
#
# ---- reader a ----
# o75: reader a, provisions 1-60 of the sample seed 6730001, from /work/eval/o75/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-08 (session 55).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the 除…外 of 13 is additive with no inner cue, the 除…外 of 49 carves vouchers
# out of the 應) and the conventions in the headers of fresh72-labels.py, fresh73-labels.py and fresh74-labels.py,
# whose LABELS entries were read for the format; a few notes of other freshNN-labels.py files were grepped for
# precedents (並得 after ；, 禁止 as the content of an order, headless …者 phrases beginning with 依).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh72/fresh73/fresh74):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 得…並得 / 應…，始得(方得) / 不得…，不得 are two statements; after ； or in a new sentence a clause
#   without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in (also the article lead-in above a nested list) or the paragraph right before clearly
#   names the actor, else '' (an actor named only in a later paragraph, another item or a paragraph further up is
#   not carried); carried gives the head noun (a headless …者 phrase kept whole); a framing activity (no noun
#   naming the agent) is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; restrictive 之-modifiers go to bearer_full; the subject of a …時 clause is the bearer
#   when the main clause has none; the agent after 應由 / 得由 is the bearer; the party after 經 (who approves) and
#   the recipient are not the bearer; the holder named as subject of 持有 is the bearer (as fresh73 a 47).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 除…外 that only adds is not labelled; 但…得 / 但…不得 / 但…須 without
#   不在此限 are a may / shall_not / shall; 方得 is a may.
# - not labelled: attributive 應X之 / 應X NP (應秘密之文書, 應遵行事項, 應載明事項, 應補徵案件, 應具備之有關資料,
#   應受送達人), cues inside …時 conditions (得提起異議之訴時, 須就診私人醫院時), 禁止 as the content of an order
#   governed by 得令 (as the precedent '禁止 is only the content of the notice'), 由…定之 / 由…負擔 without a cue,
#   適用 (not 不適用), 以…為限, 但…按…辦理 without a cue; false friends 取得, 應變, 需.
# New conventions decided here:
# - 3 (債務人或第三人就強制執行事件得提起異議之訴時，執行法院得指示…): the first 得 restates a right inside a …時
#   condition -> not labelled; only the court's may.
# - 13 (long article on temporary staff): 須就診私人醫院時 is a condition (not labelled); 其醫藥費得由服務機構全數支付
#   -> may, bearer 服務機構 (agent after 得由); 除喪葬費仍照發給外，得一次核給…卹葬費 -> the 除…外 is additive
#   (besides), not an exception; the deceased staff are beneficiaries, the granting body is not named in the
#   sentence -> bearer '', carried ''; alternative carried 服務機構 (payer named in the earlier sentences).
# - 49 (會計法 第62條第1項: 除本條第二項及第三項之轉帳傳票外，各種傳票…，設有明細分類帳簿者，並應同時記入…): the
#   除…外 excludes the transfer vouchers of paras 2-3 from the duty (they are made from ledger totals), 並 goes with
#   同時 ("also"), so it is a carve-out, not the additive 除…外，並應 of GUIDE.md -> exception at 除 plus the shall;
#   the bookkeeper is not named -> carried ''; alternative no exception (additive reading).
# - 27 (應受送達人拒絕收領而無法律上理由者，得將前項文書置於送達處所): 應受送達人 is a noun (person to be served),
#   not modal; the addressee is the patient; para 1 right before names 警察人員 in items 一/二 but also 郵務送達 in
#   item 三 -> the server is not clearly one actor -> carried ''; alternative carried 警察人員.
# - 28 (本處對外公文，以經濟部名義行之。但關於左列事項得由處行文): 但…得 without 不在此限 is a may, bearer the agent
#   after 得由 as written (處); the first sentence has no cue.
# - 29 (sub-item （四）…被投資公司…者，得僅揭露…): the …者 phrase sorts the investee cases; 保險業, agent inside the
#   topic NP (保險業直接或間接控制之被投資公司) and preparer of the report -> carried 保險業; alternative carried ''
#   (the article lead-in has the thing subject 財務報告附註).
# - 42 (縣參議會開會期內，得客縣政府調用人員; 客 read as 咨): the council named in the time phrase is the one who asks
#   -> bearer 縣參議會 (as the subject of a …時 clause); alternative bearer '' carried 縣參議會.
# - 5 (sub-item （四）寬度不得凸出於罐槽體長徑 under item 十五 (新登檢車輛，應裝設…防翻滾裝置) under the article
#   lead-in 本辦法檢驗機構辦理本檢驗…並應依下列規定辦理): thing subject; the item lead-in names no actor, the article
#   lead-in above the nested list names 檢驗機構 as the one who applies the rules -> carried 檢驗機構; alternative
#   carried '' (17 and 25, whose lead-ins name no actor, get carried '').
# - 52 (軍事審判官依前項規定將案件移出或移入者，應補分或減分相同數額之訴訟案件): the judge is the one to whom cases
#   are allocated (patient); the allocating office is not named -> bearer '', carried ''; alternative bearer
#   軍事審判官 (N[condition]者).
# - 60 (「加油票」應說明…，各加油站應核明…相符後方得加油): the 應 after a quoted name is outside 「」 -> labelled,
#   thing subject, issuer not named -> carried ''; 方得 a may sharing 各加油站.
# - 45 (依前項規定申請免訓者，應填具…): headless agentive …者 phrase kept whole including 依前項規定 (as the
#   precedent bearers 依前項第三款規定遴任者, 依第三項規定向本會申請經同意者); 由各服務機關（構）函報 no own cue.
# - 6 (…得對…；並得劃定…。但不得逾越…，且應以…): 並得 after ； is a second may with bearer '' carried 安維人員; the
#   但…不得 and 且應 of the next sentence likewise carried.
# - 1 (罷免案經否決者，…不得再以同一理由提出罷免): thing head (罷免案); the proposers are not named -> bearer '',
#   carried ''.
# - 38 (票券金融公司持有外幣有價證券部位，不得超過…): holder of 持有 is the bearer (as fresh73 a 47); alternative
#   bearer '' carried 票券金融公司.
# Provisions with no statement: 11 (item of cases; 取得), 15 (應秘密之 attributive; 由…定之 no cue), 20 (應遵行事項
# attributive; 由…定之), 31 (應補徵案件 attributive), 36 (應具備之 attributive).
#
# ---- reader b (its numbers + 60 here) ----
# o75: reader b, provisions 1-60 of the sample seed 6730001, from /work/eval/o75/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-08 (session 55).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set -- the 除…外 of 13 and 39 carve exceptions out of a statement of the same
# sentence and hold no cue) and the conventions in the headers of fresh72-labels.py, fresh73-labels.py and
# fresh74-labels.py, whose LABELS entries were read for the format; the notes of other freshNN-labels.py files were
# grepped for two precedents (告訴乃論 -- none found; 除…外 carving out of a 不適用).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh72/fresh73/fresh74):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…並應 / 應…，並得 / 得…，並得 / 應…，且不得 are two statements; after ； or in a new sentence a clause
#   without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or an agent named in the same
#   sentence), its list lead-in or the paragraph right before clearly names the actor, else '' (an actor named only
#   in a later paragraph, another item, a paragraph further up or only inside a definition is not carried); carried
#   gives the head noun; topic-comment X…，其Y…，得… gives bearer '' and carried X; a framing activity (no noun naming
#   the actor) is no bearer.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 phrase in a
#   list item whose lead-in names the actor only sorts the cases (carried from the lead-in); coordinated subjects are
#   kept whole; determiners (其) and restrictive 之-modifiers go to bearer_full; 本會 / 各 kept as fixed modifiers;
#   the agent after 應由 / 得由 is the bearer; the party after 經 (who approves) and the recipient are not the bearer.
# - 但…不在此限 is an exception (also when the statement it limits has no cue); …不適用… is an exception (cue 不適用);
#   除…外 carving out of a statement of the same sentence is an exception (cue 除), also out of a 不適用; 不予 is a
#   shall_not; 始得 is a may; penalty 得併科 is a may with no bearer (the court is not named).
# - a list item that writes its own operator is labelled even under a lead-in that is itself a statement; a modal
#   inside a definition item is labelled (as fresh73 a 40 / fresh74 a 48).
# - not labelled: attributive 應X之 NP (應負擔之義務, 應繳納之土地增值稅), cues inside …者 conditions (依法應由…辦理者,
#   應予退還…者), 由…辦理 / 由…一併繳納之 / 由…編列支應 without a cue, 准予, 視為, 亦同, 不受…之限制, 予以 without a
#   cue, penalties as facts (處…有期徒刑…或科或併科 without 得); false friends 因應, 取得, 所得, 應用, 應付 (應付帳款,
#   應付未付), 應變.
# New conventions decided here:
# - 7 (前項之罪須告訴乃論): 須 read as modal (the crime shall be prosecuted only upon complaint, a procedural
#   requirement) -> shall, thing subject, prosecutor / complainant not named -> bearer '', carried ''; alternative
#   not labelled (a classification of the crime).
# - 30 (本會委員應親自出席會議，開會時應有全體委員過半數之出席始得開議): the quorum clause has the meeting as implicit
#   topic; sharing the written 本會委員 would make the members bear the quorum -> bearer '', carried 本會 (named in
#   本會委員 and in para 1 本會會議) for both the shall at 應 and the may at 始得 (quorum rule as fresh73 b 22);
#   alternative bearer 本會委員 (shared) for both.
# - 13 (被保險人或其受益人於前項期限內請領本保險給付者，除本法另有規定外，應依保險事故發生時之規定辦理): N[condition]者
#   keeps N -> bearer 被保險人或其受益人 (coordination kept whole); alternative bearer '' (the insurer, not named,
#   handles the claim). 除本法另有規定外 carves out of the 應 -> exception at 除.
# - 19 (合併後取得土地學校法人解散時，經記存之土地增值稅，應優先於一切債權及抵押權受償): thing subject (the tax);
#   the dissolving school legal person, subject of the …時 clause of the same sentence, is the debtor whose estate
#   pays -> bearer '', carried 學校法人; alternative carried '' (the payee tax office is not named). 應繳納之 is
#   attributive; 准予記存 / 由…一併繳納之 no cue.
# - 41 (專聘教師…表現優良者，得一次再聘六年或依其意願參加專任教師甄選): the teacher is patient of 再聘 but agent of
#   參加甄選; the written subject N[condition]者 is kept -> bearer 專聘教師; alternative bearer '' (carried '').
# - 40 (前項申請者，其成立未滿三年…，得為優先補助之對象): the applicant is the beneficiary (may be a priority
#   object of the grant), the grantor is not named in the article -> bearer '', carried ''; alternative bearer 申請者.
# - 47 (前項土地如不能以交換方式處理者，得依法予以出售): thing subject; para 1 right before names 各農場 as possessor
#   inside its topic NP (各農場坐落都市計畫區內公有土地之處理) -> carried 各農場; alternative carried '' or 本會 (named
#   only in para 3, later).
# - 5 (item （三）未設前二目設施者，應委託…處理 under 屠宰場之一般設施應符合下列規定): the …者 phrase sorts the cases,
#   the lead-in names 屠宰場 as possessor inside its topic NP -> bearer '', carried 屠宰場; alternative bearer
#   未設前二目設施者 (headless agentive phrase).
# - 9 (item of 鮪延繩釣漁船單一航次電子漁獲回報與實際卸魚量之差值，應符合下列規定: 不得超過…百分之十): thing subject;
#   the vessel, possessor inside the lead-in's topic NP and the regulated unit that reports -> carried 鮪延繩釣漁船;
#   alternative carried ''.
# - 20 (第一項訪視及考核結果，應於結束後三個月內公告，並得作為中央主管機關經費補助之依據): 應 and 並得 are two
#   statements with the same thing subject; the central authority, named in the same sentence (and the evaluator of
#   para 1), is carried for both; alternative carried '' for the 應. After ；, 提供…輔導及協助 has no cue.
# - 21 (第一項英文提供信函應敘明下列事項): the drafter (稅捐稽徵機關或財政部賦稅署) is named only in para 1, two paragraphs
#   up (para 2 right before names none) -> carried '' (as fresh72 b 25); alternative carried the para 1 coordination.
#   Likewise 54 (第一項經費來源…得以舉借債務…方式辦理): 中央政府 only in para 1 -> carried ''.
# - 42 (item 一 土地之計價…。無主管機關評定價格者，由各機構…估計之。如土地係購入者，應依其購入價格): thing subject;
#   各機構, named in this same item as the one who values the land -> carried 各機構; alternative carried ''.
# - 48 (definition sub-item （八）應付再保賠款與給付：係應付未付之再保給付，應依…妥為估計): 應付 false friend
#   (twice); the modal 應依 is labelled, thing subject; 人身保險業 is named only inside the definition of item 一 (the
#   sub-item's lead-in) -> carried ''; alternative carried 人身保險業.
# - 4 (公私場所不得以任何方式妨礙、禁止專責人員參加…): 禁止 is one of the verbs governed by 不得 (not the operative
#   verb) -> one shall_not.
# Provisions with no statement: 2 (應由…辦理 inside a …者 item of cases, restating a duty laid down 依法), 3
# (definition; 因應; 申請 no cue), 8 (應予退還 inside a …者 condition; 如下 no cue), 34 (由…送請…辦理 no cue; 取得),
# 38 (取得), 43 (penalty as a fact, 科或併科 without 得; 取得), 44 (應用), 51 (取得), 52 (取得; qualification item
# without operator), 55 (取得), 56 (應付…, false friends), 57 (取得), 60 (因應).
LABELS = {
  1: [('shall_not', '[不得]再行', '^[合作社社員代表、理事、監事、理事會主席或監事會主席]', '', '', 'coordination kept whole; 經罷免後 time condition'), ('shall_not', '[不得]再以', '', '', '', 'hard: new sentence, 罷免案經否決者 has a thing head (the recall motion); the proposers are not named -> bearer empty, carried empty; 被申請罷免人 is the patient')],
  2: [('may', '[得]酌留', '', '', '', 'thing topic (屍體); the dissector is not named in the article -> carried empty')],
  3: [('may', '[得]指示', '執行法院', '', '', 'hard: 債務人或第三人…得提起異議之訴時 restates a right inside a …時 condition -> not labelled; 或諭知債權人… / 即由執行法院撤銷 under the same 得')],
  4: [('may', '[得]經', '^[各級主管機關]', '', '', '經…書面同意: the persons whose consent is needed are not the bearer; 為協助推展 purpose clause')],
  5: [('shall_not', '[不得]凸出', '', '', '檢驗機構', 'hard: thing subject (寬度 of the anti-roll device); item 十五 lead-in names no actor, the article lead-in 本辦法檢驗機構辦理本檢驗…並應依下列規定辦理 names the body applying the rules -> carried; alternative carried empty')],
  6: [('may', '[得]對', '^[安維人員]', '', '', 'subject of the …時 clause'), ('may', '並[得]劃定', '', '', '安維人員', 'after ；, 並得 second may without subject -> carried from the clause before'), ('shall_not', '但[不得]逾越', '', '', '安維人員', '但…不得 without 不在此限 is a shall_not; new sentence, carried'), ('shall', '且[應]以', '', '', '安維人員', '且應: a second statement of the 但 sentence, carried')],
  7: [('may', '[得]分組', '調解會', '', '', '應載明事項 attributive; 由中央主管機關定之 no cue')],
  8: [('shall', '[應]載明', '', '', '本院', '准許閱覽者 condition (the cases); lead-in 本院對於申請案件，應…依下列各款規定以書面通知申請人 names the actor -> carried; 並副知 under the same 應')],
  9: [('shall', '[應]低於', '', '', '', 'thing subject (熱傳透率 of the building); no actor named -> carried empty')],
  10: [('shall', '[應]由', '收件人', '', '', 'agent after 應由; 將內件點驗…簽收 under the same 應; 郵局責任即為終了 no cue; 但寄往國外者，按…辦理 has no cue (no 不在此限), not labelled')],
  11: [],
  12: [('may', '[得]續聘', '', '', '', 'directors / supervisors are patients; the appointer (行政院院長) is named only in 第6條 -> carried empty'), ('shall_not', '[不得]超過', '', '', '', 'thing subject 續聘人數'), ('shall_not', '[不得]少於', '', '', '', '不得…，不得: second statement, same thing subject')],
  13: [('shall', '[應]至', '^[臨時員工]', '', '', 'N[condition]者 keeps N; 需治療 需 no cue; 如已參加…保險 condition'), ('may', '[得]由服務機構全數', '服務機構', '', '', 'hard: 但…得 without 不在此限 is a may, bearer the agent after 得由; 須就診私人醫院時 is inside a …時 condition, not labelled; 醫藥費由服務機構負擔 no cue'), ('may', '[得]一次', '', '', '', 'hard/new: 除喪葬費仍照發給外 is additive (besides), not an exception; the deceased staff (…者) are beneficiaries; the granting body is not named in the sentence -> carried empty; alternative carried 服務機構')],
  14: [('shall', '[應]評估', '^[開發單位]', '', '', 'after ；, 配合…訂定緊急應變計畫… has no new cue, under the same 應; 應變 false friend')],
  15: [],
  16: [('shall', '[應]採取', '^[檢驗機構]', '', '', 'lead-in itself a statement')],
  17: [('shall_not', '[不得]接近', '', '', '', 'thing subject (裝置位置); lead-in 配電盤及配電箱裝置場所依下列規定辦理 names no actor')],
  18: [('shall', '[應]依', '^[事業及再利用機構]', '', '', 'coordination kept whole')],
  19: [('shall', '[應]會同', '^[中央主管機關]', '', '', '及督導… under the same 應; 有關機關 is a co-actor after 會同, not the bearer')],
  20: [],
  21: [('shall', '[應]採取', '^[補習班]', '', '', 'subject of the …時 clause / sentence')],
  22: [('shall', '[應]將', '^[本行]', '', '', '')],
  23: [('may', '[得]依', '', '', '', '依事先核配方式辦理者 is a condition (the cases); the allocating authority is not named, para 1 right before names none -> carried empty')],
  24: [('shall', '[應]符合', '', '', '', 'thing subject (廢潤滑油…作為潤滑油品者); paragraph lead-in 廢潤滑油經處理後所產生油品之使用方式，應符合下列規定 names no actor; 廢潤滑油處理業 only in item 一 -> carried empty')],
  25: [('shall', '[應]為', '', '', '', 'thing subject (彎曲處內側半徑); lead-in MI電纜彎曲時… names no actor')],
  26: [('exception', '[不適用]', '', '', '', '…不適用本辦法 is an exception')],
  27: [('may', '[得]將', '', '', '', 'hard/new: 應受送達人 is a noun (not modal); the addressee is the patient; para 1 right before names 警察人員 (items 一/二) and 郵務送達 (item 三) -> server not clearly one actor -> carried empty; alternative carried 警察人員')],
  28: [('may', '[得]由', '得由[處]行文', '', '', 'hard: 但…得 without 不在此限 is a may; bearer the agent after 得由 as written; the first sentence (以經濟部名義行之) has no cue')],
  29: [('may', '[得]僅揭露', '', '', '保險業', 'hard/new: the …者 phrase sorts the investee cases; 保險業 (agent inside the topic NP, preparer of the report) -> carried; alternative carried empty')],
  30: [('shall', '[應]訂定', '', '', '旅行業', 'framing …時 clause without subject; lead-in 旅行業應採取下列資料安全管理措施 -> carried')],
  31: [],
  32: [('may', '[得]續聘', '', '', '召集委員', 'the members are patients; para 1 right before (其餘委員由召集委員…遴聘之) names the appointer -> carried')],
  33: [('shall', '[應]注意', '', '', '', 'framing activity (裝載…貨物), no noun naming the agent; first paragraph -> carried empty; 在裝卸載前後採取… under the same 應')],
  34: [('may', '[得]令', '主管機關', '', '', '禁止移動 is the content of the order (the owner is ordered), not a shall_not of its own; 農產品經營者或所有人 are the addressees')],
  35: [('shall', '[應]加強', '', '', '各級警察機關', 'topic of times / places; para 1 right before (各級警察機關…應實施勤務督導及獎懲) names the actor -> carried')],
  36: [],
  37: [('shall', '[須]另取得', '', '', '申請成為驗證機構者', '但…須 is a shall (qualification); 申請之產品領域…者 is a condition; lead-in 申請成為驗證機構者（以下簡稱驗證機構申請人），應具備下列資格 -> carried the headless …者 phrase whole; alternative carried 驗證機構申請人; the first part of the item has no operator')],
  38: [('shall_not', '[不得]超過', '、[票券金融公司]持有', '', '', 'hard: the holder named as subject of 持有 is the bearer (as fresh73 a 47); alternative bearer empty, carried 票券金融公司')],
  39: [('may', '[得]依', '開發單位', '', '', '…者 condition on the 開發行為 (thing); 其內之各開發行為，適用第一項規定 has no cue (適用, not 不適用)')],
  40: [('may', '[得]提出', '^[監察院]', '', '', '經各該委員會之審查及決議: party after 經 not the bearer; 移送…促其注意改善 under the same 得')],
  41: [('may', '[得]申請就讀', '', '', '', 'no subject written; lead-in 暫緩入學之…教育服務方式如下 names no actor; 法定代理人或實際照顧者 only in item 一 -> carried empty; 經鑑輔會鑑定: party after 經 not the bearer'), ('may', '並[得]依', '', '', '', '得…並得: two statements')],
  42: [('may', '[得]客', '^[縣參議會]', '', '', 'hard/new: 客 read as 咨 (ask); the council named in the time phrase 縣參議會開會期內 asks -> bearer (as the subject of a …時 clause); 縣政府 is the addressee; alternative bearer empty carried 縣參議會')],
  43: [('shall', '[應]於', '主管機關', '', '', '所有人或持有人 are the recipients')],
  44: [('shall', '[應]按', '^[共保組織會員]', '', '', 'subject of the …時 clause, compound kept whole; 屆時…仍由該會員繼續承擔 no own cue')],
  45: [('shall', '[應]填具', '^[依前項規定申請免訓者]', '', '', 'hard: headless agentive …者 phrase, the only subject, kept whole (as precedent 依前項第三款規定遴任者); 由各服務機關（構）函報 embedded 由X clause without a cue, under the same 應')],
  46: [('shall', '[應]依', '', '', '', 'thing topic (石綿瓦廢棄物之貯存清除處理); single-paragraph article names no actor')],
  47: [('shall', '[應]設', '^[高級中等以下學校主管機關]', '', '', '其任務如下 no cue')],
  48: [('may', '[得]就', '^[各級主管機關]', '', '', ''), ('may', '並[得]要求', '各級主管機關', '', '', '得…並得: second statement, same sentence, shared bearer'), ('shall_not', '[不得]規避', '飛行運動業', '', '', 'after ；, own subject')],
  49: [('exception', '[除]本條', '', '', '', 'hard/new: 除本條第二項及第三項之轉帳傳票外 carves those vouchers out of the 應 (並 goes with 同時), not the additive 除…外，並應; alternative not labelled'), ('shall', '[應]同時', '', '', '', 'thing subject 各種傳票; 設有明細分類帳簿者 condition; the bookkeeper is not named -> carried empty')],
  50: [('shall', '[應]予併計', '', '', '', 'thing subject (年資); the staff are patients; the computing body is not named (as fresh73 a 2) -> carried empty; the first two sentences have no cue')],
  51: [('shall', '[應]依', '', '', '', 'thing subject (規劃設計費與利潤率); the appraiser is not named -> carried empty')],
  52: [('shall', '[應]補分', '', '', '', 'hard/new: the judge who moved cases is the one to whom cases are allocated (patient); the allocator is not named (para 1 names 庭長 / 院長 only as approvers of re-allocation) -> carried empty; alternative bearer 軍事審判官')],
  53: [('shall', '[應]即', '^[仲裁機構]', '', '', '應即 one cue; 通知他方當事人… under the same 應')],
  54: [('shall', '[應]核實', '^[請頒機關（構）]', '', '', 'subject of the …時 clause; 函報 under the same 應; 司法院 recipient')],
  55: [('may', '[得]申請', '^[大陸地區法人、團體或其他機構，或陸資公司]', '', '', 'coordination kept whole; 取得 false friend')],
  56: [('shall', '[應]設置', '^[法院]', '', '', '並與…分別存放 under the same 應')],
  57: [('shall', '[應]備', '^[工廠]', '', '', '登記… / 並申報主管機關備案 under the same 應')],
  58: [('shall', '[應]就', '稅捐稽徵機關', '', '', '執行法院…通知稅捐稽徵機關時 condition; bearer the main-clause subject')],
  59: [('shall', '[應]有', '', '', '審查諮詢委員', 'thing subject (評核結果欄位); 勾選優良者 condition; lead-in 審查諮詢委員填寫換發執照審查表，應遵守下列事項 -> carried')],
  60: [('shall', '」[應]說明', '', '', '', 'hard: the cue follows the quoted name 「加油票」, outside 「」 -> labelled; thing subject; the issuer of the ticket is not named -> carried empty; the first sentence (由車主…加油) has no cue'), ('shall', '[應]核明', '各加油站', '', '', ''), ('may', '[方得]加油', '各加油站', '', '', '方得 is a may (應…方得: two statements), shared bearer')],
  61: [('may', '[得]請求', '證人', '', '', ''), ('exception', '[不在此限]', '', '', '', '但…不在此限')],
  62: [],
  63: [],
  64: [('shall_not', '[不得]以', '^[公私場所]', '', '', '禁止 is one of the verbs governed by 不得, not a separate operator')],
  65: [('shall', '[應]委託', '', '', '屠宰場', 'hard/new: 未設前二目設施者 sorts the cases of the item; lead-in 屠宰場之一般設施應符合下列規定 names 屠宰場 as possessor inside the topic NP -> carried; alternative bearer 未設前二目設施者')],
  66: [('shall', '[應]於下列', '', '', '收容人或其親友', 'thing topic 前項申請; para 1 right before (應由收容人或其親友提出申請書向機關申請之) names the applicants -> carried; 機關 is the recipient; lead-in itself a statement')],
  67: [('shall', '[須]告訴', '', '', '', 'hard/new: 須告訴乃論 read as modal (shall be prosecuted only upon complaint); thing subject 前項之罪, no actor named -> carried empty; alternative not labelled (classification of the crime)')],
  68: [],
  69: [('shall_not', '[不得]', '', '', '鮪延繩釣漁船', 'hard/new: thing subject (差值 of the lead-in 鮪延繩釣漁船單一航次電子漁獲回報與實際卸魚量之差值，應符合下列規定); the vessel, possessor inside the lead-in topic NP and the regulated unit that reports -> carried; alternative carried empty')],
  70: [('shall_not', '[不予]承保', '保險人', '', '', '有下列情事之一者 condition; 不予 is a shall_not')],
  71: [('may', '[得]併科', '', '', '', 'penalty 得併科 is a may, the court is not named; 處…有期徒刑 a penalty as a fact')],
  72: [('shall', '[應]訂定', '^[發行機構]', '', '', '報董事會核准 under the same 應 (董事會 approves, not the bearer); 修正時亦同 no cue')],
  73: [('exception', '[除]本法', '', '', '', '除本法另有規定外 carves out of the 應 of the same sentence'), ('shall', '[應]依', '^[被保險人或其受益人]', '', '', 'hard/new: N[condition]者 keeps N (coordination kept whole); alternative bearer empty (the insurer handles the claim, not named)')],
  74: [('may', '[得]擬具', '申請人', '其申請人', '', 'topic 事件中受害之教育文化機構…者 (a thing); the written subject 其申請人 is a person -> bearer, 其 to bearer_full; 向紀念基金會 recipient')],
  75: [('may', '[得]於依', '^[主管機關]', '', '', '使用者應負擔之義務 is attributive (not a 負…義務 statement)')],
  76: [('shall', '[應]給予', '^[保安處分處所]', '', '', '受處分人 is the beneficiary')],
  77: [('may', '[得]逕依', '證明書之[祭祀公業]', '本條例施行前已核發派下全員證明書之祭祀公業', '', 'restrictive modifier to bearer_full; 視為 no cue')],
  78: [('shall', '[應]編具', '^[各機關]', '', '', '各 kept; 附入單位預算 and the embedded 由主管機關彙編… clause have no cue of their own -> one statement')],
  79: [('shall', '[應]優先', '', '', '學校法人', 'hard/new: thing subject (經記存之土地增值稅); the dissolving school legal person, subject of the …時 clause of the same sentence, is the debtor -> carried; alternative carried empty; 應繳納之 attributive, 准予記存 / 由…一併繳納之 no cue')],
  80: [('shall', '[應]於結束後', '', '', '中央主管機關', 'hard/new: thing subject (訪視及考核結果); the central authority, named in the same sentence and the evaluator of para 1, publishes -> carried; alternative carried empty'), ('may', '並[得]作為', '', '', '中央主管機關', 'hard/new: 應…，並得 are two statements; same thing subject; the central authority named in the same sentence uses the results -> carried; after ；, 提供…輔導及協助 has no cue')],
  81: [('shall', '[應]敘明', '', '', '', 'hard/new: thing subject (英文提供信函) of a lead-in; the drafter is named only in para 1, two paragraphs up (para 2 right before names no actor) -> carried empty (as fresh72 b 25); alternative carried 稅捐稽徵機關或財政部賦稅署')],
  82: [('may', '專業人士[得]為', '專業人士', '', '', '…時 clause and 如…提出不適當問題 conditions; the persons asking are not the bearer'), ('may', '[得]由', '得由[專業人士]直接', '', '', 'new sentence; agent after 得由; parties after 經…之許可 approve, not the bearer; 被害人 is the patient')],
  83: [('may', '[得]拒絕', '被遊說者或其指定之人', '', '', 'coordination kept whole (之-modifier inside a coordination kept); 遊說者未依…者 condition')],
  84: [('shall', '[應]編列', '', '', '保稅工廠', 'thing topic 前項原料; para 5 right before (保稅工廠所使用之原料…) names the bonded factory -> carried; 應課徵平衡稅 inside the condition (attributive) not labelled'), ('shall_not', '[不得]替代', '', '', '保稅工廠', '且不得: second operator, same thing subject -> carried')],
  85: [('shall', '[應]將', '^[雇主]', '', '', '…時 clause subject; 使作業勞工周知 no cue')],
  86: [('shall', '[應]依', '^[系統經營者]', '', '', '')],
  87: [('may', '[得]使用', '^[警察]', '', '', '遇有…，非使用…不能達防護之目的時 condition; 處置或限制其使用 under the same 得')],
  88: [('may', '[得]分級', '', '', '人民團體', 'topic 人民團體之組織區域 (thing); 人民團體 possessor inside the topic NP -> carried; alternative bearer 人民團體; 以…為原則 no cue')],
  89: [('may', '[得]具有', '', '', '外幣清算銀行', 'topic-comment X，其Y得… -> bearer empty, carried X (restrictive 經本行許可之 dropped); alternative bearer 外幣清算銀行')],
  90: [('shall', '委員[應]親自', '^[本會委員]', '', '', '本會 kept as fixed modifier'), ('shall', '開會時[應]有', '', '', '本會', 'hard/new: quorum clause, the meeting is the implicit topic; not shared with 本會委員 -> carried 本會 (named in this sentence and in para 1 本會會議); alternative bearer 本會委員'), ('may', '[始得]開議', '', '', '本會', 'hard/new: quorum rule -> a shall at 應 and a may at 始得 (as fresh73 b 22); 以…為通過 / 取決於主席 no cue')],
  91: [('shall', '亦[應]', '', '', '', 'thing subject (招標文件 of the lead-in 招標文件應載明下列事項); the drafting entity is not named in the article -> carried empty; 其子項有權重者 condition')],
  92: [('shall', '[應]設置', '', '', '', 'thing subject (堆高機之液壓裝置); single-paragraph article names no actor -> carried empty')],
  93: [('may', '並[得]要求', '', '', '監察院', 'item writes its own operator (並 adds to the lead-in); lead-in 監察院…得要求檢送下列文件 names the actor -> carried; 專戶如係…者 condition')],
  94: [],
  95: [('shall', '[應]檢附', '', '', '報名、參賽廣播金鐘獎者', '參賽之廣告為受託製作者 sorts the cases of an item of documents; lead-in headless …者 phrase kept whole -> carried (as fresh74 a 7)')],
  96: [('shall', '[應]載明', '', '', '審議小組', 'thing subject (會議紀錄); para 1 right before (審議小組應製作會議紀錄) names the maker -> carried'), ('shall', '亦[應]列入', '', '', '審議小組', 'new sentence, thing subject (委員…之意見); 經其請求者 condition (委員 requests, not the bearer) -> carried from the clause before')],
  97: [('may', '[得]以書面', '', '', '司法院', 'lead-in 司法院…應就筆試及格者辦理下列事項 names the actor -> carried; 申請人 is the recipient'), ('may', '並[得]要求', '', '', '司法院', '得…，並得: two operators; 申請人或有關人員 are the ones asked')],
  98: [],
  99: [('exception', '[除]有', '', '', '', '除…外 carves out of the 不適用 of the same sentence (exception to the exception, precedent)'), ('exception', '[不適用]', '', '', '', '…不適用第四款第三目…之規定; 客戶或具控制權者為下列身分者 condition')],
  100: [('may', '[得]為優先', '', '', '', 'hard/new: the applicant is the beneficiary (may be a priority grant object); the grantor is not named in the article -> bearer empty, carried empty; alternative bearer 申請者')],
  101: [('may', '[得]一次', '專聘教師', '', '', 'hard/new: N[condition]者 keeps N; the teacher is patient of 再聘 but agent of 參加甄選; alternative bearer empty; 予以加分優待 no cue')],
  102: [('shall', '[應]依其購入', '', '', '各機構', 'hard/new: thing subject (土地之計價); 各機構, named in this item as the one who values land (由各機構…估計之, no cue) -> carried; alternative carried empty; lead-in 財產計價方式依左列規定 names no actor')],
  103: [],
  104: [],
  105: [('shall', '[應]歸還', '', '', '', 'thing subject (the equipment, patient); the acts 竊盜或浮報、隱沒 name no actor (framing activity); 所得 false friend; 原有機關 recipient'), ('shall', '[應]追繳', '', '', '', 'after ；, no subject; the recovering authority is not named -> carried empty')],
  106: [('shall', '[應]考量', '', '', '審議會', 'thing subject (實驗教育計畫…者 condition); para 1 right before (審議會審議實驗教育計畫時，應考量…) names the council -> carried; 並 adds to para 1, the 應 is a statement of its own')],
  107: [('may', '[得]依法', '', '', '各農場', 'hard/new: thing subject (前項土地); para 1 right before names 各農場 as possessor inside its topic NP -> carried; alternative carried empty or 本會 (para 3, later); 所得 false friend; 悉數購買 no cue')],
  108: [('shall', '[應]依分入', '', '', '', 'hard/new: modal inside a definition sub-item labelled; thing subject; 人身保險業 named only inside the definition of item 一 -> carried empty; alternative carried 人身保險業; 應付 / 應付未付 false friends')],
  109: [('shall', '[應]辨識', '', '', '金融機構', 'lead-in 金融機構對於作業委外負最終責任，應…，並依下列規定辦理 names the actor -> carried; 訂定…、確保…、訂定… under the same 應; 應變 false friend')],
  110: [('shall', '[應]依', '^[中央主管機關]', '', '', '擬訂…，會商…，報請…核定後實施，並對外公開 under the same 應; 因應 inside a name; 行政院 approves')],
  111: [],
  112: [],
  113: [('exception', '[不在此限]', '', '', '', '但…不在此限 (the qualification item itself has no cue)')],
  114: [('may', '[得]以舉借', '', '', '', 'hard/new: thing topic (第一項經費來源); 中央政府 is named only in para 1 (para 2 right before names none) -> carried empty; alternative carried 中央政府; 不受…之限制 / 由…編列支應 / 依本條例辦理 no cue')],
  115: [],
  116: [],
  117: [],
  118: [('may', '[得]提供', '^[機場公司]', '', '', '並為收益 under the same 得; 取得 false friend')],
  119: [('shall', '[應]考量', '^[學校（園）]', '', '', '應考量 is modal 應 + 考量 (not 應考); 營造… / 包括… under the same 應')],
  120: [],
}
