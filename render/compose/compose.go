// Package compose lays a plan out on pages: every line of text at its
// place, every rule and box, page by page, in the official layout of
// Decree 30/2020/NĐ-CP, as LibreOffice prints the DOCX writer's document
// of the same plan: the same line breaks, lines on the same baselines, the
// same page breaks. A page-based writer draws these pages and decides
// nothing of the layout itself: render/pdf draws them into a PDF, and an
// HTML writer can draw the same pages as absolutely positioned text.
//
// [Pages] reads the plan as [plan.Plan.Walk] gives it (every heading's
// number, every mark, the end mark and the footnote numbers computed
// once, in the model) and every number and style from the layout and its
// style sheet ([layout.StyleSheet]). It places lines as LibreOffice
// places them: the line height of the font's ascent, descent and line
// gap; the larger of two paragraphs' facing spaces; widows and orphans of
// two lines; headings, the title block and the body's last paragraph kept
// with what follows; no space before a paragraph at the top of a
// continued page; footnotes at the foot of the page that refers to them,
// a long one continued on the next; table rows kept whole unless a page
// cannot hold them, the header rows repeated, a merged cell over the
// columns and rows it spans (centred in them, what it lacks given to
// their last row; a page may break between its rows, and it then goes on
// from the top of the next page); the signature row kept with at least
// the body's last two lines, or let split when it cannot share a page
// with them; page numbers centred in the top margin from the second page
// of each section; each appendix on new pages numbered from 1, landscape
// or portrait as its author says, or landscape when it holds a table too
// wide for a portrait page.
//
// # The page model
//
// Lengths are in points (1/72 inch), measured from the page's top-left
// corner, y growing downwards. A page holds:
//
//   - its size, Width × Height (A4, turned for a landscape appendix);
//   - its texts: runs of one font style and size on one baseline, each
//     with the x of its start and the y of its baseline, its width as the
//     font measures it, and its colour. The font is the embedded
//     Liberation Serif ([github.com/kehoach/kehoach/templates.Font]), in
//     the run's style; a footnote number is a run of its own, smaller and
//     raised. Words of a justified line are runs of their own, placed
//     where the justification puts them;
//   - its rules: straight lines of a stroke width and colour (the rules
//     under the agency, the Tiêu ngữ and the subject, table borders, the
//     rule over the footnotes), centred on the line between their ends;
//   - its boxes: rectangles stroked in a colour (the độ khẩn stamp);
//   - its images: the signer's signature and the seal, drawn last, the
//     seal over the signature, when [WithSignature] and [WithSeal] give
//     them;
//   - its places: the rectangles the layout reserves for what is added
//     when the document is issued electronically (the blanks of the
//     number and date, the signature and seal boxes, the top-right text
//     of an appendix file or a copy), each with its [PlaceKind]; [Places]
//     lists them with their pages, for a signing tool that stamps and
//     signs there without guessing.
//
// Text is what the page shows: a tab is a space, control and invisible
// format characters are left out, and a character beyond the Basic
// Multilingual Plane (an emoji), which the font cannot print, is U+FFFD.
package compose

import (
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// Page is one laid-out page, ready to draw.
type Page struct {
	// Width and Height are the paper's size in points: A4 portrait, or
	// landscape for an appendix with a wide table.
	Width, Height float64
	// Landscape says the page is turned.
	Landscape bool
	// Section is 0 on the plan's own pages and i on the i-th appendix's:
	// each section is numbered on its own.
	Section int
	// Number is the page's number within its section, from 1. From the
	// section's second page on it is printed, centred in the top margin,
	// as the first of Texts (Decree 30 prints none on a first page).
	Number int
	// Texts are the page's runs of text, in reading order (the page
	// number first).
	Texts []Text
	// Rules are the page's straight lines.
	Rules []Rule
	// Boxes are the page's stroked rectangles.
	Boxes []Box
	// Images are the page's pictures, drawn after its text, rules and
	// boxes, in order: the signature, then the seal over it.
	Images []Image
	// Places are the rectangles of the page that the layout reserves
	// (places.go).
	Places []Place
}

// Text is a run of text in one font style and size on one baseline.
type Text struct {
	// X is where the run starts and Y its baseline, in points from the
	// page's top-left corner.
	X, Y float64
	// Text is what the run prints, without line breaks.
	Text string
	// Style is the run's font style (bold, italic) and Size its size in
	// points.
	Style layout.Style
	Size  float64
	// Width is the run's advance width in points, as the font measures
	// it: a drawer whose font measures otherwise can fit the run to it.
	Width float64
	// Color is the run's colour; the zero value is black.
	Color layout.RGB
	// Font is the family name of the fallback font the run prints from
	// (layout.Fonts.Family finds its files), for characters the text font
	// lacks ("✓" from DejaVu Sans); empty for the text font itself. A run
	// prints from one font: a text is cut where the font changes.
	Font string
}

// Rule is a straight line from (X1, Y1) to (X2, Y2), in points from the
// page's top-left corner, stroked Width points wide and centred on that
// line.
type Rule struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          layout.RGB // the zero value is black
}

// Box is a rectangle whose top-left corner is at (X, Y), in points from
// the page's top-left corner, Width wide and Height tall, its sides
// stroked Stroke points wide (centred on them) in Color; it is not
// filled.
type Box struct {
	X, Y, Width, Height float64
	Stroke              float64
	Color               layout.RGB
}

// Pages checks the layout ([layout.Layout.Check]) and validates the plan
// ([plan.Plan.Validate]), and lays the plan out on pages: the plan's own,
// then each appendix's; the options prepare them for electronic issuing
// (issuing.go). On error there are no pages.
func Pages(p *plan.Plan, l layout.Layout, opts ...Option) ([]Page, error) {
	if err := l.Check(); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var is issuing
	for _, o := range opts {
		o(&is)
	}
	if is.part > len(p.Appendices) {
		return nil, noAppendix(is.part, len(p.Appendices))
	}
	laid := layOutWith(p, &l, &is)
	out := make([]Page, len(laid))
	for i, pg := range laid {
		out[i] = pg.Page
	}
	return out, nil
}

// layOut lays a valid plan out on pages, with their numbers and
// footnotes.
func layOut(p *plan.Plan, l *layout.Layout) []*page { return layOutWith(p, l, &issuing{}) }

// layOutWith lays a valid plan out as the options ask.
func layOutWith(p *plan.Plan, l *layout.Layout, is *issuing) []*page {
	pages, b := paginateWith(p, l, is)
	finish(pages, b)
	return pages
}

// paginate places a valid plan's body, signature and appendices on pages,
// before the page numbers and footnotes are added.
func paginate(p *plan.Plan, l *layout.Layout) ([]*page, *builder) {
	return paginateWith(p, l, &issuing{})
}

// paginateWith places what the options ask for.
func paginateWith(p *plan.Plan, l *layout.Layout, is *issuing) ([]*page, *builder) {
	b := newBuilder(p, l)
	b.is = is
	pg := &pager{b: b}
	for i, s := range b.sections() {
		if !is.keepSection(i) {
			continue
		}
		pg.newSection(s.l, i)
		pg.placeCorner(is.corner)
		pg.flow(s.blocks)
	}
	return pg.pages, b
}

// finish adds to each page what is placed once its content is known: the
// page number centred in the top margin, from the second page of each
// section (Decree 30), and the footnotes at the foot under a short rule.
func finish(pages []*page, b *builder) {
	st := b.sheet.Style(layout.PageNumber)
	for _, pg := range pages {
		if pg.Number > 1 {
			l := pg.l
			num := itoa(pg.Number)
			w := b.l.TextFonts().Metrics(st.Face()).Width(num, st.Size)
			x := l.Margins.Left + (l.TextWidth()-w)/2 // centred
			number := Text{X: x, Y: l.HeaderDistance + baseline(b.l.TextFonts(), st.Size), Text: num, Style: st.Face(), Size: st.Size, Width: w}
			pg.Texts = append(pg.Texts, Text{}) // room, mostly kept at the page's making
			copy(pg.Texts[1:], pg.Texts)
			pg.Texts[0] = number
		}
		placeNotes(pg, b)
	}
}
