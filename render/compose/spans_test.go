package compose_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// spannedPages lays out the seed plan with testplans.SpannedTable opening
// its first part, and returns the page that shows it and the table.
func spannedPages(t *testing.T) (compose.Page, *plan.Table) {
	t.Helper()
	p := testplans.Load(t, "ke-hoach-004.md")
	table := testplans.SpannedTable()
	p.Sections[0].Content = append(plan.Nodes{table}, p.Sections[0].Content...)
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	for _, pg := range pages {
		if find(pg, "Cơ quan") != nil {
			return pg, table
		}
	}
	t.Fatal("no page shows the table")
	return compose.Page{}, nil
}

// rulesAt returns the page's horizontal rules at y (within 0.01 pt).
func rulesAt(pg compose.Page, y float64) []compose.Rule {
	var out []compose.Rule
	for _, r := range pg.Rules {
		if r.Y1 == r.Y2 && r.Y1 > y-0.01 && r.Y1 < y+0.01 {
			out = append(out, r)
		}
	}
	return out
}

// covers reports whether one of the rules runs over the point x of its
// line, or for a vertical rule, over y.
func covers(rules []compose.Rule, at float64, vertical bool) bool {
	for _, r := range rules {
		lo, hi := r.X1, r.X2
		if vertical {
			lo, hi = r.Y1, r.Y2
		}
		if lo < at-0.01 && at+0.01 < hi {
			return true
		}
	}
	return false
}

// TestSpannedTable: the merged header cell's text is centred over its two
// columns and the cells under it in theirs; "TT", spanning both header
// rows, is centred between them; the group row's text is centred over the
// table (it starts in the "TT" column, which is centred); and no border
// runs through a merged cell.
func TestSpannedTable(t *testing.T) {
	l := layout.Default()
	pg, table := spannedPages(t)
	ws := l.ColumnWidths(table, l.TextWidth())
	left := l.Margins.Left
	x := []float64{left, left + ws[0], left + ws[0] + ws[1], left + ws[0] + ws[1] + ws[2], left + l.TextWidth()}
	centre := func(tx *compose.Text) float64 { return tx.X + tx.Width/2 }

	agency, lead, partner := find(pg, "Cơ quan"), find(pg, "Chủ trì"), find(pg, "Phối hợp")
	require.NotNil(t, agency)
	require.NotNil(t, lead)
	require.NotNil(t, partner)
	assert.InDelta(t, (x[2]+x[4])/2, centre(agency), 0.01, "Cơ quan centred over its two columns")
	assert.InDelta(t, (x[2]+x[3])/2, centre(lead), 0.01)
	assert.InDelta(t, (x[3]+x[4])/2, centre(partner), 0.01)
	assert.Greater(t, lead.Y, agency.Y, "the second header row under the first")
	assert.Equal(t, layout.Bold, lead.Style, "the second header row is bold, as the first")

	tt, content := find(pg, "TT"), find(pg, "Nội dung")
	require.NotNil(t, tt)
	require.NotNil(t, content)
	assert.InDelta(t, (agency.Y+lead.Y)/2, tt.Y, 0.01, "TT centred over the two header rows")
	assert.InDelta(t, tt.Y, content.Y, 0.01)
	assert.InDelta(t, (x[0]+x[1])/2, centre(tt), 0.01)

	group := find(pg, "I. NÂNG CAO NHẬN THỨC")
	require.NotNil(t, group)
	assert.InDelta(t, left+l.TextWidth()/2, centre(group), 0.01, "the group row centred over the table")

	// The border between the two header rows runs under "Cơ quan" only.
	var between float64
	for _, r := range pg.Rules {
		if r.Y1 == r.Y2 && r.Y1 > agency.Y && r.Y1 < lead.Y-lead.Size {
			between = r.Y1
		}
	}
	require.NotZero(t, between, "a border between the header rows")
	rules := rulesAt(pg, between)
	assert.True(t, covers(rules, (x[2]+x[4])/2, false), "under Cơ quan")
	assert.False(t, covers(rules, (x[0]+x[1])/2, false), "not through TT")
	assert.False(t, covers(rules, (x[1]+x[2])/2, false), "not through Nội dung")
	// No border between the columns through the group row, nor through
	// "Cơ quan".
	var vertical []compose.Rule
	for _, r := range pg.Rules {
		if r.X1 == r.X2 {
			vertical = append(vertical, r)
		}
	}
	for c := 1; c < 4; c++ {
		var at []compose.Rule
		for _, r := range vertical {
			if r.X1 > x[c]-0.01 && r.X1 < x[c]+0.01 {
				at = append(at, r)
			}
		}
		assert.False(t, covers(at, group.Y-1, true), "no border through the group row at column %d", c)
		assert.True(t, covers(at, lead.Y-1, true), "a border beside the second header row's cells at column %d", c)
		if c == 3 {
			assert.False(t, covers(at, agency.Y-1, true), "no border through Cơ quan")
		}
	}
}

// TestHeaderRowsRepeat: a long table's two header rows print again at the
// top of every page it runs onto, over its rows.
func TestHeaderRowsRepeat(t *testing.T) {
	pages, err := compose.Pages(testplans.GroupedRows(t), layout.Default())
	require.NoError(t, err)
	seen := 0
	for i, pg := range pages {
		first := 1e9 // the first task's line on the page
		for _, tx := range pg.Texts {
			if strings.HasPrefix(tx.Text, "Việc số") {
				first = min(first, tx.Y)
			}
		}
		if first == 1e9 {
			continue
		}
		seen++
		for _, head := range []string{"TT", "Nội dung", "Nhóm", "Công việc", "Tên nhóm"} {
			tx := find(pg, head)
			if assert.NotNil(t, tx, "page %d: %q", i+1, head) {
				assert.Less(t, tx.Y, first, "page %d: %q over the rows", i+1, head)
			}
		}
	}
	assert.Equal(t, 3, seen, "the table runs over three pages")
}

// TestSpanAcrossPages: a page may break between the rows of a group, as
// LibreOffice breaks them; the group's cell then prints from the top of
// the rows on each page, its lines once each, and closes with a border at
// the foot of the first.
func TestSpanAcrossPages(t *testing.T) {
	l := layout.Default()
	pages, err := compose.Pages(testplans.GroupedRows(t), l)
	require.NoError(t, err)
	members, split := 0, 0
	for i, pg := range pages {
		for _, tx := range pg.Texts {
			if tx.Text == "thành viên" {
				members++
			}
		}
		// A group whose rows end the page without its last: its cell
		// continues at the top of the next page, from the top of its rows.
		last := 0 // the page's last task
		for _, tx := range pg.Texts {
			if n, err := strconv.Atoi(tx.Text); err == nil && tx.X < l.Margins.Left+l.TableSize*2 {
				last = max(last, n)
			}
		}
		if last == 0 || last%3 == 0 || i+1 == len(pages) {
			continue // no task, or the page ends with a group
		}
		next := pages[i+1]
		firstRow := find(next, strconv.Itoa(last+1))
		require.NotNil(t, firstRow, "page %d: task %d", i+2, last+1)
		// The group's cell on the next page: in its column, above the
		// next group's first row. A one-line group ("Nhóm 2") printed
		// whole on the page before has none.
		below := math.Inf(1)
		if nextGroup := find(next, strconv.Itoa((last/3+1)*3+1)); nextGroup != nil {
			below = nextGroup.Y - 1
		}
		// The rows start under the repeated header; a row's own text is
		// centred in its height, the group's cell goes on from the top.
		top := find(next, "Công việc").Y + 1
		var cont *compose.Text
		rowsTop := math.Inf(1)
		for k := range next.Texts {
			tx := &next.Texts[k]
			if tx.Y > top {
				rowsTop = min(rowsTop, tx.Y)
			}
			if tx.X > l.Margins.Left+l.TextWidth()/2 && tx.Y > top && tx.Y < below && (cont == nil || tx.Y < cont.Y) {
				cont = tx
			}
		}
		if cont == nil {
			continue
		}
		split++
		assert.InDelta(t, rowsTop, cont.Y, 0.01, "page %d: the group's cell goes on from the top of the rows", i+2)
		assert.LessOrEqual(t, cont.Y, firstRow.Y+0.01, "page %d: not below its first row's text", i+2)
	}
	assert.Equal(t, 10*5, members, "each line of each group once")
	assert.Positive(t, split, "pages broke inside a group")
}

// TestCoveredTextIgnored: text in covered cells prints nowhere.
func TestCoveredTextIgnored(t *testing.T) {
	pages, err := compose.Pages(testplans.CoveredText(), layout.Default())
	require.NoError(t, err)
	require.Len(t, pages, 1)
	for _, tx := range pages[0].Texts {
		assert.NotContains(t, tx.Text, "che")
		assert.NotContains(t, tx.Text, "ẩn")
	}
	assert.NotNil(t, find(pages[0], "Hai"))
}
