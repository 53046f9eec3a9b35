package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// shared is the project's reference material beside the repository.
const shared = "../../../shared"

// readShared reads a file of the reference material, or skips.
func readShared(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(shared, name))
	if err != nil {
		t.Skipf("the reference material is not beside the repository (%v)", err)
	}
	return src
}

// The full plans of the reference material: every field recovered
// exactly, every part and section in order, 99% of the body's words.
func TestFullPlans(t *testing.T) {
	for _, c := range []struct {
		file, number, symbol, place string
		date                        plan.Date
		subject                     string
		outline                     []string
		recipients                  []string
		archive                     string
		signer                      plan.Signer
		bodyFrom                    string
	}{
		{file: "seeds/004_75adafb97131ccb0.txt", symbol: "KH-STTTT", place: "Vĩnh Phúc", date: plan.Date{Year: 2021, Month: 11},
			subject:    "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 05 năm (2021-2025) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
			outline:    []string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG THI ĐUA", "III. TỔ CHỨC THỰC HIỆN"},
			recipients: []string{"Bộ TT&TT (B/c)", "UBND tỉnh (B/c)", "Sở Nội vụ (Ban TĐKT)", "GD, các PGD", "Các phòng, đơn vị trực thuộc (T/h)", "Phòng VH&TT, Trung tâm VH-TT-TT các huyện, thành phố (T/h)", "Các doanh nghiệp thuộc Ngành (T/h)"},
			archive:    "VT, VP", signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Bá Hiến"}, bodyFrom: "Thực hiện Chỉ thị"},
		{file: "realplans/plan-08.txt", symbol: "KH-SVHTT", place: "Hà Nội", date: plan.Date{Year: 2020, Month: 9},
			subject: "Tổ chức diễn đàn trực tuyến Các giải pháp “Phát huy giá trị văn hoá lịch sử ngàn năm văn hiến, thủ đô anh hùng, hoà bình sáng tạo, tiếp tục đẩy mạnh xây dựng người Hà Nội thanh lịch, văn minh, nâng cao chất lượng nguồn nhân lực Thủ đô giai đoạn 2021-2025”.",
			outline: []string{"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "1. Chủ đề:", "2. Đối tượng tham gia:", "3. Hình thức:", "4. Định hướng nội dung:",
				"5. Thời gian tổ chức diễn đàn: Dự kiến từ tháng 10 đến 31/12/2020", "6. Kết quả diễn đàn:", "7. Kinh phí:", "III. TỔ CHỨC THỰC HIỆN",
				"1. Sở Văn hoá và Thể thao", "1.1. Giao Phòng Xây dựng nếp sống văn hóa và gia đình:", "1.2. Giao phòng Kế hoạch Tài chính, Văn phòng Sở",
				"1.3. Các phòng, ban, đơn vị trực thuộc", "2. Sở, ban, ngành Thành phố", "3. UBND quận, huyện, thị xã"},
			recipients: []string{"Đ/c Nguyễn Thị Bích Ngọc, PBT TU, Chủ tịch HĐND TP, Trưởng Ban chỉ đạo Chương trình 04-CTr/TU", "Đ/c Ngô Văn Quý, PCT UBND TP, Phó trưởng ban Thường trực BCĐ Chương trình 04-CTr/TU", "Văn phòng: TU, HĐND, UBND Thành phố", "Sở, ban, ngành TP", "UBND quận, huyện, thị xã", "Đ/c Giám đốc Sở", "Các Phó GĐ Sở"},
			archive:    "VT", signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Tô Văn Động"}, bodyFrom: "Thực hiện Thông báo"},
		{file: "realplans/plan-09.txt", symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 6},
			subject:    "Huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn cho Người quản lý vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
			outline:    []string{"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"},
			recipients: []string{"Ban Giám đốc Sở"}, archive: "VT, CN(Linh)",
			signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, bodyFrom: "Căn cứ Luật"},
		{file: "realplans/plan-10.txt", number: "1105", symbol: "KH-ĐKT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 3, Day: 10},
			subject: "Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai",
			outline: []string{"1. Mục tiêu", "2. Yêu cầu", "3. Đối tượng, nội dung kiểm tra:", "3.1. Đối tượng kiểm tra:", "3.2. Nội dung kiểm tra",
				"3.3. Thời gian kiểm tra:", "3.4. Địa điểm kiểm tra:", "3.5. Phương thức kiểm tra", "4. Phân công nhiệm vụ",
				"5. Dự kiến các nguồn lực cho hoạt động kiểm tra chuyên ngành:", "6. Những vấn đề khác (nếu có)"},
			recipients: []string{"Giám đốc Sở (để báo cáo và phê duyệt)", "Văn phòng Sở (Bố trí kinh phí, phương tiện Phục vụ Đoàn kiểm tra)", "Thành viên Đoàn (để thực hiện)", "Các đơn vị được kiểm tra (để phối hợp)"},
			archive:    "VT, CN(M. Cường)", signer: plan.Signer{Authority: []string{"T/M. ĐOÀN KIỂM TRA"}, Position: []string{"TRƯỞNG ĐOÀN"}, Name: "Hoàng Văn Thuân"}, bodyFrom: "Thực hiện Quyết định"},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			src := readShared(t, c.file)
			p, _ := Read(src, c.file)
			require.NotNil(t, p)
			assert.Equal(t, c.number, p.Number)
			assert.Equal(t, c.symbol, p.Symbol)
			assert.Equal(t, c.place, p.Place)
			assert.Equal(t, c.date, p.Date)
			assert.Equal(t, c.subject, p.Subject)
			var main []string
			for e := range p.Walk() {
				if e.Appendix == 0 && e.Section() != nil {
					main = append(main, strings.TrimSpace(e.Label+" "+e.Text.String()))
				}
			}
			assert.Equal(t, c.outline, main)
			assert.Equal(t, c.recipients, p.Recipients)
			assert.Equal(t, c.archive, p.Archive)
			assert.Equal(t, c.signer, p.Signer)
			r := testplans.Recall(testplans.Between(string(src), c.bodyFrom, "Nơi nhận"), testplans.BodyWords(p, true))
			assert.GreaterOrEqual(t, r, 0.99, "body words recalled in order")
			t.Logf("%s: body word recall %.4f", c.file, r)
		})
	}
}

// Every seed imports; the news items give their body, their header
// missing reported, the page's furniture left out.
func TestSeedsImport(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("the reference material is not beside the repository")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		p, err := Read(src, filepath.Base(f))
		require.NotNil(t, p, f)
		for _, e := range plan.AsErrors(err) {
			assert.NotEmpty(t, e.Code, "%s: %v", f, e)
		}
		assert.NotEmpty(t, testplans.BodyWords(p, true), f)
	}
	for _, c := range []struct{ file, first, notIn string }{
		{"seeds/001_bf467de301be45ad.txt", "Thực hiện Chỉ thị 01/CT-UBND", "Thứ ba - 03/01/2023"},
		{"seeds/002_bd2ac7bee5ccd97e.txt", "\"Toàn ngành Thông tin và Truyền thông", "Số lượt xem"},
	} {
		src := readShared(t, c.file)
		p, err := Read(src, c.file)
		codes := map[string]string{}
		for _, e := range plan.AsErrors(err) {
			codes[e.Field] = e.Code
		}
		assert.Equal(t, plan.CodeNotFound, codes["type"], "%s: the missing header is reported", c.file)
		require.NotEmpty(t, p.Preamble, c.file)
		assert.True(t, strings.HasPrefix(plan.BlockText(p.Preamble[0]).String(), c.first), "%s starts with %q", c.file, plan.BlockText(p.Preamble[0]).String())
		body := strings.Join(testplans.BodyWords(p, true), " ")
		assert.NotContains(t, body, strings.Join(testplans.Words(c.notIn), " "), "%s: the page's dates and counts are not the document's", c.file)
		assert.NotContains(t, body, "zalo")
		assert.NotContains(t, body, "supervisor_account")
	}
}

// The encodings text comes in: UTF-8 with and without a byte order mark,
// UTF-16 with one; bytes that are neither are refused.
func TestEncodings(t *testing.T) {
	src := []byte("UBND TỈNH X\nSỞ Y\nSố: 5/KH-SY\nX, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nVăn bản.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n")
	want, _ := Read(src, "a.txt")
	require.Equal(t, "SY", strings.TrimPrefix(want.Symbol, "KH-"))
	bom, _ := Read(append([]byte("\uFEFF"), src...), "b.txt")
	assert.Equal(t, want.Subject, bom.Subject)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(src)
	require.NoError(t, err)
	p16, _ := Read(utf16, "c.txt")
	assert.Equal(t, want.Subject, p16.Subject)
	assert.Equal(t, want.Date, p16.Date)
	_, err = Read([]byte("S\xe1\xbb nay\xff"), "d.txt")
	assert.ErrorContains(t, err, "UTF-8")
}

// TestInvisibleCharacters: the zero-width spaces, soft hyphens and word
// joiners text copied from the web carries print as nothing, so the
// reader leaves them out; a bidirectional control stays, for the checker
// to report.
func TestInvisibleCharacters(t *testing.T) {
	src := "UBND TỈNH X\nSỞ Y\nSố: 5/KH-SY\nX, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nThử\u200b nghiệm\n\nI. MỤC ĐÍCH\n\n" +
		"Văn\u00ad bản\u2060 số\ufeff một; tên \u2067fed\u2069.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
	p, err := Read([]byte(src), "a.txt")
	require.NoError(t, err)
	assert.Equal(t, "Thử nghiệm", p.Subject)
	var body []string
	for at := range p.Texts() {
		if strings.HasPrefix(at.Field, "sections[0].content") {
			body = append(body, at.Text)
		}
	}
	assert.Equal(t, []string{"Văn bản số một; tên \u2067fed\u2069."}, body)
}

// Text copied from a PDF: hard-wrapped lines joined, a number and symbol
// split at its hyphen joined whole, page numbers dropped, footnotes.
func TestWrappedText(t *testing.T) {
	long := strings.Repeat("Tổ chức kiểm tra đúng trình tự, thủ tục theo quy định pháp luật hiện hành và ", 1)
	src := "UBND TỈNH X\nSỞ Y\nSố: 5/KH-SY\nX, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nThử nghiệm\n\n" +
		"      1. Mục tiêu\n" +
		"      - Tổ chức kiểm tra đúng trình tự, thủ tục theo Nghị định số 217/2025/NĐ-\n" +
		"CP ngày 05/8/2025 của Chính phủ Quy định về hoạt động kiểm tra chuyên ngành\n" +
		"và các quy định pháp luật có liên quan[1].\n" +
		"      - " + long + "\n" + "khác.\n" +
		"                                   2\n\n" +
		"      2. Yêu cầu\n      - Hoàn thành đúng kế hoạch, bảo đảm tính chính xác, khách quan, minh bạch trong quá trình.\n" +
		strings.Repeat("      - Bảo đảm tính chính xác, khách quan, công khai, minh bạch; không làm cản trở.\n", 6) +
		"\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n\n[1] Ban hành kèm theo Nghị định.\n"
	p, _ := Read([]byte(src), "w.txt")
	require.Len(t, p.Sections, 2)
	first := p.Sections[0].Content[0].(*plan.Bullet)
	assert.Equal(t, "Tổ chức kiểm tra đúng trình tự, thủ tục theo Nghị định số 217/2025/NĐ-CP ngày 05/8/2025 của Chính phủ Quy định về hoạt động kiểm tra chuyên ngành và các quy định pháp luật có liên quan.", first.Text.String())
	var note *plan.Footnote
	for _, s := range first.Text {
		if s.Note != nil {
			note = s.Note
		}
	}
	require.NotNil(t, note, "the [1] reference is a footnote")
	assert.Equal(t, "Ban hành kèm theo Nghị định.", note.Text.String())
	for e := range p.Walk() {
		assert.NotEqual(t, "2", strings.TrimSpace(e.Text.String()), "the page number is dropped")
	}
	second := p.Sections[0].Content[1].(*plan.Bullet)
	assert.True(t, strings.HasSuffix(second.Text.String(), "hiện hành và khác."), second.Text.String())
}

// Tables written with pipes and with tabs.
func TestTextTables(t *testing.T) {
	src := "KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n\n| TT | Việc | Đơn vị |\n|---|---|---|\n| 1 | Tuyên truyền | Văn phòng |\n| 2 | Kiểm tra | Thanh tra |\n\nSTT\tNội dung\tThời gian\n1\tHọp\tQuý I\n2\tBáo cáo\tQuý II\n"
	p, _ := Read([]byte(src), "t.txt")
	require.Len(t, p.Sections, 1)
	var tables []*plan.Table
	for _, n := range p.Sections[0].Content {
		if tb, ok := n.(*plan.Table); ok {
			tables = append(tables, tb)
		}
	}
	require.Len(t, tables, 2)
	assert.Equal(t, "Việc", tables[0].Header[1].String())
	assert.Equal(t, "Thanh tra", tables[0].Rows[1][2].String())
	assert.Equal(t, "Thời gian", tables[1].Header[2].String())
	assert.Equal(t, "Báo cáo", tables[1].Rows[1][1].String())
}

// An appendix without "PHỤ LỤC", as a Word file's text export gives it:
// its title in capitals over the caption, whose blanks for the văn thư
// ("số          /KH-SCT ngày     /4/2026") are no gap between columns.
func TestAppendixCaptionWithBlanks(t *testing.T) {
	src := "SỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số:      /KH-SCT\nLào Cai, ngày      tháng 4 năm 2026\n\nKẾ HOẠCH\nKiểm tra kỹ thuật an toàn\n\n" +
		"I. MỤC ĐÍCH\n\nBảo đảm an toàn.\n\nNơi nhận:\n- Ban Giám đốc Sở;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thuân\n\n" +
		"PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA\n" +
		"(Kèm theo Kế hoạch số          /KH-SCT ngày     /4/2026 của Sở Công Thương)\n\n" +
		"Tổ trưởng phân công nhiệm vụ.\n"
	p, _ := Read([]byte(src), "f.txt")
	require.NotNil(t, p)
	require.Len(t, p.Appendices, 1)
	assert.Equal(t, "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA", p.Appendices[0].Title)
	assert.Equal(t, "Hoàng Văn Thuân", p.Signer.Name)
}
