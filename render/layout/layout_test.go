package layout

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

func TestCheck(t *testing.T) {
	d := Default()
	assert.NoError(t, d.Check(), "Part A")
	for _, c := range []struct {
		change func(*Layout)
		want   string
	}{
		{func(l *Layout) { l.Margins.Left = MM(25) }, "layout: left margin 25 mm is outside the decree's range 30–35 mm"},
		{func(l *Layout) { l.PageHeight = math.NaN() }, "paper height NaN mm is not the decree's 297 mm"},
		{func(l *Layout) { l.PageWidth = MM(216) }, "paper width 216 mm is not the decree's 210 mm"},
		{func(l *Layout) { l.NumberSize = 12 }, "number size 12 pt is not the decree's 13 pt"},
		{func(l *Layout) { l.RecipientsSize = 12 }, "recipients size 12 pt is not the decree's 11 pt"},
		{func(l *Layout) { l.IssuerRuleRatio = 0.6 }, "issuer rule ratio 0.6 of the line is outside the decree's range 0.3333–0.5 of the line"},
		{func(l *Layout) { l.LineSpacing = 2 }, "line spacing 2 lines is outside the decree's range 1–1.5 lines"},
		{func(l *Layout) { l.FootnoteSize = 30 }, "footnote size 30 pt is outside kehoach's range 8–14 pt"},
		{func(l *Layout) { l.RuleWidth = math.Inf(1) }, "rule width +Inf pt is outside kehoach's range 0.25–2 pt"},
		{func(l *Layout) { l.FirstIndent = MM(15) }, "first-line indent 15 mm is neither 10 nor 12.7 mm"},
		{func(l *Layout) { l.VeryUrgentBox = 0 }, "very urgent box width 0 pt is outside"},
		{func(l *Layout) { l.SignatureRight = MM(120) }, "signature right column 120 mm is outside kehoach's range 50–115 mm"},
		{func(l *Layout) { l.FirstIndent = math.NaN() }, "first-line indent NaN mm is neither 10 nor 12.7 mm"},
		{func(l *Layout) { l.HeaderRight = math.NaN() }, "header right column NaN mm is outside kehoach's range 50–115 mm"},
		{func(l *Layout) { l.SignatureRight = -100 }, "signature right column -35.28 mm is outside kehoach's range 50–115 mm"},
		{func(l *Layout) { l.Margins.Right = MM(20); l.HeaderRight = MM(112) }, "header right column 112 mm is outside kehoach's range 50–110 mm"},
		{func(l *Layout) { l.LineExact = 20 }, "line spacing exactly 20 pt is outside the decree's range 15–18 pt"},
		{func(l *Layout) { l.LineExact = 14 }, "line spacing exactly 14 pt is outside the decree's range 15–18 pt"},
		{func(l *Layout) { l.ParaSpacing, l.ParaSpacingAfter = 3, 3 }, "3 pt after and 3 pt before paragraphs print 3 pt between them (the larger, not the sum); the decree asks at least 6 pt"},
		{func(l *Layout) { l.ParaSpacing, l.ParaSpacingAfter = 0, math.NaN() }, "NaN pt after and 0 pt before paragraphs"},
		{func(l *Layout) { l.ParaSpacingAfter = 30 }, "space after paragraphs 30 pt is outside kehoach's range 0–24 pt"},
		{func(l *Layout) { l.SignatureSpace = MM(5) }, "room to sign 5 mm is outside kehoach's range 15–60 mm"},
		{func(l *Layout) { l.FontName = " " }, "the font name is empty"},
	} {
		l := Default()
		c.change(&l)
		err := l.Check()
		if assert.Error(t, err, c.want) {
			assert.Contains(t, err.Error(), c.want)
		}
	}
	l := Default()
	l.Margins.Right, l.LineSpacing, l.FirstIndent = MM(20), 1.5, MM(12.7)
	assert.NoError(t, l.Check(), "values inside the ranges")
	l = Default()
	l.LineSpacing, l.LineExact = 3, 17 // an exact height: the multiple is not used
	l.ParaSpacing, l.ParaSpacingAfter = 3, 6
	assert.NoError(t, l.Check(), "exactly 17 pt, 6 pt between paragraphs")

	// An empty layout: every problem named once, no range upside down.
	err := (&Layout{}).Check()
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, len(slices.Compact(slices.Sorted(slices.Values(lines)))), "no message twice")
	assert.NotContains(t, err.Error(), "14.17–0 pt")

	// Every problem at once, one per line.
	l = Default()
	l.Margins.Left, l.BodySize, l.FitAllowance = MM(10), 20, 0.5
	err = l.Check()
	require.Error(t, err)
	lines = strings.Split(err.Error(), "\n")
	require.Len(t, lines, 3, err.Error())
	assert.Contains(t, lines[0], "left margin 10 mm")
	assert.Contains(t, lines[1], "body size 20 pt")
	assert.Contains(t, lines[2], "fit allowance 0.5 of the width is outside kehoach's range 0–0.1")
}

func TestColumnWidths(t *testing.T) {
	l := Default()
	width := l.TextWidth()
	sum := func(ws []float64) (s float64) {
		for _, w := range ws {
			s += w
		}
		return s
	}
	// Short content: the table fills the width in proportion to its lines.
	short := plan.NewTable([]string{"TT", "Nội dung công việc"}, []string{"1", "Tuyên truyền"})
	ws := l.ColumnWidths(short, width)
	assert.InDelta(t, width, sum(ws), 0.001)
	assert.Less(t, ws[0], ws[1])
	tt := FontMetrics(Bold).Width("TT", l.TableSize) + 2*l.TablePadding
	assert.InDelta(t, tt, ws[0], 1, "the TT column keeps its width; the content column takes the rest")
	plain := plan.NewTable([]string{"Mã", "Nội dung công việc"}, []string{"1", "Tuyên truyền"})
	ws = l.ColumnWidths(plain, width)
	assert.Greater(t, ws[0], 2*tt, "other narrow columns grow with the table")

	// A word longer than the page: the other columns keep room for a
	// character, the long one takes the rest.
	long := plan.NewTable([]string{"TT", "Mã", "Ghi chú"}, []string{"1", "%%EOF", strings.Repeat("dài", 300)})
	ws = l.ColumnWidths(long, width)
	assert.InDelta(t, width, sum(ws), 0.001)
	em := 2*l.TablePadding + l.TableSize
	for c, w := range ws {
		assert.GreaterOrEqual(t, w, em-0.001, "column %d holds any one character", c)
	}
	assert.Greater(t, ws[2], ws[1])
}

func TestAppendixLandscape(t *testing.T) {
	l := Default()
	narrow := plan.NewAppendix("DANH MỤC", plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Tuyên truyền"}))
	var header []string
	for i := 0; i < 12; i++ {
		header = append(header, "Kinhphíthựchiện"+strings.Repeat("x", i))
	}
	wide := plan.NewAppendix("DỰ TOÁN", plan.NewSection("Chi tiết", plan.NewTable(header)))
	assert.False(t, l.AppendixLandscape(narrow))
	assert.True(t, l.AppendixLandscape(wide), "a table nested in a section counts")
}

// TestColumnWidthsKeepShortWords: when one cell holds a word wider than
// the table, the narrow columns still keep their words whole ("TT" does
// not break into "T" / "T").
func TestColumnWidthsKeepShortWords(t *testing.T) {
	l := Default()
	table := plan.NewTable([]string{"TT", "Nội dung", "Ghi chú"}, []string{"12.", strings.Repeat("x", 400), "Đạt"})
	widths := l.ColumnWidths(table, l.TextWidth())
	bold := FontMetrics(Bold)
	assert.GreaterOrEqual(t, widths[0], bold.Width("TT", l.TableSize)+2*l.TablePadding, "TT whole")
	assert.GreaterOrEqual(t, widths[2], bold.Width("Ghi", l.TableSize)+2*l.TablePadding, "Ghi chú's words whole")
	assert.InDelta(t, l.TextWidth(), widths[0]+widths[1]+widths[2], 0.01)
}

// TestNeedsLandscapeWhenCramped: eight columns whose words fit side by
// side, but would then stand one to a line, turn the page; a six-column
// staff list does not.
func TestNeedsLandscapeWhenCramped(t *testing.T) {
	l := Default()
	wide := plan.NewTable([]string{"TT", "Đơn vị", "Người phụ trách", "Điện thoại", "Thời hạn", "Chủ trì", "Phối hợp", "Kinh phí"},
		[]string{"1", "Phòng Văn hóa và Thông tin", "Nguyễn Văn Anh", "0983134682", "30/6/2026", "Phòng Nội vụ", "Các xã, thị trấn", "15.000.000"})
	minW, _ := l.columnNeeds(wide)
	require.Less(t, sum(minW), l.TextWidth(), "its words fit a portrait page")
	assert.True(t, l.NeedsLandscape(wide))
	staff := plan.NewTable([]string{"TT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Ghi chú"},
		[]string{"1", "Nguyễn Văn An", "Trưởng phòng", "Phòng Nội vụ", "0983134682", ""})
	assert.False(t, l.NeedsLandscape(staff))
}

// Cells are single-spaced whatever the body's line spacing, so a row's
// height does not grow with it.
func TestRowHeightSingleSpaced(t *testing.T) {
	l := Default()
	row := []plan.Text{plan.Plain("1"), plan.Plain(strings.Repeat("Nội dung công việc ", 200))}
	widths := []float64{MM(15), MM(150)}
	single := l.RowHeight(row, widths, Regular)
	l.LineSpacing = 1.5
	assert.Equal(t, single, l.RowHeight(row, widths, Regular))
	lines := (single - 2*l.CellSpacing) / LineHeight(l.TableSize)
	assert.InDelta(t, math.Round(lines), lines, 1e-9, "whole lines")
	assert.Greater(t, lines, 20.0)
}

// SignatureFits settles a usual signature without line breaking, and
// agrees with SignatureHeight on a long list of recipients.
func TestSignatureFits(t *testing.T) {
	l := Default()
	p := &plan.Plan{Recipients: []string{"Như trên", "UBND tỉnh (B/c)"}, Archive: "VT, VP",
		Signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn A"}}
	assert.True(t, l.SignatureFits(p))
	for i := 0; i < 60; i++ {
		p.Recipients = append(p.Recipients, "Ủy ban nhân dân xã thuộc huyện miền núi phía Bắc (để thực hiện)")
	}
	assert.Greater(t, l.SignatureHeight(p), l.TextHeight())
	assert.False(t, l.SignatureFits(p))
	p.Recipients = p.Recipients[:30]
	assert.Equal(t, l.SignatureHeight(p) <= l.TextHeight(), l.SignatureFits(p))
	// Shorter than a page, but not with a heading and the body's last two
	// lines above it: it is let split rather than moved alone.
	p.Recipients = nil
	for i := 1; i <= 50; i++ {
		p.Recipients = append(p.Recipients, "UBND phường số 1")
	}
	assert.Less(t, l.SignatureHeight(p), l.TextHeight())
	assert.False(t, l.SignatureFits(p))
}
