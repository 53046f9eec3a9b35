package layout

import "github.com/kehoach/kehoach/plan"

// GridCell says how one cell of a body table prints, the same in every
// writer.
type GridCell struct {
	// Rows and Cols are the rows and columns a printed cell spans: 1 × 1
	// for an ordinary cell, more for a merged one ([plan.Merge]).
	Rows, Cols int
	// Covered says another cell's span covers the cell: it prints
	// nothing, and no border runs through it.
	Covered bool
	// Continues is, in the first column of a cell spanning rows and in
	// each of its rows under the first, the number of columns the cell
	// spans: there a word processor's table continues the merged cell
	// (DOCX vMerge). It is 0 elsewhere.
	Continues int
}

// TableGrid returns how each cell of a valid table prints, rows (the
// Header row first) by columns, from its merges ([plan.Table.Grid]); an
// invalid merge ([plan.Plan.Validate] refuses it) is left out. It takes
// time in proportion to the table's cells.
func TableGrid(t *plan.Table) [][]GridCell {
	cols := t.Columns()
	grid := make([][]GridCell, 1+len(t.Rows))
	for r, row := range t.Grid() {
		grid[r] = make([]GridCell, cols)
		for c, g := range row {
			grid[r][c] = GridCell{Rows: g.Rows, Cols: g.Cols, Covered: g.Covered}
		}
	}
	for _, m := range t.Merges {
		mr, mc := m.Span()
		if m.Row < 0 || m.Col < 0 || m.Row >= len(grid) || m.Col >= cols || grid[m.Row][m.Col].Rows != mr || grid[m.Row][m.Col].Cols != mc {
			continue // not the grid's origin: an invalid merge
		}
		for r := m.Row + 1; r < m.Row+mr; r++ {
			grid[r][m.Col].Continues = mc
		}
	}
	return grid
}

// HeaderRows returns how many rows head a body table, printed bold and
// centred and repeated at the top of every page it runs onto: those the
// plan says ([plan.Table.Heads]), and further down to the last row of a
// cell spanning rows from them (a two-row header whose author did not say
// header-rows=2), since a header cannot be cut through a merged cell.
func HeaderRows(t *plan.Table) int {
	heads := t.Heads()
	rows := 1 + len(t.Rows)
	far := make([]int, rows) // the row after the last a merge starting in a row reaches
	for _, m := range t.Merges {
		if mr, _ := m.Span(); m.Row >= 0 && m.Row < rows && m.Row+mr <= rows {
			far[m.Row] = max(far[m.Row], m.Row+mr)
		}
	}
	for r := 0; r < heads; r++ { // heads grows as merged cells reach down
		heads = max(heads, far[r])
	}
	return heads
}
