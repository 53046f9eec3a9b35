package compose

import (
	"slices"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// noteRange is lines [from, to) of footnote ref: a whole note, or the part
// of a long one that one page holds (LibreOffice and Word continue a note
// that does not fit at the foot of the next page).
type noteRange struct{ ref, from, to int }

// noteKey identifies a footnote laid out on a text width.
type noteKey struct {
	ref   int
	width float64
}

// notePara returns a footnote as a paragraph: its number as a superscript,
// a space and its text, in the footnote size, on the given width. It is
// laid out once per width.
func (b *builder) notePara(ref int, width float64) *para {
	key := noteKey{ref, width}
	if p, ok := b.noteCache[key]; ok {
		return p
	}
	st := b.sheet.Style(layout.FootnoteText)
	mark := plan.Text{{Note: &plan.Footnote{}, NoteNumber: ref}, {Text: " "}}
	p := newPara(b.l.TextFonts(), layout.FootnoteText, st, append(pieces(mark, st), pieces(b.notes[ref-1], st)...), width)
	p.notes = nil // its number is its own, not a reference to place
	if b.noteCache == nil {
		b.noteCache = map[noteKey]*para{}
	}
	b.noteCache[key] = p
	return p
}

// noteLineHeight is the height of a footnote line.
func (pg *pager) noteLineHeight() float64 { return pg.b.l.TextFonts().LineHeight(pg.b.l.FootnoteSize) }

// separatorHeight is the room between the body and the footnotes, the
// rule in its middle.
func (pg *pager) separatorHeight() float64 { return layout.FootnoteGap }

// notesHeight returns the room footnote lines take at the foot of a page,
// the separator included.
func (pg *pager) notesHeight(rs []noteRange) float64 {
	if len(rs) == 0 {
		return 0
	}
	lines := 0
	for _, r := range rs {
		lines += r.to - r.from
	}
	return pg.separatorHeight() + float64(lines)*pg.noteLineHeight()
}

// whole returns the notes of refs, each whole; with firstOnly, only the
// first line of each: the least of a note that must share the page of its
// reference.
func (pg *pager) whole(refs []int, firstOnly bool) []noteRange {
	out := make([]noteRange, 0, len(refs))
	for _, ref := range refs {
		n := len(pg.b.notePara(ref, pg.l.TextWidth()).lines)
		if firstOnly {
			n = min(n, 1)
		}
		out = append(out, noteRange{ref, 0, n})
	}
	return out
}

// growth returns how much room the page's footnotes gain when the notes
// of refs join them: whole notes before split (refs that must print whole)
// and the first lines of split.
func (pg *pager) growth(whole, split []int) float64 {
	if len(whole) == 0 && len(split) == 0 {
		return 0
	}
	rs := slices.Concat(pg.cur.notes, pg.whole(whole, false), pg.whole(split, true))
	return pg.notesHeight(rs) - pg.noteH
}

// addNotes places the notes of refs, called from a line whose bottom is
// at y: whole while they fit, the rest continued on the next page, which
// then takes no more body text on this one.
func (pg *pager) addNotes(refs []int, y float64) {
	if pg.noNotes || len(refs) == 0 {
		return
	}
	pg.addNoteLines(pg.whole(refs, false), y)
}

// addNoteLines places footnote lines at the foot of the page, under body
// text that ends at y; what does not fit waits for the next page.
func (pg *pager) addNoteLines(rs []noteRange, y float64) {
	for i, r := range rs {
		room := pg.l.PageHeight - pg.l.Margins.Bottom - y - pg.noteH
		if len(pg.cur.notes) == 0 {
			room -= pg.separatorHeight()
		}
		fit := max(0, int((room+fitTolerance)/pg.noteLineHeight()))
		if pg.full {
			fit = 0
		}
		if n := r.to - r.from; fit >= n {
			pg.cur.notes = append(pg.cur.notes, r)
			pg.noteH = pg.notesHeight(pg.cur.notes)
			continue
		}
		if fit > 0 {
			pg.cur.notes = append(pg.cur.notes, noteRange{r.ref, r.from, r.from + fit})
			pg.noteH = pg.notesHeight(pg.cur.notes)
		}
		pg.pending = append(pg.pending, noteRange{r.ref, r.from + fit, r.to})
		pg.pending = append(pg.pending, rs[i+1:]...)
		pg.full = true
		return
	}
}

// placeNotes adds to a finished page its footnote lines at its foot, under
// a short rule in the middle of the separator line.
func placeNotes(pg *page, b *builder) {
	if len(pg.notes) == 0 {
		return
	}
	l := pg.l
	p := &pager{b: b, l: l}
	top := l.PageHeight - l.Margins.Bottom - p.notesHeight(pg.notes)
	sep := p.separatorHeight()
	pg.Rules = append(pg.Rules, Rule{X1: l.Margins.Left, Y1: top + sep/2, X2: l.Margins.Left + b.l.FootnoteRule, Y2: top + sep/2, Width: b.l.RuleWidth})
	y := top + sep
	for _, r := range pg.notes {
		np := b.notePara(r.ref, l.TextWidth())
		for k := r.from; k < r.to; k++ {
			pg.Texts = appendLine(pg.Texts, np, k, l.Margins.Left, y+np.baseline())
			y += np.lineHeight()
		}
	}
}
