# Hand labels for fresh2-unlabelled.tsv, by provision number (1-based, file order).
# Each statement: (modality, cue_pattern, bearer, bearer_full, carried, note)
# cue_pattern: text with the cue in [brackets] and enough context to be unique.
# bearer: as written ('' if none); located at the last occurrence before the cue,
#         else the first after it (由X agents); or given as a [bracket] pattern.
L = {}
L[1] = [('shall', '設備[應]符合', '', '', '', 'thing (pump equipment) is not a bearer')]
L[2] = [('shall', '[應]由學校', '學校', '', '', '由 agent; 不發給 and 始發現 are no cues')]
L[3] = [('may', '學士學位者，[得]', '持有相關大學學士學位者', '', '', 'agent 者 phrase, no head noun'),
        ('may', '碩士學位者，[得]', '持有相關碩士學位者', '', '', 'agent 者 phrase, no head noun'),
        ('may', '博士學位者，[得]', '持有相關博士學位者', '', '', 'agent 者 phrase, no head noun')]
L[4] = [('may', '並[得]由', '中央主管機關', '', '', '由 agent; 代徵費用 is a topic')]
L[5] = []  # 所得 false friend; 為上限 / 依各該款規定計算之 carry no cue
L[6] = [('shall', '虞，[應]以', '', '', '', 'thing (導線) is not a bearer')]
L[7] = [('shall', '登記，[應]取具', '登記權利人', '', '', 'agent after 由 in the same sentence governed by 應; 一方 (unilaterally) left out')]
L[8] = [('shall', '受理銀行[應]', '受理銀行', '', '', '')]
L[9] = [('shall', '業者[應]', '業者', '', '', '')]
L[10] = []  # 認可得辦理…之機關: attributive
L[11] = [('shall', '機關[應]公告', '中央主管機關', '', '', '')]
L[12] = [('shall_not', '[不得]刺探', '', '', '', 'no bearer written; lead-in names none')]
L[13] = [('may', '必要時[得]', '', '', '保訓會及文官學院', 'across 。 from 本訓練由保訓會及所屬國家文官學院辦理')]
L[14] = [('shall', '復業者，[應]', '復業者', '', '', 'agent 者 phrase like 退休者; lead-in 特定寵物業')]
L[15] = [('shall', '喪失者，[應]以', '原審法院', '', '', '不應准許 is inside the condition (restates)'),
         ('shall', '可補正者，[應]定', '', '', '原審法院', 'new sentence after 。')]
L[16] = [('shall', '機關[應]考量', '直轄市、縣（市）主管機關', '', '', '')]
L[17] = [('shall_not', '[不得]設置', '', '', '', 'thing (治療空間) is not a bearer')]
L[18] = []  # 應有之注意, 所負之責任: attributive
L[19] = []  # 應遵行事項: attributive
L[20] = []  # 應用 false friend
L[21] = [('shall', '前，[應]告知', '', '', '雇主', 'lead-in 雇主使用…時，應採取下列必要措施')]
L[22] = [('shall', '改裝時，[應]在', '', '', '', 'ship is a thing; actor not named')]
L[23] = [('shall', '本部[應]撤銷', '本部', '', '', '得獎 false friend; 不發給 no cue'),
         ('shall', '並[應]於本部', '已領取者', '', '', 'agent 者 phrase 其已領取者, pronoun 其 left out')]
L[24] = [('shall', '買受人[應]即', '買受人', '', '', 'written 其買受人, pronoun 其 left out'),
         ('shall', '時，[應]商得', '買受人', '', '', 'second cue of the sentence, only a condition between (如須遲延搬離時: 須 inside condition, no cue); 商得 = obtain')]
L[25] = []  # 必須 describes medical need in a definition list (無扶養能力，指…), not a duty
L[26] = [('may', '者，[得]先予', '', '', '入出國及移民署', '申請人…者 is a circumstance here (the applicant does not issue permits); paragraph before: 入出國及移民署得…'),
         ('shall', '親屬[應]到場', '臺灣地區配偶或親屬', '', '', 'written 其臺灣地區配偶或親屬, pronoun 其 left out')]
L[27] = [('shall', '者[應]加列', '', '', '', '屬中繼電臺者 is a circumstance; subject is the plan document')]
L[28] = []  # 取得 false friend
L[29] = [('shall', '國際會議，[應]視', '', '', '', 'topic is the conference; actor not named')]
L[30] = [('shall', '報名者[應]', '報名者', '', '', 'agent 者 phrase')]
L[31] = [('shall', '設備，[應]符合', '', '', '', 'topic/thing'),
         ('may', '不改善者，[得]拒予', '', '', '檢查員', '不改善者 is a circumstance; 檢查員 is the agent of the preceding clause (由檢查員通知), not of the 得 clause')]
L[32] = [('shall', '學校[應]予以', '學校', '', '', '學生…時 is a condition')]
L[33] = [('shall_not', '[不得]充任', '非經電匠考驗合格者', '', '', 'agent 者 phrase, no head noun'),
         ('may', '並[得]委託', '地方主管機關', '', '', '並得 continues 由地方主管機關辦理之')]
L[34] = [('shall', '不適任該類人員者，[應]依', '查詢機關（構）', '', '', '且應經查證確認而未經查證確認 is inside the condition (restates)')]
L[35] = [('shall', '財產[應]具', '保險業', '', '', 'item of the contract content list; 保險業 is the clause subject')]
L[36] = []  # 所應繳納之工程受益費: attributive
L[37] = [('shall', '合併[應]填具', '', '', '', '申請建物合併 is an act, no agent noun written'),
         ('shall', '者，[應]依下列', '', '', '', '建物之所有權人不同…者 is a circumstance')]
L[38] = [('may', '機關[得]因應', '中央主管機關', '', '', '因應 false friend')]
L[39] = [('exception', '[不在此限]', '', '', '', '')]
L[40] = [('shall', '時，[應]邀請', '審議小組', '', '', 'subject inside the …時 condition who acts')]
L[41] = [('shall', '期限，[應]依', '', '', '', 'topic is the deadline')]
L[42] = []  # 對子公司應符合之控制作業: attributive
L[43] = [('shall', '處理，[應]依', '', '', '', 'topic; actor not named')]
L[44] = [('shall', '位置[應]與', '', '', '', 'thing')]
L[45] = [('shall', '數位應用，[應]於', '', '', '報名、參賽廣播金鐘獎者', 'subject 數位應用 is a thing (應用 false friend); lead-in 報名、參賽廣播金鐘獎者及參賽作品，應遵守下列事項')]
L[46] = [('may', '並[得]按次', '', '', '', 'the punishing authority is not named; 規避…者 is the offender, not the bearer')]
L[47] = [('shall', '保險業[應]於', '保險業', '', '', '取得 false friend')]
L[48] = [('shall', '[應]由公立', '公立文化機構或公私立大專院校', '', '', '由 agent')]
L[49] = [('shall', '者，[應]另附', '無戶籍國民', '無戶籍國民於大陸地區出生者', '', 'agent 者 phrase with head noun')]
L[50] = [('shall', '前，[應]依據', '財政部', '', '', '所應適用之 attributive; second sentence a definition')]
L[51] = [('shall', '航空站[應]依', '各航空站', '', '', 'cue-like words inside 「」 ignored')]
L[52] = [('shall', '當舖業[應]', '當舖業', '', '', '')]
L[53] = [('shall_not', '[不得]少於', '本行', '', '', 'subject NP 本行對…之授信 with 其授信總額 referring back to 本行: the bank is the written actor')]
L[54] = [('shall', '意見者，[應]揭露', '發行人', '', '', '…者 is a circumstance; 發行人 is its subject and who acts')]
L[55] = [('shall_not', '酒精濃度[不得]超過百分之', '', '', '', 'standard; topic'),
         ('shall_not', '吐氣中酒精濃度[不得]', '', '', '', 'standard; topic')]
L[56] = [('shall', '各基金[應]切實', '各基金', '', '', ''),
         ('shall', '同時[應]注意', '各基金', '', '', 'second cue of the same sentence')]
L[57] = [('shall', '變更，[應]向', '', '', '', 'topic; paragraph before names no bearer')]
L[58] = [('shall', '規範，[應]參考', '', '', '', 'thing')]
L[59] = [('shall', '必要者，[應]審酌', '前條所定矯正學校', '', '', 'reference without 之 stays in the bearer')]
L[60] = [('may', '畢業者，[得]', '中華民國國民', '中華民國國民年滿十五歲或國民中學畢業者', '', 'agent 者 phrase with head noun')]
L[61] = [('shall', '股份，[應]於', '公司', '', '', ''),
         ('shall', '並[應]於上述', '公司', '', '', '並應, same sentence'),
         ('shall', '買回，[應]重行', '公司', '', '', 'after ；, same sentence; 如須再行買回 is a condition (須 no cue)')]
L[62] = [('may', '主管機關[得]依', '主管機關', '', '', ''),
         ('may', '並[得]隨時', '主管機關', '', '', '並得')]
L[63] = [('shall', '證明，[應]為', '', '', '', 'thing; 取得 false friend')]
L[64] = [('exception', '[不適用]', '', '', '', '')]
L[65] = [('shall', '時，[應]依批次', '申請人', '', '', 'subject inside the …時 condition who acts'),
         ('shall', '樣品[應]予', '', '', '', 'thing; who destroys is not clear')]
L[66] = [('shall', '距離[應]在', '', '', '', 'thing')]
L[67] = [('shall', '加封時[應]填發', '經辦關員', '', '', '')]
L[68] = [('shall', '利率[應]以', '', '', '', 'subject 銀行利率 is a thing')]
L[69] = [('may', '居留期間[得]', '經依前條第一項、第三項或第四項規定許可在臺灣地區依親居留或長期居留者', '', '', 'agent 者 phrase, no head noun')]
L[70] = [('may', '委員會[得]經', '醫學教育委員會', '', '', ''),
         ('may', '開會時[得]請', '醫學教育委員會', '', '', 'second cue of the same sentence')]
L[71] = [('shall', '者，[應]填具', '輸出基因轉殖水產動植物者', '', '', 'agent 者 phrase; 但…免附 is not a listed exception cue')]
L[72] = [('shall', '物質，[應]檢附', '', '', '申請人', 'lead-in: 申請人應填具申請書，並檢附下列文件')]
L[73] = [('shall', '認可，[應]填具', '', '', '文化藝術事業', 'the applicant of 前條 (and the paragraph right before) is 文化藝術事業')]
L[74] = [('shall', '地板[應]為', '', '', '', 'thing'),
         ('shall', '樑[應]以', '', '', '', 'thing'),
         ('exception', '[除]出入口外', '', '', '', '除…外 carves out of 不得設置開口'),
         ('shall_not', '[不得]設置開口', '', '', '', 'thing'),
         ('may', '地板[得]以', '', '', '', 'thing')]
L[75] = [('shall_not', '均[不予]併計', '', '', '', '凡需辦理… is a condition')]
L[76] = []  # 領得 false friend
L[77] = [('exception', '[不適用]', '', '', '', '')]
L[78] = [('shall', '破損者，[應]檢附', '電信工程業者', '', '', '…者 is a circumstance (license lost); 電信工程業者 is its subject and who acts')]
L[79] = [('may', '主管機關[得]依', '主管機關', '', '', '')]
L[80] = [('shall_not', '[不得]擔任', '管理委員會之成員、學校總務、主計及行政主管相關人員', '', '', 'coordination kept whole (之 modifies the first conjunct only)')]
L[81] = [('shall', '人員[應]編造', '各機關（構）移交主管人員', '', '', '')]
L[82] = [('shall_not', '[不得]視為', '', '', '', '評價聘任人員 is the topic/patient, not who acts')]
L[83] = [('shall', '[應]由基金', '基金管理機關', '', '', '由 agent')]
L[84] = []  # 應記載事項: attributive
L[85] = [('shall', '），[應]依', '', '', '各基金', 'subject is the plan (應用 false friend); lead-in 各基金依前條規定擬編之業務計畫及預算…並應分別依規定辦理')]
L[86] = [('may', '必要時[得]由', '專任教師', '具有專業知能之專任教師', '', '由 agent')]
L[87] = []  # 應用 false friend
L[88] = [('shall', '制度，[應]經', '事業', '', '', '…者 condition whose subject 事業 is who acts')]
L[89] = [('shall', '代理人[應]', '記帳士、記帳及報稅代理人', '', '', '')]
L[90] = [('shall', '聯合會[應]即', '司法院、全國律師聯合會', '', '', '')]
L[91] = [('shall', '機關[應]將', '各直轄市或縣（市）主管機關', '', '', '')]
L[92] = [('shall', '約定，[應]就', '', '', '', 'topic (the agreement)'),
         ('shall_not', '[不得]逾', '', '', '', 'topic (the agreement)')]
L[93] = [('shall', '專案，[應]依', '事業或各級政府', '', '', '取得 false friend')]
L[94] = [('shall', '業務，[應]自', '證券經紀商或期貨經紀商', '', '', '')]
L[95] = [('shall_not', '[不得]超過', '', '', '', '連選連任者 is counted, not an actor (a numerical limit)')]
L[96] = []  # 應記載事項: attributive
L[97] = [('shall', '[應]予免職', '', '', '', '派用人員 is the patient; employer not named'),
         ('shall', '[應]依規定辦理退休', '', '', '', 'employer not named'),
         ('shall', '[應]解除派用', '', '', '', 'employer not named')]
L[98] = [('shall', '者，[應]依第二章', '票券金融公司', '', '', '')]
L[99] = [('shall', '並[應]通知', '金融監督管理委員會', '', '', '並應 continues 由金融監督管理委員會為之')]
L[100] = [('shall', '人員[應]即', '專責人員', '', '', '')]
L[101] = [('shall', '時，[應]考量', '所在地直轄市、縣（市）主管機關', '', '', '')]
L[102] = [('may', '同意者，[得]委任', '經紀人公司', '經紀人公司經事先取得原保險人同意者', '', 'agent 者 phrase with head noun; 取得 false friend')]
L[103] = [('shall', '加熱設備，[應]設置', '', '', '', 'thing'),
          ('shall', '且[應]採取', '', '', '', 'thing')]
L[104] = [('shall', '技術員[應]取得', '環境保護技術員', '', '', '取得 false friend'),
          ('may', '[始得]從事', '環境保護技術員', '', '', 'same sentence')]
L[105] = [('shall', '間隔，[應]考慮', '', '', '雇主', 'paragraph before: 雇主對於動力車鋼軌之舖設，應依下列規定')]
L[106] = []  # 取得 false friend
L[107] = [('shall', '時，[應]繳', '應考人', '', '', '應考人 false friend')]
L[108] = [('shall', '面試[應]對', '', '', '', '面試 is an event; 應試人 false friend')]
L[109] = []  # 供應 false friend
L[110] = []  # 取得 false friend
L[111] = [('shall', '期限，[應]於第六條', '有限合夥創投事業', '', '', 'long condition chain between; 所得稅法 false friend')]
L[112] = []  # 應用 false friend
L[113] = [('shall', '時，[應]優先', '煤氣事業', '', '', '煤氣事業 written inside the …時 condition (as possessor of 貯氣設備) is who acts; 供應 false friend')]
L[114] = [('shall_not', '[應不]超過', '', '', '申請人', '執行…測定者 is a circumstance; subject 其標準 is a thing; lead-in: 申請人應…。其品質管制測定標準應符合下列規定')]
L[115] = []  # 取得 false friend
L[116] = []  # 所得稅 false friend; no cue
L[117] = [('may', '預期使用量，[得]依', '', '', '經營者及其關係人', 'thing subject; paragraph before: 應依預期使用量由經營者及其關係人分別記載之; 取得 false friend')]
L[118] = []  # 所得 false friend
L[119] = [('may', '價款[得]以', '', '', '當地地方政府或鄉、鎮、縣轄市公所', 'subject 所得價款 is a thing (所得 false friend); the managing body is named earlier in the sentence (由…管理使用)')]
L[120] = []  # 應用 false friend
