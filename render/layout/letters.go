package layout

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// VietnameseLetters returns every letter of the Vietnamese alphabet in
// both cases, composed (NFC): the twelve vowels a ă â e ê i o ô ơ u ư y
// with each of the five tones, đ, and the Latin letters (f, j, w and z
// appear in foreign names). A text font must have them all.
var VietnameseLetters = sync.OnceValue(func() []rune {
	const tones = "\u0300\u0301\u0309\u0303\u0323" // huyền, sắc, hỏi, ngã, nặng
	var letters []rune
	seen := map[rune]bool{}
	add := func(s string) {
		for _, c := range []string{s, strings.ToUpper(s)} {
			r := []rune(norm.NFC.String(c))
			if len(r) == 1 && !seen[r[0]] {
				seen[r[0]] = true
				letters = append(letters, r[0])
			}
		}
	}
	for _, v := range []string{"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"} {
		add(v)
		for _, tone := range tones {
			add(v + string(tone))
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		add(string(c))
	}
	add("đ")
	return letters
})

// MissingLetterError is a text font that lacks a Vietnamese letter: it
// cannot print a plan.
type MissingLetterError struct {
	File   string // the font's file
	Letter rune   // the first letter it lacks, in [VietnameseLetters]' order
}

func (e *MissingLetterError) Error() string { return e.Message("en") }

// Message returns the error in Vietnamese ("vi") or English.
func (e *MissingLetterError) Message(lang string) string {
	if lang == "vi" {
		return fmt.Sprintf("phông chữ %s thiếu chữ %q (U+%04X) của tiếng Việt: không in được văn bản bằng phông này", e.File, e.Letter, e.Letter)
	}
	return fmt.Sprintf("the font %s lacks the Vietnamese letter %q (U+%04X): it cannot print a plan", e.File, e.Letter, e.Letter)
}

// MissingStyleError is a text font without one of its four styles.
type MissingStyleError struct {
	Family string
	Style  Style
}

func (e *MissingStyleError) Error() string { return e.Message("en") }

// Message returns the error in Vietnamese ("vi") or English.
func (e *MissingStyleError) Message(lang string) string {
	if lang == "vi" {
		return fmt.Sprintf("phông chữ %q thiếu kiểu %s: cần đủ bốn kiểu thường, đậm, nghiêng, đậm nghiêng", e.Family, viStyle(e.Style))
	}
	return fmt.Sprintf("the font %q has no %s style: a text font needs its four styles, regular, bold, italic and bold italic", e.Family, strings.ToLower(e.Style.String()))
}

func viStyle(s Style) string {
	switch s {
	case Bold:
		return "đậm"
	case Italic:
		return "nghiêng"
	case BoldItalic:
		return "đậm nghiêng"
	}
	return "thường"
}
