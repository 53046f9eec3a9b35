package gcpolicy_test

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/kehoach/kehoach/internal/gcpolicy"
)

// A batch process applies the policy first thing; GOGC or GOMEMLIMIT in
// the environment would take precedence.
func ExampleBatch() {
	os.Unsetenv("GOGC")
	os.Unsetenv("GOMEMLIMIT")
	gcpolicy.Batch()
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(-1)
	fmt.Println(percent, limit)
	// Output: 400 268435456
}
