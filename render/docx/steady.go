package docx

import (
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// styleElements gives each Word style's id its element of the layout's
// style sheet.
var styleElements = func() map[string]layout.Element {
	out := make(map[string]layout.Element, len(wordStyles))
	for _, w := range wordStyles {
		out[w.id] = w.element
	}
	return out
}()

// holdsFallbacks reports whether the plan prints a character the text
// font lacks, in any style: only then are paragraphs written aside to
// learn whether one holds a run in a fallback font (steadyLines).
func (d *builder) holdsFallbacks() bool {
	if d.fallbacks == 0 {
		d.fallbacks = -1
		fonts := d.l.TextFonts()
		for t := range d.p.Texts() {
			for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
				if fonts.FallsBack(s, t.Text) {
					d.fallbacks = 1
					return true
				}
			}
		}
	}
	return d.fallbacks > 0
}

// steadyLines writes the runs of a paragraph of the given style aside, by
// fn, and returns its extra properties, with lines of a fixed height when
// a run is in a fallback font (layout.Spacing.Steady: Word and LibreOffice
// would grow the line to that font's height, the PDF keeps the text
// font's), and what writes the runs.
func (d *builder) steadyLines(style string, extra pProps, fn func()) (pProps, func()) {
	outer := d.b // moved back to the same field below, where it goes on growing
	d.b, d.fellBack = strings.Builder{}, false
	fn()
	runs := d.b.String()
	d.b = outer
	if d.fellBack {
		st := d.sheet.Style(styleElements[style])
		s := st.Spacing
		if sp := extra.spacing; sp != nil {
			s = layout.Spacing{Before: sp.before, After: sp.after, Line: sp.lines, Exact: sp.exact}
		}
		extra.spacing = spacingOf(s.Steady(d.l.TextFonts(), st.Size))
	}
	return extra, func() { d.b.WriteString(runs) }
}
