package ttfsubset_test

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/ttfsubset"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// Cut Liberation Serif down to the characters of a heading: they print as
// in the whole font, with the same advances, from a file a fraction of
// its size.
func ExampleSubset() {
	whole := templates.Font(false, false)
	const heading = "KẾ HOẠCH"
	sub, err := ttfsubset.Subset(whole, func(r rune) bool { return strings.ContainsRune(heading, r) })
	if err != nil {
		fmt.Println(err)
		return
	}
	font, err := layout.ParseFont("subset.ttf", sub)
	if err != nil {
		fmt.Println(err)
		return
	}
	original, err := layout.ParseFont("LiberationSerif-Regular.ttf", whole)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(font.Family, font.Style)
	fmt.Printf("%.2f pt at 14 pt, as in the whole font: %v\n", font.Metrics.Width(heading, 14), font.Metrics.Width(heading, 14) == original.Metrics.Width(heading, 14))
	fmt.Println("a fifth of the file at most:", len(sub) < len(whole)/5)
	// Output:
	// Liberation Serif Regular
	// 71.94 pt at 14 pt, as in the whole font: true
	// a fifth of the file at most: true
}
