package compose

import (
	"slices"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// block is a vertical element of the flow: a paragraph, a table, or a
// paragraph that draws a rule.
type block interface {
	// height returns the block's full height.
	height() float64
}

// para is a paragraph broken into lines, in a text box of the given left
// offset and width (from the left margin, or from a table cell's edge).
type para struct {
	element layout.Element // what the paragraph is, for the style sheet
	fonts   *layout.Fonts  // what its text is measured with and prints in
	lines   []layout.Line
	size    float64 // the size that sets the line height
	// lineSpacing is the line spacing: a multiple of single (0 or 1: single),
	// or an exact line height.
	lineSpacing layout.Spacing
	before      float64 // space before (dropped at the top of a continued page)
	after       float64
	left        float64 // the text box's left edge, from the enclosing box
	width       float64 // the text box's width
	first       float64 // first-line indent
	align       layout.Align
	keep        bool // keep with the next block (headings, the body's last paragraph)
	steady      bool // a run in a fallback font: lines of a fixed height (layout.Spacing.Steady)
	widow       bool // widow and orphan control: at least two lines together
	// filler is an empty paragraph that only takes room (the DOCX's tiny
	// section end): it never starts a page, but runs into the bottom
	// margin, as LibreOffice prints it.
	filler bool
	// rule draws a horizontal line at the paragraph's top, centred in the
	// text box, of this length (a rule paragraph of the DOCX writer), and
	// border is its stroke: LibreOffice makes a bordered paragraph that
	// much taller.
	rule, border float64
	// box draws a box of this width around each line (the urgency stamp),
	// boxPad room above and below the text inside it, in color, of strokes
	// boxStroke wide, which make the line that much taller above and below
	// (as a word processor makes a bordered paragraph).
	box, boxPad, boxStroke float64
	color                  layout.RGB
	// notes are the footnotes referred to on each line, by line index.
	notes map[int][]int
	// blanks are the blanks of a header line (the number, the day …),
	// whose places are recorded where they print (issuing.go).
	blanks []blankMark
	// signature marks the signer's name, above which the signature and
	// seal boxes stand.
	signature bool
}

// lineHeight returns the height of the paragraph's lines: single, its
// multiple of single (LibreOffice adds the extra room under each line's
// text, so the baseline stays where single spacing puts it), or its exact
// height.
func (p *para) lineHeight() float64 { return p.lineSpacing.Height(p.fonts, p.size) }

// textHeight returns the height of a line's text, which must fit above
// the page's bottom margin: single spacing's, the extra room of a
// multiple running into the margin, or the exact height.
func (p *para) textHeight() float64 {
	if p.lineSpacing.Exact {
		return p.lineHeight()
	}
	return p.fonts.LineHeight(p.size)
}

// baseline returns the distance from the top of one of the paragraph's
// lines to its baseline.
func (p *para) baseline() float64 { return p.lineSpacing.Baseline(p.fonts, p.size) }

// fitsPage reports whether the paragraph's lines fit on a page of the
// given text height, at the top of a continued page (no space before).
func (p *para) fitsPage(textHeight float64) bool {
	if len(p.lines) == 0 {
		return true
	}
	lines := p.border + float64(len(p.lines)-1)*(p.lineHeight()+p.boxed()) + p.textHeight() + p.boxed()
	return lines <= textHeight+fitTolerance
}

func (p *para) height() float64 {
	return p.before + p.border + float64(len(p.lines))*(p.lineHeight()+p.boxed()) + p.after
}

// boxed returns how much taller a line is for its box: the pad and the
// stroke above and below it.
func (p *para) boxed() float64 { return 2 * (p.boxPad + p.boxStroke) }

// table is a table of rows of cells, each cell a list of blocks, at the
// left edge of its box. A cell may span columns and rows; the cells it
// covers print nothing.
type table struct {
	widths  []float64 // column widths
	rows    []row
	borders bool
	// heads is how many rows head the table: they repeat at the top of
	// every page it runs onto (0: none).
	heads int
	ruleW float64
	// split lets a row that does not fit the rest of the page start there
	// and go on over the next, rather than move to the next page whole.
	split bool
	// heights are the rows' heights, set by measure; base are their
	// heights without the room a cell spanning rows asks of its last.
	heights, base []float64
}

type row struct {
	cells []cell // one a column, covered ones included
	// noteRefs caches refs: a row split over many pages (a signature of
	// thousands of recipients) asks for them on each.
	noteRefs []int
	refsDone bool
}

type cell struct {
	blocks []*para
	middle bool // centred vertically in its row; at the top otherwise
	// cols and rows are the columns and rows the cell spans; 0 means 1.
	cols, rows int
	// covered says another cell's span covers this one: it prints
	// nothing and has no border of its own.
	covered bool
}

// colSpan and rowSpan return the columns and rows the cell spans, at
// least 1.
func (c *cell) colSpan() int { return max(1, c.cols) }
func (c *cell) rowSpan() int { return max(1, c.rows) }

func (c *cell) height() float64 {
	h := 0.0
	for _, b := range c.blocks {
		h += b.height()
	}
	return h
}

// heightFrom returns the height of a cell's content from a cursor on, as
// cellPiece places it: the space before the paragraph it stands in counts
// again at the top of a continued piece.
func (c *cell) heightFrom(at cursor) float64 {
	h, after := 0.0, 0.0
	for i := at.block; i < len(c.blocks); i++ {
		p := c.blocks[i]
		h += max(0, p.before-after)
		from := 0
		if i == at.block {
			from = at.line
		}
		if from == 0 {
			h += p.border
		}
		h += float64(len(p.lines)-from)*p.lineHeight() + p.after
		after = p.after
	}
	return h
}

// measure sets the rows' heights, once: a row is as tall as its tallest
// cell that spans no other row; a cell spanning rows that needs more room
// than they have gives what it lacks to the last of them, as LibreOffice
// does.
func (t *table) measure() {
	if t.heights != nil {
		return
	}
	t.heights = make([]float64, len(t.rows))
	for r := range t.rows {
		for c := range t.rows[r].cells {
			if cl := &t.rows[r].cells[c]; !cl.covered && cl.rowSpan() == 1 {
				t.heights[r] = max(t.heights[r], cl.height())
			}
		}
	}
	t.base = slices.Clone(t.heights)
	for r := range t.rows {
		for c := range t.rows[r].cells {
			cl := &t.rows[r].cells[c]
			if cl.covered || cl.rowSpan() == 1 {
				continue
			}
			last := t.lastRow(r, cl)
			if lack := cl.height() - t.span(r, last+1); lack > 0 {
				t.heights[last] += lack
			}
		}
	}
}

// lastRow returns the last row of a cell of row r.
func (t *table) lastRow(r int, cl *cell) int { return min(len(t.rows), r+cl.rowSpan()) - 1 }

// span returns the height of rows [i, j).
func (t *table) span(i, j int) float64 {
	h := 0.0
	for _, rh := range t.heights[i:j] {
		h += rh
	}
	return h
}

// cellWidth returns the width of the cell of column c: the columns it
// spans.
func (t *table) cellWidth(c int, cl *cell) float64 {
	w := 0.0
	for _, cw := range t.widths[c:min(len(t.widths), c+cl.colSpan())] {
		w += cw
	}
	return w
}

// headRows returns how many rows head the table, at most all of them.
func (t *table) headRows() int { return min(t.heads, len(t.rows)) }

func (t *table) height() float64 {
	t.measure()
	return t.span(0, len(t.rows))
}

// baseline returns the distance from the top of a line of text of the
// given size to its baseline.
func baseline(f *layout.Fonts, size float64) float64 {
	return f.Metrics(layout.Regular).BaselineAt(size)
}

// pieces turns styled text into pieces for the line breaker, in the font
// style (the text's bold and italic on top), size and case of st; footnote
// references become superscript numbers, as the walk numbers them (a
// note inside a note has none, and nowhere to go: it is left out).
func pieces(t plan.Text, st layout.ParagraphStyle) []layout.Piece {
	t = t.SplitNotes()
	base, size := st.Face(), st.Size
	out := make([]layout.Piece, 0, len(t))
	for _, s := range t {
		if s.Note != nil {
			if s.NoteNumber > 0 {
				out = append(out, layout.Piece{Text: itoa(s.NoteNumber), Style: base, Size: size, Ref: s.NoteNumber, Again: s.NoteAgain})
			}
			continue
		}
		text := Printable(plan.NFC(s.Text))
		if text == "" {
			continue
		}
		if st.Caps { // a term in mixed case ("IoT") keeps it
			text = plan.UpperTitle(text)
		}
		face := base
		face.Bold = face.Bold || s.Bold
		face.Italic = face.Italic || s.Italic
		out = append(out, layout.Piece{Text: text, Style: face, Size: size})
	}
	return out
}
