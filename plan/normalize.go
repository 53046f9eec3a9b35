package plan

import "golang.org/x/text/unicode/norm"

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
func IsNFC(s string) bool { return plainNFC(s) || norm.NFC.IsNormalString(s) }

// isNFCBytes reports whether b is already in Unicode NFC.
func isNFCBytes(b []byte) bool { return plainNFC(b) || norm.NFC.IsNormal(b) }

// plainNFC reports whether s consists only of characters whose NFC quick
// check is "yes" whatever surrounds them: everything below U+0300 (ASCII,
// Latin-1, Latin Extended-A and -B, which hold ơ and ư), the precomposed
// Vietnamese letters U+1EA0–U+1EF9, and general punctuation and currency
// signs from U+2002 (U+2000 and U+2001 decompose). That is nearly all
// Vietnamese text, and the scan is several times faster than the general
// check, which callers fall back to when it says false.
func plainNFC[T string | []byte](s T) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		var r rune
		var size int
		switch {
		case c < 0xE0 && i+1 < len(s): // two bytes: U+0080–U+07FF
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c < 0xF0 && i+2 < len(s): // three bytes
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			return false
		}
		if !(r < 0x300 || r >= 0x1EA0 && r <= 0x1EF9 || r >= 0x2002 && r <= 0x20CF) {
			return false
		}
		i += size
	}
	return true
}

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
func isNilNode(n Node) bool {
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
