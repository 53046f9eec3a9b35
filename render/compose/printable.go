package compose

import (
	"strings"
	"unicode/utf8"
)

// Printable returns text as a page prints it: a tab as a space (as in the
// DOCX), control characters and invisible format characters (soft hyphen,
// zero-width space and joiners, direction marks, byte order mark) as
// nothing, as Word and LibreOffice show them, and bytes that are not
// UTF-8 as U+FFFD. So are characters beyond the Basic Multilingual Plane
// (emoji), which the embedded font has no glyph for and a PDF drawn with
// fpdf cannot encode (it writes UTF-16 without surrogates). U+FFFD, like
// any character the font lacks (Chinese, say), prints as the font's
// missing-glyph box. Line breaks stay. It returns s itself when there is
// nothing to change.
func Printable(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\t':
			out.WriteByte(' ')
		case r == '\n':
			out.WriteByte('\n')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		case r == 0xad || r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2060 && r <= 0x2064 || r == 0xfeff:
		case r > 0xFFFF:
			out.WriteRune(utf8.RuneError)
		default:
			out.WriteRune(r)
		}
		i += size
	}
	return out.String()
}
