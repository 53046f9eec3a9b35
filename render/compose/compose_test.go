package compose_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// pagesOf lays an example plan out with the default layout.
func pagesOf(t *testing.T, name string) []compose.Page {
	t.Helper()
	pages, err := compose.Pages(testplans.Load(t, name), layout.Default())
	require.NoError(t, err)
	return pages
}

// find returns the first run on the page whose text is s, or nil.
func find(pg compose.Page, s string) *compose.Text {
	for i := range pg.Texts {
		if pg.Texts[i].Text == s {
			return &pg.Texts[i]
		}
	}
	return nil
}

// TestExamplePages: each example plan takes the pages LibreOffice prints
// its DOCX on (render/pdf's agreement test checks the same counts against
// LibreOffice itself), A4 portrait, the plan's pages and then each
// appendix's, each section numbered from 1.
func TestExamplePages(t *testing.T) {
	for name, want := range map[string][][2]int{ // section and number of each page
		"ke-hoach-004.md": {{0, 1}, {0, 2}, {0, 3}},
		"plan-08.md":      {{0, 1}, {0, 2}, {0, 3}, {0, 4}},
		"plan-09.md":      {{0, 1}, {0, 2}, {1, 1}},
		"plan-10.md":      {{0, 1}, {0, 2}, {0, 3}, {1, 1}, {2, 1}, {2, 2}},
	} {
		t.Run(name, func(t *testing.T) {
			var got [][2]int
			for _, pg := range pagesOf(t, name) {
				got = append(got, [2]int{pg.Section, pg.Number})
				assert.InDelta(t, 595.28, pg.Width, 0.01, "A4")
				assert.InDelta(t, 841.89, pg.Height, 0.01, "A4")
				assert.False(t, pg.Landscape)
				assert.NotEmpty(t, pg.Texts)
				number := find(pg, fmt.Sprint(pg.Number))
				if pg.Number == 1 {
					assert.NotEqual(t, pg.Texts[0].Text, "1", "no number on a section's first page")
				} else {
					require.NotNil(t, number)
					assert.Equal(t, *number, pg.Texts[0], "the page number first")
				}
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestKnownLines: lines of the seed plan where the layout puts them, in
// points from the page's top-left corner.
func TestKnownLines(t *testing.T) {
	l := layout.Default()
	p := testplans.Load(t, "ke-hoach-004.md")
	head := l.Head(p)
	pages := pagesOf(t, "ke-hoach-004.md")
	first := pages[0]
	m := layout.FontMetrics(layout.Regular)
	centre := func(tx *compose.Text) float64 { return tx.X + tx.Width/2 }

	// Row 1 of the header: the agency and the Quốc hiệu on one baseline,
	// under the tiny paragraph that opens the page.
	national := find(first, plan.NationalName)
	require.NotNil(t, national)
	assert.InDelta(t, l.Margins.Top+layout.LineHeight(l.HairlineSize)+m.BaselineAt(l.NationalNameSize), national.Y, 0.01)
	assert.InDelta(t, l.Margins.Left+head.LeftWidth+head.RightWidth/2, centre(national), 0.01, "centred in the right column")
	assert.Equal(t, layout.Bold, national.Style)
	assert.Equal(t, l.NationalNameSize, national.Size)
	parent := find(first, "UBND TỈNH VĨNH PHÚC")
	require.NotNil(t, parent)
	assert.Equal(t, national.Y, parent.Y, "the agency level with the Quốc hiệu")
	assert.InDelta(t, l.Margins.Left+head.LeftWidth/2, centre(parent), 0.01, "centred in the left column")

	// Row 2: "Số:" and the date on one baseline (layout contract §2.2).
	var number, date *compose.Text
	for i, tx := range first.Texts {
		switch {
		case strings.HasPrefix(tx.Text, "Số:"):
			number = &first.Texts[i]
		case strings.HasPrefix(tx.Text, p.Place+", ngày"):
			date = &first.Texts[i]
		}
	}
	require.NotNil(t, number)
	require.NotNil(t, date)
	assert.Equal(t, number.Y, date.Y)
	assert.Equal(t, layout.Italic, date.Style)

	// The title, centred on the text width, the gap after the header
	// above it.
	title := find(first, "KẾ HOẠCH")
	require.NotNil(t, title)
	assert.InDelta(t, l.Margins.Left+l.TextWidth()/2, centre(title), 0.01)
	assert.Greater(t, title.Y-number.Y, l.GapAfterHeader)

	// The first paragraph of the body starts after the first-line
	// indent; its other lines at the margin.
	firstWord := strings.Fields(p.Preamble[0].(*plan.Paragraph).Text.String())[0]
	var body []compose.Text
	for _, tx := range first.Texts {
		if tx.Size == l.BodySize && tx.Y > title.Y && tx.Style == layout.Regular {
			body = append(body, tx)
		}
	}
	require.NotEmpty(t, body)
	assert.Equal(t, firstWord, body[0].Text)
	assert.InDelta(t, l.Margins.Left+l.FirstIndent, body[0].X, 0.01)
	for _, tx := range body[1:] {
		if tx.Y > body[0].Y {
			assert.InDelta(t, l.Margins.Left, tx.X, 0.01, "the second line at the margin")
			assert.InDelta(t, layout.LineHeight(l.BodySize), tx.Y-body[0].Y, 0.01, "single spacing")
			break
		}
	}

	// Page 2's number, centred in the top margin.
	two := pages[1].Texts[0]
	assert.Equal(t, "2", two.Text)
	assert.InDelta(t, l.HeaderDistance+m.BaselineAt(l.PageNumberSize), two.Y, 0.01)
	assert.InDelta(t, l.Margins.Left+l.TextWidth()/2, centre(&two), 0.01)
	assert.Less(t, two.Y, l.Margins.Top)

	// The rules of page 1: under the issuer, the Tiêu ngữ and the subject.
	require.Len(t, first.Rules, 3)
	assert.InDelta(t, head.SubjectRule, first.Rules[2].X2-first.Rules[2].X1, 0.01)
	for _, r := range first.Rules {
		assert.Equal(t, r.Y1, r.Y2, "horizontal")
		assert.Equal(t, l.RuleWidth, r.Width)
	}
}

// TestTextWidths: every run's width is its text's as the font measures
// it, and lies on the page.
func TestTextWidths(t *testing.T) {
	for _, name := range testplans.Names {
		for _, pg := range pagesOf(t, name) {
			for _, tx := range pg.Texts {
				assert.InDelta(t, layout.FontMetrics(tx.Style).Width(tx.Text, tx.Size), tx.Width, 1e-9, "%s: %q", name, tx.Text)
				assert.NotContains(t, tx.Text, "\n", "one line a run")
				assert.Positive(t, tx.X)
				assert.LessOrEqual(t, tx.X+tx.Width, pg.Width)
			}
		}
	}
}

// TestLandscapeAppendix: an appendix with a table too wide for a portrait
// page is laid out on landscape pages; the plan's own pages stay
// portrait.
func TestLandscapeAppendix(t *testing.T) {
	p := testplans.Minimal()
	var cols []string
	for i := range 9 {
		cols = append(cols, fmt.Sprintf("Tổng-kinh-phí-dự-kiến-%d", i))
	}
	p.Appendices = []*plan.Appendix{plan.NewAppendix("Danh mục", plan.NewTable(cols, cols))}
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	require.Len(t, pages, 2)
	assert.False(t, pages[0].Landscape)
	assert.True(t, pages[1].Landscape)
	assert.Greater(t, pages[1].Width, pages[1].Height)
	assert.Equal(t, 1, pages[1].Section)
}

// TestPagesRefuses: a plan that does not validate, or a layout outside
// the decree's ranges, gives an error and no pages.
func TestPagesRefuses(t *testing.T) {
	p := testplans.Minimal()
	p.Subject = ""
	pages, err := compose.Pages(p, layout.Default())
	assert.NotNil(t, plan.AsErrors(err), "the plan's validation errors")
	assert.Nil(t, pages)

	l := layout.Default()
	l.BodySize = 20
	pages, err = compose.Pages(testplans.Minimal(), l)
	assert.ErrorContains(t, err, "body size")
	assert.Nil(t, pages)
}

// TestPrintableExported: what a drawer puts in a document's properties
// is cleaned as the page's text is.
func TestPrintableExported(t *testing.T) {
	assert.Equal(t, "a b\ufffd", compose.Printable("a\tb\u00ad😀"))
}

// TestRecipientsHang: a recipient item that wraps goes on under its text,
// after "- ", in both columns' sizes; the label is not indented.
func TestRecipientsHang(t *testing.T) {
	l := layout.Default()
	p := testplans.Minimal()
	p.Recipients = []string{"Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh và các cơ quan, đơn vị có liên quan (để thực hiện)"}
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	var lines []compose.Text // the first run of each line of the item
	for _, tx := range pages[0].Texts {
		if tx.Size == l.RecipientsSize && (len(lines) == 0 || tx.Y > lines[len(lines)-1].Y) {
			if len(lines) > 0 && strings.HasPrefix(tx.Text, "-") {
				break // the archive line
			}
			lines = append(lines, tx)
		}
	}
	require.GreaterOrEqual(t, len(lines), 3, "the item wraps")
	assert.True(t, strings.HasPrefix(lines[0].Text, "-"), "the item starts with its dash: %q", lines[0].Text)
	assert.InDelta(t, l.Margins.Left, lines[0].X, 0.01)
	for _, line := range lines[1:] {
		assert.InDelta(t, l.Margins.Left+l.RecipientHang(), line.X, 0.01, "%q under the text after the dash", line.Text)
	}
	label := find(pages[0], "Nơi nhận:")
	require.NotNil(t, label)
	assert.InDelta(t, l.Margins.Left, label.X, 0.01)
}

// TestAppendixRuleRoom: the rule under an appendix's "(Kèm theo …)" line
// sits below the line's italic descenders, with the rule gap and a
// descent more between them.
func TestAppendixRuleRoom(t *testing.T) {
	l := layout.Default()
	for _, pg := range pagesOf(t, "plan-10.md") {
		if pg.Section == 0 || pg.Number != 1 {
			continue
		}
		rule := pg.Rules[0] // the first the page draws, under the title block
		var above compose.Text
		for _, tx := range pg.Texts {
			if tx.Y < rule.Y1 && tx.Y > above.Y {
				above = tx
			}
		}
		require.Equal(t, layout.Italic, above.Style, "the (Kèm theo …) line above the rule")
		descent := layout.FontMetrics(layout.Italic).DescentAt(above.Size)
		assert.GreaterOrEqual(t, rule.Y1-rule.Width/2-(above.Y+descent), l.RuleGap+descent-0.05, "appendix %d", pg.Section)
	}
}
