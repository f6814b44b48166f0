# Hand labels for fresh21 (sample.py seed 694201), provisions 1-60: reader a; from /work/eval/s30/o21/to_label-a.tsv (sample of session 30), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via article.py, for `carried`),
# following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 並應/並須, after ；) shares the written bearer at the same offset;
#   across 。 the bearer is carried; coordinated alternatives kept whole; 之-modifiers go to bearer_full;
#   the agent after (應/得)由 is the bearer (會同X is comitative, not a coordinate).
# - a thing / topic / headcount subject (功能, 橫擔, 任期, 連任之董事 counted, 條件及金額) is no bearer; `carried`
#   when this provision (also inside a 之-modifier of the topic), its list lead-in or the paragraph right before
#   names the actor clearly, else ''.
# - an agentive headless …者 phrase that is the only subject is kept whole; a circumstance …者 is a condition;
#   N[condition]者 keeps N.
# - 但…不在此限 is an exception also inside a definition list item; 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); 不受…限制, 準用, 免予 are no cues; 得應/應考 (sit an exam) are no cues;
#   attributive 應X之 / 應約定事項 / 應受補償人 and 不得 inside a relative clause ending in 之 are not labelled;
#   得…禁止 is one may at 得; 但不得 / 但…得 without 不在此限 keep their own modality.
LABELS = {
    1: [
        ('shall', '，[應]使用', '', '', '民間團體或個人',
         'hard: topic 各類型活動 (thing) is no bearer; the organisers 民間團體或個人 are named inside its 之-modifier -> carried (政府 only subsidises)'),
    ],
    2: [
        ('shall_not', '機關[不得]依', '各目的事業主管機關', '', '', '開發或利用行為未經主管機關許可前 is a condition'),
    ],
    3: [
        ('shall', '裝置[應]有', '', '', '', 'thing subject; lead-in 監視攝影裝置應依下列規定設置 names no actor'),
    ],
    4: [
        ('may', '，[得]成立', '^[教育部]', '', '', '為促進私立學校發展 is a purpose clause'),
    ],
    5: [
        ('may', '必要時[得]召開', '', '', '',
         'topic 本會會議 (thing); the convener is not written; 每年舉行一次 has no cue'),
    ],
    6: [
        ('may', '機關[得]協調', '，[主管機關]得', '', '', '前項輔導教育之執行 is a topic'),
        ('shall', '機關[應]提供', '矯正機關', '', '', 'own subject in the second clause (last occurrence before the cue)'),
    ],
    7: [
        ('shall', '者，[應]詳記', '^[航海中依第二十五條規定處理者]', '', '',
         'hard: agentive headless 者 phrase kept whole (art. 25: 所有人、管理人或船長 may disinfect / handle during the voyage); could be read as a circumstance with the 船長 of para 2 carried'),
    ],
    8: [
        ('exception', '[不在此限]', '', '', '',
         'hard: 但…不在此限 carves interlocks approved by 主管機關 out of the definition of 利害關係人 (list item of a definition) -> exception, like a scope exclusion'),
    ],
    9: [
        ('shall', '，[應]符合', '^[文化法人]', '', '', '置董事或監察人 is the topic clause of the same subject'),
    ],
    10: [
        ('shall', '仍[應]由', '由[前任]負', '', '',
         'bearer = agent after 應由; 依法應送未送之會計報告: 應送 attributive inside the NP; 由後任…代為編報 has no cue; cue is 應 (負其責任 is not 負…義務)'),
    ],
    11: [
        ('shall', '者，[應]為', '', '', '',
         '有移轉管轄之必要者 is a circumstance; the court of the pending case is not named as an actor in para 1 (地方行政法院或高等行政法院 only where the case pends)'),
    ],
    12: [
        ('shall', '功能[應]正常', '', '', '', 'thing subject; lead-in 眼科檢查標準如下 names no actor'),
    ],
    13: [
        ('shall', '者，[應]將', '', '', '',
         'no subject written; 如有誤空…者 is a circumstance; who strikes through is not named (the first case 將空白頁劃線註銷 has no cue)'),
        ('shall', '均[應]由', '由[登記員及主辦會計人員]簽名', '', '', 'bearer = agent after 應由; 均 covers both cases'),
    ],
    14: [
        ('exception', '，[除]自願', '', '', '', '除自願離職者外 carves out of the 應予維持 of the same sentence'),
        ('shall', '等，[應]予維持', '', '', '臺鐵公司',
         'hard: thing subject (服務年資、薪資…勞動條件); the new employer 臺鐵公司 is named inside the topic 第一項轉調臺鐵公司人員 -> carried'),
    ],
    15: [
        ('may', '者，[得]以委託者', '', '', '',
         '輸入藥品係委託製造…者 is a circumstance; lead-in 前項出產國許可製售證明，得以下列文件替代之 has a thing subject; applicant not named; 或以… under the same 得'),
    ],
    16: [
        ('shall', '者，[應]指定', '法人或外國法人', '前項第一款第二目、第三目所定之法人或外國法人', '',
         'N[condition]者 keeps N (為代理人者 is the condition); 所定之 modifier to bearer_full'),
    ],
    17: [
        ('shall', '者，[應]通知', '', '', '實施者',
         'first sentence (由實施者…通知…領取) has no cue; the 但 sentence after 。 has no subject -> 實施者 carried; 應受補償人 is a noun (the person to be compensated), not a cue'),
    ],
    18: [
        ('shall', '者，[應]要求', '', '', '本會', 'carried from the para 3 lead-in 本會收受前項書面後，應進行審核，依下列規定辦理'),
        ('may', '者，[得]擇期', '', '', '本會', '已停止稽核作業者 is a circumstance; 並於十日前…通知 under the same 得 (no cue)'),
    ],
    19: [
        ('shall', '梨園[應]在', '供穗梨園', '', '', 'the orchard (an establishment, like 公私場所) kept as bearer'),
        ('shall', '並[須]具有', '供穗梨園', '', '', 'second cue 並須 of the same sentence, same written bearer'),
    ],
    20: [],  # 綜合所得稅 (所得 false friend); list item of a division's tasks, no operator
    21: [
        ('shall', '業[應]建構', '^[輸配電業]', '', '', ''),
        ('shall', '至少[應]包含', '', '', '輸配電業',
         'thing subject (其功能, of the system); the builder 輸配電業 of the same sentence carried'),
    ],
    22: [
        ('shall', '後，[應]將', '^[漁會]', '', '', 'subject of the 完成…後 clause is the subject of 應; 並副知 no second cue'),
    ],
    23: [
        ('may', '者[得]免設', '', '', '',
         'parenthetical permission (may dispense with the room); 無解凍作業者 is a circumstance; lead-in 家畜屠宰場設施： names no actor'),
        ('shall', '：[應]設於', '', '', '', 'thing subject (解凍室)'),
        ('shall', '並[須]與', '', '', '', 'second cue of the same sentence, thing subject'),
        ('shall', '均[應]在', '', '', '', 'thing subject (儲藏物品)'),
        ('shall_not', '[不得]使用', '', '', '', 'no subject written; the slaughterhouse operator is not named'),
    ],
    24: [
        ('may', '時，[得]獎勵', '政府', '', '',
         '得獎勵、限制或禁止: 禁止 is a verb under 得 (one may, like 應禁止 = one shall)'),
        ('may', '並[得]增徵', '政府', '', '', 'second cue of the same sentence, same written bearer'),
    ],
    25: [
        ('shall', '，[應]鳴鈴', '', '', '', 'no subject; the article names no actor'),
    ],
    26: [
        ('shall_not', '每屆[不得]逾三年', '', '', '', 'thing subject (董事之任期)'),
        ('shall_not', '，[不得]逾全體', '', '', '',
         'hard: 每屆期滿連任之董事 is counted (a headcount limit), not an actor -> no bearer'),
    ],
    27: [
        ('shall', '處[應]發給', '登記處', '', '',
         '聲請人繳驗…後 is a temporal condition (聲請人 is its subject only); 並通知 no second cue'),
    ],
    28: [
        ('shall', '，[應]評估', '^[雇主]', '', '', '並採取…合理分派…避免 under the same 應'),
    ],
    29: [
        ('shall', '[須]忍受', '', '', '業餘無線電人員',
         'carried from the lead-in 業餘無線電人員操作業餘電臺…應遵守以下事項'),
    ],
    30: [
        ('may', '者，[得]應本考試', '^[中華民國國民]', '', '',
         'N[condition]者 keeps N; 得應 = may sit (應 there is the verb "sit for"); 應考資格 false friend'),
        ('shall', '者，[應]重新', '六年內第二階段考試未及格者', '', '',
         'hard: headless person 者 phrase is the only subject of the new sentence, kept whole; the second 應 (應本考試第一階段考試) is the verb "sit for"'),
    ],
    31: [
        ('exception', '[不在此限]', '', '', '',
         'exception to the lead-in 證券商…不得有下列行為; the item names a forbidden act without an operator of its own'),
    ],
    32: [
        ('shall', '，[應]加設', '', '', '',
         'thing topic (管道 and supports); 予以接地 under the same 應; lead-in (採取左列防護措施) names no actor'),
    ],
    33: [
        ('shall', '全聯會[應]於', '司法官學院或全聯會', '受委任（託）辦理本訓練之司法官學院或全聯會', '',
         '其停訓或退訓時，亦同 extends the duty without a cue'),
    ],
    34: [
        ('shall', '機關[應]將', '中央主管機關', '', '',
         '經中央主管機關許可後 is a condition; bearer = the second occurrence (last before the cue)'),
    ],
    35: [
        ('shall', '時，[應]依', '^[雇主]', '', '', ''),
    ],
    36: [
        ('shall', '，[應]由', '由[買方事業]繳交', '', '', '採取定價交易者 is a circumstance; bearer = agent after 應由'),
        ('shall', '事業[應]於', '。[買方事業]應於', '', '', 'own subject in the second sentence'),
    ],
    37: [],  # 應用測量 (應用 false friend); 不受前二項規定之限制 is not one of the guide's exception cues
    38: [
        ('may', '，[得]扣除', '', '', '', 'thing topic (乘客定額計算); para 1 names only a ship (國際客船), no actor'),
    ],
    39: [
        ('may', '並[得]視', '^[國防部]', '', '', '每年至少一次書面查核 has no cue (no 應) -> not labelled'),
    ],
    40: [
        ('shall_not', '[不得]攜離', '', '', '所屬人員',
         "hard: prohibition on the departing staff (content of 要求); 所屬人員 is named in the item (inside 所屬人員離職時之存取權限) -> carried; the hospital's own duty (取消/要求) rests on the lead-in's 應, no cue in the item"),
    ],
    41: [],  # 分發應用 (應用 false friend); 由…選舉委員會製備 has no cue
    42: [
        ('shall', '，[應]載明', '', '', '',
         'thing subject (條件及金額); para 1 names 保險人 only for paying the surrender value; the contract binds both parties -> not carried'),
    ],
    43: [
        ('may', '前[得]申請', '', '', '票券金融公司',
         'hard: no subject; 前項期限 = the deadlines set on 票券金融公司 in para 1 (para 2: 財政部得撤銷其許可, 其 = the company) -> carried; 但… without 不在此限 keeps its modality'),
    ],
    44: [
        ('may', '，[得]組成', '^[中央主管機關]', '', '', '為審查… is a purpose clause; 予以審查 under the same 得'),
        ('may', '必要時，[得]至', '^[中央主管機關]', '', '', 'after ；, same sentence, same written bearer'),
    ],
    45: [
        ('shall', '單位[應]辦理', '^[心理諮商服務提供單位]', '', '', ''),
    ],
    46: [
        ('shall', '，[應]由', '由[主管稽徵機關]會同', '', '',
         'bearer = agent after 應由; 會同警察機關 is comitative (jointly with), not a coordinate'),
        ('may', '並[得]由', '由[主管稽徵機關或警憲]隨時', '', '', 'second cue of the same sentence with its own 由 agent'),
    ],
    47: [
        ('shall', '橫擔[應]具有', '', '', '', 'thing subject (橫擔); 若… is a condition; lead-in names no actor'),
    ],
    48: [
        ('may', '內容[得]包括', '', '', '中央主管機關',
         'hard: 應約定事項 is attributive (like 應記載事項); thing subject (其內容); the items are set by 中央主管機關 (paragraph right before: 其應約定及不得約定事項，由中央主管機關定之) -> carried'),
    ],
    49: [
        ('may', '監獄[得]施用', '監獄', '', '', '受刑人如有…時 is a condition'),
        ('shall_not', '但[不得]逾', '', '', '監獄', '但不得 after 。: new sentence without subject, carried; no 不在此限 so its own modality'),
        ('shall', '且[應]注意', '', '', '監獄', 'second operator of the 但 sentence'),
    ],
    50: [
        ('shall', '損益[應]與', '', '', '公司制證券交易所',
         'thing subject (本期損益及其他綜合損益); the preparer is named in para 1 (公司制證券交易所編製個體財務報告) -> carried'),
        ('shall', '權益[應]與', '', '', '公司制證券交易所', 'second operator (及…應), thing subject'),
    ],
    51: [
        ('shall', '時，[應]即', '^[主管機關]', '', '', '應即 = 應; 移送…核辦 under the same 應'),
    ],
    52: [
        ('shall', '，[應]設立', '^[農會、漁會]', '', '', '擔任保險人或再保險人 is the topic clause; 並成立專戶 under the same 應; 其資金來源如下 no cue'),
    ],
    53: [
        ('may', '，[得]加以', '^[執行單位]', '', '', ''),
    ],
    54: [
        ('shall', '，[應]評估', '', '', '',
         'topic 工廠之開發 (an act); the developer is not named in the article; 繪製/預測/評估/納入 under the same 應'),
    ],
    55: [
        ('may', '，[得]提起', '', '', '', 'no subject written (who may complain is not named); 並依下列規定判定 has no cue'),
    ],
    56: [],  # no cue (報經/刊登/張貼 without 應); 應為送達之處所 is attributive inside a condition
    57: [
        ('shall_not', '[不得]有', '^[專業訓練機構]', '', '', ''),
    ],
    58: [
        ('may', '者，[得]向', '', '', '',
         'thing topic (物資); 依…規定不得輸往課稅區免徵進口稅捐之物資: 不得 inside a relative clause ending in 之 (attributive); the applicant is not named'),
    ],
    59: [],  # 應付未付 (應付 false friend); 查明 stated as an audit step, no cue
    60: [
        ('shall', '，[應]由', '由[負責人]填具', '', '', 'bearer = agent after 應由; 向主管機關申請 under the same 應'),
        ('shall', '時，[應]於', '由[負責人]填具', '', '',
         'hard: after ；, same sentence -> same written bearer (README convention); 登記事項有變更時 is a condition; the business (百貨公司業及零售式量販業) is the alternative reading'),
    ],
}

# Hand labels for /work/eval/s30/o21/to_label-b.tsv (provisions 61-120 of the sample): reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (清冊, 容量, 會計事務, 審查, 編製) gives bearer ''; `carried` when this provision (also an
#   entity inside a 之-modifier / 其 of the thing subject), its list lead-in or the paragraph right before clearly
#   names the actor (the drafter of 前項…計畫/清冊 named in the paragraph right before is carried), else ''.
# - a second cue of the same sentence (並得, 並應, 且不得, after ；, 始得) shares the written bearer at the same
#   offset; across 。 (also 但… after 。) the bearer is carried.
# - 'N[condition]者' keeps N; a circumstance 者 phrase (申訴有理由者, 經證明者) is a condition; 由X agent is the bearer;
#   a reference without 之 stays in the bearer (第一項就業服務員), 之-modifiers go to bearer_full.
# - 但… without 不在此限 keeps its own modality (但…不予計量 = shall_not, 但…得 = may); 除…外 read as "besides" (no
#   deontic carve-out) is no exception; 宜, 可, 免報, 準用, 視為, 不受…限制, 由…定之 are no cues; 應變更 = 應 + 變更.
LABELS.update({
    61: [
        ('may', '內，[得]向', '受評量學校', '對評量報告書及評量結果不服之受評量學校', '', ''),
        ('shall', '機關[應]自', '各該學校主管機關', '', '', 'own subject after ；; 各該 kept as fixed modifier'),
        ('shall', '者，[應]請', '', '', '各該學校主管機關',
         '申訴有理由者 is a circumstance (condition); the reviewing authority of the sentence before (across 。) is carried; 經…核定後公布 has no cue'),
    ],
    62: [
        ('shall', '，[應]選用', '', '', '',
         'thing topic (對照藥品): the comparator shall be one …; lead-in 選擇…之對照藥品，規定如下 names no actor'),
    ],
    63: [
        ('shall', '均[應]以', '', '', '', 'thing subject (配管管材)'),
        ('shall', '施作[應]符合', '', '', '', 'thing subject (其貫穿防火區劃之施作); no actor in the article'),
    ],
    64: [
        ('may', '，[得]予採認', '', '', '',
         'passive (the training may be recognised); 火藥爆破作業人員…者 is the topic/condition, not the recognising party; the recogniser is not written (para 1 雇主 trains, para 2 自營作業者)'),
    ],
    65: [
        ('shall', '，[應]載明', '', '', '醫療機構',
         'thing subject (實施計畫內容); the paragraph right before: 執行特殊情形通訊診療之醫療機構，應擬具通訊診療實施計畫 -> the drafter carried'),
    ],
    66: [
        ('shall', '審查[應]考量', '', '', '',
         'thing subject (審查); the paragraph before (強制…出國前，應召開審查會審查) names no actor'),
    ],
    67: [
        ('shall', '時，[應]依', '^[各主管機關]', '', '',
         '概算應行注意與優先辦理事項 is the name of a document, 應興辦之事項 / 所有應行配合辦理事項 attributive -> not labelled; 可編報 no cue'),
        ('shall', '尤其[應]注意', '^[各主管機關]', '', '',
         'hard: parenthetical 尤其應注意… inside the 就…事項 phrase, an operator on an action (注意) of the same sentence -> labelled, same written bearer'),
        ('shall', '補助，[應]建立', '^[各主管機關]', '', '',
         'topic 其中對直轄市、縣（市）政府之補助 is no bearer; the omitted subject of the same sentence is 各主管機關'),
        ('shall', '並[應]確定', '^[各主管機關]', '', '', 'second cue of the same sentence (並應)'),
    ],
    68: [
        ('shall', '作業，[應]於中華民國八十八', '', '', '各機關（構）、學校',
         'thing subject (財產移接清冊及移交作業); 應編造之 attributive; the actor is only in the 之-modifier -> carried'),
        ('shall', '登記作業，[應]於', '', '', '各機關（構）、學校',
         'thing subject (登記作業); 應辦理之 attributive; same sentence after ；, actor carried from the first clause (less certain)'),
    ],
    69: [
        ('may', '，[得]發命令', '', '', '監督機關', 'no subject in the item; lead-in 監督機關得對民間之公證人為下列行為'),
    ],
    70: [
        ('shall', '時，[應]依', '^[事業單位]', '', '', ''),
    ],
    71: [
        ('shall', '單位[應]辦理', '單位', '負責法令遵循之單位', '', '負責 is no cue (not 負…義務)'),
    ],
    72: [
        ('shall', '編製[應]精要', '', '', '', 'thing subject (說明書或評估書之編製)'),
        ('may', '內容[得]分', '', '', '', 'thing subject (其內容); no actor written in the article'),
    ],
    73: [],  # 支應 false friend (由行政院預算支應); no operator
    74: [
        ('shall_not', '五、[不得]故意', '', '', '保險業',
         'no subject in the item; lead-in 保險業經營保險金信託業務者，應…遵守下列規定 (N[condition]者 -> 保險業)'),
    ],
    75: [
        ('shall', '代表人[應]即', '代表人', '', '', '應即 = 應; 置 / 按鈴 stated as facts (no cue)'),
        ('shall_not', '，[不得]以任何', '代表人', '', '', 'second cue of the same clause, shared subject'),
    ],
    76: [
        ('shall', '，[應]載明', '', '', '直轄市、縣（市）主管機關',
         'thing subject (史蹟清冊); paragraph right before: 直轄市、縣（市）主管機關辦理…函報備查，應具備下列資料 (公告及史蹟清冊); 並附 no second cue'),
    ],
    77: [
        ('shall', '金額，[應]行提存', '', '', '',
         'thing subject (該債權應受分配之金額; 應受分配之 attributive -> not labelled); 經證明者 is a condition; 執行法院 named only as recipient of the proof -> not carried; 視為 no cue'),
    ],
    78: [
        ('shall', '均[應]指派', '^[都市更新投資信託公司]', '', '', '負責 no cue'),
    ],
    79: [],  # 招標文件應載明之事項: attributive inside the NP; 準用 is no cue
    80: [
        ('may', '本會[得]委託', '^[本會]', '', '', ''),
    ],
    81: [
        ('may', '新生[得]酌列', '', '', '',
         'topic (各班期錄取新生); the listing school is not written; 依…遞補之 has no cue'),
    ],
    82: [
        ('shall', '事務[應]依其', '', '', '期貨商',
         'thing subject (其會計事務, 其 = 期貨商 of the topic 期貨商…者) -> carried'),
        ('shall', '財務報告[應]依', '', '', '期貨商', 'thing subject (其證券部門之會計事務及財務報告) -> carried'),
    ],
    83: [
        ('shall', '機關[應]整合', '^[直轄市、縣（市）教育主管機關]', '', '', ''),
        ('may', '並[得]跨校', '^[直轄市、縣（市）教育主管機關]', '', '', 'second cue of the same sentence (必要時，並得)'),
    ],
    84: [
        ('may', '機關[得]編列', '^[各級主管機關]', '', '', ''),
        ('shall', '中央主管機關[應]依', '。[中央主管機關]應', '', '', ''),
        ('shall', '並[應]專款', '。[中央主管機關]應', '', '',
         'second cue of the same sentence shares the written bearer (arguably the subsidised party uses the funds)'),
    ],
    85: [
        ('shall', '者，[應]先經', '', '', '第三地區分支機構',
         'hard: 但…應 without 不在此限 is a shall; 該業務不符…者 is a condition (thing); the item heading / lead-in 其在第三地區設立之分支機構 names the conducting branch -> carried (the licensing bank 臺灣地區銀行 also possible)'),
    ],
    86: [
        ('shall', '前，[應]先與', '^[事業]', '', '', '並妥善保存 continues the same 應 (no second cue)'),
    ],
    87: [
        ('shall', '時，[應]由', '由[兩廠]遴聘', '', '',
         'bearer = agent after 應由; 或送相關機關認定 continues the same 應; topic 認定 is no bearer'),
    ],
    88: [
        ('shall_not', '且[不得]超過', '', '', '主管機關',
         'thing subject (the number of members concurrently held by 主管機關高階人員); the appointing 主管機關 (para 1: 由主管機關…派（聘）兼之; also in this provision) carried'),
    ],
    89: [],  # 核子反應器 (反應 false friend); 收費如下 stated as fact, no operator
    90: [
        ('shall', '單位[應]依', '：[中華郵政公司各相關業務單位及風險管理單位]應', '', '',
         'heading 風險管理機制： is no bearer; coordinated subject kept whole (中華郵政公司 without 之 is part of the name); 相應 false friend'),
    ],
    91: [
        ('may', '人員[得]酌支', '^[本會研究人員]', '', '',
         'hard: read as "may draw" (酌支 = receive at discretion), the research staff as written subject; 本會 kept as fixed modifier'),
    ],
    92: [],  # 應否 false friend (whether); list item naming a document
    93: [
        ('shall', '者，[應]經', '服務學校', '', '',
         'N[condition]者: 服務學校認為有…必要者 -> 服務學校; 專聘教師 is a topic (the suspended teacher); 免報 no cue'),
        ('may', '時，[得]經', '服務學校', '', '', 'after ；, same sentence, same written bearer'),
        ('shall_not', '且[不得]逾', '服務學校', '', '',
         'right after the 得 with only 且 between: same written bearer (a limit on the extension)'),
        ('shall_not', '期間[不得]超過', '', '', '服務學校',
         'thing subject (其停聘期間) after ；; the suspending school carried; 依…規定辦理 (last sentence) has no cue'),
    ],
    94: [],  # 應遵行事項: attributive inside the NP; 由主管機關定之 has no cue
    95: [
        ('shall_not', '，[不得]充任', '^[會計師]', '', '', '非經申請註銷執業登記 is a condition'),
        ('may', '後，[得]再', '', '', '會計師', '但…得 is a may; across 。 -> carried'),
    ],
    96: [],  # 應考新生 (應考 false friend, like 應考人); list item of tasks, no operator
    97: [
        ('shall', '時，[應]加強', '^[各地方法院檢察署]', '', '',
         'hard: the subject of the …時 clause is the subject of 應 (the dispatched 檢察官、觀護人 are objects of 指派)'),
    ],
    98: [
        ('shall', '時，[應]將', '', '', '', 'no subject written (the measurer is not named in the article)'),
        ('shall_not', '，[不予]計量', '', '', '',
         '但…不予 without 不在此限 keeps its own modality (shall_not); thing topic (the small spaces …者 are conditions)'),
    ],
    99: [
        ('may', '者，[得]以', '', '', '',
         'topic 軍品採購 (thing) …者 is a condition; the procuring unit is not named'),
    ],
    100: [
        ('may', '時，[得]由', '由[行政院]召開', '', '',
         'bearer = agent after 得由; 中央主管機關 is the subject of the …時 condition'),
        ('may', '文化會報[得]設', '；[行政院文化會報]得設', '', '', 'own subject after ；'),
    ],
    101: [],  # 應用 false friend; list item of tasks
    102: [],  # 獲得 false friend; list item (persons), no operator
    103: [],  # 應用軟體 false friend; list item of tasks
    104: [
        ('shall', '者，[應]採行', '^[事業或污水下水道系統]', '', '',
         'hard: read as N[condition]者 (事業或污水下水道系統 whose test result …); could also be read as a topic NP (功能測試結果) with the entity carried; 應變措施 false friend'),
    ],
    105: [],  # 取得 false friend; list item (a qualification), no operator
    106: [
        ('shall', '經營者[應]設置', '^[得標者或經營者]', '', '', '得標 false friend inside the name 得標者'),
        ('shall', '容量[應]符合', '', '', '得標者或經營者',
         'thing subject (其容量, 其 = the backup power); the installer of the same sentence carried'),
    ],
    107: [],  # 應用 false friend; list item of tasks
    108: [],  # 支應 false friend; 負擔 no cue; 由本院…辦理撥繳事宜 without a modal
    109: [],  # 取得 false friend; list item (a condition), no operator
    110: [
        ('shall', '人員[應]報請', '監場人員', '', '',
         'hard: 除依相關規定予以扣考…外 read as additive ("besides the score penalties"), not a carve-out -> no exception; 不予計分 inside 除…外 restates; 應考人 false friend'),
    ],
    111: [
        ('shall', '至遲[應]於', '^[第一項就業服務員]', '', '', 'reference without 之 stays in the bearer; 取得 false friend'),
        ('may', '[始得]繼續', '^[第一項就業服務員]', '', '', 'same sentence, same written subject'),
        ('may', '者，[得]延後', '', '', '第一項就業服務員',
         '但…得 is a may; 經…同意者 is a condition; across 。 -> carried'),
    ],
    112: [],  # 取得 false friend; 由中央主管機關廢止 without a modal
    113: [],  # 所得 false friend (所得基本稅額條例); enabling clause, no operator
    114: [],  # 供應 false friend; list item of tasks
    115: [
        ('shall', '均[應]取得', '', '', '',
         'topic (會計事項之發生); the accounting entity is not named in the article (only in the law name); 取得 after 應 is the verb'),
    ],
    116: [
        ('may', '並[得]視', '檢察官、辯護人', '', '',
         '宜 (should, recommendation) is no cue; 如有必要者 is a condition; 獲得 false friend'),
    ],
    117: [
        ('shall', '不動產，[應]於', '^[保險業]', '', '',
         'N[condition]者 keeps 保險業; 所定應於事前逐筆報經…核准之規定 restates a rule inside 不受…限制 (attributive) -> not labelled; 取得 false friend'),
    ],
    118: [],  # 應用科學 false friend; list item (a qualification), no operator
    119: [],  # 取得 false friend; 年報應行記載事項準則 only in the law name; list item of contents
    120: [
        ('shall', '公會[應]變更', '^[原福建省建築師公會]', '', '',
         '應變更 = 應 + 變更 (shall change), not the false friend 應變; 並以…為主管機關 has no second cue'),
    ],
})
