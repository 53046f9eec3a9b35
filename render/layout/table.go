package layout

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// minColumnText is the least room for text in a table column, 3 mm: an
// empty column stays visible and can be written in.
const minColumnText = 3 * 72 / 25.4

// ColumnWidths returns the widths of a table's columns for a table of the
// given total width. When the author sets relative widths
// ([plan.Table.Widths]), they are scaled to the total (see
// [Layout.authorWidths]). Otherwise the columns are laid out as browsers
// lay out automatic tables: each column gets at least its longest word,
// and the rest of the width is shared in proportion to how much more its
// longest line wants. A table narrower than its width grows in proportion
// to its content, except a column of ordinal numbers ("TT"), which keeps
// its width. When the longest words do not fit side by side, each column
// keeps room for one character, or for its longest word when that is
// short ("TT"), a word wider than its column is broken between
// characters, and the columns give up the rest of their longest word in
// proportion. A cell spanning columns asks its room of them together.
func (l *Layout) ColumnWidths(t *plan.Table, total float64) []float64 {
	minW, prefW := l.columnNeeds(t)
	if len(t.Widths) == len(minW) && len(minW) > 0 {
		return l.authorWidths(t.Widths, minW, total)
	}
	sumMin, sumPref := sum(minW), sum(prefW)
	out := make([]float64, len(minW))
	switch {
	case len(out) == 0:
	case sumPref <= total:
		// The room to spare goes to the columns of content; a column of
		// ordinal numbers ("TT") keeps its width, as a clerk sets it.
		content, ordinal := 0.0, 0.0
		isOrdinal := make([]bool, len(out))
		for c := range out {
			if isOrdinal[c] = t.IsOrdinal(c); isOrdinal[c] {
				ordinal += prefW[c]
			} else {
				content += prefW[c]
			}
		}
		for c := range out {
			switch {
			case content == 0: // only ordinal columns
				out[c] = prefW[c] * total / sumPref
			case isOrdinal[c]:
				out[c] = prefW[c]
			default:
				out[c] = prefW[c] * (total - ordinal) / content
			}
		}
	case sumMin >= total:
		floor := l.columnFloors(minW)
		sumFloor := sum(floor)
		for c := range out {
			if sumFloor >= total { // dozens of columns: even one character each does not fit
				out[c] = floor[c] * total / sumFloor
			} else {
				out[c] = floor[c] + (total-sumFloor)*(minW[c]-floor[c])/(sumMin-sumFloor)
			}
		}
	default:
		extra := total - sumMin
		for c := range out {
			out[c] = minW[c] + extra*(prefW[c]-minW[c])/(sumPref-sumMin)
		}
	}
	return out
}

// columnFloors returns the least width of each column whose longest word
// takes minW: room for one character, or the whole word when it is short
// ("TT", "1."), which is never broken.
func (l *Layout) columnFloors(minW []float64) []float64 {
	floor := make([]float64, len(minW))
	em := 2*l.TablePadding + l.TableSize // room for any one character
	for c := range floor {
		floor[c] = min(minW[c], em)
		if minW[c] <= 3*em { // a narrow column ("TT", "1.") keeps its words whole
			floor[c] = minW[c]
		}
	}
	return floor
}

// authorWidths scales the author's relative widths to the total, as a
// clerk sets a table's columns in a word processor, keeping each column
// at least its floor ([Layout.columnFloors]: a short word such as "TT"
// whole, room for one character otherwise): a column the author made
// narrower gets its floor, and the others share the rest in the author's
// proportions. When even the floors do not fit, they are scaled down.
func (l *Layout) authorWidths(rel, minW []float64, total float64) []float64 {
	floor := l.columnFloors(minW)
	out := make([]float64, len(rel))
	if sumFloor := sum(floor); sumFloor >= total {
		for c := range out {
			out[c] = floor[c] * total / sumFloor
		}
		return out
	}
	fixed := make([]bool, len(rel)) // held at the floor
	for {
		room, share := total, 0.0
		for c := range rel {
			if fixed[c] {
				room -= floor[c]
			} else {
				share += rel[c]
			}
		}
		changed := false
		for c := range rel {
			if fixed[c] {
				out[c] = floor[c]
				continue
			}
			out[c] = rel[c] * room / share
			if out[c] < floor[c] {
				fixed[c], changed = true, true
			}
		}
		if !changed { // each round fixes a column more, so this ends
			return out
		}
	}
}

// AppendixLandscape reports whether an appendix is laid out landscape:
// as its author says ([plan.Appendix.Orientation]), or else when it holds
// a table too wide for a portrait page.
func (l *Layout) AppendixLandscape(a *plan.Appendix) bool {
	switch a.Orientation {
	case plan.OrientationLandscape:
		return true
	case plan.OrientationPortrait:
		return false
	}
	var wide func(nodes plan.Nodes) bool
	wide = func(nodes plan.Nodes) bool {
		for _, n := range nodes {
			switch n := n.(type) {
			case *plan.Section:
				if n != nil && wide(n.Content) {
					return true
				}
			case *plan.Table:
				if n != nil && l.NeedsLandscape(n) {
					return true
				}
			}
		}
		return false
	}
	return wide(a.Content)
}

// NeedsLandscape reports whether a table is too wide for a portrait page:
// an appendix holding such a table is laid out landscape. A table is, when
// its longest words do not fit side by side, or when it has six columns or
// more whose longest words take more than 60% of the width: what is left
// would give each column about a word a line ("Phòng / Văn / hóa và /
// Thông / tin").
func (l *Layout) NeedsLandscape(t *plan.Table) bool {
	minW, _ := l.columnNeeds(t)
	return sum(minW) > l.TextWidth() || len(minW) >= crampedColumns && sum(minW) > crampedShare*l.TextWidth()
}

// WordsFit reports whether a table's longest words fit side by side on
// the text width; when they do not, some are broken between characters.
func (l *Layout) WordsFit(t *plan.Table) bool {
	minW, _ := l.columnNeeds(t)
	return sum(minW) <= l.TextWidth()
}

// A table of crampedColumns columns or more whose longest words take more
// than crampedShare of the portrait width is laid out landscape.
const (
	crampedColumns = 6
	crampedShare   = 0.6
)

// columnNeeds returns each column's minimum width (its longest word) and
// preferred width (its longest line), padding included. The header rows
// are measured in bold. A cell covered by another's span counts for
// nothing; a cell spanning columns asks its room of them together: what
// its longest word or line wants more than they have is shared among
// them, in proportion to what they want already (the columns of content
// first: an ordinal column keeps its width).
func (l *Layout) columnNeeds(t *plan.Table) (minW, prefW []float64) {
	n := t.Columns()
	minW, prefW = make([]float64, n), make([]float64, n)
	pad := 2 * l.TablePadding
	fonts := l.TextFonts()
	measure := func(cell plan.Text, style Style) (word, line float64) {
		m := fonts.Metrics(style)
		for _, text := range strings.Split(plan.NFC(cell.String()), "\n") {
			line = max(line, l.Fit(m.Width(text, l.TableSize))+pad)
			for _, w := range strings.Fields(text) {
				word = max(word, l.Fit(m.Width(w, l.TableSize))+pad)
			}
		}
		return word, line
	}
	grid := TableGrid(t)
	heads := HeaderRows(t)
	type spanned struct {
		col, cols  int
		word, line float64
	}
	var spans []spanned
	for r, cells := range append([][]plan.Text{t.Header}, t.Rows...) {
		style := Regular
		if r < heads {
			style = Bold
		}
		for c, cell := range cells {
			if c >= n || grid[r][c].Covered {
				continue
			}
			word, line := measure(cell, style)
			if cols := grid[r][c].Cols; cols > 1 {
				spans = append(spans, spanned{c, cols, word, line})
				continue
			}
			minW[c], prefW[c] = max(minW[c], word), max(prefW[c], line)
		}
	}
	for c := range minW {
		minW[c] = max(minW[c], pad+minColumnText) // an empty column stays visible
		prefW[c] = max(prefW[c], minW[c])
	}
	for _, s := range spans {
		widen(t, minW[s.col:s.col+s.cols], s.col, s.word)
		widen(t, prefW[s.col:s.col+s.cols], s.col, s.line)
		for c := s.col; c < s.col+s.cols; c++ {
			prefW[c] = max(prefW[c], minW[c])
		}
	}
	return minW, prefW
}

// widen grows the columns ws, the first of them column first of t, so
// that together they are at least need wide: the missing width goes to
// the columns of content in proportion to their width (to all when there
// are only ordinal ones).
func widen(t *plan.Table, ws []float64, first int, need float64) {
	all := sum(ws)
	missing := need - all
	if missing <= 0 {
		return
	}
	content := 0.0
	for i, w := range ws {
		if !t.IsOrdinal(first + i) {
			content += w
		}
	}
	for i, w := range ws {
		switch {
		case content == 0:
			ws[i] += missing * w / all
		case !t.IsOrdinal(first + i):
			ws[i] += missing * w / content
		}
	}
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// KeepsIntro reports whether the paragraph directly over a table keeps
// with the table's first rows. It does: that paragraph introduces the
// table ("… cụ thể như sau:"), and a clerk never leaves it at the foot of
// one page with its table on the next. The exception is a table whose
// rows carry footnotes: there LibreOffice lays the kept paragraph and the
// table out erratically, leaving pages half empty, so both writers let the
// paragraph go where it falls.
func KeepsIntro(t *plan.Table) bool {
	for _, row := range t.Rows {
		for _, cell := range row {
			for _, s := range cell {
				if s.Note != nil {
					return false
				}
			}
		}
	}
	return true
}

// RowHeight estimates the height of a body table's row at the given column
// widths: the tallest cell's lines, in the table's text size and single
// spacing (the writers space cells singly whatever the body's spacing),
// and its spacing above and below.
func (l *Layout) RowHeight(cells []plan.Text, widths []float64, style Style) float64 {
	lineHeight := l.TextFonts().LineHeight(l.TableSize)
	tallest := 1
	for c, w := range widths {
		if c >= len(cells) {
			break
		}
		inner := max(1, w-2*l.TablePadding)
		lines := 0
		for _, para := range strings.Split(cells[c].String(), "\n") { // a line break in the cell
			lines += max(1, len(l.TextFonts().WrapText(para, style, l.TableSize, inner)))
		}
		tallest = max(tallest, lines)
	}
	return float64(tallest)*lineHeight + 2*l.CellSpacing
}
