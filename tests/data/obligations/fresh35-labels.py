# fresh35: seed 1913077, session 36 (two readers: a = 1-60, b = 61-120)
# Hand labels for /work/eval/s36/o35/to_label-a.tsv (sample seed 1913077, session 36, o35), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh34-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh34 reader a/b):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement.
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent or possessor inside the
#   topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; 之-modifiers and determiners go to bearer_full; coordinated subjects kept whole; the
#   agent right after 應由/得由 is the bearer, an agent only in a trailing 由 clause is carried.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，並應 is additive;
#   應…後始得 is two statements (shall + may).
# - not labelled: cues inside …者/…時 conditions, cues inside 除…外, attributive 應X之 / 應執行事項, false friends
#   取得, 獲得, 應用, 應考, 應變(計畫); 無庸 (no duty); 予 / 處…罰鍰 / 以…為限 are no cues.
LABELS = {
    1: [
        ('shall', '期間[應]每年', '基金管理機關', '', '', 'the fronted 投資顧問…之情事 is the object topic'),
    ],
    2: [
        ('shall', '，[應]取得', '', '', '製藥工廠',
         'thing subject (製藥工廠之劑型); its possessor 製藥工廠 (the holder of the manufacturing permit) -> carried; lead-in (其劑型應符合下列規定) names no actor'),
    ],
    3: [
        ('shall', '者，[應]辦理',
         '舉辦國際（含亞洲）性及全國性運動競賽、參加國際（含亞洲）性運動競賽、辦理賽前培訓及聘請外籍運動教練者',
         '經本會核定之舉辦國際（含亞洲）性及全國性運動競賽、參加國際（含亞洲）性運動競賽、辦理賽前培訓及聘請外籍運動教練者', '',
         'headless agentive …者 phrase, the only subject; 經本會核定之 modifier -> bearer_full'),
        ('shall_not', '金額[不得]少於', '', '',
         '舉辦國際（含亞洲）性及全國性運動競賽、參加國際（含亞洲）性運動競賽、辦理賽前培訓及聘請外籍運動教練者',
         'own thing subject (每人保險金額) -> carried; the 但 sentence (未滿十四歲…依保險法…辦理) has no cue, not labelled'),
    ],
    4: [],  # 以…辦理公告及通知: no operator; 取得 false friend
    5: [
        ('shall', '商[應]按月', '^[外匯經紀商]', '', '', ''),
    ],
    6: [
        ('shall_not', '並[不得]位於', '', '', '', 'thing subject (前項油櫃); no actor in the article'),
        ('shall', '該櫃[應]以', '', '', '', 'thing subject (該櫃); 如事實上有困難時 is a condition'),
    ],
    7: [
        ('may', '學院[得]不經', '法官學院', '', '',
         '逕予駁回 same 得; 不得申請 inside 所定不得申請…情形 (attributive, inside the …者 condition) not labelled'),
    ],
    8: [
        ('may', '者，[得]於收受', '^[研習人員]', '', '', 'N[condition]者 keeps N; 檢具…申請延期報到 same 得'),
        ('shall_not', '逾期[不予]受理', '', '', '司法官學院',
         'no subject written; the academy receiving the application (向司法官學院申請) is named in this provision -> carried; 但…自知悉時起算 has no cue'),
    ],
    9: [
        ('may', '考核[得]視', '', '', '各機關',
         '但…得 without 不在此限 is a may; act topic (性質特殊職務之考核); the agent only in the trailing 由各機關訂定 -> carried; 由銓敘機關訂定 (first sentence) has no cue'),
    ],
    10: [
        ('shall', '人員[應]負責', '^[業餘無線電人員]', '', '', '並依下列規定作業 same 應'),
    ],
    11: [
        ('shall', '書[應]包括', '', '', '本基金',
         'thing subject (預算書及決算書); paragraph right before (and para 1) name 本基金 as the preparer -> carried'),
    ],
    12: [
        ('shall', '，[應]於限期', '', '', '土地所有權人',
         'thing subject (經核定保留之土地); paragraph right before: 應由土地所有權人…擬具建築使用計畫書 -> carried'),
        ('may', '逾期[得]照價', '直轄市或縣（市）主管機關', '', '',
         'hard: same sentence as 由直轄市或縣（市）主管機關限期令其出售 (no cue), whose 由 agent is the omitted subject of 逾期得照價收買之 -> shared as bearer; 其未依限…者 is a condition'),
    ],
    13: [
        ('shall_not', '，[不予]併計', '', '', '',
         'thing subject (其退職前之任職年資); 無庸繳回 = no duty (not labelled); the paying authority is not named'),
    ],
    14: [
        ('shall', '，[應]提供', '', '', '本部',
         'hard: 本部除依法並參考…辦理外 is additive ("besides"), not carving anything out of the 應 -> no exception; thing subject (前項平時成績考核資料); 本部, the sentence subject before 除, -> carried'),
    ],
    15: [
        ('shall', '，[應]比照', '', '', '顧問公司',
         'no subject in the item; lead-in 顧問公司應採取下列資料安全管理措施 -> carried; 有備份…之需要時 is a condition'),
    ],
    16: [
        ('may', '機關[得]廢止', '中央主管機關', '', '', '申請輸入或販賣…有下列情形之一者 is a condition'),
    ],
    17: [
        ('may', '機關[得]依', '^[彙整發布機關]', '', '', '採用…發布，並進行… same 得'),
    ],
    18: [
        ('shall', '，[應]發給', '^[本會]', '', '', '獲得 false friend; the players etc. are recipients'),
    ],
    19: [
        ('may', '者，[得]按次', '', '', '',
         '屆期不改正者 is a condition; the punishing authority is not written (主管機關 only in the following paragraph) -> no carried; 予以警告 / 處…罰鍰 / 令其限期改正 have no cue'),
    ],
    20: [
        ('may', '人[得]依', '^[保險人]', '', '', '被保險人 is the applicant, not the bearer'),
    ],
    21: [
        ('may', '主管機關[得]逕予', '主管機關', '', '', '使用…方法捕捉動物者 is a condition; 拆除並銷毀之 same 得'),
        ('shall_not', '人[不得]規避', '土地所有人、使用人或管理人', '', '', 'new sentence, own coordinated subject'),
    ],
    22: [
        ('shall', '，[應]由', '直轄市或縣 (市) 主管教育行政機關', '', '',
         'bearer = agent after 應由; 辦理私立幼稚園獎勵工作 is an act topic; 組成小組予以審議 same 應'),
    ],
    23: [
        ('shall', '人[應]於', '^[返家探視受刑人]', '', '', ''),
        ('shall', '並[應]使用', '外役監', '', '', 'second clause, own subject'),
    ],
    24: [
        ('shall', '，[應]積極', '^[醫院、診所]', '', '', '並視…轉介… same 應'),
    ],
    25: [
        ('shall', '，[應]妥為', '', '', '', 'thing subject (學生學習評量之結果); 並維護 same 應; no actor in the article'),
        ('shall', '，[應]依個人', '', '', '', 'after ；, own act topic (其評量資料之蒐集、處理及利用); no actor in the article'),
    ],
    26: [
        ('shall', '均[應]遵守', '^[航空器]', '', '',
         'hard: 航空器 taken as the (personified) operating agent, as the article treats it (para 2: 要求航空器…作儀器飛航); 均 adverb dropped'),
        ('shall', '另[應]遵守', '', '', '航空器', 'new sentence, omitted subject -> carried'),
    ],
    27: [
        ('may', '，[得]建立', '^[主管機關]', '', '', '為改善… is a purpose'),
    ],
    28: [
        ('shall', '法人[應]申請', '^[公益法人]', '', '', '應…後始得 = shall + may'),
        ('may', '[始得]接受', '^[公益法人]', '', '', 'same clause, same subject'),
    ],
    29: [
        ('shall', '，[應]依國防部', '', '', '養子',
         'act topic (前項緩召之申請); paragraph right before: 養子…申請緩召 -> carried; 檢具… / 向…公所為之 same 應; 陳報… / 轉送… (by the 公所) have no cue'),
    ],
    30: [
        ('shall', '後，[應]即', '^[監獄接收組]', '', '', '應即 = 應; 製作… / 並將…提出報告 same 應'),
    ],
    31: [
        ('may', '團體[得]通知', '審閱團體', '', '', '移民業務機構未備齊…者 is a condition'),
    ],
    32: [
        ('shall', '，[應]依規定', '^[船長]', '', '', '及完成航海準備 same 應'),
    ],
    33: [
        ('shall', '並[應]依', '', '', '',
         '除應符合…外，並應 is additive; the 應 inside 除…外 not labelled; thing subject (高架遊戲設施之構造); no actor in the article'),
    ],
    34: [
        ('may', '，[得]委任', '', '', '中央主管機關',
         'topic NP (中央主管機關依本規則應執行事項; 應執行 attributive, not labelled); the agent 中央主管機關 inside the topic NP -> carried; 或委託 same 得'),
    ],
    35: [
        ('may', '機關[得]視', '^[中央主管機關]', '', '', '研訂…並推動之 same 得'),
        ('may', '時，[得]委託', '^[中央主管機關]', '', '', 'after ；, same sentence, omitted subject'),
    ],
    36: [
        ('shall', '時，[應]於書狀', '', '', '',
         'no subject written (信託登記完畢…時 condition); the registering office is not named in the article -> no carried'),
    ],
    37: [],  # 得自行保管 inside a parenthetical …者 condition (attributive), not operative; list item of content, no operator
    38: [
        ('may', '時，[得]廢止', '', '', '',
         '本院人員 is the patient (whose approval is revoked), not the bearer; the revoking body (本院) is not written as an agent -> no carried; 並以書面通知 same 得'),
    ],
    39: [
        ('may', '中央銀行[得]撤銷', '中央銀行', '', '', '指定銀行違反…時 is a condition; 或函請財政部依法處理 same 得'),
    ],
    40: [
        ('shall', '，[應]繳納', '', '', '',
         'act topic (依本辦法申請…及受理變更登記); the applicant is implied, not written -> no carried'),
    ],
    41: [
        ('shall', '，[應]自行', '^[再申評會委員]', '', '', '有下列各款情形之一者 is a condition'),
        ('shall_not', '，[不得]參與', '^[再申評會委員]', '', '', 'second operator, same clause subject'),
    ],
    42: [
        ('shall', '人[應]依', '申請人', '', '', '登記事項變更 / 如需換發開業執照 are conditions'),
    ],
    43: [
        ('shall', '農田水利會[應]訂定', '各該地方目的事業主管機關及農田水利會', '', '', 'coordinated kept whole'),
        ('shall', '亦[應]訂定', '各該地方目的事業主管機關及農田水利會', '', '',
         'second cue of the same sentence shares the bearer; 應變計畫 false friend; 並逐年編列預算妥善維護管理 same 應'),
    ],
    44: [
        ('shall_not', '[不得]抗告', '', '', '', 'no subject written; the parties are not named'),
    ],
    45: [
        ('shall_not', '[不得]經營', '^[非票券商]', '', '', ''),
    ],
    46: [
        ('may', '，[得]於一個月', '^[ＣＡＳ標章使用者]', '', '', '如不服… is a condition; 但以一次為限 has no cue'),
    ],
    47: [],  # 應考資格: 應考 false friend; list item of qualifications
    48: [],  # 應用 false friend (noun); list item of tasks
    49: [
        ('may', '，[得]免裝', '', '', '', 'thing topic (左列房間); no actor in the article'),
    ],
    50: [
        ('may', '，[得]經服務', '', '', '受安置就養人員',
         'hard: thing subject (…就養之費用); 受安置就養人員 is the sentence topic (whose costs, and the applicant via the 服務機關或學校, cf. para 1 申請人…經服務機關或學校…申請) -> carried'),
        ('shall_not', '且[不得]重複', '', '', '受安置就養人員', 'same sentence, omitted subject -> carried as above'),
    ],
    51: [
        ('may', '並[得]委任', '財政部', '', '',
         'act topic (關稅配額之核配); 由財政部為之 (no cue) names the agent of the same sentence, shared by 並得; 或委託 same 得'),
    ],
    52: [
        ('shall', '資料[應]由', '戶籍地公所', '', '', 'bearer = agent after 應由; thing topic (役籍資料)'),
    ],
    53: [
        ('shall', '者[應]按', '^[經營者]', '', '', '並報主管機關備查 same 應'),
    ],
    54: [
        ('shall', '，[應]依下列', '^[化粧品製造業者]', '', '', ''),
    ],
    55: [
        ('shall', '時，[應]加以', '^[查核小組]', '', '', 'subject of the …時 clause, main clause has no subject of its own'),
    ],
    56: [
        ('shall', '，[應]間隔', '^[受訓人員]', '', '', 'N[condition]者 keeps N'),
        ('may', '[始得]由', '各主管機關', '', '',
         'bearer = agent after 始得由; 函送保訓會參加本訓練 same 始得'),
    ],
    57: [
        ('exception', '[除]法令', '', '', '', '除法令另有規定外 carves out of the 應 of the same sentence'),
        ('shall', '外，[應]指派', '^[境外外國機構投資人]', '', '',
         'hard: N[condition]者 keeps N; 其表決權之行使 is an act topic, the investor is the one who appoints'),
    ],
    58: [
        ('shall', '，[應]以經費', '', '', '各機關',
         'thing subject (…所節省之經費); 各機關 inside the topic NP (總預算內各機關外匯支出) -> carried'),
        ('shall_not', '，[不得]流用', '', '', '各機關', 'same sentence, same thing subject'),
    ],
    59: [
        ('shall', '蓋[應]有', '', '', '', 'thing subject (人孔、手孔蓋); no actor in the article'),
    ],
    60: [
        ('may', '學生[得]申請', '學生', '國民教育階段實驗教育之學生', '', '之-modifier -> bearer_full'),
        ('may', '學校[得]減免', '學校', '', '', 'after ；, own subject; 其依規定應收費者 is a condition (應 not labelled)'),
    ],
}

# ---- reader b, provisions 61-120 (numbered 1-60 in the reader's own file, +60 here) ----
# fresh35: session 36 (o35), reader b: provisions 61-120 of the sample (seed 1913077), numbered 1-60 here.
# Hand labels for /work/eval/s36/o35/to_label-b.tsv, provisions numbered 1-60 in file order: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via `csquery -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh34-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh34):
# - a second cue of the same sentence (並得, 並應, after ；) shares the written bearer unless its clause has its own
#   (thing) subject; across 。 the bearer is carried; one 應/得 governing 並X / a following clause without a new cue
#   is one statement; 應…後始得 / 應由…始得 is two statements (shall + may).
# - a thing / topic subject gives bearer ''; `carried` when this provision (also an agent inside the modifier of
#   the topic NP), its list lead-in or the paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; 之-modifiers and
#   determiners (其) go to bearer_full; coordinated subjects kept whole; the subject of a …時 condition clause is the
#   bearer when the main clause has no subject of its own; the agent after 應由 is the bearer.
# - 但…不在此限 / 不適用 / 除…外 carving out of a statement of the same sentence are exceptions; 除應…外，應另 is
#   additive; 但…得 without 不在此限 is a may; 應不 (also 應不予) is one shall_not at 應不.
# - not labelled: cues inside …者/…時 conditions, attributive 應X之 / 應注意事項 / 應遵行事項 / 應提…項目,
#   cues inside 「」 and inside 除…外, 免予 (exemption, no cue), 仍適用 (no cue); false friends 取得, 獲得, 所得,
#   抽得, 應付, 應考, 應變, 反應, 適應, 供應, 支應.
LABELS.update({
    61: [
        ('shall', '契約[應]至少', '', '', '信用卡業務機構',
         'thing subject (…之契約); the selling 信用卡業務機構 is the agent inside its modifier -> carried'),
    ],
    62: [
        ('shall', '所[應]冠以', '^[代辦所]', '', '', '受…郵局管轄 continues without a new cue'),
    ],
    63: [
        ('shall', '，[應]為', '、[國內製造、加工業法人團體]從事', '', '',
         'subject with its short fixed modifier kept (no 之); 從事… is its own predicate-topic; 亦同 no cue'),
    ],
    64: [],  # list item (content of the internal control); 取得 false friend; no operator
    65: [],  # 應注意事項: attributive; 規定如下 no cue
    66: [
        ('may', '，[得]不納入', '', '', '',
         '但…得 without 不在此限 is a may; thing subject (…缺課之節數); 學生事務相關會議 approves only; 學校 named only in the next paragraph -> no carried'),
    ],
    67: [
        ('shall', '時，[應]由', '服務機關或事業', '其服務機關或事業', '',
         'agent after 應由; 其 determiner -> bearer_full'),
        ('may', '[始得]申請', '^[領用人]', '', '',
         '應由…始得 is two statements; the applicant is the subject of the …時 clause'),
    ],
    68: [
        ('shall', '均[應]比照', '', '', '',
         'topic (其關於各種期限之計算); 仍適用 is no cue (not 不適用); no actor written'),
    ],
    69: [
        ('shall_not', '品名[不得]與', '', '', '', 'thing subject (中英文品名); lead-in 醫療器材品名，應符合下列規定 names no actor'),
    ],
    70: [
        ('shall', '後，[應]按', '^[選手]', '', '', '對號就位 continues the same 應; 抽得 false friend'),
        ('may', '[始得]作', '^[選手]', '', '', 'same sentence, omitted subject; 經裁判長宣布… is a condition'),
        ('shall', '，[應]立即', '', '', '選手', 'new sentence, no subject written -> carried'),
        ('shall_not', '[不得]異議', '', '', '選手', 'same sentence as 應立即, no subject written -> carried'),
    ],
    71: [
        ('may', '總局[得]調整', '電信總局', '', '', '或收回 same 得; 為維持… purpose'),
        ('may', '並[得]收取', '電信總局', '', '', 'second cue of the same sentence shares the bearer; 由電信總局訂定之 no cue'),
    ],
    72: [
        ('shall_not', '，[不得]超過', '', '', '製造業雇主',
         'topic (前項申請重新招募人數); paragraph right before: 製造業雇主…得向中央主管機關申請重新招募 -> carried'),
    ],
    73: [
        ('shall', '本票[應]註明', '', '', '', 'thing subject; 應付商業本票 false friend; lead-in (資產負債表之負債至少應包括下列各項目) names no actor'),
        ('shall', '者，[應]註明', '', '', '', '如有提供擔保品者 is a condition; no subject written, no actor in the article'),
    ],
    74: [
        ('may', '者，[得]應', '中華民國國民', '', '',
         'N[condition]者 keeps N; 應 after 得 is the verb (sit an exam), not a cue; 應考資格表 inside 「」'),
    ],
    75: [],  # definition (…所稱…，指…); 取得 false friend
    76: [
        ('may', '者，[得]以考試',
         '^[公立或立案之私立大學、獨立學院或專科學校，或經教育部承認之國外大學、獨立學院或專科學校修畢環境相關領域課程獲得十四個學分以上，且具有一年以上教學或從事環境教育工作經驗者]',
         '', '', 'headless agentive …者 phrase, the only subject, kept whole; 獲得 false friend'),
    ],
    77: [
        ('shall_not', '[應不]許可', '', '', '',
         '應不 = shall_not; 有左列情形之一者 is a condition; the permitting authority is not named (lead-in 依左列規定辦理; para 1 names only the developer 開發單位) -> no carried'),
    ],
    78: [],  # 應辦理變更之情形: attributive; 由中央主管機關定之 no cue
    79: [
        ('shall', '時，[應]附具', '^[資遣人員]', '', '', '載明… continues the same 應'),
    ],
    80: [
        ('shall_not', '[不得]', '^[任何人]', '', '', ''),
    ],
    81: [
        ('may', '，[得]準用', '矯正機關', '法務部矯正署所屬監獄及看守所以外之矯正機關', '',
         'the agencies (topic and implied subject) apply the rules by analogy; 之-modifier -> bearer_full; 應遵行事項 attributive'),
    ],
    82: [
        ('shall', '外，[應]另', '', '', '',
         'hard: 除應檢附前條文件外，應另檢附 is additive (besides…, also), not an exception; the 應 inside 除…外 not labelled; …涉及飛行訓練活動者 is a condition; the applicant is not named in this article -> no carried'),
    ],
    83: [],  # 相關法令應提計畫書圖項目: 應 attributive inside the NP (items required by law); list item of contents
    84: [
        ('shall', '：[應]於每次', '', '', '航空器使用人',
         'no subject in the item; lead-in 航空器使用人應依下列規定記載…日常維護紀錄 -> carried; 由…工程師簽證 no cue'),
        ('may', '[始得]飛航', '', '', '航空器使用人', 'hard: 並經機長簽署後始得飛航: no subject written; the operator of the lead-in -> carried'),
    ],
    85: [
        ('shall_not', '，[不得]聲請', '^[任何人]', '', '',
         'subject of the …時 clause; the sealed 名冊及選舉票 is a thing topic'),
    ],
    86: [
        ('shall', '計畫，[應]核轉', '', '', '各主管機關',
         'thing topic (…等計畫); lead-in 各主管機關…應審核加具意見，依規定時間核轉 -> carried; 免予辦理 is no cue'),
        ('shall', '並[應]核轉', '', '', '各主管機關', 'new sentence, thing topic (上述…計畫) -> carried'),
    ],
    87: [
        ('shall', '工廠[應]具備', '^[雪茄產製工廠]', '', '', ''),
    ],
    88: [],  # 取得 / 獲得 false friends; list item (a ground), no operator
    89: [
        ('shall', '主管機關[應]建立', '^[直轄市、縣（市）主管機關]', '', '', ''),
        ('shall', '主管機關[應]編列', '直轄市、縣（市）主管機關', '', '',
         '除由本部…補助外 is additive (besides the subsidy), it carves nothing out; own subject (the second occurrence)'),
    ],
    90: [
        ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the lead-in 不得擔任保全人員'),
    ],
    91: [
        ('shall_not', '機構[應不]予', '公立就業服務機構', '', '',
         'hard: 應不予發給 read as one shall_not at 應不 (GUIDE: 應不 is shall_not), not 應 + 不予; 有下列情形之一 is a condition'),
        ('shall', '，[應]追還', '公立就業服務機構', '', '',
         'after ；, same sentence, omitted subject; 已發給者 / 經撤銷後 are conditions'),
    ],
    92: [
        ('shall', '時，[應]檢具', '生產廠場', '管理系統監視查驗之生產廠場', '',
         'the 生產廠場 is the topic and the omitted subject of the main clause (its 名稱…變更時 is the condition); 之-modifier -> bearer_full'),
    ],
    93: [
        ('shall', '人[應]於', '受託人', '', '', '擬具…送委託機關審查 same 應; 經審查…後辦理 no cue'),
    ],
    94: [
        ('shall', '，[應]於', '', '', '外匯指定銀行',
         'act topic (發行及銷售金融債券); lead-in 本國銀行之外匯指定銀行…發行…金融債券…並應遵守下列規定 -> carried; 並告知 same 應; 以…為限 no cue'),
    ],
    95: [
        ('may', '機關[得]視', '^[中央主管機關]', '', '', '公告… is the object of the same 得; 得採行之電子標示方式 is attributive (得X之)'),
        ('exception', '，[不適用]前二項', '', '', '', '不適用前二項規定 carves the announced electronic labelling out of the preceding paragraphs'),
    ],
    96: [
        ('shall', '品[應]由', '政府機關（構）、公營事業機構、學校、法人或依法設立登記之團體', '', '',
         'agent after 應由, coordinated alternatives kept whole'),
        ('shall', '並[應]符合', '政府機關（構）、公營事業機構、學校、法人或依法設立登記之團體', '', '',
         'second cue of the same sentence, no own subject -> shares the written bearer'),
    ],
    97: [
        ('shall', '者，[應]檢附', '', '', '申請製造、加工飼料或飼料添加物之許可者',
         'thing condition (飼料…有包裝或容器者); lead-in 依本法…申請製造、加工飼料或飼料添加物之許可者，應…檢附下列資料 -> carried'),
    ],
    98: [
        ('shall_not', '，[不得]超過三次', '', '', '', 'thing topic (繁殖胎次); lead-in 特定寵物繁殖作業，應符合下列規定 names no actor'),
        ('shall_not', '，[不得]超過七次', '', '', '', 'after ；, second cue, thing topic'),
    ],
    99: [
        ('shall', '，[應]逐次', '動物用藥品樣品或贈品輸入申請人、第六條規定讓與及受讓之獸醫診療機構', '', '',
         'coordinated subject kept whole (the relative clause modifies the second conjunct only); 並予保存 same 應; 取得 false friend'),
    ],
    100: [
        ('may', '機關[得]核准', '公路主管機關', '', '',
         '但…得 without 不在此限 is a may; 必須 inside the …時 condition not labelled; 以…為原則 no cue; 適應 false friend'),
    ],
    101: [],  # 反應 false friend; 其種類如下 no cue
    102: [
        ('shall', '，[應]取得統一', '', '', '', 'act topic (支付國內廠商之修繕費); lead-in 修繕費之原始憑證如下 names no actor; 取得 is the verb after 應'),
        ('shall', '者，[應]取得普通', '', '', '', 'new sentence; 其為…小規模營利事業者 is a condition (the payee)'),
    ],
    103: [
        ('shall', '者，[應]取得', '', '', '律師',
         '委任人為法人者 is a condition; lead-in 律師確認委任人身分之方式如下 -> carried'),
    ],
    104: [
        ('shall', '後，[應]將', '', '', '票券金融公司',
         'thing topic (…債券); paragraph right before: 票券金融公司依…所為之投資 -> carried; 並計入 same 應; 所取得 false friend'),
    ],
    105: [
        ('shall', '後，[應]優先', '', '', '',
         'thing subject (…個人專戶累積總金額); 支應 false friend; 由退撫基金管理機關計算… no cue'),
        ('exception', '，[除]接續', '', '', '',
         'hard: 除接續發給當期應發給之月退休金差額外，應定期於每月一日發放 read as carving the current-period difference out of the monthly schedule (no 並/亦); the 應 inside 除…外 not labelled'),
        ('shall', '外，[應]定期', '', '', '',
         'the 支領或兼領月退休金教職員 are the recipients (topic), not the payers; the payer is not clearly named -> no carried'),
    ],
    106: [],  # 供應 false friend; list item (a duty area), no operator
    107: [],  # fee computation stated as fact (按…計算); 取得 false friend; no operator
    108: [
        ('shall', '，[應]依', '', '', '執行單位',
         'thing topic (…取得之標的，其運用及收入); the 執行單位 is the agent inside its modifier -> carried'),
    ],
    109: [],  # 所得稅 false friend; list item (a task), no operator
    110: [
        ('may', '，[得]於', '^[主管機關]', '', '', '有下列情形之一者 is a condition; 所得利益 false friend'),
    ],
    111: [
        ('may', '，[得]經', '輸出入人', '驗證登錄商品之輸出入人', '',
         '如非…名義人者 is a condition; 取得 (verb) continues the same 得'),
    ],
    112: [],  # 取得 false friend; list item (a ground), no operator
    113: [
        ('shall', '機構[應]協助', '民間機構', '', '', '…涉及第三人權利者 is a condition; 所需費用依…支付 no cue; 取得 false friend'),
    ],
    114: [
        ('shall', '政府[應]建立', '^[中央政府]', '', '', '應變 false friend (noun inside the object)'),
    ],
    115: [],  # 取得 false friend; list item (a ground), no operator
    116: [],  # 供應 false friend; list item (a ground), no operator
    117: [
        ('shall', '仍[應]依', '', '', '',
         'topic (其退休及撫卹事項); 仍適用 no cue; who contributes / pays is not clearly named for this clause (機場公司 has its own 並應) -> no carried'),
        ('shall', '並[應]依', '機場公司', '', '', 'own subject; 支應 false friend'),
    ],
    118: [
        ('may', '機構[得]廢止', '主管機關或原驗證機構', '', '',
         'coordinated subject kept whole; 取得審驗證明者… is a condition'),
    ],
    119: [],  # 供應 false friend; list item (a task), no operator
    120: [],  # 取得 false friend; list item (a class of diplomas), no operator
})
