package compose

import (
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/layout"
)

// FuzzLayout runs the layout alone, many times faster than FuzzWrite
// (which spends most of its time in fpdf's font work), so the fuzzer
// reaches deeper into line breaking and pagination: every piece of text
// lies in the text area and above the footnotes, and no page is empty.
func FuzzLayout(f *testing.F) {
	testplans.AddSeeds(f)
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string) {
		p := testplans.Fuzzed(issuer, subject, text, cell, authority, place)
		if p.Validate() != nil {
			return
		}
		l := layout.Default()
		if err := onThePage(paginate(p, &l)); err != nil {
			t.Fatal(err)
		}
	})
}
