package markdown

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// withKey returns the test front matter with one more key.
func withKey(line string) string {
	return strings.Replace(frontMatter, "archive:", line+"\narchive:", 1)
}

// labelsOf returns the walk's heading labels and titles.
func labelsOf(p *plan.Plan) []string {
	var out []string
	for e := range p.Walk() {
		if e.Section() != nil {
			out = append(out, e.Label+" "+e.Text.String())
		}
	}
	return out
}

// A plan numbered as written keeps each heading's label, skips and
// letters included; automatic forms check the written numbers against
// them.
func TestNumberingInTheFrontMatter(t *testing.T) {
	written := withKey("numbering: written")
	p, err := Read([]byte(written+"# Phần I. MỤC ĐÍCH\n\n## 1.1. Mục đích\n\n### (1) Cụ thể\n\nA.\n\n# B. NỘI DUNG\n\n## 3. Bỏ qua 2\n\n## Không số\n\nB.\n"), "p.md")
	require.NoError(t, err)
	assert.True(t, p.Numbering.Written)
	assert.Equal(t, "Phần I.", p.Sections[0].Label)
	assert.Equal(t, []string{"Phần I. MỤC ĐÍCH", "1.1. Mục đích", "(1) Cụ thể", "B. NỘI DUNG", "3. Bỏ qua 2", " Không số"}, labelsOf(p))

	forms := withKey("numbering: [I., 1., 1.1., a)]")
	p, err = Read([]byte(forms+"# MỤC ĐÍCH\n\n## 1. Mục đích\n\n### 1.1. Cụ thể\n\n### Chung\n\n#### a) Điểm\n\nA.\n"), "p.md")
	require.NoError(t, err)
	assert.Equal(t, []string{"I. MỤC ĐÍCH", "1. Mục đích", "1.1. Cụ thể", "1.2. Chung", "a) Điểm"}, labelsOf(p))
	_, err = Read([]byte(forms+"# MỤC ĐÍCH\n\n## 1. Mục đích\n\n### 1.3. Cụ thể\n\nA.\n"), "p.md")
	assert.ErrorContains(t, err, `heading "1.3. Cụ thể" is numbered "1.3.", but it is point 1.1: write "1.1."`)
	_, err = Read([]byte(withKey("numbering: [I., 1., x)]")+"# A\n\nB.\n"), "p.md")
	assert.ErrorContains(t, err, `numbering[2]: "x)" is not a numbering form kehoach knows`)
	_, err = Read([]byte(withKey("numbering: sometimes")+"# A\n\nB.\n"), "p.md")
	assert.ErrorContains(t, err, `numbering: "sometimes": expected written`)
}

// Tables: "<" and "^" cells join the cell on the left and above; the
// attribute line sets the header rows and the widths.
func TestTableSpansAndAttributes(t *testing.T) {
	p := parseBody(t, "# BẢNG\n\n{header-rows=2 widths=1,6,3,3}\n\n"+
		"| TT | Nội dung | Cơ quan | < |\n|---|---|---|---|\n| ^ | ^ | Chủ trì | Phối hợp |\n| I. NHÓM MỘT | < | < | < |\n| 1 | Việc \\< một | Sở | \\^ |\n")
	tb := p.Sections[0].Content[0].(*plan.Table)
	assert.Equal(t, 2, tb.HeaderRows)
	assert.Equal(t, []float64{1, 6, 3, 3}, tb.Widths)
	assert.Equal(t, []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 0, Col: 2, Cols: 2}, {Row: 2, Col: 0, Cols: 4}}, tb.Merges)
	assert.Nil(t, tb.Header[3], "a joined cell is empty")
	assert.Equal(t, "Việc < một", tb.Rows[2][1].String(), "an escaped < is the character")
	assert.Equal(t, "^", tb.Rows[2][3].String())

	_, err := Read([]byte(frontMatter+"# A\n\n| < | b |\n|---|---|\n| 1 | 2 |\n"), "p.md")
	assert.ErrorContains(t, err, `the cell "<" at row 1, column 1 has no cell to join`)
	_, err = Read([]byte(frontMatter+"# A\n\n| a | b |\n|---|---|\n| ^ | 2 |\n| 3 | ^ |\n| ^ | < |\n"), "p.md")
	assert.ErrorContains(t, err, "do not make a rectangle")
	_, err = Read([]byte(frontMatter+"# A\n\n{header-rows=two colour=red}\n\n| a |\n|---|\n| 1 |\n"), "p.md")
	assert.ErrorContains(t, err, `table attribute "header-rows=two"`)
	assert.ErrorContains(t, err, `table attribute "colour=red": unknown key`)
	_, err = Read([]byte(frontMatter+"# A\n\n{widths=1,2}\n\nVăn bản.\n"), "p.md")
	assert.ErrorContains(t, err, "must stand right before a table")
}

// An appendix's orientation follows its title in braces.
func TestAppendixOrientation(t *testing.T) {
	p := parseBody(t, "# A\n\nB.\n\n# Phụ lục: DANH MỤC {landscape}\n\nX.\n\n# Phụ lục II – BẢNG {portrait}\n\nY.\n\n# Phụ lục: KHÁC\n\nZ.\n")
	require.Len(t, p.Appendices, 3)
	assert.Equal(t, plan.OrientationLandscape, p.Appendices[0].Orientation)
	assert.Equal(t, "DANH MỤC", p.Appendices[0].Title)
	assert.Equal(t, plan.OrientationPortrait, p.Appendices[1].Orientation)
	assert.Equal(t, plan.OrientationAuto, p.Appendices[2].Orientation)
	_, err := Read([]byte(frontMatter+"# A\n\nB.\n\n# Phụ lục: X {sideways}\n\nY.\n"), "p.md")
	assert.ErrorContains(t, err, `appendix attribute "sideways"`)
}
