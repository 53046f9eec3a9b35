package pdf

import (
	"io"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

func benchmarkWrite(b *testing.B, p *plan.Plan) {
	testplans.Bench(b, p, func(w io.Writer, p *plan.Plan) error { return Write(w, p) })
}

// BenchmarkWritePDF renders the seed plan 004 (3 pages).
func BenchmarkWritePDF(b *testing.B) { benchmarkWrite(b, testplans.Load(b, "ke-hoach-004.md")) }

// BenchmarkWritePDF40Pages renders a 40-page plan (41 pages).
func BenchmarkWritePDF40Pages(b *testing.B) { benchmarkWrite(b, testplans.Forty(b)) }
