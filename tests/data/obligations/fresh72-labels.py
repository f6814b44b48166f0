# fresh72: seed 6370001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind in session 53 (2026-12-07) by two readers after GUIDE.md was amended on 除…外: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o72: reader a, provisions 1-60 of the sample seed 6370001, from /work/eval/o72/a/to_label-a.tsv, numbered in file
# order; labelled 2026-12-07 (session 53).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: a cue opening a 除…外 that lays down a duty of its own is
# labelled; none occurs in this set) and the conventions in the headers of fresh69-labels.py, fresh70-labels.py and
# fresh71-labels.py (fresh70's header holds no conventions list, so its LABELS entries were read for the format and
# precedents), with a look at fresh68's header; a few notes of other freshNN-labels.py files were grepped for
# precedents (任一, 得准, 遴用之, 支給, 不予 with an unnamed authority, 應試科目, 師資培育之大學, 資產負債表日, 得不受).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh69/fresh70/fresh71):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 / …，並得
#   with a new subject are two statements; after ； or in a new sentence a clause without a subject gets bearer ''
#   and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP or named inside the object), its
#   list lead-in or the paragraph right before clearly names the actor, else '' (an actor named only in a later
#   paragraph, another item or only inside a definition is not carried); carried gives the head noun (restrictive
#   之-modifiers dropped).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole; determiners (其, 前項) and restrictive 之-modifiers go to bearer_full; 各 / 任一 are
#   kept (as 各機關, 任一契約當事人); the subject of a …時 / …後 clause is the bearer when the main clause has none;
#   the agent after 應由 is the bearer; the party after 經 (who approves) is not the bearer; a regulated source /
#   place that acts is read as the actor; a qualification requirement with persons written as subject has them as
#   bearer (as fresh70 22 / 98).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 但…得 without 不在此限 is a may; 得不予 / 得不受 / 得不執行 are one may at 得;
#   不予 is a shall_not; 得准 is a may at 得 while 准 alone is no cue.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement; an item
#   without its own operator is not labelled.
# - not labelled: attributive 應X之 / 應X NP (應履行之義務, 所應支付之, 應約定事項, 應先報經核准之事項, 應辦事項,
#   應備條件, 應歸屬國庫之, 應納或溢付稅額, 必須整理地區), cues inside …者 conditions (依法令得不予許可…者), 由…定之 /
#   由…裁決之 / 由…公告之 / 由…負擔 without a cue, 宜, 亦同, 視為, 承擔…責任 (not 負…義務), 以…為限, penalties as
#   facts (處…罰鍰 without a cue); false friends 適應症, 因應, 得力, 得標者, 支應, 取得, 應試 (應試科目).
# New conventions decided here:
# - 18 (經營陸上魚塭養殖漁業，其土地及水源之使用，應符合下列規定): thing subject under a topic that is a verb phrase
#   (an activity, no …者 and no noun naming the operator) -> bearer '', carried ''; alternative carried the
#   activity phrase read as a headless agent (經營陸上魚塭養殖漁業).
# - 1 (其他組織或團體辦理之律師研習課程…相關者，亦得向…申請認定): the …者 phrase is the courses (a thing); the
#   organisations, agent inside the topic NP, are carried (as fresh70 57); alternative bearer 其他組織或團體.
# - 19 (中等學校、國民小學師資類科得依教學需要合併規劃…): thing subject; para 1 right before (師資培育之大學…分別規劃)
#   names the university that plans the categories -> carried 大學 (head noun, as fresh precedent bearer 大學 /
#   bearer_full 各師資培育之大學); alternative carried ''.
# - 23 (list item of qualifications: 須屬…，除…外，須服務…，其…考察人員須…；研習人員須…。但…所派出國人員得不受
#   本款規定之限制): every 須 is a statement; clauses without subject carry the lead-in's 金融機構所派人員 (所派 has no
#   之, kept; alternative 人員); clauses with a written class of persons have it as bearer (其 to bearer_full; the
#   typo 皮 for 及 kept as written); 除輪調或轉任人員外 carves persons out of 須服務 -> exception at 除; 得不受…限制
#   is a may with the exempted persons as bearer.
# - 32 (具有全民健康保險之保險對象身分者，其醫療費用額度…；全民健康保險給付之部分，不得申請醫療費用): thing topic
#   after ；; the …者 phrase of the clause before in this same provision names who applies -> carried whole;
#   alternative carried '' (the victims are named only in item 一).
# - 38 (但應試科目有一科成績為零分者，不予及格): 不予 is a shall_not (GUIDE's list), the grading authority is not
#   named -> bearer '', carried ''; 應試 is a false friend; alternative not labelled (an outcome rule).
# - 58 (信託財產，應以信託業之信託財產名義表彰之。但…得依信託業與…所訂契約之約定辦理): thing subject; 信託業,
#   named inside the object, is the one who registers / acts -> carried 信託業 (as fresh71 47 本校); alternative ''.
# - 60 (被收養者應為未成年人，且與收養者…共同居住，並以二人為限): qualification of a person written as subject ->
#   bearer 被收養者; 且…共同居住 under the same 應; 以二人為限 no cue; alternative bearer ''.
# Provisions with no statement: 10 (適應症; item of a list of matters), 12 (所應支付之 / 應履行之義務 attributive;
# 載明之 no cue), 15 (penalty item, 供應), 21 (因應), 25 (應約定事項 attributive; 由…裁決之 no cue), 27 (得力),
# 40 (應先報經核准之事項 attributive), 41 (item without own operator; lead-in 應遵行下列事項), 44 (得標者),
# 48 (支應; 由…編列 no cue), 56 (必須整理地區 attributive NP).

# o72: reader b, provisions 1-60 of the sample seed 6370001, from /work/eval/o72/b/to_label-b.tsv, numbered in file
# order; labelled 2026-12-07 (session 53).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq52a -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md (as amended in session 53: cues inside 除…外) and the conventions in the headers of
# fresh69-labels.py, fresh70-labels.py and fresh71-labels.py (fresh70's header holds no conventions list, so its
# LABELS entries were read for the format and precedents; fresh68's header was read too); a few notes of other
# freshNN-labels.py files were grepped for precedents (得列 in organisation acts, 得由/應由 X過半數, 除…另有規定外
# whose main clause has no cue).
# No csquery obligation output, rules, src, grammar, tests (other than the label files named) or docs seen; no
# `obligations`, `actors`, `export`, `search`, `--explain` or `define` command run (only GUIDE.md, freshNN-labels.py
# files and labels_to_tsv.py were opened under /work/main; only 第N條 lookups were run with /work/eval/csq52a).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh69/fresh70/fresh71):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient)
#   subject; one 應/得 governing 並X / a following clause without a new cue (also embedded 由X clauses) is one
#   statement; 應…，不得 / 得…，不得 are two statements; after ； or in a new sentence a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in (also the
#   article lead-in above a nested list) or the paragraph right before clearly names the actor, else '' (an actor
#   named only in a later paragraph, another item or a paragraph further up is not carried); carried gives the head
#   noun; a compound topic noun naming its holder without 之 is a thing topic with a possessor (as fresh69 b 16).
# - 'N[condition]者' keeps N; coordinated subjects are kept whole; restrictive 之-modifiers go to bearer_full; a quorum
#   after the agent of 由 (X過半數) goes to bearer_full (as the precedent 應由土地所有權人過半數或七人以上); the
#   subject of a …時 clause is the bearer when the main clause has none; the agent after 應由 / 得由 is the bearer;
#   the party after 經 (who approves / deems) is not the bearer, a limb of an agent inside a condition is carried
#   (as fresh68 a).
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition.
# - 但…不在此限 is an exception (also when the statement it limits has no cue); 除…外 carving out of a statement of
#   the same sentence is an exception (cue 除); 除…外 whose main clause has no cue is no exception (precedents);
#   但…得 / 但…不得 without 不在此限 are a may / a shall_not; 得列 in an organisation act is a may with bearer ''
#   (grading permission, posts are patients); 須 / 須為 stating a required result or qualification is a shall.
# - not labelled: attributive 應X之 NP (醫療機構應執行之感染管制措施如下), cues inside conditions (如須以徵購方式取得
#   土地時, 經同意認定得作加油站使用後), 亦同, 準用, 命, 可, 負責 (not 負…義務), 限制 / 不逾 (no guide cue), 以…為限,
#   由…定之 / 由…支應之 without a cue; false friends 取得, 所得, 應變, 應用, 供應, 支應, 得標(者), 應考人 / 應考科目,
#   反應(器).
# New conventions decided here:
# - 5 (租賃住宅服務業分設營業處所經登記後，遷出…者，應…申請分設營業處所變更登記): 分設營業處所 read as a noun (the
#   branch premises, para 2 resumes 該分設營業處所) -> thing topic with the holder named without 之 -> bearer '',
#   carried 租賃住宅服務業 (as fresh69 b 16); alternative bearer 租賃住宅服務業 (read as subject of 分設).
# - 18 (雇主設置之…裝置，應由專業人員妥為設計，並維持其有效性能): one 應, bearer the agent after 應由 (專業人員),
#   although 並維持其有效性能 is in substance the employer's duty; alternative a bearer '' with carried 雇主.
# - 22 (…者，經檢查機構認有必要時，得併實施內部檢查): the agent of 經…認有必要時 is a limb of a condition -> bearer '',
#   carried 檢查機構 (as fresh68 a); alternative bearer 檢查機構 (subject of the …時 clause).
# - 25 (第一項審查，必要時，得邀請…): the reviewer (本部) is named only in para 1, two paragraphs up (para 2 right
#   before names only the panel members) -> carried ''; alternative carried 本部 (referred to by 第一項審查).
# - 28 (lead-in 執行機關…應審酌下列事項加以認定 / 二、釋放後須有謀生之技能): 須 states a required qualification of the
#   released person -> a shall, bearer '' (person not written), carried '' (執行機關 only weighs it); alternative
#   not labelled (criterion to be weighed, content of the lead-in's 應審酌).
# - 36 (理監事…得由全體社員過半數之同意，解除其職權): 由 X過半數之同意 -> bearer 全體社員 (the members, whose majority
#   consent effects the removal), quorum in bearer_full; 理監事 and 評議員 are patients; alternative bearer '' with
#   carried 全體社員 (由 governs 同意, a thing).
# - 37 (其未設檢(稽)核部門者，得由主管授權會計部門辦理之): the agent after 得由 is 主管, who authorises -> bearer 主管;
#   alternative bearer 會計部門 (the unit that does the count).
# - 39 (人事室所需工作人員，應就…員額內派充之): the staff are patients; para 1 right before (本會設人事室…) names the
#   commission that staffs its office -> carried 本會; alternative carried ''.
# - 42 (五、魚塭養殖漁民：…，或應提出…所得證明): the item's heading names the class of person who submits -> bearer '',
#   carried 魚塭養殖漁民; alternative bearer 魚塭養殖漁民.
# - 40 (醫療機構應執行之感染管制措施如下：): attributive 應執行之 in a lead-in -> no statement (as 應辦理事項如下);
#   alternative a shall at 應 with bearer 醫療機構.
# Provisions with no statement: 20 (應變), 27 (取得), 34 (應變), 40 (應執行之 attributive), 41 (供應), 46 (取得; 應用;
# 交由 no cue), 49 (definition; 取得), 51 (definition; 取得), 52 (以…為限; 支應), 53 (應用), 54 (應變; 準用), 55 (由…支應之 /
# 由…定之 no cue), 56 (所得), 57 (所得), 58 (應考科目), 60 (item of conditions; 反應器).
LABELS = {
  1: [('may', '[得]向', '', '', '其他組織或團體',
       'hard/new: the …者 phrase is the courses (thing); the organisations, agent inside the topic NP, are carried; 亦 adverb; alternative bearer 其他組織或團體')],
  2: [('shall', '[應]由', '仲裁小組', '', '', 'agent after 應由; 共架雙方發生爭執時 condition'),
      ('shall_not', '[不得]異議', '任何一方', '', '', 'new sentence with its own subject')],
  3: [('shall', '[應]依', '', '', '',
       '資產負債表日 is a time, no bearer; 提列…，並以淨額列示 under the same 應; lead-in 資產負債表之資產至少應包括下列各項目 names no actor (金融控股公司 only in other items) -> carried empty')],
  4: [('may', '[得]推派', '^[本會]', '', '', '為審議… purpose; 或商請… / 或組成… under the same 得')],
  5: [('shall_not', '[不得]', '', '', '原受配人',
       'item without subject; lead-in 一、原受配人應辦事項及責任 (應辦事項 attributive) names the actor -> carried; 繼續承擔受援責任 has no cue (承擔責任 is not 負…義務)')],
  6: [('may', '[得]依', '', '', '',
       'thing topic 市區道路 (…時 condition); the authority collecting the fee is not named in the single-paragraph article -> carried empty')],
  7: [('shall', '[應]向', '', '', '',
       'no subject; 承辦檢察官 is the recipient; after ；, 向檢察長或檢察總長為之 has no new cue (under the same 應); the serving party is not named in the article -> carried empty')],
  8: [('may', '[得]保留', '^[受訓人員]', '', '', 'N[condition]者 keeps N; alternative bearer empty (the trainee as beneficiary)')],
  9: [('shall', '[應]撤銷', '中華郵政公司', '', '', '業務員…者 condition (patient); 亦同 no cue')],
  10: [],
  11: [('shall', '數[應]按', '', '', '',
        'thing subject (假…日數); para 1 names 訓練人員 only as leave takers; the computing office is not named -> carried empty; …以半日計 no cue'),
       ('shall', '仍[應]相對', '', '', '', 'new sentence, thing subject 超過之日數; no actor named')],
  12: [],
  13: [('exception', '[不適用]', '', '', '', '…不適用… is an exception (但 without 不在此限); 本章適用對象為… no cue')],
  14: [('shall', '[應]就', '船舶運送業', '參與聯營行為之船舶運送業', '',
        'N[condition]者 keeps N; restrictive 之-modifier to bearer_full; 向公平交易委員會申請許可 under the same 應')],
  15: [],
  16: [('shall', '控制[應]確實', '', '', '', 'thing subject (濾量或濾率控制); lead-in 過濾設備之儀表控制規定如下 names no actor'),
       ('shall', '並[應]能', '', '', '', '並應: second statement, same thing subject; no actor')],
  17: [('may', '[得]於', '', '', '',
        'thing subject 其 (the buried pipes of para 1; …有實際困難者 condition); para 1 names no actor -> carried empty')],
  18: [('shall', '[應]符合', '', '', '',
        'hard/new: thing subject 其土地及水源之使用 under the activity topic 經營陸上魚塭養殖漁業 (no noun names the operator) -> carried empty; alternative carried 經營陸上魚塭養殖漁業; lead-in itself a statement')],
  19: [('may', '[得]依', '', '', '大學',
        'hard/new: thing subject (師資類科); para 1 right before (師資培育之大學…分別規劃) names the planner -> carried head noun; alternative carried empty')],
  20: [('shall', '[應]檢具', '^[執行單位]', '', '', '送經本會或所屬機關（構）同意 under the same 應; party after 經 not the bearer; lead-in itself a statement')],
  21: [],
  22: [('shall', '[須]申請', '^[申請人]', '', '', 'subject of the …時 clause, main clause has none; 由申請人負擔 has no cue')],
  23: [('shall', '[須]屬', '', '', '金融機構所派人員',
        'hard/new: qualification item without subject; lead-in 金融機構所派人員…必須具備左列條件 -> carried (所派 without 之 kept; alternative 人員)'),
       ('exception', '，[除]輪調', '', '', '', '除輪調或轉任人員外 carves persons out of the 須服務 of the same sentence'),
       ('shall', '[須]服務', '', '', '金融機構所派人員', 'second 須, no subject; carried as above; 並擔任… under the same 須'),
       ('shall', '[須]科', '出國接洽業務皮考察人員', '其出國接洽業務皮考察人員', '',
        'hard: own written subject (皮 a typo for 及, kept as written; coordination kept whole); determiner 其 to bearer_full'),
       ('shall', '[須]辦事員', '研習人員', '', '', 'after ；, own subject'),
       ('may', '[得]不受', '所派出國人員', '', '',
        'hard: 但…得不受…限制 = may be exempt, a may at 得; the exempted persons are the bearer; 外商銀行、外商保證業如有特殊需要 condition; alternative bearer 外商銀行、外商保證業')],
  24: [('shall', '[應]貯存', '', '', '',
        'thing subject (再生料及衍生廢棄物…者); the processor is not named in the single-paragraph article -> carried empty; 並避免… under the same 應')],
  25: [],
  26: [('may', '駕駛人[得]向', '任一駕駛人', '', '', '任一 kept (as precedent 任一契約當事人); 保險人 is the addressee'),
       ('may', '乘客[得]向', '乘客', '', '', 'second 得 of the sentence with its own subject')],
  27: [],
  28: [('shall', '源，[應]每日', '公私場所固定污染源', '經中央主管機關指定公告應申報季排放量之公私場所固定污染源', '',
        'regulated source read as the actor; 應申報季排放量之 (restrictive modifier) and 須依前條規定提報之 attributive, not labelled'),
       ('may', '[得]每批', '以質量平衡計量方式推估揮發性有機物排放量者', '', '',
        'hard: 但…得 without 不在此限 is a may; headless agentive …者 phrase, the only subject, kept whole; 且每季至少計量及記錄一次 has no new cue (under the same 得); alternative bearer empty carried 公私場所固定污染源')],
  29: [('may', '[得]不執行', '', '', '會計師',
        '得不執行 = one may at 得; item without subject; lead-in 會計師確認客戶身分措施，應依下列規定辦理 names 會計師 inside the topic NP -> carried; 而改以申報… under the same 得')],
  30: [('may', '法院[得]不予', '法院', '', '',
        '得不予 = one may at 得; the first 得不予 is inside the …者 condition (依法令得不予許可…者), not labelled')],
  31: [('shall', '[應]以', '', '', '業餘無線電人員',
        'item without subject; lead-in 業餘無線電人員應…並依下列規定作業 -> carried; 並選擇… under the same 應')],
  32: [('shall_not', '[不得]申請', '', '', '具有全民健康保險之保險對象身分者',
        'hard/new: after ；, thing topic 全民健康保險給付之部分; the …者 phrase of the clause before in this provision names the applicant -> carried whole; alternative carried empty')],
  33: [('shall', '[應]於', '中央主管機關', '', '', '考評指標…考評方式 are the object (topicalised); 由中央主管機關公告之 no cue')],
  34: [('may', '[得]准', '海軍士官長及上士', '', '',
        '得准 = may be permitted (a may at 得); N[condition]者 keeps N; after ；, 准加佩年資標誌 has 准 only, no guide cue -> not labelled; 如…所定 no cue')],
  35: [('shall_not', '[不得]同時', '^[著作財產權人]', '', '', '')],
  36: [('shall', '[應]依', '^[專審會]', '', '', 'subject of the …後 clause')],
  37: [('shall', '[應]於每年', '直轄市或縣（市）主管機關', '', '',
        '應歸屬國庫之 ×2 attributive (the topicalised objects); 清理並辦理繳庫手續 under the same 應')],
  38: [('shall_not', '[不予]', '', '', '',
        'hard/new: 不予及格 is a shall_not (不予); 應試科目 false friend, …者 condition; the grading authority is not named -> carried empty; alternative not labelled (outcome rule); 視為 no cue')],
  39: [('shall', '[應]針對', '^[癌症防治醫療機構]', '', '', '並建立… under the same 應; the staff are beneficiaries')],
  40: [],
  41: [],
  42: [('shall', '[應]依', '^[法院]', '', '', '…時 frame')],
  43: [('shall', '[應]向', '營利事業', '', '',
        '經…撤銷或廢止…者 condition; 並…按日加計利息，一併繳納 under the same 應; 所得稅 false friend')],
  44: [],
  45: [('shall', '[應]即', '^[收案書記官]', '', '', '應即 one cue; 應辦事項 attributive; 並…送請… under the same 應')],
  46: [('shall', '代理人[應]依', '固定營業場所或代理人', '其固定營業場所或代理人', '',
        'coordinated subject kept whole, 其 to bearer_full; the 航空企業居住者 is the topic; 應納或溢付稅額 attributive (false friend)'),
       ('shall', '時，[應]依規定格式', '', '', '固定營業場所或代理人',
        'after ；, 其取得…之收入 (取得 false friend) and 於辦理營業稅申報時 are conditions, no subject -> carried from the clause before; alternative carried 航空企業居住者')],
  47: [('shall', '[應]發給', '^[驗證機構]', '', '', '經審驗合格者 condition')],
  48: [],
  49: [('shall', '機關[應]勒令', '公路主管機關', '', '', '製造廠…冒用…者 condition (patients)'),
       ('shall', '[應]註銷', '', '', '公路主管機關', 'thing subject 車輛 (patient) -> carried from the clause before'),
       ('may', '[得]按', '公路主管機關', '', '', 'after ；, own subject; penalty with a cue (並得) is labelled; 其屬冒用…者 condition'),
       ('shall', '[應]檢具', '公路主管機關', '', '', 'after ；, own subject; 移請有關機關偵辦 under the same 應')],
  50: [('shall', '[應]視', '', '', '工廠',
        '工廠各級職員 are the patients (遴用之 = appoint them, as precedent 農場及分場); 工廠 possessor inside the topic NP -> carried; 輔導會 after 經 approves')],
  51: [('may', '，[得]以', '', '', '申請人', 'thing subject (文書、文件); 申請人 named inside the object (申請人族語) -> carried'),
       ('may', '[得]要求', '主管機關', '', '', '但…得 without 不在此限 is a may; 申請人 is the patient')],
  52: [('may', '，[得]填具', '^[能源用戶]', '', '', '為符合… purpose; 推薦人員參加… under the same 得'),
       ('may', '並[得]優先', '中央主管機關', '', '', 'second 得 with its own subject')],
  53: [('may', '[得]派員', '本行', '', '', '金融機構…者 condition (patient); 並視…作適當處置 under the same 得')],
  54: [('shall', '[應]依', '各特種勤務任務編組機關（構）、單位', '', '',
        'new sentence with own subject; coordination kept whole with 各 (fixed modifier); 編組協助… under the same 應')],
  55: [('shall', '[應]以', '', '', '',
        'no subject; the entrants are not named in the single-paragraph article -> carried empty; 應備條件 attributive; 由本部另行公告之 no cue')],
  56: [],
  57: [('shall', '[應]於', '^[委員會]', '', '', 'subject of the …後 clause, main clause has none')],
  58: [('shall', '[應]以', '', '', '信託業',
        'hard/new: thing subject 信託財產; 信託業, named inside the object, is the one who registers it in its name -> carried; alternative carried empty'),
       ('may', '[得]依', '', '', '信託業', '但…得 without 不在此限 is a may; thing topic (…時 condition); carried as above')],
  59: [('may', '[得]依', '', '', '',
        '但…得 without 不在此限 is a may (may be paid); the members are beneficiaries, the payer is not written in the single-paragraph article -> carried empty; 無給職 no cue')],
  60: [('shall', '[應]為', '被收養者', '', '',
        'hard/new: qualification with a person written as subject -> bearer (as fresh70 98); 其親屬關係因收養發生者 condition; 且與收養者…共同居住 under the same 應; 以二人為限 no cue; alternative bearer empty')],
  61: [('shall', '[應]填具', '事業單位', '', '', 'subject of the …時 clause, main clause has none; 並檢附下列書件 under the same 應')],
  62: [('shall', '[應]超出', '本會委員', '', '', '本會 kept as fixed modifier; …時 frame; 依據法律獨立行使職權 under the same 應')],
  63: [('may', '[得]依', '^[國防部以外機關（構）]', '', '', '國防部以外 (no 之) kept as part of the name; 設置…或委託國防部執行… under the same 得')],
  64: [('may', '[得]斟酌', '法院', '', '', '亦 adverb; …必要時 condition; 命 no cue; 當事人 are patients')],
  65: [('shall', '[應]依本條例', '', '', '租賃住宅服務業', 'hard/new: 分設營業處所 (branch premises, a thing) is the topic, …者 condition; holder 租賃住宅服務業 named without 之 -> carried (as fresh69 b 16); alternative bearer 租賃住宅服務業')],
  66: [('shall', '[應]同時', '', '', '外國發行人', '…重大情事者 sorts the case; article lead-in 外國發行人…經申報生效後，應依照下列規定辦理 -> carried; 亦同 not labelled')],
  67: [('shall', '[應]透過', '電子支付機構', '', '', 'subject of the …時 clause; embedded 由被害人檢具… / 經電子支付機構…認定 / 發還… clauses have no cue of their own -> one statement')],
  68: [('may', '秘書一人，職務[得]列', '', '', '', '得列 in an organisation act: grading permission, posts are patients; 置 / 均列 no cue'),
      ('may', '護士一人，職務[得]列', '', '', '', 'as the first 得列')],
  69: [('shall', '[應]經常', '', '', '', 'thing subject 鋼索; 並於…裝置滑輪 under the same 應; lead-in 使用捲揚機設備時，應依下列規定辦理 names no actor (礦業權者 only in item 六, 礦場負責人 in a later paragraph) -> carried empty')],
  70: [('shall', '[應]先經', '', '', '', 'thing subject (文書之簽字、鈐印); 主管驗證機關 after 經 verifies, not the bearer; lead-in 前項驗證，其程序如下 and para 1 name no actor -> carried empty')],
  71: [('may', '[得]以筆試', '', '', '', 'thing topic 考試; organiser not named -> carried empty; 除考試規則另有規定外 sits in a clause without a cue (以…為考試總成績) -> no exception')],
  72: [('shall', '[須]超出', '^[全國陸海空軍]', '', '', '全國 kept as part of the name; 效忠國家，愛護人民 under the same 須')],
  73: [('may', '[得]以選舉人', '', '', '各主管選舉機關', 'thing topic 投票簿; para 1 right before (各主管選舉機關，應…造具投票簿) names the actor -> carried; 於必要時 condition')],
  74: [('shall', '[應]由', '之[候選人]接續', '次一順序之候選人', '', 'agent after 應由; restrictive 次一順序之 to bearer_full; the first 候選人 is in the …時 condition')],
  75: [('may', '[得]分別', '主管機關', '', '', 'thing topic 其徵收或撥用之申請; 所獎勵 / 取、棄土 no cue')],
  76: [('shall', '[應]明確', '', '', '', 'thing subject 說明書; the article names no actor (申請專利 an activity) -> carried empty; 可據以實現 no cue')],
  77: [('shall', '[須]為', '', '', '護理團體', '須為 required qualification; lead-in 申請認可…之護理團體，並符合下列規定 names the group -> carried (head noun)')],
  78: [('shall', '[應]由', '專業人員', '', '', 'hard/new: thing topic (雇主設置之…裝置); agent after 應由 is the bearer; 並維持其有效性能 under the same 應, although it is in substance the employer\'s duty; alternative bearer empty, carried 雇主')],
  79: [('shall', '[應]配置', '非公務機關', '', '', '負責 is not 負…義務; 並定期向負責人提出報告 under the same 應')],
  80: [],
  81: [('shall', '內，[應]檢具', '', '', '申請人', 'thing topic 前項申請基地; the applicant is named in the same provision (申請人逾期未申請籌建) -> carried; 得作加油站使用 inside the 經同意認定…後 time condition, not labelled'),
       ('shall', '主管機關[應]撤銷', '直轄市、縣 (市) 主管機關', '', '', 'coordinated subject kept whole; 申請人逾期未申請籌建 condition; 並通知地政機關，依…辦理 under the same 應'),
       ('may', '者，[得]檢具', '', '', '申請人', 'hard: 但…得 without 不在此限 is a may; 因不可歸責於申請人之事由，無法…申請籌建者 read as a case condition (as fresh69 b 59) -> bearer empty, carried 申請人; alternative bearer the …者 phrase; 延展期限每次不逾六個月 no cue')],
  82: [('may', '[得]併', '', '', '檢查機構', 'hard/new: 經檢查機構認有必要時 -- agent inside a condition is carried, not the bearer (as fresh68 a); …發現缺陷者 condition; alternative bearer 檢查機構')],
  83: [('shall', '[應]依', '投標人', '', '', 'lead-in, itself a statement')],
  84: [('shall', '[應]訂定', '雇用人', '', '', '報請航政機關備查 under the same 應')],
  85: [('may', '[得]邀請', '', '', '', 'hard/new: thing topic 第一項審查; the reviewer (本部) is named only in para 1, para 2 right before names panel members only -> carried empty; alternative carried 本部; the invitees are patients; 或進行實地訪視 under the same 得')],
  86: [('shall', '[應]於每會計', '^[保險代理人公司、保險經紀人公司、銀行]', '', '', 'coordinated subject kept whole; 並作成紀錄 under the same 應; 監察人…審計委員會 are recipients')],
  87: [],
  88: [('shall', '[須]有', '', '', '', 'hard/new: 須 states a required qualification of the released person (not written) -> shall, bearer empty; 執行機關 of the lead-in only weighs it -> carried empty; alternative not labelled (criterion, content of 應審酌)')],
  89: [('shall', '[應]於', '', '', '', 'thing topic 許可證 (如有毀損或遺失時 condition); the holder 當舖業 is named only in the later para 2 -> carried empty')],
  90: [('may', '[得]依職權', '中央主管機關', '', '', '濕地遇有緊急情況 condition; 逕予公告 under the same 得 (予 not 不予)')],
  91: [('shall', '[應]包含', '', '', '中央主管機關', 'thing subject 評鑑範圍; para 2 right before: the plan, with its scope, is set and announced by 中央主管機關 -> carried (as fresh70 a 40); alternative carried empty')],
  92: [('shall', '[應]由', '財勤單位', '保付之財勤單位', '', 'agent after 應由; restrictive 保付之 to bearer_full; thing topic 保付預算之更正')],
  93: [('shall', '[應]暫緩', '', '', '各主管機關', 'thing subject 工程經費 (…如仍有困難者 condition); 七、 lead-in names no actor, article lead-in 各主管機關編製歲出概算時，應…依…左列規定辦理 -> carried'),
       ('shall', '[應]按徵購', '', '', '各主管機關', 'after ；, no subject; 如須以徵購方式取得土地時 is a condition, its 須 not labelled; 取得 false friend'),
       ('shall', '[應]列明', '', '', '各主管機關', 'new sentence, thing topic 土地購置計畫; 亦 adverb')],
  94: [],
  95: [('shall', '[應]提出', '商標註冊申請人', '', '', 'N[condition]者 keeps N')],
  96: [('may', '[得]由', '全體社員', '全體社員過半數', '', 'hard/new: 得由全體社員過半數之同意: the members are the agent after 由, quorum to bearer_full (as 應由土地所有權人過半數…); 理監事、評議員 are patients (如有…情事 condition); alternative bearer empty, carried 全體社員')],
  97: [('shall', '[應]由', '檢 (稽) 核部門', '', '', 'agent after 應由; thing topic (各機構之現金…); 負責 not 負…義務; 派員抽查盤點 under the same 應'),
       ('may', '[得]由', '由[主管]授權', '', '', 'hard/new: after ；, 其未設…者 condition; agent after 得由 is 主管, who authorises the accounting unit; alternative bearer 會計部門')],
  98: [('shall', '[應]定期間', '審判長', '', '', '…而可以補正者 condition; 命其補正 under the same 應'),
       ('may', '[得]許其', '', '', '審判長', 'after ；, 如恐…時 condition, no subject -> carried')],
  99: [('shall', '[應]就', '', '', '本會', 'hard/new: 工作人員 are patients (to be assigned); para 1 right before (本會設人事室…) names the commission -> carried; alternative carried empty')],
  100: [],
  101: [],
  102: [('shall', '[應]提出', '', '', '魚塭養殖漁民', 'hard/new: the item heading 魚塭養殖漁民： names who submits -> carried; alternative bearer 魚塭養殖漁民; 所得 false friend; lead-in is a definition with a list of documents')],
  103: [('shall', '[應]檢視', '裁處機關', '', '', 'subject of the …時 clause (與受有利益人 = with the beneficiary); 並考量…，評估… under the same 應'),
       ('may', '[得]召開', '裁處機關', '', '', 'second cue of the same sentence, shared bearer; 必要時 condition; 邀集… under the same 得; 所得 false friend')],
  104: [('exception', '，[除]有因', '', '', '', '除…外 carves out of the 不得 of the same sentence; the inner 喪失暫時得標者之資格 has no cue'),
       ('shall_not', '，[不得]就任一', '各競價標的之[暫時得標者]，於次回合', '各競價標的之暫時得標者', '', '得標者 is a false friend but a valid noun; restrictive 各競價標的之 to bearer_full')],
  105: [('may', '[得]請求', '分會', '', '', '經審查 no cue; …者 condition (thing); 受扶助人 is the patient; 取得 false friend')],
  106: [],
  107: [('shall_not', '[不得]應本', '應考人', '', '', 'N[condition]者 keeps N; 應本考試 = sit, under 不得; 應考人 a noun')],
  108: [('may', '，[得]採用', '受託人', '', '', 'subject of the …時 clause; 所得 false friend'),
       ('shall_not', '[不得]變更', '受託人', '', '', 'second cue of the same sentence, shared bearer (一經選定 by the trustee)'),
       ('shall', '[應]為每年', '', '', '受託人', 'new sentence, thing subject 起訖期間 -> carried from the sentence before')],
  109: [],
  110: [('may', '[得]與委託人', '會計師', '', '', '所得稅 false friend'),
       ('shall_not', '[不得]以任何', '會計師', '', '', '但…不得 without 不在此限 is a shall_not; shares the written bearer')],
  111: [],
  112: [],
  113: [],
  114: [],
  115: [],
  116: [],
  117: [],
  118: [],
  119: [('exception', '[不在此限]', '', '', '', '但…不在此限 is an exception although the limited statement has no guide cue (限制 no cue); 取得 false friend')],
  120: [],
}
