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

// A problem has a stable code for programs and its words in both
// languages for people.
func ExampleFieldError_Format() {
	_, err := plan.ParseDate("2025-02-30")
	var problem *plan.FieldError
	if errors.As(err, &problem) {
		problem.File, problem.Line, problem.Field = "plan.md", 5, "date"
		fmt.Println(problem.Code)
		fmt.Println(problem.Format("vi"))
		fmt.Println(problem.Format("en"))
	}
	// Output:
	// invalid-date
	// plan.md:5: date: "2025-02-30" không phải ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 30
	// plan.md:5: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days
}
