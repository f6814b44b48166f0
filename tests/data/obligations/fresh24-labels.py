# Hand labels for /work/eval/s32/o24/to_label-a.tsv (sample of session 32, o24), provisions 1-60: reader a.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py,
# for `carried`), following tests/data/obligations/GUIDE.md and the README conventions.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader a:
# - a second cue of the same sentence (並應, 並得, 且不得, 始得, after ；) shares the written bearer at the same offset,
#   unless its clause plainly has another (unwritten) actor; across 。 the bearer is carried; 之-modifiers go to
#   bearer_full; a possessive 其 is dropped; the agent after (應/得)由 is the bearer; coordinated alternatives kept whole
#   (also when a 之 sits inside the second conjunct only); the subject of a …時/…後 clause is the subject of the cue.
# - a thing / topic / patient subject (案件, 比例, 證書, 室溫, 停職人員 to be reinstated) is no bearer; `carried` when this
#   provision (also an agent inside the topic NP), its list lead-in or the paragraph right before names the actor
#   clearly, else ''.
# - 'N[condition]者' keeps N; a circumstance …者 is a condition; an agentive headless …者 that is the only subject is
#   kept whole.
# - 但…不在此限 / 不適用 are exceptions (also in a non-deontic list item); 除…外 carving out of a statement of the same
#   sentence is an exception (cue 除); a cue inside 除…外 is labelled only when it is the sole source of the duty or
#   permission (42, 46); attributive 應X之 / 禁止背書轉讓之支票 / 不予核發聘僱許可函, cues inside …者 conditions and
#   definitions, 取得, 所得, 供應, 應用, 免予 are not labelled; 始能, 可以, 不受…限制, 需 are no cues.
LABELS = {
    1: [
        ('shall', '事件[應]先', '^[金融消費者]', '', '', ''),
        ('shall', '服務業[應]於', '，[金融服務業]應於', '', '',
         'own subject in the second clause; 並將…回覆 under the same 應 (no second cue)'),
    ],
    2: [
        ('shall', '，[應]先徵詢', '^[行政法院]', '', '', ''),
        ('shall', '者，[應]為', '', '', '行政法院',
         'new sentence; 原處分或決定機關 is the subject of the 如…者 condition, not of 應為駁回聲請之裁定 (the court rules)'),
    ],
    3: [
        ('shall_not', '比例[不得]少於總數', '', '', '主管機關',
         'thing subject (比例); para 1 right before: 主管機關得邀請民間團體代表、學者及專家辦理…審查 (the one composing the panel)'),
        ('shall_not', '比例[不得]少於三分之一', '', '', '主管機關', 'after ；, thing subject (性別比例); same carried actor'),
    ],
    4: [
        ('shall', '出借，[應]訂定', '^[信託業]', '', '',
         '信託業將…予以出借 is the subject with its circumstance; 提報董事會通過 under the same 應; 修正時亦同 no cue'),
    ],
    5: [
        ('shall', '均[應]於', '', '', '值勤軍事檢察官',
         'hard: topic 案件 (thing) is the subject; the actor 值勤軍事檢察官 sits inside its 之-modifier -> carried, not written'),
    ],
    6: [
        ('shall', '室溫[應]能', '', '', '',
         'thing subject (室溫); lead-ins 去骨室 / 家畜屠宰場設施 name no actor; 並設有 no second cue'),
    ],
    7: [],  # 取得 and 免予 are false friends; 另檢附 and 不小於 carry no cue; list item of required documents
    8: [
        ('shall_not', '[不得]超過', '', '', '縣（市）政府或鄉（鎮、市）公所',
         'thing subject (補助工程費); para 2 right before: 補助工程費由縣（市）政府或鄉（鎮、市）公所…敘明之'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    9: [
        ('shall', '[應]主動', '人員', '實施本規則所定實地查核之人員', '', '之-modifier to bearer_full'),
    ],
    10: [],  # 應公開資訊 is attributive (inside the NP 依本法規定應公開資訊之執行情形); task list item, no operator
    11: [
        ('may', '機關[得]編列', '^[各級主管機關]', '', '', ''),
        ('shall', '機關[應]依', '。[中央主管機關]應', '', '', 'new sentence with its own subject'),
        ('shall', '並[應]專款', '。[中央主管機關]應', '', '',
         'hard: second cue of the same sentence -> same written bearer; semantically the exclusive use binds the subsidised side, which is not written'),
    ],
    12: [
        ('may', '均[得]單獨', '^[復審代理人]', '', '', '有二人以上者 is a condition on the subject (N[condition]者 keeps N)'),
    ],
    13: [
        ('may', '時，[得]於', '受益人', '', '',
         'the subject of the …時 clause (受益人認為…不符時) is the subject of 得…申請重核'),
    ],
    14: [
        ('shall', '機關[應]適時', '各機關', '', '', ''),
        ('shall', '者，[應]配合', '各機關', '', '',
         'after ；, same sentence, same written bearer; 經檢討有節餘人力者 is a condition'),
    ],
    15: [
        ('shall', '時，[應]選任', '^[雇主]', '', '', '對於…作業時 is a condition'),
    ],
    16: [
        ('shall_not', '[不得]以', '', '', '',
         'no subject written (whoever acts before registration); first paragraph of the article, no actor named'),
    ],
    17: [
        ('shall', '者，[應]回復', '', '', '',
         'hard: 停職人員依規定復職者 is the patient (he is to be restored to his post), not the one who restores; the employing body is not named in the article'),
    ],
    18: [
        ('shall', '證書，[應]每', '', '', '',
         'thing subject (專科護理師證書); the holder is only a part of the compound name, not named as actor'),
    ],
    19: [
        ('shall', '字體[須]清晰', '', '', '', 'thing subject (字體); para 1 names no actor'),
    ],
    20: [
        ('shall', '測試後，[應]檢具水措', '事業或污水下水道系統', '', '',
         'subject of the …後 time clause is the subject of 應'),
        ('shall', '內容，[應]檢具', '', '', '事業或污水下水道系統',
         'new sentence, no subject (涉及變更前款之內容 is a condition); carried from the first sentence / lead-in'),
        ('shall', '者，[應]檢具功能', '', '', '事業或污水下水道系統',
         'the 應 in 涉及應進行功能測試者 sits inside a …者 condition -> not labelled'),
        ('may', '[得]以功能', '', '', '事業或污水下水道系統',
         'hard: 但…得 (no 不在此限) is a may; 辦理…簡易功能測試者 read as a circumstance (in the case of …), not an agentive bearer; last sentence 送核發機關辦理… has no cue'),
    ],
    21: [
        ('shall', '安全，[應]健全', '^[各級政府]', '', '', '為…安全 is a purpose clause; 落實 / 並強化 under the same 應'),
    ],
    22: [
        ('may', '單位[得]委託', '^[執行單位]', '', '', ''),
    ],
    23: [],  # definition clause (線上即時加值交易：係指…): 必須 inside a definition, no statement
    24: [],  # 所得 false friend (執行任務所得資料); duty list item without an operator of its own
    25: [
        ('shall', '監獄[應]即', '，[監獄]應即', '', '',
         'the second 監獄 is the subject of the main clause (the first is in the 經核准者 condition); 報由檢察官…命具保 = report to the prosecutor, who orders (由-agent of 命, not of 應); 始能 is no cue'),
    ],
    26: [],  # 應用 false friend (農藥應用組, a unit name); 掌理事項如下 is no operator
    27: [
        ('may', '並[得]加計', '承保機關或超額年金之發給機關', '', '',
         'hard: bearer = the 由-agent of the same sentence (由…依規定追繳 has no cue); coordinated alternatives kept whole although the 之 qualifies only the second conjunct; 被保險人或受益人溢領…者 is a condition'),
    ],
    28: [
        ('shall', '法院[應]於', '^[智慧財產及商業法院]', '', '',
         'hard: written subject before 應 taken as bearer; the 由-phrase (院長、庭長、法官) names who hold the meeting inside the court -> could be read as the bearer instead'),
    ],
    29: [],  # 供應 false friend (休息室供應事項); task list item, no operator
    30: [
        ('shall', '時，[須]有', '^[金融服務業]', '', '',
         'subject of the …時 clause (金融服務業與金融消費者訂立契約時; 與 = with) is the one that must have a reviewing unit'),
        ('may', '後，[始得]辦理', '^[金融服務業]', '', '', 'second cue of the same sentence, same written bearer'),
    ],
    31: [
        ('may', '時，[得]免', '繼承人', '', '',
         '得免 is one may at 得; possessive 其 dropped; 因重大災害死亡 clause is a condition'),
    ],
    32: [
        ('exception', '[除]作為', '', '', '', '除…外 carves the listed uses out of the 不得 of the same sentence'),
        ('shall_not', '外，[不得]移作', '', '', '',
         'thing subject (就業保險基金); the paragraph before names no actor'),
        ('shall', '，[應]由保險人', '由[保險人]報請', '', '', 'agent after 由; 中央主管機關 is who announces after the report'),
    ],
    33: [
        ('shall', '者，[應]由', '由[通譯]傳譯', '', '', 'agent after 由; 被告為…者 is a condition'),
        ('may', '並[得]以', '', '', '',
         'hard: after ；, but the 由-agent (通譯) only interprets; 以文字訊問 / 命以文字陳述 is the court\'s act, not written in the article -> no bearer, nothing carried'),
    ],
    34: [
        ('shall', '者，[應]於', '', '', '',
         'thing/condition subject (文件無從送達者); the announcing authority is not named; 視為已送達 no cue'),
    ],
    35: [
        ('exception', '，[除]有關', '', '', '', '除…外 carves unsettled matters out of the 應…保存 of the same sentence'),
        ('shall', '外，[應]於', '', '', '', 'thing subject (會計帳簿及會計報告); para 1 names no actor'),
    ],
    36: [
        ('shall', '後，[應]由', '選舉監督', '各省市、蒙古、西藏及華僑團體之選舉監督', '',
         'agent after 由; 之-modifier to bearer_full; 並申報國民政府 under the same 應; 監察委員當選後 is a time clause'),
    ],
    37: [
        ('shall', '船上[應]具有', '', '', '',
         '船上 is a locative (on board), no bearer; lead-in 易燃液體船之空間位置及分隔應符合下列規定 names no actor'),
    ],
    38: [
        ('shall_not', '[不得]疏忽', '^[運作航空器者]', '', '', 'agentive headless 者 phrase, the only subject, kept whole'),
    ],
    39: [
        ('may', '學生[得]採取', '^[教師、學務處、輔導室或學校]', '', '', 'coordinated alternatives kept whole; 對學生 is the object'),
    ],
    40: [],  # definition item (數位化管理：指…); 供應鏈 false friend
    41: [
        ('may', '雇主[得]聲請', '雇主', '', '', '裁決決定書未經法院核定者 is a condition'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    42: [
        ('shall', '正本[應]蓋用', '', '', '',
         'hard: 應 inside 除…外, but it is the only source of the sealing duty here -> labelled; thing subject (正本); the main clause (一律免蓋印信) has no cue, so 除 is no exception'),
    ],
    43: [
        ('shall_not', '[不得]為之', '', '', '公務員',
         'no subject written (第二項…之行為 is the topic, …者 a condition); the acts of paras 2/4/6 are the 公務員\'s, named in para 6 right before (公務員得…)'),
    ],
    44: [],  # 取得 false friend (用地取得); task list item, no operator
    45: [
        ('shall', '時，[應]即', '^[鐵路行車人員]', '', '', '應即 is one cue'),
        ('may', '時，[得]洽請', '。[鐵路機構]接獲', '', '', 'new sentence with its own subject'),
    ],
    46: [
        ('may', '請求權人[得]請求保險人以現金', '者，[請求權人]得', '', '',
         'hard: 得 inside 除…外, but it is the sole grant of this permission -> labelled; the item\'s main clause has no cue of its own (lead-in 保險人…應依據下列規定辦理), so 除 is no exception; 禁止背書轉讓之支票 is attributive'),
        ('may', '時，[得]請求', '但[請求權人]提出', '', '',
         '但…得 without 不在此限 is a may; subject of the …時 clause'),
    ],
    47: [
        ('exception', '[不在此限]', '', '', '',
         'list item of a non-deontic lead-in (為體格檢查不合格), but 但…不在此限 is an exception cue'),
    ],
    48: [
        ('shall', '業[應]於', '^[打撈業]', '', '', ''),
    ],
    49: [
        ('shall', '[應]予', '^[委託單位或各級主管機關]', '', '', '對於辦理…著有績效者 is the object (who is rewarded)'),
    ],
    50: [
        ('shall', '憑證，[應]自', '', '', '',
         'thing subject (會計憑證); lead-in …之保管及銷毀，依下列規定辦理 names no actor (本行 approves, it is not the bearer)'),
        ('exception', '，[除]有關', '', '', '', '除…外 carves outstanding-debt vouchers out of the 應報…始得銷毀 of the same sentence'),
        ('shall', '外，[應]報', '', '', '', 'after ；, thing topic (其屆滿保存年限…); no actor written'),
        ('may', '後，[始得]銷毀', '', '', '', 'second cue of the same clause, same (no) bearer; 如需銷毀時: 需 is no cue'),
    ],
    51: [
        ('shall', '廢棄物，[應]依', '^[保稅倉庫、保稅工廠、物流中心、加工出口區、科學工業園區、農業科技園區及自由港區區內事業]', '', '',
         'hard: long coordinated subject without 之, kept whole (some conjuncts are zones whose 區內事業 are meant)'),
        ('exception', '[不適用]', '', '', '', '但…不適用本辦法'),
    ],
    52: [
        ('shall', '中心[應]將', '表藝中心', '', '', ''),
    ],
    53: [
        ('shall', '機構[應]設置', '^[受託機構]', '', '', '並符合下列規定 under the same 應 (no second cue)'),
    ],
    54: [
        ('shall', '時，[應]分別', '', '', '',
         'thing topic (會計報告); para 1 right before names no actor'),
    ],
    55: [
        ('may', '額度，[得]適度', '', '', '',
         'thing topic (競爭性需求額度); 各主管機關 is the recipient of the flexibility; the granting authority is not named'),
    ],
    56: [
        ('may', '比例[得]為', '', '', '機構',
         'hard: thing subject (進用其他類教保員之比例); 以照顧…為主之機構…者 is the topic with its conditions (N[condition]者) -> carried rather than written (lead-in: 日間式服務機構…應依下列規定配置人員); 不受…限制 is no cue'),
    ],
    57: [
        ('shall', '雇主[應]於', '^[原雇主]', '', '', '不予核發聘僱許可函影本 is the name of a document (attributive), no statement'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    58: [
        ('shall', '至少[應]辦理一次一般', '^[內部稽核單位]', '', '', ''),
        ('shall', '管理單位每年至少[應]辦理', '^[內部稽核單位]', '', '',
         'second cue of the same sentence, same written bearer; the third clause (每年至少辦理…) has no cue; 可以 is no cue'),
    ],
    59: [
        ('shall_not', '且[不得]支領', '^[理事、監事]', '', '', 'coordinated subject kept whole'),
    ],
    60: [
        ('may', '時[得]辦理', '^[國防部]', '', '', 'subject of the …後 time clause; 必要時 is a condition'),
    ],
}

# Hand labels for /work/eval/s32/o24/to_label-b.tsv (sample of session 32, o24), provisions 61-120: reader b.
# Written by reading each provision's text (plus its list lead-in / whole article via /work/eval/s29/article.py for
# `carried`), following tests/data/obligations/GUIDE.md and the README conventions. No csquery obligation output,
# rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 61 + 0-based index of the P line in to_label-b.tsv) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used by reader b:
# - a thing/topic subject (高度, 姓名, 公告, 武器及彈藥, 認定, 出資額, 導線, 轉銷, 報告, 證明書, 內容) or an act-topic
#   (僱用大陸地區人民…工作) gives bearer ''; `carried` when this provision, its list lead-in or the paragraph right
#   before clearly names the actor (the drafter / issuer named there), else ''.
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應 governing 並X / 並報 without a new cue is one statement.
# - the agent after 應由 / 得由 is the bearer (also when a topic subject is written before it), 之-modifiers to
#   bearer_full; quantifiers 數個 / 各 kept as part of the written subject.
# - 但… without 不在此限 keeps its own modality; 除…外 carving out of the 應 of the same sentence is an exception
#   (cue 除); 不予計分 is a shall_not (不予); 應辦事項 / 應行記載事項準則 / 應具備…準則 are attributive or inside a
#   regulation name; cues inside a …者 condition (應依…認列投資收益者) are not labelled; false friends (取得, 所得,
#   獲得, 應用, 應變, 因應, 支應, 供應, 反應, 拾得) are not labelled; 以…為限, 可, 失其效力, 即告終止 are no cues.
LABELS.update({
    61: [
        ('exception', '，[除]本法', '', '', '', '除本法特別規定外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]依', '', '', '',
         'topic 丙類事件 (thing); the court is not named in the article; 適用 alone is no cue'),
    ],
    62: [
        ('shall_not', '，[不得]超過五層樓', '', '', '', 'thing subject (建築高度 of the buildings)'),
        ('shall_not', '簷高[不得]超過', '', '', '', 'thing subject (簷高); second operator of the sentence'),
    ],
    63: [
        ('shall', '，[應]在', '^[雇主]', '', '', '為防止… is a purpose clause; 使其不超過 has no cue'),
    ],
    64: [
        ('shall', '，[應]予公開', '', '', '研究機構',
         'thing subject (審查會委員之姓名、職業及…關係); paragraph 1 right before: 研究機構應訂定… (the body running the 審查會); 並報…備查 continues the same 應'),
    ],
    65: [
        ('shall_not', '[不得]供應', '', '', '浴室業', 'lead-in 浴室業應遵守下列事項; 供應 is the verb after 不得 (cue 不得)'),
    ],
    66: [
        ('shall', '，[應]向', '', '', '',
         'hard: 僱用大陸地區人民在臺灣地區工作 is an act-topic; the employer is implied, not written (雇主 only in para 4, not right before)'),
    ],
    67: [
        ('shall', '，[須]載明', '', '', '選舉委員會', 'thing subject (選舉公告); lead-in 選舉委員會應依下列規定期間，發布各種公告'),
        ('shall', '並[應]於', '', '', '選舉委員會', 'second operator of the same sentence, same thing subject'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    68: [
        ('shall_not', '[不得]在', '', '', '', 'thing subject (武器及彈藥); no actor in the article'),
    ],
    69: [
        ('shall', '船方[應]向', '船方', '', '', '實施…前 is a time condition; 預先說明及標明 continues the same 應'),
    ],
    70: [
        ('exception', '[不在此限]', '', '', '', '但船員生還者，不在此限; 即告終止 (the first sentence) is no cue'),
    ],
    71: [
        ('shall', '，[應]包括', '', '', '',
         'thing subject (總人數之認定); the determining authority is not clearly named (para before: 中央目的事業主管機關核定人數, about approval, not counting)'),
    ],
    72: [
        ('shall', '時，[應]檢附', '^[數個集管團體]', '', '',
         '欲合併…時 is a condition with the same subject; 數個 kept with the written subject; one 應 governs 檢附…申請'),
    ],
    73: [],  # 按其應辦事項編列: 應辦事項 attributive (NP); 由國防部及各有關機關…編列 has no cue
    74: [
        ('shall_not', '[不予]計分', '', '', '',
         'hard: scoring rule of the 經營績效評估基準 (lead-in names no actor); 不予 read as shall_not per GUIDE; 以二分計 / 扣一分 / 予以評估 are no cues'),
    ],
    75: [
        ('may', '，[得]設', '^[保安警察總隊]', '', '',
         '為負責… is a purpose (負責 is not 負…義務); 由…層報…核定設立 and 均冠以隊次 have no cue'),
    ],
    76: [
        ('shall', '機關[應]公開', '^[各主管機關]', '', '', 'one 應 governs 表揚, 頒給 and 並給予'),
    ],
    77: [
        ('shall', '人員[應]對', '專業人員', '', '',
         '飛行前 is a time condition; lead-in names 無動力飛行運動業者 but this clause writes its own subject; 並就…實施檢查 continues the same 應'),
    ],
    78: [
        ('shall', '者，[應]備有', '', '', '',
         'hard: 蒸汽渦輪機機艙…分隔者 = N[condition]者 with N a place (engine room), no actor; lead-in 第四級船消防設備之配備，規定如下 names none'),
    ],
    79: [],  # 拾得遺失物: 拾得 false friend; list item of tasks, no operator
    80: [
        ('shall_not', '[不得]超過該法人資本總額二分之一', '', '', '',
         'hard: topic 第四款所定之法人, thing subject 販運商出資額; whether the duty is the 法人\'s or the 販運商\'s is not clear -> carried empty'),
        ('shall_not', '[不得]超過該法人資本總額三分之一', '', '', '', 'same structure after ；'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    81: [
        ('shall_not', '[不得]連接', '', '', '', 'thing subject (導線); lead-in 導線之連接及處理依下列規定辦理 names no actor'),
    ],
    82: [],  # 取得 false friend; list item describing misconduct (no operator in the item)
    83: [
        ('may', '，[得]退回', '', '', '主計總處',
         'thing subject (歲出概算); 如有違反…者 is a condition; paragraph 1 right before: 概算…交由主計總處彙核整理 -> the reviewing body returns it'),
    ],
    84: [],  # list item of exempt documents (印花稅法 第6條); 供應 false friend; 由…出具 has no cue
    85: [
        ('shall', '水利會[應]逕行', '農田水利會', '', '', '…時 is a condition; 並報主管機關備查 continues the same 應; 可預見 is no cue'),
    ],
    86: [
        ('shall', '時，[應]依', '借用人', '', '',
         'subject of the …時 condition is the subject of 應 (借用人 last before the cue); 以一戶為限 / 以…期間為限 are no cues'),
        ('exception', '[不在此限]', '', '', '', '但…不在此限'),
    ],
    87: [
        ('shall', '，[應]經董事會', '', '', '',
         'thing subject (轉銷); the bank (票券金融公司) is named only in the law title; 並通知監察人 continues the same 應'),
        ('shall', '者，[應]即', '', '', '',
         '但…應 without 不在此限 keeps its modality; 經主管機關要求轉銷者 is a condition; 應即 = 應; 並提報… continues'),
        ('may', '[得]由常務', '由[常務董事會]代為', '', '', 'bearer = agent after 得由; 並通知…再報… continues the same 得'),
    ],
    88: [],  # 公開說明書應行記載事項準則: cue inside a regulation name; list item of tasks
    89: [],  # 應用系統: 應用 false friend; list item of tasks
    90: [
        ('shall_not', '[不得]超過', '', '', '',
         'thing subject (投資總額); lead-in 郵政儲金投資…之限額如下 names only the fund, no actor'),
    ],
    91: [
        ('shall', '者，[應]加強', '^[律師]', '', '', '經…評估為高風險者 is a condition; 如下 lead-in'),
    ],
    92: [
        ('shall_not', '[不予]受理', '^[主管機關或受託法人]', '', '',
         '有下列情形之一者 is a circumstance (condition); 並通知民眾 continues (no second cue)'),
    ],
    93: [
        ('shall_not', '[不得]拒絕', '原就讀學校', '', '',
         'own subject 原就讀學校 (last occurrence before the cue); the 請求 is the content of the lead-in\'s 得 (not in this item)'),
    ],
    94: [
        ('shall', '，[應]包括', '', '', '證券商', 'thing subject (稽核報告); paragraph 1 right before: 證券商應…作成稽核報告'),
    ],
    95: [
        ('shall', '時，[應]就', '^[藥事人員]', '', '', '…時 condition shares the subject'),
    ],
    96: [
        ('shall', '時[應]併入', '', '', '機關',
         '前項增加…費用者 is a circumstance (condition); paragraph 1 right before: 機關得…擬定技術規格 -> carried'),
    ],
    97: [
        ('shall', '，[應]自', '^[證券經紀商或期貨經紀商]', '', '', 'one 應 governs 填具, 並檢具 and 申請'),
    ],
    98: [
        ('may', '時，[得]審酌', '^[警察機關]', '', '', '依保護令執行…時 is a condition; 決定… continues the same 得'),
    ],
    99: [
        ('shall', '，[應]分別', '^[雇主]', '', '', '對於前項… is the fronted object'),
        ('may', '，[得]由起重機', '由[起重機操作者]一人', '', '',
         '但…得 without 不在此限 is a may; bearer = agent after 得由 (一人 is a quantity); 其起重及吊掛作業 is a topic'),
    ],
    100: [
        ('shall', '標準[應]符合', '', '', '', 'thing subject (性能標準); lead-in names no actor'),
    ],
    101: [],  # 取得 false friend; 失其效力 is a legal effect, no operator
    102: [],  # 取得 false friend; list item of records, no operator
    103: [
        ('exception', '，[除]有科學', '', '', '', '除有科學資料佐證外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]依', '', '', '雇主',
         'hard: thing subject (其健康危害性); lead-in 前項危害性之認定方式如下 names none, paragraph 1 before it: 雇主…應依其混合後之危害性予以標示 -> carried; 反應性 false friend; 使用…評估 continues without a cue'),
    ],
    104: [],  # 取得 false friend; list item of tasks (抽查事項)
    105: [],  # 應用技術: 應用 false friend; list item of tasks
    106: [],  # 取得 false friend (×4); list item of disclosures, no operator
    107: [],  # 不當取得: 取得 false friend; purpose clause, 特制定 no cue
    108: [],  # 編列預算支應: 支應 false friend; 由…編列 has no cue
    109: [],  # 取得 false friend; 應具備 / 應遵行 inside a regulation name (…兼職限制及應遵行事項準則)
    110: [
        ('may', '，[得]在', '', '', '',
         'thing subject (各種規費…作業費); 凡運用…購置財產 is a condition; 獲得成本 false friend; no actor named in the article'),
    ],
    111: [
        ('shall', '報告[應]由', '由[預算支應機關（單位）]負責', '', '',
         'bearer = agent after 應由 (支應 inside the name is part of the bearer, not a cue); 負責 is not 負…義務'),
        ('exception', '，[除]外語', '', '', '', '除…外 carves an exception out of the 應 of the same sentence'),
        ('shall', '外，[應]將', '', '', '',
         'hard: thing subject (研究報告); who sends the file is not clear (sentence 1 names the reviewing body, not the sender) -> carried empty'),
    ],
    112: [
        ('shall', '軟體，[應]於', '', '', '',
         'thing subject (設備，技術或應用軟體; 應用 false friend); the taxpayer (民間機構) is named only in the law title'),
        ('may', '者，[得]於', '', '', '', '不能…辦理者 is a condition; same omitted actor after ；'),
        ('shall_not', '最長[不得]超過', '', '', '', '但… without 不在此限 keeps its modality; thing subject (期限); 並以一次為限 no cue'),
    ],
    113: [
        ('shall', '證明書上[應]載明', '', '', '主辦機關',
         'thing subject (證明書); 主辦機關 is the issuer named inside the topic NP of this item (and para 2: 主辦機關應…核發); 所得 false friend'),
    ],
    114: [],  # definition (指…); 所得稅 false friend
    115: [],  # definition (所稱…指…者); 應用 false friend
    116: [
        ('shall', '，[應]由', '由具有任教職群專長之[教師或該行業實務專家]擔任', '具有任教職群專長之教師或該行業實務專家', '',
         'hard: bearer = agent after 應由 per GUIDE, though 國民中學及合作單位 is the written subject of the clause (and the implicit actor of 並優先進用, no second cue); 取得 false friend'),
    ],
    117: [
        ('shall', '機構[應]就', '^[鐵路機構]', '', '', '應變計畫: 應變 false friend'),
        ('shall', '內容[應]包括', '', '', '鐵路機構', 'own thing subject (其內容 = the plan\'s content); the drafter 鐵路機構 of the same sentence carried'),
    ],
    118: [
        ('exception', '[不適用]', '', '', '',
         '…應依…認列投資收益者 is a condition (its 應 restates a duty inside the condition, not labelled); 所得 false friend'),
    ],
    119: [],  # 因應 false friend; list item of plan contents
    120: [],  # 所得 false friend; formula, no operator
})
