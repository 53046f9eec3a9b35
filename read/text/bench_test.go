package text

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkImportSeed004 reads the seed plan 004 of the reference
// material, as text, into a plan.
func BenchmarkImportSeed004(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(shared, "seeds", "004_75adafb97131ccb0.txt"))
	if err != nil {
		b.Skipf("the reference material is not beside the repository (%v)", err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if p, _ := Read(src, "004.txt"); len(p.Sections) == 0 {
			b.Fatal("no sections")
		}
	}
}
