package docx

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// element writes one of the walk's body or appendix elements on a text
// of the given width (the width matters to tables); next is the element
// printed after it, nil at the end of its part.
func (d *builder) element(e, next *plan.Element, width float64) {
	var under *plan.Table // the table under this element, if any
	if next != nil {
		under = next.Table()
	}
	table := false
	switch {
	case e.Kind == plan.KindEndMark:
		d.endMark(e)
	case e.Kind == plan.KindBasis:
		d.runsPara(styleIDs[layout.Basis], pProps{}, func() { d.textRunsOf(e.Text, runStyle{}) })
	case e.Kind != plan.KindNode: // an appendix's opening, written by appendices
	case e.Section() != nil:
		d.heading(e, under)
	case e.Table() != nil:
		if d.afterTable { // Word joins two tables that touch
			d.separator()
		}
		d.table(e, width)
		table = true
	default:
		d.block(e, under)
	}
	d.afterTable = table
	d.notes.add(e.Notes)
}

// heading writes a section's heading: the number the walk gives it,
// written as text ("I.", "1.", "a)", "-") as the decree's own Mẫu do
// (Word's letter numbering follows the English alphabet, f, j, w, z, not
// the Vietnamese one the decree asks for: a b c d đ e g …), and its
// title. A heading over a table leaves room for it.
func (d *builder) heading(e *plan.Element, next *plan.Table) {
	element := layout.HeadingElement(e.Section().Level)
	style := styleIDs[element]
	var extra pProps
	if next != nil {
		extra.spacing = spacingOf(d.sheet.OverTable(element))
	}
	above := false
	if st, ok := d.sheet.LabelAbove(element, e.Label); ok { // "Phần I" over its title, both centred
		above = true
		extra.jc, extra.ind = jcOf(st.Align), indOf(st.Indent)
	}
	d.runsPara(style, extra, func() {
		d.run(e.Label, runStyle{})
		switch {
		case above:
			d.b.WriteString(`<w:r><w:br/></w:r>`)
			d.textRunsOf(e.Text, runStyle{})
		case !e.Text.IsBlank():
			d.run(" ", runStyle{})
			d.textRunsOf(e.Text, runStyle{})
		}
	})
}

// endMark writes the end mark "./." as a paragraph of its own, after a
// table or a heading that ends the body or an appendix; like the end of
// the body, it keeps with the signature.
func (d *builder) endMark(e *plan.Element) {
	d.runsPara(styleNormal, pProps{keepNext: true}, func() { d.textRunsOf(e.Text, runStyle{}) })
}

// block writes a paragraph, dash, plus or numbered paragraph with its mark;
// the one that ends the body or an appendix (with the end mark, from the
// walk) is kept with what follows; a paragraph over a table (next) leaves
// room above it and keeps with it (layout.KeepsIntro).
func (d *builder) block(e *plan.Element, next *plan.Table) {
	var extra pProps
	extra.keepNext = e.Ends
	element := layout.BlockElement(e.Node.(plan.Block))
	style := styleIDs[element]
	if next != nil {
		extra.spacing = spacingOf(d.sheet.OverTable(element))
		extra.keepNext = extra.keepNext || layout.KeepsIntro(next)
	}
	d.runsPara(style, extra, func() {
		if e.Label != "" {
			d.run(e.Label+" ", runStyle{})
		}
		d.textRunsOf(e.Text, runStyle{})
	})
}

// table writes a bordered table whose header rows (one or two,
// [layout.HeaderRows]) are bold, centred and repeated on every page; rows
// do not split across pages, except a row taller than a page, which must.
// Its cells are the walk's, footnotes numbered; a merged cell spans its
// columns with gridSpan and its rows with vMerge, the cells it covers
// printing nothing.
func (d *builder) table(e *plan.Element, width float64) {
	l, t := d.l, e.Table()
	widths := l.ColumnWidths(t, width)
	grid := layout.TableGrid(t)
	rows := d.sheet.TableCells(t, e.Cells, grid, widths) // the header's lines balanced, as the PDF prints them
	// In whole twips, so that a merged cell is as wide as its columns:
	// each column's edges rounded, so that the columns' sum stays the
	// table's width.
	edge := 0.0
	for c, w := range widths {
		widths[c] = (math.Round((edge+w)*20) - math.Round(edge*20)) / 20
		edge += w
	}
	heads := layout.HeaderRows(t)
	// A row is kept whole when it fits on a page under the header rows,
	// which repeat on every page; one that does not must be let split, or
	// Word and LibreOffice print it past the bottom margin.
	room := l.TextHeight()
	if width > l.TextWidth() { // in an appendix's landscape section
		turned := l.Landscape()
		room = turned.TextHeight()
	}
	for r := range min(heads, len(rows)) {
		room -= l.RowHeight(shownCells(rows[r], grid[r]), spanWidths(grid[r], widths), layout.Bold)
	}
	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="` + eighthPoints(l.RuleWidth) + `" w:space="0" w:color="000000"/>`
	}
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + twips(width) + `" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>` +
		border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") +
		`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="` + twips(l.TablePadding) +
		`" w:type="dxa"/><w:right w:w="` + twips(l.TablePadding) + `" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		d.b.WriteString(`<w:gridCol w:w="` + twips(w) + `"/>`)
	}
	d.b.WriteString(`</w:tblGrid>`)
	for r, cells := range rows {
		header := r < heads
		style := layout.Regular
		if header {
			style = layout.Bold
		}
		cellWidths := spanWidths(grid[r], widths)
		d.b.WriteString(`<w:tr><w:trPr>`)
		if header || l.RowHeight(shownCells(cells, grid[r]), cellWidths, style) <= room {
			d.b.WriteString(`<w:cantSplit/>`)
		}
		if header {
			d.b.WriteString(`<w:tblHeader/>`)
		}
		d.b.WriteString(`</w:trPr>`)
		for c := 0; c < len(widths); {
			g := grid[r][c]
			if g.Covered {
				// The rows under a merged cell's first hold a cell that
				// continues it (vMerge), as wide as it; the columns it
				// spans in its own row hold nothing.
				span := max(1, g.Continues)
				if g.Continues > 0 {
					d.cellStart(sum(widths[c:min(len(widths), c+span)]), "center", span, `<w:vMerge/>`)
					d.runsPara(cellStyle(header), d.cellAlign(t, c, header), func() {})
					d.b.WriteString(`</w:tc>`)
				}
				c += span
				continue
			}
			merge := ""
			if g.Rows > 1 {
				merge = `<w:vMerge w:val="restart"/>`
			}
			d.cellStart(cellWidths[c], "center", g.Cols, merge)
			var cell plan.Text
			if c < len(cells) {
				cell = cells[c]
			}
			d.runsPara(cellStyle(header), d.cellAlign(t, c, header), func() { d.textRunsOf(cell, runStyle{}) })
			d.b.WriteString(`</w:tc>`)
			c += g.Cols
		}
		d.b.WriteString(`</w:tr>`)
	}
	d.b.WriteString(`</w:tbl>`)
}

// cellStyle returns the paragraph style of a table cell: a header row's,
// or a body row's.
func cellStyle(header bool) string {
	if header {
		return styleTableHeading
	}
	return styleTableText
}

// cellAlign returns what a body cell adds to its style: its column's own
// alignment ([plan.Table.ColumnAlign]), when it is not the style's.
func (d *builder) cellAlign(t *plan.Table, col int, header bool) pProps {
	if a := d.sheet.Cell(t, col, header).Align; !header && a != d.sheet.Style(layout.TableCell).Align {
		return pProps{jc: jcOf(a)}
	}
	return pProps{}
}

// shownCells returns a row's cells as they print: those another cell's
// span covers empty.
func shownCells(cells []plan.Text, row []layout.GridCell) []plan.Text {
	out := make([]plan.Text, len(cells))
	for c, cell := range cells {
		if c < len(row) && !row[c].Covered {
			out[c] = cell
		}
	}
	return out
}

// spanWidths returns the width of each cell of a table's row: a merged
// cell's the sum of the columns it spans, a covered cell's 0.
func spanWidths(row []layout.GridCell, widths []float64) []float64 {
	out := make([]float64, len(widths))
	for c, g := range row {
		if !g.Covered && c < len(widths) {
			out[c] = sum(widths[c:min(len(widths), c+g.Cols)])
		}
	}
	return out
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// runStyle is the direct formatting of a run on top of its paragraph style.
type runStyle = rProps

func runSize(pt float64) runStyle { return runStyle{size: pt} }

// textPara writes a paragraph of one plain run.
func (d *builder) textPara(style string, extra pProps, text string) {
	d.runsPara(style, extra, func() { d.textRuns(text, runStyle{}) })
}

// runsPara writes a paragraph of the given style, with extra properties on
// top, whose runs come from fn. In template mode (d.direct) the style's
// properties are written on the paragraph and its runs, since an agency's
// template does not have this package's styles.
func (d *builder) runsPara(style string, extra pProps, fn func()) {
	d.caps = d.styles[style].r.caps
	defer func() { d.caps = false }()
	if d.direct {
		d.base = d.styles[styleNormal].r.merge(d.styles[style].r)
	}
	if d.holdsFallbacks() {
		extra, fn = d.steadyLines(style, extra, fn)
	}
	d.b.WriteString(`<w:p>`)
	if d.direct {
		normal, def := d.styles[styleNormal], d.styles[style]
		d.b.WriteString(`<w:pPr>`)
		normal.p.merge(def.p).merge(extra).render(&d.b, d.l.RuleWidth)
		d.b.WriteString(`</w:pPr>`)
	} else if style != styleNormal || !extra.empty() {
		d.b.WriteString(`<w:pPr>`)
		if style != styleNormal {
			d.b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		extra.render(&d.b, d.l.RuleWidth)
		d.b.WriteString(`</w:pPr>`)
	}
	fn()
	d.b.WriteString(`</w:p>`)
	d.base = rProps{}
}

// textRunsOf writes styled text: each span a run, footnote references
// (numbered by the walk) as Word footnotes.
func (d *builder) textRunsOf(t plan.Text, base runStyle) {
	for _, s := range t.SplitNotes() {
		if s.Note != nil {
			if s.NoteNumber > 0 { // a note inside a note has nowhere to go
				d.noteRef(s)
			}
			continue
		}
		rs := base
		rs.bold = rs.bold || s.Bold
		rs.italic = rs.italic || s.Italic
		d.textRuns(plan.NFC(s.Text), rs)
	}
}

// textRuns writes text in one style; "\n" becomes a line break and a tab a
// space (the PDF writer does the same, so both break lines alike).
func (d *builder) textRuns(text string, rs runStyle) {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			d.b.WriteString(`<w:r><w:br/></w:r>`)
		}
		if line != "" {
			d.run(strings.ReplaceAll(line, "\t", " "), rs)
		}
	}
}

// run writes text in one style: one run for each stretch printed from one
// font, the text font or a fallback the text font lacks characters for
// ("✓" from DejaVu Sans), whose run names that font, as the PDF prints it.
func (d *builder) run(text string, rs runStyle) {
	if d.caps {
		text = d.keepMixedCase(text, rs)
	}
	fonts := d.l.TextFonts()
	style := layout.Style{Bold: rs.bold || d.base.bold, Italic: rs.italic || d.base.italic}
	start, from := 0, (*layout.Family)(nil)
	for i, r := range text {
		if r < 0x80 && from == nil {
			continue // ASCII: the text font's
		}
		if fb := fonts.Fallback(style, r); fb != from {
			d.fontRun(text[start:i], rs, from)
			start, from = i, fb
		}
	}
	d.fontRun(text[start:], rs, from)
}

// keepMixedCase writes, of a paragraph in capitals, the text up to the
// last term written in mixed case ("IoT", "eKYC": plan.UpperTitle keeps
// them), each such term in a run of its own with the capitals turned off,
// and returns the rest of the text, which run writes in the style's
// capitals.
func (d *builder) keepMixedCase(text string, rs runStyle) string {
	start := 0 // of the text not yet written
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		end := i + strings.IndexFunc(text[i:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
		if end < i {
			end = len(text)
		}
		if term := text[i:end]; plan.UpperTitle(term) == term && strings.ToUpper(term) != term {
			d.caps = false
			d.run(text[start:i], rs)
			kept := rs
			kept.noCaps = true
			d.run(term, kept)
			d.caps = true
			start = end
		}
		i = end
	}
	return text[start:]
}

// fontRun writes one run, in a fallback font when from is not nil.
func (d *builder) fontRun(text string, rs runStyle, from *layout.Family) {
	if text == "" {
		return
	}
	if from != nil {
		rs.font = from.Name
		d.fellBack = true
	}
	d.b.WriteString(`<w:r>`)
	if d.direct {
		rs = d.base.merge(rs)
	}
	if rs != (rProps{}) {
		d.b.WriteString(`<w:rPr>`)
		rs.render(&d.b)
		d.b.WriteString(`</w:rPr>`)
	}
	d.runText(text)
	d.b.WriteString(`</w:r>`)
}

// runText writes a run's text. The hyphens of a document's number and
// symbol or of a date ("19/CT-TTg", "16-7-2021": layout.Unbreakable) are
// Word's non-breaking hyphens, so that Word and LibreOffice keep the word
// on one line, as the PDF's line breaker does.
func (d *builder) runText(text string) {
	start := 0 // of the text not yet written
	for i := 0; i < len(text); i++ {
		if text[i] != '-' || !layout.UnbreakableAt(text, i) {
			continue
		}
		d.textElement(text[start:i])
		d.b.WriteString(`<w:noBreakHyphen/>`)
		start = i + 1
	}
	d.textElement(text[start:])
}

// textElement writes a w:t element, none for no text.
func (d *builder) textElement(text string) {
	if text == "" {
		return
	}
	d.b.WriteString(`<w:t xml:space="preserve">`)
	xmlText(&d.b, text)
	d.b.WriteString(`</w:t>`)
}

// noteRef writes a footnote reference, numbered by the walk: the first
// to a note makes a Word footnote, bookmarked; a later one to the same
// note a NOTEREF field to that bookmark, which prints the same number and
// keeps it when Word renumbers the notes.
func (d *builder) noteRef(s plan.Span) {
	number := s.NoteNumber
	n := strconv.Itoa(number)
	if !s.NoteAgain && !d.notes.has(number) { // a template may print the body twice
		d.b.WriteString(`<w:bookmarkStart w:id="` + strconv.Itoa(noteBookmarkBase+number) + `" w:name="` + noteBookmark + n + `"/><w:r>`)
		d.noteRunProps()
		d.b.WriteString(`<w:footnoteReference w:id="` + strconv.Itoa(d.noteBase+number) + `"/></w:r>`)
		d.b.WriteString(`<w:bookmarkEnd w:id="` + strconv.Itoa(noteBookmarkBase+number) + `"/>`)
		return
	}
	d.b.WriteString(`<w:fldSimple w:instr=" NOTEREF ` + noteBookmark + n + ` \f \h "><w:r>`)
	d.noteRunProps()
	d.b.WriteString(`<w:t>` + n + `</w:t></w:r></w:fldSimple>`)
}

// The bookmarks on footnote references: hidden names (a leading "_"), and
// ids far from those an agency's template may hold.
const (
	noteBookmark     = "_RefKehoachNote"
	noteBookmarkBase = 1 << 20
)

// noteRunProps writes the properties of a footnote reference or mark:
// the character style, and in template mode superscript at the text's
// size as well.
func (d *builder) noteRunProps() {
	if d.direct {
		style := d.noteStyle
		if style == "" {
			style = styleFootnoteRef
		}
		d.b.WriteString(`<w:rPr><w:rStyle w:val="` + style + `"/>`)
		rProps{superscript: true, size: d.base.size}.render(&d.b)
		d.b.WriteString(`</w:rPr>`)
		return
	}
	d.b.WriteString(`<w:rPr><w:rStyle w:val="` + styleFootnoteRef + `"/></w:rPr>`)
}
