package markdown

import (
	"bytes"

	gast "github.com/yuin/goldmark/ast"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// basisStart matches the start of a legal basis: "Căn cứ" (any case).
var basisStart = lazyregexp.New(`^(?i:căn[\pZ\s]+cứ)(?:[\pZ\s]|$)`)

// nextBasis matches where one basis ends and the next begins inside a
// paragraph: the ";" that ends a basis, then "Căn cứ" (on the next line,
// or on the same one).
var nextBasis = lazyregexp.New(`;[\pZ\s]+((?i:căn)[\pZ\s]+(?i:cứ))(?:[\pZ\s]|$)`)

// bases reads the paragraphs that open the body with "Căn cứ" as the
// plan's legal bases (Phụ lục I, mục II.6.a): one basis a line or a
// paragraph, split after each ";" that another "Căn cứ" follows. It
// reports whether n was read so (or read as a paragraph, having been
// read); only the paragraphs before anything else of the body are bases.
func (b *bodyReader) bases(n gast.Node) bool {
	para, ok := n.(*gast.Paragraph)
	if !ok || b.appendix != nil || len(b.stack) > 0 || len(b.plan.Preamble) > 0 || len(b.plan.Sections) > 0 {
		return false
	}
	if para.Lines().Len() == 0 {
		return false
	}
	first := para.Lines().At(0)
	if !startsBasis(first.Value(b.src)) {
		return false
	}
	text := b.inlines(para, plan.Span{})
	if !basisStart.MatchString(unmarkString(text.String())) {
		// "Căn cứu …", "Căn cứ:": a paragraph, read here once
		b.add(&plan.Paragraph{Text: text, Line: b.line(para)})
		return true
	}
	// The source lines that start a basis, for the messages about each.
	var lines []int
	for i := 0; i < para.Lines().Len(); i++ {
		seg := para.Lines().At(i)
		if startsBasis(seg.Value(b.src)) {
			lines = append(lines, b.lines.line(seg.Start))
		}
	}
	for k, basis := range splitBases(text) {
		line := b.line(para)
		if k < len(lines) {
			line = lines[k]
		}
		b.plan.Bases = append(b.plan.Bases, basis)
		b.plan.Source.BasisLines = append(b.plan.Source.BasisLines, line)
	}
	return true
}

// startsBasis reports whether a source line may start a legal basis: it
// starts with "Căn", after any emphasis marks (bases print in italic,
// and an author may write them so: "*Căn cứ …;*"); the paragraph is a
// basis when its text starts "Căn cứ". A basis written with its first
// letter escaped ("&#67;ăn cứ") is an ordinary paragraph.
func startsBasis(line []byte) bool {
	return basisWord.Match(bytes.TrimLeft(bytes.TrimSpace(line), "*_"))
}

// basisWord matches the first word of a legal basis, "Căn".
var basisWord = lazyregexp.New(`^(?i:căn)`)

// splitBases splits a paragraph's text after each ";" that "Căn cứ"
// follows, keeping the spans' styles.
func splitBases(t plan.Text) []plan.Text {
	s := t.String()
	var cuts []int // byte offsets in s where a basis starts: at its "Căn cứ"
	for _, m := range nextBasis.FindAllStringSubmatchIndex(s, -1) {
		cuts = append(cuts, m[2])
	}
	var out []plan.Text
	rest, at := t, 0
	for _, cut := range cuts {
		head, tail := splitTextAt(rest, cut-at)
		out = append(out, trimText(head))
		rest, at = tail, cut
	}
	return append(out, trimText(rest))
}

// splitTextAt splits t at byte offset n of its String().
func splitTextAt(t plan.Text, n int) (head, tail plan.Text) {
	for i, s := range t {
		if n <= len(s.Text) && (n < len(s.Text) || s.Note == nil) {
			if n == len(s.Text) {
				return append(plan.Text(nil), t[:i+1]...), append(plan.Text(nil), t[i+1:]...)
			}
			left, right := s, s
			left.Text, right.Text, left.Note = s.Text[:n], s.Text[n:], nil
			head = append(append(plan.Text(nil), t[:i]...), left)
			tail = append(plan.Text{right}, t[i+1:]...)
			return head, tail
		}
		n -= len(s.Text)
	}
	return t, nil
}
