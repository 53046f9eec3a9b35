package docx

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// noteSet holds a document's footnotes and endnotes, read before its
// body, and gives each the label its first reference prints: footnotes
// "1", "2", … and endnotes "i", "ii", … in order of reference.
type noteSet struct {
	texts  map[string]plan.Text // by kind and id: "f3", "e1"
	refs   map[string]*plan.Footnote
	labels map[string]string
	out    map[string]plan.Text // by label, for the flow
	feet   int
	ends   int
}

func newNoteSet() *noteSet {
	return &noteSet{texts: map[string]plan.Text{}, refs: map[string]*plan.Footnote{}, labels: map[string]string{}, out: map[string]plan.Text{}}
}

// ref returns the label and note of a reference; nil for a note the
// document does not hold.
func (n *noteSet) ref(endnote bool, id string) (string, *plan.Footnote) {
	key := "f" + id
	if endnote {
		key = "e" + id
	}
	if f := n.refs[key]; f != nil {
		return n.labels[key], f
	}
	text, ok := n.texts[key]
	if !ok {
		return "", nil
	}
	var label string
	if endnote {
		n.ends++
		label = strings.ToLower(plan.Roman(min(n.ends, 3999)))
	} else {
		n.feet++
		label = strconv.Itoa(n.feet)
	}
	f := &plan.Footnote{Text: text}
	n.refs[key], n.labels[key], n.out[label] = f, label, text
	return label, f
}

// readNotes reads footnotes.xml or endnotes.xml: each note's text, its
// paragraphs joined by line breaks, without the mark that starts it.
func (p *parser) readNotes(endnotes bool) error {
	prefix := "f"
	if endnotes {
		prefix = "e"
	}
	return p.root(func(e element) error {
		if !is(e, "footnote") && !is(e, "endnote") {
			return p.x.skip()
		}
		if kind, _ := attr(e, nsW, "type"); kind != "" && kind != "normal" {
			return p.x.skip() // the separators
		}
		id, _ := attr(e, nsW, "id")
		blocks, err := p.blocks()
		if err != nil {
			return err
		}
		var text plan.Text
		for i, q := range paragraphsOf(blocks) {
			if i > 0 {
				text = append(text, plan.Span{Text: "\n"})
			}
			text = append(text, spans(q.runs)...)
		}
		if len(text) > 0 && text[0].Note == nil {
			text[0].Text = strings.TrimLeft(text[0].Text, " \t")
		}
		if _, dup := p.notes.texts[prefix+id]; !dup {
			p.notes.texts[prefix+id] = text.Compact()
		}
		return nil
	})
}

// paragraphsOf returns the paragraphs of blocks in reading order, those
// in tables and text boxes included.
func paragraphsOf(blocks []block) []*para {
	var out []*para
	var walk func([]block)
	walk = func(bs []block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *para:
				walk(b.floats)
				out = append(out, b)
				walk(b.below)
			case *table:
				for _, row := range b.rows {
					for _, c := range row {
						walk(c.blocks)
					}
				}
			}
		}
	}
	walk(blocks)
	return out
}

// spans returns a paragraph's runs as styled text: bold and italic kept,
// footnote references as spans whose note is set.
func spans(runs []run) plan.Text {
	out := make(plan.Text, 0, len(runs))
	for _, r := range runs {
		out = append(out, plan.Span{Text: r.text, Bold: r.bold && r.note == nil, Italic: r.italic && r.note == nil, Note: r.note})
	}
	return out.Compact()
}
