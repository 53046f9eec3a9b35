package html

import (
	"io"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

func benchmarkWrite(b *testing.B, p *plan.Plan, opts ...Option) {
	testplans.Bench(b, p, func(w io.Writer, p *plan.Plan) error { return Write(w, p, opts...) })
}

// BenchmarkWriteHTML writes the seed plan 004 (3 pages), its fonts
// embedded.
func BenchmarkWriteHTML(b *testing.B) { benchmarkWrite(b, testplans.Load(b, "ke-hoach-004.md")) }

// BenchmarkWriteHTMLFontURL writes the seed plan 004, its fonts linked.
func BenchmarkWriteHTMLFontURL(b *testing.B) {
	benchmarkWrite(b, testplans.Load(b, "ke-hoach-004.md"), WithFontURL("/fonts/"))
}

// BenchmarkWriteHTML40Pages writes a 40-page plan (41 pages), its fonts
// embedded.
func BenchmarkWriteHTML40Pages(b *testing.B) { benchmarkWrite(b, testplans.Forty(b)) }

// BenchmarkWriteHTML40PagesFontURL writes the 40-page plan, its fonts
// linked.
func BenchmarkWriteHTML40PagesFontURL(b *testing.B) {
	benchmarkWrite(b, testplans.Forty(b), WithFontURL("/fonts/"))
}
