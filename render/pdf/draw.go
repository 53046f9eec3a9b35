package pdf

import (
	"codeberg.org/go-pdf/fpdf"

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

// finish adds to each page what is placed once its content is known: the
// page number centred in the top margin, from the second page of each
// section (Decree 30), and the footnotes at the foot under a short rule.
func finish(pages []*page, b *builder) {
	for _, pg := range pages {
		if !pg.first {
			l := pg.l
			num := itoa(pg.number)
			st := b.sheet.Style(layout.PageNumber)
			w := layout.FontMetrics(st.Face()).Width(num, st.Size)
			x := l.Margins.Left + (l.TextWidth()-w)/2 // centred
			number := textItem{x: x, y: l.HeaderDistance + baseline(st.Size), text: num, style: st.Face(), size: st.Size}
			pg.texts = append([]textItem{number}, pg.texts...)
		}
		placeNotes(pg, b)
	}
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

// draw writes the finished pages into the document.
func draw(doc *fpdf.Fpdf, pages []*page) {
	d := &drawer{doc: doc}
	for _, pg := range pages {
		d.doc.AddPageFormat("P", fpdf.SizeType{Wd: pg.l.PageWidth, Ht: pg.l.PageHeight})
		d.fontSet = false
		for _, t := range pg.texts {
			d.text(t)
		}
		for _, r := range pg.rules {
			d.doc.SetLineWidth(r.width)
			if r.color != d.stroke {
				d.doc.SetDrawColor(int(r.color.R), int(r.color.G), int(r.color.B))
				d.stroke = r.color
			}
			d.doc.Line(r.x1, r.y1, r.x2, r.y2)
		}
	}
}

// text prints one piece of text, selecting its font only when it differs
// from the previous piece's: fpdf writes a font operator on every call.
func (d *drawer) text(t textItem) {
	if !d.fontSet || t.style != d.style || t.size != d.size {
		d.doc.SetFont(fontFamily, fontStyle(t.style), t.size)
		d.style, d.size, d.fontSet = t.style, t.size, true
	}
	if t.color != d.fill {
		d.doc.SetTextColor(int(t.color.R), int(t.color.G), int(t.color.B))
		d.fill = t.color
	}
	d.doc.Text(t.x, t.y, t.text)
}

// usedStyles returns the font styles the finished pages print in, so
// that only those are embedded.
func usedStyles(pages []*page) []layout.Style {
	seen := map[layout.Style]bool{}
	for _, pg := range pages {
		for _, t := range pg.texts {
			seen[t.style] = true
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
