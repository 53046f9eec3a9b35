package layout_test

import (
	"fmt"

	"github.com/kehoach/kehoach/render/layout"
)

// The default layout is Part A of the layout contract; both writers read
// every number from it.
func Example() {
	l := layout.Default()
	fmt.Printf("A4 %.0f × %.0f mm, text width %.0f mm\n", layout.ToMM(l.PageWidth), layout.ToMM(l.PageHeight), layout.ToMM(l.TextWidth()))
	fmt.Printf("body %g pt, first-line indent %.0f mm\n", l.BodySize, layout.ToMM(l.FirstIndent))
	fmt.Println(l.Check())
	// Output:
	// A4 210 × 297 mm, text width 165 mm
	// body 14 pt, first-line indent 10 mm
	// <nil>
}

// Balance breaks an agency name into even lines, as a clerk breaks it by
// hand, rather than filling the first line.
func ExampleBalance() {
	l := layout.Default()
	lines := layout.Balance("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", layout.Bold, l.IssuerSize, layout.MM(58))
	for _, s := range lines {
		fmt.Println(s)
	}
	// Output:
	// SỞ THÔNG TIN VÀ
	// TRUYỀN THÔNG
}
