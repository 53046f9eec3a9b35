package plan

import (
	"iter"
	"strconv"
	"strings"
)

// ElementKind says what an [Element] is.
type ElementKind int

const (
	// KindNode is a node of the model: [Element.Node] is a *Section,
	// *Paragraph, *Bullet, *Numbered or *Table.
	KindNode ElementKind = iota
	// KindEndMark is the end mark "./." printed as a paragraph of its
	// own: after a table or a heading that ends the body or an appendix.
	KindEndMark
	// KindAppendix opens an appendix: [Element.Appendix] says which, its
	// Label is "Phụ lục" or "Phụ lục II", its Text the title in capitals.
	KindAppendix
	// KindBasis is a legal basis ([Plan.Bases]), before the preamble.
	KindBasis
)

// Element is one element of a plan's body as it prints, with everything
// that prints with it computed once, here, for every writer and the
// checker: its label, its text with the end mark where the decree puts
// one, and its footnotes numbered through the whole document.
type Element struct {
	Kind ElementKind
	// Node is the model's node for KindNode, nil otherwise.
	Node Node
	// Path is the node's place in the model, as messages name it:
	// "preamble[1]", "sections[0].content[2]", "appendices[1].content[0]";
	// for KindAppendix "appendices[1]".
	Path string
	// Line is the node's source line, 0 when unknown.
	Line int
	// Appendix is 0 in the body, i (from 1) in the i-th appendix.
	Appendix int
	// Label is what prints before the text: a heading's number ("II.",
	// "3.", "đ)", "-"), a bullet's or numbered paragraph's mark ("-",
	// "+", "3."), an appendix's "Phụ lục II"; empty for a paragraph.
	Label string
	// Text is what prints after the label: a heading's title (a part's
	// in capitals), a paragraph's text, with the end mark when the
	// element ends the body or an appendix; "./." for KindEndMark. Its
	// footnote references carry their numbers ([Span.NoteNumber]).
	Text Text
	// Cells are a table's header row and then its rows, every row as
	// wide as the table (a missing cell is empty), footnotes numbered.
	Cells [][]Text
	// Ends says the element ends the body or its appendix: a paragraph
	// that carries the end mark, or the end mark's own line.
	Ends bool
	// Notes are the footnotes first referred to in this element, in
	// order: each prints once, with its number.
	Notes []NoteText
}

// NoteText is a footnote as it prints: its number and its text (notes
// inside a note are dropped: they have nowhere to go on the page).
type NoteText struct {
	Number int
	Text   Text
}

// Section returns the element's node as a section, or nil.
func (e *Element) Section() *Section { s, _ := e.Node.(*Section); return s }

// Table returns the element's node as a table, or nil.
func (e *Element) Table() *Table { t, _ := e.Node.(*Table); return t }

// Walk returns every element of the plan's body (preamble and sections)
// and then of each appendix, in the order they print. It skips nil
// nodes. Writers lay a plan out from it, and the checker reads it, so
// that none of them numbers a heading, places the end mark or counts a
// footnote on its own.
func (p *Plan) Walk() iter.Seq[Element] {
	return func(yield func(Element) bool) {
		w := walker{yield: yield, numbering: p.Numbering}
		end := LastNode(p.Sections) // the node that carries the body's end mark
		if end == nil {
			end = LastNode(p.Preamble)
		}
		for i, basis := range p.Bases {
			e := Element{Kind: KindBasis, Path: "bases[" + strconv.Itoa(i) + "]", Line: w.basisLine(p, i)}
			e.Text = w.number(basis, &e)
			if !w.emit(e) {
				return
			}
		}
		var c Counter // the preamble and the sections are one list of siblings
		if !list(&w, p.Preamble, "preamble", end, &c) || !list(&w, p.Sections, "sections", end, &c) {
			return
		}
		for i, a := range p.Appendices {
			if a == nil {
				continue
			}
			w.appendix = i + 1
			path := "appendices[" + strconv.Itoa(i) + "]"
			if !w.emit(Element{Kind: KindAppendix, Path: path, Line: a.Line, Label: AppendixLabel(i+1, len(p.Appendices)),
				Text: Plain(UpperTitle(a.Title))}) {
				return
			}
			if !list(&w, a.Content, path+".content", LastNode(a.Content), &Counter{}) {
				return
			}
		}
	}
}

// WalkAhead returns [Plan.Walk]'s elements, each with the element printed
// after it in the same part of the document (the body, or the same
// appendix), or nil after a part's last: a writer that lays an element
// out by what follows it (a paragraph over a table leaves the table room)
// reads the plan so, holding two elements at a time. The two are valid
// until the next iteration.
func (p *Plan) WalkAhead() iter.Seq2[*Element, *Element] {
	return func(yield func(*Element, *Element) bool) {
		var cur, next Element
		started := false
		for e := range p.Walk() {
			next = e
			if started {
				ahead := &next
				if next.Appendix != cur.Appendix {
					ahead = nil
				}
				if !yield(&cur, ahead) {
					return
				}
			}
			cur, started = next, true
		}
		if started {
			yield(&cur, nil)
		}
	}
}

// Elements returns [Plan.Walk]'s elements as a slice, for a reader that
// looks back and ahead.
func (p *Plan) Elements() []Element {
	var out []Element
	for e := range p.Walk() {
		out = append(out, e)
	}
	return out
}

// walker numbers what it walks: headings per list of siblings, footnotes
// through the document.
type walker struct {
	yield     func(Element) bool
	numbering Numbering
	notes     noteNumbers
	appendix  int
	// parents are the numbers of the open headings, by level, which a
	// compound form ("1.1.") continues.
	parents [MaxLevel + 2]string
}

// label returns a heading's label, and records its number for its
// children: as written, or in its level's automatic form.
func (w *walker) label(s *Section, c *Counter) string {
	n := c.Inc(s.Level)
	if s.Level < 1 || s.Level > MaxLevel {
		return Label(s.Level, n)
	}
	if w.numbering.Written {
		label := strings.TrimSpace(s.Label)
		w.parents[s.Level] = strings.TrimRight(strings.TrimLeft(label, "("), ".)")
		return label
	}
	label, number := w.numbering.Form(s.Level).Label(n, w.parents[s.Level-1])
	w.parents[s.Level] = number
	return label
}

// basisLine returns the source line of basis i, from the reader's
// record of where the bases were, 0 when unknown.
func (w *walker) basisLine(p *Plan, i int) int {
	if p.Source == nil || i >= len(p.Source.BasisLines) {
		return 0
	}
	return p.Source.BasisLines[i]
}

func (w *walker) emit(e Element) bool {
	e.Appendix = w.appendix
	return w.yield(e)
}

// list walks a list of sibling nodes, held in field ("sections",
// "sections[0].content", …), whose headings c numbers; end is the node
// that carries the end mark.
func list[T Node](w *walker, nodes []T, field string, end Node, c *Counter) bool {
	for i, node := range nodes {
		if isNilNode(node) {
			continue
		}
		path := field + "[" + strconv.Itoa(i) + "]"
		switch n := Node(node).(type) {
		case *Section:
			e := Element{Node: n, Path: path, Line: n.Line, Label: w.label(n, c)}
			e.Text = w.number(n.printedTitle(), &e)
			if !w.emit(e) || !list(w, n.Content, path+".content", end, &Counter{}) {
				return false
			}
			if Node(n) == end && !w.endMark() {
				return false
			}
		case *Table:
			e := Element{Node: n, Path: path, Line: n.Line}
			cols := n.Columns()
			rows := append([][]Text{n.Header}, n.Rows...)
			grid := n.Grid()
			e.Cells = make([][]Text, len(rows))
			for r, row := range rows {
				e.Cells[r] = make([]Text, cols)
				for c := range cols {
					// A cell covered by a merge prints nothing: its notes
					// are not numbered.
					if c < len(row) && !grid[r][c].Covered {
						e.Cells[r][c] = w.number(row[c], &e)
					}
				}
			}
			if !w.emit(e) {
				return false
			}
			if Node(n) == end && !w.endMark() {
				return false
			}
		case Block:
			e := Element{Node: n, Path: path, Line: n.SourceLine(), Label: blockLabel(n)}
			text := BlockText(n)
			if Node(n) == end {
				text, e.Ends = WithEndMark(text), true
			}
			e.Text = w.number(text, &e)
			if !w.emit(e) {
				return false
			}
		}
	}
	return true
}

// endMark emits the end mark on a line of its own.
func (w *walker) endMark() bool {
	return w.emit(Element{Kind: KindEndMark, Text: Plain(EndMark), Ends: true})
}

// number returns t with its footnote references numbered, in order, and
// adds the notes referred to for the first time to e.
func (w *walker) number(t Text, e *Element) Text {
	t = t.SplitNotes()
	out := t
	copied := false
	for i, s := range t {
		if s.Note == nil {
			continue
		}
		if !copied {
			out, copied = append(Text(nil), t...), true
		}
		n, first := w.notes.Ref(s.Note)
		out[i].NoteNumber, out[i].NoteAgain = n, !first
		if first {
			e.Notes = append(e.Notes, NoteText{Number: n, Text: s.Note.Text.WithoutNotes()})
		}
	}
	return out
}

// blockLabel returns the mark printed before a block's text, without its
// space: "-", "+", "3.", or "" for a paragraph or a table.
func blockLabel(b Block) string {
	switch b := b.(type) {
	case *Bullet:
		if b.Level == 2 {
			return "+"
		}
		return "-"
	case *Numbered:
		return strconv.Itoa(b.Number) + "."
	}
	return ""
}
