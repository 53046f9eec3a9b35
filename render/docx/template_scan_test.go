package docx

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The scans by hand find what the regular expressions they replace
// find, on parts made of the pieces that matter, in random order.
func TestTextNodesAsTheExpression(t *testing.T) {
	node := regexp.MustCompile(`(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)`)
	bound := regexp.MustCompile(`<w:p[\s>]|</w:p>`)
	pieces := []string{"<w:t>", "<w:t xml:space=\"preserve\">", "<w:t\n>", "<w:t/>", "<w:t />", "</w:t>", "<w:tbl>", "<w:tab/>",
		"<w:p>", "<w:p w:rsidR=\"1\">", "<w:pPr>", "</w:p>", "<w:p", "<w:t", "</w:t", "{{", "}}", "so", " ", ">", "<", "a"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := node.FindAllStringSubmatchIndex(s, -1)
		got := textNodes(s)
		if len(want) == 0 {
			assert.Empty(t, got, "%q", s)
		} else {
			assert.Equal(t, want, got, "%q", s)
		}
		var wantBounds []int
		for _, m := range bound.FindAllStringIndex(s, -1) {
			wantBounds = append(wantBounds, m[0])
		}
		assert.Equal(t, wantBounds, paragraphBounds(s), "%q", s)
	}
}
