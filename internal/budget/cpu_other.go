//go:build !unix

package budget

import "time"

// cpuTime returns -1: the wall clock measures instead.
func cpuTime() time.Duration { return -1 }
