package compose_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// startsLine returns the run that starts the line printing s, or nil.
func startsLine(pages []compose.Page, s string) *compose.Text {
	for _, pg := range pages {
		if tx := find(pg, s); tx != nil {
			return tx
		}
	}
	return nil
}

// TestSixLevels: headings of levels 5 and 6 print "+" and "•" in the
// decree's scheme, italic as level 4's "-", at the first-line indent.
func TestSixLevels(t *testing.T) {
	l := layout.Default()
	pages, err := compose.Pages(testplans.SixLevels(), l)
	require.NoError(t, err)
	for _, want := range []struct {
		line  string
		style layout.Style
	}{
		{"I. NỘI DUNG", layout.Bold}, {"1. Nhiệm vụ", layout.Bold}, {"a) Tuyên truyền", layout.Italic},
		{"- Trên báo chí", layout.Italic}, {"+ Báo in", layout.Italic}, {"• Chuyên mục hằng tuần", layout.Italic},
	} {
		tx := startsLine(pages, want.line)
		if assert.NotNil(t, tx, want.line) {
			assert.Equal(t, want.style, tx.Style, want.line)
			assert.InDelta(t, l.Margins.Left+l.FirstIndent, tx.X, 0.01, want.line)
		}
	}
}

// TestWrittenPlanPages: the plan numbered as written prints its labels
// as its author wrote them, six levels deep, its legal bases in italic,
// and its appendix on a landscape page, as the author asked.
func TestWrittenPlanPages(t *testing.T) {
	l := layout.Default()
	pages := pagesOf(t, testplans.WrittenPlan)
	var got [][2]int
	for _, pg := range pages {
		got = append(got, [2]int{pg.Section, pg.Number})
		assert.Equal(t, pg.Section == 1, pg.Landscape, "page %d of section %d", pg.Number, pg.Section)
	}
	assert.Equal(t, [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 1}}, got)
	// "Phần I." on a line of its own, centred, its title centred under it
	// (layout contract, Part B §3.1).
	label, title := startsLine(pages, "Phần I."), startsLine(pages, "MỤC ĐÍCH, YÊU CẦU")
	if assert.NotNil(t, label) && assert.NotNil(t, title) {
		assert.Greater(t, title.Y, label.Y, "the title under the label")
		mid := l.Margins.Left + l.TextWidth()/2
		assert.InDelta(t, mid, label.X+label.Width/2, 0.5, "the label centred")
		assert.InDelta(t, mid, title.X+title.Width/2, 0.5, "the title centred")
	}
	for _, line := range []string{"1.1. Rà soát, hệ thống hóa văn bản", "a) Rà soát định kỳ",
		"(1) Văn bản do Hội đồng nhân dân huyện ban hành", "- Nghị quyết về đầu tư công"} {
		assert.NotNil(t, startsLine(pages, line), line)
	}
	// Each basis starts its own line, at the first-line indent, in italic.
	first := pages[0]
	bases := 0
	for _, tx := range first.Texts {
		if strings.HasPrefix(tx.Text, "Căn") && tx.X < l.Margins.Left+l.FirstIndent+1 {
			bases++
			assert.Equal(t, layout.Italic, tx.Style)
			assert.InDelta(t, l.Margins.Left+l.FirstIndent, tx.X, 0.01)
		}
	}
	assert.Equal(t, 3, bases)
	var lead *compose.Text // the lead-in after the bases
	for k, tx := range first.Texts {
		if tx.Text == "Ủy" && tx.X < l.Margins.Left+l.FirstIndent+1 {
			lead = &first.Texts[k]
		}
	}
	require.NotNil(t, lead, "the lead-in after the bases")
	assert.Equal(t, layout.Regular, lead.Style, "upright")
}

// TestReportPages: a báo cáo is titled "BÁO CÁO" and numbered "BC-".
func TestReportPages(t *testing.T) {
	pages := pagesOf(t, testplans.Report)
	require.Len(t, pages, 2)
	assert.NotNil(t, find(pages[0], "BÁO CÁO"))
	assert.Nil(t, find(pages[0], "KẾ HOẠCH"))
	assert.NotNil(t, find(pages[0], "Số: 85/BC-VHTT"))
	assert.NotNil(t, startsLine(pages, "1.1. Xây dựng đời sống văn hóa cơ sở"), "its own forms of numbering")
}

// TestOrientationByChoice: an appendix is landscape or portrait as its
// author says, whatever its table's width.
func TestOrientationByChoice(t *testing.T) {
	for _, c := range testplans.Orientations() {
		pages, err := compose.Pages(c.Plan, layout.Default())
		require.NoError(t, err)
		last := pages[len(pages)-1]
		assert.Equal(t, c.Landscape, last.Landscape, c.Name)
		assert.Equal(t, c.Landscape, last.Width > last.Height, c.Name)
	}
}

// TestUnprintedTypeRefused: a type whose layout kehoach does not print
// (a quyết định) gives no pages.
func TestUnprintedTypeRefused(t *testing.T) {
	pages, err := compose.Pages(testplans.Unprinted(), layout.Default())
	assert.Nil(t, pages)
	errs := plan.AsErrors(err)
	require.NotNil(t, errs)
	assert.Equal(t, plan.CodeUnsupportedType, errs[0].Code)
}
