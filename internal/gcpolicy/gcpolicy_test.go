package gcpolicy

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// keepPolicy restores the collector's policy at the test's end.
func keepPolicy(t *testing.T) {
	limit, percent := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	t.Cleanup(func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	})
}

// TestService: the service's policy is a soft memory limit with the
// batch's pacing below it, unless the environment chose them; a limit
// given (-memory-limit) wins over GOMEMLIMIT; a negative one leaves the
// runtime's own policy.
func TestService(t *testing.T) {
	keepPolicy(t)
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	debug.SetMemoryLimit(math.MaxInt64)
	debug.SetGCPercent(100)
	assert.Equal(t, Policy{math.MaxInt64, 100}, Service(-1), "off: the runtime's default")
	assert.Equal(t, Policy{ServiceLimit(), Percent}, Service(0))
	assert.Equal(t, Policy{ServiceLimit(), Percent}, Current())
	assert.Equal(t, Policy{100 << 20, Percent}, Service(100<<20))

	// The environment's choices stand (the runtime read them at start),
	// except against a limit given.
	debug.SetMemoryLimit(500 << 20)
	debug.SetGCPercent(50)
	t.Setenv("GOMEMLIMIT", "500MiB")
	t.Setenv("GOGC", "50")
	assert.Equal(t, Policy{500 << 20, 50}, Service(0))
	assert.Equal(t, Policy{64 << 20, 50}, Service(64<<20))

	debug.SetGCPercent(-1)
	assert.Equal(t, -1, Current().Percent, "GOGC=off")
}

// TestServiceLimit: the default limit is Limit, or three quarters of a
// container's memory limit when that is less.
func TestServiceLimit(t *testing.T) {
	assert.Equal(t, int64(Limit), limitWithin(0), "no container")
	assert.Equal(t, int64(192<<20), limitWithin(256<<20), "a 256 MiB container")
	assert.Equal(t, int64(96<<20), limitWithin(128<<20))
	assert.Equal(t, int64(Limit), limitWithin(4<<30), "a container larger than the limit")
	for s, want := range map[string]int64{
		"max\n":                  0, // cgroup v2, no limit
		"9223372036854771712\n":  0, // cgroup v1, no limit
		"268435456\n":            256 << 20,
		"":                       0,
		"-1":                     0,
		"not a number":           0,
		"18446744073709551615\n": 0,
	} {
		assert.Equal(t, want, parseCgroupMemory(s), "%q", s)
	}
	assert.LessOrEqual(t, ServiceLimit(), int64(Limit))
	assert.Positive(t, ServiceLimit())
}
