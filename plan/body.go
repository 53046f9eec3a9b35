package plan

import (
	"strconv"
	"strings"
)

// Heading levels. A plan's body is a tree of sections; each level prints
// with its own automatic number (see [Label]).
const (
	LevelPart     = 1 // mục: "I. MỤC ĐÍCH, YÊU CẦU", upper case, bold
	LevelSection  = 2 // khoản: "1. Mục đích", bold
	LevelPoint    = 3 // điểm: "a) …", Vietnamese alphabet
	LevelSubPoint = 4 // "- …", italic
	// MaxLevel is the deepest heading: below the sub-point, "+" (level
	// 5) and "•" (level 6) in the decree's scheme, or the forms a
	// document's [Numbering] gives them.
	MaxLevel = 6
)

// LevelName names a heading level in English ("part", "section", "point",
// "sub-point") or, for lang "vi", in the decree's Vietnamese ("mục",
// "khoản", "điểm", "tiết"), for messages.
func LevelName(level int, lang ...string) string {
	vi := len(lang) > 0 && lang[0] == "vi"
	names := [...][2]string{LevelPart: {"part", "mục"}, LevelSection: {"section", "khoản"},
		LevelPoint: {"point", "điểm"}, LevelSubPoint: {"sub-point", "tiết"}}
	if level < LevelPart || level > MaxLevel {
		if vi {
			return "đề mục"
		}
		return "heading"
	}
	if level > LevelSubPoint {
		if vi {
			return "đề mục cấp " + strconv.Itoa(level)
		}
		return "level-" + strconv.Itoa(level) + " heading"
	}
	if vi {
		return names[level][1]
	}
	return names[level][0]
}

// Node is an element of a body: a [*Section] or a [Block].
type Node interface {
	node()
}

// Nodes is a list of body elements in order. Its JSON encoding is an array
// of objects with a "type" member (see the package's JSON documentation).
type Nodes []Node

// Blocks is a list of blocks in order, encoded in JSON as [Nodes] is.
type Blocks []Block

// Block is a body element that is not a heading: [*Paragraph], [*Bullet],
// [*Numbered] or [*Table].
type Block interface {
	Node
	// SourceLine returns the line the block was read from, 0 when unknown.
	SourceLine() int
}

// Section is a heading with the content under it. Its Level says which kind
// of heading it is (part, section, point, sub-point); its number is not
// stored but computed from its position among its siblings, so moving a
// section never needs renumbering.
type Section struct {
	// Level is one of LevelPart … LevelSubPoint. A child section's level is
	// its parent's plus one.
	Level int `json:"level"`
	// Title is the heading text without its number.
	Title Text `json:"title"`
	// Label is the heading's number as its author wrote it ("A.", "Phần
	// I", "1.1.", "(1)"), kept for a plan whose [Numbering] is Written,
	// which prints it; empty otherwise, or for a heading written without
	// one.
	Label string `json:"label,omitempty"`
	// Role says what a top-level part is for; empty means "detect from the
	// title" (see [Section.EffectiveRole]).
	Role Role `json:"role,omitempty"`
	// Content holds the blocks and sub-sections, in order.
	Content Nodes `json:"content,omitempty"`
	// Line is the source line of the heading, 0 when unknown.
	Line int `json:"-"`
}

func (*Section) node() {}

// EffectiveRole returns the section's role: Role when set, otherwise the
// role detected from the title for a part, and RoleOther for any other
// level.
func (s *Section) EffectiveRole() Role {
	if s.Role != "" {
		return s.Role
	}
	if s.Level != LevelPart {
		return RoleOther
	}
	return DetectRole(s.Title.String())
}

// Paragraph is an ordinary body paragraph: justified, first-line indent.
type Paragraph struct {
	Text Text `json:"text"`
	Line int  `json:"-"` // the source line it was read from; 0 when built in Go
}

// Bullet is a dash ("-", Level 1) or plus ("+", Level 2) paragraph.
type Bullet struct {
	Level int  `json:"level"`
	Text  Text `json:"text"`
	Line  int  `json:"-"` // the source line it was read from; 0 when built in Go
}

// Numbered is a numbered paragraph ("1. …") whose number is written by the
// author, as an ordered list numbers its items.
type Numbered struct {
	Number int  `json:"number"`
	Text   Text `json:"text"`
	Line   int  `json:"-"` // the source line it was read from; 0 when built in Go
}

// Align is a table column's alignment.
type Align string

// Table column alignments; the zero value lets the writer choose (left for
// body cells).
const (
	AlignDefault Align = ""
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
)

// Table is a bordered table: its header rows, printed bold and centred
// and repeated on every page, and its rows. Cells may span columns and
// rows ([Merge]), as an appendix's group row spans the table ("I. NÂNG
// CAO NHẬN THỨC …") or a header cell ("Cơ quan") two columns.
type Table struct {
	Header []Text   `json:"header"`
	Rows   [][]Text `json:"rows,omitempty"`
	// HeaderRows is how many rows head the table: the Header row, and
	// with 2 the first of Rows too (a two-level header). 0 means 1.
	HeaderRows int `json:"header_rows,omitempty"`
	// Merges are the cells that span several columns or rows.
	Merges []Merge `json:"merges,omitempty"`
	// Widths are the columns' widths relative to each other (1, 4, 2),
	// as the author sets them; empty lets the layout choose.
	Widths []float64 `json:"widths,omitempty"`
	// Align holds one alignment per column; it may be shorter than Header.
	Align []Align `json:"align,omitempty"`
	Line  int     `json:"-"` // the source line it was read from; 0 when built in Go
}

// Merge is a cell that spans Cols columns and Rows rows from row Row,
// column Col, where row 0 is the Header row and row 1 the first of Rows.
// The cells it covers print nothing (their text, if any, is ignored).
type Merge struct {
	Row  int `json:"row"`
	Col  int `json:"col"`
	Rows int `json:"rows,omitempty"` // 0 or 1: one row
	Cols int `json:"cols,omitempty"` // 0 or 1: one column
}

// Span returns the rows and columns of the merge, at least 1 each.
func (m Merge) Span() (rows, cols int) { return max(1, m.Rows), max(1, m.Cols) }

// Heads returns how many rows head the table, at least 1.
func (t *Table) Heads() int { return max(1, min(t.HeaderRows, 1+len(t.Rows))) }

// GridCell says how one cell of a table prints: the origin of a merge
// spanning Rows × Cols (1 × 1 for an ordinary cell), or Covered by
// another cell's merge, printing nothing.
type GridCell struct {
	Rows, Cols int
	Covered    bool
}

// Grid returns how each cell of a valid table prints, rows (the Header
// row first) by columns: writers lay spans out from it.
func (t *Table) Grid() [][]GridCell {
	cols := t.Columns()
	grid := make([][]GridCell, 1+len(t.Rows))
	for r := range grid {
		grid[r] = make([]GridCell, cols)
		for c := range grid[r] {
			grid[r][c] = GridCell{Rows: 1, Cols: 1}
		}
	}
	for _, m := range t.Merges {
		mr, mc := m.Span()
		if m.Row < 0 || m.Col < 0 || mr > len(grid) || mc > cols || m.Row > len(grid)-mr || m.Col > cols-mc {
			continue // Validate refuses it
		}
		for r := m.Row; r < m.Row+mr; r++ {
			for c := m.Col; c < m.Col+mc; c++ {
				grid[r][c] = GridCell{Covered: true}
			}
		}
		grid[m.Row][m.Col] = GridCell{Rows: mr, Cols: mc}
	}
	return grid
}

// Columns returns the number of columns: the longest of the header and the
// rows, and at least as many as the widths and the merges need.
func (t *Table) Columns() int {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// ColumnAlign returns column i's alignment as printed: the one set, or
// when none is, AlignCenter for a column of ordinal numbers (headed "TT",
// "STT", "Số TT", "Số thứ tự"), which clerks centre, and AlignDefault
// otherwise.
func (t *Table) ColumnAlign(i int) Align {
	if i < len(t.Align) && t.Align[i] != AlignDefault {
		return t.Align[i]
	}
	if t.IsOrdinal(i) {
		return AlignCenter
	}
	return AlignDefault
}

// IsOrdinal reports whether column i holds ordinal numbers: its header is
// "TT", "STT", "Số TT" or "Số thứ tự". Clerks keep such a column narrow.
func (t *Table) IsOrdinal(i int) bool {
	return i < len(t.Header) && ordinalHeaders[strings.ToUpper(strings.Join(strings.Fields(NFC(t.Header[i].String())), " "))]
}

// ordinalHeaders head a column of ordinal numbers.
var ordinalHeaders = map[string]bool{"TT": true, "STT": true, "SỐ TT": true, "SỐ THỨ TỰ": true}

func (*Paragraph) node() {}
func (*Bullet) node()    {}
func (*Numbered) node()  {}
func (*Table) node()     {}

// SourceLine implements [Block].
func (b *Paragraph) SourceLine() int { return b.Line }

// SourceLine implements [Block].
func (b *Bullet) SourceLine() int { return b.Line }

// SourceLine implements [Block].
func (b *Numbered) SourceLine() int { return b.Line }

// SourceLine implements [Block].
func (b *Table) SourceLine() int { return b.Line }

// BlockText returns the running text of a paragraph-like block, or nil for
// a table.
func BlockText(b Block) Text {
	switch b := b.(type) {
	case *Paragraph:
		return b.Text
	case *Bullet:
		return b.Text
	case *Numbered:
		return b.Text
	}
	return nil
}

// printedTitle returns the section's title as the writers print it: a
// part's in upper case (web and e-mail addresses kept, see
// [UpperTitle]), the others as written.
func (s *Section) printedTitle() Text {
	if s.Level == LevelPart {
		return s.Title.Upper()
	}
	return s.Title
}
