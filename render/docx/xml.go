package docx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlText appends s escaped for XML character data or a double-quoted
// attribute. Characters XML 1.0 forbids (control characters other than tab,
// line feed and carriage return; U+FFFE, U+FFFF) are removed, and bytes that
// are not UTF-8 become U+FFFD: no input yields a part that Word or
// LibreOffice refuses to open.
func xmlText(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var repl string
		switch {
		case c == '&':
			repl = "&amp;"
		case c == '<':
			repl = "&lt;"
		case c == '>':
			repl = "&gt;"
		case c == '"':
			repl = "&quot;"
		case r == utf8.RuneError && size == 1:
			repl = "\uFFFD"
		case c == '\t' || c == '\n' || c == '\r':
			i += size
			continue
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			repl = ""
		default:
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		i += size
		last = i
	}
	b.WriteString(s[last:])
}

// twips converts points to twentieths of a point, the unit of most DOCX
// lengths.
func twips(pt float64) string { return strconv.Itoa(twipCount(pt)) }

// twipCount returns a length in points as a whole number of twips.
func twipCount(pt float64) int { return int(math.Round(pt * 20)) }

// halfPoints converts a font size in points to half-points (w:sz).
func halfPoints(pt float64) string { return strconv.Itoa(int(math.Round(pt * 2))) }

// eighthPoints converts a border width in points to eighths of a point.
func eighthPoints(pt float64) string { return strconv.Itoa(max(2, int(math.Round(pt*8)))) }

// lineRule returns w:line for single spacing times a multiple.
func lineRule(multiple float64) string { return strconv.Itoa(int(math.Round(240 * multiple))) }

func itoa(n int) string { return strconv.Itoa(n) }
