// Package gcpolicy sets the garbage collector's policy of a process that
// renders many plans, the batch command and the service: a memory limit
// rather than the default pacing alone. A PDF leaves some 28 MB of garbage
// (most of it fpdf's per-document font work) over a live heap of a few
// megabytes; under the default GOGC=100 the collector runs every few
// megabytes, several times a document. Letting the heap grow to a few
// hundred megabytes before collecting, and no further, spends less of the
// processors on collecting and keeps the process's memory bounded
// (docs/pdf-speed.md has the batch's measurements, docs/deploy.md the
// service's).
package gcpolicy

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
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
func Batch() { apply(Limit) }

// apply sets the soft memory limit limit and the pacing Percent, each
// unless the environment chose its own (GOMEMLIMIT, GOGC).
func apply(limit int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
	}
	pace()
}

// pace sets the pacing Percent, unless GOGC chose one.
func pace() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
}

// Policy is the collector's policy in force: the soft memory limit and
// the pacing below it.
type Policy struct {
	// Limit is the soft memory limit in bytes (GOMEMLIMIT);
	// math.MaxInt64 for none.
	Limit int64
	// Percent is the pacing (GOGC); a negative value for none (GOGC=off:
	// the collector runs only at the limit).
	Percent int
}

// Current returns the policy in force.
func Current() Policy {
	s := []metrics.Sample{{Name: "/gc/gomemlimit:bytes"}, {Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	p := Policy{Limit: math.MaxInt64, Percent: 100}
	if s[0].Value.Kind() == metrics.KindUint64 {
		p.Limit = int64(min(s[0].Value.Uint64(), math.MaxInt64))
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		v := s[1].Value.Uint64()
		p.Percent = -1 // GOGC=off reads as -1 made unsigned
		if v <= math.MaxInt32 {
			p.Percent = int(v)
		}
	}
	return p
}

// Service applies the service's policy and returns the policy in force:
//
//   - limit > 0: the soft memory limit limit (as kehoach serve
//     -memory-limit sets it), whatever GOMEMLIMIT says;
//   - limit == 0, the default: the limit [ServiceLimit], unless
//     GOMEMLIMIT chose one;
//   - limit < 0 (-memory-limit off): no limit and the runtime's own
//     pacing, GOGC's or 100.
//
// With a limit, the pacing below it is Percent unless GOGC chose one.
func Service(limit int64) Policy {
	if limit < 0 {
		return Current()
	}
	if limit > 0 {
		debug.SetMemoryLimit(limit)
		pace()
	} else {
		apply(ServiceLimit())
	}
	return Current()
}

// ServiceLimit returns the service's default soft memory limit: Limit,
// or three quarters of the memory limit of the container the process
// runs in (its cgroup's) when that is less, leaving the rest for what
// the limit does not count and the collector's lag.
func ServiceLimit() int64 { return limitWithin(containerMemory()) }

// limitWithin returns the soft limit for a container's memory limit
// (0 for none).
func limitWithin(container int64) int64 {
	if container <= 0 {
		return Limit
	}
	return min(Limit, container/4*3)
}

// cgroupMemoryFiles hold the memory limit of the process's cgroup, as a
// container sees its own: cgroup v2's, then v1's.
var cgroupMemoryFiles = []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}

// containerMemory returns the memory limit of the process's cgroup in
// bytes, 0 for none (no cgroup file, "max", or a value past any
// machine's memory).
func containerMemory() int64 {
	for _, name := range cgroupMemoryFiles {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		return parseCgroupMemory(string(b))
	}
	return 0
}

// parseCgroupMemory reads a cgroup memory limit file's value: a number
// of bytes, or "max" (v2) or a number near 2^63 (v1) for none.
func parseCgroupMemory(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 || n >= 1<<60 {
		return 0
	}
	return n
}
