package mdescape_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/mdescape"
)

// An "&" before "amp;" must be escaped to stay a character; a "**"
// between a letter and "(" does not open emphasis, between a space and
// "(" it does.
func Example() {
	fmt.Println(mdescape.LooksLikeEntity("amp; x"), mdescape.LooksLikeEntity(" TT"))
	fmt.Println(mdescape.Flanks('a', '('), mdescape.Flanks(' ', '('), mdescape.Flanks('a', 'b'))
	// Output:
	// true false
	// false true true
}
