package templates_test

import (
	"fmt"

	"github.com/kehoach/kehoach/templates"
)

// The embedded fonts need no file beside the program.
func ExampleFont() {
	regular := templates.Font(false, false)
	fmt.Println(templates.FontFile(true, true), len(regular) > 0, string(regular[:4]) == "\x00\x01\x00\x00")
	// Output: LiberationSerif-BoldItalic.ttf true true
}
