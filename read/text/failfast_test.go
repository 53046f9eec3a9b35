package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/plan"
)

// Texts within the service's 5 MiB that the reader would take half a
// minute and a gigabyte to read are refused by the prescan within the
// budget, naming the limit and the count found.
func TestFailFast(t *testing.T) {
	for _, c := range []struct{ name, src, limit string }{
		{"800,000 rows of tabs", "KẾ HOẠCH\n" + strings.Repeat("a\tb\tc\n", 800_000), "(TableCells)"},
		{"a row of a million pipes", "KẾ HOẠCH\n" + strings.Repeat("| a ", 1_000_000) + "|\n", "(TableCells)"},
		{"5 million lines", strings.Repeat("\n", 5_000_000), "(Lines)"},
		{"Markdown of a million emphases", "# KẾ HOẠCH\n\n" + strings.Repeat("**a** ", 1_000_000), "(Marks)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			budget.Within(t, func() { _, err = Read([]byte(c.src), "hostile.txt") })
			errs := plan.AsErrors(err)
			require.Len(t, errs, 1, err)
			assert.Contains(t, errs[0].En, c.limit)
			assert.Contains(t, errs[0].En, "at least")
			assert.Contains(t, errs[0].Vi, "vượt giới hạn")
		})
	}
	// At the limits, the worst texts read within the budget.
	for _, src := range []string{strings.Repeat("a\tb\tc\n", 66_000), strings.Repeat("a\n", 99_000)} {
		budget.Within(t, func() { _, _ = Read([]byte(src), "max.txt") })
	}
}
