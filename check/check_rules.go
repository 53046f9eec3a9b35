package check

// Rule describes one check of [Check]: its stable ID, its severity, the
// source of the rule, and an example of a violation and its fix.
type Rule struct {
	ID       string
	Severity Severity
	// Ref is the rule's source: a place in Decree 30/2020/NĐ-CP, or the
	// practice the layout contract records.
	Ref string
	// Summary says in English what the rule asks for.
	Summary string
	// Bad and Good are an example violation and its fix, as written in
	// the authoring format.
	Bad, Good string
}

// The rule IDs. They are stable: programs may filter findings by them.
const (
	RuleInvalid           = "KEHOACH-INVALID"
	RuleSymbolFormat      = "ND30-SYMBOL-FORMAT"
	RuleSymbolType        = "ND30-SYMBOL-TYPE"
	RuleSymbolCase        = "ND30-SYMBOL-CASE"
	RulePlaceName         = "ND30-PLACE-NAME"
	RuleSubjectCaps       = "ND30-SUBJECT-CAPS"
	RuleCitationFull      = "ND30-CITATION-FULL"
	RuleBasisEnd          = "ND30-BASIS-END"
	RuleBodyEmpty         = "ND30-BODY-EMPTY"
	RulePartPurpose       = "ND30-PART-PURPOSE"
	RulePartOrganisation  = "ND30-PART-ORGANISATION"
	RuleHeadingEmpty      = "ND30-HEADING-EMPTY"
	RuleHeadingTab        = "ND30-HEADING-TAB"
	RuleTextControl       = "ND30-TEXT-CONTROL"
	RuleTextSpaces        = "ND30-TEXT-SPACES"
	RuleTextNFC           = "ND30-TEXT-NFC"
	RuleRecipientsMissing = "ND30-RECIPIENTS-MISSING"
	RuleArchiveMissing    = "ND30-ARCHIVE-MISSING"
	RuleAuthorityPrefix   = "ND30-AUTHORITY-PREFIX"
	RuleAuthorityTarget   = "ND30-AUTHORITY-TARGET"
	RuleDeputy            = "ND30-KT-DEPUTY"
	RuleCollective        = "ND30-AUTHORITY-COLLECTIVE"
	RuleSignerMissing     = "ND30-SIGNER-MISSING"
	RulePositionCase      = "ND30-POSITION-CASE"
	RuleNameCase          = "ND30-NAME-CASE"
	RuleNameTitle         = "ND30-NAME-TITLE"
	// The numbering rules: how headings numbered as written, or in forms
	// of the plan's own, depart from the decree's scheme.
	RuleNumberCollision = "ND30-NUMBER-COLLISION"
	RuleNumberSequence  = "ND30-NUMBER-SEQUENCE"
	RuleNumberLevel     = "ND30-NUMBER-LEVEL"
	RuleNumberLetter    = "ND30-NUMBER-LETTER"
	RuleNumberForms     = "ND30-NUMBER-FORMS"
	// RuleTableWide: a body table whose words cannot fit a portrait page.
	RuleTableWide = "KEHOACH-TABLE-WIDE"
	// RuleGlyphMissing: characters no font of the PDF has a glyph for
	// (the text font and its fallbacks), which print as empty boxes.
	RuleGlyphMissing = "KEHOACH-GLYPH-MISSING"
)

const (
	refNumber    = "Phụ lục I, mục II.3"
	refTypes     = "Phụ lục III, mục I"
	refPlace     = "Phụ lục I, mục II.4"
	refSubject   = "Phụ lục I, mục II.5.b"
	refContent   = "Phụ lục I, mục II.6"
	refCitation  = "Phụ lục I, mục II.6.a–b"
	refBasis     = "Phụ lục I, mục II.6.a"
	refNumbering = "Phụ lục I, mục II.6.đ"
	refPractice  = "practice (layout contract, Part B §3.1)"
	refSpacing   = "practice"
	refFont      = "Phụ lục I, mục I (Unicode, TCVN 6909:2001)"
	refRecipient = "Phụ lục I, mục II.9.d"
	refAuthority = "Phụ lục I, mục II.7.b; Điều 13"
	refTitle     = "Phụ lục I, mục II.7.c"
	refCase      = "Phụ lục I, mục II.7.đ"
)

// rules lists every rule, in the order of the document.
var rules = []Rule{
	{RuleInvalid, SeverityError, "kehoach", "the plan can be laid out: Validate finds no problem", "date: 2025-02-30", "date: 2025-02-28"},
	{RuleSymbolFormat, SeverityError, refNumber, "the symbol has no spaces, no \"/\" (it follows the number) and no year, and \"-\" joins its groups", "symbol: KH - UBND; symbol: 2021/KH-UBND", "symbol: KH-UBND"},
	{RuleSymbolType, SeverityError, refTypes, "the symbol starts with the document type's abbreviation (KH for a plan)", "symbol: CV-UBND (a plan)", "symbol: KH-UBND"},
	{RuleSymbolCase, SeverityError, refNumber + "; " + refTypes, "the symbol is in upper case, and the mixed-case codes CTr, TTr, QyĐ, TrS keep the decree's case (and TTg, the Prime Minister's, its own)", "type: CTr, symbol: CTR-UBND", "symbol: CTr-UBND"},
	{RulePlaceName, SeverityError, refPlace, "the place is the full official name, not an abbreviation", "place: TP. HCM", "place: Thành phố Hồ Chí Minh"},
	{RuleSubjectCaps, SeverityWarning, refSubject, "the subject is in sentence case, not in capitals", "subject: TỔ CHỨC HỘI NGHỊ TỔNG KẾT", "subject: Tổ chức Hội nghị tổng kết"},
	{RuleCitationFull, SeverityWarning, refCitation, "a document cited in the preamble is written in full on first mention: kind, number and symbol, date, issuer", "Thực hiện Chỉ thị số 19/CT-TTg, …", "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, …"},
	{RuleBasisEnd, SeverityWarning, refBasis, "each legal basis (căn cứ) ends with \";\" and the last with \".\"", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015. (not the last)", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"},
	{RuleBodyEmpty, SeverityError, refContent, "the plan has a body: the content between the subject and the signature", "(the front matter only)", "# MỤC ĐÍCH, YÊU CẦU …"},
	{RulePartPurpose, SeverityWarning, refPractice, "a plan has a purpose-and-requirements part", "# NỘI DUNG … (no purpose part)", "# MỤC ĐÍCH, YÊU CẦU"},
	{RulePartOrganisation, SeverityWarning, refPractice, "a plan has an organisation part that says who does what", "(no organisation part)", "# TỔ CHỨC THỰC HIỆN"},
	{RuleHeadingEmpty, SeverityError, refContent, "every heading has a title", "## (nothing after the marks)", "## Mục đích"},
	{RuleHeadingTab, SeverityWarning, refContent, "headings hold no tabs", "## Mục<tab>đích", "## Mục đích"},
	{RuleNumberCollision, SeverityWarning, refNumbering, "a heading is not numbered in the form of the heading it stands under, which would make two nested levels look alike", "### a) Nội dung, biện pháp, then #### a) Tuyên truyền", "#### - Tuyên truyền"},
	{RuleNumberSequence, SeverityWarning, refNumbering, "the headings of one level are numbered alike and in sequence, without skipping or starting again, and a compound number (2.1.) continues its parent's", "## 1. Mục đích, then ## 3. Yêu cầu", "## 2. Yêu cầu"},
	{RuleNumberLevel, SeverityWarning, refNumbering, "a heading under another is numbered in the next form of the decree's scheme (I., 1., a), then -, +): no level skipped, no larger form under a smaller one", "# I. NỘI DUNG, then ## a) Tuyên truyền", "## 1. Tuyên truyền"},
	{RuleNumberLetter, SeverityError, refNumbering, "points are lettered in the order of the Vietnamese alphabet, which has no f, j, w or z", "### f) Kinh phí", "### g) Kinh phí"},
	{RuleNumberForms, SeverityInfo, refNumbering, "the headings are numbered in the decree's forms (I., 1., a), then -, +); other forms (A., Phần I, 1.1., (1)) are named, for a clerk re-issuing the document", "# A. MỤC ĐÍCH, YÊU CẦU", "# I. MỤC ĐÍCH, YÊU CẦU"},
	{RuleTextControl, SeverityError, refFont, "text holds no control characters", "Kế hoạch<U+0007>", "Kế hoạch"},
	{RuleTextSpaces, SeverityWarning, refSpacing, "words are separated by one space", "Thực hiện  Chỉ thị", "Thực hiện Chỉ thị"},
	{RuleTextNFC, SeverityInfo, refFont, "text is written in composed Unicode (NFC); kehoach normalises it, other tools may not", "Vĩnh Phúc typed as V + i + combining tilde …", "Vĩnh Phúc in NFC"},
	{RuleRecipientsMissing, SeverityWarning, refRecipient, "the plan lists its recipients (Nơi nhận)", "(no recipients)", "recipients: [UBND tỉnh (B/c)]"},
	{RuleArchiveMissing, SeverityWarning, refRecipient, "the recipients end with the archive line, \"Lưu: VT, …\"", "(no archive)", "archive: VT, VP"},
	{RuleAuthorityPrefix, SeverityError, refAuthority, "each authority line starts with TM., KT., TL., TUQ. or Q., with the dot and a space", "authority: [KT.GIÁM ĐỐC]", "authority: [KT. GIÁM ĐỐC]"},
	{RuleAuthorityTarget, SeverityError, refAuthority, "TM. stands before a collective body; KT., TL., TUQ. and Q. before a position", "authority: [KT. ỦY BAN NHÂN DÂN]", "authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]"},
	{RuleDeputy, SeverityError, refAuthority, "a deputy signs KT. for the head, and a KT. line is followed by the deputy's own position, not the position signed for", "authority: [KT. GIÁM ĐỐC], position: GIÁM ĐỐC", "position: PHÓ GIÁM ĐỐC"},
	{RuleCollective, SeverityWarning, refAuthority, "a People's Committee (UBND) signs on behalf of the collective: TM. ỦY BAN NHÂN DÂN first", "issuer: ỦY BAN NHÂN DÂN …, authority: [KT. CHỦ TỊCH]", "authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]"},
	{RuleSignerMissing, SeverityError, refAuthority, "the signature has the signer's position and name", "signer: {authority: [TM. ĐOÀN KIỂM TRA]}", "signer: {authority: [TM. ĐOÀN KIỂM TRA], position: [TRƯỞNG ĐOÀN], name: Trần Văn B}"},
	{RulePositionCase, SeverityError, refCase, "authority and position lines are in upper case", "position: Phó Giám đốc", "position: PHÓ GIÁM ĐỐC"},
	{RuleNameCase, SeverityError, refCase, "the signer's name is in title case", "name: NGUYỄN VĂN A", "name: Nguyễn Văn A"},
	{RuleNameTitle, SeverityWarning, refTitle, "no academic, military or honorific title before the signer's name (the decree lets a sector's head allow them in the armed forces, education, health and science)", "name: TS. Nguyễn Văn A", "name: Nguyễn Văn A"},
	{RuleTableWide, SeverityWarning, "layout contract, Part A", "a body table's longest words fit side by side on a portrait page; a wider table goes to an appendix, which may be landscape", "a 12-column table in the body", "the table in an appendix"},
	{RuleGlyphMissing, SeverityWarning, refFont, "every character has a glyph in the PDF's fonts", "Hoàn thành 完成", "Hoàn thành ✓"},
}

// ruleByID finds a rule by its ID.
var ruleByID = func() map[string]Rule {
	m := make(map[string]Rule, len(rules))
	for _, r := range rules {
		m[r.ID] = r
	}
	return m
}()

// Rules returns every rule of [Check], in the order of the document.
func Rules() []Rule { return append([]Rule(nil), rules...) }
