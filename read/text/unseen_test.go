package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// programme is a Sở's working programme as a clerk pastes it: "Phần I"
// on a line of its own and the part's title in capitals on the next, as
// agencies lay out a programme's or a report's parts; "A.", "1.",
// "1.1." under them.
const programme = `UBND THÀNH PHỐ ĐÀ NẴNG
SỞ VĂN HÓA VÀ THỂ THAO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 07/CTr-SVHTT
Đà Nẵng, ngày 20 tháng 01 năm 2025

CHƯƠNG TRÌNH
Công tác năm 2025

Phần I
ĐÁNH GIÁ KẾT QUẢ NĂM 2024
A. KẾT QUẢ ĐẠT ĐƯỢC
1. Lĩnh vực văn hóa
1.1. Công tác quản lý di sản
Hoàn thành kiểm kê di tích.
1.2. Công tác thư viện
Phát triển thư viện số.
B. HẠN CHẾ
Một số nhiệm vụ chậm tiến độ.
PHẦN II
NHIỆM VỤ NĂM 2025
A. MỤC TIÊU
Phát triển văn hóa, thể thao bền vững./.

Nơi nhận:
- UBND thành phố;
- Lưu: VT, VP.

GIÁM ĐỐC

Huỳnh Văn Thành
`

// TestPartTitleBelowLabel: a part's label alone on its line ("Phần I",
// "PHẦN II": one form, its label kept as written) takes the
// title in capitals under it; the headings under it nest below the part.
func TestPartTitleBelowLabel(t *testing.T) {
	p := readLogged(t, programme, "ctr.txt")
	assert.Equal(t, plan.DocType("CTr"), p.Type)
	require.Len(t, p.Sections, 2)
	for i, want := range []struct{ label, title string }{{"Phần I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2024"}, {"PHẦN II", "NHIỆM VỤ NĂM 2025"}} {
		s := p.Sections[i]
		assert.Equal(t, plan.LevelPart, s.Level)
		assert.Equal(t, want.label, s.Label)
		assert.Equal(t, want.title, s.Title.String())
	}
	var sections []string
	for _, n := range p.Sections[0].Content {
		if s, ok := n.(*plan.Section); ok {
			sections = append(sections, s.Label+" "+s.Title.String())
		}
	}
	assert.Equal(t, []string{"A. KẾT QUẢ ĐẠT ĐƯỢC", "B. HẠN CHẾ"}, sections, "the title's line is no paragraph of the part")
}

// notice is a Sở's notice as plain pdftotext gives the PDF a word
// processor printed from it: the header's and the signature's two
// columns read across (the superior agency, the Quốc hiệu, the agency,
// the motto, …; "Nơi nhận:", a recipient, the authority, the position,
// the other recipients, "(Đã ký)", the name), and the first paragraph
// right under the subject, no blank line between.
const notice = `UBND TỈNH QUẢNG NAM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

SỞ TÀI NGUYÊN VÀ

Độc lập - Tự do - Hạnh phúc

MÔI TRƯỜNG

Quảng Nam, ngày 03 tháng 9 năm 2025

Số: 215/TB-STNMT
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 năm 2025
Ngày 29 tháng 8 năm 2025, Giám đốc Sở chủ trì cuộc họp giao ban tháng 8 năm 2025. Sau khi nghe báo cáo của các phòng, Giám đốc Sở kết luận như sau:
1. Đánh giá chung
Các phòng, đơn vị đã hoàn thành cơ bản các nhiệm vụ được giao.
2. Nhiệm vụ thời gian tới
- Văn phòng Sở theo dõi, đôn đốc việc thực hiện;
+ Tổng hợp báo cáo trước ngày 25 hằng tháng.
Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.
Nơi nhận:
- Ban Giám đốc Sở;

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.

(Đã ký)

Trần Thị Mai
`

// TestColumnsReadAcross: a notice whose header and signature columns
// read across keeps its agency, its subject, every recipient and the
// archive line, and its signer.
func TestColumnsReadAcross(t *testing.T) {
	p := readLogged(t, notice, "tb.txt")
	assert.Equal(t, plan.DocType("TB"), p.Type)
	assert.Equal(t, []string{"UBND TỈNH QUẢNG NAM"}, p.Parent)
	assert.Equal(t, []string{"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"}, p.Issuer)
	assert.Equal(t, "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 năm 2025", p.Subject, "the lead-in under the subject is the body's")
	require.NotEmpty(t, p.Preamble)
	assert.Contains(t, plan.BlockText(p.Preamble[0]).String(), "Ngày 29 tháng 8 năm 2025")
	assert.Equal(t, []string{"Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"}, p.Recipients, "the recipients after the signer's lines are the list's")
	assert.Equal(t, "VT, VP", p.Archive)
	assert.Equal(t, plan.Signer{Authority: []string{"TL. GIÁM ĐỐC"}, Position: []string{"CHÁNH VĂN PHÒNG"}, Name: "Trần Thị Mai"}, p.Signer)
}

// TestSubjectAboveLeadIn: a subject line right above the body's lead-in
// (a text ending with a colon, or holding a sentence's end) ends there;
// an abbreviation's period inside a subject's line does not end it.
func TestSubjectAboveLeadIn(t *testing.T) {
	head := "UBND TỈNH X\nSỞ Y\nSố: 5/BC-SY\nX, ngày 05 tháng 01 năm 2025\n\nBÁO CÁO\nKết quả công tác tháng 12 năm 2025\n"
	tail := "1. Kết quả\nĐã hoàn thành./.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
	for lead, subject := range map[string]string{
		"Sở Y báo cáo kết quả công tác tháng 12 năm 2025 như sau:\n":                "Kết quả công tác tháng 12 năm 2025",
		"Ngày 05 tháng 01 năm 2025, Sở họp giao ban. Giám đốc Sở kết luận sau:\n":   "Kết quả công tác tháng 12 năm 2025",
		"tại TP. Hồ Chí Minh\n\nSở Y báo cáo kết quả công tác tháng 12 năm 2025.\n": "Kết quả công tác tháng 12 năm 2025 tại TP. Hồ Chí Minh",
	} {
		p, _ := Read([]byte(head+lead+tail), "bc.txt")
		require.NotNil(t, p)
		assert.Equal(t, subject, p.Subject, lead)
	}
}

// readLogged reads a text, logging the problems the reader reports.
func readLogged(t *testing.T, src, file string) *plan.Plan {
	t.Helper()
	p, err := Read([]byte(src), file)
	for _, e := range plan.AsErrors(err) {
		t.Logf("problem: %s", e.Format("en"))
	}
	require.NotNil(t, p)
	return p
}

// TestEndMarkOnLastHeading: a body that ends with a heading, nothing
// under it, loses the end mark typed after its title ("2. Thể thao./."):
// the writers print the end mark, once.
func TestEndMarkOnLastHeading(t *testing.T) {
	src := "UBND TỈNH X\nSỞ Y\nSố: 5/CTr-SY\nX, ngày 05 tháng 01 năm 2025\n\nCHƯƠNG TRÌNH\nCông tác năm 2025\n\nI. NHIỆM VỤ\n1. Văn hóa\n2. Thể thao./.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
	p := readLogged(t, src, "ctr.txt")
	require.Len(t, p.Sections, 1)
	var titles []string
	for _, n := range p.Sections[0].Content {
		if s, ok := n.(*plan.Section); ok {
			titles = append(titles, s.Title.String())
		}
	}
	assert.Equal(t, []string{"Văn hóa", "Thể thao"}, titles)
	var ends int
	for e := range p.Walk() {
		if e.Kind == plan.KindEndMark {
			ends++
		}
	}
	assert.Equal(t, 1, ends, "one end mark")
}

// TestShortTextCutAtWidth: a short text copied from a PDF, too short to
// tell that its lines are cut at the page's width, still joins a line
// nearly as long as its longest to the line after it that runs on (a
// small letter, or a number that is no label): the lead-in is one
// paragraph, not the subject's second line; a subject's lines, shorter,
// stay the subject's.
func TestShortTextCutAtWidth(t *testing.T) {
	for name, cut := range map[string]string{
		"number": strings.Replace(notice, "tháng 8 năm 2025. Sau", "tháng 8 năm\n2025. Sau", 1),
		"word":   strings.Replace(notice, "năm 2025. Sau khi nghe báo cáo", "năm 2025. Sau khi nghe\nbáo cáo", 1),
	} {
		t.Run(name, func(t *testing.T) {
			p := readLogged(t, cut, "tb.txt")
			assert.Equal(t, "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8 năm 2025", p.Subject)
			require.NotEmpty(t, p.Preamble)
			assert.Equal(t, "Ngày 29 tháng 8 năm 2025, Giám đốc Sở chủ trì cuộc họp giao ban tháng 8 năm 2025. Sau khi nghe báo cáo của các phòng, Giám đốc Sở kết luận như sau:",
				plan.BlockText(p.Preamble[0]).String())
		})
	}
	p := readLogged(t, strings.Replace(programme, "Công tác năm 2025", "Công tác năm 2025 của các phòng, đơn vị thuộc Sở\nvà các đơn vị sự nghiệp", 1), "ctr.txt")
	assert.Equal(t, "Công tác năm 2025 của các phòng, đơn vị thuộc Sở và các đơn vị sự nghiệp", p.Subject)
}

// TestPartOrdinalLabels: parts labelled in words, in capitals ("PHẦN THỨ
// NHẤT") as in small letters, their titles on the line under them, over
// parts of their own labelled "I.", "II.".
func TestPartOrdinalLabels(t *testing.T) {
	src := "UBND TỈNH X\nSỞ Y\nSố: 5/BC-SY\nX, ngày 05 tháng 01 năm 2025\n\nBÁO CÁO\nTổng kết công tác năm 2025\n\n" +
		"PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\nI. CÔNG TÁC CHỈ ĐẠO\n1. Ban hành văn bản\nĐã ban hành 20 văn bản.\nII. HẠN CHẾ\nCòn chậm.\n" +
		"Phần thứ hai\nPHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\nI. MỤC TIÊU\nHoàn thành kế hoạch./.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
	p := readLogged(t, src, "bc.txt")
	var parts []string
	for _, s := range p.Sections {
		parts = append(parts, s.Label+" | "+s.Title.String())
	}
	assert.Equal(t, []string{"PHẦN THỨ NHẤT | KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "Phần thứ hai | PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026"}, parts)
	require.Len(t, p.Sections, 2)
	var under []string
	for _, n := range p.Sections[0].Content {
		if s, ok := n.(*plan.Section); ok {
			under = append(under, s.Label+" "+s.Title.String())
		}
	}
	assert.Equal(t, []string{"I. CÔNG TÁC CHỈ ĐẠO", "II. HẠN CHẾ"}, under)
}

// portal is a plan as a legal portal's page copies to text: the header's
// and the signature's table cells one after the other, a tab between
// the cells of a row (the left cell's last line, then the right cell's
// first), the rules under the agency and the motto typed as dashes.
const portal = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n" +
	"Số: 125/KH-UBND\tBắc Ninh, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH NĂM 2025\n\n" +
	"Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n" +
	"I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nĐẩy mạnh chuyển đổi số.\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành thực hiện./.\n\n \n\n" +
	"Nơi nhận:\n- Bộ TT&TT;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Lưu: VT, KGVX.\tTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n\nNguyễn Văn A\n"

// TestPortalCells: the signer's first line after a tab on the "Lưu:"
// line is the signer's, not the archive's.
func TestPortalCells(t *testing.T) {
	p := readLogged(t, portal, "kh.txt")
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"}, p.Issuer)
	assert.Equal(t, "125", p.Number)
	assert.Equal(t, "Bắc Ninh", p.Place)
	assert.Equal(t, plan.Date{Year: 2025, Month: 3, Day: 10}, p.Date)
	assert.Equal(t, []string{"Bộ TT&TT", "TT Tỉnh ủy, TT HĐND tỉnh"}, p.Recipients)
	assert.Equal(t, "VT, KGVX", p.Archive)
	assert.Equal(t, plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Nguyễn Văn A"}, p.Signer)
}

// TestSubjectRunIntoLeadIn: plain pdftotext reads a centred subject's
// last line and the justified lead-in under it as one paragraph; the
// subject keeps its line and the lead-in stays the body's first
// paragraph. A subject line whose words only look like a lead-in's in
// small letters ("thực hiện") is the subject's.
func TestSubjectRunIntoLeadIn(t *testing.T) {
	const head = "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SCT\nLào Cai, ngày 06 tháng 3 năm 2026\nKẾ HOẠCH\n"
	const tail = "\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm an toàn./.\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT, KTAT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"
	for name, c := range map[string]struct{ text, subject, first string }{
		"run into the lead-in": {
			"Kiểm tra việc chấp hành quy định pháp luật trong sử dụng\nvà bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương. Trưởng đoàn kiểm tra lập kế hoạch như sau:\n",
			"Kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai",
			"Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương. Trưởng đoàn kiểm tra lập kế hoạch như sau:",
		},
		"a subject's own words": {
			"Tuyên truyền, phổ biến các văn bản\nthực hiện Luật Phòng cháy, chữa cháy năm 2026\n\nĐể triển khai kịp thời, Sở Công Thương ban hành Kế hoạch như sau:\n",
			"Tuyên truyền, phổ biến các văn bản thực hiện Luật Phòng cháy, chữa cháy năm 2026",
			"Để triển khai kịp thời, Sở Công Thương ban hành Kế hoạch như sau:",
		},
	} {
		t.Run(name, func(t *testing.T) {
			p := readLogged(t, head+c.text+tail, "kh.txt")
			assert.Equal(t, c.subject, p.Subject)
			require.NotEmpty(t, p.Preamble)
			assert.Equal(t, c.first, plan.BlockText(p.Preamble[0]).String())
			require.Len(t, p.Sections, 1)
		})
	}
}

// TestWordTextNumbers: a plan Word saved as plain text puts a tab after
// each automatic number ("I.<tab>MỤC ĐÍCH"); those lines are headings,
// points and bullets, not a two-column table, while a table's rows of
// more tabs stay a table.
func TestWordTextNumbers(t *testing.T) {
	body := "I.\tMỤC ĐÍCH, YÊU CẦU\n1.\tMục đích\nNâng cao nhận thức.\n2.\tYêu cầu\na)\tBảo đảm kịp thời;\nb)\tBảo đảm hiệu quả.\nII.\tNỘI DUNG\n-\tTuyên truyền;\n+\tTrên báo;\n" +
		"STT\tNội dung\tThời gian\n1.\tTập huấn\tQuý I\n2.\tKiểm tra\tQuý II\n" +
		"III.\tTỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện./.\n"
	const head = "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SCT\nLào Cai, ngày 06 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền an toàn\n\n"
	const tail = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT, KTAT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"
	p := readLogged(t, head+body+tail, "word.txt")
	var titles []string
	for _, s := range p.Sections {
		titles = append(titles, s.Title.String())
	}
	assert.Equal(t, []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, titles)
	require.Len(t, p.Sections, 3)
	var sections []string
	for _, n := range p.Sections[0].Content {
		if s, ok := n.(*plan.Section); ok {
			sections = append(sections, s.Title.String())
		}
	}
	assert.Equal(t, []string{"Mục đích", "Yêu cầu"}, sections)
	var table *plan.Table
	for _, n := range p.Sections[1].Content {
		if tb, ok := n.(*plan.Table); ok {
			table = tb
		}
	}
	require.NotNil(t, table, "the rows of three cells are a table")
	require.Len(t, table.Header, 3)
	assert.Equal(t, "STT", table.Header[0].String())
	assert.Len(t, table.Rows, 2)
}
