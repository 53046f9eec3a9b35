package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/plan"
)

// subject checks the trích yếu (ô 5a): sentence case, not capitals.
func (c *checker) subject() {
	s := plan.NFC(c.p.Subject)
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
			"trích yếu viết in hoa toàn bộ: viết chữ thường, chỉ viết hoa chữ cái đầu và tên riêng",
			"the subject is in capitals throughout: write it in sentence case, with capitals only at the start and on proper names")
	}
}

// purposeWords and organisationWords recognise the purpose-and-
// requirements part and the organisation part among a plan's top-level
// headings, by the words their titles hold (as plainKey folds them):
// "MỤC ĐÍCH, YÊU CẦU, NGUYÊN TẮC", "QUAN ĐIỂM, MỤC TIÊU", "TỔ CHỨC THỰC
// HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ".
var (
	purposeWords      = []string{"muc dich", "muc tieu", "yeu cau"}
	organisationWords = []string{"to chuc thuc hien", "phan cong", "trach nhiem"}
)

// planLikeEn names the plan-like document types in English messages.
var planLikeEn = map[plan.DocType]string{"KH": "plan", "CTr": "programme", "PA": "scheme", "ĐA": "project proposal", "DA": "project"}

// structure checks the body's outline: a plan-like document (kế hoạch,
// chương trình, phương án, đề án, dự án) has a purpose-and-requirements
// part and an organisation part (as the decree's Mẫu 1.4 and real plans
// have), and every heading has a title.
func (c *checker) structure() {
	var first *plan.Section
	purpose, organisation := false, false
	for _, s := range c.p.Sections { // the parts, or the sections of a plan without parts
		if s == nil {
			continue
		}
		if first == nil {
			first = s
		}
		title := plainKey(s.Title.String())
		purpose = purpose || s.Role == plan.RolePurpose || containsAny(title, purposeWords)
		organisation = organisation || s.Role == plan.RoleOrganisation || containsAny(title, organisationWords)
	}
	if first == nil && plan.LastNode(c.p.Body()) == nil {
		c.field(RuleBodyEmpty, "sections",
			"văn bản không có nội dung (ô 6): viết nội dung kế hoạch sau phần mở đầu",
			"the plan has no body (ô 6, nội dung): write its content after the front matter")
		return
	}
	if t := c.p.DocType(); t.IsPlanLike() {
		line := 0 // a body without headings: the finding names the field
		if first != nil {
			line = first.Line
		}
		var vi, en string // the type's name, for the messages
		if !purpose || !organisation {
			vi, en = strings.ToLower(t.Name()), planLikeEn[t]
		}
		if !purpose {
			c.report(RulePartPurpose, line, "sections",
				fmt.Sprintf("%s thiếu phần \"MỤC ĐÍCH, YÊU CẦU\" (nêu mục đích và yêu cầu của %s)", vi, vi),
				fmt.Sprintf("the %s has no purpose-and-requirements part (\"MỤC ĐÍCH, YÊU CẦU\")", en))
		}
		if !organisation {
			c.report(RulePartOrganisation, line, "sections",
				fmt.Sprintf("%s thiếu phần \"TỔ CHỨC THỰC HIỆN\" (phân công cơ quan, đơn vị thực hiện)", vi),
				fmt.Sprintf("the %s has no organisation part (\"TỔ CHỨC THỰC HIỆN\") saying who does what", en))
		}
	}
	for e := range c.p.Walk() {
		s, field := e.Section(), e.Path+".title"
		if s == nil || s.Level < plan.LevelPart || s.Level > plan.MaxLevel {
			continue // not a heading, or not one Validate accepts: it says so
		}
		if strings.TrimSpace(s.Title.String()) == "" {
			c.report(RuleHeadingEmpty, s.Line, field,
				fmt.Sprintf("đề mục cấp %d không có tiêu đề: viết tiêu đề sau số thứ tự, hoặc bỏ đề mục", s.Level),
				fmt.Sprintf("a level-%d heading has no title: write one after its number, or remove the heading", s.Level))
		}
	}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
