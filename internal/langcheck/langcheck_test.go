package langcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEnglishFindsEnglish: an English sentence in Vietnamese output is
// found, wherever it hides; what is quoted, named or a path is not.
func TestEnglishFindsEnglish(t *testing.T) {
	for _, line := range []string{
		`kehoach render: plan.md: not rendered: the plan is invalid`,
		`không lập được văn bản: is required: the issuing agency's name`,
		`plan.md:5: date: "2025-02-30" is not a date`,
		`plan.md:3: ERROR ND30-PLACE-NAME place: địa danh "TP. HCM" có chữ viết tắt`,
		`dòng 3: symbol: must be one line`,
		`kehoach check: /tmp/x/missing.md: no such file or directory`,
	} {
		assert.NotEmpty(t, English(line), line)
		assert.Len(t, English("dòng hợp lệ\n"+line+"\nmột dòng khác"), 1, "that line found, not the others")
	}
	for _, line := range []string{
		`plan.md:5: date: "2025-02-30" không phải ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 30`,
		`plan.md:3: LỖI ND30-PLACE-NAME place: địa danh "TP. HCM, the city" có chữ viết tắt ("HCM"): phải ghi "Thành phố Hồ Chí Minh"`,
		`plan.md:2: khóa "isuer" không có trong phần khai báo (có phải là "issuer"?); các khóa là parent, issuer, issuer_name, number`,
		`p.json:2: JSON sai cú pháp: ký tự ',' đặt sai chỗ, ở chỗ cần tên một thành phần, viết trong ngoặc kép`,
		`plan.md:20: chú thích [^the] chưa có nội dung: thêm một dòng "[^the]: nội dung chú thích" ở cuối tệp`,
		`kehoach render: /tmp/a/the-file.md: không tìm thấy tệp hoặc thư mục này`,
		`sections[0].content[1].level: gạch đầu dòng cấp 3 không hợp lệ`,
		`  -lang vi|en`,
		`kehoach render [-f md,docx,pdf,json] [-o THƯ-MỤC] [-template TỆP.docx] [-force] [-lang vi|en] TỆP...`,
		`điểm a) không có; an toàn; in ấn; do đó; so sánh; can thiệp; than đá`, // Vietnamese words English also has
	} {
		assert.Empty(t, English(line), line)
	}
}

// TestVietnameseFindsVietnamese: a Vietnamese sentence in English output
// is found; the decree's terms that English messages keep are not one.
func TestVietnameseFindsVietnamese(t *testing.T) {
	for _, line := range []string{
		`plan.md:5: date: không phải ngày hợp lệ`,
		`kehoach render: plan.md: không xuất: kế hoạch trái Nghị định 30`,
		`plan.md:3: LỖI ND30-PLACE-NAME place: địa danh có chữ viết tắt`,
		`tệp rỗng`,
	} {
		assert.NotEmpty(t, Vietnamese(line), line)
	}
	for _, line := range []string{
		`plan.md:5: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days`,
		`subject: is required: the trích yếu, a sentence-case summary printed under the title`,
		`no archive line "- Lưu: VT, …" at the end of the recipients: name the văn thư (VT) and the drafting unit`,
		`type: "CV" is not a document type of Decree 30's table; use KH (Kế hoạch, the default), CTr, PA, ĐA or another abbreviation of Phụ lục III`,
		`type: "CV" is not a document type of Decree 30's table (an official letter, công văn, has no type name): kehoach lays out KH (Kế hoạch), CTr (Chương trình), PA (Phương án), ĐA (Đề án), DA (Dự án), BC (Báo cáo), TTr (Tờ trình), TB (Thông báo), HD (Hướng dẫn), CT (Chỉ thị)`,
		`heading "a) Khoản" is numbered "a)", but a section is numbered like "1.": write "1."`,
	} {
		assert.Empty(t, Vietnamese(line), line)
	}
}
