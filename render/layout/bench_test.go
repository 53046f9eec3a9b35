package layout

import (
	"strings"
	"testing"
)

// BenchmarkWidth measures a line of text: every line the layout breaks
// and every centred line it balances goes through Width.
func BenchmarkWidth(b *testing.B) {
	m := DefaultFonts().Metrics(Regular)
	s := "Căn cứ Kế hoạch số 125/KH-UBND ngày 16/7/2021 của Ủy ban nhân dân tỉnh về việc triển khai thực hiện chuyển đổi số"
	for b.Loop() {
		_ = m.Width(s, 14)
	}
}

// BenchmarkWrap breaks a long paragraph of the seed plan into body lines,
// the first indented: the work of every paragraph a page holds.
func BenchmarkWrap(b *testing.B) {
	f := DefaultFonts()
	s := strings.Repeat("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và kế hoạch 05 năm (2021-2025); ", 4)
	pieces := []Piece{{Text: s, Style: Regular, Size: 14}}
	l := Default()
	width := l.TextWidth()
	for b.Loop() {
		_ = f.Wrap(pieces, width-MM(10), width)
	}
}
