package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// TestStyleSheet: each element prints as Part A of the layout contract
// says, its rule over the body text's.
func TestStyleSheet(t *testing.T) {
	l := Default()
	s := l.StyleSheet()
	body := s.Style(BodyText)
	assert.Equal(t, ParagraphStyle{Size: 14, Align: AlignJustify, Spacing: Spacing{Before: 6, Line: 1},
		Indent: Indent{FirstLine: MM(10)}, WidowControl: true}, body, "ô 6: 14 pt, justified, 10 mm first-line indent, 6 pt before")
	for e := range elementCount {
		st := s.Style(e)
		assert.Positive(t, st.Size, "element %d has a size", e)
		assert.NotEqual(t, AlignInherit, st.Align, "element %d has an alignment", e)
		assert.True(t, st.WidowControl, "element %d inherits widow control", e)
		if e == SectionClose { // Word's paragraph after the last table: no room at all
			assert.Equal(t, Spacing{Exact: true}, st.Spacing, "the closing paragraph is an exact line of 0 pt")
			assert.Zero(t, st.Spacing.Height(l.TextFonts(), st.Size), "the closing paragraph takes no room")
			continue
		}
		assert.Positive(t, st.Spacing.Line, "element %d has a line spacing", e)
	}

	// Headings: bold parts and sections, italic points; kept with what
	// follows; otherwise as the body (what a heading does not say, it
	// inherits).
	for level, want := range map[int]Style{plan.LevelPart: Bold, plan.LevelSection: Bold, plan.LevelPoint: Italic, plan.LevelSubPoint: Italic} {
		st := s.Style(HeadingElement(level))
		assert.Equal(t, want, st.Face(), "level %d", level)
		assert.True(t, st.KeepNext)
		assert.Equal(t, level, st.Outline)
		assert.Equal(t, body.Spacing, st.Spacing)
		assert.Equal(t, body.Indent, st.Indent)
		assert.Equal(t, StyleRule{KeepNext: true, Outline: level, Bold: want.Bold, Italic: want.Italic}, s.Rule(HeadingElement(level)), "a heading's rule says only what differs")
	}
	assert.Equal(t, BodyText, HeadingElement(9))
	assert.Equal(t, DashItem, BlockElement(plan.Dash("a")))
	assert.Equal(t, PlusItem, BlockElement(plan.Plus("a")))
	assert.Equal(t, NumberedItem, BlockElement(&plan.Numbered{Number: 2}))
	assert.Equal(t, BodyText, BlockElement(plan.Para("a")))
	assert.Equal(t, body, s.Style(DashItem), "a dash paragraph prints as the body")

	// The header and signature: centred or left, single spaced, no
	// indent, in their own sizes and styles.
	for _, c := range []struct {
		e     Element
		size  float64
		face  Style
		align Align
	}{
		{ParentAgency, l.ParentSize, Regular, AlignCenter}, {IssuingAgency, l.IssuerSize, Bold, AlignCenter},
		{NationalName, l.NationalNameSize, Bold, AlignCenter}, {Motto, l.MottoSize, Bold, AlignCenter},
		{NumberLine, l.NumberSize, Regular, AlignCenter}, {DateLine, l.DateSize, Italic, AlignCenter},
		{Title, l.TitleSize, Bold, AlignCenter}, {Subject, l.SubjectSize, Bold, AlignCenter},
		{RecipientsLabel, l.RecipientsLabelSize, BoldItalic, AlignLeft}, {RecipientItem, l.RecipientsSize, Regular, AlignLeft},
		{SignerLine, l.SignerSize, Bold, AlignCenter}, {SignerName, l.SignerSize, Bold, AlignCenter},
		{AttachedLine, l.AttachedSize, Italic, AlignCenter}, {FootnoteText, l.FootnoteSize, Regular, AlignJustify},
		{PageNumber, l.PageNumberSize, Regular, AlignCenter},
	} {
		st := s.Style(c.e)
		assert.Equal(t, c.size, st.Size, "element %d", c.e)
		assert.Equal(t, c.face, st.Face(), "element %d", c.e)
		assert.Equal(t, c.align, st.Align, "element %d", c.e)
		assert.Equal(t, 1.0, st.Spacing.Line, "element %d: single spacing", c.e)
		assert.Zero(t, st.Indent.FirstLine, "element %d: no first-line indent", c.e)
		if c.e != RecipientItem {
			assert.Zero(t, st.Indent, "element %d: no indent", c.e)
		}
	}
	assert.Equal(t, Indent{Left: l.RecipientHang(), Hanging: l.RecipientHang()}, s.Style(RecipientItem).Indent, "a wrapped item goes on after its dash")
	assert.Equal(t, l.GapAfterHeader, s.Style(Title).Spacing.Before)
	assert.Equal(t, l.SignatureSpace, s.Style(SignerName).Spacing.Before, "room to sign above the name")
	assert.Equal(t, l.RuleGap, s.Style(RuleLine).Spacing.Before)
	assert.Equal(t, l.HairlineSize, s.Style(RuleLine).Size)

	// A changed layout changes the sheet.
	l.BodySize, l.LineSpacing = 13, 1.5
	s = l.StyleSheet()
	assert.Equal(t, 13.0, s.Style(PartHeading).Size)
	assert.Equal(t, 1.5, s.Style(NumberedItem).Spacing.Line)
	assert.Equal(t, 1.0, s.Style(TableCell).Spacing.Line, "table cells stay single spaced")
}

// TestOverTableAndCells: a paragraph over a table leaves the table
// spacing; a cell takes its column's alignment, a header cell is bold and
// centred.
func TestOverTableAndCells(t *testing.T) {
	l := Default()
	s := l.StyleSheet()
	assert.Equal(t, Spacing{Before: l.ParaSpacing, After: l.TableSpacing, Line: l.LineSpacing}, s.OverTable(BodyText))
	l.TableSpacing = 0
	assert.Equal(t, Spacing{Before: l.ParaSpacing, Line: l.LineSpacing}, l.StyleSheet().OverTable(BodyText), "never less than the style's own")

	table := plan.NewTable([]string{"TT", "Nội dung", "Số"}, []string{"1", "a", "2"})
	table.Align = []plan.Align{plan.AlignDefault, plan.AlignDefault, plan.AlignRight}
	require.Equal(t, AlignCenter, s.Cell(table, 0, false).Align, "an ordinal column is centred")
	assert.Equal(t, AlignLeft, s.Cell(table, 1, false).Align)
	assert.Equal(t, AlignRight, s.Cell(table, 2, false).Align)
	header := s.Cell(table, 1, true)
	assert.Equal(t, AlignCenter, header.Align)
	assert.Equal(t, Bold, header.Face())
	assert.Equal(t, Spacing{Before: l.CellSpacing, After: l.CellSpacing, Line: 1}, header.Spacing)
}
