package compose

import (
	"math"
	"slices"
)

// table places a table: a row that does not fit goes to the next page,
// after the repeated header rows, when it fits there; the header rows
// never stand alone at the foot of a page; a row taller than a page is
// split. A cell spanning rows is placed with its rows, as LibreOffice
// places it: a page may break between them, and the cell then goes on
// over the next page.
func (pg *pager) table(t *table, x float64, next []block) {
	t.measure()
	t.unspanTall(pg.l.TextHeight())
	pg.open = pg.open[:0]
	heads := t.headRows()
	for i := range t.rows {
		if pg.full {
			pg.breakTable(t, i, x)
		}
		pg.lastOfSpans(t, i)
		need := t.heights[i] + pg.growth(t.rows[i].refs(), nil)
		if i == 0 && heads > 0 {
			// The header rows never stand alone: with the first row.
			need = t.span(0, min(len(t.rows), heads+1)) + pg.growth(t.refs(0, heads), nil)
		}
		fresh := pg.l.TextHeight() // the room a new page offers the row
		if heads > 0 && i >= heads {
			fresh -= t.span(0, heads)
		}
		if pg.y+need > pg.bottom()+fitTolerance && !pg.atTop && need <= fresh && !t.split {
			pg.breakTable(t, i, x)
		}
		pg.row(t, i, x)
	}
	pg.open = pg.open[:0]
}

// lastOfSpans sets the height of row i, the last of cells spanning rows
// that are being placed, as LibreOffice does once their first rows stand
// on the page: tall enough for what of their content the rows above it on
// the page leave over (a cell a page broke goes on with its rest at the
// top of the next page).
func (pg *pager) lastOfSpans(t *table, i int) {
	h, last := t.base[i], false
	for k := range pg.open {
		o := &pg.open[k]
		cl := &t.rows[o.row].cells[o.col]
		if t.lastRow(o.row, cl) != i {
			continue
		}
		left := cl.height()
		if o.split {
			left = cl.heightFrom(o.at)
		}
		h, last = max(h, left-(pg.y-o.top)), true
	}
	if last {
		t.heights[i] = h
	}
}

// unspanTall lets a cell spanning rows that a page of the given text
// height cannot hold (under the header rows, in the body) print in its
// first row alone, which then splits over pages as any tall row does; the
// cells it covered under it print empty.
func (t *table) unspanTall(room float64) {
	heads := t.headRows()
	header := t.span(0, heads)
	changed := false
	for r := range t.rows {
		for c := range t.rows[r].cells {
			cl := &t.rows[r].cells[c]
			limit := room
			if r >= heads && header < room {
				limit -= header
			}
			if cl.covered || cl.rowSpan() == 1 || cl.height() <= limit {
				continue
			}
			for below := r + 1; below <= t.lastRow(r, cl); below++ {
				t.rows[below].cells[c] = cell{cols: cl.cols, middle: true}
			}
			cl.rows = 1
			changed = true
		}
	}
	if changed {
		t.heights, t.base = nil, nil
		t.measure()
	}
}

// openCell is a cell spanning rows whose rows are being placed: it is
// drawn on each page its rows stand on, when its last row there is.
type openCell struct {
	row, col int
	x, top   float64 // the left edge of its column, and its top on the page
	at       cursor  // where its content goes on, once split
	split    bool    // a page broke between its rows
}

// breakTable starts a new page in the middle of a table, before row i:
// the cells spanning rows are drawn down to the page's last row and go on
// under the header rows repeated on the new page.
func (pg *pager) breakTable(t *table, i int, x float64) {
	for k := range pg.open {
		pg.drawSpanning(t, &pg.open[k], pg.y, false)
		pg.open[k].split = true
	}
	pg.newPage()
	pg.repeatHeader(t, i, x)
	for k := range pg.open {
		pg.open[k].top = pg.y
	}
}

// repeatHeader prints the header rows again at the top of a page the
// table runs onto, before row i; their footnotes print once, where they
// first stand.
func (pg *pager) repeatHeader(t *table, i int, x float64) {
	heads := t.headRows()
	if heads == 0 || i < heads {
		return
	}
	open := pg.open // the body's cells spanning rows wait under the header
	pg.open = nil
	pg.noNotes = true
	for r := range heads {
		pg.row(t, r, x)
	}
	pg.noNotes = false
	pg.open = open
}

// cursor is a position in a table cell: a paragraph and one of its lines.
type cursor struct{ block, line int }

// row places row i: whole when it fits, each cell's content in its column
// (centred vertically when asked), with the borders; a row that a page
// cannot hold is split at the page's foot and goes on under the repeated
// header rows of the next page.
func (pg *pager) row(t *table, i int, x float64) {
	r := &t.rows[i]
	if h := t.heights[i]; pg.y+h+pg.growth(r.refs(), nil) <= pg.bottom()+fitTolerance {
		pg.rowPiece(t, i, x, nil, h)
		return
	}
	if !pg.atTop && pg.y+r.firstLines() > pg.bottom()-pg.growth(r.refs(), nil)+fitTolerance {
		pg.breakTable(t, i, x) // not even the first lines fit: start the row on a new page
	}
	at := make([]cursor, len(r.cells))
	for !pg.rowPiece(t, i, x, at, 0) {
		pg.breakTable(t, i, x)
	}
}

// rowPiece draws row i, or with cursors the part of it that fits on the
// page from each cell's cursor on (moving the cursors), and reports
// whether the row is done. h is the whole row's height when drawn whole.
// A cell spanning rows is drawn once its last row on the page is placed
// (see drawSpanning).
func (pg *pager) rowPiece(t *table, i int, x float64, at []cursor, h float64) bool {
	r := &t.rows[i]
	top := pg.y
	done := true
	if at != nil {
		h = 0
		limit := pg.bottom() - pg.growth(r.refs(), nil)
		colX := x
		for c := range r.cells {
			if cl := &r.cells[c]; !cl.covered && cl.rowSpan() == 1 {
				used, finished := pg.cellPiece(cl, &at[c], colX, top, limit)
				h, done = max(h, used), done && finished
			}
			colX += t.widths[c]
		}
	} else {
		colX := x
		for c := range r.cells {
			if cl := &r.cells[c]; !cl.covered && cl.rowSpan() == 1 {
				pg.cellWhole(cl, colX, top, h)
			}
			colX += t.widths[c]
		}
	}
	colX := x
	for c := range r.cells {
		cl := &r.cells[c]
		switch {
		case cl.covered:
		case cl.rowSpan() > 1:
			if !slices.ContainsFunc(pg.open, func(o openCell) bool { return o.row == i && o.col == c }) {
				pg.open = append(pg.open, openCell{row: i, col: c, x: colX, top: top})
			}
		case t.borders:
			pg.border(colX, top, t.cellWidth(c, cl), h, t.ruleW)
		}
		colX += t.widths[c]
	}
	pg.y = top + h
	pg.atTop = false
	pg.lastAfter = 0
	if done { // the cells spanning rows that end here
		pg.open = slices.DeleteFunc(pg.open, func(o openCell) bool {
			if t.lastRow(o.row, &t.rows[o.row].cells[o.col]) != i {
				return false
			}
			pg.drawSpanning(t, &o, pg.y, true)
			return true
		})
	}
	return done
}

// drawSpanning draws a cell spanning rows from its top on the page down to
// bottom, with its borders: centred vertically in its rows, as the other
// cells, when they all stand on one page (last, and never split);
// otherwise, as LibreOffice does with a cell a page breaks, from the top,
// as many of its lines as the page's rows hold (all that are left on the
// last page).
func (pg *pager) drawSpanning(t *table, o *openCell, bottom float64, last bool) {
	cl := &t.rows[o.row].cells[o.col]
	y := pg.y
	if last && !o.split {
		pg.cellWhole(cl, o.x, o.top, bottom-o.top)
	} else {
		limit := bottom
		if last {
			limit = math.Inf(1)
		}
		pg.cellPiece(cl, &o.at, o.x, o.top, limit)
	}
	if t.borders {
		pg.border(o.x, o.top, t.cellWidth(o.col, cl), bottom-o.top, t.ruleW)
	}
	pg.y = y
}

// cellWhole draws a cell's content in its box of height h from top,
// centred vertically when the cell asks.
func (pg *pager) cellWhole(cl *cell, x, top, h float64) {
	y := top
	if cl.middle {
		y += (h - cl.height()) / 2
	}
	after := 0.0
	for _, p := range cl.blocks {
		pg.y = y + max(0, p.before-after) // inside a cell the space before always counts
		pg.openPara(p, x)
		for k := range p.lines {
			pg.placeLine(p, x, k)
		}
		y, after = pg.y+p.after, p.after
	}
}

// border draws the four sides of a cell's box.
func (pg *pager) border(x, top, w, h, width float64) {
	pg.cur.Rules = append(pg.cur.Rules,
		Rule{X1: x, Y1: top, X2: x + w, Y2: top, Width: width},
		Rule{X1: x, Y1: top + h, X2: x + w, Y2: top + h, Width: width},
		Rule{X1: x, Y1: top, X2: x, Y2: top + h, Width: width},
		Rule{X1: x + w, Y1: top, X2: x + w, Y2: top + h, Width: width})
}

// cellPiece draws the lines of a cell from its cursor down to limit (at
// least one line, so that a split row always moves on), and returns the
// height used and whether the cell is done.
func (pg *pager) cellPiece(cl *cell, at *cursor, x, top, limit float64) (float64, bool) {
	y := top
	placed := false
	after := 0.0
	for at.block < len(cl.blocks) {
		p := cl.blocks[at.block]
		y += max(0, p.before-after) // at the top of a continued piece too: the cell's inner margin
		if at.line == 0 {
			pg.y = y
			pg.openPara(p, x)
			y = pg.y
		}
		for at.line < len(p.lines) {
			if y+p.lineHeight() > limit+fitTolerance && placed {
				return y - top, false
			}
			pg.y = y
			pg.placeLine(p, x, at.line)
			y, placed = pg.y, true
			at.line++
		}
		y += p.after
		after = p.after
		at.block, at.line = at.block+1, 0
	}
	return y - top, true
}

// firstLines returns the height a row needs to start: each cell's first
// line, with the space before it (a cell spanning rows goes on over the
// next ones).
func (r *row) firstLines() float64 {
	h := 0.0
	for c := range r.cells {
		if cl := &r.cells[c]; len(cl.blocks) > 0 && cl.rowSpan() == 1 {
			p := cl.blocks[0]
			h = max(h, p.before+p.border+p.lineHeight())
		}
	}
	return h
}

// refs returns the footnotes a row refers to, in order.
func (r *row) refs() []int {
	if r.refsDone {
		return r.noteRefs
	}
	r.refsDone = true
	var out []int
	for _, c := range r.cells {
		for _, p := range c.blocks {
			for k := range p.lines {
				out = append(out, p.notes[k]...)
			}
		}
	}
	slices.Sort(out)
	r.noteRefs = out
	return out
}

// refs returns the footnotes rows [i, j) refer to, in order.
func (t *table) refs(i, j int) []int {
	var out []int
	for r := i; r < j; r++ {
		out = append(out, t.rows[r].refs()...)
	}
	slices.Sort(out)
	return out
}
