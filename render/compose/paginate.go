package compose

import (
	"slices"

	"github.com/kehoach/kehoach/render/layout"
)

// page is a page being laid out: the [Page] it becomes, with its layout
// (turned for a landscape appendix) and the footnote lines printed at its
// foot.
type page struct {
	Page
	l     layout.Layout
	notes []noteRange
}

// pager places blocks on pages as LibreOffice lays out the DOCX of the
// same plan: no space before a paragraph at the top of a continued page,
// widows and orphans of two lines, headings and the body's last paragraph
// kept with what follows (unless what they keep together cannot fit on
// any page), table rows that split only when a page cannot hold them,
// the header row repeated, and room for the footnotes at the foot of
// their page, a long note continuing on the next.
type pager struct {
	// chunks remembers minChunk's sums over runs of kept blocks, by the
	// block that starts them.
	chunks  map[*block]float64
	b       *builder
	pages   []*page
	cur     *page
	l       layout.Layout
	y       float64     // the top of the free space
	noteH   float64     // the room the page's footnotes take at its foot
	pending []noteRange // footnote lines continued from the previous page
	full    bool        // a note continues on the next page: no more body here
	noNotes bool        // placing a repeated header row, whose notes print once
	// open are the cells spanning rows of the table being placed whose
	// last row is still to come.
	open []openCell
	// lastAfter is the space after the paragraph just placed: LibreOffice
	// keeps the larger of it and the next paragraph's space before, not
	// their sum.
	lastAfter float64
	section   int  // the current section: 0 the plan, i the i-th appendix
	number    int  // the current page's number within its section
	atTop     bool // nothing placed yet on the page
	initial   bool // the page is the first of its section
}

func (pg *pager) bottom() float64 { return pg.l.PageHeight - pg.l.Margins.Bottom - pg.noteH }

// newSection starts section i (0 the plan, then each appendix) on a new
// page, numbered from 1.
func (pg *pager) newSection(l layout.Layout, i int) {
	pg.l = l
	pg.section, pg.number = i, 0
	pg.newPage()
	pg.initial = true
}

// newPage starts a page: continued footnotes first, at its foot.
func (pg *pager) newPage() {
	pg.number++
	// A page holds about as many runs as the one before it, and one more
	// for its number (finish): its slice is made that big once, rather
	// than grown run by run.
	runs := 256
	if n := len(pg.pages); n > 0 {
		runs = max(runs, len(pg.pages[n-1].Texts)+len(pg.pages[n-1].Texts)/4)
	}
	pg.cur = &page{l: pg.l, Page: Page{Width: pg.l.PageWidth, Height: pg.l.PageHeight, Landscape: pg.l.PageWidth > pg.l.PageHeight,
		Section: pg.section, Number: pg.number, Texts: make([]Text, 0, runs+1)}}
	pg.pages = append(pg.pages, pg.cur)
	pg.y = pg.l.Margins.Top
	pg.noteH = 0
	pg.atTop = true
	pg.initial = false
	pg.full = false
	pg.lastAfter = 0
	if carried := pg.pending; len(carried) > 0 {
		pg.pending = nil
		pg.addNoteLines(carried, pg.y)
	}
}

// flow places a section's blocks.
func (pg *pager) flow(blocks []block) {
	for i, blk := range blocks {
		next := blocks[i+1:]
		switch blk := blk.(type) {
		case *para:
			pg.para(blk, pg.l.Margins.Left, next)
		case *table:
			pg.table(blk, pg.l.Margins.Left, next)
		}
	}
	for len(pg.pending) > 0 { // notes still to print after the last block
		pg.newPage()
	}
}

// before returns a paragraph's space before where it is placed: none at
// the top of a continued page, and only what exceeds the space after the
// paragraph above.
func (pg *pager) before(p *para) float64 {
	if pg.atTop && !pg.initial {
		return 0
	}
	return max(0, p.before-pg.lastAfter)
}

// minChunk returns the least height of the first blocks that must share a
// page with a kept block before them: two lines of a paragraph (all of a
// short one), or all of a kept paragraph and what it keeps; the header
// rows and first row of a table.
//
// A run of kept blocks (headings with nothing under them) is summed once:
// the sums are remembered by where they start, so that placing n kept
// blocks takes time in proportion to n, not to its square.
func (pg *pager) minChunk(blocks []block) float64 {
	if len(blocks) == 0 {
		return 0
	}
	switch b := blocks[0].(type) {
	case *para:
		n := len(b.lines)
		if b.keep {
			key := &blocks[0]
			if h, ok := pg.chunks[key]; ok {
				return h
			}
			h := b.height() + pg.minChunk(blocks[1:])
			if pg.chunks == nil {
				pg.chunks = map[*block]float64{}
			}
			pg.chunks[key] = h
			return h
		}
		if b.widow && n >= 2*layout.WidowLines {
			n = layout.WidowLines
		}
		return b.before + float64(n)*b.lineHeight()
	case *table:
		if b.split && b.headRows() == 0 && len(b.rows) > 0 { // it may start with its first lines
			return b.rows[0].firstLines()
		}
		b.measure()
		return b.span(0, min(len(b.rows), b.headRows()+1)) // the header rows and the first row
	}
	return 0
}

// keeps reports whether a kept paragraph can stay with what follows it:
// not when the two cannot fit on any page, where LibreOffice and Word give
// the keep up.
func (pg *pager) keeps(p *para, next []block) bool {
	return p.keep && p.height()+pg.minChunk(next) <= pg.l.TextHeight()+fitTolerance
}

// para places a paragraph at the left edge x of its box, splitting it
// across pages when it must (never one kept with the next that a page can
// hold).
func (pg *pager) para(p *para, x float64, next []block) {
	if p.filler && !pg.full && pg.y+p.height() > pg.bottom() {
		pg.y = max(pg.y, pg.bottom()) // no text to place, and no page to start
		return
	}
	keep := pg.keeps(p, next)
	from := 0
	for from < len(p.lines) {
		if pg.full {
			pg.newPage()
			continue
		}
		before := pg.before(p)
		if from > 0 {
			before = 0
		}
		lh := p.lineHeight()
		n := len(p.lines) - from
		// How many lines fit, with the footnotes they call; the last line
		// that fits may start a note that continues on the next page.
		fit, notes := 0, 0.0 // notes: the extra room of the lines' footnotes
		y := pg.y + before + p.border
		var refs []int
		limit := pg.l.PageHeight - pg.l.Margins.Bottom - pg.noteH + fitTolerance
		// A line fits when its text does: the extra room of a line spacing
		// above single may run into the bottom margin, as in LibreOffice.
		text := p.textHeight()
		for k := 0; k < n; k++ {
			own := p.notes[from+k]
			if add := pg.growth(slices.Concat(refs, own), nil); y+text <= limit-add {
				refs, notes = append(refs, own...), add
				y += lh
				fit++
				continue
			}
			if len(own) > 0 && y+text <= limit-pg.growth(refs, own) {
				fit++ // its notes start here and continue on the next page
				notes = limit
			}
			break
		}
		rest := float64(n-1)*lh + text + p.after
		keepFits := !keep || pg.y+before+rest+pg.minChunk(next) <= pg.bottom()-notes+fitTolerance
		if fit == n && keepFits {
			pg.placeLines(p, x, from, n, before)
			pg.y += p.after
			pg.lastAfter = p.after
			return
		}
		// A paragraph kept with the next is not split where it stands
		// (LibreOffice treats "keep with next" as "keep together"): it
		// moves to the next page, whole with what it keeps, or to be split
		// there when it is taller than a page. One that a page holds, but
		// not with what it keeps (the body's last paragraph and a tall
		// signature), is split here instead, so that two of its lines go
		// with the signature: LibreOffice would leave the signature alone
		// on a page, which the decree's practice does not allow.
		if from == 0 && p.keep && !pg.atTop && (keep || !p.fitsPage(pg.l.TextHeight())) {
			pg.newPage()
			continue
		}
		k := fit
		if p.widow {
			k = min(k, n-layout.WidowLines)
			if k < layout.WidowLines && !(from > 0 && k == n) {
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
			pg.lastAfter = p.after
		}
	}
}

// fitTolerance absorbs rounding, as the line breaker does.
const fitTolerance = 0.01

// placeLines draws lines [from, from+n) of a paragraph at the current
// position, after the given space, with their footnotes.
func (pg *pager) placeLines(p *para, x float64, from, n int, before float64) {
	pg.y += before
	if from == 0 {
		pg.openPara(p, x)
	}
	for k := from; k < from+n; k++ {
		pg.placeLine(p, x, k)
	}
	pg.atTop = false
}

// openPara draws what stands on a paragraph's top edge, its rule, and
// moves under the stroke.
func (pg *pager) openPara(p *para, x float64) {
	if p.signature {
		pg.markSignature(p, x)
	}
	if p.rule <= 0 {
		return
	}
	rx := x + p.left + layout.RuleIndent(p.width, p.rule)
	y := pg.y + p.border/2
	pg.cur.Rules = append(pg.cur.Rules, Rule{X1: rx, Y1: y, X2: rx + p.rule, Y2: y, Width: p.border})
	pg.y += p.border
}

// placeLine draws line k of a paragraph at the current position and moves
// under it.
func (pg *pager) placeLine(p *para, x float64, k int) {
	lh := p.lineHeight()
	if p.box > 0 {
		pg.boxAround(x+p.left, pg.y, p.box, lh+p.boxed(), p.color)
		pg.y += p.boxStroke + p.boxPad
	}
	from := len(pg.cur.Texts)
	pg.cur.Texts = appendLine(pg.cur.Texts, p, k, x, pg.y+p.baseline())
	if len(p.blanks) > 0 {
		pg.markBlanks(p, pg.cur.Texts[from:])
	}
	pg.y += lh + p.boxPad + p.boxStroke
	pg.addNotes(p.notes[k], pg.y)
	pg.atTop = false
}

// boxAround draws the border of a stamp: a box of the given width around
// a line, the given height from its strokes' outer edges at y (a stroke
// is drawn on the middle of its band).
func (pg *pager) boxAround(x, y, width, height float64, color layout.RGB) {
	s := pg.b.l.RuleWidth
	pg.cur.Boxes = append(pg.cur.Boxes, Box{X: x, Y: y + s/2, Width: width, Height: height - s, Stroke: s, Color: color})
}
