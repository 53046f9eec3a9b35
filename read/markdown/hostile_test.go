package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// front is a valid front matter for the hostile bodies below.
const front = "---\nissuer: SỞ X\nsymbol: KH-X\nplace: Hà Nội\nsubject: Thử\nsigner: {position: GIÁM ĐỐC, name: A}\n---\n\n"

// hostile reads src and returns its problems, within the budget.
func hostile(t *testing.T, src string, opts ...Option) plan.Errors {
	t.Helper()
	var err error
	budget.Within(t, func() { _, err = Read([]byte(src), "hostile.md", opts...) })
	require.Error(t, err)
	return plan.AsErrors(err)
}

// The hostile-input review's defects in the Markdown reader, each
// refused within the budget with a problem that names the limit.
func TestHostileMarkdown(t *testing.T) {
	var b strings.Builder
	for i := range 50_000 {
		fmt.Fprintf(&b, "a[^%d] ", i)
	}
	b.WriteString("\n\n")
	for i := range 50_000 {
		fmt.Fprintf(&b, "[^%d]: n\n", i)
	}
	notes := b.String()
	b.Reset()
	b.WriteString("x\n\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "[l%d]: http://a/%d\n", i, i)
	}
	links := b.String()
	recipients := "recipients:\n" + strings.Repeat("  - UBND tỉnh\n", 200_000)
	for _, c := range []struct {
		name, src, limit string
		line             int
	}{
		{"100,000 nested list items on a line", front + strings.Repeat("- ", 100_000) + "x\n", "(Depth)", 9},
		{"quotes nested 100,000 deep", front + "x\n\n" + strings.Repeat("> ", 100_000) + "x\n", "(Depth)", 11},
		{"50,000 footnotes", front + notes, "(References)", 2011},
		{"100,000 link definitions", front + links, "(References)", 2011},
		{"200,000 recipients", strings.Replace(front, "signer:", recipients+"signer:", 1) + "x\n", "(Recipients)", 0},
		{"a 21 MiB file", front + strings.Repeat("Kế hoạch. ", 21<<20/len("Kế hoạch. ")+1), "(PlanSize)", 0},
		{"40,000 empty headings", front + strings.Repeat("#\n\n", 40_000), "(Nodes)", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := []Option{}
			if c.limit == "(Nodes)" {
				opts = append(opts, WithLimits(limits.Limits{Nodes: 30_000}))
			}
			errs := hostile(t, c.src, opts...)
			require.Len(t, errs, 1, errs.Error())
			assert.Contains(t, errs[0].En, c.limit)
			assert.Contains(t, errs[0].Vi, "vượt giới hạn")
			assert.Equal(t, plan.CodeLimit, errs[0].Code)
			assert.Equal(t, c.line, errs[0].Line)
		})
	}
}

// Defect 8: a table, a list or a heading inside a footnote is refused, not
// run together; a table row with more cells than its header is refused,
// not cut.
func TestNoteHoldsTextOnly(t *testing.T) {
	src := front + "# NỘI DUNG\n\nVăn bản[^1].\n\n[^1]: Bảng:\n\n    | cot | COT |\n    |---|---|\n    | B | GHI |\n"
	_, err := Read([]byte(src), "p.md")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "footnote [^1] holds a table: a note holds text only")
	assert.Contains(t, plan.AsErrors(err)[0].Vi, "chú thích [^1] chứa một bảng")

	src = front + "# NỘI DUNG\n\n| TT | Việc |\n|---|---|\n| 1 | A | thừa |\n| 2 |\n"
	_, err = Read([]byte(src), "p.md")
	require.Error(t, err)
	errs := plan.AsErrors(err)
	require.Len(t, errs, 1)
	assert.Equal(t, 13, errs[0].Line)
	assert.Contains(t, errs[0].En, "the table row has 3 cells, more than the header's 2 columns")
	_, err = Read([]byte(strings.Replace(src, "| 1 | A | thừa |", `| 1 | A \| B |`, 1)), "p.md")
	assert.NoError(t, err, "an escaped pipe is text")
}

// A NUL character in the body is reported as the control character it
// is, on its line, not as the U+FFFD CommonMark turns it into.
func TestNULInBody(t *testing.T) {
	p, err := Read([]byte(front+"# NỘI DUNG\n\nA\x00b.\n"), "p.md")
	require.NoError(t, err)
	require.Len(t, p.Source.Controls, 1)
	assert.Equal(t, plan.Control{Line: 11, Field: "body", Rune: 0}, p.Source.Controls[0])
	assert.Equal(t, "Ab.", p.Sections[0].Content[0].(*plan.Paragraph).Text.String())
}

// BenchmarkHeadings reads plans of 10,000, 20,000 and 40,000 headings: the
// time grows in proportion.
func BenchmarkHeadings(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		src := []byte(front + strings.Repeat("# MỤC\n\nVăn bản.\n\n", n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(src, "h.md"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNesting refuses lines nested 10,000, 20,000 and 40,000 deep:
// the time grows in proportion (the reader stops at the limit).
func BenchmarkNesting(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		src := []byte(front + strings.Repeat("- ", n) + "x\n")
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Read(src, "n.md"); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
