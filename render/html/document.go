package html

import (
	"slices"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
)

// document writes the HTML of composed pages into a buffer.
type document struct {
	buf   []byte // the document, as it is written
	cfg   *config
	pages []compose.Page
	faces []face             // the fonts printed in
	fonts []fontKey          // the font classes, in order of first use
	class map[fontKey]string // their names
	sizes []sizeKey          // the paper sizes, in order of first use
	lines lineBuilder        // reused from line to line
}

// newDocument prepares the writing of pages: the fonts and paper sizes
// they use.
func newDocument(pages []compose.Page, cfg *config) *document {
	f := newFaces(cfg.layout.TextFonts())
	used := f.used(pages, !cfg.fontURL)
	d := &document{buf: make([]byte, 0, estimate(pages, used, cfg)), cfg: cfg, pages: pages, faces: used, class: map[fontKey]string{}}
	d.lines.faces = f
	for _, pg := range pages {
		if k := (sizeKey{round3(pg.Width), round3(pg.Height)}); !slices.Contains(d.sizes, k) {
			d.sizes = append(d.sizes, k)
		}
		for i := range pg.Texts {
			if k := f.keyOf(&pg.Texts[i]); d.class[k] == "" {
				d.class[k] = k.className()
				d.fonts = append(d.fonts, k)
			}
		}
	}
	return d
}

// full writes a complete document: its head (title, author, a policy
// that forbids scripts, the style sheet) and the pages.
func (d *document) full(p *plan.Plan) {
	d.str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
	d.str("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n")
	d.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	d.str("<meta name=\"generator\" content=\"kehoach\">\n")
	if author := infoText(p.Name()); author != "" {
		d.str("<meta name=\"author\" content=\"")
		d.text(author)
		d.str("\">\n")
	}
	d.str("<title>")
	d.text(infoText(p.Subject))
	d.str("</title>\n")
	d.styleSheet(true)
	d.str("</head>\n<body>\n")
	d.root()
	d.str("</body>\n</html>\n")
}

// fragment writes the pages alone, with their scoped style sheet.
func (d *document) fragment() { d.root() }

// root writes the element that holds the pages (and, in a fragment, the
// style sheet).
func (d *document) root() {
	d.str("<div class=\"")
	d.str(rootClass)
	d.str("\" lang=\"vi\"")
	if z := zoom(d.pages, d.cfg); z != 0 {
		d.str(" style=\"--kh-zoom:")
		d.buf = appendFactor(d.buf, z)
		d.str("\"")
	}
	d.str(">\n")
	if d.cfg.fragment {
		d.styleSheet(false)
	}
	for i := range d.pages {
		d.page(&d.pages[i])
	}
	d.str("</div>\n")
}

// page writes one page: its lines of text, then the SVG of its rules and
// boxes, as the PDF draws them.
func (d *document) page(pg *compose.Page) {
	d.str("<div class=\"")
	d.str(pageClass)
	d.str(" ")
	d.str(sizeKey{round3(pg.Width), round3(pg.Height)}.className())
	d.str("\">\n")
	d.lines.reset()
	for i := range pg.Texts {
		if d.lines.add(&pg.Texts[i]) {
			continue
		}
		d.line()
		d.lines.reset()
		d.lines.add(&pg.Texts[i])
	}
	d.line()
	d.strokes(pg)
	d.images(pg)
	d.str("</div>\n")
}

// infoText prepares text for the document's head: on one line (the
// subject may hold line breaks), as the page prints it.
func infoText(s string) string {
	return strings.Join(strings.Fields(compose.Printable(plan.NFC(s))), " ")
}

func (d *document) str(s string) { d.buf = append(d.buf, s...) }

func (d *document) num(v float64) { d.buf = appendNum(d.buf, v) }

func (d *document) text(s string) { d.buf = appendText(d.buf, s) }
