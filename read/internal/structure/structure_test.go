package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// para returns a paragraph of plain text.
func para(s string, look ...func(*flow.Para)) *flow.Para {
	p := &flow.Para{Text: plan.Plain(s)}
	for _, l := range look {
		l(p)
	}
	return p
}

func bold(p *flow.Para)     { p.Bold = true; p.Text = plan.Text(nil).Bold(p.Text.String()) }
func italic(p *flow.Para)   { p.Italic = true; p.Text = plan.Text(nil).Italic(p.Text.String()) }
func centered(p *flow.Para) { p.Align = flow.AlignCenter }

// cell returns a table cell of paragraphs.
func cell(ps ...*flow.Para) *flow.Cell {
	c := &flow.Cell{Cols: 1, Rows: 1}
	for _, p := range ps {
		c.Blocks = append(c.Blocks, p)
	}
	return c
}

// A Word file's flow: a borderless header table, the title and the
// bold subject, italic bases, bold headings with typed labels, a body
// table with merged cells, a signature table, a landscape appendix.
func TestWordLikeFlow(t *testing.T) {
	header := &flow.Table{Rows: [][]*flow.Cell{
		{cell(para("UBND TỈNH LÀO CAI", centered), para("SỞ CÔNG THƯƠNG", bold, centered), para("Số:      /KH-SCT", centered)),
			cell(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), para("Độc lập - Tự do - Hạnh phúc", bold), para("Lào Cai, ngày      tháng 4 năm 2026", italic))},
	}}
	body := &flow.Table{Borders: true, HeaderRows: 2, Rows: [][]*flow.Cell{
		{{Cols: 1, Rows: 2, Blocks: []flow.Block{para("TT", bold)}}, {Cols: 2, Rows: 1, Blocks: []flow.Block{para("Cơ quan", bold)}}, {Covered: true}},
		{{Covered: true}, cell(para("Chủ trì", bold)), cell(para("Phối hợp", bold))},
		{{Cols: 3, Rows: 1, Blocks: []flow.Block{para("I. NHÓM MỘT")}}, {Covered: true}, {Covered: true}},
		{cell(para("1")), cell(para("Sở")), cell(para("Các phòng"))},
	}}
	sign := &flow.Table{Rows: [][]*flow.Cell{{
		cell(para("Nơi nhận:", bold, italic), para("- Ban Giám đốc Sở;"), para("- Lưu: VT, CN(Linh).")),
		cell(para("KT. GIÁM ĐỐC", bold), para("PHÓ GIÁM ĐỐC", bold), para("(Đã ký)"), para("Hoàng Văn Thuân", bold)),
	}}}
	doc := &flow.Document{Paragraphs: true, Blocks: []flow.Block{
		header,
		para("KẾ HOẠCH", bold, centered),
		para("Kiểm tra việc chấp hành quy định", bold, centered),
		para("trên địa bàn tỉnh Lào Cai", bold, centered),
		para("______"),
		para("Căn cứ Luật Quản lý ngày 26/8/2024;", italic),
		para("Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.", italic),
		para("Sở Công Thương xây dựng Kế hoạch như sau:"),
		para("I. MỤC ĐÍCH, YÊU CẦU", bold),
		para("1. Mục đích", bold),
		para("Bảo đảm an toàn."),
		para("II. TỔ CHỨC THỰC HIỆN", bold),
		body,
		para("Các phòng triển khai thực hiện./."),
		sign,
		&flow.Break{Landscape: true},
		para("PHỤ LỤC", bold, centered),
		para("DANH SÁCH ĐƠN VỊ", bold, centered),
		para("(Kèm theo Kế hoạch số      /KH-SCT ngày      /4/2026 của Sở Công Thương)", italic, centered),
		para("Nội dung phụ lục."),
	}}
	p, problems := Plan(doc, "f.docx")
	assert.Empty(t, problems)
	assert.Equal(t, []string{"UBND TỈNH LÀO CAI"}, p.Parent)
	assert.Equal(t, []string{"SỞ CÔNG THƯƠNG"}, p.Issuer)
	assert.Equal(t, "", p.Number)
	assert.Equal(t, "KH-SCT", p.Symbol)
	assert.Equal(t, plan.Date{Year: 2026, Month: 4}, p.Date)
	assert.Equal(t, "Kiểm tra việc chấp hành quy định trên địa bàn tỉnh Lào Cai", p.Subject)
	require.Len(t, p.Bases, 2)
	assert.Equal(t, plan.Plain("Căn cứ Luật Quản lý ngày 26/8/2024;"), p.Bases[0], "the bases' italic is their style")
	require.Len(t, p.Sections, 2)
	assert.Equal(t, plan.Plain("MỤC ĐÍCH, YÊU CẦU"), p.Sections[0].Title, "a heading's bold is its style")
	assert.Equal(t, "", p.Sections[0].Label, "numbered as the decree numbers: labels dropped")
	assert.False(t, p.Numbering.Written)
	tb := p.Sections[1].Content[0].(*plan.Table)
	assert.Equal(t, 2, tb.HeaderRows)
	assert.Equal(t, []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Cols: 2}, {Row: 2, Col: 0, Cols: 3}}, tb.Merges)
	last := p.Sections[1].Content[1].(*plan.Paragraph)
	assert.Equal(t, "Các phòng triển khai thực hiện.", last.Text.String(), "the end mark is the writers'")
	assert.Equal(t, []string{"Ban Giám đốc Sở"}, p.Recipients)
	assert.Equal(t, "VT, CN(Linh)", p.Archive)
	assert.Equal(t, plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, p.Signer)
	require.Len(t, p.Appendices, 1)
	assert.Equal(t, "DANH SÁCH ĐƠN VỊ", p.Appendices[0].Title)
	assert.Equal(t, plan.OrientationLandscape, p.Appendices[0].Orientation)
	assert.NoError(t, p.Validate())
}

// Labels: what is a label and what only looks like one.
func TestSplitLabel(t *testing.T) {
	for s, want := range map[string][2]string{
		"II. NỘI DUNG":         {"II.", "NỘI DUNG"},
		"IV- GIẢI PHÁP":        {"IV.", "GIẢI PHÁP"},
		"3.2. Nội dung":        {"3.2.", "Nội dung"},
		"a) Điểm":              {"a)", "Điểm"},
		"(1) Một":              {"(1)", "Một"},
		"Phần I. CHUNG":        {"Phần I.", "CHUNG"},
		"- Gạch":               {"-", "Gạch"},
		"B. PHẦN HAI":          {"B.", "PHẦN HAI"},
		"2025 - 2030 là":       {"", "2025 - 2030 là"},
		"TP. Hà Nội":           {"", "TP. Hà Nội"},
		"12/3/2026 họp":        {"", "12/3/2026 họp"},
		"Căn cứ Luật":          {"", "Căn cứ Luật"},
		"LC- Lào Cai":          {"", "LC- Lào Cai"},
		"1.000 tỷ đồng":        {"", "1.000 tỷ đồng"},
		"5 năm (2021-2025) là": {"", "5 năm (2021-2025) là"},
	} {
		label, rest, _ := splitLabel(s)
		assert.Equal(t, want, [2]string{label, rest}, s)
	}
}

// In a Word file whose sections print bold, a numbered item that is not
// bold is a numbered paragraph: a bold lead stays in it as it prints
// ("1. Thời gian: 13h30 …"), the space after the lead goes to the plain
// text, and a numbered cell is its number.
func TestWordNumberedParagraphs(t *testing.T) {
	lead := &flow.Para{Text: plan.Text(nil).Bold("Thời gian: ").Plain("13h30’ ngày 29/4/2026.")}
	numberedCell := &flow.Para{Label: "1.", Text: plan.Plain(" ")}
	body := &flow.Table{Borders: true, Rows: [][]*flow.Cell{
		{cell(para("TT", bold)), cell(para("Nhiệm vụ", bold))},
		{cell(numberedCell), cell(para("In ấn chứng chỉ "))},
	}}
	doc := &flow.Document{Paragraphs: true, Blocks: []flow.Block{
		para("SỞ CÔNG THƯƠNG", bold, centered),
		para("Số:      /KH-SCT"),
		para("Lào Cai, ngày      tháng 4 năm 2026", italic),
		para("KẾ HOẠCH", bold, centered),
		para("Kiểm tra kỹ thuật an toàn", bold, centered),
		para("I. MỤC ĐÍCH, YÊU CẦU", bold),
		para("1. Mục đích", bold),
		para("Bảo đảm an toàn."),
		para("2. Yêu cầu", bold),
		para("Đúng quy định."),
		para("II. NỘI DUNG", bold),
		&flow.Para{Text: append(plan.Plain("1. "), lead.Text...)},
		para("2. Địa điểm tại Sở Công Thương"),
		body,
		para("III. TỔ CHỨC THỰC HIỆN", bold),
		para("1. Giao phòng Quản lý Công nghiệp triển khai:"),
		para("2. Tổ chức kiểm tra kỹ thuật an toàn"),
		para("3. Chuẩn bị các điều kiện cần thiết"),
	}}
	p, _ := Plan(doc, "f.docx")
	require.Len(t, p.Sections, 3)
	content := func(s *plan.Section) []string {
		var out []string
		for _, c := range s.Content {
			switch c := c.(type) {
			case *plan.Section:
				out = append(out, "section: "+c.Title.String())
			case *plan.Numbered:
				out = append(out, "numbered: "+c.Text.String())
			case *plan.Table:
				out = append(out, "table: "+c.Rows[0][0].String()+" | "+c.Rows[0][1].String())
			default:
				out = append(out, "other")
			}
		}
		return out
	}
	assert.Equal(t, []string{"section: Mục đích", "section: Yêu cầu"}, content(p.Sections[0]), "the bold sections stay headings")
	assert.Equal(t, []string{"numbered: Thời gian: 13h30’ ngày 29/4/2026.", "numbered: Địa điểm tại Sở Công Thương", "table: 1. | In ấn chứng chỉ"}, content(p.Sections[1]))
	first := p.Sections[1].Content[0].(*plan.Numbered)
	assert.Equal(t, plan.Text(nil).Bold("Thời gian:").Plain(" 13h30’ ngày 29/4/2026."), first.Text, "the lead bold, its space plain")
	assert.Equal(t, []string{"numbered: Giao phòng Quản lý Công nghiệp triển khai:", "numbered: Tổ chức kiểm tra kỹ thuật an toàn", "numbered: Chuẩn bị các điều kiện cần thiết"},
		content(p.Sections[2]), "plain numbered items, where sections elsewhere print bold, are paragraphs")
}

// The place and date line in figures is one only when it is the line's
// whole: a sentence citing a date is not the header's date.
func TestNumericDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Hà Nội, ngày 05/4/2026": true, "Bắc Ninh, ngày 5-4-2026.": true, "TP. Hồ Chí Minh, ngày 05.04.2026": true,
		"Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;": false,
		"Thời gian: ngày 29/4/2026 (Thứ Tư).":                               false,
	} {
		assert.Equal(t, want, isDateLine(s), s)
	}
	place, day, month, year := parseDateLine("Hà Nội, ngày 05/04/2026")
	assert.Equal(t, []any{"Hà Nội", 5, 4, 2026}, []any{place, day, month, year})
}

// A title typed with its letters spaced out is the type name.
func TestLetterSpacedTitle(t *testing.T) {
	for s, want := range map[string]plan.DocType{"K Ế  H O Ạ C H": plan.TypeKH, "B Á O   C Á O": "BC", "KẾ HOẠCH": plan.TypeKH} {
		got, _, ok := titleType(item{para: para(s, bold, centered)})
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	_, _, ok := titleType(item{para: para("A B C D", bold)})
	assert.False(t, ok)
}

// A paragraph a line (a Word file made from a PDF) goes on with the
// paragraph before when that one leaves its sentence open: by a small
// letter or a figure, after a word a sentence cannot end with, or after
// a line that fills the page's width; never into a heading, a basis, a
// lead-in or the signature.
func TestGoesOn(t *testing.T) {
	full := "Phòng Nghiệp vụ Y theo dõi, đôn đốc việc thực hiện Kế hoạch này và báo cáo kết"
	width := len([]rune(full))
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Chủ động phòng, chống dịch bệnh, không để dịch", "lớn xảy ra.", true},
		{"Công văn số 7250/UBND-TH2 ngày", "23/8/2021 của UBND tỉnh.", true},
		{"của Bộ Thông tin và", "Truyền thông về việc tổ chức.", true},
		{full, "Giám đốc Sở kết quả.", true},
		{full, "Thực hiện Quyết định số 1050/QĐ-SCT của Giám đốc Sở.", false},
		{full, "2. Yêu cầu", false},
		{"Chủ động phòng, chống dịch bệnh.", "lớn xảy ra.", false},
		{"Mục đích", "Giám đốc Sở.", false},
		{"- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN", "tiện Phục vụ Đoàn kiểm tra);", false},
		{"- UBND tỉnh, Thường trực Tỉnh ủy,", "Nơi nhận:", false},
	} {
		assert.Equal(t, c.want, goesOn(para(c.a), para(c.b), width), "%q + %q", c.a, c.b)
	}
}

// TestEndMarkAfterLastHeading: a body that ends with a heading loses the
// end mark typed after its title, a note's mark after it or not.
func TestEndMarkAfterLastHeading(t *testing.T) {
	note := &plan.Footnote{Text: plan.Plain("Ghi chú.")}
	for name, title := range map[string]plan.Text{
		"plain":       plan.Plain("Thể thao./."),
		"with a note": append(plan.Plain("Thể thao./."), plan.Span{Note: note}),
	} {
		t.Run(name, func(t *testing.T) {
			p := &plan.Plan{Sections: []*plan.Section{{Level: plan.LevelPart, Title: plan.Plain("NỘI DUNG"),
				Content: plan.Nodes{&plan.Section{Level: plan.LevelSection, Title: title}}}}}
			dropEndMarks(p)
			got := p.Sections[0].Content[0].(*plan.Section).Title
			assert.Equal(t, "Thể thao", got.String())
			if len(title) > 1 {
				assert.Same(t, note, got[len(got)-1].Note, "the note kept, after the title")
			}
		})
	}
}
