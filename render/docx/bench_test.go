package docx

import (
	"bytes"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

func benchmarkWrite(b *testing.B, p *plan.Plan) {
	var buf bytes.Buffer
	if err := Write(&buf, p); err != nil { // warm the caches of static parts
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/doc")
}

// BenchmarkWriteDocx renders the seed plan 004 (3 pages).
func BenchmarkWriteDocx(b *testing.B) { benchmarkWrite(b, testplans.Load(b, "ke-hoach-004.md")) }

// BenchmarkWriteDocx40Pages renders a 40-page plan.
func BenchmarkWriteDocx40Pages(b *testing.B) { benchmarkWrite(b, testplans.Forty(b)) }
