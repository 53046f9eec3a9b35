package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWalk: each element comes with its label, path, end mark and
// footnote numbers, in print order, through the body and the appendices.
func TestWalk(t *testing.T) {
	note := &Footnote{Text: Plain("Ghi chú").Note("lồng")}
	p := minimalPlan()
	p.Preamble = Blocks{Para("Căn cứ Luật.")}
	p.Sections = []*Section{
		NewPart("mục đích, yêu cầu",
			NewSection("Mục đích", Dash("Một"), Plus("Hai")),
			NewSection("Yêu cầu", NewPoint("Điểm", ParaText(append(Plain("Có ghi chú"), Span{Note: note})))),
		),
		NewPart("Tổ chức", Num(3, "Ba"), ParaText(append(Plain("Lại"), Span{Note: note}).Note("Mới"))),
	}
	p.Appendices = []*Appendix{NewAppendix("Danh mục", NewTable([]string{"TT", "Việc"}, []string{"1"}))}
	var got [][3]string
	var ends []string
	for e := range p.Walk() {
		got = append(got, [3]string{e.Path, e.Label, e.Text.String()})
		if e.Ends {
			ends = append(ends, e.Path)
		}
	}
	assert.Equal(t, [][3]string{
		{"preamble[0]", "", "Căn cứ Luật."},
		{"sections[0]", "I.", "MỤC ĐÍCH, YÊU CẦU"},
		{"sections[0].content[0]", "1.", "Mục đích"},
		{"sections[0].content[0].content[0]", "-", "Một"},
		{"sections[0].content[0].content[1]", "+", "Hai"},
		{"sections[0].content[1]", "2.", "Yêu cầu"},
		{"sections[0].content[1].content[0]", "a)", "Điểm"},
		{"sections[0].content[1].content[0].content[0]", "", "Có ghi chú"},
		{"sections[1]", "II.", "TỔ CHỨC"},
		{"sections[1].content[0]", "3.", "Ba"},
		{"sections[1].content[1]", "", "Lại./."},
		{"appendices[0]", "Phụ lục", "DANH MỤC"},
		{"appendices[0].content[0]", "", ""},
		{"", "", "./."},
	}, got)
	assert.Equal(t, []string{"sections[1].content[1]", ""}, ends, "the body's last paragraph and the appendix's own mark after its table")

	els := p.Elements()
	first := els[7]
	require.Len(t, first.Notes, 1)
	assert.Equal(t, NoteText{Number: 1, Text: Plain("Ghi chú")}, first.Notes[0], "a note's own notes are dropped")
	last := els[10]
	var numbers []int
	var again []bool
	for _, s := range last.Text {
		if s.Note != nil {
			numbers, again = append(numbers, s.NoteNumber), append(again, s.NoteAgain)
		}
	}
	assert.Equal(t, []int{1, 2}, numbers, "the repeated note keeps its number; the new one takes the next")
	assert.Equal(t, []bool{true, false}, again)
	assert.Equal(t, []NoteText{{Number: 2, Text: Plain("Mới")}}, last.Notes)
	table := els[12]
	assert.Equal(t, 1, table.Appendix)
	assert.Equal(t, [][]Text{{Plain("TT"), Plain("Việc")}, {Plain("1"), nil}}, table.Cells, "rows as wide as the table")
	assert.Zero(t, p.Sections[1].Content[1].(*Paragraph).Text[1].NoteNumber, "the model itself is untouched")

	// WalkAhead: each element with the next in its part, nil at the end
	// of the body and of the appendix.
	i := 0
	for e, next := range p.WalkAhead() {
		assert.Equal(t, els[i], *e)
		switch i {
		case 10, len(els) - 1: // the body's last, the appendix's last
			assert.Nil(t, next, "element %d ends its part", i)
		default:
			require.NotNil(t, next, "element %d", i)
			assert.Equal(t, els[i+1], *next)
		}
		i++
	}
	assert.Equal(t, len(els), i)
	for e := range p.WalkAhead() {
		assert.Equal(t, els[0], *e)
		break // stops
	}
}

// TestWalkStops: a consumer that stops early stops the walk, and nil
// nodes are skipped.
func TestWalkStops(t *testing.T) {
	p := minimalPlan()
	p.Sections = []*Section{nil, NewPart("A", Para("x")), NewPart("B")}
	n := 0
	for e := range p.Walk() {
		n++
		assert.Equal(t, "I.", e.Label, "the nil part takes no number")
		break
	}
	assert.Equal(t, 1, n)
}
