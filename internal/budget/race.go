//go:build race

package budget

// raceSlowdown is how many times slower the race detector makes the work:
// its documentation says execution time grows 2 to 20 times, and the
// readers' tight loops over millions of XML tokens sit at about 8. A
// quadratic reader still blows through it by orders of magnitude.
const raceSlowdown = 10

// raceInflation is how many times more the race detector makes the work
// allocate: its documentation says memory grows 5 to 10 times, and under
// it sync.Pool drops a quarter of what is put back: the Markdown reader
// allocates 341 MB for 200,000 emphases on 100,000 lines in a plain
// build and 2,108 MiB under the detector. The plain run (the README's
// go test ./...) holds the real budget.
const raceInflation = 10
