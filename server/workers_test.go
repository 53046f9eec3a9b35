package server

import (
	"fmt"
	"net/http"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorkersFollowGOMAXPROCS: the workers default to the CPUs the
// process may use (runtime.GOMAXPROCS, which follows a container's CPU
// limit), not to the machine's CPUs (runtime.NumCPU). GOMAXPROCS is set
// above NumCPU here, so that the two differ on any machine.
func TestWorkersFollowGOMAXPROCS(t *testing.T) {
	procs := runtime.NumCPU() + 3
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	rec := get(t, New(), "/metrics")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), fmt.Sprintf("\nkehoach_render_workers %d\n", procs))
	rec = get(t, New(WithWorkers(1)), "/metrics")
	assert.Contains(t, rec.Body.String(), "\nkehoach_render_workers 1\n", "WithWorkers still decides")
}
