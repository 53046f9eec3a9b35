// Package budget lets a test hold a piece of work to what a hostile
// input may cost: the memory it allocates and the time it takes.
package budget

import (
	"runtime"
	"testing"
	"time"
)

// The budget of one hostile input: a reader or writer refuses or handles
// it within these.
const (
	Memory = 500 << 20
	Time   = 5 * time.Second
)

// Within runs fn and fails t when fn allocates more than Memory bytes or
// runs longer than Time.
func Within(t testing.TB, fn func()) {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	fn()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > Memory {
		t.Errorf("allocated %d MiB, more than the budget of %d MiB", allocated>>20, Memory>>20)
	}
	if elapsed > Time {
		t.Errorf("took %v, longer than the budget of %v", elapsed, Time)
	}
}
