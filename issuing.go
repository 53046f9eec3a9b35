package kehoach

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/html"
	"github.com/kehoach/kehoach/render/pdf"
	"github.com/kehoach/kehoach/render/picture"
	"github.com/kehoach/kehoach/render/record"
)

// Issuing is how a plan is prepared for issuing as an electronic
// document (Decree 30, Phụ lục I, mục II.7–8, III.1; Phần II, mục I;
// docs/issuing.md). The zero value prepares nothing beyond the places the
// layout always reserves.
type Issuing struct {
	// Signature and Seal are the signer's signature image and the seal
	// image, PNG files with a transparent background, placed in their
	// boxes in the PDF, the DOCX and the HTML; nil for none. A file that
	// is not a readable PNG is refused ([picture.Error]); what else the
	// decree would object to, [picture.Read] tells.
	Signature, Seal []byte
	// CopyAgency, when set, makes the documents an electronic copy (bản
	// sao điện tử): "SAO Y; <agency>; <time>" at the top right of page
	// 1, in the form CopyForm (SAO Y by default).
	CopyAgency string
	CopyForm   plan.CopyForm
	// AppendixFiles issues each appendix as a file of its own
	// ([AppendixFiles]): the documents hold the plan's own pages.
	AppendixFiles bool
	// SignedAt is the signing time the top-right texts print; zero prints
	// [plan.SignTimePlaceholder], which the agency's system replaces.
	SignedAt time.Time
}

// WithSignature places the signer's signature image (a PNG) in the
// signature box.
func WithSignature(png []byte) Option { return func(s *Settings) { s.Issuing.Signature = png } }

// WithSeal places the seal image (a PNG) over the signature's left third.
func WithSeal(png []byte) Option { return func(s *Settings) { s.Issuing.Seal = png } }

// WithCopy makes the documents an electronic copy of the given form (""
// for SAO Y) by the given agency.
func WithCopy(form plan.CopyForm, agency string) Option {
	return func(s *Settings) { s.Issuing.CopyForm, s.Issuing.CopyAgency = form, agency }
}

// WithAppendixFiles issues the appendices as files of their own: Render
// writes the plan's own pages, [AppendixFiles] each appendix.
func WithAppendixFiles() Option { return func(s *Settings) { s.Issuing.AppendixFiles = true } }

// WithSignedAt sets the signing time the top-right texts print.
func WithSignedAt(t time.Time) Option { return func(s *Settings) { s.Issuing.SignedAt = t } }

// A File is a document of its own that a render makes beside the main
// one: an appendix issued apart. Name is what follows the plan's base
// name and a dot: "phu-luc-1.pdf".
type File struct {
	Name string
	Data []byte
}

// AppendixFiles returns each appendix of p as a document of its own in
// the named format (pdf, docx, html): its pages numbered from 1, at the
// top right of its first page the number and signing time the decree
// prescribes ([plan.Plan.AppendixCorner], 10 pt), its "(Kèm theo …)" line
// unfilled (Mẫu 2.2). A format without appendix files (md, json, record,
// edxml), or a plan without appendices, gives none.
func AppendixFiles(p *plan.Plan, format string, opts ...Option) ([]File, error) {
	f, ok := LookupFormat(format)
	if !ok {
		return nil, &UnknownFormatError{Name: format, Known: formatNames()}
	}
	if f.WriteAppendix == nil || p == nil {
		return nil, nil
	}
	s := settings(opts)
	var out []File
	for i := range p.Appendices {
		var buf bytes.Buffer
		if err := f.WriteAppendix(&buf, p, s, i+1); err != nil {
			return nil, err
		}
		out = append(out, File{Name: fmt.Sprintf("phu-luc-%d%s", i+1, f.Ext), Data: buf.Bytes()})
	}
	return out, nil
}

// formatNames returns the names of every format.
func formatNames() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}

// corner returns the top-right text of the documents' first page: an
// electronic copy's, or none.
func (is *Issuing) corner() string {
	if is.CopyAgency == "" {
		return ""
	}
	return plan.CopyCorner(is.CopyForm, is.CopyAgency, is.SignedAt)
}

// holding is what one document of a render holds: appendix i alone (i >
// 0), the plan without its appendices, or all of it, and the text at the
// top right of its first page.
type holding struct {
	appendix int
	planOnly bool
	corner   string
}

// holds returns what the document holds: appendix i's own file (i > 0),
// or the document, without its appendices when they are issued apart.
func (is *Issuing) holds(p *plan.Plan, i int) holding {
	if i > 0 {
		return holding{appendix: i, corner: p.AppendixCorner(is.SignedAt)}
	}
	return holding{planOnly: is.AppendixFiles, corner: is.corner()}
}

// pictures returns the composition options that place the signature and
// seal images, so that the places follow them as the PDF draws them (the
// seal's box over the signature as drawn: render/layout's
// Layout.Signing).
func (is *Issuing) pictures() []compose.Option {
	var opts []compose.Option
	if is.Signature != nil {
		opts = append(opts, compose.WithSignature(picture.Signature.String(), is.Signature))
	}
	if is.Seal != nil {
		opts = append(opts, compose.WithSeal(picture.Seal.String(), is.Seal))
	}
	return opts
}

// composing returns the composition options of what the document holds.
func (h holding) composing() []compose.Option {
	opts := []compose.Option{compose.WithCorner(h.corner), compose.AppendixOnly(h.appendix)}
	if h.planOnly {
		opts = append(opts, compose.PlanOnly())
	}
	return opts
}

// pdfOptions returns the PDF writer's options for the settings; appendix
// is 0 for the document, i for appendix i's own file.
func pdfOptions(p *plan.Plan, s *Settings, appendix int) []pdf.Option {
	opts := []pdf.Option{pdf.WithLayout(s.pageLayout())}
	if !s.Time.IsZero() {
		opts = append(opts, pdf.WithTime(s.Time))
	}
	h := s.Issuing.holds(p, appendix)
	opts = append(opts, pdf.WithLimits(s.Limits), pdf.WithSignature(s.Issuing.Signature), pdf.WithSeal(s.Issuing.Seal),
		pdf.WithCorner(h.corner), pdf.AppendixOnly(h.appendix))
	if h.planOnly {
		opts = append(opts, pdf.WithoutAppendices())
	}
	return opts
}

// docxOptions returns the DOCX writer's issuing options for the settings:
// none beyond the limits when none is asked for, so that an agency's
// template, which takes none of them, can be filled.
func docxOptions(p *plan.Plan, s *Settings, appendix int) []docx.Option {
	is := &s.Issuing
	opts := []docx.Option{docx.WithLimits(s.Limits)}
	if is.Signature != nil {
		opts = append(opts, docx.WithSignature(is.Signature))
	}
	if is.Seal != nil {
		opts = append(opts, docx.WithSeal(is.Seal))
	}
	h := is.holds(p, appendix)
	if h.corner != "" {
		opts = append(opts, docx.WithCorner(h.corner))
	}
	if h.appendix > 0 {
		opts = append(opts, docx.AppendixOnly(h.appendix))
	}
	if h.planOnly {
		opts = append(opts, docx.WithoutAppendices())
	}
	return opts
}

// htmlOptions returns the HTML writer's issuing options for the settings.
func htmlOptions(p *plan.Plan, s *Settings, appendix int) []html.Option {
	h := s.Issuing.holds(p, appendix)
	return []html.Option{html.WithLimits(s.Limits), html.WithSignature(s.Issuing.Signature), html.WithSeal(s.Issuing.Seal),
		html.Composing(h.composing()...)}
}

// placements lays the plan out as its PDFs print and returns their
// places: the document's, and each appendix file's.
func placements(p *plan.Plan, s *Settings) (compose.Placement, []compose.Placement, error) {
	l := s.pageLayout() // the places where the PDF leaves them
	var out []compose.Placement
	files := 0
	if s.Issuing.AppendixFiles {
		files = len(p.Appendices)
	}
	for i := 0; i <= files; i++ {
		pages, err := compose.Pages(p, l, append(s.Issuing.holds(p, i).composing(), s.Issuing.pictures()...)...)
		if err != nil {
			return compose.Placement{}, nil, err
		}
		out = append(out, compose.PlacementOf(pages))
	}
	return out[0], out[1:], nil
}

// writeRecord writes the Phụ lục VI record and the places of the PDFs
// (docs/issuing.md).
func writeRecord(w io.Writer, p *plan.Plan, s *Settings) error {
	main, files, err := placements(p, s)
	if err != nil {
		return err
	}
	doc := record.Document{Record: record.New(p, main.Pages), Places: record.PlacesOf(main, 0)}
	for i, f := range files {
		doc.AppendixFiles = append(doc.AppendixFiles, record.PlacesOf(f, i+1))
	}
	return record.WriteJSON(w, doc)
}

// writeEdXML writes the edXML message header of the plan.
func writeEdXML(w io.Writer, p *plan.Plan, s *Settings) error {
	main, _, err := placements(p, s)
	if err != nil {
		return err
	}
	return record.WriteEdXML(w, p, record.New(p, main.Pages))
}

// CheckImages reads the signature and seal images of the settings and
// returns what the decree would object to in them (no transparency, ink
// of another colour); a file that is not a readable PNG is the error.
func CheckImages(opts ...Option) ([]picture.Warning, error) {
	s := settings(opts)
	var out []picture.Warning
	for _, img := range []struct {
		data []byte
		role picture.Role
	}{{s.Issuing.Signature, picture.Signature}, {s.Issuing.Seal, picture.Seal}} {
		if img.data == nil {
			continue
		}
		_, warnings, err := picture.Read(img.data, img.role, s.Limits)
		if err != nil {
			return nil, err
		}
		out = append(out, warnings...)
	}
	return out, nil
}
