package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// The authoring format's extensions of GFM tables (docs/plan-markdown.md):
//
//   - a cell written "<" alone joins the cell on its left (it spans the
//     columns), "^" alone the cell above (it spans the rows); "\<" and
//     "\^" are the characters themselves;
//   - a line of attributes in braces, alone in its paragraph right before
//     the table, sets what GFM cannot say: {header-rows=2 widths=1,6,3}.

// attributeLine matches a paragraph that is only "{…}".
var attributeLine = lazyregexp.New(`^\{([^{}]*)\}$`)

// tableAttributes are what an attribute line sets.
type tableAttributes struct {
	headerRows int
	widths     []float64
	line       int
}

// attributes reads an attribute line, reporting what it does not know.
func (b *bodyReader) attributes(n gast.Node) (tableAttributes, bool) {
	para, ok := n.(*gast.Paragraph)
	if !ok || para.Lines().Len() != 1 {
		return tableAttributes{}, false
	}
	seg := para.Lines().At(0)
	m := attributeLine.FindSubmatch(bytes.TrimSpace(seg.Value(b.src)))
	if m == nil {
		return tableAttributes{}, false
	}
	a := tableAttributes{line: b.line(n)}
	for _, field := range strings.Fields(string(m[1])) {
		key, value, _ := strings.Cut(field, "=")
		switch key {
		case "header-rows":
			n, err := strconv.Atoi(value)
			if err != nil || n < 1 {
				b.attributeError(a.line, field, "header-rows là số hàng tiêu đề, 1 hoặc 2", "header-rows is the number of header rows, 1 or 2")
				continue
			}
			a.headerRows = n
		case "widths":
			for _, w := range strings.Split(value, ",") {
				f, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
				if err != nil || !(f > 0) {
					b.attributeError(a.line, field, "widths là độ rộng tương đối của từng cột, các số dương cách nhau bởi dấu phẩy, ví dụ widths=1,6,3",
						"widths are the columns' relative widths, positive numbers separated by commas, e.g. widths=1,6,3")
					a.widths = nil
					break
				}
				a.widths = append(a.widths, f)
			}
		default:
			b.attributeError(a.line, field, "khóa không có: bảng nhận header-rows và widths", "unknown key: a table takes header-rows and widths")
		}
	}
	return a, true
}

func (b *bodyReader) attributeError(line int, field, vi, en string) {
	b.errs.Add(line, "body", plan.CodeInvalidValue,
		fmt.Sprintf("thuộc tính bảng %q không hợp lệ: %s", field, vi),
		fmt.Sprintf("table attribute %q: %s", field, en))
}

// table reads a GFM table, its merged cells written "<" and "^", and the
// attributes of the line before it, if any.
func (b *bodyReader) table(t *east.Table, attrs tableAttributes) *plan.Table {
	out := &plan.Table{Line: b.line(t), HeaderRows: attrs.headerRows, Widths: attrs.widths}
	for _, a := range t.Alignments {
		switch a {
		case east.AlignLeft:
			out.Align = append(out.Align, plan.AlignLeft)
		case east.AlignCenter:
			out.Align = append(out.Align, plan.AlignCenter)
		case east.AlignRight:
			out.Align = append(out.Align, plan.AlignRight)
		default:
			out.Align = append(out.Align, plan.AlignDefault)
		}
	}
	out.Align = trimAligns(out.Align)
	var marks [][]string // each row's raw cells: "<" and "^" join
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []plan.Text
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, b.inlines(c, plan.Span{}))
		}
		raw := rawCells(b.src, row.Pos())
		marks = append(marks, raw)
		if _, head := row.(*east.TableHeader); !head && len(raw) < len(cells) {
			cells = cells[:len(raw)] // a short row stays short, as written
		}
		for i, r := range raw {
			if (r == "<" || r == "^") && i < len(cells) {
				cells[i] = nil
			}
		}
		if _, ok := row.(*east.TableHeader); ok {
			out.Header = cells
			continue
		}
		out.Rows = append(out.Rows, cells)
		if written := len(raw); written > len(out.Header) && len(out.Header) > 0 {
			line := b.lines.line(row.Pos())
			b.errs.Add(line, "body", plan.CodeTableShape,
				fmt.Sprintf("hàng bảng có %d ô, nhiều hơn %d cột của hàng tiêu đề: các ô thừa sẽ bị bỏ; thêm cột vào hàng tiêu đề hoặc bỏ ô thừa", written, len(out.Header)),
				fmt.Sprintf("the table row has %d cells, more than the header's %d columns: the extra cells would be dropped; add the columns to the header row or remove the cells", written, len(out.Header)))
		}
	}
	out.Merges = b.merges(marks, len(out.Header), out.Line)
	return out
}

// trimAligns returns the alignments without the default ones at the end
// (nil when every column has the default): what a delimiter row such as
// "| :---: | --- |" sets.
func trimAligns(as []plan.Align) []plan.Align {
	for len(as) > 0 && as[len(as)-1] == plan.AlignDefault {
		as = as[:len(as)-1]
	}
	if len(as) == 0 {
		return nil
	}
	return as
}

// merges turns the "<" and "^" cells of a table into its merged cells:
// each joins the cell on its left or above, and what a cell joins must
// make a rectangle.
func (b *bodyReader) merges(marks [][]string, cols, line int) []plan.Merge {
	type origin struct{ r, c int }
	owner := make([][]origin, len(marks))
	joined := false
	for r, row := range marks {
		owner[r] = make([]origin, cols)
		for c := range cols {
			owner[r][c] = origin{r, c}
			mark := ""
			if c < len(row) {
				mark = row[c]
			}
			switch {
			case mark == "<" && c > 0:
				owner[r][c], joined = owner[r][c-1], true
			case mark == "^" && r > 0:
				owner[r][c], joined = owner[r-1][c], true
			case mark == "<" || mark == "^":
				b.errs.Add(line, "body", plan.CodeTableShape,
					fmt.Sprintf("ô \"%s\" ở hàng %d, cột %d không có ô nào để gộp vào (bên trái hoặc bên trên): viết \\%s nếu muốn in ký tự này", mark, r+1, c+1, mark),
					fmt.Sprintf("the cell \"%s\" at row %d, column %d has no cell to join (on its left or above): write \\%s to print the character", mark, r+1, c+1, mark))
			}
		}
	}
	if !joined {
		return nil
	}
	// Each origin's cells, as a bounding box, must be all it owns.
	type box struct{ r0, c0, r1, c1, n int }
	boxes := map[origin]*box{}
	var order []origin
	for r := range owner {
		for c, o := range owner[r] {
			bx := boxes[o]
			if bx == nil {
				bx = &box{r, c, r, c, 0}
				boxes[o] = bx
				order = append(order, o)
			}
			bx.r0, bx.c0 = min(bx.r0, r), min(bx.c0, c)
			bx.r1, bx.c1 = max(bx.r1, r), max(bx.c1, c)
			bx.n++
		}
	}
	var out []plan.Merge
	for _, o := range order {
		bx := boxes[o]
		rows, cols := bx.r1-bx.r0+1, bx.c1-bx.c0+1
		if rows*cols != bx.n || bx.r0 != o.r || bx.c0 != o.c {
			b.errs.Add(line, "body", plan.CodeTableShape,
				fmt.Sprintf("các ô gộp vào ô ở hàng %d, cột %d không tạo thành một hình chữ nhật", o.r+1, o.c+1),
				fmt.Sprintf("the cells joined to the cell at row %d, column %d do not make a rectangle", o.r+1, o.c+1))
			continue
		}
		if rows > 1 || cols > 1 {
			m := plan.Merge{Row: o.r, Col: o.c}
			if rows > 1 {
				m.Rows = rows
			}
			if cols > 1 {
				m.Cols = cols
			}
			out = append(out, m)
		}
	}
	return out
}
