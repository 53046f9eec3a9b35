package markdown_test

import (
	"fmt"
	"os"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
)

func ExampleWrite() {
	p := &plan.Plan{
		Parent:  []string{"UBND TỈNH VĨNH PHÚC"},
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Number:  "5",
		Symbol:  "KH-STTTT",
		Place:   "Vĩnh Phúc",
		Date:    plan.Date{Year: 2021, Month: 2, Day: 5},
		Subject: "Phát động phong trào thi đua năm 2021",
		Sections: []*plan.Section{
			plan.NewPart("Mục đích, yêu cầu", plan.NewSection("Mục đích", plan.Dash("Phát huy truyền thống."))),
			plan.NewPart("Tổ chức thực hiện", plan.Para("Các phòng triển khai thực hiện.")),
		},
		Recipients: []string{"UBND tỉnh (B/c)"},
		Archive:    "VT, VP",
		Signer:     plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
	}
	if err := markdown.Write(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | UBND TỈNH VĨNH PHÚC | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
	// | :---: | :---: |
	// | **SỞ THÔNG TIN VÀ TRUYỀN THÔNG** | **Độc lập - Tự do - Hạnh phúc** |
	// | Số: 05/KH-STTTT | *Vĩnh Phúc, ngày 05 tháng 02 năm 2021* |
	//
	// # KẾ HOẠCH
	//
	// **Phát động phong trào thi đua năm 2021**
	//
	// ## I. MỤC ĐÍCH, YÊU CẦU
	//
	// ### 1. Mục đích
	//
	// \- Phát huy truyền thống.
	//
	// ## II. TỔ CHỨC THỰC HIỆN
	//
	// Các phòng triển khai thực hiện./.
	//
	// | ***Nơi nhận:*** | **KT. GIÁM ĐỐC** |
	// | :--- | :---: |
	// | - UBND tỉnh (B/c); | **PHÓ GIÁM ĐỐC** |
	// | - Lưu: VT, VP. |  |
	// |  |  |
	// |  | **Nguyễn Văn A** |
}
