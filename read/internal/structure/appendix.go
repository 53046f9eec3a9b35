package structure

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// appendices reads the appendices after the signature: each opens with
// "PHỤ LỤC" or its title over a "(Kèm theo …)" caption, which the
// writers print themselves and is left out; its content is a body of its
// own. A section break before it that turns the page makes it landscape.
func (r *recogniser) appendices(items []item) {
	for len(items) > 0 {
		first := 0
		for first < len(items)-1 && items[first].brk != nil {
			first++ // the section break before the appendix belongs to it
		}
		from := first + 1
		for j := first; j < len(items) && j <= first+6; j++ {
			if attachedLine.MatchString(items[j].text()) {
				from = j + 1 // past this appendix's own caption
				break
			}
		}
		next := appendixStart(items, from)
		if next < len(items) && next > first+1 && items[next-1].brk != nil {
			next-- // and the next appendix's break to the next
		}
		r.appendix(items[:next])
		items = items[next:]
	}
}

// appendix reads one appendix.
func (r *recogniser) appendix(items []item) {
	a := &plan.Appendix{}
	i := 0
	for ; i < len(items); i++ {
		it := items[i]
		if it.brk != nil {
			if it.brk.Landscape {
				a.Orientation = plan.OrientationLandscape
			}
			continue
		}
		if it.para == nil {
			break
		}
		s := it.text()
		switch {
		case a.Line == 0 && a.Title == "" && appendixLabel.MatchString(s):
			a.Line = it.para.Pos
		case isRule(s):
		case attachedLine.MatchString(s):
			caption := s
			for ; i < len(items) && !strings.Contains(items[i].text(), ")"); i++ { // a caption over two lines
				if i+1 < len(items) {
					caption += " " + items[i+1].text()
				}
			}
			r.issuerName(caption)
			i++
			goto content
		case isCaps(s) && a.Title == "" || isCaps(s) && i > 0 && isCaps(items[i-1].text()):
			// A title broken into lines is one title: the writers balance
			// its lines again.
			a.Title = lineBreaks.ReplaceAllString(strings.TrimSpace(a.Title+" "+s), " ")
			if a.Line == 0 {
				a.Line = it.para.Pos
			}
		default:
			goto content
		}
	}
content:
	if i > len(items) {
		i = len(items)
	}
	b := &bodyReader{r: r, topNodes: &a.Content}
	b.read(items[i:])
	if len(a.Content) > 0 || a.Title != "" {
		r.p.Appendices = append(r.p.Appendices, a)
	}
}

// issuerName reads the issuer's name as the appendix's caption writes it
// in running text ("(Kèm theo Kế hoạch số … của Đoàn kiểm tra theo Quyết
// định số 1050/QĐ-SCT)"), and keeps it when it is not the name the
// writers would derive from the header's agency lines.
func (r *recogniser) issuerName(caption string) {
	caption = lineBreaks.ReplaceAllString(caption, " ")
	i := strings.LastIndex(caption, " của ")
	end := strings.LastIndex(caption, ")")
	if i < 0 || end < i || r.p.IssuerName != "" {
		return
	}
	name := strings.TrimSpace(caption[i+len(" của ") : end])
	if name != "" && name != plan.AgencyName(r.p.Issuer) {
		r.p.IssuerName = name
	}
}
