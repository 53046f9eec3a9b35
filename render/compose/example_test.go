package compose_test

import (
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// Pages lays a plan out; a drawer draws each page's texts, rules and boxes
// where they stand, in points from the page's top-left corner.
func Example() {
	p := &plan.Plan{
		Issuer: []string{"SỞ NỘI VỤ"}, Symbol: "KH-SNV", Place: "Hà Nội", Subject: "Kế hoạch thử",
		Date:     plan.Date{Year: 2026, Month: 3, Day: 5},
		Sections: []*plan.Section{plan.NewPart("Nội dung", plan.Para("Nội dung."))},
		Signer:   plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Trần Văn B"},
		Archive:  "VT",
	}
	pages, err := compose.Pages(p, layout.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pg := range pages {
		fmt.Printf("page %d: %.0f × %.0f pt, %d runs of text, %d rules\n", pg.Number, pg.Width, pg.Height, len(pg.Texts), len(pg.Rules))
	}
	for _, t := range pages[0].Texts {
		if t.Text == "KẾ HOẠCH" || t.Text == "I. NỘI DUNG" || t.Text == "Nội dung./." {
			fmt.Printf("%q at x %.1f, baseline %.1f, %g pt, bold %v\n", t.Text, t.X, t.Y, t.Size, t.Style.Bold)
		}
	}
	// Output:
	// page 1: 595 × 842 pt, 14 runs of text, 3 rules
	// "KẾ HOẠCH" at x 280.6, baseline 160.7, 14 pt, bold true
	// "I. NỘI DUNG" at x 113.4, baseline 203.6, 14 pt, bold true
	// "Nội dung./." at x 113.4, baseline 225.7, 14 pt, bold false
}
