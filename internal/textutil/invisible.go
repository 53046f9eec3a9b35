package textutil

import (
	"strings"
	"unicode"
)

// Invisible reports whether r is a character that text shows as nothing,
// whatever the font: Unicode's default-ignorable code points (the soft
// hyphen, the combining grapheme joiner, zero-width spaces and joiners,
// the bidirectional marks, embeddings, overrides and isolates, the word
// joiner and invisible operators, variation selectors, the byte order
// mark, tags), as Word, LibreOffice and a browser show them. The Hangul
// fillers, default-ignorable too, are left out: fonts give them a
// width, and browsers print it (as HarfBuzz does).
func Invisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case r == 0xad, r == 0x34f, r == 0x61c, r == 0x17b4, r == 0x17b5,
		r >= 0x180b && r <= 0x180f, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2060 && r <= 0x206f, r >= 0xfe00 && r <= 0xfe0f, r == 0xfeff, r >= 0xfff0 && r <= 0xfff8,
		r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a, r >= 0xe0000 && r <= 0xe0fff:
		return true
	}
	return false
}

// IsBidiControl reports whether r is one of the invisible characters
// that change the order in which text is shown (the marks, embeddings,
// overrides and isolates of the Unicode bidirectional algorithm): in a
// document's text they can show words in another order than they are
// read, stored and searched.
func IsBidiControl(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }

// IsLineSeparator reports whether r is Unicode's line separator (U+2028)
// or paragraph separator (U+2029): a break, as a line break is, where
// text is printed.
func IsLineSeparator(r rune) bool { return r == '\u2028' || r == '\u2029' }

// DropIgnorable returns s without the invisible characters that mean
// nothing in printed text (zero-width spaces and joiners, the soft
// hyphen, the word joiner, variation selectors, a byte order mark, …),
// as Word, a PDF viewer and a browser print it: what a reader of an
// existing document recovers. The bidirectional controls stay, so that
// the checker reports them: they can change the order text shows in.
func DropIgnorable(s string) string {
	at := strings.IndexFunc(s, droppable)
	if at < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:at])
	for _, r := range s[at:] {
		if !droppable(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func droppable(r rune) bool { return Invisible(r) && !IsBidiControl(r) }
