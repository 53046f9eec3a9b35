package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
		{[]string{"Sở Tư pháp"}, "Sở Tư pháp"}, // already mixed case: as written
		{nil, ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, AgencyName(c.lines), "%v", c.lines)
	}
	p := &Plan{Issuer: []string{"SỞ CÔNG THƯƠNG"}, IssuerName: "Sở Công Thương tỉnh Lào Cai"}
	assert.Equal(t, "Sở Công Thương tỉnh Lào Cai", p.Name(), "IssuerName overrides")
}
