package plan

import (
	"fmt"
	"strings"
	"unicode"
)

// placeAbbreviations are the short forms clerks write for a place, by
// their plainKey, with the full name the decree asks for when known.
var placeAbbreviations = map[string]string{
	"tp": "", "tx": "", "tt": "", "q": "", "h": "", "p": "", "x": "",
	"hcm": "Thành phố Hồ Chí Minh", "tphcm": "Thành phố Hồ Chí Minh",
	"hn": "Hà Nội", "hp": "Hải Phòng", "dn": "", "ct": "", "brvt": "Bà Rịa - Vũng Tàu",
}

// place checks the địa danh (ô 4): the full official name, with initial
// capitals, not an abbreviation such as "TP. HCM".
func (c *checker) place() {
	place := strings.TrimSpace(NFC(c.p.Place))
	if place == "" {
		return // Validate reports a missing place
	}
	abbreviated, full := "", ""
	words := strings.FieldsFunc(place, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ',' })
	for _, w := range words {
		if f, ok := placeAbbreviations[plainKey(w)]; ok && isAbbreviationCase(w) {
			abbreviated = w
			if f != "" {
				full = f
			}
		}
	}
	if strings.Contains(place, "HCM") || strings.Contains(plainKey(place), "ho chi minh") {
		full = "Thành phố Hồ Chí Minh"
		if place == full {
			return
		}
		if abbreviated == "" {
			abbreviated = place
		}
	}
	if abbreviated == "" && strings.Contains(place, ".") {
		abbreviated = place
	}
	switch {
	case abbreviated != "":
		fix, fixEn := "viết tên đầy đủ của địa danh", "write the place's full name"
		if full != "" {
			fix, fixEn = fmt.Sprintf("viết %q", full), fmt.Sprintf("write %q", full)
		}
		c.field(RulePlaceName, "place",
			fmt.Sprintf("địa danh %q viết tắt (%q): %s, như Nghị định viết \"Thành phố Hồ Chí Minh\" chứ không viết \"TP. HCM\"", place, abbreviated, fix),
			fmt.Sprintf("the place %q is abbreviated (%q): %s, as the decree writes \"Thành phố Hồ Chí Minh\", not \"TP. HCM\"", place, abbreviated, fixEn))
	default:
		for _, w := range words {
			if r := []rune(w)[0]; unicode.IsLower(r) {
				c.field(RulePlaceName, "place",
					fmt.Sprintf("địa danh %q viết hoa chữ cái đầu của mỗi tiếng, ví dụ %q", place, titleWords(place)),
					fmt.Sprintf("the place %q is written with an initial capital on each word, e.g. %q", place, titleWords(place)))
				return
			}
		}
	}
}

// isAbbreviationCase reports whether a short word is written as an
// abbreviation ("TP", "Tp", "HCM") rather than as an ordinary word.
func isAbbreviationCase(w string) bool {
	r := []rune(w)
	return len(r) <= 5 && unicode.IsUpper(r[0])
}

// titleWords capitalises the first letter of each word.
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
