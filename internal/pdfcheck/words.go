package pdfcheck

import (
	"strconv"

	"github.com/kehoach/kehoach/plan"
)

// BodyWords returns the words of a plan's body as a printed page shows
// them, in order: the preamble, each heading with its number, each
// paragraph with its mark, and the end mark. Tables are left out (a PDF
// reader may read their cells column by column), and so are footnote
// numbers.
func BodyWords(p *plan.Plan) []string {
	var words []string
	add := func(s string) { words = append(words, SplitWords(s)...) }
	end := p.LastBodyBlock()
	text := func(b plan.Block) string {
		t := plan.BlockText(b)
		if b == end {
			t = plan.WithEndMark(t)
		}
		return t.String()
	}
	var walk func(nodes plan.Nodes)
	walk = func(nodes plan.Nodes) {
		var c plan.Counter
		for _, n := range nodes {
			switch n := n.(type) {
			case *plan.Section:
				title := n.Title
				if n.Level == plan.LevelPart {
					title = title.Upper()
				}
				add(c.Next(n.Level) + " " + title.String())
				walk(n.Content)
			case *plan.Paragraph:
				add(text(n))
			case *plan.Bullet:
				mark := "- "
				if n.Level == 2 {
					mark = "+ "
				}
				add(mark + text(n))
			case *plan.Numbered:
				add(strconv.Itoa(n.Number) + ". " + text(n))
			}
		}
	}
	body := plan.Nodes{}
	for _, b := range p.Preamble {
		body = append(body, b)
	}
	for _, s := range p.Sections {
		body = append(body, s)
	}
	walk(body)
	return words
}
