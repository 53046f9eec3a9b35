// Package text reads a plan from plain text: the text agencies copy from
// portals and PDFs (the seeds and real plans in the project's reference
// material are such text). It recovers the whole document into the model
// of package plan: the header's agency lines, "Số:", the place and date,
// the type name and the subject, the legal bases, the body's structure
// from its written labels, tables written with pipes or tabs, footnotes
// written "[1]", the recipients, the signer and the appendices.
//
// It is tolerant of what real text carries: text before and after the
// document (a web page's headline, dates and view counts), lines
// hard-wrapped by a PDF, a two-column header laid out with spaces,
// doubled spaces, page numbers between pages, a missing header. It never
// fails on readable text: what it could not find is left empty and
// reported as a problem that names the field ("no 'Số:' line found"),
// never guessed silently.
package text

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
	"github.com/kehoach/kehoach/read/internal/structure"
)

// Option changes how [Read] reads.
type Option func(*config)

type config struct{ limits limits.Limits }

// WithLimits reads within lim instead of [limits.Default].
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }

// Read reads a plan from text: UTF-8 (with or without a byte order mark)
// or UTF-16 with a byte order mark. The plan holds what could be
// recovered; the error, [plan.Errors], names each field that could not be
// found and every problem validation finds in what was. Text that is not
// readable (not UTF-8 nor UTF-16, or past the limits) gets an error too,
// with an empty plan.
func Read(src []byte, file string, opts ...Option) (*plan.Plan, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	lim := cfg.limits.Or()
	empty := &plan.Plan{Source: &plan.Source{File: file, FrontMatterBroken: true, BodyBroken: true}}
	if e := plan.SizeError(len(src), lim); e != nil {
		return empty, plan.Errors{e}.WithFile(file)
	}
	src, err := decode(src)
	if err != nil {
		return empty, err.WithFile(file)
	}
	markdown := isMarkdown(src)
	if e := prescan(src, markdown, lim); e != nil {
		return empty, plan.Errors{e}.WithFile(file)
	}
	var doc *flow.Document
	if markdown {
		doc = markdownFlow(src)
	} else {
		doc = Flow(src)
	}
	p, problems := structure.Plan(doc, file)
	if e := plan.CheckCounts(p, lim); e != nil {
		return p, plan.Errors{e}.WithFile(file)
	}
	return p, plan.MergeProblems(problems, plan.AsErrors(p.Validate())).WithFile(file).Err()
}

// decode returns the text as UTF-8 in NFC, with LF line ends: UTF-16
// with a byte order mark is decoded, a UTF-8 one dropped.
func decode(src []byte) ([]byte, plan.Errors) {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return nil, plan.Errors{{Code: plan.CodeInvalidUTF8,
				Vi: "tệp UTF-16 bị hỏng: lưu lại tệp dưới dạng UTF-8", En: "damaged UTF-16 text: save the file as UTF-8"}}
		}
		src = out
	default:
		src = bytes.TrimPrefix(src, []byte("\uFEFF"))
		if errs := plan.CheckUTF8(src); errs != nil {
			return nil, errs
		}
	}
	if !utf8.Valid(src) {
		return nil, plan.CheckUTF8(src)
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	if bytes.IndexFunc(src, textutil.Invisible) >= 0 { // zero-width spaces, soft hyphens: text copied from the web
		src = []byte(textutil.DropIgnorable(string(src)))
	}
	return norm.NFC.Bytes(src), nil
}
