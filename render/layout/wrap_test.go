package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lineText joins a line's pieces.
func lineText(l Line) string {
	var b strings.Builder
	for _, p := range l.Pieces {
		b.WriteString(p.Text)
	}
	return b.String()
}

// lineFit returns a line's width as LibreOffice measures it to break
// lines, in fit units (fit.go).
func lineFit(l Line) int {
	units := 0
	for _, p := range l.Pieces {
		units += DefaultFonts().fitWidth(p)
	}
	return units
}

func TestWrap(t *testing.T) {
	const size = 14
	width := MM(60)
	m := FontMetrics(Regular)
	plain := func(s string) []Piece { return []Piece{{Text: s, Style: Regular, Size: size}} }

	text := "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua"
	lines := Wrap(plain(text), width, width)
	require.Greater(t, len(lines), 2)
	var words []string
	for i, l := range lines {
		assert.LessOrEqual(t, lineFit(l), fitLimit(width), "line %d fits", i)
		assert.InDelta(t, m.Width(lineText(l), size), l.Width, 0.001, "line %d: its width is its text's", i)
		assert.Equal(t, strings.Count(lineText(l), " "), l.Spaces, "line %d: inner spaces", i)
		assert.Equal(t, i == len(lines)-1, l.Forced, "line %d: only the last is not justified", i)
		words = append(words, strings.Fields(lineText(l))...)
		if i+1 < len(lines) { // greedy: the next word would not have fitted
			next := strings.Fields(lineText(lines[i+1]))[0]
			if !Unbreakable(next) {
				next, _, _ = strings.Cut(next, "-")
			}
			assert.Greater(t, lineFit(Line{Pieces: plain(lineText(l) + " " + next)}), fitLimit(width), "line %d is full", i)
		}
	}
	assert.Equal(t, strings.Fields(text), words, "every word, in order; \"19/CT-TTg\" whole")

	// An explicit line break ends a line, which is then not justified.
	lines = Wrap(plain("Dòng một\nDòng hai"), width, width)
	require.Len(t, lines, 2)
	assert.True(t, lines[0].Forced)
	assert.Equal(t, "Dòng hai", lineText(lines[1]))

	// The first line may be narrower (the first-line indent).
	lines = Wrap(plain(text), width-MM(10), width)
	assert.LessOrEqual(t, lineFit(lines[0]), fitLimit(width-MM(10)))

	// A word longer than the line is cut where it must.
	long := strings.Repeat("X", 80)
	lines = Wrap(plain(long), width, width)
	require.Greater(t, len(lines), 1)
	for _, l := range lines {
		assert.LessOrEqual(t, lineFit(l), fitLimit(width))
	}

	// Footnote numbers inside a word longer than the line count toward
	// its width: the cut never runs past the margin.
	ps := plain("Theo " + strings.Repeat("QĐ", 60))
	for i := 1; i <= 5; i++ {
		ps = append(ps, Piece{Text: itoaForTest(i), Style: Regular, Size: size, Ref: i})
	}
	ps = append(ps, plain(strings.Repeat("X", 200))...)
	refs := 0
	for i, l := range Wrap(ps, width, width) {
		assert.LessOrEqual(t, lineFit(l), fitLimit(width), "line %d", i)
		w := 0.0
		for _, p := range l.Pieces {
			w += FontMetrics(p.Style).Width(p.Text, pieceSize(p))
			if p.Ref > 0 {
				refs++
			}
		}
		assert.InDelta(t, w, l.Width, 0.001, "line %d: the numbers are in its width", i)
	}
	assert.Equal(t, 5, refs, "every footnote number printed")
}

// TestWrapLikeLibreOffice pins the break rules kehoach shares with
// LibreOffice: no break before closing punctuation, a break after a dash
// between letters, a slash never a break.
func TestWrapLikeLibreOffice(t *testing.T) {
	const size = 14
	m := FontMetrics(Regular)
	fits := func(s string) float64 { return m.Width(s, size) + 0.5 }
	wrap := func(s string, width float64) []string {
		return WrapText(s, Regular, size, width)
	}
	// "thực hiện ." cannot end a line before its period.
	assert.Equal(t, []string{"Kế", "hoạch ."}, wrap("Kế hoạch .", fits("Kế hoạch")))
	// A dash between letters is a break: "kinh tế-xã hội".
	assert.Equal(t, []string{"kinh tế-", "xã hội"}, wrap("kinh tế-xã hội", fits("kinh tế-x")))
	// A slash is not: "19/CT" stays whole.
	assert.Equal(t, []string{"số", "19/CT"}, wrap("số 19/CT", fits("số 19/C")))
	// Nor is the hyphen of a document's number and symbol or of a date
	// (issue 19): "50/NQ-" | "CP" and "7619/QĐ-" | "BCA" were broken.
	for _, s := range []string{"Nghị quyết số 50/NQ-CP", "Quyết định 7619/QĐ-BCA,", "Chỉ thị số 05-CT/TW", "ngày 16-7-2021", "số      /KH-UBND", "(số 01/2021/TT-BTC)"} {
		words := strings.Fields(s)
		last := words[len(words)-1]
		cut, _, _ := strings.Cut(last, "-")
		width := max(fits(strings.Join(words[:len(words)-1], " ")+" "+cut+"-"), fits(last))
		assert.Equal(t, []string{strings.Join(words[:len(words)-1], " "), last}, wrap(s, width), s)
	}
	// A plain compound and a range of years still break at the hyphen.
	assert.Equal(t, []string{"năm 2021-", "2025"}, wrap("năm 2021-2025", fits("năm 2021-2")))
	// Runs of spaces stay (a gap to fill in by hand).
	assert.Equal(t, []string{"Số:      /KH"}, wrap("Số:      /KH", fits("Số:      /KH")))
}

func itoaForTest(i int) string { return string(rune('0' + i)) }
