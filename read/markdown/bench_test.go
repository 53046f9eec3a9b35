package markdown

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkReadMarkdown reads the seed plan 004 from the authoring format.
func BenchmarkReadMarkdown(b *testing.B) {
	src, err := os.ReadFile("../../examples/ke-hoach-004.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(src, "ke-hoach-004.md"); err != nil {
			b.Fatal(err)
		}
	}
}

// longParagraph is a 5 MB paragraph that goldmark reads in over 200,000
// pieces: each entity and each tag is a piece of its own.
var longParagraph = strings.Repeat("Kế hoạch &amp; thi đua <b>năm</b> 2022. ", 5<<20/len("Kế hoạch &amp; thi đua <b>năm</b> 2022. "))

// BenchmarkReadMarkdownLongParagraph reads a plan whose one paragraph is
// longParagraph.
func BenchmarkReadMarkdownLongParagraph(b *testing.B) {
	src := []byte("---\nissuer: SỞ X\nsymbol: KH-X\nplace: Hà Nội\nsubject: Thử\n---\n\n" + longParagraph + "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(src, "long.md"); err != nil {
			b.Fatal(err)
		}
	}
}
