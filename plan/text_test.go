package plan

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// compactByPieces is Compact as it reads: drop empty spans, then add each
// span to the one before when their styles match.
func compactByPieces(t Text) Text {
	var out Text
	for _, s := range t {
		if s.Note == nil && s.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].sameStyle(s) {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// TestCompact: the one-go merging gives what merging piece by piece gives,
// on random mixes of styles, empty spans and footnotes.
func TestCompact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	note := &Footnote{Text: Plain("chú thích")}
	for range 2000 {
		var in Text
		for range rng.IntN(12) {
			s := Span{Bold: rng.IntN(2) == 0, Italic: rng.IntN(3) == 0}
			switch rng.IntN(4) {
			case 0:
				s = Span{Note: note}
			case 1: // empty
			default:
				s.Text = strings.Repeat("ạ", 1+rng.IntN(3))
			}
			in = append(in, s)
		}
		want := compactByPieces(append(Text(nil), in...))
		assert.Equal(t, want, in.Compact(), "%+v", in)
	}
	assert.Nil(t, Text{{Text: ""}, {Bold: true}}.Compact())
}

// BenchmarkCompactLongParagraph: a paragraph the reader hands over in
// 100,000 pieces, as a 5 MB paragraph with entities and inline HTML comes.
func BenchmarkCompactLongParagraph(b *testing.B) {
	pieces := make(Text, 100000)
	for i := range pieces {
		pieces[i] = Span{Text: "Thi đua yêu nước "}
	}
	b.ReportAllocs()
	for b.Loop() {
		in := append(Text(nil), pieces...)
		if len(in.Compact()) != 1 {
			b.Fatal("not merged")
		}
	}
}

func TestUpperTitle(t *testing.T) {
	cases := map[string]string{
		"mục đích, yêu cầu":                      "MỤC ĐÍCH, YÊU CẦU",
		"cổng  thông tin (http://x.vn/Abc)":      "CỔNG  THÔNG TIN (http://x.vn/Abc)",
		"trang www.Chinhphu.vn và thư":           "TRANG www.Chinhphu.vn VÀ THƯ",
		"hộp thư VanThu@SoNV.gov.vn\tđể báo":     "HỘP THƯ VanThu@SoNV.gov.vn\tĐỂ BÁO",
		"ký hiệu @ không phải thư":               "KÝ HIỆU @ KHÔNG PHẢI THƯ",
		" đầu và cuối có khoảng trắng https:// ": " ĐẦU VÀ CUỐI CÓ KHOẢNG TRẮNG https:// ",
		// Terms written in mixed case keep it (issue 19).
		"danh mục thiết bị IoT và ứng dụng eKYC trên iPhone": "DANH MỤC THIẾT BỊ IoT VÀ ỨNG DỤNG eKYC TRÊN iPhone",
		"giải pháp IoT-based (eKYC), mPOS;":                  "GIẢI PHÁP IoT-BASED (eKYC), mPOS;",
		"Đổi mới, Hà Nội, TP.HCM, 5G và AI, Covid-19":        "ĐỔI MỚI, HÀ NỘI, TP.HCM, 5G VÀ AI, COVID-19",
		"Trung tâm IoT": "TRUNG TÂM IoT",
		// Two capitals before a small letter are a unit's case, kept.
		"trạm phát sóng 3,5 GHz và 700 MHz, công suất 5 kWh": "TRẠM PHÁT SÓNG 3,5 GHz VÀ 700 MHz, CÔNG SUẤT 5 kWh",
		"Phụ lục Đề án, Ủy ban":                              "PHỤ LỤC ĐỀ ÁN, ỦY BAN",
	}
	for in, want := range cases {
		assert.Equal(t, want, UpperTitle(in), in)
	}
	styled := Plain("nội dung ").Italic("xem http://x.vn/Abc")
	assert.Equal(t, Plain("NỘI DUNG ").Italic("XEM http://x.vn/Abc"), styled.Upper(), "styles kept, address kept")
}
