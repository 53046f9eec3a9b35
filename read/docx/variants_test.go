package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// wp is a paragraph of a synthetic Word file: its text ("\n" a line
// break, "\t" a tab) and its look.
type wp struct {
	text                 string
	bold, italic, center bool
	num                  string // "numId:ilvl" of an automatic list, "" for none
}

// xml returns the paragraph's WordprocessingML.
func (w wp) xml() string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if w.num != "" {
		id, lvl, _ := strings.Cut(w.num, ":")
		b.WriteString(`<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`)
	}
	if w.center {
		b.WriteString(`<w:jc w:val="center"/>`)
	}
	b.WriteString("</w:pPr><w:r><w:rPr>")
	if w.bold {
		b.WriteString("<w:b/>")
	}
	if w.italic {
		b.WriteString("<w:i/>")
	}
	b.WriteString("</w:rPr>")
	for i, line := range strings.Split(w.text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, s := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			b.WriteString(`<w:t xml:space="preserve">` + s + `</w:t>`)
		}
	}
	b.WriteString("</w:r></w:p>")
	return b.String()
}

// wps returns the paragraphs' WordprocessingML.
func wps(ps ...wp) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.xml())
	}
	return b.String()
}

// layoutTable returns a borderless table of one row of two cells.
func layoutTable(left, right []wp) string {
	return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr><w:tc>` + wps(left...) + `</w:tc><w:tc>` + wps(right...) + `</w:tc></w:tr></w:tbl>`
}

// variant is one way a real document differs from kehoach's: the parts
// of a synthetic Word file, each replaceable.
type variant struct {
	header, title, body, signature string
	numbering                      string
}

// baseVariant is a plan laid out as a careful clerk lays it out in Word:
// a header table, the title and subject, bold headings with typed
// labels, a signature table.
func baseVariant() variant {
	return variant{
		header: layoutTable(
			[]wp{{text: "UBND TỈNH BẮC NINH", center: true}, {text: "SỞ Y TẾ", bold: true, center: true}, {text: "Số: 125/KH-SYT", center: true}},
			[]wp{{text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true}, {text: "Độc lập - Tự do - Hạnh phúc", bold: true, center: true},
				{text: "Bắc Ninh, ngày 05 tháng 4 năm 2026", italic: true, center: true}}),
		title: wps(wp{text: "KẾ HOẠCH", bold: true, center: true}, wp{text: "Phòng, chống dịch bệnh truyền nhiễm năm 2026", bold: true, center: true}),
		body: wps(wp{text: "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;", italic: true},
			wp{text: "Sở Y tế xây dựng Kế hoạch như sau:"},
			wp{text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true}, wp{text: "1. Mục đích", bold: true}, wp{text: "Chủ động phòng, chống dịch bệnh."},
			wp{text: "2. Yêu cầu", bold: true}, wp{text: "Bảo đảm kịp thời, hiệu quả."},
			wp{text: "II. NỘI DUNG", bold: true}, wp{text: "1. Giám sát dịch bệnh", bold: true}, wp{text: "- Giám sát chặt chẽ các ca bệnh."},
			wp{text: "2. Truyền thông", bold: true}, wp{text: "- Tuyên truyền trên các phương tiện."},
			wp{text: "III. TỔ CHỨC THỰC HIỆN", bold: true}, wp{text: "Các đơn vị triển khai thực hiện Kế hoạch này./."}),
		signature: layoutTable(
			[]wp{{text: "Nơi nhận:", bold: true, italic: true}, {text: "- Bộ Y tế;"}, {text: "- UBND tỉnh;"}, {text: "- Lưu: VT, NVY."}},
			[]wp{{text: "KT. GIÁM ĐỐC", bold: true, center: true}, {text: "PHÓ GIÁM ĐỐC", bold: true, center: true}, {text: "(Đã ký)", italic: true, center: true},
				{text: "Nguyễn Văn An", bold: true, center: true}}),
	}
}

// docx returns the variant's Word file.
func (v variant) docx(t *testing.T) []byte {
	parts := map[string]string{}
	if v.numbering != "" {
		parts["numbering.xml"] = part("numbering", v.numbering)
	}
	return testDocx(t, v.header+v.title+v.body+v.signature, parts)
}

// baseWant is what the base variant reads as; headings are its
// headings as they print.
func baseWant() (realPlan, []string) {
	return realPlan{parent: []string{"UBND TỈNH BẮC NINH"}, issuer: []string{"SỞ Y TẾ"}, number: "125", symbol: "KH-SYT", place: "Bắc Ninh",
			date: plan.Date{Year: 2026, Month: 4, Day: 5}, subject: "Phòng, chống dịch bệnh truyền nhiễm năm 2026",
			parts:      []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"},
			recipients: []string{"Bộ Y tế", "UBND tỉnh"}, archive: "VT, NVY",
			signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn An"}},
		[]string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Giám sát dịch bệnh", "2. Truyền thông", "III. TỔ CHỨC THỰC HIỆN"}
}

// headingsOf returns the body's headings as they print: label and title.
func headingsOf(p *plan.Plan) []string {
	var out []string
	for e := range p.Walk() {
		if e.Appendix == 0 && e.Section() != nil {
			out = append(out, strings.TrimSpace(e.Label+" "+e.Text.String()))
		}
	}
	return out
}

// assertVariant reads a Word file and checks it reads as want, its
// headings as headings.
func assertVariant(t *testing.T, src []byte, want realPlan, headings []string) {
	t.Helper()
	p, err := Read(src, "variant.docx")
	for _, e := range plan.AsErrors(err) {
		t.Logf("problem: %s", e.Format("en"))
	}
	require.NotNil(t, p)
	assertRealPlan(t, want, p)
	assert.Equal(t, headings, headingsOf(p), "headings")
}

// TestWordVariants: Word files laid out the ways real ones differ from
// kehoach's read as the same plan: the header as paragraphs, the date,
// number and motto typed otherwise, the signer without a table, the
// recipients in one paragraph, automatic numbering, tabs after labels,
// non-breaking spaces, a letter-spaced title.
func TestWordVariants(t *testing.T) {
	centred := func(s string) wp { return wp{text: s, center: true} }
	boldCentred := func(s string) wp { return wp{text: s, bold: true, center: true} }
	headerParas := func(date string) string {
		return wps(centred("UBND TỈNH BẮC NINH"), boldCentred("SỞ Y TẾ"), centred("Số: 125/KH-SYT"),
			boldCentred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), boldCentred("Độc lập - Tự do - Hạnh phúc"), wp{text: date, italic: true, center: true})
	}
	withHeaderLine := func(old, new string) func(*variant, *realPlan) {
		return func(v *variant, _ *realPlan) { v.header = strings.Replace(v.header, old, new, 1) }
	}
	signerParas := wps(boldCentred("KT. GIÁM ĐỐC"), boldCentred("PHÓ GIÁM ĐỐC"), wp{text: "(Ký, đóng dấu)", italic: true, center: true}, boldCentred("Nguyễn Văn An"))
	recipientParas := wps(wp{text: "Nơi nhận:", bold: true, italic: true}, wp{text: "- Bộ Y tế;"}, wp{text: "- UBND tỉnh;"}, wp{text: "- Lưu: VT, NVY."})
	cases := map[string]func(*variant, *realPlan){
		"base": func(*variant, *realPlan) {},
		"header as centred paragraphs": func(v *variant, _ *realPlan) {
			v.header = headerParas("Bắc Ninh, ngày 05 tháng 4 năm 2026")
		},
		"header as paragraphs with tabs between the columns": func(v *variant, _ *realPlan) {
			v.header = wps(wp{text: "UBND TỈNH BẮC NINH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, wp{text: "SỞ Y TẾ\t\tĐộc lập - Tự do - Hạnh phúc", bold: true},
				wp{text: "Số: 125/KH-SYT\t\tBắc Ninh, ngày 05 tháng 4 năm 2026"})
		},
		"date with slashes":             withHeaderLine("Bắc Ninh, ngày 05 tháng 4 năm 2026", "Bắc Ninh, ngày 05/4/2026"),
		"date with slashes, two digits": withHeaderLine("Bắc Ninh, ngày 05 tháng 4 năm 2026", "Bắc Ninh, ngày 05/04/2026"),
		"date without leading zero":     withHeaderLine("Bắc Ninh, ngày 05 tháng 4 năm 2026", "Bắc Ninh, ngày 5 tháng 4 năm 2026"),
		"place of two words": func(v *variant, w *realPlan) {
			v.header = strings.Replace(v.header, "Bắc Ninh, ngày 05", "Hà Nội, ngày 5", 1)
			w.place = "Hà Nội"
		},
		"number with odd spaces":        withHeaderLine("Số: 125/KH-SYT", "Số: 125 /KH-SYT"),
		"number without space":          withHeaderLine("Số: 125/KH-SYT", "Số:125/KH-SYT"),
		"number with spaces everywhere": withHeaderLine("Số: 125/KH-SYT", "Số : 125 / KH-SYT"),
		"motto with en dashes":          withHeaderLine("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"),
		"motto without spaces":          withHeaderLine("Độc lập - Tự do - Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"),
		"CỘNG HOÀ":                      withHeaderLine("CỘNG HÒA", "CỘNG HOÀ"),
		"signer as paragraphs after the recipients": func(v *variant, _ *realPlan) {
			v.signature = recipientParas + signerParas
		},
		"signer as paragraphs before the recipients": func(v *variant, _ *realPlan) {
			v.signature = signerParas + recipientParas
		},
		"recipients in one paragraph with line breaks": func(v *variant, _ *realPlan) {
			v.signature = layoutTable([]wp{{text: "Nơi nhận:\n- Bộ Y tế;\n- UBND tỉnh;\n- Lưu: VT, NVY."}},
				[]wp{boldCentred("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"), centred(""), centred(""), boldCentred("Nguyễn Văn An")})
		},
		"tabs between label and title": func(v *variant, _ *realPlan) {
			for _, l := range []string{"I. ", "II. ", "III. ", "1. ", "2. "} {
				v.body = strings.ReplaceAll(v.body, `">`+l, `">`+strings.TrimSpace(l)+`</w:t><w:tab/><w:t xml:space="preserve">`)
			}
		},
		"non-breaking spaces": func(v *variant, _ *realPlan) {
			v.header = strings.Replace(v.header, "Số: 125", "Số:\u00a0125", 1)
			v.header = strings.Replace(v.header, "ngày 05 tháng 4 năm", "ngày\u00a005\u00a0tháng\u00a04\u00a0năm", 1)
			v.body = strings.Replace(v.body, "I. MỤC", "I.\u00a0MỤC", 1)
			v.body = strings.Replace(v.body, "1. Mục", "1.\u00a0Mục", 1)
		},
		"letter-spaced title": func(v *variant, _ *realPlan) {
			v.title = strings.Replace(v.title, "KẾ HOẠCH", "K Ế  H O Ạ C H", 1)
		},
		"report": func(v *variant, w *realPlan) {
			v.title = strings.Replace(v.title, "KẾ HOẠCH", "BÁO CÁO", 1)
			v.header = strings.Replace(v.header, "KH-SYT", "BC-SYT", 1)
			w.typ, w.symbol = "BC", "BC-SYT"
		},
		"automatic numbering": func(v *variant, _ *realPlan) {
			lvl := func(i, format, text string) string {
				return `<w:lvl w:ilvl="` + i + `"><w:start w:val="1"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/></w:lvl>`
			}
			v.numbering = `<w:abstractNum w:abstractNumId="1">` + lvl("0", "upperRoman", "%1.") + lvl("1", "decimal", "%2.") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`
			for _, l := range []string{"I. ", "II. ", "III. "} {
				v.body = strings.ReplaceAll(v.body, `<w:pPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`+l,
					`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`)
			}
			for _, l := range []string{"1. ", "2. "} {
				v.body = strings.ReplaceAll(v.body, `<w:pPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`+l,
					`<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`)
			}
			require.NotContains(t, v.body, ">I. ")
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			v := baseVariant()
			want, headings := baseWant()
			change(&v, &want)
			assertVariant(t, v.docx(t), want, headings)
		})
	}
}

// TestWordLinePerParagraph: a Word file that holds each printed line as
// a paragraph, as an online converter makes one from a PDF or
// LibreOffice from a page-laid-out HTML file or a hard-wrapped text:
// the header's two columns run together on one line, sentences and
// recipients run on over several paragraphs, a page number between two
// pages, numbered paragraphs whose first line alone looks like a
// heading's title, the signer beside the recipients laid out with spaces.
func TestWordLinePerParagraph(t *testing.T) {
	lines := []string{
		"UBND TỈNH BẮC NINH", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"Số: 125/KH\u2011SYT Bắc Ninh, ngày 05 tháng 4 năm 2026",
		"KẾ HOẠCH", "Phòng, chống dịch bệnh truyền nhiễm năm 2026",
		"Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007 và các văn bản", "hướng dẫn thi hành;",
		"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
		"Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra trên địa bàn tỉnh, giảm", "tối đa số ca mắc và tử vong do dịch bệnh.",
		"2. Yêu cầu",
		"- Các đơn vị triển khai đồng bộ, kịp thời các biện pháp phòng, chống dịch theo", "hướng dẫn của Bộ Y tế.",
		"2",
		"II. NỘI DUNG", "1. Giám sát dịch bệnh",
		"- Giám sát chặt chẽ các ca bệnh tại cộng đồng và tại các cơ sở khám bệnh, chữa", "bệnh trên địa bàn.",
		"2. Truyền thông",
		"- Tuyên truyền trên các phương tiện thông tin đại chúng về các biện pháp phòng", "bệnh cho người dân.",
		"III. TỔ CHỨC THỰC HIỆN",
		"1. Các đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch", "của đơn vị và tổ chức triển khai thực hiện.",
		"2. Phòng Nghiệp vụ Y theo dõi, đôn đốc việc thực hiện Kế hoạch này và báo cáo", "Giám đốc Sở kết quả thực hiện./.",
		"Nơi nhận:                                   KT. GIÁM ĐỐC",
		"- Bộ Y tế (để báo cáo);                          PHÓ GIÁM ĐỐC",
		"- UBND tỉnh, Thường trực Tỉnh ủy,", "Thường trực HĐND tỉnh (để báo cáo);",
		"- Lưu: VT, NVY.",
		"Nguyễn Văn An",
	}
	var body strings.Builder
	for _, l := range lines {
		body.WriteString(wp{text: l}.xml())
	}
	want, _ := baseWant()
	want.recipients = []string{"Bộ Y tế (để báo cáo)", "UBND tỉnh, Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (để báo cáo)"}
	assertVariant(t, testDocx(t, body.String(), nil), want,
		[]string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Giám sát dịch bệnh", "2. Truyền thông", "III. TỔ CHỨC THỰC HIỆN"})
	p, _ := Read(testDocx(t, body.String(), nil), "lines.docx")
	require.NotEmpty(t, p.Bases)
	assert.Equal(t, "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007 và các văn bản hướng dẫn thi hành;", p.Bases[0].String())
	for e := range p.Walk() {
		assert.NotEqual(t, "2", strings.TrimSpace(e.Text.String()), "the page number is dropped")
	}
}
