package docx

import (
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/plan"
)

// agencyDoc is a document as an agency drafts it in a word processor
// other than kehoach, written here as the HTML LibreOffice opens: the
// header a borderless table of two columns, the body's headings in bold
// (the points in italics), the signature a borderless table beside
// "Nơi nhận:" or, without one, paragraphs indented to the right over
// "Nơi nhận:".
type agencyDoc struct {
	name    string
	agency  []string // the header's left column; a line in "*…*" is bold
	number  string   // "Số: …"
	date    string
	typ     string
	subject []string // the subject's lines
	body    []string // "#" opens a heading (bold), "_" a point (italics)
	// recipients are the "Nơi nhận:" lines, the "Lưu:" line last.
	recipients []string
	signer     []string // "" for the room to sign
	// signIndented lays the signature out as paragraphs indented to the
	// right, "Nơi nhận:" under them, not as a table.
	signIndented bool
	appendix     []string // the appendix's lines, on a page of its own; "|" separates a table's cells
	want         realPlan
}

// agencyDocs are the documents: a district's report with two authority
// lines and the number and date left blank, a Sở's programme whose parts'
// labels stand over their titles, a Sở's notice signed "TL.", and a Sở's
// plan whose superior agency is on two lines, with a body table, the
// signature indented over "Nơi nhận:" and an appendix.
var agencyDocs = []agencyDoc{
	{name: "bc-huyen", agency: []string{"*ỦY BAN NHÂN DÂN*", "*HUYỆN ĐÔNG ANH*"}, number: "Số:      /BC-UBND", date: "Đông Anh, ngày      tháng      năm 2025",
		typ: "BÁO CÁO", subject: []string{"Kết quả thực hiện công tác cải cách hành chính", "quý III năm 2025 và nhiệm vụ trọng tâm", "quý IV năm 2025"},
		body: []string{"Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện về cải cách hành chính năm 2025, Ủy ban nhân dân huyện báo cáo kết quả như sau:",
			"#I. KẾT QUẢ THỰC HIỆN", "#1. Công tác chỉ đạo, điều hành", "Ủy ban nhân dân huyện đã ban hành các văn bản chỉ đạo kịp thời.",
			"#2. Cải cách thể chế", "_a) Xây dựng văn bản quy phạm pháp luật", "Trong quý, không ban hành văn bản quy phạm pháp luật.",
			"_b) Kiểm tra, rà soát văn bản", "- Rà soát 12 văn bản;", "- Kiểm tra 05 văn bản.",
			"#II. NHIỆM VỤ TRỌNG TÂM QUÝ IV", "- Tiếp tục rà soát thủ tục hành chính;", "- Nâng cao chỉ số hài lòng của người dân./."},
		recipients: []string{"- Sở Nội vụ;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, NV."},
		signer:     []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Hùng"},
		want: realPlan{typ: "BC", issuer: []string{"ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"}, symbol: "BC-UBND", place: "Đông Anh", date: plan.Date{Year: 2025},
			subject: "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025 và nhiệm vụ trọng tâm quý IV năm 2025",
			parts:   []string{"KẾT QUẢ THỰC HIỆN", "NHIỆM VỤ TRỌNG TÂM QUÝ IV"}, recipients: []string{"Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "Chủ tịch, các PCT UBND huyện"}, archive: "VT, NV",
			signer: plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Nguyễn Văn Hùng"}}},
	{name: "ctr-so", agency: []string{"UBND THÀNH PHỐ ĐÀ NẴNG", "*SỞ VĂN HÓA VÀ THỂ THAO*"}, number: "Số: 07/CTr-SVHTT", date: "Đà Nẵng, ngày 20 tháng 01 năm 2025",
		typ: "CHƯƠNG TRÌNH", subject: []string{"Công tác năm 2025"},
		body: []string{"#Phần I", "#ĐÁNH GIÁ KẾT QUẢ NĂM 2024", "#A. KẾT QUẢ ĐẠT ĐƯỢC", "#1. Lĩnh vực văn hóa", "#1.1. Công tác quản lý di sản", "Hoàn thành kiểm kê di tích.",
			"#1.2. Công tác thư viện", "Phát triển thư viện số.", "#B. HẠN CHẾ", "Một số nhiệm vụ chậm tiến độ.",
			"#Phần II", "#NHIỆM VỤ NĂM 2025", "#A. MỤC TIÊU", "Phát triển văn hóa, thể thao bền vững./."},
		recipients: []string{"- UBND thành phố;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VP."},
		signer:     []string{"GIÁM ĐỐC", "", "", "Huỳnh Văn Thành"},
		want: realPlan{typ: "CTr", parent: []string{"UBND THÀNH PHỐ ĐÀ NẴNG"}, issuer: []string{"SỞ VĂN HÓA VÀ THỂ THAO"}, number: "07", symbol: "CTr-SVHTT", place: "Đà Nẵng", date: plan.Date{Year: 2025, Month: 1, Day: 20},
			subject: "Công tác năm 2025", parts: []string{"ĐÁNH GIÁ KẾT QUẢ NĂM 2024", "NHIỆM VỤ NĂM 2025"},
			recipients: []string{"UBND thành phố", "Giám đốc, các PGĐ Sở"}, archive: "VT, VP", signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Huỳnh Văn Thành"}}},
	{name: "tb-so", agency: []string{"UBND TỈNH QUẢNG NAM", "*SỞ TÀI NGUYÊN VÀ*", "*MÔI TRƯỜNG*"}, number: "Số: 215/TB-STNMT", date: "Quảng Nam, ngày 03 tháng 9 năm 2025",
		typ: "THÔNG BÁO", subject: []string{"Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 năm 2025"},
		body: []string{"Ngày 29 tháng 8 năm 2025, Giám đốc Sở chủ trì cuộc họp giao ban tháng 8 năm 2025. Sau khi nghe báo cáo của các phòng, đơn vị, Giám đốc Sở kết luận như sau:",
			"#1. Đánh giá chung", "Các phòng, đơn vị đã hoàn thành cơ bản các nhiệm vụ được giao.", "#2. Nhiệm vụ thời gian tới",
			"- Văn phòng Sở theo dõi, đôn đốc việc thực hiện;", "+ Tổng hợp báo cáo trước ngày 25 hằng tháng.", "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./."},
		recipients: []string{"- Ban Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."},
		signer:     []string{"TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "(Đã ký)", "", "Trần Thị Mai"},
		want: realPlan{typ: "TB", parent: []string{"UBND TỈNH QUẢNG NAM"}, issuer: []string{"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"}, number: "215", symbol: "TB-STNMT", place: "Quảng Nam", date: plan.Date{Year: 2025, Month: 9, Day: 3},
			subject:    "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 năm 2025",
			recipients: []string{"Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"}, archive: "VT, VP",
			signer: plan.Signer{Authority: []string{"TL. GIÁM ĐỐC"}, Position: []string{"CHÁNH VĂN PHÒNG"}, Name: "Trần Thị Mai"}}},
	{name: "kh-syt", agency: []string{"ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "*SỞ Y TẾ*"}, number: "Số: 3412/KH-SYT", date: "Bắc Giang, ngày 14 tháng 10 năm 2025",
		typ: "KẾ HOẠCH", subject: []string{"Tiêm chủng mở rộng năm 2026"},
		body: []string{"#I. MỤC TIÊU", "#1. Mục tiêu chung", "Giảm tỷ lệ mắc các bệnh có vắc xin phòng ngừa.", "#2. Chỉ tiêu cụ thể", "Các chỉ tiêu tại bảng sau:",
			"STT|Chỉ tiêu|Tỷ lệ", "1|Tiêm đủ liều cho trẻ dưới 1 tuổi|95%", "2|Tiêm vắc xin uốn ván cho phụ nữ có thai|90%",
			"#II. NHIỆM VỤ, GIẢI PHÁP", "- Tuyên truyền trên các phương tiện thông tin đại chúng;", "- Phối hợp với các đoàn thể.",
			"#III. TỔ CHỨC THỰC HIỆN", "Các đơn vị tổ chức thực hiện Kế hoạch này./."},
		recipients:   []string{"- UBND tỉnh (b/c);", "- Trung tâm Y tế các huyện;", "- Lưu: VT, NVY."},
		signer:       []string{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Ngô Thị Lan"},
		signIndented: true,
		appendix: []string{"PHỤ LỤC", "CHỈ TIÊU TIÊM CHỦNG THEO ĐỊA BÀN", "(Kèm theo Kế hoạch số 3412/KH-SYT ngày 14/10/2025 của Sở Y tế)",
			"TT|Địa bàn|Số trẻ", "1|Thành phố Bắc Giang|2.150", "2|Huyện Lục Nam|1.830"},
		want: realPlan{parent: []string{"ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"}, issuer: []string{"SỞ Y TẾ"}, number: "3412", symbol: "KH-SYT", place: "Bắc Giang", date: plan.Date{Year: 2025, Month: 10, Day: 14},
			subject: "Tiêm chủng mở rộng năm 2026", parts: []string{"MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"},
			recipients: []string{"UBND tỉnh (b/c)", "Trung tâm Y tế các huyện"}, archive: "VT, NVY",
			signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Ngô Thị Lan"}, appendices: 1}},
}

// html writes the document as HTML.
func (d agencyDoc) html() string {
	var b strings.Builder
	e := html.EscapeString
	centred := func(s string) string { return `<p align="center" style="margin:0">` + s + "</p>" }
	bold := func(s string) string { return "<b>" + e(s) + "</b>" }
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman";font-size:14pt} p{margin:0 0 6pt 0}</style></head><body>`)
	b.WriteString(`<table border="0" width="100%"><tr><td width="42%" valign="top">`)
	for _, l := range d.agency {
		if t, ok := strings.CutPrefix(l, "*"); ok {
			b.WriteString(centred(bold(strings.TrimSuffix(t, "*"))))
		} else {
			b.WriteString(centred(e(l)))
		}
	}
	b.WriteString(centred(e(d.number)) + `</td><td width="58%" valign="top">`)
	b.WriteString(centred(bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) + centred(bold("Độc lập - Tự do - Hạnh phúc")) + centred("<i>"+e(d.date)+"</i>"))
	b.WriteString("</td></tr></table>\n")
	b.WriteString(`<p align="center" style="margin-top:12pt">` + bold(d.typ) + "</p>")
	lines := make([]string, len(d.subject))
	for i, l := range d.subject {
		lines[i] = e(l)
	}
	b.WriteString(`<p align="center"><b>` + strings.Join(lines, "<br>") + "</b></p>\n")
	writeBody(&b, d.body)
	recipients := `<p style="margin:0"><b><i>Nơi nhận:</i></b></p>`
	for _, r := range d.recipients {
		recipients += `<p style="margin:0"><font size="2">` + e(r) + "</font></p>"
	}
	signer := ""
	for _, s := range d.signer {
		if s == "" {
			s = "&nbsp;"
		} else {
			s = bold(s)
		}
		if d.signIndented {
			signer += `<p align="center" style="margin:0 0 0 9cm">` + s + "</p>"
		} else {
			signer += centred(s)
		}
	}
	if d.signIndented {
		b.WriteString(signer + recipients)
	} else {
		b.WriteString(`<table border="0" width="100%"><tr><td width="50%" valign="top">` + recipients + `</td><td width="50%" valign="top">` + signer + "</td></tr></table>")
	}
	if len(d.appendix) > 0 {
		b.WriteString(`<p align="center" style="page-break-before:always">` + bold(d.appendix[0]) + "</p>")
		b.WriteString(centred(bold(d.appendix[1])) + centred("<i>"+e(d.appendix[2])+"</i>"))
		writeBody(&b, d.appendix[3:])
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// writeBody writes a body's lines: headings in bold, points in italics,
// runs of "|" lines as a table with borders.
func writeBody(b *strings.Builder, body []string) {
	e := html.EscapeString
	inTable := false
	for _, l := range body {
		if cells := strings.Split(l, "|"); len(cells) > 1 {
			if !inTable {
				b.WriteString(`<table border="1" cellspacing="0" width="100%">`)
				inTable = true
			}
			b.WriteString("<tr><td>" + strings.Join(cells, "</td><td>") + "</td></tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case strings.HasPrefix(l, "#"):
			l = "<b>" + e(l[1:]) + "</b>"
		case strings.HasPrefix(l, "_"):
			l = "<i>" + e(l[1:]) + "</i>"
		default:
			l = e(l)
		}
		b.WriteString(`<p align="justify" style="text-indent:1cm">` + l + "</p>\n")
	}
	if inTable {
		b.WriteString("</table>")
	}
}

// TestAgencyDocuments: documents drafted in another word processor (HTML
// opened and saved as Word files by LibreOffice), the PDF it prints from
// them read back as text with pdftotext (with -layout and without), read
// as their drafter wrote them: the header, type and subject, parts,
// recipients, archive and signer.
func TestAgencyDocuments(t *testing.T) {
	soffice := needSoffice(t)
	pdfcheck.Require(t, "pdftotext")
	dir := t.TempDir()
	var htmls []string
	for _, d := range agencyDocs {
		path := filepath.Join(dir, d.name+".html")
		require.NoError(t, os.WriteFile(path, []byte(d.html()), 0o600))
		htmls = append(htmls, path)
	}
	docxDir := convert(t, soffice, "docx:MS Word 2007 XML", htmls, "--infilter=HTML (StarWriter)")
	var docxs []string
	for _, d := range agencyDocs {
		docxs = append(docxs, filepath.Join(docxDir, d.name+".docx"))
	}
	pdfDir := convert(t, soffice, "pdf", docxs)
	for _, d := range agencyDocs {
		pdf := filepath.Join(pdfDir, d.name+".pdf")
		for variant, args := range map[string][]string{"layout": {"-layout"}, "plain": nil} {
			out := filepath.Join(dir, d.name+"."+variant+".txt")
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			msg, err := exec.CommandContext(ctx, "pdftotext", append(args, pdf, out)...).CombinedOutput()
			cancel()
			require.NoError(t, err, "%s", msg)
		}
		for _, path := range []string{filepath.Join(docxDir, d.name+".docx"), filepath.Join(dir, d.name+".layout.txt"), filepath.Join(dir, d.name+".plain.txt")} {
			t.Run(filepath.Base(path), func(t *testing.T) {
				assertRealPlan(t, d.want, readFile(t, path))
			})
		}
	}
}
