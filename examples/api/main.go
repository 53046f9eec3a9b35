// Command api builds the seed plan 004 (the Vĩnh Phúc Department of
// Information and Communications' 2021 emulation plan) with the Go API, and
// renders it as examples/ke-hoach-004.md renders: the same plan, built in
// code instead of read from a file. It writes DIR/ke-hoach-004-api.md,
// making DIR when it is missing:
//
//	go run ./examples/api -o out
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
)

func main() {
	dir := flag.String("o", ".", "output `directory`, created when missing")
	flag.Parse()
	out, err := write(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(out)
}

// write renders the plan built in Go as a Markdown document in dir,
// making dir when it is missing, and returns the file's path. Nothing is
// written when the plan is invalid: Render validates it first.
func write(dir string) (string, error) {
	var buf bytes.Buffer
	if err := kehoach.Render(&buf, buildPlan(), "md"); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	out := filepath.Join(dir, "ke-hoach-004-api.md")
	return out, os.WriteFile(out, buf.Bytes(), 0o644)
}

// buildPlan returns the seed plan 004.
func buildPlan() *plan.Plan {
	return &plan.Plan{
		Parent:  []string{"UBND TỈNH VĨNH PHÚC"},
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Symbol:  "KH-STTTT", // the number is left blank for the văn thư
		Place:   "Vĩnh Phúc",
		Date:    plan.Date{Year: 2021, Month: 11}, // the day is left blank too
		Subject: "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 05 năm (2021-2025) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
		Preamble: plan.Blocks{
			plan.Para("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và kế hoạch 05 năm (2021-2025) theo Nghị quyết Đại hội Đại biểu toàn quốc lần XIII của Đảng; Chỉ thị số 73/CT-BTTTT ngày 25/10/2021 của Bộ Thông tin và Truyền thông về việc tổ chức triển khai thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ; Công văn số 7250/UBND-TH2 ngày 23/8/2021 của UBND tỉnh về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và kế hoạch 05 năm (2021-2025) theo Chỉ thị 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ."),
			plan.Para("Sở Thông tin và Truyền thông xây dựng Kế hoạch phát động phong trào thi đua cụ thể như sau:"),
		},
		Sections: []*plan.Section{
			plan.NewPart("MỤC ĐÍCH, YÊU CẦU",
				plan.NewSection("Mục đích",
					plan.Dash("Tiếp tục phát huy truyền thống yêu nước, tinh thần đoàn kết, tương thân, tương ái, ý thức tự giác, chủ động, sáng tạo của từng công chức, viên chức, người lao động trong ngành nhằm tạo khí thế thi đua sôi nổi và sự chuyển biến mạnh mẽ trong thực hiện nhiệm vụ chính trị của ngành Thông tin và Truyền thông. Qua đó, ra sức thi đua phấn đấu đạt kết quả cao các chỉ tiêu, kế hoạch, nhiệm vụ trọng tâm, nhiệm vụ chủ yếu được hàng năm, góp phần thực hiện thành công “Mục tiêu kép” là vừa quyết liệt phòng chống dịch bệnh COVID-19, vừa quyết tâm duy trì, phục hồi, phát triển các hoạt động kinh tế - xã hội và bảo đảm đời sống của nhân dân của tỉnh."),
					plan.Dash("Thông qua các phong trào thi đua để rèn luyện, nâng cao nhận thức về tư tưởng chính trị, trình độ, năng lực chuyên môn nghiệp vụ, tu dưỡng về phẩm chất đạo đức, tinh thần trách nhiệm của mỗi cán bộ, công chức, viên chức, người lao động."),
					plan.Dash("Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu xuất sắc trong thực hiện công tác chuyên môn, các phong trào thi đua yêu nước và khen thưởng đột xuất tập thể, cá nhân tiêu biểu xuất sắc trong tham gia hỗ trợ, đóng góp đối với công tác phòng, chống dịch bệnh trên địa bàn tỉnh."),
				),
				plan.NewSection("Yêu cầu",
					plan.Dash("Phong trào thi đua phải được phát động và thực hiện sâu rộng, thu hút đông đảo công chức, viên chức, người lao động tham gia thường xuyên, liên tục nhằm tạo chuyển biến mạnh mẽ."),
					plan.Dash("Nội dung, hình thức phát động, tổ chức phong trào thi đua phải thực chất, hiệu quả; kết hợp chặt chẽ giữa thực hiện các đợt thi đua thường xuyên với các đợt thi đua chuyên đề."),
					plan.Dash("Bảo đảm khen thưởng chính xác, công khai, công bằng, kịp thời nhằm động viên tinh thần, tạo động lực để tập thể, cá nhân phấn đấu hoàn thành xuất sắc nhiệm vụ được giao."),
				),
			),
			plan.NewPart("NỘI DUNG THI ĐUA",
				plan.Num(1, "Tiếp tục tuyên truyền và tổ chức thực hiện tốt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng; quán triệt sâu sắc tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về “Tiếp tục đổi mới công tác thi đua, khen thưởng”, tạo sự chuyển biến mạnh mẽ hơn nữa trong nhận thức, tư tưởng và tăng cường sự lãnh đạo của các cấp ủy chi bộ, đề cao vai trò, trách nhiệm của người đứng đầu và Hội đồng thi đua, khen thưởng của Sở, làm cho thi đua thực sự trở thành ý thức tự giác, trách nhiệm và việc làm thường xuyên của mỗi phòng, đơn vị và cá nhân, góp phần tích cực vào việc thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII, Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng."),
				plan.Num(2, "Tiếp tục triển khai và thực hiện có hiệu quả các phong trào thi đua yêu nước như: “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021-2025, “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” với hình thức phong phú, đa dạng, nội dung cụ thể, thiết thực theo chủ đề “Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc” do Thủ tướng Chính phủ phát động. Đồng thời tiếp tục thực hiện có hiệu quả phong trào thi đua đặc biệt “Cả nước đoàn kết, chung sức đồng lòng, thi đua phòng, chống và chiến thắng đại dịch COVID-19”; đẩy mạnh thi đua thực hiện chuyển đổi số quốc gia để xây dựng, phát triển Chính phủ số, kinh tế số, xã hội số. Nội dung các phong trào thi đua cần bám sát vào các nhiệm vụ chính trị, nhiệm vụ trọng tâm, cấp bách của ngành, của tỉnh. Tập trung giải quyết các khó khăn, vướng mắc, tạo mọi điều kiện thuận lợi cho sự phát triển các lĩnh vực: Bưu chính, Viễn thông, Ứng dụng công nghệ thông tin; An toàn, an ninh mạng; Báo chí, truyền thông."),
				plan.Num(3, "Thi đua đề xuất giải pháp, sáng kiến thiết thực, hiệu quả trong thực hiện nhiệm vụ. Đẩy mạnh công tác thông tin tuyên truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, các mô hình mới, nhân tố mới, coi đây là nhiệm vụ trọng tâm của công tác thi đua, khen thưởng. Đề cao trách nhiệm của người đứng đầu trong việc phát hiện, biểu dương, khen thưởng các tổ chức, cá nhân đạt thành tích xuất sắc trong thực hiện nhiệm vụ."),
				plan.Num(4, "Thi đua thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội 05 năm và hằng năm. Các phòng, đơn vị căn cứ vào các nhiệm vụ trọng tâm đã được xác định tại các Kế hoạch của Sở Thông tin và Truyền thông số 08/KH-STTTT ngày 27/02/2021 triển khai thực hiện Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII, nhiệm kỳ 2020-2025; số 55/KH-STTTT ngày 18/8/2021 thực hiện Chương trình hành động số 10-CTr/TU của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng và các Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước hằng năm của tỉnh để tổ chức triển khai thực hiện, hoàn thành các mục tiêu Kế hoạch đề ra. Tiếp tục đẩy mạnh công tác xây dựng Đảng, nâng cao hiệu lực, hiệu quả quản lý nhà nước về Thông tin và Truyền thông; nâng cao ý thức chấp hành kỷ luật, kỷ cương của đội ngũ cán bộ, công chức, viên chức, người lao động của Sở; tham mưu các giải pháp nhằm tháo gỡ khó khăn, vướng mắc cho các doanh nghiệp thuộc Ngành, góp phần hoàn thành đạt và vượt các nhiệm vụ, chỉ tiêu được giao."),
				plan.Num(5, "Tiếp tục củng cố, nâng cao vai trò, trách nhiệm của Hội đồng thi đua, khen thưởng các cấp; kiện toàn tổ chức bộ máy về thi đua, khen thưởng nhằm bảo đảm ổn định để thực hiện đúng chức năng, nhiệm vụ, quyền hạn và nâng cao hiệu quả quản lý nhà nước về công tác thi đua, khen thưởng. Chú trọng khen thưởng người lao động trực tiếp sản xuất; thực hiện cải cách hành chính, ứng dụng công nghệ thông tin trong công tác thi đua, khen thưởng."),
			),
			plan.NewPart("TỔ CHỨC THỰC HIỆN",
				plan.Num(1, "Các đơn vị thuộc Sở TT&TT; Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin - Thể thao các huyện, thành phố và các doanh nghiệp thuộc Ngành có trách nhiệm phổ biến, quán triệt nội dung Kế hoạch này tới toàn thể cán bộ, công chức, viên chức và người lao động của đơn vị, hằng năm báo cáo kết quả thực hiện về Văn phòng Sở để làm cơ sở bình xét thi đua, khen thưởng."),
				plan.Num(2, "Văn phòng Sở - Thường trực Hội đồng thi đua, khen thưởng của Sở tổ chức theo dõi, đôn đốc trong quá trình triển khai thực hiện Kế hoạch; chủ động đề xuất khen thưởng kịp thời đối với các phòng, đơn vị, cá nhân có thành tích tiêu biểu, xuất sắc trong phong trào thi đua để đề nghị khen thưởng theo quy định./."),
			),
		},
		Recipients: []string{
			"Bộ TT&TT (B/c)",
			"UBND tỉnh (B/c)",
			"Sở Nội vụ (Ban TĐKT)",
			"GD, các PGD",
			"Các phòng, đơn vị trực thuộc (T/h)",
			"Phòng VH&TT, Trung tâm VH-TT-TT các huyện, thành phố (T/h)",
			"Các doanh nghiệp thuộc Ngành (T/h)",
		},
		Archive: "VT, VP",
		Signer: plan.Signer{
			Position: []string{"GIÁM ĐỐC"},
			Name:     "Nguyễn Bá Hiến",
		},
	}
}
