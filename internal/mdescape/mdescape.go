// Package mdescape holds the CommonMark rules that kehoach's Markdown
// writers and readers share. The two writers, the finished document's
// (render/markdown) and the authoring format's (read/markdown's Write),
// each escape text their own way; both ask here whether an "&" starts a
// character reference and whether an emphasis delimiter opens or closes
// where it stands. The two readers, of the authoring format and of
// printed Markdown (read/text), resolve escapes with [Unescape].
package mdescape

import "unicode"

// LooksLikeEntity reports whether s, what follows an "&", would make a
// character reference: "amp;", "#38;", "#x26;". An "&" before it must be
// escaped to stay a character.
func LooksLikeEntity(s string) bool {
	i := 0
	for i < len(s) && i < 32 && (isASCIIAlnum(s[i]) || s[i] == '#') {
		i++
	}
	return i > 0 && i < len(s) && s[i] == ';'
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Flanks reports whether an emphasis delimiter placed between the runes
// outside and inside would open (or, mirrored, close) emphasis under the
// CommonMark rules: it must not touch white space on the inside, and when
// the inside is punctuation the outside must be white space or
// punctuation. 0 stands for the start or end of a line.
func Flanks(outside, inside rune) bool {
	if inside == 0 || unicode.IsSpace(inside) {
		return false
	}
	if IsPunct(inside) {
		return outside == 0 || unicode.IsSpace(outside) || IsPunct(outside)
	}
	return true
}

// IsPunct reports whether r is punctuation to CommonMark's emphasis rules:
// a Unicode punctuation or symbol character.
func IsPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
