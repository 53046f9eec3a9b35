package plan

import (
	"strconv"
	"strings"
)

// Roman returns n in Roman numerals ("IV"); numbers outside 1–3999, which
// Roman numerals cannot write, come back in Arabic digits.
func Roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, d := range romanDigits {
		for n >= d.value {
			b.WriteString(d.text)
			n -= d.value
		}
	}
	return b.String()
}

var romanDigits = []struct {
	value int
	text  string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// ParseRoman reads a Roman numeral written in upper case, in canonical form
// ("IV", not "IIII"); ok is false for anything else.
func ParseRoman(s string) (n int, ok bool) {
	rest := s
	for _, d := range romanDigits {
		for strings.HasPrefix(rest, d.text) {
			n += d.value
			rest = rest[len(d.text):]
		}
	}
	if rest != "" || n == 0 || Roman(n) != s {
		return 0, false
	}
	return n, true
}

// pointLetters is the Vietnamese alphabet as Decree 30 uses it for points
// (điểm): "theo thứ tự bảng chữ cái tiếng Việt", so đ follows d, and f, j,
// w, z do not occur.
var pointLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l",
	"m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// PointLetter returns the letter of the n-th point (1 → "a", 5 → "đ", 23 →
// "y"). The decree stops at y; past it the letters double as spreadsheet
// columns do ("aa", "ab", …), which a reader still follows. A number below
// 1 has no letter and comes back in digits, so that a counting mistake
// shows on the page instead of vanishing.
func PointLetter(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	k := len(pointLetters)
	var s string
	for n > 0 {
		n--
		s = pointLetters[n%k] + s
		n /= k
	}
	return s
}

// ParsePointLetter returns the position of a point letter ("đ" → 5), or
// false when s is not one.
func ParsePointLetter(s string) (int, bool) {
	n := 0
	for _, r := range s {
		i := pointIndex(string(r))
		if i < 0 {
			return 0, false
		}
		n = n*len(pointLetters) + i + 1
	}
	return n, n > 0
}

func pointIndex(letter string) int {
	for i, l := range pointLetters {
		if l == letter {
			return i
		}
	}
	return -1
}

// Label returns the automatic number of the n-th heading (from 1) of a
// level among its siblings in the decree's scheme ([DecreeForms]): "II."
// for a part, "2." for a section, "b)" for a point, and "-", "+" or "•"
// below, which have no number.
func Label(level, n int) string {
	label, _ := (Numbering{}).Form(level).Label(n, "")
	return label
}

// Counter numbers the headings of one content list in order: create one
// per list of siblings and call Next for each section.
type Counter struct {
	n [MaxLevel + 2]int
}

// Next returns the label of the next section of the given level.
func (c *Counter) Next(level int) string { return Label(level, c.Inc(level)) }

// Inc counts the next section of the given level and returns its
// position among its siblings of that level, from 1 (0 for a level out
// of range).
func (c *Counter) Inc(level int) int {
	if level < 0 || level >= len(c.n) {
		return 0
	}
	c.n[level]++
	return c.n[level]
}

// AppendixLabel returns the line that opens the i-th (from 1) of n
// appendices: "Phụ lục" alone, or "Phụ lục I", "Phụ lục II", … when there
// are two or more (Phụ lục I, mục II.9 of the decree). The decree prints it
// in lower case with an initial capital ("bằng chữ in thường"), as the
// layout contract's Part A does.
func AppendixLabel(i, n int) string {
	if n < 2 {
		return "Phụ lục"
	}
	return "Phụ lục " + Roman(i)
}
