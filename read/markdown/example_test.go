package markdown_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// Reading a plan in the authoring format; every problem comes back at
// once, each with its line.
func ExampleRead() {
	src := []byte(`---
issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
symbol: KH-STTTT
place: Vĩnh Phúc
date: 2025-02-30
subject: Phát động phong trào thi đua
signer: {position: GIÁM ĐỐC, name: Nguyễn Văn A}
---

# I. MỤC ĐÍCH, YÊU CẦU

## 2. Mục đích
`)
	_, err := markdown.Read(src, "plan.md")
	var problems plan.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p)
		}
	}
	// Output:
	// plan.md:5: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days
	// plan.md:12: heading "2. Mục đích" is numbered "2.", but it is section 1: write "1." or leave the number out (numbering is automatic)
}

// Writing a plan back in the authoring format: Read gives back the same
// plan. A title that starts like a number has its first character
// escaped, since the reader numbers headings itself.
func ExampleWrite() {
	p := &plan.Plan{
		Issuer: []string{"SỞ NỘI VỤ"}, Symbol: "KH-SNV", Place: "Hà Nội", Number: "0130",
		Date: plan.Date{Year: 2026, Month: 3}, Subject: "Kế hoạch: thử",
		Bases: []plan.Text{plan.Text(nil).Italic("Căn cứ Luật Tổ chức chính quyền địa phương.")},
		Sections: []*plan.Section{plan.NewPart("MỤC ĐÍCH",
			plan.NewSection("2025 - 2030 là giai đoạn", plan.Dash("Một"), plan.Plus("Hai"), plan.Num(3, "Ba"))),
			plan.NewPart("TỔ CHỨC THỰC HIỆN", plan.NewSection("1. Tổng quan", plan.ParaText(plan.Plain("Xem").Note("Ghi chú."))))},
		Signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Trần Văn B"},
	}
	if err := markdown.Write(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// issuer: SỞ NỘI VỤ
	// number: "0130"
	// symbol: KH-SNV
	// place: Hà Nội
	// date: 2026-03
	// subject: "Kế hoạch: thử"
	// signer:
	//   position: GIÁM ĐỐC
	//   name: Trần Văn B
	// ---
	//
	// *Căn cứ Luật Tổ chức chính quyền địa phương.*
	//
	// # MỤC ĐÍCH
	//
	// ## 2025 - 2030 là giai đoạn
	//
	// - Một
	//   + Hai
	//
	// 3. Ba
	//
	// # TỔ CHỨC THỰC HIỆN
	//
	// ## &#49;. Tổng quan
	//
	// Xem[^1]
	//
	// [^1]: Ghi chú.
}
