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
// takes longer than Time (ten times both in a build with the race
// detector, whose instrumentation, not the input, costs the rest). The time is the processor time the test process
// spends (user and system), where the system can tell it: on a machine
// busy with other work, the wall clock would charge fn with their time.
func Within(t testing.TB, fn func()) {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, startCPU := time.Now(), cpuTime()
	fn()
	elapsed := time.Since(start)
	if startCPU >= 0 {
		elapsed = cpuTime() - startCPU
	}
	runtime.ReadMemStats(&after)
	if allocated, limit := after.TotalAlloc-before.TotalAlloc, uint64(Memory*raceInflation); allocated > limit {
		t.Errorf("allocated %d MiB, more than the budget of %d MiB", allocated>>20, limit>>20)
	}
	if limit := Time * raceSlowdown; elapsed > limit {
		t.Errorf("took %v, longer than the budget of %v", elapsed, limit)
	}
}
