# fresh42: seed 2770001, session 39 (two readers: a = 1-60, b = 61-120)
# o42: reader a, provisions 1-60 of /work/eval/s39/o42/to_label-a.tsv (sample seed 2770001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh40-labels.py and fresh41-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh40/fresh41):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / a following clause without a new cue is one statement; 應…並應 is two statements.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also a possessor / agent inside the topic NP), its list lead-in or the
#   node right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; determiners
#   and restrictive 之-modifiers go to bearer_full; the subject of a …時/…前/…後 clause is the bearer when the main
#   clause has none; the agent after 應由 is the bearer.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外 meaning "besides"
#   is not; 但…得 / 但…不予 without 不在此限 are a may / a shall_not.
# - not labelled: attributive 應X之 / 得X之 / 必須…之 / 禁止規定 inside NPs, cues inside conditions (…者 grounds items),
#   由…定之, 以…為限, 宜, 不再, 即予; false friends 因應, 應變, 取得, 所得, 無須, 應考人, 應補稅額, 應繳稅額.
# o42: reader b, provisions 61-120 of the sample, numbered 1-60 here, from /work/eval/s39/o42/to_label-b.tsv (sample seed 2770001), numbered in file order.
# Written by reading each provision's text (plus its list lead-in / whole article via `s39start -f ... 第N條`,
# for `carried`), following tests/data/obligations/GUIDE.md and the conventions of fresh40-labels.py / fresh41-labels.py.
# No csquery obligation output, rules, tests or docs/obligations.md seen.
# LABELS[n] (n = 1-based provision number in file order) = list of statements:
#   (modality, cue, bearer, bearer_full, carried, note)
# cue:    'left[CUE]right' -- the context must occur exactly once in the text; CUE is the cue.
# bearer: '' (none written), 'X' (offset = last occurrence before the cue, else first after),
#         or 'left[X]right' (context must be unique), or '^[X]' (X at offset 0).
# Conventions used (as in fresh40/fresh41):
# - a second cue of the same sentence shares the written bearer unless its clause has its own (thing) subject;
#   one 應/得 governing 並X / 或X / a following clause without a new cue is one statement; 應…並應 is two statements.
# - a thing / topic subject, or a person who is only the patient / beneficiary of the act, gives bearer '';
#   `carried` when this provision (also a possessor / agent inside the topic NP), its list lead-in or the
#   paragraph right before clearly names the actor, else ''.
# - 'N[condition]者' keeps N; a headless agentive …者 phrase that is the only subject is kept whole; a …者 whose
#   own subject is a thing is read as a condition; determiners (該, 其, 前項, 下列) and restrictive modifiers go to
#   bearer_full; the subject of a …時/…後 clause is the bearer when the main clause has no subject of its own.
# - 但…不在此限 and 除…外 carving out of a statement of the same sentence are exceptions; 除…外，得/應… whose meaning is
#   plainly "besides …, also" is additive; 但…得 without 不在此限 is a may; 除…外 carving out of a clause without a cue
#   (準用…) is not labelled.
# - not labelled: attributive 應X之 (應受送達之處所, 應辦理事項, 應申報遺產稅之案件, 應減刑之罪), cues inside conditions,
#   definitions, 由…定之 / 由…支應, 以…為限 / 為準, 負責 (no 負…義務), 俾得 (purpose "so that it can"); false friends
#   取得, 所得, 得標, 應付, 應收, 應用, 反應, 供應, 支應.
LABELS = {
    1: [('may', '許可，[得]公費', '法院公證人', '', '', "經所屬法院許可 condition; the first clause's subject is 法院公證人 (第一項研習 is the topic)"), ('may', '[得]視業務', '司法院或所屬法院', '', '', 'after ；, own subject, coordinated kept whole; 命公證人…參加 under the same 得')],
    2: [('shall', '者，[應]檢附', '^[第一次申請船副、管輪適任證書者]', '', '', 'headless agentive …者 phrase, the only subject, kept whole')],
    3: [('shall', '，[應]敘明', '', '', '觀光遊樂業', 'hard: the item is a ground of the lead-in (…失其效力), but the clause after ； is a standalone rule; 其申請延展 = when it applies for extension (其 a pronoun, no name written); lead-in 觀光遊樂業興辦事業計畫 (possessor) -> carried'), ('shall_not', '[不得]超過', '', '', '', 'thing subject (延展之期間); who fixes the extension (applicant or 主管機關) not clear -> no carried; 並以二次為限 no cue')],
    4: [('shall', '府[應]設置', '政府', '', '', '為因應… purpose clause (因應 false friend)'), ('shall', '額[應]由', '由[政府]分', '', '', 'hard: 農業發展基金來源除捐贈款外 = "besides donations" (describes the other sources), not an exception carved out of the duty -> 除 not labelled; agent after 應由 is the bearer')],
    5: [('may', '者，[得]預估', '^[法院]', '', '', 'subject of the …前 clause (法院裁定…前), main clause has none; 認有…必要者 condition; 定期命債務人預納之 under the same 得'), ('exception', '[除]有本條例', '', '', '', '除…外 carves out of the 得 (駁回) of the same sentence'), ('may', '院[得]依', '法院', '', '', '逾期未預納者 condition (the debtor is the patient); own subject 法院')],
    6: [],
    7: [],
    8: [('may', '關[得]予刪減', '中央主管機關', '', '', '醫事服務機構申請…時 / 有…情事時 conditions; own subject'), ('shall_not', '，[不得]向病人', '', '', '醫事服務機構', 'after ；, thing subject (所刪減之費用); the one who would collect from the patient is the 醫事服務機構 named in this provision -> carried')],
    9: [('may', '，[得]併科', '', '', '', 'the offender (招募…者) is the patient; 處…有期徒刑 stated as a fact, no cue; the court is not named -> no carried')],
    10: [],
    11: [],
    12: [],
    13: [('shall', '業[應]訂定', '^[觀光遊樂業]', '', '', '定期或不定期查察… / 並列入…考績 same 應')],
    14: [],
    15: [('shall', '，[應]負', '^[檢查人員]', '', '', 'hard: 應負保密之義務 read as one duty (應 modal governing 負…義務), cue = 應; 對於… adverbial'), ('shall_not', '，[不得]對外', '^[檢查人員]', '', '', 'second cue of the same sentence shares the bearer'), ('may', '員[得]於', '領隊檢查人員', '', '', '但…得 without 不在此限 is a may; own subject; 就檢查事項充分溝通 under the same 得')],
    16: [('shall', '，[應]聽取', '^[憲法法庭]', '', '', 'subject of the …前 clause, main clause has none')],
    17: [('shall', '時，[應]扣除', '，[海關]核計', '', '', 'subject of the …時 clause, main clause has none (first 海關 is inside 海關進口稅則); 應補稅額 attributive (false friend)'), ('shall_not', '[不予]退還', '', '', '海關', '但…不予 without 不在此限 is a shall_not; 已繳納之關稅超過…時 condition, thing topic; 海關 named in this provision -> carried; 應繳稅額 attributive')],
    18: [('may', '隔[得]予修正', '', '', '', 'thing subject (…規定之間隔); lead-in (該不同回路間之修正後間隔規定如下) names no actor'), ('shall_not', '隔[不得]小於', '', '', '', 'after ；, thing subject (其修正後間隔); 且不小於… has no cue; 計算所得 false friend')],
    19: [('shall', '關[應]限期', '直轄市、縣（市）主管機關', '', '', '在永久測量標上…者 condition; 令其恢復原狀 under the same 應'), ('may', '並[得]逕行', '直轄市、縣（市）主管機關', '', '', 'after ；, 屆期未恢復原狀者 condition without own subject -> shares the bearer; 所需費用由行為人負擔 no cue')],
    20: [('shall', '人員[必須]具有', '財務會計處理及內部稽核人員', '從事衍生性金融商品交易之財務會計處理及內部稽核人員', '', 'hard: the only cue of the item is 必須 inside the object of 確保 (what the 高階主管人員 of the lead-in must ensure); its own clause has a person subject -> bearer; restrictive 之-modifier -> bearer_full')],
    21: [('shall', '，[應]符合', '', '', '', 'thing subject (前項網路互連); paragraph right before: 政府應採必要措施，促進…互連 -- the government promotes, it does not interconnect -> no carried')],
    22: [('may', '關[得]撤銷', '直轄市、縣（市）主管機關', '', '', '飛行運動業…取得經營許可者 condition (the licensee is the patient); 取得 false friend')],
    23: [('shall', '校[應]於學生', '^[學校]', '', '', '通知學生限期辦理復學 under the same 應'), ('shall', '者，[應]辦理轉學', '[學生]未於期限內辦理復學者', '', '', 'N[condition]者 keeps N (學生[未於期限內辦理復學]者)'), ('shall', '學校[應]廢止', '學校', '', '', 'after ；, 第二次休學學生…者 condition, own subject; 並附具理由通知… same 應; 視為申請第二次休學 (clause before) is a deeming, no cue')],
    24: [('shall_not', '者，[不得]洩露', '公務機關、法人或團體或被複委託者', '前項被委託之公務機關、法人或團體或被複委託者', '', 'coordinated subject kept whole; 前項被委託之 restrictive modifier -> bearer_full')],
    25: [('shall', '，[應]由', '各主管機關', '', '', 'agent after 應由; 各機關學校進用初任公務人員訓練 is the thing topic')],
    26: [],
    27: [('may', '，[得]為從來', '', '', '', 'hard: 其原有使用或原有建築物不合…者 is a condition with a thing subject; 政府 is the subject of the …前 clause but is not the one who continues the use -> bearer empty; owner/user not named -> no carried'), ('exception', '[除]准修繕', '', '', '', 'hard: 除准修繕外 structurally carves out of the 不得 of the same sentence (no 並/亦 -> not additive) -> exception'), ('shall_not', '，[不得]增建', '', '', '', 'new sentence, thing subject (原有建築物); 或改建 same 不得; owner not named -> no carried')],
    28: [('may', '，[得]經營', '^[力行生產合作社]', '', '', 'subject of the …後 clause (報經輔導會核定後), main clause has none')],
    29: [('shall', '方[應]約定', '勞資雙方', '', '', '下列…之事業 is the topic (scope)'), ('may', '會[始得]宣告', '工會', '', '', '始得 = may (only then); own subject')],
    30: [('shall', '述[應]簡明', '', '', '', 'thing subject (文字敘述); 宜 (年報宜力求…) is not a guide cue; lead-in 年報編製之基本原則如下 names no actor')],
    31: [('shall', '人[須]服畢', '^[男性應考人]', '', '', 'hard: modal 須 stating a qualification (must have completed military service or been exempted); 男性應考人 is the written subject (應考人 is a false friend inside the name, not a cue)')],
    32: [('shall', '，[應]向', '', '', '', 'hard: 第一項使用執照遺失或損毀時 condition with a thing subject; the holders (醫師、牙醫師、獸醫師或獸醫佐) are named only in para 1, the paragraph right before (para 2) names no actor -> no carried; 申請補發或換發 under the same 應')],
    33: [('may', '）[得]撤銷', '原驗證機關（構）', '', '', '取得審驗證明者 / 經發現…時 conditions (the holder is the patient); 取得 false friend')],
    34: [('shall', '關[應]開放', '^[中央主管機關]', '', '', '提供人民…之申請 under the same 應')],
    35: [('shall', '，[應]提具', '', '', '', 'topic is an activity (申請經營自由港區事業), no actor written; paragraph after only; 向…申請 under the same 應')],
    36: [('shall', '商[應]以', '', '', '', 'hard: 應以…為限 (shall be limited to); 其進駐廠商 is the topic whose eligibility is restricted, not an actor -> bearer empty; the admitting authority is not named (para 2 依本條例相關規定辦理) -> no carried')],
    37: [('shall', '者，[應]於', '^[特定非公務機關]', '', '', 'N[condition]者 keeps N (特定非公務機關[經本會要求提出…]者); 以書面方式提出 under the same 應')],
    38: [],
    39: [('shall', '等[應]拆開', '', '', '', 'thing subject (廢氣渦輪機…等); lead-in (其特別檢查…並應按下列規定施行) names no actor'), ('shall', '亦[應]予', '', '', '', 'after ；, own thing subject (內部推進軸之各錐形端); 亦 adverb')],
    40: [],
    41: [('shall', '樣[應]以', '', '', '', 'thing subject (商標圖樣); paragraph right before (para 3) only defines who may be an applicant -> no carried')],
    42: [('shall', '，[應]分別', '', '', '', 'thing subject (…償付之總金額); paragraph before names no actor')],
    43: [],
    44: [],
    45: [('shall', '：[應]會同', '', '', '輸入人、使用人', 'no subject; lead-in (特定物品…應以下列方式處理) names no actor; the item right before (一、…應由輸入人、使用人予以銷燬) names the handlers -> carried; 辦理再輸出或銷燬 under the same 應')],
    46: [],
    47: [('shall', '，[應]與', '', '', '', 'thing subject (前項利率之計算); paragraph before (以現金為租賃之擔保者…) names no actor')],
    48: [('shall_not', '者，[不得]小於', '^[漁業人]', '', '', 'N[condition]者 keeps N (漁業人[建造…漁船]者)'), ('shall_not', '數[不得]供', '', '', '漁業人', 'own thing subject (其汰舊噸數); 其 = 漁業人 named in this provision -> carried'), ('shall_not', '且[不得]保留', '漁業人', '', '', 'after 且, no subject of its own (the 汰舊噸數 cannot retain itself) -> shares the written bearer of the sentence')],
    49: [('shall', '，[應]掣據', '經付機構', '', '', '國庫券持有人兌領…時 time clause; 即予照付 has no cue; 遇有疑義 condition -> shares the written subject 經付機構; 留票轉送財政部核辦 under the same 應')],
    50: [('shall', '局[應]標明', '^[各分局]', '', '', '')],
    51: [('shall_not', '[不得]大於', '', '', '雇主', 'thing subject (傾斜路之斜度); lead-in 雇主如設置傾斜路代替樓梯時，應依下列規定 -> carried')],
    52: [('shall_not', '員[不得]有', '^[導遊人員]', '', '', 'lead-in of a list of prohibited acts')],
    53: [('shall', '者，[應]以', '', '', '', 'hard: 公務人員…申請發還…者 is the applicant/beneficiary, not the one who adds interest; the paying body is not named (para 1 names 服務機關 / 基金管理會 only for collecting contributions) -> no carried; 其利息計算至… no cue')],
    54: [('shall', '，[應]先向', '^[公開發行公司]', '', '', '自…起滿三年後 time phrase; 辦理公開發行 under the same 應'), ('may', '，[始得]向', '^[公開發行公司]', '', '', '始得 = may (only then); same sentence, same subject')],
    55: [('shall_not', '行[不得]投資', '^[國際金融業務分行]', '', '', '')],
    56: [('shall', '者，[應]取具', '', '', '債權人', '第五款第二目屬債權有逾期二年…者 is a condition with a thing subject (the claim); lead-in 呆帳損失： names no actor; the creditor (agent inside the condition, 經債權人催收) obtains the proof -> carried')],
    57: [('shall', '部[應]就', '科技部', '', '', '提出書面意見，送主計總處 under the same 應')],
    58: [('shall', '均[應]補選', '', '', '', 'the 議員/代表 whose seats fall vacant are the patient (the vacancy is filled); the electing authority is not named -> no carried; 均 adverb; 但…不再補選 has no guide cue (不再) -> not labelled')],
    59: [('shall', '，[應]予保障', '', '', '', 'thing subject (人民之生存權、工作權及財產權); the state is not named -> no carried')],
    60: [('shall', '，[應]就', '', '', '', 'patient topic (會計室所需工作人員 are appointed); the appointing authority is not named (para 1 本局設會計室…) -> no carried')],
    61: [('shall', '關[應]核發', '航政機關', '', '', '小船經特別檢查合格後 temporal condition; 或換發 same 應; 以十年為限 no cue')],
    62: [('shall', '者，[應]於', '', '', '計程車駕駛人', 'hard: …執業登記事項有異動者 is a condition whose own subject is a thing (the registered particulars); 計程車駕駛人 possessor inside the topic NP -> carried; 指定應受送達之處所 attributive, not labelled')],
    63: [('shall', '時，[應]依', '^[每一地區或依行政區域組織之團體]', '', '', 'hard: coordinated subject kept whole; the 之-modifier belongs to the second conjunct only, so it cannot be stripped; 至…時 temporal condition; 其辦理日期由國民政府以命令定之 has no cue')],
    64: [('shall', '者[應]免去', '在司法行政部及其所屬機關原有職務者', '', '', 'headless agentive …者 phrase, the only subject, kept whole; 學習受訓 same 應'), ('may', '，[得]每月', '', '', '', 'hard: 但…得 without 不在此限 = may; 除照前款辦理外，得… is additive ("besides …, may also subsidise"), not an exception; thing topic (其待遇), the trainee is only the beneficiary; the paying body is named only in the paragraph after (第2項) -> no carried')],
    65: [('may', '均[得]收寄', '各級郵局及郵政代辦所', '', '', '報值信函 object topic; 均 adverb excluded; 僅限…收寄 (second sentence) has no cue')],
    66: [('shall', '關[應]指定', '^[各級主管機關]', '', '', '')],
    67: [('may', '行[得]另收', '銀行', '前項承辦國民住宅貸款業務銀行', '', 'hard: 前項 determiner and the restrictive modifier 承辦國民住宅貸款業務 -> bearer_full, head 銀行 as bearer')],
    68: [('shall', '，[應]設置', '', '', '', 'thing topic (國民住宅之興辦); the one-paragraph article names no actor -> no carried; 由行政院定之 no cue')],
    69: [('shall', '人[應]於', '申請人', '', '', '申請填海造地案件…取得使用許可後 condition (取得 false friend); 繳交開發保證金 same 應'), ('may', '[始得]依', '申請人', '', '', 'after ；, same sentence, no new subject -> shares the written bearer; 經…許可並…完成後 condition')],
    70: [('exception', '[除]下列', '', '', '', '除下列情形外 carves out of the 得 of the same sentence'), ('may', '，[得]依', '', '', '', 'thing topic (既設線路及設備之維修、更換…遷移); lead-in 既設之裝設應依下列規定辦理 names no actor -> no carried')],
    71: [('shall', '時，[應]負', '^[農會總幹事]', '', '', 'cue is 應 (應負賠償責任; not 負…義務); 如有違反…致損害農會時 condition')],
    72: [('shall', '格[應]以', '', '', '國營事業', 'thing subject (…土地之價格); 國營事業 agent inside the topic NP -> carried; 以市價為準 (為準 no cue)'), ('may', '格[得]酌減', '', '', '國營事業', '但…得 without 不在此限 = may; thing subject (其出售價格); 經報請…核准者 condition; carried as above')],
    73: [('shall', '關[應]補助', '地方主管機關', '', '', '學生改分發…者 condition (students are beneficiaries); 安排… / 並追蹤其學習狀況 same 應'), ('shall', '時，[應]給予', '地方主管機關', '', '', 'after ；, same sentence, 必要時 condition, no new subject -> shares the written bearer')],
    74: [('shall', '，[應]轉作', '', '', '營利事業', 'hard: the main clause has its own thing subject (…之累積餘額), so the subject of the …時 clause (營利事業) is carried, not the bearer; 所得 false friends'), ('may', '，[得]轉移', '', '', '營利事業', '但…得 without 不在此限 = may; thing subject (…職工退休金準備累積餘額); 經約定…者 condition; carried as above')],
    75: [],
    76: [('shall', '業[應]另就', '觀光遊樂業', '', '', 'hard: 依…舉辦特定活動者 condition; the later 除…外，準用第一項規定 carves out of a clause without a cue (準用) -> not labelled; 從其規定 no cue')],
    77: [],
    78: [('may', '位[得]向', '單位', '下列單位', '', '下列 determiner -> bearer_full')],
    79: [('shall', '，[應]考量', '', '', '幼兒園', 'thing topic (課程設計); 幼兒園 possessor inside the topic NP -> carried')],
    80: [('shall', '者，[應]作價', '', '', '材料廠庫', '如其他機關可以利用者 condition (the other agency is the buyer / recipient); 或交換… / 或捐贈… same 應; lead-in 材料廠庫對於呆廢器材，應按左列程序處理 -> carried')],
    81: [('shall', '，[應]經', '^[農、漁會]', '', '', 'subject of the leading clause (農、漁會投資新設銀行…), the main clause has none')],
    82: [('may', '，[得]選擇', '空軍亡故官兵', '', '', 'hard: N[condition]者 keeps N (空軍亡故官兵[有前二項所定資格]者); the deceased is in fact only the beneficiary (the family applies), but the subject as written is 空軍亡故官兵 and no other party is named in the article')],
    83: [('shall', '，[應]就', '^[當地主管建築機關]', '', '', '當地 kept as part of the name (fixed modifier); subject of the leading clause')],
    84: [('may', '，[得]於', '^[受訓人員]', '', '', 'N[condition]者 keeps N; 檢具… / 經…核准調整 same 得')],
    85: [('may', '時[得]予', '', '', '', 'thing topic (the review sessions / their frequency); 但…得 without 不在此限 = may; the convening body is not named in the article -> no carried')],
    86: [('shall', '關[應]於', '^[機關]', '', '', '一併成立…工作小組 same 應; 其成員由…指定…擔任 embedded 由X clause, no new cue'), ('shall', '少[應]有', '', '', '機關首長或其授權人員', 'hard: second 應 after 且, own topic (其成員, the working group members = thing/patient); the appointing agent named in the same sentence (由機關首長或其授權人員指定) must ensure it -> carried')],
    87: [('shall', '人[應]無償', '^[航空站經營人]', '', '', '')],
    88: [('may', '時[得]召開', '', '', '本會', 'hard: topic 本會會議 (a thing), 必要時 condition; 本會 possessor inside the topic NP -> carried (the convener is not otherwise named in the one-paragraph article)')],
    89: [('may', '，[得]要求', '中央主管機關', '', '', 'subject of the …時 clause, main clause has none; 申請人 is the patient (檢附樣品)')],
    90: [('shall', '，[應]予', '', '', '', 'thing subject (…之所有管口); 或去除粗糙邊緣 same 應; the article names no actor -> no carried'), ('shall_not', '，[不得]有', '', '', '', 'second cue of the same sentence, thing subject (管口 / 導線出入口)'), ('exception', '[不在此限]', '', '', '', '但…不在此限 carves out of the statements before')],
    91: [('shall', '間[應]設', '', '', '', 'thing subject (…停車空間); 基地面積…以上者 condition; lead-in 停車空間及其應留設…之車道，規定如下 names no actor')],
    92: [],
    93: [('may', '府[得]為', '直轄市、縣市政府', '其所屬直轄市、縣市政府', '', '其所屬 (determiner + restrictive) -> bearer_full; 地方頻道之營運計畫執行情形…者 condition')],
    94: [('shall_not', '，[不得]購買', '保險業', '', '', 'N[condition]者 keeps N (保險業[擔任特殊目的公司股東]者)')],
    95: [('may', '[得]視同', '', '', '', 'hard: 得視同出差論 is a permissive deeming with an explicit modal 得 -> labelled may; thing subject (調任); 其旅費由新任機關開支 has no cue')],
    96: [('shall', '關[應]以', '主管機關', '', '', '有左列情形之一者 condition; 敘明理由，發還申請案 same 應')],
    97: [],
    98: [('shall', '件[應]載明', '', '', '有線廣播電視系統經營者', 'thing subject (前項文件); paragraph right before: 有線廣播電視系統經營者（以下簡稱系統經營者）…應…檢具相關文件 -> carried')],
    99: [('shall', '，[應]留存', '', '', '', 'no subject (刪除或塗改字句 is the condition/topic); lead-in 公證書文字…應依下列方法行之 names no actor -> no carried; 俾得辨認 is a purpose clause ("so that it can be read"), not a permission -> not labelled')],
    100: [('may', '，[得]會商', '^[本部]', '', '', "研提審查意見 is the consulted agency's act inside the 會商 predicate, no new cue")],
    101: [],
    102: [],
    103: [('shall', '者，[應]於', '', '', '營利事業', 'hard: …帳款、費用…債務，逾請求權時效尚未給付者 is a condition whose own subject is a thing (the debts); 營利事業 possessor / agent inside the topic NP -> carried; 應付 false friend; 再以營業外支出列帳 same 應')],
    104: [],
    105: [('shall_not', '，[不得]享有', '合於第一項第四款規定者', '', '', 'hard: headless …者 phrase (the item-4 operating entity), the only subject, kept whole; first clause 以…者為優先 has no cue; 土地取得 false friend')],
    106: [],
    107: [('shall', '，[應]專作', '', '', '社會救助機構', 'thing subject (…取得之獎金); 社會救助機構 agent inside the topic NP -> carried; 取得 false friend'), ('shall', '並[應]詳細', '', '', '社會救助機構', '應…並應 is two statements; carried as above')],
    108: [('shall_not', '構[不得]開始', '分支機構', '該分支機構', '', '該 determiner -> bearer_full; 非向同業公會申報備查 condition; 取得 false friend')],
    109: [('may', '後，[得]申請', '申請人', '', '', 'topic 履行保證金 (object); subject of the …後 clause (second 申請人, the last before the cue); 或申請通知… same 得; 取得 false friend')],
    110: [('shall', '會[應]於', '獸醫師公會', '', '', '報請…備查 / 並副知… same 應; 供應 false friend')],
    111: [],
    112: [],
    113: [],
    114: [],
    115: [('shall', '人[應]儘可能', '所有人租船人、經理人或營運人或其代理人', '該船所有人租船人、經理人或營運人或其代理人', '', 'coordinated subject kept whole; 該船 determiner -> bearer_full; 如…無法…取得報告時 condition (取得 false friend)')],
    116: [],
    117: [],
    118: [('shall', '款[必須]有', '', '', '', 'modal 必須; thing subject (應收捐贈款; 應收 false friend); the 第九款 lead-in is a definition naming no actor -> no carried')],
    119: [],
    120: [],
}
