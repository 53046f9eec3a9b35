// Package textutil holds the small text helpers that the model, its
// readers and the checker share and that are not the model's API: Roman
// numerals as headings write them, digits, and the like.
package textutil

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// IsRoman reports whether s is a Roman numeral of 1–39 in upper case, as
// a part's number is written ("IV", "XII").
func IsRoman(s string) bool { return s != "" && romanNumeral.MatchString(s) }

var romanNumeral = lazyregexp.New(`^X{0,3}(?:IX|IV|V?I{0,3})$`)

// Atoi returns the number s holds, or 0 when it holds none.
func Atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// IsNFCBytes reports whether b is already in Unicode NFC.
// IsNFC reports whether s is already in Unicode NFC.
func IsNFC(s string) bool { return plainNFC(s) || norm.NFC.IsNormalString(s) }

func IsNFCBytes(b []byte) bool { return plainNFC(b) || norm.NFC.IsNormal(b) }

// plainNFC reports whether s consists only of characters whose NFC quick
// check is "yes" whatever surrounds them: everything below U+0300 (ASCII,
// Latin-1, Latin Extended-A and -B, which hold ơ and ư), the precomposed
// Vietnamese letters U+1EA0–U+1EF9, and general punctuation and currency
// signs from U+2002 (U+2000 and U+2001 decompose). That is nearly all
// Vietnamese text, and the scan is several times faster than the general
// check, which callers fall back to when it says false.
func plainNFC[T string | []byte](s T) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		var r rune
		var size int
		switch {
		case c < 0xE0 && i+1 < len(s): // two bytes: U+0080–U+07FF
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c < 0xF0 && i+2 < len(s): // three bytes
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			return false
		}
		if !(r < 0x300 || r >= 0x1EA0 && r <= 0x1EF9 || r >= 0x2002 && r <= 0x20CF) {
			return false
		}
		i += size
	}
	return true
}

// FoldKey reduces s to a key for tolerant matching: lower case, without tone
// marks (the vowel shapes â ă ê ô ơ ư and đ stay), with every run of
// punctuation or space turned into one space.
func FoldKey(s string) string {
	return norm.NFC.String(FoldWords(norm.NFD.String(s), func(r rune) (rune, bool) { return r, !isToneMark(r) }))
}

// FoldWords lowers s into words joined by single spaces: each rune goes
// through keep, which may change it or drop it; of what it keeps, letters,
// digits and marks make words and anything else separates them.
func FoldWords(s string, keep func(rune) (rune, bool)) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r, ok := keep(r)
		switch {
		case !ok:
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// isToneMark reports whether r is one of the five combining Vietnamese tone
// marks: huyền, sắc, hỏi, ngã, nặng.
func isToneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323':
		return true
	}
	return false
}

// Capitalize returns w with its first letter in upper case.
func Capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// BlankLines reports whether every line is blank.
func BlankLines(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}
