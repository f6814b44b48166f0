# Hand labels for /work/eval/s31/o23/to_label-a.tsv (sample of session 31, o23), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並得, 並應, 同時應, after ；) shares the written bearer at the same offset,
#   unless the new clause has its own subject; across 。 the bearer is carried; 之-modifiers go to bearer_full;
#   a possessive 其 is dropped; the agent after (應/得)由 is the bearer; coordinated alternatives kept whole.
# - a thing / topic / patient subject (計畫書, 期間, 出入口, 法官 to be transferred) is no bearer; `carried` when this
#   provision (also a possessor / agent inside the topic NP), its list lead-in or the paragraph right before names
#   the actor clearly, else ''.
# - 'N[condition]者' keeps N; a circumstance …者 (以電子方式申請者, 能提供網路查詢者) is a condition.
# - 但…不在此限 is an exception; 但… without 不在此限 keeps its own modality; 除…外 is an exception only when it
#   carves out of a deontic statement (not out of 以…為限); 得不 / 得不予 / 得免予 are one may at 得;
#   attributive 應X之 / 應X事項 / 公眾得出入之場所, 得標, 應用, 取得, cues inside a …時 condition, 應得以 (the 得以 =
#   "able to", one shall at 應) are handled as GUIDE.md says.
LABELS = {
    1: [
        ('shall', '[應]載明', '', '', '',
         'thing subject (事業廢棄物清理計畫書); the submitting enterprise is not named in the article'),
    ],
    2: [
        ('shall_not', '合計[不得]超過八小時', '', '', '研究人員',
         'hard: the clause subject is 兼職時數 (a thing); 研究人員依前項規定兼任職務者 is the topic (N[condition]者) -> carried rather than written (cf. thing subject with a possessor topic)'),
        ('shall_not', '合計[不得]超過四個', '', '', '研究人員',
         'after ；, thing subject (兼任職務, the posts); the researcher of the same sentence carried'),
    ],
    3: [
        ('shall', '[應]依', '^[船務代理業]', '', '', '其為辦事處者 is a condition'),
    ],
    4: [
        ('shall', '[應]填具', '^[不動產仲介經紀業]', '', '',
         '取得 false friend; 有遺失、污損者 is a condition; 申請補發、換發 under the same 應'),
    ],
    5: [
        ('shall_not', '[不得]違反', '^[護理機構]', '', '', ''),
    ],
    6: [
        ('exception', '[不在此限]', '', '', '',
         '但…不在此限 excepts small extensions from the EIA duty of the lead-in (有下列情形之一者，應實施環境影響評估); the item itself has no other cue'),
    ],
    7: [
        ('may', '[得]自行', '^[主管教育行政機關]', '', '', '由各該主管教育行政機關定之 has no cue'),
    ],
    8: [
        ('shall_not', '[不得]繼續', '', '', '營利事業股東',
         'thing subject (投資抵減); 其營利事業股東尚未適用之 is a 之-modifier naming the shareholders who apply the credit -> carried (also lead-in 其營利事業股東適用之投資抵減); 不得繼續適用 is not 不適用'),
    ],
    9: [
        ('may', '[得]依', '', '', '',
         'thing topic (罕見疾病用藥); lead-in 前條藥品之支付價格訂定原則如下 names no actor (保險人 only in item 三)'),
    ],
    10: [
        ('may', '[得]僅', '', '', '本院',
         'thing subject (容器, 容積…以下者 a condition); paragraph 1 right before: 本院運作毒性及關注化學物質容器…之標示，應依…辦理 (本院 the operator inside the topic NP) -> carried'),
    ],
    11: [
        ('shall', '[應]回饋', '', '', '設置者',
         'no subject (利益之產生…者 is a condition); lead-in 設置者收取之商業運用利益，其回饋對象如下 names the 設置者 inside the topic NP -> carried'),
    ],
    12: [
        ('shall', '[應]做', '', '', '',
         'thing subject (垂直地震力); lead-in 建築物構造採用靜力分析方法者，應依下列規定 names no actor'),
    ],
    13: [
        ('may', '[得]推介', '^[公立就業服務機構]', '', '', '為輔導…就業 is a purpose clause'),
        ('shall', '[應]協助', '^[公立就業服務機構]', '', '',
         'after ；, same sentence, same written subject; 對職業訓練結訓者 is the fronted object'),
    ],
    14: [
        ('shall', '）[應]將', '工程主辦機關（構）', '', '',
         '須 sits inside the condition 如須限制…時 -> not labelled; 並於…設置 under the same 應'),
        ('may', '並[得]商請', '工程主辦機關（構）', '', '', 'second cue of the same sentence, same written bearer'),
    ],
    15: [
        ('may', '[得]就', '^[廠商]', '', '', '廠商申請…案件 read as subject + verb + object'),
        ('shall', '[應]就', '', '', '廠商',
         'hard: 但… without 不在此限 keeps its shall; 以電子方式申請者 read as a circumstance (the manner of application), not an agentive 者 phrase -> 廠商 carried across 。'),
    ],
    16: [
        ('may', '[得]以', '^[移民署]', '', '', '移民署就…為遠距審理者: N[condition]者 keeps N'),
    ],
    17: [
        ('shall', '[應]指定', '船舶所有人或船長', '', '',
         '船舶施行檢查時 is a condition; 並於必要時協同工作 under the same 應; 負責人員 no cue'),
    ],
    18: [
        ('may', '[得]審酌', '調解小組', '', '', 'the 第三人 phrase is the fronted object (其 = the third party)'),
    ],
    19: [
        ('shall', '[應]依', '', '', '本局總收文人員',
         'thing subject (來文…為密件者); lead-in 本局總收文人員…尤須注意下列各項 -> carried; 由指定之人員簽收處理 is the 由-agent of the later verb, not of 應'),
    ],
    20: [
        ('may', '海關[得]予以', '海關', '', '',
         '應辦補稅程序 / 應遵行事項 are attributive and inside the condition (違反…者) -> not labelled; 處…罰鍰 and 並限期命其改正 under the same 得'),
        ('may', '並[得]連續', '海關', '', '',
         'after ；, same sentence; 屆期未改正者 is a condition about the offender; same written bearer'),
        ('may', '者，[得]停止', '海關', '', '', 'after ；, same sentence, same written bearer; 連續處罰三次仍未改正者 is a condition'),
    ],
    21: [
        ('shall', '[應]考慮', '', '', '', 'thing subject (流量之控制); lead-in 抽水機之操作控制規定如下 names no actor'),
    ],
    22: [
        ('shall_not', '[不得]臨接', '', '', '', 'thing subject (建築物之汽車出入口)'),
    ],
    23: [
        ('shall', '[應]依', '', '', '作業基金及政事基金',
         'thing topic (委託研究計畫) whose possessor (no 之) is 作業基金及政事基金 -> carried (lead-in: 各基金…應分別擬具計畫); the 「」 要點 name holds no cue'),
    ],
    24: [
        ('may', '[得]依', '^[廠商]', '', '', '廠商就…使用者: N[condition]者 keeps N'),
    ],
    25: [],  # 公眾得出入之場所: 得 attributive inside a noun phrase; list item of conduct (拉客), no operator
    26: [
        ('may', '[得]公告', '^[本行]', '', '', '經公告收回之貨幣…失其法償效力 has no cue'),
        ('shall_not', '[不得]少於', '', '', '本行',
         'thing subject (公告收回期間); 但… without 不在此限 keeps its modality; the announcing 本行 of this provision carried across 。'),
        ('may', '持有人[得]向', '持有人', '', '', 'second cue of the 但 sentence with its own subject (期內 is a time)'),
    ],
    27: [
        ('shall', '[應]具備', '^[國民住宅申請承購或承租人]', '', '',
         'the applicant noun phrase has no 之 and is kept whole (國民住宅 is the fronted object of 申請承購或承租)'),
    ],
    28: [
        ('shall', '[應]於', '持照人', '', '', 'first sentence is a definition (係指…), no cue; 送請…備查 under the same 應'),
    ],
    29: [
        ('shall', '[應]達成', '', '', '財團法人',
         'thing topic (工作計畫之訂定); 財團法人 is its possessor (no 之) and the one who sets the plan -> carried; 並符合 under the same 應'),
    ],
    30: [
        ('shall', '[應]歸屬', '', '', '',
         'thing subject (剩餘之財產); 儲金管理會 only in the …時 condition and 歸屬 is a result, no act of it -> not carried'),
    ],
    31: [
        ('may', '[得]不再', '酒精製造人', '經公賣局依臺灣地區酒精管理辦法許可之酒精製造人', '',
         '得不 = may (need no further permit); 為製造酒精而需製造酒母者 is a condition (需 no cue)'),
    ],
    32: [],  # 應用 false friend (申請應用及設置電子計算機計畫); organic list item of tasks, no operator
    33: [
        ('shall', '[應]通知', '', '', '直轄市或縣（市）主管機關',
         'hard: topic 懲戒結果 (thing); the authority that is the 由-agent of the first clause of the sentence (由其經紀業所在地直轄市或縣（市）主管機關交付懲戒) carried; 並函請…登錄 under the same 應'),
    ],
    34: [
        ('shall', '總處[應]於', '^[本院人事行政總處]', '', '', ''),
        ('shall', '亦[應]於', '各通報權責機關', '', '', 'after ；, own subject; 以熟諳 is a purpose'),
    ],
    35: [
        ('shall', '[須]具', '', '', '',
         'thing subject (甲板部分); lead-in 延伸之艙壁應依下列各目規定 names no actor'),
    ],
    36: [
        ('may', '[得]對', '^[各級主管機關]', '', '', ''),
        ('shall', '並[應]建立', '中央主管機關', '', '', 'after ；, own subject; 提供或協助 under the same 應'),
    ],
    37: [
        ('may', '[得]延長', '', '', '權責機關',
         'thing subject (停止勤務期間); paragraph 2 right before: 權責機關認…時，得回復其勤務 (and para 1 權責機關得…停止其勤務) -> carried; 並以六個月為限 no cue'),
    ],
    38: [
        ('may', '[得]檢附', '^[實任法官]', '', '', '任職十五年以上…難以勝任職務者 is a condition: N[condition]者 keeps N'),
        ('shall', '[應]於', '占缺法院', '', '', 'after ；, own subject (last occurrence before the cue); 函報 under the same 應'),
    ],
    39: [
        ('shall', '[應]於', '', '', '',
         'topic 前二項情形; 經主管機關核准者 is a condition; paragraphs before name no actor for the approval requests (para 2 has no subject; 發起人 only as the changed persons) -> not carried; 並刊登 under the same 應'),
    ],
    40: [],  # 其應記載事項如下: 應記載事項 attributive inside a noun phrase (list lead-in of contents)
    41: [
        ('shall', '[應]寬籌', '^[師資培育機構]', '', '', ''),
        ('shall', '[應]視', '各級主管教育行政機關', '', '', 'after ；, own subject'),
        ('may', '並[得]編列', '所屬學校', '', '', 'own subject (所屬 kept as fixed modifier, no 之)'),
    ],
    42: [
        ('may', '[得]免予', '', '', '',
         '但…得 without 不在此限 is a may (得免予檢附 = may omit; 免予 itself no cue); 地政主管機關能提供網路查詢者 is a circumstance; lead-in 依本辦法申請核發…時，應填具申請書並檢具下列文件 names no applicant'),
    ],
    43: [
        ('shall', '[應]加強', '^[各主管機關]', '', '',
         'hard: 有關 read as "concerning" (各主管機關 is the subject); could also be read as a thing topic 各主管機關有關…計畫 with 各主管機關 carried. 並分別依 under the same 應; 「」 要點 names hold no cue'),
    ],
    44: [
        ('may', '[得]不予', '', '', '',
         'hard: 得不予遷調 read as one may at 得 (may refrain from transferring; cf. 得不, 應不予 one statement); 法官有下列情形之一者 is the patient + condition, the transferring authority (司法院) is not written'),
    ],
    45: [],  # 得標金 / 得標總價: 得標 false friend; definition of the price, no operator
    46: [
        ('may', '[得]不分科', '', '', '書記處',
         'hard: 其事務較簡者 is a circumstance; not dividing into / merging sections can only be the 書記處 (sentence 1 subject) -> carried'),
        ('may', '[得]分股', '', '', '',
         'hard: 其事務較繁者 is a circumstance; 其 = 書記處 or each 科 (cf. para 3 where a 科 分股) -> not carried'),
    ],
    47: [
        ('shall', '[應]符合', '外國留學生', '本法第五十條第一款之外國留學生', '',
         'status requirement on a person; the written subject kept, the reference with 之 to bearer_full'),
    ],
    48: [
        ('shall', '[應]包含', '', '', '保險業',
         'thing subject (再保險合約資產/保險合約負債 disclosure); item 三 lead-in names none, the article lead-in 保險業…應於財務報表附註揭露下列事項 names the discloser -> carried'),
    ],
    49: [
        ('shall', '[應]出示', '^[個人執業公證人]', '', '', '執行業務時 is a condition'),
    ],
    50: [
        ('shall', '[應]訂定', '^[最高行政法院]', '', '', '並陳報 under the same 應; 負責 no cue'),
    ],
    51: [
        ('may', '[得]由', '由[縣市政府]統籌', '', '',
         'bearer = agent after 得由; topic 銀行保險箱之租用; the earlier clauses (收受易現, 專戶儲存, 租用…保管之) have no cue'),
    ],
    52: [
        ('shall', '入口[應]裝設', '', '', '', 'thing subject (燈座入口); lead-in (…依下列規定辦理) names no actor'),
        ('shall', '大小[應]適合', '', '', '', 'thing subject (線孔大小)'),
        ('shall', '表面[應]為', '', '', '', 'thing subject (表面); 且 joins a second operator'),
    ],
    53: [
        ('may', '[得]以', '衛星廣播電視事業', '', '',
         '設有數頻道者 is a condition (N[condition]者); 除特別獎外 carves out of 以三件為限 (以…為限 no cue) -> no exception'),
    ],
    54: [
        ('shall', '[應]建置', '^[檢驗機構]', '', '', '並保存 under the same 應'),
    ],
    55: [
        ('may', '[得]報經', '商業同業公會', '其成立之商業同業公會', '',
         'hard: the guilds, subject of the …時 clause, are read as the subject of 得 (they 合組 the federation; cf. para 1); could also be read as named only in the condition -> carried'),
    ],
    56: [
        ('shall', '[應]由', '其[服務機關、學校]於', '', '',
         'bearer = agent after 應由 (possessive 其 dropped); 公教員工因公殘廢者 is a condition; 「…﹂ names hold no cue; 核定後發給 no cue'),
    ],
    57: [
        ('shall', '四周[應]築', '', '', '', 'place/thing subject (庫房四周); lead-in 平房式火藥庫之設置位置、構造及設備，應依下列規定 names no actor'),
        ('shall', '並[應]加設', '', '', '', 'second operator of the same sentence'),
        ('shall', '電源線[應]埋設', '', '', '', 'thing subject'),
        ('shall', '高度[應]達', '', '', '', 'thing subject'),
        ('shall', '公尺[應]有', '', '', '', 'thing subject'),
        ('shall', '密度[應]得以', '', '', '',
         'thing subject; 應得以阻絕…為度: the 得以 is "able to" inside the standard, not a permission -> one shall'),
    ],
    58: [
        ('shall', '[應]依據', '^[行政院主計處]', '', '', 'one 應 governs 彙案編成 / 簽報 / 提出'),
    ],
    59: [
        ('shall', '[應]將', '^[著作權專責機關]', '', '', '並通知 under the same 應; 視為拒絕調解 no cue'),
    ],
    60: [
        ('shall', '[應]採', '^[學校]', '', '', '發現…之情形 is the first verb of the clause, 應採 its main predicate'),
        ('shall', '時[應]通報', '^[學校]', '', '', '同時應: second operator of the same sentence, same written bearer'),
    ],
}

# Hand labels for /work/eval/s31/o23/to_label-b.tsv (provisions 61-120 of the sample): reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (學籍資料, 清冊, 範圍, 單據, 支出) or a passive patient (訓練師 to be appointed) gives bearer '';
#   `carried` when this provision (also an entity inside the modifier of the thing subject, 公證人公司董事長…變更),
#   its list lead-in or the paragraph right before clearly names the actor, else ''.
# - clauses of one sentence (up to 。, also after ；) sharing an omitted subject get that written subject at the same
#   offset, also when only a condition (屆期仍未改善, 未取得執照者) or an embedded 由X clause intervenes; across 。 carried.
# - 'N[condition]者' keeps N; a person-denoting headless …者 phrase that is the only subject is kept whole; a
#   circumstance …者 (本會尚未訂定技術規範者, 未交付者) is a condition; 之-modifiers go to bearer_full.
# - 但… without 不在此限 keeps its own modality; 除…外 carving out of a statement of the same sentence is an
#   exception (cue 除); 除…外，亦須/亦應 is additive and cues inside it restate (not labelled); 除 = "divided by" is
#   no cue; 無庸, 可, 不致, 視為 (without 應), 由…定之, 負…責任 as quoted content of a guarantee are no cues;
#   應視為 is a shall; attributive 得為執行名義之 / 應選出之 and false friends (得獎, 應考人, 應收, 應變, 因應, 反應,
#   所得, 取得, 獲得, 應用, 供應) are not labelled.
LABELS.update({
    61: [
        ('shall', '中心[應]設', '^[特勤中心]', '', '',
         'one 應 governs 設…審查會 (the 審查會 then 提出審查建議) and 並簽陳 (no second cue)'),
    ],
    62: [
        ('shall', '設計[應]考慮', '', '', '', 'thing subject (其設計 of the 給水水箱); no actor in the article'),
        ('shall_not', '箱體[不得]與', '', '', '', 'thing subject (箱體)'),
        ('shall', '並[應]可', '', '', '', '並應可從外部…進行維修檢查 = shall be inspectable from outside; thing subject'),
    ],
    63: [
        ('shall_not', '[不得]轉讓', '', '', '第一項個人或營利事業',
         'thing subject (認股權憑證); its holder is named only inside the 之-modifier -> carried (reference kept)'),
        ('exception', '[不在此限]', '', '', '', '但因繼承者，不在此限'),
    ],
    64: [
        ('shall', '每紙[應]繳納', '', '', '',
         'first 應 (應填發或批註…者) is inside the …者 condition -> not labelled; payer not written (每紙 is a measure)'),
    ],
    65: [
        ('may', '並[得]置', '', '', '',
         'organic rule: 三十人以上 is a condition; 設小隊 / 置隊長 carry no cue; the unit setting up the posts is not named'),
    ],
    66: [
        ('may', '機關[得]就', '^[中央主管機關]', '', '', '由中央主管機關定之 has no cue'),
    ],
    67: [
        ('shall', '本部[應]提請', '本部', '', '',
         '得獎人 / 得獎 false friends; 有下列各款情形之一者 is a condition about the awardee; one 應 governs 提請 / 廢止 / 並追回'),
    ],
    68: [
        ('shall', '者，[應]有', '', '', '', 'thing subject (名額): a quota rule, no actor'),
    ],
    69: [
        ('shall', '者，[應]備有', '^[申請航空器維修工程師檢定證、新增檢定類別、技術限制移除或加註航空器型別項目者]', '', '',
         'agentive headless 者 phrase (the applicants) is the only subject, kept whole'),
    ],
    70: [
        ('shall', '單據[應]粘貼', '', '', '',
         'thing subject (電報費單據); lead-ins (電報費之報銷應按左列規定辦理 / 茲分別規定如左) name no actor; 並予以編號 no second cue'),
        ('shall_not', '但[不得]在', '', '', '', '但不得 (no 不在此限) is a shall_not; same sentence, no bearer written'),
    ],
    71: [
        ('may', '仍[得]以', '^[政務人員]', '', '', '政務人員服務未滿二年者 = N[condition]者 -> 政務人員'),
        ('shall', '，[應]予併計', '', '', '', '但…應 (no 不在此限) keeps shall; thing subject (年資), the counting authority not named'),
    ],
    72: [
        ('shall', '時，[應]注意', '。[法院]受理', '', '',
         '得為執行名義之…裁判 is attributive (not labelled); 無庸提出 = no duty (like 無須), not labelled; subject of the …時 clause is the subject of 應'),
    ],
    73: [
        ('exception', '[不在此限]', '', '', '', 'excepts from the lead-in PF管亦不得使用於下列情形或場所; 可點檢 no cue'),
    ],
    74: [
        ('shall', '，[應]切實', '', '', '海外臺灣學校',
         'thing subject (學籍資料); the school is named only in the modifier of the topic (and 由學校 in the next clause) -> carried; 並永久保存 no second cue'),
    ],
    75: [
        ('shall', '範圍[應]包括', '', '', '主管機關',
         'thing subject (其範圍 of the 評鑑); the evaluating 主管機關 is the subject of the …時 clause of the same sentence -> carried'),
    ],
    76: [
        ('shall', '容器[應]經', '', '', '',
         'hard: thing subject (廢物品及容器) must undergo certification; 經 稽核認證公正團體 is the certifying body (經X辦理, not 由X), not read as the bearer of the duty'),
    ],
    77: [
        ('shall', '[應]檢具', '^[參選者]', '', '', ''),
    ],
    78: [
        ('shall', '時，[應]於', '', '', '公證人公司',
         'hard: the subject of the …時 clause is the officers (董事長…經理人) whose change triggers the duty; the reporting party is the company named only as their modifier -> carried'),
    ],
    79: [
        ('may', '，[得]陳述', '^[委員會列席人員]', '', '', '但無表決權 has no cue'),
    ],
    80: [
        ('shall_not', '[不予]核准', '', '', '',
         'thing subject/condition (案件 有下列情形之一者); the approving authority is not named in the article'),
    ],
    81: [
        ('shall', '結果，[應]即', '^[行政院主計處]', '', '', '應即 = 應; one 應 governs 綜合整理 / 擬定 / 陳報'),
    ],
    82: [
        ('may', '者，[得]參加', '農民', '年滿十五歲以上從事農業工作之農民', '',
         'N[condition]者 keeps 農民 (非前項農會會員 / 未領取…者 are conditions); 並以…為投保單位 has no second cue'),
    ],
    83: [
        ('shall', '器材[應]符合', '', '', '', 'thing subject (電信管制射頻器材)'),
        ('shall', '者，[應]依', '', '', '',
         'hard: 本會尚未訂定技術規範者 is a circumstance condition (本會 is its subject, not the chooser); who selects the applicable rule is not written'),
    ],
    84: [
        ('shall', '事業，[應]於', '我國個人、公司或有限合夥事業', '依第二條規定選擇緩課所得稅之我國個人、公司或有限合夥事業', '',
         '所得稅 / 取得 / 所得額 false friends; 我國 kept as fixed modifier'),
    ],
    85: [
        ('may', '，[得]令其限期', '^[主管機關]', '', '', ''),
        ('may', '機關[得]令其停止', '主管機關', '', '',
         'own subject after ；(屆期未補足者 is a condition about the bank); 並依銀行法為…處置 no second cue'),
    ],
    86: [
        ('shall', '人員，[應]遴選', '', '', '各級法院檢察處',
         'hard: 經管財務人員 is the topic (the posts to be filled), not the selector; the office is named only as its modifier -> carried; 並取具 no second cue; 負賠償公款之責任 is the content to be stated in the guarantee (載明), not a 負…義務 imposed -> not labelled'),
        ('shall', '異議，[應]於', '。[保證人]如有', '', '', '如有異議 is a condition; 具保 / 獲得 no cue'),
        ('may', '後，[始得]解除', '。[保證人]如有', '', '', '始得 = may only then; same sentence, same written subject (被保證人從新覓保 is a condition)'),
    ],
    87: [
        ('shall', '，[應]於', '^[前項所有人]', '', '', 'reference without 之 stays in the bearer'),
    ],
    88: [
        ('may', '亦[得]酌予', '', '', '需用單位',
         '未交付者 is a circumstance (vehicle not delivered), not the actor; lead-in of the article 由需用單位依左列計算方式補償之 -> carried; 尚可使用 no cue'),
    ],
    89: [],  # definition (專業估價者：指…): 得從事 inside the defining NP, no statement
    90: [
        ('exception', '[不適用]', '', '', '', '委任有代理人者 is a condition'),
    ],
    91: [
        ('shall', '亦[須]考慮', '', '', '保險業',
         '除注意…外，亦須 is additive (no exception); judge not written in the clause; paragraph 1 (right before): 保險業應…揭露關係人交易資訊'),
        ('exception', '，[除]能證明', '', '', '', '除能證明…者外 carves an exception out of the 應視為 of the same sentence'),
        ('shall', '，[應]視為', '', '', '保險業',
         'hard: 應視為 read as a shall (the reporter shall treat them as related parties); 具有下列情形之一者 is the party deemed (patient), not the bearer'),
        ('shall', '，[須]依照', '', '', '保險業',
         'second operator; the disclosing insurer is not written (the 者 phrase is the related party) -> carried from paragraph 1'),
    ],
    92: [
        ('may', '者，[得]檢送', '', '', '',
         '說明書內容相同者 is a condition; lead-in 申請…展延，應…檢附下列文件 names no actor; 分別檢附之 has no cue'),
    ],
    93: [
        ('shall', '事實表[應]依次', '', '', '教職員遺族',
         'thing subject (撫卹事實表); paragraph 1 (right before): 教職員遺族…應填具撫卹事實表'),
    ],
    94: [
        ('may', '者，[得]設', '^[省 (市) 政府]', '', '', '符合左列條件者 = N[condition]者 -> 省 (市) 政府'),
    ],
    95: [
        ('shall', '時，[應]以', '^[雇主]', '', '', '亦不致傷及勞工 has no cue'),
    ],
    96: [
        ('shall', '保險人[應]於', '^[保險人]', '', '', ''),
        ('shall', '起，[應]按', '。[保險人]因', '', '', '保險人因…致未…給付者 = N[condition]者 -> 保險人'),
    ],
    97: [
        ('shall', '，[應]於', '加油亭', '本規則施行前已設置經營之加油亭', '',
         'hard: the kiosk as regulated unit is the written subject of 申請設置 (metonymy for its operator), kept as bearer; 逾期視為 no cue'),
    ],
    98: [
        ('shall', '時，[應]先行', '', '', '', 'thing condition (一宗土地之部分合併); the applicant is not named in the article'),
    ],
    99: [
        ('shall', '清冊，[應]表明', '', '', '債務人',
         'thing subject (債權人清冊); paragraph 1 (right before): 債務人聲請更生時，應提出…債權人、債務人清冊'),
    ],
    100: [
        ('may', '時，[得]優先', '', '', '技能訓練所',
         'hard: passive 得…遴用之 (the 副訓練師 is appointed); the topic 技能訓練所正訓練師出缺 and 該所 point to the institute as appointer -> carried'),
    ],
    101: [
        ('shall', '，[應]視情形', '^[中央目的事業主管機關]', '', '', '應變作業 = 應變 false friend'),
    ],
    102: [
        ('shall', '，[應]能確保', '', '', '', 'thing subject (保護系統之設計); 反應度 false friend'),
    ],
    103: [],  # 因應 false friend; list item of tasks, no operator
    104: [
        ('exception', '，[除]就讀', '', '', '', '除就讀學士後學系外 carves an exception out of the 不得 of the same sentence; 取得 false friend'),
        ('shall_not', '[不得]重複', '^[已取得專科以上教育階段之學位再行修讀同級學位，或同時修讀二以上同級學位者]', '', '',
         'hard: person-denoting headless 者 phrase (the students) is the only subject, kept whole (they may not receive the reduction twice)'),
    ],
    105: [
        ('shall', '者，[應]重新', '，[重新依第十八條第一項規定申請登記證者]，', '', '',
         'agentive headless 者 phrase kept whole; 前項期限屆滿後 is a time condition; 取得 false friend (verb after 應)'),
    ],
    106: [],  # 因應對策 = 因應 false friend; list item of tasks, no operator
    107: [],  # 取得 false friend; list item, no operator
    108: [
        ('shall', '亦[應]與', '二、[電子支付機構]除', '', '',
         '除應依前條規定取得…外，亦應 is additive (besides); the 應 inside 除…外 restates the previous article -> not labelled; 並提供 no second cue'),
        ('shall', '金額[應]與', '，[電子支付機構]就', '', '', '如以不特定金額方式自動交易扣款者 is a condition'),
    ],
    109: [],  # definition (研究發展獎：指…); 供應 false friend
    110: [
        ('shall', '，[應]採', '', '', '', 'thing subject (絕緣與迫緊); 反應 false friend; no actor in the lead-ins'),
    ],
    111: [],  # 所得 / 所得財物 false friends; 減輕其刑 is a penalty rule stated as fact, no cue
    112: [],  # definition (專業實務類：指…); 應用 false friend
    113: [
        ('shall_not', '，[不得]適用', '', '', '公司',
         'thing subject (其當年度全部購置機器及設備支出, 其 = the company) -> company carried; 不得適用 is shall_not (cue 不得), not 不適用; 所得稅 false friend'),
    ],
    114: [],  # 所得稅 false friend; list item of tasks
    115: [
        ('shall', '票據[應]以攤銷', '', '', '衛生法人',
         '應收票據 ×2 = 應收 false friend; thing subject; item lead-in 應收票據：指衛生法人應收之各種票據 names the reporting 衛生法人'),
        ('may', '，[得]以票面', '', '', '衛生法人', '但…得 is a may; thing subject'),
    ],
    116: [
        ('shall', '時，[應]檢具', '^[前項經營者]', '', '', '取得 false friend; 並於…申請 no second cue'),
        ('may', '，[始得]使用', '^[前項經營者]', '', '',
         'hard: same sentence; 經審驗合格後，由主管機關發給…證明 is an embedded precondition (其他 subject 主管機關 does not bear 使用) -> shares the sentence subject'),
        ('shall', '經營者[應]依其', '。[經營者]應依', '', '', ''),
        ('shall', '時，[應]敘明', '。[經營者]應依', '', '', 'same sentence, 其內容如有…時 is a condition; shares the written subject'),
    ],
    117: [
        ('shall', '申請人[應]填具', '，[申請人]應填具', '', '', '申請…許可證時 is a condition'),
        ('shall', '者，[應]將', '，[申請人]應填具', '', '',
         'hard: 未取得執照者 is a condition on the applicant (N omitted), same sentence -> shares 申請人 (it may also be read as content of the 切結; no 「」, labelled); 取得 false friend'),
        ('may', '申請人[得]於', '原申請人', '', '', '原申請人得 (not the 原得 false friend); 原 kept as fixed modifier; 並以一次為限 no cue'),
        ('shall', '後，[應]依主管機關', '；[逾期辦理復運出口或報請主管機關監毀者]，', '', '',
         'hard: person-denoting headless 者 phrase (those late in re-exporting) is the own subject after ；, kept whole'),
    ],
    118: [
        ('shall', '考試[應]繳', '^[應考人]', '', '', '應考人 false friend (bearer, not a cue); 並以通訊方式為之 no second cue'),
    ],
    119: [],  # 應選出之名額 attributive; 除 = divided by; 所得商數 false friend -> no statement
    120: [
        ('shall', '機關[應]通知', '中央主管機關', '', '', '取得…者，違反…資料不實 is the condition (the permittee)'),
        ('may', '，[得]按次', '中央主管機關', '', '',
         'hard: 屆期仍未改善 is a condition about the permittee; after ；, same sentence, the punishing 中央主管機關 shares the written subject; 處…罰鍰 / 並再通知 have no cue'),
    ],
})
