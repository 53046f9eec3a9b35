package pdf

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
// layout, as the DOCX writer lays the same plan out.
type builder struct {
	l *layout.Layout
	p *plan.Plan
	// notes are the footnotes' texts, by number (from 1, as the walk
	// numbers them) less one.
	notes []plan.Text
	// noteCache holds the footnotes laid out as paragraphs.
	noteCache map[noteKey]*para
}

func (b *builder) sections() []section {
	groups := b.p.ElementsByAppendix()
	out := []section{{l: *b.l, blocks: b.main(groups[0])}}
	for i, a := range b.p.Appendices {
		l := *b.l
		if b.l.AppendixLandscape(a) {
			l = l.Landscape()
		}
		out = append(out, section{l: l, blocks: b.appendix(&l, groups[i+1])})
	}
	return out
}

// main returns the blocks of the plan up to the signature; body holds the
// walk's elements of its body.
func (b *builder) main(body []plan.Element) []block {
	l := b.l
	head := l.Head(b.p)
	// The tiny paragraph the DOCX writer puts before the header table.
	blocks := []block{b.sectionEnd(), b.header(head)}
	blocks = append(blocks,
		b.text(plan.Text(nil).Bold(b.p.Title()), l.TitleSize, l.TextWidth(), center, l.GapAfterHeader, true),
		b.text(plan.Text(nil).Bold(head.Subject), l.SubjectSize, l.TextWidth(), center, 0, true),
		b.rule(l.TextWidth(), head.SubjectRule, l.GapAfterSubject),
	)
	blocks = append(blocks, b.content(body, l.TextWidth())...)
	blocks = append(blocks, b.signature(), b.sectionEnd())
	return blocks
}

// header returns the first page's header block (ô 1–4): a borderless table,
// row 1 the names with their rules, row 2 "Số:" and the date on one
// baseline.
func (b *builder) header(h layout.Head) *table {
	l := b.l
	var leftCell, rightCell []*para
	for _, par := range h.Parent {
		leftCell = append(leftCell, b.text(plan.Plain(par), l.ParentSize, h.LeftWidth, center, 0, false))
	}
	for _, par := range h.Issuer {
		leftCell = append(leftCell, b.text(plan.Text(nil).Bold(par), l.IssuerSize, h.LeftWidth, center, 0, false))
	}
	leftCell = append(leftCell, b.rule(h.LeftWidth, h.IssuerRule, 0))
	rightCell = append(rightCell,
		b.text(plan.Text(nil).Bold(plan.NationalName), l.NationalNameSize, h.RightWidth, center, 0, false),
		b.text(plan.Text(nil).Bold(plan.Motto), l.MottoSize, h.RightWidth, center, 0, false),
		b.rule(h.RightWidth, h.MottoRule, 0))

	shift := layout.BaselineShift(l.NumberSize, h.DateSize)
	number := []*para{b.text(plan.Plain(b.p.NumberLine()), l.NumberSize, h.LeftWidth, center, l.HeaderRowGap+shift, false)}
	if b.p.Urgency != "" {
		number = append(number, b.stamp(b.p.Urgency.Stamp(), l.UrgencyBox(b.p.Urgency), h.LeftWidth))
	}
	if b.p.Draft {
		number = append(number, b.text(plan.Text(nil).Bold(plan.DraftMark), l.UrgencySize, h.LeftWidth, center, l.HeaderRowGap, false))
	}
	date := b.text(plan.Text(nil).Italic(b.p.DateLine()), h.DateSize, h.RightWidth, center, l.HeaderRowGap, false)
	return &table{
		widths: []float64{h.LeftWidth, h.RightWidth},
		rows: []row{
			{cells: []cell{{blocks: leftCell}, {blocks: rightCell}}},
			{cells: []cell{{blocks: number}, {blocks: []*para{date}}}},
		},
		ruleW: l.RuleWidth,
	}
}

// stamp returns the độ khẩn stamp: a boxed, centred line of the given
// width and the stamp's height, in the stamp's red (Phụ lục I, mục
// II.10.b).
func (b *builder) stamp(text string, boxWidth, column float64) *para {
	p := b.text(plan.Text(nil).Bold(text), b.l.UrgencySize, boxWidth, center, b.l.HeaderRowGap, false)
	p.box, p.boxPad, p.color = boxWidth, b.l.StampPad(), b.l.StampColor
	p.left = layout.RuleIndent(column, boxWidth)
	return p
}

// text returns a paragraph of styled text without indent: header lines,
// the title, the subject, signature lines.
func (b *builder) text(t plan.Text, size, width float64, a align, before float64, keep bool) *para {
	ps := pieces(t, layout.Regular, size)
	return &para{lines: layout.Wrap(ps, width, width), size: size, before: before, width: width, align: a, keep: keep, widow: true}
}

// rule returns an empty paragraph that draws a centred line of the given
// length at its top, after the rule gap, as the DOCX writer's rule
// paragraph in the hairline size.
func (b *builder) rule(width, length, after float64) *para {
	return &para{lines: []layout.Line{{Forced: true}}, size: b.l.HairlineSize, before: b.l.RuleGap, after: after, width: width, align: center, rule: length, border: b.l.RuleWidth}
}

// sectionEnd is the tiny paragraph the DOCX writer puts after the
// signature row and between two tables that touch (Word would join them);
// it takes the same room here, so that pages break alike.
func (b *builder) sectionEnd() *para {
	return &para{lines: []layout.Line{{Forced: true}}, size: b.l.HairlineSize, width: b.l.TextWidth(), filler: true}
}

// content returns the blocks of a run of the walk's body or appendix
// elements on a text of the given width.
func (b *builder) content(els []plan.Element, width float64) []block {
	var out []block
	for i := range els {
		e := &els[i]
		switch {
		case e.Kind == plan.KindEndMark: // after a table or a heading that ends the body
			out = append(out, b.body(e.Text, width, true))
		case e.Kind != plan.KindNode: // an appendix's opening, laid out by appendix
		case e.Section() != nil:
			out = append(out, b.heading(e, width))
		case e.Table() != nil:
			if len(out) > 0 { // room between a paragraph and the table under it
				switch prev := out[len(out)-1].(type) {
				case *para:
					prev.after = max(prev.after, b.l.TableSpacing)
					prev.keep = prev.keep || layout.KeepsIntro(e.Table())
				case *table:
					out = append(out, b.sectionEnd())
				}
			}
			out = append(out, b.table(e, width))
		default:
			out = append(out, b.block(e, width))
		}
		for _, n := range e.Notes {
			b.notes = append(b.notes, n.Text)
		}
	}
	return out
}

// heading returns a section's heading paragraph: its number as the walk
// gives it, parts in capitals and bold, sections bold, points and
// sub-points italic.
func (b *builder) heading(e *plan.Element, width float64) *para {
	style := layout.Bold
	if e.Section().Level >= plan.LevelPoint {
		style = layout.Italic
	}
	mark := e.Label
	if !e.Text.IsBlank() {
		mark += " "
	}
	p := b.bodyText(plan.Plain(mark), e.Text, style, width)
	p.keep = true
	return p
}

// block returns a body paragraph, dash, plus or numbered paragraph, with
// its mark and, when it ends the body or an appendix, the end mark.
func (b *builder) block(e *plan.Element, width float64) *para {
	mark := e.Label
	if mark != "" {
		mark += " "
	}
	p := b.bodyText(plan.Plain(mark), e.Text, layout.Regular, width)
	p.keep = e.Ends // the end of the body stays with the signature
	return p
}

// body returns a plain body paragraph.
func (b *builder) body(t plan.Text, width float64, keep bool) *para {
	p := b.bodyText(nil, t, layout.Regular, width)
	p.keep = keep
	return p
}

// bodyText returns a body paragraph: justified, first-line indent, the
// paragraph spacing before; mark is printed before the text in the same
// style.
func (b *builder) bodyText(mark, t plan.Text, style layout.Style, width float64) *para {
	l := b.l
	ps := pieces(mark, style, l.BodySize)
	ps = append(ps, pieces(t, style, l.BodySize)...)
	p := &para{
		lines:   layout.Wrap(ps, width-l.FirstIndent, width),
		size:    l.BodySize,
		spacing: l.LineSpacing,
		before:  l.ParaSpacing,
		width:   width,
		first:   l.FirstIndent,
		align:   justify,
		widow:   true,
	}
	p.collectNotes()
	return p
}

// table returns a bordered body table of the walk's cells: header row
// bold and centred, repeated on every page; rows never split, except one
// taller than a page.
func (b *builder) table(e *plan.Element, width float64) *table {
	l, t := b.l, e.Table()
	widths := l.ColumnWidths(t, width)
	out := &table{widths: widths, borders: true, header: true, ruleW: l.RuleWidth}
	mk := func(cells []plan.Text, header bool) row {
		var r row
		for c, w := range widths {
			var text plan.Text
			if c < len(cells) {
				text = cells[c]
			}
			a, style := left, layout.Regular
			switch {
			case header:
				a, style = center, layout.Bold
			case t.ColumnAlign(c) == plan.AlignCenter:
				a = center
			case t.ColumnAlign(c) == plan.AlignRight:
				a = right
			}
			inner := max(0, w-2*l.TablePadding) // a column narrower than its padding (dozens of columns) overflows it
			ps := pieces(text, style, l.TableSize)
			// LibreOffice gives each bordered row the width of its rule too,
			// under the text (measured: rows 0.5 pt apart otherwise).
			p := &para{lines: layout.Wrap(ps, inner, inner), size: l.TableSize, before: l.CellSpacing, after: l.CellSpacing + l.RuleWidth,
				left: l.TablePadding, width: inner, align: a, widow: true}
			p.collectNotes()
			r.cells = append(r.cells, cell{blocks: []*para{p}, vAlign: center})
		}
		return r
	}
	for r, cells := range e.Cells {
		out.rows = append(out.rows, mk(cells, r == 0))
	}
	return out
}

// signature returns the signature row (ô 7, 9b): "Nơi nhận:" and its items
// on the left, level with the first authority line on the right; it stays
// whole and with the end of the body, unless it cannot share a page with
// the body's last lines (layout.SignatureFits): then it may split.
func (b *builder) signature() *table {
	l := b.l
	leftWidth, rightWidth := l.SignatureLeft(), l.SignatureRight
	var leftCell, rightCell []*para
	if lines := b.p.RecipientLines(); len(lines) > 0 {
		shift := layout.BaselineShift(l.RecipientsLabelSize, l.SignerSize)
		leftCell = append(leftCell, b.text(plan.Text(nil).BoldItalic(plan.RecipientsLabel), l.RecipientsLabelSize, leftWidth, left, l.GapBeforeSignature+shift, false))
		for _, line := range lines {
			leftCell = append(leftCell, b.text(plan.Plain(line), l.RecipientsSize, leftWidth, left, 0, false))
		}
	} else {
		leftCell = append(leftCell, b.text(nil, l.RecipientsSize, leftWidth, left, 0, false))
	}
	before := l.GapBeforeSignature
	for _, line := range l.SignerLines(b.p.Signer) {
		rightCell = append(rightCell, b.text(plan.Text(nil).Bold(line), l.SignerSize, rightWidth, center, before, false))
		before = 0
	}
	gap := l.SignatureSpace
	if before > 0 { // no authority or position: the name alone, after the gap
		gap += before
	}
	rightCell = append(rightCell, b.text(plan.Text(nil).Bold(b.p.Signer.Name), l.SignerSize, rightWidth, center, gap, false))
	return &table{
		widths: []float64{leftWidth, rightWidth},
		rows:   []row{{cells: []cell{{blocks: leftCell}, {blocks: rightCell}}}},
		ruleW:  l.RuleWidth,
		split:  !l.SignatureFits(b.p), // too tall to move with the body's last lines
	}
}

// appendix returns the blocks of an appendix (Mẫu 2.1) from the walk's
// elements: "Phụ lục", its title, "(Kèm theo …)", a short rule, and its
// content, ending "./." (contract §6).
func (b *builder) appendix(l *layout.Layout, els []plan.Element) []block {
	width := l.TextWidth()
	open := els[0]
	h := b.l.AppendixHead(b.p, open.Text.String(), width)
	blocks := []block{b.text(plan.Text(nil).Bold(open.Label), b.l.AppendixLabelSize, width, center, 0, true)}
	if len(h.Title) > 0 {
		blocks = append(blocks, b.text(plan.Text(nil).Bold(strings.Join(h.Title, "\n")), b.l.AppendixTitleSize, width, center, 0, true))
	}
	blocks = append(blocks,
		b.text(plan.Text(nil).Italic(strings.Join(h.Attached, "\n")), b.l.AttachedSize, width, center, 0, true),
		b.rule(width, h.Rule, b.l.GapAfterSubject))
	blocks = append(blocks, b.content(els[1:], width)...)
	return append(blocks, b.sectionEnd())
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

// cleanText prepares text for the page: a tab prints as a space (as in the
// DOCX), control characters and invisible format characters (soft hyphen,
// zero-width space and joiners, direction marks, byte order mark) print as
// nothing, as Word and LibreOffice show them, and bytes that are not UTF-8
// print as U+FFFD. So do characters beyond the Basic Multilingual Plane (emoji):
// fpdf encodes text as UTF-16 without surrogates and cannot print them.
// U+FFFD, like any character the font lacks (Chinese, say), prints as the
// font's missing-glyph box and copies out as itself.
func cleanText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\t':
			out.WriteByte(' ')
		case r == '\n':
			out.WriteByte('\n')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		case r == 0xad || r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2060 && r <= 0x2064 || r == 0xfeff:
		case r > 0xFFFF:
			out.WriteRune(utf8.RuneError)
		default:
			out.WriteRune(r)
		}
		i += size
	}
	return out.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
