package docx

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// directPara is a paragraph of a Word file made with direct formatting
// only, as some tools write one: no styles part, the font, size, bold and
// italics on every run, the alignment and the automatic number on the
// paragraph.
type directPara struct {
	text                 string
	bold, italic, center bool
	size                 int    // in half points; 28 (14 pt) when 0
	num                  string // "numId:ilvl" of an automatic number, "" for none
}

func (d directPara) xml() string {
	var b strings.Builder
	b.WriteString(`<w:p><w:pPr><w:spacing w:before="0" w:after="60"/>`)
	if d.num != "" {
		id, lvl, _ := strings.Cut(d.num, ":")
		b.WriteString(`<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`)
	}
	if d.center {
		b.WriteString(`<w:jc w:val="center"/>`)
	} else {
		b.WriteString(`<w:ind w:firstLine="567"/><w:jc w:val="both"/>`)
	}
	size := d.size
	if size == 0 {
		size = 28
	}
	rPr := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`
	if d.bold {
		rPr += "<w:b/><w:bCs/>"
	}
	if d.italic {
		rPr += "<w:i/><w:iCs/>"
	}
	rPr += `<w:sz w:val="` + strconv.Itoa(size) + `"/><w:szCs w:val="` + strconv.Itoa(size) + `"/>`
	b.WriteString("<w:rPr>" + rPr + "</w:rPr></w:pPr>")
	b.WriteString("<w:r><w:rPr>" + rPr + `</w:rPr><w:t xml:space="preserve">` + d.text + "</w:t></w:r></w:p>")
	return b.String()
}

// directTable is a borderless table of one row of two cells, its
// borders set to none in the table's own properties.
func directTable(left, right []directPara) string {
	cell := func(w string, ps []directPara) string {
		var b strings.Builder
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + w + `" w:type="dxa"/></w:tcPr>`)
		for _, p := range ps {
			b.WriteString(p.xml())
		}
		return b.String() + "</w:tc>"
	}
	none := ""
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		none += `<w:` + side + ` w:val="none" w:sz="0" w:space="0" w:color="auto"/>`
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="9356" w:type="dxa"/><w:tblBorders>` + none + `</w:tblBorders></w:tblPr>` +
		`<w:tblGrid><w:gridCol w:w="3969"/><w:gridCol w:w="5387"/></w:tblGrid><w:tr>` + cell("3969", left) + cell("5387", right) + `</w:tr></w:tbl>`
}

// directReport is a ministry's report made with direct formatting only:
// the header in a borderless table, its number and its day left blank,
// the parts and sections numbered by numbering.xml (I., 1.), the
// signature signed "TL." with "(đã ký)" in the room to sign.
func directReport(t *testing.T) []byte {
	c := func(s string) directPara { return directPara{text: s, center: true} }
	cb := func(s string) directPara { return directPara{text: s, center: true, bold: true} }
	body := []directPara{
		{text: "Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ, Bộ Nông nghiệp và Môi trường báo cáo kết quả thực hiện tháng 02 năm 2025 như sau:"},
		{text: "KẾT QUẢ THỰC HIỆN", bold: true, num: "1:0"},
		{text: "Sản xuất nông nghiệp", bold: true, num: "1:1"},
		{text: "Diện tích gieo cấy lúa vụ Đông Xuân đạt 2,95 triệu ha, tăng 0,5% so với cùng kỳ năm trước."},
		{text: "Xuất khẩu nông, lâm, thủy sản", bold: true, num: "1:1"},
		{text: "Kim ngạch xuất khẩu hai tháng đạt 9,2 tỷ USD, tăng 7,8% so với cùng kỳ."},
		{text: "NHIỆM VỤ THÁNG 3 NĂM 2025", bold: true, num: "1:0"},
		{text: "- Chỉ đạo thu hoạch lúa vụ Đông Xuân bảo đảm đúng khung thời vụ;"},
		{text: "- Theo dõi chặt chẽ diễn biến hạn hán, xâm nhập mặn tại các tỉnh đồng bằng sông Cửu Long./."},
	}
	var b strings.Builder
	b.WriteString(directTable(
		[]directPara{cb("BỘ NÔNG NGHIỆP VÀ"), cb("MÔI TRƯỜNG"), c("Số:          /BC-BNNMT")},
		[]directPara{cb("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cb("Độc lập - Tự do - Hạnh phúc"), {text: "Hà Nội, ngày      tháng 3 năm 2025", italic: true, center: true}}))
	for _, p := range append([]directPara{cb("BÁO CÁO"), cb("Kết quả thực hiện nhiệm vụ tháng 02 năm 2025")}, body...) {
		b.WriteString(p.xml())
	}
	small := func(s string) directPara { return directPara{text: s, size: 22} }
	b.WriteString(directTable(
		[]directPara{{text: "Nơi nhận:", bold: true, italic: true, size: 24}, small("- Như trên;"), small("- Văn phòng Chính phủ;"), small("- Bộ trưởng (để b/c);"), small("- Lưu: VT, KHTC (Th.10b).")},
		[]directPara{cb("TL. BỘ TRƯỞNG"), cb("VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"), {text: "(đã ký)", italic: true, center: true}, c(""), cb("Phạm Văn Tuấn")}))
	lvl := func(i, format, text string) string {
		return `<w:lvl w:ilvl="` + i + `"><w:start w:val="1"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>`
	}
	numbering := `<w:abstractNum w:abstractNumId="3">` + lvl("0", "upperRoman", "%1.") + lvl("1", "decimal", "%2.") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>`
	return testDocx(t, b.String(), map[string]string{"numbering.xml": part("numbering", numbering)})
}

// agencyWords are Word files other tools make (LibreOffice from HTML,
// from a flat ODF text with its header in two text frames and its
// headings numbered by a list, a legacy .doc, a file of direct
// formatting only), by name, with what they read as.
var agencyWords = []struct {
	name string
	want realPlan
	// boldNumbers: the points' numbers are bold and their text is not
	// ("**1.** Các chủ đầu tư …"): numbered paragraphs, no headings.
	boldNumbers []string
	problems    []string
}{
	{name: "kh-doan.docx", want: realPlan{issuer: []string{"BCH TỈNH ĐOÀN QUẢNG NAM"}, number: "47", symbol: "KH/TĐTN-PT", place: "Quảng Nam",
		date: plan.Date{Year: 2025, Month: 3, Day: 10}, subject: "Tổ chức Tháng Thanh niên năm 2025", parts: []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG HOẠT ĐỘNG", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"Trung ương Đoàn (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các huyện, thị, thành Đoàn"}, archive: "VP, PT",
		signer: plan.Signer{Authority: []string{"TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"}, Position: []string{"PHÓ BÍ THƯ"}, Name: "Lê Văn Dũng"}, bodyFrom: "Thực hiện Chương trình"},
		problems: []string{"symbol"}},
	{name: "ctr-frames.docx", want: realPlan{typ: "CTr", parent: []string{"ỦY BAN MẶT TRẬN TỔ QUỐC", "VIỆT NAM TỈNH THÁI BÌNH"}, issuer: []string{"BAN THƯỜNG TRỰC"},
		number: "18", symbol: "CTr-MTTQ-BTT", place: "Thái Bình", date: plan.Date{Year: 2025, Month: 1, Day: 8}, subject: "Phối hợp giám sát và phản biện xã hội năm 2025",
		parts:      []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG GIÁM SÁT", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"Ủy ban Trung ương MTTQ Việt Nam", "Thường trực Tỉnh ủy, HĐND, UBND tỉnh", "Các tổ chức thành viên"}, archive: "VT, BTT",
		signer: plan.Signer{Authority: []string{"TM. BAN THƯỜNG TRỰC"}, Position: []string{"CHỦ TỊCH"}, Name: "Đặng Thị Thu Hằng"}, bodyFrom: "Căn cứ Luật"}},
	{name: "tb-tuq.docx", want: tuqNotice, boldNumbers: []string{"1. Các chủ đầu tư", "2. Sở Tài chính"}},
	{name: "tb-tuq.doc", want: tuqNotice, boldNumbers: []string{"1. Các chủ đầu tư", "2. Sở Tài chính"}},
	{name: "bc-direct.docx", want: realPlan{typ: "BC", issuer: []string{"BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"}, symbol: "BC-BNNMT", place: "Hà Nội", date: plan.Date{Year: 2025, Month: 3},
		subject: "Kết quả thực hiện nhiệm vụ tháng 02 năm 2025", parts: []string{"KẾT QUẢ THỰC HIỆN", "NHIỆM VỤ THÁNG 3 NĂM 2025"},
		recipients: []string{"Như trên", "Văn phòng Chính phủ", "Bộ trưởng (để b/c)"}, archive: "VT, KHTC (Th.10b)",
		signer: plan.Signer{Authority: []string{"TL. BỘ TRƯỞNG"}, Position: []string{"VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"}, Name: "Phạm Văn Tuấn"}, bodyFrom: "Thực hiện Nghị quyết"}},
}

// tuqNotice is the provincial office's notice signed "TUQ.", its points'
// numbers alone in bold.
var tuqNotice = realPlan{typ: "TB", issuer: []string{"ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG"}, number: "45", symbol: "TB-VP", place: "Hậu Giang",
	date:       plan.Date{Year: 2025, Month: 2, Day: 14},
	subject:    "Ý kiến kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2025",
	recipients: []string{"Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"}, archive: "VT, KT(Ng.15b)",
	signer: plan.Signer{Authority: []string{"TUQ. CHỦ TỊCH"}, Position: []string{"CHÁNH VĂN PHÒNG"}, Name: "Trần Văn Huyến"}, bodyFrom: "Ngày 12 tháng 02"}

// TestAgencyWordFiles: Word files other tools make from documents the
// reader had not met read as their drafter wrote them: a Youth Union's
// plan ("ĐOÀN TNCS HỒ CHÍ MINH" in the Quốc hiệu's place, its "Số:
// 47-KH/TĐTN-PT" read and reported), a Front's programme whose header
// stands in two text frames, a notice signed "TUQ." whose points print
// their numbers alone in bold (as a .docx and as a legacy .doc), and a
// ministry's report of direct formatting only: the header, the parts,
// the recipients, the archive line, the signer, and 98% of the body's
// words in order.
func TestAgencyWordFiles(t *testing.T) {
	soffice := needSoffice(t)
	src := filepath.Join("testdata", "unseen")
	htmls := []string{filepath.Join(src, "kh-doan.html"), filepath.Join(src, "tb-tuq.html")}
	fromHTML := convert(t, soffice, "docx:MS Word 2007 XML", htmls, "--infilter=HTML (StarWriter)")
	legacy := convert(t, soffice, "doc:MS Word 97", htmls[1:], "--infilter=HTML (StarWriter)")
	fromODF := convert(t, soffice, "docx:MS Word 2007 XML", []string{filepath.Join(src, "ctr-frames.fodt")})
	files := map[string]string{
		"kh-doan.docx": filepath.Join(fromHTML, "kh-doan.docx"), "tb-tuq.docx": filepath.Join(fromHTML, "tb-tuq.docx"),
		"tb-tuq.doc": filepath.Join(legacy, "tb-tuq.doc"), "ctr-frames.docx": filepath.Join(fromODF, "ctr-frames.docx"),
	}
	for _, c := range agencyWords {
		t.Run(c.name, func(t *testing.T) {
			var data []byte
			if path, ok := files[c.name]; ok {
				var err error
				data, err = os.ReadFile(path)
				require.NoError(t, err)
			} else {
				data = directReport(t)
			}
			read := Read
			if strings.HasSuffix(c.name, ".doc") {
				read = ReadDoc // converted by LibreOffice, as the pipeline converts a .doc
			}
			p, err := read(data, c.name)
			require.NotNil(t, p, "%v", err)
			if strings.HasSuffix(c.name, ".doc") {
				data, err = ConvertDoc(context.Background(), data)
				require.NoError(t, err)
			}
			var problems []string
			for _, e := range plan.AsErrors(err) {
				problems = append(problems, e.Field)
				t.Logf("problem: %s", e.Format("en"))
			}
			assert.Equal(t, c.problems, problems, "the problems reported")
			assertRealPlan(t, c.want, p)
			d, err := Extract(data)
			require.NoError(t, err)
			words := testplans.Between(strings.Join(flowLines(d.Blocks), "\n"), c.want.bodyFrom, "Nơi nhận")
			assert.GreaterOrEqual(t, testplans.Recall(words, testplans.BodyWords(p, true)), 0.98, "the body's words, in order")
			if c.boldNumbers != nil {
				var numbered []string
				for e := range p.Walk() {
					if _, ok := e.Node.(*plan.Numbered); ok {
						numbered = append(numbered, e.Label+" "+e.Text.String())
					}
				}
				require.Len(t, numbered, len(c.boldNumbers), "the points are numbered paragraphs: %q", headingsOf(p))
				for i, n := range numbered {
					assert.True(t, strings.HasPrefix(n, c.boldNumbers[i]), "%q", n)
				}
			}
		})
	}
}
