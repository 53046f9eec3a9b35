// Package html writes a plan as an HTML document whose pages are the
// PDF's pages: the same lines on the same baselines, the same page breaks,
// so that what a clerk sees in the browser is, line for line, what prints.
//
// The pages are laid out by package compose, as for render/pdf; this
// package draws them and decides nothing of the layout. Each page is a box
// of the paper's size (A4, or A4 turned for a landscape appendix) holding
// its lines of text, each positioned absolutely with its baseline where
// the composition puts it, in the font the PDF prints the run from (the
// text font, the embedded Liberation Serif or an agency's own given with
// [WithFonts]; or, for a character it lacks, the fallback font the
// composition names, such as DejaVu Sans for ✓) in the run's style, size
// and colour, with kerning and ligatures off, as the PDF draws it. The
// words of a justified line are one run of text whose spaces are widened
// by word-spacing to where the composition placed each word, so the text
// is real text a reader can select, copy and search phrase by phrase. The
// rules, the table borders and the độ khẩn stamp are drawn by an inline
// SVG over each page, stroked as the PDF strokes them.
//
// Printing the document from a browser gives the document: @page rules
// set the paper of each page with no margins of the browser's own, and
// every page box begins a new sheet. On screen the pages stand on a grey
// ground, one under another, each scaled to a width with [ScaleToWidth];
// print stays at full size.
//
// The fonts are embedded in the file (base64 in @font-face rules, only the
// fonts and styles the pages print in, each cut down to the characters
// the pages draw in it, which its unicode-range lists), so that one .html
// works offline, by e-mail and from disk; [WithFontURL] points them at
// URLs of the whole files instead,
// which a service serves once ([Fonts], [FontFiles]). Each font is
// declared under a family name of kehoach's own ("kehoach-serif" for the
// embedded text font, "kehoach-" and the family's name in ASCII letters
// for the others: "kehoach-DejaVuSans"), so that no font installed on the
// reader's machine stands in for it. [Fragment] writes only the pages, for
// embedding in another application's page: a <div class="kehoach"> with
// its own <style>, every rule scoped under that class, and no global
// selector.
//
// Output is deterministic: the same plan and options give the same bytes.
// It holds no script and no event attribute; every text is escaped, and
// each line is drawn left to right as the PDF draws it (bidi-override), so
// no input text can inject markup or reorder what is shown. A full
// document also forbids scripts with a Content-Security-Policy.
package html

import (
	"fmt"
	"io"
	"math"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// Option changes how a document is written.
type Option func(*config)

type config struct {
	layout   layout.Layout
	fragment bool
	fontURL  bool   // fonts linked at fontBase, not embedded
	fontBase string // the URL the font files' names are appended to
	scaled   bool   // pages scaled on screen to width CSS pixels
	width    float64
	// Electronic issuing (images.go): the pictures and what the pages
	// hold.
	signature, seal []byte
	compose         []compose.Option
	limits          limits.Limits
}

// WithLayout lays the pages out with l instead of [layout.Default]; Write
// refuses numbers outside the decree's ranges. Give the PDF writer the
// same layout to get the same pages.
func WithLayout(l layout.Layout) Option {
	return func(c *config) { c.layout = l.FontsOr(c.layout.Fonts) } // WithFonts, before or after
}

// WithFonts prints the pages in fonts of the caller's own, as
// pdf.WithFonts prints the PDF: an agency's text font in its four styles
// and fallback fonts for the characters it lacks ([layout.NewFonts]). The
// lines break where these fonts' widths put them, and the pages declare
// and embed (or, with [WithFontURL], link: [FontFiles] gives the files)
// those the pages print in. Without it the pages print in the embedded
// Liberation Serif, with DejaVu Sans for the characters it lacks.
func WithFonts(f *layout.Fonts) Option { return func(c *config) { c.layout.Fonts = f } }

// WithFontURL links the fonts instead of embedding them: each font's
// file is base followed by its name ([Fonts] gives the names and the
// data, [FontFiles] those of fonts given with [WithFonts]), e.g.
// WithFontURL("/fonts/") gives "/fonts/LiberationSerif-Regular.ttf",
// and "/fonts/DejaVuSans-Regular.ttf" for a ✓. The page is then smaller,
// and a browser fetches each font once for every page that uses it. An
// empty base links the files by bare name, beside the document.
func WithFontURL(base string) Option {
	return func(c *config) { c.fontURL, c.fontBase = true, base }
}

// Fragment writes only the pages, for embedding in another page: a
// <div class="kehoach" lang="vi"> holding a <style> element whose rules
// all apply under that class only, and the pages; no <html>, <head> or
// <body>, and no @page rules (the host page decides how it prints).
func Fragment() Option { return func(c *config) { c.fragment = true } }

// ScaleToWidth shows the pages on screen scaled to px CSS pixels wide
// (the widest page: every page is scaled alike, a landscape page keeps
// its size beside a portrait one). Printing is not scaled. Write refuses
// a width that is not a positive number of at most [MaxWidth] pixels.
func ScaleToWidth(px float64) Option { return func(c *config) { c.scaled, c.width = true, px } }

// MaxWidth is the largest width [ScaleToWidth] accepts, in CSS pixels.
const MaxWidth = 100000

// Write validates p and writes it as HTML to w: a complete document, or
// with [Fragment] the pages only. The document is built in memory and
// written only when complete: on error nothing has been written.
func Write(w io.Writer, p *plan.Plan, opts ...Option) error {
	cfg := config{layout: layout.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.scaled && !(cfg.width > 0 && cfg.width <= MaxWidth) { // NaN fails both
		return fmt.Errorf("html: ScaleToWidth(%v): the width must be a number of CSS pixels above 0 and at most %d", cfg.width, MaxWidth)
	}
	issuing, err := composeOptions(&cfg)
	if err != nil {
		return err
	}
	pages, err := compose.Pages(p, cfg.layout, issuing...)
	if err != nil {
		return err
	}
	d := newDocument(pages, &cfg)
	if cfg.fragment {
		d.fragment()
	} else {
		d.full(p)
	}
	_, err = w.Write(d.buf)
	return err
}

// estimate guesses the document's size, so that the buffer grows once.
func estimate(pages []compose.Page, used []face, cfg *config) int {
	n := 4096
	for _, pg := range pages {
		n += 256 + 48*len(pg.Rules) + 96*len(pg.Boxes)
		for _, img := range pg.Images {
			n += 160 + len(img.PNG)*4/3
		}
		for _, t := range pg.Texts {
			n += 16 + len(t.Text)
		}
	}
	for _, fc := range used {
		if !cfg.fontURL {
			n += dataURLSize(fc.data)
		}
		n += dataURLSize(fc.notdef)
	}
	return n
}

// zoom returns the factor that scales the widest page to cfg.width CSS
// pixels, or 0 when the pages are not scaled.
func zoom(pages []compose.Page, cfg *config) float64 {
	if !cfg.scaled {
		return 0
	}
	widest := 0.0
	for _, pg := range pages {
		widest = math.Max(widest, pg.Width)
	}
	return cfg.width / (widest * pxPerPt)
}

// pxPerPt is the number of CSS pixels in a point: a CSS pixel is 1/96
// inch, a point 1/72.
const pxPerPt = 96.0 / 72.0
