package markdown

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/kehoach/kehoach/internal/testplans"
)

// tables returns the tables of a Markdown document as a viewer shows
// them.
func tables(t *testing.T, md []byte) [][][]string {
	t.Helper()
	var out [][][]string
	doc := gfm.Parser().Parse(text.NewReader(md))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if tb, ok := n.(*east.Table); ok {
			out = append(out, tableCells(tb, md))
		}
	}
	return out
}

// TestMergedCells: GFM cannot merge cells: a merged cell's text stands in
// its first cell and the cells it covers are empty; the second header
// row is bold, as the first is.
func TestMergedCells(t *testing.T) {
	out := render(t, testplans.Load(t, testplans.WrittenPlan))
	all := tables(t, out)
	require.Len(t, all, 3, "header, signature, the appendix's table")
	table := all[2]
	assert.Equal(t, [][]string{
		{"TT", "Nhiệm vụ", "Cơ quan", "", "Thời gian hoàn thành", "Sản phẩm"},
		{"", "", "Chủ trì", "Phối hợp", "", ""},
		{"I. CẢI CÁCH THỂ CHẾ", "", "", "", "", ""},
	}, table[:3])
	assert.Equal(t, []string{"3", "Công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử",
		"Văn phòng HĐND và UBND huyện", "Các cơ quan chuyên môn", "Thường xuyên", "Thủ tục được công khai"}, table[6])
	assert.Equal(t, "", table[7][4], "the time shared with the task above is not repeated")
	html := toHTML(t, out)
	assert.Contains(t, html, "<td><strong>Chủ trì</strong></td>", "the second header row in bold")
	assert.Contains(t, html, `<td style="text-align:center"><strong>I. CẢI CÁCH THỂ CHẾ</strong></td>`, "as written, in its first cell")
	assert.Equal(t, 1, strings.Count(string(out), "Thường xuyên"))
}

// TestSixLevels: headings of levels 5 and 6 are Markdown's sixth level
// (the document's title is the first), with their labels: the decree's
// "+" and "•", or as the author wrote them.
func TestSixLevels(t *testing.T) {
	headings := func(md []byte) []string {
		var out []string
		doc := gfm.Parser().Parse(text.NewReader(md))
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if h, ok := n.(*gast.Heading); ok {
				out = append(out, strings.Repeat("#", h.Level)+" "+inlineText(h, md))
			}
		}
		return out
	}
	assert.Equal(t, []string{"# KẾ HOẠCH", "## I. NỘI DUNG", "### 1. Nhiệm vụ", "#### a) Tuyên truyền",
		"##### - Trên báo chí", "###### + Báo in", "###### • Chuyên mục hằng tuần"}, headings(render(t, testplans.SixLevels())))
	written := headings(render(t, testplans.Load(t, testplans.WrittenPlan)))
	assert.Contains(t, written, "## Phần I. MỤC ĐÍCH, YÊU CẦU")
	assert.Contains(t, written, "#### 1.1. Rà soát, hệ thống hóa văn bản")
	assert.Contains(t, written, "###### (1) Văn bản do Hội đồng nhân dân huyện ban hành")
	assert.Contains(t, written, "###### - Nghị quyết về đầu tư công")
}

// TestLegalBases: each basis is a paragraph of its own, in italic; the
// lead-in after them is not.
func TestLegalBases(t *testing.T) {
	html := toHTML(t, render(t, testplans.Load(t, testplans.WrittenPlan)))
	assert.Contains(t, html, "<p><em>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</em></p>")
	assert.Contains(t, html, "<p><em>Căn cứ Kế hoạch số 05/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026.</em></p>")
	assert.Equal(t, 3, strings.Count(html, "<p><em>Căn cứ"))
	assert.Contains(t, html, "<p>Ủy ban nhân dân huyện Tân Phong ban hành Kế hoạch")
}

// TestReport: a báo cáo is titled "BÁO CÁO", numbered "BC-…".
func TestReport(t *testing.T) {
	out := render(t, testplans.Load(t, testplans.Report))
	html := toHTML(t, out)
	assert.Contains(t, html, "<h1>BÁO CÁO</h1>")
	assert.NotContains(t, html, "KẾ HOẠCH")
	assert.Equal(t, []string{"Số: 85/BC-VHTT", "Tân Phong, ngày 20 tháng 6 năm 2026"}, tables(t, out)[0][2])
}
