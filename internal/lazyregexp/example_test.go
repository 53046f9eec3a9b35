package lazyregexp_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// A document number: compiled the first time it is matched, not at start.
var documentNumber = lazyregexp.New(`^(\d+)/([\pL\pN-]+)$`)

func Example() {
	m := documentNumber.FindStringSubmatch("125/KH-UBND")
	fmt.Println(m[1], m[2])
	// Output: 125 KH-UBND
}
