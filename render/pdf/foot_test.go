package pdf

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/racebuild"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// TestSignatureAtTheFoot moves the end of the signature row across the
// foot of page 1 a twip (1/20 pt) at a time, by the room it keeps under
// the name for the seal (the seal's diameter), from 30 twips above the
// point where the row no longer fits to 6 beyond. For each, our PDF and
// LibreOffice's print of our DOCX have as many pages, and no page of our
// PDF prints nothing but its number.
//
// LibreOffice's print has such a page when the paragraph Word needs after
// the row does not fit under it: it was 1 pt tall, and made a blank last
// page over a band of 23 twips. It now has no height, and LibreOffice
// still moves it to a page of its own only when the row ends exactly on
// the bottom margin, in its whole twips: at most one twip of the sweep.
func TestSignatureAtTheFoot(t *testing.T) {
	racebuild.Skip(t)
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	for _, v := range footVariants() {
		t.Run(v.name, func(t *testing.T) {
			p, edge := planAtTheFoot(t, v.edit)
			t.Logf("the row leaves page 1 when it keeps %d twips under the name", edge)
			var samples []sample
			for tw := edge - 30; tw <= edge+6; tw++ {
				samples = append(samples, sample{fmt.Sprintf("overhang-%dtw", tw), p, sealReaching(tw)})
			}
			ours, theirs := printBoth(t, samples)
			var blank []string
			for i, s := range samples {
				lo, kh := pdfcheck.Read(t, theirs[i]), pdfcheck.Read(t, ours[i])
				assert.Equal(t, len(lo), len(kh), "%s: as many pages as LibreOffice prints", s.name)
				for n, pg := range kh {
					assert.NotEmpty(t, textUnderTopMargin(pg, &s.l), "%s: page %d of our PDF has nothing but its number", s.name, n+1)
				}
				for n, pg := range lo {
					if len(textUnderTopMargin(pg, &s.l)) == 0 {
						blank = append(blank, fmt.Sprintf("%s page %d", s.name, n+1))
					}
				}
			}
			t.Logf("LibreOffice's blank pages: %v", blank)
			assert.LessOrEqual(t, len(blank), 1, "LibreOffice prints a page with nothing but its number")
		})
	}
}

// sealReaching returns the default layout with a seal whose room under
// the name (layout.SealOverhang) is tw twips.
func sealReaching(tw int) layout.Layout {
	l := layout.Default()
	lh := l.TextFonts().LineHeight(l.SignerSize)
	l.SealDiameter = l.SignatureSpace + 2*((float64(tw)-0.5)/20+lh)
	return l
}

// footVariant is a plan of the sweep, by name: edit changes the plan
// before its body is lengthened.
type footVariant struct {
	name string
	edit func(p *plan.Plan)
}

// footVariants are the plain plan, and one with the urgency stamp, whose
// bordered box both writers must make as tall.
func footVariants() []footVariant {
	return []footVariant{
		{"plain", func(*plan.Plan) {}},
		{"urgent", func(p *plan.Plan) { p.Urgency = plan.UrgencyUrgent }},
	}
}

// planAtTheFoot returns a plan whose signature row ends near the foot of
// page 1, and the room under the name, in twips, from which the row goes
// to page 2: body paragraphs of one and two lines are added until that
// room is between 5 and 15 pt.
func planAtTheFoot(t *testing.T, edit func(p *plan.Plan)) (*plan.Plan, int) {
	t.Helper()
	pages := func(p *plan.Plan, tw int) int {
		out, err := compose.Pages(p, sealReaching(tw))
		require.NoError(t, err)
		return len(out)
	}
	for n := 1; n < 40; n++ {
		for long := range 3 {
			p := footPlan(n, long)
			edit(p)
			if pages(p, 100) != 1 || pages(p, 300) != 2 {
				continue
			}
			lo, hi := 100, 300
			for hi-lo > 1 {
				if mid := (lo + hi) / 2; pages(p, mid) == 1 {
					lo = mid
				} else {
					hi = mid
				}
			}
			return p, hi
		}
	}
	t.Fatal("no body puts the signature row's end at the foot of page 1")
	return nil, 0
}

// footPlan returns a plan of n body paragraphs, the last long ones of two
// lines, signed by a deputy with three recipients.
func footPlan(n, long int) *plan.Plan {
	p := &plan.Plan{
		Parent: []string{"BỘ THÔNG TIN VÀ TRUYỀN THÔNG"}, Issuer: []string{"CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"},
		Symbol: "KH-CĐS", Place: "Hà Nội", Date: plan.Date{Year: 2026, Month: 4, Day: 2},
		Subject:    "Triển khai chuyển đổi số trong quản lý hồ sơ năm 2026",
		Signer:     plan.Signer{Authority: []string{"KT. CỤC TRƯỞNG"}, Position: []string{"PHÓ CỤC TRƯỞNG"}, Name: "Nguyễn Thị Phương Thảo"},
		Recipients: []string{"Bộ trưởng (để b/c)", "Các đơn vị thuộc Bộ", "Sở Thông tin và Truyền thông các tỉnh"},
		Archive:    "VT, CĐS",
	}
	var content plan.Nodes
	for i := range n {
		text := fmt.Sprintf("Mục bổ sung số %d để kéo dài kế hoạch.", i+1)
		if i >= n-long {
			text = fmt.Sprintf("Mục bổ sung số %d: các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện.", i+1)
		}
		content = append(content, plan.Para(text))
	}
	p.Sections = []*plan.Section{plan.NewPart("TỔ CHỨC THỰC HIỆN", content...)}
	return p
}

// textUnderTopMargin returns the words of a page below its top margin:
// all but the page number.
func textUnderTopMargin(pg pdfcheck.Page, l *layout.Layout) []string {
	var out []string
	for _, w := range pg.Words() {
		if w.YMin > l.Margins.Top {
			out = append(out, w.Text)
		}
	}
	return out
}
