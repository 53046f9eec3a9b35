package kehoach_test

import (
	"fmt"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
)

// Issuing a plan's appendix as a file of its own: the document keeps the
// plan's pages, and each appendix comes apart, with the number and
// signing time at the top right of its first page.
func ExampleAppendixFiles() {
	p := &plan.Plan{
		Issuer: []string{"SỞ NỘI VỤ"}, Number: "125", Symbol: "KH-SNV", Place: "Hà Nội",
		Date: plan.Date{Year: 2026, Month: 4, Day: 23}, Subject: "Kế hoạch thử",
		Sections:   []*plan.Section{plan.NewPart("NỘI DUNG", plan.Para("Nội dung."))},
		Signer:     plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Trần Văn B"},
		Appendices: []*plan.Appendix{{Title: "DANH SÁCH", Content: plan.Nodes{plan.Para("Danh sách.")}}},
	}
	signed := time.Date(2026, 4, 23, 1, 51, 2, 0, time.UTC)
	files, err := kehoach.AppendixFiles(p, "pdf", kehoach.WithAppendixFiles(), kehoach.WithSignedAt(signed))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range files {
		fmt.Println(f.Name, len(f.Data) > 0)
	}
	fmt.Println(p.AppendixCorner(signed))
	// Output:
	// phu-luc-1.pdf true
	// Số: 125/KH-SNV; 2026-04-23T08:51:02+07:00
}
