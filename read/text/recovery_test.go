package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// TestRecoveryFigures logs, for every text of the reference material,
// what the reader recovered: number, symbol, date, subject, the part
// titles, the recipients and the signer, and the body's word recall in
// order (the words of the text from the body's first words to "Nơi
// nhận"), for the closing note of issue 15. It asserts that each text
// imports; TestFullPlans holds the figures the issue asks of the plans.
func TestRecoveryFigures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(shared, "realplans", "*.txt"))
	if len(files)+len(more) == 0 {
		t.Skip("the reference material is not beside the repository")
	}
	for _, f := range append(files, more...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, rerr := Read(src, filepath.Base(f))
		if p == nil {
			t.Fatalf("%s: no plan", f)
		}
		var parts []string
		for _, s := range p.Sections {
			if s.Level == plan.LevelPart {
				parts = append(parts, s.Title.String())
			}
		}
		var missing []string
		for _, e := range plan.AsErrors(rerr) {
			if e.Code == plan.CodeNotFound {
				missing = append(missing, e.Field)
			}
		}
		from := "Thực hiện"
		if p.Bases != nil {
			from = "Căn cứ"
		}
		r := testplans.Recall(testplans.Between(string(src), from, "Nơi nhận"), testplans.BodyWords(p, true))
		t.Logf("%s | number %q | symbol %q | date %v | subject %d words | parts %q | recipients %d | archive %q | signer %q %q %q | not found %v | body recall from %q: %.4f",
			filepath.Base(f), p.Number, p.Symbol, p.Date, len(strings.Fields(p.Subject)), parts, len(p.Recipients), p.Archive,
			p.Signer.Authority, p.Signer.Position, p.Signer.Name, missing, from, r)
	}
}
