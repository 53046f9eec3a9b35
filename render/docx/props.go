package docx

import (
	"math"
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// pProps are paragraph properties. A style holds one set; a paragraph may
// add overrides; render writes them in the order the schema requires
// (Word refuses a file whose elements are out of order).
type pProps struct {
	keepNext        bool
	widow           bool
	border          borderKind
	box             *boxProps // a boxBorder's colour and room above and below the text
	spacing         *spacingProps
	ind             *indProps
	jc              string // left, center, right, both; "" unset
	outline         int    // outline level + 1; 0 unset
	pageBreakBefore bool
}

type borderKind int

const (
	noBorder  borderKind = iota
	topBorder            // a rule: the top edge between the indents
	boxBorder            // a stamp: all four sides
)

// boxProps are a stamp's border colour (hex RGB) and the room in points
// between its text and its top and bottom edges.
type boxProps struct {
	color string
	pad   float64
}

// spacingProps are the space before and after a paragraph, in points, and
// its line spacing: a multiple of single spacing, or with exact the line
// height in points.
type spacingProps struct {
	before, after, lines float64
	exact                bool
}

// indProps are indents: left and right for every line, and the first
// line's, further in (first) or out (hanging).
type indProps struct{ left, right, first, hanging float64 }

// rProps are run properties.
type rProps struct {
	bold, italic, caps, superscript bool
	// noCaps turns off a style's capitals for a term written in mixed
	// case ("IoT").
	noCaps bool
	size   float64 // points; 0 unset
	color  string  // hex RGB; "" unset (black)
	font   string  // a fallback font's name; "" the style's font
}

// merge returns p with o's set fields on top.
func (p pProps) merge(o pProps) pProps {
	p.keepNext = p.keepNext || o.keepNext
	p.widow = p.widow || o.widow
	p.pageBreakBefore = p.pageBreakBefore || o.pageBreakBefore
	if o.border != noBorder {
		p.border = o.border
	}
	if o.box != nil {
		p.box = o.box
	}
	if o.spacing != nil {
		p.spacing = o.spacing
	}
	if o.ind != nil {
		p.ind = o.ind
	}
	if o.jc != "" {
		p.jc = o.jc
	}
	if o.outline != 0 {
		p.outline = o.outline
	}
	return p
}

func (r rProps) merge(o rProps) rProps {
	r.bold = r.bold || o.bold
	r.italic = r.italic || o.italic
	r.caps = r.caps || o.caps
	r.noCaps = r.noCaps || o.noCaps
	r.superscript = r.superscript || o.superscript
	if o.size != 0 {
		r.size = o.size
	}
	if o.color != "" {
		r.color = o.color
	}
	if o.font != "" {
		r.font = o.font
	}
	return r
}

func (p pProps) empty() bool { return p == pProps{} }

// render writes the properties' elements (without the w:pPr wrapper), in
// schema order; ruleWidth is the stroke of borders in points.
func (p pProps) render(b *strings.Builder, ruleWidth float64) {
	if p.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.pageBreakBefore {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.widow {
		b.WriteString(`<w:widowControl/>`)
	}
	if p.border != noBorder {
		color, pad := "000000", "1"
		if p.box != nil {
			color, pad = p.box.color, itoa(int(math.Round(min(p.box.pad, 31)))) // Word allows 0–31 pt
		}
		line := func(side, space string) string {
			return `<w:` + side + ` w:val="single" w:sz="` + eighthPoints(ruleWidth) + `" w:space="` + space + `" w:color="` + color + `"/>`
		}
		b.WriteString(`<w:pBdr>`)
		if p.border == topBorder {
			b.WriteString(line("top", "0"))
		} else {
			// The sides sit on the indents (space 0), so the box is as wide as
			// the layout says, as the PDF draws it.
			b.WriteString(line("top", pad) + line("left", "0") + line("bottom", pad) + line("right", "0"))
		}
		b.WriteString(`</w:pBdr>`)
	}
	if s := p.spacing; s != nil {
		b.WriteString(s.xml())
	}
	if i := p.ind; i != nil {
		b.WriteString(`<w:ind w:left="` + twips(i.left) + `" w:right="` + twips(i.right))
		if i.hanging > 0 {
			b.WriteString(`" w:hanging="` + twips(i.hanging) + `"/>`)
		} else {
			b.WriteString(`" w:firstLine="` + twips(i.first) + `"/>`)
		}
	}
	if p.jc != "" {
		b.WriteString(`<w:jc w:val="` + p.jc + `"/>`)
	}
	if p.outline != 0 {
		b.WriteString(`<w:outlineLvl w:val="` + itoa(p.outline-1) + `"/>`)
	}
}

// render writes the run properties' elements, in schema order.
func (r rProps) render(b *strings.Builder) {
	if r.font != "" {
		b.WriteString(`<w:rFonts`)
		for _, attr := range []string{"ascii", "hAnsi", "eastAsia", "cs"} {
			b.WriteString(` w:` + attr + `="`)
			xmlText(b, r.font)
			b.WriteString(`"`)
		}
		b.WriteString(`/>`)
	}
	if r.bold {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	if r.italic {
		b.WriteString(`<w:i/><w:iCs/>`)
	}
	if r.noCaps {
		b.WriteString(`<w:caps w:val="0"/>`)
	} else if r.caps {
		b.WriteString(`<w:caps/>`)
	}
	if r.color != "" {
		b.WriteString(`<w:color w:val="` + r.color + `"/>`)
	}
	if r.size != 0 {
		b.WriteString(`<w:sz w:val="` + halfPoints(r.size) + `"/><w:szCs w:val="` + halfPoints(r.size) + `"/>`)
	}
	if r.superscript {
		b.WriteString(`<w:vertAlign w:val="superscript"/>`)
	}
}

// spacingOf returns a layout spacing as Word's.
func spacingOf(s layout.Spacing) *spacingProps {
	return &spacingProps{before: s.Before, after: s.After, lines: s.Line, exact: s.Exact}
}

// xml returns the w:spacing element: w:line in 240ths of a line with
// lineRule "auto", or in twips with lineRule "exact".
func (s *spacingProps) xml() string {
	line, rule := lineRule(s.lines), "auto"
	if s.exact {
		line, rule = twips(s.lines), "exact"
	}
	return `<w:spacing w:before="` + twips(s.before) + `" w:after="` + twips(s.after) +
		`" w:line="` + line + `" w:lineRule="` + rule + `"/>`
}

func indented(left, right, first float64) *indProps {
	return &indProps{left: left, right: right, first: first}
}
