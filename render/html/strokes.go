package html

import (
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// strokeKey is how a path is stroked: its width and colour.
type strokeKey struct {
	width float64
	color layout.RGB
}

// A segment of a path: a straight line.
type stroke struct{ x1, y1, x2, y2 float64 }

// strokes writes a page's rules and boxes as an SVG over the page, in
// points from its top-left corner: a path for each width and colour, the
// rules' first, as the PDF draws them, each line with butt caps (the
// default of both), centred on the line between its ends. A box is its
// four sides, as the PDF strokes it.
func (d *document) strokes(pg *compose.Page) {
	if len(pg.Rules) == 0 && len(pg.Boxes) == 0 {
		return
	}
	d.str("<svg viewBox=\"0 0 ")
	d.num(pg.Width)
	d.str(" ")
	d.num(pg.Height)
	d.str("\" fill=\"none\" stroke=\"#000\" aria-hidden=\"true\">")
	var order []strokeKey
	paths := map[strokeKey][]stroke{}
	add := func(k strokeKey, s stroke) {
		k.width = round3(k.width)
		if _, ok := paths[k]; !ok {
			order = append(order, k)
		}
		paths[k] = append(paths[k], s)
	}
	for _, r := range pg.Rules {
		add(strokeKey{r.Width, r.Color}, stroke{r.X1, r.Y1, r.X2, r.Y2})
	}
	for _, b := range pg.Boxes {
		k := strokeKey{b.Stroke, b.Color}
		x2, y2 := b.X+b.Width, b.Y+b.Height
		add(k, stroke{b.X, b.Y, x2, b.Y})
		add(k, stroke{b.X, y2, x2, y2})
		add(k, stroke{b.X, b.Y, b.X, y2})
		add(k, stroke{x2, b.Y, x2, y2})
	}
	for _, k := range order {
		d.str("<path")
		if k.color != (layout.RGB{}) {
			d.str(" stroke=\"#")
			d.buf = appendHex(d.buf, k.color)
			d.str("\"")
		}
		d.str(" stroke-width=\"")
		d.num(k.width)
		d.str("\" d=\"")
		for i, s := range paths[k] {
			if i > 0 {
				d.str(" ")
			}
			d.str("M")
			d.num(s.x1)
			d.str(" ")
			d.num(s.y1)
			switch {
			case round3(s.y1) == round3(s.y2):
				d.str("H")
				d.num(s.x2)
			case round3(s.x1) == round3(s.x2):
				d.str("V")
				d.num(s.y2)
			default:
				d.str("L")
				d.num(s.x2)
				d.str(" ")
				d.num(s.y2)
			}
		}
		d.str("\"/>")
	}
	d.str("</svg>\n")
}
