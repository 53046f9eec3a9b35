package check

import (
	"os"
	"strconv"
	"testing"

	"github.com/kehoach/kehoach/plan"
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

// BenchmarkCheckWritten checks a plan of 2,500 headings numbered as
// written, out of sequence in every list: the numbering rules' cost.
func BenchmarkCheckWritten(b *testing.B) {
	p := goodPlan()
	var sections []plan.Node
	for s := range 100 {
		var pts []plan.Node
		for i := range 24 {
			pts = append(pts, labelled(3, plan.PointLetter(i+1+i/10)+")", "Điểm", plan.Para("Nội dung.")))
		}
		sections = append(sections, labelled(2, strconv.Itoa(s+1)+".", "Khoản", pts...))
	}
	asWritten(p, sections...)
	b.ReportAllocs()
	for b.Loop() {
		if found := Check(p); len(found) == 0 {
			b.Fatal("no findings")
		}
	}
}
