package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestTableHeadersAgreeWithLibreOffice: every table header cell on more
// than one line, in the example plans with tables and in a two-row header
// of long merged cells, prints the same lines in our PDF and in
// LibreOffice's print of our DOCX: the lines the layout balances
// ("Tên đơn vị / được / kiểm tra" in plan-10's appendix).
func TestTableHeadersAgreeWithLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	l := layout.Default()
	samples := []sample{{"plan-10", load(t, "plan-10.md"), l}, {"written", load(t, testplans.WrittenPlan), l},
		{"report", load(t, testplans.Report), l}, {"two-row-header", twoRowHeader(t), l}}
	ours, theirs := printBoth(t, samples)
	repro := false
	for i, s := range samples {
		cells := multiLineHeaderCells(s.plan, s.l)
		require.NotEmpty(t, cells, "%s: header cells on more than one line", s.name)
		for who, path := range map[string]string{"kehoach": ours[i], "LibreOffice": theirs[i]} {
			pages := pdfcheck.Read(t, path)
			for _, c := range cells {
				assert.True(t, printsLines(pages, c), "%s: %s's print of header cell %q is not %q", s.name, who, c.text, c.lines)
			}
		}
		for _, c := range cells {
			repro = repro || slices.Equal(c.lines, []string{"Tên đơn vị", "được", "kiểm tra"})
		}
	}
	assert.True(t, repro, "plan-10's cell balanced")
}

// headerCell is a header cell as the layout prints it: its text, the
// page's x range of its columns, and its lines.
type headerCell struct {
	text   string
	x0, x1 float64
	lines  []string
}

// multiLineHeaderCells returns the table header cells of a plan that
// print on more than one line, with the lines the page composition wraps
// them into.
func multiLineHeaderCells(p *plan.Plan, l layout.Layout) []headerCell {
	sheet := l.StyleSheet()
	var out []headerCell
	for e := range p.Walk() {
		tbl := e.Table()
		if tbl == nil {
			continue
		}
		page := l
		if e.Appendix > 0 && l.AppendixLandscape(p.Appendices[e.Appendix-1]) {
			page = l.Landscape()
		}
		widths := l.ColumnWidths(tbl, page.TextWidth())
		grid := layout.TableGrid(tbl)
		cells := sheet.TableCells(tbl, e.Cells, grid, widths)
		for r := range layout.HeaderRows(tbl) {
			x := page.Margins.Left
			for c, cell := range cells[r] {
				w := 0.0
				for _, cw := range widths[c:min(len(widths), c+grid[r][c].Cols)] {
					w += cw
				}
				if !grid[r][c].Covered {
					var lines []string
					for _, part := range strings.Split(cell.String(), "\n") {
						lines = append(lines, layout.WrapText(part, layout.Bold, l.TableSize, w-2*l.TablePadding)...)
					}
					if len(lines) > 1 {
						out = append(out, headerCell{e.Cells[r][c].String(), x, x + w, lines})
					}
				}
				x += widths[c]
			}
		}
	}
	return out
}

// printsLines reports whether a page of a PDF prints the cell's lines,
// one under the other, in the cell's columns.
func printsLines(pages []pdfcheck.Page, c headerCell) bool {
	const slack, sameLine = 2.0, 3.0 // points
	for _, pg := range pages {
		var words []pdfcheck.Word
		for _, w := range pg.Words() {
			if w.XMin >= c.x0-slack && w.XMax <= c.x1+slack {
				words = append(words, w)
			}
		}
		slices.SortStableFunc(words, func(a, b pdfcheck.Word) int {
			if math.Abs(a.YMin-b.YMin) < sameLine {
				return int(a.XMin - b.XMin)
			}
			return int(a.YMin - b.YMin)
		})
		var lines []string
		for i := 0; i < len(words); {
			j := i + 1
			for j < len(words) && words[j].YMin-words[i].YMin < sameLine {
				j++
			}
			var texts []string
			for _, w := range words[i:j] {
				texts = append(texts, w.Text)
			}
			lines = append(lines, strings.Join(texts, " "))
			i = j
		}
		for k := 0; k+len(c.lines) <= len(lines); k++ {
			if slices.Equal(lines[k:k+len(c.lines)], c.lines) {
				return true
			}
		}
	}
	return false
}

// twoRowHeader returns the seed plan with a table of two header rows in
// its first part, whose cells are long and merged: "Cơ quan chủ trì thực
// hiện" over two columns, "Nội dung công việc cần thực hiện" over two rows.
func twoRowHeader(t testing.TB) *plan.Plan {
	p := load(t, "ke-hoach-004.md")
	tbl := plan.NewTable([]string{"TT", "Nội dung công việc cần thực hiện", "Cơ quan chủ trì thực hiện", "", "Thời gian hoàn thành"},
		[]string{"", "", "Đơn vị chủ trì", "Đơn vị phối hợp thực hiện", ""},
		[]string{"1", "Tuyên truyền phổ biến nội dung kế hoạch", "Văn phòng", "Các phòng chuyên môn", "Quý II"})
	tbl.HeaderRows = 2
	tbl.Widths = []float64{1, 3, 2, 2, 1.5}
	tbl.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 0, Col: 2, Cols: 2}, {Row: 0, Col: 4, Rows: 2}}
	p.Sections[0].Content = append(plan.Nodes{tbl}, p.Sections[0].Content...)
	return p
}
