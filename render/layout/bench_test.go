package layout

import "testing"

// BenchmarkWidth measures a line of text: every line the layout breaks
// and every centred line it balances goes through Width.
func BenchmarkWidth(b *testing.B) {
	m := DefaultFonts().Metrics(Regular)
	s := "Căn cứ Kế hoạch số 125/KH-UBND ngày 16/7/2021 của Ủy ban nhân dân tỉnh về việc triển khai thực hiện chuyển đổi số"
	for b.Loop() {
		_ = m.Width(s, 14)
	}
}
