package pdf

import (
	"io"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

func benchmarkWrite(b *testing.B, p *plan.Plan) {
	testplans.Bench(b, p, func(w io.Writer, p *plan.Plan) error { return Write(w, p) })
}

// BenchmarkWritePDF renders the seed plan 004 (3 pages).
func BenchmarkWritePDF(b *testing.B) { benchmarkWrite(b, testplans.Load(b, "ke-hoach-004.md")) }

// BenchmarkWritePDF40Pages renders a 40-page plan (41 pages).
func BenchmarkWritePDF40Pages(b *testing.B) { benchmarkWrite(b, testplans.Forty(b)) }

// BenchmarkFpdfFloor measures what fpdf costs before any layout: a page
// with one line in each of the four styles, the fonts registered and
// subset as Write does. It is the floor under BenchmarkWritePDF.
func BenchmarkFpdfFloor(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		doc := fpdf.New("P", "pt", "A4", "")
		main := layout.DefaultFonts().Main()
		var fonts []*layout.Font
		for _, s := range allStyles {
			fonts = append(fonts, main.Font(s))
		}
		if err := addFonts(doc, fonts); err != nil {
			b.Fatal(err)
		}
		doc.AddPage()
		for _, f := range fonts {
			doc.SetFont(familyKey(f), fontStyle(f.Style), 14)
			doc.Text(50, 50, "Kế hoạch phát động phong trào thi đua")
		}
		if err := doc.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
