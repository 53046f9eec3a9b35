package layout

import "github.com/kehoach/kehoach/plan"

// ColumnNeeds exposes columnNeeds to the package's external tests.
func (l *Layout) ColumnNeeds(t *plan.Table) (minW, prefW []float64) { return l.columnNeeds(t) }
