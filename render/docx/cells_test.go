package docx

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kehoach/kehoach/render/layout"
)

// TestTableHeaderBreaks: the header cell "Tên đơn vị được kiểm tra" of
// plan-10's first appendix is written with the layout's balanced breaks
// as line breaks (w:br), "Tên đơn vị / được / kiểm tra", so that Word and
// LibreOffice print the lines the PDF prints; a body cell is written as it
// is, with only its author's line breaks.
func TestTableHeaderBreaks(t *testing.T) {
	p := load(t, "plan-10.md")
	written := map[string]bool{} // the body cells' text, as the walk gives it
	for e := range p.Walk() {
		if tbl := e.Table(); tbl != nil {
			for _, row := range e.Cells[layout.HeaderRows(tbl):] {
				for _, cell := range row {
					written[cell.String()] = true
				}
			}
		}
	}
	f := openDocx(t, render(t, p))
	var headers, body []string
	for _, tc := range f.doc.all("tc") {
		for _, p := range tc.kids("p") {
			switch p.child("pPr").child("pStyle").attrs["val"] {
			case styleTableHeading:
				headers = append(headers, paraText(p))
			case styleTableText:
				body = append(body, paraText(p))
			}
		}
	}
	assert.Contains(t, headers, "Tên đơn vị\nđược\nkiểm tra")
	assert.NotContains(t, headers, "Tên đơn vị được kiểm tra")
	assert.NotEmpty(t, body)
	for _, text := range body {
		assert.True(t, written[text], "a body cell as written, its lines wrapped: %q", text)
	}
}
