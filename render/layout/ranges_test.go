package layout

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRange(t *testing.T) {
	r := Range{20, 25, "mm"}
	assert.True(t, r.Contains(20))
	assert.True(t, r.Contains(ToMM(MM(25))), "a number converted from points")
	assert.False(t, r.Contains(19.99))
	assert.False(t, r.Contains(math.NaN()))
	assert.Equal(t, "20–25 mm", r.String())
	assert.Equal(t, "13 pt", Range{13, 13, "pt"}.String())
	assert.Equal(t, "at least 6 pt", Range{6, math.Inf(1), "pt"}.String())
	assert.Equal(t, "ít nhất 6 pt", Range{6, math.Inf(1), "pt"}.Vi())
	assert.Equal(t, "1–1.5 dòng", Range{1, 1.5, "lines"}.Vi())
	assert.True(t, Range{6, math.Inf(1), "pt"}.Contains(200))
}

// TestDecree: the ranges are the decree's as the layout contract reads
// them, and the default layout lies inside each.
func TestDecree(t *testing.T) {
	d := Decree()
	l := Default()
	assert.True(t, d.TopMargin.Contains(ToMM(l.Margins.Top)))
	assert.True(t, d.LeftMargin.Contains(ToMM(l.Margins.Left)))
	assert.Equal(t, Range{13, 14, "pt"}, d.BodySize)
	assert.Equal(t, Range{15, 18, "pt"}, d.LineExact)
	assert.Equal(t, Range{1, 1.5, "lines"}, d.LineMultiple)
	assert.True(t, d.FirstIndentAllowed(10))
	assert.True(t, d.FirstIndentAllowed(12.7))
	assert.False(t, d.FirstIndentAllowed(11))
	assert.False(t, d.FirstIndentAllowed(math.NaN()))
	d.FirstIndents[0] = 99
	assert.True(t, Decree().FirstIndentAllowed(10), "each call gives its own ranges")

	// Word and LibreOffice print the larger of the two spaces, not their
	// sum: 3 pt after and 3 pt before leave 3 pt, short of the decree's 6.
	assert.Equal(t, 3.0, ParagraphGap(3, 3))
	assert.Equal(t, 6.0, ParagraphGap(0, 6))
	assert.False(t, d.ParagraphGap.Contains(ParagraphGap(3, 3)))
	assert.True(t, d.ParagraphGap.Contains(ParagraphGap(6, 3)))
}

// TestSpacingExact: a line of exact height is that tall whatever its
// text, its baseline four fifths down, as LibreOffice places it.
func TestSpacingExact(t *testing.T) {
	exact := Spacing{Line: 17, Exact: true}
	assert.Equal(t, 17.0, exact.Height(nil, 14))
	assert.Equal(t, 17.0, exact.Height(nil, 13))
	assert.InDelta(t, 13.6, exact.Baseline(nil, 14), 1e-9)
	assert.InDelta(t, 14.4, Spacing{Line: 18, Exact: true}.Baseline(nil, 14), 1e-9)
	assert.InDelta(t, 12.4, Spacing{Line: 15.5, Exact: true}.Baseline(nil, 14), 1e-9, "whole twips: 310 × 4/5 = 248")
	assert.InDelta(t, 0.53, exact.Baseline(nil, 14)-Spacing{Line: 1}.Baseline(nil, 14), 0.01, "measured in LibreOffice: 0.5 pt lower than single")

	single := Spacing{Line: 1}
	assert.Equal(t, LineHeight(14), single.Height(nil, 14))
	assert.Equal(t, RoundToTwip(LineHeight(14)*1.5), Spacing{Line: 1.5}.Height(nil, 14))

	l := Default()
	l.LineExact, l.ParaSpacing, l.ParaSpacingAfter = 17, 3, 6
	assert.Equal(t, Spacing{Before: 3, After: 6, Line: 17, Exact: true}, l.BodySpacing())
	assert.Equal(t, 17.0, l.BodyLineHeight())
	s := l.StyleSheet()
	assert.Equal(t, l.BodySpacing(), s.Style(BodyText).Spacing)
	assert.Equal(t, l.BodySpacing(), s.Style(PartHeading).Spacing, "headings inherit the body's spacing")
	for _, e := range []Element{Title, Subject, DateLine, RecipientItem, SignerLine, SignerName, TableCell, FootnoteText, AppendixLabel} {
		st := s.Style(e).Spacing
		assert.False(t, st.Exact, "element %d stays single spaced", e)
		assert.Equal(t, 1.0, st.Line, "element %d stays single spaced", e)
	}
}
