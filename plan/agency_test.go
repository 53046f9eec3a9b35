package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAgencyName(t *testing.T) {
	cases := []struct {
		lines []string
		want  string
	}{
		{[]string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"}, "Sở Thông tin và Truyền thông"},
		{[]string{"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "Sở Khoa học và Công nghệ"},
		{[]string{"SỞ VĂN HÓA VÀ THỂ THAO"}, "Sở Văn hóa và Thể thao"},
		{[]string{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"}, "Sở Văn hóa, Thể thao và Du lịch"},
		{[]string{"SỞ CÔNG THƯƠNG"}, "Sở Công Thương"},
		{[]string{"SỞ NỘI VỤ"}, "Sở Nội vụ"},
		{[]string{"ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"}, "Ủy ban nhân dân tỉnh Đồng Tháp"},
		{[]string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"}, "Ủy ban nhân dân thành phố Hà Nội"},
		{[]string{"ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"}, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"},
		{[]string{"BỘ NỘI VỤ"}, "Bộ Nội vụ"},
		{[]string{"TRUNG TÂM VĂN HÓA - THÔNG TIN"}, "Trung tâm Văn hóa - Thông tin"},
		{[]string{"UBND HUYỆN TAM ĐẢO"}, "UBND huyện Tam Đảo"},
		{[]string{"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"}, "Sở Lao động - Thương binh và Xã hội"}, // "xã hội" is no commune
		{[]string{"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"}, "Phòng Giáo dục và Đào tạo"},
		{[]string{"VĂN PHÒNG ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"}, "Văn phòng Ủy ban nhân dân tỉnh Lào Cai"},
		{[]string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"}, "Ủy ban nhân dân Thành phố Hồ Chí Minh"},
		{[]string{"CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LÀO CAI"}, "Cục Quản lý thị trường tỉnh Lào Cai"},
		{[]string{"TRƯỜNG THPT NGUYỄN DU"}, "Trường THPT Nguyễn Du"},
		{[]string{"TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN"}, "Trường Trung học phổ thông Chu Văn An"},
		{[]string{"TRƯỜNG ĐẠI HỌC BÁCH KHOA"}, "Trường Đại học Bách khoa"},
		{[]string{"ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH LÀO CAI"}, "Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai"},
		{[]string{"BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI"}, "Ban Tuyên giáo Tỉnh ủy Lào Cai"},
		{[]string{"BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VÀ GIẢM NGHÈO"}, "Ban Chỉ đạo các chương trình mục tiêu quốc gia và giảm nghèo"},
		{[]string{"HĐND HUYỆN BẢO THẮNG"}, "HĐND huyện Bảo Thắng"},
		{[]string{"MẦM NON HOA SEN"}, "Mầm non hoa sen"}, // no "Trường" before the level: no panic
		{[]string{"VĂN PHÒNG HĐND VÀ UBND", "HUYỆN TAM ĐẢO"}, "Văn phòng HĐND và UBND huyện Tam Đảo"},
		{[]string{"TRUNG TÂM CNTT VÀ TRUYỀN THÔNG"}, "Trung tâm CNTT và Truyền thông"},
		{[]string{"TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ NGUYỄN BỈNH KHIÊM"}, "Trường Phổ thông dân tộc nội trú Nguyễn Bỉnh Khiêm"},
		{[]string{"ĐẢNG ỦY XÃ TÂN PHÚ"}, "Đảng ủy xã Tân Phú"},
		{[]string{"ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"}, "Đảng ủy Khối các cơ quan tỉnh"},
		{[]string{"BAN QLDA ĐẦU TƯ XÂY DỰNG"}, "Ban QLDA đầu tư xây dựng"},
		{[]string{"PHÒNG TC-KH"}, "Phòng TC-KH"},
		{[]string{"CHI CỤC THUẾ KHU VỰC II"}, "Chi cục Thuế khu vực II"},
		{[]string{"CÔNG TY XI MĂNG"}, "Công ty Xi măng"},                       // XI is a word here, not eleven; the field capitalised
		{[]string{"TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM"}, "Tập đoàn Điện lực Việt Nam"}, // Phụ lục II, mục IV.1.a
		{[]string{"HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH"}, "Học viện Chính trị quốc gia Hồ Chí Minh"},
		{[]string{"BẢO TÀNG HỒ CHÍ MINH"}, "Bảo tàng Hồ Chí Minh"},
		{[]string{"UBND THÀNH PHỐ HỒ CHÍ MINH"}, "UBND Thành phố Hồ Chí Minh"},
		{[]string{"Sở Tư pháp"}, "Sở Tư pháp"}, // already mixed case: as written
		// Terms in mixed case stay as written in a name in capitals.
		{[]string{"TRUNG TÂM ỨNG DỤNG IoT VÀ eKYC"}, "Trung tâm Ứng dụng IoT và eKYC"},
		{[]string{"TRUNG TÂM eKYC"}, "Trung tâm eKYC"},
		{[]string{"Trung tâm IoT"}, "Trung tâm IoT"},
		{nil, ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, AgencyName(c.lines), "%v", c.lines)
	}
	p := &Plan{Issuer: []string{"SỞ CÔNG THƯƠNG"}, IssuerName: "Sở Công Thương tỉnh Lào Cai"}
	assert.Equal(t, "Sở Công Thương tỉnh Lào Cai", p.Name(), "IssuerName overrides")
}

// FuzzAgencyName: any header lines give a name without a panic, made of
// the same words in the same order, only their case changed.
func FuzzAgencyName(f *testing.F) {
	for _, s := range []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU", "MẦM NON HOA SEN",
		"TRƯỜNG THPT NGUYỄN DU", "VĂN PHÒNG HĐND VÀ UBND HUYỆN", "ĐẢNG ỦY", "TỈNH", "XÃ HỘI", "KHU VỰC II", "UBND, HĐND", "\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name := AgencyName(strings.Split(s, "\n"))
		want := strings.Fields(normalize(strings.Join(strings.Split(s, "\n"), " ")))
		got := strings.Fields(name)
		require.Len(t, got, len(want), "%q → %q", s, name)
		for i := range want {
			lowerWant, lowerGot := strings.ToLower(want[i]), strings.ToLower(got[i])
			assert.True(t, strings.EqualFold(want[i], got[i]) || lowerWant == lowerGot, "%q → %q", s, name)
		}
	})
}
