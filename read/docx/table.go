package docx

import (
	"strconv"

	"github.com/kehoach/kehoach/limits"
)

// borders says which of a table's (or a cell's) borders draw a line.
type borders struct{ top, left, bottom, right, insideH, insideV tri }

func (b borders) over(o borders) borders {
	return borders{b.top.or(o.top), b.left.or(o.left), b.bottom.or(o.bottom), b.right.or(o.right),
		b.insideH.or(o.insideH), b.insideV.or(o.insideV)}
}

// visible reports whether any side draws a line.
func (b borders) visible() bool {
	for _, t := range []tri{b.top, b.left, b.bottom, b.right, b.insideH, b.insideV} {
		if t == on {
			return true
		}
	}
	return false
}

// readBorders reads a w:tblBorders or w:tcBorders.
func (p *parser) readBorders() (borders, error) {
	var b borders
	err := p.x.children(func(e element) error {
		if e.Name.Space == nsW {
			v := triOf(visibleBorder(e))
			switch e.Name.Local {
			case "top":
				b.top = v
			case "left", "start":
				b.left = v
			case "bottom":
				b.bottom = v
			case "right", "end":
				b.right = v
			case "insideH":
				b.insideH = v
			case "insideV":
				b.insideV = v
			}
		}
		return p.x.skip()
	}, nil)
	return b, err
}

// tblBorders reads a table style's w:tblPr: its borders.
func (p *parser) tblBorders() (borders, error) {
	_, b, err := p.tblPr()
	return b, err
}

// tblPr reads a w:tblPr: the table's style and its own borders.
func (p *parser) tblPr() (string, borders, error) {
	var id string
	var b borders
	err := p.x.children(func(e element) error {
		switch {
		case is(e, "tblStyle"):
			id = val(e)
		case is(e, "tblBorders"):
			var err error
			b, err = p.readBorders()
			return err
		case is(e, "tblPrChange"):
			p.changes++
		}
		return p.x.skip()
	}, nil)
	return id, b, err
}

// rawCell is a cell as read, before it is placed on the grid.
type rawCell struct {
	c       *cell
	span    int
	vMerge  string // "restart", "continue" or ""
	hMerge  string
	borders borders
	hasBdr  bool
}

// table reads a w:tbl: its rows, its cells placed on the grid with their
// spans (gridSpan, vMerge, hMerge), and whether its borders show.
func (p *parser) table() (*table, error) {
	if d := p.tableDepth() + 1; d > p.lim.Depth {
		return nil, &limits.Error{Limit: "Depth", Max: int64(p.lim.Depth), Got: int64(d),
			What: "the document's tables nest at least", WhatVi: "độ lồng các bảng của văn bản ít nhất là"}
	}
	if err := p.count(); err != nil {
		return nil, err
	}
	t := &table{pos: p.pos + 1}
	var own borders
	var st *style
	pushed := false
	push := func() {
		if !pushed {
			pushed = true
			p.tableStyles = append(p.tableStyles, st)
		}
	}
	defer func() {
		if pushed {
			p.tableStyles = p.tableStyles[:len(p.tableStyles)-1]
		}
	}()
	var rows [][]rawCell
	var before []int
	var child func(e element) error
	child = func(e element) error {
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "tblPr":
			if pushed {
				return p.x.skip()
			}
			id, b, err := p.tblPr()
			own, st = b, p.st.table(id)
			return err
		case "tblGrid":
			return p.x.children(func(c element) error {
				if is(c, "gridCol") && len(t.cols) < 64 {
					w, _ := twipsAttr(c, "w")
					t.cols = append(t.cols, max(w, 0))
				}
				return p.x.skip()
			}, nil)
		case "tr":
			push()
			row, skip, deleted, err := p.row()
			if !deleted {
				rows = append(rows, row)
				before = append(before, skip)
			}
			return err
		case "sdt", "sdtContent", "customXml":
			return p.x.children(child, nil)
		}
		return p.x.skip()
	}
	if err := p.x.children(child, nil); err != nil {
		return nil, err
	}
	tableBorders := own
	if st != nil {
		tableBorders = own.over(st.borders)
	}
	// The grid's cells count against the limit too: the cells read, and
	// those their spans cover and that pad the rows.
	width, read := gridWidth(rows, before), 0
	for _, row := range rows {
		read += len(row)
	}
	if p.cells += len(rows)*width - read; p.cells > p.lim.TableCells {
		return nil, &limits.Error{Limit: "TableCells", Max: int64(p.lim.TableCells), Got: int64(p.cells),
			What: "the document's table cells number at least", WhatVi: "số ô bảng của văn bản ít nhất là"}
	}
	t.rows, t.borders = grid(rows, before, tableBorders)
	for _, row := range t.rows {
		for _, c := range row {
			for k := c.col; k < c.col+c.cols && k < len(t.cols); k++ {
				c.width += t.cols[k]
			}
		}
	}
	return t, nil
}

// row reads a w:tr: its cells, how many grid columns it leaves empty
// before them (gridBefore), and whether it is a tracked deletion.
func (p *parser) row() ([]rawCell, int, bool, error) {
	var cells []rawCell
	skip, deleted := 0, false
	var child func(e element) error
	child = func(e element) error {
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "trPr":
			return p.x.children(func(c element) error {
				switch {
				case is(c, "gridBefore"):
					if n, err := strconv.Atoi(val(c)); err == nil && n > 0 && n < 64 {
						skip = n
					}
				case is(c, "del"):
					deleted = true
					p.changes++
				case is(c, "ins"):
					p.changes++
				}
				return p.x.skip()
			}, nil)
		case "tc":
			c, err := p.cell()
			cells = append(cells, c)
			return err
		case "sdt", "sdtContent", "customXml":
			return p.x.children(child, nil)
		}
		return p.x.skip()
	}
	err := p.x.children(child, nil)
	return cells, skip, deleted, err
}

// cell reads a w:tc.
func (p *parser) cell() (rawCell, error) {
	if p.cells++; p.cells > p.lim.TableCells {
		return rawCell{}, &limits.Error{Limit: "TableCells", Max: int64(p.lim.TableCells), Got: int64(p.cells),
			What: "the document's table cells number at least", WhatVi: "số ô bảng của văn bản ít nhất là"}
	}
	rc := rawCell{c: &cell{}, span: 1}
	err := p.x.children(func(e element) error {
		if !is(e, "tcPr") {
			return p.block(e, &rc.c.blocks)
		}
		return p.x.children(func(c element) error {
			switch {
			case is(c, "gridSpan"):
				if n, err := strconv.Atoi(val(c)); err == nil && n > 1 && n < 64 {
					rc.span = n
				}
			case is(c, "vMerge"):
				rc.vMerge = val(c)
				if rc.vMerge == "" {
					rc.vMerge = "continue"
				}
			case is(c, "hMerge"):
				rc.hMerge = val(c)
				if rc.hMerge == "" {
					rc.hMerge = "continue"
				}
			case is(c, "tcBorders"):
				var err error
				rc.borders, err = p.readBorders()
				rc.hasBdr = true
				return err
			case is(c, "cellIns"), is(c, "cellDel"), is(c, "tcPrChange"):
				p.changes++
			}
			return p.x.skip()
		}, nil)
	}, nil)
	rc.c.blocks = joinDeleted(rc.c.blocks)
	return rc, err
}

// maxColumns is the most grid columns a table is read with: Word's
// tables have at most 63; the cells past it are left out.
const maxColumns = 256

// gridWidth returns how many grid columns the widest row takes, at most
// maxColumns, clamping the spans that would go past it.
func gridWidth(rows [][]rawCell, before []int) int {
	width := 0
	for r, row := range rows {
		col := before[r]
		for i := range row {
			if col >= maxColumns {
				rows[r] = row[:i]
				break
			}
			row[i].span = min(row[i].span, maxColumns-col)
			col += row[i].span
		}
		width = max(width, min(col, maxColumns))
	}
	return width
}

// grid places the cells read on the table's grid: each row as wide as
// the widest, a spanning cell followed by the cells it covers, and
// whether the borders show: the table's (its own over its style's), as
// the cells override them, drawn around at least half of the cells.
func grid(rows [][]rawCell, before []int, tb borders) ([][]*cell, bool) {
	var out [][]*cell
	var open []*cell // per grid column, the cell a vertical merge continues
	width := 0
	shown, cells := 0, 0
	for r, row := range rows {
		col := before[r]
		var cellsOut []*cell
		for i := 0; i < col; i++ {
			cellsOut = append(cellsOut, &cell{cols: 1, rows: 1, col: i})
		}
		var last *cell // the cell an hMerge continues
		for _, rc := range row {
			for len(open) < col+rc.span {
				open = append(open, nil)
			}
			c := rc.c
			c.col, c.cols, c.rows = col, rc.span, 1
			cells++
			if b := rc.borders.over(tb); b.visible() || !rc.hasBdr && tb.visible() {
				shown++
			}
			switch {
			case rc.vMerge == "continue" && open[col] != nil:
				o := open[col]
				o.rows++
				c.covered, c.origin = true, o
				o.blocks = append(o.blocks, nonBlank(c.blocks)...)
				c.blocks = nil
			case rc.hMerge == "continue" && last != nil:
				last.cols += rc.span
				c.covered, c.origin = true, last
				last.blocks = append(last.blocks, nonBlank(c.blocks)...)
				c.blocks = nil
			default:
				for k := col; k < col+rc.span; k++ {
					open[k] = nil
				}
				if rc.vMerge == "restart" {
					open[col] = c
				}
				last = c
			}
			cellsOut = append(cellsOut, c)
			for k := 1; k < rc.span; k++ {
				cellsOut = append(cellsOut, &cell{cols: 1, rows: 1, covered: true, origin: c, col: col + k})
			}
			col += rc.span
		}
		width = max(width, len(cellsOut))
		out = append(out, cellsOut)
	}
	for r := range out {
		for len(out[r]) < width {
			out[r] = append(out[r], &cell{cols: 1, rows: 1, col: len(out[r])})
		}
	}
	return out, cells > 0 && 2*shown >= cells
}

// nonBlank returns the blocks that hold text or a table.
func nonBlank(blocks []block) []block {
	var out []block
	for _, b := range blocks {
		if q, ok := b.(*para); ok && blankPara(q) && len(q.floats) == 0 && len(q.below) == 0 {
			continue
		}
		out = append(out, b)
	}
	return out
}

// blankPara reports whether a paragraph prints nothing of its own: no
// text but spaces, no label, no footnote reference (the text boxes
// anchored in it are their own paragraphs).
func blankPara(q *para) bool {
	if q.label != "" {
		return false
	}
	for _, r := range q.runs {
		if r.note != nil {
			return false
		}
		for _, c := range r.text {
			if !isSpace(c) {
				return false
			}
		}
	}
	return true
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '\r' || r == '\u2002' || r == '\u2003' || r == '\u3000'
}
