package plan

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// organIDPattern is the form of an agency's electronic identifier under
// Quyết định 20/2020/QĐ-TTg: four groups of three, two, two and three
// characters, the last a letter and two characters ("000.00.00.H37",
// "000.00.04.G14"), thirteen in all, as Decree 30's Phụ lục VI sets the
// field's length (OrganId, String 13).
var organIDPattern = lazyregexp.New(`^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$`)

// ValidOrganID reports whether s is written as an agency's electronic
// identifier: "000.00.00.H37".
func ValidOrganID(s string) bool { return organIDPattern.MatchString(s) }

// exchange checks the fields only the exchange record carries (organ_id,
// recipient_ids, due_date): their syntax, when given.
func (v *validator) exchange(p *Plan) {
	if p.OrganID != "" && !ValidOrganID(p.OrganID) {
		v.field("organ_id", CodeOrganID,
			fmt.Sprintf("%q không phải mã định danh của cơ quan theo Quyết định 20/2020/QĐ-TTg: ghi dạng 000.00.00.H37 (13 ký tự, chữ in hoa và chữ số)", p.OrganID),
			fmt.Sprintf("%q is not an agency identifier of Quyết định 20/2020/QĐ-TTg: write it as 000.00.00.H37 (13 characters, capitals and digits)", p.OrganID))
	}
	if len(p.RecipientIDs) > len(p.Recipients) {
		v.field("recipient_ids", CodeOrganID,
			fmt.Sprintf("có %d mã định danh nơi nhận nhưng chỉ có %d nơi nhận: mỗi mã ứng với một nơi nhận, theo thứ tự", len(p.RecipientIDs), len(p.Recipients)),
			fmt.Sprintf("%d recipient identifiers for %d recipients: each identifier goes with one recipient, in order", len(p.RecipientIDs), len(p.Recipients)))
	}
	for i, id := range p.RecipientIDs {
		if id = strings.TrimSpace(id); id != "" && !ValidOrganID(id) {
			key := fmt.Sprintf("recipient_ids[%d]", i)
			v.field(key, CodeOrganID,
				fmt.Sprintf("%q không phải mã định danh của cơ quan theo Quyết định 20/2020/QĐ-TTg: ghi dạng 000.00.00.H37, hoặc \"\" cho nơi nhận không có mã", id),
				fmt.Sprintf("%q is not an agency identifier of Quyết định 20/2020/QĐ-TTg: write it as 000.00.00.H37, or \"\" for a recipient without one", id))
		}
	}
	if err := p.DueDate.Check(); err != nil {
		v.errs.AddError(v.src.FieldLine("due_date"), "due_date", err)
	} else if !p.DueDate.IsBlank() && p.DueDate.Day == 0 {
		v.field("due_date", CodeInvalidDate,
			"hạn trả lời phải là một ngày đầy đủ, dạng YYYY-MM-DD",
			"the due date must be a whole date, YYYY-MM-DD")
	}
}
