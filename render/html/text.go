package html

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
)

// round3 rounds a length to the thousandth of a point it is written to.
func round3(v float64) float64 {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		return 0 // not -0
	}
	return v
}

// appendNum appends a length in points, to a thousandth of a point (far
// below what a browser or a printer places: a CSS layout unit is 1/64 of
// a pixel, 0.0117 pt).
func appendNum(b []byte, v float64) []byte {
	return strconv.AppendFloat(b, round3(v), 'f', -1, 64)
}

// appendFactor appends a scale factor, to six decimals.
func appendFactor(b []byte, v float64) []byte {
	return strconv.AppendFloat(b, math.Round(v*1e6)/1e6, 'f', -1, 64)
}

// appendText appends text for an element's content or an attribute's
// double-quoted value: &, <, > and " as references; bytes that are not
// UTF-8 as U+FFFD, as the PDF prints them; and left out, as the
// composition leaves them out (compose.Printable), control characters,
// the invisible ones ([textutil.Invisible]: the bidi controls among
// them, which would reorder what follows them) and the line and
// paragraph separators (which a browser would break a line at).
func appendText(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError && !leftOut(r) {
				i += size
				continue
			}
		}
		b = append(b, s[start:i]...)
		switch r {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '"':
			b = append(b, "&quot;"...)
		case utf8.RuneError:
			b = append(b, "\uFFFD"...)
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// leftOut reports whether appendText leaves r out.
func leftOut(r rune) bool {
	return r < 0x20 || r >= 0x7f && r < 0xa0 || textutil.Invisible(r) || textutil.IsLineSeparator(r)
}
