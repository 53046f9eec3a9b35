//go:build race

package budget

// raceSlowdown is how many times slower the race detector makes the work:
// its documentation says execution time grows 2 to 20 times, and the
// readers' tight loops over millions of XML tokens sit at about 8. A
// quadratic reader still blows through it by orders of magnitude.
const raceSlowdown = 10
