package markdown

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// body writes the legal bases, the preamble, the sections and the
// appendices.
func (w *writer) body(p *plan.Plan) {
	for i, basis := range p.Bases {
		para := w.writeText(nil, basis, textOptions{place: inParagraph, basis: true})
		if !readAsBasis(para, basis) {
			// The reader would not take it for a basis: it and the
			// bases after it are lead-in paragraphs.
			for _, b := range p.Bases[i:] {
				w.node(&plan.Paragraph{Text: b}, p.Numbering)
			}
			break
		}
		w.block()
		w.out = append(w.out, para...)
		w.out = append(w.out, '\n')
	}
	for _, b := range p.Preamble {
		w.node(b, p.Numbering)
	}
	for _, s := range p.Sections {
		w.node(s, p.Numbering)
	}
	for _, a := range p.Appendices {
		w.appendix(a)
		for _, n := range a.Content {
			w.node(n, p.Numbering)
		}
	}
}

// node writes a section with its content, or a block. A block after a
// sub-section's content is written after it, where the reader puts it in
// the sub-section: it prints the same.
func (w *writer) node(n plan.Node, numbering plan.Numbering) {
	switch n := n.(type) {
	case *plan.Section:
		w.heading(n, numbering)
		for _, c := range n.Content {
			w.node(c, numbering)
		}
	case *plan.Paragraph:
		w.paragraph(n.Text)
	case *plan.Bullet:
		w.bullet(n)
	case *plan.Numbered:
		w.numbered(n)
	case *plan.Table:
		w.table(n)
	}
	w.bodyStarted = true
}

// paragraph writes a paragraph. One that the reader would take for a
// legal basis (the body's first, starting "Căn cứ") starts with its first
// letter escaped; an empty one, which Markdown cannot write, is left out.
func (w *writer) paragraph(t plan.Text) {
	para := w.writeText(nil, t, textOptions{place: inParagraph})
	if len(para) == 0 {
		return
	}
	if !w.bodyStarted && readAsBasis(para, t) {
		para = w.writeText(nil, t, textOptions{place: inParagraph, escapeFirst: true})
	}
	w.block()
	w.out = append(w.out, para...)
	w.out = append(w.out, '\n')
}

// readAsBasis reports whether the reader reads a paragraph of text t,
// written para, as a legal basis, as it does the body's first ones.
func readAsBasis(para []byte, t plan.Text) bool {
	return startsBasis(firstLine(para)) && basisStart.MatchString(cleanText(t).String())
}

// listState is the list the last block written belongs to, which the
// next list item may continue.
type listState struct {
	kind  listKind
	delim byte // an ordered list's delimiter, "." or ")"
	next  int  // the number that continues an ordered list
}

type listKind int

const (
	notList    listKind = iota
	dashList            // "- …"
	dashFilled          // "- …" whose last item has text, which a "+" list may nest in
	plusNested          // "  + …" inside a dash item
	plusList            // "+ …"
	orderedList
)

// bullet writes a dash ("- ") or plus ("+ ") paragraph as a list item: a
// plus paragraph after a dash one is a list nested in its item.
func (w *writer) bullet(b *plan.Bullet) {
	empty := isEmpty(b.Text)
	prev := w.list.kind
	mark, kind := "- ", dashFilled
	switch {
	case b.Level == 1:
		if empty {
			kind = dashList // an empty item has no room for a nested list
		}
		if prev != dashList && prev != dashFilled && prev != plusNested {
			w.block()
		}
	case prev == plusNested || prev == dashFilled && !empty:
		mark, kind = "  + ", plusNested
	case prev == plusList:
		mark, kind = "+ ", plusList
	default:
		mark, kind = "+ ", plusList
		w.block()
	}
	w.item(mark, b.Text)
	w.list = listState{kind: kind}
}

// isEmpty reports whether t writes nothing: no character, no footnote.
func isEmpty(t plan.Text) bool {
	for _, s := range cleanText(t) {
		if s.Text != "" || s.Note != nil {
			return false
		}
	}
	return true
}

// numbered writes a numbered paragraph as an ordered list item with its
// number: the next of the list before, or a new list, whose delimiter is
// not the one of a list just before it ("1." then "5)"), so that the two
// are not read as one.
func (w *writer) numbered(n *plan.Numbered) {
	const most = 999_999_999 // CommonMark's largest list number
	if n.Number > most {
		w.paragraph(append(plan.Plain(strconv.Itoa(n.Number)+". "), n.Text...)) // a paragraph that prints the same
		return
	}
	prev := w.list
	if prev.kind != orderedList || n.Number != prev.next {
		delim := byte('.')
		if prev.kind == orderedList && prev.delim == '.' {
			delim = ')'
		}
		w.block()
		prev = listState{kind: orderedList, delim: delim}
	}
	w.item(strconv.Itoa(n.Number)+string(prev.delim)+" ", n.Text)
	w.list = listState{kind: orderedList, delim: prev.delim, next: n.Number + 1}
}

// item writes a list item: its mark, and its text with the lines after a
// line break indented under it.
func (w *writer) item(mark string, t plan.Text) {
	text := w.writeText(nil, t, textOptions{place: inParagraph, indent: strings.Repeat(" ", len(mark))})
	if len(text) == 0 { // an empty item: its mark alone
		mark = strings.TrimRight(mark, " ")
	}
	w.out = append(w.out, mark...)
	w.out = append(w.out, text...)
	w.out = append(w.out, '\n')
}
