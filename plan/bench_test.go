package plan

import (
	"os"
	"testing"
)

// BenchmarkReadMarkdown reads the seed plan 004 from the authoring format.
func BenchmarkReadMarkdown(b *testing.B) {
	src, err := os.ReadFile("../examples/ke-hoach-004.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseMarkdown(src, "ke-hoach-004.md"); err != nil {
			b.Fatal(err)
		}
	}
}
