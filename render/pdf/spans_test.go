package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestSpannedTablePositions reads back with poppler the appendix of the
// plan numbered as written: a landscape page, as its author asked, whose
// table's group rows are centred over the table, its "Cơ quan" centred
// over its two columns with "Chủ trì" and "Phối hợp" under it, "TT"
// centred between the two header rows, and a time shared by two tasks
// centred between their rows.
func TestSpannedTablePositions(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	p := load(t, testplans.WrittenPlan)
	pages := pdfcheck.Read(t, save(t, t.TempDir(), "written.pdf", p))
	require.Len(t, pages, 4)
	appendix := pages[3]
	assert.Greater(t, appendix.Width, appendix.Height, "the appendix on a landscape page")
	for _, pg := range pages[:3] {
		assert.Less(t, pg.Width, pg.Height, "the plan's own pages portrait")
	}

	l := layout.Default()
	l = l.Landscape()
	table := p.Appendices[0].Content[0].(*plan.Table)
	ws := l.ColumnWidths(table, l.TextWidth())
	edge := []float64{l.Margins.Left}
	for _, w := range ws {
		edge = append(edge, edge[len(edge)-1]+w)
	}
	m := fontMetrics()
	centre := func(line *pdfcheck.Line) float64 { return (line.XMin + line.XMax) / 2 }
	find := func(s string) *pdfcheck.Line {
		t.Helper()
		line := findWords(appendix, s, true)
		require.NotNil(t, line, s)
		return line
	}

	for _, group := range []string{"I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "III. CHUYỂN ĐỔI SỐ"} {
		assert.InDelta(t, l.Margins.Left+l.TextWidth()/2, centre(find(group)), 0.5, "%q centred over the table", group)
	}
	agency, lead, partner := find("Cơ quan"), find("Chủ trì"), find("Phối hợp")
	assert.InDelta(t, (edge[2]+edge[4])/2, centre(agency), 0.5, "Cơ quan centred over its two columns")
	assert.InDelta(t, (edge[2]+edge[3])/2, centre(lead), 0.5)
	assert.InDelta(t, (edge[3]+edge[4])/2, centre(partner), 0.5)
	assert.Greater(t, lead.YMin, agency.YMax, "Chủ trì under Cơ quan")
	assert.InDelta(t, m.Baseline(lead.Words[0]), m.Baseline(partner.Words[0]), 0.05)

	tt := find("TT")
	assert.InDelta(t, (edge[0]+edge[1])/2, centre(tt), 0.5)
	mid := (m.Baseline(agency.Words[0]) + m.Baseline(lead.Words[0])) / 2
	assert.InDelta(t, mid, m.Baseline(tt.Words[0]), 0.05, "TT centred between the two header rows")

	// The time shared by tasks 3 and 4, rows of two lines each, stands
	// level with the border between them, halfway between their numbers.
	three, four, always := appendix.Find("3"), appendix.Find("4"), find("Thường xuyên")
	require.NotNil(t, three)
	require.NotNil(t, four)
	assert.InDelta(t, (m.Baseline(*three)+m.Baseline(*four))/2, m.Baseline(always.Words[0]), 0.05)
	assert.InDelta(t, (edge[4]+edge[5])/2, centre(always), 0.5*ws[4], "in its column")
}

// TestReportPage: a báo cáo's first page is titled "BÁO CÁO", its number
// "BC-…", and its table's group rows span it.
func TestReportPage(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	p := load(t, testplans.Report)
	pages := pdfcheck.Read(t, save(t, t.TempDir(), "report.pdf", p))
	require.Len(t, pages, 2)
	assert.NotNil(t, phrase(pages[0], "BÁO CÁO"))
	assert.Nil(t, findWords(pages[0], "KẾ HOẠCH", false))
	assert.NotNil(t, findWords(pages[0], "Số: 85/BC-VHTT", false))
	l := layout.Default()
	var group *pdfcheck.Line
	for _, pg := range pages {
		if group == nil {
			group = phrase(pg, "Thông tin, truyền thông")
		}
	}
	require.NotNil(t, group)
	assert.InDelta(t, l.Margins.Left+l.TextWidth()/2, (group.XMin+group.XMax)/2, 0.5, "the group row centred over the table")
}

// TestHeadingsAndBases: headings of levels 5 and 6 (the decree's "+" and
// "•", or the author's own labels) and each legal basis start a line of
// their own at the first-line indent.
func TestHeadingsAndBases(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	l := layout.Default()
	indent := l.Margins.Left + l.FirstIndent
	dir := t.TempDir()
	for _, c := range []struct {
		plan  *plan.Plan
		lines []string
	}{
		{testplans.SixLevels(), []string{"+ Báo in", "• Chuyên mục hằng tuần", "- Trên báo chí", "a) Tuyên truyền"}},
		{load(t, testplans.WrittenPlan), []string{"1.1. Rà soát, hệ thống hóa văn bản",
			"(1) Văn bản do Hội đồng nhân dân huyện ban hành", "- Nghị quyết về phát triển kinh tế - xã hội",
			"Căn cứ Luật Tổ chức", "Căn cứ Nghị quyết số 76/NQ-CP", "Căn cứ Kế hoạch số 05/KH-UBND"}},
		{load(t, testplans.Report), []string{"1.1. Xây dựng đời sống văn hóa cơ sở", "+ Đăng ký đầu năm"}},
	} {
		pages := pdfcheck.Read(t, save(t, dir, "plan.pdf", c.plan))
		for _, want := range c.lines {
			line := lineStarting(pages, pdfcheck.SplitWords(want))
			if assert.NotNil(t, line, want) {
				assert.InDelta(t, indent, line.XMin, 0.05, "%q at the first-line indent", want)
			}
		}
	}
}

// TestOrientationByChoice: an appendix's pages are landscape or portrait
// as its author says, whatever its table's width.
func TestOrientationByChoice(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	dir := t.TempDir()
	for _, c := range testplans.Orientations() {
		pages := pdfcheck.Read(t, save(t, dir, "plan.pdf", c.Plan))
		last := pages[len(pages)-1]
		assert.Equal(t, c.Landscape, last.Width > last.Height, c.Name)
		assert.Less(t, pages[0].Width, pages[0].Height, "%s: the plan's own page portrait", c.Name)
	}
}
