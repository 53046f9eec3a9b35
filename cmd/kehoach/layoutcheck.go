package main

import (
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// ruleTableWide is the rule of a body table too wide for a portrait page.
// Only the layout can tell it, so the command adds it to plan.Check's
// findings, in check and in render alike.
const ruleTableWide = "KEHOACH-TABLE-WIDE"

// layoutFindings returns what only the layout can tell about a plan: a
// table in the body whose longest words do not fit side by side on a
// portrait page, so that the writers break them between characters.
// Decree 30 turns only an appendix's page (layout contract, Part A), so
// the fix is to move the table to an appendix.
func layoutFindings(file string, p *plan.Plan) []plan.Finding {
	if p == nil {
		return nil
	}
	l := layout.Default()
	var out []plan.Finding
	var visit func(n plan.Node, field string)
	visit = func(n plan.Node, field string) {
		switch n := n.(type) {
		case *plan.Section:
			if n != nil {
				for i, c := range n.Content {
					visit(c, fmt.Sprintf("%s.content[%d]", field, i))
				}
			}
		case *plan.Table:
			if n != nil && n.Columns() > 0 && !l.WordsFit(n) {
				out = append(out, plan.Finding{Rule: ruleTableWide, Severity: plan.SeverityWarning, File: file, Line: n.Line, Field: field,
					Vi: "bảng quá rộng so với trang dọc: chữ trong bảng bị ngắt giữa chừng; chuyển bảng sang phụ lục (phụ lục được in trang ngang)",
					En: "the table is too wide for a portrait page: its words are broken; move it to an appendix (an appendix may be printed landscape)"})
			}
		}
	}
	for i, n := range p.Body() { // the preamble's blocks, then the sections
		field := fmt.Sprintf("preamble[%d]", i)
		if i >= len(p.Preamble) {
			field = fmt.Sprintf("sections[%d]", i-len(p.Preamble))
		}
		visit(n, field)
	}
	return out
}
