package layout_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// printedTable is a body table of an example plan as the writers lay it
// out: its cells as the walk gives them, its grid and its column widths.
type printedTable struct {
	plan   string
	table  *plan.Table
	cells  [][]plan.Text
	grid   [][]layout.GridCell
	widths []float64
}

// examplesTables returns every body table of the example plans, at the
// widths the writers give it (on a landscape page in an appendix that
// turns).
func exampleTables(t *testing.T) []printedTable {
	l := layout.Default()
	var out []printedTable
	for _, name := range testplans.Names {
		p := testplans.Load(t, name)
		for e := range p.Walk() {
			tbl := e.Table()
			if tbl == nil {
				continue
			}
			width := l.TextWidth()
			if e.Appendix > 0 && l.AppendixLandscape(p.Appendices[e.Appendix-1]) {
				turned := l.Landscape()
				width = turned.TextWidth()
			}
			out = append(out, printedTable{name, tbl, e.Cells, layout.TableGrid(tbl), l.ColumnWidths(tbl, width)})
		}
	}
	return out
}

// cellBox returns the room for text of cell (r, c): the columns it spans,
// less the table's padding.
func (pt printedTable) cellBox(r, c int) float64 {
	l := layout.Default()
	w := 0.0
	for _, cw := range pt.widths[c : c+pt.grid[r][c].Cols] {
		w += cw
	}
	return w - 2*l.TablePadding
}

// printedLines returns the lines a header cell prints: each stretch
// between its line breaks wrapped as the page composition wraps it.
func printedLines(cell plan.Text, box float64) []string {
	l := layout.Default()
	var lines []string
	for _, part := range strings.Split(cell.String(), "\n") {
		lines = append(lines, layout.WrapText(part, layout.Bold, l.TableSize, box)...)
	}
	return lines
}

// TestTableHeaderBalanced: the header cell of plan-10's first appendix
// prints "Tên đơn vị / được / kiểm tra", not "Tên đơn vị / được kiểm /
// tra"; the body's cells are not touched, nor are the walk's own.
func TestTableHeaderBalanced(t *testing.T) {
	l := layout.Default()
	sheet := l.StyleSheet()
	seen := false
	for _, pt := range exampleTables(t) {
		if pt.plan != "plan-10.md" || pt.cells[0][1].String() != "Tên đơn vị được kiểm tra" {
			continue
		}
		seen = true
		out := sheet.TableCells(pt.table, pt.cells, pt.grid, pt.widths)
		assert.Equal(t, "Tên đơn vị\nđược\nkiểm tra", out[0][1].String())
		assert.Equal(t, []string{"Tên đơn vị", "được", "kiểm tra"}, printedLines(out[0][1], pt.cellBox(0, 1)))
		assert.Equal(t, "Tên đơn vị được kiểm tra", pt.cells[0][1].String(), "the walk's cells unchanged")
		for r := 1; r < len(out); r++ {
			assert.Same(t, &pt.cells[r][0], &out[r][0], "body row %d as it is", r)
		}
	}
	assert.True(t, seen, "plan-10's table with the cell")
}

// TestTableHeaderTwoRows: a two-row header with merged cells is balanced
// cell by cell, a merged cell on the columns it spans; a body cell,
// centred or not, is not balanced.
func TestTableHeaderTwoRows(t *testing.T) {
	l := layout.Default()
	tbl := plan.NewTable([]string{"TT", "Nội dung công việc cần thực hiện", "Cơ quan chủ trì thực hiện", ""},
		[]string{"", "", "Đơn vị chủ trì", "Đơn vị phối hợp thực hiện"},
		[]string{"1", "Tuyên truyền phổ biến nội dung kế hoạch cho cán bộ", "Văn phòng", "Các phòng chuyên môn"})
	tbl.HeaderRows = 2
	tbl.Widths = []float64{1, 3, 2, 2}
	tbl.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 0, Col: 2, Cols: 2}}
	tbl.Align = []plan.Align{plan.AlignCenter, plan.AlignCenter, plan.AlignCenter, plan.AlignCenter}
	cells := append([][]plan.Text{tbl.Header}, tbl.Rows...)
	pt := printedTable{"", tbl, cells, layout.TableGrid(tbl), l.ColumnWidths(tbl, 200)}
	out := l.StyleSheet().TableCells(tbl, cells, pt.grid, pt.widths)
	for r := range 2 {
		for c := range out[r] {
			if pt.grid[r][c].Covered {
				assert.Equal(t, cells[r][c], out[r][c], "a covered cell as it is")
				continue
			}
			lines := printedLines(out[r][c], pt.cellBox(r, c))
			greedy := layout.WrapText(cells[r][c].String(), layout.Bold, l.TableSize, pt.cellBox(r, c))
			want := layout.Balance(cells[r][c].String(), layout.Bold, l.TableSize, pt.cellBox(r, c))
			assert.Equal(t, want, lines, "row %d, column %d balanced on its width", r, c)
			if len(greedy) > 1 {
				assert.Contains(t, out[r][c].String(), "\n", "row %d, column %d: its breaks written", r, c)
			}
		}
	}
	assert.Contains(t, out[0][2].String(), "\n", "the merged cell balanced on its two columns")
	assert.Equal(t, cells[2], out[2], "a body row as it is")
}

// TestTableHeaderKeepsEveryCharacter: balancing a header cell only turns
// spaces into line breaks: every other character stays, in order, in its
// span, with its style, and every footnote reference stays where it was;
// a word wider than the cell leaves the cell to greedy wrapping, which
// breaks it between characters.
func TestTableHeaderKeepsEveryCharacter(t *testing.T) {
	note := &plan.Footnote{Text: plan.Plain("Theo Quyết định số 1050/QĐ-SCT.")}
	wide := "Chuyênmônnghiệpvụđặcbiệtkhôngthểngắthơnđược"
	cases := map[string]plan.Text{
		"plain":      plan.Plain("Tên đơn vị được kiểm tra"),
		"styles":     plan.Plain("Tên đơn vị ").Italic("được kiểm").Plain(" tra và xử lý"),
		"note":       append(plan.Plain("Tên đơn vị được"), plan.Span{Note: note, NoteNumber: 3}, plan.Span{Text: " kiểm tra"}),
		"tab":        plan.Plain("Thời gian\tcông bố Quyết định kiểm tra"),
		"gap":        plan.Plain("Số      /KH ngày      tháng kiểm tra"),
		"breaks":     plan.Plain("Tên đơn vị được kiểm tra\nThời gian công bố Quyết định"),
		"brackets":   plan.Plain("Kinh phí thực hiện (triệu đồng )"),
		"wide word":  plan.Plain("Tên " + wide + " kiểm tra"),
		"decomposed": plan.Text{{Text: "Te\u0302n đơn vi\u0323 được kiểm tra"}},
		"spaces":     plan.Plain("  Tên đơn vị được kiểm tra  "),
	}
	l := layout.Default()
	for name, cell := range cases {
		t.Run(name, func(t *testing.T) {
			tbl := &plan.Table{Header: []plan.Text{plan.Plain("TT"), cell}, Rows: [][]plan.Text{{plan.Plain("1"), plan.Plain("x")}}}
			cells := [][]plan.Text{tbl.Header, tbl.Rows[0]}
			widths := []float64{30, 60}
			out := l.StyleSheet().TableCells(tbl, cells, layout.TableGrid(tbl), widths)
			got := out[0][1]
			require.Len(t, got, len(cell), "the spans kept")
			for i := range cell {
				want := cell[i]
				want.Text = plan.NFC(want.Text)
				have := got[i]
				have.Text = plan.NFC(have.Text) // a cell left as it is keeps its form
				assert.Equal(t, want.Note, have.Note, "span %d: its note", i)
				assert.Equal(t, want.NoteNumber, have.NoteNumber, "span %d: its number", i)
				assert.Equal(t, [2]bool{want.Bold, want.Italic}, [2]bool{have.Bold, have.Italic}, "span %d: its style", i)
				require.Equal(t, utf8.RuneCountInString(want.Text), utf8.RuneCountInString(have.Text), "span %d: as many characters", i)
				w, h := []rune(want.Text), []rune(have.Text)
				for k := range w {
					if h[k] != w[k] {
						assert.True(t, h[k] == '\n' && (w[k] == ' ' || w[k] == '\t'), "span %d: %q for %q at %d", i, h[k], w[k], k)
					}
				}
			}
			if got.String() == plan.NFC(cell.String()) {
				return // left to greedy wrapping
			}
			box := widths[1] - 2*l.TablePadding
			for _, line := range strings.Split(got.String(), "\n") {
				line = strings.TrimRight(line, " ") // a line's trailing spaces take no room
				assert.LessOrEqual(t, layout.DefaultFonts().Metrics(layout.Bold).Width(line, l.TableSize), box, "%q fits", line)
			}
		})
	}
	tbl := &plan.Table{Header: []plan.Text{plan.Plain("TT"), cases["wide word"]}}
	out := l.StyleSheet().TableCells(tbl, [][]plan.Text{tbl.Header}, layout.TableGrid(tbl), []float64{30, 60})
	assert.Equal(t, cases["wide word"], out[0][1], "a word wider than the cell: greedy wrapping's")
}

// TestExampleTableHeadersKeepWordsWhole: no line of an example plan's
// table header ends inside a word of the lexicon when the cell could print
// on as many lines (or fewer) with every word of the lexicon whole.
func TestExampleTableHeadersKeepWordsWhole(t *testing.T) {
	l := layout.Default()
	sheet := l.StyleSheet()
	checked := 0
	for _, pt := range exampleTables(t) {
		out := sheet.TableCells(pt.table, pt.cells, pt.grid, pt.widths)
		for r := range layout.HeaderRows(pt.table) {
			for c, cell := range out[r] {
				if pt.grid[r][c].Covered {
					continue
				}
				box := pt.cellBox(r, c)
				lines := printedLines(cell, box)
				if len(lines) > 1 {
					checked++
				}
				for i := range lines[:len(lines)-1] {
					last, next := strings.Fields(lines[i]), strings.Fields(lines[i+1])
					if len(last) == 0 || len(next) == 0 || !layout.InLexicon(last[len(last)-1], next[0]) {
						continue
					}
					words := strings.Fields(pt.cells[r][c].String())
					assert.False(t, wholeWordsFit(words, len(lines), box),
						"%s: header cell %q breaks %q / %q, though it fits on %d lines with its words whole",
						pt.plan, pt.cells[r][c].String(), lines[i], lines[i+1], len(lines))
				}
			}
		}
	}
	assert.GreaterOrEqual(t, checked, 5, "header cells on more than one line")
}

// wholeWordsFit reports whether words fit on at most n lines of width,
// broken between words only and never inside a word of the lexicon (tried
// every way: a header cell has few words).
func wholeWordsFit(words []string, n int, width float64) bool {
	l := layout.Default()
	const fitMargin = 0.03 // as close to the edge as LibreOffice lets a line come
	if len(words) > 16 {
		return false
	}
	for mask := 0; mask < 1<<(len(words)-1); mask++ { // bit j: a break after words[j]
		lines, from, ok := 1, 0, true
		for j := range words {
			last := j == len(words)-1
			if !last && mask&(1<<j) == 0 {
				continue
			}
			if !last && layout.InLexicon(words[j], words[j+1]) {
				ok = false
				break
			}
			if layout.DefaultFonts().Metrics(layout.Bold).Width(strings.Join(words[from:j+1], " "), l.TableSize) > width-fitMargin {
				ok = false
				break
			}
			if !last {
				lines++
			}
			from = j + 1
		}
		if ok && lines <= n {
			return true
		}
	}
	return false
}

// FuzzTableCells: whatever a header cell holds and however wide its
// column, balancing it only turns spaces (or tabs) into line breaks.
func FuzzTableCells(f *testing.F) {
	f.Add("Tên đơn vị được kiểm tra", "Thời gian công bố", 60.0)
	f.Add("Số      /KH ngày\ttháng (triệu đồng )", "  a  b\n\nc ", 20.0)
	f.Add("Chuyênmônnghiệpvụđặcbiệt kiểm tra", "", 1.0)
	l := layout.Default()
	f.Fuzz(func(t *testing.T, plain, italic string, width float64) {
		if math.IsNaN(width) || math.IsInf(width, 0) {
			return
		}
		cell := plan.Text{{Text: plain}, {Text: italic, Italic: true}, {Note: &plan.Footnote{}, NoteNumber: 1}}
		tbl := &plan.Table{Header: []plan.Text{cell}}
		out := l.StyleSheet().TableCells(tbl, [][]plan.Text{tbl.Header}, layout.TableGrid(tbl), []float64{width})
		require.Len(t, out[0][0], len(cell))
		for i := range cell {
			w, h := []rune(plan.NFC(cell[i].Text)), []rune(plan.NFC(out[0][0][i].Text))
			require.Len(t, h, len(w), "span %d", i)
			for k := range w {
				if h[k] != w[k] && !(h[k] == '\n' && (w[k] == ' ' || w[k] == '\t')) {
					t.Fatalf("span %d: %q for %q at %d", i, h[k], w[k], k)
				}
			}
		}
	})
}
