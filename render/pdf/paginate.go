package pdf

import (
	"github.com/kehoach/kehoach/render/layout"
)

// page is one laid-out page: what to draw, in points from its top left.
type page struct {
	l      layout.Layout
	number int  // the number printed in the top margin
	first  bool // the first page of its section: no number (Decree 30)
	texts  []textItem
	rules  []ruleItem
	notes  []int // footnotes printed at the foot of this page
}

// textItem is a run of text on one baseline.
type textItem struct {
	x, y  float64
	text  string
	style layout.Style
	size  float64
}

// ruleItem is a straight line.
type ruleItem struct {
	x1, y1, x2, y2, width float64
}

// pager places blocks on pages as LibreOffice lays out the DOCX of the
// same plan: no space before a paragraph at the top of a continued page,
// widows and orphans of two lines, headings and the body's last paragraph
// kept with what follows, table rows that never split, the header row
// repeated, and room for the footnotes at the foot of their page.
type pager struct {
	b       *builder
	pages   []*page
	cur     *page
	l       layout.Layout
	y       float64 // the top of the free space
	noteH   float64 // the height of the footnotes placed on the page
	number  int     // the current page's number within its section
	atTop   bool    // nothing placed yet on the page
	initial bool    // the page is the first of its section
}

func (pg *pager) bottom() float64 { return pg.l.PageHeight - pg.l.Margins.Bottom - pg.noteH }

// newSection starts a section on a new page, numbered from 1.
func (pg *pager) newSection(l layout.Layout) {
	pg.l = l
	pg.number = 0
	pg.newPage()
	pg.initial = true
	pg.cur.first = true
}

func (pg *pager) newPage() {
	pg.number++
	pg.cur = &page{l: pg.l, number: pg.number}
	pg.pages = append(pg.pages, pg.cur)
	pg.y = pg.l.Margins.Top
	pg.noteH = 0
	pg.atTop = true
	pg.initial = false
}

// flow places a section's blocks.
func (pg *pager) flow(blocks []block) {
	for i, blk := range blocks {
		var next []block
		if i+1 < len(blocks) {
			next = blocks[i+1:]
		}
		switch blk := blk.(type) {
		case *para:
			pg.para(blk, pg.l.Margins.Left, next)
		case *table:
			pg.table(blk, pg.l.Margins.Left, next)
		}
	}
}

// before returns a paragraph's space before where it is placed: none at
// the top of a continued page.
func (pg *pager) before(p *para) float64 {
	if pg.atTop && !pg.initial {
		return 0
	}
	return p.before
}

// minChunk returns the least height of the first blocks that must share a
// page with a kept block before them: two lines of a paragraph (all of a
// short one), or all of a kept paragraph and what it keeps; the header
// and first row of a table.
func (pg *pager) minChunk(blocks []block) float64 {
	if len(blocks) == 0 {
		return 0
	}
	switch b := blocks[0].(type) {
	case *para:
		n := len(b.lines)
		if b.keep {
			return b.height() + pg.minChunk(blocks[1:])
		}
		if b.widow && n >= 4 {
			n = 2
		}
		return b.before + float64(n)*b.lineHeight()
	case *table:
		h := 0.0
		for i, r := range b.rows {
			h += r.height()
			if i >= 1 || !b.header {
				break
			}
		}
		return h
	}
	return 0
}

// para places a paragraph at the left edge x of its box, splitting it
// across pages when it must.
func (pg *pager) para(p *para, x float64, next []block) {
	from := 0
	for from < len(p.lines) {
		before := pg.before(p)
		if from > 0 {
			before = 0
		}
		lh := p.lineHeight()
		n := len(p.lines) - from
		// How many lines fit, with the footnotes they call.
		fit, notes := 0, 0.0 // notes: the extra room of the lines' footnotes
		y := pg.y + before
		refs := pg.cur.notes
		for k := 0; k < n; k++ {
			refs = append(refs[:len(refs):len(refs)], p.notes[from+k]...)
			add := pg.notesTotal(refs) - pg.noteH
			if y+lh > pg.l.PageHeight-pg.l.Margins.Bottom-pg.noteH-add+fitTolerance {
				break
			}
			notes = add
			y += lh
			fit++
		}
		rest := float64(n)*lh + p.after
		keepFits := !p.keep || pg.y+before+rest+pg.minChunk(next) <= pg.bottom()-notes+fitTolerance
		if fit == n && keepFits {
			pg.placeLines(p, x, from, n, before)
			pg.y += p.after
			return
		}
		k := fit
		if fit == n { // it fits, but what it keeps with does not
			k = n
		}
		if p.widow {
			k = min(k, n-2)
			if k < 2 && !(from > 0 && k == n) {
				k = 0
			}
		}
		if k <= 0 {
			if pg.atTop { // a page cannot hold it: print what fits
				k = max(fit, 1)
			} else {
				pg.newPage()
				continue
			}
		}
		pg.placeLines(p, x, from, k, before)
		from += k
		if from < len(p.lines) {
			pg.newPage()
		} else {
			pg.y += p.after
		}
	}
}

// fitTolerance absorbs rounding, as the line breaker does.
const fitTolerance = 0.01

// placeLines draws lines [from, from+n) of a paragraph at the current
// position, after the given space.
func (pg *pager) placeLines(p *para, x float64, from, n int, before float64) {
	pg.y += before
	if p.rule > 0 && from == 0 { // the stroke on the paragraph's top edge
		rx := x + p.left + layout.RuleIndent(p.width, p.rule)
		pg.cur.rules = append(pg.cur.rules, ruleItem{x1: rx, y1: pg.y, x2: rx + p.rule, y2: pg.y, width: pg.b.l.RuleWidth})
	}
	lh := p.lineHeight()
	for k := from; k < from+n; k++ {
		base := pg.y + baseline(p.size)
		pg.cur.texts = append(pg.cur.texts, lineTexts(p, k, x, base)...)
		if p.box > 0 {
			pg.boxAround(x+p.left, pg.y, p.box, lh)
		}
		if refs := p.notes[k]; len(refs) > 0 {
			pg.cur.notes = append(pg.cur.notes, refs...)
			pg.noteH = pg.notesTotal(pg.cur.notes)
		}
		pg.y += lh
	}
	pg.atTop = false
}

// boxAround draws the border of a stamp: a box of the given width around
// a line.
func (pg *pager) boxAround(x, y, width, height float64) {
	w := pg.b.l.RuleWidth
	pg.cur.rules = append(pg.cur.rules,
		ruleItem{x, y, x + width, y, w}, ruleItem{x, y + height, x + width, y + height, w},
		ruleItem{x, y, x, y + height, w}, ruleItem{x + width, y, x + width, y + height, w})
}

// table places a table; a row that does not fit goes to the next page,
// after the repeated header row.
func (pg *pager) table(t *table, x float64, next []block) {
	for i, r := range t.rows {
		h := r.height()
		need := h
		if i == len(t.rows)-1 && t.keep {
			need += pg.minChunk(next)
		}
		if pg.y+need > pg.bottom()+fitTolerance && !pg.atTop {
			pg.newPage()
			if t.header && i > 0 {
				pg.row(t, t.rows[0], x)
			}
		}
		pg.row(t, r, x)
	}
}

// row places one row: each cell's paragraphs in its column, the cell
// centred vertically when asked, and the borders.
func (pg *pager) row(t *table, r row, x float64) {
	top := pg.y
	h := r.height()
	colX := x + t.x
	for c, cl := range r.cells {
		y := top
		if cl.vAlign == center {
			y += (h - cl.height()) / 2
		}
		for _, p := range cl.blocks {
			saveY, saveTop := pg.y, pg.atTop
			pg.y = y
			pg.atTop = false // inside a cell the space before always counts
			before := p.before
			pg.placeLines(p, colX, 0, len(p.lines), before)
			y = pg.y + p.after
			pg.y, pg.atTop = saveY, saveTop
		}
		if t.borders {
			w := t.widths[c]
			pg.cur.rules = append(pg.cur.rules,
				ruleItem{colX, top, colX + w, top, t.ruleW}, ruleItem{colX, top + h, colX + w, top + h, t.ruleW},
				ruleItem{colX, top, colX, top + h, t.ruleW}, ruleItem{colX + w, top, colX + w, top + h, t.ruleW})
		}
		colX += t.widths[c]
	}
	pg.y = top + h
	pg.atTop = false
}

// notesTotal returns the room that footnotes take at the foot of a page:
// the separator line and each note's lines.
func (pg *pager) notesTotal(refs []int) float64 {
	if len(refs) == 0 {
		return 0
	}
	h := pg.separatorHeight()
	for _, ref := range refs {
		h += pg.b.notePara(ref, pg.l.TextWidth()).height()
	}
	return h
}

// separatorHeight is the room of the line above the footnotes: one line
// of body text, as Word's separator paragraph takes.
func (pg *pager) separatorHeight() float64 { return lineHeight(pg.b.l.BodySize) }

// notePara returns a footnote as a paragraph: its number as a superscript,
// a space and its text, in the footnote size, on the given width.
func (b *builder) notePara(ref int, width float64) *para {
	size := b.l.FootnoteSize
	ps := []layout.Piece{{Text: itoa(ref), Style: layout.Regular, Size: size, Ref: ref}, {Text: " ", Style: layout.Regular, Size: size}}
	ps = append(ps, pieces(b.notes[ref-1], layout.Regular, size, nil, nil)...)
	return &para{lines: layout.Wrap(ps, width, width), size: size, width: width, align: justify}
}
