package layout

import (
	"strings"
	"unicode"
)

// Unbreakable reports whether a word (a run of characters between spaces)
// is one that a line never breaks inside, although it holds a hyphen: a
// document's number and symbol ("19/CT-TTg", "05-CT/TW", "01/2021/TT-BTC",
// "/KH-UBND" with its number left blank) or a date written with hyphens
// ("16-7-2021"). Punctuation around the word does not count ("(số
// 50/NQ-CP)," is one). Both writers keep such a word on one line: the
// PDF's line breaker makes no break at its hyphens, and the DOCX writes
// them as Word's non-breaking hyphen. A slash is never a break (Wrap).
// A number and its unit ("30%") holds no break to begin with.
func Unbreakable(word string) bool {
	w := strings.TrimLeft(word, "(“\"'‘[")
	w = strings.TrimRight(w, ",.;:!?)”\"'’]")
	if !strings.ContainsAny(w, "-‐–") {
		return false
	}
	first := []rune(w + " ")[0]
	switch {
	case unicode.IsDigit(first) && strings.Contains(w, "/") && strings.ContainsFunc(w, unicode.IsLetter):
		return true // 19/CT-TTg, 05-CT/TW
	case first == '/' && strings.ContainsFunc(w, unicode.IsLetter):
		return true // /KH-UBND: the number to be filled in
	}
	return isDate(w)
}

// isDate reports whether w is a date of digits joined by one kind of
// separator: day, month and year ("16-7-2021", "16/7/2021").
func isDate(w string) bool {
	for _, sep := range []string{"-", "/", "."} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 {
			continue
		}
		ok := true
		for i, p := range parts {
			if p == "" || strings.ContainsFunc(p, func(r rune) bool { return r < '0' || r > '9' }) ||
				i < 2 && len(p) > 2 || i == 2 && len(p) != 4 && len(p) != 2 {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// UnbreakableAt reports whether the hyphen at byte i of s, between two
// non-spaces, stands inside an [Unbreakable] word.
func UnbreakableAt(s string, i int) bool {
	return i > 0 && i < len(s)-1 && s[i-1] != ' ' && s[i+1] != ' ' && Unbreakable(wordAround(s, i))
}

// wordAround returns the run of non-space characters of s around byte i.
func wordAround(s string, i int) string {
	start := strings.LastIndexByte(s[:i], ' ') + 1
	end := strings.IndexByte(s[i:], ' ')
	if end < 0 {
		return s[start:]
	}
	return s[start : i+end]
}
