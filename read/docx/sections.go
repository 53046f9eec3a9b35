package docx

import (
	"math"
)

// sectPr reads a section's properties (w:sectPr) and, when the parser
// reads the document's sections, adds the section to the document.
func (p *parser) sectPr() (*section, error) {
	s := &section{headers: map[string]string{}, footers: map[string]string{}}
	err := p.x.children(func(e element) error {
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "pgSz":
			s.width, _ = twipsAttr(e, "w")
			s.height, _ = twipsAttr(e, "h")
			orient, _ := attr(e, nsW, "orient")
			s.landscape = orient == "landscape" || s.width > s.height && s.height > 0
		case "pgMar":
			s.margins = true
			s.top, _ = twipsAttr(e, "top")
			s.bottom, _ = twipsAttr(e, "bottom")
			s.left, _ = twipsAttr(e, "left")
			s.right, _ = twipsAttr(e, "right")
			s.header, _ = twipsAttr(e, "header")
			s.footer, _ = twipsAttr(e, "footer")
			// A negative top or bottom margin keeps the text from moving
			// for a tall header: the margin is its size.
			s.top, s.bottom = math.Abs(s.top), math.Abs(s.bottom)
		case "titlePg":
			s.titlePg = onOff(e)
		case "type":
			s.continuous = val(e) == "continuous"
		case "headerReference", "footerReference":
			kind, _ := attr(e, nsW, "type")
			if kind == "" {
				kind = "default"
			}
			id, _ := attr(e, nsR, "id")
			if e.Name.Local == "headerReference" {
				s.headers[kind] = id
			} else {
				s.footers[kind] = id
			}
		case "sectPrChange":
			p.changes++
		}
		return p.x.skip()
	}, nil)
	if p.sections && len(p.doc.sections) < p.lim.Nodes {
		p.doc.sections = append(p.doc.sections, s)
	}
	return s, err
}
