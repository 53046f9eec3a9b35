package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

const mmPerPt = 25.4 / 72

// The widths the layout contract computed from Times-metric fonts (§2.1,
// §2.2), to the precision it gives them: 0.1 mm, or 1 mm for "106".
func TestWidthsMatchTheLayoutContract(t *testing.T) {
	cases := []struct {
		text  string
		style Style
		size  float64
		mm    float64
		tol   float64
	}{
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold, 13, 95.7, 0.05},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold, 12, 88.3, 0.05},
		{"Độc lập - Tự do - Hạnh phúc", Bold, 14, 60.5, 0.05},
		{"Độc lập - Tự do - Hạnh phúc", Bold, 13, 56.1, 0.05},
		{"SỞ KHOA HỌC VÀ CÔNG NGHỆ", Bold, 13, 70.2, 0.05},
		{"ỦY BAN NHÂN DÂN", Bold, 13, 43.2, 0.05},
		{"Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2021", Italic, 14, 106, 0.5},
		{"Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2021", Italic, 13, 98.7, 0.05},
	}
	for _, c := range cases {
		got := FontMetrics(c.style).Width(c.text, c.size) * mmPerPt
		assert.InDelta(t, c.mm, got, c.tol, "%s at %v pt", c.text, c.size)
	}
}

func TestBalance(t *testing.T) {
	l := Default()
	assert.Equal(t, []string{"SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"}, Balance("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", Bold, 13, MM(65)))
	assert.Equal(t, []string{"SỞ NỘI VỤ"}, Balance("SỞ NỘI VỤ", Bold, 13, MM(65)))
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"}, Balance("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", Bold, 13, MM(65)))
	subject := "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 05 năm (2021-2025) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
	greedy := WrapText(subject, Bold, 14, l.TextWidth())
	balanced := Balance(subject, Bold, 14, l.TextWidth())
	assert.Len(t, balanced, len(greedy), "no more lines than greedy")
	assert.Equal(t, strings.Join(greedy, " "), strings.Join(balanced, " "), "the same words")
	longest := func(lines []string) (hi, lo float64) {
		lo = 1e9
		for _, s := range lines {
			w := FontMetrics(Bold).Width(s, 14)
			hi, lo = max(hi, w), min(lo, w)
		}
		return
	}
	gh, gl := longest(greedy)
	bh, bl := longest(balanced)
	assert.LessOrEqual(t, bh, gh)
	assert.Greater(t, bl, gl, "the shortest line is longer: the block is even")

	// Runs of spaces are gaps to fill in by hand: balancing keeps them.
	attached := "(Kèm theo Kế hoạch số      /KH-SCT ngày      tháng 6 năm 2026 của Sở Công Thương tỉnh Lào Cai về việc huấn luyện)"
	lines := Balance(attached, Italic, 14, l.TextWidth())
	require.Len(t, lines, 2)
	assert.Equal(t, attached, strings.Join(lines, " "))
	assert.Contains(t, strings.Join(lines, "\n"), "số      /KH-SCT ngày      tháng", "never broken at a gap")
}

// TestBalanceBreaksAsAClerk: balanced lines avoid the breaks a clerk
// avoids (inside a date, a place name, a common word) and never make the
// ones a clerk never makes (a line that starts with a dash, "2025 - /
// 2026", "THÀNH / PHỐ").
func TestBalanceBreaksAsAClerk(t *testing.T) {
	l := Default()
	cases := []struct {
		text  string
		style Style
		size  float64
		width float64
		want  []string
	}{
		{"UBND THÀNH PHỐ HỒ CHÍ MINH", Regular, 13, MM(64),
			[]string{"UBND", "THÀNH PHỐ HỒ CHÍ MINH"}}, // greedy: "… HỒ CHÍ / MINH"
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", Bold, 13, MM(64),
			[]string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"}}, // greedy: "… DÂN THÀNH / PHỐ …"
		{"TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN", Bold, 13, MM(64),
			[]string{"TRƯỜNG ĐẠI HỌC", "KHOA HỌC XÃ HỘI", "VÀ NHÂN VĂN"}}, // a line more, not "KHOA / HỌC"
		{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", Bold, 13, MM(64),
			[]string{"SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH"}}, // no line more when a clean break exists
		{"BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG", Bold, 13, MM(64),
			[]string{"BAN QUẢN LÝ", "DỰ ÁN ĐẦU TƯ XÂY DỰNG", "CÔNG TRÌNH GIAO THÔNG"}}, // not "CÔNG / TRÌNH"
		{"VỤ CÔNG CHỨC - VIÊN CHỨC", Bold, 13, MM(55),
			[]string{"VỤ CÔNG CHỨC -", "VIÊN CHỨC"}}, // not "/ - VIÊN CHỨC"
		{"VỤ TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC", Bold, 14, l.SignatureRight,
			[]string{"VỤ TRƯỞNG VỤ", "CÔNG CHỨC - VIÊN CHỨC"}},
		{"Tổ chức các hoạt động ngoại khóa, trải nghiệm cho học sinh năm học 2025 - 2026", Bold, 14, l.TextWidth(),
			[]string{"Tổ chức các hoạt động ngoại khóa,", "trải nghiệm cho học sinh năm học 2025 - 2026"}},
		{"(Kèm theo Kế hoạch số 1105/KH-ĐKT ngày 10 tháng 3 năm 2026 của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)", Italic, 14, l.TextWidth(),
			[]string{"(Kèm theo Kế hoạch số 1105/KH-ĐKT ngày 10 tháng 3 năm 2026", "của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)"}},
		{"Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 05 năm (2021-2025) theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", Bold, 14, l.TextWidth(),
			[]string{"Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ",
				"phát triển kinh tế - xã hội hàng năm và Kế hoạch 05 năm (2021-2025)",
				"theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và",
				"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}}, // not "nhiệm / vụ"
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Balance(c.text, c.style, c.size, c.width), "%s", c.text)
	}
	// Words of the lexicon stay whole where the text can break otherwise
	// (issue 19: "QUY / TẬP" although "QUY TẬP" fits, "HOÀN / THÀNH").
	head := l.Head(&plan.Plan{Issuer: []string{"BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ"}})
	assert.Equal(t, "BAN CHỈ ĐẠO\nQUỐC GIA VỀ TÌM KIẾM,\nQUY TẬP HÀI CỐT LIỆT SĨ", head.Issuer[0])
	for _, c := range []struct {
		text  string
		width float64
	}{
		{"BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ", MM(70)},
		{"BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ", MM(55)},
		{"Tổ chức các hoạt động hướng tới kỷ niệm Ngày Chuyển đổi số quốc gia và hoàn thành các chỉ tiêu năm 2025", l.TextWidth()},
		{"Kế hoạch hoàn thành việc tìm kiếm, quy tập hài cốt liệt sĩ trên địa bàn tỉnh giai đoạn 2026 - 2030", l.TextWidth()},
		{"TRIỂN KHAI THỰC HIỆN VÀ HOÀN THÀNH CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ", MM(90)},
	} {
		lines := Balance(c.text, Bold, 13, c.width)
		require.Greater(t, len(lines), 1, c.text)
		for i := range lines[:len(lines)-1] {
			last := strings.Fields(lines[i])
			next := strings.Fields(lines[i+1])
			assert.False(t, InLexicon(last[len(last)-1], next[0]), "%q / %q: a word broken in %q", last[len(last)-1], next[0], lines)
		}
	}
	// A common word keeps together with punctuation after it and in the
	// old tone style ("công / nghiệp," and "văn / hoá" were broken), and
	// a break after a comma comes before even lines ("vật liệu nổ công
	// nghiệp, / tiền chất thuốc nổ").
	assert.Equal(t, []string{"Huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện", "kỹ thuật an toàn cho Người quản lý vật liệu nổ công nghiệp,", "tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai"},
		Balance("Huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn cho Người quản lý vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai", Bold, 14, l.TextWidth()))
	for _, pair := range []string{"văn hoá", "VĂN HOÁ", "văn hóa", "(công nghiệp", "công nghiệp,", "đại học", "thuỷ lợi", "giai đoạn"} {
		costs := breakCosts(strings.Fields(pair))
		assert.Equal(t, breakInWord, costs[1], pair)
	}
	assert.Equal(t, []string{"TRƯỜNG ĐẠI HỌC", "SƯ PHẠM KỸ THUẬT", "THÀNH PHỐ HỒ CHÍ MINH"}, Balance("TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT THÀNH PHỐ HỒ CHÍ MINH", Bold, 13, MM(64)))
	// A "word" of other spaces (U+00A0 pasted from Word) breaks nothing.
	odd := "SỞ THÔNG TIN VÀ TRUYỀN THÔNG \u00a0 TỈNH BÀ RỊA VŨNG TÀU THÀNH PHỐ"
	assert.NotPanics(t, func() { Balance(odd, Bold, 13, MM(50)) })
	assert.Equal(t, strings.Fields(odd), strings.Fields(strings.Join(Balance(odd, Bold, 13, MM(50)), " ")))
	// "xã hội" is society, not a commune: no place name follows it.
	words := strings.Fields("phát triển kinh tế - xã hội bảo đảm quốc phòng")
	costs := breakCosts(words)
	assert.Equal(t, 0.0, costs[5], "before xã: an ordinary break")
	assert.Equal(t, breakInWord, costs[6], "xã / hội: a common word")
	assert.Equal(t, breakInWord, costs[8], "bảo / đảm: a common word, not a place name")
	assert.Equal(t, breakInPlace, breakCosts(strings.Fields("ủy ban nhân dân tỉnh bà rịa - vũng tàu"))[6], "tỉnh bà / rịa")
	place := breakCosts(strings.Fields("trên địa bàn tỉnh bà rịa - vũng tàu giai đoạn 2025"))
	assert.Equal(t, breakInPlace, place[7], "rịa - / vũng: the dash of a two-part name")
	assert.Equal(t, breakInPlace, place[8], "vũng / tàu: the dash does not count as a word of the name")
	assert.Equal(t, 0.0, place[9], "after the name")
	assert.Equal(t, []string{"Triển khai Chương trình chuyển đổi số trên địa bàn", "tỉnh Bà Rịa - Vũng Tàu giai đoạn 2025 - 2030, tầm nhìn đến năm 2035"},
		Balance("Triển khai Chương trình chuyển đổi số trên địa bàn tỉnh Bà Rịa - Vũng Tàu giai đoạn 2025 - 2030, tầm nhìn đến năm 2035", Bold, 14, l.TextWidth()))

	p := &plan.Plan{Signer: plan.Signer{Authority: []string{"kt. bộ trưởng"}, Position: []string{"Thứ trưởng", "Vụ trưởng Vụ Công chức - Viên chức"}}}
	assert.Equal(t, []string{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "VỤ TRƯỞNG VỤ\nCÔNG CHỨC - VIÊN CHỨC"}, l.SignerLines(p.Signer))
}

// FuzzBalance: any one-line text breaks without a panic into lines that
// hold its characters in order (a word wider than the line is broken
// between characters).
func FuzzBalance(f *testing.F) {
	for _, s := range []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "năm học 2025 - 2026 và", "ngày      tháng 6 năm 2026 của Sở",
		"A \u00a0 B", "- a - b - c - d", "THÀNH PHỐ HỒ CHÍ MINH", strings.Repeat("từ ", 70)} {
		f.Add(s, 40.0)
	}
	f.Fuzz(func(t *testing.T, s string, mm float64) {
		if strings.ContainsAny(s, "\n\r") || !(mm > 5 && mm < 400) {
			return
		}
		lines := Balance(s, Bold, 13, MM(mm))
		assert.Equal(t, strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields(strings.Join(lines, " ")), ""), "%q", s)
	})
}

// The lexicon holds the words a clerk keeps whole, in either tone style,
// and kehoach's own administrative terms it lacks.
func TestLexicon(t *testing.T) {
	assert.Equal(t, 25501, lexicon().Len())
	longest, last := 0, ""
	for _, w := range strings.Split(strings.TrimSuffix(lexiconText, "\n"), "\n") {
		longest = max(longest, len(strings.Fields(w)))
		assert.Less(t, last, w, "sorted by bytes, once each")
		assert.Equal(t, LexiconKey(strings.Fields(w)), w, "kept as LexiconKey keeps words")
		last = w
	}
	assert.Equal(t, lexiconLongest, longest)
	for _, w := range [][]string{{"quy", "tập"}, {"HOÀN", "THÀNH"}, {"văn", "hoá"}, {"văn", "hóa"}, {"Ủy", "ban"}, {"thuỷ", "lợi"}, {"tìm", "kiếm"}, {"hài", "cốt"}, {"liệt", "sĩ"}} {
		assert.True(t, InLexicon(w...), "%v", w)
	}
	for _, w := range [][]string{{"kiếm", "quy"}, {"tập", "hài"}, {"thông", "tin", "và"}, {"quy"}} {
		assert.False(t, InLexicon(w...), "%v", w)
	}
	for _, w := range strings.Split(adminTermList, ",") {
		key := LexiconKey(strings.Fields(w))
		assert.False(t, lexicon().has(key), "%q is in the lexicon: drop it from adminTermList", key)
	}
	words := lexiconSyllables(strings.Fields("tìm kiếm, quy tập (hài cốt) liệt sĩ 2021"))
	assert.Equal(t, []string{"tìm", "kiếm,", "quy", "tập", "(hài", "cốt,", "liệt", "sĩ", ""}, words)
	assert.True(t, inWord(words, 1), "tìm / kiếm")
	assert.False(t, inWord(words, 2), "kiếm, / quy: after punctuation")
	assert.True(t, inWord(words, 3), "quy / tập")
	assert.False(t, inWord(words, 4), "tập / (hài: before a bracket")
	assert.True(t, inWord(words, 5), "(hài / cốt)")
	assert.False(t, inWord(words, 6), "cốt) / liệt")
}

func TestUnbreakable(t *testing.T) {
	for _, w := range []string{"19/CT-TTg", "50/NQ-CP", "05-CT/TW", "125/KH-UBND", "7619/QĐ-BCA,", "(01/2021/TT-BTC)", "/KH-STTTT", "16-7-2021", "16-07-21", "34-CT/TW;", "10-CTr/TU"} {
		assert.True(t, Unbreakable(w), w)
	}
	for _, w := range []string{"kinh tế-xã", "2021-2025", "(2021-2025)", "COVID-19", "VH-TT-TT", "19/CT", "16/7/2021", "30%", "1-2", "Bà Rịa-Vũng"} {
		assert.False(t, Unbreakable(w), w)
	}
}

// TestGlyphTable: the font's own table tells a glyph of no width (a
// combining tone mark) from a missing one, in every block of the plane.
func TestGlyphTable(t *testing.T) {
	m := DefaultFonts().Main().Font(Regular).Metrics
	for _, r := range []rune{0x300, 0x301, 0x303, 0x309, 0x323} {
		assert.True(t, m.has(r), "U+%04X", r)
		assert.Zero(t, m.Advance(r), "U+%04X", r)
	}
	for _, r := range []rune{'a', 'ế', 'Đ', '–', '€'} {
		assert.True(t, m.has(r), "%c", r)
		assert.Positive(t, m.Advance(r), "%c", r)
	}
	for _, r := range []rune{0x4E2D, 0xE000, 0xFFFF, 0x1F600, -1} {
		assert.False(t, m.has(r), "U+%04X", r)
		assert.Equal(t, int(m.missing), m.Advance(r), "U+%04X", r)
	}
}
