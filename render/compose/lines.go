package compose

import (
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// appendLine appends to texts the runs of line k of a paragraph whose box
// starts at x (its left offset added), on baseline y, in the paragraph's
// colour. A justified line that does not end its paragraph stretches its
// spaces to the box's right edge; its words are runs of their own, placed
// one by one (a drawer need not stretch spaces: a PDF's word spacing does
// not apply to the two-byte codes of an embedded Unicode font).
func appendLine(texts []Text, p *para, k int, x, y float64) []Text {
	line := p.lines[k]
	x += p.left
	avail := p.width
	if k == 0 {
		x += p.first
		avail -= p.first
	}
	extra := 0.0
	switch p.align {
	case layout.AlignJustify:
		if !line.Forced && line.Spaces > 0 {
			extra = (avail - line.Width) / float64(line.Spaces)
		}
	case layout.AlignCenter:
		x += (avail - line.Width) / 2
	case layout.AlignRight:
		x += avail - line.Width
	}
	for _, pc := range line.Pieces {
		m := p.fonts.Metrics(pc.Style)
		if pc.Ref > 0 {
			size := pc.Size * layout.SuperscriptScale
			texts, x = appendRun(texts, p.fonts, pc.Text, pc.Style, size, x, y-pc.Size*layout.SuperscriptRise, p.color)
			continue
		}
		if extra == 0 {
			texts, x = appendRun(texts, p.fonts, pc.Text, pc.Style, pc.Size, x, y, p.color)
			continue
		}
		space := m.Width(" ", pc.Size)
		text := pc.Text
		for {
			word, rest, more := strings.Cut(text, " ")
			if word != "" {
				texts, x = appendRun(texts, p.fonts, word, pc.Style, pc.Size, x, y, p.color)
			}
			if !more {
				break
			}
			x += space + extra
			text = rest
		}
	}
	return texts
}

// appendRun appends the runs that print text in one style and size from
// x on baseline y, and returns where they end: one run for each stretch
// of characters printed from one font, the text font or a fallback
// (Text.Font names it).
func appendRun(texts []Text, f *layout.Fonts, text string, style layout.Style, size, x, y float64, color layout.RGB) ([]Text, float64) {
	m := f.Metrics(style)
	start, from := 0, (*layout.Family)(nil)
	flush := func(end int) {
		if end == start {
			return
		}
		w := m.Width(text[start:end], size)
		t := Text{X: x, Y: y, Text: text[start:end], Style: style, Size: size, Width: w, Color: color}
		if from != nil {
			t.Font = from.Name
		}
		texts = append(texts, t)
		x += w
		start = end
	}
	for i, r := range text {
		if fb := f.Fallback(style, r); fb != from {
			flush(i)
			from = fb
		}
	}
	flush(len(text))
	return texts, x
}
