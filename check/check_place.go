package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// placeAbbreviations are short forms clerks write for a place, by their
// plainKey, with the full name the decree asks for when it is known.
var placeAbbreviations = map[string]string{
	"tp": "", "tx": "", "tt": "", "q": "", "h": "", "p": "", "x": "",
	"hcm": "Thành phố Hồ Chí Minh", "tphcm": "Thành phố Hồ Chí Minh",
	"hn": "Hà Nội", "hp": "Hải Phòng", "brvt": "Bà Rịa - Vũng Tàu",
}

// place checks the địa danh (ô 4, Phụ lục I, mục II.4): the full
// official name, with an initial capital on each word, never an
// abbreviation such as "TP. HCM".
func (c *checker) place() {
	place := strings.TrimSpace(plan.NFC(c.p.Place))
	if place == "" {
		return // Validate reports a missing place
	}
	words := strings.FieldsFunc(place, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,-", r) })
	abbreviated, full := "", ""
	for _, w := range words {
		f, known := placeAbbreviations[plainKey(w)]
		if known && isAbbreviationCase(w) || isShortCaps(w) || isLetterDigits(w) {
			abbreviated = w
			full = max(full, f)
		}
	}
	if key := plainKey(place); strings.Contains(key, "ho chi minh") && key != "thanh pho ho chi minh" {
		full = "Thành phố Hồ Chí Minh" // named after a person: the full name (the decree's own example)
		abbreviated = max(abbreviated, place)
	}
	if abbreviated == "" && strings.Contains(place, ".") {
		abbreviated = place
	}
	if abbreviated != "" {
		fixVi, fixEn := "phải ghi tên đầy đủ của địa danh", "write the place's full name"
		if full != "" {
			fixVi, fixEn = fmt.Sprintf("phải ghi %q", full), fmt.Sprintf("write %q", full)
		}
		c.field(RulePlaceName, "place",
			fmt.Sprintf("địa danh %q có chữ viết tắt (%q): %s", place, abbreviated, fixVi),
			fmt.Sprintf("the place %q is abbreviated (%q): %s", place, abbreviated, fixEn))
		return
	}
	if want := placeCase(place); want != place {
		c.field(RulePlaceName, "place",
			fmt.Sprintf("địa danh %q viết hoa chưa đúng (viết hoa chữ cái đầu của mỗi tiếng; \"Thành phố\", \"Thị xã\", \"Thị trấn\" viết thường tiếng thứ hai): phải ghi %q", place, want),
			fmt.Sprintf("the place %q is not capitalised as the decree asks (a capital on each word; \"Thành phố\", \"Thị xã\", \"Thị trấn\" keep the second in lower case): write %q", place, want))
	}
}

// isAbbreviationCase reports whether a short word is written as an
// abbreviation ("TP", "Tp", "HCM") rather than as an ordinary word.
func isAbbreviationCase(w string) bool {
	r := []rune(w)
	return len(r) <= 5 && unicode.IsUpper(r[0])
}

// isShortCaps reports whether a word is two to five capital letters:
// "BR", "VT", "HCM"; Vietnamese place words are never written so.
func isShortCaps(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// isLetterDigits reports whether a word is letters then digits: "Q1",
// "P12" for Quận 1, Phường 12.
func isLetterDigits(w string) bool {
	i := strings.IndexFunc(w, unicode.IsDigit)
	return i > 0 && i <= 2 && textutil.IsDigits(w[i:])
}

// placeCase writes a place with a capital on each word, and on each part
// of a hyphenated word ("Phan Rang-Tháp Chàm"), the rest in lower case,
// except the second syllable of "Thành phố", "Thị xã", "Thị trấn" (Phụ lục
// II: "Thành phố Hồ Chí Minh", "Thị xã Sơn Tây").
func placeCase(place string) string {
	words := strings.Split(place, " ")
	unit := len(words) > 2 && plan.AdminUnitAt(words) == 2 // matched with tone marks: "Thanh Hóa" is a name
	for i, w := range words {
		parts := strings.Split(strings.ToLower(w), "-")
		for j, part := range parts {
			if !(unit && i == 1) {
				parts[j] = textutil.Capitalize(part)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}
