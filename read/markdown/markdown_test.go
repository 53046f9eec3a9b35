package markdown

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/langcheck"

	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// frontMatter is a valid front matter of 16 lines, so a body starts on
// line 17 (after the blank line).
const frontMatter = `---
parent: UBND TỈNH VĨNH PHÚC
issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
number: 125
symbol: KH-STTTT
place: Vĩnh Phúc
date: 2021-11-15
subject: Phát động phong trào thi đua năm 2022
signer:
  authority: [KT. GIÁM ĐỐC]
  position: PHÓ GIÁM ĐỐC
  name: Nguyễn Văn A
recipients:
  - UBND tỉnh (B/c)
archive: VT, VP
---

`

const bodyLine = 18 // the first body line after frontMatter

// parseBody reads a plan made of frontMatter and body; it must be valid.
func parseBody(t *testing.T, body string) *plan.Plan {
	t.Helper()
	p, err := Read([]byte(frontMatter+body), "plan.md")
	require.NoError(t, err)
	return p
}

// parseErrors reads a plan that must be invalid and returns its problems
// as "line: message" strings.
func parseErrors(t *testing.T, src string) []string {
	t.Helper()
	_, err := Read([]byte(src), "plan.md")
	require.Error(t, err)
	var out []string
	for _, e := range plan.AsErrors(err) {
		require.Equal(t, "plan.md", e.File)
		out = append(out, e.Error())
	}
	return out
}

func TestSpecExample(t *testing.T) {
	src, err := os.ReadFile("../../testdata/spec/example.md")
	require.NoError(t, err)
	p, err := Read(src, "example.md")
	require.NoError(t, err)
	assert.Equal(t, []string{"UBND TỈNH VĨNH PHÚC"}, p.Parent)
	assert.Equal(t, []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"}, p.Issuer)
	assert.Equal(t, "125", p.Number)
	assert.Equal(t, "KH-STTTT", p.Symbol)
	assert.Equal(t, "Vĩnh Phúc", p.Place)
	assert.Equal(t, plan.Date{Year: 2021, Month: 11, Day: 15}, p.Date)
	assert.Equal(t, "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022", p.Subject)
	assert.Equal(t, plan.TypeKH, p.DocType())
	assert.Equal(t, plan.UrgencyNone, p.Urgency)
	assert.False(t, p.Draft)
	assert.Equal(t, plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn A"}, p.Signer)
	assert.Equal(t, []string{"Bộ TT&TT (B/c)", "UBND tỉnh (B/c)", "Các phòng, đơn vị trực thuộc (T/h)"}, p.Recipients)
	assert.Equal(t, "VT, VP", p.Archive)
	assert.Equal(t, "Số: 125/KH-STTTT", p.NumberLine())
	assert.Equal(t, "Vĩnh Phúc, ngày 15 tháng 11 năm 2021", p.DateLine())

	require.Len(t, p.Preamble, 2)
	assert.Equal(t, "Sở Thông tin và Truyền thông xây dựng Kế hoạch như sau:", plan.BlockText(p.Preamble[1]).String())

	require.Len(t, p.Sections, 4)
	titles := []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"}
	roles := []plan.Role{plan.RolePurpose, plan.RoleContent, plan.RoleSolutions, plan.RoleOrganisation}
	for i, s := range p.Sections {
		assert.Equal(t, plan.LevelPart, s.Level)
		assert.Equal(t, titles[i], s.Title.String())
		assert.Equal(t, roles[i], s.Role)
	}
	assert.Same(t, p.Sections[2], p.PartByRole(plan.RoleSolutions))
	purpose := p.Sections[0]
	require.Len(t, purpose.Content, 2)
	assert.Equal(t, "Mục đích", purpose.Content[0].(*plan.Section).Title.String())
	assert.Len(t, purpose.Content[0].(*plan.Section).Content, 2)
	content := p.Sections[1].Content
	require.Len(t, content, 2)
	assert.Equal(t, &plan.Numbered{Number: 2, Text: plan.Plain("Tiếp tục triển khai ..."), Line: content[1].(*plan.Numbered).Line}, content[1])
	assert.True(t, plan.HasEndMark(plan.BlockText(p.LastBodyNode().(plan.Block))))

	require.Len(t, p.Appendices, 1)
	a := p.Appendices[0]
	assert.Equal(t, "DANH MỤC NHIỆM VỤ", a.Title)
	require.Len(t, a.Content, 1)
	table := a.Content[0].(*plan.Table)
	assert.Equal(t, []string{"TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"}, texts(table.Header))
	require.Len(t, table.Rows, 1)
	assert.Equal(t, []string{"1", "...", "Văn phòng Sở", "Các phòng", "Quý I/2022"}, texts(table.Rows[0]))
}

func texts(cells []plan.Text) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.String()
	}
	return out
}

// Row 1 of the body rules: paragraphs before the first heading are the
// preamble.
// The preamble's opening "Căn cứ" paragraphs are the legal bases (an
// extension, issue 14: they print in italic, one a line); the paragraphs
// after them the lead-in.
func TestBodyRulePreamble(t *testing.T) {
	p := parseBody(t, "Căn cứ Luật A;\n\nCăn cứ Nghị định B.\n\nThực hiện Chỉ thị C, Sở xây dựng Kế hoạch như sau:\n\n# NỘI DUNG\n\nMột đoạn.\n")
	require.Equal(t, []plan.Text{plan.Plain("Căn cứ Luật A;"), plan.Plain("Căn cứ Nghị định B.")}, p.Bases)
	assert.Equal(t, []int{bodyLine, bodyLine + 2}, p.Source.BasisLines)
	require.Len(t, p.Preamble, 1)
	assert.Equal(t, &plan.Paragraph{Text: plan.Plain("Thực hiện Chỉ thị C, Sở xây dựng Kế hoạch như sau:"), Line: bodyLine + 4}, p.Preamble[0])
	assert.Equal(t, "Một đoạn.", plan.BlockText(p.Sections[0].Content[0].(plan.Block)).String())

	// Bases on consecutive lines, one paragraph, a style kept; "Căn cứ"
	// after the lead-in is a paragraph.
	p = parseBody(t, "Căn cứ *Luật* A;\ncăn cứ Nghị định B;\nCăn cứ Quyết định C.\n\nThực hiện X.\n\nCăn cứ tình hình.\n\n# NỘI DUNG\n\nY.\n")
	require.Len(t, p.Bases, 3)
	assert.Equal(t, plan.Plain("Căn cứ ").Italic("Luật").Plain(" A;"), p.Bases[0])
	assert.Equal(t, "căn cứ Nghị định B;", p.Bases[1].String())
	assert.Equal(t, []int{bodyLine, bodyLine + 1, bodyLine + 2}, p.Source.BasisLines)
	assert.Len(t, p.Preamble, 2)
}

// Rows 2–5: the four heading levels, numbered automatically.
func TestBodyRuleHeadingLevels(t *testing.T) {
	p := parseBody(t, "# mục một\n\n## Khoản\n\n### Điểm\n\n#### Tiểu mục\n\nVăn bản.\n\n### Điểm hai\n\n# MỤC HAI\n\n## Khoản một\n")
	require.Len(t, p.Sections, 2)
	part := p.Sections[0]
	assert.Equal(t, plan.LevelPart, part.Level)
	assert.Equal(t, "mục một", part.Title.String(), "the model keeps the title as written; writers print parts upper case")
	assert.Equal(t, bodyLine, part.Line)
	sec := part.Content[0].(*plan.Section)
	assert.Equal(t, plan.LevelSection, sec.Level)
	point := sec.Content[0].(*plan.Section)
	assert.Equal(t, plan.LevelPoint, point.Level)
	sub := point.Content[0].(*plan.Section)
	assert.Equal(t, plan.LevelSubPoint, sub.Level)
	assert.Equal(t, "Văn bản.", plan.BlockText(sub.Content[0].(plan.Block)).String())
	assert.Equal(t, "Điểm hai", sec.Content[1].(*plan.Section).Title.String())

	var labels []string
	var walk func(nodes plan.Nodes)
	walk = func(nodes plan.Nodes) {
		var c plan.Counter
		for _, n := range nodes {
			if s, ok := n.(*plan.Section); ok {
				labels = append(labels, c.Next(s.Level))
				walk(s.Content)
			}
		}
	}
	walk(plan.Nodes{p.Sections[0], p.Sections[1]})
	assert.Equal(t, []string{"I.", "1.", "a)", "-", "b)", "II.", "1."}, labels)
}

// Row 6: a written number is checked and not kept in the title.
func TestBodyRuleWrittenNumbers(t *testing.T) {
	p := parseBody(t, "# I. MỤC ĐÍCH, YÊU CẦU\n\n## 1. Mục đích\n\n## 2. Yêu cầu\n\n### a) Nội dung\n\n### b. Hình thức\n\n#### - Chi tiết\n\n# II. NỘI DUNG\n\n## 1) Khoản\n")
	part := p.Sections[0]
	assert.Equal(t, "MỤC ĐÍCH, YÊU CẦU", part.Title.String())
	assert.Equal(t, plan.RolePurpose, part.Role)
	assert.Equal(t, "Mục đích", part.Content[0].(*plan.Section).Title.String())
	yc := part.Content[1].(*plan.Section)
	assert.Equal(t, "Yêu cầu", yc.Title.String())
	assert.Equal(t, "Nội dung", yc.Content[0].(*plan.Section).Title.String())
	hinhThuc := yc.Content[1].(*plan.Section)
	assert.Equal(t, "Hình thức", hinhThuc.Title.String())
	assert.Equal(t, "Chi tiết", hinhThuc.Content[0].(*plan.Section).Title.String())
	assert.Equal(t, "Khoản", p.Sections[1].Content[0].(*plan.Section).Title.String())
	// A title that starts with a number but no written number is kept.
	p = parseBody(t, "# NĂM 2025\n\n## 5 nhiệm vụ trọng tâm\n\n### đề xuất\n")
	assert.Equal(t, "NĂM 2025", p.Sections[0].Title.String())
	assert.Equal(t, "5 nhiệm vụ trọng tâm", p.Sections[0].Content[0].(*plan.Section).Title.String())
}

func TestBodyRuleWrongWrittenNumbers(t *testing.T) {
	errs := parseErrors(t, frontMatter+"# II. MỤC ĐÍCH\n\n## 1. Mục đích\n\n## 3. Yêu cầu\n\n### b) Nội dung\n\n### f) Sai chữ\n\n# 2. NỘI DUNG\n\n## a) Khoản\n\n### 1.1. Điểm\n\n#### a) Tiểu mục\n")
	want := []string{
		`plan.md:18: heading "II. MỤC ĐÍCH" is numbered "II.", but it is part I: write "I." or leave the number out (numbering is automatic)`,
		`plan.md:22: heading "3. Yêu cầu" is numbered "3.", but it is section 2: write "2."`,
		`plan.md:24: heading "b) Nội dung" is numbered "b)", but it is point a: write "a)"`,
		`plan.md:26: heading "f) Sai chữ" is lettered "f", which is not in the Vietnamese alphabet`,
		`plan.md:28: heading "2. NỘI DUNG" is numbered "2.", but a part is numbered like "II.": write "II."`,
		`plan.md:30: heading "a) Khoản" is numbered "a)", but a section is numbered like "1.": write "1."`,
		`plan.md:32: heading "1.1. Điểm" is numbered "1.1.", but a point is numbered like "a)"`,
		`plan.md:34: heading "a) Tiểu mục" is numbered "a)", but a sub-point is numbered like "-"`,
	}
	require.Len(t, errs, len(want), strings.Join(errs, "\n"))
	for i, w := range want {
		assert.True(t, strings.HasPrefix(errs[i], w), "got  %s\nwant %s", errs[i], w)
	}
}

// Rows 7–8: dash and plus paragraphs.
func TestBodyRuleBullets(t *testing.T) {
	p := parseBody(t, "# NỘI DUNG\n\n- một\n- hai\n  - hai một\n    - sâu hơn\n- ba\n\n+ cộng\n* sao\n")
	got := p.Sections[0].Content
	want := []struct {
		level int
		text  string
	}{{1, "một"}, {1, "hai"}, {2, "hai một"}, {2, "sâu hơn"}, {1, "ba"}, {2, "cộng"}, {1, "sao"}}
	require.Len(t, got, len(want))
	for i, w := range want {
		b := got[i].(*plan.Bullet)
		assert.Equal(t, w.level, b.Level, w.text)
		assert.Equal(t, w.text, b.Text.String())
	}
	assert.Equal(t, bodyLine+2, got[0].(*plan.Bullet).Line)
	assert.Equal(t, bodyLine+4, got[2].(*plan.Bullet).Line)
}

// Row 9: an ordered list is numbered paragraphs with its own numbers.
func TestBodyRuleNumbered(t *testing.T) {
	p := parseBody(t, "# NỘI DUNG\n\n3. ba\n4. bốn\n   - chi tiết\n\n   Đoạn tiếp theo.\n\n1) một\n")
	got := p.Sections[0].Content
	require.Len(t, got, 5)
	assert.Equal(t, 3, got[0].(*plan.Numbered).Number)
	assert.Equal(t, "ba", got[0].(*plan.Numbered).Text.String())
	assert.Equal(t, 4, got[1].(*plan.Numbered).Number)
	assert.Equal(t, &plan.Bullet{Level: 1, Text: plan.Plain("chi tiết"), Line: bodyLine + 4}, got[2], "a list in a numbered item starts at dash")
	assert.Equal(t, "Đoạn tiếp theo.", got[3].(*plan.Paragraph).Text.String())
	assert.Equal(t, 1, got[4].(*plan.Numbered).Number)
}

// Row 10: bold and italic.
func TestBodyRuleEmphasis(t *testing.T) {
	p := parseBody(t, "Thực hiện **Chỉ thị số 19/CT-TTg** và *Kế hoạch* ***quan trọng*** __nữa__ _cũng_.\n")
	want := plan.Plain("Thực hiện ").Bold("Chỉ thị số 19/CT-TTg").Plain(" và ").Italic("Kế hoạch").Plain(" ").
		BoldItalic("quan trọng").Plain(" ").Bold("nữa").Plain(" ").Italic("cũng").Plain(".")
	assert.Equal(t, want, p.Preamble[0].(*plan.Paragraph).Text)
	p = parseBody(t, "# **Đậm** trong *tiêu đề*\n")
	assert.Equal(t, plan.Text(nil).Bold("Đậm").Plain(" trong ").Italic("tiêu đề"), p.Sections[0].Title)
}

// Row 11: GFM tables.
func TestBodyRuleTable(t *testing.T) {
	p := parseBody(t, "# NỘI DUNG\n\n| TT | Nhiệm vụ | Thời gian |\n| :-: | :-- | --: |\n| 1 | **Lập** kế hoạch | Quý I |\n| 2 | a \\| b<br>c |\n")
	table := p.Sections[0].Content[0].(*plan.Table)
	assert.Equal(t, []string{"TT", "Nhiệm vụ", "Thời gian"}, texts(table.Header))
	assert.Equal(t, []plan.Align{plan.AlignCenter, plan.AlignLeft, plan.AlignRight}, table.Align)
	require.Len(t, table.Rows, 2)
	assert.Equal(t, plan.Text(nil).Bold("Lập").Plain(" kế hoạch"), table.Rows[0][1])
	assert.Equal(t, "a | b\nc", table.Rows[1][1].String(), "an escaped pipe and <br> as a line break")
	assert.Equal(t, 3, table.Columns())
	assert.Equal(t, bodyLine+2, table.Line)
}

// Row 12: footnotes.
func TestBodyRuleFootnotes(t *testing.T) {
	p := parseBody(t, "Theo Quyết định[^qd] và Nghị định[^2].\n\n[^qd]: Quyết định số 1050/QĐ-SCT.\n[^2]: Nghị định **số 30**.\n")
	text := p.Preamble[0].(*plan.Paragraph).Text
	require.Len(t, text, 5)
	assert.Equal(t, "Theo Quyết định", text[0].Text)
	require.NotNil(t, text[1].Note)
	assert.Equal(t, "Quyết định số 1050/QĐ-SCT.", text[1].Note.Text.String())
	assert.Equal(t, plan.Plain("Nghị định ").Bold("số 30").Plain("."), text[3].Note.Text)
	assert.Len(t, p.Preamble, 1, "the definitions are not paragraphs")
}

// Row 13: appendices.
func TestBodyRuleAppendices(t *testing.T) {
	p := parseBody(t, "# NỘI DUNG\n\nA.\n\n# Phụ lục I: DANH MỤC\n\nB.\n\n# PHẦN KHÁC\n\n## Mục\n\n# PHỤ LỤC II – BIỂU MẪU\n\n# phụ lục\n\n# Phụ lục báo cáo\n")
	require.Len(t, p.Sections, 1, "everything after an appendix heading belongs to the appendix")
	require.Len(t, p.Appendices, 4)
	a := p.Appendices[0]
	assert.Equal(t, "DANH MỤC", a.Title)
	assert.Equal(t, bodyLine+4, a.Line)
	require.Len(t, a.Content, 2)
	assert.Equal(t, "B.", plan.BlockText(a.Content[0].(plan.Block)).String())
	assert.Equal(t, "PHẦN KHÁC", a.Content[1].(*plan.Section).Title.String())
	assert.Equal(t, plan.LevelSection, a.Content[1].(*plan.Section).Content[0].(*plan.Section).Level)
	assert.Equal(t, "BIỂU MẪU", p.Appendices[1].Title)
	assert.Equal(t, "", p.Appendices[2].Title)
	assert.Equal(t, "báo cáo", p.Appendices[3].Title)
	errs := parseErrors(t, frontMatter+"# Phụ lục II: X\n")
	assert.Contains(t, errs[0], `plan.md:18: this appendix is numbered "II" but it is appendix I`)
}

// Numbers after "Phụ lục" that start the title, and sub-numbers, which
// appendices do not have.
func TestAppendixNumberOrTitle(t *testing.T) {
	p := parseBody(t, "Đoạn.\n\n# Phụ lục 1.000 việc\n\nA.\n\n# Phụ lục II: Bảng\n\nB.\n\n# Phụ lục 2025 kế hoạch\n\nC.\n")
	require.Len(t, p.Appendices, 3)
	assert.Equal(t, "1.000 việc", p.Appendices[0].Title, "a thousand, not appendix 1")
	assert.Equal(t, "Bảng", p.Appendices[1].Title)
	assert.Equal(t, "2025 kế hoạch", p.Appendices[2].Title, "a year, not appendix 2025")
	for _, sub := range []string{"I.1: Bảng", "I.A DANH SÁCH", "1.a Bảng", "I-A: DANH SÁCH"} {
		errs := parseErrors(t, frontMatter+"Đoạn.\n\n# Phụ lục "+sub+"\n")
		require.Len(t, errs, 1, sub)
		written, _, _ := strings.Cut(sub, " ")
		assert.Equal(t, `plan.md:20: this appendix is numbered "`+strings.TrimSuffix(written, ":")+`", with a sub-number: appendices are numbered I, II… and have none; write "Phụ lục I" and put the rest in the title, or leave the number out`, errs[0])
	}
	p = parseBody(t, "Đoạn.\n\n# Phụ lục I.An toàn lao động\n\nA.\n")
	assert.Equal(t, "An toàn lao động", p.Appendices[0].Title, "a word after the dot, not a sub-number")
}

// A section (##) beside parts (#) would belong to no part and repeat the
// parts' section numbers ("1. Mục đầu", "I. NỘI DUNG", "1. Mục").
func TestSectionOutsideParts(t *testing.T) {
	errs := parseErrors(t, frontMatter+"## Mục đầu\n\nA.\n\n# NỘI DUNG\n\n## Mục\n\n# Phụ lục: X\n\n## Một\n\n# Hai\n")
	require.Len(t, errs, 2)
	assert.Contains(t, errs[0], "plan.md:18: a section (level 2) cannot stand outside the parts (level 1)")
	assert.Contains(t, errs[1], "plan.md:28: a section (level 2) cannot stand outside the parts")
	p := parseBody(t, "## Một\n\nA.\n\n## Hai\n\nB.\n")
	assert.Len(t, p.Sections, 2, "a plan without parts may be made of sections")
}

// Roles are found whatever the Unicode normalisation of the heading.
func TestBodyRoleNFD(t *testing.T) {
	p := parseBody(t, norm.NFD.String("# Tổ chức thực hiện\n\n# GIẢI PHÁP\n"))
	assert.Equal(t, plan.RoleOrganisation, p.Sections[0].Role)
	assert.Equal(t, plan.RoleSolutions, p.Sections[1].Role)
}

func TestInlineOddities(t *testing.T) {
	p := parseBody(t, "Xem [cổng](https://vinhphuc.gov.vn), <https://a.vn>, `mã <b>`, \\*sao\\*, &amp; &#273;, ![ảnh](x.png), <span>thẻ</span>\\\ndòng mới\ndòng nối.\n")
	want := "Xem cổng (https://vinhphuc.gov.vn), https://a.vn, mã <b>, *sao*, & đ, ảnh, <span>thẻ</span>\ndòng mới dòng nối."
	assert.Equal(t, want, p.Preamble[0].(*plan.Paragraph).Text.String())
}

func TestOtherBlocks(t *testing.T) {
	p := parseBody(t, "> trích dẫn\n\n---\n\n```\nmã\n  thụt\n```\n\n<div>khối</div>\n\nTiêu đề setext\n==============\n")
	require.Len(t, p.Preamble, 3, "a rule adds nothing; a quote gives its paragraph")
	assert.Equal(t, "trích dẫn", plan.BlockText(p.Preamble[0]).String())
	assert.Equal(t, "mã\n  thụt", plan.BlockText(p.Preamble[1]).String())
	assert.Equal(t, "<div>khối</div>", plan.BlockText(p.Preamble[2]).String())
	require.Len(t, p.Sections, 1)
	assert.Equal(t, "Tiêu đề setext", p.Sections[0].Title.String())
}

func TestFrontMatterKeys(t *testing.T) {
	src := `---
issuer: [ỦY BAN NHÂN DÂN, TỈNH ĐỒNG THÁP]
issuer_name: Ủy ban nhân dân tỉnh Đồng Tháp
number: 0130
symbol: CTr-UBND
place: Đồng Tháp
date: 2021-11
subject: |
  Chương trình hành động
type: ctr
urgency: Thượng khẩn
draft: true
signer:
  authority:
    - TM. ỦY BAN NHÂN DÂN
    - KT. CHỦ TỊCH
  position: [PHÓ CHỦ TỊCH]
  name: Trần Văn B
recipients: Bộ Nội vụ
archive: VT
---
`
	p, err := Read([]byte(src), "")
	require.NoError(t, err)
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"}, p.Issuer)
	assert.Equal(t, "0130", p.Number, "the number is kept as written, not read as octal")
	assert.Equal(t, "Số: 0130/CTr-UBND", p.NumberLine())
	assert.Equal(t, plan.Date{Year: 2021, Month: 11}, p.Date)
	assert.Equal(t, "Chương trình hành động", p.Subject)
	assert.Equal(t, plan.DocType("CTr"), p.Type)
	assert.Equal(t, "CHƯƠNG TRÌNH", p.Title())
	assert.Equal(t, plan.UrgencyVeryUrgent, p.Urgency)
	assert.True(t, p.Draft)
	assert.Equal(t, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, p.Signer.Authority)
	assert.Equal(t, []string{"PHÓ CHỦ TỊCH"}, p.Signer.Position)
	assert.Equal(t, []string{"Bộ Nội vụ"}, p.Recipients)
	assert.Equal(t, "Ủy ban nhân dân tỉnh Đồng Tháp", p.Name())
	assert.Equal(t, 10, p.Source.KeyLine("type"))
	assert.Equal(t, 16, p.Source.KeyLine("signer.authority[1]"))

	for in, want := range map[string]string{"number: 5": "Số: 05/KH-X", "number:": "Số:      /KH-X", `number: ""`: "Số:      /KH-X"} {
		p, err := Read([]byte("---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\n"+in+"\n---\n"), "")
		require.NoError(t, err, in)
		assert.Equal(t, want, p.NumberLine(), in)
	}
	p, err = Read([]byte("---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\nurgency: hoả tốc\ndate:\n---\n"), "")
	require.NoError(t, err)
	assert.Equal(t, plan.UrgencyFlash, p.Urgency, "old tone placement and case are accepted")
	assert.True(t, p.Date.IsBlank())
}

// Each bad input of the issue gets its own clear error with its line.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{"missing required fields", "---\nnumber: 5\n---\n", []string{
			`plan.md:1: issuer: is required`, `plan.md:1: symbol: is required`,
			`plan.md:1: place: is required`, `plan.md:1: subject: is required`}},
		{"impossible date", strings.Replace(frontMatter, "2021-11-15", "2025-02-30", 1), []string{
			`plan.md:7: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days`}},
		{"date in the wrong order", strings.Replace(frontMatter, "2021-11-15", "15/11/2025", 1), []string{
			`plan.md:7: date: "15/11/2025" is not a date: write YYYY-MM-DD ("2025-11-15"?), YYYY-MM for a blank day, or leave it out for a blank date`}},
		{"level 3 under a part", frontMatter + "# NỘI DUNG\n\n### Điểm\n", []string{
			`plan.md:20: a point (level 3) cannot stand straight under a part (level 1): expected a section (level 2)`}},
		{"level 3 at the top", frontMatter + "### Điểm\n", []string{
			`plan.md:18: a point (level 3) cannot stand at the top of the body: it belongs under a section (level 2)`}},
		{"level 6 skipping level 5", frontMatter + "# A\n\n## B\n\n### C\n\n#### D\n\n###### E\n", []string{
			`plan.md:26: a level-6 heading (level 6) cannot stand straight under a sub-point (level 4): expected a level-5 heading (level 5)`}},
		{"unknown authority prefix", strings.Replace(frontMatter, "[KT. GIÁM ĐỐC]", "[KT. GIÁM ĐỐC, T/M. ĐOÀN KIỂM TRA]", 1), []string{
			`plan.md:10: signer.authority[1]: unknown authority prefix "T/M." (T/M. is the Party documents' form): an authority line starts with TM., KT., TL., TUQ. or Q.`}},
		{"misspelt key", strings.Replace(frontMatter, "issuer:", "isuer:", 1), []string{
			`plan.md:3: unknown front-matter key "isuer" (did you mean "issuer"?)`}}, // and not "issuer: is required" as well
		{"misspelt key, the right one missing too", strings.Replace(frontMatter, "symbol:", "smybol:", 1), []string{
			`plan.md:5: unknown front-matter key "smybol" (did you mean "symbol"?)`}},
		{"misspelt signer key", strings.Replace(frontMatter, "  name:", "  nam:", 1), []string{
			`plan.md:12: unknown front-matter key "signer.nam" (did you mean "name"?)`}},
		{"key given twice", strings.Replace(frontMatter, "place: Vĩnh Phúc", "place: Vĩnh Phúc\nplace: Hà Nội", 1), []string{
			`plan.md:7: place: is given twice`}},
		{"invalid UTF-8", frontMatter + "Đoạn \xff\xfe hỏng.\n\nĐúng.\n\nLại \xe1 hỏng.\n", []string{
			`plan.md:18: invalid UTF-8 (byte 0xFF at column 6): save the file as UTF-8`,
			`plan.md:22: invalid UTF-8 (byte 0xE1 at column 5): save the file as UTF-8`}},
		{"invalid UTF-8 in front matter", "---\nissuer: S\xc3\n---\n", []string{
			`plan.md:2: invalid UTF-8 (byte 0xC3 at column 10)`}},
		{"unclosed front matter", "---\nissuer: X\nsymbol: KH-X\n\n# NỘI DUNG\n", []string{
			`plan.md:1: the front matter opened by "---" on line 1 is not closed: add a line "---" after its last key`}},
		{"no front matter", "# NỘI DUNG\n", []string{
			`plan.md:1: a plan starts with its front matter`}},
		{"empty file", "", []string{`plan.md:1: a plan starts with its front matter`}},
		{"YAML syntax", "---\nissuer: X\nsubject: Về việc: thi đua\n---\n", []string{
			`plan.md:3: front matter: invalid YAML: mapping values are not allowed in this context (a value that contains ": " must be put in quotes)`}},
		{"list where one value is expected", strings.Replace(frontMatter, "symbol: KH-STTTT", "symbol: [KH, STTTT]", 1), []string{
			`plan.md:5: symbol: expected one value, found a list`}},
		{"unknown type", frontMatter[:4] + "type: CV\n" + frontMatter[4:], []string{
			`plan.md:2: type: "CV" is not a document type of Decree 30's table`}},
		{"unknown urgency", frontMatter[:4] + "urgency: Gấp\n" + frontMatter[4:], []string{
			`plan.md:2: urgency: "Gấp" is not an urgency mark: use Khẩn, Thượng khẩn or Hỏa tốc`}},
		{"bad draft", frontMatter[:4] + "draft: có\n" + frontMatter[4:], []string{
			`plan.md:2: draft: "có" is not true or false`}},
		{"front matter not a mapping", "---\n- a\n- b\n---\n", []string{
			`plan.md:2: the front matter must be a list of "key: value" lines`}},
		{"several recipients in one item", strings.Replace(frontMatter, "  - UBND tỉnh (B/c)", "  - UBND tỉnh (B/c)\n  - Sở Tài chính; Sở Nội vụ", 1), []string{
			`plan.md:15: recipients[1]: "Sở Tài chính; Sở Nội vụ" holds several recipients separated by ";": write each recipient as an item of its own`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			errs := parseErrors(t, c.src)
			joined := strings.Join(errs, "\n")
			require.Len(t, errs, len(c.want), joined)
			for i, w := range c.want {
				assert.True(t, strings.HasPrefix(errs[i], w), "got  %s\nwant %s", errs[i], w)
			}
		})
	}
}

func TestNFDInput(t *testing.T) {
	src := []byte(frontMatter + "Đoạn văn tiếng Việt có dấu.\n")
	nfd := norm.NFD.Bytes(src)
	p, err := Read(nfd, "plan.md")
	require.NoError(t, err)
	assert.Equal(t, "Vĩnh Phúc", p.Place)
	assert.Equal(t, "Đoạn văn tiếng Việt có dấu.", p.Preamble[0].(*plan.Paragraph).Text.String())
	assert.Contains(t, p.Source.NotNFC, bodyLine, "the reader records which lines were not NFC")
	assert.Contains(t, p.Source.NotNFC, 6)
	nfc, err := Read(src, "plan.md")
	require.NoError(t, err)
	assert.Empty(t, nfc.Source.NotNFC)
	assert.Equal(t, stripSource(nfc), stripSource(p))
}

func TestLineEndingsAndBOM(t *testing.T) {
	src := "\uFEFF" + strings.ReplaceAll(frontMatter+"# NỘI DUNG\n\n### lạc\n", "\n", "\r\n")
	errs := parseErrors(t, src)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0], "plan.md:20: a point (level 3)")
}

// Odd but valid input renders.
func TestOddButValidInput(t *testing.T) {
	p := parseBody(t, "<w:p>ký tự & \"XML\" ]]> <![CDATA[x]]></w:p>\n\n😀 Kế hoạch 🇻🇳 ✓\n")
	assert.Equal(t, `<w:p>ký tự & "XML" ]]> <![CDATA[x]]></w:p>`, plan.BlockText(p.Preamble[0]).String())
	assert.Equal(t, "😀 Kế hoạch 🇻🇳 ✓", plan.BlockText(p.Preamble[1]).String())

	big := strings.Repeat("Kế hoạch thi đua năm 2022. ", 5<<20/len("Kế hoạch thi đua năm 2022. "))
	p = parseBody(t, big+"\n")
	assert.Equal(t, strings.TrimSpace(big), plan.BlockText(p.Preamble[0]).String())

	// The same size in many pieces: goldmark splits text at entities and
	// inline HTML (BenchmarkReadMarkdownLongParagraph measures it).
	p = parseBody(t, longParagraph+"\n")
	assert.Equal(t, strings.TrimSpace(strings.ReplaceAll(longParagraph, "&amp;", "&")), plan.BlockText(p.Preamble[0]).String())

	var b strings.Builder
	b.WriteString("# NỘI DUNG\n\n")
	for i := 0; i < 10000; i++ {
		b.WriteString("- Nhiệm vụ số ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString("\n")
	}
	p = parseBody(t, b.String())
	assert.Len(t, p.Sections[0].Content, 10000)
	assert.Equal(t, bodyLine+2+9999, p.Sections[0].Content[9999].(*plan.Bullet).Line)
}

// stripSource returns a copy of the plan's JSON-visible content: source
// lines and the Source record are not part of the model's value.
func stripSource(p *plan.Plan) *plan.Plan {
	var buf strings.Builder
	if err := plan.WriteJSON(&buf, p); err != nil {
		panic(err)
	}
	q := &plan.Plan{}
	if err := json.Unmarshal([]byte(buf.String()), q); err != nil {
		panic(err)
	}
	return q
}

// Findings of an adversarial review of the reader, kept as tests.
func TestReviewFindings(t *testing.T) {
	t.Run("no-break spaces in headings", func(t *testing.T) {
		p := parseBody(t, "# I.\u00a0MỤC ĐÍCH, YÊU CẦU\n\n## 1.\u00a0Mục đích\n\nVăn bản.\n\n# Phụ\u00a0lục: DANH MỤC\n\nx\n")
		assert.Equal(t, "MỤC ĐÍCH, YÊU CẦU", p.Sections[0].Title.String())
		assert.Equal(t, "Mục đích", p.Sections[0].Content[0].(*plan.Section).Title.String())
		require.Len(t, p.Appendices, 1)
		assert.Equal(t, "DANH MỤC", p.Appendices[0].Title)
	})
	t.Run("a thousand is not a written number", func(t *testing.T) {
		p := parseBody(t, "# NỘI DUNG\n\n## 1.000 doanh nghiệp được hỗ trợ\n")
		sec := p.Sections[0].Content[0].(*plan.Section)
		assert.Equal(t, "1.000 doanh nghiệp được hỗ trợ", sec.Title.String())
		errs := parseErrors(t, frontMatter+"# A\n\n## B\n\n### 1.2. Điểm\n")
		assert.Contains(t, errs[0], `heading "1.2. Điểm" is numbered "1.2."`)
	})
	t.Run("other ways of writing numbers", func(t *testing.T) {
		p := parseBody(t, "# I- MỤC ĐÍCH\n\n# II - NỘI DUNG\n\n# III.GIẢI PHÁP\n\n## 1) Khoản\n\n### A) Điểm\n\n# VI PHẠM HÀNH CHÍNH\n\n# Phụ lục số 01: BIỂU MẪU\n")
		assert.Equal(t, "BIỂU MẪU", p.Appendices[0].Title)
		var titles []string
		for _, s := range p.Sections {
			titles = append(titles, s.Title.String())
		}
		assert.Equal(t, []string{"MỤC ĐÍCH", "NỘI DUNG", "GIẢI PHÁP", "VI PHẠM HÀNH CHÍNH"}, titles, "VI is a word here, not a number")
		assert.Equal(t, "Điểm", p.Sections[2].Content[0].(*plan.Section).Content[0].(*plan.Section).Title.String())
		errs := parseErrors(t, frontMatter+"# Phụ lục số 03: BIỂU MẪU\n")
		assert.Contains(t, errs[0], `this appendix is numbered "03" but it is appendix I: write "01"`)
	})
	t.Run("undefined footnote", func(t *testing.T) {
		errs := parseErrors(t, frontMatter+"Có chú thích[^1] và chú thích thiếu[^2], \\[^3] là chữ.\n\n[^1]: Một.\n")
		require.Len(t, errs, 1)
		assert.Equal(t, `plan.md:18: footnote [^2] has no definition: add a line "[^2]: the note" at the end`, errs[0])
	})
	t.Run("undefined footnote outside paragraphs", func(t *testing.T) {
		errs := parseErrors(t, frontMatter+"# NỘI DUNG[^a]\n\n| A | B |\n|---|---|\n| x[^b] | y |\n\n1. mục[^c].\n\n- ý [^d]\n\n# Phụ lục: X[^e]\n")
		require.Len(t, errs, 5)
		for i, want := range []string{"plan.md:18: footnote [^a]", "plan.md:22: footnote [^b]", "plan.md:24: footnote [^c]", "plan.md:26: footnote [^d]", "plan.md:28: footnote [^e]"} {
			assert.Contains(t, errs[i], want+" has no definition")
		}
	})
	t.Run("footnote defined twice or never used", func(t *testing.T) {
		errs := parseErrors(t, frontMatter+"Có chú thích[^1].\n\n```\n[^x]: trong khối mã là chữ\n```\n\n[^1]: Một.\n[^1]: Hai.\n[^thừa]: Không ai dùng.\n")
		assert.Equal(t, []string{
			"plan.md:25: footnote [^1] is defined twice (first on line 24), and only the first text would print: keep one definition",
			"plan.md:26: footnote [^thừa] is never referred to, so its text would not print: write [^thừa] where the note belongs, or delete the definition",
		}, errs)
	})
	t.Run("footnote inside a footnote", func(t *testing.T) {
		for _, body := range []string{
			"Văn bản[^a] và đoạn khác[^e].\n\n[^a]: Xem thêm[^e].\n[^e]: Ghi chú lồng.\n",
			"Đoạn khác[^e] và văn bản[^a].\n\n[^a]: Xem thêm[^e].\n[^e]: Ghi chú lồng.\n",
		} {
			errs := parseErrors(t, frontMatter+body)
			require.Len(t, errs, 1, body)
			assert.Equal(t, "plan.md:20: footnote [^e] is referred to inside another footnote's text: a note cannot have a note; write its text into the note", errs[0])
		}
	})
	t.Run("footnote definitions in quotes and lists, consecutive and cased references, code", func(t *testing.T) {
		errs := parseErrors(t, frontMatter+"Có[^d] và liền[^a][^b], hoa[^A].\n\n> [^q]: Không dùng.\n> [^d]: A.\n> [^d]: B.\n\n10. Mục mười.\n\n    [^v]: không dùng\n\n[^a]: Một.\n")
		assert.Equal(t, []string{
			"plan.md:18: footnote [^b] has no definition: add a line \"[^b]: the note\" at the end",
			"plan.md:18: footnote [^A] has no definition: add a line \"[^A]: the note\" at the end",
			"plan.md:20: footnote [^q] is never referred to, so its text would not print: write [^q] where the note belongs, or delete the definition",
			"plan.md:22: footnote [^d] is defined twice (first on line 21), and only the first text would print: keep one definition",
			"plan.md:26: footnote [^v] is never referred to, so its text would not print: write [^v] where the note belongs, or delete the definition",
		}, errs)
		p := parseBody(t, "Dòng `[^z]` trong mã.\n\n````\n```\n[^x]: mã mẫu\n````\n")
		assert.Equal(t, "Dòng [^z] trong mã.", plan.BlockText(p.Preamble[0]).String(), "code prints as written")
	})
	t.Run("footnote on an appendix title", func(t *testing.T) {
		errs := parseErrors(t, frontMatter+"Đoạn.\n\n# Phụ lục: DANH MỤC[^1]\n\nA.\n\n[^1]: Ghi chú.\n")
		require.Len(t, errs, 1)
		assert.Equal(t, "plan.md:20: an appendix title cannot carry a footnote: put the note on the appendix's first paragraph", errs[0])
	})
	t.Run("indented paragraphs are paragraphs", func(t *testing.T) {
		p := parseBody(t, "# NỘI DUNG\n\n    Đoạn thụt lề **một**.\n\n    Đoạn thứ hai.\n\n```\n**mã** giữ nguyên\n```\n")
		content := p.Sections[0].Content
		require.Len(t, content, 3)
		assert.Equal(t, plan.Plain("Đoạn thụt lề ").Bold("một").Plain("."), content[0].(*plan.Paragraph).Text)
		assert.Equal(t, bodyLine+2, content[0].(*plan.Paragraph).Line)
		assert.Equal(t, "Đoạn thứ hai.", plan.BlockText(content[1].(plan.Block)).String())
		assert.Equal(t, bodyLine+4, content[1].(*plan.Paragraph).Line)
		assert.Equal(t, "**mã** giữ nguyên", plan.BlockText(content[2].(plan.Block)).String(), "a fenced block stays as written")
	})
	t.Run("comments are not printed", func(t *testing.T) {
		p := parseBody(t, "<!-- ghi chú nội bộ: chưa duyệt -->\n\nVăn bản <!-- ẩn --> hiện.\n")
		require.Len(t, p.Preamble, 1)
		assert.Equal(t, "Văn bản hiện.", plan.BlockText(p.Preamble[0]).String(), "one space where the comment was")
		p = parseBody(t, "Văn bản <!-- ẩn -->**đậm** <!--x--> và<!--y--> hết.\n")
		assert.Equal(t, "Văn bản đậm và hết.", plan.BlockText(p.Preamble[0]).String())
	})
	t.Run("a list item that opens with a heading", func(t *testing.T) {
		p := parseBody(t, "- ## Tiêu đề\n  Nội dung mục.\n- Mục sau.\n")
		var got []string
		for _, b := range p.Preamble {
			got = append(got, fmtBlock(b))
		}
		assert.Equal(t, []string{"P:Tiêu đề", "P:Nội dung mục.", "B1:Mục sau."}, got)
	})
	t.Run("levels 5 and 6: '+' and '•'; misplaced, one error", func(t *testing.T) {
		p := parseBody(t, "# A\n\n## B\n\n### C\n\n#### D\n\n##### + E\n\n###### F\n\nx\n")
		var labels []string
		for e := range p.Walk() {
			if e.Section() != nil {
				labels = append(labels, e.Label+" "+e.Text.String())
			}
		}
		assert.Equal(t, []string{"I. A", "1. B", "a) C", "- D", "+ E", "• F"}, labels)
		errs := parseErrors(t, frontMatter+"# A\n\n##### E\n")
		require.Len(t, errs, 1)
		assert.Contains(t, errs[0], "a level-5 heading (level 5) cannot stand straight under a part")
	})
	t.Run("YAML hints", func(t *testing.T) {
		errs := parseErrors(t, "---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: *Kế hoạch* năm 2022\n---\n")
		assert.Contains(t, errs[0], "plan.md:5: front matter: invalid YAML")
		assert.Contains(t, errs[0], "must be put in quotes")
		errs = parseErrors(t, "---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\nsigner:\n\tname: A\n---\n")
		assert.Contains(t, errs[0], "plan.md:7: front matter: invalid YAML")
		assert.Contains(t, errs[0], "indent with spaces")
		errs = parseErrors(t, "---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\n\tarchive: VT\n---\n")
		assert.Equal(t, "plan.md:6: front matter: invalid YAML: found a tab character that violates indentation", errs[0], "the tab's own line, not the one before")
		errs = parseErrors(t, "---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\nrecipients:\n  - Các đơn vị: A, B\n---\n")
		assert.Contains(t, errs[0], `plan.md:7: recipients[0]: expected a line of text, found keys (a line that contains ": " must be put in quotes)`)
	})
	t.Run("archive as a list", func(t *testing.T) {
		p, err := Read([]byte("---\nissuer: X\nsymbol: KH-X\nplace: P\nsubject: S\narchive: [VT, VP]\n---\n"), "")
		require.NoError(t, err)
		assert.Equal(t, "VT, VP", p.Archive)
	})
}

func fmtBlock(b plan.Block) string {
	switch b := b.(type) {
	case *plan.Paragraph:
		return "P:" + b.Text.String()
	case *plan.Bullet:
		return "B" + string(rune('0'+b.Level)) + ":" + b.Text.String()
	}
	return "?"
}

// TestWrittenNumberForms checks numbers written without a space after
// them, and titles that start with an abbreviation or a word that looks
// like a number but is none.
func TestWrittenNumberForms(t *testing.T) {
	p := parseBody(t, "# I.MỤC ĐÍCH\n\n## 1.Mục đích\n\n### a)Nội dung\n\n# II: TỔ CHỨC THỰC HIỆN\n\n## TP. Hà Nội tổ chức\n\n### ĐV. Chủ trì\n\n# PHỤ LỤC DI TÍCH LỊCH SỬ\n\nx\n")
	require.Len(t, p.Sections, 2)
	purpose := p.Sections[0]
	assert.Equal(t, "MỤC ĐÍCH", purpose.Title.String())
	sec := purpose.Content[0].(*plan.Section)
	assert.Equal(t, "Mục đích", sec.Title.String())
	assert.Equal(t, "Nội dung", sec.Content[0].(*plan.Section).Title.String())
	org := p.Sections[1]
	assert.Equal(t, "TỔ CHỨC THỰC HIỆN", org.Title.String())
	assert.Equal(t, plan.RoleOrganisation, org.Role)
	tp := org.Content[0].(*plan.Section)
	assert.Equal(t, "TP. Hà Nội tổ chức", tp.Title.String(), "an abbreviation is not a number")
	assert.Equal(t, "ĐV. Chủ trì", tp.Content[0].(*plan.Section).Title.String())
	require.Len(t, p.Appendices, 1)
	assert.Equal(t, "DI TÍCH LỊCH SỬ", p.Appendices[0].Title, "DI is a word, not appendix 501")

	// Other ways clerks write numbers: "Phần I.", "I/", "1-", "2/".
	p = parseBody(t, "# Phần I. MỤC ĐÍCH, YÊU CẦU\n\n## 1- Mục đích\n\n## 2/ Yêu cầu\n\n# II/ NỘI DUNG\n\n## 2025 - 2030 là giai đoạn\n\n# PHẦN III TỔ CHỨC THỰC HIỆN\n")
	require.Len(t, p.Sections, 3)
	assert.Equal(t, "MỤC ĐÍCH, YÊU CẦU", p.Sections[0].Title.String())
	assert.Equal(t, "Mục đích", p.Sections[0].Content[0].(*plan.Section).Title.String())
	assert.Equal(t, "Yêu cầu", p.Sections[0].Content[1].(*plan.Section).Title.String())
	assert.Equal(t, "2025 - 2030 là giai đoạn", p.Sections[1].Content[0].(*plan.Section).Title.String(), "a span of years is no number")
	assert.Equal(t, "TỔ CHỨC THỰC HIỆN", p.Sections[2].Title.String())
	// Words that only look like numbers after "Phần" or before a dash.
	p = parseBody(t, "# PHẦN DI SẢN VĂN HÓA\n\n## 10 - 15 người tham gia\n\n# Phần II\n\nA.\n")
	assert.Equal(t, "PHẦN DI SẢN VĂN HÓA", p.Sections[0].Title.String(), "DI is a word")
	assert.Equal(t, "10 - 15 người tham gia", p.Sections[0].Content[0].(*plan.Section).Title.String(), "a span")
	assert.Equal(t, "", p.Sections[1].Title.String(), "Phần II: the number alone, no title")

	errs := parseErrors(t, frontMatter+"# MỤC ĐÍCH\n\n## 3.Mục đích\n\n### c)Nội dung\n\n# IV: TỔ CHỨC THỰC HIỆN\n")
	want := []string{
		`plan.md:20: heading "3.Mục đích" is numbered "3.", but it is section 1: write "1."`,
		`plan.md:22: heading "c)Nội dung" is numbered "c)", but it is point a: write "a)"`,
		`plan.md:24: heading "IV: TỔ CHỨC THỰC HIỆN" is numbered "IV:", but it is part II: write "II."`,
	}
	require.Len(t, errs, len(want), strings.Join(errs, "\n"))
	for i, w := range want {
		assert.True(t, strings.HasPrefix(errs[i], w), "got  %s\nwant %s", errs[i], w)
	}
}

// TestFrontMatterControlCharacters: a control character typed into the
// front matter (YAML refuses them) is taken out so that the rest is read,
// and the checker reports it on its own line and key, as in the body.
func TestFrontMatterControlCharacters(t *testing.T) {
	src := strings.Replace(frontMatter, "Nguyễn Văn A", "Nguyễn\x07 Văn A", 1)
	src = strings.Replace(src, "UBND tỉnh (B/c)", "UBND tỉnh\x1b (B/c)", 1)
	src = strings.Replace(src, "date: 2021-11-15", "date: 2021-02-30", 1)
	errs := parseErrors(t, src+"# MỤC ĐÍCH\n\nA.\n")
	require.Len(t, errs, 1, strings.Join(errs, "\n"))
	assert.True(t, strings.HasPrefix(errs[0], `plan.md:7: date: "2021-02-30" is not a date`), errs[0])

	p, err := Read([]byte(strings.Replace(src, "2021-02-30", "2021-02-28", 1)+"# MỤC ĐÍCH\n\nA.\n"), "plan.md")
	require.NoError(t, err, "the characters are taken out")
	assert.Equal(t, "Nguyễn Văn A", p.Signer.Name)
	var controls []string
	for _, f := range check.Check(p) {
		if f.Rule == check.RuleTextControl {
			controls = append(controls, f.Format("en"))
		}
	}
	assert.Equal(t, []string{
		"plan.md:12: ERROR ND30-TEXT-CONTROL signer.name: contains the unprintable character U+0007: delete it (it usually comes with copied text)",
		"plan.md:14: ERROR ND30-TEXT-CONTROL recipients[0]: contains the unprintable character U+001B: delete it (it usually comes with copied text)",
	}, controls)
}

// TestRecipientsInOneValue: recipients written as one value, "A; B; C",
// are the list the author meant.
func TestRecipientsInOneValue(t *testing.T) {
	src := strings.Replace(frontMatter, "recipients:\n  - UBND tỉnh (B/c)\n", "recipients: \"Bộ Nội vụ (B/c); UBND tỉnh (B/c);Các phòng;\"\n", 1)
	p, err := Read([]byte(src), "plan.md")
	require.NoError(t, err)
	assert.Equal(t, []string{"Bộ Nội vụ (B/c)", "UBND tỉnh (B/c)", "Các phòng"}, p.Recipients)
	src = strings.Replace(frontMatter, "recipients:\n  - UBND tỉnh (B/c)\n", "recipients: UBND tỉnh (B/c)\n", 1)
	p, err = Read([]byte(src), "plan.md")
	require.NoError(t, err)
	assert.Equal(t, []string{"UBND tỉnh (B/c)"}, p.Recipients, "one recipient as one value")
}

// TestReaderProblemsHaveCodes: every problem of the reader carries its
// kind and both languages, the Vietnamese one in Vietnamese.
func TestReaderProblemsHaveCodes(t *testing.T) {
	for src, code := range map[string]string{
		"# NỘI DUNG\n":                    plan.CodeNoFrontMatter,
		"---\nissuer: X\n":                plan.CodeFrontMatterUnclosed,
		"---\nsubject: a: b\n---\n":       plan.CodeYAMLSyntax,
		"---\n- a\n---\n":                 plan.CodeFrontMatterShape,
		"---\nisuer: X\n---\n":            plan.CodeUnknownKey,
		"---\nplace: A\nplace: B\n---\n":  plan.CodeDuplicateKey,
		"---\nsymbol: [A, B]\n---\n":      plan.CodeWrongKind,
		"---\ndraft: có\n---\n":           plan.CodeInvalidBoolean,
		"---\ndate: 2025-13\n---\n":       plan.CodeInvalidDate,
		"---\nissuer: \xff\n---\n":        plan.CodeInvalidUTF8,
		frontMatter + "# A\n\n##### B\n":  plan.CodeHeadingNesting,
		frontMatter + "# II. A\n":         plan.CodeHeadingNumber,
		frontMatter + "# Phụ lục II: A\n": plan.CodeAppendixNumber,
		frontMatter + "A[^1].\n":          plan.CodeFootnoteUndefined,
		frontMatter + "A.\n\n[^1]: B.\n":  plan.CodeFootnoteUnused,
	} {
		_, err := Read([]byte(src), "plan.md")
		errs := plan.AsErrors(err)
		require.NotEmpty(t, errs, src)
		codes := map[string]bool{}
		for _, e := range errs {
			assert.NotEmpty(t, e.Vi, src)
			assert.NotEqual(t, e.Vi, e.En, src)
			assert.Empty(t, langcheck.English(e.Format("vi")), src)
			assert.Empty(t, langcheck.Vietnamese(e.Format("en")), src)
			codes[e.Code] = true
		}
		assert.True(t, codes[code], "%q: %s in %v", src, code, errs)
	}
	_, err := Read([]byte("---\nsubject: a: b\n---\n"), "plan.md")
	assert.Equal(t, `plan.md:2: phần khai báo đầu tệp sai cú pháp YAML: dấu hai chấm đứng ở chỗ không được có (giá trị có chứa ": " phải đặt trong dấu ngoặc kép)`,
		plan.AsErrors(err)[0].Format("vi"))
}
