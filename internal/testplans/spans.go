package testplans

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// SpannedTable returns a table as agencies make them (issue 14): a
// two-row header whose "Cơ quan" cell spans "Chủ trì" and "Phối hợp",
// its other cells spanning both rows; a group row spanning the table;
// relative widths 1, 6, 3, 3; and below, a "Thời gian" cell shared by
// the group's last two tasks.
func SpannedTable() *plan.Table {
	t := plan.NewTable([]string{"TT", "Nội dung", "Cơ quan", ""},
		[]string{"", "", "Chủ trì", "Phối hợp"},
		[]string{"I. NÂNG CAO NHẬN THỨC", "", "", ""},
		[]string{"1", "Tuyên truyền, phổ biến nội dung kế hoạch", "Văn phòng", "Các phòng"},
		[]string{"2", "Tập huấn cán bộ, công chức", "Phòng Nội vụ", "Văn phòng"})
	t.HeaderRows = 2
	t.Widths = []float64{1, 6, 3, 3}
	t.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 0, Col: 2, Cols: 2},
		{Row: 2, Col: 0, Cols: 4}}
	return t
}

// GroupedRows returns the seed plan 004 with a table in its first part of
// a two-row header and sixty tasks, every three of them sharing a group
// cell ("Nhóm 1" …) that spans their rows, and every other group's cell
// holding more lines than its three rows: the table runs over three pages,
// and pages break between the rows of a group, whose cell goes on over the
// next page, as LibreOffice prints it, wherever the layout's rhythm puts
// the page's foot.
func GroupedRows(t testing.TB) *plan.Plan {
	t.Helper()
	p := Load(t, "ke-hoach-004.md")
	table := plan.NewTable([]string{"TT", "Nội dung", "Nhóm"}, []string{"", "Công việc", "Tên nhóm"})
	table.HeaderRows = 2
	table.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}}
	for i := 1; i <= 60; i++ {
		group := ""
		if (i-1)%3 == 0 {
			group = fmt.Sprintf("Nhóm %d", (i-1)/3+1)
			if (i-1)%6 == 0 {
				group += strings.Repeat("\nthành viên", 5)
			}
			table.Merges = append(table.Merges, plan.Merge{Row: i + 1, Col: 2, Rows: 3})
		}
		table.Rows = append(table.Rows, []plan.Text{plan.Plain(fmt.Sprint(i)), plan.Plain(fmt.Sprintf("Việc số %d", i)), plan.Plain(group)})
	}
	p.Sections[0].Content = append(plan.Nodes{table}, p.Sections[0].Content...)
	return p
}

// SixLevels returns a short plan whose headings go six levels deep, in
// the decree's scheme: "I.", "1.", "a)", "-", "+" and "•".
func SixLevels() *plan.Plan {
	p := Minimal()
	var node plan.Node = plan.Para("Nội dung ở mức thứ sáu.")
	titles := []string{"NỘI DUNG", "Nhiệm vụ", "Tuyên truyền", "Trên báo chí", "Báo in", "Chuyên mục hằng tuần"}
	for level := len(titles); level >= 1; level-- {
		node = &plan.Section{Level: level, Title: plan.Plain(titles[level-1]), Content: plan.Nodes{node}}
	}
	p.Sections = []*plan.Section{node.(*plan.Section)}
	return p
}

// Orientation is a short plan whose appendix's orientation its author
// chose, and whether the appendix prints landscape.
type Orientation struct {
	Name      string
	Plan      *plan.Plan
	Landscape bool
}

// Orientations returns short plans whose appendix holds a narrow table or
// one too wide for a portrait page, each with its author's orientation or
// none: the author's choice wins, and without one a wide table turns the
// page.
func Orientations() []Orientation {
	narrow := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Tuyên truyền"})
	var cols []string
	for range 9 {
		cols = append(cols, "Tổng-kinh-phí-dự-kiến")
	}
	wide := plan.NewTable(cols, cols)
	var out []Orientation
	for _, c := range []struct {
		name        string
		table       *plan.Table
		orientation plan.Orientation
		landscape   bool
	}{
		{"narrow, landscape", narrow, plan.OrientationLandscape, true}, {"narrow", narrow, plan.OrientationAuto, false},
		{"wide, portrait", wide, plan.OrientationPortrait, false}, {"wide", wide, plan.OrientationAuto, true},
	} {
		p := Minimal()
		a := plan.NewAppendix("Danh mục", c.table)
		a.Orientation = c.orientation
		p.Appendices = []*plan.Appendix{a}
		out = append(out, Orientation{c.name, p, c.landscape})
	}
	return out
}

// Unprinted returns a short plan of a type whose layout kehoach does not
// print, a quyết định: every writer refuses it.
func Unprinted() *plan.Plan {
	p := Minimal()
	p.Type = "QĐ"
	return p
}

// CoveredText returns a short plan whose table holds text in cells that
// other cells' spans cover, as a plan built in Go or read from JSON may:
// the word "che" three hundred times under a cell spanning rows, and "ẩn"
// beside a cell spanning columns. It prints nowhere.
func CoveredText() *plan.Plan {
	p := Minimal()
	table := plan.NewTable([]string{"TT", "Nội dung", "Ghi chú"},
		[]string{"1", "Một", "ẩn"}, []string{strings.TrimSpace(strings.Repeat("che ", 300)), "Hai", "Ba"})
	table.Merges = []plan.Merge{{Row: 1, Col: 0, Rows: 2}, {Row: 1, Col: 1, Cols: 2}}
	p.Sections[0].Content = append(p.Sections[0].Content, table)
	return p
}
