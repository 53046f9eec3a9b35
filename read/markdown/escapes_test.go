package markdown

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// White space written as a character reference is kept where Markdown
// trims white space, and does not separate what white space separates.
func TestSpaceWrittenAsReference(t *testing.T) {
	p := parseBody(t, "&#32;đầu&#32;\n\nhai&#10;\n\n# A\n\n| &#32;x | y&#9; |\n|---|---|\n\n## &#32; Tiêu đề&#160;\n\nB.\n")
	assert.Equal(t, " đầu ", plan.BlockText(p.Preamble[0]).String())
	assert.Equal(t, "hai\n", plan.BlockText(p.Preamble[1]).String())
	table := p.Sections[0].Content[0].(*plan.Table)
	assert.Equal(t, []string{" x", "y\t"}, []string{table.Header[0].String(), table.Header[1].String()})
	assert.Equal(t, "  Tiêu đề\u00a0", p.Sections[0].Content[1].(*plan.Section).Title.String())

	p = parseBody(t, "Căn cứ Luật A;&#32;Căn cứ Luật B;\nCăn cứ Luật C.\n\n# A\n\nB.\n")
	require.Len(t, p.Bases, 2, "a ';' then a space written as a reference does not end a basis")
	assert.Equal(t, "Căn cứ Luật A; Căn cứ Luật B;", p.Bases[0].String())

	p = parseBody(t, "Văn bản \\&#32; và `&#32;`\n\n# A\n\nB.\n")
	assert.Equal(t, "Văn bản &#32; và &#32;", plan.BlockText(p.Preamble[0]).String(), "an escaped reference and code are text")
}

// A heading that starts with an escape is its title alone: no number,
// no appendix.
func TestHeadingStartingWithAnEscape(t *testing.T) {
	p := parseBody(t, "# &#80;hụ lục thi đua\n\n## &#49;. Tổng quan\n\n### **\\(1)** ngoặc\n\nB.\n")
	require.Empty(t, p.Appendices)
	part := p.Sections[0]
	assert.Equal(t, "Phụ lục thi đua", part.Title.String())
	section := part.Content[0].(*plan.Section)
	assert.Equal(t, "1. Tổng quan", section.Title.String())
	assert.Equal(t, "(1) ngoặc", section.Content[0].(*plan.Section).Title.String())

	p = parseBody(t, "# A\n\n## 1\\. Mục\n\nB.\n")
	assert.Equal(t, "Mục", p.Sections[0].Content[0].(*plan.Section).Title.String(), `"1\." is still the written number`)
}

// A heading's role follows its title in braces; "\{role=…}" is text.
func TestRoleAttribute(t *testing.T) {
	p := parseBody(t, "# MỤC ĐÍCH (ĐỢT 2) {role=purpose}\n\n## Tiến độ {role=organisation}\n\n# KHÁC \\{role=funding}\n\nB.\n")
	assert.Equal(t, "MỤC ĐÍCH (ĐỢT 2)", p.Sections[0].Title.String())
	assert.Equal(t, plan.RolePurpose, p.Sections[0].Role)
	assert.Equal(t, plan.RoleOrganisation, p.Sections[0].Content[0].(*plan.Section).Role)
	assert.Equal(t, "KHÁC {role=funding}", p.Sections[1].Title.String())
	assert.Equal(t, plan.RoleOther, p.Sections[1].Role)
	_, err := Read([]byte(frontMatter+"# A {role=money}\n\nB.\n"), "plan.md")
	assert.ErrorContains(t, err, `unknown role "money": use one of purpose, content`)
}

// A plan numbered as written keeps more labels than the reader checks in
// an automatic one.
func TestWrittenOnlyLabels(t *testing.T) {
	written := withKey("numbering: written")
	p, err := Read([]byte(written+"# Phần 1 CHUNG\n\n## I.1. Mục\n\n### Điều 2. Điều\n\nB.\n\n# Năm 2025 không phải số\n\nC.\n"), "p.md")
	require.NoError(t, err)
	assert.Equal(t, []string{"Phần 1 CHUNG", "I.1. Mục", "Điều 2. Điều", " NĂM 2025 KHÔNG PHẢI SỐ"}, labelsOf(p))
	p = parseBody(t, "# Phần 1 CHUNG\n\n## I.1. Mục\n\nB.\n")
	assert.Equal(t, []string{"I. PHẦN 1 CHUNG", "1. I.1. Mục"}, labelsOf(p), "automatic numbering checks only the numbers it knows")
}

// Legal bases may be written in italic, and the paragraph's text decides:
// "Căn cứ:" and "Căn cứu" are not bases, "Căn cứ" and its note is.
func TestBasesAsWritten(t *testing.T) {
	p := parseBody(t, "*Căn cứ Luật A;*\n\n**Căn cứ** Luật B[^1].\n\nThực hiện.\n\n# A\n\nB.\n\n[^1]: Ghi chú.\n")
	require.Len(t, p.Bases, 2)
	assert.True(t, p.Bases[0][0].Italic)
	assert.Equal(t, "Căn cứ Luật B.", p.Bases[1].String())

	p = parseBody(t, "Căn cứ Luật A;\n\u3000 Căn cứ Luật B.\n\n# A\n\nB.\n")
	require.Len(t, p.Bases, 2)
	assert.Equal(t, "Căn cứ Luật B.", p.Bases[1].String(), "a basis starts at its Căn cứ, whatever space is before")

	p = parseBody(t, "Căn cứ:\n\n- Luật A.\n\n# A\n\nB.\n")
	assert.Empty(t, p.Bases)
	assert.Equal(t, "Căn cứ:", plan.BlockText(p.Preamble[0]).String())
	p = parseBody(t, "Căn cứu hộ.\n\n# A\n\nB.\n")
	assert.Empty(t, p.Bases)
	require.Len(t, p.Preamble, 1, "read once")
}

// A quoted value keeps the spaces at its ends; a plain one is trimmed.
func TestQuotedValuesKeepTheirSpaces(t *testing.T) {
	src := strings.Replace(frontMatter, "subject: Phát động phong trào thi đua năm 2022", `subject: " Có khoảng trắng "`, 1)
	src = strings.Replace(src, "place: Vĩnh Phúc", "place: 'Vĩnh Phúc '", 1)
	p, err := Read([]byte(src+"# A\n\nB.\n"), "p.md")
	require.NoError(t, err)
	assert.Equal(t, " Có khoảng trắng ", p.Subject)
	assert.Equal(t, "Vĩnh Phúc ", p.Place)
	assert.Equal(t, "125", p.Number)
}

// A table row keeps the cells it was written with; the alignments end
// with the last column that sets one; header rows may be more than two.
func TestTableAsWritten(t *testing.T) {
	p := parseBody(t, "# A\n\n{header-rows=3}\n\n| a | b | c |\n|:-:|---|---|\n| 1 |\n| 2 | |\n| 3 | < | < |\n")
	table := p.Sections[0].Content[0].(*plan.Table)
	assert.Equal(t, []plan.Align{plan.AlignCenter}, table.Align)
	require.Len(t, table.Rows, 3)
	assert.Len(t, table.Rows[0], 1)
	assert.Len(t, table.Rows[1], 2)
	assert.Equal(t, 3, table.HeaderRows)
	_, err := Read([]byte(frontMatter+"# A\n\n{header-rows=5}\n\n| a |\n|---|\n| 1 |\n"), "p.md")
	assert.ErrorContains(t, err, "is 5, but the table has 2 rows")
}
