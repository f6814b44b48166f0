# fresh68: seed 5890001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind early in session 50 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120, numbered 1-60 in reader b's own file); their headers follow
# o68: reader a, provisions 1-60 of the sample seed 5890001, from /work/eval/o68/a/to_label-a.tsv, numbered in file order;
# labelled 2026-12-07 (session 50).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq50b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh66-labels.py and fresh67-labels.py (fresh67's header holds no conventions list, so the
# conventions of reader a of o67 were read from the header of /work/eval/o67/a/labels-a.py, a label file).
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh66/fresh67):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 應…且應 are two statements; after ； or in a new sentence a clause without a subject gets bearer '' and
#   `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''; carried gives the head noun (restrictive 之-modifiers
#   dropped, as fresh66 a 11 藥商).
# - 'N[condition]者' keeps N; coordinated subjects are kept whole (a 之-modifier inside a coordination is kept in the
#   bearer); determiners (其, 該, 前項) and restrictive 之-modifiers go to bearer_full; a compound noun naming an
#   office of an institution (智慧財產及商業法院院長) is kept whole; the subject of a …時/…後 clause is the bearer
#   when the main clause has none; the agent after 應由/得由 (and of an embedded 由X clause of the same statement
#   when the main clause has no actor) is the bearer.
# - a …者 phrase in a list item whose lead-in names the actor, and which only sorts the cases, is a condition:
#   bearer '' and carried from the lead-in.
# - 但…不在此限 is an exception (also when the statement it limits has no cue); …不適用… is an exception (cue
#   不適用); 除…外 carving out of a statement of the same sentence is an exception (cue 除), also 除(法律)另有規定外;
#   除…外，應另 that only adds (申請人除檢具…文件外，應另檢具…) is additive; 但…得 without 不在此限 is a may; 得免X
#   is a may at 得.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - not labelled: attributive 應X之 / 應X NP (應繳勞動調解聲請費, 應遵守之程序, 應給付之退休金, 應給事假日數,
#   應給之慰勞假日數, 應計給之退撫給與, 應扣繳稅款, 所應得之報酬), cues inside …者 conditions (必須本人親自處理者),
#   a deontic verb that is only the content of another statement (應認定一年至四年不得聘任…), 準用, 適用, 亦同,
#   不受…限制, 可 / 始可 (not guide cues), 不負…責任 (no duty), 由…支付 / 由…負擔 without a cue; false friends
#   領得, 取得, 所得, 扣除, 除列 (derecognise; no 除…外).
# New conventions decided here:
# - 不得…被選任為 (國民法官法 15 I, passive): the persons listed are the patients of the selection -> bearer '' (as
#   fresh66 b: persons to be graded / disciplined); alternative bearer 下列人員.
# - 應敘明理由不予許可: two statements, a shall at 應 (state reasons) and a shall_not at 不予 (refuse), as two
#   operators in one clause; alternative one statement at 應 (as 應不予).
# - 不得具有民意代表身分 (eligibility of committee members): the members written as subject are the bearer;
#   alternative '' (a status restriction, as fresh67 b 88 得不具公務人員身分).
# - 應以X為所得稅扣繳義務人，於…扣取稅款…填發… (產業創新條例 23-1 VIII): one statement at 應; X, designated as
#   withholding agent and doer of the following clauses, is the bearer; alternative bearer ''.
# - a limb of an agent inside a condition (經中央主管機關書面審查合格者，應發給…) is carried, not the bearer.
# 
# ---- reader b (its numbers +60 below) ----
# o68: reader b, provisions 61-120 of the sample seed 5890001, from /work/eval/o68/b/to_label-b.tsv, numbered in file
# order (1-60 here); labelled 2026-12-07 (session 50).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq50b -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh66-labels.py and fresh67-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh66/fresh67):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並得 / 應…並應 with a new
#   subject are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence a clause without
#   a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else '' (an actor named only in a later paragraph is not carried).
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; coordinated
#   subjects are kept whole (a 之-modifier inside a coordination is kept in the bearer); the subject of a …時/…後
#   clause is the bearer when the main clause has none; the agent after 應由/得由 is the bearer; a regulated place
#   that acts (生產廠場 obtains a certificate) is an actor; a regulated vehicle in a lead-in (汽車超車時) is read as
#   the actor (metonymy, as fresh66 a).
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 除應…外，應… that only adds is additive and its inner cue is not labelled;
#   但…應 without 不在此限 is a shall.
# - not labelled: attributive 應X之 inside NPs (應先檢具水措計畫之事業, 應屬於…之部分, 應徵收之執行費, 應稅機件), cues
#   inside …者 conditions (未規定應於…提出者), 不予 inside an NP (決定不予彈劾確定之日), 免予, 命, 不受…限制, 由…支應,
#   依…處理之 (no cue), 僅就; false friends 所得, 取得, 領得, 獲得, 得標, 供應, 支應, 因應, 適應, 反應, 應考人, 應納稅額.
# New conventions decided here:
# - 由X禁止其營業 (a sanction, 租賃住宅市場發展及管理條例 36 I): 禁止 is the operative verb -> a shall_not at 禁止,
#   bearer the agent after 由 (as 應由/得由 and fresh66 a 不得由Y兼任); alternatives: not labelled (sanction stated as
#   fact) or bearer '' (the operator is the patient).
# - a list item whose clause has no subject under a reviewer's lead-in (中央主管機關審查…應注意下列事項：六、…應附…)
#   carries the lead-in's actor, literally as GUIDE.md's example (各機關…應注意下列事項 -> 七、…應…), although the
#   attaching is the applicant's; alternative carried ''.
# - 每年不得低於十二小時 after 應參加…訓練 (implicit subject: the training hours, not written) shares the written bearer.
# Provisions with no statement: 7 (不予 inside an NP in a definition), 9 (應先檢具…之事業 attributive), 23 (purpose
# clause, 因應), 30 (no cue; 應考人), 38 (適應), 42 (獲得), 43 (供應), 44 (取得 in a definition), 45 (支應), 46 (取得),
# 48 (供應人 definition), 49 (所得), 50 (應屬於…之部分 attributive; 免予; 所得), 51 (供應), 52 (反應), 53 (獲得),
# 55 (反應), 56 (取得, item without its own operator), 58 (供應), 59 (供應).
LABELS = {
    1: [('shall', '[應]依', '法院', '', '', '以起訴…者 / 如已繳納… / 於調解成立後 conditions; 應繳勞動調解聲請費 attributive; 扣除 false friend')],
    2: [],
    3: [('shall', '[應]符合', '單位', '申請辦理前項工作之單位', '', 'lead-in, itself a statement')],
    4: [('shall', '[應]就', '', '', '', 'hard: 簡任書記官長 is the patient (遴用之); the appointing body is not named in the article'), ('may', '[得]優先', '', '', '', 'new sentence; 其曾任推事或檢察官者 are the patients (persons appointed first); appointing body not named')],
    5: [('shall_not', '[不得]', '', '', '', 'hard/new: 不得…被選任為國民法官 (passive): 下列人員 are the patients of the selection; alternative bearer 下列人員')],
    6: [('may', '[得]於', '配偶或依民法第一千一百三十八條所定順序之親屬', '其配偶或依民法第一千一百三十八條所定順序之親屬', '', 'hard: 人員 is the beneficiary; embedded 由X代領之 of the same statement, main clause has no actor -> X (convention of fresh66 b / fresh67 112); alternative bearer empty (awarding authority not named)')],
    7: [('may', '[得]向', '^[發明專利權人]', '', '', 'N[condition]者 keeps N')],
    8: [('shall', '[應]配有', '', '', '', 'thing subject 車輛; lead-in 古董車申請…檢驗之項目及基準，依下列規定 names no actor; 且作動正常 under the same 應')],
    9: [('shall', '[應]擬具', '^[稅捐稽徵機關或其他經財政部授權之機關]', '', '', 'coordinated subject kept whole (之-modifier inside the coordination kept); …者 condition; 併同…送… under the same 應')],
    10: [('shall', '[應]加彙', '', '', '機關（構）首長', 'thing subject 財產總目錄; the head is the agent inside the topic NP (首長移交之) -> carried')],
    11: [('shall', '[應]密封', '', '', '車輛', 'hard: thing subject (管口、人孔及封蓋); lead-in 車輛裝載危險物品應遵守下列事項 names the vehicle as subject (metonymy for the carrier, as fresh66 a 17) -> carried; alternative carried empty')],
    12: [('shall', '[應]再增加', '', '', '', 'thing subject 間隔; lead-in (基本垂直間隔，依下列規定…增加間隔) names no actor'), ('may', '[得]依', '', '', '', '但…得 without 不在此限 is a may; thing subject 其間隔')],
    13: [('shall', '[應]另檢具', '申請人', '', '', '除檢具…文件外，應另檢具 is additive, not an exception; 微生物肥料申請…時 condition')],
    14: [('shall', '[應]自', '^[主辦機關]', '', '', '並將…通知異議人 under the same 應'), ('shall', '[應]另行公告', '', '', '主辦機關', 'new sentence, 其處理結果涉及…者 condition; carried from the sentence before; 並視需要延長 under the same 應')],
    15: [('shall', '[應]至', '', '', '駕駛人', 'lead-in 學生交通車之駕駛人，其健康檢查應依下列規定辦理 names the driver'), ('may', '[得]免實施', '', '', '駕駛人', '但…得 (得免) is a may; 當年已實施到職健康檢查者 sorts the cases (condition) -> carried from the lead-in')],
    16: [('shall', '[應]予制止', '管理負責人或管理委員會', '', '', 'coordinated subject kept whole; 住戶違反… condition'), ('shall', '[應]報請', '管理負責人或管理委員會', '', '', 'second cue, 經制止而不遵從者 condition; shared bearer'), ('shall', '並[應]於', '住戶', '該住戶', '', 'own subject; determiner 該 -> bearer_full'), ('may', '[得]由', '得由[管理負責人或管理委員會]回復', '', '', 'agent after 得由; 屆期未回復原狀者 condition; 其費用由該住戶負擔 no cue')],
    17: [('exception', '[除]依', '', '', '', '除…外 carves out of the 應親自辦理 of the same sentence'), ('shall', '[應]親自', '^[各級人員]', '', '', '各級 kept (fixed modifier)')],
    18: [('shall_not', '[不得]掛失', '', '', '', 'thing subject 債票 (…者); the holder is not named'), ('exception', '[不適用]', '', '', '', '…不適用… is an exception'), ('may', '[得]向', '', '', '', '但…得 without 不在此限 is a may; 其記名者 = registered bonds (thing); holder not named; 申請補發 under the same 得')],
    19: [('shall', '[應]提供', '^[票據交換所]', '', '', '')],
    20: [('may', '[得]於', '^[受懲罰人]', '', '', '應遵守之程序 attributive, not labelled')],
    21: [('shall', '[應]符合', '', '', '', 'thing subject 進貨及貯存管理; no actor in the article')],
    22: [('may', '[得]與', '', '', '主管機關', 'item of the lead-in 主管機關得對…給予下列種類之獎勵')],
    23: [('may', '[得]依', '主管機關', '', '', '訓練單位…者 condition (patient); 撤銷或廢止…或定期停止 under the same 得')],
    24: [('shall', '[應]於', '^[財政部]', '', '', '加具審查意見，呈報行政院 under the same 應'), ('shall', '[應]列入', '', '', '財政部', 'after ；, 其涉及處分事項 thing topic; carried from the clause before')],
    25: [('shall', '[應]與', '', '', '', '檢查時 condition with no subject; the examiner is not named (lead-ins 傷殘檢定檢查規定 / 檢查關節，應注意…)'), ('shall', '[應]以度數', '', '', '', 'thing subject 形容; 悉依…檢定之 has no cue')],
    26: [('may', '[得]多次', '', '', '', 'thing subject (the permit); holder not named')],
    27: [('may', '[得]視', '^[本會]', '', '', '經報准局長聘任 under the same 得')],
    28: [('may', '[得]依', '計畫主持人', '', '', '成效評鑑結果為通過者 condition; 不受…限制 not labelled')],
    29: [('may', '[得]委託', '支票存款戶', '金融業者核准開戶之支票存款戶', '', '均 adverb; 逕行代為付款 (the bank) is the content of the mandate')],
    30: [('shall', '[應]予', '教保服務機構', '', '', '教保服務人員…者 condition (patient)'), ('shall', '且[應]認定', '教保服務機構', '', '', '且應: second statement, shared bearer; 不得聘任… is only the content of the 認定, not labelled')],
    31: [('shall', '[應]發給', '', '', '中央主管機關', 'hard/new: thing topic 案件; 經中央主管機關書面審查合格者 condition names the agent -> carried; alternative bearer 中央主管機關'), ('shall', '[應]敘明', '', '', '中央主管機關', 'after ；, 不合規定者 condition; carried'), ('shall_not', '[不予]', '', '', '中央主管機關', 'hard/new: 應敘明理由不予許可 read as two operators (shall + shall_not); alternative one statement at 應')],
    32: [('shall', '[應]事先', '^[各機關]', '', '', 'subject of the …時 clause'), ('shall', '並[應]製備', '各機關', '', '', '並應: second statement, shared bearer; 予以配合分析說明 no cue')],
    33: [('shall', '[應]予', '管理局', '', '', '再利用許可之申請 thing topic; 有下列情形者 condition')],
    34: [('shall', '[應]併入', '', '', '', 'thing subject (裝修費或重大檢查費); lead-in 折舊： names no actor; 除列 (derecognise) is no 除…外 and, with 以…作為… / 計算折舊, is under the same 應')],
    35: [('may', '[得]依', '受害人', '', '', '…案件，具有下列情形之一者 condition')],
    36: [('shall', '[應]通知', '雇用人', '', '', '船員…時 condition (船員 non-actor)'), ('shall', '[應]先將', '金融機構', '', '', 'after ；, own subject (subject of the …後 clause); 應給付之退休金 attributive'), ('shall', '[應]由', '應由[雇用人]補足', '', '', 'agent after 應由; 不足部分 topic')],
    37: [('shall', '[應]將', '機關', '逾期張貼之機關', '', '張貼公告有…之情形時 condition')],
    38: [('shall', '[應]規劃', '教育部', '', '', '為…purpose clause; （以下簡稱本部） parenthetical')],
    39: [('shall', '[應]詳列', '', '', '', 'thing subject 申請撥款資料; the recipient is not named (para 1 names no actor)'), ('may', '[得]追回', '中央主管機關', '', '', '如有…情事 condition; 並視情形…核減…或撤銷 under the same 得')],
    40: [('shall_not', '[不得]具有', '專家學者、第七款及第八款之委員', '前項專家學者、第七款及第八款之委員', '', 'hard/new: eligibility restriction; the members written as subject taken as bearer; alternative bearer empty (status, as fresh67 b 88)')],
    41: [],
    42: [('shall', '[應]符合', '', '', '', 'thing subject 證明文件; no actor named in the article (所稱 … is only the topic, not a definition clause)')],
    43: [('may', '[得]視', '^[智慧財產及商業法院院長]', '', '', 'compound noun naming an office kept whole; 擬具…報請… under the same 得')],
    44: [('shall', '[應]隨時', '^[信用合作社]', '', '', ''), ('shall', '[應]於', '信用合作社', '', '', 'second cue of the same sentence, 如有違反規定者 condition; shared bearer')],
    45: [('shall', '[應]繳回', '', '', '', 'thing subject 其發給之救助金; the recipient is not named (原失蹤人 only in the condition); 亦同 not labelled')],
    46: [],
    47: [('shall', '[應]在', '', '', '', 'after ；, …者 condition; the deducting body is not named (the officers are only patients); 必須 inside the …者 condition, 始可 (可), 應給事假日數 / 應給之慰勞假日數 attributive not labelled; 扣除 false friend'), ('shall_not', '[不得]', '', '', '', 'after ；, thing subject (合計); no actor')],
    48: [('may', '[得]將', '航空維修訓練機構', '', '', '在…管控下 framing; the organisation is the subject')],
    49: [('shall', '[應]於民國九十一年', '國產藥品製造廠', '', '', ''), ('shall', '[應]於民國九十二年', '廠商', '領有輸入藥品許可證之廠商', '', 'own subject; both 應 govern 完成…之程序; 準用 not labelled')],
    50: [('shall', '[應]經', '', '', '', 'thing subject (艙櫃及浮力櫃間); lead-in (定期檢驗項目，依左列規定) names no actor; 檢查人員 named only in the 除 clause'), ('exception', '[除]經', '', '', '', '除…外 carves out of the 得免施行試驗 of the same sentence'), ('may', '[得]免', '', '', '', '得免 is a may at 得; thing subject')],
    51: [('shall', '[應]有', '', '', '聽力團體', 'topic 會員中; lead-in 申請認可…之聽力團體，應符合下列規定 -> carried')],
    52: [],
    53: [],
    54: [('exception', '[除]法律', '', '', '', '除法律另有規定外 carves out of the 應 of the same sentence (o67 a convention)'), ('shall', '[應]就', '網際網路零售業', '', '', '並提出… under the same 應')],
    55: [('exception', '[不在此限]', '', '', '', '但…不在此限 labelled although the statement it limits (a definition of the service users) has no cue')],
    56: [('shall', '[應]以', '事業負責人', '適用該項規定之事業負責人', '', 'hard/new: 應以X為所得稅扣繳義務人，於…扣取稅款，並…繳清，及開具…，向…申報核驗後，填發… is one statement; X, the designated withholding agent who does the following acts, is the bearer; alternative bearer empty; 有…所得之合夥人…者 condition; 義務人 noun, 所得 false friend'), ('may', '[得]自', '合夥人', '該合夥人', '', 'new sentence, own subject (…者 keeps N); 應扣繳稅款 attributive')],
    57: [('shall', '[應]有十五人', '', '', '立法委員', 'thing subject 法律案; agent inside the topic NP (立法委員提出之) -> carried'), ('exception', '[除]另有', '', '', '', '除另有規定外 carves out of the 應 of the same clause'), ('shall', '[應]有十人', '', '', '立法委員', 'hard: after ；, thing subject 其他提案; the proposers carried from the clause before; alternative carried empty')],
    58: [('shall', '[應]於', '作者', '', '', '可作為 (可) not a cue; 逾期不負保管責任 is no duty, not labelled')],
    59: [],
    60: [('shall', '[應]由', '董事長、執行長或與執行長職位相當之人及主辦會計人員', '', '', 'thing topic 財務報表; agent after 應由, coordinated, kept whole')],
    61: [('shall', '前條公告[應]於', '', '', '主管機關', 'hard: thing subject 公告 (of 第6條, made by 主管機關); the authority named in the next sentence of the same provision -> carried; alternative carried empty'), ('shall', '外，[應]於出售', '主管機關', '', '', '除應於機關門首公告五日外 is additive (besides), not an exception; its inner 應 not labelled'), ('may', '並[得]函囑', '主管機關', '', '', '應…並得: a second statement, shared bearer')],
    62: [('may', '並[得]命令', '度量衡專責機關', '', '', '有第一項情形者 condition; 經銷商 is the addressee of the order')],
    63: [('shall', '[應]於二週內', '^[縣市政府]', '', '', 'subject of the …後 clause; 彙整轉陳 under the same 應')],
    64: [('shall', '均[應]退席', '與受評審人申請之級別相同或較低者', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 均 adverb; 討論與票決…時 time frame')],
    65: [('shall', '[應]予適當隔離', '^[雇主]', '', '', '對於…之場所 is the object / place'), ('exception', '[不在此限]', '', '', '', '')],
    66: [('may', '[得]視', '', '', '', 'thing topic 懸掛式標誌; the installing body is not named in the article')],
    67: [],
    68: [('shall', '[應]由校長', '校長', '', '', 'agent after 應由; 學校聘任兼任教師 framing topic')],
    69: [],
    70: [('shall', '[應]設調整器', '', '', '', 'thing / place subject (灌氣容器…與停止閥間); lead-in 將…供予消費事業單位…時，應確認… has no written subject'), ('shall', '[應]具有', '', '', '', 'after ；, thing subject 耐壓性能及氣密性能')],
    71: [('shall', '[應]由', '負責人', '', '', 'agent after 應由; thing topic 臨時路外停車場; 報請…核備並領得… under the same 應; 領得 false friend'), ('may', '[始得]', '負責人', '', '', '應…，始得: two statements, shared bearer')],
    72: [('may', '[得]依', '申報金融機構', '', '', 'subject of the …時 clause')],
    73: [('shall', '[應]予配合', '^[民間機構]', '', '', '接管人 only inside the object NP')],
    74: [('shall', '[應]含', '', '', '中華郵政公司', 'thing subject (商品 / review content); lead-in 中華郵政公司應…檢視保險商品下列事項 names the reviewer -> carried; alternative carried empty')],
    75: [('shall', '[應]自行', '^[指定銀行]', '', '', '責成… / 並定期辦理稽核 under the same 應; 「」 hold names only')],
    76: [('may', '[得]申請', '', '', '', 'thing subject 工程受益費 (受益土地 … condition); the applicant (landowner) not named'), ('shall', '[應]予註銷', '', '', '', '但…應 without 不在此限 is a shall; thing subject (patient) 工程受益費; cancelling body not named')],
    77: [('shall_not', '[不得]夾帶', '', '', '親友', 'lead-in (para 2) 前項親友，應…並遵行下列事項')],
    78: [('may', '[得]按次處罰', '', '', '主管機關', 'after ；, 屆期未改善者 condition (offender is the patient); 主管機關 named in the clause before (由主管機關處…罰鍰); 並命其 no cue')],
    79: [('shall', '[應]於', '', '', '', 'thing subject 中央系統型冷暖氣機 (taxed); taxing body not named; 應稅機件 attributive (taxable), not labelled')],
    80: [('exception', '[除]前項', '', '', '', '除前項規定外 carves the changes needing permission (para 1) out of the 應 of the same sentence'), ('shall', '[應]向', '', '', '有線廣播電視系統經營者', 'thing topic 申請書及營運計畫內容變更; para 1 (right before) names the operator as possessor (有線廣播電視系統經營者（以下簡稱系統經營者）之申請書)')],
    81: [('shall', '[應]恢復', '', '', '', 'thing subject 林業設施 (…時 clause); single-paragraph article names no actor')],
    82: [('shall_not', '[不得]超車', '', '', '汽車', 'lead-in 汽車超車時，應依下列規定 (vehicle as actor, metonymy)')],
    83: [],
    84: [('may', '[得]以職權', '', '', '第二審法院', 'thing topic 前項宣告假執行; para 1 (right before) names 第二審法院 (possessor of the judgment declaring provisional execution) -> carried; 亦 adverb')],
    85: [('shall', '[應]附', '', '', '中央主管機關', 'hard/new: item clause without subject; lead-in 中央主管機關審查…應注意下列事項 -> carried as GUIDE example; the one attaching is really the applicant (not named); alternative carried empty')],
    86: [('shall', '[應]至', '^[醫療機構、藥局，及取得藥品製造或輸入許可之藥商]', '', '', 'coordinated subject of the …時 clause kept whole (之-modifier inside the coordination kept); （以下簡稱藥商） left out; 填具…通報… under the same 應; 取得 / 反應 false friends')],
    87: [('shall', '[應]包括', '', '', '學校', 'thing subject 評估報告之內容; para 1 (right before): 學校…作成評估報告 -> carried')],
    88: [('may', '[得]由', '義務人', '', '', 'agent after 得由; thing topic 第一項規定之檢查; 經審核無…者 condition; 不受…限制 not labelled; 取得 false friend')],
    89: [('shall', '[應]查明', '監管海關', '', '', '並限期改善 under the same 應; …者 condition (保稅工廠 patient)'), ('may', '[得]通知', '海關', '', '', 'own subject; 無正當理由逾期未改善者 condition; 除帳 is not 除…外')],
    90: [],
    91: [('shall', '[應]訂定', '^[業者]', '', '', '為持續改善本計畫 purpose')],
    92: [('shall', '[應]於', '', '', '', 'topic = activities (打撈沉船…等相關作業); the applicant is named only in para 2 (later), not carried')],
    93: [('shall', '[應]出席', '^[考選部部長]', '', '', '參與… / 並副署… under the same 應')],
    94: [('shall', '[應]參加', '^[監測機構之監測人員及第十條之二之執業工礦衛生技師]', '', '', 'coordinated subject kept whole (之-modifiers inside the coordination kept)'), ('shall_not', '[不得]低於', '^[監測機構之監測人員及第十條之二之執業工礦衛生技師]', '', '', 'hard/new: 每年不得低於十二小時, second cue of the same sentence, implicit (unwritten) subject = training hours -> shares the written bearer; alternative bearer empty')],
    95: [('may', '[得]依照', '主管稽徵機關', '', '', '營業人有下列情形之一者 condition (patient); 核定…並補徵之 under the same 得; 應納稅額 false friend')],
    96: [('shall_not', '[禁止]其營業', '直轄市、縣（市）主管機關', '', '', 'hard/new: sanction 由X禁止其營業, 禁止 operative verb -> shall_not, agent after 由; alternatives: not labelled (sanction as fact) or bearer empty; 並處…罰鍰 / 並限期改正 / 按次處罰 no cue'), ('may', '並[得]勒令', '', '', '直轄市、縣（市）主管機關', 'after ；, 情節重大者 condition; the authority named in the clause before')],
    97: [('may', '[得]另指派', '裁決委員會', '', '', 'thing topic 前項裁決決定書; 於必要時 condition; 每件支給… no cue')],
    98: [],
    99: [('shall', '[應]有', '', '', '', 'thing subject 每一艙口; no actor in the article')],
    100: [('shall', '設備，[應]裝', '', '', '', 'thing subject 無線電設備; lead-in (馬達救生艇之無線電設備，其裝置及性能，應依左列規定) names no actor'), ('shall', '該艙[應]能', '', '', '', 'thing subject 該艙')],
    101: [('may', '[得]逕向', '臺灣地區人民', '', '', 'hard: thing topic 不動產物權; the buyer named in the framing clause 由臺灣地區人民拍定 is the applicant; alternative bearer 申請移轉該不動產物權者 (headless …者); 取得 false friend'), ('exception', '[不適用]', '', '', '', '…不適用… is an exception')],
    102: [],
    103: [],
    104: [],
    105: [],
    106: [],
    107: [('may', '[得]設置', '', '', '', 'no subject written (為… purpose clauses); 因應 false friend')],
    108: [],
    109: [],
    110: [],
    111: [],
    112: [],
    113: [],
    114: [('may', '廠商[得]於使用', '得標廠商', '', '', '得標廠商 (得標 false friend) is the subject; 未規定應於…提出者 condition, its 應 not labelled')],
    115: [],
    116: [],
    117: [('shall', '者，[應]通知之', '執行法院', '', '', 'N[condition]者 keeps N'), ('shall', '[應]依其他', '', '', '執行法院', 'new sentence, …者 condition without subject; carried from the sentence before')],
    118: [],
    119: [],
    120: [('shall', '[應]取得', '生產廠場', '', '', 'regulated place that acts is an actor; 取得 is the verb under 應'), ('shall', '並[應]確保', '申請人', '', '', 'after ；, own subject; 確保及聲明 under the same 應')],
}
