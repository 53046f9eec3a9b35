package layout

import (
	"math"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/plan"
)

// Element names what a paragraph of a plan's page is, as a selector of a
// style sheet does: the writers ask the [StyleSheet] how an element
// prints, and decide no font, size or spacing of their own.
type Element int

// The elements of a plan's page, in the order the DOCX lists its styles.
const (
	BodyText        Element = iota // ô 6: a body paragraph, and what every other element inherits from
	PartHeading                    // mục: "I. MỤC ĐÍCH, YÊU CẦU"
	SectionHeading                 // khoản: "1. Mục đích"
	PointHeading                   // điểm: "a) …"
	SubPointHeading                // tiết: "- …"
	DashItem                       // a "- …" paragraph
	PlusItem                       // a "+ …" paragraph
	NumberedItem                   // a "1. …" paragraph
	ParentAgency                   // cơ quan chủ quản (ô 1)
	IssuingAgency                  // cơ quan ban hành (ô 1)
	NationalName                   // Quốc hiệu (ô 2)
	Motto                          // Tiêu ngữ (ô 2)
	RuleLine                       // an empty paragraph that carries a rule: under the issuer, the Tiêu ngữ, the subject
	NumberLine                     // "Số: 05/KH-STTTT" (ô 3)
	DateLine                       // place and date (ô 4)
	Stamp                          // the độ khẩn stamp and the draft mark
	Title                          // tên loại: "KẾ HOẠCH" (ô 5a)
	Subject                        // trích yếu (ô 5a)
	RecipientsLabel                // "Nơi nhận:" (ô 9b)
	RecipientItem                  // one recipient, "- UBND tỉnh;"
	SignerLine                     // an authority or position line (ô 7a, 7b)
	SignerName                     // the signer's name (ô 7c), after the room to sign
	TableCell                      // a body table's cell
	TableHeaderCell                // a body table's header cell, in each of its header rows ([HeaderRows])
	FootnoteText                   // a footnote, at the foot of the page
	PageNumber                     // the page number in the top margin
	AppendixLabel                  // "Phụ lục II"
	AppendixTitle                  // an appendix's title, in capitals
	AttachedLine                   // "(Kèm theo Kế hoạch …)"
	SectionEnd                     // the tiny paragraph that opens the plan before its header table, or parts two tables
	NoteSeparator                  // the paragraph that holds the rule above the footnotes (DOCX, for Word)
	Basis                          // a legal basis (căn cứ), in italic: "Căn cứ Luật …;"
	FifthHeading                   // a level-5 heading: "+ …", italic
	SixthHeading                   // a level-6 heading: "• …", italic
	CornerText                     // the top-right text of an appendix file or an electronic copy: 10 pt, upright, right
	SectionClose                   // the empty paragraph that closes the plan after the signature row, and each appendix: no height

	elementCount // the number of elements
)

// Align is a paragraph's alignment; the zero value inherits the body
// text's.
type Align int

// Alignments.
const (
	AlignInherit Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify // both edges straight, the last line left
)

// Spacing is the room around a paragraph's lines, in points: before the
// paragraph, after it, and the line spacing: a multiple of single spacing,
// or with Exact every line's height in points (Word's lineRule "exact":
// "exactly 17 pt").
type Spacing struct {
	Before, After, Line float64
	Exact               bool
}

// Height returns the height of the spacing's lines of text of the given
// size, as LibreOffice lays them out in twips: the exact height; single
// spacing (the font's ascent, descent and line gap); or single spacing
// times the multiple, the extra room under each line's text.
//
// The fonts are those the text is set in; nil means [DefaultFonts].
func (s Spacing) Height(f *Fonts, size float64) float64 {
	if f == nil {
		f = DefaultFonts()
	}
	switch {
	case s.Exact:
		return RoundToTwip(s.Line)
	case s.Line > 1:
		return RoundToTwip(f.LineHeight(size) * s.Line)
	}
	return f.LineHeight(size)
}

// Steady returns the spacing of a paragraph that holds a run in a
// fallback font ([Fonts.FallsBack]): its lines exactly as tall as the
// text font's lines of the given size would be (single spacing, or its
// multiple); an exact spacing is returned as it is.
//
// Word and LibreOffice grow a line of single or multiple spacing to the
// tallest font on it, and DejaVu Sans or a CJK font stands taller than
// the text font: "✓" would push its line 0.3 pt down, a Chinese name 3.5
// pt, and every line after it, so that the pages break apart from the
// PDF's. A clerk's page keeps its lines evenly apart; an exact line of
// the text font's height does, in both writers, and the fallback's
// glyphs, no taller than the text's capitals and descenders, are not
// clipped.
func (s Spacing) Steady(f *Fonts, size float64) Spacing {
	if s.Exact {
		return s
	}
	return Spacing{Before: s.Before, After: s.After, Line: s.Height(f, size), Exact: true}
}

// Baseline returns the distance from the top of a line of the given size
// to its baseline: the font's line gap and ascent, or in a line of exact
// height four fifths of it, whatever the font (LibreOffice's rule, in
// whole twips; measured: exactly 17 pt puts a 14 pt baseline 13.6 pt
// under the line's top, 0.53 pt lower than single spacing).
func (s Spacing) Baseline(f *Fonts, size float64) float64 {
	if s.Exact {
		return math.Floor(4*math.Round(s.Line*20)/5) / 20
	}
	if f == nil {
		f = DefaultFonts()
	}
	return f.Metrics(Regular).BaselineAt(size)
}

// Indent is a paragraph's indents, in points: from the left and right
// edges of its box for every line, and the first line's own: FirstLine
// further in, or Hanging further out (the other lines continue under the
// text after a mark, "- "). At most one of the two is set.
type Indent struct{ Left, Right, FirstLine, Hanging float64 }

// StyleRule is what the style sheet declares for one element. What it
// leaves unset (nil, zero, false) the element inherits from [BodyText],
// as CSS rules cascade and Word styles are based on Normal: the DOCX
// writes each rule as a Word style, so that a clerk editing the document
// keeps the look.
type StyleRule struct {
	Bold, Italic bool
	Caps         bool    // shown in capitals whatever the text's case
	Size         float64 // points; 0 inherits
	Align        Align
	Spacing      *Spacing
	Indent       *Indent
	// KeepNext keeps the paragraph on the page of the next one (headings,
	// the title block); WidowControl keeps two lines of the paragraph
	// together at a page's foot and head ([WidowLines]).
	KeepNext, WidowControl bool
	// Outline is the heading level shown in a word processor's
	// navigation, 1–4; 0 for none.
	Outline int
}

// ParagraphStyle is how an element prints: its rule over the body text's,
// every property set.
type ParagraphStyle struct {
	Bold, Italic, Caps     bool
	Size                   float64
	Align                  Align
	Spacing                Spacing
	Indent                 Indent
	KeepNext, WidowControl bool
	Outline                int
}

// Face returns the font style the element prints in.
func (s ParagraphStyle) Face() Style { return Style{Bold: s.Bold, Italic: s.Italic} }

// StyleSheet holds every element's rule, built from a [Layout]'s numbers,
// and its computed style. Build it once per document with
// [Layout.StyleSheet]; it is read-only.
type StyleSheet struct {
	l      Layout
	rules  [elementCount]StyleRule
	styles [elementCount]ParagraphStyle
}

// StyleSheet returns the style sheet of the layout: Part A of the layout
// contract for [Default]. The default layout's is built once.
func (l *Layout) StyleSheet() *StyleSheet {
	if l.IsDefault() {
		return defaultSheet()
	}
	return l.newStyleSheet()
}

// defaultSheet is the default layout's style sheet, built once.
var defaultSheet = sync.OnceValue(func() *StyleSheet {
	l := Default()
	return l.newStyleSheet()
})

// newStyleSheet builds the layout's style sheet.
func (l *Layout) newStyleSheet() *StyleSheet {
	s := &StyleSheet{l: *l}
	plain := &Spacing{Line: 1}
	flush := &Indent{}
	centred := StyleRule{Spacing: plain, Indent: flush, Align: AlignCenter}
	left := StyleRule{Spacing: plain, Indent: flush, Align: AlignLeft}
	with := func(r StyleRule, f func(*StyleRule)) StyleRule { f(&r); return r }
	heading := func(level int, bold bool) StyleRule {
		return StyleRule{KeepNext: true, Outline: level, Bold: bold, Italic: !bold}
	}
	cell := &Spacing{Before: l.CellSpacing, After: l.CellSpacing, Line: 1}
	s.rules = [elementCount]StyleRule{
		BodyText: {WidowControl: true, Spacing: ptr(l.BodySpacing()),
			Indent: &Indent{FirstLine: l.FirstIndent}, Align: AlignJustify, Size: l.BodySize},
		PartHeading:     heading(1, true),
		SectionHeading:  heading(2, true),
		PointHeading:    heading(3, false),
		SubPointHeading: heading(4, false),
		FifthHeading:    heading(5, false),
		SixthHeading:    heading(6, false),
		// Phụ lục I, mục II.6.a: "chữ in thường, kiểu chữ nghiêng", each
		// basis on its own line, as a body paragraph.
		Basis:         {Italic: true},
		ParentAgency:  with(centred, func(r *StyleRule) { r.Caps, r.Size = true, l.ParentSize }),
		IssuingAgency: with(centred, func(r *StyleRule) { r.Bold, r.Caps, r.Size = true, true, l.IssuerSize }),
		NationalName:  with(centred, func(r *StyleRule) { r.Bold, r.Caps, r.Size = true, true, l.NationalNameSize }),
		Motto:         with(centred, func(r *StyleRule) { r.Bold, r.Size = true, l.MottoSize }),
		RuleLine: with(centred, func(r *StyleRule) {
			r.Spacing, r.Size = &Spacing{Before: l.RuleGap, Line: 1}, l.HairlineSize
		}),
		NumberLine: with(centred, func(r *StyleRule) { r.Size = l.NumberSize }),
		DateLine:   with(centred, func(r *StyleRule) { r.Italic, r.Size = true, l.DateSize }),
		Stamp:      with(centred, func(r *StyleRule) { r.Bold, r.Caps, r.Size = true, true, l.UrgencySize }),
		Title: with(centred, func(r *StyleRule) {
			r.KeepNext, r.Spacing = true, &Spacing{Before: l.GapAfterHeader, Line: 1}
			r.Bold, r.Caps, r.Size = true, true, l.TitleSize
		}),
		Subject:         with(centred, func(r *StyleRule) { r.KeepNext, r.Bold, r.Size = true, true, l.SubjectSize }),
		RecipientsLabel: with(left, func(r *StyleRule) { r.Bold, r.Italic, r.Size = true, true, l.RecipientsLabelSize }),
		// An item that wraps goes on under its text, after "- ".
		RecipientItem: with(left, func(r *StyleRule) {
			r.Size, r.Indent = l.RecipientsSize, &Indent{Left: l.RecipientHang(), Hanging: l.RecipientHang()}
		}),
		SignerLine: with(centred, func(r *StyleRule) { r.KeepNext, r.Bold, r.Caps, r.Size = true, true, true, l.SignerSize }),
		// After the name, the room the seal takes below its line
		// (issuing.go), so that the signature row holds it whole.
		SignerName: with(centred, func(r *StyleRule) {
			r.Spacing, r.Bold, r.Size = &Spacing{Before: l.SignatureSpace, After: l.SealOverhang(), Line: 1}, true, l.SignerSize
		}),
		TableCell:       {Spacing: cell, Indent: flush, Align: AlignLeft, Size: l.TableSize},
		TableHeaderCell: {KeepNext: true, Spacing: cell, Indent: flush, Align: AlignCenter, Bold: true, Size: l.TableSize},
		FootnoteText:    {Spacing: plain, Indent: flush, Align: AlignJustify, Size: l.FootnoteSize},
		PageNumber:      with(centred, func(r *StyleRule) { r.Size = l.PageNumberSize }),
		AppendixLabel:   with(centred, func(r *StyleRule) { r.KeepNext, r.Bold, r.Size = true, true, l.AppendixLabelSize }),
		// Upper case in the text, web addresses kept (plan.UpperTitle).
		AppendixTitle: with(centred, func(r *StyleRule) { r.KeepNext, r.Bold, r.Size = true, true, l.AppendixTitleSize }),
		AttachedLine:  with(centred, func(r *StyleRule) { r.KeepNext, r.Italic, r.Size = true, true, l.AttachedSize }),
		SectionEnd:    {Spacing: plain, Indent: flush, Size: l.HairlineSize},
		// Word needs a paragraph after the last table, and it carries the
		// section's properties. LibreOffice starts a page for it when it
		// does not fit under the row, a page that prints nothing but its
		// number: at 1 pt that was so whenever the row ended less than a
		// line of it above the bottom margin. A line exactly 0 pt tall
		// takes no room, and fits unless the row ends exactly on the margin
		// (in LibreOffice's whole twips).
		SectionClose:  {Spacing: &Spacing{Exact: true}, Indent: flush, Size: l.HairlineSize},
		NoteSeparator: {Spacing: plain, Indent: flush, Size: l.FootnoteSize},
		// Phụ lục I, mục III.1.d; Phần II, mục I.3.c: "phông chữ Times New
		// Roman, chữ in thường, kiểu chữ đứng, cỡ chữ 10, màu đen", at the
		// top right of the first page.
		CornerText: {Spacing: &Spacing{After: l.CornerGap, Line: 1}, Indent: flush, Align: AlignRight, Size: l.CornerSize},
	}
	body := s.rules[BodyText]
	for e, r := range s.rules {
		s.styles[e] = r.over(body)
	}
	return s
}

// ptr returns a pointer to a copy of s.
func ptr(s Spacing) *Spacing { return &s }

// over returns the style of rule r on top of base, which sets every
// property.
func (r StyleRule) over(base StyleRule) ParagraphStyle {
	s := ParagraphStyle{
		Bold: base.Bold || r.Bold, Italic: base.Italic || r.Italic, Caps: base.Caps || r.Caps,
		Size: base.Size, Align: base.Align, Spacing: *base.Spacing, Indent: *base.Indent,
		KeepNext: base.KeepNext || r.KeepNext, WidowControl: base.WidowControl || r.WidowControl,
		Outline: max(base.Outline, r.Outline),
	}
	if r.Size != 0 {
		s.Size = r.Size
	}
	if r.Align != AlignInherit {
		s.Align = r.Align
	}
	if r.Spacing != nil {
		s.Spacing = *r.Spacing
	}
	if r.Indent != nil {
		s.Indent = *r.Indent
	}
	return s
}

// Rule returns what the sheet declares for an element, without what it
// inherits. Its Spacing and Indent are the sheet's own: do not change them.
func (s *StyleSheet) Rule(e Element) StyleRule { return s.rules[e] }

// Style returns how an element prints: its rule over the body text's.
func (s *StyleSheet) Style(e Element) ParagraphStyle { return s.styles[e] }

// OverTable returns an element's spacing when a body table follows it
// directly: the space after it at least [Layout.TableSpacing], so that the
// table's top border does not touch the descenders above it.
func (s *StyleSheet) OverTable(e Element) Spacing {
	sp := s.styles[e].Spacing
	sp.After = max(sp.After, s.l.TableSpacing)
	return sp
}

// Cell returns the style of column col of a body table: a header cell's
// (in any of the rows that head the table, [HeaderRows]: bold and
// centred), or a body cell's aligned as the column says
// ([plan.Table.ColumnAlign]); a merged cell takes its first column's.
func (s *StyleSheet) Cell(t *plan.Table, col int, header bool) ParagraphStyle {
	if header {
		return s.styles[TableHeaderCell]
	}
	st := s.styles[TableCell]
	switch t.ColumnAlign(col) {
	case plan.AlignCenter:
		st.Align = AlignCenter
	case plan.AlignRight:
		st.Align = AlignRight
	}
	return st
}

// LabelAbove reports whether a heading's label prints on a line of its
// own, above its title, and returns the style of that heading: a part
// labelled with the word "Phần" ("Phần I", "PHẦN THỨ NHẤT") prints
// "Phần I" centred with its title centred on the next line (layout
// contract, Part B, §3.1: the parts of a long plan), where the decree's
// "I." runs into its title. The label keeps its case; the title is in
// capitals, as the walk gives it.
func (s *StyleSheet) LabelAbove(e Element, label string) (ParagraphStyle, bool) {
	word, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	if e != PartHeading || !strings.EqualFold(word, "phần") {
		return ParagraphStyle{}, false
	}
	st := s.styles[PartHeading]
	st.Align, st.Indent = AlignCenter, Indent{}
	return st, true
}

// HeadingElement returns the element of a heading of the given level
// ([plan.LevelPart] … [plan.LevelSubPoint]); [BodyText] for any other.
func HeadingElement(level int) Element {
	switch level {
	case plan.LevelPart:
		return PartHeading
	case plan.LevelSection:
		return SectionHeading
	case plan.LevelPoint:
		return PointHeading
	case plan.LevelSubPoint:
		return SubPointHeading
	case plan.LevelSubPoint + 1:
		return FifthHeading
	case plan.LevelSubPoint + 2:
		return SixthHeading
	}
	return BodyText
}

// BlockElement returns the element of a body block: a dash, plus or
// numbered paragraph's, or [BodyText] for a paragraph.
func BlockElement(b plan.Block) Element {
	switch b := b.(type) {
	case *plan.Bullet:
		if b.Level == 2 {
			return PlusItem
		}
		return DashItem
	case *plan.Numbered:
		return NumberedItem
	}
	return BodyText
}
