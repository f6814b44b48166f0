# Hand labels for fresh3-unlabelled.tsv (seed 9191), written by reading each text and,
# where needed for `carried`, the list lead-in / paragraph before (from provisions.tsv).
# Guideline: tests/data/obligations/GUIDE.md and the conventions in README.md.
#
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).

LABELS = {
    1: [
        ('may', '，[得]裝設', '', '', '', 'subject is a thing (導線接續組件及分接頭)'),
        ('shall', '蓋板[須]', '', '', '', '須為 = must be; subject is a thing (管槽蓋板)'),
    ],
    2: [
        ('shall', 'MI電纜[應]', '', '', '', 'thing (MI電纜) as subject'),
    ],
    3: [],  # 應隨時提請長官注意之事項: attributive inside a noun phrase
    4: [
        ('may', '本會[得]', '本會', '', '', ''),
        ('may', '並[得]', '本會', '', '', 'second cue of the same sentence (並得): same bearer, same offset'),
    ],
    5: [],  # 應屆 false friend
    6: [
        ('shall', '[應]設置', '起造人或所有人', '', '', ''),
    ],
    7: [
        ('shall', '，[應]遵守', '', '', '', 'the venue user is implied (使用…各場地 is a condition), no noun written'),
    ],
    8: [
        ('shall', '外，[應]陳報', '該管首席檢察官或法院院長', '', '',
         '除應通知…外 is additive (besides notifying); the 應 inside 除…外 is not labelled per GUIDE (cues inside 除…外), although here it does add a duty of its own'),
    ],
    9: [
        ('may', '[得]擔任', '', '', '銀行負責人',
         '經主管機關核准者 read as a circumstance (approval), not an agent; lead-in subject 銀行負責人'),
        ('shall', '仍[應]具備', '', '', '', '該二銀行間 (between the two banks) is a topic, not a bearer; 但…仍應 is not an exception'),
    ],
    10: [
        ('may', '[得]酌予', '主任檢察官或檢察官', '', '',
         'hard: grammatical subject, but the prosecutors are rather the beneficiaries (the office reduces their caseload); labelled as written'),
    ],
    11: [],  # 應記載事項 attributive
    12: [],  # 應用 false friend
    13: [
        ('shall_not', '[不予]追還', '', '', '', 'topic (薪給及其他給付), no bearer'),
    ],
    14: [
        ('may', '[得]選擇', '同一順序遺族', '', '',
         'subject inside the …時 condition right before, who acts (chooses)'),
    ],
    15: [
        ('shall', '[應]記明', '', '', '', 'subject is the invoice (a thing); 各機關 is inside its modifier'),
    ],
    16: [],  # 通知應停止: cue restating a duty inside a condition (circumstance list item)
    17: [
        ('may', '三、[得]選任', '', '', '被告', 'lead-in 訊問被告應先告知下列事項: the right is the defendant\'s'),
        ('may', '者，[得]請求之', '', '', '被告',
         '如為…者 is a condition; 依法令得請求法律扶助者 inside it is not a statement'),
    ],
    18: [
        ('may', '[得]撤銷', '自由港區管理機關', '', '', '並通知 has no cue of its own'),
    ],
    19: [
        ('shall', '[應]辦理', '', '', '', 'topic (土地權利之取得…), no bearer; 取得 false friend'),
    ],
    20: [
        ('shall', '[應]依稅捐', '稽徵機關', '', '', ''),
    ],
    21: [
        ('may', '者，[得]向', '^[公立高級中等以下學校校長]',
         '公立高級中等以下學校校長在非偏遠地區學校服務，最近四年依公立高級中等以下學校校長成績考核辦法考列甲等，且無下列各款情形之一，自願赴偏遠地區學校服務者',
         '', 'agent …者 phrase with head noun 校長: head as bearer, phrase as bearer_full'),
    ],
    22: [
        ('shall', '[應]依勞動', '農會', '', '', 'subject inside the …時 condition, who acts'),
    ],
    23: [
        ('may', '[得]函請', '中央主管機關', '', '',
         '禁止 is the content of what is requested from the immigration agency, not an operator this provision applies: not labelled'),
    ],
    24: [
        ('shall', '[應]於受理', '社員或社員代表', '符合候選人資格之社員或社員代表', '', ''),
    ],
    25: [
        ('may', '[得]於其', '海關', '', '', '准予放行 / 並將…函送 carry no cue of their own'),
    ],
    26: [
        ('shall_not', '[不得]申請', '', '', '',
         'hard: 研究報告經司法院核定不及格者 read as a circumstance (its own subject is the report); the judge on paid self-study is meant but not named here'),
    ],
    27: [
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    28: [
        ('shall_not', '[不得]就', '參與人', '', '', 'subject inside the …時 condition, who acts'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    29: [
        ('shall', '車人[須]事先', '包（租）車人', '', '', ''),
        ('shall', '[應]由出租人', '出租人', '', '', '應由X: agent after 由; 須代僱駕駛人者 is inside a condition'),
    ],
    30: [
        ('shall', '[應]以聯合', '聯合執行業務者', '', '', 'agent …者 phrase without head noun, kept whole'),
    ],
    31: [
        ('shall', '[應]依規定', '', '', '', 'topic (外匯收支或交易); 由中央銀行定之 has no cue'),
    ],
    32: [
        ('may', '[得]由', '得由[召集人]', '', '',
         'agent after 由; the alternative agent 由出席委員 (互推一人) is written further on'),
    ],
    33: [
        ('may', '[得]請求', '第三人', '', '', ''),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    34: [
        ('shall', '[應]直接', '', '', '', 'thing (所得稅費用) as subject; 所得 false friend'),
    ],
    35: [
        ('may', '[得]撤銷', '主管機關', '', '', ''),
    ],
    36: [
        ('shall', '[應]以密閉式', '', '', '', 'thing (味精中間製品) as subject'),
    ],
    37: [
        ('shall', '[應]有身心', '主管機關', '', '', 'subject inside the …時 condition, who acts (must have disabled persons take part)'),
    ],
    38: [
        ('shall', '[應]撤銷', '直轄市、縣（市）主管機關', '', '', ''),
    ],
    39: [
        ('shall', '[應]加蓋', '', '', '', 'topic (公開說明書之封底)'),
    ],
    40: [
        ('shall', '一、[應]具有', '', '', '照顧服務員', 'lead-in 家庭托顧之照顧服務員及其住所應符合下列規定'),
    ],
    41: [],  # 應納入編製合併財務報表範圍之營利事業: attributive
    42: [
        ('shall', '[應]檢具', '視覺功能障礙者', '從事按摩工作之視覺功能障礙者', '', ''),
        ('may', '[始得]執業', '視覺功能障礙者', '從事按摩工作之視覺功能障礙者', '', 'same sentence: same bearer'),
    ],
    43: [
        ('shall', '[應]通知', '直轄市、縣（市）主管機關', '', '', ''),
        ('may', '[得]廢止', '直轄市、縣（市）主管機關', '', '', 'after ；: same bearer, same offset'),
    ],
    44: [
        ('shall', '[應]填具', '承租人', '', '', ''),
        ('may', '[始得]為之', '承租人', '', '', 'same sentence: same bearer'),
    ],
    45: [
        ('shall', '尚[應]要求', '', '', '',
         '除…外，尚應 is additive (also), not an exception; subject is a thing; who requires (航政機關或驗船機構) is only in the article\'s first paragraph'),
        ('may', '[得]依第二目', '', '', '', 'no bearer written'),
    ],
    46: [
        ('shall', '[應]提供', '托育人員', '', '', ''),
    ],
    47: [
        ('shall', '[應]具備', '專任內部稽核人員', '第一項所稱適任之專任內部稽核人員', '',
         'a qualification requirement on a person: the person is the bearer'),
    ],
    48: [
        ('shall_not', '[不應]包含', '', '', '', 'thing (所提問題); lead-in subject is 主文 (a thing)'),
    ],
    49: [
        ('may', '審查會[得]', '審查會', '', '', ''),
        ('may', '兼任委員[得]', '兼任委員', '', '',
         '除專任委員為小組當然成員外 sets full-time members apart (besides), it does not carve an exception out of a deontic statement: not labelled'),
    ],
    50: [
        ('exception', '[除]前條', '', '', '', '除…外 carves an exception out of the 應 of the same sentence'),
        ('shall', '[應]憑', '', '', '', 'topic (電子簽章)'),
        ('may', '[得]依其方式', '醫療機構', '醫療機構訂有符合電子簽章法規定之其他簽章方式者', '',
         'agent …者 phrase with head noun'),
    ],
    51: [
        ('may', '[得]任', '', '', '', '合於下列規定之一者 is a circumstance …者 phrase (like 不符規定者)'),
    ],
    52: [
        ('shall', '[應]於砍伐區', '雇主', '', '', ''),
        ('shall_not', '[不得]從事', '', '', '雇主', 'subject is a place (topic); across 。 the employer is carried'),
    ],
    53: [],  # 應備文件, 應遵行事項: attributive
    54: [
        ('shall', '[應]視', '鹽政機關', '', '', '應…由X核定之: agent after 由'),
    ],
    55: [
        ('shall', '[應]由其', '分公司', '在中華民國之分公司', '', '應由X: agent after 由, leading 其 dropped'),
        ('may', '[始得]播送', '^[境外衛星廣播電視事業]', '', '',
         'hard: the broadcasting is done by the foreign enterprise (sentence subject), not by the branch that applies; 由X agent belongs to the 應 clause only'),
    ],
    56: [
        ('shall', '[應]顧及', '', '', '', 'topic (董事之選任)'),
    ],
    57: [
        ('shall', '[應]綜合', '主管機關', '', '', 'subject inside the …時 condition, who acts'),
    ],
    58: [
        ('shall', '[應]予不准', '', '', '',
         'the one who must refuse (the supervising authority) is not named; 信用合作社 is the applicant'),
    ],
    59: [
        ('shall', '[應]於委任書', '對前項代理權加以限制者', '', '',
         'hard: read as an agent …者 phrase (whoever restricts the authority, i.e. the principal), no head noun'),
    ],
    60: [
        ('shall', '[應]先由', '由[監察人]', '', '', '應先由X: agent after 由; 並附 has no cue of its own'),
    ],
    61: [
        ('shall', '亦[應]注意', '', '', '', 'the lines (things) are the topic; users not named'),
        ('shall_not', '[不得]洩露', '', '', '', ''),
        ('shall', '並[應]指定', '', '', '', ''),
    ],
    62: [],  # 應執行之刑: attributive
    63: [
        ('may', '[得]免附', '', '', '', '國產藥品 is a thing; the applicant of the lead-in is not named as a noun'),
        ('shall', '惟[應]於', '', '', '', 'no bearer written; 「不得製造」 is quoted text'),
        ('shall', '者，[應]檢送', '廠商', '廠商其後擬實際生產該藥品者', '', 'agent …者 phrase with head noun'),
        ('may', '[始得]製造', '廠商', '廠商其後擬實際生產該藥品者', '', 'same sentence: same bearer'),
    ],
    64: [
        ('may', '[得]由外交部', '外交部', '', '', ''),
        ('may', '[得]由大陸委員會', '大陸委員會', '', '', ''),
    ],
    65: [
        ('shall', '[應]符合', '', '', '', 'thing (開關)'),
    ],
    66: [
        ('shall', '[應]依第一項', '國外代表人辦事處',
         '中華民國九十七年一月九日本辦法發布施行日前已核准且設立之國外代表人辦事處', '',
         'leading date condition and 之-modifier go to bearer_full; 於國外有營業行為者 is a condition'),
    ],
    67: [
        ('may', '[得]予以', '政府', '', '', ''),
    ],
    68: [
        ('may', '[得]出具', '被告', '', '', ''),
    ],
    69: [
        ('shall_not', '[不得]以', '', '', '檢驗機構', 'lead-in 檢驗機構…應遵行下列規定'),
        ('exception', '[不在此限]', '', '', '', ''),
    ],
    70: [],  # 應遵行事項之會計準則: attributive
    71: [
        ('shall', '[應]予審定', '理事會', '', '', ''),
    ],
    72: [
        ('shall', '[應]經', '', '', '', 'topic (登載事項變更)'),
    ],
    73: [
        ('shall', '[應]書面', '主管機關', '', '', '並儘速處理 has no cue of its own'),
    ],
    74: [
        ('shall', '[應]由本人', '本人', '', '', '應由X: agent after 由 (the 或委託他人… alternative is the same person\'s)'),
    ],
    75: [
        ('shall', '[應]檢具', '製造、加工或輸入環境用藥者', '', '', 'agent …者 phrase without head noun, kept whole'),
    ],
    76: [
        ('shall', '[應]繳納', '記帳及報稅代理人', '', '', '並檢具 has no cue of its own'),
    ],
    77: [],  # definition clause
    78: [
        ('shall', '[應]考量', '', '', '', 'designer not named'),
    ],
    79: [
        ('shall', '[應]俟', '', '', '漁船經營者或船長', 'lead-in 漁船經營者或船長，應配合辦理下列事項; 由主管機關派員查核者 is a condition'),
        ('may', '[始得]開始', '', '', '漁船經營者或船長', ''),
    ],
    80: [
        ('exception', '[不在此限]', '', '', '', '應納營利事業所得稅額 false friend'),
    ],
    81: [],  # only cue (得另行遴用) is inside 除…外; main clause has no cue -> nothing labelled (hard case, see report)
    82: [
        ('shall_not', '[不得]超過', '', '', '', 'topic (質借金額)'),
    ],
    83: [],  # 依法得和解者: restrictive, inside a limiting condition
    84: [
        ('may', '[得]以過去', '', '', '記帳士、記帳及報稅代理人', 'lead-in subject; 無須 false friend'),
        ('shall', '[應]依第三條', '', '', '記帳士、記帳及報稅代理人', ''),
    ],
    85: [
        ('may', '[得]拒絕', '', '', '', 'topic (請求接見); the refusing officer is not named in this article'),
    ],
    86: [
        ('shall', '[應]解除', '地方法院或其分院', '所屬之地方法院或其分院', '', ''),
    ],
    87: [
        ('shall', '[應]於三個月', '承裝業', '', '', 'written at the head of the …時 condition, who acts; 並申請 has no cue'),
    ],
    88: [],  # 應減除之耗竭額: attributive
    89: [
        ('shall', '[應]事先', '會議出 (列) 席人員', '', '', ''),
        ('shall', '並[應]先為', '', '', '會議出 (列) 席人員',
         'across 。: carried; 其須請示…者 is a condition (須 not labelled)'),
    ],
    90: [
        ('exception', '[除]其他', '', '', '', ''),
        ('shall_not', '[不得]逾越', '', '', '技師', 'subject is 業務 (a thing); 技師 named in its modifier'),
    ],
    91: [
        ('shall_not', '[不得]加入', '', '', '', 'thing (債權)'),
    ],
    92: [
        ('shall', '[應]先依', '水利主管機關', '', '',
         'hard: agent after 由 per GUIDE, but 由 governs only the first alternative (審查同意); the duty is in substance the applicant\'s, who is not named'),
    ],
    93: [],  # 應移交之事項: attributive
    94: [],  # the item is the wording of a warning label to be printed (lead-in 酒精類應標示下列之警語): quoted text, no statement (hard case)
    95: [
        ('shall', '[應]訂定', '事業', '事業由他業兼營或兼營他事業者', '',
         'agent …者 phrase with head noun; the 不得 is inside the object noun phrase (…不得與…利益衝突…之行為等防範之控制作業), not labelled'),
    ],
    96: [
        ('shall', '[應]報請', '管轄單位', '電信線路與供電線路之管轄單位', '', ''),
    ],
    97: [
        ('shall', '[應]設', '', '', '',
         'topic (港務業務); 由經指派擔任業務之人員 is the agent of 兼任 only, not of 應設'),
    ],
    98: [
        ('shall_not', '[不得]超過', '', '', '雇主', 'subject is the number (topic); 雇主 named in its modifier'),
    ],
    99: [
        ('may', '[得]授予', '學生', '經申請准予逕修讀博士學位之學生', '',
         'hard: the student is the subject/beneficiary; the university that awards is not named'),
    ],
    100: [
        ('shall_not', '[不得]低於', '', '', '', 'topic (委員人數)'),
    ],
    101: [
        ('may', '[得]於無礙', '裁處機關', '', '', ''),
    ],
    102: [
        ('shall_not', '[不得]重複', '', '', '', 'thing (學分)'),
    ],
    103: [],  # 取得 false friend
    104: [],  # 可得確定 (ascertainable), 所得 false friend
    105: [
        ('shall', '[應]准予', '', '', '',
         'the tax authority is not named; …為身心障礙者 is a circumstance'),
    ],
    106: [],  # 得標 false friend
    107: [
        ('shall', '[應]引導', '主持人', '', '', '應考人 false friend; 並在…作出總結 has no cue'),
    ],
    108: [
        ('shall_not', '[不得]超過', '', '', '', 'thing (退休所得)'),
    ],
    109: [],  # 應考資格 false friend
    110: [
        ('shall', '[應]計入', '', '', '', 'thing (緩課股票)'),
    ],
    111: [
        ('may', '[得]以手段', '', '', '', 'thing (技術特徵)'),
        ('shall', '[應]包含', '', '', '', ''),
    ],
    112: [],  # 取得 false friend
    113: [],  # 取得 false friend; 保密責任 is not 負…義務
    114: [
        ('shall', '[應]考量', '中央主管機關', '', '', ''),
        ('may', '並[得]', '中央主管機關', '', '', 'second cue of the same sentence'),
    ],
    115: [
        ('shall', '者[應]符合E1', '', '', '', '…者 phrases are circumstances (things)'),
        ('shall', '者[應]符合E2', '', '', '', ''),
        ('shall', '者[應]符合 E2', '', '', '', ''),
    ],
    116: [
        ('may', '[得]憑', '人員', '外籍從事運動產業之人員', '',
         'hard: the personnel are the subject/beneficiary (得憑停留簽證…免申請工作許可); 因應 false friend'),
    ],
    117: [],  # 須/應 inside conditions; 不須 false friend
    118: [],  # 支應 false friend
    119: [
        ('shall', '[應]廢止', '', '', '', 'authority not named; 禁止 inside a condition'),
    ],
    120: [],  # 所得稅 false friend
}
