// Package docx writes a plan as a Word document (.docx) in the official
// layout of Decree 30/2020/NĐ-CP, ready to print, sign and stamp, and
// pleasant to edit in Word or LibreOffice.
//
// The document follows Part A of the layout contract, with every number
// read from package layout and every Word style written from its style
// sheet (layout.StyleSheet), and the plan read as its walk gives it
// (plan.Walk: numbering, end mark, footnote numbers): A4, margins
// 20/20/30/15 mm, Times New Roman, body 14 pt justified with a 10 mm
// first-line indent and 6 pt before each paragraph. The header block is a borderless two-column table (the
// agencies and "Số:" on the left, the Quốc hiệu, the Tiêu ngữ and the date
// on the right); the rules under the agency, the Tiêu ngữ and the subject
// are paragraph borders between indents computed from the font metrics.
// The body uses real Word styles (Heading 1–6, Legal Basis, List Dash, …)
// with the numbering the walk gives written out; tables have one or two
// header rows repeated on every page, merged cells (gridSpan, vMerge) and
// the author's column widths; footnotes are Word footnotes; the
// signature row is a table kept whole and with the end of the body, except
// when it cannot share a page with the body's last lines (some fifty
// recipients, [layout.Layout.SignatureFits]): then it may split, starting
// under the body's end; page numbers are a PAGE field centred in the top
// margin from page 2; each appendix is a section of its own, on a new
// page, numbered from 1, landscape or portrait as its author says, or
// landscape when it holds a table too wide for a portrait page.
//
// For an electronic document ([WithSignature], [WithSeal], [WithCorner],
// [AppendixOnly], docs/issuing.md) the signature and seal images are
// floating pictures anchored in the signer's cell, in front of the text,
// where the PDF writer draws them.
//
// Characters that XML 1.0 forbids (control characters other than tab and
// line feed) are removed from the text; a tab prints as a space and a line
// feed as a line break. Output is deterministic: the same plan and options
// give the same bytes.
package docx

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// Option changes how a document is written.
type Option func(*config)

type config struct {
	layout   layout.Layout
	fonts    *layout.Fonts
	created  time.Time
	template []byte
	limits   limits.Limits
	// Electronic issuing (issuing.go).
	signature, seal []byte
	corner          string
	part            int
}

// WithLayout lays the document out with l instead of [layout.Default];
// Write refuses numbers outside the decree's ranges. Give the PDF writer
// the same layout to get the same page.
func WithLayout(l layout.Layout) Option { return func(c *config) { c.layout = l } }

// WithFonts names, for the characters the text font lacks, the fallback
// fonts of f that the PDF prints them from (a CJK font for a Chinese
// name): their runs ask for that font. The document keeps naming Times
// New Roman for its text, whatever f's text font, and its lines are
// measured with Times New Roman's widths. Without it the runs name the
// embedded fallback, DejaVu Sans.
func WithFonts(f *layout.Fonts) Option { return func(c *config) { c.fonts = f } }

// WithLimits reads an agency's template ([WithTemplate]) and the
// signature and seal images within lim instead of [limits.Default]: the
// template's file size, its entries, what its parts inflate to, and how
// many placeholders it holds; the images' sizes.
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }

// WithTime records t as the document's creation and modification time in
// its properties. Without it the properties carry no time, which keeps
// the output byte-identical from run to run.
func WithTime(t time.Time) Option { return func(c *config) { c.created = t } }

// Write validates p and writes it as a DOCX package to w. The document is
// built in memory and written only when complete: on error nothing has
// been written.
func Write(w io.Writer, p *plan.Plan, opts ...Option) error {
	cfg := config{layout: layout.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.fonts == nil {
		cfg.fonts = cfg.layout.Fonts
	}
	cfg.layout.Fonts = wordFonts(cfg.fonts)
	if err := cfg.layout.Check(); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	var buf bytes.Buffer
	var err error
	issuing := cfg.signature != nil || cfg.seal != nil || cfg.corner != "" || cfg.part != 0
	switch {
	case cfg.template != nil && issuing:
		return errTemplateImages
	case cfg.part > len(p.Appendices):
		return fmt.Errorf("docx: the plan has %d appendices, no appendix %d", len(p.Appendices), cfg.part)
	}
	if cfg.template != nil {
		err = fillTemplate(&buf, p, &cfg)
	} else {
		err = writePackage(&buf, p, &cfg)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// writePackage writes the default package: the static template parts,
// compressed once for all documents, and the parts of this plan.
func writePackage(w io.Writer, p *plan.Plan, cfg *config) error {
	pics, err := readPictures(cfg)
	if err != nil {
		return err
	}
	d := newBuilder(&cfg.layout, p)
	d.pictures, d.cornerText, d.part = pics, cfg.corner, cfg.part
	if cfg.part > 0 {
		d.appendixDocument(cfg.part)
	} else {
		d.document()
	}
	z := newPkg(w)
	parts := templates.DocxParts()
	replaced := pictureParts(pics, parts["[Content_Types].xml"], parts["word/_rels/document.xml.rels"])
	dynamic := map[string][]byte{
		"word/document.xml":  []byte(d.b.String()),
		"word/footnotes.xml": d.footnotesXML(),
		"docProps/core.xml":  coreXML(p, cfg.created),
	}
	styles := defaultStyles()
	if !cfg.layout.IsDefault() {
		styles = deflate("word/styles.xml", stylesXML(&cfg.layout))
	}
	// [Content_Types].xml first, as Office writes it; then the rest in a
	// fixed order.
	for _, c := range staticParts() {
		if c.name == "[Content_Types].xml" {
			if err := z.static(c, replaced); err != nil {
				return err
			}
		}
	}
	for _, name := range []string{"docProps/core.xml", "word/document.xml", "word/footnotes.xml"} {
		if err := z.part(name, dynamic[name]); err != nil {
			return err
		}
	}
	if err := z.raw(styles); err != nil {
		return err
	}
	for _, c := range staticParts() {
		if c.name != "[Content_Types].xml" {
			if err := z.static(c, replaced); err != nil {
				return err
			}
		}
	}
	for _, pp := range pics {
		if err := z.part("word/"+pp.file, pp.pic.PNG); err != nil {
			return err
		}
	}
	return z.close()
}

// wordFonts returns the fonts a document is measured with: the embedded
// Liberation Serif, Times New Roman's metric twin, which Word and
// LibreOffice print it in, with the fallbacks of f (nil: the embedded
// ones). The set last built is kept, so that a program giving every
// document the same fonts builds it once.
func wordFonts(f *layout.Fonts) *layout.Fonts {
	if f == nil || f == layout.DefaultFonts() {
		return layout.DefaultFonts()
	}
	lastWordFonts.Lock()
	defer lastWordFonts.Unlock()
	if lastWordFonts.of != f {
		// Liberation Serif has every Vietnamese letter: no error.
		w, _ := layout.NewFonts(layout.DefaultFonts().Main(), f.Fallbacks()...)
		lastWordFonts.of, lastWordFonts.fonts = f, w
	}
	return lastWordFonts.fonts
}

// lastWordFonts is the set wordFonts built last, and the caller's set it
// was built from.
var lastWordFonts struct {
	sync.Mutex
	of, fonts *layout.Fonts
}
