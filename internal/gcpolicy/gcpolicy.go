// Package gcpolicy sets the garbage collector's policy of a process that
// renders many plans, the batch command and the service: a memory limit
// rather than the default pacing alone. A PDF leaves some 28 MB of garbage
// (most of it fpdf's per-document font work) over a live heap of a few
// megabytes; under the default GOGC=100 the collector runs every few
// megabytes, several times a document. Letting the heap grow to a few
// hundred megabytes before collecting, and no further, spends less of the
// processors on collecting and keeps the process's memory bounded
// (docs/pdf-speed.md has the measurements).
package gcpolicy

import (
	"os"
	"runtime/debug"
)

// Limit is the memory the runtime aims to stay under, 256 MiB: under the
// issue's 300 MB with room for what the runtime does not count (stacks,
// code), and well above what a batch of one plan per processor holds.
const Limit = 256 << 20

// Percent is the collector's pacing below the limit: a cycle when the
// heap has grown by four times what the last one left live.
const Percent = 400

// Batch applies the policy, unless the environment chose one of its own
// (GOGC or GOMEMLIMIT): the limit Limit, and the pacing Percent.
func Batch() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(Limit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
}
