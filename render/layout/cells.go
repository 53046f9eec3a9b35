package layout

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// TableCells returns the cells of a body table, rows (the header row
// first, as [plan.Element.Cells] gives them) by columns, as every writer
// prints them at the given column widths ([Layout.ColumnWidths]), on its
// grid ([TableGrid]): a
// centred cell of the rows that head the table ([HeaderRows]: "Tên đơn vị
// được kiểm tra", "Thời gian công bố Quyết định kiểm tra") has its lines
// broken as [Balance] breaks a centred line, with "\n" in place of the
// spaces it breaks at ("Tên đơn vị / được / kiểm tra", not "Tên đơn vị /
// được kiểm / tra"), so that the page composition and the DOCX print the
// same lines, whichever wraps it. The body's cells, justified or flush,
// are given as they are, and so is a header cell on one line or with a
// word wider than its column (greedy wrapping breaks that word between
// characters). It returns cells itself when no cell changes.
func (s *StyleSheet) TableCells(t *plan.Table, cells [][]plan.Text, grid [][]GridCell, widths []float64) [][]plan.Text {
	heads := min(HeaderRows(t), len(cells))
	if heads == 0 {
		return cells
	}
	fonts := s.l.TextFonts()
	out := cells
	var copied []bool // the rows of out that are copies
	for r := range heads {
		for c, cell := range cells[r] {
			if c >= len(widths) || r >= len(grid) || c >= len(grid[r]) || grid[r][c].Covered {
				continue
			}
			st := s.Cell(t, c, true)
			if st.Align != AlignCenter {
				continue
			}
			w := 0.0
			for _, cw := range widths[c:min(len(widths), c+grid[r][c].Cols)] {
				w += cw
			}
			in := st.Indent
			box := w - 2*s.l.TablePadding - in.Left - in.Right - max(0, in.FirstLine-in.Hanging)
			balanced, changed := fonts.balanceText(cell, st, box)
			if !changed {
				continue
			}
			if copied == nil || !copied[r] { // the rows are copied as they change
				if copied == nil {
					out, copied = slices.Clone(cells), make([]bool, heads)
				}
				out[r], copied[r] = slices.Clone(cells[r]), true
			}
			out[r][c] = balanced
		}
	}
	return out
}

// textRange is where a character stands in a text: its span, and its
// bytes in the span's text.
type textRange struct{ span, from, to int }

// balancePart is a stretch of styled text between explicit line breaks,
// cut into words as [Balance] cuts a line: at single spaces (a run of
// spaces is a gap to fill in by hand and stays inside its word), except
// before a character a line never starts with after spaces
// ([noBreakBefore]: "kinh /", "(triệu đồng )"), as the line breaker keeps
// it.
type balancePart struct {
	words             []string
	widths, sepWidths []float64
	seps              []textRange // the space after each word
	pieces            []Piece     // the text, for greedy wrapping
	word              strings.Builder
	wordWidth         float64
	// The run of spaces after the word, not yet placed: as a separator
	// when a word follows it, or inside the word.
	spaces     []textRange
	spaceText  string
	spaceWidth float64
}

// endWord ends the word being read, the spaces after it its separator.
func (p *balancePart) endWord() {
	sep := textRange{span: -1}
	if len(p.spaces) > 0 {
		sep = p.spaces[0]
	}
	p.words = append(p.words, p.word.String())
	p.widths = append(p.widths, p.wordWidth)
	p.sepWidths = append(p.sepWidths, p.spaceWidth)
	p.seps = append(p.seps, sep)
	p.word.Reset()
	p.wordWidth = 0
	p.spaces, p.spaceText, p.spaceWidth = p.spaces[:0], "", 0
}

// keepSpaces puts the pending spaces inside the word being read.
func (p *balancePart) keepSpaces() {
	p.word.WriteString(p.spaceText)
	p.wordWidth += p.spaceWidth
	p.spaces, p.spaceText, p.spaceWidth = p.spaces[:0], "", 0
}

// balanceText returns a centred text with "\n" in place of the spaces at
// which [Balance] breaks it into lines of width, in the style st (its
// spans' bold and italic on top; a footnote reference, as the writers
// print it, a superscript number stuck to its word), each stretch between
// explicit line breaks on its own; the text's spans are put in NFC. It
// reports whether it changed anything: not when the text fits on one line,
// nor when a word is wider than the line.
func (f *Fonts) balanceText(t plan.Text, st ParagraphStyle, width float64) (plan.Text, bool) {
	texts, parts := f.balanceParts(t, st)
	var breakAt []textRange // the spaces that become line breaks
	for _, p := range parts {
		if len(p.words) < 2 {
			continue
		}
		greedy := len(f.Wrap(p.pieces, width, width))
		if !worthBalancing(greedy, len(p.words)) {
			continue
		}
		if slices.ContainsFunc(p.widths, func(w float64) bool { return w > width-fitMargin }) {
			continue // a word wider than the line: greedy wrapping breaks it
		}
		starts := balanceBreaks(p.words, p.widths, p.sepWidths, greedy, width)
		for _, j := range starts {
			if sep := p.seps[j-1]; sep.span >= 0 {
				breakAt = append(breakAt, sep)
			}
		}
	}
	if len(breakAt) == 0 {
		return t, false
	}
	out := make(plan.Text, len(t))
	copy(out, t)
	for i := range out {
		if out[i].Note == nil || out[i].Text != "" {
			out[i].Text = texts[i]
		}
	}
	// The ranges come in order: replace each from the end of its span's
	// text, so that the earlier ones keep their place.
	for k := len(breakAt) - 1; k >= 0; k-- {
		at := breakAt[k]
		s := out[at.span].Text
		out[at.span].Text = s[:at.from] + "\n" + s[at.to:]
	}
	return out, true
}

// balanceParts cuts a text into the stretches between its explicit line
// breaks and each into words ([balancePart]), measured in the style st,
// and returns them with each span's text in NFC, where the separators
// stand.
func (f *Fonts) balanceParts(t plan.Text, st ParagraphStyle) (texts []string, parts []*balancePart) {
	texts = make([]string, len(t))
	part := &balancePart{}
	base := st.Face()
	for i, sp := range t {
		if sp.Note != nil && sp.Text == "" {
			if sp.NoteNumber > 0 { // stuck to the word before it, as the line breaker sticks it
				ref := Piece{Text: strconv.Itoa(sp.NoteNumber), Style: base, Size: st.Size, Ref: sp.NoteNumber}
				part.pieces = append(part.pieces, ref)
				part.wordWidth += f.textWidth(ref)
			}
			continue
		}
		texts[i] = plan.NFC(sp.Text)
		face := base
		face.Bold, face.Italic = face.Bold || sp.Bold, face.Italic || sp.Italic
		m := f.Metrics(face)
		from := 0 // of the span's text in the current part's pieces
		flush := func(to int) {
			if text := texts[i][from:to]; text != "" {
				text = strings.ReplaceAll(text, "\t", " ")
				if st.Caps {
					text = plan.UpperTitle(text)
				}
				part.pieces = append(part.pieces, Piece{Text: text, Style: face, Size: st.Size})
			}
		}
		text := texts[i]
		for k := 0; k < len(text); {
			r, size := utf8.DecodeRuneInString(text[k:])
			switch {
			case r == '\n':
				flush(k)
				from = k + size
				if part.word.Len() > 0 {
					part.endWord()
				}
				parts = append(parts, part)
				part = &balancePart{}
			case r == ' ' || r == '\t':
				part.spaces = append(part.spaces, textRange{i, k, k + size})
				part.spaceText += " "
				part.spaceWidth += float64(m.Advance(' ')) * st.Size / float64(m.UnitsPerEm)
			default:
				if len(part.spaces) > 0 {
					next, _ := utf8.DecodeRuneInString(text[k+size:])
					slashWord := r == '/' && next != ' ' && k+size < len(text)
					if len(part.spaces) > 1 || noBreakBefore(r) && !slashWord || part.word.Len() == 0 {
						part.keepSpaces()
					} else {
						part.endWord()
					}
				}
				part.word.WriteRune(r)
				if st.Caps {
					r = unicode.ToUpper(r)
				}
				part.wordWidth += float64(m.Advance(r)) * st.Size / float64(m.UnitsPerEm)
			}
			k += size
		}
		flush(len(text))
	}
	if part.word.Len() > 0 {
		part.endWord()
	}
	return texts, append(parts, part)
}
