package text

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// cellGap matches the run of spaces between two cells of a table laid
// out with spaces, as `pdftotext -layout` gives a PDF's table: three or
// more.
var cellGap = lazyregexp.New(` {3,}`)

// spacedCell is a cell's text on one line and the columns it spans.
type spacedCell struct {
	text       string
	start, end int
}

// center returns twice the middle column of a cell's text.
func (c spacedCell) center() int { return c.start + c.end }

// spacedCells splits a line at its runs of three spaces or more.
func spacedCells(raw string) []spacedCell {
	var out []spacedCell
	at := 0
	add := func(s string, from int) {
		if t := strings.TrimSpace(s); t != "" {
			lead := len(s) - len(strings.TrimLeft(s, " "))
			start := utf8.RuneCountInString(raw[:from+lead])
			out = append(out, spacedCell{text: clean(t), start: start, end: start + utf8.RuneCountInString(t)})
		}
	}
	for _, g := range cellGap.FindAllStringIndex(raw, -1) {
		add(raw[at:g[0]], at)
		at = g[1]
	}
	add(raw[at:], at)
	return out
}

// nextLine returns the index of the first line from j on that has text,
// passing one blank line at most (a PDF's table gives a blank line
// between its rows), or len(lines).
func nextLine(lines []line, j int) int {
	if j < len(lines) && lines[j].text == "" {
		j++
	}
	if j < len(lines) && lines[j].text == "" {
		return len(lines)
	}
	return j
}

// spacedColumns returns the columns a line opens when it is the first
// row of a table laid out with spaces: three cells or more, and the next
// line with text a row of as many columns as two at least; nil
// otherwise. A header's or a signature's two columns are not a table.
func spacedColumns(lines []line, i int) []spacedCell {
	if strings.Contains(lines[i].raw, "\x01") {
		return nil
	}
	head := spacedCells(lines[i].raw)
	if len(head) < 3 {
		return nil
	}
	if j := nextLine(lines, i+1); j >= len(lines) || !opensRow(spacedRow(lines[j].raw, head)) {
		return nil
	}
	return head
}

// opensRow reports whether a line's cells, by their columns, open a
// table's row: a cell in the first column and another.
func opensRow(cols []int) bool { return len(cols) >= 2 && cols[0] == 0 }

// spacedRow returns the columns (indexes into head, the first row's
// cells) a line's cells fall in, each in the column whose middle is
// nearest its own (a cell may be centred in its column), or nil when two
// cells fall in one column.
func spacedRow(raw string, head []spacedCell) []int {
	var cols []int
	for _, c := range spacedCells(raw) {
		k := 0
		for n := range head {
			if abs(head[n].center()-c.center()) < abs(head[k].center()-c.center()) {
				k = n
			}
		}
		if len(cols) > 0 && cols[len(cols)-1] >= k {
			return nil
		}
		cols = append(cols, k)
	}
	return cols
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// spacedTable reads a table laid out with spaces from lines[i] on, its
// columns the first row's cells: a line with a cell in the first column
// and another opens a row, a line without one goes on with the cells
// above it (a cell's text wrapped in its column). It ends at two blank
// lines, or at a line that does not fit the columns.
func spacedTable(lines []line, i int, head []spacedCell) (*flow.Table, int) {
	t := &flow.Table{Borders: true, Pos: lines[i].n}
	above := make([]spacedCell, len(head)) // the row's last line of text in each column
	j := i
	for j < len(lines) && lines[j].text != "" {
		cols := spacedRow(lines[j].raw, head)
		cells := spacedCells(lines[j].raw)
		if cols == nil || !opensRow(cols) && (len(t.Rows) == 0 || !continues(cells, cols, above)) {
			break
		}
		if opensRow(cols) {
			row := make([]*flow.Cell, len(head))
			for k := range row {
				row[k] = &flow.Cell{Cols: 1, Rows: 1}
			}
			t.Rows = append(t.Rows, row)
			clear(above)
		}
		row := t.Rows[len(t.Rows)-1]
		for n, k := range cols {
			above[k] = cells[n]
			c := row[k]
			if len(c.Blocks) == 0 {
				c.Blocks = cellOf(cells[n].text, lines[j].n).Blocks
				continue
			}
			p := c.Blocks[0].(*flow.Para)
			p.Text = p.Text.Plain(" " + cells[n].text)
		}
		j++
		if next := nextLine(lines, j); next > j && next < len(lines) && opensRow(spacedRow(lines[next].raw, head)) {
			j = next // a blank line between two rows
		}
	}
	return t, j
}

// continues reports whether a line's cells, in columns cols, go on with
// the text above them in their columns: each starts where the text above
// it starts, or is centred where it is (a cell's wrapped line); a line
// of the body after the table starts elsewhere.
func continues(cells []spacedCell, cols []int, above []spacedCell) bool {
	for n, k := range cols {
		a := above[k]
		if a.text == "" || abs(cells[n].start-a.start) > 1 && abs(cells[n].center()-a.center()) > 4 {
			return false
		}
	}
	return true
}
