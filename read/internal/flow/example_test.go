package flow_test

import (
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// A Word file's paragraph numbered by the word processor, and a table
// whose first cell spans two columns: the cell it covers holds nothing.
func Example() {
	heading := &flow.Para{Label: "1.", Text: plan.Text(nil).Bold("Mục đích"), Bold: true}
	table := &flow.Table{Borders: true, Rows: [][]*flow.Cell{
		{{Cols: 2, Rows: 1, Blocks: []flow.Block{&flow.Para{Text: plan.Plain("I. NHÓM MỘT")}}}, {Covered: true}},
	}}
	doc := flow.Document{Paragraphs: true, Blocks: []flow.Block{heading, table}}
	fmt.Println(doc.Blocks[0].(*flow.Para).String())
	fmt.Printf("%q %q\n", table.Rows[0][0].Text(), table.Rows[0][1].Text())
	// Output:
	// 1. Mục đích
	// "I. NHÓM MỘT" ""
}
