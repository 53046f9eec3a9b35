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

// draw writes the pages into the document.
func draw(doc *fpdf.Fpdf, pages []*page, b *builder) {
	for _, pg := range pages {
		l := pg.l
		doc.AddPageFormat("P", fpdf.SizeType{Wd: l.PageWidth, Ht: l.PageHeight})
		if !pg.first { // page numbers from the second page of each section
			num := itoa(pg.number)
			size := b.l.PageNumberSize
			w := layout.FontMetrics(layout.Regular).Width(num, size)
			x := l.Margins.Left + (l.TextWidth()-w)/2
			text(doc, textItem{x: x, y: l.HeaderDistance + baseline(size), text: num, size: size})
		}
		for _, t := range pg.texts {
			text(doc, t)
		}
		for _, r := range pg.rules {
			doc.SetLineWidth(r.width)
			doc.Line(r.x1, r.y1, r.x2, r.y2)
		}
		drawNotes(doc, pg, b)
	}
}

// drawNotes prints a page's footnotes at its foot, under a short rule.
func drawNotes(doc *fpdf.Fpdf, pg *page, b *builder) {
	if len(pg.notes) == 0 {
		return
	}
	l := pg.l
	p := &pager{b: b, l: l}
	top := l.PageHeight - l.Margins.Bottom - p.notesTotal(pg.notes)
	sep := lineHeight(b.l.BodySize)
	doc.SetLineWidth(b.l.RuleWidth)
	doc.Line(l.Margins.Left, top+sep/2, l.Margins.Left+b.l.FootnoteRule, top+sep/2)
	y := top + sep
	for _, ref := range pg.notes {
		np := b.notePara(ref, l.TextWidth())
		for k := range np.lines {
			for _, t := range lineTexts(np, k, l.Margins.Left, y+baseline(np.size)) {
				text(doc, t)
			}
			y += np.lineHeight()
		}
	}
}

func text(doc *fpdf.Fpdf, t textItem) {
	doc.SetFont(fontFamily, fontStyle(t.style), t.size)
	doc.Text(t.x, t.y, t.text)
}

// usedStyles returns the font styles the pages print in, so that only
// those are embedded.
func usedStyles(pages []*page) []layout.Style {
	seen := map[layout.Style]bool{layout.Regular: true} // page numbers
	for _, pg := range pages {
		for _, t := range pg.texts {
			seen[t.style] = true
		}
	}
	var out []layout.Style
	for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
		if seen[s] {
			out = append(out, s)
		}
	}
	return out
}

