package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
)

// jsonParagraphs is a plan of n tiny paragraphs in its preamble.
func jsonParagraphs(n int) []byte {
	return []byte(`{"issuer":["A"],"symbol":"KH","place":"X","subject":"S","preamble":[` +
		strings.TrimSuffix(strings.Repeat(`{"type":"paragraph","text":"a"},`, n), ",") + `]}`)
}

// A JSON plan of more nodes than the limit is refused once the reader
// has decoded as many, not after decoding them all (each costs a few
// kilobytes), within the budget and naming the limit; at the limit, it
// reads within the budget.
func TestJSONFailFast(t *testing.T) {
	for _, n := range []int{300_000, 600_000} {
		src := jsonParagraphs(n)
		var err error
		budget.Within(t, func() { _, err = ParseJSON(src, "hostile.json") })
		errs := AsErrors(err)
		require.Len(t, errs, 1, err)
		assert.Contains(t, errs[0].En, "at least 50001, past the limit of 50000 (Nodes)")
		assert.Contains(t, errs[0].Vi, "vượt giới hạn")
	}
	src := jsonParagraphs(49_990)
	budget.Within(t, func() {
		_, err := ParseJSON(src, "max.json")
		assert.NoError(t, err)
	})
}
