package docx

import (
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
)

// BenchmarkExtract40 reads the DOCX of a 41-page plan (testplans.Forty).
func BenchmarkExtract40(b *testing.B) {
	src := ownDocx(b, testplans.Forty(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInspect40 checks the layout of the same DOCX.
func BenchmarkInspect40(b *testing.B) {
	src := ownDocx(b, testplans.Forty(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Inspect(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractSeed reads the DOCX of the seed plan 004 (three pages).
func BenchmarkExtractSeed(b *testing.B) {
	src := ownDocx(b, testplans.Load(b, "ke-hoach-004.md"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead40 reads the DOCX of the 41-page plan into a plan: the
// extraction, the structure's recognition and validation.
func BenchmarkRead40(b *testing.B) {
	src := ownDocx(b, testplans.Forty(b))
	b.ReportAllocs()
	for b.Loop() {
		if p, err := Read(src, "forty.docx"); err != nil || len(p.Sections) == 0 {
			b.Fatal(err)
		}
	}
}
