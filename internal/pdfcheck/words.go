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
	walkBody(p, func(text string, _ bool) { words = append(words, SplitWords(text)...) })
	return words
}

// BodyParagraphs returns the words of each paragraph of a plan's body
// (the preamble's, and the paragraphs, bullets and numbered paragraphs of
// its sections, marks included), leaving out headings and tables.
func BodyParagraphs(p *plan.Plan) [][]string {
	var paras [][]string
	walkBody(p, func(text string, heading bool) {
		if !heading {
			paras = append(paras, SplitWords(text))
		}
	})
	return paras
}

// walkBody calls fn with the printed text of each heading and paragraph
// of a plan's body, in order.
func walkBody(p *plan.Plan, fn func(text string, heading bool)) {
	end := p.LastBodyNode()
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
				fn(c.Next(n.Level)+" "+title.String(), true)
				walk(n.Content)
			case *plan.Paragraph:
				fn(text(n), false)
			case *plan.Bullet:
				mark := "- "
				if n.Level == 2 {
					mark = "+ "
				}
				fn(mark+text(n), false)
			case *plan.Numbered:
				fn(strconv.Itoa(n.Number)+". "+text(n), false)
			}
		}
	}
	walk(p.Body())
}
