package html

import (
	"bytes"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// FuzzWrite builds plans from fuzzed strings: Write never panics, an
// invalid plan writes nothing, and every document holds only the writer's
// own markup, with no event attribute, the same bytes twice.
func FuzzWrite(f *testing.F) {
	testplans.AddSeeds(f)
	f.Add("</DIV><SCRIPT>", `"><img onerror=x>`, "\u202e</style>\u2067", "<!--", "TM. \u2028", "&lt;")
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string) {
		p := testplans.Fuzzed(issuer, subject, text, cell, authority, place)
		var buf bytes.Buffer
		if err := Write(&buf, p, WithFontURL("/fonts/")); err != nil {
			if plan.AsErrors(err) == nil {
				t.Fatalf("a failure that is not a validation error: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatal("an invalid plan wrote output")
			}
			return
		}
		assertOnlyOwnMarkup(t, buf.String())
		if again := render(t, p, WithFontURL("/fonts/")); again != buf.String() {
			t.Fatal("two writes differ")
		}
	})
}
