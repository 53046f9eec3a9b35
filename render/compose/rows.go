package compose

import "slices"

// table places a table: a row that does not fit goes to the next page,
// after the repeated header row, when it fits there; the header row never
// stands alone at the foot of a page; a row taller than a page is split.
func (pg *pager) table(t *table, x float64, next []block) {
	for i := range t.rows {
		if pg.full {
			pg.newPage()
			pg.repeatHeader(t, i, x)
		}
		r := &t.rows[i]
		need := r.height() + pg.growth(r.refs(), nil)
		if i == 0 && t.header && len(t.rows) > 1 {
			need += t.rows[1].height() // the header row never stands alone
		}
		fresh := pg.l.TextHeight() // the room a new page offers the row
		if t.header && i > 0 {
			fresh -= t.rows[0].height()
		}
		if pg.y+need > pg.bottom()+fitTolerance && !pg.atTop && need <= fresh && !t.split {
			pg.newPage()
			pg.repeatHeader(t, i, x)
		}
		pg.row(t, i, x)
	}
}

// repeatHeader prints the header row again at the top of a page the table
// runs onto; its footnotes print once, where it first stands.
func (pg *pager) repeatHeader(t *table, i int, x float64) {
	if !t.header || i == 0 {
		return
	}
	pg.noNotes = true
	pg.row(t, 0, x)
	pg.noNotes = false
}

// cursor is a position in a table cell: a paragraph and one of its lines.
type cursor struct{ block, line int }

// row places row i: whole when it fits, each cell's content in its column
// (centred vertically when asked), with the borders; a row that a page
// cannot hold is split at the page's foot and goes on under the repeated
// header of the next page.
func (pg *pager) row(t *table, i int, x float64) {
	r := &t.rows[i]
	if h := r.height(); pg.y+h+pg.growth(r.refs(), nil) <= pg.bottom()+fitTolerance {
		pg.rowPiece(t, r, x, nil, h)
		return
	}
	if !pg.atTop && pg.y+r.firstLines() > pg.bottom()-pg.growth(r.refs(), nil)+fitTolerance {
		pg.newPage() // not even the first lines fit: start the row on a new page
		pg.repeatHeader(t, i, x)
	}
	at := make([]cursor, len(r.cells))
	for {
		done := pg.rowPiece(t, r, x, at, 0)
		if done {
			return
		}
		pg.newPage()
		pg.repeatHeader(t, i, x)
	}
}

// rowPiece draws a row, or with cursors the part of it that fits on the
// page from each cell's cursor on (moving the cursors), and reports
// whether the row is done. h is the whole row's height when drawn whole.
func (pg *pager) rowPiece(t *table, r *row, x float64, at []cursor, h float64) bool {
	top := pg.y
	colX := x
	done := true
	if at != nil {
		h = 0
		limit := pg.bottom() - pg.growth(r.refs(), nil)
		for c := range r.cells {
			used, finished := pg.cellPiece(&r.cells[c], &at[c], colX, top, limit)
			h, done = max(h, used), done && finished
			colX += t.widths[c]
		}
	} else {
		for c, cl := range r.cells {
			y := top
			if cl.middle {
				y += (h - cl.height()) / 2
			}
			after := 0.0
			for _, p := range cl.blocks {
				pg.y = y + max(0, p.before-after) // inside a cell the space before always counts
				pg.openPara(p, colX)
				for k := range p.lines {
					pg.placeLine(p, colX, k)
				}
				y, after = pg.y+p.after, p.after
			}
			colX += t.widths[c]
		}
	}
	if t.borders {
		colX = x
		for _, w := range t.widths {
			pg.cur.Rules = append(pg.cur.Rules,
				Rule{X1: colX, Y1: top, X2: colX + w, Y2: top, Width: t.ruleW},
				Rule{X1: colX, Y1: top + h, X2: colX + w, Y2: top + h, Width: t.ruleW},
				Rule{X1: colX, Y1: top, X2: colX, Y2: top + h, Width: t.ruleW},
				Rule{X1: colX + w, Y1: top, X2: colX + w, Y2: top + h, Width: t.ruleW})
			colX += w
		}
	}
	pg.y = top + h
	pg.atTop = false
	pg.lastAfter = 0
	return done
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
// line, with the space before it.
func (r *row) firstLines() float64 {
	h := 0.0
	for _, c := range r.cells {
		if len(c.blocks) > 0 {
			p := c.blocks[0]
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
