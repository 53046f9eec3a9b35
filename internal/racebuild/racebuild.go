// Package racebuild tells a test whether it runs under the race
// detector, so that a test of printed output, which the plain run
// (the README's go test ./...) checks, can leave the instrumented run
// (.ci/run's go test -race ./...) to what it is for: concurrency.
package racebuild

// Skip skips t in a build with the race detector, saying why.
func Skip(t interface{ Skip(args ...any) }) {
	if Enabled {
		t.Skip("compares printed output, which the plain go test ./... checks; under the race detector it only costs minutes")
	}
}
