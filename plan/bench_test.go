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

// BenchmarkCheck checks the seed plan 004 against every rule.
func BenchmarkCheck(b *testing.B) {
	src, err := os.ReadFile("../examples/ke-hoach-004.md")
	if err != nil {
		b.Fatal(err)
	}
	p, err := ParseMarkdown(src, "ke-hoach-004.md")
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
