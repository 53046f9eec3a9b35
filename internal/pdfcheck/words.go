package pdfcheck

import (
	"strings"

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

// walkBody calls fn with the printed text of each legal basis, heading
// and paragraph of a plan's body, in order, as the walk gives them:
// labels as the plan's numbering prints them, and the end mark.
func walkBody(p *plan.Plan, fn func(text string, heading bool)) {
	for e := range p.Walk() {
		switch {
		case e.Appendix > 0:
			return
		case e.Table() != nil:
		case e.Section() != nil:
			fn(strings.TrimSpace(e.Label+" "+e.Text.String()), true)
		case e.Label != "":
			fn(e.Label+" "+e.Text.String(), false)
		default: // a paragraph, a legal basis, the end mark
			fn(e.Text.String(), false)
		}
	}
}
