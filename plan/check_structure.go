package plan

import (
	"fmt"
	"strings"
	"unicode"
)

// subject checks the trích yếu (ô 5a): sentence case, not capitals.
func (c *checker) subject() {
	s := NFC(c.p.Subject)
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 6 && upper == letters {
		c.field(RuleSubjectCaps, "subject",
			"trích yếu viết chữ thường, chỉ viết hoa chữ cái đầu và tên riêng, không viết in hoa toàn bộ",
			"the subject is written in sentence case, with capitals only at the start and on proper names, not in capitals throughout")
	}
}

// structure checks the body's outline: a plan has a purpose-and-
// requirements part and an organisation part (as the decree's Mẫu 1.4
// and real plans have), and every heading has a title.
func (c *checker) structure() {
	if c.p.DocType() == TypeKH && len(c.p.Sections) > 0 {
		line := c.p.Sections[0].Line
		roles := map[Role]bool{} // of the top-level parts, or sections in a plan without parts
		for _, s := range c.p.Sections {
			if s != nil && s.Role != "" {
				roles[s.Role] = true
			} else if s != nil {
				roles[DetectRole(s.Title.String())] = true
			}
		}
		if !roles[RolePurpose] {
			c.report(RulePartPurpose, line, "sections",
				"kế hoạch thiếu phần \"MỤC ĐÍCH, YÊU CẦU\" (nêu mục đích và yêu cầu của kế hoạch)",
				"the plan has no purpose-and-requirements part (\"MỤC ĐÍCH, YÊU CẦU\")")
		}
		if !roles[RoleOrganisation] {
			c.report(RulePartOrganisation, line, "sections",
				"kế hoạch thiếu phần \"TỔ CHỨC THỰC HIỆN\" (phân công cơ quan, đơn vị thực hiện)",
				"the plan has no organisation part (\"TỔ CHỨC THỰC HIỆN\") saying who does what")
		}
	}
	walkSections(c.p, func(field string, s *Section) {
		title := s.Title.String()
		if strings.TrimSpace(title) == "" {
			c.report(RuleHeadingEmpty, s.Line, field,
				fmt.Sprintf("đề mục cấp %d không có tiêu đề: viết tiêu đề sau số thứ tự, hoặc bỏ đề mục", s.Level),
				fmt.Sprintf("a level-%d heading has no title: write one after its number, or remove the heading", s.Level))
		}
	})
}

// walkSections calls fn for every section of the body and the
// appendices, with its field path, in document order.
func walkSections(p *Plan, fn func(field string, s *Section)) {
	var walk func(field string, nodes Nodes)
	walk = func(field string, nodes Nodes) {
		for i, n := range nodes {
			if s, ok := n.(*Section); ok && s != nil {
				f := fmt.Sprintf("%s[%d]", field, i)
				fn(f+".title", s)
				walk(f+".content", s.Content)
			}
		}
	}
	for i, s := range p.Sections {
		if s != nil {
			f := fmt.Sprintf("sections[%d]", i)
			fn(f+".title", s)
			walk(f+".content", s.Content)
		}
	}
	for i, a := range p.Appendices {
		if a != nil {
			walk(fmt.Sprintf("appendices[%d].content", i), a.Content)
		}
	}
}
