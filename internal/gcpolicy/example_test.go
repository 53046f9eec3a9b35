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

// The service applies the policy once its flags are read: a limit given
// (kehoach serve -memory-limit 128MiB) wins over GOMEMLIMIT, and the
// pacing is Percent unless GOGC chose one.
func ExampleService() {
	os.Unsetenv("GOGC")
	p := gcpolicy.Service(128 << 20)
	fmt.Println(p.Limit>>20, "MiB", p.Percent)
	// Output: 128 MiB 400
}
