package testplans

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// References returns the seed plan with a part of 36 paragraphs that cite
// documents by number and symbol and by date, each paragraph one word
// longer before its citations than the last, so that the citations fall at
// every place of a line, its end included: the plan on which a line never
// ends inside "19/CT-TTg" or "16-7-2021" is tested.
func References(t testing.TB) *plan.Plan {
	t.Helper()
	p := Load(t, "ke-hoach-004.md")
	lead := strings.Fields("Căn cứ các văn bản chỉ đạo của cấp trên về công tác thi đua khen thưởng trong toàn ngành thông tin và truyền thông của tỉnh nhà năm nay")
	cite := "Chỉ thị số 19/CT-TTg ngày 16/7/2021 và Nghị quyết số 50/NQ-CP, Chỉ thị số 05-CT/TW ngày 16-7-2021, Quyết định số 7619/QĐ-BCA, Kế hoạch số 125/KH-UBND, Thông tư số 01/2021/TT-BTC, đạt 30% chỉ tiêu."
	var content plan.Nodes
	for k := range 36 {
		text := strings.Join(lead[:k%len(lead)], " ") + " " + cite
		content = append(content, &plan.Paragraph{Text: plan.Plain(strings.TrimSpace(text))})
	}
	p.Sections = append(p.Sections, &plan.Section{Level: plan.LevelPart, Title: plan.Plain("TRÍCH DẪN"), Content: content})
	return p
}
