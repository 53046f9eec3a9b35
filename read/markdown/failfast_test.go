package markdown

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
)

// Bodies within the service's 5 MiB that goldmark would take gigabytes
// to read are refused by the prescan within the budget, naming the limit
// and the count found; at the limits, the worst bodies read within it.
func TestFailFast(t *testing.T) {
	for _, c := range []struct{ name, body, limit string }{
		{"1.7 million paragraphs", strings.Repeat("a\n\n", 1_700_000), "(Nodes)"},
		{"1.25 million emphases", strings.Repeat("*a* ", 1_250_000) + "\n", "(Marks)"},
		{"a paragraph of a million lines", strings.Repeat("a\n", 1_000_000), "(Lines)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			errs := hostile(t, front+c.body)
			require.Len(t, errs, 1, errs.Error())
			assert.Contains(t, errs[0].En, c.limit)
			assert.Contains(t, errs[0].En, "at least")
			assert.Contains(t, errs[0].Vi, "vượt giới hạn")
		})
	}
	for _, c := range []struct{ name, body string }{
		{"200,000 emphases on 100,000 lines", strings.Repeat("*a* *a*\n", 99_990)},
		{"inline HTML at the Marks limit", strings.Repeat("<b>a</b> ", 224_990)},
		{"50,000 paragraphs", strings.Repeat("a\n\n", 49_990)},
	} {
		t.Run(c.name, func(t *testing.T) {
			budget.Within(t, func() {
				_, err := Read([]byte(front+"# NỘI DUNG\n\n"+c.body+"\n"), "max.md")
				assert.NoError(t, err)
			})
		})
	}
}
