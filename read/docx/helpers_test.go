package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
	writer "github.com/kehoach/kehoach/render/docx"
)

// ownDocx returns kehoach's own DOCX of a plan.
func ownDocx(t testing.TB, p *plan.Plan) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, writer.Write(&b, p))
	return b.Bytes()
}

// ownPlans are the example plans and the test plans, by name.
func ownPlans(t testing.TB) map[string]*plan.Plan {
	plans := map[string]*plan.Plan{"minimal": testplans.Minimal(), "stress": testplans.Stress(t)}
	for _, name := range testplans.Names {
		plans[name] = testplans.Load(t, name)
	}
	for name, p := range testplans.Odd() {
		plans[name] = p
	}
	return plans
}

// realDocs returns the paths of the real Word files in
// ../shared/realdocs, skipping the test when they are not there.
func realDocs(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "realdocs")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the real documents are not here (%s): %v", dir, err)
	}
	return dir
}

// realDoc reads a real Word file by the number its name starts with.
func realDoc(t *testing.T, number string) []byte {
	t.Helper()
	dir := realDocs(t)
	matches, _ := filepath.Glob(filepath.Join(dir, number+"_*"))
	require.Len(t, matches, 1, "realdocs/%s", number)
	src, err := os.ReadFile(matches[0])
	require.NoError(t, err)
	return src
}

// printed returns a text as it prints, footnote references as "[n]".
func printed(t plan.Text) string {
	var b strings.Builder
	for _, s := range t {
		switch {
		case s.Note == nil:
			b.WriteString(s.Text)
		case s.NoteNumber > 0:
			b.WriteString("[" + strconv.Itoa(s.NoteNumber) + "]")
		case s.Text != "": // the flow's: the label the reference prints
			b.WriteString("[" + s.Text + "]")
		}
	}
	return b.String()
}

// eachPara calls fn with the flow's paragraphs in reading order, those
// in tables row by row.
func eachPara(blocks []flow.Block, fn func(*flow.Para)) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *flow.Para:
			fn(b)
		case *flow.Table:
			for _, row := range b.Rows {
				for _, c := range row {
					eachPara(c.Blocks, fn)
				}
			}
		}
	}
}

// flowLines returns the flow's paragraphs as they print, labels
// included, in reading order.
func flowLines(blocks []flow.Block) []string {
	var out []string
	eachPara(blocks, func(p *flow.Para) {
		s := printed(p.Text)
		if p.Label != "" {
			s = p.Label + " " + s
		}
		out = append(out, s)
	})
	return out
}

// paras returns the flow's paragraphs in reading order.
func paras(blocks []flow.Block) []*flow.Para {
	var out []*flow.Para
	eachPara(blocks, func(p *flow.Para) { out = append(out, p) })
	return out
}
