# Hand labels for /work/eval/s32/o25/to_label-a.tsv (sample of session 32, o25), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並應, 並須, 不得 right after, after ；) shares the written bearer at the same
#   offset unless its clause has its own (thing) subject; across 。 the bearer is carried; 之-modifiers go to
#   bearer_full; a possessive 其 is dropped; the agent after (應/得)由 is the bearer; coordinated alternatives kept
#   whole (also when a 之 sits inside the second conjunct only).
# - a thing / topic / patient subject (款項, 水質, 成果資料, 任期, 地板, 節目, 選點) is no bearer; `carried` when this
#   provision (also an agent / possessor inside the topic NP), its list lead-in or the paragraph right before names
#   the actor clearly, else ''. A vehicle / ship as regulated unit (直昇機) is kept as bearer.
# - 'N[condition]者' keeps N; an agentive headless …者 phrase that is the only subject is kept whole.
# - 但…不在此限 / 不適用 are exceptions; 除…外 carving out of a statement of the same sentence is an exception (cue 除);
#   但…得 without 不在此限 is a may; 得免 is one may at 得; attributive 應X事項 / 應納…稅 / 不得進入會場人員,
#   適用 alone, 有…之責 without 負, 負責, 應募, 應對, 支應, 所得, 取得 are not labelled.
LABELS = {
    1: [
        ('shall', '機構[應]與', '基金保管機構', '', '',
         'second 基金保管機構 is the subject (the first heads the 之-NP of the …時 condition); 應…負同一責任 is one shall at 應 (負 without 義務); 履行…之義務 is inside the condition'),
    ],
    2: [
        ('exception', '[除]依', '', '', '', '除…外 carves the airlock case out of the 應位於 of the same sentence'),
        ('shall', '外，[應]位於', '', '', '',
         'thing subject (出入口); lead-in 船舶貨物區域各空間之出入口應符合左列規定 names no actor'),
    ],
    3: [
        ('may', '他方[得]解除', '他方', '', '', '…違背特約條款時 is a condition; 亦同 has no cue'),
    ],
    4: [
        ('shall', '衡量日[應]為', '', '', '',
         'thing subject (衡量日); the lead-ins (會計師…應行查核事項 / 應查核其估價是否依下列規定) name the auditor as checker, not as the one fixing the date -> nothing carried'),
    ],
    5: [
        ('shall', '，[應]存入', '', '', '專營電子支付機構',
         'thing subject (款項); the depositor 專營電子支付機構 is the agent inside its 之-modifier -> carried'),
    ],
    6: [
        ('may', '，[得]按', '', '', '民間機構',
         'hard: the topic NP is headed by 支出 (thing); the taxpayer 民間機構 is the agent inside its 之-modifier -> carried, not written; 應納營利事業所得稅 attributive, 所得 false friend'),
        ('may', '者，[得]在', '', '', '民間機構',
         'after ；, 當年度應納…不足抵減者 is a condition; same carried taxpayer'),
    ],
    7: [
        ('shall', '人員[應]著', '^[信號人員]', '', '', '以使… is a purpose clause'),
    ],
    8: [
        ('shall', '，[應]由', '由[遺囑人及其指定之見證人]二人', '', '',
         'agent after 應由; coordinated subject kept whole although 其指定之 qualifies only the second conjunct; 二人以上 (a number) left out; 公證遺囑 is a topic'),
        ('shall_not', '，[不得]由', '由[代理人]代為', '', '',
         'hard: agent after 不得由 taken as bearer (no agent may request on their behalf); could also be read as shared with the testator and witnesses of the same sentence'),
    ],
    9: [
        ('shall', '，[應]提出', '^[承辦大法官]', '', '', '送…表示意見 continues under the same 應'),
    ],
    10: [
        ('shall', '，[應]依', '', '', '',
         'topic (案件之調查、審核, an act); the tax authority is not named; first paragraph. 其未規定者，依… and 但…適用最有利之法律 carry no cue (適用 alone is no cue, no 不在此限); 所得 false friend'),
    ],
    11: [
        ('shall', '者，[應]檢具', '^[申請第一項廢止登記者]', '', '', 'agentive headless 者 phrase, the only subject, kept whole'),
    ],
    12: [],  # 應揭露事項 is attributive (NP, like 應記載事項); lead-in 如下 has no operator
    13: [
        ('shall', '，[應]由', '由[所在地直轄市、縣（市）主管機關]會商', '', '',
         'agent after 應由 (所在地 kept as fixed modifier); the 獵捕區/垂釣區 is a topic; 會商 / 檢附 / 報請…公告之 continue under the same 應'),
        ('shall', '計畫書[應]記載', '', '', '所在地直轄市、縣（市）主管機關',
         '應記載 is the main verb here (not attributive); thing subject (計畫書); new sentence -> the authority that 檢附計畫書 in the previous sentence is carried'),
    ],
    14: [
        ('shall', '判決[應]於', '', '', '',
         'act-topic (宣示判決); paragraph 1 right before (判決應公告之；…應宣示之) names no actor'),
    ],
    15: [
        ('shall', '機關[應]予', '直轄市或縣（市）主管機關', '', '',
         '地政士有下列情事之一者 is a condition (the 地政士 are the ones rewarded); 特別優異者，報請…獎勵之 has no second cue'),
    ],
    16: [
        ('shall', '水質[應]符合', '', '', '申請搭排經許可者',
         'thing subject (水質); its possessor 其 = the topic 申請搭排經許可者 -> carried rather than written (cf. fresh23 #2)'),
    ],
    17: [
        ('shall', '製造人[應]於', '製造人', '', '',
         'topic 吊籠之製造或修改; possessive 其 dropped; 並檢附…申請檢查 continues under the same 應 (no second cue)'),
    ],
    18: [
        ('shall', '機關[應]編撰', '^[中央主管機關]', '', '', '登載…並定期更新 continue under the same 應'),
    ],
    19: [
        ('shall', '，[應]由', '由[醫療機構或領有執業執照之助產士]出具', '', '',
         'hard: 應由…出具者，方為有效 is a validity requirement, read as a shall with the agent after 應由 (coordinated alternatives kept whole); 方 (without 得) is no cue; the certificates are a topic'),
    ],
    20: [
        ('may', '機關[得]給與', '主管機關', '', '',
         'last 主管機關 before the cue (the earlier one is inside 受主管機關委託); the long …政府/…機關（構）/團體 NP with 成效優異者 is the rewarded party (condition)'),
    ],
    21: [
        ('shall_not', '[不得]利用', '', '', '聘僱人員', 'no subject in the item; lead-in 聘僱人員應遵守下列規定'),
    ],
    22: [
        ('shall', '會[應]依', '^[徵兵檢查會]', '', '', '分別製成…送…彙報 continues under the same 應'),
    ],
    23: [
        ('shall', '並[應]於', '', '', '申請補助單位',
         'topic 申請事項 (thing); 以…為限 is no cue; paragraph 1 right before: 申請補助單位應依下列規定項目訂定實施計畫…向勞保局提出'),
    ],
    24: [
        ('may', '本行[得]退回', '本行', '', '',
         '證券業申請…時 / 屆期未補正者 are conditions; 應記載事項 is attributive'),
    ],
    25: [
        ('shall', '含量[須]為', '', '', '', 'thing subject (含量); lead-in 菌液須符合左列條件 names no actor'),
    ],
    26: [
        ('shall', '，[應]依', '', '', '',
         'thing topic (公允價值資訊); lead-in 財務報告…對下列事項應加註釋 names no actor'),
    ],
    27: [
        ('shall', '節目[應]顧及', '', '', '', 'thing subject (節目); paragraph 1 right before (外語節目…應附中文字幕) names no actor'),
        ('shall', '並[應]適度', '', '', '', 'second cue of the same sentence, same thing subject'),
    ],
    28: [
        ('shall', '放款，[應]有', '^[信用部]', '', '', '對…有利害關係者 is the object side of the loan'),
        ('shall_not', '條件[不得]優於', '', '', '信用部',
         'own thing subject (其條件, 其 = the loans) in the same sentence -> not written; the lender 信用部 of the sentence carried'),
        ('shall', '並[應]經', '', '', '信用部',
         'new sentence; 每筆或累計金額達…者 is a condition (thing); carried 信用部'),
    ],
    29: [
        ('may', '，[得]依', '', '', '',
         'hard: 但…得 is a may; 非由本機關人員兼任者 are the payees (patient), not the payer; the paying body is not named clearly (本會 only as possessor in 本會委員) -> none'),
    ],
    30: [
        ('may', '時，[得]就', '', '', '',
         'no subject written; 並於…測繪 continues under the same 得; the land office is not named in the article; 但登記時仍按宗登記 has no cue'),
    ],
    31: [],  # 支應 false friend; 由本部…編列預算支應之 stated as fact, no cue
    32: [
        ('shall', '機關[應]於', '各該法律主管機關', '', '',
         '如非屬…時 is a condition; 會商 / 調查 / 將…列表送… continue under the same 應; 適用 alone is no cue'),
    ],
    33: [],  # 應募 (subscribe) and 取得 are false friends; computation rule (以…加總計算), no cue
    34: [],  # 不得進入會場人員 is attributive (NP); 有制止之責 has no 負 (not a GUIDE cue); 負責檢查 is not 負…義務
    35: [
        ('shall', '，[應]請', '', '', '會計師',
         'no subject in the item; paragraph lead-in 會計師受託辦理查核時…其得採取之主要查核程序 (the procedures are the auditor\'s); 必要時 is a condition'),
    ],
    36: [
        ('shall', '資料[應]無償', '', '', '受補助者',
         'thing subject (成果資料); the licensor 受補助者 is the agent inside its 之-modifier -> carried; 本會 is the licensee'),
    ],
    37: [
        ('shall', '：[應]規劃', '', '', '',
         'no subject written; lead-in 頻道規劃，審查基準如下 names no actor (the applicant is implied only)'),
    ],
    38: [
        ('shall', '，[應]先', '', '', '', 'act-topic (選點); paragraph 1 right before (圖根點應…配布) names no actor'),
    ],
    39: [
        ('shall', '，[應]採用', '', '', '',
         'thing subject (建築物地板); 且作…並設置 continue under the same 應 (no second cue); lead-in (場所之構造…應符合下列規定) names no actor'),
        ('may', '者，[得]免', '', '', '',
         '但…得 (no 不在此限) is a may; 得免 one may at 得; 設有…能立即通知…處理者 is a condition'),
    ],
    40: [
        ('shall', '時[應]具備', '^[一級及二級性能直昇機]', '', '',
         'hard: the helicopter as regulated unit kept as bearer (cf. ships in fresh22); 於…越水飛航時 is a condition'),
    ],
    41: [],  # 應對 false friend (偵測、辨識及應對); list item of measures, no operator of its own (lead-in 業者應建立下列管理措施)
    42: [
        ('shall', '，[應]由', '由[主管機關]邀請', '', '',
         'agent after 應由; 第一項第三款之認定 is an act-topic; the 小組 is what the authority forms'),
    ],
    43: [
        ('shall', '職員[應]依照', '^[本分局職員]', '', '', ''),
        ('shall', '並[須]親自', '^[本分局職員]', '', '', 'second cue of the same sentence (並須), same written bearer'),
        ('shall_not', '[不得]遲到', '^[本分局職員]', '', '', 'third operator of the same clause, same written bearer'),
    ],
    44: [
        ('shall', '委員會[應]逕行', '主管選舉委員會', '', '', '…時 is a condition; 不能 is no cue'),
    ],
    45: [
        ('shall', '者，[應]設置', '之[電信事業]以', '獲核配用戶號碼之電信事業', '',
         'N[condition]者 keeps N; 之-modifier to bearer_full; 並訂定…及定期辦理 continue under the same 應'),
    ],
    46: [
        ('shall', '會[應]就', '^[評鑑會]', '', '', '類別如下 has no operator'),
    ],
    47: [
        ('shall', '法院[應]依', '法院', '', '', '承受訴訟之聲明有無理由 is the fronted object'),
    ],
    48: [
        ('shall_not', '，[不得]配備', '', '', '',
         'thing subject (液體船艙區); lead-in 硫酸以液體船裝載時，應符合下列規定 names no actor'),
        ('shall', '空氣管[應]使', '', '', '', 'new sentence, thing subject (該空氣管); 不使 is no cue'),
    ],
    49: [
        ('may', '，[得]於', '', '', '教保服務機構',
         'hard: no subject in the item; lead-in 教保服務機構教師…出缺之職務，應依下列順序進用代理人員 has a thing subject with the institution as possessor inside it -> carried; the …者 persons are the substitutes (instrument of 代理)'),
    ],
    50: [
        ('shall', '等[應]視', '', '', '',
         'hard: thing subject (生物製劑或生物技術產品 = the products); lead-in 生物藥品之製造及輸入，應符合… names no actor (the maker is named only in sibling item (一))'),
    ],
    51: [],  # 適用 (not 不適用) is no cue; 所得 false friend; rule of which version applies
    52: [
        ('shall', '部分[應]有', '', '', '', 'thing subject (電機設備之危險部分); no actor in the article'),
        ('shall', '每月[應]作', '礦場機電安全督察員', '', '', ''),
        ('shall', '，[應]即', '礦場機電安全督察員', '', '',
         'hard: after ；, same sentence, shares the written bearer; the repair could be read as the mine operator\'s (not written)'),
    ],
    53: [],  # 應遵行事項 is attributive (NP); 由…定之 has no cue
    54: [
        ('may', '機關[得]委任', '^[中央主管機關]', '', '', 'one 得 governs 委任 / 委託 / 委辦'),
    ],
    55: [
        ('shall', '時，[應]於', '^[直轄市或縣（市）主管機關]', '', '', '權利義務 is a noun, not 負…義務'),
    ],
    56: [
        ('shall', '設備[應]在', '', '', '', 'thing subject (雷達自動測繪設備); lead-in 性能標準應依左列規定 names no actor'),
        ('shall', '，[應]比', '', '', '', 'thing subject (誤差)'),
    ],
    57: [
        ('shall', '金額[須]在', '', '', '',
         'thing subject (其金額, 其 = the note); paragraph right before (未載付款地者…) names no actor'),
    ],
    58: [
        ('may', '連聘[得]連任', '', '', '研究中心主任',
         'topic 研究中心主任之任期 (thing); the director (possessor inside the topic NP) is who may serve again -> carried'),
        ('may', '，[得]再連任', '', '', '研究中心主任',
         '但…得 without 不在此限 is a may; 經…建議，由院長認可者 is a condition'),
        ('shall_not', '任期[不得]跨越', '', '', '',
         'thing subject (副主任任期); the appointing party is not the 副主任 -> none'),
        ('may', '二年，[得]連任', '', '', '專題中心執行長', 'topic 專題中心執行長之任期; possessor carried as for the director'),
    ],
    59: [
        ('may', '亦[得]採', '', '', '',
         'node text carries the article\'s paragraph 2 run on after 1/2,000 (前項幹導線、支導線亦得採…); thing subject (the traverses), no actor'),
    ],
    60: [
        ('shall', '設施[應]先經', '', '', '設置聽裝加油站者',
         'thing subject (其設施); its possessor 其 = the topic 設置聽裝加油站者 -> carried'),
        ('may', '後，[始得]營業', '^[設置聽裝加油站者]', '', '',
         'hard: the one who 營業 is the topic 設置聽裝加油站者 (agentive …者), read as the written subject of the 始得 clause; could also be carried like the first'),
    ],
}

# Hand labels for /work/eval/s32/o25/to_label-b.tsv (sample of session 32, o25), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (投資總金額, 修業期限, 紀錄, 契約內容, 目錄, 計畫, 檢體, 配置) or a passive patient (受刑人 to be
#   let out) gives bearer ''; `carried` when this provision (also an agent inside the 之-modifier of the thing subject),
#   its list lead-in (up the list chain) or the paragraph right before clearly names the actor, else ''.
# - a second cue of the same sentence shares the written bearer at the same offset unless its clause has its own
#   subject; across 。 it is carried; one 應 governing 並X without a new cue is one statement.
# - 'N[condition]者' keeps N; a person-denoting headless …者 phrase that is the only subject is kept whole (凡 and an
#   appended 每人 left out); a circumstance …者 (封存…證件資料者, 如無法合理估計者) is a condition; the agent after
#   應由/得由 is the bearer, also when the 由X clause follows the cue under the same 應 (109); 之-modifiers to bearer_full.
# - 但…不在此限 is an exception (also in a non-deontic list item); 除…外 carving out of the statement of the same
#   sentence is an exception (cue 除); 申請…不適用強制引水 (the object applied for) is no exception.
# - not labelled: 無須, 免依, 不受…限制, 由…定之, 始能, 可; attributive 應刊載事項 / 應遵行事項 / 不予受理情形 /
#   須於區內居住之; cues inside a …者 condition or inside the NP object of 以…為基礎; 應用X…或應用Y (verb "utilize");
#   false friends 取得, 獲得, 所得, 供應, 應用, 應變, 因應, 應收款, 應買人, 看守所得 (= 看守所 + 得, labelled).
LABELS.update({
    61: [
        ('shall', '者，[應]檢附', '^[申請自辦航空站地勤業務者]', '', '',
         'agentive headless 者 phrase, only subject, kept whole; 申請民航局核轉 continues the same 應 (no cue)'),
    ],
    62: [
        ('shall', '，[應]辦理', '^[直轄市議會、縣（市）議會議長、鄉（鎮、市）民代表會、山地原住民區民代表會主席]', '', '',
         'coordinated subject kept whole (council speakers / representative-council chairs); 辭職、去職或被罷免 is the condition; 由副議長…代辦移交 has no cue'),
    ],
    63: [
        ('exception', '一、[除]政府', '', '', '',
         '除政府債券外 carves government bonds out of the 不得超過 limit of the same sentence'),
        ('shall_not', '[不得]超過', '', '', '信託業',
         'thing subject (其投資總金額); lead-in 信託業運用貨幣市場共同信託基金…並應符合下列規定 names 信託業'),
    ],
    64: [
        ('may', '，[得]徵詢', '^[司法機關]', '', '', '為確認… is a purpose clause'),
    ],
    65: [],  # 無須檢附 (no duty, listed false friend); list item of documents; 申請輸入 no cue
    66: [
        ('shall_not', '[不得]少於', '', '', '',
         'thing subject (修業期限 of 國民中學進修部); no actor named'),
    ],
    67: [
        ('shall_not', '，[不得]應', '依法令限制其任用資格或不得轉調者', '', '',
         'hard: topic 前項…之特種考試 (an exam, thing); the headless 者 phrase denotes the persons (passers barred by law) and is read as the subject, kept whole; the 不得 inside it (不得轉調) describes them, not labelled; 應 in 不得應…甄審 = sit for (no cue)'),
    ],
    68: [
        ('shall', '，[應]每六個月', '', '', '技師',
         'thing subject (工作簽證紀錄); 技師 named only in the 之-modifier (技師執行業務之) -> carried'),
        ('shall', '內容[應]包括', '', '', '技師',
         'after ；, thing subject (其紀錄內容); the record-keeping 技師 carried from the same sentence'),
    ],
    69: [
        ('shall', '[應]盡力', '^[船長]', '', '', '於不甚危害…之範圍內 is a condition; 對於…之人 the object'),
    ],
    70: [
        ('shall', '，[應]每三個月', '^[警察機關]', '', '', '對於沒入物品 is the object'),
        ('may', '，[得]隨時', '', '', '警察機關', 'new sentence after 。 (必要時，得隨時處分之): bearer carried'),
    ],
    71: [
        ('may', '機構[得]拒絕', '鐵路機構', '', '', '有下列情形之一者 is a circumstance (condition); one 得 governs 拒絕/解除/終止'),
    ],
    72: [
        ('may', '，[得]向', '^[實任法官、檢察官]', '', '', '取得 false friend'),
    ],
    73: [
        ('may', '所[得]運用', '看守所', '', '', '看守所得 = 看守所 + 得 (not 所得); 被告外出時 is a condition'),
    ],
    74: [
        ('may', '，[得]要求', '^[中央主管機關或勞動檢查機構]', '', '', '代行檢查機構或代行檢查人員 is the object'),
    ],
    75: [
        ('shall', '，[應]於變更', '', '', '檢驗機構',
         'thing topic (前項契約內容); paragraph 1 right before: 檢驗機構應…檢附其…契約報請貿易署備查'),
    ],
    76: [
        ('shall', '，[應]發給', '^[認證機構]', '', '', '並通知 continues the same 應 (no second cue)'),
    ],
    77: [
        ('may', '，[得]委託', '', '', '',
         'thing topic (前二項申請); the applicants differ between para 1 (建物所有權人或管理人) and para 2 (權利人) -> no single clear actor carried'),
    ],
    78: [
        ('shall', '者，[應]經', '', '', '本會調查人員',
         'hard: 封存、攜去或留置屬於政府機關持有之證件資料者 read as a circumstance (sealing of government-held documents), not an agentive 者; paragraph 1 right before: 本會調查人員…得臨時封存…'),
        ('exception', '[除]經舉證', '', '', '',
         '除…同意者外 carves out of the 不得拒絕 of the same sentence; 取得 inside it is a false friend'),
        ('shall_not', '長官[不得]拒絕', '該主管長官', '', '', 'demonstrative 該 kept as written'),
    ],
    79: [
        ('shall', '選手[應]於', '參賽單位及選手', '', '',
         'after ；, own subject; 由參賽單位指定綜合醫院檢查 has no cue'),
    ],
    80: [
        ('shall', '者，[應]填具', '^[申請電信管制射頻器材符合性聲明者]', '', '',
         'agentive headless 者 phrase kept whole; 並檢具…辦理登錄 under the same 應; 由驗證機關（構）發給 has no cue'),
    ],
    81: [
        ('exception', '[不在此限]', '', '', '',
         'list item of disqualifications (lead-in …且無下列情事之一者為限); 但…不在此限 is an exception'),
    ],
    82: [],  # 應刊載事項: attributive 應 inside a noun phrase (list item of label contents)
    83: [
        ('shall', '人員[應]持續', '從事減壓艙操作人員', '', '',
         'own subject in the item (not the lead-in 雇主); relative 從事減壓艙操作 without 之 kept in the bearer'),
        ('shall', '異常[應]立即', '從事減壓艙操作人員', '', '',
         'second cue of the same sentence, 如有異常 a condition; same written bearer'),
    ],
    84: [
        ('shall', '，[應]每半年', '', '', '檔案中央主管機關',
         'thing subject (國家檔案目錄及機關檔案目錄); the authority is named in the 之-modifier (…彙整之) -> carried'),
    ],
    85: [
        ('may', '者，[得]將', '', '', '',
         '但…得 without 不在此限 is a may; …被覆者 is a circumstance on the tank (thing); lead-in …冷卻撒水設備，依下列規定設置 names no actor'),
    ],
    86: [
        ('may', '者，[得]依', '', '', '',
         'hard: 受刑人 is the patient (得…准其外出, 其 = the prisoner), not the bearer; the permitting authority (the prison) is not written in the article'),
    ],
    87: [
        ('shall', '，[應]向', '^[受限駕駛人]', '', '', '經考驗合格後 is a time condition'),
        ('may', '機關[始得]發給', '公路監理機關', '', '',
         'own subject of the second clause (second occurrence of 公路監理機關); 始得 = may only then; 僅能 inside the licence description, no cue'),
        ('shall', '並[應]依', '，[受限駕駛人]並應', '', '', 'own subject written again'),
    ],
    88: [
        ('shall', '，[應]依', '', '', '各校',
         'thing topic (前項相關規定); paragraph 1 right before: 其相關規定，由各校定之 names the schools as rule makers'),
    ],
    89: [
        ('shall', '，[應]符合', '^[服勤人員訓練講師]', '', '',
         'qualification rule; the lecturer is the written subject; （以下簡稱講師） is an aside'),
    ],
    90: [
        ('exception', '[不在此限]', '', '', '',
         'exception in a list item of the criteria (位於國家公園); 經…同意者 is inside the condition'),
    ],
    91: [],  # 供應 false friend; list item of tasks (辦事細則), no operator
    92: [
        ('shall', '，[應]以具備', '', '', '',
         'thing topic (考試種類之認定); the deciding authority is not written in the article; 須具執業資格始得執行業務 lies inside the NP object of 以…為基礎 (describes the profession) -> not labelled; 獲得 false friend'),
        ('shall', '尤[應]注意', '', '', '', 'second cue of the same sentence, same (absent) bearer'),
    ],
    93: [
        ('may', '，[得]由', '由[船舶所有人或船長]檢送', '', '',
         'bearer = agent after 得由; 申請區域間不適用強制引水: 不適用 is the object applied for, not an exception the provision carves -> not labelled'),
    ],
    94: [],  # 不予受理情形 is attributive (a noun phrase referring to 前條 grounds); 通知 / 提出 stated without a cue
    95: [
        ('shall', '機關[應]主動', '^[治安機關]', '', '', '並針對…進行查察 continues under the same 應 (no second cue)'),
    ],
    96: [
        ('shall_not', '，[不得]有', '^[學校]', '', '', '辦理建教合作 is the circumstance'),
    ],
    97: [
        ('shall', '每人[應]於', '凡[依國籍法第二條第一、第二、第三、第四各款，取得國籍暨依國籍法第十條第一項，第二、第三各款，喪失國籍申請備案者]每人', '', '',
         'hard: agentive headless 者 phrase (applicants for the record) kept whole, 凡 and the distributive 每人 left out; 取得 false friend; 由部註冊…不另發給 has no cue'),
    ],
    98: [
        ('shall', '，[應]由', '由[資料科或承辦人員]摘錄', '', '',
         'fronted object (司法院公布之法令…決議案); bearer = agent after 應由; one 應 governs 摘錄/註明/編輯/分送'),
    ],
    99: [
        ('shall', '，[應]以', '', '', '',
         'thing subject (綠地之配置); paragraph right before (para 2) names only the authority recognising 低污染事業; 興辦工業人 is in para 1 lead-in only -> not carried'),
    ],
    100: [
        ('shall', '，[應]依', '', '', '', 'thing subject (給水排水管路之配置); no actor written'),
    ],
    101: [
        ('exception', '，[除]本條', '', '', '', '除本條第二項另有規定外 carves out of the 應將 of the same sentence'),
        ('shall', '外，[應]將', '^[營利事業]', '', '',
         'N[condition]者 keeps N (營利事業…而有…免稅所得之一者); 免依…分攤 is no cue; 所得 false friends'),
    ],
    102: [
        ('shall', '，[應]包括', '', '', '經營者',
         'thing subject (緊急應變計畫; 應變 false friend, 反應 too); paragraph 1 right before: 經營者…將…擬訂之…計畫…報請核定 names the drafter'),
    ],
    103: [],  # 應用 false friend (資訊網路應用); list item of tasks
    104: [
        ('exception', '，[除]法律', '', '', '', '除法律另有規定外 carves out of the 不得 of the same sentence'),
        ('shall_not', '，[不得]為', '', '', '',
         'thing subject (被告血液或其他檢體; 取得 false friend); paragraph 1 names no actor either'),
    ],
    105: [],  # 供應 false friend (物資供應); list item of tasks
    106: [],  # 取得 false friend; list item of what counts as 基金 (definition-like), no operator
    107: [
        ('shall', '者，[應]按', '', '', '',
         'thing subject (其他應收款 exceeding 5%; 應收款 false friend); no actor in the article lead-ins (醫療法人 only in the law name)'),
    ],
    108: [],  # 取得 false friend; 其工期起算日依…推算之 stated without a cue
    109: [
        ('shall', '者，[應]檢附', '納稅義務人或所得人', '', '',
         'hard: thing topic (統一發票、收據或費用單據); the same 應 governs 由納稅義務人或所得人註明…並簽名, so the 由-agent after the cue is read as the bearer (所得人 = income earner, not the false friend)'),
    ],
    110: [],  # 取得 false friend; list item describing eligible companies, no operator
    111: [],  # 應遵行事項 / 應遵守取得土地之使用條件 attributive inside the NP, 應買人 (bidder) and 取得 false friends; 由…定之 no cue
    112: [
        ('shall', '航空器[應]中止', '航空器', '', '',
         'hard: the aircraft as the regulated operating unit is kept as the written subject (lead-in 航空器實施儀器進場及降落作業，應依下列規定辦理); …時 condition; 獲得 false friend'),
    ],
    113: [],  # definition clause (營運階段：指…); 取得 false friend
    114: [
        ('shall', '者，[應]說明', '', '', '期貨商',
         '如無法合理估計者 is a circumstance; 因應 false friend; article lead-in 期貨商應依下列規定，說明業務狀況 names 期貨商'),
    ],
    115: [],  # 應用系統 false friend; list item of tasks
    116: [],  # 應變機制 false friend, 應遵行事項 attributive; 由主管機關定之 no cue
    117: [
        ('may', '，[得]依', '下列人員', '本辦法施行前之下列人員', '',
         'topic 其教師資格之取得 (thing) after the person subject; 以登記方式辦理之 under the same 得; the second clause (悉依本辦法之規定) has no cue; 取得 false friend'),
    ],
    118: [
        ('shall', '，[應]由', '之[事業]填具', '自由港區內之事業', '',
         'bearer = agent after 應由; 須於區內居住之商務人士 is attributive (須 inside the NP, the topic); one 應 governs 填具/檢附/報請; 取得 false friend'),
    ],
    119: [],  # hard: 由經濟部應用「…」…或應用「…」: 應用 read as the verb "utilize" (parallel 或應用), not 應 + 用; 供應者 false friend
    120: [],  # 所得稅 false friend; 掌理 / 分設 stated without a cue
})
