package testplans_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/testplans"
)

// Fuzzed puts the same strings everywhere text goes; the plan is valid
// when they are.
func ExampleFuzzed() {
	s := testplans.FuzzSeeds[0]
	p := testplans.Fuzzed(s[0], s[1], s[2], s[3], s[4], s[5])
	fmt.Println(p.Validate())
	fmt.Println(testplans.Fuzzed("", "", "", "", "", "").Validate() != nil)
	// Output:
	// <nil>
	// true
}
