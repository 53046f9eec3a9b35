package compose

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// section is a run of pages with its own numbering: the plan, then each
// appendix.
type section struct {
	l      layout.Layout // landscape for a wide appendix
	blocks []block
}

// builder turns a plan into sections of blocks, with every number from the
// layout and every paragraph's look from its style sheet, as the DOCX
// writer lays the same plan out.
type builder struct {
	l     *layout.Layout
	sheet *layout.StyleSheet
	p     *plan.Plan
	// notes are the footnotes' texts, by number (from 1, as the walk
	// numbers them) less one.
	notes []plan.Text
	// noteCache holds the footnotes laid out as paragraphs.
	noteCache map[noteKey]*para
	// is is what electronic issuing asks for (issuing.go).
	is *issuing
}

func newBuilder(p *plan.Plan, l *layout.Layout) *builder {
	return &builder{l: l, sheet: l.StyleSheet(), p: p, is: &issuing{}}
}

// sections returns the plan's sections of blocks, reading the walk's
// elements as they come: the plan up to the signature, then each
// appendix.
func (b *builder) sections() []section {
	cur := section{l: *b.l, blocks: b.opening()}
	start := len(cur.blocks) // where the body's or the appendix's content begins
	var out []section
	for e := range b.p.Walk() {
		if e.Kind == plan.KindAppendix {
			if len(out) == 0 {
				cur.blocks = append(cur.blocks, b.signature())
			}
			out = append(out, b.end(cur))
			cur = b.appendix(&e)
			start = len(cur.blocks)
			continue
		}
		cur.blocks = b.add(cur.blocks, start, &e, cur.l.TextWidth())
	}
	if len(out) == 0 {
		cur.blocks = append(cur.blocks, b.signature())
	}
	return append(out, b.end(cur))
}

// end closes a section with the empty paragraph the DOCX writer puts
// after the signature row and after an appendix: it takes no room
// (layout.SectionClose), so it never starts a page.
func (b *builder) end(s section) section {
	s.blocks = append(s.blocks, b.styled(layout.SectionClose, nil, b.l.TextWidth()))
	return s
}

// opening returns the blocks of the plan's first page before its body:
// the header block, the title, the subject and the rule under it.
func (b *builder) opening() []block {
	l := b.l
	head := l.Head(b.p)
	// The tiny paragraph the DOCX writer puts before the header table.
	return []block{b.sectionEnd(), b.header(head),
		b.styled(layout.Title, plan.Plain(b.p.Title()), l.TextWidth()),
		b.styled(layout.Subject, plan.Plain(head.Subject), l.TextWidth()),
		b.rule(l.TextWidth(), head.SubjectRule, &head.SubjectRuleSpacing),
	}
}

// header returns the first page's header block (ô 1–4): a borderless table,
// row 1 the names with their rules, row 2 "Số:" and the date on one
// baseline.
func (b *builder) header(h layout.Head) *table {
	l := b.l
	var leftCell, rightCell []*para
	for _, par := range h.Parent {
		leftCell = append(leftCell, b.styled(layout.ParentAgency, plan.Plain(par), h.LeftWidth))
	}
	for _, par := range h.Issuer {
		leftCell = append(leftCell, b.styled(layout.IssuingAgency, plan.Plain(par), h.LeftWidth))
	}
	leftCell = append(leftCell, b.rule(h.LeftWidth, h.IssuerRule, nil))
	rightCell = append(rightCell,
		b.styled(layout.NationalName, plan.Plain(plan.NationalName), h.RightWidth),
		b.styled(layout.Motto, plan.Plain(plan.Motto), h.RightWidth),
		b.rule(h.RightWidth, h.MottoRule, nil))

	number := []*para{b.numberLine(h)}
	if b.p.Urgency != "" {
		number = append(number, b.stamp(b.p.Urgency.Stamp(), l.UrgencyBox(b.p.Urgency), h))
	}
	if b.p.Draft {
		number = append(number, b.styled(layout.Stamp, plan.Plain(plan.DraftMark), h.LeftWidth).space(h.RowSpacing))
	}
	dateStyle := b.sheet.Style(layout.DateLine)
	dateStyle.Size = h.DateSize // one point smaller when the line is too long
	date := newPara(b.l.TextFonts(), layout.DateLine, dateStyle, pieces(plan.Plain(l.DateLine(b.p, h.DateSize)), dateStyle), h.RightWidth).space(h.RowSpacing)
	date.blanks = blankMarks(b.p.DateSegments(), func(k plan.BlankKind) string { return l.BlankFill(k, dateStyle.Face(), h.DateSize) })
	return &table{
		widths: []float64{h.LeftWidth, h.RightWidth},
		rows: []row{
			{cells: []cell{{blocks: leftCell}, {blocks: rightCell}}},
			{cells: []cell{{blocks: number}, {blocks: []*para{date}}}},
		},
		ruleW: l.RuleWidth,
	}
}

// stamp returns the độ khẩn stamp: a boxed line of the given width and the
// stamp's height, centred in the header's left column, in the stamp's red
// (Phụ lục I, mục II.10.b).
func (b *builder) stamp(text string, boxWidth float64, h layout.Head) *para {
	p := b.styled(layout.Stamp, plan.Plain(text), boxWidth).space(b.l.StampSpacing(h.RowSpacing))
	p.box, p.boxPad, p.boxStroke, p.color = boxWidth, b.l.StampPad(), b.l.RuleWidth, b.l.StampColor
	p.left = layout.RuleIndent(h.LeftWidth, boxWidth)
	return p
}

// styled returns a paragraph of element e holding text t in a box of the
// given width, printed as the style sheet says.
func (b *builder) styled(e layout.Element, t plan.Text, width float64) *para {
	st := b.sheet.Style(e)
	return newPara(b.l.TextFonts(), e, st, pieces(t, st), width)
}

// newPara returns a paragraph of element e in style st, of the given
// pieces, in a box of the given width: its lines broken, its spacing,
// indents and alignment, whether it keeps with the next block and two of
// its lines together, and the footnotes each line refers to.
func newPara(f *layout.Fonts, e layout.Element, st layout.ParagraphStyle, ps []layout.Piece, width float64) *para {
	in := st.Indent
	box := width - in.Left - in.Right
	first := in.FirstLine - in.Hanging
	p := &para{
		element: e,
		fonts:   f,
		lines:   f.Wrap(ps, box-first, box),
		size:    st.Size,
		left:    in.Left,
		width:   box,
		first:   first,
		align:   st.Align,
		keep:    st.KeepNext,
		widow:   st.WidowControl,
	}
	for _, pc := range ps {
		p.steady = p.steady || f.FallsBack(pc.Style, pc.Text)
	}
	p.space(st.Spacing)
	p.collectNotes()
	return p
}

// space sets the paragraph's spacing and returns it: lines of a fixed
// height when it holds a run in a fallback font, as the DOCX writer fixes
// them (layout.Spacing.Steady).
func (p *para) space(s layout.Spacing) *para {
	p.before, p.after = s.Before, s.After
	p.lineSpacing = layout.Spacing{Line: s.Line, Exact: s.Exact}
	if p.steady {
		p.lineSpacing = p.lineSpacing.Steady(p.fonts, p.size)
	}
	return p
}

// rule returns an empty paragraph in the rule style that draws a centred
// line of the given length at its top, after the rule gap, as the DOCX
// writer's rule paragraph; its spacing is the style's, or the given one
// (the rule that ends a title block).
func (b *builder) rule(width, length float64, spacing *layout.Spacing) *para {
	p := b.styled(layout.RuleLine, nil, width)
	if spacing != nil {
		p.space(*spacing)
	}
	p.rule, p.border = length, b.l.RuleWidth
	return p
}

// sectionEnd is the tiny paragraph the DOCX writer puts before the
// header table and between two tables that touch (Word would join them);
// it takes the same room here, so that pages break alike.
func (b *builder) sectionEnd() *para {
	p := b.styled(layout.SectionEnd, nil, b.l.TextWidth())
	p.filler = true
	return p
}

// add appends to blocks those of one of the walk's body or appendix
// elements, on a text of the given width; the content's blocks begin at
// start (those before it open the page).
func (b *builder) add(blocks []block, start int, e *plan.Element, width float64) []block {
	switch {
	case e.Kind == plan.KindEndMark: // after a table or a heading that ends the body
		p := b.styled(layout.BodyText, e.Text, width)
		p.keep = true // with the signature
		blocks = append(blocks, p)
	case e.Kind == plan.KindBasis:
		blocks = append(blocks, b.marked(layout.Basis, "", e.Text, width))
	case e.Kind != plan.KindNode: // an appendix's opening, laid out by appendix
	case e.Section() != nil:
		element := layout.HeadingElement(e.Section().Level)
		if st, ok := b.sheet.LabelAbove(element, e.Label); ok { // "Phần I" over its title
			ps := pieces(plan.Plain(e.Label+"\n"), st)
			blocks = append(blocks, newPara(b.l.TextFonts(), element, st, append(ps, pieces(e.Text, st)...), width))
			break
		}
		mark := e.Label
		if !e.Text.IsBlank() {
			mark += " "
		}
		blocks = append(blocks, b.marked(element, mark, e.Text, width))
	case e.Table() != nil:
		if len(blocks) > start { // room between a paragraph and the table under it
			switch prev := blocks[len(blocks)-1].(type) {
			case *para:
				prev.after = b.sheet.OverTable(prev.element).After
				prev.keep = prev.keep || layout.KeepsIntro(e.Table())
			case *table:
				blocks = append(blocks, b.sectionEnd())
			}
		}
		blocks = append(blocks, b.table(e, width))
	default:
		mark := e.Label
		if mark != "" {
			mark += " "
		}
		p := b.marked(layout.BlockElement(e.Node.(plan.Block)), mark, e.Text, width)
		p.keep = p.keep || e.Ends // the end of the body stays with the signature
		blocks = append(blocks, p)
	}
	for _, n := range e.Notes {
		b.notes = append(b.notes, n.Text)
	}
	return blocks
}

// marked returns a heading or a body paragraph, dash, plus or numbered
// paragraph of element e: its mark (the walk's label: "II. ", "a) ", "- ",
// "3. "), then its text, in the element's style.
func (b *builder) marked(e layout.Element, mark string, t plan.Text, width float64) *para {
	st := b.sheet.Style(e)
	ps := pieces(plan.Plain(mark), st)
	return newPara(b.l.TextFonts(), e, st, append(ps, pieces(t, st)...), width)
}

// table returns a bordered body table of the walk's cells: header rows
// bold and centred, repeated on every page; rows never split, except one
// taller than a page; a merged cell spans its columns and rows, and the
// cells it covers print nothing.
func (b *builder) table(e *plan.Element, width float64) *table {
	l, t := b.l, e.Table()
	widths := l.ColumnWidths(t, width)
	grid := layout.TableGrid(t)
	heads := layout.HeaderRows(t)
	out := &table{widths: widths, borders: true, heads: heads, ruleW: l.RuleWidth}
	for r, cells := range b.sheet.TableCells(t, e.Cells, grid, widths) { // the header's lines balanced
		var rw row
		for c := range widths {
			g := grid[r][c]
			if g.Covered {
				rw.cells = append(rw.cells, cell{covered: true})
				continue
			}
			var text plan.Text
			if c < len(cells) {
				text = cells[c]
			}
			st := b.sheet.Cell(t, c, r < heads)
			w := 0.0
			for _, cw := range widths[c : c+g.Cols] {
				w += cw
			}
			inner := max(0, w-2*l.TablePadding) // a column narrower than its padding (dozens of columns) overflows it
			p := newPara(b.l.TextFonts(), layout.TableCell, st, pieces(text, st), inner)
			// The cell's padding is the table's; LibreOffice gives each
			// bordered row the width of its rule too, under the text
			// (measured: rows 0.5 pt apart otherwise).
			p.left = l.TablePadding
			p.after += l.RuleWidth
			rw.cells = append(rw.cells, cell{blocks: []*para{p}, middle: true, cols: g.Cols, rows: g.Rows})
		}
		out.rows = append(out.rows, rw)
	}
	return out
}

// signature returns the signature row (ô 7, 9b): "Nơi nhận:" and its items
// on the left, level with the first authority line on the right; it stays
// whole and with the end of the body, unless it cannot share a page with
// the body's last lines (layout.SignatureFits): then it may split.
func (b *builder) signature() *table {
	l := b.l
	spacing := l.SignatureSpacing()
	leftWidth, rightWidth := l.SignatureLeft(), l.SignatureRight
	var leftCell, rightCell []*para
	if lines := b.p.RecipientLines(); len(lines) > 0 {
		leftCell = append(leftCell, b.styled(layout.RecipientsLabel, plan.Plain(plan.RecipientsLabel), leftWidth).space(spacing.Label))
		for _, line := range lines {
			leftCell = append(leftCell, b.styled(layout.RecipientItem, plan.Plain(line), leftWidth))
		}
	} else {
		leftCell = append(leftCell, b.styled(layout.RecipientItem, nil, leftWidth))
	}
	for i, line := range l.SignerLines(b.p.Signer) {
		p := b.styled(layout.SignerLine, plan.Plain(line), rightWidth)
		if i == 0 {
			p.space(spacing.FirstSigner)
		}
		rightCell = append(rightCell, p)
	}
	name := b.styled(layout.SignerName, plan.Plain(b.p.Signer.Name), rightWidth)
	name.signature = true // the signature and seal boxes stand above it

	if len(rightCell) == 0 { // no authority or position: the name alone, after the gap
		name.space(spacing.NameAlone)
	}
	return &table{
		widths: []float64{leftWidth, rightWidth},
		rows:   []row{{cells: []cell{{blocks: leftCell}, {blocks: append(rightCell, name)}}}},
		ruleW:  l.RuleWidth,
		split:  !l.SignatureFits(b.p), // too tall to move with the body's last lines
	}
}

// appendix opens the section of the appendix whose walk element is open
// (Mẫu 2.1), landscape when it holds a table too wide for a portrait
// page: "Phụ lục", its title, "(Kèm theo …)" and a short rule; its
// content follows, ending "./." (contract §6).
func (b *builder) appendix(open *plan.Element) section {
	l := *b.l
	if l.AppendixLandscape(b.p.Appendices[open.Appendix-1]) {
		l = l.Landscape()
	}
	width := l.TextWidth()
	h := b.l.AppendixHead(b.captionPlan(), open.Text.String(), width)
	blocks := []block{b.styled(layout.AppendixLabel, plan.Plain(open.Label), width)}
	if len(h.Title) > 0 {
		blocks = append(blocks, b.styled(layout.AppendixTitle, plan.Plain(strings.Join(h.Title, "\n")), width))
	}
	blocks = append(blocks,
		b.styled(layout.AttachedLine, plan.Plain(strings.Join(h.Attached, "\n")), width),
		b.rule(width, h.Rule, &h.RuleSpacing))
	return section{l: l, blocks: blocks}
}

// collectNotes records which line refers to which footnotes.
func (p *para) collectNotes() {
	for i, line := range p.lines {
		for _, piece := range line.Pieces {
			if piece.Ref > 0 && !piece.Again {
				if p.notes == nil {
					p.notes = map[int][]int{}
				}
				p.notes[i] = append(p.notes[i], piece.Ref)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
