package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// fontFamily is the name the embedded fonts are registered under.
const fontFamily = "LiberationSerif"

// fontStyle returns fpdf's name of a style.
func fontStyle(s layout.Style) string {
	switch {
	case s.Bold && s.Italic:
		return "BI"
	case s.Bold:
		return "B"
	case s.Italic:
		return "I"
	}
	return ""
}

// drawer writes pages into an fpdf document.
type drawer struct {
	doc     *fpdf.Fpdf
	fontSet bool // whether style and size are the document's current font
	style   layout.Style
	size    float64
	// fill and stroke are the current text and line colours; fpdf
	// starts with black, the zero value.
	fill, stroke layout.RGB
}

// draw writes the composed pages into the document: each page's texts,
// then its rules, then its boxes, each box as its four sides.
func draw(doc *fpdf.Fpdf, pages []compose.Page) {
	d := &drawer{doc: doc}
	for _, pg := range pages {
		d.doc.AddPageFormat("P", fpdf.SizeType{Wd: pg.Width, Ht: pg.Height})
		d.fontSet = false
		for _, t := range pg.Texts {
			d.text(t)
		}
		for _, r := range pg.Rules {
			d.line(r)
		}
		for _, b := range pg.Boxes {
			for _, side := range [][4]float64{
				{b.X, b.Y, b.X + b.Width, b.Y}, {b.X, b.Y + b.Height, b.X + b.Width, b.Y + b.Height},
				{b.X, b.Y, b.X, b.Y + b.Height}, {b.X + b.Width, b.Y, b.X + b.Width, b.Y + b.Height},
			} {
				d.line(compose.Rule{X1: side[0], Y1: side[1], X2: side[2], Y2: side[3], Width: b.Stroke, Color: b.Color})
			}
		}
		for _, img := range pg.Images { // the signature, then the seal over it
			d.image(img)
		}
	}
}

// line draws a rule, setting the stroke colour only when it changes.
func (d *drawer) line(r compose.Rule) {
	d.doc.SetLineWidth(r.Width)
	if r.Color != d.stroke {
		d.doc.SetDrawColor(int(r.Color.R), int(r.Color.G), int(r.Color.B))
		d.stroke = r.Color
	}
	d.doc.Line(r.X1, r.Y1, r.X2, r.Y2)
}

// text prints one run of text, selecting its font only when it differs
// from the previous run's: fpdf writes a font operator on every call.
func (d *drawer) text(t compose.Text) {
	if !d.fontSet || t.Style != d.style || t.Size != d.size {
		d.doc.SetFont(fontFamily, fontStyle(t.Style), t.Size)
		d.style, d.size, d.fontSet = t.Style, t.Size, true
	}
	if t.Color != d.fill {
		d.doc.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
		d.fill = t.Color
	}
	d.doc.Text(t.X, t.Y, t.Text)
}

// usedStyles returns the font styles the pages print in, so that only
// those are embedded.
func usedStyles(pages []compose.Page) []layout.Style {
	seen := map[layout.Style]bool{}
	for _, pg := range pages {
		for _, t := range pg.Texts {
			seen[t.Style] = true
		}
	}
	var out []layout.Style
	for _, s := range allStyles {
		if seen[s] {
			out = append(out, s)
		}
	}
	return out
}
