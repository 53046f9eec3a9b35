package layout_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestRealPlansKeepWordsWhole: on the example plans (real plans), no
// centred line of the header, the subject or an appendix title ends inside
// a word of the lexicon.
func TestRealPlansKeepWordsWhole(t *testing.T) {
	l := layout.Default()
	for _, name := range testplans.Names {
		p := testplans.Load(t, name)
		h := l.Head(p)
		blocks := append(append(append([]string{}, h.Parent...), h.Issuer...), h.Subject)
		for e := range p.Walk() {
			if e.Kind == plan.KindAppendix && e.Text.String() != "" {
				a := l.AppendixHead(p, e.Text.String(), l.TextWidth())
				blocks = append(blocks, strings.Join(a.Title, "\n"))
			}
		}
		for _, block := range blocks {
			lines := strings.Split(block, "\n")
			for i := range lines[:len(lines)-1] {
				last, next := strings.Fields(lines[i]), strings.Fields(lines[i+1])
				if len(last) > 0 && len(next) > 0 {
					assert.False(t, layout.InLexicon(last[len(last)-1], next[0]), "%s: %q / %q", name, lines[i], lines[i+1])
				}
			}
		}
	}
}
