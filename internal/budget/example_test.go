package budget_test

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/budget"
)

// A test holds a hostile input's handling to the budget.
func ExampleWithin() {
	t := &testing.T{}
	budget.Within(t, func() { _ = strings.Repeat("x", 1<<20) })
	// Output:
}
