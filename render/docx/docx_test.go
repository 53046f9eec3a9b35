package docx

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mm converts a length read from the document (points) to millimetres.
func mm(pt float64) float64 { return layout.ToMM(pt) }

// TestTextAreaIsTheLayouts: the page's width less its margins is the
// layout's text width in whole twips, the width the PDF breaks lines in
// (render/layout/fit.go): rounding each margin on its own would leave a
// twip more for A4 with margins of 30 and 15 mm, and a twip less with 35
// and 20 mm.
func TestTextAreaIsTheLayouts(t *testing.T) {
	for _, lr := range [][2]float64{{30, 15}, {35, 20}, {30, 20}} {
		l := layout.Default()
		l.Margins.Left, l.Margins.Right = layout.MM(lr[0]), layout.MM(lr[1])
		f := openDocx(t, render(t, load(t, "ke-hoach-004.md"), WithLayout(l)))
		sect := f.doc.all("sectPr")[0]
		mar := sect.child("pgMar")
		area := twipsAttrOf(t, sect.child("pgSz"), "w") - twipsAttrOf(t, mar, "left") - twipsAttrOf(t, mar, "right")
		assert.InDelta(t, math.Round(l.TextWidth()*20)/20, area, 1e-9, "margins %v mm", lr)
		assert.InDelta(t, lr[1], mm(twipsAttrOf(t, mar, "right")), 0.05, "the right margin is still %v mm", lr[1])
	}
}

func TestPageSizeAndMargins(t *testing.T) {
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md")))
	sect := f.doc.all("sectPr")
	require.Len(t, sect, 1, "one section without appendices")
	pg := sect[0].child("pgSz")
	assert.InDelta(t, 210, mm(twipsAttrOf(t, pg, "w")), 0.05, "A4 width")
	assert.InDelta(t, 297, mm(twipsAttrOf(t, pg, "h")), 0.05, "A4 height")
	mar := sect[0].child("pgMar")
	assert.InDelta(t, 20, mm(twipsAttrOf(t, mar, "top")), 0.05)
	assert.InDelta(t, 20, mm(twipsAttrOf(t, mar, "bottom")), 0.05)
	assert.InDelta(t, 30, mm(twipsAttrOf(t, mar, "left")), 0.05)
	assert.InDelta(t, 15, mm(twipsAttrOf(t, mar, "right")), 0.05)

	// An option moves the margins within the decree's ranges…
	l := layout.Default()
	l.Margins.Right = layout.MM(20)
	l.Margins.Top = layout.MM(25)
	f = openDocx(t, render(t, load(t, "ke-hoach-004.md"), WithLayout(l)))
	mar = f.doc.all("sectPr")[0].child("pgMar")
	assert.InDelta(t, 20, mm(twipsAttrOf(t, mar, "right")), 0.05)
	assert.InDelta(t, 25, mm(twipsAttrOf(t, mar, "top")), 0.05)
	// …and not outside them.
	l.Margins.Left = layout.MM(25)
	err := Write(&bytes.Buffer{}, load(t, "ke-hoach-004.md"), WithLayout(l))
	assert.ErrorContains(t, err, "left margin 25 mm is outside the decree's range 30–35 mm")
}

func TestBodyDefaults(t *testing.T) {
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md")))
	normal := f.styles["Normal"]
	require.NotNil(t, normal)
	assert.Equal(t, "both", normal.child("pPr").child("jc").attrs["val"], "justified")
	assert.InDelta(t, 10, mm(twipsAttrOf(t, normal.child("pPr").child("ind"), "firstLine")), 0.05, "10 mm first-line indent")
	sp := normal.child("pPr").child("spacing")
	assert.InDelta(t, 6, twipsAttrOf(t, sp, "before"), 0.001, "6 pt before")
	assert.Equal(t, "240", sp.attrs["line"], "single spacing")
	assert.Equal(t, "auto", sp.attrs["lineRule"])
	body := f.doc.all("body")[0]
	var preamble *node
	for _, p := range body.kids("p") {
		if strings.HasPrefix(paraText(p), "Thực hiện Chỉ thị") {
			preamble = p
		}
	}
	require.NotNil(t, preamble)
	got := f.format(t, preamble)
	assert.Equal(t, runFormat{font: "Times New Roman", size: 14}, got, "body: Times New Roman 14, regular")
}

// TestProfileSpacing: a layout of exact line spacing and space after
// paragraphs writes them into the Normal style, as Word's "Exactly 17 pt"
// (lineRule exact, in twips); the title and the signature row stand their
// gaps, the signature's less the body's space after, which Word and
// LibreOffice add to it.
func TestProfileSpacing(t *testing.T) {
	l := layout.Default()
	l.LineExact, l.ParaSpacing, l.ParaSpacingAfter = 17, 3, 6
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md"), WithLayout(l)))
	sp := f.styles["Normal"].child("pPr").child("spacing")
	assert.Equal(t, map[string]string{"before": "60", "after": "120", "line": "340", "lineRule": "exact"}, sp.attrs)
	for _, id := range []string{styleTitle, styleSignerName, styleRecipients, styleTableText} {
		assert.Equal(t, "auto", f.styles[id].child("pPr").child("spacing").attrs["lineRule"], "%s stays single spaced", id)
	}
	assert.InDelta(t, l.GapAfterHeader, twipsAttrOf(t, f.styles[styleTitle].child("pPr").child("spacing"), "before"), 0.001)
	var signer *node
	for _, p := range f.doc.all("p") {
		if ps := p.child("pPr").child("pStyle"); ps != nil && ps.attrs["val"] == styleSigner && signer == nil {
			signer = p
		}
	}
	require.NotNil(t, signer)
	assert.InDelta(t, l.GapBeforeSignature-l.ParaSpacingAfter, twipsAttrOf(t, signer.child("pPr").child("spacing"), "before"), 0.001)
}

// headerTable returns the two rows of the header block.
func headerTable(t *testing.T, f *docxFile) [][]*node {
	t.Helper()
	tbl := f.doc.all("body")[0].child("tbl")
	require.NotNil(t, tbl, "the document starts with the header table")
	var rows [][]*node
	for _, tr := range tbl.kids("tr") {
		rows = append(rows, tr.kids("tc"))
	}
	return rows
}

func textParas(cell *node) []*node {
	var out []*node
	for _, p := range cell.kids("p") {
		if strings.TrimSpace(paraText(p)) != "" {
			out = append(out, p)
		}
	}
	return out
}

func TestHeaderBlock(t *testing.T) {
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md")))
	rows := headerTable(t, f)
	require.Len(t, rows, 2, "row 1 the names, row 2 Số and the date")
	require.Len(t, rows[0], 2)
	require.Len(t, rows[1], 2)
	tbl := f.doc.all("body")[0].child("tbl")
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		assert.Equal(t, "nil", tbl.child("tblPr").child("tblBorders").child(side).attrs["val"], "borderless: %s", side)
	}
	grid := tbl.child("tblGrid").kids("gridCol")
	assert.InDelta(t, 65, mm(twipsAttrOf(t, grid[0], "w")), 0.1, "left column 65 mm")
	assert.InDelta(t, 100, mm(twipsAttrOf(t, grid[1], "w")), 0.1, "right column 100 mm")

	type want struct {
		text string
		fmt  runFormat
	}
	check := func(cell *node, wants ...want) {
		paras := textParas(cell)
		require.Len(t, paras, len(wants))
		for i, w := range wants {
			assert.Equal(t, w.text, paraText(paras[i]))
			got := f.format(t, paras[i])
			got.caps = false // upper case is in the text itself
			assert.Equal(t, w.fmt, got, w.text)
			assert.Equal(t, "center", f.paraProp(paras[i], "jc").attrs["val"], "%s is centred", w.text)
		}
	}
	const tnr = "Times New Roman"
	check(rows[0][0],
		want{"UBND TỈNH VĨNH PHÚC", runFormat{font: tnr, size: 13}},                       // parent: 13, regular
		want{"SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG", runFormat{font: tnr, size: 13, bold: true}}) // issuer: 13, bold, balanced
	check(rows[0][1],
		want{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", runFormat{font: tnr, size: 13, bold: true}},
		want{"Độc lập - Tự do - Hạnh phúc", runFormat{font: tnr, size: 14, bold: true}})
	// The blank number is the layout's 12 mm: ten spaces of 3.25 pt at 13 pt.
	check(rows[1][0], want{"Số:" + strings.Repeat(" ", 10) + "/KH-STTTT", runFormat{font: tnr, size: 13}})
	check(rows[1][1], want{"Vĩnh Phúc, ngày      tháng 11 năm 2021", runFormat{font: tnr, size: 14, italic: true}})

	// "Số:" (13 pt) is lowered by the difference of the ascents so that it
	// shares the date's (14 pt) baseline.
	num := twipsAttrOf(t, f.paraProp(textParas(rows[1][0])[0], "spacing"), "before")
	date := twipsAttrOf(t, f.paraProp(textParas(rows[1][1])[0], "spacing"), "before")
	ascent := layout.FontMetrics(layout.Regular)
	assert.InDelta(t, ascent.BaselineAt(14)-ascent.BaselineAt(13), num-date, 0.05)

	all := f.doc.all("body")[0]
	require.Equal(t, "p", all.children[0].name, "a tiny paragraph opens the body, before the header table")
	assert.Equal(t, "", paraText(all.children[0]))
	assert.Equal(t, "SectionEnd", f.paraProp(all.children[0], "pStyle").attrs["val"])
	assert.Equal(t, "tbl", all.children[1].name, "then the header table")
	body := bodyParas(f)
	title, subject := body[0], body[1]
	assert.Equal(t, "KẾ HOẠCH", paraText(title))
	assert.Equal(t, runFormat{font: tnr, size: 14, bold: true, caps: true}, f.format(t, title))
	assert.Equal(t, "center", f.paraProp(title, "jc").attrs["val"])
	assert.True(t, strings.HasPrefix(paraText(subject), "Phát động phong trào thi đua"))
	assert.Equal(t, runFormat{font: tnr, size: 14, bold: true}, f.format(t, subject), "subject bold, not capitals")
}

// The Quốc hiệu must never wrap: its column is wider than it. A date line
// too long for Part A's 100 mm column drops to 13 pt (layout contract
// §2.1: "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2021" is 106 mm at
// 14 pt, 98.7 mm at 13 pt) rather than squeezing the agency column.
func TestHeaderRightColumnFitsNationalName(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	p.Place = "Thành phố Hồ Chí Minh"
	p.Date = plan.Date{Year: 2021, Month: 12, Day: 29}
	p.Parent = nil
	p.Issuer = []string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"}
	f := openDocx(t, render(t, p))
	rows := headerTable(t, f)
	grid := f.doc.all("body")[0].child("tbl").child("tblGrid").kids("gridCol")
	left, right := twipsAttrOf(t, grid[0], "w"), twipsAttrOf(t, grid[1], "w")
	bold := layout.FontMetrics(layout.Bold)
	assert.Greater(t, right, bold.Width(plan.NationalName, 13), "the Quốc hiệu fits")
	dateLine := "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2021"
	date := textParas(rows[1][1])[0]
	assert.Equal(t, dateLine, paraText(date))
	assert.Equal(t, runFormat{font: "Times New Roman", size: 13, italic: true}, f.format(t, date), "the long date line at 13 pt")
	assert.Greater(t, right, layout.FontMetrics(layout.Italic).Width(dateLine, 13), "it fits at 13 pt")
	assert.Less(t, mm(right), 102.0, "the right column stays about Part A's 100 mm")
	assert.Greater(t, left, bold.Width("THÀNH PHỐ HỒ CHÍ MINH", 13), "the agency's lines do not wrap")
	assert.Len(t, textParas(rows[0][0]), 2, "two agency lines, as written")
	assert.InDelta(t, 165, mm(left+right), 0.1, "the header spans the text width")
}

// ruleLength returns the length of a rule paragraph: its box less its
// indents.
func ruleLength(t *testing.T, p *node, box float64) float64 {
	t.Helper()
	pPr := p.child("pPr")
	require.NotNil(t, pPr.child("pBdr").child("top"), "a rule is a top border")
	assert.Equal(t, "single", pPr.child("pBdr").child("top").attrs["val"], "a solid line")
	ind := pPr.child("ind")
	return box - twipsAttrOf(t, ind, "left") - twipsAttrOf(t, ind, "right")
}

func TestRuleLengths(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	f := openDocx(t, render(t, p))
	rows := headerTable(t, f)
	grid := f.doc.all("body")[0].child("tbl").child("tblGrid").kids("gridCol")
	left, right := twipsAttrOf(t, grid[0], "w"), twipsAttrOf(t, grid[1], "w")
	bold := layout.FontMetrics(layout.Bold)
	rulesIn := func(cell *node) []*node {
		var out []*node
		for _, p := range cell.kids("p") {
			if p.child("pPr").child("pBdr") != nil {
				out = append(out, p)
			}
		}
		return out
	}
	// Under the issuer: 40% of its longest line ("SỞ THÔNG TIN VÀ"), centred.
	issuerRules := rulesIn(rows[0][0])
	require.Len(t, issuerRules, 1)
	longest := max(bold.Width("SỞ THÔNG TIN VÀ", 13), bold.Width("TRUYỀN THÔNG", 13))
	got := ruleLength(t, issuerRules[0], left)
	assert.InDelta(t, 0.4*longest, got, 0.1)
	assert.True(t, got >= longest/3 && got <= longest/2, "1/3–1/2 of the line")
	ind := issuerRules[0].child("pPr").child("ind")
	assert.Equal(t, ind.attrs["left"], ind.attrs["right"], "centred")
	// Under the Tiêu ngữ: exactly its width.
	mottoRules := rulesIn(rows[0][1])
	require.Len(t, mottoRules, 1)
	assert.InDelta(t, bold.Width(plan.Motto, 14), ruleLength(t, mottoRules[0], right), 0.1)
	// Under the subject: 40% of its longest line, on the text width.
	body := bodyParas(f)
	subjectLines := strings.Split(paraText(body[1]), "\n")
	require.Len(t, subjectLines, 4)
	longest = 0
	for _, s := range subjectLines {
		longest = max(longest, bold.Width(s, 14))
	}
	assert.InDelta(t, 0.4*longest, ruleLength(t, body[2], layout.MM(165)), 0.1)
	// No rule is a text underline.
	assert.NotContains(t, string(f.parts["word/document.xml"]), "<w:u ")
}

// headingTexts returns the text of every paragraph in a heading style.
func headingTexts(f *docxFile) []string {
	var out []string
	for _, p := range f.doc.all("p") {
		if ps := p.child("pPr").child("pStyle"); ps != nil && strings.HasPrefix(ps.attrs["val"], "Heading") {
			out = append(out, ps.attrs["val"]+" "+paraText(p))
		}
	}
	return out
}

func TestNumberingText(t *testing.T) {
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md")))
	assert.Equal(t, []string{
		"Heading1 I. MỤC ĐÍCH, YÊU CẦU", "Heading2 1. Mục đích", "Heading2 2. Yêu cầu",
		"Heading1 II. NỘI DUNG THI ĐUA", "Heading1 III. TỔ CHỨC THỰC HIỆN",
	}, headingTexts(f))
	var marks []string
	for _, p := range f.doc.all("p") {
		if ps := p.child("pPr").child("pStyle"); ps != nil && (ps.attrs["val"] == styleDash || ps.attrs["val"] == styleNumbered) {
			marks = append(marks, paraText(p)[:3])
		}
	}
	assert.Equal(t, []string{"- T", "- T", "- K", "- P", "- N", "- B", "1. ", "2. ", "3. ", "4. ", "5. ", "1. ", "2. "}, marks)
	last := f.doc.all("body")[0].kids("p")
	var end *node
	for _, p := range last {
		if strings.Contains(paraText(p), "./.") {
			end = p
		}
	}
	require.NotNil(t, end)
	assert.True(t, strings.HasSuffix(paraText(end), "theo quy định./."), "the body ends with ./.")
	assert.NotNil(t, end.child("pPr").child("keepNext"), "the last paragraph stays with the signature")

	// Points use the Vietnamese alphabet, parts of appendices their own
	// numbering.
	f = openDocx(t, render(t, load(t, "plan-10.md")))
	heads := headingTexts(f)
	assert.Contains(t, heads, "Heading3 đ) Phương thức kiểm tra")
	assert.Contains(t, heads, "Heading3 đ) Hoạt động chính của Công ty:")
	assert.Contains(t, heads, "Heading2 3. Khó khăn, vướng mắc, kiến nghị")
	for _, h := range heads {
		assert.NotRegexp(t, `^Heading3 [fjwz]\)`, h)
	}
	styles := f.styles
	assert.NotNil(t, styles[styleHeading1].child("rPr").child("b"), "parts bold")
	assert.NotNil(t, styles[styleHeading2].child("rPr").child("b"), "sections bold")
	assert.NotNil(t, styles[styleHeading3].child("rPr").child("i"), "points italic")
	assert.NotNil(t, styles[styleHeading4].child("rPr").child("i"), "sub-points italic")
}

// A signature row taller than a page (sixty recipients) may split, as the
// PDF lets it; kept whole, LibreOffice strands it on pages of its own.
func TestSignatureTallerThanAPage(t *testing.T) {
	p := load(t, "plan-09.md")
	for i := 1; i <= 60; i++ {
		p.Recipients = append(p.Recipients, fmt.Sprintf("Ủy ban nhân dân xã số %d thuộc huyện miền núi phía Bắc (để thực hiện)", i))
	}
	l := layout.Default()
	require.Greater(t, l.SignatureHeight(p), l.TextHeight())
	sig := openDocx(t, render(t, p)).doc.all("body")[0].kids("tbl")[1]
	assert.Nil(t, sig.child("tr").child("trPr").child("cantSplit"))
	assert.Less(t, l.SignatureHeight(load(t, "plan-09.md")), l.TextHeight()/3)
}

func TestSignatureTable(t *testing.T) {
	f := openDocx(t, render(t, load(t, "plan-09.md")))
	tables := f.doc.all("body")[0].kids("tbl")
	require.Len(t, tables, 3, "header, signature and the appendix's table")
	sig := tables[1]
	assert.NotNil(t, sig.child("tr").child("trPr").child("cantSplit"), "the row never splits")
	assert.Equal(t, "nil", sig.child("tblPr").child("tblBorders").child("top").attrs["val"], "borderless")
	cells := sig.child("tr").kids("tc")
	require.Len(t, cells, 2)
	left, right := textParas(cells[0]), textParas(cells[1])
	require.Len(t, left, 3)
	assert.Equal(t, "Nơi nhận:", paraText(left[0]))
	assert.Equal(t, runFormat{font: "Times New Roman", size: 12, bold: true, italic: true}, f.format(t, left[0]))
	assert.Equal(t, "- Ban Giám đốc Sở;", paraText(left[1]))
	assert.Equal(t, "- Lưu: VT, CN(Linh).", paraText(left[2]))
	assert.Equal(t, runFormat{font: "Times New Roman", size: 11}, f.format(t, left[2]))
	assert.Equal(t, "left", f.paraProp(left[1], "jc").attrs["val"])
	// An item that wraps goes on under its text, after "- ": a hanging
	// indent as wide as "- ".
	l := layout.Default()
	ind := f.paraProp(left[1], "ind")
	require.NotNil(t, ind)
	assert.InDelta(t, l.RecipientHang(), twipsAttrOf(t, ind, "left"), 0.05)
	assert.InDelta(t, l.RecipientHang(), twipsAttrOf(t, ind, "hanging"), 0.05)
	assert.InDelta(t, layout.FontMetrics(layout.Regular).Width("- ", l.RecipientsSize), l.RecipientHang(), 0.05)
	assert.NotContains(t, f.paraProp(left[0], "ind").attrs, "hanging", "not the label")

	require.Len(t, right, 3)
	assert.Equal(t, []string{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân"}, []string{paraText(right[0]), paraText(right[1]), paraText(right[2])})
	for _, p := range right[:2] {
		assert.Equal(t, runFormat{font: "Times New Roman", size: 14, bold: true, caps: true}, f.format(t, p))
	}
	assert.Equal(t, runFormat{font: "Times New Roman", size: 14, bold: true}, f.format(t, right[2]), "the name: bold, title case")
	for _, p := range right {
		assert.Equal(t, "center", f.paraProp(p, "jc").attrs["val"])
	}
	// "Nơi nhận:" sits level with the first authority line: it starts lower
	// by the difference of the baselines of 12 and 14 pt.
	label := twipsAttrOf(t, f.paraProp(left[0], "spacing"), "before")
	first := twipsAttrOf(t, f.paraProp(right[0], "spacing"), "before")
	m := layout.FontMetrics(layout.Regular)
	assert.InDelta(t, m.BaselineAt(14)-m.BaselineAt(12), label-first, 0.05)
	// About 25 mm to sign and stamp.
	assert.InDelta(t, 25, mm(twipsAttrOf(t, f.paraProp(right[2], "spacing"), "before")), 0.1)
}

func TestPageNumbers(t *testing.T) {
	f := openDocx(t, render(t, load(t, "plan-10.md")))
	page := parseXML(t, f.parts["word/header1.xml"])
	require.Len(t, page.all("instrText"), 1)
	assert.Equal(t, "PAGE", strings.TrimSpace(page.all("instrText")[0].text))
	assert.Len(t, page.all("fldChar"), 3, "begin, separate, end")
	hp := page.all("p")[0]
	assert.Equal(t, "Header", hp.child("pPr").child("pStyle").attrs["val"])
	assert.Equal(t, "center", f.styles["Header"].child("pPr").child("jc").attrs["val"], "centred")
	assert.Equal(t, "28", f.styles["Header"].child("rPr").child("sz").attrs["val"], "14 pt")
	first := parseXML(t, f.parts["word/header2.xml"])
	assert.Empty(t, strings.TrimSpace(paraText(first.all("p")[0])), "no number on page 1")

	rels := string(f.parts["word/_rels/document.xml.rels"])
	sections := f.doc.all("sectPr")
	require.Len(t, sections, 3, "the plan and its two appendices")
	for i, s := range sections {
		assert.NotNil(t, s.child("titlePg"), "different first page in section %d", i)
		refs := map[string]string{}
		for _, h := range s.kids("headerReference") {
			refs[h.attrs["type"]] = h.attrs["id"]
		}
		assert.Contains(t, rels, `Id="`+refs["default"]+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"`)
		assert.Contains(t, rels, `Id="`+refs["first"]+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"`)
		assert.InDelta(t, 10, mm(twipsAttrOf(t, s.child("pgMar"), "header")), 0.05, "the number in the top margin")
		if i == 0 {
			assert.Nil(t, s.child("pgNumType"))
			continue
		}
		assert.Equal(t, "1", s.child("pgNumType").attrs["start"], "each appendix numbered from 1")
		assert.Equal(t, "nextPage", s.child("type").attrs["val"], "each appendix on a new page")
	}
}

func TestAppendixBlock(t *testing.T) {
	f := openDocx(t, render(t, load(t, "plan-10.md")))
	var texts []string
	for _, p := range f.doc.all("p") {
		if ps := p.child("pPr").child("pStyle"); ps != nil && strings.HasPrefix(ps.attrs["val"], "Appendix") || ps != nil && ps.attrs["val"] == styleAttached {
			texts = append(texts, paraText(p))
		}
	}
	p := load(t, "plan-10.md")
	require.Len(t, texts, 6)
	for _, para := range f.doc.all("p") {
		if ps := para.child("pPr").child("pStyle"); ps != nil && ps.attrs["val"] == styleAppendixTitle {
			assert.False(t, f.format(t, para).caps, "upper case is in the text: a style's caps would print web addresses in capitals")
		}
	}
	assert.Equal(t, []string{"Phụ lục I", "KẾ HOẠCH KIỂM TRA", "Phụ lục II", "ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA"},
		[]string{texts[0], texts[1], texts[3], texts[4]})
	for _, attached := range []string{texts[2], texts[5]} {
		lines := strings.Split(attached, "\n")
		assert.Len(t, lines, 2, "the long line is broken in two, evenly")
		assert.Equal(t, p.AttachedLine(), strings.Join(lines, " "))
		w0 := layout.FontMetrics(layout.Italic).Width(lines[0], 14)
		w1 := layout.FontMetrics(layout.Italic).Width(lines[1], 14)
		assert.Less(t, max(w0, w1)-min(w0, w1), layout.MM(40), "balanced")
	}
	for _, name := range []string{"plan-09.md", "plan-10.md"} { // ending with a table; with text
		body := openDocx(t, render(t, load(t, name))).doc.all("body")[0]
		var last []string // the last text of each section
		text := ""
		for _, k := range body.children {
			if k.name == "p" && paraText(k) != "" {
				text = paraText(k)
			}
			if k.name == "p" && k.child("pPr").child("sectPr") != nil {
				last, text = append(last, text), ""
			}
		}
		last = append(last, text)
		for i, s := range last[1:] {
			assert.True(t, strings.HasSuffix(s, "./."), "%s: appendix %d ends with ./.: %q", name, i+1, s)
		}
	}
	assert.Equal(t, runFormat{font: "Times New Roman", size: 14, bold: true}, f.format(t, firstPara(f, "Phụ lục I")))
	assert.Equal(t, runFormat{font: "Times New Roman", size: 14, italic: true}, f.format(t, firstPara(f, "(Kèm theo")))

	// The rule under "(Kèm theo …)" leaves its italic descenders room: the
	// rule gap and a descent more, where the subject's rule leaves the gap.
	l := layout.Default()
	var rules []float64 // the space before each rule paragraph that ends a title block
	for _, para := range f.doc.all("p") {
		if ps := para.child("pPr").child("pStyle"); ps != nil && ps.attrs["val"] == styleRule && para.child("pPr").child("spacing") != nil {
			rules = append(rules, twipsAttrOf(t, para.child("pPr").child("spacing"), "before"))
		}
	}
	require.Len(t, rules, 3, "under the subject and under each appendix's (Kèm theo …) line")
	assert.InDelta(t, l.RuleGap, rules[0], 0.05)
	for _, before := range rules[1:] {
		assert.InDelta(t, l.RuleGap+layout.FontMetrics(layout.Italic).DescentAt(l.AttachedSize), before, 0.05)
	}
}

func firstPara(f *docxFile, prefix string) *node {
	for _, p := range f.doc.all("p") {
		if strings.HasPrefix(paraText(p), prefix) {
			return p
		}
	}
	return nil
}

func TestTables(t *testing.T) {
	f := openDocx(t, render(t, load(t, "plan-09.md")))
	tables := f.doc.all("tbl")
	tbl := tables[len(tables)-1]
	rows := tbl.kids("tr")
	require.Len(t, rows, 10, "header and nine rows")
	assert.NotNil(t, rows[0].child("trPr").child("tblHeader"), "the header row repeats on every page")
	for _, r := range rows[1:] {
		assert.Nil(t, r.child("trPr").child("tblHeader"))
	}
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		assert.Equal(t, "single", tbl.child("tblPr").child("tblBorders").child(side).attrs["val"], side)
	}
	head := rows[0].all("p")[1]
	assert.Equal(t, "Nhiệm vụ thực hiện", paraText(head))
	assert.Equal(t, "center", f.paraProp(head, "jc").attrs["val"])
	assert.True(t, f.format(t, head).bold)
	cell := rows[3].kids("tc")[2].child("p")
	assert.Equal(t, "Đỗ Mạnh Cường\nVũ Việt Linh\nNguyễn Thị Loan", paraText(cell), "line breaks in a cell")
	assert.Equal(t, "center", f.paraProp(rows[1].kids("tc")[0].child("p"), "jc").attrs["val"], "the TT column is centred as the plan says")
	total := 0.0
	for _, g := range tbl.child("tblGrid").kids("gridCol") {
		total += twipsAttrOf(t, g, "w")
	}
	assert.InDelta(t, 165, mm(total), 0.2, "the table spans the text width")
	for i, r := range rows {
		assert.NotNil(t, r.child("trPr").child("cantSplit"), "row %d is kept whole", i)
	}
}

// A row taller than a page may split, or Word and LibreOffice print it
// past the bottom margin; the rows that fit stay whole.
func TestTableRowTallerThanAPage(t *testing.T) {
	f := openDocx(t, render(t, testplans.TallRow(t)))
	rows := f.doc.all("tbl")[1].kids("tr") // after the header table
	require.Len(t, rows, 4)
	require.Contains(t, paraText(rows[2].all("p")[1]), "Tổ chức tuyên truyền")
	for i, r := range rows {
		assert.Equal(t, i != 2, r.child("trPr").child("cantSplit") != nil, "row %d", i)
	}
}

func TestFootnotes(t *testing.T) {
	p := load(t, "plan-09.md")
	para := p.Preamble[0].(*plan.Paragraph)
	para.Text = para.Text.Note("Luật số 42/2024/QH15.").Plain(" và ").Note("Văn bản hợp nhất.")
	f := openDocx(t, render(t, p))
	refs := f.doc.all("footnoteReference")
	require.Len(t, refs, 2)
	assert.Equal(t, "1", refs[0].attrs["id"])
	assert.Equal(t, "2", refs[1].attrs["id"])
	notes := parseXML(t, f.parts["word/footnotes.xml"])
	var texts []string
	for _, n := range notes.all("footnote") {
		if n.attrs["type"] == "" {
			texts = append(texts, n.attrs["id"]+":"+paraText(n))
		}
	}
	assert.Equal(t, []string{"1: Luật số 42/2024/QH15.", "2: Văn bản hợp nhất."}, texts)
	for _, n := range notes.all("footnote") {
		if n.attrs["type"] == "separator" { // one line of footnote text, no space before: the PDF's room
			p := n.child("p")
			assert.Equal(t, "0", p.child("pPr").child("spacing").attrs["before"])
			assert.Equal(t, "24", p.child("r").child("rPr").child("sz").attrs["val"], "12 pt, the footnote size")
		}
	}
	assert.Len(t, notes.all("footnoteRef"), 2)
	assert.Contains(t, string(f.parts["word/settings.xml"]), `<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`)

	// A note referred to twice: one Word footnote, bookmarked, and a
	// NOTEREF field that prints its number at the second reference.
	para.Text = para.Text.Plain(" và lần nữa")
	para.Text = append(para.Text, plan.Span{Note: &plan.Footnote{ID: "luat", Text: plan.Plain("Luật số 42/2024/QH15.")}})
	para.Text[1].Note.ID = "luat"
	f = openDocx(t, render(t, p))
	require.Len(t, f.doc.all("footnoteReference"), 2, "two notes, not three")
	fields := f.doc.all("fldSimple")
	require.Len(t, fields, 1)
	assert.Equal(t, " NOTEREF _RefKehoachNote1 \\f \\h ", fields[0].attrs["instr"])
	assert.Equal(t, "1", paraText(fields[0]), "the first note's number")
	marks := f.doc.all("bookmarkStart")
	require.Len(t, marks, 2)
	assert.Equal(t, "_RefKehoachNote1", marks[0].attrs["name"])
	notes = parseXML(t, f.parts["word/footnotes.xml"])
	assert.Len(t, notes.all("footnoteRef"), 2)

	// A span with text and a note (JSON, Go): the text, then the mark.
	para.Text = plan.Text{{Text: "Thực hiện "}, {Text: "Chỉ thị số 19/CT-TTg", Bold: true, Note: &plan.Footnote{Text: plan.Plain("Ban hành.")}}}
	f = openDocx(t, render(t, p))
	first := firstPara(f, "Thực hiện")
	require.NotNil(t, first)
	assert.Equal(t, "Thực hiện Chỉ thị số 19/CT-TTg", paraText(first))
	runs := first.kids("r")
	require.Len(t, runs, 3)
	assert.NotNil(t, runs[1].child("rPr").child("b"), "the cited text bold")
	assert.NotNil(t, runs[2].child("footnoteReference"), "then the mark")
}

func TestInlineStyles(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	p.Preamble[1] = plan.ParaText(plan.Plain("Sở ").Bold("Thông tin").Plain(" và ").Italic("Truyền thông").Plain(" xây dựng\nKế hoạch"))
	f := openDocx(t, render(t, p))
	para := firstPara(f, "Sở Thông tin")
	require.NotNil(t, para)
	assert.Equal(t, "Sở Thông tin và Truyền thông xây dựng\nKế hoạch", paraText(para))
	runs := para.kids("r")
	var styled []string
	for _, r := range runs {
		if t := r.child("t"); t != nil {
			fmt := f.resolve(para, r)
			styled = append(styled, map[bool]string{true: "B", false: ""}[fmt.bold]+map[bool]string{true: "I", false: ""}[fmt.italic]+":"+t.text)
		}
	}
	assert.Equal(t, []string{":Sở ", "B:Thông tin", ": và ", "I:Truyền thông", ": xây dựng", ":Kế hoạch"}, styled)
}

func TestUrgencyAndDraft(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	p.Urgency = plan.UrgencyFlash
	p.Draft = true
	f := openDocx(t, render(t, p))
	rows := headerTable(t, f)
	texts := textParas(rows[1][0])
	require.Len(t, texts, 3)
	assert.Equal(t, "HỎA TỐC", paraText(texts[1]))
	ind := texts[1].child("pPr").child("ind")
	box := twipsAttrOf(t, f.doc.all("gridCol")[0], "w") - twipsAttrOf(t, ind, "left") - twipsAttrOf(t, ind, "right")
	assert.InDelta(t, 30, mm(box), 0.1, "Hỏa tốc: a 30 mm box")
	borders := texts[1].child("pPr").child("pBdr")
	require.NotNil(t, borders.child("left"))
	// 8 mm tall (Phụ lục I, mục II.10.b), from the middle of the top
	// stroke to the middle of the bottom one: the line, exactly as tall
	// in every word processor, the room the top and bottom borders keep
	// from the text, and half of each stroke.
	spacing := texts[1].child("pPr").child("spacing")
	require.Equal(t, "exact", spacing.attrs["lineRule"], "a line of a fixed height")
	line := twipsAttrOf(t, spacing, "line")
	pad := func(side string) float64 {
		v, err := strconv.Atoi(borders.child(side).attrs["space"])
		require.NoError(t, err)
		return float64(v)
	}
	stroke := func(side string) float64 {
		v, err := strconv.Atoi(borders.child(side).attrs["sz"])
		require.NoError(t, err)
		return float64(v) / 8
	}
	assert.InDelta(t, 8, mm(line+pad("top")+pad("bottom")+stroke("top")/2+stroke("bottom")/2), 0.01, "the stamp is 8 mm tall")
	assert.Zero(t, pad("left"), "the sides sit on the indents: a side space would widen the box beyond 30 mm")
	assert.Zero(t, pad("right"))
	// In bright red ("mực đỏ tươi"): the border and the text.
	for _, side := range []string{"top", "left", "bottom", "right"} {
		assert.Equal(t, "FF0000", borders.child(side).attrs["color"], side)
	}
	for _, r := range texts[1].kids("r") {
		assert.Equal(t, "FF0000", r.child("rPr").child("color").attrs["val"])
	}
	assert.Equal(t, plan.DraftMark, paraText(texts[2]))
	for _, r := range texts[2].kids("r") {
		assert.Nil(t, r.child("rPr").child("color"), "the draft mark stays black")
	}
}

// Characters XML 1.0 forbids are removed; everything else is kept, escaped.
func TestForbiddenCharacters(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	p.Subject = "Kế hoạch <w:p>&\"thi đua\"\x00\x01\x0b\x1f\ufffe tab\there"
	p.Preamble[0] = plan.Para("Văn bản ]]> <![CDATA[ \x7f 😀 \xff\xfe hỏng")
	f := openDocx(t, render(t, p))
	body := bodyParas(f)
	assert.Equal(t, "Kế hoạch <w:p>&\"thi đua\" tab here", paraText(body[1]))
	assert.Equal(t, "Văn bản ]]> <![CDATA[ \x7f 😀 \ufffd\ufffd hỏng", paraText(firstPara(f, "Văn bản")))
}

func TestDeterministic(t *testing.T) {
	for _, name := range []string{"ke-hoach-004.md", "plan-10.md"} {
		a := render(t, load(t, name))
		b := render(t, load(t, name))
		assert.True(t, bytes.Equal(a, b), "%s: byte-identical output", name)
	}
	created := time.Date(2021, 11, 15, 8, 0, 0, 0, time.UTC)
	f := openDocx(t, render(t, load(t, "ke-hoach-004.md"), WithTime(created)))
	core := string(f.parts["docProps/core.xml"])
	assert.Contains(t, core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-11-15T08:00:00Z</dcterms:created>")
	assert.Contains(t, core, "<dc:title>Phát động phong trào thi đua")
	assert.Contains(t, core, "<dc:creator>Sở Thông tin và Truyền thông</dc:creator>")
	assert.Contains(t, core, "<dc:language>vi-VN</dc:language>")
}

func TestInvalidPlanWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, &plan.Plan{Issuer: []string{"X"}})
	require.Error(t, err)
	assert.Len(t, plan.AsErrors(err), 3)
	assert.Zero(t, buf.Len())
}

// Landscape: an appendix whose table cannot fit a portrait page.
func TestLandscapeAppendix(t *testing.T) {
	p := load(t, "plan-09.md")
	header := make([]string, 12)
	row := make([]string, 12)
	for i := range header {
		header[i] = "Chỉtiêudàidòng" + strings.Repeat("x", i%3)
		row[i] = "Giátrịdài"
	}
	p.Appendices = append(p.Appendices, plan.NewAppendix("BẢNG RỘNG", plan.NewTable(header, row)))
	f := openDocx(t, render(t, p))
	sections := f.doc.all("sectPr")
	require.Len(t, sections, 3)
	assert.Empty(t, sections[1].child("pgSz").attrs["orient"], "the narrow table stays portrait")
	last := sections[2].child("pgSz")
	assert.Equal(t, "landscape", last.attrs["orient"])
	assert.InDelta(t, 297, mm(twipsAttrOf(t, last, "w")), 0.05)
}

var golden = regexp.MustCompile(`(</w:p>|</w:tr>|</w:tbl>|<w:body>)`)

// TestGolden compares document.xml (one paragraph per line) and the
// footnotes with the files in testdata/golden/docx; -update rewrites them.
func TestGolden(t *testing.T) {
	for _, name := range []string{"ke-hoach-004.md", "plan-09.md", "plan-10.md", testplans.WrittenPlan, testplans.Report} {
		t.Run(name, func(t *testing.T) {
			parts := unzip(t, render(t, load(t, name)))
			got := golden.ReplaceAllString(string(parts["word/document.xml"]), "$1\n")
			path := filepath.Join("../../testdata/golden/docx", strings.TrimSuffix(name, ".md")+".document.xml")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./render/docx -update to create the golden files")
			assert.Equal(t, string(want), got)
		})
	}
}

// TestSpaceBeforeTable: the paragraph or heading over a body table keeps
// Layout.TableSpacing under it, so the table's border does not touch its
// descenders; its other spacing stays its style's.
func TestSpaceBeforeTable(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	table := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Tuyên truyền"})
	part := p.Sections[1]
	part.Content = append(plan.Nodes{table}, part.Content...) // under the part's heading
	first := p.Sections[0]                                    // after a section's last block
	first.Content = append(first.Content, plan.NewTable([]string{"A"}, []string{"b"}))
	f := openDocx(t, render(t, p))
	body := f.doc.all("body")[0]
	var before []*node // the paragraphs directly before each body table
	kids := body.children
	for i, k := range kids {
		bordered := k.name == "tbl" && k.child("tblPr").child("tblBorders").child("top").attrs["val"] != "nil"
		if bordered && i > 0 && kids[i-1].name == "p" {
			before = append(before, kids[i-1])
		}
	}
	require.Len(t, before, 2, "the two body tables")
	l := layout.Default()
	for _, para := range before {
		sp := f.paraProp(para, "spacing")
		assert.InDelta(t, l.TableSpacing, twipsAttrOf(t, sp, "after"), 0.05, "%q", paraText(para))
		assert.InDelta(t, l.ParaSpacing, twipsAttrOf(t, sp, "before"), 0.05, "%q keeps its space before", paraText(para))
		assert.NotNil(t, f.paraProp(para, "keepNext"), "%q keeps with its table", paraText(para))
	}
}

// TestIntroKeepsWithTable: the paragraph over a table keeps with it
// (layout.KeepsIntro), but not over a table whose rows carry footnotes;
// other body paragraphs do not keep with the next.
func TestIntroKeepsWithTable(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	noted := plan.NewTable([]string{"TT", "Nội dung"})
	noted.Rows = [][]plan.Text{{plan.Plain("1"), plan.Plain("Hàng").Note("Ghi chú")}}
	p.Sections[1].Content = append(p.Sections[1].Content,
		plan.Para("Bảng thứ nhất như sau:"), plan.NewTable([]string{"TT"}, []string{"1"}),
		plan.Para("Bảng có ghi chú như sau:"), noted,
		plan.Para("Đoạn kết của phần."))
	f := openDocx(t, render(t, p))
	keeps := func(prefix string) bool { return f.paraProp(firstPara(f, prefix), "keepNext") != nil }
	assert.True(t, keeps("Bảng thứ nhất"))
	assert.False(t, keeps("Bảng có ghi chú"), "over a table with noted rows")
	assert.False(t, keeps("Đoạn kết"), "an ordinary paragraph")
}

// bodyParas returns the paragraphs at the top level of the body after the
// tiny one that opens it: the title, the subject, …
func bodyParas(f *docxFile) []*node {
	return f.doc.all("body")[0].kids("p")[1:]
}

// TestTablesThatTouch: two tables one after the other are kept apart by
// a tiny paragraph, or Word joins them into one, also when the first ends
// a section and the second follows it.
func TestTablesThatTouch(t *testing.T) {
	one := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "A"})
	two := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "B"})
	for name, sections := range map[string][]*plan.Section{
		"siblings":           {plan.NewPart("Một", one, two)},
		"after a section":    {plan.NewPart("Một", plan.NewSection("Mục", one), two)},
		"after a subsection": {plan.NewPart("Một", plan.NewSection("Mục", plan.NewPoint("Điểm", one)), two)},
	} {
		p := load(t, "ke-hoach-004.md")
		p.Preamble, p.Sections = nil, sections
		doc := string(unzip(t, render(t, p))["word/document.xml"])
		assert.Equal(t, 4, strings.Count(doc, "</w:tbl>"), "%s: header, two tables, signature", name)
		assert.NotContains(t, doc, "</w:tbl><w:tbl>", "%s: no two tables touch", name)
	}
}
