package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTextWidthInTwips: the text width is the DOCX's, page width less
// margins each in whole twips: 11,906 − 1,701 − 850 twips for A4 with
// margins of 30 and 15 mm, not 467.72 pt.
func TestTextWidthInTwips(t *testing.T) {
	l := Default()
	assert.InDelta(t, 467.75, l.TextWidth(), 1e-9)
	assert.Equal(t, 9355*fitUnitsPerTwip, fitLimit(l.TextWidth()))
	assert.Equal(t, 8788*fitUnitsPerTwip, fitLimit(l.TextWidth()-l.FirstIndent), "less the first-line indent of 567 twips")
}

// TestWrapFitsAsLibreOffice pins lines at the boundary whose fate
// LibreOffice decided when it printed our DOCX (fit.go): kept although
// their exact width passes the text width, refused although it stays
// short of it, and italic lines that must leave room for their overhang.
func TestWrapFitsAsLibreOffice(t *testing.T) {
	l := Default()
	width := l.TextWidth()
	for _, c := range []struct {
		line  string
		style Style
		size  float64
		first bool // the paragraph's first line, after its indent
		kept  bool
	}{
		// Seed plan 004 at 13 pt: 467.746 pt by the exact measure,
		// 56,119 of 56,130 units.
		{"Chính phủ phát động. Đồng thời tiếp tục thực hiện có hiệu quả phong trào thi đua đặc biệt", Regular, 13, false, true},
		// The corpus: 0.054 pt over 467.717 pt, kept; 0.056 and 0.051 pt
		// short of it, refused.
		{"decomposed huyện. thị Thu Vũ dân nền hộ Thủ thi 37 then nhằm đứng March", Bold, 14, false, true},
		{"09 district mật dạng thần, soát, camera 70 choice, luyện: bộ, ái, signature thi. name.", Regular, 14, false, false},
		{"Đoạn 1040 liên loại chức, sổ quản legal mRNA địa: ĐƠN 5. xét, cứu urgency:", Regular, 14, true, false},
		// Plan 09's legal basis, in italic at 13 pt: 0.38 pt short of the
		// width, but not of the width less the italic's 1.2 pt.
		{"Công Thương về việc thành lập Tổ kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an", Italic, 13, false, false},
		{"CHỨC vụ. cụ sơ, VÀ là thế triển by Thiết học hướng. hoạch; thanh Thuân đua, VỊ chuyên", Italic, 13, false, true},
		{"pages thường Xử QUẢ và tiến khả tra. of thần, vào TỤC gian: trên riêng GĐ triển.", Italic, 14, false, false},
	} {
		avail := width
		if c.first {
			avail -= l.FirstIndent
		}
		lines := WrapText(c.line+" và các nội dung khác.", c.style, c.size, avail)
		if len(lines) < 2 {
			lines = []string{c.line} // wide enough for the rest: kept
		}
		want := c.line
		if !c.kept {
			want = c.line[:strings.LastIndex(c.line, " ")]
		}
		// WrapText measures every line against one width: the first
		// line's is given to it as the width of all.
		assert.Equal(t, want, lines[0], "%s at %g pt", c.style, c.size)
	}
}

// TestFitAdvance: advances round to whole units of 1/120 pt at the font's
// height in whole twips, half away from zero.
func TestFitAdvance(t *testing.T) {
	m := FontMetrics(Regular)
	em := fitEm(Piece{Size: 14})
	assert.Equal(t, 1680, em)
	for _, r := range "aTỷ %," {
		exact := float64(m.Advance(r)) * float64(em) / float64(m.UnitsPerEm)
		assert.InDelta(t, exact, float64(m.fitAdvance(r, em)), 0.5, "%q", r)
	}
	// A footnote number at 58% of 14 pt: 162 twips, not 162.4.
	assert.Equal(t, 162*fitUnitsPerTwip, fitEm(Piece{Size: 14, Ref: 1}))
	// The italic overhang: a twelfth of the line height in twips.
	f := DefaultFonts()
	assert.Equal(t, 24*fitUnitsPerTwip, f.italicOverhang(Piece{Size: 13, Style: Italic}))
	assert.Equal(t, 26*fitUnitsPerTwip, f.italicOverhang(Piece{Size: 14, Style: BoldItalic}))
	assert.Zero(t, f.italicOverhang(Piece{Size: 14, Style: Bold}))
}
