# Hand labels for dev-e-unlabelled.tsv, by provision number (1-based, file order).
# Each statement: (modality, cue_spec, bearer_spec, bearer_full, carried, note)
# cue_spec: 'left[cue]right' -- the whole string without brackets must occur exactly once.
# bearer_spec: '' | 'left[bearer]right' (unique) | plain string (last occurrence before cue, else first after).
L = {}
def S(n, *stmts): L[n] = list(stmts)

S(1)   # 應遵行事項之辦法: attributive
S(2)   # 支應: false friend
S(3, ('shall', '者，[應]核發', '主管機關', '', '', '主管機關 named in the …後 condition is who acts'),
     ('shall', '不符合規定者，[應]於', '主管機關', '', '', 'second cue after ；, same bearer'))
S(4, ('shall', '，[應]先審核', '戶政事務所', '', '', ''))
S(5, ('may', '者[得]受理', '期貨商', '期貨商符合一定資格者', '', 'agent …者 phrase with head noun'))
S(6, ('shall_not', '總計[不得]逾', '', '', '申請人', 'topic is an amount; lead-in: 申請人應…並符合下列規定'))
S(7, ('may', '，[得]經各該', '鄉（鎮、市、區）公所', '同一鄉（鎮、市、區）公所跨二以上保護區者', '', 'the 公所 uses its fee; read 公所…者 as agent phrase, 同一 dropped as determiner'))
S(8, ('may', '中央主管機關[得]以', '中央主管機關', '', '', ''))
S(9, ('shall', '時，[應]於二個月', '農場', '經核准登記之農場', '', 'registered farm applies for change'))
S(10, ('shall', '經營者[應]於', '經營者', '', '', ''),
      ('may', '機組[始得]進入', '', '', '經營者', '機組 is equipment (a thing); the operator is who brings it critical'))
S(11, ('may', '必要時[得]指定', '', '', '', 'who designates is not written'))
S(12, ('may', '政府[得]參考', '直轄市及縣（市）政府', '', '', ''))
S(13, ('shall', '者，[應]按事務', '', '', '', 'documents are a thing; 文書科 is in para 1, not the paragraph right before'))
S(14, ('shall', '審核期限，[應]扣除', '', '', '', 'topic is a time limit'))
S(15)  # 應行注意事項: attributive
S(16, ('exception', '後，[除]有誤繳', '', '', '', '除…外 carves refunds under 規費法 out of the 不得'),
      ('shall_not', '外，[不得]以任何', '', '', '', 'payer not named'))
S(17, ('shall', '處理程序，[應]有', '保險業', '', '', '並載明 continues the same 應'))
S(18, ('shall', '招標，[應]予', '機關', '', '', ''))
S(19, ('may', '並[得]命其', '海關', '', '', '由海關 agent; 應辦補稅程序 is inside the 違反…者 condition'),
      ('may', '者，[得]停止', '海關', '', '', 'same sentence after ；, same bearer'))
S(20)  # 應經路線: attributive
S(21, ('shall', '電子支付機構[應]依', '電子支付機構', '', '', ''))
S(22, ('may', '期滿[得]予續聘', '', '', '環保署署長', 'clause has no subject (notional passive of 委員); 環保署署長 is who re-appoints'))
S(23, ('may', '海關[得]應', '海關', '', '', '應貨棧業者之請求 = at the request of: not a cue'))
S(24, ('exception', '者，[除]長假外', '', '', '', '除長假外 carves long leave out of the 應'),
      ('shall', '均[應]分別', '', '', '', 'topic is the leave periods; who computes is not written'))
S(25, ('shall', ') [應]向損害人', '', '', '電信機構', 'topic 訴訟費用 (a thing); 電信機構 is written as its modifier and is who collects'))
S(26, ('shall', '管理，[應]訂定', '保險業', '', '', ''))
S(27, ('shall', '設計，[應]確保', '', '', '', 'topic is the design'),
      ('shall_not', '劑量[不得]超過', '', '', '', 'limit embedded in the 應確保 complement; labelled as its own operator'))
S(28)  # 所得
S(29, ('may', '基地所有權人[得]依', '基地所有權人', '', '', ''))
S(30, ('exception', '者，[不適用]第一項', '', '', '', ''))
S(31, ('shall', '號碼[應]設定', '', '', '', 'a number (thing); lead-in names no bearer'))
S(32, ('shall_not', '其醫療費用，[不得]超過', '', '', '私立醫療機構', 'topic is the fees; 除血漿、伙食外 belongs to 七折優待 (no cue), not an exception'))
S(33, ('may', '者，[得]以國民', '船員', '', '', 'subject 船員 at the start; …正本者 is a nested condition'),
      ('shall', '者，[應]於返國', '無法檢附前條第一項第四款體格檢查證明書者', '', '', 'agent …者 phrase without head noun (the seaman who cannot attach)'))
S(34, ('shall', '交易[應]符合', '', '', '保險業', 'topic is the transaction; lead-in: 保險業投資保險相關事業，應遵守下列規定'))
S(35, ('shall_not', '者，[不予]計分；百分之五', '', '', '', 'a scale value; labelled by the 不予 rule (like 不予補助)'))
S(36, ('shall', '自然人[應]檢附', '申請者', '', '', '申請者 is the subject; 為本國自然人 is a condition'),
      ('shall', '製造商[應]檢附', '本國法人、非法人團體或外國製造商', '', '', ''))
S(37, ('shall', '時，[應]自事實', '醫事放射所', '', '', 'subject inside the …時 condition is who reports'))
S(38, ('may', '土地所有權人[得]申請', '土地所有權人', '', '', ''))
S(39, ('shall', '均[須]附具', '', '', '', 'documents (thing); the applicant is in para 1, not the paragraph right before'))
S(40, ('shall_not', '人士[不得]報名', '大陸地區人士', '', '', ''))
S(41, ('shall', '者，[應]附委託書', '委託他人申請者', '', '', 'agent …者 phrase without head noun; 免附 is not a cue'))
S(42, ('shall', '醫師對於危急之病人，[應]即', '醫師', '', '', '應即 one cue'),
      ('shall_not', '，[不得]無故', '醫師', '', '', 'same sentence, same bearer'))
S(43, ('shall', '中央主管機關[應]就', '中央主管機關', '', '', ''))
S(44, ('may', '地方主管機關[得]對', '[中央主管教育行政機關（以下簡稱中央主管機關）及地方主管機關]得對', '', '', 'coordinated bearer kept whole, with its parenthetical'),
      ('shall', '中央主管機關[應]建立', '中央主管機關', '', '', ''))
S(45)  # 應力值
S(46, ('may', '委員[得]依', '本會委員', '', '', 'notional passive: members are the recipients, the written subject is taken as bearer'))
S(47, ('may', '時，[得]不懸掛', '營區', '不懸掛軍事單位旗及官階旗之營區', '', '得不… = may refrain: may; the camp acts as a unit'))
S(48, ('shall', '申請[應]自收受', '', '', '', 'topic is the application; applicant not named'),
      ('shall', '者，[應]自知悉', '對其他爭議提起者', '', '', 'read 提起者 as agent phrase (who files), like 申請…者'),
      ('shall_not', '最遲[不得]逾', '對其他爭議提起者', '', '', 'same sentence, same bearer'))
S(49, ('may', '者，[得]免以', '替代役役男', '', '', 'subject inside the …時 condition; notional passive (may be exempted)'))
S(50, ('shall', '部份[應]由', '議事科', '', '', '應由X agent'),
      ('shall', '務[須]於辦結', '', '', '關係機關', '務須: modal 須 with adverb 務; who must notify is 該關係機關, written as the object of the clause before'))
S(51, ('shall', '管理員[應]將', '開票所主任管理員', '', '', '得票數 is a false friend'))
S(52, ('shall', '支出，[應]按', '', '', '各主管機關', 'topic is the expenditure; article lead-in 各主管機關編製歲出概算時'),
      ('shall_not', '[不得]以上年度', '', '', '各主管機關', ''))
S(53, ('may', '主管機關[得]委任', '主管機關', '', '', ''))
S(54, ('shall', '許可後，[應]持', '保險代理人（以下簡稱代理人）、保險經紀人（以下簡稱經紀人）、保險公證人（以下簡稱公證人）及銀行', '', '', 'coordinated bearer kept whole, with parentheticals'))
S(55, ('shall', '中央合作金庫，[應]於', '中央合作金庫', '', '', '並於 continues the same 應'))
S(56, ('shall', '並[應]審酌', '', '', '', '除依前條規定外，並應 is additive, not an exception; the court is not named'),
      ('may', '時，[得]於所得', '', '', '', ''))
S(57)  # 應考科目
S(58, ('may', '主管[得]將', '第一層及第二層主管', '', '', '應負責之部分公務 is attributive'))
S(59, ('shall_not', '一、[不得]有', '', '', '教師', 'lead-in: 教師至…兼任顧問及編輯職務者，應符合下列各款規定'))
S(60, ('shall', '銀行[應]於', '銀行', '', '', ''))
S(61, ('shall', '服務機關[應]就', '服務機關', '', '', ''))
S(62, ('may', '漁會[得]視', '漁會', '', '', ''))
S(63, ('shall', '報告，[應]經', '', '', '', 'reports (thing)'))
S(64, ('shall', '出入口[應]設置', '', '', '經營者', 'topic is the entrance; para 1: 經營者設置…機房'),
      ('shall', '至少[應]保存', '', '', '經營者', 'topic is the records'))
S(65, ('shall', '者，[應]依前條', '', '', '', 'a building (thing)'))
S(66, ('shall', '時，[應]副知', '文化部', '', '', '不予核發 is inside the …時 condition'))
S(67, ('may', '者，[得]由警察', '警察機關', '', '', '應由X agent; 不予或不能即時移置 is inside a condition'),
      ('may', '移置，[得]通知', '警察機關', '', '', 'same sentence after ；, same written bearer'))
S(68, ('shall', '主辦機關[應]置備', '主辦機關', '', '', ''))
S(69)  # 申請者應備文件: attributive
S(70, ('may', '時，[得]會商', '主管機關', '', '', ''))
S(71, ('shall', '並[應]為', '申請第五條第一項第六款規定海外研修費貸款者', '', '', 'agent …者 phrase without head noun; 除應…外，並應 is additive; the 應 inside 除…外 restates'))
S(72, ('shall', '漁船[應]備妥', '漁船', '總噸位一百以上漁船', '', 'registered vessel read as the regulated party (metonym for its operator)'))
S(73, ('shall', '主席[應]將動議', '主席', '', '', ''),
      ('shall', '結果[須]足', '', '', '', 'topic is the count result'),
      ('shall', '主席[應]即宣布', '主席', '', '', '應即 one cue'))
S(74, ('shall_not', '者，[不得]散布', '明知著作權利管理電子資訊，業經非法移除或變更者', '', '', 'agent …者 phrase without head noun (明知… = who knows)'),
      ('shall_not', '亦[不得]公開', '明知著作權利管理電子資訊，業經非法移除或變更者', '', '', 'same sentence, same bearer'))
S(75, ('shall_not', '[不得]乘載', '雇主', '', '', ''),
      ('exception', '[不在此限]', '', '', '', ''))
S(76)  # 應辦事項: attributive
S(77, ('shall', '者，[應]填具', '農藥生產業者', '農藥生產業者申請第二條第三款農藥者', '', 'agent …者 phrase with head noun'))
S(78, ('may', '主管機關[得]請', '主管機關', '', '', ''))
S(79, ('shall', '業務[應]由', '政三部門', '該部原設之政三部門', '', '應由X agent; 負有戰地政務之部隊 is attributive'))
S(80, ('shall', '戰車[應]將', '', '', '', 'things as topics; no bearer in lead-ins'),
      ('shall', '履帶[應]在', '', '', '', ''),
      ('shall', '砲管[應]於', '', '', '', ''))
S(81, ('shall', '工資[應]全額', '', '', '經營者', 'topic is the wage; lead-in: 經營者僱用…期間，應遵守下列規定'),
      ('exception', '[不在此限]', '', '', '', '得自工資逕予扣除之項目 is attributive'))
S(82, ('shall', '申請人[應]自', '申請人', '', '', '不受…限制 is not a listed cue'))
S(83, ('shall', '者，[應]先依', '', '', '', 'lead-in topic is 收入; no bearer'))
S(84, ('shall', '至少[應]答對', '', '', '', 'a passing standard; the examinee is not named'))
S(85, ('shall_not', '經紀業[不得]僱用', '經紀業', '', '', ''))
S(86, ('shall', '仍[應]依', '要保機構', '經終止存款保險契約之要保機構', '', ''))
S(87, ('shall', '前，[應]使', '法院', '', '', ''))
S(88, ('shall', '一、[應]在', '', '', '', 'lead-in 炸藥及雷管之領發使用 names no bearer'))
S(89, ('shall', '查驗機關[應]暫停', '查驗機關', '', '', '報驗義務人 is a noun, not 負…義務'))
S(90)  # 應於如何程度廢棄原判決…之聲明: content of a noun phrase
S(91, ('shall', '遺失，[應]敘明', '', '', '', 'topic is the licence; the holder is not named'),
      ('shall', '並[應]將', '', '', '', ''))
S(92, ('shall', '明確[應]通知', '', '', '管理局', 'para 1: application to 科學工業園區管理局 (管理局), who reviews and notifies'))
S(93)  # 應收款項
S(94, ('shall', '作業，[應]有', '監獄', '', '', ''))
S(95)  # 應行登記事項
S(96, ('shall', '財團法人[應]於', '財團法人', '', '', ''))
S(97, ('shall', '清算人[應]將', '清算人', '', '', ''),
      ('shall', '終結後[應]於', '', '', '清算人', 'across 。: carried'))
S(98, ('shall_not', '申請案，[應]不予', '', '', '', '應不予 one shall_not at 應; the approving authority is not named'))
S(99, ('may', '時，[得]按', '', '', '', ''))
S(100, ('exception', '錯誤，[除]未依', '', '', '', '除…外 carves out of the 得'),
       ('may', '外，[得]於公告', '土地所有權人', '', '', ''),
       ('shall', '者，[應]更正', '', '', '直轄市或縣（市）主管機關', 'the authority named earlier in the provision corrects the records'))
S(101); S(102)
S(103, ('exception', '營利事業，[除]依', '', '', '', '除…者外 carves out of the 應'),
       ('shall', '所得稅[應]由', '由其[營業代理人]負責', '', '', '應由X agent; 其 dropped as determiner'))
S(104); S(105); S(106); S(107)
S(108)  # 應使用之結算申報書: attributive; 準用 is not a cue
S(109, ('shall', '對象，[應]收取', '', '', '', 'verb 應收取 (shall collect), not 應收款; the collecting agency is not named'))
S(110, ('may', '者，[得]應各該', '軍人', '中華民國依法退除役之軍人', '', '不得應國家考試之情事 is attributive; 得應 = may sit'))
S(111)  # definition; 所稱…應代扣 restates a term
S(112, ('shall', '稽徵機關[應]追繳', '稅捐稽徵機關', '所在地之稅捐稽徵機關', '', ''))
S(113); S(114); S(115)
S(116, ('may', '海關[得]根據', '海關', '', '', ''),
       ('shall_not', '每年[不得]低於', '', '', '海關', 'topic is the estimated fee; across 。 carried'))
S(117, ('shall', '者，[應]於三個月', '得標人', '得標人依本條例第十六條第三項規定申請展期者', '', '得標 is a false friend'))
S(118)  # definition
S(119, ('shall', '前，[應]進行', '銀行業及其他經本會指定之金融機構', '', '', 'coordinated bearer kept whole (the 之 modifier sits inside the second conjunct)'))
S(120, ('shall', '三、[應]考量', '', '', '信用合作社', 'lead-in: 信用合作社之風險控管機制應包括下列原則'))
