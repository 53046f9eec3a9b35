package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/limits"
)

// nestedJSON returns a plan whose sections nest depth deep.
func nestedJSON(depth int) []byte {
	head := `{"issuer": ["SỞ X"], "symbol": "KH-X", "place": "Hà Nội", "subject": "Thử", "signer": {"position": ["GIÁM ĐỐC"], "name": "A"}, "sections": [`
	var b strings.Builder
	b.WriteString(head)
	for range depth {
		b.WriteString(`{"type": "section", "level": 1, "title": "A", "content": [` + "\n")
	}
	for range depth {
		b.WriteString("]}")
	}
	b.WriteString("]}")
	return []byte(b.String())
}

// Defect 2: JSON nested thousands deep is refused before it is decoded,
// with one problem that names the limit, not one a level.
func TestHostileJSON(t *testing.T) {
	for _, depth := range []int{2_000, 4_900} {
		data := nestedJSON(depth)
		var err error
		budget.Within(t, func() { _, err = ParseJSON(data, "deep.json") })
		errs := AsErrors(err)
		require.Len(t, errs, 1)
		assert.Equal(t, CodeLimit, errs[0].Code)
		assert.Contains(t, errs[0].En, "the JSON's nesting reaches 65, past the limit of 64 (Depth)")
		assert.Contains(t, errs[0].Vi, "vượt giới hạn 64 (Depth)")
		assert.Less(t, len(err.Error()), 200)
	}
	_, err := ParseJSON(nestedJSON(3), "ok.json")
	assert.NotContains(t, err.Error(), "Depth", "a shallow plan passes the limit")

	big := []byte(`{"issuer": ["` + strings.Repeat("X", 21<<20) + `"]}`)
	_, err = ParseJSON(big, "big.json")
	assert.ErrorContains(t, err, "(PlanSize)")
	_, err = ParseJSON(nestedJSON(3), "small.json", WithLimits(limits.Limits{PlanSize: 100}))
	assert.ErrorContains(t, err, "past the limit of 100 B (PlanSize)")
}

// Defect 8: a footnote inside a footnote, which a JSON or Go plan can
// hold, is refused by validation for every writer alike.
func TestNoteInNote(t *testing.T) {
	p := minimalPlan()
	inner := Plain("Ghi chú").Note("lồng")
	p.Sections = []*Section{NewPart("NỘI DUNG", ParaText(append(Plain("Văn bản"), Span{Note: &Footnote{Text: inner}})))}
	errs := AsErrors(p.Validate())
	require.Len(t, errs, 1)
	assert.Equal(t, CodeFootnotePlace, errs[0].Code)
	assert.Contains(t, errs[0].En, "a footnote holds another footnote")
}

// TestCheckCounts: the counts a reader checks, each naming its limit.
func TestCheckCounts(t *testing.T) {
	p := minimalPlan()
	p.Recipients = make([]string, 5)
	assert.Contains(t, CheckCounts(p, limits.Limits{Recipients: 4}).En, "(Recipients)")
	assert.Equal(t, "recipients", CheckCounts(p, limits.Limits{Recipients: 4}).Field)
	p.Sections = []*Section{NewPart("A", Para("x"), Para("y")), NewPart("B", NewTable([]string{"a", "b"}, []string{"1", "2"}))}
	assert.Nil(t, CheckCounts(p, limits.Limits{}))
	assert.Contains(t, CheckCounts(p, limits.Limits{Nodes: 4}).En, "(Nodes)")
	assert.Contains(t, CheckCounts(p, limits.Limits{TableCells: 3}).En, "the plan's table cells number 4, past the limit of 3 (TableCells)")
}
