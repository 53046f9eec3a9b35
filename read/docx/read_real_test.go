package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// realPlan is what a careful reader finds in one of the real Word files:
// its header, title, parts, recipients and signer.
type realPlan struct {
	file           string // the file's number in ../shared/realdocs
	number         string // the document's number, blank in a draft
	typ            plan.DocType
	parent, issuer []string
	symbol, place  string
	date           plan.Date
	subject        string
	parts          []string // the level-1 headings' titles, in order
	recipients     []string
	archive        string
	signer         plan.Signer
	appendices     int
	bodyFrom       string // the body's first words, where recall counts from

}

// realPlans are the plans, reports, notices and directive of
// ../shared/realdocs, as their text reads.
var realPlans = []realPlan{
	{file: "01", parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 4},
		subject: "Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Ban Giám đốc Sở"}, archive: "VT, CN(M.Cường",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, appendices: 1, bodyFrom: "Căn cứ Luật"},
	{file: "02", parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 5},
		subject: "Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Ban Giám đốc Sở"}, archive: "VT, CN(M.Cường)",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, appendices: 1, bodyFrom: "Căn cứ Luật"},
	{file: "03", parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 6},
		subject: "Huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn cho Người quản lý vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Ban Giám đốc Sở"}, archive: "VT, CN(Linh)",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, appendices: 1, bodyFrom: "Căn cứ Luật"},
	{file: "04", parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 7},
		subject: "Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Ban Giám đốc Sở"}, archive: "VT, CN(Linh)",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, appendices: 1, bodyFrom: "Căn cứ Luật"},
	{file: "07", parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "KH-SCT", place: "Lào Cai", date: plan.Date{Year: 2026},
		subject: "Triển khai thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ lĩnh vực ngành Công Thương",
		parts:   []string{"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"}, recipients: []string{"Lãnh đạo Sở", "Các phòng chuyên môn"},
		archive: "VT, VPViệt Cường", signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Hoàng Chí Hiền"}},
	{file: "14", typ: plan.DocType("TB"), parent: []string{"UBND TỈNH LÀO CAI"}, issuer: []string{"SỞ CÔNG THƯƠNG"}, symbol: "TB-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 4},
		subject:    "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp",
		recipients: []string{"Công ty CP XD Giao thông Yên Bái", "Tổng công ty xây dựng Trường Sơn", "Công ty TNHH Hiệp Phú", "Ban Giám đốc Sở"}, archive: "VT, CN(M.Cường)",
		signer: plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Hoàng Văn Thuân"}, bodyFrom: "Thực hiện Quyết định"},
	{file: "15", typ: plan.DocType("BC"), parent: []string{"SỞ CÔNG THƯƠNG LÀO CAI"}, issuer: []string{"ĐOÀN KIỂM TRA"}, symbol: "ĐKT-SCT", place: "Lào Cai", date: plan.Date{Year: 2026, Month: 4},
		subject: "Kết quả kiểm tra việc chấp hành các quy định của pháp luật trong quản lý, bảo quản và sử dụng vật liệu nổ công nghiệp",
		parts:   []string{"KẾT QUẢ KIỂM TRA", "KẾT LUẬN, KIẾN NGHỊ"}, recipients: []string{"Các đơn vị trong lịch kiểm tra", "Ban Giám đốc Sở", "Thành viên ĐKT"},
		archive: "VT, ĐKT, CN(Linh)", signer: plan.Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"TRƯỞNG ĐOÀN"}, Name: "Hoàng Văn Thuân"}},
	{file: "17", typ: plan.DocType("CT"), number: "15", issuer: []string{"THỦ TƯỚNG CHÍNH PHỦ"}, symbol: "CT-TTg", place: "Hà Nội", date: plan.Date{Year: 2025, Month: 5, Day: 30},
		subject: "Về việc tăng cường chấp hành quy định pháp luật về giá",
		recipients: []string{"Ban Bí thư Trung ương Đảng", "Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
			"HĐND, UBND các tỉnh, thành phố trực thuộc TW", "Văn phòng Trung ương và các Ban của Đảng", "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước",
			"Hội đồng Dân tộc và các Ủy ban của Quốc hội", "Văn phòng Quốc hội", "Văn phòng Chính phủ, Cổng TTĐTCP"},
		archive: "VT, KTTH ( )", signer: plan.Signer{Authority: []string{"KT. THỦ TƯỚNG"}, Position: []string{"PHÓ THỦ TƯỚNG"}, Name: "Hồ Đức Phớc"}, bodyFrom: "Năm 2025"},
}

// TestReadReal: each real Word file reads into the plan its text says,
// field for field (a draft's blank number and day stay blank), its parts
// in order, and at least 98% of its body's words in order: the words of
// the file between the body's start and "Nơi nhận", as kehoach's own
// extraction reads them and, when LibreOffice is installed, as
// LibreOffice's plain-text export gives them.
func TestReadReal(t *testing.T) {
	dir := realDocs(t)
	var exported map[string]string
	if soffice := findSoffice(); soffice != "" {
		exported = exportText(t, soffice, dir)
	} else if os.Getenv("KEHOACH_REQUIRE_TOOLS") == "1" {
		t.Fatal("LibreOffice (soffice) is required")
	}
	for _, want := range realPlans {
		t.Run(want.file, func(t *testing.T) {
			src := realDoc(t, want.file)
			p, err := Read(src, want.file+".docx")
			for _, e := range plan.AsErrors(err) {
				t.Logf("problem: %s", e.Format("en"))
			}
			require.NotNil(t, p)
			assertRealPlan(t, want, p)

			from := want.bodyFrom
			if from == "" {
				from = "I."
			}
			got := testplans.BodyWords(p, true)
			d, err := Extract(src)
			require.NoError(t, err)
			own := testplans.Recall(testplans.Between(flowText(d.Blocks), from, "Nơi nhận"), got)
			assert.GreaterOrEqual(t, own, 0.98, "the body's words, as kehoach extracts them, recalled in order")
			t.Logf("body word recall %.4f (kehoach's extraction)", own)
			if text, ok := exported[want.file]; ok {
				r := testplans.Recall(testplans.Between(text, from, "Nơi nhận"), got)
				assert.GreaterOrEqual(t, r, 0.98, "the body's words, as LibreOffice exports them, recalled in order")
				t.Logf("body word recall %.4f (LibreOffice's text)", r)
			}
		})
	}
}

// assertRealPlan checks that a plan read from a file holds what a
// careful reader finds in it: header, title, parts, recipients, signer
// and appendices.
func assertRealPlan(t *testing.T, want realPlan, p *plan.Plan) {
	t.Helper()
	assert.Equal(t, want.typ, p.Type, "type")
	assert.Equal(t, want.parent, p.Parent, "parent")
	assert.Equal(t, want.issuer, p.Issuer, "issuer")
	assert.Equal(t, want.number, p.Number, "number (a draft's is blank, for the văn thư)")
	assert.Equal(t, want.symbol, p.Symbol, "symbol")
	assert.Equal(t, want.place, p.Place, "place")
	assert.Equal(t, want.date, p.Date, "date")
	assert.Equal(t, want.subject, p.Subject, "subject")
	if want.parts != nil {
		var parts []string
		for _, s := range p.Sections {
			if s.Level == plan.LevelPart {
				parts = append(parts, s.Title.String())
			}
		}
		assert.Equal(t, want.parts, parts, "parts")
	}
	assert.Equal(t, want.recipients, p.Recipients, "recipients")
	assert.Equal(t, want.archive, p.Archive, "archive")
	assert.Equal(t, want.signer, p.Signer, "signer")
	assert.Len(t, p.Appendices, want.appendices, "appendices")
}

// exportText converts every real Word file to plain text with
// LibreOffice, by its number.
func exportText(t *testing.T, soffice, dir string) map[string]string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	out := convert(t, soffice, "txt:Text (encoded):UTF8", paths)
	texts := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(filepath.Base(p), ".docx")+".txt"))
		require.NoError(t, err)
		texts[filepath.Base(p)[:2]] = string(b)
	}
	return texts
}

// flowText returns the text of a flow's paragraphs, labels included, and
// its tables' cells, in reading order.
func flowText(blocks []flow.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch bl := bl.(type) {
		case *flow.Para:
			b.WriteString(bl.String() + "\n")
		case *flow.Table:
			for _, row := range bl.Rows {
				for _, c := range row {
					if c != nil {
						b.WriteString(flowText(c.Blocks))
					}
				}
			}
		}
	}
	return b.String()
}
