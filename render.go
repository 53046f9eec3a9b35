package kehoach

import (
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	authoring "github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/html"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/markdown"
	"github.com/kehoach/kehoach/render/pdf"
)

// A Format is an output format: its name, the extension and media type
// of what it writes, and its writer.
type Format struct {
	// Name is the format's name on the command line and in the HTTP
	// API, e.g. "pdf".
	Name string
	// Ext is the extension of its files, with the dot: ".pdf".
	Ext string
	// MediaType is its content type, e.g. "application/pdf".
	MediaType string
	// Write renders a plan in the format. It validates the plan and
	// writes nothing on error.
	Write func(w io.Writer, p *plan.Plan, s *Settings) error
	// OnRequest leaves the format out of [DefaultFormats]: it is written
	// only when asked for (the plan's JSON encoding, for programs).
	OnRequest bool
	// WriteAppendix writes appendix i (from 1) alone, as a document of
	// its own ([AppendixFiles]); nil for a format without appendix files.
	WriteAppendix func(w io.Writer, p *plan.Plan, s *Settings, i int) error
}

// Settings are the choices a render passes to a writer; each writer
// reads those it has a use for.
type Settings struct {
	// Layout lays the pages out; the zero value means [layout.Default].
	Layout *layout.Layout
	// Template is an agency's own .docx to fill (DOCX only).
	Template []byte
	// Time is the documents' creation time; zero means a time derived
	// from the plan's date, so that output is deterministic.
	Time time.Time
	// Limits bound what is read: a plan file, an agency's template, the
	// signature and seal images; the zero value means [limits.Default].
	Limits limits.Limits
	// Fonts are the PDF's and the HTML's fonts, an agency's own text font
	// and fallback fonts (layout.NewFonts); nil means the embedded ones.
	// The DOCX names the fallbacks for the characters they print and
	// keeps Times New Roman for the text.
	Fonts *layout.Fonts
	// Issuing prepares the documents for electronic issuing
	// (issuing.go).
	Issuing Issuing
}

// WithLimits reads plans and templates within lim instead of
// [limits.Default].
func WithLimits(lim limits.Limits) Option { return func(s *Settings) { s.Limits = lim } }

// settings applies options.
func settings(opts []Option) *Settings {
	var s Settings
	for _, o := range opts {
		o(&s)
	}
	return &s
}

// An Option changes the [Settings] of a read or a render.
type Option func(*Settings)

// WithLayout lays the documents out with l instead of [layout.Default].
func WithLayout(l layout.Layout) Option { return func(s *Settings) { s.Layout = &l } }

// WithTemplate fills an agency's own .docx template for the DOCX output
// (see docs/templates.md); the other formats keep kehoach's layout.
func WithTemplate(docxTemplate []byte) Option {
	return func(s *Settings) { s.Template = docxTemplate }
}

// WithFonts prints the PDF and the HTML in an agency's own fonts and
// fallback fonts (see [pdf.WithFonts], [html.WithFonts]); the DOCX names
// the fallbacks for the characters they print ([docx.WithFonts]).
func WithFonts(f *layout.Fonts) Option { return func(s *Settings) { s.Fonts = f } }

// pageLayout returns the layout the composed pages are laid out in (the
// PDF's, the HTML's, and the record's places, which must agree): the
// settings' layout or the default, in the settings' fonts when given.
func (s *Settings) pageLayout() layout.Layout {
	l := layout.Default()
	if s.Layout != nil {
		l = *s.Layout
	}
	if s.Fonts != nil {
		l.Fonts = s.Fonts
	}
	return l
}

// WithTime sets the documents' creation time.
func WithTime(t time.Time) Option { return func(s *Settings) { s.Time = t } }

var (
	formatsMu sync.RWMutex
	formats   = []Format{
		{Name: "md", Ext: ".md", MediaType: "text/markdown; charset=utf-8", Write: writeMarkdown},
		{Name: "docx", Ext: ".docx", MediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Write: writeDOCX, WriteAppendix: writeDOCXAppendix},
		{Name: "pdf", Ext: ".pdf", MediaType: "application/pdf", Write: writePDF, WriteAppendix: writePDFAppendix},
		{Name: "html", Ext: ".html", MediaType: "text/html; charset=utf-8", Write: writeHTML, OnRequest: true, WriteAppendix: writeHTMLAppendix},
		{Name: "json", Ext: ".json", MediaType: "application/json", Write: writeJSON, OnRequest: true},
		{Name: "authoring", Ext: ".md", MediaType: "text/markdown; charset=utf-8", Write: writeAuthoring, OnRequest: true},
		// The exchange record of an electronic document (docs/issuing.md).
		{Name: "record", Ext: ".record.json", MediaType: "application/json", Write: writeRecord, OnRequest: true},
		{Name: "edxml", Ext: ".edxml", MediaType: "application/xml", Write: writeEdXML, OnRequest: true},
	}
)

// RegisterFormat adds a format, or replaces the one of the same name.
func RegisterFormat(f Format) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	if i := slices.IndexFunc(formats, func(g Format) bool { return g.Name == f.Name }); i >= 0 {
		formats[i] = f
		return
	}
	formats = append(formats, f)
}

// Formats returns every format, in the order their files are written.
func Formats() []Format {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	return slices.Clone(formats)
}

// DefaultFormats returns the names of the documents rendered when none
// is asked for: every format but those written on request.
func DefaultFormats() []string {
	var names []string
	for _, f := range Formats() {
		if !f.OnRequest {
			names = append(names, f.Name)
		}
	}
	return names
}

// LookupFormat finds a format by name, ignoring case.
func LookupFormat(name string) (Format, bool) {
	for _, f := range Formats() {
		if strings.EqualFold(f.Name, strings.TrimSpace(name)) {
			return f, true
		}
	}
	return Format{}, false
}

// Render writes p to w in the named format ("pdf", "docx", "md",
// "html", "json", "authoring", or a registered one). The document is made
// in memory and
// written only when complete: on error nothing has been written. An
// invalid plan gets its [plan.Errors], an unknown format an
// [*UnknownFormatError].
func Render(w io.Writer, p *plan.Plan, format string, opts ...Option) error {
	f, ok := LookupFormat(format)
	if !ok {
		var names []string
		for _, f := range Formats() {
			names = append(names, f.Name)
		}
		return &UnknownFormatError{Name: format, Known: names}
	}
	return f.Write(w, p, settings(opts))
}

func writeMarkdown(w io.Writer, p *plan.Plan, _ *Settings) error { return markdown.Write(w, p) }

// writeAuthoring writes the plan in the authoring format, which Read
// reads back as the same plan: a plan kept as JSON, or made by a program,
// given to its authors to edit.
func writeAuthoring(w io.Writer, p *plan.Plan, _ *Settings) error { return authoring.Write(w, p) }

// writeJSON writes the plan's JSON encoding, of a valid plan only, as
// every format does.
func writeJSON(w io.Writer, p *plan.Plan, _ *Settings) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return plan.WriteJSON(w, p)
}

func writeDOCX(w io.Writer, p *plan.Plan, s *Settings) error { return writeDOCXAppendix(w, p, s, 0) }

// writeDOCXAppendix writes the DOCX, or with i > 0 appendix i alone.
func writeDOCXAppendix(w io.Writer, p *plan.Plan, s *Settings, i int) error {
	opts := docxOptions(p, s, i)
	if s.Layout != nil {
		opts = append(opts, docx.WithLayout(*s.Layout))
	}
	if !s.Time.IsZero() {
		opts = append(opts, docx.WithTime(s.Time))
	}
	if s.Template != nil {
		opts = append(opts, docx.WithTemplate(s.Template), docx.WithLimits(s.Limits))
	}
	if s.Fonts != nil {
		opts = append(opts, docx.WithFonts(s.Fonts))
	}
	return docx.Write(w, p, opts...)
}

func writePDF(w io.Writer, p *plan.Plan, s *Settings) error { return writePDFAppendix(w, p, s, 0) }

// writePDFAppendix writes the PDF, or with i > 0 appendix i alone.
func writePDFAppendix(w io.Writer, p *plan.Plan, s *Settings, i int) error {
	return pdf.Write(w, p, pdfOptions(p, s, i)...)
}

// writeHTML writes the PDF's pages as an HTML document, in the PDF's
// fonts, embedded.
func writeHTML(w io.Writer, p *plan.Plan, s *Settings) error { return writeHTMLAppendix(w, p, s, 0) }

// writeHTMLAppendix writes the HTML, or with i > 0 appendix i alone.
func writeHTMLAppendix(w io.Writer, p *plan.Plan, s *Settings, i int) error {
	opts := append(htmlOptions(p, s, i), html.WithLayout(s.pageLayout()))
	return html.Write(w, p, opts...)
}
