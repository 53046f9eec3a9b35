package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

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
	doc   *fpdf.Fpdf
	fonts *layout.Fonts
	face  *layout.Font // the document's current font, nil before the page's first run
	size  float64
	// fill and stroke are the current text and line colours; fpdf
	// starts with black, the zero value.
	fill, stroke layout.RGB
}

// draw writes the composed pages into the document: each page's texts,
// then its rules, then its boxes, each box as its four sides.
func draw(doc *fpdf.Fpdf, fonts *layout.Fonts, pages []compose.Page) {
	d := &drawer{doc: doc, fonts: fonts}
	for _, pg := range pages {
		d.doc.AddPageFormat("P", fpdf.SizeType{Wd: pg.Width, Ht: pg.Height})
		d.face = nil
		for i := range pg.Texts {
			d.text(&pg.Texts[i])
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

// text prints one run of text, from the font it names (the text font or
// a fallback), selecting the font only when it differs from the previous
// run's: fpdf writes a font operator on every call.
func (d *drawer) text(t *compose.Text) {
	if face := faceOf(d.fonts, t); face != d.face || t.Size != d.size {
		d.doc.SetFont(familyKey(face), fontStyle(face.Style), t.Size)
		d.face, d.size = face, t.Size
	}
	if t.Color != d.fill {
		d.doc.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
		d.fill = t.Color
	}
	d.doc.Text(t.X, t.Y, t.Text)
}
