package docx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// cellSpan returns a cell's gridSpan, 1 without one.
func cellSpan(t *testing.T, tc *node) int {
	t.Helper()
	span := tc.child("tcPr").child("gridSpan")
	if span == nil {
		return 1
	}
	n, err := strconv.Atoi(span.attrs["val"])
	require.NoError(t, err)
	return n
}

// vMerge returns a cell's vMerge: "restart", "continue" (the element
// without a value), or "" without one.
func vMerge(tc *node) string {
	m := tc.child("tcPr").child("vMerge")
	switch {
	case m == nil:
		return ""
	case m.attrs["val"] == "":
		return "continue"
	}
	return m.attrs["val"]
}

// TestSpannedTable: the appendix table of the plan numbered as written:
// both header rows repeat (tblHeader) and are bold; "Cơ quan" spans two
// grid columns (gridSpan); "TT", "Nhiệm vụ", "Thời gian hoàn thành" and
// "Sản phẩm" span the two header rows (vMerge restart, then continue);
// each group row spans the table; a time shared by two tasks spans their
// rows; every row fills the grid; the grid's columns are in the author's
// proportions, on the landscape text width; each cell is as wide as the
// columns it spans.
func TestSpannedTable(t *testing.T) {
	f := openDocx(t, render(t, load(t, testplans.WrittenPlan)))
	tables := f.doc.all("tbl")
	tbl := tables[len(tables)-1]
	rows := tbl.kids("tr")
	require.Len(t, rows, 10, "two header rows, three group rows, five tasks")

	var grid []float64
	total := 0.0
	for _, g := range tbl.child("tblGrid").kids("gridCol") {
		grid = append(grid, twipsAttrOf(t, g, "w"))
		total += grid[len(grid)-1]
	}
	l := layout.Default()
	turned := l.Landscape()
	assert.InDelta(t, turned.TextWidth(), total, 0.025, "the landscape text width, in whole twips")
	for c, rel := range []float64{1, 7, 3, 3, 2.5, 3.5} {
		assert.InDelta(t, rel/20*total, grid[c], 0.05, "column %d in the author's proportion", c)
	}

	type cellOf struct {
		text  string
		span  int
		merge string
	}
	shape := func(r *node) []cellOf {
		var out []cellOf
		col := 0
		for _, tc := range r.kids("tc") {
			c := cellOf{paraText(tc.child("p")), cellSpan(t, tc), vMerge(tc)}
			out = append(out, c)
			width := 0.0
			for _, w := range grid[col : col+c.span] {
				width += w
			}
			assert.InDelta(t, width, twipsAttrOf(t, tc.child("tcPr").child("tcW"), "w"), 0.05, "%q as wide as its columns", c.text)
			col += c.span
		}
		assert.Equal(t, len(grid), col, "the row fills the grid")
		return out
	}
	assert.Equal(t, []cellOf{{"TT", 1, "restart"}, {"Nhiệm vụ", 1, "restart"}, {"Cơ quan", 2, ""},
		{"Thời gian\nhoàn thành", 1, "restart"}, {"Sản phẩm", 1, "restart"}}, shape(rows[0]), "a header cell's lines balanced, as the PDF prints them")
	assert.Equal(t, []cellOf{{"", 1, "continue"}, {"", 1, "continue"}, {"Chủ trì", 1, ""}, {"Phối hợp", 1, ""},
		{"", 1, "continue"}, {"", 1, "continue"}}, shape(rows[1]))
	assert.Equal(t, []cellOf{{"I. CẢI CÁCH THỂ CHẾ", 6, ""}}, shape(rows[2]))
	assert.Equal(t, "Thường xuyên", shape(rows[6])[4].text)
	assert.Equal(t, "restart", shape(rows[6])[4].merge)
	assert.Equal(t, cellOf{"", 1, "continue"}, shape(rows[7])[4], "the shared time continues under it")

	for i, r := range rows {
		header := r.child("trPr").child("tblHeader") != nil
		assert.Equal(t, i < 2, header, "row %d: the two header rows repeat on every page", i)
		assert.NotNil(t, r.child("trPr").child("cantSplit"), "row %d kept whole", i)
	}
	for _, tc := range rows[1].kids("tc") {
		p := tc.child("p")
		assert.Equal(t, styleTableHeading, p.child("pPr").child("pStyle").attrs["val"], "the second header row in the header style")
		if paraText(p) != "" {
			assert.True(t, f.format(t, p).bold)
		}
	}
	group := rows[2].kids("tc")[0].child("p")
	assert.Equal(t, "center", f.paraProp(group, "jc").attrs["val"], "the group row centred, as its first column (TT)")
	assert.True(t, f.format(t, group).bold, "bold as written")
}

// TestHeaderRowsRepeat: the rows a cell spans from the header row head
// the table with it, even when the plan says one header row.
func TestHeaderRowsRepeat(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	table := testplans.SpannedTable()
	table.HeaderRows = 0
	p.Sections[0].Content = append(plan.Nodes{table}, p.Sections[0].Content...)
	rows := openDocx(t, render(t, p)).doc.all("tbl")[1].kids("tr")
	require.Len(t, rows, 5)
	for i, r := range rows {
		assert.Equal(t, i < 2, r.child("trPr").child("tblHeader") != nil, "row %d", i)
	}
}

// TestSixLevels: headings of levels 5 and 6 have styles of their own,
// italic, in the navigation's outline; their labels are the decree's "+"
// and "•", or as the author wrote them.
func TestSixLevels(t *testing.T) {
	f := openDocx(t, render(t, testplans.SixLevels()))
	assert.Equal(t, []string{"Heading1 I. NỘI DUNG", "Heading2 1. Nhiệm vụ", "Heading3 a) Tuyên truyền",
		"Heading4 - Trên báo chí", "Heading5 + Báo in", "Heading6 • Chuyên mục hằng tuần"}, headingTexts(f))
	for level, id := range map[int]string{5: styleHeading5, 6: styleHeading6} {
		s := f.styles[id]
		require.NotNil(t, s, id)
		assert.NotNil(t, s.child("rPr").child("i"), "%s italic", id)
		assert.Nil(t, s.child("rPr").child("b"), "%s not bold", id)
		assert.Equal(t, strconv.Itoa(level-1), s.child("pPr").child("outlineLvl").attrs["val"], id)
		assert.NotNil(t, s.child("pPr").child("keepNext"), "%s keeps with what follows", id)
	}

	heads := headingTexts(openDocx(t, render(t, load(t, testplans.WrittenPlan))))
	assert.Contains(t, heads, "Heading1 Phần II.\nNHIỆM VỤ TRỌNG TÂM", "the label over its title (layout contract, Part B §3.1)")
	assert.Contains(t, heads, "Heading3 1.1. Rà soát, hệ thống hóa văn bản")
	assert.Contains(t, heads, "Heading5 (1) Văn bản do Hội đồng nhân dân huyện ban hành")
	assert.Contains(t, heads, "Heading6 - Nghị quyết về đầu tư công")
	heads = headingTexts(openDocx(t, render(t, load(t, testplans.Report))))
	assert.Contains(t, heads, "Heading3 1.1. Xây dựng đời sống văn hóa cơ sở")
	assert.Contains(t, heads, "Heading6 + Đăng ký đầu năm")
}

// TestLegalBases: each basis is a paragraph of its own in the LegalBasis
// style, italic, as written; the lead-in after them is Normal.
func TestLegalBases(t *testing.T) {
	f := openDocx(t, render(t, load(t, testplans.WrittenPlan)))
	var bases []string
	for _, p := range f.doc.all("p") {
		if ps := p.child("pPr").child("pStyle"); ps != nil && ps.attrs["val"] == styleBasis {
			bases = append(bases, paraText(p))
			assert.True(t, f.format(t, p).italic, "%q italic", paraText(p))
		}
	}
	require.Len(t, bases, 3)
	assert.True(t, strings.HasPrefix(bases[0], "Căn cứ Luật Tổ chức chính quyền địa phương"))
	assert.True(t, strings.HasSuffix(bases[1], "giai đoạn 2021 - 2030;"))
	assert.True(t, strings.HasSuffix(bases[2], "năm 2026."))
	lead := firstPara(f, "Ủy ban nhân dân huyện Tân Phong ban hành")
	require.NotNil(t, lead)
	assert.False(t, f.format(t, lead).italic)
	assert.NotNil(t, f.styles[styleBasis].child("rPr").child("i"))
}

// TestOrientationByChoice: the appendix's section is landscape or
// portrait as its author says, whatever its table's width, and its table
// spans that page's text width.
func TestOrientationByChoice(t *testing.T) {
	for _, c := range testplans.Orientations() {
		f := openDocx(t, render(t, c.Plan))
		sects := f.doc.all("sectPr")
		size := sects[len(sects)-1].child("pgSz")
		assert.Equal(t, c.Landscape, size.attrs["orient"] == "landscape", c.Name)
		assert.Equal(t, c.Landscape, twipsAttrOf(t, size, "w") > twipsAttrOf(t, size, "h"), c.Name)
		tables := f.doc.all("tbl")
		total := 0.0
		for _, g := range tables[len(tables)-1].child("tblGrid").kids("gridCol") {
			total += twipsAttrOf(t, g, "w")
		}
		l := layout.Default()
		if c.Landscape {
			l = l.Landscape()
		}
		assert.InDelta(t, l.TextWidth(), total, 0.025, "%s: the table spans its page's text width, in whole twips", c.Name)
	}
}

// TestReport: a báo cáo is titled "BÁO CÁO" and numbered "BC-…".
func TestReport(t *testing.T) {
	f := openDocx(t, render(t, load(t, testplans.Report)))
	var title, number string
	for _, p := range f.doc.all("p") {
		style := p.child("pPr").child("pStyle")
		if style == nil {
			continue
		}
		switch style.attrs["val"] {
		case styleTitle:
			title = paraText(p)
		case styleNumber:
			number = paraText(p)
		}
	}
	assert.Equal(t, "BÁO CÁO", title)
	assert.Equal(t, "Số: 85/BC-VHTT", number)
}

// TestCoveredTextIgnored: text in covered cells prints nowhere, and does
// not make its row too tall to keep whole.
func TestCoveredTextIgnored(t *testing.T) {
	data := render(t, testplans.CoveredText())
	f, text := openDocx(t, data), documentText(t, data)
	assert.NotContains(t, text, "che")
	assert.NotContains(t, text, "ẩn")
	rows := f.doc.all("tbl")[1].kids("tr")
	require.Len(t, rows, 3)
	for i, r := range rows {
		assert.NotNil(t, r.child("trPr").child("cantSplit"), "row %d kept whole", i)
	}
}
