package check

import "github.com/kehoach/kehoach/internal/textutil"

// recipients checks the Nơi nhận (ô 9b): the recipients are listed, and
// the list ends with the archive line "Lưu: VT, …".
func (c *checker) recipients() {
	if textutil.BlankLines(c.p.Recipients) {
		c.field(RuleRecipientsMissing, "recipients",
			"thiếu nơi nhận: liệt kê các cơ quan, đơn vị nhận kế hoạch, ví dụ \"UBND tỉnh (B/c)\"",
			"no recipients: list the bodies that receive the plan, e.g. \"UBND tỉnh (B/c)\"")
	}
	if c.p.Archive == "" {
		c.field(RuleArchiveMissing, "archive",
			"thiếu dòng lưu \"- Lưu: VT, …\" ở cuối nơi nhận: ghi văn thư (VT) và đơn vị soạn thảo, ví dụ \"archive: VT, VP\"",
			"no archive line \"- Lưu: VT, …\" at the end of the recipients: name the văn thư (VT) and the drafting unit, e.g. \"archive: VT, VP\"")
	}
}
