// Package pdf writes a plan as a PDF in the official layout of Decree
// 30/2020/NĐ-CP, with no outside program, looking as the DOCX writer's
// document looks when LibreOffice prints it: the same layout numbers, the
// same line breaks, lines on the same baselines, the same page count. (On
// plans LibreOffice itself lays out against the decree, such as fifty
// empty parts, kehoach keeps the rule and may use fewer pages.)
//
// The pages are laid out by package compose, which places every line,
// rule and box: the header block with its rules, "Số:" and the date on
// one baseline, the title and subject, the body, footnotes at the foot of
// their page, tables whose header rows repeat, with merged cells, the
// signature row, page
// numbers from page 2, appendices on new pages numbered from 1. This
// package draws those pages, and decides nothing of the layout: text in
// Liberation Serif 2.1.5, metric-compatible with Times New Roman and
// embedded (only the styles the plan uses, as subsets), so that bold and
// italic mix within a justified paragraph.
//
// For an electronic document ([WithSignature], [WithSeal], [WithCorner],
// [AppendixOnly], docs/issuing.md) it draws the signer's signature and the
// seal in the boxes the layout reserves, and [WriteWithPlaces] tells where
// every place prints.
//
// Output is deterministic: the same plan and options give the same bytes.
// Write may be called from many goroutines at once; as many documents as
// there are processors are made at a time, the others wait, so that a
// service rendering many plans at once holds the memory of a few.
// The document's title is the subject, its author the issuing agency, its
// language vi-VN.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// Option changes how a document is written.
type Option func(*config)

type config struct {
	layout          layout.Layout
	time            time.Time
	signature, seal []byte
	compose         []compose.Option
	limits          limits.Limits
}

// WithLayout lays the document out with l instead of [layout.Default];
// Write refuses numbers outside the decree's ranges. Give the DOCX writer
// the same layout to get the same page.
func WithLayout(l layout.Layout) Option {
	return func(c *config) { c.layout = l.FontsOr(c.layout.Fonts) } // WithFonts, before or after
}

// WithFonts prints the document in fonts of the caller's own: an
// agency's TrueType fonts for the four styles, and fallback fonts for the
// characters they lack (a CJK font for a Chinese name), tried in order
// ([layout.NewFonts]). The layout measures the text with them, so lines
// break where these fonts' widths put them. Without it the document
// prints in the embedded Liberation Serif, with DejaVu Sans for the
// characters it lacks. Build the set once and give it to every document:
// building it measures every character of every font.
func WithFonts(f *layout.Fonts) Option { return func(c *config) { c.layout.Fonts = f } }

// WithTime sets the document's creation and modification dates. Without
// it both are the plan's date (blank parts taken as 1), or 1 January 2000
// for a plan without a date: fixed, so that the output is deterministic.
func WithTime(t time.Time) Option { return func(c *config) { c.time = t } }

// Write validates p and writes it as PDF to w. The document is built in
// memory and written only when complete: on error nothing has been
// written.
func Write(w io.Writer, p *plan.Plan, opts ...Option) error {
	_, err := WriteWithPlaces(w, p, opts...)
	return err
}

// WriteWithPlaces writes p as [Write] does and returns where the places
// the layout reserves print: the blanks of the number and date, the
// signature and seal boxes, the top-right text, in points from each
// page's top-left corner, and the page count. A signing tool or an
// e-office stamps and signs there without guessing.
func WriteWithPlaces(w io.Writer, p *plan.Plan, opts ...Option) (compose.Placement, error) {
	// A document takes some 28 MB of fpdf's work on its fonts, most of it
	// garbage when the document is done: laying out and drawing more
	// documents at once than there are processors gains no time and
	// holds that much more memory (200 renders at once held 1.1 GB).
	// The others wait their turn, holding nothing but their plan.
	slots := renderSlots()
	slots <- struct{}{}
	defer func() { <-slots }()
	cfg := config{layout: layout.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	issuing, err := issuingOptions(&cfg)
	if err != nil {
		return compose.Placement{}, err
	}
	pages, err := compose.Pages(p, cfg.layout, issuing...)
	if err != nil {
		return compose.Placement{}, err
	}
	if err := writePages(w, p, &cfg, pages); err != nil {
		return compose.Placement{}, err
	}
	return compose.PlacementOf(pages), nil
}

// writePages draws composed pages into a PDF and writes it to w.
func writePages(w io.Writer, p *plan.Plan, cfg *config, pages []compose.Page) error {
	l := cfg.layout
	doc := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: l.PageWidth, Ht: l.PageHeight}})
	doc.SetAutoPageBreak(false, 0)
	doc.SetMargins(0, 0, 0)
	doc.SetCatalogSort(true)
	stamp := documentTime(p, cfg.time)
	doc.SetCreationDate(stamp)
	doc.SetModificationDate(stamp)
	doc.SetTitle(infoText(p.Subject), true)
	doc.SetAuthor(infoText(p.Name()), true)
	doc.SetCreator("kehoach", true)
	doc.SetProducer("kehoach", true)
	doc.SetLang("vi-VN")
	fonts := l.TextFonts()
	if err := addFonts(doc, usedFonts(fonts, pages)); err != nil {
		return err
	}
	out, err := output(doc, fonts, pages)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// output draws the pages and returns the finished file. fpdf reports most
// failures through doc.Err, but a few of its code paths panic; those are
// turned into errors too, so that Write never panics.
func output(doc *fpdf.Fpdf, fonts *layout.Fonts, pages []compose.Page) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: fpdf failed: %v", r)
		}
	}()
	registerImages(doc, pages)
	draw(doc, fonts, pages)
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// renderSlots holds a token for each document being laid out and drawn:
// as many as the process has processors (GOMAXPROCS when first asked),
// and at least two.
var renderSlots = sync.OnceValue(func() chan struct{} {
	return make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))
})

// infoText prepares text for the document information: on one line (the
// subject may hold line breaks), as the page prints it.
func infoText(s string) string {
	return strings.Join(strings.Fields(compose.Printable(plan.NFC(s))), " ")
}

// documentTime returns the dates recorded in the document.
func documentTime(p *plan.Plan, t time.Time) time.Time {
	if !t.IsZero() {
		return t.UTC()
	}
	d := p.Date
	if d.Year == 0 {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}
