package compose

import (
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// BenchmarkPages lays out the seed plan 004 (3 pages).
func BenchmarkPages(b *testing.B) { benchmarkPages(b, testplans.Load(b, "ke-hoach-004.md")) }

// BenchmarkPages40 lays out the 40-page plan of the writers' benchmarks
// (41 pages).
func BenchmarkPages40(b *testing.B) { benchmarkPages(b, testplans.Forty(b)) }

func benchmarkPages(b *testing.B, p *plan.Plan) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Pages(p, layout.Default()); err != nil {
			b.Fatal(err)
		}
	}
}
