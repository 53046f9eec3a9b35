package check

import (
	"os"
	"testing"

	"github.com/kehoach/kehoach/read/markdown"
)

// BenchmarkCheck checks the seed plan 004 against every rule.
func BenchmarkCheck(b *testing.B) {
	src, err := os.ReadFile("../examples/ke-hoach-004.md")
	if err != nil {
		b.Fatal(err)
	}
	p, err := markdown.Read(src, "ke-hoach-004.md")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if found := Check(p); len(found) != 0 {
			b.Fatalf("the seed plan has findings: %v", found)
		}
	}
}
