package plan

import (
	"iter"
	"strconv"
	"strings"
)

// TextAt is one piece of text a plan prints: where it is and what it says.
type TextAt struct {
	// Field is its place in the model: "number", "issuer[1]",
	// "signer.name", "sections[0].title", "sections[0].content[2]",
	// "preamble[0].note" (a footnote's text), "appendices[0].title" …
	Field string
	// Line is its source line, 0 when unknown.
	Line int
	// Text is the text as written, without styles.
	Text string
	// Heading says it is a heading's or an appendix's title.
	Heading bool
}

// Texts returns every piece of text the plan prints, as written: first
// the front matter's fields (number and symbol, agency lines, place,
// subject, signer, recipients, archive), then the body and the appendices
// in the order [Plan.Walk] gives (titles, paragraphs, table cells,
// footnotes). A program checks with it what the writers cannot print, as
// the checker looks for control characters and missing glyphs.
func (p *Plan) Texts() iter.Seq[TextAt] {
	return func(yield func(TextAt) bool) {
		if p == nil {
			return
		}
		src := p.Source
		one := func(key, value string) bool {
			return value == "" || yield(TextAt{Field: key, Line: src.FieldLine(key), Text: value})
		}
		lines := func(key string, values []string) bool {
			for i, v := range values {
				f := key + "[" + strconv.Itoa(i) + "]"
				if !yield(TextAt{Field: f, Line: src.FieldLine(f), Text: v}) {
					return false
				}
			}
			return true
		}
		if !one("number", p.Number) || !one("symbol", p.Symbol) ||
			!lines("parent", p.Parent) || !lines("issuer", p.Issuer) ||
			!one("issuer_name", p.IssuerName) || !one("place", p.Place) || !one("subject", p.Subject) ||
			!lines("signer.authority", p.Signer.Authority) || !lines("signer.position", p.Signer.Position) ||
			!one("signer.name", p.Signer.Name) || !lines("recipients", p.Recipients) || !one("archive", p.Archive) {
			return
		}
		text := func(field string, line int, t Text, heading bool) bool {
			if !yield(TextAt{Field: field, Line: line, Text: t.String(), Heading: heading}) {
				return false
			}
			for _, s := range t {
				if s.Note != nil && !yield(TextAt{Field: field + ".note", Line: line, Text: s.Note.Text.String()}) {
					return false
				}
			}
			return true
		}
		for e := range p.Walk() {
			ok := true
			switch n := e.Node.(type) {
			case *Section:
				ok = text(e.Path+".title", e.Line, n.Title, true)
			case *Table:
				for c, cell := range n.Header {
					if ok {
						ok = text(e.Path+".header["+strconv.Itoa(c)+"]", e.Line, cell, false)
					}
				}
				for r, row := range n.Rows {
					for c, cell := range row {
						if ok {
							ok = text(e.Path+".rows["+strconv.Itoa(r)+"]["+strconv.Itoa(c)+"]", e.Line, cell, false)
						}
					}
				}
			case Block:
				ok = text(e.Path, e.Line, BlockText(n), false)
			case nil:
				if e.Kind == KindBasis {
					ok = text(e.Path, e.Line, p.Bases[basisIndex(e.Path)], false)
				}
				if e.Kind == KindAppendix {
					if title := p.Appendices[e.Appendix-1].Title; title != "" {
						ok = yield(TextAt{Field: e.Path + ".title", Line: e.Line, Text: title, Heading: true})
					}
				}
			}
			if !ok {
				return
			}
		}
	}
}

// basisIndex returns i from a basis's path, "bases[i]".
func basisIndex(path string) int {
	n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(path, "bases["), "]"))
	return n
}
