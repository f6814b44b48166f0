# fresh64: seed 5410001, 120 provisions (100 with a cue, 20 with a false-friend word), labelled blind late in session 47 (2026-12-07) by two readers: a (provisions 1-60) and b (61-120); their headers follow
# o64: reader a, provisions 1-60 of the sample seed 5410001, from /work/eval/o64/a/to_label-a.tsv, numbered in file order;
# labelled 2026-12-07 (session 47).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq47start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh62-labels.py and fresh63-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh62/fresh63):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並應 / 得…，…得 are two statements; after ； or in a new sentence a clause without a subject gets
#   bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP, or the subject of a framing /
#   …者 clause whose main clause has a thing subject), its list lead-in or the paragraph right before clearly names
#   the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   (前項) and restrictive / genitive 之-modifiers go to bearer_full; a compound noun naming an office of an
#   institution (居家呼吸照護所負責人) or a category (第二上市（櫃）公司) is kept whole as the name; the subject of
#   a …時/…後 clause or of a 為… purpose clause is the bearer when the main clause has none; the agent after
#   應由/得由 is the bearer.
# - a list item that writes its own subject before a colon (一、政府機關（構）及公營公司：應…) has that bearer.
# - 但…不在此限 is an exception; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   除…外，並應 is additive; 除…外 whose main clause has no cue (…外，沒收之) is not labelled.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement.
# - 應…負…責任: one statement at 應.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應繳納之規費, 應屬稅則號別, 應記載事項, 應檢附書件,
#   依法令規定不得出租之不動產, 應設置通訊監察設備之經營者), cues inside …者 conditions / definitions and inside
#   除…外 (其應支出者, 得行使司法警察職權者, 除應發還…或得請求…外), cues inside 「」 (…不適用強制引水審查委員會),
#   a deontic verb that is only the content of another statement (契約應明定運用者負…義務; 規定…不予成班;
#   裁定不予准許), 以…為限, 由…定之, 視為 (no cue), 保密義務 as a noun; false friends 所得, 取得, 支應, 供應,
#   應力.
# New conventions decided here:
# - a restating 得 in a scope paragraph (主管機關依第二條規定得予補貼業者…之資本設備投資，包含…項目) is read as a
#   subject NP of 包含 (the investment the authority may subsidise under Art. 2), i.e. attributive: not labelled.
# - 得免繳銷 (其所領…許可證，得免繳銷) is a may at 得 (the 免 itself is not a cue); thing subject, carried the holder.
# - a regulated vessel that applies (申請次年度作業許可之漁船，應符合…) is read as the actor (metonymy for its
#   operator), like the organisational units / places of the earlier files.
# - a fee to be collected (申請…者，應依海關徵收規費規則徵收特別處理費): the applicant is the patient; the collecting
#   authority 海關, named in the same paragraph, is carried.
# o64: reader b, provisions 61-120 of the sample seed 5410001 (numbered 1-60 here), from /work/eval/o64/b/to_label-b.tsv,
# numbered in file order; labelled 2026-12-07 (session 47).
# Written by reading each provision's text (plus its list lead-in / whole article via
# `/work/eval/csq47start -f /work/eval/ch/ch/PCODE.json 第N條`, for `carried`), following
# tests/data/obligations/GUIDE.md and the conventions in the headers of fresh51-labels.py, fresh52-labels.py,
# fresh53-labels.py, fresh62-labels.py and fresh63-labels.py.
# No csquery obligation output, rules, src, grammar, tests (other than the files named) or docs seen; no
# `obligations`, `actors`, `export` or `search` command run (only GUIDE.md, the five label files named above and
# labels_to_tsv.py were opened under /work/main).
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# modality: shall, shall_not, may, exception.
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh51/fresh52/fresh53/fresh62/fresh63):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing / patient) subject;
#   one 應/得 governing 並X / a following clause without a new cue (also an embedded 由X clause) is one statement;
#   應…並應 / 得…並得 are two statements; 應…，始得 is two statements (shall, may); after ； or in a new sentence
#   (also a 但 sentence after 。) a clause without a subject gets bearer '' and `carried` from the clause before.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also an agent or possessor inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else '' (an actor named only two paragraphs up is not carried).
# - 'N[condition]者' keeps N; coordinated subjects are kept whole; determiners (前項) and restrictive modifiers
#   (之-modifiers, also a bare restrictive noun modifier: 本考試及格人員, 災區重建工程得標廠商) go to bearer_full;
#   the subject of a …時/…後/…前 clause is the bearer when the main clause has none; the agent after 應由/得由 (and of
#   an embedded 由X clause of the same statement, as fresh62) is the bearer.
# - 但…不在此限 is an exception; …不適用… is an exception (cue 不適用); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除; also 除…之情形 without 外, and a 除…外 carving out of a 不適用 statement);
#   除…外，並應 is additive; 僅得 is a may.
# - a list item that writes its own operator is labelled even when the lead-in is itself a statement or lists
#   conditions.
# - not labelled: attributive 應X之 / 得X之 inside NPs (應加表明之事項, 應記載之事項, 應遵行事項, 應檢附文件, 得委託或委辦
#   事項, 得在場之人, 應經特許…之行業, 得請假期間, 應納稅額), cues inside …者 / …前 conditions (依前項規定不得辦理前),
#   須 = need inside a …時 condition (須僱用人員時), 需 (not a guide cue), 排除適用 (not 不適用), 亦同, 以…為限,
#   以…為原則 without a cue, 由…定之, 命, 准予; false friends 應收, 應付 (應付帳款, 為應付意外事故), 應試, 應用
#   (情報機關應用保防…措施 = the agency's use of), 應變, 因應, 所得, 取得, 得標, 供應.
# New conventions decided here:
# - 由X負完全責任 (內部審核處理準則: the unit that concluded an urgent contract bears full responsibility) is an
#   allocation of accountability without 義務 / 之責 / 應: not labelled (as fresh63 b 負連帶賠償責任); the following
#   並應補送 is a shall with the same written bearer.
# - a …者 clause after ； naming the negative outcome of a review (不准予複檢者，應敘明理由) is a condition, not a
#   headless agent: bearer '' and carried = the reviewer named in the clause before.
# - a pronoun-headed condition 其符合…者 in a new sentence is a condition: bearer '', carried from the sentence before.
LABELS = {
    1: [('shall', '[應]視', '選舉委員會', '', '', 'subject of the sentence; 提供合理調整措施 under the same 應; 由該次選舉經費支應: 支應 false friend, no cue')],
    2: [('may', '[得]發給', '', '', '服勤單位', 'first clause (交通工具由服勤單位提供) has no cue; the 得 clause has no subject of its own; the agent 服勤單位 of the clause before -> carried')],
    3: [],
    4: [('shall', '[應]儘速', '', '', '申請人', 'list item without subject; lead-in 申請人對疑似洗錢或資恐交易之申報，應依下列規定辦理; 並留存紀錄 under the same 應')],
    5: [('shall', '[應]全數', '', '', '', 'thing subject 該批容器 (應…視為 = shall be deemed); the …者 of the first clause is a condition; no actor named for the deeming in the item or lead-in')],
    6: [('may', '期滿[得]留任', '校級正副主官 (主管)', '', '', "hard: the officer is the subject of the intransitive 留任 (topic 校級正副主官 (主管) 任期二年); alternative: patient of a retention decision, bearer ''"), ('may', '特殊情況[得]再留任', '校級正副主官 (主管)', '', '', 'second 得 of the same sentence shares the bearer; 以四年為限 no cue')],
    7: [('shall_not', '[不得]少於', '', '', '信用評等事業', 'thing subject 實收資本額; 信用評等事業 possessor inside the topic NP'), ('shall', '並[應]於', '發起人', '', '', 'own subject')],
    8: [('shall', '[應]明定', '', '', '設置者與生物資料庫運用者', 'thing subject 契約; the contracting parties are the agents inside the topic NP; 運用者負…之義務 is only the content of 明定 (not labelled)')],
    9: [('shall', '[應]記載', '', '', '測量學術團體、技師公會、同業公會或從事測量教學之大專校院', 'thing subject 訓練計畫; para 1 (right before) names those who submit the plan')],
    10: [('shall', '[應]專案', '', '', '主管機關', '保安林內有下列情形之一者 is a condition (forest, not an actor); para 2 (right before) names 主管機關 as the one who 施行檢訂')],
    11: [('shall', '[應]於', '漁業人', '', '', '')],
    12: [('shall', '[應]保持', '', '', '', 'distance between tanks: no actor in the article'), ('exception', '[不在此限]', '', '', '', '')],
    13: [('shall', '[應]包括', '', '', '委託檢驗機構', 'thing subject 盲績效監測檢體; para 1 (right before) names 委託檢驗機構 as sender inside its topic NP; 以待測藥物為主, 以定性結果判定之 no cue')],
    14: [],
    15: [],
    16: [('exception', '[除]被分割', '', '', '', '除…外 carves the divisible debts out of the 應 of the same sentence'), ('shall', '[應]就', '既存或新設公司', '分割後受讓營業之既存或新設公司', '', '應…負連帶清償責任 one statement at 應; 但…消滅 has no cue')],
    17: [('may', '[得]通知', '主管機關', '', '', '管制區內以地下水…者 is a condition (the well users, patients of the notice)')],
    18: [('shall', '[應]予複檢', '', '', '', 'no tester named in the article')],
    19: [('shall', '並[應]包含', '', '', '上級機關', 'thing subject 陞遷序列表; 上級機關 possessor inside the topic NP; 不受第一項之限制 inside the restated 所稱… (definiendum) not labelled; 視為, 依前條規定辦理 no cue')],
    20: [('shall', '[應]設置', '', '', '', 'list item; lead-in 坑內限使用柴油內燃機，使用時…並應依下列規定辦理 names no actor')],
    21: [('shall', '[應]以書面', '本會', '', '', '保密義務 is a noun inside the content of 約定 (not 負…義務)')],
    22: [('shall', '均[應]開班', '', '', '學校', 'the …者 clause (students) is a condition; 學校 possessor inside the topic NP 學校新生或各年級學生'), ('may', '並[得]辦理', '', '', '學校', 'second cue of the same sentence, no subject'), ('shall_not', '[不得]於', '地方主管機關', '', '', 'own subject after ；; 不予成班 is only the content of 規定 (not labelled)')],
    23: [],
    24: [],
    25: [('shall_not', '[不得]將', '專業機構', '', '', ''), ('exception', '[不在此限]', '', '', '', '')],
    26: [('may', '[得]依聲請', '法院', '', '', '不予准許 is the content of the ruling 裁定 (not labelled); 如准許… condition')],
    27: [('shall', '[應]選設', '', '', '', 'thing subject (抽水機室及配電室); lead-ins name no actor')],
    28: [('may', '[得]檢具', '^[第二上市（櫃）公司]', '', '', 'category name kept whole; 應記載事項 / 應檢附書件 attributive'), ('shall', '並[應]於', '^[第二上市（櫃）公司]', '', '', '得…並應 two statements; shares the written bearer')],
    29: [],
    30: [('shall', '[須]附', '經營者', '依通訊保障及監察法令規定應設置通訊監察設備之經營者', '', 'item of a document list writes its own operator and subject; inner 應設置 attributive; the lead-in names no actor, so the …之經營者 is the bearer')],
    31: [('shall', '[應]取於', '', '', '', 'thing subject 最小厚度; 應力 false friend; no actor in the article')],
    32: [],
    33: [],
    34: [('exception', '[不在此限]', '', '', '', '以補助一場為限 no cue')],
    35: [('shall', '[應]通知', '', '', '當地主管機關', 'the …者 is the offender (patient); lead-in 健康食品得由當地主管機關…為下列處分; 逾期…沒入銷毀之 no cue')],
    36: [('shall', '[應]成立', '中央主管機關', '', '', 'subject of the 為… clause; 由中央主管機關定之 not labelled')],
    37: [('shall', '[應]於', '管理人', '', '', '由民航局逕行公告註銷之 no cue')],
    38: [('shall', '[應]具備', '直轄市、縣（市）主管機關', '', '', '')],
    39: [('shall', '並[應]設置', '', '', '', '除…外，並應 is additive; thing topic (預先曝氣池); lead-in names no actor')],
    40: [('shall', '[應]繳交', '受託人', '前項受託人', '', '並於…登記 under the same 應')],
    41: [('may', '[得]採取', '主管機關', '', '', '')],
    42: [('exception', '[除]有前條', '', '', '', '除有前條情形外 (Art. 7: 法務部得停止審查) carves out of the 應 of the same sentence'), ('shall', '[應]自受理', '法務部', '', '', ''), ('may', '[得]延長', '', '', '法務部', 'after ；, no subject'), ('shall_not', '[不得]逾', '', '', '法務部', 'thing subject 延長期間')],
    43: [('may', '[得]停止', '主管機關', '', '', '有前項情形之一者 is the offender (patient)')],
    44: [('shall', '[應]注意', '', '', '', 'act topic 歸檔案件之點收; no actor in the article')],
    45: [('may', '[得]於', '', '', '國家銀行職員', 'hard: thing topic 資格及薪給; 國家銀行職員 possessor inside the topic NP (the one who objects); 但以一次為限 no cue')],
    46: [('may', '[得]於', '^[行政院各部會局]', '', '', '由外交部…給予適當名義 no cue')],
    47: [('shall', '[應]實施', '', '', '雇主', 'time frame only; para 1 (right before) names 雇主')],
    48: [('shall_not', '[不得]貸與', '', '', '證券期貨控股事業', 'thing subject 自有資金; possessor inside the topic NP; 或移作 under the same 不得; 除…外，…以下列為限 has no cue (not labelled)')],
    49: [('shall', '[應]發給', '', '', '本公司', 'para 1 (right before) names 本公司 as the one who dismisses')],
    50: [('may', '[得]向本部', '經累計二十四小時以上複訓合格，並於證書有效期間內取得第十一條第二款參加安全講習活動證明者', '', '', 'headless agentive …者 phrase kept whole (from after ；); 取得 false friend')],
    51: [('may', '[得]申請', '', '', '免稅商店', 'hard: topic 免稅商店年度盤存 (an act); 免稅商店 possessor inside the topic NP; alternative bearer 免稅商店'), ('shall', '[應]依', '', '', '海關', 'hard/new: the applicant (…者) pays, patient of 徵收; the collecting authority 海關 is named in this paragraph -> carried')],
    52: [('shall', '[應]符合', '漁船', '申請次年度作業許可之漁船', '', "hard/new: the applying vessel read as the regulated actor; alternative thing subject, bearer ''")],
    53: [('shall_not', '[不得]超過', '', '', '受託代理人', 'thing subject 其累計代理股數; 受託代理人 is the subject of the …者 framing clause -> carried; alternative bearer 受託代理人')],
    54: [('shall', '[應]委託', '政府機關（構）及公營公司', '', '', 'item writes its own subject before the colon; lead-in 職場教保服務中心之辦理方式如下 names no actor')],
    55: [],
    56: [('shall', '[應]依進口', '', '', '', 'the …者 is the goods (thing); importer / customs not named; 計徵進口稅款 under the same 應; 應屬稅則號別 attributive')],
    57: [('shall_not', '[不得]超過', '', '', '符合第五條第一項第三款規定鑿井引水者', 'thing subject 總引用水量; headless …者 framing clause names the holder -> carried')],
    58: [('shall', '[應]督導', '居家呼吸照護所負責人', '', '', 'compound office name kept whole; 善盡…注意 is what the staff are supervised to do (no new cue)')],
    59: [('shall', '[應]視', '機要組組長', '', '', '指定專人…並將人員疏散 under the same 應; second sentence (依…處理之，並將…報告) has no cue')],
    60: [('shall', '[應]向', '醫療器材商', '', '', ''), ('may', '[得]免繳銷', '', '', '醫療器材商', 'new: 得免繳銷 is a may at 得; thing subject 許可證, 其 = the firm -> carried')],
    61: [('shall', '機關[應]廢止', '主管機關', '', '', '申請者或設置者有下列情形之一者 is a condition')],
    62: [],
    63: [('shall', '[應]報請', '^[主任檢察官與檢察官]', '', '', 'hard: coordinated subject of the …時 clause kept whole as the bearer of the reporting duty')],
    64: [('shall', '[應]於本法', '直轄市、縣（市）主管機關', '', '', ''), ('may', '[得]延長', '', '', '直轄市、縣（市）主管機關', 'after ；, no subject; 期滿即失…效力 has no cue')],
    65: [('shall', '[應]檢具', '役男', '', '', 'N[condition]者 keeps N; 申請複檢 and the embedded 由公所轉報 clause are part of the same statement (no new cue)'), ('shall', '者，[應]敘明', '', '', '直轄市、縣（市）政府', 'hard/new: 不准予複檢者 is a condition (the negative outcome), not a headless agent; the reviewer 直轄市、縣（市）政府 from the clause before; 並通知 same statement')],
    66: [('shall', '[應]以組成', '', '', '管理機關', 'thing subject 財產; 管理機關 named later in this provision; 並將…登入 same statement'), ('may', '[得]由管理機關', '管理機關', '', '', 'agent after 得由')],
    67: [('shall', '[應]以書面', '^[舉發人]', '', '', '並且簽名、蓋章或按捺指紋 governed by the same 應'), ('may', '[得]以言詞', '', '', '舉發人', '但 sentence without a subject')],
    68: [],
    69: [('shall_not', '[不得]逾必要', '', '', '監獄', 'thing subject 隔離保護; para 3 (right before) names 監獄'), ('shall', '[應]即解除', '', '', '監獄', '應即 one cue'), ('shall_not', '[不得]逾十五日', '', '', '監獄', '')],
    70: [('shall', '[應]以會議', '', '', '合作社', 'act topic; 合作社 possessor inside the topic NP; 並採 same statement'), ('may', '[得]經理事會', '', '', '合作社', 'topic 社員代表之選舉或罷免; the board only decides; 並報…備查後，採非會議方式辦理 same statement'), ('shall', '[應]另於', '', '', '合作社', '採通訊投票或電子投票者 is a condition'), ('shall', '辦法[應]包含', '由[理事會]提經', '', '', 'hard: thing subject 其辦理辦法; the embedded 由理事會提經…決議通過 clause of the same statement gives the agent (fresh62 convention)')],
    71: [('shall', '[應]合於', '', '', '汽車運輸業', 'thing subject (capital, vehicles, stations); the operator inside the topic NP 經營汽車運輸業之…')],
    72: [('shall', '[應]有', '', '', '', 'thing subject 電線; the owner / operator of the line is not named in the article')],
    73: [('shall', '並[應]考慮', '', '', '', 'act topic 選擇路線; 除…外，並應 is additive; the surveyor is not named in the article')],
    74: [],
    75: [('shall', '[應]通知', '', '', '', 'thing topic (date, time, place); 得在場之人 attributive; the prosecutor who notifies is not named in the article'), ('exception', '[不在此限]', '', '', '', '')],
    76: [('shall', '[應]具備', '部門主管及業務人員', '他業兼營證券投資顧問業務或全權委託投資業務從事第二條第二項第一款至第七款之部門主管及業務人員', '', ''), ('exception', '[除]內部', '', '', '', '除…外 carves 內部稽核部門主管 out of the 應具備 of the same sentence')],
    77: [('shall', '[應]由發行機構', '發行機構', '', '', 'agent after 應由; topic 標的賽事; 向主管機關提出申請 same statement'), ('may', '[始得]將', '發行機構', '', '', '應…，始得 is two statements; shares the written bearer')],
    78: [('may', '[得]就', '^[機關（構）、事業單位、學校、法人、團體]', '', '', 'coordinated employers kept whole (subject of the topic clause 給付員工…之薪資); 而得請假期間 attributive, 應變 false friend, 亦同 not labelled')],
    79: [('shall', '[應]主動', '', '', '', 'subject of the …時 clause is a thing; 公務機關或非公務機關 named only in para 1 (not the paragraph right before), so carried left empty'), ('exception', '[不在此限]', '', '', '', '')],
    80: [('may', '任滿[得]連任', '課審會委員', '', '', 'hard: the member serving another term read as the bearer (subject of the sentence)'), ('shall_not', '[不得]低於', '', '', '', 'topic 單一性別 (a quota); the appointing authority is not clearly named in the paragraph before'), ('shall', '均[應]包含', '', '', '', 'topic 政府機關代表及非政府代表 (groups); 但…任期為二年 has no cue')],
    81: [('exception', '[除]前款', '', '', '', 'hard: 除前款之規定外 read as carving the item-3 pipes out of the 應具備 of the same sentence'), ('shall', '排洩口，[應]具備', '', '', '', 'thing subject; lead-in 外殼板上裝設之輸入口及排洩口，應符合下列之規定 names no actor; 或代以 same statement'), ('shall', '止回閥[應]位於', '', '', '', 'after ；, thing subject; 並能…接近檢查 same statement'), ('shall', '其型式[應]為', '', '', '', 'thing subject')],
    82: [('may', '[得]位於', '', '', '', 'thing subject (land / site); lead-in names no actor; 並兼顧 same statement')],
    83: [],
    84: [('shall_not', '[不得]申請', '當事人', '公害糾紛之當事人', '', 'N[condition]者 keeps N; 其已繳納之費用 is the topic')],
    85: [('shall', '並[應]補送', '主辦單位', '', '', 'hard/new: 由主辦單位負完全責任 (no 應 / 義務 / 之責) not labelled; 並應補送 shares the written subject 主辦單位; 為應付 false friend; item under a lead-in of conditions but writes its own operator')],
    86: [('shall', '亦[應]申報', '特約診所及藥局', '經保險人抽樣之特約診所及藥局', '', '以特約醫院申報為限 (no cue) not labelled')],
    87: [('exception', '[除]有嚴重', '', '', '', '除…之情形 (without 外) carves out of the 應 of the same sentence'), ('shall', '[應]以實物', '', '', '', 'act topic 文物註銷之審定; the reviewing body is not named in the article')],
    88: [('shall', '[應]依下列', '', '', '雇主', 'hard: the subject of the …者 clause is things (機具、船舶設施); 雇主 appears only inside the condition')],
    89: [('shall', '[應]向', '用戶', '', '', ''), ('exception', '[不在此限]', '', '', '', '')],
    90: [('may', '[得]於期限', '', '', '申請人', 'item of 申請人於獲准開發許可後，應依下列規定辦理; first sentence has no cue of its own; topic 開發案件 (thing)'), ('shall_not', '[不得]超過', '', '', '申請人', 'after ；, topic 展期期間; 以二次為限 not labelled')],
    91: [('may', '[得]依原', '', '', '學校', 'thing subject (courses); para 1 (right before) names 學校; 依前項規定不得辦理前 restates inside a condition, not labelled')],
    92: [('shall', '[應]經', '人員及裝備', '前項人員及裝備', '', 'subject of the …前 clause, coordinated kept whole')],
    93: [],
    94: [('may', '仍[得]依', '公務人員', '', '', 'N[condition]者 keeps N'), ('may', '僅[得]發還', '', '', '', 'hard: 僅得 is a may; 前項人員 are the beneficiaries of the refund (patient), the refunding body is not named; 不再發還 has no cue')],
    95: [('exception', '[除]本施行法有特別規定外，不適用', '', '', '', '除…外 carves out of the 不適用 of the same clause'), ('exception', '[不適用]民法', '', '', '', ''), ('exception', '[除]本施行法有特別規定外，亦', '', '', '', 'after ；, same'), ('exception', '亦[不適用]', '', '', '', '')],
    96: [('shall', '本部[應]同時', '本部', '', '', 'first sentence is a list item (condition) without cue; 命為 not labelled; 並副知 same statement')],
    97: [('may', '[得]由主管機關', '主管機關', '', '', 'agent after 得由')],
    98: [('shall', '學校[應]實施', '學校', '', '', '由…定之 not labelled')],
    99: [],
    100: [('may', '[得]依土地', '直轄市、縣（市）主管機關', '', '', '')],
    101: [('shall', '[應]於一百零七', '', '', '受獎勵人', 'lead-in 受獎勵人依契約所負之責任及義務如下; 取得 false friend'), ('shall', '且[應]於', '', '', '受獎勵人', '應…且應 two statements; 並取得 same statement')],
    102: [('shall', '揭露，[應]依', '', '', '', 'thing subject; 應付… account titles are false friends; the paragraph right before names no actor')],
    103: [('shall', '均[應]取得', '', '', '', 'topic 會計事項之發生; the foundation is named only in the law title, not in the article')],
    104: [('shall', '局[應]就', '檔案局', '', '', '並公告之 same statement; 情報機關應用 = use (false friend)'), ('shall', '[應]請戶政', '', '', '檔案局', 'after ；, no subject; 主動通知 same statement; the final 並於…後，公告該人名索引 has no new cue'), ('may', '[得]以公告', '', '', '檔案局', '通知顯有困難者 is a condition')],
    105: [],
    106: [],
    107: [],
    108: [('shall_not', '[不得]再選擇', '^[營利事業]', '', '', 'N[condition]者 keeps N'), ('shall', '並[應]自', '^[營利事業]', '', '', 'second cue of the same sentence; 應納稅額 attributive'), ('may', '[得]將', '', '', '營利事業', 'new/hard: new sentence, pronoun-headed condition 其符合…者, carried'), ('may', '並[得]依', '', '', '營利事業', '得…並得 two statements')],
    109: [],
    110: [],
    111: [],
    112: [('shall', '時，[應]優先', '得標廠商', '災區重建工程得標廠商', '', 'subject of the …時 clause; 須僱用人員時 = need inside a condition, not labelled; 得標 is part of the name'), ('shall', '政府[應]予', '政府', '', '', 'after ；, own subject; 其優先僱用者 is a condition')],
    113: [('shall_not', '[不得]轉調', '及格人員', '本考試及格人員', '', '取得 false friend')],
    114: [],
    115: [('shall', '[應]予評估', '', '', '', 'thing subject; the developer is not named in the article; 並訂定 same statement; 因應 false friend')],
    116: [],
    117: [],
    118: [],
    119: [],
    120: [('shall', '[應]考慮', '', '', '', 'the …時 clause has no subject; the designer is not named (lead-in is a thing topic)')],
}
