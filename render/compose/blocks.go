package compose

import (
	"strings"

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
	// boxPad room above and below the text inside it, in color.
	box, boxPad float64
	color       layout.RGB
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
func (p *para) lineHeight() float64 { return p.lineSpacing.Height(p.size) }

// textHeight returns the height of a line's text, which must fit above
// the page's bottom margin: single spacing's, the extra room of a
// multiple running into the margin, or the exact height.
func (p *para) textHeight() float64 {
	if p.lineSpacing.Exact {
		return p.lineHeight()
	}
	return layout.LineHeight(p.size)
}

// baseline returns the distance from the top of one of the paragraph's
// lines to its baseline.
func (p *para) baseline() float64 { return p.lineSpacing.Baseline(p.size) }

// fitsPage reports whether the paragraph's lines fit on a page of the
// given text height, at the top of a continued page (no space before).
func (p *para) fitsPage(textHeight float64) bool {
	if len(p.lines) == 0 {
		return true
	}
	lines := p.border + float64(len(p.lines)-1)*(p.lineHeight()+2*p.boxPad) + p.textHeight() + 2*p.boxPad
	return lines <= textHeight+fitTolerance
}

func (p *para) height() float64 {
	return p.before + p.border + float64(len(p.lines))*(p.lineHeight()+2*p.boxPad) + p.after
}

// table is a table of rows of cells, each cell a list of blocks, at the
// left edge of its box.
type table struct {
	widths  []float64 // column widths
	rows    []row
	borders bool
	header  bool // the first row repeats at the top of every page
	ruleW   float64
	// split lets a row that does not fit the rest of the page start there
	// and go on over the next, rather than move to the next page whole.
	split bool
}

type row struct {
	cells []cell
	// noteRefs caches refs: a row split over many pages (a signature of
	// thousands of recipients) asks for them on each.
	noteRefs []int
	refsDone bool
}

type cell struct {
	blocks []*para
	middle bool // centred vertically in its row; at the top otherwise
}

func (c cell) height() float64 {
	h := 0.0
	for _, b := range c.blocks {
		h += b.height()
	}
	return h
}

func (r row) height() float64 {
	h := 0.0
	for _, c := range r.cells {
		h = max(h, c.height())
	}
	return h
}

func (t *table) height() float64 {
	h := 0.0
	for _, r := range t.rows {
		h += r.height()
	}
	return h
}

// baseline returns the distance from a line's top to its baseline.
func baseline(size float64) float64 { return layout.FontMetrics(layout.Regular).BaselineAt(size) }

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
		if st.Caps {
			text = strings.ToUpper(text)
		}
		face := base
		face.Bold = face.Bold || s.Bold
		face.Italic = face.Italic || s.Italic
		out = append(out, layout.Piece{Text: text, Style: face, Size: size})
	}
	return out
}
