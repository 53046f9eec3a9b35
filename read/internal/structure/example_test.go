package structure_test

import (
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
	"github.com/kehoach/kehoach/read/internal/structure"
)

// A flow of paragraphs, as a reader of plain text sees it, becomes a
// plan; what it has no trace of (here the signer) is reported, not
// guessed.
func ExamplePlan() {
	var doc flow.Document
	for i, line := range []string{
		"SỞ CÔNG THƯƠNG",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc",
		"Số: 12/KH-SCT",
		"Lào Cai, ngày 05 tháng 4 năm 2026",
		"KẾ HOẠCH",
		"Kiểm tra kỹ thuật an toàn",
		"I. MỤC ĐÍCH, YÊU CẦU",
		"Bảo đảm an toàn.",
	} {
		doc.Blocks = append(doc.Blocks, &flow.Para{Text: plan.Plain(line), Pos: i + 1})
	}
	p, problems := structure.Plan(&doc, "ke-hoach.txt")
	fmt.Println(p.Issuer, p.Number, p.Symbol, p.Date.Day, p.Date.Month, p.Date.Year)
	fmt.Println(p.Subject)
	fmt.Println(p.Sections[0].Title)
	for _, e := range problems {
		if e.Field == "signer" {
			fmt.Println(e.Field, e.Code)
		}
	}
	// Output:
	// [SỞ CÔNG THƯƠNG] 12 KH-SCT 5 4 2026
	// Kiểm tra kỹ thuật an toàn
	// MỤC ĐÍCH, YÊU CẦU
	// signer not-found
}
