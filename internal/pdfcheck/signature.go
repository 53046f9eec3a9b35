package pdfcheck

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// Signature finds the signature row of a printed plan: the "nhận:" of
// "Nơi nhận:" and, on the same page, the first word of the signer's first
// line right of x (the left edge of the signer's column). Either is nil
// when it is not printed.
func Signature(pages []Page, p *plan.Plan, x float64) (label, signer *Word) {
	lines := append(append([]string{}, p.Signer.Authority...), p.Signer.Position...)
	if len(lines) == 0 || len(strings.Fields(lines[0])) == 0 {
		return nil, nil
	}
	first := strings.ToUpper(strings.Fields(lines[0])[0])
	for _, pg := range pages {
		if label = pg.Find("nhận:"); label == nil {
			continue
		}
		for _, w := range pg.Words() {
			if w.Text == first && w.XMin > x {
				return label, &w
			}
		}
		return label, nil
	}
	return nil, nil
}
