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
		m := layout.FontMetrics(pc.Style)
		if pc.Ref > 0 {
			size := pc.Size * layout.SuperscriptScale
			w := m.Width(pc.Text, size)
			texts = append(texts, Text{X: x, Y: y - pc.Size*layout.SuperscriptRise, Text: pc.Text, Style: pc.Style, Size: size, Width: w, Color: p.color})
			x += w
			continue
		}
		if extra == 0 {
			w := m.Width(pc.Text, pc.Size)
			texts = append(texts, Text{X: x, Y: y, Text: pc.Text, Style: pc.Style, Size: pc.Size, Width: w, Color: p.color})
			x += w
			continue
		}
		space := m.Width(" ", pc.Size)
		text := pc.Text
		for {
			word, rest, more := strings.Cut(text, " ")
			if word != "" {
				w := m.Width(word, pc.Size)
				texts = append(texts, Text{X: x, Y: y, Text: word, Style: pc.Style, Size: pc.Size, Width: w, Color: p.color})
				x += w
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
