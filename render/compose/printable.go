package compose

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
)

// Printable returns text as a page prints it: a tab as a space (as in the
// DOCX), the line and paragraph separators (U+2028, U+2029) as the line
// break they mean, control characters and invisible format characters
// ([textutil.Invisible]: soft hyphen, zero-width space and joiners,
// direction marks, embeddings and isolates, variation selectors, byte
// order mark) as nothing, as Word and LibreOffice show them, and bytes
// that are not UTF-8 as U+FFFD. So are characters beyond the Basic Multilingual Plane
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
		case r == '\n' || textutil.IsLineSeparator(r):
			out.WriteByte('\n')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		case textutil.Invisible(r):
		case r > 0xFFFF:
			out.WriteRune(utf8.RuneError)
		default:
			out.WriteRune(r)
		}
		i += size
	}
	return out.String()
}
