# fresh63: seed 5290001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind at the start of session 47 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o63: reader a, provisions 1-60 of the sample seed 5290001, from /work/eval/o63/a/to_label-a.tsv, numbered in file order;
# labelled 2026-12-07 (session 47).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq47start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py and fresh62-labels.py.
# No csquery obligation output, rules, tests, src, grammar or docs seen (only GUIDE.md, the four label files named
# above and labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh62):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence
#   (also a 但 sentence after 。) a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (前項, 每一, 第五條第一項第七款) and restrictive / genitive 之-modifiers go to bearer_full; the subject of a
#   …時/…後/…者 clause is the bearer when the main clause has none (unless it is only a non-actor of the main act);
#   the agent after 應由/得由 is the bearer; an organisational unit or regulated place that acts (檔案室, 值日室) is
#   an actor.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外，並應 / 亦應 is additive; 但…得 / 但…不得 without 不在此限 are a may / a shall_not.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - 應負…責任: one statement, cue 應; 應有…之義務: one statement, cue 應.
# - not labelled: attributive 應X之 inside NPs (應申報之遺產, 所應檢附之文件), cues inside …者 conditions and inside
#   除…外 (經審查應予補正者, 並無應具備…之規定者, 除得自…撥轉…外), 免 / 免予 (免其責任, 免予辦理), 不受…限制,
#   以…為限, 亦同, 由…定之, 由X申請 (no cue), 義務 inside a noun (報驗義務人); false friends 不當得利, 修得, 得有
#   (= obtained, 得有學士學位), 得知, 得獎, 取得, 因應, 支應, 得以 (= so that it can, 內部控制制度得以持續有效實施).
# New conventions decided here:
# - a penalty clause with a written 應 (…者，應按所漏稅額處以…罰鍰; …者，應依本條例第三十二條第四款規定辦理) is a
#   shall; the …者 (the offender) is the patient, bearer ''; the authority is not named, carried ''.
# - a fund named as the subject (作業基金亦應比照辦理) is an actor (the budget rules treat 各基金 as the entities that
#   draft plans), while a fund that is only the possessor of a thing topic (營業基金之專案計畫) goes to carried.
# - a 時 clause whose subject is a compound thing noun naming its holder (聽力師執業執照損壞時) gives bearer ''
#   and carried = the holder.
# o63: reader b, provisions 61-120 of the sample seed 5290001 (numbered 1-60 here), from /work/eval/o63/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-07 (session 47).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq47start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py and fresh62-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh62):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 is two statements; 不得…，並須…，始得 is three (shall_not, shall, may); after ； or in a new sentence a
#   clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (其) and restrictive 之-modifiers go to bearer_full (a 之-modifier inside a coordination is kept in the bearer);
#   the subject of a …時/…後 clause or of a topic / framing clause (…之情形，其…) is the bearer when the main clause
#   has none; the agent after 應由 is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   但…得 / 但…應 / 但…始得 / 但…不得 without 不在此限 are a may / shall / may / shall_not; 但…仍由X…之 (no cue) is
#   not labelled; 始得 is a may; 不予 is a shall_not.
# - not labelled: attributive 應X之 inside NPs (應負責之人, 應申報課稅之所得, 應提出之文件, 應經其審核…之文件,
#   應具資格標準表), cues inside …者 conditions (認應不受理者), a deontic verb that is only the content of another
#   statement (告知該用戶得要求…; 規定…未經核准不得為之), 免 / 免予, 准予, 以…為原則 / 以…為限, 由…定之, 令其,
#   有…之權; false friends 所得 (not 處所得 = 處所 + 得), 取得, 獲得, 得標, 支應, 應用, 適應症, 反應, 對應 (= 對 + 應…之).
# New conventions decided here:
# - 負連帶賠償責任 (civil liability of the media operator) is a liability consequence, not 負…義務: not labelled
#   (as the fresh-file readers who wrote "負賠償責任 is not 負…義務"); 代負…之義務 governed by a preceding 應由 (並…)
#   is part of that one shall statement, not a second 負 statement.
# - 應盡保密義務 is one shall at 應 (not a 負 cue).
# - a prohibition in a list item whose whole item is the content of a measure the lead-in permits (行政院…得…採取下列
#   措施：二、規定…未經核准不得為之) is the content of 規定, not labelled.
LABELS = {
    1: [('may', '[得]視需要', '^[財團法人國際合作發展基金會]', '', '', '依前項規定受託辦理… is part of the subject clause')],
    2: [('shall', '[應]注意', '檔案室', '', '', 'organisational unit that acts; 簽收案卷 is its framing clause')],
    3: [('may', '[得]視需要', '國軍眷村', '', '', 'hard: the village (a community / place) read as the actor that sets up the liaison; 負責 governed by 設置, not a cue')],
    4: [('shall', '[應]於原', '檢查機構', '', '', '最長為二年 has no cue')],
    5: [('may', '[得]依本法', '有給政務人員、民選公職人員及聘用人員', '法定機關編制內有給政務人員、民選公職人員及聘用人員', '', 'coordinated bearer kept whole; 法定機關編制內 restrictive modifier to bearer_full')],
    6: [('shall', '[應]即審查', '直轄市或縣（市）主管機關', '', '', 'subject of the …後 clause; 應即 one cue; 經審查應予補正者 is a condition (not labelled); 通知申請人 has no new cue')],
    7: [('shall', '管轄者，[應]報請經濟部', '', '', '受委託人', 'thing topic 收費費率標準; 受委託人 is the agent inside the topic NP; 工業區屬…者 sorts the cases'), ('shall', '管轄者，[應]報請直轄市', '', '', '受委託人', 'after ；, same topic')],
    8: [('shall', '[應]擔保', '', '', '報名、參賽者', 'list item without subject; lead-in 報名、參賽者，應遵守下列規定; 得獎 false friend')],
    9: [('shall', '[應]經', '', '', '', 'thing subject 下列事項; the board only decides; the protection institution is not named in the article')],
    10: [('shall', '[應]送請', '', '', '法醫官', 'thing subject 報告或其他文書; 法醫官 is the agent inside the topic NP')],
    11: [('shall_not', '[不得]支領', '諮詢委員會成員', '第五條第一項第七款諮詢委員會成員', '', ''), ('may', '但[得]依', '', '', '諮詢委員會成員', '但…得 without 不在此限 is a may; new sentence without a subject -> carried')],
    12: [('shall', '[應]適用', '', '', '', 'thing subject 職等 (附註 of an establishment table); 亦同 not labelled; no actor named')],
    13: [('shall', '[應]退還', '檢驗機關（構）', '', '', 'subject of the …者 clause is the actor of the refund; 報驗義務人: 義務 inside a noun')],
    14: [],
    15: [('shall', '[應]專戶', '', '', '證券集中保管事業', 'thing subject 賠償準備金; para 1 (right before) names 證券集中保管事業; 以下列為限 not labelled')],
    16: [('shall', '者，[應]按所漏', '', '', '', 'hard/new: penalty with a written 應 is a shall; 納稅義務人 is the patient (fined); authority not named; 應申報之遺產 attributive')],
    17: [('shall', '者，[應]揭露個別董事', '', '', '公司', 'list item under （二）公司有下列情事之一，應揭露…; the …者 is a condition'), ('shall', '者，[應]揭露個別監察人', '', '', '公司', 'after ；, same')],
    18: [('may', '機關[得]廢止', '直轄市、縣（市）主管機關', '', '', '取得 false friend')],
    19: [('shall', '[應]冠以', '互助教保服務中心', '', '', 'hard: the centre (an institution) read as the bearer of the naming duty; the founding 法人或團體 appears only inside the required wording')],
    20: [('shall', '檢查[應]作成', '', '', '鐵路機構', 'act topic 完工檢查; para 1 (right before) names 鐵路機構; 備供…查核 same statement')],
    21: [],
    22: [('shall', '[應]以其', '鑑定人', '', '', '')],
    23: [('shall', '[應]具備', '會計師', '', '', 'N[condition]者 keeps N; 並繳納 governed by the same 應')],
    24: [('shall_not', '[不得]少於', '', '', '事業單位及工會', '但…不得 without 不在此限 is a shall_not; subject 委員 is a quota, not the actor; the method is set by 事業單位及工會 named in the sentence before; 由…訂定 has no cue')],
    25: [('shall', '[應]記載', '', '', '', 'thing subject (section 公司組織 of the prospectus); no author named in the article (as fresh62 公司治理應記載下列事項)')],
    26: [('shall', '均[應]以計價', '', '', '證券業', 'thing subject (款項、費用收付…); lead-in 證券業辦理外匯衍生性商品業務…並應依下列規定辦理'), ('exception', '[除]得自', '', '', '', "hard: 除…外 carves the cases paid from the client's own bank / foreign-currency account out of the 應由客戶…辦理 of the same sentence; the inner 得 and 支應 not labelled"), ('shall', '[應]由客戶', '由[客戶]透過', '', '', 'agent after 應由; 其需辦理結匯者 is a condition'), ('shall_not', '[不得]委託', '由[客戶]透過', '', '', 'second cue of the same sentence shares the written bearer')],
    27: [('shall', '並[應]考量', '審議小組', '前項審議小組', '', 'subject of the …時 clause; 除…外，並應 is additive')],
    28: [('shall_not', '[不得]同時', '公證人', '每一公證人', '', '')],
    29: [('may', '[得]攜帶', '', '', '', 'thing subject 危險物品; 航空器所有人或使用人 only consent; the maintenance / cleaning workers are not named'), ('shall', '[應]將', '', '', '', 'new sentence without a subject; the one who brought the goods is not named')],
    30: [('shall', '者，[應]自中華', '本辦法施行後一年內未符合本款規定者', '', '', 'headless agentive …者 kept whole (the officers of the lead-in); first sentence is a qualification with no cue')],
    31: [('shall', '抵減[應]依', '', '', '營利事業股東', 'thing subject 投資抵減; 營利事業股東 possessor inside the topic NP; 不受…限制 not labelled')],
    32: [],
    33: [('shall', '者，[應]事前', '委託人或其法定代理人', '', '', 'N[condition]者 keeps N'), ('may', '[始得]為之', '委託人或其法定代理人', '', '', '應…，始得 is two statements')],
    34: [('shall', '補助，[應]列明', '', '', '', 'topic 同一案件 (thing); the applicant is named only in para 1, not in the paragraph right before'), ('shall', '機關[應]撤銷', '中央主管機關', '', '', 'after ；, own subject; 並以書面追繳 governed by the same 應')],
    35: [('shall', '者，[應]依本條例', '', '', '', 'hard/new: 依…第三十二條第四款規定辦理 = penalised; the …者 is the offender (patient); authority not named; first sentence 由…申請補稅 has no cue')],
    36: [],
    37: [('shall', '[應]具有', '', '', '輔導員', '特教輔導團者 only sorts the cases; lead-in 第一項輔導員…公開遴選具下列各款條件者擔任 (qualification of the candidate)')],
    38: [('shall', '[應]辦理', '', '', '工業主管機關', 'act topic 出售; para 1 (right before) names 工業主管機關 as seller')],
    39: [('shall', '董事[應]連帶', '董事', '參與決議之董事', '', '應…負…責任 one statement at 應; 但…免其責任: 免 not a guide cue, not labelled')],
    40: [('may', '[得]另行', '院長', '', '', '')],
    41: [('shall', '期間，[應]辦理', '', '', '廠商', 'hard: the hired 原住民 read as the trainees (beneficiaries); the training is arranged by the employer named in para 1 (依政府採購法得標之廠商)'), ('shall', '[應]由政府', '政府', '', '', 'agent after 應由; thing subject 訓練費用; 由…定之 not labelled')],
    42: [('shall', '[應]填具', '', '', '聽力師', 'hard/new: subject of the …時 clause is the thing 執業執照 (聽力師執業執照 a compound noun), holder 聽力師 -> carried; 並繳納…及檢具…申請換發 governed by the same 應')],
    43: [('shall', '公會[應]於', '工業同業公會', '', '', 'the embedded 由各該公會… and 並由主管機關以一份報請… clauses carry no new cue: one statement')],
    44: [('shall', '亦[應]注意', '', '', '民間公證人事務所', '除…外，亦應 is additive; lead-in 民間公證人事務所應辦理之…措施如下')],
    45: [('may', '時，[得]邀請', '外部視察小組', '', '', 'subject of the …時 clause'), ('may', '並[得]就', '外部視察小組', '', '', '得…並得 are two statements')],
    46: [('shall', '[應]依法定', '', '', '', 'topic 一行為; the authority is named only in para 2 (after), not carried; 則以…裁處之 has no cue')],
    47: [('shall', '者，[應]於第一批', '購置設備採整廠或整線申請發證者', '', '', 'headless agentive …者 kept whole; the lead-in 前項第三款整廠或整線之認定，規定如下 names no actor'), ('shall_not', '[不得]再行', '', '', '購置設備採整廠或整線申請發證者', 'after ；, no subject')],
    48: [('shall', '員[應]會同', '主任管理員', '', '', '會同主任監察員 not a co-bearer; 並即將… governed by the same 應')],
    49: [],
    50: [('shall', '雙方[應]本', '勞資雙方', '', '', ''), ('shall_not', '[不得]拒絕', '', '', '勞資雙方', 'after ；, no subject; 無正當理由者 is a condition')],
    51: [('shall', '[應]訂定', '', '', '爭議處理機構', 'thing topic; 爭議處理機構 possessor inside the topic NP; 並申報 same 應; 亦同 not labelled')],
    52: [('shall', '[應]有保守', '證券投資顧問事業', '', '', '應有…之義務 one statement at 應; item of the required contract content, labelled as it writes its own operator; 得知 false friend')],
    53: [('shall', '[應]具備', '', '', '', 'hard: act topic 申請經營…業務 (no …者); the applicant is not named in the article')],
    54: [('may', '並[得]依', '', '', '', 'the school is the patient (命其繳回); the authority that orders is not named in the article; first clause 停止… has no cue')],
    55: [('shall', '室[應]備', '值日室', '', '', 'organisational unit that acts'), ('shall', '[須]逐日', '值日室', '', '', 'second cue of the same sentence, no own written subject: shares the written bearer')],
    56: [('shall', '資產[應]詳予', '', '', '各基金', 'thing subject; article lead-in above the nested list 各基金依前條規定擬編之業務計畫…並應分別擬具計畫'), ('shall', '計畫，[應]依', '', '', '營業基金', 'thing subject 專案計畫; 營業基金 possessor inside the topic NP; the 「…要點」 holds no cue'), ('shall', '亦[應]比照', '作業基金', '', '', 'new: a fund named as subject is an actor (the lead-in treats 各基金 as drafting entities)')],
    57: [('shall', '均[應]於', '', '', '', 'act topic 設立; 立法院 appears only in 立法院會期中 (a time), not carried'), ('exception', '[不在此限]', '', '', '', '')],
    58: [('may', '機關[得]要求', '主管機關', '', '', '所應檢附之文件 attributive, inside the …者 condition')],
    59: [('shall', '飛機[應]裝置', '', '', '', 'thing subject 飛機; operator not named in the article'), ('shall', '解析度[應]等於', '', '', '', 'thing subject'), ('may', '者，[得]申請', '', '', '', '但…得 without 不在此限 is a may; 並無應具備…之規定者 is a condition (inner 應 not labelled); applicant not named')],
    60: [('shall', '，[應]核轉主計總處', '', '', '各主管機關', 'thing subject 計畫; lead-in 各主管機關對所屬基金…陳報之項目，應審核加具意見，依規定時間核轉; 免予辦理 not labelled'), ('shall', '並[應]核轉國發會', '', '', '各主管機關', 'new sentence, thing topic 上述…計畫')],
    61: [('shall', '室[應]設置', '', '', '', 'thing subject 操作室; 具耐火性，並有…安全裝置 under the same 應; lead-ins (污泥消化設施設置規定如下 / 厭氧性加溫式圓筒形污泥消化槽) name no actor'), ('shall', '置[應]便於', '', '', '', 'thing subject 室內配置'), ('shall', '並[應]有良好', '', '', '', '並應 = a second shall; thing subject; no actor in the article')],
    62: [('shall', '者[應]依其', '^[經營者]', '', '', 'plain subject'), ('shall', '，[應]敘明理由報請主管機關核准', '', '', '經營者', 'new sentence; 事項有異動者 is a condition on things; no subject -> carried from the sentence before'), ('shall', '，[應]敘明理由報請主管機關備查', '', '', '經營者', 'after ；, same as above')],
    63: [],
    64: [('shall', '者，[應]於審查', '', '', '審查小組', 'hard: topic 聲請解釋案件 (thing) with condition 經審查小組認應不受理者; the agent inside the condition writes the report -> carried; alternative: bearer 審查小組; 認應不受理 inside the condition not labelled; 逕提…議決之 under the same 應; 但…仍由大法官全體審查會審查之 has no cue -> not labelled')],
    65: [('may', '藥商[得]依本法', '其他藥商', '', '', 'plain subject; 前項期間屆滿次日起 time frame'), ('may', '，[始得]發給藥品', '中央衛生主管機關', '', '', '始得 = may (only then may); 符合規定者 condition'), ('may', '，[始得]發給其他', '中央衛生主管機關', '', '', '但…始得 without 不在此限 is a may; the holder (…藥品許可證所有人…者) is a condition; 適應症 false friend')],
    66: [('shall', '席[應]即', '主席', '', '', '和解經債權人會議可決時 condition; embedded 由法院為認可與否之裁定 under the same statement')],
    67: [('may', '，[得]減輕', '', '', '', 'topic 瘖啞人之行為 (the offender is the beneficiary); the court is not named -> no carried')],
    68: [('shall', '，[應]盡', '', '', '審查委員', 'hard: grammatical topic is the information (審查委員因參與前項會議所知悉之資訊); the agent inside the topic NP carried (as fresh51 #29); alternative: bearer 審查委員; 應盡…義務 is one shall at 應')],
    69: [('may', '者，[得]依前項', '^[第二審法院]', '', '', 'hard: subject of the framing clause (第二審法院因…而發回該案件之情形), resumed by 其 (…認為適當者); para 2 uses the same frame with the appellate court as actor')],
    70: [('shall_not', '但[不得]超過', '', '', '', 'thing subject (the quota after the swap); the vessel is only the holder / beneficiary of the quota, the allocating authority not named -> no carried; alternative carried 鮪延繩釣漁船')],
    71: [('may', '，[得]用單口形', '', '', '', '但…得 without 不在此限 is a may; thing subject (出水口); lead-in 出水口及送水口，依下列規定設置 names no actor')],
    72: [('exception', '，[除]依法令', '', '', '', '除…之物品外 carves the permitted items out of the 應 of the same sentence; 准予 not a cue'), ('shall', '，[應]將其攜帶', '^[看守所人員或經看守所准予進入戒護區之人員]', '', '', 'coordinated subject kept whole (the 之-modifier inside the coordination kept); 存置於… under the cue')],
    73: [('shall', '，[應]設置', '', '', '雇主', 'list item; the 室內作業場所 is a place / location topic (where the exhaust is installed), not an actor; lead-in 雇主使勞工從事…之作業時，依下列規定 -> carried')],
    74: [('shall', '處[應]隨時', '^[行政執行處]', '', '', 'plain subject; 被管收人 is the patient'), ('shall_not', '月[不得]少於', '^[行政執行處]', '', '', 'second cue of the same sentence, no own subject -> shares the written bearer')],
    75: [('shall', '者[應]於受理', '^[選接服務提供者]', '', '', "plain subject; 得要求 inside the content of 告知 (the user's right told) is not labelled")],
    76: [('may', '，[得]設各種', '^[本會]', '', '', 'plain subject; 視業務需要 condition')],
    77: [('shall_not', '主[不得]預扣', '^[雇主]', '', '', 'plain subject')],
    78: [('shall', '商[應]於', '獲證廠商', '', '', '獲證產品之…有變更者 condition; 檢具…提報本部備查 under the cue')],
    79: [('exception', '，[除]依第七十一條', '', '', '', '除依第七十一條規定免辦結算申報者外 carves out of the 應 of the same sentence; 應申報課稅之所得 attributive'), ('shall', '，[應]由遺囑', '遺囑執行人、繼承人或遺產管理人', '', '', 'agent after 應由, coordination kept whole; 並就其遺產範圍內代負一切…之義務 is governed by the same 應 (one statement; 代負…義務 not a separate 負 statement); alternative: a second shall at 負'), ('shall', '仍[應]由', '其[配偶]依', '其配偶', '', '但…應 without 不在此限 is a shall; agent after 應由; determiner 其 -> bearer_full; 遺有配偶…者 condition')],
    80: [('may', '關[得]依本法', '主管機關', '', '', '醫療器材批發零售業者發生前項事故者 condition (the operator is the patient); 命… / 並視檢查結果為後續處置 under the same 得')],
    81: [('shall', '車[應]依', '', '', '', 'thing subject 捷運客車 (the vehicle to be equipped); the article names no operator -> no carried')],
    82: [('shall', '，[應]查核銀行', '', '', '', 'list item; 其交銀行託收者 is a condition on the notes; 會同盤點…核對 has no cue; the article lead-in (資產負債淨值…各科目個別查核規定) names no actor -> no carried (alternative: 會計師 from the law title)'), ('shall', '，[應]調節', '', '', '', 'new sentence; 盤點日如非資產負債表日 condition; no actor -> no carried')],
    83: [('shall', '關[應]依實際', '^[主管機關]', '', '', 'plain subject; 選擇…舉行公聽會…載明下列事項，公布於… under the same 應')],
    84: [('shall', '其中原住民族各族代表[應]至少', '', '', '本會', 'the representatives are the patients (they are hired: 應至少一人依…聘用); 本會 (subject of 本會置委員) -> carried; alternative carried 主任委員'), ('may', '任滿[得]連任', '', '', '委員', 'after ；, no subject; the re-appointable 委員 (named in this provision) -> carried (as earlier 連選得連任 labels); 但…其任期隨職務異動而更易 no cue')],
    85: [('shall', '，[應]有合理', '', '', '', 'thing topic (基本假設…及…差異); lead-ins (…估價，應符合下列事項 / 不動產投資信託契約…並應記載下列事項) name no actor -> no carried'), ('shall', '並[應]於公開', '', '', '', '並應 = a second shall; same thing topic; no carried (the 受託機構 appears only in sibling item (一))')],
    86: [('shall_not', '，[不得]預先', '', '', '', 'hard: after ；, thing topic (其損害賠償責任); the parties who would agree (operator, tenant) are not clearly one actor -> no carried; 負連帶賠償責任 earlier is a liability consequence, not 負…義務 -> not labelled (alternative: shall at 負, bearer 媒體經營者, bearer_full 受託刊登租賃住宅廣告之媒體經營者)')],
    87: [('may', '並[得]依從業', '', '', '職災預防及重建中心', 'thing topic (前項獎金發放基準); para 1 right before names the centre as the one that 訂定獎金發放基準 -> carried; 以…為原則 not labelled'), ('may', '，[得]按該等', '', '', '職災預防及重建中心', '但…得 without 不在此限 is a may; 從業人員…者 is a condition on the staff (beneficiaries); carried as above')],
    88: [('shall_not', '者，[不予]錄取', '', '', '', '不予 = shall_not; the candidate is the patient (總成績未達五十分者 condition); the examining authority is not named -> no carried')],
    89: [('shall', '者[應]限期', '固網經營者及行動經營者', '', '', 'coordinated subject kept whole; 管理者…有違反…者 condition; 管理者 is the patient'), ('shall', '者[應]解任', '固網經營者及行動經營者', '', '', 'own written subject (second occurrence); 逾期不改正者 condition; 並改選下任之管理者 under the same 應')],
    90: [('shall', '，[應]將其', '^[直轄市、縣（市）（局）主管建築機關]', '', '', 'plain subject; 對於…認為…者 condition; 詳為列舉…一次通知起造人，令其改正 under the same 應 (令 no cue)')],
    91: [('may', '會[得]廢止', '本會', '', '', '信託業未於…申請…者 condition; 信託業 is the patient'), ('may', '，[得]申請本會', '', '', '信託業', 'new sentence; 但…得 without 不在此限 is a may; no subject -> the 信託業 of the sentence before carried'), ('shall_not', '限[不得]超過', '', '', '', 'thing subject (延展期限); the granting 本會 is not clearly the bearer -> no carried (alternative carried 本會); 並以一次為限 not labelled')],
    92: [('may', '，[得]依相關', '', '', '', 'thing topic (以電磁紀錄…辦理之事項 / 其應提出之文件…者 condition); the filer is not named; single-paragraph article -> no carried; 應提出之文件 attributive')],
    93: [('shall_not', '，[不得]逾', '', '', '', 'thing subject (反傾銷稅); the imposing authority is not named; the producers / exporters are the patients -> no carried')],
    94: [('may', '時[得]臨時', '', '', '本署', 'hard: topic 本署署務會報 (a meeting, patient of 召開); 本署 is the possessor inside the topic NP -> carried; alternative carried 署長 (由署長主持)'), ('may', '並[得]通知', '署長', '', '', "hard: 並得 coordinated with 其餘由署長指定 of the same sentence: the agent after 由 is the written subject of the joined VP; alternative: bearer '' carried 署長")],
    95: [('shall', '，[應]符合', '', '', '經營者及其使用者', 'thing subject (…所裝置之設備 …連接時); the agents inside the topic NP -> carried; list lead-in that is itself a statement')],
    96: [('may', '並[得]視業務', '', '', '管理委員會', 'after ；, clause without subject (另置…，均由本會現職人員派兼之，並得…聘用); 管理委員會 (subject of the sentence before: 管理委員會置執行秘書) -> carried; 其實際員額循預算程序定之 no cue')],
    97: [('shall_not', '，[不予]核發', '', '', '', '不予 = shall_not; 申請人 is the patient (有下列情形之一者 condition); the paying 輔導會 is named only in para 2 (after) -> no carried')],
    98: [('shall', '，[應]由中央', '中央各目的事業主管機關', '', '', 'agent after 應由; 政府機關核撥…者 condition; 將其年度預算書，送立法院審議 under the cue')],
    99: [('shall', '，[應]檢附', '', '', '人員', 'topic 第一項人員敘薪年資之採計 (an act); the possessor inside the topic NP (第一項人員 = para 1 校長及教師返回國內服務者) applies -> carried'), ('may', '後[得]報本部', '學校', '', '', 'own subject 學校; 於接受申請後 time clause; 轉海外臺灣學校辦理查證 under the same 得')],
    100: [('shall', '，[應]清掃', '', '', '', 'list item, no subject; 裝卸終了 time; lead-in 裝載毒性物質時，應依左列規定 names no actor -> no carried')],
    101: [],
    102: [],
    103: [],
    104: [],
    105: [('may', '，[得]分別', '', '', '', 'hard: thing topic (…短繳或溢退之稅款); who makes up the tax (resident or withholding agent) is not clearly written; 扣繳義務人 only inside a locative NP; 他方締約國之居住者 is the income earner -> no carried (alternative carried 他方締約國之居住者); 取得 / 所得 / 適用 not cues')],
    106: [('shall', '，[應]洽申請', '執行機關', '', '', 'subject of the …審查時 clause; 依第二條…之案件 topic'), ('exception', '，[不在此限]', '', '', '', '但…不在此限; 取得 false friend')],
    107: [('may', '業[得]依下列', '^[證券金融事業]', '', '', 'plain subject; list lead-in that is itself a statement; 取得 false friend')],
    108: [],
    109: [],
    110: [('shall', '均[須]無', '', '', '', 'modal 須; thing subject (the test animals / the vaccine under test); lead-in 被檢…疫苗須符合下列條件 names no actor; 選取… / 注射… no cue; 反應 false friend')],
    111: [('shall', '會[應]考量', '^[客家委員會]', '', '', 'plain subject; 並廣納… / 擬訂… under the same 應')],
    112: [],
    113: [('shall_not', '內[不得]轉調', '^[本考試及格人員]', '', '', 'plain subject (本考試 kept as a fixed part of the name)'), ('shall', '並[須]於', '^[本考試及格人員]', '', '', '並須 = a second operator (modal 須) of the same sentence, shares the written bearer'), ('may', '年，[始得]轉調', '^[本考試及格人員]', '', '', '始得 = may; same sentence, shares the written bearer; 取得 false friend')],
    114: [],
    115: [],
    116: [],
    117: [('may', '所[得]免裝', '', '', '', '處所得 = 處所 + 得 (not 所得); thing subject (下列處所); list lead-in that is itself a statement; no actor named')],
    118: [('shall', '業[應]將', '^[有限合夥創投事業]', '', '', 'plain subject; 所得 false friend')],
    119: [],
    120: [('may', '，[得]申請', '^[停車場經營業]', '', '', 'N[condition]者 keeps N (停車場經營業[經參加…取得…資格]者); 取得 false friend')],
}
