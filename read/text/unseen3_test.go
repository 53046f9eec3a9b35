package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// agencyText is what a careful reader finds in one of the documents of
// testdata/unseen: kinds of document and of text the reader had not met
// (a Party committee's plan, a commune's plan copied from its portal
// with Windows line ends, a room's submission with its recipients on
// one line, a Sở's guidance copied from a signed PDF as UTF-16, a
// hospital's scheme typed with tabs, a district's project as pdftotext
// -layout prints it, a police report signed with a rank, a school's
// notice).
type agencyText struct {
	file                 string
	typ                  plan.DocType
	parent, issuer       []string
	number, symbol       string
	place                string
	date                 plan.Date
	subject              string
	parts                []string // the level-1 headings' titles, in order
	recipients           []string
	archive              string
	signer               plan.Signer
	bodyFrom             string   // the body's first words in the file, where recall counts from
	problems             []string // the fields the reader reports, in order
	numberedPoints, note string   // a numbered paragraph that is no heading; "" for none
}

var agencyTexts = []agencyText{
	{file: "kh-dang-uy.txt", parent: []string{"ĐẢNG BỘ HUYỆN NGHI LỘC"}, issuer: []string{"ĐẢNG ỦY XÃ NGHI PHONG"}, number: "25", symbol: "KH/ĐU",
		place: "Nghi Phong", date: plan.Date{Year: 2025, Month: 3, Day: 12},
		subject: "tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc"},
		archive: "Văn phòng Đảng ủy", signer: plan.Signer{Authority: []string{"T/M ĐẢNG ỦY"}, Position: []string{"PHÓ BÍ THƯ"}, Name: "Nguyễn Văn Hòa"},
		bodyFrom: "Thực hiện Kế hoạch", problems: []string{"symbol", "signer.authority[0]"}},
	{file: "kh-xa-portal-crlf.txt", issuer: []string{"ỦY BAN NHÂN DÂN", "XÃ HƯƠNG TOÀN"}, number: "38", symbol: "KH-UBND", place: "Hương Toàn",
		date: plan.Date{Year: 2025, Month: 3, Day: 17}, subject: "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025",
		parts:      []string{"MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"UBND thành phố", "Ban CH PCTT&TKCN thành phố", "TT Đảng ủy, TT HĐND xã", "Các thành viên BCH PCTT xã"}, archive: "VT",
		signer: plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN"}, Position: []string{"CHỦ TỊCH"}, Name: "Trần Văn Lợi"}, bodyFrom: "Căn cứ Luật"},
	{file: "ttr-phong-one-line.txt", typ: "TTr", parent: []string{"UBND HUYỆN THANH OAI"}, issuer: []string{"PHÒNG TÀI CHÍNH - KẾ HOẠCH"}, number: "112", symbol: "TTr-TCKH",
		place: "Thanh Oai", date: plan.Date{Year: 2025, Month: 3, Day: 5},
		subject:    "Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Hội khỏe Phù Đổng huyện năm 2025",
		recipients: []string{"Như trên", "Chủ tịch, PCT UBND huyện (để b/c)", "Phòng GD&ĐT"}, archive: "VT, TCKH",
		signer: plan.Signer{Authority: []string{"Q. TRƯỞNG PHÒNG"}, Name: "Đỗ Thị Thanh Hương"}, bodyFrom: "Kính gửi",
		numberedPoints: "Nguồn kinh phí: ngân sách huyện năm 2025 đã giao cho Phòng Giáo dục và Đào tạo.",
		note:           "Xét đề nghị của Phòng Giáo dục và Đào tạo tại Văn bản số 87/PGDĐT ngày 25/02/2025, Phòng Tài chính - Kế hoạch kính trình UBND huyện xem xét, phê duyệt như sau:"},
	{file: "hd-so-pdf-utf16.txt", typ: "HD", parent: []string{"UBND TỈNH QUẢNG NGÃI"}, issuer: []string{"SỞ GIÁO DỤC VÀ ĐÀO TẠO"}, number: "1245", symbol: "HD-SGDĐT",
		place: "Quảng Ngãi", date: plan.Date{Year: 2025, Month: 8, Day: 22}, subject: "Thực hiện nhiệm vụ giáo dục mầm non năm học 2025 - 2026",
		parts:      []string{"NHIỆM VỤ CHUNG", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"Bộ GD&ĐT (để b/c)", "UBND tỉnh (để b/c)", "Phòng GD&ĐT các huyện, thị xã, thành phố"}, archive: "VT, GDMN-TH",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Lê Thị Mỹ Hạnh"}, bodyFrom: "Căn cứ Quyết định",
		note: "Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 28/7/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Khung kế hoạch thời gian năm học 2025 - 2026;"},
	{file: "pa-benhvien-tabs.txt", typ: "PA", parent: []string{"SỞ Y TẾ TỈNH ĐỒNG THÁP"}, issuer: []string{"BỆNH VIỆN ĐA KHOA", "KHU VỰC THÁP MƯỜI"}, symbol: "PA-BVĐKKV",
		place: "Tháp Mười", date: plan.Date{Year: 2025}, subject: "Ứng phó sự cố cháy, nổ tại Bệnh viện năm 2025",
		parts:      []string{"ĐẶC ĐIỂM TÌNH HÌNH", "PHƯƠNG ÁN XỬ LÝ", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"Sở Y tế (b/c)", "Công an huyện Tháp Mười", "Các khoa, phòng"}, archive: "VT, HCQT",
		signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Phạm Minh Trí"}, bodyFrom: "Căn cứ Luật"},
	{file: "da-huyen-layout.txt", typ: "ĐA", issuer: []string{"ỦY BAN NHÂN DÂN", "HUYỆN NAM TRỰC"}, number: "1587", symbol: "ĐA-UBND", place: "Nam Trực",
		date: plan.Date{Year: 2025, Month: 10, Day: 28}, subject: "Phát triển sản xuất nông nghiệp hàng hóa tập trung gắn với tiêu thụ sản phẩm giai đoạn 2026 - 2030",
		parts:      []string{"SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"},
		recipients: []string{"Sở Nông nghiệp và Môi trường", "TT Huyện ủy, TT HĐND huyện", "Chủ tịch, các PCT UBND huyện", "Các xã, thị trấn"}, archive: "VT, NN(Hg.05b)",
		signer: plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Vũ Đức Thắng"}, bodyFrom: "I. SỰ CẦN THIẾT"},
	{file: "bc-congan-rank.txt", typ: "BC", parent: []string{"CÔNG AN TỈNH BÌNH DƯƠNG"}, issuer: []string{"PHÒNG CẢNH SÁT GIAO THÔNG"}, number: "215", symbol: "BC-PC08",
		place: "Bình Dương", date: plan.Date{Year: 2025, Month: 6, Day: 30}, subject: "Kết quả công tác bảo đảm trật tự, an toàn giao thông 6 tháng đầu năm 2025",
		parts:      []string{"TÌNH HÌNH TRẬT TỰ, AN TOÀN GIAO THÔNG", "KẾT QUẢ CÔNG TÁC", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"},
		recipients: []string{"Đ/c Giám đốc CAT (để b/c)", "Đ/c Phó Giám đốc phụ trách", "Phòng PV01"}, archive: "VT, PC08(Đội TH)",
		signer: plan.Signer{Authority: []string{"KT. TRƯỞNG PHÒNG"}, Position: []string{"PHÓ TRƯỞNG PHÒNG"}, Name: "Thượng tá Nguyễn Văn Thắng"}, bodyFrom: "Thực hiện Kế hoạch"},
	{file: "tb-truong.txt", typ: "TB", parent: []string{"UBND PHƯỜNG TÂN ĐỊNH"}, issuer: []string{"TRƯỜNG TIỂU HỌC TRẦN KHÁNH DƯ"}, number: "86", symbol: "TB-THTKD",
		place: "Tân Định", date: plan.Date{Year: 2025, Month: 9, Day: 5}, subject: "Về việc thu, chi các khoản thu thỏa thuận năm học 2025 - 2026",
		recipients: []string{"Như trên", "Phòng Văn hóa - Xã hội phường", "Ban đại diện CMHS"}, archive: "VT, KT",
		signer: plan.Signer{Position: []string{"HIỆU TRƯỞNG"}, Name: "Nguyễn Thị Kim Oanh"}, bodyFrom: "Căn cứ Nghị quyết",
		numberedPoints: "Tiền bán trú: 220.000 đồng/học sinh/tháng."},
}

// TestAgencyTexts: documents of kinds the reader had not met read as
// their drafter wrote them: the header (a Party committee's too, "ĐẢNG
// CỘNG SẢN VIỆT NAM" in the Quốc hiệu's place and its "Số 25-KH/ĐU"
// reported), the title, the parts in order, the recipients (on one line
// after "Nơi nhận:" too), the archive line, the signer (a rank before
// the name, "Q.", the Party's "T/M"), and 98% of the body's words in
// order; a page number copied between two lines of a PDF's text is
// dropped, and a line cut at the width before a capital ("… Bộ Giáo dục
// và" over "Đào tạo …") goes on, while "…;" over "Xét …" does not.
func TestAgencyTexts(t *testing.T) {
	for _, want := range agencyTexts {
		t.Run(want.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "unseen", want.file))
			require.NoError(t, err)
			p, err := Read(src, want.file)
			require.NotNil(t, p)
			var problems []string
			for _, e := range plan.AsErrors(err) {
				problems = append(problems, e.Field)
				t.Logf("problem: %s", e.Format("en"))
			}
			assert.Equal(t, want.problems, problems, "the problems reported")
			typ := want.typ
			if typ == "" {
				typ = plan.TypeKH
			}
			assert.Equal(t, typ, p.DocType(), "type")
			assert.Equal(t, want.parent, p.Parent, "parent")
			assert.Equal(t, want.issuer, p.Issuer, "issuer")
			assert.Equal(t, want.number, p.Number, "number")
			assert.Equal(t, want.symbol, p.Symbol, "symbol")
			assert.Equal(t, want.place, p.Place, "place")
			assert.Equal(t, want.date, p.Date, "date")
			assert.Equal(t, want.subject, p.Subject, "subject")
			var parts []string
			for _, s := range p.Sections {
				if s.Level == plan.LevelPart {
					parts = append(parts, s.Title.String())
				}
			}
			assert.Equal(t, want.parts, parts, "parts")
			assert.Equal(t, want.recipients, p.Recipients, "recipients")
			assert.Equal(t, want.archive, p.Archive, "archive")
			assert.Equal(t, want.signer, p.Signer, "signer")
			decoded, _ := decode(src)
			text := string(decoded)
			recall := testplans.Recall(testplans.Between(text, want.bodyFrom, "Nơi nhận"), testplans.BodyWords(p, true))
			assert.GreaterOrEqual(t, recall, 0.98, "the body's words, in order")
			var printed []string
			for e := range p.Walk() {
				printed = append(printed, strings.TrimSpace(e.Label+" "+e.Text.String()))
			}
			for _, s := range printed {
				assert.NotRegexp(t, `^\d+$`, s, "no page number is the body's")
			}
			if want.numberedPoints != "" {
				assert.Contains(t, printed, "2. "+want.numberedPoints, "a numbered point is no heading")
			}
			if want.note != "" {
				assert.Contains(t, printed, want.note, "a paragraph whole, and alone")
			}
		})
	}
}

// TestLoneNumbersOfATable: a table's cells one a line (a text export of
// a Word table: "1", "Tập huấn", "2", …) keep their numbers; only the
// pages' numbers, 2 and on, with no lone number one less before them,
// are dropped.
func TestLoneNumbersOfATable(t *testing.T) {
	lines := splitLines("Các nội dung:\nTT\nNội dung\n1\nTập huấn\n2\nKiểm tra\nHoàn thành trước ngày 30/6.\n3\nII. TỔ CHỨC\n")
	var kept []string
	for _, l := range dropPageArtifacts(lines) {
		if pageNumber.MatchString(l.text) {
			kept = append(kept, l.text)
		}
	}
	assert.Equal(t, []string{"1", "2", "3"}, kept)
	lines = splitLines("đến trường.\n2\n2. Nâng cao\nhướng dẫn.\n3\nIII. TỔ CHỨC\n")
	for _, l := range dropPageArtifacts(lines) {
		assert.NotRegexp(t, `^\d+$`, l.text)
	}
}
