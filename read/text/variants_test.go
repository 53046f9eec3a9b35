package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// exported is a report as LibreOffice exports a Word file's header and
// signature tables to plain text: each cell's lines on their own, the
// blank left for the văn thư a run of spaces inside the date line, then
// "Kính gửi:" under the subject, a recipient wrapped onto a second line;
// with CRLF line ends and a byte order
// mark, as Windows tools write text.
const exported = "\uFEFFUBND TỈNH LÀO CAI\r\n\r\n  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nSỞ CÔNG THƯƠNG\r\n\r\n" +
	"  Độc lập – Tự do – Hạnh phúc\r\nSố:           /BC-SCT\r\n\r\n   Lào Cai,  ngày       tháng 4 năm 2026\r\nBÁO CÁO\r\n" +
	"Kết quả kiểm tra việc chấp hành các quy định của pháp luật \r\ntrong quản lý vật liệu nổ công nghiệp\r\n" +
	"                     Kính gửi: Giám đốc Sở Công Thương Lào Cai\r\n" +
	"Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương, Đoàn kiểm tra báo cáo như sau:\r\n" +
	"I. KẾT QUẢ KIỂM TRA\r\n1. Hồ sơ pháp lý\r\nĐầy đủ theo quy định.\r\nII. KẾT LUẬN, KIẾN NGHỊ\r\nĐề nghị các đơn vị tiếp tục thực hiện./.\r\n" +
	"Nơi nhận:\r\n- Đ/c Nguyễn Văn Bình, Phó Giám đốc Sở,\r\nTrưởng Đoàn kiểm tra;\r\n- Ban Giám đốc Sở;\r\n- Lưu: VT, CN.\r\n\r\nTM. ĐOÀN KIỂM TRA\r\nTRƯỞNG ĐOÀN\r\n\r\n(Đã ký)\r\n\r\n Hoàng Văn Thuân\r\n"

// TestExportedText: a Word file's text as another tool exports it reads
// as the document: the date line with a blank day is one line, not two
// columns; "Kính gửi:" is not the subject's; CRLF and a BOM read as LF
// and nothing.
func TestExportedText(t *testing.T) {
	for name, src := range map[string]string{"CRLF and BOM": exported, "LF": strings.ReplaceAll(strings.TrimPrefix(exported, "\uFEFF"), "\r\n", "\n")} {
		t.Run(name, func(t *testing.T) {
			p, err := Read([]byte(src), "exported.txt")
			for _, e := range plan.AsErrors(err) {
				t.Logf("problem: %s", e.Format("en"))
			}
			require.NotNil(t, p)
			assert.Equal(t, plan.DocType("BC"), p.Type)
			assert.Equal(t, []string{"UBND TỈNH LÀO CAI"}, p.Parent)
			assert.Equal(t, []string{"SỞ CÔNG THƯƠNG"}, p.Issuer)
			assert.Equal(t, "BC-SCT", p.Symbol)
			assert.Equal(t, "Lào Cai", p.Place)
			assert.Equal(t, plan.Date{Year: 2026, Month: 4}, p.Date)
			assert.Equal(t, "Kết quả kiểm tra việc chấp hành các quy định của pháp luật trong quản lý vật liệu nổ công nghiệp", p.Subject)
			var parts []string
			for _, s := range p.Sections {
				parts = append(parts, s.Title.String())
			}
			assert.Equal(t, []string{"KẾT QUẢ KIỂM TRA", "KẾT LUẬN, KIẾN NGHỊ"}, parts)
			assert.Equal(t, []string{"Đ/c Nguyễn Văn Bình, Phó Giám đốc Sở, Trưởng Đoàn kiểm tra", "Ban Giám đốc Sở"}, p.Recipients, "a recipient wrapped onto a line of its own goes on")
			assert.Equal(t, "VT, CN", p.Archive)
			assert.Equal(t, plan.Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"TRƯỞNG ĐOÀN"}, Name: "Hoàng Văn Thuân"}, p.Signer)
		})
	}
}

// TestDateLineForms: the place and date line as agencies type it, in
// words or in figures, in a text's header.
func TestDateLineForms(t *testing.T) {
	for line, want := range map[string]plan.Date{
		"Hà Nội, ngày 5 tháng 4 năm 2026":       {Year: 2026, Month: 4, Day: 5},
		"Hà Nội, ngày 05/4/2026":                {Year: 2026, Month: 4, Day: 5},
		"Hà Nội, ngày 05/04/2026.":              {Year: 2026, Month: 4, Day: 5},
		"Hà Nội, ngày 05-4-2026":                {Year: 2026, Month: 4, Day: 5},
		"Hà Nội, ngày\u00a005 tháng 4 năm 2026": {Year: 2026, Month: 4, Day: 5},
	} {
		src := "UBND THÀNH PHỐ HÀ NỘI\nSỞ Y TẾ\nSố: 12/KH-SYT\n" + line + "\n\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nVăn bản.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
		p, _ := Read([]byte(src), "d.txt")
		assert.Equal(t, want, p.Date, line)
		assert.Equal(t, "Hà Nội", p.Place, line)
	}
}
