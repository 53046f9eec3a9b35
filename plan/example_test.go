package plan_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/kehoach/kehoach/plan"
)

// The place-and-date line pads days 1–9 and the months 1 and 2 only.
func ExampleDateLine() {
	fmt.Println(plan.DateLine("Vĩnh Phúc", plan.Date{Year: 2021, Month: 2, Day: 5}))
	fmt.Println(plan.DateLine("Thành phố Hồ Chí Minh", plan.Date{Year: 2019, Month: 6, Day: 29}))
	fmt.Printf("%q\n", plan.DateLine("Vĩnh Phúc", plan.Date{Year: 2021, Month: 11}))
	// Output:
	// Vĩnh Phúc, ngày 05 tháng 02 năm 2021
	// Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019
	// "Vĩnh Phúc, ngày      tháng 11 năm 2021"
}

func ExampleNumberLine() {
	fmt.Println(plan.NumberLine("5", "KH-STTTT"))
	fmt.Println(plan.NumberLine("0130", "KH-UBND"))
	fmt.Printf("%q\n", plan.NumberLine("", "KH-STTTT"))
	// Output:
	// Số: 05/KH-STTTT
	// Số: 0130/KH-UBND
	// "Số:      /KH-STTTT"
}

func ExampleLabel() {
	for level := plan.LevelPart; level <= plan.LevelSubPoint; level++ {
		fmt.Print(plan.Label(level, 5), " ")
	}
	fmt.Println()
	// Output: V. 5. đ) -
}

// A plan built in Go, looked up by the role of its parts.
func ExamplePlan_PartByRole() {
	p := &plan.Plan{
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Symbol:  "KH-STTTT",
		Place:   "Vĩnh Phúc",
		Subject: "Phát động phong trào thi đua năm 2022",
		Sections: []*plan.Section{
			plan.NewPart("MỤC ĐÍCH, YÊU CẦU", plan.Dash("Tiếp tục phát huy truyền thống yêu nước.")),
			plan.NewPart("GIẢI PHÁP", plan.Num(1, "Đẩy mạnh tuyên truyền.")),
			plan.NewPart("TỔ CHỨC THỰC HIỆN", plan.Para("Các phòng triển khai thực hiện.")),
		},
		Signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
	}
	fmt.Println(p.Validate())
	fmt.Println(p.PartByRole(plan.RoleSolutions).Title)
	// Output:
	// <nil>
	// GIẢI PHÁP
}

// Reading a plan in the authoring format; every problem comes back at
// once, each with its line.
func ExampleParseMarkdown() {
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
	_, err := plan.ParseMarkdown(src, "plan.md")
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

func ExampleWriteJSON() {
	p := &plan.Plan{
		Issuer:  []string{"SỞ NỘI VỤ"},
		Symbol:  "KH-SNV",
		Place:   "Hà Nội",
		Date:    plan.Date{Year: 2025, Month: 3},
		Subject: "Cải cách hành chính",
		Signer:  plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Trần Văn B"},
	}
	if err := plan.WriteJSON(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "issuer": [
	//     "SỞ NỘI VỤ"
	//   ],
	//   "symbol": "KH-SNV",
	//   "place": "Hà Nội",
	//   "date": "2025-03",
	//   "subject": "Cải cách hành chính",
	//   "signer": {
	//     "position": [
	//       "GIÁM ĐỐC"
	//     ],
	//     "name": "Trần Văn B"
	//   }
	// }
}

// Check finds what departs from Decree 30: here an abbreviated place and
// a signer's name with a title.
func ExampleCheck() {
	p := &plan.Plan{
		Issuer:     []string{"SỞ NỘI VỤ"},
		Symbol:     "KH-SNV",
		Place:      "TP. HCM",
		Subject:    "Tổ chức Hội nghị tổng kết năm 2025",
		Sections:   []*plan.Section{plan.NewPart("MỤC ĐÍCH, YÊU CẦU"), plan.NewPart("TỔ CHỨC THỰC HIỆN")},
		Recipients: []string{"UBND Thành phố (B/c)"},
		Archive:    "VT",
		Signer:     plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "TS. Trần Văn B"},
	}
	for _, f := range plan.Check(p) {
		fmt.Println(f.Severity, f.Rule, f.Field, "—", f.Ref)
	}
	// Output:
	// error ND30-PLACE-NAME place — Phụ lục I, mục II.4
	// warning ND30-NAME-TITLE signer.name — Phụ lục I, mục II.7.c
}
