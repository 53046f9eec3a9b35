package compose_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// TestTableHeaderLines: the header cell "Tên đơn vị được kiểm tra" of
// plan-10's first appendix prints balanced, "Tên đơn vị / được / kiểm
// tra" (not "… / được kiểm / tra"), each line centred in the cell, one
// table line under the other.
func TestTableHeaderLines(t *testing.T) {
	l := layout.Default()
	for _, pg := range pagesOf(t, "plan-10.md") {
		first := find(pg, "Tên đơn vị")
		if first == nil {
			continue
		}
		assert.Nil(t, find(pg, "được kiểm"), "no line ends inside \"kiểm tra\"")
		lines := []*compose.Text{first, find(pg, "được"), find(pg, "kiểm tra")}
		for i, line := range lines {
			require.NotNil(t, line, "line %d of the cell", i+1)
			assert.InDelta(t, first.X+first.Width/2, line.X+line.Width/2, 0.01, "%q centred in the cell", line.Text)
			assert.InDelta(t, first.Y+float64(i)*layout.DefaultFonts().LineHeight(l.TableSize), line.Y, 0.01, "%q on line %d", line.Text, i+1)
		}
		return
	}
	t.Fatal("no page shows the cell")
}
