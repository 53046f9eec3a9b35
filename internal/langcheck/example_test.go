package langcheck_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/langcheck"
)

// English finds the English sentence that a Vietnamese message should
// not hold; the quoted input and the key name do not count.
func ExampleEnglish() {
	fmt.Println(langcheck.English(`plan.md:5: date: "2025-02-30" không phải ngày hợp lệ`))
	fmt.Println(langcheck.English(`plan.md:5: date: "2025-02-30" is not a date`))
	// Output:
	// []
	// [plan.md:5: date: "2025-02-30" is not a date  ← is, not]
}
