package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestTableGrid: the merged "TT" and "Nội dung" cells span the two
// header rows, "Cơ quan" its two columns, the group row the table; the
// rows under a cell spanning rows continue it in its first column.
func TestTableGrid(t *testing.T) {
	grid := layout.TableGrid(testplans.SpannedTable())
	require.Len(t, grid, 5)
	one := layout.GridCell{Rows: 1, Cols: 1}
	assert.Equal(t, []layout.GridCell{{Rows: 2, Cols: 1}, {Rows: 2, Cols: 1}, {Rows: 1, Cols: 2}, {Covered: true}}, grid[0])
	assert.Equal(t, []layout.GridCell{{Covered: true, Continues: 1}, {Covered: true, Continues: 1}, one, one}, grid[1])
	assert.Equal(t, []layout.GridCell{{Rows: 1, Cols: 4}, {Covered: true}, {Covered: true}, {Covered: true}}, grid[2])
	assert.Equal(t, []layout.GridCell{one, one, one, one}, grid[3])

	// A merge two columns wide over three rows continues, two columns
	// wide, in each row under its first.
	block := plan.NewTable([]string{"a", "b", "c"}, []string{"1", "2", "3"}, []string{"4", "5", "6"})
	block.Merges = []plan.Merge{{Row: 0, Col: 1, Rows: 3, Cols: 2}}
	grid = layout.TableGrid(block)
	assert.Equal(t, layout.GridCell{Rows: 3, Cols: 2}, grid[0][1])
	for r := 1; r < 3; r++ {
		assert.Equal(t, layout.GridCell{Covered: true, Continues: 2}, grid[r][1], "row %d", r)
		assert.Equal(t, layout.GridCell{Covered: true}, grid[r][2], "row %d", r)
	}

	// Merges outside the table (Validate refuses them) are left out.
	block.Merges = []plan.Merge{{Row: -1, Col: 0}, {Row: 2, Col: 2, Rows: 5}, {Row: 0, Col: 9}}
	for _, row := range layout.TableGrid(block) {
		for _, g := range row {
			assert.Equal(t, layout.GridCell{Rows: 1, Cols: 1}, g)
		}
	}
}

// TestHeaderRows: the rows the plan says head the table, and down to the
// last row of a cell spanning rows from them.
func TestHeaderRows(t *testing.T) {
	table := testplans.SpannedTable()
	assert.Equal(t, 2, layout.HeaderRows(table))
	table.HeaderRows = 0 // the author forgot header-rows=2: "TT" spans two rows
	assert.Equal(t, 2, layout.HeaderRows(table))
	table.Merges = nil
	assert.Equal(t, 1, layout.HeaderRows(table))
	// A chain of merges, each reaching the next: three header rows.
	table.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 1, Col: 1, Rows: 2}}
	assert.Equal(t, 3, layout.HeaderRows(table))
	// A merge in the body does not reach the header.
	table.Merges = []plan.Merge{{Row: 3, Col: 0, Rows: 2}}
	assert.Equal(t, 1, layout.HeaderRows(table))
	// Nor does one that goes outside the table.
	table.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 99}}
	assert.Equal(t, 1, layout.HeaderRows(table))
}

// TestAuthorWidths: relative widths are scaled to the text width; a
// column the author made too narrow for a short word ("TT") keeps the
// word whole, and the others share the rest in the author's proportions.
func TestAuthorWidths(t *testing.T) {
	l := layout.Default()
	width := l.TextWidth()
	table := testplans.SpannedTable()
	ws := l.ColumnWidths(table, width)
	require.Len(t, ws, 4)
	assert.InDelta(t, width, sum(ws), 1e-9)
	for c, rel := range table.Widths {
		assert.InDelta(t, rel/13*width, ws[c], 1e-9, "column %d", c)
	}

	table.Widths = []float64{0.01, 6, 3, 3}
	ws = l.ColumnWidths(table, width)
	tt := l.Fit(layout.FontMetrics(layout.Bold).Width("TT", l.TableSize)) + 2*l.TablePadding
	assert.InDelta(t, tt, ws[0], 1e-9, "TT whole")
	assert.InDelta(t, width, sum(ws), 1e-9)
	assert.InDelta(t, 2, ws[1]/ws[2], 1e-9, "the others in the author's proportions")
	assert.InDelta(t, ws[2], ws[3], 1e-9)

	// Forty columns of ten-letter words on a page: even the floors do not
	// fit; they are scaled down, still in the text width.
	var header []string
	for range 40 {
		header = append(header, "Kinhphíchi")
	}
	wide := plan.NewTable(header)
	for range 40 {
		wide.Widths = append(wide.Widths, 1)
	}
	ws = l.ColumnWidths(wide, width)
	assert.InDelta(t, width, sum(ws), 1e-9)
	assert.InDelta(t, ws[0], ws[39], 1e-9)
}

// TestSpanningCellWidths: without widths, a cell spanning columns asks
// its room of them together: the group row's long text does not widen
// the "TT" column it starts in, and a long word in a merged cell is
// shared by its columns.
func TestSpanningCellWidths(t *testing.T) {
	l := layout.Default()
	table := testplans.SpannedTable()
	table.Widths = nil
	table.Rows[1][0] = plan.Plain("I. NÂNG CAO NHẬN THỨC, TRÁCH NHIỆM CỦA CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG TRONG THỰC HIỆN KẾ HOẠCH")
	ws := l.ColumnWidths(table, l.TextWidth())
	tt := l.Fit(layout.FontMetrics(layout.Bold).Width("TT", l.TableSize)) + 2*l.TablePadding
	assert.InDelta(t, tt, ws[0], 1, "TT keeps its width")
	assert.InDelta(t, l.TextWidth(), sum(ws), 1e-9)

	word := "Thànhphốtrựcthuộctrungương"
	table.Header[2] = plan.Plain(word) // "Cơ quan", over two columns
	minW, _ := l.ColumnNeeds(table)
	need := l.Fit(layout.FontMetrics(layout.Bold).Width(word, l.TableSize)) + 2*l.TablePadding
	assert.InDelta(t, need, minW[2]+minW[3], 1e-9, "the word fits the two columns together")
	assert.Less(t, minW[2], need, "and neither alone")
	assert.True(t, l.WordsFit(table))
}

// TestHeaderRowsMeasuredBold: the second header row is measured in bold,
// as it prints.
func TestHeaderRowsMeasuredBold(t *testing.T) {
	l := layout.Default()
	table := testplans.SpannedTable()
	table.Rows[0][2] = plan.Plain("Chủtrìthựchiện")
	minW, _ := l.ColumnNeeds(table)
	assert.InDelta(t, l.Fit(layout.FontMetrics(layout.Bold).Width("Chủtrìthựchiện", l.TableSize))+2*l.TablePadding, minW[2], 1e-9)
}

// sum adds widths.
func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}
