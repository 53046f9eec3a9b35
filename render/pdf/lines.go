package pdf

import (
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// lineTexts returns the text runs of line k of a paragraph whose box
// starts at x (its left offset added), on baseline y. A justified line
// that does not end its paragraph stretches its spaces to the box's right
// edge; its words are placed one by one, since PDF word spacing does not
// apply to the two-byte codes of an embedded Unicode font.
func lineTexts(p *para, k int, x, y float64) []textItem {
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
	out := make([]textItem, 0, len(line.Pieces))
	for _, pc := range line.Pieces {
		m := layout.FontMetrics(pc.Style)
		if pc.Ref > 0 {
			size := pc.Size * layout.SuperscriptScale
			out = append(out, textItem{x: x, y: y - pc.Size*layout.SuperscriptRise, text: pc.Text, style: pc.Style, size: size})
			x += m.Width(pc.Text, size)
			continue
		}
		if extra == 0 {
			out = append(out, textItem{x: x, y: y, text: pc.Text, style: pc.Style, size: pc.Size})
			x += m.Width(pc.Text, pc.Size)
			continue
		}
		space := m.Width(" ", pc.Size)
		text := pc.Text
		for {
			word, rest, more := strings.Cut(text, " ")
			if word != "" {
				out = append(out, textItem{x: x, y: y, text: word, style: pc.Style, size: pc.Size})
				x += m.Width(word, pc.Size)
			}
			if !more {
				break
			}
			x += space + extra
			text = rest
		}
	}
	return out
}
