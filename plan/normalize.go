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
	for _, t := range p.Bases {
		normalizeText(t)
	}
	for _, b := range p.Preamble {
		normalizeNode(b)
	}
	for _, s := range p.Sections {
		normalizeNode(s)
	}
	for _, a := range p.Appendices {
		if a == nil {
			continue // Validate reports it
		}
		a.Title = normalize(a.Title)
		for _, n := range a.Content {
			normalizeNode(n)
		}
	}
}

func normalizeNode(n Node) {
	if n == nil || isNilNode(n) {
		return // Validate reports it
	}
	switch n := n.(type) {
	case *Section:
		normalizeText(n.Title)
		for _, c := range n.Content {
			normalizeNode(c)
		}
	case *Paragraph:
		normalizeText(n.Text)
	case *Bullet:
		normalizeText(n.Text)
	case *Numbered:
		normalizeText(n.Text)
	case *Table:
		for _, c := range n.Header {
			normalizeText(c)
		}
		for _, r := range n.Rows {
			for _, c := range r {
				normalizeText(c)
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

func normalizeText(t Text) {
	for i := range t {
		t[i].Text = normalize(t[i].Text)
		if t[i].Note != nil {
			normalizeText(t[i].Note.Text)
		}
	}
}
