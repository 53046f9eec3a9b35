package markdown

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// table writes a GFM table: the line of attributes before it when the
// table sets its header rows or widths, "{header-rows=2 widths=1,6,3}";
// the header row; the delimiter row with each column's alignment; the
// rows, each with the cells it has. A cell that a merged cell covers is
// "<" when the merge spans it from the left, "^" from above (its own
// text, which never prints, is not written).
func (w *writer) table(t *plan.Table) {
	if attrs := tableAttributesOf(t); attrs != "" {
		w.block()
		w.out = append(w.out, attrs...)
		w.out = append(w.out, '\n')
	}
	w.block()
	cols := t.Columns()
	joins := joinMarks(t)
	w.row(t.Header, joins[0])
	w.out = append(w.out, '|')
	for c := range cols {
		align := plan.AlignDefault
		if c < len(t.Align) {
			align = t.Align[c]
		}
		w.out = append(w.out, delimiterCell[align]...)
	}
	w.out = append(w.out, '\n')
	for r, row := range t.Rows {
		w.row(row, joins[r+1])
	}
}

// delimiterCell is a delimiter row's cell for each alignment.
var delimiterCell = map[plan.Align]string{
	plan.AlignDefault: " --- |", plan.AlignLeft: " :--- |", plan.AlignCenter: " :---: |", plan.AlignRight: " ---: |",
}

// tableAttributesOf returns the attribute line of a table, "" when it
// needs none.
func tableAttributesOf(t *plan.Table) string {
	var attrs []string
	if t.HeaderRows != 0 {
		attrs = append(attrs, "header-rows="+strconv.Itoa(t.HeaderRows))
	}
	if len(t.Widths) > 0 {
		widths := make([]string, len(t.Widths))
		for i, f := range t.Widths {
			widths[i] = strconv.FormatFloat(f, 'g', -1, 64)
		}
		attrs = append(attrs, "widths="+strings.Join(widths, ","))
	}
	if attrs == nil {
		return ""
	}
	return "{" + strings.Join(attrs, " ") + "}"
}

// joinMarks returns, for each row of the table (the header first), the
// mark of each cell a merge covers, "<" or "^", and "" for the others.
func joinMarks(t *plan.Table) [][]string {
	marks := make([][]string, 1+len(t.Rows))
	for r, row := range t.Grid() {
		marks[r] = make([]string, 0, len(row))
		for c, cell := range row {
			switch {
			case cell.Covered && c > 0 && coveredFromLeft(t, r, c):
				marks[r] = append(marks[r], "<")
			case cell.Covered:
				marks[r] = append(marks[r], "^")
			default:
				marks[r] = append(marks[r], "")
			}
		}
	}
	return marks
}

// coveredFromLeft reports whether the cell at row r, column c is covered
// by a merge that starts in a column to its left.
func coveredFromLeft(t *plan.Table, r, c int) bool {
	for _, m := range t.Merges {
		rows, cols := m.Span()
		if r >= m.Row && r < m.Row+rows && c > m.Col && c < m.Col+cols {
			return true
		}
	}
	return false
}

// row writes a table row: its cells, and as many more as the merges
// covering its cells reach, covered ones as their marks.
func (w *writer) row(cells []plan.Text, marks []string) {
	n := max(1, len(cells)) // a row of no cells is written as one empty cell
	for c, m := range marks {
		if m != "" {
			n = max(n, c+1)
		}
	}
	w.out = append(w.out, '|')
	for c := range n {
		w.out = append(w.out, ' ')
		switch {
		case c < len(marks) && marks[c] != "":
			w.out = append(w.out, marks[c]...)
		case c < len(cells):
			w.out = w.writeText(w.out, cells[c], textOptions{place: inCell, wholeCell: true})
		}
		w.out = append(w.out, " |"...)
	}
	w.out = append(w.out, '\n')
}
