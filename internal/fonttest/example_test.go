package fonttest_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// A font with a letter taken out, to test what refuses such a font.
func ExampleWithout() {
	font := fonttest.Without(templates.Font(false, false), 'ự')
	m, err := layout.ParseMetrics(font)
	fmt.Println(err, m.HasGlyph('ự'), m.HasGlyph('ư'))
	// Output: <nil> false true
}
