package plan

import (
	"github.com/kehoach/kehoach/internal/textutil"
	"golang.org/x/text/unicode/norm"
)

// normalize returns s in Unicode NFC. Decomposed Vietnamese (a base letter
// followed by combining marks) prints with misplaced accents in PDF fonts
// and does not match in searches, so every text field is normalised on
// input. The quick check makes this almost free for text that is already
// NFC.
func normalize(s string) string {
	if IsNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsNFC reports whether s is already in Unicode NFC.
func IsNFC(s string) bool { return textutil.IsNFC(s) }

// NFC returns s in Unicode NFC; writers use it on text that may come from a
// plan built in code without [Plan.Normalize].
func NFC(s string) string { return normalize(s) }

// Normalize puts every text field of the plan into Unicode NFC, in place.
// The readers and constructors already do this; call it on a plan built
// from struct literals with text of unknown origin.
func (p *Plan) Normalize() {
	lines := func(ss []string) {
		for i := range ss {
			ss[i] = normalize(ss[i])
		}
	}
	lines(p.Parent)
	lines(p.Issuer)
	p.IssuerName = normalize(p.IssuerName)
	p.Number = normalize(p.Number)
	p.Symbol = normalize(p.Symbol)
	p.Place = normalize(p.Place)
	p.Subject = normalize(p.Subject)
	p.Urgency = Urgency(normalize(string(p.Urgency)))
	p.Type = DocType(normalize(string(p.Type)))
	lines(p.Recipients)
	p.Archive = normalize(p.Archive)
	lines(p.Signer.Authority)
	lines(p.Signer.Position)
	p.Signer.Name = normalize(p.Signer.Name)
	p.MapBodyText(normalize)
}

// MapBodyText replaces, in place, every text of the plan's body with f of
// it: the legal bases, the blocks and titles of the preamble, the
// sections and the appendices, table cells, footnotes' texts. It skips
// nil nodes (Validate reports them).
func (p *Plan) MapBodyText(f func(string) string) {
	for _, t := range p.Bases {
		mapText(t, f)
	}
	for _, b := range p.Preamble {
		mapNode(b, f)
	}
	for _, s := range p.Sections {
		mapNode(s, f)
	}
	for _, a := range p.Appendices {
		if a == nil {
			continue
		}
		a.Title = f(a.Title)
		for _, n := range a.Content {
			mapNode(n, f)
		}
	}
}

func mapNode(n Node, f func(string) string) {
	if n == nil || isNilNode(n) {
		return
	}
	switch n := n.(type) {
	case *Section:
		mapText(n.Title, f)
		for _, c := range n.Content {
			mapNode(c, f)
		}
	case *Paragraph:
		mapText(n.Text, f)
	case *Bullet:
		mapText(n.Text, f)
	case *Numbered:
		mapText(n.Text, f)
	case *Table:
		for _, c := range n.Header {
			mapText(c, f)
		}
		for _, r := range n.Rows {
			for _, c := range r {
				mapText(c, f)
			}
		}
	}
}

// isNilNode reports whether a node holds a nil pointer.
func isNilNode[T Node](node T) bool {
	n := Node(node)
	if s, ok := n.(*Section); ok {
		return s == nil
	}
	b, ok := n.(Block)
	return ok && isNilBlock(b)
}

func mapText(t Text, f func(string) string) {
	for i := range t {
		t[i].Text = f(t[i].Text)
		if t[i].Note != nil {
			mapText(t[i].Note.Text, f)
		}
	}
}
