package markdown_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// TestWriteWithGaps: an import that could not find the symbol nor the
// signer is written all the same, the problems listed at the top of the
// front matter in both languages, one comment line each, and the missing
// fields written empty where the author fills them in. Read then names
// each empty field on its line; filled in, the plan reads as valid.
func TestWriteWithGaps(t *testing.T) {
	p := testplans.Minimal()
	p.Symbol, p.Signer = "", plan.Signer{}
	gaps := plan.Errors{
		{Field: "symbol", Code: plan.CodeNotFound, Vi: "không tìm thấy dòng \"Số:\"", En: "no \"Số:\" line found"},
		{Field: "signer", Code: plan.CodeNotFound, Vi: "không tìm thấy phần chữ ký", En: "no signer\nfound"},
		{Line: 12, Field: "body", Code: plan.CodeHeadingLevel, Vi: "đề mục nhảy cấp", En: "a heading skips a level"},
	}
	var plain bytes.Buffer
	require.Error(t, markdown.Write(&plain, p), "an invalid plan is not written without WithGaps")
	assert.Zero(t, plain.Len())

	var out bytes.Buffer
	require.NoError(t, markdown.Write(&out, p, markdown.WithGaps(gaps)))
	md := out.String()
	head, _, _ := strings.Cut(strings.TrimPrefix(md, "---\n"), "\nissuer:")
	assert.Equal(t, `# Văn bản được nhập vào kehoach; cần bổ sung hoặc sửa các mục sau trước khi xuất văn bản:
# The document was imported; fill in or correct what follows before rendering it:
# - symbol: không tìm thấy dòng "Số:"
#   no "Số:" line found
# - signer: không tìm thấy phần chữ ký
#   no signer found
# - dòng 12: đề mục nhảy cấp
#   a heading skips a level`, head)
	assert.Contains(t, md, "\nsymbol:\n")
	assert.Contains(t, md, "\nsigner:\n  position:\n  name:\n")

	_, err := markdown.Read(out.Bytes(), "imported.md")
	problems := plan.AsErrors(err)
	require.NotNil(t, problems, "the gaps are reported until filled in")
	fields := map[string]int{}
	for _, e := range problems {
		fields[e.Field] = e.Line
	}
	lines := strings.Split(md, "\n")
	assert.Equal(t, "symbol:", lines[fields["symbol"]-1], "the symbol's problem names its line")
	assert.Equal(t, []string{"symbol"}, keys(fields), "an empty signer is the checker's to report (ND30-SIGNER-MISSING), not a syntax error")

	filled := strings.Replace(md, "\nsymbol:\n", "\nsymbol: KH-SNV\n", 1)
	filled = strings.Replace(filled, "  position:\n  name:\n", "  position: GIÁM ĐỐC\n  name: Trần Văn B\n", 1)
	got, err := markdown.Read([]byte(filled), "imported.md")
	require.NoError(t, err)
	assert.Equal(t, "KH-SNV", got.Symbol)
	assert.Equal(t, "Trần Văn B", got.Signer.Name)
}

// TestWriteWithoutGaps: WithGaps with no problems writes a valid plan as
// Write does.
func TestWriteWithoutGaps(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, markdown.Write(&a, testplans.Minimal()))
	require.NoError(t, markdown.Write(&b, testplans.Minimal(), markdown.WithGaps(nil)))
	assert.Equal(t, a.String(), b.String())
}

// keys returns a map's keys, sorted.
func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
