// Package structure recognises the structure of an existing document, a
// flow of paragraphs and tables (package flow) read from a text or a Word
// file, and builds the plan it is: the header's agency lines, the
// Quốc hiệu and Tiêu ngữ (recognised, not kept), "Số:" into number and
// symbol, the place and date, the urgency mark, the type name and the
// subject, the legal bases and the lead-in, the body's headings by their
// written labels (I./1./a)/-/+, "1.1.", A./B., "Phần I", "(1)") and its
// paragraphs, bullets and tables, footnotes, "Nơi nhận:" with its items
// and the "Lưu:" line, the signer's authority lines, position and name,
// and the appendices.
//
// It never guesses silently: a field it finds no trace of is left empty
// and reported as a problem of code "not-found" that names it.
package structure

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// Plan builds the plan a document's flow holds; file names the source in
// messages. The problems name each field it could not find.
func Plan(doc *flow.Document, file string) (*plan.Plan, plan.Errors) {
	r := &recogniser{doc: doc, p: &plan.Plan{Source: &plan.Source{File: file, Keys: map[string]int{}}}}
	normalizeFlow(doc.Blocks) // a Word file keeps its text as typed, decomposed or not
	if doc.Paragraphs {
		doc.Blocks = joinLines(doc.Blocks) // a Word file made from a PDF: a paragraph a line
	}
	r.items = flatten(doc.Blocks)
	r.recognise()
	r.p.Normalize()
	return r.p, r.problems.Sorted()
}

// recogniser holds a document being recognised.
type recogniser struct {
	doc      *flow.Document
	p        *plan.Plan
	items    []item
	problems plan.Errors
	// notes are the footnotes met so far, by label: a note referred to
	// twice is one.
	notes map[string]*plan.Footnote
	// written says some heading's label is not the one automatic
	// numbering gives it.
	written bool
}

// missing reports a field the document has no trace of.
func (r *recogniser) missing(field, vi, en string) {
	r.problems.Add(0, field, plan.CodeNotFound, vi, en)
}

// recognise finds the document's parts in order: what comes before the
// document, the header, the title and subject, the body, the recipients
// and signer, the appendices.
func (r *recogniser) recognise() {
	items := r.items
	title := findTitle(items)
	var body []item
	if title < 0 {
		r.missing("type", "không tìm thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO…): văn bản thiếu phần đầu", "no type name (KẾ HOẠCH, BÁO CÁO…) found: the document has no header")
		body = trimChrome(items)
		r.header(nil)
	} else {
		start := headerStart(items[:title])
		r.header(items[start:title])
		next := r.titleBlock(items, title)
		body = items[next:]
	}
	main, sign, appendices := splitTail(body)
	r.body(main)
	r.signature(sign)
	r.appendices(appendices)
	r.numbering()
	dropEndMarks(r.p)
	if len(r.p.Recipients) == 0 && r.p.Archive == "" {
		r.missing("recipients", "không tìm thấy \"Nơi nhận:\"", "no \"Nơi nhận:\" (recipients) found")
	}
	if r.p.Signer.Name == "" && len(r.p.Signer.Position) == 0 {
		r.missing("signer", "không tìm thấy phần chữ ký (chức vụ và họ tên người ký)", "no signer (position and name) found")
	}
}

// dropEndMarks takes the end mark "./." off the body's last paragraph and
// each appendix's: the writers put it where the decree does.
func dropEndMarks(p *plan.Plan) {
	p.Preamble = dropMarkLine(p.Preamble)
	for _, s := range p.Sections {
		dropMarkInSection(s)
	}
	for _, a := range p.Appendices {
		a.Content = dropMarkLine(a.Content)
		for _, n := range a.Content {
			if s, ok := n.(*plan.Section); ok {
				dropMarkInSection(s)
			}
		}
	}
	drop := func(nodes plan.Nodes) {
		last := plan.LastNode(nodes)
		switch b := last.(type) {
		case *plan.Paragraph:
			b.Text = withoutEndMark(b.Text)
		case *plan.Bullet:
			b.Text = withoutEndMark(b.Text)
		case *plan.Numbered:
			b.Text = withoutEndMark(b.Text)
		case *plan.Section: // a heading last, nothing under it: "2. Thể thao./."
			if t := withoutEndMark(b.Title); len(t) > 0 && t.String() != b.Title.String() {
				for k := len(t) - 1; k >= 0; k-- { // the period is the last text's, before any note's mark
					if t[k].Note == nil {
						t[k].Text = strings.TrimSuffix(t[k].Text, ".")
						break
					}
				}
				b.Title = t
			}
		}
	}
	drop(p.Body())
	for _, a := range p.Appendices {
		drop(a.Content)
	}
}

// withoutEndMark returns t without a final "./." (and the space before
// it), keeping a final period: "thực hiện./." becomes "thực hiện.".
func withoutEndMark(t plan.Text) plan.Text {
	for i := len(t) - 1; i >= 0; i-- {
		if t[i].Note != nil {
			continue
		}
		s := strings.TrimRight(t[i].Text, " ")
		if !strings.HasSuffix(s, "./.") && !strings.HasSuffix(s, "/.") {
			return t
		}
		out := append(plan.Text(nil), t...)
		switch {
		case strings.HasSuffix(s, "./."):
			out[i].Text = strings.TrimRight(strings.TrimSuffix(s, "/."), " ")
		default:
			out[i].Text = strings.TrimRight(strings.TrimSuffix(s, "/."), " ") + "."
		}
		return out.Compact()
	}
	return t
}

// dropMarkLine drops a last block that is the end mark alone, as the
// writers print it after a table or a heading.
func dropMarkLine[N plan.Node](nodes []N) []N {
	if n := len(nodes); n > 0 {
		if para, ok := any(nodes[n-1]).(*plan.Paragraph); ok && strings.TrimSpace(para.Text.String()) == plan.EndMark {
			return nodes[:n-1]
		}
	}
	return nodes
}

func dropMarkInSection(s *plan.Section) {
	s.Content = dropMarkLine(s.Content)
	for _, n := range s.Content {
		if c, ok := n.(*plan.Section); ok {
			dropMarkInSection(c)
		}
	}
}

// normalizeFlow puts the flow's text in Unicode NFC, in place, so that
// "KẾ HOẠCH" typed as letters and combining marks is the title too; the
// non-breaking spaces are plain ones; the tabs and spaces a paragraph opens with (an indent typed, not set) are
// left out, and so are those it ends with; the spaces between a bold or italic span and a plain one
// belong to the plain one ([plainSpaces]).
func normalizeFlow(blocks []flow.Block) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *flow.Para:
			for i := range b.Text {
				b.Text[i].Text = fixedSpaces.Replace(plan.NFC(b.Text[i].Text))
			}
			b.Text = plainSpaces(b.Text)
			for n := len(b.Text); n > 0 && b.Text[n-1].Note == nil; n-- { // spaces at the end print nothing
				if b.Text[n-1].Text = strings.TrimRight(b.Text[n-1].Text, " \t"); b.Text[n-1].Text != "" {
					break
				}
				b.Text = b.Text[:n-1]
			}
			for len(b.Text) > 0 && b.Text[0].Note == nil {
				b.Text[0].Text = strings.TrimLeft(b.Text[0].Text, " \t")
				if b.Text[0].Text != "" {
					break
				}
				b.Text = b.Text[1:]
			}
			b.Label = plan.NFC(b.Label)
		case *flow.Table:
			for _, row := range b.Rows {
				for _, c := range row {
					if c != nil {
						normalizeFlow(c.Blocks)
					}
				}
			}
		}
	}
}

// fixedSpaces makes the fixed-width and non-breaking spaces a word
// processor keeps ("Số:\u00a0125", "1.\u00a0Mục đích") plain spaces, and
// its non-breaking hyphen ("KH\u2011UBND", as LibreOffice exports Word's)
// a plain hyphen: they print as one, and the header's and labels'
// patterns read spaces and hyphens. A soft hyphen prints nothing.
var fixedSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2011", "-", "\u00ad", "")

// plainSpaces moves the spaces at the edge of a bold or italic span into
// the plain span beside it, and drops the spans that leaves empty: a
// Word file often has the space after "Địa điểm:" in the bold run, which
// prints the same but would make the emphasis of the authoring format
// end in a space, which CommonMark does not allow without escaping it.
func plainSpaces(t plan.Text) plan.Text {
	styled := func(s plan.Span) bool { return s.Note == nil && (s.Bold || s.Italic) }
	plain := func(s plan.Span) bool { return s.Note == nil && !s.Bold && !s.Italic }
	for i := 0; i+1 < len(t); i++ {
		a, b := &t[i], &t[i+1]
		switch {
		case styled(*a) && plain(*b):
			if trimmed := strings.TrimRight(a.Text, " "); len(trimmed) < len(a.Text) {
				b.Text = a.Text[len(trimmed):] + b.Text
				a.Text = trimmed
			}
		case plain(*a) && styled(*b):
			if trimmed := strings.TrimLeft(b.Text, " "); len(trimmed) < len(b.Text) {
				a.Text += b.Text[:len(b.Text)-len(trimmed)]
				b.Text = trimmed
			}
		}
	}
	out := t[:0]
	for _, s := range t {
		if s.Text != "" || s.Note != nil {
			out = append(out, s)
		}
	}
	return out
}
