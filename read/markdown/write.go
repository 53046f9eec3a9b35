package markdown

import (
	"bytes"
	"io"
	"strconv"

	"github.com/kehoach/kehoach/plan"
)

// Write writes p in the authoring format, the format [Read] reads (and
// docs/authoring.md describes): the front matter with every field the
// plan holds, then the body as an author writes it: the legal bases as
// "Căn cứ …" paragraphs, headings "#" to "######" without their automatic
// numbers (or with the labels written, in a plan numbered as written),
// dash and plus paragraphs as lists, numbered paragraphs as ordered lists
// with their numbers, tables in GFM with their merged cells and
// attributes, emphasis, footnotes, and each appendix after its "# Phụ lục:
// …" heading.
//
// Every character is escaped as the reader needs, so that Read gives back
// the plan Write was given: its JSON encoding ([plan.WriteJSON]) is the
// same. The exceptions are what the format has no way to say, listed in
// docs/authoring.md ("Writing a plan back"): the character U+0000 in the
// body, an empty paragraph, a legal basis that does not start with "Căn
// cứ", a role that is not the one the title gives, and the like.
//
// The plan is validated first: nothing is written for an invalid plan,
// whose error is [plan.Errors], unless [WithGaps] says it is an import
// for its author to complete. The document is made in memory and written
// at once. The output is the same for the same plan. Write takes no other
// option ([WithLimits] bounds reading only).
func Write(w io.Writer, p *plan.Plan, opts ...Option) error {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if p == nil {
		return plan.Errors{{Field: "plan", Code: plan.CodeNil, Vi: "không có kế hoạch", En: "no plan"}}
	}
	if !cfg.unchecked {
		if err := p.Validate(); err != nil {
			return err
		}
	}
	mw := writer{labels: map[any]string{}, used: map[string]bool{}, gaps: cfg.gaps}
	mw.out = make([]byte, 0, 4096)
	mw.frontMatter(p)
	mw.body(p)
	mw.footnotes()
	_, err := w.Write(mw.out)
	return err
}

// writer writes one plan.
type writer struct {
	out []byte
	// bodyStarted says a block other than a legal basis was written: a
	// paragraph starting "Căn cứ" is no longer read as a basis.
	bodyStarted bool
	list        listState

	labels map[any]string // each footnote's label, by its ID or itself
	used   map[string]bool
	count  int           // the last number given as a label
	notes  []pendingNote // the footnotes, in the order first referred to

	gaps plan.Errors // an import's problems, written as comments ([WithGaps])
}

// pendingNote is a footnote to define at the end.
type pendingNote struct {
	label string
	text  plan.Text
}

// noteLabel returns the label of a footnote reference: the note's ID
// when it has one that can be a label (the reader gives a note referred
// to twice its label as ID), its number otherwise; the same note keeps
// its label.
func (w *writer) noteLabel(f *plan.Footnote) string {
	var key any = f
	if f.ID != "" {
		key = f.ID
	}
	if label, ok := w.labels[key]; ok {
		return label
	}
	label := f.ID
	if !noteLabelSafe(label) || w.used[label] {
		for w.count++; w.used[strconv.Itoa(w.count)]; w.count++ {
		}
		label = strconv.Itoa(w.count)
	}
	w.labels[key], w.used[label] = label, true
	w.notes = append(w.notes, pendingNote{label: label, text: f.Text})
	return label
}

// footnotes writes the footnote definitions, a line after the last
// reference's: "[^1]: …", lines after a line break indented.
func (w *writer) footnotes() {
	for _, n := range w.notes {
		w.block()
		w.out = append(w.out, "[^"...)
		w.out = append(w.out, n.label...)
		w.out = append(w.out, "]: "...)
		w.out = w.writeText(w.out, n.text, textOptions{place: inParagraph, indent: "    "})
		w.out = append(w.out, '\n')
	}
}

// block starts a block: after a blank line, unless it is the first.
func (w *writer) block() {
	w.list = listState{}
	if len(w.out) > 0 {
		w.out = append(w.out, '\n')
	}
}

// firstLine returns the first line of b.
func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}
