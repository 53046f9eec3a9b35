package textutil_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/textutil"
)

// Matching what a clerk typed tolerantly: the tone marks and the
// punctuation go, the vowel shapes stay; a near miss of a known word gets
// a suggestion in both languages.
func Example() {
	fmt.Println(textutil.FoldKey("Nơi  nhận:"))
	fmt.Println(textutil.IsRoman("XIV"), textutil.IsRoman("VI PHẠM"))
	vi, en := textutil.Suggest("issuer_nmae", []string{"issuer", "issuer_name", "number"})
	fmt.Println(vi)
	fmt.Println(en)
	// Output:
	// nơi nhân
	// true false
	//  (có phải là "issuer_name"?)
	//  (did you mean "issuer_name"?)
}
