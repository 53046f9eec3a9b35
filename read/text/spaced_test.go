package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// laidOut is a plan as `pdftotext -layout` gives the PDF LibreOffice
// prints from a Word file: the header's and the signature's columns
// laid out with spaces, a body table's cells at their columns (a cell's
// text wrapped onto a second line in its column), and an appendix's
// table whose cells are centred in their columns, a blank line between
// its rows.
const laidOut = `         ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

           TỈNH BẮC GIANG                        Độc lập - Tự do - Hạnh phúc

                   SỞ Y TẾ                   Bắc Giang, ngày 14 tháng 10 năm 2025

             Số: 3412/KH-SYT


                                        KẾ HOẠCH
                               Tiêm chủng mở rộng năm 2026
       I. MỤC TIÊU
       Các chỉ tiêu tại bảng sau:
STT         Chỉ tiêu                                                           Tỷ lệ
1           Tiêm đủ liều cho trẻ dưới 1 tuổi                                   95%
2           Tiêm vắc xin uốn ván cho phụ nữ có thai và                         90%
            phụ nữ trong độ tuổi sinh đẻ
       II. TỔ CHỨC THỰC HIỆN
       Các đơn vị tổ chức thực hiện Kế hoạch này./.
                                                            KT. GIÁM ĐỐC
                                                           PHÓ GIÁM ĐỐC



                                                           Ngô Thị Lan
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NVY.
                               PHỤ LỤC
              CHỈ TIÊU TIÊM CHỦNG THEO ĐỊA BÀN
     (Kèm theo Kế hoạch số 3412/KH-SYT ngày 14/10/2025 của Sở Y tế)

TT       Họ và tên người phụ trách      Địa bàn          Số trẻ

1           Lò Văn Minh           Thành phố Bắc Giang     2.150

2        Nguyễn Thị Hương            Huyện Lục Nam        1.830

`

// TestLaidOutTables: the tables of a text laid out with spaces read as
// tables, row by row, a wrapped cell's lines joined; the header's two
// columns stay the header.
func TestLaidOutTables(t *testing.T) {
	p := readLogged(t, laidOut, "kh.txt")
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"}, p.Parent)
	assert.Equal(t, []string{"SỞ Y TẾ"}, p.Issuer)
	assert.Equal(t, "3412", p.Number)
	require.Len(t, p.Sections, 2)
	tables := tablesIn(p.Sections[0].Content)
	require.Len(t, tables, 1, "the body's table")
	assert.Equal(t, [][]string{
		{"STT", "Chỉ tiêu", "Tỷ lệ"},
		{"1", "Tiêm đủ liều cho trẻ dưới 1 tuổi", "95%"},
		{"2", "Tiêm vắc xin uốn ván cho phụ nữ có thai và phụ nữ trong độ tuổi sinh đẻ", "90%"},
	}, cellTexts(tables[0]))
	require.Len(t, p.Appendices, 1)
	appendixTables := tablesIn(p.Appendices[0].Content)
	require.Len(t, appendixTables, 1, "the appendix's table")
	assert.Equal(t, [][]string{
		{"TT", "Họ và tên người phụ trách", "Địa bàn", "Số trẻ"},
		{"1", "Lò Văn Minh", "Thành phố Bắc Giang", "2.150"},
		{"2", "Nguyễn Thị Hương", "Huyện Lục Nam", "1.830"},
	}, cellTexts(appendixTables[0]))
	assert.Equal(t, plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Ngô Thị Lan"}, p.Signer)
}

// cellTexts returns a table's header and rows as texts.
func cellTexts(tb *plan.Table) [][]string {
	var out [][]string
	for _, row := range append([][]plan.Text{tb.Header}, tb.Rows...) {
		var texts []string
		for _, c := range row {
			texts = append(texts, c.String())
		}
		out = append(out, texts)
	}
	return out
}

// tablesIn returns the tables among nodes.
func tablesIn[N plan.Node](nodes []N) []*plan.Table {
	var out []*plan.Table
	for _, n := range nodes {
		if tb, ok := any(n).(*plan.Table); ok {
			out = append(out, tb)
		}
	}
	return out
}
