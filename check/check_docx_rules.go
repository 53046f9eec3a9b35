package check

// The rules of a Word file's own layout: what package read/docx's
// Inspect judges in a .docx (its page setup, fonts, sizes, the header
// block, the date, the title, the body's paragraphs, the recipients and
// the page numbers), registered with the checker's rules so that
// [Rules] and docs/rules.md list them with the others.

// The layout rules' IDs.
const (
	RuleLayoutPaper      = "ND30-LAYOUT-PAPER"
	RuleLayoutMargins    = "ND30-LAYOUT-MARGINS"
	RuleLayoutFont       = "ND30-LAYOUT-FONT"
	RuleLayoutSize       = "ND30-LAYOUT-SIZE"
	RuleLayoutHeader     = "ND30-LAYOUT-HEADER"
	RuleLayoutRules      = "ND30-LAYOUT-RULES"
	RuleLayoutDate       = "ND30-LAYOUT-DATE"
	RuleLayoutTitle      = "ND30-LAYOUT-TITLE"
	RuleLayoutBody       = "ND30-LAYOUT-BODY"
	RuleLayoutSpacing    = "ND30-LAYOUT-SPACING"
	RuleLayoutRecipients = "ND30-LAYOUT-RECIPIENTS"
	RuleLayoutPageNumber = "ND30-LAYOUT-PAGENUMBER"
	// RuleDocxChanges: a Word file with tracked changes, read as it
	// prints with them accepted.
	RuleDocxChanges = "KEHOACH-DOCX-CHANGES"
)

// docxRules are the layout rules, in the order of the document.
var docxRules = []Rule{
	{RuleLayoutPaper, SeverityError, "Phụ lục I, mục I.1–2", "the page is A4 (210 × 297 mm), portrait; a landscape section only for wide tables",
		"pgSz 215.9 × 279.4 mm (Letter)", "pgSz 210 × 297 mm"},
	{RuleLayoutMargins, SeverityError, "Phụ lục I, mục I.3", "every section's margins are top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm",
		"left margin 20 mm", "left margin 30 mm"},
	{RuleLayoutFont, SeverityError, "Phụ lục I, mục I.4", "the text is in Times New Roman (Unicode, TCVN 6909:2001)",
		"Arial; .VnTime", "Times New Roman"},
	{RuleLayoutSize, SeverityError, "Phụ lục I, mục II; mục V", "each element's size is in the decree's range: agency and Quốc hiệu 12–13 pt, Tiêu ngữ 13–14, number 13, date, title, subject, body and signer 13–14, \"Nơi nhận:\" 12, its items 11, page numbers 13–14",
		"body at 10 pt", "body at 14 pt"},
	{RuleLayoutHeader, SeverityError, "Phụ lục I, mục II.1–2", "the Quốc hiệu reads \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" in bold capitals; the Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\" in bold, its hyphens spaced, not underlined; the agency lines in capitals, the issuer bold",
		"CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM; Độc lập-Tự do-Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; Độc lập - Tự do - Hạnh phúc"},
	{RuleLayoutRules, SeverityWarning, "Phụ lục I, mục II.1.b, II.2.b, II.5.b", "a solid line is drawn under the issuer (1/3–1/2 of its line), under the Tiêu ngữ (as long as it) and under the subject (1/3–1/2 of its line), not typed as underscores",
		"_______ under the Tiêu ngữ", "a drawn line as long as the Tiêu ngữ"},
	{RuleLayoutDate, SeverityError, "Phụ lục I, mục II.4", "the place and date line is italic, its day under 10 and the months 1 and 2 with a leading zero (no other month), its words spaced",
		"Hà Nội, ngày 5 tháng 4năm 2026", "Hà Nội, ngày 05 tháng 4 năm 2026"},
	{RuleLayoutTitle, SeverityError, "Phụ lục I, mục II.5.b", "the type name is in bold capitals and the subject in bold, both centred",
		"Kế hoạch (not bold)", "KẾ HOẠCH (bold)"},
	{RuleLayoutBody, SeverityWarning, "Phụ lục I, mục II.6.e", "the body's paragraphs are justified, their first line indented 1 cm or 1.27 cm",
		"left-aligned paragraphs, no indent", "justified, first line 1 cm"},
	{RuleLayoutSpacing, SeverityWarning, "Phụ lục I, mục II.6.e", "at least 6 pt between the body's paragraphs, and its lines from single (or exactly 15 pt) to 1.5 lines",
		"3 pt between paragraphs; exactly 26 pt", "6 pt before each paragraph, single"},
	{RuleLayoutRecipients, SeverityWarning, "Phụ lục I, mục II.9.d", "\"Nơi nhận:\" is bold italic and its items upright",
		"Nơi nhận: (upright)", "Nơi nhận: (bold italic)"},
	{RuleLayoutPageNumber, SeverityError, "Phụ lục I, mục I.7", "pages are numbered in the top margin, centred, from page 2 (none on page 1), and not in the footer; a document of more than one page has them",
		"a PAGE field in the footer; a number on page 1", "a PAGE field centred in the header, a different first page"},
	{RuleDocxChanges, SeverityWarning, "kehoach", "the Word file holds no tracked changes: kehoach reads it as it prints with them accepted",
		"insertions and deletions still tracked", "changes accepted (Review > Accept All Changes)"},
}

func init() {
	rules = append(rules, docxRules...)
	for _, r := range docxRules {
		ruleByID[r.ID] = r
	}
}

// NewFinding returns a finding of a rule of [Rules], its severity and
// source the rule's: the Word file checker (package read/docx) reports its
// layout findings with it. An unknown rule's finding has neither.
func NewFinding(rule, field, vi, en string) Finding {
	r := ruleByID[rule]
	return Finding{Rule: rule, Severity: r.Severity, Field: field, Vi: vi, En: en, Ref: r.Ref}
}
