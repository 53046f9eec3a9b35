//go:build !race

package budget

// raceSlowdown is 1 without the race detector: the budget is Time.
const raceSlowdown = 1

// raceInflation is 1 without the race detector: the budget is Memory.
const raceInflation = 1
