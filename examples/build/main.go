package main

import (
	"log"
	"os"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
)

func main() {
	p := &plan.Plan{
		Parent:  []string{"UBND TỈNH VĨNH PHÚC"},
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Number:  "5",
		Symbol:  "KH-STTTT",
		Place:   "Vĩnh Phúc",
		Date:    plan.Date{Year: 2021, Month: 11, Day: 15},
		Subject: "Phát động phong trào thi đua năm 2021",
		Preamble: plan.Blocks{
			plan.Para("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Sở xây dựng Kế hoạch như sau:"),
		},
		Sections: []*plan.Section{
			plan.NewPart("MỤC ĐÍCH, YÊU CẦU",
				plan.NewSection("Mục đích", plan.Dash("Phát huy truyền thống yêu nước.")),
				plan.NewSection("Yêu cầu", plan.Dash("Thiết thực, hiệu quả.")),
			),
			plan.NewPart("TỔ CHỨC THỰC HIỆN",
				plan.ParaText(plan.Plain("Văn phòng Sở ").Bold("theo dõi, đôn đốc").Plain(" việc thực hiện.")),
			),
		},
		Recipients: []string{"UBND tỉnh (B/c)", "Các phòng, đơn vị trực thuộc (T/h)"},
		Archive:    "VT, VP",
		Signer: plan.Signer{
			Authority: []string{"KT. GIÁM ĐỐC"},
			Position:  []string{"PHÓ GIÁM ĐỐC"},
			Name:      "Nguyễn Văn A",
		},
	}
	if err := markdown.Write(os.Stdout, p); err != nil {
		log.Fatal(err) // a plan.Errors listing every problem
	}
}
