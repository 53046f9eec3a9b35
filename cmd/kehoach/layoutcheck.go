package main

import (
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// layoutFindings returns what only the layout can tell about a plan
// (layout.RuleTableWide, layout.RuleGlyphMissing) at the default layout,
// which the command renders with.
func layoutFindings(p *plan.Plan) []plan.Finding {
	l := layout.Default()
	return l.Findings(p)
}
