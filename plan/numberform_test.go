package plan

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumberForms(t *testing.T) {
	for _, c := range []struct {
		form   NumberForm
		n      int
		parent string
		label  string
	}{
		{"I.", 4, "", "IV."}, {"A.", 5, "", "Đ."}, {"1.", 12, "", "12."}, {"a)", 6, "", "e)"},
		{"1.1.", 3, "2", "2.3."}, {"1.1.1.", 2, "2.3", "2.3.2."}, {"(1)", 7, "", "(7)"}, {"(a)", 2, "", "(b)"},
		{"Phần I", 2, "", "Phần II"}, {"Mục 1", 3, "", "Mục 3"}, {"Chương I.", 1, "", "Chương I."},
		{"-", 5, "", "-"}, {"+", 1, "", "+"}, {"•", 9, "", "•"},
	} {
		require.True(t, c.form.Valid(), c.form)
		label, _ := c.form.Label(c.n, c.parent)
		assert.Equal(t, c.label, label, "%s #%d", c.form, c.n)
	}
	for _, bad := range []NumberForm{"", "x.", "1..", "(1", "I.I", "1:", "Phần 1 2"} {
		assert.False(t, bad.Valid(), "%q", bad)
	}
}

func TestLabelForm(t *testing.T) {
	for label, want := range map[string]struct {
		form NumberForm
		n    int
	}{
		"IV.": {"I.", 4}, "1.2.3.": {"1.1.1.", 3}, "đ)": {"a)", 5}, "Phần II": {"Phần I", 2}, "(3)": {"(1)", 3},
		"B.": {"A.", 2}, "12.": {"1.", 12}, "-": {"-", 0}, "Mục 4": {"Mục 1", 4},
	} {
		form, n, ok := LabelForm(label)
		require.True(t, ok, label)
		assert.Equal(t, want.form, form, label)
		assert.Equal(t, want.n, n, label)
	}
	for _, bad := range []string{"f)", "TP.", "2025-2030", ""} {
		_, _, ok := LabelForm(bad)
		assert.False(t, ok, bad)
	}
}

// TestWalkNumbering: the walk labels headings in the plan's forms, or
// as written.
func TestWalkNumbering(t *testing.T) {
	p := minimalPlan()
	p.Sections = []*Section{
		NewPart("A", NewSection("B", NewPoint("C", NewSubPoint("D", NewSection("x")))), NewSection("E", NewPoint("F"), NewPoint("G"))),
		NewPart("H"),
	}
	labels := func() []string {
		var out []string
		for e := range p.Walk() {
			if e.Section() != nil {
				out = append(out, e.Label)
			}
		}
		return out
	}
	assert.Equal(t, []string{"I.", "1.", "a)", "-", "1.", "2.", "a)", "b)", "II."}, labels())
	p.Numbering = Numbering{Forms: []NumberForm{"Phần I", "1.", "1.1."}}
	assert.Equal(t, []string{"Phần I", "1.", "1.1.", "-", "1.", "2.", "2.1.", "2.2.", "Phần II"}, labels())
	p.Numbering = Numbering{Written: true}
	p.Sections[0].Label, p.Sections[1].Label = "A.", "C."
	assert.Equal(t, []string{"A.", "", "", "", "", "", "", "", "C."}, labels(), "as written, a skip kept")
	js, err := json.Marshal(p.Numbering)
	require.NoError(t, err)
	assert.Equal(t, `"written"`, string(js))
	var n Numbering
	require.NoError(t, json.Unmarshal([]byte(`["I.", "1.", "1.1."]`), &n))
	assert.Equal(t, []NumberForm{"I.", "1.", "1.1."}, n.Forms)
	require.Error(t, json.Unmarshal([]byte(`"sometimes"`), &n))
	assert.True(t, Numbering{}.IsZero())
}

// TestTableGrid: merges make the grid writers lay spans out from.
func TestTableGrid(t *testing.T) {
	tb := NewTable([]string{"TT", "Nội dung", "Cơ quan", ""}, []string{"", "", "Chủ trì", "Phối hợp"}, []string{"I. NHÓM", "", "", ""}, []string{"1", "A", "B", "C"})
	tb.HeaderRows = 2
	tb.Merges = []Merge{{Row: 0, Col: 2, Cols: 2}, {Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 2, Col: 0, Cols: 4}}
	grid := tb.Grid()
	assert.Equal(t, GridCell{Rows: 1, Cols: 2}, grid[0][2])
	assert.True(t, grid[0][3].Covered)
	assert.Equal(t, GridCell{Rows: 2, Cols: 1}, grid[0][0])
	assert.True(t, grid[1][0].Covered)
	assert.Equal(t, GridCell{Rows: 1, Cols: 4}, grid[2][0])
	assert.Equal(t, GridCell{Rows: 1, Cols: 1}, grid[3][3])
	assert.Equal(t, 2, tb.Heads())
	p := minimalPlan()
	p.Sections = []*Section{NewPart("A", tb)}
	assert.NoError(t, p.Validate())
	tb.Merges = append(tb.Merges, Merge{Row: 3, Col: 2, Cols: 3})
	assert.ErrorContains(t, p.Validate(), "goes outside the table")
	tb.Merges[len(tb.Merges)-1] = Merge{Row: 1, Col: 0, Cols: 2}
	assert.ErrorContains(t, p.Validate(), "overlaps another")
	tb.Merges = tb.Merges[:len(tb.Merges)-1]
	tb.Widths = []float64{1, 2}
	assert.ErrorContains(t, p.Validate(), "has 2 widths, but the table has 4 columns")
}
