// Package markdown writes a plan as a readable Markdown document: valid
// CommonMark with GFM tables and footnotes, in the official order of a
// Decree 30 document, so that it reads well in any Markdown viewer.
//
// The document is laid out as the printed plan is:
//
//   - the header as a two-column table: the parent and issuing agency, then
//     "Số: …", on the left; the Quốc hiệu, the Tiêu ngữ and the
//     place-and-date line on the right;
//   - the title ("# KẾ HOẠCH", "# BÁO CÁO") and the subject in bold;
//   - the legal bases in italic, each a paragraph;
//   - the body, with the numbering printed as the plan's walk gives it:
//     parts as "## I. …", sections as "### 1. …", points as "#### a) …",
//     sub-points as "##### - …", levels 5 and 6 as "###### …", and dash,
//     plus and numbered paragraphs with their marks written out ("- …",
//     "+ …", "1. …") rather than as Markdown lists, so every viewer shows
//     them as the clerk prints them;
//   - tables as GFM tables, which cannot merge cells: a merged cell's text
//     stands in its first cell and the cells it covers are empty; a
//     second header row is written in bold;
//   - the recipients and the signer as a two-column table;
//   - each appendix after a horizontal rule;
//   - footnotes as GFM footnotes at the end.
//
// Every character of the plan's text is escaped as needed, so the document
// parses back to the same text. This is not the authoring format: it is
// the finished document, for reading.
package markdown

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// Write validates p and writes it as Markdown to w. Nothing is written when
// the plan is invalid; the error is then [plan.Errors].
func Write(w io.Writer, p *plan.Plan) error {
	if err := p.Validate(); err != nil {
		return err
	}
	var mw writer
	mw.b.Grow(4096)
	mw.document(p)
	_, err := io.WriteString(w, mw.b.String())
	return err
}

type writer struct {
	b     strings.Builder
	notes []plan.NoteText // footnotes in order of reference
}

func (w *writer) document(p *plan.Plan) {
	w.header(p)
	w.line("# " + escaped(p.Title(), inHeading))
	w.blank()
	if p.Subject != "" {
		w.inline(plan.Text(nil).Bold(p.Subject), inParagraph)
		w.endParagraph()
	}
	signed := false
	for e := range p.Walk() {
		if e.Kind == plan.KindAppendix && !signed {
			w.signature(p)
			signed = true
		}
		w.element(p, &e)
		w.notes = append(w.notes, e.Notes...)
	}
	if !signed {
		w.signature(p)
	}
	w.footnotes()
}

// header writes the two-column header table.
func (w *writer) header(p *plan.Plan) {
	var left []cell
	for _, l := range p.Parent {
		left = append(left, cell{text: plan.UpperTitle(l)})
	}
	for _, l := range p.Issuer {
		left = append(left, cell{text: plan.UpperTitle(l), bold: true})
	}
	right := []cell{{text: plan.NationalName, bold: true}, {text: plan.Motto, bold: true}}
	rows := max(len(left), len(right))
	for i := 0; i < rows; i++ {
		w.row(at(left, i), at(right, i))
		if i == 0 {
			w.line("| :---: | :---: |")
		}
	}
	w.row(cell{text: p.NumberLine()}, cell{text: p.DateLine(), italic: true})
	if p.Urgency != "" {
		w.row(cell{text: p.Urgency.Stamp(), bold: true}, cell{})
	}
	if p.Draft {
		w.row(cell{text: plan.DraftMark, bold: true}, cell{})
	}
	w.blank()
}

// cell is one table cell of header or signature text.
type cell struct {
	text         string
	bold, italic bool
}

func at(cells []cell, i int) cell {
	if i < len(cells) {
		return cells[i]
	}
	return cell{}
}

func (w *writer) row(cells ...cell) {
	w.b.WriteString("|")
	for _, c := range cells {
		w.b.WriteString(" ")
		if c.text != "" {
			t := plan.Text{{Text: c.text, Bold: c.bold, Italic: c.italic}}
			w.inlineAt(t, inCell, false)
		}
		w.b.WriteString(" |")
	}
	w.b.WriteString("\n")
}

// element writes one element of the body or an appendix, as the walk
// gives it: a heading one Markdown level below its plan level (since "#"
// is the document's title), a paragraph with its mark written out, a
// table, the end mark on its own, or an appendix's opening.
func (w *writer) element(p *plan.Plan, e *plan.Element) {
	switch e.Kind {
	case plan.KindAppendix:
		w.appendix(p, e)
		return
	case plan.KindEndMark:
		w.inline(e.Text, inParagraph)
		w.endParagraph()
		return
	case plan.KindBasis: // in italic, as the decree prints a legal basis
		w.inline(restyled(e.Text, false, true), inParagraph)
		w.endParagraph()
		return
	}
	switch n := e.Node.(type) {
	case *plan.Section:
		w.b.WriteString(strings.Repeat("#", min(n.Level+1, 6))) // Markdown has six heading levels
		w.b.WriteString(" ")
		w.b.WriteString(escaped(e.Label, inHeading))
		if !e.Text.IsBlank() {
			w.b.WriteString(" ")
			w.inline(e.Text, inHeading)
		}
		w.b.WriteString("\n\n")
	case *plan.Table:
		w.table(n, e.Cells)
		w.blank()
	default:
		if e.Label == "" {
			w.inline(e.Text, inParagraph)
		} else { // the mark escaped so that it is not read as a list ("\- ", "3\. ")
			escapeText(&w.b, e.Label, inParagraph, true, false)
			w.b.WriteString(" ")
			w.inlineAfterMark(e.Text)
		}
		w.endParagraph()
	}
}

// inlineAfterMark writes the text of a bullet or numbered paragraph after
// its mark; it no longer starts a line.
func (w *writer) inlineAfterMark(t plan.Text) {
	w.inlineAt(t, inParagraph, false)
}

// table writes a GFM table of the given cells, the header row first; the
// header row is bold in every viewer, and a second header row is written
// in bold. GFM cannot merge cells: a merged cell's text stands in its
// first cell, and the cells it covers are left empty.
func (w *writer) table(t *plan.Table, cells [][]plan.Text) {
	if len(cells) == 0 {
		return
	}
	cols := t.Columns()
	grid := layout.TableGrid(t)
	heads := layout.HeaderRows(t)
	row := func(r int) {
		w.b.WriteString("|")
		for c := 0; c < cols; c++ {
			w.b.WriteString(" ")
			if c < len(cells[r]) && !grid[r][c].Covered {
				text := cells[r][c]
				if r > 0 && r < heads {
					text = restyled(text, true, false)
				}
				w.inlineAt(text, inCell, false)
			}
			w.b.WriteString(" |")
		}
		w.b.WriteString("\n")
	}
	row(0)
	w.b.WriteString("|")
	for c := 0; c < cols; c++ {
		switch t.ColumnAlign(c) {
		case plan.AlignLeft:
			w.b.WriteString(" :--- |")
		case plan.AlignCenter:
			w.b.WriteString(" :---: |")
		case plan.AlignRight:
			w.b.WriteString(" ---: |")
		default:
			w.b.WriteString(" --- |")
		}
	}
	w.b.WriteString("\n")
	for r := 1; r < len(cells); r++ {
		row(r)
	}
}

// restyled returns t with every span in bold or italic as well, when
// asked: a header row's text, a legal basis.
func restyled(t plan.Text, bold, italic bool) plan.Text {
	out := make(plan.Text, len(t))
	for i, s := range t {
		s.Bold, s.Italic = s.Bold || bold, s.Italic || italic
		out[i] = s
	}
	return out
}

// signature writes "Nơi nhận" and the signer side by side: the label level
// with the first authority line, the name at the bottom after room to sign.
func (w *writer) signature(p *plan.Plan) {
	var left, right []cell
	if lines := p.RecipientLines(); len(lines) > 0 {
		left = append(left, cell{text: plan.RecipientsLabel, bold: true, italic: true})
		for _, l := range lines {
			left = append(left, cell{text: l})
		}
	}
	for _, l := range p.Signer.Authority {
		right = append(right, cell{text: plan.UpperTitle(l), bold: true})
	}
	for _, l := range p.Signer.Position {
		right = append(right, cell{text: plan.UpperTitle(l), bold: true})
	}
	if p.Signer.Name != "" {
		right = append(right, cell{}, cell{}, cell{text: p.Signer.Name, bold: true})
	}
	if len(left) == 0 && len(right) == 0 {
		return // nothing to print: no recipients and no signer
	}
	rows := max(len(left), len(right))
	if n := len(right); n > 0 && rows > n { // keep the name on the last row
		name := right[n-1]
		right = append(right[:n-1], make([]cell, rows-n)...)
		right = append(right, name)
	}
	for i := 0; i < rows; i++ {
		w.row(at(left, i), at(right, i))
		if i == 0 {
			w.line("| :--- | :---: |")
		}
	}
	w.blank()
}

// appendix writes the opening of an appendix after a horizontal rule:
// its label ("Phụ lục II"), its title in capitals and the line that ties
// it to the plan. Its content follows as the walk gives it, ending with
// "./." like the body's (layout contract §6, after Mẫu 2.1).
func (w *writer) appendix(p *plan.Plan, e *plan.Element) {
	w.line("---")
	w.blank()
	w.line("# " + escaped(e.Label, inHeading))
	w.blank()
	if title := e.Text.String(); title != "" {
		w.inline(plan.Text(nil).Bold(title), inParagraph)
		w.endParagraph()
	}
	w.inline(plan.Text(nil).Italic(p.AttachedLine()), inParagraph)
	w.endParagraph()
}

// footnotes writes the footnote definitions; continuation lines of a note
// are indented so that they stay in it.
func (w *writer) footnotes() {
	for _, note := range w.notes {
		var nw writer
		nw.inline(note.Text, inParagraph) // without notes of its own, as DOCX and PDF print it
		w.b.WriteString("[^" + itoa(note.Number) + "]: ")
		w.b.WriteString(strings.ReplaceAll(nw.b.String(), "\n", "\n    "))
		w.b.WriteString("\n")
	}
}

// inline writes text that starts a line.
func (w *writer) inline(t plan.Text, ctx context) { w.inlineAt(t, ctx, true) }

// inlineAt writes styled text; lineStart says whether it starts a line.
func (w *writer) inlineAt(t plan.Text, ctx context, lineStart bool) {
	t = t.SplitNotes()
	for i, s := range t {
		if s.Note != nil {
			if s.NoteNumber > 0 { // numbered by the walk; a note referred to again keeps its number
				w.b.WriteString("[^" + itoa(s.NoteNumber) + "]")
				lineStart = false
			}
			continue
		}
		text := plan.NFC(s.Text)
		last := i == len(t)-1
		if !s.Bold && !s.Italic || strings.TrimSpace(text) == "" {
			escapeText(&w.b, text, ctx, lineStart, last)
		} else {
			w.styled(text, s.Bold, s.Italic, ctx, lineStart, last, nextRune(t, i+1))
		}
		lineStart = strings.HasSuffix(text, "\n") && ctx == inParagraph
	}
}

// styled writes emphasised text, moving white space at its ends outside
// the delimiters and choosing delimiters that CommonMark will pair: "**"
// or "__" for bold, "*" or "_" for italic, and HTML tags when neither can
// (a delimiter between a letter and punctuation does not open emphasis).
func (w *writer) styled(text string, bold, italic bool, ctx context, lineStart, atEnd bool, after rune) {
	core := strings.TrimLeft(text, " \t\n")
	if lead := text[:len(text)-len(core)]; lead != "" {
		escapeText(&w.b, lead, ctx, lineStart, false)
		lineStart = false
	}
	trimmed := strings.TrimRight(core, " \t\n")
	trail := core[len(trimmed):]
	core = trimmed
	if trail != "" {
		after, _ = utf8.DecodeRuneInString(trail)
	}
	before := lastRune(&w.b)
	first, _ := utf8.DecodeRuneInString(core)
	last, _ := utf8.DecodeLastRuneInString(core)
	open, close := "", ""
	for _, d := range delimiters(bold, italic) {
		c := rune(d[0])
		if before == c || after == c || first == c || last == c {
			continue
		}
		if c == '_' && (isWordRune(before) || isWordRune(after)) {
			continue
		}
		if flanks(before, first) && flanks(after, last) {
			open, close = d, d
			break
		}
	}
	if open == "" {
		open, close = htmlTags(bold, italic)
	}
	w.b.WriteString(open)
	escapeText(&w.b, core, ctx, false, false)
	w.b.WriteString(close)
	if trail != "" {
		escapeText(&w.b, trail, ctx, false, atEnd)
	}
}

func delimiters(bold, italic bool) []string {
	switch {
	case bold && italic:
		return []string{"***", "___"}
	case bold:
		return []string{"**", "__"}
	}
	return []string{"*", "_"}
}

func htmlTags(bold, italic bool) (string, string) {
	switch {
	case bold && italic:
		return "<strong><em>", "</em></strong>"
	case bold:
		return "<strong>", "</strong>"
	}
	return "<em>", "</em>"
}

// nextRune returns the first rune the spans from i on will write: "[" for a
// footnote reference, 0 at the end.
func nextRune(t plan.Text, i int) rune {
	for ; i < len(t); i++ {
		if t[i].Note != nil {
			return '['
		}
		if t[i].Text != "" {
			r, _ := utf8.DecodeRuneInString(t[i].Text)
			return r
		}
	}
	return 0
}

func lastRune(b *strings.Builder) rune {
	r, _ := utf8.DecodeLastRuneInString(b.String())
	if r == utf8.RuneError {
		return 0
	}
	return r
}

func isWordRune(r rune) bool {
	return r != 0 && !isPunct(r) && r != ' ' && r != '\n' && r != nbsp
}

func escaped(s string, ctx context) string {
	var b strings.Builder
	escapeText(&b, s, ctx, false, true)
	return b.String()
}

func (w *writer) line(s string) {
	w.b.WriteString(s)
	w.b.WriteString("\n")
}

func (w *writer) blank() { w.b.WriteString("\n") }

// endParagraph ends the line of a paragraph and leaves a blank line.
func (w *writer) endParagraph() { w.b.WriteString("\n\n") }

func itoa(n int) string { return strconv.Itoa(n) }
